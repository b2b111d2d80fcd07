package facts

import "strings"

// Typo repair: a question word the article lacks is compared with the
// article's own words. The deletion neighbourhood (SymSpell) finds every
// word within one edit, two for long words, without scanning the
// vocabulary; it is built on the first typo, so loading stays fast.

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

func (b *Base) buildTypos() {
	b.deletes = make(map[string][]int32, len(b.words)*8)
	b.wordList = make([]string, 0, len(b.words))
	for w := range b.words {
		if stopwords[w] || len(w) < 4 || isNumber(w) {
			continue
		}
		id := int32(len(b.wordList))
		b.wordList = append(b.wordList, w)
		b.wordTerm = append(b.wordTerm, b.words[w])
		for _, d := range deletions(w, maxTypoEdits(len(w))) {
			b.deletes[d] = append(b.deletes[d], id)
		}
	}
	// Stems too: "damagd" is one edit from the stem of "damaging".
	for stem, term := range b.vocab {
		if len(stem) < 5 || isNumber(stem) {
			continue
		}
		if _, ok := b.words[stem]; ok {
			continue
		}
		id := int32(len(b.wordList))
		b.wordList = append(b.wordList, stem)
		b.wordTerm = append(b.wordTerm, term)
		for _, d := range deletions(stem, 1) {
			b.deletes[d] = append(b.deletes[d], id)
		}
	}
}

// deletions returns w and every string made by deleting up to k letters.
func deletions(w string, k int) []string {
	out := []string{w}
	frontier := []string{w}
	seen := map[string]bool{w: true}
	for ; k > 0; k-- {
		var next []string
		for _, s := range frontier {
			for i := 0; i < len(s); i++ {
				d := s[:i] + s[i+1:]
				if !seen[d] {
					seen[d] = true
					next = append(next, d)
					out = append(out, d)
				}
			}
		}
		frontier = next
	}
	return out
}

// eachDeletion calls fn with w itself and every string made by deleting up
// to k letters (repeats included), in a reused buffer, so that a lookup
// with string(d) allocates nothing. It stops when fn returns false.
func eachDeletion(w string, k int, buf []byte, fn func(d []byte) bool) bool {
	if !fn(append(buf[:0], w...)) {
		return false
	}
	if k == 0 {
		return true
	}
	for i := 0; i < len(w); i++ {
		if k == 1 {
			buf = append(append(buf[:0], w[:i]...), w[i+1:]...)
			if !fn(buf) {
				return false
			}
			continue
		}
		if !eachDeletion(w[:i]+w[i+1:], k-1, buf, fn) {
			return false
		}
	}
	return true
}

// repair returns the term of the article word that w is most likely a typo
// of: the fewest edits, then the most frequent.
func (b *Base) repair(w string) (int32, bool) {
	if id, ok := b.repairWord(w); ok {
		return id, true
	}
	// "embasies": too far from "embassy" as written, one edit from its stem.
	if s := Stem(w); s != w {
		return b.repairWord(s)
	}
	return 0, false
}

func (b *Base) repairWord(w string) (int32, bool) {
	k := maxTypoEdits(len(w))
	if len(w) == 4 && isAlpha(w) {
		return b.repairDropped(w)
	}
	if k == 0 || !isAlpha(w) {
		return 0, false
	}
	b.typoOnce.Do(b.buildTypos)
	best, bestDist, bestDF := int32(-1), k+1, int32(-1)
	var buf [64]byte
	eachDeletion(w, k, buf[:0], func(d []byte) bool {
		for _, id := range b.deletes[string(d)] {
			cand := b.wordList[id]
			// People rarely mistype a word's first letter, and a repair
			// that changes it turns real words into others ("light" into
			// "fight").
			dist := distance(w, cand, k)
			if dist > k || maxTypoEdits(len(cand)) < dist || cand[0] != w[0] {
				continue
			}
			if inflectionOf(w, cand) {
				continue
			}
			term := b.wordTerm[id]
			if dist < bestDist || dist == bestDist && (b.df[term] > bestDF || b.df[term] == bestDF && b.surface[term] < b.surface[best]) {
				best, bestDist, bestDF = term, dist, b.df[term]
			}
		}
		return true
	})
	return best, best >= 0
}

// distance is the optimal-string-alignment edit distance between a and b
// (insertions, deletions, substitutions and adjacent transpositions), or
// max+1 when it exceeds max.
func distance(a, b string, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	var buf [3][32]int
	if len(b) >= 31 {
		return max + 1
	}
	prev2, prev, cur := buf[0][:len(b)+1], buf[1][:len(b)+1], buf[2][:len(b)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
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
// typo. A bare stem ("damag") has no ending, so "damagd" may still mean it.
func inflectionOf(w, cand string) bool {
	for _, s1 := range inflections {
		for _, s2 := range inflections {
			if s1 != s2 && strings.HasSuffix(w, s1) && strings.HasSuffix(cand, s2) &&
				len(w) > len(s1)+2 && w[:len(w)-len(s1)] == cand[:max(0, len(cand)-len(s2))] {
				return true
			}
		}
	}
	return false
}

var inflections = []string{"ed", "es", "s", "ing", "er", "ers", "ly", "ion", "ions", "al", "d", "e", "y"}

// repairDropped repairs a four-letter word only by a letter it dropped
// inside ("vist" for "visit"): a substitution would turn real short words
// into other ones ("look" into "took").
func (b *Base) repairDropped(w string) (int32, bool) {
	b.typoOnce.Do(b.buildTypos)
	best, bestDF := int32(-1), int32(-1)
	for _, id := range b.deletes[w] {
		cand := b.wordList[id]
		// The letter must be missing inside the word: at its end it makes
		// another word ("join" and "joint", "live" and "lives").
		if len(cand) != len(w)+1 || cand[0] != w[0] || cand[:len(w)] == w || distance(w, cand, 1) != 1 {
			continue
		}
		term := b.wordTerm[id]
		if b.df[term] > bestDF || b.df[term] == bestDF && b.surface[term] < b.surface[best] {
			best, bestDF = term, b.df[term]
		}
	}
	return best, best >= 0
}
