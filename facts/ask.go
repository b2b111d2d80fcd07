package facts

import (
	"math"
	"slices"
	"strings"
)

// Asking: analyse → retrieve → rank → decide → present. Each stage has its
// own file; this one runs them in order.

// NotCovered is the text of a declined answer.
const NotCovered = "The article does not cover that."

// Ask answers a free-text question with the one fact that answers it best,
// or, when no fact does, says so and suggests topics.
func (b *Base) Ask(question string) Answer {
	return b.ask(question, nil)
}

// AskIn is Ask limited to one of the base's articles.
func (b *Base) AskIn(question string, a *Article) Answer {
	return b.ask(question, a)
}

// Candidate is a fact ranked for a question, for tools and tests.
type Candidate struct {
	Fact      *Fact
	Retrieval float64 // BM25F score
	Score     float64 // the re-ranker's score
}

// Rank returns the facts retrieval keeps for a question, in the order the
// re-ranker puts them: what Ask chooses from. For tools and tests.
func (b *Base) Rank(question string) []Candidate {
	r := b.run(question, nil)
	defer b.release(r)
	out := make([]Candidate, len(r.hits))
	for i, h := range r.hits {
		out[i] = Candidate{Fact: b.facts[h.fact], Retrieval: float64(h.score), Score: float64(r.scores[i])}
	}
	slices.SortStableFunc(out, func(x, y Candidate) int {
		switch {
		case x.Score > y.Score:
			return -1
		case x.Score < y.Score:
			return 1
		}
		return 0
	})
	return out
}

// ranked is a question taken through retrieval and re-ranking.
type ranked struct {
	q      question
	s      qstats
	hits   []hit
	xs     []rankVec
	scores []float32
	ok     []int8 // hits[i] passes the rules that always decline: 1, fails: -1, not yet known: 0
	chosen int    // index in hits of the re-ranker's choice, -1 with no hits
	sc     *scratch
	// untyped: the question stopped after retrieval without its type
	// (runQuery); ask types it when the lead may answer it (subjectFact).
	untyped bool
}

// run analyses a question, retrieves facts and re-ranks them.
func (b *Base) run(text string, only *Article) *ranked { return b.runQuery(text, true, only, false) }

// runQuery is run for a question (typed) or a topic lookup. With
// declining, a question that the rules decline whatever is ranked
// (decide) stops after retrieval: one that names something no article
// mentions, and one none of whose facts holds a specific word of it (a
// question on another subject, matched only by title words or vague
// words: most of what is asked of the wrong article). Its hits give the
// topics it suggests, and re-ranking them would decide nothing.
func (b *Base) runQuery(text string, typed bool, only *Article, declining bool) *ranked {
	sc := b.scratch.Get().(*scratch)
	r := &sc.r
	// Field by field, every field of ranked: a struct literal was built
	// whole and copied over r, the question statistics (kept) too.
	r.q = b.analyzeWords(text, typed, &sc.ab)
	r.hits, r.xs, r.scores, r.ok = nil, r.xs[:0], r.scores[:0], r.ok[:0]
	r.chosen, r.sc, r.untyped = -1, sc, false
	r.hits = b.retrieve(&r.q, b.m.k, only, sc)
	stop := len(r.hits) == 0 || declining && (r.q.unknownName || !b.anyShares(r))
	// A question declined here is left untyped (typeQuestion), without
	// its word pairs (pairQuestion), and r.s as the last question ranked
	// left it: nothing reads them without a choice (decide, suggest and
	// acrossArticles stop at r.chosen < 0), and stats clears that
	// question's pairs when it runs next. Two questions in three of a
	// batch stop here, and typing them, their pairs and their statistics
	// cost them 1,000 instructions each. Without declining (run, for
	// tools and tests), every question is typed and paired.
	if !stop || !declining {
		if typed {
			b.typeQuestion(&r.q, text, &sc.ab)
		}
		pairQuestion(&r.q, &sc.ab)
	}
	if stop {
		r.untyped = typed && declining
		return r
	}
	b.stats(&r.q, &r.s)
	r.s.gramStats(&r.q)
	top := r.hits[0].score
	b.scoreParagraphs(&r.q, sc)
	defer clearParagraphs(sc)
	topPara := float32(0)
	for _, h := range r.hits {
		topPara = max(topPara, sc.pscore[b.paraOf[h.fact]])
	}
	for i, h := range r.hits {
		x := b.rankFeatures(&r.q, &r.s, h, top, topPara, i == 0, sc)
		r.xs = append(r.xs, x)
		r.scores = append(r.scores, b.m.rankScore(&x))
		r.ok = append(r.ok, 0)
	}
	r.chosen = b.chooseRanked(r)
	return r
}

// anyShares reports whether any retrieved fact holds a specific word of
// the question (sharesSpecific): without one, no choice passes the rules.
func (b *Base) anyShares(r *ranked) bool {
	for _, h := range r.hits {
		if b.sharesSpecific(&r.q, h.fact) {
			return true
		}
	}
	return false
}

// chooseRanked is pick for a question, with the rules checked only on
// the candidates it needs, best first: usually the first passes.
func (b *Base) chooseRanked(r *ranked) int {
	return pick(r.scores, func(i int) bool { return b.passes(r, i) },
		func(i int) bool {
			return b.keepsOver(&r.q, r.hits, r.scores, i, func(j int) bool { return b.passes(r, j) }, b.m.giveWay)
		},
		func(i int) bool { return holdsOwn(&r.xs[i]) })
}

// keepsOver is keeps for the i-th of candidates hits scored scores, of
// which passes says which the rules let answer: a candidate ruled out only
// for lacking a name the question asks (nameAbsent) is not kept over
// one that passes and scores within margin of it, for a question of
// neither a date nor a number. "Who led the Timation programme?" of "The
// Naval Research Laboratory, under Roger L. Easton, developed the
// Timation satellites", not declined for "The programme, led by Air
// Force Colonel Bradford Parkinson, …"; a date or a number of the lesser
// sentence is too often another event's ("When did Guido van Rossum
// leave Microsoft?" of his years at Google).
func (b *Base) keepsOver(q *question, hits []hit, scores []float32, i int, passes func(int) bool, margin float32) bool {
	f := hits[i].fact
	if !b.keeps(q, f) {
		return false
	}
	// "… Moroccans living in Europe …" gives way to "… Moroccan citizens
	// lived in Spain" for "How many Moroccans live in Spain?", and a
	// fact with no share to one with "About 98% of the land" for "What
	// percentage of Antarctica is under ice?"; one with no time of day to
	// "At about 11:40 pm the lookout … saw an iceberg" for "What time did
	// the Titanic hit the iceberg?"; one with no height to "the uprights
	// of the outer circle stand about 4.1 m high" for "how tall are the
	// big outer stones"; "The first GPS III satellite was launched …" to
	// "First launch: 22 February 1978" for "When was the first GPS
	// satellite launched?" (narrowerFirst); "The Motihari–Amlekhgunj
	// pipeline, 69 km long, … cross-border" to "They share an open border
	// of more than 1,850 km" for "How long is the India Nepal border?"
	// (measuresOther).
	if b.livesElsewhere(q, f) || b.shareUnsaid(q, f) || b.dayUnsaid(q, f) || b.clockUnsaid(q, f) || b.causeUnsaid(q, f) || b.otherMeasure(q, f) || q.dims != 0 && b.measuresOther(q, f) || q.firstKind >= 0 && b.narrowerFirst(q, f) {
		return false
	}
	if q.count && q.countAt >= 0 && !b.countsAsked(q, f) {
		for j := range scores {
			if j != i && passes(j) && b.countsAsked(q, hits[j].fact) {
				return false
			}
		}
	}
	// A date or a number asked gives way only to a lesser sentence that
	// holds every specific word of the question as well, when the best
	// lacks one: "How much of the Ming wall is gone?" is answered by
	// "… nearly a third of the Ming wall had disappeared", not declined
	// for "the Ming wall" with no share; "How tall is Mount Terror?" is
	// not answered by Mount Erebus's height.
	if margin > 0 && (q.typ == AskDate || q.typ == AskNumber) {
		for j := range scores {
			if j != i && scores[i]-scores[j] <= margin && passes(j) && b.holdsSpecific(q, hits[j].fact) {
				// Whether lacksKind alone rules the best out is read only
				// when such a lesser one is there: it asks every rule
				// again.
				if b.lacksKind(q, f) && !b.nameAbsent(q, f) {
					q.kindWaived = true
					other := b.ruledOutBut(q, f)
					q.kindWaived = false
					if !other {
						return false
					}
				}
				break
			}
		}
	}
	if margin == 0 || q.typ == AskDate || q.typ == AskNumber || !b.nameAbsent(q, f) || b.ruledOutBut(q, f) {
		return true
	}
	for j := range scores {
		if j != i && scores[i]-scores[j] <= margin && passes(j) {
			return false
		}
	}
	return true
}

// holdsOwn reports whether a candidate's own words hold a word of the
// question, or an item of the kind it asks: a sentence that only leans on
// the one before it ("At her request she was buried beside him", after
// "Lovelace died of uterine cancer") holds neither.
func holdsOwn(x *rankVec) bool {
	return x[fCov] > 0 || x[fFitDate] > 0 || x[fFitNumber] > 0 || x[fFitPerson] > 0 || x[fFitPlace] > 0 || x[fFitLoose] > 0
}

// pick chooses the answer among candidates by score: the best, unless it
// fails the rules (passes) and holds no specific word of the question
// (keeps); then the best that passes, or the best when none does. A best
// match that holds the question's words but not the kind of answer asked,
// or not a name asked, is declined rather than looked for in sentences
// that match less. The fitting program chooses through it too.
//
// A choice whose own words hold nothing of the question (holds) gives way
// to the best candidate that passes the rules and does hold some: "what
// did she die of" is answered by "Lovelace died of uterine cancer", not
// by "At her request she was buried beside him", which only leans on it.
func pick(scores []float32, passes, keeps, holds func(int) bool) int {
	c := pickRuled(scores, passes, keeps)
	if holds(c) {
		return c
	}
	best := -1
	for i, s := range scores {
		if i != c && holds(i) && passes(i) && (best < 0 || s > scores[best]) {
			best = i
		}
	}
	if best < 0 {
		return c
	}
	return best
}

// pickRuled is pick by score and the rules alone.
func pickRuled(scores []float32, passes, keeps func(int) bool) int {
	top := choose(scores, nil)
	if passes(top) || keeps(top) {
		return top
	}
	best := top
	for i, s := range scores {
		if i != top && (best == top || s > scores[best]) && passes(i) {
			best = i
		}
	}
	return best
}

// passes reports whether hits[i] passes the rules, checking them once.
func (b *Base) passes(r *ranked, i int) bool {
	if r.ok[i] == 0 {
		r.ok[i] = -1
		if !b.ruledOut(&r.q, r.hits[i].fact) {
			r.ok[i] = 1
		}
	}
	return r.ok[i] > 0
}

// choose returns the index of the best score among the candidates that
// pass the rules (ok), or among all when none does: a candidate the rules
// would decline never hides one behind it that answers.
func choose(scores []float32, ok []bool) int {
	best := -1
	for _, pass := range []bool{true, false} {
		for i, s := range scores {
			if (!pass || ok == nil || ok[i]) && (best < 0 || s > scores[best]) {
				best = i
			}
		}
		if best >= 0 {
			return best
		}
	}
	return best
}

// ruledOut reports whether the rules that always decline rule a fact out
// as the answer to a question (see decide).
func (b *Base) ruledOut(q *question, f int32) bool {
	return b.ruledOutBut(q, f) || b.nameAbsent(q, f)
}

// ruledOutBut reports whether a rule other than nameAbsent rules a fact
// out: keepsOver gives way past a fact that fails that rule alone. The
// rules last in the chain are called only when their question's flag is
// set (each checks it again), so that a candidate pays no call for them.
func (b *Base) ruledOutBut(q *question, f int32) bool {
	return !b.sharesSpecific(q, f) || b.lacksKind(q, f) || b.otherSubject(q, f) || b.undefined(q, f) || b.otherRole(q, f) || b.eventUnsaid(q, f) || b.livesElsewhere(q, f) || b.roleUnsaid(q, f) || b.populationUnsaid(q, f) || b.clockUnsaid(q, f) || b.numUnsaid(q, f) || b.negationUnsaid(q, f) || b.otherDoer(q, f) || b.onceOnly(q, f) || b.namesake(q, f) || b.whoUnsaid(q, f) || b.otherDirection(q, f) || b.othersCounted(q, f) || b.superlativeUnsaid(q, f) || b.roleBegunUnsaid(q, f) || b.thingsCounted(q, f) || b.sequenceUnsaid(q, f) || b.placeUnsaid(q, f) || b.shareUnsaid(q, f) || b.dayUnsaid(q, f) || b.kindUnsaid(q, f) || b.causeUnsaid(q, f) || b.locationUnsaid(q, f) || b.otherMeasure(q, f) || b.againUnsaid(q, f) || b.longerName(q, f) || b.contactUnsaid(q, f) || b.translationUnsaid(q, f) || b.definiteCount(q, f) || b.otherName(q, f) || b.measuredOnly(q, f) || b.aliveUnsaid(q, f) || b.notSoSaid(q, f) || b.epithetUnsaid(q, f) || b.numberedUnsaid(q, f) || b.acronymUnsaid(q, f) || b.harmOnly(q, f) || b.neverSaid(q, f) || b.quoteDated(q, f) || b.canUnsaid(q, f) || b.otherKin(q, f) || b.madeOfOther(q, f) || b.stillUnsaid(q, f) || b.wordsUnsaid(q, f) || b.becomeUnsaid(q, f) || b.deathsUnsaid(q, f) || b.taskUnsaid(q, f) || b.everUnsaid(q, f) || b.bestUnsaid(q, f) || b.firstOfUnsaid(q, f) || b.closedKindUnsaid(q, f) || b.kindOfUnsaid(q, f) || b.nowUnsaid(q, f) || b.existsUnsaid(q, f) || b.otherOrdinal(q, f) || b.agentUnsaid(q, f) || b.exactPlaceUnsaid(q, f) || b.countUnsaid(q, f) || b.leaderUnsaid(q, f) || b.withoutSaid(q, f) || b.kinUnsaid(q, f) || b.rateUnsaid(q, f) || b.holderUnsaid(q, f) || b.foundedOther(q, f) || b.listUnsaid(q, f) || b.otherObject(q, f) || b.lifeOfOther(q, f) || q.habitAsked && b.habitUnsaid(q, f) || q.periodDir != 0 && b.periodUnsaid(q, f) || q.count && b.agesOnly(q, f) || q.typ == AskReason && b.restatedWhy(q, f) || q.centuryFrom >= 0 && b.centuryUnsaid(q, f) || q.countedAt != 0 && b.otherCount(q, f) || b.nameOrderUnsaid(q, f) || b.relativeOnly(q, f) || b.participleOfOther(q, f) || b.officeUnheld(q, f) || b.placeNameUnsaid(q, f) || b.giverSwapped(q, f) || q.haveAsked && b.haverSwapped(q, f) || q.forceAsked && b.forceUnsaid(q, f) || q.othersAsked && b.othersUnnamed(q, f) || q.kinAsked && b.inLawOnly(q, f) || q.kindsOf >= 0 && b.kindsOfUnsaid(q, f) || q.firstKind >= 0 && b.narrowerFirst(q, f) || q.typ == AskPerson && b.stageOnly(q, f) || q.typ == AskDate && b.causeDated(q, f) || q.firstAsked && b.lastOnly(q, f) || q.groups > 0 && b.otherVariant(q, f) || q.withoutAt >= 0 && b.withoutUnsaid(q, f) || q.groups > 0 && b.headOfOther(q, f) || q.dims != 0 && b.measuresOther(q, f) || q.job && b.jobUnsaid(q, f)
}

// lastOnly reports whether a question asks when something was first done
// ("When did George Mallory first go to Everest?") and fact f, with the
// sentence it leans on, says "last" and no "first": "On 8 June 1924
// George Mallory and Andrew Irvine were last seen …" tells the end.
func (b *Base) lastOnly(q *question, f int32) bool {
	return q.firstAsked && b.writesWord(f, lastWords) && !b.writesWord(f, firstWords)
}

// stageOnly reports whether a question asks who won something ("who won
// euro 2024") without naming a stage of it, and fact f tells only who
// won a stage: a round, a semi-final, a play-off ("Germany beat Denmark
// 2–0 in Dortmund in the round of 16 of Euro 2024"), and no final.
func (b *Base) stageOnly(q *question, f int32) bool {
	won := false
	for i := range q.words {
		switch w := q.words[i].text; {
		case w == "won" || w == "win" || w == "wins" || w == "winner":
			won = true
		case strings.HasPrefix(w, "semi") || strings.HasPrefix(w, "quarter") || w == "round" || strings.HasPrefix(w, "play") || w == "group" || strings.HasPrefix(w, "qualif") || w == "final":
			return false
		}
	}
	if !won {
		return false
	}
	text := strings.ToLower(b.facts[f].Text)
	stage := false
	for _, s := range [...]string{"semi-final", "semifinal", "quarter-final", "quarterfinal", "round of", "first round", "second round", "play-off", "playoff", "group stage", "qualif"} {
		if strings.Contains(text, s) {
			stage = true
		}
	}
	if !stage {
		return false
	}
	for i := 0; i+5 <= len(text); i++ {
		if text[i:i+5] == "final" && (i == 0 || text[i-1] == ' ') {
			return false // "… beat West Germany in the final"
		}
	}
	return true
}

// narrowerFirst reports whether a question asks the first or the last of
// a kind ("When was the first GPS satellite launched?") and every such
// word in fact f that comes before a word of the question names the first
// of a narrower kind: a name's number the question does not write stands
// between them, a Roman numeral in capitals ("GPS III") or a number after
// a capitalised word ("Falcon 9"). "The first GPS III satellite was
// launched … in 2018" is no first GPS satellite, nor "the first Block I
// satellite" the first of them all.
func (b *Base) narrowerFirst(q *question, f int32) bool {
	if q.firstKind < 0 {
		return false
	}
	word, kind := q.words[q.firstKind].text, q.words[q.firstKind+1:]
	fact, own := b.facts[f], b.own[f]
	lex := fact.article.lex
	narrower := false
	for k, t := range fact.toks {
		if lex.wordOf(t) != word {
			continue
		}
		qualifier, qualified, matched := false, false, false
		for j := k + 1; j < len(fact.toks) && j <= k+4; j++ {
			if !adjacent(fact.Text, fact.toks[j-1], fact.toks[j]) {
				break // "the last sultan, Mehmed VI": the phrase ends
			}
			if j < len(own) && own[j] >= 0 && anyMatches(kind, own[j]) {
				matched, qualified = true, qualified || qualifier
				continue
			}
			w := lex.wordOf(fact.toks[j])
			// "GPS III", "Block I", "Apollo 8": a name's number.
			number := fact.toks[j].cap && romanNumeral(w) || isNumber(w) && fact.toks[j-1].cap
			if stopwords[w] || matched && !number {
				break
			}
			qualifier = qualifier || number
		}
		if matched && !qualified {
			return false // the first of the kind asked
		}
		narrower = narrower || qualified
	}
	return narrower
}

// kindsOfUnsaid reports whether a question counts the kinds of a thing
// ("How many species of shark live on the reef?") and fact f, with the
// sentence it leans on, does not write that thing in any form or
// synonym: "Six of the world's seven species of sea turtle live there"
// counts turtles, and "more than 3,000 known species" of fish tells
// nothing of piranhas. The thing as a title word ("how many kinds of
// octopus", of Octopus) is every fact's.
func (b *Base) kindsOfUnsaid(q *question, f int32) bool {
	if q.kindsOf < 0 {
		return false
	}
	return !heldIn(b.ownSet[f], b.anteSet(f), &q.words[q.kindsOf])
}

// inLawOnly reports whether a question asks a relative by a word of kin
// ("did beethoven have a sister") and fact f writes that word only in an
// in-law ("a long legal battle with his sister-in-law Johanna"): a
// sister-in-law is no sister. A question that asks the in-law ("who was
// his sister-in-law") sets no kinAsked.
func (b *Base) inLawOnly(q *question, f int32) bool {
	if !q.kinAsked {
		return false
	}
	g, own := b.facts[f], b.own[f]
	inLaw := false
	for i := range q.words {
		qw := &q.words[i]
		if qw.class&wKin == 0 {
			continue
		}
		for k := 0; k < len(g.toks) && k < len(own); k++ {
			if own[k] < 0 || !qw.matches(own[k]) {
				continue
			}
			if rest := g.Text[g.toks[k].end:]; !strings.HasPrefix(rest, "-in-law") && !strings.HasPrefix(rest, "‐in‐law") {
				return false
			}
			inLaw = true
		}
	}
	return inLaw
}

// haverSwapped reports whether a question asks what a name has ("Where
// does Greece have a consulate in Cyprus?") and fact f writes the thing
// only in a clause of another name the question asks of: "Cyprus has an
// embassy in Athens and a consulate-general in Thessaloniki, and Greece
// has an embassy in Nicosia" gives Cyprus the consulate. The haver is
// the name right before the "has" nearest before the thing.
func (b *Base) haverSwapped(q *question, f int32) bool {
	if !q.haveAsked {
		return false
	}
	h := slices.IndexFunc(q.words, func(w qword) bool { return w.name })
	if h < 0 || h+1 >= len(q.words) || q.words[h+1].name {
		return false
	}
	haver, thing := &q.words[h], &q.words[h+1]
	fact, own := b.facts[f], b.own[f]
	lex := fact.article.lex
	other := false
	for k := 0; k < len(own) && k < len(fact.toks) && k < maxNameScan; k++ {
		if own[k] < 0 || !thing.matches(own[k]) {
			continue
		}
		j := k - 1 // the nearest "has" before the thing, within a dozen words
		for j > 0 && j >= k-12 && !haveWords[lex.wordOf(fact.toks[j])] {
			j--
		}
		if j <= 0 || j < k-12 {
			continue
		}
		if t := own[j-1]; t >= 0 && fact.toks[j-1].cap {
			if haver.matches(t) {
				return false // the haver asked has it
			}
			other = other || anyMatches(q.words, t)
		}
	}
	return other
}

// forceUnsaid reports whether a question asks when a law or a treaty
// came into force ("When did the SOLAS convention come into force?") and
// fact f, with the sentence it leans on, says nothing of force or
// effect: "… was signed in London on 20 January 1914" tells when it was
// signed.
func (b *Base) forceUnsaid(q *question, f int32) bool {
	return q.forceAsked && !b.writesWord(f, forceWords)
}

// forceWords say that a law binds.
var forceWords = makeSet(`force effect effective`)

// haveWords are the forms of "have" that give a thing to the name before
// them.
var haveWords = makeSet(`has have had`)

// giverSwapped reports whether a question asks what a name gave another
// ("How much did Peru pay Chile for Tacna?") and fact f writes the deed
// only as done to the giver asked: "Chile, which paid Peru six million
// dollars" tells what Chile paid Peru. The giver is the name right
// before the verb, the one given to the name right after it.
func (b *Base) giverSwapped(q *question, f int32) bool {
	// Read here, not in analysis: the rules before it rule most
	// candidates out, and reading the question once for every question
	// cost more instructions (54,177 against 53,937 a question).
	v := slices.IndexFunc(q.words, func(w qword) bool { return giveVerbs[w.text] })
	if v < 1 || v+1 >= len(q.words) {
		return false
	}
	giver, verb, taker := &q.words[v-1], &q.words[v], &q.words[v+1]
	if !giver.name || !taker.name || giver.group == taker.group || verb.pos != giver.pos+1 || taker.pos != verb.pos+1 {
		return false
	}
	fact, own := b.facts[f], b.own[f]
	swapped := false
	for k := 0; k+1 < len(own) && k+1 < len(fact.toks) && k < maxNameScan; k++ {
		if own[k] < 0 || own[k+1] < 0 || verb.weightOf(own[k]) < b.m.wRelated {
			continue
		}
		switch {
		case taker.matches(own[k+1]):
			return false // given as asked
		case giver.matches(own[k+1]):
			swapped = true
		}
	}
	return swapped
}

// giveVerbs are the verbs that give something to someone named right
// after them ("paid Peru", "sold Alaska to").
var giveVerbs = makeSet(`pay paid pays give gave gives sell sold sells lend lent lends owe owed owes grant granted grants send sent sends`)

// placeNameUnsaid reports whether a question asks a country or a city
// by its kind ("Which country drinks the most tea per person after
// Turkey?") and fact f, with the sentence it leans on, names no place nor
// other name the question does not: "In Turkey, which drinks more tea
// per person than any other country" names only the one asked past.
func (b *Base) placeNameUnsaid(q *question, f int32) bool {
	if q.typ != AskPlace || !slices.ContainsFunc(q.words, func(w qword) bool { return placeKinds[w.text] }) {
		return false
	}
	return !b.anyItem(f, func(_ *Fact, it *item) bool {
		return (it.kind == itemPlace || it.kind == itemName || it.kind == itemOrg) && !b.namedIn(q, it)
	})
}

// placeKinds are the kinds of place whose members are named.
var placeKinds = makeSet(`country countries nation nations city cities town towns`)

// officeUnheld reports whether a question asks who holds an office of
// or to a name ("Who is Ghana's high commissioner in Abuja?", "Who was
// the President of Portugal at the 2025 summit?"), or asks a holder by
// the office ("Which pope settled the dispute?"), and fact f, with the
// sentence it leans on, names no person the question does not: "Ghana
// has a high commission in Abuja" tells where the office is, and the
// Commonwealth, which "who" alone may be answered by, holds no office.
func (b *Base) officeUnheld(q *question, f int32) bool {
	// "Which pope settled the dispute?": a holder asked by the office.
	byFocus := q.focusAt >= 0 && titleWords[q.focus] && !titleAdjectives[q.focus] && q.defAt < 0
	if !byFocus && (q.typ != AskPerson || q.roleAt < 0 || q.defWho || !titleWords[q.words[q.roleAt].text]) {
		return false
	}
	return !b.anyItem(f, func(_ *Fact, it *item) bool {
		if b.namedIn(q, it) {
			return false
		}
		if it.person || it.kind == itemPerson {
			return true
		}
		// A name of no known kind may be a person's unless each of its
		// words is one WordNet has: "the Commonwealth", "Tanzania" are no
		// one's names, "Makarios III" and "Arthur Rostron" may be.
		return it.kind == itemName && slices.ContainsFunc(it.terms, func(t int32) bool { return !wordnetWord(b.stems[t]) })
	})
}

// titleAdjectives are the title words that are as often an adjective or
// a word before another title: "the general term", "the vice president".
var titleAdjectives = makeSet(`general vice deputy prime st dr mr mrs ms sir lord lady`)

// participleOfOther reports whether a question asks who did a deed to a
// name ("Who directed Help!?") and fact f writes the deed only as a
// participle after a comma, with its doer after "by", of another name
// right before the comma: "A Hard Day's Night, directed by Richard
// Lester, opened in July 1964, and Help! followed in 1965" tells who
// directed the first film.
func (b *Base) participleOfOther(q *question, f int32) bool {
	if q.whoVerb < 0 || q.whoVerb+1 >= len(q.words) {
		return false
	}
	fact, own := b.facts[f], b.own[f]
	lex := fact.article.lex
	verb := &q.words[q.whoVerb]
	other := false
	for k := 1; k+1 < len(own) && k+1 < len(fact.toks) && k < maxNameScan; k++ {
		if own[k] < 0 || !verb.matches(own[k]) {
			continue
		}
		j := k - 1
		if strings.TrimSpace(fact.Text[fact.toks[j].end:fact.toks[k].start]) != "," || lex.wordOf(fact.toks[k+1]) != "by" ||
			!fact.toks[j].cap || own[j] < 0 || anyMatches(q.words[q.whoVerb+1:], own[j]) {
			return false
		}
		other = true
	}
	return other
}

// relativeOnly reports whether a question asks of a name, not of a
// relative of it, and fact f writes that name only as a relative's
// owner: "King Malcolm III of Scotland married Edgar's sister Margaret"
// tells whom Margaret married, not Edgar; "Beethoven's grandfather was
// born in Mechelen" is no birthplace of Beethoven's. A spouse may be
// written so of the deed asked ("Einstein's wife Mileva, whom he
// married"), and is no other's here.
func (b *Base) relativeOnly(q *question, f int32) bool {
	if q.ofName == 0 {
		q.ofName = 1
		for i := range q.words {
			if kinWordSet[q.words[i].text] {
				q.ofName = 1
				break
			}
			if q.words[i].name && !q.words[i].title {
				q.ofName = 2
			}
		}
	}
	if q.ofName == 1 {
		return false // read once a question, not for each candidate
	}
	fact, own := b.facts[f], b.own[f]
	if !strings.Contains(fact.Text, "'s ") && !strings.Contains(fact.Text, "’s ") && !strings.Contains(fact.Text, ", whose ") {
		return false // no owner at all: most facts stop here
	}
	lex := fact.article.lex
	relative := false
	for k := 0; k < len(own) && k < len(fact.toks) && k < maxNameScan; k++ {
		if own[k] < 0 || !fact.toks[k].cap {
			continue
		}
		// The name asked of is the question's first ("Who did King David
		// I of Scotland marry?": not Scotland, which the fact may name
		// again).
		named, group := false, -1
		for i := range q.words {
			qw := &q.words[i]
			if !qw.name || qw.title {
				continue
			}
			if group < 0 {
				group = qw.group
			}
			// The name itself, not a word of its family: "the Davidian
			// Revolution" is not King David.
			if qw.group == group && qw.is(own[k]) {
				named = true
				break
			}
		}
		if !named {
			continue
		}
		// The name's last word: "Edgar Atheling's sister", "King David I
		// of Scotland, whose elder brother".
		e := k
		for e+1 < len(fact.toks) {
			if fact.toks[e+1].cap && fact.Text[fact.toks[e].end:fact.toks[e+1].start] == " " {
				e++
			} else if e+2 < len(fact.toks) && fact.toks[e+2].cap && !fact.toks[e+1].cap && lex.wordOf(fact.toks[e+1]) == "of" {
				e += 2
			} else {
				break
			}
		}
		n := e + 1
		if n < len(fact.toks) && possessiveAt(fact.Text[fact.toks[e].end:fact.toks[n].start]) && bloodKin[lex.wordOf(fact.toks[n])] {
			relative = true
			k = e
			continue
		}
		// "King David I of Scotland, whose elder brother Alexander I had
		// married Sybilla": the brother's deed.
		if n+1 < len(fact.toks) && fact.Text[fact.toks[e].end:fact.toks[n].start] == ", " && lex.wordOf(fact.toks[n]) == "whose" {
			m := n + 1
			if m+1 < len(fact.toks) && kinAge[lex.wordOf(fact.toks[m])] {
				m++
			}
			if bloodKin[lex.wordOf(fact.toks[m])] {
				relative = true
				k = e
				continue
			}
		}
		return false
	}
	return relative
}

