package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/gorilla/websocket"

	"factbot/facts"
	"factbot/handlers"
	"factbot/internal/fakediscord"
)

// End-to-end tests: a Gateway with an unmodified discordgo session talks
// to the loopback fake of Discord, and the tests play the members and
// read what the bot sent. Each bot pays discordgo's one-second sleep in
// Session.Close, so the tests run in parallel and share a bot where their
// state (cooldowns, injected faults) cannot collide.

// e2eGuild is the server of the e2e tests: a valid snowflake, so the fake
// routes its events.
const e2eGuild = "444444444444444444"

// e2eWait bounds every wait of a test: generous for -race on a loaded
// machine, and still far below the go test timeout.
const e2eWait = 10 * time.Second

// e2eBase is the article, parsed once for all e2e tests; a Base is
// read-only after Load.
var e2eBase = sync.OnceValues(func() (*facts.Base, error) { return facts.Load(facts.DefaultArticle) })

func e2eLoadBase(t testing.TB) *facts.Base {
	t.Helper()
	base, err := e2eBase()
	if err != nil {
		t.Fatal(err)
	}
	return base
}

// e2eLog is a log sink that is safe for the bot's goroutines and is shown
// only when a test fails: t.Log from a discordgo goroutine after the test
// ended would panic.
type e2eLog struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (l *e2eLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *e2eLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

// e2eConfig says how to build a bot for a test.
type e2eConfig struct {
	guildID  string        // Gateway.GuildID: "" registers globally
	cooldown time.Duration // Gateway.Cooldown
	daily    handlers.Subscriptions
	fake     fakediscord.Options // Guilds defaults to e2eGuild
	// setup, if set, runs before the bot connects: to queue faults, or to
	// change the Gateway.
	setup func(*fakediscord.Server, *Gateway)
}

// e2eBot is a connected Gateway with its own fake Discord.
type e2eBot struct {
	srv     *fakediscord.Server
	gw      *Gateway
	metrics *Metrics
	log     *e2eLog
}

// startE2E starts a fake, connects a Gateway to it and waits until the
// commands are registered. Cleanups close the bot, check the fake saw no
// request Discord would have refused, print the bot's log if the test
// failed, and close the fake, in that order.
func startE2E(t *testing.T, cfg e2eConfig) *e2eBot {
	t.Helper()
	base := e2eLoadBase(t)
	if cfg.fake.Guilds == nil {
		cfg.fake.Guilds = []string{e2eGuild}
	}
	srv, err := fakediscord.Start(cfg.fake)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Close)
	b := &e2eBot{srv: srv, metrics: NewMetrics(), log: &e2eLog{}}
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("bot log:\n%s", b.log.String())
		}
	})
	t.Cleanup(func() { e2eNoViolations(t, srv) })
	logger := slog.New(slog.NewTextHandler(b.log, &slog.HandlerOptions{Level: slog.LevelDebug}))
	h := withBase(base, &handlers.Handler{Version: "e2e", Daily: cfg.daily, Log: logger})
	b.gw = &Gateway{
		Responder: &Responder{Handler: h, Log: logger, Metrics: b.metrics},
		Token:     srv.Token(),
		APIURL:    srv.APIURL(),
		GuildID:   cfg.guildID,
		Cooldown:  cfg.cooldown,
		Log:       logger,
	}
	if cfg.setup != nil {
		cfg.setup(srv, b.gw)
	}
	ctx := e2eContext(t)
	if err := b.gw.Open(ctx); err != nil {
		t.Fatalf("Gateway.Open: %v", err)
	}
	t.Cleanup(b.gw.Close)
	select {
	case <-b.gw.Registered():
	case <-ctx.Done():
		t.Fatal("commands were not registered")
	}
	return b
}

// e2eContext is a context for one test's waits, cancelled when it ends.
func e2eContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), e2eWait)
	t.Cleanup(cancel)
	return ctx
}

// e2eNoViolations fails the test for every request the fake refused
// because Discord would have refused it too.
func e2eNoViolations(t *testing.T, srv *fakediscord.Server) {
	t.Helper()
	for _, v := range srv.Violations() {
		t.Errorf("Discord would refuse: %v", v)
	}
}

// command dispatches a slash command and waits for the bot's accepted
// initial response.
func (b *e2eBot) command(t *testing.T, in fakediscord.Invocation, name string, opts ...fakediscord.CommandOption) fakediscord.Callback {
	t.Helper()
	ix, err := b.srv.DispatchCommand(in, name, opts...)
	if err != nil {
		t.Fatalf("dispatch /%s: %v", name, err)
	}
	return e2eCallback(t, b.srv, ix)
}

