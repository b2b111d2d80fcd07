package fakediscord_test

import (
	"encoding/json"
	"errors"
	"net/http"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"factbot/internal/fakediscord"

	"github.com/bwmarrin/discordgo"
)

// These tests drive an unmodified discordgo v0.29.0 session. Each pays
// discordgo's one-second sleep in Close, so they run in parallel.

func TestDiscordgoReady(t *testing.T) {
	t.Parallel()
	srv := start(t, fakediscord.Options{Guilds: []string{guildEven}})
	dg := newSession(t, srv)
	// discordgo's State keeps READY's *Guild pointers and overwrites them on
	// GUILD_CREATE, so READY must be read synchronously, inside the handler.
	dg.SyncEvents = true
	ready := make(chan readySummary, 1)
	guilds := make(chan string, 1)
	dg.AddHandler(func(_ *discordgo.Session, r *discordgo.Ready) { offer(ready, summarize(r)) })
	dg.AddHandler(func(_ *discordgo.Session, g *discordgo.GuildCreate) { offer(guilds, g.ID) })
	open(t, dg)

	r := recv(t, ready, "READY")
	want := readySummary{
		user: fakediscord.DefaultBotUserID, bot: true, app: srv.ApplicationID(), version: 9,
		guilds: []string{guildEven + " unavailable"},
	}
	if r.session == "" {
		t.Error("READY session_id is empty")
	}
	r.session = ""
	if !reflect.DeepEqual(r, want) {
		t.Errorf("READY = %+v; want %+v", r, want)
	}
	if g := recv(t, guilds, "GUILD_CREATE"); g != guildEven {
		t.Errorf("GUILD_CREATE id = %s; want %s", g, guildEven)
	}
	if dg.State.User == nil {
		t.Error("State.User is nil after READY")
	}

	ids := srv.Identifies()
	if len(ids) != 1 {
		t.Fatalf("identifies = %d; want 1", len(ids))
	}
	if ids[0].Token != "Bot fake-token" || ids[0].Intents != int(dg.Identify.Intents) || ids[0].Shard != nil {
		t.Errorf("identify = token %q intents %d shard %v; want %q %d nil", ids[0].Token, ids[0].Intents, ids[0].Shard, "Bot fake-token", dg.Identify.Intents)
	}
	var gateway []fakediscord.Request
	for _, r := range srv.Requests() {
		if r.Path == "/api/v9/gateway" {
			gateway = append(gateway, r)
		}
	}
	if len(gateway) != 1 || gateway[0].Status != http.StatusOK {
		t.Errorf("GET /api/v9/gateway requests = %v; want one answered 200", gateway)
	}
}

// readySummary is what a test checks in READY, copied out of the event.
type readySummary struct {
	user    string
	bot     bool
	app     string
	session string
	version int
	shard   [2]int
	guilds  []string
}

// summarize copies READY's fields; call it inside a synchronous handler.
func summarize(r *discordgo.Ready) readySummary {
	sum := readySummary{session: r.SessionID, version: r.Version}
	if r.User != nil {
		sum.user, sum.bot = r.User.ID, r.User.Bot
	}
	if r.Application != nil {
		sum.app = r.Application.ID
	}
	if r.Shard != nil {
		sum.shard = *r.Shard
	}
	for _, g := range r.Guilds {
		desc := g.ID
		if g.Unavailable {
			desc += " unavailable"
		}
		sum.guilds = append(sum.guilds, desc)
	}
	return sum
}

