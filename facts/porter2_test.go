package facts

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/kljensen/snowball/english"
)

// TestPorter2 checks porter2 against github.com/kljensen/snowball's
// English stemmer, the reference it follows, on every word of every test
// article and on words built from the suffixes the algorithm handles.
func TestPorter2(t *testing.T) {
	words := map[string]bool{}
	add := func(text string) {
		for _, tk := range tokenize(text, nil) {
			if isASCIILower(tk.word) && len(tk.word) <= maxStemLen {
				words[tk.word] = true
			}
		}
	}
	add(string(DefaultArticle))
	paths, _ := filepath.Glob("testdata/*.txt")
	more, _ := filepath.Glob("testdata/articles/*.txt")
	shared, _ := filepath.Glob(sharedDir + "/qa/squad/*.txt")
	for _, p := range append(append(paths, more...), shared...) {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		add(string(data))
	}
	stems := []string{"relat", "national", "happy", "hop", "hope", "fil", "agree", "generous", "communal",
		"arsenal", "sky", "bye", "fly", "play", "troy", "crispy", "control", "roll", "tall", "fizz", "hiss", "gas",
		"bus", "caress", "pony", "ti", "tie", "bleed", "plaster", "ration", "condition", "precis", "analog", "geolog",
		"electric", "formal", "sensit", "effect", "adjust", "irrit", "depend", "adopt", "activ", "bowd", "dy", "wy"}
	suffixes := []string{"", "s", "es", "ies", "ied", "ss", "sses", "us", "ed", "ing", "ingly", "edly", "eed", "eedly",
		"y", "ly", "li", "ogi", "ational", "tional", "enci", "anci", "izer", "ization", "ation", "ator", "alism",
		"aliti", "alli", "fulness", "ousli", "ousness", "iveness", "iviti", "biliti", "bli", "fulli", "lessli",
		"entli", "alize", "icate", "iciti", "ical", "ful", "ness", "ative", "al", "ance", "ence", "er", "ic", "able",
		"ible", "ant", "ement", "ment", "ent", "ism", "ate", "iti", "ous", "ive", "ize", "ion", "sion", "tion", "e",
		"le", "ll", "ye", "yed", "ying", "at", "bl", "iz", "bb", "tt"}
	for _, s := range stems {
		for _, x := range suffixes {
			words[s+x] = true
		}
	}
	if len(words) < 1000 {
		t.Fatalf("only %d words to compare", len(words))
	}
	for w := range words {
		if got, want := porter2(w), english.Stem(w, true); got != want {
			t.Errorf("porter2(%q) = %q; want %q", w, got, want)
		}
	}
}

func BenchmarkStem(b *testing.B) {
	words := []string{"established", "relationships", "recognition", "marriage", "generously", "happiness", "dying", "ran"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		Stem(words[i%len(words)])
	}
}

func BenchmarkStemSnowball(b *testing.B) {
	words := []string{"established", "relationships", "recognition", "marriage", "generously", "happiness", "dying", "ran"}
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		english.Stem(words[i%len(words)], true)
	}
}
