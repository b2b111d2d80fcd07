package facts

// Questions of definition: "what is peace", "define refugee", "what is
// the Talmud", "who was Napoleon III" (definedPhrase reads them). Such a
// question is answered only by a sentence that says what its phrase is,
// not by one that only uses it; this file reads where a sentence says so.

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// undefined reports whether a question of definition ("what is peace",
// "define refugee": question.defAt) is put to a fact that does not say
// what its word is, only uses it: "Peace between Israel and the
// Palestinians must go through Jerusalem" answers no "what is peace".
// A fact says what a word is when the word opens a clause as the
// subject of "is", "are", "was", "were", "means" or "refers"; stands
// before a gloss (a comma not of a list, a bracket or a dash, not an
// infobox line's colon, "Reservoir: Lake Mead":
// "a subsizar, a poor student who paid his way"); or after "called",
// "named", "known as" and the like ("Substances called adjuvants"), or
// after a comma, in apposition; opens the fact after an article ("A
// compositor picked letters …"; not a name after "the", which tells
// what it did); stands in quotation marks; or when it
// heads the fact's section (glossKind).
func (b *Base) undefined(q *question, f int32) bool {
	if q.defAt < 0 {
		return false
	}
	if q.defCaps && !b.namesPhrase(q, f) {
		// Not the name asked about, as far as this fact says; but one
		// that leans on a sentence naming it ("… aligned with the Axis
		// powers … . Its Jewish population rose …") is about it, and
		// says what it is only as said allows.
		if p := antecedent(b.facts[f]); p == nil || !b.namesPhrase(q, p.gid) {
			// Asked what it means, a fact that only holds its words
			// says so only with a gloss, or with a verb of meaning and
			// the phrase's last word: "what does the albanian eagle
			// mean" is not answered by "the golden decoration of the
			// eagle".
			return q.defMean && !(meansAt(b.facts[f].Text) >= 0 && matchIn(b.ownSet[f], &q.words[q.defAt]) > 0) && !b.said(q, f)
		}
	}
	return !b.said(q, f)
}

// said reports whether fact f says what the phrase of a question of
// definition is, or heads a section of that name.
func (b *Base) said(q *question, f int32) bool {
	for s := b.facts[f].Section; s != nil; s = s.Parent {
		if headingOf(s.Title, q.words[q.defFrom:q.defAt+1]) {
			return true
		}
	}
	start, _ := b.glossAt(q, f, false)
	return start >= 0
}

// meansTitle reports whether fact f says what the phrase of q, read as a
// question of what title words mean ("what does RMS stand for", "what
// does Istanbul mean"; titleMeaningFact), means: the fact opens on a name
// unnamed and says what it means ("The name means …"); or it holds the
// phrase where a verb of meaning follows ("The name Kyoto means …"), as
// a word ("The name Istanbul comes from …"), or with what its letters
// stand for ("RMS, for Royal Mail Ship"); or it leans on a sentence that
// holds the phrase and says what a name means ("His surname simply
// means …"). With named, a fact that says whom or what the name honours
// counts too ("… is named after the engineer Gustave Eiffel", "He named
// it after …"). That a fact says what the subject is ("Reykjavík is the
// centre of Iceland's government") does not say what its name means.
func (b *Base) meansTitle(q *question, f int32, named bool) bool {
	text := b.facts[f].Text
	// The subject's name unnamed: "The name means …", "He named it after
	// the BBC comedy series …".
	if nameMeansAt(text) >= 0 || named && (strings.Contains(text, " named it after ") || strings.Contains(text, " named it for ")) {
		return true
	}
	// "… Ser Piero da Vinci … . His surname simply means "from Vinci"."
	if b.meansOfAntecedent(q, f) >= 0 {
		return true
	}
	start, end := b.glossIn(q, f, false, true)
	if start < 0 {
		return false
	}
	after := text[end:]
	return meansNext(after) || named && namedAfter(after) || wordAsWord(strings.TrimRight(text[:start], " ")) ||
		strings.HasPrefix(after, ", for ") && len(after) > 6 && capitalised(after[6:])
}

// namesPhrase reports whether fact f writes the phrase of a question of
// definition as a name: each of its words capitalised ("Gatun Lake"), or
// its first a name the articles write only so ("Camellia sinensis").
func (b *Base) namesPhrase(q *question, f int32) bool {
	start, end := b.glossIn(q, f, false, true)
	if start < 0 {
		return false
	}
	if q.words[q.defFrom].name {
		return true
	}
	for _, w := range strings.Fields(b.facts[f].Text[start:end]) {
		if !capitalised(w) && !stopwords[w] {
			return false
		}
	}
	return true
}

