package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"factbot/facts"
	"factbot/handlers"
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

// batchQuestions is the batch scripts/batch-bench.sh times against bleve:
// the "ask" questions of ../shared/qa/dev.jsonl (when it is there),
// facts/testdata/*.jsonl and facts/testdata/articles/*.jsonl, repeated to
// n lines, all to be asked of the embedded article.
func batchQuestions(tb testing.TB, n int) []string {
	sets, _ := filepath.Glob("facts/testdata/*.jsonl")
	more, _ := filepath.Glob("facts/testdata/articles/*.jsonl")
	sets = append(append([]string{"../shared/qa/dev.jsonl"}, sets...), more...)
	var qs []string
	for _, path := range sets {
		data, err := os.ReadFile(path)
		if errors.Is(err, os.ErrNotExist) && strings.HasPrefix(path, "..") {
			continue
		}
		if err != nil {
			tb.Fatal(err)
		}
		for line := range strings.Lines(string(data)) {
			var q struct{ Kind, Q string }
			if strings.TrimSpace(line) == "" {
				continue
			}
			if err := json.Unmarshal([]byte(line), &q); err != nil {
				tb.Fatalf("%s: %v", path, err)
			}
			if q.Kind == "ask" || q.Kind == "" {
				qs = append(qs, strings.Join(strings.Fields(q.Q), " "))
			}
		}
	}
	out := make([]string, n)
	for i := range out {
		out[i] = qs[i%len(qs)]
	}
	return out
}

// BenchmarkBatch is the 7,200-question batch inside the process, in its
// parts: "run" is all of `factbot ask --json -` but the process's start
// (loading the article, answering, encoding, writing), "answer" only the
// answers, "encode" only their JSON lines. Each reports ns/question.
func BenchmarkBatch(b *testing.B) {
	qs := batchQuestions(b, 7200)
	input := []byte(strings.Join(qs, "\n") + "\n")
	perQuestion := func(b *testing.B) {
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(qs)), "ns/question")
	}
	b.Run("run", func(b *testing.B) {
		for b.Loop() {
			if err := run(context.Background(), []string{"ask", "--json", "-"}, env(nil), bytes.NewReader(input), discard{}, io.Discard); err != nil {
				b.Fatal(err)
			}
		}
		perQuestion(b)
	})
	base, err := facts.Load(facts.DefaultArticle)
	if err != nil {
		b.Fatal(err)
	}
	answers := make([]facts.Answer, len(qs))
	b.Run("answer", func(b *testing.B) {
		for b.Loop() {
			for i, q := range qs {
				answers[i] = base.Ask(handlers.Clip(q, handlers.MaxQuestionLen))
			}
		}
		perQuestion(b)
	})
	b.Run("encode", func(b *testing.B) {
		enc := newAnswerEncoder(discard{}, base)
		for b.Loop() {
			for _, a := range answers {
				if err := enc.encode(a); err != nil {
					b.Fatal(err)
				}
			}
		}
		perQuestion(b)
	})
}
