package bot

import (
	"context"
	"errors"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"factbot/daily"
	"factbot/handlers"
	"factbot/internal/fakediscord"
)

// e2eSecretToken looks like a real bot token: three dot-separated parts,
// the last one the secret.
const e2eSecretToken = "MTAwMDAwMDAwMDAwMDAwMDAwMQ.GsX7Qa.k3yP4rt0fTheT0kenTh4tMustN3verL34k"

// e2eNoSecret fails the test if text holds the token or its secret part.
func e2eNoSecret(t *testing.T, where, text string) {
	t.Helper()
	for _, secret := range []string{e2eSecretToken, "k3yP4rt0fTheT0kenTh4tMustN3verL34k", "MTAwMDAwMDAwMDAwMDAwMDAwMQ.GsX7Qa"} {
		if strings.Contains(text, secret) {
			t.Errorf("%s shows the token (%s):\n%s", where, secret, text)
			return
		}
	}
}

// e2eEchoed checks that the fake did echo the token in an error response
// to a request matching method and pattern: the test is only as good as
// the leak it offers.
func e2eEchoed(t *testing.T, srv *fakediscord.Server, method, pattern string) {
	t.Helper()
	match := fakediscord.Matching(method, pattern)
	for _, r := range srv.Requests() {
		if match(r) && r.Status >= 400 && strings.Contains(string(r.Response), e2eSecretToken) {
			return
		}
	}
	t.Errorf("the fake echoed the token in no error response to %s %s", method, pattern)
}

// TestNoTokenInErrors runs the bot against a fake Discord that echoes the
// Authorization header in every error, as a careless proxy set with
// DISCORD_API_URL might, and checks that the token reaches no log, no
// error, no stored pause reason and no /daily status: through command
// registration, the gateway's connection, interaction callbacks, message
// replies and daily posts.
func TestNoTokenInErrors(t *testing.T) {
	t.Parallel()
	fake := fakediscord.Options{Token: e2eSecretToken, EchoAuthorization: true}

	t.Run("gateway", func(t *testing.T) {
		t.Parallel()
		b := startE2E(t, e2eConfig{fake: fake, setup: func(srv *fakediscord.Server, g *Gateway) {
			// Registration fails once with a 500, then is retried.
			srv.FailNext(http.MethodPut, "applications/{app}/commands", 1, fakediscord.ErrorFault(http.StatusInternalServerError))
			g.RegisterRetry = daily.Backoff{Initial: 10 * time.Millisecond, Max: 10 * time.Millisecond}
		}})
		e2eEchoed(t, b.srv, http.MethodPut, "applications/{app}/commands")

		b.srv.FailNext(http.MethodPost, "interactions/{id}/{token}/callback", 1, fakediscord.ErrorFault(http.StatusBadRequest))
		if _, err := b.srv.DispatchCommand(fakediscord.Invocation{GuildID: e2eGuild}, "fact", fakediscord.CommandOption{Name: "topic", Value: "embassy"}); err != nil {
			t.Fatal(err)
		}
		e2eEventually(t, "the failed callback in the log", func() bool { return strings.Contains(b.log.String(), "respond to interaction") })
		e2eEchoed(t, b.srv, http.MethodPost, "interactions/{id}/{token}/callback")

		b.srv.FailNext(http.MethodPost, "channels/{channel}/messages", 1, fakediscord.ErrorFault(http.StatusForbidden))
		if _, err := b.srv.DispatchMessage(fakediscord.UserMessage{Content: "who opened an embassy in Tirana?"}); err != nil {
			t.Fatal(err)
		}
		e2eEventually(t, "the failed reply in the log", func() bool { return strings.Contains(b.log.String(), "reply to message") })
		e2eEchoed(t, b.srv, http.MethodPost, "channels/{channel}/messages")

		// Connecting: GET /gateway refused, then a wrong token refused by
		// the gateway (4004) and by REST (401), on a fake of their own,
		// since Discord would count these as the bot's mistakes.
		srv, err := fakediscord.Start(fake)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(srv.Close)
		srv.FailNext(http.MethodGet, "gateway", 1, fakediscord.ErrorFault(http.StatusForbidden))
		ctx := e2eContext(t)
		g := &Gateway{Responder: b.gw.Responder, Token: e2eSecretToken, APIURL: srv.APIURL(), Log: b.gw.Log}
		err = g.Open(ctx)
		if err == nil {
			t.Fatal("Open with GET /gateway refused succeeded")
		}
		e2eNoSecret(t, "the error of a refused GET /gateway", err.Error())
		e2eEchoed(t, srv, http.MethodGet, "gateway")

		wrong := strings.Replace(e2eSecretToken, "k3yP", "w0ng", 1)
		for _, auto := range []bool{false, true} {
			g := &Gateway{Responder: b.gw.Responder, Token: wrong, APIURL: srv.APIURL(), ShardAuto: auto, Log: b.gw.Log}
			err := g.Open(ctx)
			if err == nil {
				t.Fatalf("Open with a wrong token (auto shards %v) succeeded", auto)
			}
			if strings.Contains(err.Error(), "w0ngrt0fTheT0ken") {
				t.Errorf("the error of a refused token shows it: %v", err)
			}
			if !strings.Contains(err.Error(), "DISCORD_TOKEN") {
				t.Errorf("the error of a refused token does not point at DISCORD_TOKEN: %v", err)
			}
		}
		e2eNoSecret(t, "the bot's log", b.log.String())
		if strings.Contains(b.log.String(), "w0ngrt0fTheT0ken") {
			t.Errorf("the log shows the wrong token:\n%s", b.log.String())
		}
	})

	t.Run("daily", func(t *testing.T) {
		t.Parallel()
		d := newE2EDaily(t, fake)
		d.subscribe(t, e2eDailyGuildA, e2eDailyChannelA, 9, 0, "Europe/Tirane")
		d.subscribe(t, e2eDailyGuildB, e2eDailyChannelB, 9, 0, "Europe/Tirane")
		d.srv.SetChannelStatus(e2eDailyChannelA, http.StatusForbidden)
		d.srv.FailNext(http.MethodPost, "channels/"+e2eDailyChannelB+"/messages", 1, fakediscord.ErrorFault(http.StatusInternalServerError))
		d.clock.Set(e2eAt(3, 9, 0, 5))
		d.start(t)
		select {
		case <-d.paused:
		case <-time.After(e2eWait):
			t.Fatal("subscription A was not paused")
		}
		e2eEventually(t, "the 500 in the log", func() bool { return strings.Contains(d.log.String(), "will retry") })
		d.at(t, e2eAt(3, 9, 5, 0))          // past the retry after the 500
		d.waitPosts(t, e2eDailyChannelB, 1) // the retry
		e2eEchoed(t, d.srv, http.MethodPost, "channels/"+e2eDailyChannelA+"/messages")
		e2eEchoed(t, d.srv, http.MethodPost, "channels/"+e2eDailyChannelB+"/messages")

		sub, err := d.st.Subscription(context.Background(), e2eDailyGuildA)
		if err != nil || !strings.Contains(sub.PausedReason, "403") {
			t.Fatalf("subscription A = %+v, %v; want paused for a 403", sub, err)
		}
		e2eNoSecret(t, "the stored pause reason", sub.PausedReason)
		h := withBase(e2eLoadBase(t), &handlers.Handler{Daily: d.dly})
		reply, err := h.Handle(context.Background(), handlers.Request{Command: handlers.CmdDaily, Sub: "status", GuildID: e2eDailyGuildA, CanManage: true})
		if err != nil || !strings.Contains(reply.Text, "Paused") {
			t.Fatalf("/daily status = %+v, %v; want the pause", reply, err)
		}
		var shown strings.Builder
		shown.WriteString(reply.Text)
		for _, f := range reply.Fields {
			shown.WriteString("\n" + f.Value)
		}
		e2eNoSecret(t, "/daily status", shown.String())
		d.stop()
		e2eNoSecret(t, "the scheduler's log", d.log.String())
	})
}

