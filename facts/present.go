package facts

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

// Presenting, the last stage: the chosen fact (with the sentence it leans
// on, when it opens with a pronoun), its citations, and the words inside
// it that answer the question.

// Answer is the reply to a topic or a question.
type Answer struct {
	Query string `json:"query"`
	Found bool   `json:"found"`
	Text  string `json:"answer"`
	// Span is the part of Text that answers the question: the date for
	// "when", the name for "who", the number for "how many", a name for
	// "what religion"; empty when no such part fits or the span model is
	// not sure enough of any (span).
	Span string `json:"span"`
	// Score is the confidence, between 0 and 1, that the answer is right;
	// a question is declined below the fitted threshold, and with 0 when
	// the rules decline it whatever the confidence (a name no article
	// mentions, no fact holding a specific word of it, no fact of the kind
	// asked: decide).
	Score       float64    `json:"score"`
	Citations   []Citation `json:"citations"`
	Suggestions []string   `json:"suggestions"`
	// AlsoIn lists the titles of the other articles of the base that
	// answer it too, best first (see multi.go); empty with one article.
	AlsoIn []string `json:"also_in"`
	// Alternative is, for an answer below Unsure, the one the re-ranker
	// put next among those the rules let answer, when it quotes other
	// sentences: the member chooses between the two rather than take a
	// weak match alone. Of such answers on the unseen sets the first
	// is right for 77%, the next for 8% more (the README). Nil otherwise.
	Alternative *Alternative `json:"alternative"`
	Facts       []*Fact      `json:"-"` // the facts quoted, best first
	// Unexplained is, for a declined question of what something is
	// ("What is the Talmud?"), the phrase as the article writes it when
	// the article names it but no sentence says what it is: front ends
	// say so, rather than that the article does not cover it. "" otherwise.
	Unexplained string `json:"-"`
	// UnexplainedWho says the question asked who the named one is ("who
	// was Napoleon III"), not what.
	UnexplainedWho bool `json:"-"`
}

// Alternative is a second answer offered beside an unsure one: its text
// and the sections it came from.
type Alternative struct {
	Text      string     `json:"answer"`
	Citations []Citation `json:"citations"`
}

// Unsure is the confidence below which a found answer is, by the model's
// own estimate, more likely wrong than right: Score is a fitted
// probability, so this is its midpoint, not a tuned number. Front ends
// say so rather than present such an answer as certain.
const Unsure = 0.5

// declined is the answer for a question no fact answers.
func declined(query string) Answer {
	return Answer{Query: query, Text: NotCovered, Citations: []Citation{}, Suggestions: []string{}, AlsoIn: []string{}}
}

// answer builds a found answer quoting facts, with their citations.
func (b *Base) answer(query string, facts []*Fact) Answer {
	facts = withAntecedents(facts)
	ans := Answer{Query: query, Found: true, Facts: facts, Suggestions: []string{}, AlsoIn: []string{}}
	for _, f := range facts {
		ans.Citations = append(ans.Citations, f.Citations...)
	}
	ans.Citations = uniqueCitations(ans.Citations)
	if len(facts) == 1 {
		ans.Text = facts[0].Text // the usual answer: one sentence, as it is
		return ans
	}
	// Consecutive sentences of one paragraph read as one passage.
	var sb strings.Builder
	n := 0
	for _, f := range facts {
		n += len(f.Text) + 2
	}
	sb.Grow(n)
	for i, f := range facts {
		if i > 0 {
			if facts[i-1].next(f) {
				sb.WriteByte(' ')
			} else {
				sb.WriteString("\n\n")
			}
		}
		sb.WriteString(f.Text)
	}
	ans.Text = sb.String()
	return ans
}

// withAntecedents puts before each fact that opens with a pronoun the
// sentence it refers back to, so the answer reads on its own.
func withAntecedents(facts []*Fact) []*Fact {
	if !slices.ContainsFunc(facts, func(f *Fact) bool { return antecedent(f) != nil }) {
		return facts // most answers: nothing to add, nothing to copy
	}
	var out []*Fact
	for i, f := range facts {
		if p := antecedent(f); p != nil && (i == 0 || facts[i-1] != p) && !slices.Contains(out, p) {
			out = append(out, p)
		}
		out = append(out, f)
	}
	return out
}

