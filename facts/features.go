package facts

import (
	"math"
	"slices"
	"sort"
	"strings"
)

// Features, computed only for the few facts retrieval keeps: what the
// re-ranker weighs to choose among them (rank features), and what decides
// whether the chosen one answers at all (decision features). Each is a
// plain number, mostly between 0 and 1; the weights that combine them are
// fitted on question sets (fit_test.go writes model_gen.go).

// The rank features of a fact for a question.
const (
	fBM25      = iota // retrieval score over the question's highest possible
	fRel              // retrieval score over the best fact's
	fRank1            // the fact retrieval put first
	fCov              // idf share of the question's words in the fact's own words
	fCovCtx           // idf share in its own words, antecedent or heading
	fNameMiss         // share of the question's names the fact lacks, context included
	fFitDate          // holds a date the question does not name, for "when"
	fFitNumber        // holds a number the question does not name, for "how many"
	fFitPerson        // holds a person the question does not name, for "who"
	fFitPlace         // holds a place the question does not name, for "where"
	fFitLoose         // holds an item that may be of the kind asked (a name for "who")
	fTypeMiss         // the question asks for a kind of item the fact lacks
	fProx             // matched words close together: their number over the span they cover
	fBigram           // share of the question's neighbouring word pairs that stand in order in the fact
	fFocus            // holds the noun the question names its answer by ("what river")
	fLen              // log of the fact's length in words
	fInfobox          // an infobox line
	fNovel            // share of the fact's own words the question lacks: room for an answer
	fParaRel          // its paragraph's score over the best paragraph's
	fFitNear          // an item of the kind asked stands next to the matched words: 1/(1+distance)
	fCovName          // idf share of the question's names, but the title's, in its own words or context
	fCovWord          // idf share of the question's other words in its own words
	fPrevCov          // idf share of the question's words in the sentence before it
	fNextCov          // idf share in the sentence after it
	fUnionPrev        // idf share in it, its context (antecedent, heading, title) and the sentence before together
	fExact            // idf share of the question's words in its own words exactly as asked
	fCopy             // share of the question's word pairs (stop words too) that stand in it as asked
	fCovFocus         // covCtx when the fact holds the focus noun: the re-ranker is linear, and a fact holding "river" for "what river" counts for more when it covers the rest of the question too
	fNumMiss          // the question names a number (digits) that neither the fact nor the sentences beside it hold
	fFitUnit          // holds a number with a unit of the dimension a quantity after "how" asks ("8,848 m" for "how tall")
	fFitDay           // holds a date with its day the question does not name, for "when"
	fKind             // holds a noun of the kind the focus names, other than a word of the question: "magnesium" for "what metal" (holdsKind)
	nRankFeatures
)

// rankFeatureNames name the rank features for the fitting program.
var rankFeatureNames = [nRankFeatures]string{"bm25", "rel", "rank1", "cov", "covCtx", "nameMiss",
	"fitDate", "fitNumber", "fitPerson", "fitPlace", "fitLoose", "typeMiss", "prox", "bigram", "focus", "len", "infobox", "novel",
	"paraRel", "fitNear", "covName", "covWord", "prevCov", "nextCov", "unionPrev", "exact", "copy", "covFocus", "numMiss", "fitUnit", "fitDay", "kind"}

// The decision features of a question and the fact chosen for it.
const (
	dProb           = iota // the re-ranker's probability for the chosen fact
	dCovCtx                // idf share of the question's words in the fact, its antecedent or heading
	dNameMiss              // share of the question's names the fact lacks
	dUnknown               // idf share of the question's words no article has in any form
	dNegation              // the question says "not" or "never" and the fact does not
	dNumMiss               // the question names a number the fact and its neighbours lack
	dTypeMiss              // the question asks for a date or number the fact lacks
	dNameTypeMiss          // the question asks for a person or place the fact lacks
	dCovWord               // idf share of the question's ordinary words (not names, title or vague words) in the fact or its neighbours
	dTitleMiss             // the question names a title name ("Israel") the fact lacks, while the fact names another ("Albania")
	dShort                 // 1 over the number of the question's words: a short question misses nothing by chance
	dFallback              // the re-ranker put another candidate first, which the rules ruled out
	dCountMiss             // "how many people": no number in the fact stands just before "people" (or a form of it)
	dNoWord                // the question has ordinary words and neither the fact nor its neighbours hold any
	dNoWordKind            // dNoWord for a question that asks a date or a number: the fact's is likely another event's
	dUnitMiss              // the question asks a measure ("how deep", "how much did it cost") and the fact holds no number in a unit of it
	dVerbMiss              // the question asks of a deed ("who founded X", "when did X adopt Y") and the fact and the sentence it leans on hold no form or synonym of its verb
	dRank                  // the chosen fact's rank features follow, from here
	nDecideFeatures = dRank + nRankFeatures
)

