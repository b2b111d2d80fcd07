package facts

import (
	"cmp"
	"hash/maphash"
	"math"
	"math/bits"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
)

// The index: every fact of every article, its words as term ids, and
// postings that BM25F scores. It is built once, in New, and read by every
// question without locks.
//
// A fact is a small document with three fields, after BM25F: its own
// words; the words of the sentence it leans on when it opens with a
// pronoun ("It was erected in 2018" carries the sentence that says what
// "it" is); and its heading (the article's title and the section path).
// A term's weight in a fact combines the fields, each normalised by its
// length, and saturates with k1, so the retrieval score of a fact is
// Σ idf(t) · tf~/(k1 + tf~) over the question's terms. The field weights,
// k1 and b come from the fitted model (model_gen.go).

// posting is one document (a fact, or a paragraph) that holds a term,
// with the term's saturated BM25F weight in it, tf~/(k1+tf~).
type posting struct {
	doc int32
	w   float32
}

// holds reports whether postings, in the order of their docs, have doc.
func holds(post []posting, doc int32) bool {
	_, ok := slices.BinarySearchFunc(post, doc, func(p posting, d int32) int { return cmp.Compare(p.doc, d) })
	return ok
}

// Base is one or more articles indexed for answering: one fact base. It is
// safe for concurrent use.
type Base struct {
	// Article is the first article; Articles lists them all.
	Article  *Article
	Articles []*Article

	facts []*Fact      // every article's facts, in order: a fact's gid is its position
	m     *modelParams // the fitted model it answers with

	// The stems and the words as written are numbered in open-addressing
	// tables (strtable.go) rather than maps from strings: New adds each
	// with a hash and mostly one probe, and the tables hold no pointers.
	vocab     strTable       // stem -> term, into stems (stemTerm)
	words     strTable       // folded word as written -> its number, into wordKeys (wordTerm)
	wordKeys  []string       // word number -> the word, in the order they were added: what New ranges over
	wordTerms []int32        // word number -> its term
	wordStop  []bool         // word number -> a stop word (an acronym may be); nil after New
	spelled   []uint8        // term -> spelledSurface|spelledStem: what words map to it; nil after New
	stems     []string       // term -> stem
	surface   []string       // term -> the first form the articles write
	df        []int32        // term -> facts whose own words hold it
	idf       []float32      // term -> BM25 inverse document frequency
	post      lists[posting] // term -> facts holding it in any field
	ownPost   lists[int32]   // term -> facts holding it in their own words
	own       [][]int32      // fact -> its own words as terms, in order; -1 for a stop word
	paraOf    []int32        // fact -> its paragraph (a list is one paragraph)
	nextOf    []int32        // fact -> the sentence after it in its paragraph, or -1
	paraPost  lists[posting] // term -> paragraphs holding it, with their BM25 weight
	nparas    int
	ownSet    [][]int32            // fact -> sorted terms of its own words, merged copies and acronyms
	ctxSet    [][]int32            // fact -> sorted terms of its antecedent and heading
	related   lists[int32]         // term -> other forms of the word (marriage for marry)
	natBase   map[string][]natName // base -> names with a nationality ending on it ("jew" -> Jewish)
	nameTerm  []bool               // term is a word of a proper name
	lowerTerm []bool               // term is written in lower case somewhere
	titleTerm []bool               // term is a word of an article's title (or a form of one)
	nounSense []atomic.Int32       // term -> its first sense as a noun (firstSense), read when a question first asks: 2 more than the synset, 1 for none, 0 unread
	titleOf   map[*Article][]int32 // article -> its title's terms and their forms, and its acronym, sorted
	titleSeq  map[*Article][]int32 // article -> its title's terms in order, but stop words and words no article has (askedArticle)
	subjectOf map[*Article][]int32 // article -> the terms of its title's capitalised words and their forms, sorted: what it is about ("Albania", "Israel"), not "relations"
	phrases   map[int32][][]int32
	acronyms  map[string][]int32 // folded acronym -> the terms of its expansion
	derived   int32              // the first term indexNames made: an acronym no article writes, whose own term stands only for its expansion
	maxIDF    float32
	typos     typoIndex
	// nameNext maps a word of a name of two words or more, in lower
	// case, to the words that follow it in such names: what nameSlip
	// reads, made when it is first asked (few questions ask it).
	nameNext     map[string][]string
	nameNextOnce sync.Once
	singles      []int32     // singles[t] == t: one-term slices without allocating
	items        [][]item    // fact -> its answer items
	dims         []uint8     // fact -> the dimensions its numbers' units measure (items' dims together)
	negated      []bool      // fact -> it says "not" or "never"
	artBit       []uint64    // fact -> its article\'s bit (articles past the 64th share the last)
	termArts     []uint64    // term -> bits of the articles whose facts hold it
	grams        [][]uint64  // fact -> sorted hashes of its words and word pairs as written
	gramBloom    [][4]uint64 // fact -> bit h%256 set for each hash h of its grams

	topics       []topic
	topicKeys    map[string]int // folded name or alias -> topic
	nameTopic    map[Name]int   // a name of two words or more that has a topic -> the topic
	topicNames   []string       // folded names, for sahilm/fuzzy
	topicByTerms map[string]int // termsKey -> word or name topic
	central      []int          // topics, most central first

	stemc    stemCache   // during New only
	unknowns unknownMemo // question words, as analysis found them (wordInfo)
	scratch  sync.Pool

	nameTopics nameTopics // the topics of each fact's names, as suggest found them
	termTopics termTopics // the topic of each one-term key of topicByTerms, for topicOfTerm
}

