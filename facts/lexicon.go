package facts

import (
	"hash/maphash"
	"unicode/utf8"
)

// An article's words, interned as it is parsed. Each distinct folded word
// gets an id, its string is made once, and what loading asks of a word
// (a stop word? a month? its stem?) is found once per word instead of once
// per use: an article of 4,000 words has about 1,500 distinct ones, and
// parsing and indexing look at each word several times. The tokens of an
// article's facts carry their word's id (token.id).

// wordBits are the classes of a word that parsing and indexing ask about.
type wordBits uint32

const (
	lxStop        wordBits = 1 << iota // stopwords
	lxMonth                            // monthNames
	lxMonthOrDay                       // monthOrDay: a month's full name or a weekday
	lxNumber                           // isNumber
	lxNumberWord                       // numberWords
	lxYear                             // isYear
	lxDay                              // isDay
	lxDecade                           // isDecade
	lxReasonFirst                      // reasonFirst
	lxSaid                             // "said" or "wrote": a quotation
	lxConnector                        // nameConnectors
	lxTitle                            // titleWords
	lxTitleMod                         // titleModifiers
	lxNegation                         // negations
	lxOrg                              // orgWords
	lxSpot                             // spotPrepositions
	lxScale                            // scaleWords
	lxOrdinal                          // isOrdinal
	lxLight                            // lightwords
	lxSpeech                           // speechVerbs
	lxPlacePrep                        // placePrepositions
)

// buildClass maps the words of the fixed word lists to their classes, so
// that classifying a new word costs one lookup.
var buildClass = func() map[string]wordBits {
	m := map[string]wordBits{}
	for _, c := range []struct {
		set  map[string]bool
		flag wordBits
	}{{stopwords, lxStop}, {numberWords, lxNumberWord}, {reasonFirst, lxReasonFirst}, {nameConnectors, lxConnector},
		{titleWords, lxTitle}, {titleModifiers, lxTitleMod}, {negations, lxNegation},
		{orgWords, lxOrg}, {spotPrepositions, lxSpot}, {scaleWords, lxScale}, {lightwords, lxLight},
		{speechVerbs, lxSpeech}, {placePrepositions, lxPlacePrep}} {
		for w := range c.set {
			m[w] |= c.flag
		}
	}
	for w := range monthNames {
		m[w] |= lxMonth
		if monthOrDay(w) {
			m[w] |= lxMonthOrDay
		}
	}
	for _, w := range []string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"} {
		if monthOrDay(w) {
			m[w] |= lxMonthOrDay
		}
	}
	for _, w := range []string{"said", "wrote"} {
		m[w] |= lxSaid
	}
	return m
}()

// endsFilter has a bit for each (length, first byte, last byte) of the
// words of a list: most words, which are in no list, are told apart
// without hashing them for a map.
type endsFilter [64]uint64

func (f *endsFilter) add(w string) {
	if w != "" {
		h := endsHash(w)
		f[h>>6] |= 1 << (h & 63)
	}
}

// mayHave reports whether w may be in the list: false means it is not.
func (f *endsFilter) mayHave(w string) bool {
	if w == "" {
		return true
	}
	h := endsHash(w)
	return f[h>>6]&(1<<(h&63)) != 0
}

func endsHash(w string) uint {
	return (uint(len(w))*977 + uint(w[0])*31 + uint(w[len(w)-1])) & 4095
}

// classFilter holds the words of buildClass.
var classFilter = func() (f endsFilter) {
	for w := range buildClass {
		f.add(w)
	}
	return f
}()

// lexClass is buildClass[w].
func lexClass(w string) wordBits {
	if !classFilter.mayHave(w) {
		return 0
	}
	return buildClass[w]
}

// classify returns a word's classes.
func classify(w string) wordBits {
	c := lexClass(w)
	if isNumber(w) {
		c |= lxNumber
		if isYear(w) {
			c |= lxYear
		}
		if isDay(w) {
			c |= lxDay
		}
	}
	if isDecade(w) {
		c |= lxDecade
	}
	if isOrdinal(w) {
		c |= lxOrdinal
	}
	return c
}

