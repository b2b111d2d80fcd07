package fakediscord_test

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"testing"
	"time"

	"factbot/internal/fakediscord"

	"github.com/gorilla/websocket"
)

// Intent bits used by the raw-client tests.
const (
	intentGuilds         = 1 << 0
	intentGuildMessages  = 1 << 9
	intentDirectMessages = 1 << 12
	intentMessageContent = 1 << 15
)

func TestGatewayRejectsLikeDiscord(t *testing.T) {
	t.Parallel()
	identify := func(token string, intents any, shard any) map[string]any {
		d := map[string]any{"token": token, "properties": map[string]string{}}
		if intents != nil {
			d["intents"] = intents
		}
		if shard != nil {
			d["shard"] = shard
		}
		return d
	}
	tests := []struct {
		name string
		act  func(c *rawConn, srv *fakediscord.Server)
		want int
	}{
		{"wrong token", func(c *rawConn, _ *fakediscord.Server) { c.send(2, identify("Bot nope", 0, nil)) }, 4004},
		{"disallowed intent", func(c *rawConn, srv *fakediscord.Server) {
			c.send(2, identify("Bot "+srv.Token(), intentMessageContent, nil))
		}, 4014},
		{"shard out of range", func(c *rawConn, srv *fakediscord.Server) {
			c.send(2, identify("Bot "+srv.Token(), 0, [2]int{2, 2}))
		}, 4010},
		{"no intents", func(c *rawConn, srv *fakediscord.Server) { c.send(2, identify("Bot "+srv.Token(), nil, nil)) }, 4013},
		{"not JSON", func(c *rawConn, _ *fakediscord.Server) { _ = c.ws.WriteMessage(websocket.TextMessage, []byte("nope")) }, 4002},
		{"unknown opcode", func(c *rawConn, _ *fakediscord.Server) { c.send(42, nil) }, 4001},
		{"presence before identify", func(c *rawConn, _ *fakediscord.Server) { c.send(3, map[string]any{}) }, 4003},
		{"identify twice", func(c *rawConn, srv *fakediscord.Server) {
			c.identify(srv, 0, nil)
			c.send(2, identify("Bot "+srv.Token(), 0, nil))
		}, 4005},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			srv := start(t, fakediscord.Options{DisallowedIntents: intentMessageContent})
			c := dial(t, srv)
			tt.act(c, srv)
			if got := c.closeCode(); got != tt.want {
				t.Errorf("close code = %d; want %d", got, tt.want)
			}
		})
	}
}

func TestGatewayHelloAndHeartbeat(t *testing.T) {
	t.Parallel()
	srv := start(t, fakediscord.Options{HeartbeatInterval: 250 * time.Millisecond})
	ws, _, err := websocket.DefaultDialer.Dial(srv.GatewayURL()+"/?v=9&encoding=json", nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = ws.Close() })
	c := &rawConn{t: t, ws: ws}
	var hello struct {
		HeartbeatInterval int `json:"heartbeat_interval"`
	}
	if err := json.Unmarshal(c.read().D, &hello); err != nil || hello.HeartbeatInterval != 250 {
		t.Fatalf("hello heartbeat_interval = %d, %v; want 250", hello.HeartbeatInterval, err)
	}
	c.identify(srv, 0, nil)

	c.send(1, 1)
	if f := c.read(); f.Op != 11 {
		t.Fatalf("after heartbeat got op %d; want 11", f.Op)
	}
	srv.SetHeartbeatACK(false)
	c.send(1, 1)
	if err := srv.Dispatch("TEST_EVENT", map[string]int{"n": 1}); err != nil {
		t.Fatal(err)
	}
	if f := c.read(); f.Op != 0 || f.T != "TEST_EVENT" {
		t.Fatalf("with ACKs off got op %d %q; want the dispatch, no op 11", f.Op, f.T)
	}
}

