package daily

import (
	"testing"
	"time"
)

func mustZone(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatalf("LoadLocation(%q): %v", name, err)
	}
	return loc
}

func mustTime(t testing.TB, s string) time.Time {
	t.Helper()
	v, err := time.Parse(time.RFC3339, s)
	if err != nil {
		t.Fatalf("parse %q: %v", s, err)
	}
	return v
}

// Times are written with their offsets, so that a DST case states which
// side of the change it means, and the result is compared in the same
// form: a right instant with the wrong offset would be a second
// occurrence of the wall time.
func TestNext(t *testing.T) {
	tests := []struct {
		name         string
		zone         string
		now          string
		hour, minute int
		want         string
	}{
		{"later today", "Europe/Tirane", "2026-06-10T08:00:00+02:00", 9, 0, "2026-06-10T09:00:00+02:00"},
		{"exactly at post time", "Europe/Tirane", "2026-06-10T09:00:00+02:00", 9, 0, "2026-06-10T09:00:00+02:00"},
		{"a second late", "Europe/Tirane", "2026-06-10T09:00:01+02:00", 9, 0, "2026-06-11T09:00:00+02:00"},
		{"across midnight", "Europe/Tirane", "2026-06-10T23:45:00+02:00", 23, 30, "2026-06-11T23:30:00+02:00"},
		{"just after midnight", "Europe/Tirane", "2026-06-10T23:59:00+02:00", 0, 5, "2026-06-11T00:05:00+02:00"},
		{"midnight post", "Europe/Tirane", "2026-06-10T00:00:00+02:00", 0, 0, "2026-06-10T00:00:00+02:00"},
		{"now given in UTC", "Europe/Tirane", "2026-06-10T22:00:00Z", 0, 15, "2026-06-11T00:15:00+02:00"},
		{"local date ahead of UTC", "Asia/Jerusalem", "2026-06-10T22:30:00Z", 2, 0, "2026-06-11T02:00:00+03:00"},
		{"local date behind UTC", "America/New_York", "2026-06-11T02:00:00Z", 23, 0, "2026-06-10T23:00:00-04:00"},
		{"month end", "Europe/Tirane", "2026-01-31T10:00:00+01:00", 9, 0, "2026-02-01T09:00:00+01:00"},
		{"30-day month end", "Europe/Tirane", "2026-04-30T10:00:00+02:00", 9, 0, "2026-05-01T09:00:00+02:00"},
		{"year end", "Europe/Tirane", "2026-12-31T23:59:30+01:00", 0, 0, "2027-01-01T00:00:00+01:00"},
		{"to 29 February", "Europe/Tirane", "2028-02-28T10:00:00+01:00", 9, 0, "2028-02-29T09:00:00+01:00"},
		{"from 29 February", "Europe/Tirane", "2028-02-29T10:00:00+01:00", 9, 0, "2028-03-01T09:00:00+01:00"},
		{"no 29 February in 2027", "Europe/Tirane", "2027-02-28T10:00:00+01:00", 9, 0, "2027-03-01T09:00:00+01:00"},

		// Europe/Tirane: 2026-03-29 02:00 CET → 03:00 CEST; 2026-10-25 03:00 CEST → 02:00 CET.
		{"Tirane gap: skipped time posts at end of jump", "Europe/Tirane", "2026-03-29T01:00:00+01:00", 2, 30, "2026-03-29T03:00:00+02:00"},
		{"Tirane gap: start of gap", "Europe/Tirane", "2026-03-29T01:00:00+01:00", 2, 0, "2026-03-29T03:00:00+02:00"},
		{"Tirane gap: end of gap exists", "Europe/Tirane", "2026-03-29T01:00:00+01:00", 3, 0, "2026-03-29T03:00:00+02:00"},
		{"Tirane gap: just before", "Europe/Tirane", "2026-03-29T01:00:00+01:00", 1, 59, "2026-03-29T01:59:00+01:00"},
		{"Tirane gap: due at the jump", "Europe/Tirane", "2026-03-29T03:00:00+02:00", 2, 30, "2026-03-29T03:00:00+02:00"},
		{"Tirane gap: after the jump, next day", "Europe/Tirane", "2026-03-29T03:00:01+02:00", 2, 30, "2026-03-30T02:30:00+02:00"},
		{"Tirane gap: day before", "Europe/Tirane", "2026-03-28T01:00:00+01:00", 2, 30, "2026-03-28T02:30:00+01:00"},
		{"Tirane overlap: first occurrence", "Europe/Tirane", "2026-10-25T00:00:00+02:00", 2, 30, "2026-10-25T02:30:00+02:00"},
		{"Tirane overlap: between occurrences, next day", "Europe/Tirane", "2026-10-25T02:45:00+02:00", 2, 30, "2026-10-26T02:30:00+01:00"},
		{"Tirane overlap: during repeat, next day", "Europe/Tirane", "2026-10-25T02:15:00+01:00", 2, 30, "2026-10-26T02:30:00+01:00"},

		// Asia/Jerusalem: Friday before the last Sunday of March, 02:00 IST → 03:00 IDT
		// (2026-03-27); last Sunday of October, 02:00 IDT → 01:00 IST (2026-10-25).
		{"Jerusalem gap on the Friday", "Asia/Jerusalem", "2026-03-27T00:00:00+02:00", 2, 15, "2026-03-27T03:00:00+03:00"},
		{"Jerusalem Thursday before is normal", "Asia/Jerusalem", "2026-03-26T00:00:00+02:00", 2, 15, "2026-03-26T02:15:00+02:00"},
		{"Jerusalem Sunday after is summer time", "Asia/Jerusalem", "2026-03-29T00:00:00+03:00", 2, 15, "2026-03-29T02:15:00+03:00"},
		{"Jerusalem overlap: first occurrence", "Asia/Jerusalem", "2026-10-25T00:00:00+03:00", 1, 30, "2026-10-25T01:30:00+03:00"},
		{"Jerusalem overlap: during repeat, next day", "Asia/Jerusalem", "2026-10-25T01:10:00+02:00", 1, 30, "2026-10-26T01:30:00+02:00"},
		{"Jerusalem 2028 gap", "Asia/Jerusalem", "2028-03-24T00:00:00+02:00", 2, 0, "2028-03-24T03:00:00+03:00"},

		// America/New_York: 2026-03-08 02:00 EST → 03:00 EDT; 2026-11-01 02:00 EDT → 01:00 EST.
		{"New York gap", "America/New_York", "2026-03-08T00:00:00-05:00", 2, 30, "2026-03-08T03:00:00-04:00"},
		{"New York after gap", "America/New_York", "2026-03-08T00:00:00-05:00", 3, 30, "2026-03-08T03:30:00-04:00"},
		{"New York overlap: first occurrence", "America/New_York", "2026-11-01T00:00:00-04:00", 1, 30, "2026-11-01T01:30:00-04:00"},
		{"New York overlap: after first, next day", "America/New_York", "2026-11-01T01:10:00-05:00", 1, 30, "2026-11-02T01:30:00-05:00"},
		{"New York overlap: unaffected time", "America/New_York", "2026-11-01T00:00:00-04:00", 9, 0, "2026-11-01T09:00:00-05:00"},

		// Zones whose changes happen at midnight.
		{"Santiago midnight gap", "America/Santiago", "2026-09-05T12:00:00-04:00", 0, 0, "2026-09-06T01:00:00-03:00"},
		{"Havana midnight gap", "America/Havana", "2026-03-07T12:00:00-05:00", 0, 30, "2026-03-08T01:00:00-04:00"},
		{"Havana midnight overlap", "America/Havana", "2026-10-31T12:00:00-04:00", 0, 30, "2026-11-01T00:30:00-04:00"},
		// A 30-minute change.
		{"Lord Howe half-hour gap", "Australia/Lord_Howe", "2026-10-03T12:00:00+10:30", 2, 15, "2026-10-04T02:30:00+11:00"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			loc := mustZone(t, tc.zone)
			now := mustTime(t, tc.now)
			got := Next(now, tc.hour, tc.minute, loc)
			if got.Format(time.RFC3339) != tc.want || got.Location() != loc {
				t.Errorf("Next(%s, %02d:%02d, %s) = %s (%v); want %s", tc.now, tc.hour, tc.minute, tc.zone,
					got.Format(time.RFC3339), got.Location(), tc.want)
			}
		})
	}
}

