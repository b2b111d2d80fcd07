package facts

import (
	"slices"
	"strconv"
	"strings"
)

// Date is a date a fact mentions, as precise as the text: a full date, a
// month of a year, a year, or a range of years.
type Date struct {
	Year    int    // 0 when only a month and day are given
	Month   int    // 1-12, or 0 when unknown
	Day     int    // 1-31, or 0 when unknown
	EndYear int    // the last year of a range ("1946–1992"), else 0
	Text    string // as written in the article
}

// HasDay reports whether the date names a month and a day.
func (d Date) HasDay() bool { return d.Month > 0 && d.Day > 0 }

// NameKind says what a name refers to, as far as the text shows.
type NameKind uint8

// The kinds of name.
const (
	NameOther  NameKind = iota
	NamePerson          // follows a title ("President Ilir Meta") or speaks ("X said"); or, likely, is written as people are ("Brian Epstein" … "Epstein", "X, who")
	NamePlace           // follows "in", "to", "from", "at"
	NameOrg             // contains an organisation word ("Forces", "Party", "Nations")
)

// Name is a proper name a fact mentions.
type Name struct {
	Text string // as written, without leading titles or demonyms
	Kind NameKind
	// likely marks a person known by how the article writes the name
	// (markLikelyPeople), not by a title or a verb of speech.
	likely bool
}

// topical returns the name as topics read it: a likely person as a name
// of no known kind. Topics and their surname aliases stay with the people
// a title or a verb of speech names: "/fact lennon" found "Liverpool John
// Lennon Airport" as John Lennon's.
func (n Name) topical() Name {
	if n.likely {
		return Name{Text: n.Text, Kind: NameOther}
	}
	return n
}

// Fact is one statement of the article: a sentence, a list item or an
// infobox line, with the places it is cited from and what it can answer.
type Fact struct {
	ID        int        // position in Article.Facts
	Text      string     // the statement, verbatim from the article
	Kind      FactKind   // sentence, list item or infobox line
	Section   *Section   // where it stands (the fuller copy, when merged)
	Citations []Citation // every place it is stated, most specific first
	Dates     []Date
	Numbers   []string // quantities as written ("3,000", "51"), years excluded
	Names     []Name
	Quote     bool // it quotes someone
	Reason    bool // it gives a cause ("due to", "because")

	toks    []atok   // the words of Text
	para    int      // paragraph number within the article
	prev    *Fact    // the sentence before it in the same paragraph
	extra   []int32  // stems only a merged, shorter copy had, as numbers of its article's lexicon (stemWords)
	article *Article // the article it is from, set when indexed
	gid     int32    // its number in the fact base, set when indexed
}

// ArticleOf returns the article a fact is from, once it is indexed.
func (f *Fact) ArticleOf() *Article { return f.article }

// monthNames maps folded month names and abbreviations to 1-12.
var monthNames = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

// MonthName returns the English name of month m (1-12).
func MonthName(m int) string {
	return [...]string{"", "January", "February", "March", "April", "May", "June", "July",
		"August", "September", "October", "November", "December"}[m]
}

var numberWords = makeSet(`two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
million billion dozen dozens hundreds thousands millions single twice zero`)

// titleWords come before a person's name; a name that follows one is a person.
var titleWords = makeSet(`president prime minister ambassador king queen pope senator governor general
secretary chancellor mayor dr mr mrs ms sir lord lady mp chairman chairwoman leader sultan emperor empress
prince princess judge rabbi imam bishop archbishop cardinal saint st colonel captain admiral lieutenant doge
commander minister dictator premier consul envoy diplomat spokesman spokeswoman professor author poet
vice deputy commissioner`)

// orgWords mark a name as an organisation.
var orgWords = makeSet(`forces force command unit party parliament alliance nations council union team agency
ministry organization organisation committee army navy bank company university institute association
federation league court assembly congress government embassy church society foundation corporation
commission office service services school college museum center centre fund authority`)

