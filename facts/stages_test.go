package facts

import (
	"fmt"
	"maps"
	"os"
	"reflect"
	"slices"
	"strings"
	"testing"
)

// Tests of each stage of answering on a small article whose facts are
// written to tell the stages apart. The question sets test the whole.

const stagesArticle = `= Port Maren =

Port Maren is a harbour town on the coast of Norland. The lighthouse of Port Maren was first lit on 4 October 1873. It was designed by the engineer Edith Carrow.

==History==
The town was founded in 1412 by fishermen from Hallow. About 3,200 people live in Port Maren today. The harbour was never bombed during the war. Edith Carrow married the painter Tomas Vell in 1880.

==Economy==
- Fishing
- Tourism
The Norland Harbour Board pays for the upkeep of the lighthouse because the town cannot.
`

func stagesBase(t *testing.T) *Base {
	t.Helper()
	return loadArticle(t, stagesArticle)
}

// loadArticle loads an article written in the test.
func loadArticle(t *testing.T, text string) *Base {
	t.Helper()
	b, err := Load([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestLowerCaseNames checks that a question typed in lower case names
// something the article lacks when a word the article writes only inside
// a name ("United Nations") is followed by another ("the united states").
func TestLowerCaseNames(t *testing.T) {
	b, err := Load([]byte("= Norland =\n\nNorland joined the United Nations in 1955. Norland became a state in 1901. Edith Carrow died in 1910. Carrow married in 1880.\n"))
	if err != nil {
		t.Fatal(err)
	}
	checkUnknownNames(t, b, []unknownNameCase{
		{"who leads the united states", true},
		{"what is the united states population", true},
		{"when did norland join the united nations", false},
		{"when did the united nations meet", false},
		// No "the" before the name: the word after it is the question's.
		{"when did edith die", false},
		{"when did carrow marry", false},
	})
}

// unknownNameCase is a question and whether analysis reads it as naming
// something the article never mentions.
type unknownNameCase struct {
	q       string
	unknown bool
}

// checkUnknownNames checks analyze's unknownName for each case.
func checkUnknownNames(t *testing.T, b *Base, cases []unknownNameCase) {
	t.Helper()
	for _, tt := range cases {
		if q := b.analyze(tt.q, true); q.unknownName != tt.unknown {
			t.Errorf("analyze(%q).unknownName = %v, want %v", tt.q, q.unknownName, tt.unknown)
		}
	}
}

// TestSynonymNames checks that a word of a name of several words that the
// article has only through WordNet's synonyms makes the name one it never
// mentions, while such a word alone may name what it writes otherwise.
func TestSynonymNames(t *testing.T) {
	// "university" shares its stem with "universe", and "world" is a
	// synonym of that; "Britain" is one of "United Kingdom".
	b := loadArticle(t, "= Norland =\n\nNorland has an embassy in Port Maren. The world watched in 1955. The United Kingdom sent ships in 1982.\n")
	checkUnknownNames(t, b, []unknownNameCase{
		{"Where is Port Maren University?", true},
		{"Where is Port Maren?", false},
		{"When did Britain send ships?", false},
		{"Who founded the University?", false},
	})
}

// TestAnalyze checks the question type, the focus, names, negation and
// the words analysis keeps.
func TestAnalyze(t *testing.T) {
	b := stagesBase(t)
	tests := []struct {
		q       string
		typ     QuestionType
		focus   string
		words   string // the kept words, as asked, space-separated
		names   int
		negated bool
		unknown bool // a capitalised word no article has
	}{
		{"When was the lighthouse first lit?", AskDate, "", "lighthouse first lit", 0, false, false},
		{"wen was the lighthouse lit", AskDate, "", "lighthouse lit", 0, false, false},
		{"Who designed the lighthouse?", AskPerson, "", "designed lighthouse", 0, false, false},
		{"Where is Port Maren?", AskPlace, "", "port maren", 1, false, false},
		{"How many people live in Port Maren?", AskNumber, "", "people live port maren", 1, false, false},
		{"What year was the town founded?", AskDate, "", "town founded", 0, false, false},
		{"What is the population of Port Maren?", AskNumber, "", "population port maren", 1, false, false},
		{"Which painter did Edith Carrow marry?", AskOther, "painter", "painter edith carrow marry", 1, false, false},
		// All in lower case, so "board", which the article writes only
		// in a name, reads as one; in sentence case, a word of general
		// English in lower case does not.
		{"why does the board pay for the lighthouse?", AskReason, "", "board pay lighthouse", 1, false, false},
		{"Why does the board pay for the lighthouse?", AskReason, "", "board pay lighthouse", 0, false, false},
		{"What did Carrow say?", AskQuote, "", "carrow say", 1, false, false},
		{"What did Carrow say sorry for?", AskOther, "", "carrow say sorry", 1, false, false}, // an apology, not words to quote
		{"Was the harbour not bombed?", AskOther, "", "harbour bombed", 0, true, false},
		{"Is it true whether or not the harbour was bombed?", AskOther, "", "true harbour bombed", 0, false, false},
		// A negation in a clause reported after "that" is what was found.
		{"Who found out that the harbour was not bombed?", AskPerson, "", "found out harbour bombed", 0, false, false},
		{"What harbour was not bombed that year?", AskOther, "harbour", "harbour bombed year", 0, true, false},
		{"Who won the FIFA World Cup?", AskPerson, "", "won fifa world cup", 1, false, true},
		{"Who visited in WW2?", AskPerson, "", "visited world war ii", 1, false, true},
		// A name whose words the article has, but no one fact together;
		// of three words, one may be missing.
		{"Who is Tomas Hallow?", AskPerson, "", "tomas hallow", 1, false, true},
		{"Who is Tomas Vell?", AskPerson, "", "tomas vell", 1, false, false},
		{"When was the Port Maren Board set up?", AskDate, "", "port maren board set up", 1, false, false},
		{"When was the Norland Harbour Board set up?", AskDate, "", "norland harbour board set up", 1, false, false},
	}
	for _, tt := range tests {
		q := b.analyze(tt.q, true)
		words := phraseOf(q.words)
		if q.typ != tt.typ || q.focus != tt.focus || words != tt.words ||
			q.groups != tt.names || q.negated != tt.negated || q.unknownName != tt.unknown {
			t.Errorf("analyze(%q) = type %d, focus %q, words %q, %d names, negated %v, unknown name %v; want %d, %q, %q, %d, %v, %v",
				tt.q, q.typ, q.focus, words, q.groups, q.negated, q.unknownName,
				tt.typ, tt.focus, tt.words, tt.names, tt.negated, tt.unknown)
		}
	}
}

// TestLookupWord checks how a question word finds the article's words: as
// written, by stem, by a related form, by a repaired typo, or not at all.
func TestLookupWord(t *testing.T) {
	b := stagesBase(t)
	tests := []struct {
		word, finds string // finds: a word of the article, or "" for none
		weight      float32
	}{
		{"lighthouse", "lighthouse", 1},
		{"designs", "designed", 1},
		{"marriage", "married", b.m.wRelated},
		{"lighthuose", "lighthouse", b.m.wTypo},
		{"submarine", "", 0},
		{"1873", "1873", 1},
		{"1999", "", 0},
	}
	for _, tt := range tests {
		repairs := 0
		var buf []alt
		var qw qword
		b.lookupWord(&qw, tt.word, b.wordOf(tt.word), 0, &repairs, &buf)
		got, weight := "", float32(0)
		if tt.finds != "" {
			want := termOf(b, tt.finds)
			for _, a := range qw.alts {
				if a.t == want {
					got, weight = tt.finds, a.w
				}
			}
		} else if len(qw.alts) > 0 {
			got = b.surface[qw.alts[0].t]
		}
		if got != tt.finds || weight != tt.weight || qw.known != (tt.finds != "") {
			t.Errorf("lookupWord(%q) finds %q with weight %v (known %v); want %q with %v", tt.word, got, weight, qw.known, tt.finds, tt.weight)
		}
	}
}

// TestRepairBounded checks that typo repair keeps its first letter, needs
// five letters for a substitution, and gives up on long words.
func TestRepairBounded(t *testing.T) {
	b := stagesBase(t)
	for _, tt := range []struct {
		word  string
		finds string
	}{
		{"lighthuose", "lighthouse"},
		{"fishng", "fishing"},
		{"kighthouse", ""}, // the first letter is kept
		{"tonw", "town"},   // four letters: two letters swapped,
		{"tiwn", ""},       // but no letter changed
		{"twn", ""},
		{strings.Repeat("lighthouse", 5), ""},
	} {
		id, ok := b.repair(tt.word, "")
		got := ""
		if ok {
			got = b.surface[id]
		}
		if want := tt.finds; got != want && !(want != "" && ok && termOf(b, want) == id) {
			t.Errorf("repair(%q) = %q; want %q", tt.word, got, want)
		}
	}
}

// TestRepairSlipKind checks that of two words one edit from a slip, the
// one it drops a letter of or swaps two letters in is chosen over the one
// it changes a letter of, though the article writes the other more; and
// that an "e" dropped before an ending is a slip, not another ending.
func TestRepairSlipKind(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nThe earl paid homage to the king. His homage was rich. The homage pleased the court. "+
		"He gave his son as a hostage. The Seine flows past the city. The Seine floods. The Seine freezes. The siege lasted a year. The United States bought the boxes.\n")
	for _, tt := range []struct{ word, finds string }{
		{"hosage", "hostage"}, // a dropped "t", not "m" for "s"
		{"homagw", "homage"},  // a changed letter, with nothing nearer
		{"seige", "siege"},    // two letters swapped, not "n" for "g"
		{"unitd", "united"},   // an "e" dropped before the last letter
		{"uniteed", "united"}, // or one too many
		{"boxs", "boxes"},
	} {
		id, ok := b.repair(tt.word, "")
		if !ok || id != termOf(b, tt.finds) {
			got := ""
			if ok {
				got = b.surface[id]
			}
			t.Errorf("repair(%q) = %q; want %q", tt.word, got, tt.finds)
		}
	}
}

// TestNameSlipCrowded checks that a word opening more than maxNameNext
// names is read as no name's first word, so that a question word after it
// costs no comparison with each.
func TestNameSlipCrowded(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("= Norland =\n\nThe city of Los Angeles is large.")
	for i := range maxNameNext + 1 {
		sb.WriteString(" Los " + strings.Repeat(string(rune('A'+i%26)), 2) + "zzq" + string(rune('a'+i/26)) + " visited.")
	}
	sb.WriteString("\n")
	b := loadArticle(t, sb.String())
	b.nameNextOnce.Do(b.indexNameNext)
	if n := len(b.nameNext["los"]); n != 0 {
		t.Errorf("nameNext[\"los\"] holds %d words; want none past %d", n, maxNameNext)
	}
}

// TestNameSlip checks that a word of English beside a name's word is read
// as that name's word when it is one edit from it: "Los Angles" is a slip
// for "Los Angeles", while "angles" alone, or after another word, stays
// as it is.
func TestNameSlip(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland's largest city is Los Angeles, home to 4 million people. The United States bought Norland in 1901.\n")
	for _, tt := range []struct {
		q    string
		want string // the word read, or "" for none of the name's
	}{
		{"What is the population of Los Angles?", "angeles"},
		{"how many people live in los angles", "angeles"},
		{"When did the United Sates buy Norland?", "states"},
		{"What angles does Norland have?", ""},
		{"Which city has the most angles?", ""},
	} {
		q := b.analyze(tt.q, true)
		got := ""
		for _, w := range q.words {
			if w.text == "angeles" || w.text == "states" {
				got = w.text
			}
		}
		if got != tt.want {
			t.Errorf("%q reads %q; want %q", tt.q, got, tt.want)
		}
	}
}

// TestRetrieve checks BM25F's order: a fact holding the rarer words first,
// a fact that leans on its antecedent found through it, and a fact
// holding none of the words not retrieved.
func TestRetrieve(t *testing.T) {
	b := stagesBase(t)
	top := func(q string) []string {
		r := b.run(q, nil)
		defer b.release(r)
		var out []string
		for _, h := range r.hits {
			out = append(out, b.facts[h.fact].Text)
		}
		return out
	}
	if got := top("lighthouse first lit"); len(got) == 0 || !strings.Contains(got[0], "first lit") {
		t.Errorf("lighthouse first lit: first %q; want the sentence that says it", got)
	}
	// "It was designed by ..." holds "lighthouse" only through its antecedent.
	got := top("who designed the lighthouse")
	if !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, "It was designed") }) {
		t.Errorf("who designed the lighthouse: %q; want the sentence that opens with It", got)
	}
	if got := top("submarine volcano"); len(got) != 0 {
		t.Errorf("submarine volcano: %q; want nothing", got)
	}
}

// TestRankFeatures checks the features that decide questions on chosen
// pairs of facts.
func TestRankFeatures(t *testing.T) {
	b := stagesBase(t)
	features := func(q, fact string) rankVec {
		r := b.run(q, nil)
		defer b.release(r)
		for i, h := range r.hits {
			if strings.Contains(b.facts[h.fact].Text, fact) {
				return r.xs[i]
			}
		}
		t.Fatalf("%q: %q not retrieved", q, fact)
		return rankVec{}
	}
	x := features("When was the lighthouse first lit?", "first lit")
	if x[fFitDate] != 1 || x[fTypeMiss] != 0 || x[fCov] < 0.99 || x[fProx] == 0 {
		t.Errorf("when lit: fitDate %v typeMiss %v cov %v prox %v; want a date, full cover, close words", x[fFitDate], x[fTypeMiss], x[fCov], x[fProx])
	}
	x = features("When was the lighthouse designed?", "It was designed")
	if x[fFitDate] != 0 || x[fTypeMiss] != 1 {
		t.Errorf("when designed: fitDate %v typeMiss %v; want no date in the fact itself", x[fFitDate], x[fTypeMiss])
	}
	// A year the question names answers nothing: "in 1880" is asked.
	// Tomas Vell is a name of no known kind (a painter is no title).
	x = features("Who did Edith Carrow marry in 1880?", "married")
	if x[fFitLoose] != 1 || x[fTypeMiss] != 0 {
		t.Errorf("who married in 1880: fitLoose %v typeMiss %v; want Tomas Vell", x[fFitLoose], x[fTypeMiss])
	}
	x = features("How many people live in Port Maren?", "3,200")
	if x[fFitNumber] != 1 || x[fNameMiss] != 0 {
		t.Errorf("how many: fitNumber %v nameMiss %v; want the number, the name there", x[fFitNumber], x[fNameMiss])
	}
	x = features("How many people live in Hallow?", "3,200")
	if x[fNameMiss] != 1 {
		t.Errorf("how many in Hallow: nameMiss %v; want 1, Hallow is not in the fact", x[fNameMiss])
	}
	// "How long" may be answered by dates, loosely (a span of years is a
	// time); "how many" may not.
	x = features("How long was the town founded by fishermen from Hallow?", "founded in 1412")
	if x[fFitLoose] != 1 || x[fTypeMiss] != 0 {
		t.Errorf("how long: fitLoose %v typeMiss %v; want a date to fit loosely", x[fFitLoose], x[fTypeMiss])
	}
	x = features("How many fishermen from Hallow founded the town?", "founded in 1412")
	if x[fFitLoose] != 0 || x[fTypeMiss] != 1 {
		t.Errorf("how many: fitLoose %v typeMiss %v; want no fit for a date", x[fFitLoose], x[fTypeMiss])
	}
	// The title stands in every fact's context, so the cover of a fact and
	// the sentence before it counts the title's words too: otherwise a fact
	// that follows one writing the title out outranks the one that answers.
	fire := loadArticle(t, "= Norland Fire =\n\nBakers worked late in the old town. The fire began shortly after midnight on 2 September 1666.\n")
	r := fire.run("When did the Norland Fire begin?", nil)
	defer fire.release(r)
	found := false
	for i, h := range r.hits {
		if strings.HasPrefix(fire.facts[h.fact].Text, "The fire began") {
			found = true
			if x := r.xs[i]; x[fUnionPrev] < 0.99 || x[fCovCtx] < 0.99 {
				t.Errorf("fire began: unionPrev %v covCtx %v; want the title's words counted in both", x[fUnionPrev], x[fCovCtx])
			}
		}
	}
	if !found {
		t.Errorf("fire began: not retrieved")
	}
}

// TestDecide checks the rules that always decline, and that the fitted
// confidence is a probability.
func TestDecide(t *testing.T) {
	b := stagesBase(t)
	tests := []struct {
		q      string
		answer bool
	}{
		{"When was the lighthouse first lit?", true},
		{"Who designed the lighthouse?", true},
		{"Who won the FIFA World Cup?", false},                  // a name the article never mentions
		{"What happened in Port Maren?", false},                 // only the title's and vague words shared
		{"When did the fishing start?", false},                  // when, and no date in the fact
		{"How many boats does Port Maren have?", false},         // how many, no number about boats
		{"When was the lighthouse of Hallow first lit?", false}, // Hallow stands in another paragraph only
		{"When did Edith Carrow marry Tomas Vell?", true},
	}
	for _, tt := range tests {
		r := b.run(tt.q, nil)
		d := b.decide(r)
		b.release(r)
		if d.answer != tt.answer {
			t.Errorf("decide(%q) answers %v (confidence %.3f); want %v", tt.q, d.answer, d.confidence, tt.answer)
		}
		if d.confidence < 0 || d.confidence > 1 {
			t.Errorf("decide(%q) confidence %v; want it within [0, 1]", tt.q, d.confidence)
		}
	}
}

// TestSpan checks the words that answer inside the quoted sentence.
func TestSpan(t *testing.T) {
	b := stagesBase(t)
	tests := []struct{ q, span string }{
		{"When was the lighthouse first lit?", "4 October 1873"},
		{"Who designed the lighthouse?", "Edith Carrow"},
		{"When was the town founded?", "1412"},
		{"How many people live in Port Maren?", "3,200"},
		{"Who did Edith Carrow marry?", "Tomas Vell"},
		{"Why does the harbour board pay for the lighthouse upkeep?", ""},
	}
	for _, tt := range tests {
		a := b.Ask(tt.q)
		if !a.Found {
			t.Errorf("Ask(%q) declined; want %q", tt.q, tt.span)
			continue
		}
		if a.Span != tt.span || !strings.Contains(a.Text, a.Span) {
			t.Errorf("Ask(%q).Span = %q in %q; want %q", tt.q, a.Span, a.Text, tt.span)
		}
	}
}

// TestCounted checks which numbers answer "how many": counts, not sums of
// money or shares.
func TestCounted(t *testing.T) {
	for _, tt := range []struct {
		text, number string
		want         bool
	}{
		{"About 3,200 people live there.", "3,200", true},
		{"It was built at a cost of £14,000.", "14,000", false},
		{"The grant was $2 million.", "2 million", false},
		{"They paid 40 euros each.", "40", false},
		{"Some 95.7 per cent voted for union.", "95.7", false},
		{"Turnout was 61%.", "61", false},
		{"It has 23 members.", "23", true},
		{"Sales rose to 2 million copies.", "2 million", true},
	} {
		at := strings.Index(tt.text, tt.number)
		it := item{kind: itemNumber, start: at, end: at + len(tt.number)}
		if got := counted(tt.text, &it); got != tt.want {
			t.Errorf("counted(%q, %q) = %v; want %v", tt.text, tt.number, got, tt.want)
		}
	}
}

// TestWithUnit checks that a number's span carries its currency sign or
// its share, a range's other end and its unit.
func TestWithUnit(t *testing.T) {
	for _, tt := range []struct{ text, number, want string }{
		{"It was built at a cost of £14,000.", "14,000", "£14,000"},
		{"Some 95.7 per cent voted for union.", "95.7", "95.7 per cent"},
		{"Turnout was 61%.", "61", "61%"},
		{"About 3,200 people live there.", "3,200", "3,200"},
		{"It cost over $20 billion.", "20", "$20 billion"},
		{"About 1.46 million live there.", "1.46", "1.46 million"},
		{"The 3 millionth visitor came.", "3", "3"},
		// A range's other end and a unit of time or measure.
		{"Queens usually live for two to five years.", "two", "two to five years"},
		{"Between 12,000 and 14,000 ships pass.", "12,000", "12,000 and 14,000"},
		{"It turns once in 9 hours 55 minutes.", "9", "9 hours"},
		{"Its rings spread about 3,800 km across.", "3,800", "3,800 km"},
		{"It reached 25.7 °C in July.", "25.7", "25.7 °C"},
		{"Egypt claims about 20,580 km², under its rule.", "20,580", "20,580 km²"},
		{"Some 63 acres outside it burned.", "63", "63 acres"},
		{"Up to 400 milligrams a day is safe.", "400", "400 milligrams"},
		{"Winds blow at 160 km/h.", "160", "160 km/h"},
		{"Pages 4–6 tell it.", "4", "4–6"},
		{"It has 5 to many.", "5", "5"},
		{"Some 40 monks lived there.", "40", "40"},
	} {
		at := strings.Index(tt.text, tt.number)
		it := item{kind: itemNumber, start: at, end: at + len(tt.number)}
		if got := withUnit(tt.text, &it); got != tt.want {
			t.Errorf("withUnit(%q, %q) = %q; want %q", tt.text, tt.number, got, tt.want)
		}
	}
}

// TestChoose checks that the re-ranker's best candidate that passes the
// rules is chosen, and the best overall when none passes.
func TestChoose(t *testing.T) {
	for _, tt := range []struct {
		scores []float32
		ok     []bool
		want   int
	}{
		{[]float32{3, 2, 1}, []bool{true, true, true}, 0},
		{[]float32{3, 2, 1}, []bool{false, false, true}, 2},
		{[]float32{1, 3, 2}, []bool{false, false, false}, 1},
		{[]float32{2, 5}, nil, 1},
	} {
		if got := choose(tt.scores, tt.ok); got != tt.want {
			t.Errorf("choose(%v, %v) = %d; want %d", tt.scores, tt.ok, got, tt.want)
		}
	}
}

// TestOrdinalTimes checks that "for the 31st time" answers "how many
// times", with the ordinal as its span.
func TestOrdinalTimes(t *testing.T) {
	b, err := Load([]byte("= Port Maren =\n\nPort Maren is a harbour town.\n\n==Races==\nIn 2024 Edith Carrow won the harbour race for the 12th time.\n"))
	if err != nil {
		t.Fatal(err)
	}
	a := b.Ask("How many times has Edith Carrow won the harbour race?")
	if !a.Found || a.Span != "12th" {
		t.Errorf("Ask = %q, span %q (found %v); want the race sentence, span 12th", a.Text, a.Span, a.Found)
	}
}

