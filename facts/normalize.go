package facts

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// latinExtA folds U+0100..U+017F (Latin Extended-A) to a base letter, one
// byte a rune, so that "Durrës", "Durres" and "Durrés" meet.
const latinExtA = "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs"

// latin1 folds U+00C0..U+00FF; '*' marks runes that are not letters.
const latin1 = "aaaaaaaceeeeiiiidnooooo*ouuuuytsaaaaaaaceeeeiiiidnooooo*ouuuuyty"

// latinExtB folds U+0180..U+024F (Latin Extended-B: Romanian "ș" and "ț",
// pinyin's "ǎ", Vietnamese "ơ" and "ư") and latinExtAdd U+1E00..U+1EFF
// (Latin Extended Additional: Vietnamese "ạ", transliterated Arabic's
// "ḥ") to the base letter of their compatibility decomposition; '*' marks
// a rune that has none, which lower-cases as it is. TestFoldTables
// derives them from Unicode's decompositions again.
const (
	latinExtB   = "********************************oo*************uu*******************dddlllnnnaaiioouuuuuuuuuu*aaaa****ggkkoooo**jdddgg**nnaa****aaaaeeeeiiiioooorrrruuuusstt**hh******aaeeooooooooyy****************************"
	latinExtAdd = "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwyas****aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy******"
)

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
	case r >= 0x180 && r <= 0x24F:
		if c := latinExtB[r-0x180]; c != '*' {
			return rune(c)
		}
	case r >= 0x1E00 && r <= 0x1EFF:
		if c := latinExtAdd[r-0x1E00]; c != '*' {
			return rune(c)
		}
	case r == '\u2018' || r == '\u2019' || r == '\u02BC' || r == '`' || r == '\u00B4':
		return '\''
	case r == '\u201C' || r == '\u201D':
		return '"'
	case r == '\u2010' || r == '\u2011' || r == '\u2012' || r == '\u2013' || r == '\u2014' || r == '\u2212':
		return '-'
	}
	// A sign that lower-cases into the ranges above ("Å", the ångström
	// sign, to "å") folds on, or folding twice would change it again.
	if l := unicode.ToLower(r); l != r {
		return foldRune(l)
	}
	return r
}

// silentLetter reports whether r is a modifier letter that writes a
// glottal stop or an ayin inside a word: the Hawaiian ʻokina ("Hawaiʻi",
// "Lōʻihi") and the half rings of transliterated Arabic and Hebrew
// ("Kaʿba"). Readers type the word without it ("Hawaii", "Loihi"), as
// they do without an apostrophe ("Halaib" for "Hala'ib"), so folding
// drops it.
func silentLetter(r rune) bool { return r == '\u02BB' || r == '\u02BE' || r == '\u02BF' }

// Fold lower-cases s, removes diacritics from Latin letters, drops silent
// letters (silentLetter) and replaces typographic quotes and dashes with
// their ASCII forms. It is idempotent: Fold(Fold(s)) == Fold(s).
func Fold(s string) string {
	i := 0 // s[:i] is ASCII with nothing to change
	for i < len(s) && !foldByte(s[i]) {
		i++
	}
	if i == len(s) {
		return s // return it as it is
	}
	var b strings.Builder
	b.Grow(len(s))
	for {
		b.WriteString(s[:i]) // a run that needs no change, in one piece
		s = s[i:]
		if s == "" {
			break
		}
		if c := s[0]; c < utf8.RuneSelf {
			b.WriteByte(byte(foldRune(rune(c)))) // ASCII folds to ASCII
			s = s[1:]
		} else {
			r, size := utf8.DecodeRuneInString(s)
			s = s[size:]
			if r != utf8.RuneError && !silentLetter(r) {
				b.WriteRune(foldRune(r))
			}
		}
		i = 0
		for i < len(s) && !foldByte(s[i]) {
			i++
		}
	}
	return b.String()
}

// foldByte reports whether Fold may change byte c: an ASCII capital, a
// backquote, or a byte of a rune beyond ASCII.
func foldByte(c byte) bool {
	return c >= 0x80 || 'A' <= c && c <= 'Z' || c == '`'
}

// isWordRune reports whether r belongs inside a word token.
func isWordRune(r rune) bool {
	return (unicode.IsLetter(r) || unicode.IsDigit(r)) && r != '\u02BC' // ʼ is an apostrophe, though Unicode calls it a letter
}

