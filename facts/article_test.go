package facts

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want error // nil: parses
		msg  string
	}{
		{"empty", "", ErrEmpty, ""},
		{"blank", " \n\n\t\n", ErrEmpty, ""},
		{"bom only", "\xef\xbb\xbf", ErrEmpty, ""},
		{"no title", "Just a sentence. Another one.\n", ErrNoTitle, ""},
		{"title only", "= T =\n", ErrNoText, ""},
		{"invalid utf8", "= T =\n\nBad \xff byte here.\n", nil, "not valid UTF-8 (line 3)"},
		{"heading before title", "== S ==\nText.\n", ErrNoTitle, ""},
		{"crlf", "= T =\r\n\r\nA sentence here. Another one.\r\n", nil, ""},
		{"bom", "\xef\xbb\xbf= T =\n\nA sentence here.\n", nil, ""},
		{"lone cr", "= T =\r\rA sentence here.\r", nil, ""},
		{"no sections", "= T =\n\nOnly a lead. Two sentences.\n", nil, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse([]byte(tt.in))
			switch {
			case tt.msg != "":
				if err == nil || !strings.Contains(err.Error(), tt.msg) {
					t.Fatalf("Parse(%q) error = %v; want %q", tt.in, err, tt.msg)
				}
			case tt.want != nil:
				if !errors.Is(err, tt.want) {
					t.Fatalf("Parse(%q) error = %v; want %v", tt.in, err, tt.want)
				}
			default:
				if err != nil {
					t.Fatalf("Parse(%q) = %v", tt.in, err)
				}
				if a.Title != "T" {
					t.Errorf("title = %q; want T", a.Title)
				}
				for _, f := range a.Facts {
					if strings.ContainsAny(f.Text, "\r\n") {
						t.Errorf("fact %q keeps a line end", f.Text)
					}
				}
			}
		})
	}
}

func TestParseTooLarge(t *testing.T) {
	big := bytes.Repeat([]byte("Word word word. "), MaxArticleSize/16+1)
	if _, err := Parse(append([]byte("= T =\n"), big...)); !errors.Is(err, ErrTooLarge) {
		t.Fatalf("Parse(%d bytes) error = %v; want ErrTooLarge", len(big), err)
	}
	// Just under the limit parses, in one line or many.
	ok := append([]byte("= T =\n\n"), bytes.Repeat([]byte("Word word word. "), (MaxArticleSize-64)/16)...)
	if _, err := Parse(ok); err != nil {
		t.Fatalf("Parse(%d bytes) = %v", len(ok), err)
	}
}

