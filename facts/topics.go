package facts

import (
	"math"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// topic is a short key a member can look up: a name, a section title or a
// key word of the article, with the facts about it.
type topic struct {
	name    string   // display form: "Shimon Peres", "embassy"
	section *Section // set for a section title: its facts are the section's
	terms   []int32  // a fact about the topic holds all of these
	facts   []int32  // facts holding the terms in their own words
	weight  float64  // centrality: how much of the article is about it
	// articles that have the topic, the one with most of its facts first:
	// for a section title, every article with a section so titled.
	articles []*Article
	letters  uint64 // letterMask of its folded name
}

// Topic ranking constants.
const (
	// nameBoost makes names and section titles more central than plain
	// words with as many facts: they are what people look up.
	nameBoost = 1.5
	// maxTopicFacts is how many facts a topic answer quotes.
	maxTopicFacts = 3
	// topicKeep keeps a further fact in a topic answer when it scores at
	// least this share of the best one.
	topicKeep = 0.7
	// maxTopics bounds the topics made of words found in one fact only.
	// Real articles, even fifty together, have a few thousand topics; a
	// hostile one (a megabyte of random words) would have hundreds of
	// thousands, each costing every keystroke.
	maxTopics = 1 << 16
	// MaxChoices is Discord's limit on autocomplete choices.
	MaxChoices = 25
	// MaxChoiceLen is Discord's limit on a choice's name, in characters.
	MaxChoiceLen = 100
)

// buildTopics collects names (with surname and acronym aliases), section
// titles and content words, and ranks them by centrality. nameTerms holds
// each name's terms, as indexNames found them.
func (b *Base) buildTopics(nameTerms map[string][]int32) {
	nsec := 0
	for _, a := range b.Articles {
		nsec += len(a.Sections)
	}
	// The words that may be topics, in the order the articles first use
	// them (not map order, which would change the topics' order from run
	// to run): found first, so that the topics are counted before they
	// are made.
	words := make([]int32, 0, len(b.surface)/2)
	for id, w := range b.surface {
		if !b.lowerTerm[id] {
			// Always capitalised: part of a name ("Port Maren"), a title
			// ("Prime Minister") or a demonym ("Albanian"); names are topics
			// of their own, the rest make poor ones.
			continue
		}
		// The cheap tests first: they rule out most words.
		if len(w) < 4 || b.df[id] == 0 || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing") || isNumber(w) || isDecade(w) {
			continue
		}
		if b.spelled[id]&spelledSurface == 0 { // b.words[w] != id
			continue // a stem kept from a merged copy, not a word as written
		}
		if lexClass(w)&(lxMonth|lxStop|lxLight) != 0 { // monthNames, stopwords, lightwords
			continue
		}
		words = append(words, int32(id))
	}
	// At most a topic a name, a section and a word.
	b.topics = make([]topic, 0, len(nameTerms)+nsec+len(words))
	b.topicKeys = make(map[string]int, cap(b.topics))
	keys := make([]string, 0, cap(b.topics)) // topic -> its folded name
	// add adds a topic, unless its key has one. word is the term of the
	// key when the caller knows the key is a word as written, else -1.
	add := func(name, key string, weight float64, word int32) int {
		if i, ok := b.topicKeys[key]; ok {
			return i
		}
		var terms []int32
		if word < 0 {
			if id, ok := b.wordTerm(key); ok {
				word = id
			}
		}
		if id := word; id >= 0 {
			terms = b.singles[id : id+1 : id+1] // a plain word of the article: its term is known
		} else if nt, ok := nameTerms[name]; ok {
			terms = nt // a name: its words, but for stop words and connectors, are terms
		} else {
			for _, t := range tokenize(name, nil) {
				if stopwords[t.word] || nameConnectors[t.word] {
					continue
				}
				if id, ok := b.wordTerm(t.word); ok {
					terms = append(terms, id)
				}
			}
		}
		if len(terms) == 0 {
			return -1
		}
		tp := topic{name: name, terms: terms}
		if len(terms) == 1 {
			tp.facts = b.ownPost.of(terms[0]) // shared, never changed: most topics are one word
		} else {
			for _, f := range b.ownPost.of(terms[0]) {
				if containsAll(b.ownSet[f], terms[1:]) {
					tp.facts = append(tp.facts, f)
				}
			}
		}
		if len(tp.facts) == 0 {
			return -1
		}
		tp.weight = weight * float64(len(tp.facts))
		b.topics = append(b.topics, tp)
		keys = append(keys, key)
		b.topicKeys[key] = len(b.topics) - 1
		return len(b.topics) - 1
	}
	alias := func(key string, i int) {
		if i < 0 {
			return
		}
		if _, ok := b.topicKeys[key]; !ok {
			b.topicKeys[key] = i
		}
	}
	// A name is named again and again: once it has a topic, naming it
	// again, as the same kind, changes nothing. A name's text is folded
	// and split once, however many times and kinds it is named with.
	nnames := 0
	for _, f := range b.facts {
		nnames += len(f.Names)
	}
	type nameText struct {
		key   string // Fold(text)
		nw    int    // its words
		last  string // its last word
		named uint8  // bit k: named as NameKind k with a topic
	}
	texts := make(map[string]int, nnames/2) // text -> its entry in seen; most names are named more than once
	seen := make([]nameText, 0, nnames/2)
	type longName struct {
		n   Name
		key string
	}
	var long []longName // names of two words or more, and their folded keys
	for _, f := range b.facts {
		for _, n := range f.Names {
			n = n.topical()
			k, ok := texts[n.Text]
			if !ok {
				nw, last := fields(n.Text)
				k = len(seen)
				seen = append(seen, nameText{key: Fold(n.Text), nw: nw, last: last})
				texts[n.Text] = k
			}
			nt := &seen[k]
			if nt.named&(1<<n.Kind) != 0 {
				continue
			}
			i := add(n.Text, nt.key, nameBoost, -1)
			if i >= 0 {
				nt.named |= 1 << n.Kind
			}
			if nt.nw > 1 {
				long = append(long, longName{n, nt.key})
			}
			if n.Kind == NamePerson && nt.nw > 1 {
				alias(Fold(nt.last), i) // "Hoxha" for "Enver Hoxha"
			}
		}
	}
	inSection := make(map[*Section][]int32)
	for i, f := range b.facts {
		for sec := f.Section; sec != nil; sec = sec.Parent {
			inSection[sec] = append(inSection[sec], int32(i))
		}
	}
	for _, s := range b.sections() {
		if s.Level == 1 || isBackMatter(s.Title) {
			continue
		}
		tp := topic{name: s.Title, section: s, facts: inSection[s]}
		key := Fold(s.Title)
		if _, dup := b.topicKeys[key]; dup || len(tp.facts) == 0 {
			continue
		}
		tp.weight = nameBoost * float64(len(tp.facts))
		b.topics = append(b.topics, tp)
		keys = append(keys, key)
		b.topicKeys[key] = len(b.topics) - 1
	}
	// The words, named by the articles' first use.
	for _, id := range words {
		w := b.surface[id]
		if len(b.topics) >= maxTopics && b.df[id] < 2 {
			continue // a vocabulary no article has: words of one fact are answered by Ask
		}
		// The surface form the article uses, lower-cased unless it is a name.
		if key := Fold(w); key == w {
			add(w, key, 1, id) // b.words[w] is id (spelledSurface)
		} else {
			add(w, key, 1, -1)
		}
	}
	acrs := make([]string, 0, len(b.acronyms))
	for acr := range b.acronyms {
		acrs = append(acrs, acr)
	}
	slices.Sort(acrs)
	b.topicByTerms = make(map[string]int, len(b.topics))
	// The keys (termsKey) written into one string and cut from it, one
	// allocation instead of one a topic.
	nkey := 0
	for _, tp := range b.topics {
		if tp.section == nil {
			nkey += 4 * len(tp.terms)
		}
	}
	buf := make([]byte, 0, nkey)
	for _, tp := range b.topics {
		if tp.section == nil {
			buf = appendTermsKey(buf, tp.terms)
		}
	}
	all := string(buf)
	for i, tp := range b.topics {
		if tp.section == nil {
			k := all[:4*len(tp.terms)]
			all = all[len(k):]
			if _, dup := b.topicByTerms[k]; !dup {
				b.topicByTerms[k] = i
			}
		}
	}
	for _, acr := range acrs {
		if i, ok := b.topicByTerms[termsKey(b.acronyms[acr])]; ok {
			alias(acr, i)
		}
	}
	b.nameTopic = make(map[Name]int, len(long))
	for _, ln := range long {
		if i, ok := b.topicKeys[ln.key]; ok {
			b.nameTopic[ln.n] = i // what its key finds once every topic and alias is in
		}
	}
	b.topicArticles()
	b.topicNames = keys
	for i := range b.topics {
		b.topics[i].letters = letterMask(b.topicNames[i])
	}
	b.central = centralOrder(b.topics)
}

