package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"testing/synctest"
	"time"

	"factbot/facts"
	"factbot/handlers"
)

// TestBatchConversation: a program that asks one question, waits for its
// answer, then asks the next, gets each answer before it asks again,
// although the batch mode buffers its output and answers on several
// goroutines: through run (on every processor) and on 1 and 4 workers.
func TestBatchConversation(t *testing.T) {
	base := testBase(t)
	batches := map[string]func(in io.Reader, out io.Writer) error{
		"run": func(in io.Reader, out io.Writer) error {
			return run(context.Background(), []string{"ask", "--json", "-"}, env(nil), in, out, io.Discard)
		},
	}
	for _, workers := range []int{1, 4} {
		batches[fmt.Sprintf("%d workers", workers)] = func(in io.Reader, out io.Writer) error {
			w := bufio.NewWriterSize(out, batchBuffer)
			answer, newRenderer := queryFuncs(base, "ask", true)
			return answerLines(in, w, io.Discard, workers, answer, newRenderer)
		}
	}
	for name, batch := range batches {
		t.Run(name, func(t *testing.T) {
			inR, inW := io.Pipe()
			outR, outW := io.Pipe()
			done := make(chan error, 1)
			go func() {
				err := batch(inR, outW)
				outW.CloseWithError(err)
				done <- err
			}()
			answers := bufio.NewReader(outR)
			for _, q := range []string{"when were relations established?", "who visited israel in 1994?", "What is the capital of France?", "embassy"} {
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
				t.Fatalf("batch: %v", err)
			}
		})
	}
}

// embeddedBase is the embedded article's fact base, loaded once.
var embeddedBase = sync.OnceValues(func() (*facts.Base, error) { return facts.Load(facts.DefaultArticle) })

// testBase returns the embedded article's fact base.
func testBase(tb testing.TB) *facts.Base {
	tb.Helper()
	base, err := embeddedBase()
	if err != nil {
		tb.Fatal(err)
	}
	return base
}

// batchOutput runs answerLines on in with the given workers, for the
// command name, as JSON or text, and returns what it wrote to standard
// output and standard error.
func batchOutput(t *testing.T, in, name string, asJSON bool, workers int) (stdout, stderr string) {
	t.Helper()
	return batchOutputFrom(t, strings.NewReader(in), name, asJSON, workers)
}

// batchOutputFile is batchOutput reading in from a regular file, which
// the batch reads on without draining its chunks first.
func batchOutputFile(t *testing.T, in, name string, asJSON bool, workers int) (stdout, stderr string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "questions.txt")
	if err := os.WriteFile(path, []byte(in), 0o600); err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if !isRegularFile(f) {
		t.Fatalf("%s is not read as a regular file", path)
	}
	return batchOutputFrom(t, f, name, asJSON, workers)
}

func batchOutputFrom(t *testing.T, in io.Reader, name string, asJSON bool, workers int) (stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	w := bufio.NewWriterSize(&out, batchBuffer)
	answer, newRenderer := queryFuncs(testBase(t), name, asJSON)
	if err := answerLines(in, w, &errb, workers, answer, newRenderer); err != nil {
		t.Fatalf("%s on %d workers: %v", name, workers, err)
	}
	return out.String(), errb.String()
}

