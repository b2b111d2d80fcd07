package facts

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// topicsByFullSort is the order in which Topics offered topics before it
// classified names in one pass: sahilm/fuzzy scores every name, one sort
// orders them all, and names near the key by a few edits follow. It is
// the oracle that TestTopicsOrder holds matchTopics to.
func topicsByFullSort(b *Base, key string, only *Article) []int {
	var out []int
	matches := fuzzy.Find(key, b.topicNames)
	class := func(m fuzzy.Match) int {
		name := b.topicNames[m.Index]
		switch {
		case strings.HasPrefix(name, key):
			return 0
		case strings.Contains(name, " "+key):
			return 1
		case strings.Contains(name, key):
			return 2
		}
		return 3
	}
	slices.SortStableFunc(matches, func(x, y fuzzy.Match) int {
		if cx, cy := class(x), class(y); cx != cy {
			return cx - cy
		}
		wx, wy := b.topics[x.Index].weight, b.topics[y.Index].weight
		switch {
		case wx > wy:
			return -1
		case wx < wy:
			return 1
		}
		return y.Score - x.Score
	})
	for _, m := range matches {
		if b.topicIn(m.Index, only) {
			out = append(out, m.Index)
		}
	}
	if len(key) >= 3 {
		for _, i := range b.central {
			if b.topicIn(i, only) && b.nearName(key, b.topicNames[i]) {
				out = append(out, i)
			}
		}
	}
	return out
}

// topicCase is a base and the article a lookup is limited to (nil: all).
type topicCase struct {
	b    *Base
	only *Article
}

// topicCases are the bases the topic tests look up in: one article,
// several, and one of several.
func topicCases(t *testing.T) []topicCase {
	one := New(parseFile(t, ""))
	several, arts := bilateral(t)
	return []topicCase{{one, nil}, {several, nil}, {several, arts[1]}}
}

// TestTopicsOrder holds autocomplete's order to the full sort's, on every
// prefix of every topic name and on some misspellings, with one article
// and with several, and within one of them.
func TestTopicsOrder(t *testing.T) {
	for _, tc := range topicCases(t) {
		frags := []string{"perez", "shimon perez", "embasy", "erthquake", "tel avv", "xyz", "zq", "é", "1991", "a b"}
		for _, name := range tc.b.topicNames {
			for n := 1; n <= len(name); n++ {
				frags = append(frags, Fold(name[:n]))
			}
		}
		for _, key := range frags {
			var got []int
			tc.b.matchTopics(key, tc.only, func(i int) bool { got = append(got, i); return true })
			if want := topicsByFullSort(tc.b, key, tc.only); !slices.Equal(got, want) {
				t.Fatalf("matchTopics(%q) = %v;\nthe full sort gives %v", key, got, want)
			}
		}
	}
}

// TestCentralOrder checks centralOrder's one-number sort against sorting
// by weight, then position, with a comparison function: for weights of
// whole halves and for others, which take the comparison.
func TestCentralOrder(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for round := range 200 {
		topics := make([]topic, rng.IntN(300))
		for i := range topics {
			n := float64(rng.IntN(20))
			switch {
			case round%3 == 2 && rng.IntN(10) == 0:
				topics[i].weight = rng.Float64() * 10
			case rng.IntN(2) == 0:
				topics[i].weight = nameBoost * n
			default:
				topics[i].weight = n
			}
		}
		want := make([]int, len(topics))
		for i := range want {
			want[i] = i
		}
		slices.SortStableFunc(want, func(x, y int) int {
			return cmp.Compare(topics[y].weight, topics[x].weight)
		})
		if got := centralOrder(topics); !slices.Equal(got, want) {
			t.Fatalf("round %d: centralOrder = %v; want %v", round, got, want)
		}
	}
}

// nearestByFullScore is nearestTopic as it was before sahilm/fuzzy
// scored only the names that can match: every name scored and sorted,
// the first of only's taken (the fallback by edits is unchanged and
// shared). TestNearestTopic holds nearestTopic to it.
func nearestByFullScore(b *Base, key string, only *Article) int {
	if len(key) >= 3 {
		for _, m := range fuzzy.Find(key, b.topicNames) {
			if b.topicIn(m.Index, only) {
				if len(m.Str) <= 2*len(key)+2 && m.Score > 0 {
					return m.Index
				}
				break
			}
		}
	}
	return b.nearByEdits(key, only)
}

