package bot

import (
	"context"
	"errors"
	"net/http"
	"strings"

	dg "github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"

	"factbot/internal/redact"
)

// maxErrorText bounds an error's text: a REST error quotes the response
// body, which a misbehaving proxy can make as long as it likes.
const maxErrorText = 512

// Redactor makes errors from Discord's API, REST and gateway, fit to be
// logged, stored (a paused subscription's reason) and shown (/daily
// status). Such an error can quote the response body, and a proxy set with
// DISCORD_API_URL, or anything between, may echo the request's
// Authorization header into it. Every error from discordgo passes through
// Error before it goes anywhere.
type Redactor struct {
	Token  string // the bot token, without "Bot "; "" when there is none
	APIURL string // the configured REST base; "" for Discord's
}

// APIError is an error from Discord's API with its secrets removed. It
// keeps what callers decide on, the HTTP status and Discord's error code,
// but not the original error, whose fields still hold the secrets; only
// context cancellation stays visible to errors.Is.
type APIError struct {
	Status  int    // HTTP status; 0 for an error without a response
	Code    int    // Discord's JSON error code; 0 if none
	Message string // Discord's error message, redacted; "" if none
	text    string
	ctxErr  error
}

// Error returns the redacted text.
func (e *APIError) Error() string { return e.text }

// Unwrap exposes a context error only.
func (e *APIError) Unwrap() error { return e.ctxErr }

// Error returns err with the token and URL credentials removed, discordgo's
// built-in discord.com address replaced by the configured one, the text
// bounded, and a hint when Discord refused the token. It returns nil for
// nil.
func (r Redactor) Error(err error) error {
	if err == nil {
		return nil
	}
	e := &APIError{}
	if errors.Is(err, context.Canceled) {
		e.ctxErr = context.Canceled
	} else if errors.Is(err, context.DeadlineExceeded) {
		e.ctxErr = context.DeadlineExceeded
	}
	refused := false
	var re *dg.RESTError
	if errors.As(err, &re) && re.Response != nil {
		e.Status = re.Response.StatusCode
		if re.Message != nil {
			e.Code, e.Message = re.Message.Code, r.String(re.Message.Message)
		}
		refused = e.Status == http.StatusUnauthorized
	}
	var ce *websocket.CloseError
	if errors.As(err, &ce) && ce.Code == 4004 { // Authentication failed
		refused = true
	}
	e.text = r.String(err.Error())
	if len(e.text) > maxErrorText {
		e.text = truncateBytes(e.text, maxErrorText) + "…"
	}
	if refused && r.Token != "" {
		e.text += " (Discord refused the bot token: check DISCORD_TOKEN)"
	}
	return e
}

// String removes the secrets from a text: the token and each long part of
// it (a token is three dot-separated parts; the last is the secret one),
// credentials in URLs, and discordgo's built-in address of the API.
func (r Redactor) String(s string) string {
	if r.Token != "" {
		s = strings.ReplaceAll(s, r.Token, "[redacted]")
		for part := range strings.SplitSeq(r.Token, ".") {
			if len(part) >= 16 {
				s = strings.ReplaceAll(s, part, "[redacted]")
			}
		}
	}
	if r.APIURL != "" && r.APIURL != DefaultAPIURL {
		s = strings.ReplaceAll(s, DefaultAPIURL, redact.URL(r.APIURL))
	}
	return redact.URLs(s)
}
