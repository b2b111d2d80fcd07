package facts

import (
	"cmp"
	"runtime"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// Several articles in one base. The index, the vocabulary and the model
// are shared (index.go), so every article's facts are ranked on one scale
// and a question costs what the index needs, not a pass per article. This
// file adds what only several articles need: which other articles answer
// a question too, a question or a topic limited to one article, and
// autocomplete labels that tell two articles' topics apart.

// acrossArticles finishes the answer to a question asked of the whole base
// (only == nil): it lists the other articles that answer it about as well,
// and, when the chosen fact does not answer, answers from another article
// whose fact does.
//
// "About as well" is the engine's own fitted decision on the one scale all
// articles share, with no margin of its own: an article is offered when its
// best candidate among the facts retrieval kept for the question (the
// fitted k best of all articles) is one the fitted decision would answer
// with, had the re-ranker chosen it: its fitted confidence, computed among
// the same candidates, reaches the fitted threshold. A candidate much worse
// than the best takes little of the re-ranker's probability, which the
// confidence reads, so it falls short. An article none of whose facts is
// among the k answers less well than those that are; and deciding on the
// candidates already ranked costs no second pass over the index, however
// many articles there are.
//
// Each article is also judged as it would be alone: it answers only a
// question whose capitalised names it mentions (alone, a question naming
// something its article never mentions is off its topic, as analyze.go's
// unknownName says). When the chosen fact's article lacks one, or the
// chosen fact does not answer, the best other article that answers does,
// asked alone (AskIn); the rest follow in AlsoIn, most confident first.
func (b *Base) acrossArticles(text string, only *Article, r *ranked, ans Answer) Answer {
	if only != nil || len(b.Articles) < 2 || r.chosen < 0 {
		return ans
	}
	from := b.facts[r.hits[r.chosen].fact].article
	if ans.Found && !b.hasNames(&r.q, from) {
		score := ans.Score
		ans = declined(text)
		ans.Score = score
		ans.Suggestions = b.suggest(&r.q, r.hits)
	}
	type alt struct {
		a    *Article
		conf float64
	}
	var alts []alt
	seen := make([]*Article, 0, len(r.hits))
	for i, h := range r.hits {
		a := b.facts[h.fact].article
		if slices.Contains(seen, a) {
			continue
		}
		seen = append(seen, a)
		if ans.Found && a == from || !b.hasNames(&r.q, a) {
			continue
		}
		best := i // the article's best candidate, as choose picks: the rules, then the re-ranker's score
		for j := i + 1; j < len(r.hits); j++ {
			if b.facts[r.hits[j].fact].article == a && (b.passes(r, j) && !b.passes(r, best) || b.passes(r, j) == b.passes(r, best) && r.scores[j] > r.scores[best]) {
				best = j
			}
		}
		as := *r
		as.chosen = best
		if d := b.decide(&as); d.answer {
			alts = append(alts, alt{a, d.confidence})
		}
	}
	slices.SortStableFunc(alts, func(x, y alt) int { return cmp.Compare(y.conf, x.conf) })
	for len(alts) > 0 && !ans.Found {
		if x := b.ask(text, alts[0].a); x.Found {
			ans = x
		}
		alts = alts[1:]
	}
	for _, x := range alts {
		ans.AlsoIn = append(ans.AlsoIn, x.a.Title)
	}
	return ans
}

// hasNames reports whether article a has, in some form, every word the
// question capitalises as a name (the words analyze.go's unknownName
// looks at), in a fact's words, its context or its heading.
func (b *Base) hasNames(q *question, a *Article) bool {
	lo, hi := a.Facts[0].gid, a.Facts[len(a.Facts)-1].gid
	for i := range q.words {
		qw := &q.words[i]
		if !qw.name || questionWordLike(qw.text) {
			continue
		}
		found := false
		for _, al := range qw.alts {
			post := b.post.of(al.t)
			k, _ := slices.BinarySearchFunc(post, lo, func(p posting, d int32) int { return cmp.Compare(p.doc, d) })
			if k < len(post) && post[k].doc <= hi {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// TopicIn is Topic limited to one of the base's articles. A label that
// Topics made is looked up by its topic, in a.
func (b *Base) TopicIn(text string, a *Article) Answer {
	if name, la := b.splitLabel(text); la != nil {
		ans := b.topic(name, a)
		ans.Query = text
		return ans
	}
	return b.topic(text, a)
}

// TopicsIn is Topics for the topics of one of the base's articles, which
// need no label.
func (b *Base) TopicsIn(fragment string, a *Article) []string { return b.topicsIn(fragment, a) }

// topicIn reports whether topic i is one of only's (any topic when only is
// nil).
func (b *Base) topicIn(i int, only *Article) bool {
	return only == nil || slices.Contains(b.topics[i].articles, only)
}

// alsoHave lists in a topic's answer the topic's other articles; an
// answer limited to one article lists none.
func (b *Base) alsoHave(ans Answer, i int, only *Article) Answer {
	if only != nil || !ans.Found || len(ans.Facts) == 0 {
		return ans
	}
	from := ans.Facts[0].article
	for _, a := range b.topics[i].articles {
		if a != from {
			ans.AlsoIn = append(ans.AlsoIn, a.Title)
		}
	}
	return ans
}

// topicArticles sets each topic's articles, the one with most of its facts
// first (then in the order they were given). A section title is a topic of
// every article with a section so titled ("History"), though the topic
// holds the first such section.
func (b *Base) topicArticles() {
	if len(b.Articles) == 1 {
		// One article has every topic: a topic has facts, and a
		// section's topic the facts of its section.
		for i := range b.topics {
			b.topics[i].articles = b.Articles[:1:1]
		}
		return
	}
	type count struct {
		a *Article
		n int
	}
	bySection := make(map[string][]count) // folded section title -> articles
	for _, a := range b.Articles {
		n := make(map[*Section]int)
		for _, f := range a.Facts {
			for s := f.Section; s != nil; s = s.Parent {
				n[s]++
			}
		}
		seen := make(map[string]bool)
		for _, s := range a.Sections {
			key := Fold(s.Title)
			if s.Level == 1 || s.BackMatter() || n[s] == 0 || seen[key] {
				continue
			}
			seen[key] = true
			bySection[key] = append(bySection[key], count{a, n[s]})
		}
	}
	var counts []count
	lists := slab[*Article]{chunk: len(b.topics) + 16} // most topics are in one article
	for i := range b.topics {
		tp := &b.topics[i]
		counts = counts[:0]
		if tp.section != nil {
			counts = append(counts, bySection[Fold(tp.section.Title)]...)
		} else {
			for _, f := range tp.facts {
				a := b.facts[f].article
				if k := len(counts); k > 0 && counts[k-1].a == a {
					counts[k-1].n++
				} else {
					counts = append(counts, count{a, 1})
				}
			}
		}
		slices.SortStableFunc(counts, func(x, y count) int { return y.n - x.n })
		tp.articles = lists.take(len(counts))
		for _, c := range counts {
			tp.articles = append(tp.articles, c.a)
		}
	}
}

// sectionFacts returns the facts of a's first section titled title
// (folded), its subsections' included; none when a has no such section.
func (b *Base) sectionFacts(a *Article, title string) []*Fact {
	key := Fold(title)
	var sec *Section
	for _, s := range a.Sections {
		if s.Level > 1 && !s.BackMatter() && Fold(s.Title) == key {
			sec = s
			break
		}
	}
	var out []*Fact
	if sec == nil {
		return out
	}
	for _, f := range a.Facts {
		for s := f.Section; s != nil; s = s.Parent {
			if s == sec {
				out = append(out, f)
				break
			}
		}
	}
	return out
}

// labelSep separates a topic from its article in an autocomplete label.
const labelSep = " — "

// maxLabelTitle bounds the article's part of a label, so the topic keeps
// room within Discord's 100 characters: a longer title is cut with "…",
// which splitLabel reads back, after as many characters as tell it from
// every other title (up to maxLabelTitleCut).
const (
	maxLabelTitle    = 60
	maxLabelTitleCut = 90
)

// label is a topic labelled with its article: "embassy — Estonia–Finland
// relations", at most MaxChoiceLen characters.
func (b *Base) label(name string, a *Article) string {
	title := b.labelTitle(a)
	room := MaxChoiceLen - utf8.RuneCountInString(labelSep) - utf8.RuneCountInString(title)
	return Truncate(name, room) + labelSep + title
}

// labelTitle is a's title as labels show it: whole up to maxLabelTitle
// characters, else cut where no other title begins the same way.
func (b *Base) labelTitle(a *Article) string {
	if utf8.RuneCountInString(a.Title) <= maxLabelTitle {
		return a.Title
	}
	for n := maxLabelTitle; n < maxLabelTitleCut; n++ {
		cut := Truncate(a.Title, n)
		if b.titled(cut) == a {
			return cut
		}
	}
	return Truncate(a.Title, maxLabelTitleCut)
}

// splitLabel reads a label that Topics made: the topic and its article;
// nil when text does not end with an article of the base.
func (b *Base) splitLabel(text string) (string, *Article) {
	i := strings.LastIndex(text, labelSep)
	if i <= 0 || len(b.Articles) < 2 {
		return text, nil
	}
	name, title := strings.TrimSpace(text[:i]), strings.TrimSpace(text[i+len(labelSep):])
	a := b.titled(title)
	if a == nil || name == "" {
		return text, nil
	}
	return strings.TrimSuffix(name, "…"), a
}

// titled finds the article whose title is s (folded), or, for a title cut
// with "…", the one article it begins.
func (b *Base) titled(s string) *Article {
	key := Fold(strings.TrimSpace(s))
	cut, cutOK := strings.CutSuffix(key, "…")
	var found *Article
	for _, a := range b.Articles {
		t := Fold(a.Title)
		if t == key {
			return a
		}
		if cutOK && cut != "" && strings.HasPrefix(t, strings.TrimSpace(cut)) {
			if found != nil {
				return nil
			}
			found = a
		}
	}
	return found
}

// ArticleNamed finds the article a member names, for the article: option:
// its title (case, accents and dashes folded), a title cut with "…" as
// autocomplete cuts long ones, or the beginning of one title, or words
// within one title only. It returns nil when no article, or more than one,
// fits.
func (b *Base) ArticleNamed(name string) *Article {
	if a := b.titled(name); a != nil {
		return a
	}
	key := Fold(strings.Join(strings.Fields(name), " "))
	if key == "" {
		return nil
	}
	for _, match := range []func(t string) bool{
		func(t string) bool { return strings.HasPrefix(t, key) },
		func(t string) bool { return strings.Contains(t, key) },
	} {
		var found *Article
		for _, a := range b.Articles {
			if match(Fold(a.Title)) {
				if found != nil {
					return nil
				}
				found = a
			}
		}
		if found != nil {
			return found
		}
	}
	return nil
}

// ArticleTitles returns up to MaxChoices article titles for the article:
// option's autocomplete: those that begin with the fragment, then those
// with a word that does, then those that contain it, each in the order
// the articles were given; every title (up to the limit) for an empty
// fragment. A title longer than MaxChoiceLen is cut with "…", which
// ArticleNamed reads back.
func (b *Base) ArticleTitles(fragment string) []string {
	key := Fold(strings.Join(strings.Fields(fragment), " "))
	out := make([]string, 0, min(len(b.Articles), MaxChoices))
	for class := range 3 {
		for _, a := range b.Articles {
			t := Fold(a.Title)
			var c int
			switch {
			case strings.HasPrefix(t, key):
				c = 0
			case strings.Contains(t, " "+key):
				c = 1
			case strings.Contains(t, key):
				c = 2
			default:
				continue
			}
			if c == class && len(out) < MaxChoices {
				out = append(out, Truncate(a.Title, MaxChoiceLen))
			}
		}
	}
	return out
}

// ParseAll parses several articles at once, one on each processor: each
// parse stands alone, and only indexing them (New) needs them all. It
// returns the articles in the order of texts, and each text's error (nil
// when it parsed).
func ParseAll(texts [][]byte) ([]*Article, []error) {
	arts := make([]*Article, len(texts))
	errs := make([]error, len(texts))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(texts)) {
		wg.Go(func() {
			// Articles share most of their words: a processor stems each
			// word once for all the articles it parses.
			var stemc stemCache
			if len(texts) > 1 {
				stemc = make(stemCache, 1024)
			}
			for i := range next {
				arts[i], errs[i] = parse(texts[i], stemc)
			}
		})
	}
	for i := range texts {
		next <- i
	}
	close(next)
	wg.Wait()
	return arts, errs
}