// decideFeatureNames name the decision features for the fitting program.
var decideFeatureNames = func() (names [nDecideFeatures]string) {
	copy(names[:], []string{"prob", "covCtx", "nameMiss", "unknown", "negation", "numMiss",
		"typeMiss", "nameTypeMiss", "covWord", "titleMiss", "short", "fallback", "countMiss", "noWord", "noWordKind", "unitMiss", "verbMiss"})
	for i, n := range rankFeatureNames {
		names[dRank+i] = "rank:" + n
	}
	return names
}()

// rankVec is a fact's rank features.
type rankVec [nRankFeatures]float32

// qstats are what the features need to know of a question as a whole.
type qstats struct {
	weights []float32 // per question word: its weight in coverage
	total   float32   // sum of weights
	known   float32   // sum of weights of words the articles have
	terms   []int32   // every term the question matches, sorted
	pairs   []qpair   // every (term, question word) match, sorted by term
	bloom   [4]uint64 // bit t%256 set for every term t in pairs
	grams   []qgram   // the question's words and word pairs as gram hashes, sorted (gramStats)
	hasNum  bool

	// at gives each term of pairs one plus the index of its first pair,
	// and every other term 0: as long as the base has terms, and zero
	// again before the next question's pairs are set.
	at []int32

	// focusKind is the synset of the focus's first sense (holdsKind),
	// noKind when it has none, unread before it is read.
	focusKind int32
}

// Marks of qstats.focusKind.
const (
	unread = -2
	noKind = -1
)

// qgram is a gram hash of the question: one of its words (word >= 0) or
// one of its word pairs (word == -1).
type qgram struct {
	h    uint64
	word int
}

// qpair says that term t matches question word w with weight m.
type qpair struct {
	t int32
	w int16
	m float32
}

// maxMatched bounds the question words the features track; analyze keeps
// fewer than this.
const maxMatched = maxQuestionWords

// matchSet sets out[i] to the best weight with which question word i is
// in the set of terms (0 when it is not). Most of a fact's terms are not
// the question's: the bloom filter rules them out before any search.
func (s *qstats) matchSet(set []int32, out *[maxMatched]float32) {
	// Cleared at once, not a word at a time with a bounds check each.
	clear(out[:len(s.weights)])
	for _, t := range set {
		if s.bloom[t>>6&3]&(1<<uint(t&63)) == 0 {
			continue
		}
		for j := s.firstPair(t); j < len(s.pairs) && s.pairs[j].t == t; j++ {
			if p := s.pairs[j]; p.m > out[p.w] {
				out[p.w] = p.m
			}
		}
	}
}

// firstPair returns the index of the first pair of term t, or
// len(s.pairs) when it has none. A lookup in s.at: the binary search it
// replaced ran for every term the bloom filter let through, for every
// candidate, and was 3% of a question.
func (s *qstats) firstPair(t int32) int {
	if j := s.at[t]; j > 0 {
		return int(j) - 1
	}
	return len(s.pairs)
}