// TestOtherSubject checks that a question about one subject of an article
// on two is not answered by a sentence on the other alone.
func TestOtherSubject(t *testing.T) {
	b, err := Load([]byte("= Norland–Hallow relations =\n\nNorland–Hallow relations are the relations between Norland and Hallow.\n\n==Events==\nIn 2019 an earthquake struck Hallow, killing 51 people.\nNorland sent rescue teams to Hallow in 2019.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		q      string
		answer bool
	}{
		{"How many people did the 2019 earthquake kill in Hallow?", true},
		{"How many people did the 2019 earthquake kill in Norland?", false},
	} {
		r := b.run(tt.q, nil)
		d := b.decide(r)
		b.release(r)
		if d.answer != tt.answer {
			t.Errorf("decide(%q) answers %v; want %v", tt.q, d.answer, tt.answer)
		}
	}
}

// TestFocusAfterModifiers checks that the word a question names its
// answer by is sought past numbers, ordinals and words that single a
// noun out ("first", "main", "other"), degree words and adverbs (without a
// tagger, an adjective after them still stands in for its noun).
func TestFocusAfterModifiers(t *testing.T) {
	for _, tt := range []struct{ q, focus string }{
		{"What are two factors that affect the speed?", "factors"},
		{"What is the most critical resource?", "critical"},
		{"What is a commonly used measurement?", "used"},
		{"What river bounds the town?", "river"},
		{"what was the first mountain climb", "mountain"},
		{"What is the main gap to growth?", "gap"},
		{"What other culture is it home to?", "culture"},
		{"what did her dad teach", ""},
		{"What does checkmate actually mean?", ""},
	} {
		words := strings.Fields(strings.ToLower(strings.TrimSuffix(tt.q, "?")))
		classes := make([]uint16, len(words))
		for i, w := range words {
			classes[i] = wordClass[w]
		}
		if _, got := questionType(words, classes); got != tt.focus {
			t.Errorf("focus of %q = %q; want %q", tt.q, got, tt.focus)
		}
	}
}

// TestFocusPastNames checks the focus noun read with the question's
// capitals and possessives: a capitalised word before an ordinary one
// and a possessor name whose, not what kind.
func TestFocusPastNames(t *testing.T) {
	b := loadArticle(t, "= Normans =\n\nThe Normans were a people.\n\n==Religion==\nThe Normans took up Catholicism.\n")
	for _, tt := range []struct{ q, focus string }{
		{"What was the Norman religion?", "religion"},
		{"Which Norman king invaded England?", "king"},
		{"What were Armstrong's first words?", "words"},
		{"What is Fleming’s mould called now?", "mould"},
		{"What was Darwin's father's house?", "house"},
		{"What was Darwin's father's job?", ""}, // a job, which an occupation answers (jobAsked)
		{"What was Darwin's Darwin's Darwin's", ""},
		{"What is Normandy?", "normandy"},
		{"what did her dad teach", ""},
		// A verb's past after "what" names no kind of answer.
		{"What damaged the pipeline?", ""},
		{"what caused the fire", ""},
	} {
		r := b.run(tt.q, nil)
		if r.q.focus != tt.focus {
			t.Errorf("focus of %q = %q; want %q", tt.q, r.q.focus, tt.focus)
		}
		b.release(r)
	}
}

// TestTypeNounHead checks that a common noun before a type noun only
// qualifies it: the type noun asks the kind, unless the word before is
// a name or a superlative.
func TestTypeNounHead(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Towns==\nPort Maren is the smallest town of Norland.\n")
	for _, tt := range []struct {
		q     string
		typ   QuestionType
		focus string
	}{
		{"What is the atomic number of vellium?", AskNumber, ""},
		{"what was the birth date of anna berg", AskDate, ""},
		{"What was Maren City called before?", AskOther, "maren"},        // a name's word
		{"What is the smallest town in Norland?", AskOther, "smallest"},  // a superlative, read by its own rules
		{"What is the atomic structure of vellium?", AskOther, "atomic"}, // no type noun
	} {
		r := b.run(tt.q, nil)
		if r.q.typ != tt.typ || r.q.focus != tt.focus {
			t.Errorf("%q: type %v, focus %q; want %v, %q", tt.q, r.q.typ, r.q.focus, tt.typ, tt.focus)
		}
		b.release(r)
	}
}

// TestMeasureWord checks the word after "how" that asks a quantity: it
// weighs as a vague word, so that "Long-Term" does not answer "how
// long", yet a fact that holds it with a title word is no fact that
// shares only title words.
func TestMeasureWord(t *testing.T) {
	b := loadArticle(t, "= Lighthouse =\n\nThe lighthouse is a tower on the coast.\n\n==Tower==\nThe lighthouse was restored under the Long-Term Heritage Plan in 2015.\nThe tower is 32 metres tall and its beam is 12 km long.\n")
	q := b.analyze("How long is the lighthouse beam?", true)
	for _, w := range q.words {
		if w.text == "long" && (!w.light || !w.measure) {
			t.Errorf("%q: long is light %v, a measure %v; want both", "How long is the lighthouse beam?", w.light, w.measure)
		}
	}
	for _, tt := range []struct{ q, want string }{
		{"How long is the lighthouse beam?", "12 km long"},
		{"How tall is the lighthouse?", "32 metres tall"},
	} {
		if a := b.Ask(tt.q); !a.Found || !strings.Contains(a.Text, tt.want) {
			t.Errorf("Ask(%q) = %q (found %v); want the fact with %q", tt.q, a.Text, a.Found, tt.want)
		}
	}
}

// TestWhenClause checks that a clause opening with "when" before a comma
// sets the scene and the question word after it asks.
func TestWhenClause(t *testing.T) {
	b := stagesBase(t)
	for _, tt := range []struct {
		q    string
		want QuestionType
	}{
		{"When was the lighthouse first lit?", AskDate},
		{"When the lighthouse was lit, who designed it?", AskPerson},
		{"When did the town begin, and how?", AskDate},
	} {
		if got := b.analyze(tt.q, true).typ; got != tt.want {
			t.Errorf("type of %q = %v; want %v", tt.q, got, tt.want)
		}
	}
}

// TestKindOpening checks that a question opening with a kind noun and
// "of" asks that kind, after a word that makes it precise too, and that
// neither word is a word to match.
func TestKindOpening(t *testing.T) {
	b := stagesBase(t)
	for _, tt := range []struct {
		q     string
		want  QuestionType
		words int
	}{
		{"date of the earthquake", AskDate, 1},
		{"exact date of the earthquake?", AskDate, 1},
		{"precise year of the peace", AskDate, 1},
		{"exact words of the treaty", AskOther, 3}, // "words" is no kind
	} {
		q := b.analyze(tt.q, true)
		if q.typ != tt.want || len(q.words) != tt.words {
			t.Errorf("%q: type %v, %d words; want %v, %d", tt.q, q.typ, len(q.words), tt.want, tt.words)
		}
	}
}

// TestOtherSubjectThroughPronoun checks that a sentence opening with a
// pronoun names what the sentence before it names: "Its population" is
// Hallow's, not an answer about Norland.
func TestOtherSubjectThroughPronoun(t *testing.T) {
	b, err := Load([]byte("= Norland–Hallow relations =\n\nNorland–Hallow relations are the relations between Norland and Hallow.\n\n==Community==\nHallow had a small Jewish community before the war. Its population rose from 200 to 3,000 by 1945.\n"))
	if err != nil {
		t.Fatal(err)
	}
	its := factOpening(t, b, "Its population")
	for _, tt := range []struct {
		q     string
		other bool
	}{
		{"What is the population of Norland?", true},
		{"What was the population of Hallow's Jewish community?", false},
	} {
		q := b.analyze(tt.q, true)
		if got := b.otherSubject(&q, its); got != tt.other {
			t.Errorf("otherSubject(%q, %q) = %v; want %v", tt.q, b.facts[its].Text, got, tt.other)
		}
	}
}

// TestOtherSubjectNames checks that only the names a two-subject title
// writes with a capital are its subjects: a fact holding the title's
// "relations" in a name of its own ("Closer Trade Relations") names
// neither country, and an acronym of a subject's name ("NZ") asks about
// that subject.
func TestOtherSubjectNames(t *testing.T) {
	b := loadArticle(t, "= Norland–New Hallow relations =\n\nNorland–New Hallow relations are the relations between Norland and New Hallow.\n\n"+
		"==Trade==\nNorland and New Hallow trade in fish and timber.\n\n"+
		"The Closer Trade Relations agreement removed all tariffs between the two countries by 1990.\n\n"+
		"==Sport==\nNew Hallow won the fishing cup in 1977.\n")
	for _, tt := range []struct {
		q, fact string
		other   bool
	}{
		{"By what year were all the tariffs between Norland and NH gone?", "The Closer", false},
		{"When did NH win the fishing cup?", "New Hallow won", false},
		{"When did Norland win the fishing cup?", "New Hallow won", true},
	} {
		q := b.analyze(tt.q, true)
		f := factOpening(t, b, tt.fact)
		if got := b.otherSubject(&q, f); got != tt.other {
			t.Errorf("otherSubject(%q, %q) = %v; want %v", tt.q, b.facts[f].Text, got, tt.other)
		}
	}
	// The decision's titleMiss: a fact naming New Hallow names no title
	// name that "NH" does not ask about.
	q := b.analyze("When did NH win the fishing cup?", true)
	if f := factOpening(t, b, "New Hallow won"); b.namesOtherTitle(&q, f) {
		t.Errorf("namesOtherTitle(%q, %q) = true; want false", "When did NH win the fishing cup?", b.facts[f].Text)
	}
}

// factOpening returns the index of the first fact whose text opens with
// prefix, failing the test when there is none.
func factOpening(t *testing.T, b *Base, prefix string) int32 {
	t.Helper()
	for i, f := range b.facts {
		if strings.HasPrefix(f.Text, prefix) {
			return int32(i)
		}
	}
	t.Fatalf("no fact opens with %q", prefix)
	return -1
}

// TestProperAdjectives checks that the rules about names read a name's
// proper adjective as naming it, either way, through WordNet's pairs:
// "Swedish voters" names Sweden, "the French colonies" France, and
// "United States troops" the Americans; a fact that names neither is
// still ruled out.
func TestProperAdjectives(t *testing.T) {
	for _, tt := range [][2]string{{"swedish", "sweden"}, {"sweden", "swedish"}, {"french", "france"}, {"greek", "greece"}, {"american", "united_states"}} {
		want := strings.Join(stemAll(strings.Split(tt[1], "_")), "_")
		if kin := strings.Fields(wordnetKinOf(Stem(tt[0]))); !slices.Contains(kin, want) {
			t.Errorf("wordnetKinOf(%q) = %q; want %q among them", Stem(tt[0]), kin, want)
		}
	}
	b := loadArticle(t, "= Finland–Sweden relations =\n\nFinland–Sweden relations are the relations between Finland and Sweden.\n\n"+
		"==Europe==\nFinland adopted the euro in 1999, while Swedish voters rejected it in a referendum in 2003.\n\n"+
		"Finland joined the European Union in 1995.\n\n"+
		"==Colonies==\nIn 1794 the Convention abolished slavery in the French colonies.\n\n"+
		"==War==\nIn 1941 United States troops took over the defence of the island.\n")
	for _, tt := range []struct {
		q, fact       string
		other, absent bool
	}{
		{"Did Sweden vote against the euro?", "Finland adopted", false, false},
		{"When did Sweden join the European Union?", "Finland joined", true, false},
		{"When did France abolish slavery?", "In 1794", false, false},
		{"When did Spain abolish slavery?", "In 1794", false, true},
		{"When did the Americans take over the defence?", "In 1941", false, false},
		{"When did the Canadians take over the defence?", "In 1941", false, true},
	} {
		q := b.analyze(tt.q, true)
		f := factOpening(t, b, tt.fact)
		if got := b.otherSubject(&q, f); got != tt.other {
			t.Errorf("otherSubject(%q, %q) = %v; want %v", tt.q, b.facts[f].Text, got, tt.other)
		}
		if got := b.nameAbsent(&q, f); got != tt.absent {
			t.Errorf("nameAbsent(%q, %q) = %v; want %v", tt.q, b.facts[f].Text, got, tt.absent)
		}
	}
}

// TestPeoplesNames checks that a proper adjective or a people's name the
// articles lack matches the place WordNet says it is of, and that place's
// adjectives ("a Finn" of "Finland", "which spaniard" of "The Spanish
// explorer"), one way only: a place the articles lack is still a name
// they never mention ("France" of "the French colonies"), and a name
// that is also a word in lower case ("pole") is none.
func TestPeoplesNames(t *testing.T) {
	for _, tt := range [][2]string{{"finn", "finland"}, {"dane", "denmark"}, {"spaniard", "spain"}, {"swiss", "switzerland"}, {"swedish", "sweden"}} {
		if of := strings.Fields(wordnetOfName(Stem(tt[0]))); !slices.Contains(of, Stem(tt[1])) {
			t.Errorf("wordnetOfName(%q) = %q; want %q among them", Stem(tt[0]), of, Stem(tt[1]))
		}
	}
	for _, w := range []string{"france", "finland"} {
		if of := wordnetOfName(Stem(w)); of != "" {
			t.Errorf("wordnetOfName(%q) = %q; want none: a place is of no name", Stem(w), of)
		}
	}
	if kin := wordnetKinOf(Stem("pole")); kin != "" {
		t.Errorf("wordnetKinOf(pole) = %q; want none: a pole is a rod before it is a Pole", kin)
	}
	b := loadArticle(t, "= Nordic coffee =\n\nFinland has long topped the list, at around 12 kilograms of coffee per person a year.\n\n"+
		"==History==\nThe Spanish explorer Balboa crossed the isthmus in 1513.\n\nIn 1794 the Convention abolished slavery in the French colonies.\n")
	for _, tt := range []struct {
		q, word, alt string
		unknown      bool
	}{
		{"How much coffee does a Finn drink?", "finn", "finland", false},
		{"which spaniard crossed the isthmus?", "spaniard", "spanish", false},
		{"When did France abolish slavery?", "france", "", true},
	} {
		q := b.analyze(tt.q, true)
		if q.unknownName != tt.unknown {
			t.Errorf("%q: unknownName = %v; want %v", tt.q, q.unknownName, tt.unknown)
		}
		for _, qw := range q.words {
			if qw.text != tt.word {
				continue
			}
			var alts []string
			for _, a := range qw.alts {
				alts = append(alts, b.stems[a.t])
			}
			if want := Stem(tt.alt); tt.alt != "" && !slices.Contains(alts, want) || tt.alt == "" && len(alts) > 0 {
				t.Errorf("%q: %q matches %q; want %q", tt.q, tt.word, alts, tt.alt)
			}
		}
	}
}

// TestEnglishWords checks which question words the articles lack count
// as general English (weighed by wEnglish): lower-case words WordNet
// gives synonyms, not names, numbers or words it lacks.
func TestEnglishWords(t *testing.T) {
	b, err := Load([]byte("= Port Maren =\n\nPort Maren is a harbour town.\n\n==Sights==\nThe town has a lighthouse and a harbour wall.\n"))
	if err != nil {
		t.Fatal(err)
	}
	q := b.analyze("Did the level change the lighthouse of Zorbania in 1901 or qqxv?", true)
	want := map[string]bool{"level": true, "change": true, "lighthouse": false, "zorbania": false, "1901": false, "qqxv": false}
	for _, qw := range q.words {
		if w, ok := want[qw.text]; ok && qw.english != w {
			t.Errorf("%q: english = %v; want %v", qw.text, qw.english, w)
		}
		delete(want, qw.text)
	}
	for w := range want {
		t.Errorf("%q is not among the question's words", w)
	}
}

// TestYearsAgo checks that "2.4 billion years ago" and "after about three
// days" are date items, which answer "when", and that "within two weeks",
// a deadline, is not.
func TestYearsAgo(t *testing.T) {
	b, err := Load([]byte("= Air =\n\nAir is a mixture of gases.\n\n==History==\nOxygen built up in the atmosphere about 2.4 billion years ago.\nThe Sherpa people came over the passes five hundred years ago.\n" +
		"The larvae are fed royal jelly, and after about three days they are switched to pollen.\nThe guests were told to leave within two weeks.\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{"2.4 billion years ago": true, "five hundred years ago": true, "after about three days": true, "within two weeks": false}
	found := map[string]bool{}
	for i, f := range b.facts {
		for _, it := range b.items[i] {
			if text := f.Text[it.start:it.end]; it.kind == itemDate {
				found[text] = true
			}
		}
	}
	for d, w := range want {
		if found[d] != w {
			t.Errorf("%q a date item: %v; want %v", d, found[d], w)
		}
	}
}

// TestClockTime checks that a time of day with "am" or "pm" is a date
// item and no numbers ("11:40 pm" is neither 11 nor 40, which had been
// candidates for "How many were in lifeboat 7?"), and that figures with
// a colon and no "am" or "pm" stay numbers ("John 3:16").
func TestClockTime(t *testing.T) {
	b, err := Load([]byte("= Ship =\n\nThe ship was a liner.\n\n==Night==\nAt about 11:40 pm the lookout saw an iceberg.\n" +
		"Lifeboat 7, lowered at about 12:45 a.m., carried fewer than 30 people.\nThe chaplain read John 3:16 at 9:05.\n"))
	if err != nil {
		t.Fatal(err)
	}
	dates, numbers := map[string]bool{}, map[string]bool{}
	for i, f := range b.facts {
		for _, it := range b.items[i] {
			switch text := f.Text[it.start:it.end]; it.kind {
			case itemDate:
				dates[text] = true
			case itemNumber:
				numbers[text] = true
			}
		}
	}
	for _, d := range []string{"11:40 pm", "12:45 a.m."} {
		if !dates[d] {
			t.Errorf("%q is no date item; dates: %v", d, dates)
		}
	}
	for _, n := range []string{"11", "40", "12", "45"} {
		if numbers[n] {
			t.Errorf("%q is a number item, read out of a time of day", n)
		}
	}
	for _, n := range []string{"30", "3", "16", "9", "05"} {
		if !numbers[n] {
			t.Errorf("%q is no number item; numbers: %v", n, numbers)
		}
	}
}

// TestSurnameContext checks that a sentence naming a person by the
// surname alone carries the given name of the article's one two-word name
// with that surname, and none when two share it; a surname with a
// particle ("van Rossum") takes the word before it as the given name.
func TestSurnameContext(t *testing.T) {
	b, err := Load([]byte("= The Harbour Band =\n\nThe Harbour Band was a rock group.\n\n==History==\nIn 1960 the painter Stuart Sutcliffe joined on bass. In 1961 the chemists Marie Curie and Pierre Curie came to a concert. Its songs were arranged by Guido van Rossum.\n\n==Later==\nSutcliffe left the band in 1961.\nCurie wrote about the concert in 1962.\nVan Rossum left in 1963.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		opens, given string
		want         bool
	}{
		{"Sutcliffe left", "stuart", true},
		{"Curie wrote", "marie", false},
		{"Curie wrote", "pierre", false},
		{"Van Rossum left", "guido", true},
		{"Sutcliffe left", "guido", false},
	} {
		checkContext(t, b, tt.opens, tt.given, tt.want)
	}
}

// TestPronounChain checks that a sentence opening with a pronoun carries
// the sentence it leans on, and through a second pronoun the one before
// that, but no further and never across a paragraph.
func TestPronounChain(t *testing.T) {
	b, err := Load([]byte("= Records =\n\nRecords is a list.\n\n==Albums==\nThe band spent five months on Pepper. It spent 27 weeks at number one. Its cover was designed by Blake. It was reissued in 1987.\n\nIts sleeve was white.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		opens, word string
		want        bool
	}{
		{"It spent", "pepper", true},
		{"Its cover", "weeks", true},
		{"Its cover", "pepper", true},
		{"It was reissued", "blake", true},
		{"It was reissued", "weeks", true},
		{"It was reissued", "pepper", false},
		{"Its sleeve", "reissued", false},
	} {
		checkContext(t, b, tt.opens, tt.word, tt.want)
	}
}

// TestWholeItems checks that a number item is found where the fact
// writes it as a whole number, not inside an earlier, longer one: "53"
// after "1453", "45" after "1945", "3" after "3.5".
func TestWholeItems(t *testing.T) {
	b, err := Load([]byte("= Siege =\n\nA siege is a blockade.\n\n==History==\nOn 29 May 1453, after a siege of 53 days, the city fell.\nIn 1945, 45 people left.\nIt had 3.5 km of walls and 3 gates.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ opens, number, before string }{
		{"On 29 May", "53", "of "},
		{"In 1945", "45", ", "},
		{"It had", "3", "and "},
	} {
		found := false
		for i, f := range b.facts {
			if !strings.HasPrefix(f.Text, tt.opens) {
				continue
			}
			for _, it := range b.items[i] {
				if it.kind == itemNumber && f.Text[it.start:it.end] == tt.number {
					found = true
					if !strings.HasSuffix(f.Text[:it.start], tt.before) {
						t.Errorf("%q: number %q found at %d, after %q; want after %q", f.Text, tt.number, it.start, f.Text[:it.start], tt.before)
					}
				}
			}
		}
		if !found {
			t.Errorf("no number item %q in the fact opening %q", tt.number, tt.opens)
		}
	}
}

// checkContext checks whether the context of the facts opening with opens
// holds word.
func checkContext(t *testing.T, b *Base, opens, word string, want bool) {
	t.Helper()
	found := false
	for i, f := range b.facts {
		if !strings.HasPrefix(f.Text, opens) {
			continue
		}
		found = true
		id, ok := b.wordTerm(word)
		if !ok {
			t.Fatalf("%q is not a word of the article", word)
		}
		if got := has(b.ctxSet[i], id); got != want {
			t.Errorf("%q: context holds %q = %v; want %v", f.Text, word, got, want)
		}
	}
	if !found {
		t.Errorf("no fact opens with %q", opens)
	}
}

// TestIdiomWords checks that the words of a question idiom ("take place")
// are kept as vague words, not dropped: an article that writes "takes
// place" still matches them, for little.
func TestIdiomWords(t *testing.T) {
	b, err := Load([]byte("= Leaf =\n\nA leaf is an organ of a plant.\n\n==Work==\nIn plants photosynthesis takes place in chloroplasts.\n"))
	if err != nil {
		t.Fatal(err)
	}
	q := b.analyze("Where does photosynthesis take place?", true)
	light := map[string]bool{}
	for _, qw := range q.words {
		light[qw.text] = qw.light
	}
	for _, w := range []string{"take", "place"} {
		if l, ok := light[w]; !ok || !l {
			t.Errorf("%q: among the words %v, light %v; want a vague word", w, ok, l)
		}
	}
	if light["photosynthesis"] {
		t.Errorf(`"photosynthesis" is read as a vague word`)
	}
}

// TestCodesAreNotNames checks that a formula or code ("CO2") is read as a
// term, not a name a sentence must mention, and that one no article has
// ("XJ220") still marks the question as off the topic.
func TestCodesAreNotNames(t *testing.T) {
	b, err := Load([]byte("= Leaf =\n\nA leaf is an organ of a plant.\n\n==Work==\nThe overall reaction is 6 CO2 + 6 H2O → C6H12O6 + 6 O2.\nFixing each molecule of carbon dioxide costs three molecules of ATP.\n"))
	if err != nil {
		t.Fatal(err)
	}
	q := b.analyze("How much ATP does one CO2 molecule cost?", true)
	for _, qw := range q.words {
		if qw.text == "co2" && (qw.name || !qw.known) {
			t.Errorf(`"CO2": name %v, known %v; want a known term, not a name`, qw.name, qw.known)
		}
	}
	if q.unknownName {
		t.Errorf("a question with a code the article has is off the topic")
	}
	if q := b.analyze("What is the top speed of the XJ220?", true); !q.unknownName {
		t.Errorf("a question with a code no article has is not off the topic")
	}
}

// TestMadeOf checks that "made" asking what something is made of, and a
// time noun after "a" or "the", are the question's own words, not vague
// ones, so that the article's "made of"
// answers "What is Jupiter made of?" (declined before: only the title
// and a vague word matched).
func TestMadeOf(t *testing.T) {
	b := loadArticle(t, "= Jupiter =\n\nJupiter is the fifth planet from the Sun.\n\n==Structure==\nJupiter is made mostly of hydrogen and helium. Its rings are thin.\n\n==Moons==\nGalileo made the first observations of its moons in 1610.\n")
	for _, q := range []string{"What is Jupiter made of?", "what is jupiter made from", "what is jupiter made out of"} {
		if a := b.Ask(q); !a.Found || !strings.Contains(a.Text, "hydrogen") {
			t.Errorf("Ask(%q) = %q (found %v); want the sentence of hydrogen", q, a.Text, a.Found)
		}
	}
	// A time noun after "a" or "the" is what is asked about: "How long
	// is a day on Jupiter?" is not "how long is Jupiter".
	c := loadArticle(t, "= Jupiter =\n\nJupiter is the fifth planet from the Sun.\n\n==Orbit==\nIt turns once in 9 hours 55 minutes, the shortest day of any planet.\n\n"+
		"==Probes==\nJuno is powered by three solar panels, each about 9 metres long.\n")
	if a := c.Ask("how long is a day on jupiter"); !a.Found || !strings.Contains(a.Text, "9 hours") {
		t.Errorf("Ask(a day) = %q (found %v); want the sentence of its 9 hours", a.Text, a.Found)
	}
	for _, tt := range []struct {
		words []string
		i     int
		want  bool
	}{
		{[]string{"what", "is", "it", "made", "of"}, 3, true},
		{[]string{"made", "out", "of"}, 0, true},
		{[]string{"who", "made", "it"}, 1, false},
		{[]string{"made", "out"}, 0, false},
		{[]string{"what", "made"}, 1, false},
	} {
		if got := madeOf(tt.words, tt.i); got != tt.want {
			t.Errorf("madeOf(%q, %d) = %v; want %v", tt.words, tt.i, got, tt.want)
		}
	}
	// "come from" asks an origin: with only the title besides, the
	// question was declined.
	d := loadArticle(t, "= Coffee =\n\nCoffee is a drink made from roasted coffee beans.\n\n==Species==\nArabica provides most of the world's coffee. It comes from the highlands of Ethiopia.\n\n"+
		"==Trade==\nCoffee is traded on commodity markets in New York.\n")
	if a := d.Ask("where does coffee come from"); !a.Found || !strings.Contains(a.Text, "Ethiopia") {
		t.Errorf("Ask(come from) = %q (found %v); want the sentence of Ethiopia", a.Text, a.Found)
	}
	for _, tt := range []struct {
		words []string
		i     int
		want  bool
	}{
		{[]string{"where", "does", "it", "come", "from"}, 3, true},
		{[]string{"where", "did", "they", "came", "from"}, 3, true},
		{[]string{"when", "did", "it", "come"}, 3, false},
		{[]string{"come", "to", "rome"}, 0, false},
	} {
		if got := comeFrom(tt.words, tt.i); got != tt.want {
			t.Errorf("comeFrom(%q, %d) = %v; want %v", tt.words, tt.i, got, tt.want)
		}
	}
}

// TestDegreesAreNoNames checks that the letter of a temperature's unit
// ("46 °C") is no name: it was shown in bold as the answer to "what kills
// honey bees". Nor is one letter right after a number ("250 W"), shown as
// the speed an e-bike's motor cuts out at.
func TestDegreesAreNoNames(t *testing.T) {
	b := loadArticle(t, "= Bees =\n\nThe bees raise the hornet's temperature to about 46 °C, which kills it. Nectar boils at 212 °F in Boston. "+
		"A pedelec's motor may give up to 250 W in Europe.\n")
	for _, f := range b.facts {
		for _, n := range f.Names {
			if n.Text == "C" || n.Text == "F" || n.Text == "W" {
				t.Errorf("%q: %q is read as a name", f.Text, n.Text)
			}
		}
	}
	for _, want := range []string{"Boston", "Europe"} {
		if !slices.ContainsFunc(b.facts, func(f *Fact) bool {
			return slices.ContainsFunc(f.Names, func(n Name) bool { return n.Text == want })
		}) {
			t.Errorf("no fact names %q", want)
		}
	}
}

// TestOpenerBeginsName checks that a word opening a sentence begins the
// name the words after it go on with when the article never writes it in
// lower case and it is no common word of English: "Angelo Moriondo" was
// "Moriondo" alone, and the span of "Who patented an espresso machine?"
// showed "Moriondo of Turin". A common word that opens a sentence
// ("Instead") still names nothing.
func TestOpenerBeginsName(t *testing.T) {
	b := loadArticle(t, "= Coffee =\n\nEspresso is strong. Angelo Moriondo of Turin patented an early machine in 1884. "+
		"Instead Achille Gaggia built lever machines.\n")
	var names []string
	for _, f := range b.facts {
		for _, n := range f.Names {
			names = append(names, n.Text)
		}
	}
	if !slices.Contains(names, "Angelo Moriondo of Turin") {
		t.Errorf("names %q; want Angelo Moriondo of Turin", names)
	}
	if slices.ContainsFunc(names, func(n string) bool { return strings.HasPrefix(n, "Instead") }) {
		t.Errorf("names %q; want none opening with Instead", names)
	}
	if a := b.Ask("Who patented an espresso machine in 1884?"); !strings.Contains(a.Span, "Angelo Moriondo") {
		t.Errorf("span %q; want Angelo Moriondo", a.Span)
	}
}

// TestSpanOfWhatIsShown checks that the bold span is sought in the
// sentence a follow-up leans on, shown above it, when the follow-up's own
// words hold nothing of the question: "When did Darwin die?", which chose
// "He had expected to be buried …", showed the burial's date in bold
// though the sentence before holds the death's. TestSpan checks that a
// follow-up that holds the question's words keeps its own answer.
func TestSpanOfWhatIsShown(t *testing.T) {
	b := loadArticle(t, "= Charles Darwin =\n\nCharles Darwin was an English naturalist.\n\n==Death==\nDarwin died at Down House on 19 April 1882, aged 73. "+
		"He had expected to be buried at Downe, but he was buried in Westminster Abbey on 26 April 1882.\n\n==Work==\nDarwin wrote On the Origin of Species in 1859.\n")
	for _, q := range []string{"when did darwin die", "When did Darwin die?"} {
		a := b.Ask(q)
		if !a.Found || !strings.Contains(a.Text, "19 April 1882") {
			t.Fatalf("Ask(%q) = %q (found %v); want the sentence of his death", q, a.Text, a.Found)
		}
		if a.Span == "26 April 1882" {
			t.Errorf("Ask(%q): span %q, the burial's date", q, a.Span)
		}
	}
}

// TestShares checks that a share written in words ("roughly a third",
// "about half") is a number item that answers "how much", shown as the
// span, and counts nothing for "how many"; "the first half of" is no
// share. A share of one unit ("half an ounce", "a quarter of a mile") is
// a measure in the unit, which answers "how heavy" or "how far".
func TestShares(t *testing.T) {
	b := loadArticle(t, "= Coffee =\n\nCoffee is a drink.\n\n==Trade==\nBrazil grows roughly a third of the world's coffee. "+
		"In the first half of the 19th century Java grew more.\n\n==Post==\nThe stamp paid for a letter weighing up to half an ounce. "+
		"The mill stood a quarter of a mile from the port.\n")
	var shares []string
	var uncounted []bool
	for i, f := range b.facts {
		for _, it := range b.items[i] {
			if it.kind == itemNumber {
				shares = append(shares, f.Text[it.start:it.end])
				uncounted = append(uncounted, it.uncounted)
			}
		}
	}
	if want := []string{"a third", "half an ounce", "a quarter of a mile"}; !slices.Equal(shares, want) || slices.Contains(uncounted, false) {
		t.Errorf("number items %q (uncounted %v); want %q, uncounted", shares, uncounted, want)
	}
	for _, c := range []struct{ q, span string }{
		{"how much of the worlds coffee comes from brazil", "a third"},
		{"how heavy could a letter be", "half an ounce"},
		{"how far was the mill from the port", "a quarter of a mile"},
	} {
		if a := b.Ask(c.q); a.Span != c.span {
			t.Errorf("Ask(%s) = %q, span %q; want %s", c.q, a.Text, a.Span, c.span)
		}
	}
}

// TestMultiples checks that a measure compared by a multiple ("three
// times as long as a dot") answers "how long … compared to": a number of
// the dimension asked, though it has no unit.
func TestMultiples(t *testing.T) {
	b := loadArticle(t, "= Morse code =\n\nMorse code is a way of sending text.\n\n==Timing==\nA dash lasts three times as long as a dot. "+
		"The code was first used in 1844.\n")
	for _, c := range []struct{ q, want string }{
		{"how long is a dash compared to a dot", "three times as long"},
		{"how heavy is a dash", ""}, // a multiple of a length is no mass
	} {
		a := b.Ask(c.q)
		if c.want == "" && a.Found || c.want != "" && !strings.Contains(a.Text, c.want) {
			t.Errorf("Ask(%s) = %q (found %v); want %q", c.q, a.Text, a.Found, c.want)
		}
	}
}

// TestDoneAgain checks that a deed asked "again" is matched by its form
// with "re" ("open again" of "reopened"), and that "after" the article's
// own subject ("after the crisis", in the Suez Crisis) puts nothing in
// order that a fact must say.
func TestDoneAgain(t *testing.T) {
	b := loadArticle(t, "= Suez Crisis =\n\nThe Suez Crisis was a crisis in 1956.\n\n==Canal==\nThe canal opened in 1869. "+
		"Egypt blocked the canal with sunken ships in November 1956. The canal was cleared and reopened in April 1957.\n")
	for _, c := range []struct{ q, want string }{
		{"when did the canal open again", "April 1957"},
		{"when did the canal open again after the crisis", "April 1957"},
		{"when did the canal open", "1869"},
	} {
		if a := b.Ask(c.q); a.Span != c.want {
			t.Errorf("Ask(%s) = %q, span %q; want %s", c.q, a.Text, a.Span, c.want)
		}
	}
}

// TestSpots checks that a lower-case place after "in", "at" or "on" is an
// answer item that may answer "where", and that dates and names are not,
// nor one noun that "of" completes ("at the age of 21"): a relation, which
// had shared the span's choice with the places and left "Born in Bonn, he
// moved to Vienna at the age of 21" without a bold answer to "where was
// Beethoven born".
func TestSpots(t *testing.T) {
	b, err := Load([]byte("= Leaf =\n\nA leaf is an organ of a plant.\n\n==Work==\nThe light reactions take place in the thylakoid membranes. In 1779 Ingenhousz worked in London. " +
		"At the age of 21 he moved. Born in Bonn, he moved to Vienna in the hope of work.\n"))
	if err != nil {
		t.Fatal(err)
	}
	var spots []string
	for i, f := range b.facts {
		for _, it := range b.items[i] {
			if it.kind == itemSpot {
				spots = append(spots, f.Text[it.start:it.end])
			}
		}
	}
	if !slices.Equal(spots, []string{"thylakoid membranes"}) {
		t.Errorf("spots = %q; want [thylakoid membranes]", spots)
	}
	if a := b.Ask("where was he born"); a.Span != "Bonn" {
		t.Errorf("Ask(where was he born) = %q, span %q; want Bonn", a.Text, a.Span)
	}
	if fit := (item{kind: itemSpot}).fit(AskPlace); fit != 1 {
		t.Errorf("a spot's fit for where = %d; want 1, a place that may answer", fit)
	}
}

// TestWordsAreNotSlips checks that analysis keeps a real word as asked
// where it once read it as a slip for another the article writes: a
// vague word for a vague word ("give", "gave"), a word that asks a
// quantity after "how" for a filler ("tall", "all"), an irregular form
// for a typo ("seen", "seven"), and that "mt" is spelt out.
func TestWordsAreNotSlips(t *testing.T) {
	load := func(path string) *Base { return New(qaSet{name: path, article: path}.load(t)) }
	volcano, mandela := load("testdata/articles/volcano.txt"), load("testdata/articles/nelson-mandela.txt")
	for _, tt := range []struct {
		b     *Base
		q     string
		typ   QuestionType
		words string
	}{
		{volcano, "What gases do volcanoes give off?", AskOther, "gases volcanoes give off"},
		{volcano, "how tall is olympus mons", AskNumber, "tall olympus mons"},
		{volcano, "How fast can a pyroclastic flow move?", AskNumber, "fast pyroclastic flow move"},
		{volcano, "How many died when Mt St Helens blew?", AskNumber, "died mount st helens blew"},
		{mandela, "When was Mandela last seen in public?", AskDate, "mandela last seen public"},
	} {
		q := tt.b.analyze(tt.q, true)
		var got []string
		for _, w := range q.words {
			got = append(got, w.text)
		}
		if q.typ != tt.typ || strings.Join(got, " ") != tt.words {
			t.Errorf("analyze(%q) = type %d, words %q; want %d, %q", tt.q, q.typ, strings.Join(got, " "), tt.typ, tt.words)
		}
	}
}

// TestRepairRealWord checks that a word WordNet knows, which the member may
// well have meant, is repaired within one edit only, and a word it does
// not know within two.
func TestRepairRealWord(t *testing.T) {
	b, err := Load([]byte("= Faith =\n\nMany Christians live in the valley of Turing.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ word, finds string }{
		{"christmas", ""},             // two edits from "christians", and a word of its own
		{"christiaans", "christians"}, // one edit
		{"chrystyans", "christians"},  // two edits, and no word of WordNet
	} {
		got := ""
		if u := b.newUnknown(tt.word); u.repair >= 0 {
			got = b.surface[u.repair]
		}
		if got != tt.finds {
			t.Errorf("newUnknown(%q) repairs to %q; want %q", tt.word, got, tt.finds)
		}
	}
}

// TestCommonWordsNotRepaired checks that a word of English common enough
// in WordNet's tagged texts (model.commonWord) is taken as the member
// typed it, however near an article's word: "mayor" (met 9 times) is no
// slip for "majority" (stem "major"), while "calender" (never met) is
// one for "calendar"; with no bound, both are repaired.
func TestCommonWordsNotRepaired(t *testing.T) {
	if len(wordnetTagged) != len(wordnetWords) {
		t.Fatalf("%d tag counts for %d words: the tables are out of step (go run ./scripts/wordnet)", len(wordnetTagged), len(wordnetWords))
	}
	mayor, calender := wordnetTags(Stem("mayor")), wordnetTags(Stem("calender"))
	if mayor != 9 || calender != 0 || !wordnetWord(Stem("calender")) {
		t.Fatalf("WordNet's tag counts: mayor %d, calender %d (a word of WordNet: %v); want 9 and 0 (true)", mayor, calender, wordnetWord(Stem("calender")))
	}
	for _, tt := range []struct {
		bound           int
		mayor, calender string
	}{
		{5, "", "calendar"},
		{10, "majority", "calendar"},
		{0, "majority", "calendar"},
	} {
		b, err := Load([]byte("= Politics =\n\nThe majority party changed its calendar in 1990.\n"))
		if err != nil {
			t.Fatal(err)
		}
		m := *b.m // a copy: the base shares the package's model
		m.commonWord = tt.bound
		b.m = &m
		for w, want := range map[string]string{"mayor": tt.mayor, "calender": tt.calender} {
			got := ""
			if u := b.newUnknown(w); u.repair >= 0 {
				got = b.surface[u.repair]
			}
			if got != want {
				t.Errorf("commonWord %d: newUnknown(%q) repairs to %q; want %q", tt.bound, w, got, want)
			}
		}
	}
}

// TestFunctionWordsNotRepaired checks that a pronoun or conjunction that
// WordNet does not hold is taken as typed: "anyone" had been repaired to
// the ship "Ancon", two edits away.
func TestFunctionWordsNotRepaired(t *testing.T) {
	b, err := Load([]byte("= Canal =\n\nThe Ancon was the first ship through the canal, and the Whale the second.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"anyone", "because"} {
		if u := b.newUnknown(w); u.repair >= 0 {
			t.Errorf("newUnknown(%q) repairs to %q; want no repair", w, b.surface[u.repair])
		}
	}
	// A slip of the same distance is still repaired.
	if u := b.newUnknown("ancor"); u.repair < 0 || !strings.EqualFold(b.surface[u.repair], "ancon") {
		t.Errorf("newUnknown(%q) repairs to term %d; want Ancon", "ancor", u.repair)
	}
}

// TestCompoundParts checks that a compound the articles lack, written
// solid, matches its two words where the article writes them apart:
// "callsign" the "call sign", "bandleader" the "band"; and that a word
// of English met often enough to be meant as typed is not split, nor a
// word WordNet lacks of which the article has only one part, nor a word
// WordNet has into a part of three letters ("hottest" is no "hot test").
func TestCompoundParts(t *testing.T) {
	b, err := Load([]byte("= Ship =\n\nThe ship had a wireless set with the call sign MGY.\nThe ship's band played on deck.\nThe car park was full.\nTickets cost ten euro.\nWeapons tests are banned.\nThe captain had four children and a mother.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		word string
		want []string
	}{
		{"callsign", []string{"call", "sign"}},
		{"bandleader", []string{"band"}},
		{"carpet", nil},        // "car" and "pet", but a common word
		{"eurovision", nil},    // no word of WordNet's, and "vision" is not the article's
		{"hottest", nil},       // "hot" and "test", but a superlative
		{"grandchildren", nil}, // another kin than "children"
		{"stepmother", nil},
		{"cal", nil},
	} {
		got := relatedStems(b, tt.word)
		if !slices.Equal(got, tt.want) {
			t.Errorf("newUnknown(%q).related = %q; want %q", tt.word, got, tt.want)
		}
	}
}

// relatedStems returns the stems of the terms newUnknown relates word to.
func relatedStems(b *Base, word string) []string {
	var out []string
	for _, id := range b.newUnknown(word).related {
		out = append(out, b.stems[id])
	}
	return out
}

// TestAgentNouns checks that a short verb the articles lack finds its
// agent noun ("owned": Owner), and an agent noun its verb ("ruler":
// ruled), which share no prefix of minPrefix letters.
func TestAgentNouns(t *testing.T) {
	b, err := Load([]byte("= Ship =\n\nInfobox\n- Owner: White Star Line\n\nThe ship was fast.\n\n==Kings==\nThe king ruled the sea.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ word, want string }{{"owned", "owner"}, {"ruler", "rule"}} {
		got := relatedStems(b, tt.word)
		if !slices.Contains(got, tt.want) {
			t.Errorf("newUnknown(%q).related = %q; want it to hold %q", tt.word, got, tt.want)
		}
	}
}

// TestRealWordSlip checks that a word of English the article lacks, one
// edit from a word the article writes right after the question's word
// before it, is read as that word ("sea trails": "Sea trials were
// held"), and not where the word before differs.
func TestRealWordSlip(t *testing.T) {
	b := loadArticle(t, "= Ship =\n\nThe ship was built in Belfast.\n\n==Trials==\nSea trials were held in Belfast Lough.\n")
	trial := termOf(b, "trials")
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"where did the ship do her sea trails", true},
		{"where did the ship leave its trails", false},
	} {
		q := b.analyze(tt.q, true)
		i := slices.IndexFunc(q.words, func(w qword) bool { return w.text == "trails" })
		if i < 0 {
			t.Fatalf("analyze(%q) has no word \"trails\"", tt.q)
		}
		got := slices.ContainsFunc(q.words[i].alts, func(a alt) bool { return a.t == trial })
		if got != tt.want {
			t.Errorf("%q: trails matches trials %v; want %v", tt.q, got, tt.want)
		}
	}
}

// TestShortYear checks that a year written short ("Euro 92") matches the
// year the article writes ("Euro 1992") when the article lacks the two
// figures alone, and stays itself when the article writes them.
func TestShortYear(t *testing.T) {
	b := loadArticle(t, "= Football =\n\nIn the final of Euro 1992 Denmark beat Germany.\n\n==Squad==\nThe squad had 23 players.\n")
	year := termOf(b, "1992")
	for _, tt := range []struct {
		q, num string
		want   bool
	}{
		{"where was the euro 92 final", "92", true},
		{"who were the 23 players", "23", false},
	} {
		q := b.analyze(tt.q, true)
		i := slices.IndexFunc(q.words, func(w qword) bool { return w.text == tt.num })
		if i < 0 {
			t.Fatalf("analyze(%q) has no word %q", tt.q, tt.num)
		}
		if got := slices.ContainsFunc(q.words[i].alts, func(a alt) bool { return a.t == year }); got != tt.want {
			t.Errorf("%q: %s matches 1992 %v; want %v", tt.q, tt.num, got, tt.want)
		}
	}
}

// termOf is the term of a word the articles write, or 0.
func termOf(b *Base, w string) int32 {
	id, _ := b.wordTerm(w)
	return id
}

// TestCountsAsked checks the decision feature countMiss reads: for "how
// many people", a number that stands just before "people" counts them;
// another number of the fact counts something else; "people" counts a
// people named ("How many Norlanders …").
func TestCountsAsked(t *testing.T) {
	b := stagesBase(t)
	people := factOpening(t, b, "About 3,200 people")
	founded := factOpening(t, b, "The town was founded in 1412")
	for _, tt := range []struct {
		q    string
		f    int32
		want bool
	}{
		{"How many people live in Port Maren?", people, true},
		{"How many fishermen live in Port Maren?", people, false},
		{"How many people founded the town?", founded, false},
	} {
		q := b.analyze(tt.q, true)
		if q.countAt < 0 {
			t.Fatalf("analyze(%q) finds nothing counted", tt.q)
		}
		if got := b.countsAsked(&q, tt.f); got != tt.want {
			t.Errorf("countsAsked(%q, %q) = %v; want %v", tt.q, b.facts[tt.f].Text, got, tt.want)
		}
	}
	// A people's name is counted in people; another word is not.
	// A number joined to the next word by a hyphen counts that word
	// alone: "two-storey houses" says how many storeys, not houses.
	c := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==People==\nThe Norlanders built the town of Maren.\nAbout 50,000 people live in Maren.\nMaren has two-storey houses.\n")
	inhabitants := factOpening(t, c, "About 50,000 people")
	houses := factOpening(t, c, "Maren has two-storey")
	for _, tt := range []struct {
		q    string
		f    int32
		want bool
	}{
		{"How many Norlanders live in Maren?", inhabitants, true},
		{"How many towns are in Maren?", inhabitants, false},
		{"How many houses does Maren have?", houses, false},
		{"How many storeys do the houses have?", houses, true},
	} {
		q := c.analyze(tt.q, true)
		if q.countAt < 0 {
			t.Fatalf("analyze(%q) finds nothing counted", tt.q)
		}
		if got := c.countsAsked(&q, tt.f); got != tt.want {
			t.Errorf("countsAsked(%q) = %v; want %v", tt.q, got, tt.want)
		}
	}
}

// TestCountedWord checks which question word names what "how many"
// counts: none for a verb or an auxiliary after it ("how many died", "how
// many were killed", which count people without saying so), and past
// "of" and a possessor the noun counted.
func TestCountedWord(t *testing.T) {
	b := stagesBase(t)
	for _, tt := range []struct{ q, want string }{
		{"How many people live in Port Maren?", "people"},
		{"how many Jewish residents were hidden", "jewish"},
		{"how many died in the quake", ""},
		{"How many were killed in the 2019 quake?", ""},
		{"how many fought", ""},
		{"How many of Albania's Jews live in Israel now?", "jews"},
		{"how many of the fishermen stayed", "fishermen"},
		{"how many speed cameras are there", "speed"},
		{"how many", ""},
		{"what is in Port Maren", ""},
	} {
		q := b.analyze(tt.q, true)
		got := ""
		if q.countAt >= 0 {
			got = q.words[q.countAt].text
		}
		if got != tt.want {
			t.Errorf("analyze(%q) counts %q; want %q", tt.q, got, tt.want)
		}
	}
}

// TestRankedFields: runQuery resets a ranked field by field, so a field
// added to it must be reset there too, and counted here.
func TestRankedFields(t *testing.T) {
	if n := reflect.TypeOf(ranked{}).NumField(); n != 9 {
		t.Errorf("ranked has %d fields; runQuery resets 9: reset the new one there", n)
	}
}

// TestLikelyPeople checks the people an article names with no title or
// verb of speech to say so: by a surname it also writes alone, by "who"
// after the name, or by a name WordNet knows as a person's. A place stays a place, though the article writes
// its last word alone, and ranking still reads a likely person as a name
// of no known kind, while the span names the person.
func TestLikelyPeople(t *testing.T) {
	b := loadArticle(t, "= Harbour Museum =\n\nThe Harbour Museum is a museum in Port Maren.\n\n"+
		"==History==\nFrom 1950 Brian Hollis ran the museum shop. Hollis sold it in 1961.\n"+
		"The bronze statue was stolen in 1911 by Vincenzo Parra, who had worked at the museum.\n"+
		"The museum lent paintings to West Norland in 1970. Many fishermen live in Norland.\n"+
		"In 1980 the museum bought a letter by Haydn. The museum faces Central Park.\n"+
		"Its lamp is shaped like the Star of David.\n")
	checkNameKinds(t, b, map[string]NameKind{
		"Brian Hollis": NamePerson, "Hollis": NamePerson, "Vincenzo Parra": NamePerson,
		"West Norland": NamePlace, "Norland": NamePlace, "Haydn": NamePerson, "Central Park": NameOther, "Star of David": NameOther,
	})
	for _, items := range b.items {
		for _, it := range items {
			if it.person && it.kind != itemName {
				t.Errorf("a likely person item of kind %v; want itemName, for ranking", it.kind)
			}
		}
	}
	// A declined question still suggests the person's topic: topics key
	// names as they did before (Name.topical).
	if a := b.Ask("How many boats did Brian Hollis own?"); a.Found || !slices.Contains(a.Suggestions, "Brian Hollis") {
		t.Errorf("Ask(boat): found %v, suggestions %q; want declined, with Brian Hollis", a.Found, a.Suggestions)
	}
	for q, span := range map[string]string{
		"Who stole the bronze statue?": "Vincenzo Parra",
		"Who ran the museum shop?":     "Brian Hollis",
	} {
		if a := b.Ask(q); !a.Found || a.Span != span {
			t.Errorf("Ask(%q): found %v, span %q; want %q", q, a.Found, a.Span, span)
		}
	}
}

// checkNameKinds checks the kind of each name the article names.
func checkNameKinds(t *testing.T, b *Base, want map[string]NameKind) {
	t.Helper()
	kinds := map[string]NameKind{}
	for _, f := range b.facts {
		for _, n := range f.Names {
			kinds[n.Text] = n.Kind
		}
	}
	for name, w := range want {
		if got, ok := kinds[name]; !ok || got != w {
			t.Errorf("%q: kind %v (named %v); want %v", name, got, ok, w)
		}
	}
}

// TestPersonOfPlace checks that a name written as a person of a place
// ("Emanuel Lasker of Germany") is the person and the place, when the
// words before "of" are no words of English or end in a surname, and the
// words after it a country or a place named as one; and that a person
// named by the surname in the question is the one asked about, not the
// answer to "who".
func TestPersonOfPlace(t *testing.T) {
	b := loadArticle(t, "= Chess Club =\n\nThe Chess Club is a club in Port Maren.\n\n"+
		"==History==\nEmanuel Lasker of Germany held the club's title from 1894 to 1921.\n"+
		"The club sent a team to see the Great Wall of China in 1930.\n"+
		"It also sent one to the Great Fire of London exhibition.\n")
	checkNameKinds(t, b, map[string]NameKind{
		"Emanuel Lasker": NamePerson, "Germany": NamePlace, "Great Wall of China": NameOther, "Great Fire of London": NameOther,
	})
	if a := b.Ask("Who held the club's title in 1921?"); !a.Found || a.Span != "Emanuel Lasker" {
		t.Errorf("Ask(who held): found %v, span %q; want Emanuel Lasker", a.Found, a.Span)
	}
	// Asked by his surname, he is no answer: the fact holds no one else,
	// and Germany is no person.
	r := b.run("Who beat Lasker in 1921?", nil)
	defer b.release(r)
	if len(r.hits) == 0 || !strings.HasPrefix(b.facts[r.hits[0].fact].Text, "Emanuel Lasker") {
		t.Fatalf("who beat Lasker: no candidate with Lasker")
	}
	if x := r.xs[0]; x[fTypeMiss] != 1 || x[fFitLoose] != 0 || x[fFitPerson] != 0 {
		t.Errorf("who beat Lasker: typeMiss %v fitLoose %v fitPerson %v; want no person but the one asked about", x[fTypeMiss], x[fFitLoose], x[fFitPerson])
	}
}

// TestHowAttributes checks that the word after "how" that asks a quantity
// also matches the noun WordNet says it measures: "how old" finds "aged
// 66", not the "ten-year-old" of another sentence.
func TestHowAttributes(t *testing.T) {
	b := loadArticle(t, "= Ana Lind =\n\nAna Lind was a painter from Norland.\n\n"+
		"==Life==\nIn 1930 Lind took a ten-year-old boy into her household as an apprentice.\n"+
		"She painted the harbour of Port Maren for thirty years.\n"+
		"Lind died in Oslo in 1967, aged 66.\n")
	q := b.analyze("How old was Lind when she died?", true)
	var old *qword
	for i := range q.words {
		if q.words[i].text == "old" {
			old = &q.words[i]
		}
	}
	age, ok := b.stemTerm(Stem("age"))
	if old == nil || !ok || !slices.ContainsFunc(old.alts, func(a alt) bool { return a.t == age }) {
		t.Fatalf("\"old\" after \"how\": %+v; want the article's \"aged\" among its matches", old)
	}
	if a := b.Ask("How old was Lind when she died?"); !a.Found || !strings.Contains(a.Text, "aged 66") {
		t.Errorf("Ask(how old) = found %v, %q; want the sentence with \"aged 66\"", a.Found, a.Text)
	}
}

// TestQuestionWordsBounded checks that a question keeps at most
// maxQuestionWords words, abbreviations spelt out included: 32 of "WW1",
// each "world war", made 65 and ran past the features' arrays (a panic
// the fuzzer found, within Discord's 300 characters).
func TestQuestionWordsBounded(t *testing.T) {
	b := stagesBase(t)
	for _, q := range []string{
		"0" + strings.Repeat(" WW1", 32),
		strings.Repeat("WW1 ", 70),
		strings.Repeat("lighthouse ", 70),
	} {
		if n := len(b.analyze(q, true).words); n > maxQuestionWords {
			t.Errorf("%.20q…: %d words; want at most %d", q, n, maxQuestionWords)
		}
		b.Ask(q) // no panic
	}
}

// TestNoWord checks the decision feature noWord: a question with ordinary
// words none of which the chosen fact or its neighbours hold, not even as
// a WordNet synonym of a word the article writes elsewhere ("lived" and
// "167 inhabitants"); and noWordKind, the same for a question that asks
// a date or a number.
func TestNoWord(t *testing.T) {
	b := loadArticle(t, "= Port Maren =\n\nPort Maren is a town in Norland.\n\n"+
		"==History==\nThe town received its charter in 1786, when it had 167 inhabitants.\n\n"+
		"==Harbour==\nThe mayor opened a new harbour in 1950.\n\n"+
		"==Fishing==\nFishermen lived on the coast for centuries.\n")
	for _, tt := range []struct {
		q          string
		fact       string // the chosen fact opens so
		want, kind float32
	}{
		{"What is the climate like in Port Maren?", "Port Maren is a town", 1, 0},
		{"How many people lived there in 1786?", "The town received", 0, 0},
		{"When did the mayor open the harbour?", "The mayor opened", 0, 0},
		{"Where is Port Maren?", "Port Maren is a town", 0, 0}, // no ordinary word at all
	} {
		r := b.run(tt.q, nil)
		if r.chosen < 0 {
			t.Errorf("%q: nothing chosen", tt.q)
			b.release(r)
			continue
		}
		f := r.hits[r.chosen].fact
		if text := b.facts[f].Text; !strings.HasPrefix(text, tt.fact) {
			t.Errorf("%q: chose %q; want the fact opening %q", tt.q, text, tt.fact)
		}
		d := b.decideFeatures(&r.q, &r.s, r.hits, r.xs, r.scores, r.chosen, b.neighbour(r, r.chosen, b.m.join))
		if d[dNoWord] != tt.want || d[dNoWordKind] != tt.kind {
			t.Errorf("%q: noWord = %v, noWordKind = %v; want %v, %v", tt.q, d[dNoWord], d[dNoWordKind], tt.want, tt.kind)
		}
		b.release(r)
	}
	// The date of another event: "When did Jan Holt die?" of the year he
	// opened the harbour.
	b = loadArticle(t, "= Port Maren =\n\nPort Maren is a town in Norland.\n\n==Harbour==\nThe mayor Jan Holt opened a new harbour in 1950.\n")
	for _, tt := range []struct {
		q          string
		want, kind float32
	}{
		{"When did Jan Holt die?", 1, 1},
		{"How many children did Jan Holt have?", 1, 1},
		{"Whom did Jan Holt marry?", 1, 0},
		{"When did Jan Holt open the harbour?", 0, 0},
	} {
		r := b.run(tt.q, nil)
		if r.chosen < 0 || !strings.HasPrefix(b.facts[r.hits[r.chosen].fact].Text, "The mayor") {
			t.Errorf("%q: the harbour's fact not chosen", tt.q)
			b.release(r)
			continue
		}
		d := b.decideFeatures(&r.q, &r.s, r.hits, r.xs, r.scores, r.chosen, b.neighbour(r, r.chosen, b.m.join))
		if d[dNoWord] != tt.want || d[dNoWordKind] != tt.kind {
			t.Errorf("%q: noWord = %v, noWordKind = %v; want %v, %v", tt.q, d[dNoWord], d[dNoWordKind], tt.want, tt.kind)
		}
		b.release(r)
	}
}

// TestNumMiss holds the rank feature numMiss to the question's numbers:
// a fact that lacks the year asked about is marked, one that holds it,
// or whose neighbour does, is not, and a question with no number marks
// none.
func TestNumMiss(t *testing.T) {
	b := loadArticle(t, "= Port Maren =\n\nPort Maren is a town in Norland.\n\n"+
		"==History==\nThe town received its charter in 1786.\n\nThe harbour of the town was built in 1950.\n\n"+
		"==Fishing==\nThe town sent its fishing fleet north in 1950. It came back with little.\n")
	for _, tt := range []struct {
		q    string
		miss map[string]float32 // the fact opening so: its numMiss
	}{
		{"What did the town do in 1950?", map[string]float32{
			"The town received": 1, "The harbour of the town": 0, "The town sent": 0, "It came back": 0}},
		{"What did the town receive in 1786?", map[string]float32{
			"The town received": 0, "The harbour of the town": 1}},
		{"What did the town receive?", map[string]float32{
			"The town received": 0, "The harbour of the town": 0}},
	} {
		r := b.run(tt.q, nil)
		seen := map[string]bool{}
		for j, h := range r.hits {
			text := b.facts[h.fact].Text
			for open, want := range tt.miss {
				if strings.HasPrefix(text, open) {
					seen[open] = true
					if got := r.xs[j][fNumMiss]; got != want {
						t.Errorf("%q: numMiss of %q = %v; want %v", tt.q, text, got, want)
					}
				}
			}
		}
		for open := range tt.miss {
			if !seen[open] {
				t.Errorf("%q: the fact opening %q was not retrieved", tt.q, open)
			}
		}
		b.release(r)
	}
}

// stemAll returns the stems of words.
func stemAll(words []string) []string {
	out := make([]string, len(words))
	for i, w := range words {
		out[i] = Stem(w)
	}
	return out
}

// readThrough returns text's tokens as a question after a reading pass
// that serves questions and articles alike (spellAbbreviations,
// readYearRanges), and its words as an article's sentence after it,
// failing t when an article's token lacks its word's lexicon id.
func readThrough(t *testing.T, text string, pass func(string, []token, *lexicon) []token) ([]token, string) {
	t.Helper()
	q := pass(text, tokenizeQuestion(text, nil), nil)
	lx := newLexicon(0, nil)
	var words []string
	for _, tok := range pass(text, tokenizeLex(text, nil, lx, false), lx) {
		if lx.words[tok.id] != tok.word {
			t.Errorf("%q: token %q has the lexicon's id of %q", text, tok.word, lx.words[tok.id])
		}
		words = append(words, tok.word)
	}
	return q, strings.Join(words, " ")
}

// joinWords joins tokens' words in lower case, as a question reads them.
func joinWords(toks []token) string {
	words := make([]string, len(toks))
	for i, tok := range toks {
		words[i] = strings.ToLower(tok.word)
	}
	return strings.Join(words, " ")
}

// TestReadNumericDates checks that a question's date in figures reads as
// the articles write dates, and that one whose day and month could each
// be the other, or a fraction, is left as written.
func TestReadNumericDates(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"what happened on 26/11/2019?", "what happened on 26 november 2019"},
		{"on 26.11.2019", "on 26 november 2019"},
		{"on 2019-11-26", "on 2019 november 26"},
		{"on 11/26/2019", "on november 26 2019"},
		{"on 05/06/2020", "on 05 06 2020"},
		{"on 09.08.1991", "on 09 08 1991"},
		{"on 19.08.1991", "on 19 august 1991"},
		{"in 8/1991", "in 8 1991"},
		{"2.5 times", "2.5 times"},
	} {
		if got := joinWords(readNumericDates(tt.text, tokenizeQuestion(tt.text, nil))); got != tt.want {
			t.Errorf("%q reads %q; want %q", tt.text, got, tt.want)
		}
	}
	b := loadArticle(t, "= Quake =\n\nOn 26 November 2019, an earthquake struck the region. The port opened in 1950.\n")
	for _, q := range []string{"what happened on 26/11/2019?", "what happened on 2019-11-26", "What happened on 26.11.2019?"} {
		if a := b.Ask(q); !a.Found || !strings.Contains(a.Text, "earthquake") {
			t.Errorf("Ask(%q) = %q; want the earthquake", q, a.Text)
		}
	}
}

// TestReadYearRanges checks that a year range written short reads as
// its two years, in a question as in an article's sentence, and that
// other numbers after a dash are left as they are.
func TestReadYearRanges(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"the 1859-60 war", "the 1859 1860 war"},
		{"the 1859–60 war", "the 1859 1860 war"},
		{"the 2019/20 season", "the 2019 2020 season"},
		{"in 1999–00", "in 1999 2000"},
		{"from 1859–1860", "from 1859 1860"},
		{"a 1-0 win", "a 1 0 win"},
		{"pages 312-19", "pages 312 19"},
		{"in 1859 - 60 days", "in 1859 60 days"},
		{"9781-23", "9781 23"},
		{"on 2019-11-26", "on 2019 11 26"},
	} {
		q, article := readThrough(t, tt.text, readYearRanges)
		if got := joinWords(q); got != tt.want {
			t.Errorf("question %q reads %q; want %q", tt.text, got, tt.want)
		}
		if article != tt.want {
			t.Errorf("article %q reads %q; want %q", tt.text, article, tt.want)
		}
	}
	// "60" was a number the article lacks, and the question was declined.
	b := loadArticle(t, "= Wars =\n\nThe war of 1859–1860 ended with the Treaty of Wad-Ras.\n\nThe war of 1893 was short.\n")
	if a := b.Ask("What treaty ended the 1859-60 war?"); !a.Found || !strings.Contains(a.Text, "Wad-Ras") {
		t.Errorf("Ask = %+v; want the sentence of the treaty", a)
	}
}

// TestReadShortDecades checks that a decade in two figures after "the"
// reads as the articles write decades, and that an age is left alone.
func TestReadShortDecades(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"who visited in the 90s", "who visited in the 1990s"},
		{"in the ’90s", "in the 1990s"},
		{"in the early 60s", "in the early 1960s"},
		{"since the 00s", "since the 2000s"},
		{"in his 20s", "in his 20s"},
		{"the 95s", "the 95s"},
		{"the 1990s", "the 1990s"},
	} {
		if got := joinWords(readShortDecades(tt.text, tokenizeQuestion(tt.text, nil))); got != tt.want {
			t.Errorf("%q reads %q; want %q", tt.text, got, tt.want)
		}
	}
	b := loadArticle(t, "= Visits =\n\nIn 1994, the foreign minister Shimon Peres visited Albania.\n\nIn 2024, President Herzog visited Albania.\n")
	if a := b.Ask("who visited albania in the 90s"); !a.Found || !strings.Contains(a.Text, "Peres") {
		t.Errorf("Ask = %+v; want the visit of 1994", a)
	}
}

// TestSpellAbbreviations checks that the abbreviations tokens split or
// lose read the same in a question as in an article's sentence: "U.S.",
// "US" and "the us" are the United States, "U.K." is "uk", and "us", "US$"
// and initials are left as they are.
func TestSpellAbbreviations(t *testing.T) {
	for _, tt := range []struct{ text, question, article string }{
		{"the U.S. Navy", "the united states navy", "the united states navy"},
		{"US history", "united states history", "united states history"},
		{"when did the us invade", "when did the united states invade", "when did the us invade"},
		{"tell us about the U.K.", "tell us about the uk", "tell us about the uk"},
		{"the U.S.A. today", "the united states today", "the united states today"},
		{"US$40 million", "us 40 million", "us 40 million"},
		{"J. R. R. Tolkien", "j r r tolkien", "j r r tolkien"},
		{"U.S.", "united states", "united states"},
		{"Us and them", "us and them", "us and them"},
	} {
		q, article := readThrough(t, tt.text, spellAbbreviations)
		for i, tok := range q {
			if i > 0 && tok.start < q[i-1].end {
				t.Errorf("%q: token %d starts at %d, before the one before ends (%d)", tt.text, i, tok.start, q[i-1].end)
			}
		}
		if got := joinWords(q); got != tt.question {
			t.Errorf("question %q reads %q; want %q", tt.text, got, tt.question)
		}
		if article != tt.article {
			t.Errorf("article %q reads %q; want %q", tt.text, article, tt.article)
		}
	}
	// "U" read letter by letter was a name no article has, and declined
	// the question outright.
	b := loadArticle(t, "= Canal =\n\nThe canal was built by the United States and opened in 1914.\n")
	for _, text := range []string{"When did the U.S. open the canal?", "When did the US open the canal?", "when did the us open the canal"} {
		if q := b.analyze(text, true); q.unknownName {
			t.Errorf("%q names something the article lacks", text)
		}
		if a := b.Ask(text); !a.Found || !strings.Contains(a.Text, "1914") {
			t.Errorf("Ask(%q) = %+v; want the sentence of 1914", text, a)
		}
	}
}

// TestSubjectQuestion checks that a question about an article's subject
// as a whole ("what is coffee?", "tell me about coffee", "what is coffee
// known for"), or about the
// article itself ("what is this article about?"), is answered by
// the lead's first sentence, even when the body restates it more fully
// (the fuller statement, which took it in), and that the title's words
// alone, or a question that asks something of the subject, are not.
func TestSubjectQuestion(t *testing.T) {
	b := loadArticle(t, "= Coffee bean =\n\nA coffee bean is the seed of the coffee plant. It is the source of coffee.\n\n"+
		"==History==\nThe first coffee houses opened in Mecca in the 15th century.\n\n"+
		"==Botany==\nA coffee bean is the seed of the coffee plant, and grows inside a red or purple fruit.\n")
	lead := "A coffee bean is the seed of the coffee plant, and grows inside a red or purple fruit."
	for _, q := range []string{"what is a coffee bean?", "What's a coffee bean", "tell me about coffee beans", "explain the coffee bean", "what is a bean",
		"what is this article about?", "give me a summary", "tldr", "what is the coffee bean known for", "why is the coffee bean famous"} {
		if a := b.Ask(q); !a.Found || a.Text != lead || a.Score != 1 {
			t.Errorf("Ask(%q) = %q (found %v, score %v); want the lead's first sentence, %q", q, a.Text, a.Found, a.Score, lead)
		}
	}
	for _, q := range []string{"coffee bean", "when did the first coffee houses open?", "what is coffee made from", "what is not a coffee bean", "article", "what",
		"why the coffee bean", "what is the most famous coffee bean"} {
		if a := b.Ask(q); a.Text == lead && a.Score == 1 {
			t.Errorf("Ask(%q) = the subject's introduction; want it read as any question", q)
		}
	}
	// Of two articles, the one whose title the question holds the more of.
	c := New(mustParse(t, "= Coffee bean =\n\nA coffee bean is the seed of the coffee plant.\n"), mustParse(t, "= Coffee bean trade =\n\nThe coffee bean trade spans the tropics.\n"))
	if f := c.subjectFact(func() *question { q := c.analyze("what is the coffee bean?", true); return &q }(), "what is the coffee bean?", nil); f == nil || f.Text != "A coffee bean is the seed of the coffee plant." {
		t.Errorf("subjectFact among two articles = %v; want the one whose title it names whole", f)
	}
	// "where" (or "which country is it in") asks a place: the lead
	// answers when it places the subject ("on Earth" does not), in its
	// first sentence, a later one of its paragraph or the
	// infobox's location; "when" only with a date in its first sentence
	// or a later one of its paragraph; "how many" of the title's own noun
	// with a sentence of the lead that counts it; "how tall" with a number
	// of the lead in a unit of the measure beside the word asked, a line of
	// the box as a sentence elsewhere writes it, and "how big" an area;
	// "how old" with an age, else a date, the box's first before a later
	// sentence's; "how many people live in" with the lead's count of its
	// people, else the box's population.
	lake := New(mustParse(t, "= Lake Maren =\n\nLake Maren is a deep lake in southern Norland.\n\n==History==\nThe lake froze in 1412.\n"))
	slab := New(mustParse(t, "= Maren Stone =\n\nThe Maren Stone is a slab carved with a decree in three scripts.\n\n==History==\nIt was found in 1799.\n"))
	kept := New(mustParse(t, "= Maren Stone =\n\nThe Maren Stone is a slab carved with a decree in three scripts. It has been kept in the museum of Port Maren since 1802.\n\n==History==\nIt was found in 1799.\n"))
	blaze := New(mustParse(t, "= Great Blaze =\n\nThe Great Blaze was a fire that swept through Port Maren from 2 to 6 September 1666.\n\n==Aftermath==\nThe city was rebuilt in brick.\n"))
	isles := New(mustParse(t, "= Maren Islands =\n\nThe Maren Islands are an archipelago in the North Sea. They have belonged to Norland since 1402. The group is made up of 18 main islands and many rocks, with a land area of about 8,000 km².\n\n==People==\nAbout 3,000 people live there.\n"))
	tower := New(mustParse(t, "= Maren Tower =\n\nInfobox\n- Weight: 7,300 tonnes\n\nThe Maren Tower is a lattice tower in Port Maren, about 30 km from the coast. The wreck of its first crane lies at a depth of 40 m. With its antennas the tower stands 330 m tall.\n\n==History==\nIt was built in 1889.\n"))
	boxTall := New(mustParse(t, "= Maren Tower =\n\nInfobox\n- Height: 726 ft (221 m)\n\nThe Maren Tower is a lattice tower in Port Maren.\n\n==Design==\nIt is 726 feet tall and 1,244 feet long at the base. Tokyo Tower is 333 m tall.\n"))
	stela := New(mustParse(t, "= Maren Stela =\n\nInfobox\n- Material: granite\n- Created: 196 BC\n- Found: 1799\n\nThe Maren Stela is a slab carved with a decree. It has been kept in Port Maren since 1802.\n"))
	aged := New(mustParse(t, "= Lake Maren =\n\nLake Maren is a deep lake in Norland. It is the oldest lake of Norland, formed about 25 million years ago.\n\n==Surroundings==\nThe Maren Stone nearby was carved in 1412.\n"))
	peak := New(mustParse(t, "= Mount Maren =\n\nMount Maren is the highest mountain on Earth. It rises in the Norland range, on the border between Norland and Vell.\n\n==Climbing==\nIt was first climbed in 1953.\n"))
	city := New(mustParse(t, "= Port Maren =\n\nInfobox\n- Population: about 150,000 (2024)\n\nPort Maren is a city in Norland. The city has about 140,000 inhabitants.\n"))
	cityBox := New(mustParse(t, "= Port Maren =\n\nInfobox\n- Founded: 1402\n- Population: about 90,000\n\nPort Maren is a city in Norland with 12 bridges.\n"))
	town := New(mustParse(t, "= Port Maren =\n\nPort Maren is a city in Norland with 12 bridges.\n\n==History==\nA fire in 1612 killed 36 people.\n"))
	boxed := New(mustParse(t, "= Maren Stone =\n\nInfobox\n- Current location: Norland Museum, Port Maren\n\nThe Maren Stone is a slab carved with a decree in three scripts.\n\n==History==\nIt was found in 1799.\n"))
	for _, tt := range []struct {
		b    *Base
		q    string
		want string // a word of the lead's answer, or "" for none
	}{
		{lake, "where is lake maren", "southern Norland"},
		{slab, "where is the maren stone now", ""},
		{kept, "where is the maren stone now", "kept in the museum"},
		{boxed, "where is the maren stone now", "Current location"},
		{slab, "when was the maren stone", ""},
		{slab, "what is the maren stone", "a slab"},
		{blaze, "when was the great blaze", "September 1666"},
		{blaze, "how many islands are in the great blaze", ""},
		{isles, "when were the maren islands", "since 1402"},
		{isles, "how many islands are in the maren islands", "18 main islands"},
		{isles, "how many people live on the maren islands", ""},
		{tower, "how tall is the maren tower", "stands 330 m tall"},
		{tower, "how long is the maren tower", ""},
		{tower, "how heavy is the maren tower", "Weight: 7,300 tonnes"},
		{tower, "how old is the maren tower", ""},
		{boxTall, "how tall is the maren tower", "It is 726 feet tall"},
		{boxTall, "how big is the maren tower", ""}, // a size, not said of a height
		{isles, "how big are the maren islands", "area of about 8,000 km²"},
		{stela, "how old is the maren stela", "Created: 196 BC"},
		{stela, "when was the maren stela", "Created: 196 BC"},
		{aged, "how old is lake maren", "formed about 25 million years ago"},
		{aged, "how old is the maren stone", ""},
		{lake, "which country is lake maren in", "southern Norland"},
		{lake, "what is the capital of lake maren", ""},
		{peak, "where is mount maren", "It rises in the Norland range"},
		{city, "how many people live in port maren", "about 140,000 inhabitants"},
		{city, "how many inhabitants does port maren have", "about 140,000 inhabitants"},
		{cityBox, "how many people live in port maren", "Population: about 90,000"},
		{town, "how many people live in port maren", ""},
	} {
		a := tt.b.Ask(tt.q)
		if lead := a.Score == 1 && a.Found; lead != (tt.want != "") || !strings.Contains(a.Text, tt.want) {
			t.Errorf("Ask(%q) = %q (score %v); want the lead's %q", tt.q, a.Text, a.Score, tt.want)
		}
	}
}

// TestCommonWordNoSlip checks that a common word of English is read as
// it stands, not as a slip for a question word or filler one letter away
// ("want" is not "went"), while a rare string still is ("wen" is "when").
func TestCommonWordNoSlip(t *testing.T) {
	b := loadArticle(t, "= Bees =\n\nIn 1761 Linnaeus tried to change the name of the bee. Bees went north in 1800.\n")
	words := func(text string) (out []string) {
		q := b.analyze(text, true)
		for _, qw := range q.words {
			out = append(out, qw.text)
		}
		return out
	}
	if got := words("why did linnaeus want to change the name"); !slices.Contains(got, "want") {
		t.Errorf(`"want" reads as %q; want it as it stands`, got)
	}
	if q := b.analyze("wen did linnaeus change the name", true); q.typ != AskDate {
		t.Errorf(`"wen did ..." asks %v; want a date`, q.typ)
	}
}

// TestChatFormsAndOrdinals checks that chat shorthand reads as the word it
// stands for ("r" as "are", a stop word; "y" as "why", which asks a
// reason), but not in capitals or where an article writes it; that an
// ordinal in figures matches one in words ("9th", "Ninth"), and a count
// in figures its word; and that "date of" asks a date.
func TestChatFormsAndOrdinals(t *testing.T) {
	b := loadArticle(t, "= Symphonies =\n\nThe Ninth Symphony was first performed in 1824. Its finale sets a poem by Schiller.\n\n"+
		"Jupiter is the fifth planet from the Sun.\n")
	words := func(q *question) (out []string) {
		for _, qw := range q.words {
			out = append(out, qw.text)
		}
		return out
	}
	if q := b.analyze("how many planets r there", true); !slices.Equal(words(&q), []string{"planets"}) {
		t.Errorf(`"how many planets r there" reads %q; want only "planets"`, words(&q))
	}
	if q := b.analyze("y was the symphony performed", true); q.typ != AskReason {
		t.Errorf(`"y was the symphony performed" asks %v; want a reason`, q.typ)
	}
	if q := b.analyze("how many ppl live there", true); !slices.Contains(words(&q), "people") {
		t.Errorf(`"how many ppl live there" reads %q; want "people"`, words(&q))
	}
	if q := b.analyze("who is the president rn", true); slices.Contains(words(&q), "rn") {
		t.Errorf(`"who is the president rn" reads %q; want "rn" read as "now", a stop word`, words(&q))
	}
	if q := b.analyze("how old was he when his mum died", true); !slices.Contains(words(&q), "mother") {
		t.Errorf(`"when his mum died" reads %q; want "mother"`, words(&q))
	}
	// A general abbreviation in the plural: "pms" are prime ministers.
	if q := b.analyze("what did the two pms sign", true); !slices.Contains(words(&q), "prime") || !slices.Contains(words(&q), "ministers") {
		t.Errorf(`"what did the two pms sign" reads %q; want "prime ministers"`, words(&q))
	}
	if q := b.analyze("what is R", true); !slices.Equal(words(&q), []string{"r"}) {
		t.Errorf(`"what is R" reads %q; want "r"`, words(&q))
	}
	for _, tt := range [][2]string{{"whose poem is in the 9th symphony", "Schiller"}, {"what is the 5th planet from the sun", "Jupiter is"}} {
		if a := b.Ask(tt[0]); !a.Found || !strings.Contains(a.Text, tt[1]) {
			t.Errorf("Ask(%q) = %q; want the sentence with %q", tt[0], a.Text, tt[1])
		}
	}
	if q := b.analyze("what is the 5th planet", true); q.focus != "planet" {
		t.Errorf(`"what is the 5th planet" names its answer by %q; want "planet"`, q.focus)
	}
	// A count in figures before its noun is the number's word; "2+2" is
	// no count.
	c := loadArticle(t, "= Flights =\n\nIn 2008, direct flights began between the two countries.\n")
	if q := c.analyze("when did flights start between the 2 countries", true); !slices.Contains(words(&q), "two") {
		t.Errorf(`"the 2 countries" reads %q; want "two"`, words(&q))
	}
	if a := c.Ask("what is 2+2"); a.Found {
		t.Errorf(`Ask("what is 2+2") = %q; want a decline`, a.Text)
	}
	// Where the article writes the figure too, a figure joined to its
	// noun by a hyphen stays itself and matches the word as well.
	g := loadArticle(t, "= Gears =\n\nThe three-speed hub gear came in 1902.\n\n==Sales==\nSales rose 3 times.\n")
	q := g.analyze("who made the 3-speed hub", true)
	three := termOf(g, "three")
	if i := slices.IndexFunc(q.words, func(w qword) bool { return w.text == "3" }); i < 0 ||
		!slices.ContainsFunc(q.words[i].alts, func(a alt) bool { return a.t == three }) {
		t.Errorf(`"the 3-speed hub" reads %q; want "3" matching "three" too`, words(&q))
	}
	// A unit's symbol is the unit: "40,000 km" answers "how many
	// kilometres".
	for _, pair := range [][2]string{{"km", "kilometres"}, {"kg", "kilograms"}, {"ft", "feet"},
		// British spellings, inflected, meet the American ones.
		{"kilometres", "kilometers"}, {"centres", "center"}, {"organisations", "organization"}, {"coloured", "colored"},
		{"coloured", "colour"}, {"neighbouring", "neighbor"}, {"favourite", "favorite"}, {"analysed", "analyzed"},
		{"analysing", "analyze"}, {"catalogues", "catalog"}, {"fibres", "fiber"}} {
		if Stem(pair[0]) != Stem(pair[1]) {
			t.Errorf("%q stems as %q, %q as %q; want one stem", pair[0], Stem(pair[0]), pair[1], Stem(pair[1]))
		}
	}
	for _, pair := range [][2]string{{"poured", "pored"}, {"toured", "tored"}} {
		if Stem(pair[0]) == Stem(pair[1]) {
			t.Errorf("%q and %q stem alike (%q)", pair[0], pair[1], Stem(pair[0]))
		}
	}
	// A prefix written solid meets the article's hyphenated word.
	d := loadArticle(t, "= Event =\n\nIn 2018 the ambassador co-hosted an event on anti-Semitism at the United Nations. In 1761 the bee was given another name.\n")
	for _, text := range []string{"who cohosted the event", "when was the event on antisemitism", "when was the bee renamed"} {
		q := d.analyze(text, true)
		for _, qw := range q.words {
			if qw.text != "event" && !qw.known {
				t.Errorf("%q: %q matches nothing", text, qw.text)
			}
		}
		if a := d.Ask(text); !a.Found {
			t.Errorf("Ask(%q) declined; want the event of 2018", text)
		}
	}
	// "date of ..." asks a date without a question word, and "date" is
	// no word to match.
	if q := c.analyze("date of the first flights", true); q.typ != AskDate || slices.Contains(words(&q), "date") {
		t.Errorf(`"date of the first flights" asks %v with %q; want a date, without "date"`, q.typ, words(&q))
	}
}

// TestChatLead checks that chat before a question's question word is no
// word of the question ("hey bot, when ..."), nor interjections before a
// question put as a statement ("btw the lighthouse was designed by
// whom?"), that chat without a question is left whole, that "what's up" asks nothing the article answers, and
// that the source asked ("does the article say") is no word of it.
func TestChatLead(t *testing.T) {
	b := stagesBase(t)
	words := func(text string) (out []string) {
		q := b.analyze(text, true)
		for _, qw := range q.words {
			out = append(out, qw.text)
		}
		return out
	}
	for _, tt := range []struct {
		text string
		want []string
	}{
		{"hey bot, when was the lighthouse first lit?", []string{"lighthouse", "first", "lit"}},
		{"ok so who designed the lighthouse", []string{"designed", "lighthouse"}},
		{"lol the lighthouse is so old", []string{"lol", "lighthouse", "old"}},
		{"hey bot, was the lighthouse designed by a painter", []string{"lighthouse", "designed", "painter"}},
		{"lol this lighthouse is old", []string{"lol", "lighthouse", "old"}},
		{"who designed the lighthouse thanks", []string{"designed", "lighthouse"}},
		{"who designed the lighthouse? thank you!", []string{"designed", "lighthouse"}},
		{"please, who designed the lighthouse", []string{"designed", "lighthouse"}},
		{"hey bot, the lighthouse was designed by whom", []string{"lighthouse", "designed"}},
		{"hey bot, Who designed the lighthouse", []string{"designed", "lighthouse"}},
		{"lol ok thanks", []string{"lol", "ok"}},
		// Interjections before a question put as a statement, and chat
		// that wants to know.
		{"btw the lighthouse was designed by whom?", []string{"lighthouse", "designed"}},
		{"yo the lighthouse was designed by whom", []string{"lighthouse", "designed"}},
		{"lol the lighthouse is old?", []string{"lighthouse", "old"}},
		{"wait, who designed the lighthouse", []string{"designed", "lighthouse"}},
		{"i want to know who designed the lighthouse", []string{"designed", "lighthouse"}},
		// The source and its verb are not what is asked about.
		{"does the article say when the lighthouse was first lit", []string{"lighthouse", "first", "lit"}},
		{"according to wikipedia who designed the lighthouse", []string{"designed", "lighthouse"}},
		{"according to the article, who designed the lighthouse", []string{"designed", "lighthouse"}},
		{"According to Wikipedia, who designed the lighthouse", []string{"designed", "lighthouse"}},
	} {
		if got := words(tt.text); !slices.Equal(got, tt.want) {
			t.Errorf("%q reads %q; want %q", tt.text, got, tt.want)
		}
	}
	// Chat changes nothing of the answer, its score included: the word
	// pairs a fact copies are the question's own.
	for _, text := range []string{"who designed the lighthouse", "when was the lighthouse first lit?"} {
		want := b.Ask(text)
		for _, chat := range []string{"hey bot, " + text, text + " thanks", "btw " + text} {
			if got := b.Ask(chat); got.Text != want.Text || got.Score != want.Score {
				t.Errorf("Ask(%q) = %q (%.3f); want %q (%.3f), as without chat", chat, got.Text, got.Score, want.Text, want.Score)
			}
		}
	}
	if q := b.analyze("what does wikipedia say about the lighthouse", true); q.typ == AskQuote {
		t.Errorf(`"what does wikipedia say about the lighthouse" asks for a quotation`)
	}
	for _, text := range []string{"hey bot whats up", "yo what's up"} {
		if a := b.Ask(text); a.Found {
			t.Errorf("Ask(%q) = %q; want a decline", text, a.Text)
		}
	}
}

// TestLowerShouted checks which questions are read as shouted: capitals
// only, and more than one acronym's worth.
func TestLowerShouted(t *testing.T) {
	for _, tt := range [][2]string{
		{"WHEN DID FIDELIO OPEN?", "when did fidelio open?"},
		{"WHO IS BEETHOVEN 😀", "who is beethoven 😀"},
		{"IHRA?", "IHRA?"},
		{"What does IHRA stand for?", "What does IHRA stand for?"},
		{"I", "I"},
		{"", ""},
	} {
		if got := lowerShouted(tt[0]); got != tt[1] {
			t.Errorf("lowerShouted(%q) = %q; want %q", tt[0], got, tt[1])
		}
	}
}

// TestLowerCaseProperNames checks that a place WordNet names with a
// proper adjective, typed in lower case and in no article, is a name the
// articles never mention, as it is in sentence case.
func TestLowerCaseProperNames(t *testing.T) {
	b := stagesBase(t)
	for _, text := range []string{"what is the population of china?", "What is the population of China?", "what is the capital of greece"} {
		if q := b.analyze(text, true); !q.unknownName {
			t.Errorf("%q names nothing the article lacks; want greece and china to be names", text)
		}
	}
	if q := b.analyze("who designed the lighthouse", true); q.unknownName {
		t.Errorf("%q names something the article lacks", "who designed the lighthouse")
	}
}

// TestUnitDims checks the dimension read from the unit after a number:
// symbols and words, a scale word first, "per hour" making a speed, and
// "degrees" a temperature only with its scale's name.
func TestUnitDims(t *testing.T) {
	for _, tc := range []struct {
		after string
		want  uint8
	}{
		{" m (29,031.7 ft)", dimLength},
		{" km across.", dimLength},
		{"-metre wall", dimLength},
		{" million kilometres from the Sun", dimLength},
		{" °C and can drop", dimTemperature},
		{" degrees Celsius", dimTemperature},
		{" degrees south of the equator", 0},
		{" km/h.", dimSpeed},
		{" kilometres per hour", dimSpeed},
		{" bits per second", dimSpeed}, // a count per second: a rate
		{" visitors a day", 0},
		{" years old", dimTime},
		{" tonnes of coal", dimMass},
		{" km², under", dimArea},
		{" square miles", dimArea},
		{" people", 0},
		{" stone plaques", 0},
		{"", 0},
		{" " + strings.Repeat("k", 40), 0},
	} {
		if got := unitDims(tc.after); got != tc.want {
			t.Errorf("unitDims(%q) = %b; want %b", tc.after, got, tc.want)
		}
	}
}

// TestIsSum checks which numbers are sums of money.
func TestIsSum(t *testing.T) {
	for _, tc := range []struct {
		text, num string
		want      bool
	}{
		{"It cost £14,000 to build.", "14,000", true},
		{"It cost US$375 million.", "375", true},
		{"They paid 3 million euros for it.", "3", true},
		{"Two million pounds were paid.", "Two million", true},
		{"About 40% of them voted.", "40", false},
		{"Mount Tor was first climbed by 3 climbers.", "3", false},
		{"It weighs 20 tonnes.", "20", false},
	} {
		start := strings.Index(tc.text, tc.num)
		it := item{start: start, end: start + len(tc.num)}
		if got := isSum(tc.text, &it); got != tc.want {
			t.Errorf("isSum(%q, %q) = %v; want %v", tc.text, tc.num, got, tc.want)
		}
	}
}

// TestQuestionDims checks the dimension a question asks: a quantity after
// "how" or a form of "weigh", a sum after "how many" and a currency; none
// for a count or a date.
func TestQuestionDims(t *testing.T) {
	b := loadArticle(t, "= Mount Tor =\n\nMount Tor is a mountain in Norland.\n\n"+
		"==Height==\nMount Tor is 4,210 m high. Its summit is about −30 °C in winter.\n")
	for _, tc := range []struct {
		q    string
		want uint8
	}{
		{"How tall is Mount Tor?", dimLength},
		{"how cold does the summit get", dimTemperature},
		{"When was the summit weighed?", 0},
		{"How much does the summit weigh?", dimMass},
		{"How many people climbed Mount Tor?", 0},
		{"How much did the survey cost?", dimMoney},
		{"how much was the guide paid", dimMoney},
		{"How much is a ticket to the summit?", dimMoney}, // a price
		{"How many tickets were sold?", 0},
		{"How many people paid to climb?", 0},
		// A sum in a currency, not a count; "pounds" may be a weight.
		{"How many shillings did the guide charge?", dimMoney},
		{"How many pounds does the summit cairn weigh?", dimMass},
	} {
		q := b.analyze(tc.q, true)
		if q.dims != tc.want {
			t.Errorf("analyze(%q).dims = %b; want %b", tc.q, q.dims, tc.want)
		}
		if want := strings.HasPrefix(tc.q, "How many") && tc.want == 0 || strings.Contains(tc.q, "pounds"); q.count != want {
			t.Errorf("analyze(%q).count = %v; want %v", tc.q, q.count, want)
		}
	}
}

// TestFitUnit checks the rank feature of a number with a unit of the
// dimension asked: the height for "how tall", not the count of climbers
// nor the year.
func TestFitUnit(t *testing.T) {
	b := loadArticle(t, "= Mount Tor =\n\nMount Tor is a mountain in Norland.\n\n"+
		"==Climbing==\nMount Tor was first climbed in 1921 by 3 climbers from Port Maren.\n\n"+
		"==Height==\nMount Tor is 4,210 m tall by the survey of 1950.\n")
	r := b.run("How tall is Mount Tor?", nil)
	defer b.release(r)
	want := map[string]float32{"Mount Tor was first": 0, "Mount Tor is 4,210": 1}
	for j, h := range r.hits {
		text := b.facts[h.fact].Text
		for open, w := range want {
			if strings.HasPrefix(text, open) {
				if got := r.xs[j][fFitUnit]; got != w {
					t.Errorf("fitUnit of %q = %v; want %v", text, got, w)
				}
				delete(want, open)
			}
		}
	}
	if len(want) > 0 {
		t.Errorf("not retrieved: %v", want)
	}
}

// TestMeasureCandidates checks that a question asking a measure ("how
// tall") gets, beyond the first k facts retrieval keeps, the best facts
// that hold a number in a unit of that dimension, and that such a fact
// shares the measure word for the rules.
func TestMeasureCandidates(t *testing.T) {
	var sb strings.Builder
	sb.WriteString("= Mount Tor =\n\nInfobox\n- Elevation: 4,210 m\n- Named after: Tor, a shepherd\n\n")
	sb.WriteString("Mount Tor is a mountain in Norland.\n\n==Climbing==\n")
	for _, c := range []string{"Ana", "Bea", "Cyd", "Dov", "Eli", "Fay", "Gus", "Hal", "Ivo", "Jon", "Kai", "Lev"} {
		fmt.Fprintf(&sb, "The climber %s reached the top of Mount Tor, tall and steep.\n", c)
	}
	b := loadArticle(t, sb.String())
	k := b.m.k
	r := b.run("How tall is Mount Tor?", nil)
	defer b.release(r)
	if len(r.hits) <= k {
		t.Fatalf("%d hits; want more than the first %d", len(r.hits), k)
	}
	found := false
	for _, h := range r.hits {
		f := b.facts[h.fact]
		switch {
		case strings.HasPrefix(f.Text, "Elevation"):
			found = true
			if !b.sharesSpecific(&r.q, h.fact) {
				t.Errorf("%q shares no specific word with the question", f.Text)
			}
		case strings.HasPrefix(f.Text, "Named after"):
			t.Errorf("%q, with no measure, joined the candidates", f.Text)
		}
	}
	if !found {
		t.Errorf("the elevation is not among the candidates")
	}
	// A question asking no measure gets the first k alone.
	r2 := b.run("Who reached the top of Mount Tor?", nil)
	defer b.release(r2)
	if len(r2.hits) > k {
		t.Errorf("%d hits for a question asking no measure; want at most %d", len(r2.hits), k)
	}
}

func TestKeepBest(t *testing.T) {
	var top [3]hit
	n := 0
	for i, s := range []float32{1, 5, 3, 4, 2, 6} {
		n = keepBest(top[:], n, hit{int32(i), s})
	}
	got := []float32{top[0].score, top[1].score, top[2].score}
	if n != 3 || !slices.Equal(got, []float32{6, 5, 4}) {
		t.Errorf("keepBest kept %d: %v; want 3: [6 5 4]", n, got)
	}
}

// checkSpanFeature checks span feature feat of the span candidates of a
// question's retrieved facts, by their text: want holds each text's
// value, and every text must be a candidate.
func checkSpanFeature(t *testing.T, b *Base, q string, feat int, want map[string]float32) {
	t.Helper()
	want = maps.Clone(want)
	for _, c := range spanCandsOf(b, q) {
		if w, ok := want[c.text()]; ok {
			if got := c.x[feat]; got != w {
				t.Errorf("%q: %s of %q = %v; want %v", q, spanFeatureNames[feat], c.text(), got, w)
			}
			delete(want, c.text())
		}
	}
	if len(want) > 0 {
		t.Errorf("%q: no span candidates %v", q, want)
	}
}

// spanCandsOf returns the span candidates of each of a question's
// retrieved facts, fact by fact.
func spanCandsOf(b *Base, q string) []spanCand {
	r := b.run(q, nil)
	defer b.release(r)
	var out []spanCand
	for _, h := range r.hits {
		out = b.spanCands([]*Fact{b.facts[h.fact]}, &r.q, &r.s, out)
	}
	return out
}

// TestSpanOrder checks the span feature for an item standing between the
// question's words in the question's order.
func TestSpanOrder(t *testing.T) {
	b := loadArticle(t, "= Race =\n\nThe race was first run in 1903. Sixty riders started and 21 finished.\n")
	checkSpanFeature(t, b, "How many riders finished in 1903?", sOrder, map[string]float32{"Sixty": 0, "21": 1})
}

// TestSpanNoInitial checks that an initial the names cut off is no
// span candidate: "President F. W. de Klerk" gives the name "F".
func TestSpanNoInitial(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Peace==\n"+
		"In 1990 Ana Vell met President F. W. de Klerk in Brenn.\n")
	q := "Who did Ana Vell meet in 1990?"
	var texts []string
	for _, c := range spanCandsOf(b, q) {
		texts = append(texts, c.text())
	}
	if len(texts) == 0 || slices.ContainsFunc(texts, func(s string) bool { return len(s) == 1 }) {
		t.Errorf("%q: span candidates %q; want some, and no initial alone", q, texts)
	}
}

// TestSpanCounted checks the span feature for a number with the thing
// "how many" counts right after it.
func TestSpanCounted(t *testing.T) {
	b := loadArticle(t, "= Race =\n\nThe race was first run in 1903. Sixty riders started and 21 finished.\n")
	checkSpanFeature(t, b, "How many riders started in 1903?", sCounted, map[string]float32{"Sixty": 1, "21": 0})
}

// TestSpanOwner checks the span feature for an item whose nearest name
// of the question before it is the one the question writes as an owner,
// by a possessive or a people's adjective, and that no other question
// has it.
func TestSpanOwner(t *testing.T) {
	b := loadArticle(t, "= Norland–Sarnia relations =\n\nNorland and Sarnia are neighbours.\n\n"+
		"==Missions==\nNorland has an embassy in Vell, Sarnia, and Sarnia has an embassy in Brenn, Norland.\n\n"+
		"In 2001 the Sarnian President visited Norland.\n")
	for q, want := range map[string]map[string]float32{
		"Where is Sarnia's embassy in Norland?":          {"Brenn": 1, "Vell": 0},
		"Where is the Sarnian embassy?":                  {"Brenn": 1, "Vell": 0},
		"Where is Norland's embassy?":                    {"Brenn": 0, "Vell": 1},
		"Where are the embassies of Norland and Sarnia?": {"Brenn": 0, "Vell": 0}, // no owner
	} {
		checkSpanFeature(t, b, q, sOwner, want)
	}
}

// TestSpanClause checks the span feature for the share of the question's
// words that stand in an item's clause.
func TestSpanClause(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Riding==\n"+
		"After Ana Vell set a record on a Velo in 1933, the league banned recumbents from its races in 1934.\n")
	checkSpanFeature(t, b, "When did the league ban recumbents?", sClause, map[string]float32{"1933": 0, "1934": 1})
	for _, tt := range []struct {
		gap  string
		want bool
	}{{" ", false}, {", ", true}, {"; ", true}, {" (", true}, {" – ", true}, {" and ", false}} {
		if got := clauseBreak(tt.gap); got != tt.want {
			t.Errorf("clauseBreak(%q) = %v; want %v", tt.gap, got, tt.want)
		}
	}
}

