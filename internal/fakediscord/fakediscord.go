// Package fakediscord is a loopback fake of Discord's gateway (websocket) and
// REST API v9 that an unmodified discordgo v0.29.0 Session can connect to.
//
// It exists so end-to-end tests can drive a bot the way Discord would — hand
// it READY, interactions and messages over a real websocket — and then assert
// on exactly what the bot sent back, without a network or a real token.
//
// The fake is deliberately strict where real Discord is strict, because a
// lenient fake hides the bugs that only show up in production:
//   - every REST request is recorded verbatim, including request URIs with an
//     empty path segment ("//"), which Go's ServeMux would otherwise silently
//     redirect;
//   - message, embed and autocomplete limits, double acknowledgements,
//     follow-ups before the initial response and malformed command
//     registrations are rejected with Discord's error bodies and listed by
//     [Server.Violations], so a test can assert that a correct bot caused none;
//   - gateway events are routed to shards the way Discord routes them, and
//     MESSAGE_CREATE honours the GUILD_MESSAGES, DIRECT_MESSAGES and
//     MESSAGE_CONTENT intents.
//
// Faults can be injected on both sides: op 7, op 9 and close codes on the
// gateway; canned error responses (429, 5xx, 403, 404) on REST routes.
// Gateway faults that make discordgo reconnect (op 7, closes) are held until
// the connection has sent its first heartbeat: discordgo v0.29.0 starts its
// heartbeat goroutine at the end of Open, and if the socket goes away before
// that goroutine's first write, both it and the listen goroutine reconnect
// and the second one closes the freshly resumed connection. Discord never
// disrupts a connection that young, so waiting costs no realism.
//
// A bot reaches the fake by redirecting https://discord.com/api/v9/ to
// [Server.APIURL] (see [Server.HTTPClient]); the websocket URL comes from the
// fake's GET /api/v9/gateway answer. Typical use:
//
//	srv, err := fakediscord.Start(fakediscord.Options{Guilds: []string{guildID}})
//	if err != nil {
//		t.Fatal(err)
//	}
//	t.Cleanup(srv.Close) // register first so it runs after the bot has stopped
//	// ... start the bot with DISCORD_API_URL=srv.APIURL() ...
//	if err := srv.WaitReady(ctx, 1); err != nil {
//		t.Fatal(err)
//	}
//	ix, err := srv.DispatchCommand(fakediscord.Invocation{GuildID: guildID}, "fact")
//	reply, err := srv.WaitReply(ctx, ix)
//
// Everything is safe for concurrent use; tests run with -race.
package fakediscord

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// Defaults used when the corresponding [Options] field or event field is
// empty. They are valid snowflakes so that shard routing and discordgo's
// parsing treat them like real IDs.
const (
	// DefaultToken is the bot token the fake accepts unless Options.Token is set.
	DefaultToken = "fake-token"
	// DefaultBotUserID is the bot's user ID, and the application ID too.
	DefaultBotUserID = "1000000000000000001"
	// DefaultBotUsername is the bot's username.
	DefaultBotUsername = "factbot"
	// DefaultUserID is the ID of the human who triggers events.
	DefaultUserID = "2000000000000000002"
	// DefaultUsername is the username of the human who triggers events.
	DefaultUsername = "alice"
	// DefaultChannelID is the guild text channel events happen in.
	DefaultChannelID = "3000000000000000003"
	// DefaultDMChannelID is the DM channel between DefaultUserID and the bot.
	DefaultDMChannelID = "3000000000000000004"
	// DefaultPermissions is the permission bit set sent as member.permissions
	// and app_permissions: 2^31-1, the low 31 bits, Administrator (8)
	// included, so permission checks pass unless a test narrows them.
	DefaultPermissions = "2147483647"
	// DefaultLocale is the invoking user's locale.
	DefaultLocale = "en-US"
)

// apiPrefix is the path every REST route lives under: discordgo v0.29.0
// speaks API v9 (endpoints.go:17), so a bot that drifts to another version is
// answered with the catch-all 404 instead of silently working.
const apiPrefix = "/api/v9/"

