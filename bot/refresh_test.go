package bot

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"factbot/facts"
	"factbot/handlers"
)

// withBase gives h its fact base, as handlers.New does for a handler
// built field by field.
func withBase(b *facts.Base, h *handlers.Handler) *handlers.Handler {
	h.SetBase(b)
	return h
}

// revisionBase is the embedded article as fetched at revision rev.
func revisionBase(t *testing.T, rev int64, fetched time.Time) *facts.Base {
	t.Helper()
	src := facts.Source{URL: "https://en.wikipedia.org/wiki/Albania%E2%80%93Israel_relations", Revision: rev, Fetched: fetched, License: facts.License}
	b, err := facts.Load(append([]byte(src.Header()), facts.DefaultArticle...))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestRefresher runs the refresh loop on a fake clock: the first refresh
// when the copy in use is a period old, a swap on success, the copy kept
// and a retry after 15 minutes on failure, the metrics counting both, and
// a prompt stop.
func TestRefresher(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		start := time.Now()
		h := handlers.New(revisionBase(t, 1, start.Add(-30*time.Minute)))
		type load struct {
			at  time.Duration // since start
			rev int64         // 0: the load failed
		}
		var mu sync.Mutex // loads is written by Run's goroutine
		var loads []load
		got := func() []load {
			mu.Lock()
			defer mu.Unlock()
			return append([]load(nil), loads...)
		}
		results := []error{nil, errors.New("wikipedia answered 503"), nil}
		var log e2eLog
		m := NewMetrics()
		r := &Refresher{Handler: h, Every: time.Hour, Log: slog.New(slog.NewTextHandler(&log, nil)), Metrics: m,
			Load: func(ctx context.Context) (*facts.Base, error) {
				mu.Lock()
				defer mu.Unlock()
				var err error
				if len(results) > 0 {
					err, results = results[0], results[1:]
				}
				if err != nil {
					loads = append(loads, load{time.Since(start), 0})
					return nil, err
				}
				rev := int64(len(loads) + 2)
				loads = append(loads, load{time.Since(start), rev})
				return revisionBase(t, rev, time.Now()), nil
			}}
		ctx, cancel := context.WithCancel(context.Background())
		done := make(chan struct{})
		go func() { r.Run(ctx); close(done) }()

		time.Sleep(29 * time.Minute)
		synctest.Wait()
		if l := got(); len(l) != 0 || h.Base().Article.Source.Revision != 1 {
			t.Fatalf("refreshed before the copy was an hour old: %v", l)
		}
		time.Sleep(2 * time.Hour) // to 2:29, before the fourth refresh at 2:45
		synctest.Wait()
		want := []load{{30 * time.Minute, 2}, {90 * time.Minute, 0}, {105 * time.Minute, 4}}
		if l := got(); len(l) != 3 || l[0] != want[0] || l[1] != want[1] || l[2] != want[2] {
			t.Errorf("loads = %v; want %v", l, want)
		}
		if got := h.Base().Article.Source.Revision; got != 4 {
			t.Errorf("revision in use = %d; want 4", got)
		}
		if ok, failed := metricValue(t, m, "factbot_article_refreshes_total", "ok"), metricValue(t, m, "factbot_article_refreshes_total", "failed"); ok != 2 || failed != 1 {
			t.Errorf("refreshes ok %v, failed %v; want 2 and 1", ok, failed)
		}
		if got := metricValue(t, m, "factbot_article_fetched_timestamp_seconds", ""); got != float64(start.Add(105*time.Minute).Unix()) {
			t.Errorf("fetched gauge = %v; want the last refresh's time", got)
		}
		if l := log.String(); !strings.Contains(l, "article refresh failed; answering from the copy in use") || !strings.Contains(l, "wikipedia answered 503") ||
			!strings.Contains(l, "retry_in=15m0s") || !strings.Contains(l, "article refreshed") {
			t.Errorf("log lacks the refreshes:\n%s", l)
		}
		cancel()
		synctest.Wait()
		select {
		case <-done:
		default:
			t.Error("Run did not return after cancel")
		}
	})
}

// metricValue is the value of a counter or gauge of the bot's metrics,
// the one whose label has the value label ("" for a metric without labels).
func metricValue(t *testing.T, m *Metrics, name, label string) float64 {
	t.Helper()
	families, err := m.Registry.Gather()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range families {
		if f.GetName() != name {
			continue
		}
		for _, mt := range f.GetMetric() {
			if label == "" || (len(mt.GetLabel()) > 0 && mt.GetLabel()[0].GetValue() == label) {
				return mt.GetCounter().GetValue() + mt.GetGauge().GetValue()
			}
		}
	}
	t.Fatalf("no metric %s{%s}", name, label)
	return 0
}
