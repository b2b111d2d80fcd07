package facts

import (
	"slices"
	"strings"
)

// Related forms. The stemmer joins inflections ("visited", "visits") but
// not every derived form: "marry" (stem "marri") and "marriage" ("marriag"),
// "Albania" and "Albanian", "Jew" and "Jewish". Two words are related when
// the shorter is a prefix of the longer, as stems or as written, and is at
// least minPrefix letters long; at four letters prefixes join unrelated
// words (part and party, plan and planet). Shorter words join only through
// a nationality ending (Jew and Jewish, Iraq and Iraqi). Roots that differ
// (die and death, born and birth) come from a short list of general English.

// minPrefix is the shortest prefix that relates two words.
const minPrefix = 5

// maxRelated bounds the forms one word relates to: a short prefix shared
// by very many words ("inter") says nothing, and the bound keeps the cost
// linear on hostile articles.
const maxRelated = 24

// nationalSuffixes turn a place or people into its adjective.
var nationalSuffixes = []string{"ish", "ian", "ians", "an", "ans", "i", "is", "ese", "ic", "n", "ns", "y"}

// rootPairs are general English word families whose forms do not share a
// stem or a prefix.
var rootPairs = [][]string{
	{"die", "death", "dead", "dying"},
	{"born", "birth"},
	{"long", "length"},
	{"high", "height"},
	{"wide", "width"},
	{"deep", "depth"},
	{"strong", "strength"},
	{"young", "youth"},
	{"weigh", "weight"},
	{"grow", "growth"},
	{"bury", "burial"},
	{"fly", "flight"},
	{"sell", "sale"},
	{"lose", "loss"},
	{"choose", "choice"},
	{"speak", "speech"},
	{"prove", "proof"},
	{"succeed", "success"},
	{"fail", "failure"},
	{"give", "gift"},
	{"believe", "belief"},
	{"defend", "defense", "defence"},
	{"offend", "offense", "offence"},
	{"pay", "payment"},
	{"enter", "entry", "entrance"},
	{"arrive", "arrival"},
	{"invade", "invasion"},
	{"decide", "decision"},
	{"divide", "division"},
	{"explode", "explosion"},
	{"receive", "reception", "receipt"},
	{"describe", "description"},
	{"destroy", "destruction"},
	{"produce", "production", "product"},
	{"reduce", "reduction"},
	{"introduce", "introduction"},
	{"apply", "application"},
	{"able", "ability"},
	{"hot", "heat"},
	{"poor", "poverty"},
	{"free", "freedom"},
	{"king", "kingdom", "kingship"},
	{"rule", "ruler", "reign"},
}

// rootFamily maps a stem of rootPairs to its family's stems.
var rootFamily = func() map[string][]string {
	m := make(map[string][]string)
	for _, fam := range rootPairs {
		stems := make([]string, len(fam))
		for i, w := range fam {
			stems[i] = Stem(w)
		}
		for _, s := range stems {
			for _, o := range stems {
				if o != s && !slices.Contains(m[s], o) {
					m[s] = append(m[s], o)
				}
			}
		}
	}
	return m
}()

// rootStems lists the stems of rootFamily, for New to range over without
// iterating the map.
var rootStems = func() []string {
	out := make([]string, 0, len(rootFamily))
	for s := range rootFamily {
		out = append(out, s)
	}
	slices.Sort(out)
	return out
}()

// formKey is a word or stem and its term, sorted by key so that the words
// starting with a prefix form one run.
type formKey struct {
	key  string
	term int32
}

