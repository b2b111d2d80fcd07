package facts

import (
	"math"
	"slices"
	"strings"
	"sync"
)

// Weights of the places a fact's words come from. A fact is about its own
// words first; the words of a merged copy (the lead's summary) nearly as
// much; its section's title and the sentence before it give context that
// helps rank but cannot carry a match alone.
const (
	weightOwn     = 1.0
	weightMerged  = 0.8
	weightAcronym = 0.9  // "IDF" in the text stands for "Israel Defense Forces"
	weightSection = 0.4  // words of the section path
	weightContext = 0.35 // words of the previous sentence
)

type posting struct {
	fact int32
	w    float32
}

// termWeight is one term of a fact, kept sorted by term for lookups.
type termWeight struct {
	term int32
	w    float32
}

// Base is an article indexed for answering. It is safe for concurrent use.
type Base struct {
	Article *Article

	vocab      map[string]int32 // stem -> term id
	df         []int32          // facts whose own words hold the term
	idf        []float32
	surface    []string              // a surface form of each term, for suggestions
	postings   [][]posting           // term -> facts
	factTerm   [][]termWeight        // fact -> terms, sorted by term
	length     []int32               // fact -> number of words in its own text
	words      map[string]int32      // folded surface word -> term, for typo repair
	acronyms   map[string][][]int32  // folded acronym -> the terms of each expansion
	phrases    map[string][][]string // first stem -> stems of multi-word names ("tel aviv")
	demonyms   map[int32][]int32     // "albania" <-> "albanian", "israel" <-> "israeli"
	nameWords  map[string]bool       // folded words of the article's names
	lowerWords map[string]bool       // words the article writes in lower case somewhere
	titleGroup map[string]int        // stems of the title's words and their demonyms -> word number, from 1
	factTitles []uint64              // fact -> bit g-1 set when it mentions title word g
	maxIDF     float32
	rareDF     int32 // a term in at most this many facts is specific

	topics       []topic
	topicKeys    map[string]int // folded name or alias -> topic
	topicNames   []string       // folded names, for sahilm/fuzzy
	topicByTerms map[string]int // termsKey -> word or name topic
	central      []int          // topics, most central first

	typoOnce sync.Once
	deletes  map[string][]int32 // deletion neighbourhood of surface words -> word ids
	wordList []string
	wordTerm []int32

	singles   []int32   // singles[i] == i, for one-term slices
	termStems []string  // term -> its stem
	stems     stemCache // during New only
	scratch   sync.Pool
}