// speechVerbs after a name mark it as a person.
var speechVerbs = makeSet(`said says wrote writes opined commented stated told argued declared announced
visited met awarded signed proposed thanked embraced noted added replied remarked`)

// placePrepositions before a name suggest a place.
var placePrepositions = makeSet(`in to from at near into across throughout`)

// nameConnectors may join the capitalised words of one name.
var nameConnectors = makeSet(`of the de del della di da du von van der al bin ibn`)

// annotate fills a fact's dates, numbers, names and cue flags from its text.
// lower is the set of words the article also writes in lower case, so a
// capitalised sentence opener ("Instead") is not taken for a name.
func annotate(f *Fact, ctx *nameContext) {
	toks := f.toks
	lx := ctx.lex
	ctx.used = slices.Grow(ctx.used[:0], len(toks))[:len(toks)]
	used := ctx.used
	clear(used)
	// Dates and numbers are gathered in the context's buffers and kept
	// in its arrays (keepLists).
	f.Dates, f.Numbers = ctx.dates[:0], ctx.numbers[:0]
	defer ctx.keepLists(f)
	text := f.Text
	dashBetween := func(i int) bool {
		if i+1 >= len(toks) {
			return false
		}
		gap := strings.TrimSpace(text[toks[i].end:toks[i+1].start])
		return gap == "–" || gap == "-" || gap == "—" || gap == "to"
	}
	for i, t := range toks {
		c := lx.bits[t.id]
		if c&lxMonth != 0 && t.cap && !used[i] {
			m := monthNames[lx.wordOf(t)]
			// Month D, YYYY / Month YYYY / Month D
			if i+1 < len(toks) && lx.bits[toks[i+1].id]&lxDay != 0 {
				d := Date{Month: m, Day: atoi(lx.wordOf(toks[i+1]))}
				end := toks[i+1].end
				used[i+1] = true
				if i+2 < len(toks) && lx.bits[toks[i+2].id]&lxYear != 0 {
					d.Year = atoi(lx.wordOf(toks[i+2]))
					end = toks[i+2].end
					used[i+2] = true
				}
				d.Text = text[t.start:end]
				f.Dates = append(f.Dates, d)
				used[i] = true
				continue
			}
			if i+1 < len(toks) && lx.bits[toks[i+1].id]&lxYear != 0 {
				f.Dates = append(f.Dates, Date{Month: m, Year: atoi(lx.wordOf(toks[i+1])), Text: text[t.start:toks[i+1].end]})
				used[i], used[i+1] = true, true
				continue
			}
		}
		if used[i] {
			continue
		}
		// D Month YYYY / D Month
		if c&lxDay != 0 && i+1 < len(toks) && toks[i+1].cap && lx.bits[toks[i+1].id]&lxMonth != 0 {
			if m, ok := monthNames[lx.wordOf(toks[i+1])]; ok {
				d := Date{Month: m, Day: atoi(lx.wordOf(t))}
				end := toks[i+1].end
				used[i+1] = true
				if i+2 < len(toks) && lx.bits[toks[i+2].id]&lxYear != 0 {
					d.Year = atoi(lx.wordOf(toks[i+2]))
					end = toks[i+2].end
					used[i+2] = true
				}
				d.Text = text[t.start:end]
				f.Dates = append(f.Dates, d)
				used[i] = true
				continue
			}
		}
		if c&lxYear != 0 && !strings.Contains(text[t.start:t.end], ",") && !measuredYear(text, toks, i, lx) {
			d := Date{Year: atoi(lx.wordOf(t)), Text: lx.wordOf(t)}
			if dashBetween(i) && lx.bits[toks[i+1].id]&lxYear != 0 {
				d.EndYear = atoi(lx.wordOf(toks[i+1]))
				d.Text = text[t.start:toks[i+1].end]
				used[i+1] = true
			}
			f.Dates = append(f.Dates, d)
			used[i] = true
			continue
		}
		if c&lxDecade != 0 {
			f.Dates = append(f.Dates, Date{Year: atoi(lx.wordOf(t)[:4]), EndYear: atoi(lx.wordOf(t)[:4]) + 9, Text: text[t.start:t.end]})
			used[i] = true
			continue
		}
		if c&lxNumber != 0 && earlyYear(text, toks, i, lx) {
			f.Dates = append(f.Dates, Date{Year: atoi(lx.wordOf(t)), Text: text[t.start:t.end]})
			used[i] = true
			continue
		}
		// "11:40 pm" is a time of day (an item of its own, buildItems),
		// not the numbers 11 and 40.
		if c&lxNumber != 0 && clockTime(text, toks, i, lx) > 0 {
			used[i], used[i+1] = true, true
			continue
		}
		if c&(lxNumber|lxNumberWord) != 0 {
			f.Numbers = append(f.Numbers, text[t.start:t.end])
			used[i] = true
		}
	}
	f.Names = findNames(text, toks, ctx)
	if f.Kind == KindInfobox {
		// "Mission1: Albanian embassy" - the key names no thing.
		if k := strings.IndexByte(text, ':'); k > 0 {
			kept := f.Names[:0]
			for _, n := range f.Names {
				if !strings.Contains(text[:k], n.Text) {
					kept = append(kept, n)
				}
			}
			f.Names = kept
		}
	}
	f.Quote = strings.IndexByte(text, '"') >= 0 || strings.Contains(text, "“") || strings.Contains(text, "”")
	for i, t := range toks {
		c := lx.bits[t.id]
		if c&lxSaid != 0 {
			f.Quote = true
		}
		if c&lxReasonFirst == 0 || f.Reason {
			continue
		}
		w := lx.wordOf(t)
		for _, cue := range reasonCues {
			if cue[0] == w && i+len(cue) <= len(toks) && matchWords(toks[i:i+len(cue)], cue, lx) {
				f.Reason = true
			}
		}
	}
}

