package facts

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// TestExplain prints the ranking for the questions in $EXPLAIN (one per
// "|"), for tuning by hand: EXPLAIN='when x?|who y?' go test -run Explain -v
func TestExplain(t *testing.T) {
	qs := os.Getenv("EXPLAIN")
	if qs == "" {
		t.Skip("set EXPLAIN")
	}
	b, err := Load(DefaultArticle)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range strings.Split(qs, "|") {
		an := b.analyze(q, true)
		fmt.Printf("Q %q type=%d total=%.2f\n", q, an.typ, an.total)
		for _, c := range an.concepts {
			fmt.Printf("   concept %q w=%.2f known=%v rare=%v alts=%d\n", c.word, c.weight, c.known, c.rare, len(c.alts))
		}
		for i, c := range b.rank(an, 0) {
			if i >= 5 {
				break
			}
			fmt.Printf("   %.3f cov=%.3f #%d %.90s\n", c.Score, c.Coverage, c.Fact.ID, c.Fact.Text)
		}
	}
}