// Walking post to post through three years gives exactly one post per
// local date, on that date, at the wanted wall time except where a jump
// skips it, in zones with all kinds of changes.
func TestNextOnePostPerDay(t *testing.T) {
	zones := []string{"UTC", "Europe/Tirane", "Asia/Jerusalem", "America/New_York",
		"America/Santiago", "America/Havana", "Australia/Lord_Howe", "Asia/Kolkata"}
	times := [][2]int{{0, 0}, {0, 30}, {1, 30}, {2, 0}, {2, 15}, {2, 30}, {3, 0}, {9, 0}, {23, 59}}
	for _, zone := range zones {
		loc := mustZone(t, zone)
		for _, hm := range times {
			from := time.Date(2026, 1, 1, 0, 0, 0, 0, loc)
			to := time.Date(2029, 1, 1, 0, 0, 0, 0, loc)
			// Counted in UTC: stepping local midnights with AddDate goes
			// astray where midnight itself is skipped.
			days := int(time.Date(2029, 1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)).Hours() / 24)
			seen := map[string]bool{}
			posts := 0
			for p := Next(from, hm[0], hm[1], loc); p.Before(to); p = Next(p.Add(time.Nanosecond), hm[0], hm[1], loc) {
				posts++
				date := LocalDate(p, loc)
				if seen[date] {
					t.Fatalf("%s %02d:%02d: second post on %s at %s", zone, hm[0], hm[1], date, p)
				}
				seen[date] = true
				if h, m, _ := p.In(loc).Clock(); h != hm[0] || m != hm[1] {
					// Only a wall time skipped by a jump may move. Go
					// normalises a skipped wall time to another reading,
					// an existing one to itself.
					y, mo, d := p.In(loc).Date()
					if gh, gm, _ := time.Date(y, mo, d, hm[0], hm[1], 0, 0, loc).Clock(); gh == hm[0] && gm == hm[1] {
						t.Errorf("%s %02d:%02d: post at %s although that wall time exists", zone, hm[0], hm[1], p)
					}
				}
				if posts > 2000 {
					t.Fatal("runaway loop")
				}
			}
			if posts != days {
				t.Errorf("%s %02d:%02d: %d posts in %d days", zone, hm[0], hm[1], posts, days)
			}
		}
	}
}