// reasonFirst holds the first words of reasonCues, to skip most words fast.
var reasonFirst = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range reasonCues {
		m[c[0]] = true
	}
	return m
}()

// reasonCues are the phrases that give a cause, for "why" questions.
var reasonCues = [][]string{{"due", "to"}, {"because"}, {"as", "a", "result"}, {"owing", "to"}, {"in", "order", "to"},
	{"so", "that"}, {"since", "the"}, {"thanks", "to"}, {"caused", "by"}, {"for", "his"}, {"for", "her"},
	{"for", "their"}, {"to", "honor"}, {"to", "honour"}}

func matchWords(toks []atok, words []string, lx *lexicon) bool {
	for i, w := range words {
		if lx.wordOf(toks[i]) != w {
			return false
		}
	}
	return true
}

// nameContext is what the whole article tells about its words, so names
// are told from sentence openers and demonyms from countries. It keeps
// what it learns in the article's lexicon (lower, capMid); once that is
// complete, several contexts may read it at once, each annotating some of
// the facts.
type nameContext struct {
	lex     *lexicon
	demonym []int8 // word -> 0 not yet known, 1 not a demonym, 2 a demonym
	buf     []byte // scratch for lookups that must not allocate
	// Scratch for annotating a fact, and the arrays its lists are kept
	// in: a few allocations an article instead of several a fact.
	used     []bool
	dates    []Date
	numbers  []string
	names    []Name
	keptDate slab[Date]
	keptNum  slab[string]
	keptName slab[Name]
}

// keepLists moves a fact's dates and numbers from the context's buffers
// to its arrays.
func (c *nameContext) keepLists(f *Fact) {
	c.dates, c.numbers = f.Dates[:0], f.Numbers[:0]
	f.Dates, f.Numbers = c.keptDate.keep(f.Dates), c.keptNum.keep(f.Numbers)
}

