package facts

import (
	"iter"
	"slices"
	"sort"
	"strings"
)

// Answer items: the things in a fact that can answer a question (a date
// for "when", a person for "who", a place for "where", a number for "how
// many"), found once at index time with their place in the text, so that
// ranking can ask whether a fact holds an answer the question does not
// already name, and presenting can show it.

// itemKind is the kind of an answer item.
type itemKind uint8

const (
	itemDate itemKind = iota
	itemNumber
	itemPerson
	itemPlace
	itemOrg
	itemName // a name of no known kind
	itemSpot // a lower-case place after "in", "at" or "on": "in the thylakoid membranes"
	itemRole // a noun of an occupation ("goldsmith"), found only for a question of a job (Base.roles)
)

// item is one answer item of a fact.
type item struct {
	kind       itemKind
	start, end int     // byte offsets in the fact's text
	tok0, tok1 int32   // its first and last token
	terms      []int32 // its words as terms
	// uncounted is a number that counts no things (a sum of money, a
	// share: counted), found once rather than for every "how many"
	// question ranked against it.
	uncounted bool
	// numbered marks a number that numbers the name before it ("the
	// Voyager 1 probe", "Apollo 11"): it counts nothing.
	numbered bool
	// person marks a name (itemName) that is likely a person's
	// (Name.likely): the span reads it as a person, ranking as a name.
	person bool
	// dims are the dimensions the unit written after a number measures
	// ("8,848 m": a length), found once, for "how tall".
	dims uint8
	// day marks a date that names its day ("2 October 1836"), not only
	// a month or a year: the sentence of the event itself, mostly.
	day bool
}

// isName reports whether the item is a name, of any kind.
func (it *item) isName() bool {
	switch it.kind {
	case itemPerson, itemPlace, itemOrg, itemName:
		return true
	}
	return false
}

