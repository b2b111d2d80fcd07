package facts

import (
	"slices"
	"strings"
	"sync"
)

// QuestionType is the kind of answer a question wants.
type QuestionType uint8

// The question types, after the Li & Roth answer-type taxonomy, coarsely.
const (
	AskOther  QuestionType = iota // what, which, how: any statement
	AskDate                       // when, what year
	AskPerson                     // who
	AskPlace                      // where
	AskNumber                     // how many, how much
	AskReason                     // why
	AskQuote                      // what did X say
)

// Ranking constants. Scores are on the scale of coverage: the share of the
// question's weighted words a fact holds, from 0 to 1.
const (
	// minCoverage is the share of a question's weight a fact must hold to be
	// an answer. Below half, the fact is about something else that shares a
	// word with the question ("the population of Tel Aviv" is not "the
	// Jewish population ... embassy in Tel Aviv").
	minCoverage = 0.55
	// typeBonus rewards a fact that holds the kind of answer asked for: a
	// date for "when", a number for "how many". It reorders close facts but
	// cannot lift a fact over one that matches clearly more words.
	typeBonus = 0.12
	// lengthPenalty per token beyond the average prefers the shorter of two
	// facts that match equally, as BM25's length normalisation does.
	lengthPenalty = 0.002
	// weightTypo and weightSynonym discount matches made by repairing a typo
	// or through a synonym, so an exact word wins a tie.
	weightTypo    = 0.85
	weightSynonym = 0.7
	weightDemonym = 0.8
	// askCandidates is how many ranked facts Ask keeps: the answer and
	// enough runners-up for suggestions.
	askCandidates = 8
	// missingNamePenalty ranks facts that lack a name the question asks
	// about below those that have it.
	missingNamePenalty = 0.3
	// weightPartName is a match on one word of a multi-word name.
	weightPartName = 0.6
	// weightLight is the weight of frequent, vague words ("happen", "year").
	weightLight = 0.3
)

// alt is one way a concept can be found in a fact: all its terms at once.
type alt struct {
	terms []int32
	w     float32
}

// concept is one thing a question is about: a word or a name, with the
// forms it may take in the article.
type concept struct {
	word   string
	alts   []alt
	weight float32
	known  bool // found in the article in some form
	name   bool // a proper name: a fact about something else must not answer
	title  int  // the title word it names (from 1), or 0
	rare   bool // specific enough to make a match on its own
}

// query is an analysed question.
type query struct {
	typ      QuestionType
	concepts []concept
	total    float32
}

// questionOrder lists question words for typo repair, in order of preference.
var questionOrder = []string{"when", "where", "what", "which", "who", "why", "how", "whom", "whose"}

// questionIdioms are word pairs that shape a question without naming its
// subject.
var questionIdioms = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range []string{"stand for", "take place", "took place", "refer to", "mean by", "known as", "come about"} {
		m[p] = true
	}
	return m
}()

// answerNouns follow "which" or "what" to name the kind of answer.
var answerNouns = makeSet(`year years date day month decade century time city town country countries place
location region person people man woman name number amount kind type sort size count total`)

// questionFiller may stand between "what" and the noun that names the
// kind of answer: "what was the size of ...".
var questionFiller = makeSet(`is was are were s the a an did does do`)

// nounAfter returns the index of the word that names the kind of answer
// after the question word at toks[i], or i+1.
func nounAfter(toks []token, i int) int {
	j := i + 1
	for j < len(toks)-1 && j < i+4 && questionFiller[toks[j].word] {
		j++
	}
	return j
}

// afterWhat reports whether words[i] follows "what" or "which", with only
// questionFiller between.
func afterWhat(words []string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if words[j] == "what" || words[j] == "which" || words[j] == "whats" {
			return true
		}
		if !questionFiller[words[j]] {
			return false
		}
	}
	return false
}

// howNumber are the words after "how" that ask for a quantity.
var howNumber = makeSet(`many much tall high long old big large far deep wide heavy often`)

// questionWords map a question word to the answer type it asks for.
var questionWords = map[string]QuestionType{
	"whats": AskOther, "whos": AskPerson, "wheres": AskPlace,
	"when": AskDate, "who": AskPerson, "whom": AskPerson, "whose": AskPerson, "where": AskPlace,
	"why": AskReason, "what": AskOther, "which": AskOther, "how": AskOther,
}

