package wiki

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"factbot/facts"
)

// Defaults of Options.
const (
	DefaultAPIURL  = "https://en.wikipedia.org/w/api.php"
	DefaultRESTURL = "https://en.wikipedia.org/api/rest_v1/"
	// DefaultTimeout bounds one request, reply included. A whole article
	// comes back in well under a second; twenty leaves room for a slow
	// replica without letting a stuck connection hold the bot's one turn.
	DefaultTimeout = 20 * time.Second
	// DefaultAttempts is how many times a request is tried while Wikipedia
	// answers "busy" or fails transiently: enough to ride out a blip,
	// few enough that a real outage fails within a minute or so.
	DefaultAttempts = 4
	// DefaultBackoff is the first wait before a retry when the reply says
	// nothing of how long to wait; each further retry waits twice as long.
	DefaultBackoff = time.Second
	// DefaultMaxWait is the longest Retry-After honoured. A reply asking
	// for longer ends the attempts: the caller has a cache to fall back on
	// and should not hold its one request turn for minutes.
	DefaultMaxWait = time.Minute
	// maxlag is the replication lag, in seconds, beyond which the Action
	// API refuses our requests: Wikimedia's recommended value for bots.
	maxlag = "5"
	// defaultMaxlagWait is the wait after a maxlag error without a
	// Retry-After header; the API documentation asks for at least 5 s.
	defaultMaxlagWait = 5 * time.Second
)

// maxReply bounds a reply's body. An article's text may be up to
// facts.MaxArticleSize, and the same reply carries its wikitext (for the
// infobox) and JSON escaping, so allow four times that.
const maxReply = 4 * facts.MaxArticleSize

// Errors. Each is wrapped with the page or day it concerns.
var (
	ErrMissing      = errors.New("page does not exist")
	ErrInvalidTitle = errors.New("invalid title")
	ErrTooLarge     = fmt.Errorf("larger than the %d MiB article limit", facts.MaxArticleSize>>20)
	ErrMalformed    = errors.New("malformed reply")
	ErrNotFound     = errors.New("not found")
)

// APIError is an error the Action API answered with, such as
// {"error":{"code":"maxlag","info":"Waiting for db1: 6 seconds lagged"}}.
type APIError struct {
	Code, Info string
}

func (e *APIError) Error() string {
	return "wikipedia api error " + e.Code + ": " + e.Info
}

// StatusError is an HTTP status that is neither success nor retried.
type StatusError struct {
	Status int
}

func (e *StatusError) Error() string {
	return "wikipedia answered " + strconv.Itoa(e.Status) + " " + http.StatusText(e.Status)
}

// Options configures a Client. Zero fields take the defaults above.
type Options struct {
	APIURL    string // the Action API endpoint, api.php
	RESTURL   string // the REST API base, ending in "/"
	UserAgent string // see UserAgent
	Timeout   time.Duration
	Attempts  int
	Backoff   time.Duration
	MaxWait   time.Duration
	Log       *slog.Logger // retries and waits, at debug and warn
}

// UserAgent is the User-Agent Wikimedia's policy asks of bots: the client's
// name and version, and how to reach whoever runs it (a URL or an e-mail
// address). Without a contact it is the name and version alone: an
// address made up for the operator would send Wikimedia's questions to
// someone else.
func UserAgent(version, contact string) string {
	if contact == "" {
		return "factbot/" + version
	}
	return "factbot/" + version + " (" + contact + ")"
}

// Client fetches from one wiki. It sends one request at a time, whatever
// the number of goroutines calling it, and waits where a reply asked it to
// before the next request of any of them. It is safe for concurrent use.
type Client struct {
	opts Options
	http *http.Client
	// turn is held for a request and for the wait before it: a channel,
	// not a mutex, so that a caller whose context ends stops waiting.
	turn      chan struct{}
	mu        sync.Mutex
	notBefore time.Time // no request before this time; guarded by mu
	sleep     func(ctx context.Context, d time.Duration) error
	now       func() time.Time
}

