package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	dg "github.com/bwmarrin/discordgo"

	"factbot/daily"
	"factbot/handlers"
)

// DefaultAPIURL is Discord's REST API base as discordgo v0.29.0 uses it
// (API v9); requests under it are sent to the configured base instead.
const DefaultAPIURL = "https://discord.com/api/v9/"

// Intents: guilds, and guild and direct messages for mentions and DMs.
// Message content is privileged, but Discord delivers it anyway for DMs
// and messages that mention the bot, which is all the bot reads.
const Intents = dg.IntentsGuilds | dg.IntentsGuildMessages | dg.IntentsDirectMessages

// Gateway serves slash commands, autocomplete, buttons, mentions and DMs
// over Discord's gateway, one discordgo session per shard.
type Gateway struct {
	Responder  *Responder
	Token      string // without "Bot "
	APIURL     string // REST base; "" for Discord's
	GuildID    string // register commands in this server only; "" for global
	ShardID    int
	ShardCount int  // 1 when not sharded
	ShardAuto  bool // run Discord's recommended number of shards
	Cooldown   time.Duration
	Log        *slog.Logger
	// RegisterRetry is the backoff of command registration; zero means
	// RegisterBackoff.
	RegisterRetry daily.Backoff

	sessions   []*dg.Session
	register   sync.Once
	registered chan struct{}
	regErr     atomic.Pointer[error] // the last failed registration's error, until one succeeds
	up         []atomic.Bool         // per session: connected (READY or RESUMED seen since the last disconnect)
	ctx        context.Context       // ends at Close: stops registration retries
	stop       context.CancelFunc

	mu       sync.Mutex
	lastText map[string]time.Time // user -> last free-text answer
}

// RegisterBackoff is how command registration retries after a 5xx or a
// network error (discordgo itself waits out 429s): quickly at first for a
// blip, then once a minute.
var RegisterBackoff = daily.Backoff{Initial: time.Second, Max: time.Minute}

// redactor is the Redactor for this gateway's token and API.
func (g *Gateway) redactor() Redactor { return Redactor{Token: g.Token, APIURL: g.APIURL} }

// HTTPClient returns a client that sends Discord REST requests to base
// instead of discord.com: for a REST proxy, and for tests.
func HTTPClient(base string) *http.Client {
	c := &http.Client{Timeout: 20 * time.Second}
	if base == "" || base == DefaultAPIURL {
		return c
	}
	c.Transport = rewrite{base: base, next: http.DefaultTransport}
	return c
}

type rewrite struct {
	base string
	next http.RoundTripper
}

// RoundTrip sends a request for Discord's REST base to the configured one.
func (rw rewrite) RoundTrip(r *http.Request) (*http.Response, error) {
	u := r.URL.String()
	if rest, ok := strings.CutPrefix(u, DefaultAPIURL); ok {
		r = r.Clone(r.Context())
		nu, err := r.URL.Parse(rw.base + rest)
		if err != nil {
			return nil, fmt.Errorf("rewrite %s: %w", u, err)
		}
		r.URL, r.Host = nu, nu.Host
	}
	return rw.next.RoundTrip(r)
}

// NewSession returns a discordgo session for one shard, pointed at the
// configured API.
func (g *Gateway) NewSession(shard, count int) (*dg.Session, error) {
	s, err := dg.New("Bot " + g.Token)
	if err != nil {
		return nil, fmt.Errorf("discord session: %w", err)
	}
	s.Client = HTTPClient(g.APIURL)
	s.Identify.Intents = Intents
	s.ShardID, s.ShardCount = shard, count
	s.LogLevel = dg.LogError
	s.ShouldRetryOnRateLimit = true
	return s, nil
}

// NewEditor returns what sends deferred answers of the HTTP endpoint, by
// editing the interaction's response at the configured API. The
// interaction's webhook needs no bot token; token may be "".
func NewEditor(token, apiURL string) Editor {
	s, _ := dg.New("") // New never fails
	if token != "" {
		s.Token = "Bot " + token
	}
	s.Client = HTTPClient(apiURL)
	return s
}

