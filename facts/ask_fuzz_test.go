package facts

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzAsk asks the embedded article anything: an answer is never a panic,
// its confidence lies in [0, 1], a found answer cites its section and its
// span stands in its text, and a declined one says so and cites nothing.
func FuzzAsk(f *testing.F) {
	for _, s := range []string{
		"When were relations established?", "wen were relations establised", "How many Jews lived in Albania?",
		"When the embassy opened, who was the ambassador?", "Who is the prime minister of Italy?",
		"how much did it cost", "for the 31st time", "What is a commonly used measurement?",
		"utilize quake tv", "orrigins of the embasy", "\xff\xfe", "", ",,,", strings.Repeat("a ", 200),
		// The readings of the twenty-eighth session: a compound written
		// solid, an agent noun, a hyphenated count, a year written short,
		// a real word slipped, a people counted and a currency.
		"who was the embassyleader", "who owned the embassy", "the 3-speed embassy", "euro 92 final",
		"when were relations establised in tirana", "how many albanians live in israel", "how many shillings did it cost",
		// The twenty-ninth's: a people's name the article lacks, of a
		// place it names.
		"what did the israelis and a finn sign", "which spaniard visited tirana",
		// The thirty-sixth's: names asked what they are, in lower case
		// or not, with inner stop words.
		"What is the Talmud?", "what is the star of david", "whats the Righteous Among the Nations", "what is durres", "what does IDF mean",
	} {
		f.Add(s)
	}
	b, err := Load(DefaultArticle)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, q string) {
		if len(q) > 1000 {
			q = q[:1000] // the handlers clip questions to 300 characters
		}
		a := b.Ask(q)
		if a.Score < 0 || a.Score > 1 {
			t.Fatalf("Ask(%q) score %v; want it in [0, 1]", q, a.Score)
		}
		if !a.Found {
			if a.Text != NotCovered || len(a.Citations) != 0 {
				t.Fatalf("Ask(%q) declined with %q and %d citations", q, a.Text, len(a.Citations))
			}
			return
		}
		if len(a.Citations) == 0 {
			t.Fatalf("Ask(%q) = %q with no citation", q, a.Text)
		}
		if a.Span != "" && !strings.Contains(a.Text, a.Span) {
			t.Fatalf("Ask(%q): span %q is not in %q", q, a.Span, a.Text)
		}
		if !utf8.ValidString(a.Text) {
			t.Fatalf("Ask(%q) = %q is not valid UTF-8", q, a.Text)
		}
		checkQuoted(t, q, a)
	})
}

// checkQuoted checks the facts a found answer quotes: each once, all of
// one article, each in the answer's text, and two sentences of one
// paragraph in the article's order (a passage).
func checkQuoted(t *testing.T, q string, a Answer) {
	t.Helper()
	for i, f := range a.Facts {
		if slices.Contains(a.Facts[:i], f) {
			t.Fatalf("Ask(%q) quotes %q twice", q, f.Text)
		}
		if f.article != a.Facts[0].article {
			t.Fatalf("Ask(%q) quotes two articles: %q and %q", q, a.Facts[0].Text, f.Text)
		}
		if !strings.Contains(a.Text, f.Text) {
			t.Fatalf("Ask(%q) = %q lacks the fact it quotes, %q", q, a.Text, f.Text)
		}
		if i > 0 {
			// A merged repeat stands where the copy it replaced stood,
			// after that copy's sentence before (build.go): its own
			// number says nothing of that place.
			if e := a.Facts[i-1]; e.Kind == KindSentence && f.Kind == KindSentence && e.para == f.para && e.ID > f.ID && f.prev != e {
				t.Fatalf("Ask(%q) quotes %q before %q, against the article's order", q, e.Text, f.Text)
			}
		}
	}
}
