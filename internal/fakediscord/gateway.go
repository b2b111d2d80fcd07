package fakediscord

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/gorilla/websocket"
)

// Gateway opcodes the fake sends or accepts (Discord's gateway.mdx).
const (
	opDispatch       = 0
	opHeartbeat      = 1
	opIdentify       = 2
	opPresenceUpdate = 3
	opVoiceState     = 4
	opResume         = 6
	opReconnect      = 7
	opRequestMembers = 8
	opInvalidSession = 9
	opHello          = 10
	opHeartbeatACK   = 11
)

// Gateway tuning.
const (
	// writeTimeout bounds every websocket write, so a client that stopped
	// reading cannot wedge a test's Dispatch call.
	writeTimeout = 5 * time.Second
	// maxClientFrame is far above anything a bot sends (an Identify is about
	// 500 bytes) but stops a runaway client from exhausting memory.
	maxClientFrame = 1 << 20
	// maxBacklog is how many dispatched events a session keeps for replay on
	// resume; older ones are lost, and resuming from before them fails with
	// op 9 as it would on Discord.
	maxBacklog = 1000
)

// Intent bits the fake interprets (Discord's gateway.mdx "List of Intents").
const (
	intentGuilds         = 1 << 0
	intentGuildMessages  = 1 << 9
	intentDirectMessages = 1 << 12
	intentMessageContent = 1 << 15
)

// AllShards selects every gateway connection in [Server.SendReconnect],
// [Server.InvalidateSession] and [Server.CloseConnection].
const AllShards = -1

// ErrNoSession is wrapped by dispatch errors when no gateway session would
// receive the event, so a test learns at once that its event went nowhere
// instead of timing out waiting for a reaction.
var ErrNoSession = errors.New("no gateway session receives this event")

// Identify is one op 2 Identify payload the fake received.
type Identify struct {
	// Token is the token as sent; discordgo includes the "Bot " prefix.
	Token string
	// Intents is the requested intent bit set.
	Intents int
	// Shard is [shard_id, num_shards], or nil when the client did not shard
	// (discordgo sends it only when ShardCount > 1).
	Shard *[2]int
	// Compress is the payload-compression flag; the fake always answers in
	// plain JSON text frames, which discordgo accepts either way.
	Compress bool
	// Raw is the complete "d" object, for fields the fake does not model.
	Raw json.RawMessage
}

// gatewayState is the part of Server guarded by Server.mu that concerns
// websocket connections and sessions.
type gatewayState struct {
	conns          map[*gwConn]struct{}
	sessions       map[string]*session // live (not ended) sessions by ID
	identifies     []Identify
	readies        int // READY payloads sent
	resumes        int // RESUMED payloads sent
	nextConnID     int
	noHeartbeatACK bool
}

func (g *gatewayState) init() {
	g.conns = make(map[*gwConn]struct{})
	g.sessions = make(map[string]*session)
}

// connList returns the open connections in no particular order.
func (g *gatewayState) connList() []*gwConn {
	out := make([]*gwConn, 0, len(g.conns))
	for c := range g.conns {
		out = append(out, c)
	}
	return out
}

// session is a Discord gateway session: it outlives a connection, keeps the
// sequence counter and the backlog replayed on resume.
type session struct {
	id      string
	shard   [2]int // [0, 1] when the client did not shard
	intents int

	// mu serialises sequence assignment with the write, so frames leave in
	// s order even when tests dispatch from several goroutines.
	mu      sync.Mutex
	seq     int64
	floor   int64 // highest sequence dropped from backlog
	backlog []frame
	conn    *gwConn // nil while the client is between connections
	ended   bool
}

// frame is one dispatched payload, kept for replay.
type frame struct {
	seq  int64
	data []byte
}

// gwConn is one websocket connection.
type gwConn struct {
	id int
	ws *websocket.Conn

	wmu     sync.Mutex // gorilla allows one concurrent writer
	lastSeq int64      // guarded by wmu: last s written on this socket

	// guarded by Server.mu
	sess    *session
	ready   bool     // identified or resumed, and not yet closed
	beat    bool     // the client has sent a heartbeat
	pending []func() // fault injections held until the first heartbeat
}

