package facts

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// buildFacts splits blocks into facts, annotates them and merges repeated
// statements (the lead restates the body; a list may restate a sentence).
// It also returns the fact that holds the lead's first sentence (the
// fuller statement that took it in, when it was merged), or nil.
func buildFacts(blocks []block, lx *lexicon) ([]*Fact, *Fact) {
	facts, ntoks := tokenizeBlocks(blocks, lx)
	ctx := newNameContext(lx)
	// The words are all known: they are stemmed while names and dates
	// are found, which need no stems, and the second half of the facts
	// is annotated beside the first, each on a processor when there are
	// several.
	var wg sync.WaitGroup
	var ws *wordSets
	wg.Go(func() {
		lx.stemAll()
		ws = newWordSets(facts, lx)
	})
	half, n := len(facts), 0
	for i, f := range facts {
		if n += len(f.toks); 2*n >= ntoks {
			half = i + 1
			break
		}
	}
	wg.Go(func() {
		ctx := newNameContext(lx)
		for _, f := range facts[half:] {
			annotate(f, ctx)
		}
	})
	for _, f := range facts[:half] {
		annotate(f, ctx)
	}
	wg.Wait()
	markPeople(facts)
	markLikelyPeople(facts)
	splitPersonOfPlace(facts)
	lead := slices.IndexFunc(facts, func(f *Fact) bool { return f.Kind == KindSentence && f.Section.Level == 1 })
	facts, leadFact := mergeRepeats(facts, lx, ws, lead)
	for i, f := range facts {
		f.ID = i
		f.Names = uniqueNames(f.Names)
	}
	return facts, leadFact
}

// tokenizeBlocks splits blocks into facts and tokenizes them, interning
// their words in lx and noting how each is written (nameContext.add). It
// returns the facts and how many tokens they have.
func tokenizeBlocks(blocks []block, lx *lexicon) ([]*Fact, int) {
	ctx := newNameContext(lx)
	size := 0
	for _, b := range blocks {
		size += len(b.text)
	}
	// Every fact's tokens in one array, cut into facts once it is full.
	toks := make([]atok, 0, min(size/6+16, 1<<16)) // about six bytes a word; a hostile article grows it
	sent := make([]token, 0, 64)                   // a sentence's tokens, kept as atoks
	// The blocks' sentences, block after block, in one array: the facts
	// are counted before they are made.
	sents := make([]string, 0, len(blocks)+len(blocks)/2)
	nsents := make([]int32, len(blocks)) // block -> its sentences
	for k, b := range blocks {
		from := len(sents)
		if b.kind == KindSentence {
			sents = appendSentences(sents, b.text)
		} else {
			sents = append(sents, b.text)
		}
		nsents[k] = int32(len(sents) - from)
	}
	// Facts, their pointers, their first citations and where their
	// tokens end are each one array, made to measure; a citation added
	// later (mergeRepeats) moves the fact's citations out.
	pool := make([]Fact, len(sents))
	facts := make([]*Fact, len(sents))
	cites := make([]Citation, len(sents))
	ends := make([]int32, len(sents))
	var cite Citation // the citation of citeOf, the last block's section
	var citeOf *Section
	i := 0
	for k, b := range blocks {
		if b.section != citeOf {
			cite, citeOf = Citation{Section: b.section.PathString(), URL: b.section.URL}, b.section
		}
		var prev *Fact
		for _, s := range sents[i : i+int(nsents[k])] {
			f := &pool[i]
			cites[i] = cite
			*f = Fact{
				Text:      s,
				Kind:      b.kind,
				Section:   b.section,
				Citations: cites[i : i+1 : i+1],
				para:      b.para,
				prev:      prev,
			}
			from := len(toks)
			sent = readYearRanges(s, spellAbbreviations(s, tokenizeLex(s, sent[:0], lx, false), lx), lx)
			for _, t := range sent {
				toks = append(toks, atok{start: t.start, end: t.end, id: t.id, cap: t.cap})
			}
			ends[i] = int32(len(toks))
			ctx.add(s, toks[from:])
			facts[i] = f
			if b.kind == KindSentence {
				prev = f
			}
			i++
		}
	}
	from := int32(0)
	for i, f := range facts {
		f.toks = toks[from:ends[i]:ends[i]]
		from = ends[i]
	}
	return facts, len(toks)
}

