package bot

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"factbot/facts"
	"factbot/handlers"
)

// webhookNow is the fixed clock of the endpoint under test: 19 August, the
// day relations were established, so /onthisday has an exact answer.
var webhookNow = time.Date(2026, time.August, 19, 12, 0, 0, 0, time.UTC)

// webhookFixture is an Interactions endpoint with its own key pair and
// metrics, so each test counts only its own refusals.
type webhookFixture struct {
	priv     ed25519.PrivateKey
	handler  *handlers.Handler
	metrics  *Metrics
	endpoint *Interactions
}

func newWebhookFixture(t testing.TB) *webhookFixture {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	base, err := facts.Load(facts.DefaultArticle)
	if err != nil {
		t.Fatal(err)
	}
	discard := slog.New(slog.DiscardHandler)
	h := withBase(base, &handlers.Handler{Version: "test", Log: discard})
	m := NewMetrics()
	r := &Responder{Handler: h, Log: discard, Metrics: m, Now: func() time.Time { return webhookNow }}
	return &webhookFixture{
		priv:     priv,
		handler:  h,
		metrics:  m,
		endpoint: &Interactions{Responder: r, PublicKey: pub, Now: func() time.Time { return webhookNow }},
	}
}

// signWebhook signs as Discord does: Ed25519 over the timestamp header's
// text followed by the raw body, hex-encoded.
func signWebhook(priv ed25519.PrivateKey, ts, body string) string {
	return hex.EncodeToString(ed25519.Sign(priv, []byte(ts+body)))
}

// webhookTimestamp is the X-Signature-Timestamp text for t: Unix seconds.
func webhookTimestamp(t time.Time) string { return strconv.FormatInt(t.Unix(), 10) }

// signedWebhookRequest is a POST of body signed at ts, as Discord sends it.
func signedWebhookRequest(priv ed25519.PrivateKey, ts time.Time, body string) *http.Request {
	req := httptest.NewRequest(http.MethodPost, "/interactions", strings.NewReader(body))
	stamp := webhookTimestamp(ts)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-Timestamp", stamp)
	req.Header.Set("X-Signature-Ed25519", signWebhook(priv, stamp, body))
	return req
}

// serve runs one request through the endpoint and returns the recording.
func (f *webhookFixture) serve(req *http.Request) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	f.endpoint.ServeHTTP(rec, req)
	return rec
}

// Interaction payloads in the shape Discord sends (see the offline notes,
// "Dispatch payloads that work"): permissions as strings, application_id
// present, a guild member who asked.
const (
	webhookPingType         = 1
	webhookCommandType      = 2
	webhookComponentType    = 3
	webhookAutocompleteType = 4
)

// webhookInteraction builds an interaction's JSON; data may be nil (PING).
func webhookInteraction(id string, typ int, data map[string]any) string {
	m := map[string]any{
		"id": id, "application_id": "111111111111111111", "type": typ, "token": "tok-" + id, "version": 1,
		"guild_id": "444444444444444444", "channel_id": "555555555555555555", "app_permissions": "2147483647",
		"locale": "en-US",
		"member": map[string]any{
			"user":  map[string]any{"id": "666666666666666666", "username": "alice"},
			"roles": []string{}, "joined_at": "2024-01-01T00:00:00+00:00", "permissions": "2147483647",
		},
	}
	if data != nil {
		m["data"] = data
	}
	out, err := json.Marshal(m)
	if err != nil {
		panic(err) // only maps of strings and numbers: cannot fail
	}
	return string(out)
}

// webhookCommand is a slash command with string options given as
// name, value pairs.
func webhookCommand(id, name string, nameValues ...string) string {
	opts := []map[string]any{}
	for i := 0; i+1 < len(nameValues); i += 2 {
		opts = append(opts, map[string]any{"name": nameValues[i], "type": 3, "value": nameValues[i+1]})
	}
	return webhookInteraction(id, webhookCommandType, map[string]any{"id": "300000000000000000", "name": name, "type": 1, "options": opts})
}

// webhookAutocomplete is a command being typed, with option focused.
func webhookAutocomplete(id, name, option, value string) string {
	opts := []map[string]any{{"name": option, "type": 3, "value": value, "focused": true}}
	return webhookInteraction(id, webhookAutocompleteType, map[string]any{"id": "300000000000000000", "name": name, "type": 1, "options": opts})
}

