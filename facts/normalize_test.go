package facts

import (
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
		{"recognized", "recognised", "recognize", "recognition", "recognizes"},
		{"relations", "relation", "relationships", "relationship"},
		{"countries", "country"},
		{"killing", "killed", "kill", "kills"},
		{"began", "begin", "begins", "beginning"},
		{"honour", "honor"},
		{"centre", "center"},
		{"jewish", "jew", "jews"},
		{"damaged", "damage", "damaging"},
		{"agreed", "agree", "agreement", "agreements"},
		{"emigrated", "emigrate", "emigration"},
		{"visited", "visit", "visits", "visiting"},
		{"struck", "strike"},
		{"assistance", "assist"},
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
	for _, short := range []string{"state", "nation", "union", "a"} {
		if got := Stem(short); got != short && got+"e" != short {
			t.Errorf("Stem(%q) = %q; want it (nearly) whole", short, got)
		}
	}
}

func TestTokenize(t *testing.T) {
	toks := tokenize("Albania's 3,000 Jews; Mevo'ot HaHermon (IDF) co-hosted 2.5", nil)
	var words []string
	for _, tk := range toks {
		words = append(words, tk.word)
	}
	want := "albania 3000 jews mevoot hahermon idf co hosted 2.5"
	if got := strings.Join(words, " "); got != want {
		t.Errorf("tokenize = %q; want %q", got, want)
	}
	if toks[0].end != len("Albania") {
		t.Errorf("possessive kept in token span: end = %d", toks[0].end)
	}
}

// FuzzNormalize checks that folding and query normalisation are idempotent
// and never produce invalid UTF-8.
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
		n := NormalizeQuery(s)
		if NormalizeQuery(n) != n {
			t.Fatalf("NormalizeQuery not idempotent: %q -> %q -> %q", s, n, NormalizeQuery(n))
		}
	})
}