// New indexes a parsed article.
func New(a *Article) *Base {
	if a.stems == nil {
		a.stems = make(stemCache, 1024)
	}
	defer func() { a.stems = nil }()
	b := &Base{
		stems:      a.stems,
		Article:    a,
		vocab:      make(map[string]int32, 512),
		words:      make(map[string]int32, 512),
		acronyms:   make(map[string][][]int32),
		phrases:    make(map[string][][]string),
		demonyms:   make(map[int32][]int32),
		nameWords:  make(map[string]bool),
		lowerWords: make(map[string]bool),
		titleGroup: make(map[string]int),
		topicKeys:  make(map[string]int, 512),
	}
	n := len(a.Facts)
	b.factTerm = make([][]termWeight, n)
	var toks []token
	add := b.addWeight
	addText := func(f int, text string, w float32) {
		toks = tokenize(text, toks[:0])
		for _, t := range toks {
			if stopwords[t.word] {
				continue
			}
			add(f, b.term(t.word), w)
		}
	}
	b.length = make([]int32, n)
	for i, f := range a.Facts {
		for _, t := range f.toks {
			if !t.cap {
				b.lowerWords[t.word] = true
			}
			if !stopwords[t.word] {
				add(i, b.term(t.word), weightOwn)
			}
		}
		b.length[i] = int32(len(f.toks))
		for _, s := range f.extra {
			add(i, b.termStem(s, s), weightMerged)
		}
	}
	// Document frequency counts own words only: context must not make a
	// word look common.
	b.df = make([]int32, len(b.surface))
	for i := range a.Facts {
		for _, tw := range b.factTerm[i] {
			if tw.w >= weightMerged {
				b.df[tw.term]++
			}
		}
	}
	for i, f := range a.Facts {
		for _, title := range f.Section.Path {
			if f.Section.Level > 1 {
				addText(i, title, weightSection)
			}
		}
		if f.prev != nil {
			for _, t := range f.prev.toks {
				if !stopwords[t.word] {
					add(i, b.term(t.word), weightContext)
				}
			}
		}
	}
	b.indexNames()
	for g, t := range tokenize(a.Title, nil) {
		if stopwords[t.word] || g >= 64 {
			continue
		}
		s := b.stems.stem(t.word)
		b.titleGroup[s] = g + 1
		for _, d := range demonymForms(s) {
			for _, e := range append(demonymForms(d), d) { // israel, israeli, israelis
				if _, ok := b.titleGroup[e]; !ok && e != s {
					b.titleGroup[e] = g + 1
				}
			}
		}
	}
	// Inverse document frequency, smoothed so a word in every fact still
	// weighs a little and a word in one fact weighs most.
	b.df = append(b.df, make([]int32, len(b.surface)-len(b.df))...)
	b.idf = make([]float32, len(b.surface))
	for t := range b.idf {
		b.idf[t] = float32(math.Log(1 + float64(n)/float64(max(b.df[t], 1))))
	}
	b.maxIDF = float32(math.Log(1 + float64(n)))
	b.rareDF = int32(max(2, n/4))
	b.postings = make([][]posting, len(b.surface))
	for i := range b.factTerm {
		slices.SortFunc(b.factTerm[i], func(x, y termWeight) int { return int(x.term - y.term) })
		for _, tw := range b.factTerm[i] {
			b.postings[tw.term] = append(b.postings[tw.term], posting{int32(i), tw.w})
		}
	}
	// Two steps, through forms the article has: israel -> israeli -> israelis.
	var buf, buf2 []byte
	for stem, id := range b.vocab {
		buf = eachDemonym(stem, buf, func(v []byte) {
			other, ok := b.vocab[string(v)]
			if !ok || other == id {
				return
			}
			b.addDemonym(id, other)
			buf2 = eachDemonym(string(v), buf2, func(v2 []byte) {
				if third, ok := b.vocab[string(v2)]; ok && third != id {
					b.addDemonym(id, third)
				}
			})
		})
	}
	// Which of the title's words each fact mentions, context included.
	b.factTitles = make([]uint64, n)
	for stem, g := range b.titleGroup {
		if id, ok := b.vocab[stem]; ok {
			for _, p := range b.postings[id] {
				if p.w != weightSection { // a section title names the place, not the subject
					b.factTitles[p.fact] |= 1 << (g - 1)
				}
			}
		}
	}
	b.termStems = make([]string, len(b.surface))
	for stem, id := range b.vocab {
		b.termStems[id] = stem
	}
	b.singles = make([]int32, len(b.surface))
	for i := range b.singles {
		b.singles[i] = int32(i)
	}
	b.buildTopics()
	b.stems = nil
	b.scratch.New = func() any {
		return &scratch{score: make([]float32, n), best: make([]float32, n), mention: make([]uint64, n)}
	}
	return b
}

func (b *Base) addDemonym(id, other int32) {
	if !slices.Contains(b.demonyms[id], other) {
		b.demonyms[id] = append(b.demonyms[id], other)
	}
}

// one returns a one-term slice for term id without allocating.
func (b *Base) one(id int32) []int32 { return b.singles[id : id+1 : id+1] }

// Load parses and indexes an article.
func Load(data []byte) (*Base, error) {
	a, err := Parse(data)
	if err != nil {
		return nil, err
	}
	return New(a), nil
}

// term returns the id of a folded word's stem, adding it when new.
func (b *Base) term(word string) int32 {
	stem := b.stems.stem(word)
	id := b.termStem(stem, word)
	if _, ok := b.words[word]; !ok {
		b.words[word] = id
	}
	return id
}

