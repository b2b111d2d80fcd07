package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
	"time"
)

// TestBatchConversation: a program that asks one question, waits for its
// answer, then asks the next, gets each answer before it asks again,
// although the batch mode buffers its output.
func TestBatchConversation(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan error, 1)
	go func() {
		err := run(context.Background(), []string{"ask", "--json", "-"}, env(nil), inR, outW, io.Discard)
		outW.CloseWithError(err)
		done <- err
	}()
	answers := bufio.NewReader(outR)
	for _, q := range []string{"when were relations established?", "who visited israel in 1994?", "What is the capital of France?"} {
		if _, err := io.WriteString(inW, q+"\n"); err != nil {
			t.Fatal(err)
		}
		line := make(chan string, 1)
		go func() {
			s, _ := answers.ReadString('\n')
			line <- s
		}()
		select {
		case s := <-line:
			var a struct{ Query string }
			if err := json.Unmarshal([]byte(s), &a); err != nil || a.Query != q {
				t.Errorf("answer to %q: %q (%v)", q, s, err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("no answer to %q while factbot waits for the next question", q)
		}
	}
	inW.Close()
	if err := <-done; err != nil {
		t.Fatalf("run: %v", err)
	}
}

// failingWriter takes n bytes, then fails.
type failingWriter struct{ n int }

var errFull = errors.New("disk full")

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		k := w.n
		w.n = 0
		return k, errFull
	}
	w.n -= len(p)
	return len(p), nil
}

// TestBatchWriteError: answers that cannot be written stop the batch
// with the write's error, in the middle of the input and at its end.
func TestBatchWriteError(t *testing.T) {
	for _, lines := range []int{1, 5000} {
		in := strings.Repeat("when were relations established?\n", lines)
		err := run(context.Background(), []string{"ask", "--json", "-"}, env(nil), strings.NewReader(in), &failingWriter{n: 100}, io.Discard)
		if !errors.Is(err, errFull) || strings.Contains(err.Error(), "read questions") {
			t.Errorf("%d lines to a full disk: error %v; want %v alone", lines, err, errFull)
		}
	}
	err := run(context.Background(), []string{"ask", "--json", "when?"}, env(nil), nil, &failingWriter{n: 10}, io.Discard)
	if !errors.Is(err, errFull) {
		t.Errorf("one answer to a full disk: error %v; want %v", err, errFull)
	}
	var out bytes.Buffer
	if err := run(context.Background(), []string{"fact", "--json", "-"}, env(nil), iotestErrReader{}, &out, io.Discard); err == nil || !strings.Contains(err.Error(), "read questions after line 0") {
		t.Errorf("unreadable input: error %v; want the read error", err)
	}
}

// iotestErrReader fails at once.
type iotestErrReader struct{}

func (iotestErrReader) Read([]byte) (int, error) { return 0, errors.New("device gone") }