// buildRelated relates each term to the other forms of its word.
func (b *Base) buildRelated() {
	keys := b.typos.keys // sorted words and stems: prefix runs
	// Each term's forms are chained while they are found, in flat arrays
	// (head, and links of a form and the next), and cut into lists at the
	// end: few terms have any, and no list is allocated a term.
	nt := len(b.stems)
	b.related = newLists[int32](nt)
	count := b.related.start[2:] // term -> its forms so far: the lists' count
	head := make([]int32, nt)    // term -> its last link, plus one; 0 for none
	type link struct{ form, next int32 }
	var chain []link
	has := func(x, y int32) bool {
		for k := head[x]; k > 0; k = chain[k-1].next {
			if chain[k-1].form == y {
				return true
			}
		}
		return false
	}
	push := func(x, y int32) {
		chain = append(chain, link{y, head[x]})
		head[x] = int32(len(chain))
		count[x]++
	}
	add := func(x, y int32) {
		if x == y || count[x] >= maxRelated || count[y] >= maxRelated || has(x, y) {
			return
		}
		push(x, y)
		push(y, x)
	}
	// The names that end in a nationality ending, by what comes before
	// it: a key is compared with the names it begins, not looked up with
	// every ending.
	type ending struct {
		suf int // in nationalSuffixes
		id  int32
	}
	byBase := make(map[string][]ending)
	lists := slab[ending]{chunk: 64} // a base's endings: mostly one
	for n, w := range b.wordKeys {
		id := b.wordTerms[n]
		if b.lowerTerm[id] || !isAlpha(w) {
			continue
		}
		for si, suf := range nationalSuffixes {
			if base, ok := strings.CutSuffix(w, suf); ok {
				es := byBase[base]
				if es == nil {
					es = lists.take(1)
				}
				byBase[base] = append(es, ending{si, id})
			}
		}
	}
	find := func(es []ending, si int) (int32, bool) {
		for _, e := range es {
			if e.suf == si {
				return e.id, true
			}
		}
		return 0, false
	}
	for i, k := range keys {
		if len(k.key) < 3 || !isAlpha(k.key) {
			continue
		}
		if len(k.key) >= minPrefix {
			// The run of keys that start with k.key follows it.
			for j := i + 1; j < len(keys) && j-i <= 4*maxRelated && strings.HasPrefix(keys[j].key, k.key); j++ {
				add(k.term, keys[j].term)
			}
		}
		if b.lowerTerm[k.term] {
			continue // nationality endings join names only: Jew and Jewish, not part and party
		}
		// Italy and Italian, Swede and Swedish: the key without its
		// last letter takes the endings too.
		last := k.key[len(k.key)-1]
		short := last == 'y' || last == 'e' || last == 'a'
		whole, cut := byBase[k.key], []ending(nil)
		if short {
			cut = byBase[k.key[:len(k.key)-1]]
		}
		if len(whole) == 0 && len(cut) == 0 {
			continue
		}
		for si, suf := range nationalSuffixes {
			if id, ok := find(whole, si); ok {
				add(k.term, id)
			}
			if short && suf != "y" {
				if id, ok := find(cut, si); ok {
					add(k.term, id)
				}
			}
		}
	}
	// Root families, in the order of the terms: those of the families'
	// stems the articles have.
	var rooted []int32
	for _, s := range rootStems {
		if id, ok := b.stemTerm(s); ok {
			rooted = append(rooted, id)
		}
	}
	slices.Sort(rooted)
	for _, id := range rooted {
		for _, o := range rootFamily[b.stems[id]] {
			if other, ok := b.stemTerm(o); ok {
				add(id, other)
			}
		}
	}
	b.related.alloc()
	for t, k := range head {
		if k == 0 {
			continue
		}
		for ; k > 0; k = chain[k-1].next {
			b.related.push(int32(t), chain[k-1].form)
		}
		if r := b.related.of(int32(t)); len(r) > 1 {
			slices.Sort(r)
		}
	}
}

// natName is a name with a nationality ending: its term, and which of
// nationalSuffixes ends it.
type natName struct {
	id  int32
	suf uint8
}

