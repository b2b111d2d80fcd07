package handlers

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"factbot/facts"
)

// TestOnThisDayFeed covers /onthisday with the feed: its events about the
// subjects, labelled and attributed to the day's page; DAILY_SUBJECTS in
// place of the articles' own; the article's answer when the feed fails or
// does not answer within FeedWait; and no feed at all on a day the
// article has an event of its own.
func TestOnThisDayFeed(t *testing.T) {
	israel := facts.FeedEvent{Year: 1948, Text: "The State of Israel is proclaimed.", Pages: []facts.FeedPage{{Title: "Israeli Declaration of Independence", URL: "https://en.wikipedia.org/wiki/Israeli_Declaration_of_Independence"}}}
	kosovo := facts.FeedEvent{Year: 2008, Text: "Kosovo declares independence.", Pages: []facts.FeedPage{{Title: "2008 Kosovo declaration of independence", URL: "https://en.wikipedia.org/wiki/2008_Kosovo_declaration_of_independence"}}}
	asked := 0
	events := func(evs ...facts.FeedEvent) Feed {
		return FeedFunc(func(context.Context, int, int) ([]facts.FeedEvent, error) { asked++; return evs, nil })
	}
	hang := FeedFunc(func(ctx context.Context, _, _ int) ([]facts.FeedEvent, error) { <-ctx.Done(); return nil, ctx.Err() })
	failing := FeedFunc(func(context.Context, int, int) ([]facts.FeedEvent, error) {
		return nil, errors.New("wikipedia answered 503")
	})
	tests := []struct {
		name     string
		feed     Feed
		subjects []string
		date     string
		title    string // of the reply
		text     string // in the reply
		source   string
	}{
		{"feed", events(israel, kosovo), nil, "14 May", "On this day in 1948 (Wikipedia: On this day)", "14 May 1948, 78 years ago: The State of Israel is proclaimed.", "May 14"},
		{"DAILY_SUBJECTS", events(israel, kosovo), []string{"Kosovo"}, "14 May", "On this day in 2008 (Wikipedia: On this day)", "Kosovo declares independence.", "May 14"},
		{"both", events(israel, kosovo), []string{"Kosovo", "Israel"}, "14 May", "On this day in 1948 and 2008 (Wikipedia: On this day)", "Israel is proclaimed.\n\n14 May 2008", "May 14"},
		{"nothing about the subjects", events(kosovo), nil, "14 May", "Fact of the day: 14 May", "Fact of the day: ", ""},
		{"feed failing", failing, nil, "28 November", "This month in history: November", "26 November 2019", ""},
		{"feed hanging", hang, nil, "28 November", "This month in history: November", "26 November 2019", ""},
		{"article's own day", events(israel), nil, "19 August", "On this day: 19 August", "19 August 1991", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHandler(t)
			h.Feed, h.Subjects, h.FeedWait = tt.feed, tt.subjects, 100*time.Millisecond
			asked = 0
			start := time.Now()
			r, err := h.Handle(context.Background(), Request{Command: CmdOnThisDay, Options: map[string]string{"date": tt.date}, Now: now})
			if err != nil {
				t.Fatal(err)
			}
			if took := time.Since(start); took > time.Second {
				t.Errorf("answered after %s; want within FeedWait", took)
			}
			if r.Title != tt.title || !strings.Contains(r.Text, tt.text) || r.Source != tt.source || !r.Found || !r.Attribution {
				t.Errorf("reply %q %q source %q; want %q with %q, source %q", r.Title, r.Text, r.Source, tt.title, tt.text, tt.source)
			}
			if tt.date == "19 August" && asked != 0 {
				t.Error("the feed was asked on a day the article has its own event")
			}
		})
	}
}