// centralOrder returns the topics, most central first; equals in the
// order the articles first name them, which is fixed, and costs no
// comparison of names (a hostile article has hundreds of thousands of
// single-fact words). A weight is a number of facts times 1 or
// nameBoost, a whole number of halves: each topic's order is then one
// number, its halves (inverted, most first) above its position, and the
// numbers sort without a comparison function. Other weights are sorted
// beside the topics' numbers.
func centralOrder(topics []topic) []int {
	central := make([]int, len(topics))
	order := make([]uint64, len(topics))
	for i, tp := range topics {
		halves := 2 * tp.weight
		if halves != math.Trunc(halves) || halves < 0 || halves >= 1<<32 || i >= 1<<32 {
			order = nil
			break
		}
		order[i] = uint64(math.MaxUint32-uint32(halves))<<32 | uint64(i)
	}
	if order != nil {
		slices.Sort(order)
		for k, x := range order {
			central[k] = int(uint32(x))
		}
		return central
	}
	type weighed struct {
		weight float64
		i      int
	}
	byWeight := make([]weighed, len(topics))
	for i, tp := range topics {
		byWeight[i] = weighed{tp.weight, i}
	}
	slices.SortFunc(byWeight, func(x, y weighed) int {
		switch {
		case x.weight > y.weight:
			return -1
		case x.weight < y.weight:
			return 1
		}
		return x.i - y.i
	})
	for k, r := range byWeight {
		central[k] = r.i
	}
	return central
}