// next reports whether g is the sentence right after f.
func (f *Fact) next(g *Fact) bool { return g.prev == f }

// span returns the words of the quoted facts that answer the question:
// of the items of the kind asked for that the question does not already
// name, the one the fitted span model scores best, when its probability
// reaches the fitted threshold (a wrong word in bold misleads more than
// none); "" when none does, when the question asks for no kind of item,
// or when it asks who or what something it names is ("Who is Edi Rama?"
// is answered by a description, not by another name).
func (b *Base) span(facts []*Fact, q *question, s *qstats) string {
	var buf [8]spanCand
	cands := b.spanCands(facts, q, s, buf[:0])
	best, shown := b.m.shownSpan(len(cands), func(i int) float32 { return b.m.spanScore(&cands[i].x) })
	if !shown {
		return ""
	}
	return cands[best].text()
}

// The span features of an answer item, what the span model weighs.
const (
	sExact   = iota // of the very kind asked (a person for "who"), not only maybe (a name)
	sNear           // 1/(1+its distance in words from the nearest of the question's words)
	sInside         // it stands between the question's words
	sNearest        // no other item stands nearer to them
	sBefore         // it stands before every one of the question's words
	sPrev           // in the sentence before the chosen one, quoted for its item of the kind asked
	sWords          // log(1+its words)
	sPartly         // some of its words are the question's
	sPerson         // a person
	sPlace          // a place
	sName           // a name of no known kind, or an organisation
	sSpot           // a lower-case place ("in the thylakoid membranes")
	sWho            // the question asks "who"
	sWhere          // the question asks "where"
	sWhat           // the question asks "what" or "which" with a noun ("what religion")
	sTitle          // its words are all the article title's ("Albania"): what the article is about is rarely what is asked
	sIdf            // the mean idf of its words over 5: a rare name says more than a common one
	sOrder          // the question's words nearest before and after it stand in the question in that order
	sOwner          // the question's word nearest before it is the name the question writes as an owner ("Israel's embassy" of "Israel has an embassy in Tirana")
	sClause         // the share, by idf, of the question's words the fact holds that stand in its clause, between marks of punctuation
	sCounted        // a number with the thing "how many" counts right after it ("21 finished" is no count of riders; "23 members" is)
	sNamed          // some of its words are a name the question writes: the thing asked about ("Jean-Paul Marat" of "Who killed Marat?"), not its answer
	nSpanFeatures
)

// spanFeatureNames name the span features for the fitting program.
var spanFeatureNames = [nSpanFeatures]string{"exact", "near", "inside", "nearest", "before", "prev", "words",
	"partly", "person", "place", "name", "spot", "who", "where", "what", "title", "idf", "order", "owner", "clause", "counted", "named"}

// spanVec is an item's span features.
type spanVec [nSpanFeatures]float32

// spanCand is an item that may answer, in the fact that holds it.
type spanCand struct {
	it   *item
	fact *Fact
	x    spanVec
}

// text is the words a span of the item shows.
func (c *spanCand) text() string {
	if c.it.kind == itemNumber {
		return withUnit(c.fact.Text, c.it)
	}
	return c.fact.Text[c.it.start:c.it.end]
}

// describes reports whether a question asks who or where something it
// names is, with nothing but names: a description answers it, not an item.
func describes(q *question) bool {
	if q.typ != AskPerson && q.typ != AskPlace || len(q.words) == 0 {
		return false
	}
	for i := range q.words {
		if !q.words[i].name {
			return false
		}
	}
	return true
}