// payload is a gateway frame as the fake writes it.
type payload struct {
	Op int             `json:"op"`
	S  *int64          `json:"s"`
	T  *string         `json:"t"`
	D  json.RawMessage `json:"d"`
}

// write sends one text frame.
func (c *gwConn) write(b []byte) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	_ = c.ws.SetWriteDeadline(time.Now().Add(writeTimeout))
	return c.ws.WriteMessage(websocket.TextMessage, b)
}

// writeOp sends a non-dispatch frame.
func (c *gwConn) writeOp(op int, d any) error {
	raw, err := json.Marshal(d)
	if err != nil {
		return err
	}
	b, err := json.Marshal(payload{Op: op, D: raw})
	if err != nil {
		return err
	}
	return c.write(b)
}

// writeDispatch sends a dispatch frame and remembers its sequence number.
func (c *gwConn) writeDispatch(seq int64, b []byte) error {
	c.wmu.Lock()
	defer c.wmu.Unlock()
	_ = c.ws.SetWriteDeadline(time.Now().Add(writeTimeout))
	c.lastSeq = seq
	return c.ws.WriteMessage(websocket.TextMessage, b)
}

// closeWith sends a close frame and drops the socket; the read loop then
// ends and cleans up. WriteControl may run concurrently with other writes.
func (c *gwConn) closeWith(code int, reason string) {
	_ = c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, reason), time.Now().Add(time.Second))
	_ = c.ws.Close()
}

// encodeDispatch renders an op 0 frame.
func encodeDispatch(seq int64, event string, d json.RawMessage) []byte {
	if len(d) == 0 {
		d = json.RawMessage("null")
	}
	b, err := json.Marshal(payload{Op: opDispatch, S: &seq, T: &event, D: d})
	if err != nil { // d is always valid JSON produced by the fake itself
		panic("fakediscord: encoding dispatch: " + err.Error())
	}
	return b
}

// dispatch sends an event on the session, or keeps it for replay while the
// client is reconnecting. It reports false if the session has ended.
func (ss *session) dispatch(event string, d json.RawMessage) bool {
	ss.mu.Lock()
	defer ss.mu.Unlock()
	if ss.ended {
		return false
	}
	ss.send(event, d, true)
	return true
}

// send assigns the next sequence number and writes; callers hold ss.mu.
// A write error is left to the connection's read loop to notice.
func (ss *session) send(event string, d json.RawMessage, keep bool) {
	ss.seq++
	b := encodeDispatch(ss.seq, event, d)
	if keep {
		ss.backlog = append(ss.backlog, frame{seq: ss.seq, data: b})
		if n := len(ss.backlog) - maxBacklog; n > 0 {
			ss.floor = ss.backlog[n-1].seq
			ss.backlog = append([]frame(nil), ss.backlog[n:]...)
		}
	}
	if ss.conn != nil {
		_ = ss.conn.writeDispatch(ss.seq, b)
	}
}

// receives reports whether the session is on the shard for guildID
// (0 meaning no guild): (guild_id >> 22) % num_shards, with guild-less
// events on shard 0, per Discord's gateway.mdx "Sharding".
func (ss *session) receives(guildID uint64, hasGuild bool) bool {
	if !hasGuild {
		return ss.shard[0] == 0
	}
	return int((guildID>>22)%uint64(ss.shard[1])) == ss.shard[0]
}

// serveGateway upgrades to a websocket and runs the connection until it
// closes.
func (s *Server) serveGateway(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if enc := q.Get("encoding"); enc != "" && enc != "json" {
		http.Error(w, "fakediscord: only encoding=json is implemented", http.StatusBadRequest)
		return
	}
	if q.Get("compress") != "" {
		http.Error(w, "fakediscord: transport compression (zlib-stream) is not implemented", http.StatusBadRequest)
		return
	}
	ws, err := s.upgrader.Upgrade(w, r, nil)
	if err != nil {
		return // Upgrade has already answered with an HTTP error
	}
	ws.SetReadLimit(maxClientFrame)
	c := &gwConn{ws: ws}

	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		c.closeWith(websocket.CloseGoingAway, "fakediscord shutting down")
		return
	}
	s.gateway.nextConnID++
	c.id = s.gateway.nextConnID
	s.gateway.conns[c] = struct{}{}
	s.notifyLocked()
	s.mu.Unlock()
	s.logf("gateway connection %d opened (%s)", c.id, r.URL.RequestURI())

	code := s.runConn(c)
	s.connGone(c, code)
}

