package fakediscord

import (
	"fmt"
	"io"
	"maps"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"time"
)

// Fault is a canned REST response for [Server.FailNext].
type Fault struct {
	// Status is the HTTP status. Default 500.
	Status int
	// Body is the JSON body. Default: Discord's body for Status, see
	// ErrorFault.
	Body string
	// Header is added to the response, over the defaults for Status.
	Header http.Header
}

// ErrorFault returns the response Discord gives with status: 400 Invalid
// Form Body (50035), 401 Unauthorized, 403 Missing Access (50001), 404
// Unknown Channel (10003), 429 a 50 ms rate limit (see RateLimitFault),
// and "NNN: Status Text" with code 0 for anything else (500, 502, 503).
func ErrorFault(status int) Fault {
	body := func(code int, msg string) string {
		return string(mustJSON(map[string]any{"code": code, "message": msg}))
	}
	switch status {
	case http.StatusBadRequest:
		return Fault{Status: status, Body: body(codeInvalidFormBody, "Invalid Form Body")}
	case http.StatusUnauthorized:
		return Fault{Status: status, Body: body(codeGeneral, "401: Unauthorized")}
	case http.StatusForbidden:
		return Fault{Status: status, Body: body(codeMissingAccess, "Missing Access")}
	case http.StatusNotFound:
		return Fault{Status: status, Body: body(codeUnknownChannel, "Unknown Channel")}
	case http.StatusTooManyRequests:
		return RateLimitFault(50*time.Millisecond, false)
	}
	return Fault{Status: status, Body: body(codeGeneral, fmt.Sprintf("%d: %s", status, http.StatusText(status)))}
}

// RateLimitFault returns a 429 as Discord sends it (rate-limits.mdx): a JSON
// body with retry_after in seconds, which discordgo sleeps before
// retrying, and X-RateLimit-* headers, X-RateLimit-Global when global.
func RateLimitFault(retryAfter time.Duration, global bool) Fault {
	secs := retryAfter.Seconds()
	scope := "user"
	h := http.Header{}
	if global {
		scope = "global"
		h.Set("X-RateLimit-Global", "true")
	}
	h.Set("X-RateLimit-Limit", "1")
	h.Set("X-RateLimit-Remaining", "0")
	h.Set("X-RateLimit-Reset-After", strconv.FormatFloat(secs, 'f', 3, 64))
	reset := float64(time.Now().Add(retryAfter).UnixMilli()) / 1000
	h.Set("X-RateLimit-Reset", strconv.FormatFloat(reset, 'f', 3, 64))
	h.Set("X-RateLimit-Bucket", "fakediscord")
	h.Set("X-RateLimit-Scope", scope)
	h.Set("Retry-After", strconv.Itoa(int(retryAfter.Round(time.Second)/time.Second)+1))
	body := mustJSON(map[string]any{"message": "You are being rate limited.", "retry_after": secs, "global": global})
	return Fault{Status: http.StatusTooManyRequests, Body: string(body), Header: h}
}

// queuedFault is a Fault waiting for matching requests.
type queuedFault struct {
	method, pattern string
	left            int
	fault           Fault
}

// takeFault returns the fault for req, if any: a channel status first,
// then the oldest matching queued fault.
func (s *Server) takeFault(req *Request) (Fault, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if rest, ok := strings.CutPrefix(req.Path, apiPrefix+"channels/"); ok {
		cid, _, _ := strings.Cut(rest, "/")
		if st := s.rest.channelStatus[cid]; st != 0 {
			return ErrorFault(st), true
		}
	}
	for i, q := range s.rest.faults {
		if matchRoute(q.method, q.pattern, req.Method, req.Path) {
			q.left--
			if q.left <= 0 {
				s.rest.faults = slices.Delete(s.rest.faults, i, i+1)
			}
			return q.fault, true
		}
	}
	return Fault{}, false
}

// write sends the fault, filling Discord's defaults for its status.
func (f Fault) write(c *call) {
	if f.Status == 0 {
		f.Status = http.StatusInternalServerError
	}
	def := ErrorFault(f.Status)
	if f.Body == "" {
		f.Body = def.Body
	}
	maps.Copy(c.w.Header(), def.Header)
	maps.Copy(c.w.Header(), f.Header)
	c.w.Header().Set("Content-Type", "application/json")
	c.w.WriteHeader(f.Status)
	_, _ = io.WriteString(c.w, f.Body)
}

// FailNext answers the next n requests matching method ("" for any) and
// pattern (see Matching) with f instead of handling them. Faults queue in
// order; the oldest matching one is used first. Example, one rate limit on
// an interaction callback:
//
//	srv.FailNext("POST", "interactions/{id}/{token}/callback", 1, fakediscord.ErrorFault(429))
func (s *Server) FailNext(method, pattern string, n int, f Fault) {
	if n <= 0 {
		return
	}
	s.mu.Lock()
	s.rest.faults = append(s.rest.faults, &queuedFault{method: method, pattern: pattern, left: n, fault: f})
	s.mu.Unlock()
}

// PendingFaults is how many queued fault responses have not been used yet,
// so a test can check its fault actually fired.
func (s *Server) PendingFaults() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := 0
	for _, q := range s.rest.faults {
		n += q.left
	}
	return n
}

// SetChannelStatus makes every request under /channels/{channelID} fail
// with status and Discord's body for it (see ErrorFault) until cleared with
// status 0: 403 for a channel the bot lost access to, 404 for a deleted one.
func (s *Server) SetChannelStatus(channelID string, status int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if status == 0 {
		delete(s.rest.channelStatus, channelID)
		return
	}
	s.rest.channelStatus[channelID] = status
}