// spanCands appends to out the items of the quoted facts (the chosen one
// last) that may answer the question, with their span features.
func (b *Base) spanCands(facts []*Fact, q *question, s *qstats, out []spanCand) []spanCand {
	switch q.typ {
	case AskDate, AskNumber, AskPerson, AskPlace:
		// These ask for a kind of item (item.fit).
	case AskOther:
		if q.focus == "" && !q.job {
			return out
		}
		// "What religion", "which river": any name may be the one.
	default:
		return out
	}
	if describes(q) {
		return out
	}
	first := len(out)
	var cl clauses
	var roles []item // a job's answers, the nouns of an occupation (roleItems), found afresh for each fact
	for fi, f := range facts {
		// Where the question's words stand in this fact, to prefer the
		// item next to them ("born in 1920 in Paris" for "where born").
		var anchors []int32 // in increasing order
		for k, id := range b.own[f.gid] {
			if id >= 0 && has(s.terms, id) {
				anchors = append(anchors, int32(k))
			}
		}
		clausesRead := false
		firstAnchor, lastAnchor := int32(-1), int32(-1)
		if len(anchors) > 0 {
			firstAnchor, lastAnchor = anchors[0], anchors[len(anchors)-1]
		}
		items := b.items[f.gid]
		if q.job {
			roles = b.roleItems(f, q, roles[len(roles):])
			items = roles
		}
		for i := range items {
			it := &items[i]
			fit := fits(it, q)
			if it.person && q.typ == AskPerson {
				fit = 2
			}
			if fit == 0 && q.typ == AskOther && it.isName() {
				fit = 1
			}
			if fit == 0 || b.named(*it, s) {
				continue
			}
			if it.end-it.start == 1 && it.kind != itemNumber {
				continue // an initial the names cut off ("President F. W. de Klerk" gives "F"): never the answer
			}
			// "how tall": not "rises about 100 kilometres southwest of
			// Tokyo", a distance, beside "at 3,776 metres".
			if q.lengthAsked != 0 && int(q.lengthAsked)-1 != lengthLong && it.kind == itemNumber && placesApart(f, it) {
				continue
			}
			dist := int32(len(f.toks))
			var x spanVec
			if d, ok := nearestDistance(len(anchors), func(k int) int32 { return anchors[k] }, it.tok0, it.tok1); ok {
				dist = min(dist, d)
			}
			if fit == 2 {
				x[sExact] = 1
			}
			x[sNear] = 1 / float32(1+dist)
			if dist == 0 || firstAnchor >= 0 && firstAnchor < it.tok0 && it.tok1 < lastAnchor {
				x[sInside] = 1
			}
			if firstAnchor >= 0 && it.tok1 < firstAnchor {
				x[sBefore] = 1
			}
			if inOrder(b.own[f.gid], anchors, it, s) {
				x[sOrder] = 1
			}
			if q.owner >= 0 && ownedBefore(b.own[f.gid], it, q) {
				x[sOwner] = 1
			}
			if !clausesRead {
				cl.set(b, f, anchors) // once a fact, and only for one with an item that may answer
				clausesRead = true
			}
			x[sClause] = cl.share(it)
			if q.count && q.countAt >= 0 && it.kind == itemNumber && b.countedAfter(&q.words[q.countAt], f, it) {
				x[sCounted] = 1
			}
			if fi < len(facts)-1 {
				x[sPrev] = 1
			}
			x[sWords] = lenFeature(int(it.tok1 - it.tok0 + 1))
			title := len(it.terms) > 0
			for _, t := range it.terms {
				if has(s.terms, t) {
					x[sPartly] = 1
					if w := questionWord(s, t); w >= 0 && q.words[w].name {
						x[sNamed] = 1
					}
				}
				title = title && b.titleTerm[t]
				x[sIdf] += b.idf[t] / 5 / float32(len(it.terms))
			}
			if title {
				x[sTitle] = 1
			}
			switch {
			case it.kind == itemPerson || it.person:
				x[sPerson] = 1
			case it.kind == itemPlace:
				x[sPlace] = 1
			case it.kind == itemName || it.kind == itemOrg:
				x[sName] = 1
			case it.kind == itemSpot:
				x[sSpot] = 1
			}
			switch q.typ {
			case AskPerson:
				x[sWho] = 1
			case AskPlace:
				x[sWhere] = 1
			case AskOther:
				x[sWhat] = 1
			}
			// sNearest holds the distance until every item is known.
			x[sNearest] = float32(dist)
			out = append(out, spanCand{it: it, fact: f, x: x})
		}
	}
	cands := out[first:]
	nearest := float32(math.MaxFloat32)
	for i := range cands {
		nearest = min(nearest, cands[i].x[sNearest])
	}
	for i := range cands {
		c := &cands[i]
		if c.x[sNearest] == nearest {
			c.x[sNearest] = 1
		} else {
			c.x[sNearest] = 0
		}
	}
	return out
}

