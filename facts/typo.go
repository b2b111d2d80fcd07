package facts

import (
	"math/bits"
	"slices"
	"strings"
)

// Typo repair, one step of analysing a question: a word the articles do
// not have in any form is compared with the words they do have, by edit
// distance, within buckets of the same first letter and a similar length.
// The buckets are built with the index in linear time and space; a lookup
// costs one bounded distance per word of the buckets it visits, and words
// longer than maxTypoLen are never repaired nor offered as repairs, so a
// hostile article (a 2,000-letter word, a million unique words) costs
// milliseconds, not minutes.

// maxTypoLen is the longest word repaired or offered as a repair. English
// words longer than this are rare, and a long run of letters is more
// likely a code or a hostile input than a word someone misspelt.
const maxTypoLen = 24

// maxRepairs bounds the words repaired in one question.
const maxRepairs = 6

// typoIndex holds the articles' words for typo repair and prefix lookups.
type typoIndex struct {
	keys  []formKey // words and stems, sorted: prefix runs
	words []string  // words that may be offered as repairs
	masks []uint32  // word -> the letters it has, a bit each
	term  []int32   // word -> its term
	// The words by first byte and length: bucket (c, n) is
	// all[start[k]:start[k+1]] for k = (c-lo)*(maxTypoLen+1) + n.
	all   []int32
	start []int32
	lo    int
}

// build fills the index from the base's vocabulary, in a fixed order so
// that ties between repairs resolve the same way on every run.
func (x *typoIndex) build(b *Base) {
	// Stems, sorted, for prefix runs: marri and marriag, albania and
	// albanian. Words as written are bucketed for typo repair.
	x.keys = sortedKeys(b.stems)
	x.words = make([]string, 0, len(b.wordKeys)+len(b.stems)/4)
	x.term = make([]int32, 0, cap(x.words))
	add := func(w string, t int32) {
		x.words = append(x.words, w)
		x.term = append(x.term, t)
	}
	for _, k := range x.keys {
		// A stem is offered as a repair when it is five letters or more
		// and not a word as written ("damag" for "damagd").
		if w := k.key; len(w) >= 5 && len(w) <= maxTypoLen && isAlpha(w) {
			if b.spelled[k.term]&spelledStem == 0 { // b.words[w] != k.term
				add(w, k.term)
			}
		}
	}
	// Words as written, in the order they were added: repair breaks its
	// ties by the word itself, so the order never shows.
	for n, w := range b.wordKeys {
		if len(w) >= 4 && len(w) <= maxTypoLen && isAlpha(w) && !b.wordStop[n] {
			add(w, b.wordTerms[n])
		}
	}
	// The buckets, counted first and cut from one array, and found by
	// their bounds in an array by first byte and length (at most
	// maxTypoLen): a word's first byte is a lower-case letter or begins a
	// rune beyond ASCII, so the rows of the bytes in use are few, and a
	// lookup reads two numbers instead of a map.
	x.masks = make([]uint32, len(x.words))
	lo, hi := 255, 0 // the first bytes in use
	for i, w := range x.words {
		x.masks[i] = letters(w)
		lo, hi = min(lo, int(w[0])), max(hi, int(w[0]))
	}
	if lo > hi {
		x.lo, x.start = 0, nil
		return
	}
	const row = maxTypoLen + 1 // lengths 0..maxTypoLen of one first byte
	// start[k+2] counts bucket k's words; summed, start[k+1] is where
	// bucket k begins, and filling it moves it to where the bucket ends,
	// so that bucket k is all[start[k]:start[k+1]].
	start := make([]int32, (hi-lo+1)*row+2)
	for _, w := range x.words {
		start[(int(w[0])-lo)*row+len(w)+2]++
	}
	for k := 2; k < len(start); k++ {
		start[k] += start[k-1]
	}
	x.all = make([]int32, len(x.words))
	for i, w := range x.words {
		at := &start[(int(w[0])-lo)*row+len(w)+1]
		x.all[*at] = int32(i)
		*at++
	}
	x.lo, x.start = lo, start
}

// bucket returns the words of first byte c and length n.
func (x *typoIndex) bucket(c byte, n int) []int32 {
	const row = maxTypoLen + 1
	k := (int(c)-x.lo)*row + n
	if int(c) < x.lo || n < 0 || n > maxTypoLen || k+1 >= len(x.start) {
		return nil
	}
	return x.all[x.start[k]:x.start[k+1]]
}

