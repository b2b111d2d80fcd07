package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// abbreviations end with a full stop that does not end a sentence.
var abbreviations = makeSet(`mr mrs ms dr prof st jr sr gen col lt capt sgt cpl maj adm rev hon gov sen rep pres
vs etc e.g i.e eg ie no nos vol fig inc ltd co corp dept univ approx ca c mt ft op ed est al
jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n u.s.a e.u p.m a.m`)

// splitSentences splits a paragraph into sentences. It does not split
// inside quotations ("... both states.... The solution ..." is one quoted
// passage), after initials ("J. R. Tolkien") or after abbreviations ("Dr."),
// and it treats a run of full stops as one. Every sentence is a substring of
// the paragraph with surrounding space trimmed.
func splitSentences(p string) []string { return appendSentences(nil, p) }

// appendSentences is splitSentences appending to out: the sentences of
// every paragraph of an article go in one array.
func appendSentences(out []string, p string) []string {
	from := len(out)
	if out, balanced := split(out, p, true); balanced || len(out) == from {
		return out
	}
	// An unbalanced quotation mark would otherwise swallow the rest of
	// the paragraph: read it again without quotation tracking.
	out, _ = split(out[:from], p, false)
	return out
}

func split(out []string, p string, quotes bool) (_ []string, balanced bool) {
	start := 0
	depth := 0 // open quotations
	straight := false
	emit := func(end int) {
		if s := strings.TrimSpace(p[start:end]); s != "" {
			out = append(out, s)
		}
		start = end
	}
	for i := 0; i < len(p); {
		// Only full stops, marks and quotation marks matter: skip to the
		// next byte that may begin one (“, ” and … begin with 0xE2).
		for i < len(p) && !splitByte[p[i]] {
			i++
		}
		if i == len(p) {
			break
		}
		r, size := utf8.DecodeRuneInString(p[i:])
		switch {
		case quotes && r == '“':
			depth++
		case quotes && r == '”':
			if depth > 0 {
				depth--
			}
		case quotes && r == '"':
			straight = !straight
		case r == '.' || r == '!' || r == '?' || r == '…':
			j := i
			for j < len(p) {
				c, cs := utf8.DecodeRuneInString(p[j:])
				if c != '.' && c != '!' && c != '?' && c != '…' {
					break
				}
				j += cs
			}
			single := j == i+1 && r == '.'
			// Closing quotation marks and brackets belong to the sentence.
			closedQuote := false
			for j < len(p) {
				c, cs := utf8.DecodeRuneInString(p[j:])
				if quotes && c == '”' && depth > 0 {
					depth--
					closedQuote = true
				} else if quotes && c == '"' && straight {
					straight = false
					closedQuote = true
				} else if c != ')' && c != ']' && c != '\'' && c != '’' {
					break
				}
				j += cs
			}
			if depth == 0 && !straight && sentenceStartsAt(p, j) && !(single && !closedQuote && abbreviationBefore(p, i)) {
				emit(j)
			}
			i = j
			continue
		}
		i += size
	}
	emit(len(p))
	return out, depth == 0 && !straight
}

// splitByte marks the bytes that may begin a rune split reads: the ASCII
// marks and the first byte of “, ” and …; no other byte begins one, and
// none of them continues a rune.
var splitByte = func() (t [256]bool) {
	for _, c := range []byte{'.', '!', '?', '"', "“"[0], "”"[0], "…"[0]} {
		t[c] = true
	}
	return t
}()

// sentenceStartsAt reports whether white space at p[i:] is followed by
// something that can start a sentence: a capital, a digit or an opening
// quotation mark or bracket.
func sentenceStartsAt(p string, i int) bool {
	if i >= len(p) {
		return false
	}
	r, size := utf8.DecodeRuneInString(p[i:])
	if !unicode.IsSpace(r) {
		return false
	}
	for i += size; i < len(p); i += size {
		r, size = utf8.DecodeRuneInString(p[i:])
		if !unicode.IsSpace(r) {
			break
		}
	}
	if i >= len(p) {
		return false
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'([", r)
}

// abbreviationBefore reports whether the word ending at the full stop at
// p[dot] is an initial or a known abbreviation.
func abbreviationBefore(p string, dot int) bool {
	k := dot
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(p[:k])
		if unicode.IsSpace(r) || r == '(' || r == '"' || r == '“' {
			break
		}
		k -= size
	}
	word := p[k:dot]
	if word == "" {
		return false
	}
	if utf8.RuneCountInString(word) == 1 {
		r, _ := utf8.DecodeRuneInString(word)
		return unicode.IsUpper(r)
	}
	return abbreviations[Fold(word)]
}
