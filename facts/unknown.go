package facts

import (
	"hash/maphash"
	"slices"
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
//
// A batch keeps thousands, each on a fresh page of heap until the batch
// ends, so it holds numbers where it can: the question word or filler as
// its place in its list, whether WordNet knows the stem rather than its
// synonyms, which only their terms need (88 bytes an unknown, not 128).
type unknown struct {
	stem    string
	term    int32 // the stem's term when inVocab
	repair  int32 // the term the word is a typo of, or -1; sought only when synTerms is empty
	near    int32 // for a word of English, a term one edit from it, common or not, or -1: a real word slipped into another (realWordSlip)
	nearF   int16 // nearFiller's word as its index in fillerList, or -1; -1 for a common word of English
	nearQ   int8  // nearQuestionWord's as its index in questionOrder, or -1
	inVocab bool  // the articles write the stem
	english bool  // WordNet knows the stem: wordnetSynonyms(stem) is not ""
	kin     bool  // WordNet pairs the stem with a proper adjective or name: wordnetKinOf(stem) is not ""
	// synTerms are the articles' terms among the stem's WordNet
	// synonyms, in the table's order; none when the model weighs synonyms
	// at 0.
	synTerms []int32
	related  []int32 // relatedTo(word, stem)
	// slip is what the word is misspelt from when it is a word of general
	// English misspelt (slipOf, misspeltEnglish): nil until it is first
	// asked. It is worked out only for a word typed in lower case (a
	// capitalised one is a name) that matches nothing of the articles:
	// it costs some microseconds a word, once.
	slip atomic.Pointer[slipped]
}

// slipped is what a word no article has and no word of English as it
// stands is misspelt from.
type slipped struct {
	as      *unknown // the word it is misspelt from, as the articles know it; nil when it is no slip
	english bool     // that word has synonyms in WordNet (misspeltEnglish)
}

// slipOf returns what the base knows of the word of English that w, the
// folded word u is the unknown of, is misspelt from ("banknoote":
// "banknote"; as is nil when it is none), working it out once.
func (b *Base) slipOf(u *unknown, w string) *slipped {
	if sl := u.slip.Load(); sl != nil {
		return sl
	}
	sl := &slipped{}
	if !u.english && u.matchesNothing() {
		if word, s, found := wordnetSlip(w, u.stem); found {
			sl.as = b.newUnknown(word)
			sl.english = wordnetSynonyms(s) != ""
		}
	}
	// Goroutines working it out at once store equal values.
	u.slip.Store(sl)
	return sl
}

// misspeltEnglish reports whether w, a folded question word neither the
// articles nor WordNet have, is one slip from one of WordNet's
// ("argricultural", "knwon"; wordnetSlip) that WordNet gives synonyms:
// a word of general English misspelt, which weighs as that word would,
// not as a name or term no article has, whose absence says far more
// about whether they answer. u is w's unknown; the answer is kept in it.
func (b *Base) misspeltEnglish(u *unknown, w string) bool {
	return b.slipOf(u, w).english
}

// Bounds of the memo of question words: a word longer than maxUnknownLen
// is worked out each time, and once maxUnknown words that are neither
// the articles' as written nor of a word class (stopwords and the like)
// are kept, further such words are too, so memory stays bounded whatever
// members type. The words kept beyond that bound are bounded by the
// articles' vocabulary and the fixed word lists.
const (
	maxUnknown    = 1 << 14
	maxUnknownLen = 32
)

// wordInfo is what analysis looks up of a folded question word as it
// stands: its term when the articles write it so, its word class, and
// otherwise its unknown. Every question looks these up for every word it
// has, with three lookups by string (the articles' words, wordClass, the
// unknown words) and more for some; the memo makes them one.
type wordInfo struct {
	key   string
	h     uint64   // the memo's hash of key
	gram  uint64   // gram(key, "")
	term  int32    // the term the articles write key as, plus one; 0 when none
	class uint16   // wordClass[key]
	num   bool     // isNumber(key)
	how   bool     // howNumber[key], asked of isHowNumber, its switch
	digit bool     // hasDigit(key), which markNames asks of every question word
	light bool     // the term's stem is a light word's (lightStems)
	u     *unknown // what the base knows of key when term is 0 and it is no stopword
}

// unknownMemo is a base's memo of question words (wordInfo): an
// open-addressing table of immutable entries that the goroutines
// answering at once read without locks or writes to memory they share.
// A word new to it is worked out outside the lock and stored under it;
// a full table is copied into one twice its size, published whole, so a
// reader holding the old one only misses the newest words, and finds them
// when it comes to store them. Its lookup, a hash and mostly one probe,
// replaced a sync.Map's (hashing an interface, comparing through it) and
// two map lookups a word.
type unknownMemo struct {
	tab atomic.Pointer[wordSlots]
	mu  sync.Mutex // held to store
	n   int        // words kept, under mu
	unk int        // of them, words counted against maxUnknown, under mu
}

// wordSlots is the memo's table, a power of two long, at most half full.
type wordSlots struct {
	mask  uint64
	slots []atomic.Pointer[wordInfo]
}

// wordOf returns what analysis needs of w, a folded question word.
func (b *Base) wordOf(w string) *wordInfo {
	h := maphash.String(strSeed, w)
	if e := probe(b.unknowns.tab.Load(), h, w); e != nil {
		return e
	}
	return b.storeWord(w, h)
}

// probe finds w, whose hash is h, in the memo's table t (nil before the
// first word is stored), or returns nil.
func probe[S string | []byte](t *wordSlots, h uint64, w S) *wordInfo {
	if t == nil {
		return nil
	}
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		e := t.slots[i].Load()
		if e == nil {
			return nil
		}
		if e.h == h && e.key == string(w) {
			return e
		}
	}
}

