package wiki

import (
	"cmp"
	"context"
	"errors"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"factbot/facts"
	"factbot/internal/fakewiki"
)

// testClient is a client of wp whose waits are recorded on a fake clock
// instead of slept, so retry tests take no time and can check each wait.
type testClient struct {
	*Client
	mu    sync.Mutex
	clock time.Time
	waits []time.Duration
}

func newTestClient(t *testing.T, wp *fakewiki.Server, timeout time.Duration) *testClient {
	t.Helper()
	tc := &testClient{clock: time.Date(2026, 5, 14, 9, 0, 0, 0, time.UTC)}
	tc.Client = New(Options{APIURL: wp.APIURL(), RESTURL: wp.RESTURL(), UserAgent: UserAgent("test", "https://example.org/factbot"), Timeout: timeout})
	tc.Client.now = func() time.Time {
		tc.mu.Lock()
		defer tc.mu.Unlock()
		return tc.clock
	}
	tc.Client.sleep = func(ctx context.Context, d time.Duration) error {
		if d > 0 {
			tc.mu.Lock()
			tc.waits = append(tc.waits, d)
			tc.clock = tc.clock.Add(d)
			tc.mu.Unlock()
		}
		return ctx.Err()
	}
	return tc
}

func (tc *testClient) Waits() []time.Duration {
	tc.mu.Lock()
	defer tc.mu.Unlock()
	return append([]time.Duration(nil), tc.waits...)
}

func startFake(t *testing.T) *fakewiki.Server {
	t.Helper()
	wp := fakewiki.StartTest(t)
	wp.SetPage(fakewiki.AlbaniaIsraelRelations())
	wp.Redirect("Albania-Israel relations", "Albania–Israel relations")
	return wp
}