// buildNationalBases indexes names by the base a nationality ending
// leaves of them ("jewish" under "jew", "italian" under "ital"), for
// questions that write the base ("jew" finds "Jewish"); nationalOf adds
// the endings a question word may have on the base ("italy"). Keyed by
// the base alone, a slice of the name: it had been keyed by every base
// and ending, four strings made and stored a name (that cost 2% of the
// instructions of loading an article, and a tenth of its allocations).
func (b *Base) buildNationalBases() {
	b.natBase = make(map[string][]natName, len(b.wordKeys)/4)
	lists := slab[natName]{chunk: len(b.wordKeys) / 4} // a base's names: mostly one
	for n, w := range b.wordKeys {
		id := b.wordTerms[n]
		if b.lowerTerm[id] || !isAlpha(w) {
			continue
		}
		for i, suf := range nationalSuffixes {
			base, ok := strings.CutSuffix(w, suf)
			if !ok || len(base) < 3 {
				continue
			}
			names := b.natBase[base]
			nn := natName{id, uint8(i)}
			if slices.Contains(names, nn) {
				continue
			}
			if names == nil {
				names = lists.take(1)
			}
			b.natBase[base] = append(names, nn)
		}
	}
}

// nationalOf appends to out, in the order of their terms, the names
// with a nationality ending on word: those whose base is word less an
// ending ("", "y", "e" or "a": "italy" less "y") that is not the name's
// own ("italian" for "italy", not "italy" itself).
func (b *Base) nationalOf(word string, out []int32) []int32 {
	start := len(out)
	for _, end := range [...]string{"", "y", "e", "a"} {
		if !endsWith(word, end) || len(word)-len(end) < 3 {
			continue
		}
		for _, nn := range b.natBase[word[:len(word)-len(end)]] {
			if nationalSuffixes[nn.suf] != end && !slices.Contains(out[start:], nn.id) {
				out = append(out, nn.id)
			}
		}
	}
	slices.Sort(out[start:])
	return out
}

// relatedTo appends to out the terms of the article's forms of a word the
// article does not write: stems that begin with its stem or begin it,
// nationality forms of names, and root families.
func (b *Base) relatedTo(word, stem string, out []int32) []int32 {
	push := func(id int32) {
		if !slices.Contains(out, id) && len(out) < maxRelated {
			out = append(out, id)
		}
	}
	if len(stem) >= minPrefix && isAlpha(stem) {
		for _, id := range b.typos.withPrefix(stem, maxRelated) {
			push(id)
		}
		for n := len(stem) - 1; n >= minPrefix; n-- {
			if id, ok := b.stemTerm(stem[:n]); ok {
				push(id)
			}
		}
	}
	// "who owned the Titanic" of "Owner: White Star Line": a short verb
	// and its agent noun, which share no prefix of minPrefix letters;
	// and the other way round.
	if isAlpha(stem) {
		for _, suf := range [...]string{"r", "er", "or"} {
			// "vote" and "voters", "rule" and "ruler": a verb in "-e"
			// takes "-r" alone.
			verbE := suf == "r"
			if len(stem) >= 3 && len(stem) < minPrefix && (!verbE || strings.HasSuffix(stem, "e")) {
				if id, ok := b.stemTerm(Stem(stem + suf)); ok {
					push(id)
				}
			}
			if n := len(stem) - len(suf); n >= 3 && n < minPrefix && strings.HasSuffix(stem, suf) && (!verbE || stem[n-1] == 'e') {
				if id, ok := b.stemTerm(stem[:n]); ok {
					push(id)
				}
			}
		}
	}
	if len(word) >= 3 && len(word) <= maxStemLen && isAlpha(word) {
		var names [8]int32
		for _, id := range b.nationalOf(word, names[:0]) {
			push(id) // Jewish for Jew, Italian for Italy
		}
		var buf [maxStemLen + 1]byte
		for _, suf := range nationalSuffixes {
			// The suffix compared byte by byte, inlined: through
			// strings.CutSuffix, each of the dozen suffixes was a
			// call to compare memory, for every word new to a base.
			n := len(word) - len(suf)
			if n < 3 || !endsWith(word, suf) {
				continue
			}
			base := word[:n]
			for _, end := range [...]string{"", "y", "e", "a"} {
				// Albania for Albanian, Italy for Italian.
				if id, ok := b.wordTermBytes(append(append(buf[:0], base...), end...)); ok && !b.lowerTerm[id] {
					push(id)
				}
			}
		}
	}
	for _, o := range rootFamily[stem] {
		if id, ok := b.stemTerm(o); ok {
			push(id)
		}
	}
	// "World War II" of "the Second World War", and the other way: a
	// Roman numeral after a name is an ordinal.
	for _, p := range romanOrdinals {
		for k, w := range p {
			if w == word {
				if id, ok := b.wordTerm(p[1-k]); ok {
					push(id)
				}
			}
		}
	}
	for _, f := range graded(word, func(string) bool { return true }) {
		if id, ok := b.wordTerm(f); ok {
			push(id)
		}
	}
	return out
}

