package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"factbot/config"
	"factbot/facts"
	"factbot/internal/fakewiki"
)

// fixtureEvent is an event of testdata/onthisday-feed.json, with the truth
// the year-long test checks against: whether it is about the subjects.
type fixtureEvent struct {
	Year  int
	Text  string
	Pages []string
	About bool
}

// startFeed runs the fake Wikipedia with the fixture's days in its feed.
func startFeed(t *testing.T) (*fakewiki.Server, map[string][]fixtureEvent) {
	t.Helper()
	data, err := os.ReadFile("testdata/onthisday-feed.json")
	if err != nil {
		t.Fatal(err)
	}
	var fx struct{ Days map[string][]fixtureEvent }
	if err := json.Unmarshal(data, &fx); err != nil {
		t.Fatal(err)
	}
	wp := startWiki(t)
	for day, events := range fx.Days {
		var evs []fakewiki.Event
		for _, e := range events {
			evs = append(evs, fakewiki.NewEvent(e.Year, e.Text, e.Pages...))
		}
		var m, d int
		if _, err := fmt.Sscanf(day, "%d-%d", &m, &d); err != nil {
			t.Fatal(err)
		}
		wp.SetFeed(m, d, evs)
	}
	return wp, fx.Days
}

// dayJSON is `onthisday --json` as other tools read it.
type dayJSON struct {
	Kind      string `json:"kind"`
	Date      string `json:"date"`
	Found     bool   `json:"found"`
	Answer    string `json:"answer"`
	Citations []struct {
		Section, URL string
	} `json:"citations"`
	Source struct{ Title, URL, License string } `json:"source"`
}