// New indexes parsed articles into one fact base. With no article it
// returns nil.
func New(articles ...*Article) *Base {
	return newBase(articles, &model)
}

// Load parses and indexes an article.
func Load(data []byte) (*Base, error) {
	a, err := Parse(data)
	if err != nil {
		return nil, err
	}
	return New(a), nil
}

func newBase(articles []*Article, m *modelParams) *Base {
	if len(articles) == 0 {
		return nil
	}
	b := &Base{
		Article:  articles[0],
		Articles: articles,
		m:        m,
		phrases:  make(map[int32][][]int32),
		acronyms: make(map[string][]int32),
		stemc:    make(stemCache), // for the few words no article's facts have
	}
	words, stems := 0, 0 // the most content words and stems of an article
	ntoks := 0           // the words of every fact
	for _, a := range articles {
		for _, f := range a.Facts {
			f.article = a
			f.gid = int32(len(b.facts))
			b.facts = append(b.facts, f)
			ntoks += len(f.toks)
		}
		words = max(words, a.lex.content)
		stems = max(stems, len(a.lex.stemWords))
	}
	n := len(b.facts)
	// Headings and names add a few words the facts lack.
	b.vocab = newStrTable(stems + 32)
	b.words = newStrTable(words + 32)
	b.wordKeys = make([]string, 0, words+32)
	b.wordTerms = make([]int32, 0, words+32)
	b.wordStop = make([]bool, 0, words+32)
	b.spelled = make([]uint8, 0, stems+32)
	b.stems = make([]string, 0, stems+32)
	b.surface = make([]string, 0, stems+32)
	b.own = make([][]int32, n)
	b.ownSet = make([][]int32, n)
	b.ctxSet = make([][]int32, n)
	var lower []bool
	// Each article's words to terms, found once a word: the parse
	// interned them and stemmed them (lexicon.go).
	// The first article's words and stems are all new to the base: they
	// are added without looking them up.
	var wordTerm, stemTerm []int32 // the article's words and stems -> terms
	seqs, sets := slab[int32]{chunk: ntoks}, slab[int32]{chunk: ntoks + n}
	i := 0
	for ai, a := range articles {
		lx := a.lex
		wordTerm = slices.Grow(wordTerm[:0], len(lx.words))[:len(lx.words)]
		for k := range wordTerm {
			wordTerm[k] = -1
		}
		stemTerm = slices.Grow(stemTerm[:0], len(lx.stemWords))[:len(lx.stemWords)]
		for k := range stemTerm {
			stemTerm[k] = -1
		}
		term := func(sid int32, surface string) int32 {
			id := stemTerm[sid]
			if id < 0 {
				if ai == 0 {
					id = b.newTerm(lx.stemWords[sid], surface)
				} else {
					id = b.termStem(lx.stemWords[sid], surface)
				}
				stemTerm[sid] = id
			}
			return id
		}
		for _, f := range a.Facts {
			seq := seqs.take(len(f.toks))[:len(f.toks)]
			set := sets.take(len(f.toks) + len(f.extra))
			for k, t := range f.toks {
				if lx.bits[t.id]&lxStop != 0 {
					seq[k] = -1
					continue
				}
				id := wordTerm[t.id]
				if id < 0 {
					// A word's term is its stem's, however many
					// articles write it.
					w := lx.wordOf(t)
					id = term(lx.stemID[t.id], w)
					if ai == 0 {
						b.addWord(w, id, false)
					} else if _, ok := b.wordTerm(w); !ok {
						b.addWord(w, id, false)
					}
					wordTerm[t.id] = id
				}
				seq[k] = id
				set = append(set, id)
				if !t.cap {
					lower = growBools(lower, id)
					lower[id] = true
				}
			}
			for _, sid := range f.extra {
				set = append(set, term(sid, lx.stemWords[sid]))
			}
			b.own[i] = seq
			b.ownSet[i] = set // sorted below, once acronyms are in
			i++
		}
	}
	nameTerms := b.indexNames()
	b.lowerTerm = growBools(lower, int32(len(b.stems)-1))
	for i := range b.ownSet {
		slices.Sort(b.ownSet[i])
		b.ownSet[i] = slices.Compact(b.ownSet[i])
	}
	// Context: the heading (title and section path) and, for a fact that
	// opens with a pronoun, the sentence before it.
	var toks []token
	heads := make(map[*Section][]int32)
	headTerms := func(f *Fact) []int32 {
		if out, ok := heads[f.Section]; ok {
			return out // one heading for a section's facts
		}
		var out []int32
		defer func() { heads[f.Section] = out }()
		toks = tokenize(f.article.Title, toks[:0])
		if f.Section.Level > 1 { // the lead's "Introduction" names nothing
			for _, s := range f.Section.Path {
				toks = tokenize(s, toks)
			}
		}
		for _, t := range toks {
			if !stopwords[t.word] {
				out = append(out, b.term(t.word))
			}
		}
		return out
	}
	head := make([][]int32, n)
	ante := make([][]int32, n)
	given, surname := b.givenNames(nameTerms)
	// The headings first, to size the array the antecedents and context
	// sets are cut from: a heading and twice an antecedent a fact, and a
	// few given names.
	need := 16 + n
	for i, f := range b.facts {
		head[i] = headTerms(f)
		need += len(head[i])
		if p := antecedent(f); p != nil {
			need += 2 * len(b.own[p.gid])
			if pp := antecedent(p); pp != nil {
				need += len(b.own[pp.gid])
			}
		}
	}
	ctx := slab[int32]{chunk: need}
	for i, f := range b.facts {
		if p := antecedent(f); p != nil {
			// "Its cover ..." after "It spent 27 weeks ..." after the
			// sentence naming the album: a pronoun leaning on a pronoun
			// carries the sentence before that too, two steps at most.
			pp := antecedent(p)
			n := len(b.own[p.gid])
			if pp != nil {
				n += len(b.own[pp.gid])
			}
			ante[i] = ctx.take(n)
			for _, g := range [2]*Fact{p, pp} {
				if g == nil {
					continue
				}
				for _, id := range b.own[g.gid] {
					if id >= 0 {
						ante[i] = append(ante[i], id)
					}
				}
			}
		}
		// "Sutcliffe left the band" is about Stuart Sutcliffe.
		for _, t := range b.ownSet[i] {
			if int(t) < len(surname) && surname[t] {
				if g, ok := given[nameKey{f.article, t}]; ok && g >= 0 {
					if _, has := slices.BinarySearch(b.ownSet[i], g); !has {
						ante[i] = append(ante[i], g)
					}
				}
			}
		}
		set := append(append(ctx.take(len(head[i])+len(ante[i])), head[i]...), ante[i]...)
		slices.Sort(set)
		b.ctxSet[i] = slices.Compact(set)
	}
	nt := len(b.stems)
	b.lowerTerm = growBools(b.lowerTerm, int32(nt-1))
	b.nameTerm = growBools(b.nameTerm, int32(nt-1))
	// Document frequency counts own words only: a heading must not make its
	// words look common.
	b.df = make([]int32, nt)
	for _, set := range b.ownSet {
		for _, id := range set {
			b.df[id]++
		}
	}
	b.idf = make([]float32, nt)
	b.nounSense = make([]atomic.Int32, nt)
	for t := range b.idf {
		b.idf[t] = bm25IDF(n, int(b.df[t]))
	}
	b.maxIDF = bm25IDF(n, 0)
	b.singles = make([]int32, nt)
	for i := range b.singles {
		b.singles[i] = int32(i)
	}
	// The vocabulary is complete: what is left reads it and builds parts
	// that need one another only for the topics, which need the postings.
	// Each part runs on a goroutine of its own, on every processor. A part
	// may read what is built above (the facts, vocab, words, stems,
	// surface, own, ownSet, ctxSet, lowerTerm, nameTerm, df, idf, singles,
	// phrases, acronyms) and what its own goroutine built before it,
	// never what another goroutine builds: go test -race checks it.
	var wg sync.WaitGroup
	wg.Go(func() {
		b.buildPostings(head, ante)
		b.buildTopics(nameTerms)
	})
	wg.Go(func() {
		b.buildParagraphs()
		b.buildNext()
	})
	wg.Go(b.buildItems)
	wg.Go(func() {
		b.buildGrams()
		b.buildArticleBits()
		b.buildNegated()
	})
	wg.Go(func() {
		b.typos.build(b)
		b.buildRelated()
	})
	wg.Go(func() {
		b.buildNationalBases()
		b.markTitles()
	})
	wg.Wait()
	b.stemc = nil
	b.wordStop, b.spelled = nil, nil
	b.scratch.New = func() any { return newScratch(n, b.nparas) }
	return b
}