// token is one word of a text, folded, with its position in the source.
type token struct {
	word  string // folded surface form, possessive removed
	start int32  // byte offset in the source text
	end   int32
	cap   bool // first letter was upper case in the source
	// upper marks an ASCII word that tokenizeQuestion left as written,
	// with capitals: its reader lowers it.
	upper bool
	id    int32 // the word's id in its article's lexicon; 0 for other texts
}

// atok is a word of an article's fact: a token without its string, whose
// word is its article's lexicon's (lx.words[id], lexicon.wordOf). An
// article's tokens then hold no pointer for the collector to follow, take
// half the memory, and are appended without a write barrier.
type atok struct {
	start int32 // byte offset in the fact's text
	end   int32
	id    int32 // the word's id in its article's lexicon
	cap   bool  // first letter was upper case in the source
}

// tokenize splits text into folded word tokens. Digits grouped with commas
// ("3,000") stay one token without the commas; a possessive "'s" is dropped;
// other apostrophes inside words are removed ("Mevo'ot" -> "mevoot"), so the
// same word always yields the same token whatever quote character was used.
func tokenize(text string, out []token) []token { return tokenizeLex(text, out, nil, false) }

// tokenizeQuestion is tokenize that leaves a plain ASCII word with
// capitals as written and marks it upper, for analysis, which finds the
// lower-case word in its memo of question words: no lowered copy of the
// question is made for them.
//
// Most questions are plain ASCII words between spaces and punctuation,
// which a loop of its own reads with a fraction of the instructions of
// tokenizeLex's, whose other paths keep more in registers; from the first
// byte it does not read so (beyond ASCII, an apostrophe in a word, a
// number with a comma), tokenizeLex reads the rest, as it would have.
func tokenizeQuestion(text string, out []token) []token {
	i := 0
	for i < len(text) {
		c := text[i]
		if c >= utf8.RuneSelf {
			break
		}
		if asciiClass[c]&asciiWord == 0 {
			i++
			continue
		}
		j := i
		var class uint8
		for j < len(text) {
			c := asciiClass[text[j]]
			if c&asciiWord == 0 {
				break
			}
			class |= c
			j++
		}
		// tokenizeFrom's test of a word's end, written out again: as a
		// function it does not inline, and the call costs 1.4% of a batch.
		if !(j == len(text) || text[j] == ' ' || text[j] == ',' && (j+1 >= len(text) || !isDigitByte(text[j+1])) ||
			text[j] == '.' && (j+1 >= len(text) || !isDigitByte(text[j+1])) || text[j] == ';' || text[j] == ')' || text[j] == '?' || text[j] == ':' || text[j] == '!' || text[j] == '-' && !isDigitByte(text[i])) {
			break // a word start: tokenizeLex reads on from it as from the text's start
		}
		out = append(out, token{word: text[i:j], start: int32(i), end: int32(j), cap: 'A' <= text[i] && text[i] <= 'Z', upper: class&asciiUpper != 0})
		i = j
	}
	if i == len(text) {
		return out
	}
	return tokenizeFrom(text, i, out, nil, true)
}

// tokenizeLex is tokenize that interns the words in lx, when not nil, and
// gives each token its word's id; keepCase is tokenizeQuestion's.
func tokenizeLex(text string, out []token, lx *lexicon, keepCase bool) []token {
	return tokenizeFrom(text, 0, out, lx, keepCase)
}