// stats computes a question's qstats into s, reusing its slices.
func (b *Base) stats(q *question, s *qstats) {
	for _, p := range s.pairs {
		s.at[p.t] = 0
	}
	if len(s.at) < len(b.stems) {
		s.at = make([]int32, len(b.stems))
	}
	s.focusKind = unread
	s.weights, s.terms, s.pairs = s.weights[:0], s.terms[:0], s.pairs[:0]
	s.total, s.known, s.hasNum = 0, 0, false
	for _, qw := range q.words {
		w := qw.idf
		if qw.light {
			w *= b.m.wLight
		}
		if qw.english || qw.slip != nil && b.misspeltEnglish(qw.slip, qw.text) {
			w *= b.m.wEnglish
		}
		s.weights = append(s.weights, w)
		s.total += w
		if qw.known {
			s.known += w
		}
		if qw.num {
			s.hasNum = true
		}
		for _, a := range qw.alts {
			s.terms = append(s.terms, a.t)
			s.pairs = append(s.pairs, qpair{t: a.t, w: int16(len(s.weights) - 1), m: a.w})
		}
	}
	slices.Sort(s.terms)
	s.terms = slices.Compact(s.terms)
	slices.SortFunc(s.pairs, func(x, y qpair) int {
		if x.t != y.t {
			return int(x.t - y.t)
		}
		return int(x.w - y.w)
	})
	s.bloom = [4]uint64{}
	for j := len(s.pairs) - 1; j >= 0; j-- {
		p := s.pairs[j]
		s.bloom[p.t>>6&3] |= 1 << uint(p.t&63)
		s.at[p.t] = int32(j + 1) // the first of its pairs is set last
	}
}

// gramStats fills s.grams, which only re-ranking reads: a
// question declined before re-ranking goes without.
func (s *qstats) gramStats(q *question) {
	s.grams = s.grams[:0]
	for i := range q.words {
		s.grams = append(s.grams, qgram{q.words[i].hash, i})
	}
	for _, g := range q.pairs {
		s.grams = append(s.grams, qgram{g, -1})
	}
	// By hash, then word: an insertion sort, as a question has a few
	// dozen grams (a few hundred at most: maxQuestionWords words, some
	// abbreviations spelt out, and their pairs).
	for i := 1; i < len(s.grams); i++ {
		g := s.grams[i]
		k := i
		for k > 0 && (s.grams[k-1].h > g.h || s.grams[k-1].h == g.h && s.grams[k-1].word > g.word) {
			s.grams[k] = s.grams[k-1]
			k--
		}
		s.grams[k] = g
	}
}

// matchIn returns the best weight with which a question word's forms are
// in a sorted set of terms, or 0.
func matchIn(set []int32, qw *qword) float32 {
	best := float32(0)
	for _, a := range qw.alts {
		if a.w > best && has(set, a.t) {
			best = a.w
		}
	}
	return best
}

