package bot

import (
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"testing"

	"factbot/handlers"
)

// loggingFixture is a webhook fixture whose Responder logs, at debug, to
// a buffer the test reads.
func loggingFixture(t *testing.T) (*webhookFixture, *e2eLog) {
	t.Helper()
	f := newWebhookFixture(t)
	log := &e2eLog{}
	logger := slog.New(slog.NewTextHandler(log, &slog.HandlerOptions{Level: slog.LevelDebug}))
	f.endpoint.Responder.Log = logger
	f.handler.Log = logger
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("log:\n%s", log.String())
		}
	})
	return f, log
}

// decodeReply reads a 200 response as Discord would.
func decodeReply(t *testing.T, raw []byte) webhookReply {
	t.Helper()
	var r webhookReply
	if err := json.Unmarshal(raw, &r); err != nil {
		t.Fatalf("reply %s: %v", raw, err)
	}
	return r
}

// TestHTTPInteractionsMalformed: what Discord never sends gets 400, and
// reaches no handler.
func TestHTTPInteractionsMalformed(t *testing.T) {
	f, log := loggingFixture(t)
	command := func(data string) string {
		return `{"id":"700000000000000100","application_id":"111111111111111111","type":2,"token":"tok","data":` + data + `}`
	}
	tests := []struct{ name, body string }{
		{"unknown type", `{"id":"700000000000000101","type":99,"token":"tok","data":{"name":"fact"}}`},
		{"command without data", `{"id":"700000000000000102","type":2,"token":"tok"}`},
		{"command with null data", command(`null`)},
		{"command without name", command(`{"id":"1","options":[]}`)},
		{"autocomplete without data", `{"id":"700000000000000103","type":4,"token":"tok"}`},
		{"button without custom_id", `{"id":"700000000000000104","type":3,"token":"tok","data":{"component_type":2}}`},
		{"modal without custom_id", `{"id":"700000000000000105","type":5,"token":"tok","data":{}}`},
		{"no id", `{"type":2,"token":"tok","data":{"name":"fact"}}`},
		{"no token", `{"id":"700000000000000106","type":2,"data":{"name":"fact"}}`},
		{"type not a number", `{"id":"700000000000000107","type":"2","token":"tok","data":{"name":"fact"}}`},
	}
	for _, tt := range tests {
		rec := f.serve(signedWebhookRequest(f.priv, webhookNow, tt.body))
		if rec.Code != http.StatusBadRequest {
			t.Errorf("%s: status %d (%s); want 400", tt.name, rec.Code, strings.TrimSpace(rec.Body.String()))
		}
	}
	if n := webhookCounter(t, f.metrics, "factbot_answers_total"); n != 0 {
		t.Errorf("%v answers counted for malformed requests; want 0", n)
	}
	if strings.Contains(log.String(), "level=ERROR") {
		t.Errorf("malformed requests logged an ERROR:\n%s", log.String())
	}
}

// TestHTTPInteractionsUnknown: an unknown command, a forged custom_id and
// a modal submit (the bot opens no forms) each get a clear ephemeral
// reply and a WARN, not the apology for a failure and an ERROR.
func TestHTTPInteractionsUnknown(t *testing.T) {
	f, log := loggingFixture(t)
	tests := []struct {
		name, body string
		want       handlers.Reply
	}{
		{"unknown command", webhookCommand("700000000000000201", "frobnicate"), UnknownCommandReply},
		{"forged custom_id", webhookButton("700000000000000202", "admin:drop-tables"), UnknownButtonReply},
		{"modal submit", webhookInteraction("700000000000000203", 5, map[string]any{"custom_id": "fact:embassy", "components": []any{}}), UnknownButtonReply},
	}
	for _, tt := range tests {
		rec := f.serve(signedWebhookRequest(f.priv, webhookNow, tt.body))
		if rec.Code != http.StatusOK {
			t.Fatalf("%s: status %d (%s); want 200", tt.name, rec.Code, rec.Body)
		}
		r := decodeReply(t, rec.Body.Bytes())
		if r.Type != 4 || r.Data == nil || r.Data.Flags&64 == 0 || len(r.Data.Embeds) != 1 || r.Data.Embeds[0].Description != tt.want.Text {
			t.Errorf("%s: reply %s; want an ephemeral %q", tt.name, rec.Body, tt.want.Text)
		}
	}
	if strings.Contains(log.String(), "level=ERROR") || strings.Count(log.String(), "level=WARN") < len(tests) {
		t.Errorf("log has an ERROR, or fewer than %d WARNs:\n%s", len(tests), log.String())
	}
}