// buildNext links each fact to the sentence after it in its paragraph.
func (b *Base) buildNext() {
	b.nextOf = make([]int32, len(b.facts))
	for i := range b.nextOf {
		b.nextOf[i] = -1
	}
	for i, f := range b.facts {
		if f.prev != nil && f.prev.article == f.article {
			b.nextOf[f.prev.gid] = int32(i)
		}
	}
}

// buildGrams hashes each fact's words and word pairs as written; a
// pair's hash goes on from its first word's (gramAfter).
func (b *Base) buildGrams() {
	ntoks := 0
	for _, f := range b.facts {
		ntoks += len(f.toks)
	}
	b.grams = make([][]uint64, len(b.facts))
	b.gramBloom = make([][4]uint64, len(b.facts))
	grams := slab[uint64]{chunk: 2 * ntoks}
	var (
		tmp   []uint64 // sortHashes' scratch
		count []int32
	)
	for i, f := range b.facts {
		g := grams.take(2 * len(f.toks))
		words := f.article.lex.words
		for k, t := range f.toks {
			h := gram(words[t.id], "")
			g = append(g, h)
			if k+1 < len(f.toks) {
				g = append(g, gramAfter(h, words[f.toks[k+1].id]))
			}
		}
		bloom := &b.gramBloom[i]
		for _, h := range g {
			bloom[h>>6&3] |= 1 << (h & 63)
		}
		tmp = slices.Grow(tmp[:0], len(g))[:len(g)]
		sortHashes(g, tmp, &count)
		b.grams[i] = slices.Compact(g)
	}
}