// analyze turns a question into weighted concepts and an answer type.
func (b *Base) analyze(q string, detectType bool) query {
	toks := tokenize(q, make([]token, 0, 16))
	var out query
	words := make([]string, 0, len(toks))
	for i, t := range toks {
		w := t.word
		if detectType {
			if _, ok := questionWords[w]; !ok && len(w) >= 2 && len(w) <= 5 && !stopwords[w] && !b.inArticle(w) {
				// "wen", "wat", "hw": a misspelt question word.
				// Ties go to the longer, more common word: "whn" is "when".
				for _, qw := range questionOrder {
					if qw[0] == w[0] && distance(w, qw, 1) <= 1 {
						w = qw
						break
					}
				}
			}
			if typ, ok := questionWords[w]; ok && (out.typ == AskOther) {
				out.typ = typ
				if w == "how" && i+1 < len(toks) && howNumber[b.fixFiller(toks[i+1].word)] {
					out.typ = AskNumber // how many, how much, how tall, how old ...
				}
				if (w == "what" || w == "which" || w == "whats") && i+1 < len(toks) {
					switch toks[nounAfter(toks, i)].word {
					case "year", "date", "day", "month", "decade", "century":
						out.typ = AskDate
					case "country", "city", "town", "place", "region", "capital":
						out.typ = AskPlace
					case "number", "percentage", "amount", "size", "count", "total", "population", "height", "length", "age", "cost", "price":
						out.typ = AskNumber
					}
				}
			}
		}
		words = append(words, b.fixFiller(w))
	}
	words = rewritePhrases(words)
	if detectType && out.typ == AskOther {
		for _, w := range words { // "how long ago" became "when"
			if t := questionWords[w]; t != AskOther {
				out.typ = t
				break
			}
		}
	}
	if detectType && out.typ == AskOther && (slices.Contains(words, "say") || slices.Contains(words, "said") || slices.Contains(words, "quote")) {
		out.typ = AskQuote
	}
	stems := make([]string, len(words))
	for i, w := range words {
		if stopwords[w] {
			stems[i] = w
		} else if id, ok := b.words[w]; ok {
			stems[i] = b.termStems[id] // the article's own word: stemmed at load
		} else {
			stems[i] = Stem(w)
		}
	}
	for i := 0; i < len(words); i++ {
		w := words[i]
		if stopwords[w] || (detectType && (w == "many" || w == "much")) {
			continue
		}
		// "What does IDF stand for?", "when did it take place?": idioms of
		// questions, not what they are about.
		if i+1 < len(words) && questionIdioms[w+" "+words[i+1]] {
			i++
			continue
		}
		// "which city", "what year": the noun after the question word names
		// the kind of answer, which the text rarely repeats.
		if detectType && answerNouns[w] && afterWhat(words, i) {
			continue
		}
		// Multi-word names: "tel aviv" is one thing, not two words.
		if n := b.phraseAt(stems, i); n > 1 {
			c := concept{word: strings.Join(words[i:i+n], " "), known: true, rare: true, name: true}
			terms := make([]int32, 0, n)
			for _, x := range stems[i : i+n] {
				if id, ok := b.vocab[x]; ok {
					terms = append(terms, id)
					c.weight = max(c.weight, b.idf[id])
				}
			}
			c.alts = append(c.alts, alt{terms: terms, w: 1})
			// Part of a name still points at it ("Meta" for "Ilir Meta").
			for k := range terms {
				if b.df[terms[k]] <= b.rareDF {
					c.alts = append(c.alts, alt{terms: terms[k : k+1], w: weightPartName})
				}
			}
			out.concepts = append(out.concepts, c)
			i += n - 1
			continue
		}
		out.concepts = append(out.concepts, b.concept(w, stems[i]))
	}
	for _, c := range out.concepts {
		out.total += c.weight
	}
	return out
}

// phraseAt returns the length of the longest article name whose stems
// start at stems[i], or 0.
func (b *Base) phraseAt(stems []string, i int) int {
	best := 0
	for _, p := range b.phrases[stems[i]] {
		if len(p) > best && i+len(p) <= len(stems) && slices.Equal(p, stems[i:i+len(p)]) {
			best = len(p)
		}
	}
	return best
}

// inArticle reports whether the article has the word, in any form.
func (b *Base) inArticle(w string) bool {
	if _, ok := b.words[w]; ok {
		return true
	}
	return b.lookup(w) >= 0
}

