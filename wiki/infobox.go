package wiki

import (
	"html"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"factbot/facts"
)

// Limits on what an infobox may add to an article: real infoboxes have a
// few dozen short fields; the limits keep a hostile page's cost bounded.
const (
	maxInfoboxLines = 100
	maxInfoboxValue = 500 // characters of one value
	maxNesting      = 16  // templates and links inside one another
)

// Infobox returns the named fields of the first {{Infobox …}} template in
// wikitext as "Key: value" lines, in the text format's infobox shape:
// "mission1 = Albanian embassy, [[Tel Aviv]]" gives "Mission1: Albanian
// embassy, Tel Aviv". Links become their text; references, comments,
// files and formatting go; a few common templates (flags, dates, lists,
// nowrap) become their text and the rest are dropped. Fields left empty,
// and positional ones, are skipped. It returns nil when there is no
// infobox, or no complete one.
func Infobox(wikitext string) []string {
	start := indexFold(wikitext, "{{infobox")
	if start < 0 {
		return nil
	}
	end := closing(wikitext, start, "{{", "}}")
	if end < 0 {
		return nil
	}
	params := splitTop(wikitext[start+2:end-2], '|')
	var lines []string
	for _, p := range params[1:] {
		kv := splitTop(p, '=')
		if len(kv) < 2 {
			continue // positional: names the infobox's subjects, not a field
		}
		key := strings.Join(strings.Fields(strings.ReplaceAll(kv[0], "_", " ")), " ")
		val := cleanValue(strings.Join(kv[1:], "="), 0)
		if key == "" || val == "" || strings.ContainsAny(key, "{}[]<>:") {
			continue
		}
		r, n := utf8.DecodeRuneInString(key)
		lines = append(lines, string(unicode.ToUpper(r))+key[n:]+": "+val)
		if len(lines) == maxInfoboxLines {
			break
		}
	}
	return lines
}

// indexFold finds the first ASCII-case-insensitive occurrence of a
// lower-case needle.
func indexFold(s, needle string) int {
	for i := 0; i+len(needle) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(needle)], needle) {
			return i
		}
	}
	return -1
}

// closing returns the index just past the close that matches the open at
// s[start:], or -1 when it is never closed.
func closing(s string, start int, open, close string) int {
	depth := 0
	for i := start; i < len(s); {
		switch {
		case strings.HasPrefix(s[i:], open):
			depth++
			i += len(open)
		case strings.HasPrefix(s[i:], close):
			depth--
			i += len(close)
			if depth == 0 {
				return i
			}
		default:
			i++
		}
	}
	return -1
}

// splitTop splits s at sep outside {{…}} and […] pairs.
func splitTop(s string, sep byte) []string {
	var parts []string
	braces, brackets, from := 0, 0, 0
	for i := 0; i < len(s); i++ {
		switch {
		case strings.HasPrefix(s[i:], "{{"):
			braces++
			i++
		case strings.HasPrefix(s[i:], "}}") && braces > 0:
			braces--
			i++
		case s[i] == '[':
			brackets++
		case s[i] == ']' && brackets > 0:
			brackets--
		case s[i] == sep && braces == 0 && brackets == 0:
			parts = append(parts, s[from:i])
			from = i + 1
		}
	}
	return append(parts, s[from:])
}

// cleanValue turns a field's wikitext into plain text.
func cleanValue(s string, depth int) string {
	if depth > maxNesting {
		return ""
	}
	s = cutBetween(s, "<!--", "-->")
	s = cutRefs(s)
	for _, br := range []string{"<br />", "<br/>", "<br>", "<BR>", "<br >"} {
		s = strings.ReplaceAll(s, br, ", ")
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		switch {
		case strings.HasPrefix(s[i:], "{{"), strings.HasPrefix(s[i:], "[["):
			open, close, render := "{{", "}}", template
			if s[i] == '[' {
				open, close, render = "[[", "]]", link
			}
			end := closing(s, i, open, close)
			if end < 0 {
				i = len(s)
				continue
			}
			b.WriteString(render(s[i+2:end-2], depth+1))
			i = end
		case s[i] == '[' && (strings.HasPrefix(s[i+1:], "http://") || strings.HasPrefix(s[i+1:], "https://") || strings.HasPrefix(s[i+1:], "//")):
			end := strings.IndexByte(s[i:], ']')
			if end < 0 {
				i = len(s)
				continue
			}
			if _, text, ok := strings.Cut(s[i+1:i+end], " "); ok {
				b.WriteString(text)
			}
			i += end + 1
		case s[i] == '<':
			end := strings.IndexByte(s[i:], '>')
			if end < 0 {
				i = len(s)
				continue
			}
			b.WriteByte(' ') // a tag goes, its text stays
			i += end + 1
		default:
			b.WriteByte(s[i])
			i++
		}
	}
	out := strings.ReplaceAll(b.String(), "'''", "")
	out = strings.ReplaceAll(out, "''", "")
	out = strings.Join(strings.Fields(html.UnescapeString(out)), " ")
	out = strings.Trim(out, " ,;")
	return facts.Truncate(out, maxInfoboxValue)
}