// rankFeatures computes the rank features of fact f for question q.
func (b *Base) rankFeatures(q *question, s *qstats, h hit, top, topPara float32, first bool, sc *scratch) rankVec {
	var x rankVec
	f := b.facts[h.fact]
	if s.total > 0 {
		x[fBM25] = h.score / s.total
	}
	if top > 0 {
		x[fRel] = h.score / top
	}
	if first {
		x[fRank1] = 1
	}
	own, ctx := b.ownSet[h.fact], b.ctxSet[h.fact]
	// Which question words the fact holds, and where in its own words.
	sc.pos = sc.pos[:0]
	var prev, next []int32
	if f.prev != nil && f.prev.article == f.article {
		prev = b.ownSet[f.prev.gid]
	}
	if nx := b.nextOf[h.fact]; nx >= 0 {
		next = b.ownSet[nx]
	}
	var covOwn, covCtx, names, namesIn, words, wordsIn, covPrev, covNext, union float32
	var matchedOwn, matchedAny uint64
	s.matchSet(own, &sc.mOwn)
	s.matchSet(ctx, &sc.mCtx)
	s.matchSet(prev, &sc.mPrev)
	s.matchSet(next, &sc.mNext)
	for i := range q.words {
		qw := &q.words[i]
		in, inCtx := sc.mOwn[i], sc.mOwn[i]
		if in > 0 {
			matchedOwn |= 1 << uint(i&63)
			matchedAny |= 1 << uint(i&63)
		} else if m := sc.mCtx[i]; m > 0 {
			inCtx = m
			matchedAny |= 1 << uint(i&63)
		}
		w := s.weights[i]
		mp := sc.mPrev[i]
		covPrev += w * mp
		covNext += w * sc.mNext[i]
		union += w * max(inCtx, mp)
		covOwn += w * in
		covCtx += w * inCtx
		if qw.name {
			// A title's name ("Albania", "Beethoven") stands in every
			// fact's context, its heading: matched by all, it tells
			// none apart.
			if !qw.title {
				names += w
				namesIn += w * inCtx
			}
		} else {
			words += w
			wordsIn += w * in
		}
	}
	if s.total > 0 {
		x[fCov] = covOwn / s.total
		x[fCovCtx] = covCtx / s.total
		x[fPrevCov] = covPrev / s.total
		x[fNextCov] = covNext / s.total
		x[fUnionPrev] = union / s.total
	}
	if names > 0 {
		x[fCovName] = namesIn / names
	}
	// "Who ruled Cyprus in 1191?" is not answered by the sentence on
	// Cyprus in 1974: ranking weighs the number as the decision does.
	if b.numMissing(q, s, h.fact) {
		x[fNumMiss] = 1
	}
	if words > 0 {
		x[fCovWord] = wordsIn / words
	}
	if topPara > 0 {
		x[fParaRel] = sc.pscore[b.paraOf[h.fact]] / topPara
	}
	if q.groups > 0 {
		missing := 0
		for g := 1; g <= q.groups; g++ {
			for i := range q.words {
				if q.words[i].group == g && matchedAny&(1<<uint(i&63)) == 0 {
					missing++
					break
				}
			}
		}
		x[fNameMiss] = float32(missing) / float32(q.groups)
	}
	// Positions of the matched words in the fact's own words.
	seq := b.own[h.fact]
	novel, content := 0, 0
	for p, t := range seq {
		if t < 0 {
			continue
		}
		content++
		if s.bloom[t>>6&3]&(1<<uint(t&63)) == 0 {
			novel++ // not a term of the question: most words, decided without a search
			continue
		}
		matched := false
		for j := s.firstPair(t); j < len(s.pairs) && s.pairs[j].t == t; j++ {
			if w := s.pairs[j].w; matchedOwn&(1<<uint(w&63)) != 0 {
				sc.pos = append(sc.pos, wordAt{p: int32(p), w: int32(w)})
				matched = true
			}
		}
		if !matched {
			novel++
		}
	}
	if content > 0 {
		x[fNovel] = float32(novel) / float32(content)
	}
	x[fLen] = lenFeature(content)
	x[fProx] = proximity(sc.pos, len(q.words))
	// Words and word pairs exactly as asked: each of the question's gram
	// hashes sought among the fact's, most ruled out by the fact's bloom
	// filter.
	var exact float32
	pairs := 0
	grams, bloom := b.grams[h.fact], &b.gramBloom[h.fact]
	for _, g := range s.grams {
		if bloom[g.h>>6&3]&(1<<(g.h&63)) == 0 {
			continue
		}
		if !inSorted(grams, g.h) {
			continue
		}
		if g.word >= 0 {
			exact += s.weights[g.word]
		} else {
			pairs++
		}
	}
	if s.total > 0 {
		x[fExact] = exact / s.total
	}
	if len(q.pairs) > 0 {
		x[fCopy] = float32(pairs) / float32(len(q.pairs))
	}
	// Answer items the question does not already name: the best fit, and
	// how near an exact fit stands to the matched words.
	best := 0
	items := b.items[h.fact] // once, not looked up again each item
	for i := range items {
		it := &items[i]
		fit := fits(it, q)
		if fit == 0 && q.long && it.kind == itemDate {
			// "How long did Japan rule Korea?": from 1910 to 1945. A
			// date may answer, loosely; a sentence with dates and no
			// number is no type miss.
			fit = 1
		}
		if fit == 0 || b.named(*it, s) {
			continue
		}
		best = max(best, fit)
		if it.dims&q.dims != 0 {
			x[fFitUnit] = 1
		}
		if it.day && q.typ == AskDate {
			x[fFitDay] = 1
		}
		if fit < 2 {
			continue
		}
		if d, ok := nearestDistance(len(sc.pos), func(k int) int32 { return sc.pos[k].p }, it.tok0, it.tok1); ok {
			x[fFitNear] = max(x[fFitNear], 1/(1+float32(d)))
		}
	}
	// A job is answered by a noun of an occupation, an item found only
	// for such a question (Base.roles), weighed as any item of the kind
	// asked.
	if q.job {
		for k := range b.roles(h.fact, q) {
			best = 2
			if d, ok := nearestDistance(len(sc.pos), func(i int) int32 { return sc.pos[i].p }, k, k); ok {
				x[fFitNear] = max(x[fFitNear], 1/(1+float32(d)))
			}
		}
	}
	switch {
	case best == 2:
		x[fitFeature[q.typ]] = 1
	case best == 1:
		x[fFitLoose] = 1
	case q.typ == AskDate || q.typ == AskNumber || q.typ == AskPerson || q.typ == AskPlace || q.job:
		x[fTypeMiss] = 1
	}
	x[fBigram] = bigrams(sc.pos, q)
	if q.focusAt >= 0 && matchIn(own, &q.words[q.focusAt]) > 0 {
		x[fFocus] = 1
	}
	if q.focusAt >= 0 && b.holdsKind(q, s, h.fact) {
		x[fKind] = 1
	}
	x[fCovFocus] = x[fFocus] * x[fCovCtx]
	if f.Kind == KindInfobox {
		x[fInfobox] = 1
	}
	return x
}