// TestUnitMiss checks the decision feature for a measure asked ("how
// much did it cost", "how deep") that the chosen fact holds no number in
// a unit of.
func TestUnitMiss(t *testing.T) {
	b := loadArticle(t, "= Port Maren =\n\nPort Maren is a town in Norland.\n\n"+
		"==Harbour==\nThe new harbour cost £2 million and opened in 1950.\n\n"+
		"==Bridge==\nThe bridge was built in 1901 by 300 workers.\n\n"+
		"==Lake==\nThe lake is 40 metres deep.\n")
	for _, tt := range []struct {
		q    string
		fact string // the chosen fact opens so
		want float32
	}{
		{"How much did the new harbour cost?", "The new harbour", 0},
		{"How deep is the lake?", "The lake", 0},
		{"How many workers built the bridge?", "The bridge", 0}, // a count, no measure
		{"How much did the bridge cost?", "The bridge", 1},      // of the article without the harbour
	} {
		if strings.HasSuffix(tt.q, "bridge cost?") {
			b = loadArticle(t, "= Port Maren =\n\nPort Maren is a town in Norland.\n\n"+
				"==Bridge==\nThe bridge was built in 1901 by 300 workers.\n")
		}
		checkDecideFeature(t, b, tt.q, tt.fact, "unitMiss", dUnitMiss, tt.want)
	}
}

