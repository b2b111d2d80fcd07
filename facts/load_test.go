package facts

import "testing"

// TestGramAfter checks that a pair's hash goes on from its first word's
// as gram makes it, which buildGrams relies on.
func TestGramAfter(t *testing.T) {
	for _, p := range [][2]string{{"albania", "israel"}, {"a", ""}, {"", "b"}, {"tel", "aviv"}, {"shkodër", "1913"}} {
		if got, want := gramAfter(gram(p[0], ""), p[1]), gram(p[0], p[1]); got != want {
			t.Errorf("gramAfter(gram(%q), %q) = %x, want %x", p[0], p[1], got, want)
		}
	}
}
