package bot

import (
	"context"
	"log/slog"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	dg "github.com/bwmarrin/discordgo"

	"factbot/daily"
	"factbot/handlers"
	"factbot/internal/fakediscord"
)

// e2eSlowDaily is a /daily store that takes its time, like SQLite waiting
// for another process's lock.
type e2eSlowDaily struct{ delay time.Duration }

func (d e2eSlowDaily) Subscribe(ctx context.Context, guild, channel string, hour, minute int, tz string) (handlers.DailyStatus, error) {
	time.Sleep(d.delay)
	return handlers.DailyStatus{ChannelID: channel, Hour: hour, Minute: minute, TZ: tz}, nil
}

func (d e2eSlowDaily) Unsubscribe(context.Context, string) (bool, error) {
	time.Sleep(d.delay)
	return true, nil
}

func (d e2eSlowDaily) Status(context.Context, string) (handlers.DailyStatus, bool, error) {
	time.Sleep(d.delay)
	return handlers.DailyStatus{ChannelID: "3000000000000000003", Hour: 9, TZ: "UTC"}, true, nil
}

// TestGatewaySlowStoreDefers: an answer that waits on a slow store is
// acknowledged in time with a deferred response, only for the asker, and
// then sent by editing it; a fast answer is not deferred.
func TestGatewaySlowStoreDefers(t *testing.T) {
	t.Parallel()
	b := startE2E(t, e2eConfig{daily: e2eSlowDaily{delay: time.Second}, setup: func(_ *fakediscord.Server, g *Gateway) {
		g.Responder.DeferAfter = 50 * time.Millisecond
	}})
	ix, err := b.srv.DispatchCommand(fakediscord.Invocation{GuildID: e2eGuild}, "daily", fakediscord.CommandOption{Name: "status"})
	if err != nil {
		t.Fatal(err)
	}
	cb := e2eCallback(t, b.srv, ix)
	if cb.Type != 5 || cb.Flags&64 == 0 {
		t.Fatalf("slow /daily status: callback type %d, flags %d; want 5 (deferred), ephemeral (body %s)", cb.Type, cb.Flags, cb.Request.Body)
	}
	reply, err := b.srv.WaitReply(e2eContext(t), ix)
	if err != nil {
		t.Fatal(err)
	}
	if len(reply.Embeds) != 1 || !strings.Contains(reply.Embeds[0].Description, "every day at 09:00") || reply.Flags&64 == 0 {
		t.Errorf("deferred /daily status answered %+v; want the status, ephemeral", reply)
	}
	if cb := b.command(t, fakediscord.Invocation{GuildID: e2eGuild}, "fact", fakediscord.CommandOption{Name: "topic", Value: "embassy"}); cb.Type != 4 {
		t.Errorf("/fact answered with callback type %d; want 4, not deferred", cb.Type)
	}
}

// recordingEditor is an Editor that records the edits it is asked for.
type recordingEditor struct {
	mu    sync.Mutex
	edits []*dg.WebhookEdit
	done  chan struct{}
}

func (e *recordingEditor) InteractionResponseEdit(_ *dg.Interaction, edit *dg.WebhookEdit, _ ...dg.RequestOption) (*dg.Message, error) {
	e.mu.Lock()
	e.edits = append(e.edits, edit)
	e.mu.Unlock()
	close(e.done)
	return &dg.Message{}, nil
}

var _ Editor = (*recordingEditor)(nil)