// holdsKind reports whether fact f writes a noun the question does not
// hold of the kind its focus names: "what metal" of "magnesium", "what
// illness" of "tuberculosis" (wordnetKindOf).
func (b *Base) holdsKind(q *question, s *qstats, f int32) bool {
	if s.kindOfFocus(q) == noKind {
		return false
	}
	for _, t := range b.ownSet[f] {
		if b.ofKind(t, s) {
			return true
		}
	}
	return false
}

// kindOfFocus returns the synset of the first sense of the question's
// focus noun, read once a question, or noKind.
func (s *qstats) kindOfFocus(q *question) int32 {
	if s.focusKind == unread {
		s.focusKind = noKind
		if q.focusAt >= 0 {
			s.focusKind = wordnetFirstSense(q.words[q.focusAt].text) // noKind when none
		}
	}
	return s.focusKind
}

// ofKind reports whether term t, not a word of the question, is a noun
// of the kind of the question's focus (kindOfFocus, read first).
func (b *Base) ofKind(t int32, s *qstats) bool {
	sense := b.firstSense(t)
	return sense >= 0 && wordnetKindOf(uint16(sense), uint16(s.focusKind)) && !has(s.terms, t)
}

// firstSense returns the synset of the first sense of term t as a noun,
// or -1: looked up in WordNet's table once a base, when a question first
// asks, as few terms ever are and the look-up costs a binary search or
// four.
func (b *Base) firstSense(t int32) int32 {
	v := b.nounSense[t].Load()
	if v == 0 {
		v = wordnetFirstSense(b.surface[t]) + 2
		b.nounSense[t].Store(v)
	}
	return v - 2
}

// fitFeature is the rank feature of an exact fit for each question type.
var fitFeature = [...]int{AskDate: fFitDate, AskNumber: fFitNumber, AskPerson: fFitPerson, AskPlace: fFitPlace,
	AskOther: fFitLoose, AskReason: fFitLoose, AskQuote: fFitLoose}

// named reports whether every word of an item is a word of the question,
// or the item is a person whose surname the question writes: "When did
// Albania recognise Israel in 1949?" is not answered by 1949, nor "Who
// beat Lasker?" by "Emanuel Lasker".
func (b *Base) named(it item, s *qstats) bool {
	if len(it.terms) == 0 {
		return false
	}
	// A person asked by the surname ("Who beat Lasker?") is the person
	// the fact names in full ("Emanuel Lasker"): the one asked about,
	// not the answer.
	if (it.kind == itemPerson || it.person) && len(it.terms) > 1 && has(s.terms, it.terms[len(it.terms)-1]) {
		return true
	}
	for _, t := range it.terms {
		if !has(s.terms, t) {
			return false
		}
	}
	return true
}

// knownIn reports whether the article of fact f has a question word in
// some form.
func (b *Base) knownIn(qw *qword, f int32) bool {
	if len(b.Articles) == 1 {
		return qw.known
	}
	bit := b.artBit[f]
	for _, a := range qw.alts {
		if b.termArts[a.t]&bit != 0 {
			return true
		}
	}
	return false
}

// nearFact reports whether a fact, its antecedent and heading, or the
// sentences beside it hold a question word.
func (b *Base) nearFact(qw *qword, f int32) bool {
	return b.anyNear(f, func(set []int32) bool { return matchIn(set, qw) > 0 })
}

