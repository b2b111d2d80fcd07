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
	return lookupTable(wordnetStems, wordnetStemAt[:], wordnetSyns, wordnetSynAt[:], stem)
}

// wordnetAttributes returns the stems of the nouns that WordNet names as
// what an adjective's stem measures ("old": age; "tall": stature,
// height), separated by spaces, or "".
func wordnetAttributes(stem string) string {
	return lookupTable(wordnetAttrKeys, wordnetAttrKeyAt[:], wordnetAttrs, wordnetAttrAt[:], stem)
}

// wordnetPerson reports whether WordNet knows a capitalised word as the
// name of a person ("Lennon", "Haydn").
func wordnetPerson(w string) bool {
	return lookupTable(wordnetNames, wordnetNameAt[:], wordnetNameKinds, wordnetNameKindAt[:], w) == "p"
}

// lookupTable returns the values of key in a generated table: keys sorted
// and concatenated, the i-th at keys[keyAt[i]:keyAt[i+1]], its values at
// vals[valAt[i]:valAt[i+1]].
func lookupTable(keys string, keyAt []uint32, vals string, valAt []uint32, key string) string {
	n := len(keyAt) - 1
	lo, hi := 0, n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if lessString(keys[keyAt[mid]:keyAt[mid+1]], key) {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo == n || keys[keyAt[lo]:keyAt[lo+1]] != key {
		return ""
	}
	return vals[valAt[lo]:valAt[lo+1]]
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

// lessString is a < b, compared a byte at a time where it inlines: the
// binary searches of a word new to the base (the WordNet table's 30,000
// stems, the typo index's keys) compare short stems that mostly differ
// in their first bytes, and the runtime's comparison, a call each step,
// cost more than the bytes compared (1% of a batch's instructions).
func lessString(a, b string) bool {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return a[i] < b[i]
		}
	}
	return len(a) < len(b)
}
