package facts

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestSubjects(t *testing.T) {
	read := func(path string) string {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		return string(data)
	}
	tests := []struct {
		name, article string
		want          string
	}{
		{"embedded", string(DefaultArticle), "Albania|Israel|Albanian|Albanians|Israeli|Israelis"},
		{"estonia-finland", read("testdata/estonia-finland.txt"), "Estonia|Finland|Estonian|Estonians"},
		{"made-up, first word a name", read("testdata/lighthouse.txt"), "Old Harbour Lighthouse"},
		{"first word not a name", "= Foreign relations of Albania =\n\nAlbania's foreign policy is run by its Albanian ministry.\n", "Albania|Albanian"},
		{"several words", "= Turkey–United States relations =\n\nTurkey and the United States are allies.\n", "Turkey|United States"},
		{"no demonym the text lacks", "= Italy–Japan relations =\n\nItaly and Japan trade. The Italian embassy is in Tokyo.\n", "Italy|Japan|Italian"},
		{"qualifier", "= History of the Jews in Albania =\n\nThe history of Jews in Albania is long.\n", "Jews|Albania"},
		{"brackets and commas", "= Paris, Texas (film) =\n\nThe film Paris, Texas was shot in Texas.\n", "Paris|Texas"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := Load([]byte(tt.article))
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(b.Subjects(), "|"); got != tt.want {
				t.Errorf("Subjects() = %q; want %q", got, tt.want)
			}
		})
	}
}

func TestNames(t *testing.T) {
	subjects := []string{"Albania", "Israel", "Israeli", "United States"}
	tests := []struct {
		text string
		want bool
	}{
		{"David Ben-Gurion proclaims the establishment of the State of Israel", true},
		{"Israeli_Declaration_of_Independence", true},
		{"Israel's parliament votes", true},
		{"The Israel–Hezbollah war begins", true},
		{"Albany, New York, is chartered", false},
		{"Israelites leave Egypt", false},
		{"the israel of old", false},
		{"The United Kingdom and the States General sign a treaty", false},
		{"The United States declares independence", true},
		{"", false},
	}
	for _, tt := range tests {
		if got := Names(tt.text, subjects); got != tt.want {
			t.Errorf("Names(%q) = %v; want %v", tt.text, got, tt.want)
		}
	}
}

func page(title string) FeedPage {
	return FeedPage{Title: title, URL: "https://en.wikipedia.org/wiki/" + strings.ReplaceAll(title, " ", "_")}
}

func TestFeedAbout(t *testing.T) {
	subjects := []string{"Albania", "Israel", "Albanian", "Israeli"}
	events := []FeedEvent{
		{Year: 1967, Text: "The Six-Day War begins.", Pages: []FeedPage{page("Six-Day War"), page("Israel Defense Forces")}},
		{Year: 1776, Text: "Albany, New York, is chartered.", Pages: []FeedPage{page("Albany, New York")}},
		{Year: 2001, Text: "Israel and Albania sign a treaty.", Pages: []FeedPage{page("Treaty")}},
		{Year: 1912, Text: "Ismail Qemali declares Albanian independence.", Pages: []FeedPage{page("Albanian Declaration of Independence")}},
		{Year: 1948, Text: "The State of Israel is proclaimed.", Pages: []FeedPage{page("Israeli Declaration of Independence")}},
		{Year: 1990, Text: "An election is held.", Pages: []FeedPage{page("Election")}},
	}
	var got []int
	for _, ev := range FeedAbout(events, subjects) {
		got = append(got, ev.Year)
	}
	// Four events are about the subjects; the one named only by a linked
	// page (1967) gives way, and the three left come oldest first.
	if want := []int{1912, 1948, 2001}; !slices.Equal(got, want) {
		t.Errorf("FeedAbout years = %v; want %v", got, want)
	}
	if got := FeedAbout(events[:2], subjects); len(got) != 1 || got[0].Year != 1967 {
		t.Errorf("an event named by its page alone = %v; want it", got)
	}
	if got := FeedAbout(events[1:2], subjects); len(got) != 0 {
		t.Errorf("events about other things gave %v", got)
	}
	if got := FeedAbout(nil, subjects); len(got) != 0 {
		t.Errorf("no events gave %v", got)
	}
}