// buildItems finds each fact's answer items.
func (b *Base) buildItems() {
	b.items = make([][]item, len(b.facts))
	b.dims = make([]uint8, len(b.facts))
	nitems := 0
	for _, f := range b.facts {
		nitems += len(f.Dates) + len(f.Numbers) + len(f.Names)
	}
	items := slab[item]{chunk: nitems + 16}
	terms := slab[int32]{chunk: 2*nitems + 16} // an item's words: one or two, mostly
	// Where each of a fact's dates is written, and those spans in order
	// of their start, to tell a month name inside a date; reused fact to
	// fact.
	var dateAt []int
	var spans dateSpans
	for i, f := range b.facts {
		lx := f.article.lex
		bits := lx.bits
		out := items.take(len(f.Dates) + len(f.Numbers) + len(f.Names))
		find := itemFinder{text: f.Text, budget: maxItemScan}
		// add adds an item of the fact's text, written at the offset
		// hint when the caller knows it (-1 when not), of group (the
		// list it comes from, for find).
		add := func(kind itemKind, text string, hint int, group int) int {
			at := find.index(text, hint, group)
			if at < 0 || text == "" {
				return at
			}
			it := item{kind: kind, start: at, end: at + len(text)}
			// Its tokens: those that start inside it, found by their
			// offsets, which only grow.
			k, _ := slices.BinarySearchFunc(f.toks, it.start, func(t atok, at int) int { return int(t.start) - at })
			if k >= len(f.toks) || int(f.toks[k].start) >= it.end {
				return at
			}
			it.tok0, it.tok1 = int32(k), int32(k)
			for k+1 < len(f.toks) && int(f.toks[k+1].start) < it.end {
				k++
				it.tok1 = int32(k)
			}
			// Its words' terms are the fact's own, already found.
			it.terms = terms.take(int(it.tok1-it.tok0) + 1)
			for _, id := range b.own[i][it.tok0 : it.tok1+1] {
				if id >= 0 {
					it.terms = append(it.terms, id)
				}
			}
			if kind == itemNumber {
				sum := isSum(f.Text, &it)
				it.uncounted = sum || isShare(f.Text, &it) // !counted, the sum read once
				it.dims = unitDims(f.Text[it.end:])
				if it.dims == 0 {
					it.dims = ratioDims(f.Text[it.end:])
				}
				if k := it.tok0; k > 1 && it.tok0 == it.tok1 && !sum && it.dims == 0 && f.toks[k-1].cap && adjacent(f.Text, f.toks[k-1], f.toks[k]) && bits[f.toks[k-1].id]&(lxNumber|lxNumberWord|lxMonth) == 0 &&
					(int(k)+1 >= len(f.toks) || !strings.HasSuffix(lx.wordOf(f.toks[k+1]), "s")) { // "the World Cup 5 times" counts
					it.numbered = true
				}
				if sum {
					it.dims |= dimMoney
				}
			}
			out = append(out, it)
			return at
		}
		dateAt = dateAt[:0]
		for _, d := range f.Dates {
			n := len(out)
			dateAt = append(dateAt, add(itemDate, d.Text, -1, groupDates))
			if len(out) > n && d.HasDay() {
				out[n].day = true
			}
		}
		spans.set(f, dateAt)
		// Dates the parser leaves out of Dates because they name no year:
		// "the 10th century", "in May".
		for k, t := range f.toks {
			c := bits[t.id]
			if k+1 < len(f.toks) && c&lxOrdinal != 0 && (lx.wordOf(f.toks[k+1]) == "century" || lx.wordOf(f.toks[k+1]) == "centuries" || lx.wordOf(f.toks[k+1]) == "millennium") {
				add(itemDate, f.Text[t.start:f.toks[k+1].end], int(t.start), groupTokens)
			}
			// "753 BC" answers "when", though no date's year holds it.
			if k+1 < len(f.toks) && c&lxNumber != 0 && beforeChrist(lx.wordOf(f.toks[k+1])) && adjacent(f.Text, t, f.toks[k+1]) {
				add(itemDate, f.Text[t.start:f.toks[k+1].end], int(t.start), groupTokens)
			}
			// "roughly a third", "three quarters", "about half": a share
			// answers "how much" as a figure does, but counts no things,
			// so it answers no "how many".
			if fractions[lx.wordOf(t)] {
				// "a letter weighing up to half an ounce": a share of
				// one unit is a measure in it, and no share alone.
				d, end := fractionOfUnit(lx, f.toks, k)
				start, before := t.start, k > 0 && fractionBefore[lx.wordOf(f.toks[k-1])] && adjacent(f.Text, f.toks[k-1], t)
				if before {
					start = f.toks[k-1].start
				}
				if before || d != 0 {
					if n := len(out); add(itemNumber, f.Text[start:end], int(start), groupTokens) >= 0 && len(out) > n {
						out[n].uncounted = true
						out[n].dims |= d
					}
				}
			}
			// "for the 31st time" answers "how many times".
			if k+1 < len(f.toks) && c&lxOrdinal != 0 && (lx.wordOf(f.toks[k+1]) == "time" || lx.wordOf(f.toks[k+1]) == "times") {
				add(itemNumber, f.Text[t.start:t.end], int(t.start), groupTokens)
			}
			// "2.4 billion years ago", "five hundred years ago" answer
			// "when" as a date does.
			if c&(lxNumber|lxNumberWord) != 0 && (k == 0 || bits[f.toks[k-1].id]&(lxNumber|lxNumberWord) == 0) {
				j := k + 1
				for j < len(f.toks) && bits[f.toks[j].id]&(lxNumber|lxNumberWord|lxScale) != 0 {
					j++
				}
				if j+1 < len(f.toks) && (lx.wordOf(f.toks[j]) == "years" || lx.wordOf(f.toks[j]) == "year") && lx.wordOf(f.toks[j+1]) == "ago" {
					add(itemDate, f.Text[t.start:f.toks[j+1].end], int(t.start), groupTokens)
				}
			}
			// "takes place in the thylakoid membranes": a place that is no
			// name may still answer "where".
			if c&lxSpot != 0 {
				j := k + 1
				if j < len(f.toks) && (lx.wordOf(f.toks[j]) == "the" || lx.wordOf(f.toks[j]) == "a" || lx.wordOf(f.toks[j]) == "an") {
					j++
				}
				end := j
				for end < len(f.toks) && end < j+3 && !f.toks[end].cap && bits[f.toks[end].id]&(lxStop|lxNumber|lxNumberWord) == 0 &&
					(end == j || strings.TrimSpace(f.Text[f.toks[end-1].end:f.toks[end].start]) == "") {
					end++
				}
				// "at the age of 21", "in the hope of": one noun that
				// "of" completes is a relation, not a place.
				relation := end == j+1 && end < len(f.toks) && lx.wordOf(f.toks[end]) == "of"
				if end > j && !relation {
					add(itemSpot, f.Text[f.toks[j].start:f.toks[end-1].end], int(f.toks[j].start), groupTokens)
				}
			}
			if c&lxMonth != 0 && t.cap && len(lx.wordOf(t)) > 3 && !spans.holds(int(t.start)) {
				add(itemDate, f.Text[t.start:t.end], int(t.start), groupTokens)
			}
			// "At about 11:40 pm": a time of day answers "when" and
			// "what time".
			if c&lxNumber != 0 {
				if end := clockTime(f.Text, f.toks, k, lx); end > 0 {
					add(itemDate, f.Text[t.start:end], int(t.start), groupTokens)
				}
			}
			// "after about three days": a time after something answers
			// "when" as a date does. Not "within two weeks", a deadline.
			if end := timeAfter(lx, bits, f.toks, k); end > k {
				add(itemDate, f.Text[t.start:f.toks[end].end], int(t.start), groupTokens)
			}
		}
		for _, n := range f.Numbers {
			add(itemNumber, n, -1, groupNumbers)
		}
		for _, n := range f.Names {
			switch n.Kind {
			case NamePerson:
				if n.likely {
					if k := len(out); add(itemName, n.Text, -1, groupNames) >= 0 && len(out) > k {
						out[k].person = true
					}
					break
				}
				add(itemPerson, n.Text, -1, groupNames)
			case NamePlace:
				add(itemPlace, n.Text, -1, groupNames)
			case NameOrg:
				add(itemOrg, n.Text, -1, groupNames)
			default:
				add(itemName, n.Text, -1, groupNames)
			}
		}
		b.items[i] = out
		for k := range out {
			b.dims[i] |= out[k].dims
		}
	}
}