// lookup returns the term of a folded word, or -1.
func (b *Base) lookup(w string) int32 {
	if id, ok := b.vocab[Stem(w)]; ok {
		return id
	}
	return -1
}

// concept finds the forms a question word takes in the article: itself,
// its demonym or country, its synonyms, its acronym's expansion, or the
// word it is a typo of. A word the article lacks in every form still
// counts, with a high weight: that the article never mentions "NATO" is
// strong evidence that it does not answer a question about NATO.
func (b *Base) concept(w, stem string) concept {
	c := concept{word: w, name: b.nameWords[w] && b.titleGroup[stem] == 0, title: b.titleGroup[stem]}
	light := lightwords[w] || lightStems[stem]
	if id, ok := b.vocab[stem]; ok {
		c.alts = append(c.alts, alt{terms: b.one(id), w: 1})
		c.weight = b.idf[id]
		c.known = true
		c.rare = b.df[id] <= b.rareDF
	}
	// Demonyms: "albanian" and "albania", "israeli" and "israel".
	if c.known {
		for _, id := range b.demonyms[c.alts[0].terms[0]] {
			c.alts = append(c.alts, alt{terms: b.one(id), w: weightDemonym})
		}
	} else {
		for _, v := range demonymForms(stem) {
			if id, ok := b.vocab[v]; ok {
				c.alts = append(c.alts, alt{terms: b.one(id), w: weightDemonym})
				if !c.known {
					c.weight = b.idf[id]
					c.known = true
					c.rare = b.df[id] <= b.rareDF
				}
			}
		}
	}
	// Acronyms spelt out in the article (IHRA), then general ones (WW2).
	if exps, ok := b.acronyms[w]; ok {
		for _, terms := range exps {
			c.alts = append(c.alts, alt{terms: terms, w: 1})
			if !c.known {
				c.weight = b.maxIDF
				c.known, c.rare = true, true
			}
		}
	}
	if exp, ok := abbreviationsExpanded[w]; ok {
		var terms []int32
		for _, x := range strings.Fields(exp) {
			if id := b.lookup(x); id >= 0 {
				terms = append(terms, id)
			} else {
				terms = nil
				break
			}
		}
		if terms != nil {
			c.alts = append(c.alts, alt{terms: terms, w: 1})
			if !c.known {
				c.weight = b.maxIDF
				c.known, c.rare = true, true
			}
		}
	}
	if !c.known && !isNumber(w) {
		// A misspelt filler word ("hapen") is still filler.
		if len(w) >= 5 && nearFiller(w) {
			return c // weight 0: it neither helps nor hurts a match
		}
		// A real English word the article lacks ("live") is not a typo of
		// one it has ("lives"); its synonyms speak for it below.
		if id, ok := b.repair(w); ok && !b.knownWord(w) {
			c.alts = append(c.alts, alt{terms: b.one(id), w: weightTypo})
			c.weight = b.idf[id]
			c.known = true
			c.rare = b.df[id] <= b.rareDF
			stem = b.surfaceStem(id)
		}
	}
	for _, s := range synonyms[stem] {
		if id, ok := b.vocab[s]; ok {
			w := float32(weightSynonym)
			if lightStems[s] {
				w *= weightLight // "people" for "population" says little
			}
			c.alts = append(c.alts, alt{terms: b.one(id), w: w})
			if !c.known {
				// A synonym found: the word is known in other words. Weigh it
				// as the rarer of the two so a vague synonym cannot carry a match.
				c.weight = max(b.idf[id], b.maxIDF*0.6)
				c.known = true
				c.rare = b.df[id] <= b.rareDF
			}
		}
	}
	if !c.known {
		c.weight = b.maxIDF
	}
	if c.title > 0 {
		// "Israelis" is as common as the title's "Israel", however rare
		// that spelling: weigh it as its commonest form.
		for _, a := range c.alts {
			if len(a.terms) == 1 && b.idf[a.terms[0]] < c.weight {
				c.weight = b.idf[a.terms[0]]
			}
		}
		c.rare = false
	}
	if light {
		c.weight *= weightLight
		c.rare = false
	}
	return c
}

func (b *Base) surfaceStem(id int32) string { return Stem(b.surface[id]) }

