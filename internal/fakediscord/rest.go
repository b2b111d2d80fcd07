package fakediscord

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"mime"
	"mime/multipart"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"
)

// maxBody bounds a request body; Discord's own upload limit is 25 MiB.
const maxBody = 32 << 20

// Discord JSON error codes the fake answers with (discordgo structs.go:2828+).
const (
	codeGeneral             = 0
	codeUnknownChannel      = 10003
	codeUnknownMessage      = 10008
	codeUnknownWebhook      = 10015
	codeUnknownInteraction  = 10062
	codeNotAuthorizedForApp = 20012
	codeAlreadyAcknowledged = 40060
	codeMissingAccess       = 50001
	codeEmptyMessage        = 50006
	codeInvalidFormBody     = 50035
	codeInvalidJSON         = 50109
	codeTooLarge            = 40005
)

// Request is one REST request the fake received, with the answer it gave.
type Request struct {
	Method string
	// URI is the request URI exactly as sent (path and query, not cleaned),
	// so bugs such as "/webhooks//token" stay visible.
	URI string
	// Path is the decoded URL path, e.g. "/api/v9/channels/1/messages".
	Path   string
	Query  url.Values
	Header http.Header
	Body   []byte
	// Status and Response are what the fake answered.
	Status   int
	Response []byte
	Time     time.Time
}

// JSON decodes the request's JSON payload into v: the body, or for a
// multipart upload its payload_json part.
func (r Request) JSON(v any) error {
	p, _, err := jsonPayload(r.Header.Get("Content-Type"), r.Body)
	if err != nil {
		return err
	}
	return json.Unmarshal(p, v)
}

// String renders "METHOD URI -> status" for failure messages.
func (r Request) String() string { return fmt.Sprintf("%s %s -> %d", r.Method, r.URI, r.Status) }

// clone deep-copies r, so callers can never race with the fake's records.
func (r Request) clone() Request {
	r.Query = maps.Clone(r.Query)
	r.Header = r.Header.Clone()
	r.Body = bytes.Clone(r.Body)
	r.Response = bytes.Clone(r.Response)
	return r
}

// Matching returns a predicate for [Server.WaitRequest] matching method
// ("" for any) and a path pattern: segments "{name}" match any one segment,
// a final "{name...}" matches the rest, and patterns without a leading "/"
// are relative to "/api/v9/". Example: Matching("POST",
// "channels/{id}/messages").
func Matching(method, pattern string) func(Request) bool {
	return func(r Request) bool { return matchRoute(method, pattern, r.Method, r.Path) }
}

// matchRoute implements Matching and fault selection.
func matchRoute(method, pattern, gotMethod, path string) bool {
	if method != "" && !strings.EqualFold(method, gotMethod) {
		return false
	}
	if !strings.HasPrefix(pattern, "/") {
		pattern = apiPrefix + pattern
	}
	ps := strings.Split(strings.Trim(pattern, "/"), "/")
	xs := strings.Split(strings.Trim(path, "/"), "/")
	for i, p := range ps {
		wild := strings.HasPrefix(p, "{") && strings.HasSuffix(p, "}")
		if wild && strings.HasSuffix(p, "...}") {
			return true
		}
		if i >= len(xs) || (wild && xs[i] == "") || (!wild && p != xs[i]) {
			return false
		}
	}
	return len(ps) == len(xs)
}

// restState is the part of Server guarded by Server.mu that concerns REST.
type restState struct {
	requests      []Request
	violations    []Violation
	faults        []*queuedFault
	channelStatus map[string]int
	interactions  map[string]*interactionState // by ID
	byToken       map[string]*interactionState
	messages      map[string][]Message // channel messages by channel ID
	nonces        map[nonceKey]nonceEntry
	global        []Command
	guild         map[string][]Command
	commandIDs    map[commandKey]string // stable IDs across overwrites, as on Discord
	channels      map[string]channelInfo
}

func (r *restState) init() {
	r.channelStatus = map[string]int{}
	r.interactions = map[string]*interactionState{}
	r.byToken = map[string]*interactionState{}
	r.messages = map[string][]Message{}
	r.nonces = map[nonceKey]nonceEntry{}
	r.guild = map[string][]Command{}
	r.commandIDs = map[commandKey]string{}
	r.channels = map[string]channelInfo{}
}