// sortHashes sorts h, hashes spread evenly over the uint64s, with tmp
// (as long) and *counts for scratch: a counting sort by their top bits
// puts each in its bucket, of about one hash, and an insertion sort
// orders what the buckets leave out of order, in about linear time where
// slices.Sort makes n log n comparisons. Short and long lists go to
// slices.Sort.
func sortHashes(h, tmp []uint64, counts *[]int32) {
	n := len(h)
	if n < 16 || n >= 512 {
		slices.Sort(h)
		return
	}
	width := bits.Len(uint(n)) // 2^width buckets, n to 2n of them
	*counts = slices.Grow((*counts)[:0], 1<<width+1)[:1<<width+1]
	count := *counts
	clear(count)
	shift := 64 - width
	for _, x := range h {
		count[x>>shift+1]++
	}
	for k := 1; k < len(count); k++ {
		count[k] += count[k-1]
	}
	for _, x := range h {
		k := x >> shift
		tmp[count[k]] = x
		count[k]++
	}
	copy(h, tmp)
	for i := 1; i < n; i++ {
		x := h[i]
		j := i
		for j > 0 && h[j-1] > x {
			h[j] = h[j-1]
			j--
		}
		h[j] = x
	}
}

// gramAfter is gram(a, next) for h = gram(a, ""): gram hashes a pair as
// its first word, a space and the second, by FNV-1a, which reads them in
// order.
func gramAfter(h uint64, next string) uint64 {
	if next != "" {
		h = (h ^ ' ') * 1099511628211
		for i := 0; i < len(next); i++ {
			h = (h ^ uint64(next[i])) * 1099511628211
		}
	}
	return h
}

// buildArticleBits gives each fact its article's bit, and each term the
// bits of the articles whose facts hold it.
func (b *Base) buildArticleBits() {
	b.artBit = make([]uint64, len(b.facts))
	b.termArts = make([]uint64, len(b.stems))
	art := -1
	for i, f := range b.facts {
		if i == 0 || f.article != b.facts[i-1].article {
			art++
		}
		b.artBit[i] = 1 << uint(min(art, 63))
		for _, t := range b.ownSet[i] {
			b.termArts[t] |= b.artBit[i]
		}
		for _, t := range b.ctxSet[i] {
			b.termArts[t] |= b.artBit[i]
		}
	}
}

// buildNegated marks the facts that say "not" or "never".
func (b *Base) buildNegated() {
	b.negated = make([]bool, len(b.facts))
	for i, f := range b.facts {
		bits := f.article.lex.bits
		for _, t := range f.toks {
			if bits[t.id]&lxNegation != 0 {
				b.negated[i] = true
			}
		}
	}
}

// bm25IDF is Lucene's BM25 inverse document frequency: never negative,
// highest for a term in no fact.
func bm25IDF(n, df int) float32 {
	return float32(math.Log(1 + (float64(n)-float64(df)+0.5)/(float64(df)+0.5)))
}

func growBools(s []bool, id int32) []bool {
	for int32(len(s)) <= id {
		s = append(s, false)
	}
	return s
}

// buildPostings computes each fact's BM25F weight for each of its terms.
// A fact's terms are its own set and its context set (its own words are
// in the first; its heading and antecedent make the second): the postings
// are counted first, so that the terms' lists are cut from one array
// (lists), and filled in the order of the facts, which is the order they
// are read in.
func (b *Base) buildPostings(head, ante [][]int32) {
	n := len(b.facts)
	nt := len(b.stems)
	var ownTotal, anteTotal float64
	for i := range b.facts {
		ownTotal += float64(b.ownLen(i))
		anteTotal += float64(len(ante[i]))
	}
	avgOwn := max(1, ownTotal/float64(n))
	avgAnte := max(1, anteTotal/float64(n))
	r := b.m
	b.post, b.ownPost = newLists[posting](nt), newLists[int32](nt)
	countPost := b.post.count
	for i := range b.facts {
		for _, id := range b.ownSet[i] {
			b.ownPost.count(id)
		}
		union(b.ownSet[i], b.ctxSet[i], countPost)
	}
	b.post.alloc()
	b.ownPost.alloc()
	tf := make([]float32, nt) // term -> its weight in the fact; zero between facts
	for i := range b.facts {
		normOwn := float32(1 - float64(r.b) + float64(r.b)*float64(b.ownLen(i))/avgOwn)
		for _, id := range b.own[i] {
			if id >= 0 {
				tf[id] += 1 / normOwn
			}
		}
		for _, id := range b.ownSet[i] {
			if tf[id] == 0 { // a merged copy's or an acronym's word
				tf[id] = 1 / normOwn
			}
			b.ownPost.push(id, int32(i))
		}
		normAnte := float32(1 - float64(r.b) + float64(r.b)*float64(len(ante[i]))/avgAnte)
		for _, id := range ante[i] {
			tf[id] += r.wCtx / normAnte
		}
		for _, id := range head[i] {
			tf[id] += r.wHead
		}
		union(b.ownSet[i], b.ctxSet[i], func(id int32) {
			x := tf[id]
			b.post.push(id, posting{int32(i), x / (r.k1 + x)})
			tf[id] = 0
		})
	}
}