// markPeople makes every mention of a known person a person: once
// "President Ilir Meta" is known, "Meta awarded" and "Besiana Kadare" (for
// "Ambassador Kadare") are people too.
func markPeople(facts []*Fact) {
	surnames := make(map[string]bool)
	for _, f := range facts {
		for _, n := range f.Names {
			if n.Kind == NamePerson {
				_, last := fields(n.Text)
				surnames[last] = true
			}
		}
	}
	full := make(map[string]bool)
	for _, f := range facts {
		for i, n := range f.Names {
			if n.Kind != NameOther && n.Kind != NamePerson {
				continue // an organisation or a place stays one
			}
			nw, last := fields(n.Text)
			if n.Kind == NameOther && nw <= 3 && surnames[last] {
				f.Names[i].Kind = NamePerson
			}
			if f.Names[i].Kind == NamePerson && nw > 1 {
				full[n.Text] = true
			}
		}
	}
	for _, f := range facts {
		var split []Name
		for i, n := range f.Names {
			if n.Kind == NamePerson {
				continue
			}
			// "United Nations Besiana Kadare" is a body and a person: try
			// each tail of the name that starts a word.
			for k := 0; k < len(n.Text); k++ {
				if n.Text[k] == ' ' && full[n.Text[k+1:]] {
					f.Names[i] = Name{Text: n.Text[:k], Kind: n.Kind}
					split = append(split, Name{Text: n.Text[k+1:], Kind: NamePerson})
					break
				}
			}
		}
		f.Names = append(f.Names, split...)
	}
}

// markLikelyPeople makes the names that impliedSurnames finds people:
// the name and every other name of at most three words that ends in its
// surname ("John Lennon", "Lennon"). They are marked likely: a span
// names them as people, while ranking reads them as names of no known
// kind, as before (read as people there too, the held-out score moved
// within the noise, and SQuAD's as fitted fell by one).
func markLikelyPeople(facts []*Fact) {
	surnames := make(map[string]bool)
	for _, last := range impliedSurnames(facts) {
		surnames[last] = true
	}
	if len(surnames) == 0 {
		return
	}
	for _, f := range facts {
		for i, n := range f.Names {
			if nw, last := fields(n.Text); n.Kind == NameOther && nw <= 3 && surnames[last] {
				f.Names[i].Kind, f.Names[i].likely = NamePerson, true
			}
		}
	}
}

// splitPersonOfPlace splits a name of no known kind written as a person
// of a place ("Emanuel Lasker of Germany", "Magnus Carlsen of Norway")
// into the person and the place: the words before "of" are two or three,
// the last of them a person's surname (the last word of a person the
// article names, or a person's name to WordNet) or none of them a word of
// English (unknownWords), and the words after it a place the article
// names as one, or a country to WordNet. Read whole, the name was the
// answer to "who" with no person in it, and a "where" asked of the person
// found no place. Each name is read once, and only a name with "of" past
// its cut: linear in the article.
func splitPersonOfPlace(facts []*Fact) {
	surnames := make(map[string]bool)
	places := make(map[string]bool)
	for _, f := range facts {
		for _, n := range f.Names {
			switch n.Kind {
			case NamePerson:
				_, last := fields(n.Text)
				surnames[last] = true
			case NamePlace:
				places[n.Text] = true
			}
		}
	}
	for _, f := range facts {
		var split []Name
		for i, n := range f.Names {
			if n.Kind != NameOther {
				continue
			}
			person, place, ok := strings.Cut(n.Text, " of ")
			if !ok || strings.Contains(place, " of ") {
				continue
			}
			nw, last := fields(person)
			if nw < 2 || nw > 3 || !surnames[last] && !wordnetPerson(last) && !unknownWords(person) || !places[place] && !wordnetCountry(nameStem(place)) {
				continue
			}
			f.Names[i] = Name{Text: person, Kind: NamePerson, likely: true}
			split = append(split, Name{Text: place, Kind: NamePlace})
		}
		f.Names = append(f.Names, split...)
	}
}

// unknownWords reports whether no word of a name is a word of English
// that WordNet's sense-tagged texts meet: "Magnus Carlsen", not "Great
// Wall".
func unknownWords(name string) bool {
	for _, w := range strings.Fields(name) {
		if wordnetTags(Stem(strings.ToLower(w))) > 0 {
			return false
		}
	}
	return true
}