// TestPage covers every reply of point 4 of the issue: normalised titles,
// redirects, missing and invalid titles, maxlag, 429 and 503 with
// Retry-After, other 5xx, timeouts, malformed JSON and oversize extracts.
func TestPage(t *testing.T) {
	const timeout = 200 * time.Millisecond
	big := strings.Repeat("A sentence of filler text. ", facts.MaxArticleSize/27+10)
	tests := []struct {
		name    string
		title   string
		faults  []fakewiki.Fault // the next replies, in order
		persist *fakewiki.Fault  // every reply after those
		setup   func(*fakewiki.Server)
		want    string          // the page's title; "" for an error
		err     error           // errors.Is target
		msg     string          // and a substring of the message
		waits   []time.Duration // the waits before retries
		calls   int             // requests made
		timeout time.Duration   // per request; default 200 ms, short for the hangs
	}{
		{name: "canonical title", title: "Albania–Israel relations", want: "Albania–Israel relations", calls: 1},
		{name: "normalised and redirected", title: "albania-Israel relations", want: "Albania–Israel relations", calls: 1},
		{name: "underscores", title: "Albania–Israel_relations", want: "Albania–Israel relations", calls: 1},
		{name: "missing", title: "No such page at all", err: ErrMissing, msg: `wikipedia page "No such page at all": page does not exist`, calls: 1},
		{name: "invalid before asking", title: "A|B", err: ErrInvalidTitle, msg: `"A|B": invalid title`, calls: 0},
		{name: "empty", title: "  ", err: ErrInvalidTitle, calls: 0},
		{name: "too long", title: strings.Repeat("x", 256), err: ErrInvalidTitle, calls: 0},
		{name: "invalid by the API", title: "50%25 off", err: ErrInvalidTitle, msg: "contains invalid characters", calls: 1},
		{name: "maxlag then ok", title: "Albania–Israel relations", faults: []fakewiki.Fault{fakewiki.MaxLag("7")},
			want: "Albania–Israel relations", waits: []time.Duration{7 * time.Second}, calls: 2},
		{name: "maxlag without Retry-After waits 5 s", title: "Albania–Israel relations", faults: []fakewiki.Fault{fakewiki.MaxLag("")},
			want: "Albania–Israel relations", waits: []time.Duration{5 * time.Second}, calls: 2},
		{name: "429 then 503 then ok", title: "albania-Israel relations", faults: []fakewiki.Fault{fakewiki.Busy(429, "2"), fakewiki.Busy(503, "3")},
			want: "Albania–Israel relations", waits: []time.Duration{2 * time.Second, 3 * time.Second}, calls: 3},
		{name: "Retry-After as a date", title: "Albania–Israel relations", faults: []fakewiki.Fault{fakewiki.Busy(503, "Thu, 14 May 2026 09:00:30 GMT")},
			want: "Albania–Israel relations", waits: []time.Duration{30 * time.Second}, calls: 2},
		{name: "Retry-After too long", title: "Albania–Israel relations", faults: []fakewiki.Fault{fakewiki.Busy(503, "3600")},
			msg: "asked to wait 1h0m0s, more than 1m0s", calls: 1},
		{name: "500 and 502 back off", title: "Albania–Israel relations", faults: []fakewiki.Fault{fakewiki.ServerError(500), fakewiki.ServerError(502)},
			want: "Albania–Israel relations", waits: []time.Duration{time.Second, 2 * time.Second}, calls: 3},
		{name: "503 persists", title: "Albania–Israel relations", persist: &fakewiki.Fault{Status: 503, RetryAfter: "1"},
			msg: "gave up after 4 attempts: wikipedia answered 503 Service Unavailable", waits: []time.Duration{time.Second, time.Second, time.Second}, calls: 4},
		// A hanging request is counted when the fake's handler runs; under
		// -race on a busy machine that took longer than 200 ms once (3
		// requests seen of 4 sent), so these wait a second an attempt.
		{name: "timeout then ok", title: "Albania–Israel relations", faults: []fakewiki.Fault{fakewiki.Hang()},
			want: "Albania–Israel relations", waits: []time.Duration{time.Second}, calls: 2, timeout: time.Second},
		{name: "timeouts persist", title: "Albania–Israel relations", persist: &fakewiki.Fault{Hang: true},
			msg: "gave up after 4 attempts: request failed", waits: []time.Duration{time.Second, 2 * time.Second, 4 * time.Second}, calls: 4, timeout: time.Second},
		{name: "malformed JSON", title: "Albania–Israel relations", faults: []fakewiki.Fault{fakewiki.Malformed()},
			err: ErrMalformed, calls: 1},
		{name: "other API error", title: "Albania–Israel relations", faults: []fakewiki.Fault{fakewiki.APIError("internal_api_error_DBQueryError", "Database query error.")},
			msg: "wikipedia api error internal_api_error_DBQueryError: Database query error.", calls: 1},
		{name: "client error", title: "Albania–Israel relations", faults: []fakewiki.Fault{{Status: 403, Body: "{}"}},
			msg: "wikipedia answered 403 Forbidden", calls: 1},
		{name: "oversize extract", title: "Huge", setup: func(wp *fakewiki.Server) { wp.SetPage(fakewiki.Page{Title: "Huge", Extract: big}) },
			err: ErrTooLarge, msg: `wikipedia page "Huge": text larger than the 4 MiB article limit`, calls: 1, timeout: 20 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			wp := startFake(t)
			for _, f := range tt.faults {
				wp.FailAPI(1, f)
			}
			if tt.persist != nil {
				wp.FailAPI(-1, *tt.persist)
			}
			if tt.setup != nil {
				tt.setup(wp)
			}
			tc := newTestClient(t, wp, cmp.Or(tt.timeout, timeout))
			p, err := tc.Page(context.Background(), tt.title)
			if tt.want != "" {
				if err != nil {
					t.Fatalf("Page(%q) = %v", tt.title, err)
				}
				if p.Title != tt.want || p.Revision != fakewiki.AlbaniaIsraelRevision ||
					p.URL != "https://en.wikipedia.org/wiki/Albania%E2%80%93Israel_relations" || !strings.HasPrefix(p.Extract, "Albania has recognized Israel") {
					t.Errorf("Page(%q) = %q rev %d at %s; want %q", tt.title, p.Title, p.Revision, p.URL, tt.want)
				}
			} else {
				if err == nil {
					t.Fatalf("Page(%q) succeeded; want an error", tt.title)
				}
				if tt.err != nil && !errors.Is(err, tt.err) {
					t.Errorf("Page(%q) = %v; want %v", tt.title, err, tt.err)
				}
				if !strings.Contains(err.Error(), tt.msg) || !strings.Contains(err.Error(), "wikipedia page ") {
					t.Errorf("Page(%q) = %v; want it to name the page and say %q", tt.title, err, tt.msg)
				}
			}
			if got := len(wp.Requests()); got != tt.calls {
				t.Errorf("%d requests; want %d", got, tt.calls)
			}
			if got := tc.Waits(); !slices.Equal(got, tt.waits) {
				t.Errorf("waits = %v; want %v", got, tt.waits)
			}
		})
	}
}