// clauses maps a fact's words to its clauses, the words between the
// marks of punctuation (clauseBreak), and holds the question's words the
// fact has, each once, with the clauses they stand in: read once a fact,
// for all of its items (share). Fixed arrays, not slices of them: a
// struct that points into itself is moved to the heap. Past maxClauses
// breaks the clauses after merge into the last; past maxClauseTerms
// terms the rest are not counted.
type clauses struct {
	nBreaks, nTerms int
	breaks          [maxClauses]int32 // the words a clause opens at, in order
	terms           [maxClauseTerms]int32
	idf             [maxClauseTerms]float32
	in              [maxClauseTerms]uint64 // the clauses each term stands in, one bit a clause
	all             float32                // the sum of idf
}

// maxClauses and maxClauseTerms bound clauses' arrays.
const (
	maxClauses     = 63
	maxClauseTerms = 16
)

// set reads fact f, whose words at anchors are the question's.
func (c *clauses) set(b *Base, f *Fact, anchors []int32) {
	c.nBreaks, c.nTerms, c.all = 0, 0, 0
	if len(anchors) == 0 {
		return
	}
	for k := 1; k < len(f.toks) && c.nBreaks < maxClauses; k++ {
		end, start := f.toks[k-1].end, f.toks[k].start
		if start == end+1 && f.Text[end] == ' ' {
			continue // most words stand a space apart
		}
		if clauseBreak(f.Text[end:start]) {
			c.breaks[c.nBreaks] = int32(k)
			c.nBreaks++
		}
	}
	own := b.own[f.gid]
	for _, k := range anchors {
		t := own[k]
		bit := uint64(1) << c.of(k)
		if j := slices.Index(c.terms[:c.nTerms], t); j >= 0 {
			c.in[j] |= bit
			continue
		}
		if c.nTerms == maxClauseTerms {
			continue
		}
		c.terms[c.nTerms], c.idf[c.nTerms], c.in[c.nTerms] = t, b.idf[t], bit
		c.nTerms++
		c.all += b.idf[t]
	}
}

// of returns the clause of word k.
func (c *clauses) of(k int32) int {
	n := 0
	for n < c.nBreaks && c.breaks[n] <= k {
		n++
	}
	return n
}

// share returns the share, by idf, of the question's words the fact holds
// that stand in an item's clause: "after Francis Faure set an hour record
// … in 1933, the UCI banned recumbents from its races in 1934" holds all
// of "When did the UCI ban recumbent bikes?" in 1934's clause and none in
// 1933's.
func (c *clauses) share(it *item) float32 {
	if c.all == 0 {
		return 0
	}
	c0, c1 := c.of(it.tok0), c.of(it.tok1)
	mask := (uint64(2)<<c1 - 1) &^ (uint64(1)<<c0 - 1) // bits c0 to c1
	var in float32
	for j := range c.nTerms {
		if c.in[j]&mask != 0 {
			in += c.idf[j]
		}
	}
	return in / c.all
}

// clauseBreak reports whether the text between two words ends a clause:
// a comma, a semicolon, a colon, a bracket or a dash.
func clauseBreak(gap string) bool {
	for i := 0; i < len(gap); i++ {
		switch gap[i] {
		case ',', ';', ':', '(', ')', '[', ']':
			return true
		case 0xE2: // the first byte of "–" and "—" (E2 80 93, E2 80 94)
			if strings.HasPrefix(gap[i:], "–") || strings.HasPrefix(gap[i:], "—") {
				return true
			}
		}
	}
	return false
}