// bot is a minimal slash-command bot used by the interaction tests.
func bot(s *discordgo.Session, i *discordgo.InteractionCreate) error {
	switch i.Type {
	case discordgo.InteractionApplicationCommand:
		data := i.ApplicationCommandData()
		switch data.Name {
		case "echo":
			return s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
				Type: discordgo.InteractionResponseChannelMessageWithSource,
				Data: &discordgo.InteractionResponseData{Content: "you said " + data.Options[0].StringValue()},
			})
		case "slow":
			if err := s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}); err != nil {
				return err
			}
			content := "done"
			if _, err := s.InteractionResponseEdit(i.Interaction, &discordgo.WebhookEdit{Content: &content}); err != nil {
				return err
			}
			_, err := s.FollowupMessageCreate(i.Interaction, true, &discordgo.WebhookParams{Content: "and more"})
			return err
		case "huge":
			return s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
				Type: discordgo.InteractionResponseChannelMessageWithSource,
				Data: &discordgo.InteractionResponseData{Content: strings.Repeat("x", 2001)},
			})
		}
	case discordgo.InteractionApplicationCommandAutocomplete:
		var choices []*discordgo.ApplicationCommandOptionChoice
		for _, topic := range []string{"cats", "cars", "dogs"} {
			// Autocomplete values may be partial: never use StringValue here.
			if prefix, _ := i.ApplicationCommandData().Options[0].Value.(string); strings.HasPrefix(topic, prefix) {
				choices = append(choices, &discordgo.ApplicationCommandOptionChoice{Name: topic, Value: topic})
			}
		}
		return s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
			Type: discordgo.InteractionApplicationCommandAutocompleteResult,
			Data: &discordgo.InteractionResponseData{Choices: choices},
		})
	case discordgo.InteractionMessageComponent:
		return s.InteractionRespond(i.Interaction, &discordgo.InteractionResponse{
			Type: discordgo.InteractionResponseUpdateMessage,
			Data: &discordgo.InteractionResponseData{Content: "clicked " + i.MessageComponentData().CustomID},
		})
	}
	return errors.New("unexpected interaction")
}

// handled is what the bot saw and what its response returned.
type handled struct {
	i   *discordgo.InteractionCreate
	err error
}

// openBot opens a session running bot and returns what it handled.
func openBot(t *testing.T, srv *fakediscord.Server) (*discordgo.Session, <-chan handled) {
	dg := newSession(t, srv)
	got := make(chan handled, 16)
	dg.AddHandler(func(s *discordgo.Session, i *discordgo.InteractionCreate) { got <- handled{i, bot(s, i)} })
	open(t, dg)
	return dg, got
}

func TestDiscordgoInteractions(t *testing.T) {
	t.Parallel()
	srv := start(t, fakediscord.Options{Guilds: []string{guildEven}})
	_, got := openBot(t, srv)
	guild := fakediscord.Invocation{GuildID: guildEven, Permissions: "8"}

	tests := []struct {
		name     string
		dispatch func() (fakediscord.Interaction, error)
		check    func(t *testing.T, h handled, cb fakediscord.Callback)
	}{{
		name: "slash command in a guild",
		dispatch: func() (fakediscord.Interaction, error) {
			return srv.DispatchCommand(guild, "echo", fakediscord.CommandOption{Name: "text", Value: "hi"})
		},
		check: func(t *testing.T, h handled, cb fakediscord.Callback) {
			if h.i.Member == nil || h.i.Member.Permissions != 8 || h.i.AppPermissions != 2147483647 || h.i.Locale != "en-US" {
				t.Errorf("member %+v, app_permissions %d, locale %q; want permissions 8, 2147483647, en-US", h.i.Member, h.i.AppPermissions, h.i.Locale)
			}
			if cb.Type != 4 || cb.Message == nil || cb.Message.Content != "you said hi" {
				t.Errorf("callback = type %d message %+v; want 4 %q", cb.Type, cb.Message, "you said hi")
			}
		},
	}, {
		name: "slash command in a DM",
		dispatch: func() (fakediscord.Interaction, error) {
			return srv.DispatchCommand(fakediscord.Invocation{}, "echo", fakediscord.CommandOption{Name: "text", Value: "psst"})
		},
		check: func(t *testing.T, h handled, cb fakediscord.Callback) {
			if h.i.Member != nil || h.i.User == nil || h.i.User.ID != fakediscord.DefaultUserID || h.i.GuildID != "" {
				t.Errorf("DM interaction member %+v user %+v guild %q; want user only", h.i.Member, h.i.User, h.i.GuildID)
			}
			if cb.Message == nil || cb.Message.Content != "you said psst" {
				t.Errorf("callback message = %+v; want %q", cb.Message, "you said psst")
			}
		},
	}, {
		name: "autocomplete",
		dispatch: func() (fakediscord.Interaction, error) {
			return srv.DispatchAutocomplete(guild, "fact", fakediscord.CommandOption{Name: "topic", Value: "ca", Focused: true})
		},
		check: func(t *testing.T, h handled, cb fakediscord.Callback) {
			var names []string
			for _, c := range cb.Choices {
				names = append(names, c.Name)
			}
			if cb.Type != 8 || !slices.Equal(names, []string{"cats", "cars"}) {
				t.Errorf("callback = type %d choices %q; want 8 [cats cars]", cb.Type, names)
			}
		},
	}, {
		name: "button",
		dispatch: func() (fakediscord.Interaction, error) {
			return srv.DispatchComponent(guild, fakediscord.Component{CustomID: "more"})
		},
		check: func(t *testing.T, h handled, cb fakediscord.Callback) {
			if h.i.Message == nil || h.i.Message.ID == "" {
				t.Errorf("component interaction message = %+v; want the clicked message", h.i.Message)
			}
			if cb.Type != 7 || cb.Message == nil || cb.Message.Content != "clicked more" || cb.Message.ID != h.i.Message.ID {
				t.Errorf("callback = type %d message %+v; want 7 editing %s to %q", cb.Type, cb.Message, h.i.Message.ID, "clicked more")
			}
		},
	}, {
		name: "deferred, edited, followed up",
		dispatch: func() (fakediscord.Interaction, error) {
			return srv.DispatchCommand(guild, "slow")
		},
		check: func(t *testing.T, h handled, cb fakediscord.Callback) {
			if cb.Type != 5 || cb.Message != nil {
				t.Errorf("callback = type %d message %+v; want 5 without a message", cb.Type, cb.Message)
			}
			ix := fakediscord.Interaction{ID: h.i.ID, Token: h.i.Token}
			reply, err := srv.WaitReply(timeout(t), ix)
			if err != nil || reply.Content != "done" {
				t.Errorf("WaitReply = %q, %v; want %q (the edit of the deferred response)", reply.Content, err, "done")
			}
			var contents []string
			for _, m := range srv.Replies(ix) {
				contents = append(contents, m.Content)
			}
			if !slices.Equal(contents, []string{"done", "and more"}) {
				t.Errorf("Replies = %q; want [done, and more]", contents)
			}
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ix, err := tt.dispatch()
			if err != nil {
				t.Fatalf("dispatch: %v", err)
			}
			h := recv(t, got, "the bot's handler")
			if h.err != nil {
				t.Fatalf("bot response: %v", h.err)
			}
			if h.i.ID != ix.ID || h.i.Token != ix.Token || h.i.AppID != srv.ApplicationID() || h.i.Version != 1 {
				t.Errorf("bot saw id %q token %q app %q version %d; want %q %q %q 1", h.i.ID, h.i.Token, h.i.AppID, h.i.Version, ix.ID, ix.Token, srv.ApplicationID())
			}
			cb, err := srv.WaitCallback(timeout(t), ix)
			if err != nil {
				t.Fatal(err)
			}
			tt.check(t, h, cb)
		})
	}
	if v := srv.Violations(); len(v) != 0 {
		t.Errorf("violations = %v; want none", v)
	}
}