func newNameContext(lx *lexicon) *nameContext {
	return &nameContext{lex: lx, keptDate: slab[Date]{chunk: 16}, keptNum: slab[string]{chunk: 16}, keptName: slab[Name]{chunk: 32}}
}

// add records the words of one sentence.
func (c *nameContext) add(text string, toks []atok) {
	for i, t := range toks {
		switch {
		case !t.cap:
			c.lex.lower[t.id] = true
		case i > 0 && !sentenceStartBefore(text, int(t.start)):
			c.lex.capMid[t.id] = true
		}
	}
}

// demonymOf is demonym for the article's word id, worked out once.
func (c *nameContext) demonymOf(id int32) bool {
	if c.demonym == nil {
		c.demonym = make([]int8, len(c.lex.words))
	}
	if c.demonym[id] == 0 {
		c.demonym[id] = 1
		if c.isDemonym(c.lex.words[id]) {
			c.demonym[id] = 2
		}
	}
	return c.demonym[id] == 2
}

// isDemonym reports whether a capitalised word names a people or its
// adjective, judged by the article: "Albanian" when the article names
// "Albania", "Israeli" for "Israel", "Jewish" for "Jews", "Italian" for
// "Italy". A word like "Pakistan" has no shorter name beside it, so it stays.
func (c *nameContext) isDemonym(w string) bool {
	for _, suf := range []string{"ians", "ian", "ans", "an", "is", "i", "ese", "ish", "ar", "ars", "s"} {
		stem, ok := strings.CutSuffix(w, suf)
		if !ok || len(stem) < 3 {
			continue
		}
		for _, end := range []string{"", "a", "ia", "e", "y", "o", "s"} {
			c.buf = append(append(c.buf[:0], stem...), end...)
			if x := c.buf; string(x) != w {
				if id := c.lex.lookup(x); id >= 0 && c.lex.capMid[id] {
					return true
				}
			}
		}
	}
	return false
}

// findNames returns the proper names in a sentence: runs of capitalised
// words, split at titles ("Albanian President Ilir Meta" gives the person
// "Ilir Meta") and acronyms, with a kind guessed from titles, organisation
// words, speech verbs and prepositions.
//
// It reads names until it has maxFactNames of them.
func findNames(text string, toks []atok, ctx *nameContext) []Name {
	names := ctx.names[:0]
	defer func() { ctx.names = names[:0] }()
	lx := ctx.lex
	joinable := func(k int) bool {
		return toks[k].cap && lx.bits[toks[k].id]&(lxNumber|lxMonthOrDay) == 0 && !afterHyphen(text, toks, k, lx) &&
			!strings.HasSuffix(text[:toks[k].start], "°") && // "46 °C" is a unit, not a name
			!(toks[k].end-toks[k].start == 1 && k > 0 && lx.bits[toks[k-1].id]&lxNumber != 0) // nor is "250 W"
	}
	for i := 0; i < len(toks) && len(names) < maxFactNames; {
		if !joinable(i) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) {
			if joinable(j) && (!hasBreak(text, int(toks[j-1].end), int(toks[j].start)) || initials(text, toks[j-1], toks[j])) {
				j++
				continue
			}
			// "Star of David", "Golden Medal of the Eagle"
			k := j
			for k < len(toks) && lx.bits[toks[k].id]&lxConnector != 0 && !toks[k].cap && !hasBreak(text, int(toks[k-1].end), int(toks[k].start)) {
				k++
			}
			// Before a hyphen the word may be an adjective ("Kadare of
			// Muslim-majority Albania"), unless the name so far is one word
			// ("Star of David-shaped").
			if k > j && k < len(toks) && joinable(k) && !hasBreak(text, int(toks[k-1].end), int(toks[k].start)) && (j-i == 1 || !beforeHyphen(text, toks[k])) {
				j = k + 1
				continue
			}
			break
		}
		run := toks[i:j]
		// A sentence opener is a name only if the article also capitalises
		// it elsewhere ("Instead" and "Increasing" are openers only).
		before, after := int32(-1), int32(-1) // the words around the run, by lexicon id
		if i > 0 {
			before = toks[i-1].id
		}
		for len(run) > 0 && (lx.bits[run[0].id]&lxStop != 0 || (sentenceStartBefore(text, int(run[0].start)) && (lx.lower[run[0].id] || !lx.capMid[run[0].id]) &&
			!openerOfName(run, lx))) {
			before = run[0].id // "At Ramla": the opener still tells the kind
			run = run[1:]
		}
		if j < len(toks) {
			after = toks[j].id
		}
		// Acronyms stand alone: "the UN Besiana Kadare" is two names.
		start := 0
		for k := 0; k < len(run) && len(names) < maxFactNames; k++ {
			if isAcronym(text[run[k].start:run[k].end]) && len(run) > 1 {
				names = splitRun(names, text, run[start:k], before, -1, ctx)
				names = append(names, Name{Text: text[run[k].start:run[k].end], Kind: NameOther})
				start = k + 1
			}
		}
		if len(names) < maxFactNames {
			names = splitRun(names, text, run[start:], before, after, ctx)
		}
		i = j
	}
	if len(names) > maxFactNames {
		names = names[:maxFactNames] // a long run split many ways
	}
	return ctx.keptName.keep(names)
}

