package facts

import (
	"math/rand/v2"
	"os"
	"slices"
	"strings"
	"testing"
)

// The loading shortcuts must give what the plain ways give: tokens
// interned in a lexicon are tokenize's, a word's classes are the word
// lists', the lexicon's stems are Stem's, and the helpers agree with the
// standard library's.

// loadTexts returns the texts the shortcuts are checked on: the test
// articles, odd spellings and the fuzz seeds' kind of input.
func loadTexts(t *testing.T) []string {
	t.Helper()
	texts := []string{
		string(DefaultArticle),
		"Albania's 3,000 Jews; Mevo'ot HaHermon (IDF) co-hosted 2.5 ÉCOLE Ďurkovič “quoted” ʼokina",
		"Mixed CASE words, MiXeD, 1990s, 10th century, U.S.A. and the UN's envoy said: \"no.\"",
		"Ελληνικά και Русский, 東京, émigré, naïve façade, Straße, ﬁnance",
		"bad \xff utf-8 \xe2\x80 here",
	}
	for _, path := range []string{"testdata/lighthouse.txt", "testdata/estonia-finland.txt", "testdata/articles/marie-curie.txt"} {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(data))
	}
	return texts
}

func TestTokenizeLex(t *testing.T) {
	for _, text := range loadTexts(t) {
		lx := newLexicon(len(text), nil)
		got := tokenizeLex(text, nil, lx, false)
		want := tokenize(text, nil)
		if len(got) != len(want) {
			t.Fatalf("%d tokens interned, %d plain", len(got), len(want))
		}
		for i, g := range got {
			w := want[i]
			if g.word != w.word || g.start != w.start || g.end != w.end || g.cap != w.cap {
				t.Fatalf("token %d: interned %+v, plain %+v", i, g, w)
			}
			if lx.words[g.id] != g.word {
				t.Fatalf("token %d: id %d is %q, not %q", i, g.id, lx.words[g.id], g.word)
			}
		}
		lx.stemAll()
		for id, w := range lx.words {
			if c := lx.bits[id]; c&lxStop != 0 != stopwords[w] || c&lxMonth != 0 != (monthNames[w] > 0) ||
				c&lxNumber != 0 != isNumber(w) || c&lxYear != 0 != isYear(w) || c&lxDay != 0 != isDay(w) ||
				c&lxDecade != 0 != isDecade(w) || c&lxMonthOrDay != 0 != monthOrDay(w) || c&lxTitle != 0 != titleWords[w] ||
				c&lxConnector != 0 != nameConnectors[w] || c&lxNegation != 0 != negations[w] || c&lxOrg != 0 != orgWords[w] ||
				c&lxSpot != 0 != spotPrepositions[w] || c&lxScale != 0 != scaleWords[w] || c&lxOrdinal != 0 != isOrdinal(w) ||
				c&lxLight != 0 != lightwords[w] {
				t.Errorf("%q: classes %b", w, c)
			}
			if stopwords[w] {
				continue
			}
			if st := lx.stemWords[lx.stemID[id]]; st != Stem(w) {
				t.Errorf("%q: stem %q (number %d), Stem gives %q", w, st, lx.stemID[id], Stem(w))
			}
		}
	}
}

// TestStemListed checks the one-lookup Stem against its definition
// (stemListed) on the lists' words, British spellings and the test texts.
func TestStemListed(t *testing.T) {
	words := []string{"recognised", "honour", "centre", "analyse", "catalogue", "organisation", "skies", "dying", "news", "began", "was", "a", "ab", "1990", "émigré"}
	for w := range irregular {
		words = append(words, w, w+"s", w+"ed")
	}
	for w := range porter2Special {
		words = append(words, w, w+"ise", w+"our")
	}
	for _, text := range loadTexts(t) {
		for _, tk := range tokenize(text, nil) {
			words = append(words, tk.word)
		}
	}
	for _, w := range words {
		if got, want := Stem(w), stemListed(w); got != want {
			t.Errorf("Stem(%q) = %q, by definition %q", w, got, want)
		}
	}
}

func TestFields(t *testing.T) {
	for _, s := range []string{"", " ", "Enver Hoxha", "  Enver  Hoxha ", "Hoxha", "a\u00a0b", "a\tb\nc", "x \xff y", "Ilir Meta ", "\u2003Besiana Kadare\u2003", " Meta\t", "Kadare\u00a0", "Peres"} {
		n, last := fields(s)
		f := strings.Fields(s)
		wantLast := ""
		if len(f) > 0 {
			wantLast = f[len(f)-1]
		}
		if n != len(f) || last != wantLast {
			t.Errorf("fields(%q) = %d, %q; strings.Fields has %d, %q", s, n, last, len(f), wantLast)
		}
		if got := oneWord(s); got != (len(f) == 1) {
			t.Errorf("oneWord(%q) = %v; strings.Fields has %d", s, got, len(f))
		}
	}
}

func TestSortedKeys(t *testing.T) {
	r := rand.New(rand.NewPCG(3, 4))
	stems := []string{"marri", "marriag", "albania", "albanian", "a", "ab", "abcdefgh", "abcdefghi", "abcdefgg", "é", "zz", "1990", ""}
	for range 2000 {
		b := make([]byte, 1+r.IntN(12))
		for i := range b {
			b[i] = "abcz9é"[r.IntN(6)]
		}
		if s := string(b); !slices.Contains(stems, s) {
			stems = append(stems, s)
		}
	}
	got := sortedKeys(stems)
	want := make([]string, len(stems))
	copy(want, stems)
	slices.Sort(want)
	for i, k := range got {
		if k.key != want[i] || stems[k.term] != k.key {
			t.Fatalf("key %d: %q (term %d), want %q", i, k.key, k.term, want[i])
		}
	}
}

func TestUnion(t *testing.T) {
	for _, tt := range []struct{ x, y, want []int32 }{
		{nil, nil, nil},
		{[]int32{1, 3}, nil, []int32{1, 3}},
		{nil, []int32{2}, []int32{2}},
		{[]int32{1, 3, 5}, []int32{2, 3, 6}, []int32{1, 2, 3, 5, 6}},
	} {
		var got []int32
		n := union(tt.x, tt.y, func(id int32) { got = append(got, id) })
		if !slices.Equal(got, tt.want) || n != len(tt.want) {
			t.Errorf("union(%v, %v) = %v (%d), want %v", tt.x, tt.y, got, n, tt.want)
		}
	}
}

func TestSlab(t *testing.T) {
	s := slab[int32]{chunk: 8}
	a := s.take(3)
	b := s.take(4)
	a = append(a, 1, 2, 3)
	b = append(b, 4, 5, 6, 7)
	a = append(a, 9) // past its room: copied, b untouched
	if !slices.Equal(b, []int32{4, 5, 6, 7}) || !slices.Equal(a, []int32{1, 2, 3, 9}) {
		t.Errorf("a = %v, b = %v", a, b)
	}
	if big := s.take(100); cap(big) != 100 {
		t.Errorf("a take past the chunk has room for %d", cap(big))
	}
}