// webhookButton is a press of a button with customID.
func webhookButton(id, customID string) string {
	return webhookInteraction(id, webhookComponentType, map[string]any{"custom_id": customID, "component_type": 2})
}

// webhookPing is the PING Discord sends to check the endpoint.
func webhookPing(id string) string { return webhookInteraction(id, webhookPingType, nil) }

// webhookReply is an interaction response as Discord reads it. It is
// decoded into plain structs rather than discordgo's, whose components
// are interfaces that do not decode.
type webhookReply struct {
	Type int `json:"type"`
	Data *struct {
		Content string `json:"content"`
		Flags   int    `json:"flags"`
		Embeds  []struct {
			Title       string `json:"title"`
			Description string `json:"description"`
			Fields      []struct {
				Name  string `json:"name"`
				Value string `json:"value"`
			} `json:"fields"`
			Footer *struct {
				Text string `json:"text"`
			} `json:"footer"`
		} `json:"embeds"`
		Components []struct {
			Type       int `json:"type"`
			Components []struct {
				Type     int    `json:"type"`
				Label    string `json:"label"`
				CustomID string `json:"custom_id"`
			} `json:"components"`
		} `json:"components"`
		Choices []struct {
			Name  string `json:"name"`
			Value any    `json:"value"`
		} `json:"choices"`
		AllowedMentions *struct {
			Parse []string `json:"parse"`
		} `json:"allowed_mentions"`
	} `json:"data"`
}

// embedText is the first embed's title, description and field values,
// for "the answer says X" checks.
func (r webhookReply) embedText() string {
	if r.Data == nil || len(r.Data.Embeds) == 0 {
		return ""
	}
	e := r.Data.Embeds[0]
	parts := []string{e.Title, e.Description}
	for _, f := range e.Fields {
		parts = append(parts, f.Value)
	}
	return strings.Join(parts, "\n")
}

// checkNoPings checks the raw reply's allowed_mentions.parse is an
// explicit empty list, so "@everyone" echoed in a title pings no one. It
// reads the raw JSON because a decoded nil slice cannot tell "parse":null
// (which an empty struct gives) from "parse":[]. The object also carries
// discordgo's "replied_user":false, which has no omitempty; that is
// harmless, so it is not compared byte for byte.
func checkNoPings(t *testing.T, raw []byte) {
	t.Helper()
	var r struct {
		Data struct {
			AllowedMentions *struct {
				Parse json.RawMessage `json:"parse"`
			} `json:"allowed_mentions"`
		} `json:"data"`
	}
	if err := json.Unmarshal(raw, &r); err != nil {
		t.Fatalf("reply %s: %v", raw, err)
	}
	if am := r.Data.AllowedMentions; am == nil || string(am.Parse) != "[]" {
		t.Errorf("reply %s; want \"allowed_mentions\":{\"parse\":[]}", raw)
	}
}

// wikiSourceLink is a markdown link to a section of the article.
var wikiSourceLink = regexp.MustCompile(`\[[^\]]+\]\(https://en\.wikipedia\.org/wiki/Albania%E2%80%93Israel_relations#[^)\s]+\)`)