// TestBatchOrder: answered on several goroutines, a batch writes the same
// bytes as one answered a question at a time, in input order, to standard
// output and standard error: every question of the shared question sets,
// as "ask" and "fact", as text and as JSON, with blank, padded, CRLF,
// over-long, control-character and invalid UTF-8 lines among them. The
// reference is a plain loop over the questions, so the one-worker path
// is held to it too.
func TestBatchOrder(t *testing.T) {
	qs := setQuestions(t)
	odd := []string{"", "   ", "  embassy  ", "embassy\r", strings.Repeat("when? ", 12000), "\x1b[31mred\x07", "caf\xe9 \xff", "when were relations established?"}
	var in strings.Builder
	for i, q := range qs {
		in.WriteString(q + "\n")
		if i%97 == 0 {
			in.WriteString(odd[i/97%len(odd)] + "\n")
		}
	}
	in.WriteString("no newline at the end")
	for _, name := range []string{"ask", "fact"} {
		for _, asJSON := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s json=%v", name, asJSON), func(t *testing.T) {
				var want bytes.Buffer
				answer, newRenderer := queryFuncs(testBase(t), name, asJSON)
				render := newRenderer()
				for _, q := range qs {
					out, err := render(nil, answer(q))
					if err != nil {
						t.Fatal(err)
					}
					want.Write(out)
				}
				seq, _ := batchOutput(t, strings.Join(qs, "\n"), name, asJSON, 1)
				if seq != want.String() {
					t.Fatalf("one worker wrote %d bytes, a plain loop %d; they differ", len(seq), want.Len())
				}
				seq, seqErr := batchOutput(t, in.String(), name, asJSON, 1)
				if !strings.Contains(seqErr, "factbot: line ") {
					t.Fatalf("no note of the over-long line on stderr: %q", seqErr)
				}
				for _, workers := range []int{2, 3, 8} {
					par, parErr := batchOutput(t, in.String(), name, asJSON, workers)
					if par != seq || parErr != seqErr {
						t.Errorf("%d workers: %d bytes (stderr %q); one worker: %d bytes (stderr %q); they differ from line %d", workers, len(par), parErr, len(seq), seqErr, 1+strings.Count(seq[:commonPrefix(par, seq)], "\n"))
					}
				}
				for _, workers := range []int{1, 2, 8} {
					par, parErr := batchOutputFile(t, in.String(), name, asJSON, workers)
					if par != seq || parErr != seqErr {
						t.Errorf("%d workers, from a file: %d bytes (stderr %q); one worker: %d bytes (stderr %q); they differ from line %d", workers, len(par), parErr, len(seq), seqErr, 1+strings.Count(seq[:commonPrefix(par, seq)], "\n"))
					}
				}
			})
		}
	}
}

// commonPrefix returns the length of the longest common prefix of a and b.
func commonPrefix(a, b string) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// TestBatchWindow: however long the input, at most perWorker chunks of
// questions a worker are between being read and being written, and answers are
// written in input order. The first question takes a (fake) second, so
// that the batch fills its window while it waits for that answer.
func TestBatchWindow(t *testing.T) {
	const lines = 20000
	for _, workers := range []int{1, 2, 5} {
		synctest.Test(t, func(t *testing.T) {
			var (
				mu            sync.Mutex
				read, written int // questions being answered, answers written
				most          int // the most in flight at once
				outOfOrder    string
			)
			answer := func(q string) facts.Answer {
				mu.Lock()
				read++
				most = max(most, read-written)
				mu.Unlock()
				if q == "0" {
					time.Sleep(time.Second)
				}
				return facts.Answer{Query: q}
			}
			// Each answer renders as a line longer than the writer's
			// buffer, so it passes straight through to out: counted
			// when written, not when buffered.
			newRenderer := func() renderer {
				return func(dst []byte, a facts.Answer) ([]byte, error) {
					return fmt.Appendf(dst, "%-16s\n", a.Query), nil
				}
			}
			out := writerFunc(func(p []byte) (int, error) {
				mu.Lock()
				defer mu.Unlock()
				for line := range strings.Lines(string(p)) {
					if got, want := strings.TrimSpace(line), strconv.Itoa(written); got != want && outOfOrder == "" {
						outOfOrder = fmt.Sprintf("answer %q written where %q was due", got, want)
					}
					written++
				}
				return len(p), nil
			})
			var in strings.Builder
			for i := range lines {
				fmt.Fprintln(&in, i)
			}
			if err := answerLines(strings.NewReader(in.String()), bufio.NewWriterSize(out, 16), io.Discard, workers, answer, newRenderer); err != nil {
				t.Fatal(err)
			}
			if written != lines || outOfOrder != "" {
				t.Errorf("%d workers: %d of %d answers written; %s", workers, written, lines, outOfOrder)
			}
			want := workers * perWorker * chunk
			if workers == 1 {
				want = 1 // answered as it is read
			}
			if most != want {
				t.Errorf("%d workers: %d questions in flight at once; want %d", workers, most, want)
			}
		})
	}
}