// TestNearestTopic holds nearestTopic to the full score on every prefix
// and every one-letter slip of every topic name, with one article, with
// several, and within one of them.
func TestNearestTopic(t *testing.T) {
	for _, tc := range topicCases(t) {
		keys := []string{"perez", "shimon perez", "embasy", "erthquake", "tel avv", "xyz", "zq", "é", "1991", "a b", "hox"}
		for _, name := range tc.b.topicNames {
			for n := 1; n <= len(name); n++ {
				keys = append(keys, name[:n])
			}
			for i := 0; i < len(name); i++ {
				keys = append(keys, name[:i]+name[i+1:], name[:i]+"x"+name[i+1:])
			}
		}
		for _, key := range keys {
			if got, want := tc.b.nearestTopic(key, tc.only), nearestByFullScore(tc.b, key, tc.only); got != want {
				t.Fatalf("nearestTopic(%q) = %d; the full score gives %d", key, got, want)
			}
		}
	}
}

// FuzzNearestTopic holds nearestTopic to the full score for any folded
// key.
func FuzzNearestTopic(f *testing.F) {
	b, err := Load(DefaultArticle)
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{"perez", "embasy", "tel avv", "hoxha", "1991", "é"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		key := Fold(strings.Join(strings.Fields(s), " "))
		if got, want := b.nearestTopic(key, nil), nearestByFullScore(b, key, nil); got != want {
			t.Fatalf("nearestTopic(%q) = %d; the full score gives %d", key, got, want)
		}
	})
}

// TestTopicMeantAsTyped checks that a lookup of a word WordNet knows but
// no article writes is declined rather than taken for a slip of a topic
// a few letters away ("unicycle" is no "bicycle", "carnival" no
// "arrival"), while a slip that is no word ("bicycel", "arival") or one
// within an edit of a topic ("robert hook" of "Robert Hooke") still
// finds its topic.
func TestTopicMeantAsTyped(t *testing.T) {
	b := loadArticle(t, "= Ride =\n\nThe bicycle was invented in 1817. Robert Hooke rode one.\n\n== Arrival ==\n\nThe arrival of the railway changed the town in 1840.\n")
	for _, tt := range []struct {
		key   string
		found bool
	}{
		{"unicycle", false},
		{"carnival", false},
		{"robert boyle", false},
		{"bicycel", true},
		{"arival", true},
		{"robert hook", true},
		{"bicycle", true},
	} {
		if a := b.Topic(tt.key); a.Found != tt.found {
			t.Errorf("Topic(%q).Found = %v; want %v (%q)", tt.key, a.Found, tt.found, a.Text)
		}
	}
}

// TestTopicNamedFirst checks that a lookup of a name of several words or
// of an acronym quotes first a fact that writes the name, not one that
// only repeats the words the index keeps of it ("Baltic" of "Baltic
// Way").
func TestTopicNamedFirst(t *testing.T) {
	b := loadArticle(t, "= Baltics =\n\nThe Baltic states signed a Baltic defence pact and run the Baltic Defence College on the Baltic coast.\n\nIn 1989 two million people joined hands in the Baltic Way.\n")
	a := b.Topic("baltic way")
	if !a.Found || !strings.HasPrefix(a.Text, "In 1989") {
		t.Errorf("Topic(baltic way) = %q; want the Baltic Way's sentence first", a.Text)
	}
	// An acronym's topic holds the facts with the terms of what it
	// stands for: "National Rescue Unit" has the stems of "United
	// Nations".
	c := loadArticle(t, "= Aid =\n\nThe Unit of the Nation flew home.\n\nIn 2018 the new ambassador to the United Nations, a lawyer who had long worked for the foreign ministry in the capital and abroad, spoke at length at the UN about the long history of the friendship between the two peoples.\n")
	for _, key := range []string{"un", "united nations"} {
		if a := c.Topic(key); !a.Found || !strings.HasPrefix(a.Text, "In 2018") {
			t.Errorf("Topic(%s) = %q; want the United Nations' sentence first", key, a.Text)
		}
	}
}

