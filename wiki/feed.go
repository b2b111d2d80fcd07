package wiki

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"factbot/facts"
)

// Limits on a feed reply: a real day has a few hundred events of a
// sentence or two, each linking a handful of pages.
const (
	maxFeedEvents    = 2000
	maxFeedPages     = 30
	maxFeedTextBytes = 4096
)

// feedReply is the part of a feed/onthisday/events reply used.
type feedReply struct {
	Events *[]struct {
		Text  string `json:"text"`
		Year  int    `json:"year"`
		Pages []struct {
			Title           string `json:"title"`
			NormalizedTitle string `json:"normalizedtitle"`
			Titles          struct {
				Normalized string `json:"normalized"`
			} `json:"titles"`
			ContentURLs struct {
				Desktop struct {
					Page string `json:"page"`
				} `json:"desktop"`
			} `json:"content_urls"`
		} `json:"pages"`
	} `json:"events"`
}

// OnThisDay fetches the events of a month and day, in every year, from
// the REST API's feed: GET {RESTURL}feed/onthisday/events/MM/DD. Errors
// name the day; a 404 is ErrNotFound.
func (c *Client) OnThisDay(ctx context.Context, month, day int) ([]facts.FeedEvent, error) {
	events, err := c.onThisDay(ctx, month, day)
	if err != nil {
		return nil, fmt.Errorf("wikipedia on this day %02d-%02d: %w", month, day, err)
	}
	return events, nil
}

func (c *Client) onThisDay(ctx context.Context, month, day int) ([]facts.FeedEvent, error) {
	if month < 1 || month > 12 || day < 1 || day > 31 {
		return nil, fmt.Errorf("%w: not a day of the year", ErrNotFound)
	}
	u := fmt.Sprintf("%sfeed/onthisday/events/%02d/%02d", c.opts.RESTURL, month, day)
	body, err := c.get(ctx, u, func(rep reply) error {
		if err := c.transient(rep); err != nil {
			return err
		}
		switch rep.status {
		case http.StatusOK:
			return nil
		case http.StatusNotFound:
			return ErrNotFound
		}
		return &StatusError{rep.status}
	})
	if err != nil {
		return nil, err
	}
	var r feedReply
	if err := decode(body, &r); err != nil {
		return nil, err
	}
	if r.Events == nil {
		return nil, fmt.Errorf("%w: no events list", ErrMalformed)
	}
	var events []facts.FeedEvent
	for _, e := range (*r.Events)[:min(len(*r.Events), maxFeedEvents)] {
		ev := facts.FeedEvent{Year: e.Year, Text: strings.TrimSpace(facts.Truncate(e.Text, maxFeedTextBytes))}
		for _, p := range e.Pages[:min(len(e.Pages), maxFeedPages)] {
			title := p.Titles.Normalized
			if title == "" {
				title = p.NormalizedTitle
			}
			if title == "" {
				title = strings.ReplaceAll(p.Title, "_", " ")
			}
			u, err := url.Parse(p.ContentURLs.Desktop.Page)
			if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || title == "" {
				continue // a page without an address cannot be cited
			}
			ev.Pages = append(ev.Pages, facts.FeedPage{Title: facts.Truncate(title, 256), URL: u.String()})
		}
		if ev.Text != "" {
			events = append(events, ev)
		}
	}
	if events == nil {
		events = []facts.FeedEvent{}
	}
	return events, nil
}

// Defaults of Feed.
const (
	// DefaultFeedRetry is how long after a failed fetch a day's feed is
	// asked again; callers meanwhile get the cached events, or the error
	// at once, rather than each waiting on a feed that is down.
	DefaultFeedRetry = time.Minute
	// feedFetchTimeout bounds a fetch that runs on after its callers
	// stopped waiting: its retries and waits included.
	feedFetchTimeout = 2 * time.Minute
)

// Feed gives each day's events of the "On this day" feed, fetching a day
// once per MaxAge however many callers ask for it, at once or in turn, and
// keeping the events in memory and in Dir/feed/MM-DD.json. It is safe for
// concurrent use.
type Feed struct {
	Client *Client
	Dir    string        // the data folder; "" keeps the events in memory only
	MaxAge time.Duration // a day's events are fetched again when older than this
	Retry  time.Duration // wait after a failed fetch; default DefaultFeedRetry
	Log    *slog.Logger

	mu   sync.Mutex
	days map[string]*feedDay // "MM-DD" -> its events
}