// TestHTTPInteractionsNullOptions: "options":[null] anywhere is skipped,
// not a recovered panic.
func TestHTTPInteractionsNullOptions(t *testing.T) {
	f, log := loggingFixture(t)
	tests := []struct {
		name, body string
		typ        int
	}{
		{"command", webhookInteraction("700000000000000301", webhookCommandType, map[string]any{"name": "fact", "options": []any{nil}}), 4},
		{"subcommand", webhookInteraction("700000000000000302", webhookCommandType, map[string]any{"name": "daily", "options": []any{map[string]any{"type": 1, "name": "status", "options": []any{nil}}}}), 4},
		{"autocomplete", webhookInteraction("700000000000000303", webhookAutocompleteType, map[string]any{"name": "fact", "options": []any{nil, map[string]any{"type": 3, "name": "topic", "value": "emb", "focused": true}}}), 8},
		{"autocomplete subcommand", webhookInteraction("700000000000000304", webhookAutocompleteType, map[string]any{"name": "daily", "options": []any{map[string]any{"type": 1, "name": "subscribe", "options": []any{nil}}}}), 8},
	}
	for _, tt := range tests {
		rec := f.serve(signedWebhookRequest(f.priv, webhookNow, tt.body))
		if rec.Code != http.StatusOK || decodeReply(t, rec.Body.Bytes()).Type != tt.typ {
			t.Errorf("%s: status %d, %s; want 200 with type %d", tt.name, rec.Code, rec.Body, tt.typ)
		}
	}
	if strings.Contains(log.String(), "panicked") {
		t.Errorf("null options made a handler panic:\n%s", log.String())
	}
}

// TestAutocompleteFailure: an autocomplete that fails answers type 8 with
// no choices, the only answer Discord takes for it.
func TestAutocompleteFailure(t *testing.T) {
	f, _ := loggingFixture(t)
	f.handler.SetBase(nil) // every topic lookup now panics
	rec := f.serve(signedWebhookRequest(f.priv, webhookNow, webhookAutocomplete("700000000000000401", "fact", "topic", "emb")))
	if rec.Code != http.StatusOK || strings.TrimSpace(rec.Body.String()) != `{"type":8,"data":{"choices":[]}}` {
		t.Errorf("failing autocomplete: status %d, %s; want 200 {\"type\":8,\"data\":{\"choices\":[]}}", rec.Code, rec.Body)
	}
}

// TestMetricsCommandLabel: made-up command names all count as "other",
// so signed requests cannot grow /metrics without bound.
func TestMetricsCommandLabel(t *testing.T) {
	f, _ := loggingFixture(t)
	for i := range 50 {
		f.serve(signedWebhookRequest(f.priv, webhookNow, webhookCommand(fmt.Sprint(700000000000000500+i), fmt.Sprintf("made-up-%d", i))))
	}
	f.serve(signedWebhookRequest(f.priv, webhookNow, webhookCommand("700000000000000600", handlers.CmdFact, "topic", "embassy")))
	families, err := f.metrics.Registry.Gather()
	if err != nil {
		t.Fatal(err)
	}
	labels := map[string]float64{}
	for _, mf := range families {
		if mf.GetName() != "factbot_answers_total" {
			continue
		}
		for _, m := range mf.GetMetric() {
			for _, l := range m.GetLabel() {
				if l.GetName() == "command" {
					labels[l.GetValue()] += m.GetCounter().GetValue()
				}
			}
		}
	}
	if len(labels) != 2 || labels["other"] != 50 || labels["fact"] != 1 {
		t.Errorf("command label values = %v; want other: 50, fact: 1", labels)
	}
}
