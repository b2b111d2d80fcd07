package handlers

import (
	"context"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"factbot/facts"
)

// Feed gives the events of a day, in every year, from Wikipedia's "On
// this day" feed; wiki.Feed provides it. An error means the feed could
// not be had: the answer then comes from the articles alone.
type Feed interface {
	Events(ctx context.Context, month, day int) ([]facts.FeedEvent, error)
}

// DefaultFeedWait bounds how long /onthisday waits on the feed before it
// answers from the articles: Discord wants an answer within 3 s.
const DefaultFeedWait = 2 * time.Second

// FeedLabel names the feed where an answer from it is shown.
const FeedLabel = "Wikipedia: On this day"

// FeedFunc adapts a function to a Feed.
type FeedFunc func(ctx context.Context, month, day int) ([]facts.FeedEvent, error)

// Events calls f.
func (f FeedFunc) Events(ctx context.Context, month, day int) ([]facts.FeedEvent, error) {
	return f(ctx, month, day)
}

// subjectsOf is the subjects computed for one fact base.
type subjectsOf struct {
	base     *facts.Base
	subjects []string
}

// Day answers for a date in the order the daily posts and /onthisday
// follow: an event of that exact day in the articles; else the feed's
// events of that day about the subjects (up to three); else an event of
// that month in the articles; else a fact of the day. The feed is asked
// only when the articles have no event that day, and waited for no longer
// than ctx allows.
func (h *Handler) Day(ctx context.Context, date time.Time) facts.DayAnswer {
	return h.day(ctx, h.Base(), date)
}

func (h *Handler) day(ctx context.Context, b *facts.Base, date time.Time) facts.DayAnswer {
	a := b.OnThisDay(date)
	if a.Kind == facts.DayExact || h.Feed == nil {
		return a
	}
	events, err := h.Feed.Events(ctx, int(date.Month()), date.Day())
	if err != nil {
		// The feed logs its failures once; each answer that does without
		// it is only worth a debug line.
		h.logger().Debug("on this day without the feed", "date", a.Date, "err", err)
		return a
	}
	return b.OnThisDayFeed(date, events, h.subjects(b))
}

// subjects returns the names the feed's events must be about: Subjects
// when set (DAILY_SUBJECTS), else those of b's articles, computed once
// per fact base.
func (h *Handler) subjects(b *facts.Base) []string {
	if len(h.Subjects) > 0 {
		return h.Subjects
	}
	if s := h.subjectsCache.Load(); s != nil && s.base == b {
		return s.subjects
	}
	s := &subjectsOf{base: b, subjects: b.Subjects()}
	h.subjectsCache.Store(s)
	return s.subjects
}

func (h *Handler) logger() *slog.Logger {
	if h.Log != nil {
		return h.Log
	}
	return slog.New(slog.DiscardHandler)
}

// feedTitle labels an answer from the feed with its years and its
// source: "On this day in 1948 (Wikipedia: On this day)", "On this day in
// 1912 and 1948 (…)".
func feedTitle(a facts.DayAnswer) string {
	var years []string
	for _, ev := range a.Feed {
		y := strconv.Itoa(ev.Year)
		if ev.Year < 0 {
			y = strconv.Itoa(-ev.Year) + " BC"
		}
		if len(years) == 0 || years[len(years)-1] != y {
			years = append(years, y)
		}
	}
	in := ""
	switch n := len(years); {
	case n == 1:
		in = " in " + years[0]
	case n > 1:
		in = " in " + strings.Join(years[:n-1], ", ") + " and " + years[n-1]
	}
	return "On this day" + in + " (" + FeedLabel + ")"
}

// feedSource is the page the feed's events of a day are from, for the
// attribution: Wikipedia's article on the day, "May 14".
func feedSource(date string) string {
	d, err := time.Parse("2006-01-02", date)
	if err != nil {
		return FeedLabel
	}
	return fmt.Sprintf("%s %d", d.Month(), d.Day())
}
