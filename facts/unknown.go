package facts

import (
	"strings"
	"sync"
	"sync/atomic"
)

// unknown is what analysis learns of a question word that the articles
// do not write as it stands: its stem, whether they write that, and
// otherwise the question word or filler it may be a slip for, its WordNet
// synonyms among their terms, the term it may be a typo of, and their
// related forms. All of it depends on the word and the fixed base alone,
// and members ask with the same words again and again (a batch of
// questions about another article is mostly such words), so a base works
// it out once a word and keeps it, up to maxUnknown words.
type unknown struct {
	stem    string
	term    int32  // the stem's term when inVocab
	inVocab bool   // the articles write the stem
	nearQ   string // nearQuestionWord
	nearF   string // nearFiller
	syns    string // wordnetSynonyms(stem)
	// synTerms are the articles' terms among syns, in the table's order;
	// none when the model weighs synonyms at 0.
	synTerms []int32
	repair   int32   // the term the word is a typo of, or -1; sought only when synTerms is empty
	related  []int32 // relatedTo(word, stem)
}

// Bounds of the memo of unknown words: a word longer than maxUnknownLen
// is worked out each time, and once maxUnknown words are kept, further
// words are too, so memory stays bounded whatever members type.
const (
	maxUnknown    = 1 << 14
	maxUnknownLen = 32
)

// unknownMemo is a base's memo of unknown words. The goroutines that
// answer at once only read it, nearly always, and a sync.Map reads
// without writing to memory they share (a read lock would, and its cache
// line bouncing between processors cost more than the memo saved).
type unknownMemo struct {
	m sync.Map     // folded word -> *unknown
	n atomic.Int32 // words kept, and places taken for words being stored
}

// unknownOf returns what the base knows of w, a folded question word.
func (b *Base) unknownOf(w string) *unknown {
	memo := &b.unknowns
	if v, ok := memo.m.Load(w); ok {
		return v.(*unknown)
	}
	u := b.newUnknown(w)
	if len(w) > maxUnknownLen || memo.n.Load() >= maxUnknown {
		return u
	}
	if memo.n.Add(1) > maxUnknown { // a place, taken before storing
		memo.n.Add(-1)
		return u
	}
	// Not a slice of the question's text, which the memo would keep.
	if v, loaded := memo.m.LoadOrStore(strings.Clone(w), u); loaded {
		memo.n.Add(-1)
		return v.(*unknown) // another goroutine came first
	}
	return u
}

// newUnknown works out w's unknown.
func (b *Base) newUnknown(w string) *unknown {
	u := &unknown{stem: Stem(w), repair: -1}
	if id, ok := b.stemTerm(u.stem); ok {
		u.term, u.inVocab = id, true
		return u
	}
	u.nearQ, u.nearF = nearQuestionWord(w), nearFiller(w)
	u.syns = wordnetSynonyms(u.stem)
	u.synTerms = b.synonymTerms(u.syns)
	// A word the article writes otherwise is not a typo: "start" (for
	// "began") is not "stark".
	// Nor is a form the stemmer lists as irregular ("seen" is not "seven").
	if _, listed := irregular[w]; len(u.synTerms) == 0 && !listed {
		if id, ok := b.repair(w, u.stem); ok {
			u.repair = id
		}
	}
	u.related = b.relatedTo(w, u.stem, nil)
	return u
}
