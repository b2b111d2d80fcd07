// Package fakewiki is a loopback fake of Wikipedia for tests: the MediaWiki
// Action API's action=query (extracts, info and revisions of one title) and
// the REST API's "On this day" feed.
//
// It answers like Wikipedia does, from pages and feed days the test sets:
// titles are normalised (underscores, spaces, a lower-case first letter),
// redirects are followed when the request asks, a page that does not exist
// comes back "missing" and a title with a forbidden character "invalid".
// Faults are scripted per endpoint: maxlag errors, 429 and 503 with
// Retry-After, other 5xx, malformed JSON, or a request that hangs until the
// client gives up.
//
// It is strict where Wikimedia's etiquette is: a request without a
// "factbot/VERSION (CONTACT)" User-Agent, an Action API request without
// maxlag=5 or the parameters the bot relies on, and two requests at once
// are recorded as violations (and the first two answered with 400), so a
// test can assert that a well-behaved client caused none.
//
//	wp := fakewiki.Start()
//	t.Cleanup(wp.Close)
//	wp.SetPage(fakewiki.Page{Title: "Albania–Israel relations", Extract: "…"})
//	wp.Redirect("Albania-Israel relations", "Albania–Israel relations")
//	wp.FailAPI(1, fakewiki.Busy(503, "1"))
//	// ... point WIKIPEDIA_API_URL at wp.APIURL() ...
//
// Everything is safe for concurrent use.
package fakewiki

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"
)

// Page is a page the fake serves.
type Page struct {
	Title    string // the canonical title
	Extract  string // the plain-text extract, "== Heading ==" lines for sections
	Wikitext string // the revision's wikitext; "" leaves revisions out of the reply
	Revision int64  // the latest revision; 0 takes the next number
}

// Fault is a scripted bad reply.
type Fault struct {
	Status     int    // HTTP status; 0 means 200
	RetryAfter string // the Retry-After header; "" sends none
	Body       string // the body, sent as is
	Hang       bool   // answer nothing until the client gives up or the fake closes
}

// MaxLag is the Action API's answer when replicas lag more than the
// request's maxlag: HTTP 200, an error object, and Retry-After.
func MaxLag(retryAfter string) Fault {
	return Fault{RetryAfter: retryAfter,
		Body: `{"error":{"code":"maxlag","info":"Waiting for 10.64.48.35: 6 seconds lagged.","host":"10.64.48.35","lag":6,"type":"db"},"servedby":"mw-api-ext"}`}
}

// Busy is a 429 or 503 with Retry-After, as Wikimedia's front end sends
// when it sheds load.
func Busy(status int, retryAfter string) Fault {
	return Fault{Status: status, RetryAfter: retryAfter, Body: `{"error":{"code":"ratelimited","info":"You've exceeded your rate limit. Please wait some time and try again."}}`}
}

// ServerError is a 5xx with an HTML body, as a failing proxy sends.
func ServerError(status int) Fault {
	return Fault{Status: status, Body: "<!DOCTYPE html><html><body><h1>Error</h1><p>Our servers are currently under maintenance.</p></body></html>"}
}

// Hang answers nothing: the client must give up on its own.
func Hang() Fault { return Fault{Hang: true} }

// Malformed is a 200 whose body is not the JSON it claims to be.
func Malformed() Fault {
	return Fault{Body: `{"batchcomplete":true,"query":{"pages":[{"pageid":1,"title":"Trunc`}
}

// APIError is an Action API error other than maxlag, with HTTP 200.
func APIError(code, info string) Fault {
	return Fault{Body: fmt.Sprintf(`{"error":{"code":%q,"info":%q}}`, code, info)}
}

// Request is one request the fake received.
type Request struct {
	Time      time.Time
	Path      string
	Query     url.Values
	UserAgent string
	Status    int // what the fake answered; 0 for a request that hung
}

// Server is a running fake. Create it with Start, stop it with Close.
type Server struct {
	srv    *httptest.Server
	closed chan struct{}
	once   sync.Once

	mu         sync.Mutex
	pages      map[string]*Page  // canonical title -> page
	redirects  map[string]string // title -> target title
	feed       map[string][]Event
	apiFaults  []scripted
	feedFaults []scripted
	requests   []Request
	violations []string
	inFlight   int
	nextRev    int64
}

type scripted struct {
	f Fault
	n int // replies left; negative: until ClearFaults
}

// Start runs a fake on a loopback port.
func Start() *Server {
	s := &Server{
		closed:    make(chan struct{}),
		pages:     make(map[string]*Page),
		redirects: make(map[string]string),
		feed:      make(map[string][]Event),
		nextRev:   1000,
	}
	mux := http.NewServeMux()
	mux.HandleFunc("/w/api.php", s.api)
	mux.HandleFunc("/api/rest_v1/feed/onthisday/{kind}/{mm}/{dd}", s.onThisDay)
	s.srv = httptest.NewServer(s.track(mux))
	return s
}