// romanOrdinals pair Roman numerals with the ordinals they stand for in
// names ("Elizabeth II", "World War I").
var romanOrdinals = [][2]string{{"i", "first"}, {"ii", "second"}, {"iii", "third"}, {"iv", "fourth"}, {"v", "fifth"},
	{"vi", "sixth"}, {"vii", "seventh"}, {"viii", "eighth"}, {"ix", "ninth"}, {"x", "tenth"}}

// graded returns the comparative and superlative of an adjective that
// measures something ("old": older, oldest), or the adjective of such a
// comparative or superlative ("largest": large), as English spells them
// ("bigger", "earliest", "wider"): "how old is the lake" of "the oldest
// existing lake". The stems share too little to be related by prefix.
// WordNet's attributes (what an adjective measures: "old", age) say
// which words are such adjectives, so "corner" is not read as more
// "corn". Irregular ones ("best", "worse") are not formed. An adjective
// is given for a comparative or superlative only when has holds for it,
// which is asked first: WordNet is searched for few words.
func graded(w string, has func(string) bool) []string {
	if len(w) < 2 || len(w) > maxStemLen || !isAlpha(w) {
		return nil
	}
	measures := func(a string) bool { return wordnetAttributes(Stem(a)) != "" }
	var out []string
	if measures(w) {
		n := len(w)
		base := w
		switch last := w[n-1]; {
		case last == 'e':
			base = w[:n-1]
		case last == 'y' && n > 2 && !vowel(w[n-2]):
			base = w[:n-1] + "i"
		case n >= 3 && !vowel(last) && last != 'w' && last != 'x' && last != 'y' && vowel(w[n-2]) && !vowel(w[n-3]):
			base = w + w[n-1:] // big: bigger
		}
		return append(out, base+"er", base+"est", w+"er", w+"est")
	}
	for _, suf := range [...]string{"est", "er"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || len(stem) < 2 {
			continue
		}
		n := len(stem)
		for _, a := range [...]string{stem, stem + "e", strings.TrimSuffix(stem, "i") + "y"} {
			if a != stem+"y" && has(a) && measures(a) {
				out = append(out, a)
			}
		}
		if n >= 3 && stem[n-1] == stem[n-2] && has(stem[:n-1]) && measures(stem[:n-1]) {
			out = append(out, stem[:n-1]) // biggest: big
		}
	}
	return out
}

// vowel reports whether a lower-case ASCII letter is a vowel.
func vowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

// endsWith is strings.HasSuffix for a short suffix, compared a byte at a
// time where the call inlines.
func endsWith(s, suf string) bool {
	if len(s) < len(suf) {
		return false
	}
	s = s[len(s)-len(suf):]
	for i := 0; i < len(suf); i++ {
		if s[i] != suf[i] {
			return false
		}
	}
	return true
}
