package wiki

import (
	"testing"
	"time"

	"factbot/facts"
	"factbot/internal/fakewiki"
)

// BenchmarkArticle measures turning a fetched page into the text format
// (infobox included) and indexing it: the work of a refresh besides the
// request itself.
func BenchmarkArticle(b *testing.B) {
	fp := fakewiki.AlbaniaIsraelRelations()
	p := &Page{Title: fp.Title, Revision: fp.Revision, URL: "https://en.wikipedia.org/wiki/Albania%E2%80%93Israel_relations",
		Extract: fp.Extract, Wikitext: fp.Wikitext, Fetched: time.Date(2026, 5, 14, 9, 0, 0, 0, time.UTC)}
	b.ReportAllocs()
	for b.Loop() {
		data, err := p.Article()
		if err != nil {
			b.Fatal(err)
		}
		if _, err := facts.Load(data); err != nil {
			b.Fatal(err)
		}
	}
}