// anyNear reports whether in holds for the terms of a fact, of its
// antecedent and heading, or of the sentence before or after it.
func (b *Base) anyNear(f int32, in func(set []int32) bool) bool {
	fact := b.facts[f]
	return in(b.ownSet[f]) || in(b.ctxSet[f]) ||
		fact.prev != nil && in(b.ownSet[fact.prev.gid]) ||
		b.nextOf[f] >= 0 && in(b.ownSet[b.nextOf[f]])
}

// synonymNear reports whether a fact, its antecedent and heading, or the
// sentences beside it hold a WordNet synonym of one of the question's
// ordinary words that the articles write as asked. Matching gives such a
// word no synonyms (they would match every sentence that has one, where
// the word itself is the better evidence), but a fact that holds only a
// synonym ("167 inhabitants" for "how many people lived") is no fact
// that holds none of the question's words. Read only for a fact that
// holds none of them as asked, so rarely, and for a handful of words.
func (b *Base) synonymNear(q *question, f int32) bool {
	if b.m.wSyn == 0 {
		return false
	}
	for i := range q.words {
		qw := &q.words[i]
		if !qw.ordinary() || len(qw.alts) == 0 || qw.alts[0].w < 1 { // as asked only
			continue
		}
		syns := wordnetSynonyms(b.stems[qw.alts[0].t])
		for syns != "" {
			var st string
			st, syns, _ = strings.Cut(syns, " ")
			if t, ok := b.stemTerm(st); ok && b.anyNear(f, func(set []int32) bool { return has(set, t) }) {
				return true
			}
		}
	}
	return false
}

// namesOtherTitle reports whether a fact's own words hold a title name
// that the question does not ask about.
func (b *Base) namesOtherTitle(q *question, f int32) bool {
	return b.namesUnasked(q, b.ownSet[f], func(t int32) bool { return b.titleTerm[t] })
}

// namesUnasked reports whether a set of terms (a fact's own words) holds
// a name of the kind inTitle says that the question does not ask about.
func (b *Base) namesUnasked(q *question, set []int32, inTitle func(int32) bool) bool {
	var qt []int32
	for _, t := range set {
		if !b.nameTerm[t] || !inTitle(t) {
			continue
		}
		if qt == nil {
			qt = b.qTerms(q)
		}
		if !has(qt, t) {
			return true
		}
	}
	return false
}

// qTerms returns the sorted terms of the question's title words, and of
// the names its acronyms stand for: "tariffs between Australia and NZ"
// asks about New Zealand.
func (b *Base) qTerms(q *question) []int32 {
	var out []int32
	for i := range q.words {
		qw := &q.words[i]
		if qw.title {
			for _, a := range qw.alts {
				out = append(out, a.t)
			}
		} else if qw.name {
			out = append(out, b.acronyms[qw.text]...)
		}
	}
	slices.Sort(out)
	return out
}

// nearestDistance returns how many words separate the run of words
// tok0..tok1 from the nearest of n positions, in increasing order (at(k)
// is the k-th): 0 when one stands within it; ok is false when there are
// none. A binary search, not a pass over every position: a fact that
// repeats a question word a hundred thousand times, each beside a date,
// would otherwise cost their product (ten billion steps, minutes, for
// one question).
func nearestDistance(n int, at func(int) int32, tok0, tok1 int32) (d int32, ok bool) {
	if n == 0 {
		return 0, false
	}
	k := sort.Search(n, func(k int) bool { return at(k) >= tok0 }) // the first at or after the run's start
	d = math.MaxInt32
	if k < n {
		if at(k) <= tok1 {
			return 0, true
		}
		d = at(k) - tok1
	}
	if k > 0 {
		d = min(d, tok0-at(k-1))
	}
	return d, true
}

// wordAt is a question word (w) found at a position (p) of a fact.
type wordAt struct{ p, w int32 }

