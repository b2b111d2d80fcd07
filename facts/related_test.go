package facts

import (
	"slices"
	"strings"
	"testing"
)

// natBasesByEnding is how names were indexed by nationality bases before
// nationalOf: under every base and ending ("ital", "italy", "itale",
// "itala" for "italian"), each list sorted. TestNationalOf holds
// nationalOf to it.
func natBasesByEnding(b *Base) map[string][]int32 {
	out := map[string][]int32{}
	for n, w := range b.wordKeys {
		id := b.wordTerms[n]
		if b.lowerTerm[id] || !isAlpha(w) {
			continue
		}
		for _, suf := range nationalSuffixes {
			base, ok := strings.CutSuffix(w, suf)
			if !ok || len(base) < 3 {
				continue
			}
			for _, end := range [...]string{"", "y", "e", "a"} {
				if end != suf && !slices.Contains(out[base+end], id) {
					out[base+end] = append(out[base+end], id)
				}
			}
		}
	}
	for _, ids := range out {
		slices.Sort(ids)
	}
	return out
}

// TestNationalOf checks nationalOf against the index by every base and
// ending, for every word that index has and every word of the articles,
// with one article and with several.
func TestNationalOf(t *testing.T) {
	one := New(parseFile(t, ""))
	several, _ := bilateral(t)
	for _, b := range []*Base{one, several} {
		want := natBasesByEnding(b)
		if len(want) == 0 {
			t.Fatal("no names with a nationality ending: the test checks nothing")
		}
		words := slices.Clone(b.wordKeys)
		for k := range want {
			words = append(words, k)
		}
		for _, w := range words {
			if got := b.nationalOf(w, nil); !slices.Equal(got, want[w]) {
				t.Fatalf("nationalOf(%q) = %v; want %v", w, got, want[w])
			}
		}
	}
}

// TestAgentNounsInE checks that a short verb in "-e" and its agent noun in
// "-r" relate both ways ("vote", "voters"), as "own" and "owner" do.
func TestAgentNounsInE(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland voters rejected the treaty in 1972. The old ruler was taken to court in 1980.\n")
	tests := []struct{ word, want string }{
		{"vote", "voters"},
		{"voted", "voters"},
		{"rule", "ruler"},
	}
	for _, tt := range tests {
		got := relatedWords(b, tt.word)
		if !slices.Contains(got, tt.want) {
			t.Errorf("relatedTo(%q) = %v; want %q among them", tt.word, got, tt.want)
		}
	}
	if a := b.Ask("When did Norland vote against the treaty?"); !a.Found || !strings.Contains(a.Text, "1972") {
		t.Errorf("vote: found %v %q; want the 1972 sentence", a.Found, a.Text)
	}
}

// TestGraded checks that an adjective that measures something meets its
// comparative and superlative both ways, as English spells them, and that
// a word that only ends like one ("corner", "forest") meets no adjective.
func TestGraded(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is the oldest kingdom of the north, founded about 900 years ago. Its biggest lake is wider than the sea, and the land is earlier than its neighbours. The corn grows by the corner of the forest, and the fore hill is large.\n")
	tests := []struct {
		word string
		want string // among the related forms, or "" for none of graded's
	}{
		{"old", "oldest"},
		{"big", "biggest"},
		{"wide", "wider"},
		{"early", "earlier"},
		{"largest", "large"},
		{"corner", ""},
		{"forest", ""},
	}
	for _, tt := range tests {
		got := relatedWords(b, tt.word)
		switch {
		case tt.want != "" && !slices.Contains(got, tt.want):
			t.Errorf("relatedTo(%q) = %v; want %q among them", tt.word, got, tt.want)
		case tt.want == "" && len(graded(tt.word, func(string) bool { return true })) > 0:
			t.Errorf("graded(%q) = %v; want none", tt.word, graded(tt.word, func(string) bool { return true }))
		}
	}
	if a := b.Ask("how old is norland"); !a.Found || !strings.Contains(a.Text, "oldest") {
		t.Errorf("how old: found %v %q; want the oldest kingdom", a.Found, a.Text)
	}
}

// TestGradedSynonyms checks that a comparative or superlative the article
// lacks meets its synonyms in the same degree, both ways ("biggest" the
// article's "largest", "larger" its "bigger"), and not another degree; a
// superlative also meets what its adjective measures ("hottest":
// temperature).
func TestGradedSynonyms(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nIsabel, the largest island of Norland, is made of six volcanoes. Its harbour is bigger than the old one. The land is large. The highest temperature was 31 °C.\n")
	tests := []struct {
		word string
		want string // among the article's terms it meets, or "" for none
	}{
		{"biggest", "largest"},
		{"larger", "bigger"},
		{"bigger", ""}, // written as it stands: no synonyms sought
		{"smallest", ""},
		{"hottest", "temperatur"}, // what "hot" measures (WordNet's attribute), the article's "temperature"
	}
	for _, tt := range tests {
		if _, written := b.wordTerm(tt.word); written {
			if tt.want != "" {
				t.Errorf("%q: the article writes it; the test wants a word it lacks", tt.word)
			}
			continue
		}
		var got []string
		for _, id := range b.unknownOf(tt.word).synTerms {
			got = append(got, b.stems[id])
		}
		switch {
		case tt.want != "" && !slices.Contains(got, tt.want):
			t.Errorf("%q meets %v; want %q among them", tt.word, got, tt.want)
		case tt.want == "" && len(got) > 0:
			t.Errorf("%q meets %v; want none", tt.word, got)
		}
	}
	if a := b.Ask("biggest island in norland"); !a.Found || !strings.Contains(a.Text, "Isabel") {
		t.Errorf("biggest island: found %v %q; want the largest island", a.Found, a.Text)
	}
}

// TestRomanOrdinals checks that a Roman numeral and its ordinal relate
// both ways ("World War II", "the Second World War"), and that an
// acronym of a name an article spells out ("the ICJ", "the International
// Court of Justice", whose last word is a title word after "of") is
// known and answered.
func TestRomanOrdinals(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland stayed neutral in the Second World War. In 2008 Norland took the case to the International Court of Justice.\n")
	if got := relatedWords(b, "ii"); !slices.Contains(got, "second") {
		t.Errorf("relatedTo(%q) = %v; want %q among them", "ii", got, "second")
	}
	for q, want := range map[string]string{"what did norland do in WW2": "neutral", "when did norland go to the ICJ": "2008"} {
		if a := b.Ask(q); !a.Found || !strings.Contains(a.Text, want) {
			t.Errorf("Ask(%q) = %q (found %v); want the fact with %q", q, a.Text, a.Found, want)
		}
	}
}

// relatedWords returns the article's forms that relatedTo gives for a
// question word, as written.
func relatedWords(b *Base, word string) []string {
	var got []string
	for _, id := range b.relatedTo(word, Stem(word), nil) {
		got = append(got, b.surface[id])
	}
	return got
}
