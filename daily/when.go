package daily

import (
	"time"
	// Subscribers name IANA zones; embedding the zone database makes them
	// load on hosts and containers without /usr/share/zoneinfo.
	_ "time/tzdata"

	"factbot/store"
)

// DateLayout is the layout of local dates as LocalDate and Due return
// them; the post ledger keys posts by the same strings.
const DateLayout = store.DateLayout

// LocalDate returns the calendar date of t in loc, as DateLayout.
func LocalDate(t time.Time, loc *time.Location) string {
	return t.In(loc).Format(DateLayout)
}

// PostTime returns the instant of the post for the local date
// year-month-day at hour:minute in loc, applying the daylight saving rules
// of the package documentation: a time skipped by a forward jump maps to
// the end of the jump, a time repeated by a backward jump to its first
// occurrence.
func PostTime(year int, month time.Month, day, hour, minute int, loc *time.Location) time.Time {
	want := time.Date(year, month, day, hour, minute, 0, 0, time.UTC) // the wall clock, as a plain value

	// time.Date resolves skipped and repeated wall times to one of the
	// two offsets involved "without guarantee which", so resolve them
	// here: every instant that shows the wanted wall clock has one of the
	// offsets in force around Go's guess, and the zone bounds give those.
	guess := time.Date(year, month, day, hour, minute, 0, 0, loc)
	start, end := guess.ZoneBounds()
	_, cur := guess.Zone()
	offsets := []int{cur}
	if !start.IsZero() {
		_, before := start.Add(-time.Second).Zone()
		offsets = append(offsets, before)
	}
	if !end.IsZero() {
		_, after := end.Zone()
		offsets = append(offsets, after)
	}
	var first time.Time
	for _, off := range offsets {
		t := want.Add(-time.Duration(off) * time.Second).In(loc)
		if wall(t) == want && (first.IsZero() || t.Before(first)) {
			first = t
		}
	}
	if !first.IsZero() {
		return first
	}
	// No instant shows that wall clock: it lies in a forward jump. Post
	// when the jump happens, at whichever neighbouring transition skips it.
	for _, tr := range []time.Time{start, end} {
		if tr.IsZero() {
			continue
		}
		tr = tr.In(loc)
		if wall(tr.Add(-time.Nanosecond)).Before(want) && want.Before(wall(tr)) {
			return tr
		}
	}
	return guess // unreachable with real zone data; Go's guess is a fair answer
}

// wall returns t's local clock reading as a UTC value, for comparing wall
// clocks without zones getting in the way.
func wall(t time.Time) time.Time {
	y, mo, d := t.Date()
	h, mi, s := t.Clock()
	return time.Date(y, mo, d, h, mi, s, t.Nanosecond(), time.UTC)
}

// Next returns the first post instant at or after now for a daily post at
// hour:minute local time in loc. At exactly a post instant it returns now:
// that post is due, not the next day's.
func Next(now time.Time, hour, minute int, loc *time.Location) time.Time {
	y, mo, d := now.In(loc).Date()
	// Yesterday is checked too: where a forward jump swallows the end of a
	// day, that day's post lands on the next date, today's.
	for i := -1; i <= 2; i++ {
		if t := PostTime(y, mo, d+i, hour, minute, loc); !t.Before(now) {
			return t
		}
	}
	// Only a zone skipping more than a whole day gets here.
	return PostTime(y, mo, d+3, hour, minute, loc)
}

// Due reports the local date of now in loc and whether its post is due:
// the post time has come and lastPosted (a DateLayout date, or "") is not
// that date.
func Due(now time.Time, lastPosted string, hour, minute int, loc *time.Location) (date string, due bool) {
	y, mo, d := now.In(loc).Date()
	date = time.Date(y, mo, d, 0, 0, 0, 0, time.UTC).Format(DateLayout)
	return date, date != lastPosted && !now.Before(PostTime(y, mo, d, hour, minute, loc))
}