// proximity is the number of distinct question words matched over the
// length of the shortest run of the fact's words that holds them all: 1
// when they stand together, small when they are scattered. It is 0 with
// fewer than two matched words.
func proximity(pos []wordAt, nwords int) float32 {
	if len(pos) < 2 || nwords > 64 {
		return 0
	}
	var all uint64
	for _, x := range pos {
		all |= 1 << uint(x.w)
	}
	distinct := popcount(all)
	if distinct < 2 {
		return 0
	}
	// Sliding window over positions (already in order of position).
	var counts [64]int
	have := 0
	best := math.MaxInt32
	lo := 0
	for hi := range pos {
		if counts[pos[hi].w] == 0 {
			have++
		}
		counts[pos[hi].w]++
		for have == distinct {
			if span := int(pos[hi].p-pos[lo].p) + 1; span < best {
				best = span
			}
			counts[pos[lo].w]--
			if counts[pos[lo].w] == 0 {
				have--
			}
			lo++
		}
	}
	return float32(distinct) / float32(best)
}

func popcount(x uint64) int {
	n := 0
	for ; x != 0; x &= x - 1 {
		n++
	}
	return n
}

// bigrams is the share of the question's neighbouring word pairs (both
// matched) that stand in the same order within three words of each other
// in the fact. pos is in the fact's order, so the second word is sought
// only among the few matches after the first: a fact that repeats a
// matched word thousands of times costs as many steps, not their square.
func bigrams(pos []wordAt, q *question) float32 {
	pairs, found := 0, 0
	for i := 0; i+1 < len(q.words); i++ {
		pairs++
		for k, a := range pos {
			if a.w != int32(i) {
				continue
			}
			hit := false
			for _, c := range pos[k+1:] {
				if c.p-a.p > 3 {
					break
				}
				if c.w == int32(i+1) && c.p > a.p {
					hit = true
					break
				}
			}
			if hit {
				found++
				break
			}
		}
	}
	if pairs == 0 {
		return 0
	}
	return float32(found) / float32(pairs)
}

// decideFeatures computes the decision features for the chosen fact,
// quoted with candidate companion as one passage (model.join), or alone
// when companion is -1.
func (b *Base) decideFeatures(q *question, s *qstats, hits []hit, xs []rankVec, scores []float32, chosen, companion int) [nDecideFeatures]float32 {
	var d [nDecideFeatures]float32
	// Softmax probability of the chosen fact among the candidates; of the
	// passage, when it quotes a companion too: the re-ranker that scores
	// two sentences alike splits between them what the answer quotes
	// whole.
	maxS := scores[chosen]
	var sum float64
	for _, v := range scores {
		sum += math.Exp(float64(v - maxS))
	}
	d[dProb] = float32(1 / sum)
	if companion >= 0 {
		d[dProb] += float32(math.Exp(float64(scores[companion]-maxS)) / sum)
	}
	for _, v := range scores {
		if v > maxS {
			d[dFallback] = 1
		}
	}
	x := xs[chosen]
	copy(d[dRank:], x[:])
	d[dCovCtx] = x[fCovCtx]
	d[dNameMiss] = x[fNameMiss]
	if pf := b.facts[hits[chosen].fact].prev; x[fTypeMiss] == 1 && !(pf != nil && b.hasFit(pf, q, s)) {
		switch q.typ {
		case AskDate, AskNumber:
			d[dTypeMiss] = 1
		default:
			d[dNameTypeMiss] = 1
		}
	}
	f := hits[chosen].fact
	if s.total > 0 {
		// Unknown to the chosen fact's article, as that article alone
		// would judge: another loaded article's words do not count.
		var known float32
		for i := range q.words {
			// "what instrument" of "Using a sensitive electrometer": a
			// fact that holds a kind of the focus knows the focus.
			if b.knownIn(&q.words[i], f) || i == q.focusAt && x[fKind] == 1 {
				known += s.weights[i]
			}
		}
		d[dUnknown] = (s.total - known) / s.total
	}
	if q.negated && !b.negated[f] {
		d[dNegation] = 1
	}
	if q.count && q.countAt >= 0 && !b.countsAsked(q, f) {
		d[dCountMiss] = 1
	}
	if q.dims != 0 && x[fFitUnit] == 0 {
		d[dUnitMiss] = 1
	}
	if v := q.deedVerb(); v >= 0 && !heldIn(b.ownSet[f], b.anteSet(f), &q.words[v]) {
		d[dVerbMiss] = 1
	}
	var words, wordsIn float32
	titleAsked, titleIn := false, false
	for i := range q.words {
		qw := &q.words[i]
		if qw.ordinary() {
			words += qw.idf
			if b.nearFact(qw, f) {
				wordsIn += qw.idf
			}
		}
		if qw.title && qw.name {
			titleAsked = true
			if matchIn(b.ownSet[f], qw) > 0 { // the heading holds the title: own words only
				titleIn = true
			}
		}
	}
	d[dNumMiss] = x[fNumMiss]
	d[dCovWord] = 1
	if words > 0 {
		d[dCovWord] = wordsIn / words
		if wordsIn == 0 && !b.synonymNear(q, f) {
			d[dNoWord] = 1
			if q.typ == AskDate || q.typ == AskNumber {
				d[dNoWordKind] = 1
			}
		}
	}
	if len(q.words) > 0 {
		d[dShort] = 1 / float32(len(q.words))
	}
	if titleAsked && !titleIn && b.namesOtherTitle(q, f) {
		d[dTitleMiss] = 1
	}
	return d
}