// glossAt returns where in fact f's text the phrase of a question of
// definition stands where the fact says what it is (glossed), or -1, -1;
// with after, only where the fact says it after the phrase (glossAfter).
func (b *Base) glossAt(q *question, f int32, after bool) (start, end int) {
	start, end = b.glossIn(q, f, after, false)
	if start >= 0 {
		return start, end
	}
	if at := b.meansOfAntecedent(q, f); at >= 0 {
		return at, at
	}
	return -1, -1
}

// meansOfAntecedent returns where fact f, leaning on the sentence before
// it that holds the phrase of a question of definition, says what a name
// means, or -1: "Uhuru Peak, the summit, lies on … . Its name means
// "freedom" in Swahili".
func (b *Base) meansOfAntecedent(q *question, f int32) int {
	if p := antecedent(b.facts[f]); p != nil && f > 0 && b.facts[f-1] == p {
		if at := meansAt(b.facts[f].Text); at >= 0 {
			if s, _ := b.glossIn(q, f-1, false, true); s >= 0 {
				return at
			}
		}
	}
	return -1
}

// meansNext reports whether the text after a phrase opens with a verb of
// meaning, past a closing quotation mark or a bracket: "Kyoto means
// "capital city"", not "Python, the language it was meant to be
// programmed in".
func meansNext(after string) bool {
	a := strings.TrimLeft(after, "\"”'’")
	if strings.HasPrefix(a, " (") {
		if _, rest, ok := strings.Cut(a, ")"); ok {
			a = rest
		}
	}
	return meansAt(a) == 0
}

// namedAfter reports whether the text after a name says, in its
// clause, whom or what the name honours or comes from: "… is named after
// the engineer Gustave Eiffel", "… was named in honour of …", "… gave
// the islands their name", "… takes its name from …".
func namedAfter(after string) bool {
	clause, _, _ := strings.Cut(after, ";")
	if i := strings.Index(clause, ". "); i >= 0 {
		clause = clause[:i]
	}
	for _, v := range [...]string{" named after ", " named for ", " in honour of ", " in honor of "} {
		if strings.Contains(clause, v) {
			return true
		}
	}
	// What gave the thing its name: "… gave the islands their name:
	// galápago was …", "… takes its name from the river".
	for _, n := range [...]string{" its name", " their name"} {
		i := strings.Index(clause, n)
		if i < 0 {
			continue
		}
		if strings.HasPrefix(clause[i+len(n):], " from ") {
			return true
		}
		for _, v := range [...]string{" gave ", " gives ", " give ", " lent ", " lends ", " lend "} {
			if strings.Contains(clause[:i], v) {
				return true
			}
		}
	}
	return false
}

// nameMeansAt returns where a sentence that opens on a name unnamed
// ("The name means …", "Its name comes from …", "The present name comes
// from …") says what it means or where it comes from, or -1.
func nameMeansAt(text string) int {
	rest, ok := strings.CutPrefix(text, "The ")
	if !ok {
		rest, ok = strings.CutPrefix(text, "Its ")
	}
	if !ok {
		return -1
	}
	if w, more, _ := strings.Cut(rest, " "); w != "name" && w != "word" && isAlpha(w) && strings.ToLower(w) == w {
		rest = more // one word before it: "The present name"
	}
	if rest, ok = strings.CutPrefix(rest, "name "); !ok {
		if rest, ok = strings.CutPrefix(rest, "word "); !ok {
			return -1
		}
	}
	for _, v := range [...]string{"means ", "meant ", "comes from ", "derives from ", "is derived from ", "was derived from "} {
		if strings.HasPrefix(rest, v) {
			return len(text) - len(rest)
		}
	}
	return -1
}

// unexplained returns the phrase of a question of definition as the first
// of the retrieved facts that names it writes it, when none of them says
// what it is; "" otherwise.
func (b *Base) unexplained(q *question, hits []hit) string {
	named := ""
	for _, h := range hits {
		start, end := b.glossIn(q, h.fact, false, true)
		if start < 0 || q.defCaps && !b.namesPhrase(q, h.fact) {
			continue
		}
		if b.said(q, h.fact) {
			return "" // said after all, or under its own heading
		}
		if named == "" {
			named = b.facts[h.fact].Text[start:end]
		}
	}
	if named != "" && !q.defCaps && !q.words[q.defAt].name {
		// Everyday words as asked, not as a sentence opens with them
		// ("Peace between …").
		named = phraseOf(q.words[q.defFrom : q.defAt+1])
	}
	return named
}