// eachDemonym calls fn with each of demonymForms(s), built in buf so that
// map lookups with string(v) allocate nothing; it returns buf for reuse.
func eachDemonym(s string, buf []byte, fn func(v []byte)) []byte {
	if len(s) > 4 {
		switch s[len(s)-1] {
		case 'n', 'i':
			fn(append(buf[:0], s[:len(s)-1]...))
		}
		if strings.HasSuffix(s, "ian") {
			buf = append(append(buf[:0], s[:len(s)-3]...), 'y')
			fn(buf)
			fn(append(buf[:0], s[:len(s)-3]...))
		}
		if strings.HasSuffix(s, "is") {
			fn(append(buf[:0], s[:len(s)-1]...))
		}
	}
	for _, c := range []byte("nis") {
		buf = append(append(buf[:0], s...), c)
		fn(buf)
	}
	return buf
}

// demonymForms returns the country and people forms of a stem:
// albanian -> albania, israel -> israeli.
func demonymForms(s string) []string {
	var out []string
	eachDemonym(s, nil, func(v []byte) { out = append(out, string(v)) })
	return out
}

// Candidate is a fact ranked for a query, for tools and tests.
type Candidate struct {
	Fact     *Fact
	Coverage float64 // share of the query's weight the fact holds
	Score    float64 // coverage with answer-type bonus and length penalty

	missingName bool
}

// rank scores every fact that shares a concept with the query and returns
// them best first.
func (b *Base) rank(q query, limit int) []Candidate {
	if len(q.concepts) == 0 || q.total == 0 {
		return nil
	}
	sc := b.scratch.Get().(*scratch)
	defer b.scratch.Put(sc)
	sc.touched = sc.touched[:0]
	// must has a bit for each concept a fact has to mention (a name, or a
	// title word); mention[f] has the bits of those fact f mentions.
	var must uint64
	for ci, c := range q.concepts {
		if ci < 64 && c.known && (c.name || c.title > 0) {
			must |= 1 << ci
		}
	}
	for ci, c := range q.concepts {
		// best[f] is the best way concept c is found in fact f.
		seen := sc.seen[:0]
		bit := uint64(0)
		if ci < 64 {
			bit = 1 << ci & must
		}
		for _, a := range c.alts {
			first := a.terms[0]
			for _, p := range b.postings[first] {
				w := p.w
				for _, t := range a.terms[1:] {
					w = min(w, b.weightIn(int(p.fact), t))
				}
				if w <= 0 {
					continue
				}
				if w != weightSection {
					sc.mention[p.fact] |= bit // a section title names the place, not the subject
				}
				w *= a.w
				if sc.best[p.fact] == 0 {
					seen = append(seen, p.fact)
				}
				if w > sc.best[p.fact] {
					sc.best[p.fact] = w
				}
			}
		}
		for _, f := range seen {
			if sc.score[f] == 0 {
				sc.touched = append(sc.touched, f)
			}
			sc.score[f] += c.weight * sc.best[f]
			sc.best[f] = 0
		}
		sc.seen = seen
	}
	out := make([]Candidate, 0, len(sc.touched))
	for _, f := range sc.touched {
		fact := b.Article.Facts[f]
		cov := float64(sc.score[f] / q.total)
		sc.score[f] = 0
		s := cov + typeBonus*b.typeFit(fact, q) - lengthPenalty*float64(max(0, b.tokens(fact)-20))
		// A fact that never names, even in its context, a name the question
		// asks about is about something else ("the population of Israel" is
		// not the Jewish population of Albania). The title's words
		// ("Albania", "Israel") are every fact's subject: a fact that names
		// none of them is about them all ("the two countries"), but one
		// that names another of them and not this one is not ("the capital
		// of Tirana" for "Israel's capital").
		missing := false
		if lack := must &^ sc.mention[f]; lack != 0 {
			for ci, c := range q.concepts[:min(len(q.concepts), 64)] {
				if lack&(1<<ci) != 0 && (c.name || b.factTitles[f] != 0) {
					missing = true
					s -= missingNamePenalty
				}
			}
		}
		sc.mention[f] = 0
		switch fact.Kind {
		case KindInfobox:
			s -= 0.1 // a bare "Key: value" reads worse than a sentence
		case KindListItem:
			s -= 0.01
		}
		out = append(out, Candidate{Fact: fact, Coverage: cov, Score: s, missingName: missing})
	}
	if limit <= 0 || limit >= len(out) {
		slices.SortFunc(out, byScore)
		return out
	}
	// Only the best few are wanted: keep them sorted as they come.
	best := make([]Candidate, 0, limit+1)
	for _, c := range out {
		if len(best) == limit && byScore(c, best[limit-1]) >= 0 {
			continue
		}
		i, _ := slices.BinarySearchFunc(best, c, byScore)
		best = slices.Insert(best, i, c)
		if len(best) > limit {
			best = best[:limit]
		}
	}
	return best
}

