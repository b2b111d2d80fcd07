// Package lines reads text a line at a time in bounded memory. Unlike
// bufio.Scanner, which stops at the first line longer than its buffer
// ("token too long") and so leaves every later line unread, a Reader
// keeps the start of an over-long line, skips the rest and goes on.
package lines

import (
	"bufio"
	"errors"
	"io"
	"unicode/utf8"
)

// MaxLine is the number of bytes of a line that factbot's front ends keep:
// far more than any question or topic they answer (handlers.MaxQuestionLen
// characters are at most 1,200 bytes), and little memory however long the
// line is.
const MaxLine = 64 << 10

// Reader reads lines keeping at most a fixed number of bytes of each. Use
// it like a bufio.Scanner: for r.Next() { ... r.Text() ... }, then r.Err().
type Reader struct {
	br      *bufio.Reader
	limit   int
	buf     []byte
	n       int // the current line's number, from 1
	clipped bool
	err     error
}

// NewReader reads lines from r, keeping at most limit bytes of each (at
// least 1).
func NewReader(r io.Reader, limit int) *Reader {
	limit = max(limit, 1)
	// The buffer only bounds how much is read at a time, not a line's
	// length: longer lines are read in pieces.
	return &Reader{br: bufio.NewReaderSize(r, min(limit+2, 64<<10)), limit: limit}
}

// Next reads the next line and reports whether there was one; a last line
// without a newline counts. It returns false at the end of the input or
// after a read error (see Err).
func (r *Reader) Next() bool {
	if r.err != nil {
		return false
	}
	r.buf, r.clipped = r.buf[:0], false
	length, any := 0, false // bytes in the line, any byte read at all
	var last byte
	for {
		chunk, err := r.br.ReadSlice('\n')
		any = any || len(chunk) > 0
		end := len(chunk) > 0 && chunk[len(chunk)-1] == '\n'
		if end {
			chunk = chunk[:len(chunk)-1]
		}
		if len(chunk) > 0 {
			last = chunk[len(chunk)-1]
		}
		length += len(chunk)
		// Keep one byte over the limit, so that a "\r\n" ending of a line
		// of exactly limit bytes is not taken for clipping.
		if room := r.limit + 1 - len(r.buf); room > 0 {
			r.buf = append(r.buf, chunk[:min(len(chunk), room)]...)
		}
		switch {
		case end:
		case errors.Is(err, bufio.ErrBufferFull):
			continue // the line goes on; only its start is kept
		case errors.Is(err, io.EOF):
			if !any {
				return false
			}
		default:
			r.err = err
			if !any {
				return false
			}
		}
		if last == '\r' {
			length--
		}
		if length <= r.limit {
			r.buf = r.buf[:length]
		} else {
			r.clipped = true
			r.buf = cutRune(r.buf[:r.limit])
		}
		r.n++
		return true
	}
}

// cutRune drops a character that the cut at the end of b split.
func cutRune(b []byte) []byte {
	for i := len(b) - 1; i >= 0 && i >= len(b)-utf8.UTFMax; i-- {
		if utf8.RuneStart(b[i]) {
			if !utf8.FullRune(b[i:]) {
				return b[:i]
			}
			break
		}
	}
	return b
}

// Text returns the current line without its line ending ("\n" or
// "\r\n"): all of it, or its first bytes, cut at a character boundary,
// when Clipped.
func (r *Reader) Text() string { return string(r.buf) }

// Number returns the current line's number, counting from 1.
func (r *Reader) Number() int { return r.n }

// Clipped reports whether the current line was longer than the limit.
func (r *Reader) Clipped() bool { return r.clipped }

// Limit returns how many bytes of a line the Reader keeps.
func (r *Reader) Limit() int { return r.limit }

// Err returns the read error that ended the input, or nil at its end.
func (r *Reader) Err() error { return r.err }