// New returns a client with the given options.
func New(opts Options) *Client {
	if opts.APIURL == "" {
		opts.APIURL = DefaultAPIURL
	}
	if opts.RESTURL == "" {
		opts.RESTURL = DefaultRESTURL
	}
	if !strings.HasSuffix(opts.RESTURL, "/") {
		opts.RESTURL += "/"
	}
	if opts.UserAgent == "" {
		opts.UserAgent = UserAgent("dev", "")
	}
	if opts.Timeout <= 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.Attempts <= 0 {
		opts.Attempts = DefaultAttempts
	}
	if opts.Backoff <= 0 {
		opts.Backoff = DefaultBackoff
	}
	if opts.MaxWait <= 0 {
		opts.MaxWait = DefaultMaxWait
	}
	if opts.Log == nil {
		opts.Log = slog.New(slog.DiscardHandler)
	}
	return &Client{
		opts:  opts,
		http:  &http.Client{Timeout: opts.Timeout},
		turn:  make(chan struct{}, 1),
		sleep: sleepCtx,
		now:   time.Now,
	}
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

// reply is one HTTP exchange's outcome.
type reply struct {
	status int
	header http.Header
	body   []byte
}

// retryable says why a reply or failure is worth another attempt, and how
// long the server asked us to wait (0: it did not say).
type retryable struct {
	err  error
	wait time.Duration
}

func (r *retryable) Error() string { return r.err.Error() }
func (r *retryable) Unwrap() error { return r.err }

// get fetches u, retrying what is transient. check looks at a reply that
// arrived whole: it returns nil to accept it, a *retryable to try again,
// or another error to give up.
func (c *Client) get(ctx context.Context, u string, check func(reply) error) ([]byte, error) {
	backoff := c.opts.Backoff
	var last error
	for attempt := 1; attempt <= c.opts.Attempts; attempt++ {
		rep, err := c.exchange(ctx, u)
		if err == nil {
			err = check(rep)
			if err == nil {
				return rep.body, nil
			}
		}
		var rt *retryable
		if !errors.As(err, &rt) || ctx.Err() != nil {
			return nil, err
		}
		last = rt.err
		wait := rt.wait
		if wait == 0 {
			wait = backoff
			backoff *= 2
		}
		if wait > c.opts.MaxWait {
			return nil, fmt.Errorf("%w (asked to wait %s, more than %s)", rt.err, wait, c.opts.MaxWait)
		}
		if attempt < c.opts.Attempts {
			c.opts.Log.Warn("wikipedia busy, retrying", "url", redactURL(u), "err", rt.err, "wait", wait, "attempt", attempt)
			c.delay(wait)
		}
	}
	return nil, fmt.Errorf("gave up after %d attempts: %w", c.opts.Attempts, last)
}

// delay makes every caller's next request wait d from now.
func (c *Client) delay(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if t := c.now().Add(d); t.After(c.notBefore) {
		c.notBefore = t
	}
}

// exchange sends one GET when it is our turn and any asked-for wait is
// over, and reads the reply within the size limit, whatever its status.
// Transport failures and timeouts come back as *retryable.
func (c *Client) exchange(ctx context.Context, u string) (reply, error) {
	select {
	case c.turn <- struct{}{}:
	case <-ctx.Done():
		return reply{}, ctx.Err()
	}
	defer func() { <-c.turn }()
	c.mu.Lock()
	wait := c.notBefore.Sub(c.now())
	c.mu.Unlock()
	if err := c.sleep(ctx, wait); err != nil {
		return reply{}, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return reply{}, err
	}
	req.Header.Set("User-Agent", c.opts.UserAgent)
	req.Header.Set("Accept", "application/json")
	res, err := c.http.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return reply{}, ctx.Err()
		}
		// A refused connection or an unknown host means the wiki is not
		// there (no network, a wrong URL): waiting a second will not bring
		// it, and the caller has a cached copy to fall back on.
		if op, ok := errors.AsType[*net.OpError](err); ok && op.Op == "dial" && !op.Timeout() {
			return reply{}, fmt.Errorf("cannot reach %s: %w", c.host(u), stripURL(err))
		}
		return reply{}, &retryable{err: fmt.Errorf("request failed: %w", stripURL(err))}
	}
	defer res.Body.Close()
	body, err := io.ReadAll(io.LimitReader(res.Body, maxReply+1))
	if err != nil {
		if ctx.Err() != nil {
			return reply{}, ctx.Err()
		}
		return reply{}, &retryable{err: fmt.Errorf("reading the reply: %w", stripURL(err))}
	}
	if len(body) > maxReply {
		return reply{}, fmt.Errorf("reply %w", ErrTooLarge)
	}
	return reply{status: res.StatusCode, header: res.Header, body: body}, nil
}

// transient returns a *retryable for a status worth trying again: 429 and
// 503 (busy: Retry-After says how long to wait) and the other 5xx.
func (c *Client) transient(rep reply) error {
	if rep.status == http.StatusTooManyRequests || rep.status >= 500 {
		return &retryable{err: &StatusError{rep.status}, wait: c.retryAfter(rep.header)}
	}
	return nil
}

// retryAfter reads a Retry-After header: seconds, or an HTTP date. It
// returns 0 when there is none, and at least a second when there is one.
func (c *Client) retryAfter(h http.Header) time.Duration {
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0
	}
	if n, err := strconv.ParseInt(v, 10, 64); err == nil && n >= 0 {
		return max(time.Duration(min(n, 1<<30))*time.Second, time.Second)
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(c.now()), time.Second)
	}
	return 0
}

// stripURL drops the request URL from a transport error: the caller names
// the page, and the URL would only repeat the query string.
func stripURL(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

// host is the scheme and host of u, for errors that need not repeat the query.
func (c *Client) host(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return "(unparsable URL)"
	}
	return p.Scheme + "://" + p.Host
}

// redactURL is a URL as it may appear in a log: without credentials.
func redactURL(u string) string {
	p, err := url.Parse(u)
	if err != nil {
		return "(unparsable URL)"
	}
	return p.Redacted()
}

// decode reads a JSON reply, naming it malformed when it is not JSON of
// the expected shape.
func decode(body []byte, v any) error {
	if err := json.Unmarshal(body, v); err != nil {
		return fmt.Errorf("%w: %v", ErrMalformed, err)
	}
	return nil
}
