package facts

import "slices"

// Retrieval, the second stage: BM25F over every fact, term at a time into
// a reused score array, keeping the few best facts for the re-ranker. A
// question word counts once per fact, through the best of the forms it
// matches there.

// hit is a fact retrieved for a question, with its BM25F score.
type hit struct {
	fact  int32
	score float32
}

// retrieve returns up to k facts that hold the question's words, best
// first. Facts of other articles than only (when only is not nil) are
// left out. The hits are sc's until the next retrieval with it, as a
// question's ranked is.
func (b *Base) retrieve(q *question, k int, only *Article, sc *scratch) []hit {
	sc.touched = b.accumulate(q, &b.post, sc.score, sc.best, sc.touched[:0], sc)
	if k >= len(sc.touched) {
		// Every fact is wanted (a topic's): sort them all at once.
		out := sc.hits[:0]
		for _, f := range sc.touched {
			if only == nil || b.facts[f].article == only {
				out = append(out, hit{f, sc.score[f]})
			}
			sc.score[f] = 0
		}
		slices.SortFunc(out, func(x, y hit) int {
			if better(x, y) {
				return -1
			}
			return 1
		})
		sc.hits = out
		return out
	}
	out := sc.hits[:0]
	// "How tall is Everest?": the few best facts beyond the first k that
	// hold a number in a unit of the dimension asked ("Elevation:
	// 8,848.86 m") join the candidates, as their words match the
	// question's light measure word seldom.
	var measures [maxMeasures]hit
	nm := 0
	for _, f := range sc.touched {
		s := sc.score[f]
		sc.score[f] = 0
		if only != nil && b.facts[f].article != only {
			continue
		}
		h := hit{f, s}
		if len(out) == k && !better(h, out[k-1]) {
			if q.dims != 0 && b.dims[f]&q.dims != 0 {
				nm = keepBest(measures[:], nm, h)
			}
			continue
		}
		if len(out) == k && q.dims != 0 && b.dims[out[k-1].fact]&q.dims != 0 {
			nm = keepBest(measures[:], nm, out[k-1]) // pushed out below
		}
		// Insertion from the end: k is a handful, and most facts that
		// get this far rank near the end.
		if len(out) < k {
			out = append(out, h)
		}
		i := len(out) - 1
		for ; i > 0 && better(h, out[i-1]); i-- {
			out[i] = out[i-1]
		}
		out[i] = h
	}
	// Each was left out of out or pushed out of it, once: no repeats.
	out = append(out, measures[:nm]...)
	sc.hits = out
	return out
}

// maxMeasures bounds the facts beyond the first k that retrieval adds for
// a question asking a measure.
const maxMeasures = 4

// keepBest inserts h into the best n of top, sorted best first, and
// returns the new count.
func keepBest(top []hit, n int, h hit) int {
	if n == len(top) && !better(h, top[n-1]) {
		return n
	}
	if n < len(top) {
		n++
	}
	i := n - 1
	for ; i > 0 && better(h, top[i-1]); i-- {
		top[i] = top[i-1]
	}
	top[i] = h
	return n
}

// scoreParagraphs computes the paragraphs' BM25 scores for the question
// into sc.pscore (sc.ptouched lists those set); clearParagraphs resets them.
func (b *Base) scoreParagraphs(q *question, sc *scratch) {
	sc.ptouched = b.accumulate(q, &b.paraPost, sc.pscore, sc.pbest, sc.ptouched[:0], sc)
}

// accumulate adds each question word's best BM25F weight in each document
// of post (facts or paragraphs) to score, term at a time; best is zero on
// entry and on return. It returns touched with the documents scored.
func (b *Base) accumulate(q *question, post *lists[posting], score, best []float32, touched []int32, sc *scratch) []int32 {
	for _, qw := range q.words {
		if len(qw.alts) == 0 {
			continue
		}
		weight := float32(1)
		if qw.light {
			weight = b.m.wLight
		}
		if len(qw.alts) == 1 {
			// One form: its postings add straight to the scores, with no
			// best-of-forms pass.
			a := qw.alts[0]
			wa := a.w * b.idf[a.t]
			for _, p := range post.of(a.t) {
				if score[p.doc] == 0 {
					touched = append(touched, p.doc)
				}
				score[p.doc] += weight * (wa * p.w) // as the best-of-forms pass adds it
			}
			continue
		}
		seen := sc.seen[:0]
		for _, a := range qw.alts {
			wa := a.w * b.idf[a.t]
			for _, p := range post.of(a.t) {
				v := wa * p.w
				if best[p.doc] == 0 {
					seen = append(seen, p.doc)
				}
				if v > best[p.doc] {
					best[p.doc] = v
				}
			}
		}
		for _, d := range seen {
			if score[d] == 0 {
				touched = append(touched, d)
			}
			score[d] += weight * best[d]
			best[d] = 0
		}
		sc.seen = seen
	}
	return touched
}

func clearParagraphs(sc *scratch) {
	for _, p := range sc.ptouched {
		sc.pscore[p] = 0
	}
	sc.ptouched = sc.ptouched[:0]
}

// better orders hits by score, then by position in the articles, so that
// the order never depends on the order facts were touched in.
func better(x, y hit) bool {
	if x.score != y.score {
		return x.score > y.score
	}
	return x.fact < y.fact
}