func TestGatewayResumeReplaysMissedEvents(t *testing.T) {
	t.Parallel()
	srv := start(t, fakediscord.Options{})
	c := dial(t, srv)
	ready := c.identify(srv, 0, nil)
	sessionID, _ := ready["session_id"].(string)
	if err := srv.Dispatch("TEST_A", nil); err != nil {
		t.Fatal(err)
	}
	a := c.read()
	// Drop the socket without a close frame: the session stays resumable
	// and keeps what it dispatches meanwhile.
	_ = c.ws.Close()
	for _, ev := range []string{"TEST_B", "TEST_C"} {
		if err := srv.Dispatch(ev, nil); err != nil {
			t.Fatalf("Dispatch(%s) while disconnected: %v", ev, err)
		}
	}

	c2 := dial(t, srv)
	c2.send(6, map[string]any{"token": "Bot " + srv.Token(), "session_id": sessionID, "seq": *a.S})
	var got []string
	last := *a.S
	for _, want := range []string{"TEST_B", "TEST_C", "RESUMED"} {
		f := c2.read()
		got = append(got, f.T)
		if f.S == nil || *f.S != last+1 {
			t.Errorf("%s has s %v; want %d", f.T, f.S, last+1)
		} else {
			last = *f.S
		}
		if f.T != want {
			t.Fatalf("after resume got %q; want [TEST_B TEST_C RESUMED]", got)
		}
	}
	if n := srv.ResumeCount(); n != 1 {
		t.Errorf("ResumeCount = %d; want 1", n)
	}

	tests := []struct {
		name      string
		sessionID string
		seq       int64
	}{
		{"unknown session", "nope", 1},
		{"sequence from the future", sessionID, last + 100},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := dial(t, srv)
			c.send(6, map[string]any{"token": "Bot " + srv.Token(), "session_id": tt.sessionID, "seq": tt.seq})
			if f := c.read(); f.Op != 9 || string(f.D) != "false" {
				t.Errorf("resume got op %d d %s; want op 9 d false", f.Op, f.D)
			}
		})
	}
}

func TestGatewayInvalidSessionThenIdentifyOnSameSocket(t *testing.T) {
	t.Parallel()
	srv := start(t, fakediscord.Options{})
	c := dial(t, srv)
	first := c.identify(srv, 0, nil)
	if err := srv.Dispatch("TEST_A", nil); err != nil {
		t.Fatal(err)
	}
	a := c.read()
	if err := srv.InvalidateSession(0); err != nil {
		t.Fatal(err)
	}
	if f := c.read(); f.Op != 9 {
		t.Fatalf("got op %d; want 9", f.Op)
	}
	if err := srv.Dispatch("TEST_LOST", nil); !errors.Is(err, fakediscord.ErrNoSession) {
		t.Errorf("Dispatch with the session invalidated: %v; want ErrNoSession", err)
	}
	c.send(2, map[string]any{"token": "Bot " + srv.Token(), "intents": 0})
	f := c.read()
	if f.T != "READY" || f.S == nil || *f.S <= *a.S {
		t.Fatalf("second identify got %q s %v; want READY with s above %d", f.T, f.S, *a.S)
	}
	var second map[string]any
	_ = json.Unmarshal(f.D, &second)
	if second["session_id"] == first["session_id"] {
		t.Error("second READY reused the invalidated session ID")
	}
	if n, r := srv.IdentifyCount(), srv.ReadyCount(); n != 2 || r != 2 {
		t.Errorf("identifies, readies = %d, %d; want 2, 2", n, r)
	}
}

func TestGatewayCloseConnection(t *testing.T) {
	t.Parallel()
	tests := []struct {
		code       int
		wantResume bool
	}{
		{4000, true},  // Unknown error: Discord lets the client resume
		{4014, false}, // Disallowed intents: a new session is required
	}
	for _, tt := range tests {
		srv := start(t, fakediscord.Options{})
		c := dial(t, srv)
		sessionID := c.identify(srv, 0, nil)["session_id"]
		if err := srv.CloseConnection(fakediscord.AllShards, tt.code); err != nil {
			t.Fatal(err)
		}
		// The close waits for the connection's first heartbeat.
		c.send(1, 1)
		if got := c.closeCode(); got != tt.code {
			t.Errorf("close code = %d; want %d", got, tt.code)
		}
		c2 := dial(t, srv)
		c2.send(6, map[string]any{"token": "Bot " + srv.Token(), "session_id": sessionID, "seq": 1})
		if f := c2.read(); (f.T == "RESUMED") != tt.wantResume {
			t.Errorf("after close %d, resume got op %d %q; want resumed = %t", tt.code, f.Op, f.T, tt.wantResume)
		}
	}
}

