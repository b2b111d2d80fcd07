package facts

// The fitting program. It reads every question set (qaSets), answers each
// question's retrieved facts with their features, and fits:
//   - the re-ranker, a conditional logit over each question's candidates
//     (the facts whose quoted answer holds the expected text are the
//     targets);
//   - the decision, a logistic regression on whether the re-ranker's
//     choice answers (unanswerable questions never do);
//   - the threshold on its confidence that answers the most questions
//     right, counting a declined unanswerable question as right, as
//     SQuAD 2.0's best-threshold search does; of the thresholds below
//     it within one standard error of that best, down to the first that
//     is not, the middle one (chooseThreshold).
//   - the span model, a softmax over the items of a right answer's facts
//     and "none", whose mass should fall on the items that hold the
//     expected answer, and the threshold on the best item's probability
//     that shows the most right spans less twice the wrong ones (fitSpan,
//     spanWrongCost).
// Retrieval's settings are chosen by leave-one-article-out validation:
// a setting stays only if it helps on the articles it was not fitted on.
//
//	go test ./facts -run TestModel -update           refit model_gen.go with its retrieval settings
//	go test ./facts -run TestModel -update -search   search the retrieval settings too (minutes)
//	go test ./facts -run TestModel                   check that refitting reproduces model_gen.go

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"flag"
	"fmt"
	"go/format"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
)

var search = flag.Bool("search", false, "with -update: search retrieval settings by cross-validation")

// fitSet is a question set loaded for fitting.
type fitSet struct {
	set     qaSet
	group   string // the article: sets on one article are held out together
	article *Article
	qs      []qa
}

// loadFitSets loads every available question set; ok is false when the
// shared sets are missing (the repository stands alone).
func loadFitSets(tb testing.TB) (sets []fitSet, ok bool) {
	for _, s := range qaSets() {
		if !s.available() {
			if s.shared {
				return nil, false
			}
			continue
		}
		group := s.article
		if group == "" {
			group = "embedded"
		}
		sets = append(sets, fitSet{set: s, group: group, article: s.load(tb), qs: readQA(tb, s.questions)})
	}
	return sets, true
}

// dataHash is a hash of every file the fit reads, so that the generated
// file says what it was fitted on.
func dataHash(tb testing.TB, sets []fitSet) string {
	h := sha256.New()
	for _, s := range sets {
		if s.set.probe {
			continue // never fitted on
		}
		for _, p := range []string{s.set.article, s.set.questions} {
			if p == "" {
				h.Write(DefaultArticle)
				continue
			}
			data, err := os.ReadFile(p)
			if err != nil {
				tb.Fatal(err)
			}
			h.Write(data)
		}
	}
	return fmt.Sprintf("%x", h.Sum(nil))[:16]
}

// sample is one question with its retrieved facts and their features.
type sample struct {
	text        string
	group       string // the article asked
	origin      string // the article the question was written for
	adversarial bool   // from a set whose unanswerable questions were written to look answerable
	none        bool
	hard        bool // declined by a rule, whatever the model says
	b           *Base
	q           question
	s           qstats
	hits        []hit
	xs          []rankVec
	labels      []bool      // the answer quoting hits[i] holds the expected text
	spans       [][]spanRow // the items that may answer in the facts quoting hits[i]
	ok          []bool      // hits[i] passes the rules that always decline
}

// foreignEvery takes every n-th question of the other articles' sets as
// an off-topic question for an article: what members ask about something
// else must be declined, and such questions are plentiful and general.
const foreignEvery = 7

// foreignOffset chooses which of every foreignEvery questions is taken:
// the model is fitted with 0; TestNoise varies it to see how much the
// held-out score moves with the sample alone.
var foreignOffset = 0

// collect answers every ask question of the sets with model m's retrieval
// settings and returns the samples. With foreign, each article is also
// asked a share of the other articles' questions, as unanswerable.
func collect(sets []fitSet, m *modelParams, foreign bool) []sample {
	var out []sample
	seenGroup := map[string]bool{}
	for _, fs := range sets {
		if fs.set.probe {
			continue // kept to measure the model, never fitted on
		}
		b := newBase([]*Article{fs.article}, m)
		ask := func(q qa, origin string) {
			r := b.run(q.Q, nil)
			defer b.release(r)
			none := q.None || origin != fs.group
			sm := sample{text: q.Q, group: fs.group, origin: origin, none: none, adversarial: fs.set.adversarial && origin == fs.group, b: b, q: r.q, s: r.s.clone(),
				hits: slices.Clone(r.hits), xs: slices.Clone(r.xs)}
			for i := range r.hits {
				sm.ok = append(sm.ok, b.passes(r, i))
			}
			sm.q.words = slices.Clone(r.q.words)
			for i := range sm.q.words {
				sm.q.words[i].alts = slices.Clone(sm.q.words[i].alts) // the scratch's, reused by the next question
			}
			sm.q.pairs = slices.Clone(r.q.pairs)
			sm.hard = len(sm.hits) == 0 || sm.q.unknownName
			for i, h := range sm.hits {
				sm.labels = append(sm.labels, !none && q.holds(b.quote(&sm.q, &sm.s, h.fact, sm.xs[i])))
				var rows []spanRow
				if !none {
					for _, c := range b.spanCands(spanFacts(b.quoted(&sm.q, &sm.s, h.fact, &sm.xs[i]), &sm.xs[i]), &sm.q, &sm.s, nil) {
						rows = append(rows, spanRow{x: c.x, right: q.spanHolds(c.text())})
					}
				}
				sm.spans = append(sm.spans, rows)
			}
			out = append(out, sm)
		}
		for _, q := range fs.qs {
			if q.Kind != "fact" {
				ask(q, fs.group)
			}
		}
		if !foreign || seenGroup[fs.group] {
			continue
		}
		seenGroup[fs.group] = true
		n := 0
		for _, other := range sets {
			if other.group == fs.group || other.set.probe {
				continue
			}
			for _, q := range other.qs {
				if q.Kind == "fact" {
					continue
				}
				if n++; n%foreignEvery == foreignOffset {
					ask(q, other.group)
				}
			}
		}
	}
	return out
}

// clone copies qstats out of a scratch that the next question reuses.
func (s qstats) clone() qstats {
	s.weights, s.terms = slices.Clone(s.weights), slices.Clone(s.terms)
	s.pairs, s.grams = slices.Clone(s.pairs), slices.Clone(s.grams)
	return s
}

// quote is the text Ask would answer with when it chooses fact f.
func (b *Base) quote(q *question, s *qstats, f int32, x rankVec) string {
	var sb strings.Builder
	for _, g := range withAntecedents(b.quoted(q, s, f, &x)) {
		sb.WriteString(g.Text)
		sb.WriteByte(' ')
	}
	return sb.String()
}