// meansAt returns where in a sentence a verb of meaning opens what a
// word means ("Its name means "freedom""; "is often translated as"), or
// -1.
func meansAt(text string) int {
	for _, v := range [...]string{" means ", " meant ", " is translated as ", " translates as "} {
		if at := strings.Index(text, v); at >= 0 {
			return at
		}
	}
	return -1
}

// glossIn is glossAt in fact f's own words; with held, it returns where
// they hold the phrase, glossed or not.
func (b *Base) glossIn(q *question, f int32, after, held bool) (start, end int) {
	n := q.defAt - q.defFrom // words of the phrase before its last
	name := q.words[q.defAt].name || q.defCaps
	fact, own := b.facts[f], b.own[f]
	// The word itself or its inflections (a term of weight 1), not
	// another form: "earth" says nothing of what an earthquake is.
	matches := func(k int, w *qword) bool {
		return k >= 0 && own[k] >= 0 && slices.ContainsFunc(w.alts, func(a alt) bool { return a.t == own[k] && a.w >= 1 })
	}
	for k := range own {
		// The phrase's words in a row, its last at k: "irregular moons",
		// not the "moons" of "Known moons: 95".
		whole, at := true, k
		for j := 0; j <= n && whole; j++ {
			// A name's inner stop words are passed over: "Star of David".
			for name && j > 0 && at > 0 && own[at] < 0 && at < k {
				at--
			}
			whole = matches(at, &q.words[q.defAt-j])
			at--
		}
		if !whole {
			continue
		}
		start, end := int(fact.toks[at+1].start), int(fact.toks[k].end)
		if held {
			return start, end
		}
		// "The monument is made of …" is one monument, not what "a
		// monument" is; "The gondola, a flat-bottomed rowing boat …"
		// says what one is.
		if q.defA && strings.TrimSpace(fact.Text[:start]) == "The" && !saysWhatOne(fact.Text[end:]) {
			continue
		}
		if g := glossKind(fact.Text, start, end); g == glossAfter || g != noGloss && !after {
			return start, end
		}
		if name && !after && (nameSaid(fact.Text, start, end) || q.defWho && titled(fact.Text[:start])) {
			return start, end
		}
	}
	return -1, -1
}

// definitionSpan returns the gloss a fact gives of the phrase a question
// of definition asks about, to show in bold: "a poor student who paid
// his way by working as a servant to wealthier ones" of "as a subsizar,
// a poor student who …"; "" when the fact says what it is otherwise
// ("Substances called adjuvants"), or is not about it.
func (b *Base) definitionSpan(q *question, f int32) string {
	if q.defAt < 0 {
		return ""
	}
	start, end := b.glossAt(q, f, true)
	if start < 0 {
		if q.defWho {
			// "who is Edi Rama": "Albanian Prime Minister".
			if start, _ := b.glossIn(q, f, false, true); start >= 0 {
				text := b.facts[f].Text
				if t := title(text[:start]); t != "" && strings.Contains(text[:start], t) {
					return t
				}
			}
		}
		return ""
	}
	return glossText(b.facts[f].Text[end:])
}

// glossText returns the gloss that the text after a phrase opens, when
// it opens one that can be cut out: a bracket's words ("Magma (molten
// rock)"), a comma's gloss, or what "means", "refers to", "stands for",
// "is" or "are" and the like say, to the next comma, semicolon or full
// stop.
func glossText(after string) string {
	after = strings.TrimLeft(after, " \"”'’")
	clause := func(s string) string {
		s = strings.TrimLeft(s, " ")
		if cut := strings.IndexAny(s, ",;.)"); cut >= 0 {
			s = s[:cut]
		}
		return strings.TrimSpace(s)
	}
	switch {
	case strings.HasPrefix(after, "("):
		inner, _, ok := strings.Cut(after[1:], ")")
		if !ok {
			return ""
		}
		return strings.TrimSpace(inner)
	case strings.HasPrefix(after, ",") && commaGloss(after[1:]):
		return clause(after[1:])
	}
	for _, v := range [...]string{"means ", "meant ", "refers to ", "denotes ", "stands for ", "is ", "are ", "was ", "were "} {
		if rest, ok := strings.CutPrefix(after, v); ok {
			return clause(rest)
		}
	}
	return ""
}