// openerOfName reports whether a run's first word, opening a sentence,
// begins the name the rest of the run goes on with: "Angelo Moriondo of
// Turin patented", "Tokyo Tower, completed in 1958", though the article
// capitalises neither opener elsewhere. Only a word the article never
// writes in lower case and that WordNet's tagged texts never met, so no
// common word of English ("Many", "Instead", "Yesterday").
func openerOfName(run []atok, lx *lexicon) bool {
	if len(run) < 2 || lx.lower[run[0].id] {
		return false
	}
	return wordnetTags(Stem(lx.words[run[0].id])) == 0
}

// maxFactNames bounds the names read from one fact: a sentence names a
// few things, a long list line a few dozen; a "sentence" of megabytes in
// capitals would otherwise make a name, a topic and an item of each of
// its hundreds of thousands of words (3 MB of acronyms: 419 MB resident).
const maxFactNames = 512

func monthOrDay(w string) bool {
	if _, ok := monthNames[w]; ok && len(w) > 3 {
		return true
	}
	switch w {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday":
		return true
	}
	return false
}

// afterHyphen reports whether toks[k] is the second half of a hyphenated
// word like "anti-Semitism", which names nothing.
func afterHyphen(text string, toks []atok, k int, lx *lexicon) bool {
	return k > 0 && toks[k-1].end == toks[k].start-1 && text[toks[k].start-1] == '-' && !toks[k-1].cap && lx.bits[toks[k].id]&lxTitle == 0
}

// titleModifiers qualify a title ("Foreign Minister"); alone they name nothing.
var titleModifiers = makeSet(`foreign former then interior defense defence finance education health justice
acting chief senior junior late`)

// beforeHyphen reports whether a word is the first half of a compound
// adjective like "Muslim-majority".
func beforeHyphen(text string, t atok) bool {
	return int(t.end) < len(text) && text[t.end] == '-'
}

// isAcronym reports whether a word is written in capitals: UN, IDF, NATO.
func isAcronym(w string) bool {
	if !capitals(w) {
		return false
	}
	// Roman numerals (World War II) and titles (MP) are not names.
	return strings.Trim(w, "IVX") != "" && !titleWords[strings.ToLower(w)]
}

// hasBreak reports whether punctuation between two words separates names.
func hasBreak(text string, from, to int) bool {
	return strings.ContainsAny(text[from:to], ",;:()\"“”.!?—–'’")
}