// Topic answers a topic lookup ("/fact embassy"): the two or three facts
// that say most about it. An exact name or alias is served directly; else
// the words are matched as in Ask; else sahilm/fuzzy and edit distance
// find the nearest topic. When nothing is close, the answer is not found
// and suggests topics. A topic several articles have is answered from one
// of them, the others listed in AlsoIn; a label that Topics gives such a
// topic ("embassy — Estonia–Finland relations") looks it up in that
// article.
func (b *Base) Topic(text string) Answer {
	if name, a := b.splitLabel(text); a != nil {
		ans := b.topic(name, a)
		ans.Query = text
		return ans
	}
	return b.topic(text, nil)
}

// topic is Topic within one article, or within all when only is nil.
func (b *Base) topic(text string, only *Article) Answer {
	key := Fold(strings.Join(strings.Fields(text), " "))
	if key == "" {
		ans := declined(text)
		ans.Text = "Name a topic to look up."
		ans.Suggestions = b.topicsIn("", only)
		ans.Suggestions = ans.Suggestions[:min(3, len(ans.Suggestions))]
		return ans
	}
	if i, ok := b.topicKeys[key]; ok && b.topicIn(i, only) {
		return b.topicAnswer(text, i, only)
	}
	// The plural or the singular of a topic's one word ("bicycles",
	// "visa"): that topic, before the fuzzy match finds a longer name that
	// holds its letters ("bicycle thieves").
	single := !strings.Contains(key, " ")
	if i := b.pluralTopic(key, only); i >= 0 {
		return b.topicAnswer(text, i, only)
	}
	// One misspelt word ("embasy"): the word it is a typo of, when that
	// is a topic. A word WordNet knows that no article writes is repaired
	// as a question's is (newUnknown): within one edit ("calender"), and
	// a common one not at all ("deaths" is no slip for "depths").
	strict := b.meantAsTyped(key)
	if single && !(strict && b.common(Stem(key))) {
		edits := 2
		if strict {
			edits = 1
		}
		if t, ok := b.repairWithin(key, "", edits); ok {
			if i, ok := b.topicOfTerm(t); ok && b.topicIn(i, only) {
				return b.topicAnswer(text, i, only)
			}
		}
	}
	// An infobox key ("died" of "Died: 4 July 1934, …"): its line.
	if single {
		if f := b.infoboxKeyed(key, only); f != nil {
			return b.answer(text, []*Fact{f})
		}
	}
	r := b.runQuery(text, false, only, false)
	defer b.release(r)
	if dec := b.decide(r); dec.answer && b.holdsEvery(&r.q, r.hits[r.chosen].fact) {
		// Every word of the lookup stands in the fact ("peres monument"),
		// as written or in a related form ("antisemitism", of the
		// article's "anti-Semitism").
		ans := b.answer(text, b.pick(r.hits))
		ans.Score = round3(dec.confidence)
		return ans
	}
	if i := b.nearestTopic(key, only); i >= 0 && (!strict || !single && distance(key, b.topicNames[i], 1) <= 1) {
		return b.topicAnswer(text, i, only)
	}
	ans := declined(text)
	ans.Suggestions = b.suggest(&r.q, r.hits)
	if len(ans.Suggestions) == 0 && single && !strict {
		if i := b.slipOfTopic(key, only); i >= 0 {
			ans.Suggestions = []string{b.topics[i].name}
		}
	}
	return ans
}

