package facts

import (
	"cmp"
	"errors"
	"fmt"
	"hash/fnv"
	"slices"
	"strings"
	"time"
)

// DayKind says how an on-this-day answer was found.
type DayKind string

// The kinds of on-this-day answer, from the most to the least specific.
const (
	DayExact      DayKind = "exact"           // events on that month and day
	DayMonth      DayKind = "month"           // events in that month
	DayFactOfDay  DayKind = "fact-of-the-day" // a fact chosen by the date
	dayDateLayout         = "2006-01-02"
)

// Event is a dated fact: what happened on a day of the article's history.
type Event struct {
	Date     Date
	Fact     *Fact
	YearsAgo int // years between the event and the asked date; 0 when unknown
}

// DayAnswer is the answer for a date: the events on that day, else (with
// OnThisDayFeed) the feed's, else in that month, else a fact of the day.
type DayAnswer struct {
	Answer
	Kind   DayKind `json:"kind"`
	Date   string  `json:"date"` // YYYY-MM-DD
	Events []Event `json:"-"`
	// Feed holds the feed's events quoted, for a DayFeed answer.
	Feed []FeedEvent `json:"-"`
}

// OnThisDay answers for the month and day of date. It is deterministic: the
// same date gives the same answer.
func (b *Base) OnThisDay(date time.Time) DayAnswer {
	day := DayAnswer{Date: date.Format(dayDateLayout)}
	var exact, month []Event
	for _, f := range b.facts {
		for _, d := range f.Dates {
			if d.Month != int(date.Month()) {
				continue
			}
			ev := Event{Date: d, Fact: f}
			if d.Year > 0 {
				ev.YearsAgo = date.Year() - d.Year
			}
			if d.Day == date.Day() {
				exact = append(exact, ev)
			} else {
				month = append(month, ev)
			}
		}
	}
	switch {
	case len(exact) > 0:
		day.Kind, day.Events = DayExact, exact
	case len(month) > 0:
		day.Kind, day.Events = DayMonth, month
	default:
		day.Kind = DayFactOfDay
	}
	var facts []*Fact
	var lines []string
	if day.Kind == DayFactOfDay {
		f := b.factOfDay(date)
		facts = []*Fact{f}
		lines = []string{"Fact of the day: " + f.Text}
	} else {
		slices.SortStableFunc(day.Events, func(x, y Event) int {
			return cmp.Compare(x.Date.Year*100+x.Date.Day, y.Date.Year*100+y.Date.Day)
		})
		for _, ev := range day.Events {
			if !slices.Contains(facts, ev.Fact) {
				facts = append(facts, ev.Fact)
				// "It was designed ... on 4 October 1873" needs the sentence
				// that says what "it" is.
				text := ""
				for _, f := range withAntecedents([]*Fact{ev.Fact}) {
					text += " " + f.Text
				}
				lines = append(lines, ev.Heading(day.Kind)+":"+text)
			}
		}
	}
	ans := b.answer(day.Date, facts)
	ans.Text = strings.Join(lines, "\n\n")
	day.Answer = ans
	return day
}

// Heading names an event's date and how long ago it was: "19 August 1991,
// 35 years ago".
func (ev Event) Heading(kind DayKind) string {
	var when string
	switch {
	case ev.Date.HasDay() && ev.Date.Year > 0:
		when = fmt.Sprintf("%d %s %d", ev.Date.Day, MonthName(ev.Date.Month), ev.Date.Year)
	case ev.Date.HasDay():
		when = fmt.Sprintf("%d %s", ev.Date.Day, MonthName(ev.Date.Month))
	default:
		when = fmt.Sprintf("%s %d", MonthName(ev.Date.Month), ev.Date.Year)
	}
	if ev.Date.Year == 0 {
		return when
	}
	switch n := ev.YearsAgo; {
	case n == 1:
		return when + ", 1 year ago"
	case n > 1:
		return fmt.Sprintf("%s, %d years ago", when, n)
	case n == 0 && kind == DayExact:
		return when + ", this very day"
	case n == 0:
		return when + ", this year"
	}
	return when
}

// factOfDay picks a sentence deterministically from the date, so every
// server sees the same fact on the same day.
func (b *Base) factOfDay(date time.Time) *Fact {
	var pool []*Fact
	for _, f := range b.facts {
		if f.Kind == KindSentence {
			pool = append(pool, f)
		}
	}
	if len(pool) == 0 {
		pool = b.facts
	}
	h := fnv.New32a()
	h.Write([]byte(date.Format(dayDateLayout)))
	return pool[h.Sum32()%uint32(len(pool))]
}

// ErrBadDate is returned by ParseDay for text that is not a date.
var ErrBadDate = errors.New(`not a date: use "today", "MM-DD", "YYYY-MM-DD" or "19 August"`)

// ParseDay reads a day as members type it: "today", "tomorrow",
// "yesterday", "2026-08-19", "08-19", "19 August", "August 19", "19 Aug".
// A date without a year takes the year of now. Days that do not exist
// ("02-30") are errors.
func ParseDay(s string, now time.Time) (time.Time, error) {
	s = strings.TrimSpace(Fold(s))
	y, m, d := now.Date()
	loc := now.Location()
	switch s {
	case "", "today", "now":
		return time.Date(y, m, d, 0, 0, 0, 0, loc), nil
	case "tomorrow":
		return time.Date(y, m, d+1, 0, 0, 0, 0, loc), nil
	case "yesterday":
		return time.Date(y, m, d-1, 0, 0, 0, 0, loc), nil
	}
	valid := func(year, month, day int) (time.Time, error) {
		t := time.Date(year, time.Month(month), day, 0, 0, 0, 0, loc)
		if month < 1 || month > 12 || t.Day() != day || t.Month() != time.Month(month) {
			return time.Time{}, ErrBadDate
		}
		return t, nil
	}
	if t, err := time.ParseInLocation("2006-01-02", s, loc); err == nil {
		return t, nil
	}
	var mm, dd int
	if n, err := fmt.Sscanf(s, "%d-%d", &mm, &dd); err == nil && n == 2 && len(s) <= 5 {
		// Feb 29 with no year: take a leap year if this one is not.
		year := y
		if mm == 2 && dd == 29 && time.Date(y, 2, 29, 0, 0, 0, 0, loc).Month() != 2 {
			year = y + (4 - y%4)
		}
		return valid(year, mm, dd)
	}
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '/' })
	var month, dayN, year int
	for _, f := range fields {
		f = strings.TrimRight(f, ".")
		if len(f) > 2 && isDigitByte(f[0]) {
			for _, ord := range []string{"st", "nd", "rd", "th"} {
				f = strings.TrimSuffix(f, ord) // 19th, 1st
			}
		}
		if mo, ok := monthNames[f]; ok && month == 0 {
			month = mo
		} else if n := atoi(f); isNumber(f) && n >= 1 && n <= 31 && dayN == 0 {
			dayN = n
		} else if isYear(f) && year == 0 {
			year = atoi(f)
		} else {
			return time.Time{}, ErrBadDate
		}
	}
	if month == 0 || dayN == 0 {
		return time.Time{}, ErrBadDate
	}
	if year == 0 {
		year = y
	}
	return valid(year, month, dayN)
}