// TestOnThisDayFeed checks the order of choice: the article's exact day,
// then the feed's events about the subjects, then the article's month,
// then a fact of the day.
func TestOnThisDayFeed(t *testing.T) {
	b, err := Load(DefaultArticle)
	if err != nil {
		t.Fatal(err)
	}
	subjects := b.Subjects()
	israel := FeedEvent{Year: 1948, Text: "David Ben-Gurion proclaims the establishment of the State of Israel, and the 1948 Arab–Israeli War begins.",
		Pages: []FeedPage{page("Israeli Declaration of Independence"), page("David Ben-Gurion")}}
	albania := FeedEvent{Year: 1912, Text: "Albania declares independence from the Ottoman Empire.",
		Pages: []FeedPage{page("Ottoman Empire"), page("Albanian Declaration of Independence")}}
	other := FeedEvent{Year: 1969, Text: "Apollo 10 is launched.", Pages: []FeedPage{page("Apollo 10")}}
	bc := FeedEvent{Year: -44, Text: "Something in Albania happens.", Pages: []FeedPage{page("Illyria")}}
	day := func(m time.Month, d int) time.Time { return time.Date(2026, m, d, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		name   string
		date   time.Time
		events []FeedEvent
		kind   DayKind
		text   string // in the answer
		cites  []string
	}{
		{"feed event", day(time.May, 14), []FeedEvent{other, israel}, DayFeed,
			"14 May 1948, 78 years ago: David Ben-Gurion proclaims the establishment of the State of Israel", []string{"https://en.wikipedia.org/wiki/Israeli_Declaration_of_Independence"}},
		{"feed beats the month", day(time.November, 28), []FeedEvent{albania}, DayFeed,
			"28 November 1912, 114 years ago: Albania declares independence", []string{"https://en.wikipedia.org/wiki/Albanian_Declaration_of_Independence"}},
		{"exact day beats the feed", day(time.August, 19), []FeedEvent{israel}, DayExact, "19 August 1991", nil},
		{"other things only: the month", day(time.November, 28), []FeedEvent{other}, DayMonth, "26 November 2019", nil},
		{"no feed: the month", day(time.November, 28), nil, DayMonth, "26 November 2019", nil},
		{"other things only: fact of the day", day(time.March, 3), []FeedEvent{other}, DayFactOfDay, "Fact of the day: ", nil},
		{"before the common era", day(time.March, 3), []FeedEvent{bc}, DayFeed, "3 March 44 BC: Something in Albania happens.", []string{"https://en.wikipedia.org/wiki/Illyria"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := b.OnThisDayFeed(tt.date, tt.events, subjects)
			if a.Kind != tt.kind || !strings.Contains(a.Text, tt.text) || !a.Found || a.Date != tt.date.Format("2006-01-02") {
				t.Fatalf("OnThisDayFeed(%s) = %s %q; want %s with %q", tt.date.Format("01-02"), a.Kind, a.Text, tt.kind, tt.text)
			}
			if tt.kind != DayFeed {
				if want := b.OnThisDay(tt.date); a.Text != want.Text {
					t.Errorf("answer %q; want the article's own %q", a.Text, want.Text)
				}
				return
			}
			var urls []string
			for _, c := range a.Citations {
				urls = append(urls, c.URL)
			}
			if strings.Join(urls, " ") != strings.Join(tt.cites, " ") || len(a.Feed) == 0 {
				t.Errorf("citations %q, %d events; want %q", urls, len(a.Feed), tt.cites)
			}
		})
	}
}

// BenchmarkOnThisDayFeed measures choosing a day's post from a feed day
// of 300 events, about a tenth of them about the subjects.
func BenchmarkOnThisDayFeed(b *testing.B) {
	base, err := Load(DefaultArticle)
	if err != nil {
		b.Fatal(err)
	}
	subjects := base.Subjects()
	var events []FeedEvent
	for i := range 300 {
		ev := FeedEvent{Year: 1500 + i, Text: fmt.Sprintf("Event number %d happens in a city of a country far away.", i),
			Pages: []FeedPage{{Title: fmt.Sprintf("Event %d", i), URL: fmt.Sprintf("https://en.wikipedia.org/wiki/Event_%d", i)}}}
		if i%10 == 0 {
			ev.Text = fmt.Sprintf("Israel and Albania sign agreement number %d.", i)
		}
		events = append(events, ev)
	}
	date := time.Date(2026, 5, 14, 0, 0, 0, 0, time.UTC)
	b.ReportAllocs()
	for b.Loop() {
		if a := base.OnThisDayFeed(date, events, subjects); a.Kind != DayFeed {
			b.Fatal(a.Kind)
		}
	}
}