// slipOfTopic returns the topic whose name a lookup of one word that is
// no word of English is two edits from at most, with the same first
// letter, to suggest ("bycicle": "bicycle"); the most central of the
// nearest; or -1. A word of English is meant as typed: "carnival" gets
// no "arrival".
func (b *Base) slipOfTopic(key string, only *Article) int {
	if len(key) < 5 {
		return -1
	}
	best, bestD := -1, 3
	for i, name := range b.topicNames {
		if name == "" || name[0] != key[0] || !b.topicIn(i, only) {
			continue
		}
		if d := distance(key, name, 2); d < bestD || d == bestD && best >= 0 && b.topics[i].weight > b.topics[best].weight {
			best, bestD = i, d
		}
	}
	return best
}

// pluralTopic returns the topic of one word (among only's, when not nil)
// that a folded key is the plural or the singular of, or -1. Not any word
// of its stem: "openings" is no "open".
func (b *Base) pluralTopic(key string, only *Article) int {
	if key == "" || strings.Contains(key, " ") {
		return -1
	}
	if t, ok := b.stemTerm(Stem(key)); ok {
		if i, ok := b.topicOfTerm(t); ok && b.topicIn(i, only) && pluralPair(key, b.topicNames[i]) {
			return i
		}
	}
	return -1
}

// pluralPair reports whether two folded words are one word's singular
// and plural, in either order ("bicycle" and "bicycles", "city" and
// "cities", "box" and "boxes").
func pluralPair(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	switch {
	case b == a+"s", b == a+"es":
		return true
	case strings.HasSuffix(a, "y") && b == a[:len(a)-1]+"ies":
		return true
	}
	return false
}

// meantAsTyped reports whether a folded lookup key holds a word that no
// article writes but WordNet knows ("carnival", "unicycle", "sushi",
// "boyle"): the member meant that thing, so a topic a few letters from
// it ("arrival", "bicycle", "Tsushima", "Robert Hooke") is another. Such
// a key of one word finds a topic only as a question word is repaired,
// and one of several words only within one edit of the whole key
// ("robert hook"). A word nobody writes ("embasy") is a slip, and the
// fuzzy match finds what it was meant to be.
func (b *Base) meantAsTyped(key string) bool {
	for _, w := range strings.Fields(key) {
		wi := b.wordOf(w)
		if wi.term == 0 && wi.u != nil && !wi.u.inVocab && (wi.u.english || wordnetFirstSense(w) >= 0) {
			return true
		}
	}
	return false
}

// holdsEvery reports whether fact f's own words hold every word of q as
// written or in a related form (not a synonym: "rolling stones" is not
// "rock and roll"), but for the words of the article's title and vague
// words, which a fact on its subject need not write ("titanic's
// captain" of "… commanded by Captain Edward Smith", "titanic sinking
// date"), when it holds another.
func (b *Base) holdsEvery(q *question, f int32) bool {
	held := false
	for i := range q.words {
		qw := &q.words[i]
		if matchIn(b.ownSet[f], qw) >= b.m.wRelated {
			held = true
			continue
		}
		if !qw.title && !qw.light {
			return false
		}
	}
	return held
}

// sections lists every article's sections.
func (b *Base) sections() []*Section {
	var out []*Section
	for _, a := range b.Articles {
		out = append(out, a.Sections...)
	}
	return out
}