// lexicon is an article's words. It is filled while the article is
// parsed and kept with it, read-only, for New.
type lexicon struct {
	ids   strTable   // word -> id, into words; only while parsing
	words []string   // id -> folded word
	bits  []wordBits // id -> its classes
	// Stems, found by stemAll once the article's words are all known:
	// the article's stems, numbered in the order its words first use
	// them, and each word's stem number (-1 for a stop word).
	stemID    []int32
	stemWords []string // stem number -> stem
	content   int      // how many words are not stop words
	// What the article tells about its words (see nameContext): written
	// in lower case somewhere; capitalised somewhere other than a
	// sentence's start.
	lower  []bool
	capMid []bool

	stemc stemCache // shared by the parses of one ParseAll worker
}

// newLexicon makes the lexicon of an article of size bytes, which has a
// new word for every sixteen to twenty bytes.
func newLexicon(size int, stemc stemCache) *lexicon {
	n := min(max(64, size/16), 1<<14)
	return &lexicon{
		ids:    newStrTable(n),
		words:  make([]string, 0, n),
		bits:   make([]wordBits, 0, n),
		lower:  make([]bool, 0, n),
		capMid: make([]bool, 0, n),
		stemc:  stemc,
	}
}

// internString returns the interned form of w and its id.
func (lx *lexicon) internString(w string) (string, int32) {
	h := maphash.String(strSeed, w)
	id, slot := lx.ids.find(h, lx.words, w)
	if id >= 0 {
		return lx.words[id], id
	}
	return w, lx.add(w, h, slot)
}

// internBytes is internString for a word in a scratch buffer: it copies
// the word only when it is new.
func (lx *lexicon) internBytes(w []byte) (string, int32) {
	h := maphash.Bytes(strSeed, w)
	id, slot := lx.ids.findBytes(h, lx.words, w)
	if id >= 0 {
		return lx.words[id], id
	}
	s := string(w)
	return s, lx.add(s, h, slot)
}

// add gives a new word, of hash h, its id, in the slot of lx.ids that
// find gave.
func (lx *lexicon) add(w string, h uint64, slot int) int32 {
	id := int32(len(lx.words))
	lx.words = append(lx.words, w)
	lx.ids.add(h, slot, id)
	lx.bits = append(lx.bits, classify(w))
	lx.lower = append(lx.lower, false)
	lx.capMid = append(lx.capMid, false)
	return id
}

// stemAll stems the words, once all are known: it may run while the
// article's facts are annotated, which reads the words but adds none.
func (lx *lexicon) stemAll() {
	n := len(lx.words)
	lx.stemID = make([]int32, n)
	for _, c := range lx.bits {
		if c&lxStop == 0 {
			lx.content++
		}
	}
	ids := newStrTable(lx.content) // stem -> stem number, into stemWords
	lx.stemWords = make([]string, 0, lx.content)
	for id, w := range lx.words {
		if lx.bits[id]&lxStop != 0 {
			lx.stemID[id] = -1
			continue
		}
		var st string
		if lx.stemc != nil {
			st = lx.stemc.stem(w)
		} else {
			st = Stem(w)
		}
		h := maphash.String(strSeed, st)
		sid, slot := ids.find(h, lx.stemWords, st)
		if sid < 0 {
			sid = int32(len(lx.stemWords))
			lx.stemWords = append(lx.stemWords, st)
			ids.add(h, slot, sid)
		}
		lx.stemID[id] = sid
	}
}

// done drops what only parsing needs.
func (lx *lexicon) done() {
	lx.ids, lx.stemc = strTable{}, nil
	lx.lower, lx.capMid = nil, nil
}

// lookup returns the id of a word of the article, or -1.
func (lx *lexicon) lookup(w []byte) int32 {
	id, _ := lx.ids.findBytes(maphash.Bytes(strSeed, w), lx.words, w)
	return id
}

// word makes a token's word from the folded bytes in buf: interned when
// lx is not nil, else a new string (id 0).
func (lx *lexicon) word(buf []byte) (string, int32) {
	if lx == nil {
		return string(buf), 0
	}
	return lx.internBytes(buf)
}

// wordOf returns the folded word of an article's token.
func (lx *lexicon) wordOf(t atok) string { return lx.words[t.id] }

// appendFolded appends the folded rune r to buf, or nothing for a
// silent letter (silentLetter).
func appendFolded(buf []byte, r rune) []byte {
	if silentLetter(r) {
		return buf
	}
	return utf8.AppendRune(buf, foldRune(r))
}