// fractions are the words of a share, and fractionBefore the words that
// make one of them a share ("a third", "two thirds", "about half"), not
// a part ("the first half of the century").
var (
	fractions      = makeSet(`half third thirds quarter quarters fifth fifths`)
	fractionBefore = makeSet(`a one two three four about roughly nearly almost over under around some`)
)

// spotPrepositions introduce a place.
var spotPrepositions = makeSet(`in at on inside within into`)

// scaleWords multiply the number before them.
var scaleWords = makeSet(`hundred thousand million billion trillion`)

// isOrdinal reports whether w is a number with an ordinal ending: 10th, 1st.
func isOrdinal(w string) bool {
	n := len(w)
	if n < 3 || !isDigitByte(w[0]) {
		return false
	}
	switch w[n-2:] {
	case "th", "st", "nd", "rd":
		return isNumber(w[:n-2])
	}
	return false
}

// dateSpans are the byte spans of a fact's dates, in order of their
// start, each with the furthest end of it and those before it, so that
// whether an offset falls inside one is a binary search: a month name
// was checked against every date of its fact, and a 3 MB sentence of
// 100,000 dates took 5 s to load.
type dateSpans []struct{ start, maxEnd int }

// set makes the spans of fact f's dates, each written at dateAt (-1:
// not found).
func (d *dateSpans) set(f *Fact, dateAt []int) {
	*d = (*d)[:0]
	for k, at := range dateAt {
		if at >= 0 {
			*d = append(*d, struct{ start, maxEnd int }{at, at + len(f.Dates[k].Text)})
		}
	}
	spans := *d
	slices.SortFunc(spans, func(a, b struct{ start, maxEnd int }) int { return a.start - b.start })
	for k := 1; k < len(spans); k++ {
		spans[k].maxEnd = max(spans[k].maxEnd, spans[k-1].maxEnd)
	}
}

// holds reports whether a byte offset falls inside one of the dates.
func (d dateSpans) holds(at int) bool {
	k := sort.Search(len(d), func(k int) bool { return d[k].start > at }) // the first date after it
	return k > 0 && at < d[k-1].maxEnd
}

// The lists an item's text comes from, each in the order the fact writes
// them: its dates, its numbers, its names, and its words themselves.
const (
	groupDates = iota
	groupNumbers
	groupNames
	groupTokens
	nGroups
)

// maxItemScan bounds the bytes an itemFinder reads searching from a
// fact's start: far more than an ordinary sentence's items need (a
// sentence of a thousand bytes with fifty items reads fifty thousand),
// far less than every item of a sentence as long as the article would.
const maxItemScan = 1 << 20

// itemWindow is how far past the last item of its list found the next
// is sought, once an itemFinder's budget is spent.
const itemWindow = 4096