// lenFeature is the length feature of a fact of n content words,
// log(1+n): from a table for the lengths of nearly every fact, since it
// is wanted for every candidate of every question.
func lenFeature(n int) float32 {
	if n < len(lenFeatures) {
		return lenFeatures[n]
	}
	return float32(math.Log1p(float64(n)))
}

var lenFeatures = func() (t [256]float32) {
	for n := range t {
		t[n] = float32(math.Log1p(float64(n)))
	}
	return t
}()

// countsAsked reports whether a number of fact f, or of the sentence
// before it (which the answer quotes with it, as for dTypeMiss), counts
// what a "how many" question asks about: the counted word, or a form of
// it, stands within three words after the number ("three stone plaques"
// counts no people).
func (b *Base) countsAsked(q *question, f int32) bool {
	qw := &q.words[q.countAt]
	for _, g := range [2]*Fact{b.facts[f], b.facts[f].prev} {
		if g == nil {
			continue
		}
		for i := range b.items[g.gid] {
			if it := &b.items[g.gid][i]; fits(it, q) == 2 && b.countedAfter(qw, g, it) || b.shareOfCounted(q, g, it) {
				return true
			}
		}
	}
	return false
}

// countedAfter reports whether question word qw, or a form of it, stands
// within three words after item it of fact g. A number joined to the
// next word by a hyphen counts that word alone: "a single-masted ship"
// says how many masts, not how many ships.
func (b *Base) countedAfter(qw *qword, g *Fact, it *item) bool {
	own := b.own[g.gid]
	last := int(it.tok1) + 3
	if it.end < len(g.Text) && g.Text[it.end] == '-' {
		last = int(it.tok1) + 1
	}
	for p := int(it.tok1) + 1; p < len(own) && p <= last; p++ {
		if own[p] >= 0 && qw.matches(own[p]) {
			return true
		}
		// "How many Danes live in South Schleswig?" of "about 50,000
		// people": a people's name is counted in people.
		if own[p] >= 0 && qw.name && peopleWords[b.stems[own[p]]] {
			return true
		}
	}
	return false
}

// peopleWords are the stems of the nouns a number of people is counted in.
var peopleWords = map[string]bool{Stem("people"): true, Stem("persons"): true, Stem("inhabitants"): true, Stem("residents"): true}

// shareOfCounted reports whether item it of fact g is a share of what a
// "how many" question counts: "How many trips in the Netherlands are
// made by bike?" of "more than a quarter of all trips there". A share
// counts no things of its own, but of these it says how many.
func (b *Base) shareOfCounted(q *question, g *Fact, it *item) bool {
	return q.count && q.countAt >= 0 && it.kind == itemNumber && it.uncounted && it.dims&dimMoney == 0 &&
		b.countedAfter(&q.words[q.countAt], g, it)
}

// numMissing reports whether question q names a particular number that
// fact f and the sentences beside it lack. Digits name one ("in 1991",
// "20,000"); "what two fields" asks for two things.
func (b *Base) numMissing(q *question, s *qstats, f int32) bool {
	if !s.hasNum {
		return false
	}
	for i := range q.words {
		if qw := &q.words[i]; qw.num && isNumber(qw.text) && !b.nearFact(qw, f) {
			return true
		}
	}
	return false
}