// topicAnswer quotes the best facts of topic i (in only, when not nil):
// for a section, its opening facts; else the topic's facts that its own
// words rank first. The facts come from one article; the topic's other
// articles are listed in AlsoIn.
func (b *Base) topicAnswer(text string, i int, only *Article) Answer {
	tp := b.topics[i]
	if tp.section != nil {
		from := only
		if from == nil {
			from = tp.articles[0]
		}
		var facts []*Fact
		for _, f := range b.sectionFacts(from, tp.section.Title) {
			if len(facts) < maxTopicFacts && f.Kind != KindInfobox {
				facts = append(facts, f)
			}
		}
		if len(facts) > 0 {
			return b.alsoHave(b.answer(text, facts), i, only)
		}
	}
	// An article's subject ("/fact bicycle" of "Bicycle"): its lead, which
	// says what the subject is, not the sentence that writes its name
	// most densely ("Vittorio De Sica's film Bicycle Thieves …").
	for _, a := range tp.articles {
		if (only == nil || a == only) && (Fold(a.Title) == Fold(tp.name) || b.titleWordOf(tp, a)) {
			if facts := leadFacts(a); len(facts) > 0 {
				return b.alsoHave(b.answer(text, facts), i, only)
			}
		}
	}
	// The topic's facts ranked by retrieval alone on its name and the
	// words asked: no re-ranking, no decision, as the topic is known.
	sc := b.scratch.Get().(*scratch)
	defer b.scratch.Put(sc)
	q := b.analyzeWith(tp.name+" "+text, false, &sc.ab)
	var hits []hit
	for _, h := range b.retrieve(&q, len(b.facts), only, sc) {
		if _, ok := slices.BinarySearch(tp.facts, h.fact); ok {
			hits = append(hits, h)
		}
	}
	if len(hits) == 0 {
		for _, f := range tp.facts {
			if len(hits) < maxTopicFacts && (only == nil || b.facts[f].article == only) {
				hits = append(hits, hit{fact: f, score: 1})
			}
		}
	}
	return b.alsoHave(b.answer(text, b.pick(b.keyedFirst(Fold(text), b.namedFirst(tp.name, hits)))), i, only)
}

// infoboxKeyed returns the first infobox line (of only, when not nil)
// whose key is a lookup's one word or its plural or singular, or nil.
func (b *Base) infoboxKeyed(key string, only *Article) *Fact {
	t, ok := b.stemTerm(Stem(key))
	if !ok {
		return nil
	}
	for _, f := range b.ownPost.of(t) {
		if fact := b.facts[f]; (only == nil || fact.article == only) && keyedBy(fact, key) {
			return fact
		}
	}
	return nil
}

// keyedBy reports whether fact is an infobox line whose key is a
// lookup's one word, or its plural or singular ("Born: …" of "born").
func keyedBy(fact *Fact, key string) bool {
	if fact.Kind != KindInfobox {
		return false
	}
	name, _, ok := strings.Cut(fact.Text, ":")
	n := Fold(name)
	return ok && (n == key || pluralPair(n, key))
}

// keyedFirst puts first the infobox line whose key is the lookup's one
// word, or its plural or singular ("born" of "Born: 7 November 1867,
// Warsaw", "fate" of "Fate: Sank on 15 April 1912 …"): the line that
// answers it, where a sentence that writes the word twice ("Irène was
// born on …; Ève was born on …") outranks it. It takes the best score,
// so that pick weighs the others against it.
func (b *Base) keyedFirst(key string, hits []hit) []hit {
	if key == "" || strings.Contains(key, " ") {
		return hits
	}
	for k, h := range hits {
		if !keyedBy(b.facts[h.fact], key) {
			continue
		}
		if k == 0 {
			return hits
		}
		out := make([]hit, 0, len(hits))
		out = append(out, hit{fact: h.fact, score: max(h.score, hits[0].score)})
		out = append(out, hits[:k]...)
		return append(out, hits[k+1:]...)
	}
	return hits
}

// titleWordOf reports whether a topic of one word is a word of article
// a's title that the fact opening its lead writes ("titanic" of "RMS
// Titanic was a British ocean liner …"): a member who looks up the
// subject by one word of its name.
func (b *Base) titleWordOf(tp topic, a *Article) bool {
	return len(tp.terms) == 1 && !strings.Contains(tp.name, " ") && b.titleTerm[tp.terms[0]] && a.lead != nil && has(b.ownSet[a.lead.gid], tp.terms[0])
}

// leadFacts returns the first facts of an article's lead, from the one
// that says what the subject is, up to maxTopicFacts, without its
// infobox lines. A lead sentence that a later section repeats is merged
// into that one, and stands in the fact list there: the lead is read by
// section, not by position.
func leadFacts(a *Article) []*Fact {
	var out []*Fact
	if a.lead != nil {
		out = append(out, a.lead)
	}
	for _, f := range a.Facts {
		if len(out) == maxTopicFacts {
			break
		}
		if f != a.lead && f.Kind != KindInfobox && f.Section != nil && f.Section.Level == 1 {
			out = append(out, f)
		}
	}
	return out
}