// sortedKeys returns the stems with their terms, sorted by stem. Each
// stem's first six bytes and its term make one number, and numbers sort
// fast: they order the stems as strings.Compare would, but for those that
// share their first six bytes, which are then sorted among themselves.
func sortedKeys(stems []string) []formKey {
	keys := make([]formKey, len(stems))
	if len(stems) > 1<<16 {
		for id, s := range stems {
			keys[id] = formKey{s, int32(id)}
		}
		slices.SortFunc(keys, func(p, q formKey) int { return strings.Compare(p.key, q.key) })
		return keys
	}
	nums := make([]uint64, len(stems))
	for id, s := range stems {
		nums[id] = head6(s)<<16 | uint64(id)
	}
	slices.Sort(nums)
	for i, x := range nums {
		id := int32(x & 0xffff)
		keys[i] = formKey{stems[id], id}
	}
	for i := 0; i < len(nums); {
		j := i + 1
		for j < len(nums) && nums[j]>>16 == nums[i]>>16 {
			j++
		}
		if j-i > 1 {
			slices.SortFunc(keys[i:j], func(p, q formKey) int { return strings.Compare(p.key, q.key) })
		}
		i = j
	}
	return keys
}

// head6 is s's first six bytes as a big-endian number, zero-padded: a
// shorter string that begins a longer one is the smaller.
func head6(s string) uint64 {
	var h uint64
	for i := range 6 {
		h <<= 8
		if i < len(s) {
			h |= uint64(s[i])
		}
	}
	return h
}

// withPrefix returns up to limit terms of words and stems that start with
// prefix and are longer than it.
func (x *typoIndex) withPrefix(prefix string, limit int) []int32 {
	// The first key not below prefix, by a search of its own: through
	// slices.BinarySearchFunc, each step called a comparison function.
	i, hi := 0, len(x.keys)
	for i < hi {
		mid := int(uint(i+hi) >> 1)
		if lessString(x.keys[mid].key, prefix) {
			i = mid + 1
		} else {
			hi = mid
		}
	}
	var out []int32
	for ; i < len(x.keys) && strings.HasPrefix(x.keys[i].key, prefix); i++ {
		if len(x.keys[i].key) > len(prefix) && !slices.Contains(out, x.keys[i].term) {
			out = append(out, x.keys[i].term)
			if len(out) == limit {
				break
			}
		}
	}
	return out
}

// letters returns a bit for each letter a-z that w has.
func letters(w string) uint32 {
	var m uint32
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'a' && c <= 'z' {
			m |= 1 << (c - 'a')
		}
	}
	return m
}

// maxTypoEdits returns how many edits a word of n letters may carry: none
// below five letters (too many short words are one edit apart: "look" and
// "took"), one up to seven, two beyond.
func maxTypoEdits(n int) int {
	switch {
	case n < 5:
		return 0
	case n < 8:
		return 1
	}
	return 2
}

// repair returns the term of the article word that w is most likely a typo
// of: the fewest edits, then the most frequent, then the first in order.
// People rarely mistype a word's first letter, and a repair that changes
// it turns real words into others ("light" into "fight"), so it is kept.
// stem is w's stem when the caller has it, else "".
func (b *Base) repair(w, stem string) (int32, bool) {
	return b.repairWithin(w, stem, 2)
}

// repairWithin is repair within at most edits edits (and the fewer
// maxTypoEdits allows the word's length).
func (b *Base) repairWithin(w, stem string, edits int) (int32, bool) {
	if id, ok := b.repairWord(w, edits); ok {
		return id, true
	}
	// "orrigins" is two edits from "origin" but one from its stem: a typo
	// in an inflected word is sought by the stem too.
	if stem == "" {
		stem = Stem(w)
	}
	if stem != w {
		return b.repairWord(stem, edits)
	}
	return 0, false
}

// repairWord is repair for the word as it stands.
func (b *Base) repairWord(w string, edits int) (int32, bool) {
	if len(w) < 4 || len(w) > maxTypoLen || !isAlpha(w) {
		return 0, false
	}
	x := &b.typos
	if len(w) == 4 {
		return x.repairShort(b, w)
	}
	k := min(edits, maxTypoEdits(len(w)))
	best, bestDist, bestDF, bestWord, bestKind := int32(-1), k+1, int32(-1), "", 2
	mw := letters(w)
	for n := len(w) - k; n <= len(w)+k; n++ {
		for _, i := range x.bucket(w[0], n) {
			// An edit brings in at most one letter and takes out at most
			// one: a word with more letters apart is not near, and most
			// are ruled out here without computing a distance.
			mc := x.masks[i]
			if bits.OnesCount32(mc&^mw) > k || bits.OnesCount32(mw&^mc) > k {
				continue
			}
			cand := x.words[i]
			d := distance(w, cand, k)
			if d > k || maxTypoEdits(len(cand)) < d || inflectionOf(w, cand) {
				continue
			}
			t, kind := x.term[i], slipKind(w, cand, d)
			if d < bestDist || d == bestDist && (kind < bestKind || kind == bestKind && (b.df[t] > bestDF || b.df[t] == bestDF && cand < bestWord)) {
				best, bestDist, bestDF, bestWord, bestKind = t, d, b.df[t], cand, kind
			}
		}
	}
	return best, best >= 0
}