// kinAge are the words that tell a relative's age before the kin word:
// "whose elder brother".
var kinAge = makeSet(`elder eldest older oldest younger youngest twin half`)

// bloodKin are the kin words of relatives other than a spouse.
var bloodKin = makeSet(`father mother dad mom mum parents parent son sons daughter daughters brother brothers sister sisters uncle aunt nephew niece grandfather grandmother grandson granddaughter cousin cousins siblings stepfather stepmother`)

// nameOrderUnsaid reports whether two words a question writes side by
// side in a name ("Rob Curran", "Irvine Center Tech") are never side by
// side in fact f, which pairs one of them with another of the question's
// name words instead: "professional surfers Rob Machado, Tim Curran"
// names two others, and "the Irvine Tech Center" another thing. A name
// written in other words ("President Meta" of "President Ilir Meta",
// "the Tirana Holocaust memorial" of "a Holocaust memorial in … Tirana")
// is not paired otherwise.
func (b *Base) nameOrderUnsaid(q *question, f int32) bool {
	if q.namePairs == 0 {
		q.namePairs = 1
		for i := 0; i+1 < len(q.words); i++ {
			if a, c := &q.words[i], &q.words[i+1]; a.name && c.name && !a.title && !c.title && c.pos == a.pos+1 {
				q.namePairs = 2
				break
			}
		}
	}
	if q.namePairs == 1 {
		return false // read once a question, not for each candidate
	}
	fact, own := b.facts[f], b.own[f]
	// joined reports whether tokens k and k+1 stand side by side in one
	// name: both capitalised, with a space or a hyphen alone between.
	joined := func(k int) bool {
		n := k + 1
		if n >= len(own) || n >= len(fact.toks) || own[k] < 0 || own[n] < 0 || !fact.toks[k].cap || !fact.toks[n].cap {
			return false
		}
		gap := fact.Text[fact.toks[k].end:fact.toks[n].start]
		return gap == " " || gap == "-"
	}
	for i := 0; i+1 < len(q.words); i++ {
		a, c := &q.words[i], &q.words[i+1]
		if !a.name || !c.name || a.title || c.title || c.pos != a.pos+1 {
			continue
		}
		other := false
		for k := 0; k+1 < len(own) && k+1 < len(fact.toks) && k < maxNameScan; k++ {
			if !joined(k) {
				continue
			}
			x, y := own[k], own[k+1]
			switch {
			case a.matches(x) && c.matches(y):
				other = false
				k = len(own) // the pair is written as asked
			case a.matches(x) && anyMatches(q.words, y) && !c.matches(y), c.matches(y) && anyMatches(q.words, x) && !a.matches(x):
				other = true
			}
		}
		if other {
			return true
		}
	}
	return false
}

// whoUnsaid reports whether a question asks who (not "who is X", a
// definition) and fact f, with the sentence it leans on, names no one
// the question does not: no person, place, body or other name that
// "who" may be answered by, and no word capitalised mid-sentence (a
// people: "The Albanians refused"; not a month or a day of the week:
// "Apollo 12 made the second landing in November 1969" says nothing of
// who commanded it) nor, at the sentence's start, a proper adjective or
// place WordNet knows ("Venetian merchants brought coffee to Europe").
// "Who commanded the French army at the Battle of Valmy?" is not
// answered by "the French army turned back the Prussians at the Battle
// of Valmy"… unless the Prussians, a name the question lacks, might be
// the one. An answer that is no name at all ("for the best climber") is
// lost: of the fitted sets' "who" questions, one.
func (b *Base) whoUnsaid(q *question, f int32) bool {
	if q.typ != AskPerson || q.defWho {
		return false
	}
	return !b.namesOther(q, f)
}

// leaderUnsaid reports whether a question asks who leads something
// ("Who leads the IDF Home Front Command?", "who ran the tracking
// station") and fact f, with the sentence it leans on, says no one
// leads: no form of the verb in lower case (a capitalised one is part of
// a name: the "Command" of "Home Front Command"), no noun of one who
// leads ("led by", "the commander", "its head"), and no "under" before
// a name ("under President Park"). Stricter than the leader event
// (leaderAsked), which any word of rank says: "a Latin Empire ruled"
// tells nothing of who led the Fourth Crusade.
func (b *Base) leaderUnsaid(q *question, f int32) bool {
	if q.leads == "" {
		return false
	}
	nouns := leaderNouns[q.leads]
	fact := b.facts[f]
	for _, g := range [2]*Fact{fact, fact.prev} {
		if g == nil {
			continue
		}
		lex, own := g.article.lex, b.own[g.gid]
		for k := 0; k < len(g.toks) && k < len(own); k++ {
			w := lex.wordOf(g.toks[k])
			if w == "under" && (k+1 < len(g.toks) && g.toks[k+1].cap || k+2 < len(g.toks) && lex.wordOf(g.toks[k+1]) == "the" && g.toks[k+2].cap) {
				return false // "under President Park", "under the Marquis de Lafayette"
			}
			// "Vittorio De Sica's film": the maker's work.
			if q.leads == "direct" && g.toks[k].cap && (strings.HasPrefix(g.Text[g.toks[k].end:], "'s ") || strings.HasPrefix(g.Text[g.toks[k].end:], "’s ")) {
				return false
			}
			if own[k] < 0 {
				continue
			}
			st := b.stems[own[k]]
			if st == q.leads && (k == 0 || !g.toks[k].cap) || slices.Contains(nouns, st) {
				return false
			}
		}
	}
	return true
}

// leaderNouns are the verbs of leading, by stem, and the stems of the
// nouns that name one who does it.
var leaderNouns = map[string][]string{
	"lead":    {"leader", "head", "chief"},
	"run":     {"head", "director", "manag", "chief", "oper", "leader", "work"},
	"head":    {"head", "leader", "chief", "director", "chair", "chairman", "chairwoman"},
	"command": {"leader", "captain", "chief", "general", "admir"},
	"rule":    {"ruler", "king", "queen", "emperor", "empress", "duke", "sultan", "princ", "monarch", "governor", "reign"},
	"govern":  {"governor", "govern", "ruler", "premier", "minist", "presid"},
	"chair":   {"chair", "chairman", "chairwoman", "presid"},
	"direct":  {"director"},
	"manag":   {"manag", "director", "head"},
	"coach":   {"coach", "manag"},
	"captain": {"captain", "skipper"},
}

// exactPlaceUnsaid reports whether a question asks where exactly a
// thing is ("where exactly is the peres monument in tirana") and fact f,
// with the sentence it leans on, names no place but the question's own:
// "a monument … was erected in Tirana" tells no more than the asker
// knows, while "on the Champ de Mars" answers "where exactly is the
// eiffel tower".
func (b *Base) exactPlaceUnsaid(q *question, f int32) bool {
	return q.exactPlace && !b.otherPlaceSaid(q, f, false)
}

// agentUnsaid reports whether a question asks who did a deed ("who found
// the endurance wreck") and fact f writes the deed only in the passive,
// with no "by" or "under" in the dozen words after it: "The wreck of
// Endurance was found in March 2022" says when, not by whom.
func (b *Base) agentUnsaid(q *question, f int32) bool {
	if q.whoVerb < 0 {
		return false
	}
	fact, own := b.facts[f], b.own[f]
	lex := fact.article.lex
	verb := &q.words[q.whoVerb]
	passive := false
	for k := 0; k < len(own) && k < len(fact.toks) && k < maxNameScan; k++ {
		if own[k] < 0 || !verb.matches(own[k]) {
			continue
		}
		// "celebrating the translation of the Talmud into Italian": the
		// deed as a noun, of the thing the question asks it of, says no
		// more of its doer than a passive does; not "with the mediation
		// of US President Herbert Hoover" (of the doer), nor "; the
		// discovery of this ozone hole" (a clause's subject, its doer in
		// the clause before).
		nominal := k > 1 && k+1 < len(fact.toks) && lex.wordOf(fact.toks[k-1]) == "the" && lex.wordOf(fact.toks[k+1]) == "of" &&
			strings.TrimSpace(fact.Text[fact.toks[k-2].end:fact.toks[k-1].start]) == "" && b.ofObject(q, f, k+2)
		// "the Bay Psalm Book, printed in Cambridge": a participle after
		// a comma and before a preposition is of the passive too, when
		// it follows the thing asked of ("Toyota Kirloskar Motor,
		// founded in 1997" is another company's founding).
		// So is one right after a common noun the question asks of
		// ("the first book printed in British North America").
		reduced := k > 0 && k+1 < len(fact.toks) && own[k-1] >= 0 && anyMatches(q.words, own[k-1]) &&
			(strings.Contains(fact.Text[fact.toks[k-1].end:fact.toks[k].start], ",") || !fact.toks[k-1].cap && adjacent(fact.Text, fact.toks[k-1], fact.toks[k])) &&
			participlePreps[lex.wordOf(fact.toks[k+1])]
		dw := lex.wordOf(fact.toks[k])
		if k == 0 && strings.HasSuffix(dw, "ing") {
			continue // "Printing reached the Americas …": the deed as a noun, its subject
		}
		// "The reactor was of the Soviet RBMK design": the deed as a noun
		// right after the thing it is done to, which an active verb
		// would follow; a noun, not written as the question's verb nor
		// in "-ed" ("Einstein helped" is done by Einstein).
		compound := k > 0 && own[k-1] >= 0 && dw != verb.text && !strings.HasSuffix(dw, "ed") &&
			anyMatches(q.words[q.whoVerb+1:], own[k-1]) && adjacent(fact.Text, fact.toks[k-1], fact.toks[k])
		if k == 0 || !beWords[lex.wordOf(fact.toks[k-1])] && !nominal && !reduced && !compound {
			return false // done by someone the sentence names
		}
		for j := k + 1; j < len(fact.toks) && j <= k+12; j++ {
			if w := lex.wordOf(fact.toks[j]); w == "by" || w == "under" {
				return false // "was signed … by the prime ministers", "… under President Park"
			}
		}
		passive = true
	}
	return passive
}

// ofObject reports whether one of the three words of fact f from its
// k-th is a word the question writes after its verb: the thing a deed is
// done to.
func (b *Base) ofObject(q *question, f int32, k int) bool {
	own := b.own[f]
	for n := k; n < len(own) && n < k+3; n++ {
		if own[n] >= 0 && anyMatches(q.words[q.whoVerb+1:], own[n]) {
			return true
		}
	}
	return false
}

// participlePreps follow a participle of the passive written after a
// comma ("…, printed in Cambridge in 1640", "…, found in 1998 off
// Sulawesi"), where an active verb would take its object.
var participlePreps = makeSet(`in at on near off during from for around after before within`)

// beWords are the forms of "be" that make a passive.
var beWords = makeSet(`is are was were be been being`)

// madeOfOther reports whether a question asks what something is made of
// ("What is Jupiter made of?") and fact f, with the sentence it leans
// on, holds none of its words but "made": "The monument is made of a
// Star of David-shaped stone" tells nothing of what hummus, or Albania,
// is made of. A title word counts here, as the thing asked may be the
// article's subject.
func (b *Base) madeOfOther(q *question, f int32) bool {
	if q.madeAt < 0 {
		return false
	}
	own, ante := b.ownSet[f], b.anteSet(f)
	for i := range q.words {
		if qw := &q.words[i]; i != int(q.madeAt) && !qw.light && qw.known && heldIn(own, ante, qw) {
			return false
		}
	}
	return true
}

// stillUnsaid reports whether a question asks whether something is
// still so ("is the bastille still standing", "does the UK still give
// every school kid the BCG jab") and fact f, with the sentence it leans
// on, tells nothing of this day: no "still", "today", "now", "remains",
// "no longer" and the like. That the Bastille was stormed in 1789 says
// nothing of whether it stands.
func (b *Base) stillUnsaid(q *question, f int32) bool {
	return q.stillAsked && !b.writesUnquoted(f, todayWords)
}

// nowUnsaid reports whether a question ends on "now" or "today" ("What
// does Ilir Meta do now?", "Who owns Höfði today?") and fact f, with the
// sentence before it, tells nothing of today: no word of todayWords and
// no verb in the present ("the Cutty Sark … is preserved at
// Greenwich").
func (b *Base) nowUnsaid(q *question, f int32) bool {
	return q.nowAsked && !b.writesUnquoted(f, nowWords)
}

// otherOrdinal reports whether a question asks the second, third … of
// something ("Which was the second Muslim-majority country to adopt the
// IHRA definition?") and fact f, with the sentence before it, writes
// another such ordinal and not the one asked: "Albania became the first
// Muslim-majority country to adopt it" names the first.
func (b *Base) otherOrdinal(q *question, f int32) bool {
	asked := q.ordinal
	if asked == "" {
		return false
	}
	n := ordinalNumber(asked) // "9th" is "ninth"
	other := false
	fact := b.facts[f]
	for _, g := range [2]*Fact{fact, fact.prev} {
		if g == nil {
			continue
		}
		for _, t := range g.toks {
			switch w := g.article.lex.wordOf(t); {
			case w == asked || (ordinalWords[w] || isOrdinal(w)) && ordinalNumber(w) == n || t.cap && w == romanOf(n):
				return false // "the third" of "Charles III" too
			case ordinalWords[w] || isOrdinal(w):
				other = true
			}
		}
	}
	return other
}

// ordinalWords are the ordinals a question asks by and a fact tells by.
var ordinalWords = makeSet(strings.Join(ordinalList[:10], " "))

// existsUnsaid reports whether a question asks whether a thing exists
// ("is there a documentary about albanians saving jews in ww2") and fact
// f, with the sentence it leans on, lacks a word, in any form or
// synonym, of the thing: the words in a row from the first after "is
// there a", title words and vague ones aside, up to a word of where
// ("inside", "anywhere"). That Albanians hid Jews says nothing of a
// documentary, nor "a time trial in Nice" of team time trials.
func (b *Base) existsUnsaid(q *question, f int32) bool {
	if q.existsAt < 0 {
		return false
	}
	own, ante := b.ownSet[f], b.anteSet(f)
	prev := -1
	for i := range q.words {
		qw := &q.words[i]
		if qw.pos < q.existsAt {
			continue
		}
		if prev >= 0 && qw.pos != prev+1 {
			break // the thing's words are in a row
		}
		prev = qw.pos
		if placeAdverbs[qw.text] {
			break // "is there a restaurant inside": where, not what
		}
		if !qw.title && !qw.light && !heldIn(own, ante, qw) {
			return true
		}
	}
	// "is there an israeli military base in albania": where it is asked
	// to be is said too, title words and all ("At Ramla military base"
	// is no base in Albania); but not the article's subject, which every
	// fact is about ("is there any luck in chess").
	if q.existsIn > 0 {
		prev = -1
		place, missing := "", false
		for i := range q.words {
			qw := &q.words[i]
			if qw.pos < q.existsIn {
				continue
			}
			if prev >= 0 && qw.pos != prev+1 {
				break
			}
			prev = qw.pos
			place += " " + qw.text
			if !qw.light && !heldIn(own, ante, qw) {
				missing = true
			}
		}
		return missing && strings.TrimSpace(place) != Fold(b.facts[f].article.Title)
	}
	return false
}

// placeAdverbs say where a thing is asked to be, after the thing.
var placeAdverbs = makeSet(`inside outside nearby near around here there anywhere somewhere`)

// todayList are the words that tell how things stand now, or that they
// no longer do (todayWords); presentList the verbs in the present that
// tell how a thing stands. nowWords holds both, so that nowUnsaid reads
// a fact once.
const (
	todayList = `still today now remains remain remained currently present nowadays survives surviving survive stands
standing exists exist continues continue longer anymore since ongoing`
	presentList = `is are has have lives live holds hold owns own runs run leads lead serves serve works work`
)

var todayWords, nowWords = makeSet(todayList), makeSet(todayList + " " + presentList)

// habitUnsaid reports whether a question asks what is usually so ("What
// does the IDF Home Front Command normally do?") and fact f, with the
// sentence before it, tells neither a habit nor how things stand: no
// verb in the present (of a few, or the question's own: "koalas eat") and
// no word of a habit, outside quotations. That it "sent … troops" once
// says nothing of what it does as a rule.
func (b *Base) habitUnsaid(q *question, f int32) bool {
	if !q.habitAsked || b.writesUnquoted(f, habitWords) {
		return false
	}
	if v := q.habitVerb; v != "" {
		fact := b.facts[f]
		for _, g := range [2]*Fact{fact, fact.prev} {
			if g == nil {
				continue
			}
			for _, t := range g.toks {
				if w := g.article.lex.wordOf(t); strings.HasPrefix(w, v) && (len(w) == len(v) || w[len(v):] == "s" || w[len(v):] == "es") {
					return false
				}
			}
		}
	}
	return true
}

// periodUnsaid reports whether a question asks of a time after (or
// since) or before a year ("did edi rama visit israel again after
// 2015", "how tall was mount st helens before 1980") and fact f, with the
// sentence before it, writes no year in that time: "In 2015 … Edi Rama
// met in Israel" tells nothing after 2015. The year itself counts with a
// word of the same direction anywhere in the fact ("After his return in
// 1836").
func (b *Base) periodUnsaid(q *question, f int32) bool {
	if q.periodDir == 0 {
		return false
	}
	fact := b.facts[f]
	for _, g := range [2]*Fact{fact, fact.prev} {
		if g == nil {
			continue
		}
		lex := g.article.lex
		same := false
		for _, t := range g.toks {
			w := lex.wordOf(t)
			if q.periodDir > 0 && afterWords[w] || q.periodDir < 0 && beforeWords[w] {
				same = true
			}
		}
		for _, t := range g.toks {
			y := yearOf(lex.wordOf(t))
			if y == 0 {
				continue
			}
			if y == q.periodYear && same || (y-q.periodYear)*int(q.periodDir) > 0 {
				return false
			}
		}
	}
	return true
}

// centuryUnsaid reports whether a question names a century ("Who
// invaded Scotland in the 10th century?", "in the 1100s") and fact f,
// with the sentence before it, dates things only in others: "William
// invaded Scotland in 1072" is of the 11th. A fact with no date at all is
// left to the rules of kind.
func (b *Base) centuryUnsaid(q *question, f int32) bool {
	from := q.centuryFrom
	if from < 0 {
		return false
	}
	in := func(y int) bool { return y >= from && y <= from+100 } // 1000 closes the 10th century
	fact := b.facts[f]
	dated := false
	for _, g := range [2]*Fact{fact, fact.prev} {
		if g == nil {
			continue
		}
		// The years of its dates: each date item read once, so that a
		// sentence of many dates costs no more than its length.
		for i := range b.items[g.gid] {
			it := &b.items[g.gid][i]
			if it.kind != itemDate {
				continue
			}
			text := g.Text[it.start:it.end]
			bc := strings.Contains(text, "BC") // another count of years altogether
			for j := 0; j < len(text); {
				k := j
				for k < len(text) && isDigitByte(text[k]) {
					k++
				}
				if n := k - j; n == 3 || n == 4 {
					dated = true
					if !bc && in(atoi(text[j:k])) {
						return false
					}
				}
				j = k + 1
			}
		}
		// Centuries written out: "in the 11th century", "in the 10th
		// and 11th centuries" (the first too).
		toks, lex := g.toks, g.article.lex
		for k := 1; k < len(toks); k++ {
			if w := lex.wordOf(toks[k]); w != "century" && w != "centuries" {
				continue
			}
			n := ordinalNumber(lex.wordOf(toks[k-1]))
			if n == 0 {
				continue
			}
			dated = true
			if k+1 < len(toks) && (lex.wordOf(toks[k+1]) == "bc" || lex.wordOf(toks[k+1]) == "bce") {
				continue
			}
			if 100*(n-1) == from {
				return false
			}
			if k > 2 {
				if c := lex.wordOf(toks[k-2]); c == "and" || c == "to" || c == "or" {
					if m := ordinalNumber(lex.wordOf(toks[k-3])); m > 0 && 100*(m-1) == from {
						return false
					}
				}
			}
		}
	}
	return dated
}

// ordinalNumber returns the number an ordinal writes ("10th", "tenth",
// "first"), or 0.
func ordinalNumber(w string) int {
	if isOrdinal(w) {
		return atoi(w[:len(w)-2])
	}
	if i := slices.Index(ordinalList, w); i >= 0 {
		return i + 1
	}
	return 0
}

// ordinalList writes the ordinals of centuries in words, in order.
var ordinalList = strings.Fields(`first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth`)

// afterWords and beforeWords put a time after or before a year.
var (
	afterWords  = makeSet(`after since from following later onwards thereafter`)
	beforeWords = makeSet(`before until till prior earlier`)
)

// yearOf returns the year a word writes (isYear; a decade's "1990s"
// too), or 0.
func yearOf(w string) int {
	if w = strings.TrimSuffix(w, "s"); !isYear(w) {
		return 0
	}
	return atoi(w)
}

// restatedWhy reports whether a question asks why ("Why was Pete Best
// sacked in 1962?") and fact f only says again what it asks: every word
// of the question that is no vague word or title word stands in the
// fact's own words, and its own sentence tells no reason, neither a word
// of one (reasonWords) nor a purpose ("to" before a word in lower case
// that is no article, not after a verb of will: "to escape a marriage",
// not "refused to defend"), a means ("by pipes") or a doer of the deed
// asked in a relative clause ("oils … that raise LDL cholesterol"), or a
// state joined to the deed ("was left-handed and wrote …"). "In
// August 1962 Pete Best was sacked, and Ringo Starr … took his place"
// says that he was, not why.
func (b *Base) restatedWhy(q *question, f int32) bool {
	if q.typ != AskReason {
		return false
	}
	own := b.ownSet[f]
	asked := false
	for i := range q.words {
		qw := &q.words[i]
		if qw.light || qw.title {
			continue
		}
		if matchIn(own, qw) == 0 {
			return false
		}
		asked = true
	}
	if !asked {
		return false
	}
	fact, terms := b.facts[f], b.own[f]
	lex := fact.article.lex
	deed := firstDeedWord(q, terms)
	for k, t := range fact.toks {
		w := lex.wordOf(t)
		if reasonWords[w] && !timeNotReason(lex, fact.toks, k) {
			if causeBefore[w] && k < deed && deed < len(terms) && deed < len(fact.toks) &&
				!clauseBreak(fact.Text[t.end:fact.toks[deed].start]) {
				// "… had strained ties with Israel, due to his banning of
				// all religions": the deed, in the cause's clause, is the
				// cause of something else, not explained. "After
				// earthquakes … damaged the see, the bishop … moved"
				// tells why he moved.
				continue
			}
			return false
		}
		if k+1 >= len(fact.toks) {
			break
		}
		next := lex.wordOf(fact.toks[k+1])
		lower := !fact.toks[k+1].cap && !determiners[next] && !isNumber(next)
		switch {
		case w == "to" && lower && (k == 0 || !willVerbs[lex.wordOf(fact.toks[k-1])]):
			return false // a purpose
		case w == "by" && lower:
			return false // a means: "kept free of snow … by pipes of waste hot water"
		case (w == "that" || w == "which") && k+1 < len(terms) && terms[k+1] >= 0 && anyMatches(q.words, terms[k+1]):
			// "oils … that raise LDL cholesterol": what does the deed
			// asked, which the question does not name.
			return false
		case w == "and" && k+1 < len(terms) && terms[k+1] >= 0 && anyMatches(q.words, terms[k+1]) &&
			slices.ContainsFunc(fact.toks[max(0, k-3):k], func(t atok) bool { return beWords[lex.wordOf(t)] }):
			// "Leonardo was left-handed and wrote most of his notes
			// backwards": a state joined to the deed tells why.
			return false
		}
	}
	return true
}

// timeNotReason reports whether the word at k of a fact's tokens, a
// word of reasonWords, opens a time rather than a reason: a number or a
// month or day's name after it ("pegged … since 1993", "after 1990", "for
// 30 years", "since April 19, 1949", "after Sunday").
func timeNotReason(lex *lexicon, toks []atok, k int) bool {
	switch lex.wordOf(toks[k]) {
	case "since", "after", "following", "for":
		if k+1 >= len(toks) {
			return false
		}
		next := lex.wordOf(toks[k+1])
		return isNumber(next) || toks[k+1].cap && monthOrDay(next)
	}
	return false
}

// reasonWords say why, or what came of what.
var reasonWords = makeSet(`because cause caused causes causing due owing reason reasons since so therefore thus hence why result led lead leads prompted prompting forced forcing drove drive after amid following order protest pretext fear fearing feared hoping hoped wanting wanted meant intended for when while response responded answered retaliation reaction`)

// firstDeedWord returns where in a fact's words (terms) the deed a
// question asks first stands: a word of it that is no name, title word
// nor vague word (not its doer's name); len(terms) when none does.
func firstDeedWord(q *question, terms []int32) int {
	for k, t := range terms {
		if t >= 0 && slices.ContainsFunc(q.words, func(qw qword) bool { return !qw.light && !qw.title && !qw.name && qw.matches(t) }) {
			return k
		}
	}
	return len(terms)
}

// causeDated reports whether a question asks when a deed was done ("what
// year did hoxha ban religion") and fact f tells the deed only as the
// cause of something else, in the clause of "because", "due" or
// "owing" ("for" and "after" tell a purpose or a time as often), with
// every date of the fact before that word: "During
// the Cold War (1947–1991), … Enver Hoxha had strained ties with Israel,
// due to his relationships with Arab states and his banning of all
// religions" dates the strained ties.
func (b *Base) causeDated(q *question, f int32) bool {
	if q.typ != AskDate {
		return false
	}
	fact, terms := b.facts[f], b.own[f]
	deed := firstDeedWord(q, terms)
	if deed >= len(terms) || deed >= len(fact.toks) {
		return false
	}
	lex := fact.article.lex
	marker := -1
	for k := deed - 1; k >= 0; k-- {
		if clauseBreak(fact.Text[fact.toks[k].end:fact.toks[k+1].start]) {
			return false
		}
		if w := lex.wordOf(fact.toks[k]); w == "because" || w == "due" || w == "owing" {
			marker = k
			break
		}
	}
	if marker < 0 {
		return false
	}
	dated := false
	for _, it := range b.items[f] {
		if it.kind == itemDate {
			if int(it.tok0) > marker {
				return false
			}
			dated = true
		}
	}
	return dated
}

// causeBefore are the reasonWords that open the cause itself: what
// follows them is why something else happened.
var causeBefore = makeSet(`because due owing since after amid following for`)

// determiners open a noun phrase: "to the war effort" is no purpose.
var determiners = makeSet(`the a an his her its their our my your this that these those some any`)

// willVerbs take an infinitive that says what was willed, not why:
// "refused to defend", "chose not to join" (after "not"), "began to".
var willVerbs = makeSet(`refused refuse refuses tried try tries wanted want wants decided decide chose choose agreed agree began begin begins continued continue failed fail hoped hope planned plan offered offer asked ask not able unable used going had has have`)

// otherCount reports whether a question counts a thing ("What consists
// of one Metropolitan Statistical Area?") and every count written right
// before that thing's word in fact f is another: "one Combined
// Statistical Area, eight Metropolitan Statistical Areas" has eight of
// them, not one. A fact that counts the word nowhere is let be.
func (b *Base) otherCount(q *question, f int32) bool {
	if q.countedAt == 0 {
		return false
	}
	w := &q.words[q.countedAt-1]
	fact, own := b.facts[f], b.own[f]
	lex := fact.article.lex
	other := false
	for k := 1; k < len(own) && k < len(fact.toks); k++ {
		if own[k] < 0 || !w.matches(own[k]) {
			continue
		}
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if n := smallCount(lex.wordOf(fact.toks[j])); n > 0 {
				if n == q.countedN {
					return false
				}
				other = true
				break
			}
		}
	}
	return other
}

// smallCount returns the count a word writes, in digits or as a word
// from one to twelve, or 0.
// It is read for every word of a question: a switch, not a search of a
// list.
func smallCount(w string) int {
	if len(w) == 0 {
		return 0
	}
	if isDigitByte(w[0]) {
		if len(w) > 6 {
			return 0
		}
		for i := 1; i < len(w); i++ {
			if !isDigitByte(w[i]) {
				return 0 // "1,500", "3rd": no count of one to six digits
			}
		}
		return atoi(w)
	}
	switch w {
	case "one":
		return 1
	case "two":
		return 2
	case "three":
		return 3
	case "four":
		return 4
	case "five":
		return 5
	case "six":
		return 6
	case "seven":
		return 7
	case "eight":
		return 8
	case "nine":
		return 9
	case "ten":
		return 10
	case "eleven":
		return 11
	case "twelve":
		return 12
	}
	return 0
}

// habitWords tell a habit or a present state.
var habitWords = makeSet(todayList + " " + presentList + ` usually normally typically ordinarily generally customarily often commonly regularly always every each annually yearly tends tend`)

// wordsUnsaid reports whether a question asks what someone said or a
// text says ("What did the joint declaration of friendship say?") and
// fact f, with the sentence it leans on, gives no words: no quotation
// and no verb of saying ("said", "wrote", "declared" …), nor a
// quotation right after it. That a declaration was signed says nothing
// of what it says.
func (b *Base) wordsUnsaid(q *question, f int32) bool {
	if q.typ != AskQuote {
		return false
	}
	fact := b.facts[f]
	for _, g := range [2]*Fact{fact, fact.prev} {
		if g != nil && strings.ContainsAny(g.Text, "\"“”«»") {
			return false
		}
	}
	// The sentence before a saying tells what it is said of: "Also in
	// 2018, … co-hosted an event … . Ambassador Kadare opined: "…"".
	if n := b.nextOf[f]; n >= 0 && strings.ContainsAny(b.facts[n].Text, "\"“”«»") {
		return false
	}
	return !b.writesWord(f, sayingWords)
}

// sayingWords tell what was said or written.
var sayingWords = makeSet(`said says say saying wrote writes written stated states declared declares told tells
commented opined added announced argued claimed called urged warned promised reads read words message
quoted statement speech remarked replied answered insisted noted explained described`)

