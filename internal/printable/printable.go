// Package printable makes text safe to print on a terminal. Anything a
// member or an article wrote can hold control characters: ESC starts the
// sequences that retitle a window (OSC), clear the screen (CSI) or talk to
// the terminal itself (DCS), CR and BS overwrite what was printed before,
// and bidirectional overrides reorder it. Every front end that writes to a
// terminal passes its text through String.
package printable

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// String returns s without control characters (C0, DEL and C1) other than
// newline and tab, and without bidirectional embeddings, overrides and
// isolates. Bytes that are not UTF-8 become U+FFFD, since a terminal
// that is not in UTF-8 mode reads a lone 0x9B as CSI. Text without any of
// these is returned as is.
func String(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if strings.IndexFunc(s, unsafe) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unsafe(r) {
			return -1
		}
		return r
	}, s)
}

func unsafe(r rune) bool {
	switch {
	case r == '\n' || r == '\t':
		return false
	case unicode.IsControl(r): // C0, DEL, C1 (U+0080–U+009F, CSI and OSC among them)
		return true
	case r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069':
		return true
	}
	return false
}
