package facts

import (
	"math/rand/v2"
	"testing"
)

// TestWithinOneEdit checks the one-pass test against the edit distance it
// stands for, on every pair of short words over a small alphabet (where
// edits collide most) and on random longer ones.
func TestWithinOneEdit(t *testing.T) {
	var words []string
	var gen func(prefix string, n int)
	gen = func(prefix string, n int) {
		words = append(words, prefix)
		if n == 0 {
			return
		}
		for _, c := range "abc" {
			gen(prefix+string(c), n-1)
		}
	}
	gen("", 4)
	for _, a := range words {
		for _, b := range words {
			if got, want := withinOneEdit(a, b), distance(a, b, 1) <= 1; got != want {
				t.Fatalf("withinOneEdit(%q, %q) = %v; distance says %v", a, b, got, want)
			}
		}
	}
	r := rand.New(rand.NewPCG(1, 2))
	word := func() string {
		b := make([]byte, 1+r.IntN(12))
		for i := range b {
			b[i] = "abcde"[r.IntN(5)]
		}
		return string(b)
	}
	for range 200000 {
		a := word()
		b := []byte(a)
		switch r.IntN(4) { // mostly near misses
		case 0:
			b[r.IntN(len(b))] = "abcde"[r.IntN(5)]
		case 1:
			if i := r.IntN(len(b)); i+1 < len(b) {
				b[i], b[i+1] = b[i+1], b[i]
			}
		case 2:
			i := r.IntN(len(b))
			b = append(b[:i], b[i+1:]...)
		default:
			b = []byte(word())
		}
		if got, want := withinOneEdit(a, string(b)), distance(a, string(b), 1) <= 1; got != want {
			t.Fatalf("withinOneEdit(%q, %q) = %v; distance says %v", a, b, got, want)
		}
	}
}

// FuzzWithinOneEdit checks the same property on any pair of words.
func FuzzWithinOneEdit(f *testing.F) {
	f.Add("when", "wehn")
	f.Add("many", "meny")
	f.Add("", "a")
	f.Fuzz(func(t *testing.T, a, b string) {
		if len(a) >= 31 || len(b) >= 31 {
			return // distance's table bound
		}
		if got, want := withinOneEdit(a, b), distance(a, b, 1) <= 1; got != want {
			t.Fatalf("withinOneEdit(%q, %q) = %v; distance says %v", a, b, got, want)
		}
	})
}