// becomeUnsaid reports whether a question asks when something became
// what it names ("when did kosovo become independent") and fact f, with
// the sentence it leans on, holds neither a word of what it became nor
// "became": "In 1999, Israel took in Kosovar Albanian refugees from the
// Kosovo War" is no date of Kosovo's independence, while "In 1990 the
// United Nations General Assembly granted it observer status" answers
// "When did the ICRC become a UN observer?".
func (b *Base) becomeUnsaid(q *question, f int32) bool {
	if q.becomeAt < 0 {
		return false
	}
	own, ante := b.ownSet[f], b.anteSet(f)
	asked := false
	for i := range q.words {
		qw := &q.words[i]
		if qw.pos <= q.becomeAt || qw.light {
			continue
		}
		asked = true
		if q.becomeOne && !qw.name {
			// "When did Israel become a country?" is not answered by
			// "… between the two countries": one of a kind, not many.
			if b.writesSingular(f, qw) {
				return false
			}
			continue
		}
		// "When did North Schleswig become Danish?" of "… returned to
		// Denmark": a proper adjective's name holds it too.
		if heldIn(own, ante, qw) || b.kinIn(qw, func(t int32) bool { return has(own, t) || has(ante, t) }) {
			return false
		}
	}
	return asked && !b.writesWord(f, becomeWords)
}

// writesSingular reports whether fact f, or the sentence it leans on,
// writes question word qw in a form that is not a plural in "s" (unless
// qw is one).
func (b *Base) writesSingular(f int32, qw *qword) bool {
	plural := strings.HasSuffix(qw.text, "s")
	return b.scanWords(f, func(g *Fact, k int, w string) bool {
		own := b.own[g.gid]
		return k < len(own) && own[k] >= 0 && qw.matches(own[k]) && (plural || !strings.HasSuffix(w, "s"))
	})
}

// becomeWords say that something became what it is.
var becomeWords = makeSet(`become became becomes becoming`)

// deathsUnsaid reports whether a question asks how many died or were
// killed ("How many Swedish volunteers were killed in the Winter War?")
// and fact f, with the sentence it leans on, tells no death: "About
// 8,000 Swedes served in the Swedish Volunteer Corps" counts those who
// served.
func (b *Base) deathsUnsaid(q *question, f int32) bool {
	return q.deathsCounted && !b.writesStem(f, func(st string) bool { return eventSaid[st]&deathEvent != 0 || tollStems[st] })
}

// tollStems are the stems of the words that count the dead without a
// death word: "casualties", "the toll", "lost their lives".
var tollStems = makeStems(`casualties casualty fatalities fatality victims toll lost lives losses suffocated asphyxiated sank crushed`)

// taskUnsaid reports whether a question asks a task done rather than a
// fact told ("write an essay on the holocaust", "can you recommend
// albanian restaurants in tel aviv"): no fact does one, though a fact on
// the Holocaust memorial holds its words.
func (b *Base) taskUnsaid(q *question, f int32) bool { return q.taskAsked }

// everUnsaid reports whether a question asks whether something was ever
// done ("did nigeria ever apologise for the 1983 expulsions", "has modi
// ever visited lumbini") and fact f, with the sentence it leans on, does
// not write that deed in any form or synonym: "On 17 January 1983 …
// Shagari ordered undocumented foreigners to leave" tells no apology.
func (b *Base) everUnsaid(q *question, f int32) bool {
	if q.everAt < 0 {
		return false
	}
	for i := range q.words {
		if qw := &q.words[i]; qw.pos == q.everAt {
			if qw.light || heldIn(b.ownSet[f], b.anteSet(f), qw) {
				return false
			}
			// "did norway ever join the EU" of "Norwegian voters
			// rejected membership": the deed said as its event is.
			bits := eventAsked[b.wordStem(qw)]
			return bits == 0 || !b.writesStem(f, func(st string) bool { return eventSaid[st]&bits != 0 })
		}
	}
	return false
}

// kindOfUnsaid reports whether a question asks whether a name is of a
// kind ("Is Edi Rama a painter?", "was mannerheim a swedish speaker")
// and fact f, with the sentence it leans on, holds no word of the kind
// in any form or synonym: "Albanian Prime Minister Edi Rama said …"
// does not say he paints.
func (b *Base) kindOfUnsaid(q *question, f int32) bool {
	if q.kindOfAt < 0 {
		return false
	}
	own, ante := b.ownSet[f], b.anteSet(f)
	named, asked := false, false
	for i := range q.words {
		qw := &q.words[i]
		if qw.pos < q.kindOfAt {
			if !qw.name && !qw.title {
				return false // "is the capital a city": no name asked of
			}
			named = true
			continue
		}
		if qw.light {
			continue
		}
		asked = true
		if heldIn(own, ante, qw) {
			return false
		}
	}
	return named && asked
}

// bestUnsaid reports whether a question asks what is best ("What is the
// best time to visit Albania?", "best beaches in albania") and fact f,
// with the sentence it leans on, calls nothing best: no "best",
// "finest", "favourite", "greatest", "top", "popular" or "recommended".
// That Herzog visited Albania in September says nothing of when to go.
func (b *Base) bestUnsaid(q *question, f int32) bool {
	return q.bestAsked && !b.writesWord(f, bestWords)
}

// bestWords call something best, or the most liked.
var bestWords = makeSet(`best finest favourite favorite greatest top popular recommended ideal most leading premier`)

// firstOfUnsaid reports whether a question asks the first of a kind
// ("Who was the first person to ski down Everest?") and fact f, with the
// sentence it leans on, calls nothing first: no "first", "earliest",
// "pioneer" or the like; or the last of a kind ("Who was the last man to
// walk on the Moon?"), and the fact calls nothing last or final.
func (b *Base) firstOfUnsaid(q *question, f int32) bool {
	return q.firstOfAsked && !b.writesWord(f, firstWords) || q.lastOfAsked && !b.writesWord(f, lastWords)
}

// lastWords call something the last of its kind.
var lastWords = makeSet(`last final finally latest`)

// firstWords call something the first of its kind.
var firstWords = makeSet(`first earliest pioneer pioneered pioneering inaugural maiden initially originally began founded founder oldest 1st`)

// translationUnsaid reports whether a question asks how to say a word in
// a language ("How do you say hello in Hebrew?") and fact f, with the
// sentence before it, gives no word: no short quotation (shortQuote), no
// "word", "means", "called" or "name". A plaque "in English, Hebrew, and
// Albanian" says nothing of hello. Or it asks how a word is pronounced,
// and the fact does not say.
func (b *Base) translationUnsaid(q *question, f int32) bool {
	return q.sayIn && !b.quotesShort(f) && !b.writesWord(f, wordGiven) || q.pronounceAsked && !b.writesWord(f, pronounceWords)
}

// pronounceWords tell how a word is said: "which was first pronounced
// "tay"". A name written is no pronunciation of it.
var pronounceWords = makeSet(`pronounce pronounced pronounces pronouncing pronunciation pronunciations rhymes`)

// aliveUnsaid reports whether a question asks whether someone is alive
// or dead ("is sali berisha still alive") and fact f, with the sentence it
// leans on, tells no death and no life: a quotation of his tells
// neither.
func (b *Base) aliveUnsaid(q *question, f int32) bool {
	return q.aliveAsked && !b.writesStem(f, func(st string) bool { return lifeStems[st] })
}

// notSoSaid reports whether a question asks what would happen if
// something were so, or when something will be, and fact f, with the
// sentence it leans on, tells no such case ("if", "would", "could",
// "unless" …) or time to come ("will", "planned", "expected", "next" …):
// a past visit does not say when the next one will be.
func (b *Base) notSoSaid(q *question, f int32) bool {
	switch {
	case q.hypothetical:
		return !b.writesWord(f, caseWords)
	case q.future:
		return !b.writesWord(f, futureWords)
	}
	return false
}

// caseWords put a case that may not be so; futureWords a time to come.
var caseWords, futureWords = makeSet(`if would could unless otherwise might whether should`),
	makeSet(`will shall planned plans plan scheduled expected due next future upcoming until intends intended proposed`)

// lifeStems are the stems of the words that tell a death, or that
// someone lives on.
var lifeStems = makeStems(`die died dies death dead killed alive survived survives surviving late buried funeral
assassinated executed murdered living`)

// epithetUnsaid reports whether a question asks a nickname, a motto or
// a slogan ("did mary hunt have a nickname") and fact f, with the
// sentence before it, gives none: no such word, no "known as", "called"
// or "dubbed", and no short quotation.
func (b *Base) epithetUnsaid(q *question, f int32) bool {
	return q.epithetAsked && !b.quotesShort(f) && !b.writesWord(f, epithetWords) && !b.writesWord(f, epithetGiven)
}

// epithetGiven are the words that give a name to someone or something.
var epithetGiven = makeSet(`known called dubbed named nicknamed styled`)

// numberedUnsaid reports whether a question names a thing by a word and
// a small number ("When did Apollo 12 launch?", "When was Python 4
// released?") that is not the article's title, and fact f, with the
// sentence before it, never writes that word with that number (in
// figures or Roman numerals: "World War II"): "12 April 1961" holds the
// number, not Apollo 12.
func (b *Base) numberedUnsaid(q *question, f int32) bool {
	if !q.numbered {
		return false
	}
	fact := b.facts[f]
	title := b.titleOf[fact.article]
	for i := 0; i+1 < len(q.words); i++ {
		digits := numberedAt(q, i)
		if digits == "" || matchIn(title, &q.words[i+1]) > 0 {
			continue
		}
		w := &q.words[i]
		if !b.writesNumbered(fact, w, digits) && (fact.prev == nil || !b.writesNumbered(fact.prev, w, digits)) {
			return true
		}
	}
	return false
}

// numberedPair reports whether a question writes a word of a name, or
// of a title, and right after it a number to three figures, which
// numberedUnsaid reads: asked once a question, not of every candidate.
func numberedPair(q *question) bool {
	for i := 0; i+1 < len(q.words); i++ {
		if numberedAt(q, i) != "" {
			return true
		}
	}
	return false
}

// numberedAt returns the figures of the number right after q.words[i]
// when that word is of a name or a title and the number has at most
// three figures ("Apollo 12"; "Python 4", read "python four", gives
// "4"), or "".
func numberedAt(q *question, i int) string {
	w, n := &q.words[i], &q.words[i+1]
	if n.pos != w.pos+1 || w.num || !(w.name || w.title || w.cap) {
		return ""
	}
	digits := n.text
	if d := smallFigures[n.text]; d != "" {
		digits = d
	}
	if len(digits) > 3 || !allDigits(digits) {
		return ""
	}
	return digits
}

// writesNumbered reports whether fact g writes the question word w right
// before the number digits, in figures ("3", "3.0") or Roman numerals.
func (b *Base) writesNumbered(g *Fact, w *qword, digits string) bool {
	own, lex := b.own[g.gid], g.article.lex
	roman := romanOf(atoi(digits))
	for k := 0; k+1 < len(g.toks) && k+1 < len(own); k++ {
		if own[k] < 0 || !w.matches(own[k]) {
			continue
		}
		next := lex.wordOf(g.toks[k+1])
		// "Euro 92" of "Euro 1992".
		year := len(digits) == 2 && len(next) == 4 && allDigits(next) && strings.HasSuffix(next, digits)
		if next == digits || strings.HasPrefix(next, digits+".") || roman != "" && next == roman || year || next == smallNumbers[digits] {
			return true
		}
	}
	return false
}

// smallFigures are smallNumbers' figures by their words.
var smallFigures = func() map[string]string {
	m := make(map[string]string, len(smallNumbers))
	for d, w := range smallNumbers {
		m[w] = d
	}
	return m
}()

// romanNumeral reports whether w, in lower case, is a Roman numeral of a
// ruler's or a war's name: "ii", "iv", "xiv".
func romanNumeral(w string) bool {
	if w == "" || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] != 'i' && w[i] != 'v' && w[i] != 'x' {
			return false
		}
	}
	return true
}

// romanOf returns n in lower-case Roman numerals, for 1 to 39, or "".
func romanOf(n int) string {
	if n < 1 || n > 39 {
		return ""
	}
	units := [...]string{"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"}
	return strings.Repeat("x", n/10) + units[n%10]
}

// otherKin reports whether a question asks a relative of a name ("what
// did marie curie's father do") and fact f writes that relative only as
// another name's ("Pierre's father, Eugène Curie, a doctor, …"): each
// time the kin word stands right after a possessive the question's owner
// does not match. "Her father" may be anyone's and rules nothing out.
func (b *Base) otherKin(q *question, f int32) bool {
	if q.kinAt == 0 {
		return false
	}
	owner, kin := int(q.kinAt)-2, int(q.kinAt)-1
	g := b.facts[f]
	own := b.own[g.gid]
	other := false
	for k := 1; k < len(g.toks) && k < len(own); k++ {
		if own[k] < 0 || !q.words[kin].matches(own[k]) {
			continue
		}
		if k+1 < len(g.toks) && g.article.lex.wordOf(g.toks[k+1]) == "of" {
			// "Lisa Gherardini, the wife of the silk merchant Francesco
			// del Giocondo": the first name after "of", in its clause, is
			// whose.
			of := kinOf(g, own, k+1)
			if of < 0 || ownerOf(q, owner, own[of]) {
				return false
			}
			other = true
			continue
		}
		if !possessiveAt(g.Text[g.toks[k-1].end:g.toks[k].start]) || own[k-1] >= 0 && ownerOf(q, owner, own[k-1]) {
			return false
		}
		other = true
	}
	return other
}

// kinOf returns the index in fact g's tokens of the first capitalised
// word within five words after "of" at token at, before a comma, or -1.
func kinOf(g *Fact, own []int32, at int) int {
	for j := at + 1; j < len(g.toks) && j < len(own) && j <= at+5; j++ {
		if strings.ContainsAny(g.Text[g.toks[j-1].end:g.toks[j].start], ",;:") {
			break
		}
		if g.toks[j].cap && own[j] >= 0 {
			return j
		}
	}
	return -1
}

// kinUnsaid reports whether a question asks something of a relative of
// a name, not who it was ("What did Darwin's mother die of?", "what did
// beethoven's dad do", "How old was Darwin when his father died?") and
// fact f, with the sentence it leans on, names
// no such relative: neither the kin word in any form nor one of its
// family's plainer words ("parents" for a mother, "children" for a son,
// "married" for a wife). The other side of the tie is no such word:
// "mourning his baby son Charles Waring, who had died of scarlet fever"
// tells of Darwin's son, nothing of his mother. A question of who is
// left to the kin event, which any word of a family says.
func (b *Base) kinUnsaid(q *question, f int32) bool {
	at := int(q.pronKin) - 1
	if q.kinOf {
		at = int(q.kinAt) - 1
	}
	if at < 0 || q.typ == AskPerson {
		return false
	}
	kin := &q.words[at]
	if kin.text == "parent" || kin.text == "parents" {
		return false // "White Star's parent company"
	}
	if b.writes(f, kin) {
		return false
	}
	plain := kinPlain[b.wordStem(kin)]
	return !b.writesStem(f, func(st string) bool { return slices.Contains(plain, st) })
}

// kinPlain are, by the stem of a kin word, the stems of the plainer words
// of its family that name it too.
var kinPlain = map[string][]string{
	"father": {"dad", "parent"}, "dad": {"father", "parent"},
	"mother": {"mom", "mum", "parent"}, "mom": {"mother", "mum", "parent"}, "mum": {"mother", "mom", "parent"},
	"son": {"child"}, "daughter": {"child"},
	"wife": {"marri", "marriag", "spous", "husband"}, "husband": {"marri", "marriag", "spous", "wife"},
	"brother": {"sibl"}, "sister": {"sibl"}, "grandfath": {"grandpar"}, "grandmoth": {"grandpar"},
}

// ownerOf reports whether term t is a word of the name whose last word
// is q.words[at] ("Anna" of "Anna Berg's").
func ownerOf(q *question, at int, t int32) bool {
	g := q.words[at].group
	for j := at; j >= 0; j-- {
		if j != at && (g == 0 || q.words[j].group != g) {
			break
		}
		if q.words[j].matches(t) {
			return true
		}
	}
	return false
}

// kinOwned returns 1 + the index in q.words of a kin word right after a
// name or a title word ("marie curie's father"), or 0: otherKin's
// question, found once a question.
func kinOwned(q *question) int8 {
	for i := 0; i+1 < len(q.words) && i+2 < 127; i++ {
		if (q.words[i].name || q.words[i].title) && q.words[i+1].pos == q.words[i].pos+1 && kinWordSet[q.words[i+1].text] {
			return int8(i + 2)
		}
	}
	return 0
}

// kinWordSet holds kinWords.
var kinWordSet = makeSet(kinWords)

// canUnsaid reports whether a question asks what may or can be done
// ("can you hike mount st helens", "Can I drink tap water in Albania?")
// and fact f, with the sentence it leans on, says nothing of what may,
// can or must be done: no "can", "may", "allowed", "open to" or the
// like. An eruption of Mount St. Helens says nothing of hiking it.
func (b *Base) canUnsaid(q *question, f int32) bool {
	return q.canAsked && !b.writesWord(f, modalWords)
}

// modalWords tell what may, can or must be done.
var modalWords = makeSet(`can cannot could may might must allowed allow allows permitted permit permits possible
able unable forbidden banned prohibited safe unsafe dangerous open closed should recommended advised`)

// quoteDated reports whether a question asks when something was done
// other than said ("When did Albania recognize Palestine?") and fact f
// quotes someone and holds none of the question's ordinary words, only
// its names ("In 2011, Sali Berisha said: \"Peace between Israel and the
// Palestinians …\""): its date is the saying's.
func (b *Base) quoteDated(q *question, f int32) bool {
	// A short quotation is a title or a word ("Love Me Do"), not a
	// saying.
	if g := b.facts[f]; q.typ != AskDate || !g.Quote || shortQuote(g.Text) {
		return false
	}
	set := b.ownSet[f]
	ordinary := false
	for i := range q.words {
		qw := &q.words[i]
		if !qw.ordinary() {
			continue
		}
		if speechWords[qw.text] || matchIn(set, qw) > 0 {
			return false
		}
		ordinary = true
	}
	return ordinary
}

// speechWords ask of a saying.
var speechWords = makeSet(`say said says saying tell told speech speak spoke state stated declare declared quote quoted
comment commented remark remarked call called write wrote words statement describe described praise praised thank thanked`)

// neverSaid reports whether a question asks when, where or by whom
// something was done, not whether ("When did Toyota win the Formula One
// championship?"), and fact f says it never was: "never" or "not" right
// before a word the question asks ("… but never won a race", "chose not
// to join").
func (b *Base) neverSaid(q *question, f int32) bool {
	if q.typ != AskDate && q.typ != AskPlace && q.typ != AskPerson || q.negated {
		return false
	}
	g := b.facts[f]
	// One search of the text, not a look-up of each of its words: few
	// facts say "never" or "not".
	if !strings.Contains(g.Text, "never") && !strings.Contains(g.Text, "not") {
		return false
	}
	own, lex := b.own[g.gid], g.article.lex
	for k := 0; k+1 < len(g.toks) && k+1 < len(own); k++ {
		j := k + 1 // the word right after it
		switch lex.wordOf(g.toks[k]) {
		case "never":
		case "not":
			// "chose not to join the Commonwealth", "did not join";
			// not "had not met since 1614", which dates it, nor what a
			// question reports negated ("that bacteria don't grow").
			if q.clauseNegated {
				continue
			}
			if lex.wordOf(g.toks[j]) == "to" && j+1 < len(own) {
				j++
			}
			if slices.ContainsFunc(g.toks[j:min(len(g.toks), j+8)], func(t atok) bool {
				w := lex.wordOf(t)
				return w == "until" || w == "till" || w == "before" || w == "since"
			}) {
				continue
			}
		default:
			continue
		}
		// "the camera … has never been found" is not who found the
		// body: the word right after it.
		if own[j] >= 0 && slices.ContainsFunc(q.words, func(qw qword) bool { return !qw.name && !qw.title && qw.matches(own[j]) }) {
			return true
		}
	}
	return false
}

// harmOnly reports whether a question asks how many people there are,
// not how many were hurt ("how many people are in the idf"), and every
// number of fact f, with the sentence it leans on, counts harm done:
// after "killing", "injuring", "damaging" and the like ("killing 51
// people, injuring 3,000 others, and damaging 11,000 buildings").
func (b *Base) harmOnly(q *question, f int32) bool {
	if !q.peopleCounted || q.deathsCounted || slices.ContainsFunc(q.words, func(qw qword) bool { return harmWords[qw.text] || harmAsked[qw.text] }) {
		return false
	}
	return b.onlyNumbers(f, func(g *Fact, it *item) bool {
		lex, k := g.article.lex, int(it.tok0)
		return k > 0 && harmWords[lex.wordOf(g.toks[k-1])] || k > 1 && harmWords[lex.wordOf(g.toks[k-2])]
	})
}

// harmWords tell harm done to a number of people or things; harmAsked
// ask of it.
var harmWords, harmAsked = makeSet(`killing killed injuring injured wounding wounded damaging damaged destroying destroyed
drowning drowned`), makeSet(`hurt casualties victims injuries wounded injured harmed affected`)

// acronymUnsaid reports whether a question asks what an acronym stands
// for ("what does IDF stand for") and fact f writes no words that its letters open, in order ("Israel Defense
// Forces", "and", "of" and "the" passed over), nor says "stands for":
// "… the National Rescue Unit of the IDF" uses it without spelling it
// out, and SQuAD's "What does CDB stand for?" has only "(CBD)". "The
// letters do not stand for any words" says what SOS stands for.
func (b *Base) acronymUnsaid(q *question, f int32) bool {
	if q.acronym == "" {
		return false
	}
	return !spellsOut(b.facts[f], q.acronym) && !b.writesWord(f, standsWords) && !strings.Contains(b.facts[f].Text, " stand for ")
}

// spellsOut reports whether fact g writes words in a row whose first
// letters spell acronym, folded, "and", "of", "the", "for" and "de" passed over.
func spellsOut(g *Fact, acronym string) bool {
	lex := g.article.lex
	for k := range g.toks {
		i := 0
		for j := k; j < len(g.toks) && i < len(acronym); j++ {
			w := lex.wordOf(g.toks[j])
			if w == "" {
				break
			}
			if w[0] == acronym[i] {
				i++
				continue
			}
			if j > k && acronymFillers[w] {
				continue
			}
			break
		}
		if i == len(acronym) {
			return true
		}
	}
	return false
}

// acronymFillers are the short words an acronym's letters pass over.
var acronymFillers = makeSet(`and of the for de in on`)

// standsWords say what an acronym stands for.
var standsWords = makeSet(`stands abbreviation acronym`)

// shortQuote reports whether text quotes a few words, at most three
// ("called “shqip”"): a word given, not a saying.
func shortQuote(text string) bool {
	for _, marks := range [...][2]string{{"\"", "\""}, {"“", "”"}, {"‘", "’"}} {
		for rest := text; ; {
			i := strings.Index(rest, marks[0])
			if i < 0 {
				break
			}
			rest = rest[i+len(marks[0]):]
			j := strings.Index(rest, marks[1])
			if j < 0 {
				break
			}
			if n := len(strings.Fields(rest[:j])); n > 0 && n <= 3 {
				return true
			}
			rest = rest[j+len(marks[1]):]
		}
	}
	return false
}

// wordGiven are the words that give a word or a name.
var wordGiven = makeSet(`word words means meaning called name named term`)

// contactUnsaid reports whether a question asks how to reach a place or a
// body ("What is the Israeli embassy's address in Tirana?", "What is the
// phone number of the embassy?": the focus an address, a telephone, an
// e-mail or a website) and fact f, with the sentence before it, writes
// none: not the word asked, no street, no "@" and no "www" or "http". "Israel has an embassy in Tirana" says where, not its address.
func (b *Base) contactUnsaid(q *question, f int32) bool {
	focus := q.contact
	if focus == "" {
		return false
	}
	fact := b.facts[f]
	for _, g := range [2]*Fact{fact, fact.prev} {
		if g == nil {
			continue
		}
		if strings.Contains(g.Text, "@") || strings.Contains(g.Text, "www.") || strings.Contains(g.Text, "http") {
			return false
		}
		lex := g.article.lex
		for k := 0; k < len(g.toks) && k < maxNameScan; k++ {
			if w := lex.wordOf(g.toks[k]); streetWords[w] || w == focus || w == q.focus {
				return false
			}
		}
	}
	return true
}

// contactWords are the words that ask how to reach a place or a body.
var contactWords = [...]string{"address", "phone", "telephone", "email", "e-mail", "website", "postcode"}

// contactWord returns the word of contactWords that w is, or is one slip
// from ("adress"), and "" for none. A slip keeps the first letter, in a
// word of five letters at least: shorter words have too many neighbours.
func contactWord(w string) string {
	// Most foci are no such word: ruled out by length and first letter
	// before any comparison.
	if len(w) < 5 || len(w) > 10 {
		return ""
	}
	switch w[0] {
	case 'a', 'p', 't', 'e', 'w':
	default:
		return ""
	}
	for _, c := range contactWords {
		if w == c || w[0] == c[0] && distance(w, c, 1) <= 1 {
			return c
		}
	}
	return ""
}

// streetWords name the street of an address.
var streetWords = makeSet(`street road avenue boulevard lane`)

// longerName reports whether a question asks when a name was founded
// ("When was the ANC founded?") and fact f writes that name only at the
// head of a longer one ("founded the ANC Youth League"): each time the
// name's last word stands right before another capitalised word the
// question lacks, not a month.
func (b *Base) longerName(q *question, f int32) bool {
	if q.typ != AskDate || q.event != eventFounding+1 {
		return false
	}
	var last *qword
	for i := range q.words {
		if q.words[i].name && !q.words[i].title {
			last = &q.words[i]
		}
	}
	if last == nil {
		return false
	}
	fact, own := b.facts[f], b.own[f]
	lex := fact.article.lex
	seen := false
	for k := 0; k < len(own) && k < len(fact.toks) && k < maxNameScan; k++ {
		if own[k] < 0 || !last.matches(own[k]) {
			continue
		}
		seen = true
		n := k + 1
		if n >= len(fact.toks) || n >= len(own) || fact.Text[fact.toks[k].end:fact.toks[n].start] != " " || !fact.toks[n].cap ||
			own[n] < 0 || anyMatches(q.words, own[n]) || lex.bits[fact.toks[n].id]&(lxMonth|lxMonthOrDay) != 0 {
			return false
		}
	}
	return seen
}

// foundedOther reports whether a question asks when or by whom a thing
// was founded ("when was israel founded") and every founding word of
// fact f is followed, within three words past "the" or "a", by words
// the question lacks: "The two countries had established trade ties"
// founded something else. A founding with no object ("was founded in
// 1912", "established by the treaty", "founded 1924") may be the thing
// asked.
func (b *Base) foundedOther(q *question, f int32) bool {
	if q.event != eventFounding+1 {
		return false
	}
	fact, own := b.facts[f], b.own[f]
	lex := fact.article.lex
	other := false
	for k := 0; k < len(fact.toks) && k < len(own); k++ {
		if own[k] < 0 || eventSaid[b.stems[own[k]]]&(1<<eventFounding) == 0 {
			continue
		}
		// "When the Republic of Turkey was proclaimed in 1923" founded
		// the name before it, in its clause: another's founding when
		// that name is not the question's.
		if subject := b.passiveSubject(q, fact, k); subject != 0 {
			if subject < 0 {
				return false
			}
			other = true
			continue
		}
		j := k + 1
		for j < len(fact.toks) && j < len(own) && own[j] < 0 {
			if w := lex.wordOf(fact.toks[j]); w != "the" && w != "a" && w != "an" {
				return false // "founded in 1912", "established by the treaty"
			}
			j++
		}
		// Nothing after it, a comma ("founded, in 1924"), or a date
		// ("founded 1924"): no object.
		if j >= len(own) || j >= len(fact.toks) || !strings.HasPrefix(fact.Text[fact.toks[k].end:], " ") ||
			lex.bits[fact.toks[j].id]&(lxNumber|lxYear|lxMonth) != 0 {
			return false
		}
		for n := j; n < j+3 && n < len(own); n++ {
			if own[n] >= 0 && anyMatches(q.words, own[n]) {
				return false
			}
		}
		other = true
	}
	return other
}

// againUnsaid reports whether a question asks when something was first
// done ("When did Kami Rita Sherpa first reach the summit?": "first"
// right after a name or noun and before its verb) and fact f, with the
// sentence it leans on, tells a later time of it and no first: an
// ordinal after "first" ("for the 31st time", "the second landing") or
// "again", and no "first", "earliest" or beginning (firstAsked).
func (b *Base) againUnsaid(q *question, f int32) bool {
	if !q.firstAsked {
		return false
	}
	later := false
	first := b.scanWords(f, func(g *Fact, k int, w string) bool {
		switch lex := g.article.lex; {
		case w == "first" || w == "earliest" || w == "began" || w == "since":
			return true
		case w == "again":
			later = true
		case lex.bits[g.toks[k].id]&lxOrdinal != 0:
			// "the 8th century" is a date, not a time done again.
			next := ""
			if k+1 < len(g.toks) {
				next = lex.wordOf(g.toks[k+1])
			}
			if next != "century" && next != "centuries" && next != "millennium" {
				later = true
			}
		}
		return false
	})
	return later && !first
}

// scanWords calls visit with each word of fact f and of the sentence it
// leans on, in order (the first maxNameScan of each), until visit
// returns true, and reports whether it did.
func (b *Base) scanWords(f int32, visit func(g *Fact, k int, w string) bool) bool {
	fact := b.facts[f]
	for _, g := range [2]*Fact{fact, antecedent(fact)} {
		if g == nil {
			continue
		}
		lex := g.article.lex
		for k := 0; k < len(g.toks) && k < maxNameScan; k++ {
			if visit(g, k, lex.wordOf(g.toks[k])) {
				return true
			}
		}
	}
	return false
}

// otherMeasure reports whether a question asks a length by its kind
// ("How deep is the Bosphorus?") and fact f, with the sentence it leans
// on, writes lengths of other kinds only ("about 31 km long and less than
// 1 km wide"): no word of the kind asked, and some of another; or, for a
// depth, no word of depth at all; or, for a height, a depth or a width,
// only distances between places (distanceOnly).
func (b *Base) otherMeasure(q *question, f int32) bool {
	// "How long" asks a time as often as a length ("how long is a day on
	// Jupiter"): only a height, a depth or a width is read so
	// (lengthAsked).
	if q.lengthAsked == 0 {
		return false
	}
	asked := int(q.lengthAsked) - 1
	other := false
	said := b.scanWords(f, func(_ *Fact, _ int, w string) bool {
		kind, ok := lengthKind[w]
		other = other || ok && kind != asked
		return ok && kind == asked
	})
	// A depth is said by its word: a length in metres alone ("a
	// 12.6-kilometre channel") is seldom how deep a thing is.
	if (other || asked == lengthDeep) && !said {
		return true
	}
	return asked != lengthLong && b.distanceOnly(f)
}

