package facts

import (
	"iter"
	"slices"
	"strconv"
	"strings"
)

// Analysis, the first stage of answering: a question becomes its answer
// type, its focus word, and its content words, each with the article terms
// it matches (the word itself, its other forms, or the word it is a typo
// of) and what kind of word it is (a name, a title word, a vague word).

// QuestionType is the kind of answer a question wants.
type QuestionType uint8

// The question types, after the Li & Roth answer-type taxonomy, coarsely.
const (
	AskOther  QuestionType = iota // what, which, how: any statement
	AskDate                       // when, what year
	AskPerson                     // who
	AskPlace                      // where
	AskNumber                     // how many, how much
	AskReason                     // why
	AskQuote                      // what did X say
)

// alt is one article term a question word matches, and how surely: 1 for
// the word itself, less for another form of it or a repaired typo.
type alt struct {
	t int32
	w float32
}

// qword is one content word of a question.
type qword struct {
	text    string   // folded, as asked
	pos     int      // position among the question's tokens
	alts    []alt    // the article terms it matches, the word itself first
	idf     float32  // how rare its best match is; maxIDF when unknown
	known   bool     // the articles have it in some form
	synOnly bool     // known through WordNet's synonyms alone, no form of the word itself: a capitalised one is no name the articles mention
	name    bool     // part of a proper name
	cap     bool     // written with a capital (not as the question's first word)
	light   bool     // a vague word of questions ("happen", "year")
	measure bool     // the word after "how" that asks a quantity ("tall"), weighed as vague, or a form of "weigh" in a question of a number: a fact that holds it shares more than title words, yet the rules pass it over when it lacks a number of the kind (Base.keeps)
	title   bool     // a word of an article's title
	num     bool     // a number
	group   int      // the name it belongs to (from 1), or 0
	fixed   bool     // a misspelling, repaired to its first form
	english bool     // unknown to the articles, but a lower-case word of general English (WordNet gives it synonyms)
	slip    *unknown // in lower case, unknown to the articles and no word of English as it stands: its unknown, which says whether it is one misspelt (misspeltEnglish); nil otherwise
	class   uint16   // wordClass of text
	hash    uint64   // gram hash of the word as asked
	digit   bool     // hasDigit(text), from the memo
	kin     bool     // unknown to the articles, and WordNet pairs it with a proper adjective or name ("greece"): from the memo, as it asks for a stem
	meant   string   // the stem of the word of English a slip is read as ("desgined": design), or ""
}

// ordinary reports whether a question word is an ordinary one: no name,
// title word, vague word or number. The decision weighs how many of these
// a fact holds (covWord, noWord).
func (qw *qword) ordinary() bool { return !qw.name && !qw.title && !qw.light && !qw.num }

// matches reports whether term t is one the question word matches: the
// word itself, another form of it or the word a typo repairs to (alts).
func (qw *qword) matches(t int32) bool {
	return slices.ContainsFunc(qw.alts, func(a alt) bool { return a.t == t })
}

// is reports whether qw matches term t as itself, not as a form or a
// synonym of it.
func (qw *qword) is(t int32) bool {
	return slices.ContainsFunc(qw.alts, func(a alt) bool { return a.w == 1 && a.t == t })
}

// weightOf returns how surely qw matches term t: 1 as itself, less as a
// form, a typo or a synonym of it, 0 not at all.
func (qw *qword) weightOf(t int32) float32 {
	best := float32(0)
	for _, a := range qw.alts {
		if a.t == t && a.w > best {
			best = a.w
		}
	}
	return best
}

// anyMatches reports whether any of words matches term t.
func anyMatches(words []qword, t int32) bool {
	for i := range words {
		if words[i].matches(t) {
			return true
		}
	}
	return false
}

// question is an analysed question.
type question struct {
	typ     QuestionType
	count   bool   // "how many": things to count, not a sum or a share
	long    bool   // "how long": a length, or a time that dates may span
	since   bool   // "since when": a date, or a time counted back from now ("for 11,000 years")
	present bool   // "when does", "when is": a time that comes round, not a year's event
	far     bool   // a word "far": "how far west" may be answered by a place reached (lacksKind)
	ahead   bool   // a word "ahead" or "behind": "how far ahead" asks a time (lacksKind)
	dims    uint8  // the dimensions a quantity after "how" asks ("tall": a length), as unit bits
	focus   string // the noun after "what"/"which" that names the answer ("river"), or ""
	job     bool   // asks what a person does for a living (jobAsked): a noun of an occupation answers ("goldsmith")
	focusAt int    // its index in words, or -1
	countAt int    // the index in words of what "how many" counts ("people"), or -1
	// kindsOf is the index in words of the thing whose kinds "how many"
	// counts ("how many species of shark"), or -1.
	kindsOf int
	// startAsked: the question asks a beginning ("when did they start
	// building it"), which "began" says of an event (Base.oneEventUnsaid).
	startAsked bool
	// firstKind is the index in words of "first" or "last" right before
	// another word of the question ("the first GPS satellite"), or -1
	// (Base.narrowerFirst).
	firstKind int
	// owner is the index in words of the last word of a name written
	// with a possessive ("Israel's embassy") or as a people's adjective
	// before a noun ("the Israeli embassy"), or -1 (the span feature
	// sOwner).
	owner   int
	event   int8 // 1 + the index in events of what a word of it asks of its type ("when … die": a death, "who … father": a relative), or 0
	eventAt int  // the index in words of that word, when event is set
	// others are the other events the question asks before it, each
	// with its word's index in words, nOthers of them: "In what year did
	// South Korea finish lifting its ban" asks a completion and a ban.
	others  [maxAskedEvents]askedEvent
	nOthers int8
	// defFrom and defAt are the first and last index in words of the
	// phrase a question of definition asks about ("what is peace",
	// "what does interfaith dialogue mean", "define refugee", "what is
	// the Talmud"), or -1: everyday words asked with no article or with
	// "a", or a name (definedPhrase).
	defFrom, defAt int
	// defCaps: the phrase is a question of definition only where a fact
	// writes it as a name, each word capitalised ("what is gatun lake" of
	// "Gatun Lake", "what was the long march"): words of a name typed in
	// lower case, or a name with an ordinary word.
	defCaps bool
	defWho  bool // "who is X": a name asked as a person (titled)
	// haveAsked: the question asks what a name has ("Where does Greece
	// have a consulate?").
	haveAsked bool
	// forceAsked: "When did the Kyoto Protocol come into force?": when a
	// law began to bind, which its signing or adoption does not say.
	forceAsked bool
	// othersAsked: "What other countries sent rescue teams?": places or
	// bodies besides those the question and the article are about.
	othersAsked bool
	// kinAsked: "did beethoven have a sister": a relative asked by a word
	// of kin, not as an in-law ("his sister-in-law").
	kinAsked bool
	defA     bool // asked with "a" or "an": what any such thing is
	defMean  bool // asked what it means ("what does X mean", "… represent"), not what it is
	// roleAt and roleOf are the indices in words of a person's role (or
	// a capital) and the name it is of or to, written "the ambassador to
	// Israel", "the president of Norland", "Israel's president", "the
	// capital of Kosovo" (Base.otherRole and Base.roleUnsaid read them),
	// and rolePrep the preposition; -1 without one.
	roleAt, roleOf int
	rolePrep       string
	// roleOwner is the index in words of the name that owns a role
	// written to another too ("Israel's ambassador to the UN"); -1
	// without one.
	roleOwner int
	words     []qword
	negated   bool // "not", "never", "didn't"
	// clauseNegated: a negation in a clause the question reports ("who
	// noticed that bacteria don't grow under mould"), which leaves the
	// question itself unnegated (Base.neverSaid).
	clauseNegated bool
	conditional   bool // "if" or "unless": "How tall can it get if you don't prune it?"
	dayAsked      bool // "what date", "on what day": a date that names its day (Base.dayUnsaid)
	rateAsked     bool // "how much gas does the pipeline carry a day": an amount in a span of time (Base.rateUnsaid)
	deathCause    bool // "how did X die", "what did X die of": a cause of death (Base.causeUnsaid)
	whereIs       bool // "Where is X?" of a name alone: where a thing lies (Base.locationUnsaid)
	// Read once a question, for rules that every candidate is put to:
	// shareAsked ("what percentage": Base.shareUnsaid), lengthAsked (1 +
	// lengthKind's kind of a height, a depth or a width asked:
	// Base.otherMeasure), lifeAsked (a birth, a death or a marriage:
	// Base.placeUnsaid) and peopleCounted (Base.countsPeople).
	// deathsCounted ("how many people died", "how many wildebeest
	// drown": Base.deathsUnsaid, Base.othersCounted) and
	// firstAsked ("when did X first V": Base.againUnsaid) likewise, and
	// muchOf ("how much of" asks a part of something: Base.asksPopulation).
	shareAsked, lifeAsked, peopleCounted, deathsCounted, firstAsked, muchOf bool
	lengthAsked                                                             int8
	// mostAt is 1 + the index in words of an adjective graded by "most"
	// before a noun ("Albania's most famous writer"), by its ending
	// (mostGraded), or 0 (Base.superlativeUnsaid).
	mostAt int8
	// kinAt is 1 + the index in words of a kin word right after a name
	// ("marie curie's father"; Base.otherKin), or 0
	kinAt int8
	// pronKin is 1 + the index in words of a kin word right after "his",
	// "her" or "their" ("when his father died"), when no name owns one,
	// or 0.
	pronKin int8
	// kinOf: the name before the kin word is a possessive ("darwin's
	// mother", not "the wright brothers"; Base.kinUnsaid)
	kinOf bool
	// canAsked: a question opening with "can", "could", "should" or
	// "may" (Base.canUnsaid)
	canAsked bool
	// numbered: a word of a name followed by a small number ("Apollo
	// 12"; Base.numberedUnsaid), read once a question
	numbered bool
	// acronym is X of "what does X stand for", folded, or "" (Base.acronymUnsaid)
	acronym string
	// epithetAsked: a nickname, a motto or a slogan asked, which the fact
	// must give (Base.epithetUnsaid)
	epithetAsked bool
	// hypothetical is "what would happen if …", and future "when will
	// …": a case or a time the fact must put so (Base.notSoSaid)
	hypothetical, future bool
	// madeAt is the index in words of "made" asking what something is
	// made of ("What is Jupiter made of?"), or -1 (Base.madeOfOther)
	madeAt int16
	// everAt is the position among the question's tokens of the deed
	// after "ever" in "did X ever V", or -1 (Base.everUnsaid)
	everAt int
	// kindOfAt is the position of "a" or "an" in "is X a Y" ("Is Edi
	// Rama a painter?"), which asks whether a name is of a kind, or -1
	// (Base.kindOfUnsaid).
	kindOfAt int
	// becomeAt is the position among the question's tokens of "become"
	// in "when did X become Y", or -1 (Base.becomeUnsaid)
	becomeAt int
	// becomeOne: what it became is one of a kind ("become a country").
	becomeOne bool
	// taskAsked: the question asks a task done ("write a poem about
	// albania", "recommend a restaurant"), which no fact answers
	// (Base.taskUnsaid)
	taskAsked bool
	// firstOfAsked is "who was the first person to …": the first of a
	// kind (Base.firstOfUnsaid)
	firstOfAsked bool
	// lastOfAsked is "who was the last person to …" (Base.firstOfUnsaid)
	lastOfAsked bool
	// bestAsked is "the best time to visit", "best beaches in albania":
	// an opinion of what is best, which the fact must give (Base.bestUnsaid)
	bestAsked bool
	// stillAsked is "is the bastille still standing", "does X still …":
	// whether a state lasts to this day, which the fact must tell
	// (Base.stillUnsaid)
	stillAsked bool
	// exactPlace is "where exactly": a place within the ones the
	// question names (Base.exactPlaceUnsaid).
	exactPlace bool
	// contact is the word of contactWords the focus is, or is one slip
	// from, or "" (Base.contactUnsaid).
	contact string
	// whoVerb is the index in words of the verb right after "who" ("who
	// found the wreck"), or -1 (Base.agentUnsaid).
	whoVerb int
	// leads is the stem of a verb of leading right after "who" ("who
	// commanded apollo 12", "who runs gps"), or "" (Base.leaderUnsaid).
	leads string
	// withAt is the index in words of the word right after "with" ("climb
	// Everest with oxygen"), or -1 (Base.withoutSaid).
	withAt int
	// withoutAt is the index in words of the word right after "without"
	// and any article ("climb Everest without oxygen", "without a
	// visa"), or -1 (Base.withoutUnsaid).
	withoutAt int
	// existsAt is the position of the first word after "is there a",
	// "are there any" and the like, which ask whether a thing exists
	// ("is there a documentary about albanians saving jews"), or -1
	// (Base.existsUnsaid).
	existsAt int
	// existsIn is the position of the first word after "in" or "on"
	// behind the thing asked to exist ("is there a synagogue in
	// tirana"), or 0 (Base.existsUnsaid).
	existsIn int
	// namePairs and ofName are read by the first candidate a rule
	// judges and kept for the rest: 0 not yet read, 1 no, 2 yes. Whether
	// the question writes two name words side by side
	// (Base.nameOrderUnsaid); whether it names a name and no kin word
	// (Base.relativeOnly).
	namePairs, ofName int8
	// kindWaived makes lacksKind pass every fact, while keepsOver asks
	// whether any other rule rules one out.
	kindWaived bool
	// otherCountries: the others asked are countries ("what other
	// countries sent rescue teams"), which Base.othersUnnamed needs named.
	otherCountries bool
	// ordinal is the ordinal after "the" or a possessive that the
	// question asks by ("the second Muslim-majority country", "her third
	// Nobel Prize"), or "" (Base.otherOrdinal).
	ordinal string
	// nowAsked is a question that ends on "now" or "today" ("What does
	// Ilir Meta do now?"): how things stand today (Base.nowUnsaid).
	nowAsked bool
	// habitAsked is what is usually so ("what is the golden decoration
	// normally given for", "where do tourists usually go"), asked in the
	// present (Base.habitUnsaid).
	habitAsked bool
	// countedAt is 1 + the index in words of a word right after a small
	// count ("one Metropolitan Statistical Area", "eight counties"), and
	// countedN that count, or 0 (Base.otherCount).
	countedAt int8
	countedN  int
	// periodYear is the year of "after 2015", "since 1978" or "before
	// 1666" in a question, and periodDir +1 for a time after it (or
	// since), -1 for one before; 0 without one (Base.periodUnsaid).
	periodYear int
	periodDir  int8
	// centuryFrom is the first year of a century the question names ("in
	// the 10th century": 900, "in the 1100s": 1100), or -1
	// (Base.centuryUnsaid).
	centuryFrom int
	// habitVerb is the word after the word of a habit ("eat" of "what do
	// koalas usually eat"), or "": its present in a fact tells a habit.
	habitVerb string
	// aliveAsked is "is X (still) alive", "is X dead": a life or a death
	// told (Base.aliveUnsaid)
	aliveAsked bool
	// pronounceAsked: how a word is said ("how do you pronounce
	// tirana"), which the fact must tell (Base.translationUnsaid)
	pronounceAsked bool
	// sayIn is "how do you say X in Y": a word in another language
	// (Base.translationUnsaid).
	sayIn      bool
	doneAround bool // "what did X do before/after …", "what happened to X after …", "who was … before X": deeds or holders in order (Base.sequenceUnsaid)
	// holderAsked: "who was … before X": another holder than the one
	// named (holderAround, Base.holderUnsaid).
	holderAsked bool
	// objectAt is 1 + the index in words of a word right before a
	// preposition (objectPrep) and the name it governs ("war" of "declare
	// war on Bolivia"), or 0 (Base.otherObject).
	objectAt   int8
	objectPrep string
	// listedAt is 1 + the index in words of a number word before a noun
	// in a question that asks the things by name ("which three chemicals
	// did japan restrict"), or 0 (Base.listUnsaid).
	listedAt int8
	// subjectAt and verbAt are the indices in words of the first word of
	// the name a "when/where/why/how did" question asks of and of the
	// verb right after it ("When did Sweden adopt the euro?"), or -1.
	subjectAt, verbAt int
	deniedVerb        bool     // a verb negated ("not", "never", "didn't"), not a thing ("no", "none")
	groups            int      // number of names
	pairs             []uint64 // gram hashes of the question's neighbouring word pairs, stop words included
	// unknownName is a capitalised word or acronym that no article has in
	// any form: "Who won the FIFA World Cup?" asks about something else.
	unknownName bool
}

