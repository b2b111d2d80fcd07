// Command blevebench is the reference that factbot's batch mode is timed
// against: an in-memory bleve index (scorch, the English analyzer, BM25)
// over an article's sentences, answering questions read one a line from
// standard input with one JSON line each, {"query","found","answer"}, the
// best sentence, as `factbot ask --json -` does.
//
//	blevebench [--article FILE] [--scoring bm25|tf-idf] [--index scorch|upside_down] <questions >answers
//
// It is a benchmark reference only, in its own module so that factbot
// never depends on bleve: the sentences come from a plain split on
// sentence ends, since what is timed is indexing and answering, not the
// quality of the split. Sentences with equal scores come in no fixed
// order from run to run. scripts/batch-bench.sh builds and times it.
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis/lang/en"
	"github.com/blevesearch/bleve/v2/index/scorch"
	"github.com/blevesearch/bleve/v2/index/upsidedown"
	bleveindex "github.com/blevesearch/bleve_index_api"
)

func main() {
	if err := run(os.Args[1:], os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "blevebench:", err)
		os.Exit(1)
	}
}

func run(args []string, stdin io.Reader, stdout io.Writer) error {
	fs := flag.NewFlagSet("blevebench", flag.ContinueOnError)
	article := fs.String("article", "facts/article.txt", "article in factbot's text format")
	scoring := fs.String("scoring", bleveindex.BM25Scoring, "scoring model: bm25 or tf-idf")
	kind := fs.String("index", scorch.Name, "index type: "+scorch.Name+" (in memory without a path) or "+upsidedown.Name+" (bleve.NewMemOnly)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	text, err := os.ReadFile(*article)
	if err != nil {
		return err
	}
	sentences := Sentences(string(text))
	idx, err := newIndex(*kind, *scoring)
	if err != nil {
		return err
	}
	defer idx.Close()
	batch := idx.NewBatch()
	for i, s := range sentences {
		if err := batch.Index(strconv.Itoa(i), map[string]string{"text": s}); err != nil {
			return err
		}
	}
	if err := idx.Batch(batch); err != nil {
		return err
	}

	w := bufio.NewWriter(stdout)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	sc := bufio.NewScanner(stdin)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for sc.Scan() {
		q := strings.TrimSpace(sc.Text())
		out := answer{Query: q}
		if q != "" {
			mq := bleve.NewMatchQuery(q)
			mq.SetField("text")
			req := bleve.NewSearchRequestOptions(mq, 1, 0, false)
			res, err := idx.Search(req)
			if err != nil {
				return err
			}
			if len(res.Hits) > 0 {
				i, err := strconv.Atoi(res.Hits[0].ID)
				if err != nil {
					return err
				}
				out.Found, out.Answer = true, sentences[i]
			}
		}
		if err := enc.Encode(out); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return w.Flush()
}

// answer is one line of output, the fields factbot's JSON has in common.
type answer struct {
	Query  string `json:"query"`
	Found  bool   `json:"found"`
	Answer string `json:"answer"`
}

// newIndex makes an in-memory index whose one field, text, is analysed
// as English.
func newIndex(kind, scoring string) (bleve.Index, error) {
	// Only what answering needs: the sentence is looked up by its ID, so
	// the field is neither stored nor given term vectors.
	text := bleve.NewTextFieldMapping()
	text.Analyzer = en.AnalyzerName
	text.Store = false
	text.IncludeTermVectors = false
	text.IncludeInAll = false
	doc := bleve.NewDocumentStaticMapping()
	doc.AddFieldMappingsAt("text", text)
	m := bleve.NewIndexMapping()
	m.DefaultMapping = doc
	m.DefaultAnalyzer = en.AnalyzerName
	m.ScoringModel = scoring
	switch kind {
	case scorch.Name:
		// An empty path keeps scorch's segments in memory.
		return bleve.NewUsing("", m, scorch.Name, scorch.Name, nil)
	case upsidedown.Name:
		return bleve.NewMemOnly(m)
	}
	return nil, fmt.Errorf("unknown index type %q (%s or %s)", kind, scorch.Name, upsidedown.Name)
}

// Sentences splits an article in factbot's text format into sentences:
// headings ("= Title =", "== Section ==") and the "Infobox" label are
// dropped, a list item ("- ...") is one sentence, and a paragraph is cut
// after ".", "?" or "!" (and any closing quote or bracket) followed by a
// space and a capital letter or a digit (after any opening quote).
func Sentences(article string) []string {
	var out []string
	for _, line := range strings.Split(article, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case line == "", line == "Infobox", strings.HasPrefix(line, "="):
			continue
		case strings.HasPrefix(line, "- "):
			out = append(out, strings.TrimSpace(line[2:]))
			continue
		}
		start := 0
		for i := 0; i < len(line); i++ {
			if c := line[i]; c != '.' && c != '?' && c != '!' {
				continue
			}
			end := i + 1
			for end < len(line) && strings.ContainsRune(`"')`, rune(line[end])) {
				end++
			}
			if strings.HasPrefix(line[end:], "”") {
				end += len("”")
			}
			if end+1 >= len(line) || line[end] != ' ' {
				continue
			}
			next := strings.TrimLeft(line[end+1:], `"'(“`)
			if r, _ := utf8.DecodeRuneInString(next); !unicode.IsUpper(r) && !unicode.IsDigit(r) {
				continue
			}
			out = append(out, line[start:end])
			start = end + 1
			i = end
		}
		if start < len(line) {
			out = append(out, line[start:])
		}
	}
	return out
}