// wordOfUpper is wordOf for w in lower case, w an ASCII word with
// capitals: the lowered word is looked up from a buffer on the stack (the
// hash of its bytes is that of the string), and made a string only when
// the memo lacks it.
func (b *Base) wordOfUpper(w string) *wordInfo {
	if len(w) > maxUnknownLen {
		return b.wordOf(strings.ToLower(w)) // not kept: worked out each time
	}
	var buf [maxUnknownLen]byte
	lw := lowerASCII(buf[:0], w)
	h := maphash.Bytes(strSeed, lw)
	if e := probe(b.unknowns.tab.Load(), h, lw); e != nil {
		return e
	}
	return b.storeWord(string(lw), h)
}

// storeWord works w out and keeps it, within the memo's bounds.
func (b *Base) storeWord(w string, h uint64) *wordInfo {
	if len(w) > maxUnknownLen {
		return b.newWordInfo(w, h)
	}
	// Not a slice of the question's text, which the memo would keep.
	e := b.newWordInfo(strings.Clone(w), h)
	counted := e.term == 0 && e.class == 0
	memo := &b.unknowns
	memo.mu.Lock()
	defer memo.mu.Unlock()
	t := memo.tab.Load()
	if t == nil {
		t = &wordSlots{mask: 1<<10 - 1, slots: make([]atomic.Pointer[wordInfo], 1<<10)}
		// Written with zeros before a probe reads it, so that each page
		// of the table faults once: the runtime leaves a large
		// allocation fresh from the system as it comes, and a probe
		// that reads a page first maps the kernel's zero page there,
		// then the first store faults again to copy it, and flushes the
		// TLBs of the other workers' processors. A batch's memo grows
		// through a few tables of pages (to 64 KB for 2,000 questions);
		// clearing them costs far less than the second faults.
		clear(t.slots)
		memo.tab.Store(t)
	}
	i := h & t.mask
	for ; ; i = (i + 1) & t.mask {
		x := t.slots[i].Load()
		if x == nil {
			break
		}
		if x.h == h && x.key == w {
			return x // another goroutine came first
		}
	}
	if counted && memo.unk >= maxUnknown {
		return e
	}
	if counted {
		memo.unk++
	}
	t.slots[i].Store(e)
	memo.n++
	if 2*memo.n > len(t.slots) {
		g := &wordSlots{mask: uint64(2*len(t.slots) - 1), slots: make([]atomic.Pointer[wordInfo], 2*len(t.slots))}
		clear(g.slots) // one fault a page, as above
		for k := range t.slots {
			if x := t.slots[k].Load(); x != nil {
				j := x.h & g.mask
				for g.slots[j].Load() != nil {
					j = (j + 1) & g.mask
				}
				g.slots[j].Store(x)
			}
		}
		memo.tab.Store(g)
	}
	return e
}

// newWordInfo works out w's wordInfo; h is its hash.
func (b *Base) newWordInfo(w string, h uint64) *wordInfo {
	e := &wordInfo{key: w, h: h, gram: gram(w, ""), class: wordClass[w], num: isNumber(w), how: isHowNumber(w), digit: hasDigit(w)}
	// The memo's hash is the words table's too (both seeded with strSeed).
	if n, _ := b.words.find(h, b.wordKeys, w); n >= 0 {
		id := b.wordTerms[n]
		e.term = id + 1
		e.light = lightStems[b.stems[id]]
	} else if e.class&wStop == 0 {
		e.u = b.newUnknown(w)
	}
	return e
}

// unknownOf returns what the base knows of w, a folded question word the
// articles do not write as it stands.
func (b *Base) unknownOf(w string) *unknown {
	if u := b.wordOf(w).u; u != nil {
		return u
	}
	return b.newUnknown(w)
}