// questionOrder lists question words, in order of preference for typos.
var questionOrder = []string{"when", "where", "what", "which", "who", "why", "how", "whom", "whose"}

// chatForm returns the word a piece of chat shorthand or an informal
// family word stands for in a question ("how many planets r there", "y
// did he leave", "his mum"), or "": read so
// when written in lower case and absent from the articles. A switch,
// not a map: it is asked of every word the articles lack, stop words
// among them.
func chatForm(w string) string {
	switch w {
	case "r":
		return "are"
	case "u":
		return "you"
	case "ur":
		return "your"
	case "y":
		return "why"
	case "b4":
		return "before"
	case "thru":
		return "through"
	case "tho":
		return "though"
	case "cuz", "coz":
		return "because"
	case "abt":
		return "about"
	case "ppl":
		return "people"
	// Family words as a child says them: the articles write "father".
	case "dad", "daddy":
		return "father"
	case "dads": // "his dads job": "dad's", its apostrophe dropped, as often as a plural
		return "fathers"
	case "mum", "mom", "mummy", "mommy":
		return "mother"
	case "mums", "moms":
		return "mothers"
	case "grandpa":
		return "grandfather"
	case "grandma":
		return "grandmother"
	case "bro":
		return "brother"
	case "sis":
		return "sister"
	case "rn":
		return "now"
	case "smth":
		return "something"
	case "wat":
		return "what"
	}
	return ""
}

// smallNumbers are the words of the numbers to twenty, by their figures:
// a member writes "the 2 countries" where the article writes "the two
// countries".
var smallNumbers = func() map[string]string {
	words := strings.Fields(`one two three four five six seven eight nine ten eleven twelve thirteen fourteen
fifteen sixteen seventeen eighteen nineteen twenty`)
	m := make(map[string]string, len(words))
	for i, w := range words {
		m[strconv.Itoa(i+1)] = w
	}
	return m
}()

// sourceWords name the text a question is put to ("according to the
// article"): read as stop words when no article writes them.
var sourceWords = makeSet(`article articles wikipedia wiki passage`)

// sourcedBy reports whether toks[i:] open with "to" and a source, with
// "the" or "this" between ("according to wikipedia", "according to the
// article").
func sourcedBy(toks []token, i int) bool {
	if i >= len(toks) || !strings.EqualFold(toks[i].word, "to") {
		return false
	}
	if i+1 < len(toks) && (strings.EqualFold(toks[i+1].word, "the") || strings.EqualFold(toks[i+1].word, "this")) {
		i++
	}
	return i+1 < len(toks) && sourceWords[strings.ToLower(toks[i+1].word)]
}

// targetLanguage reports whether the i-th token closes a question of
// meaning with the language its answer is wanted in: "English" in "What
// does Changcheng mean in English?", which asks what the article
// translates, not about England's language. A proper adjective, as
// WordNet pairs it with a name, after "mean in" or "translate … in",
// that no article has (the caller asks): one that an article has may
// name the language the word comes from ("What does the photo part mean
// in Greek?" of "The word comes from the Greek phōs"), and "what is it
// called in Greek" asks the Greek name; both keep "Greek".
func targetLanguage(toks []token, i int) bool {
	if i < 2 || i != len(toks)-1 || !strings.EqualFold(toks[i-1].word, "in") {
		return false
	}
	switch strings.ToLower(toks[i-2].word) {
	case "mean", "means", "meant", "translate", "translated", "translates":
		return wordnetKinOf(Stem(strings.ToLower(toks[i].word))) != ""
	}
	return false
}

// sourceVerb reports whether w, the i-th word of a question whose
// earlier words and classes are read, is the verb of a source read as a
// stop word ("the article says", "does wikipedia mention").
func sourceVerb(words []string, classes []uint16, i int, w string) bool {
	switch w {
	case "say", "says", "said", "mention", "mentions", "tell", "tells", "state", "states":
		return i > 0 && sourceWords[words[i-1]] && classes[i-1] == wStop
	}
	return false
}

// chatter are the words of chat that may open a question ("hey bot, when
// ...", "ok so who ...", "please, who ...").
var chatter = makeSet(`hey hi hello hiya yo bot factbot ok okay so well lol um umm uh uhh er erm ah oh hmm hmmm btw
please pls plz sorry excuse quick question anyone anybody someone somebody everyone guys folks bro dude know
knows think wonder wondering curious wait want wanna need tell`)

// interjections are the words of chat that never start a question's own
// words: before a question in the form of a statement ("btw a function
// problem is an example of what?"), they are dropped all the same.
var interjections = makeSet(`hey hi hello hiya yo ok okay lol um umm uh uhh er erm ah oh hmm hmmm btw pls plz`)

// closers are the words of chat that may close one ("... thanks", "...
// thank you", "... pls").
var closers = makeSet(`thanks thank thx ty please pls plz lol tho though`)

// chatLead returns how many of a question's first words are chat before
// it, or 0: "hey bot, when were relations established?" asks what "when
// were relations established?" asks, and "hey bot, did he have any
// kids" what "did he have any kids" asks. The question starts at its
// question word, after chat and stop words, at an auxiliary verb after
// chat alone, or after chat alone and a comma or colon. Chat with no
// question after it ("lol jupiter is so huge", "lol this bot is slow")
// is left whole: its words, which no article has, tell it from a
// question.
func chatLead(text string, toks []token, words []string, classes []uint16) int {
	onlyChat := true
	for i := range words {
		if classes[i]&wQuestion != 0 || onlyChat && i > 0 && auxiliaries[words[i]] {
			return i
		}
		if !chatter[toks[i].word] { // in lower case since the first pass
			if classes[i]&wStop == 0 {
				return statementLead(text, toks, words, classes, i)
			}
			onlyChat = false
		} else if onlyChat && i+1 < len(toks) && strings.ContainsAny(text[toks[i].end:toks[i+1].start], ",:") {
			return i + 1 // "hey bot, a function problem is an example of what?", "quick question: …"
		}
	}
	return 0
}

// statementLead returns how many of a question's first words are
// interjections before a question in the form of a statement ("btw a
// function problem is an example of what?"), or 0; i is the first word
// that is neither chat nor a stop word. Only a question asks: a question
// word after them, or a question mark at the end ("lol jupiter is so
// huge" is left whole).
func statementLead(text string, toks []token, words []string, classes []uint16, i int) int {
	k := 0
	for k < i && interjections[toks[k].word] {
		k++
	}
	if k == 0 || k < i && classes[k]&wStop == 0 {
		return 0
	}
	if strings.HasSuffix(strings.TrimRight(text, " "), "?") || slices.ContainsFunc(classes[i:], func(c uint16) bool { return c&wQuestion != 0 }) {
		return k
	}
	return 0
}

// chatTail returns where a question's closing chat begins ("who was
// kaldi thanks", "... thank you"), or the number of its words when it
// has none: closing words and stop words at its end, after a word that
// is neither.
func chatTail(toks []token, words []string, classes []uint16) int {
	end, closed := len(words), false
	for j := len(words) - 1; j >= 0; j-- {
		switch {
		case classes[j]&wStop == 0 && closers[toks[j].word]:
			closed = true
		case classes[j]&wStop != 0:
		default:
			if closed {
				return j + 1
			}
			return end
		}
	}
	return end
}

// questionWords map a question word to the answer type it asks for.
var questionWords = map[string]QuestionType{
	"whats": AskOther, "whos": AskPerson, "wheres": AskPlace,
	"when": AskDate, "who": AskPerson, "whom": AskPerson, "whose": AskPerson, "where": AskPlace,
	"why": AskReason, "what": AskOther, "which": AskOther, "how": AskOther,
}

// howNumber are the words after "how" that ask for a quantity.
var howNumber = makeSet(`many much tall high long old big large far deep wide heavy often fast hot cold warm`)

// typeNouns follow "what" or "which" to name the kind of answer.
var typeNouns = map[string]QuestionType{
	"year": AskDate, "years": AskDate, "date": AskDate, "day": AskDate, "month": AskDate,
	"decade": AskDate, "century": AskDate, "period": AskDate, "era": AskDate,
	"dates": AskDate, "decades": AskDate, "centuries": AskDate,
	"city": AskPlace, "town": AskPlace, "country": AskPlace, "countries": AskPlace, "place": AskPlace,
	"location": AskPlace, "region": AskPlace, "village": AskPlace, "capital": AskPlace,
	"cities": AskPlace, "towns": AskPlace, "places": AskPlace, "locations": AskPlace, "regions": AskPlace,
	"nation": AskPlace, "continent": AskPlace,
	"person": AskPerson, "man": AskPerson, "woman": AskPerson,
	"people": AskPerson, "persons": AskPerson, "men": AskPerson, "women": AskPerson,
	"individual": AskPerson, "individuals": AskPerson,
	"number": AskNumber, "amount": AskNumber, "size": AskNumber,
	"total": AskNumber, "percentage": AskNumber, "percent": AskNumber, "proportion": AskNumber,
	"population": AskNumber, "height": AskNumber, "length": AskNumber, "age": AskNumber,
	"cost": AskNumber, "price": AskNumber, "toll": AskNumber,
}

// genericNouns name only the kind of answer ("what year", "what kind of");
// the sentence that answers rarely repeats them, so they are not matched.
// Other type nouns ("population", "city") often stand in the answer and
// are matched like any word.
var genericNouns = makeSet(`year years date day month decade century period era number amount
total person man woman place location name kind type sort`)

// personNouns say in a "who" question what "who" says: a person ("man"
// and "woman" say more: "Who was the first woman in space?").
var personNouns = makeSet(`person persons guy guys individual individuals`)

// questionFiller may stand between "what" and the noun that names the
// kind of answer: "what was the size of ...". A possessive stands as
// "the" does: "what is his name" asks what "what is the name" asks.
var questionFiller = makeSet(`is was are were s the a an its his her their your my our did does do kind kinds type types sort sorts name names of`)

// questionIdioms are word pairs that shape a question without naming its
// subject.
var questionIdioms = makeSet(`stand_for take_place took_place refer_to mean_by known_as come_about whats_up what_up`)

// idiomStarts holds the first words of questionIdioms.
var idiomStarts = func() map[string]bool {
	m := map[string]bool{}
	for k := range questionIdioms {
		first, _, _ := strings.Cut(k, "_")
		m[first] = true
	}
	return m
}()

// typeIdioms are phrases that ask for a type without a question word.
var typeIdioms = []struct {
	words []string
	typ   QuestionType
}{
	{[]string{"how", "long", "ago"}, AskDate}, {[]string{"in", "what", "year"}, AskDate},
	{[]string{"how", "come"}, AskReason}, {[]string{"what", "for"}, AskReason},
}

// generalAbbreviations are abbreviations a question may use for what an
// article spells out. Acronyms an article defines itself are found in it.
var generalAbbreviations = map[string]string{
	"ww2": "world war ii", "wwii": "world war ii", "ww1": "world war i", "wwi": "world war i",
	"un": "united nations", "us": "united states", "usa": "united states", "uk": "united kingdom",
	"eu": "european union", "pm": "prime minister", "mp": "member parliament", "pms": "prime ministers", "mps": "members parliament",
	"nato": "north atlantic treaty organization", "govt": "government", "dept": "department",
	"yr": "year", "yrs": "years", "intl": "international", "approx": "approximately", "mt": "mount",
}

// negations mark a question that asks what did not happen; SQuAD's
// unanswerable questions often add one to a sentence that answers without.
var negations = makeSet(`not never no none nor neither didnt doesnt dont wasnt werent isnt arent cant
couldnt wouldnt shouldnt hasnt havent hadnt wont cannot`)

// Word classes, so that analysing a question word costs one map lookup.
const (
	wStop     uint16 = 1 << iota // a stop word
	wNeg                         // a negation
	wIdiom                       // the first word of a question idiom
	wGeneric                     // a generic noun of answer kinds
	wAbbrev                      // a general abbreviation
	wQuestion                    // a question word
	wLight                       // a vague word
	wNumber                      // a number word
	wTypeOpen                    // the first word of a typeIdioms phrase
	wKin                         // a word of kin (kinWords)
)

// wordClass maps a folded word to its classes.
var wordClass = func() map[string]uint16 {
	// Sized for every list's words, a few more than the distinct ones,
	// so that it is made once rather than grown (see makeSet).
	m := make(map[string]uint16, len(stopwords)+len(negations)+len(idiomStarts)+len(genericNouns)+len(lightwords)+
		len(numberWords)+len(generalAbbreviations)+len(questionWords)+len(typeIdioms)+len(kinWordSet))
	for _, c := range []struct {
		set  map[string]bool
		flag uint16
	}{{stopwords, wStop}, {negations, wNeg}, {idiomStarts, wIdiom}, {genericNouns, wGeneric}, {lightwords, wLight}, {numberWords, wNumber}, {kinWordSet, wKin}} {
		for w := range c.set {
			m[w] |= c.flag
		}
	}
	for w := range generalAbbreviations {
		m[w] |= wAbbrev
	}
	for w := range questionWords {
		m[w] |= wQuestion
	}
	for _, idiom := range typeIdioms {
		m[idiom.words[0]] |= wTypeOpen
	}
	return m
}()

// maxQuestionWords bounds the words a question is read for; a member's
// question has a dozen, and the front ends clip text long before this.
const maxQuestionWords = 64

// analyze reads a question. typed is false for topic lookups, which have
// no question word.
func (b *Base) analyze(text string, typed bool) question {
	return b.analyzeWith(text, typed, &abuf{})
}

// abuf holds analysis's slices for reuse: a question's words and their
// matches live in it until the next question analysed with it.
type abuf struct {
	toks    []token
	words   []string
	classes []uint16
	seen    []seenWord
	qwords  []qword
	pairs   []uint64
	alts    []alt
	manyAt  int // the index in words of the "many" of "how many", or -1
	// source: a word of the question names the text it is put to, a
	// source word no article writes ("this article"; Base.textAsked).
	source bool
	// lead and tail bound the question's own words in words, past the
	// chat before and after it (chatLead, chatTail).
	lead, tail int
}

// seenWord is what the first pass of analysis finds of a question word,
// in one slice rather than one a field: one length check a question and
// every field written by the pass, so the slice is never cleared.
type seenWord struct {
	info *wordInfo // the memo's entry for the word, once repaired
	unk  *unknown  // what the base knows of the word the articles do not write as it stands
	// fixed is the term a misspelt word is repaired to, plus one;
	// noRepair or noMatch when none fits.
	fixed int32
}

// analyzeWith is analyze with reused buffers.
func (b *Base) analyzeWith(text string, typed bool, ab *abuf) question {
	q := b.analyzeWords(text, typed, ab)
	if typed {
		b.typeQuestion(&q, text, ab)
	}
	pairQuestion(&q, ab)
	return q
}

// nameGroups yields the question's names (words of one group, side by
// side in words), each as the slice of its words, in order.
func (q *question) nameGroups() iter.Seq[[]qword] {
	return func(yield func([]qword) bool) {
		for i := 0; i < len(q.words); {
			g := q.words[i].group
			j := i + 1
			for g > 0 && j < len(q.words) && q.words[j].group == g {
				j++
			}
			if g > 0 && !yield(q.words[i:j]) {
				return
			}
			i = j
		}
	}
}

// titleAt reports whether the question's word at position at of words,
// past a "the", is a word of the article's title: "when did the canal
// open again after the crisis", in the Suez Crisis, puts the deed after
// the subject, as any of its sentences tell it, and asks no order.
func titleAt(q *question, words []string, at int) bool {
	if at < len(words) && words[at] == "the" {
		at++
	}
	for i := range q.words {
		if int(q.words[i].pos) == at {
			return q.words[i].title
		}
	}
	return false
}

// pairQuestion hashes the word pairs of question q, analysed by
// analyzeWords with ab, which holds its words still: each word but a
// question word with the word after it. Only ranking reads them, so
// runQuery pairs only the questions the rules do not decline after
// retrieval.
func pairQuestion(q *question, ab *abuf) {
	seen := ab.seen
	words, classes := ab.words[:len(seen)], ab.classes[:len(seen)]
	q.pairs = ab.pairs[:0]
	// The question's own words only: "hey bot, " and " thanks" are no
	// pairs of it, and would dilute the share a fact copies (fCopy).
	for i := max(ab.lead, 0) + 1; i < min(ab.tail, len(words)); i++ {
		if classes[i-1]&wQuestion == 0 {
			q.pairs = append(q.pairs, gramAfter(seen[i-1].info.gram, words[i]))
		}
	}
	ab.pairs = q.pairs
}

