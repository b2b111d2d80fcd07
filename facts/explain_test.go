package facts

import (
	"fmt"
	"os"
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
		fmt.Printf("Q %q type=%d dims=%b focus=%q(%d) negated=%v unknownName=%v\n", q, r.q.typ, r.q.dims, r.q.focus, r.q.focusAt, r.q.negated, r.q.unknownName)
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
			fmt.Printf("     rules: shares=%v lacksKind=%v nameAbsent=%v otherSubject=%v otherRole=%v roleUnsaid=%v eventUnsaid=%v\n", b.sharesSpecific(&r.q, h.fact), b.lacksKind(&r.q, h.fact), b.nameAbsent(&r.q, h.fact), b.otherSubject(&r.q, h.fact), b.otherRole(&r.q, h.fact), b.roleUnsaid(&r.q, h.fact), b.eventUnsaid(&r.q, h.fact))
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
