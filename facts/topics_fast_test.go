package facts

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

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

// TestTopicsOrder holds autocomplete's order to the full sort's, on every
// prefix of every topic name and on some misspellings, with one article
// and with several, and within one of them.
func TestTopicsOrder(t *testing.T) {
	one := New(parseFile(t, ""))
	several, arts := bilateral(t)
	for _, tc := range []struct {
		b    *Base
		only *Article
	}{{one, nil}, {several, nil}, {several, arts[1]}} {
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