// headingOf reports whether a heading is the phrase of words, folded
// ("Etymology" of "what does etymology mean").
func headingOf(title string, words []qword) bool { return strings.EqualFold(title, phraseOf(words)) }

// phraseOf returns question words as asked and folded, a space between.
func phraseOf(words []qword) string {
	var buf []byte
	for i, w := range words {
		if i > 0 {
			buf = append(buf, ' ')
		}
		buf = append(buf, w.text...)
	}
	return string(buf)
}

// glossed reports whether the words of text[start:end] stand where a
// sentence says what they are (see Base.undefined).
func glossed(text string, start, end int) bool { return glossKind(text, start, end) != noGloss }

// How a sentence says what a phrase is: not at all, around or before it
// ("Substances called adjuvants"), or after it, in words that can be cut
// out and shown (glossText: "a subsizar, a poor student who …").
const (
	noGloss = iota
	glossAround
	glossAfter
)

// glossKind is glossed, saying how.
func glossKind(text string, start, end int) int {
	// A term in quotation marks is being named: 'copied by other
	// industries as "lean manufacturing"'.
	if strings.HasSuffix(text[:start], "\"") && strings.HasPrefix(text[end:], "\"") || strings.HasSuffix(text[:start], "“") && strings.HasPrefix(text[end:], "”") {
		return glossAround
	}
	before := strings.TrimRight(text[:start], " \"“'‘")
	det, definite := false, false
	for _, d := range [...]string{" the", " a", " an", " The", " A", " An", " any", " Two", " two"} {
		if strings.HasSuffix(before, d) || before == d[1:] {
			before = strings.TrimRight(before[:len(before)-len(d)+1], " ")
			det, definite = true, d == " the" || d == " The"
			break
		}
	}
	// The fact opens with the phrase after an article or a number, its
	// subject: "A compositor picked letters from a type case", "The en
	// passant rule lets a pawn ...", "Two branchial hearts pump blood
	// through the two gills"; not "Peace between the two countries was
	// celebrated", nor after a colon: "said: \"The peace ...". A name
	// so opening tells what it did, not what it is: "The Dutch East
	// India Company brought the first tea to Europe".
	if before == "" && det && !(definite && capitalised(text[start:end])) {
		return glossAround
	}
	if namedBefore(before) {
		return glossAround
	}
	after := strings.TrimLeft(strings.TrimLeft(text[end:], " "), "\"”'’")
	// A bracket of dates says when, not what: "During the Cold War
	// (1947–1991), …" does not say what it was; "Marie Antoinette (2
	// November 1755 – 16 October 1793) was the last queen" does, after it.
	if bracket, ok := strings.CutPrefix(after, "("); ok {
		if inner, rest, ok := strings.Cut(bracket, ")"); ok && datesOnly(inner) {
			after = strings.TrimLeft(rest, " ")
			if strings.HasPrefix(after, ",") && before != "" {
				return noGloss // the comma closes what the phrase stands in: "During the Cold War (1947–1991), …"
			}
		}
	}
	// A year that dates the name is part of it: "the Tumu Crisis of
	// 1449, in which Oirat Mongols defeated a Ming army".
	if rest, ok := strings.CutPrefix(after, "of "); ok {
		if year, tail, ok := strings.Cut(rest, ","); ok && len(year) == 4 && allDigits(year) {
			after = "," + tail
		}
	}
	for _, v := range [...]string{"means ", "meant ", "refers ", "denotes ", "stands for "} {
		if strings.HasPrefix(after, v) {
			return glossAfter
		}
	}
	// A measure it is of: "the half marathon of 21.0975 km".
	if rest, ok := strings.CutPrefix(after, "of "); ok && measureOpens(rest) {
		return glossAround
	}
	// The phrase as a word: "The word Hanse is an old German term for
	// …", "The name Istanbul comes from the medieval Greek phrase …".
	if wordAsWord(before) {
		for _, v := range [...]string{"is ", "was ", "comes from ", "came from ", "derives from ", "is derived from ", "was derived from "} {
			if rest, ok := strings.CutPrefix(after, v); ok && !passive(rest) {
				return glossAfter
			}
		}
	}
	if before == "" || strings.ContainsAny(before[len(before)-1:], ".,;:(") {
		for _, v := range [...]string{"is ", "are ", "was ", "were "} {
			if rest, ok := strings.CutPrefix(after, v); ok && !passive(rest) {
				return glossAfter
			}
		}
	}
	if strings.HasPrefix(after, "(") || strings.HasPrefix(after, "– ") || strings.HasPrefix(after, "— ") {
		return glossAfter
	}
	// A clause that tells what such things are, right after them: "tiny
	// paralarvae that drift in the plankton"; not one that tells which
	// is meant ("the famine that followed").
	if !definite && !strings.HasSuffix(before, ",") {
		for _, v := range [...]string{"that ", "which ", "who "} {
			if strings.HasPrefix(after, v) {
				return glossAround
			}
		}
	}
	// In apposition after a comma, with an article: "vehicles ahead of
	// the riders, the publicity caravan."; "An eruption of VEI 8, a
	// supereruption, ejects ..." (not the last of a list: "Successors:
	// steam press, rotary press, offset lithography").
	if det && strings.HasSuffix(before, ",") && (after == "" || strings.ContainsAny(after[:1], ".;),")) {
		return glossAround
	}
	// An item of a list or of "and" is glossed by nothing after it:
	// "our social traditions, peace, stability", "the values of
	// humanity, sacrifice, and love, values which ...".
	coordinated := strings.HasSuffix(before, ",") && !det || strings.HasSuffix(before, " and") || strings.HasSuffix(before, " or")
	if strings.HasPrefix(after, ",") && (!coordinated || indefiniteGloss(after[1:])) && commaGloss(after[1:]) {
		return glossAfter
	}
	// Another name after ", or", no item of a list before the phrase:
	// "the nerpa, or Baikal seal, one of the few seals …".
	if strings.HasPrefix(after, ", or ") && !coordinated && det {
		return glossAfter
	}
	return noGloss
}

