package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"factbot/handlers"
)

func env(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

// TestTerminalChat drives the terminal chat through run with piped input:
// no token, so run answers each line through the handlers.
func TestTerminalChat(t *testing.T) {
	in := strings.NewReader("/fact embassy\nwhen were relations established?\n/onthisday 19 August\n/about\nWhat is the capital of France?\n/fact\n/nonsense\n\n")
	var out, errb bytes.Buffer
	if err := run(context.Background(), nil, env(map[string]string{"HTTP_ADDR": "off"}), in, &out, &errb); err != nil {
		t.Fatalf("run: %v (stderr %s)", err, errb.String())
	}
	got := out.String()
	for _, want := range []string{
		"Albania has an embassy in Tel Aviv",
		"Source: Albania–Israel relations › History › Communist Albania (1946–1992) — https://en.wikipedia.org/wiki/Albania%E2%80%93Israel_relations#Communist_Albania_(1946%E2%80%931992)",
		"On August 19, 1991, diplomatic relations",
		"years ago",
		"I know one article inside out",
		"does not cover that",
		"Name a topic",
		"I don't know /nonsense",
		"CC BY-SA 4.0",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("terminal output lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "> ") {
		t.Error("piped input got a prompt")
	}
}

func TestCLI(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		stdin   string
		wantErr error // errUsage, or nil
		failure bool  // an error that is not a usage error
		want    string
	}{
		{"ask", []string{"ask", "when", "were", "relations", "established?"}, "", nil, false, "August 19, 1991"},
		{"ask json", []string{"ask", "--json", "Who visited Albania in 1994?"}, "", nil, false, `"found":true`},
		{"fact batch", []string{"fact", "--json", "-"}, "embassy\nerthquake\nquantum chromodynamics\n", nil, false, `"found":false`},
		{"topics", []string{"topics", "emb"}, "", nil, false, "embassy"},
		{"topics json", []string{"topics", "--json"}, "", nil, false, `["`},
		{"onthisday", []string{"onthisday", "--json", "--date", "2026-08-19"}, "", nil, false, `"kind":"exact"`},
		{"onthisday bad date", []string{"onthisday", "--date", "19/08"}, "", errUsage, false, ""},
		{"ask nothing", []string{"ask"}, "", errUsage, false, ""},
		{"bad flag", []string{"ask", "--nope", "x"}, "", errUsage, false, ""},
		{"unknown command", []string{"frobnicate"}, "", errUsage, false, ""},
		{"missing article", []string{"ask", "--article", "/nonexistent/a.txt", "x"}, "", nil, true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			err := run(context.Background(), tt.args, env(nil), strings.NewReader(tt.stdin), &out, &errb)
			switch {
			case tt.wantErr != nil:
				if !errors.Is(err, tt.wantErr) {
					t.Fatalf("run(%q) = %v; want a usage error", tt.args, err)
				}
			case tt.failure:
				if err == nil || errors.Is(err, errUsage) {
					t.Fatalf("run(%q) = %v; want a failure", tt.args, err)
				}
			case err != nil:
				t.Fatalf("run(%q) = %v", tt.args, err)
			case !strings.Contains(out.String(), tt.want):
				t.Errorf("run(%q) printed %q; want %q in it", tt.args, out.String(), tt.want)
			}
		})
	}
}

// TestBatchJSON checks the batch contract: one JSON answer a line, in
// order, with the documented fields.
func TestBatchJSON(t *testing.T) {
	qs := []string{"when were relations established?", "What is the capital of France?", "wen were relations establised"}
	var out bytes.Buffer
	if err := run(context.Background(), []string{"ask", "--json", "-"}, env(nil), strings.NewReader(strings.Join(qs, "\n")+"\n"), &out, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != len(qs) {
		t.Fatalf("%d lines for %d questions", len(lines), len(qs))
	}
	for i, l := range lines {
		var a struct {
			Query       string                          `json:"query"`
			Found       *bool                           `json:"found"`
			Answer      *string                         `json:"answer"`
			Citations   []struct{ Section, URL string } `json:"citations"`
			Suggestions []string                        `json:"suggestions"`
		}
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatal(err)
		}
		if a.Query != qs[i] || a.Found == nil || a.Answer == nil || a.Citations == nil || a.Suggestions == nil {
			t.Errorf("line %d = %s; want query, found, answer, citations and suggestions", i, l)
		}
	}
}

func TestArticleFlag(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	os.WriteFile(path, []byte("= Foo =\r\n\r\nFoo was founded in 1901 by Jane Roe.\r\n== History ==\r\nIn 1950, Foo moved to Bar City.\r\n"), 0o644)
	var out bytes.Buffer
	if err := run(context.Background(), []string{"ask", "--article", path, "who founded foo?"}, env(nil), nil, &out, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "Jane Roe") || !strings.Contains(out.String(), "https://en.wikipedia.org/wiki/Foo") {
		t.Errorf("answer from --article: %q", out.String())
	}
	os.WriteFile(path, nil, 0o644)
	err := run(context.Background(), []string{"fact", "--article", path, "x"}, env(nil), nil, &out, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "empty") {
		t.Errorf("empty article error = %v", err)
	}
}