func TestDispatchRouting(t *testing.T) {
	t.Parallel()
	srv := start(t, fakediscord.Options{})
	if err := srv.Dispatch("TEST", nil); !errors.Is(err, fakediscord.ErrNoSession) {
		t.Errorf("Dispatch without sessions: %v; want ErrNoSession", err)
	}
	var conns [2]*rawConn
	for shard := range conns {
		conns[shard] = dial(t, srv)
		conns[shard].identify(srv, 0, &[2]int{shard, 2})
	}
	if err := srv.Dispatch("TEST", map[string]string{"guild_id": "not-a-snowflake"}); err == nil {
		t.Error("Dispatch with a malformed guild_id succeeded; want an error")
	}
	tests := []struct {
		event string
		d     any
		shard int
	}{
		{"TEST_GUILD", map[string]string{"guild_id": guildOdd}, 1},
		{"TEST_GUILD", map[string]string{"guild_id": guildEven}, 0},
		{"GUILD_UPDATE", map[string]string{"id": guildOdd}, 1},
		{"TEST_NO_GUILD", map[string]string{"user_id": "1"}, 0},
		{"TEST_NOT_OBJECT", []int{1, 2}, 0},
	}
	for _, tt := range tests {
		if err := srv.Dispatch(tt.event, tt.d); err != nil {
			t.Fatalf("Dispatch(%s, %v): %v", tt.event, tt.d, err)
		}
		// A marker on both shards after each event proves the other
		// shard's socket received nothing before it.
		for shard, c := range conns {
			if shard == tt.shard {
				if f := c.read(); f.T != tt.event || string(f.D) != string(mustMarshal(t, tt.d)) {
					t.Errorf("shard %d got %q %s; want %q %s", shard, f.T, f.D, tt.event, mustMarshal(t, tt.d))
				}
			}
		}
		for shard, guild := range []string{guildEven, guildOdd} {
			if err := srv.Dispatch("MARKER", map[string]string{"guild_id": guild}); err != nil {
				t.Fatal(err)
			}
			if f := conns[shard].read(); f.T != "MARKER" {
				t.Errorf("%s for shard %d also reached shard %d", tt.event, tt.shard, shard)
			}
		}
	}
}

func mustMarshal(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestDispatchMessageHonoursIntents(t *testing.T) {
	t.Parallel()
	srv := start(t, fakediscord.Options{})
	c := dial(t, srv)
	c.identify(srv, intentGuildMessages|intentDirectMessages, nil) // no MESSAGE_CONTENT
	tests := []struct {
		name string
		msg  fakediscord.UserMessage
		want string
	}{
		{"guild message is blanked", fakediscord.UserMessage{GuildID: guildEven, Content: "hello"}, ""},
		{"mention of the bot is visible", fakediscord.UserMessage{GuildID: guildEven, Content: "<@" + fakediscord.DefaultBotUserID + "> hello", Mentions: []fakediscord.User{srv.BotUser()}}, "<@" + fakediscord.DefaultBotUserID + "> hello"},
		{"DM is visible", fakediscord.UserMessage{Content: "psst"}, "psst"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			id, err := srv.DispatchMessage(tt.msg)
			if err != nil {
				t.Fatal(err)
			}
			var m struct {
				ID      string `json:"id"`
				Content string `json:"content"`
				GuildID string `json:"guild_id"`
				Author  struct {
					ID string `json:"id"`
				} `json:"author"`
			}
			f := c.read()
			if err := json.Unmarshal(f.D, &m); err != nil {
				t.Fatal(err)
			}
			if f.T != "MESSAGE_CREATE" || m.ID != id || m.Content != tt.want || m.GuildID != tt.msg.GuildID || m.Author.ID != fakediscord.DefaultUserID {
				t.Errorf("got %s %+v; want message %s content %q in guild %q", f.T, m, id, tt.want, tt.msg.GuildID)
			}
		})
	}

	// A session without GUILD_MESSAGES receives no guild messages at all.
	srv2 := start(t, fakediscord.Options{})
	dial(t, srv2).identify(srv2, intentGuilds, nil)
	if _, err := srv2.DispatchMessage(fakediscord.UserMessage{GuildID: guildEven, Content: "x"}); !errors.Is(err, fakediscord.ErrNoSession) {
		t.Errorf("DispatchMessage without GUILD_MESSAGES: %v; want ErrNoSession", err)
	}
}

