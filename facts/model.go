package facts

import "math"

// The model: every number that steers answers. Its values live in
// model_gen.go, written by the fitting program (fit_test.go) from question
// sets; nothing here is set by hand.

// modelParams are the fitted settings of retrieval, re-ranking and the
// decision to answer.
type modelParams struct {
	// Retrieval (BM25F) and analysis.
	k1, b       float32 // BM25 saturation and length normalisation
	wCtx, wHead float32 // weights of the antecedent and heading fields
	wRelated    float32 // a match through another form of the word (marriage for marry)
	wTypo       float32 // a match through a repaired typo
	wSyn        float32 // a match through a synonym (WordNet's first sense: utilize for used), 0 for none
	wLight      float32 // weight of vague question words (happen, year)
	// wEnglish weighs a question word the articles lack that is a word of
	// general English ("change", "level"): its absence says less about
	// whether the article answers than a missing name's or term's.
	wEnglish float32
	// commonWord: a word of English that WordNet's tagged texts met at
	// least this often (wordnetTags) is one the member meant, never
	// repaired into an article's word ("mayor" is no slip for "major");
	// 0 for no such bound.
	commonWord int
	k          int // facts retrieval keeps for the re-ranker

	// Re-ranking: a fact's score is rank·x over its rank features.
	rank [nRankFeatures]float32

	// Deciding: the confidence is sigmoid(decide·d + bias) over the
	// decision features; the bot answers when it reaches threshold.
	decide    [nDecideFeatures]float32
	bias      float32
	threshold float32

	// Presenting: an item's span score is span·x + spanBias over its span
	// features, its log-odds against no item answering; the items of a
	// fact compete for one answer (spanProb), and the best is shown when
	// its probability reaches spanThreshold.
	span          [nSpanFeatures]float32
	spanBias      float32
	spanThreshold float32

	// join: the answer quotes the chosen fact's companion (another
	// sentence of its paragraph, or an infobox line and a sentence) as
	// well, as one passage, when the re-ranker scores it within join of
	// the chosen fact (its probability at least e^-join of the chosen's);
	// never when join is 0.
	join float32

	// giveWay: a best match that the rules rule out only for lacking a
	// name the question asks, and that holds its words, is declined
	// (pick's keeps) unless a candidate the rules let answer scores within
	// giveWay of it, for a question of neither a date nor a number: "Who
	// did Dunant share his Nobel prize with" of "In 1901 he shared the
	// first Nobel Peace Prize with …", scored just below the ICRC's third
	// prize. Never when 0. A retrieval setting: searchRetrieval chooses it.
	giveWay float32
}

// fitted is the fitting program's output, as model_gen.go states it:
// weights by feature name, so that a file written before a feature was
// added or removed still compiles and is simply refitted.
type fitted struct {
	k1, b, wCtx, wHead, wRelated, wTypo, wLight, wSyn, wEnglish float32
	k, commonWord                                               int
	rank, decide, span                                          map[string]float32
	bias, threshold, spanBias, spanThreshold, join, giveWay     float32
}

// params turns the fitted values into the arrays the engine reads.
func (f fitted) params() modelParams {
	m := modelParams{k1: f.k1, b: f.b, wCtx: f.wCtx, wHead: f.wHead, wRelated: f.wRelated, wTypo: f.wTypo,
		wSyn: f.wSyn, wLight: f.wLight, wEnglish: f.wEnglish, k: f.k, commonWord: f.commonWord, bias: f.bias, threshold: f.threshold,
		spanBias: f.spanBias, spanThreshold: f.spanThreshold, join: f.join, giveWay: f.giveWay}
	for i, name := range rankFeatureNames {
		m.rank[i] = f.rank[name]
	}
	for i, name := range decideFeatureNames {
		m.decide[i] = f.decide[name]
	}
	for i, name := range spanFeatureNames {
		m.span[i] = f.span[name]
	}
	return m
}

// model is the fitted model every base answers with.
var model = fittedModel.params()

// rankScore is the re-ranker's score of a fact's features.
func (m *modelParams) rankScore(x *rankVec) float32 {
	var s float32
	for i, w := range m.rank {
		s += w * x[i]
	}
	return s
}

// spanScore is the span model's score (a log-odds) of an item's features.
func (m *modelParams) spanScore(x *spanVec) float32 {
	s := m.spanBias
	for i, w := range m.span {
		s += w * x[i]
	}
	return s
}

// confidence is the probability, between 0 and 1, that the chosen fact
// answers the question.
func (m *modelParams) confidence(d *[nDecideFeatures]float32) float64 {
	z := float64(m.bias)
	for i, w := range m.decide {
		z += float64(w) * float64(d[i])
	}
	return sigmoid(z)
}

// spanProb is the probability of the best of n items, whose span scores
// are z(i) and the best's best: e^best over 1 plus the sum of e^z(i).
// The items compete for the one answer, and "none" scores 0: two items
// the model holds alike share the probability, and neither is shown as
// surely as one alone would be.
func spanProb(n int, z func(int) float32, best float32) float64 {
	if n == 1 {
		return sigmoid(float64(best))
	}
	sum := math.Exp(-float64(best))
	for i := range n {
		sum += math.Exp(float64(z(i) - best))
	}
	return 1 / sum
}

// shownSpan returns the best of n items by span score (z(i), spanScore
// of their features) and whether it is shown: whether its probability
// among them (spanProb) reaches spanThreshold. The engine and the fitting
// program's evaluation both choose through it. -1 when n is 0. z returns
// a score, not the features: a closure handing out pointers into the
// engine's stack buffer of items moved that buffer to the heap.
func (m *modelParams) shownSpan(n int, z func(int) float32) (best int, shown bool) {
	best, bestZ := -1, float32(0)
	for i := range n {
		if zi := z(i); best < 0 || zi > bestZ {
			best, bestZ = i, zi
		}
	}
	// The best item's probability is at most sigmoid(bestZ), what it
	// would be alone: below the threshold, the others need not be read.
	t := float64(m.spanThreshold)
	return best, best >= 0 && sigmoid(float64(bestZ)) >= t && spanProb(n, z, bestZ) >= t
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }
