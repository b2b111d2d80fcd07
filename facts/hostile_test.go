package facts

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// Hostile articles: within the size limit, built to make indexing and typo
// repair expensive. Issue 11's bound is 2 s and 300 MB to load one and
// answer its first typo'd question; the benchmarks measure it
// (go test ./facts -run XXX -bench Hostile -benchtime 1x -benchmem), and
// TestHostile checks that each loads and answers.

// hostileArticles returns the generated articles by name.
func hostileArticles() map[string]string {
	r := rand.New(rand.NewPCG(1, 2))
	word := func(min, max int) string {
		b := make([]byte, min+r.IntN(max-min+1))
		for i := range b {
			b[i] = byte('a' + r.IntN(26))
		}
		return string(b)
	}
	// capitalised is a random word of four to nine letters with a capital.
	capitalised := func() string {
		w := word(4, 9)
		return strings.ToUpper(w[:1]) + w[1:]
	}
	head := "= Hostile =\n\nThe embassy opened in 1991 in Tirana.\n\n"
	var sb strings.Builder
	out := map[string]string{}
	// One 2,000-letter word in a 10 KB article.
	out["long-word"] = head + "Some text " + strings.Repeat("a", 2000) + " about the embassy.\n\n" +
		strings.Repeat("Filler sentence about relations and the embassy. ", 150) + "\n"
	// A 3 MB line of unique random words.
	sb.WriteString(head)
	for sb.Len() < 3<<20 {
		sb.WriteString(word(3, 12))
		sb.WriteByte(' ')
	}
	out["unique-words"] = sb.String() + ".\n"
	// 100,000 list items.
	sb.Reset()
	sb.WriteString(head + "==Items==\n")
	for i := range 100000 {
		fmt.Fprintf(&sb, "- Item %d of the list\n", i)
	}
	out["list-items"] = sb.String()
	// 60,000 names.
	sb.Reset()
	sb.WriteString(head)
	for range 60000 {
		fmt.Fprintf(&sb, "%s %s met the ambassador. ", capitalised(), capitalised())
	}
	out["names"] = sb.String() + "\n"
	// A 3 MB sentence of distinct two-word names, "who" at its end: each
	// of its 512 names was looked for before "who" through all of it.
	sb.Reset()
	sb.WriteString(head)
	for sb.Len() < 3<<20 {
		fmt.Fprintf(&sb, "%s %s, ", capitalised(), capitalised())
	}
	out["who-names"] = sb.String() + "and the rest who came.\n"
	// A 3 MB word.
	out["one-word"] = head + strings.Repeat("x", 3<<20) + "\n"
	// A 3 MB line of capitalised random words: one name as long as the
	// article, and a topic whose words are all of a fact's.
	sb.Reset()
	sb.WriteString(head)
	for sb.Len() < 3<<20 {
		sb.WriteString(capitalised() + " ")
	}
	out["capital-run"] = sb.String() + ".\n"
	// The same in capitals: each word an acronym, a name of its own.
	sb.Reset()
	sb.WriteString(head)
	for sb.Len() < 3<<20 {
		sb.WriteString(strings.ToUpper(word(4, 9)) + " ")
	}
	out["acronyms"] = sb.String() + ".\n"
	// The same joined by "of": names of names ("Star of David").
	sb.Reset()
	sb.WriteString(head)
	for sb.Len() < 3<<20 {
		fmt.Fprintf(&sb, "%s of %s ", capitalised(), capitalised())
	}
	out["of-chain"] = sb.String() + ".\n"
	// 3 MB of one name, in sentences of 10,000 words: a lower-case
	// question that reads the word after "united" as more of the name
	// looks at how every "United" is followed (hostileNameQuestion).
	sb.Reset()
	sb.WriteString(head)
	for sb.Len() < 3<<20 {
		sb.WriteString(strings.Repeat("United Nations ", 5000) + "states.\n\n")
	}
	out["one-name"] = sb.String()
	// 3 MB of the question's word, each beside a year or a number: every
	// item of the kind asked stands near a matched word, and measuring
	// how near against every match took minutes for one question.
	sb.Reset()
	sb.WriteString(head + "The embassy")
	for i := 0; sb.Len() < 3<<20; i++ {
		fmt.Fprintf(&sb, " embassy in %d", 1000+i%900)
	}
	out["date-run"] = sb.String() + ".\n"
	sb.Reset()
	sb.WriteString(head + "The embassy")
	for i := 0; sb.Len() < 3<<20; i++ {
		fmt.Fprintf(&sb, " embassy %d", i)
	}
	out["number-run"] = sb.String() + ".\n"
	// A 3 MB sentence of full dates: each month name was checked against
	// every date of its fact (5 s to load).
	sb.Reset()
	sb.WriteString(head)
	months := []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	for i := 0; sb.Len() < 3<<20; i++ {
		fmt.Fprintf(&sb, "on %d %s %d the embassy opened, ", 1+i%28, months[i%12], 1000+i%900)
	}
	out["day-run"] = sb.String() + "and so on.\n"
	return out
}

func BenchmarkHostile(b *testing.B) {
	for name, text := range hostileArticles() {
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				base, err := Load([]byte(text))
				if err != nil {
					b.Fatal(err)
				}
				base.Ask("when was the embasy opened?")
				base.Ask(hostileNameQuestion)
				base.Ask(hostileCountQuestion)
				base.Ask(hostileTimeQuestion)
			}
		})
	}
}

// hostileNameQuestion is asked of each hostile article after the typo'd
// one: in lower case, with a name's word ("united") before another.
const hostileNameQuestion = "what did the united states say about the embassy"

// hostileCountQuestion asks for a number, the kind of item the number
// run holds beside each of its matched words.
const hostileCountQuestion = "how many embassies opened?"

// hostileTimeQuestion reads every date and quotation of a fact: it asks
// why, of a year, of a century and of a habit, whose rules read each
// date run and day run through.
const hostileTimeQuestion = "why does the embassy usually open after 1500 in the 10th century now"

// TestHostile loads each hostile article and answers a typo'd question
// from its ordinary sentence, and a lower-case question naming what no
// sentence holds.
func TestHostile(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("megabytes of text")
	}
	for name, text := range hostileArticles() {
		base, err := Load([]byte(text))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		a := base.Ask("when was the embasy opened?")
		if !a.Found || !strings.Contains(a.Text, "1991") {
			t.Errorf("%s: %q found=%v; want the 1991 sentence", name, a.Text, a.Found)
		}
		// Of the article made of one name, the question names another:
		// it is declined. (In the articles of random words, its words
		// may read as typos of theirs.)
		if a := base.Ask(hostileNameQuestion); name == "one-name" && a.Found {
			t.Errorf("%s: %q answered %.80q", name, hostileNameQuestion, a.Text)
		}
		if a := base.Ask(hostileTimeQuestion); a.Span != "" && !strings.Contains(a.Text, a.Span) {
			t.Errorf("%s: %q span %q not in its answer", name, hostileTimeQuestion, a.Span)
		}
		if a := base.Ask(hostileCountQuestion); a.Span != "" && !strings.Contains(a.Text, a.Span) {
			t.Errorf("%s: %q span %q not in its answer", name, hostileCountQuestion, a.Span)
		}
	}
}
