package facts

import (
	"hash/fnv"
	"slices"
	"strings"
	"testing"
)

// TestWordnetTable checks the generated table: sorted unique stems, each
// with synonyms that are stems separated by single spaces.
func TestWordnetTable(t *testing.T) {
	n := len(wordnetStemAt) - 1
	if n < 10000 || len(wordnetSynAt) != n+1 {
		t.Fatalf("%d stems and %d synonym lists; want WordNet's tens of thousands, one list a stem", n, len(wordnetSynAt)-1)
	}
	prev := ""
	for i := range n {
		stem := wordnetStems[wordnetStemAt[i]:wordnetStemAt[i+1]]
		syns := wordnetSyns[wordnetSynAt[i]:wordnetSynAt[i+1]]
		if stem <= prev || strings.ContainsAny(stem, " \t\n") {
			t.Fatalf("stem %d %q after %q; want sorted unique stems", i, stem, prev)
		}
		if syns == "" || strings.Contains(syns, "  ") || syns[0] == ' ' || syns[len(syns)-1] == ' ' {
			t.Fatalf("stem %q: synonyms %q; want stems separated by single spaces", stem, syns)
		}
		prev = stem
	}
}

// TestWordnetSynonyms checks lookups of everyday words, of irregular
// forms, and of words WordNet lacks.
func TestWordnetSynonyms(t *testing.T) {
	for _, tt := range []struct {
		word string
		want []string // words whose stems are among the synonyms
	}{
		{"utilized", []string{"use"}},
		{"quake", []string{"earthquake"}},
		{"tv", []string{"television"}},
		{"kids", []string{"child"}},
		{"talk", []string{"speak"}},
		{"frequently", []string{"often"}},
		// A verb and the verb it causes, both ways.
		{"died", []string{"kill"}},
		{"killing", []string{"die"}},
		{"learned", []string{"teach"}},
	} {
		syns := " " + wordnetSynonyms(Stem(tt.word)) + " "
		for _, w := range tt.want {
			if !strings.Contains(syns, " "+Stem(w)+" ") {
				t.Errorf("synonyms of %q = %q; want %q among them", tt.word, syns, Stem(w))
			}
		}
	}
	for _, w := range []string{"", "zzqx", "albania"} {
		if s := wordnetSynonyms(Stem(w)); s != "" {
			t.Errorf("synonyms of %q = %q; want none", w, s)
		}
	}
	// A verb many senses cause is caused too loosely: "happen" is not
	// "trigger".
	for _, tt := range [][2]string{{"happened", "trigger"}, {"move", "compel"}} {
		if syns := " " + wordnetSynonyms(Stem(tt[0])) + " "; strings.Contains(syns, " "+Stem(tt[1])+" ") {
			t.Errorf("synonyms of %q = %q; want no %q", tt[0], syns, Stem(tt[1]))
		}
	}
}

// TestSynonymsAnswer checks that a member's word finds the article's
// other word through WordNet, below the word itself, and that a real
// word with a synonym in the article is not taken for a typo.
func TestSynonymsAnswer(t *testing.T) {
	b, err := Load([]byte(`= Port Maren =

Port Maren is a harbour town with a stark lighthouse. An earthquake struck the town in 1912. The harbour began to trade with Hallow in 1920.
`))
	if err != nil {
		t.Fatal(err)
	}
	if b.m.wSyn == 0 {
		t.Skip("the fitted model uses no synonyms")
	}
	repairs := 0
	var buf []alt
	var qw qword
	b.lookupWord(&qw, "quake", b.wordOf("quake"), 0, &repairs, &buf)
	want := termOf(b, "earthquake")
	found := false
	for _, a := range qw.alts {
		if a.t == want {
			found = a.w == b.m.wSyn
		}
	}
	if !found {
		t.Errorf("lookupWord(quake) = %v; want earthquake with weight %v", qw.alts, b.m.wSyn)
	}
	if a := b.Ask("When did the quake hit Port Maren?"); !a.Found || !strings.Contains(a.Text, "1912") {
		t.Errorf("Ask(quake) = %q (found %v); want the earthquake of 1912", a.Text, a.Found)
	}
	q := b.analyze("When did the harbour start to trade with Hallow?", true)
	for _, w := range q.words {
		if w.fixed {
			t.Errorf("%q was read as a typo of %q; want start read as a word, with its synonym began", "start", w.text)
		}
	}
}

// TestWordnetAttributes checks the attribute table: the noun WordNet
// names as what an adjective measures, by the engine's stems.
func TestWordnetAttributes(t *testing.T) {
	for _, tt := range []struct{ word, want string }{
		{"old", "age"},
		{"bigger", "size"}, // an irregular form keys it too
		{"tall", "height"},
		{"big", "size"},
		{"far", "distance"},
		{"heavy", "weight"},
		{"wide", "width"},
	} {
		attrs := strings.Fields(wordnetAttributes(Stem(tt.word)))
		if !slices.Contains(attrs, Stem(tt.want)) {
			t.Errorf("wordnetAttributes(%q) = %q; want it to hold %q", Stem(tt.word), attrs, Stem(tt.want))
		}
	}
	for _, w := range []string{"often", "lighthouse", ""} {
		if got := wordnetAttributes(Stem(w)); got != "" {
			t.Errorf("wordnetAttributes(%q) = %q; want none", w, got)
		}
	}
}