func sentenceStartBefore(text string, pos int) bool {
	// strings.TrimRight(text[:pos], " \"“'("), without building its cutset.
	s := text[:pos]
	for len(s) > 0 {
		switch c := s[len(s)-1]; {
		case c == ' ' || c == '"' || c == '\'' || c == '(':
			s = s[:len(s)-1]
		case strings.HasSuffix(s, "“"):
			s = s[:len(s)-len("“")]
		default:
			return c == '.' || c == ':'
		}
	}
	return true
}

// splitRun turns a run of capitalised words into names: the last words
// after a title are a person; what comes before the title, without
// demonyms, is an organisation or other name.
func splitRun(out []Name, text string, run []atok, before, after int32, ctx *nameContext) []Name {
	lx := ctx.lex
	lastTitle := -1
	for k, t := range run {
		if lx.bits[t.id]&lxTitle != 0 {
			lastTitle = k
		}
	}
	if lastTitle >= 0 && lastTitle < len(run)-1 {
		person := run[lastTitle+1:]
		var domain []atok // what a ruler rules: "West Francia" of "King Charles III of West Francia"
		if len(person) > 0 && lx.bits[person[0].id]&lxConnector != 0 {
			// "Minister of Foreign Affairs Shimon Peres": the title goes on
			// past a connector; the name is the last words.
			for k := len(person) - 1; k >= 0; k-- {
				if lx.bits[person[k].id]&lxConnector != 0 {
					person = person[k+1:]
					if len(person) > 2 {
						person = person[len(person)-2:]
					}
					break
				}
			}
		} else {
			// "King Charles III of West Francia": the name right after the
			// title, then where its holder held it.
			for k, t := range person {
				if lx.bits[t.id]&lxConnector != 0 {
					person, domain = person[:k], person[k+1:]
					for len(domain) > 0 && lx.bits[domain[0].id]&lxConnector != 0 {
						domain = domain[1:]
					}
					break
				}
			}
		}
		if len(person) > 0 {
			out = append(out, Name{Text: span(text, person), Kind: NamePerson})
		}
		if len(domain) > 0 {
			kind := kindOf(domain, -1, -1, lx) // a verb after it is the person's
			if kind == NameOther {
				kind = NamePlace // a ruler's land, a duke's duchy
			}
			out = append(out, Name{Text: span(text, domain), Kind: kind})
		}
		run = run[:lastTitle+1]
		after = -1
	}
	for len(run) > 0 && (lx.bits[run[0].id]&(lxTitle|lxTitleMod) != 0 || ctx.demonymOf(run[0].id)) {
		run = run[1:]
	}
	// A title word after a connector ends a body's name, not a person's
	// title: "International Court of Justice", "Ministry of Justice".
	for n := len(run); n > 0 && lx.bits[run[n-1].id]&(lxTitle|lxTitleMod|lxConnector) != 0 &&
		!(lx.bits[run[n-1].id]&(lxTitle|lxTitleMod) != 0 && n >= 3 && lx.bits[run[n-2].id]&lxConnector != 0); n = len(run) {
		run = run[:n-1]
	}
	if len(run) == 0 {
		return out
	}
	return append(out, Name{Text: span(text, run), Kind: kindOf(run, before, after, lx)})
}

func span(text string, run []atok) string {
	end := int(run[len(run)-1].end)
	if n := len(run); n > 1 && initials(text, run[n-2], run[n-1]) && end < len(text) && text[end] == '.' {
		end++ // "U.S.", its last full stop too
	}
	return text[run[0].start:end]
}

// initials reports whether a is a single letter written as an initial
// right before the single letter b, a full stop between them: "U.S.",
// "U.K.". (Initials with spaces, "J. R. Smith", are left as they were:
// read as one name they held out no better.)
func initials(text string, a, b atok) bool {
	return a.end-a.start == 1 && b.end-b.start == 1 && b.start == a.end+1 && text[a.end] == '.'
}