// Shards returns how many shards to run and which: this process's one, or
// all of Discord's recommendation with SHARD_COUNT=auto.
func (g *Gateway) Shards() (ids []int, count int, err error) {
	if !g.ShardAuto {
		return []int{g.ShardID}, max(g.ShardCount, 1), nil
	}
	s, err := g.NewSession(0, 1)
	if err != nil {
		return nil, 0, err
	}
	gb, err := s.GatewayBot()
	if err != nil {
		return nil, 0, fmt.Errorf("ask Discord for the shard count: %w", g.redactor().Error(err))
	}
	count = max(gb.Shards, 1)
	for i := range count {
		ids = append(ids, i)
	}
	return ids, count, nil
}

// Open connects every shard and registers the commands once. It gives up
// when ctx is done: discordgo's Open has no deadline of its own.
func (g *Gateway) Open(ctx context.Context) error {
	g.registered = make(chan struct{})
	g.lastText = make(map[string]time.Time)
	g.ctx, g.stop = context.WithCancel(context.Background())
	ids, count, err := g.Shards()
	if err != nil {
		return err
	}
	// Every session exists before any opens: event handlers of one shard
	// read g.sessions while the next shard connects.
	for _, id := range ids {
		s, err := g.NewSession(id, count)
		if err != nil {
			return err
		}
		s.AddHandler(g.onReady)
		s.AddHandler(g.onResumed)
		s.AddHandler(g.onDisconnect)
		s.AddHandler(g.onInteraction)
		s.AddHandler(g.onMessage)
		g.sessions = append(g.sessions, s)
	}
	g.up = make([]atomic.Bool, len(g.sessions))
	for i, s := range g.sessions {
		id := ids[i]
		abort := abortableDial(s)
		done := make(chan error, 1)
		go func() { done <- s.Open() }()
		select {
		case err := <-done:
			if err != nil {
				g.Close()
				return fmt.Errorf("connect shard %d/%d: %w", id, count, g.redactor().Error(err))
			}
		case <-ctx.Done():
			abort()
			g.Close()
			return fmt.Errorf("connect shard %d/%d: %w", id, count, ctx.Err())
		}
		g.Log.Info("gateway connected", "shard", id, "shards", count)
	}
	return nil
}

// abortableDial lets a pending s.Open be given up: abort closes the
// gateway socket being opened and fails any later dial. discordgo's Open
// waits for Hello and READY with no deadline, holding the session's lock,
// so Close alone would wait for it too; a closed socket ends the wait.
func abortableDial(s *dg.Session) (abort func()) {
	var (
		mu      sync.Mutex
		conn    net.Conn
		aborted bool
	)
	d := *s.Dialer
	dial := d.NetDialContext
	if dial == nil {
		dial = (&net.Dialer{}).DialContext
	}
	d.NetDialContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
		c, err := dial(ctx, network, addr)
		mu.Lock()
		defer mu.Unlock()
		if err == nil && aborted {
			c.Close()
			return nil, errors.New("gateway connection given up")
		}
		if err == nil {
			conn = c
		}
		return c, err
	}
	s.Dialer = &d
	return func() {
		mu.Lock()
		defer mu.Unlock()
		aborted = true
		if conn != nil {
			conn.Close()
		}
	}
}

// Close disconnects every shard and stops reconnecting.
func (g *Gateway) Close() {
	if g.stop != nil {
		g.stop()
	}
	var wg sync.WaitGroup
	for _, s := range g.sessions {
		s.ShouldReconnectOnError = false
		wg.Add(1)
		go func() { // each Close sleeps a second inside discordgo: close them together
			defer wg.Done()
			if err := s.Close(); err != nil {
				g.Log.Debug("close session", "err", err)
			}
		}()
	}
	wg.Wait()
	for i := range g.up {
		g.up[i].Store(false)
	}
}

// Connected reports whether every shard is connected, for /readyz.
func (g *Gateway) Connected() bool {
	if len(g.sessions) == 0 || len(g.up) < len(g.sessions) {
		return false
	}
	for i := range g.sessions {
		if !g.up[i].Load() {
			return false
		}
	}
	return true
}

// setUp records whether the session of a shard is connected, and reports
// whether it was before.
func (g *Gateway) setUp(s *dg.Session, up bool) (was bool) {
	for i, x := range g.sessions {
		if x == s && i < len(g.up) {
			was = g.up[i].Swap(up)
		}
	}
	return was
}

// Registered is closed once the commands are registered.
func (g *Gateway) Registered() <-chan struct{} { return g.registered }