// TestWordnetPhrasal checks the phrasal verb table: a verb's stem (its
// irregular forms' too) and its particle key the single words of the
// phrasal verb's first senses, "founded" as well as "found".
func TestWordnetPhrasal(t *testing.T) {
	for _, tt := range []struct{ verb, particle, want string }{
		{"set", "up", "founded"},
		{"set", "up", "establish"},
		{"kicked", "out", "expel"},
		{"turned", "down", "refuse"},
		{"took", "over", "seize"}, // an irregular form keys it too
		{"passed", "away", "die"},
		{"come", "out", "issue"},    // the third sense: the first is "surface"
		{"split", "up", "separate"}, // the second: the first is "divorce"
		{"found", "out", "discover"},
	} {
		syns := strings.Fields(wordnetPhrasal(Stem(tt.verb) + " " + tt.particle))
		if !slices.Contains(syns, Stem(tt.want)) {
			t.Errorf("wordnetPhrasal(%q) = %q; want it to hold %q", Stem(tt.verb)+" "+tt.particle, syns, Stem(tt.want))
		}
	}
	for _, key := range []string{"set", "up", "set the", "lighthouse up", ""} {
		if got := wordnetPhrasal(key); got != "" {
			t.Errorf("wordnetPhrasal(%q) = %q; want none", key, got)
		}
	}
	// phrasalAt looks a verb up only before a word isParticle accepts.
	for i := 0; i+1 < len(wordnetPhrasalKeyAt); i++ {
		key := wordnetPhrasalKeys[wordnetPhrasalKeyAt[i]:wordnetPhrasalKeyAt[i+1]]
		if _, particle, _ := strings.Cut(key, " "); !isParticle(particle) {
			t.Errorf("wordnetPhrasal key %q: %q is no particle isParticle knows", key, particle)
		}
	}
}