// checkDecideFeature checks that question q chooses the fact opening
// with fact and that decision feature k (named name) of that choice is
// want.
func checkDecideFeature(t *testing.T, b *Base, q, fact, name string, k int, want float32) {
	t.Helper()
	r := b.run(q, nil)
	defer b.release(r)
	if r.chosen < 0 {
		t.Errorf("%q: nothing chosen", q)
		return
	}
	if text := b.facts[r.hits[r.chosen].fact].Text; !strings.HasPrefix(text, fact) {
		t.Errorf("%q: chose %q; want the fact opening %q", q, text, fact)
	}
	d := b.decideFeatures(&r.q, &r.s, r.hits, r.xs, r.scores, r.chosen, b.neighbour(r, r.chosen, b.m.join))
	if d[k] != want {
		t.Errorf("%q: %s = %v; want %v", q, name, d[k], want)
	}
}

// TestVerbMiss checks the decision feature of a deed asked whose verb
// the chosen fact writes in no form or synonym.
func TestVerbMiss(t *testing.T) {
	b := loadArticle(t, "= Port Maren =\n\nPort Maren is a town in Norland.\n\n"+
		"==History==\nIn 1901 Karl Brenn started the harbour company.\n\n"+
		"The harbour company built the lighthouse of Port Maren.\n\n"+
		"In 1950 Karl Brenn sold his house in Vell.\n")
	for _, tt := range []struct {
		q    string
		fact string // the chosen fact opens so
		want float32
	}{
		{"Who started the harbour company?", "In 1901 Karl Brenn", 0},
		{"Who began the harbour company?", "In 1901 Karl Brenn", 0}, // a synonym
		{"Who painted the lighthouse of Port Maren?", "The harbour company built", 1},
		{"When did Karl Brenn start the harbour company?", "In 1901 Karl Brenn", 0},
		{"When did Karl Brenn sell the harbour company?", "In 1901 Karl Brenn", 1},
		{"What did the harbour company build?", "The harbour company built", 0}, // no deed of a name asked
	} {
		checkDecideFeature(t, b, tt.q, tt.fact, "verbMiss", dVerbMiss, tt.want)
	}
}

// TestLacksUnit checks the rule that a measure other than a time is not
// answered by a fact (nor the sentence before it) with no number in a
// unit of it, as "when" is not by one with no date, and that a share
// answers "how many" only of what it is a share of.
func TestLacksUnit(t *testing.T) {
	b := loadArticle(t, "= Port Maren =\n\nPort Maren is a town in Norland.\n\n"+
		"==Bridge==\nThe bridge was built in 1901 by 300 workers.\n\n"+
		"==Lake==\nThe lake is 40 metres deep.\n\n"+
		"==Travel==\nMore than a quarter of all trips in the town are made by bike.\n")
	fact := func(open string) int32 { return factOpening(t, b, open) }
	for _, tt := range []struct {
		q, fact string
		want    bool
	}{
		{"How deep is the lake?", "The lake", false},
		{"How deep is the bridge?", "The bridge", true},
		{"How much did the bridge cost?", "The bridge", true},
		{"How many workers built the bridge?", "The bridge", false},    // a count
		{"How long did the bridge take to build?", "The bridge", true}, // a year and a count tell no time
		// A share of what "how many" counts says how many; of
		// something else, it counts nothing asked.
		{"How many trips are made by bike?", "More than a quarter", false},
		{"How many bikes are there?", "More than a quarter", true},
	} {
		q := b.analyze(tt.q, true)
		if got := b.lacksKind(&q, fact(tt.fact)); got != tt.want {
			t.Errorf("%q of %q: lacksKind = %v; want %v", tt.q, tt.fact, got, tt.want)
		}
	}
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"how much of the budget went on interest", true},
		{"how much did the bridge cost", false},
	} {
		if got := howMuchOf(strings.Fields(tt.q)); got != tt.want {
			t.Errorf("howMuchOf(%q) = %v; want %v", tt.q, got, tt.want)
		}
	}
}

// TestLyAdverbs checks that an adverb made of an adjective by "-ly" is
// read as a vague word of the question, and that words merely ending in
// "ly" are not.
func TestLyAdverbs(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"commonly", true},
		{"specifically", true},
		{"originally", true},
		{"historically", true},
		{"assembly", false},
		{"monopoly", false},
		{"butterfly", false},
		{"family", false},
		{"italy", false},
		{"mainly", false}, // too short to tell from "belly" or "rally"
	} {
		if got := lyAdverb(tc.w); got != tc.want {
			t.Errorf("lyAdverb(%q) = %v; want %v", tc.w, got, tc.want)
		}
	}
	b := loadArticle(t, "= Mount Tor =\n\nMount Tor is a mountain in Norland.\n\n==Climbing==\nMount Tor was first climbed in 1921 by the shepherd Ana Vell.\n")
	q := b.analyze("Who originally climbed Mount Tor?", true)
	for _, qw := range q.words {
		if want := qw.text == "originally"; qw.light != want {
			t.Errorf("%q: light %v; want %v", qw.text, qw.light, want)
		}
	}
}

// TestFitDay checks the rank feature of a date that names its day: for
// "when", the sentence of the event with its day, not one with a year
// alone; for other questions, none.
func TestFitDay(t *testing.T) {
	b := loadArticle(t, "= Mount Tor =\n\nMount Tor is a mountain in Norland.\n\n"+
		"==Climbing==\nMount Tor was first climbed in 1921 by Ana Vell.\n\n"+
		"==Record==\nMount Tor was climbed in winter on 3 March 1950 by Bea Lund.\n")
	for _, tc := range []struct {
		q    string
		want map[string]float32
	}{
		{"When was Mount Tor climbed?", map[string]float32{"Mount Tor was first": 0, "Mount Tor was climbed in winter": 1}},
		{"Who climbed Mount Tor?", map[string]float32{"Mount Tor was first": 0, "Mount Tor was climbed in winter": 0}},
	} {
		r := b.run(tc.q, nil)
		for j, h := range r.hits {
			text := b.facts[h.fact].Text
			for open, w := range tc.want {
				if strings.HasPrefix(text, open) {
					if got := r.xs[j][fFitDay]; got != w {
						t.Errorf("%q: fitDay of %q = %v; want %v", tc.q, text, got, w)
					}
					delete(tc.want, open)
				}
			}
		}
		b.release(r)
		if len(tc.want) > 0 {
			t.Errorf("%q: not retrieved: %v", tc.q, tc.want)
		}
	}
}

// TestAlternative checks that an unsure answer (below Unsure) offers the
// answer the re-ranker scores next, quoting other sentences, with their
// sections; and that a sure answer and a declined question offer none.
func TestAlternative(t *testing.T) {
	b, err := Load(DefaultArticle)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		q      string
		offers bool
	}{
		{"Which Israeli unit helped after the 2019 earthquake?", true}, // answered rightly, unsure
		{"when were relations established?", false},
		{"Who painted the Mona Lisa?", false}, // declined
	} {
		a := b.Ask(tt.q)
		if tt.offers != (a.Found && a.Score < Unsure) {
			t.Fatalf("%q: found %v at %v; the test wants it %s", tt.q, a.Found, a.Score, map[bool]string{true: "answered unsure", false: "sure or declined"}[tt.offers])
		}
		if (a.Alternative != nil) != tt.offers {
			t.Errorf("%q: alternative %+v; want one: %v", tt.q, a.Alternative, tt.offers)
			continue
		}
		if alt := a.Alternative; alt != nil {
			if alt.Text == "" || len(alt.Citations) == 0 {
				t.Errorf("%q: alternative %+v lacks its text or sections", tt.q, alt)
			}
			for _, f := range a.Facts {
				if strings.Contains(alt.Text, f.Text) {
					t.Errorf("%q: the alternative %q repeats the answer's %q", tt.q, alt.Text, f.Text)
				}
			}
		}
	}
}

// TestPassage checks that an answer quotes the chosen fact's companion (a
// sentence of its paragraph or any infobox line; an infobox line's, any
// sentence) when the re-ranker scores it nearly as well (model.join), a
// sentence in the paragraph's order, and a single fact otherwise.
func TestPassage(t *testing.T) {
	b, err := Load(DefaultArticle)
	if err != nil {
		t.Fatal(err)
	}
	// passage puts a neighbour in its place, once.
	var run []*Fact // three sentences in a row of one paragraph
	for _, f := range b.facts {
		// A merged repeat stands where its fuller copy does: its
		// paragraph may be another.
		if f.prev != nil && f.prev.prev != nil && f.prev.para == f.para && f.prev.prev.para == f.para {
			run = []*Fact{f.prev.prev, f.prev, f}
			break
		}
	}
	if run == nil {
		t.Fatal("no three sentences in a row")
	}
	a, m, c := run[0], run[1], run[2]
	for _, tt := range []struct {
		facts []*Fact
		g     *Fact
		want  []*Fact
	}{
		{[]*Fact{m}, a, []*Fact{a, m}},
		{[]*Fact{m}, c, []*Fact{m, c}},
		{[]*Fact{a, m}, c, []*Fact{a, m, c}},
		{[]*Fact{m, c}, a, []*Fact{a, m, c}},
		{[]*Fact{a, m}, a, []*Fact{a, m}},
	} {
		if got := passage(tt.facts, tt.g); !slices.Equal(got, tt.want) {
			t.Errorf("passage(%v, %v) = %v, want %v", ids(tt.facts), tt.g.ID, ids(got), ids(tt.want))
		}
	}
	// An infobox line and any sentence are quoted together, the chosen
	// first; two sentences only of one paragraph, two lines never.
	var box *Fact
	for _, f := range b.facts {
		if f.Kind == KindInfobox {
			box = f
			break
		}
	}
	if box == nil {
		t.Fatal("no infobox line")
	}
	if got := passage([]*Fact{box}, c); !slices.Equal(got, []*Fact{box, c}) {
		t.Errorf("passage(infobox line, sentence) = %v, want %v", ids(got), ids([]*Fact{box, c}))
	}
	if got := passage([]*Fact{c}, box); !slices.Equal(got, []*Fact{c, box}) {
		t.Errorf("passage(sentence, infobox line) = %v, want %v", ids(got), ids([]*Fact{c, box}))
	}
	// Two sentences of one paragraph apart: in the article's order, set
	// apart in the answer's text.
	if got := passage([]*Fact{c}, a); !slices.Equal(got, []*Fact{a, c}) {
		t.Errorf("passage(%d, %d) = %v, want %v", c.ID, a.ID, ids(got), ids([]*Fact{a, c}))
	}
	if got := b.answer("", []*Fact{a, c}).Text; got != a.Text+"\n\n"+c.Text {
		t.Errorf("answer quoting %d and %d = %q, want them apart", a.ID, c.ID, got)
	}
	var other *Fact // a sentence of another paragraph
	for _, f := range b.facts {
		if f.Kind == KindSentence && f.para != a.para {
			other = f
			break
		}
	}
	if other == nil {
		t.Fatal("no second paragraph")
	}
	for _, tt := range []struct {
		f, g *Fact
		want bool
	}{
		{m, a, true}, {m, c, true}, {a, c, true}, {c, a, true}, {a, other, false}, {m, m, false},
		{box, c, true}, {c, box, true}, {box, box, false},
	} {
		if got := companions(tt.f, tt.g); got != tt.want {
			t.Errorf("companions(%d, %d) = %v, want %v", tt.f.ID, tt.g.ID, got, tt.want)
		}
	}
	if b.m.join <= 0 {
		t.Skip("the fitted model joins no sentences")
	}
	for _, tt := range []struct {
		q    string
		want int // sentences quoted
	}{
		{"What did Ambassador Kadare say about the Talmud translation?", 2}, // "Ambassador Kadare opined: …" after the event it speaks of
		{"when were relations established?", 1},
	} {
		r := b.run(tt.q, nil)
		c := r.chosen
		k := b.neighbour(r, c, 1e9)
		margin := float32(-1)
		if k >= 0 {
			margin = r.scores[c] - r.scores[k]
		}
		b.release(r)
		ans := b.Ask(tt.q)
		if len(ans.Facts) != tt.want {
			t.Errorf("%q: quotes %d sentences (the neighbour's margin %.2f, join %.2f), want %d: %q", tt.q, len(ans.Facts), margin, b.m.join, tt.want, ans.Text)
			continue
		}
		for i := 1; i < len(ans.Facts); i++ {
			if ans.Facts[i].prev != ans.Facts[i-1] {
				t.Errorf("%q: sentences %d and %d of the passage are not in a row: %q", tt.q, i-1, i, ans.Text)
			}
		}
	}
}

func ids(fs []*Fact) []int {
	out := make([]int, len(fs))
	for i, f := range fs {
		out[i] = f.ID
	}
	return out
}

// TestSlipReadAs checks that a word in lower case no article has, and no
// word of English as it stands, one slip from a word of English, is read
// as that word: its forms and its synonyms that the article writes, where
// the article has none of its own spelling to repair it to.
func TestSlipReadAs(t *testing.T) {
	b := loadArticle(t, "= Port Maren =\n\nPort Maren is a town in Norland.\n\n==History==\n"+
		"The harbour school gave naval engineers their training from 1911.\n\n==Money==\n"+
		"The portrait of Edith Carrow appeared on the Norland ten-crown note from 1990 to 2005.\n")
	term := func(stem string) int32 {
		id, ok := b.stemTerm(stem)
		if !ok {
			t.Fatalf("the article has no term %q", stem)
		}
		return id
	}
	for _, tt := range []struct {
		q, word string
		want    int32 // a term the word matches
	}{
		{"When were naval engineers traned?", "traned", term("train")},         // "trained", the article's "training"
		{"Which banknoote had Edith Carrow on it?", "banknoote", term("note")}, // "banknote", whose synonym is "note"
	} {
		q := b.analyze(tt.q, true)
		i := slices.IndexFunc(q.words, func(qw qword) bool { return qw.text == tt.word })
		if i < 0 {
			t.Errorf("%q: no word %q in %v", tt.q, tt.word, q.words)
			continue
		}
		if !slices.ContainsFunc(q.words[i].alts, func(a alt) bool { return a.t == tt.want }) {
			t.Errorf("%q: %q matches %v, not the article's %q", tt.q, tt.word, q.words[i].alts, b.stems[tt.want])
		}
	}
	// A capitalised word is a name, not a slip; a word of English as it
	// stands is not read as another.
	for _, q := range []string{"Who is Banknoote?", "When did the quake hit?"} {
		for _, qw := range b.analyze(q, true).words {
			if slices.ContainsFunc(qw.alts, func(a alt) bool { return a.t == term("note") }) {
				t.Errorf("%q: %q matches the article's note", q, qw.text)
			}
		}
	}
	if a := b.Ask("Which banknoote had Edith Carrow on it?"); !a.Found || !strings.Contains(a.Text, "ten-crown note") {
		t.Errorf("Ask(banknoote) = %q (found %v), want the ten-crown note", a.Text, a.Found)
	}
}

// TestSuggestNames checks that a declined question suggests a name's
// topic only when it holds most of the name's words: one shared word
// ("world", "national") is no sign the member meant it.
func TestSuggestNames(t *testing.T) {
	b, err := Load(DefaultArticle)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		q       string
		want    string // suggested, or ""
		notWant string // not suggested, or ""
	}{
		{"when did world war 2 end", "World War II", ""},
		{"When was Tel Aviv founded?", "Tel Aviv", ""},
		{"who won the world cup in 2018", "", "World War II"},
		{"What is the national dish of Albania?", "", "National Rescue Unit"},
		{"Who is the prime minister of the United Kingdom?", "", "United Nations"},
	} {
		a := b.Ask(tt.q)
		if a.Found {
			t.Errorf("%q: answered %q, want declined", tt.q, a.Text)
			continue
		}
		if tt.want != "" && !slices.Contains(a.Suggestions, tt.want) {
			t.Errorf("%q: suggests %q, want %q among them", tt.q, a.Suggestions, tt.want)
		}
		if tt.notWant != "" && slices.Contains(a.Suggestions, tt.notWant) {
			t.Errorf("%q: suggests %q, not wanting %q", tt.q, a.Suggestions, tt.notWant)
		}
	}
}

// TestDefinedPhrase checks which questions ask what an everyday word
// means, and the phrase they ask about.
func TestDefinedPhrase(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland signed a treaty of peace in 1955. The Tor Festival is held each spring.\n")
	tests := []struct{ q, want string }{
		{"what is peace", "peace"},
		{"What's a treaty?", "treaty"},
		{"what are treaties exactly", "treaties"},
		{"What does interfaith dialogue mean?", "interfaith dialogue"},
		{"what's the meaning of courage", "courage"},
		{"What is the definition of a treaty?", "treaty"},
		{"define peace", "peace"},
		{"explain interfaith dialogue", "interfaith dialogue"},
		{"describe a treaty", "treaty"},
		{"what does an ambassador do", "ambassador"},
		{"what does an ambassador actually do?", "ambassador"},
		{"hey bot, what is peace?", "peace"},
		{"define peace for me", "peace"},
		{"explain interfaith dialogue to me please", "interfaith dialogue"},
		// What a verb means: the words after "to", to a stop word.
		{"what does it mean to sign a treaty", "sign"},
		{"What does it mean for a country to recognize a state?", "recognize"},
		// A name, "the" before it or not, asks what it is too; a phrase
		// of ordinary words with "the" or a name, where a fact writes it
		// as a name.
		{"What is the Tor Festival?", "tor festival"},
		{"what is the Tor Festival about", "tor festival"},
		{"what is the Star of Tor", "star tor"},
		{"What is the Tor peace?", "tor peace (as a name)"},
		{"what was the long march", "long march (as a name)"},
		// "who is" asks what a name is, and only a name.
		{"who was Tor Festival", "tor festival"},
		{"who is the ambassador", ""},
		{"What does the Tor Festival represent?", "tor festival"},
		{"what does NRF stand for", "nrf"},
		// The article's own thing, a name with a word, a title word,
		// or more than a word's meaning: no question of definition.
		{"What is the treaty?", ""},
		{"What is Norland?", ""},
		{"What is the capital of Norland?", ""},
		{"What does the ambassador do?", ""},
		{"When was the treaty of peace signed?", ""},
		{"what is the difference between peace and war", ""},
		{"what eats treaties", ""},
		{"whats a treaty", "treaty"},
		// The language a meaning is wanted in, which no article has, is
		// no name asked: "Tor" is defined.
		{"What does interfaith dialogue mean in English?", "interfaith dialogue"},
	}
	for _, tt := range tests {
		r := b.run(tt.q, nil)
		got := ""
		if r.q.defAt >= 0 {
			got = phraseOf(r.q.words[r.q.defFrom : r.q.defAt+1])
		}
		if r.q.defCaps {
			got += " (as a name)"
		}
		b.release(r)
		if got != tt.want {
			t.Errorf("%q: defines %q; want %q", tt.q, got, tt.want)
		}
	}
}

// TestGlossed checks where a sentence says what a word is, and where it
// only uses it.
func TestGlossed(t *testing.T) {
	tests := []struct {
		text, word string
		want       bool
	}{
		{"In June 1661 Newton entered Trinity College as a subsizar, a poor student who paid his way.", "subsizar", true},
		{"It appears in sushi and in takoyaki, wheat-flour balls filled with octopus, and in Korea it is eaten raw.", "takoyaki", true},
		{"Substances called adjuvants are added to many vaccines.", "adjuvants", true},
		{`It was copied by other industries as "lean manufacturing", for the Corolla.`, "lean manufacturing", true},
		{"A game can end in a draw by stalemate, when the player to move has no legal move.", "stalemate", true},
		{`Linnaeus named the bee Apis mellifera, "honey-bearing bee", in 1758.`, "mellifera", true},
		{"So that Nf3 means a knight moving to f3.", "Nf3", true},
		{"The monument is made of a Star of David-shaped stone.", "monument", true},
		{"Magma (molten rock) rises through the crust.", "Magma", true},
		{"The Dutch East India Company brought the first tea to Europe.", "Dutch East India Company", false}, // what a name did, not what it is
		{"The Dutch East India Company was a trading company.", "Dutch East India Company", true},
		{"The en passant rule lets a pawn take a pawn that has just passed it.", "en passant rule", true},
		{"Her keel was laid under the Marren Gantry, beside her sister Olympic.", "Marren Gantry", false}, // where, not what
		{"The young hatch as tiny paralarvae that drift in the plankton for weeks.", "paralarvae", true},
		{"Related events include wheelchair races and ultramarathons, any race longer than a marathon.", "ultramarathons", true},
		{"Related events include the half marathon of 21.0975 km.", "half marathon", true},                      // a measure it is of
		{"Trade grew after the war of 1812 ended.", "war", false},                                               // a year is no measure
		{"Lava flowed for months, and the famine that followed killed a fifth of the people.", "famine", false}, // which famine, not what one is
		{"Advertising vehicles drive ahead of the riders, the publicity caravan.", "publicity caravan", true},
		{`Berisha said: "Peace between Israel and the Palestinians must go through Tirana."`, "Peace", false},
		{"They signed a joint declaration of friendship, a medical research agreement, and an agreement on visas.", "friendship", false},
		{"We appreciate that display of humanity, civility, and courage in our darkest hours.", "humanity", false},
		{"We strengthen our social traditions, peace, stability and tolerance.", "peace", false},
		{"It opens a new lane in intercultural and interfaith dialogue, bringing hope to people.", "interfaith dialogue", false},
		{"After the collapse of communism in Albania, most Jews left.", "communism", false},
		{"Its Jewish population rose from 200 to 3,000.", "population", false},
		{"An eruption of VEI 8, a supereruption, ejects more than 1,000 cubic kilometres.", "supereruption", true},
		{"Hoe invented a rotary press, in which the type was fixed to a revolving cylinder.", "rotary press", true},
		{"Carbon dioxide enters through small pores called stomata, each opened by guard cells.", "stomata", true},
		{"Plants that use crassulacean acid metabolism, or CAM, open their stomata at night.", "CAM", true},
		{"Arabica is traded as futures on the New York exchange.", "futures", false},
		{"Gutenberg was born in Mainz and trained as a goldsmith.", "goldsmith", false},
		{"They squirt a cloud of ink that contains melanin, to confuse predators.", "melanin", false},
		{"Most were printed on paper and some on vellum, in a gothic textura typeface.", "vellum", false},
		{"Successors: steam press, rotary press, offset lithography", "offset lithography", false},
		{"The film, about an octopus in a kelp forest, won the Academy Award.", "kelp forest", false},
		{"Mission1: Albanian embassy, Tel Aviv", "embassy", false},
		{"Reservoir: Lake Mead", "Reservoir", false},
		{"Gatun Lake was formed by damming the Chagres River.", "Gatun Lake", false},
		{"Bronze is made of copper and tin.", "Bronze", false},
		{"Magma is molten rock.", "Magma", true},
		{"Lake Mead was named after Elwood Mead.", "Lake Mead", true},
		// The phrase as a word, opening its clause, says what it is.
		{"The word Hanse is an old German term for a group of merchants.", "Hanse", true},
		{"The name Istanbul comes from the medieval Greek phrase eis tin polin.", "Istanbul", true},
		{"The word checkmate comes from the Persian phrase shāh māt.", "checkmate", true},
		{"In 1980 the town gave the name Hanse to a cultural association.", "Hanse", false},
		{"The term Hanse was adopted by the towns.", "Hanse", false},
		// What letters stand for, after a comma.
		{"The prefix RMS, for Royal Mail Ship, meant that it carried mail.", "RMS", true},
		{"Tickets, for the most part, were sold out.", "Tickets", false},
		// A verb or a measure after the comma goes on with the sentence.
		{"Soldiers in the Nile Delta, found it built into a wall.", "Delta", false},
		{"A thick layer of sediment, several kilometres deep, lies on the bottom.", "sediment", false},
		{"It lies beside the reef, 2,300 km long, in the east.", "reef", false},
		// Where it is, then what it is, in a relative clause.
		{"Namanga, on the road between Nairobi and Arusha, which became a one-stop border post.", "Namanga", true},
		{"A memorial stands in Tirana, near the square, which was rebuilt in 2020.", "Tirana", false},
		// A year that dates a name is part of it.
		{"After the Tumu Crisis of 1449, in which Oirat Mongols defeated a Ming army, walls were built.", "Tumu Crisis", true},
		{"They signed the Treaty of 1815, and others, in Vienna.", "Treaty", false},
	}
	for _, tt := range tests {
		i := strings.Index(tt.text, tt.word)
		if got := glossed(tt.text, i, i+len(tt.word)); got != tt.want {
			t.Errorf("glossed(%q, %q) = %v; want %v", tt.text, tt.word, got, tt.want)
		}
	}
}

// TestNameSaid checks the ways a sentence says what a name is that
// glossKind does not read.
func TestNameSaid(t *testing.T) {
	tests := []struct {
		text, name string
		want       bool
	}{
		{"A day celebrated in South Korea as Gwangbokjeol, Liberation Day.", "Gwangbokjeol", true},
		{"An earthquake struck the Durrës region of Albania.", "Durrës", true},
		{"A memorial stands in the capital of Tirana.", "Tirana", true},
		{"Meta thanked the National Rescue Unit of the IDF.", "IDF", true},
		{"A scholar read from the Babylonian Talmud at the event.", "Talmud", false},
		{"Peres visited Albania, Kosovo, and Greece.", "Albania", false},
		{"The Talmud translation was published, bringing hope.", "Talmud", false},
		{"Its centre is built on islands in the Venetian Lagoon, an enclosed bay of the sea, and its islands are many.", "Venetian Lagoon", true},
		{"A smaller storm, Oval BA, formed in 2000.", "Oval BA", true},
		{"He toured Albania, Kosovo, Greece, and Italy.", "Kosovo", false},
		{"He toured Albania, Kosovo, and Greece.", "Kosovo", false},
		{"They met the next year in Tirana, the capital.", "Tirana", true},
		{"Even from orbit it is hard to see, and Yang Liwei, China's first astronaut, said so.", "Yang Liwei", true},
		{"The sketch was drawn by Maurice Koechlin and Émile Nouguier, two senior engineers of the company.", "Émile Nouguier", true},
		{"On 24 June 1859 Henry Dunant, a Geneva businessman, reached the scene.", "Henry Dunant", true},
		{"In Tirana, a memorial was unveiled.", "Tirana", false},
		{"It honours Ptolemy V Epiphanes, a king of the Ptolemaic dynasty.", "Ptolemy V", true},
		{"In 1859 Henry Dunant, a Geneva businessman, reached the scene.", "Henry Dunant", false},
	}
	for _, tt := range tests {
		i := strings.Index(tt.text, tt.name)
		if got := nameSaid(tt.text, i, i+len(tt.name)); got != tt.want {
			t.Errorf("nameSaid(%q, %q) = %v; want %v", tt.text, tt.name, got, tt.want)
		}
	}
}

// TestTitleKin checks that a title name's proper adjective is a title
// word when it shares no ending with the name ("Thai" of "Thailand",
// WordNet's pair), as "Cambodian" of "Cambodia" is by its ending; a word
// of no title name is not.
func TestTitleKin(t *testing.T) {
	b := loadArticle(t, "= Thailand–Cambodia relations =\n\n"+
		"Thailand and Cambodia share a border of about 817 km. Thai and Cambodian troops clashed in 2011.\n")
	q := b.analyze("how long is the thai cambodian border", true)
	for _, w := range q.words {
		want := w.text == "thai" || w.text == "cambodian"
		if w.title != want {
			t.Errorf("%q: title %v; want %v", w.text, w.title, want)
		}
	}
}

// TestTitled checks where a person's title or role comes right before
// the name, which says who the person is.
func TestTitled(t *testing.T) {
	tests := []struct {
		before string
		want   bool
	}{
		{"In 2015, Albanian Prime Minister ", true},
		{"Also in 2018, Albanian Ambassador to the UN ", true},
		{"Albanian communist dictator ", true},
		{"In 1901 he shared the prize with the French pacifist ", true},
		{"Also in 1925 the swindler ", true},
		{"In 2015 Netanyahu met ", false},
		{"travelling to meet ", false},
		{"Peres, Herzog and ", false},
	}
	for _, tt := range tests {
		if got := titled(tt.before); got != tt.want {
			t.Errorf("titled(%q) = %v; want %v", tt.before, got, tt.want)
		}
	}
	for before, want := range map[string]string{
		"In 2015, Albanian Prime Minister ":                             "Albanian Prime Minister",
		"Also in 2018, Albanian Ambassador to the UN ":                  "Albanian Ambassador to the UN",
		"with the French pacifist ":                                     "French pacifist",
		"During the Cold War (1947–1991), Albanian communist dictator ": "Albanian communist dictator",
		"In 2015 Netanyahu met with dictator ":                          "dictator",
	} {
		if got := title(before); got != want {
			t.Errorf("title(%q) = %q; want %q", before, got, want)
		}
	}
}

// TestDefinitionAnswers checks that a question of definition is
// answered by the sentence that says what its word is, passing over
// those that only use it, and declined when none says.
func TestDefinitionAnswers(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==History==\n"+
		"In 1955 Norland signed a lasting peace with Hallow, and peace has held since.\n"+
		"Peace between the two countries was celebrated with a festival of peace in 1960.\n"+
		"The festival includes the subsizar contest, in which students race.\n"+
		"Students may enter as a subsizar, a poor student who works for wealthier ones.\n"+
		"The day is celebrated in Norland as Tormark, Founders Day.\n"+
		"A scholar read from the Hallow Codex at the festival, under the Star of Hallow.\n"+
		"The race ends at Kora Hill, the highest point of the town. Its name means \"crown\" in Old Norlandic.\n"+
		"Prizes are marked with the letters FV, from the Norlandic for \"first victor\".\n"+
		"Winners drink tea from leaves of Thea viridis, a shrub of the hills.\n"+
		"Thea viridis grows slowly in the hills of Norland.\n\n==Rulers==\n"+
		"During the Long Winter (1301–1305), no festival was held.\n"+
		"Queen Ada (1250–1301) was the first ruler of Norland.\n"+
		"Traders came from the Sarn countries by sea.\n"+
		"The best-known fish is the golom, or Maren eel, one of the few eels of the lake.\n"+
		"Traders sold furs, tallow, or amber at the fair.\n\n"+
		"The town joined the Tarn powers in 1400. Its trade grew for a century.\n")
	tests := []struct{ q, want string }{
		{"What is peace?", ""},
		{"what's a subsizar", "a poor student"},
		// A name: said by another in apposition, by the sentence
		// after the one naming it, by where it comes from; only
		// named.
		{"What is Tormark?", "Founders Day"},
		{"what does kora mean", "crown"},
		{"what does FV mean", "first victor"},
		{"What is the Hallow Codex?", ""},
		{"What is the Star of Hallow?", ""},
		{"what is the hallow codex", ""},
		{"what is the festival of peace", "festival of peace"},
		// A name whose second word the article writes in lower case.
		{"what is thea viridis", "a shrub of the hills"},
		// "The festival includes …" is the article's festival, not
		// what a festival is.
		{"what is a festival", ""},
		// A bracket of dates says when, not what; what follows it may.
		{"what was the long winter", ""},
		{"who was Queen Ada", "first ruler"},
		// "the Sarn countries" are countries of the Sarn.
		{"what are the sarn", ""},
		// Another name after ", or"; not an item of a list.
		{"what is a golom", "Maren eel"},
		{"what is tallow", ""},
		// Asked what a phrase with a title word means, a sentence that
		// only holds its words does not say.
		{"what does the norland festival mean", ""},
	}
	// A sentence that leans on the one naming the phrase is about it
	// too, and does not say what it is.
	q := b.analyze("what does tarn powers mean", true)
	if f := factOpening(t, b, "Its trade grew"); !b.undefined(&q, f) {
		t.Errorf("undefined(%q, %q) = false; want true: its antecedent names the phrase", "what does tarn powers mean", b.facts[f].Text)
	}
	if a := b.Ask("what's a subsizar"); a.Span != "a poor student who works for wealthier ones" {
		t.Errorf("what's a subsizar: span %q; want the gloss", a.Span)
	}
	// A decline says the thing is named, as the article writes a name
	// and as the question asks everyday words.
	for q, want := range map[string]string{"What is the Hallow Codex?": "Hallow Codex", "what is peace": "peace", "what is the hallow codex": "Hallow Codex", "what is a dragon": ""} {
		if a := b.Ask(q); a.Found || a.Unexplained != want {
			t.Errorf("%q: found %v, unexplained %q; want declined, %q", q, a.Found, a.Unexplained, want)
		}
	}
	for _, tt := range tests {
		a := b.Ask(tt.q)
		switch {
		case tt.want == "" && a.Found:
			t.Errorf("%q answered %q; want it declined", tt.q, a.Text)
		case tt.want != "" && (!a.Found || !strings.Contains(a.Text, tt.want)):
			t.Errorf("%q: found %v %q; want the fact with %q", tt.q, a.Found, a.Text, tt.want)
		}
	}
}

// TestMeasureWordHoldsNot checks that a fact holding the measure word of
// "how heavy" ("a Falcon Heavy") but no mass does not keep the question
// from the fact with the mass.
func TestMeasureWordHoldsNot(t *testing.T) {
	b := loadArticle(t, "= Tor (planet) =\n\nInfobox\n- Mass: 6.4 × 10^23 kg\n\n"+
		"Tor is the fourth planet.\n\n==Exploration==\n"+
		"The Tor Orbiter was launched on a Falcon Heavy rocket from Tor Base and reached Tor after long years.\n"+
		"Heavy dust storms on Tor hide its surface from view.\n")
	for _, q := range []string{"How heavy is Tor?", "How much does Tor weigh?"} {
		r := b.run(q, nil)
		if r.chosen < 0 || !strings.Contains(b.facts[r.hits[r.chosen].fact].Text, "kg") {
			t.Errorf("%q: chose %d; want the mass", q, r.chosen)
		}
		b.release(r)
	}
	if a := b.Ask("How heavy is Tor?"); !a.Found || !strings.Contains(a.Text, "kg") {
		t.Errorf("How heavy is Tor?: found %v %q; want the mass", a.Found, a.Text)
	}
}

