package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
	"sync"

	"factbot/facts"
	"factbot/internal/lines"
)

// chunk is how many questions a worker takes at a time. Handed over one
// by one, a question and its answer cost about 1.7 µs of CPU more (threads
// put to sleep and woken), a sixth of answering it; in chunks of this
// many, when the input has them ready, the cost is lost in the noise.
const chunk = 16

// perWorker is how many chunks each worker may have in flight: enough
// that a worker seldom waits while the writer catches up with a slower
// chunk before its own, few enough that memory does not grow with the
// input.
const perWorker = 4

// answerBytes is room enough for most answers rendered, a few hundred
// bytes each: a slot's buffer made for a chunk of them at once is not
// grown, answer by answer, through every smaller size, each left behind
// as garbage on fresh pages that a short batch never collects.
const answerBytes = 512

// renderer appends an answer to dst as the batch writes it (a JSON line,
// or text). A failed answer leaves dst as it was.
type renderer func(dst []byte, a facts.Answer) ([]byte, error)

// answerLines is the batch mode: it answers each line of in, trimmed,
// with answer on workers goroutines (1: on the caller's alone), renders
// each answer on the goroutine that answered it, with a renderer of its
// own from newRenderer, and writes them to w strictly in input order. At
// most perWorker chunks a worker are in flight. Before it reads more
// of in, every line read so far is answered, written and flushed, so that
// a program asking one question at a time gets each answer at once,
// while a file of questions is answered with few writes. A line over the
// reader's limit is answered from its beginning, with a note on stderr
// giving its number. The first error ends the batch: a failed write or
// rendering (answering stops), then a failed flush, then a failed read;
// every goroutine it started has ended when it returns.
//
// Rendering on the workers matters on few processors: done by the
// goroutine that reads and writes, it was 7% of a batch's instructions
// (under callgrind), done one answer after another, a share of the
// work that more processors could not speed up.
func answerLines(in io.Reader, w *bufio.Writer, stderr io.Writer, workers int, answer func(string) facts.Answer, newRenderer func() renderer) error {
	p := &pipeline{in: in, w: w, answer: answer, file: isRegularFile(in)}
	if workers <= 1 {
		p.render = newRenderer()
	} else {
		p.slots = make([]*slot, workers*perWorker)
		for i := range p.slots {
			p.slots[i] = &slot{done: make(chan struct{}, 1), out: make([]byte, 0, chunk*answerBytes)}
		}
		// Chunks wait in the channel for a free worker: handed over
		// unbuffered, a worker that finished its chunk waited for this
		// goroutine, which got a processor only when a worker stopped,
		// to fill the next (a batch on two cores ran only 1.1 to 1.3
		// times as fast as on one; with the queue, 1.75 times).
		p.jobs = make(chan *slot, len(p.slots))
		var wg sync.WaitGroup
		for range workers {
			wg.Go(func() {
				render := newRenderer()
				for s := range p.jobs {
					s.out, s.err = s.out[:0], nil
					for _, q := range s.questions {
						if s.out, s.err = render(s.out, answer(q)); s.err != nil {
							break
						}
					}
					s.done <- struct{}{}
					// The signal readies the goroutine that reads
					// and writes, waiting for this chunk, to run
					// next on this processor, but only once this
					// worker blocks: with every processor answering,
					// it waited until the queue ran dry, then wrote
					// several chunks and refilled the queue in a
					// burst, while workers stood idle. Yielding
					// lets it write this chunk and hand out the next
					// at once (a batch of 7,200 on two cores: 21.6 →
					// 20.5 ms wall, by turns; CPU unchanged).
					runtime.Gosched()
				}
			})
		}
		// A worker signals a chunk done into the chunk's buffer, so no
		// worker waits on the writer, and all end once jobs is closed
		// and the chunks queued in it are answered, even when a write
		// failed with chunks still in flight.
		defer wg.Wait()
		defer close(p.jobs)
	}
	r := lines.NewReader(p, lines.MaxLine)
	for r.Next() {
		if r.Clipped() {
			fmt.Fprintf(stderr, "factbot: line %d is longer than %d bytes; answering its beginning\n", r.Number(), r.Limit())
		}
		if p.ask(strings.TrimSpace(r.Text())) != nil {
			break
		}
	}
	if err := p.drain(0); err != nil {
		return err
	}
	if err := w.Flush(); err != nil {
		return err // the output failed, which may be why reading stopped
	}
	if err := r.Err(); err != nil {
		return fmt.Errorf("read questions after line %d: %w", r.Number(), err)
	}
	return nil
}

