package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// latinExtA folds U+0100..U+017F (Latin Extended-A) to a base letter, one
// byte a rune, so that "Durrës", "Durres" and "Durrés" meet.
const latinExtA = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"

// latin1 folds U+00C0..U+00FF; '*' marks runes that are not letters.
const latin1 = "aaaaaaaceeeeiiiidnooooo*ouuuuytsaaaaaaaceeeeiiiidnooooo*ouuuuyty"

// foldRune returns the lower-case ASCII base letter of r when r is a Latin
// letter with a diacritic, and unicode.ToLower(r) otherwise. Multi-letter
// ligatures (æ, œ, ß) fold to their first letter: good enough for matching,
// and it keeps folding one rune to one rune.
func foldRune(r rune) rune {
	switch {
	case r < 0x80:
		if 'A' <= r && r <= 'Z' {
			return r + 'a' - 'A'
		}
		return r
	case r >= 0xC0 && r <= 0xFF:
		if c := latin1[r-0xC0]; c != '*' {
			return rune(c)
		}
		return r
	case r >= 0x100 && r <= 0x17F:
		return rune(latinExtA[r-0x100])
	case r == '\u2018' || r == '\u2019' || r == '\u02BC' || r == '`' || r == '\u00B4':
		return '\''
	case r == '\u201C' || r == '\u201D':
		return '"'
	case r == '\u2010' || r == '\u2011' || r == '\u2012' || r == '\u2013' || r == '\u2014' || r == '\u2212':
		return '-'
	}
	return unicode.ToLower(r)
}

// Fold lower-cases s, removes diacritics from Latin letters and replaces
// typographic quotes and dashes with their ASCII forms. It is idempotent:
// Fold(Fold(s)) == Fold(s).
func Fold(s string) string {
	plain := true // ASCII with nothing to change: return it as it is
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 0x80 || 'A' <= c && c <= 'Z' || c == '`' {
			plain = false
			break
		}
	}
	if plain {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		if r == utf8.RuneError {
			continue
		}
		b.WriteRune(foldRune(r))
	}
	return b.String()
}

// isWordRune reports whether r belongs inside a word token.
func isWordRune(r rune) bool {
	return (unicode.IsLetter(r) || unicode.IsDigit(r)) && r != '\u02BC' // ʼ is an apostrophe, though Unicode calls it a letter
}

// token is one word of a text, folded, with its position in the source.
type token struct {
	word  string // folded surface form, possessive removed
	start int    // byte offset in the source text
	end   int
	cap   bool // first letter was upper case in the source
}

// tokenize splits text into folded word tokens. Digits grouped with commas
// ("3,000") stay one token without the commas; a possessive "'s" is dropped;
// other apostrophes inside words are removed ("Mevo'ot" -> "mevoot"), so the
// same word always yields the same token whatever quote character was used.
func tokenize(text string, out []token) []token {
	i := 0
	for i < len(text) {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += size
			continue
		}
		start := i
		// Fast path: a plain ASCII word needs no copy when lower case, and
		// one when not.
		j := i
		upper := false
		for j < len(text) && ('a' <= text[j] && text[j] <= 'z' || '0' <= text[j] && text[j] <= '9' || 'A' <= text[j] && text[j] <= 'Z') {
			upper = upper || text[j] <= 'Z' && text[j] >= 'A'
			j++
		}
		if j > i && (j == len(text) || text[j] == ' ' || text[j] == ',' && (j+1 >= len(text) || !isDigitByte(text[j+1])) ||
			text[j] == '.' && (j+1 >= len(text) || !isDigitByte(text[j+1])) || text[j] == ';' || text[j] == ')' || text[j] == '?' || text[j] == ':' || text[j] == '!' || text[j] == '-' && !isDigitByte(text[i])) {
			w := text[i:j]
			if upper {
				w = strings.ToLower(w)
			}
			out = append(out, token{word: w, start: i, end: j, cap: 'A' <= text[i] && text[i] <= 'Z'})
			i = j
			continue
		}
		var b strings.Builder
		capital := unicode.IsUpper(r)
		for i < len(text) {
			r, size = utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				b.WriteRune(foldRune(r))
				i += size
				continue
			}
			// A comma or full stop between digits continues a number: 3,000 and 2.5.
			if (r == ',' || r == '.') && b.Len() > 0 && isDigitByte(b.String()[b.Len()-1]) && i+1 < len(text) && isDigitByte(text[i+1]) {
				if r == '.' {
					b.WriteByte('.')
				}
				i += size
				continue
			}
			// An apostrophe between letters: possessive or elision.
			if r == '\'' || r == '\u2019' || r == '\u02BC' {
				nr, nsize := utf8.DecodeRuneInString(text[i+size:])
				if i+size < len(text) && unicode.IsLetter(nr) {
					// "'s" at the end of a word is a possessive: stop here.
					if (nr == 's' || nr == 'S') && !isWordAt(text, i+size+nsize) {
						out = append(out, token{word: b.String(), start: start, end: i, cap: capital})
						i += size + nsize
						b.Reset()
						break
					}
					i += size
					continue
				}
			}
			break
		}
		if b.Len() > 0 {
			out = append(out, token{word: b.String(), start: start, end: i, cap: capital})
		}
	}
	return out
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// isWordAt reports whether a word rune starts at byte offset i of s.
func isWordAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}