// TestKindClosing checks that a query typed as a search, with no
// question word, asks a date when it ends with "date" or "year", which
// is then no word to match.
func TestKindClosing(t *testing.T) {
	b := stagesBase(t)
	tests := []struct {
		q     string
		typ   QuestionType
		words string
	}{
		{"lighthouse first lit date", AskDate, "lighthouse first lit"},
		{"port maren harbour year", AskDate, "port maren harbour"},
		{"What was the date?", AskDate, ""},
		{"lighthouse keeper", AskOther, "lighthouse keeper"},
		{"lighthouse height", AskNumber, "lighthouse height"},
		{"who set the date", AskPerson, "set date"},
	}
	for _, tt := range tests {
		r := b.run(tt.q, nil)
		if words := phraseOf(r.q.words); r.q.typ != tt.typ || words != tt.words {
			t.Errorf("%q: type %d, words %q; want %d, %q", tt.q, r.q.typ, words, tt.typ, tt.words)
		}
		b.release(r)
	}
	// The measure noun of a search asks a length, as "how tall" does.
	r := b.run("lighthouse height", nil)
	defer b.release(r)
	if r.q.dims != dimLength || len(r.q.words) != 2 || !r.q.words[1].measure {
		t.Errorf("lighthouse height: dims %b, words %+v; want a length, \"height\" its measure word", r.q.dims, r.q.words)
	}
}

// TestPickHoldsOwn checks that a choice whose own words hold nothing of
// the question gives way to the best that does and passes the rules.
func TestPickHoldsOwn(t *testing.T) {
	all := func(int) bool { return true }
	tests := []struct {
		scores        []float32
		holds, passes []bool
		want          int
	}{
		{[]float32{3, 2, 1}, []bool{false, false, true}, []bool{true, true, true}, 2},
		{[]float32{3, 2, 1}, []bool{false, true, true}, []bool{true, false, true}, 2},
		{[]float32{3, 2, 1}, []bool{false, false, false}, []bool{true, true, true}, 0},
		{[]float32{1, 3, 2}, []bool{true, true, true}, []bool{true, true, true}, 1},
	}
	for _, tt := range tests {
		got := pick(tt.scores, func(i int) bool { return tt.passes[i] }, all, func(i int) bool { return tt.holds[i] })
		if got != tt.want {
			t.Errorf("pick(%v, passes %v, holds %v) = %d; want %d", tt.scores, tt.passes, tt.holds, got, tt.want)
		}
	}
}

// TestPersonNouns checks that a "who" question's "person" or "guy" is no
// word to match: "who" asks a person already.
func TestPersonNouns(t *testing.T) {
	b := stagesBase(t)
	tests := []struct{ q, words string }{
		{"Who was the first guy to light the lighthouse?", "first light lighthouse"},
		{"Who was the person who designed the lighthouse?", "designed lighthouse"},
		{"Who was the first woman to light the lighthouse?", "first woman light lighthouse"},
		{"How many people live in Port Maren?", "people live port maren"},
	}
	for _, tt := range tests {
		r := b.run(tt.q, nil)
		got := phraseOf(r.q.words)
		b.release(r)
		if got != tt.words {
			t.Errorf("%q: words %q; want %q", tt.q, got, tt.words)
		}
	}
}

// TestGlossText checks the gloss shown in bold for a question of
// definition: what the text after the phrase says it is, when it can be
// cut out.
func TestGlossText(t *testing.T) {
	tests := []struct{ after, want string }{
		{", a poor student who paid his way.", "a poor student who paid his way"},
		{" (molten rock) rises through the crust.", "molten rock"},
		{" means a knight moving to f3.", "a knight moving to f3"},
		{" are small pores in the leaf, each with guard cells.", "small pores in the leaf"},
		{", to confuse predators.", ""},
		{" rose from 200 to 3,000.", ""},
	}
	for _, tt := range tests {
		if got := glossText(tt.after); got != tt.want {
			t.Errorf("glossText(%q) = %q; want %q", tt.after, got, tt.want)
		}
	}
}

// TestAliasOf checks which other name a lead's first sentence gives its
// subject: one introduced before the sentence says what the subject is,
// written as a name.
func TestAliasOf(t *testing.T) {
	for _, tt := range []struct{ lead, want string }{
		{"The Hanseatic League, also called the Hanse, was a network of merchant guilds.", "the Hanse"},
		{"Southern California, often abbreviated SoCal, is a geographic and cultural region.", "SoCal"},
		{"The Great Lakes, also known as the Laurentian Great Lakes, are a series of lakes.", "the Laurentian Great Lakes"},
		{"Maren is a town, also called the Pearl of the North, in Norland.", ""},
		{"The treaty, also called for by the king, was signed in 1412.", ""},
		{"Norland is a country in the north.", ""},
	} {
		if got := aliasOf(tt.lead); got != tt.want {
			t.Errorf("aliasOf(%q) = %q; want %q", tt.lead, got, tt.want)
		}
	}
	b := loadArticle(t, "= Maren League =\n\nThe Maren League, also called the Bund, was a union of towns.\n\n==Wars==\nThe League kept a fleet. Its greatest war was against Norland.\n")
	if a := b.Ask("bund war with norland"); !a.Found || !strings.Contains(a.Text, "against Norland") {
		t.Errorf("the alias: found %v %q; want the war against Norland", a.Found, a.Text)
	}
}

// TestPhraseHeld checks that a run of three or more question words,
// title words and another, that a fact writes together shares something
// specific with it: "when is ada lovelace day" of "Ada Lovelace Day,
// first held in 2009", though each word alone is the title's or vague.
func TestPhraseHeld(t *testing.T) {
	b := loadArticle(t, "= Maren Norland =\n\nMaren Norland was a poet of the north.\n\n==Legacy==\nMaren Norland Day, first held in 1920, is marked each May.\nThe day of her death is marked too.\n")
	if a := b.Ask("when is maren norland day"); !a.Found || !strings.Contains(a.Text, "1920") {
		t.Errorf("when is maren norland day: found %v %q; want the fact with 1920", a.Found, a.Text)
	}
	for q, want := range map[string]bool{"when is maren norland day": true, "when was maren norland": false} {
		got := false
		qq := b.analyze(q, true)
		for f := range b.facts {
			got = got || b.phraseHeld(&qq, int32(f))
		}
		if got != want {
			t.Errorf("phraseHeld(%q) in some fact = %v; want %v", q, got, want)
		}
	}
}

// TestTitleMeaning checks questions of what the title's words mean: the
// sentence that says so answers, wherever retrieval ranked it, and one
// that only says what the subject is does not.
func TestTitleMeaning(t *testing.T) {
	b := loadArticle(t, "= HMS Norland =\n\nHMS Norland was a ship of the navy, launched in 1901 at Port Maren.\n\n"+
		"==History==\nHMS Norland served in the North Sea. HMS Norland sank in 1916. HMS Norland was raised in 1920. "+
		"HMS Norland is a museum now, the language of its guides meant to be plain.\n\n==Name==\nShe was once called Maren. "+
		"She was renamed in honour of King Tor. The prefix HMS, for His Majesty's Ship, marks a ship of the navy. "+
		"The name Norland comes from the Old Norse for \"north land\".\n")
	for _, tt := range []struct{ q, want string }{
		{"what does norland mean", "north land"},
		{"What does HMS stand for?", "His Majesty's Ship"},
		{"What does the name Norland mean?", "north land"},
		// Where the name comes from: what it means before whom it
		// honours; a verb of meaning elsewhere in a sentence says nothing
		// of it ("meant to be plain").
		{"why is it called norland", "north land"},
		{"how did Norland get its name?", "north land"},
		{"where does the name norland come from", "north land"},
	} {
		if a := b.Ask(tt.q); !a.Found || !strings.Contains(a.Text, tt.want) {
			t.Errorf("Ask(%q) = %v %q; want an answer with %q", tt.q, a.Found, a.Text, tt.want)
		}
	}
	// Saying what the subject is says nothing of what its name means.
	c := loadArticle(t, "= Sorland =\n\nSorland is a town in the north.\n\n==History==\nSorland was founded in 1412.\n")
	if a := c.Ask("what does sorland mean"); a.Found {
		t.Errorf("Ask(what does sorland mean) = %q; want a decline", a.Text)
	}
}

// TestNamedAfter checks the clauses that say whom a name honours.
func TestNamedAfter(t *testing.T) {
	for _, tt := range []struct {
		after string
		want  bool
	}{
		{" is named after the engineer Gustave Eiffel.", true},
		{" was named in honour of his predecessor.", true},
		{", whose firm built it; it was named for a saint.", false},
		{" giant tortoise gave the islands their name: galápago was an old word for tortoise.", true},
		{" takes its name from the river.", true},
		{" gave its name to the league.", false},
		{" gave the name Hanse to the league.", false},
		{" was built in 1889. It was named after him.", false},
	} {
		if got := namedAfter(tt.after); got != tt.want {
			t.Errorf("namedAfter(%q) = %v; want %v", tt.after, got, tt.want)
		}
	}
}

// TestNameMeansAt checks the sentences that open on a name unnamed and say
// what it means or where it comes from.
func TestNameMeansAt(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{`The name means "smoky bay" in Icelandic.`, true},
		{"Its name comes from the river.", true},
		{"The present name comes from the expedition of Orellana.", true},
		{"The word comes from the Greek phōs.", true},
		{"The name was proposed in 1856.", false},
		{"The English Channel means little here.", false},
		{"Names mean little.", false},
	} {
		if got := nameMeansAt(tt.text) >= 0; got != tt.want {
			t.Errorf("nameMeansAt(%q) = %v; want %v", tt.text, got, tt.want)
		}
	}
}

// TestGiveWay checks keepsOver: a best match ruled out only for lacking a
// name asked gives way to a candidate scored within the model's giveWay
// that names it; one ruled out only for lacking the date or number asked
// (lacksKind), to one within it that holds the number and every specific
// word of the question; without the margin each is declined.
func TestGiveWay(t *testing.T) {
	for _, c := range []struct{ file, q, want string }{
		{"unseen/international-committee-of-the-red-cross.txt", "Who did Dunant share his Nobel prize with", "Passy"},
		{"shortread/chernobyl-disaster.txt", "how big is the exclusion zone", "30 km"},
	} {
		data, err := os.ReadFile("testdata/" + c.file)
		if err != nil {
			t.Fatal(err)
		}
		a, err := Parse(data)
		if err != nil {
			t.Fatal(err)
		}
		for _, tt := range []struct {
			margin float32
			want   bool
		}{{model.giveWay, true}, {0, false}} {
			m := model
			m.giveWay = tt.margin
			b := newBase([]*Article{a}, &m)
			if ans := b.Ask(c.q); (ans.Found && strings.Contains(ans.Text, c.want)) != tt.want {
				t.Errorf("giveWay %v: Ask(%q) = %v %q; want %q %v", tt.margin, c.q, ans.Found, ans.Text, c.want, tt.want)
			}
		}
	}
}

// TestOtherRole checks that a role asked of one name is not answered by
// the role held of another, and is by the role of the name asked,
// however long the name's run of capitals.
func TestOtherRole(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Diplomacy==\n"+
		"In 1990 the Norland Ambassador to the United Nations Ada Vell spoke for peace with Sarnia.\n"+
		"Tor Brenn was captain of HMS Hallow in 1901.\n")
	for _, tt := range []struct {
		q    string
		want bool
	}{
		{"Who is the Norland ambassador to Sarnia?", false},
		{"Who was the Norland ambassador to the United Nations?", true},
		{"who was captain of the hallow", true},
	} {
		if a := b.Ask(tt.q); a.Found != tt.want {
			t.Errorf("Ask(%q) found %v (%q); want %v", tt.q, a.Found, a.Text, tt.want)
		}
	}
}

// TestRoleOfPeople checks the roles a people's adjective writes: "Swedish
// President Anna Berg" is Sweden's president, not Finland's, asked as
// "the president of Finland", "Finland's president" or "the Finnish
// president"; a capital asked must be said; the time of day, a length or
// a time asked must be told.
func TestRoleOfPeople(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Diplomacy==\n"+
		"In 2001 Swedish President Anna Berg visited Norland, the first Swedish president to do so. "+
		"Finnish Prime Minister Tor Vell met her. In 1994 Swedish then-Minister of Foreign Affairs Ola Lind visited Port Maren. "+
		"Port Maren is the capital of Norland.\n\nIn 2003 the storm hit Port Maren at 3:40 pm.\n\nIn 2004 a flood hit Brenn.\n\nTwo guards died on the night of the fire.\n\n"+
		"The ferry crossing takes two hours.\n\nThe two countries signed a treaty.\n\nThe Vell war lasted from 1801 to 1809.\n\n"+
		"From 1939 Tor Brenn led Hut 8 in Port Maren.\n\nHut 8 had 40 staff.\n\nTor Brenn flew by Vell 12 times.\n\n"+
		"Finnish Ambassador to Norland Eva Tor spoke.\n")
	checkRule(t, b, "otherRole", b.otherRole, []ruleCase{
		{"Who is Sweden's ambassador to Norland?", "Finnish Ambassador to Norland", true}, // the owner read beside "to"
		{"Who is the current Swedish ambassador to Norland?", "Finnish Ambassador to Norland", true},
		{"Who is Finland's ambassador to Norland?", "Finnish Ambassador to Norland", false},
		{"Who is the ambassador to Norland?", "Finnish Ambassador to Norland", false},
		{"Who was the first president of Finland?", "In 2001 Swedish President", true},
		{"Who is Sweden's president?", "In 2001 Swedish President", false},
		{"Who is the Swedish president?", "In 2001 Swedish President", false},
		{"Who is the Finnish president?", "In 2001 Swedish President", true},
		{"Who is Finland's prime minister?", "Finnish Prime Minister", false},
		{"Who is Sweden's prime minister?", "Finnish Prime Minister", true},
		{"who is swedens prime minister rn", "Finnish Prime Minister", true},      // a possessive typed without its apostrophe
		{"Who was Finland's first president?", "In 2001 Swedish President", true}, // "first" between owner and role
		{"Who is Sweden's current president?", "In 2001 Swedish President", false},
		{"Who was the Swedish foreign minister in 1994?", "In 1994 Swedish then-Minister", false},
		{"Who was Finland's foreign minister in 1994?", "In 1994 Swedish then-Minister", true},
		{"Who is the ambassador to Finland?", "In 2001 Swedish President", false}, // no president asked
	})
	checkRule(t, b, "roleUnsaid", b.roleUnsaid, []ruleCase{
		{"What is the capital of Brenn?", "In 2004 a flood hit Brenn", true},
		{"What is the capital of Norland?", "Port Maren is the capital", false},
	})
	checkRule(t, b, "clockUnsaid", b.clockUnsaid, []ruleCase{
		{"What time did the storm hit Port Maren?", "In 2003 the storm", false},
		{"What time did the flood hit Brenn?", "In 2004 a flood", true},
		{"What time is it in Brenn?", "In 2004 a flood", true},
		{"what time of night did the fire start", "Two guards died", true},  // the night asked is no time told
		{"what time did the fire start", "Two guards died", false},          // a part of the day
		{"The crossing takes what kind of time?", "In 2004 a flood", false}, // no time of day asked
	})
	checkRule(t, b, "lacksKind", b.lacksKind, []ruleCase{
		{"How long does the ferry crossing take?", "The ferry crossing takes", false},
		{"How long is the treaty?", "The two countries signed", true},     // a count is no length or time
		{"How long did the Vell war last?", "The Vell war lasted", false}, // its years
		// A number the question names is no answer: "Hut 8" counts no
		// messages.
		{"how many messages did hut 8 break", "From 1939 Tor Brenn led Hut 8", true},
		{"how many people worked in hut 8", "Hut 8 had 40 staff", false},
		{"how many codes did tor brenn break", "From 1939 Tor Brenn led Hut 8", true}, // a name's number counts nothing
		{"how many times did tor brenn visit vell", "Tor Brenn flew by Vell 12 times", false},
	})
}

// TestNumUnsaid checks that a number the question writes in digits must
// stand in the fact, beside it or in its paragraph.
func TestNumUnsaid(t *testing.T) {
	b := loadArticle(t, "= Vell Race =\n\nThe Vell Race is a bicycle race.\n\n==History==\n"+
		"The first race started on 1 July 1903 in Port Maren. It had six stages across Norland. Sixty riders started and 21 finished.\n\n"+
		"The 1905 race was won by Tor Brenn. Apollo 11 flew over the course.\n\nThe 1910 race had 110 riders.\n")
	checkRule(t, b, "numUnsaid", b.numUnsaid, []ruleCase{
		{"How many riders finished in 1903?", "Sixty riders started", false}, // two sentences before, in its paragraph
		{"How many riders finished in 1905?", "Sixty riders started", true},
		{"Who won the 1905 race?", "The 1905 race was won", false},
		{"Who won the 2019 race?", "The 1905 race was won", true},
		{"Who won the 1903 race?", "The 1905 race was won", true},    // another paragraph's
		{"What flew over the 1905 course?", "Apollo 11 flew", false}, // the sentence beside it
		{"Who won the race?", "The 1905 race was won", false},        // no number asked
		{"How many riders were there in 1905?", "The 1910 race had", true},
	})
}

// TestNegationUnsaid checks that a question of what something does not do
// is answered only by a fact that says "not", "only", "without" or the
// like, unless it asks why, asks on a condition or denies a thing.
func TestNegationUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Machines==\n"+
		"The Vell engine does not hide its gears.\n\nThe Brenn engine hides its gears.\n\nThe Maren engine runs without oil.\n")
	checkRule(t, b, "negationUnsaid", b.negationUnsaid, []ruleCase{
		{"What engine does not hide its gears?", "The Brenn engine", true},
		{"What engine does not hide its gears?", "The Vell engine", false},
		{"Which engine never needs oil?", "The Maren engine", false},
		{"Why doesn't the Brenn engine show its gears?", "The Brenn engine", false}, // why
		{"What engine shows its gears if you don't open it?", "The Brenn engine", false},
		{"How many engines have no gears?", "The Brenn engine", false}, // a thing denied: it may be counted
		{"What engine hides its gears?", "The Brenn engine", false},
	})
}

// TestOtherDoer checks that "when did X do Y" is not answered by a fact
// in which only another name does Y, and is by one in which X does, is
// done to ("captured by"), or acts through a body or a ruler.
func TestOtherDoer(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==History==\n"+
		"Finland adopted the euro in 1999, while Swedish voters rejected it in 2003.\n\n"+
		"British forces landed in Port Maren in 1940 to prevent a German occupation.\n\n"+
		"Spain captured Melilla in 1497, and Ceuta, captured by Portugal in 1415, passed to Spain.\n\n"+
		"The Convention abolished slavery in the French colonies in 1794.\n\n"+
		"Van Rossum worked at Google from 2005.\n\n"+
		"Maren Airport: opened on 29 October 2018; Vell Brenn Airport serves the east.\n\n"+
		"Ronald Reagan and the Soviet leader Mikhail Gorbachev met at Port Maren.\n\n"+
		"Osland became independent in 1961, and after its union with Vellmark it took a new name.\n\n"+
		"The Gold Coast became independent as Marenland in 1957.\n\n"+
		"In 1066 Duke Tor II of Osland conquered Vellmark, killing King Ola II at Brenn.\n\n"+
		"When the treaty expired in 1989, Sarnia closed the border crossings.\n\n"+
		"Osland took Vellport in 1497, and Ceuta, captured by Portugal in 1415, passed to Osland.\n\n"+
		"In 2009 Sarnia began to require visas from Norlandic visitors.\n")
	checkRule(t, b, "otherDoer", b.otherDoer, []ruleCase{
		{"When did Portugal take Vellport?", "Osland took Vellport", true},        // a vague verb with a name for its object
		{"When did Osland take Vellport?", "Osland took Vellport", false},         // the doer asked
		{"When did Portugal take part?", "Osland took Vellport", false},           // "take" with no name after it is no deed read
		{"When did Norland start requiring visas?", "In 2009 Sarnia began", true}, // the deed begun, by another
		{"When did Sarnia start requiring visas?", "In 2009 Sarnia began", false},
		{"When did Vellmark close its border with Sarnia?", "When the treaty expired", true}, // the doer another the question names
		{"When did Vellmark close its border?", "When the treaty expired", false},            // Vellmark not named: Sarnia may stand for it
		{"When did King Ola II conquer Vellmark?", "In 1066 Duke Tor II", true},              // a ruler does not act for another; "II" is shared
		{"When did Duke Tor II conquer Vellmark?", "In 1066 Duke Tor II", false},
		{"When did Osland conquer Vellmark?", "In 1066 Duke Tor II", false},          // a ruler acts for his land
		{"When did Vellmark become independent?", "Osland became independent", true}, // "become" read for its doer
		{"When did Marenland become independent?", "The Gold Coast became", false},   // the one asked, by its old name
		{"When did Sweden adopt the euro?", "Finland adopted", true},
		{"When did Finland adopt the euro?", "Finland adopted", false},
		{"When did German troops land in Port Maren?", "British forces landed", true},
		{"When did British troops land in Port Maren?", "British forces landed", false},
		{"When did Sweden capture Melilla?", "Spain captured Melilla", false}, // Sweden not named: another name for a doer?
		{"When did Portugal capture Ceuta?", "Spain captured Melilla", false}, // "captured by Portugal"
		{"When did France abolish slavery?", "The Convention abolished", false},
		{"When did Guido work at Google?", "Van Rossum worked", false}, // the one asked is not named
		{"When was the euro adopted?", "Finland adopted", false},       // no doer asked
		{"When did Vell Brenn Airport open?", "Maren Airport", true},   // "Airport" is shared
		{"When did Maren Airport open?", "Maren Airport", false},
		{"Where did Reagan and Gorbachev meet?", "Ronald Reagan", false}, // a name's own word
	})
}

// TestNamesake checks that a name asked in full is not answered by a
// fact that writes its last word only after another name's word (a
// namesake), and is by one that writes another of its words, a title
// before it, or the last word alone.
func TestNamesake(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==People==\n"+
		"Anna Vell-Brenn (born 3 May 1901) was a chemist.\n\nKarl Brenn led the company from 1950.\n\n"+
		"Otto Brenn and Karl Brenn founded the company in 1937.\n\nPresident Brenn opened the plant in 1960.\n\n"+
		"Brenn retired in 1970.\n\nSouth Maren lies on the coast.\n\n"+
		"In 1890 she worked at the Museum of Industry in Port Maren.\n")
	checkRule(t, b, "namesake", b.namesake, []ruleCase{
		{"When was Otto Brenn born?", "Anna Vell-Brenn", true},
		{"When did Otto Brenn lead the company?", "Karl Brenn led", true},
		{"Where is North Maren?", "South Maren lies", true},
		{"When did Karl Brenn lead the company?", "Karl Brenn led", false},
		{"When did Otto Brenn found the company?", "Otto Brenn and Karl Brenn", false}, // Otto written too
		{"When did Otto Brenn open the plant?", "President Brenn opened", false},       // a title
		{"When did Otto Brenn retire?", "Brenn retired", false},                        // the last word alone
		{"When was the company founded?", "Otto Brenn and Karl Brenn", false},          // no name asked
		{"Where is the Brenn Museum?", "In 1890 she worked", true},                     // "Museum of Industry"
		{"Where is the Industry Museum?", "In 1890 she worked", false},
	})
}

// TestWhoUnsaid checks that "who" is not answered by a fact that names
// no one but those the question names, and is by one that names another,
// a people, or a proper adjective at its start.
func TestWhoUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==History==\n"+
		"In 1792 the Norland army turned back the invaders at Port Maren.\n\n"+
		"In 1793 the Norland army turned back the Vellish at Port Maren.\n\n"+
		"Karl Brenn led the army in 1794.\n\nVellish merchants brought coffee to Norland.\n\n"+
		"The Norlanders refused to pay the tax.\n\nThe Orvo 2 mission landed in November 1969.\n")
	checkRule(t, b, "whoUnsaid", b.whoUnsaid, []ruleCase{
		{"Who commanded the Norland army at Port Maren?", "In 1792 the Norland army", true},
		{"Who did the Norland army turn back at Port Maren?", "In 1793 the Norland army", false}, // the Vellish
		{"Who led the army?", "Karl Brenn led", false},
		{"Who brought coffee to Norland?", "Vellish merchants", false},
		{"Who refused to pay the tax?", "The Norlanders refused", false},
		{"Who commanded the Orvo 2 mission?", "The Orvo 2 mission", true},                // "November" names no one
		{"Who is Karl Brenn?", "Karl Brenn led", false},                                  // a definition
		{"When did the army turn back the invaders?", "In 1792 the Norland army", false}, // not "who"
	})
}

// TestOtherDirection checks that a thing asked by its direction is not
// answered by a fact that writes it only after another direction.
func TestOtherDirection(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Climbing==\n"+
		"In 1960 a team made the first ascent by the north-east ridge.\n\n"+
		"The Vell Glacier drains the northern side.\n\nThe ridge is steep.\n")
	checkRule(t, b, "otherDirection", b.otherDirection, []ruleCase{
		{"When was the first ascent of the West Ridge?", "In 1960 a team", true},
		{"When was the first ascent of the east ridge?", "In 1960 a team", false}, // "north-east"
		{"Which glacier is on the north side?", "The Vell Glacier", false},        // "northern"
		{"Which glacier is on the south side?", "The Vell Glacier", true},
		{"Is the west ridge steep?", "The ridge is steep", false}, // no other direction
	})
}

// TestOthersCounted checks that "how many people" is not answered by a
// fact whose every number counts other things, and is by one whose
// number counts people, a people, agents, or a share of them.
func TestOthersCounted(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==History==\n"+
		"In 2020 Norland unveiled a memorial with three stone plaques.\n\n"+
		"The quake killed 51 people and injured 3,000 others.\n\n"+
		"About 350,000 unarmed Norlanders marched in 1975.\n\n"+
		"About 6 million visitors came in 2019.\n\n"+
		"About 1 to 2 per cent of those treated died.\n\n"+
		"The flood of 1966 left 14 towns under water.\n\n"+
		"The town's population rose from 200 before the war to 3,000 at its end.\n\n"+
		"Rates rose from 200 before the war to 3,000 at its end.\n")
	checkRule(t, b, "othersCounted", b.othersCounted, []ruleCase{
		{"How many people lived in the town after the war?", "The town's population rose", false}, // a population counts people
		{"How many people died in the war?", "The town's population rose", true},                  // not those who died
		{"How many people lived in the town after the war?", "Rates rose from 200", true},         // "before", "at" end the phrase
		{"How many people died in the war?", "In 2020 Norland unveiled", true},
		{"How many people died in the flood?", "The flood of 1966", true},
		{"How many people died in the quake?", "The quake killed", false},
		{"How many people marched?", "About 350,000 unarmed", false},
		{"How many people came in 2019?", "About 6 million visitors", false},
		{"How many people died of it?", "About 1 to 2 per cent", false},
		{"How many plaques are there?", "In 2020 Norland unveiled", false}, // not people
		{"How many Norland soldiers died in the war?", "In 2020 Norland unveiled", true},
		{"How many Norland Jews died in the war?", "In 2020 Norland unveiled", true}, // a people's plural
		{"How many kilometers did they march?", "In 2020 Norland unveiled", false},   // a unit, not people
		{"How many Norland soldiers marched?", "About 350,000 unarmed", false},
	})
}

// TestThingsCounted checks that things counted are not answered by a
// fact whose numbers count only people, and are by one that counts them
// in any words.
func TestThingsCounted(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==History==\n"+
		"The wreck of 1869, in which 112 people died, led to the first lighthouse.\n\n"+
		"The company sold about 10 million vehicles in 2024.\n\n"+
		"The quake killed 51 people and damaged 11,000 buildings.\n")
	checkRule(t, b, "thingsCounted", b.thingsCounted, []ruleCase{
		{"How many lighthouses are there?", "The wreck of 1869", true},
		{"How many cars did the company sell?", "The company sold", false},           // other words, not people
		{"How many tents did they send after the quake?", "The quake killed", false}, // buildings may be anything
		{"How many people died in the wreck?", "The wreck of 1869", false},           // people asked: othersCounted's
	})
}

// TestNameAbsentListItem checks that a list item, or an infobox line,
// stands alone for the names a question asks: the items beside it tell
// other events.
func TestNameAbsentListItem(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country of volcanoes.\n\n==Eruptions==\n"+
		"Notable eruptions:\n"+
		"- 79: Vellberg buried the town of Maren.\n"+
		"- 2019: an eruption of Sandberg killed 22 people.\n"+
		"- 1919: Karl Brenn, also mayor of the Norlandic Republic, watched Oskberg erupt.\n\n"+
		"==Towns==\nMaren lies under Vellberg, a volcano. In 2019 an eruption there killed 12 people.\n")
	checkRule(t, b, "nameAbsent", b.nameAbsent, []ruleCase{
		{"How many people died when Vellberg erupted?", "2019: an eruption of Sandberg", true},
		{"How many people died when Sandberg erupted?", "2019: an eruption of Sandberg", false},
		{"Who was mayor of Norland when Oskberg erupted?", "1919: Karl Brenn", false}, // "Norlandic" names it
		{"How many people died in Maren?", "In 2019 an eruption there", false},        // a sentence leans on its paragraph
	})
	// An infobox line stands alone too: the box's other lines name other
	// people.
	b = loadArticle(t, "= Norland Society =\n\nInfobox\n- Founders: Karl Brenn, Anna Maren\n- Awards: Vell Prize (1917, 1944)\n\n"+
		"The Norland Society is a charity.\n")
	checkRule(t, b, "nameAbsent", b.nameAbsent, []ruleCase{
		{"When did Anna Maren get the Vell Prize?", "Awards: Vell Prize", true},
		{"When did the society get the Vell Prize?", "Awards: Vell Prize", false}, // the subject's own line
	})
}

// TestOtherName checks that a question word qualifying one noun does
// not match the same word opening a name of something else.
func TestOtherName(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Army==\n"+
		"The minister thanked the National Rescue Unit of the army.\n\n"+
		"The Swedish Volunteer Corps fought in the north.\n\n"+
		"The national dish of Norland is smoked fish.\n\n"+
		"The rocket lifted off from Launch Complex 39A.\n\n"+
		"In 1920 Norland troops under General Tor Brenn seized Port Maren.\n\nA general election followed in 1921.\n")
	checkRule(t, b, "otherName", b.otherName, []ruleCase{
		// The person a title opens is the one asked.
		{"which norland general captured port maren", "In 1920 Norland troops", false},
		{"which general captured port maren", "In 1920 Norland troops", false},
		{"who was the general that captured port maren", "In 1920 Norland troops", false},
		{"what did the general election change in port maren", "In 1920 Norland troops", true}, // "general" of another noun
		{"What is Norland's national anthem?", "The minister thanked", true},
		{"What is Norland's national dish?", "The national dish", false},         // lower case: the word itself
		{"Who thanked the national rescue unit?", "The minister thanked", false}, // the name asked
		{"Where did the volunteer corps fight?", "The Swedish Volunteer", false}, // inside the name, not opening it
		{"How many people live in the north?", "The Swedish Volunteer", false},   // the word itself, in lower case
		{"How heavy was the lander at launch?", "The rocket lifted off", true},   // the question's last word opens another name
		{"What did the minister do for the army?", "The minister thanked", false},
	})
}

// TestLacksKindMeasureOwn checks that a measure asked is the fact's own
// or of the sentence it leans on, not of the sentence before it.
func TestLacksKindMeasureOwn(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Mountains==\n"+
		"Mount Vell is about 22 km high. Mount Osk is the most active volcano of the island.\n\n"+
		"Mount Sand is the oldest. It is 3,000 m high.\n")
	checkRule(t, b, "lacksKind", b.lacksKind, []ruleCase{
		{"How tall is Mount Osk?", "Mount Osk is the most", true},
		{"How tall is Mount Vell?", "Mount Vell is about", false},
		{"How tall is Mount Sand?", "It is 3,000 m", false}, // its own number
	})
}

// TestMeasuredOnly checks that a measure in a unit counts no things.
func TestMeasuredOnly(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Races==\n"+
		"In 1989 Karl Brenn overturned a 50-second deficit to win the race.\n\n"+
		"The tower has 3 lifts and is 300 m tall.\n\n"+
		"The race covers 3,400 km in 21 days.\n")
	checkRule(t, b, "measuredOnly", b.measuredOnly, []ruleCase{
		{"How many races did Karl Brenn win?", "In 1989 Karl Brenn", true},
		{"How many lifts does the tower have?", "The tower has 3 lifts", false}, // a count among the measures
		{"How many days does the race last?", "The race covers", false},         // a unit asked
		{"How many seconds behind was Karl Brenn?", "In 1989 Karl Brenn", false},
		{"How much is a place in the race?", "In 1989 Karl Brenn", true}, // a time only
		{"How much time did Karl Brenn make up?", "In 1989 Karl Brenn", false},
		{"How much is a place in the tower?", "The tower has 3 lifts", false},
	})
	// A ticket asks a price, which lacksKind needs.
	checkRule(t, b, "lacksKind", b.lacksKind, []ruleCase{
		{"How much is a ticket for the race?", "In 1989 Karl Brenn", true},
		{"How much is a ticket for the tower?", "The tower has 3 lifts", true},
	})
}

// TestAliveUnsaid checks that "is X still alive" needs a death or a life
// told.
func TestAliveUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==People==\n"+
		"In 2011 Karl Brenn said that peace must come first.\n\n"+
		"Otto Vell died in Port Maren in 1999.\n")
	checkRule(t, b, "aliveUnsaid", b.aliveUnsaid, []ruleCase{
		{"is karl brenn still alive", "In 2011 Karl Brenn", true},
		{"Is Otto Vell still alive?", "Otto Vell died", false},
		{"Is Karl Brenn dead?", "In 2011 Karl Brenn", true},
		{"How did Karl Brenn keep the peace alive?", "In 2011 Karl Brenn", false}, // no yes/no of a life
	})
}

// TestNotSoSaid checks that "what would happen if" needs a case put and
// "when will" a time to come.
func TestNotSoSaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Relations==\n"+
		"In 2024 President Karl Brenn visited Osland.\n\n"+
		"The tunnel to Osland is expected to open in 2029.\n\n"+
		"If the dam failed, the valley would flood within hours.\n")
	checkRule(t, b, "notSoSaid", b.notSoSaid, []ruleCase{
		{"when will karl brenn visit osland again", "In 2024 President", true},
		{"When will the tunnel to Osland open?", "The tunnel to Osland", false},
		{"What would happen if Norland and Osland went to war?", "In 2024 President", true},
		{"What would happen if the dam failed?", "If the dam failed", false},
		{"When did Karl Brenn visit Osland?", "In 2024 President", false}, // a past time
		{"when's the next visit to osland", "In 2024 President", true},
		{"When is the tunnel to Osland going to open?", "In 2024 President", true},
		{"When is the tunnel to Osland going to open?", "The tunnel to Osland", false},
		{"When is the next state visit?", "In 2024 President", true},
		{"Who visited Osland next?", "In 2024 President", false}, // no "when"
	})
}

// TestEpithetUnsaid checks that a nickname, a motto or a slogan asked
// needs one given.
func TestEpithetUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==People==\n"+
		"In 1943 the assistant Anna Berg brought in a mouldy melon.\n\n"+
		"Karl Brenn backed a campaign with the slogan \"Love our land\".\n\n"+
		"Otto Vell, known as the Red Fox, led the rising.\n")
	checkRule(t, b, "epithetUnsaid", b.epithetUnsaid, []ruleCase{
		{"did anna berg have a nickname", "In 1943 the assistant", true},
		{"What was the slogan of Karl Brenn's campaign?", "Karl Brenn backed", false},
		{"What was Otto Vell's nickname?", "Otto Vell, known as", false},
		{"What did Anna Berg bring in?", "In 1943 the assistant", false}, // none asked
	})
}

// TestNumberedUnsaid checks that a thing named by a word and a number
// needs that word written with that number.
func TestNumberedUnsaid(t *testing.T) {
	b := loadArticle(t, "= Vega 7 =\n\nVega 7 was a spaceflight.\n\n==Flights==\n"+
		"After Sputnik 1 was launched on 12 April 1961, the race began.\n\n"+
		"Vega 12 flew in November 1969.\n\n"+
		"The cup final of Euro 1992 was played in Gothenburg, after World War II.\n\n"+
		"Vega 7 was launched in 1969.\n")
	checkRule(t, b, "numberedUnsaid", b.numberedUnsaid, []ruleCase{
		{"When did Vega 12 launch?", "After Sputnik 1", true}, // "12 April" is no Vega 12
		{"when did vega 12 fly", "Vega 12 flew", false},
		{"When did Vega 4 fly?", "Vega 12 flew", true},                          // read "vega four"
		{"When was Vega 7 launched?", "After Sputnik 1", false},                 // the title's number: nameAbsent's
		{"Where was the Euro 92 final played?", "The cup final of Euro", false}, // a year in two figures
		{"What happened after World War 2?", "The cup final of Euro", false},    // Roman numerals
	})
}

// TestAcronymUnsaid checks that "what does X stand for" needs the words
// X's letters open.
func TestAcronymUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Army==\n"+
		"Norland sent Norland Defence Forces (NDF) troops to the coast.\n\n"+
		"The minister thanked a unit of the NDF.\n\n"+
		"Most offices stand in central business districts (CBD).\n\n"+
		"The signal SOS was easy to send, and its letters do not stand for any words.\n")
	checkRule(t, b, "acronymUnsaid", b.acronymUnsaid, []ruleCase{
		{"what does sos stand for", "The signal SOS", false}, // "stand for", though for none
		{"what does ndf stand for", "The minister thanked", true},
		{"What does NDF stand for?", "Norland sent Norland", false},
		{"What does CBD stand for?", "Most offices stand", false},
		{"What does CDB stand for?", "Most offices stand", true}, // its letters in another order
		{"What did the NDF do?", "The minister thanked", false},  // no acronym asked
	})
}

// TestUnwrittenAbbreviation checks that a general abbreviation the
// article never writes stands for its expansion, though a name of the
// article ("Mount Tate") gives the same letters as an acronym, and that
// one the article writes stays as written.
func TestUnwrittenAbbreviation(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Mountains==\n"+
		"Mount Tate and Mount Vell are sacred.\n\n"+
		"Mount Vell rises to 3,100 metres.\n")
	words := func(q string) []string {
		a := b.analyze(q, true)
		var out []string
		for _, w := range a.words {
			out = append(out, w.text)
		}
		return out
	}
	if got := words("how tall is mt vell"); !slices.Contains(got, "mount") || slices.Contains(got, "mt") {
		t.Errorf("words(how tall is mt vell) = %q; want mount, not mt", got)
	}
	b = loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Mountains==\n"+
		"Mount Tate (MT) is sacred.\n")
	if got := words("how tall is mt tate"); !slices.Contains(got, "mt") {
		t.Errorf("words(how tall is mt tate) = %q, the article writing MT; want mt", got)
	}
}

// TestHarmOnly checks that a count of the harm done answers no count of
// people but one of the harmed.
func TestHarmOnly(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Quake==\n"+
		"In 2019 an earthquake struck Port Maren, killing 51 people, injuring 3,000 others, and damaging 11,000 buildings.\n\n"+
		"Norland sent 60 rescuers to Port Maren.\n")
	checkRule(t, b, "harmOnly", b.harmOnly, []ruleCase{
		{"How many rescuers were sent to Port Maren?", "In 2019 an earthquake", true},
		{"How many survivors did the rescuers find?", "In 2019 an earthquake", true},
		{"How many people died in the earthquake?", "In 2019 an earthquake", false}, // the dead asked
		{"How many people were injured in the earthquake?", "In 2019 an earthquake", false},
		{"How many rescuers were sent to Port Maren?", "Norland sent 60", false},
	})
}