// wordAsWord reports whether the text before a phrase names it as a
// word, "the word", "the name" or "the term", opening its clause: "The
// word Hanse is …", not "… gave the name Hanse to …", whose name the
// sentence does not explain.
func wordAsWord(before string) bool {
	for _, n := range [...]string{"word", "name", "term"} {
		if rest, ok := strings.CutSuffix(before, " "+n); ok {
			rest = strings.TrimSuffix(strings.TrimSuffix(rest, "the"), "The")
			return rest == "" || strings.HasSuffix(rest, ", ") || strings.HasSuffix(rest, "; ") || strings.HasSuffix(rest, ", and ")
		}
	}
	return false
}

// passive reports whether the words after "is" or "was" make a passive
// ("Gatun Lake was formed by damming …", "The monument is made of …"),
// which tells what was done to a thing, not what it is; a verb that
// names ("was called", "is known as") does say.
func passive(rest string) bool {
	w, _, _ := strings.Cut(rest, " ")
	w = strings.ToLower(strings.TrimRight(w, ",.;:"))
	switch w {
	case "called", "named", "termed", "dubbed", "nicknamed", "known", "defined", "considered", "regarded", "described":
		return false
	}
	return isAlpha(w) && pastForm(w) || participles[w]
}

// participles are irregular past participles a passive opens with.
var participles = makeSet(`made built found given held taken seen done begun written shown grown brought bought sold kept left set put run won thrown drawn driven chosen broken spoken worn torn sworn`)

// namedBefore reports whether the text before a phrase names it: "called",
// "named", "nicknamed", "termed", "dubbed", "known as" and the like, or
// ", or" ("crassulacean acid metabolism, or CAM"); not any "as" ("traded
// as futures", "trained as a goldsmith").
func namedBefore(before string) bool {
	last := func(s string) string { return strings.ToLower(s[strings.LastIndexAny(s, " ,;:(\"")+1:]) }
	switch w := last(before); w {
	case "called", "named", "nicknamed", "termed", "dubbed", "christened", "so-called":
		return true
	case "as":
		switch last(strings.TrimSuffix(before, w)[:max(len(before)-len(w)-1, 0)]) {
		case "known", "referred", "described", "regarded", "defined", "celebrated", "designated", "classified", "recognised", "recognized", "identified":
			return true
		}
	case "or":
		return strings.HasSuffix(before, ", or")
	}
	return false
}