// tokenizeFrom is tokenizeLex from byte i of text, where a word starts or
// none is being read: the tokens of text[i:] depend on nothing before i.
func tokenizeFrom(text string, i int, out []token, lx *lexicon, keepCase bool) []token {
	var scratch [64]byte
	lowered := "" // without lx, text with ASCII letters in lower case, made at the first capital
	for i < len(text) {
		r, size := rune(text[i]), 1
		if r < utf8.RuneSelf {
			if asciiClass[r]&asciiWord == 0 {
				i++
				continue
			}
		} else if r, size = utf8.DecodeRuneInString(text[i:]); !isWordRune(r) {
			i += size
			continue
		}
		start := i
		// Fast path: a plain ASCII word needs no copy when lower case, and
		// one when not (none for a word the lexicon has).
		j := i
		var class uint8
		for j < len(text) {
			c := asciiClass[text[j]]
			if c&asciiWord == 0 {
				break
			}
			class |= c
			j++
		}
		upper := class&asciiUpper != 0
		if j > i && (j == len(text) || text[j] == ' ' || text[j] == ',' && (j+1 >= len(text) || !isDigitByte(text[j+1])) ||
			text[j] == '.' && (j+1 >= len(text) || !isDigitByte(text[j+1])) || text[j] == ';' || text[j] == ')' || text[j] == '?' || text[j] == ':' || text[j] == '!' || text[j] == '-' && !isDigitByte(text[i])) {
			w := text[i:j]
			var id int32
			switch {
			case lx == nil && upper && keepCase:
				out = append(out, token{word: w, start: int32(i), end: int32(j), cap: 'A' <= text[i] && text[i] <= 'Z', upper: true})
				i = j
				continue
			case lx == nil && upper:
				// One copy of the text for all its capitalised words,
				// rather than one each: lowering ASCII letters keeps
				// every byte where it was.
				if lowered == "" {
					// A Builder's string is its buffer: one allocation,
					// where string(buf) would copy buf into a second.
					var sb strings.Builder
					sb.Grow(len(text))
					for k := 0; k < len(text); k++ {
						sb.WriteByte(text[k] | asciiClass[text[k]]&asciiUpper)
					}
					lowered = sb.String()
				}
				w = lowered[i:j]
			case lx == nil:
			case upper:
				w, id = lx.internBytes(lowerASCII(scratch[:0], w))
			default:
				w, id = lx.internString(w)
			}
			out = append(out, token{word: w, start: int32(i), end: int32(j), cap: 'A' <= text[i] && text[i] <= 'Z', id: id})
			i = j
			continue
		}
		b := scratch[:0]
		capital := unicode.IsUpper(r)
		for i < len(text) {
			r, size = utf8.DecodeRuneInString(text[i:])
			if isWordRune(r) {
				b = appendFolded(b, r)
				i += size
				continue
			}
			// A comma or full stop between digits continues a number: 3,000 and 2.5.
			if (r == ',' || r == '.') && len(b) > 0 && isDigitByte(b[len(b)-1]) && i+1 < len(text) && isDigitByte(text[i+1]) {
				if r == '.' {
					b = append(b, '.')
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
						w, id := lx.word(b)
						out = append(out, token{word: w, start: int32(start), end: int32(i), cap: capital, id: id})
						i += size + nsize
						b = b[:0]
						break
					}
					i += size
					continue
				}
			}
			break
		}
		if len(b) > 0 {
			w, id := lx.word(b)
			out = append(out, token{word: w, start: int32(start), end: int32(i), cap: capital, id: id})
		}
	}
	return out
}

// dottedAbbreviations are the general abbreviations a text may write
// with full stops ("U.K.", "U.N."), by their letters.
var dottedAbbreviations = func() map[string]string {
	m := map[string]string{}
	for k := range generalAbbreviations {
		if len(k) <= 3 && strings.Trim(k, "abcdefghijklmnopqrstuvwxyz") == "" {
			m[k] = k
		}
	}
	return m
}()

// countryWords are the words "US" stands for, as the table of general
// abbreviations spells them.
var countryWords = [2]string(strings.Fields(generalAbbreviations["us"]))

// spellAbbreviations reads the abbreviations that tokens split or lose,
// in an article's sentence (lx, which interns the words) and in a
// question (lx nil) alike, so that both read them the same way:
//   - one-letter tokens with full stops ("U.K.": "u", "k") are one word,
//     "uk", when they are one of dottedAbbreviations; read letter by
//     letter, "U" is a name no article has;
//   - "U.S.", "US" and, in a question, "the us" are "united states": "us"
//     alone is a pronoun and a stop word, and "US$" is money.
func spellAbbreviations(text string, toks []token, lx *lexicon) []token {
	var out []token // made at the first change: most texts have none
	word := func(w string) (string, int32) {
		if lx == nil {
			return w, 0
		}
		return lx.internString(w)
	}
	changeAt := func(i int) {
		if out == nil {
			out = append(make([]token, 0, len(toks)+4), toks[:i]...)
		}
	}
	country := func(t token) {
		// Each word takes half of the abbreviation ("U." and "S."), so
		// that tokens still follow one another in the text.
		mid := t.start + (t.end-t.start)/2
		for k, w := range countryWords {
			u := t
			u.word, u.id = word(w)
			u.upper = false
			if k == 0 {
				u.end = mid
			} else {
				u.start = mid
			}
			out = append(out, u)
		}
	}
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		j, n := i, 0
		var letters [3]byte
		for j < len(toks) && n < len(letters) && toks[j].end == toks[j].start+1 && int(toks[j].end) < len(text) && text[toks[j].end] == '.' &&
			(j == i || toks[j].start == toks[j-1].end+1) {
			letters[n] = text[toks[j].start] | 0x20
			n++
			j++
		}
		if n >= 2 {
			if k, ok := dottedAbbreviations[string(letters[:n])]; ok {
				changeAt(i)
				t.end = toks[j-1].end + 1
				if k == "us" || k == "usa" {
					country(t)
				} else {
					t.word, t.id = word(k)
					t.upper = false
					out = append(out, t)
				}
				i = j - 1
				continue
			}
		}
		if t.end-t.start == 2 {
			raw := text[t.start:t.end]
			money := int(t.end) < len(text) && text[t.end] == '$'
			if raw == "US" && !money || lx == nil && (raw == "us" || raw == "Us") && i > 0 && strings.EqualFold(toks[i-1].word, "the") {
				changeAt(i)
				country(t)
				continue
			}
		}
		if out != nil {
			out = append(out, t)
		}
	}
	if out == nil {
		return toks
	}
	return append(toks[:0], out...)
}