// analyzeWords is analyzeWith but for the question's type, which
// typeQuestion finds from what it leaves in ab.
func (b *Base) analyzeWords(text string, typed bool, ab *abuf) question {
	// A question shouted in capitals ("WHEN DID FIDELIO OPEN?") is read
	// as one in lower case: its capitals mark no names.
	if typed {
		text = lowerShouted(text)
	}
	toks := readShortDecades(text, readYearRanges(text, readNumericDates(text, spellAbbreviations(text, tokenizeQuestion(text, ab.toks[:0]), nil)), nil))
	ab.toks = toks
	if len(toks) > maxQuestionWords {
		toks = toks[:maxQuestionWords]
	}
	q := question{words: ab.qwords[:0], madeAt: -1}
	ab.alts = ab.alts[:0]
	// Each of the first pass's slices has every element written below,
	// so none is cleared.
	words := grow(ab.words, len(toks))
	classes := grow(ab.classes, len(toks)) // the words' classes, once the first pass has repaired them
	seen := grow(ab.seen, len(toks))
	ab.words, ab.classes, ab.seen = words, classes, seen
	repairs := 0
	manyAt := -1 // the token "many" of "how many"
	source := false
	for i := range toks {
		t := &toks[i]
		var wi *wordInfo
		if t.upper {
			// The memo's key is the word in lower case, which the
			// question's words and tokens take from here on.
			wi = b.wordOfUpper(t.word)
			t.word, t.upper = wi.key, false
		} else {
			wi = b.wordOf(t.word)
		}
		w := t.word
		var fixed int32
		var unk *unknown
		changed := false // w is no longer the word as asked: only a word the articles lack is read as another
		class := wi.class
		if sourceVerb(words, classes, i, w) ||
			w == "according" && sourcedBy(toks, i+1) || wi.term == 0 && targetLanguage(toks, i) {
			// "does the article say how many people died", "according
			// to wikipedia": the source, and its verb, not what it is
			// asked about.
			class = wStop
		} else if wi.term == 0 && !t.cap && chatForm(w) != "" {
			// A word the articles have is never chat: the switch is not
			// asked of it.
			w, changed = chatForm(w), true
		} else if wi.term != 0 || class&wStop != 0 {
			// A word the articles have, or a stop word, is read as it
			// stands: no lookups below for most of a question's words.
		} else if sourceWords[w] {
			class = wStop
			source = true
		} else if word, ok := smallNumbers[w]; ok && i+1 < len(toks) && isLetterByte(toks[i+1].word[0]) {
			// A count before its noun, in figures; not "2+2".
			w, changed = word, true
		} else if !wi.num {
			u := wi.u
			if !u.inVocab {
				// "wen", "wat", "meny": a misspelt question word or filler;
				// not a capitalised word past the first, which is a name
				// ("World" is not "would").
				// A word of a class of its own ("give", a vague word)
				// or one that asks a quantity after "how" ("tall") is
				// no slip for another ("gave", "all"), nor is a common
				// word of English ("want" is not "went": newUnknown
				// leaves it no near word).
				slip := class == 0 && !wi.how && len(w) <= 8
				if k := b.nameSlipAt(words, classes, i, w, u, repairs); k >= 0 {
					repairs++
					fixed = k + 1
					w = b.surface[k]
				} else if k := u.nearQ; typed && k >= 0 && slip {
					w = questionOrder[k]
				} else if k := u.nearF; k >= 0 && slip && (i == 0 || !t.cap) {
					w = fillerList[k]
				} else if repairs >= maxRepairs || len(u.synTerms) > 0 {
					// A word the article writes otherwise, not a typo.
					fixed = noRepair
				} else if u.repair >= 0 {
					// "regon": read as the article's "region" from here
					// on, the question's type and word pairs too.
					repairs++
					fixed = u.repair + 1
					w = b.surface[u.repair]
				} else {
					fixed = noMatch
				}
				changed = w != t.word
			}
			if !changed {
				unk = u
			}
		}
		words[i] = w
		if changed {
			wi = b.wordOf(w)
			class = wi.class
		}
		seen[i] = seenWord{info: wi, unk: unk, fixed: fixed}
		classes[i] = class
		// The pass also finds "how many", which needs the word before
		// this one, final by now.
		if i > 0 && typed && manyAt < 0 && w == "many" && words[i-1] == "how" {
			q.count, manyAt = true, i
		}
		if i > 0 && typed && w == "long" && words[i-1] == "how" {
			q.long = true
		}
		if i > 0 && typed && w == "when" && words[i-1] == "since" {
			q.since = true
		}
		// The next word is not read yet: its token is, as written.
		if typed && w == "when" && i+1 < len(toks) && presentAux[toks[i+1].word] {
			q.present = true
		}
	}
	// "How many shillings did Newton set the guinea at?" asks a sum in
	// a currency, not a count: "21 shillings" answers it. Not "how many
	// pounds" (of coffee, perhaps), "marks" or "crowns".
	if manyAt >= 0 && manyAt+1 < len(words) && slices.Contains(currencies, words[manyAt+1]) && !ambiguousCurrencies[words[manyAt+1]] {
		q.count = false
		q.dims |= dimMoney
	}
	idiomUntil := -1 // the last word of an idiom of questions ("take place"), read as vague words
	lead, tail := chatLead(text, toks, words, classes), chatTail(toks, words, classes)
	ab.lead, ab.tail = lead, tail
	particleAt := -1 // the particle of a phrasal verb ("set up")
	kindAt := kindOpeningAt(words)
	thatAt := -1 // "that" opening a clause the question reports ("who worked out that light isn't instant")
	jobAt, jobVerb := -1, -1
	if typed {
		jobAt, jobVerb = jobAsked(words, lead)
		q.job = jobAt >= 0
	}
	for i := 0; i < len(words); i++ {
		w, class := words[i], classes[i]
		// Looked up only at a "that", rare in questions.
		if w == "that" && thatAt < 0 && slices.ContainsFunc(words[:i], func(r string) bool { return reportingWords[r] }) {
			thatAt = i
		}
		// "whether or not" asks no negative question, and a negation in
		// a reported clause is what was found or said, which a fact may
		// word without one ("that light travels at a finite speed").
		if class&wNeg != 0 && !(w == "not" && i > 0 && words[i-1] == "or") {
			if thatAt >= 0 {
				q.clauseNegated = true
			} else {
				q.negated = true
				q.deniedVerb = q.deniedVerb || w != "no" && w != "none" && w != "nor" && w != "neither"
			}
		}
		if w == "if" || w == "unless" {
			q.conditional = true
		}
		// An idiom may open with a stop word ("what's up").
		if i+1 < len(words) && class&wIdiom != 0 && questionIdioms[w+"_"+words[i+1]] {
			idiomUntil = i + 1
		}
		if class&wStop != 0 || (typed && (w == "many" || w == "much")) || i < lead || i >= tail || w == "out" && i > 0 && madeOf(words, i-1) {
			continue
		}
		if i == jobAt || i == jobVerb {
			continue // "what did Hillary do for a living": the words that ask a job name no word of its answer ("beekeeper")
		}
		if typed && personNouns[w] && slices.Contains(words, "who") {
			continue // "who was the first person to settle": "who" asks a person already
		}
		if typed && definitionWord(words[:min(tail, len(words))], i, max(lead, 0)) {
			continue // "define stomata": the words that ask for a meaning are no words to match
		}
		if typed && class&wGeneric != 0 && (afterWhat(words, i) || i == len(words)-1 && kindClosing(words, classes)) {
			continue // "what year": the text rarely repeats it
		}
		if typed && i <= kindAt {
			continue // "date of the earthquake", "exact date of …": the kind asked, and the word that makes it precise
		}
		capital := toks[i].cap && (i > lead || isAcronym(text[toks[i].start:toks[i].end])) // the first word after chat opens the question
		// "mt fuji" is Mount Fuji, though "Mount Tate" gave the article
		// the acronym "mt": an abbreviation the articles never write
		// stands for its general expansion.
		if class&wAbbrev != 0 && (!b.inArticle(w) || b.unwritten(w)) {
			exp := generalAbbreviations[w]
			for _, e := range strings.Fields(exp) {
				// Spelt out, a question of 64 words ("WW1 WW1 …") has
				// more: the features track at most maxMatched.
				if !stopwords[e] && len(q.words) < maxQuestionWords {
					ei := b.wordOf(e)
					q.words = append(q.words, qword{})
					qw := &q.words[len(q.words)-1]
					b.lookupWord(qw, e, ei, i, &repairs, &ab.alts)
					qw.hash, qw.digit = ei.gram, ei.digit
					qw.cap = capital
				}
			}
			continue
		}
		if len(q.words) == maxQuestionWords {
			break // abbreviations spelt out filled it
		}
		// The word is read into its place in q.words, not returned and
		// copied there: a qword is a dozen words of memory.
		q.words = append(q.words, qword{})
		qw := &q.words[len(q.words)-1]
		sw := &seen[i]
		if sw.fixed > 0 {
			b.repaired(qw, w, class, sw.fixed-1, i, &ab.alts)
		} else if sw.fixed < 0 {
			// A word the first pass tried to repair is not searched for
			// in the typo buckets again, nor, when WordNet found it no
			// synonym in the articles, in WordNet again.
			b.newQword(qw, w, sw.info, i)
			b.unmatched(qw, sw.unk, &ab.alts)
		} else {
			b.lookupWord(qw, w, sw.info, i, &repairs, &ab.alts)
		}
		// "the 3-speed hub" of "the three-speed hub gear": a count in
		// figures joined to its noun by a hyphen matches the article's
		// word for it too when the article writes the figure elsewhere
		// (when it does not, the first pass has read the word in its
		// place).
		if hyphenAt(text, int(toks[i].end)) && i+1 < len(toks) && isLetterByte(toks[i+1].word[0]) {
			if word, ok := smallNumbers[w]; ok {
				b.addForm(qw, word, &ab.alts)
			}
		}
		// "Where did Titanic do her sea trails?": a word of English the
		// article lacks (its synonyms aside: "tracks"), one edit from a
		// word the article writes right after the word before it ("Sea
		// trials were held"), is that word slipped into another.
		if !capital && i > 0 && !qw.num && !slices.ContainsFunc(qw.alts, func(a alt) bool { return a.w >= 1 }) {
			if id, ok := b.realWordSlip(words[i-1], sw.info.u); ok {
				b.repaired(qw, w, class, id, i, &ab.alts)
			}
		}
		// "Which banknoote had Darwin on it?", "Where was Mandela traned
		// as a soldier?": a word in lower case that no article has, and no
		// word of English as it stands, one slip from a word of English,
		// is read as that word: its forms, its typos and its synonyms
		// that the articles write ("training", "note"). The repair above
		// reaches the articles' words as written; this, the words they
		// write in another form or another word. A word of English
		// WordNet lacks ("anyone", "didnt") is no slip.
		if !capital && !qw.num && len(qw.alts) == 0 && !qw.english && sw.unk != nil && class&wNeg == 0 && !functionWords[w] {
			if v := b.slipOf(sw.unk, w).as; v != nil {
				b.readAs(qw, w, class, v, i, &ab.alts)
				qw.meant = v.stem
			}
		}
		// "Where was the Euro 92 final played?" of "the final of Euro
		// 1992": a year written short, where the articles lack the two
		// figures alone.
		if len(qw.alts) == 0 && len(w) == 2 && isDigitByte(w[0]) && isDigitByte(w[1]) {
			b.addForm(qw, "19"+w, &ab.alts)
			b.addForm(qw, "20"+w, &ab.alts)
		}
		qw.hash = sw.info.gram // the word as asked, or as the first pass repaired it
		qw.digit = sw.info.digit
		qw.cap = capital
		qw.english = qw.english && !capital
		// "What is Jupiter made of?" asks what it is made of: "made" with
		// "of", "from" or "out of" is the question's own word, not a
		// vague one ("Jupiter is made mostly of hydrogen"). So is "come"
		// with "from": "Where does coffee come from?" asks its origin
		// ("It comes from the highlands of south-western Ethiopia").
		composition := madeOf(words, i)
		if composition || comeFrom(words, i) {
			qw.light = false
		}
		if composition {
			q.madeAt = int16(len(q.words) - 1) // Base.madeOfOther
		}
		// "What does complexity theory most specifically seek?", "Who
		// was the Eroica originally dedicated to?": an adverb made of an
		// adjective by "-ly" says how, not what; the sentence that
		// answers seldom repeats it.
		if !capital && lyAdverb(w) {
			qw.light = true
		}
		// "How long is a day on Jupiter?": a time noun after "a" or "the"
		// is what the question is about, not a vague "what year".
		if qw.light && i > 0 && (words[i-1] == "a" || words[i-1] == "the") && timeNouns[w] {
			qw.light = false
		}
		// Whether a word no article has, in lower case, is a word of
		// English misspelt is worked out only if ranking reads it.
		if !capital && !qw.known && !qw.english && !qw.num {
			qw.slip = sw.unk
		}
		if i <= idiomUntil || i == particleAt {
			// "take place" says as little as "happen"; the "up" of "set
			// up" is read with its verb.
			qw.light = true
		}
		if isDecade(w) && w[2:4] != "00" {
			b.addYears(qw, w, &ab.alts)
		}
		if i+1 < len(words) && words[i+1] == "again" {
			b.addRedone(qw, w, &ab.alts)
		}
		// "kilimanjaro height": a search that ends with a noun of a
		// measure asks a number in a unit of it, as "how tall" does, and
		// the noun is read as "tall" is.
		if typed && i == min(tail, len(words))-1 && measureClosing(words[:i+1], classes) {
			qw.light, qw.measure = true, true
			q.dims |= measureNouns[w]
		}
		if i > 0 && sw.info.how && words[i-1] == "how" {
			b.addAttributes(qw, w, &ab.alts)
			// "How long is the Great Barrier Reef?" asks a length:
			// "Long-Term" in another sentence says little of one.
			qw.light, qw.measure = true, true
			q.dims |= measureDims(w)
		}
		// "When was FIDE set up?" of "FIDE was founded": the verb and
		// its particle together mean what neither says alone.
		if !capital && class&wStop == 0 && !composition {
			if syns, j := phrasalAt(words, i, b.memoStem(seen[i].info, w)); j >= 0 {
				b.addSynonyms(qw, syns, &ab.alts)
				particleAt = j
			}
		}
	}
	b.markNames(&q, toks, text, max(lead, 0))
	q.roleAt, q.roleOf, q.roleOwner = -1, -1, -1
	for i := 0; i+1 < len(q.words); i++ {
		w, n := &q.words[i], &q.words[i+1]
		if !titleWords[w.text] && w.text != "capital" || w.name || w.light || w.title || w.num || !n.name || n.pos-w.pos < 2 || n.pos-w.pos > 3 {
			continue
		}
		p := toks[w.pos+1].word
		if p != "to" && p != "of" || n.pos-w.pos == 3 && toks[w.pos+2].word != "the" {
			continue
		}
		q.roleAt, q.roleOf, q.rolePrep = i, i+1, p
		break
	}
	if q.rolePrep == "to" {
		if role, owner := ownedRole(&q, toks, text); role == q.roleAt {
			q.roleOwner = owner
		}
	}
	q.subjectAt, q.verbAt = didSubject(&q, words, toks, text, max(lead, 0))
	if q.roleAt < 0 {
		q.roleAt, q.roleOf = ownedRole(&q, toks, text)
		if q.roleAt >= 0 {
			q.rolePrep = "of"
		}
	}
	q.focusAt, q.countAt, q.defFrom, q.defAt, q.becomeAt, q.everAt, q.kindOfAt, q.existsAt, q.whoVerb, q.withAt, q.withoutAt, q.kindsOf, q.firstKind, q.owner = -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1
	q.centuryFrom = -1
	ab.qwords, ab.manyAt, ab.source = q.words, manyAt, source
	return q
}

// askedEvent is an event a question asks (1 + its index in events) and
// the index in words of the word that asks it.
type askedEvent struct{ ev, at int8 }

// maxAskedEvents bounds the other events a question's words ask, beside
// its last.
const maxAskedEvents = 3