// ridge is the L2 penalty of every fit, per sample: enough to keep
// weights of rare features finite, small against the data. Checked held
// out (THRESHOLDS=1 ... -run ThresholdRule): 3e-5, 1e-4, 3e-4, 1e-3,
// 3e-3, 1e-2 and 3e-2 scored 1,912.2, 1,916.6, 1,920.9, 1,919.1,
// 1,890.5, 1,868.8 and 1,858.3; 3e-4 is within a refit's noise of 1e-3
// and answers 12 fewer, so 1e-3 stays.
const ridge = 1e-3

// fitRanker fits the re-ranker's weights: the softmax of w·x over a
// question's candidates should put its mass on the right ones (each right
// one an equal share). Newton's method on a convex loss: deterministic.
func fitRanker(samples []sample) [nRankFeatures]float32 {
	const n = nRankFeatures
	w := make([]float64, n)
	for iter := 0; iter < 50; iter++ {
		grad := make([]float64, n)
		hess := matrix(n)
		count := 0
		for i := range samples {
			sm := &samples[i]
			npos := rightCount(sm)
			if npos == 0 {
				continue // nothing to learn: no right fact, or only right ones
			}
			count++
			ps, maxS := candidateScores(w, sm)
			var z float64
			for j := range ps {
				ps[j] = math.Exp(ps[j] - maxS)
				z += ps[j]
			}
			var mean [n]float64
			for j, x := range sm.xs {
				ps[j] /= z
				r := 0.0
				if sm.labels[j] {
					r = 1 / float64(npos)
				}
				for a := 0; a < n; a++ {
					grad[a] += (ps[j] - r) * float64(x[a])
					mean[a] += ps[j] * float64(x[a])
				}
			}
			for j, x := range sm.xs {
				for a := 0; a < n; a++ {
					da := float64(x[a]) - mean[a]
					for c := 0; c < n; c++ {
						hess[a][c] += ps[j] * da * (float64(x[c]) - mean[c])
					}
				}
			}
		}
		if !newtonStep(w, grad, hess, float64(count), func(v []float64) float64 { return rankerLoss(samples, v) }) {
			break
		}
	}
	var out [n]float32
	for i := range w {
		out[i] = float32(w[i])
	}
	return out
}

// passageCost is what quoting a further sentence costs an answer that
// was right without it, against a right answer's worth (1): the member
// reads a sentence that does not answer, and the answer is still right.
// Set as an adversarial decline is valued (declineValue), for the same
// reason: it is worth something, but less than an answer. The margin it
// fits is sensitive to it: at 0.15 it is 1.08 (4% more answers quoted as
// passages than at 0.3), at 0.5 and above about 0.05, which joins almost
// none (the log, thirty-first session).
const passageCost = declineValue

// neighbour is Base.neighbour for a sample whose candidates score scores.
func (sm *sample) neighbour(scores []float32, c int, margin float32) int {
	return neighbourWithin(scores, c, margin, func(i int) *Fact { return sm.b.facts[sm.hits[i].fact] },
		func(i int) bool { return sm.ok[i] })
}

// fitJoin chooses model.join, the margin within which the answer quotes
// the chosen fact's neighbour too: the one that maximises, over the
// answerable questions, the answers the neighbour makes right less
// passageCost for each right answer it lengthens with a sentence that
// does not answer (the smallest such margin when several do). Questions
// that are declined count alike: which are is decided after, and a
// passage changes no decision.
func fitJoin(samples []sample, rank [nRankFeatures]float32, giveWay float32) float32 {
	type joinable struct {
		margin float32
		value  float64
	}
	var js []joinable
	for i := range samples {
		sm := &samples[i]
		if sm.hard || sm.none || sm.origin != sm.group {
			continue
		}
		scores := make([]float32, len(sm.xs))
		for j := range sm.xs {
			scores[j] = dot32(rank[:], sm.xs[j][:])
		}
		c := pick(scores, func(j int) bool { return sm.ok[j] }, func(j int) bool {
			return sm.b.keepsOver(&sm.q, sm.hits, scores, j, func(k int) bool { return sm.ok[k] }, giveWay)
		}, func(j int) bool { return holdsOwn(&sm.xs[j]) })
		k := sm.neighbour(scores, c, float32(math.Inf(1))) // every margin is swept below
		if k < 0 {
			continue
		}
		switch {
		case !sm.labels[c] && sm.labels[k]:
			js = append(js, joinable{scores[c] - scores[k], 1})
		case sm.labels[c] && !sm.labels[k]:
			js = append(js, joinable{scores[c] - scores[k], -passageCost})
		}
	}
	slices.SortFunc(js, func(a, b joinable) int { return cmp.Compare(a.margin, b.margin) })
	// Sweep the margin up through the questions' margins; a margin
	// between two of them decides as the lower does.
	var best, gain float64
	var join float32
	for i, j := range js {
		gain += j.value
		if gain > best && (i+1 == len(js) || js[i+1].margin > j.margin) {
			best, join = gain, j.margin
		}
	}
	return join
}

// rightCount returns how many of a question's candidates are right, or 0
// when none is or all are: such a question teaches the re-ranker nothing.
func rightCount(sm *sample) int {
	npos := 0
	for _, l := range sm.labels {
		if l {
			npos++
		}
	}
	if npos == len(sm.labels) {
		return 0
	}
	return npos
}

// candidateScores returns w·x for each of a question's candidates, and
// the largest, which the softmax subtracts before exponentiating.
func candidateScores(w []float64, sm *sample) ([]float64, float64) {
	ps := make([]float64, len(sm.xs))
	maxS := math.Inf(-1)
	for j, x := range sm.xs {
		ps[j] = dot(w, x[:])
		maxS = math.Max(maxS, ps[j])
	}
	return ps, maxS
}

// rankerLoss is the loss fitRanker minimises, less the penalty: the
// cross-entropy of each question's softmax over its candidates against
// its right ones (an equal share each).
func rankerLoss(samples []sample, w []float64) float64 {
	loss := 0.0
	for i := range samples {
		sm := &samples[i]
		npos := rightCount(sm)
		if npos == 0 {
			continue
		}
		ps, maxS := candidateScores(w, sm)
		var z float64
		for j := range ps {
			z += math.Exp(ps[j] - maxS)
		}
		logZ := maxS + math.Log(z)
		for j := range ps {
			if sm.labels[j] {
				loss -= (ps[j] - logZ) / float64(npos)
			}
		}
	}
	return loss
}

// decisionData is one question's decision features and whether the
// re-ranker's choice answers it.
type decisionData struct {
	d           [nDecideFeatures]float32
	chosen      int  // the candidate the re-ranker chose
	right       bool // the chosen fact's answer holds the expected text
	none        bool
	hard        bool
	adversarial bool
	foreign     bool // asked of another article than it was written for
}