// nameStem is a name's key in WordNet's tables: its words' stems joined
// by "_" ("West Germany": "west_germani").
func nameStem(name string) string {
	var sb strings.Builder
	for i, w := range strings.Fields(name) {
		if i > 0 {
			sb.WriteByte('_')
		}
		sb.WriteString(Stem(strings.ToLower(w)))
	}
	return sb.String()
}

// impliedSurnames returns the last words of the names an article writes
// as people write about people, with no title or verb of speech to say
// so: a name of two or three words whose last word the article also
// writes alone ("Brian Epstein", then "Epstein"), or a name that "who"
// follows ("Vincenzo Peruggia, who"), or a name of one to three words
// whose last word WordNet knows as a person's ("Haydn", "Ludwig van
// Beethoven"; not "Star of David", a name of a thing). Neither the name
// nor the lone word may ever be a place or a body, as "West Germany" and
// "Germany" are.
func impliedSurnames(facts []*Fact) []string {
	names := 0
	for _, f := range facts {
		names += len(f.Names)
	}
	// Made to measure: grown a name at a time, the maps were a third of
	// the pass.
	notPerson := make(map[string]bool, names/8) // names ever a place or a body
	alone := make(map[string]bool, names)       // one-word names
	for _, f := range facts {
		for _, n := range f.Names {
			if n.Kind == NamePlace || n.Kind == NameOrg {
				notPerson[n.Text] = true
			}
			if oneWord(n.Text) {
				alone[n.Text] = true
			}
		}
	}
	var out []string
	for _, f := range facts {
		who := -1 // whether the fact has " who ", once asked; then what whoFollows may still read
		for _, n := range f.Names {
			if n.Kind != NameOther {
				continue
			}
			nw, last := fields(n.Text)
			if nw > 3 || notPerson[n.Text] || notPerson[last] {
				continue
			}
			known := wordnetPerson(last)
			if nw == 1 && !known {
				continue
			}
			if alone[last] || known && !strings.Contains(n.Text, " of ") || whoFollows(f.Text, n.Text, &who) {
				out = append(out, last)
			}
		}
	}
	return out
}

// oneWord reports whether fields would find one word in s. A name's text
// is mostly ASCII: its words are counted byte by byte, and only a text
// with other bytes goes to fields.
func oneWord(s string) bool {
	words, in := 0, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			n, _ := fields(s)
			return n == 1
		}
		space := c == ' ' || '\t' <= c && c <= '\r'
		if !space && !in {
			words++
		}
		in = !space
	}
	return words == 1
}

// whoFollows reports whether name stands in text before "who" or ", who".
// *budget is what it may still read of the text, -1 before the first
// call: a fact without " who " is read once, and one with it at most
// maxWhoScan bytes in all, for however many names it has (a sentence
// of 512 names and 3 MB would have been read whole for each).
func whoFollows(text, name string, budget *int) bool {
	if *budget < 0 {
		*budget = 0
		if strings.Contains(text, " who ") {
			*budget = maxWhoScan
		}
	}
	for from := 0; *budget > 0; {
		end := min(len(text), from+*budget)
		i := strings.Index(text[from:end], name)
		if i < 0 {
			*budget -= end - from
			return false
		}
		*budget -= i + len(name)
		from += i + len(name)
		rest := strings.TrimPrefix(text[from:], ",")
		if strings.HasPrefix(rest, " who ") {
			return true
		}
	}
	return false
}

// maxWhoScan bounds the bytes of a fact whoFollows reads, for all its
// names: a real sentence is a few hundred.
const maxWhoScan = 1 << 16

// fields returns the number of words of s and its last word, as
// strings.Fields would split it, without making the list.
func fields(s string) (n int, last string) {
	in := false
	end := 0
	for i := len(s); i > 0; {
		r, size := rune(s[i-1]), 1
		var space bool
		if r < utf8.RuneSelf {
			space = r == ' ' || '\t' <= r && r <= '\r' // unicode.IsSpace's ASCII spaces
		} else {
			r, size = utf8.DecodeLastRuneInString(s[:i])
			space = unicode.IsSpace(r)
		}
		i -= size
		switch {
		case space && in:
			in = false
			if n == 1 {
				last = s[i+size : end]
			}
		case !space && !in:
			in = true
			n++
			end = i + size
		}
	}
	if n == 1 && in {
		last = s[:end]
	}
	return n, last
}