// byScore orders candidates best first; ties go to the earlier fact.
func byScore(x, y Candidate) int {
	switch {
	case x.Score > y.Score:
		return -1
	case x.Score < y.Score:
		return 1
	}
	return x.Fact.ID - y.Fact.ID
}

// tokens approximates a fact's length in words.
func (b *Base) tokens(f *Fact) int { return int(b.length[f.ID]) }

// typeFit says how well a fact holds the kind of answer asked for, 0 to 1.
func (b *Base) typeFit(f *Fact, q query) float64 {
	switch q.typ {
	case AskDate:
		best := 0.0
		for _, d := range f.Dates {
			v := 0.6
			if d.Month > 0 {
				v = 0.8
			}
			if d.HasDay() {
				v = 1
			}
			best = max(best, v)
		}
		return best
	case AskNumber:
		if len(f.Numbers) > 0 {
			return 1
		}
	case AskPerson:
		for _, n := range f.Names {
			if n.Kind == NamePerson {
				return 1
			}
		}
	case AskPlace:
		for _, n := range f.Names {
			if n.Kind == NamePlace {
				return 1
			}
		}
	case AskReason:
		if f.Reason {
			return 1
		}
	case AskQuote:
		if f.Quote {
			return 1
		}
	}
	return 0
}

// Answer is the reply to a topic or a question.
type Answer struct {
	Query       string     `json:"query"`
	Found       bool       `json:"found"`
	Text        string     `json:"answer"`
	Citations   []Citation `json:"citations"`
	Suggestions []string   `json:"suggestions"`
	Facts       []*Fact    `json:"-"` // the facts quoted, best first
}

// Ask answers a free-text question with the one fact that answers it best,
// or, when no fact covers the question, says so and suggests topics.
func (b *Base) Ask(question string) Answer {
	q := b.analyze(question, true)
	cands := b.rank(q, askCandidates)
	ans := Answer{Query: question, Citations: []Citation{}, Suggestions: []string{}}
	if len(cands) == 0 || !b.answers(q, cands[0]) {
		ans.Text = NotCovered
		ans.Suggestions = b.suggest(q, cands)
		return ans
	}
	best := cands[0].Fact
	facts := []*Fact{best}
	// "When did Israel send troops?" answered by a sentence without a date
	// whose previous sentence has it: quote both.
	if b.typeFit(best, q) == 0 && best.prev != nil && b.typeFit(best.prev, q) > 0 {
		facts = []*Fact{best.prev, best}
	}
	return b.answer(question, facts)
}

// NotCovered is the text of a declined answer.
const NotCovered = "The article does not cover that."

// answers decides whether the best candidate answers the question.
func (b *Base) answers(q query, c Candidate) bool {
	if c.Coverage < minCoverage || c.missingName {
		return false
	}
	// Common words alone ("Albania", "Israel") never make a match.
	for _, con := range q.concepts {
		if con.rare && b.holds(c.Fact, con) {
			return true
		}
	}
	return false
}

// holds reports whether a fact holds a concept in its own words.
func (b *Base) holds(f *Fact, c concept) bool {
	for _, a := range c.alts {
		if b.factHasAll(f.ID, a.terms) {
			return true
		}
	}
	return false
}

// answer builds a found answer quoting facts, with their citations.
func (b *Base) answer(query string, facts []*Fact) Answer {
	facts = withAntecedents(facts)
	ans := Answer{Query: query, Found: true, Facts: facts, Suggestions: []string{}}
	texts := make([]string, len(facts))
	for i, f := range facts {
		texts[i] = f.Text
		ans.Citations = append(ans.Citations, f.Citations...)
	}
	ans.Citations = uniqueCitations(ans.Citations)
	// Consecutive sentences of one paragraph read as one passage.
	var sb strings.Builder
	for i, t := range texts {
		if i > 0 {
			if facts[i-1].next(facts[i]) {
				sb.WriteByte(' ')
			} else {
				sb.WriteString("\n\n")
			}
		}
		sb.WriteString(t)
	}
	ans.Text = sb.String()
	return ans
}