// itemFinder finds where a fact writes an item's text: its first
// occurrence, searched from the fact's start, while the bytes read stay
// within its budget. Past that (a fact of megabytes naming thousands of
// things), an item of the fact's own words is where the caller found it,
// and any other is sought only in a window after the last of its list
// found, since each list is in the fact's order; one not found there is
// left out. The work then stays linear in the fact.
type itemFinder struct {
	text   string
	budget int          // bytes still to read searching from the start
	cursor [nGroups]int // per list, where its last item found starts
}

// index returns where the fact writes item, -1 if nowhere; hint is where
// the caller knows it is written (-1: it does not know).
func (x *itemFinder) index(item string, hint, group int) int {
	if x.budget > 0 {
		at := indexWhole(x.text, item)
		if at < 0 {
			x.budget -= len(x.text)
		} else {
			x.budget -= at + len(item)
		}
		return at
	}
	if hint >= 0 {
		return hint
	}
	from := x.cursor[group]
	end := min(len(x.text), from+itemWindow+len(item))
	at := indexWhole(x.text[from:end], item)
	if at < 0 {
		return -1
	}
	x.cursor[group] = from + at
	return from + at
}

// indexWhole returns where text first writes item as a whole, not inside
// a longer word or number: "53" of "after a siege of 53 days" is not the
// end of the "1453" before it, nor "3" the start of "3.5"; -1 if nowhere.
func indexWhole(text, item string) int {
	for from := 0; from <= len(text)-len(item); {
		at := strings.Index(text[from:], item)
		if at < 0 || item == "" {
			return at
		}
		at += from
		end := at + len(item)
		if (at == 0 || !isASCIIAlnum(text[at-1]) || !isASCIIAlnum(item[0])) &&
			(end == len(text) || !isASCIIAlnum(item[len(item)-1]) || !continuesWord(text, end)) {
			return at
		}
		from = at + 1
	}
	return -1
}

// continuesWord reports whether the byte at i of text goes on the word
// or number before it: a letter or digit, or a decimal point or
// thousands comma before a digit ("3" of "3.5", "13" of "13,200").
func continuesWord(text string, i int) bool {
	c := text[i]
	if isASCIIAlnum(c) {
		return true
	}
	return (c == '.' || c == ',') && i+1 < len(text) && isDigitByte(text[i+1])
}

// isASCIIAlnum reports whether c is an ASCII letter or digit.
func isASCIIAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// fit says how well an item can answer a question of type t: 2 when it
// is of the kind asked for, 1 when it may be (a name of no known kind for
// "who"), 0 when not.
func (it item) fit(t QuestionType) int {
	switch t {
	case AskDate:
		if it.kind == itemDate {
			return 2
		}
	case AskNumber:
		if it.kind == itemNumber {
			return 2
		}
	case AskPerson:
		switch it.kind {
		case itemPerson:
			return 2
		case itemName, itemOrg:
			return 1
		}
	case AskPlace:
		switch it.kind {
		case itemPlace:
			return 2
		case itemName, itemSpot:
			return 1
		}
	}
	return 0
}

// fits is an item's fit for a question: it.fit, but "how many" asks to
// count things, which a sum of money or a percentage does not (it may
// still answer "how much").
func fits(it *item, q *question) int {
	if it.kind == itemRole {
		if q.job {
			return 2
		}
		return 0
	}
	fit := it.fit(q.typ)
	if fit == 2 && q.count && it.uncounted {
		return 1
	}
	return fit
}

// roles yields the tokens of fact f that are nouns of an occupation
// (wordnetRole) the question does not hold: the answers a question of a
// job asks for ("the goldsmith Johannes Gutenberg", "Robert Waring
// Darwin, a wealthy doctor"). A capitalised one only as the title of a
// name the question asks about ("President Meta"), not of another's
// ("the coronation of Queen Elizabeth" tells no job of Hillary's). Found
// when such a question asks, not at index time: few questions ask a
// job, and every article loaded would pay for the look-ups.
func (b *Base) roles(f int32, q *question) iter.Seq[int32] {
	return func(yield func(int32) bool) {
		g := b.facts[f]
		own, lx := b.own[f], g.article.lex
		for k, id := range own {
			if id < 0 || anyMatches(q.words, id) || !wordnetRole(lx.wordOf(g.toks[k])) {
				continue
			}
			if g.toks[k].cap && !(k+1 < len(own) && own[k+1] >= 0 && anyMatches(q.words, own[k+1])) {
				continue
			}
			if !yield(int32(k)) {
				return
			}
		}
	}
}

