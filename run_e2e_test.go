package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"

	"factbot/internal/fakediscord"
)

// e2eBuffer collects the log that run's goroutines write.
type e2eBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *e2eBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *e2eBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// e2eLogLines decodes the JSON log, one object per line.
func e2eLogLines(t *testing.T, log string) []map[string]any {
	t.Helper()
	var lines []map[string]any
	sc := bufio.NewScanner(strings.NewReader(log))
	for sc.Scan() {
		var m map[string]any
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			t.Errorf("log line is not JSON: %q", sc.Text())
			continue
		}
		lines = append(lines, m)
	}
	return lines
}

// TestRunGateway runs the whole program against the fake Discord, as the
// container would with DISCORD_TOKEN set: it connects, registers the
// commands in the development guild, answers /fact, reports ready, logs
// in JSON without the token, and stops within 5 s of cancellation.
func TestRunGateway(t *testing.T) {
	t.Parallel()
	const guild = "444444444444444444"
	srv, err := fakediscord.Start(fakediscord.Options{Guilds: []string{guild}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.Close)
	var stdout, stderr e2eBuffer
	getenv := env(map[string]string{
		"DISCORD_TOKEN":    srv.Token(),
		"DISCORD_API_URL":  srv.APIURL(),
		"DISCORD_GUILD_ID": guild,
		"FACTBOT_DATA":     filepath.Join(t.TempDir(), "factbot.db"),
		"HTTP_ADDR":        "127.0.0.1:0",
		"LOG_FORMAT":       "json",
		"LOG_LEVEL":        "info",
	})
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- run(ctx, nil, getenv, strings.NewReader(""), &stdout, &stderr) }()
	stopped := false
	t.Cleanup(func() {
		if !stopped {
			cancel()
			select {
			case <-done:
			case <-time.After(10 * time.Second):
				t.Error("run did not return after cancel")
			}
		}
		if t.Failed() {
			t.Logf("stderr:\n%s", stderr.String())
		}
	})

	wctx, wcancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer wcancel()
	if err := srv.WaitReady(wctx, 1); err != nil {
		t.Fatal(err)
	}
	put, err := srv.WaitRequest(wctx, fakediscord.Matching(http.MethodPut, "applications/{app}/guilds/"+guild+"/commands"))
	if err != nil || put.Status != http.StatusOK {
		t.Fatalf("guild command registration: %v, %v", put, err)
	}
	ix, err := srv.DispatchCommand(fakediscord.Invocation{GuildID: guild}, "fact", fakediscord.CommandOption{Name: "topic", Value: "embassy"})
	if err != nil {
		t.Fatal(err)
	}
	cb, err := srv.WaitCallback(wctx, ix)
	if err != nil {
		t.Fatal(err)
	}
	if cb.Type != 4 || cb.Message == nil || len(cb.Message.Embeds) != 1 || !strings.Contains(cb.Message.Embeds[0].Description, "Tel Aviv") {
		t.Errorf("/fact embassy answered %s; want an embed about the embassy in Tel Aviv", cb.Request.Body)
	}

	// The health server's address is in the log, since the port is the
	// system's choice. /readyz turns 200 once the gateway is connected.
	// The log is written in batches: wait for the line.
	var health string
	for deadline := time.Now().Add(5 * time.Second); health == "" && time.Now().Before(deadline); time.Sleep(20 * time.Millisecond) {
		for _, l := range e2eLogLines(t, stderr.String()) {
			if l["msg"] == "listening" && l["server"] == "health" {
				health, _ = l["addr"].(string)
			}
		}
	}
	if health == "" {
		t.Fatal("no health server address in the log")
	}
	client := &http.Client{Timeout: 2 * time.Second}
	get := func(path string) (int, string) {
		res, err := client.Get("http://" + health + path)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		return res.StatusCode, string(b)
	}
	for {
		code, body := get("/readyz")
		if code == http.StatusOK {
			break
		}
		select {
		case <-wctx.Done():
			t.Fatalf("/readyz = %d %s; want 200", code, body)
		case <-time.After(10 * time.Millisecond):
		}
	}
	if code, body := get("/metrics"); code != http.StatusOK || !strings.Contains(body, `factbot_answers_total{command="fact",outcome="answered"} 1`) {
		t.Errorf("/metrics = %d, without the answered /fact:\n%.2000s", code, body)
	}

	cancel()
	start := time.Now()
	select {
	case err := <-done:
		stopped = true
		if err != nil {
			t.Errorf("run = %v; want nil after cancel", err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("run took %v to stop; want under 5s", d)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("run did not return within 5s of cancel")
	}

	log := stderr.String()
	if strings.Contains(log, srv.Token()) {
		t.Errorf("the log contains the token:\n%s", log)
	}
	answered := false
	for _, l := range e2eLogLines(t, log) {
		answered = answered || (l["command"] == "fact" && l["outcome"] == "answered")
	}
	if !answered {
		t.Errorf("no JSON log line with command fact and outcome answered:\n%s", log)
	}
	for _, v := range srv.Violations() {
		t.Errorf("Discord would refuse: %v", v)
	}
	if n := len(srv.GlobalCommands()); n != 0 {
		t.Errorf("%d global commands; want none with DISCORD_GUILD_ID", n)
	}
}

// TestRunCancelWhileConnecting cancels run while the gateway has accepted
// the websocket but not said Hello, where discordgo would wait forever:
// run still returns within 5 s.
func TestRunCancelWhileConnecting(t *testing.T) {
	t.Parallel()
	accepted := make(chan struct{}, 10)
	var host atomic.Value
	upgrader := websocket.Upgrader{}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/v9/gateway", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, `{"url":"ws://%s/ws"}`, host.Load())
	})
	mux.HandleFunc("/ws/", func(w http.ResponseWriter, r *http.Request) {
		c, err := upgrader.Upgrade(w, r, nil)
		if err != nil {
			return
		}
		defer c.Close()
		accepted <- struct{}{}
		for { // silent: read until the client goes away
			if _, _, err := c.ReadMessage(); err != nil {
				return
			}
		}
	})
	silent := httptest.NewServer(mux)
	t.Cleanup(silent.Close)
	host.Store(strings.TrimPrefix(silent.URL, "http://"))

	var stderr e2eBuffer
	getenv := env(map[string]string{
		"DISCORD_TOKEN":   "fake-token",
		"DISCORD_API_URL": silent.URL + "/api/v9/",
		"FACTBOT_DATA":    filepath.Join(t.TempDir(), "factbot.db"),
		"HTTP_ADDR":       "off",
		"LOG_FORMAT":      "json",
	})
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- run(ctx, nil, getenv, strings.NewReader(""), io.Discard, &stderr) }()
	select {
	case <-accepted:
	case <-time.After(10 * time.Second):
		t.Fatalf("run never dialled the gateway; stderr:\n%s", stderr.String())
	}
	cancel()
	select {
	case err := <-done:
		if err != nil && !errors.Is(err, context.Canceled) {
			t.Errorf("run = %v; want nil or the cancellation", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatalf("run did not return within 5s of cancel; stderr:\n%s", stderr.String())
	}
	if strings.Contains(stderr.String(), "fake-token") {
		t.Errorf("the log contains the token:\n%s", stderr.String())
	}
}