func TestPostTimeInDSTGaps(t *testing.T) {
	// PostTime never returns a time before the wanted wall time on its
	// date, and never a time on a different date.
	loc := mustZone(t, "America/New_York")
	for m := range 60 {
		got := PostTime(2026, time.March, 8, 2, m, loc)
		if got.Format(time.RFC3339) != "2026-03-08T03:00:00-04:00" {
			t.Errorf("PostTime(2026-03-08 02:%02d) = %s; want 03:00 EDT", m, got.Format(time.RFC3339))
		}
	}
}

func TestDue(t *testing.T) {
	tirane := mustZone(t, "Europe/Tirane")
	tests := []struct {
		now          string
		lastPosted   string
		hour, minute int
		wantDate     string
		wantDue      bool
	}{
		{"2026-06-10T08:59:59+02:00", "", 9, 0, "2026-06-10", false},
		{"2026-06-10T09:00:00+02:00", "", 9, 0, "2026-06-10", true},
		{"2026-06-10T23:59:59+02:00", "2026-06-09", 9, 0, "2026-06-10", true},
		{"2026-06-10T12:00:00+02:00", "2026-06-10", 9, 0, "2026-06-10", false},
		{"2026-06-10T22:30:00Z", "2026-06-10", 0, 15, "2026-06-11", true}, // 00:30 local, next day
		{"2026-06-10T22:30:00Z", "2026-06-10", 9, 0, "2026-06-11", false},
		{"2026-03-29T01:59:59+01:00", "2026-03-28", 2, 30, "2026-03-29", false}, // before the jump
		{"2026-03-29T03:00:00+02:00", "2026-03-28", 2, 30, "2026-03-29", true},  // at the jump
		{"2026-10-25T01:15:00Z", "2026-10-25", 2, 30, "2026-10-25", false},      // 02:15 CET, the repeat
	}
	for _, tc := range tests {
		date, due := Due(mustTime(t, tc.now), tc.lastPosted, tc.hour, tc.minute, tirane)
		if date != tc.wantDate || due != tc.wantDue {
			t.Errorf("Due(%s, %q, %02d:%02d) = %s, %v; want %s, %v",
				tc.now, tc.lastPosted, tc.hour, tc.minute, date, due, tc.wantDate, tc.wantDue)
		}
	}
}

func TestLocalDate(t *testing.T) {
	instant := mustTime(t, "2026-02-28T23:30:00Z")
	tests := []struct{ zone, want string }{
		{"UTC", "2026-02-28"},
		{"Europe/Tirane", "2026-03-01"},
		{"America/New_York", "2026-02-28"},
		{"Pacific/Kiritimati", "2026-03-01"},
	}
	for _, tc := range tests {
		if got := LocalDate(instant, mustZone(t, tc.zone)); got != tc.want {
			t.Errorf("LocalDate(%s, %s) = %s; want %s", instant, tc.zone, got, tc.want)
		}
	}
}