// TestUserAgent checks the User-Agent with and without the operator's
// contact: none is made up.
func TestUserAgent(t *testing.T) {
	for _, tt := range []struct{ version, contact, want string }{
		{"1.2.3", "ops@example.org", "factbot/1.2.3 (ops@example.org)"},
		{"1.2.3", "", "factbot/1.2.3"},
	} {
		if got := UserAgent(tt.version, tt.contact); got != tt.want {
			t.Errorf("UserAgent(%q, %q) = %q; want %q", tt.version, tt.contact, got, tt.want)
		}
	}
}

// TestRequest checks what every request carries: the User-Agent, maxlag
// and the parameters of the issue.
func TestRequest(t *testing.T) {
	wp := startFake(t)
	c := New(Options{APIURL: wp.APIURL(), UserAgent: UserAgent("1.2.3", "ops@example.org")})
	if _, err := c.Page(context.Background(), "albania-Israel relations"); err != nil {
		t.Fatal(err)
	}
	reqs := wp.Requests()
	if len(reqs) != 1 {
		t.Fatalf("%d requests; want 1", len(reqs))
	}
	r := reqs[0]
	if r.UserAgent != "factbot/1.2.3 (ops@example.org)" {
		t.Errorf("User-Agent = %q", r.UserAgent)
	}
	for k, want := range map[string]string{"action": "query", "format": "json", "formatversion": "2", "prop": "extracts|info|revisions",
		"explaintext": "1", "exsectionformat": "wiki", "inprop": "url", "redirects": "1", "maxlag": "5", "titles": "albania-Israel relations",
		"rvprop": "ids|content", "rvslots": "main"} {
		if got := r.Query.Get(k); got != want {
			t.Errorf("%s = %q; want %q", k, got, want)
		}
	}
}

// TestOneAtATime makes many goroutines fetch at once, through maxlag waits:
// the fake sees one request at a time (it records a violation otherwise).
func TestOneAtATime(t *testing.T) {
	wp := startFake(t)
	wp.FailAPI(2, fakewiki.MaxLag("1"))
	tc := newTestClient(t, wp, time.Second)
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if _, err := tc.Page(context.Background(), "albania-Israel relations"); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if n := len(wp.Requests()); n != 10 {
		t.Errorf("%d requests; want 8 pages and 2 retries", n)
	}
}

// TestCancel checks that a caller waiting for its turn, or for a
// Retry-After, stops when its context ends.
func TestCancel(t *testing.T) {
	wp := startFake(t)
	wp.FailAPI(1, fakewiki.Busy(503, "30"))
	c := New(Options{APIURL: wp.APIURL(), UserAgent: UserAgent("test", "x")})
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := c.Page(ctx, "Albania–Israel relations")
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Page = %v; want the context's deadline", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("Page returned after %s; want it to stop at the deadline", d)
	}
}

