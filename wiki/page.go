package wiki

import (
	"context"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"
	"unicode"

	"factbot/facts"
)

// maxTitleBytes is MediaWiki's limit on a title's length.
const maxTitleBytes = 255

// Page is a page as the Action API returned it.
type Page struct {
	Requested string    // the title asked for
	Title     string    // the title after normalisation and redirects
	PageID    int64     //
	Revision  int64     // the latest revision, which the text is from
	URL       string    // the page's address
	Extract   string    // plain text, with "== Heading ==" lines for sections
	Wikitext  string    // the revision's wikitext, for the infobox; "" when the reply had none
	Fetched   time.Time // when the reply arrived
	// Renamed lists the steps from the requested title to Title:
	// normalisations ("albania-Israel relations" -> "Albania-Israel
	// relations") and redirects (-> "Albania–Israel relations").
	Renamed []string
}

// queryReply is the part of an action=query reply (formatversion=2) used.
type queryReply struct {
	Error *struct {
		Code string `json:"code"`
		Info string `json:"info"`
	} `json:"error"`
	Query *struct {
		Normalized []rename `json:"normalized"`
		Redirects  []rename `json:"redirects"`
		Pages      []struct {
			PageID        int64  `json:"pageid"`
			Title         string `json:"title"`
			Missing       bool   `json:"missing"`
			Invalid       bool   `json:"invalid"`
			InvalidReason string `json:"invalidreason"`
			Extract       string `json:"extract"`
			LastRevID     int64  `json:"lastrevid"`
			FullURL       string `json:"fullurl"`
			Revisions     []struct {
				RevID int64 `json:"revid"`
				Slots struct {
					Main struct {
						Content string `json:"content"`
					} `json:"main"`
				} `json:"slots"`
			} `json:"revisions"`
		} `json:"pages"`
	} `json:"query"`
}

type rename struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// CheckTitle rejects what cannot be a page title before anything is sent:
// an empty title, one over 255 bytes, control characters, or one of
// MediaWiki's forbidden characters # < > [ ] { } | (a "|" would even ask
// for several pages at once).
func CheckTitle(title string) error {
	switch {
	case strings.TrimSpace(title) == "":
		return fmt.Errorf("%w: empty", ErrInvalidTitle)
	case len(title) > maxTitleBytes:
		return fmt.Errorf("%w: longer than %d bytes", ErrInvalidTitle, maxTitleBytes)
	case strings.ContainsFunc(title, unicode.IsControl):
		return fmt.Errorf("%w: contains a control character", ErrInvalidTitle)
	case strings.ContainsAny(title, "#<>[]{}|"):
		return fmt.Errorf("%w: contains one of # < > [ ] { } |", ErrInvalidTitle)
	}
	return nil
}

// Page fetches a page's plain text, latest revision, address and wikitext
// in one request, following normalisation and redirects. Errors name the
// title; a page that does not exist is ErrMissing, a title MediaWiki
// refuses is ErrInvalidTitle, and an extract over the article size limit
// is ErrTooLarge.
func (c *Client) Page(ctx context.Context, title string) (*Page, error) {
	p, err := c.page(ctx, strings.TrimSpace(title))
	if err != nil {
		return nil, fmt.Errorf("wikipedia page %q: %w", title, err)
	}
	return p, nil
}