// TestHTTPSlowStoreDefers: the HTTP endpoint answers a slow /daily with a
// deferred response in its body, then edits it with the answer.
func TestHTTPSlowStoreDefers(t *testing.T) {
	f := newWebhookFixture(t)
	ed := &recordingEditor{done: make(chan struct{})}
	f.handler.Daily = e2eSlowDaily{delay: time.Second}
	f.endpoint.Responder.DeferAfter = 50 * time.Millisecond
	f.endpoint.Edits = ed
	body := webhookInteraction("700000000000000701", webhookCommandType, map[string]any{"name": "daily", "options": []any{map[string]any{"type": 1, "name": "status"}}})
	rec := f.serve(signedWebhookRequest(f.priv, webhookNow, body))
	if rec.Code != http.StatusOK {
		t.Fatalf("slow /daily: status %d; want 200", rec.Code)
	}
	if r := decodeReply(t, rec.Body.Bytes()); r.Type != 5 || r.Data == nil || r.Data.Flags != 64 {
		t.Fatalf("slow /daily answered %s; want type 5 (deferred), ephemeral", rec.Body)
	}
	select {
	case <-ed.done:
	case <-time.After(e2eWait):
		t.Fatal("the deferred answer was never sent")
	}
	ed.mu.Lock()
	defer ed.mu.Unlock()
	if e := ed.edits[0]; e.Embeds == nil || len(*e.Embeds) != 1 || !strings.Contains((*e.Embeds)[0].Description, "every day at 09:00") {
		t.Errorf("edit = %+v; want the status embed", e)
	}
}

// TestGatewayRegistrationRetries: a 5xx at start is retried with backoff,
// and /readyz says not ready until the commands are registered; a 4xx is
// final, and /readyz shows it.
func TestGatewayRegistrationRetries(t *testing.T) {
	t.Parallel()
	put := "applications/{app}/commands"
	t.Run("retried", func(t *testing.T) {
		t.Parallel()
		b := startE2E(t, e2eConfig{setup: func(srv *fakediscord.Server, g *Gateway) {
			srv.FailNext(http.MethodPut, put, 2, fakediscord.ErrorFault(http.StatusServiceUnavailable))
			g.RegisterRetry = daily.Backoff{Initial: 10 * time.Millisecond, Max: 20 * time.Millisecond}
		}})
		if n := e2eCountRequests(b.srv, http.MethodPut, put); n != 3 {
			t.Errorf("%d registration requests; want 3 (two 503s, then success)", n)
		}
		if err := b.gw.Ready(context.Background()); err != nil {
			t.Errorf("Ready after registration = %v", err)
		}
	})
	for _, tt := range []struct {
		name   string
		status int
		retry  daily.Backoff
	}{
		{"pending", http.StatusBadGateway, daily.Backoff{Initial: time.Hour, Max: time.Hour}},
		{"refused", http.StatusBadRequest, daily.Backoff{Initial: time.Millisecond, Max: time.Millisecond}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			srv, err := fakediscord.Start(fakediscord.Options{})
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(srv.Close)
			// discordgo retries a 502 three times itself.
			srv.FailNext(http.MethodPut, put, 4, fakediscord.ErrorFault(tt.status))
			log := &e2eLog{}
			logger := slog.New(slog.NewTextHandler(log, nil))
			h := withBase(e2eLoadBase(t), &handlers.Handler{Log: logger})
			g := &Gateway{Responder: &Responder{Handler: h, Log: logger}, Token: srv.Token(), APIURL: srv.APIURL(), Log: logger, RegisterRetry: tt.retry}
			if err := g.Open(e2eContext(t)); err != nil {
				t.Fatal(err)
			}
			t.Cleanup(g.Close)
			t.Cleanup(func() {
				if t.Failed() {
					t.Logf("log:\n%s\nReady: %v", log.String(), g.Ready(context.Background()))
				}
			})
			e2eEventually(t, "a registration error in Ready", func() bool {
				err := g.Ready(context.Background())
				return err != nil && strings.Contains(err.Error(), "commands not registered") && strings.Contains(err.Error(), "HTTP "+strconv.Itoa(tt.status))
			})
			if !g.Connected() {
				t.Error("not connected; want connected but not ready")
			}
			if tt.status == http.StatusBadRequest {
				time.Sleep(50 * time.Millisecond) // many retry delays
				if n := e2eCountRequests(srv, http.MethodPut, put); n != 1 {
					t.Errorf("%d registration requests after a 400; want 1", n)
				}
			}
		})
	}
}