func TestHeadings(t *testing.T) {
	in := "= Foo–Bar relations =\n\nLead text here.\n\n==History==\nOne.\n=== Early days ===\nTwo.\n====Deep (1946–1992)====\nThree.\n== Other ==\nFour.\n"
	a, err := Parse([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ path, url string }{
		{"Introduction", "https://en.wikipedia.org/wiki/Foo%E2%80%93Bar_relations"},
		{"History", "https://en.wikipedia.org/wiki/Foo%E2%80%93Bar_relations#History"},
		{"History › Early days", "https://en.wikipedia.org/wiki/Foo%E2%80%93Bar_relations#Early_days"},
		{"History › Early days › Deep (1946–1992)", "https://en.wikipedia.org/wiki/Foo%E2%80%93Bar_relations#Deep_(1946%E2%80%931992)"},
		{"Other", "https://en.wikipedia.org/wiki/Foo%E2%80%93Bar_relations#Other"},
	}
	if len(a.Sections) != len(want) {
		t.Fatalf("got %d sections; want %d", len(a.Sections), len(want))
	}
	for i, w := range want {
		if got := a.Sections[i].PathString(); got != w.path {
			t.Errorf("section %d path = %q; want %q", i, got, w.path)
		}
		if got := a.Sections[i].URL; got != w.url {
			t.Errorf("section %d url = %q; want %q", i, got, w.url)
		}
	}
}

func TestSplitSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"One. Two.", []string{"One.", "Two."}},
		{`He said: "We stand. We go." Then left.`, []string{`He said: "We stand. We go."`, "Then left."}},
		{`“A. B.” Next one.`, []string{`“A. B.”`, "Next one."}},
		{`He said: "both states.... The solution is near." Done.`, []string{`He said: "both states.... The solution is near."`, "Done."}},
		{"J. R. R. Tolkien wrote it. Then more.", []string{"J. R. R. Tolkien wrote it.", "Then more."}},
		{"Dr. Smith came. Mr. Jones left.", []string{"Dr. Smith came.", "Mr. Jones left."}},
		{"It grew by 3.5 percent. Then fell.", []string{"It grew by 3.5 percent.", "Then fell."}},
		{"Wait... what? Yes!", []string{"Wait... what?", "Yes!"}},
		{`Unbalanced "quote. Next sentence.`, []string{`Unbalanced "quote.`, "Next sentence."}},
		{"In 1999 (the war). Next.", []string{"In 1999 (the war).", "Next."}},
		{"lower. case start", []string{"lower. case start"}},
	}
	for _, tt := range tests {
		got := splitSentences(tt.in)
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("splitSentences(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// TestArticleGolden pins the parse of the embedded article: every fact, its
// citations, dates, numbers and names. Run with -update after a deliberate
// change and read the diff.
func TestArticleGolden(t *testing.T) {
	a, err := Parse(DefaultArticle)
	if err != nil {
		t.Fatal(err)
	}
	type golden struct {
		Text      string
		Kind      FactKind
		Citations []Citation
		Dates     []Date   `json:",omitempty"`
		Numbers   []string `json:",omitempty"`
		Names     []Name   `json:",omitempty"`
	}
	var out []golden
	for _, f := range a.Facts {
		out = append(out, golden{f.Text, f.Kind, f.Citations, f.Dates, f.Numbers, f.Names})
	}
	got, err := json.MarshalIndent(out, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	const path = "testdata/article.golden.json"
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./facts -run Golden -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("parse of the article differs from %s; run with -update and review the diff", path)
	}
}

// TestArticleFacts checks properties the golden file cannot show at a glance.
func TestArticleFacts(t *testing.T) {
	a, err := Parse(DefaultArticle)
	if err != nil {
		t.Fatal(err)
	}
	text := string(DefaultArticle)
	for _, f := range a.Facts {
		if !strings.Contains(text, f.Text) {
			t.Errorf("fact %q does not occur verbatim in the article", f.Text)
		}
		if len(f.Citations) == 0 {
			t.Errorf("fact %q has no citation", f.Text)
		}
	}
	find := func(sub string) *Fact {
		for _, f := range a.Facts {
			if strings.Contains(f.Text, sub) {
				return f
			}
		}
		t.Fatalf("no fact contains %q", sub)
		return nil
	}
	// The lead restates the body: one fact citing both places.
	f := find("has recognized Israel as a state since April 19, 1949")
	if len(f.Citations) != 2 || f.Citations[0].Section != "History › Communist Albania (1946–1992)" || f.Citations[1].Section != "Introduction" {
		t.Errorf("recognition fact citations = %v; want the body section, then the lead", f.Citations)
	}
	if n := strings.Count(strings.Join(factTexts(a), "\n"), "April 19, 1949"); n != 1 {
		t.Errorf("April 19, 1949 appears in %d facts; want 1", n)
	}
	if d := f.Dates; len(d) != 1 || d[0] != (Date{Year: 1949, Month: 4, Day: 19, Text: "April 19, 1949"}) {
		t.Errorf("recognition dates = %v", d)
	}
	f = find("On 26 November 2019")
	if got := strings.Join(f.Numbers, " "); got != "51 3,000 11,000" {
		t.Errorf("earthquake numbers = %q; want 51 3,000 11,000", got)
	}
	// A year's digits before a unit count it: a quantity, not a date.
	b, err := Parse([]byte("= T =\n\nThe route is at most 2000 kilometres long. In 1990 the wall was 1500 metres high. It lasted 2000 years.\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range b.Facts {
		var years []int
		for _, d := range g.Dates {
			years = append(years, d.Year)
		}
		if want := map[bool][]int{true: {1990}, false: nil}[strings.HasPrefix(g.Text, "In 1990")]; !slices.Equal(years, want) {
			t.Errorf("%q: dates %v; want %v", g.Text, years, want)
		}
	}
	f = find("During the Cold War")
	if len(f.Dates) != 1 || f.Dates[0].Year != 1947 || f.Dates[0].EndYear != 1991 {
		t.Errorf("Cold War range = %v; want 1947–1991", f.Dates)
	}
	f = find("Socialist Party MP")
	if !hasName(f, "Taulant Balla", NamePerson) || !hasName(f, "Parliament of Albania", NameOrg) {
		t.Errorf("names = %v; want Taulant Balla (person) and Parliament of Albania (org)", f.Names)
	}
	// Infobox and list lines are facts too; image lines are not.
	find("Mission1: Albanian embassy, Tel Aviv")
	for _, f := range a.Facts {
		if strings.Contains(f.Text, ".svg") || strings.HasPrefix(f.Text, "Filetype") {
			t.Errorf("infobox image line %q became a fact", f.Text)
		}
	}
	if len(a.Related) != 6 {
		t.Errorf("see also = %v; want 6 entries", a.Related)
	}
}

func factTexts(a *Article) []string {
	var out []string
	for _, f := range a.Facts {
		out = append(out, f.Text)
	}
	return out
}

func hasName(f *Fact, text string, kind NameKind) bool {
	for _, n := range f.Names {
		if n.Text == text && n.Kind == kind {
			return true
		}
	}
	return false
}

// FuzzParse checks that any input parses or fails cleanly, and that every
// fact of a parse occurs verbatim in the (line-end normalised) input.
func FuzzParse(f *testing.F) {
	f.Add(DefaultArticle)
	f.Add([]byte("= T =\n\nInfobox\n- Key: value\n\nLead. \"Quote. Inside.\" After.\n==S==\n- item\n"))
	f.Add([]byte("= T =\r\n== A ==\r\n“Open. Never closed\r\n"))
	f.Add([]byte("Source: https://en.wikipedia.org/wiki/T\nRevision: 5\nFetched: 2026-05-14T09:00:00Z\nLicense: CC BY-SA 4.0\n\n= T =\n\nText here.\n"))
	f.Add([]byte("= T =\n\nAt 11:40 pm, 12:45 a.m. and 9:05 am; 3:16pm. 1:2 am 99:99 pm 7:\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := Parse(data)
		if err != nil {
			return
		}
		norm := strings.ReplaceAll(strings.ReplaceAll(string(bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))), "\r\n", "\n"), "\r", "\n")
		for _, fact := range a.Facts {
			if fact.Text == "" || !strings.Contains(norm, fact.Text) {
				t.Fatalf("fact %q is not in the input", fact.Text)
			}
		}
		b := New(a)
		if ans := b.Ask(a.Facts[0].Text); ans.Found {
			checkQuoted(t, a.Facts[0].Text, ans)
		}
		b.Topic(a.Title)
		b.Topics("a")
	})
}

// TestListItems checks list items: dated ones are events, and a short item
// that names a thing is not merged into a sentence that mentions it.
func TestListItems(t *testing.T) {
	in := "= Foo River =\n\nThe Foo River is a river in Barland.\n\n== Timeline ==\n- 1850: The first bridge was built at Millby.\n- 12 May 1902: A flood destroyed the Millby bridge.\n\n== Bridges ==\n- Millby Bridge\n- Portfoo Viaduct\n"
	b, err := Load([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	day := b.OnThisDay(time.Date(2026, 5, 12, 0, 0, 0, 0, time.UTC))
	if day.Kind != DayExact || len(day.Citations) != 1 || day.Citations[0].Section != "Timeline" {
		t.Errorf("12 May: %s %q cited %v; want the timeline item alone", day.Kind, day.Text, day.Citations)
	}
	if a := b.Topic("bridges"); !strings.Contains(a.Text, "Millby Bridge") || !strings.Contains(a.Text, "Portfoo Viaduct") {
		t.Errorf("Topic(bridges) = %q; want both list items", a.Text)
	}
}

// TestSourceHeader reads the optional header before the title: where the
// text came from, which citations and the revision link are built on.
func TestSourceHeader(t *testing.T) {
	const body = "= Foo–Bar relations =\n\nLead text here.\n\n== History (old) ==\nOne fact.\n"
	fetched := time.Date(2026, 5, 14, 9, 0, 0, 0, time.UTC)
	tests := []struct {
		name     string
		header   string
		want     Source
		url      string // the article's address
		revision string // RevisionURL
		err      string // a substring of the error; "" parses
	}{
		{name: "none", url: "https://en.wikipedia.org/wiki/Foo%E2%80%93Bar_relations"},
		{
			name:     "full",
			header:   "Source: https://de.wikipedia.org/wiki/Foo%E2%80%93Bar\nRevision: 1290004052\nFetched: 2026-05-14T11:00:00+02:00\nLicense: CC BY-SA 4.0\n\n",
			want:     Source{URL: "https://de.wikipedia.org/wiki/Foo%E2%80%93Bar", Revision: 1290004052, Fetched: fetched, License: "CC BY-SA 4.0"},
			url:      "https://de.wikipedia.org/wiki/Foo%E2%80%93Bar",
			revision: "https://de.wikipedia.org/w/index.php?title=Foo%E2%80%93Bar&oldid=1290004052",
		},
		{
			name:     "revision only, keys in any case",
			header:   "revision: 7\n",
			want:     Source{Revision: 7},
			url:      "https://en.wikipedia.org/wiki/Foo%E2%80%93Bar_relations",
			revision: "https://en.wikipedia.org/w/index.php?title=Foo%E2%80%93Bar_relations&oldid=7",
		},
		{
			name:     "address outside /wiki/",
			header:   "Source: https://wiki.example.org/index.php?title=Foo\nRevision: 3\n",
			want:     Source{URL: "https://wiki.example.org/index.php?title=Foo", Revision: 3},
			url:      "https://wiki.example.org/index.php?title=Foo",
			revision: "https://wiki.example.org/w/index.php?title=Foo%E2%80%93Bar_relations&oldid=3",
		},
		{name: "unknown key", header: "Revison: 7\n", err: `line 1: bad source header: unknown key "Revison"`},
		{name: "twice", header: "Revision: 7\nRevision: 8\n", err: "line 2: bad source header: Revision given twice"},
		{name: "bad revision", header: "Revision: latest\n", err: `Revision "latest" is not a revision number`},
		{name: "zero revision", header: "Revision: 0\n", err: "is not a revision number"},
		{name: "bad time", header: "Fetched: yesterday\n", err: `Fetched "yesterday" is not a time`},
		{name: "not a web address", header: "Source: javascript:alert(1)\n", err: "is not an http(s) address"},
		{name: "credentials", header: "Source: https://user:pw@example.org/wiki/X\n", err: "is not an http(s) address"},
		{name: "empty value", header: "License:\n", err: "License is empty"},
		{name: "too long", header: "License: " + strings.Repeat("x", maxHeaderValue+1) + "\n", err: "longer than"},
		{name: "text before the title", header: "Some words before the title.\n", err: "line 1: " + ErrNoTitle.Error()},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := Parse([]byte(tt.header + body))
			if tt.err != "" {
				if err == nil || !strings.Contains(err.Error(), tt.err) {
					t.Fatalf("Parse = %v; want an error with %q", err, tt.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if a.Source != tt.want {
				t.Errorf("Source = %+v; want %+v", a.Source, tt.want)
			}
			if a.URL != tt.url {
				t.Errorf("URL = %q; want %q", a.URL, tt.url)
			}
			if got := a.RevisionURL(); got != tt.revision {
				t.Errorf("RevisionURL() = %q; want %q", got, tt.revision)
			}
			// Sections link the page the text came from.
			if s := a.Sections[1]; s.URL != tt.url+"#History_(old)" {
				t.Errorf("section URL = %q; want it on %q", s.URL, tt.url)
			}
			if len(a.Facts) != 2 || a.Facts[1].Citations[0].URL != tt.url+"#History_(old)" {
				t.Errorf("facts = %q; want the lead and one cited fact", factTexts(a))
			}
		})
	}
}

// TestSourceHeaderRoundTrip checks that Header writes what Parse reads, and
// that a file without a header parses exactly as it did before headers.
func TestSourceHeaderRoundTrip(t *testing.T) {
	src := Source{URL: "https://en.wikipedia.org/wiki/Albania%E2%80%93Israel_relations", Revision: 1290004052,
		Fetched: time.Date(2026, 5, 14, 9, 0, 0, 0, time.UTC), License: License}
	a, err := Parse(append([]byte(src.Header()), DefaultArticle...))
	if err != nil {
		t.Fatal(err)
	}
	if a.Source != src {
		t.Errorf("Source = %+v; want %+v", a.Source, src)
	}
	plain, err := Parse(DefaultArticle)
	if err != nil {
		t.Fatal(err)
	}
	if plain.Source != (Source{}) {
		t.Errorf("an article without a header has Source %+v", plain.Source)
	}
	if strings.Join(factTexts(a), "\n") != strings.Join(factTexts(plain), "\n") || a.URL != plain.URL {
		t.Error("the header changed the facts or the address of the same article")
	}
	if (Source{}).Header() != "" {
		t.Errorf("empty Source writes %q; want nothing", (Source{}).Header())
	}
}

// TestInitials checks that initials written with full stops are one name,
// stops and all, not a lone letter ("U" of "U.S.").
func TestInitials(t *testing.T) {
	a, err := Parse([]byte("= T =\n\nIt caused the most damage of any earthquake in U.S. history. The U.K. and Spain agreed.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if f := a.Facts[0]; !hasName(f, "U.S.", NameOther) && !hasName(f, "U.S.", NamePlace) {
		t.Errorf("names of %q = %v; want U.S.", f.Text, f.Names)
	}
	for _, f := range a.Facts {
		for _, n := range f.Names {
			if len(n.Text) == 1 {
				t.Errorf("a lone letter %q named in %q", n.Text, f.Text)
			}
		}
	}
}

// TestEarlyYears checks that a number of two or three digits is a year
// where English makes it one (after "in" and before no word it counts, or
// beside AD), and a number elsewhere.
func TestEarlyYears(t *testing.T) {
	for _, tt := range []struct {
		sentence       string
		dates, numbers string
	}{
		{"The duchy began in 911 as a fiefdom.", "911", ""},
		{"The western empire fell in 476, and the east lived on.", "476", ""},
		{"By 950 the town had a wall.", "950", ""},
		{"Kyoto became the capital in 794.", "794", ""},
		{"The city was founded in 330 by Constantine.", "330", ""},
		{"Vesuvius buried Pompeii in AD 79 and Herculaneum too.", "79", ""},
		{"Plague reached the port in 541 AD.", "541", ""},
		{"The survey counted cattle in 300 villages.", "", "300"},
		{"The walls were built in 800 BC by the first kings.", "", "800"},
		{"About 500 people live in 120 houses.", "", "500 120"},
		{"It rose to 250 metres in 1066.", "1066", "250"},
	} {
		a, err := Parse([]byte("= Test =\n\n" + tt.sentence + "\n"))
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Facts) != 1 {
			t.Fatalf("%q: %d facts", tt.sentence, len(a.Facts))
		}
		f := a.Facts[0]
		var dates []string
		for _, d := range f.Dates {
			dates = append(dates, strconv.Itoa(d.Year))
		}
		if got := strings.Join(dates, " "); got != tt.dates {
			t.Errorf("%q: dates %q; want %q", tt.sentence, got, tt.dates)
		}
		if got := strings.Join(f.Numbers, " "); got != tt.numbers {
			t.Errorf("%q: numbers %q; want %q", tt.sentence, got, tt.numbers)
		}
	}
}

// TestYearsBC checks that a year before Christ answers "when" as an item
// of the date kind, though no date's year holds it, and stays a number.
func TestYearsBC(t *testing.T) {
	b, err := Load([]byte("= Test =\n\nGreek settlers founded Byzantium in 657 BC on the Bosphorus.\n"))
	if err != nil {
		t.Fatal(err)
	}
	f := b.facts[0]
	if len(f.Dates) != 0 || strings.Join(f.Numbers, " ") != "657" {
		t.Errorf("dates %v, numbers %q; want none and 657", f.Dates, f.Numbers)
	}
	var dates []string
	for _, it := range b.items[0] {
		if it.kind == itemDate {
			dates = append(dates, f.Text[it.start:it.end])
		}
	}
	if strings.Join(dates, "|") != "657 BC" {
		t.Errorf("date items %q; want 657 BC", dates)
	}
}