func e2eCallback(t *testing.T, srv *fakediscord.Server, ix fakediscord.Interaction) fakediscord.Callback {
	t.Helper()
	cb, err := srv.WaitCallback(e2eContext(t), ix)
	if err != nil {
		t.Fatal(err)
	}
	return cb
}

// e2eEmbed returns the only embed of a type-4 callback.
func e2eEmbed(t *testing.T, cb fakediscord.Callback) fakediscord.Embed {
	t.Helper()
	if cb.Type != 4 || cb.Message == nil {
		t.Fatalf("callback type %d, message %v; want 4 with a message (body %s)", cb.Type, cb.Message != nil, cb.Request.Body)
	}
	if len(cb.Message.Embeds) != 1 {
		t.Fatalf("callback has %d embeds; want 1 (body %s)", len(cb.Message.Embeds), cb.Request.Body)
	}
	return cb.Message.Embeds[0]
}

// e2eText is everything a member reads in an embed.
func e2eText(e fakediscord.Embed) string {
	parts := []string{e.Title, e.Description}
	for _, f := range e.Fields {
		parts = append(parts, f.Name, f.Value)
	}
	if e.Footer != nil {
		parts = append(parts, e.Footer.Text)
	}
	return strings.Join(parts, "\n")
}

// e2eNoPings checks every allowed_mentions object in a request body: each
// must carry an explicit empty parse list (null would let Discord apply
// its defaults), name no users or roles and not ping the replied-to
// author. The body must have at least one.
func e2eNoPings(t *testing.T, body []byte) {
	t.Helper()
	var v any
	if err := json.Unmarshal(body, &v); err != nil {
		t.Fatalf("body is not JSON: %v: %s", err, body)
	}
	found := 0
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case []any:
			for _, x := range v {
				walk(x)
			}
		case map[string]any:
			for k, x := range v {
				if k != "allowed_mentions" {
					walk(x)
					continue
				}
				found++
				am, ok := x.(map[string]any)
				if !ok {
					t.Errorf("allowed_mentions = %v; want an object", x)
					continue
				}
				parse, ok := am["parse"].([]any)
				if !ok || len(parse) != 0 {
					t.Errorf("allowed_mentions.parse = %v; want []", am["parse"])
				}
				for _, p := range parse {
					if p == "everyone" {
						t.Errorf("allowed_mentions.parse includes everyone")
					}
				}
				for _, key := range []string{"users", "roles"} {
					if l, ok := am[key].([]any); ok && len(l) > 0 {
						t.Errorf("allowed_mentions.%s = %v; want none", key, l)
					}
				}
				if ru, ok := am["replied_user"]; ok && ru != false {
					t.Errorf("allowed_mentions.replied_user = %v; want false or absent", ru)
				}
			}
		}
	}
	walk(v)
	if found == 0 {
		t.Errorf("body has no allowed_mentions: %s", body)
	}
}

// e2eButtons returns the custom_ids of a message's buttons, in order.
func e2eButtons(t *testing.T, raw json.RawMessage) []string {
	t.Helper()
	if len(raw) == 0 || string(raw) == "null" {
		return nil
	}
	var rows []struct {
		Type       int `json:"type"`
		Components []struct {
			Type     int    `json:"type"`
			Label    string `json:"label"`
			CustomID string `json:"custom_id"`
		} `json:"components"`
	}
	if err := json.Unmarshal(raw, &rows); err != nil {
		t.Fatalf("components: %v: %s", err, raw)
	}
	var ids []string
	for _, r := range rows {
		for _, c := range r.Components {
			if c.Type == 2 {
				ids = append(ids, c.CustomID)
			}
		}
	}
	return ids
}

// e2eMessageBody is the part of a channel message request the tests read.
type e2eMessageBody struct {
	Embeds           []fakediscord.Embed `json:"embeds"`
	MessageReference *struct {
		MessageID string `json:"message_id"`
		ChannelID string `json:"channel_id"`
	} `json:"message_reference"`
	Nonce        string `json:"nonce"`
	EnforceNonce bool   `json:"enforce_nonce"`
}

// e2eMessagePost reports whether r is an accepted channel message.
func e2eMessagePost(r fakediscord.Request) bool {
	return fakediscord.Matching(http.MethodPost, "channels/{id}/messages")(r) && r.Status == http.StatusOK
}

// e2eRepliesTo returns the accepted channel messages that reply to
// message id.
func e2eRepliesTo(srv *fakediscord.Server, id string) []fakediscord.Request {
	var out []fakediscord.Request
	for _, r := range srv.Requests() {
		var m e2eMessageBody
		if e2eMessagePost(r) && r.JSON(&m) == nil && m.MessageReference != nil && m.MessageReference.MessageID == id {
			out = append(out, r)
		}
	}
	return out
}