// call carries one REST request through the handlers.
type call struct {
	w   *recorder
	r   *http.Request
	req *Request
}

// callKey is the context key under which serveREST passes the call to routes.
type callKey struct{}

// recorder buffers the whole response so the request is recorded before
// the client can see the answer: a test that reacts to a reply always finds
// the request in Requests().
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
}

// Header implements http.ResponseWriter.
func (w *recorder) Header() http.Header { return w.header }

// WriteHeader keeps the first status, like net/http.
func (w *recorder) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
}

// Write buffers the body; serveREST sends it after recording.
func (w *recorder) Write(b []byte) (int, error) {
	w.WriteHeader(http.StatusOK)
	return w.body.Write(b)
}

// json writes v with status.
func (c *call) json(status int, v any) {
	c.w.Header().Set("Content-Type", "application/json")
	c.w.WriteHeader(status)
	_ = json.NewEncoder(c.w).Encode(v)
}

// apiError writes Discord's error body.
func (c *call) apiError(status, code int, msg string) {
	c.json(status, map[string]any{"code": code, "message": msg})
}

// payload returns the request's JSON payload and how many files it carried.
func (c *call) payload() ([]byte, int, error) {
	return jsonPayload(c.req.Header.Get("Content-Type"), c.req.Body)
}

// jsonPayload extracts the JSON from a body: as is, or the payload_json
// part of a multipart upload (discordgo's MultipartBodyWithJSON).
func jsonPayload(contentType string, body []byte) ([]byte, int, error) {
	mt, params, err := mime.ParseMediaType(contentType)
	if err != nil || !strings.HasPrefix(mt, "multipart/") {
		return body, 0, nil
	}
	mr := multipart.NewReader(bytes.NewReader(body), params["boundary"])
	var payload []byte
	files := 0
	for {
		part, err := mr.NextPart()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, 0, fmt.Errorf("fakediscord: reading multipart body: %w", err)
		}
		if part.FormName() == "payload_json" {
			if payload, err = io.ReadAll(part); err != nil {
				return nil, 0, fmt.Errorf("fakediscord: reading payload_json: %w", err)
			}
		} else if part.FileName() != "" {
			files++
		}
	}
	if payload == nil {
		payload = []byte("{}")
	}
	return payload, files, nil
}

// serveREST records the request, applies faults and routes it.
func (s *Server) serveREST(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, maxBody))
	req := &Request{
		Method: r.Method, URI: r.RequestURI, Path: r.URL.Path, Query: r.URL.Query(),
		Header: r.Header.Clone(), Body: body, Time: time.Now(),
	}
	rec := &recorder{header: http.Header{}}
	c := &call{w: rec, req: req, r: r}
	switch {
	case err != nil:
		c.apiError(http.StatusRequestEntityTooLarge, codeTooLarge, "Request entity too large")
	case badURI(r.RequestURI):
		s.reject(c, http.StatusBadRequest, codeGeneral, "400: Bad Request",
			[]problem{{"", "FAKEDISCORD_EMPTY_SEGMENT", "request URI has an empty or dot path segment (an ID is probably missing); Go's ServeMux would have redirected it"}})
	default:
		if f, ok := s.takeFault(req); ok {
			f.write(c)
			break
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		s.mux.ServeHTTP(rec, r.WithContext(context.WithValue(r.Context(), callKey{}, c)))
	}
	if rec.status == 0 {
		rec.status = http.StatusOK
	}
	if s.opts.EchoAuthorization && rec.status >= 400 {
		echoAuthorization(&rec.body, r.Header.Get("Authorization"))
	}
	req.Status, req.Response = rec.status, bytes.Clone(rec.body.Bytes())

	s.mu.Lock()
	s.rest.requests = append(s.rest.requests, *req)
	s.notifyLocked()
	s.mu.Unlock()

	maps.Copy(w.Header(), rec.header)
	w.WriteHeader(rec.status)
	_, _ = w.Write(rec.body.Bytes())
}

