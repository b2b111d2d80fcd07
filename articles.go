package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"factbot/config"
	"factbot/facts"
	"factbot/handlers"
	"factbot/wiki"
)

// articleLoader loads the article entries that --article and
// FACTBOT_ARTICLE name: the embedded article, a file, or wikipedia:TITLE,
// fetched and cached in the data folder.
type articleLoader struct {
	cache *wiki.Cache
	feed  *wiki.Feed // the On this day feed, on the same client; nil when it is off
	log   *slog.Logger
	// maxAge: a cached copy younger than this is used without asking
	// Wikipedia; 0 always asks.
	maxAge time.Duration
	// strict makes the cached copy an error when it is used because
	// Wikipedia failed, for the bot's refresh, which keeps what it has.
	strict bool
}

// newArticleLoader returns a loader with the Wikipedia settings: one
// client, so one request at a time, for everything the process fetches,
// articles and the feed.
func newArticleLoader(w config.Wikipedia, log *slog.Logger) *articleLoader {
	client := wiki.New(wiki.Options{APIURL: w.APIURL, RESTURL: w.RESTURL, UserAgent: wiki.UserAgent(version(), w.Contact), Log: log})
	l := &articleLoader{cache: &wiki.Cache{Dir: w.CacheDir, Client: client}, log: log, maxAge: w.Refresh}
	if w.RESTURL != "" {
		l.feed = &wiki.Feed{Client: client, Dir: w.CacheDir, MaxAge: w.Refresh, Log: log}
	}
	return l
}

// handler returns a handler answering from base, with the feed for on
// this day and its subjects.
func (l *articleLoader) handler(base *facts.Base, w config.Wikipedia) *handlers.Handler {
	h := handlers.New(base)
	if l.feed != nil { // not a nil *wiki.Feed in the interface
		h.Feed = l.feed
	}
	h.Subjects = w.Subjects
	return h
}

// refresher returns a loader for the bot's refresh: it always asks
// Wikipedia, and fails when Wikipedia does instead of giving the copy the
// bot already answers from.
func (l *articleLoader) refresher() *articleLoader {
	r := *l
	r.maxAge, r.strict = 0, true
	return &r
}

// isWikipedia reports whether an entry names a Wikipedia article.
func isWikipedia(entry string) bool { return strings.HasPrefix(entry, config.WikipediaPrefix) }

// anyWikipedia reports whether an entry of entries names a Wikipedia article.
func anyWikipedia(entries []string) bool { return slices.ContainsFunc(entries, isWikipedia) }

// load reads the articles that entries name into one fact base: each
// entry a file in the text format, wikipedia:TITLE, or "embedded" for the
// built-in article; no entry is the embedded article. An entry given
// twice (the same file by any path, the same page by any spelling
// MediaWiki reads as one) is loaded once; an entry that cannot be loaded
// is an error that names it; two articles with one title are an error
// that names both entries, since a member could not tell them apart.
//
// A Wikipedia article comes from the cache when the copy there is fresh;
// from Wikipedia otherwise; from the cache again, with a warning, when
// Wikipedia cannot give it.
func (l *articleLoader) load(ctx context.Context, entries []string) (*facts.Base, error) {
	if len(entries) == 0 {
		entries = []string{config.EmbeddedEntry}
	}
	// Each entry's text, read (or fetched, one page at a time) in turn.
	type text struct {
		entry string
		data  []byte
		where string // what the text is, for its parse errors; "" for the entry itself
	}
	var texts []text
	seen := map[string]bool{} // entries' identities
	var files []os.FileInfo   // the files read, to know one by another path
	for _, entry := range entries {
		id, fi := entryIdentity(entry)
		if seen[id] || fi != nil && slices.ContainsFunc(files, func(g os.FileInfo) bool { return os.SameFile(fi, g) }) {
			continue
		}
		seen[id] = true
		if fi != nil {
			files = append(files, fi)
		}
		data, where, err := l.text(ctx, entry)
		if err != nil {
			return nil, fmt.Errorf("article %s: %w", entry, err)
		}
		texts = append(texts, text{entry, data, where})
	}
	if len(texts) == 1 && strings.EqualFold(texts[0].entry, config.EmbeddedEntry) {
		return facts.EmbeddedBase() // loaded while the program started
	}
	// Parsed on every processor at once, then checked in order.
	data := make([][]byte, len(texts))
	for i, t := range texts {
		data[i] = t.data
	}
	parsed, errs := facts.ParseAll(data)
	var arts []*facts.Article
	var from []string // the entry of each article
	for i, t := range texts {
		if err := errs[i]; err != nil {
			if t.where != "" {
				err = fmt.Errorf("%s: %w", t.where, err)
			}
			return nil, fmt.Errorf("article %s: %w", t.entry, err)
		}
		a := parsed[i]
		// A page reached under two titles (a redirect) is the same page.
		if k := slices.IndexFunc(arts, func(b *facts.Article) bool { return facts.Fold(b.Title) == facts.Fold(a.Title) }); k >= 0 {
			if isWikipedia(t.entry) && isWikipedia(from[k]) && arts[k].URL == a.URL {
				continue
			}
			return nil, fmt.Errorf("articles %s and %s have the same title, %q: give each article once", from[k], t.entry, a.Title)
		}
		arts = append(arts, a)
		from = append(from, t.entry)
	}
	return facts.New(arts...), nil
}