// union calls f with each term of two sorted sets once, in order, and
// returns how many there are.
func union(x, y []int32, f func(id int32)) int {
	n := 0
	for len(x) > 0 || len(y) > 0 {
		var id int32
		switch {
		case len(y) == 0 || len(x) > 0 && x[0] < y[0]:
			id, x = x[0], x[1:]
		case len(x) == 0 || y[0] < x[0]:
			id, y = y[0], y[1:]
		default:
			id, x, y = x[0], x[1:], y[1:]
		}
		f(id)
		n++
	}
	return n
}

// buildParagraphs indexes paragraphs as documents of their own: crowd
// questions are written from a paragraph, and a sentence's neighbours
// often hold the words it leaves to pronouns.
func (b *Base) buildParagraphs() {
	n := len(b.facts)
	nt := len(b.stems)
	b.paraOf = make([]int32, n)
	var lens []int
	for i, f := range b.facts {
		if i > 0 && (f.article != b.facts[i-1].article || f.para != b.facts[i-1].para) {
			b.nparas++
		}
		if i == 0 {
			b.nparas = 1
		}
		b.paraOf[i] = int32(b.nparas - 1)
		for len(lens) < b.nparas {
			lens = append(lens, 0)
		}
		lens[b.nparas-1] += b.ownLen(i)
	}
	total := 0
	for _, l := range lens {
		total += l
	}
	avg := max(1, float64(total)/float64(max(1, b.nparas)))
	r := b.m
	// Each term's paragraphs counted first, to cut the lists from one
	// array: stamp[id] is one more than the last paragraph counted for id.
	b.paraPost = newLists[posting](nt)
	stamp := make([]int32, nt)
	for i := range b.facts {
		p := b.paraOf[i] + 1
		for _, id := range b.ownSet[i] {
			if stamp[id] != p {
				stamp[id] = p
				b.paraPost.count(id)
			}
		}
	}
	b.paraPost.alloc()
	tf := make([]float32, nt) // term -> its count in the paragraph; zero between paragraphs
	var ids []int32           // the paragraph's terms
	flush := func(p int) {
		norm := float32(1 - float64(r.b) + float64(r.b)*float64(lens[p])/avg)
		slices.Sort(ids) // postings in a fixed order
		for _, id := range ids {
			x := tf[id] / norm
			b.paraPost.push(id, posting{int32(p), x / (r.k1 + x)})
			tf[id] = 0
		}
		ids = ids[:0]
	}
	for i := range b.facts {
		if i > 0 && b.paraOf[i] != b.paraOf[i-1] {
			flush(int(b.paraOf[i-1]))
		}
		for _, id := range b.ownSet[i] {
			if tf[id] == 0 {
				ids = append(ids, id)
			}
			tf[id]++
		}
	}
	if n > 0 {
		flush(int(b.paraOf[n-1]))
	}
}

// ownLen is the number of content words of fact i.
func (b *Base) ownLen(i int) int {
	n := 0
	for _, id := range b.own[i] {
		if id >= 0 {
			n++
		}
	}
	return n
}

// opensWithPronoun reports whether a fact's first word refers back: a
// pronoun opens a sentence that leans on the one before, "They were known
// as ...", "Its Jewish population ...".
func opensWithPronoun(f *Fact) bool {
	return len(f.toks) > 0 && f.toks[0].start < 3 && isPronoun(f.article.lex.wordOf(f.toks[0]))
}

// antecedent returns the sentence a fact that opens with a pronoun leans
// on: the one before it in the same article; nil for any other fact.
func antecedent(f *Fact) *Fact {
	if f.prev != nil && f.prev.article == f.article && opensWithPronoun(f) {
		return f.prev
	}
	return nil
}

// isPronoun reports whether w is a word that refers back. A switch, which
// compares a few bytes, where a set's lookup hashed the word: the rules
// that rule a fact out ask it of a candidate's first word, question after
// question.
func isPronoun(w string) bool {
	switch w {
	case "he", "she", "it", "they", "his", "her", "its", "their", "this", "these", "those", "there", "such", "them", "him":
		return true
	}
	return false
}

// term returns the id of a folded word's stem, adding it when new.
func (b *Base) term(word string) int32 {
	h := maphash.String(strSeed, word)
	if n, _ := b.words.find(h, b.wordKeys, word); n >= 0 {
		return b.wordTerms[n]
	}
	id := b.termStem(b.stemc.stem(word), word)
	b.addWordHash(word, h, id, stopwords[word])
	return id
}

// wordTerm returns the term of a folded word as the articles write it,
// or 0 and false when they do not.
func (b *Base) wordTerm(w string) (int32, bool) {
	n, _ := b.words.find(maphash.String(strSeed, w), b.wordKeys, w)
	if n < 0 {
		return 0, false
	}
	return b.wordTerms[n], true
}

// wordTermBytes is wordTerm for a word in a scratch buffer.
func (b *Base) wordTermBytes(w []byte) (int32, bool) {
	n, _ := b.words.findBytes(maphash.Bytes(strSeed, w), b.wordKeys, w)
	if n < 0 {
		return 0, false
	}
	return b.wordTerms[n], true
}

// stemTerm returns the term of a stem, or 0 and false when the articles
// have none.
func (b *Base) stemTerm(stem string) (int32, bool) {
	id, _ := b.vocab.find(maphash.String(strSeed, stem), b.stems, stem)
	if id < 0 {
		return 0, false
	}
	return id, true
}