// distanceOnly reports whether every length fact f and the sentence
// before it write is followed by a point of the compass ("about 3 km
// west of Amesbury"), and they write one at least: how far one place
// lies from another, not how high, deep or wide a thing is.
func (b *Base) distanceOnly(f int32) bool {
	seen := false
	other := b.anyItem(f, func(g *Fact, it *item) bool {
		if it.kind != itemNumber || it.dims&dimLength == 0 {
			return false
		}
		seen = true
		return !placesApart(g, it)
	})
	return seen && !other
}

// placesApart reports whether item it of fact g, a length, is followed by a
// point of the compass: how far one place lies from another.
func placesApart(g *Fact, it *item) bool {
	lex := g.article.lex
	k := int(it.tok1) + 1
	if k < len(g.toks) && unitOf[lex.wordOf(g.toks[k])]&dimLength != 0 {
		k++ // the unit, when the item ends at its number
	}
	return k < len(g.toks) && compassPoints[lex.wordOf(g.toks[k])]
}

// compassPoints are the words that say in which direction a place lies.
var compassPoints = makeSet(`north south east west northeast northwest southeast southwest north-east north-west south-east south-west`)

// lengthKind groups the words of a length by its kind: a height, a
// depth, a length (lengthLong), a width.
var lengthKind = func() map[string]int {
	m := map[string]int{}
	for i, list := range []string{
		`high higher highest height heights tall taller tallest elevation altitude`,
		`deep deeper deepest depth depths`,
		`long longer longest length lengths`,
		`wide wider widest width breadth across diameter`,
	} {
		for _, w := range strings.Fields(list) {
			m[w] = i
		}
	}
	return m
}()

// lengthDeep and lengthLong are lengthKind's kinds of "deep" and "long".
const (
	lengthDeep = 1
	lengthLong = 2
)

// locationUnsaid reports whether a question asks where a name lies
// ("Where is Kosovo?") and fact f, with the sentence it leans on, never
// places it: no preposition of place and a name right after it ("Deep
// Blue … in New York"), no place in apposition ("Tirana, Albania"), no
// "located", "lies" or "situated". "Kosovar Albanian refugees from the
// Kosovo War" names Kosovo and says nowhere it lies.
func (b *Base) locationUnsaid(q *question, f int32) bool {
	if !q.whereIs {
		return false
	}
	last := &q.words[len(q.words)-1]
	placed := b.scanWords(f, func(g *Fact, k int, w string) bool {
		if w == "located" || w == "lies" || w == "situated" {
			return true
		}
		lex, own := g.article.lex, b.own[g.gid]
		if k >= len(own) || own[k] < 0 || !last.matches(own[k]) {
			return false
		}
		for j := k + 1; j < len(g.toks) && j <= k+6; j++ {
			if locatingWords[lex.wordOf(g.toks[j])] && j+1 < len(g.toks) && (g.toks[j+1].cap || j+2 < len(g.toks) && lex.wordOf(g.toks[j+1]) == "the" && g.toks[j+2].cap) {
				return true
			}
			if j == k+1 && g.Text[g.toks[k].end:g.toks[j].start] == ", " && g.toks[j].cap {
				return true // "Tirana, Albania"
			}
		}
		return false
	})
	return !placed
}

// locatingWords are the words after a name that place it.
var locatingWords = makeSet(`in near on at off of between along beside outside inside within north south east west northeast northwest southeast southwest`)

// causeUnsaid reports whether a question asks how someone died ("How did
// Alekhine die?", "What did Atatürk die of?") and fact f, with the
// sentence it leans on, tells no cause: a death word followed, within
// eight words, by "of", "from", "after" or "in a" ("died of tuberculosis",
// "killed in a street accident"; not "of" inside a name, "Kingdom of
// France"), or a word of a cause (causeWords); a
// fact without one gives way to one with (keepsOver). "Alexander Alekhine died
// in 1946 while still champion" and "died in the Dolmabahçe Palace" tell
// when and where, not how.
func (b *Base) causeUnsaid(q *question, f int32) bool {
	if !q.deathCause {
		return false
	}
	told := b.scanWords(f, func(g *Fact, k int, w string) bool {
		if causeWords[w] {
			return true
		}
		lex, own := g.article.lex, b.own[g.gid]
		if k >= len(own) || own[k] < 0 || eventSaid[b.stems[own[k]]]&deathEvent == 0 {
			return false
		}
		// "died on 19 April 1906 after being struck by a wagon": the
		// cause may follow the date.
		for j := k + 1; j < len(g.toks) && j <= k+8; j++ {
			switch next := lex.wordOf(g.toks[j]); {
			case next == "of" && g.toks[j-1].cap && j+1 < len(g.toks) && g.toks[j+1].cap:
				// "Died: 2 May 1519, Clos Lucé, Amboise, Kingdom of
				// France": "of" inside a name tells a place.
			case next == "of" || next == "from" || next == "after" || next == "following" || next == "because":
				return true
			case next == "in" && j+1 < len(g.toks) && (lex.wordOf(g.toks[j+1]) == "a" || lex.wordOf(g.toks[j+1]) == "an"):
				return true
			}
		}
		return false
	})
	return !told
}

// causeWords tell a cause of death on their own.
var causeWords = makeSet(`killed shot accident accidental suicide executed guillotined drowned murdered assassinated stabbed
hanged beheaded poisoned disease illness infection cancer overdose crash complications disappeared caught
suffered bleeding haemorrhage hemorrhage stroke pneumonia tuberculosis`)

// kindUnsaid reports whether a question asks a name by its kind ("What
// party does Edi Rama lead?", "Which airline started the flights?") and
// fact f, with the sentence it leans on, writes that kind in no form nor
// synonym: such a name is written with its kind ("the Socialist Party",
// "Tirana International Airport"). So is one of a title ("Which doge
// signed the Treaty of Campo Formio?": "Doge Ludovico Manin"), though not
// "general", which is most often an adjective ("the general term").
func (b *Base) kindUnsaid(q *question, f int32) bool {
	if q.focusAt < 0 || !nameKinds[q.focus] && !(titleWords[q.focus] && q.focus != "general") {
		return false
	}
	fw := &q.words[q.focusAt]
	return !heldIn(b.ownSet[f], b.anteSet(f), fw)
}

// closedKindUnsaid reports whether a question asks a thing of a kind
// with few members, all known ("What continent is Israel in?", "what
// colour is the flag", "which ocean …", "what season …"), and fact f,
// with the sentence before it, names none of them nor the kind: "Israel
// sent Israel Defense Forces (IDF) Home Front Command military engineer
// troops" says no continent.
func (b *Base) closedKindUnsaid(q *question, f int32) bool {
	var set map[string]bool
	switch {
	case q.focusAt >= 0:
		set = closedKinds[q.focus]
	case q.typ == AskPlace && len(q.words) > 0 && q.words[0].pos == 1:
		// A kind of place is no focus, the question one of a place:
		// "what continent is israel in".
		set = closedKinds[q.words[0].text]
	}
	return set != nil && !b.writesWord(f, set)
}

// closedKinds maps a kind with few members to the words that name one,
// or the kind, in general English: a continent, an ocean, a colour, a
// season. Adjectives count ("a European country" is in Europe, "dark
// granodiorite" has a colour).
var closedKinds = func() map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for _, k := range [...]struct{ kinds, words string }{
		{`continent continents`, `continent continents continental africa african antarctica antarctic asia asian australia australian
europe european america american americas oceania eurasia eurasian`},
		{`ocean oceans`, `ocean oceans oceanic atlantic pacific indian arctic southern antarctic`},
		{`colour colours color colors`, `colour colours coloured color colors colored red reddish orange yellow yellowish green greenish
blue bluish purple violet pink brown brownish black white grey gray golden gold silver dark pale light bright crimson scarlet`},
		{`season seasons`, `season seasons seasonal spring summer summers autumn fall winter winters monsoon dry wet rainy`},
	} {
		set := makeSet(k.words)
		for _, kind := range strings.Fields(k.kinds) {
			m[kind] = set
		}
	}
	return m
}()

// nameKinds are the nouns a question names a kind of named thing by.
// Kinds whose names are often written without them ("Which language
// …?" of "in English, Hebrew and Albanian", "which company" of "General
// Motors", a religion, a sport, a currency) are left out: those cost
// answers.
var nameKinds = makeSet(`party parties team teams band airline airlines university school brand airport airports hospital hospitals`)

// dayUnsaid reports whether a question asks a date by its day ("On what
// date did Ilir Meta meet the IDF soldiers?") and fact f, with the
// sentence before it, dates nothing to the day: "In January 2020" gives
// way to "On 23 January 2020".
func (b *Base) dayUnsaid(q *question, f int32) bool {
	return q.dayAsked && !b.anyItem(f, func(_ *Fact, it *item) bool { return it.kind == itemDate && it.day })
}

// placeUnsaid reports whether a question asks where a life's event was
// ("Where did Neil Armstrong die?", "Where did Mandela and Winnie get
// married?") and fact f, with the sentence it leans on, names no place
// the question does not: the event's date alone ("Armstrong died on 25
// August 2012, and Collins died on 28 April 2021") says nowhere. The
// title's places count: Albania may be where.
func (b *Base) placeUnsaid(q *question, f int32) bool {
	return q.typ == AskPlace && q.defAt < 0 && q.lifeAsked && !b.otherPlaceSaid(q, f, true)
}

// otherPlaceSaid reports whether fact f, with the sentence it leans on,
// names a place the question does not: a place item, or a name after
// "at", "in", "on" or "near" ("killing King Harold II at the Battle of
// Hastings"). Without titles, a place among the title's words counts
// for nothing: "Albania unveiled a memorial in Tirana" says nowhere
// within Tirana.
func (b *Base) otherPlaceSaid(q *question, f int32, titles bool) bool {
	other := func(t int32) bool { return !anyMatches(q.words, t) && (titles || !b.titleTerm[t]) }
	if b.anyItem(f, func(_ *Fact, it *item) bool {
		return fits(it, q) == 2 && !b.namedIn(q, it) && (titles || slices.ContainsFunc(it.terms, other)) &&
			!(len(it.terms) == 1 && wordnetOfName(b.stems[it.terms[0]]) != "") // "in English"
	}) {
		return true
	}
	fact := b.facts[f]
	for _, g := range [2]*Fact{fact, fact.prev} {
		if g == nil {
			continue
		}
		// "at the Battle of Hastings": a name after "at" or "in" is where.
		lex, own := g.article.lex, b.own[g.gid]
		for k := 1; k < len(g.toks) && k < len(own) && k < maxNameScan; k++ {
			j := k
			if lex.wordOf(g.toks[j]) == "the" && j+1 < len(g.toks) {
				j++
			}
			// "in English", "in Hebrew": a language or a people's
			// adjective, which WordNet leads to a name, is no place.
			if w := lex.wordOf(g.toks[k-1]); (w == "at" || w == "in" || w == "on" || w == "near") && g.toks[j].cap && j < len(own) && own[j] >= 0 &&
				other(own[j]) && lex.bits[g.toks[j].id]&(lxMonth|lxMonthOrDay) == 0 && wordnetOfName(b.stems[own[j]]) == "" {
				return true
			}
		}
	}
	return false
}

// shareUnsaid reports whether a question asks a share ("What percentage
// of Albanians are Muslim?") and fact f, with the sentence before it,
// gives none: no number in per cent, no fraction ("a third") and no word
// of a share ("majority", "half", "most"). A count ("three stone
// plaques") is no share of anything.
func (b *Base) shareUnsaid(q *question, f int32) bool {
	if !q.shareAsked {
		return false
	}
	if b.anyItem(f, func(g *Fact, it *item) bool {
		return it.kind == itemNumber && (isShare(g.Text, it) || it.uncounted && !isSum(g.Text, it))
	}) {
		return false
	}
	return !b.writesWord(f, shareSaid)
}

// shareSaid are the words that tell a share without a figure; the words
// that ask one ("percentage", "percent", "proportion", "fraction") set
// question.shareAsked.
var shareSaid = makeSet(`majority minority half third quarter most percent per cent share proportion fraction`)

// namedIn reports whether every word of an item is the question's own.
func (b *Base) namedIn(q *question, it *item) bool {
	return len(it.terms) > 0 && !slices.ContainsFunc(it.terms, func(t int32) bool { return !anyMatches(q.words, t) })
}

// othersUnnamed reports whether a question asks of other places or
// bodies ("What other countries sent rescue teams after the Durres
// earthquake?") and fact f, with the sentence before it, names no place
// nor name of no known kind but the question's and the article's own (its
// title's): "Israel sent … a rescue team" tells of the country the
// question means by "other" than. Bodies ("Israel Defense Forces") and
// peoples are no places.
func (b *Base) othersUnnamed(q *question, f int32) bool {
	if !q.othersAsked {
		return false
	}
	other := func(t int32) bool { return !anyMatches(q.words, t) && !b.titleTerm[t] }
	// A country is a place where the fact writes one ("to Turkey"), or a
	// name WordNet knows with a proper adjective that is none itself
	// ("France", "French"): "the regional council of Mevo'ot HaHermon" is
	// no other country.
	country := func(t int32) bool { return wordnetCountry(b.stems[t]) }
	return !b.anyItem(f, func(_ *Fact, it *item) bool {
		if !(it.kind == itemPlace || it.kind == itemName) || !slices.ContainsFunc(it.terms, other) {
			return false
		}
		if q.otherCountries && it.kind != itemPlace {
			return slices.ContainsFunc(it.terms, func(t int32) bool { return other(t) && country(t) })
		}
		// A people's word ("Muslim-majority") names no place.
		return !(len(it.terms) == 1 && wordnetKinOf(b.stems[it.terms[0]]) != "")
	})
}

// namesOther reports whether fact f, with the sentence it leans on,
// names anything the question does not: an item that fits its type or a
// person, or a word capitalised mid-sentence that is no month or day (or,
// at the start, a proper adjective or place WordNet knows).
func (b *Base) namesOther(q *question, f int32) bool {
	fact := b.facts[f]
	for _, g := range [2]*Fact{fact, fact.prev} {
		if g == nil {
			continue
		}
		for i := range b.items[g.gid] {
			if it := &b.items[g.gid][i]; (fits(it, q) > 0 || it.person) && !b.namedIn(q, it) {
				return true
			}
		}
		own := b.own[g.gid]
		for k := 0; k < len(g.toks) && k < len(own) && k < maxNameScan; k++ {
			if t := own[k]; g.toks[k].cap && t >= 0 && (k > 0 || wordnetKinOf(b.stems[t]) != "") && !anyMatches(q.words, t) &&
				g.article.lex.bits[g.toks[k].id]&(lxMonth|lxMonthOrDay) == 0 {
				return true
			}
		}
	}
	return false
}

// othersCounted reports whether a question asks how many people ("How
// many people died in the Holocaust?", "How many soldiers went?":
// countsPeople) and every number of fact f, with
// the sentence it leans on, counts other things, the word after it not
// one of people ("three stone plaques", "8,848 metres"): a number with
// nothing after it, a share ("1 to 2 per cent of those treated"), or
// within three words a capitalised word ("350,000 unarmed Moroccans") or
// a word of people ("51 people", "3,000 others", "about 6 million
// visitors": peopleish) may count them. A fact with no number at all is
// lacksKind's.
func (b *Base) othersCounted(q *question, f int32) bool {
	if !q.peopleCounted {
		return false
	}
	// "Its Jewish population rose from 200 … to more than 3,000" counts
	// people, though not those who died.
	if !q.deathsCounted && b.writesStem(f, func(st string) bool { return populationStems[st] }) {
		return false
	}
	fact := b.facts[f]
	counts := false
	for _, g := range [2]*Fact{fact, fact.prev} {
		if g == nil {
			continue
		}
		lex := g.article.lex
		for i := range b.items[g.gid] {
			it := &b.items[g.gid][i]
			if it.kind != itemNumber {
				continue
			}
			if it.uncounted {
				return false // a share of them: "1 to 2 per cent of those treated died"
			}
			counts = true
			k := int(it.tok1) + 1
			if k >= len(g.toks) || g.Text[g.toks[k-1].end:g.toks[k].start] != " " {
				return false // nothing after: it may count anything
			}
			for n := 0; n < 3 && k < len(g.toks); n, k = n+1, k+1 {
				if g.toks[k].cap || peopleish(lex.wordOf(g.toks[k])) {
					return false // "350,000 unarmed Moroccans", "1,200 Jewish residents"
				}
				if phraseEnds[lex.wordOf(g.toks[k])] {
					break // the phrase ends: "200 before World War II"
				}
				if k+1 < len(g.toks) && g.Text[g.toks[k].end:g.toks[k+1].start] != " " {
					break // the number's phrase ends: "three stone plaques, in English"
				}
			}
		}
	}
	return counts
}

// countsPeople reports whether a question asks how many of some people
// there are: a word of the phrase "how many" counts is "people",
// "persons", "inhabitants" or "residents", is peopleish ("soldiers",
// "tourists"; not a unit, "kilometers") or is the plural of a people's name WordNet knows ("How
// many Albanian Jews died …?").
func (b *Base) countsPeople(q *question) bool {
	if !q.count || q.countAt < 0 {
		return false
	}
	for i := q.countAt; i < len(q.words) && (i == q.countAt || q.words[i].pos == q.words[i-1].pos+1); i++ {
		qw := &q.words[i]
		st := b.wordStem(qw)
		if peopleWords[st] || peopleish(qw.text) && unitOf[qw.text] == 0 || strings.HasSuffix(qw.text, "s") && wordnetKinOf(st) != "" {
			return true
		}
	}
	return false
}

// thingsCounted reports whether a question asks how many of some
// things there are, not people ("How many lighthouses are there?"), and
// every number of fact f, with the sentence it leans on, counts people
// ("the wreck, in which 112 people died"): a word of people in the
// phrase after it, up to a preposition, and neither the thing asked in
// any form nor a name. Read so narrowly on purpose: numbers of other
// things ("10.8 million vehicles" for "How many cars …?", "15 stones" for
// "rocks") answer too often in other words to be ruled out, as a wider
// try showed (16 declined, 11 answers lost).
func (b *Base) thingsCounted(q *question, f int32) bool {
	if !q.count || q.countAt < 0 || q.peopleCounted {
		return false
	}
	asked := countedPhrase(q)
	fact := b.facts[f]
	counts := false
	for _, g := range [2]*Fact{fact, fact.prev} {
		if g == nil {
			continue
		}
		lex, own := g.article.lex, b.own[g.gid]
		for i := range b.items[g.gid] {
			it := &b.items[g.gid][i]
			if it.kind != itemNumber || it.uncounted {
				continue
			}
			counts = true
			k := int(it.tok1) + 1
			if k >= len(g.toks) || g.Text[g.toks[k-1].end:g.toks[k].start] != " " {
				return false
			}
			people := false
			for n := 0; n < 3 && k < len(g.toks); n, k = n+1, k+1 {
				if g.toks[k].cap || k < len(own) && own[k] >= 0 && anyMatches(asked, own[k]) {
					return false
				}
				if w := lex.wordOf(g.toks[k]); peopleish(w) || k < len(own) && own[k] >= 0 && peopleWords[b.stems[own[k]]] {
					people = true
				}
				if phraseEnds[lex.wordOf(g.toks[k])] || k+1 < len(g.toks) && g.Text[g.toks[k].end:g.toks[k+1].start] != " " {
					break
				}
			}
			if !people {
				return false
			}
		}
	}
	return counts
}

// otherName reports whether the only ordinary words of the question
// that fact f holds qualify another noun in the question than in the
// fact, where they open a capitalised name: "What is Israel's national
// dish?" asks a dish, and "… to the National Rescue Unit of the IDF"
// names a unit. A question word matched so is followed in the question
// by an ordinary word, or closes it ("How many countries are in the
// united nations?", "How much did the Saturn V weigh at launch?" of
// "from Launch Complex 39A"), and in the fact by a capitalised one that
// the question does not hold.
func (b *Base) otherName(q *question, f int32) bool {
	g := b.facts[f]
	own, set := b.own[g.gid], b.ownSet[f]
	other := false
	for i := range q.words {
		qw := &q.words[i]
		// Most words are not in the fact at all: a search of its sorted
		// terms says so before its words are read one by one.
		if !qw.ordinary() || matchIn(set, qw) == 0 {
			continue
		}
		qualifies := i+1 < len(q.words) && q.words[i+1].pos == qw.pos+1 && q.words[i+1].ordinary() || i == len(q.words)-1
		// "Which Polish general seized Vilnius?" asks the person a title
		// opens: "General Lucjan Żeligowski" names no other noun.
		if qualifies && titleWords[qw.text] && (q.typ == AskPerson || q.focusAt >= 0 && (i == q.focusAt || i == q.focusAt+1 && qw.pos == q.words[q.focusAt].pos+1)) {
			qualifies = false
		}
		for k, t := range own {
			if t < 0 || !qw.matches(t) {
				continue
			}
			if !qualifies || k == 0 || !g.toks[k].cap || g.toks[k-1].cap ||
				k+1 >= len(own) || !g.toks[k+1].cap || own[k+1] < 0 || anyMatches(q.words, own[k+1]) {
				return false
			}
			other = true
		}
	}
	return other
}

// measuredOnly reports whether a question asks how many of some things
// that are no unit ("How many Tours did Laurent Fignon win?") and every
// number of fact f, with the sentence it leans on, is a measure in a
// unit ("a 50-second deficit", "22 km high"): a measure counts no
// things. Or it asks "how much" or "how big" of no time and no sum ("How
// much is a place on the tour?"; a ticket asks a price, lacksKind's)
// and every number is a time ("in about 2 hours 15
// minutes", "640,000 years ago"). A fact with no number at all is
// lacksKind's.
func (b *Base) measuredOnly(q *question, f int32) bool {
	much := q.typ == AskNumber && !q.count && q.dims == 0 // "How much is a place?"
	if !much && (!q.count || q.countAt < 0) {
		return false
	}
	if much {
		for _, qw := range q.words {
			switch {
			case unitOf[qw.text]&dimTime != 0:
				return false // "how much per hour"
			case qw.text == "time", qw.text == "often", qw.text == "age", qw.text == "old":
				return false // "how much time", "how often", "at what age": a time answers
			}
		}
	} else {
		for _, qw := range countedPhrase(q) {
			if unitOf[qw.text] != 0 {
				return false // "how many years", "how many kilometres"
			}
		}
	}
	return b.onlyNumbers(f, func(_ *Fact, it *item) bool { return it.dims != 0 && (!much || it.dims&dimTime != 0) })
}

// countedPhrase returns the words of the phrase a "how many" question
// counts, from q.countAt while they stand in a row ("Albanian Jews").
func countedPhrase(q *question) []qword {
	end := q.countAt + 1
	for end < len(q.words) && q.words[end].pos == q.words[end-1].pos+1 {
		end++
	}
	return q.words[q.countAt:end]
}

// countUnsaid reports whether a question asks how many of a thing there
// are ("how many tents did israel send") and fact f writes the thing
// but gives no number, while the numbers of the sentence it leans on
// stand far from any word of the thing: "provide Albanians … with
// waterproof tents" says tents were sent, not how many, and "killing 51
// people … and damaging 11,000 buildings" before it counts other
// things. A number anywhere in the thing's own sentence is let be, as
// counts are written in many orders ("stage wins, 34", "sales of
// hybrids passed 10 million"); a wider try, a number needing the thing
// in the words after it, lost a dozen answers so. A count of people is
// left to the rules above, as their words vary ("20,000 tourists" for
// Israelis). A number that numbers a name ("the Voyager 1 probe") is no
// count: "How many moons does Jupiter have?" is not answered by "Jupiter's
// moon Io … in images from the Voyager 1 probe".
func (b *Base) countUnsaid(q *question, f int32) bool {
	if !q.count || q.countAt < 0 || q.peopleCounted {
		return false
	}
	phrase := countedPhrase(q)
	thing := func(t int32) bool {
		return slices.ContainsFunc(phrase, func(w qword) bool { return !w.light && !w.name && !w.num && !w.title && w.matches(t) })
	}
	if !slices.ContainsFunc(b.own[f], func(t int32) bool { return t >= 0 && thing(t) }) {
		return false
	}
	fact := b.facts[f]
	return !b.anyItem(f, func(g *Fact, it *item) bool {
		if it.kind != itemNumber || it.numbered {
			return false
		}
		if g == fact {
			return true // the sentence that writes the thing gives a number
		}
		own := b.own[g.gid]
		for k := max(0, int(it.tok0)-4); k < len(own) && k <= int(it.tok1)+4; k++ {
			if own[k] >= 0 && thing(own[k]) {
				return true
			}
		}
		return false
	})
}

// definiteCount reports whether a question asks a number with no unit
// ("How many flights are there?", "How much trade is there?"; not an
// age, a measure or a sum) and every number of fact f, with the sentence
// it leans on, only refers back to a group already named: a number after
// "the", "these" or "those", its noun not the one asked ("the two
// countries", "these three sons"). Such a number is how many the group
// was, which the reader already knows, not a count of anything asked;
// "the twelve apostles" still answers "How many apostles …?".
func (b *Base) definiteCount(q *question, f int32) bool {
	if q.typ != AskNumber || q.dims != 0 {
		return false
	}
	var asked []qword
	if q.count && q.countAt >= 0 {
		asked = countedPhrase(q)
	}
	return b.onlyNumbers(f, func(g *Fact, it *item) bool {
		before, k := int(it.tok0)-1, int(it.tok1)+1
		if before < 0 || k >= len(g.toks) || g.toks[k].cap {
			return false
		}
		switch g.article.lex.wordOf(g.toks[before]) {
		case "the", "these", "those":
		default:
			return false
		}
		own := b.own[g.gid]
		return k >= len(own) || own[k] < 0 || !anyMatches(asked, own[k])
	})
}

// sequenceUnsaid reports whether a question asks what someone did
// before or after something ("What did Neil Armstrong do after he left
// NASA?") or who came before or after someone (holderAround) and fact f, with the sentence it leans on, tells nothing in
// order: no "after", "before", "later", "then" or the like. A fact that
// only names the one asked ("Crew: Neil Armstrong, …") tells no deed of
// another time.
func (b *Base) sequenceUnsaid(q *question, f int32) bool {
	return q.doneAround && !b.writesStem(f, func(st string) bool { return sequenceStems[st] })
}

// holderUnsaid reports whether a question asks who came before or
// after someone (holderAround: "Who was mayor of Reykjavík before Jón
// Gnarr?"), or who holds a post now ("Who is the Ecumenical Patriarch
// now?", "who is the current mayor"), and fact f, with the sentence it
// leans on, names no person but those asked: "In 2010 the comedian Jón
// Gnarr, founder of the satirical Best Party, became mayor after …"
// tells of him alone, and a post's seat or history names no holder.
func (b *Base) holderUnsaid(q *question, f int32) bool {
	if !q.holderAsked && !(q.nowAsked && q.typ == AskPerson) {
		return false
	}
	return !b.anyItem(f, func(_ *Fact, it *item) bool { return (it.person || it.kind == itemPerson) && !b.namedIn(q, it) })
}

// listUnsaid reports whether a question asks things it counts by name
// ("which three chemicals did japan restrict in 2019") and fact f writes
// the count before the thing ("three chemicals used to make
// semiconductors") with no names after it: fewer than two capitalised
// words the question lacks, months aside, in the dozen words after. "The
// Directory … a government of five directors" counts them, and names
// none.
func (b *Base) listUnsaid(q *question, f int32) bool {
	if q.listedAt == 0 {
		return false
	}
	num, thing := &q.words[q.listedAt-1], &q.words[q.listedAt]
	fact, own := b.facts[f], b.own[f]
	lex := fact.article.lex
	for k := 0; k < len(own) && k < len(fact.toks); k++ {
		if lex.wordOf(fact.toks[k]) != num.text {
			continue
		}
		at := -1
		for j := k + 1; j < len(own) && j <= k+3; j++ {
			if own[j] >= 0 && thing.matches(own[j]) {
				at = j
				break
			}
		}
		if at < 0 {
			continue
		}
		names := 0
		for j := at + 1; j < len(own) && j < len(fact.toks) && j <= at+12; j++ {
			if fact.toks[j].cap && own[j] >= 0 && !anyMatches(q.words, own[j]) && lex.bits[fact.toks[j].id]&(lxMonth|lxMonthOrDay) == 0 {
				names++
			}
		}
		return names < 2
	}
	return false
}

// otherObject reports whether a question asks of a deed done to a name
// ("When did Chile declare war on Bolivia?") and fact f writes the
// deed's word and preposition only before other names: "Chile declared
// war on Peru, which had signed a secret defensive alliance with
// Bolivia" tells another war.
func (b *Base) otherObject(q *question, f int32) bool {
	if q.objectAt == 0 {
		return false
	}
	w, name := &q.words[q.objectAt-1], &q.words[q.objectAt]
	fact, own := b.facts[f], b.own[f]
	lex := fact.article.lex
	other := false
	for k := 0; k+2 < len(own) && k+2 < len(fact.toks); k++ {
		if lex.wordOf(fact.toks[k+1]) != q.objectPrep {
			continue
		}
		j := k + 2 // what the preposition governs, past "the"
		if lex.wordOf(fact.toks[j]) == "the" && j+1 < len(own) {
			j++
		}
		// "… and the Australian Museum runs one on Lizard Island": the
		// name after the preposition, whatever the word before it.
		if own[j] >= 0 && name.matches(own[j]) {
			return false
		}
		if own[k] >= 0 && w.matches(own[k]) && fact.toks[j].cap && own[j] >= 0 {
			other = true
		}
	}
	return other
}