// irregular maps irregular English verb forms (and a few plurals) to the form
// the stemmer produces for their base, so "began" meets "begin" and "struck"
// meets "strike". General English only: nothing here comes from an article.
var irregular = map[string]string{
	"began": "begin", "begun": "begin", "took": "take", "taken": "take", "sent": "send",
	"met": "meet", "said": "say", "says": "say", "wrote": "write", "written": "write",
	"struck": "strike", "stricken": "strike", "led": "lead", "won": "win", "gave": "give", "given": "give",
	"made": "make", "became": "become", "came": "come", "went": "go", "gone": "go",
	"saw": "see", "seen": "see", "knew": "know", "known": "know", "held": "hold",
	"built": "build", "brought": "bring", "bought": "buy", "fought": "fight", "thought": "think",
	"told": "tell", "found": "find", "left": "leave", "lost": "lose", "paid": "pay",
	"fell": "fall", "fallen": "fall", "grew": "grow", "grown": "grow", "rose": "rise", "risen": "rise",
	"hid": "hide", "hidden": "hide", "fled": "flee", "chose": "choose", "chosen": "choose",
	"spoke": "speak", "spoken": "speak", "broke": "break", "broken": "break", "ran": "run",
	"sold": "sell", "stood": "stand", "understood": "understand", "kept": "keep", "felt": "feel",
	"meant": "mean", "got": "get", "gotten": "get", "forgot": "forget", "forgotten": "forget",
	"drove": "drive", "driven": "drive", "flew": "fly", "flown": "fly", "shot": "shoot",
	"sought": "seek", "taught": "teach", "caught": "catch", "threw": "throw", "thrown": "throw",
	"lived": "live", "lives": "life", "died": "die", "dies": "die", "dying": "die", "dead": "die",
	"killed": "kill", "people": "people", "children": "child", "men": "man", "women": "woman",
	"was": "be", "were": "be", "is": "be", "are": "be", "been": "be", "am": "be",
	"has": "have", "had": "have", "did": "do", "does": "do", "done": "do",
	"bore": "bear", "born": "bear", "wore": "wear", "worn": "wear", "won't": "will",
}

// britishSuffix rewrites British spellings to American ones before
// stemming: recognise -> recognize, honour -> honor, centre -> center.
func britishToAmerican(w string) string {
	n := len(w)
	switch {
	case n > 5 && strings.HasSuffix(w, "isation"):
		return w[:n-7] + "ization"
	case n > 5 && (strings.HasSuffix(w, "ised") || strings.HasSuffix(w, "ises")):
		if !strings.HasSuffix(w, "wised") && !strings.HasSuffix(w, "mised") && !strings.HasSuffix(w, "cised") {
			return w[:n-4] + "ized"[:2] + w[n-2:]
		}
	case n > 5 && strings.HasSuffix(w, "ising"):
		if !strings.HasSuffix(w, "rising") && !strings.HasSuffix(w, "mising") {
			return w[:n-5] + "izing"
		}
	case n > 4 && strings.HasSuffix(w, "ise"):
		if !strings.HasSuffix(w, "wise") && !strings.HasSuffix(w, "mise") && !strings.HasSuffix(w, "cise") && !strings.HasSuffix(w, "rise") && !strings.HasSuffix(w, "vise") {
			return w[:n-3] + "ize"
		}
	case n > 5 && strings.HasSuffix(w, "our") && !strings.HasSuffix(w, "tour"):
		return w[:n-3] + "or"
	case n > 6 && strings.HasSuffix(w, "ours") && !strings.HasSuffix(w, "tours"):
		return w[:n-4] + "ors"
	case n > 4 && strings.HasSuffix(w, "tre"):
		return w[:n-3] + "ter"
	case n > 5 && strings.HasSuffix(w, "ogue"):
		return w[:n-2]
	case n > 5 && strings.HasSuffix(w, "yse"):
		return w[:n-3] + "yze"
	}
	return w
}

// Stem reduces a folded word to a matching key: irregular forms, British
// spellings, plurals, verb endings and common derivational suffixes are
// removed, so "established", "establishes" and "establishment" share a key
// and "recognised" meets "recognition". The result is for matching only,
// never shown. Stem is idempotent on its own output for the words an
// article holds, and it never returns an empty string for a non-empty word.
func Stem(w string) string {
	// One pass can leave a word another pass would shorten ("embedded" ->
	// "embed" -> "emb"); iterate to a fixed point so that the stem of a
	// stem is itself, which the matcher and NormalizeQuery rely on.
	s := stemOnce(w)
	if s == w {
		return s // nothing to remove: already a fixed point
	}
	for range 4 {
		t := stemOnce(s)
		if t == s {
			return s
		}
		s = t
	}
	return s
}