// readYearRanges reads a year range whose second year is written short,
// in an article's sentence (lx, which interns the words) and in a
// question (lx nil) alike: "the 1859–60 war" and "the 1859-60 war" name
// 1859 and 1860, as "1859–1860" does, "2019/20" 2019 and 2020, and
// "1999–00" 1999 and 2000. Read as written, "60" is a number no article
// has, and a question that names it is declined.
func readYearRanges(text string, toks []token, lx *lexicon) []token {
	for i := 1; i < len(toks); i++ {
		t, p := &toks[i], &toks[i-1]
		if len(t.word) != 2 || !allDigits(t.word) || len(p.word) != 4 || !allDigits(p.word) ||
			(p.word[0] != '1' && p.word[0] != '2') || p.end >= t.start {
			continue
		}
		sep := text[p.end:t.start]
		if sep != "-" && sep != "–" && sep != "/" {
			continue
		}
		if i+1 < len(toks) && t.end < toks[i+1].start && text[t.end:toks[i+1].start] == sep && isDigitByte(toks[i+1].word[0]) {
			continue // "2019-11-26" is a date, not a range
		}
		century := (p.word[0]-'0')*10 + p.word[1] - '0'
		if t.word < p.word[2:] {
			century++ // "1999–00"
		}
		year := string([]byte{'0' + century/10, '0' + century%10, t.word[0], t.word[1]})
		if lx != nil {
			t.word, t.id = lx.internString(year)
		} else {
			t.word = year
		}
	}
	return toks
}

// readNumericDates reads a question's date written in figures as the
// articles write dates, with the month by its name: "26/11/2019",
// "26.11.2019" and "2019-11-26" read "26 november 2019", and "11/26/2019"
// too, its month being the number up to 12. A date whose day and month
// could each be the other ("05/06/2020") is left as written.
func readNumericDates(text string, toks []token) []token {
	// "26.11.2019" is one token, a number with points: split, as three.
	for i := 0; i < len(toks); i++ {
		w := toks[i].word
		if len(w) < 8 || !isDigitByte(w[0]) {
			continue
		}
		a, rest, ok1 := strings.Cut(w, ".")
		b, c, ok2 := strings.Cut(rest, ".")
		if !ok1 || !ok2 || !allDigits(a) || !allDigits(b) || !allDigits(c) || len(a) > 2 || len(b) > 2 || len(c) != 4 {
			continue
		}
		s := toks[i].start
		parts := [3]token{{word: a, start: s, end: s + int32(len(a))}, {word: b, start: s + int32(len(a)) + 1, end: s + int32(len(a)+1+len(b))}, {word: c, start: s + int32(len(a)+len(b)) + 2, end: toks[i].end}}
		toks = slices.Insert(slices.Delete(toks, i, i+1), i, parts[:]...)
		i += 2
	}
	for i := 0; i+2 < len(toks); i++ {
		x, y, z := &toks[i], &toks[i+1], &toks[i+2]
		if !allDigits(x.word) || !allDigits(y.word) || !allDigits(z.word) || x.end >= y.start || y.end >= z.start {
			continue
		}
		sep := text[x.end:y.start]
		if (sep != "/" && sep != "-" && sep != ".") || text[y.end:z.start] != sep {
			continue
		}
		var day, month *token
		switch {
		case len(x.word) == 4 && len(y.word) <= 2 && len(z.word) <= 2: // 2019-11-26
			day, month = z, y
		case len(z.word) == 4 && len(x.word) <= 2 && len(y.word) <= 2:
			dx, dy := atoi(x.word), atoi(y.word)
			switch {
			case dx > 12 && dy <= 12:
				day, month = x, y
			case dy > 12 && dx <= 12:
				day, month = y, x
			}
		}
		if day == nil {
			continue
		}
		m, d := atoi(month.word), atoi(day.word)
		if m < 1 || m > 12 || d < 1 || d > 31 {
			continue
		}
		month.word = strings.ToLower(MonthName(m))
		day.word = strings.TrimLeft(day.word, "0")
		i += 2
	}
	return toks
}