func (c *Client) page(ctx context.Context, title string) (*Page, error) {
	if err := CheckTitle(title); err != nil {
		return nil, err
	}
	q := url.Values{
		"action":          {"query"},
		"format":          {"json"},
		"formatversion":   {"2"},
		"prop":            {"extracts|info|revisions"},
		"explaintext":     {"1"},
		"exsectionformat": {"wiki"},
		"inprop":          {"url"},
		"rvprop":          {"ids|content"},
		"rvslots":         {"main"},
		"redirects":       {"1"},
		"maxlag":          {maxlag},
		"titles":          {title},
	}
	u := c.opts.APIURL + "?" + q.Encode()
	var r queryReply
	_, err := c.get(ctx, u, func(rep reply) error {
		r = queryReply{}
		jsonErr := decode(rep.body, &r)
		if jsonErr == nil && r.Error != nil && r.Error.Code == "maxlag" {
			wait := c.retryAfter(rep.header)
			if wait == 0 {
				wait = defaultMaxlagWait
			}
			return &retryable{err: &APIError{Code: r.Error.Code, Info: r.Error.Info}, wait: wait}
		}
		if err := c.transient(rep); err != nil {
			return err
		}
		if rep.status != http.StatusOK {
			return &StatusError{rep.status}
		}
		return jsonErr
	})
	if err != nil {
		return nil, err
	}
	if r.Error != nil {
		return nil, &APIError{Code: r.Error.Code, Info: r.Error.Info}
	}
	if r.Query == nil || len(r.Query.Pages) != 1 {
		return nil, fmt.Errorf("%w: want one page in the reply", ErrMalformed)
	}
	pg := r.Query.Pages[0]
	switch {
	case pg.Invalid:
		return nil, fmt.Errorf("%w: %s", ErrInvalidTitle, pg.InvalidReason)
	case pg.Missing:
		return nil, ErrMissing
	case len(pg.Extract) > facts.MaxArticleSize:
		return nil, fmt.Errorf("text %w", ErrTooLarge)
	case pg.Title == "" || pg.LastRevID <= 0:
		return nil, fmt.Errorf("%w: the page has no title or revision", ErrMalformed)
	}
	p := &Page{Requested: title, Title: pg.Title, PageID: pg.PageID, Revision: pg.LastRevID, URL: pg.FullURL,
		Extract: pg.Extract, Fetched: c.now().UTC()}
	if u, err := url.Parse(p.URL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("%w: page address %q", ErrMalformed, facts.Truncate(p.URL, 80))
	}
	if len(pg.Revisions) > 0 && pg.Revisions[0].RevID == pg.LastRevID {
		p.Wikitext = pg.Revisions[0].Slots.Main.Content
	}
	for _, n := range append(r.Query.Normalized, r.Query.Redirects...) {
		p.Renamed = append(p.Renamed, n.From+" → "+n.To)
	}
	return p, nil
}

// Article renders the page in the article text format that facts.Parse
// reads: the source header (address, revision, time, licence), the title,
// the infobox when the wikitext has one, and the text with its section
// headings. "See also" and similar sections become lists, as in the
// format. It fails, naming the page, when the result would not parse,
// for example a page without text.
func (p *Page) Article() ([]byte, error) {
	var b strings.Builder
	src := facts.Source{URL: p.URL, Revision: p.Revision, Fetched: p.Fetched, License: facts.License}
	b.WriteString(src.Header())
	b.WriteString("= " + oneLine(p.Title) + " =\n\n")
	if lines := Infobox(p.Wikitext); len(lines) > 0 {
		b.WriteString("Infobox\n")
		for _, l := range lines {
			b.WriteString("- " + l + "\n")
		}
		b.WriteString("\n")
	}
	b.WriteString(body(p.Extract))
	data := []byte(b.String())
	if _, err := facts.Parse(data); err != nil {
		return nil, fmt.Errorf("wikipedia page %q gives no article: %w", p.Title, err)
	}
	return data, nil
}

// body tidies an extract into the format's body: line ends normalised,
// trailing spaces and runs of blank lines removed, lines of back-matter
// sections ("See also") written as list items, and lines that the format
// would misread (a lone "Infobox" in the lead) kept as text.
func body(extract string) string {
	extract = strings.ReplaceAll(strings.ReplaceAll(extract, "\r\n", "\n"), "\r", "\n")
	var b strings.Builder
	blank, backMatter, lead := false, false, true
	for _, raw := range strings.Split(extract, "\n") {
		line := strings.TrimRightFunc(raw, unicode.IsSpace)
		if strings.TrimSpace(line) == "" {
			blank = b.Len() > 0
			continue
		}
		if blank {
			b.WriteByte('\n')
			blank = false
		}
		t := strings.TrimSpace(line)
		if title, ok := headingTitle(t); ok {
			backMatter, lead = facts.IsBackMatter(title), false
			b.WriteString(t + "\n")
			continue
		}
		switch {
		case backMatter && !strings.HasPrefix(t, "- "):
			line = "- " + t
		case lead && t == "Infobox":
			line = t + "."
		}
		b.WriteString(line + "\n")
	}
	return b.String()
}

// headingTitle recognises the "== Heading ==" lines of an extract.
func headingTitle(line string) (string, bool) {
	if len(line) < 5 || !strings.HasPrefix(line, "==") || !strings.HasSuffix(line, "==") {
		return "", false
	}
	t := strings.Trim(line, "= ")
	return t, t != ""
}

// oneLine keeps a title on its line.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
