package facts

import (
	"math/rand/v2"
	"slices"
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

// distanceFull is distance computing every cell of the table, as it did
// before it kept to the band: the reference for TestDistanceBand.
func distanceFull(a, b string, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	var buf [3][32]int
	if len(a) >= 31 || len(b) >= 31 {
		return max + 1
	}
	prev2, prev, cur := buf[0][:len(b)+1], buf[1][:len(b)+1], buf[2][:len(b)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// TestNearQuestionWord checks which question word a slip is read as: a
// dropped letter before any other edit, wherever it was dropped.
func TestNearQuestionWord(t *testing.T) {
	for _, tt := range []struct{ w, want string }{
		{"whee", "where"}, // a dropped "r", not "when" with "n" for "e"
		{"wher", "where"},
		{"whre", "where"},
		{"wen", "when"},
		{"whn", "when"},
		{"wat", "what"},
		{"wich", "which"},
		{"wo", "who"},
		{"hw", "how"},
		{"hwo", "how"},   // letters swapped
		{"wehn", "when"}, // letters swapped
		{"whet", "when"}, // one substituted: the commoner word
		{"wheres", ""},   // too long to be read as one
		{"x", ""},
	} {
		if got := nearQuestionWord(tt.w); got != tt.want {
			t.Errorf("nearQuestionWord(%q) = %q; want %q", tt.w, got, tt.want)
		}
	}
}

// TestDistanceBand checks that distance, which computes only the band of
// cells near the diagonal, agrees with the full table wherever either is
// within the limit.
func TestDistanceBand(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	word := func() string {
		n := r.IntN(12)
		b := make([]byte, n)
		for i := range b {
			b[i] = "abcde"[r.IntN(3+r.IntN(3))]
		}
		return string(b)
	}
	for n := 0; n < 200000; n++ {
		a, b := word(), word()
		if r.IntN(2) == 0 && len(a) > 0 {
			bb := []byte(a)
			for k := r.IntN(3); k >= 0; k-- {
				switch r.IntN(3) {
				case 0:
					if len(bb) > 1 {
						i := r.IntN(len(bb) - 1)
						bb[i], bb[i+1] = bb[i+1], bb[i]
					}
				case 1:
					bb[r.IntN(len(bb))] = 'x'
				case 2:
					i := r.IntN(len(bb))
					bb = append(bb[:i], bb[i+1:]...)
					if len(bb) == 0 {
						bb = []byte("q")
					}
				}
			}
			b = string(bb)
		}
		for max := 0; max <= 4; max++ {
			x, y := distanceFull(a, b, max), distance(a, b, max)
			if x != y && (x <= max || y <= max) {
				t.Fatalf("%q %q %d: old %d new %d", a, b, max, x, y)
			}
		}
	}
}

// TestQuestionSwitches holds questionType's switches to the word lists.
func TestQuestionSwitches(t *testing.T) {
	words := []string{"", "w", "wh", "whatever", "hows", "manys", "kin", "types", "sorted", "x"}
	for _, m := range []map[string]bool{stopwords, lightwords, howNumber, questionFiller, numberWords} {
		for w := range m {
			words = append(words, w)
		}
	}
	for w := range questionWords {
		words = append(words, w)
	}
	for w := range typeNouns {
		words = append(words, w)
	}
	for _, w := range words {
		if got, want := questionWordType(w), questionWords[w]; got != want {
			t.Errorf("questionWordType(%q) = %v, want %v", w, got, want)
		}
		if got, want := isHowNumber(w), howNumber[w]; got != want {
			t.Errorf("isHowNumber(%q) = %v, want %v", w, got, want)
		}
		if got, want := isQuestionFiller(w), questionFiller[w]; got != want {
			t.Errorf("isQuestionFiller(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestTypeIdiomsOf holds typeIdiomsOf to typeIdioms: every phrase is
// found from its first word, and only from it.
func TestTypeIdiomsOf(t *testing.T) {
	for k, idiom := range typeIdioms {
		if !slices.Contains(typeIdiomsOf(idiom.words[0]), k) {
			t.Errorf("typeIdiomsOf(%q) lacks %v", idiom.words[0], idiom.words)
		}
		if wordClass[idiom.words[0]]&wTypeOpen == 0 {
			t.Errorf("%q opens a type idiom but lacks wTypeOpen", idiom.words[0])
		}
	}
	for _, w := range []string{"how", "in", "what", "when", "x"} {
		for _, k := range typeIdiomsOf(w) {
			if typeIdioms[k].words[0] != w {
				t.Errorf("typeIdiomsOf(%q) has %v", w, typeIdioms[k].words)
			}
		}
	}
}