// Ready reports, for /readyz, why the gateway cannot serve yet: a shard
// not connected, or, in the process that registers them (shard 0's), the
// commands not registered, since until then members cannot use them.
func (g *Gateway) Ready(context.Context) error {
	if !g.Connected() {
		return errors.New("not connected")
	}
	if !g.registers() {
		return nil
	}
	select {
	case <-g.registered:
		return nil
	default:
	}
	if err := g.regErr.Load(); err != nil {
		return fmt.Errorf("commands not registered: %w", *err)
	}
	return errors.New("commands not registered yet")
}

// registers reports whether this process registers the commands: the one
// that runs shard 0.
func (g *Gateway) registers() bool {
	for _, s := range g.sessions {
		if s.ShardID == 0 {
			return true
		}
	}
	return false
}

// Session returns the first shard's session, for REST calls such as posts.
func (g *Gateway) Session() *dg.Session {
	if len(g.sessions) == 0 {
		return nil
	}
	return g.sessions[0]
}

// Owns reports whether a guild's events come to this process's shards,
// by Discord's rule: shard = (guild_id >> 22) % shard_count.
func (g *Gateway) Owns(guildID string) bool {
	if len(g.sessions) == 0 {
		return true
	}
	count := g.sessions[0].ShardCount
	if count <= 1 {
		return true
	}
	var id uint64
	if _, err := fmt.Sscan(guildID, &id); err != nil {
		return false
	}
	shard := int((id >> 22) % uint64(count))
	for _, s := range g.sessions {
		if s.ShardID == shard {
			return true
		}
	}
	return false
}

func (g *Gateway) onReady(s *dg.Session, r *dg.Ready) {
	g.setUp(s, true)
	g.Log.Info("ready", "shard", s.ShardID)
	if s.ShardID != 0 {
		return // one session registers, in one process: shard 0's
	}
	appID := s.State.User.ID
	if r.Application != nil && r.Application.ID != "" {
		appID = r.Application.ID
	}
	g.register.Do(func() { go g.registerCommands(s, appID) })
}

// registerCommands overwrites the commands in one bulk request: the
// registered set is exactly Commands(). Guild-scoped when a guild is
// configured (instant), else global; never both, or members would see
// every command twice. A 5xx or a network error is retried with
// RegisterBackoff until Close; any other refusal is final, and /readyz
// shows it.
func (g *Gateway) registerCommands(s *dg.Session, appID string) {
	scope := "global"
	if g.GuildID != "" {
		scope = "guild " + g.GuildID
	}
	for failures := 1; ; failures++ {
		cmds, err := s.ApplicationCommandBulkOverwrite(appID, g.GuildID, Commands(), dg.WithContext(g.ctx))
		if err == nil {
			g.regErr.Store(nil)
			close(g.registered)
			g.Log.Info("commands registered", "count", len(cmds), "scope", scope)
			return
		}
		if g.ctx.Err() != nil {
			return
		}
		err = g.redactor().Error(err)
		g.regErr.Store(&err)
		if ae, ok := errors.AsType[*APIError](err); ok && ae.Status >= 400 && ae.Status < 500 {
			g.Log.Error("register commands: refused", "scope", scope, "err", err)
			return
		}
		retry := g.RegisterRetry
		if retry.Initial <= 0 {
			retry = RegisterBackoff
		}
		delay := retry.Delay(failures)
		g.Log.Warn("register commands: will retry", "scope", scope, "failures", failures, "retry_in", delay, "err", err)
		select {
		case <-time.After(delay):
		case <-g.ctx.Done():
			return
		}
	}
}

func (g *Gateway) onResumed(s *dg.Session, _ *dg.Resumed) {
	g.setUp(s, true)
	g.Responder.Metrics.reconnect()
	g.Log.Info("gateway resumed", "shard", s.ShardID)
}

// onDisconnect warns of a lost connection. discordgo also reports a
// Disconnect when a first connection fails, or at Close; those are not
// news.
func (g *Gateway) onDisconnect(s *dg.Session, _ *dg.Disconnect) {
	if g.setUp(s, false) && g.ctx.Err() == nil {
		g.Log.Warn("gateway disconnected", "shard", s.ShardID)
	}
}

