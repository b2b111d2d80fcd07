package fakediscord

import (
	"io"
	"net/http"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// TestCloseLeavesNoGoroutines exercises both sides of the fake, closes it
// while a websocket is still connected, and checks every goroutine it
// started has exited. It must not run in parallel with other tests.
func TestCloseLeavesNoGoroutines(t *testing.T) {
	before := runtime.NumGoroutine()
	srv, err := Start(Options{})
	if err != nil {
		t.Fatal(err)
	}
	ws, _, err := websocket.DefaultDialer.Dial(srv.GatewayURL()+"/?v=9&encoding=json", nil)
	if err != nil {
		t.Fatal(err)
	}
	defer ws.Close()
	if _, _, err := ws.ReadMessage(); err != nil { // Hello
		t.Fatal(err)
	}
	if err := ws.WriteJSON(map[string]any{"op": 2, "d": map[string]any{"token": "Bot " + DefaultToken, "intents": 0}}); err != nil {
		t.Fatal(err)
	}
	if _, _, err := ws.ReadMessage(); err != nil { // READY
		t.Fatal(err)
	}
	client := srv.HTTPClient()
	for range 3 { // keep-alive connections stay open between requests
		req, _ := http.NewRequest("POST", "https://discord.com/api/v9/channels/1/messages", strings.NewReader(`{"content":"x"}`))
		req.Header.Set("Authorization", "Bot "+DefaultToken)
		resp, err := client.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		_, _ = io.Copy(io.Discard, resp.Body)
		resp.Body.Close()
	}

	srv.Close()
	deadline := time.Now().Add(2 * time.Second)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if n := runtime.NumGoroutine(); n > before {
		buf := make([]byte, 1<<20)
		t.Errorf("%d goroutines after Close; %d before:\n%s", n, before, buf[:runtime.Stack(buf, true)])
	}
}