// decisions computes each sample's decision features under ranker weights.
func decisions(samples []sample, rank [nRankFeatures]float32, join, giveWay float32) []decisionData {
	out := make([]decisionData, len(samples))
	for i := range samples {
		sm := &samples[i]
		out[i] = decisionData{none: sm.none, hard: sm.hard, adversarial: sm.adversarial, foreign: sm.origin != sm.group}
		if sm.hard {
			continue
		}
		scores := make([]float32, len(sm.xs))
		for j := range sm.xs {
			scores[j] = dot32(rank[:], sm.xs[j][:])
		}
		chosen := pick(scores, func(j int) bool { return sm.ok[j] }, func(j int) bool {
			return sm.b.keepsOver(&sm.q, sm.hits, scores, j, func(k int) bool { return sm.ok[k] }, giveWay)
		}, func(j int) bool { return holdsOwn(&sm.xs[j]) })
		k := sm.neighbour(scores, chosen, join)
		out[i].d = sm.b.decideFeatures(&sm.q, &sm.s, sm.hits, sm.xs, scores, chosen, k)
		if ablateDecide >= 0 {
			out[i].d[ablateDecide] = 0
		}
		out[i].right = sm.labels[chosen] || k >= 0 && sm.labels[k] // the answer quotes both
		out[i].chosen = chosen
		out[i].hard = !sm.ok[chosen]
	}
	return out
}

// fitDecision fits the logistic regression of "the choice answers" on the
// decision features.
func fitDecision(data []decisionData) (w [nDecideFeatures]float32, bias float32) {
	var xs [][]float32
	var ys []bool
	for _, dd := range data {
		if dd.hard {
			continue
		}
		xs = append(xs, append(dd.d[:len(dd.d):len(dd.d)], 1))
		ys = append(ys, dd.right)
	}
	v := logit(xs, ys, nDecideFeatures+1)
	for i := range w {
		w[i] = float32(v[i])
	}
	return w, float32(v[nDecideFeatures])
}

// logit fits a logistic regression of ys on the rows xs, each of n
// values, the last a 1 for the bias, by Newton's method (IRLS).
func logit(xs [][]float32, ys []bool, n int) []float64 {
	v := make([]float64, n)
	for iter := 0; iter < 50; iter++ {
		grad := make([]float64, n)
		hess := matrix(n)
		for i, x := range xs {
			p := sigmoid(dot(v, x))
			y := 0.0
			if ys[i] {
				y = 1
			}
			for a := 0; a < n; a++ {
				grad[a] += (p - y) * float64(x[a])
				for c := 0; c < n; c++ {
					hess[a][c] += p * (1 - p) * float64(x[a]) * float64(x[c])
				}
			}
		}
		if !newtonStep(v, grad, hess, float64(len(xs)), func(u []float64) float64 { return logLoss(xs, ys, u) }) {
			break
		}
	}
	return v
}

// logLoss is the loss logit minimises, less the penalty.
func logLoss(xs [][]float32, ys []bool, v []float64) float64 {
	loss := 0.0
	for i, x := range xs {
		z := dot(v, x)
		// log(1+e^z) - y·z, computed without overflow.
		l := math.Max(z, 0) + math.Log1p(math.Exp(-math.Abs(z)))
		if ys[i] {
			l -= z
		}
		loss += l
	}
	return loss
}

// newtonStep takes one Newton step on w for a loss (less its penalty)
// with gradient grad and Hessian hess summed over count samples, plus an
// L2 penalty of ridge per sample. It reports whether w moved noticeably.
// The full step is taken when it lowers the penalised loss; else it is
// halved until it does (damped Newton): a full step from far off can
// overshoot and diverge, as it did with twelve candidates a question.
func newtonStep(w, grad []float64, hess [][]float64, count float64, loss func([]float64) float64) bool {
	n := len(w)
	lambda := ridge * math.Max(count, 1)
	penalised := func(v []float64) float64 {
		sq := 0.0
		for _, x := range v {
			sq += x * x
		}
		return loss(v) + lambda/2*sq
	}
	for a := 0; a < n; a++ {
		grad[a] += lambda * w[a]
		hess[a][a] += lambda
	}
	step, ok := solve(hess, grad)
	if !ok {
		return false
	}
	before := penalised(w)
	next := make([]float64, n)
	t := 1.0
	for halvings := 0; ; halvings++ {
		for a := range w {
			next[a] = w[a] - t*step[a]
		}
		if after := penalised(next); after <= before+1e-9*math.Abs(before) || halvings == 30 {
			break
		}
		t /= 2
	}
	moved := 0.0
	for a := range w {
		moved = math.Max(moved, math.Abs(next[a]-w[a]))
		w[a] = next[a]
	}
	return moved > 1e-7
}

// solve solves h·x = g by Gaussian elimination with partial pivoting.
func solve(h [][]float64, g []float64) ([]float64, bool) {
	n := len(g)
	m := matrix(n)
	for i := range m {
		copy(m[i], h[i])
	}
	x := slices.Clone(g)
	for c := 0; c < n; c++ {
		p := c
		for r := c + 1; r < n; r++ {
			if math.Abs(m[r][c]) > math.Abs(m[p][c]) {
				p = r
			}
		}
		if math.Abs(m[p][c]) < 1e-12 {
			return nil, false
		}
		m[c], m[p] = m[p], m[c]
		x[c], x[p] = x[p], x[c]
		for r := c + 1; r < n; r++ {
			f := m[r][c] / m[c][c]
			for k := c; k < n; k++ {
				m[r][k] -= f * m[c][k]
			}
			x[r] -= f * x[c]
		}
	}
	for c := n - 1; c >= 0; c-- {
		for k := c + 1; k < n; k++ {
			x[c] -= m[c][k] * x[k]
		}
		x[c] /= m[c][c]
	}
	return x, true
}

func matrix(n int) [][]float64 {
	m := make([][]float64, n)
	for i := range m {
		m[i] = make([]float64, n)
	}
	return m
}

// declineValue is what a right decline of an adversarial unanswerable
// question is worth against a right answer; a right decline of any other
// unanswerable question (off the topic, or about the subject but not in
// the article, as members ask them) is worth as much as a right answer.
// SQuAD 2.0's sets are half questions written to look answerable by
// copying a sentence and changing a detail; members rarely ask those,
// and a bot that declines what it knows is a bot they stop asking.
// Counting such a decline as 0.3 of a right answer weighs those sets as
// if about one question in four were such a near miss.
const declineValue = 0.3

// bestCount makes chooseThreshold take the threshold with the best count,
// for TestThresholdRule's comparison.
var bestCount = false