// lifeOfOther reports whether a question asks when or where a person
// it names was born or died ("When did Karl van Beethoven die?") and
// every birth or death word of fact f follows, within three words, a
// capitalised name the question does not hold: "After his brother
// Kaspar Anton Carl died in November 1815, …" tells another's death. A
// pronoun or a common noun before the word may be anyone's; "born"
// before a name gives a name at birth, not a birth.
func (b *Base) lifeOfOther(q *question, f int32) bool {
	if q.event != eventBirth+1 && q.event != eventDeath+1 || q.typ != AskDate && q.typ != AskPlace {
		return false
	}
	named := 0 // the question's name words
	for i := range q.words {
		if q.words[i].name && !q.words[i].title {
			named++
		}
	}
	if named == 0 {
		return false
	}
	bit := uint64(1) << (q.event - 1)
	fact, own := b.facts[f], b.own[f]
	lex := fact.article.lex
	other := false
	for k := 0; k < len(own) && k < len(fact.toks); k++ {
		if own[k] < 0 || eventSaid[b.stems[own[k]]]&bit == 0 {
			continue
		}
		// "Ringo Starr, born Richard Starkey": a name at birth, not a
		// birth told.
		if q.event == eventBirth+1 && k+1 < len(fact.toks) && fact.toks[k+1].cap && lex.bits[fact.toks[k+1].id]&(lxMonth|lxMonthOrDay) == 0 &&
			fact.Text[fact.toks[k].end:fact.toks[k+1].start] == " " && lex.wordOf(fact.toks[k]) == "born" {
			other = true
			continue
		}
		// The capitalised run that ends within three words before it:
		// another's when its last word is not the question's, or, the
		// question giving a first name too, its first word is not
		// ("Karl Brenn" for Ola Brenn; "Charles Darwin" is Darwin's).
		// A pronoun between ends the search: "… with Frédéric Passy, and
		// he died in 1910" tells the death of the sentence's "he".
		end := -1
		for j := k - 1; j >= 0 && j >= k-3 && end < 0; j-- {
			if subjectPronouns[lex.wordOf(fact.toks[j])] {
				break
			}
			if fact.toks[j].cap && own[j] >= 0 && lex.bits[fact.toks[j].id]&(lxMonth|lxMonthOrDay) == 0 {
				end = j
			}
		}
		if end < 0 {
			return false // a pronoun or a noun: anyone's
		}
		start := end
		for start > 0 && fact.toks[start-1].cap && own[start-1] >= 0 && fact.Text[fact.toks[start-1].end:fact.toks[start].start] == " " {
			start--
		}
		if anyMatches(q.words, own[end]) && (named < 2 || start == end || anyMatches(q.words, own[start])) {
			return false
		}
		other = true
	}
	return other
}

// subjectPronouns are the pronouns that stand for a deed's doer.
var subjectPronouns = makeSet(`he she they`)

// holderAround reports whether a question asks who came before or after a
// name ("Who was mayor of Istanbul before İmamoğlu?"): "who", then
// "before" or "after" right before a name. Read once a question
// (question.doneAround).
func holderAround(q *question, text string, toks []token) bool {
	if q.typ != AskPerson {
		return false
	}
	for i := 0; i+1 < len(q.words); i++ {
		// Not a thing of the name's: "Who went after Newton's paper on
		// light?" asks who attacked it.
		if w, n := q.words[i].text, &q.words[i+1]; (w == "before" || w == "after") && n.name && n.pos == q.words[i].pos+1 {
			last := i + 1 // the name's last word, which a possessive ends
			for last+1 < len(q.words) && q.words[last+1].name && q.words[last+1].pos == q.words[last].pos+1 {
				last++
			}
			if p := q.words[last].pos; p >= len(toks) || !possessive(text, &toks[p]) {
				return true
			}
		}
	}
	return false
}

// sequenceStems are the stems of the words that put a deed in order with
// another.
var sequenceStems = makeStems(`after before later earlier then afterwards afterward subsequently previously formerly
following followed until since once returned left retired resigned succeeded succession successor predecessor
replaced replacing preceded`)

// phraseEnds are the prepositions that end the phrase a number counts
// ("200 before World War II", "3,000 at the end of the war"); not "of"
// ("2,000 of the protesters").
var phraseEnds = map[string]bool{"before": true, "after": true, "at": true, "in": true, "on": true, "during": true,
	"from": true, "by": true, "for": true, "since": true, "until": true, "with": true, "into": true, "per": true}