// measureOpens reports whether text opens with a number and a unit of
// measurement ("21.0975 km", "about 90 km").
func measureOpens(text string) bool {
	for _, w := range [...]string{"about ", "some ", "around ", "roughly "} {
		text = strings.TrimPrefix(text, w)
	}
	n := 0
	for n < len(text) && (isDigitByte(text[n]) || n > 0 && (text[n] == '.' || text[n] == ',') && n+1 < len(text) && isDigitByte(text[n+1])) {
		n++
	}
	return n > 0 && unitDims(text[n:]) != 0
}

// indefiniteGloss reports whether the words after a comma open with "a",
// "an" or "any": one such thing, which glosses the item of a list it
// follows ("and ultramarathons, any race longer than a marathon"), not
// the list.
func indefiniteGloss(seg string) bool {
	seg = strings.TrimLeft(seg, " ")
	return strings.HasPrefix(seg, "a ") || strings.HasPrefix(seg, "an ") || strings.HasPrefix(seg, "any ")
}

// commaGloss reports whether the text after a word's comma opens a gloss
// of it: it names or describes ("a poor student who paid his way",
// "wheat-flour balls", "when the player to move has no legal move", "in
// which the type was fixed"), rather than going on with the sentence
// ("and in Korea", "bringing hope", "to confuse predators", "won the
// Academy Award", "in a gothic textura typeface", "such as rhyolite") or
// a list ("a medical research cooperation agreement, and an agreement").
func commaGloss(seg string) bool {
	seg = strings.TrimLeft(seg, " ")
	cut := strings.IndexAny(seg, ",;.)")
	if cut < 0 {
		cut = len(seg)
	}
	rest := seg[cut:]
	word := strings.Fields(seg[:cut])
	if len(word) < 2 {
		return false
	}
	w := strings.ToLower(word[0])
	if capitalised(word[0]) {
		return false // a name in apposition, not a gloss: "Albanian embassy, Tel Aviv"
	}
	switch {
	case slices.Contains([]string{"and", "or", "but", "so", "to", "such", "while", "though", "although", "because"}, w):
		return false
	case w == "from" && etymology(word[1:]):
		return true
	case w == "for" && capitalised(word[1]) && !capitalised(word[0]):
		// What letters stand for: "The prefix RMS, for Royal Mail
		// Ship, meant …".
		return true
	case prepositions[w]:
		if word[1] != "which" && word[1] != "whom" {
			// Where it is, then what it is: "Namanga, on the road
			// between Nairobi and Arusha, which became a one-stop
			// border post".
			return relativeGloss(strings.TrimLeft(rest, ", "))
		}
	case isAlpha(w) && (strings.HasSuffix(w, "ing") || pastForm(w) || participles[w]):
		// A verb goes on with the sentence: "… in the Nile Delta, found
		// it built into a wall".
		return false
	case numberWords[w] || measureLead[w] || w[0] >= '0' && w[0] <= '9':
		// A measure in apposition: "A thick layer of sediment, several
		// kilometres deep, lies …".
		return false
	}
	// A list goes on with another item after "and" or "or"; "and in
	// Korea ..." goes on with a clause.
	rest = strings.TrimLeft(rest, ", ")
	for _, c := range [...]string{"and ", "or "} {
		if item, ok := strings.CutPrefix(rest, c); ok {
			next, _, _ := strings.Cut(item, " ")
			return !slices.Contains([]string{"a", "an", "the", "their", "his", "her", "its", "other"}, next)
		}
	}
	return true
}

// relativeGloss reports whether a clause says what the thing before it
// is: "which became a one-stop border post", "which is the oldest …",
// not "which was unveiled in 2020".
func relativeGloss(clause string) bool {
	rest, ok := strings.CutPrefix(clause, "which ")
	if !ok {
		return false
	}
	for _, v := range [...]string{"is ", "was ", "became ", "remains "} {
		if after, ok := strings.CutPrefix(rest, v); ok {
			art, _, _ := strings.Cut(after, " ")
			return art == "a" || art == "an" || art == "the"
		}
	}
	return false
}

// measureLead are the words a measure in apposition opens with.
var measureLead = makeSet(`several many some about nearly almost over under around roughly approximately up`)

// etymology reports whether the words after "from" say what language a
// word comes from and what it means there: "from the German for "works
// without opus number"", "from the Greek word for sun", "from Latin
// meaning ..."; not "from Albania".
func etymology(words []string) bool {
	if len(words) > 0 && words[0] == "the" {
		words = words[1:]
	}
	if len(words) < 2 {
		return false
	}
	if !capitalised(words[0]) {
		return false
	}
	switch words[1] {
	case "for", "word", "words", "meaning", "term":
		return true
	}
	return false
}