// chooseThreshold chooses the confidence above which the bot answers: of
// the thresholds below the best whose gain (right answers plus right
// declines, an adversarial one counting declineValue) is within one
// standard error of the best's, the middle one. The standard error of
// the difference is the square root of the summed squares of the gains
// of the questions the two thresholds decide differently.
func chooseThreshold(data []decisionData, w [nDecideFeatures]float32, bias float32) float32 {
	var pts []scored
	for _, dd := range data {
		if dd.hard || dd.foreign {
			continue // foreign questions teach the fit what is off the topic; how often members ask such is the sets' to say
		}
		m := modelParams{decide: w, bias: bias}
		p := m.confidence(&dd.d)
		delta := 0.0
		switch {
		case dd.none && dd.adversarial:
			delta = -declineValue
		case dd.none:
			delta = -1
		case dd.right:
			delta = 1
		}
		pts = append(pts, scored{p, delta})
	}
	if thresholdBags == 0 || bestCount {
		return windowThreshold(pts)
	}
	// The window's middle moves with the few questions at its edges, and
	// a refit that changes a handful of them can move it far (0.142 to
	// 0.157 once): the mean of the thresholds chosen on resamples of the
	// questions (bagging) moves little when a few questions do. Not the
	// median: the resamples' thresholds gather in two clumps, about 0.10
	// and 0.155, where the gain is as flat as between them, and the
	// median of 25 jumped from one to the other (0.157 to 0.119) on a
	// refit that moved a dozen questions, while the mean of 501 moved
	// 0.136 to 0.131 (and the same data resampled with other seeds moves
	// it by 0.003, the median by 0.03).
	r := rand.New(rand.NewPCG(uint64(len(pts)), 1))
	bag := make([]scored, len(pts))
	sum := 0.0
	for range thresholdBags {
		for i := range bag {
			bag[i] = pts[r.IntN(len(pts))]
		}
		sum += float64(windowThreshold(bag))
	}
	return float32(sum / float64(thresholdBags))
}

// thresholdBags is how many resamples chooseThreshold takes the mean
// threshold of; 0 chooses on the questions once.
var thresholdBags = 501

// windowThreshold is chooseThreshold's rule on one set of points.
func windowThreshold(pts []scored) float32 {
	// Answer everything above the threshold: sweep it down.
	best, bestAt, bestGain := sweep(pts)
	// The gain is flat near its best: thresholds apart by a hundred
	// questions' outcomes differ by a few, well within chance. Of those
	// below the best and within one standard error of it (Breiman's
	// one-standard-error rule), the middle one is taken: it answers more
	// than the best, as a decline a member did not need costs more than
	// the count says, and it stays put when a change moves the gain a
	// little. The lowest, taken until the forty-eighth session, jumped
	// between two flat stretches (thresholds 0.11 and 0.14) as rules
	// came and went, and held out it scored less (2,149.4 against
	// 2,152.1) and spread twice as much from sample to sample. The
	// window ends where the gain first falls out of it: counted on past
	// that, it opened again near 0.10 on some refits and not on others,
	// and its middle jumped with it (to 0.0957 once); held out, the
	// window next to the best scored 2,162.8 against 2,159.9.
	if bestAt >= 0 && !bestCount {
		gain, sq := bestGain, 0.0
		var within []float32
		for i := bestAt + 1; i < len(pts); i++ {
			x := pts[i]
			gain += x.delta
			sq += x.delta * x.delta
			if gain < bestGain-math.Sqrt(sq) {
				break // the window ends where the gain first leaves it
			}
			if i+1 == len(pts) || pts[i+1].p < x.p {
				next := 0.0
				if i+1 < len(pts) {
					next = pts[i+1].p
				}
				within = append(within, float32((x.p+next)/2))
			}
		}
		if len(within) > 0 {
			best = within[len(within)/2]
		}
	}
	return best
}