func (g *Gateway) onInteraction(s *dg.Session, ic *dg.InteractionCreate) {
	if ic.Interaction == nil || ic.ID == "" {
		return // a payload discordgo could not read
	}
	ctx, cancel := context.WithTimeout(context.Background(), dg.InteractionDeadline)
	defer cancel()
	resp, later := g.Responder.Respond(ctx, ic.Interaction)
	// discordgo's InteractionRespond, with the response as Discord reads it.
	endpoint := dg.EndpointInteractionResponse(ic.ID, ic.Token)
	if _, err := s.RequestWithBucketID(http.MethodPost, endpoint, WireResponse(resp), endpoint); err != nil {
		g.Log.Error("respond to interaction", "guild", ic.GuildID, "err", g.redactor().Error(err))
		return
	}
	if later != nil {
		g.Responder.SendLater(s, ic.Interaction, later, g.redactor())
	}
}

// markupRE matches Discord's markup in a message: mentions of members,
// roles and channels, custom emoji and timestamps. The client shows them
// as names and pictures; in a question they are no words (a member's id
// would be read as a number the article lacks).
var markupRE = regexp.MustCompile(`<(?:@[!&]?\d+|#\d+|a?:\w+:\d+|t:-?\d+(?::[a-zA-Z])?)>`)

// plainText returns a member's text without Discord's markup, each
// piece a space.
func plainText(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	return markupRE.ReplaceAllString(s, " ")
}

// onMessage answers a message that mentions the bot, or any DM, as a
// reply. It never answers bots, itself included, and drops (and logs)
// messages from a member inside the cooldown.
func (g *Gateway) onMessage(s *dg.Session, m *dg.MessageCreate) {
	if m.Author == nil || m.Author.Bot || s.State == nil || s.State.User == nil || m.Author.ID == s.State.User.ID {
		return
	}
	me := s.State.User.ID
	mentioned := false
	for _, u := range m.Mentions {
		mentioned = mentioned || (u != nil && u.ID == me)
	}
	if m.GuildID != "" && !mentioned {
		return
	}
	if !g.allow(m.Author.ID, time.Now()) {
		g.Responder.Metrics.dropped()
		g.Log.Info("message dropped by cooldown", "guild", m.GuildID, "user", m.Author.ID)
		return
	}
	text := strings.TrimSpace(plainText(m.Content)) // the bot's own mention with the rest
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	req := handlers.Request{Command: handlers.CmdMessage, Options: map[string]string{"text": text},
		UserID: m.Author.ID, GuildID: m.GuildID, ChannelID: m.ChannelID}
	reply := g.safeHandle(ctx, req)
	ref := &dg.MessageReference{MessageID: m.ID, ChannelID: m.ChannelID, GuildID: m.GuildID}
	ms := MessageSend(reply, g.Responder.title(), ref)
	if _, err := s.ChannelMessageSendComplex(m.ChannelID, ms); err != nil {
		g.Log.Error("reply to message", "guild", m.GuildID, "err", g.redactor().Error(err))
	}
}

// safeHandle runs a free-text request with the same panic and error
// handling as interactions.
func (g *Gateway) safeHandle(ctx context.Context, req handlers.Request) (reply handlers.Reply) {
	start := time.Now()
	outcome := "error"
	defer func() {
		if p := recover(); p != nil {
			g.Log.Error("handler panicked", "command", "message", "panic", fmt.Sprint(p))
			reply, outcome = ErrorReply, "error"
		}
		g.Responder.Metrics.observeAnswer("message", outcome, time.Since(start))
		g.Log.Info("message answered", "guild", req.GuildID, "outcome", outcome, "latency", time.Since(start))
	}()
	return g.Responder.handle(ctx, req, &outcome)
}

// allow applies the per-member cooldown for free text.
func (g *Gateway) allow(user string, now time.Time) bool {
	if g.Cooldown <= 0 {
		return true
	}
	g.mu.Lock()
	defer g.mu.Unlock()
	if last, ok := g.lastText[user]; ok && now.Sub(last) < g.Cooldown {
		return false
	}
	g.lastText[user] = now
	if len(g.lastText) > 10000 { // forget members whose cooldown is over
		for u, t := range g.lastText {
			if now.Sub(t) >= g.Cooldown {
				delete(g.lastText, u)
			}
		}
	}
	return true
}