// TestOnThisDayFeed is the "done when" through the command line:
// 14 May gives the 1948 Israel event from the feed, citing its page; 28
// November the Albanian events of the feed rather than the article's
// earthquake of the 26th; 19 August the article's own 1991 event; a day
// whose events are about other things no feed event; and with the feed
// unreachable an answer all the same, exit 0, with a warning.
func TestOnThisDayFeed(t *testing.T) {
	wp, _ := startFeed(t)
	dir := t.TempDir()
	getenv := wikiEnv(wp, dir, "WIKIPEDIA_REST_URL", wp.RESTURL())
	day := func(getenv func(string) string, date string) (dayJSON, string) {
		t.Helper()
		var out, errb bytes.Buffer
		if err := run(context.Background(), []string{"onthisday", "--json", "--date", date}, getenv, strings.NewReader(""), &out, &errb); err != nil {
			t.Fatalf("onthisday %s: %v", date, err)
		}
		var a dayJSON
		if err := json.Unmarshal(out.Bytes(), &a); err != nil {
			t.Fatal(err)
		}
		return a, errb.String()
	}
	a, _ := day(getenv, "2026-05-14")
	if a.Kind != "feed" || !a.Found || !strings.HasPrefix(a.Answer, "14 May 1948, 78 years ago: David Ben-Gurion proclaims the establishment of the State of Israel") ||
		len(a.Citations) != 1 || a.Citations[0].URL != "https://en.wikipedia.org/wiki/Israeli_Declaration_of_Independence" ||
		a.Source.Title != "May 14" || a.Source.URL != "https://en.wikipedia.org/wiki/May_14" || a.Source.License != "CC BY-SA 4.0" {
		t.Errorf("14 May = %+v; want the 1948 event citing its page", a)
	}
	if strings.Contains(a.Answer, "Jamestown") || strings.Contains(a.Answer, "Warsaw") {
		t.Errorf("14 May quotes events about other things: %q", a.Answer)
	}
	a, _ = day(getenv, "2026-11-28")
	if a.Kind != "feed" || !strings.HasPrefix(a.Answer, "28 November 1443, 583 years ago: Skanderbeg") || !strings.Contains(a.Answer, "\n\n28 November 1912, 114 years ago: Ismail Qemali declares the independence of Albania") ||
		strings.Contains(a.Answer, "earthquake") || strings.Contains(a.Answer, "Sinn") {
		t.Errorf("28 November = %s %q; want the feed's Albanian events, oldest first", a.Kind, a.Answer)
	}
	a, _ = day(getenv, "2026-08-19")
	if a.Kind != "exact" || !strings.Contains(a.Answer, "19 August 1991") || strings.Contains(a.Answer, "Tirana.\n") {
		t.Errorf("19 August = %s %q; want the article's own 1991 event", a.Kind, a.Answer)
	}
	for _, date := range []string{"2026-07-22", "2026-07-04", "2024-02-29"} {
		if a, _ := day(getenv, date); a.Kind == "feed" {
			t.Errorf("%s = %q; want no feed event (they are about other things)", date, a.Answer)
		}
	}

	var out bytes.Buffer
	if err := run(context.Background(), []string{"onthisday", "--date", "2026-05-14"}, getenv, strings.NewReader(""), &out, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	if want := "On this day in 1948 (Wikipedia: On this day)\n14 May 1948, 78 years ago: "; !strings.HasPrefix(out.String(), want) ||
		!strings.Contains(out.String(), "Source: Israeli Declaration of Independence — https://en.wikipedia.org/wiki/Israeli_Declaration_of_Independence") {
		t.Errorf("text output:\n%s\nwant it labelled %q and citing the page", out.String(), want)
	}
	n := len(wp.Requests())
	if a, _ := day(getenv, "2026-05-14"); a.Kind != "feed" || len(wp.Requests()) != n {
		t.Errorf("a day's feed asked again within FACTBOT_REFRESH: %d requests", len(wp.Requests())-n)
	}

	// The feed answering with an error, nothing cached: the article's
	// answer, exit 0. (5xx and hangs are retried, which the wiki and
	// handlers tests cover without waiting for the backoff.)
	for _, f := range []fakewiki.Fault{{Status: 404, Body: `{"title":"Not found."}`}, fakewiki.Malformed()} {
		wp.FailFeed(1, f)
		if a, stderr := day(wikiEnv(wp, t.TempDir(), "WIKIPEDIA_REST_URL", wp.RESTURL()), "2026-11-28"); a.Kind != "month" || !strings.Contains(stderr, "feed unavailable") {
			t.Errorf("feed answering %d %.20q: %s, stderr %q; want the article's month and a warning", f.Status, f.Body, a.Kind, stderr)
		}
	}

	// The feed unreachable, nothing cached: every day still answers.
	rest := wp.RESTURL()
	wp.Close()
	gone := wikiEnv(wp, t.TempDir(), "WIKIPEDIA_REST_URL", rest)
	a, stderr := day(gone, "2026-11-28")
	if a.Kind != "month" || !a.Found || !strings.Contains(a.Answer, "26 November 2019") || !strings.Contains(stderr, "on this day feed unavailable; answering from the articles") {
		t.Errorf("28 November, feed gone = %s %q, stderr %q; want the article's month and a warning", a.Kind, a.Answer, stderr)
	}
	// WIKIPEDIA_REST_URL=off: no feed, no warning.
	off := wikiEnv(wp, t.TempDir(), "WIKIPEDIA_REST_URL", "off")
	if a, stderr := day(off, "2026-11-28"); a.Kind != "month" || stderr != "" {
		t.Errorf("feed off: %s, stderr %q", a.Kind, stderr)
	}
}

// TestOnThisDayYear is the year-long table: over the 366 days of
// 2024, with the fake feed built from the fixture, the daily post (the
// handler's Day, as bot.Daily posts it) never uses an event about
// something else; it uses the feed's events about the subjects on every
// day the article has no event of its own; and with the feed unreachable,
// every day still gets an answer.
func TestOnThisDayYear(t *testing.T) {
	wp, fixture := startFeed(t)
	w, err := config.LoadWikipedia(wikiEnv(wp, t.TempDir(), "WIKIPEDIA_REST_URL", wp.RESTURL()))
	if err != nil {
		t.Fatal(err)
	}
	loader := newArticleLoader(w, cliLog(&bytes.Buffer{}))
	base, err := loader.load(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	h := loader.handler(base, w)
	kinds := map[facts.DayKind]int{}
	for d := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() == 2024; d = d.AddDate(0, 0, 1) {
		a := h.Day(context.Background(), d)
		kinds[a.Kind]++
		events := fixture[d.Format("01-02")]
		var about []fixtureEvent
		for _, e := range events {
			if e.About {
				about = append(about, e)
			}
		}
		article := base.OnThisDay(d)
		switch {
		case a.Kind == facts.DayFeed:
			if len(a.Feed) == 0 || len(a.Feed) > facts.MaxFeedEvents {
				t.Errorf("%s: %d feed events", d.Format("01-02"), len(a.Feed))
			}
			for _, ev := range a.Feed {
				if !slices.ContainsFunc(about, func(e fixtureEvent) bool { return e.Text == ev.Text && e.Year == ev.Year }) {
					t.Errorf("%s: the post uses %d %q, which is not about the subjects", d.Format("01-02"), ev.Year, ev.Text)
				}
			}
			for _, c := range a.Citations {
				if !slices.ContainsFunc(about, func(e fixtureEvent) bool {
					return slices.ContainsFunc(e.Pages, func(p string) bool { return "https://en.wikipedia.org/wiki/"+fakewiki.Encode(p) == c.URL })
				}) {
					t.Errorf("%s: cites %s, a page of no event about the subjects", d.Format("01-02"), c.URL)
				}
			}
		case article.Kind == facts.DayExact:
			if a.Kind != facts.DayExact || a.Text != article.Text {
				t.Errorf("%s: %s; want the article's own event", d.Format("01-02"), a.Kind)
			}
		case len(about) > 0:
			t.Errorf("%s: %s; want the feed's event about the subjects", d.Format("01-02"), a.Kind)
		default:
			if a.Text != article.Text {
				t.Errorf("%s: %q; want the article's %s answer", d.Format("01-02"), a.Text, article.Kind)
			}
		}
	}
	t.Logf("2024 with the fixture feed: %v", kinds)
	if kinds[facts.DayFeed] != 6 || kinds[facts.DayExact] != 4 {
		t.Errorf("kinds over the year = %v; want 6 feed days (the fixture's days about the subjects, less 19 August) and the article's 4 exact days", kinds)
	}

	// The feed unreachable: every day still answers, from the article.
	rest := wp.RESTURL()
	wp.Close()
	w.RESTURL, w.CacheDir = rest, t.TempDir()
	h = newArticleLoader(w, cliLog(&bytes.Buffer{})).handler(base, w)
	for d := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC); d.Year() == 2024; d = d.AddDate(0, 0, 1) {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		a := h.Day(ctx, d)
		cancel()
		if !a.Found || a.Kind == facts.DayFeed || a.Text != base.OnThisDay(d).Text {
			t.Errorf("%s, feed unreachable: %s %q; want the article's answer", d.Format("01-02"), a.Kind, a.Text)
		}
	}
}