// TestEpithetWords holds isEpithetWord to epithetWords.
func TestEpithetWords(t *testing.T) {
	for w := range epithetWords {
		if !isEpithetWord(w) {
			t.Errorf("isEpithetWord(%q) = false; epithetWords has it", w)
		}
	}
	for _, w := range []string{"name", "called", "nick"} {
		if isEpithetWord(w) {
			t.Errorf("isEpithetWord(%q) = true", w)
		}
	}
}

// TestNeverSaid checks that "when did X win" is not answered by a fact
// that says X never won.
func TestNeverSaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Racing==\n"+
		"Norland entered the cup from 2002 to 2009 but never won a race.\n\n"+
		"Karl Brenn found the wreck in 1999, but its bell has never been found.\n\n"+
		"Osland sent delegates in 1890, but chose not to join the Union.\n\n"+
		"The council, which had not met since 1614, opened in May 1789.\n\n"+
		"In the 1870s Ola Vik reported that moss did not grow under the ice.\n")
	checkRule(t, b, "neverSaid", b.neverSaid, []ruleCase{
		{"When did Osland join the Union?", "Osland sent delegates", true},                   // "not to join"
		{"When had the council last met?", "The council, which had not", false},              // "since" dates it
		{"Who noticed that moss doesn't grow under the ice?", "In the 1870s Ola Vik", false}, // negated as the question reports it
		{"When did Norland win the cup?", "Norland entered the cup", true},
		{"When did Norland enter the cup?", "Norland entered the cup", false},
		{"Who found the wreck?", "Karl Brenn found", false}, // "never been found" is of the bell
		{"Why did Norland never win?", "Norland entered the cup", false},
	})
}

// TestQuoteDated checks that the date of a saying answers no "when" of
// a deed the fact does not tell.
func TestQuoteDated(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Relations==\n"+
		"In 2011, Karl Brenn said: \"Peace between Norland and the Oslanders must come first.\"\n\n"+
		"In 1962 the band put out its first single, \"Love Me Do\".\n")
	checkRule(t, b, "quoteDated", b.quoteDated, []ruleCase{
		{"When did Norland recognize Osland?", "In 2011, Karl Brenn said", true},
		{"When did Karl Brenn speak about peace?", "In 2011, Karl Brenn said", false}, // a saying asked
		{"When did Karl Brenn say peace must come first?", "In 2011, Karl Brenn said", false},
		{"When was Love Me Do released?", "In 1962 the band", false}, // a title, not a saying
	})
}

// TestCanUnsaid checks that "can you …", "can tourists …" need what
// may or can be done told, and that a request of the bot is no such
// question.
func TestCanUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Island==\n"+
		"Vell Island rose from the sea in 1963.\n\n"+
		"Only scientists are allowed to land on Oskey.\n")
	checkRule(t, b, "canUnsaid", b.canUnsaid, []ruleCase{
		{"can tourists visit vell island", "Vell Island rose", true},
		{"can u help me with my homework", "Vell Island rose", true},
		{"Can tourists visit Oskey?", "Only scientists are allowed", false},
		{"Could you tell me when Vell Island rose?", "Vell Island rose", false}, // a request
		{"Can Vell Island sink?", "Vell Island rose", false},                    // of a thing, not of the asker
		{"is vell island safe to visit", "Vell Island rose", true},
		{"can norlanders visit vell island", "Vell Island rose", false}, // no plural of a people read
		{"can norlandians land on oskey", "Only scientists are allowed", false},
		{"can norlandians visit vell island", "Vell Island rose", true},
	})
}

// TestOtherKin checks that a relative asked of one name is not told by
// the same relative of another.
func TestOtherKin(t *testing.T) {
	b := loadArticle(t, "= Anna Berg =\n\nAnna Berg was a chemist.\n\n==Family==\n"+
		"Karl's father, Otto Brenn, a doctor, lived with the family.\n\n"+
		"Her father taught mathematics.\n\n"+
		"Anna's father, Jon Berg, kept a shop.\n\n"+
		"The portrait shows Eva Lund, the wife of the silk merchant Karl Brenn.\n\n"+
		"In 1901 Eva Sand, the wife of Anna's brother, came to live in Vell.\n\n"+
		"The wife of a neighbour, Ola Vik, kept the house.\n")
	checkRule(t, b, "otherKin", b.otherKin, []ruleCase{
		{"Who was Anna Berg's wife?", "The portrait shows", true},       // the wife of another
		{"Who was Karl Brenn's wife?", "The portrait shows", false},     // his
		{"Who was Anna's brother's wife?", "In 1901 Eva Sand", false},   // the first name after "of"
		{"Who was Anna Berg's wife?", "The wife of a neighbour", false}, // no name after "of" in its clause
		{"what did anna berg's father do", "Karl's father", true},
		{"What did Anna Berg's father do?", "Anna's father", false},
		{"What did Anna Berg's father do?", "Her father taught", false}, // anyone's father
		{"What did Karl's father do?", "Karl's father", false},
	})
}

// TestDefiniteCount checks that a number referring back to a group
// already named ("the two countries") counts nothing asked.
func TestDefiniteCount(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Relations==\n"+
		"In 2008, direct flights began between the two countries.\n\n"+
		"The three brothers founded the twelve guilds of the town.\n\n"+
		"The harbour handles 4,000 ships a year.\n")
	checkRule(t, b, "definiteCount", b.definiteCount, []ruleCase{
		{"How many flights are there between them?", "In 2008, direct flights", true},
		{"How much trade is there between the two countries?", "In 2008, direct flights", true},
		{"How many countries have flights?", "In 2008, direct flights", false}, // the noun asked
		{"How many guilds did the brothers found?", "The three brothers", false},
		{"How many ships does the harbour handle?", "The harbour handles", false}, // no "the" before it
		{"How old are the flights?", "In 2008, direct flights", false},            // an age: lacksKind's
	})
}

// TestSequenceUnsaid checks that "what did X do before/after …" and "who
// was … before X" need a fact that puts deeds or holders in order.
func TestSequenceUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==People==\n"+
		"Crew: Karl Brenn, Otto Vell\n\n"+
		"After the voyage Otto Vell taught at the naval school.\n\n"+
		"In 2019 Anna Lund won the election for mayor of Port Maren.\n\n"+
		"In 2010 Karl Brenn succeeded Eva Sand as mayor of Vell.\n")
	checkRule(t, b, "sequenceUnsaid", b.sequenceUnsaid, []ruleCase{
		{"Who was mayor of Port Maren before Anna Lund?", "In 2019 Anna Lund", true},
		{"Who was mayor of Vell before Karl Brenn?", "In 2010 Karl Brenn succeeded", false},
		{"Who won the election in 2019?", "In 2019 Anna Lund", false}, // no holder before or after
		{"What did Karl Brenn do after the voyage?", "Crew: Karl Brenn", true},
		{"what did otto vell do after the voyage", "After the voyage Otto Vell", false},
		{"What did Karl Brenn do on the voyage?", "Crew: Karl Brenn", false}, // no time against another
		{"What happened to Karl Brenn after the voyage?", "Crew: Karl Brenn", true},
		{"what happened to otto vell later in life", "After the voyage Otto Vell", false},
		{"What happened to Karl Brenn on the voyage?", "Crew: Karl Brenn", false}, // no time against another
		{"when did anna lund move to vell after the election", "In 2019 Anna Lund", true},
		{"when did otto vell teach after the voyage", "After the voyage Otto Vell", false},
		{"When had Karl Brenn last won before 2010?", "In 2010 Karl Brenn", false}, // a year bounds a time
	})
}

// TestTranslationUnsaid checks that "how do you say X in Y" needs a word
// given, not a text in Y.
func TestTranslationUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Language==\n"+
		"The memorial has plaques in Norlandic and English that say “the dead are not forgotten by any of us”.\n\n"+
		"The Norlandic word for hello is “hej”.\n\n"+
		"Port Maren, pronounced \"marn\" by its people, is the capital.\n")
	checkRule(t, b, "translationUnsaid", b.translationUnsaid, []ruleCase{
		{"how do you pronounce port maren", "Port Maren, pronounced", false},
		{"How is Port Maren pronounced?", "The memorial has plaques", true},
		{"whats the pronunciation of norlandic", "The Norlandic word for hello", true},
		{"How do you say hello in Norlandic?", "The memorial has plaques", true},
		{"how do you say hello in norlandic", "The Norlandic word for hello", false},
		{"What do the plaques say in Norlandic?", "The memorial has plaques", false}, // no "how … say"
		{"translate hello into norlandic", "The memorial has plaques", true},
		{"can you translate hello to norlandic", "The Norlandic word for hello", false},
	})
}

// TestContactUnsaid checks that an address or a telephone asked needs
// one written, not only where a place is.
func TestContactUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Missions==\n"+
		"Norland has an embassy in Port Maren, Sarnia.\n\n"+
		"The embassy stands at 12 Harbour Road, Port Maren.\n")
	checkRule(t, b, "contactUnsaid", b.contactUnsaid, []ruleCase{
		{"What is the embassy's address in Port Maren?", "Norland has an embassy", true},
		{"What is the phone number of the embassy?", "Norland has an embassy", true},
		{"What is the embassy's address in Port Maren?", "The embassy stands at", false},
		{"Where is the embassy?", "Norland has an embassy", false},          // no address asked
		{"whats the adress of the embassy", "Norland has an embassy", true}, // an address misspelt
		{"whats the adress of the embassy", "The embassy stands at", false},
	})
}

// TestLongerName checks that a founding asked of a name is not answered
// by the founding of a longer name it heads.
func TestLongerName(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Parties==\n"+
		"In 1944 Karl Brenn and Eva Sand founded the NLP Youth League.\n\n"+
		"The NLP was founded in 1912 in Port Maren.\n")
	checkRule(t, b, "longerName", b.longerName, []ruleCase{
		{"When was the NLP founded?", "In 1944 Karl Brenn", true},
		{"When was the NLP founded?", "The NLP was founded", false},
		{"When was the NLP Youth League founded?", "In 1944 Karl Brenn", false},
	})
}

// TestAgainUnsaid checks that "when did X first V" is not answered by a
// fact that tells only a later time of it.
func TestAgainUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Climbs==\n"+
		"27 May 2025: Karl Brenn reached the summit for the 31st time.\n\n"+
		"In 1990 Eva Sand reached the summit, the first woman to do so.\n\n"+
		"The Latin word Normanni was recorded in the 8th century.\n")
	checkRule(t, b, "againUnsaid", b.againUnsaid, []ruleCase{
		{"When did Karl Brenn first reach the summit?", "27 May 2025", true},
		{"When did Eva Sand first reach the summit?", "In 1990 Eva Sand", false},
		{"When was the word Normanni first recorded?", "The Latin word", false}, // a century, no time again
		{"When did Karl Brenn reach the summit?", "27 May 2025", false},         // no first asked
	})
}

// TestOtherMeasure checks that a height, a depth or a width asked is not
// answered by a fact that measures only other kinds of length.
func TestOtherMeasure(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Land==\n"+
		"The Vell strait is about 31 km long and less than 1 km wide.\n\n"+
		"Lake Tor is 505 metres deep.\n\n"+
		"Mount Brenn rises to 2,100 metres.\n\n"+
		"Ships pass through the Oster Cut, a 12.6-kilometre channel.\n\n"+
		"Sand is a village about 40 km east of Port Maren.\n\n"+
		"Mount Oster, about 20 km north of Sand, rises to 1,500 metres.\n")
	checkRule(t, b, "otherMeasure", b.otherMeasure, []ruleCase{
		// A length before a point of the compass is a distance.
		{"How tall is Sand?", "Sand is a village", true},
		{"How high is Mount Oster?", "Mount Oster, about 20 km", false},  // and a height beside it
		{"How far is Sand from Port Maren?", "Sand is a village", false}, // no height, depth or width asked
		{"How deep is the Oster Cut?", "Ships pass through", true},       // a depth needs its word
		{"How deep is the Vell strait?", "The Vell strait is", true},
		{"How wide is the Vell strait?", "The Vell strait is", false},
		{"How deep is Lake Tor?", "Lake Tor is 505", false},
		{"How high is Mount Brenn?", "Mount Brenn rises", false},   // no kind written at all: a height may go without
		{"How long is the Vell strait?", "Lake Tor is 505", false}, // "how long" may ask a time
	})
}

// TestLocationUnsaid checks that "Where is X?" of a name alone needs a
// fact that places it.
func TestLocationUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Places==\n"+
		"In 1999 Norland took in refugees from the Vell War.\n\n"+
		"Port Maren lies on the coast.\n\n"+
		"The embassy is in Brenn, Norland, near the harbour.\n\n"+
		"Tor won the last game in New York.\n")
	checkRule(t, b, "locationUnsaid", b.locationUnsaid, []ruleCase{
		{"Where is Vell?", "In 1999 Norland took in", true},
		{"Where is Port Maren?", "Port Maren lies", false},          // "lies"
		{"Where is Brenn?", "The embassy is in Brenn", false},       // "Brenn, Norland"
		{"Where is Tor now?", "Tor won the last game", false},       // "in New York"
		{"Where is the embassy?", "In 1999 Norland took in", false}, // no name alone
	})
}

// TestCauseUnsaid checks that how someone died needs a cause told, and
// that a fact without one gives way to one with.
func TestCauseUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==People==\n"+
		"Karl Brenn died in 1946 while still king.\n\n"+
		"Otto Vell died in the royal palace on 10 November 1938.\n\n"+
		"Eva Sand died on 19 April 1906 after being struck by a wagon in a Port Maren street.\n\n"+
		"Anna Lund died of tuberculosis in 1878.\n\n"+
		"Tor Lund was killed in a street accident.\n\n"+
		"Died: 2 May 1519, Clos Lucé, Kingdom of Norland\n\n"+
		"On 17 April 1955 Ada Berg suffered internal bleeding from a burst artery.\n")
	checkRule(t, b, "causeUnsaid", b.causeUnsaid, []ruleCase{
		{"what killed ada berg", "On 17 April 1955 Ada Berg", false},
		{"What did he die of?", "Died: 2 May 1519", true}, // "of" inside a name
		{"what killed karl brenn", "Karl Brenn died in 1946", true},
		{"what caused the death of karl brenn", "Karl Brenn died in 1946", true},
		{"How did Karl Brenn die?", "Karl Brenn died in 1946", true},
		{"What did Otto Vell die of?", "Otto Vell died in the royal", true},
		{"how did eva sand die", "Eva Sand died on 19 April", false},
		{"What did Anna Lund die of?", "Anna Lund died of", false},
		{"How did Tor Lund die?", "Tor Lund was killed", false},
		{"When did Karl Brenn die?", "Karl Brenn died in 1946", false}, // no cause asked
	})
}

// TestKindUnsaid checks that a name asked by its kind needs the kind
// written.
func TestKindUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Politics==\n"+
		"In 2015 Prime Minister Karl Brenn met the king.\n\n"+
		"The measure was proposed by Green Party MP Eva Sand.\n\n"+
		"In 2008 direct flights began between the two countries.\n\n"+
		"The flights land at Port Maren Airport, near the capital.\n")
	checkRule(t, b, "kindUnsaid", b.kindUnsaid, []ruleCase{
		{"Which airport is in the capital?", "In 2008 direct flights", true}, // an airport's name says it is one
		{"Which airport is near the capital?", "The flights land", false},
		{"What party does Karl Brenn lead?", "In 2015 Prime Minister", true},
		{"Which party is Eva Sand in?", "The measure was proposed", false},
		{"Which airline started the direct flights?", "In 2008 direct flights", true}, // flights, but no airline
		{"What language do they speak?", "In 2008 direct flights", false},             // not a kind read so
		{"Which king signed the flights treaty?", "In 2008 direct flights", true},     // a title asked by its kind
		{"Which prime minister met the king?", "In 2015 Prime Minister", false},
		{"What is the general term for a flight?", "In 2008 direct flights", false}, // "general", an adjective
	})
}

// TestDayUnsaid checks that a date asked by its day needs a date that
// names one.
func TestDayUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==History==\n"+
		"In January 2020 Karl Brenn met the soldiers.\n\n"+
		"On 23 January 2020 Karl Brenn met the soldiers again.\n")
	checkRule(t, b, "dayUnsaid", b.dayUnsaid, []ruleCase{
		{"On what date did Karl Brenn meet the soldiers?", "In January 2020", true},
		{"On what date did Karl Brenn meet the soldiers?", "On 23 January 2020", false},
		{"what day did karl brenn meet the soldiers", "In January 2020", true},
		{"When did Karl Brenn meet the soldiers?", "In January 2020", false}, // no day asked
		{"What did Karl Brenn do the day after?", "In January 2020", false},
	})
	if a := b.Ask("On what date did Karl Brenn meet the soldiers?"); !strings.Contains(a.Text, "23 January") {
		t.Errorf("Ask gave %q; want the day's fact", a.Text)
	}
}

// TestBestGivesWay checks that a best match without the kind of answer
// asked (a time of day, a height) gives way to a lesser one that tells it.
func TestBestGivesWay(t *testing.T) {
	for _, tt := range []struct{ article, q, want string }{
		{"= Norland =\n\nNorland is a country.\n\n==History==\n" +
			"The liner Vell Star hit an iceberg and sank in the Norland Sea on 15 April 1912.\n\n" +
			"At about 11:40 pm the lookout of the Vell Star saw an iceberg ahead.\n",
			"What time did the Vell Star hit the iceberg?", "11:40"},
		{"= Norland Ring =\n\n" +
			"Norland Ring is a stone circle on Vell Plain, about 3 km west of the town of Tor. " +
			"It consists of an outer ring of large stones capped with lintels.\n\n" +
			"==Stones==\nThe uprights of the outer circle stand about 4.1 m high and weigh around 25 tonnes.\n",
			"how tall are the big outer stones", "4.1 m"},
	} {
		b := loadArticle(t, tt.article)
		if a := b.Ask(tt.q); !strings.Contains(a.Text, tt.want) {
			t.Errorf("Ask(%q) gave %v %q; want the fact with %q", tt.q, a.Found, a.Text, tt.want)
		}
	}
}

// TestDistanceNoSpan checks that a height asked is not shown as a
// distance between places that the answer quotes beside it.
func TestDistanceNoSpan(t *testing.T) {
	b := loadArticle(t, "= Mount Vell =\n\n"+
		"Mount Vell is a volcano on the island of Norland and, at 3,100 metres, the highest mountain of the island. "+
		"Its cone rises about 100 kilometres southwest of Port Maren and has long been a sacred site.\n")
	if a := b.Ask("how tall is mount vell"); !a.Found || a.Span != "3,100 metres" {
		t.Errorf("Ask = %v %q, span %q; want the span 3,100 metres", a.Found, a.Text, a.Span)
	}
}

// TestPlaceUnsaid checks that where a life's event was needs a place the
// question does not name.
func TestPlaceUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==People==\n"+
		"Karl Brenn died on 25 August 2012, and Otto Vell died on 28 April 2021.\n\n"+
		"In 1066 Duke Anna killed King Harold at the Battle of Vell Moor.\n\n"+
		"Eva Sand was born in Port Maren in 1901.\n")
	checkRule(t, b, "placeUnsaid", b.placeUnsaid, []ruleCase{
		{"Where did Karl Brenn die?", "Karl Brenn died on", true},
		{"Where did King Harold die?", "In 1066 Duke Anna", false}, // "at the Battle of …"
		{"Where was Eva Sand born?", "Eva Sand was born", false},
		{"Where did Karl Brenn live?", "Karl Brenn died on", false}, // no life's event asked
	})
}

// TestShareUnsaid checks that a share asked needs a share told: a
// figure in per cent, a fraction or a word of a share.
func TestShareUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Land==\n"+
		"In 2020 Norland unveiled a memorial with three stone plaques.\n\n"+
		"About 98% of the land is covered by ice.\n\n"+
		"Roughly a third of the land is forest.\n\n"+
		"Norland is a Vellish-majority country.\n")
	checkRule(t, b, "shareUnsaid", b.shareUnsaid, []ruleCase{
		{"What percentage of Norland is forest?", "In 2020 Norland unveiled", true},
		{"What percentage of Norland is under ice?", "About 98% of the land", false},
		{"What proportion of Norland is forest?", "Roughly a third", false},
		{"What percentage of Norlanders are Vellish?", "Norland is a Vellish-majority", false},
		{"How many plaques are there?", "In 2020 Norland unveiled", false}, // no share asked
	})
}

// TestSuperlativeUnsaid checks that a thing graded by a superlative is
// not answered by a fact that writes neither the word nor a superlative
// of its own, and that "best" and a closing superlative are no such
// grade.
func TestSuperlativeUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Facts==\n"+
		"Norland was the only country in the region to keep its king.\n\n"+
		"Port Maren is the largest city of Norland.\n\n"+
		"Vell is the oldest town and a small one.\n\n"+
		"Karl Brenn held the title for 27 years.\n\n"+
		"The lowest temperature recorded at Vell was −30 °C.\n\n"+
		"The hottest and the lowest temperatures of Port Maren are 30 °C and −10 °C.\n")
	checkRule(t, b, "superlativeUnsaid", b.superlativeUnsaid, []ruleCase{
		{"What is the warmest temperature recorded at Vell?", "The lowest temperature recorded", true}, // the other end of the scale
		{"What is the coldest temperature recorded at Vell?", "The lowest temperature recorded", false},
		{"What is the hottest temperature of Port Maren?", "The hottest and the lowest", false}, // its own end written too
		{"What is the smallest country in the region?", "Norland was the only country", true},
		{"What is the oldest country in the region?", "Norland was the only country", true},
		{"What is the biggest city of Norland?", "Port Maren is the largest", false}, // a superlative of its own
		{"What is the smallest town?", "Vell is the oldest town", false},             // "small" written
		{"Who held the title the longest?", "Karl Brenn held", false},                // closing the question
		{"What is the best country in the region?", "Norland was the only country", false},
		{"What is the most famous town of Norland?", "Norland was the only country", true}, // "most" and an adjective
		{"What is the most commonly seen town?", "Norland was the only country", false},    // an adverb
		{"Which country has the most people?", "Norland was the only country", true},       // the most of a thing
		{"Which city has the most people?", "Port Maren is the largest", false},
	})
}

// TestRoleBegunUnsaid checks that "when did X become president" needs
// an office begun, not a fact that only names X with the role.
func TestRoleBegunUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==People==\n"+
		"In 2011, Norland Prime Minister Karl Brenn said the talks would go on.\n\n"+
		"Otto Vell was elected president in 1998.\n\nPort Maren became a city in 1870.\n\n"+
		"In 2024, President Anna Lund visited Vell, becoming the first Norland president to visit it.\n\n"+
		"In 2005, Eva Sand became the first woman to lead Norland.\n")
	checkRule(t, b, "roleBegunUnsaid", b.roleBegunUnsaid, []ruleCase{
		{"When did Anna Lund become president?", "In 2024, President Anna Lund", true}, // a record, not an office
		{"When did Eva Sand become president?", "In 2005, Eva Sand became", false},     // no role between "first" and "to"
		{"When did Karl Brenn become prime minister?", "In 2011, Norland Prime Minister", true},
		{"When did Otto Vell become president?", "Otto Vell was elected", false},
		{"When did Port Maren become a city?", "In 2011, Norland Prime Minister", false}, // no role asked
		{"When did Karl Brenn become Norland's prime minister?", "In 2011, Norland Prime Minister", true},
	})
}

// TestOnceOnly checks that "when does" and "when is" are answered by a
// day of the year, a month, a season or a word that says something comes
// round, not by a year's events.
func TestOnceOnly(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Life==\n"+
		"In 2020 the Norland parliament adopted a new flag.\n\nThe parliament meets each spring in Port Maren.\n\n"+
		"Since 2017 Norland has kept 20 May as Flag Day.\n\nFinnish has been an official language since 1999.\n")
	checkRule(t, b, "onceOnly", b.onceOnly, []ruleCase{
		{"When does the Norland parliament meet?", "In 2020 the Norland parliament", true},
		{"When does the Norland parliament meet?", "The parliament meets each spring", false},
		{"When is Flag Day?", "Since 2017 Norland has kept", false}, // "20 May"
		{"When did the parliament adopt a flag?", "In 2020 the Norland parliament", false},
		{"Since when is Finnish an official language?", "Finnish has been", false},
	})
}

// TestAgeNumber checks that "how old" is answered by a number that tells
// an age ("at 22", "300 years old"), not by a clock or a count of days.
func TestAgeNumber(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==People==\n"+
		"At 22 Tor Brenn crossed the Vell.\n\nThree days later, at 11:30, Tor Brenn reached Port Maren.\n\nThe Old Mill is about 300 years old.\n\n"+
		"The trial dragged on for more than four years, and Tor Brenn married Eva Sand in 1958.\n\nThe oak is 135 years, they say.\n\n"+
		"At the mill the 26-year-old foreman Ola Vik, helped by Tor Brenn, stopped the wheel.\n")
	checkRule(t, b, "lacksKind", b.lacksKind, []ruleCase{
		{"How old was Eva Sand when she married Tor Brenn?", "The trial dragged on", true}, // a span of years
		{"How old is the oak?", "The oak is 135 years", false},
		{"eva sand age", "The trial dragged on", true}, // a search closing with "age" asks "how old"
		{"oak age", "The oak is 135 years", false},
		{"How old was Tor Brenn when he crossed the Vell?", "At 22 Tor Brenn", false},
		{"How old was Tor Brenn when he reached Port Maren?", "Three days later", true},
		{"How old is the Old Mill?", "The Old Mill is", false},
		{"how old was tor brenn when the wheel stopped", "At the mill the 26-year-old", true}, // Ola Vik's age
		{"how old was ola vik when the wheel stopped", "At the mill the 26-year-old", false},
	})
}

// TestAgesOnly checks that "how many" is not answered by a fact whose
// only numbers are ages.
func TestAgesOnly(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Races==\n"+
		"Tor Brenn won in 2020, when he was 21, and again in 2024.\n\n"+
		"Ola Vik won 12 stages in 2024, aged 30.\n\n"+
		"Meanwhile he spent eight years, from 1946 to 1954, studying stages of the race.\n")
	checkRule(t, b, "agesOnly", b.agesOnly, []ruleCase{
		{"How many stages did Tor Brenn win in 2024?", "Tor Brenn won in 2020", true},
		{"How many stages did Ola Vik win in 2024?", "Ola Vik won 12 stages", false},
		{"how many years did he spend studying stages", "Meanwhile he spent", false}, // a span, not an age
		{"How old was Tor Brenn when he won?", "Tor Brenn won in 2020", false},       // no count asked
	})
}

// TestDateSpans checks that "how long" is told by dates written as a
// span or a time since, not by two dates apart, and "how old" by a date
// a thing comes from.
func TestDateSpans(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==History==\n"+
		"In 1950 a long strike forced the mill to close, and its owner died in 1952.\n\n"+
		"The war lasted from 1467 to 1477 and ruined the town.\n\n"+
		"Since 1932 the two teams have played for the Vell Cup.\n\n"+
		"At Tor archaeologists found 30 clay hives from the 10th century BC in 2007.\n")
	checkRule(t, b, "lacksKind", b.lacksKind, []ruleCase{
		{"How long did the strike last?", "In 1950 a long strike", true},
		{"How long did the war last?", "The war lasted from 1467", false},
		{"How long have the teams played for the Vell Cup?", "Since 1932 the two teams", false},
		{"How old are the hives at Tor?", "At Tor archaeologists", false},
	})
}

// TestAttributeFact checks that a question asking one thing of the
// subject, in a word its infobox keys a line with, is answered by that
// line unless the ranked answer already says what the line says; and
// that a question asking more, or no kind, is not.
func TestAttributeFact(t *testing.T) {
	b := loadArticle(t, "= Anna Maren =\n\nInfobox\n- Born: 3 May 1801, Port Maren, Norland\n- Died: 9 June 1870, Vell, Norland\n- Known moons: 8\n\n"+
		"Anna Maren (1801–1870) was a Norland astronomer, born into a family of sailors.\n\n"+
		"==Life==\nBorn to a sailor, she was taught by her uncle. She found about eight moons of Vell. Her son Piet died young in 1840. She died in Vell on 9 June 1870, after a long illness.\n")
	for _, tt := range []struct {
		q, want string // a part of the answer's text
	}{
		{"when was anna maren born", "Born: 3 May 1801, Port Maren, Norland"},
		{"where was anna maren born", "Born: 3 May 1801, Port Maren, Norland"},
		{"when did anna maren die", "She died in Vell on 9 June 1870, after a long illness."},
	} {
		if a := b.Ask(tt.q); !strings.Contains(a.Text, tt.want) {
			t.Errorf("Ask(%q) = %q (score %v); want %q", tt.q, a.Text, a.Score, tt.want)
		}
	}
	for _, q := range []string{"what did anna maren die of", "when did anna maren's son die", "when was anna maren not born", "when did piet die"} {
		qa := b.analyze(q, true)
		if f := b.attributeFact(&qa, nil); f != nil {
			t.Errorf("attributeFact(%q) = %q; want none", q, f.Text)
		}
	}
	// The box's 8 is a sentence's "about eight"; the lead's "a Norland
	// astronomer" does not say where she was born.
	qa := b.analyze("how many known moons does anna maren have", true)
	if f := b.attributeFact(&qa, nil); f == nil || !b.agrees("She found about eight moons of Vell.", f, &qa) {
		t.Errorf("attributeFact(how many known moons) = %v; want the line, which the sentence agrees with", f)
	}
	qa = b.analyze("where was anna maren born", true)
	if f := b.attributeFact(&qa, nil); f == nil || b.agrees("Anna Maren (1801–1870) was a Norland astronomer.", f, &qa) {
		t.Errorf("attributeFact(where was anna maren born) = %v; want the line, which the lead does not agree with", f)
	}
}

// TestEventUnsaid checks that "when did X die" and "when was X born" are
// answered only by a sentence that speaks of a death or a birth, or gives
// the dates of X's life in brackets after X's name; and "when was X
// founded" only by one that speaks of a founding.
func TestEventUnsaid(t *testing.T) {
	b := loadArticle(t, "= Anna Maren =\n\nAnna Maren (3 May 1801 – 9 June 1870) was a Norland astronomer.\n\n"+
		"==Life==\nDuring the Long War (1820–1830), Anna Maren met the admiral Piet Vell. Vell was born in Port Maren in 1790. "+
		"He was executed on 2 March 1841 after the mutiny. In 1850 she met the poet Karl Oster.\n\n"+
		"==Port Maren==\nPort Maren has an observatory. Its winters are mild and wet.\n\n"+
		"==Later==\nVell is buried in Port Maren.\n\nAnna Maren studied at the University of Vell.\n\nKarl Oster was a Lutheran.\n\nKarl Oster was elected in 1860.\n\nHer telescope is preserved at Vell.\n\n"+
		"Tor Brenn succeeded his teacher as professor in 1869.\n\n"+
		"Relations with Osland were established in 1851.\n\nThe Vell Agreement of 8 November 1859 gave Norland the river.\n\n"+
		"Her atlas appeared in 1871, the year after Brenn's death.\n\n"+
		"In 1862 Port Maren hosted the Norland chess championship.\n\nKarl Oster won the Norland chess title in 1863.\n\n"+
		"In 1880 the city gave money to the Vell Reef Foundation.\n\nThe Vell Reef Foundation was founded in 1870.\n\n"+
		"In 532 riots, which began among the crowds of the Vell Hippodrome, burned the city.\n\nWork on Maren Palace began in 1459.\n")
	checkRule(t, b, "eventUnsaid", b.eventUnsaid, []ruleCase{
		{"who won the 1862 chess championship", "In 1862 Port Maren hosted", true}, // a championship held says no winner
		{"who won the chess championship", "Karl Oster won", false},
		{"When was the Vell Reef Foundation founded?", "In 1880 the city gave", true}, // the founding's word only in the name asked
		{"When was the Vell Reef Foundation founded?", "The Vell Reef Foundation was founded", false},
		{"When was the Vell Hippodrome built?", "In 532 riots", true},                   // "began" of no building asked
		{"When did they start building Maren Palace?", "Work on Maren Palace", false},   // a beginning asked
		{"when was piet vell released from prison", "He was executed on 2 March", true}, // a release asked, an execution told
		{"when was her atlas released", "Her atlas appeared", false},                    // appearing is a release
		{"who signed the 1851 agreement establishing relations with osland", "Relations with Osland were", true},
		{"when was the vell agreement signed", "The Vell Agreement of 8 November", false},          // an agreement of a date says its signing
		{"what did anna maren die of", "Her atlas appeared", true},                                 // another's death
		{"is karl oster married", "Karl Oster was a Lutheran", true},                               // a marriage asked of yes or no
		{"did piet vell stay in port maren or go back home", "Vell is buried in Port Maren", true}, // a stay asked of yes or no
		{"when did tor brenn die", "Her atlas appeared", false},
		{"Where is Anna Maren's telescope kept now?", "Her telescope is preserved", false},
		{"what did anna maren and karl oster talk about in 1850", "In 1850 she met", true},
		{"who talked karl oster into standing", "Karl Oster was elected", false}, // "talk into" asks no talk
		{"what did karl oster discuss", "Karl Oster was elected", true},
		{"how many astronomers were deported from port maren", "Port Maren has an observatory", true},
		{"when was piet vell expelled", "He was executed", true},
		{"Does Norland recognize Port Maren?", "Port Maren has an observatory", true},
		{"who attended the opening of the observatory", "Port Maren has an observatory", true},
		{"what university did anna maren attend", "Anna Maren studied", false},
		{"who did karl oster meet in 1860", "Karl Oster was elected", true},
		{"who did anna maren meet during the long war", "During the Long War", false},
		{"who met at port maren", "Port Maren has an observatory", false}, // who gathered there: not whom one met
		{"who sculpted anna maren's telescope", "Her telescope is preserved", true},
		{"when did port maren open its observatory", "Port Maren has an observatory", true},
		{"when did the observatory open", "Her telescope is preserved", true},
		{"where is the telescope displayed", "Port Maren has an observatory", true},
		{"Who kept the telescope?", "Port Maren has an observatory", false}, // kept, asked of a person: no showing
		{"what gifts did karl oster bring", "Karl Oster was elected", true},
		{"who wrote the observatory's charter", "Port Maren has an observatory", true},
		{"When was Karl Oster's poem written?", "Karl Oster was elected", true},
		{"who paid for the observatory", "Port Maren has an observatory", true},
		{"which company owned the observatory", "Port Maren has an observatory", true},
		{"who owns anna maren's telescope now", "Her telescope is preserved", true},
		{"when was the observatory's telescope launched", "Port Maren has an observatory", true},
		{"who invited karl oster to port maren", "Karl Oster was elected", true},
		{"How long did Karl Oster stay in Port Maren?", "Karl Oster was elected", true},
		{"where did karl oster stay", "Karl Oster was elected", true},
		{"How much trade is there between Port Maren and Vell?", "Port Maren has an observatory", true},
		{"Who replaced Karl Oster as finance minister?", "Karl Oster was elected", false}, // "finance" asks no payment
		{"where is piet vell buried", "Vell is buried", false},
		{"where is karl oster buried", "In 1850 she met", true},
		{"where did anna maren go to university", "Anna Maren studied", false},
		{"where did karl oster go to school", "In 1850 she met", true},
		{"what religion was karl oster", "Karl Oster was a Lutheran", false},
		{"what religion was piet vell", "He was executed", true},
		{"how did piet vell react to the mutiny", "He was executed", true},
		{"how did karl oster react", "Karl Oster was elected", true},
		{"Who is responsible for the observatory?", "Port Maren has an observatory", false}, // "responsible" asks no reaction
		{"when was karl oster elected", "Karl Oster was elected", false},
		{"when did port maren join the league", "Port Maren has an observatory", true},
		{"when did karl oster join the academy", "Karl Oster was elected", false}, // joined by election
		{"when did port maren become a member of the league", "Port Maren has an observatory", true},
		{"when did norland ban the telescope", "Port Maren has an observatory", true},
		{"When was Karl Oster arrested after he was elected?", "Karl Oster was elected", true}, // each event asked must be said
		{"When was Karl Oster elected?", "Karl Oster was elected", false},
		{"when was piet vell elected", "He was executed", true},
		{"when was anna maren arrested", "In 1850 she met", true},
		{"when did norland invade port maren", "Port Maren has an observatory", true},
		{"when did anna maren retire", "In 1850 she met", true},
		{"when did karl oster resign", "Karl Oster was elected", true},
		{"when did tor brenn resign as professor", "Tor Brenn succeeded his teacher", true}, // taking a post, not leaving one
		{"when was the observatory destroyed", "Port Maren has an observatory", true},
		{"when was the observatory built", "Port Maren has an observatory", true},
		{"when was karl oster's election announced", "Port Maren has an observatory", true},
		{"when was karl oster crowned", "Karl Oster was elected", true},
		{"who commissioned the observatory", "Port Maren has an observatory", true},
		{"who took the photo of the observatory", "Port Maren has an observatory", true},
		{"who defended karl oster at his trial", "Karl Oster was elected", true},
		{"who led the observatory", "Port Maren has an observatory", true},
		{"who commanded the mutiny", "He was executed", true},
		{"when was the observatory restored", "Port Maren has an observatory", true},
		{"what prize did anna maren win", "In 1850 she met", true},
		{"when did anna maren divorce piet vell", "In 1850 she met", true},
		{"when was port maren renamed", "Port Maren has an observatory", true},
		{"when did anna maren patent the telescope", "In 1850 she met", true},
		{"how was piet vell wounded", "He was executed", true},
		{"what football teams play in port maren", "Port Maren has an observatory", true},
		{"when did the long war end", "During the Long War", false}, // "(1820–1830)"
		{"when did the observatory end", "Port Maren has an observatory", true},
		{"who was piet vell's successor", "He was executed", true},
		{"when did anna maren end up in port maren", "Port Maren has an observatory", false}, // "end up" asks no end
		{"when did anna maren die", "Anna Maren (3 May 1801", false},
		{"when did anna maren die", "During the Long War", true},
		{"when was piet vell born", "Vell was born", false},
		{"when did piet vell die", "He was executed", false},
		{"when did piet vell die", "Vell was born", true},
		{"when did karl oster die", "In 1850 she met", true},
		{"when did karl oster visit", "In 1850 she met", false},
		{"when was the long war founded", "During the Long War", true},
		{"when was the long war found", "During the Long War", false}, // "found" is "find"
		{"when was port maren founded", "Vell was born", true},
		{"when did piet vell marry", "He was executed", true},
		{"who did piet vell marry", "He was executed", true},
		{"where was karl oster born", "In 1850 she met", true},
		{"where was piet vell born", "Vell was born", false},
		{"who killed piet vell", "In 1850 she met", false}, // a death asked only of a date
		{"who was karl oster's father", "In 1850 she met", true},
		{"who was piet vell's father", "Vell was born", false},
		{"what was karl oster's father like", "In 1850 she met", false}, // kin asked only by "who"
		{"who designed port maren", "Vell was born", true},
		{"who won the long war", "During the Long War", true},
		{"who won the long war", "He was executed", true},
		{"when did anna maren win a medal", "Anna Maren (3 May 1801", true},
		{"who discovered karl oster", "In 1850 she met", true},
		{"what did piet vell die of", "He was executed", false},
		{"what did karl oster die of", "In 1850 she met", true},
		{"when was port maren completed", "In 1850 she met", true},
		{"when was port maren completed", "Vell was born", true},
		{"what is the climate like in port maren", "Port Maren has an observatory", true},
		{"what is the weather like in port maren", "Its winters are mild", false},
		{"what airline flies to port maren", "Port Maren has an observatory", true},
		{"does vell air fly to port maren", "Port Maren has an observatory", true}, // "fly" asks a flight too
		{"when did karl oster first meet piet vell", "Vell was born", true},        // a meeting asked of a date
		{"when did karl oster first meet piet vell", "In 1850 she met", false},
		{"when was the constitution of port maren adopted", "Port Maren has an observatory", true},
		{"what was the magnitude of the port maren earthquake", "Port Maren has an observatory", true},
	})
	// Only a fact's opening is read for a life's brackets: a hostile
	// fact of many brackets costs no more than a short one.
	long := loadArticle(t, "= Anna Maren =\n\nAnna Maren was an astronomer. "+strings.Repeat("(a ", 300)+"Anna Maren (1801–1870) lived long.\n")
	lq := long.analyze("when did anna maren die", true)
	for _, f := range long.Article.Facts {
		if strings.Contains(f.Text, "(1801–1870)") && long.lifeBracket(&lq, f) {
			t.Errorf("lifeBracket read past the fact's first %d bytes", maxLifeBracket)
		}
	}
	for _, q := range []string{"when did karl oster die", "when was karl oster born"} {
		if a := b.Ask(q); a.Found {
			t.Errorf("Ask(%q) = %q; want a decline: no sentence says when he was born or died", q, a.Text)
		}
	}
}

