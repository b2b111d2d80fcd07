package facts

import (
	"slices"
	"sort"
	"strings"
)

// synonymGroups are sets of general English words that a question may use
// for what an article says another way ("died" for "killing", "help" for
// "assistance"). They are ordinary English, not drawn from any article or
// question set; a match through them counts for less than the word itself.
var synonymGroups = []string{
	"die death dead kill fatality casualty perish",
	"injure wound hurt injury",
	"begin start commence launch inaugurate",
	"end finish stop cease conclude",
	"help assist assistance aid support relief rescue",
	"country nation state",
	"relation tie relationship diplomatic",
	"establish create",
	"recognize recognition acknowledge",
	"visit trip tour travel",
	"say remark comment opine declare tell write quote",
	"meet meeting encounter",
	"sign agreement treaty accord deal pact",
	"award medal decoration honor prize give present bestow",
	"build erect construct unveil dedicate",
	"monument memorial statue",
	"hide conceal shelter protect save refuge",
	"refugee asylum displaced",
	"flee escape emigrate leave migrate move",
	"tourist visitor traveler",
	"flight airline fly",
	"embassy mission consulate",
	"soldier troop military army force",
	"damage destroy ruin",
	"building house home structure",
	"earthquake quake tremor seismic",
	"religion faith religious",
	"ban prohibit forbid outlaw",
	"strain tension tense hostile",
	"war conflict",
	"population inhabitant resident people live reside",
	"unit team troop squad corps division brigade battalion command",
	"propose suggest introduce",
	"adopt accept approve pass",
	"look appearance shape design image",
	"host organize hold",
	"inscription inscribe engrave written",
	"negotiate negotiation talk discuss",
	"friend friendship ally",
	"trade commerce business economic",
	"leader head chief",
	"president head",
	"premier prime",
	"capital city",
	"jew jewish judaism",
	"muslim islam islamic",
	"christian christianity",
	"communist communism",
	"antisemitism semitism",
	"large big huge",
	"small little",
	"first initial earliest",
	"celebrate commemorate mark",
	"honor honour commemorate memory",
	"job employment work",
	"spouse wife husband",
	"research study science",
	"medical health medicine",
}

// synonyms maps a stem to the other stems of its groups. Built once.
var synonyms = func() map[string][]string {
	m := make(map[string][]string)
	for _, g := range synonymGroups {
		words := strings.Fields(g)
		stems := make([]string, len(words))
		for i, w := range words {
			stems[i] = Stem(w)
		}
		for i, s := range stems {
			for j, o := range stems {
				if i != j && o != s && !contains(m[s], o) {
					m[s] = append(m[s], o)
				}
			}
		}
	}
	return m
}()

// phrases are general English multi-word expressions a question may use
// for a single word the article would use: they are rewritten before the
// question's words are weighed.
var phrases = map[string]string{
	"head of state": "president", "heads of state": "president", "head of government": "premier",
	"set up": "establish", "death toll": "killed", "passed away": "died", "took over": "seized",
	"came to": "visited", "went to": "visited", "go to": "visit", "come to": "visit",
	"how come": "why", "what for": "why", "how long ago": "when", "in what year": "when",
	"up to date": "current", "a lot of": "many",
}

// phraseStarts indexes phrases by their first word, longest first.
var phraseStarts = func() map[string][][]string {
	m := map[string][][]string{}
	for p := range phrases {
		w := strings.Fields(p)
		m[w[0]] = append(m[w[0]], w)
	}
	for _, ps := range m {
		sort.Slice(ps, func(i, j int) bool {
			if len(ps[i]) != len(ps[j]) {
				return len(ps[i]) > len(ps[j])
			}
			return strings.Join(ps[i], " ") < strings.Join(ps[j], " ")
		})
	}
	return m
}()

// rewritePhrases replaces the phrases in a question's words.
func rewritePhrases(words []string) []string {
	starts := false
	for _, w := range words {
		if _, ok := phraseStarts[w]; ok {
			starts = true
			break
		}
	}
	if !starts {
		return words // the usual case: nothing to rewrite, nothing to copy
	}
	out := words[:0:0]
	for i := 0; i < len(words); i++ {
		replaced := false
		for _, p := range phraseStarts[words[i]] {
			if i+len(p) <= len(words) && slices.Equal(words[i:i+len(p)], p) {
				out = append(out, strings.Fields(phrases[strings.Join(p, " ")])...)
				i += len(p) - 1
				replaced = true
				break
			}
		}
		if !replaced {
			out = append(out, words[i])
		}
	}
	return out
}

// abbreviationsExpanded are general abbreviations a question may use.
// Acronyms that an article spells out are found in the article itself.
var abbreviationsExpanded = map[string]string{
	"ww2": "world war ii", "wwii": "world war ii", "ww1": "world war i", "wwi": "world war i",
	"un": "united nations", "us": "united states", "usa": "united states", "uk": "united kingdom",
	"eu": "european union", "idf": "israel defense forces", "pm": "prime minister", "mp": "member parliament",
	"nato": "north atlantic treaty organization", "fm": "foreign minister", "intl": "international",
	"govt": "government", "dept": "department", "approx": "approximately", "yr": "year", "yrs": "years",
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