// ownedBefore reports whether, of the question's names, the one written
// nearest before an item, at most ownerReach words before it, is the
// name the question writes as an owner: "Albania has an embassy in Tel
// Aviv, Israel, and Israel has an embassy in Tirana" places Israel's
// embassy in Tirana, Albania's in Tel Aviv.
func ownedBefore(own []int32, it *item, q *question) bool {
	for k := int(it.tok0) - 1; k >= 0 && k >= int(it.tok0)-ownerReach; k-- {
		if own[k] < 0 {
			continue
		}
		for i := range q.words {
			if q.words[i].name && q.words[i].matches(own[k]) {
				return q.words[i].group == q.words[q.owner].group
			}
		}
	}
	return false
}

// ownerReach is how many words before an item ownedBefore looks for the
// name that owns it: "Israel has an embassy in Tirana" is four.
const ownerReach = 6

// inOrder reports whether the question words matched nearest before and
// after an item, among a fact's anchors (the places of its words that
// match the question), stand in the question in the same order: the item
// fills the question's gap. "How many riders finished in 1903?" of
// "Sixty riders started and 21 finished": 21 stands between "riders"
// and "finished", as the question has them; Sixty before them both.
func inOrder(own []int32, anchors []int32, it *item, s *qstats) bool {
	// The anchors are in order: the last before the item, the first after.
	i, _ := slices.BinarySearch(anchors, it.tok0)
	j, _ := slices.BinarySearch(anchors, it.tok1+1)
	if i == 0 || j == len(anchors) {
		return false
	}
	before, after := questionWord(s, own[anchors[i-1]]), questionWord(s, own[anchors[j]])
	return before >= 0 && after >= 0 && before < after
}

// questionWord returns the first question word that term t matches, or
// -1.
func questionWord(s *qstats, t int32) int {
	i, _ := slices.BinarySearchFunc(s.pairs, t, func(p qpair, t int32) int { return cmp.Compare(p.t, t) })
	w := -1
	for ; i < len(s.pairs) && s.pairs[i].t == t; i++ {
		if w < 0 || int(s.pairs[i].w) < w {
			w = int(s.pairs[i].w)
		}
	}
	return w
}

// withUnit returns a number item's text with the sign or words that make
// it a sum or a share: "£14,000", "95.7 per cent", "61%".
func withUnit(text string, it *item) string {
	start, end := it.start, it.end
	for _, c := range currencySigns {
		if strings.HasSuffix(text[:start], c) {
			start -= len(c)
			break
		}
	}
	// "$20 billion", "1.46 million": the scale is part of the number.
	for _, scale := range []string{" thousand", " million", " billion", " trillion"} {
		if rest := text[end:]; hasPrefixFold(rest, scale) && (len(rest) == len(scale) || !asciiLetter(rest[len(scale)])) {
			end += len(scale)
			break
		}
	}
	rest := text[end:]
	for _, u := range []string{"%", " per cent", " percent"} {
		if len(rest) >= len(u) && strings.EqualFold(rest[:len(u)], u) {
			end += len(u)
			return text[start:end]
		}
	}
	// "two to five years", "12,000 and 14,000", "9 hours": a range's
	// other end, and the unit, belong to the number.
	end += rangeEnd(text[end:])
	end += unitAfter(text[end:])
	return text[start:end]
}

// rangeEnd returns the length of the rest of a range that rest opens
// with ("to five", "–6", "and 14,000"), or 0.
func rangeEnd(rest string) int {
	for _, sep := range []string{" to ", "–", "-", " and "} {
		if !strings.HasPrefix(rest, sep) {
			continue
		}
		n := numberAt(rest[len(sep):])
		if n == 0 {
			return 0
		}
		return len(sep) + n
	}
	return 0
}

// numberAt returns the length of the number in figures ("14,000",
// "5.2") or in words ("five") that s opens with, or 0.
func numberAt(s string) int {
	n := 0
	for n < len(s) && (isDigitByte(s[n]) || (s[n] == ',' || s[n] == '.') && n > 0 && n+1 < len(s) && isDigitByte(s[n+1])) {
		n++
	}
	if n > 0 {
		return n
	}
	for n < len(s) && asciiLetter(s[n]) {
		n++
	}
	if n > 0 && numberWords[strings.ToLower(s[:n])] {
		return n
	}
	return 0
}

