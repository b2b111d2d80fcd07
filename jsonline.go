package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"factbot/facts"
)

// answerEncoder writes answers as JSON lines, byte for byte what
// encoding/json writes for struct{facts.Answer; Source *sourceJSON}, but
// without reflection: in batch mode encoding/json took about a sixth of
// the time of answering, for a few hundred bytes a line. An article's
// source is the same on every line that quotes it, so it is encoded once.
// TestAnswerEncoder holds the encoder to encoding/json's output, field by
// field of facts.Answer, so a field added there fails the test until it
// is written here.
// An article's sections are cited again and again too, so the encoder
// keeps the JSON of the first maxCitations citations it encodes: looking
// one up costs a tenth of escaping its strings again. An encoder is for
// one goroutine.
// So does the answer text of a one-fact answer, keyed by the fact: a
// batch quotes a few dozen facts thousands of times, and escaping their
// text again was a tenth of writing a line.
type answerEncoder struct {
	base      *facts.Base
	sources   map[*facts.Article][]byte // `,"source":{...}}` and the newline
	citations map[facts.Citation][]byte // `{"article":...}`
	texts     map[*facts.Fact][]byte    // the fact's text as a JSON string
}

// maxCitations bounds an encoder's memo of citations: an article has a few
// dozen sections, and the memo must not grow with the questions.
const maxCitations = 1024

// maxTexts bounds an encoder's memo of answer texts, a few hundred bytes
// each.
const maxTexts = 1024

// newAnswerEncoder encodes answers from base.
func newAnswerEncoder(base *facts.Base) *answerEncoder {
	return &answerEncoder{base: base, sources: map[*facts.Article][]byte{}, citations: map[facts.Citation][]byte{}, texts: map[*facts.Fact][]byte{}}
}

// source returns the end of the line of an answer quoting art.
func (e *answerEncoder) source(art *facts.Article) ([]byte, error) {
	if s, ok := e.sources[art]; ok {
		return s, nil
	}
	data, err := json.Marshal(sourceOf(art))
	if err != nil {
		return nil, err
	}
	s := append(append([]byte(`,"source":`), data...), '}', '\n')
	e.sources[art] = s
	return s, nil
}

// append appends a to dst as one line; on an error, it returns dst as it
// was.
func (e *answerEncoder) append(dst []byte, a facts.Answer) ([]byte, error) {
	if math.IsInf(a.Score, 0) || math.IsNaN(a.Score) {
		return dst, fmt.Errorf("json: unsupported score %v", a.Score)
	}
	source, err := e.source(answerArticle(e.base, a))
	if err != nil {
		return dst, err
	}
	b := append(dst, `{"query":`...)
	b = appendJSONString(b, a.Query)
	b = append(b, `,"found":`...)
	b = strconv.AppendBool(b, a.Found)
	b = append(b, `,"answer":`...)
	b = e.appendText(b, a)
	b = append(b, `,"span":`...)
	b = appendJSONString(b, a.Span)
	b = append(b, `,"score":`...)
	b = appendJSONFloat(b, a.Score)
	b = append(b, `,"citations":`...)
	b = e.appendCitations(b, a.Citations)
	b = append(b, `,"suggestions":`...)
	b = appendJSONStrings(b, a.Suggestions)
	b = append(b, `,"also_in":`...)
	b = appendJSONStrings(b, a.AlsoIn)
	b = append(b, `,"alternative":`...)
	if alt := a.Alternative; alt == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, `{"answer":`...)
		b = appendJSONString(b, alt.Text)
		b = append(b, `,"citations":`...)
		b = e.appendCitations(b, alt.Citations)
		b = append(b, '}')
	}
	return append(b, source...), nil
}

// appendCitations appends cs as a JSON array, each citation from the
// memo once it has been encoded.
func (e *answerEncoder) appendCitations(b []byte, cs []facts.Citation) []byte {
	if cs == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, c := range cs {
		if i > 0 {
			b = append(b, ',')
		}
		if enc, ok := e.citations[c]; ok {
			b = append(b, enc...)
			continue
		}
		start := len(b)
		b = append(b, `{"article":`...)
		b = appendJSONString(b, c.Article)
		b = append(b, `,"section":`...)
		b = appendJSONString(b, c.Section)
		b = append(b, `,"url":`...)
		b = appendJSONString(b, c.URL)
		b = append(b, '}')
		if len(e.citations) < maxCitations {
			e.citations[c] = bytes.Clone(b[start:])
		}
	}
	return append(b, ']')
}