// Options configures a [Server]. The zero value is usable; every field
// documents its default.
type Options struct {
	// Token is the bot token the fake accepts, without the "Bot " prefix.
	// REST routes other than interaction callbacks, webhooks and GET /gateway
	// require the header "Authorization: Bot <Token>"; Identify and Resume
	// must carry it too. Default DefaultToken.
	Token string

	// BotUserID and BotUsername describe the bot's own user: READY.user,
	// GET /users/@me and the author of every message the bot creates.
	// Defaults DefaultBotUserID and DefaultBotUsername.
	BotUserID   string
	BotUsername string

	// ApplicationID is READY.application.id and the only application whose
	// commands and interaction webhooks the fake serves. Default BotUserID,
	// since Discord gives bot applications the bot user's ID.
	ApplicationID string

	// Shards is the shard count GET /gateway/bot recommends. It does not
	// constrain what a client identifies with. Default 1.
	Shards int

	// HeartbeatInterval is sent in Hello. Default 41.25 s, Discord's usual
	// value. Durations under a millisecond are rounded up to 1 ms because
	// discordgo panics on a zero interval.
	HeartbeatInterval time.Duration

	// Guilds are the guilds the bot is in. Each session's READY lists the
	// ones on its shard as unavailable stubs, followed by a GUILD_CREATE for
	// each (if the session asked for the GUILDS intent), as Discord does.
	Guilds []string

	// NonceWindow is how long a message nonce sent with enforce_nonce: true
	// stays unique within a channel; Discord documents "the past few
	// minutes". Default 5 minutes.
	NonceWindow time.Duration

	// InteractionDeadline, when positive, makes the fake answer an initial
	// interaction response that arrives later than this after dispatch with
	// 404 Unknown interaction, as Discord does after 3 s. Default 0, no
	// deadline, because -race and loaded CI machines make tight deadlines
	// flaky; set it in tests that are about timing.
	InteractionDeadline time.Duration

	// DisallowedIntents are intent bits not enabled for the application.
	// Identifying with any of them closes the connection with 4014
	// "Disallowed intent(s)", as Discord does for privileged intents that
	// were not switched on in the developer portal. Default 0.
	DisallowedIntents int

	// EchoAuthorization makes the fake behave like a careless proxy in
	// front of Discord that quotes the credentials it received in its
	// errors: every REST error response (4xx and 5xx, injected faults
	// included) gets the request's Authorization header appended to its
	// "message", and the gateway's 4004 close for a wrong token quotes
	// that token. Tests use it to check that no secret reaches a log, the
	// store or a member. Default false.
	EchoAuthorization bool

	// Logf, if set, receives one line per notable event: connections,
	// identifies, resumes, rejected and unknown requests. t.Logf is the
	// intended value; Close the server before the test ends.
	Logf func(format string, args ...any)
}

// withDefaults returns o with every empty field set to its documented default.
func (o Options) withDefaults() Options {
	if o.Token == "" {
		o.Token = DefaultToken
	}
	if o.BotUserID == "" {
		o.BotUserID = DefaultBotUserID
	}
	if o.BotUsername == "" {
		o.BotUsername = DefaultBotUsername
	}
	if o.ApplicationID == "" {
		o.ApplicationID = o.BotUserID
	}
	if o.Shards < 1 {
		o.Shards = 1
	}
	if o.HeartbeatInterval <= 0 {
		o.HeartbeatInterval = 41250 * time.Millisecond
	}
	if o.HeartbeatInterval < time.Millisecond {
		o.HeartbeatInterval = time.Millisecond
	}
	if o.NonceWindow <= 0 {
		o.NonceWindow = 5 * time.Minute
	}
	o.Guilds = append([]string(nil), o.Guilds...)
	return o
}

// ErrClosed is returned by waiting helpers and event dispatchers once the
// server has been closed, so no test blocks on a fake that cannot answer.
var ErrClosed = errors.New("fakediscord: server closed")