// common reports whether a stem is a word of English that WordNet's
// tagged texts met at least model.commonWord times (never, when that is
// 0): one a member meant as typed.
func (b *Base) common(stem string) bool {
	c := b.m.commonWord
	return c > 0 && wordnetTags(stem) >= c
}

// newUnknown works out w's unknown.
func (b *Base) newUnknown(w string) *unknown {
	u := &unknown{stem: Stem(w), repair: -1, near: -1, nearF: -1, nearQ: -1}
	if id, ok := b.stemTerm(u.stem); ok {
		u.term, u.inVocab = id, true
		return u
	}
	// A common word of English is no slip for a question word or filler
	// ("want" is not "went").
	if !b.common(u.stem) {
		if x := nearQuestionWord(w); x != "" {
			u.nearQ = int8(slices.Index(questionOrder, x))
		}
		if x := nearFiller(w); x != "" {
			u.nearF = int16(slices.Index(fillerList, x))
		}
	}
	syns := wordnetSynonyms(u.stem)
	u.english = syns != ""
	u.kin = wordnetKinOf(u.stem) != ""
	u.synTerms = b.synonymTerms(syns)
	if comparative(w) {
		u.synTerms = append(u.synTerms, b.gradedSynonyms(w, syns)...)
	}
	// A word the article writes otherwise is not a typo: "start" (for
	// "began") is not "stark".
	// Nor is a form the stemmer lists as irregular ("seen" is not "seven").
	if _, listed := irregular[w]; len(u.synTerms) == 0 && !listed {
		// A word WordNet knows is one the member may well have meant:
		// repaired within one edit ("calender" for "calendar"), not two
		// ("Christmas" is not "Christians").
		// And a word of English common enough that the member surely
		// meant it is no typo at all ("mayor" is not "major"): asked
		// only of a word that has a repair, as few do.
		edits := 2
		if u.english {
			edits = 1
		}
		if id, ok := b.repairWithin(w, u.stem, edits); ok {
			if u.english {
				u.near = id
			}
			if !b.common(u.stem) && !functionWords[w] {
				u.repair = id
			}
		}
	} else if u.english && !listed {
		// A word whose synonyms the article writes ("trails": tracks)
		// is sought one edit away too, for realWordSlip alone.
		if id, ok := b.repairWord(w, 1); ok {
			u.near = id
		}
	}
	u.related = b.relatedTo(w, u.stem, nil)
	// The fallbacks below, each tried only while the word matches
	// nothing of the articles yet.
	if u.matchesNothing() {
		// "cohosted" of the article's "co-hosted", "antisemitism" of
		// "anti-Semitism": a prefix written solid that the article
		// writes with a hyphen, which splits it off.
		for _, p := range solidPrefixes {
			if rest, ok := strings.CutPrefix(w, p); ok && len(rest) >= 4 {
				if id, ok := b.stemTerm(Stem(rest)); ok {
					u.related = append(u.related, id)
				}
				break
			}
		}
	}
	if u.matchesNothing() && !b.common(u.stem) {
		u.related = b.compoundParts(w, u.related)
	}
	if u.matchesNothing() && u.kin {
		u.related = b.ofNameTerms(u.stem, u.related)
	}
	return u
}

// matchesNothing reports whether u has no related form, no repair and no
// synonym among the articles' terms yet.
func (u *unknown) matchesNothing() bool {
	return len(u.related) == 0 && u.repair < 0 && len(u.synTerms) == 0
}

// ofNameTerms appends to out the article's terms for the names that
// stem, a proper adjective or a people's name the articles lack, is of
// (wordnetOfName: "Swiss" of "Switzerland", "Finn" of "Finland"), and
// returns it. One way only: "What is the capital of Greece?" is not
// answered by "the Greek colony of Byzantium", as the rules would see it
// if "Greece" matched "Greek". A name of several words ("unit_state") is
// left to the rules that read kin whole.
func (b *Base) ofNameTerms(stem string, out []int32) []int32 {
	push := func(k string) {
		if id, ok := b.stemTerm(k); ok && !slices.Contains(out, id) && len(out) < maxRelated {
			out = append(out, id)
		}
	}
	for kin := wordnetOfName(stem); kin != ""; {
		var k string
		k, kin, _ = strings.Cut(kin, " ")
		if strings.Contains(k, "_") {
			continue
		}
		push(k)
		// "which spaniard crossed the isthmus" of "The Spanish
		// explorer": a people's name is of its place's adjectives too.
		for adj := wordnetKinOf(k); adj != ""; {
			var a string
			a, adj, _ = strings.Cut(adj, " ")
			if !strings.Contains(a, "_") {
				push(a)
			}
		}
	}
	return out
}