// TestHTTPInteractionsAnswers sends every kind of interaction the bot
// registers, signed as Discord signs them, and checks each reply as
// Discord would read it.
func TestHTTPInteractionsAnswers(t *testing.T) {
	f := newWebhookFixture(t)

	// Whether /ask off-topic offers buttons depends on the fact base, so
	// the handler itself is the oracle for it.
	offTopic := "What is the capital of France?"
	offTopicReply, err := f.handler.Handle(context.Background(), handlers.Request{Command: handlers.CmdAsk, Options: map[string]string{"question": offTopic}})
	if err != nil {
		t.Fatal(err)
	}

	tests := []struct {
		name  string
		body  string
		check func(t *testing.T, raw []byte, r webhookReply)
	}{
		{"ping", webhookPing("700000000000000001"), func(t *testing.T, raw []byte, r webhookReply) {
			if string(raw) != `{"type":1}` {
				t.Errorf("PING reply = %s; want {\"type\":1}", raw)
			}
		}},
		{"fact embassy", webhookCommand("700000000000000002", handlers.CmdFact, "topic", "embassy"), func(t *testing.T, raw []byte, r webhookReply) {
			checkAnswer(t, raw, r)
			e := r.Data.Embeds[0]
			if !strings.Contains(e.Description, "Tel Aviv") {
				t.Errorf("description = %q; want it to mention Tel Aviv", e.Description)
			}
			source := false
			for _, fl := range e.Fields {
				if fl.Name == "Source: Albania–Israel relations" && wikiSourceLink.MatchString(fl.Value) {
					source = true
				}
			}
			if !source {
				t.Errorf("fields = %+v; want a Source field naming the article and linking a section of it", e.Fields)
			}
			if r.Data.Flags&64 != 0 {
				t.Errorf("flags = %d; a found answer should be public", r.Data.Flags)
			}
		}},
		{"autocomplete fact emb", webhookAutocomplete("700000000000000003", handlers.CmdFact, "topic", "emb"), func(t *testing.T, raw []byte, r webhookReply) {
			if r.Type != 8 || r.Data == nil {
				t.Fatalf("reply = %s; want type 8 with data", raw)
			}
			n := len(r.Data.Choices)
			if n < 1 || n > 25 {
				t.Errorf("%d choices; want 1 to 25 (Discord's limit)", n)
			}
			seen := map[string]bool{}
			for _, c := range r.Data.Choices {
				if l := utf8.RuneCountInString(c.Name); l < 1 || l > 100 {
					t.Errorf("choice %q is %d characters; want 1 to 100", c.Name, l)
				}
				if seen[c.Name] {
					t.Errorf("choice %q appears twice", c.Name)
				}
				seen[c.Name] = true
			}
			if !seen["embassy"] {
				t.Errorf("choices %v; want them to include embassy", r.Data.Choices)
			}
		}},
		{"ask off topic", webhookCommand("700000000000000004", handlers.CmdAsk, "question", offTopic), func(t *testing.T, raw []byte, r webhookReply) {
			if r.Type != 4 || r.Data == nil {
				t.Fatalf("reply = %s; want type 4 with data", raw)
			}
			if r.Data.Flags != 64 {
				t.Errorf("flags = %d; want 64 (ephemeral) for a declined question", r.Data.Flags)
			}
			var buttons []string
			for _, row := range r.Data.Components {
				for _, b := range row.Components {
					buttons = append(buttons, b.CustomID)
					if !strings.HasPrefix(b.CustomID, suggestPrefix) {
						t.Errorf("button custom_id %q; want prefix %q", b.CustomID, suggestPrefix)
					}
				}
			}
			if want := len(offTopicReply.Suggestions) > 0; (len(buttons) > 0) != want {
				t.Errorf("buttons %v with suggestions %v; want buttons exactly when there are suggestions", buttons, offTopicReply.Suggestions)
			}
			checkNoPings(t, raw)
		}},
		{"ask with everyone", webhookCommand("700000000000000005", handlers.CmdAsk, "question", "@everyone when were relations established?"), func(t *testing.T, raw []byte, r webhookReply) {
			checkAnswer(t, raw, r)
			if d := r.Data.Embeds[0].Description; !strings.Contains(d, "1991") {
				t.Errorf("description = %q; want the date relations were established (1991)", d)
			}
		}},
		{"button fact embassy", webhookButton("700000000000000006", suggestPrefix+"embassy"), func(t *testing.T, raw []byte, r webhookReply) {
			checkAnswer(t, raw, r)
			if d := r.Data.Embeds[0].Description; !strings.Contains(d, "Tel Aviv") {
				t.Errorf("description = %q; want the same answer as /fact embassy", d)
			}
		}},
		{"onthisday", webhookCommand("700000000000000007", handlers.CmdOnThisDay), func(t *testing.T, raw []byte, r webhookReply) {
			checkAnswer(t, raw, r)
			if d := r.Data.Embeds[0].Description; !strings.Contains(d, "1991") {
				t.Errorf("description on %s = %q; want the events of 19 August 1991", webhookNow.Format("2 January"), d)
			}
		}},
		{"about", webhookCommand("700000000000000008", handlers.CmdAbout), func(t *testing.T, raw []byte, r webhookReply) {
			if r.Type != 4 || r.Data == nil || len(r.Data.Embeds) != 1 {
				t.Fatalf("reply = %s; want type 4 with one embed", raw)
			}
			if txt := r.embedText(); !strings.Contains(txt, "Albania–Israel relations") || !strings.Contains(txt, facts.License) {
				t.Errorf("about = %q; want the article's title and licence", txt)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := f.serve(signedWebhookRequest(f.priv, webhookNow, tt.body))
			if rec.Code != http.StatusOK {
				t.Fatalf("status = %d (%s); want 200", rec.Code, strings.TrimSpace(rec.Body.String()))
			}
			if ct := rec.Header().Get("Content-Type"); ct != "application/json" {
				t.Errorf("Content-Type = %q; want application/json", ct)
			}
			raw := rec.Body.Bytes()
			var r webhookReply
			if err := json.Unmarshal(raw, &r); err != nil {
				t.Fatalf("reply %s: %v", raw, err)
			}
			tt.check(t, raw, r)
		})
	}
	if got := webhookCounter(t, f.metrics, "factbot_interaction_signature_failures_total"); got != 0 {
		t.Errorf("signature failures = %v after only good requests; want 0", got)
	}
}

// checkAnswer checks what every found answer has: a public type 4 reply
// with one embed, the licence in the footer and no pings.
func checkAnswer(t *testing.T, raw []byte, r webhookReply) {
	t.Helper()
	if r.Type != 4 || r.Data == nil || len(r.Data.Embeds) != 1 {
		t.Fatalf("reply = %s; want type 4 with one embed", raw)
	}
	if ft := r.Data.Embeds[0].Footer; ft == nil || !strings.Contains(ft.Text, facts.License) {
		t.Errorf("footer = %+v; want the licence %s", ft, facts.License)
	}
	checkNoPings(t, raw)
}

// TestHTTPInteractionsRefusals sends what an attacker or a broken client
// might, and checks each is refused with the right status before it
// reaches the handlers; then that the endpoint still answers, and that
// the metric counts exactly the signature refusals.
func TestHTTPInteractionsRefusals(t *testing.T) {
	f := newWebhookFixture(t)
	_, otherKey, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	body := webhookCommand("700000000000000010", handlers.CmdFact, "topic", "embassy")
	stamp := webhookTimestamp(webhookNow)
	// post builds a POST with the given headers; "" leaves a header out.
	post := func(body, stamp, sig string) *http.Request {
		req := httptest.NewRequest(http.MethodPost, "/interactions", strings.NewReader(body))
		if stamp != "" {
			req.Header.Set("X-Signature-Timestamp", stamp)
		}
		if sig != "" {
			req.Header.Set("X-Signature-Ed25519", sig)
		}
		return req
	}
	// A valid interaction padded with JSON whitespace to one byte over the
	// limit, signed correctly: refused for its size, not its signature.
	big := webhookPing("700000000000000011")
	big += strings.Repeat(" ", MaxInteractionBody+1-len(big))

	tests := []struct {
		name string
		req  *http.Request
		want int
	}{
		{"tampered body", post(strings.Replace(body, "embassy", "tirana", 1), stamp, signWebhook(f.priv, stamp, body)), http.StatusUnauthorized},
		{"other key", signedWebhookRequest(otherKey, webhookNow, body), http.StatusUnauthorized},
		{"no signature", post(body, stamp, ""), http.StatusUnauthorized},
		{"no timestamp", post(body, "", signWebhook(f.priv, stamp, body)), http.StatusUnauthorized},
		{"signature not hex", post(body, stamp, strings.Repeat("zz", ed25519.SignatureSize)), http.StatusUnauthorized},
		{"signature too short", post(body, stamp, signWebhook(f.priv, stamp, body)[:64]), http.StatusUnauthorized},
		// The timestamp is part of what is signed: a captured request
		// cannot be replayed with a fresh timestamp.
		{"timestamp replaced", post(body, webhookTimestamp(webhookNow.Add(time.Second)), signWebhook(f.priv, stamp, body)), http.StatusUnauthorized},
		{"timestamp not a number", post(body, webhookNow.Format(time.RFC3339), signWebhook(f.priv, webhookNow.Format(time.RFC3339), body)), http.StatusUnauthorized},
		{"stale timestamp", signedWebhookRequest(f.priv, webhookNow.Add(-6*time.Minute), body), http.StatusUnauthorized},
		{"future timestamp", signedWebhookRequest(f.priv, webhookNow.Add(6*time.Minute), body), http.StatusUnauthorized},
		{"body over limit", signedWebhookRequest(f.priv, webhookNow, big), http.StatusRequestEntityTooLarge},
		{"GET", httptest.NewRequest(http.MethodGet, "/interactions", nil), http.StatusMethodNotAllowed},
		{"invalid JSON", signedWebhookRequest(f.priv, webhookNow, `{"type":1,`), http.StatusBadRequest},
		{"JSON not an interaction", signedWebhookRequest(f.priv, webhookNow, `{}`), http.StatusBadRequest},
		{"JSON null", signedWebhookRequest(f.priv, webhookNow, `null`), http.StatusBadRequest},
	}
	unauthorized := 0
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := f.serve(tt.req)
			if rec.Code != tt.want {
				t.Errorf("status = %d (%s); want %d", rec.Code, strings.TrimSpace(rec.Body.String()), tt.want)
			}
			if tt.want == http.StatusMethodNotAllowed && rec.Header().Get("Allow") != http.MethodPost {
				t.Errorf("Allow = %q; want POST", rec.Header().Get("Allow"))
			}
		})
		if tt.want == http.StatusUnauthorized {
			unauthorized++
		}
	}
	if n := webhookCounter(t, f.metrics, "factbot_answers_total"); n != 0 {
		t.Errorf("%v answers counted after refusals only; want 0 (a refused request must not reach the handlers)", n)
	}

	rec := f.serve(signedWebhookRequest(f.priv, webhookNow, body))
	if rec.Code != http.StatusOK || !strings.Contains(rec.Body.String(), "Tel Aviv") {
		t.Errorf("after the refusals: status %d, %s; want 200 with the answer", rec.Code, rec.Body)
	}
	if got := webhookCounter(t, f.metrics, "factbot_interaction_signature_failures_total"); got != float64(unauthorized) {
		t.Errorf("factbot_interaction_signature_failures_total = %v; want %d, one per 401", got, unauthorized)
	}
}