// runConn sends Hello and handles client frames until the socket fails. It
// returns the client's close code, or -1 if the socket just broke.
func (s *Server) runConn(c *gwConn) int {
	hb := s.opts.HeartbeatInterval.Milliseconds()
	if err := c.writeOp(opHello, map[string]any{"heartbeat_interval": hb, "_trace": []string{"fakediscord"}}); err != nil {
		_ = c.ws.Close()
		return -1
	}
	for {
		_, data, err := c.ws.ReadMessage()
		if err != nil {
			_ = c.ws.Close()
			var ce *websocket.CloseError
			if errors.As(err, &ce) {
				return ce.Code
			}
			return -1
		}
		var p struct {
			Op *int            `json:"op"`
			D  json.RawMessage `json:"d"`
		}
		if json.Unmarshal(data, &p) != nil || p.Op == nil {
			c.closeWith(4002, "Error while decoding payload.")
			continue // the next read fails and ends the loop
		}
		switch *p.Op {
		case opHeartbeat:
			s.mu.Lock()
			ack := !s.gateway.noHeartbeatACK
			c.beat = true
			pending := c.pending
			c.pending = nil
			s.mu.Unlock()
			if ack {
				_ = c.writeOp(opHeartbeatACK, nil)
			}
			for _, f := range pending {
				f()
			}
		case opIdentify:
			s.identify(c, p.D)
		case opResume:
			s.resume(c, p.D)
		case opPresenceUpdate, opVoiceState, opRequestMembers:
			// Accepted and ignored: nothing a test needs answers to them,
			// but Discord rejects them before authentication.
			s.mu.Lock()
			authed := c.sess != nil
			s.mu.Unlock()
			if !authed {
				c.closeWith(4003, "Not authenticated.")
			}
		default:
			c.closeWith(4001, "Unknown opcode.")
		}
	}
}

// connGone detaches a closed connection from its session. Closing with 1000
// or 1001 ends the session, as on Discord; anything else leaves it
// resumable, with events kept for replay.
func (s *Server) connGone(c *gwConn, code int) {
	s.mu.Lock()
	ss := c.sess
	c.sess, c.ready = nil, false
	delete(s.gateway.conns, c)
	s.notifyLocked()
	s.mu.Unlock()
	s.logf("gateway connection %d closed (code %d)", c.id, code)
	if ss == nil {
		return
	}
	ss.mu.Lock()
	if ss.conn == c {
		ss.conn = nil
	}
	if code == websocket.CloseNormalClosure || code == websocket.CloseGoingAway {
		ss.ended = true
	}
	ended := ss.ended
	ss.mu.Unlock()
	if ended {
		s.endSession(ss)
	}
}

// endSession forgets a session so it receives no further events.
func (s *Server) endSession(ss *session) {
	ss.mu.Lock()
	ss.ended = true
	ss.conn = nil
	ss.mu.Unlock()
	s.mu.Lock()
	if s.gateway.sessions[ss.id] == ss {
		delete(s.gateway.sessions, ss.id)
	}
	s.notifyLocked()
	s.mu.Unlock()
}

// identifyPayload is the part of op 2 the fake checks. Presence and
// properties are not validated: discordgo fills them with zero values.
type identifyPayload struct {
	Token    string  `json:"token"`
	Intents  *int    `json:"intents"`
	Shard    *[2]int `json:"shard"`
	Compress bool    `json:"compress"`
}