// Server is a running fake. Create it with [Start] and stop it with
// [Server.Close].
type Server struct {
	opts      Options
	base      string // "http://127.0.0.1:PORT"
	hs        *http.Server
	mux       *http.ServeMux
	transport *http.Transport
	upgrader  websocket.Upgrader
	ids       idGen

	// handlers counts running HTTP handlers (websocket ones included) so
	// Close can wait for them; enter/leave keep Add from racing with Wait.
	handlers  sync.WaitGroup
	served    chan struct{} // closed when the Serve goroutine has returned
	closeOnce sync.Once

	mu      sync.Mutex
	closed  bool
	changed chan struct{} // closed and replaced on every state change

	rest    restState
	gateway gatewayState
}

// Start listens on an ephemeral loopback port and serves the fake until
// [Server.Close]. Loopback matters: gorilla's dialer consults proxy settings
// from the environment, and 127.0.0.1 is never proxied.
func Start(opts Options) (*Server, error) {
	for _, g := range opts.Guilds {
		// Shard routing needs the number; a typo would silently drop the
		// guild from every READY.
		if _, err := strconv.ParseUint(g, 10, 64); err != nil {
			return nil, fmt.Errorf("fakediscord: guild ID %q is not a snowflake", g)
		}
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("fakediscord: listen: %w", err)
	}
	s := &Server{
		opts:    opts.withDefaults(),
		base:    "http://" + ln.Addr().String(),
		changed: make(chan struct{}),
		served:  make(chan struct{}),
		transport: &http.Transport{
			Proxy:               nil, // the fake is local; never send its traffic through a proxy
			MaxIdleConnsPerHost: 16,
			IdleConnTimeout:     30 * time.Second,
		},
		upgrader: websocket.Upgrader{
			// discordgo sends no Origin header; a test client might.
			CheckOrigin: func(*http.Request) bool { return true },
		},
	}
	s.rest.init()
	s.gateway.init()
	s.mux = s.routes()
	s.hs = &http.Server{
		Handler:           http.HandlerFunc(s.serveHTTP),
		ReadHeaderTimeout: 10 * time.Second,
		// Connection-level noise (clients hanging up) is expected in tests.
		ErrorLog: log.New(io.Discard, "", 0),
	}
	go func() {
		defer close(s.served)
		_ = s.hs.Serve(ln) // returns ErrServerClosed once Close runs
	}()
	return s, nil
}

// Close closes every gateway connection and the listener, and waits for all
// handlers to return. Stop bots first: a discordgo session whose socket the
// fake closes starts an endless reconnect loop. Close is idempotent.
func (s *Server) Close() {
	s.closeOnce.Do(func() {
		s.mu.Lock()
		s.closed = true
		conns := s.gateway.connList()
		s.notifyLocked()
		s.mu.Unlock()

		_ = s.hs.Close() // listener plus every connection not hijacked for websockets
		for _, c := range conns {
			c.closeWith(websocket.CloseGoingAway, "fakediscord shutting down")
		}
		s.handlers.Wait()
		<-s.served
		s.transport.CloseIdleConnections()
	})
}

// URL is the fake's base URL, "http://127.0.0.1:PORT".
func (s *Server) URL() string { return s.base }

// APIURL is the REST base a bot should use instead of
// "https://discord.com/api/v9/": "http://127.0.0.1:PORT/api/v9/".
func (s *Server) APIURL() string { return s.base + apiPrefix }

// GatewayURL is the websocket URL GET /api/v9/gateway returns,
// "ws://127.0.0.1:PORT/ws"; discordgo appends "/?v=9&encoding=json".
func (s *Server) GatewayURL() string { return "ws" + strings.TrimPrefix(s.base, "http") + "/ws" }

// Token is the bot token the fake accepts, without the "Bot " prefix.
func (s *Server) Token() string { return s.opts.Token }

// ApplicationID is the application ID sent in READY.
func (s *Server) ApplicationID() string { return s.opts.ApplicationID }

// BotUser is the bot's own user as sent in READY.
func (s *Server) BotUser() User {
	return User{ID: s.opts.BotUserID, Username: s.opts.BotUsername, Bot: true}
}

