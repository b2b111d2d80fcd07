package facts

import "strings"

// Synonyms, one step of analysing a question: a member's word the
// article writes otherwise ("utilize" for "used", "quake" for
// "earthquake", "tv" for "television") matches through the other words
// of its everyday sense in WordNet 3.0 (Princeton University; licence in
// WORDNET-LICENSE). The table is generated (scripts/wordnet) into
// wordnet_gen.go as read-only data keyed by the engine's stems, so that
// nothing is built at start-up and a lookup is a binary search.

// wordnetSynonyms returns the synonym stems of a stem, separated by
// spaces, or "" when WordNet gives none.
func wordnetSynonyms(stem string) string {
	n := len(wordnetStemAt) - 1
	lo, hi := 0, n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if wordnetStems[wordnetStemAt[mid]:wordnetStemAt[mid+1]] < stem {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo == n || wordnetStems[wordnetStemAt[lo]:wordnetStemAt[lo+1]] != stem {
		return ""
	}
	return wordnetSyns[wordnetSynAt[lo]:wordnetSynAt[lo+1]]
}

// synonymIn reports whether a stem has a synonym the articles write: a
// word the articles lack that WordNet finds there otherwise is a word,
// not a typo ("start" for "began" is not "stark"). A word with no such
// synonym may still be one ("tams" for "teams").
func (b *Base) synonymIn(stem string) bool {
	if b.m.wSyn == 0 || stem == "" {
		return false
	}
	syns := wordnetSynonyms(stem)
	for syns != "" {
		s, rest, _ := strings.Cut(syns, " ")
		if _, ok := b.vocab[s]; ok {
			return true
		}
		syns = rest
	}
	return false
}

// addSynonyms appends to buf the article terms among a stem's synonyms,
// weighted by the model's wSyn, that buf[start:] does not hold already.
func (b *Base) addSynonyms(stem string, buf *[]alt, start int) {
	if b.m.wSyn == 0 || stem == "" {
		return
	}
	syns := wordnetSynonyms(stem)
	for syns != "" {
		s, rest, _ := strings.Cut(syns, " ")
		syns = rest
		id, ok := b.vocab[s]
		if !ok {
			continue
		}
		known := false
		for _, a := range (*buf)[start:] {
			known = known || a.t == id
		}
		if !known {
			*buf = append(*buf, alt{id, b.m.wSyn})
		}
	}
}