// unitAfter returns the length of the unit that rest opens with after a
// space ("hours" of " hours a day"), or 0.
func unitAfter(rest string) int {
	if len(rest) < 2 || rest[0] != ' ' {
		return 0
	}
	n := 1
	for n < len(rest) && rest[n] != ' ' && rest[n] != ',' && rest[n] != '.' && rest[n] != ';' && rest[n] != ')' {
		n++
	}
	if n-1 <= maxUnitLen {
		var buf [maxUnitLen]byte
		if d := unitOf[string(lowerASCII(buf[:0], rest[1:n]))]; d != 0 && d&unitMark == 0 {
			return n
		}
	}
	return 0
}

func asciiLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// suggest returns up to three topics close to a declined question: its
// own specific words that are topics, then names in the facts retrieval
// found that hold one of those words ("Tel Aviv" for "the population of
// Tel Aviv"). Title words and vague words suggest nothing: a suggestion
// that shares no specific word with the question reads as a random guess.
func (b *Base) suggest(q *question, hits []hit) []string {
	// The topics are gathered first and their names copied out once, into
	// a slice made to measure, not grown an append at a time.
	var pushed [3]int // the topics suggested
	n := 0
	push := func(i int) {
		if i >= 0 && n < len(pushed) && !slices.Contains(pushed[:n], i) {
			pushed[n] = i
			n++
		}
	}
	names := func() []string {
		if n == 0 {
			// Empty, not nil: a literal, with no call to make one (most
			// questions a batch declines have no topic to suggest).
			return []string{}
		}
		out := make([]string, n)
		for k := range out {
			out[k] = b.topics[pushed[k]].name
		}
		return out
	}
	var asked []int32 // the question's specific terms, as written or repaired
	var held []int32  // all its terms so, title and vague words too
	for i := range q.words {
		qw := &q.words[i]
		if !qw.known || len(qw.alts) == 0 || qw.alts[0].w < 1 && qw.alts[0].w != b.m.wTypo {
			continue
		}
		t := qw.alts[0].t
		held = append(held, t)
		if qw.title || qw.light {
			continue
		}
		asked = append(asked, t)
		if i, ok := b.topicOfTerm(t); ok {
			push(i)
		}
	}
	if len(asked) == 0 {
		return names()
	}
	for _, h := range hits {
		if n >= 3 {
			break
		}
		for _, i := range b.nameTopicsOf(h.fact) {
			// A name the question holds most of: "when did world war 2
			// end" suggests World War II, "who won the world cup" does
			// not, nor "What is the national dish?" the National
			// Rescue Unit.
			terms := b.topics[i].terms
			if slices.ContainsFunc(terms, func(t int32) bool { return slices.Contains(asked, t) }) &&
				2*countIn(terms, held) > len(terms) {
				push(i)
			}
		}
	}
	return names()
}

// nameTopics holds, for each fact, the topics of its names (nameTopic),
// in the order of its Names, each fact's found the first time suggest
// reads it: looking the names up by Name, a string and a kind, was half
// of suggesting, for the same facts question after question.
type nameTopics struct {
	once  sync.Once
	facts []atomic.Pointer[[]int]
}

// nameTopicsOf returns the topics of fact f's names, in their order.
func (b *Base) nameTopicsOf(f int32) []int {
	nt := &b.nameTopics
	nt.once.Do(func() { nt.facts = make([]atomic.Pointer[[]int], len(b.facts)) })
	if p := nt.facts[f].Load(); p != nil {
		return *p
	}
	var out []int
	for _, n := range b.facts[f].Names {
		if i, ok := b.nameTopic[n.topical()]; ok {
			out = append(out, i)
		}
	}
	nt.facts[f].Store(&out) // another goroutine may store the same first
	return out
}

// countIn returns how many of terms are in set.
func countIn(terms, set []int32) int {
	n := 0
	for _, t := range terms {
		if slices.Contains(set, t) {
			n++
		}
	}
	return n
}
