package facts

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
	"time"
)

// DayFeed is an on-this-day answer from Wikipedia's "On this day" feed:
// events of that day, in any year, about the articles' subjects.
const DayFeed DayKind = "feed"

// MaxFeedEvents is how many of the feed's events one answer shows: a day
// has dozens, and a post reads best with a few.
const MaxFeedEvents = 3

// maxFeedText bounds an event's text in an answer; the feed's are a
// sentence or two.
const maxFeedText = 600

// FeedEvent is an event of the "On this day" feed: what happened on the
// day in Year, and the pages its text links.
type FeedEvent struct {
	Year  int // negative before the common era (-44 is 44 BC), as the feed gives it
	Text  string
	Pages []FeedPage
}

// FeedPage is a page a feed event links.
type FeedPage struct {
	Title string // "Israeli Declaration of Independence"
	URL   string // its address
}

// about reports how well an event is about the subjects: 2 when its text
// names one, 1 when only a page it links does, 0 when neither.
func (ev FeedEvent) about(n namer) int {
	if n.names(ev.Text) {
		return 2
	}
	for _, p := range ev.Pages {
		if n.names(p.Title) {
			return 1
		}
	}
	return 0
}

// mainPage is the page to cite for an event: the first that names a
// subject, else the first.
func (ev FeedEvent) mainPage(n namer) (FeedPage, bool) {
	for _, p := range ev.Pages {
		if n.names(p.Title) {
			return p, true
		}
	}
	if len(ev.Pages) > 0 {
		return ev.Pages[0], true
	}
	return FeedPage{}, false
}

// FeedAbout returns the events about the subjects (their text, or the
// title of a page they link, names one as a word), at most MaxFeedEvents,
// oldest first. When there are more, those whose own text names a subject
// go first. Events about none of the subjects are never returned.
func FeedAbout(events []FeedEvent, subjects []string) []FeedEvent {
	type scored struct {
		ev    FeedEvent
		score int
	}
	n := newNamer(subjects)
	var about []scored
	for _, ev := range events {
		if s := ev.about(n); s > 0 && strings.TrimSpace(ev.Text) != "" {
			about = append(about, scored{ev, s})
		}
	}
	slices.SortStableFunc(about, func(x, y scored) int {
		return cmp.Or(cmp.Compare(y.score, x.score), cmp.Compare(x.ev.Year, y.ev.Year))
	})
	var out []FeedEvent
	for _, s := range about[:min(len(about), MaxFeedEvents)] {
		out = append(out, s.ev)
	}
	slices.SortStableFunc(out, func(x, y FeedEvent) int { return cmp.Compare(x.Year, y.Year) })
	return out
}

// OnThisDayFeed answers for the date in this order: an event of that exact
// day in the articles; else up to MaxFeedEvents of the day's feed events
// about the subjects, oldest first, each with its year and a citation of
// its main page; else an event of that month in the articles; else a fact
// of the day. events are the feed's for the date's month and day (nil when
// the feed could not be had).
func (b *Base) OnThisDayFeed(date time.Time, events []FeedEvent, subjects []string) DayAnswer {
	day := b.OnThisDay(date)
	if day.Kind == DayExact {
		return day
	}
	chosen := FeedAbout(events, subjects)
	if len(chosen) == 0 {
		return day
	}
	ans := Answer{Query: day.Date, Found: true, Citations: []Citation{}, Suggestions: []string{}}
	n := newNamer(subjects)
	var lines []string
	for _, ev := range chosen {
		lines = append(lines, feedHeading(ev.Year, date)+": "+Truncate(strings.Join(strings.Fields(ev.Text), " "), maxFeedText))
		if p, ok := ev.mainPage(n); ok && !slices.ContainsFunc(ans.Citations, func(c Citation) bool { return c.URL == p.URL }) {
			ans.Citations = append(ans.Citations, Citation{Section: p.Title, URL: p.URL})
		}
	}
	ans.Text = strings.Join(lines, "\n\n")
	return DayAnswer{Answer: ans, Kind: DayFeed, Date: day.Date, Feed: chosen}
}

// feedHeading names a feed event's date and how long before date it was:
// "14 May 1948, 78 years ago", "14 May 44 BC".
func feedHeading(year int, date time.Time) string {
	when := fmt.Sprintf("%d %s", date.Day(), MonthName(int(date.Month())))
	switch {
	case year < 0:
		return fmt.Sprintf("%s %d BC", when, -year)
	case year == 0:
		return when // no year 0 in the feed's counting: unknown
	}
	ev := Event{Date: Date{Year: year, Month: int(date.Month()), Day: date.Day()}, YearsAgo: date.Year() - year}
	return ev.Heading(DayExact)
}