func TestDispatchCommandUsesRegisteredID(t *testing.T) {
	t.Parallel()
	srv := start(t, fakediscord.Options{})
	c := dial(t, srv)
	c.identify(srv, 0, nil)
	status, created := call(t, srv, "PUT", "applications/"+srv.ApplicationID()+"/guilds/"+guildEven+"/commands",
		`[{"name":"fact","description":"A fact"}]`, true)
	if status != http.StatusOK {
		t.Fatalf("bulk overwrite: %d %s", status, created)
	}
	ix, err := srv.DispatchCommand(fakediscord.Invocation{GuildID: guildEven}, "fact", fakediscord.CommandOption{Name: "n", Value: 3})
	if err != nil {
		t.Fatal(err)
	}
	var d struct {
		ID   string `json:"id"`
		Data struct {
			ID      string `json:"id"`
			GuildID string `json:"guild_id"`
			Options []struct {
				Type  int `json:"type"`
				Value any `json:"value"`
			} `json:"options"`
		} `json:"data"`
	}
	if err := json.Unmarshal(c.read().D, &d); err != nil {
		t.Fatal(err)
	}
	cmds := srv.GuildCommands(guildEven)
	if d.ID != ix.ID || len(cmds) != 1 || d.Data.ID != cmds[0].ID || d.Data.GuildID != guildEven {
		t.Errorf("interaction %s data.id %s guild %s; want %s, registered %v, %s", d.ID, d.Data.ID, d.Data.GuildID, ix.ID, cmds, guildEven)
	}
	if len(d.Data.Options) != 1 || d.Data.Options[0].Type != 4 || d.Data.Options[0].Value != 3.0 {
		t.Errorf("options = %+v; want one integer option 3", d.Data.Options)
	}
	if _, err := srv.DispatchAutocomplete(fakediscord.Invocation{}, "fact", fakediscord.CommandOption{Name: "n", Value: "x"}); err == nil {
		t.Error("autocomplete without a focused option dispatched; want an error")
	}
}

func TestWaitHelpersNeverBlockForever(t *testing.T) {
	t.Parallel()
	srv := start(t, fakediscord.Options{})
	short := func() context.Context {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
		t.Cleanup(cancel)
		return ctx
	}
	waits := map[string]func(ctx context.Context) error{
		"WaitReady":       func(ctx context.Context) error { return srv.WaitReady(ctx, 1) },
		"WaitResumed":     func(ctx context.Context) error { return srv.WaitResumed(ctx, 1) },
		"WaitConnections": func(ctx context.Context) error { return srv.WaitConnections(ctx, 1) },
		"WaitRequest": func(ctx context.Context) error {
			_, err := srv.WaitRequest(ctx, func(fakediscord.Request) bool { return false })
			return err
		},
		"WaitMessages": func(ctx context.Context) error { _, err := srv.WaitMessages(ctx, "1", 1); return err },
		"WaitReply": func(ctx context.Context) error {
			_, err := srv.WaitReply(ctx, fakediscord.Interaction{ID: "1"})
			return err
		},
		"WaitCallback": func(ctx context.Context) error {
			_, err := srv.WaitCallback(ctx, fakediscord.Interaction{ID: "1"})
			return err
		},
	}
	for name, wait := range waits {
		if err := wait(short()); !errors.Is(err, context.DeadlineExceeded) {
			t.Errorf("%s on timeout: %v; want context.DeadlineExceeded", name, err)
		}
	}

	done := make(chan error, 1)
	go func() { done <- srv.WaitReady(context.Background(), 1) }()
	srv.Close()
	if err := recv(t, done, "WaitReady to return on Close"); !errors.Is(err, fakediscord.ErrClosed) {
		t.Errorf("WaitReady after Close: %v; want ErrClosed", err)
	}
	if err := srv.Dispatch("TEST", nil); !errors.Is(err, fakediscord.ErrClosed) {
		t.Errorf("Dispatch after Close: %v; want ErrClosed", err)
	}
	for name, wait := range waits {
		if err := wait(context.Background()); !errors.Is(err, fakediscord.ErrClosed) {
			t.Errorf("%s after Close: %v; want ErrClosed", name, err)
		}
	}
}
