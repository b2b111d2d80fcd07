package bot

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestHealth(t *testing.T) {
	m := NewMetrics()
	m.observeAnswer("fact", "answered", time.Millisecond)
	m.Post("sent")
	storeUp := true
	h := (&Health{Metrics: m, Checks: map[string]func(context.Context) error{
		"store": func(context.Context) error {
			if !storeUp {
				return errors.New("database is down")
			}
			return nil
		},
	}}).Handler()
	get := func(path string) (int, string) {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		body, _ := io.ReadAll(rec.Body)
		return rec.Code, string(body)
	}
	if code, _ := get("/healthz"); code != http.StatusOK {
		t.Errorf("/healthz = %d", code)
	}
	if code, body := get("/readyz"); code != http.StatusOK || !strings.Contains(body, `"store":"ok"`) {
		t.Errorf("/readyz = %d %s", code, body)
	}
	storeUp = false
	if code, body := get("/readyz"); code != http.StatusServiceUnavailable || !strings.Contains(body, "database is down") {
		t.Errorf("/readyz with the store down = %d %s", code, body)
	}
	code, body := get("/metrics")
	for _, want := range []string{
		`factbot_answers_total{command="fact",outcome="answered"} 1`,
		`factbot_daily_posts_total{result="sent"} 1`,
		`factbot_daily_posts_total{result="paused"} 0`,
		"factbot_answer_seconds_bucket",
		"factbot_gateway_reconnects_total 0",
		"factbot_interaction_signature_failures_total 0",
		"go_goroutines",
	} {
		if code != http.StatusOK || !strings.Contains(body, want) {
			t.Errorf("/metrics lacks %q", want)
		}
	}
}

// TestNilMetrics checks that a bot without metrics records nothing and
// does not crash.
func TestNilMetrics(t *testing.T) {
	var m *Metrics
	m.observeAnswer("x", "y", 0)
	m.autocomplete()
	m.Post("sent")
	m.reconnect()
	m.signatureFailure()
	m.dropped()
}
