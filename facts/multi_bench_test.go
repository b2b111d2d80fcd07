package facts

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// Several articles at scale (issue 10): the embedded article and 50 copies
// of the Normans article of ../shared (25 KB each) under other titles, one
// fact base of 51 articles. The targets: loading and indexing ≤ 100 ms, a
// question's median ≤ 20 µs, an autocomplete keystroke ≤ 100 µs.
//
//	go test ./facts -run XXX -bench ShelfIndexing -benchtime 10x -benchmem   loading and indexing
//	go test ./facts -run XXX -bench ShelfQuestions -benchtime 20000x         questions
//	go test ./facts -run XXX -bench ShelfKeystrokes                          autocomplete
//
// (Named so that the one-article benchmarks' -bench Ask, Load and Topics
// leave them out.)

// manyCopies is how many copies of the Normans article the benchmarks load.
const manyCopies = 50

// manyTexts returns the texts of the 51 articles.
func manyTexts(tb testing.TB) [][]byte {
	tb.Helper()
	data, err := os.ReadFile(sharedDir + "/qa/squad/normans.txt")
	if err != nil {
		tb.Skip("../shared is not beside the repository")
	}
	texts := [][]byte{DefaultArticle}
	for i := 1; i <= manyCopies; i++ {
		title := fmt.Sprintf("= Normans (copy %d) =", i)
		texts = append(texts, []byte(strings.Replace(string(data), "= Normans =", title, 1)))
	}
	return texts
}

// loadMany parses texts, on every processor as factbot's loader does, and
// indexes them as one base.
func loadMany(tb testing.TB, texts [][]byte) *Base {
	arts, errs := ParseAll(texts)
	for _, err := range errs {
		if err != nil {
			tb.Fatal(err)
		}
	}
	return New(arts...)
}

// BenchmarkShelfIndexing measures parsing (ParseAll) and indexing (New) the 51
// articles.
func BenchmarkShelfIndexing(b *testing.B) {
	texts := manyTexts(b)
	size := 0
	for _, t := range texts {
		size += len(t)
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	for b.Loop() {
		loadMany(b, texts)
	}
}

// BenchmarkShelfQuestions reports the median and 90th percentile time of a
// question asked of the 51 articles, over the development set (questions
// on the embedded article, the other 50 articles competing) and over the
// Normans set (whose article is there 50 times over), each question timed
// on its own, as Ask and Topic answer it.
func BenchmarkShelfQuestions(b *testing.B) {
	base := loadMany(b, manyTexts(b))
	for _, set := range []struct{ name, path string }{
		{"dev", sharedDir + "/qa/dev.jsonl"},
		{"normans", sharedDir + "/qa/squad/normans.jsonl"},
	} {
		qs := readQA(b, set.path)
		b.Run(set.name, func(b *testing.B) {
			for _, q := range qs {
				answerQA(base, q) // warm the typo index, as a running bot has
			}
			per := make([]time.Duration, len(qs))
			n := 0
			for i := 0; b.Loop(); i++ {
				q := i % len(qs)
				start := time.Now()
				answerQA(base, qs[q])
				per[q] += time.Since(start)
				n++
			}
			if n >= len(qs) {
				slices.Sort(per)
				rounds := time.Duration(n / len(qs))
				b.ReportMetric(float64((per[len(per)/2] / rounds).Nanoseconds()), "median-ns/question")
				b.ReportMetric(float64((per[len(per)*9/10] / rounds).Nanoseconds()), "p90-ns/question")
			}
		})
	}
}

// BenchmarkShelfKeystrokes measures one autocomplete keystroke over the 51
// articles: the fragments a member types on the way to a topic.
func BenchmarkShelfKeystrokes(b *testing.B) {
	base := loadMany(b, manyTexts(b))
	frags := []string{"", "e", "em", "emb", "peres", "holoc", "erthq", "tel a", "n", "no", "norm", "william", "conq", "sicil"}
	per := make([]time.Duration, len(frags))
	n := 0
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		f := i % len(frags)
		start := time.Now()
		base.Topics(frags[f])
		per[f] += time.Since(start)
		n++
	}
	if n >= len(frags) {
		slices.Sort(per)
		rounds := time.Duration(n / len(frags))
		b.ReportMetric(float64((per[len(per)-1] / rounds).Nanoseconds()), "max-ns/keystroke")
	}
}
