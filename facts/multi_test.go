package facts

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// parseFile parses an article of testdata (or ../shared).
func parseFile(tb testing.TB, path string) *Article {
	tb.Helper()
	data := DefaultArticle
	if path != "" {
		var err error
		if data, err = os.ReadFile(path); err != nil {
			tb.Fatal(err)
		}
	}
	a, err := Parse(data)
	if err != nil {
		tb.Fatalf("%s: %v", path, err)
	}
	return a
}

// bilateral is three bilateral-relations articles of the same shape.
func bilateral(tb testing.TB) (*Base, []*Article) {
	tb.Helper()
	var arts []*Article
	for _, p := range []string{"testdata/estonia-finland.txt", "testdata/articles/estonia-latvia-relations.txt", "testdata/articles/cyprus-greece-relations.txt"} {
		arts = append(arts, parseFile(tb, p))
	}
	return New(arts...), arts
}

// TestCompanionsOneArticle checks that a passage never joins two
// articles: among several, an infobox line is quoted only with a sentence
// of its own article.
func TestCompanionsOneArticle(t *testing.T) {
	_, arts := bilateral(t)
	first := func(a *Article, kind FactKind) *Fact {
		for _, f := range a.Facts {
			if f.Kind == kind {
				return f
			}
		}
		t.Fatalf("%s has no fact of kind %d", a.Title, kind)
		return nil
	}
	line, sentence, other := first(arts[0], KindInfobox), first(arts[0], KindSentence), first(arts[1], KindSentence)
	for _, tt := range []struct {
		f, g *Fact
		want bool
	}{
		{line, sentence, true}, {sentence, line, true}, {line, other, false}, {other, line, false},
	} {
		if got := companions(tt.f, tt.g); got != tt.want {
			t.Errorf("companions(%q of %s, %q of %s) = %v, want %v", Truncate(tt.f.Text, 40), tt.f.article.Title, Truncate(tt.g.Text, 40), tt.g.article.Title, got, tt.want)
		}
	}
}

func TestCitationsNameTheirArticle(t *testing.T) {
	b, arts := bilateral(t)
	for _, a := range arts {
		for _, f := range a.Facts {
			for _, c := range f.Citations {
				if c.Article != a.Title {
					t.Fatalf("%q cites article %q; want %q", f.Text, c.Article, a.Title)
				}
			}
		}
	}
	for _, q := range []string{"How many Estonians live in Finland?", "who was the leader of EOKA", "Via Baltica"} {
		ans := b.Ask(q)
		if q == "Via Baltica" {
			ans = b.Topic(q)
		}
		if !ans.Found {
			t.Errorf("%q declined", q)
			continue
		}
		for i, c := range ans.Citations {
			if c.Article != ans.Facts[0].ArticleOf().Title {
				t.Errorf("%q: citation %d names %q; the answer quotes %q", q, i, c.Article, ans.Facts[0].ArticleOf().Title)
			}
		}
	}
}

// TestSeveralArticles asks three bilateral-relations articles at once:
// a question that names its subject is answered from its article, one
// that does not is answered from one and offers the others, and one about
// none of them is declined.
func TestSeveralArticles(t *testing.T) {
	b, arts := bilateral(t)
	ef, el, cg := arts[0].Title, arts[1].Title, arts[2].Title
	tests := []struct {
		q       string
		from    string   // the article that answers; "" when declined
		want    string   // in the answer
		alsoIn  []string // must all be offered
		alsoAny bool     // AlsoIn holds every article but the one that answers
	}{
		{q: "When did Estonia and Finland establish relations?", from: ef, want: "7 July 1920"},
		{q: "When were Cyprus and Greece relations established?", from: cg, want: "1960"},
		{q: "When did Latvia and Estonia establish diplomatic relations?", from: el, want: "1992"},
		{q: "How many Estonians live in Finland?", from: ef, want: "50,000"},
		{q: "when were relations established?", alsoAny: true, want: "established"},
		{q: "What is the capital of Peru?"},
		{q: "Who won the 1998 FIFA World Cup?"},
	}
	for _, tt := range tests {
		a := b.Ask(tt.q)
		switch {
		case tt.from == "" && !tt.alsoAny:
			if a.Found || len(a.AlsoIn) > 0 {
				t.Errorf("Ask(%q) = %q from %v also in %q; want declined", tt.q, a.Text, a.Citations, a.AlsoIn)
			}
			continue
		case !a.Found:
			t.Errorf("Ask(%q) declined; want an answer", tt.q)
			continue
		}
		from := a.Citations[0].Article
		if tt.from != "" && from != tt.from || !strings.Contains(a.Text, tt.want) {
			t.Errorf("Ask(%q) = %q from %q; want %q from %q", tt.q, a.Text, from, tt.want, tt.from)
		}
		if slices.Contains(a.AlsoIn, from) {
			t.Errorf("Ask(%q) offers its own article %q in AlsoIn %q", tt.q, from, a.AlsoIn)
		}
		if tt.alsoAny {
			for _, title := range []string{ef, el, cg} {
				if title != from && !slices.Contains(a.AlsoIn, title) {
					t.Errorf("Ask(%q) from %q: AlsoIn = %q; want %q offered", tt.q, from, a.AlsoIn, title)
				}
			}
		}
		// Each article offered answers the question itself.
		for _, title := range a.AlsoIn {
			if x := b.AskIn(tt.q, b.ArticleNamed(title)); !x.Found || x.Citations[0].Article != title {
				t.Errorf("Ask(%q) offers %q, but AskIn there = %v %q", tt.q, title, x.Found, x.Text)
			}
		}
	}
	// Limited to one article, the same question answers from it, and
	// offers nothing else.
	for _, a := range arts {
		x := b.AskIn("when were relations established?", a)
		if !x.Found || x.Citations[0].Article != a.Title || len(x.AlsoIn) != 0 {
			t.Errorf("AskIn(%q) = %v %q from %v also %q; want an answer from it alone", a.Title, x.Found, x.Text, x.Citations, x.AlsoIn)
		}
	}
}

