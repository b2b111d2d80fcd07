package facts

import (
	"bytes"
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// The question sets' scores, pinned. testdata/scores.md holds one table
// with every set: what factbot answers, what a plain BM25 index answers,
// and what a model fitted without the set's article answers (held out).
// The README shows the same table.
//
//	go test ./facts -run TestScores -update   refit nothing; rescore and rewrite the table and the README's copy
//
// TestQuestionSets checks the factbot columns on every run, so a change
// that moves any set's score shows up.

const scoresFile = "testdata/scores.md"

// README markers around the table.
const (
	scoresBegin = "<!-- scores: go test ./facts -run TestScores -update -->"
	scoresEnd   = "<!-- /scores -->"
)

// setScore is one row of the table.
type setScore struct {
	name                       string
	answered, answerable       int
	declined, none             int
	cited                      int
	bm25Answered, bm25Declined int
	heldAnswered, heldDeclined int
	typoAnswered               int // answerable questions answered with one word misspelt
}

// misspell returns q with one word misspelt as people misspell (a letter
// changed, two swapped, one dropped or one doubled, never the first): a
// word of five letters or more, chosen, like the slip, from a hash of q so
// that the table is the same on every run.
func misspell(q string) string {
	h := fnv.New64a()
	h.Write([]byte(q))
	r := rand.New(rand.NewPCG(h.Sum64(), 0))
	ws := strings.Fields(q)
	var cands []int
	for i, w := range ws {
		if len(w) >= 5 && isAlpha(w) && !stopwords[strings.ToLower(w)] {
			cands = append(cands, i)
		}
	}
	if len(cands) == 0 {
		return q
	}
	i := cands[r.IntN(len(cands))]
	b := []byte(ws[i])
	j := 1 + r.IntN(len(b)-2)
	switch r.IntN(4) {
	case 0:
		b[j] = "abcdefghijklmnopqrstuvwxyz"[r.IntN(26)]
	case 1:
		b[j], b[j+1] = b[j+1], b[j]
	case 2:
		b = append(b[:j], b[j+1:]...)
	default:
		b = slices.Insert(b, j, b[j])
	}
	ws[i] = string(b)
	return strings.Join(ws, " ")
}

// scoreMisspelt counts the answerable questions of qs answered rightly
// with one word misspelt.
func scoreMisspelt(b *Base, qs []qa) (answered int) {
	for _, q := range qs {
		if q.None {
			continue
		}
		q.Q = misspell(q.Q)
		if a := answerQA(b, q); a.Found && q.holds(a.Text) {
			answered++
		}
	}
	return answered
}

// scoreSet answers a set as the command line does and counts as the judge does.
func scoreSet(b *Base, qs []qa) (answered, answerable, declined, none, cited int) {
	for _, q := range qs {
		a := answerQA(b, q)
		if q.None {
			none++
			if !a.Found {
				declined++
			}
			continue
		}
		answerable++
		if a.Found && q.holds(a.Text) {
			answered++
			if len(a.Citations) > 0 {
				cited++
			}
		}
	}
	return
}

// bm25Baseline answers like a plain BM25 index over the article's facts:
// the same words, stems and stop words as factbot, Lucene's k1 and b, the
// best fact always, never a decline unless no word matches.
type bm25Baseline struct {
	facts  []*Fact
	docs   []map[string]int
	lens   []int
	df     map[string]int
	avgLen float64
}

func newBM25Baseline(a *Article) *bm25Baseline {
	bl := &bm25Baseline{facts: a.Facts, df: map[string]int{}}
	total := 0
	for _, f := range a.Facts {
		doc := map[string]int{}
		n := 0
		for _, t := range tokenize(f.Text, nil) {
			if !stopwords[t.word] {
				doc[Stem(t.word)]++
				n++
			}
		}
		for w := range doc {
			bl.df[w]++
		}
		bl.docs = append(bl.docs, doc)
		bl.lens = append(bl.lens, n)
		total += n
	}
	bl.avgLen = float64(total) / float64(max(1, len(a.Facts)))
	return bl
}

func (bl *bm25Baseline) ask(q string) (text string, found bool) {
	const k1, b = 1.2, 0.75
	n := float64(len(bl.docs))
	best, bestScore := -1, 0.0
	var terms []string
	for _, t := range tokenize(q, nil) {
		if !stopwords[t.word] {
			terms = append(terms, Stem(t.word))
		}
	}
	for i, doc := range bl.docs {
		s := 0.0
		for _, w := range terms {
			tf := float64(doc[w])
			if tf == 0 {
				continue
			}
			idf := math.Log(1 + (n-float64(bl.df[w])+0.5)/(float64(bl.df[w])+0.5))
			s += idf * tf * (k1 + 1) / (tf + k1*(1-b+b*float64(bl.lens[i])/bl.avgLen))
		}
		if s > bestScore {
			best, bestScore = i, s
		}
	}
	if best < 0 {
		return "", false
	}
	return bl.facts[best].Text, true
}

// renderScores writes the table.
func renderScores(rows []setScore) string {
	var sb strings.Builder
	sb.WriteString("| question set | answerable: factbot | plain BM25 | held out | unanswerable declined: factbot | plain BM25 | held out | cited | answerable, a word misspelt |\n")
	sb.WriteString("|---|---|---|---|---|---|---|---|---|\n")
	pct := func(a, n int) string {
		if n == 0 {
			return "–"
		}
		return fmt.Sprintf("%d/%d (%d%%)", a, n, int(math.Round(100*float64(a)/float64(n))))
	}
	for _, r := range rows {
		fmt.Fprintf(&sb, "| %s | %s | %s | %s | %s | %s | %s | %d/%d | %s |\n", r.name,
			pct(r.answered, r.answerable), pct(r.bm25Answered, r.answerable), pct(r.heldAnswered, r.answerable),
			pct(r.declined, r.none), pct(r.bm25Declined, r.none), pct(r.heldDeclined, r.none), r.cited, r.answered,
			pct(r.typoAnswered, r.answerable))
	}
	return sb.String()
}

// sumRows returns a row named name that sums the rows whose names begin
// with prefix.
func sumRows(rows []setScore, name, prefix string) setScore {
	tot := setScore{name: name}
	for _, r := range rows {
		if strings.HasPrefix(r.name, prefix) {
			tot.answered += r.answered
			tot.answerable += r.answerable
			tot.declined += r.declined
			tot.none += r.none
			tot.cited += r.cited
			tot.bm25Answered += r.bm25Answered
			tot.bm25Declined += r.bm25Declined
			tot.heldAnswered += r.heldAnswered
			tot.heldDeclined += r.heldDeclined
			tot.typoAnswered += r.typoAnswered
		}
	}
	return tot
}

// pinned reads the factbot columns of the table: set -> answered, declined.
func pinned(t *testing.T) map[string][2]int {
	data, err := os.ReadFile(scoresFile)
	if err != nil {
		t.Fatalf("%v (go test ./facts -run TestScores -update)", err)
	}
	out := map[string][2]int{}
	for _, line := range strings.Split(string(data), "\n")[2:] {
		cells := strings.Split(line, "|")
		if len(cells) < 8 {
			continue
		}
		num := func(cell string) int {
			s, _, _ := strings.Cut(strings.TrimSpace(cell), "/")
			n, err := strconv.Atoi(s)
			if err != nil {
				return -1
			}
			return n
		}
		out[strings.TrimSpace(cells[1])] = [2]int{num(cells[2]), num(cells[5])}
	}
	return out
}

// TestQuestionSets holds every question set to the score the table pins:
// a change that loses or gains a question on any set shows up here.
func TestQuestionSets(t *testing.T) {
	pins := pinned(t)
	for _, set := range qaSets() {
		if !set.available() {
			continue
		}
		t.Run(set.name, func(t *testing.T) {
			pin, ok := pins[set.name]
			if !ok {
				t.Fatalf("%s is not in %s (go test ./facts -run TestScores -update)", set.name, scoresFile)
			}
			b := New(set.load(t))
			answered, answerable, declined, none, cited := scoreSet(b, readQA(t, set.questions))
			if answerable > 0 && answered != pin[0] || none > 0 && declined != pin[1] { // a set of one kind shows "–" for the other
				t.Errorf("%s: %d/%d answered, %d/%d declined; the table pins %d and %d (go test ./facts -run TestScores -update after a deliberate change)",
					set.name, answered, answerable, declined, none, pin[0], pin[1])
			}
			if cited != answered {
				t.Errorf("%s: %d of %d right answers cite their section", set.name, cited, answered)
			}
		})
	}
}

// TestQuotedOfSets checks what every set's found answers quote
// (checkQuoted): each fact once, of one article, in the answer's text,
// a passage's sentences in the article's order.
func TestQuotedOfSets(t *testing.T) {
	for _, set := range qaSets() {
		if !set.available() {
			continue
		}
		b := New(set.load(t))
		for _, q := range readQA(t, set.questions) {
			if a := answerQA(b, q); a.Found && q.Kind != "fact" {
				checkQuoted(t, q.Q, a)
			}
		}
	}
}

// TestScores regenerates the table (with -update) or checks it, and
// checks that the README shows it.
func TestScores(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("fits a model per article")
	}
	sets, ok := loadFitSets(t)
	if !ok {
		t.Skip("../shared is not beside the repository")
	}
	m := model
	samples := collect(sets, &m, true)
	// Held out: answer each article with a model fitted without it.
	held := map[string]*modelParams{}
	var rows []setScore
	for _, fs := range sets {
		r := setScore{name: fs.set.name}
		b := New(fs.article)
		r.answered, r.answerable, r.declined, r.none, r.cited = scoreSet(b, fs.qs)
		r.typoAnswered = scoreMisspelt(b, fs.qs)
		bl := newBM25Baseline(fs.article)
		for _, q := range fs.qs {
			text, found := bl.ask(q.Q)
			switch {
			case q.None && !found:
				r.bm25Declined++
			case !q.None && found && q.holds(text):
				r.bm25Answered++
			}
		}
		hm, ok := held[fs.group]
		if !ok {
			fit := fitModel(without(samples, fs.group), m)
			hm = &fit
			held[fs.group] = hm
		}
		hb := newBase([]*Article{fs.article}, hm)
		r.heldAnswered, _, r.heldDeclined, _, _ = scoreSet(hb, fs.qs)
		rows = append(rows, r)
	}
	// The shared crowd-written sets together, the figure issue 8 sets, and
	// the sets never fitted on together.
	rows = append(rows, sumRows(rows, "squad (all three)", "squad-"), sumRows(rows, "unseen (all)", "unseen: "),
		sumRows(rows, "blind short (all ten)", "blind short: "), sumRows(rows, "definitions (all ten)", "definitions: "), sumRows(rows, "names (all eight)", "names: "), sumRows(rows, "blind short 2 (all three)", "blind short 2: "),
		sumRows(rows, "blind short 3 (all four)", "blind short 3: "), sumRows(rows, "blind short 4 (all four)", "blind short 4: "),
		sumRows(rows, "blind short 5 (all four)", "blind short 5: "), sumRows(rows, "blind short 6 (all four)", "blind short 6: "),
		sumRows(rows, "blind short 7 (all four)", "blind short 7: "), sumRows(rows, "blind short 8 (all four)", "blind short 8: "), sumRows(rows, "topical (all twenty-eight)", "topical: "),
		sumRows(rows, "blind topical (all four)", "blind topical: "), sumRows(rows, "blind topical 2 (all four)", "blind topical 2: "),
		sumRows(rows, "blind topical 3 (all four)", "blind topical 3: "))
	table := renderScores(rows)
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	i, j := bytes.Index(readme, []byte(scoresBegin)), bytes.Index(readme, []byte(scoresEnd))
	if *update {
		if err := os.WriteFile(scoresFile, []byte(table), 0o644); err != nil {
			t.Fatal(err)
		}
		if i >= 0 && j > i {
			out := slices.Concat(readme[:i+len(scoresBegin)], []byte("\n"+table), readme[j:])
			if err := os.WriteFile("../README.md", out, 0o644); err != nil {
				t.Fatal(err)
			}
		} else {
			t.Errorf("README.md has no %q ... %q section to hold the table", scoresBegin, scoresEnd)
		}
		return
	}
	old, err := os.ReadFile(scoresFile)
	if err != nil {
		t.Fatal(err)
	}
	if string(old) != table {
		t.Errorf("%s is out of date (go test ./facts -run TestScores -update):\n%s", scoresFile, lineDiff(string(old), table))
	}
	if i < 0 || j < i || strings.TrimSpace(string(readme[i+len(scoresBegin):j])) != strings.TrimSpace(table) {
		t.Errorf("README.md does not show %s between its score markers (go test ./facts -run TestScores -update)", scoresFile)
	}
}