// roleItems appends to out the items of the nouns of an occupation in
// fact f (roles), each with the one word before it that qualifies it,
// written in lower case and no stop word: "portrait painter", "harness
// maker", "wealthy doctor".
func (b *Base) roleItems(f *Fact, q *question, out []item) []item {
	own, lx := b.own[f.gid], f.article.lex
	for k := range b.roles(f.gid, q) {
		k0 := k
		if p := k - 1; p >= 0 && own[p] >= 0 && !f.toks[p].cap && lx.bits[f.toks[p].id]&lxNumber == 0 && adjacent(f.Text, f.toks[p], f.toks[k]) {
			k0 = p
		}
		out = append(out, item{kind: itemRole, start: int(f.toks[k0].start), end: int(f.toks[k].end), tok0: k0, tok1: k, terms: own[k0 : k+1]})
	}
	return out
}

// jobUnsaid reports whether a question asks a person's job and fact f,
// with the sentence before it, names no occupation it does not ask
// (roles): "Gutenberg died in Mainz in February 1468" tells no job, as a
// sentence without a date answers no "when" (lacksKind).
func (b *Base) jobUnsaid(q *question, f int32) bool {
	if !q.job {
		return false
	}
	for k, g := range [2]*Fact{b.facts[f], b.facts[f].prev} {
		if g != nil && (k == 0 || g.article == b.facts[f].article) && b.holdsRole(g.gid, q) {
			return false
		}
	}
	return true
}

// holdsRole reports whether fact f names an occupation the question
// does not hold (roles).
func (b *Base) holdsRole(f int32, q *question) bool {
	for range b.roles(f, q) {
		return true
	}
	return false
}

// counted reports whether a number item counts things: not a sum of
// money (£14,000; 3 million euros) nor a share (40%, 95.7 per cent).
func counted(text string, it *item) bool {
	return !isSum(text, it) && !isShare(text, it)
}

// unitAfterNumber is the text after a number item that may hold its
// unit: the rest of the sentence cut short.
func unitAfterNumber(text string, it *item) string {
	after := strings.TrimLeft(text[it.end:], " ")
	return after[:min(len(after), 24)]
}

// isSum reports whether a number item is a sum of money: a currency's
// sign before it ("£14,000", "US$375 million") or its name after it
// ("3 million euros"). Words are compared in any case, without a
// lower-case copy: this runs for every number of every article loaded.
func isSum(text string, it *item) bool {
	before := strings.TrimRight(text[:it.start], " ")
	for _, c := range currencySigns {
		if strings.HasSuffix(before, c) {
			return true
		}
	}
	after := skipScale(unitAfterNumber(text, it))
	for _, w := range currencies {
		if hasPrefixFold(after, w) {
			return true
		}
	}
	return false
}

// isShare reports whether a number item is a share: "40%", "95.7 per
// cent", "30 percent".
func isShare(text string, it *item) bool {
	after := unitAfterNumber(text, it)
	if strings.HasPrefix(after, "%") || strings.HasSuffix(text[it.start:it.end], "%") {
		return true
	}
	after = skipScale(after)
	return hasPrefixFold(after, "per cent") || hasPrefixFold(after, "percent")
}

// ratioDims returns the dimensions of a measure that after, the text
// after a number, compares by a multiple: "three times as long as a
// dot" is a length (and a time) as "how long" asks it; 0 otherwise.
func ratioDims(after string) uint8 {
	after = strings.TrimLeft(after, " ")
	if !hasPrefixFold(after, "times as ") {
		return 0
	}
	return measureDims(firstWord(after[len("times as "):]))
}

// fractionOfUnit returns the dimensions of the unit after the fraction
// at toks[k] when it is a share of one unit ("half an ounce", "a quarter
// of a mile"), and where the share's text ends: after the unit, or after
// the fraction when no unit follows (0 dimensions).
func fractionOfUnit(lx *lexicon, toks []atok, k int) (uint8, int32) {
	j := k + 1
	if j < len(toks) && lx.wordOf(toks[j]) == "of" {
		j++
	}
	if j+1 < len(toks) && (lx.wordOf(toks[j]) == "a" || lx.wordOf(toks[j]) == "an") {
		if d := unitDims(lx.wordOf(toks[j+1])); d != 0 {
			return d, toks[j+1].end
		}
	}
	return 0, toks[k].end
}

