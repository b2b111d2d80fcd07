package facts

import (
	"bytes"
	_ "embed"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// DefaultArticle is the embedded article, "Albania–Israel relations" from
// Wikipedia (CC BY-SA 4.0), so the binary needs no files.
//
//go:embed article.txt
var DefaultArticle []byte

// MaxArticleSize is the largest article accepted, in bytes. Real articles
// are well under a megabyte; the limit turns a wrong file (a disk image, a
// log) into a clear error instead of minutes of indexing.
const MaxArticleSize = 4 << 20

// License names the licence of Wikipedia text, shown wherever answers are.
const License = "CC BY-SA 4.0"

// LicenseURL is the licence's legal code.
const LicenseURL = "https://creativecommons.org/licenses/by-sa/4.0/"

// Section is one heading of an article, with its place in the tree.
type Section struct {
	Title  string   // the heading as written, e.g. "Contemporary Albania"
	Level  int      // 1 for the lead, 2 for ==X==, 3 for ===X===, ...
	Path   []string // titles from the top section down to this one
	URL    string   // Wikipedia address of the section's anchor
	Parent *Section // nil for the lead and top-level sections
}

// BackMatter reports whether the section lists links ("See also",
// "References") rather than facts.
func (s *Section) BackMatter() bool { return isBackMatter(s.Title) }

// PathString joins the section's path with " › ", as citations show it.
func (s *Section) PathString() string { return strings.Join(s.Path, " › ") }

// FactKind says where in the article a fact came from.
type FactKind uint8

// The kinds of fact.
const (
	KindSentence FactKind = iota // a sentence of a paragraph
	KindListItem                 // a "- " list item
	KindInfobox                  // a "- Key: value" line of the infobox
)

// Citation points to the section a fact came from, and names its article:
// a fact base of several articles quotes any of them.
type Citation struct {
	Article string `json:"article"` // the article's title, "Albania–Israel relations"
	Section string `json:"section"` // the section path, "History › Contemporary Albania"
	URL     string `json:"url"`     // the section's address on Wikipedia
}

// Article is a parsed article: its title, its sections and its facts.
type Article struct {
	Title    string
	URL      string     // the page's address: the header's Source, else the English Wikipedia address of the title
	Source   Source     // where the text came from, from the optional header
	Sections []*Section // in document order; Sections[0] is the lead
	Facts    []*Fact    // in document order, repeated statements merged
	Related  []string   // the "See also" entries

	lex  *lexicon // its words, kept from Parse for New
	lead *Fact    // the fact that holds the lead's first sentence, which says what the subject is; nil without one
}

// block is a paragraph, list item or infobox line before sentence splitting.
type block struct {
	text    string
	kind    FactKind
	section *Section
	para    int // paragraph number, so sentences know their neighbours
}

// Parse errors. Each names what is wrong so an operator can fix the file.
var (
	ErrEmpty    = errors.New("article is empty")
	ErrTooLarge = fmt.Errorf("article is larger than %d MiB", MaxArticleSize>>20)
	ErrNoTitle  = errors.New(`article has no title line ("= Title =") before its text`)
	ErrNoText   = errors.New("article has a title but no text")
)

// Parse reads an article in the project's text format: a "= Title =" line,
// an optional "Infobox" block of "- Key: value" lines, lead paragraphs,
// "==Section==" or "== Section ==" headings (deeper levels with more "="),
// "- " list items and a "See also" list. CRLF line ends and a byte order
// mark are accepted; invalid UTF-8 is an error. An optional header before
// the title says where the text came from (see Source).
func Parse(data []byte) (*Article, error) { return parse(data, nil) }

// parse is Parse with a stem cache that other parses share (nil for none:
// the article's lexicon stems each of its words once anyway).
func parse(data []byte, stemc stemCache) (*Article, error) {
	if len(data) > MaxArticleSize {
		return nil, ErrTooLarge
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, ErrEmpty
	}
	if !utf8.Valid(data) {
		line := 1 + bytes.Count(data[:firstInvalid(data)], []byte("\n"))
		return nil, fmt.Errorf("article is not valid UTF-8 (line %d)", line)
	}
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	text = strings.ReplaceAll(text, "\r", "\n")

	a := &Article{}
	var (
		blocks  []block
		cur     *Section
		stack   []*Section // open sections by level
		inInfo  bool
		seeAlso bool
		para    int
		seen    = map[string]bool{} // header keys read
	)
	for lineNo, raw := range strings.Split(text, "\n") {
		line := strings.TrimSpace(raw)
		if line == "" {
			inInfo = false
			para++
			continue
		}
		if level, title, ok := heading(line); ok {
			inInfo = false
			para++
			if level == 1 {
				if a.Title == "" && cur == nil {
					a.Title = title
					a.URL = a.Source.URL
					if a.URL == "" {
						a.URL = wikiURL(title)
					}
					cur = &Section{Title: "Introduction", Level: 1, Path: []string{"Introduction"}, URL: a.URL}
					a.Sections = append(a.Sections, cur)
					continue
				}
				level = 2 // a second "= X =" line is read as a section
			}
			if cur == nil {
				return nil, fmt.Errorf("line %d: %w", lineNo+1, ErrNoTitle)
			}
			for len(stack) > 0 && stack[len(stack)-1].Level >= level {
				stack = stack[:len(stack)-1]
			}
			s := &Section{Title: title, Level: level}
			if len(stack) > 0 {
				s.Parent = stack[len(stack)-1]
				s.Path = append(append([]string{}, s.Parent.Path...), title)
			} else {
				s.Path = []string{title}
			}
			s.URL = a.URL + "#" + wikiAnchor(title)
			stack = append(stack, s)
			a.Sections = append(a.Sections, s)
			cur = s
			seeAlso = isBackMatter(title)
			continue
		}
		if cur == nil {
			if ok, err := a.Source.headerLine(line, seen); ok {
				if err != nil {
					return nil, fmt.Errorf("line %d: %w", lineNo+1, err)
				}
				continue
			}
			return nil, fmt.Errorf("line %d: %w", lineNo+1, ErrNoTitle)
		}
		if line == "Infobox" && cur.Level == 1 {
			inInfo = true
			continue
		}
		if item, ok := strings.CutPrefix(line, "- "); ok || line == "-" {
			item = strings.TrimSpace(item)
			switch {
			case item == "":
			case seeAlso:
				a.Related = append(a.Related, item)
			case inInfo:
				if infoboxFact(item) {
					blocks = append(blocks, block{text: item, kind: KindInfobox, section: cur, para: para})
				}
			default:
				blocks = append(blocks, block{text: item, kind: KindListItem, section: cur, para: para})
			}
			continue
		}
		inInfo = false
		if seeAlso {
			continue
		}
		blocks = append(blocks, block{text: line, kind: KindSentence, section: cur, para: para})
		para++
	}
	if a.Title == "" {
		return nil, ErrNoTitle
	}
	a.lex = newLexicon(len(text), stemc)
	a.Facts, a.lead = buildFacts(blocks, a.lex)
	a.lex.done()
	if len(a.Facts) == 0 {
		return nil, ErrNoText
	}
	for _, f := range a.Facts {
		for i := range f.Citations {
			f.Citations[i].Article = a.Title
		}
	}
	return a, nil
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// heading recognises "= T =", "==T==", "== T ==" and deeper levels. The
// level is the number of "=" on the shorter side, as MediaWiki reads it.
func heading(line string) (level int, title string, ok bool) {
	if len(line) < 3 || line[0] != '=' || line[len(line)-1] != '=' {
		return 0, "", false
	}
	l := 0
	for l < len(line) && line[l] == '=' {
		l++
	}
	r := 0
	for r < len(line)-l && line[len(line)-1-r] == '=' {
		r++
	}
	level = min(l, r)
	title = strings.TrimSpace(line[level : len(line)-level])
	title = strings.Trim(title, "= ")
	if title == "" || level > 6 {
		return 0, "", false
	}
	return level, title, true
}

// isBackMatter reports whether a section lists links rather than facts.
func isBackMatter(title string) bool {
	switch Fold(title) {
	case "see also", "references", "external links", "notes", "further reading", "bibliography", "sources", "citations", "footnotes":
		return true
	}
	return false
}

// infoboxFact reports whether an infobox line states something worth
// answering: "Mission1: Albanian embassy, Tel Aviv" does; "Map: X.svg" and
// "Filetype: svg" describe the page, not the subject.
func infoboxFact(item string) bool {
	key, val, ok := strings.Cut(item, ":")
	if !ok {
		return true
	}
	k := Fold(strings.TrimSpace(key))
	v := Fold(strings.TrimSpace(val))
	for _, skip := range []string{"map", "image", "file", "caption", "logo", "flag", "alt", "size", "width"} {
		if strings.Contains(k, skip) {
			return false
		}
	}
	for _, ext := range []string{".svg", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".tif"} {
		if strings.HasSuffix(v, ext) {
			return false
		}
	}
	return v != ""
}

// wikiURL is the address of an English Wikipedia article.
func wikiURL(title string) string {
	return "https://en.wikipedia.org/wiki/" + wikiEncode(strings.ReplaceAll(title, " ", "_"))
}

// wikiAnchor encodes a heading as Wikipedia links to it: spaces become
// underscores and the rest is percent-encoded as in MediaWiki's
// wfUrlencode, which leaves ;:@$!*(),/~ alone.
func wikiAnchor(title string) string {
	return wikiEncode(strings.ReplaceAll(strings.Join(strings.Fields(title), " "), " ", "_"))
}

func wikiEncode(s string) string {
	const hex = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9',
			strings.IndexByte("-._~;:@$!*(),/_", c) >= 0:
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte(hex[c>>4])
			b.WriteByte(hex[c&15])
		}
	}
	return b.String()
}
