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
		"Source: History › Communist Albania (1946–1992) — https://en.wikipedia.org/wiki/Albania%E2%80%93Israel_relations#Communist_Albania_(1946%E2%80%931992)",
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
	err := run(context.Background(), nil, env(map[string]string{"LOG_LEVEL": "loud", "DAILY_TZ": "Nowhere/Else"}), strings.NewReader(""), &bytes.Buffer{}, &bytes.Buffer{})
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