// TestRedactor checks the text a Redactor leaves.
func TestRedactor(t *testing.T) {
	r := Redactor{Token: e2eSecretToken, APIURL: "https://user:hunter2@proxy.example/discord/"}
	err := r.Error(errors.New(`Get "https://discord.com/api/v9/gateway": HTTP 403, {"message":"no (Bot ` + e2eSecretToken + `)"} k3yP4rt0fTheT0kenTh4tMustN3verL34k ` + strings.Repeat("x", 2000)))
	e2eNoSecret(t, "Redactor.Error", err.Error())
	for _, want := range []string{"xxxxx@proxy.example/discord/gateway", "[redacted]"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("Redactor.Error = %q; want %q in it", err, want)
		}
	}
	if strings.Contains(err.Error(), "hunter2") || strings.Contains(err.Error(), "discord.com") || len(err.Error()) > maxErrorText+10 {
		t.Errorf("Redactor.Error = %q; want the proxy's password masked, the configured address, at most %d bytes", err, maxErrorText)
	}
	if r.Error(nil) != nil {
		t.Error("Redactor.Error(nil) is not nil")
	}
	if err := r.Error(context.DeadlineExceeded); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Redactor.Error(DeadlineExceeded) = %v; want errors.Is to still see it", err)
	}
}

// TestOpenNamesConfiguredAddress: a connection error names the address
// DISCORD_API_URL gives, with its password masked, not discordgo's
// built-in discord.com; and no "disconnected" warning comes before any
// connection.
func TestOpenNamesConfiguredAddress(t *testing.T) {
	log := &e2eLog{}
	logger := slog.New(slog.NewTextHandler(log, nil))
	h := withBase(e2eLoadBase(t), &handlers.Handler{Log: logger})
	g := &Gateway{Responder: &Responder{Handler: h, Log: logger}, Token: "tok", APIURL: "http://proxyuser:hunter2@127.0.0.1:1/api/v9/", Log: logger}
	err := g.Open(e2eContext(t))
	if err == nil {
		t.Fatal("Open with nothing listening succeeded")
	}
	if !strings.Contains(err.Error(), "127.0.0.1:1/api/v9/gateway") || strings.Contains(err.Error(), "discord.com") || strings.Contains(err.Error(), "hunter2") {
		t.Errorf("Open = %v; want the configured address, password masked", err)
	}
	if strings.Contains(log.String(), "disconnected") {
		t.Errorf("a warning of a disconnection before any connection:\n%s", log.String())
	}
}