// e2eWaitReplyTo waits for the bot's reply to message id.
func e2eWaitReplyTo(t *testing.T, srv *fakediscord.Server, id string) (fakediscord.Request, e2eMessageBody) {
	t.Helper()
	var m e2eMessageBody
	r, err := srv.WaitRequest(e2eContext(t), func(r fakediscord.Request) bool {
		m = e2eMessageBody{}
		return e2eMessagePost(r) && r.JSON(&m) == nil && m.MessageReference != nil && m.MessageReference.MessageID == id
	})
	if err != nil {
		t.Fatalf("no reply to message %s: %v", id, err)
	}
	return r, m
}

// e2eEventually polls cond until it holds or the test's wait runs out,
// for state the bot changes without telling anyone (metrics, readiness).
func e2eEventually(t *testing.T, what string, cond func() bool) {
	t.Helper()
	ctx := e2eContext(t)
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	for !cond() {
		select {
		case <-ctx.Done():
			t.Fatalf("timed out waiting for %s", what)
		case <-tick.C:
		}
	}
}

// e2eCounter sums a counter family of the bot's metrics.
func e2eCounter(t *testing.T, m *Metrics, name string) float64 {
	t.Helper()
	fams, err := m.Registry.Gather()
	if err != nil {
		t.Fatal(err)
	}
	sum := 0.0
	for _, f := range fams {
		if f.GetName() == name {
			for _, mt := range f.GetMetric() {
				sum += mt.GetCounter().GetValue()
			}
		}
	}
	return sum
}

// e2eCountRequests counts recorded requests matching method and pattern.
func e2eCountRequests(srv *fakediscord.Server, method, pattern string) (n int) {
	match := fakediscord.Matching(method, pattern)
	for _, r := range srv.Requests() {
		if match(r) {
			n++
		}
	}
	return n
}

// e2eOption is a command option as the bot registers it.
type e2eOption struct {
	Name         string      `json:"name"`
	Type         int         `json:"type"`
	Autocomplete bool        `json:"autocomplete"`
	Options      []e2eOption `json:"options"`
}

// e2eRegistered is a command as the bot sent it in the bulk overwrite.
type e2eRegistered struct {
	Name                     string      `json:"name"`
	DefaultMemberPermissions *string     `json:"default_member_permissions"`
	DMPermission             *bool       `json:"dm_permission"`
	Options                  []e2eOption `json:"options"`
}

// TestGatewayRegistration checks the one bulk overwrite at start-up: in the
// configured guild only, or globally only, never both, with the commands'
// autocomplete and permission settings as Discord needs them; and that a
// re-identify (op 9) does not register again.
func TestGatewayRegistration(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		guildID string
		path    string // of the PUT, below /api/v9/applications/{app}/
	}{
		{"guild", e2eGuild, "guilds/" + e2eGuild + "/commands"},
		{"global", "", "commands"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			b := startE2E(t, e2eConfig{guildID: tt.guildID})
			srv := b.srv

			// A new session on the same process must not register again.
			if err := srv.InvalidateSession(0); err != nil {
				t.Fatal(err)
			}
			if err := srv.WaitReady(e2eContext(t), 2); err != nil {
				t.Fatal(err)
			}
			// Nothing signals that the second READY's handler is done, but
			// it starts before these commands' handlers do, and a PUT it
			// sent would be recorded well before three answers in a row.
			for range 3 {
				e2eEmbed(t, b.command(t, fakediscord.Invocation{GuildID: e2eGuild}, "about"))
			}

			var puts []fakediscord.Request
			for _, r := range srv.Requests() {
				if r.Method == http.MethodPut {
					puts = append(puts, r)
				}
			}
			if len(puts) != 1 {
				t.Fatalf("bulk overwrites = %v; want exactly 1", puts)
			}
			if want := "/api/v9/applications/" + srv.ApplicationID() + "/" + tt.path; puts[0].Path != want || puts[0].Status != http.StatusOK {
				t.Errorf("bulk overwrite = %v; want PUT %s answered 200", puts[0], want)
			}

			global, guild := srv.GlobalCommands(), srv.GuildCommands(e2eGuild)
			if tt.guildID != "" {
				if len(global) != 0 || len(guild) != 5 || !slices.Equal(srv.CommandGuilds(), []string{e2eGuild}) {
					t.Errorf("global %d, guild %d, guilds with commands %v; want 0, 5, [%s]", len(global), len(guild), srv.CommandGuilds(), e2eGuild)
				}
			} else if len(global) != 5 || len(srv.CommandGuilds()) != 0 {
				t.Errorf("global %d, guilds with commands %v; want 5 and none", len(global), srv.CommandGuilds())
			}

			var cmds []e2eRegistered
			if err := puts[0].JSON(&cmds); err != nil {
				t.Fatal(err)
			}
			byName := map[string]e2eRegistered{}
			for _, c := range cmds {
				byName[c.Name] = c
			}
			var names []string
			for n := range byName {
				names = append(names, n)
			}
			slices.Sort(names)
			if want := []string{"about", "ask", "daily", "fact", "onthisday"}; len(cmds) != 5 || !slices.Equal(names, want) {
				t.Fatalf("registered %d commands %v; want %v", len(cmds), names, want)
			}
			fact := byName["fact"]
			if len(fact.Options) != 2 || fact.Options[0].Name != "topic" || !fact.Options[0].Autocomplete ||
				fact.Options[1].Name != "article" || !fact.Options[1].Autocomplete {
				t.Errorf("/fact options = %+v; want topic and article, with autocomplete", fact.Options)
			}
			dly := byName["daily"]
			if dly.DefaultMemberPermissions == nil || *dly.DefaultMemberPermissions != "32" {
				t.Errorf("/daily default_member_permissions = %v; want \"32\" (Manage Server)", e2eDeref(dly.DefaultMemberPermissions))
			}
			if dly.DMPermission == nil || *dly.DMPermission {
				t.Errorf("/daily dm_permission = %v; want false", e2eDeref(dly.DMPermission))
			}
			tzAuto := false
			for _, sub := range dly.Options {
				for _, o := range sub.Options {
					tzAuto = tzAuto || (sub.Name == "subscribe" && o.Name == "timezone" && o.Autocomplete)
				}
			}
			if !tzAuto {
				t.Errorf("/daily subscribe timezone has no autocomplete: %+v", dly.Options)
			}
		})
	}
}