// writerFunc is an io.Writer made of its Write.
type writerFunc func(p []byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

// TestBatchWriteFailure: when the output fails, the batch stops with the
// write's error, reads no more input, and leaves no goroutine behind
// (synctest fails a test whose goroutines are left blocked), on one
// worker and on several, whether the output fails at once or midway.
func TestBatchWriteFailure(t *testing.T) {
	base := testBase(t)
	for _, workers := range []int{1, 4} {
		for _, room := range []int{0, 5000} {
			synctest.Test(t, func(t *testing.T) {
				in := &oneChunkReader{t: t, chunk: strings.Repeat("when were relations established?\n", 2000)}
				w := bufio.NewWriterSize(&failingWriter{n: room}, 1024)
				answer, newRenderer := queryFuncs(base, "ask", true)
				err := answerLines(in, w, io.Discard, workers, answer, newRenderer)
				if !errors.Is(err, errFull) || strings.Contains(err.Error(), "read questions") {
					t.Errorf("%d workers, output failing after %d bytes: error %v; want %v alone", workers, room, err, errFull)
				}
			})
		}
	}
}

// oneChunkReader gives its chunk, then fails the test if it is read
// again: a batch whose output failed must not wait for more input, which
// might never come.
type oneChunkReader struct {
	t     *testing.T
	chunk string
}

func (r *oneChunkReader) Read(p []byte) (int, error) {
	if r.chunk == "" {
		r.t.Error("input read after the output failed")
		return 0, io.EOF
	}
	n := copy(p, r.chunk)
	r.chunk = r.chunk[n:]
	return n, nil
}

// TestBatchReadError: lines read before a read error are answered and
// written, then the batch stops with the error and the line it follows.
func TestBatchReadError(t *testing.T) {
	for _, workers := range []int{1, 4} {
		var out bytes.Buffer
		w := bufio.NewWriter(&out)
		answer, newRenderer := queryFuncs(testBase(t), "fact", true)
		in := io.MultiReader(strings.NewReader("embassy\nearthquake\n"), iotestErrReader{})
		err := answerLines(in, w, io.Discard, workers, answer, newRenderer)
		if err == nil || !strings.Contains(err.Error(), "read questions after line 2: device gone") {
			t.Errorf("%d workers: error %v; want the read error after line 2", workers, err)
		}
		if n := strings.Count(out.String(), "\n"); n != 2 {
			t.Errorf("%d workers: %d answers written before the read error; want 2", workers, n)
		}
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

// setQuestions returns the "ask" questions of ../shared/qa/dev.jsonl
// (when it is there), facts/testdata/*.jsonl and
// facts/testdata/articles/*.jsonl, all to be asked of the embedded article.
func setQuestions(tb testing.TB) []string {
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
	return qs
}

// batchQuestions is the batch scripts/batch-bench.sh times against bleve:
// setQuestions repeated to n lines.
func batchQuestions(tb testing.TB, n int) []string {
	qs := setQuestions(tb)
	out := make([]string, n)
	for i := range out {
		out[i] = qs[i%len(qs)]
	}
	return out
}

// BenchmarkBatch is the 7,200-question batch inside the process, in its
// parts: "run" is all of `factbot ask --json -` but the process's start
// (loading the article, answering on every processor, encoding, writing),
// "run-1proc" the same on one processor (GOMAXPROCS=1), "answer" only the
// answers, one at a time, "answer-cold" the same from a base loaded afresh
// (as a process starts: the memo of question words empty), "encode" only
// their JSON lines. Each reports ns/question.
func BenchmarkBatch(b *testing.B) {
	qs := batchQuestions(b, 7200)
	input := []byte(strings.Join(qs, "\n") + "\n")
	perQuestion := func(b *testing.B) {
		b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(qs)), "ns/question")
	}
	batch := func(b *testing.B) {
		for b.Loop() {
			if err := run(context.Background(), []string{"ask", "--json", "-"}, env(nil), bytes.NewReader(input), discard{}, io.Discard); err != nil {
				b.Fatal(err)
			}
		}
		perQuestion(b)
	}
	b.Run("run", batch)
	b.Run("run-1proc", func(b *testing.B) {
		defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
		batch(b)
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
	// answer-cold is answer with a base loaded afresh each time: what a
	// process pays, whose memo of question words starts empty.
	b.Run("answer-cold", func(b *testing.B) {
		for b.Loop() {
			cold, err := facts.Load(facts.DefaultArticle)
			if err != nil {
				b.Fatal(err)
			}
			for i, q := range qs {
				answers[i] = cold.Ask(handlers.Clip(q, handlers.MaxQuestionLen))
			}
		}
		perQuestion(b)
	})
	b.Run("encode", func(b *testing.B) {
		enc := newAnswerEncoder(base)
		var out []byte
		for b.Loop() {
			for _, a := range answers {
				var err error
				if out, err = enc.append(out[:0], a); err != nil {
					b.Fatal(err)
				}
			}
		}
		perQuestion(b)
	})
}