// skipScale returns text with a leading scale word ("million
// tonnes") cut off.
func skipScale(text string) string {
	for _, scale := range []string{"million ", "billion ", "thousand ", "trillion "} {
		if hasPrefixFold(text, scale) {
			return text[len(scale):]
		}
	}
	return text
}

// The dimensions a unit measures, as bits: a question that asks a
// quantity after "how" ("how tall", "how heavy") is answered by a number
// with a unit of its dimension ("8,848.86 m") more than by a count or a
// year.
const (
	dimLength uint8 = 1 << iota
	dimMass
	dimTime
	dimTemperature
	dimSpeed
	dimArea
	dimVolume
	dimMoney // a sum: "£14,000", "3 million euros"
)

// unitDims returns the dimensions of the unit written at the start of
// after, the text after a number: "8,848.86 m (29,031.7 ft)" gives a
// length, "−60 °C" a temperature, "160 km/h" and "40 kilometres per hour"
// a speed, "5-metre" a length. No unit gives 0.
func unitDims(after string) uint8 {
	after = skipScale(strings.TrimLeft(after, " -\u00a0"))
	end := strings.IndexAny(after, " ,;:()[]!?\u00a0")
	if end < 0 {
		end = len(after)
	}
	unit := strings.TrimRight(after[:end], ".")
	if len(unit) == 0 || len(unit) > maxUnitLen {
		return 0
	}
	var buf [maxUnitLen]byte
	d := unitOf[string(lowerASCII(buf[:0], unit))]
	next := after[end:]
	next = strings.TrimLeft(next, " \u00a0")
	switch {
	case d == unitSquare:
		return dimArea
	case d == unitCubic:
		return dimVolume
	case d == unitDegrees:
		// "22 degrees south" is an angle; "−60 degrees Celsius" a
		// temperature.
		if hasPrefixFold(next, "celsius") || hasPrefixFold(next, "fahrenheit") || hasPrefixFold(next, "centigrade") ||
			hasPrefixFold(next, "c ") || hasPrefixFold(next, "f ") {
			return dimTemperature
		}
		return 0
	case d&dimLength != 0:
		// "40 kilometres per hour", "30 miles an hour".
		for _, per := range []string{"per hour", "an hour", "a second", "per second", "per day"} {
			if hasPrefixFold(next, per) {
				return dimSpeed
			}
		}
	case d == 0:
		// "50 bits per second": any count per second, minute or hour
		// is a rate, which "how fast" asks.
		for _, per := range []string{"per second", "per minute", "per hour", "a second", "a minute"} {
			if hasPrefixFold(next, per) {
				return dimSpeed
			}
		}
	}
	return d
}

// Marks in unitOf for the words that open a unit of several words
// (unitMark and a number), apart from the dimension bits.
const (
	unitMark    uint8 = 0x80
	unitSquare        = unitMark | 1
	unitCubic         = unitMark | 2
	unitDegrees       = unitMark | 3
)

// maxUnitLen bounds the length of a unit's word, in bytes: longer words
// are no units, and are not copied to be looked up.
const maxUnitLen = 16

// unitOf is general English: units of measurement, as written after a
// number, in lower case, with the dimensions each measures. Presenting
// reads it too, to keep a number's unit in its span.
var unitOf = func() map[string]uint8 {
	m := map[string]uint8{"square": unitSquare, "sq": unitSquare, "cubic": unitCubic, "degrees": unitDegrees, "degree": unitDegrees}
	for d, list := range map[uint8]string{
		dimLength: `km kms kilometre kilometres kilometer kilometers m metre metres meter meters cm centimetre centimetres
			centimeter centimeters mm millimetre millimetres millimeter millimeters µm micrometre micrometres micrometer
			micrometers nm nanometre nanometres nanometer nanometers mi mile miles ft foot feet inch inches yd yard yards
			light-year light-years ly au parsec parsecs fathom fathoms furlong furlongs league leagues`,
		dimMass: `kg kgs kilogram kilograms kilogramme kilogrammes g gram grams gramme grammes mg milligram milligrams
			tonne tonnes ton tons lb lbs pound pounds oz ounce ounces carat carats`,
		dimTime: `year years yr yrs month months week weeks day days hour hours hr hrs h minute minutes min mins second
			seconds sec secs s ms millisecond milliseconds decade decades century centuries millennium millennia`,
		dimTemperature: `°c °f °k ºc ºf kelvin k`,
		dimSpeed:       `km/h kph kmh mph m/s km/s knot knots mach`,
		dimArea:        `km² km2 m² m2 hectare hectares ha acre acres sq.km sqkm`,
		dimVolume:      `l litre litres liter liters ml millilitre millilitres gallon gallons barrel barrels m³ m3 km³ km3`,
	} {
		for _, u := range strings.Fields(list) {
			m[u] |= d
		}
	}
	return m
}()

