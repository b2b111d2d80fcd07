package fakediscord_test

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"factbot/internal/fakediscord"
)

// call sends a request the way the bot does, to https://discord.com/api/v9/
// through the fake's redirecting client, and returns status and body.
func call(t *testing.T, srv *fakediscord.Server, method, path, body string, auth bool) (int, []byte) {
	t.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req, err := http.NewRequest(method, "https://discord.com/api/v9/"+path, rd)
	if err != nil {
		t.Fatal(err)
	}
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	if auth {
		req.Header.Set("Authorization", "Bot "+srv.Token())
	}
	resp, err := srv.HTTPClient().Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, b
}

// code extracts Discord's JSON error code from a response body.
func code(t *testing.T, body []byte) int {
	t.Helper()
	var e struct {
		Code int `json:"code"`
	}
	if err := json.Unmarshal(body, &e); err != nil {
		t.Fatalf("error body %q: %v", body, err)
	}
	return e.Code
}

func TestRESTRoutesAndAuth(t *testing.T) {
	t.Parallel()
	srv := start(t, fakediscord.Options{Shards: 3})
	tests := []struct {
		name, method, path string
		auth               bool
		wantStatus         int
		wantBody           string // substring
	}{
		{"gateway needs no token", "GET", "gateway", false, 200, `"url":"ws://127.0.0.1:`},
		{"gateway/bot", "GET", "gateway/bot", true, 200, `"shards":3`},
		{"gateway/bot without token", "GET", "gateway/bot", false, 401, `"message":"401: Unauthorized"`},
		{"users/@me", "GET", "users/@me", true, 200, `"id":"` + fakediscord.DefaultBotUserID + `"`},
		{"unknown channel is still served", "GET", "channels/42", true, 200, `"id":"42"`},
		{"unknown route", "GET", "guilds/1/roles", true, 404, `{"code":0,"message":"404: Not Found"}`},
		{"wrong method", "DELETE", "gateway", true, 404, `"404: Not Found"`},
		{"callbacks authenticate by token in the URL", "POST", "interactions/1/tok/callback", false, 404, `"code":10062`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			body := ""
			if tt.method == "POST" {
				body = `{"type":4,"data":{"content":"x"}}`
			}
			status, got := call(t, srv, tt.method, tt.path, body, tt.auth)
			if status != tt.wantStatus || !strings.Contains(string(got), tt.wantBody) {
				t.Errorf("%s %s = %d %s; want %d containing %s", tt.method, tt.path, status, got, tt.wantStatus, tt.wantBody)
			}
		})
	}
}

func TestRESTEmptySegmentIsRejectedAndRecorded(t *testing.T) {
	t.Parallel()
	srv := start(t, fakediscord.Options{})
	// The application ID is missing: what discordgo builds when
	// Interaction.AppID is empty.
	status, _ := call(t, srv, "POST", "webhooks//tok?wait=true", `{"content":"x"}`, true)
	if status != http.StatusBadRequest {
		t.Errorf("status = %d; want 400 (not a redirect)", status)
	}
	reqs := srv.Requests()
	if len(reqs) != 1 || reqs[0].URI != "/api/v9/webhooks//tok?wait=true" {
		t.Errorf("requests = %v; want the URI exactly as sent", reqs)
	}
	if v := srv.Violations(); len(v) != 1 || v[0].URI != "/api/v9/webhooks//tok?wait=true" {
		t.Errorf("violations = %v; want one for the empty segment", v)
	}
}

func TestRESTTransportStaysLocal(t *testing.T) {
	t.Parallel()
	srv := start(t, fakediscord.Options{})
	if _, err := srv.HTTPClient().Get("https://example.com/"); err == nil {
		t.Error("request to example.com went out; want the transport to refuse it")
	}
}

