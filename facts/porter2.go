package facts

// porter2 is the Snowball English (Porter2) stemmer for words of a-z
// only, working on bytes in a stack buffer: the stemmer runs for every
// word of every article at load, where github.com/kljensen/snowball's
// rune slices cost more than the rest of indexing. It follows that
// package's reading of the algorithm exactly (porter2_test.go checks it
// against the package on every word of the test articles), including its
// handling of the regions R1 and R2 after a suffix changes.
// See https://snowballstem.org/algorithms/english/stemmer.html.

// porter2Special are the words the algorithm stems by list.
var porter2Special = map[string]string{
	"skis": "ski", "skies": "sky", "dying": "die", "lying": "lie", "tying": "tie",
	"idly": "idl", "gently": "gentl", "ugly": "ugli", "early": "earli", "only": "onli",
	"singly": "singl", "sky": "sky", "news": "news", "howe": "howe", "atlas": "atlas",
	"cosmos": "cosmos", "bias": "bias", "andes": "andes",
	"inning": "inning", "innings": "inning", "outing": "outing", "outings": "outing",
	"canning": "canning", "cannings": "canning", "herring": "herring", "herrings": "herring",
	"earring": "earring", "earrings": "earring",
	"proceed": "proceed", "proceeds": "proceed", "proceeded": "proceed", "proceeding": "proceed",
	"exceed": "exceed", "exceeds": "exceed", "exceeded": "exceed", "exceeding": "exceed",
	"succeed": "succeed", "succeeds": "succeed", "succeeded": "succeed", "succeeding": "succeed",
}

// p2word is a word being stemmed, with its regions R1 and R2.
type p2word struct {
	b      []byte
	r1, r2 int
}

func p2vowel(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y'
}

// p2suffixes is a step's list of suffixes, longest first where one ends
// another, grouped by their last letter, a to z, so that a word is
// compared only with those that end as it does.
type p2suffixes [26][]string

// p2list groups suffixes, all ending in a lower-case letter, by it. The
// groups are cut from one array, and a list has a slot a letter, not a
// byte: made at start-up, six lists of 128 slots and a slice a group were
// 21 KB and 80 allocations, now 5 KB and 12.
func p2list(suffixes ...string) *p2suffixes {
	var count [26]int
	for _, s := range suffixes {
		count[s[len(s)-1]-'a']++
	}
	var l p2suffixes
	all := make([]string, 0, len(suffixes))
	for c, n := range count {
		if n > 0 {
			l[c] = all[len(all) : len(all) : len(all)+n]
			all = all[:len(all)+n]
		}
	}
	for _, s := range suffixes {
		c := s[len(s)-1] - 'a'
		l[c] = append(l[c], s)
	}
	return &l
}

// The suffixes of the steps, in the algorithm's order.
var (
	p2step1a = p2list("sses", "ied", "ies", "us", "ss", "s")
	p2step1b = p2list("eedly", "ingly", "edly", "ing", "eed", "ed")
	p2undo   = p2list("at", "bl", "iz", "bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt")
	p2step2  = p2list("ational", "fulness", "iveness", "ization", "ousness",
		"biliti", "lessli", "tional", "alism", "aliti", "ation",
		"entli", "fulli", "iviti", "ousli", "anci", "abli",
		"alli", "ator", "enci", "izer", "bli", "ogi", "li")
	p2step3 = p2list("ational", "tional", "alize", "icate", "ative", "iciti", "ical", "ful", "ness")
	p2step4 = p2list("ement", "ance", "ence", "able", "ible", "ment",
		"ent", "ant", "ism", "ate", "iti", "ous", "ive",
		"ize", "ion", "al", "er", "ic")
)

// suffix returns the first suffix of the list that w ends with, or "".
func (w *p2word) suffix(l *p2suffixes) string {
	n := len(w.b)
	if n == 0 || w.b[n-1]-'a' >= byte(len(l)) {
		return ""
	}
	for _, s := range l[w.b[n-1]-'a'] {
		if len(s) <= n && string(w.b[n-len(s):]) == s {
			return s
		}
	}
	return ""
}

// replace replaces the last n bytes with repl and keeps the regions
// within the word. The word stays in its buffer, which has room for any
// word porter2 takes and a letter more: the buffer is resliced, never
// appended to, so that it stays on porter2's stack.
func (w *p2word) replace(n int, repl string) {
	k := len(w.b) - n
	w.b = w.b[:k+len(repl)]
	copy(w.b[k:], repl)
	w.r1, w.r2 = min(w.r1, len(w.b)), min(w.r2, len(w.b))
}

// vnv returns the position after the first non-vowel that follows a
// vowel at or after start, or the word's length.
func (w *p2word) vnv(start int) int {
	for j := start + 1; j < len(w.b); j++ {
		if p2vowel(w.b[j-1]) && !p2vowel(w.b[j]) {
			return j + 1
		}
	}
	return len(w.b)
}

// endsShort reports whether w.b[:i] ends in a short syllable.
func (w *p2word) endsShort(i int) bool {
	b := w.b
	switch {
	case i == 2:
		return p2vowel(b[0]) && !p2vowel(b[1])
	case i >= 3:
		s1, s2, s3 := b[i-1], b[i-2], b[i-3]
		return !p2vowel(s1) && s1 != 'w' && s1 != 'x' && s1 != 'Y' && p2vowel(s2) && !p2vowel(s3)
	}
	return false
}

func porter2(word string) string {
	if len(word) <= 2 {
		return word
	}
	if s, ok := porter2Special[word]; ok {
		return s
	}
	return porter2Rules(word)
}