// TestOneArticleOffersNothing: with one article, AlsoIn is always empty,
// and present in JSON.
func TestOneArticleOffersNothing(t *testing.T) {
	b := New(parseFile(t, ""))
	for _, q := range []string{"when were relations established?", "capital of Peru?"} {
		if a := b.Ask(q); a.AlsoIn == nil || len(a.AlsoIn) != 0 {
			t.Errorf("Ask(%q).AlsoIn = %#v; want an empty list", q, a.AlsoIn)
		}
	}
	if a := b.Topic("embassy"); a.AlsoIn == nil || len(a.AlsoIn) != 0 {
		t.Errorf("Topic(embassy).AlsoIn = %#v; want an empty list", a.AlsoIn)
	}
}

func TestTopicsAcrossArticles(t *testing.T) {
	b, arts := bilateral(t)
	ef, el, cg := arts[0], arts[1], arts[2]
	// "embassy" is in all three: each is offered, labelled.
	got := b.Topics("embass")
	for _, a := range arts {
		if !slices.Contains(got, "embassy"+labelSep+a.Title) {
			t.Errorf("Topics(embass) = %q; want embassy labelled with %q", got, a.Title)
		}
	}
	if slices.Contains(got, "embassy") {
		t.Errorf("Topics(embass) = %q; a shared topic must carry its article", got)
	}
	// A topic of one article only is not labelled.
	if got := b.Topics("baltic way"); !slices.Contains(got, "Baltic Way") {
		t.Errorf("Topics(baltic way) = %q; want Baltic Way unlabelled", got)
	}
	// Within one article: its topics only, unlabelled.
	if got := b.TopicsIn("embass", cg); !slices.Equal(got[:1], []string{"embassy"}) {
		t.Errorf("TopicsIn(embass, %s) = %q; want embassy first, unlabelled", cg.Title, got)
	}
	if got := b.TopicsIn("baltic way", cg); slices.Contains(got, "Baltic Way") {
		t.Errorf("TopicsIn(baltic way, %s) = %q; Cyprus–Greece has no Baltic Way", cg.Title, got)
	}
	for _, tt := range []struct {
		topic string
		from  *Article
		want  string
	}{
		{"embassy" + labelSep + ef.Title, ef, "embassy"},
		{"embassy" + labelSep + cg.Title, cg, "embassy"},
		{"History" + labelSep + el.Title, el, ""},
		{"History" + labelSep + cg.Title, cg, ""},
	} {
		a := b.Topic(tt.topic)
		if !a.Found || a.Citations[0].Article != tt.from.Title || !strings.Contains(a.Text, tt.want) || len(a.AlsoIn) != 0 || a.Query != tt.topic {
			t.Errorf("Topic(%q) = %v %q from %v also %q; want it from %q alone", tt.topic, a.Found, a.Text, a.Citations, a.AlsoIn, tt.from.Title)
		}
		for _, f := range a.Facts {
			if f.ArticleOf() != tt.from {
				t.Errorf("Topic(%q) quotes %q of %q", tt.topic, f.Text, f.ArticleOf().Title)
			}
		}
	}
	// Unlabelled, a shared topic answers from one article and offers the
	// others.
	for _, topic := range []string{"embassy", "History"} {
		a := b.Topic(topic)
		if !a.Found || len(a.AlsoIn) != 2 || slices.Contains(a.AlsoIn, a.Citations[0].Article) {
			t.Errorf("Topic(%q) = %v from %v also %q; want one article, the two others offered", topic, a.Found, a.Citations, a.AlsoIn)
		}
		for _, f := range a.Facts {
			if f.ArticleOf().Title != a.Citations[0].Article {
				t.Errorf("Topic(%q) mixes articles: %q is from %q", topic, f.Text, f.ArticleOf().Title)
			}
		}
	}
	// TopicIn: a topic the article lacks is looked up in it, or declined.
	if a := b.TopicIn("Baltic Way", cg); a.Found && a.Citations[0].Article != cg.Title {
		t.Errorf("TopicIn(Baltic Way, %s) answered from %v", cg.Title, a.Citations)
	}
	if a := b.TopicIn("Baltic Way", el); !a.Found || a.Citations[0].Article != el.Title {
		t.Errorf("TopicIn(Baltic Way, %s) = %v %v", el.Title, a.Found, a.Citations)
	}
}