// entryIdentity is what makes two entries one: the embedded article; a
// Wikipedia title as MediaWiki reads it (underscores as spaces, the first
// letter in upper case); a file's absolute path, with its FileInfo to
// know it by another path (nil when it cannot be read, which loading
// reports).
func entryIdentity(entry string) (string, os.FileInfo) {
	if strings.EqualFold(entry, config.EmbeddedEntry) {
		return config.EmbeddedEntry, nil
	}
	if title, ok := strings.CutPrefix(entry, config.WikipediaPrefix); ok {
		title = strings.Join(strings.Fields(strings.ReplaceAll(title, "_", " ")), " ")
		if r, size := utf8.DecodeRuneInString(title); size > 0 {
			title = string(unicode.ToUpper(r)) + title[size:]
		}
		return config.WikipediaPrefix + title, nil
	}
	path, err := filepath.Abs(entry)
	if err != nil {
		path = entry
	}
	fi, err := os.Stat(entry)
	if err != nil {
		fi = nil
	}
	return "file:" + path, fi
}

// text reads one entry's text, and says what it is when that is not the
// entry itself (the cached copy of a Wikipedia page).
func (l *articleLoader) text(ctx context.Context, entry string) (data []byte, where string, err error) {
	if strings.EqualFold(entry, config.EmbeddedEntry) {
		return facts.DefaultArticle, "", nil
	}
	title, ok := strings.CutPrefix(entry, config.WikipediaPrefix)
	if !ok {
		data, err := readArticleFile(entry)
		return data, "", err
	}
	if l == nil {
		return nil, "", errors.New("no Wikipedia settings to fetch it with")
	}
	title = strings.TrimSpace(title)
	cp, err := l.cache.Article(ctx, title, l.maxAge)
	switch {
	case errors.Is(err, wiki.ErrNotCached):
		l.log.Warn("wikipedia article fetched but not cached", "title", title, "err", err)
	case err != nil:
		return nil, "", err
	case cp.Stale != nil && l.strict:
		return nil, "", cp.Stale
	case cp.Stale != nil:
		l.log.Warn("wikipedia unreachable; answering from the cached copy", "title", title,
			"fetched", cp.Fetched.UTC().Format(time.RFC3339), "file", cp.Path, "err", cp.Stale)
	}
	return cp.Data, fmt.Sprintf("wikipedia page %q (%s)", title, cp.Path), nil
}

// readArticleFile reads the file at path, up to one byte more than an
// article may have, so that Parse says it is too large.
func readArticleFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, facts.MaxArticleSize+1))
}