// TestArticle renders the fetched page in the text format: the header, the
// infobox from the wikitext, the sections; and the result answers with
// citations to the page.
func TestArticle(t *testing.T) {
	wp := startFake(t)
	tc := newTestClient(t, wp, time.Second)
	p, err := tc.Page(context.Background(), "albania-Israel relations")
	if err != nil {
		t.Fatal(err)
	}
	data, err := p.Article()
	if err != nil {
		t.Fatal(err)
	}
	text := string(data)
	for _, want := range []string{
		"Source: https://en.wikipedia.org/wiki/Albania%E2%80%93Israel_relations\nRevision: 1290004052\nFetched: 2026-05-14T09:00:00Z\nLicense: CC BY-SA 4.0\n\n= Albania–Israel relations =\n\nInfobox\n",
		"- Map: Albania Israel Locator.svg\n- Filetype: svg\n- Mission1: Albanian embassy, Tel Aviv\n- Mission2: Israeli embassy, Tirana\n\nAlbania has recognized",
		"\n== History ==\n\n=== Early days ===\n",
		"\n== See also ==\n- Albanians in Israel\n",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("article lacks %q:\n%s", want, text[:min(len(text), 1200)])
		}
	}
	if strings.Contains(text, "\n\n\n") || strings.Contains(text, "Envoytitle1") || strings.Contains(text, "<ref") {
		t.Error("article keeps runs of blank lines, an empty infobox field or a reference")
	}
	b, err := facts.Load(data)
	if err != nil {
		t.Fatal(err)
	}
	if b.Article.Source.Revision != fakewiki.AlbaniaIsraelRevision || b.Article.RevisionURL() != "https://en.wikipedia.org/w/index.php?title=Albania%E2%80%93Israel_relations&oldid=1290004052" {
		t.Errorf("source = %+v, revision URL %s", b.Article.Source, b.Article.RevisionURL())
	}
	a := b.Ask("when were relations established?")
	if !a.Found || !strings.Contains(a.Text, "August 19, 1991") || len(a.Citations) == 0 ||
		a.Citations[0].URL != "https://en.wikipedia.org/wiki/Albania%E2%80%93Israel_relations#Communist_Albania_(1946%E2%80%931992)" {
		t.Errorf("Ask = %+v; want the 1991 sentence citing its section of the page", a)
	}
	if a := b.Topic("embassy"); !a.Found || !strings.Contains(a.Text, "Tel Aviv") {
		t.Errorf("Topic(embassy) = %+v", a)
	}
	if len(b.Article.Related) != 6 {
		t.Errorf("see also = %q; want 6 entries", b.Article.Related)
	}
}

// TestArticleWithoutInfobox: a reply without wikitext still gives the
// article, without an infobox.
func TestArticleWithoutInfobox(t *testing.T) {
	wp := startFake(t)
	p := fakewiki.AlbaniaIsraelRelations()
	p.Wikitext = ""
	wp.SetPage(p)
	tc := newTestClient(t, wp, time.Second)
	page, err := tc.Page(context.Background(), p.Title)
	if err != nil {
		t.Fatal(err)
	}
	data, err := page.Article()
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), "Infobox") || !strings.Contains(string(data), "= Albania–Israel relations =\n\nAlbania has recognized") {
		t.Errorf("article without wikitext:\n%s", data[:400])
	}
}

// TestArticleEmpty: a page without text is an error naming it, never an
// empty article.
func TestArticleEmpty(t *testing.T) {
	p := &Page{Title: "Empty page", Revision: 5, URL: "https://en.wikipedia.org/wiki/Empty_page", Extract: "\n\n== See also ==\nOther page\n"}
	if _, err := p.Article(); err == nil || !strings.Contains(err.Error(), `"Empty page"`) || !errors.Is(err, facts.ErrNoText) {
		t.Errorf("Article() = %v; want an error naming the page", err)
	}
}

// TestUnreachable: a wiki that refuses connections fails at once, without
// retries, naming the page and the host.
func TestUnreachable(t *testing.T) {
	wp := fakewiki.Start()
	api := wp.APIURL()
	wp.Close()
	c := New(Options{APIURL: api, UserAgent: UserAgent("test", "x")})
	start := time.Now()
	_, err := c.Page(context.Background(), "Albania–Israel relations")
	if err == nil || !strings.Contains(err.Error(), `wikipedia page "Albania–Israel relations": cannot reach http://127.0.0.1:`) {
		t.Errorf("Page = %v; want it to name the page and the host", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("took %s; want no retries", d)
	}
}