// checkToken reports whether a gateway token matches; Discord accepts it
// with or without the "Bot " prefix.
func (s *Server) checkToken(tok string) bool {
	return tok == s.opts.Token || tok == "Bot "+s.opts.Token
}

// identify handles op 2: validate like Discord, start a session, send READY
// and the shard's GUILD_CREATEs.
func (s *Server) identify(c *gwConn, d json.RawMessage) {
	var p identifyPayload
	if err := json.Unmarshal(d, &p); err != nil {
		c.closeWith(4002, "Error while decoding payload.")
		return
	}
	s.mu.Lock()
	s.gateway.identifies = append(s.gateway.identifies, Identify{
		Token: p.Token, Intents: intOr(p.Intents, 0), Shard: p.Shard, Compress: p.Compress, Raw: append(json.RawMessage(nil), d...),
	})
	active := c.sess != nil
	s.notifyLocked()
	s.mu.Unlock()

	shard := [2]int{0, 1}
	if p.Shard != nil {
		shard = *p.Shard
	}
	switch {
	case active:
		c.closeWith(4005, "Already authenticated.")
		return
	case !s.checkToken(p.Token):
		reason := "Authentication failed."
		if s.opts.EchoAuthorization {
			reason = truncateUTF8("Authentication failed: "+p.Token, 123) // a close frame's reason is at most 123 bytes
		}
		c.closeWith(4004, reason)
		return
	case p.Intents == nil:
		c.closeWith(4013, "Invalid intent(s).")
		return
	case shard[1] < 1 || shard[0] < 0 || shard[0] >= shard[1]:
		c.closeWith(4010, "Invalid shard.")
		return
	case *p.Intents&s.opts.DisallowedIntents != 0:
		c.closeWith(4014, "Disallowed intent(s).")
		return
	}

	// A new session continues the socket's sequence rather than restarting
	// at 1, so s never goes backwards on one connection (Discord restarts
	// it; discordgo accepts either).
	c.wmu.Lock()
	start := c.lastSeq
	c.wmu.Unlock()
	ss := &session{id: randomToken(), shard: shard, intents: *p.Intents, seq: start, floor: start, conn: c}

	// Publish the session, counted as ready, while holding ss.mu: a bot
	// reacting to READY already finds the connection ready, and nothing
	// sent through the session (dispatches, op 7, op 9) can overtake READY.
	ss.mu.Lock()
	s.mu.Lock()
	c.sess, c.ready = ss, true
	s.gateway.sessions[ss.id] = ss
	s.gateway.readies++
	s.notifyLocked()
	s.mu.Unlock()

	var guilds []string
	for _, g := range s.opts.Guilds {
		if id, err := strconv.ParseUint(g, 10, 64); err == nil && ss.receives(id, true) {
			guilds = append(guilds, g)
		}
	}
	ready := map[string]any{
		"v":                  9,
		"user":               s.BotUser().object(),
		"session_id":         ss.id,
		"session_type":       "normal",
		"resume_gateway_url": s.GatewayURL(),
		"application":        map[string]any{"id": s.opts.ApplicationID, "flags": 0},
		"guilds":             unavailableGuilds(guilds),
		"private_channels":   []any{},
		"relationships":      []any{},
		"presences":          []any{},
		"_trace":             []string{"fakediscord"},
	}
	if p.Shard != nil {
		ready["shard"] = shard
	}
	ss.send("READY", mustJSON(ready), false)
	if ss.intents&intentGuilds != 0 {
		for _, g := range guilds {
			ss.send("GUILD_CREATE", mustJSON(guildObject(g)), true)
		}
	}
	ss.mu.Unlock()
	s.logf("gateway connection %d identified: session %s shard %v intents %d", c.id, ss.id, shard, ss.intents)
}