// TestLivesElsewhere checks that "how many X live in Y" is not answered by
// a fact that says only of another place that people live in it.
func TestLivesElsewhere(t *testing.T) {
	b := loadArticle(t, "= Norland–Vell relations =\n\nNorland and Vell are neighbours.\n\n"+
		"==People==\nAbout 19,000 people born in Vell lived in Norland in 2010. About 4,000 Norlanders live in Vell. Many Vellish traders live in the Norland capital.\n\n"+
		"Most of the Jews of Norland emigrated to Vell, where they number some 550 people.\n")
	checkRule(t, b, "livesElsewhere", b.livesElsewhere, []ruleCase{
		{"how many norlanders live in vell", "About 19,000 people born in Vell", true},
		{"how many norlanders live in vell", "About 4,000 Norlanders", false},
		{"how many vellish live in norland", "About 19,000 people born in Vell", false},
		{"how many vellish live in norland", "Many Vellish traders", false}, // the Norland capital is in Norland
		{"how many people in vell are traders", "Many Vellish traders", false},
		{"how many jews live in norland today", "Most of the Jews of Norland", true}, // "Vell, where they number"
		{"how many of norland's jews live in vell now", "Most of the Jews of Norland", false},
	})
}

// TestRoleUnsaid checks that "who is the mayor of X" is answered only by a
// fact that names the role, or its verb ("led by" for the leader).
func TestRoleUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==People==\n"+
		"Port Maren is the capital of Norland. The Maren Guard was led by Ada Vell from 1901. Tor Brenn was mayor of Vell in 1920.\n")
	checkRule(t, b, "roleUnsaid", b.roleUnsaid, []ruleCase{
		{"Who is the mayor of Port Maren?", "Port Maren is the capital", true},
		{"Who was mayor of Vell?", "Tor Brenn was mayor", false},
		{"Who was the leader of the Maren Guard?", "The Maren Guard was led", false},
		{"Where is the capital of Norland?", "Port Maren is the capital", false}, // no person asked
	})
}

// TestLacksKindReach checks that "since when" is answered by a time
// counted back from now, "how far west" by a place the thing reaches "as
// far west as", and "how old" by the date a thing began, and that none
// lets a fact with no such words by.
func TestLacksKindReach(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==History==\n"+
		"The river is wide and slow. People have lived along the Vell for at least 11,000 years. "+
		"The kingdom stretched as far west as Port Maren. The road was finished in 1901. The clocks of Norland run 40 minutes ahead.\n\n==Places==\n"+
		"The Vell Bakery has made bread since 1849. The Old Bridge opened in 1875. In 2024 Ada Vell visited the Old Mill.\n")
	checkRule(t, b, "lacksKind", b.lacksKind, []ruleCase{
		{"Since when have people lived by the Vell?", "People have lived along", false},
		{"Since when is the river slow?", "The river is wide", true},
		{"When did people settle by the Vell?", "People have lived along", true}, // a time counted is no date
		{"How far west did the kingdom reach?", "The kingdom stretched", false},
		{"How far west did the kingdom reach?", "The river is wide", true},
		{"How far ahead of Vell time is Norland time?", "The clocks of Norland", false}, // a time asked
		{"How far is Port Maren from Vell?", "The clocks of Norland", true},
		{"Since when has the road been open?", "The road was finished", false},
		{"How old is the Vell Bakery?", "The Vell Bakery has made", false},
		{"How old is the Old Bridge?", "The Old Bridge opened", false},
		{"How old is the Old Mill?", "In 2024 Ada Vell", true}, // a date of a visit tells no age
	})
}

// TestPopulationUnsaid checks that how many people live somewhere is
// answered only by a fact that says a population or counts people who
// are not the dead.
func TestPopulationUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Places==\n"+
		"In 2020 Norland unveiled a memorial in Port Maren with three stone plaques. "+
		"The storm of 1990 killed 224 people in Vell. Tor had about 6,700 people in 1901. "+
		"Brenn has 40,000 inhabitants. Many Vellish traders settled in Brenn, and by 1963 they numbered about 9,000. "+
		"More than 3,000 species of fish live in the Vell.\n\n"+
		"Tor ended the war with a larger population than it had before.\n\n"+
		"Its Vellish population rose from 200 to more than 3,000.\n\n"+
		"The Vellish are the largest minority in Norland, forming about 5.7% of the population.\n")
	checkRule(t, b, "populationUnsaid", b.populationUnsaid, []ruleCase{
		// A part of the population asked, which a share answers.
		{"how much of norland's population is vellish", "The Vellish are the largest", false},
		{"What percentage of the population of Norland is Vellish?", "The Vellish are the largest", false},
		{"What is the population of Norland?", "The Vellish are the largest", true},
		{"What is the population of Tor?", "Tor ended the war", true},               // no number
		{"What is the population of Tor?", "Its Vellish population rose", true},     // of some of them
		{"What is the Vellish population of Tor?", "Its Vellish population", false}, // the people asked
		{"How many people live in Port Maren?", "In 2020 Norland unveiled", true},
		{"How many people live in Vell?", "The storm of 1990", true},
		{"How many people died in the storm?", "The storm of 1990", false}, // no population asked
		{"How many people lived in Tor in 1901?", "Tor had about 6,700", false},
		{"What is the population of Brenn?", "Brenn has 40,000", false},
		{"What is the population of Port Maren?", "In 2020 Norland unveiled", true},
		{"How many Vellish live in Port Maren?", "In 2020 Norland unveiled", true}, // a people's name counted
		{"How many Vellish lived in Brenn in 1963?", "Many Vellish traders", false},
		{"How many fish species live in Port Maren?", "In 2020 Norland unveiled", false}, // no people counted
		{"port maren population", "In 2020 Norland unveiled", true},                      // a search closing with the noun
		{"brenn population", "Brenn has 40,000", false},
	})
}

// ruleCase is a question, the opening of a fact, and whether a rule
// rules that fact out for it.
type ruleCase struct {
	q, fact string
	want    bool
}

// checkRule checks rule (one of the rules that rule a fact out) on base
// b's facts for each case.
func checkRule(t *testing.T, b *Base, name string, rule func(*question, int32) bool, cases []ruleCase) {
	t.Helper()
	for _, tt := range cases {
		q := b.analyze(tt.q, true)
		if got := rule(&q, factOpening(t, b, tt.fact)); got != tt.want {
			t.Errorf("%s(%q, %q…) = %v; want %v (type %v)", name, tt.q, tt.fact, got, tt.want, q.typ)
		}
	}
}

// TestHoldsSpecificEvent checks that a lesser fact holds every specific
// word of a question, so that a best match lacking the kind asked may give
// way to it (keepsOver), when it says the event the question asks in
// other words ("established" for "founded"), and not when it says none.
func TestHoldsSpecificEvent(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==History==\n"+
		"The Vell Duchy, which its dukes formed by treaty, was a great fief.\n\n"+
		"The Vell Duchy was established by the treaty of Osby in 911.\n\n"+
		"The Vell Duchy was lost in 1204.\n\nThe abbey of Osby was founded in 900.\n")
	checkRule(t, b, "holdsSpecific", b.holdsSpecific, []ruleCase{
		{"When was the Vell Duchy founded?", "The Vell Duchy was established", true}, // the founding said otherwise
		{"When was the Vell Duchy founded?", "The Vell Duchy was lost", false},       // no founding said
	})
}

// TestNameOrderUnsaid checks that two words a question writes side by
// side in a name are not answered by a fact that pairs one of them with
// another of the question's names, and are by one that writes them as
// asked or names them in other words.
func TestNameOrderUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==People==\n"+
		"Famous riders include Tor Brenn, Ola Lind and Ada Vell.\n\n"+
		"West Maren includes the Maren Tech Centre and the old harbour.\n\n"+
		"In 2001 Norland President Anna Berg visited Sarnia.\n\n"+
		"A memorial to the riders stands in the capital of Port Maren.\n\n"+
		"The Maren-Vell line opened in 1990.\n")
	checkRule(t, b, "nameOrderUnsaid", b.nameOrderUnsaid, []ruleCase{
		{"Who are Tor Lind and Ola Brenn?", "Famous riders include", true},            // the names' words swapped
		{"What includes the Maren Centre Tech?", "West Maren includes", true},         // a name's words in another order
		{"Who are Tor Brenn and Ola Lind?", "Famous riders include", false},           // as written
		{"When did President Berg visit Sarnia?", "In 2001 Norland President", false}, // a name in other words
		{"Where is the Maren riders memorial?", "A memorial to the riders", false},
		{"When did the Maren-Vell line open?", "The Maren-Vell line", false}, // a hyphen joins a name
	})
}

// TestRelativeOnly checks that a question of a name is not answered by a
// fact that writes the name only as a relative's owner, and is when the
// question asks of the relative, or the fact names the one asked plainly
// or as a spouse's owner.
func TestRelativeOnly(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==People==\n"+
		"King Tor of Osland married Brenn's sister Ada in 1066.\n\n"+
		"Vell's grandfather was born in Port Maren.\n\n"+
		"Lind's wife Ada, whom he married in 1901, was a painter.\n\n"+
		"Brenn married Ola Lind in 1070.\n\n"+
		"King Ivo I of Osland, whose elder brother Tor had married Ada of Vellmark, brought Norland culture to Osland.\n\n"+
		"King Ivo I of Osland, whose capital was Port Maren, married Sara.\n")
	checkRule(t, b, "relativeOnly", b.relativeOnly, []ruleCase{
		{"Who did King Ivo I of Osland marry?", "King Ivo I of Osland, whose elder", true},    // "whose elder brother": the brother's deed, Osland named again
		{"Who did King Ivo I of Osland marry?", "King Ivo I of Osland, whose capital", false}, // no relative
		{"Who did Brenn marry?", "King Tor of Osland", true},                                  // Brenn's sister married
		{"Where was Vell born?", "Vell's grandfather", true},                                  // the grandfather's birthplace
		{"Who did Brenn's sister marry?", "King Tor of Osland", false},                        // the relative asked
		{"Who did King Tor marry?", "King Tor of Osland", false},
		{"When did Lind marry?", "Lind's wife Ada", false}, // a spouse
		{"Who did Brenn marry?", "Brenn married Ola Lind", false},
	})
}

// TestParticipleOfOther checks that "who directed X" is not answered by
// a fact whose "directed by" follows another name and a comma, and is
// when the name before the comma is the one asked.
func TestParticipleOfOther(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Films==\n"+
		"Their first film, Winter Road, directed by Ada Vell, opened in 1964, and Summer Sea followed in 1965.\n\n"+
		"Summer Sea was directed by Tor Brenn.\n")
	checkRule(t, b, "participleOfOther", b.participleOfOther, []ruleCase{
		{"Who directed Summer Sea?", "Their first film, Winter Road", true},
		{"Who directed Winter Road?", "Their first film, Winter Road", false},
		{"Who directed Summer Sea?", "Summer Sea was directed", false}, // no participle after a comma
	})
}

// TestOfficeUnheld checks that "who is X's <office>" is not answered by
// a fact that names no person the question does not, and is by one that
// names one, as a person or in a name WordNet does not know.
func TestOfficeUnheld(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Relations==\n"+
		"As fellow Commonwealth members they exchange ambassadors; Norland has an embassy in Port Maren.\n\n"+
		"Archbishop Makarios Vellandro became the first President of Osland.\n\n"+
		"President Tor Brenn of Osland met President Ada Lind of Norland in 2001.\n")
	checkRule(t, b, "officeUnheld", b.officeUnheld, []ruleCase{
		{"Who is Norland's ambassador in Port Maren?", "As fellow Commonwealth", true}, // the Commonwealth holds no office
		{"Who is Norland's high commissioner in Port Maren?", "As fellow Commonwealth", true},
		{"Who was the first president of Osland?", "Archbishop Makarios", false}, // a name WordNet lacks may be a person's
		{"Who was the president of Osland in 2001?", "President Tor Brenn", false},
		{"Who has an embassy in Port Maren?", "As fellow Commonwealth", false},                     // no office asked
		{"Which president gave Norland an embassy in Port Maren?", "As fellow Commonwealth", true}, // a holder asked by the office
		{"Which general term is used for ambassadors?", "As fellow Commonwealth", false},           // "general" as an adjective
	})
}

// TestPlaceNameUnsaid checks that a country or a city asked by its kind
// needs a name the question lacks.
func TestPlaceNameUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Trade==\n"+
		"In Osland, which drinks more tea than any other country, tea is served in small glasses.\n\n"+
		"The second most tea is drunk in Vellmark, after Osland.\n")
	checkRule(t, b, "placeNameUnsaid", b.placeNameUnsaid, []ruleCase{
		{"Which country drinks the most tea after Osland?", "In Osland, which drinks", true}, // only the one asked
		{"Which country drinks the most tea after Osland?", "The second most tea", false},
		{"Which country drinks the most tea?", "In Osland, which drinks", false},
		{"How is tea served in Osland?", "In Osland, which drinks", false}, // no place asked
	})
}

// TestGiverSwapped checks that "how much did X pay Y" is not answered by
// a fact where the deed is done to X, and is where X pays Y or the fact
// names no one given to.
func TestGiverSwapped(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Treaties==\n"+
		"The treaty returned Vellport to Osland and left Marren to Sarnia, which paid Osland six million crowns.\n\n"+
		"In 1850 Osland paid Sarnia two million crowns for Vellport.\n\n"+
		"Osland paid two million crowns in 1850.\n")
	checkRule(t, b, "giverSwapped", b.giverSwapped, []ruleCase{
		{"How much did Osland pay Sarnia for Vellport?", "The treaty returned", true}, // Sarnia paid Osland
		{"How much did Sarnia pay Osland?", "The treaty returned", false},
		{"How much did Osland pay Sarnia for Vellport?", "In 1850 Osland paid", false},
		{"How much did Osland pay Sarnia for Vellport?", "Osland paid two million", false}, // no one named after the verb
	})
}

// TestHaverSwapped checks that "where does X have a N" is not answered by
// a fact that gives the N to another name the question asks of.
func TestHaverSwapped(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Missions==\n"+
		"Osland has an embassy in Port Maren and a consulate in Vellby, and Norland has an embassy in Sarn.\n\n"+
		"Norland has a consulate in Lindholm.\n")
	checkRule(t, b, "haverSwapped", b.haverSwapped, []ruleCase{
		{"Where does Norland have a consulate in Osland?", "Osland has an embassy", true}, // Osland's consulate
		{"Where does Osland have a consulate in Norland?", "Osland has an embassy", false},
		{"Where does Norland have a consulate?", "Norland has a consulate", false},
		{"Where is the consulate of Norland?", "Osland has an embassy", false}, // no "have" asked
	})
}

// TestForceUnsaid checks that "when did X come into force" needs force
// or effect said, not a signing.
func TestForceUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Treaties==\n"+
		"The Treaty of Vell was signed in Port Maren on 3 May 1900.\n\n"+
		"The Treaty of Lind came into force on 1 January 1902.\n\n"+
		"The Osland Accord took effect in 1910.\n")
	checkRule(t, b, "forceUnsaid", b.forceUnsaid, []ruleCase{
		{"When did the Treaty of Vell come into force?", "The Treaty of Vell was signed", true},
		{"When did the Treaty of Lind come into force?", "The Treaty of Lind came", false},
		{"When did the Osland Accord take effect?", "The Osland Accord took effect", false},
		{"When was the Treaty of Vell signed?", "The Treaty of Vell was signed", false}, // no force asked
	})
}

// TestOthersUnnamed checks that other places asked need a place besides
// the question's and the article's own.
func TestOthersUnnamed(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Treaties==\n"+
		"In 2020 Norland became the first Muslim-majority country to sign the Vell Accord.\n\n"+
		"Osland and Brennland signed the Vell Accord in 2021.\n\n"+
		"In 2022 France and Brennland joined the Vell Pact.\n\n"+
		"Norland sent a rescue team from the regional council of Mevo Ram to Osland in 2019.\n\n"+
		"Norland sent a rescue team to Vell in 2023.\n")
	checkRule(t, b, "othersUnnamed", b.othersUnnamed, []ruleCase{
		{"What other countries signed the Vell Accord?", "In 2020 Norland became", true}, // the article's own country
		{"What other countries signed the Vell Accord?", "Osland and Brennland", true},   // no country known by name
		{"What other countries joined the Vell Pact?", "In 2022 France and", false},
		{"Which other countries joined the Vell Pact besides France?", "In 2022 France and", true},   // Brennland, no country known
		{"Which other cities signed the Vell Accord besides Osland?", "Osland and Brennland", false}, // Brennland
		{"What other countries sent rescue teams to Osland?", "Norland sent a rescue team from", true},
		{"What other countries sent rescue teams in 2023?", "Norland sent a rescue team to", false}, // a place where the fact writes one
		{"Which countries signed the Vell Accord?", "In 2020 Norland became", false},                // no "other"
	})
}

// TestInLawOnly checks that a relative asked is not answered by a fact
// that writes the word of kin only in an in-law.
func TestInLawOnly(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Family==\n"+
		"After her brother died, Anna Berg fought a long battle with her sister-in-law Ola Lind.\n\n"+
		"Her sister Ada Berg and her sister-in-law lived in Port Maren.\n")
	checkRule(t, b, "inLawOnly", b.inLawOnly, []ruleCase{
		{"did anna berg have a sister", "After her brother died", true},
		{"did anna berg have a sister", "Her sister Ada Berg", false},          // a sister too
		{"who was anna berg's sister-in-law", "After her brother died", false}, // the in-law asked
		{"who was anna berg's brother", "After her brother died", false},
	})
}

// TestKindsOfUnsaid checks that counting the kinds of a thing needs
// the thing said.
func TestKindsOfUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Wildlife==\n"+
		"Six of the seven species of sea turtle live on the Vell reef.\n\n"+
		"About 130 species of shark and ray live on the Vell reef.\n")
	checkRule(t, b, "kindsOfUnsaid", b.kindsOfUnsaid, []ruleCase{
		{"How many species of shark live on the reef?", "Six of the seven", true},
		{"How many species of shark live on the reef?", "About 130 species", false},
		{"how many kinds of turtle live on the reef", "Six of the seven", false},
		{"How many turtles live on the reef?", "About 130 species", false}, // no kinds counted
	})
}

// TestNarrowerFirst checks that the first of a kind is not answered by
// the first of a kind narrowed by a name's number, and is by the first of
// the kind as asked.
func TestNarrowerFirst(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Space==\n"+
		"The first Vell III satellite was launched on a rocket in 2018.\n\n"+
		"The first Sarna 9 rocket flew in 2010.\n\n"+
		"The first Vell satellite was launched in 1978, and the first Vell III satellite in 2018.\n\n"+
		"The last king, Olav IV, left the country in 1905.\n\n"+
		"The first 12 satellites were launched in 1990.\n")
	checkRule(t, b, "narrowerFirst", b.narrowerFirst, []ruleCase{
		{"When was the first Vell satellite launched?", "The first Vell III", true},      // a Roman numeral narrows it
		{"When did the first Sarna rocket fly?", "The first Sarna 9", true},              // a name's number
		{"When was the first Vell III satellite launched?", "The first Vell III", false}, // the number asked
		{"When was the first Vell satellite launched?", "The first Vell satellite", false},
		{"When did the last king leave the country?", "The last king, Olav IV", false}, // a name after a comma
		{"When were the first satellites launched?", "The first 12 satellites", false}, // a count, not a name's number
		{"When was the Vell satellite launched?", "The first Vell III", false},         // no first asked
	})
	// The best match ruled out so gives way to one that passes: the
	// first launch of all, not the first GPS III one.
	data, err := os.ReadFile("testdata/articles/global-positioning-system.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	q := "When was the first GPS satellite launched?"
	if ans := New(a).Ask(q); !ans.Found || !strings.Contains(ans.Text, "22 February 1978") {
		t.Errorf("Ask(%q) = %v %q; want the launch of 22 February 1978", q, ans.Found, ans.Text)
	}
}

// TestMadeOfOther checks that "what is X made of" needs a word of the
// question besides "made" in the fact.
func TestMadeOfOther(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Monuments==\n"+
		"The monument is made of a star-shaped stone.\n\n"+
		"Norland is made up of three islands.\n")
	checkRule(t, b, "madeOfOther", b.madeOfOther, []ruleCase{
		{"What is hummus made of?", "The monument is made", true},
		{"what is norland made of", "The monument is made", true},
		{"What is the monument made of?", "The monument is made", false},
		{"what is norland made of", "Norland is made up", false}, // the title word held
		{"Who made the monument?", "Norland is made up", false},  // no "made of"
	})
}

// TestStillUnsaid checks that "is X still …" needs how things stand
// now told.
func TestStillUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Forts==\n"+
		"In 1789 crowds stormed the Old Fort, a prison in the east of the city.\n\n"+
		"The New Fort still stands on the hill.\n\n"+
		"In 1990 Karl Brenn said of the Red Fort: \"It still stands for our freedom.\"\n\n"+
		"Lava is called magma while it is underground.\n")
	checkRule(t, b, "stillUnsaid", b.stillUnsaid, []ruleCase{
		{"is the old fort still standing", "In 1789 crowds stormed", true},
		{"Is the New Fort still standing?", "The New Fort still stands", false},
		{"When did crowds storm the Old Fort?", "In 1789 crowds stormed", false},              // no "still"
		{"What is lava called while it is still underground?", "Lava is called magma", false}, // of a clause that sets a time
		{"is the red fort still standing", "In 1990 Karl Brenn said", true},                   // "still" in a quotation was then
	})
}

// TestWordsUnsaid checks that "what did X say" needs words given: a
// quotation or a verb of saying.
func TestWordsUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Treaties==\n"+
		"In 2015 the two countries signed a declaration of friendship.\n\n"+
		"Karl Brenn said: \"We never forget our friends.\"\n\n"+
		"The treaty states that the border is open.\n")
	checkRule(t, b, "wordsUnsaid", b.wordsUnsaid, []ruleCase{
		{"What did the declaration of friendship say?", "In 2015 the two", true},
		{"What did Karl Brenn say?", "Karl Brenn said", false},
		{"what does the treaty say", "The treaty states", false},
		{"When was the declaration signed?", "In 2015 the two", false}, // no words asked
	})
}

// TestBecomeUnsaid checks that "when did X become Y" needs a word of Y,
// or "became", in the fact.
func TestBecomeUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==History==\n"+
		"In 1999 Norland took in refugees from the Osland War.\n\n"+
		"In 1990 the assembly granted Osland observer status.\n\n"+
		"North Vell passed to Norland in 1920.\n\n"+
		"In 1991 the two countries opened embassies.\n\n"+
		"In 1948 Sarnia was declared an independent country.\n")
	checkRule(t, b, "becomeUnsaid", b.becomeUnsaid, []ruleCase{
		{"When did Sarnia become a country?", "In 1991 the two countries", true}, // many countries, not one
		{"When did Sarnia become a country?", "In 1948 Sarnia was", false},
		{"when did osland become independent", "In 1999 Norland took", true},
		{"When did Osland become an observer?", "In 1990 the assembly", false},
		{"When did North Vell become Norlandic?", "North Vell passed", false}, // the adjective's name
		{"When did the Osland War start?", "In 1999 Norland took", false},     // no "become"
	})
}

// TestDeathsUnsaid checks that a count of the dead needs a death told.
func TestDeathsUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==War==\n"+
		"About 8,000 Osmen served in the Volunteer Corps in the north.\n\n"+
		"The steamer Vell sank in a storm in 1911 with all 122 people on board.\n\n"+
		"About 300 Osmen were killed in the winter.\n\n"+
		"Each year more than a million deer cross the river Vell.\n")
	checkRule(t, b, "deathsUnsaid", b.deathsUnsaid, []ruleCase{
		{"How many deer drown in the Vell each year?", "Each year more than", true}, // a count of animals too
		{"How many volunteers were killed in the war?", "About 8,000 Osmen", true},
		{"how many people died on the vell", "The steamer Vell sank", false},
		{"How many Osmen were killed?", "About 300 Osmen", false},
		{"How many volunteers served?", "About 8,000 Osmen", false}, // no death asked
	})
}

// TestTaskUnsaid checks that a task asked ("write …", "recommend …") is
// answered by no fact, and that a question is not read as one.
func TestTaskUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Memory==\n"+
		"In 2020 Norland unveiled a memorial to the war dead in Port Maren.\n\n"+
		"Norland writes its laws in two languages.\n")
	checkRule(t, b, "taskUnsaid", b.taskUnsaid, []ruleCase{
		{"write an essay on the war dead", "In 2020 Norland unveiled", true},
		{"can you recommend a restaurant in port maren", "In 2020 Norland unveiled", true},
		{"make me a poem about norland", "In 2020 Norland unveiled", true},
		{"Who writes the laws of Norland?", "Norland writes its laws", false},
		{"tell me about the memorial", "In 2020 Norland unveiled", false}, // a fact asked for
		{"who wrote this article", "In 2020 Norland unveiled", true},      // the text, not its subject
		{"when was the article last updated", "In 2020 Norland unveiled", true},
		{"according to the article, who wrote the laws of norland", "Norland writes its laws", false},
		{"play a game of chess with me", "In 2020 Norland unveiled", true},
		// A sum is worked out, not told: numbers and operators alone.
		{"whats 17 times 2020", "In 2020 Norland unveiled", true},
		{"what is 2+2", "In 2020 Norland unveiled", true},
		{"what's 5 plus 3?", "In 2020 Norland unveiled", true},
		{"what happened in 2020 times two", "In 2020 Norland unveiled", false}, // a word besides
		{"what is 2020", "In 2020 Norland unveiled", false},                    // no operator
	})
}

// TestExactPlaceUnsaid checks that "where exactly is X" and "where in
// <name> is X" need a place the question does not name, nor the title.
func TestExactPlaceUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Monuments==\n"+
		"In 2018 a monument to the poet was erected in Port Maren.\n\n"+
		"The tower stands on the Vell Square in Port Maren.\n\n"+
		"In 2020 Norland unveiled a memorial in Port Maren.\n\n"+
		"In 2021 a plaque in English was set up in Port Maren.\n")
	checkRule(t, b, "exactPlaceUnsaid", b.exactPlaceUnsaid, []ruleCase{
		{"where exactly is the poet's monument in port maren", "In 2018 a monument", true},
		{"where exactly is the tower in port maren", "The tower stands", false},
		{"where is the poet's monument", "In 2018 a monument", false}, // no "exactly": Port Maren answers
		{"Where in Port Maren is the poet's monument?", "In 2018 a monument", true},
		{"Where in Port Maren is the tower?", "The tower stands", false},
		{"Where in Port Maren is the memorial?", "In 2020 Norland", true}, // the title's country is no place within
		{"where in the square is the tower", "The tower stands", false},   // no name after "in"
		{"Where in Port Maren is the plaque?", "In 2021 a plaque", true},  // "in English": a language, no place
	})
}

// TestCountUnsaid checks that "how many X" is not answered by a fact
// that writes X with no number, beside a sentence whose numbers count
// other things.
func TestCountUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Relief==\n"+
		"On 26 November 2019, a flood struck Port Maren, killing 51 people and damaging 11,000 buildings. "+
		"Vellia sent engineers to give the families waterproof tents.\n\n"+
		"Vellia sent 300 blankets and clean water to the town.\n\n"+
		"The relief stores held tents, 40 in all.\n\n"+
		"The moon Vel was first seen in 1979 in images from the Maren 1 probe.\n\n"+
		"The moon Osk was seen from the Maren 2 telescope.\n\n"+
		"The Maren Cup has been won by Vellia 6 times.\n")
	checkRule(t, b, "countUnsaid", b.countUnsaid, []ruleCase{
		// A number that numbers a name counts nothing; one before a
		// plural counts it.
		{"how many moons does norland have", "The moon Vel", true},
		{"how many moons does norland have", "The moon Osk", true},
		{"how many cups has vellia won", "The Maren Cup", false},
		{"how many tents did vellia send", "Vellia sent engineers", true},
		{"how many blankets did vellia send", "Vellia sent 300", false}, // the number is in the sentence
		{"how many tents did the stores hold", "The relief stores", false},
		{"how many buildings were damaged", "Vellia sent engineers", false}, // not written there
		{"how many people died in the flood", "On 26 November", false},
		{"when did vellia send tents", "Vellia sent engineers", false}, // no count
	})
}

// TestLeaderUnsaid checks that "who leads X" needs a fact that says
// someone leads: the verb in lower case, a noun of a leader, "under" a
// name, or for a film, its maker's possessive.
func TestLeaderUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Army==\n"+
		"Norland sent Vell Home Front Command engineers to Port Maren.\n\n"+
		"The guard, led by Tor Brenn, held the bridge.\n\n"+
		"The fleet under the Marquis Ola Lind sailed in 1791.\n\n"+
		"An inquiry chaired by Senator Anna Berg opened in 1912.\n\n"+
		"Karl Oster's film Vell Thieves was made in 1948.\n\n"+
		"The station at Maren Creek tracked the ships.\n")
	checkRule(t, b, "leaderUnsaid", b.leaderUnsaid, []ruleCase{
		{"Who commands the Vell Home Front Command?", "Norland sent Vell", true}, // the verb only in a name
		{"Who leads the Vell Home Front Command?", "Norland sent Vell", true},
		{"who led the guard", "The guard, led by", false},
		{"who commanded the fleet", "The fleet under", false},
		{"who headed the inquiry", "An inquiry chaired", false},
		{"who directed vell thieves", "Karl Oster's film", false},
		{"who ran the station at maren creek", "The station at Maren", true},
		{"who built the station at maren creek", "The station at Maren", false}, // no verb of leading
	})
}

// TestAgentUnsaid checks that "who V X" is not answered by a fact that
// writes V only in the passive, with nobody after "by" or "under".
func TestAgentUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==History==\n"+
		"The wreck of the Vell was found in March 2022.\n\n"+
		"The treaty was signed in Port Maren on 16 September 1996 by the prime ministers Tor Brenn and Ola Lind.\n\n"+
		"The old treaty was signed in 1965 under President Anna Berg.\n\n"+
		"Karl Oster founded the academy in 1901.\n\n"+
		"In 2018 Ada Vell hosted an event celebrating the translation of the Vell Saga into English.\n\n"+
		"With the mediation of President Anna Berg, the treaty of Osland returned the island to Norland.\n\n"+
		"Tor Brenn reported the comet in 1985; the discovery of this comet made him famous.\n\n"+
		"The Vell Psalter, printed in Port Maren in 1640, is the oldest book of Norland.\n\n"+
		"Anna Berg, a goldsmith, printed the first map of Norland.\n\n"+
		"Vell Osland Motors, founded in 1997, makes buses.\n\n"+
		"Printing reached Osland in 1539, and the Vell Hymnal, printed in Port Maren in 1640, was the first hymnal printed on the island.\n\n"+
		"The mill was of the Osland VX design, which had serious flaws.\n\n"+
		"Karl Oster and Anna Berg helped write the charter.\n")
	checkRule(t, b, "agentUnsaid", b.agentUnsaid, []ruleCase{
		{"who printed the vell hymnal", "Printing reached Osland", true},               // the deed as a noun opens the sentence, a participle after "book"
		{"who designed the vx mill", "The mill was of", true},                          // the deed as a noun after the thing
		{"who helped anna berg write the charter", "Karl Oster and Anna", false},       // the verb as asked: done by them
		{"who printed the vell psalter", "The Vell Psalter, printed", true},            // a participle after a comma
		{"who printed the first map", "Anna Berg, a goldsmith", false},                 // an active verb after a comma takes its object
		{"who founded vell", "Vell Osland Motors", false},                              // another thing's founding
		{"who translated the vell saga into english", "In 2018 Ada Vell hosted", true}, // the deed as a noun, of its object
		{"who mediated the treaty of osland", "With the mediation", false},             // the noun of its doer
		{"who discovered the comet", "Tor Brenn reported", false},                      // a clause's subject, its doer before
		{"who found the wreck of the vell", "The wreck of the Vell", true},
		{"who signed the treaty", "The treaty was signed", false}, // by …, a dozen words on
		{"who signed the old treaty", "The old treaty was signed", false},
		{"who founded the academy", "Karl Oster founded", false},
		{"when was the wreck found", "The wreck of the Vell", false}, // no who
	})
	// A topic looked up is never typed, and asks no doer.
	if q := b.analyze("found the wreck", false); q.whoVerb != -1 {
		t.Errorf("analyze(topic).whoVerb = %d; want -1", q.whoVerb)
	}
}

// TestEverUnsaid checks that "did X ever V" needs the deed V written.
func TestEverUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Relations==\n"+
		"In 1983 Osland ordered foreigners from Norland to leave within two weeks.\n\n"+
		"In 1990 Osland apologised to Norland for the expulsions.\n\n"+
		"Osland became a member of the League in 1995, but Norland voters rejected membership.\n")
	checkRule(t, b, "everUnsaid", b.everUnsaid, []ruleCase{
		{"did norland ever join the league", "Osland became a member", false}, // a joining said as its event is
		{"did norland ever apologise", "Osland became a member", true},
		{"did osland ever apologise for the expulsions", "In 1983 Osland ordered", true},
		{"Did Osland ever apologize?", "In 1990 Osland apologised", false},
		{"has osland ever actually ordered foreigners out", "In 1983 Osland ordered", false},
		{"Why did Osland order the foreigners to leave?", "In 1983 Osland ordered", false}, // no "ever"
	})
}

// TestBestUnsaid checks that "the best X" needs something called best.
func TestBestUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Travel==\n"+
		"In September 2024 President Karl Brenn visited Osland.\n\n"+
		"The best time to see the northern lights is in winter.\n")
	checkRule(t, b, "bestUnsaid", b.bestUnsaid, []ruleCase{
		{"What is the best time to visit Osland?", "In September 2024", true},
		{"best beaches in norland", "In September 2024", true},
		{"When is the best time to see the northern lights?", "The best time to see", false},
		{"What term best describes the visit?", "In September 2024", false}, // "best" of a verb
	})
}

// TestFirstOfUnsaid checks that "who was the first X to …" needs
// something called first.
func TestFirstOfUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Climbing==\n"+
		"In 1965 Karl Brenn of Osland climbed Mount Vell.\n\n"+
		"In 1953 Anna Lund became the first person to climb Mount Vell.\n")
	checkRule(t, b, "firstOfUnsaid", b.firstOfUnsaid, []ruleCase{
		{"Who was the first Oslander to climb Mount Vell?", "In 1965 Karl Brenn", true},
		{"who was the first person to climb mount vell", "In 1953 Anna Lund", false},
		{"Who climbed Mount Vell first?", "In 1965 Karl Brenn", false}, // not "who was the first"
		{"who was the last person to climb mount vell", "In 1965 Karl Brenn", true},
		{"Was Karl Brenn's 1965 climb his first visit to Osland?", "In 1965 Karl Brenn", true},
		{"was anna lund the first person to climb mount vell", "In 1953 Anna Lund", false},
		{"Did the first climbers reach the top?", "In 1965 Karl Brenn", false},        // "did": no question of being first
		{"Who was Osland's first climber of Mount Vell?", "In 1965 Karl Brenn", true}, // a possessive for "the"
		{"Who was Osland's first climb for?", "In 1965 Karl Brenn", false},            // for whom, not the first of a kind
	})
}

// TestClosedKindUnsaid checks that a question of a continent, an ocean,
// a colour or a season needs one named, or the kind.
func TestClosedKindUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a European country on the Atlantic coast.\n\n==Relations==\n"+
		"In September 2024 President Karl Brenn visited Osland.\n\n"+
		"The flag of Norland is red and white.\n\n"+
		"Osland lies on the Pacific Ocean.\n")
	checkRule(t, b, "closedKindUnsaid", b.closedKindUnsaid, []ruleCase{
		{"what continent is osland in", "In September 2024", true},
		{"what continent is norland in", "Norland is a European country", false},
		{"What colour is the flag of Norland?", "The flag of Norland", false},
		{"what color did Karl Brenn wear", "In September 2024", true},
		{"Which ocean is Osland on?", "Osland lies on", false},
		{"Which ocean did Karl Brenn cross?", "In September 2024", true},
		{"Who visited Osland?", "In September 2024", false}, // no kind asked
	})
}

// TestKindOfUnsaid checks that "is X a Y" needs Y, in a form or a
// synonym, said.
func TestKindOfUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==People==\n"+
		"Norland Prime Minister Karl Brenn said the talks went well.\n\n"+
		"Anna Lund is a painter and a poet.\n")
	checkRule(t, b, "kindOfUnsaid", b.kindOfUnsaid, []ruleCase{
		{"Is Karl Brenn a painter?", "Norland Prime Minister", true},
		{"was anna lund a painter", "Anna Lund is a painter", false},
		{"is anna lund a famous poet", "Anna Lund is a painter", false},
		{"Is Norland a country?", "Norland is a country", false},
		{"is there a painter in norland", "Norland Prime Minister", false}, // no name asked of
		{"Is the minister a painter?", "Norland Prime Minister", false},
	})
}