// allDigits reports whether w is a string of ASCII digits, one at least.
func allDigits(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigitByte(w[i]) {
			return false
		}
	}
	return true
}

// lowerASCII appends w, an ASCII word, in lower case to buf.
func lowerASCII(buf []byte, w string) []byte {
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf = append(buf, c)
	}
	return buf
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// asciiClass classes bytes for the tokenizer's fast path: ASCII letters
// and digits (asciiWord), capitals among them (asciiUpper). A table
// because the test is made for every byte of every question.
var asciiClass = func() (t [256]uint8) {
	for c := '0'; c <= '9'; c++ {
		t[c] = asciiWord
	}
	for c := 'a'; c <= 'z'; c++ {
		t[c] = asciiWord
		t[c-'a'+'A'] = asciiWord | asciiUpper
	}
	return t
}()

// The bits of asciiClass.
const (
	asciiWord  = 1    // an ASCII letter or digit
	asciiUpper = 0x20 // an ASCII capital; also the bit that lowers it
)

// isWordAt reports whether a word rune starts at byte offset i of s.
func isWordAt(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}

// stopwords carry no topic: articles, pronouns, auxiliaries, prepositions
// and question words. Question words are read before they are dropped.
var stopwords = makeSet(`a an the and or but if then than so of in on at to for from by with without about
into onto over under during since until between among through against within upon across
as is are was were be been being am do does did done doing have has had having will would shall should
can could may might must it its this that these those there here their them they he she him her his hers
we us our you your i me my mine who whom whose which what when where why how whats wheres whos hows
not no yes also only just very much many some any all each every both either neither such
own same other another else one ones tell know please thing things anything something get gets getting got gotten let lets
s t d ll m re ve y o ever still yet already again way well even too really quite like
now today currently nowadays presently exactly approximately roughly located situated
didnt doesnt dont wasnt werent isnt arent couldnt wouldnt shouldnt hasnt havent hadnt cannot
actually basically probably possibly perhaps maybe presumably apparently supposedly once around besides beside toward towards via whether though although despite whereas throughout stuff`)

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

// makeSet returns the set of the words of a space-separated list. The map
// is made at its final size, counted first: grown insert by insert, it
// left a table of each smaller size behind as garbage, fresh pages that a
// short-lived process touched only at start-up.
func makeSet(words string) map[string]bool {
	n, space := 0, true // the words, counted by their first bytes (the lists are ASCII)
	for i := 0; i < len(words); i++ {
		if words[i] > ' ' && space {
			n++
		}
		space = words[i] <= ' '
	}
	m := make(map[string]bool, n)
	for w := range strings.FieldsSeq(words) {
		m[w] = true
	}
	return m
}

// readShortDecades reads a question's decade in two figures after "the"
// as the articles write decades: "the 90s", "the '90s" and "the early
// 90s" read "1990s", a decade from "20s" to "90s" being the last
// century's and "00s" and "10s" this one's. Without "the" ("in his
// 20s") it is an age, and is left as written.
func readShortDecades(text string, toks []token) []token {
	if !strings.Contains(text, "0s") {
		return toks // most questions: no token is looked at
	}
	for i := 1; i < len(toks); i++ {
		t := &toks[i]
		if len(t.word) != 3 || t.word[2] != 's' || !isDigitByte(t.word[0]) || t.word[1] != '0' {
			continue
		}
		p := toks[i-1].word
		if (p == "early" || p == "late" || p == "mid") && i > 1 {
			p = toks[i-2].word
		}
		if !strings.EqualFold(p, "the") {
			continue
		}
		century := "19"
		if t.word[0] < '2' {
			century = "20"
		}
		t.word = century + t.word
	}
	return toks
}