// loadCLI loads the articles of a command-line call. Only wikipedia:
// entries read the Wikipedia settings, so that a mistake in them stops no
// command that does not use them.
func loadCLI(ctx context.Context, entries []string, getenv func(string) string, stderr io.Writer) (*facts.Base, error) {
	if !anyWikipedia(entries) {
		return (*articleLoader)(nil).load(ctx, entries)
	}
	l, err := cliLoader(getenv, stderr)
	if err != nil {
		return nil, err
	}
	return l.load(ctx, entries)
}

// cliLoader is the loader of the commands that answer from the command
// line: Wikipedia settings from the environment, warnings (a cached copy
// used, a retry) on standard error.
func cliLoader(getenv func(string) string, stderr io.Writer) (*articleLoader, error) {
	w, err := config.LoadWikipedia(getenv)
	if err != nil {
		return nil, fmt.Errorf("configuration:\n%w", err)
	}
	return newArticleLoader(w, cliLog(stderr)), nil
}

// cliLog writes warnings for a person at a terminal: level and message
// with their details, no timestamps.
func cliLog(w io.Writer) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelWarn,
		ReplaceAttr: func(groups []string, a slog.Attr) slog.Attr {
			if a.Key == slog.TimeKey && len(groups) == 0 {
				return slog.Attr{}
			}
			return a
		}}))
}

// sourceJSON is the "source" of a JSON answer: the article it quotes and,
// for a fetched one, the exact revision, so that a quoted sentence can be
// found after the page changes.
type sourceJSON struct {
	Title     string `json:"title"`
	URL       string `json:"url"`
	Revision  int64  `json:"revision,omitempty"`
	Permalink string `json:"permalink,omitempty"` // the revision's address
	Fetched   string `json:"fetched,omitempty"`
	License   string `json:"license"`
}

func sourceOf(a *facts.Article) *sourceJSON {
	s := &sourceJSON{Title: a.Title, URL: a.URL, Revision: a.Source.Revision, Permalink: a.RevisionURL(), License: facts.License}
	if a.Source.License != "" {
		s.License = a.Source.License
	}
	if !a.Source.Fetched.IsZero() {
		s.Fetched = a.Source.Fetched.UTC().Format(time.RFC3339)
	}
	return s
}

// runFetch is "factbot fetch [-o FILE] TITLE": the Wikipedia article in
// the text format, on standard output or in FILE.
func runFetch(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("fetch", flag.ContinueOnError)
	out := fs.String("o", "", "write the article to FILE instead of standard output")
	words, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	title := strings.Join(words, " ")
	if strings.TrimSpace(title) == "" {
		return usageError{"fetch: missing title"}
	}
	l, err := cliLoader(getenv, stderr)
	if err != nil {
		return err
	}
	page, err := l.cache.Client.Page(ctx, title)
	if err != nil {
		return err
	}
	data, err := page.Article()
	if err != nil {
		return err
	}
	if *out == "" {
		_, err = stdout.Write(data)
		return err
	}
	if err := os.WriteFile(*out, data, 0o644); err != nil {
		return fmt.Errorf("fetch %q: %w", title, err)
	}
	fmt.Fprintf(stderr, "factbot: wrote %s: %q, revision %d\n", *out, page.Title, page.Revision)
	return nil
}

// cliFeedWait bounds the command line's wait on the feed: longer than
// Discord allows a member's answer, since no interaction expires here,
// but bounded, so that a feed that hangs still gets an answer.
const cliFeedWait = 10 * time.Second

// daySource is the "source" of an on-this-day answer: for events from the
// feed, Wikipedia's page on the day ("May 14"), which lists them; else the
// article.
func daySource(a facts.DayAnswer, art *facts.Article) *sourceJSON {
	if a.Kind != facts.DayFeed || len(a.Citations) == 0 {
		return sourceOf(art)
	}
	title := handlers.DayReply(a).Source
	s := &sourceJSON{Title: title, License: facts.License}
	if u, err := url.Parse(a.Citations[0].URL); err == nil {
		s.URL = u.Scheme + "://" + u.Host + "/wiki/" + strings.ReplaceAll(title, " ", "_")
	}
	return s
}
