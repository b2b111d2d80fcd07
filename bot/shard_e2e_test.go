package bot

import (
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"testing"

	dg "github.com/bwmarrin/discordgo"

	"factbot/handlers"
	"factbot/internal/fakediscord"
)

// Guilds on shard 0 and shard 1 of two, by Discord's rule
// shard = (guild_id >> 22) % shard_count.
var (
	shardGuild0 = strconv.FormatUint(10<<22, 10)
	shardGuild1 = strconv.FormatUint(11<<22, 10)
)

// TestGatewayShardsAuto runs SHARD_COUNT=auto against a fake that
// recommends two shards: one session per shard, commands registered once,
// and a command in each shard's guild answered by that shard.
func TestGatewayShardsAuto(t *testing.T) {
	t.Parallel()
	srv, err := fakediscord.Start(fakediscord.Options{Shards: 2, Guilds: []string{shardGuild0, shardGuild1}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Close)
	t.Cleanup(func() { e2eNoViolations(t, srv) })
	log := slog.New(slog.DiscardHandler)
	h := withBase(e2eLoadBase(t), &handlers.Handler{Version: "e2e", Log: log})
	gw := &Gateway{Responder: &Responder{Handler: h, Log: log}, Token: srv.Token(), APIURL: srv.APIURL(), ShardAuto: true, Log: log}
	ctx := e2eContext(t)
	if err := gw.Open(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(gw.Close)
	<-gw.Registered()
	if err := srv.WaitReady(ctx, 2); err != nil {
		t.Fatal(err)
	}
	var shards []string
	for _, id := range srv.Identifies() {
		if id.Shard == nil {
			t.Fatal("an Identify without a shard")
		}
		shards = append(shards, fmt.Sprintf("%d,%d", id.Shard[0], id.Shard[1]))
	}
	if got := strings.Join(shards, " "); got != "0,2 1,2" && got != "1,2 0,2" {
		t.Errorf("identified shards %q; want 0,2 and 1,2", got)
	}
	if n := e2eCountRequests(srv, "PUT", "applications/{app}/commands"); n != 1 {
		t.Errorf("%d registrations; want 1 from shard 0", n)
	}
	for _, g := range []string{shardGuild0, shardGuild1} {
		if !gw.Owns(g) {
			t.Errorf("Owns(%s) = false with both shards in the process", g)
		}
		ix, err := srv.DispatchCommand(fakediscord.Invocation{GuildID: g}, "fact", fakediscord.CommandOption{Name: "topic", Value: "embassy"})
		if err != nil {
			t.Fatal(err)
		}
		if e := e2eEmbed(t, e2eCallback(t, srv, ix)); !strings.Contains(e.Description, "Tel Aviv") {
			t.Errorf("guild %s: %q", g, e.Description)
		}
	}
	// The fake has sent both shards READY, but each session marks itself
	// up in its own handler goroutine, which a loaded machine may run
	// after the commands above were answered.
	e2eEventually(t, "Connected() with both shards up", gw.Connected)
}

// TestOwns checks Discord's shard rule for a process that runs one of two
// shards: it posts daily only for its own guilds.
func TestOwns(t *testing.T) {
	g := &Gateway{}
	if !g.Owns(shardGuild0) {
		t.Error("a gateway with no sessions owns every guild")
	}
	s, err := g.NewSession(1, 2)
	if err != nil {
		t.Fatal(err)
	}
	g.sessions = []*dg.Session{s}
	for guild, want := range map[string]bool{shardGuild0: false, shardGuild1: true, "not-a-number": false} {
		if got := g.Owns(guild); got != want {
			t.Errorf("shard 1/2 Owns(%s) = %v; want %v", guild, got, want)
		}
	}
}