// namedFirst puts first, keeping their order, the hits whose text holds
// a topic's name as written, when the name is of several words or an
// acronym: such a topic holds every fact with the terms of its name, and
// a word of it the index leaves out ("way" of "Baltic Way") let "The
// three Baltic countries …" outrank "… joined hands in the Baltic Way",
// as "National Rescue Unit" (stems "nation" and "unit") outranked "the
// UN" and "the United Nations". Each hit set aside scores as the last
// one put first, so that pick weighs them after those.
func (b *Base) namedFirst(name string, hits []hit) []hit {
	if !strings.Contains(name, " ") && (len(name) < 2 || strings.ToUpper(name) != name) {
		return hits
	}
	var named, rest []hit
	for _, h := range hits {
		if containsWordFold(b.facts[h.fact].Text, name) {
			named = append(named, h)
		} else {
			rest = append(rest, h)
		}
	}
	if len(named) == 0 || len(rest) == 0 {
		return hits
	}
	low := named[len(named)-1].score
	for k := range rest {
		rest[k].score = min(rest[k].score, low)
	}
	return append(named, rest...)
}

// containsWordFold reports whether s holds sub as whole words (no letter
// or digit on either side), compared without case.
func containsWordFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if !hasPrefixFold(s[i:], sub) {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+len(sub):])
		if i > 0 && isWordRune(before) || i+len(sub) < len(s) && isWordRune(after) {
			continue
		}
		return true
	}
	return false
}

// pick chooses up to maxTopicFacts facts: the best, then others of its
// article that score nearly as well and add something (not a restatement,
// not a bare infobox line beside a sentence).
func (b *Base) pick(hits []hit) []*Fact {
	best := hits[0]
	out := []*Fact{b.facts[best.fact]}
	for _, h := range hits[1:] {
		if len(out) == maxTopicFacts || h.score < topicKeep*best.score {
			break
		}
		f := b.facts[h.fact]
		if f.Kind == KindInfobox && out[0].Kind != KindInfobox || f.article != out[0].article {
			continue
		}
		dup := false
		for _, g := range out {
			if b.overlap(f.gid, g.gid) >= mergeThreshold {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, f)
		}
	}
	return out
}

// nearestTopic finds the topic a typed key most likely means (among those
// of only, when not nil): a fuzzy subsequence match on a key not much
// longer than what was typed, or a name within a few edits ("shimon perez").
func (b *Base) nearestTopic(key string, only *Article) int {
	if len(key) >= 3 {
		// Only the best match counts. A subsequence spread over a long key
		// ("hox" in a sentence-long title) is a guess; keep keys at most
		// twice the query's length. sahilm/fuzzy scores only the names
		// that hold the key's letters in order, which it would match: the
		// letter masks rule most out without a look at their text, and
		// scoring and sorting every name had been a fifth of the
		// instructions of the Ask benchmark (its lookups among them). The
		// names keep their order, and its sort is stable, so the best is
		// the one it finds among them all.
		km := letterMask(key)
		var names []string
		var at []int
		for i, name := range b.topicNames {
			if km&^b.topics[i].letters == 0 && b.topicIn(i, only) && subsequence(key, name) {
				names = append(names, name)
				at = append(at, i)
			}
		}
		if ms := fuzzy.Find(key, names); len(ms) > 0 {
			if m := ms[0]; len(m.Str) <= 2*len(key)+2 && m.Score > 0 {
				return at[m.Index]
			}
		}
	}
	return b.nearByEdits(key, only)
}

// nearByEdits is nearestTopic's fallback when no name holds the key as
// sahilm/fuzzy matches it: the name within a few edits of the key (the
// most central of those nearest), else the most central name that
// nearName finds near it, else -1.
func (b *Base) nearByEdits(key string, only *Article) int {
	best, bestD := -1, 0
	k := max(1, len(key)/4)
	for i, name := range b.topicNames {
		if !b.topicIn(i, only) {
			continue
		}
		if d := distance(key, name, k); d <= k && (best < 0 || d < bestD || d == bestD && b.topics[i].weight > b.topics[best].weight) {
			best, bestD = i, d
		}
	}
	if best < 0 {
		for _, i := range b.central {
			if b.topicIn(i, only) && b.nearName(key, b.topicNames[i]) {
				return i
			}
		}
	}
	return best
}