// compoundParts appends to out the article's terms for the two words of
// English that w, a word the articles lack, is written solid from
// ("callsign" of "the call sign MGY", "bandleader" of "the ship's band,
// led by"), and returns it: for the first split of w into two words of
// three letters or more, both WordNet's, of which the articles have both,
// or at least one when WordNet knows w as a word ("bandleader"; not
// "eurovision", a name in lower case, which "euro" does not answer).
// out is returned as it was when no split has one. With one part the
// articles', both parts have minCompoundPart letters or more: a word of
// English cut anywhere yields a short word of WordNet's, and cut so it was
// mostly no compound at all ("hot+test" of "hottest", "hus+band",
// "conside+red", "percent+age", "recomm+end"). A word of kin after a
// prefix of kin is none (kinPrefixes).
func (b *Base) compoundParts(w string, out []int32) []int32 {
	if len(w) < 6 || len(w) > maxStemLen || !isAlpha(w) {
		return out
	}
	word := wordnetWord(Stem(w))
	for i := 3; i <= len(w)-3; i++ {
		if kinPrefixes[w[:i]] && (kinWordSet[w[i:]] || w[i:] == "child" || w[i:] == "children") {
			return out
		}
		// The articles' terms first: a map each, where WordNet's are
		// a binary search each, and most splits have neither part.
		a, c := Stem(w[:i]), Stem(w[i:])
		ida, oka := b.stemTerm(a)
		idc, okc := b.stemTerm(c)
		long := i >= minCompoundPart && len(w)-i >= minCompoundPart
		if !(oka && okc || word && long && (oka || okc)) || !wordnetWord(a) || !wordnetWord(c) {
			continue
		}
		if oka {
			out = append(out, ida)
		}
		if okc {
			out = append(out, idc)
		}
		return out
	}
	return out
}

// kinPrefixes make a word of kin (kinWords, "child", "children")
// another kin ("grandchildren" are not "children", a "stepmother" is not
// a "mother", a "godfather" no "father"): such a word is no compound of
// its parts.
var kinPrefixes = makeSet(`grand great step half god foster`)

// minCompoundPart is the shortest part of a compound that WordNet knows
// whole and the articles write only one part of ("band" of "bandleader").
const minCompoundPart = 4

// functionWords are pronouns and conjunctions that are no stop words (a
// question made of them and chat, "good morning everyone", is one to
// decline: made stop words, they cost eight right answers and declines
// across the sets and won two) and that WordNet, a dictionary of nouns,
// verbs, adjectives and adverbs, does not hold. A member who types one
// means it: "anyone" was repaired to the name "Ancon", two edits away,
// and the question declined for a name the fact lacks.
var functionWords = makeSet(`anyone anybody everyone everybody everything whoever whomever whichever
myself yourself yourselves himself herself itself ourselves themselves because although whilst whereas whether unless`)

// solidPrefixes are the prefixes English writes with a hyphen or solid
// ("co-founder", "cofounder"), longest first where one begins another.
var solidPrefixes = []string{"anti", "counter", "co", "ex", "inter", "mid", "multi", "non", "post", "pre", "pro", "re", "semi", "sub", "super", "trans", "ultra"}

// gradedSynonyms returns the articles' terms for the synonyms of a
// comparative or superlative w, whose own WordNet synonyms are syns, in
// its degree: WordNet gives "biggest" the synonym "large", and the
// article writes "the largest island".
func (b *Base) gradedSynonyms(w, syns string) []int32 {
	if b.m.wSyn == 0 {
		return nil
	}
	suf := "er"
	if strings.HasSuffix(w, "est") {
		suf = "est"
	}
	pool := []string{syns}
	// A superlative asks the most of what its adjective measures:
	// "the hottest it has got" of "the highest temperature recorded".
	var attrs []string
	if suf == "est" {
		attrs = append(attrs, wordnetAttributes(Stem(w)))
	}
	for _, a := range graded(w, func(a string) bool { return wordnetWord(Stem(a)) }) {
		if !strings.HasSuffix(a, suf) {
			pool = append(pool, wordnetSynonyms(Stem(a))) // "tallest": the synonyms of "tall"
			if suf == "est" {
				attrs = append(attrs, wordnetAttributes(Stem(a)))
			}
		}
	}
	var out []int32
	for _, as := range attrs {
		for _, id := range b.synonymTerms(as) {
			if !slices.Contains(out, id) {
				out = append(out, id)
			}
		}
	}
	for _, syns := range pool {
		for syns != "" {
			var s string
			s, syns, _ = strings.Cut(syns, " ")
			for _, g := range graded(s, func(string) bool { return false }) {
				if !strings.HasSuffix(g, suf) {
					continue
				}
				if id, ok := b.wordTerm(g); ok && !slices.Contains(out, id) {
					out = append(out, id)
				}
			}
		}
	}
	return out
}