// StartTest runs a fake for the test t: it closes at the end of t, and t
// fails if a client broke Wikimedia's etiquette (see Violations).
func StartTest(t testing.TB) *Server {
	s := Start()
	t.Cleanup(func() {
		s.Close()
		if v := s.Violations(); len(v) > 0 {
			t.Errorf("Wikimedia's etiquette broken: %q", v)
		}
	})
	return s
}

// Close stops the fake; requests that hang are released first.
func (s *Server) Close() {
	s.once.Do(func() { close(s.closed) })
	s.srv.Close()
}

// URL is the fake's base address, http://127.0.0.1:PORT.
func (s *Server) URL() string { return s.srv.URL }

// APIURL is the Action API endpoint, for WIKIPEDIA_API_URL.
func (s *Server) APIURL() string { return s.srv.URL + "/w/api.php" }

// RESTURL is the REST API base, for WIKIPEDIA_REST_URL.
func (s *Server) RESTURL() string { return s.srv.URL + "/api/rest_v1/" }

// SetPage adds a page, or replaces it with a new revision.
func (s *Server) SetPage(p Page) {
	s.mu.Lock()
	defer s.mu.Unlock()
	p.Title = normalize(p.Title)
	if p.Revision == 0 {
		s.nextRev++
		p.Revision = s.nextRev
	}
	s.pages[p.Title] = &p
}

// Redirect makes from a redirect to the page to.
func (s *Server) Redirect(from, to string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.redirects[normalize(from)] = normalize(to)
}

// FailAPI answers the next n Action API requests with f; a negative n
// answers every one until ClearFaults. Faults queue in the order given.
func (s *Server) FailAPI(n int, f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.apiFaults = append(s.apiFaults, scripted{f, n})
}

// FailFeed answers the next n feed requests with f, like FailAPI.
func (s *Server) FailFeed(n int, f Fault) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.feedFaults = append(s.feedFaults, scripted{f, n})
}

// ClearFaults drops every scripted fault.
func (s *Server) ClearFaults() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.apiFaults, s.feedFaults = nil, nil
}

// Requests returns the requests received so far, in order.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// Violations lists the etiquette a client broke: a bad User-Agent, a
// missing parameter, two requests at once.
func (s *Server) Violations() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]string(nil), s.violations...)
}

// percentCode is a percent-encoded byte, which MediaWiki refuses in titles.
var percentCode = regexp.MustCompile(`%[0-9A-Fa-f]{2}`)

// userAgent is Wikimedia's policy as the bot follows it.
var userAgent = regexp.MustCompile(`^factbot/\S+ \(\S.*\)$`)

// track records every request and checks what applies to all of them.
func (s *Server) track(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ua := r.Header.Get("User-Agent")
		s.mu.Lock()
		s.inFlight++
		if s.inFlight > 1 {
			s.violations = append(s.violations, fmt.Sprintf("%d requests at once (%s)", s.inFlight, r.URL.Path))
		}
		// Recorded on arrival, so a request that hangs counts at once.
		i := len(s.requests)
		s.requests = append(s.requests, Request{Time: time.Now(), Path: r.URL.Path, Query: r.URL.Query(), UserAgent: ua})
		s.mu.Unlock()
		rec := &statusRecorder{ResponseWriter: w}
		if !userAgent.MatchString(ua) {
			s.violate(rec, r, fmt.Sprintf("User-Agent %q does not follow the policy", ua))
		} else if r.Method != http.MethodGet {
			s.violate(rec, r, "method "+r.Method)
		} else {
			next.ServeHTTP(rec, r)
		}
		s.mu.Lock()
		s.inFlight--
		s.requests[i].Status = rec.status
		s.mu.Unlock()
	})
}

func (s *Server) violate(w http.ResponseWriter, r *http.Request, what string) {
	s.mu.Lock()
	s.violations = append(s.violations, what)
	s.mu.Unlock()
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(http.StatusBadRequest)
	fmt.Fprintf(w, `{"error":{"code":"fakewiki","info":%q}}`, what)
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return r.ResponseWriter.Write(b)
}

// fault takes the next scripted fault off a queue.
func (s *Server) fault(queue *[]scripted) (Fault, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for len(*queue) > 0 {
		q := &(*queue)[0]
		if q.n == 0 {
			*queue = (*queue)[1:]
			continue
		}
		if q.n > 0 {
			q.n--
		}
		return q.f, true
	}
	return Fault{}, false
}

// serveFault writes f, or hangs until the client gives up.
func (s *Server) serveFault(w http.ResponseWriter, r *http.Request, f Fault) {
	if f.Hang {
		// A hanging request no longer counts as in flight: the client will
		// give up on it, and the fake cannot tell exactly when it did.
		s.mu.Lock()
		s.inFlight--
		s.mu.Unlock()
		defer func() {
			s.mu.Lock()
			s.inFlight++
			s.mu.Unlock()
		}()
		select {
		case <-r.Context().Done():
		case <-s.closed:
		}
		return
	}
	if f.RetryAfter != "" {
		w.Header().Set("Retry-After", f.RetryAfter)
	}
	if strings.HasPrefix(f.Body, "<") {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
	} else {
		w.Header().Set("Content-Type", "application/json; charset=utf-8")
	}
	status := f.Status
	if status == 0 {
		status = http.StatusOK
	}
	w.WriteHeader(status)
	fmt.Fprint(w, f.Body)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}