// The words a term is written as, for New's builders: whether they are
// its surface form and its stem, which is then a word as written.
const (
	spelledSurface = 1 << iota // words[surface[t]] == t
	spelledStem                // words[stems[t]] == t
)

// addWord maps a new word, a stop word or not, to its term.
func (b *Base) addWord(word string, id int32, stop bool) {
	b.addWordHash(word, maphash.String(strSeed, word), id, stop)
}

// addWordHash is addWord for a word whose hash is h.
func (b *Base) addWordHash(word string, h uint64, id int32, stop bool) {
	_, slot := b.words.find(h, b.wordKeys, word)
	b.words.add(h, slot, int32(len(b.wordKeys)))
	b.wordKeys = append(b.wordKeys, word)
	b.wordTerms = append(b.wordTerms, id)
	b.wordStop = append(b.wordStop, stop)
	if word == b.surface[id] {
		b.spelled[id] |= spelledSurface
	}
	if word == b.stems[id] {
		b.spelled[id] |= spelledStem
	}
}

// termStem returns the term of a stem, adding it, written as surface,
// when new.
func (b *Base) termStem(stem, surface string) int32 {
	if id, ok := b.stemTerm(stem); ok {
		return id
	}
	return b.newTerm(stem, surface)
}

// newTerm adds the term of a stem the base does not have.
func (b *Base) newTerm(stem, surface string) int32 {
	id := int32(len(b.stems))
	h := maphash.String(strSeed, stem)
	_, slot := b.vocab.find(h, b.stems, stem)
	b.vocab.add(h, slot, id)
	b.stems = append(b.stems, stem)
	b.surface = append(b.surface, surface)
	b.spelled = append(b.spelled, 0)
	return id
}

// nameKey is a term of one article.
type nameKey struct {
	article *Article
	term    int32
}

// givenNames finds the two-word names of each article ("Stuart
// Sutcliffe") whose second word the article only ever capitalises: an
// article names a person in full once, then by the surname alone. It
// returns the first word's term for each such surname, or -1 when two
// names share the surname ("Marie Curie", "Pierre Curie"), and which
// terms are such surnames in any article.
func (b *Base) givenNames(nameTerms map[string][]int32) (map[nameKey]int32, []bool) {
	given := make(map[nameKey]int32)
	var surname []bool
	for _, f := range b.facts {
		for _, nm := range f.Names {
			if n := strings.Count(nm.Text, " "); n < 1 || n > 2 {
				continue // most names are one word
			}
			terms := nameTerms[nm.Text]
			if len(terms) == 0 {
				continue
			}
			first, last := int32(-1), terms[len(terms)-1]
			// The first word and the rest, cut in place: no slice of
			// words made for each name of each fact.
			sp := strings.IndexByte(nm.Text, ' ')
			rest := nm.Text[sp+1:]
			switch sp2 := strings.IndexByte(rest, ' '); {
			case sp2 < 0 && nameParticle(nm.Text[:sp]):
				// "van Rossum" for "Guido van Rossum" read apart: the
				// given name is the word before it.
				if g, ok := b.givenBefore(f.Text, nm.Text); ok {
					first = g
				}
			case sp2 < 0 && len(terms) == 2:
				first = terms[0] // "Stuart Sutcliffe"
			case sp2 >= 0 && nameParticle(rest[:sp2]) && len(terms) >= 2:
				first = terms[0] // "Guido van Rossum"; "Duchy of Normandy" is no person
			}
			if first < 0 || b.lowerTerm[last] || len(b.surface[last]) < 3 {
				continue
			}
			k := nameKey{f.article, last}
			if g, ok := given[k]; !ok {
				given[k] = first
				surname = growBools(surname, last)
				surname[last] = true
			} else if g != first {
				given[k] = -1
			}
		}
	}
	return given, surname
}

// nameParticle reports whether a word written in lower case between a
// given name and a surname makes them one person's name ("Guido van
// Rossum", "Charles de Gaulle"): a connector the parser joins names with,
// but not "of" or "the" ("Duchy of Normandy" is no person).
func nameParticle(w string) bool {
	return nameConnectors[w] && w != "of" && w != "the"
}

// givenBefore returns the term of the capitalised word written just
// before a name that opens with a particle ("Guido" before "van
// Rossum"), if there is one.
func (b *Base) givenBefore(text, name string) (int32, bool) {
	i := strings.Index(text, " "+name)
	if i <= 0 {
		return 0, false
	}
	w := text[:i]
	w = strings.TrimLeft(w[strings.LastIndexByte(w, ' ')+1:], "(\"“‘'")
	if len(w) < 2 || w[0] < 'A' || w[0] > 'Z' {
		return 0, false
	}
	for j := 1; j < len(w); j++ {
		if w[j] < 'a' || w[j] > 'z' {
			return 0, false
		}
	}
	return b.wordTerm(strings.ToLower(w))
}

