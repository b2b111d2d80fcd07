package facts

import (
	"strings"
)

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

// synonymTerms returns the terms of a stem's synonyms (wordnetSynonyms)
// that the articles write, in the table's order; none when the model
// weighs synonyms at 0.
func (b *Base) synonymTerms(syns string) []int32 {
	if b.m.wSyn == 0 {
		return nil
	}
	var out []int32
	for syns != "" {
		var s string
		s, syns, _ = strings.Cut(syns, " ")
		if id, ok := b.stemTerm(s); ok {
			out = append(out, id)
		}
	}
	return out
}