func e2eDeref[T any](p *T) any {
	if p == nil {
		return "absent"
	}
	return *p
}

// e2eWikiLink is a markdown link into the article, capturing its URL.
var e2eWikiLink = regexp.MustCompile(`\[[^\]]+\]\((https://en\.wikipedia\.org/wiki/Albania%E2%80%93Israel_relations[^)\s]*)\)`)

// e2ePanickyDaily is a /daily store that fails the hard way.
type e2ePanickyDaily struct{}

func (e2ePanickyDaily) Subscribe(context.Context, string, string, int, int, string) (handlers.DailyStatus, error) {
	panic("e2e: subscribe exploded")
}
func (e2ePanickyDaily) Unsubscribe(context.Context, string) (bool, error) {
	panic("e2e: unsubscribe exploded")
}
func (e2ePanickyDaily) Status(context.Context, string) (handlers.DailyStatus, bool, error) {
	panic("e2e: status exploded")
}

// TestGatewayConversation plays members talking to one bot: commands,
// autocomplete, buttons, mentions and DMs. Every subtest uses its own
// member, so the one-minute cooldown only bites where it is tested.
func TestGatewayConversation(t *testing.T) {
	t.Parallel()
	b := startE2E(t, e2eConfig{cooldown: time.Minute, daily: e2ePanickyDaily{}})
	srv := b.srv
	bot := srv.BotUser()
	member := func(n int) fakediscord.User {
		return fakediscord.User{ID: fmt.Sprintf("20000000000000001%02d", n), Username: fmt.Sprintf("member%d", n)}
	}
	inGuild := func(n int) fakediscord.Invocation {
		return fakediscord.Invocation{GuildID: e2eGuild, User: member(n)}
	}

	t.Run("fact", func(t *testing.T) {
		t.Parallel()
		cb := b.command(t, inGuild(1), "fact", fakediscord.CommandOption{Name: "topic", Value: "embassy"})
		e := e2eEmbed(t, cb)
		if cb.Flags&64 != 0 {
			t.Error("an answer is ephemeral; want it public")
		}
		if e.Title == "" || !strings.Contains(e.Description, "Tel Aviv") || !strings.Contains(e.Description, "Tirana") {
			t.Errorf("embed title %q description %q; want a title and the embassies in Tel Aviv and Tirana", e.Title, e.Description)
		}
		var source *fakediscord.EmbedField
		for i := range e.Fields {
			if e.Fields[i].Name == "Source: Albania–Israel relations" {
				source = &e.Fields[i]
			}
		}
		if source == nil {
			t.Fatalf("no Source field in %+v", e.Fields)
		}
		links := e2eWikiLink.FindAllStringSubmatch(source.Value, -1)
		anchored := slices.ContainsFunc(links, func(m []string) bool { return strings.Contains(m[1], "#") })
		if len(links) == 0 || !anchored {
			t.Errorf("Source = %q; want markdown links to the article, one to a section (#…)", source.Value)
		}
		if e.Footer == nil || !strings.Contains(e.Footer.Text, "CC BY-SA 4.0") {
			t.Errorf("footer = %+v; want the CC BY-SA 4.0 attribution", e.Footer)
		}
		if !bytes.Contains(cb.Request.Body, []byte(`"allowed_mentions":{"parse":[]`)) {
			t.Errorf("callback body lacks \"allowed_mentions\":{\"parse\":[]: %s", cb.Request.Body)
		}
		e2eNoPings(t, cb.Request.Body)
	})

	t.Run("autocomplete", func(t *testing.T) {
		t.Parallel()
		tests := []struct {
			name    string
			command string
			opt     fakediscord.CommandOption
			min     int // choices at least
			max     int // and at most
			want    string
		}{
			{"fact emb", "fact", fakediscord.CommandOption{Name: "topic", Value: "emb", Focused: true}, 1, 25, "embassy"},
			{"fact empty", "fact", fakediscord.CommandOption{Name: "topic", Value: "", Focused: true}, 25, 25, ""},
			{"daily timezone", "daily", fakediscord.CommandOption{Name: "subscribe", Options: []fakediscord.CommandOption{
				{Name: "timezone", Value: "jeru", Focused: true}}}, 1, 25, "Asia/Jerusalem"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				t.Parallel()
				ix, err := srv.DispatchAutocomplete(inGuild(2), tt.command, tt.opt)
				if err != nil {
					t.Fatal(err)
				}
				cb := e2eCallback(t, srv, ix)
				if cb.Type != 8 {
					t.Fatalf("callback type %d; want 8", cb.Type)
				}
				if n := len(cb.Choices); n < tt.min || n > tt.max {
					t.Errorf("%d choices; want %d to %d", n, tt.min, tt.max)
				}
				seen := map[string]bool{}
				for _, c := range cb.Choices {
					if n := utf8.RuneCountInString(c.Name); n < 1 || n > 100 {
						t.Errorf("choice name %q has %d characters; want 1 to 100", c.Name, n)
					}
					if seen[c.Name] {
						t.Errorf("choice %q offered twice", c.Name)
					}
					seen[c.Name] = true
				}
				if tt.want != "" && !seen[tt.want] {
					t.Errorf("choices %v lack %q", cb.Choices, tt.want)
				}
			})
		}
	})

	t.Run("ask declined, then a suggestion button", func(t *testing.T) {
		t.Parallel()
		cb := b.command(t, inGuild(3), "ask", fakediscord.CommandOption{Name: "question", Value: "When did Albania join NATO?"})
		e := e2eEmbed(t, cb)
		if cb.Flags&64 == 0 || !strings.Contains(e.Description, "does not cover") {
			t.Errorf("off-topic answer flags %d, %q; want an ephemeral decline", cb.Flags, e.Description)
		}
		if ids := e2eButtons(t, cb.Message.Components); len(ids) != 0 {
			t.Errorf("decline without suggestions has buttons %v", ids)
		}

		cb = b.command(t, inGuild(3), "ask", fakediscord.CommandOption{Name: "question", Value: "What is the population of Tel Aviv?"})
		e2eEmbed(t, cb)
		ids := e2eButtons(t, cb.Message.Components)
		if cb.Flags&64 == 0 || len(ids) == 0 {
			t.Fatalf("flags %d, buttons %v; want an ephemeral decline with suggestion buttons", cb.Flags, ids)
		}
		ix, err := srv.DispatchComponent(inGuild(3), fakediscord.Component{CustomID: ids[0], MessageID: cb.Message.ID})
		if err != nil {
			t.Fatal(err)
		}
		press := e2eCallback(t, srv, ix)
		e = e2eEmbed(t, press)
		if press.Flags&64 != 0 || e.Description == "" || strings.Contains(e.Description, "does not cover") {
			t.Errorf("button %q answered flags %d, %q; want a public answer", ids[0], press.Flags, e.Description)
		}
		if e.Footer == nil || !strings.Contains(e.Footer.Text, "CC BY-SA") {
			t.Errorf("button answer lacks the attribution: %+v", e.Footer)
		}
	})

	t.Run("mention in a server", func(t *testing.T) {
		t.Parallel()
		// Other markup (a custom emoji, a channel) is no word of the
		// question: its id would be read as a number the article lacks.
		id, err := srv.DispatchMessage(fakediscord.UserMessage{GuildID: e2eGuild, Author: member(4),
			Content: "<@" + bot.ID + "> <:thonk:90210123456789> when were relations established? <#12345678901234>", Mentions: []fakediscord.User{bot}})
		if err != nil {
			t.Fatal(err)
		}
		r, m := e2eWaitReplyTo(t, srv, id)
		if m.MessageReference.ChannelID != fakediscord.DefaultChannelID || !strings.HasSuffix(r.Path, "/channels/"+fakediscord.DefaultChannelID+"/messages") {
			t.Errorf("reply %v references %+v; want the mention's channel", r, m.MessageReference)
		}
		if len(m.Embeds) != 1 || !strings.Contains(e2eText(m.Embeds[0]), "August 19, 1991") {
			t.Errorf("reply embeds %+v; want one answering August 19, 1991", m.Embeds)
		}
		e2eNoPings(t, r.Body)
	})

	t.Run("direct message", func(t *testing.T) {
		t.Parallel()
		id, err := srv.DispatchMessage(fakediscord.UserMessage{Author: member(5), Content: "who opened an embassy in Tirana?"})
		if err != nil {
			t.Fatal(err)
		}
		r, m := e2eWaitReplyTo(t, srv, id)
		if !strings.HasSuffix(r.Path, "/channels/"+fakediscord.DefaultDMChannelID+"/messages") {
			t.Errorf("DM answered in %s; want the DM channel", r.Path)
		}
		if len(m.Embeds) != 1 || !strings.Contains(e2eText(m.Embeds[0]), "Tirana") {
			t.Errorf("DM reply embeds %+v; want one answer about Tirana", m.Embeds)
		}
		e2eNoPings(t, r.Body)
	})

	t.Run("ignored messages", func(t *testing.T) {
		t.Parallel()
		channel := "3000000000000000031"
		mention := []fakediscord.User{bot}
		ignored := []fakediscord.UserMessage{
			{GuildID: e2eGuild, ChannelID: channel, Author: member(6), Content: "when were relations established?"},
			{GuildID: e2eGuild, ChannelID: channel, Author: fakediscord.User{ID: "2000000000000000777", Username: "otherbot", Bot: true},
				Content: "<@" + bot.ID + "> when were relations established?", Mentions: mention},
			{GuildID: e2eGuild, ChannelID: channel, Author: bot, Content: "<@" + bot.ID + "> when were relations established?", Mentions: mention},
			{ChannelID: "3000000000000000032", Author: fakediscord.User{ID: "2000000000000000778", Username: "dmbot", Bot: true},
				Content: "when were relations established?"},
		}
		var ids []string
		for _, m := range ignored {
			id, err := srv.DispatchMessage(m)
			if err != nil {
				t.Fatal(err)
			}
			ids = append(ids, id)
		}
		// discordgo runs each event's handlers on a goroutine of their own,
		// so nothing orders the ignored messages' handlers before this
		// mention's. They started first, though, and a wrongly answered
		// one would do the same work as the mention; by the time the
		// mention's reply is out, theirs would be too.
		sentinel, err := srv.DispatchMessage(fakediscord.UserMessage{GuildID: e2eGuild, ChannelID: channel, Author: member(7),
			Content: "<@" + bot.ID + "> when were relations established?", Mentions: mention})
		if err != nil {
			t.Fatal(err)
		}
		e2eWaitReplyTo(t, srv, sentinel)
		for i, id := range ids {
			if rs := e2eRepliesTo(srv, id); len(rs) != 0 {
				t.Errorf("message %d (%+v) was answered: %v", i, ignored[i], rs)
			}
		}
		if n := len(srv.Messages(channel)); n != 1 {
			t.Errorf("%d bot messages in the channel; want 1, the answer to the mention", n)
		}
	})

	t.Run("everyone in a question pings no one", func(t *testing.T) {
		t.Parallel()
		cb := b.command(t, inGuild(8), "ask", fakediscord.CommandOption{Name: "question", Value: "@everyone when were relations established?"})
		e := e2eEmbed(t, cb)
		if !strings.Contains(e.Description, "August 19, 1991") {
			t.Errorf("answer %q; want August 19, 1991", e.Description)
		}
		e2eNoPings(t, cb.Request.Body)

		id, err := srv.DispatchMessage(fakediscord.UserMessage{GuildID: e2eGuild, Author: member(8),
			Content: "<@" + bot.ID + "> @everyone @here when were relations established?", Mentions: []fakediscord.User{bot}})
		if err != nil {
			t.Fatal(err)
		}
		r, _ := e2eWaitReplyTo(t, srv, id)
		e2eNoPings(t, r.Body)
	})

	t.Run("cooldown", func(t *testing.T) {
		t.Parallel()
		channel := "3000000000000000033"
		ask := func(u fakediscord.User) string {
			t.Helper()
			id, err := srv.DispatchMessage(fakediscord.UserMessage{GuildID: e2eGuild, ChannelID: channel, Author: u,
				Content: "<@" + bot.ID + "> when were relations established?", Mentions: []fakediscord.User{bot}})
			if err != nil {
				t.Fatal(err)
			}
			return id
		}
		first := ask(member(9))
		e2eWaitReplyTo(t, srv, first)
		second := ask(member(9))
		// Only this subtest sends a member's second message.
		e2eEventually(t, "the second message to be dropped", func() bool {
			return e2eCounter(t, b.metrics, "factbot_messages_dropped_total") == 1
		})
		third := ask(member(10))
		e2eWaitReplyTo(t, srv, third)
		if rs := e2eRepliesTo(srv, second); len(rs) != 0 {
			t.Errorf("the message inside the cooldown was answered: %v", rs)
		}
		if n := len(e2eRepliesTo(srv, first)); n != 1 {
			t.Errorf("first message answered %d times; want 1", n)
		}
	})

	t.Run("handler panic", func(t *testing.T) {
		t.Parallel()
		cb := b.command(t, inGuild(11), "daily", fakediscord.CommandOption{Name: "status"})
		e := e2eEmbed(t, cb)
		if cb.Flags&64 == 0 || !strings.Contains(e.Title+e.Description, "went wrong") {
			t.Errorf("after a panic: flags %d, %q %q; want the ephemeral apology", cb.Flags, e.Title, e.Description)
		}
		if strings.Contains(e.Description, "exploded") {
			t.Errorf("the apology leaks the panic: %q", e.Description)
		}
		e2eNoPings(t, cb.Request.Body)
		if !strings.Contains(b.log.String(), "handler panicked") {
			t.Error("the panic is not logged")
		}
		cb = b.command(t, inGuild(11), "fact", fakediscord.CommandOption{Name: "topic", Value: "embassy"})
		if e := e2eEmbed(t, cb); !strings.Contains(e.Description, "Tel Aviv") {
			t.Errorf("after a panic /fact answered %q; want the embassy", e.Description)
		}
	})
}

