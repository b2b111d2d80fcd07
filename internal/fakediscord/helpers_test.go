package fakediscord_test

import (
	"context"
	"encoding/json"
	"strconv"
	"testing"
	"time"

	"factbot/internal/fakediscord"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// Guild IDs chosen for their shard: (id >> 22) % 2.
var (
	guildEven = strconv.FormatUint(10<<22, 10) // shard 0 of 2
	guildOdd  = strconv.FormatUint(11<<22, 10) // shard 1 of 2
)

// start runs a fake for the test. Its cleanup is registered first, so it
// runs after the sessions' cleanups: sessions must stop before the fake or
// discordgo starts reconnecting.
func start(t *testing.T, opts fakediscord.Options) *fakediscord.Server {
	t.Helper()
	opts.Logf = t.Logf
	srv, err := fakediscord.Start(opts)
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(srv.Close)
	return srv
}

// timeout returns a context for waiting, well inside the suite's budget.
func timeout(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// newSession returns an unmodified discordgo session pointed at srv through
// the HTTP client alone.
func newSession(t *testing.T, srv *fakediscord.Server) *discordgo.Session {
	t.Helper()
	dg, err := discordgo.New("Bot " + srv.Token())
	if err != nil {
		t.Fatalf("discordgo.New: %v", err)
	}
	dg.Client = srv.HTTPClient()
	dg.Identify.Intents = discordgo.IntentsGuilds | discordgo.IntentsGuildMessages |
		discordgo.IntentsDirectMessages | discordgo.IntentMessageContent
	return dg
}

// open opens dg under a timeout (Open blocks forever without READY) and
// closes it at cleanup without letting it reconnect.
func open(t *testing.T, dg *discordgo.Session) {
	t.Helper()
	errc := make(chan error, 1)
	go func() { errc <- dg.Open() }()
	select {
	case err := <-errc:
		if err != nil {
			t.Fatalf("Open: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Open did not return within 10s")
	}
	t.Cleanup(func() {
		dg.ShouldReconnectOnError = false
		_ = dg.Close()
	})
}

// offer sends v on ch unless ch is full: a handler that wants only the
// first event of a kind. discordgo's AddHandlerOnce would do, but it
// clears the handler from its map under a read lock, on the goroutine
// that reads the gateway, which races (under -race) with Close reading
// the same map at cleanup.
func offer[T any](ch chan T, v T) {
	select {
	case ch <- v:
	default:
	}
}

// recv returns the next value from ch or fails the test.
func recv[T any](t *testing.T, ch <-chan T, what string) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(10 * time.Second):
		t.Fatalf("timed out waiting for %s", what)
		panic("unreachable")
	}
}

// frame is a gateway payload as a raw client reads it.
type frame struct {
	Op int             `json:"op"`
	S  *int64          `json:"s"`
	T  string          `json:"t"`
	D  json.RawMessage `json:"d"`
}

// rawConn is a hand-driven gateway client for protocol details that
// discordgo hides, without discordgo's one-second Close.
type rawConn struct {
	t  *testing.T
	ws *websocket.Conn
}

// dial connects like discordgo does and reads Hello.
func dial(t *testing.T, srv *fakediscord.Server) *rawConn {
	t.Helper()
	ws, _, err := websocket.DefaultDialer.Dial(srv.GatewayURL()+"/?v=9&encoding=json", nil)
	if err != nil {
		t.Fatalf("dial: %v", err)
	}
	c := &rawConn{t: t, ws: ws}
	t.Cleanup(func() { _ = ws.Close() })
	if f := c.read(); f.Op != 10 {
		t.Fatalf("first frame op = %d; want 10 (Hello)", f.Op)
	}
	return c
}

// send writes one payload.
func (c *rawConn) send(op int, d any) {
	c.t.Helper()
	if err := c.ws.WriteJSON(map[string]any{"op": op, "d": d}); err != nil {
		c.t.Fatalf("send op %d: %v", op, err)
	}
}

// next reads one frame or returns the read error (for close codes).
func (c *rawConn) next() (frame, error) {
	_ = c.ws.SetReadDeadline(time.Now().Add(5 * time.Second))
	var f frame
	_, data, err := c.ws.ReadMessage()
	if err != nil {
		return f, err
	}
	if err := json.Unmarshal(data, &f); err != nil {
		c.t.Fatalf("frame %s: %v", data, err)
	}
	return f, nil
}

// read reads one frame or fails.
func (c *rawConn) read() frame {
	c.t.Helper()
	f, err := c.next()
	if err != nil {
		c.t.Fatalf("read: %v", err)
	}
	return f
}

// identify sends op 2 and returns READY's data.
func (c *rawConn) identify(srv *fakediscord.Server, intents int, shard *[2]int) map[string]any {
	c.t.Helper()
	d := map[string]any{"token": "Bot " + srv.Token(), "intents": intents, "properties": map[string]string{}}
	if shard != nil {
		d["shard"] = shard
	}
	c.send(2, d)
	f := c.read()
	if f.T != "READY" {
		c.t.Fatalf("after identify got op %d %q; want READY", f.Op, f.T)
	}
	var ready map[string]any
	if err := json.Unmarshal(f.D, &ready); err != nil {
		c.t.Fatal(err)
	}
	return ready
}

// closeCode returns the close code the server ended the connection with.
func (c *rawConn) closeCode() int {
	c.t.Helper()
	for {
		_, err := c.next()
		if err == nil {
			continue
		}
		if ce, ok := err.(*websocket.CloseError); ok {
			return ce.Code
		}
		c.t.Fatalf("connection ended without a close frame: %v", err)
	}
}
