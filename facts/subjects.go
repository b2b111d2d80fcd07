package facts

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// demonymEndings turn a place's name into its people's or adjective's:
// Albania+n, Israel+i, Ital(y)+ian, Japan+ese, Pol(and)… (the last is
// beyond these and wants DAILY_SUBJECTS). With a plural "s" where the
// word takes one.
var demonymEndings = []string{"n", "ns", "an", "ans", "ian", "ians", "i", "is", "ese", "ish"}

// Subjects returns the names the base's articles are about: the proper
// names of their titles ("Albania–Israel relations" gives Albania and
// Israel; "Turkey–United States relations" gives Turkey and United
// States), then the demonyms of those names that the articles write
// (Albanian, Albanians, Israeli, Israelis). Wikipedia writes titles in
// sentence case, so a capitalised word after the first is a name; the
// first word is one only when the articles never write it in lower case
// ("Foreign relations of Albania" gives Albania alone).
func (b *Base) Subjects() []string {
	var subjects []string
	add := func(s string) {
		if !slices.Contains(subjects, s) {
			subjects = append(subjects, s)
		}
	}
	for _, a := range b.Articles {
		lower, capital := a.wordCases()
		for _, name := range titleNames(a.Title, lower) {
			add(name)
		}
		for _, name := range subjects {
			if strings.Contains(name, " ") {
				continue
			}
			stems := []string{name}
			if r, size := utf8.DecodeLastRuneInString(name); strings.ContainsRune("aeiouy", r) && len(name) > 3 {
				stems = append(stems, name[:len(name)-size]) // Ital(y) + ian
			}
			for _, stem := range stems {
				for _, end := range demonymEndings {
					if w := stem + end; w != name && capital[w] {
						add(w)
					}
				}
			}
		}
	}
	return subjects
}

// wordCases returns the words an article writes in lower case, and those
// it writes capitalised, as written.
func (a *Article) wordCases() (lower, capital map[string]bool) {
	lower, capital = map[string]bool{}, map[string]bool{}
	for _, f := range a.Facts {
		for _, w := range Words(f.Text) {
			r, _ := utf8.DecodeRuneInString(w)
			if unicode.IsUpper(r) {
				capital[w] = true
			} else {
				lower[w] = true
			}
		}
	}
	return lower, capital
}

// titleNames returns the runs of name words in a title: capitalised words
// after the first, and the first when lower never holds it in lower case.
func titleNames(title string, lower map[string]bool) []string {
	var names, run []string
	flush := func() {
		if len(run) > 0 {
			names = append(names, strings.Join(run, " "))
			run = nil
		}
	}
	first := true
	for _, part := range strings.Fields(title) {
		// A dash or other mark ends a name: "Albania–Israel" is two, and
		// so is "Paris, Texas"; "United States" is one.
		if r, _ := utf8.DecodeRuneInString(part); !nameRune(r) {
			flush()
		}
		for i, w := range Words(part) {
			if i > 0 {
				flush()
			}
			r, _ := utf8.DecodeRuneInString(w)
			name := unicode.IsUpper(r) && (!first || !lower[strings.ToLower(w)])
			first = false
			if !name {
				flush()
				continue
			}
			run = append(run, w)
		}
		if r, _ := utf8.DecodeLastRuneInString(part); !nameRune(r) {
			flush()
		}
	}
	flush()
	return names
}

// Words splits text into words: runs of letters, digits and apostrophes
// inside a word. Everything else (spaces, dashes, underscores, brackets)
// separates words, so "Israel–Hezbollah", "Israeli_Declaration" and
// "Israel's" all hold the word Israel.
func Words(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool { return !nameRune(r) })
}

// nameRune reports whether r belongs inside a word of a name.
func nameRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) }

// Names reports whether text names one of the subjects as a word (or a
// run of words, for "United States"), as written: names are capitalised,
// so "Turkey" is not "turkey".
func Names(text string, subjects []string) bool {
	return newNamer(subjects).names(text)
}

// namer finds subjects in texts, each subject split into its words once.
type namer [][]string

func newNamer(subjects []string) namer {
	var n namer
	for _, s := range subjects {
		if w := Words(s); len(w) > 0 {
			n = append(n, w)
		}
	}
	return n
}

func (n namer) names(text string) bool {
	if len(n) == 0 {
		return false
	}
	words := Words(text)
	for _, sw := range n {
		for i := 0; i+len(sw) <= len(words); i++ {
			if words[i] == sw[0] && slices.Equal(words[i:i+len(sw)], sw) {
				return true
			}
		}
	}
	return false
}