func TestLabels(t *testing.T) {
	// Two long titles that begin alike for 63 characters, then differ.
	long := strings.Repeat("Very long title word ", 3) + "end" + strings.Repeat(" and more", 10)
	arts := []*Article{
		parseFile(t, "testdata/estonia-finland.txt"),
		mustParse(t, "= "+long+" =\n\nThe embassy of Ruritania stands in Strelsau.\n"),
		mustParse(t, "= "+strings.Replace(long, "end", "other", 1)+" =\n\nThe embassy of Ruritania stands in Zenda.\n"),
	}
	b := New(arts...)
	for _, a := range arts {
		name := strings.Repeat("x", 120)
		l := b.label(name, a)
		if n := len([]rune(l)); n > MaxChoiceLen {
			t.Errorf("label is %d characters: %q", n, l)
		}
		if got, ga := b.splitLabel(l); ga != a || !strings.HasPrefix(name, got) {
			t.Errorf("splitLabel(%q) = %q, %v; want a prefix of the name and %q", l, got, ga, a.Title)
		}
	}
	// A cut title that fits both long ones names neither.
	for _, tt := range []struct {
		in   string
		want *Article
	}{
		{arts[0].Title, arts[0]},
		{"estonia-finland RELATIONS", arts[0]},
		{"Estonia–Fin", arts[0]},
		{"finland", arts[0]},
		{"very long", nil},
		{Truncate(long, 40), nil},
		{long, arts[1]},
		{"other", arts[2]},
		{"Peru", nil},
		{"", nil},
	} {
		if got := b.ArticleNamed(tt.in); got != tt.want {
			t.Errorf("ArticleNamed(%q) = %v; want %v", tt.in, got, tt.want)
		}
	}
	if got := b.ArticleTitles(""); len(got) != 3 || got[0] != arts[0].Title {
		t.Errorf("ArticleTitles(\"\") = %q; want the three titles in order", got)
	}
	if got := b.ArticleTitles("end"); len(got) != 1 || b.ArticleNamed(got[0]) != arts[1] || len([]rune(got[0])) > MaxChoiceLen {
		t.Errorf("ArticleTitles(end) = %q; want the first long title, cut to %d characters and read back", got, MaxChoiceLen)
	}
	if got := b.ArticleTitles("zzz"); len(got) != 0 {
		t.Errorf("ArticleTitles(zzz) = %q; want none", got)
	}
}

func mustParse(tb testing.TB, text string) *Article {
	tb.Helper()
	a, err := Parse([]byte(text))
	if err != nil {
		tb.Fatal(err)
	}
	return a
}