func TestRESTInteractionProtocol(t *testing.T) {
	t.Parallel()
	srv := start(t, fakediscord.Options{})
	dial(t, srv).identify(srv, 0, nil)
	dispatch := func(t *testing.T) fakediscord.Interaction {
		t.Helper()
		ix, err := srv.DispatchCommand(fakediscord.Invocation{GuildID: guildEven}, "fact")
		if err != nil {
			t.Fatal(err)
		}
		return ix
	}
	callback := func(ix fakediscord.Interaction) string { return "interactions/" + ix.ID + "/" + ix.Token + "/callback" }
	webhook := func(ix fakediscord.Interaction) string { return "webhooks/" + ix.ApplicationID + "/" + ix.Token }

	type step struct {
		method, path, body string
		wantStatus         int
		wantCode           int // checked when non-zero
	}
	tests := []struct {
		name           string
		steps          func(ix fakediscord.Interaction) []step
		wantViolations int
	}{{
		name: "respond, follow up, edit",
		steps: func(ix fakediscord.Interaction) []step {
			return []step{
				{"POST", callback(ix), `{"type":4,"data":{"content":"a fact"}}`, 204, 0},
				{"POST", webhook(ix) + "?wait=true", `{"content":"more"}`, 200, 0},
				{"POST", webhook(ix), `{"content":"even more"}`, 204, 0},
				{"PATCH", webhook(ix) + "/messages/@original", `{"content":"a better fact"}`, 200, 0},
				{"GET", webhook(ix) + "/messages/@original", "", 200, 0},
			}
		},
	}, {
		name: "second response",
		steps: func(ix fakediscord.Interaction) []step {
			return []step{
				{"POST", callback(ix), `{"type":5}`, 204, 0},
				{"POST", callback(ix), `{"type":4,"data":{"content":"x"}}`, 400, 40060},
			}
		},
		wantViolations: 1,
	}, {
		name: "unknown interaction or wrong token",
		steps: func(ix fakediscord.Interaction) []step {
			return []step{
				{"POST", "interactions/1/" + ix.Token + "/callback", `{"type":5}`, 404, 10062},
				{"POST", "interactions/" + ix.ID + "/wrong/callback", `{"type":5}`, 404, 10062},
			}
		},
		wantViolations: 2,
	}, {
		name: "follow-up before the initial response",
		steps: func(ix fakediscord.Interaction) []step {
			return []step{{"POST", webhook(ix) + "?wait=true", `{"content":"x"}`, 404, 10015}}
		},
		wantViolations: 1,
	}, {
		name: "autocomplete result for a command",
		steps: func(ix fakediscord.Interaction) []step {
			return []step{{"POST", callback(ix), `{"type":8,"data":{"choices":[]}}`, 400, 50035}}
		},
		wantViolations: 1,
	}, {
		name: "empty message",
		steps: func(ix fakediscord.Interaction) []step {
			return []step{
				{"POST", callback(ix), `{"type":4,"data":{"content":""}}`, 400, 50006},
				// The rejected attempt did not acknowledge the interaction.
				{"POST", callback(ix), `{"type":4,"data":{"content":"ok"}}`, 204, 0},
			}
		},
		wantViolations: 1,
	}, {
		name: "invalid JSON",
		steps: func(ix fakediscord.Interaction) []step {
			return []step{{"POST", callback(ix), `{"type":`, 400, 50109}}
		},
		wantViolations: 1,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := len(srv.Violations())
			ix := dispatch(t)
			for _, st := range tt.steps(ix) {
				status, body := call(t, srv, st.method, st.path, st.body, false)
				if status != st.wantStatus || (st.wantCode != 0 && code(t, body) != st.wantCode) {
					t.Errorf("%s %s = %d %s; want %d code %d", st.method, st.path, status, body, st.wantStatus, st.wantCode)
				}
			}
			if n := len(srv.Violations()) - before; n != tt.wantViolations {
				t.Errorf("new violations = %d; want %d: %v", n, tt.wantViolations, srv.Violations()[before:])
			}
		})
	}
}