// typeQuestion finds the type of question q, analysed by analyzeWords
// from text with ab, which holds its words still, and the words that
// name its focus and what "how many" counts. Nothing before ranking
// reads them: runQuery types only the questions the rules do not
// decline as soon as their facts are retrieved (two in three of a
// batch's are, and typing cost them 400 instructions each).
func (b *Base) typeQuestion(q *question, text string, ab *abuf) {
	words, classes, toks := ab.words[:len(ab.seen)], ab.classes[:len(ab.seen)], ab.toks[:len(ab.seen)]
	q.typ, q.focus = questionType(words, classes)
	lead := max(ab.lead, 0)
	whatS := lead < len(toks) && possessive(text, &toks[lead]) // "what's", its "'s" dropped
	var indefinite bool
	asked := words[:min(ab.tail, len(words))] // without the chat that closes it
	q.defFrom, q.defAt, q.defCaps, indefinite = definedPhrase(q, asked, lead, whatS)
	q.defWho = q.defAt >= 0 && q.typ == AskPerson
	q.defA = q.defAt >= 0 && indefinite
	q.defMean = q.defAt >= 0 && len(asked) > 0 && meaningVerbs[asked[len(asked)-1]]
	q.haveAsked = slices.Contains(asked, "have") || slices.Contains(asked, "has")
	for i := 0; i+1 < len(asked); i++ {
		if asked[i] == "into" && asked[i+1] == "force" || asked[i+1] == "effect" && (asked[i] == "take" || asked[i] == "took" || asked[i] == "taken") {
			q.forceAsked = true
		}
		if asked[i] == "other" && otherKinds[asked[i+1]] {
			q.othersAsked = true
			q.otherCountries = asked[i+1] == "countries" || asked[i+1] == "nations"
		}
	}
	for i := range asked {
		if classes[i]&wKin != 0 && !(i+2 < len(asked) && asked[i+1] == "in" && asked[i+2] == "law") {
			q.kinAsked = true
		}
	}
	if measureClosing(asked, classes) {
		q.typ = AskNumber // "kilimanjaro height" (analyzeWords)
	}
	if q.typ == AskPlace && lead+2 < len(words) && words[lead] == "where" && (words[lead+1] == "is" || words[lead+1] == "are") {
		q.whereIs = len(q.words) > 0 && !slices.ContainsFunc(q.words, func(qw qword) bool { return !qw.name })
	}
	// "can you hike mount st helens", "Can I drink tap water in
	// Albania?": what may or can be done.
	// Asked of the asker or of anyone, not of a thing's nature ("can
	// octopus see colours?"), and no polite request ("could you tell me
	// the name of …").
	if lead >= 0 && lead+2 < len(words) && (words[lead] == "can" || words[lead] == "could" || words[lead] == "should" || words[lead] == "may") {
		switch w := words[lead+1]; w {
		case "i", "we", "one", "tourists", "visitors", "people", "someone", "anyone", "foreigners":
			q.canAsked = true
		case "you", "u":
			q.canAsked = !requestVerbs[words[lead+2]]
		default:
			// "can albanians get work permits in israel": a people, by
			// its plural name.
			q.canAsked = demonymPlural(w)
		}
	}
	// "write an essay on the holocaust", "can you recommend a good
	// restaurant": a task, something to be made, which no fact is.
	if lead >= 0 && lead < len(words) {
		at := lead
		if at+2 < len(words) && (words[at] == "can" || words[at] == "could" || words[at] == "would" || words[at] == "will") && (words[at+1] == "you" || words[at+1] == "u") {
			at += 2
		}
		q.taskAsked = taskVerbs[words[at]] || words[at] == "make" && at+1 < len(words) && (words[at+1] == "me" || words[at+1] == "a" || words[at+1] == "an")
	}
	q.taskAsked = q.taskAsked || ab.source && b.textAsked(words) || nums(q) >= 2 && arithmetic(text, words, classes)
	if q.typ == AskPerson && lead+1 < len(words) && words[lead] == "who" {
		verb := words[lead+1]
		base := irregular[verb]
		if pastForm(verb) || base != "" {
			for i := range q.words {
				if q.words[i].pos == lead+1 && !q.words[i].light {
					q.whoVerb = i
				}
			}
		}
		if st := Stem(verb); leaderNouns[st] != nil {
			q.leads = st
		} else if base != "" {
			if st := Stem(base); leaderNouns[st] != nil {
				q.leads = st // "led", "ran"
			}
		}
	}
	for i := range q.words {
		if p := q.words[i].pos; p > 0 && p-1 < len(words) && words[p-1] == "with" && q.words[i].ordinary() {
			q.withAt = i
			break
		}
	}
	for i := range q.words {
		p := q.words[i].pos
		if p > 0 && p-1 < len(words) && determiners[words[p-1]] {
			p--
		}
		if p > 0 && p-1 < len(words) && words[p-1] == "without" && q.words[i].ordinary() {
			q.withoutAt = i
			break
		}
	}
	// "is there a documentary about …", "are there any sister cities":
	// whether a thing exists; "does switzerland have a consulate in
	// innsbruck", whether one has it, asks the same of the thing.
	at := -1
	if lead >= 0 && lead+2 < len(words) && (words[lead] == "is" || words[lead] == "are") && words[lead+1] == "there" {
		at = lead + 2
	} else if h := haveAThing(words, lead); h >= 0 {
		at = h
	}
	if at >= 0 {
		for at < len(words) && (words[at] == "a" || words[at] == "an" || words[at] == "any" || words[at] == "still" || words[at] == "really") {
			at++
		}
		q.existsAt = at
		for j := at + 1; j+1 < len(words); j++ {
			if words[j] == "in" || words[j] == "on" {
				q.existsIn = j + 1
				break
			}
		}
	}
	// "Is Edi Rama a painter?", "was mannerheim a swedish speaker":
	// whether a name is of a kind.
	if lead >= 0 && lead+2 < len(words) && (words[lead] == "is" || words[lead] == "was" || words[lead] == "are" || words[lead] == "were") {
		for j := lead + 2; j < len(words) && j <= lead+6; j++ {
			if words[j] == "a" || words[j] == "an" {
				q.kindOfAt = j
				break
			}
		}
	}
	// "is kyoto safe to walk around at night", "is it safe to drink the
	// water": whether a thing may be done safely.
	if lead >= 0 && lead+2 < len(words) && (words[lead] == "is" || words[lead] == "are") && slices.Contains(words[lead+1:min(lead+5, len(words))], "safe") {
		q.canAsked = true
	}
	// One pass for the phrases a few rules read: "what does idf stand
	// for" (an acronym spelt out); "when will herzog visit albania
	// again", which asks what is not yet, and "what would happen if …",
	// "what if", which ask what is not; a nickname or a motto asked.
	for j := max(lead, 0); j < len(words); j++ {
		w, next := words[j], ""
		if j+1 < len(words) {
			next = words[j+1]
		}
		// "one Metropolitan Statistical Area", "eight counties"; not a
		// name's number ("Apollo 1", "Python 2", "A-68").
		if n := smallCount(w); n > 0 && (len(w) <= 3 || !isNumber(w)) && q.countedAt == 0 && next != "" && j > 0 &&
			len(words[j-1]) > 1 && !slices.ContainsFunc(q.words, func(qw qword) bool { return qw.pos == j-1 && qw.name }) {
			for i := range q.words {
				if q.words[i].pos == j+1 && !q.words[i].num && !q.words[i].light && i < 127 {
					q.countedAt, q.countedN = int8(i+1), n
				}
			}
		}
		switch w {
		case "stand", "short":
			if next == "for" && j > lead && q.acronym == "" && len(words[j-1]) >= 2 && len(words[j-1]) <= 8 {
				q.acronym = words[j-1]
			}
		case "when":
			q.future = q.future || next == "will"
		case "next":
			// "when is the next summit", "when's the next eruption":
			// the next one is yet to come.
			q.future = q.future || j > lead && j <= lead+3 && words[lead] == "when" && words[j-1] == "the"
		case "going":
			// "When is Yellowstone going to erupt?"
			q.future = q.future || next == "to" && j > lead && words[lead] == "when"
		case "pronounce", "pronounced", "pronunciation", "pronounciation":
			q.pronounceAsked = true
		case "start", "started", "starts", "starting", "begin", "began", "begins", "beginning", "begun":
			q.startAsked = true
		case "become", "became":
			if q.typ == AskDate && q.becomeAt < 0 {
				q.becomeAt = j
				q.becomeOne = j+1 < len(words) && (words[j+1] == "a" || words[j+1] == "an")
			}
		case "ever":
			// "did nigeria ever apologise for the 1983 expulsions": the
			// deed asked, after "ever" (and "actually", "really").
			e := j + 1
			for e < len(words) && (words[e] == "actually" || words[e] == "really" || words[e] == "once") {
				e++
			}
			if q.everAt < 0 && e < len(words) && j > lead && (words[lead] == "did" || words[lead] == "has" || words[lead] == "have" || words[lead] == "was" || words[lead] == "were" || words[lead] == "is" || words[lead] == "does") {
				q.everAt = e
			}
		case "best":
			// "What is the best time to visit Albania?", "best beaches in
			// albania": an opinion of what is best; not "best describes",
			// "best-known" (one word here) nor "the best case".
			q.bestAsked = q.bestAsked || (j == lead || j > 0 && (words[j-1] == "the" || words[j-1] == "s" || strings.HasSuffix(words[j-1], "s") && j > lead+1)) &&
				next != "" && next != "describes" && next != "described" && next != "case" && next != "known" && next != "selling"
		case "first":
			// "who was the first person to ski down everest": the first of
			// a kind, which the fact must call first.
			q.firstOfAsked = q.firstOfAsked || whoWasThe(words, lead, j, j > 0 && possessive(text, &toks[j-1])) || yesNoFirst(words, lead, j)
		case "last":
			// "who was the last man to walk on the moon", likewise.
			q.lastOfAsked = q.lastOfAsked || whoWasThe(words, lead, j, j > 0 && possessive(text, &toks[j-1]))
		case "exactly":
			q.exactPlace = q.exactPlace || q.typ == AskPlace && j > 0 && words[j-1] == "where"
		case "in":
			// "Where in Tirana is the memorial?": a place within the named
			// one, as "where exactly" asks.
			q.exactPlace = q.exactPlace || q.typ == AskPlace && j > 0 && words[j-1] == "where" && slices.ContainsFunc(q.words, func(w qword) bool { return w.pos == j+1 && w.name })
		case "still":
			// Not of a clause that sets a time or a case: "What is lava
			// called while it's still underground?"
			q.stillAsked = q.typ != AskNumber && !slices.ContainsFunc(words[max(lead, j-3):j], func(w string) bool {
				return w == "while" || w == "when" || w == "if" || w == "and"
			})
		case "now", "nowadays", "currently", "today":
			// "What does Ilir Meta do now?", "where does besiana kadare
			// live now": how things stand today, asked at the end.
			// A name asked ("What is Fleming's mould called now?") is told
			// by a later name ("later called photons") as well.
			q.nowAsked = q.nowAsked || next == "" && j > lead+1 && q.typ != AskNumber && !slices.ContainsFunc(words[lead:j], func(w string) bool {
				return w == "call" || w == "called" || w == "name" || w == "named" || w == "known"
			})
		case "century", "centuries":
			if j > 0 && q.centuryFrom < 0 && !slices.Contains(words, "bc") && !slices.Contains(words, "bce") {
				if n := ordinalNumber(words[j-1]); n > 0 && n <= 21 {
					q.centuryFrom = 100 * (n - 1)
				}
			}
		case "after", "since", "before":
			if y := yearOf(next); y > 0 && q.periodDir == 0 {
				q.periodYear, q.periodDir = y, 1
				if w == "before" {
					q.periodDir = -1
				}
			}
		case "normally", "usually", "typically", "ordinarily", "generally", "customarily":
			if !q.habitAsked && !slices.ContainsFunc(words[lead:j], func(w string) bool {
				return w == "did" || w == "was" || w == "were" || w == "had"
			}) {
				q.habitAsked, q.habitVerb = true, next
			}
		case "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth":
			// "which third country" is another one, not the third.
			if q.ordinal == "" && j > 0 && definite(words[j-1]) {
				q.ordinal = w
			}
		case "moment", "days", "present":
			// "at the moment", "these days", "at present" at the end
			// ask as "now" does.
			at := j > lead+2 && next == "" && q.typ != AskNumber &&
				(w == "moment" && words[j-1] == "the" && words[j-2] == "at" || w == "days" && words[j-1] == "these" || w == "present" && words[j-1] == "at")
			q.nowAsked = q.nowAsked || at
		case "current":
			// "Who is the current Albanian ambassador to Israel?": the
			// holder today.
			q.nowAsked = q.nowAsked || j > 0 && words[j-1] == "the" && q.typ != AskNumber
		case "would":
			q.hypothetical = q.hypothetical || next == "happen"
		case "what":
			q.hypothetical = q.hypothetical || next == "if"
		default:
			q.epithetAsked = q.epithetAsked || isEpithetWord(w)
			// "the 32nd Iberian summit", in figures; "the 1st" is the
			// first, read as such.
			if q.ordinal == "" && j > 0 && definite(words[j-1]) && isOrdinal(w) && w != "1st" {
				q.ordinal = w
			}
			// "in the 1100s": the century of 1100 (a decade's "1900s"
			// is within it).
			if len(w) == 5 && w[2:] == "00s" && q.centuryFrom < 0 {
				if y := yearOf(w[:4]); y > 0 {
					q.centuryFrom = y
				}
			}
		}
	}
	if last := len(words) - 1; lead < last && (words[last] == "alive" || words[last] == "dead") {
		switch words[lead] {
		case "is", "are", "was", "were":
			q.aliveAsked = true // "is sali berisha still alive"
		}
	}
	if lead < len(words) && words[lead] == "how" {
		if say := slices.Index(words[lead:], "say"); say > 0 && say <= 4 && slices.Contains(words[lead+say:], "in") {
			q.sayIn = true // "how do you say hello in Hebrew", "how to say thank you in xhosa"
		}
	}
	// "translate hello into albanian", "can you translate 'good morning'
	// into hungarian": a word wanted in another language, as above.
	if l := max(lead, 0); l < len(words) {
		if t := slices.Index(words[l:], "translate"); t >= 0 && t <= 2 && (slices.Contains(words[l+t:], "into") || slices.Contains(words[l+t:], "to")) {
			q.sayIn = true
		}
	}
	if q.typ == AskOther {
		for j := lead + 1; j < len(words); j++ {
			if w := words[j]; w == "die" || w == "died" {
				q.deathCause = words[lead] == "how" || j+1 < len(words) && (words[j+1] == "of" || words[j+1] == "from")
			}
		}
		// "what killed leonardo", "what caused his death": a cause of
		// death asked, as "what did he die of".
		if lead >= 0 && lead+1 < len(words) && words[lead] == "what" && (words[lead+1] == "killed" || words[lead+1] == "caused" && slices.Contains(words[lead+2:], "death")) {
			q.deathCause = true
		}
	}
	if q.typ == AskDate {
		for j := lead + 1; j < len(words) && j <= lead+4; j++ {
			// "On what date did …", "what was the exact date of …", "what
			// day did …"; not "the day after".
			if words[j] == "date" || words[j] == "day" && (words[j-1] == "what" || words[j-1] == "which" || words[j-1] == "exact") {
				q.dayAsked = true
			}
		}
	}
	// "when did the israeli rescue team go home after the earthquake": a
	// deed after another, in order.
	for i := lead + 3; q.typ == AskDate && lead >= 0 && words[lead] == "when" && i+1 < len(words); i++ {
		// "before 1789" bounds a time; it puts no deed in order.
		if (words[i] == "after" || words[i] == "before") && !isDigitByte(words[i+1][0]) && !titleAt(q, words, i+1) {
			q.doneAround = true
		}
	}
	for i := lead; q.typ == AskOther && i+1 < len(words); i++ {
		if (words[i] == "do" || words[i] == "doing") && (words[i+1] == "before" || words[i+1] == "after") {
			q.doneAround = true
		}
		// "What happened to Charlotte Corday after she killed Marat?",
		// "what happened to james phipps later in life": what befell
		// someone after an event, as "what did X do after".
		if (words[i] == "happened" || words[i] == "happen") && words[i+1] == "to" &&
			(slices.Contains(words[i+2:], "after") || slices.Contains(words[i+2:], "later") || slices.Contains(words[i+2:], "afterwards")) {
			q.doneAround = true
		}
	}
	// "When extensive time is required, what case is it?": a clause
	// that opens with "when" and ends with a comma sets the scene;
	// the question word after the comma asks. "When did it begin,
	// and how?" asks when: a verb that inverts makes it a question.
	if w0 := max(ab.lead, 0); len(words) > w0+1 && words[w0] == "when" && !auxiliaries[words[w0+1]] {
		if comma := strings.IndexByte(text[toks[w0].end:], ','); comma >= 0 {
			comma += int(toks[w0].end)
			k := 0
			for k < len(toks) && int(toks[k].start) < comma {
				k++
			}
			if slices.ContainsFunc(classes[k:], func(c uint16) bool { return c&wQuestion != 0 }) {
				q.typ, q.focus = questionType(words[k:], classes[k:])
			}
		}
	}
	// "What was the Norman religion?": a capitalised word before an
	// ordinary one names whose, not what kind.
	if j := slices.Index(words, q.focus); q.focus != "" && j > 0 && j+1 < len(words) && toks[j].cap && !toks[j+1].cap &&
		classes[j+1]&wStop == 0 && !possessive(text, &toks[j]) {
		q.typ, q.focus = kindNoun(words, classes, j+1, q.typ)
	}
	// "what was the death toll", "what is his birth date": a common noun
	// before a type noun only qualifies it, and the type noun asks the
	// kind; not a name ("Toyota City"), a superlative ("the smallest
	// country") nor a way to reach one ("the phone number").
	if j := slices.Index(words, q.focus); q.focus != "" && j >= 0 && j+1 < len(words) && classes[j+1]&wStop == 0 {
		if nt, ok := typeNouns[words[j+1]]; ok && !toks[j].cap && !superlative(words[j]) && !possessive(text, &toks[j]) && contactWord(q.focus) == "" {
			q.typ, q.focus = nt, ""
		}
	}
	// "What were Armstrong's first words?": the possessor names no kind
	// of answer; the noun it owns does, past any possessor after it
	// ("What was Darwin's father's job?").
	// The focus's place moves only forward, so a question that repeats
	// its possessor ("Darwin's Darwin's") still ends.
	for j := slices.Index(words, q.focus); q.focus != "" && j >= 0 && possessive(text, &toks[j]); {
		q.focus = ""
		k := nounAfter(words, j)
		if k >= len(words) || k <= j {
			break
		}
		q.typ, q.focus = kindNoun(words, classes, k, q.typ)
		j = k
	}
	if q.job {
		q.focus = "" // "What was Gutenberg's job?": a noun of an occupation answers, which the fact need not call a job
	}
	// "How much does a queen weigh?" asks a mass as "how heavy" does;
	// "When was it weighed?" asks a date. A noun that names a quantity
	// ("the height of") was read so too, and the held-out score fell
	// (the log).
	if q.typ == AskNumber || q.typ == AskOther {
		for _, w := range words {
			if w == "weigh" || w == "weighs" || w == "weighed" {
				q.dims |= dimMass
				for i := range q.words {
					if q.words[i].text == w {
						q.words[i].measure = true // no hold on a fact without a mass (Base.keeps)
					}
				}
			}
		}
	}
	// "How much did it cost?", "how much was Wren paid": a sum.
	q.muchOf = howMuchOf(words)
	if q.typ == AskNumber && !q.count && !q.muchOf {
		for _, w := range words {
			if moneyWords[w] {
				q.dims |= dimMoney
			}
		}
	}
	countFrom := countedFrom(text, words, toks, ab.manyAt)
	kindsFrom := -1
	if countFrom >= 0 && countFrom+2 < len(words) && kindNouns[words[countFrom]] && words[countFrom+1] == "of" {
		kindsFrom = countFrom + 2
	}
	for i := range q.words {
		if countFrom >= 0 && q.countAt < 0 && q.words[i].pos >= countFrom {
			q.countAt = i
		}
		if q.words[i].pos == kindsFrom && !q.words[i].title && !q.words[i].light {
			q.kindsOf = i
		}
		if (q.words[i].text == "first" || q.words[i].text == "last") && q.firstKind < 0 && i+1 < len(q.words) && q.words[i+1].pos == q.words[i].pos+1 {
			q.firstKind = i
		}
		if qw := &q.words[i]; qw.name && q.owner < 0 && (qw.pos < len(toks) && possessive(text, &toks[qw.pos]) ||
			peopleAdjective(qw.text) && i+1 < len(q.words) && q.words[i+1].pos == qw.pos+1 && !q.words[i+1].name) {
			q.owner = i // "Israel's embassy", "the Israeli embassy"
		}
		if q.focus != "" && q.words[i].text == q.focus && q.focusAt < 0 {
			q.focusAt = i
		}
		switch q.words[i].text {
		case "far":
			q.far = true
		case "ahead", "behind":
			q.ahead = true
		}
		// "When did Enver Hoxha die?" asks a death, "Where was Besiana
		// Kadare born?" a birth (Base.eventUnsaid).
		// "When did Iceland end up under the Norwegian king?": a verb
		// with "up" after it ("end up", "break up") asks no event.
		if up := q.words[i].pos + 1; q.typ <= AskNumber && !(up < len(words) && words[up] == "up") { // AskOther, AskDate, AskPerson, AskPlace, AskNumber: the types events may be asked by (events[k].types says which)
			// The stem of the article's term for the word as asked,
			// else the word's own (a word no article has).
			st := b.wordStem(&q.words[i])
			bits := eventAsked[st]
			// "talk about" asks a talk; "talk into", "talk to" do not.
			if st == talkStem && !(up < len(words) && words[up] == "about") {
				bits = 0
			}
			// "who met at aburi" asks who gathered there, which talks
			// hosted may tell; "who did peres meet", "who met herzog" ask
			// whom someone met.
			if (st == meetStem || st == metStem) && up < len(words) && (words[up] == "at" || words[up] == "in" || words[up] == "on") && up >= 2 && words[up-2] == "who" {
				bits = 0
			}
			for k := 0; bits != 0; bits, k = bits>>1, k+1 {
				if bits&1 != 0 && events[k].types&(1<<q.typ) != 0 {
					if q.event != 0 && q.event != int8(k+1) && q.eventAt != i && q.nOthers < maxAskedEvents && q.eventAt < 128 {
						q.others[q.nOthers] = askedEvent{q.event, int8(q.eventAt)}
						q.nOthers++
					}
					q.event, q.eventAt = int8(k+1), i
				}
			}
		}
		qw := &q.words[i]
		switch qw.text {
		case "percentage", "percent", "proportion", "fraction": // a switch, not a map: asked of every word
			q.shareAsked = true
		}
		if p := qw.pos; p > 0 && p < len(words) && (words[p-1] == "most" || words[p-1] == "least") && mostGraded(qw.text) &&
			i+1 < len(q.words) && q.words[i+1].pos == p+1 && i < 127 {
			q.mostAt = int8(i + 1)
		}
		// "Which country has the most people?": the most of a thing.
		if p := qw.pos; p > 1 && p < len(words) && (words[p-1] == "most" || words[p-1] == "fewest") && words[p-2] == "the" && !mostGraded(qw.text) && !strings.HasSuffix(qw.text, "ly") && i < 127 {
			q.mostAt = int8(i + 1)
		}
		if qw.measure {
			if kind, ok := lengthKind[qw.text]; ok && kind != lengthLong {
				q.lengthAsked = int8(kind + 1)
			}
		}
		if q.typ == AskPlace && eventAsked[b.wordStem(qw)]&(1<<eventDeath|1<<eventBirth|1<<eventMarriage) != 0 {
			q.lifeAsked = true
		}
		if q.typ == AskDate && qw.text == "first" && i > 0 && i+1 < len(q.words) && q.words[i-1].pos == qw.pos-1 && q.words[i+1].pos == qw.pos+1 {
			q.firstAsked = true // "first" right after a name or noun, before its verb
		}
	}
	q.holderAsked = holderAround(q, text, toks)
	// "When did Chile declare war on Bolivia?": a word, a preposition and
	// the name it governs.
	for i := 0; i+1 < len(q.words) && i < 126; i++ {
		w, n := &q.words[i], &q.words[i+1]
		// A name of one letter is a variable's ("reduces to C").
		if p := w.pos + 1; !w.name && !w.light && !w.num && n.name && !n.title && len(n.text) > 1 && p < len(words) &&
			(n.pos == p+1 || n.pos == p+2 && words[p+1] == "the") && objectPrepositions[words[p]] {
			q.objectAt, q.objectPrep = int8(i+1), words[p]
			break
		}
	}
	// "which three chemicals …", "Who were the five directors …": the
	// things counted, asked by name. The number opens what is asked;
	// "What areas do the two countries cooperate on?" asks no names.
	if lead < len(words) && (words[lead] == "which" || words[lead] == "what" || words[lead] == "who") {
		at := lead + 1
		if at+2 < len(words) && (words[at] == "are" || words[at] == "were") && words[at+1] == "the" {
			at += 2
		}
		for i := 0; i+1 < len(q.words); i++ {
			if qw, next := &q.words[i], &q.words[i+1]; qw.pos == at && numberWords[qw.text] && qw.text != "one" && next.pos == qw.pos+1 && !next.name && !next.num && i < 126 {
				q.listedAt = int8(i + 1)
				break
			}
		}
	}
	q.doneAround = q.doneAround || q.holderAsked
	q.numbered = numberedPair(q)
	q.kinAt = kinOwned(q)
	// Asked by "how much" or "how many", of things that are no span of
	// time themselves ("how many days were in a week" counts days; "how
	// long is a day on jupiter" asks no rate).
	if q.typ == AskNumber && (q.count && q.countAt >= 0 && !rateUnits[q.words[q.countAt].text] && !rateUnits[strings.TrimSuffix(q.words[q.countAt].text, "s")] || slices.Contains(asked, "much")) {
		q.rateAsked = rateAt(len(asked), func(i int) string { return asked[i] }) >= 0
	}
	if q.kinAt > 0 {
		if p := q.words[q.kinAt-2].pos; p < len(toks) {
			q.kinOf = possessive(text, &toks[p])
		}
	}
	// "How old was Darwin when his father died?": a relative by a
	// possessive pronoun, the one the question names.
	if q.kinAt == 0 {
		for i := range q.words {
			if p := q.words[i].pos; p > 0 && p-1 < len(toks) && kinWordSet[q.words[i].text] {
				if w := toks[p-1].word; w == "his" || w == "her" || w == "their" {
					q.pronKin = int8(i + 1)
				}
				break
			}
		}
	}
	q.peopleCounted = b.countsPeople(q)
	q.deathsCounted = q.count && slices.ContainsFunc(q.words, func(qw qword) bool { return eventAsked[b.wordStem(&qw)]&(1<<eventDeath) != 0 })
	q.contact = contactWord(q.focus)
}