func dot(a []float64, b []float32) float64 {
	var s float64
	for i := range a {
		s += a[i] * float64(b[i])
	}
	return s
}
func dot32(a, b []float32) float32 {
	var s float32
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// fitModel fits the re-ranker, the decision and its threshold on samples
// collected with base's retrieval settings.
func fitModel(samples []sample, base modelParams) modelParams {
	m := base
	m.rank = fitRanker(samples)
	m.join = fitJoin(samples, m.rank, m.giveWay)
	dd := decisions(samples, m.rank, m.join, m.giveWay)
	m.decide, m.bias = fitDecision(dd)
	m.threshold = chooseThreshold(dd, m.decide, m.bias)
	m.span, m.spanBias, m.spanThreshold = fitSpan(samples)
	return m
}

// outcome counts right answers and right declines.
type outcome struct {
	answered, answerable, declined, none int
	advDeclined                          int // of declined, adversarial unanswerables
	// Of the right answers, those that show a span holding (or held by)
	// an expected answer, and those that show another.
	spanRight, spanWrong int
}

// value is what chooseThreshold maximises, for the retrieval search too:
// right answers, plus right declines, an adversarial one counting
// declineValue.
func (o outcome) value() float64 {
	return float64(o.answered) + float64(o.declined-o.advDeclined) + declineValue*float64(o.advDeclined)
}

func (o *outcome) add(p outcome) {
	o.answered += p.answered
	o.answerable += p.answerable
	o.declined += p.declined
	o.advDeclined += p.advDeclined
	o.none += p.none
	o.spanRight += p.spanRight
	o.spanWrong += p.spanWrong
}

func (o outcome) String() string {
	return fmt.Sprintf("%d/%d answerable, %d/%d declined; spans %d right, %d wrong", o.answered, o.answerable, o.declined, o.none, o.spanRight, o.spanWrong)
}

// heldOutDump (QDUMP=1 with NOISE=1) makes TestNoise print, for its
// first sample only, each held-out question with whether it is
// unanswerable, answered and rightly chosen: two builds' lists, sorted
// and compared, show which questions a change moved and which only
// moved with the refit's threshold.
var heldOutDump = os.Getenv("QDUMP") != ""

// evaluate answers the samples with m, as Ask would.
func evaluate(samples []sample, m *modelParams) outcome {
	return evaluateDecided(samples, decisions(samples, m.rank, m.join, m.giveWay), m)
}

// evaluateDecided is evaluate on the samples' decisions dd, made with
// m's re-ranker: a model asked at another threshold need not make them
// again.
func evaluateDecided(samples []sample, dd []decisionData, m *modelParams) outcome {
	var o outcome
	for i, d := range dd {
		if samples[i].origin != samples[i].group {
			continue // asked only to teach declining
		}
		answer := !d.hard && m.confidence(&d.d) >= float64(m.threshold)
		if heldOutDump && foreignOffset == 0 {
			fmt.Printf("QD\t%s\t%v\t%v\t%v\n", samples[i].text, samples[i].none, answer, d.right)
		}
		if samples[i].none {
			o.none++
			if !answer {
				o.declined++
				if samples[i].adversarial {
					o.advDeclined++
				}
			}
			continue
		}
		o.answerable++
		if answer && d.right {
			o.answered++
			if right, shown := m.showSpan(samples[i].spans[d.chosen]); shown && right {
				o.spanRight++
			} else if shown {
				o.spanWrong++
			}
		}
	}
	return o
}

// crossValidate fits on all articles but one and answers that one, for
// each article in turn; it returns the held-out outcome of each.
func crossValidate(samples []sample, base modelParams) map[string]outcome {
	own, _ := crossValidateAt(samples, base, 0)
	return own
}

// crossValidateAt is crossValidate that also asks every fold's model at
// one threshold (when it is above 0), the one fitted on every article:
// the folds choose their own thresholds, so a refit whose shipped
// threshold jumps does not show in their outcome, but shows in this.
func crossValidateAt(samples []sample, base modelParams, threshold float32) (own, at map[string]outcome) {
	groups := map[string]bool{}
	for _, s := range samples {
		groups[s.group] = true
	}
	own, at = map[string]outcome{}, map[string]outcome{}
	for g := range groups {
		var test []sample
		for _, s := range samples {
			if s.group == g {
				test = append(test, s)
			}
		}
		m := fitModel(without(samples, g), base)
		dd := decisions(test, m.rank, m.join, m.giveWay)
		own[g] = evaluateDecided(test, dd, &m)
		if threshold > 0 && !heldOutDump { // a dump lists the folds' own decisions
			m.threshold = threshold
			at[g] = evaluateDecided(test, dd, &m)
		}
	}
	return own, at
}

// meanOf is the mean of xs.
func meanOf(xs []float64) float64 {
	var sum float64
	for _, x := range xs {
		sum += x
	}
	return sum / float64(len(xs))
}

// without returns the samples that neither ask about an article nor were
// written for it: what a model held out from it is fitted on.
func without(samples []sample, group string) []sample {
	var out []sample
	for _, s := range samples {
		if s.group != group && s.origin != group {
			out = append(out, s)
		}
	}
	return out
}

// heldOut sums a cross-validation's outcomes.
func heldOut(cv map[string]outcome) outcome {
	var o outcome
	for _, x := range cv {
		o.add(x)
	}
	return o
}

// searchRetrieval chooses retrieval and analysis settings by coordinate
// search on the held-out outcome, starting from m.
func searchRetrieval(t *testing.T, sets []fitSet, m modelParams) modelParams {
	type axis struct {
		name   string
		values []float32
		set    func(*modelParams, float32)
	}
	axes := []axis{
		{"k1", []float32{0.5, 0.9, 1.2, 1.6, 2.2}, func(m *modelParams, v float32) { m.k1 = v }},
		{"b", []float32{0.2, 0.4, 0.6, 0.75, 0.9}, func(m *modelParams, v float32) { m.b = v }},
		{"wCtx", []float32{0, 0.25, 0.5, 1}, func(m *modelParams, v float32) { m.wCtx = v }},
		{"wHead", []float32{0, 0.15, 0.3, 0.6}, func(m *modelParams, v float32) { m.wHead = v }},
		{"wRelated", []float32{0.5, 0.7, 0.85, 1}, func(m *modelParams, v float32) { m.wRelated = v }},
		{"wTypo", []float32{0.6, 0.85, 1}, func(m *modelParams, v float32) { m.wTypo = v }},
		{"wSyn", []float32{0, 0.3, 0.5, 0.7}, func(m *modelParams, v float32) { m.wSyn = v }},
		{"wLight", []float32{0.1, 0.3, 0.5, 1}, func(m *modelParams, v float32) { m.wLight = v }},
		{"wEnglish", []float32{0.2, 0.35, 0.5, 0.7, 1}, func(m *modelParams, v float32) { m.wEnglish = v }},
		{"k", []float32{5, 8, 12, 20}, func(m *modelParams, v float32) { m.k = int(v) }},
		{"commonWord", []float32{0, 1, 2, 5, 10, 20, 50}, func(m *modelParams, v float32) { m.commonWord = int(v) }},
		{"giveWay", []float32{0, 0.25, 0.5, 1}, func(m *modelParams, v float32) { m.giveWay = v }},
	}
	score := func(m modelParams) float64 { return heldOut(crossValidate(collect(sets, &m, true), m)).value() }
	best := score(m)
	t.Logf("start: %.1f held out (right answers and declines, adversarial declines at %v)", best, declineValue)
	for pass := 0; pass < 3; pass++ {
		improved := false
		for _, ax := range axes {
			for _, v := range ax.values {
				c := m
				ax.set(&c, v)
				if c == m {
					continue
				}
				if s := score(c); s > best {
					best, m, improved = s, c, true
					t.Logf("%s=%v: %.1f held out", ax.name, v, s)
				}
			}
		}
		if !improved {
			break
		}
	}
	return m
}

// TestModel checks that model_gen.go is what the fitting program makes of
// the question sets; with -update it rewrites the file.
func TestModel(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("fitting takes a few seconds")
	}
	sets, ok := loadFitSets(t)
	if !ok {
		t.Skip("../shared is not beside the repository")
	}
	m := model
	if *update && *search {
		m = searchRetrieval(t, sets, m)
	}
	samples := collect(sets, &m, true)
	fitted := fitModel(samples, m)
	cv := crossValidate(samples, m)
	// The span model must beat what it replaced, held out: the nearest
	// item to the question's words, one of the very kind asked counting
	// as one word nearer, always shown.
	held, ruleRight, ruleWrong := heldOut(cv), 0, 0
	dd := decisions(samples, fitted.rank, fitted.join, fitted.giveWay)
	for i, d := range dd {
		if sm := &samples[i]; !sm.none && sm.origin == sm.group && !d.hard && d.right && fitted.confidence(&d.d) >= float64(fitted.threshold) {
			if right, shown := nearestSpan(sm.spans[d.chosen]); shown && right {
				ruleRight++
			} else if shown {
				ruleWrong++
			}
		}
	}
	t.Logf("spans held out: %d right, %d wrong; the nearest item of the kind: %d right, %d wrong", held.spanRight, held.spanWrong, ruleRight, ruleWrong)
	if gain := func(right, wrong int) float64 { return float64(right) - spanWrongCost*float64(wrong) }; gain(held.spanRight, held.spanWrong) <= gain(ruleRight, ruleWrong) {
		t.Errorf("held out, the span model shows %d right spans and %d wrong, no better than the nearest item's %d and %d", held.spanRight, held.spanWrong, ruleRight, ruleWrong)
	}
	src := generateModel(fitted, dataHash(t, sets), len(samples), cv, evaluate(samples, &fitted))
	if *update {
		if err := os.WriteFile("model_gen.go", src, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	old, err := os.ReadFile("model_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(old, src) {
		t.Errorf("model_gen.go is not what refitting makes of the question sets: run go test ./facts -run TestModel -update\n%s", lineDiff(string(old), string(src)))
	}
}

// lineDiff lists the lines of want that differ from got.
func lineDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	var sb strings.Builder
	for i := 0; i < max(len(g), len(w)); i++ {
		var a, b string
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if a != b {
			fmt.Fprintf(&sb, "-%s\n+%s\n", a, b)
		}
	}
	return sb.String()
}

// generateModel writes model_gen.go's source.
func generateModel(m modelParams, hash string, n int, cv map[string]outcome, all outcome) []byte {
	var sb strings.Builder
	sb.WriteString("// Code generated by the fitting program (go test ./facts -run TestModel -update); DO NOT EDIT.\n\n")
	fmt.Fprintf(&sb, "package facts\n\n// modelData identifies the question sets the model was fitted on: a hash of\n// their files. %d questions; answered as fitted: %s.\n", n, all)
	sb.WriteString("// Held out, each article answered by a model fitted on the others:\n")
	groups := make([]string, 0, len(cv))
	for g := range cv {
		groups = append(groups, g)
	}
	slices.Sort(groups)
	for _, g := range groups {
		fmt.Fprintf(&sb, "//   %s: %s\n", g, cv[g])
	}
	fmt.Fprintf(&sb, "//   all: %s\n", heldOut(cv))
	fmt.Fprintf(&sb, "const modelData = %q\n\n", hash)
	f := func(x float32) string { return fmt.Sprintf("%.4g", x) }
	sb.WriteString("var fittedModel = fitted{\n")
	fmt.Fprintf(&sb, "k1: %s, b: %s, wCtx: %s, wHead: %s,\n", f(m.k1), f(m.b), f(m.wCtx), f(m.wHead))
	fmt.Fprintf(&sb, "wRelated: %s, wTypo: %s, wSyn: %s, wLight: %s, wEnglish: %s, k: %d, commonWord: %d,\n", f(m.wRelated), f(m.wTypo), f(m.wSyn), f(m.wLight), f(m.wEnglish), m.k, m.commonWord)
	sb.WriteString("rank: map[string]float32{\n")
	for i, w := range m.rank {
		fmt.Fprintf(&sb, "%q: %s,\n", rankFeatureNames[i], f(w))
	}
	sb.WriteString("},\ndecide: map[string]float32{\n")
	for i, w := range m.decide {
		fmt.Fprintf(&sb, "%q: %s,\n", decideFeatureNames[i], f(w))
	}
	sb.WriteString("},\nspan: map[string]float32{\n")
	for i, w := range m.span {
		fmt.Fprintf(&sb, "%q: %s,\n", spanFeatureNames[i], f(w))
	}
	// A threshold lies midway between two samples' probabilities, which
	// may differ in the fourth digit: written to four, it could pass a
	// sample it was fitted to stop, so it is written to six.
	fine := func(x float32) string { return fmt.Sprintf("%.6g", x) }
	fmt.Fprintf(&sb, "},\nbias: %s,\nthreshold: %s,\nspanBias: %s,\nspanThreshold: %s,\njoin: %s,\ngiveWay: %s,\n}\n", f(m.bias), fine(m.threshold), f(m.spanBias), fine(m.spanThreshold), f(m.join), f(m.giveWay))
	src, err := format.Source([]byte(sb.String()))
	if err != nil {
		panic(err)
	}
	return src
}

// TestDiagnose prints, per set, where answerable questions are lost:
// retrieval (no right fact among the k kept), re-ranking (a right fact
// kept but another chosen), or the decision (the right fact chosen but
// declined), fitted on all sets and held out by article (cv).
// DIAGNOSE=1 go test ./facts -run Diagnose -v
func TestDiagnose(t *testing.T) {
	if os.Getenv("DIAGNOSE") == "" {
		t.Skip("set DIAGNOSE=1")
	}
	sets, ok := loadFitSets(t)
	if !ok {
		t.Skip("no ../shared")
	}
	m := model
	all := collect(sets, &m, true)
	fitted := fitModel(all, m)
	// Models fitted without each article, for the held-out figures.
	cvModels := map[string]modelParams{}
	for _, sm := range all {
		if _, ok := cvModels[sm.group]; ok {
			continue
		}
		cvModels[sm.group] = fitModel(without(all, sm.group), m)
	}
	type row struct{ n, r1, rk, rr, rrcv, ans, anscv, none, dec, deccv int }
	var tot row
	for _, fs := range sets {
		samples := collect([]fitSet{fs}, &m, false)
		cvm := cvModels[fs.group]
		dd := decisions(samples, fitted.rank, fitted.join, fitted.giveWay)
		ddcv := decisions(samples, cvm.rank, cvm.join, cvm.giveWay)
		var r row
		for i, sm := range samples {
			answers := !dd[i].hard && fitted.confidence(&dd[i].d) >= float64(fitted.threshold)
			answersCV := !ddcv[i].hard && cvm.confidence(&ddcv[i].d) >= float64(cvm.threshold)
			if sm.none {
				r.none++
				if !answers {
					r.dec++
				}
				if !answersCV {
					r.deccv++
				}
				continue
			}
			r.n++
			if len(sm.labels) > 0 && sm.labels[0] {
				r.r1++
			}
			if slices.Contains(sm.labels, true) {
				r.rk++
			}
			if dd[i].right {
				r.rr++
				if answers {
					r.ans++
				}
			}
			if ddcv[i].right {
				r.rrcv++
				if answersCV {
					r.anscv++
				}
			}
		}
		fmt.Printf("%-18s n=%3d bm25@1=%3d @k=%3d reranked=%3d/cv%3d answered=%3d/cv%3d declined=%3d/cv%3d of %3d\n",
			fs.set.name, r.n, r.r1, r.rk, r.rr, r.rrcv, r.ans, r.anscv, r.dec, r.deccv, r.none)
		if strings.HasPrefix(fs.set.name, "squad") {
			tot.n += r.n
			tot.r1 += r.r1
			tot.rk += r.rk
			tot.rr += r.rr
			tot.rrcv += r.rrcv
			tot.ans += r.ans
			tot.anscv += r.anscv
			tot.dec += r.dec
			tot.deccv += r.deccv
			tot.none += r.none
		}
	}
	r := tot
	fmt.Printf("%-18s n=%3d bm25@1=%3d @k=%3d reranked=%3d/cv%3d answered=%3d/cv%3d declined=%3d/cv%3d of %3d\n",
		"squad", r.n, r.r1, r.rk, r.rr, r.rrcv, r.ans, r.anscv, r.dec, r.deccv, r.none)
}

// TestThresholdRule prints the held-out outcome of the
// one-standard-error threshold and of the best count's, with the model's
// retrieval settings: THRESHOLDS=1 go test ./facts -run ThresholdRule -v
func TestThresholdRule(t *testing.T) {
	if os.Getenv("THRESHOLDS") == "" {
		t.Skip("set THRESHOLDS=1")
	}
	sets, _ := loadFitSets(t)
	m := model
	samples := collect(sets, &m, true)
	defer func() { bestCount = false }()
	for _, best := range []bool{false, true} {
		bestCount = best
		cv := heldOut(crossValidate(samples, m))
		fitted := fitModel(samples, m)
		rule := "one standard error"
		if best {
			rule = "best count"
		}
		fmt.Printf("%s: threshold %.3f; held out %s, score %.1f\n", rule, fitted.threshold, cv, cv.value())
	}
}

// TestNoise prints the held-out score (the one-standard-error
// threshold) with each of the foreignEvery samples of foreign questions,
// and their mean and standard deviation: how much a score moves with
// which off-topic questions the decision learns from, the yardstick a
// change is measured against; and beside each, the folds' models asked at
// the threshold fitted on every article, which moves when a refit's
// shipped threshold jumps though the folds' own do not. NOISE=1 go test
// ./facts -run Noise -v (with QDUMP=1, the first sample only, each
// question listed: heldOutDump)
func TestNoise(t *testing.T) {
	if os.Getenv("NOISE") == "" {
		t.Skip("set NOISE=1")
	}
	sets, _ := loadFitSets(t)
	defer func() { foreignOffset = 0 }()
	var scores, shipped []float64
	var answered, declined int
	for off := range foreignEvery {
		if heldOutDump && off > 0 {
			break
		}
		foreignOffset = off
		m := model
		samples := collect(sets, &m, true)
		full := fitModel(samples, m)
		own, atShipped := crossValidateAt(samples, m, full.threshold)
		cv, at := heldOut(own), heldOut(atShipped)
		scores = append(scores, cv.value())
		answered += cv.answered
		declined += cv.declined
		fmt.Printf("sample %d: held out %s, score %.1f\n", off, cv, cv.value())
		shipped = append(shipped, at.value())
		fmt.Printf("sample %d: at the shipped threshold %.4f %s, score %.1f\n", off, full.threshold, at, at.value())
	}
	fmt.Printf("mean at the shipped threshold %.1f\n", meanOf(shipped))
	mean, sq := meanOf(scores), 0.0
	for _, v := range scores {
		sq += (v - mean) * (v - mean)
	}
	sd := math.Sqrt(sq / float64(len(scores)-1))
	fmt.Printf("mean score %.1f, sd %.1f (standard error of the mean %.1f); mean answerable %.1f, declined %.1f\n",
		mean, sd, sd/math.Sqrt(float64(len(scores))), float64(answered)/float64(len(scores)), float64(declined)/float64(len(scores)))
}

// TestMisses prints the questions of one set (MISSES=name) whose right fact
// was retrieved but not chosen, with the chosen and the right facts.
func TestMisses(t *testing.T) {
	name := os.Getenv("MISSES")
	if name == "" {
		t.Skip("set MISSES=setname")
	}
	sets, _ := loadFitSets(t)
	for _, fs := range sets {
		if fs.set.name != name {
			continue
		}
		samples := collect([]fitSet{fs}, &model, false)
		dd := decisions(samples, model.rank, model.join, model.giveWay)
		for i, sm := range samples {
			if sm.none || dd[i].right || !slices.Contains(sm.labels, true) {
				continue
			}
			scores := make([]float32, len(sm.xs))
			for j := range sm.xs {
				scores[j] = dot32(model.rank[:], sm.xs[j][:])
			}
			chosen := choose(scores, sm.ok)
			fmt.Printf("Q %q type=%d focus=%q:", sm.text, sm.q.typ, sm.q.focus)
			for _, w := range sm.q.words {
				fmt.Printf(" %s", w.text)
			}
			fmt.Println()
			for j, h := range sm.hits {
				mark := " "
				if j == chosen {
					mark = "C"
				}
				if sm.labels[j] {
					mark += "R"
				} else {
					mark += " "
				}
				if j == chosen || sm.labels[j] {
					fmt.Printf("  %s %d %.2f %v\n      %.160s\n", mark, j, dot32(model.rank[:], sm.xs[j][:]), fmtVec(sm.xs[j]), sm.b.facts[h.fact].Text)
				}
			}
		}
	}
}

func fmtVec(x rankVec) string {
	var sb strings.Builder
	for i, v := range x {
		if v != 0 {
			fmt.Fprintf(&sb, "%s=%.2f ", rankFeatureNames[i], v)
		}
	}
	return sb.String()
}

// TestLost prints the questions of the sets named in $LOST whose chosen
// fact was right but the decision declined, with their decision features.
func TestLost(t *testing.T) {
	name := os.Getenv("LOST")
	if name == "" {
		t.Skip("set LOST=setname,...")
	}
	sets, _ := loadFitSets(t)
	for _, fs := range sets {
		if !strings.Contains(","+name+",", ","+fs.set.name+",") {
			continue
		}
		samples := collect([]fitSet{fs}, &model, false)
		dd := decisions(samples, model.rank, model.join, model.giveWay)
		for i, sm := range samples {
			d := dd[i]
			if !d.right || (!d.hard && model.confidence(&d.d) >= float64(model.threshold)) {
				continue
			}
			fmt.Printf("LOST %q hard=%v p=%.2f:", sm.text, d.hard, model.confidence(&d.d))
			for k, v := range d.d {
				if v != 0 {
					fmt.Printf(" %s=%.2f", decideFeatureNames[k], v)
				}
			}
			fmt.Println()
		}
	}
}

// spanRow is an item that may answer, with its span features, and whether
// its text holds an expected answer or is held by one.
type spanRow struct {
	x     spanVec
	right bool
}

// spanHolds reports whether a span's text and one of the expected
// answers hold each other: "Charles III" for "King Charles III", "1991"
// for "in 1991".
func (q qa) spanHolds(span string) bool {
	s := judgeFold(span)
	if s == "" {
		return false
	}
	for _, e := range append(slices.Clone(q.Expect), q.ExpectAny...) {
		if e := judgeFold(e); e != "" && (strings.Contains(e, s) || strings.Contains(s, e)) {
			return true
		}
	}
	return false
}

// showSpan reports what span the model shows among rows: whether it is
// right, and whether it shows one at all.
func (m *modelParams) showSpan(rows []spanRow) (right, shown bool) {
	best, shown := m.shownSpan(len(rows), func(i int) float32 { return m.spanScore(&rows[i].x) })
	if !shown {
		return false, false
	}
	return rows[best].right, true
}

// nearestSpan is the span the engine showed before the span model: the
// item nearest to the question's words, one of the very kind asked
// counting as one word nearer, always.
func nearestSpan(rows []spanRow) (right, shown bool) {
	best, bestScore := -1, math.Inf(-1)
	for i, r := range rows {
		dist := math.Round(float64(1/r.x[sNear] - 1))
		if score := float64(r.x[sExact]) - dist; score > bestScore {
			best, bestScore = i, score
		}
	}
	if best < 0 {
		return false, false
	}
	return rows[best].right, true
}

// spanSamples returns, for each answerable question a right fact was
// retrieved for, the items of the first right fact: what a right answer
// would show its span among.
func spanSamples(samples []sample) [][]spanRow {
	var out [][]spanRow
	for i := range samples {
		sm := &samples[i]
		if sm.none || sm.origin != sm.group {
			continue
		}
		if j := slices.Index(sm.labels, true); j >= 0 && len(sm.spans[j]) > 0 {
			out = append(out, sm.spans[j])
		}
	}
	return out
}

// fitSpan fits the span model: a softmax over the items of a right
// answer's facts and "none" (scored 0), on their span features, whose
// mass should fall on the items that hold an expected answer, or on none
// when no item does; and the threshold on the best item's probability
// above which a span is shown, the one that shows the most right spans
// less spanWrongCost times the wrong ones. Scored alone, each item by a
// logistic regression, two items the model held alike were each as sure
// as one alone: held out, 644 right spans and 99 wrong against 689 and
// 105 (695 and 101 once the items' count was no feature; the log, 5
// December).
func fitSpan(samples []sample) (w [nSpanFeatures]float32, bias, threshold float32) {
	qs := spanSamples(samples)
	// Each question's items compete, with "none", for its answer: the
	// softmax of their scores (none at 0) puts its mass on the right
	// items, each an equal share, or on none when no item is right.
	// Newton's method on the convex loss, as fitRanker; the last
	// parameter is the bias, every item's feature 1.
	const n = nSpanFeatures + 1
	v := make([]float64, n)
	xs := make([][][]float32, len(qs))
	for k, rows := range qs {
		for i := range rows {
			xs[k] = append(xs[k], append(rows[i].x[:len(rows[i].x):len(rows[i].x)], 1))
		}
	}
	// probs returns the items' probabilities under u and each item's
	// target share.
	probs := func(u []float64, k int) (ps, rs []float64) {
		rows := qs[k]
		ps, rs = make([]float64, len(rows)), make([]float64, len(rows))
		maxZ := 0.0 // none's score
		for i := range rows {
			ps[i] = dot(u, xs[k][i])
			maxZ = math.Max(maxZ, ps[i])
		}
		z := math.Exp(-maxZ)
		for i := range rows {
			ps[i] = math.Exp(ps[i] - maxZ)
			z += ps[i]
		}
		npos := 0
		for i := range rows {
			ps[i] /= z
			if rows[i].right {
				npos++
			}
		}
		for i := range rows {
			if rows[i].right {
				rs[i] = 1 / float64(npos)
			}
		}
		return ps, rs
	}
	loss := func(u []float64) float64 {
		l := 0.0
		for k := range qs {
			ps, rs := probs(u, k)
			none := 1.0
			for i := range ps {
				none -= ps[i]
				if rs[i] > 0 {
					l -= rs[i] * math.Log(math.Max(ps[i], 1e-300))
				}
			}
			if !slices.ContainsFunc(rs, func(r float64) bool { return r > 0 }) {
				l -= math.Log(math.Max(none, 1e-300))
			}
		}
		return l
	}
	for iter := 0; iter < 50; iter++ {
		grad := make([]float64, n)
		hess := matrix(n)
		for k := range qs {
			ps, rs := probs(v, k)
			var mean [n]float64
			for i, x := range xs[k] {
				for a := 0; a < n; a++ {
					grad[a] += (ps[i] - rs[i]) * float64(x[a])
					mean[a] += ps[i] * float64(x[a])
				}
			}
			for i, x := range xs[k] {
				for a := 0; a < n; a++ {
					for c := 0; c < n; c++ {
						hess[a][c] += ps[i] * float64(x[a]) * float64(x[c])
					}
				}
			}
			for a := 0; a < n; a++ {
				for c := 0; c < n; c++ {
					hess[a][c] -= mean[a] * mean[c]
				}
			}
		}
		if !newtonStep(v, grad, hess, float64(len(qs)), loss) {
			break
		}
	}
	for i := range w {
		w[i] = float32(v[i])
	}
	bias = float32(v[nSpanFeatures])
	// The threshold: sweep the best items' probabilities down.
	m := modelParams{span: w, spanBias: bias}
	var pts []scored
	for _, rows := range qs {
		best, bestZ := -1, float32(0)
		for i := range rows {
			if z := m.spanScore(&rows[i].x); best < 0 || z > bestZ {
				best, bestZ = i, z
			}
		}
		d := -spanWrongCost
		if rows[best].right {
			d = 1
		}
		pts = append(pts, scored{spanProb(len(rows), func(i int) float32 { return m.spanScore(&rows[i].x) }, bestZ), d})
	}
	threshold, _, _ = sweep(pts)
	return w, bias, threshold
}

// spanWrongCost is what a wrong span costs against a right one's gain: a
// wrong word in bold misleads (the member reads the bold word, not the
// sentence), while no bold leaves the sentence to be read. At 2, a span
// is shown when the model holds it at least twice as likely right as
// wrong.
const spanWrongCost = 2.0

// scored is a question's probability under a model and what acting on it
// gains (+1 right, -1 wrong, less for what counts less).
type scored struct{ p, delta float64 }

// sweep sorts pts by probability, highest first, and returns the
// threshold whose acting on every point above it gains most (1 when none
// gains), the index of the last point above it (-1 when none) and the
// gain. A threshold falls only between distinct probabilities, midway.
func sweep(pts []scored) (threshold float32, at int, gain float64) {
	sort.Slice(pts, func(i, j int) bool { return pts[i].p > pts[j].p })
	threshold, at = 1, -1
	sum := 0.0
	for i, x := range pts {
		sum += x.delta
		if sum > gain && (i+1 == len(pts) || pts[i+1].p < x.p) {
			next := 0.0
			if i+1 < len(pts) {
				next = pts[i+1].p
			}
			threshold, at, gain = float32((x.p+next)/2), i, sum
		}
	}
	return threshold, at, gain
}

// TestAblate prints the held-out score of the first $ABLATE samples of
// foreign questions (as TestNoise) with each rank feature left out in
// turn, its column zeroed before every fit: what each feature is worth.
// With ABLATE_DECIDE set, each decision feature instead.
// ABLATE=3 [ABLATE_DECIDE=1] go test ./facts -run TestAblate -v
func TestAblate(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("ABLATE"))
	if n <= 0 {
		t.Skip("set ABLATE=number of samples")
	}
	sets, _ := loadFitSets(t)
	defer func() { foreignOffset = 0 }()
	var all [][]sample
	for off := range min(n, foreignEvery) {
		foreignOffset = off
		m := model
		all = append(all, collect(sets, &m, true))
	}
	// zeroed returns samples with feature f's column zeroed (none for -1).
	zeroed := func(samples []sample, f int) []sample {
		out := slices.Clone(samples)
		if f < 0 {
			return out
		}
		for i := range out {
			out[i].xs = slices.Clone(out[i].xs)
			for j := range out[i].xs {
				out[i].xs[j][f] = 0
			}
		}
		return out
	}
	if os.Getenv("ABLATE_DECIDE") != "" {
		// Each decision feature's column zeroed instead, the ranker's
		// features left whole.
		defer func() { ablateDecide = -1 }()
		for f := -1; f < nDecideFeatures; f++ {
			name, sum := "(none)", 0.0
			if f >= 0 {
				name = decideFeatureNames[f]
			}
			ablateDecide = f
			fmt.Printf("%-16s", name)
			for _, samples := range all {
				v := heldOut(crossValidate(samples, model)).value()
				sum += v
				fmt.Printf(" %7.1f", v)
			}
			fmt.Printf("  mean %7.1f\n", sum/float64(len(all)))
		}
		return
	}
	for f := -1; f < nRankFeatures; f++ {
		name, sum := "(none)", 0.0
		if f >= 0 {
			name = rankFeatureNames[f]
		}
		fmt.Printf("%-10s", name)
		for _, samples := range all {
			v := heldOut(crossValidate(zeroed(samples, f), model)).value()
			sum += v
			fmt.Printf(" %7.1f", v)
		}
		fmt.Printf("  mean %7.1f\n", sum/float64(len(all)))
	}
}

// ablateDecide is the decision feature TestAblate zeroes (ABLATE_DECIDE),
// or -1.
var ablateDecide = -1