// uniqueNames drops repeated names (by text), in place; a fact names a
// handful, so a scan of those kept beats a map but for a long list.
func uniqueNames(ns []Name) []Name {
	out := ns[:0]
	if len(ns) > 16 {
		seen := make(map[string]bool, len(ns))
		for _, n := range ns {
			if !seen[n.Text] {
				seen[n.Text] = true
				out = append(out, n)
			}
		}
		return out
	}
	for _, n := range ns {
		if !slices.ContainsFunc(out, func(m Name) bool { return m.Text == n.Text }) {
			out = append(out, n)
		}
	}
	return out
}

// mergeThreshold is the share of a statement's content words that must
// occur in a longer statement for the two to count as one: high enough that
// two sentences about the same event with different details stay apart.
const mergeThreshold = 0.8

// maxMergePosting: words in more facts than this are too common to find
// restatements by.
const maxMergePosting = 64

// wordSets are each fact's content words, as sorted stem numbers of its
// article's lexicon, and the facts of each stem but infobox lines: what
// finding restatements compares.
type wordSets struct {
	sets  [][]int32 // fact -> its stems
	posts []int32   // each stem's facts, stem after stem
	start []int32   // stem -> where its facts begin in posts (and end, at start[stem+1])
}

// facts returns the facts of stem id but infobox lines.
func (ws *wordSets) facts(id int32) []int32 { return ws.posts[ws.start[id]:ws.start[id+1]] }

// newWordSets finds the facts' word sets once their words are stemmed. It
// reads only their words and kinds, so it may run while they are
// annotated.
func newWordSets(facts []*Fact, lx *lexicon) *wordSets {
	ws := &wordSets{}
	// Each fact's content words as sorted ids: containment is then a merge
	// of two short sorted lists, with no maps per fact. The ids are the
	// lexicon's stem numbers.
	words := lx.stemWords // id -> stem
	ntoks := 0
	for _, f := range facts {
		ntoks += len(f.toks)
	}
	all := make([]int32, 0, ntoks) // the sets' one array
	sets := make([][]int32, len(facts))
	ws.sets = sets
	for i, f := range facts {
		from := len(all)
		for _, t := range f.toks {
			if id := lx.stemID[t.id]; id >= 0 {
				all = append(all, id)
			}
		}
		set := all[from:len(all):len(all)]
		slices.Sort(set)
		sets[i] = slices.Compact(set)
	}
	// Candidates share a fairly rare word with the statement: an inverted
	// index over words in at most maxMergePosting facts keeps this linear
	// on long articles instead of comparing every pair. Its lists are cut
	// from one array, counted first: start[id+1] counts id's facts, then
	// is where they end.
	start := make([]int32, len(words)+1)
	for i, f := range facts {
		if f.Kind != KindInfobox {
			for _, id := range sets[i] {
				start[id+1]++
			}
		}
	}
	for id := range words {
		start[id+1] += start[id]
	}
	ws.start = start
	ws.posts = make([]int32, start[len(words)])
	next := make([]int32, len(words)) // stem -> where its next fact goes
	copy(next, start)
	for i, f := range facts {
		if f.Kind == KindInfobox {
			continue
		}
		for _, id := range sets[i] {
			ws.posts[next[id]] = int32(i)
			next[id]++
		}
	}
	return ws
}

// mergeRepeats folds each lead sentence and list item into a fuller
// statement elsewhere that says the same thing, when nothing is lost: the
// shorter one's dates and numbers must all be in the fuller one. The fuller
// one keeps its text and gains the other's citation and words. It also
// returns the fact that holds facts[lead] once merged (nil for lead -1).
func mergeRepeats(facts []*Fact, lx *lexicon, ws *wordSets, lead int) ([]*Fact, *Fact) {
	sets := ws.sets
	folded := make([]string, len(facts)) // Fold(Text), made when a fact is first compared
	removed := make([]bool, len(facts))
	seen := make([]int, len(facts)) // seen[j] == i+1: j is already a candidate for i
	var cands []int
	for i, a := range facts {
		if a.Kind == KindInfobox || (a.Section.Level != 1 && a.Kind != KindListItem) || len(sets[i]) < 3 {
			continue
		}
		cands = cands[:0]
		for _, id := range sets[i] {
			if post := ws.facts(id); len(post) <= maxMergePosting {
				for _, j := range post {
					j := int(j)
					// A restatement stands in another section: an article
					// without sections has none to merge.
					if seen[j] != i+1 && facts[j].Section != a.Section {
						seen[j] = i + 1
						cands = append(cands, j)
					}
				}
			}
		}
		slices.Sort(cands) // map order must not choose between equals
		best, bestScore := -1, 0.0
		for _, j := range cands {
			b := facts[j]
			if i == j || removed[j] || b.Kind == KindInfobox || b.Section == a.Section {
				continue
			}
			short, long := i, j
			if len(sets[j]) < len(sets[i]) {
				short, long = j, i
			}
			if len(sets[short]) < 3 {
				continue // "Millby Bridge" names a thing; it restates nothing
			}
			c := containmentAtLeast(sets[short], sets[long], mergeThreshold)
			if c >= mergeThreshold && c > bestScore {
				if folded[long] == "" && len(facts[short].Names) > 0 {
					folded[long] = Fold(facts[long].Text)
				}
				if !covers(facts[long], folded[long], facts[short], a.Kind == KindListItem) {
					continue
				}
				best, bestScore = j, c
			}
		}
		if best < 0 {
			continue
		}
		keep, drop := best, i
		if len(facts[i].Text) > len(facts[best].Text) {
			keep, drop = i, best
		}
		k, d := facts[keep], facts[drop]
		// The body's section is the more specific citation; list first.
		if d.Section.Level > k.Section.Level {
			k.Citations = append(append([]Citation{}, d.Citations...), k.Citations...)
			k.Section, k.para, k.prev = d.Section, d.para, d.prev
		} else {
			k.Citations = append(k.Citations, d.Citations...)
		}
		k.Citations = uniqueCitations(k.Citations)
		var added []int32
		for _, id := range sets[drop] {
			if _, in := slices.BinarySearch(sets[keep], id); !in {
				k.extra = append(k.extra, id)
				added = append(added, id)
			}
		}
		if len(added) > 0 {
			sets[keep] = append(sets[keep], added...)
			slices.Sort(sets[keep])
		}
		k.Names = append(k.Names, d.Names...)
		removed[drop] = true
		if drop == lead {
			lead = keep
		}
		// Only the sentence after d can have it as its previous one.
		if drop+1 < len(facts) && facts[drop+1].prev == d {
			facts[drop+1].prev = k
		}
	}
	var leadFact *Fact
	if lead >= 0 {
		leadFact = facts[lead]
	}
	out := facts[:0]
	for i, f := range facts {
		if !removed[i] {
			out = append(out, f)
		}
	}
	return out, leadFact
}

// covers reports whether long (whose folded text is text) says all that
// short names: its names, and for a list item its dates and numbers too. A
// lead sentence may lose a date the body gives in the sentence before ("In
// November 2019, after an earthquake, Israel sent ..."), but never a name.
func covers(long *Fact, text string, short *Fact, strict bool) bool {
	for _, n := range short.Names {
		if !strings.Contains(text, Fold(n.Text)) {
			return false
		}
	}
	if !strict {
		return true
	}
	for _, d := range short.Dates {
		found := false
		for _, e := range long.Dates {
			if d.Year == e.Year && d.EndYear == e.EndYear && (d.Month == 0 || d.Month == e.Month) && (d.Day == 0 || d.Day == e.Day) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	for _, n := range short.Numbers {
		found := false
		for _, m := range long.Numbers {
			if n == m {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// uniqueCitations drops repeated citations, in place; answers cite a
// handful, so a linear scan beats a map.
func uniqueCitations(cs []Citation) []Citation {
	out := cs[:0]
	for _, c := range cs {
		if !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// containmentAtLeast is containment(a, b) when that is at least min,
// and otherwise some share below min: it stops once too many of a are
// missing from b for the share to reach min.
func containmentAtLeast(a, b []int32, min float64) float64 {
	if len(a) == 0 {
		return 0
	}
	n, j, left := 0, 0, len(a)
	for _, x := range a {
		for j < len(b) && b[j] < x {
			j++
		}
		if j < len(b) && b[j] == x {
			n++
		}
		left--
		if float64(n+left)/float64(len(a)) < min {
			return float64(n+left) / float64(len(a)) // at most this, whatever is left
		}
	}
	return float64(n) / float64(len(a))
}

// containment is the share of the sorted ids a that are in the sorted ids b.
func containment(a, b []int32) float64 {
	if len(a) == 0 {
		return 0
	}
	n, j := 0, 0
	for _, x := range a {
		for j < len(b) && b[j] < x {
			j++
		}
		if j < len(b) && b[j] == x {
			n++
		}
	}
	return float64(n) / float64(len(a))
}