// anaphora open a sentence that leans on the one before: "They were known
// as ...", "Its Jewish population ...".
var anaphora = makeSet(`he she it they his her its their this these those there such`)

// withAntecedents puts before each fact that opens with a pronoun the
// sentence it refers back to, so the answer reads on its own.
func withAntecedents(facts []*Fact) []*Fact {
	var out []*Fact
	for i, f := range facts {
		first, _, _ := strings.Cut(f.Text, " ")
		if f.prev != nil && anaphora[Fold(first)] && (i == 0 || facts[i-1] != f.prev) && !slices.Contains(out, f.prev) {
			out = append(out, f.prev)
		}
		out = append(out, f)
	}
	return out
}

// next reports whether g is the sentence right after f.
func (f *Fact) next(g *Fact) bool { return g.prev == f }

// Rank returns the facts that match a question, best first, with their
// scores: what Ask chooses from. For tools and tests.
func (b *Base) Rank(question string) []Candidate {
	return b.rank(b.analyze(question, true), 0)
}

// fixFiller returns the stop word a question word is a typo of ("meny"
// for "many"), or the word itself. Words the article or the lexicon know
// ("live" is not "like") and numbers are left alone, as are words under
// four letters.
func (b *Base) fixFiller(w string) string {
	if len(w) < 3 || stopwords[w] || lightwords[w] || isNumber(w) || b.knownWord(w) {
		return w
	}
	if len(w) == 3 {
		// Three letters: only swapped ones ("sya" for "say").
		for _, set := range []map[string]bool{stopwords, lightwords} {
			for x := range set {
				if len(x) == 3 && x[0] == w[0] && x[1] == w[2] && x[2] == w[1] {
					return x
				}
			}
		}
		return w
	}
	if x := nearestFiller(w, true); x != "" {
		return x
	}
	return w
}

// nearFiller reports whether w is one edit from a stop word or light word
// of four letters or more.
func nearFiller(w string) bool { return nearestFiller(w, false) != "" }

// nearestFiller returns a stop word (or, unless stopOnly, a light word) of
// four letters or more with w's first letter, one edit from w, or "".
func nearestFiller(w string, stopOnly bool) string {
	fillerOnce.Do(buildFillers)
	found := ""
	var buf [64]byte
	eachDeletion(w, 1, buf[:0], func(d []byte) bool {
		for _, x := range fillerDeletes[string(d)] {
			if (!stopOnly || stopwords[x]) && x[0] == w[0] && distance(w, x, 1) <= 1 {
				found = x
				return false
			}
		}
		return true
	})
	return found
}

func buildFillers() {
	fillerDeletes = make(map[string][]string)
	for _, set := range []map[string]bool{stopwords, lightwords} {
		for x := range set {
			if len(x) >= 4 {
				for _, d := range deletions(x, 1) {
					fillerDeletes[d] = append(fillerDeletes[d], x)
				}
			}
		}
	}
	for _, xs := range fillerDeletes {
		slices.Sort(xs) // map order must not pick between two fillers
	}
}

var (
	fillerOnce    sync.Once
	fillerDeletes map[string][]string // deletion neighbourhood of filler words
)

// knownWord reports whether w is a word of the article or of the
// general-English lexicon (synonyms, irregular forms, question words).
func (b *Base) knownWord(w string) bool {
	if _, ok := b.words[w]; ok {
		return true
	}
	lexiconOnce.Do(buildLexicon)
	return lexicon[w] || lexicon[Stem(w)]
}

var (
	lexiconOnce sync.Once
	lexicon     map[string]bool
)

func buildLexicon() {
	lexicon = map[string]bool{}
	for _, g := range synonymGroups {
		for _, w := range strings.Fields(g) {
			lexicon[w], lexicon[Stem(w)] = true, true
		}
	}
	for k, v := range irregular {
		lexicon[k], lexicon[v] = true, true
	}
	for _, set := range []map[string]bool{answerNouns, howNumber, titleWords, orgWords, speechVerbs, numberWords} {
		for w := range set {
			lexicon[w] = true
		}
	}
	for w := range questionWords {
		lexicon[w] = true
	}
}