// TestNowUnsaid checks that a question ending on "now" or "today" needs
// today told: a word of it, or a verb in the present.
func TestNowUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==People==\n"+
		"In 2019 Karl Brenn met the president of Osland.\n\n"+
		"The old ship was launched in 1869 and is preserved at Vell.\n\n"+
		"Anna Lund now teaches at the university.\n\n"+
		"In 2018 Lena Berg commented: \"Norland teaches the world about kindness.\"\n")
	checkRule(t, b, "nowUnsaid", b.nowUnsaid, []ruleCase{
		{"what is lena berg doing now", "In 2018 Lena Berg", true}, // a present in a quotation was then
		{"who is the president of osland at the moment", "In 2019 Karl Brenn", true},
		{"what does karl brenn do these days", "In 2019 Karl Brenn", true},
		{"where does anna lund work at present", "Anna Lund now teaches", false},
		{"What was Karl Brenn doing at the moment of the meeting?", "In 2019 Karl Brenn", false}, // not at the end
		{"What does Karl Brenn do now?", "In 2019 Karl Brenn", true},
		{"who owns the old ship today", "In 2019 Karl Brenn", true},
		{"where is the old ship now", "The old ship was launched", false}, // "is preserved"
		{"where does anna lund work now", "Anna Lund now teaches", false},
		{"What is the old ship called now?", "In 2019 Karl Brenn", false},       // a name: told by a later name too
		{"How many people live in Norland today?", "In 2019 Karl Brenn", false}, // a count
		{"Is Karl Brenn now president?", "In 2019 Karl Brenn", false},           // not at the end
		{"Who is the current president of Osland?", "In 2019 Karl Brenn", true},
	})
}

// TestHabitUnsaid checks that a question of what is usually so needs a
// habit or a present told, outside quotations.
func TestHabitUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Army==\n"+
		"In 2019 the Rescue Corps sent troops to Osland.\n\n"+
		"At the base, Karl Brenn awarded the Star of Valour to the corps.\n\n"+
		"Red deer eat grass and leaves.\n\n"+
		"The Star of Honour is given for bravery.\n\n"+
		"Anna Lund said: \"The corps is always ready.\"\n")
	checkRule(t, b, "habitUnsaid", b.habitUnsaid, []ruleCase{
		{"What does the Rescue Corps normally do?", "In 2019 the Rescue Corps", true},
		{"what is the star of valour usually given for", "At the base, Karl Brenn", true},
		{"what do red deer usually eat", "Red deer eat grass", false},                          // the question's verb in the present
		{"what is the star of honour usually given for", "The Star of Honour", false},          // "is given"
		{"What does the corps usually do?", "Anna Lund said", true},                            // a habit in a quotation was then
		{"Where did the Rescue Corps usually send troops?", "In 2019 the Rescue Corps", false}, // asked in the past
		{"What does the Rescue Corps do?", "In 2019 the Rescue Corps", false},                  // no habit asked
	})
}

// TestPeriodUnsaid checks that a question of a time after or before a
// year needs a year of that time, or the year with a word of it.
func TestPeriodUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Visits==\n"+
		"In 2015 Karl Brenn visited Osland and signed a treaty.\n\n"+
		"Anna Lund visited Osland in 2018 and in the 1990s.\n\n"+
		"After his return in 1836, Jon Berg wrote a book.\n\n"+
		"The old tower stood 90 m tall in 1650.\n")
	checkRule(t, b, "periodUnsaid", b.periodUnsaid, []ruleCase{
		{"did karl brenn visit osland again after 2015", "In 2015 Karl Brenn", true},
		{"did anna lund visit osland after 2015", "Anna Lund visited", false},  // 2018
		{"did anna lund visit osland before 2015", "Anna Lund visited", false}, // the 1990s
		{"what did jon berg do after 1836", "After his return in 1836", false}, // the year with "after"
		{"how tall was the old tower before 1666", "The old tower stood", false},
		{"how tall was the old tower after 1666", "The old tower stood", true},
		{"When did Karl Brenn visit Osland?", "In 2015 Karl Brenn", false}, // no time asked
	})
}

// TestRestatedWhy checks that "why" is not answered by a fact that only
// says again what the question says, and is by one that tells a reason,
// a purpose, a means, a doer or a state.
func TestRestatedWhy(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Events==\n"+
		"In August 1962 Karl Brenn was sacked, and Ola Vik took his place.\n\n"+
		"Anna Lund refused to defend the title in 1975.\n\n"+
		"In 1941, to escape a marriage, Tor Berg ran away to Vell.\n\n"+
		"Some streets are kept free of snow by pipes of hot water.\n\n"+
		"Dark beer contains oils that raise cholesterol.\n\n"+
		"Eva Sand was left-handed and wrote her notes backwards.\n\n"+
		"The mill closed in 1950 because the river dried up.\n\n"+
		"The Norland crown has been pegged to the Vell mark at 1.6 to 1 since 1993.\n\n"+
		"The port has been closed since the flood of 1990.\n\n"+
		"Karl Brenn had strained ties with Osland, due to his banning of all ships.\n\n"+
		"After floods damaged the old see, the bishop moved to Vell.\n\n"+
		"Norland has recognised Osland as a state since April 19, 1949.\n")
	checkRule(t, b, "restatedWhy", b.restatedWhy, []ruleCase{
		{"why did norland recognise osland in 1949", "Norland has recognised", true},   // "since April": a time, no reason
		{"Why did Karl Brenn ban ships?", "Karl Brenn had strained", true},             // the ban is the cause of something else
		{"Why did the bishop move to Vell?", "After floods damaged", false},            // the cause's clause ends before the move
		{"why is the norland crown pegged at 1.6", "The Norland crown has been", true}, // "since 1993" a time, no reason
		{"why is the port closed", "The port has been closed", false},                  // "since the flood": a reason
		{"Why was Karl Brenn sacked in 1962?", "In August 1962 Karl Brenn", true},
		{"Why did Anna Lund refuse to defend her title?", "Anna Lund refused", true}, // "to" after a verb of will
		{"Why did Tor Berg run away to Vell?", "In 1941, to escape", false},          // a purpose
		{"Why are some streets free of snow?", "Some streets are kept", false},       // a means
		{"Why does dark beer raise cholesterol?", "Dark beer contains", false},       // a doer of the deed
		{"why did eva sand write backwards", "Eva Sand was left-handed", false},      // a state joined to the deed
		{"Why did the mill close in 1950?", "The mill closed in 1950", false},        // a word of reason
		{"Why did Karl Brenn leave Norland?", "In August 1962 Karl Brenn", false},    // a word the fact lacks
		{"When was Karl Brenn sacked?", "In August 1962 Karl Brenn", false},          // no "why"
	})
}

// TestCenturyUnsaid checks that a century asked needs a date in it, when
// the fact dates anything.
func TestCenturyUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==History==\n"+
		"Karl Brenn invaded Osland in 1072, riding as far as Vell.\n\n"+
		"In the 10th and 11th centuries the Norlanders ruled the coast.\n\n"+
		"The old town was founded in 911 by Tor Berg.\n\n"+
		"Anna Lund invaded Osland with a large fleet.\n")
	checkRule(t, b, "centuryUnsaid", b.centuryUnsaid, []ruleCase{
		{"Who invaded Osland in the 10th century?", "Karl Brenn invaded", true},
		{"Who invaded Osland in the 11th century?", "Karl Brenn invaded", false},
		{"Who invaded Osland in the 1000s?", "Karl Brenn invaded", false},
		{"Who invaded Osland in the 1100s?", "Karl Brenn invaded", true},
		{"Who ruled the coast in the 10th century?", "In the 10th and 11th", false}, // the first of two
		{"Who founded the old town in the tenth century?", "The old town was founded", false},
		{"Who invaded Osland in the 10th century?", "Anna Lund invaded", false}, // no date: left to other rules
		{"Who invaded Osland?", "Karl Brenn invaded", false},                    // no century asked
	})
}

// TestOtherCount checks that a thing counted in the question is not
// answered by a fact that counts it otherwise, and is by one that counts
// it so or not at all.
func TestOtherCount(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Regions==\n"+
		"Norland consists of one Combined Area and eight Statistical Areas.\n\n"+
		"The Apollo 1 fire killed three astronauts.\n\n"+
		"The statistical areas of Norland are large.\n")
	checkRule(t, b, "otherCount", b.otherCount, []ruleCase{
		{"What consists of one Statistical Area?", "Norland consists of one", true},
		{"What consists of eight Statistical Areas?", "Norland consists of one", false},
		{"What consists of one Combined Area?", "Norland consists of one", false},
		{"What are two statistical areas of Norland?", "The statistical areas of", false}, // not counted there
		{"Who died in the Apollo 1 fire?", "The Apollo 1 fire", false},                    // a name's number
	})
}

// TestExistsUnsaid checks that "is there a X" needs X, in a form or a
// synonym, said.
func TestExistsUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Culture==\n"+
		"Norlanders hid many refugees during the war.\n\n"+
		"A memorial to the refugees stands in Port Maren.\n\n"+
		"The largest venue inside is the Concert Hall.\n\n"+
		"At Vell air base, the minister thanked the pilots.\n")
	checkRule(t, b, "existsUnsaid", b.existsUnsaid, []ruleCase{
		{"is there an air base in port maren", "At Vell air base", true}, // the place asked, unsaid
		{"is there an air base in norland", "At Vell air base", false},   // the article's subject
		{"is there an air base in vell", "At Vell air base", false},
		{"is there a restaurant inside", "The largest venue inside", true},            // "inside" says where, not what
		{"is there a war memorial in port maren", "A memorial to the refugees", true}, // every word of the thing
		{"is there a documentary about norlanders hiding refugees", "Norlanders hid many refugees", true},
		{"is there a memorial to the refugees", "A memorial to the refugees", false},
		{"are there any memorials in port maren", "A memorial to the refugees", false},
		{"Is there really a film about the war?", "Norlanders hid many refugees", true},
		{"Is the memorial in Port Maren?", "Norlanders hid many refugees", false}, // no "there"
		// Whether one has a thing asks the same of the thing.
		{"does norland have an air base in port maren", "At Vell air base", true},
		{"Does Norland have a memorial to the refugees?", "A memorial to the refugees", false},
		{"did norlanders have any memorials", "Norlanders hid many refugees", true},
		{"did norlanders have to hide refugees", "Norlanders hid many refugees", false},  // no "a": no thing had
		{"who did norlanders have a memorial to", "Norlanders hid many refugees", false}, // not asked whether
	})
}

// TestOtherOrdinal checks that "the second X" is not answered by a fact
// that tells only the first.
func TestOtherOrdinal(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Firsts==\n"+
		"In 2020 Norland became the first country to ban plastic bags.\n\n"+
		"Osland became the second country to ban them in 2021.\n\n"+
		"Norland won the cup in 1990.\n\n"+
		"The 31st summit was held in Vell in 2020.\n\n"+
		"Its 9th symphony was played on the second floor of the hall.\n\n"+
		"In the 10th century King Karl III of Norland signed a treaty.\n")
	checkRule(t, b, "otherOrdinal", b.otherOrdinal, []ruleCase{
		{"when was the 32nd summit in vell", "The 31st summit", true},                  // ordinals in figures
		{"when was the 31st summit in vell", "The 31st summit", false},                 //
		{"what was played on the 2nd floor", "Its 9th symphony", false},                // "2nd" is "second"
		{"where was the ninth symphony played", "Its 9th symphony", false},             // "ninth" is "9th"
		{"what did King Karl the third of Norland sign", "In the 10th century", false}, // "the third" is "III"
		{"Which was the second country to ban plastic bags?", "In 2020 Norland became the first", true},
		{"which was the second country to ban plastic bags", "Osland became the second", false},
		{"When did Norland win the cup for the third time?", "Norland won the cup", false}, // no ordinal told
		{"which third country banned bags", "In 2020 Norland became the first", false},     // another, not the third
	})
}

// TestCloseEvent checks that "when did X close" (stop, cancel, abolish,
// shut) needs a closing said, or a span of dates, not the founding.
func TestCloseEvent(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Places==\n"+
		"The Vell Observatory, founded in 1841, is the oldest in the world.\n\n"+
		"The old mill was closed in 1902.\n\n"+
		"Its Maren brand ran from 2003 to 2016.\n\n"+
		"The Vell jersey was introduced in 1953.\n")
	checkRule(t, b, "eventUnsaid", b.eventUnsaid, []ruleCase{
		{"When did the Vell Observatory close?", "The Vell Observatory, founded", true},
		{"When was the old mill shut down?", "The old mill was closed", false},
		{"When was the Maren brand discontinued?", "Its Maren brand ran", false}, // a span of dates says its end
		{"When was the Vell jersey abolished?", "The Vell jersey was introduced", true},
		{"When was the Vell jersey introduced?", "The Vell jersey was introduced", false},
	})
}

// TestWithoutSaid checks that a question of something done with a thing
// is not answered by a fact that has the thing only after "without".
func TestWithoutSaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Climbs==\n"+
		"In 1978 Karl Brenn made the first ascent of Mount Vell without bottled oxygen.\n\n"+
		"In 1953 Ola Lind climbed Mount Vell with oxygen.\n\n"+
		"Tor Brenn planned a canal without locks.\n")
	checkRule(t, b, "withoutSaid", b.withoutSaid, []ruleCase{
		{"When did Karl Brenn climb Mount Vell with oxygen?", "In 1978 Karl Brenn", true},
		{"When did Ola Lind climb Mount Vell with oxygen?", "In 1953 Ola Lind", false},
		{"When did Karl Brenn climb Mount Vell without oxygen?", "In 1978 Karl Brenn", false}, // no "with"
		{"did tor brenn want a canal with locks", "Tor Brenn planned", false},                 // yes or no: "without" answers
	})
}

// TestKinUnsaid checks that a question of what a name's relative did
// needs a fact that names such a relative.
func TestKinUnsaid(t *testing.T) {
	b := loadArticle(t, "= Karl Oster =\n\nKarl Oster was a naturalist.\n\n==Life==\n"+
		"Oster mourned his baby son Piet, who had died of scarlet fever.\n\n"+
		"His father, Jan Oster, was a doctor.\n\n"+
		"His parents ran a mill at Port Maren.\n\n"+
		"The Vell brothers built a glider.\n")
	checkRule(t, b, "kinUnsaid", b.kinUnsaid, []ruleCase{
		{"What did Oster's mother die of?", "Oster mourned his baby son", true},
		{"What did Oster's father do?", "His father, Jan Oster", false},
		{"What did Oster's mother do for a living?", "His parents ran a mill", false}, // "parents" names her too
		{"Who was Oster's mother?", "Oster mourned his baby son", false},              // who: the kin event's
		{"How did the Vell brothers pay for the glider?", "The Vell brothers built", false},
		{"How old was Oster when his mother died?", "Oster mourned his baby son", true}, // a relative by "his"
		{"How old was Oster when his father died?", "His father, Jan Oster", false},
	})
}

// TestRateUnsaid checks that "how much … a year" needs a fact that gives
// a rate.
func TestRateUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Trade==\n"+
		"The Vell pipeline, 69 km long, opened in September 2019.\n\n"+
		"The Oster pipeline carries about 5 million tonnes of oil a year.\n\n"+
		"In a typical year some 50 to 70 ships call at Port Maren.\n\n"+
		"The old calendar had ten days in a week.\n")
	checkRule(t, b, "rateUnsaid", b.rateUnsaid, []ruleCase{
		{"How much oil does the Vell pipeline carry a year?", "The Vell pipeline, 69 km", true},
		{"How much oil does the Oster pipeline carry a year?", "The Oster pipeline carries", false},
		{"how many ships call at port maren every year", "In a typical year", false}, // a word between
		{"how many days were in a week in the old calendar", "The old calendar had", false},
		{"how long is the vell pipeline", "The Vell pipeline, 69 km", false}, // no rate asked
	})
}

// TestLeaderEvent checks that "who led X" needs a leader said, and that
// "under" says one ("an army under Karl Brenn").
func TestLeaderEvent(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Wars==\n"+
		"In 1801 the Norland army crossed the river at Vell.\n\n"+
		"In 1805 an army under General Karl Brenn took Port Maren.\n")
	checkRule(t, b, "eventUnsaid", b.eventUnsaid, []ruleCase{
		{"who led the army across the river at vell", "In 1801 the Norland army", true},
		{"Who commanded the army at Port Maren?", "In 1805 an army under", false},
	})
}

// TestEventMisspelt checks that a misspelt word of English asks the
// event of the word meant.
func TestEventMisspelt(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Monuments==\n"+
		"In 2020 Norland unveiled a memorial in the capital, Port Maren.\n\n"+
		"The memorial was planned by the architect Anna Vell.\n")
	// The article writes no form of "design": the slip is read as the
	// word of English meant, not repaired to a word of the article.
	checkRule(t, b, "eventUnsaid", b.eventUnsaid, []ruleCase{
		{"who desgined the memorial in port maren", "In 2020 Norland unveiled", true},
		{"who desgined the memorial in port maren", "The memorial was planned", false}, // an architect
	})
}

// TestHolderUnsaid checks that "who was X before Y" needs a person other
// than Y named, not only Y's own tenure.
func TestHolderUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Mayors==\n"+
		"In 2010 the actor Karl Brenn, founder of the Blue Party, became mayor after the party won the election.\n\n"+
		"Brenn succeeded Mayor Anna Vell, who had led the city since 1998.\n\n"+
		"The city hall was built in 1890.\n")
	checkRule(t, b, "holderUnsaid", b.holderUnsaid, []ruleCase{
		{"Who was mayor of Norland before Karl Brenn?", "In 2010 the actor Karl Brenn", true},
		{"Who was mayor of Norland before Karl Brenn?", "Brenn succeeded Mayor Anna Vell", false},
		{"who was mayor after anna vell", "Brenn succeeded Mayor Anna Vell", false},   // Brenn is another
		{"Who became mayor in 2010?", "In 2010 the actor Karl Brenn", false},          // no holder around a name
		{"Who went after Karl Brenn's party?", "In 2010 the actor Karl Brenn", false}, // a thing of his
		{"Who is the mayor of Norland now?", "The city hall was built", true},         // a holder today, none named
		{"who is the current mayor", "Brenn succeeded Mayor Anna Vell", false},
	})
}

// TestFoundedOther checks that "when was X founded" is not answered by
// a founding of something else ("had established trade ties"), while a
// founding with no object may be X's.
func TestFoundedOther(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==History==\n"+
		"In 1991 the two countries established trade ties.\n\n"+
		"The Vell Society was founded in 1912 by Karl Brenn.\n\n"+
		"Anna Vell founded the Norland Rowing Club in 1925.\n\n"+
		"The port authority, founded 1924, runs the harbour.\n\n"+
		"When the Republic of Osland was proclaimed in 1923, Vellby became the capital.\n")
	checkRule(t, b, "foundedOther", b.foundedOther, []ruleCase{
		{"when was the city of vellby founded", "When the Republic of Osland", true}, // the passive's subject is another
		{"when was the republic of osland founded", "When the Republic of Osland", false},
		{"when was norland founded", "In 1991 the two countries", true},
		{"When was the Vell Society founded?", "The Vell Society was founded", false},      // no object: the subject's founding
		{"When was the Norland Rowing Club founded?", "Anna Vell founded the", false},      // the object is asked
		{"when was the port authority founded", "The port authority, founded 1924", false}, // a date, no object
		{"when were trade ties established", "In 1991 the two countries", false},
		{"who founded the rowing club", "In 1991 the two countries", true},
	})
}

// TestListUnsaid checks that "which three X" is not answered by a fact
// that only counts three X, and is by one that names them.
func TestListUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Trade==\n"+
		"In 2019 Norland restricted exports of three chemicals used to make paint.\n\n"+
		"Three rivers cross the plain: the Vell, the Maren and the Tor.\n\n"+
		"The council has five members, chosen every four years.\n")
	checkRule(t, b, "listUnsaid", b.listUnsaid, []ruleCase{
		{"which three chemicals did norland restrict", "In 2019 Norland restricted", true},
		{"what are the three rivers that cross the plain", "Three rivers cross the plain", false}, // named after the count
		{"who are the five members of the council", "The council has five members", true},
		{"how many members does the council have", "The council has five members", false}, // a count asked
		{"what chemicals did norland restrict", "In 2019 Norland restricted", false},      // no number asked
	})
}

// TestOtherObject checks that "when did X declare war on Y" is not
// answered by a war declared on another, and that the name after the
// same preposition anywhere in the fact, or "with", keeps it.
func TestOtherObject(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Wars==\n"+
		"In 1879 Norland declared war on Vellia, which had an alliance with Maren.\n\n"+
		"The university runs a station on Tor Island, and the museum runs one on Vell Island.\n\n"+
		"In 1963 Norland shared the Peace Prize with the Maren League.\n")
	checkRule(t, b, "otherObject", b.otherObject, []ruleCase{
		{"When did Norland declare war on Maren?", "In 1879 Norland declared", true},
		{"When did Norland declare war on Vellia?", "In 1879 Norland declared", false},
		{"Who runs the station on Vell Island?", "The university runs", false}, // "one on Vell Island"
		{"Who runs the station on Bram Island?", "The university runs", true},
		{"Who shared the Peace Prize with Norland?", "In 1963 Norland shared", false}, // "with" goes both ways
	})
}

// TestLifeOfOther checks that "when did X die" is not answered by
// another's death named right before the word, and is by X's own or a
// pronoun's.
func TestLifeOfOther(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==People==\n"+
		"After his brother Karl Brenn died in 1815, Ola Brenn moved to Port Maren.\n\n"+
		"Ola Brenn died there in 1827, aged 56.\n\n"+
		"He died at sea in 1830.\n\n"+
		"In 1829 he met the painter Anna Vell, and he died a year later.\n\n"+
		"In 1962 Tor Vik, born Tor Lund, joined the band.\n\n"+
		"Eva Sand, born 7 November 1867 in Vell, joined the band.\n")
	checkRule(t, b, "lifeOfOther", b.lifeOfOther, []ruleCase{
		{"When was Tor Vik born?", "In 1962 Tor Vik", true},    // a name at birth, not a birth
		{"When was Eva Sand born?", "Eva Sand, born 7", false}, // a birth
		{"When did Ola Brenn die?", "After his brother Karl Brenn", true},
		{"When did Ola Brenn die?", "Ola Brenn died there", false},
		{"When did Karl Brenn die?", "After his brother Karl Brenn", false},
		{"When did Ola Brenn die?", "He died at sea", false}, // a pronoun may be his
		{"When did Ola Brenn die?", "In 1829 he met", false}, // "he", not the name before it
	})
}

// TestTitledNames checks how a run of capitalised words with a title is
// split: a title that goes on past a connector ends before the person's
// name ("Minister of Foreign Affairs Ana Vell"); a name right after its
// title ends at a connector, and what follows is where its holder held it
// ("King Arvid II of the Eastern Marches"), not the person.
func TestTitledNames(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Rulers==\n"+
		"In 911 King Arvid II of the Eastern Marches met the Minister of Foreign Affairs Ana Vell.\n"+
		"The bridge opened after an inspection by General Karl Brenn of the Board of Trade.\n")
	kinds := map[string]NameKind{}
	for _, f := range b.facts {
		for _, n := range f.Names {
			kinds[n.Text] = n.Kind
		}
	}
	for name, want := range map[string]NameKind{"Arvid II": NamePerson, "Ana Vell": NamePerson, "Karl Brenn": NamePerson} {
		if got, ok := kinds[name]; !ok || got != want {
			t.Errorf("%q: kind %v (named %v); want %v; names %v", name, got, ok, want, kinds)
		}
	}
	for _, name := range []string{"Eastern Marches", "Board of Trade"} {
		if got, ok := kinds[name]; !ok || got == NamePerson {
			t.Errorf("%q: kind %v (named %v); want a name, not a person's", name, got, ok)
		}
	}
}

// TestSpanNamed checks the span feature for an item that holds a name the
// question writes: the thing asked about, not its answer.
func TestSpanNamed(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Crimes==\n"+
		"In 1793 Ana Vell stabbed the journalist Karl Brenn in his bath.\n")
	checkSpanFeature(t, b, "Who stabbed Brenn?", sNamed, map[string]float32{"Karl Brenn": 1, "Ana Vell": 0})
}

// TestStageOnly checks that "who won" a contest is not answered by a
// fact that tells only who won a stage of it.
func TestStageOnly(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Football==\n"+
		"Norland beat Osland 2–0 in Vell in the round of 16 of the 2024 Cup.\n\n"+
		"Sarnia beat Norland 3–1 in the final of the 2020 Cup.\n\n"+
		"In 2016 Norland and Sarnia met in a play-off for a place at the 2018 Cup, which Sarnia won.\n\n"+
		"Osland won the 2012 Cup, beating Vell in the semi-final and Norland in the final.\n\n"+
		"Vell won the 2008 Cup.\n")
	checkRule(t, b, "stageOnly", b.stageOnly, []ruleCase{
		{"who won the 2012 cup", "Osland won the 2012", false}, // a stage, and the final
		{"who won the 2008 cup", "Vell won the 2008", false},   // no stage
		{"who won the 2024 cup", "Norland beat Osland", true},
		{"Who won the 2018 Cup?", "In 2016 Norland and Sarnia", true},
		{"who won the 2020 cup", "Sarnia beat Norland", false},                    // the final
		{"who won the round of 16 in the 2024 cup", "Norland beat Osland", false}, // the stage asked
		{"who played in the 2024 cup", "Norland beat Osland", false},              // no "won"
	})
}

// TestCauseDated checks that a date asked of a deed is not answered by a
// fact that tells the deed only as the cause of something else, its
// dates before the cause.
func TestCauseDated(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==History==\n"+
		"During the war (1940–1945), Karl Brenn had strained ties with Osland, due to his banning of all ships.\n\n"+
		"In 1950 the port closed because Karl Brenn banned all ships in 1949.\n\n"+
		"On 14 July 1789 crowds looking for gunpowder stormed the old fort.\n")
	checkRule(t, b, "causeDated", b.causeDated, []ruleCase{
		{"When did Karl Brenn ban ships?", "During the war", true},
		{"When did Karl Brenn ban ships?", "In 1950 the port closed", false}, // a date in the cause's clause
		{"When was the old fort stormed?", "On 14 July 1789 crowds", false},  // "for" tells a purpose
		{"Why did Karl Brenn ban ships?", "During the war", false},           // no date asked: restatedWhy's
	})
}

// TestLastOnly checks that "when did X first V" is not answered by a
// fact that tells the last time and no first.
func TestLastOnly(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Climbing==\n"+
		"On 8 June 1924 Karl Brenn was last seen high on the north ridge of Mount Vell.\n\n"+
		"Karl Brenn went to Mount Vell in 1921, first as a surveyor and last as a guide.\n\n"+
		"Karl Brenn went to Mount Vell in 1921.\n")
	checkRule(t, b, "lastOnly", b.lastOnly, []ruleCase{
		{"When did Karl Brenn first go to Mount Vell?", "On 8 June 1924", true},
		{"When did Karl Brenn first go to Mount Vell?", "Karl Brenn went to Mount Vell in 1921, first", false}, // "first" too
		{"When did Karl Brenn first go to Mount Vell?", "Karl Brenn went to Mount Vell in 1921.", false},       // no "last"
		{"When was Karl Brenn last seen?", "On 8 June 1924", false},                                            // no "first" asked
	})
}

// TestWithoutUnsaid checks that a thing done without something is not
// answered by a fact that never writes the something.
func TestWithoutUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Climbing==\n"+
		"In 1975 Anna Lund became the first woman to reach the top of Mount Vell.\n\n"+
		"In 1978 Karl Brenn climbed Mount Vell without bottled oxygen.\n")
	check := func(q *question, f int32) bool { return q.withoutAt >= 0 && b.withoutUnsaid(q, f) }
	checkRule(t, b, "withoutUnsaid", check, []ruleCase{
		{"Who was the first woman to climb Mount Vell without oxygen?", "In 1975 Anna Lund", true},
		{"When was Mount Vell first climbed without oxygen?", "In 1978 Karl Brenn", false},
		{"How long can you stay in Norland without a visa?", "In 1975 Anna Lund", true}, // past an article
		{"Who was the first woman to climb Mount Vell?", "In 1975 Anna Lund", false},    // no "without"
	})
}

// TestHeadOfOther checks that a name of two or more words is not
// answered by a fact that writes its first word only at the head of
// another name, though its other words stand elsewhere ("HMS Pandora …
// of the Bounty" for HMS Bounty); a name written with more words inside
// it ("Anna Maria Lund"), a title before a name ("President Brenn") and a
// name of the article's title's words are no other.
func TestHeadOfOther(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Ships==\n"+
		"HMS Osprey, sent to find the crew of the Gannet, was wrecked in 1791.\n\n"+
		"HMS Gannet sank off Vell in 1789.\n\n"+
		"The National Assembly has 400 seats.\n\n"+
		"Anna Maria Lund wrote a book about the wrecks in 1850.\n\n"+
		"President Karl Brenn visited Vell in 1990.\n\n"+
		"The Norland Maritime Society was founded in 1901.\n")
	checkRule(t, b, "headOfOther", b.headOfOther, []ruleCase{
		{"When did HMS Gannet sink?", "HMS Osprey", true},
		{"When did HMS Gannet sink?", "HMS Gannet sank", false},                       // the name as asked
		{"How many seats did the National Party win?", "The National Assembly", true}, // another of its kind
		{"When did Anna Lund write her book?", "Anna Maria Lund", false},              // more words inside the name
		{"When did President Brenn visit Vell?", "President Karl Brenn", false},       // a title, no name's head
		{"When was the Norland Society founded?", "The Norland Maritime", false},      // the title's word
	})
}

// TestMeasuresOther checks that a measure asked is not answered by a
// number written as another thing's ("The Vell pipeline, 69 km long")
// and that such a fact gives way to a lesser one that holds the measure
// of the thing asked; a number of no thing so written, or of the thing
// asked, may answer.
func TestMeasuresOther(t *testing.T) {
	b := loadArticle(t, "= Norland–Osland relations =\n\nNorland and Osland are neighbours.\n\n==Links==\n"+
		"The Vell pipeline, 69 km long and opened in 2019, was the first cross-border pipeline between Norland and Osland.\n\n"+
		"They share an open border of more than 1,850 km.\n\n"+
		"The border fence, 40 km long, was built in 2001.\n\n"+
		"The Brenn bridge is 300 m long.\n")
	check := func(q *question, f int32) bool { return q.dims != 0 && b.measuresOther(q, f) }
	checkRule(t, b, "measuresOther", check, []ruleCase{
		{"How long is the Norland Osland border?", "The Vell pipeline", true},
		{"How long is the Norland Osland border?", "They share an open border", false}, // no thing written before it
		{"How long is the border fence?", "The border fence", false},                   // the thing asked
		{"How long is the Brenn bridge?", "The Brenn bridge", false},                   // no comma: the subject's
		{"When was the Vell pipeline opened?", "The Vell pipeline", false},             // no measure asked
	})
	if a := b.Ask("How long is the Norland Osland border?"); a.Span != "1,850 km" {
		t.Errorf("Ask(How long is the Norland Osland border?) = %q, span %q; want 1,850 km", a.Text, a.Span)
	}
}

// TestOtherVariant checks that a name of three or more words is not
// answered by a fact that writes two of them around a capitalised word
// the question lacks, and lacks another: the Vell Peace Prize is not the
// Vell Prize for Poetry.
func TestOtherVariant(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Awards==\n"+
		"Karl Brenn won the Vell Peace Prize in 1993.\n\n"+
		"Ola Vik won the Vell Prize for Poetry in 1990.\n\n"+
		"Eva Sand won the Vell Prize in 1980.\n\n"+
		"Tor Berg won the Osland Peace Prize for Poetry in 1985.\n")
	checkRule(t, b, "otherVariant", b.otherVariant, []ruleCase{
		{"When did Tor Berg win the Osland Prize for Poetry?", "Tor Berg won", false}, // every word held, one more
		{"When did Karl Brenn win the Vell Prize for Poetry?", "Karl Brenn won the Vell Peace", true},
		{"When did Ola Vik win the Vell Prize for Poetry?", "Ola Vik won", false},                 // the name whole
		{"When did Karl Brenn win the Vell Peace Prize?", "Karl Brenn won the Vell Peace", false}, // every word held
		{"When did Eva Sand win the Vell Prize for Poetry?", "Eva Sand won", false},               // no other word inside
	})
}

// TestJobAsked checks that a question of what a person does for a living
// is read as one, and that the words that ask it ("living", "job", the
// verb that earns a living) are no words to match; a job that qualifies
// another noun, or that "how" or "who" asks of, asks no job.
func TestJobAsked(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==People==\nKarl Brenn was a goldsmith.\n")
	for _, tt := range []struct {
		q    string
		job  bool
		gone string // a word of the question that is no word to match, or ""
	}{
		{"what did Karl Brenn do for a living", true, "living"},
		{"How did Karl Brenn make a living?", true, "make"},
		{"What was Karl Brenn's job before he left Norland?", true, "job"},
		{"What job did Karl Brenn take in 1950?", true, "job"},
		{"what was his dads job", true, "job"},
		{"What is Karl Brenn's profession?", true, "profession"},
		{"What skills did he list in his job letter?", false, ""},
		{"how did Karl Brenn land the job", false, ""},
		{"How many jobs did Norland cut?", false, ""},
		{"Who got Karl Brenn the job at the mint?", false, ""},
		{"What did Karl Brenn do in 1950?", false, ""},
	} {
		q := b.analyze(tt.q, true)
		if q.job != tt.job {
			t.Errorf("analyze(%q).job = %v; want %v", tt.q, q.job, tt.job)
		}
		if tt.gone != "" && slices.ContainsFunc(q.words, func(w qword) bool { return w.text == tt.gone }) {
			t.Errorf("analyze(%q) matches %q, which only asks a job", tt.q, tt.gone)
		}
	}
}

// TestJobUnsaid checks that a question of a job is not answered by a
// sentence that names no occupation (nor the sentence before it), nor by
// one that names only another person's title ("Queen Eva Sand"); a
// title before the name asked is a job, and the answer shows the
// occupation with the word that qualifies it.
func TestJobUnsaid(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==People==\n"+
		"Karl Brenn died in Osby in 1950.\n\n"+
		"Karl Brenn attended the coronation of Queen Eva Sand.\n\n"+
		"President Ola Vik visited Osby in 2001.\n\n"+
		"Tor Berg, born in Osby in 1900, was a portrait painter.\n")
	check := func(q *question, f int32) bool { return q.job && b.jobUnsaid(q, f) }
	checkRule(t, b, "jobUnsaid", check, []ruleCase{
		{"What did Karl Brenn do for a living?", "Karl Brenn died", true},
		{"What did Karl Brenn do for a living?", "Karl Brenn attended", true}, // another's title
		{"When did Karl Brenn die?", "Karl Brenn died", false},                // no job asked
		{"What was Ola Vik's job?", "President Ola Vik", false},               // the title of the name asked
		{"What was Tor Berg's job?", "Tor Berg, born", false},
	})
	if a := b.Ask("What did Tor Berg do for a living?"); a.Span != "portrait painter" {
		t.Errorf("Ask(What did Tor Berg do for a living?) = %q, span %q; want portrait painter", a.Text, a.Span)
	}
}

// TestWordnetKindOf checks the kinds WordNet's hypernyms give a noun,
// plurals read as their singular, and that a noun of another kind is
// none.
func TestWordnetKindOf(t *testing.T) {
	for _, tt := range []struct {
		word, kind string
		want       bool
	}{
		{"magnesium", "metal", true},
		{"copper", "metals", true},
		{"tuberculosis", "illness", true},
		{"electrometer", "instrument", true},
		{"ming", "dynasty", true}, // an instance
		{"oaks", "wood", true},    // a plural; its first sense is the timber
		{"water", "metal", false},
		{"violin", "illness", false},
		{"zzxq", "metal", false},
	} {
		sense, kind := wordnetFirstSense(tt.word), wordnetFirstSense(tt.kind)
		if got := sense >= 0 && kind >= 0 && wordnetKindOf(uint16(sense), uint16(kind)); got != tt.want {
			t.Errorf("%s a kind of %s = %v; want %v", tt.word, tt.kind, got, tt.want)
		}
	}
}

// TestHoldsKind checks that a fact holding a noun of the kind a
// question's focus names is told apart, and answers the question over
// one that holds the question's other words alone; the focus's own
// word, or a noun of the question, is no such noun.
func TestHoldsKind(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==Trade==\n"+
		"Norland is the largest producer of copper in the region.\n\n"+
		"Norland is the largest producer of cheese in the region.\n\n"+
		"Norland mines in the region employ 4,000 people.\n")
	for _, tt := range []struct {
		q, fact string
		want    bool
	}{
		{"What metal is Norland the largest producer of?", "Norland is the largest producer of copper", true},
		{"What metal is Norland the largest producer of?", "Norland is the largest producer of cheese", false},
		{"What metal is copper?", "Norland is the largest producer of copper", false}, // the question's own noun
	} {
		r := b.run(tt.q, nil)
		if got := r.q.focusAt >= 0 && b.holdsKind(&r.q, &r.s, factOpening(t, b, tt.fact)); got != tt.want {
			t.Errorf("holdsKind(%q, %q…) = %v; want %v", tt.q, tt.fact, got, tt.want)
		}
		b.release(r)
	}
	const q = "What metal is Norland the largest producer of?"
	if a := b.Ask(q); !strings.Contains(a.Text, "copper") {
		t.Errorf("Ask(%s) = %q; want the copper fact", q, a.Text)
	}
	// "metal", a word the article lacks, is known to the fact that
	// holds a metal.
	r := b.run(q, nil)
	defer b.release(r)
	if r.chosen < 0 {
		t.Fatalf("run(%s) chose no fact", q)
	}
	if d := b.decideFeatures(&r.q, &r.s, r.hits, r.xs, r.scores, r.chosen, -1); d[dUnknown] != 0 {
		t.Errorf("run(%s): unknown = %v for %q; want 0", q, d[dUnknown], b.facts[r.hits[r.chosen].fact].Text)
	}
}

// TestHedgesUnmatched checks that a word that only hedges a question
// ("probably", "perhaps") is no word to match: an article that lacks it
// does not lack what is asked.
func TestHedgesUnmatched(t *testing.T) {
	b := loadArticle(t, "= Norland =\n\nNorland is a country.\n\n==People==\nKarl Brenn suffered from tuberculosis.\n")
	for _, q := range []string{"what illness did Karl Brenn probably have", "What illness did Karl Brenn perhaps have?",
		"what illness did karl brenn possibly have", "Maybe Karl Brenn had an illness?"} {
		a := b.analyze(q, true)
		for _, w := range a.words {
			switch w.text {
			case "karl", "brenn", "illness":
			default:
				t.Errorf("analyze(%q) matches %q", q, w.text)
			}
		}
	}
}