// nameSaid reports whether a sentence says what the name text[start:end]
// names, beyond glossKind's ways: another name in apposition that ends
// the clause ("celebrated in South Korea as Gwangbokjeol, Liberation
// Day."); a noun phrase in apposition after it ("Yang Liwei, China's
// first astronaut,") or the name in apposition after one ("A smaller
// storm, Oval BA, formed"); a kind of place before or after it ("the
// capital of Tirana", "the Durrës region of Albania"); ", who" after it;
// or, for an abbreviation ("the IDF", "the UN"), any sentence, as what
// one stands for is what is asked and the sentences that use it are the
// article's say.
func nameSaid(text string, start, end int) bool {
	// The name may go on past the words asked: "Ptolemy V Epiphanes, a
	// king of …" for "who was Ptolemy V".
	full := end
	for range 2 {
		next, _, _ := strings.Cut(text[full:], ",")
		w, _, _ := strings.Cut(strings.TrimPrefix(next, " "), " ")
		if !strings.HasPrefix(next, " ") || !capitalised(w) {
			break
		}
		full += 1 + len(w)
	}
	if rest, ok := strings.CutPrefix(text[full:], ", "); ok {
		if appositive(rest) {
			return true
		}
		// "the Venetian Lagoon, an enclosed bay of …", "Yang Liwei,
		// China's first astronaut,", "Émile Nouguier, two senior
		// engineers of …": a noun phrase in apposition, opened by an
		// article, a possessor or a number, with a word in lower case.
		// Not after an opening phrase: "In Tirana, a memorial was
		// unveiled".
		det, phrase, _ := strings.Cut(rest, " ")
		if cut := strings.IndexAny(phrase, ",;.)"); cut >= 0 {
			phrase = phrase[:cut]
		}
		opens := det == "a" || det == "an" || det == "the" || numberWords[det] ||
			strings.HasSuffix(det, "'s") || strings.HasSuffix(det, "’s")
		if opens && !openingPhrase(text[:start]) && slices.ContainsFunc(strings.Fields(phrase), func(w string) bool {
			r, _ := utf8.DecodeRuneInString(w)
			return unicode.IsLower(r) && !stopwords[w]
		}) {
			return true
		}
	}
	// "A smaller storm, Oval BA, formed in 2000": the name in apposition
	// after what it is; not an item of a list ("Albania, Kosovo, and
	// Greece").
	if before, ok := strings.CutSuffix(text[:start], ", "); ok && strings.HasPrefix(text[end:], ", ") {
		last := before[strings.LastIndexByte(before, ' ')+1:]
		r, _ := utf8.DecodeRuneInString(last)
		after := text[end+2:]
		if unicode.IsLower(r) && !strings.HasPrefix(after, "and ") && !strings.HasPrefix(after, "or ") {
			return true
		}
	}
	if capitals(text[start:end]) {
		return true
	}
	next, _, _ := strings.Cut(strings.TrimLeft(text[end:], " "), " ")
	// A kind of place in the singular: "the Balkan countries" are
	// countries of the Balkans, no country named so.
	if w := strings.TrimRight(next, ",.;:"); placeKind(w) && !strings.HasSuffix(w, "s") || strings.HasPrefix(text[end:], ", who ") {
		return true // "the Durrès region"; "Count Axel von Fersen, who later helped …"
	}
	before := strings.Fields(text[max(start-40, 0):start])
	n := len(before)
	return n >= 2 && before[n-1] == "of" && placeKind(before[n-2])
}

// titled reports whether the text before a name ends with a person's
// title or role, past the capitalised words and small words of the
// title: "Albanian Prime Minister Edi Rama", "Ambassador to the UN
// Besiana Kadare", "communist dictator Enver Hoxha", "the swindler
// Victor Lustig"; not "met Edi Rama". Only for "who is": "the United
// Nations General Assembly" is no general's.
func titled(before string) bool { return title(before) != "" }