// webhookCounter sums the counter family name across its labels, as
// Prometheus would scrape it. (prometheus/testutil would do, but it needs
// a module missing from go.sum.) factbot_answers_total counts the
// interactions that reached the Responder.
func webhookCounter(t *testing.T, m *Metrics, name string) float64 {
	t.Helper()
	families, err := m.Registry.Gather()
	if err != nil {
		t.Fatal(err)
	}
	var n float64
	for _, mf := range families {
		if mf.GetName() != name {
			continue
		}
		for _, c := range mf.GetMetric() {
			n += c.GetCounter().GetValue()
		}
	}
	return n
}

// TestHTTPInteractionsClockSkew pins the replay window's edges: a
// correctly signed request is accepted up to MaxClockSkew either side of
// now, and refused a second beyond.
func TestHTTPInteractionsClockSkew(t *testing.T) {
	f := newWebhookFixture(t)
	tests := []struct {
		skew time.Duration
		want int
	}{
		{0, http.StatusOK},
		{-MaxClockSkew, http.StatusOK},
		{MaxClockSkew, http.StatusOK},
		{-MaxClockSkew - time.Second, http.StatusUnauthorized},
		{MaxClockSkew + time.Second, http.StatusUnauthorized},
		{-time.Hour, http.StatusUnauthorized},
	}
	for _, tt := range tests {
		rec := f.serve(signedWebhookRequest(f.priv, webhookNow.Add(tt.skew), webhookPing("700000000000000020")))
		if rec.Code != tt.want {
			t.Errorf("timestamp now%+v: status = %d; want %d", tt.skew, rec.Code, tt.want)
		}
	}
}