// TestGatewayResilience disturbs one bot in turn: a rate-limited
// interaction callback, then an op 7 reconnect. The subtests run in
// order, since the injected fault matches any callback.
func TestGatewayResilience(t *testing.T) {
	t.Parallel()
	b := startE2E(t, e2eConfig{guildID: e2eGuild})
	srv := b.srv

	t.Run("rate-limited callback", func(t *testing.T) {
		// discordgo sleeps for retry_after and retries: the interaction is
		// answered exactly once.
		srv.FailNext(http.MethodPost, "interactions/{id}/{token}/callback", 1, fakediscord.RateLimitFault(100*time.Millisecond, false))
		ix, err := srv.DispatchCommand(fakediscord.Invocation{GuildID: e2eGuild}, "fact", fakediscord.CommandOption{Name: "topic", Value: "embassy"})
		if err != nil {
			t.Fatal(err)
		}
		cb := e2eCallback(t, srv, ix)
		if e := e2eEmbed(t, cb); !strings.Contains(e.Description, "Tel Aviv") {
			t.Errorf("answer %q; want the embassy", e.Description)
		}
		if n := srv.PendingFaults(); n != 0 {
			t.Errorf("%d faults unused; want the 429 sent", n)
		}
		path := "interactions/" + ix.ID + "/" + ix.Token + "/callback"
		var statuses []int
		for _, r := range srv.Requests() {
			if fakediscord.Matching(http.MethodPost, path)(r) {
				statuses = append(statuses, r.Status)
			}
		}
		if !slices.Equal(statuses, []int{http.StatusTooManyRequests, http.StatusNoContent}) {
			t.Errorf("callback statuses %v; want [429 204]: retried once, accepted once", statuses)
		}
		if n := len(srv.Replies(ix)); n != 1 {
			t.Errorf("%d replies; want 1", n)
		}
	})

	t.Run("op 7 reconnect", func(t *testing.T) {
		// The session resumes on a new socket without identifying again,
		// and the next command is answered.
		if err := srv.SendReconnect(0); err != nil {
			t.Fatal(err)
		}
		if err := srv.WaitResumed(e2eContext(t), 1); err != nil {
			t.Fatal(err)
		}
		cb := b.command(t, fakediscord.Invocation{GuildID: e2eGuild}, "ask", fakediscord.CommandOption{Name: "question", Value: "when were relations established?"})
		if e := e2eEmbed(t, cb); !strings.Contains(e.Description, "August 19, 1991") {
			t.Errorf("after resuming, answer %q; want August 19, 1991", e.Description)
		}
		if n := srv.IdentifyCount(); n != 1 {
			t.Errorf("%d identifies; want 1 (resumed, not re-identified)", n)
		}
		e2eEventually(t, "the resume to be counted", func() bool {
			return e2eCounter(t, b.metrics, "factbot_gateway_reconnects_total") == 1
		})
		e2eEventually(t, "the gateway to report connected", b.gw.Connected)
		if n := e2eCountRequests(srv, http.MethodPut, "applications/{app}/{rest...}"); n != 1 {
			t.Errorf("%d bulk overwrites; want 1", n)
		}
	})
}