func TestRESTInteractionDeadline(t *testing.T) {
	t.Parallel()
	srv := start(t, fakediscord.Options{InteractionDeadline: time.Millisecond})
	dial(t, srv).identify(srv, 0, nil)
	ix, err := srv.DispatchCommand(fakediscord.Invocation{}, "fact")
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(5 * time.Millisecond)
	status, body := call(t, srv, "POST", "interactions/"+ix.ID+"/"+ix.Token+"/callback", `{"type":5}`, false)
	if status != http.StatusNotFound || code(t, body) != 10062 {
		t.Errorf("late response = %d %s; want 404 code 10062", status, body)
	}
}

func TestRESTChannelFaults(t *testing.T) {
	t.Parallel()
	srv := start(t, fakediscord.Options{})
	const lost, fine = "700000000000000001", "700000000000000002"
	post := func(channel string) (int, []byte) {
		return call(t, srv, "POST", "channels/"+channel+"/messages", `{"content":"daily fact"}`, true)
	}

	srv.SetChannelStatus(lost, http.StatusForbidden)
	if status, body := post(lost); status != 403 || code(t, body) != 50001 {
		t.Errorf("post to a forbidden channel = %d %s; want 403 code 50001", status, body)
	}
	if status, _ := call(t, srv, "GET", "channels/"+lost, "", true); status != 403 {
		t.Errorf("GET a forbidden channel = %d; want 403", status)
	}
	if status, _ := post(fine); status != 200 {
		t.Errorf("post to another channel = %d; want 200", status)
	}
	srv.SetChannelStatus(lost, 0)
	if status, _ := post(lost); status != 200 {
		t.Errorf("post after clearing = %d; want 200", status)
	}

	srv.FailNext("POST", "channels/{id}/messages", 2, fakediscord.Fault{Status: http.StatusServiceUnavailable})
	srv.FailNext("", "channels/{rest...}", 1, fakediscord.ErrorFault(http.StatusNotFound))
	want := []struct{ status, code int }{{503, 0}, {503, 0}, {404, 10003}, {200, 0}}
	for i, w := range want {
		status, body := post(fine)
		if status != w.status || (w.code != 0 && code(t, body) != w.code) {
			t.Errorf("post %d = %d %s; want %d code %d", i, status, body, w.status, w.code)
		}
	}
	if n := srv.PendingFaults(); n != 0 {
		t.Errorf("PendingFaults = %d; want 0", n)
	}
	if msgs := srv.Messages(fine); len(msgs) != 2 || msgs[0].Content != "daily fact" {
		t.Errorf("Messages(%s) = %+v; want 2 created (faulted requests create nothing)", fine, msgs)
	}
	if v := srv.Violations(); len(v) != 0 {
		t.Errorf("violations = %v; want none", v)
	}
}

