package printable

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestString(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text, “quoted” — Tiranë", "plain text, “quoted” — Tiranë"},
		{"two\nlines\tand a tab", "two\nlines\tand a tab"},
		{"\x1b]0;title\x07\x1b[2J", "]0;title[2J"},     // OSC retitle, CSI clear screen
		{"\x1bP+q544e\x1b\\", "P+q544e\\"},             // DCS
		{"/abc\rAnswer: fake", "/abcAnswer: fake"},     // CR
		{"secret\b\b\b\b\b\bpublic", "secretpublic"},   // BS
		{"\u009b2J and \u009d0;t\u009c", "2J and 0;t"}, // C1 CSI, OSC, ST
		{"abc\u202edcba\u2066x\u2069", "abcdcbax"},     // bidi override, isolate
		{"del\x7f", "del"},
		{"raw \x9b2J", "raw \uFFFD2J"}, // not UTF-8: a lone C1 byte
		{"U+FFFD \uFFFD stays", "U+FFFD \uFFFD stays"},
	}
	for _, tt := range tests {
		if got := String(tt.in); got != tt.want {
			t.Errorf("String(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// FuzzString checks the property: the result holds no control character
// but newline and tab, and cleaning it again changes nothing.
func FuzzString(f *testing.F) {
	f.Add("\x1b]0;x\x07\r\b\u009b")
	f.Fuzz(func(t *testing.T, s string) {
		got := String(s)
		if !utf8.ValidString(got) {
			t.Errorf("String(%q) = %q is not UTF-8", s, got)
		}
		if strings.ContainsFunc(got, func(r rune) bool { return unicode.IsControl(r) && r != '\n' && r != '\t' }) {
			t.Errorf("String(%q) = %q keeps a control character", s, got)
		}
		if again := String(got); again != got {
			t.Errorf("String is not idempotent: %q then %q", got, again)
		}
	})
}