// resume handles op 6: replay what the client missed, then RESUMED, or
// op 9 if the session cannot be resumed.
func (s *Server) resume(c *gwConn, d json.RawMessage) {
	var p struct {
		Token     string `json:"token"`
		SessionID string `json:"session_id"`
		Seq       int64  `json:"seq"`
	}
	if err := json.Unmarshal(d, &p); err != nil {
		c.closeWith(4002, "Error while decoding payload.")
		return
	}
	if !s.checkToken(p.Token) {
		c.closeWith(4004, "Authentication failed.")
		return
	}
	s.mu.Lock()
	active := c.sess != nil
	ss := s.gateway.sessions[p.SessionID]
	s.mu.Unlock()
	if active {
		c.closeWith(4005, "Already authenticated.")
		return
	}
	invalid := func() { _ = c.writeOp(opInvalidSession, false) }
	if ss == nil {
		invalid()
		return
	}

	ss.mu.Lock()
	if ss.ended || p.Seq > ss.seq || p.Seq < ss.floor {
		ss.mu.Unlock()
		// The client will identify anew; a stale session left behind would
		// keep swallowing events meant for the new one.
		s.endSession(ss)
		invalid()
		return
	}
	old := ss.conn
	ss.conn = c
	s.mu.Lock()
	c.sess, c.ready = ss, true
	if old != nil {
		old.sess, old.ready = nil, false
	}
	s.gateway.resumes++
	s.notifyLocked()
	s.mu.Unlock()
	if old != nil {
		// Discord drops the previous connection of a resumed session.
		old.closeWith(4009, "Session timed out.")
	}
	for _, f := range ss.backlog {
		if f.seq > p.Seq {
			_ = c.writeDispatch(f.seq, f.data)
		}
	}
	ss.send("RESUMED", json.RawMessage("null"), false)
	ss.mu.Unlock()
	s.logf("gateway connection %d resumed session %s from seq %d", c.id, ss.id, p.Seq)
}

// Dispatch sends an arbitrary event (op 0, with the session's next sequence
// number) to the sessions that should receive it. d is marshalled to JSON.
// An object with a "guild_id" (or, for GUILD_CREATE/UPDATE/DELETE, an "id")
// goes to the shard owning that guild; anything else to shard 0. Events for
// a session that is between connections are replayed when it resumes. The
// error wraps ErrNoSession when no session receives the event.
func (s *Server) Dispatch(event string, d any) error {
	raw, err := json.Marshal(d)
	if err != nil {
		return fmt.Errorf("fakediscord: encoding %s: %w", event, err)
	}
	var obj struct {
		GuildID string `json:"guild_id"`
		ID      string `json:"id"`
	}
	_ = json.Unmarshal(raw, &obj) // not an object: no guild
	guild := obj.GuildID
	if guild == "" && (event == "GUILD_CREATE" || event == "GUILD_UPDATE" || event == "GUILD_DELETE") {
		guild = obj.ID
	}
	return s.dispatchTo(event, guild, func(*session) (json.RawMessage, bool) { return raw, true })
}

// dispatchTo sends event to every live session on guildID's shard; render
// may tailor the payload per session or skip it (intents).
func (s *Server) dispatchTo(event, guildID string, render func(*session) (json.RawMessage, bool)) error {
	var gid uint64
	if guildID != "" {
		var err error
		if gid, err = strconv.ParseUint(guildID, 10, 64); err != nil {
			return fmt.Errorf("fakediscord: %s: guild_id %q is not a snowflake", event, guildID)
		}
	}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return ErrClosed
	}
	var targets []*session
	for _, ss := range s.gateway.sessions {
		if ss.receives(gid, guildID != "") {
			targets = append(targets, ss)
		}
	}
	s.mu.Unlock()

	delivered, filtered := 0, 0
	for _, ss := range targets {
		d, ok := render(ss)
		if !ok {
			filtered++
			continue
		}
		if ss.dispatch(event, d) {
			delivered++
		}
	}
	switch {
	case delivered > 0:
		return nil
	case filtered > 0:
		return fmt.Errorf("fakediscord: %s: every session on the shard lacks the intent for it: %w", event, ErrNoSession)
	case guildID != "":
		return fmt.Errorf("fakediscord: %s for guild %s: %w", event, guildID, ErrNoSession)
	default:
		return fmt.Errorf("fakediscord: %s: no session on shard 0: %w", event, ErrNoSession)
	}
}

