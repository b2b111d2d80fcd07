package facts

import (
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
	// "when", the name for "who", the number for "how many"; empty when no
	// such part fits.
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
	Facts  []*Fact  `json:"-"` // the facts quoted, best first
}

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
	if !slices.ContainsFunc(facts, func(f *Fact) bool { return f.prev != nil && opensWithPronoun(f) }) {
		return facts // most answers: nothing to add, nothing to copy
	}
	var out []*Fact
	for i, f := range facts {
		if f.prev != nil && opensWithPronoun(f) && (i == 0 || facts[i-1] != f.prev) && !slices.Contains(out, f.prev) {
			out = append(out, f.prev)
		}
		out = append(out, f)
	}
	return out
}

// next reports whether g is the sentence right after f.
func (f *Fact) next(g *Fact) bool { return g.prev == f }

// span returns the words of the quoted facts that answer the question:
// the item of the kind asked for that the question does not already name,
// nearest to the question's words, an item of the very kind asked (a
// person for "who") counting as much as spanSure words of distance; ""
// when the question asks for no kind of item, or asks who or what
// something it names is ("Who is Edi Rama?" is answered by a description,
// not by another name).
func (b *Base) span(facts []*Fact, q *question, s *qstats) string {
	if q.typ == AskPerson || q.typ == AskPlace {
		describe := len(q.words) > 0
		for i := range q.words {
			if !q.words[i].name {
				describe = false
			}
		}
		if describe {
			return ""
		}
	}
	var best *item
	var bestFact *Fact
	bestScore := math.MinInt
	for _, f := range facts {
		// Where the question's words stand in this fact, to prefer the
		// item next to them ("born in 1920 in Paris" for "where born").
		var anchors []int
		for k, id := range b.own[f.gid] {
			if id >= 0 && has(s.terms, id) {
				anchors = append(anchors, k)
			}
		}
		for i := range b.items[f.gid] {
			it := &b.items[f.gid][i]
			fit := fits(it, q)
			if fit == 0 || b.named(*it, s) {
				continue
			}
			dist := len(f.toks)
			for _, a := range anchors {
				switch {
				case a < int(it.tok0):
					dist = min(dist, int(it.tok0)-a)
				case a > int(it.tok1):
					dist = min(dist, a-int(it.tok1))
				default:
					dist = 0
				}
			}
			if score := spanSure*fit - dist; score > bestScore {
				best, bestFact, bestScore = it, f, score
			}
		}
	}
	if best == nil {
		return ""
	}
	if best.kind == itemNumber {
		return withUnit(bestFact.Text, best)
	}
	return bestFact.Text[best.start:best.end]
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
	rest := text[end:]
	for _, u := range []string{"%", " per cent", " percent"} {
		if len(rest) >= len(u) && strings.EqualFold(rest[:len(u)], u) {
			end += len(u)
			break
		}
	}
	return text[start:end]
}

// spanSure is how many words nearer to the question's words a name of no
// known kind must stand to be preferred to one of the kind asked: the
// parser's kinds are guesses ("in English" reads as a place). Chosen on
// the crowd sets' own answers: with 0 or 1, 72 of the 103 spans of right
// answers overlap a crowd answer; 71 with 2 to 4; 69 when the kind
// always wins.
const spanSure = 1

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
		out := make([]string, n) // empty, not nil, when none
		for k := range out {
			out[k] = b.topics[pushed[k]].name
		}
		return out
	}
	var asked []int32 // the question's specific terms, as written or repaired
	for i := range q.words {
		qw := &q.words[i]
		if !qw.known || qw.title || qw.light || len(qw.alts) == 0 || qw.alts[0].w < 1 && qw.alts[0].w != b.m.wTypo {
			continue
		}
		t := qw.alts[0].t
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
			for _, t := range b.topics[i].terms {
				if slices.Contains(asked, t) {
					push(i)
					break
				}
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
		if i, ok := b.nameTopic[n]; ok {
			out = append(out, i)
		}
	}
	nt.facts[f].Store(&out) // another goroutine may store the same first
	return out
}