// cutBetween removes every open…close span; an unclosed one runs to the end.
func cutBetween(s, open, close string) string {
	for {
		i := strings.Index(s, open)
		if i < 0 {
			return s
		}
		j := strings.Index(s[i+len(open):], close)
		if j < 0 {
			return s[:i]
		}
		s = s[:i] + s[i+len(open)+j+len(close):]
	}
}

// cutRefs removes <ref …>…</ref> and <ref …/>.
func cutRefs(s string) string {
	var b strings.Builder
	for {
		i := indexFold(s, "<ref")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		end := strings.IndexByte(s[i:], '>')
		if end < 0 {
			return b.String()
		}
		if s[i+end-1] == '/' {
			s = s[i+end+1:]
			continue
		}
		closeAt := indexFold(s[i:], "</ref>")
		if closeAt < 0 {
			return b.String()
		}
		s = s[i+closeAt+len("</ref>"):]
	}
}

// link renders [[Target|text]] as text and [[Target]] as Target; files,
// images and categories go.
func link(inner string, depth int) string {
	target, text, piped := strings.Cut(inner, "|")
	if ns, _, ok := strings.Cut(target, ":"); ok {
		switch strings.ToLower(strings.TrimSpace(ns)) {
		case "file", "image", "category", "media":
			return ""
		}
	}
	if !piped {
		text = target
	}
	return cleanValue(text, depth)
}

// template renders the few templates whose text belongs in a field and
// drops the rest (citations, icons, navigation).
func template(inner string, depth int) string {
	parts := splitTop(inner, '|')
	name := strings.ToLower(strings.Join(strings.Fields(strings.ReplaceAll(parts[0], "_", " ")), " "))
	var args []string // positional arguments, cleaned
	for _, p := range parts[1:] {
		if len(splitTop(p, '=')) == 1 {
			args = append(args, cleanValue(p, depth))
		}
	}
	arg := func(i int) string {
		if i < len(args) {
			return args[i]
		}
		return ""
	}
	switch name {
	case "nowrap", "nobr", "small", "big", "nobold", "noitalic", "flag", "flagcountry", "flagu", "country", "abbr":
		return arg(0)
	case "lang":
		return arg(len(args) - 1)
	case "start date", "start date and age", "end date", "end date and age", "birth date", "death date", "date", "dts":
		return date(args)
	case "plainlist", "unbulleted list", "ubl", "hlist", "flatlist", "bulleted list":
		var items []string
		for _, a := range args {
			for _, l := range strings.Split(a, "*") {
				if l = strings.TrimSpace(l); l != "" {
					items = append(items, l)
				}
			}
		}
		return strings.Join(items, ", ")
	case "convert", "cvt":
		if len(args) >= 2 {
			return args[0] + " " + args[1]
		}
	}
	return ""
}

// date renders {{start date|1991|8|19}} as "19 August 1991", and partial
// dates as far as they go.
func date(args []string) string {
	num := func(i int) int {
		if i >= len(args) {
			return 0
		}
		n, err := strconv.Atoi(strings.TrimSpace(args[i]))
		if err != nil {
			return 0
		}
		return n
	}
	y, m, d := num(0), num(1), num(2)
	switch {
	case y > 0 && m >= 1 && m <= 12 && d >= 1 && d <= 31:
		return strconv.Itoa(d) + " " + facts.MonthName(m) + " " + strconv.Itoa(y)
	case y > 0 && m >= 1 && m <= 12:
		return facts.MonthName(m) + " " + strconv.Itoa(y)
	case y > 0:
		return strconv.Itoa(y)
	}
	return strings.Join(args, " ")
}