// target is a ready connection with its session, as selected for fault
// injection.
type target struct {
	c  *gwConn
	ss *session
}

// selectConns returns the ready connections on shard (or all of them).
func (s *Server) selectConns(shard int) ([]target, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return nil, ErrClosed
	}
	var out []target
	for c := range s.gateway.conns {
		if c.ready && c.sess != nil && (shard == AllShards || c.sess.shard[0] == shard) {
			out = append(out, target{c, c.sess})
		}
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("fakediscord: no ready connection on shard %d: %w", shard, ErrNoSession)
	}
	return out, nil
}

// writeOp sends an op frame after anything the session is sending, such
// as a READY still being written.
func (t target) writeOp(op int, d any) {
	t.ss.mu.Lock()
	defer t.ss.mu.Unlock()
	_ = t.c.writeOp(op, d)
}

// afterFirstHeartbeat runs f now if the connection has sent a heartbeat,
// else when it does. discordgo v0.29.0 sends its first heartbeat from a
// goroutine started at the end of Open; if the socket is closed or op 7
// arrives before that write, both its heartbeat and listen goroutines run
// Close and reconnect, and the second Close kills the freshly resumed
// connection. Discord never disrupts a connection that young, so holding
// the fault back keeps tests deterministic without hiding bot behaviour.
func (s *Server) afterFirstHeartbeat(c *gwConn, f func()) {
	s.mu.Lock()
	if !c.beat {
		c.pending = append(c.pending, f)
		s.mu.Unlock()
		return
	}
	s.mu.Unlock()
	f()
}

// SendReconnect sends op 7 Reconnect to the connections on shard
// (AllShards for every one). discordgo closes with 1012, reconnects and
// resumes; wait for that with [Server.WaitResumed]. A connection that has
// not sent its first heartbeat yet gets op 7 right after it does (see the
// package documentation on discordgo's start-up race); SendReconnect never
// blocks.
func (s *Server) SendReconnect(shard int) error {
	targets, err := s.selectConns(shard)
	if err != nil {
		return err
	}
	for _, t := range targets {
		s.afterFirstHeartbeat(t.c, func() { t.writeOp(opReconnect, nil) })
	}
	return nil
}

// InvalidateSession sends op 9 Invalid Session (d: false) to the
// connections on shard and ends their sessions. discordgo answers with a new
// Identify on the same socket; wait with [Server.WaitReady].
func (s *Server) InvalidateSession(shard int) error {
	targets, err := s.selectConns(shard)
	if err != nil {
		return err
	}
	for _, t := range targets {
		// End the session before op 9 leaves, all under ss.mu: the
		// client's new Identify must find the socket unauthenticated, and
		// no dispatch may follow op 9 on the dead session.
		t.ss.mu.Lock()
		t.ss.ended, t.ss.conn = true, nil
		s.mu.Lock()
		if t.c.sess == t.ss {
			t.c.sess, t.c.ready = nil, false
		}
		if s.gateway.sessions[t.ss.id] == t.ss {
			delete(s.gateway.sessions, t.ss.id)
		}
		s.notifyLocked()
		s.mu.Unlock()
		_ = t.c.writeOp(opInvalidSession, false)
		t.ss.mu.Unlock()
	}
	return nil
}

// nonResumable lists close codes after which Discord will not resume the
// session (gateway.mdx "Gateway Close Event Codes"): the client must
// identify again, so the fake answers its Resume with op 9.
var nonResumable = map[int]bool{4004: true, 4007: true, 4009: true, 4010: true, 4011: true, 4012: true, 4013: true, 4014: true}

// CloseConnection closes the connections on shard with a close frame
// carrying code (4000 "Unknown error" if 0). After READY, discordgo
// reconnects whatever the code; for codes Discord treats as
// non-resumable the fake ends the session, so that reconnect identifies
// anew. Like SendReconnect, it waits for the connection's first heartbeat
// without blocking the caller.
func (s *Server) CloseConnection(shard, code int) error {
	targets, err := s.selectConns(shard)
	if err != nil {
		return err
	}
	if code == 0 {
		code = 4000
	}
	for _, t := range targets {
		s.afterFirstHeartbeat(t.c, func() {
			if nonResumable[code] {
				s.endSession(t.ss)
			}
			t.ss.mu.Lock() // after anything the session is still writing
			t.c.closeWith(code, "fakediscord: closed by test")
			t.ss.mu.Unlock()
		})
	}
	return nil
}

