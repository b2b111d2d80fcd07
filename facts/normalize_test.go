package facts

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Durrës", "durres"},
		{"DURRËS", "durres"},
		{"Mevo’ot", "mevo'ot"},
		{"Albania–Israel", "albania-israel"},
		{"“Quote”", `"quote"`},
		{"Łódź Ñandú ß", "lodz nandu s"},
		// Silent letters go: "Lōʻihi" is asked as "Loihi".
		{"Lōʻihi Hawaiʻi Kaʿba ʾ", "loihi hawaii kaba "},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

func TestStem(t *testing.T) {
	// Words in one group must share a stem; the groups must differ.
	groups := [][]string{
		{"established", "establish", "establishes", "establishment", "establishing"},
		{"recognized", "recognised", "recognize", "recognizes"},
		{"relations", "relation", "related"},
		{"countries", "country"},
		{"killing", "killed", "kill", "kills"},
		{"began", "begin", "begins", "beginning"},
		{"honour", "honor"},
		{"centre", "center"},
		{"jews", "jew"},
		{"damaged", "damage", "damaging"},
		{"agreed", "agree", "agrees"},
		{"emigrated", "emigrate", "emigration"},
		{"visited", "visit", "visits", "visiting"},
		{"struck", "strike"},
		{"dialogue", "dialog"},
	}
	seen := map[string]string{}
	for _, g := range groups {
		want := Stem(g[0])
		for _, w := range g[1:] {
			if got := Stem(w); got != want {
				t.Errorf("Stem(%q) = %q; want %q (as Stem(%q))", w, got, want, g[0])
			}
		}
		if other, ok := seen[want]; ok {
			t.Errorf("Stem(%q) = Stem(%q) = %q; want different stems", g[0], other, want)
		}
		seen[want] = g[0]
	}
	for _, w := range []string{"2019", "3000", "ww2", "a", "", strings.Repeat("x", maxStemLen+1)} {
		if got := Stem(w); got != w {
			t.Errorf("Stem(%q) = %q; want it whole", w, got)
		}
	}
}

// TestRelated checks the forms the index joins beyond the stemmer: by
// prefix (marry, marriage), nationality endings (Jew, Jewish) and root
// families (die, death), and that short prefixes join nothing (part, party).
func TestRelated(t *testing.T) {
	a, err := Parse([]byte("= Test =\n\nThe marriage of Emma was arranged. Jewish families hid. " +
		"Many deaths followed. The party met. A part broke. Recognition came. Albanian troops left Albania.\n"))
	if err != nil {
		t.Fatal(err)
	}
	b := New(a)
	tests := []struct {
		asked, written string
		want           bool
	}{
		{"marry", "marriage", true},
		{"married", "marriage", true},
		{"jew", "jewish", true},
		{"died", "deaths", true},
		{"recognized", "recognition", true},
		{"albania", "albanian", true},
		{"part", "party", false},
	}
	for _, tt := range tests {
		q := b.analyze(tt.asked, false)
		id, ok := b.wordTerm(tt.written)
		if !ok {
			t.Fatalf("%q is not a word of the article", tt.written)
		}
		got := len(q.words) == 1 && matchIn([]int32{id}, &q.words[0]) > 0
		if got != tt.want {
			t.Errorf("%q matches %q: %v; want %v", tt.asked, tt.written, got, tt.want)
		}
	}
}

func TestTokenize(t *testing.T) {
	toks := tokenize("Albania's 3,000 Jews; Mevo'ot HaHermon (IDF) co-hosted 2.5 Lōʻihi ʻ", nil)
	var words []string
	for _, tk := range toks {
		words = append(words, tk.word)
	}
	want := "albania 3000 jews mevoot hahermon idf co hosted 2.5 loihi"
	if got := strings.Join(words, " "); got != want {
		t.Errorf("tokenize = %q; want %q", got, want)
	}
	if int(toks[0].end) != len("Albania") {
		t.Errorf("possessive kept in token span: end = %d", toks[0].end)
	}
}

// FuzzNormalize checks that folding is idempotent and never produces
// invalid UTF-8.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"When were relations established?", "Durrës", "WW2 IDF UN", "wen were relations establised", "“x” – y", "\xff\xfe"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := Fold(s)
		if Fold(once) != once {
			t.Fatalf("Fold not idempotent: %q -> %q -> %q", s, once, Fold(once))
		}
		if !utf8.ValidString(once) {
			t.Fatalf("Fold(%q) = %q is not valid UTF-8", s, once)
		}
	})
}

// TestTokenizeQuestion holds tokenizeQuestion's own loop to tokenizeLex,
// and its words, lowered, to tokenize's.
func TestTokenizeQuestion(t *testing.T) {
	for _, text := range []string{
		"", " ", "When did Albania recognize Israel?", "How many Jews lived in Albania before World War II?",
		"What is Israel's embassy?", "Who is O'Brien, the 3,000th?", "Was it 2.5 or 3.5 km.", "Durrës and Tiranë",
		"iPhone CO2 P680 x-ray 1990-1991 (est.) \"quoted\" a/b", "ends with a comma,", "ends,3 with 4.", "Mevo'ot – “Zion”",
		"THE UNITED STATES", "a-b; c: d! e) f? g", "7-Up", "naïve café", "…", "x\u2019s y\u02BCs",
	} {
		want := tokenizeLex(text, nil, nil, true)
		got := tokenizeQuestion(text, nil)
		if !slices.Equal(got, want) {
			t.Errorf("tokenizeQuestion(%q) = %v, want %v", text, got, want)
		}
		plain := tokenize(text, nil)
		if len(plain) != len(got) {
			t.Fatalf("tokenize(%q) = %v, tokenizeQuestion %v", text, plain, got)
		}
		for i := range plain {
			w := got[i].word
			if got[i].upper {
				w = strings.ToLower(w)
			}
			if w != plain[i].word || got[i].start != plain[i].start || got[i].end != plain[i].end || got[i].cap != plain[i].cap {
				t.Errorf("tokenizeQuestion(%q)[%d] = %+v, tokenize's %+v", text, i, got[i], plain[i])
			}
		}
	}
}