// Transport returns a RoundTripper that sends requests for discord.com to the
// fake, keeping the path, so the fake sees exactly what Discord would. It
// refuses every other host, so a test can never reach the real network by
// accident.
func (s *Server) Transport() http.RoundTripper { return redirectTransport{s: s} }

// HTTPClient returns a client using [Server.Transport], ready to assign to
// discordgo's Session.Client.
func (s *Server) HTTPClient() *http.Client {
	return &http.Client{Transport: s.Transport(), Timeout: 10 * time.Second}
}

// redirectTransport rewrites https://discord.com/... to the fake.
type redirectTransport struct{ s *Server }

// RoundTrip implements http.RoundTripper.
func (rt redirectTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	host := strings.TrimPrefix(rt.s.base, "http://")
	switch r.URL.Host {
	case "discord.com", "discordapp.com":
	case host:
		return rt.s.transport.RoundTrip(r)
	default:
		if r.Body != nil {
			_ = r.Body.Close() // RoundTrippers must close the body, even on error
		}
		return nil, fmt.Errorf("fakediscord: refusing request to %s: only discord.com is redirected to the fake", r.URL.Redacted())
	}
	r = r.Clone(r.Context())
	r.URL.Scheme, r.URL.Host, r.Host = "http", host, host
	return rt.s.transport.RoundTrip(r)
}

// enter registers a running handler unless the server is closed. Taking mu
// here means no WaitGroup.Add can happen once Close has started waiting.
func (s *Server) enter() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return false
	}
	s.handlers.Add(1)
	return true
}

// serveHTTP is the top-level handler. It sits in front of the ServeMux so
// the websocket path and malformed URIs never reach the mux's path cleaning.
func (s *Server) serveHTTP(w http.ResponseWriter, r *http.Request) {
	if !s.enter() {
		http.Error(w, "fakediscord: closed", http.StatusServiceUnavailable)
		return
	}
	defer s.handlers.Done()
	if r.URL.Path == "/ws" || r.URL.Path == "/ws/" {
		s.serveGateway(w, r)
		return
	}
	s.serveREST(w, r)
}

// logf forwards to Options.Logf when set.
func (s *Server) logf(format string, args ...any) {
	if s.opts.Logf != nil {
		s.opts.Logf("fakediscord: "+format, args...)
	}
}

// notifyLocked wakes every waiter; callers hold s.mu.
func (s *Server) notifyLocked() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// waitFor blocks until cond, evaluated under s.mu, holds. It returns
// ErrClosed once the server is closed and the context's error (with what
// describe says) when ctx ends, so no test ever blocks forever.
func (s *Server) waitFor(ctx context.Context, cond func() bool, describe func() string) error {
	for {
		s.mu.Lock()
		ok, closed, ch := cond(), s.closed, s.changed
		s.mu.Unlock()
		switch {
		case ok:
			return nil
		case closed:
			return ErrClosed
		}
		select {
		case <-ch:
		case <-ctx.Done():
			s.mu.Lock()
			msg := describe()
			s.mu.Unlock()
			return fmt.Errorf("fakediscord: %s: %w", msg, ctx.Err())
		}
	}
}

// discordEpoch is the first millisecond of 2015, the origin of snowflakes.
const discordEpoch = 1420070400000

// idGen hands out increasing snowflakes, so IDs the fake invents sort by
// creation time like Discord's and carry plausible shard bits.
type idGen struct {
	mu   sync.Mutex
	last uint64
}

// next returns a new snowflake, strictly greater than the previous one.
func (g *idGen) next() string {
	id := uint64(time.Now().UnixMilli()-discordEpoch) << 22
	g.mu.Lock()
	if id <= g.last {
		id = g.last + 1
	}
	g.last = id
	g.mu.Unlock()
	return strconv.FormatUint(id, 10)
}

// randomToken returns an unguessable URL-safe string for interaction tokens
// and session IDs; uniqueness is what tests rely on.
func randomToken() string { return strings.ToLower(rand.Text()) }

// discordTime formats t the way Discord does, which discordgo parses as
// RFC 3339.
func discordTime(t time.Time) string {
	return t.UTC().Format("2006-01-02T15:04:05.000000+00:00")
}