// Topics returns up to MaxChoices topic names for autocomplete: the
// fragment matched by sahilm/fuzzy (contains, not only starts with), then
// names within an edit or two of it; for an empty fragment, the most
// central topics. Names are unique, non-empty and at most MaxChoiceLen
// characters. A topic that several articles have is offered once per
// article, labelled with it ("embassy — Estonia–Finland relations"), which
// Topic reads back.
func (b *Base) Topics(fragment string) []string { return b.topicsIn(fragment, nil) }

// topicsIn is Topics for the topics of only, unlabelled; of every
// article when only is nil.
func (b *Base) topicsIn(fragment string, only *Article) []string {
	key := Fold(strings.Join(strings.Fields(fragment), " "))
	out := make([]string, 0, MaxChoices)
	seen := make(map[string]bool, MaxChoices)
	add := func(name string) {
		if key := Fold(name); name != "" && !seen[key] {
			seen[key] = true
			out = append(out, name)
		}
	}
	push := func(i int) bool {
		tp := &b.topics[i]
		switch {
		case only != nil || len(tp.articles) < 2:
			add(Truncate(tp.name, MaxChoiceLen))
		default:
			for _, a := range tp.articles {
				if len(out) < MaxChoices {
					add(b.label(tp.name, a))
				}
			}
		}
		return len(out) < MaxChoices
	}
	// The plural or singular of a topic's one word first: "bicycles"
	// offers "bicycle" before "Bicycle Thieves", as Topic finds it.
	if i := b.pluralTopic(key, only); i >= 0 {
		push(i)
	}
	b.matchTopics(key, only, push)
	// Nothing holds a slip that is no word: the topic two edits away, as
	// a declined lookup suggests ("bycicle": bicycle).
	if len(out) == 0 && key != "" && !strings.Contains(key, " ") && !b.meantAsTyped(key) {
		if i := b.slipOfTopic(key, only); i >= 0 {
			push(i)
		}
	}
	return out
}

// matchTopics calls visit with the topics of only (all when nil) that a
// folded key matches, best first, until visit returns false; with an empty
// key, every topic, most central first. Topics near the key by a few
// edits come after the matches, and may repeat them.
func (b *Base) matchTopics(key string, only *Article, visit func(i int) bool) {
	if key == "" {
		for _, i := range b.central {
			if b.topicIn(i, only) && !visit(i) {
				return
			}
		}
		return
	}
	// What members expect first: names that start with what they typed,
	// then names with a word that does, then names that contain it, then
	// sahilm/fuzzy's other subsequence matches; within each, central
	// topics first, then sahilm's score, then the order topics were made.
	// b.central is in order of centrality, so each class's list is too,
	// and sahilm scores only the topics that tie on centrality, when
	// their turn comes: a keystroke costs a pass over the names, not
	// sahilm's scoring and a sort of hundreds of matches.
	var classes [4][]int
	km := letterMask(key)
	wordKey := " " + key
	for _, i := range b.central {
		if !b.topicIn(i, only) {
			continue
		}
		name := b.topicNames[i]
		c := -1
		switch at := strings.Index(name, key); {
		case at == 0:
			c = 0
		case at > 0 && strings.Contains(name[at-1:], wordKey):
			c = 1
		case at > 0:
			c = 2
		case km&^b.topics[i].letters == 0 && subsequence(key, name):
			c = 3
		}
		if c >= 0 {
			classes[c] = append(classes[c], i)
		}
	}
	var names []string
	var scored [][2]int // sahilm's score and the topic
	for _, list := range classes {
		for len(list) > 0 {
			n := 1
			for n < len(list) && b.topics[list[n]].weight == b.topics[list[0]].weight {
				n++
			}
			group := list[:n]
			list = list[n:]
			if n > 1 {
				names = names[:0]
				for _, i := range group {
					names = append(names, b.topicNames[i])
				}
				scored = scored[:0]
				for _, m := range fuzzy.FindNoSort(key, names) {
					scored = append(scored, [2]int{m.Score, group[m.Index]})
				}
				slices.SortFunc(scored, func(x, y [2]int) int {
					if x[0] != y[0] {
						return y[0] - x[0]
					}
					return x[1] - y[1]
				})
				group = group[:0]
				for _, sc := range scored {
					group = append(group, sc[1])
				}
			}
			for _, i := range group {
				if !visit(i) {
					return
				}
			}
		}
	}
	if len(key) >= 3 {
		k := max(1, len(key)/4)
		for _, i := range b.central {
			// A name that lacks more of the key's letters than edits
			// allow is not near it, nor is any part of it.
			if !b.topicIn(i, only) || bits.OnesCount64(km&^b.topics[i].letters) > k {
				continue
			}
			if b.nearName(key, b.topicNames[i]) && !visit(i) {
				return
			}
		}
	}
}

