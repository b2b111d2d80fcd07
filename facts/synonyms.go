package facts

import (
	"cmp"
	"slices"
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

// wordnetPhrasal returns the synonym stems of a phrasal verb, keyed by
// its verb's stem, a space and its particle ("set up": establish, found,
// launch), separated by spaces, or "".
func wordnetPhrasal(key string) string {
	return lookupTable(wordnetPhrasalKeys, wordnetPhrasalKeyAt[:], wordnetPhrasalSyns, wordnetPhrasalAt[:], key)
}

// wordnetPhrasalOf is wordnetPhrasal(stem + " " + particle), without
// making the key.
func wordnetPhrasalOf(stem, particle string) string {
	keys, keyAt := wordnetPhrasalKeys, wordnetPhrasalKeyAt[:]
	n := len(keyAt) - 1
	lo, hi := 0, n
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if comparePhrasal(keys[keyAt[mid]:keyAt[mid+1]], stem, particle) < 0 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo == n || comparePhrasal(keys[keyAt[lo]:keyAt[lo+1]], stem, particle) != 0 {
		return ""
	}
	return wordnetPhrasalSyns[wordnetPhrasalAt[lo]:wordnetPhrasalAt[lo+1]]
}

// comparePhrasal compares k with stem + " " + particle as strings.Compare
// would, byte by byte: most keys differ from it in their first letters.
func comparePhrasal(k, stem, particle string) int {
	n := len(stem) + 1 + len(particle)
	for i := 0; i < len(k) && i < n; i++ {
		var c byte
		switch {
		case i < len(stem):
			c = stem[i]
		case i == len(stem):
			c = ' '
		default:
			c = particle[i-len(stem)-1]
		}
		if k[i] != c {
			if k[i] < c {
				return -1
			}
			return 1
		}
	}
	return cmp.Compare(len(k), n)
}

// wordnetPerson reports whether WordNet knows a capitalised word as the
// name of a person ("Lennon", "Haydn").
func wordnetPerson(w string) bool {
	return lookupTable(wordnetNames, wordnetNameAt[:], wordnetNameKinds, wordnetNameKindAt[:], w) == "p"
}

// wordnetRole reports whether a folded word is a noun of an occupation
// in WordNet, or its plural ("goldsmith", "notaries", "tenor":
// wordnetRoles), what a question of a person's job asks for.
func wordnetRole(word string) bool {
	_, ok := slices.BinarySearch(wordnetRoles[:], fnv1a(word))
	return ok
}

// Marks in the kinds tables (scripts/wordnet, buildKinds).
const (
	noParent    = 1<<16 - 1 // the low 16 bits of a root's wordnetNounParent
	moreParents = 1 << 31
	maxKindWalk = 32 // hypernyms climbed from a sense at most, more than WordNet's longest chain
)

// wordnetFirstSense returns the synset of the first sense of a folded
// noun (wordnetNounSense), read as a plural when WordNet lacks it as
// written ("metals", "cities"), or -1 for a word no noun is.
func wordnetFirstSense(w string) int32 {
	i, ok := slices.BinarySearch(wordnetNounKeys[:], fnv1a(w))
	for _, sg := range [...]struct{ suffix, base string }{{"s", ""}, {"es", ""}, {"ies", "y"}} {
		if ok || !strings.HasSuffix(w, sg.suffix) {
			continue
		}
		i, ok = slices.BinarySearch(wordnetNounKeys[:], fnv1a(w[:len(w)-len(sg.suffix)]+sg.base))
	}
	if !ok {
		return -1
	}
	return int32(wordnetNounSense[i])
}

// wordnetKindOf reports whether synset sense is synset kind or below it
// by WordNet's hypernyms: "magnesium" is a metal, "tuberculosis" an
// illness, "Ming" a dynasty.
func wordnetKindOf(sense, kind uint16) bool {
	return below(uint32(sense), uint32(kind), wordnetNounParent[kind]>>16&0xff, 0)
}

// below reports whether synset s, at depth steps from where the climb
// began, is kind or has it above. Each hypernym stands lower than the
// synset below it (its height, the longest chain above it, is less), so
// the climb stops at a synset no higher than kind, which is height:
// most climbs end a step or two up, not at the root.
func below(s, kind, height uint32, depth int) bool {
	for ; depth < maxKindWalk; depth++ {
		if s == kind {
			return true
		}
		p := wordnetNounParent[s]
		if p>>16&0xff <= height {
			return false
		}
		if p&moreParents != 0 {
			i, _ := slices.BinarySearch(wordnetNounMore[:], s<<16)
			for ; i < len(wordnetNounMore) && wordnetNounMore[i]>>16 == s; i++ {
				if below(wordnetNounMore[i]&noParent, kind, height, depth+1) {
					return true
				}
			}
		}
		if p &= noParent; p == noParent {
			return false
		}
		s = p
	}
	return false
}

// wordnetKinOf returns the stems of the names a proper adjective's stem
// pertains to, or of the adjectives a name's stem has ("swedish": sweden;
// "sweden": swedish), separated by spaces, or "". A name of several
// words has its stems joined by "_" ("american": america unit_state).
func wordnetKinOf(stem string) string {
	return lookupTable(wordnetKinKeys, wordnetKinKeyAt[:], wordnetKin, wordnetKinAt[:], stem)
}

// wordnetCountry reports whether WordNet knows a name's stem (its words'
// stems joined by "_") as a land with a proper adjective of its own
// ("germani": German), not as an adjective's or a people's ("german").
func wordnetCountry(stem string) bool {
	return wordnetKinOf(stem) != "" && wordnetOfName(stem) == ""
}

// wordnetOfName returns the stems of the names a proper adjective's or a
// people's stem is of, one way only ("swedish": sweden; "finn": finland;
// not "sweden": swedish), separated by spaces, or "".
func wordnetOfName(stem string) string {
	return lookupTable(wordnetOfKeys, wordnetOfKeyAt[:], wordnetOf, wordnetOfAt[:], stem)
}

// ofName reports whether WordNet pairs stem, a proper adjective's or a
// people's, with the name whose stem is name ("thai" of "thailand"),
// one way only (wordnetOfName).
func ofName(stem, name string) bool {
	for names := wordnetOfName(stem); names != ""; {
		var n string
		n, names, _ = strings.Cut(names, " ")
		if n == name {
			return true
		}
	}
	return false
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

// namesTerm reports whether term t is a question word's (matches) or a
// form WordNet pairs with it as a name and its proper adjective (kinIn):
// the rules that read who or where a fact names accept either.
func (b *Base) namesTerm(qw *qword, t int32) bool {
	return qw.matches(t) || b.kinIn(qw, func(u int32) bool { return u == t })
}

// kinIn reports whether in holds the article's term for a form WordNet
// pairs with a name as its proper adjective, either way ("Swedish" for
// "Sweden", "France" for "French"; wordnetKinOf). The rules that decline
// a fact for lacking a name the question asks about read it: "When did
// France abolish slavery?" is about "the French colonies". Matching does
// not: as a form of the word it answered more of the questions the
// articles do not answer, by as much as it found.
func (b *Base) kinIn(qw *qword, in func(t int32) bool) bool {
	kin := wordnetKinOf(b.wordStem(qw))
	for kin != "" {
		var k string
		k, kin, _ = strings.Cut(kin, " ")
		if b.kinWordsIn(k, in) {
			return true
		}
	}
	return false
}

// kinWordsIn reports whether in holds the article's term for each word of
// a kin value: one stem, or the stems of a name of several words joined
// by "_" ("unit_state").
func (b *Base) kinWordsIn(k string, in func(t int32) bool) bool {
	for k != "" {
		var w string
		w, k, _ = strings.Cut(k, "_")
		if t, ok := b.stemTerm(w); !ok || !in(t) {
			return false
		}
	}
	return true
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

// wordnetWord reports whether WordNet has a single word with this stem
// (wordnetWords; a hash collision, about one in 70,000 strings, takes a
// string for a word).
func wordnetWord(stem string) bool {
	_, ok := wordnetIndex(stem)
	return ok
}

// wordnetTags returns how many times WordNet's sense-tagged texts met a
// word with this stem (wordnetTagged, at most 255), 0 for a stem WordNet
// lacks: how common a word of English it is.
func wordnetTags(stem string) int {
	i, ok := wordnetIndex(stem)
	if !ok {
		return 0
	}
	return int(wordnetTagged[i])
}

// wordnetIndex returns the place of a stem's hash in wordnetWords, and
// whether it is there; wordnetTagged is kept in the same order.
func wordnetIndex(stem string) (int, bool) {
	return slices.BinarySearch(wordnetWords[:], fnv1a(stem))
}

// fnv1a is the 32-bit FNV-1a hash of s, as hash/fnv computes it:
// scripts/wordnet hashes wordnetWords with that.
func fnv1a(s string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(s); i++ {
		h ^= uint32(s[i])
		h *= 16777619
	}
	return h
}

// plausibleAt reports whether the runs of four letters of w, a word of a
// to z, that cover positions lo to hi (its ends count as letters, "^"
// and "$") are all ones WordNet's words are written with (wordnetGrams):
// most strings one slip from a word are not ("aqre"), an edit at lo to
// hi changes no other run, and this is far cheaper than stemming a
// string to look it up.
func plausibleAt[S string | []byte](w S, lo, hi int) bool {
	for t := max(lo-3, -1); t <= min(hi, len(w)-2); t++ {
		if !plausibleRun(w, t) {
			return false
		}
	}
	return true
}

// plausibleRun reports whether the run of four letters of w that starts
// at t (from -1, "^", to len(w)-2, its last letter and "$") is one
// WordNet's words are written with.
func plausibleRun[S string | []byte](w S, t int) bool {
	code := func(i int) int {
		if i < 0 || i >= len(w) {
			return 0
		}
		return int(w[i]-'a') + 1
	}
	x := ((code(t)*27+code(t+1))*27+code(t+2))*27 + code(t+3)
	return wordnetGrams[x/8]&(1<<(x%8)) != 0
}

// wordnetSlip returns the word of WordNet's, and its stem, that w, a folded
// word neither the articles nor WordNet have (stem is its stem), is
// misspelt from, when one is a slip away, or one far more common than the
// others (WordNet's tagged texts met it at least four times as often:
// "kiled" is "killed", not "kited"): first two neighbouring letters
// swapped, else a letter dropped or added, else one changed, never the
// first letter nor the last but for a swap (people rarely mistype those,
// and a letter more or less at the end is another word as often as a
// slip: "moderna", "modern"). A kind of slip whose words leave the
// choice open hands on to the next, whose words are weighed with them:
// "traned" is two swaps from words the tagged texts never met ("tarned",
// "trnaed") and a letter from "trained", met 144 times. A comparative or
// superlative ("softest") is no slip, nor a word of fewer than five
// letters, which has too many neighbours to tell, nor one with a letter
// beyond a to z, which WordNet's words never have.
func wordnetSlip(w, stem string) (word, wordStem string, ok bool) {
	if len(w) < 5 || len(w) > maxUnknownLen || !isASCIILower(w) || wordnetWord(stem) || comparative(w) {
		return "", "", false
	}
	var (
		buf   [maxUnknownLen + 1]byte
		found [maxSlips]slipCandidate
		nf    int
	)
	// A run of four letters no WordNet word has (the "rgri" of
	// "argricultural") stays in every string one slip from w but for the
	// slips that change it: only those are sought, and none when two such
	// runs stand too far apart for one slip to change both. bad holds
	// where the first and the last such run start (-1 for one that opens
	// with "^"); with none, every slip is sought.
	bad := [2]int{len(w), -2}
	for t := -1; t <= len(w)-2; t++ {
		if !plausibleRun(w, t) {
			bad[0], bad[1] = min(bad[0], t), t
		}
	}
	if bad[1]-bad[0] > 4 { // a swap changes five runs, the most a slip does
		return "", "", false
	}
	// covers reports whether a slip that changes the runs starting at lo
	// to hi changes every run no WordNet word has.
	covers := func(lo, hi int) bool { return lo <= bad[0] && bad[1] <= hi }
	// try looks up v, a candidate in buf; it reports whether more words
	// are found than can be told apart, when the search stops.
	try := func(v []byte, lo, hi int) bool {
		if !plausibleAt(v, lo, hi) {
			return false
		}
		s := Stem(string(v))
		if s == stem || !wordnetWord(s) || slices.ContainsFunc(found[:nf], func(c slipCandidate) bool { return c.stem == s }) {
			return false
		}
		if nf == len(found) {
			return true
		}
		found[nf] = slipCandidate{s, string(v), wordnetTags(s)}
		nf++
		return false
	}
	// decided returns the index in found of the slip the candidates
	// found so far make, if any (one word, or one far more common), or -1.
	decided := func() int {
		switch nf {
		case 0:
			return -1
		case 1:
			return 0
		}
		slices.SortFunc(found[:nf], func(a, b slipCandidate) int { return b.tags - a.tags })
		if found[0].tags >= 4*max(found[1].tags, 1) {
			return 0
		}
		return -1
	}
	// result is what the search returns once decided finds k.
	result := func(k int) (string, string, bool) {
		if k < 0 {
			return "", "", false
		}
		return found[k].word, found[k].stem, true
	}
	n := len(w)
	for i := 1; i+1 < n; i++ { // swapped
		if !covers(i-3, i+1) {
			continue
		}
		v := buf[:n]
		copy(v, w)
		v[i], v[i+1] = v[i+1], v[i]
		if try(v, i, i+1) {
			return "", "", false
		}
	}
	if k := decided(); k >= 0 {
		return result(k)
	}
	for i := 1; i+1 < n; i++ { // dropped by the member: one too many here
		if !covers(i-3, i) {
			continue
		}
		v := append(append(buf[:0], w[:i]...), w[i+1:]...)
		if try(v, i-1, i) {
			return "", "", false
		}
	}
	for i := 1; i < n; i++ { // one missing here
		if !covers(i-3, i-1) {
			continue
		}
		v := append(append(append(buf[:0], w[:i]...), 'a'), w[i:]...)
		for c := byte('a'); c <= 'z'; c++ {
			v[i] = c
			if try(v, i, i) {
				return "", "", false
			}
		}
	}
	if k := decided(); k >= 0 {
		return result(k)
	}
	if n < 6 {
		// A word of five letters has too many neighbours a changed
		// letter away to tell a slip from a name ("negra", "nigra").
		return "", "", false
	}
	v := buf[:n]
	copy(v, w)
	for i := 1; i+1 < n; i++ { // changed
		if !covers(i-3, i) {
			continue
		}
		for c := byte('a'); c <= 'z'; c++ {
			if c == w[i] {
				continue
			}
			v[i] = c
			if try(v, i, i) {
				return "", "", false
			}
		}
		v[i] = w[i]
	}
	return result(decided())
}

// maxSlips is how many words a slip away wordnetSlip weighs against each
// other: a string with more is near too many words to tell.
const maxSlips = 16

// slipCandidate is a word a slip away from a misspelling: its stem, the
// word, and how often WordNet's tagged texts met it.
type slipCandidate struct {
	stem string
	word string
	tags int
}

// comparative reports whether w is a comparative or superlative of a
// word of WordNet's ("softest", "larger", "happiest", "biggest").
func comparative(w string) bool {
	for _, suf := range [...]string{"est", "er"} {
		base, ok := strings.CutSuffix(w, suf)
		if !ok || len(base) < 2 {
			continue
		}
		n := len(base)
		if wordnetWord(Stem(base)) || wordnetWord(Stem(base+"e")) ||
			base[n-1] == base[n-2] && wordnetWord(Stem(base[:n-1])) ||
			base[n-1] == 'i' && wordnetWord(Stem(base[:n-1]+"y")) {
			return true
		}
	}
	return false
}