// slot holds a chunk of questions in flight and, once done, their
// answers rendered. The slots are reused in turn, so that the batch
// allocates nothing per question but the answers.
type slot struct {
	questions []string
	out       []byte        // the answers rendered, up to the first that failed
	err       error         // why rendering stopped, if it did
	done      chan struct{} // buffered: the workers' one signal
}

// pipeline is the state of answerLines, used by the caller's goroutine
// alone: it reads, hands chunks of questions to the workers, and writes.
type pipeline struct {
	in     io.Reader
	w      *bufio.Writer
	answer func(string) facts.Answer
	jobs   chan *slot // the workers' chunks; nil to answer on the caller's goroutine
	render renderer   // without workers, the caller's renderer
	out    []byte     // without workers, the answer being written, reused

	slots   []*slot // a ring, in input order from head
	head, n int     // the oldest slot in flight, and how many are
	filling *slot   // the slot after them, taking questions; nil when empty
	err     error   // the first failed write or rendering
	file    bool    // in is a regular file: no need to drain before reading
}

// ask starts answering q: at once without workers, else in the chunk
// being filled, which goes to the workers when full. It returns the first
// write error, once there is one, and then answers nothing more.
func (p *pipeline) ask(q string) error {
	if p.err != nil {
		return p.err
	}
	if p.jobs == nil {
		p.out, p.err = p.render(p.out[:0], p.answer(q))
		if p.err == nil {
			_, p.err = p.w.Write(p.out)
		}
		return p.err
	}
	if p.filling == nil {
		// The slot after the last in flight; when all are in flight, it
		// is the oldest, which must be written first.
		if err := p.drain(len(p.slots) - 1); err != nil {
			return err
		}
		p.filling = p.slots[(p.head+p.n)%len(p.slots)]
		p.filling.questions = p.filling.questions[:0]
	}
	p.filling.questions = append(p.filling.questions, q)
	if len(p.filling.questions) == chunk {
		p.send()
	}
	return nil
}

// send hands the chunk being filled to the workers.
func (p *pipeline) send() {
	p.jobs <- p.filling
	p.filling = nil
	p.n++
}

// drain sends the chunk being filled, if any, then writes the oldest
// chunks' answers, waiting for each chunk, until at most keep chunks are
// in flight. After a failed write it only collects chunks.
func (p *pipeline) drain(keep int) error {
	if p.filling != nil {
		p.send()
	}
	for p.n > keep {
		s := p.slots[p.head]
		<-s.done
		p.head = (p.head + 1) % len(p.slots)
		p.n--
		if p.err == nil {
			if _, p.err = p.w.Write(s.out); p.err == nil {
				p.err = s.err
			}
		}
	}
	return p.err
}

// Read is the reading side of the pipeline: a line reader asks for more
// input only when it has no whole line left, so each time it does, every
// question read so far is answered, written and flushed first.
//
// Reading a regular file never waits for someone to type, so nobody can
// be waiting for the answers first: the pipeline reads on without
// draining, its workers never idle while the last chunks before a read
// are answered and the next are handed out (a batch of 7,200 read from a
// file drained four times).
func (p *pipeline) Read(b []byte) (int, error) {
	if !p.file {
		if err := p.drain(0); err != nil {
			return 0, err
		}
		if err := p.w.Flush(); err != nil {
			return 0, err
		}
	}
	return p.in.Read(b)
}

// isRegularFile reports whether r is a regular file, whose reads do not
// wait for a writer.
func isRegularFile(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode().IsRegular()
}