// api serves action=query for one title.
func (s *Server) api(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	for k, want := range map[string]string{"action": "query", "format": "json", "formatversion": "2", "maxlag": "5", "redirects": "1", "explaintext": "1", "exsectionformat": "wiki", "inprop": "url"} {
		if got := q.Get(k); got != want {
			s.violate(w, r, fmt.Sprintf("parameter %s=%q; want %q", k, got, want))
			return
		}
	}
	props := strings.Split(q.Get("prop"), "|")
	for _, p := range []string{"extracts", "info"} {
		if !contains(props, p) {
			s.violate(w, r, "prop lacks "+p)
			return
		}
	}
	if f, ok := s.fault(&s.apiFaults); ok {
		s.serveFault(w, r, f)
		return
	}
	titles := q.Get("titles")
	if titles == "" {
		writeJSON(w, http.StatusOK, map[string]any{"error": map[string]string{"code": "missingparam", "info": "One of the parameters titles, pageids, revids is required."}})
		return
	}
	var normalized, redirects []map[string]string
	var pages []map[string]any
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, title := range strings.Split(titles, "|") {
		if reason := invalid(title); reason != "" {
			pages = append(pages, map[string]any{"title": title, "invalidreason": reason, "invalid": true})
			continue
		}
		norm := normalize(title)
		if norm != title {
			normalized = append(normalized, map[string]string{"from": title, "to": norm})
		}
		if to, ok := s.redirects[norm]; ok {
			redirects = append(redirects, map[string]string{"from": norm, "to": to})
			norm = to
		}
		p, ok := s.pages[norm]
		if !ok {
			pages = append(pages, map[string]any{"ns": 0, "title": norm, "missing": true})
			continue
		}
		page := map[string]any{
			"pageid": 1000 + len(norm), "ns": 0, "title": p.Title, "extract": p.Extract,
			"contentmodel": "wikitext", "pagelanguage": "en", "touched": "2026-05-01T10:00:00Z",
			"lastrevid": p.Revision, "length": len(p.Wikitext),
			"fullurl":      "https://en.wikipedia.org/wiki/" + Encode(p.Title),
			"editurl":      "https://en.wikipedia.org/w/index.php?title=" + Encode(p.Title) + "&action=edit",
			"canonicalurl": "https://en.wikipedia.org/wiki/" + Encode(p.Title),
		}
		if p.Wikitext != "" && contains(props, "revisions") {
			page["revisions"] = []any{map[string]any{"revid": p.Revision, "parentid": p.Revision - 1,
				"slots": map[string]any{"main": map[string]any{"contentmodel": "wikitext", "contentformat": "text/x-wiki", "content": p.Wikitext}}}}
		}
		pages = append(pages, page)
	}
	query := map[string]any{"pages": pages}
	if normalized != nil {
		query["normalized"] = normalized
	}
	if redirects != nil {
		query["redirects"] = redirects
	}
	writeJSON(w, http.StatusOK, map[string]any{"batchcomplete": true, "query": query})
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// invalid says why MediaWiki refuses a title, or "".
func invalid(title string) string {
	t := strings.TrimSpace(strings.ReplaceAll(title, "_", " "))
	switch {
	case t == "":
		return "The requested page title is empty or contains only the name of a namespace."
	case strings.ContainsAny(t, "#<>[]{}|"):
		return "The requested page title contains invalid characters: \"" + string(t[strings.IndexAny(t, "#<>[]{}|")]) + "\"."
	case len(t) > 255:
		return "The requested page title is too long."
	case percentCode.MatchString(t):
		return "The requested page title contains invalid characters: \"" + percentCode.FindString(t) + "\"."
	}
	return ""
}

// normalize is MediaWiki's title normalisation on English Wikipedia:
// underscores are spaces, runs of spaces one, and the first letter
// upper case.
func normalize(title string) string {
	t := strings.Join(strings.Fields(strings.ReplaceAll(title, "_", " ")), " ")
	r, n := utf8.DecodeRuneInString(t)
	if n == 0 {
		return t
	}
	return string(unicode.ToUpper(r)) + t[n:]
}

// Encode writes a title as Wikipedia's addresses do: spaces as
// underscores, then MediaWiki's wfUrlencode.
func Encode(title string) string {
	const hex = "0123456789ABCDEF"
	s := strings.ReplaceAll(title, " ", "_")
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("-._~;:@$!*(),/", c) >= 0 {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('%')
		b.WriteByte(hex[c>>4])
		b.WriteByte(hex[c&15])
	}
	return b.String()
}
