package facts

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

func TestOnThisDay(t *testing.T) {
	b, err := Load(DefaultArticle)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		date string
		kind DayKind
		want string // in the answer
	}{
		{"2026-08-19", DayExact, "19 August 1991, 35 years ago: On August 19, 1991, diplomatic relations"},
		{"2026-04-19", DayExact, "19 April 1949, 77 years ago"},
		{"2026-11-26", DayExact, "26 November 2019, 7 years ago"},
		{"2026-01-23", DayExact, "23 January 2020, 6 years ago"},
		{"2026-09-01", DayMonth, "September 2024, 2 years ago"},
		{"2026-11-01", DayMonth, "November"},
		{"2026-03-10", DayFactOfDay, "Fact of the day: "},
	}
	for _, tt := range tests {
		day, _ := time.Parse("2006-01-02", tt.date)
		a := b.OnThisDay(day)
		if a.Kind != tt.kind || !strings.Contains(a.Text, tt.want) || !a.Found || len(a.Citations) == 0 || a.Date != tt.date {
			t.Errorf("OnThisDay(%s) = %s %q (found %v, %d citations); want %s containing %q", tt.date, a.Kind, a.Text, a.Found, len(a.Citations), tt.kind, tt.want)
		}
	}
	// The fact of the day depends on the date only.
	d := time.Date(2026, 3, 10, 0, 0, 0, 0, time.UTC)
	if b.OnThisDay(d).Text != b.OnThisDay(d.In(time.FixedZone("x", 3600))).Text {
		t.Error("fact of the day differs for the same date")
	}
	seen := map[string]bool{}
	for i := range 60 {
		seen[b.OnThisDay(d.AddDate(0, 0, i)).Text] = true
	}
	if len(seen) < 10 {
		t.Errorf("60 days gave %d different posts; want variety", len(seen))
	}
}

func TestParseDay(t *testing.T) {
	now := time.Date(2026, 11, 28, 15, 0, 0, 0, time.UTC)
	tests := []struct {
		in, want string // want "" for an error
	}{
		{"today", "2026-11-28"},
		{"", "2026-11-28"},
		{"tomorrow", "2026-11-29"},
		{"2026-08-19", "2026-08-19"},
		{"08-19", "2026-08-19"},
		{"8-19", "2026-08-19"},
		{"19 August", "2026-08-19"},
		{"August 19", "2026-08-19"},
		{"aug 19th", "2026-08-19"},
		{"19 August 1991", "1991-08-19"},
		{"02-29", "2028-02-29"},
		{"02-30", ""},
		{"13-01", ""},
		{"next tuesday", ""},
		{"2026-02-30", ""},
		{"banana", ""},
	}
	for _, tt := range tests {
		got, err := ParseDay(tt.in, now)
		switch {
		case tt.want == "" && err == nil:
			t.Errorf("ParseDay(%q) = %s; want an error", tt.in, got.Format("2006-01-02"))
		case tt.want != "" && (err != nil || got.Format("2006-01-02") != tt.want):
			t.Errorf("ParseDay(%q) = %s, %v; want %s", tt.in, got.Format("2006-01-02"), err, tt.want)
		}
	}
}

// TestTopicsLimits checks Discord's autocomplete rules for many inputs:
// at most 25 choices, each 1-100 characters, no duplicates, and never an
// empty list for a fragment that matches something.
func TestTopicsLimits(t *testing.T) {
	b, err := Load(DefaultArticle)
	if err != nil {
		t.Fatal(err)
	}
	frags := []string{"", "e", "em", "emb", "embassy", "shimon perez", "erthquake", "tel", "a", "zzzz", "holocaust memorial", "IDF", "ä", strings.Repeat("x", 200)}
	for _, f := range frags {
		got := b.Topics(f)
		if len(got) > MaxChoices {
			t.Errorf("Topics(%q) gave %d choices; want at most %d", f, len(got), MaxChoices)
		}
		seen := map[string]bool{}
		for _, c := range got {
			if n := utf8.RuneCountInString(c); n < 1 || n > MaxChoiceLen {
				t.Errorf("Topics(%q) choice %q has %d characters", f, c, n)
			}
			if seen[c] {
				t.Errorf("Topics(%q) repeats %q", f, c)
			}
			seen[c] = true
		}
	}
	if got := b.Topics(""); len(got) != MaxChoices {
		t.Errorf("Topics(\"\") gave %d; want %d central topics", len(got), MaxChoices)
	}
	for frag, want := range map[string]string{"emb": "embassy", "hox": "Enver Hoxha", "perez": "Shimon Peres", "erthquake": "earthquake", "durres": "Durrës"} {
		got := b.Topics(frag)
		found := false
		for _, c := range got[:min(5, len(got))] {
			found = found || c == want
		}
		if !found {
			t.Errorf("Topics(%q) = %q; want %q among the first five", frag, got, want)
		}
	}
}

func TestTopic(t *testing.T) {
	b, err := Load(DefaultArticle)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		q     string
		found bool
		want  []string
	}{
		{"embassy", true, []string{"Tel Aviv", "Tirana"}},
		{"Embassy  ", true, []string{"Tel Aviv"}},
		{"shimon perez", true, []string{"Peres"}},
		{"IHRA", true, []string{"anti-Semitism"}},
		{"History", true, []string{"Albania"}},
		{"quantum chromodynamics", false, nil},
		{"", false, nil},
		// A form of the article's word ("anti-Semitism") finds it.
		{"antisemitism", true, []string{"anti-Semitism"}},
	}
	for _, tt := range tests {
		a := b.Topic(tt.q)
		if a.Found != tt.found {
			t.Errorf("Topic(%q).Found = %v; want %v (%q)", tt.q, a.Found, tt.found, a.Text)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(a.Text, w) {
				t.Errorf("Topic(%q) = %q; want %q in it", tt.q, a.Text, w)
			}
		}
		if a.Found && len(a.Facts) > maxTopicFacts+1 {
			t.Errorf("Topic(%q) quotes %d facts", tt.q, len(a.Facts))
		}
	}
	// A synonym is no form of a lookup's word: "stones" is WordNet's
	// "rock", but "rolling stones" does not stand in "rock and roll".
	c := loadArticle(t, "= Band =\n\nThey were inducted into the Rock and Roll Hall of Fame in 1988.\n")
	if a := c.Topic("rolling stones"); a.Found {
		t.Errorf("Topic(rolling stones) = %q; want a decline", a.Text)
	}
}