// indexNames records the words of names, multi-word names as phrases, and
// their acronyms; a fact that writes an acronym holds its expansion's
// words too, and a fact that writes the expansion holds the acronym. It
// returns each name's terms, for the topics.
func (b *Base) indexNames() map[string][]int32 {
	b.derived = int32(len(b.stems))
	byAcronym := make(map[string][]int32)
	// Sized by the names' mentions, which bound the names, up to 128: a
	// long article's map grows as it needs, rather than from a size its
	// many mentions of a few names would overstate.
	nnames := 0
	for _, f := range b.facts {
		nnames += len(f.Names)
	}
	nameTerms := make(map[string][]int32, min(nnames, 128))
	var toks []token
	b.nameTerm = make([]bool, len(b.stems), len(b.stems)+64) // names' words are mostly the facts'
	// A name's terms, and its phrase's list, are cut from arrays.
	var (
		termSlab   = slab[int32]{chunk: 256}
		phraseSlab = slab[[]int32]{chunk: 64}
		initials   []byte
	)
	for _, f := range b.facts {
		for _, nm := range f.Names {
			if _, done := nameTerms[nm.Text]; done {
				continue // "Albania" is named in most facts: read it once
			}
			toks = tokenize(nm.Text, toks[:0])
			terms := termSlab.take(len(toks))
			initials = initials[:0]
			for _, t := range toks {
				if lexClass(t.word)&(lxConnector|lxStop) != 0 { // nameConnectors, stopwords
					continue
				}
				id := b.term(t.word)
				b.nameTerm = growBools(b.nameTerm, id)
				b.nameTerm[id] = true
				terms = append(terms, id)
				if strings.Trim(t.word, "ivx") == "" {
					initials = append(initials, t.word...) // roman numerals stay whole: WWII
				} else {
					initials = append(initials, t.word[0])
				}
			}
			terms = slices.Clip(terms)
			nameTerms[nm.Text] = terms
			if len(terms) < 2 {
				continue
			}
			if ps := b.phrases[terms[0]]; !slices.ContainsFunc(ps, func(p []int32) bool { return slices.Equal(p, terms) }) {
				if ps == nil {
					ps = phraseSlab.take(1)
				}
				b.phrases[terms[0]] = append(ps, terms)
			}
			if _, seen := byAcronym[string(initials)]; !seen && len(initials) >= 2 && len(terms) <= maxAcronymWords {
				acr := string(initials)
				byAcronym[acr] = terms
				b.acronyms[acr] = terms
			}
		}
	}
	if len(byAcronym) == 0 {
		return nameTerms
	}
	// A term -> the acronyms whose expansion it begins; first[t] says
	// whether t has any, without a lookup.
	first := make([]bool, len(b.stems))
	byFirst := make(map[int32][]string, len(byAcronym))
	for acr, terms := range byAcronym {
		first[terms[0]] = true
		byFirst[terms[0]] = append(byFirst[terms[0]], acr)
	}
	for _, acrs := range byFirst {
		if len(acrs) > 1 {
			slices.Sort(acrs)
		}
	}
	// A fact's words, and the first words it has already tried, are
	// marked with the fact's number: a fact of ten thousand words, or one
	// name's word repeated through it, is then read in linear time, where
	// searching its unsorted words for each was quadratic.
	marks := make([]int32, 2*len(b.stems))
	inFact, tried := marks[:len(b.stems)], marks[len(b.stems):]
	for i, f := range b.facts {
		for _, t := range f.toks {
			if w := f.Text[t.start:t.end]; capitals(w) {
				if terms, ok := byAcronym[f.article.lex.wordOf(t)]; ok && isAcronym(w) {
					b.ownSet[i] = append(b.ownSet[i], terms...)
				}
			}
		}
		mark := int32(i + 1)
		marked := false
		for _, id := range b.own[i] {
			if id < 0 || !first[id] || tried[id] == mark {
				continue
			}
			tried[id] = mark
			if !marked {
				for _, t := range b.ownSet[i] {
					if int(t) < len(inFact) {
						inFact[t] = mark
					}
				}
				marked = true
			}
			for _, acr := range byFirst[id] {
				if markedAll(inFact, mark, byAcronym[acr]) {
					at := b.term(acr)
					b.ownSet[i] = append(b.ownSet[i], at)
					if int(at) < len(inFact) {
						inFact[at] = mark // as containsAll over the words would see it
					}
				}
			}
		}
	}
	return nameTerms
}

// maxAcronymWords bounds the names that make an acronym: "UN" stands for
// a few words, and a run of capitalised words as long as a sentence is
// no name anyone abbreviates.
const maxAcronymWords = 8

// markedAll reports whether every term is marked with mark in marks.
func markedAll(marks []int32, mark int32, terms []int32) bool {
	for _, t := range terms {
		if int(t) >= len(marks) || marks[t] != mark {
			return false
		}
	}
	return true
}

