package facts

import (
	"os"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestGramAfter checks that a pair's hash goes on from its first word's
// as gram makes it, which buildGrams relies on.
func TestGramAfter(t *testing.T) {
	for _, p := range [][2]string{{"albania", "israel"}, {"a", ""}, {"", "b"}, {"tel", "aviv"}, {"shkodër", "1913"}} {
		if got, want := gramAfter(gram(p[0], ""), p[1]), gram(p[0], p[1]); got != want {
			t.Errorf("gramAfter(gram(%q), %q) = %x, want %x", p[0], p[1], got, want)
		}
	}
}

// foldRunes is Fold as it was first written, rune by rune: the
// reference that Fold's byte-wise ASCII path must match.
func foldRunes(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r == utf8.RuneError {
			continue
		}
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

func TestFoldMatchesRunes(t *testing.T) {
	words := []string{"", "albania", "Albania", "Durrës", "DURRËS", "Tel Aviv–Yafo", "`quoted`", "it’s", "ǅemal",
		"Ⱥb", "ÆON", "ΑΘΗΝΑ", "Москва", "a\xffb", "\xff", "x\xe2\x82", "�ok", "İstanbul", "ﬁne", "MiXeD 123 ÀÉÎ"}
	data, err := os.ReadFile("article.txt")
	if err != nil {
		t.Fatal(err)
	}
	words = append(words, strings.Split(string(data), "\n")...)
	for _, w := range words {
		if got, want := Fold(w), foldRunes(w); got != want {
			t.Errorf("Fold(%q) = %q, want %q", w, got, want)
		}
	}
}

func FuzzFold(f *testing.F) {
	f.Add("Durrës `x` \xff")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Fold(s), foldRunes(s); got != want {
			t.Errorf("Fold(%q) = %q, want %q", s, got, want)
		}
	})
}