// peopleish reports whether a word after a number may name the people
// it counts: a word of people or a plural agent noun, by its ending
// ("climbers", "visitors", "tourists", "Albanians", "residents",
// "refugees"). Loose on purpose: a word read as people lets the number
// answer.
func peopleish(w string) bool {
	switch w {
	case "people", "persons", "men", "women", "children", "others", "dead", "victims", "lives", "staff", "crew", "police", "troops":
		return true
	}
	for _, suf := range [...]string{"ers", "ors", "ists", "ians", "ants", "ents", "ees"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// superlativeUnsaid reports whether a question grades a thing by a
// superlative ("What is the smallest country in the world?") and fact f,
// with the sentence it leans on, writes neither that word in any form or
// synonym nor any superlative of its own, "most" or "least" ("the only
// European country …" says nothing of size; "the largest city" may
// answer "the biggest"). Read narrowly, as wider tries lost answers: a
// superlative of measure (graded) right before the noun it grades, not
// "best" or "worst", often adverbs ("what term best describes"), nor one
// that ends the question ("who held the title the longest"). "Most" or
// "least" before an adjective and a noun counts ("Albania's most famous
// writer"), the adjective told by its ending (mostGraded), not an adverb
// or a noun ("most commonly", "the most people"). A superlative of the
// other end of the scale tells nothing of the asked one, though the
// question's is held by its attribute ("warmest" by "temperature" in
// "Lowest recorded temperature: −89.2 °C").
func (b *Base) superlativeUnsaid(q *question, f int32) bool {
	for i := range q.words {
		qw := &q.words[i]
		grades := superlative(qw.text) && qw.text != "best" && qw.text != "worst" && i+1 < len(q.words) && q.words[i+1].pos == qw.pos+1 ||
			int(q.mostAt) == i+1
		if !grades {
			continue
		}
		// "warmest" is held by "temperature", its attribute, unless the
		// fact grades the other way ("Lowest recorded temperature").
		if heldIn(b.ownSet[f], b.anteSet(f), qw) && !b.gradesOtherWay(f, qw) {
			continue
		}
		fact := b.facts[f]
		for _, g := range [2]*Fact{fact, fact.prev} {
			if g == nil {
				continue
			}
			for k := 0; k < len(g.toks) && k < maxNameScan; k++ {
				if w := g.article.lex.wordOf(g.toks[k]); (w == "most" || w == "least" || superlative(w)) && !slices.Contains(gradeOpposites[qw.text], w) {
					return false
				}
			}
		}
		return true
	}
	return false
}

// gradeOpposites lists, for a superlative, those of the other end of its
// scale: "Lowest recorded temperature" is no warmest one.
var gradeOpposites = map[string][]string{
	"largest": {"smallest"}, "biggest": {"smallest"}, "greatest": {"smallest", "least"}, "smallest": {"largest", "biggest", "greatest"},
	"highest": {"lowest"}, "tallest": {"shortest", "lowest"}, "lowest": {"highest", "tallest", "warmest", "hottest"},
	"longest": {"shortest"}, "shortest": {"longest", "tallest", "highest"}, "widest": {"narrowest"}, "narrowest": {"widest"},
	"deepest": {"shallowest"}, "shallowest": {"deepest"}, "heaviest": {"lightest"}, "lightest": {"heaviest"},
	"fastest": {"slowest"}, "slowest": {"fastest"}, "oldest": {"youngest", "newest"}, "youngest": {"oldest"}, "newest": {"oldest"},
	"warmest": {"coldest", "coolest", "lowest"}, "hottest": {"coldest", "coolest", "lowest"},
	"coldest": {"warmest", "hottest", "highest"}, "coolest": {"warmest", "hottest", "highest"}, "wettest": {"driest"}, "driest": {"wettest"},
}

// gradesOtherWay reports whether fact f, with the sentence before it,
// writes a superlative of the other end of question word qw's scale and
// not qw itself: "Lowest recorded temperature" for "the warmest
// temperature".
func (b *Base) gradesOtherWay(f int32, qw *qword) bool {
	other := false
	fact := b.facts[f]
	for _, g := range [2]*Fact{fact, fact.prev} {
		if g == nil {
			continue
		}
		for k := 0; k < len(g.toks) && k < maxNameScan; k++ {
			switch w := g.article.lex.wordOf(g.toks[k]); {
			case w == qw.text:
				return false
			case slices.Contains(gradeOpposites[qw.text], w):
				other = true
			}
		}
	}
	return other
}

// superlative reports whether w is the superlative of an adjective of
// measure ("smallest", "biggest", "oldest"; graded).
func superlative(w string) bool {
	return strings.HasSuffix(w, "est") && len(graded(w, func(string) bool { return true })) > 0
}

// roleBegunUnsaid reports whether a question asks when someone became a
// holder of a role ("When did Sali Berisha become president?", "When
// did Danton become minister of justice?") and fact f, with the sentence
// it leans on, tells no beginning of one: no "became", election,
// appointment, oath, succession or taking of office. A fact that names
// the holder with the role ("In 2011, Albanian Prime Minister Sali
// Berisha said …") dates what was said, not the office. Only "become"
// before a role's word asks so: "When did Venice become part of Italy?"
// is told as many ways as anything else.
func (b *Base) roleBegunUnsaid(q *question, f int32) bool {
	if q.typ != AskDate {
		return false
	}
	for i := 0; i+1 < len(q.words); i++ {
		// "become Albania's ambassador to the UN": a name's role too.
		role := titleWords[q.words[i+1].text] || i+2 < len(q.words) && q.words[i+1].name && titleWords[q.words[i+2].text]
		if becomeStems[b.wordStem(&q.words[i])] && role {
			return !b.tellsRoleBegun(f)
		}
	}
	return false
}

// tellsRoleBegun reports whether fact f, with the sentence it leans on,
// writes a word of an office begun (roleBegun), not counting a "become"
// of a holder's record ("becoming the first Israeli president to visit
// Albania" tells a visit: firstTo).
func (b *Base) tellsRoleBegun(f int32) bool {
	return b.scanWords(f, func(g *Fact, k int, _ string) bool {
		own := b.own[g.gid]
		if k >= len(own) || own[k] < 0 || !roleBegun[b.stems[own[k]]] {
			return false
		}
		return !becomeStems[b.stems[own[k]]] || !firstTo(g.article.lex, g.toks, k+1)
	})
}

// firstTo reports whether the tokens from k read "the first … to" (or
// "only", "last") within a few words, a role's word between them: a
// record of a holder already in office ("the first Israeli president to
// visit"), not an office begun ("the first woman to lead Norland").
func firstTo(lex *lexicon, toks []atok, k int) bool {
	if k+1 >= len(toks) || lex.wordOf(toks[k]) != "the" {
		return false
	}
	switch lex.wordOf(toks[k+1]) {
	case "first", "only", "last":
	default:
		return false
	}
	role := false
	for j := k + 2; j < len(toks) && j < k+7; j++ {
		switch w := lex.wordOf(toks[j]); {
		case w == "to":
			return role
		case titleWords[w]:
			role = true
		}
	}
	return false
}

// becomeStems are the stems of "become" and "became"; roleBegun those of
// the words that tell an office begun.
var becomeStems, roleBegun = makeStems(`become became`), makeStems(`become became becomes becoming elected election
appointed appointment sworn named office succeeded successor inaugurated inauguration assumed crowned promoted took`)

// makeStems returns the set of the stems of the words of list.
func makeStems(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[Stem(w)] = true
	}
	return m
}

// otherDirection reports whether a question asks of a thing by its
// direction ("Everest's West Ridge", "the north side") and fact f writes
// that thing only after another direction ("the north-east ridge", "the
// South Col") and never the one asked: a ridge, a face or a pole of
// another side is another one. Directions are compared by their root
// ("northern" is "north").
func (b *Base) otherDirection(q *question, f int32) bool {
	fact, own := b.facts[f], b.own[f]
	lex := fact.article.lex
	for i := 0; i+1 < len(q.words); i++ {
		d, n := &q.words[i], &q.words[i+1]
		asked := directions[d.text]
		if asked == "" || n.pos != d.pos+1 || directions[n.text] != "" {
			continue
		}
		other := false
		for k := 0; k < len(own) && k < len(fact.toks) && k < maxNameScan; k++ {
			w := directions[lex.wordOf(fact.toks[k])]
			if w == asked {
				return false
			}
			if k > 0 && own[k] >= 0 && directions[lex.wordOf(fact.toks[k-1])] != "" && n.matches(own[k]) {
				other = true
			}
		}
		if other {
			return true
		}
	}
	return false
}

// directions map the words of the four directions to their root.
var directions = map[string]string{"north": "north", "northern": "north", "south": "south", "southern": "south",
	"east": "east", "eastern": "east", "west": "west", "western": "west"}

// namesake reports whether a question names someone by two or more
// words ("When was Pierre Curie born?") and fact f writes the last of
// them only after another name's word ("Marie Salomea Skłodowska-Curie",
// "Kiichiro Toyoda" for Sakichi Toyoda, "South Korea" for North Korea),
// or before "of" and another ("the Museum of Industry" for the Curie
// Museum), and none of the others: a namesake, most often of one family,
// is another one. A title before the name ("President Clinton") is no
// other name.
func (b *Base) namesake(q *question, f int32) bool {
	fact, own := b.facts[f], b.own[f]
	lex := fact.article.lex
	for group := range q.nameGroups() {
		if len(group) < 2 {
			continue
		}
		last := &group[len(group)-1]
		if slices.ContainsFunc(group[:len(group)-1], func(qw qword) bool { return matchIn(b.ownSet[f], &qw) >= b.m.wRelated }) {
			continue
		}
		for k := 0; k < len(own) && k < len(fact.toks) && k < maxNameScan; k++ {
			if own[k] < 0 || !last.matches(own[k]) {
				continue
			}
			// "the Museum of Industry" for the Curie Museum: the last
			// word heads another name, of another capitalised word.
			if n := k + 2; fact.toks[k].cap && n < len(own) && n < len(fact.toks) && lex.wordOf(fact.toks[k+1]) == "of" && fact.toks[n].cap && own[n] >= 0 && !anyMatches(group, own[n]) {
				return true
			}
			if k == 0 {
				continue
			}
			prev := fact.toks[k-1]
			if gap := fact.Text[prev.end:fact.toks[k].start]; !prev.cap || own[k-1] < 0 || gap != " " && gap != "-" {
				continue
			}
			if w := lex.wordOf(prev); !titleWords[w] && !anyMatches(group, own[k-1]) {
				return true
			}
		}
	}
	return false
}

// passiveSubject reads the subject of a passive deed at k of fact
// ("the Republic of Turkey was proclaimed"): 1 when the words before
// "was" (or "were"), in its clause and at most five, hold a capitalised
// word the question lacks and none it has, -1 when they hold a word of
// the question, 0 when the deed is no passive or names no one.
func (b *Base) passiveSubject(q *question, fact *Fact, k int) int {
	own := b.own[fact.gid]
	lex := fact.article.lex
	if k < 2 || k > len(own) || !beWords[lex.wordOf(fact.toks[k-1])] {
		return 0
	}
	other := false
	for n := k - 2; n >= 0 && n >= k-6; n-- {
		if n < k-2 && clauseBreak(fact.Text[fact.toks[n].end:fact.toks[n+1].start]) {
			break
		}
		if own[n] >= 0 && anyMatches(q.words, own[n]) {
			return -1
		}
		if fact.toks[n].cap && n > 0 && lex.bits[fact.toks[n].id]&(lxMonth|lxMonthOrDay) == 0 {
			other = true
		}
	}
	if other {
		return 1
	}
	return 0
}

// measuresOther reports whether a question asks a measure ("How long is
// the India Nepal border?") and every number of fact f in a unit of it
// is plainly another thing's: written after the thing and a comma and
// before its measure's word ("The Motihari–Amlekhgunj pipeline, 69 km
// long"), the thing a word the question lacks. A number with no such
// thing may be the one asked ("a session of about 10 hours" is how long
// the recording took).
func (b *Base) measuresOther(q *question, f int32) bool {
	fact, own := b.facts[f], b.own[f]
	other := false
	for i := range b.items[f] {
		it := &b.items[f][i]
		if it.kind != itemNumber || it.dims&q.dims == 0 {
			continue
		}
		head := -1
		if k := int(it.tok0) - 1; k >= 0 && strings.Contains(fact.Text[fact.toks[k].end:fact.toks[k+1].start], ",") &&
			measureDims(firstWord(skipUnit(fact.Text[it.end:]))) != 0 {
			head = k
		}
		if head < 0 || head >= len(own) || own[head] < 0 || fact.toks[head].cap {
			return false // no plain thing measured, or a name: may be the one asked
		}
		if anyMatches(q.words, own[head]) {
			return false
		}
		other = true
	}
	return other
}

// skipUnit returns text, the text after a number, past its unit's word:
// " km long and opened" gives "long and opened".
func skipUnit(text string) string {
	text = strings.TrimLeft(text, " ")
	if i := strings.IndexByte(text, ' '); i >= 0 {
		return text[i+1:]
	}
	return ""
}

// firstWord returns text's first word, up to a space or a stop.
func firstWord(text string) string {
	if i := strings.IndexAny(text, " ,;:.()"); i >= 0 {
		return text[:i]
	}
	return text
}

// headOfOther reports whether a question names something by two or more
// words ("HMS Bounty") and fact f writes the name's first word only at
// the head of another name, before a capitalised word the question lacks
// ("HMS Pandora, sent to capture the mutineers of the Bounty"): another
// of its kind, though the name's other words stand elsewhere in the fact.
func (b *Base) headOfOther(q *question, f int32) bool {
	fact, own := b.facts[f], b.own[f]
	own = own[:min(len(own), len(fact.toks), maxNameScan)]
	for group := range q.nameGroups() {
		// A title before a name ("President Meta") is no name's head, and
		// a name whose other words are the article's title's ("the
		// Boston Marathon", in Marathon) is told by its head alone.
		if len(group) < 2 || group[1].pos != group[0].pos+1 || titleWords[group[0].text] ||
			slices.ContainsFunc(group, func(qw qword) bool { return qw.title }) {
			continue
		}
		other := false
		for k, t := range own {
			if t < 0 || !group[0].matches(t) || !fact.toks[k].cap {
				continue
			}
			n := k + 1
			if n >= len(own) || !fact.toks[n].cap || fact.Text[fact.toks[k].end:fact.toks[n].start] != " " {
				other = false
				break // its first word alone
			}
			// The capitalised run after it: one that holds another of
			// the name's words is the name with more words in it
			// ("Dorothy Crowfoot Hodgkin").
			for m := n; m < len(own) && fact.toks[m].cap && nameGap(fact.Text[fact.toks[m-1].end:fact.toks[m].start]); m++ {
				if own[m] >= 0 && anyMatches(group[1:], own[m]) {
					return false
				}
			}
			other = true
		}
		if other {
			return true
		}
	}
	return false
}

// nameGap reports whether the text between two words joins them in one
// name: a space or a hyphen ("Skłodowska-Curie").
func nameGap(gap string) bool {
	return gap == " " || gap == "-"
}

// otherVariant reports whether a question names something by three or
// more words ("the Nobel Prize in Literature") and fact f writes two of
// them in one name with another capitalised word between them that the
// question lacks ("Nobel Peace Prize"), while it and its antecedent and
// heading lack a word of the question's name: another of its kind.
func (b *Base) otherVariant(q *question, f int32) bool {
	fact, own := b.facts[f], b.own[f]
	own = own[:min(len(own), len(fact.toks), maxNameScan)]
	held := func(qw *qword) bool {
		return matchIn(b.ownSet[f], qw) >= b.m.wRelated || matchIn(b.ctxSet[f], qw) >= b.m.wRelated
	}
	for group := range q.nameGroups() {
		if len(group) < 3 || !slices.ContainsFunc(group, func(qw qword) bool { return !held(&qw) }) {
			continue
		}
		// Two of the name's words in one capitalised run, and a word
		// the question lacks between them.
		first := -1
		for k, t := range own {
			switch {
			case !fact.toks[k].cap:
				first = -1
			case t >= 0 && anyMatches(group, t):
				if first >= 0 && k > first+1 {
					return true
				}
				first = k
			case first >= 0 && k > 0 && fact.Text[fact.toks[k-1].end:fact.toks[k].start] != " ":
				first = -1
			}
		}
	}
	return false
}

// onceOnly reports whether a question asks when something happens as a
// rule ("When does the Albanian parliament meet?", "When is World Bee
// Day?") and fact f, with the sentence it leans on, dates only events of
// a year ("In 2020, … accepted unanimously by the Parliament of
// Albania") and says nothing comes round ("each", "every", "annually"):
// a day of the year ("20 May"), a month or a season answers it.
func (b *Base) onceOnly(q *question, f int32) bool {
	if !q.present || q.since || q.typ != AskDate {
		return false
	}
	if b.anyItem(f, func(g *Fact, it *item) bool { return it.kind == itemDate && !hasYear(g.Text[it.start:it.end]) }) {
		return false
	}
	return !b.writesWord(f, recurring)
}

// anyItem reports whether an item of fact f, or of the sentence before
// it, is one that want reports true for.
func (b *Base) anyItem(f int32, want func(g *Fact, it *item) bool) bool {
	fact := b.facts[f]
	for _, g := range [2]*Fact{fact, fact.prev} {
		if g == nil {
			continue
		}
		for i := range b.items[g.gid] {
			if want(g, &b.items[g.gid][i]) {
				return true
			}
		}
	}
	return false
}

// onlyNumbers reports whether fact f, with the sentence before it, has a
// number and every number of it is one that is (the rules of counts:
// "every number counts harm done", "every number is a measure").
func (b *Base) onlyNumbers(f int32, is func(g *Fact, it *item) bool) bool {
	seen := false
	other := b.anyItem(f, func(g *Fact, it *item) bool {
		if it.kind != itemNumber {
			return false
		}
		seen = true
		return !is(g, it)
	})
	return seen && !other
}

// quotesShort reports whether fact f, or the sentence before it, quotes
// a few words (shortQuote): a word or a name given.
func (b *Base) quotesShort(f int32) bool {
	fact := b.facts[f]
	return shortQuote(fact.Text) || fact.prev != nil && shortQuote(fact.prev.Text)
}

// writesWord reports whether fact f, or the sentence it leans on, writes
// one of the words of set as it stands: stop words too, which no term
// holds.
func (b *Base) writesWord(f int32, set map[string]bool) bool {
	fact := b.facts[f]
	for _, g := range [2]*Fact{fact, fact.prev} {
		if g == nil {
			continue
		}
		for _, t := range g.toks {
			if set[g.article.lex.wordOf(t)] {
				return true
			}
		}
	}
	return false
}

// writesUnquoted is writesWord outside quotations: a speaker's present
// ("a small country which highlights the values …, values which still
// stand") is the time the words were said, not now.
func (b *Base) writesUnquoted(f int32, set map[string]bool) bool {
	fact := b.facts[f]
	for _, g := range [2]*Fact{fact, fact.prev} {
		if g == nil {
			continue
		}
		quoted, from := false, 0
		for _, t := range g.toks {
			quoted = quoteState(g.Text[from:t.start], quoted)
			from = int(t.end)
			if !quoted && set[g.article.lex.wordOf(t)] {
				return true
			}
		}
	}
	return false
}

// quoteState returns whether text that follows s, which opens inside a
// quotation when quoted is set, stands inside one: a straight double
// quote opens or closes one, a curly one says which.
func quoteState(s string, quoted bool) bool {
	for i := 0; i < len(s); i++ {
		switch {
		case s[i] == '"':
			quoted = !quoted
		case strings.HasPrefix(s[i:], "“"):
			quoted = true
		case strings.HasPrefix(s[i:], "”"):
			quoted = false
		}
	}
	return quoted
}

// hasYear reports whether a date's text holds a year: three or four
// digits in a row.
func hasYear(s string) bool {
	n := 0
	for i := 0; i < len(s); i++ {
		if isDigitByte(s[i]) {
			if n++; n >= 3 {
				return true
			}
		} else {
			n = 0
		}
	}
	return false
}

// recurring are the words that say something comes round.
var recurring = makeSet(`each every annually annual yearly monthly weekly daily usually normally generally typically traditionally always season seasons spring summer autumn fall winter`)

// otherDoer reports whether a question asks what a name did ("When did
// Sweden adopt the euro?") and fact f says only that another name did it
// ("Finland adopted the euro, while Swedish voters rejected it"): the
// name right before each of the fact's forms of the verb, over a plural
// noun ("German forces invaded"), is the doer, unless the verb is
// passive ("was taken by").
func (b *Base) otherDoer(q *question, f int32) bool {
	if q.subjectAt < 0 {
		return false
	}
	subject, verb := &q.words[q.subjectAt], &q.words[q.verbAt]
	fact, own := b.facts[f], b.own[f]
	lex := fact.article.lex
	other := false
	// A ruler acts for a country asked of, not for another ruler: "When
	// did King Harold II conquer England?" of "Duke William II of
	// Normandy conquered England".
	titled := false
	for i := q.subjectAt; i < len(q.words) && q.words[i].group == subject.group; i++ {
		titled = titled || titleWords[q.words[i].text]
	}
	for k := 1; k < len(own) && k < len(fact.toks) && k < maxNameScan; k++ {
		if own[k] < 0 || verb.weightOf(own[k]) < b.m.wRelated {
			continue
		}
		j := k - 1
		// "was taken by", "Ceuta, captured by Portugal": passive, the
		// doer after "by".
		if k+2 < len(fact.toks) && k+2 < len(own) && lex.wordOf(fact.toks[k+1]) == "by" {
			if t := own[k+2]; t >= 0 && b.isSubject(q, subject, t) {
				return false
			}
			continue
		}
		if passiveAux[lex.wordOf(fact.toks[j])] {
			continue
		}
		// "Canada began to require visas", "Brazil stopped growing": the
		// doer stands before the verb of beginning or ending.
		if j > 0 && lex.wordOf(fact.toks[j]) == "to" && aspectVerbs[lex.wordOf(fact.toks[j-1])] {
			j--
		}
		if j > 0 && aspectVerbs[lex.wordOf(fact.toks[j])] {
			j--
		}
		// "The Gold Coast became independent as Ghana": the one asked,
		// under its old name.
		for n := k + 1; n+1 < len(fact.toks) && n+1 < len(own) && n <= k+3; n++ {
			if lex.wordOf(fact.toks[n]) == "as" && own[n+1] >= 0 && b.isSubject(q, subject, own[n+1]) {
				return false
			}
		}
		if w := lex.wordOf(fact.toks[j]); j > 0 && !fact.toks[j].cap && fact.toks[j-1].cap && len(w) > 4 && w[len(w)-1] == 's' && !adverbs[w] {
			j-- // "German forces invaded", not "Albania has recognised"
		}
		if !fact.toks[j].cap || own[j] < 0 || strings.ContainsAny(fact.Text[fact.toks[j].end:fact.toks[k].start], ",;()") {
			continue
		}
		// The doer's whole name, back to its first capital: "Edward the
		// Confessor returned", "King Alfonso VII of León and Castile
		// accepted". A ruler or a body may act for the name asked ("the
		// Convention abolished slavery" for France): no other doer then.
		doer := true
		shared, another, asked := false, false, false
		for ; j >= 0 && j >= k-8; j-- {
			w := lex.wordOf(fact.toks[j])
			if !fact.toks[j].cap && w != "of" && w != "the" && w != "and" {
				break
			}
			if romanNumeral(w) {
				continue // "II" is many rulers': "Duke William II" is not "King Harold II"
			}
			if t := own[j]; t >= 0 && b.isSubject(q, subject, t) {
				// The asked name's first word is its own, and so is a
				// word only names have; a later word of everyday English
				// ("Airport") is shared by other names: "Istanbul
				// Airport: opened on …" is not Sabiha Gökçen Airport's.
				if b.namesTerm(subject, t) || wordnetTags(b.stems[t]) == 0 {
					return false
				}
				shared = true
			} else if t >= 0 && fact.toks[j].cap && !stopwords[w] {
				another = true
				asked = asked || anyMatches(q.words, t)
			}
			if (titleWords[w] || orgWords[w] || w == "convention") && !titled {
				doer = false
			}
		}
		if shared && !another {
			return false
		}
		// The fact must name the one asked elsewhere: "Van Rossum worked
		// at Google" may be Guido's work, told by his surname; unless the
		// doer is another the question names ("When did Nepal close its
		// border with India?" of "India closed most of the crossing
		// points"). Read once a fact, however many times it writes the
		// verb.
		if doer && !other {
			if !asked && !b.namesSubject(q, subject, f) {
				return false
			}
			other = true
		}
	}
	return other
}

// namesSubject reports whether fact f, or the sentence it leans on, names
// the name a question asks of, or its people.
func (b *Base) namesSubject(q *question, subject *qword, f int32) bool {
	for _, set := range [2][]int32{b.ownSet[f], b.anteSet(f)} {
		for _, t := range set {
			if b.isSubject(q, subject, t) {
				return true
			}
		}
	}
	return false
}

// isSubject reports whether term t is a word of the name a question asks
// of (subject, the first of its group), or its people's adjective.
func (b *Base) isSubject(q *question, subject *qword, t int32) bool {
	for i := q.subjectAt; i < len(q.words) && q.words[i].group == subject.group; i++ {
		if qw := &q.words[i]; b.namesTerm(qw, t) || b.namesAsked(qw, b.stems[t], t) {
			return true
		}
	}
	return false
}

// adverbs are the words ending in "s" that stand between a doer and
// its verb as a plural noun does not.
var adverbs = makeSet(`always perhaps sometimes afterwards towards nevertheless besides thus`)

// passiveAux are the words before a participle that make it passive.
var passiveAux = makeSet(`was were is are be been being`)

// negationUnsaid reports whether a question asks what something does
// not do or is not ("What does not hide constant factors?") and fact f,
// with the sentence it leans on, says nothing is not, nor "only",
// "except" or "without": what a sentence says is so is no answer to what
// is not. "Why" is asked of a negation answered by what is ("Why wasn't
// the reef put on the in-danger list?"), and so is a condition ("if you
// don't prune it"); "no" and "none" deny a thing, which a sentence may
// count ("how many children got no vaccines": "14.5 million received
// none" or "zero-dose").
func (b *Base) negationUnsaid(q *question, f int32) bool {
	if !q.deniedVerb || q.conditional || q.typ == AskReason {
		return false
	}
	fact := b.facts[f]
	if b.negated[f] || fact.prev != nil && b.negated[fact.prev.gid] {
		return false
	}
	return !b.writesWord(f, exceptWords)
}

// withoutSaid reports whether a question asks of something done with a
// thing ("When did Reinhold Messner climb Everest with oxygen?") and
// fact f holds the thing only within three words after "without": "made
// the first ascent without bottled oxygen" says the opposite. Not of a
// question of yes or no, or of what: "did de lesseps want a canal with
// locks" is answered so ("a canal at sea level without locks").
func (b *Base) withoutSaid(q *question, f int32) bool {
	if q.withAt < 0 || q.typ == AskOther {
		return false
	}
	qw := &q.words[q.withAt]
	fact, own := b.facts[f], b.own[f]
	lex := fact.article.lex
	seen := false
	for k := 0; k < len(own) && k < len(fact.toks); k++ {
		if own[k] < 0 || !qw.matches(own[k]) {
			continue
		}
		negated := false
		for j := max(0, k-3); j < k; j++ {
			if lex.wordOf(fact.toks[j]) == "without" {
				negated = true
			}
		}
		if !negated {
			return false
		}
		seen = true
	}
	return seen
}

// withoutUnsaid reports whether a question asks of something done
// without a thing ("Who was the first woman to climb Everest without
// oxygen?") and fact f, with the sentence it leans on, never writes the
// thing: "Junko Tabei … became the first woman to reach the summit" says
// nothing of how.
func (b *Base) withoutUnsaid(q *question, f int32) bool {
	qw := &q.words[q.withoutAt]
	return matchIn(b.ownSet[f], qw) == 0 && matchIn(b.anteSet(f), qw) == 0
}

// rateUnsaid reports whether a question asks an amount in a span of time
// ("How much oil does the Motihari pipeline carry a year?", "how many
// ships use the canal each year") and fact f, with the sentence it leans
// on, gives no rate: no "a year", "per day", "each month", "annually" or
// the like. "The pipeline, 69 km long and opened in September 2019"
// says how long it is, not how much it carries.
func (b *Base) rateUnsaid(q *question, f int32) bool {
	if !q.rateAsked {
		return false
	}
	fact := b.facts[f]
	for _, g := range [2]*Fact{fact, antecedent(fact)} {
		if g == nil {
			continue
		}
		lex := g.article.lex
		if rateAt(len(g.toks), func(k int) string { return lex.wordOf(g.toks[k]) }) >= 0 {
			return false
		}
	}
	return true
}

// rateAt returns the index of the first of n words (word gives each)
// that opens a rate ("a year", "per day", "each month", "in a typical
// year", "annually"), or -1.
func rateAt(n int, word func(int) string) int {
	for i := 0; i < n; i++ {
		w := word(i)
		if rateWords[w] {
			return i
		}
		// "a year", "in a typical year", "in a working day".
		if w == "a" || w == "an" || w == "per" || w == "each" || w == "every" {
			if i+1 < n && rateUnits[word(i+1)] || i+2 < n && rateUnits[word(i+2)] {
				return i
			}
		}
	}
	return -1
}

// rateUnits are the spans of time a rate is given in; rateWords say a
// rate alone.
var rateUnits, rateWords = makeSet(`year day month week hour minute second night season decade`),
	makeSet(`annually annual yearly daily monthly weekly hourly nightly`)

// exceptWords set something apart as "not" does; stop words most of
// them, so read from a fact's words, not its terms.
var exceptWords = makeSet(`only except exception exceptions excluding without neither nor unlike apart besides instead`)

// numUnsaid reports whether a question names a number in digits ("in
// 2019", "Apollo 13") that neither fact f, the sentences beside it, its
// antecedent and heading nor its paragraph hold: "Who won the 2019 Copa
// América final?" is not answered by the finals Chile won in 2015 and
// 2016. "How many riders finished in 1903?" is answered by "Sixty riders
// started and 21 finished", two sentences after "… on 1 July 1903".
func (b *Base) numUnsaid(q *question, f int32) bool {
	para := b.paraOf[f]
	for i := range q.words {
		qw := &q.words[i]
		if !qw.num || !isNumber(qw.text) || b.nearFact(qw, f) {
			continue
		}
		if !slices.ContainsFunc(qw.alts, func(a alt) bool { return holds(b.paraPost.of(a.t), para) }) {
			return true
		}
	}
	return false
}

// clockUnsaid reports whether a question asks the time of day ("What time
// did the earthquake hit?", "What time is it in Tirana?") and fact f, with
// the sentence it leans on, tells none: a date says the day, not the hour,
// and the part of the day the question names itself says no more ("what
// time of night did it happen" of "… died on the night of the explosion").
func (b *Base) clockUnsaid(q *question, f int32) bool {
	if q.typ != AskOther || q.focus != "time" || q.focusAt != 0 {
		return false
	}
	fact := b.facts[f]
	if clockSaid(fact.Text) || fact.prev != nil && clockSaid(fact.prev.Text) {
		return false
	}
	return !b.writesStem(f, func(st string) bool {
		return clockStems[st] && !slices.ContainsFunc(q.words, func(qw qword) bool { return Stem(qw.text) == st })
	})
}

// clockStems are the stems of the words that tell a time of day.
var clockStems = makeStems(`noon midnight morning afternoon evening night dawn dusk sunrise sunset o'clock hours minutes seconds`)

// clockSaid reports whether text writes a time as the clock does: "at
// 3:54", "2:03:02", "10 pm", "10 p.m.".
func clockSaid(text string) bool {
	for i := 1; i+1 < len(text); i++ {
		if text[i] == ':' && isDigitByte(text[i-1]) && isDigitByte(text[i+1]) {
			return true
		}
		if c := text[i] | 0x20; (c == 'a' || c == 'p') && text[i-1] == ' ' && i >= 2 && isDigitByte(text[i-2]) {
			rest := strings.ToLower(text[i+1 : min(len(text), i+3)])
			if strings.HasPrefix(rest, ".m") || strings.HasPrefix(rest, "m") && (len(rest) == 1 || rest[1] < 'a' || rest[1] > 'z') {
				return true
			}
		}
	}
	return false
}

// populationUnsaid reports whether a question asks how many people live
// in a place ("How many people live in Tirana?", "What is the population
// of Morocco?") and fact f, with the sentence it leans on, neither says a
// population ("population", "inhabitants", "census" …) nor counts people
// other than the dead: "a Holocaust memorial in the capital of Tirana …
// three stone plaques" and "the bombings killed 224 people" say nothing
// of how many live there; "Nigeria had about 220 million people" does.
// A fact with no number at all ("a larger Jewish population than it had
// before") says no population either.
func (b *Base) populationUnsaid(q *question, f int32) bool {
	if !b.asksPopulation(q) {
		return false
	}
	// "a larger Jewish population than it had before" tells no number.
	if !b.anyItem(f, func(_ *Fact, it *item) bool { return it.kind == itemNumber && !it.uncounted }) {
		return true
	}
	if said, others := b.populationSaid(q, f); said {
		return false
	} else if others {
		return true // "Its Jewish population rose from 200 …" for "What is the population of Albania?"
	}
	return !(q.count && q.countAt >= 0 && b.countsAsked(q, f) &&
		!b.writesStem(f, func(st string) bool { return eventSaid[st]&deathEvent != 0 }))
}

// populationSaid reports whether fact f, with the sentence it leans on,
// writes a word of population (populationStems) of the place asked, and
// whether it writes one only of others: after a capitalised word the
// question lacks ("Its Jewish population" is of some of them).
func (b *Base) populationSaid(q *question, f int32) (said, others bool) {
	said = b.scanWords(f, func(g *Fact, k int, _ string) bool {
		own := b.own[g.gid]
		if k >= len(own) || own[k] < 0 || !populationStems[b.stems[own[k]]] {
			return false
		}
		if k > 1 && g.toks[k-1].cap && own[k-1] >= 0 && !anyMatches(q.words, own[k-1]) {
			others = true
			return false
		}
		return true
	})
	return said, others && !said
}

// asksPopulation reports whether a question asks how many people live
// somewhere: "how many people live in", "what is the population of"; not
// a part of the population ("how much of Lithuania's population is
// Polish", "what percentage of the population is Muslim"), which a share
// answers.
func (b *Base) asksPopulation(q *question) bool {
	if q.shareAsked || q.muchOf {
		return false
	}
	if q.focus == "population" || q.typ == AskNumber && slices.ContainsFunc(q.words, func(qw qword) bool { return qw.text == "population" }) {
		return true
	}
	// "tirana population", a search: the noun closes it.
	if n := len(q.words); n >= 2 && q.words[n-1].text == "population" {
		return true
	}
	// People counted: "people", "inhabitants", or a people's name
	// ("How many Nigerians lived in Ghana?"), not "fish species".
	if !q.count || q.countAt < 0 || !peopleWords[b.wordStem(&q.words[q.countAt])] && !q.words[q.countAt].name {
		return false
	}
	return slices.ContainsFunc(q.words, func(qw qword) bool { return living(b.wordStem(&qw)) })
}

// populationStems are the stems of the words that say how many live
// somewhere ("by 1963 they numbered about 190,000").
var populationStems = makeStems(`population populous populated inhabitants residents census numbered`)

// roleUnsaid reports whether a question asks who holds a role to or of a
// name ("Who is the mayor of Tel Aviv?") and fact f, with the sentence
// it leans on, does not name the role: "Albania has an embassy in Tel
// Aviv" says nothing of its mayor.
func (b *Base) roleUnsaid(q *question, f int32) bool {
	if q.roleAt < 0 {
		return false
	}
	role := &q.words[q.roleAt]
	// "What is the capital of Kosovo?" is not answered by the Kosovo
	// War.
	if q.typ != AskPerson && !(q.typ == AskPlace && role.text == "capital") {
		return false
	}
	if b.writes(f, role) {
		return false
	}
	// The role's verb says it too: "led by Georgios Grivas" names the
	// leader, "who governed it" the governor.
	if w := role.text; len(w) > 4 && (strings.HasSuffix(w, "er") || strings.HasSuffix(w, "or")) {
		verbs := [2]string{Stem(w[:len(w)-2]), Stem(w[:len(w)-1])}
		return !b.writesStem(f, func(st string) bool { return st == verbs[0] || st == verbs[1] })
	}
	return true
}

// writes reports whether fact f, or the sentence it leans on and is
// quoted with, holds question word qw or a form of it (not a synonym).
func (b *Base) writes(f int32, qw *qword) bool {
	return matchIn(b.ownSet[f], qw) >= b.m.wRelated || matchIn(b.anteSet(f), qw) >= b.m.wRelated
}

// writesStem reports whether fact f, or the sentence it leans on, holds a
// word whose stem is one of want.
func (b *Base) writesStem(f int32, want func(stem string) bool) bool {
	for _, set := range [2][]int32{b.ownSet[f], b.anteSet(f)} {
		for _, t := range set {
			if want(b.stems[t]) {
				return true
			}
		}
	}
	return false
}

// livesElsewhere reports whether a question asks how many live in a place
// ("How many Argentines live in Chile?") and fact f says only of another
// place that people live in it ("about 191,000 people born in Chile
// lived in Argentina", or "emigrated to Israel, where they number some
// 550" for "How many Jews live in Albania today?"): the count is of the
// other direction.
func (b *Base) livesElsewhere(q *question, f int32) bool {
	if !q.count {
		return false
	}
	live := liveStem
	at := -1
	for i := range q.words {
		if b.wordStem(&q.words[i]) == live {
			at = i
		}
	}
	if at < 0 {
		return false
	}
	var places []*qword
	for j := at + 1; j < len(q.words); j++ {
		if q.words[j].name {
			places = append(places, &q.words[j])
		}
	}
	if len(places) == 0 {
		return false
	}
	isAsked := func(t int32) bool {
		return slices.ContainsFunc(places, func(qw *qword) bool { return b.namesTerm(qw, t) })
	}
	fact, own := b.facts[f], b.own[f]
	lex := fact.article.lex
	other := false
	for k := 0; k+2 < len(own) && k+2 < len(fact.toks) && k < maxNameScan; k++ {
		if own[k] < 0 || b.stems[own[k]] != live || lex.wordOf(fact.toks[k+1]) != "in" {
			continue
		}
		n := k + 2
		if lex.wordOf(fact.toks[n]) == "the" && n+1 < len(own) {
			n++
		}
		named := false
		for ; n < len(own) && n < len(fact.toks) && fact.toks[n].cap; n++ {
			if t := own[n]; t >= 0 && isAsked(t) {
				return false // lives in the place asked
			}
			named = true
		}
		other = other || named
	}
	// "emigrated in the 1990s to Israel, where … they number some 550
	// people": the place before ", where" is where the ones counted live.
	for k := 0; k+1 < len(own) && k+1 < len(fact.toks) && k < maxNameScan; k++ {
		if !fact.toks[k].cap || own[k] < 0 || lex.wordOf(fact.toks[k+1]) != "where" || !strings.HasPrefix(fact.Text[fact.toks[k].end:], ", where") {
			continue
		}
		for n := k; n >= 0 && fact.toks[n].cap && own[n] >= 0; n-- {
			if isAsked(own[n]) {
				return false
			}
		}
		other = true
	}
	return other
}

// eventUnsaid reports whether a question asks when someone was born,
// married or died, or when something was founded (or where, who: "Where
// was Besiana Kadare born?", "Who is Edi Rama married to?", "who founded
// the IDF"; a death "when" or "what": "What did Oliver Tambo die of?"),
// who someone's relative was ("Who was Isaac Herzog's father?"), who
// designed a thing, who or when won or discovered one, and fact f, with the
// sentence it leans on, says no such event of anyone or anything (nor,
// for a life, gives its dates in brackets after a name the question
// asks): "When did Enver Hoxha die?" is not answered by "During the Cold
// War (1947–1991), … Enver Hoxha had strained ties with Israel", "when
// did charles babbage die" by "Augusta Ada King, Countess of Lovelace
// (née Byron; 10 December 1815 – 27 November 1852)", nor "When was the
// United Nations founded?" by "Also in 2018, … co-hosted an event at the
// United Nations". A date beside a name is another event's. Of every
// set's questions that ask so, those answered rightly all said it. A
// question that asks two events ("How was Robespierre wounded before he
// was guillotined?") needs both said.
func (b *Base) eventUnsaid(q *question, f int32) bool {
	if q.event == 0 {
		return false
	}
	// Each event asked must be said: "finish lifting its ban" is not
	// answered by the ban alone.
	for _, o := range q.others[:q.nOthers] {
		if b.oneEventUnsaid(q, f, o.ev, int(o.at)) {
			return true
		}
	}
	return b.oneEventUnsaid(q, f, q.event, q.eventAt)
}

// oneEventUnsaid is eventUnsaid for the event ev (1 + its index in
// events) that the question's word at asks.
func (b *Base) oneEventUnsaid(q *question, f int32, ev8 int8, at int) bool {
	ev := &events[ev8-1]
	bit := uint64(1) << (ev8 - 1)
	if (b.writes(f, &q.words[at]) || b.writesStem(f, func(st string) bool { return eventSaid[st]&bit != 0 && (q.startAsked || !startStems[st]) })) &&
		!b.saidInNameOnly(q, f, at, bit) {
		return b.othersEvent(q, f, at, bit)
	}
	// "During the Cold War (1947–1991)" says when it ended.
	if (ev.asked == endAsked || ev.asked == closeAsked) && b.dateSpan(f) || ev.asked == leaderAsked && b.writesWord(f, underWord) {
		return false
	}
	return !ev.life || q.typ != AskDate || !b.lifeBracket(q, b.facts[f])
}

// startStems are the stems of the words that say a beginning: they say
// an event that has one ("construction began in 1459") only for a
// question that asks it ("When did they start building Topkapi
// Palace?"); "the Nika riots, which began among the factions of the
// Hippodrome" says no building of it.
var startStems = makeStems(`began begun begin begins beginning start started starts starting`)

// saidInNameOnly reports whether fact f, with the sentence it leans on,
// writes the event a question asks only as a form of its asking word (at)
// inside a name the question asks by, and no other word of the event:
// "the Great Barrier Reef Foundation" says no founding of it. A word of
// the event that is no form of the asking word says it, in a name too
// ("the Nile Waters Agreement" was signed).
func (b *Base) saidInNameOnly(q *question, f int32, at int, bit uint64) bool {
	// Only a name of the question that holds a form of the asking word
	// can hide the event: most questions have none, and the fact's words
	// go unread.
	asking := &q.words[at]
	if asking.name || !slices.ContainsFunc(q.words, func(qw qword) bool {
		return qw.name && slices.ContainsFunc(qw.alts, func(a alt) bool { return asking.weightOf(a.t) >= b.m.wRelated })
	}) {
		return false
	}
	inName := false
	plain := b.scanWords(f, func(g *Fact, k int, _ string) bool {
		own := b.own[g.gid]
		if k >= len(own) || own[k] < 0 {
			return false
		}
		t := own[k]
		form := q.words[at].weightOf(t) >= b.m.wRelated
		if !form && eventSaid[b.stems[t]]&bit == 0 {
			return false
		}
		if form && k > 0 && g.toks[k].cap && slices.ContainsFunc(q.words, func(qw qword) bool { return qw.name && qw.matches(t) }) {
			inName = true
			return false
		}
		return true
	})
	return inName && !plain
}

// othersEvent reports whether fact f says the event a question asks
// (its word at, or a word of the event's bit) only as another name's:
// each time right after a possessive the question's names do not match
// ("the year after Hooke's death" tells nothing of Newton's). Read in
// the fact and the sentence it leans on; one plain mention ("he died")
// is enough.
func (b *Base) othersEvent(q *question, f int32, at int, bit uint64) bool {
	pair := [2]*Fact{b.facts[f], antecedent(b.facts[f])}
	// Without a possessive, the event is said plainly (the caller found
	// it in one of the two): most facts are passed over here.
	if !slices.ContainsFunc(pair[:], func(g *Fact) bool {
		return g != nil && (strings.Contains(g.Text, "'s ") || strings.Contains(g.Text, "’s "))
	}) {
		return false
	}
	other := false
	for _, g := range pair {
		if g == nil {
			continue
		}
		own := b.own[g.gid]
		for k := 0; k < len(g.toks) && k < len(own); k++ {
			if own[k] < 0 || !q.words[at].matches(own[k]) && eventSaid[b.stems[own[k]]]&bit == 0 {
				continue
			}
			if k == 0 {
				return false
			}
			if !possessiveAt(g.Text[g.toks[k-1].end:g.toks[k].start]) || !g.toks[k-1].cap || own[k-1] >= 0 && anyMatches(q.words, own[k-1]) {
				return false
			}
			other = true
		}
	}
	return other
}

// lifeBracket reports whether a fact gives dates in brackets right after
// a name the question asks: "Albert Einstein (14 March 1879 – 18 April
// 1955)". Only the fact's opening is read, where a life's dates stand
// after the name, so that a hostile fact of many brackets costs no more
// than a short one.
func (b *Base) lifeBracket(q *question, f *Fact) bool {
	text := f.Text[:min(len(f.Text), maxLifeBracket)]
	for from := 0; from < len(text); {
		i := strings.IndexByte(text[from:], '(')
		if i < 0 {
			return false
		}
		i += from
		from = i + 1
		end := strings.IndexByte(text[i:], ')')
		if end < 0 || !strings.ContainsAny(text[i:i+end], "0123456789") {
			continue
		}
		before := strings.Fields(text[max(0, i-40):i])
		if len(before) == 0 {
			continue
		}
		last := Stem(strings.ToLower(strings.Trim(before[len(before)-1], ",;")))
		if slices.ContainsFunc(q.words, func(qw qword) bool { return qw.name && Stem(qw.text) == last }) {
			return true
		}
	}
	return false
}

// maxLifeBracket is how far into a fact lifeBracket looks: the longest
// names and their brackets of dates ("Augusta Ada King, Countess of
// Lovelace (née Byron; 10 December 1815 – 27 November 1852)") fit well
// within it.
const maxLifeBracket = 400

// events are what a question may ask that a fact must say to answer it
// (eventUnsaid): a birth, a death, a founding, a marriage, a relative
// (said by any word of a family), a design, a win (said by a prize too:
// "shared the Nobel Prize"), a discovery, a completion ("When was Nijō
// Castle completed?" of a sentence that says no building of it), the
// weather, a flight, a constitution, a magnitude, a burial, a schooling,
// a religion, an election, an arrest, an invasion, a retirement, a
// divorce, a renaming, a patent, a wound, a sport, an end and a closing
// (said by a span of dates too) and a succession. Left out: a crowning ("crown
// of thorns" stems as "crowned" does), a home ("live": people are
// "based" or "kept" somewhere), a meaning (questions of definition ask
// what a word means of sentences that only use it), a nickname, and an
// invention ("Sabin's oral vaccine" says who invented it without a word
// of it). asked are the question's words that ask it,
// said the fact's that say it, in any of their forms (they are matched
// by stem); life marks a birth or a death, which dates in brackets after
// a name say too.
var events = [...]struct {
	asked, said string // words, stemmed once into eventAsked and eventSaid
	life        bool
	// types are the kinds of question, as bits 1<<QuestionType, that
	// ask it so. A death is asked so only of a date or with "what"
	// ("What did he die of?"): "Who killed Marat?" is answered by
	// "Charlotte Corday stabbed him", and "Who painted the death of
	// Marat?" asks no death; "where was she born", "who founded it" and
	// "who did he marry" are asked of the event as "when" is.
	types uint8
}{
	eventBirth: {birthWords, birthWords, true, whenWhereWho},
	eventDeath: {deathWords, deathWords, true, 1<<AskDate | 1<<AskOther},
	// "found" is read as "find": "When was the wreck found?".
	eventFounding: {`founded establish established`, `founded founding foundation founder founders establish established establishment create created creation form formed set started start began begin opened open built build incorporated launched proclaimed`, false, whenWhereWho},
	eventMarriage: {`marry married marriage wed wedded wedding`, `marry married marriage marriages wed wedded wedding wife husband spouse bride bridegroom groom honeymoon`, false, whenWhereWho | 1<<AskOther},
	{kinWords, kinWords + ` family child children married marry marriage née born`, false, 1 << AskPerson},
	{`designed designer sculpted sculptor`, `designed design designs designer designers architect architects architecture engineer engineers planned plans drew drawn sculpted sculptor sculptors sculpture sculptures carved artist artists`, false, 1 << AskPerson},
	// A championship held ("hosted the UEFA Euro 2008 football
	// championship") names no winner: the word is no win said.
	{`win won winner`, `win won winning winner winners victory victories champion champions title titles beat defeated triumph gold awarded award awards received receive shared prize prizes medal medals`, false, 1<<AskPerson | 1<<AskDate | 1<<AskOther},
	{`discover discovered discoverer`, `discover discovered discovery discoveries discoverer found identified described observed spotted noticed named detected`, false, 1<<AskPerson | 1<<AskDate},
	{`finished completed`, `finished finish completed complete completion built build construction constructed opened open erected inaugurated`, false, 1 << AskDate},
	// "What is the climate like in Tel Aviv?" needs a fact of weather,
	// not the embassy there.
	{`climate weather`, `climate climates climatic weather temperature temperatures rain rains rainfall rainy snow snowfall warm warmer warmest cold colder coldest hot hotter hottest dry wet humid humidity mild winter winters summer summers season seasons monsoon precipitation sunny sunshine arid tropical temperate frost freezing wind winds calm clear cloudy fog foggy overcast`, false, 1<<AskOther | 1<<AskPlace},
	{`airline airlines flight flights fly flies`, `airline airlines flight flights fly flies flew flown airport airports aircraft plane planes carrier route routes air aerial aviator aviators aviation pilot pilots`, false, 1<<AskOther | 1<<AskPlace | 1<<AskDate | 1<<AskPerson},
	{`constitution`, `constitution constitutional`, false, whenWhereWho | 1<<AskOther},
	// "What was the magnitude of the 2019 earthquake?": a magnitude has
	// no unit to tell it by, so the word must be said.
	{`magnitude`, `magnitude magnitudes richter`, false, 1<<AskOther | 1<<AskDate},
	// "Where is Marie Antoinette buried?" needs a burial said, not her
	// execution.
	{`buried burial grave tomb`, `buried burial burials grave graves tomb tombs interred cemetery crypt mausoleum remains reburied`, false, 1<<AskPlace | 1<<AskDate},
	// "Where did Kiichiro Toyoda go to university?", "What university
	// did Edi Rama attend?": a schooling said.
	{`school university college educated education studied study graduate graduated`, `school schools schooling university universities college colleges educated education studied study studies student students graduate graduated degree academy enrolled attended lycée gymnasium seminary`, false, 1<<AskPlace | 1<<AskDate | 1<<AskOther | 1<<AskPerson},
	// "When was Mandela elected?": an election said.
	{`elected election`, `elected election elections vote votes voted voting ballot ballots won win chosen poll polls referendum`, false, 1<<AskDate | 1<<AskPerson | 1<<AskPlace | 1<<AskOther},
	// "When was Mandela arrested?": an arrest said.
	{`arrested arrest imprisoned jailed`, `arrested arrest arrests prison prisoner prisoners jailed jail imprisoned imprisonment detained detention captured custody sentenced trial convicted`, false, 1<<AskDate | 1<<AskPlace | 1<<AskPerson | 1<<AskOther},
	// "When did the Italians invade Albania?": an invasion said.
	{`invade invaded invasion`, `invade invaded invades invading invasion invasions occupied occupation occupy attacked attack attacks conquered conquest seized captured landed marched`, false, 1<<AskDate | 1<<AskPlace | 1<<AskPerson | 1<<AskOther},
	// "When did Akio Toyoda retire?": a retirement said; not a
	// succession, which tells who took a post ("he succeeded his teacher
	// as Lucasian Professor"), not when its holder left.
	{`retire retired retirement resign resigned resignation`, `retire retired retires retiring retirement resign resigned resigns resigning resignation stepped left withdrew quit ousted dismissed`, false, 1<<AskDate | 1<<AskPlace | 1<<AskOther},
	// "When did Einstein divorce Mileva?": a divorce said.
	{`divorce divorced`, `divorce divorced divorces separated separation split annulled`, false, 1<<AskDate | 1<<AskPlace | 1<<AskPerson | 1<<AskOther},
	// "When was the Radium Institute renamed?": a name given said.
	{`renamed rename`, `renamed rename renaming named name names called known became`, false, 1<<AskDate | 1<<AskPerson | 1<<AskOther},
	// "When did Dunlop patent the tyre?": a patent said.
	{`patent patented`, `patent patents patented`, false, 1<<AskDate | 1<<AskPerson | 1<<AskOther},
	// "How was Robespierre wounded?": a wound said.
	{`wounded injured injury`, `wounded wound wounds injured injury injuries shot hurt broken broke`, false, 1<<AskDate | 1<<AskPlace | 1<<AskPerson | 1<<AskOther},
	// "What football teams play in Tel Aviv?": a sport said.
	{`football soccer basketball tennis sport sports`, `football soccer basketball tennis sport sports club clubs team teams league leagues match matches stadium stadiums cup championship championships goal goals player players played coach olympic olympics`, false, 1<<AskOther | 1<<AskPerson | 1<<AskPlace | 1<<AskDate},
	// "When did the revolt in the Vendée end?": an end said.
	// "what year did israel open its embassy in tirana": an opening
	// said, not relations established.
	{`open opened opening`, `opened open opens opening openings reopened reopen inaugurated inauguration unveiled launched built completed premiered premiere performed staged`, false, 1 << AskDate},
	// "Who did Peres meet during his 1994 trip to Albania?": a meeting
	// said, not the visit alone.
	{`meet met meeting`, `meet met meets meeting meetings talks summit conference gathered gather assembled received receive hosted host welcomed greeted`, false, 1<<AskPerson | 1<<AskDate | 1<<AskPlace},
	// "When was the Ramla military base built?": a building said, not a
	// visit to it.
	{`built build constructed construction erected`, `built build builds building construction constructed erected completed completion finished opened inaugurated dates dating dated founded established laid stone raised begun started began architect designed designer`, false, 1 << AskDate},
	// "When was the Apollo 11 crew announced?": an announcement said.
	{`announced announce announcement`, `announced announce announces announcing announcement announcements declared declaration revealed unveiled named proclaimed public statement press`, false, 1<<AskDate | 1<<AskPerson},
	// "When was Louis XVI crowned king?": a coronation said.
	{`crowned coronation`, `crowned crown crowning coronation throne acceded accession succeeded enthroned`, false, 1<<AskDate | 1<<AskPlace | 1<<AskPerson},
	// "Who commissioned The Last Supper?": a commission said, not the
	// painting alone.
	{`commissioned commission`, `commissioned commission commissions ordered order requested hired patron patrons paid funded`, false, 1<<AskPerson | 1<<AskDate},
	// "Who took the famous summit photo of Tenzing Norgay?": a
	// photograph said.
	{`photographed photograph photo photos photographs`, `photographed photograph photographs photo photos photographer photographers picture pictures camera cameras images filmed`, false, 1<<AskPerson | 1<<AskDate | 1<<AskPlace},
	// "Who defended Louis XVI at his trial?": a defence said.
	{`defended defend`, `defended defend defends defending defence defense defenders defender lawyer lawyers counsel advocate attorney garrison held troops army armies`, false, 1<<AskPerson | 1<<AskDate},
	// "who led the fourth crusade": a leader said, not the army alone.
	{leaderAsked, `led lead leads leading leader leaders leadership headed head heads chief commander commanders commanded command commands under president chairman chair director general admiral captain king queen emperor ruler ruled governor mayor minister premier founder founded`, false, 1 << AskPerson},
	// "when was the hippodrome destroyed": a destruction said.
	{`destroyed destroy destruction demolished`, `destroyed destroy destroys destroying destruction demolished demolition razed burned burnt burnedown ruined ruins collapsed sacked bombed flattened wrecked`, false, 1<<AskDate | 1<<AskPerson},
	// "when was the bridge restored": a restoration said.
	{`restored restore restoration rebuilt rebuild renovated renovation`, `restored restore restoration restorations rebuilt rebuild rebuilding reconstruction reconstructed renovated renovation repaired designed designer architect built new`, false, 1<<AskDate | 1<<AskPerson},
	// "who attended the unveiling of the holocaust memorial": those
	// present said, not the unveiling alone; a school attended is said
	// by its schooling ("What university did Edi Rama attend?").
	{`attended attend attendance attendees`, `attended attend attends attending attendance attendees present guests guest participated participants participant joined audience audiences spectators crowd crowds delegation delegations school schools university universities college colleges studied student students educated graduated`, false, 1<<AskPerson | 1<<AskNumber | 1<<AskOther},
	// "Does Albania recognize the State of Palestine?": a recognition
	// said, not a word on peace.
	{`recognize recognise recognized recognised recognition recognizes recognises`, `recognize recognise recognized recognised recognizes recognises recognizing recognising recognition recognitions acknowledged acknowledge`, false, 1<<AskOther | 1<<AskDate | 1<<AskPerson | 1<<AskPlace | 1<<AskNumber},
	// "how many jews were deported from kosovo": a deportation said, not
	// a people sheltered.
	{`deported deportation deportations expelled expulsion`, `deported deport deportation deportations expelled expel expulsion expulsions exiled exile banished transported sent handed surrendered removed`, false, 1<<AskNumber | 1<<AskDate | 1<<AskPlace | 1<<AskPerson | 1<<AskOther},
	// "what did peres and berisha talk about in 1994": a talk said, not
	// the visit.
	{`talk talked discuss discussed`, `talk talks talked talking discuss discussed discusses discussing discussion discussions spoke speak speaks speaking speech conversation conversations negotiated negotiate negotiations agreed agreement agreements`, false, 1<<AskOther | 1<<AskDate | 1<<AskPerson | 1<<AskPlace},
	{endAsked, `end ended ending ends over until till concluded conclusion finished ceased ceasefire armistice surrender surrendered collapsed collapse fell dissolved dissolution abolished closed peace treaty`, false, 1 << AskDate},
	// "When did the Vesuvius Observatory close?", "When did Toyota stop
	// making the Land Cruiser?": a closing or a stop said, not the
	// founding ("founded in 1841", "made since 1951").
	{closeAsked, `close closed closes closing closure closures stop stopped stops ceased cease end ended ending ends discontinued discontinue abolished abolish abolition cancelled canceled cancel cancellation shut scrapped dissolved withdrawn retired replaced switched until last final suspended banned`, false, 1 << AskDate},
	// "Who was Enver Hoxha's successor?": a succession said.
	{`successor successors succeeded succeed predecessor`, `successor successors succeeded succeed succeeds succession predecessor predecessors preceded replaced replace replacing followed`, false, 1<<AskPerson | 1<<AskDate | 1<<AskOther},
	// "How did Mexico react when Canada brought visas back?": a
	// reaction said, not the deed reacted to.
	{`react reacted reaction`, `react reacted reacts reacting reaction reactions respond responded responds responding response responses protest protested protests welcomed welcome condemned condemn condemnation criticised criticized criticism denounced praised replied reply retaliated retaliation objected objection outrage outraged angered anger recalled expelled`, false, 1<<AskOther | 1<<AskDate | 1<<AskPerson | 1<<AskPlace},
	// "Where are the Apollo 11 moon rocks kept now?": a keeping or a
	// showing said ("is preserved at Greenwich", "in the collection of
	// the Smithsonian"), not a place the thing once was.
	{`kept displayed display exhibited`, `kept keep keeps display displayed displays exhibited exhibit exhibits exhibition museum museums gallery galleries collection collections housed houses stored preserved hangs hung held library archive archives shown`, false, 1 << AskPlace},
	// "What gift did Ilir Meta receive from the IDF?": a gift said, not
	// a meeting.
	{`gift gifts`, `gift gifts gave given give gives presented present presents donated donation donations awarded award awards handed bestowed`, false, 1<<AskOther | 1<<AskPerson | 1<<AskDate | 1<<AskPlace},
	// "Who wrote the Talmud?": a writing said, not an event where the
	// work was read.
	{`wrote written write writer author authored`, `wrote written writes write writing writings writer writers author authors authored book books novel novels poem poems penned composed published publish essay essays letter letters diary memoir memoirs article articles text texts described chronicler chroniclers historian historians`, false, 1<<AskPerson | 1<<AskDate},
	// "Who paid for the Holocaust memorial?", "How is the foundation
	// funded?": a payment said.
	{`paid pay funded fund sponsored funding`, `paid pay pays paying payment payments funded fund funds funding financed finance financing sponsored sponsor sponsors sponsorship cost costs bought buy sold sell donated donation donations grant grants money dollars euros pounds silver gold price wage wages salary salaries unpaid compensate compensated compensation reparations`, false, 1<<AskPerson | 1<<AskOther | 1<<AskDate | 1<<AskPlace},
	// "Which company owned the Shen Neng 1?", "who owns the stadium": an
	// owner said, not the thing alone.
	{`own owned owns owner owners ownership`, `own owned owns owning owner owners ownership belong belongs belonged bought buy buys purchased purchase acquired acquire acquisition sold sell property stake stakes shares shareholder shareholders holds held holding subsidiary`, false, 1<<AskPerson | 1<<AskOther | 1<<AskDate},
	// "When was Python 2.7 first released?": a release said, not the
	// version's end; "When was Walter Sisulu released?" is said by a
	// freeing.
	{`released release`, `released release releases releasing launched launch published publish issued issue debut debuted premiered appeared introduced unveiled freed free freedom out`, false, 1<<AskDate | 1<<AskOther | 1<<AskPerson},
	// "When was Luna 15 launched?": a launch said, not a crash.
	{`launch launched`, `launch launched launches launching lifted liftoff lift blasted flew flight introduced unveiled released debut debuted`, false, 1<<AskDate | 1<<AskOther | 1<<AskPerson | 1<<AskPlace},
	// "Who invited Herzog to Albania?": an invitation said, not the
	// visit.
	{`invited invite invitation`, `invited invite invites inviting invitation invitations host hosted hosts hosting guest guests welcomed welcome`, false, 1<<AskPerson | 1<<AskDate | 1<<AskOther | 1<<AskPlace},
	// "How long did the Beatles stay in Rishikesh?", "where did Herzog
	// stay": a stay said, not the arrival.
	{`stay stayed`, `stay stayed stays staying remained remain spent spend lived lodged hotel residence until`, false, 1<<AskPlace | 1<<AskNumber | 1<<AskDate | 1<<AskOther},
	// "How much trade is there between Egypt and Sudan a year?": trade
	// said, not the Nile's water shared.
	{`trade exports export`, `trade traded trades trading export exports exported exporter exporters import imports imported importer goods commerce commercial merchants market markets sold sell sales`, false, 1 << AskNumber},
	// "When did Albania join the United Nations?", "When did Albania
	// become a member of the UN?": a joining said, not an event at the
	// United Nations.
	{`join joined joining member membership`, `join joined joins joining member members membership accession acceded admitted admission entered enter entry signed replaced recruited enlisted elected election fellow inducted brought`, false, 1 << AskDate},
	// "what year did hoxha ban religion": a ban said, not his ties.
	{`ban banned banning prohibit prohibited outlaw outlawed forbid forbade forbidden`, `ban bans banned banning prohibit prohibits prohibited prohibition outlaw outlawed forbid forbids forbade forbidden illegal abolished abolish abolition suppressed suppress suppression restricted restriction restrictions closed embargo boycott`, false, 1<<AskDate | 1<<AskPerson | 1<<AskReason | 1<<AskOther},
	// "Who signed the 1991 agreement?": a signing said, not the
	// relations it began.
	{`sign signed signing signatory`, `sign signed signs signing signatory signatories signature signatures ratified ratify ratification concluded agreement agreements treaty treaties declaration accord accords pact convention charter protocol`, false, 1<<AskPerson | 1<<AskDate | 1<<AskPlace},
	// "What religion was Marie Curie raised in?": a faith said.
	{`religion religious faith`, `religion religions religious faith faiths catholic catholics protestant protestants christian christians jewish jews judaism muslim muslims islam islamic buddhist buddhists buddhism hindu hindus hinduism orthodox lutheran anglican atheist agnostic church churches baptised baptized converted`, false, 1<<AskOther | 1<<AskPlace | 1<<AskDate},
}

// The events other rules read by their bits in eventSaid; the rest
// follow them in the table.
const (
	eventBirth = iota
	eventDeath
	eventFounding
	eventMarriage
)

// endAsked are the words that ask an end: a span of dates says one too.
const endAsked = `end ended`

// closeAsked are the words that ask a closing or a stop, which a span of
// dates says too ("ran from 2003 to 2016").
const closeAsked = `close closed closure stop stopped cancel cancelled canceled abolish abolished discontinue discontinued shut`

// leaderAsked are the words that ask a leader: "under" says one too ("an
// Anglo-Egyptian army under Herbert Kitchener"), a stop word no term
// holds.
const leaderAsked = `led lead leads leader commanded commands commander`

// underWord is the word that names a leader after a body led.
var underWord = makeSet(`under`)

// dateSpan reports whether fact f, or the sentence it leans on, gives two
// dates in a row: "(1947–1991)", "from 1467 to 1477".
func (b *Base) dateSpan(f int32) bool {
	for _, g := range [2]*Fact{b.facts[f], b.facts[f].prev} {
		if g == nil {
			continue
		}
		items := b.items[g.gid]
		for i := range items {
			if datesInRow(g.Text, items, i) || items[i].kind == itemDate && strings.ContainsAny(g.Text[items[i].start:items[i].end], "–—") {
				return true
			}
		}
	}
	return false
}

// datesInRow reports whether items i and i+1 of text are dates written
// as a span: joined by "to", "until", "and" ("between 1467 and 1477") or
// a dash. Two dates apart ("In early 1968 … released on 22 November
// 1968") tell no span.
func datesInRow(text string, items []item, i int) bool {
	if i+1 >= len(items) || items[i].kind != itemDate || items[i+1].kind != itemDate || items[i].end > items[i+1].start {
		return false
	}
	between := strings.TrimSpace(text[items[i].end:items[i+1].start])
	for _, joiner := range [...]string{"to", "until", "till", "through", "and", "-", "–", "—", "to the", "until the"} {
		if strings.EqualFold(between, joiner) {
			return true
		}
	}
	return false
}

// beginningEvents are the bits (eventSaid's) of the events that begin a
// life or a thing: a birth and a founding.
const beginningEvents = 1<<eventBirth | 1<<eventFounding

// deathEvent is the bit (eventSaid's) of a death.
const deathEvent = 1 << eventDeath

// whenWhereWho are the bits of the questions of a date, a place and a
// person.
const whenWhereWho = 1<<AskDate | 1<<AskPlace | 1<<AskPerson

const kinWords = `father mother dad mom mum parents parent son sons daughter daughters brother brothers sister sisters wife husband spouse uncle aunt nephew niece grandfather grandmother grandson granddaughter cousin siblings stepfather stepmother`

const (
	birthWords = `born birth births baptised baptized`
	deathWords = `die died dies death deaths dead killed executed assassinated murdered guillotined hanged beheaded drowned perished slain suicide`
)

// eventAsked and eventSaid map a stem to the events (bit k for
// events[k]) that a question's word with it asks, or that a fact's word
// with it says: one lookup a word, however many events there are.
var eventAsked, eventSaid = func() (asked, said map[string]uint64) {
	const _ = uint64(1 << (len(events) - 1)) // a bit an event: at most 64, or this does not compile
	asked, said = map[string]uint64{}, map[string]uint64{}
	for k := range events {
		for _, w := range strings.Fields(events[k].asked) {
			asked[Stem(w)] |= 1 << k
		}
		for _, w := range strings.Fields(events[k].said) {
			said[Stem(w)] |= 1 << k
		}
	}
	return asked, said
}()

// talkStem is the stem of "talk", which asks a talk only before "about";
// meetStem and metStem those of "meet" and "met", which ask a meeting
// only of whom one met.
var talkStem, meetStem, metStem = Stem("talk"), Stem("meet"), Stem("met")

// liveStem and inhabitStem are the stems "how many people live in"
// asks with.
var liveStem, inhabitStem = Stem("live"), Stem("inhabit")

// living reports whether st is one of them.
func living(st string) bool { return st == liveStem || st == inhabitStem }

// wordStem returns the stem of a question word: its article term's, as
// asked, else its own (a word no article has), stemmed only then.
func (b *Base) wordStem(qw *qword) string {
	if len(qw.alts) > 0 && qw.alts[0].w == 1 {
		return b.stems[qw.alts[0].t]
	}
	// A misspelt word of English is the word meant: "who desgined the
	// memorial" asks of a design.
	if qw.meant != "" {
		return qw.meant
	}
	return Stem(qw.text)
}

// otherRole reports whether a question asks of a role held to or of a
// name ("Who is the Albanian ambassador to Israel?") and fact f writes
// that role only to or of another name ("Albanian Ambassador to the UN
// Besiana Kadare"): the fact's holder of the role is another's.
func (b *Base) otherRole(q *question, f int32) bool {
	// "the capital of Tirana" is Tirana, not Tirana's capital: only a
	// person's role is held of another.
	if q.roleAt < 0 || !titleWords[q.words[q.roleAt].text] {
		return false
	}
	fact, own := b.facts[f], b.own[f]
	role, of := &q.words[q.roleAt], &q.words[q.roleOf]
	other := false
	for k := 0; k+2 < len(own) && k+2 < len(fact.toks) && k < maxNameScan; k++ {
		if own[k] < 0 || !role.matches(own[k]) {
			continue
		}
		// "Israeli President Isaac Herzog" is Israel's president, not
		// Albania's, and "Israeli then-Minister of Foreign Affairs"
		// Israel's minister; "Israeli Ambassador Noah Gal Gendler" may
		// be the ambassador to Albania.
		if j := b.rolePeople(fact, own, k); j >= 0 && q.rolePrep == "of" {
			if b.namesAsked(of, b.stems[own[j]], own[j]) {
				return false
			}
			other = true
			continue
		} else if j >= 0 && q.roleOwner >= 0 && !b.namesAsked(&q.words[q.roleOwner], b.stems[own[j]], own[j]) {
			// "Israel's ambassador to the UN" is not "Albanian
			// Ambassador to the UN Besiana Kadare".
			other = true
			continue
		}
		if fact.article.lex.wordOf(fact.toks[k+1]) != q.rolePrep {
			continue
		}
		n := k + 2
		if fact.article.lex.wordOf(fact.toks[n]) == "the" && n+1 < len(own) {
			n++
		}
		if !fact.toks[n].cap || own[n] < 0 {
			continue
		}
		// The name after it, to its last capitalised word: "captain of
		// HMS Beagle" is of the Beagle.
		for ; n < len(own) && n < len(fact.toks) && fact.toks[n].cap; n++ {
			if own[n] >= 0 && b.namesTerm(of, own[n]) {
				return false // the role the question asks, written so
			}
		}
		other = true
	}
	return other
}

// rolePeople returns the index in fact's tokens of the proper adjective
// that writes whose the role at k is ("Israeli President", "the Albanian
// Prime Minister", "Israeli then-Minister"), over the title words between
// them, or -1.
func (b *Base) rolePeople(fact *Fact, own []int32, k int) int {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		w := fact.article.lex.wordOf(fact.toks[j])
		if titleWords[w] || w == "then" || w == "former" || w == "foreign" {
			continue
		}
		if !fact.toks[j].cap || own[j] < 0 || wordnetOfName(b.stems[own[j]]) == "" {
			return -1
		}
		return j
	}
	return -1
}