// capitals reports whether w is two or more letters A-Z, as an acronym is.
func capitals(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// containsAll reports whether the sorted set holds every term: by binary
// search, since a name may have as many words as the fact holding it.
func containsAll(set, terms []int32) bool {
	for _, t := range terms {
		if !has(set, t) {
			return false
		}
	}
	return true
}

// has reports whether the sorted set holds t.
func has(set []int32, t int32) bool {
	return inSorted(set, t)
}

// inSorted reports whether the sorted s holds x: slices.BinarySearch
// written out for integers, which inlines into its callers, where the
// generic one is a call through its shape's dictionary that tests each
// step for NaN (ranking a fact searches its terms and gram hashes a few
// times a question word: 4M instructions of a batch's 149M).
func inSorted[T int32 | uint64](s []T, x T) bool {
	lo, hi := 0, len(s)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if s[m] < x {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(s) && s[lo] == x
}

// markTitles marks the words of the articles' titles and their
// nationality forms (Israel, Israeli, Israelis): every fact of an article
// is about them, so they decide nothing alone. Other related forms are
// not title words: "Normandy" is not the title "Normans".
func (b *Base) markTitles() {
	b.titleTerm = make([]bool, len(b.stems))
	b.titleOf = make(map[*Article][]int32, len(b.Articles))
	b.subjectOf = make(map[*Article][]int32, len(b.Articles))
	b.titleSeq = make(map[*Article][]int32, len(b.Articles))
	for _, a := range b.Articles {
		var ids, subject []int32
		for _, t := range tokenize(a.Title, nil) {
			id, ok := b.wordTerm(t.word)
			if !ok || stopwords[t.word] {
				continue
			}
			b.titleSeq[a] = append(b.titleSeq[a], id)
			from := len(ids)
			ids = append(ids, id)
			for _, suf := range nationalSuffixes {
				for _, v := range [2]string{t.word + suf, strings.TrimSuffix(t.word, suf)} {
					if other, ok := b.wordTerm(v); ok && v != t.word {
						ids = append(ids, other)
					}
				}
			}
			// A name's proper adjective or people that shares no ending
			// with it, as WordNet pairs them ("Thailand": Thai; "Finland":
			// Finnish, Finn): every fact of the article is about it too.
			// Not the other way: "Normandy" is no title word of "Normans".
			if t.cap {
				st := Stem(t.word)
				for kin := wordnetKinOf(st); kin != ""; {
					var k string
					k, kin, _ = strings.Cut(kin, " ")
					if other, ok := b.stemTerm(k); ok && !slices.Contains(ids[from:], other) && !strings.Contains(k, "_") && ofName(k, st) {
						ids = append(ids, other)
					}
				}
			}
			if t.cap {
				subject = append(subject, ids[from:]...)
			}
		}
		slices.Sort(subject)
		b.subjectOf[a] = slices.Compact(subject)
		for _, id := range ids {
			b.titleTerm[id] = true
		}
		// The title's acronym names the subject too (GPS for "Global
		// Positioning System"), though unlike a title word it is
		// specific enough to answer on ("GPS time"): not a title term.
		for acr, terms := range b.acronyms {
			if id, ok := b.wordTerm(acr); ok && !slices.ContainsFunc(terms, func(t int32) bool { return !slices.Contains(ids, t) }) {
				ids = append(ids, id)
			}
		}
		// So does another name the lead gives it ("The Hanseatic
		// League, also called the Hanse, …"), specific like the acronym:
		// "hanse war with denmark" asks about the subject, which "Its
		// greatest success was against … Denmark" need not name.
		if a.lead != nil {
			for _, w := range tokenize(aliasOf(a.lead.Text), nil) {
				if id, ok := b.wordTerm(w.word); ok && !stopwords[w.word] {
					ids = append(ids, id)
				}
			}
		}
		slices.Sort(ids)
		b.titleOf[a] = slices.Compact(ids)
	}
}

// aliasIntros open another name for the subject in the lead's first
// sentence, as Wikipedia writes them.
var aliasIntros = []string{", also called ", ", also known as ", ", commonly called ", ", commonly known as ",
	", often called ", ", sometimes called ", ", or simply ", ", often abbreviated ", ", abbreviated "}

// aliasOf returns the other name a lead's first sentence gives its
// subject before saying what it is: the capitalised words after one of
// aliasIntros ("the Hanse" of "The Hanseatic League, also called the
// Hanse, was …"), or "". Only an alias that comes before the sentence's
// verb names the subject: "…, a city also called …" later on names
// something else.
func aliasOf(lead string) string {
	for _, intro := range aliasIntros {
		i := strings.Index(lead, intro)
		if i < 0 || strings.Contains(lead[:i], " is ") || strings.Contains(lead[:i], " was ") || strings.Contains(lead[:i], " are ") || strings.Contains(lead[:i], " were ") {
			continue
		}
		rest := lead[i+len(intro):]
		end := strings.IndexAny(rest, ",;()")
		if end < 0 {
			return ""
		}
		alias := rest[:end]
		words := strings.Fields(alias)
		if len(words) == 0 || len(words) > 5 {
			return ""
		}
		for k, w := range words {
			if k == 0 && strings.EqualFold(w, "the") {
				continue
			}
			if !capitalised(w) && !stopwords[w] {
				return "" // "also called for …": no name
			}
		}
		return alias
	}
	return ""
}

// scratch holds per-question arrays, reused through a pool so answering
// allocates little.
type scratch struct {
	score   []float32 // fact -> retrieval score
	best    []float32 // fact -> best weight of the current question word
	touched []int32
	seen    []int32
	pos     []wordAt
	r       ranked
	ab      abuf
	// per question word, its match in the fact, context and neighbours
	mOwn, mCtx, mPrev, mNext [maxMatched]float32
	pscore                   []float32 // paragraph -> retrieval score
	pbest                    []float32
	ptouched                 []int32

	hits []hit // retrieve's, reused
}

func newScratch(n, nparas int) *scratch {
	return &scratch{score: make([]float32, n), best: make([]float32, n), pscore: make([]float32, nparas), pbest: make([]float32, nparas)}
}