// appendText appends a.Text as a JSON string: from the memo when it is
// the text of the one fact a quotes (the same string, which the
// comparison finds at once).
func (e *answerEncoder) appendText(b []byte, a facts.Answer) []byte {
	if a.Text == facts.NotCovered {
		return append(b, notCoveredJSON...)
	}
	if len(a.Facts) != 1 || a.Facts[0].Text != a.Text {
		return appendJSONString(b, a.Text)
	}
	f := a.Facts[0]
	if enc, ok := e.texts[f]; ok {
		return append(b, enc...)
	}
	start := len(b)
	b = appendJSONString(b, a.Text)
	if len(e.texts) < maxTexts {
		e.texts[f] = bytes.Clone(b[start:])
	}
	return b
}

// notCoveredJSON is the text of a declined answer as a JSON string: most
// lines of a batch of questions about other articles (nine in ten of the
// benchmark's) decline, and escaping it again each time was half a
// percent of the batch's instructions.
var notCoveredJSON = appendJSONString(nil, facts.NotCovered)

// appendJSONStrings appends ss as a JSON array, or null when nil, as
// encoding/json does.
func appendJSONStrings(b []byte, ss []string) []byte {
	if ss == nil {
		return append(b, "null"...)
	}
	b = append(b, '[')
	for i, s := range ss {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, s)
	}
	return append(b, ']')
}

// appendJSONFloat appends f as encoding/json writes a float64: like %g,
// but with exponents only below 1e-6 and from 1e21 on, and not padded.
func appendJSONFloat(b []byte, f float64) []byte {
	// A score is rounded to thousandths between 0 and 1: k/1000, whose
	// shortest form is k's digits after "0." without trailing zeros, as
	// strconv finds at ten times the cost (no other decimal of three
	// places or fewer is as near).
	if k := math.Round(f * 1000); k/1000 == f && k >= 0 && k <= 1000 && !math.Signbit(f) {
		switch n := int(k); {
		case n == 0:
			return append(b, '0')
		case n == 1000:
			return append(b, '1')
		default:
			b = append(b, '0', '.', byte('0'+n/100), byte('0'+n/10%10), byte('0'+n%10))
			for b[len(b)-1] == '0' {
				b = b[:len(b)-1]
			}
			return b
		}
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	b = strconv.AppendFloat(b, f, format, -1, 64)
	if n := len(b); format == 'e' && n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
		b[n-2] = b[n-1] // e-09 to e-9
		b = b[:n-1]
	}
	return b
}

// jsonSafe tells the ASCII bytes that appendJSONString copies as they
// are; a table because the test is made for every byte of every answer.
var jsonSafe = func() (safe [utf8.RuneSelf]bool) {
	for c := ' '; c < utf8.RuneSelf; c++ {
		safe[c] = !strings.ContainsRune(`"\<>&`, c)
	}
	return safe
}()

// jsonSafe8 reports whether appendJSONString copies all eight bytes of
// s as they are: ASCII, none a control character, a quote, a backslash,
// <, > or &. Eight bytes at once, with the usual test for a zero byte in
// a word ((v-0x01..)&^v&0x80..: a byte's top bit is set only by a zero
// byte or the borrow from one below it), where the table test of each
// byte took most of the time of writing a batch's answers.
func jsonSafe8(s string) bool {
	return safeFrom(s[:8], 0) == 8
}

// safeFrom returns the end of the run of eight-byte blocks from s[i:]
// that jsonSafe8 passes: one call for a run of them, not one a block
// (a question is five).
func safeFrom(s string, i int) int {
	const lo, hi = 0x0101010101010101, 0x8080808080808080
	for ; i+8 <= len(s); i += 8 {
		b := s[i : i+8]
		_ = b[7] // one bounds check, and the eight loads are one
		x := uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56
		if x&hi != 0 {
			return i // not ASCII
		}
		q, bs, amp, ang := x^'"'*lo, x^'\\'*lo, x^'&'*lo, (x|2*lo)^'>'*lo // a zero byte where x has one of them
		bad := (x - ' '*lo) &^ x                                          // below ' ': a control character
		bad |= (q-lo)&^q | (bs-lo)&^bs | (amp-lo)&^amp | (ang-lo)&^ang    // "  \  &  < or >
		if bad&hi != 0 {
			return i
		}
	}
	return i
}

// appendJSONString appends s as a JSON string escaped as encoding/json
// escapes it by default: quotes, backslashes and control characters;
// <, > and & (safe inside HTML); U+2028 and U+2029 (safe in JavaScript);
// and invalid UTF-8 as U+FFFD.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		if i+8 <= len(s) {
			if i = safeFrom(s, i); i == len(s) {
				break
			}
		}
		if c := s[i]; c < utf8.RuneSelf {
			if jsonSafe[c] {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