// SetHeartbeatACK controls whether heartbeats are acknowledged (op 11).
// With acknowledgements off, discordgo reconnects and resumes after five
// intervals without one; pair it with a short Options.HeartbeatInterval.
func (s *Server) SetHeartbeatACK(enabled bool) {
	s.mu.Lock()
	s.gateway.noHeartbeatACK = !enabled
	s.mu.Unlock()
}

// Identifies returns every Identify received so far, in order, including
// rejected ones.
func (s *Server) Identifies() []Identify {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make([]Identify, len(s.gateway.identifies))
	for i, id := range s.gateway.identifies {
		if id.Shard != nil {
			sh := *id.Shard
			id.Shard = &sh
		}
		id.Raw = append(json.RawMessage(nil), id.Raw...)
		out[i] = id
	}
	return out
}

// IdentifyCount is the number of Identify payloads received so far.
func (s *Server) IdentifyCount() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return len(s.gateway.identifies)
}

// ReadyCount is the number of READY events sent so far.
func (s *Server) ReadyCount() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.gateway.readies
}

// ResumeCount is the number of successful resumes (RESUMED events sent).
func (s *Server) ResumeCount() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.gateway.resumes
}

// WaitReady waits until at least n READY events have been sent in total
// since Start (so re-identifies count too).
func (s *Server) WaitReady(ctx context.Context, n int) error {
	return s.waitFor(ctx,
		func() bool { return s.gateway.readies >= n },
		func() string { return fmt.Sprintf("waiting for %d READY, sent %d", n, s.gateway.readies) })
}

// WaitResumed waits until at least n resumes have succeeded since Start.
func (s *Server) WaitResumed(ctx context.Context, n int) error {
	return s.waitFor(ctx,
		func() bool { return s.gateway.resumes >= n },
		func() string { return fmt.Sprintf("waiting for %d RESUMED, sent %d", n, s.gateway.resumes) })
}

// WaitConnections waits until at least n connections are open and
// identified or resumed at the same time.
func (s *Server) WaitConnections(ctx context.Context, n int) error {
	live := func() int {
		k := 0
		for c := range s.gateway.conns {
			if c.ready {
				k++
			}
		}
		return k
	}
	return s.waitFor(ctx,
		func() bool { return live() >= n },
		func() string { return fmt.Sprintf("waiting for %d ready connections, have %d", n, live()) })
}

// unavailableGuilds renders READY's guild stubs.
func unavailableGuilds(ids []string) []any {
	out := make([]any, 0, len(ids))
	for _, id := range ids {
		out = append(out, map[string]any{"id": id, "unavailable": true})
	}
	return out
}

// guildObject is the minimal GUILD_CREATE payload discordgo's state accepts.
func guildObject(id string) map[string]any {
	return map[string]any{
		"id": id, "name": "Guild " + id, "unavailable": false, "owner_id": DefaultUserID,
		"joined_at": discordTime(time.Now()), "member_count": 2, "large": false,
		"roles": []any{}, "emojis": []any{}, "channels": []any{}, "threads": []any{},
		"members": []any{}, "presences": []any{}, "voice_states": []any{}, "features": []any{},
	}
}

// mustJSON marshals values the fake builds itself, which cannot fail.
func mustJSON(v any) json.RawMessage {
	b, err := json.Marshal(v)
	if err != nil {
		panic("fakediscord: encoding own payload: " + err.Error())
	}
	return b
}

// intOr dereferences p, or returns def for nil.
func intOr(p *int, def int) int {
	if p == nil {
		return def
	}
	return *p
}

// truncateUTF8 shortens s to at most n bytes on a character boundary.
func truncateUTF8(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