// namesAsked reports whether a proper adjective (its stem and term) is
// of the name question word of: "Albanian" of "Albania".
func (b *Base) namesAsked(of *qword, stem string, t int32) bool {
	if of.matches(t) {
		return true
	}
	return ofName(stem, b.wordStem(of))
}

// otherSubject reports whether a question about one subject of an article
// on two ("Albania–Israel relations") is matched by a fact that names
// the other subject and not the one asked about: "How many earthquakes
// hit Israel in 2019?" is not answered by Albania's earthquake. An en
// dash between the title's names marks such an article, as Wikipedia
// writes them.
func (b *Base) otherSubject(q *question, f int32) bool {
	a := b.facts[f].article
	// Two searches for a multi-byte string each, not strings.ContainsAny,
	// which for a set of runes beyond ASCII decodes the title rune by rune
	// and searches the set for each (720 instructions a fact, 1% of a
	// batch's).
	if !strings.Contains(a.Title, "–") && !strings.Contains(a.Title, "—") {
		return false
	}
	title, own := b.titleOf[a], b.ownSet[f]
	// "Its Jewish population rose" names Albania through the sentence
	// before, which it is quoted with.
	ante := b.anteSet(f)
	asked := false
	for i := range q.words {
		if qw := &q.words[i]; qw.name && matchIn(title, qw) > 0 {
			// "Did Sweden vote against the euro?" of "Swedish voters
			// rejected it": named by its adjective.
			if heldIn(own, ante, qw) || b.kinIn(qw, func(t int32) bool { return has(own, t) || has(ante, t) }) {
				return false
			}
			asked = true
		}
	}
	if !asked {
		return false
	}
	// The other subject is a name the title writes with a capital: a
	// name in the fact that holds "relations" ("Closer Economic
	// Relations") names neither country.
	subject := b.subjectOf[a]
	other := func(t int32) bool { return has(subject, t) }
	return b.namesUnasked(q, own, other) || b.namesUnasked(q, ante, other)
}

func (b *Base) release(r *ranked) { b.scratch.Put(r.sc) }

// decision says whether to answer with the chosen fact, and how sure.
type decision struct {
	answer     bool
	confidence float64
	companion  int // the candidate the answer quotes with the chosen one (Base.neighbour), or -1
}

// decide applies the rules that always decline, then the fitted
// confidence: a question about a name no article mentions is off the
// topic, and so is one whose chosen fact shares none of its specific words
// (only a title word such as "Albania", or a vague word such as "year"),
// or whose passage never names what it asks about.
func (b *Base) decide(r *ranked) decision {
	// The rules decline with no confidence at all: the answer's score is
	// 0 whether they did so before re-ranking or after.
	if r.chosen < 0 || r.q.unknownName || !b.passes(r, r.chosen) {
		return decision{companion: -1}
	}
	k := b.neighbour(r, r.chosen, b.m.join)
	d := b.decideFeatures(&r.q, &r.s, r.hits, r.xs, r.scores, r.chosen, k)
	conf := b.m.confidence(&d)
	return decision{answer: conf >= float64(b.m.threshold), confidence: conf, companion: k}
}

// lacksKind reports whether a question asks for a date or a number and
// the fact, with the sentence before it, holds none at all: "when" is not
// answered by a sentence without a date.
func (b *Base) lacksKind(q *question, f int32) bool {
	if q.typ != AskDate && q.typ != AskNumber || q.kindWaived {
		return false
	}
	// "How deep is Lake Toba?", "how much did it cost", "how long is the
	// flight": a measure other than an age wants a number in a unit of
	// it; a time may be a span of dates too ("from 1467 to 1477").
	unit := q.dims != 0 && q.dims != dimTime
	span := q.dims&dimTime != 0
	// "Since when have people lived there?" is answered by a time
	// counted back from now ("for at least 11,000 years").
	sinceWhen := q.typ == AskDate && q.since
	// "How far west did Venice's land reach?" is answered by "as far
	// west as Bergamo": a place, not a length.
	far := q.typ == AskNumber && q.far
	// "How far ahead of UTC is GPS time?" asks a time: "18 seconds".
	ahead := far && q.ahead
	// "How old is the Tünel?" of "opened in 1875": an age is told by
	// the date a thing began (its founding or birth said, or "since"),
	// not by any date ("How old is Isaac Herzog?" of his visit in 2024).
	age := q.typ == AskNumber && ageAsked(q)
	begun := age && b.writesStem(f, func(st string) bool { return eventSaid[st]&beginningEvents != 0 })
	fact := b.facts[f]
	for k, g := range [2]*Fact{fact, fact.prev} {
		// A measure is the fact's own, or of what it leans on: "Io is
		// the most volcanically active body" is not as high as the
		// Olympus Mons of the sentence before.
		if g == nil || k == 1 && unit && antecedent(fact) == nil {
			continue
		}
		if far && asFarAs(g.Text) {
			return false
		}
		for i := range b.items[g.gid] {
			it := &b.items[g.gid][i]
			if fits(it, q) == 2 && (!unit || it.dims&q.dims != 0) && (!age || it.kind != itemNumber || ageNumber(g.Text, it) && !b.othersAge(q, g, it)) && !(it.kind == itemNumber && (b.namedIn(q, it) || nameNumber(g, it))) || b.shareOfCounted(q, g, it) ||
				span && datesInRow(g.Text, b.items[g.gid], i) {
				return false
			}
			if (sinceWhen || ahead) && it.kind == itemNumber && it.dims&dimTime != 0 ||
				age && it.kind == itemDate && (begun || sinceBefore(g.Text, it.start) || fromBefore(g.Text, it.start)) ||
				span && it.kind == itemDate && sinceBefore(g.Text, it.start) {
				return false
			}
		}
	}
	return true
}

// nameNumber reports whether a number item of fact g is part of a name:
// in figures, right after a capitalised word that is no stop word or
// month, and before no word it counts. "Hut 8", "Apollo 11 was",
// "Flight 007" count nothing; "fly by Europa 49 times" and "the Africa
// Cup of Nations four times" count times.
func nameNumber(g *Fact, it *item) bool {
	k := int(it.tok0)
	if k == 0 || k >= len(g.toks) || it.tok1 != it.tok0 {
		return false
	}
	lx := g.article.lex
	p, t := g.toks[k-1], g.toks[k]
	if !p.cap || !adjacent(g.Text, p, t) || lx.bits[p.id]&(lxStop|lxMonth|lxMonthOrDay) != 0 || lx.bits[t.id]&lxNumber == 0 {
		return false
	}
	if k+1 < len(g.toks) {
		if n := g.toks[k+1]; !n.cap && adjacent(g.Text, t, n) && lx.bits[n.id]&lxStop == 0 {
			return false
		}
	}
	return true
}

// othersAge reports whether an age of fact g ("the 26-year-old guidance
// officer Steve Bales") is written before a name the question does not
// hold, within five words: another's age than the one asked.
func (b *Base) othersAge(q *question, g *Fact, it *item) bool {
	if !strings.HasPrefix(g.Text[it.end:], "-year-old ") {
		return false
	}
	own := b.own[g.gid]
	for k := int(it.tok1) + 1; k < len(g.toks) && k < len(own) && k <= int(it.tok1)+6; k++ {
		if g.toks[k].cap {
			return own[k] >= 0 && !anyMatches(q.words, own[k])
		}
	}
	return false
}

// ageNumber reports whether a number of text tells an age: "aged 66",
// "at the age of 14", "at 22", "when he was 21", "about 3,000 years
// old", "135 years", a "26-year-old"; not "at 11:30" or "three days
// later".
func ageNumber(text string, it *item) bool {
	// Only the words just before it are read: a hostile fact of many
	// numbers costs no more a number than a short one.
	before := strings.ToLower(strings.TrimRight(text[max(0, it.start-16):it.start], " "))
	for _, w := range [...]string{" aged", " age", " age of", " at", " he was", " she was"} {
		if strings.HasSuffix(" "+before, w) {
			return !strings.HasPrefix(text[it.end:], ":")
		}
	}
	after := strings.ToLower(text[it.end:min(len(text), it.end+10)])
	if strings.HasPrefix(after, "-year") || strings.HasPrefix(after, " years old") || strings.HasPrefix(after, " year old") {
		return true
	}
	if !strings.HasPrefix(after, " years") && !strings.HasPrefix(after, " year") {
		return false
	}
	// "dragged on for more than four years", "after three years": a
	// span of time, not an age.
	return !spanBefore[before[strings.LastIndexByte(before, ' ')+1:]]
}

// agesOnly reports whether a question asks how many of a thing there
// are ("How many stages did Pogačar win in 2024?") and every number of
// fact f, with the sentence it leans on, is an age (ageNumber): "won in
// 2020, when he was 21, and again in 2021 and 2024" counts nothing.
func (b *Base) agesOnly(q *question, f int32) bool {
	if !q.count {
		return false
	}
	ages := false
	counts := b.anyItem(f, func(g *Fact, it *item) bool {
		if it.kind != itemNumber {
			return false
		}
		ages = true
		return !ageNumber(g.Text, it)
	})
	return ages && !counts
}

// spanBefore are the words before a number of years that make it a span
// of time rather than an age.
var spanBefore = makeSet(`for than after within over lasted last took nearly almost spent spend spending`)

// sinceBefore reports whether the word before byte offset at of text is
// "since": "making bread since 1849".
func sinceBefore(text string, at int) bool {
	before := strings.TrimRight(text[:at], " ")
	n := len(before)
	return n >= 5 && strings.EqualFold(before[n-5:], "since") && (n == 5 || before[n-6] == ' ')
}

// fromBefore reports whether the words before byte offset at of text
// are "from" or "from the": "30 clay hives from the 10th century BC" tell
// their age.
func fromBefore(text string, at int) bool {
	before := strings.TrimSuffix(strings.TrimRight(text[:at], " "), " the")
	n := len(before)
	return n >= 4 && strings.EqualFold(before[n-4:], "from") && (n == 4 || before[n-5] == ' ')
}

// asFarAs reports whether text says how far something reaches by a
// place: "as far west as Bergamo", "as far upstream as Iquitos".
func asFarAs(text string) bool {
	for i := 0; i+len("as far ") <= len(text); i++ {
		if (i == 0 || text[i-1] == ' ') && hasPrefixFold(text[i:], "as far ") {
			rest := text[i+len("as far "):]
			if hasPrefixFold(rest, "as ") || strings.Contains(rest[:min(len(rest), 24)], " as ") {
				return true
			}
		}
	}
	return false
}

// nameAbsent reports whether the question names something (not the
// subject of the fact's article) that neither the fact, its antecedent and heading,
// the sentences beside it nor its paragraph mention: "Who is the prime
// minister of Italy?" is not answered by a sentence on Israel's prime
// minister. Measured on every question set, the rule declines five times
// as many questions the article does not answer as answerable ones.
func (b *Base) nameAbsent(q *question, f int32) bool {
	fact := b.facts[f]
	para := b.paraOf[f]
	title := b.titleOf[fact.article] // the subject, named or not
	// A list item stands alone: the items beside it, and the paragraph
	// the list makes, tell other events ("AD 79: Vesuvius buried
	// Pompeii" is no context for "2019: Whakaari killed 22 people"). So
	// does an infobox line: "Awards: Nobel Peace Prize (1917, 1944,
	// 1963)" is the subject's, not Gustave Moynier's, whom the box's
	// other lines name.
	item := fact.Kind == KindListItem || fact.Kind == KindInfobox
	near := func(qw *qword) bool {
		if item {
			own, ctx := b.ownSet[f], b.ctxSet[f]
			return matchIn(own, qw) > 0 || matchIn(ctx, qw) > 0 || b.kinIn(qw, func(t int32) bool { return has(own, t) || has(ctx, t) })
		}
		if b.nearFact(qw, f) {
			return true
		}
		for _, al := range qw.alts {
			post := b.paraPost.of(al.t)
			if holds(post, para) {
				return true
			}
		}
		return b.kinIn(qw, func(t int32) bool { return holds(b.paraPost.of(t), para) })
	}
	for g := 1; g <= q.groups; g++ {
		asked, in := false, false
		for i := range q.words {
			if qw := &q.words[i]; qw.group == g {
				asked = asked || matchIn(title, qw) == 0
				in = in || matchIn(title, qw) > 0 || near(qw)
			}
		}
		if asked && !in {
			return true
		}
	}
	return false
}

// anteSet returns the own words of the sentence a fact leans on and is
// quoted with, when it opens with a pronoun; else nil.
func (b *Base) anteSet(f int32) []int32 {
	if p := antecedent(b.facts[f]); p != nil {
		return b.ownSet[p.gid]
	}
	return nil
}

// heldIn reports whether question word qw, in any form or synonym, is
// among a fact's own words or those of the sentence it leans on (own and
// ante: Base.ownSet and Base.anteSet), as many rules ask.
func heldIn(own, ante []int32, qw *qword) bool {
	return matchIn(own, qw) > 0 || matchIn(ante, qw) > 0
}

// sharesSpecific reports whether a fact's own words, or those of the
// sentence it leans on and is quoted with, hold a question word that is
// neither a title word nor a vague one, or a number in a unit of the
// dimension the question's measure word asks, or, for a question of the
// job of a person the title names, an occupation.
func (b *Base) sharesSpecific(q *question, f int32) bool {
	return b.sharesWord(q, f, true) || b.dims[f]&q.dims != 0 || // "How tall is Everest?" of "Elevation: 8,848.86 m": the unit answers the measure word
		b.phraseHeld(q, f) ||
		q.job && titleOnly(q) && !b.jobUnsaid(q, f) // "what did Morse do for a living" of "Morse code": an occupation answers the title's person
}

// phraseHeld reports whether a fact writes three or more words of the
// question that stand together in both, title words and another: "when is
// ada lovelace day" of "Ada Lovelace Day, first held in 2009 …", where
// each word alone is the title's or vague. A run is compared by its first
// maxNameWords words, within the fact's first maxNameScan words, so that
// the worst fact and question cost a bounded search.
func (b *Base) phraseHeld(q *question, f int32) bool {
	own := b.own[f]
	own = own[:min(len(own), maxNameScan)]
	for start := 0; start < len(q.words); {
		end := start + 1
		for end < len(q.words) && q.words[end].pos == q.words[end-1].pos+1 {
			end++
		}
		run := q.words[start:min(end, start+maxNameWords)]
		start = end
		if len(run) < 3 || !slices.ContainsFunc(run, func(qw qword) bool { return qw.title }) || !slices.ContainsFunc(run, func(qw qword) bool { return !qw.title }) {
			continue
		}
		for k := 0; k+len(run) <= len(own); k++ {
			i := 0
			for i < len(run) && run[i].is(own[k+i]) {
				i++
			}
			if i == len(run) {
				return true
			}
		}
	}
	return false
}

// keeps reports whether a fact holds a specific word of the question
// other than its measure word: the best match, failing the rules, is
// declined rather than passed over only when it holds such a word
// (pick). "How heavy is Jupiter?" is not held by "launched on a Falcon
// Heavy", which lacks a mass, when "Mass: 1.898 × 10^27 kg" has one.
//
// Nor does a fact that only uses the word a question of definition asks
// about ("what does mellifera mean" of "Image: Apis mellifera flying")
// hold it before one that says what the word means; when the phrase is
// one only as a name (question.defCaps), a fact that does not write it
// as one holds the question as for any other.
func (b *Base) keeps(q *question, f int32) bool {
	return (q.defAt < 0 || q.defCaps && !b.namesPhrase(q, f)) && b.sharesWord(q, f, false)
}

// holdsSpecific reports whether a fact's own words, or those of the
// sentence it leans on, hold every word of the question that is neither
// a title word, a vague one nor the measure word; the word that asks an
// event is held by any word that says it ("established" for "founded").
func (b *Base) holdsSpecific(q *question, f int32) bool {
	own := b.ownSet[f]
	ante := b.anteSet(f)
	for i := range q.words {
		qw := &q.words[i]
		if qw.measure || qw.title || qw.light {
			continue
		}
		if !qw.known || !heldIn(own, ante, qw) && !(q.event != 0 && i == q.eventAt && !b.oneEventUnsaid(q, f, q.event, i)) {
			return false
		}
	}
	return true
}

// sharesWord reports whether a fact's own words, or those of the sentence
// it leans on, hold a question word that is neither a title word nor a
// vague one; the measure word after "how" counts when measure is set.
func (b *Base) sharesWord(q *question, f int32, measure bool) bool {
	own := b.ownSet[f]
	ante := b.anteSet(f)
	for i := range q.words {
		qw := &q.words[i]
		if qw.measure && !measure {
			continue
		}
		if qw.known && !qw.title && (!qw.light || qw.measure) && heldIn(own, ante, qw) {
			return true
		}
	}
	return false
}