func (b *Base) termStem(stem, surface string) int32 {
	if id, ok := b.vocab[stem]; ok {
		return id
	}
	id := int32(len(b.surface))
	b.vocab[stem] = id
	b.surface = append(b.surface, surface)
	return id
}

// indexNames records multi-word names as phrases and their acronyms, and
// lets a fact that writes an acronym answer for its expansion and back.
func (b *Base) indexNames() {
	byAcronym := make(map[string][]int32)
	done := make(map[string]bool, 128)
	var toks []token
	for _, f := range b.Article.Facts {
		for _, nm := range f.Names {
			if done[nm.Text] {
				continue // "Albania" is named in most facts: read it once
			}
			done[nm.Text] = true
			toks = tokenize(nm.Text, toks[:0])
			for _, t := range toks {
				if !nameConnectors[t.word] {
					b.nameWords[t.word] = true
				}
			}
			if len(toks) < 2 {
				continue
			}
			var stems []string
			var terms []int32
			initials := ""
			for _, t := range toks {
				if nameConnectors[t.word] {
					continue
				}
				s := b.stems.stem(t.word)
				stems = append(stems, s)
				terms = append(terms, b.termStem(s, t.word))
				if strings.Trim(t.word, "ivx") == "" {
					initials += t.word // roman numerals stay whole: WWII
				} else {
					initials += t.word[:1]
				}
			}
			if len(stems) >= 2 && !slices.ContainsFunc(b.phrases[stems[0]], func(p []string) bool { return slices.Equal(p, stems) }) {
				b.phrases[stems[0]] = append(b.phrases[stems[0]], stems)
			}
			if len(initials) >= 2 && len(terms) >= 2 {
				if _, seen := byAcronym[initials]; !seen {
					byAcronym[initials] = terms
					b.acronyms[initials] = append(b.acronyms[initials], terms)
				}
			}
		}
	}
	byFirst := make(map[int32][]string)
	for acr, terms := range byAcronym {
		byFirst[terms[0]] = append(byFirst[terms[0]], acr)
	}
	for _, acrs := range byFirst {
		slices.Sort(acrs)
	}
	// A fact that says "IDF" also says "Israel Defense Forces", and back.
	for i, f := range b.Article.Facts {
		for _, t := range f.toks {
			if terms, ok := byAcronym[t.word]; ok && isAcronym(f.Text[t.start:t.end]) {
				for _, term := range terms {
					b.addWeight(i, term, weightAcronym)
				}
			}
		}
		// Acronyms whose expansion starts with one of the fact's terms.
		for _, tw := range b.factTerm[i] {
			for _, acr := range byFirst[tw.term] {
				if b.factHasAll(i, byAcronym[acr]) {
					b.addWeight(i, b.termStem(acr, strings.ToUpper(acr)), weightAcronym)
				}
			}
		}
	}
}

func (b *Base) addWeight(f int, term int32, w float32) {
	ft := b.factTerm[f]
	for i := range ft {
		if ft[i].term == term {
			if w > ft[i].w {
				ft[i].w = w
			}
			return
		}
	}
	b.factTerm[f] = append(ft, termWeight{term, w})
}

func (b *Base) factHasAll(f int, terms []int32) bool {
	for _, t := range terms {
		if b.weightIn(f, t) < weightMerged {
			return false
		}
	}
	return true
}

// weightIn is how strongly fact f holds term t (0 when it does not).
func (b *Base) weightIn(f int, t int32) float32 {
	ft := b.factTerm[f]
	if len(ft) > 16 && b.postings != nil {
		i, ok := slices.BinarySearchFunc(ft, t, func(x termWeight, t int32) int { return int(x.term - t) })
		if ok {
			return ft[i].w
		}
		return 0
	}
	for _, tw := range ft {
		if tw.term == t {
			return tw.w
		}
	}
	return 0
}

// scratch holds per-query arrays, reused through a pool so answering
// allocates little.
type scratch struct {
	score   []float32
	best    []float32
	mention []uint64 // concepts each fact mentions, as bits
	touched []int32
	seen    []int32
}
