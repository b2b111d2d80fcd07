package facts

import (
	"os"
	"slices"
	"testing"
	"time"
)

// BenchmarkAsk reports the median time per question over the development
// set (the target is 5 µs), besides the mean that ns/op shows: the median
// of every timed question (median-ns/ask), the median over the questions
// of each one's mean (median-ns/question, which a rare pause of the
// machine inflates for the question it falls on) and of each one's
// fastest round (median-fastest-ns/question, which other work on the
// machine cannot inflate).
func BenchmarkAsk(b *testing.B) {
	base, err := Load(DefaultArticle)
	if err != nil {
		b.Fatal(err)
	}
	// The development set when ../shared sits beside the repository (the
	// target is stated for it), else the project's own set.
	path := sharedDir + "/qa/dev.jsonl"
	if _, err := os.Stat(path); err != nil {
		path = "testdata/questions.jsonl"
	}
	qs := readQA(b, path)
	answer := func(q qa) { answerQA(base, q) }
	for _, q := range qs {
		answer(q) // warm the typo index, as a running bot has
	}
	per := make([]time.Duration, len(qs))
	all := make([]time.Duration, 0, b.N)
	fastest := make([]time.Duration, len(qs)) // each question's fastest round: what other work on the machine cannot inflate
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		q := qs[i%len(qs)]
		start := time.Now()
		answer(q)
		d := time.Since(start)
		per[i%len(qs)] += d
		all = append(all, d)
		if f := &fastest[i%len(qs)]; *f == 0 || d < *f {
			*f = d
		}
	}
	b.StopTimer()
	slices.Sort(all)
	b.ReportMetric(float64(all[len(all)/2].Nanoseconds()), "median-ns/ask")
	if b.N >= len(qs) {
		rounds := time.Duration(b.N / len(qs))
		for i := range per {
			per[i] /= rounds
		}
		slices.Sort(per)
		slices.Sort(fastest)
		b.ReportMetric(float64(per[len(per)/2].Nanoseconds()), "median-ns/question")
		b.ReportMetric(float64(per[len(per)*9/10].Nanoseconds()), "p90-ns/question")
		b.ReportMetric(float64(fastest[len(fastest)/2].Nanoseconds()), "median-fastest-ns/question")
	}
}

// BenchmarkLoad measures parsing and indexing the embedded article (the
// target is 1 ms).
func BenchmarkLoad(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(DefaultArticle); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTopics measures one autocomplete keystroke.
func BenchmarkTopics(b *testing.B) {
	base, err := Load(DefaultArticle)
	if err != nil {
		b.Fatal(err)
	}
	frags := []string{"", "e", "em", "emb", "peres", "holoc", "erthq", "tel a"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		base.Topics(frags[i%len(frags)])
		i++
	}
}

// BenchmarkOnThisDay measures the daily post's answer.
func BenchmarkOnThisDay(b *testing.B) {
	base, err := Load(DefaultArticle)
	if err != nil {
		b.Fatal(err)
	}
	day := time.Date(2026, 8, 19, 0, 0, 0, 0, time.UTC)
	for b.Loop() {
		base.OnThisDay(day)
	}
}