// kindOf guesses a name's kind from its words and the words before and
// after it (lexicon ids, -1 for none).
func kindOf(run []atok, before, after int32, lx *lexicon) NameKind {
	for _, t := range run {
		if lx.bits[t.id]&lxOrg != 0 {
			return NameOrg
		}
	}
	if after >= 0 && lx.bits[after]&lxSpeech != 0 && len(run) >= 2 { // speechVerbs
		return NamePerson
	}
	if before >= 0 && lx.bits[before]&lxPlacePrep != 0 { // placePrepositions
		return NamePlace
	}
	return NameOther
}

func isYear(w string) bool {
	if len(w) != 4 || !isNumber(w) {
		return false
	}
	y := atoi(w)
	return y >= 1000 && y <= 2100
}

func isDecade(w string) bool {
	return len(w) == 5 && w[4] == 's' && isYear(w[:4]) && w[3] == '0'
}

func isDay(w string) bool {
	if len(w) > 2 || !isNumber(w) {
		return false
	}
	d := atoi(w)
	return d >= 1 && d <= 31
}

func isNumber(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigitByte(w[i]) && w[i] != '.' {
			return false
		}
	}
	return isDigitByte(w[0])
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}

// earlyYear reports whether token i, a number, is a year before 1000
// (isYear takes four digits only: "in 300 villages" counts villages):
// three digits after "in", "by", "until", "since", "from" or "around"
// and before no word they may count, so before a stop word, a
// capitalised word or punctuation ("in 911 as a fiefdom", "in 476, the
// empire"; not before BC, which the dates' years cannot hold); or two or
// three digits beside AD or CE ("AD 79", "79 AD").
func earlyYear(text string, toks []atok, i int, lx *lexicon) bool {
	w := lx.wordOf(toks[i])
	if len(w) < 2 || len(w) > 3 || w[0] == '0' {
		return false
	}
	for k := 0; k < len(w); k++ {
		if !isDigitByte(w[k]) {
			return false
		}
	}
	space := func(a, b int) bool { return adjacent(text, toks[a], toks[b]) }
	if i+1 < len(toks) && space(i, i+1) {
		if n := lx.wordOf(toks[i+1]); n == "ad" || n == "ce" {
			return true
		}
	}
	if i > 0 && space(i-1, i) && lx.wordOf(toks[i-1]) == "ad" {
		return true
	}
	if len(w) != 3 || i == 0 || !space(i-1, i) {
		return false
	}
	switch lx.wordOf(toks[i-1]) {
	case "in", "by", "until", "since", "from", "around":
	default:
		return false
	}
	if i+1 == len(toks) || !space(i, i+1) {
		return true // a full stop, a comma, a bracket after it
	}
	next := toks[i+1]
	if beforeChrist(lx.wordOf(next)) {
		return false
	}
	return next.cap || lx.bits[next.id]&lxStop != 0
}

// measuredYear reports whether token i, a number a year may be, counts a
// unit of measurement written right after it in lower case ("a route of
// at most 2000 kilometres", "1500 metres long", "2000 years"): a
// quantity, not a date. A unit of one letter ("1990 s") or "league" ("the
// 1999 league title") says too little.
func measuredYear(text string, toks []atok, i int, lx *lexicon) bool {
	if i+1 >= len(toks) || toks[i+1].cap || !adjacent(text, toks[i], toks[i+1]) {
		return false
	}
	w := lx.wordOf(toks[i+1])
	return len(w) >= 2 && w != "league" && w != "leagues" && unitOf[w] != 0
}

// beforeChrist reports whether a folded word marks a year before Christ.
func beforeChrist(w string) bool { return w == "bc" || w == "bce" }

// adjacent reports whether only spaces stand between tokens a and b of
// text: no punctuation parts them.
func adjacent(text string, a, b atok) bool {
	return strings.TrimSpace(text[a.end:b.start]) == ""
}