// echoAuthorization appends auth to an error body's message, or to the
// body itself when it is not a JSON object with one (Options.EchoAuthorization).
func echoAuthorization(body *bytes.Buffer, auth string) {
	echo := " (Authorization: " + auth + ")"
	var m map[string]any
	if err := json.Unmarshal(body.Bytes(), &m); err == nil {
		if msg, ok := m["message"].(string); ok {
			m["message"] = msg + echo
			body.Reset()
			_ = json.NewEncoder(body).Encode(m)
			return
		}
	}
	body.WriteString(echo)
}

// badURI reports an empty ("//") or dot segment in the request's path,
// which Go's ServeMux would clean and redirect, hiding a missing ID.
func badURI(uri string) bool {
	if i := strings.IndexAny(uri, "?#"); i >= 0 {
		uri = uri[:i]
	}
	if rest, ok := strings.CutPrefix(uri, "http://"); ok { // absolute form
		_, uri, _ = strings.Cut(rest, "/")
		uri = "/" + uri
	}
	return strings.Contains(uri, "//") || slices.ContainsFunc(strings.Split(uri, "/"), func(seg string) bool {
		return seg == "." || seg == ".."
	})
}

// reject answers with Discord's error body and records a Violation.
func (s *Server) reject(c *call, status, code int, msg string, probs []problem) {
	body := map[string]any{"code": code, "message": msg}
	if len(probs) > 0 {
		body["errors"] = errorTree(probs)
	}
	c.json(status, body)
	v := Violation{Method: c.req.Method, URI: c.req.URI, Status: status, Code: code, Message: msg, Time: time.Now()}
	for _, p := range probs {
		v.Problems = append(v.Problems, p.String())
	}
	s.mu.Lock()
	s.rest.violations = append(s.rest.violations, v)
	s.notifyLocked()
	s.mu.Unlock()
	s.logf("rejected %s", v)
}

// invalidJSON rejects an unparsable body.
func (s *Server) invalidJSON(c *call, err error) {
	s.reject(c, http.StatusBadRequest, codeInvalidJSON, "The request body contains invalid JSON.",
		[]problem{{"", "INVALID_JSON", err.Error()}})
}

// invalidForm rejects a body that breaks Discord's rules.
func (s *Server) invalidForm(c *call, probs []problem) {
	s.reject(c, http.StatusBadRequest, codeInvalidFormBody, "Invalid Form Body", probs)
}

// emptyMessage rejects a message with nothing to show.
func (s *Server) emptyMessage(c *call) {
	s.reject(c, http.StatusBadRequest, codeEmptyMessage, "Cannot send an empty message", nil)
}

// routes builds the mux for /api/v9/. Routes marked auth need the bot token.
func (s *Server) routes() *http.ServeMux {
	mux := http.NewServeMux()
	handle := func(pattern string, auth bool, h func(*call)) {
		mux.HandleFunc(pattern, func(_ http.ResponseWriter, r *http.Request) {
			c, _ := r.Context().Value(callKey{}).(*call)
			if c == nil {
				return // only serveREST calls the mux
			}
			c.r = r
			if auth && r.Header.Get("Authorization") != "Bot "+s.opts.Token {
				s.reject(c, http.StatusUnauthorized, codeGeneral, "401: Unauthorized", nil)
				return
			}
			h(c)
		})
	}
	const api = "/api/v9/"
	// GET /gateway needs no token on Discord; discordgo sends one anyway.
	handle("GET "+api+"gateway", false, s.getGateway)
	handle("GET "+api+"gateway/bot", true, s.getGatewayBot)
	handle("GET "+api+"users/@me", true, s.getMe)
	handle("GET "+api+"applications/@me", true, s.getApplication)
	handle("GET "+api+"oauth2/applications/@me", true, s.getApplication)
	handle("PUT "+api+"applications/{app}/commands", true, s.putCommands)
	handle("GET "+api+"applications/{app}/commands", true, s.getCommands)
	handle("PUT "+api+"applications/{app}/guilds/{guild}/commands", true, s.putCommands)
	handle("GET "+api+"applications/{app}/guilds/{guild}/commands", true, s.getCommands)
	// Interaction routes are authenticated by the token in the URL.
	handle("POST "+api+"interactions/{id}/{token}/callback", false, s.interactionCallback)
	handle("POST "+api+"webhooks/{app}/{token}", false, s.webhookExecute)
	handle("GET "+api+"webhooks/{app}/{token}/messages/{msg}", false, s.webhookMessage)
	handle("PATCH "+api+"webhooks/{app}/{token}/messages/{msg}", false, s.webhookMessage)
	handle("DELETE "+api+"webhooks/{app}/{token}/messages/{msg}", false, s.webhookMessage)
	handle("GET "+api+"channels/{cid}", true, s.getChannel)
	handle("POST "+api+"channels/{cid}/messages", true, s.createMessage)
	handle("GET "+api+"channels/{cid}/messages/{mid}", true, s.channelMessage)
	handle("PATCH "+api+"channels/{cid}/messages/{mid}", true, s.channelMessage)
	handle("DELETE "+api+"channels/{cid}/messages/{mid}", true, s.channelMessage)
	handle("/", false, s.notFound)
	return mux
}