func (b *Base) ask(text string, only *Article) Answer {
	r := b.runQuery(text, true, only, true)
	// "where is the Rosetta Stone now" and "which country is Lake
	// Baikal in" stop untyped, as the title's words (and "country")
	// share nothing specific: whether the lead answers them depends on
	// what they ask.
	if r.untyped && (titleOnly(&r.q) || placeWithin(&r.q, text)) {
		b.typeQuestion(&r.q, text, &r.sc.ab)
		r.untyped = false
	}
	if f := b.subjectFact(&r.q, text, only); f != nil {
		out := b.answer(text, []*Fact{f})
		out.Score = 1
		b.release(r)
		return out
	}
	// "What does Istanbul mean?": as the lead says what the subject is,
	// the sentence that says what its name means answers what the name
	// means, however little else of the question it holds.
	if !r.q.unknownName {
		if f, ok := b.titleMeaningFact(&r.q, text, only); ok {
			out := b.answer(text, []*Fact{b.facts[f]})
			out.Score = 1
			b.release(r)
			return out
		}
	}
	box := b.attributeFact(&r.q, only)
	out := b.answerRanked(text, r)
	// The infobox's line on what is asked of the subject answers, unless
	// the ranked answer says what the line says ("Einstein … died in
	// Princeton Hospital" for "Died: 18 April 1955 …, Princeton"), as a
	// sentence reads better than a line of the box.
	if box != nil && !(out.Found && b.agrees(out.Text, box, &r.q)) {
		out = b.answer(text, []*Fact{box})
		out.Score = 1
		b.release(r)
		return out
	}
	// Several articles: the others that answer too (multi.go). Called
	// here, not deferred with the release: the two deferred calls, and the
	// answer copied in and out of a call that returns it as it is with one
	// article, cost 180 instructions a question.
	if only == nil && len(b.Articles) > 1 && r.chosen >= 0 {
		out = b.acrossArticles(text, only, r, out)
	}
	b.release(r)
	return out
}

// subjectFact returns the sentence that introduces the article a
// question asks about as a whole ("what is coffee?", "who was
// Beethoven?", "tell me about the Panama Canal"), or nil. Every word of
// the question is a word of the article's title or asks for an account
// ("explain", "describe"); it asks (a question word, "tell me about",
// "explain"); its words hold at least half of the title's words, or its
// last; and no other article's title holds as great a share of them.
// The article's first sentence says what its subject is. Ranked, such a
// question matched every sentence alike, and the rule that declines a
// question with nothing rarer than the title's words declined it. A
// question about the article itself ("what is this article about?",
// "summary") is answered so too, when one article is asked. Asked where,
// when, how many of the title's noun, how big, tall, long or old the
// subject is, or how many people live there, the lead's sentence or
// infobox line that says so answers (placing, dating, counting,
// measuring, populating), or none does.
func (b *Base) subjectFact(q *question, text string, only *Article) *Fact {
	pop, size, age := false, uint8(0), false
	switch q.typ {
	case AskOther, AskPerson, AskPlace, AskReason, AskDate:
	case AskNumber:
		// "How many islands are in the Galápagos?" counts the subject's
		// own parts, which its lead says; "how big is Antarctica" asks
		// its size.
		pop, size, age = b.populationAsked(q), sizeAsked(q), ageAsked(q)
		if (!q.count || q.countAt < 0 || !q.words[q.countAt].title) && size == 0 && !age && !pop {
			return nil
		}
	default:
		return nil
	}
	within := q.typ == AskPlace && placeWithin(q, text)
	if q.negated || len(q.words) > 8 || !titleOnly(q) && !pop && !within {
		return nil
	}
	asked, account, light := 0, 0, 0
	for i := range q.words {
		qw := &q.words[i]
		switch {
		case accountWords[qw.text]:
			account++
		case qw.title:
			asked++
		case within && placeKind(qw.text), pop:
		case !qw.light:
			return nil
		case !(qw.measure && (size != 0 || age)) && !pop:
			light++
		}
	}
	// "Why is Beethoven famous?" asks for an account; "why Beethoven?"
	// asks nothing the lead tells.
	if q.typ == AskReason && account == 0 {
		return nil
	}
	// It must ask: the title's words alone ("Albania Israel") are a
	// topic, which /fact looks up, not a question.
	toks := tokenize(text, nil)
	if !slices.ContainsFunc(toks, func(t token) bool { return askingWords[strings.ToLower(t.word)] }) {
		return nil
	}
	if asked == 0 {
		// "What is this article about?", "give me a summary": the
		// article itself, when there is one to tell.
		source := slices.ContainsFunc(toks, func(t token) bool { return sourceWords[strings.ToLower(t.word)] })
		switch {
		case !source && account == 0:
			return nil
		case only != nil:
			return only.lead
		case len(b.Articles) == 1:
			return b.Article.lead
		}
		return nil
	}
	if light > 0 {
		return nil // "what is coffee made from" asks something of it
	}
	best := b.askedArticle(q, only)
	if best == nil || best.lead == nil {
		return nil
	}
	// "Where is the Rosetta Stone now?" asks a place of the subject.
	if q.typ == AskPlace {
		return b.placing(best)
	}
	// "When was the Great Fire of London?" asks when the subject was.
	if q.typ == AskDate {
		return b.dating(best)
	}
	if q.typ == AskNumber {
		if size != 0 {
			return b.measuring(best, q, size)
		}
		if pop {
			return b.populating(best, &q.words[q.countAt])
		}
		if age {
			// "How old is the Eiffel Tower?": the age the lead gives
			// ("formed about 25 to 30 million years ago"), else the
			// dates it gives, of its building or of a life.
			if f := b.measuring(best, q, dimTime); f != nil {
				return f
			}
			return b.dating(best)
		}
		return b.counting(best, q)
	}
	return best.lead
}

// sizeAsked returns the dimensions a question asks of a thing's size
// with the word after "how", in the order they are looked for: "how big"
// and "how large" an area, else a length, a volume or a mass; "how long"
// a length; "how tall", "how high", "how deep", "how wide" a length;
// "how heavy" a mass. 0 for none, and for "how old" and "how long" as a
// time, which a subject's dates answer in other ways.
func sizeAsked(q *question) uint8 {
	for i := range q.words {
		qw := &q.words[i]
		if !qw.measure {
			continue
		}
		switch qw.text {
		case "big", "large":
			return dimArea | dimLength | dimVolume | dimMass
		case "long", "tall", "high", "deep", "wide":
			return dimLength
		case "heavy":
			return dimMass
		}
	}
	return 0
}

// placeWithin reports whether a question asks what place a thing is in
// by the kind of place and a closing "in" or "on": "which country is
// Kilimanjaro in", "what continent is it on"; not "what is the capital
// of Kenya", whose answer is not where Kenya is.
func placeWithin(q *question, text string) bool {
	if !slices.ContainsFunc(q.words, func(qw qword) bool { return placeKind(qw.text) && qw.text != "capital" }) {
		return false
	}
	toks := tokenize(text, nil)
	if len(toks) == 0 {
		return false
	}
	last := strings.ToLower(toks[len(toks)-1].word)
	return last == "in" || last == "on"
}

// populationAsked reports whether a question asks how many people live
// somewhere, in no other words than the place's, vague ones and a form of
// "live" or "inhabit": "how many people live in Kyoto", "how many
// inhabitants does Reykjavík have".
func (b *Base) populationAsked(q *question) bool {
	if !q.count || q.countAt < 0 || !peopleWords[b.wordStem(&q.words[q.countAt])] {
		return false
	}
	for i := range q.words {
		qw := &q.words[i]
		if i != q.countAt && !qw.title && !qw.light && !accountWords[qw.text] {
			if !living(b.wordStem(qw)) {
				return false
			}
		}
	}
	return true
}

// populating returns the sentence of an article's lead section that says
// how many people live there (a number that counts people, "about 140,000
// inhabitants", or one after "population": "a population of about 1.46
// million"), else the line of its infobox on its population, or nil.
// Another section's "killed 36 people" says nothing of it.
func (b *Base) populating(a *Article, people *qword) *Fact {
	var box *Fact
	for _, f := range a.Facts {
		if f.Section != a.lead.Section {
			continue
		}
		for i := range b.items[f.gid] {
			it := &b.items[f.gid][i]
			if it.kind != itemNumber || it.uncounted || it.dims != 0 {
				continue
			}
			if f.Kind == KindInfobox {
				if box == nil && boxKeyHas(f, "population") {
					box = f
				}
				continue
			}
			if b.countedAfter(people, f, it) || b.peopleAfter(f, it) || strings.Contains(strings.ToLower(f.Text[max(0, it.start-30):it.start]), "population") {
				return f
			}
		}
	}
	return box
}

// peopleAfter reports whether a noun people are counted in ("people",
// "inhabitants", "residents") stands within three words after number
// item it of fact f: "about 140,000 inhabitants" for "how many people".
func (b *Base) peopleAfter(f *Fact, it *item) bool {
	own := b.own[f.gid]
	for p := int(it.tok1) + 1; p < len(own) && p <= int(it.tok1)+3; p++ {
		if own[p] >= 0 && peopleWords[b.stems[own[p]]] {
			return true
		}
	}
	return false
}

// ageAsked reports whether a question asks "how old" something is, or
// closes a search with "age" ("herzog age").
func ageAsked(q *question) bool {
	return slices.ContainsFunc(q.words, func(qw qword) bool { return qw.measure && (qw.text == "old" || qw.text == "age") })
}

// measuring returns the first sentence of an article's lead section
// with a number in a unit of the dimensions asked, else the first line of
// its infobox with one ("Area: 14.2 million km²" for "how big is
// Antarctica"); the first of the dimensions is looked for first. Nil
// when the lead has none.
func (b *Base) measuring(a *Article, q *question, want uint8) *Fact {
	var measure *qword
	for i := range q.words {
		if q.words[i].measure {
			measure = &q.words[i]
		}
	}
	for d := uint8(1); d != 0 && d <= want; d <<= 1 {
		if want&d == 0 {
			continue
		}
		var box *Fact
		var boxNum string
		for _, f := range a.Facts {
			if f.Section != a.lead.Section || f.Kind == KindInfobox && box != nil {
				continue
			}
			// An area is a size however it is written; a length is the
			// one asked only with the word asked or its noun ("Height:
			// 330 m", "the tower stands 330 m tall"), not "at a depth of
			// about 3,800 m" for "how long was the Titanic".
			if d != dimArea && matchIn(b.ownSet[f.gid], measure) == 0 {
				continue
			}
			for i := range b.items[f.gid] {
				if it := &b.items[f.gid][i]; it.kind == itemNumber && it.dims&d != 0 {
					if f.Kind != KindInfobox {
						return f // a sentence reads better than a line of the box
					}
					box, boxNum = f, f.Text[it.start:it.end]
					break
				}
			}
		}
		if box != nil {
			// The box's measure as a sentence of the article writes it:
			// "It is 726 feet tall …" for "Height: 726 ft (221 m)".
			for _, f := range a.Facts {
				if f.Kind != KindInfobox && matchIn(b.ownSet[f.gid], measure) > 0 && slices.ContainsFunc(b.items[f.gid], func(it item) bool {
					return it.kind == itemNumber && it.dims&d != 0 && f.Text[it.start:it.end] == boxNum
				}) {
					return f
				}
			}
			return box
		}
	}
	return nil
}

// counting returns the first sentence of an article's lead section with
// a number that counts what a "how many" question counts ("The group is
// made up of 18 main islands"), or nil.
func (b *Base) counting(a *Article, q *question) *Fact {
	qw := &q.words[q.countAt]
	for _, f := range a.Facts {
		if f.Section != a.lead.Section || f.Kind == KindInfobox {
			continue
		}
		for i := range b.items[f.gid] {
			if it := &b.items[f.gid][i]; fits(it, q) == 2 && b.countedAfter(qw, f, it) {
				return f
			}
		}
	}
	return nil
}

// attributeFact returns the line of an article's infobox that a question
// asks of its subject, or nil: the question names the subject (its
// title's words, as subjectFact reads them) and one word more, which
// stands in the line's key ("when was Marie Antoinette born": "Born: 2
// November 1755, Hofburg, Vienna"; "when did Marie Curie die": "Died: 4
// July 1934, …"), and the line holds the kind of answer asked. The box
// says of the subject what its sentences tell among other people's
// dates: ranked, "when was marie antoinette born" took "Born an
// Archduchess of Austria, she married …".
func (b *Base) attributeFact(q *question, only *Article) *Fact {
	// A kind asked: "What did Marie Curie die of?" asks a cause, which
	// "Died: 4 July 1934, Passy" does not say.
	switch q.typ {
	case AskDate, AskNumber, AskPerson, AskPlace:
	default:
		return nil
	}
	if q.negated || len(q.words) > 8 {
		return nil
	}
	attr := -1
	for i := range q.words {
		qw := &q.words[i]
		switch {
		case qw.title || qw.light || accountWords[qw.text]:
		case attr < 0 && qw.known && !qw.name && !qw.num:
			attr = i
		default:
			return nil
		}
	}
	if attr < 0 {
		return nil
	}
	a := b.askedArticle(q, only)
	if a == nil || a.lead == nil {
		return nil
	}
	asked := &q.words[attr]
	for _, f := range a.Facts {
		if f.Section != a.lead.Section || f.Kind != KindInfobox {
			continue
		}
		colon := strings.IndexByte(f.Text, ':')
		own := b.own[f.gid]
		keyed := false
		for k := 0; k < len(own) && k < len(f.toks) && int(f.toks[k].start) < colon; k++ {
			keyed = keyed || own[k] >= 0 && asked.weightOf(own[k]) >= b.m.wRelated
		}
		if !keyed {
			continue
		}
		for i := range b.items[f.gid] {
			if it := &b.items[f.gid][i]; fits(it, q) > 0 {
				return f
			}
		}
	}
	return nil
}

// agrees reports whether an answer's text writes an item of the kind a
// question asks that infobox line box holds: any of its dates or numbers
// (a small count in figures or words), its first name.
func (b *Base) agrees(text string, box *Fact, q *question) bool {
	for i := range b.items[box.gid] {
		it := &b.items[box.gid][i]
		if fits(it, q) == 0 {
			continue
		}
		// A small count may be in words: "only about eight" says "about
		// 8".
		value := box.Text[it.start:it.end]
		if indexWhole(text, value) >= 0 || smallNumbers[value] != "" && indexWhole(strings.ToLower(text), smallNumbers[value]) >= 0 {
			return true
		}
		// Of names, the line's first: the town of "Born: 3 May 1801,
		// Port Maren, Norland", not the country a lead may name
		// otherwise ("a Norland astronomer"). Any of its dates or
		// numbers: "Citizenship: German (until 1896 …), American (from
		// 1940)" is said by "… became a citizen on 1 October 1940".
		if it.isName() {
			return false
		}
	}
	return false
}

// askedArticle returns the article whose subject a question names by its
// title's words (at least half of them, or its last), or nil: "Beethoven"
// names "Ludwig van Beethoven", "the reef" the Great Barrier Reef. Of
// several, the one whose title it holds the more of ("the coffee bean" is
// "Coffee bean", not "Coffee bean trade"); nil for a tie.
func (b *Base) askedArticle(q *question, only *Article) *Article {
	var best *Article
	bestN, bestOf, tie := 0, 1, false
	for _, a := range b.Articles {
		if only != nil && a != only {
			continue
		}
		n, of, last := 0, len(b.titleSeq[a]), false
		for _, id := range b.titleSeq[a] {
			if last = asksTerm(q, id); last {
				n++
			}
		}
		// Half the title, or its last word: "Beethoven" names "Ludwig
		// van Beethoven", "the reef" the Great Barrier Reef.
		if n == 0 || 2*n < of && !last {
			continue
		}
		// The article whose title it holds the more of: "the coffee
		// bean" is "Coffee bean", not "Coffee bean trade".
		switch c := n*bestOf - bestN*of; {
		case c > 0:
			best, bestN, bestOf, tie = a, n, of, false
		case c == 0:
			tie = true
		}
	}
	if tie {
		return nil
	}
	return best
}

// dating returns the fact of an article's lead that says when its
// subject was, or nil: the lead's first sentence when it holds a date
// ("The Great Fire of London was a major fire … from Sunday 2 September
// to Thursday 6 September 1666"), else the first line of its infobox
// with a date ("Created: 196 BC"), else a later sentence of the lead's
// paragraph that opens with a pronoun and holds one. A subject the lead
// dates nowhere is left to the ranking, which declines what only the
// title's words match.
func (b *Base) dating(a *Article) *Fact {
	dated := func(f *Fact) bool {
		return slices.ContainsFunc(b.items[f.gid], func(it item) bool { return it.kind == itemDate })
	}
	if dated(a.lead) {
		return a.lead
	}
	var later *Fact
	for _, f := range a.Facts {
		switch {
		case f.Section != a.lead.Section || !dated(f):
		case f.Kind == KindInfobox:
			// The box's first date: when it was made, founded or born
			// ("Created: 196 BC"), as boxes list it first.
			return f
		case later == nil && f.para == a.lead.para && f.ID > a.lead.ID && opensWithPronoun(f):
			later = f
		}
	}
	return later
}

// placing returns the fact of an article's lead that says where its
// subject is, or nil: the lead's first sentence when it places it ("Lake
// Baikal is a … lake in southern Siberia"), else a later sentence of
// the lead's paragraph that opens with a pronoun and places it ("It has
// been displayed in the British Museum in London since 1802"), else the
// infobox's location ("Location: Coral Sea, off the coast of
// Queensland"): a sentence reads better than a line of the box.
func (b *Base) placing(a *Article) *Fact {
	if b.places(a.lead) {
		return a.lead
	}
	var box *Fact
	for _, f := range a.Facts {
		switch {
		case f.Section != a.lead.Section:
		case f.Kind == KindInfobox:
			if box == nil && boxKeyHas(f, "location") {
				box = f
			}
		case f.para == a.lead.para && f.ID > a.lead.ID && opensWithPronoun(f) && b.places(f):
			return f
		}
	}
	return box
}

// boxKeyHas reports whether the key of infobox line f, before its colon,
// holds word, in any case: "Current location", "Population".
func boxKeyHas(f *Fact, word string) bool {
	k := strings.IndexByte(f.Text, ':')
	return k > 0 && strings.Contains(strings.ToLower(f.Text[:k]), word)
}

// places reports whether a fact names a place where something is: a name
// after "in", "near", "on", "at", "between", "within" or "of", at most
// one word before it ("in southern Siberia", "in the Kansai region").
func (b *Base) places(f *Fact) bool {
	for _, it := range b.items[f.gid] {
		// "the highest mountain on Earth" says what it is, not where.
		if !it.isName() || strings.EqualFold(f.Text[it.start:it.end], "Earth") {
			continue
		}
		// The words just before it: a fixed window, so that a long fact's
		// many names do not each read all the text before them.
		before := strings.Fields(f.Text[max(0, it.start-40):it.start])
		for k := len(before) - 1; k >= 0 && k >= len(before)-2; k-- {
			if placePreps[strings.ToLower(before[k])] {
				return true
			}
		}
	}
	return false
}

// placePreps are the prepositions that place a thing before a name.
var placePreps = makeSet(`in near on at between within of`)

// titleOnly reports whether every word of a question is a word of an
// article's title, a vague word or one asking for an account: one that
// the lead may answer (subjectFact).
func titleOnly(q *question) bool {
	for i := range q.words {
		if qw := &q.words[i]; !accountWords[qw.text] && !qw.title && !qw.light {
			return false
		}
	}
	return true
}

// titleMeaningFact returns, for a question of what an article's title
// words mean (titleMeaning), the first fact of an article whose title
// holds them that says what they mean (meansTitle), and whether there is
// one; only of article only, when it is given. The question is read as
// one of definition of its title words: its analysis does not make it
// one, as "what is Norland" asks what the lead says. A search of every
// fact, for such questions alone: retrieval weighs the title's words
// least, and "mean" is seldom written, so the sentence that says what a
// name means may be far down ("The name Istanbul comes from …", one of
// a hundred sentences with "Istanbul").
func (b *Base) titleMeaningFact(q *question, text string, only *Article) (int32, bool) {
	first, last, ok := titleMeaning(q, text)
	if !ok {
		return 0, false
	}
	d := *q
	d.defFrom, d.defAt, d.defCaps, d.defA, d.defWho = first, last, false, false, false
	// What the name means, else whom it honours: "the word vaccine comes
	// from vacca" before "be called vaccines in honour of Jenner".
	for _, named := range [2]bool{false, true} {
		for _, a := range b.Articles {
			if only != nil && a != only || matchIn(b.titleOf[a], &q.words[last]) == 0 {
				continue
			}
			for _, fact := range a.Facts {
				if b.meansTitle(&d, fact.gid, named) {
					return fact.gid, true
				}
			}
		}
	}
	return 0, false
}

// titleMeaning reports whether a question, text as asked, asks what
// title words mean or where their name comes from: its words are title
// words in a row, vague words and a verb of meaning or naming ("what
// does RMS stand for", "what does the name Istanbul mean", "why is it
// called the Amazon", "who is the Eiffel Tower named after", "where does
// the name Kyoto come from"), and returns the first and last of the
// title words.
func titleMeaning(q *question, text string) (first, last int, ok bool) {
	first, last = -1, -1
	verb, name, origin := false, false, false
	for i := range q.words {
		switch qw := &q.words[i]; {
		case qw.title:
			if last >= 0 && (last != i-1 || qw.pos > q.words[last].pos+2) {
				return -1, -1, false // title words apart: not one phrase
			}
			if first < 0 {
				first = i
			}
			last = i
		case meaningVerbs[qw.text] || namingWords[qw.text]:
			verb = true
		case qw.text == "name" || qw.text == "word" || qw.text == "term":
			name = true
		case originWords[qw.text]:
			origin = true // "where does the name … come from"
		case !qw.light:
			return -1, -1, false
		}
	}
	if first >= 0 && name && !verb && !origin {
		// "how did Reykjavík get its name": "get" is a stop word, which
		// the question's words leave out.
		for _, w := range strings.Fields(strings.ToLower(text)) {
			origin = origin || originWords[strings.Trim(w, "?!.,")]
		}
	}
	return first, last, first >= 0 && (verb || name && origin)
}

// originWords are the verbs that, with "name", ask where a name comes
// from: "where does the name Kyoto come from", "how did Reykjavík get
// its name".
var originWords = makeSet(`come comes came get gets got`)

// namingWords are the verbs a question of where a name comes from asks
// with, besides those of meaning.
var namingWords = makeSet(`stand called named`)

// asksTerm reports whether a word of the question matches term t.
func asksTerm(q *question, t int32) bool {
	for i := range q.words {
		for _, a := range q.words[i].alts {
			if a.t == t {
				return true
			}
		}
	}
	return false
}

// accountWords ask for an account of what follows them ("explain the
// Panama Canal", "give me an overview of coffee", "what is Beethoven
// known for", "why is Darwin famous").
var accountWords = makeSet(`explain describe summarize summarise summary overview introduce introduction define definition intro tldr
known famous notable remembered`)

// askingWords make a question of a subject's name: "what is coffee",
// "tell me about coffee", "explain coffee", "when was the Great Fire of
// London", "how tall is the Eiffel Tower", "how many islands are in the
// Galápagos"; "coffee" alone is a topic.
var askingWords = func() map[string]bool {
	m := makeSet(`what whats which who whos where when how many tell about`)
	for w := range accountWords {
		m[w] = true
	}
	return m
}()

// answerRanked is the answer to a question taken through runQuery, as
// its one article gives it.
func (b *Base) answerRanked(text string, r *ranked) Answer {
	dec := b.decide(r)
	if !dec.answer {
		ans := declined(text)
		ans.Score = round3(dec.confidence)
		ans.Suggestions = b.suggest(&r.q, r.hits)
		if r.q.defAt >= 0 {
			ans.Unexplained = b.unexplained(&r.q, r.hits)
			ans.UnexplainedWho = ans.Unexplained != "" && r.q.defWho
		}
		return ans
	}
	facts := b.quoted(&r.q, &r.s, r.hits[r.chosen].fact, &r.xs[r.chosen])
	if k := dec.companion; k >= 0 {
		facts = passage(facts, b.facts[r.hits[k].fact])
	}
	ans := b.answer(text, facts)
	ans.Score = round3(dec.confidence)
	ans.Span = b.span(spanFacts(facts, &r.xs[r.chosen]), &r.q, &r.s)
	if g := b.definitionSpan(&r.q, r.hits[r.chosen].fact); g != "" {
		ans.Span = g
	}
	if ans.Score < Unsure {
		ans.Alternative = b.alternative(text, r, ans.Facts)
	}
	return ans
}

// alternative returns the answer the re-ranker scores next after
// r.chosen among the candidates the rules let answer and the answer does
// not quote (shown: a passage quotes a neighbour too), when none of the
// sentences it quotes is among shown; nil when there is none.
func (b *Base) alternative(text string, r *ranked, shown []*Fact) *Alternative {
	next := -1
	for i, h := range r.hits {
		if i != r.chosen && (next < 0 || r.scores[i] > r.scores[next]) && !slices.Contains(shown, b.facts[h.fact]) && b.passes(r, i) {
			next = i
		}
	}
	if next < 0 {
		return nil
	}
	alt := b.answer(text, b.quoted(&r.q, &r.s, r.hits[next].fact, &r.xs[next]))
	for _, f := range alt.Facts {
		if slices.Contains(shown, f) {
			return nil
		}
	}
	return &Alternative{Text: alt.Text, Citations: alt.Citations}
}

// quoted returns the facts an answer quotes when it chooses fact f, with
// rank features x: f, and the sentence before it when f lacks the kind
// of item asked and that sentence has it ("When did Israel send troops?"
// answered by a sentence without a date whose previous sentence has it).
func (b *Base) quoted(q *question, s *qstats, f int32, x *rankVec) []*Fact {
	fact := b.facts[f]
	if x[fTypeMiss] == 1 && fact.prev != nil && b.hasFit(fact.prev, q, s) {
		return []*Fact{fact.prev, fact}
	}
	return []*Fact{fact}
}

// neighbour returns, of r's candidates that the rules let answer and
// that the re-ranker scores within margin of candidate c, the best scored
// among c's companions (the other sentences of its paragraph; an infobox
// line and any sentence), or -1; always -1 when margin is 0. Scored so
// close to c, the re-ranker cannot tell which of the two answers ("How
// much paint does one repaint use?": "…the tower is repainted by hand
// about every seven years. Each campaign uses some 60 tonnes of paint.";
// "When did Charles and Emma get married?": "Spouse: Emma Wedgwood
// (married 1839)" and "On 29 January 1839 Darwin married his first
// cousin Emma Wedgwood…"), and the answer quotes both (model.join).
func (b *Base) neighbour(r *ranked, c int, margin float32) int {
	return neighbourWithin(r.scores, c, margin, func(i int) *Fact { return b.facts[r.hits[i].fact] },
		func(i int) bool { return b.passes(r, i) })
}

// neighbourWithin is the rule neighbour and the fitting program share:
// of the candidates (their scores, their facts by fact) that score within
// margin of candidate c and are its companions, the best scored that
// passes the rules, or -1; always -1 when margin is 0 (the model joins
// nothing). The rules are checked last, on the few candidates the rest
// let through.
func neighbourWithin(scores []float32, c int, margin float32, fact func(int) *Fact, passes func(int) bool) int {
	if margin <= 0 {
		return -1
	}
	f := fact(c)
	best := -1
	for i, s := range scores {
		if i == c || scores[c]-s > margin || (best >= 0 && s <= scores[best]) {
			continue
		}
		if g := fact(i); companions(f, g) && passes(i) {
			best = i
		}
	}
	return best
}

// passage returns facts, the sentences an answer quotes, with g, a
// companion of one of them: a sentence of their paragraph in its place
// (the answer sets one that does not follow on from the sentence before
// it apart, as a quote of its own), an infobox line or the sentence a
// line is quoted with after the facts.
func passage(facts []*Fact, g *Fact) []*Fact {
	if slices.Contains(facts, g) {
		return facts
	}
	out := make([]*Fact, 0, len(facts)+1)
	for _, f := range facts {
		if f.prev == g {
			out = append(out, g)
		}
		out = append(out, f)
		if g.prev == f {
			out = append(out, g)
		}
	}
	if len(out) == len(facts) {
		if g.Kind != KindInfobox && facts[len(facts)-1].Kind != KindInfobox {
			// Two sentences of one paragraph, not in a row: in the
			// article's order.
			at := len(out)
			for i, f := range out {
				if f.ID > g.ID {
					at = i
					break
				}
			}
			return slices.Insert(out, at, g)
		}
		out = append(out, g) // an infobox line and a sentence: no order between them
	}
	return out
}

// companions reports whether g may be quoted with f as one passage: two
// sentences of one paragraph (or two facts in a row), or an infobox line
// and any sentence of its article. A paragraph is about one thing, and
// the re-ranker that scores two of its sentences alike cannot tell which
// answers ("Where did the killer bees escape from?": "Africanized bees,
// called "killer bees" in the press, are hybrids …" and, two sentences
// on, "In 1957 swarms with 26 queens escaped from his apiary …"); a line
// ("Spouse: Emma Wedgwood (married 1839)", "Population: about 15.7
// million (2024)") says in brief what a sentence says in full, or what
// the text leaves out.
func companions(f, g *Fact) bool {
	if f == g || f.article != g.article {
		return false // one article's sentences are no passage of another's
	}
	if (f.Kind == KindInfobox) != (g.Kind == KindInfobox) {
		return true
	}
	return g.prev == f || f.prev == g || f.Kind == KindSentence && g.Kind == KindSentence && f.para == g.para
}

// spanFacts returns the facts whose items may be the span of an answer
// quoting facts for a fact with rank features x: those facts, and the
// sentences a follow-up leans on (which the answer shows above it) when
// the chosen fact's own words hold nothing of the question. "When did
// Darwin die?" chose "He had expected to be buried at Downe, …", quoted
// after "Darwin died at Down House on 19 April 1882", and showed the
// burial's date in bold. A follow-up that holds the question's words
// holds its answer too ("It was designed by the engineer Edith Carrow").
func spanFacts(facts []*Fact, x *rankVec) []*Fact {
	if x[fCov] > 0 {
		return facts
	}
	return withAntecedents(facts)
}

// hasFit reports whether a fact holds an item of the kind asked that the
// question does not name.
func (b *Base) hasFit(f *Fact, q *question, s *qstats) bool {
	if q.job && b.holdsRole(f.gid, q) {
		return true
	}
	for i, it := range b.items[f.gid] {
		if fits(&b.items[f.gid][i], q) == 2 && !b.named(it, s) {
			return true
		}
	}
	return false
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// presentAux are the verbs after "when" that ask of a time that comes
// round or of now: "when does", "when is".
var presentAux = makeSet(`does do is are`)