// stemOnce is one pass of Stem's rules.
func stemOnce(w string) string {
	if base, ok := irregular[w]; ok {
		w = base
	}
	if len(w) <= 3 || !isAlpha(w) {
		return w
	}
	w = britishToAmerican(w)
	n := len(w)
	// Step 1: plurals and verb endings.
	switch {
	case strings.HasSuffix(w, "ies") && n > 4:
		w = w[:n-3] + "y"
	case strings.HasSuffix(w, "ied") && n > 4:
		w = w[:n-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zzes"):
		w = w[:n-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
	case strings.HasSuffix(w, "s") && n > 3:
		w = w[:n-1]
	}
	n = len(w)
	switch {
	case strings.HasSuffix(w, "eed"):
		if n > 5 {
			w = w[:n-1]
		}
	case strings.HasSuffix(w, "ed") && n > 4 && hasVowel(w[:n-2]):
		w = undouble(w[:n-2])
	case strings.HasSuffix(w, "ing") && n > 5 && hasVowel(w[:n-3]):
		w = undouble(w[:n-3])
	}
	// Step 2: derivational suffixes, keeping a stem of at least four letters
	// so that short words ("state", "nation") are left alone.
	for pass := 0; pass < 2; pass++ {
		changed := false
		for _, s := range derivational {
			if strings.HasSuffix(w, s.suffix) && len(w)-len(s.suffix) >= s.min {
				w = w[:len(w)-len(s.suffix)] + s.repl
				changed = true
				break
			}
		}
		if !changed {
			break
		}
	}
	if len(w) > 4 && w[len(w)-1] == 'e' && w[len(w)-2] != 'e' { // refugee is not refuge
		w = w[:len(w)-1]
	}
	if len(w) > 4 && w[len(w)-1] == 'y' && !isVowel(w[len(w)-2]) {
		w = w[:len(w)-1] + "i"
	}
	return w
}

// derivational lists suffixes removed by Stem, longest first.
// min is the shortest stem left behind: four letters keeps short words
// ("state", "nation") whole; "ish" may leave three ("jewish" -> "jew").
var derivational = []struct {
	suffix, repl string
	min          int
}{
	{"ization", "", 4}, {"ation", "at", 4}, {"ition", "", 4},
	{"ment", "", 4}, {"ness", "", 4}, {"ship", "", 4},
	{"ance", "", 4}, {"ence", "", 4}, {"ity", "", 4},
	{"ize", "", 4}, {"iz", "", 4}, {"ish", "", 3}, {"fully", "", 4}, {"ful", "", 4}, {"ly", "", 4},
}

func isAlpha(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			if c < 0x80 {
				return false
			}
		}
	}
	return true
}

func isVowel(c byte) bool { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' }

func hasVowel(w string) bool {
	for i := 0; i < len(w); i++ {
		if isVowel(w[i]) || (w[i] == 'y' && i > 0) {
			return true
		}
	}
	return false
}

// undouble turns "stopp" into "stop" after a removed ending, but keeps the
// double letters that English words end in (ll, ss, zz).
func undouble(w string) string {
	n := len(w)
	if n >= 2 && w[n-1] == w[n-2] && !isVowel(w[n-1]) && w[n-1] != 'l' && w[n-1] != 's' && w[n-1] != 'z' {
		return w[:n-1]
	}
	return w
}

// stopwords carry no topic: articles, pronouns, auxiliaries, prepositions
// and question words. Question words are read before they are dropped.
var stopwords = makeSet(`a an the and or but if then than so of in on at to for from by with without about
into onto over under during since until between among through against within upon across
as is are was were be been being am do does did done doing have has had having will would shall should
can could may might must it its this that these those there here their them they he she him her his hers
we us our you your i me my mine who whom whose which what when where why how whats wheres whos hows
not no yes also only just very much many some any all each every both either neither such
own same other another one ones tell know please thing things anything something get got let lets
s t d ll m re ve y o ever still yet already again way well even too really quite like
now today currently nowadays presently exactly approximately roughly located situated`)

// lightwords are frequent verbs and nouns that say little about a topic;
// they count, but for little.
var lightwords = makeSet(`happen happened happening event events take took make made give gave go went come
came say said year years time times day days new like become became use used people
before after more most first last`)

// lightStems holds the stems of lightwords.
var lightStems = func() map[string]bool {
	m := make(map[string]bool, len(lightwords))
	for w := range lightwords {
		m[Stem(w)] = true
	}
	return m
}()

func makeSet(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// NormalizeQuery folds a query and reduces every word to its matching key,
// joined by single spaces. It is what the matcher compares; exported for
// tests and tools. NormalizeQuery is idempotent.
func NormalizeQuery(q string) string {
	toks := tokenize(q, nil)
	parts := make([]string, 0, len(toks))
	for _, t := range toks {
		parts = append(parts, Stem(t.word))
	}
	return strings.Join(parts, " ")
}

// stemCache memoises Stem while an article is parsed and indexed, where the
// same words come back many times. It lives only as long as the load.
type stemCache map[string]string

func (c stemCache) stem(w string) string {
	if s, ok := c[w]; ok {
		return s
	}
	s := Stem(w)
	c[w] = s
	return s
}