func TestDiscordgoReconnectResumeAndInvalidSession(t *testing.T) {
	t.Parallel()
	srv := start(t, fakediscord.Options{})
	dg := newSession(t, srv)
	resumed := make(chan struct{}, 4)
	readies := make(chan struct{}, 4)
	dg.AddHandler(func(*discordgo.Session, *discordgo.Resumed) { resumed <- struct{}{} })
	dg.AddHandler(func(*discordgo.Session, *discordgo.Ready) { readies <- struct{}{} })
	got := make(chan handled, 4)
	dg.AddHandler(func(s *discordgo.Session, i *discordgo.InteractionCreate) { got <- handled{i, bot(s, i)} })
	open(t, dg)
	recv(t, readies, "READY")
	ctx := timeout(t)

	// Dispatching right after op 7 races discordgo's reconnect on purpose:
	// whether the event is read before op 7, lands unread on the old
	// socket, waits in the backlog or goes to the new socket, it must be
	// delivered exactly once.
	if err := srv.SendReconnect(fakediscord.AllShards); err != nil {
		t.Fatal(err)
	}
	ix, err := srv.DispatchCommand(fakediscord.Invocation{}, "echo", fakediscord.CommandOption{Name: "text", Value: "still here"})
	if err != nil {
		t.Fatal(err)
	}
	if err := srv.WaitResumed(ctx, 1); err != nil {
		t.Fatal(err)
	}
	recv(t, resumed, "Resumed event")
	if reply, err := srv.WaitReply(ctx, ix); err != nil || reply.Content != "you said still here" {
		t.Fatalf("reply after resume = %q, %v; want %q", reply.Content, err, "you said still here")
	}
	if h := recv(t, got, "handler"); h.err != nil {
		t.Errorf("bot response: %v", h.err)
	}

	// op 9: discordgo identifies again on the same socket.
	if err := srv.InvalidateSession(fakediscord.AllShards); err != nil {
		t.Fatal(err)
	}
	if err := srv.WaitReady(ctx, 2); err != nil {
		t.Fatal(err)
	}
	recv(t, readies, "second READY")
	ix, err = srv.DispatchCommand(fakediscord.Invocation{}, "echo", fakediscord.CommandOption{Name: "text", Value: "again"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := srv.WaitCallback(ctx, ix); err != nil {
		t.Fatal(err)
	}
	if h := recv(t, got, "handler"); h.err != nil {
		t.Errorf("bot response: %v", h.err)
	}
	select {
	case h := <-got:
		t.Errorf("interaction %s handled twice after resume", h.i.ID)
	default:
	}
	if n, r := srv.IdentifyCount(), srv.ResumeCount(); n != 2 || r != 1 {
		t.Errorf("identifies, resumes = %d, %d; want 2, 1", n, r)
	}
}

func TestDiscordgoRetriesRateLimitedCallback(t *testing.T) {
	t.Parallel()
	srv := start(t, fakediscord.Options{})
	dg, got := openBot(t, srv)
	limited := make(chan *discordgo.RateLimit, 1)
	dg.AddHandler(func(_ *discordgo.Session, rl *discordgo.RateLimit) { limited <- rl })
	srv.FailNext("POST", "interactions/{id}/{token}/callback", 1, fakediscord.ErrorFault(http.StatusTooManyRequests))

	ix, err := srv.DispatchCommand(fakediscord.Invocation{}, "echo", fakediscord.CommandOption{Name: "text", Value: "hi"})
	if err != nil {
		t.Fatal(err)
	}
	if h := recv(t, got, "handler"); h.err != nil {
		t.Fatalf("InteractionRespond after a 429: %v; want discordgo to retry and succeed", h.err)
	}
	if _, err := srv.WaitCallback(timeout(t), ix); err != nil {
		t.Fatal(err)
	}
	recv(t, limited, "RateLimit event")
	var statuses []int
	for _, r := range srv.Requests() {
		if strings.HasSuffix(r.Path, "/callback") {
			statuses = append(statuses, r.Status)
		}
	}
	if !slices.Equal(statuses, []int{429, 204}) {
		t.Errorf("callback statuses = %v; want [429 204]", statuses)
	}
	if n := srv.PendingFaults(); n != 0 {
		t.Errorf("PendingFaults = %d; want 0", n)
	}
	if v := srv.Violations(); len(v) != 0 {
		t.Errorf("violations = %v; want none (injected faults are not violations)", v)
	}
}

func TestDiscordgoCallbackOverLimit(t *testing.T) {
	t.Parallel()
	srv := start(t, fakediscord.Options{})
	_, got := openBot(t, srv)
	if _, err := srv.DispatchCommand(fakediscord.Invocation{}, "huge"); err != nil {
		t.Fatal(err)
	}
	h := recv(t, got, "handler")
	var rest *discordgo.RESTError
	if !errors.As(h.err, &rest) || rest.Response.StatusCode != http.StatusBadRequest || rest.Message == nil || rest.Message.Code != discordgo.ErrCodeInvalidFormBody {
		t.Fatalf("InteractionRespond with 2001 characters: %v; want 400 with code 50035", h.err)
	}
	v := srv.Violations()
	if len(v) != 1 || v[0].Code != 50035 || len(v[0].Problems) != 1 || !strings.HasPrefix(v[0].Problems[0], "data.content:") {
		t.Errorf("violations = %v; want one data.content problem", v)
	}
}

func TestDiscordgoShards(t *testing.T) {
	t.Parallel()
	srv := start(t, fakediscord.Options{Shards: 2, Guilds: []string{guildEven, guildOdd}})
	type seen struct {
		guild, content string
	}
	var chans [2]chan seen
	var readies [2]chan readySummary
	for shard := range 2 {
		dg := newSession(t, srv)
		dg.ShardID, dg.ShardCount = shard, 2
		// Synchronous handlers keep events in wire order, so a stray event
		// would show up before the end marker.
		dg.SyncEvents = true
		chans[shard] = make(chan seen, 8)
		readies[shard] = make(chan readySummary, 1)
		dg.AddHandler(func(_ *discordgo.Session, m *discordgo.MessageCreate) { chans[shard] <- seen{m.GuildID, m.Content} })
		dg.AddHandler(func(_ *discordgo.Session, r *discordgo.Ready) { offer(readies[shard], summarize(r)) })
		open(t, dg)
		if shard == 0 {
			gb, err := dg.GatewayBot()
			if err != nil || gb.Shards != 2 || !strings.HasPrefix(gb.URL, "ws://127.0.0.1:") {
				t.Errorf("GatewayBot = %+v, %v; want 2 shards and the fake's ws URL", gb, err)
			}
		}
	}
	if err := srv.WaitConnections(timeout(t), 2); err != nil {
		t.Fatal(err)
	}
	for shard, want := range []string{guildEven, guildOdd} {
		r := recv(t, readies[shard], "READY")
		if r.shard != [2]int{shard, 2} || !slices.Equal(r.guilds, []string{want + " unavailable"}) {
			t.Errorf("shard %d READY shard %v guilds %q; want [%d 2] and only guild %s", shard, r.shard, r.guilds, shard, want)
		}
	}

	for _, m := range []fakediscord.UserMessage{
		{GuildID: guildEven, Content: "even"},
		{GuildID: guildOdd, Content: "odd"},
		{Content: "dm"},
		{GuildID: guildEven, Content: "end"},
		{GuildID: guildOdd, Content: "end"},
	} {
		if _, err := srv.DispatchMessage(m); err != nil {
			t.Fatalf("DispatchMessage(%+v): %v", m, err)
		}
	}
	want := [2][]seen{
		{{guildEven, "even"}, {"", "dm"}, {guildEven, "end"}},
		{{guildOdd, "odd"}, {guildOdd, "end"}},
	}
	for shard := range 2 {
		var got []seen
		for len(got) == 0 || got[len(got)-1].content != "end" {
			got = append(got, recv(t, chans[shard], "MESSAGE_CREATE"))
		}
		if !slices.Equal(got, want[shard]) {
			t.Errorf("shard %d received %v; want %v", shard, got, want[shard])
		}
	}
	if ids := srv.Identifies(); len(ids) != 2 || ids[0].Shard == nil || ids[1].Shard == nil {
		t.Errorf("identifies = %+v; want two with shards", ids)
	}
}

// REST-only tests need no gateway connection, hence no Close delay.

// messageWithNonce is what a bot sends for idempotent posts: discordgo
// v0.29.0's MessageSend has no nonce fields, so it goes through
// RequestWithBucketID.
type messageWithNonce struct {
	Content      string `json:"content"`
	Nonce        string `json:"nonce,omitempty"`
	EnforceNonce bool   `json:"enforce_nonce,omitempty"`
}

func TestDiscordgoChannelMessageNonce(t *testing.T) {
	t.Parallel()
	const channel = "555555555555555555"
	tests := []struct {
		name         string
		window       time.Duration
		enforce      bool
		pause        time.Duration
		wantMessages int
	}{
		{"enforced nonce deduplicates", time.Minute, true, 0, 1},
		{"nonce without enforce_nonce does not", time.Minute, false, 0, 2},
		{"enforced nonce expires after the window", 20 * time.Millisecond, true, 40 * time.Millisecond, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			srv := start(t, fakediscord.Options{NonceWindow: tt.window})
			dg := newSession(t, srv)
			endpoint := discordgo.EndpointChannelMessages(channel)
			var ids []string
			for i := range 2 {
				if i > 0 {
					time.Sleep(tt.pause)
				}
				body, err := dg.RequestWithBucketID("POST", endpoint, messageWithNonce{"fact of the day", "daily-2026-01-02", tt.enforce}, endpoint)
				if err != nil {
					t.Fatalf("send %d: %v", i, err)
				}
				var m discordgo.Message
				if err := json.Unmarshal(body, &m); err != nil {
					t.Fatal(err)
				}
				if m.ChannelID != channel || m.Content != "fact of the day" || m.Author == nil || m.Author.ID != fakediscord.DefaultBotUserID || m.Timestamp.IsZero() {
					t.Errorf("message = %+v; want the bot's message in %s", m, channel)
				}
				ids = append(ids, m.ID)
			}
			if dup := ids[0] == ids[1]; dup != (tt.wantMessages == 1) {
				t.Errorf("message IDs %q; same = %t, want %t", ids, dup, tt.wantMessages == 1)
			}
			if n := len(srv.Messages(channel)); n != tt.wantMessages {
				t.Errorf("Messages = %d; want %d", n, tt.wantMessages)
			}
			if n := len(srv.Requests()); n != 2 {
				t.Errorf("recorded %d requests; want 2 (duplicates are recorded too)", n)
			}
		})
	}
}

func TestDiscordgoChannelMessageLimits(t *testing.T) {
	t.Parallel()
	srv := start(t, fakediscord.Options{})
	dg := newSession(t, srv)
	const channel = "555555555555555555"

	// 2000 characters is fine even though it is 4000 bytes.
	if _, err := dg.ChannelMessageSend(channel, strings.Repeat("é", 2000)); err != nil {
		t.Fatalf("2000 characters: %v", err)
	}
	_, err := dg.ChannelMessageSendComplex(channel, &discordgo.MessageSend{Embeds: []*discordgo.MessageEmbed{{
		Title:  strings.Repeat("t", 257),
		Fields: []*discordgo.MessageEmbedField{{Name: "ok", Value: ""}},
	}}})
	var rest *discordgo.RESTError
	if !errors.As(err, &rest) || rest.Response.StatusCode != http.StatusBadRequest || rest.Message.Code != discordgo.ErrCodeInvalidFormBody {
		t.Fatalf("embed over limits: %v; want 400 with code 50035", err)
	}
	v := srv.Violations()
	if len(v) != 1 || len(v[0].Problems) != 2 {
		t.Fatalf("violations = %v; want one with two problems", v)
	}
	if !strings.HasPrefix(v[0].Problems[0], "embeds.0.title:") || !strings.HasPrefix(v[0].Problems[1], "embeds.0.fields.0.value:") {
		t.Errorf("problems = %q; want title then field value", v[0].Problems)
	}
	if n := len(srv.Messages(channel)); n != 1 {
		t.Errorf("Messages = %d; want 1 (the rejected one is not created)", n)
	}
}

func TestDiscordgoBulkOverwrite(t *testing.T) {
	t.Parallel()
	srv := start(t, fakediscord.Options{})
	dg := newSession(t, srv)
	app := srv.ApplicationID()
	cmds := []*discordgo.ApplicationCommand{
		{Name: "fact", Description: "A fact", Options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionString, Name: "topic", Description: "Topic", Autocomplete: true},
		}},
		{Name: "about", Description: "About the bot"},
	}

	created, err := dg.ApplicationCommandBulkOverwrite(app, guildEven, cmds)
	if err != nil {
		t.Fatal(err)
	}
	if len(created) != 2 || created[0].ID == "" || created[0].ApplicationID != app || created[0].GuildID != guildEven {
		t.Fatalf("created = %+v; want 2 guild commands with IDs", created)
	}
	if g := srv.CommandGuilds(); !slices.Equal(g, []string{guildEven}) || len(srv.GlobalCommands()) != 0 {
		t.Errorf("guilds with commands %v, global %d; want [%s], 0", g, len(srv.GlobalCommands()), guildEven)
	}
	// Moving to global registration: clear the guild set, then write global.
	if _, err := dg.ApplicationCommandBulkOverwrite(app, guildEven, nil); err != nil {
		t.Fatal(err)
	}
	global, err := dg.ApplicationCommandBulkOverwrite(app, "", cmds)
	if err != nil {
		t.Fatal(err)
	}
	again, err := dg.ApplicationCommandBulkOverwrite(app, "", cmds)
	if err != nil {
		t.Fatal(err)
	}
	if global[0].ID != again[0].ID {
		t.Errorf("command ID changed across identical overwrites: %s -> %s", global[0].ID, again[0].ID)
	}
	if g := srv.CommandGuilds(); len(g) != 0 || len(srv.GlobalCommands()) != 2 {
		t.Errorf("guilds with commands %v, global %d; want none, 2", g, len(srv.GlobalCommands()))
	}

	bad := []*discordgo.ApplicationCommand{{Name: "Fact", Description: "uppercase"}}
	if _, err := dg.ApplicationCommandBulkOverwrite(app, "", bad); err == nil {
		t.Error("uppercase command name accepted; want 50035")
	}
	if _, err := dg.ApplicationCommandBulkOverwrite("999", "", cmds); err == nil {
		t.Error("overwrite for another application accepted; want 403")
	}
	if n := len(srv.Violations()); n != 2 {
		t.Errorf("violations = %d; want 2", n)
	}
}
