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
	"strings"
	"time"

	"factbot/config"
	"factbot/facts"
	"factbot/handlers"
	"factbot/wiki"
)

// wikipediaPrefix marks an article entry that comes from Wikipedia:
// "wikipedia:Albania–Israel relations".
const wikipediaPrefix = "wikipedia:"

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
func isWikipedia(entry string) bool { return strings.HasPrefix(entry, wikipediaPrefix) }

// load reads one entry: "" for the embedded article, wikipedia:TITLE, or
// the path of a file in the text format. A Wikipedia article comes from
// the cache when the copy there is fresh; from Wikipedia otherwise; from
// the cache again, with a warning, when Wikipedia cannot give it. It never
// returns an empty fact base: an entry that gives none is an error that
// names it.
func (l *articleLoader) load(ctx context.Context, entry string) (*facts.Base, error) {
	title, ok := strings.CutPrefix(entry, wikipediaPrefix)
	if !ok {
		return loadFile(entry)
	}
	title = strings.TrimSpace(title)
	cp, err := l.cache.Article(ctx, title, l.maxAge)
	switch {
	case errors.Is(err, wiki.ErrNotCached):
		l.log.Warn("wikipedia article fetched but not cached", "title", title, "err", err)
	case err != nil:
		return nil, err
	case cp.Stale != nil && l.strict:
		return nil, cp.Stale
	case cp.Stale != nil:
		l.log.Warn("wikipedia unreachable; answering from the cached copy", "title", title,
			"fetched", cp.Fetched.UTC().Format(time.RFC3339), "file", cp.Path, "err", cp.Stale)
	}
	b, err := facts.Load(cp.Data)
	if err != nil {
		return nil, fmt.Errorf("wikipedia page %q (%s): %w", title, cp.Path, err)
	}
	return b, nil
}

// loadFile reads the article in the file at path, or the embedded one.
func loadFile(path string) (*facts.Base, error) {
	data := facts.DefaultArticle
	if path != "" {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("read article: %w", err)
		}
		defer f.Close()
		data, err = io.ReadAll(io.LimitReader(f, facts.MaxArticleSize+1))
		if err != nil {
			return nil, fmt.Errorf("read article %s: %w", path, err)
		}
	}
	b, err := facts.Load(data)
	if err != nil {
		if path == "" {
			path = "embedded article"
		}
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return b, nil
}

// loadCLI loads the article of a command-line call. Only a wikipedia:
// entry reads the Wikipedia settings, so that a mistake in them stops no
// command that does not use them.
func loadCLI(ctx context.Context, entry string, getenv func(string) string, stderr io.Writer) (*facts.Base, error) {
	if !isWikipedia(entry) {
		return loadFile(entry)
	}
	l, err := cliLoader(getenv, stderr)
	if err != nil {
		return nil, err
	}
	return l.load(ctx, entry)
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