// TestHTTPInteractionsBodyLimit checks that the limit is inclusive: a
// body of exactly MaxInteractionBody bytes is still answered.
func TestHTTPInteractionsBodyLimit(t *testing.T) {
	f := newWebhookFixture(t)
	body := webhookPing("700000000000000030")
	body += strings.Repeat(" ", MaxInteractionBody-len(body))
	rec := f.serve(signedWebhookRequest(f.priv, webhookNow, body))
	if rec.Code != http.StatusOK || rec.Body.String() != `{"type":1}` {
		t.Errorf("PING of %d bytes: status %d, %s; want 200 {\"type\":1}", len(body), rec.Code, rec.Body)
	}
}

// TestHTTPInteractionsOverLoopback serves the endpoint from NewServer on
// a real socket and sends mixed interactions concurrently, as Discord
// does: under -race this shows the shared Responder is safe, and that
// the body limit holds when the body arrives over a connection.
func TestHTTPInteractionsOverLoopback(t *testing.T) {
	f := newWebhookFixture(t)
	f.endpoint.Now = time.Now // a real client signs with the real clock
	mux := http.NewServeMux()
	mux.Handle("/interactions", f.endpoint)
	url := startWebhookServer(t, mux) + "/interactions"

	bodies := []string{
		webhookPing("700000000000000040"),
		webhookCommand("700000000000000041", handlers.CmdFact, "topic", "embassy"),
		webhookAutocomplete("700000000000000042", handlers.CmdFact, "topic", "emb"),
		webhookCommand("700000000000000043", handlers.CmdAsk, "question", "when were relations established?"),
		webhookButton("700000000000000044", suggestPrefix+"embassy"),
		webhookCommand("700000000000000045", handlers.CmdOnThisDay, "date", "08-19"),
	}
	// Under concurrency the Transport dials spare connections it may never
	// use; closing them before the server's cleanup (cleanups run last
	// first) keeps Shutdown from waiting on them.
	transport := &http.Transport{}
	t.Cleanup(transport.CloseIdleConnections)
	client := &http.Client{Transport: transport, Timeout: 10 * time.Second}
	send := func(body string) (int, error) {
		stamp := webhookTimestamp(time.Now())
		req, err := http.NewRequest(http.MethodPost, url, strings.NewReader(body))
		if err != nil {
			return 0, err
		}
		req.Header.Set("X-Signature-Timestamp", stamp)
		req.Header.Set("X-Signature-Ed25519", signWebhook(f.priv, stamp, body))
		resp, err := client.Do(req)
		if err != nil {
			return 0, err
		}
		defer resp.Body.Close()
		_, err = io.Copy(io.Discard, resp.Body)
		return resp.StatusCode, err
	}

	const rounds = 4
	var wg sync.WaitGroup
	errs := make(chan error, rounds*len(bodies))
	for range rounds {
		for _, body := range bodies {
			wg.Go(func() {
				code, err := send(body)
				if err == nil && code != http.StatusOK {
					err = errors.New("status " + strconv.Itoa(code))
				}
				if err != nil {
					errs <- err
				}
			})
		}
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("concurrent interaction: %v", err)
	}

	big := webhookPing("700000000000000046")
	big += strings.Repeat(" ", 2*MaxInteractionBody)
	if code, err := send(big); err != nil || code != http.StatusRequestEntityTooLarge {
		t.Errorf("oversized body over the socket: status %d, err %v; want 413", code, err)
	}
}