// measureDims returns the dimensions a word after "how" asks ("tall": a
// length; "long": a length or a time), or 0 for none ("many", "often").
// "How big" asks none: it may ask a length, an area, a mass or a count,
// and read as any of them it took the width of the Amazon's mouth for
// the size of an island (the log).
func measureDims(w string) uint8 {
	switch w {
	case "tall", "high", "deep", "wide", "far":
		return dimLength
	case "long":
		return dimLength | dimTime
	case "heavy":
		return dimMass
	case "old":
		return dimTime
	case "hot", "cold", "warm":
		return dimTemperature
	case "fast":
		return dimSpeed
	}
	return 0
}

// timeAfter returns the index of the last token of a time that follows
// something, from "after" at k ("after about three days"), or -1.
func timeAfter(lx *lexicon, bits []wordBits, toks []atok, k int) int {
	if lx.wordOf(toks[k]) != "after" {
		return -1
	}
	j := k + 1
	if j < len(toks) && roughly[lx.wordOf(toks[j])] {
		j++
	}
	if j >= len(toks) || bits[toks[j].id]&(lxNumber|lxNumberWord) == 0 {
		return -1
	}
	if j+1 < len(toks) && timeUnits[lx.wordOf(toks[j+1])] {
		return j + 1
	}
	return -1
}

// clockTime returns the end, in text, of a time of day that the number
// token at i opens ("11:40 pm", "2:20 a.m."), or 0 when none does: an
// hour, a colon, two figures of minutes and "am" or "pm" after them.
// Without "am" or "pm" the figures may be a verse ("John 3:16") or a
// score, and are left as numbers.
func clockTime(text string, toks []atok, i int, lx *lexicon) int {
	if i+1 >= len(toks) || lx.bits[toks[i+1].id]&lxNumber == 0 {
		return 0
	}
	h, m := lx.wordOf(toks[i]), lx.wordOf(toks[i+1])
	if len(h) > 2 || len(m) != 2 || text[toks[i].end:toks[i+1].start] != ":" || h > "12" && len(h) == 2 || m > "59" {
		return 0
	}
	rest := text[toks[i+1].end:]
	n := len(rest) - len(strings.TrimLeft(rest, " "))
	rest = rest[n:]
	for _, mark := range [...]string{"a.m.", "p.m.", "am", "pm"} {
		if hasPrefixFold(rest, mark) && (len(rest) == len(mark) || !isLetterByte(rest[len(mark)])) {
			return int(toks[i+1].end) + n + len(mark)
		}
	}
	return 0
}

var (
	// roughly are the words that may stand before a number of time
	// units: "after about three days".
	roughly = makeSet(`about around some nearly almost only just roughly approximately over`)
	// timeUnits are the units a time after something is counted in.
	timeUnits = makeSet(`second seconds minute minutes hour hours day days night nights week weeks month months year years decade decades`)
)

// hasPrefixFold reports whether s begins with prefix, in any case.
func hasPrefixFold(s, prefix string) bool {
	return len(s) >= len(prefix) && strings.EqualFold(s[:len(prefix)], prefix)
}

// currencySigns and currencies are general English: the signs before a
// sum of money, and the names after a number that make it one.
var (
	currencySigns = []string{"£", "$", "€", "¥", "₹", "₽"}
	currencies    = []string{"pounds", "dollars", "euros", "francs", "marks", "yen",
		"roubles", "rubles", "pesos", "lira", "lire", "crowns", "kronor", "kroner", "rupees", "shillings", "guineas",
		"guilders", "florins", "ducats", "dinars", "dirhams", "shekels", "yuan", "pesetas", "escudos", "drachmas",
		"zlotys", "forints", "baht", "leke", "pence", "cents"}
	// ambiguousCurrencies are the currencies' names that name other
	// things too: a weight, a grade, a king's crown.
	ambiguousCurrencies = map[string]bool{"pounds": true, "marks": true, "crowns": true}
)