// TestTopicShortKey checks that a lookup of two letters finds a name
// that begins with them as typed, not every name that shares their first
// letter ("k2" is no "Khumbu").
func TestTopicShortKey(t *testing.T) {
	b := loadArticle(t, "= Peaks =\n\nThe Khumbu Glacier lies below the peak.\n\nKarl Ingolf climbed it in 1950.\n")
	if a := b.Topic("k2"); a.Found {
		t.Errorf("Topic(k2) = %q; want a decline", a.Text)
	}
	if a := b.Topic("kh"); !a.Found || !strings.Contains(a.Text, "Khumbu") {
		t.Errorf("Topic(kh) = %q; want the Khumbu Glacier", a.Text)
	}
}

// TestTopicForms checks how a lookup of one word finds its topic: the
// article's subject by its lead, not by the sentence that writes its name
// most densely; another form of a topic's word by that topic, not by a
// longer name that holds its letters ("bicycle thieves"); and a common
// word of English that no article writes by no slip ("deaths" is no
// "depths"), while one WordNet knows is repaired within an edit
// ("wheal" for "wheel") as a question word is.
func TestTopicForms(t *testing.T) {
	b := loadArticle(t, "= Bicycle =\n\nA bicycle is a vehicle with two wheels. Bicycles came in the 19th century.\n\n== Culture ==\n\nThe film Bicycle Thieves shows a bicycle stolen, and a bicycle found.\n\nThe wreck lies at a depth of 3,800 m.\n")
	for _, tt := range []struct {
		key   string
		found bool
		want  string
	}{
		{"bicycle", true, "A bicycle is a vehicle"},
		{"bicycles", true, "A bicycle is a vehicle"},
		{"deaths", false, ""},
		{"wheal", true, "A bicycle is a vehicle with two wheels"},
	} {
		a := b.Topic(tt.key)
		if a.Found != tt.found || !strings.HasPrefix(a.Text, tt.want) {
			t.Errorf("Topic(%q) = %v %q; want %v, opening %q", tt.key, a.Found, a.Text, tt.found, tt.want)
		}
	}
}

// TestTopicSubject checks lookups of an article's subject by a word of
// its title: the word alone finds the lead ("nimbus" of "RMS Nimbus"),
// and with another word needs only that one in the fact ("nimbus
// shipyard" of "She was built at the shipyard …"), as a fact on the
// subject need not name it.
func TestTopicSubject(t *testing.T) {
	b := loadArticle(t, "= RMS Nimbus =\n\nRMS Nimbus was a liner that sank in 1912 on her first voyage.\n\n== Building ==\n\nShe was built at the shipyard of Harland and Wolff in Belfast from 1909.\n\nThe hull of Nimbus was painted black.\n")
	for _, tt := range []struct{ key, want string }{
		{"nimbus", "RMS Nimbus was a liner"},
		{"nimbus shipyard", "She was built at the shipyard"},
	} {
		if a := b.Topic(tt.key); !a.Found || !strings.HasPrefix(a.Text, tt.want) {
			t.Errorf("Topic(%q) = %v %q; want one opening %q", tt.key, a.Found, a.Text, tt.want)
		}
	}
}