// letterMask has a bit for each ASCII letter and digit in s, and bit 63
// for any other character: a name that lacks a letter of what was typed
// cannot hold it as a subsequence.
func letterMask(s string) uint64 {
	var m uint64
	for _, r := range s {
		switch {
		case 'a' <= r && r <= 'z':
			m |= 1 << (r - 'a')
		case '0' <= r && r <= '9':
			m |= 1 << (26 + r - '0')
		case 'A' <= r && r <= 'Z':
			m |= 1 << (r - 'A')
		default:
			m |= 1 << 63
		}
	}
	return m
}

// subsequence reports whether key's characters stand in name in order, as
// sahilm/fuzzy requires of a match (both are folded).
func subsequence(key, name string) bool {
	for _, r := range key {
		i := strings.IndexRune(name, r)
		if i < 0 {
			return false
		}
		name = name[i+utf8.RuneLen(r):]
	}
	return true
}

// nearName reports whether a typed key is within a few edits of a topic
// name, of its beginning, or of one of its words ("perez" for "Shimon Peres").
// A key of two letters or fewer is a beginning only as typed: within an
// edit, "k2" would begin every name that begins with a k ("Khumbu").
func (b *Base) nearName(key, name string) bool {
	k := max(1, len(key)/4)
	pk := k
	if len(key) <= 2 {
		pk = 0
	}
	if distance(key, name, k) <= k || len(name) > len(key) && distance(key, name[:len(key)], pk) <= pk {
		return true
	}
	if strings.IndexByte(name, ' ') < 0 {
		return false
	}
	for rest := name; rest != ""; {
		w, after, _ := strings.Cut(rest, " ")
		if len(w) >= 3 && distance(key, w, k) <= k {
			return true
		}
		rest = after
	}
	return false
}

// Truncate shortens s to at most n characters, ending with an ellipsis
// when it cuts, and never inside a character.
func Truncate(s string, n int) string {
	if n <= 0 {
		return ""
	}
	if len(s) <= n || utf8.RuneCountInString(s) <= n { // bytes bound characters: skip the count
		return s
	}
	r := []rune(s)
	return strings.TrimSpace(string(r[:n-1])) + "…"
}

// overlap is the share of fact f's own terms that fact g holds too.
func (b *Base) overlap(f, g int32) float64 {
	fs, gs := b.ownSet[f], b.ownSet[g]
	if len(fs) == 0 {
		return 0
	}
	return containment(fs, gs)
}

// termsKey is a map key for a list of terms: their bytes.
func termsKey(terms []int32) string {
	return string(appendTermsKey(make([]byte, 0, 4*len(terms)), terms))
}

// topicOfTerm returns the topic of the one term t (topicByTerms).
func (b *Base) topicOfTerm(t int32) (int, bool) {
	tt := &b.termTopics
	tt.once.Do(func() { tt.of = b.oneTermTopics() })
	if t < 0 || int(t) >= len(tt.of) {
		return -1, false
	}
	if i := tt.of[t]; i > 0 {
		return int(i) - 1, true
	}
	return -1, false
}

// termTopics is topicByTerms for keys of one term, as an array by term
// (the topic plus one, or 0), made the first time topicOfTerm is asked
// and not at load: suggest asks it of most questions a batch declines,
// and the map lookup, hashing the key, cost 150 instructions each.
type termTopics struct {
	once sync.Once
	of   []int32
}

// oneTermTopics returns termTopics' array: the topic that topicByTerms
// keeps for each key of one term, the first of the topics with it.
func (b *Base) oneTermTopics() []int32 {
	of := make([]int32, len(b.stems))
	for i, tp := range b.topics {
		if tp.section == nil && len(tp.terms) == 1 && of[tp.terms[0]] == 0 {
			of[tp.terms[0]] = int32(i) + 1
		}
	}
	return of
}

// appendTermsKey appends termsKey(terms) to b.
func appendTermsKey(b []byte, terms []int32) []byte {
	for _, t := range terms {
		b = append(b, byte(t), byte(t>>8), byte(t>>16), byte(t>>24))
	}
	return b
}