func TestRESTRateLimitFault(t *testing.T) {
	t.Parallel()
	srv := start(t, fakediscord.Options{})
	srv.FailNext("GET", "users/@me", 1, fakediscord.RateLimitFault(250*time.Millisecond, true))
	req, _ := http.NewRequest("GET", "https://discord.com/api/v9/users/@me", nil)
	resp, err := srv.HTTPClient().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var body struct {
		RetryAfter float64 `json:"retry_after"`
		Global     bool    `json:"global"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&body); err != nil {
		t.Fatal(err)
	}
	h := resp.Header
	if resp.StatusCode != 429 || body.RetryAfter != 0.25 || !body.Global ||
		h.Get("X-RateLimit-Remaining") != "0" || h.Get("X-RateLimit-Reset-After") != "0.250" || h.Get("X-RateLimit-Global") != "true" {
		t.Errorf("429 = %d %+v headers %v; want retry_after 0.25, global, Remaining 0, Reset-After 0.250", resp.StatusCode, body, h)
	}
}

func TestRESTChannelMessageLifecycle(t *testing.T) {
	t.Parallel()
	srv := start(t, fakediscord.Options{})
	dial(t, srv).identify(srv, intentGuildMessages, nil)
	// Dispatching teaches the fake the channel's guild.
	if _, err := srv.DispatchMessage(fakediscord.UserMessage{GuildID: guildEven, Content: "hi"}); err != nil {
		t.Fatal(err)
	}
	ch := fakediscord.DefaultChannelID
	status, body := call(t, srv, "POST", "channels/"+ch+"/messages", `{"content":"v1","nonce":12345}`, true)
	var m struct {
		ID      string `json:"id"`
		GuildID string `json:"guild_id"`
		Nonce   string `json:"nonce"`
	}
	if err := json.Unmarshal(body, &m); err != nil || status != 200 || m.GuildID != guildEven || m.Nonce != "12345" {
		t.Fatalf("create = %d %s; want 200 in guild %s with nonce 12345", status, body, guildEven)
	}
	if status, _ := call(t, srv, "PATCH", "channels/"+ch+"/messages/"+m.ID, `{"content":"v2"}`, true); status != 200 {
		t.Errorf("edit = %d; want 200", status)
	}
	msgs := srv.Messages(ch)
	if len(msgs) != 1 || msgs[0].Content != "v2" || msgs[0].Edited.IsZero() {
		t.Errorf("after edit Messages = %+v; want one edited to v2", msgs)
	}
	if status, _ := call(t, srv, "PATCH", "channels/"+ch+"/messages/"+m.ID, `{"content":""}`, true); status != 400 {
		t.Errorf("edit to empty = %d; want 400", status)
	}
	if status, _ := call(t, srv, "DELETE", "channels/"+ch+"/messages/"+m.ID, "", true); status != 204 {
		t.Errorf("delete = %d; want 204", status)
	}
	if status, body := call(t, srv, "GET", "channels/"+ch+"/messages/"+m.ID, "", true); status != 404 || code(t, body) != 10008 {
		t.Errorf("get deleted = %d %s; want 404 code 10008", status, body)
	}
	if status, body := call(t, srv, "POST", "channels/"+ch+"/messages", `{"content":"x","nonce":"`+strings.Repeat("n", 26)+`"}`, true); status != 400 || code(t, body) != 50035 {
		t.Errorf("26-character nonce = %d %s; want 400 code 50035", status, body)
	}
}

func TestWaitRequestSeesPastAndFuture(t *testing.T) {
	t.Parallel()
	srv := start(t, fakediscord.Options{})
	call(t, srv, "GET", "users/@me", "", true)
	ctx := timeout(t)
	past, err := srv.WaitRequest(ctx, fakediscord.Matching("GET", "users/@me"))
	if err != nil || past.Status != 200 || past.Header.Get("Authorization") != "Bot "+srv.Token() {
		t.Errorf("past request = %v, %v; want the recorded GET", past, err)
	}
	type result struct {
		r   fakediscord.Request
		err error
	}
	future := make(chan result, 1)
	go func() {
		r, err := srv.WaitRequest(ctx, fakediscord.Matching("POST", "channels/{id}/messages"))
		future <- result{r, err}
	}()
	call(t, srv, "POST", "channels/9/messages", `{"content":"later"}`, true)
	got := recv(t, future, "WaitRequest")
	var body struct {
		Content string `json:"content"`
	}
	if got.err != nil || got.r.JSON(&body) != nil || body.Content != "later" {
		t.Errorf("future request = %v, %v, content %q; want the POST", got.r, got.err, body.Content)
	}
	// Snapshots are copies: changing one does not change the record.
	got.r.Body[0] = 'X'
	if again, _ := srv.WaitRequest(ctx, fakediscord.Matching("POST", "channels/{id}/messages")); again.Body[0] == 'X' {
		t.Error("mutating a returned Request changed the fake's record")
	}
	if _, err := srv.WaitRequest(context.Background(), func(fakediscord.Request) bool { return true }); errors.Is(err, fakediscord.ErrClosed) {
		t.Error("WaitRequest reported ErrClosed on an open server")
	}
}