// TestGatewayShutdown closes a bot: Close returns promptly, the fake sees
// the socket closed, and neither the bot nor the fake leaves a goroutine
// behind. It runs alone (not in parallel) so that it can count goroutines.
func TestGatewayShutdown(t *testing.T) {
	e2eLoadBase(t)
	before := runtime.NumGoroutine()
	srv, err := fakediscord.Start(fakediscord.Options{Guilds: []string{e2eGuild}})
	if err != nil {
		t.Fatal(err)
	}
	defer srv.Close()
	log := &e2eLog{}
	logger := slog.New(slog.NewTextHandler(log, nil))
	gw := &Gateway{
		Responder: &Responder{Handler: withBase(e2eLoadBase(t), &handlers.Handler{Version: "e2e", Log: logger}), Log: logger},
		Token:     srv.Token(), APIURL: srv.APIURL(), GuildID: e2eGuild, Log: logger,
	}
	ctx := e2eContext(t)
	if err := gw.Open(ctx); err != nil {
		t.Fatal(err)
	}
	closed := false
	defer func() {
		if !closed {
			gw.Close()
		}
		if t.Failed() {
			t.Logf("bot log:\n%s", log.String())
		}
	}()
	<-gw.Registered()
	ix, err := srv.DispatchCommand(fakediscord.Invocation{GuildID: e2eGuild}, "about")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := srv.WaitReply(ctx, ix); err != nil {
		t.Fatal(err)
	}

	start := time.Now()
	gw.Close()
	closed = true
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("Close took %v; want under 3s", d)
	}
	if gw.Connected() {
		t.Error("Connected after Close")
	}
	// discordgo sends a 1000 close frame before its one-second sleep, so
	// the fake has ended the session by now; poll in case it is slow.
	e2eEventually(t, "the fake to see the socket closed", func() bool {
		_, err := srv.DispatchCommand(fakediscord.Invocation{GuildID: e2eGuild}, "about")
		return errors.Is(err, fakediscord.ErrNoSession)
	})
	e2eNoViolations(t, srv)
	srv.Close()

	deadline := time.Now().Add(3 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		buf := make([]byte, 1<<20)
		t.Errorf("%d goroutines after shutdown; %d before:\n%s", n, before, buf[:runtime.Stack(buf, true)])
	}
	if srv.IdentifyCount() != 1 {
		t.Errorf("%d identifies; want 1 (no reconnect after Close)", srv.IdentifyCount())
	}
}