func (s *Server) getGateway(c *call) {
	c.json(http.StatusOK, map[string]any{"url": s.GatewayURL()})
}

func (s *Server) getGatewayBot(c *call) {
	c.json(http.StatusOK, map[string]any{
		"url": s.GatewayURL(), "shards": s.opts.Shards,
		"session_start_limit": map[string]any{"total": 1000, "remaining": 1000, "reset_after": 0, "max_concurrency": 1},
	})
}

func (s *Server) getMe(c *call) {
	u := s.BotUser().object()
	u["verified"], u["mfa_enabled"], u["flags"], u["locale"] = true, false, 0, DefaultLocale
	c.json(http.StatusOK, u)
}

func (s *Server) getApplication(c *call) {
	c.json(http.StatusOK, map[string]any{
		"id": s.opts.ApplicationID, "name": s.opts.BotUsername, "description": "", "icon": nil,
		"bot_public": false, "bot_require_code_grant": false, "flags": 0, "verify_key": "",
		"bot": s.BotUser().object(), "owner": User{}.withDefaults().object(),
	})
}

func (s *Server) notFound(c *call) {
	s.logf("no route for %s %s; answering 404", c.req.Method, c.req.URI)
	c.apiError(http.StatusNotFound, codeGeneral, "404: Not Found")
}

// Requests returns every REST request recorded so far, in the order the
// fake finished answering them. The gateway's websocket upgrade is not a
// REST request and is not included.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Request, len(s.rest.requests))
	for i, r := range s.rest.requests {
		out[i] = r.clone()
	}
	return out
}

// WaitRequest returns the first recorded request, past or future, for
// which match returns true. match runs without the fake's lock held.
func (s *Server) WaitRequest(ctx context.Context, match func(Request) bool) (Request, error) {
	seen := 0
	for {
		s.mu.Lock()
		batch := s.rest.requests[seen:len(s.rest.requests):len(s.rest.requests)]
		closed, ch := s.closed, s.changed
		s.mu.Unlock()
		for _, r := range batch {
			if r = r.clone(); match(r) {
				return r, nil
			}
		}
		seen += len(batch)
		if closed {
			return Request{}, ErrClosed
		}
		select {
		case <-ch:
		case <-ctx.Done():
			return Request{}, fmt.Errorf("fakediscord: no matching request among %d recorded%s: %w", seen, s.recentRequests(), ctx.Err())
		}
	}
}

// recentRequests summarises the last few requests for timeout errors.
func (s *Server) recentRequests() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	rs := s.rest.requests[max(0, len(s.rest.requests)-8):]
	if len(rs) == 0 {
		return ""
	}
	parts := make([]string, len(rs))
	for i, r := range rs {
		parts[i] = r.String()
	}
	return " (latest: " + strings.Join(parts, ", ") + ")"
}

// Violations returns every request the fake rejected because Discord would
// have (see Violation), in order.
func (s *Server) Violations() []Violation {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Violation, len(s.rest.violations))
	for i, v := range s.rest.violations {
		v.Problems = slices.Clone(v.Problems)
		out[i] = v
	}
	return out
}