// startWebhookServer serves h from NewServer on a loopback port until the
// test ends, and returns its base URL. Cleanup shuts the server down and
// waits for Serve to return, so no goroutine outlives the test. Shutdown
// gets longer than the 5 s it waits on a connection that was opened but
// never sent a request (a client's spare dial), so only a handler that
// hangs makes it fail.
func startWebhookServer(t testing.TB, h http.Handler) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := NewServer(ln.Addr().String(), h)
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := srv.Shutdown(ctx); err != nil {
			t.Errorf("shutdown: %v", err)
		}
		if err := <-done; !errors.Is(err, http.ErrServerClosed) {
			t.Errorf("serve: %v", err)
		}
	})
	return "http://" + ln.Addr().String()
}

// TestHTTPNewServerTimeouts checks that every timeout is set: a zero one
// would let a slow client hold a connection (and a goroutine) forever.
func TestHTTPNewServerTimeouts(t *testing.T) {
	h := http.NotFoundHandler()
	srv := NewServer("127.0.0.1:8080", h)
	if srv.Addr != "127.0.0.1:8080" || srv.Handler == nil {
		t.Errorf("NewServer: Addr %q, Handler %v; want the given ones", srv.Addr, srv.Handler)
	}
	for name, d := range map[string]time.Duration{
		"ReadHeaderTimeout": srv.ReadHeaderTimeout,
		"ReadTimeout":       srv.ReadTimeout,
		"WriteTimeout":      srv.WriteTimeout,
		"IdleTimeout":       srv.IdleTimeout,
	} {
		if d <= 0 {
			t.Errorf("%s = %v; want > 0", name, d)
		}
	}
	if srv.MaxHeaderBytes <= 0 || srv.MaxHeaderBytes > http.DefaultMaxHeaderBytes {
		t.Errorf("MaxHeaderBytes = %d; want a limit below the default %d", srv.MaxHeaderBytes, http.DefaultMaxHeaderBytes)
	}
}