// feedDay is what is known of one day of the feed. Guarded by Feed.mu.
type feedDay struct {
	events   []facts.FeedEvent
	fetched  time.Time     // when events were fetched; zero when there are none
	failed   time.Time     // when the last fetch failed; zero after a success
	err      error         // why it failed
	inFlight chan struct{} // closed when the fetch under way ends; nil when none is
	loaded   bool          // the cache file has been read
}

// feedCache is a day's cache file.
type feedCache struct {
	Fetched time.Time         `json:"fetched"`
	Events  []facts.FeedEvent `json:"events"`
}

// Events returns the events of a month and day. Events fetched within
// MaxAge come from memory or the cache at once. Otherwise one fetch starts
// (or the one under way is joined) and Events waits for it no longer than
// ctx allows: a fetch that outlives its callers finishes on its own, within
// two minutes, and serves the next ones. When the feed fails, older events
// of the day are returned if there are any (the failure is logged once, at
// WARN); otherwise the error. Within Retry of a failure the feed is not
// asked again.
func (f *Feed) Events(ctx context.Context, month, day int) ([]facts.FeedEvent, error) {
	key := fmt.Sprintf("%02d-%02d", month, day)
	f.mu.Lock()
	d := f.day(key)
	now := time.Now()
	if !d.fetched.IsZero() && now.Sub(d.fetched) < f.MaxAge {
		defer f.mu.Unlock()
		return d.events, nil
	}
	if d.inFlight == nil && (d.failed.IsZero() || now.Sub(d.failed) >= f.retry()) {
		d.inFlight = make(chan struct{})
		go f.fetch(key, month, day, d)
	}
	wait := d.inFlight
	f.mu.Unlock()
	if wait != nil {
		select {
		case <-wait:
		case <-ctx.Done():
		}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	switch {
	case !d.fetched.IsZero():
		return d.events, nil // fresh, or the last ones known
	case d.err != nil && (wait == nil || d.inFlight == nil):
		return nil, d.err
	}
	return nil, fmt.Errorf("wikipedia on this day %s: %w", key, ctx.Err())
}

func (f *Feed) retry() time.Duration {
	if f.Retry > 0 {
		return f.Retry
	}
	return DefaultFeedRetry
}

// day returns the state of a day, reading its cache file the first time.
// It is called with f.mu held.
func (f *Feed) day(key string) *feedDay {
	if f.days == nil {
		f.days = make(map[string]*feedDay)
	}
	d := f.days[key]
	if d == nil {
		d = &feedDay{}
		f.days[key] = d
	}
	if !d.loaded && f.Dir != "" {
		d.loaded = true
		if data, err := os.ReadFile(f.path(key)); err == nil {
			var c feedCache
			if json.Unmarshal(data, &c) == nil && !c.Fetched.IsZero() && c.Events != nil {
				d.events, d.fetched = c.Events, c.Fetched
			}
		}
	}
	return d
}

func (f *Feed) path(key string) string { return filepath.Join(f.Dir, "feed", key+".json") }

// fetch asks the feed for a day and records the outcome; it ends within
// feedFetchTimeout.
func (f *Feed) fetch(key string, month, day int, d *feedDay) {
	ctx, cancel := context.WithTimeout(context.Background(), feedFetchTimeout)
	defer cancel()
	events, err := f.Client.OnThisDay(ctx, month, day)
	now := time.Now()
	var data []byte
	if err == nil && f.Dir != "" {
		data, _ = json.Marshal(feedCache{Fetched: now.UTC(), Events: events})
	}
	if data != nil {
		if werr := writeFile(f.path(key), data); werr != nil {
			f.log().Warn("on this day feed fetched but not cached", "day", key, "err", werr)
		}
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	if err == nil {
		d.events, d.fetched, d.failed, d.err = events, now, time.Time{}, nil
	} else {
		d.failed, d.err = now, err
		if d.fetched.IsZero() {
			f.log().Warn("on this day feed unavailable; answering from the articles", "day", key, "err", err)
		} else {
			f.log().Warn("on this day feed unavailable; using the events fetched before", "day", key, "fetched", d.fetched.UTC().Format(time.RFC3339), "err", err)
		}
	}
	close(d.inFlight)
	d.inFlight = nil
}

func (f *Feed) log() *slog.Logger {
	if f.Log != nil {
		return f.Log
	}
	return slog.New(slog.DiscardHandler)
}