// TestGatewayOpenGivesUp connects to a gateway that accepts the websocket
// and then says nothing: discordgo's Open would wait for Hello forever,
// so Gateway.Open must give up when its context ends, and leave nothing
// running.
func TestGatewayOpenGivesUp(t *testing.T) {
	t.Parallel()
	upgrader := websocket.Upgrader{}
	var mu sync.Mutex
	var host string
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v9/gateway", func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		defer mu.Unlock()
		fmt.Fprintf(w, `{"url":"ws://%s/ws"}`, host)
	})
	accepted, gone := make(chan struct{}, 10), make(chan struct{}, 10)
	mux.HandleFunc("/ws/", func(w http.ResponseWriter, r *http.Request) {
		c, err := upgrader.Upgrade(w, r, nil)
		if err != nil {
			return
		}
		accepted <- struct{}{}
		defer func() { gone <- struct{}{} }()
		defer c.Close()
		for { // silent: read until the client goes away
			if _, _, err := c.ReadMessage(); err != nil {
				return
			}
		}
	})
	silent := httptest.NewServer(mux)
	t.Cleanup(silent.Close)
	mu.Lock()
	host = strings.TrimPrefix(silent.URL, "http://")
	mu.Unlock()

	logger := slog.New(slog.DiscardHandler)
	gw := &Gateway{
		Responder: &Responder{Handler: withBase(e2eLoadBase(t), &handlers.Handler{Log: logger}), Log: logger},
		Token:     "fake-token", APIURL: silent.URL + "/api/v9/", Log: logger,
	}
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- gw.Open(ctx) }()
	select {
	case err := <-done:
		if !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("Open = %v; want the context's deadline", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Open still waiting 5s after its context ended")
	}
	if gw.Connected() {
		t.Error("Connected after a failed Open")
	}
	select {
	case <-accepted:
	default:
		t.Fatal("Open never reached the gateway; the test tests nothing")
	}
	select {
	case <-gone:
	case <-time.After(5 * time.Second):
		t.Error("the abandoned gateway socket is still open")
	}
	select {
	case <-accepted:
		t.Error("the bot connected again after Open gave up")
	default:
	}
}