// repairShort repairs a four-letter word only by a letter it dropped
// inside ("vist" for "visit") or two letters it swapped ("bonr" for
// "born"): a substitution would turn real short words into other ones
// ("look" into "took"), and a letter missing at the end makes another
// word ("join" and "joint").
func (x *typoIndex) repairShort(b *Base, w string) (int32, bool) {
	best, bestDF, bestWord := int32(-1), int32(-1), ""
	for _, n := range [2]int{5, 4} {
		for _, i := range x.bucket(w[0], n) {
			cand := x.words[i]
			if n == 5 && (cand[:4] == w || !withinOneEdit(w, cand)) || n == 4 && !swappedPair(w, cand) {
				continue
			}
			if t := x.term[i]; b.df[t] > bestDF || b.df[t] == bestDF && cand < bestWord {
				best, bestDF, bestWord = t, b.df[t], cand
			}
		}
	}
	return best, best >= 0
}

// swappedPair reports whether w and cand, of one length, differ only by
// two neighbouring letters swapped.
func swappedPair(w, cand string) bool {
	i := 0
	for i < len(w) && w[i] == cand[i] {
		i++
	}
	return i+1 < len(w) && w[i] == cand[i+1] && w[i+1] == cand[i] && w[i+2:] == cand[i+2:]
}