// title returns the title or role that titled finds, as the text writes
// it ("Albanian Prime Minister", "French pacifist"), to show in bold; ""
// when there is none.
func title(before string) string {
	words := strings.Fields(before[max(len(before)-80, 0):])
	n := len(words)
	letters := func(w string) bool {
		return strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) < 0
	}
	// "the French pacifist Frédéric Passy", "the swindler Victor Lustig":
	// a noun in lower case right before the name, after an article.
	if n >= 2 {
		if r, _ := utf8.DecodeRuneInString(words[n-1]); unicode.IsLower(r) && !stopwords[words[n-1]] && letters(words[n-1]) {
			for k := n - 2; k >= 0 && k >= n-4; k-- {
				if lw := strings.ToLower(words[k]); lw == "the" || lw == "a" || lw == "an" {
					return strings.Join(words[k+1:], " ")
				} else if !letters(words[k]) || stopwords[lw] {
					break
				}
			}
		}
	}
	// Past the title's capitalised and small words to a title word, then
	// on to where the title begins: "Albanian Ambassador to the UN".
	found := false
	from := n
	for k := n - 1; k >= 0 && (found || k >= n-6); k-- {
		w := words[k]
		if strings.ContainsAny(w, ",;:()\"“”") {
			break // another clause, or a list
		}
		lw := strings.ToLower(w)
		// A word in lower case ends it, but for one between a capital
		// and a role in lower case: "Albanian communist dictator".
		adjective := k == n-2 && k > 0 && titleWords[words[n-1]] && capitalised(words[k-1])
		if !titleWords[lw] && !capitalised(w) && !stopwords[lw] && !adjective {
			break
		}
		found = found || titleWords[lw]
		from = k
	}
	if !found {
		return ""
	}
	for from < n && stopwords[strings.ToLower(words[from])] {
		from++
	}
	return strings.Join(words[from:], " ")
}

// openingPhrase reports whether the text before a name is a short
// phrase a sentence opens with, whose comma ends it rather than opening an
// apposition: "In Tirana, a memorial was unveiled"; not "It honours
// Ptolemy V Epiphanes, a king of …".
func openingPhrase(before string) bool {
	words := strings.Fields(before)
	return len(words) > 0 && len(words) <= 3 && prepositions[strings.ToLower(words[0])]
}

// capitalised reports whether a word opens with a capital letter.
func capitalised(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// datesOnly reports whether a bracket's words are dates and their
// markers alone ("1947–1991", "born 1932", "c. 1452 – 2 May 1519"): no
// word that says what something is.
func datesOnly(inner string) bool {
	words := 0
	for _, w := range strings.FieldsFunc(inner, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		words++
		lw := strings.ToLower(w)
		if !isNumber(w) && !monthOrDay(lw) && !dateMarkers[lw] {
			return false
		}
	}
	return words > 0
}

// dateMarkers are the words a bracket of dates holds besides the dates.
var dateMarkers = makeSet(`born died aged c ca circa bc ad bce ce fl r reigned to and or`)

// placeKind reports whether w is a lower-case noun for a kind of place
// ("capital", "region"): the type nouns of a question of place.
func placeKind(w string) bool {
	return w != "" && w == strings.ToLower(w) && typeNouns[w] == AskPlace
}

// saysWhatOne reports whether the text after "The X" says what any X
// is: a comma's gloss, a bracket, "means" and the like, or "is a …";
// not "is made of …".
func saysWhatOne(after string) bool {
	if rest, ok := strings.CutPrefix(after, ","); ok {
		return commaGloss(rest)
	}
	after = strings.TrimLeft(after, " ")
	if strings.HasPrefix(after, "(") {
		return true
	}
	for _, v := range [...]string{"means ", "refers ", "denotes ", "stands for "} {
		if strings.HasPrefix(after, v) {
			return true
		}
	}
	for _, v := range [...]string{"is a ", "is an ", "was a ", "was an ", "is one ", "was one "} {
		if strings.HasPrefix(after, v) {
			return true
		}
	}
	return false
}

// appositive reports whether the text after a name's comma is another
// name for it that ends the clause: "Liberation Day." of "Gwangbokjeol,
// Liberation Day."
func appositive(seg string) bool {
	cut := strings.IndexAny(seg, ",;.)")
	if cut < 0 || seg[cut] == ',' {
		return false // an item of a list: "Albania, Kosovo, and Greece"
	}
	words := strings.Fields(seg[:cut])
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if !capitalised(w) {
			return false
		}
	}
	return true
}

// prepositions open a phrase after a comma that goes on with the
// sentence rather than glossing the word before it.
var prepositions = makeSet(`in on at by for from with of into onto after before during under over near since until through across along among between within without against toward towards beside besides behind below beneath above beyond inside outside upon via despite amid alongside throughout`)
