package facts

import (
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// TestExplain prints how questions are read and ranked, for work on the
// engine: EXPLAIN='when x?|who y?' [ARTICLE=file] go test ./facts -run Explain -v
func TestExplain(t *testing.T) {
	qs := os.Getenv("EXPLAIN")
	if qs == "" {
		t.Skip("set EXPLAIN")
	}
	data := DefaultArticle
	if p := os.Getenv("ARTICLE"); p != "" {
		var err error
		if data, err = os.ReadFile(p); err != nil {
			t.Fatal(err)
		}
	}
	b, err := Load(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range strings.Split(qs, "|") {
		r := b.run(q, nil)
		fmt.Printf("Q %q type=%d dims=%b focus=%q(%d) job=%v negated=%v unknownName=%v\n", q, r.q.typ, r.q.dims, r.q.focus, r.q.focusAt, r.q.job, r.q.negated, r.q.unknownName)
		for _, w := range r.q.words {
			fmt.Printf("   word %q idf=%.2f known=%v name=%v(%d) light=%v title=%v alts=", w.text, w.idf, w.known, w.name, w.group, w.light, w.title)
			for _, a := range w.alts {
				fmt.Printf(" %s:%.2f", b.surface[a.t], a.w)
			}
			fmt.Println()
		}
		for i, h := range r.hits {
			mark := " "
			if i == r.chosen {
				mark = "*"
			}
			fmt.Printf(" %s %.3f bm25=%.2f %v\n     %.100s\n", mark, r.scores[i], h.score, r.xs[i], b.facts[h.fact].Text)
			var out []string
			for _, rule := range ruleTable {
				if rule.f(b, &r.q, h.fact) {
					out = append(out, rule.name)
				}
			}
			fmt.Printf("     ruled out by: %s\n", strings.Join(out, " "))
		}
		dec := b.decide(r)
		fmt.Printf("   answer=%v confidence=%.3f\n", dec.answer, dec.confidence)
		if r.chosen >= 0 {
			d := b.decideFeatures(&r.q, &r.s, r.hits, r.xs, r.scores, r.chosen, b.neighbour(r, r.chosen, b.m.join))
			for i, v := range d {
				fmt.Printf("   %s=%.2f (%.2f)", decideFeatureNames[i], v, v*b.m.decide[i])
			}
			fmt.Println()
		}
		b.release(r)
	}
}

// ruleTable names every rule of ruledOut, for EXPLAIN to say which rule
// rules a candidate out. TestRuleTable keeps it the same as ruledOut.
var ruleTable = [...]struct {
	name string
	f    func(b *Base, q *question, f int32) bool
}{
	{"!sharesSpecific", func(b *Base, q *question, f int32) bool { return !b.sharesSpecific(q, f) }},
	{"lacksKind", (*Base).lacksKind},
	{"otherSubject", (*Base).otherSubject},
	{"undefined", (*Base).undefined},
	{"otherRole", (*Base).otherRole},
	{"eventUnsaid", (*Base).eventUnsaid},
	{"livesElsewhere", (*Base).livesElsewhere},
	{"roleUnsaid", (*Base).roleUnsaid},
	{"populationUnsaid", (*Base).populationUnsaid},
	{"clockUnsaid", (*Base).clockUnsaid},
	{"numUnsaid", (*Base).numUnsaid},
	{"negationUnsaid", (*Base).negationUnsaid},
	{"otherDoer", (*Base).otherDoer},
	{"onceOnly", (*Base).onceOnly},
	{"namesake", (*Base).namesake},
	{"whoUnsaid", (*Base).whoUnsaid},
	{"otherDirection", (*Base).otherDirection},
	{"othersCounted", (*Base).othersCounted},
	{"superlativeUnsaid", (*Base).superlativeUnsaid},
	{"roleBegunUnsaid", (*Base).roleBegunUnsaid},
	{"thingsCounted", (*Base).thingsCounted},
	{"sequenceUnsaid", (*Base).sequenceUnsaid},
	{"placeUnsaid", (*Base).placeUnsaid},
	{"shareUnsaid", (*Base).shareUnsaid},
	{"dayUnsaid", (*Base).dayUnsaid},
	{"kindUnsaid", (*Base).kindUnsaid},
	{"causeUnsaid", (*Base).causeUnsaid},
	{"locationUnsaid", (*Base).locationUnsaid},
	{"otherMeasure", (*Base).otherMeasure},
	{"againUnsaid", (*Base).againUnsaid},
	{"longerName", (*Base).longerName},
	{"contactUnsaid", (*Base).contactUnsaid},
	{"translationUnsaid", (*Base).translationUnsaid},
	{"definiteCount", (*Base).definiteCount},
	{"otherName", (*Base).otherName},
	{"measuredOnly", (*Base).measuredOnly},
	{"aliveUnsaid", (*Base).aliveUnsaid},
	{"notSoSaid", (*Base).notSoSaid},
	{"epithetUnsaid", (*Base).epithetUnsaid},
	{"numberedUnsaid", (*Base).numberedUnsaid},
	{"acronymUnsaid", (*Base).acronymUnsaid},
	{"harmOnly", (*Base).harmOnly},
	{"neverSaid", (*Base).neverSaid},
	{"quoteDated", (*Base).quoteDated},
	{"canUnsaid", (*Base).canUnsaid},
	{"otherKin", (*Base).otherKin},
	{"madeOfOther", (*Base).madeOfOther},
	{"stillUnsaid", (*Base).stillUnsaid},
	{"wordsUnsaid", (*Base).wordsUnsaid},
	{"becomeUnsaid", (*Base).becomeUnsaid},
	{"deathsUnsaid", (*Base).deathsUnsaid},
	{"taskUnsaid", (*Base).taskUnsaid},
	{"everUnsaid", (*Base).everUnsaid},
	{"bestUnsaid", (*Base).bestUnsaid},
	{"firstOfUnsaid", (*Base).firstOfUnsaid},
	{"closedKindUnsaid", (*Base).closedKindUnsaid},
	{"kindOfUnsaid", (*Base).kindOfUnsaid},
	{"nowUnsaid", (*Base).nowUnsaid},
	{"existsUnsaid", (*Base).existsUnsaid},
	{"otherOrdinal", (*Base).otherOrdinal},
	{"agentUnsaid", (*Base).agentUnsaid},
	{"exactPlaceUnsaid", (*Base).exactPlaceUnsaid},
	{"countUnsaid", (*Base).countUnsaid},
	{"leaderUnsaid", (*Base).leaderUnsaid},
	{"withoutSaid", (*Base).withoutSaid},
	{"kinUnsaid", (*Base).kinUnsaid},
	{"rateUnsaid", (*Base).rateUnsaid},
	{"holderUnsaid", (*Base).holderUnsaid},
	{"foundedOther", (*Base).foundedOther},
	{"listUnsaid", (*Base).listUnsaid},
	{"otherObject", (*Base).otherObject},
	{"lifeOfOther", (*Base).lifeOfOther},
	{"habitUnsaid", (*Base).habitUnsaid},
	{"periodUnsaid", (*Base).periodUnsaid},
	{"agesOnly", (*Base).agesOnly},
	{"restatedWhy", (*Base).restatedWhy},
	{"centuryUnsaid", (*Base).centuryUnsaid},
	{"otherCount", (*Base).otherCount},
	{"nameOrderUnsaid", (*Base).nameOrderUnsaid},
	{"relativeOnly", (*Base).relativeOnly},
	{"participleOfOther", (*Base).participleOfOther},
	{"officeUnheld", (*Base).officeUnheld},
	{"placeNameUnsaid", (*Base).placeNameUnsaid},
	{"giverSwapped", (*Base).giverSwapped},
	{"haverSwapped", (*Base).haverSwapped},
	{"forceUnsaid", (*Base).forceUnsaid},
	{"othersUnnamed", (*Base).othersUnnamed},
	{"inLawOnly", (*Base).inLawOnly},
	{"kindsOfUnsaid", (*Base).kindsOfUnsaid},
	{"narrowerFirst", (*Base).narrowerFirst},
	{"stageOnly", (*Base).stageOnly},
	{"causeDated", (*Base).causeDated},
	{"lastOnly", (*Base).lastOnly},
	{"otherVariant", (*Base).otherVariant},
	{"withoutUnsaid", func(b *Base, q *question, f int32) bool { return q.withoutAt >= 0 && b.withoutUnsaid(q, f) }},
	{"headOfOther", func(b *Base, q *question, f int32) bool { return q.groups > 0 && b.headOfOther(q, f) }},
	{"measuresOther", func(b *Base, q *question, f int32) bool { return q.dims != 0 && b.measuresOther(q, f) }},
	{"jobUnsaid", func(b *Base, q *question, f int32) bool { return q.job && b.jobUnsaid(q, f) }},
	{"nameAbsent", (*Base).nameAbsent},
}

// TestRuleTable checks that ruleTable names the rules ruledOut and
// ruledOutBut call, in their order, read from ask.go: a rule added there
// and not here would go unnamed by EXPLAIN.
func TestRuleTable(t *testing.T) {
	src, err := os.ReadFile("ask.go")
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, fn := range []string{"ruledOutBut", "ruledOut"} {
		body := regexp.MustCompile(`(?s)func \(b \*Base\) ` + fn + `\(q \*question, f int32\) bool \{\n\treturn (.*?)\n\}`).FindSubmatch(src)
		if body == nil {
			t.Fatalf("ask.go: no %s", fn)
		}
		for _, m := range regexp.MustCompile(`(!?)b\.(\w+)\(q, f\)`).FindAllSubmatch(body[1], -1) {
			if name := string(m[1]) + string(m[2]); name != "ruledOutBut" {
				want = append(want, name)
			}
		}
	}
	var got []string
	for _, rule := range ruleTable {
		got = append(got, rule.name)
	}
	if !slices.Equal(got, want) {
		t.Errorf("ruleTable names\n%v\nask.go's ruledOut calls\n%v", got, want)
	}
}