// TestOnThisDayAcrossArticles: an exact date in any article beats a month
// in any, a month beats a fact of the day, and the fact of the day is
// drawn from every article's facts.
func TestOnThisDayAcrossArticles(t *testing.T) {
	arts := []*Article{parseFile(t, ""), parseFile(t, "testdata/estonia-finland.txt"), parseFile(t, "testdata/articles/cyprus-greece-relations.txt")}
	b := New(arts...)
	type day struct{ month, day int }
	exact := map[day][]*Article{} // days with an event, by article
	month := map[int][]*Article{} // months with a dated event
	for _, a := range arts {
		for _, f := range a.Facts {
			for _, d := range f.Dates {
				if d.Month > 0 {
					month[d.Month] = append(month[d.Month], a)
				}
				if d.HasDay() {
					exact[day{d.Month, d.Day}] = append(exact[day{d.Month, d.Day}], a)
				}
			}
		}
	}
	fromAll := map[*Article]bool{}
	kinds := map[DayKind]int{}
	start := time.Date(2028, 1, 1, 0, 0, 0, 0, time.UTC) // a leap year
	for d := start; d.Year() == 2028; d = d.AddDate(0, 0, 1) {
		a := b.OnThisDay(d)
		want := DayFactOfDay
		switch {
		case len(exact[day{int(d.Month()), d.Day()}]) > 0:
			want = DayExact
		case len(month[int(d.Month())]) > 0:
			want = DayMonth
		}
		kinds[a.Kind]++
		if a.Kind != want || !a.Found || len(a.Citations) == 0 {
			t.Errorf("OnThisDay(%s) = %s, %d citations; want %s", d.Format("01-02"), a.Kind, len(a.Citations), want)
			continue
		}
		switch a.Kind {
		case DayExact:
			// Every article's events of that day, and nothing else.
			var from []*Article
			for _, ev := range a.Events {
				if !ev.Date.HasDay() || ev.Date.Day != d.Day() || ev.Date.Month != int(d.Month()) {
					t.Errorf("OnThisDay(%s) lists %q of %s", d.Format("01-02"), ev.Date.Text, ev.Fact.ArticleOf().Title)
				}
				from = append(from, ev.Fact.ArticleOf())
			}
			for _, x := range exact[day{int(d.Month()), d.Day()}] {
				if !slices.Contains(from, x) {
					t.Errorf("OnThisDay(%s) misses the event of %q", d.Format("01-02"), x.Title)
				}
			}
		case DayFactOfDay:
			fromAll[a.Facts[0].ArticleOf()] = true
		}
		for _, c := range a.Citations {
			if b.ArticleNamed(c.Article) == nil {
				t.Errorf("OnThisDay(%s) cites %q", d.Format("01-02"), c.Article)
			}
		}
	}
	if kinds[DayExact] == 0 || kinds[DayMonth] == 0 || kinds[DayFactOfDay] == 0 {
		t.Errorf("a year gave %v; want every kind", kinds)
	}
	// Exact days of one article beat months of another: a day that only
	// one article has, in a month another has events in.
	mixed := 0
	for d, as := range exact {
		for _, other := range month[d.month] {
			if !slices.Contains(as, other) {
				mixed++
			}
		}
	}
	if mixed == 0 {
		t.Error("no exact day of one article falls in a month of another: the test proves nothing")
	}
	// The fact of the day rotates over every article's facts.
	drawn := map[*Article]int{}
	for d := start; d.Year() == 2028; d = d.AddDate(0, 0, 1) {
		drawn[b.factOfDay(d).ArticleOf()]++
	}
	for _, a := range arts {
		if drawn[a] == 0 {
			t.Errorf("a year of facts of the day drew none from %q (%v)", a.Title, drawn)
		}
	}
	_ = fromAll
}

// ExampleBase_Ask_severalArticles shows an answer from one of several
// articles, with the others that answer too.
func ExampleBase_Ask_severalArticles() {
	var arts []*Article
	for _, p := range []string{"testdata/estonia-finland.txt", "testdata/articles/estonia-latvia-relations.txt", "testdata/articles/cyprus-greece-relations.txt"} {
		data, _ := os.ReadFile(p)
		a, _ := Parse(data)
		arts = append(arts, a)
	}
	b := New(arts...)
	a := b.Ask("How many Estonians live in Finland?")
	fmt.Println(a.Text)
	fmt.Println(a.Citations[0].Article, "›", a.Citations[0].Section)
	a = b.Ask("when were relations established?")
	fmt.Println(a.Citations[0].Article, "; also in:", strings.Join(a.AlsoIn, ", "))
	// Output:
	// About 50,000 Estonians live in Finland, making them the largest foreign community there.
	// Estonia–Finland relations › History › Since 1991
	// Estonia–Finland relations ; also in: Estonia–Latvia relations, Cyprus–Greece relations
}

// TestParseAll: parsing on several processors gives what parsing one by
// one gives, and each text's own error.
func TestParseAll(t *testing.T) {
	texts := [][]byte{DefaultArticle, []byte("no title"), nil}
	for _, p := range []string{"testdata/estonia-finland.txt", "testdata/articles/estonia-latvia-relations.txt", "testdata/articles/cyprus-greece-relations.txt"} {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, data)
	}
	arts, errs := ParseAll(texts)
	for i, text := range texts {
		a, err := Parse(text)
		if (err == nil) != (errs[i] == nil) || err != nil && err.Error() != errs[i].Error() {
			t.Errorf("text %d: ParseAll error %v; Parse %v", i, errs[i], err)
			continue
		}
		if err == nil && (arts[i].Title != a.Title || len(arts[i].Facts) != len(a.Facts)) {
			t.Errorf("text %d: ParseAll gives %q with %d facts; Parse %q with %d", i, arts[i].Title, len(arts[i].Facts), a.Title, len(a.Facts))
		}
	}
}