func TestBadConfig(t *testing.T) {
	err := run(context.Background(), nil, env(map[string]string{"DISCORD_TOKEN": "tok", "LOG_LEVEL": "loud", "DAILY_TZ": "Nowhere/Else"}), strings.NewReader(""), &bytes.Buffer{}, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "LOG_LEVEL") || !strings.Contains(err.Error(), "DAILY_TZ") {
		t.Errorf("run with bad settings = %v; want both problems", err)
	}
}

func TestHealthcheck(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/healthz" {
			w.Write([]byte("ok\n"))
			return
		}
		http.NotFound(w, r)
	}))
	defer srv.Close()
	addr := strings.TrimPrefix(srv.URL, "http://")
	if err := run(context.Background(), []string{"healthcheck", "--addr", addr}, env(nil), nil, io.Discard, io.Discard); err != nil {
		t.Errorf("healthcheck against a live server: %v", err)
	}
	if err := run(context.Background(), []string{"healthcheck"}, env(map[string]string{"HTTP_ADDR": "127.0.0.1:1"}), nil, io.Discard, io.Discard); err == nil {
		t.Error("healthcheck with nothing listening succeeded")
	}
}

// TestCLIClipsQuestions: the command line clips questions and topics to
// the limits Discord enforces, so a huge word costs what a member's
// 300-character question could.
func TestCLIClipsQuestions(t *testing.T) {
	word := strings.Repeat("embasy", 8000/6)
	for _, tt := range []struct {
		cmd   string
		limit int
	}{{"ask", handlers.MaxQuestionLen}, {"fact", handlers.MaxTopicLen}} {
		var out bytes.Buffer
		if err := run(context.Background(), []string{tt.cmd, "--json", word}, env(nil), nil, &out, io.Discard); err != nil {
			t.Fatalf("%s: %v", tt.cmd, err)
		}
		var a struct{ Query string }
		if err := json.Unmarshal(out.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		if len([]rune(a.Query)) != tt.limit || !strings.HasPrefix(word, a.Query) {
			t.Errorf("%s answered a %d-character query; want the first %d characters of the argument", tt.cmd, len([]rune(a.Query)), tt.limit)
		}
	}
}

// TestBatchLongLine: a line far over the reader's limit is answered from
// its beginning, its number is reported, and every later line is still
// answered.
func TestBatchLongLine(t *testing.T) {
	huge := strings.Repeat("x", 3<<20)
	in := "when were relations established?\n" + huge + "\nembassy\n"
	var out, errb bytes.Buffer
	if err := run(context.Background(), []string{"fact", "--json", "-"}, env(nil), strings.NewReader(in), &out, &errb); err != nil {
		t.Fatalf("batch with a 3 MiB line: %v", err)
	}
	got := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(got) != 3 {
		t.Fatalf("%d answers for 3 lines:\n%.500s", len(got), out.String())
	}
	var a struct{ Query string }
	json.Unmarshal([]byte(got[1]), &a)
	if a.Query != huge[:handlers.MaxTopicLen] {
		t.Errorf("line 2 answered as %.40q…; want its first %d characters", a.Query, handlers.MaxTopicLen)
	}
	if !strings.Contains(got[2], `"found":true`) {
		t.Errorf("the line after the long one: %s", got[2])
	}
	if !strings.Contains(errb.String(), "line 2 ") {
		t.Errorf("stderr %q does not give the long line's number", errb.String())
	}
}

// TestCLIFlags: flags after the question, -h, and the usage.
func TestCLIFlags(t *testing.T) {
	var out bytes.Buffer
	if err := run(context.Background(), []string{"ask", "when were relations established?", "--json"}, env(nil), nil, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out.String(), `{"query":"when were relations established?"`) {
		t.Errorf("ask QUESTION --json printed %.100q; want JSON for the question alone", out.String())
	}
	out.Reset()
	if err := run(context.Background(), []string{"fact", "--", "--json"}, env(nil), nil, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if strings.HasPrefix(out.String(), "{") {
		t.Errorf("fact -- --json printed JSON; want --json taken as the topic")
	}
	for _, args := range [][]string{{"ask", "-h"}, {"fact", "x", "--help"}, {"onthisday", "-h"}, {"topics", "-h"}, {"healthcheck", "-h"}, {"-h"}, {"--article", "x.txt", "-h"}, {"help"}} {
		out.Reset()
		if err := run(context.Background(), args, env(nil), nil, &out, io.Discard); err != nil {
			t.Errorf("run(%q) = %v; want nil (exit 0)", args, err)
		}
		for _, want := range []string{"factbot ask", "--http-addr", "HTTP_ADDR", "--database-url", "LOG_FORMAT"} {
			if !strings.Contains(out.String(), want) {
				t.Errorf("run(%q) usage lacks %q", args, want)
			}
		}
	}
	err := run(context.Background(), []string{"onthisday", "--date", "2026-02-30"}, env(nil), nil, io.Discard, io.Discard)
	if !errors.Is(err, errUsage) || !strings.Contains(err.Error(), "not a day of the calendar") {
		t.Errorf("onthisday --date 2026-02-30 = %v; want a usage error saying the day does not exist", err)
	}
	err = run(context.Background(), []string{"onthisday", "--date", "19/08/2026"}, env(nil), nil, io.Discard, io.Discard)
	if !errors.Is(err, errUsage) || !strings.Contains(err.Error(), "YYYY-MM-DD") {
		t.Errorf("onthisday --date 19/08/2026 = %v; want a usage error naming the format", err)
	}
}

// TestTerminalInjection: control sequences in what the chat echoes never
// reach the terminal.
func TestTerminalInjection(t *testing.T) {
	in := "/onthisday \x1b]0;owned\x07\x1b[2J\n/abc\rAnswer: fake\n/fact \x1bP+q\x1b\\\b\b\bembassy\n\u009b2J what\n"
	var out bytes.Buffer
	if err := run(context.Background(), nil, env(nil), strings.NewReader(in), &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	for _, c := range []string{"\x1b", "\r", "\b", "\a", "\u009b"} {
		if strings.Contains(out.String(), c) {
			t.Errorf("terminal output holds %q:\n%q", c, out.String())
		}
	}
	if !strings.Contains(out.String(), "I can't read") || !strings.Contains(out.String(), "I don't know /abc") {
		t.Errorf("the echoing replies are missing:\n%s", out.String())
	}
}

// TestTerminalLongLine: a line over the reader's limit is answered from
// its beginning, with its number, and the chat goes on.
func TestTerminalLongLine(t *testing.T) {
	in := "/fact " + strings.Repeat("y", 2<<20) + "\n/fact embassy\n"
	var out bytes.Buffer
	if err := run(context.Background(), nil, env(nil), strings.NewReader(in), &out, io.Discard); err != nil {
		t.Fatalf("chat with a 2 MiB line: %v", err)
	}
	if !strings.Contains(out.String(), "Line 1 is longer than") || !strings.Contains(out.String(), "Tel Aviv") {
		t.Errorf("chat output:\n%.1000s", out.String())
	}
}

// TestChatIgnoresBotSettings: a setting only the bot reads cannot stop
// the terminal chat; a blank token is an error, not the chat.
func TestChatIgnoresBotSettings(t *testing.T) {
	var out bytes.Buffer
	if err := run(context.Background(), nil, env(map[string]string{"HTTP_ADDR": "bogus"}), strings.NewReader("/fact embassy\n"), &out, io.Discard); err != nil {
		t.Fatalf("chat with HTTP_ADDR=bogus: %v", err)
	}
	if !strings.Contains(out.String(), "Tel Aviv") {
		t.Errorf("chat output: %s", out.String())
	}
	for _, tok := range []string{" ", "Bot ", "Bot"} {
		out.Reset()
		err := run(context.Background(), nil, env(map[string]string{"DISCORD_TOKEN": tok}), strings.NewReader("/fact embassy\n"), &out, io.Discard)
		if err == nil || !strings.Contains(err.Error(), "DISCORD_TOKEN") || out.Len() > 0 {
			t.Errorf("DISCORD_TOKEN=%q: run = %v, output %q; want a DISCORD_TOKEN error and no chat", tok, err, out.String())
		}
	}
}

// TestFatalLineFollowsLogFormat: when the bot cannot start, its last word
// is a log line in LOG_FORMAT, and main does not print it again.
func TestFatalLineFollowsLogFormat(t *testing.T) {
	dir := t.TempDir()
	var errb bytes.Buffer
	err := run(context.Background(), nil, env(map[string]string{"DISCORD_TOKEN": "tok", "FACTBOT_DATA": dir, "HTTP_ADDR": "off", "LOG_FORMAT": "json"}),
		strings.NewReader(""), io.Discard, &errb)
	if _, ok := errors.AsType[reported](err); !ok {
		t.Fatalf("run = %v; want an error the log reported", err)
	}
	lines := strings.Split(strings.TrimSpace(errb.String()), "\n")
	for _, l := range lines {
		if !json.Valid([]byte(l)) {
			t.Errorf("stderr line is not JSON: %q", l)
		}
	}
	if last := lines[len(lines)-1]; !strings.Contains(last, `"level":"ERROR"`) || !strings.Contains(last, dir) || !strings.Contains(last, "directory") {
		t.Errorf("last line %s; want an ERROR naming the store's path and the cause", last)
	}
}

// TestREADMESample: the terminal chat's sample in the README is what the
// chat prints, attribution line included.
func TestREADMESample(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, block, ok := strings.Cut(string(readme), "```\n> /fact embassy\n")
	block, _, ok2 := strings.Cut(block, "```")
	if !ok || !ok2 {
		t.Fatal("README has no terminal sample for /fact embassy")
	}
	var out bytes.Buffer
	if err := run(context.Background(), nil, env(nil), strings.NewReader("/fact embassy\n"), &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if got := strings.TrimSpace(out.String()); got != strings.TrimSpace(block) {
		t.Errorf("the chat prints\n%s\n\nthe README shows\n%s", got, block)
	}
}