// porter2Rules is porter2 for a word of three letters or more that is not
// one of porter2Special.
func porter2Rules(word string) string {
	var buf [maxStemLen + 8]byte
	w := p2word{b: append(buf[:0], word...)}
	for i, c := range w.b {
		if c == 'y' && (i == 0 || p2vowel(w.b[i-1])) {
			w.b[i] = 'Y'
		}
	}
	switch {
	case len(w.b) >= 5 && string(w.b[:5]) == "gener", len(w.b) >= 5 && string(w.b[:5]) == "arsen":
		w.r1 = 5
	case len(w.b) >= 6 && string(w.b[:6]) == "commun":
		w.r1 = 6
	default:
		w.r1 = w.vnv(0)
	}
	w.r2 = w.vnv(w.r1)
	w.step1a()
	w.step1b()
	w.step1c()
	w.step2()
	w.step3()
	w.step4()
	w.step5()
	for i, c := range w.b {
		if c == 'Y' {
			w.b[i] = 'y'
		}
	}
	// Most stems are the word or its beginning: no copy then.
	if len(w.b) <= len(word) && string(w.b) == word[:len(w.b)] {
		return word[:len(w.b)]
	}
	return string(w.b)
}

func (w *p2word) step1a() {
	switch s := w.suffix(p2step1a); s {
	case "sses":
		w.replace(4, "ss")
	case "ied", "ies":
		if len(w.b) > 4 {
			w.replace(3, "i")
		} else {
			w.replace(3, "ie")
		}
	case "s":
		for i := 0; i < len(w.b)-2; i++ {
			if p2vowel(w.b[i]) {
				w.replace(1, "")
				return
			}
		}
	}
}

func (w *p2word) step1b() {
	s := w.suffix(p2step1b)
	switch s {
	case "":
		return
	case "eed", "eedly":
		if len(s) <= len(w.b)-w.r1 {
			w.replace(len(s), "ee")
		}
		return
	}
	vowel := false
	for i := 0; i < len(w.b)-len(s); i++ {
		if p2vowel(w.b[i]) {
			vowel = true
			break
		}
	}
	if !vowel {
		return
	}
	r1, r2 := w.r1, w.r2
	w.replace(len(s), "")
	switch w.suffix(p2undo) {
	case "":
		if w.r1 >= len(w.b) && w.endsShort(len(w.b)) {
			w.replace(0, "e")
			w.r1, w.r2 = len(w.b), len(w.b)
			return
		}
	case "at", "bl", "iz":
		w.replace(0, "e")
	default:
		w.replace(1, "")
	}
	w.r1, w.r2 = min(r1, len(w.b)), min(r2, len(w.b))
}

func (w *p2word) step1c() {
	n := len(w.b)
	if n > 2 && (w.b[n-1] == 'y' || w.b[n-1] == 'Y') && !p2vowel(w.b[n-2]) {
		w.b[n-1] = 'i'
	}
}

// step2Repl maps step 2's suffixes to their replacements; li and ogi have
// conditions of their own.
var step2Repl = map[string]string{
	"tional": "tion", "enci": "ence", "anci": "ance", "abli": "able", "entli": "ent",
	"izer": "ize", "ization": "ize", "ational": "ate", "ation": "ate", "ator": "ate",
	"alism": "al", "aliti": "al", "alli": "al", "fulness": "ful", "ousli": "ous",
	"ousness": "ous", "iveness": "ive", "iviti": "ive", "biliti": "ble", "bli": "ble",
	"fulli": "ful", "lessli": "less",
}

func (w *p2word) step2() {
	s := w.suffix(p2step2)
	if s == "" || len(s) > len(w.b)-w.r1 {
		return
	}
	n := len(w.b)
	switch s {
	case "li":
		if n >= 3 {
			switch w.b[n-3] {
			case 'c', 'd', 'e', 'g', 'h', 'k', 'm', 'n', 'r', 't':
				w.replace(2, "")
			}
		}
	case "ogi":
		if n >= 4 && w.b[n-4] == 'l' {
			w.replace(3, "og")
		}
	default:
		w.replace(len(s), step2Repl[s])
	}
}

func (w *p2word) step3() {
	s := w.suffix(p2step3)
	if s == "" || len(s) > len(w.b)-w.r1 {
		return
	}
	switch s {
	case "ative":
		if len(w.b)-w.r2 >= 5 {
			w.replace(5, "")
		}
	case "ational":
		w.replace(7, "ate")
	case "tional":
		w.replace(6, "tion")
	case "alize":
		w.replace(5, "al")
	case "icate", "iciti", "ical":
		w.replace(len(s), "ic")
	default: // ful, ness
		w.replace(len(s), "")
	}
}

func (w *p2word) step4() {
	s := w.suffix(p2step4)
	if s == "" || len(s) > len(w.b)-w.r2 {
		return
	}
	if s == "ion" {
		if n := len(w.b); n >= 4 && (w.b[n-4] == 's' || w.b[n-4] == 't') {
			w.replace(3, "")
		}
		return
	}
	w.replace(len(s), "")
}

func (w *p2word) step5() {
	last := len(w.b) - 1
	if w.r1 > last {
		return
	}
	switch {
	case w.b[last] == 'e':
		if w.r2 <= last || !w.endsShort(last) {
			w.replace(1, "")
		}
	case w.r2 <= last && w.b[last] == 'l' && last >= 1 && w.b[last-1] == 'l':
		w.replace(1, "")
	}
}