// TestPhrasalQuestion checks that a question's phrasal verb matches the
// article's word for it ("set up": "founded"), with the particle or one
// word between, and that its particle is read with the verb, as a vague
// word. A synonym the article writes only in another form of its family
// ("blow up": explode, written "explosion") matches that form.
func TestPhrasalQuestion(t *testing.T) {
	b, err := Load([]byte("= Chess =\n\nChess is a board game.\n\n==Federation==\nFIDE was founded in Paris in 1924.\nThe players set the pieces on the board.\nThe referee expelled a player in 1930.\nAn explosion shook the hall in 1931.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ q, verb, particle, want string }{
		{"When was FIDE set up?", "set", "up", "founded"},
		{"Who kicked the player out?", "kicked", "out", "expelled"},
		{"When did the hall blow up?", "blow", "up", "explosion"},
	} {
		q := b.analyze(tt.q, true)
		id, ok := b.wordTerm(tt.want)
		if !ok {
			t.Fatalf("%q is not a word of the article", tt.want)
		}
		found := false
		for _, w := range q.words {
			switch w.text {
			case tt.verb:
				found = slices.ContainsFunc(w.alts, func(a alt) bool { return a.t == id })
			case tt.particle:
				if !w.light {
					t.Errorf("%q: the particle %q is not read as vague", tt.q, w.text)
				}
			}
		}
		if !found {
			t.Errorf("%q: %q is not matched to %q", tt.q, tt.verb, tt.want)
		}
	}
	// Without the particle, "set" is only itself.
	q := b.analyze("When did the players set the pieces?", true)
	id, _ := b.wordTerm("founded")
	for _, w := range q.words {
		if slices.ContainsFunc(w.alts, func(a alt) bool { return a.t == id }) {
			t.Errorf("%q: %q is matched to founded", "When did the players set the pieces?", w.text)
		}
	}
}

// TestWordnetPerson checks the table of capitalised words WordNet knows
// as people's names, and what it leaves out: a god that is also a planet,
// places, and surnames that are also words of English.
func TestWordnetPerson(t *testing.T) {
	for w, want := range map[string]bool{
		"Lennon": true, "McCartney": true, "Haydn": true, "Galileo": true,
		"Jupiter": false, "Liverpool": false, "Park": false, "Hall": false, "lennon": false, "": false,
	} {
		if got := wordnetPerson(w); got != want {
			t.Errorf("wordnetPerson(%q) = %v; want %v", w, got, want)
		}
	}
}

// TestWordnetSlip checks which words are read as a word of WordNet's
// misspelt: one slip from exactly one, within the word, and no more.
func TestWordnetSlip(t *testing.T) {
	for _, tt := range []struct {
		word, want string // want: the word meant, "" for no slip
	}{
		{"knwon", "known"},    // two letters swapped
		{"stadn", "stand"},    // swapped with the last
		{"kickked", "kicked"}, // a letter doubled
		{"argricultural", "agricultural"},
		{"empyoyed", "employed"}, // a letter changed
		{"perhentage", "percentage"},
		{"establsihing", "establishing"},
		{"negra", ""},            // five letters: a changed one is too many neighbours away
		{"moderna", ""},          // "modern" is a letter less at the end
		{"hallgrimskirkja", ""},  // a name, no word near
		{"belog", "belong"},      // "blog" is a letter less too, but WordNet's texts never met it; "below" is a letter changed, a slip less likely
		{"kiled", "killed"},      // "killed" met 119 times, "kited" never
		{"builing", "building"},  // "building" 202 times, "boiling" 13
		{"softest", ""},          // a superlative, no slip
		{"poland", ""},           // WordNet's, in lower case
		{"capital", ""},          // WordNet's, with no synonyms
		{"knwn", ""},             // four letters
		{"kn3wn", ""},            // not letters
		{"qzagriculturalqz", ""}, // runs no WordNet word has at both ends: no one slip mends both
	} {
		_, got, ok := wordnetSlip(tt.word, Stem(tt.word))
		if want := Stem(tt.want); ok != (tt.want != "") || ok && got != want {
			t.Errorf("wordnetSlip(%q) = %q, %v; want %q, %v", tt.word, got, ok, want, tt.want != "")
		}
	}
}

// TestMisspeltEnglish checks that a misspelt word of general English
// the article lacks weighs as the word would, a word of English, and
// that a name in lower case or a capitalised word does not.
func TestMisspeltEnglish(t *testing.T) {
	b, err := Load(DefaultArticle)
	if err != nil {
		t.Fatal(err)
	}
	weight := func(q, word string) float32 {
		t.Helper()
		qq := b.analyze(q, true)
		var s qstats
		b.stats(&qq, &s)
		for i, qw := range qq.words {
			if qw.text == word {
				return s.weights[i] / qw.idf
			}
		}
		t.Fatalf("%q: no word %q", q, word)
		return 0
	}
	for _, tt := range []struct {
		q, word string
		english bool
	}{
		{"which livestock was the argricultural region knwon for", "argricultural", true},
		{"which livestock was the agricultural region known for", "agricultural", true},
		{"when was the hallgrimskirkja built", "hallgrimskirkja", false},
		{"When was the Argricultural Society founded", "argricultural", false}, // capitalised: a name
	} {
		want := float32(1)
		if tt.english {
			want = b.m.wEnglish
		}
		if got := weight(tt.q, tt.word); got != want {
			t.Errorf("%q: %q weighs %v of its rarity; want %v", tt.q, tt.word, got, want)
		}
	}
}

// TestFNV1a checks the engine's hash of WordNet's stems against
// hash/fnv's, which scripts/wordnet hashes the table with.
func TestFNV1a(t *testing.T) {
	for _, s := range []string{"", "a", "agricultur", "know"} {
		h := fnv.New32a()
		h.Write([]byte(s))
		if got, want := fnv1a(s), h.Sum32(); got != want {
			t.Errorf("fnv1a(%q) = %#x; want %#x", s, got, want)
		}
	}
	for _, w := range []string{"know", "agricultur", "employ", "stand"} {
		if !wordnetWord(w) {
			t.Errorf("wordnetWord(%q) = false; want true", w)
		}
	}
}

// BenchmarkWordnetSlip measures the search for the word a misspelling
// is one slip from, done once a word a base keeps (unknown.slip):
// misspellings, and words of five to fifteen letters near no word.
func BenchmarkWordnetSlip(b *testing.B) {
	words := []string{"argricultural", "establsihing", "knwon", "hallgrimskirkja", "perhentage", "kiichiro", "balmis"}
	stems := make([]string, len(words))
	for i, w := range words {
		stems[i] = Stem(w)
	}
	b.ReportAllocs()
	for b.Loop() {
		for i, w := range words {
			wordnetSlip(w, stems[i])
		}
	}
	b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N*len(words)), "ns/word")
}

// TestWordnetPhrasalOf checks that looking a phrasal verb up by its stem
// and particle finds what looking up the key made of them finds: every
// key of the table, and stems and particles beside them.
func TestWordnetPhrasalOf(t *testing.T) {
	n := len(wordnetPhrasalKeyAt) - 1
	for i := 0; i < n; i++ {
		key := wordnetPhrasalKeys[wordnetPhrasalKeyAt[i]:wordnetPhrasalKeyAt[i+1]]
		stem, particle, _ := strings.Cut(key, " ")
		for _, tt := range [][2]string{{stem, particle}, {stem + "a", particle}, {stem[:len(stem)-1], particle}, {stem, particle + "s"}, {stem, "x"}, {stem + " " + particle, ""}} {
			if got, want := wordnetPhrasalOf(tt[0], tt[1]), wordnetPhrasal(tt[0]+" "+tt[1]); got != want {
				t.Fatalf("wordnetPhrasalOf(%q, %q) = %q; want %q", tt[0], tt[1], got, want)
			}
		}
	}
	if wordnetPhrasalOf("set", "up") == "" {
		t.Error(`"set up" is not found`)
	}
}