// mostGraded reports whether w, after "most", is an adjective by its
// ending ("famous", "powerful", "expensive", "popular", "important"), not
// an adverb ("commonly") or a noun ("the most people").
func mostGraded(w string) bool {
	for _, suf := range [...]string{"ous", "ful", "ive", "able", "ible", "al", "ic", "ant", "ent", "ar"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// meaningVerbs end a question of what a thing means: "what does
// Reykjavík mean", "what does the Star of David represent".
var meaningVerbs = makeSet(`mean represent represents symbolise symbolize signify`)

// reportingWords end a verb that reports a clause after "that" ("worked
// out that", "said that", "showed that").
var reportingWords = makeSet(`said say says show showed shown shows found find finds discovered discover proved prove proven
realised realized realise realize learned learnt learn knew know knows thought think believed believe believes claimed claim
claims argued argue suggested suggest noticed notice noted stated wrote announced reported concluded predicted feared hoped
out`)

// objectPrepositions govern the name a deed is done to. Not "with":
// what is shared or met with another goes both ways ("Who shared the
// 1963 peace prize with the ICRC?" of "the ICRC shared its third Nobel
// Peace Prize with the League of Red Cross Societies").
var objectPrepositions = makeSet(`on against to from into`)

// fillerAdverbs say nothing of what a question of definition asks
// about; they are stop words.
var fillerAdverbs = makeSet(`actually really exactly basically`)

// definitionWord reports whether words[i] is one of those a question of
// definition asks with, words[lead:] being the question: "define" first,
// "meaning" or "definition" in "what is the meaning of". ("Mean" stays a
// word to match: "What does Reykjavík mean?" finds "means".)
func definitionWord(words []string, i, lead int) bool {
	if i >= len(words) {
		return false
	}
	switch w := words[i]; {
	case w == "define":
		return i == lead
	case w == "meaning" || w == "definition":
		return i > lead && i+1 < len(words) && words[i-1] == "the" && words[i+1] == "of" && afterWhat(words, i)
	}
	return false
}

// definedPhrase returns the first and last index in q.words of the
// phrase that a question of definition, words[lead:] as folded, asks
// about, or -1, -1: "what is peace", "what's a visa", "what are
// adjuvants exactly", "what does interfaith dialogue mean", "what is the
// meaning of courage", "define refugee", "explain X", "describe X", "what
// does an ambassador do"; not "what eats octopuses" ("what" with neither
// a form of "be" nor "'s": whatS). The phrase is one to three
// ordinary words, no name, title word or number, with no article or with
// "a" or "an": "what is the monument" asks about the article's monument,
// which any sentence on it may describe; "what is a monument" asks what
// the word means. Or it is a name of one to four words that is no title
// word, "the" before it or not: "what is the Talmud" asks what the
// Talmud is, which a sentence that only names it does not say; a name
// with an ordinary word ("what is the Tor peace") or a possessor ("what
// was Huxley's nickname") asks about the article's own thing.
func definedPhrase(q *question, words []string, lead int, whatS bool) (first, last int, caps, indefinite bool) {
	// "what are adjuvants exactly", "what does an ambassador actually
	// do": the adverbs say nothing of the phrase. Its words are found by
	// their place in words, so the adverbs are passed over, not cut out.
	w := words[lead:]
	for len(w) > 0 && fillerAdverbs[w[len(w)-1]] {
		w = w[:len(w)-1]
	}
	// "define peace for me", "explain interfaith dialogue to me please":
	// chat around the phrase.
	if len(w) > 0 && w[len(w)-1] == "please" {
		w = w[:len(w)-1]
	}
	if n := len(w); n > 2 && (w[n-2] == "to" || w[n-2] == "for") && (w[n-1] == "me" || w[n-1] == "us") {
		w = w[:n-2]
	}
	at := func(i int, set ...string) bool { return i < len(w) && slices.Contains(set, w[i]) }
	// "what does enosis mean in English": the language the meaning is
	// wanted in closes it, as chat does.
	if n := len(w); n > 5 && at(0, "what", "whats") && at(1, "does", "do") && meaningVerbs[w[n-3]] && w[n-2] == "in" && wordnetKinOf(Stem(w[n-1])) != "" {
		w = w[:n-2]
	}
	i, end, who := 0, len(w), false
	switch {
	case at(0, "define", "explain", "describe"):
		i = 1
	case at(0, "who") && at(1, "is", "was") || at(0, "whos"):
		// "who was Napoleon III": what the person is, a name only
		// (below).
		who = true
		i = 2
		if w[0] == "whos" {
			i = 1
		}
	case at(0, "what", "whats") && at(1, "does") && at(2, "it") && at(3, "mean"):
		// "what does it mean to recognize a state", "what does it mean
		// for a country to recognize a state": what the verb after "to"
		// means, and its words up to the first stop word.
		to := slices.Index(w[4:], "to")
		if to < 0 {
			return -1, -1, false, false
		}
		i = 4 + to + 1
		for end = i + 1; end < len(w) && !stopwords[w[end]]; end++ {
		}
	case at(0, "what", "whats") && at(1, "does", "do") && len(w) > 4 && w[len(w)-2] == "stand" && w[len(w)-1] == "for":
		i, end = 2, len(w)-2 // "what does IDF stand for"
	case at(0, "what", "whats") && at(1, "does", "do") && len(w) > 3 && meaningVerbs[w[len(w)-1]]:
		i, end = 2, len(w)-1
	case at(0, "what", "whats") && at(1, "does", "do") && at(2, "a", "an") && len(w) > 4 && w[len(w)-1] == "do":
		// "what does an ambassador do": what one is for.
		i, end = 2, len(w)-1
	case at(0, "what", "whats"):
		// "what's" is read as "what", its "'s" dropped; without a form
		// of "be", "what eats octopuses" asks no meaning.
		i = 1
		if at(1, "is", "are", "was", "were") {
			i = 2
		} else if w[0] == "what" && !whatS {
			return -1, -1, false, false
		}
		if at(i, "the") && at(i+1, "meaning", "definition") && at(i+2, "of") {
			i += 3
		} else if at(i, "meant") && at(i+1, "by") {
			i += 2
		}
		// "what is the talmud about": what it is, as "what is the
		// talmud" asks.
		if len(w) > i+1 && w[len(w)-1] == "about" {
			end = len(w) - 1
		}
	default:
		return -1, -1, false, false
	}
	article := at(i, "the")
	indefinite = at(i, "a", "an")
	if at(i, "a", "an", "the") {
		i++
	}
	var at3 [4]int
	pos := at3[:0]
	for k := i; k < end; k++ {
		if !fillerAdverbs[w[k]] {
			if len(pos) == len(at3) {
				return -1, -1, false, false
			}
			pos = append(pos, k)
		}
	}
	if len(pos) == 0 {
		return -1, -1, false, false
	}
	// A title word may end the phrase after an ordinary word: "rotary
	// press" in "Printing press" (not "newtons third law": Newton's own).
	first, last = -1, -1
	ordinary, names, inner, titles, lastTitle := false, 0, 0, 0, false
	for n, k := range pos {
		place := lead + k
		j := slices.IndexFunc(q.words, func(qw qword) bool { return qw.pos == place })
		if j < 0 && n > 0 && n < len(pos)-1 && stopwords[w[k]] {
			inner++ // "of" in "Star of David": a name's, or none
			continue
		}
		if j < 0 {
			return -1, -1, false, false
		}
		qw := &q.words[j]
		switch {
		case qw.num || qw.light:
			return -1, -1, false, false
		case qw.title:
			titles++
			lastTitle = n == len(pos)-1 && !qw.name
		case qw.name:
			names++
		}
		ordinary = ordinary || qw.ordinary()
		if first < 0 {
			first = j
		}
		last = j
	}
	n := len(pos) - inner // words of the phrase
	switch {
	case titles == n:
		return -1, -1, false, false // the article's subject
	case who && (names != n || article):
		return -1, -1, false, false // "who is the president": whoever holds it
	case names == n:
		// A name, "the" before it or not: "what is the Talmud".
	case ordinary && names == 0 && inner == 0 && !article && len(pos) <= 3 && (titles == 0 || titles == 1 && lastTitle):
		// Ordinary words: "what is peace"; a title word may end them
		// ("rotary press" in "Printing press").
	case n >= 2 && len(pos) <= 4 && inner == 0:
		// "what is gatun lake", "what was the long march", "what was
		// the tea act": a name only where a fact writes it as one
		// (Base.undefined).
		return first, last, true, indefinite
	default:
		return -1, -1, false, false
	}
	return first, last, false, indefinite
}

// countedFrom returns the index in words from which the first question
// word names what "how many" (its "many" at manyAt) counts, or -1 when
// nothing is named: "how many were killed" and "how many died" count
// people without saying so, and the verb is no counted word. "How many
// of Albania's Jews" counts the Jews, not Albania.
func countedFrom(text string, words []string, toks []token, manyAt int) int {
	if manyAt < 0 || manyAt+1 >= len(words) {
		return -1
	}
	i := manyAt + 1
	if w := words[i]; auxiliaries[w] || pastForm(w) {
		return -1
	}
	if words[i] == "of" {
		// Past the possessor; "the", "their" and the like are stop
		// words, which are no question words to count.
		i++
		for i < len(words) && possessive(text, &toks[i]) {
			i++
		}
	}
	return i
}

// pastForm reports whether w reads as a verb's past ("died", "killed",
// "injured"): a word in "-ed" past five letters, "-eed" aside ("breed").
// It tells a verb after "how many" from the noun counted there.
func pastForm(w string) bool {
	n := len(w)
	return n > 5 && w[n-2:] == "ed" && w[n-3] != 'e' || irregularPast[w]
}

// irregularPast are common irregular pasts a count may come before:
// "how many fought", "how many lost".
var irregularPast = makeSet(`fought lost won died fled left went came fell took gave made saw`)

// deedVerb returns the index in q's words of the verb of the deed a
// question asks of: after "who" ("Who founded Toyota?") or after the name
// of a "when/where/why/how did" question ("When did Sweden adopt the
// euro?"), or -1.
func (q *question) deedVerb() int {
	if q.whoVerb >= 0 {
		return q.whoVerb
	}
	if q.verbAt >= 0 && !q.words[q.verbAt].light {
		return q.verbAt
	}
	return -1
}

// didSubject returns the indices in q's words of the name a question
// opened by "when", "where", "why" or "how" and "did", "does" or "do"
// asks of, and of the verb right after the name and a space: "When did
// Sweden adopt the euro?" asks what Sweden did. -1, -1 for any other
// question.
func didSubject(q *question, words []string, toks []token, text string, lead int) (int, int) {
	if lead+3 >= len(words) {
		return -1, -1
	}
	switch words[lead] {
	case "when", "where", "why", "how":
	default:
		return -1, -1
	}
	switch words[lead+1] {
	case "did", "does", "do":
	default:
		return -1, -1
	}
	// The name is the question's first word, right after the verb "do".
	if len(q.words) == 0 || q.words[0].pos != lead+2 || !q.words[0].name {
		return -1, -1
	}
	j := 0
	for j+1 < len(q.words) && q.words[j+1].name && q.words[j+1].group == q.words[0].group {
		j++
	}
	// "When did Kinkaku-ji become …": "ji" is of the name.
	v := j + 1
	if v >= len(q.words) || q.words[v].pos != q.words[j].pos+1 || text[toks[q.words[j].pos].end] != ' ' {
		return -1, -1
	}
	// "When did German troops land …": a plural noun ("troops", not
	// "cross") is of the doer, and the verb follows it.
	if w := q.words[v].text; strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !q.words[v].name && v+1 < len(q.words) && q.words[v+1].pos == q.words[v].pos+1 {
		v++
	}
	// "When did Zanzibar become independent?": "become" is vague, but
	// who became it is what the question names.
	// "When did Canada start requiring visas?": the deed is the one
	// begun.
	if aspectVerbs[q.words[v].text] && v+1 < len(q.words) && q.words[v+1].pos == q.words[v].pos+1 && strings.HasSuffix(q.words[v+1].text, "ing") && !q.words[v+1].name {
		v++
	}
	// "When did Portugal take Melilla?": a vague verb with a name for
	// its object is a deed all the same.
	if qv := &q.words[v]; !qv.name && qv.known && (!qv.light || qv.text == "become" || lightDeeds[qv.text] && v+1 < len(q.words) && q.words[v+1].name && q.words[v+1].pos == qv.pos+1) && !qv.num {
		return 0, v
	}
	return -1, -1
}

// aspectVerbs begin, end or go on with the deed written after them.
var aspectVerbs = makeSet(`start starts started begin begins began begun stop stops stopped continue continues continued keep keeps kept`)

// lightDeeds are the vague verbs (lightwords) that do a deed to the name
// after them.
var lightDeeds = makeSet(`take make give`)

// ownedRole returns the indices in q's words of a role and of the name
// that holds it written before it, as "Albania's foreign minister" or
// "the Israeli president" write "the president of Israel", or -1, -1:
// the role is the last title word of the run after the name.
func ownedRole(q *question, toks []token, text string) (int, int) {
	for i := 0; i+1 < len(q.words); i++ {
		n := &q.words[i]
		if !n.name || n.num {
			continue
		}
		// "Albania's first president", "israels current prime minister":
		// a word that only singles the holder out may stand between, and
		// so may "high" of a "high commissioner".
		at := i + 1
		for at+1 < len(q.words) && q.words[at].pos == q.words[at-1].pos+1 && (ordinalModifier(q.words[at].text) || q.words[at].text == "current" || q.words[at].text == "former" || q.words[at].text == "high") {
			at++
		}
		// A role's word must follow (cheap), before the owner is read
		// (stemming is not).
		if next := &q.words[at]; next.pos != q.words[at-1].pos+1 || !titleWords[next.text] && next.text != "foreign" {
			continue
		}
		if wordnetOfName(Stem(n.text)) == "" && !possessive(text, &toks[n.pos]) && !bareOwner(n.text) {
			continue
		}
		role := -1
		for j := at; j < len(q.words) && q.words[j].pos-q.words[j-1].pos == 1; j++ {
			w := &q.words[j]
			if !titleWords[w.text] && w.text != "foreign" || w.name || w.num {
				break
			}
			if titleWords[w.text] {
				role = j
			}
		}
		if role >= 0 {
			return role, i
		}
	}
	return -1, -1
}

// bareOwner reports whether a name is written as a possessive without
// its apostrophe, as members type ("albanias president"): an "s" that
// stemming takes off.
func bareOwner(w string) bool {
	return len(w) > 3 && w[len(w)-1] == 's' && w[len(w)-2] != 's' && Stem(w) == Stem(w[:len(w)-1])
}

// possessive reports whether the question writes t with a possessive
// ending, "Armstrong's" or "Armstrong’s".
func possessive(text string, t *token) bool {
	return possessiveAt(text[t.end:])
}

// possessiveAt reports whether s opens with a possessive ending, "'s" or
// "’s": the text right after a name, in a question or a fact.
func possessiveAt(s string) bool {
	return strings.HasPrefix(s, "'s") || strings.HasPrefix(s, "’s")
}

// gram hashes a word (b == "") or a pair of words, for the exact-copy
// features: FNV-1a, 64 bits.
func gram(a, b string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(a); i++ {
		h = (h ^ uint64(a[i])) * 1099511628211
	}
	if b != "" {
		h = (h ^ ' ') * 1099511628211
		for i := 0; i < len(b); i++ {
			h = (h ^ uint64(b[i])) * 1099511628211
		}
	}
	return h
}

// repaired reads a misspelt question word into qw as the term it was
// repaired to, and the other forms of that term, each a little less sure.
func (b *Base) repaired(qw *qword, w string, class uint16, id int32, pos int, buf *[]alt) {
	*qw = qword{text: w, class: class, pos: pos, known: true, fixed: true, idf: b.idf[id], title: b.titleTerm[id], light: class&wLight != 0}
	start := len(*buf)
	*buf = append(*buf, alt{id, b.m.wTypo})
	for _, r := range b.related.of(id) {
		*buf = append(*buf, alt{r, b.m.wTypo * b.m.wRelated})
	}
	qw.alts = (*buf)[start:len(*buf):len(*buf)]
}

// lookupWord reads question word w into qw with the article terms it
// matches; wi is its entry in the memo. The matches are appended to buf,
// which the word's alts then share.
func (b *Base) lookupWord(qw *qword, w string, wi *wordInfo, pos int, repairs *int, buf *[]alt) {
	b.newQword(qw, w, wi, pos)
	id, ok := wi.term-1, wi.term > 0
	u := wi.u
	if !ok {
		if u == nil {
			u = b.newUnknown(w)
		}
		id, ok = u.term, u.inVocab
	}
	if ok {
		start := len(*buf)
		*buf = append(*buf, alt{id, 1})
		for _, r := range b.related.of(id) {
			*buf = append(*buf, alt{r, b.m.wRelated})
		}
		qw.alts = (*buf)[start:len(*buf):len(*buf)]
		qw.known = true
		qw.idf = b.idf[id]
		qw.title = b.titleTerm[id]
		qw.light = qw.light || (wi.light || wi.term == 0 && lightStems[b.stems[id]])
		return
	}
	// A misspelt word before a related form: "lighthuose" is
	// "lighthouse", not a form of "light" that begins it.
	if !qw.num && *repairs < maxRepairs && u.repair >= 0 {
		*repairs++
		b.repaired(qw, w, wi.class, u.repair, pos, buf)
		return
	}
	b.unmatched(qw, u, buf)
}

// The first pass's marks for a word the articles lack, in abuf.fixed:
// not a typo of theirs, or that and no synonym of theirs either.
const (
	noRepair = -1
	noMatch  = -2
)

// newQword sets qw to question word w, whose entry in the memo is wi, at
// pos, before it is matched: unknown, as rare as a word can be.
func (b *Base) newQword(qw *qword, w string, wi *wordInfo, pos int) {
	*qw = qword{text: w, class: wi.class, pos: pos, idf: b.maxIDF, num: wi.class&wNumber != 0 || wi.num, light: wi.class&wLight != 0}
}

// unmatched completes qw, a word the articles lack (u) and no typo of
// theirs: its related forms and the synonyms that they write.
func (b *Base) unmatched(qw *qword, u *unknown, buf *[]alt) {
	start := len(*buf)
	for _, r := range u.related {
		*buf = append(*buf, alt{r, b.m.wRelated})
		qw.idf = min(qw.idf, b.idf[r])
		qw.title = qw.title || b.titleTerm[r]
	}
	if !qw.num {
		for _, id := range u.synTerms {
			if !slices.ContainsFunc((*buf)[start:], func(a alt) bool { return a.t == id }) {
				*buf = append(*buf, alt{id, b.m.wSyn})
				qw.idf = min(qw.idf, b.idf[id])
			}
		}
	}
	qw.known = len(*buf) > start
	qw.synOnly = qw.known && len(u.related) == 0
	qw.english = !qw.known && !qw.num && u.english
	qw.kin = !qw.known && u.kin
	qw.alts = (*buf)[start:len(*buf):len(*buf)]
}

// grow returns s with length n, reusing its array when it is big enough;
// the elements are not cleared, for callers that write each of them.
func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	return s[:n]
}

// unwritten reports whether w is known to the articles only as an
// acronym the index derived from a name's initials ("mt" of "Mount
// Tate"), a term made after every written word's.
func (b *Base) unwritten(w string) bool {
	id, ok := b.wordTerm(w)
	return ok && id >= b.derived
}

// inArticle reports whether the articles have the word, as written or by
// its stem.
func (b *Base) inArticle(w string) bool {
	if _, ok := b.wordTerm(w); ok {
		return true
	}
	_, ok := b.stemTerm(Stem(w))
	return ok
}

// markNames finds the question's proper names: words written with a
// capital (not as the first word), acronyms, and words the articles only
// ever write as part of a name. Neighbouring name words form one name.
// lead is where the question starts, past the chat before it.
func (b *Base) markNames(q *question, toks []token, text string, lead int) {
	// A member who capitalises some words capitalises the names; in a
	// question typed all in lower case, a word the articles only ever
	// write in a name is one ("shimon peres").
	lower := true
	for i := range q.words {
		if q.words[i].cap {
			lower = false
		}
	}
	// One who capitalises the first word writes in sentence case, and a
	// word of general English in lower case is no name there ("which
	// mountain range", though the article has only "Tehachapi Mountains").
	sentenceCase := len(toks) > lead && toks[lead].cap // the first word after chat ("hey bot, Which …")
	prevPos := -2
	for i := range q.words {
		qw := &q.words[i]
		nameInArticle := false
		for k, a := range qw.alts {
			// The word as the articles write it, or its repair ("allbania").
			if lower && (a.w == 1 || qw.fixed && k == 0) && b.nameTerm[a.t] && !b.lowerTerm[a.t] && !(sentenceCase && wordnetSynonyms(b.stems[a.t]) != "") {
				nameInArticle = true
			}
		}
		// A place or people WordNet names with a proper adjective, typed
		// in lower case and in no article ("greece", "china"), is the
		// name it is in sentence case.
		if !qw.cap && !qw.known && !qw.num && qw.kin {
			qw.cap = true
		}
		// Letters and digits make a formula or a code ("CO2", "P680"): a
		// term matched as a word, which a sentence may write otherwise
		// ("carbon dioxide"), not a name it must mention; one no article
		// has ("XJ220") is still off the topic.
		code := qw.digit
		if code && qw.cap && !qw.known {
			q.unknownName = true
		}
		if !qw.cap && !nameInArticle || qw.num || code {
			prevPos = -2
			continue
		}
		qw.name = true
		if qw.pos > prevPos+2 || q.groups == 0 { // "Star of David" is one name
			q.groups++
		}
		qw.group = q.groups
		prevPos = qw.pos
		if qw.cap && !qw.known && qw.class&(wQuestion|wStop|wLight) == 0 { // not questionWordLike
			q.unknownName = true
		}
	}
	// A word of a name of several words that the articles have only
	// through WordNet's synonyms is no word of a name they mention: "Tel
	// Aviv University", in an article with "Tel Aviv" and no university
	// ("university" shares a stem with "universe", whose synonym "world"
	// it has). Alone, such a word may name what the articles write
	// otherwise ("Britain", "TV").
	for i := range q.words {
		if qw := &q.words[i]; qw.cap && qw.synOnly && qw.group != 0 && qw.class&(wQuestion|wStop|wLight) == 0 &&
			(i > 0 && q.words[i-1].group == qw.group || i+1 < len(q.words) && q.words[i+1].group == qw.group) {
			q.unknownName = true
		}
	}
	// A name of several capitalised words whose words no one fact holds
	// together is a name the articles never mention, though they have
	// each word: "the United States", in an article with only "the United
	// Nations" and "a state". The words stand side by side, or with "of"
	// between ("Star of David"); of a name of three words or more, one
	// may be missing, since long names have other forms ("the Second
	// World War", written "World War II").
	for start := 0; start < len(q.words) && !q.unknownName; {
		end := start + 1
		for end < len(q.words) && q.words[start].group != 0 && q.words[end].group == q.words[start].group &&
			(q.words[end].pos == q.words[end-1].pos+1 || q.words[end].pos == q.words[end-1].pos+2 && toks[q.words[end].pos-1].word == "of") {
			end++
		}
		if end-start > 1 && end-start <= maxNameWords && !b.heldTogether(q.words[start:end], false) {
			q.unknownName = true
		}
		start = end
	}
	// Typed in lower case, a name shows only by the words the articles
	// write in names alone, and the word after them may be more of the
	// name: "the united states", in an article with only "the United
	// Nations". When the articles never end a name with the last of them
	// (every "United" is followed by another capitalised word), the word
	// after it is read as part of the name, and the name is held to the
	// test above, each of its known words counting. A word after a name's last word is
	// the question's own ("when was danton executed"), and so is one
	// after a name that "the" does not open: "when did edith die" asks
	// what Edith did, where "the edith prize" names a thing.
	for start := 0; lower && start < len(q.words) && !q.unknownName; {
		end := start + 1
		for end < len(q.words) && q.words[start].group != 0 && q.words[end].group == q.words[start].group {
			end++
		}
		last, first := &q.words[end-1], q.words[start].pos
		if last.name && end < len(q.words) && end-start < maxNameWords && first > 0 && toks[first-1].word == "the" {
			if next := &q.words[end]; !next.name && next.pos == last.pos+1 && next.known && !next.num &&
				next.class&(wQuestion|wStop|wLight) == 0 && b.onlyInsideNames(last) {
				if !b.heldTogether(q.words[start:end+1], true) {
					q.unknownName = true
				}
			}
		}
		start = end
	}
}

// onlyInsideNames reports whether the articles write a word only inside
// names, never at a name's end: each time, another capitalised word
// follows it, after a space or a hyphen ("United Nations"). It reads the words of at
// most maxNameScan facts, and at most maxNameTokens words in all, so that
// the worst article's longest sentences bound its work; past either, it
// says no.
func (b *Base) onlyInsideNames(w *qword) bool {
	seen := false
	facts, read := 0, 0
	for _, a := range w.alts {
		if a.w != 1 {
			continue // the word as written, not its related forms
		}
		for _, p := range b.post.of(a.t) {
			f := b.facts[p.doc]
			if facts, read = facts+1, read+len(f.toks); facts > maxNameScan || read > maxNameTokens {
				return false
			}
			words := f.article.lex.words
			for k, t := range f.toks {
				if words[t.id] != w.text {
					continue
				}
				seen = true
				if k+1 == len(f.toks) || !f.toks[k+1].cap || f.toks[k+1].start-t.end > 1 {
					return false
				}
			}
		}
	}
	return seen
}

// maxNameWords bounds the names heldTogether checks: its cost grows with
// the words times the facts that hold them, and a longer run of
// capitalised words is a title or a shout, not one name.
const maxNameWords = 6

// heldTogether reports whether one fact holds, in any of its fields, a
// form of each capitalised word of name the articles know, or of all but
// one when there are three or more. With lower (a name read from a
// question in lower case), every word the articles know counts, not only
// the capitalised ones.
func (b *Base) heldTogether(name []qword, lower bool) bool {
	// The counted words by how many facts hold them, fewest first.
	var words [maxNameWords]int
	var sizes [maxNameWords]int
	n := 0
	for i := range name {
		if counts(&name[i], lower) {
			size := 0
			for _, a := range name[i].alts {
				size += len(b.post.of(a.t))
			}
			k := n
			for k > 0 && sizes[k-1] > size {
				words[k], sizes[k] = words[k-1], sizes[k-1]
				k--
			}
			words[k], sizes[k] = i, size
			n++
		}
	}
	need := n
	if n >= 3 {
		need = n - 1
	}
	if need < 2 {
		return true
	}
	// A fact that holds need of the n words holds one of any n-need+1 of
	// them: the facts of the rarest are the candidates. Words so common
	// that those facts are many are taken as held, which bounds the work
	// whatever the article.
	scan := 0
	for _, size := range sizes[:n-need+1] {
		scan += size
	}
	if scan > maxNameScan {
		return true
	}
	for _, i := range words[:n-need+1] {
		for _, a := range name[i].alts {
			for _, p := range b.post.of(a.t) {
				if b.holdsCount(p.doc, name, lower) >= need {
					return true
				}
			}
		}
	}
	return false
}

// maxNameScan bounds the facts heldTogether and onlyInsideNames look
// through, and maxNameTokens the words onlyInsideNames reads in them.
const (
	maxNameScan   = 4096
	maxNameTokens = 1 << 16
)

// counts reports whether a name's word counts in heldTogether: written
// with a capital (any, with lower), and known to the articles.
func counts(w *qword, lower bool) bool {
	return (w.cap || lower) && w.known && len(w.alts) > 0
}

// holdsCount counts the words of name that count whose forms fact doc
// holds.
func (b *Base) holdsCount(doc int32, name []qword, lower bool) int {
	n := 0
	for i := range name {
		if !counts(&name[i], lower) {
			continue
		}
		for _, a := range name[i].alts {
			if holds(b.post.of(a.t), doc) {
				n++
				break
			}
		}
	}
	return n
}

// hasDigit reports whether s has an ASCII digit.
func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

// questionWordLike reports whether w is a question word or filler that a
// member capitalised mid-question ("And What about ...").
func questionWordLike(w string) bool {
	_, ok := questionWords[w]
	return ok || stopwords[w] || lightwords[w]
}

// questionType reads the answer type and the focus noun from the
// question's words, whose wordClass are classes: the first question word
// decides.
func questionType(words []string, classes []uint16) (QuestionType, string) {
	for i, w := range words {
		if classes[i]&wTypeOpen == 0 {
			continue // only "how", "in" and "what" open one: a bit of the class, not string comparisons with every idiom
		}
		for _, k := range typeIdiomsOf(w) {
			idiom := &typeIdioms[k]
			if i+len(idiom.words) <= len(words) && slices.Equal(words[i+1:i+len(idiom.words)], idiom.words[1:]) {
				return idiom.typ, ""
			}
		}
	}
	typ, focus := AskOther, ""
	asked := false
	for i, w := range words {
		if classes[i]&wQuestion == 0 {
			continue
		}
		asked = true
		typ = questionWordType(w)
		switch w {
		case "how":
			if i+1 < len(words) && isHowNumber(words[i+1]) {
				typ = AskNumber // how many, how much, how tall, how old ...
			}
		case "what", "which", "whats":
			if i+1 < len(words) && (words[i+1] == "did" || words[i+1] == "does" || words[i+1] == "do") {
				break // "what did her father teach": the noun after is the subject, not the answer's kind
			}
			if i+1 < len(words) && pastForm(words[i+1]) {
				break // "what damaged the pipeline": a verb, no kind of answer
			}
			if j := nounAfter(words, i); j < len(words) {
				typ, focus = kindNoun(words, classes, j, typ)
			}
		}
		break
	}
	// "date of the earthquake", "year of independence": a kind noun
	// asks without a question word.
	if k := kindOpeningAt(words); !asked && k >= 0 {
		return typeNouns[words[k]], ""
	}
	if kindClosing(words, classes) {
		return AskDate, ""
	}
	if typ == AskOther {
		for i, w := range words {
			if (w == "say" || w == "said" || w == "quote" || w == "says") && !(i > 0 && sourceWords[words[i-1]]) &&
				!(i+1 < len(words) && saidActs[words[i+1]]) {
				return AskQuote, ""
			}
		}
	}
	return typ, focus
}

// haveAThing returns the index in words of the article after "have" in
// a question of whether someone has a thing ("does Switzerland have a
// consulate in Innsbruck", "did the Normans have any kings"), or -1: a
// question that opens with "does", "do" or "did" and names what is had
// with "a", "an" or "any" right after "have".
func haveAThing(words []string, lead int) int {
	if lead < 0 || lead >= len(words) || words[lead] != "does" && words[lead] != "do" && words[lead] != "did" {
		return -1
	}
	for j := lead + 2; j+1 < len(words); j++ {
		if words[j] == "have" {
			if n := words[j+1]; n == "a" || n == "an" || n == "any" {
				return j + 1
			}
			return -1
		}
	}
	return -1
}

// jobWord reports whether w names what a person does for a living when
// a question asks it as the kind of its answer; "trade" and "career"
// more often ask something else ("Albania's trade with Israel", "her
// career in politics"). A switch, not a set: every question that opens
// with "what" asks it of each of its words.
func jobWord(w string) bool {
	switch w {
	case "job", "occupation", "profession", "vocation":
		return true
	}
	return false
}

// livingVerbs earn a living: "how did he make a living".
var livingVerbs = makeSet(`earn earned earns earning make made makes making`)

// jobAsked returns the index in words of the word by which a question
// that opens with "what", "which" or "how" asks what a person does for a
// living, and of the verb that earns it, or -1: "living" of "what did
// Hillary do for a living" (and "make" of "how did he make a living"),
// "job" of "what was Gutenberg's job", "what job did Einstein turn
// down", "what was his dads job". Neither word is a word of the answer,
// which names the job ("a goldsmith"). Not a job that qualifies a noun
// after it ("his job letter"), nor one that "how" asks of ("how did he
// land the job").
func jobAsked(words []string, lead int) (at, verb int) {
	if lead < 0 || lead >= len(words) {
		return -1, -1
	}
	opener := words[lead]
	if opener != "what" && opener != "whats" && opener != "which" && opener != "how" {
		return -1, -1
	}
	for i := lead + 2; i < len(words); i++ {
		w := words[i]
		if w == "living" && i >= lead+3 && (words[i-1] == "a" || definite(words[i-1])) {
			if v := words[i-2]; v == "for" {
				return i, -1
			} else if livingVerbs[v] {
				return i, i - 2
			}
		}
	}
	if opener == "how" {
		return -1, -1
	}
	for i := lead + 1; i < len(words); i++ {
		if jobWord(words[i]) && (i+1 == len(words) || stopwords[words[i+1]] || auxiliaries[words[i+1]] || prepositions[words[i+1]]) {
			return i, -1
		}
	}
	return -1, -1
}

// saidActs are the words that make "say" a deed, not words to quote:
// "which PM said sorry" asks who apologised.
var saidActs = makeSet(`sorry thanks goodbye farewell hello yes no grace`)

// whoWasThe reports whether words[j] follows "who was the" (or "who were
// the", "who is the") at the question's start, or "who was" and a
// one-word possessive (owned, its "'s" dropped from words): "who was the
// first …", "who was Toyota's first president". Not a possessive with a
// preposition at the end, which asks for whom or to whom: "Who was
// Dunlop's first pneumatic tyre for?"
func whoWasThe(words []string, lead, j int, owned bool) bool {
	owned = owned && !prepositions[words[len(words)-1]]
	return lead >= 0 && j == lead+3 && (words[j-1] == "the" || owned) && words[lead] == "who" &&
		(words[lead+1] == "was" || words[lead+1] == "were" || words[lead+1] == "is")
}

// peopleAdjective reports whether w, a name, reads as a people's
// adjective ("israeli", "canadian", "japanese", "danish"): before a noun
// it owns it as a possessive does ("the Israeli embassy").
func peopleAdjective(w string) bool {
	for _, suf := range [...]string{"ian", "an", "ese", "ish", "i"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// demonymPlural reports whether w reads as a people named in the plural
// ("albanians", "israelis", "canadians"): what may be done is asked of
// them as of "foreigners".
func demonymPlural(w string) bool {
	for _, suf := range [...]string{"ians", "ans", "ese"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return len(w) > 5 && strings.HasSuffix(w, "lis") // "israelis"
}

// yesNoFirst reports whether "first" at j asks, in a question of yes or
// no, whether something was the first: "Was Ilir Meta's 2020 trip his
// first visit to Israel?", "is albania the first country to …".
func yesNoFirst(words []string, lead, j int) bool {
	if lead < 0 || j < lead+2 {
		return false
	}
	switch words[lead] {
	case "is", "was", "were", "are":
		return definite(words[j-1])
	}
	return false
}

// definite reports whether w is "the" or a possessive before a noun
// ("the second …", "her third …", "his first visit"): what follows is one
// thing in particular.
func definite(w string) bool {
	switch w {
	case "the", "her", "his", "its", "their":
		return true
	}
	return false
}

// kindOpeningAt returns the index of the kind noun a question opens with
// before "of" ("date of the earthquake"), after one word that makes it
// precise ("exact date of the durres earthquake"), or -1.
func kindOpeningAt(words []string) int {
	k := 0
	if len(words) > 0 && ordinalModifier(words[0]) {
		k = 1
	}
	if len(words) < k+3 || words[k+1] != "of" {
		return -1
	}
	if _, ok := typeNouns[words[k]]; !ok {
		return -1
	}
	return k
}

// measureNouns name a measure and its dimension: "height" asks a length.
var measureNouns = map[string]uint8{
	"height": dimLength, "elevation": dimLength, "altitude": dimLength, "length": dimLength,
	"depth": dimLength, "width": dimLength, "distance": dimLength,
	"area": dimArea, "weight": dimMass, "mass": dimMass, "speed": dimSpeed, "temperature": dimTemperature,
	"age": dimTime, // "herzog age" asks as "how old" does (ageAsked)
}

// measureClosing reports whether a query with no question word ends with
// a noun of a measure (measureNouns).
func measureClosing(words []string, classes []uint16) bool {
	n := len(words)
	return n >= 2 && measureNouns[words[n-1]] != 0 && !hasQuestionWord(classes)
}

// hasQuestionWord reports whether any of a query's words is a question
// word: a search ("kilimanjaro height") has none.
func hasQuestionWord(classes []uint16) bool {
	return slices.ContainsFunc(classes, func(c uint16) bool { return c&wQuestion != 0 })
}

// kindClosing reports whether a query with no question word ends with a
// noun that asks a date: "diplomatic ties start date", "peres monument
// year", as members type a search.
func kindClosing(words []string, classes []uint16) bool {
	n := len(words)
	if n < 2 || typeNouns[words[n-1]] != AskDate || classes[n-1]&wGeneric == 0 {
		return false
	}
	return !hasQuestionWord(classes)
}

// kindNoun reads words[j], the noun a question names its answer by: a
// type noun sets the question's type ("which city": a place) and names
// no focus; any other word but a stop word is the focus ("what river");
// else typ stands, without a focus.
func kindNoun(words []string, classes []uint16, j int, typ QuestionType) (QuestionType, string) {
	if nt, ok := typeNouns[words[j]]; ok {
		return nt, ""
	}
	if classes[j]&wStop == 0 {
		return typ, words[j]
	}
	return typ, ""
}

// nounAfter returns the index of the word that names the kind of answer
// after the question word at words[i].
func nounAfter(words []string, i int) int {
	j := i + 1
	for j < len(words)-1 && j < i+7 && (isQuestionFiller(words[j]) || modifier(words[j])) {
		j++
	}
	return j
}

// auxiliaries are the verbs that follow a question word in a question
// ("when did", "when was").
var auxiliaries = makeSet(`did does do was were is are has have had will would can could should shall may might must`)

// modifier reports whether a word before the noun a question names its
// answer by only qualifies it: "what are two factors", "what is the most
// critical resource", "what is a commonly used measurement".
func modifier(w string) bool {
	return numberWords[w] || w == "most" || w == "more" || w == "least" || ordinalModifier(w) ||
		len(w) > 4 && strings.HasSuffix(w, "ly")
}

// ordinalModifier reports whether w places, singles out or only makes
// precise the noun after it rather than naming it: "what was the first
// mountain climb", "what is the main gap", "what other culture", "what
// was the exact date".
func ordinalModifier(w string) bool {
	switch w {
	case "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
		"last", "next", "main", "only", "other", "same", "original",
		"exact", "precise", "specific", "approximate", "actual", "official", "full", "total", "estimated":
		return true
	}
	// "what is the 5th planet"
	return len(w) > 2 && isDigitByte(w[0]) && (strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") ||
		strings.HasSuffix(w, "rd") || strings.HasSuffix(w, "th"))
}

// afterWhat reports whether words[i] follows "what" or "which", with only
// questionFiller between.
func afterWhat(words []string, i int) bool {
	for j := i - 1; j >= 0 && j >= i-7; j-- {
		if words[j] == "what" || words[j] == "which" || words[j] == "whats" {
			return true
		}
		if !isQuestionFiller(words[j]) {
			return false
		}
	}
	return false
}

// epithetWords ask a name given to someone or a saying taken up: a
// nickname, a motto, a slogan.
var epithetWords = makeSet(`nickname nicknames nicknamed motto mottos slogan slogans catchphrase epithet`)

// isEpithetWord is epithetWords[w] as a switch: asked of every word of
// every question, where a map's hash cost more than the rule's reading.
// TestEpithetWords holds the two together.
func isEpithetWord(w string) bool {
	switch w {
	case "nickname", "nicknames", "nicknamed", "motto", "mottos", "slogan", "slogans", "catchphrase", "epithet":
		return true
	}
	return false
}

// requestVerbs after "can you" make a request of the bot, not a
// question of what may be done: "could you tell me …".
// taskVerbs ask something made or done rather than told: "write",
// "compose", "recommend", "calculate".
// textAsked reports whether a question's words ask of the text it is put
// to, not of its subject: who wrote, edited or updated "this article" or
// "the article" (a source word no article writes), or when; no fact
// tells that. "According to the article, who wrote the Talmud?" asks of
// the Talmud.
func (b *Base) textAsked(words []string) bool {
	for j := 1; j < len(words); j++ {
		if words[j-1] != "this" && words[j-1] != "the" || !sourceWords[words[j]] || j >= 3 && words[j-3] == "according" || b.wordOf(words[j]).term != 0 {
			continue
		}
		for _, w := range words[max(0, j-4):min(len(words), j+4)] {
			if authoringWords[w] {
				return true
			}
		}
	}
	return false
}

// authoringWords ask who made a text or when.
var authoringWords = makeSet(`wrote write writes written writer writers author authors authored edited edit edits editor editors updated update updates created made sources cited references`)

var taskVerbs = makeSet(`write compose draw sing recommend suggest calculate solve generate create code predict guess imagine pretend rate rank play`)

// arithmetic reports whether a question asks a sum worked out ("whats 17
// times 23", "what is 2+2"): numbers and operators alone, but for its
// question and stop words. A task, which no fact does, though a fact
// with 17 and 23 in its dates holds its words.
func arithmetic(text string, words []string, classes []uint16) bool {
	nums, ops := 0, 0
	for i, w := range words {
		switch {
		case classes[i]&wNumber != 0 || w == "one" || isNumber(w): // "17" is read "seventeen"
			nums++
		case arithmeticWords[w]:
			ops++
		case classes[i]&(wQuestion|wStop) == 0 && !auxiliaries[w]:
			return false
		}
	}
	if ops == 0 {
		ops = strings.Count(text, "+") + strings.Count(text, "*") + strings.Count(text, "×")
	}
	return nums >= 2 && ops > 0
}

// nums counts the question's words that are numbers, which a sum asked
// has two of at least: most questions have none, and go without the
// sum's reading.
func nums(q *question) int {
	n := 0
	for i := range q.words {
		if q.words[i].num {
			n++
		}
	}
	return n
}

// kindNouns count the kinds of a thing ("how many species of shark").
var kindNouns = makeSet(`species kinds types sorts varieties breeds`)

// arithmeticWords name the operations of a sum.
var arithmeticWords = makeSet(`plus minus times multiplied divided`)

var requestVerbs = makeSet(`tell give show explain name list say describe summarize summarise find share`)

// questionWordType is questionWords[w], and isHowNumber and
// isQuestionFiller are howNumber[w] and questionFiller[w], as switches:
// questionType asks them of every question, and a switch on a few short
// words costs a fraction of a map's hash and probe. The maps stay the
// lists the word classes and the memo are built from; a test holds the
// switches to them.
func questionWordType(w string) QuestionType {
	switch w {
	case "whos", "who", "whom", "whose":
		return AskPerson
	case "wheres", "where":
		return AskPlace
	case "when":
		return AskDate
	case "why":
		return AskReason
	}
	return AskOther // "what", "whats", "which", "how", and words that are none
}

func isHowNumber(w string) bool {
	switch w {
	case "many", "much", "tall", "high", "long", "old", "big", "large", "far", "deep", "wide", "heavy",
		"often", "fast", "hot", "cold", "warm":
		return true
	}
	return false
}

func isQuestionFiller(w string) bool {
	switch w {
	case "is", "was", "are", "were", "s", "the", "a", "an", "its", "his", "her", "their", "your", "my", "our", "did", "does", "do", "kind", "kinds",
		"type", "types", "sort", "sorts", "name", "names", "of":
		return true
	}
	return false
}

// typeIdiomsOf returns the indices in typeIdioms of the phrases that open
// with w, in their order: a switch on the three opening words, not a
// string comparison with every phrase's first word for each of them.
// TestTypeIdiomsOf holds it to typeIdioms.
func typeIdiomsOf(w string) []int {
	switch w {
	case "how":
		return typeIdiomsHow
	case "in":
		return typeIdiomsIn
	case "what":
		return typeIdiomsWhat
	}
	return nil
}

// typeIdiomsHow, typeIdiomsIn and typeIdiomsWhat are typeIdiomsOf's
// lists, taken from typeIdioms.
var typeIdiomsHow, typeIdiomsIn, typeIdiomsWhat = typeIdiomsOpening("how"), typeIdiomsOpening("in"), typeIdiomsOpening("what")

// typeIdiomsOpening returns the indices of typeIdioms' phrases whose first
// word is w, in order.
func typeIdiomsOpening(w string) []int {
	var out []int
	for k, idiom := range typeIdioms {
		if idiom.words[0] == w {
			out = append(out, k)
		}
	}
	return out
}

// addAttributes adds to qw, the word after "how" that asks a quantity
// ("old"), the article's terms for the noun WordNet names as what it
// measures ("age"), which the answer more often writes ("aged 67").
func (b *Base) addAttributes(qw *qword, w string, buf *[]alt) {
	b.addSynonyms(qw, wordnetAttributes(Stem(w)), buf)
}

// addYears adds to a question's decade ("the 1870s") the years of it
// that the articles write, as related forms: "Who noticed in the 1870s
// that bacteria don't grow under mould?" asks of "in 1877". Not "the
// 1100s" nor "the 1900s", which mostly mean a century: read as one, the
// held-out score fell (the log).
func (b *Base) addYears(qw *qword, w string, buf *[]alt) {
	from := atoi(w[:4])
	start := len(*buf)
	*buf = append(*buf, qw.alts...)
	var digits [4]byte
	for y := from; y < from+10; y++ {
		if id, ok := b.stemTerm(string(strconv.AppendInt(digits[:0], int64(y), 10))); ok {
			*buf = append(*buf, alt{id, b.m.wRelated})
			if !qw.known || b.idf[id] < qw.idf {
				qw.idf = b.idf[id]
			}
			qw.known = true
		}
	}
	qw.alts = (*buf)[start:len(*buf):len(*buf)]
}

// addRedone adds to a verb the question writes before "again" ("when
// did the border open again") the verb with "re" before it, when the
// articles write it: "reopened" says the deed done again, as its
// question does. Matched as the verb itself is.
func (b *Base) addRedone(qw *qword, w string, buf *[]alt) {
	id, ok := b.stemTerm("re" + Stem(w))
	if !ok {
		return
	}
	addAlt(qw, alt{id, 1}, buf)
	if !qw.known || b.idf[id] > qw.idf {
		qw.idf = b.idf[id]
	}
	qw.known = true
}

// addAlt appends a to qw's alternatives, copied into buf: the question
// words share buf, so qw's own slice may not grow in place.
func addAlt(qw *qword, a alt, buf *[]alt) {
	start := len(*buf)
	*buf = append(*buf, qw.alts...)
	*buf = append(*buf, a)
	qw.alts = (*buf)[start:len(*buf):len(*buf)]
}

// timeNouns are the vague words that name a span of time.
var timeNouns = makeSet(`year years day days time times`)

// madeOf reports whether words[i] is "made" or "make" asking what
// something is made of: before "of", "from" or "out of".
func madeOf(words []string, i int) bool {
	if w := words[i]; w != "made" && w != "make" && w != "makes" || i+1 >= len(words) {
		return false
	}
	next := words[i+1]
	return next == "of" || next == "from" || next == "out" && i+2 < len(words) && words[i+2] == "of"
}

// comeFrom reports whether words[i] is a form of "come" before "from",
// asking where something comes from.
func comeFrom(words []string, i int) bool {
	switch words[i] {
	case "come", "comes", "came", "coming":
		return i+1 < len(words) && words[i+1] == "from"
	}
	return false
}

// nameSlipAt is nameSlip for the question word w at i, after words[i-1]
// of class classes[i-1]: asked only of a word repair leaves as it is
// (a word of English, or one too common to be a slip) while repairs may
// still be made, and never after a stop word, which opens names by the
// hundred ("The ..."): the words after it would cost a comparison each.
func (b *Base) nameSlipAt(words []string, classes []uint16, i int, w string, u *unknown, repairs int) int32 {
	if i == 0 || classes[i-1]&wStop != 0 || u.repair >= 0 || repairs >= maxRepairs {
		return -1
	}
	return b.nameSlip(words[i-1], w)
}

// phrasalAt returns the synonym stems of the phrasal verb WordNet knows
// that the verb at i makes with a particle ("set up", "kicked Ethelred
// out", "kicked the king out": at most two words between), and the
// particle's index in words; "" and -1 when none. Most questions have no
// particle; stem is the verb's, from the memo of question words (a
// quarter of a batch's questions have "in", "on" or "by" after a verb,
// and stemming each verb again cost 2% of the batch).
func phrasalAt(words []string, i int, stem string) (string, int) {
	for j := i + 1; j <= i+3 && j < len(words); j++ {
		if !isParticle(words[j]) {
			continue
		}
		if syns := wordnetPhrasalOf(stem, words[j]); syns != "" {
			return syns, j
		}
	}
	return "", -1
}

// memoStem returns the stem of w, a question word that is no stop word,
// whose memo entry is wi: the term's the articles write it as, or its
// unknown's.
func (b *Base) memoStem(wi *wordInfo, w string) string {
	switch {
	case wi.term > 0:
		return b.stems[wi.term-1]
	case wi.u != nil:
		return wi.u.stem
	}
	return Stem(w)
}

// isParticle reports whether w is one of the particles of WordNet's
// phrasal verbs in wordnetPhrasal (scripts/wordnet lists them).
func isParticle(w string) bool {
	switch w {
	case "up", "down", "out", "off", "over", "back", "away", "in", "on", "together", "about", "around",
		"through", "along", "apart", "forward", "aside", "by":
		return true
	}
	return false
}

// addSynonyms adds to qw, at the synonyms' weight, the article's terms
// for stems, a list separated by spaces.
func (b *Base) addSynonyms(qw *qword, stems string, buf *[]alt) {
	if stems == "" {
		return
	}
	start := len(*buf)
	*buf = append(*buf, qw.alts...)
	for stems != "" {
		var a string
		a, stems, _ = strings.Cut(stems, " ")
		id, ok := b.stemTerm(a)
		if !ok {
			// "blow up": explode, of an article that writes "explosion".
			for _, r := range rootFamily[a] {
				if id, ok = b.stemTerm(r); ok {
					break
				}
			}
		}
		if ok && !slices.ContainsFunc((*buf)[start:], func(x alt) bool { return x.t == id }) {
			*buf = append(*buf, alt{id, b.m.wSyn})
			if !qw.known {
				qw.known, qw.english, qw.idf = true, false, b.idf[id]
				qw.synOnly = true
			}
		}
	}
	qw.alts = (*buf)[start:len(*buf):len(*buf)]
}

// hyphenAt reports whether text has a hyphen at byte offset i.
func hyphenAt(text string, i int) bool {
	return i < len(text) && text[i] == '-'
}

// realWordSlip returns the article's term one edit from a question word
// whose unknown is u (u.near) when some fact writes it right after the
// word prev, and whether there is one.
func (b *Base) realWordSlip(prev string, u *unknown) (int32, bool) {
	if u == nil || u.near < 0 {
		return 0, false
	}
	p, ok := b.wordTerm(prev)
	if !ok {
		return 0, false
	}
	for _, ps := range b.post.of(u.near) {
		own := b.own[ps.doc]
		for k := 1; k < len(own); k++ {
			if own[k] == u.near && own[k-1] == p {
				return u.near, true
			}
		}
	}
	return 0, false
}

// addForm adds to qw, at full weight, the article's term for word,
// another way of writing it, when the articles have one.
func (b *Base) addForm(qw *qword, word string, buf *[]alt) {
	id, ok := b.stemTerm(Stem(word))
	if !ok || slices.ContainsFunc(qw.alts, func(x alt) bool { return x.t == id }) {
		return
	}
	addAlt(qw, alt{id, 1}, buf)
}

// lowerShouted returns text with its ASCII letters in lower case when it
// has words of two capitals or more and no lower-case ASCII letter (not
// one acronym alone: "IHRA?"), else text as it is. Byte offsets stay
// where they were.
func lowerShouted(text string) string {
	upper, space := 0, false
	for i := 0; i < len(text); i++ {
		switch c := text[i]; {
		case 'a' <= c && c <= 'z':
			return text
		case 'A' <= c && c <= 'Z':
			upper++
		case c == ' ':
			space = space || upper > 0
		}
	}
	if upper < 2 || !space {
		return text
	}
	return string(lowerASCII(make([]byte, 0, len(text)), text))
}

// isLetterByte reports whether c is an ASCII letter.
func isLetterByte(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// otherKinds are the plural nouns of places and bodies that "other"
// asks for more of, each answered by a name: "What other countries
// …?", "which other cities …".
var otherKinds = makeSet(`countries nations states cities towns regions provinces counties companies organisations organizations teams clubs parties`)

// moneyWords, after "how much", ask a sum of money: "How much is a
// ticket to Badaling?" asks a price.
var moneyWords = makeSet(`cost costs costing pay pays paid paying price prices priced worth spend spends spent earn earns
earned money charge charges charged sell sells sold fee fees toll tolls budget fund funds funded ticket tickets fare fares
admission`)

// howMuchOf reports whether a question asks "how much of" something: a
// share of it, not a sum ("how much of the budget went on interest").
func howMuchOf(words []string) bool {
	for i := 2; i < len(words); i++ {
		if words[i] == "of" && words[i-1] == "much" && words[i-2] == "how" {
			return true
		}
	}
	return false
}

// lyAdverb reports whether w is an adverb made of an adjective of
// English by "-ly" ("commonly", "typically", "specifically").
func lyAdverb(w string) bool {
	if len(w) < 7 || !strings.HasSuffix(w, "ly") {
		return false
	}
	base := w[:len(w)-2]
	if strings.HasSuffix(base, "ical") {
		base = base[:len(base)-2] // "specifically": specific
	}
	return wordnetWord(Stem(base))
}

// readAs reads question word w (at pos, of word class class) as the word
// whose unknown is v, which it is misspelt from.
func (b *Base) readAs(qw *qword, w string, class uint16, v *unknown, pos int, buf *[]alt) {
	switch {
	case v.inVocab:
		b.repaired(qw, w, class, v.term, pos, buf)
	case v.repair >= 0:
		b.repaired(qw, w, class, v.repair, pos, buf)
	default:
		b.unmatched(qw, v, buf)
	}
}