// TestPluralPair checks which words a lookup takes for another number of
// a topic's word.
func TestPluralPair(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"bicycles", "bicycle", true},
		{"visa", "visas", true},
		{"cities", "city", true},
		{"boxes", "box", true},
		{"openings", "open", false},
		{"united", "unit", false},
		{"bicycle", "bicycle", false},
	} {
		if got := pluralPair(tt.a, tt.b); got != tt.want {
			t.Errorf("pluralPair(%q, %q) = %v; want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestTopicInfoboxKey checks that a lookup of an infobox key quotes its
// line first ("born" of "Born: …"), whether the word is a topic or not
// ("died"), rather than a sentence that writes the word more often.
func TestTopicInfoboxKey(t *testing.T) {
	b := loadArticle(t, "= Ada Berg =\n\nInfobox\n- Born: 1 May 1900, Oslo\n- Died: 2 June 1980, Bergen\n\nAda Berg was a Norwegian chemist.\n\n== Family ==\n\nHer daughter was born in 1930 and her son was born in 1932.\n\nHer husband died in 1950, and her brother died in 1960.\n")
	for _, tt := range []struct{ key, want string }{
		{"born", "Born: 1 May 1900"},
		{"died", "Died: 2 June 1980"},
	} {
		if a := b.Topic(tt.key); !a.Found || !strings.HasPrefix(a.Text, tt.want) {
			t.Errorf("Topic(%q) = %v %q; want one opening %q", tt.key, a.Found, a.Text, tt.want)
		}
	}
}

// TestTopicSlipSuggested checks what a declined lookup of one word
// suggests: the topic a slip that is no word is two edits from
// ("bycicle": bicycle), and nothing for a word of English no article has
// ("unicycle").
func TestTopicSlipSuggested(t *testing.T) {
	b := loadArticle(t, "= Ride =\n\nThe bicycle was invented in 1817.\n\nThe railway came in 1840.\n")
	for _, tt := range []struct {
		key  string
		want []string
	}{
		{"bycicle", []string{"bicycle"}},
		{"unicycle", []string{}},
	} {
		a := b.Topic(tt.key)
		if a.Found || !slices.Equal(a.Suggestions, tt.want) {
			t.Errorf("Topic(%q) = %v, suggesting %q; want a decline suggesting %q", tt.key, a.Found, a.Suggestions, tt.want)
		}
	}
}

// FuzzTopic holds a lookup's answer, whatever is typed, to what the
// handlers show: found, it cites a fact and quotes valid UTF-8 of at
// most a few facts and its antecedents; declined, it says so, cites
// nothing and suggests at most three topics, each one of the base's.
func FuzzTopic(f *testing.F) {
	for _, s := range []string{"embassy", "embasy", "shimon perez", "albania", "bycicle", "unicycle", "k2", "un",
		"united nations", "visa", "deaths", "born", "titanic sinking date", "", "  ", "\xff\xfe", "é", strings.Repeat("ab ", 40)} {
		f.Add(s)
	}
	b, err := Load(DefaultArticle)
	if err != nil {
		f.Fatal(err)
	}
	names := map[string]bool{}
	for _, tp := range b.topics {
		names[tp.name] = true
	}
	f.Fuzz(func(t *testing.T, key string) {
		if len(key) > 200 {
			key = key[:200] // the handlers clip a topic to 100 characters
		}
		a := b.Topic(key)
		if !a.Found {
			if len(a.Citations) != 0 || len(a.Suggestions) > 3 {
				t.Fatalf("Topic(%q) declined with %d citations and suggestions %q", key, len(a.Citations), a.Suggestions)
			}
			for _, s := range a.Suggestions {
				if !names[s] {
					t.Fatalf("Topic(%q) suggests %q, no topic's name", key, s)
				}
			}
			return
		}
		if len(a.Citations) == 0 || !utf8.ValidString(a.Text) || len(a.Facts) > 2*maxTopicFacts {
			t.Fatalf("Topic(%q) = %q with %d citations and %d facts", key, a.Text, len(a.Citations), len(a.Facts))
		}
	})
}

// TestTopicsForms checks that autocomplete offers first the topic of a
// plural's singular ("bicycles": bicycle, before "Bicycle Thieves"), and
// for a slip that matches nothing the topic two edits away ("bycicle").
func TestTopicsForms(t *testing.T) {
	b := loadArticle(t, "= Ride =\n\nThe bicycle was invented in 1817.\n\nThe film Bicycle Thieves came out in 1948.\n\nA Bicycle Day is held.\n")
	if got := b.Topics("bicycles"); len(got) == 0 || got[0] != "bicycle" {
		t.Errorf("Topics(bicycles) = %q; want bicycle first", got)
	}
	if got := b.Topics("bycicle"); !slices.Equal(got, []string{"bicycle"}) {
		t.Errorf("Topics(bycicle) = %q; want [bicycle]", got)
	}
}