// distance is the optimal-string-alignment edit distance between a and b
// (insertions, deletions, substitutions and adjacent transpositions), or
// more than max when it exceeds max (max+1 when found early). Words of
// 31 bytes or more are never close.
//
// Only the band of cells within max of the diagonal is computed: a cell
// further off costs more than max (at least the difference of the
// lengths it aligns), so no alignment within max passes through one, and
// the cells outside the band are read as max+1. With max at 1 or 2 that
// is 3 or 5 cells a row instead of a row as long as b.
func distance(a, b string, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	if len(a) >= 31 || len(b) >= 31 {
		return max + 1
	}
	var buf [3][32]int
	far := max + 1 // a cell outside the band
	prev2, prev, cur := buf[0][:len(b)+1], buf[1][:len(b)+1], buf[2][:len(b)+1]
	for j := range prev {
		prev[j] = min(j, far)
	}
	for i := 1; i <= len(a); i++ {
		lo, hi := 1, min(len(b), i+max)
		if i-max > 1 {
			lo = i - max
		}
		// The cells just outside the band that the band's cells read:
		// the one before it in this row and the one after it in the row
		// above (the row above's band ends one cell earlier).
		cur[lo-1] = far
		if i <= max {
			cur[0] = i
		}
		if hi < len(b) {
			cur[hi+1] = far
		}
		rowMin := cur[lo-1]
		for j := lo; j <= hi; j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// inflectionOf reports whether w and cand are two endings of one word
// ("lived" and "lives"): then w is a real word the article lacks, not a
// typo. Two endings an "e" apart are no such pair ("unitd" and "united",
// "boxs" and "boxes"): a word and the same with an "e" before its last
// letter are seldom both words, and those that are ("bred", "breed")
// are irregular forms, which are never repaired.
func inflectionOf(w, cand string) bool {
	for _, s1 := range inflections {
		if !strings.HasSuffix(w, s1) || len(w) <= len(s1)+2 {
			continue
		}
		for _, s2 := range inflections {
			if s1 != s2 && !eApart(s1, s2) && !eApart(s2, s1) && strings.HasSuffix(cand, s2) && w[:len(w)-len(s1)] == cand[:len(cand)-len(s2)] {
				return true
			}
		}
	}
	return false
}

// eApart reports whether ending b is ending a with an "e" before it
// ("d" and "ed"), compared in place rather than built.
func eApart(a, b string) bool { return len(b) == len(a)+1 && b[0] == 'e' && b[1:] == a }

var inflections = []string{"ed", "es", "s", "ing", "er", "ers", "ly", "ion", "ions", "al", "d", "e", "y"}

// nearQuestionWord returns the question word, with w's first letter,
// that a short word is one edit from ("wen" for "when", "hw" for "how"),
// or "". Ties go to the commoner question word.
func nearQuestionWord(w string) string {
	if len(w) < 2 || len(w) > 5 {
		return ""
	}
	// A dropped letter first, the commonest slip: "wher" is "where", not
	// "when", and so is "whee", a letter from each.
	for _, x := range questionOrder {
		if len(x) == len(w)+1 && x[0] == w[0] && withinOneEdit(x, w) {
			return x
		}
	}
	for _, x := range questionOrder {
		if x[0] == w[0] && withinOneEdit(w, x) {
			return x
		}
	}
	return ""
}

// nameSlip returns the term of the word that follows prev in a name the
// article writes, when w is one edit from it, or -1: "Los Angles" is a
// slip for "Los Angeles", and "United Sates" for "United States", though
// "angles" and "sates" are words of English, which repair otherwise
// leaves as they are.
func (b *Base) nameSlip(prev, w string) int32 {
	if len(w) < 4 {
		return -1
	}
	b.nameNextOnce.Do(b.indexNameNext)
	for _, next := range b.nameNext[prev] {
		if next != w && withinOneEdit(w, next) {
			if wi := b.wordOf(next); wi.term > 0 {
				return wi.term - 1
			}
		}
	}
	return -1
}

// indexNameNext fills b.nameNext from every name of the articles. A word
// that opens more than maxNameNext names ("New" of a gazetteer) is left
// out, as a stop word is: each would cost a comparison for every question
// word after it.
func (b *Base) indexNameNext() {
	m := map[string][]string{}
	crowded := map[string]bool{}
	for _, f := range b.facts {
		for _, n := range f.Names {
			words := strings.Fields(strings.ToLower(n.Text))
			for i := 0; i+1 < len(words); i++ {
				prev, next := words[i], words[i+1]
				if len(next) < 4 || len(next) > maxTypoLen || crowded[prev] || slices.Contains(m[prev], next) {
					continue
				}
				if len(m[prev]) == maxNameNext {
					crowded[prev] = true
					delete(m, prev)
					continue
				}
				m[prev] = append(m[prev], next)
			}
		}
	}
	b.nameNext = m
}

// maxNameNext bounds the words nameSlip compares a question word with.
const maxNameNext = 64

// slipKind ranks how likely w is as a slip of cand, d edits apart: 0 for
// a letter dropped or two swapped, 1 for any other. A dropped letter or a
// swap is one slip at one place; a changed or an extra letter is one of
// some twenty-five at each, so of two words one edit from a slip, the one
// it drops a letter of or swaps two in is the likelier meant: "hosage" is
// "hostage", not "homage", and "Seige" is "Siege", not "Seine", whichever
// the article writes more.
func slipKind(w, cand string, d int) int {
	switch {
	case d != 1:
		return 1
	case len(cand) == len(w)+1: // one edit and one letter longer: one dropped
		return 0
	case len(cand) == len(w) && swappedPair(w, cand):
		return 0
	}
	return 1
}

// nearFiller returns the stop word or question word of four letters or
// more, with w's first letter, that w is one edit from ("meny" for
// "many", "whta" for "what"), or "".
func nearFiller(w string) string {
	if len(w) < 3 || len(w) > 8 {
		return ""
	}
	for _, x := range fillersByLetter[w[0]] {
		// Neither test passes a filler more than a letter longer or
		// shorter: most are passed over without a call.
		if d := len(x) - len(w); d < -1 || d > 1 {
			continue
		}
		// Three-letter fillers only by swapped letters: "died" is not "did".
		if len(x) >= 4 && len(w) >= 4 && withinOneEdit(w, x) || swapped(w, x) {
			return x
		}
	}
	return ""
}

// fillersByLetter is fillerList by first letter, in its order: a typo
// keeps its first letter, so a word is compared with a few fillers only.
var fillersByLetter = func() (out [256][]string) {
	for _, x := range fillerList {
		out[x[0]] = append(out[x[0]], x)
	}
	return out
}()

// withinOneEdit reports whether a and b are at most one edit apart (a
// letter inserted, dropped or changed, or two neighbours swapped): what
// distance(a, b, 1) <= 1 says, in one pass and without a table.
func withinOneEdit(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	switch {
	case i == len(a):
		return true // equal, or b has one letter more at the end
	case len(a) < len(b):
		return a[i:] == b[i+1:] // b has one letter more at i
	case a[i+1:] == b[i+1:]:
		return true // one letter changed at i
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

// swapped reports whether two three-letter words differ by their last two
// letters swapped ("sya" and "say"): the one repair safe at three letters.
func swapped(w, x string) bool {
	return len(w) == 3 && len(x) == 3 && w[0] == x[0] && swappedPair(w, x)
}

// fillerList holds the stop words and light words a typo may hide, in a
// fixed order: question words first, then by length and alphabet.
var fillerList = func() []string {
	out := slices.Clone(questionOrder)
	var rest []string
	for _, set := range []map[string]bool{stopwords, lightwords} {
		for w := range set {
			if len(w) >= 3 && !slices.Contains(out, w) {
				rest = append(rest, w)
			}
		}
	}
	slices.SortFunc(rest, func(a, b string) int {
		if len(a) != len(b) {
			return len(b) - len(a)
		}
		return strings.Compare(a, b)
	})
	// A word of both lists stands twice, side by side once sorted.
	return append(out, slices.Compact(rest)...)
}()
