package facts

import (
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Source says where an article's text came from. It is read from the
// optional header of the text format: "Key: value" lines before the
// "= Title =" line, written by `factbot fetch`:
//
//	Source: https://en.wikipedia.org/wiki/Albania%E2%80%93Israel_relations
//	Revision: 1290004052
//	Fetched: 2026-05-14T09:00:00Z
//	License: CC BY-SA 4.0
//
// Every line is optional. Source sets the address that citations link;
// Revision pins the exact text, so a quoted sentence can still be found
// after the article changes.
type Source struct {
	URL      string    // the page's address; "" when the header has none
	Revision int64     // the revision the text is from; 0 when unknown
	Fetched  time.Time // when the text was fetched; zero when unknown
	License  string    // the text's licence as the header names it; "" when not given
}

// The header's keys, in the order `factbot fetch` writes them.
const (
	HeaderSource   = "Source"
	HeaderRevision = "Revision"
	HeaderFetched  = "Fetched"
	HeaderLicense  = "License"
)

// maxHeaderValue bounds a header value: a page address is at most a few
// hundred bytes (titles are at most 255), so anything longer is a wrong file.
const maxHeaderValue = 2048

// ErrHeader is wrapped by every error in the source header.
var ErrHeader = errors.New("bad source header")

// Header renders the source as the header lines of the text format, ending
// with a blank line; fields that are unknown are left out.
func (s Source) Header() string {
	var b strings.Builder
	line := func(k, v string) { b.WriteString(k + ": " + v + "\n") }
	if s.URL != "" {
		line(HeaderSource, s.URL)
	}
	if s.Revision > 0 {
		line(HeaderRevision, strconv.FormatInt(s.Revision, 10))
	}
	if !s.Fetched.IsZero() {
		line(HeaderFetched, s.Fetched.UTC().Format(time.RFC3339))
	}
	if s.License != "" {
		line(HeaderLicense, s.License)
	}
	if b.Len() > 0 {
		b.WriteByte('\n')
	}
	return b.String()
}

// RevisionURL is the permanent address of the revision the article's text
// is from ("https://en.wikipedia.org/w/index.php?title=…&oldid=REV"), or ""
// when the revision is unknown. It is built on the page address's host and
// MediaWiki's /w/index.php, which every Wikimedia wiki uses.
func (a *Article) RevisionURL() string {
	if a.Source.Revision <= 0 {
		return ""
	}
	u, err := url.Parse(a.URL)
	if err != nil || u.Host == "" {
		return ""
	}
	title, ok := strings.CutPrefix(u.EscapedPath(), "/wiki/")
	if !ok || title == "" {
		title = wikiEncode(strings.ReplaceAll(a.Title, " ", "_"))
	}
	return u.Scheme + "://" + u.Host + "/w/index.php?title=" + title + "&oldid=" + strconv.FormatInt(a.Source.Revision, 10)
}

// headerLine reads one line before the title into s. It reports false for
// a line that is not shaped like "Key: value", which leaves the caller to
// say the title is missing, as it did before headers existed.
func (s *Source) headerLine(line string, seen map[string]bool) (bool, error) {
	key, val, ok := strings.Cut(line, ":")
	if !ok || key == "" || strings.ContainsFunc(key, func(r rune) bool { return !('A' <= r && r <= 'Z' || 'a' <= r && r <= 'z') }) {
		return false, nil
	}
	val = strings.TrimSpace(val)
	canon := ""
	for _, k := range []string{HeaderSource, HeaderRevision, HeaderFetched, HeaderLicense} {
		if strings.EqualFold(key, k) {
			canon = k
		}
	}
	switch {
	case canon == "":
		return true, fmt.Errorf("%w: unknown key %q (want Source, Revision, Fetched or License, then the \"= Title =\" line)", ErrHeader, Truncate(key, 40))
	case seen[canon]:
		return true, fmt.Errorf("%w: %s given twice", ErrHeader, canon)
	case val == "":
		return true, fmt.Errorf("%w: %s is empty", ErrHeader, canon)
	case utf8.RuneCountInString(val) > maxHeaderValue:
		return true, fmt.Errorf("%w: %s is longer than %d characters", ErrHeader, canon, maxHeaderValue)
	}
	seen[canon] = true
	switch canon {
	case HeaderSource:
		u, err := url.Parse(val)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil || strings.ContainsAny(val, " \t") {
			return true, fmt.Errorf("%w: Source %q is not an http(s) address", ErrHeader, Truncate(val, 80))
		}
		s.URL = val
	case HeaderRevision:
		n, err := strconv.ParseInt(val, 10, 64)
		if err != nil || n <= 0 {
			return true, fmt.Errorf("%w: Revision %q is not a revision number", ErrHeader, Truncate(val, 40))
		}
		s.Revision = n
	case HeaderFetched:
		t, err := time.Parse(time.RFC3339, val)
		if err != nil {
			return true, fmt.Errorf("%w: Fetched %q is not a time like 2026-05-14T09:00:00Z", ErrHeader, Truncate(val, 40))
		}
		s.Fetched = t.UTC()
	case HeaderLicense:
		s.License = val
	}
	return true, nil
}

// IsBackMatter reports whether a section titled title lists links ("See
// also", "References", "External links") rather than facts, as
// Section.BackMatter does, for tools that write the text format.
func IsBackMatter(title string) bool { return isBackMatter(title) }
