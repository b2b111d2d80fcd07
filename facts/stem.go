package facts

import "strings"

// Word forms. A word is reduced to its Porter2 stem (the Snowball English
// stemmer; see porter2.go), after two general English steps
// Porter2 does not take: irregular verb forms and plurals go to their base
// ("began" to "begin"), and British spellings to American ones
// ("recognised" to "recognized"). Derived forms with a shared beginning
// ("marry" and "marriage", "Albania" and "Albanian") are joined later, by
// prefix, when the index is built (see related.go).

// irregular maps irregular English verb forms and plurals to their base,
// so that "began" meets "begin" and "struck" meets "strike". General
// English grammar: nothing here comes from an article or a question set.
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
	"ate": "eat", "eaten": "eat", "drew": "draw", "drawn": "draw", "wore": "wear", "worn": "wear",
	"bore": "bear", "borne": "bear", "swore": "swear", "sworn": "swear", "tore": "tear", "torn": "tear",
	"beaten": "beat", "bit": "bite", "bitten": "bite", "hung": "hang", "laid": "lay",
	"lit": "light", "slew": "slay", "slain": "slay", "spun": "spin",
	"stole": "steal", "stolen": "steal", "swam": "swim", "swum": "swim",
	"rode": "ride", "ridden": "ride", "woke": "wake", "woken": "wake", "froze": "freeze", "frozen": "freeze",
	"shook": "shake", "shaken": "shake", "sang": "sing", "sung": "sing", "sank": "sink", "sunk": "sink",
	"dug": "dig", "fed": "feed", "bred": "breed", "forbade": "forbid", "forbidden": "forbid",
	"forgave": "forgive", "forgiven": "forgive", "overcame": "overcome", "undertook": "undertake",
	"undertaken": "undertake", "withdrew": "withdraw", "withdrawn": "withdraw", "overthrew": "overthrow",
	"overthrown": "overthrow", "arose": "arise", "arisen": "arise", "sped": "speed",
	"children": "child", "men": "man", "women": "woman", "mice": "mouse",
	"feet": "foot", "teeth": "tooth", "geese": "goose", "wives": "wife",
	"knives": "knife", "halves": "half", "wolves": "wolf", "indices": "index",
	"criteria": "criterion", "phenomena": "phenomenon", "analyses": "analysis", "crises": "crisis",
	"theses": "thesis",
	"was":    "be", "were": "be", "is": "be", "are": "be", "been": "be", "am": "be",
	"has": "have", "had": "have", "did": "do", "does": "do", "done": "do",
	// Ordinals in figures, as words: "the 9th symphony" is the Ninth.
	"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth",
	"6th": "sixth", "7th": "seventh", "8th": "eighth", "9th": "ninth", "10th": "tenth",
	"11th": "eleventh", "12th": "twelfth", "13th": "thirteenth", "14th": "fourteenth",
	"15th": "fifteenth", "16th": "sixteenth", "17th": "seventeenth", "18th": "eighteenth",
	"19th": "nineteenth", "20th": "twentieth",
	// Units by their symbols: "40,000 km" answers "how many kilometres".
	"km": "kilometer", "kms": "kilometer", "cm": "centimeter", "mm": "millimeter", "kg": "kilogram",
	"kgs": "kilogram", "mg": "milligram", "ft": "foot", "lb": "pound", "lbs": "pound", "sq": "square",
	"mph": "mile",
}

// britishToAmerican rewrites British spellings to American ones before
// stemming: recognise -> recognize, honour -> honor, centre -> center.
func britishToAmerican(w string) string {
	n := len(w)
	switch {
	case n > 5 && strings.HasSuffix(w, "isation"):
		return w[:n-7] + "ization"
	case n > 5 && (strings.HasSuffix(w, "ised") || strings.HasSuffix(w, "ises")):
		if !strings.HasSuffix(w, "wised") && !strings.HasSuffix(w, "mised") && !strings.HasSuffix(w, "cised") {
			return w[:n-4] + "iz" + w[n-2:]
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
	case n > 4 && (strings.HasSuffix(w, "tre") || strings.HasSuffix(w, "bre")):
		return w[:n-2] + "er"
	case n > 5 && (strings.HasSuffix(w, "tres") || strings.HasSuffix(w, "bres")):
		return w[:n-3] + "ers"
	case n > 7 && strings.HasSuffix(w, "isations"):
		return w[:n-8] + "izations"
	case n > 5 && strings.HasSuffix(w, "ogue"):
		return w[:n-2]
	case n > 6 && strings.HasSuffix(w, "ogues"):
		return w[:n-3] + "s"
	case n > 5 && strings.HasSuffix(w, "yse"):
		return w[:n-3] + "yze"
	case n > 6 && strings.HasSuffix(w, "ysed"):
		return w[:n-4] + "yzed"
	case n > 6 && strings.HasSuffix(w, "ysing"):
		return w[:n-4] + "zing"
	}
	// "coloured", "honourable", "neighbouring": the -our words by their
	// roots, since "poured" and "toured" end alike.
	if n > 6 && strings.Contains(w, "our") {
		for _, r := range ourRoots {
			if strings.HasPrefix(w, r) {
				return r[:len(r)-2] + "r" + w[len(r):]
			}
		}
	}
	return w
}

// ourRoots are the words British English writes with -our and American
// English with -or, whose inflections and derivations ("coloured",
// "favourite", "labourers") the suffix rules above do not reach.
var ourRoots = strings.Fields(`ardour armour behaviour candour clamour colour demeanour endeavour favour fervour
flavour glamour harbour honour humour labour neighbour odour parlour rancour rigour rumour saviour savour
splendour tumour valour vapour vigour`)

// maxStemLen bounds the words given to the stemmer: longer tokens (a
// chemical name, a run of letters in a hostile article) are their own key,
// so stemming costs at most a few microseconds a word.
const maxStemLen = 40

// Stem reduces a folded word to its matching key: its base form when it is
// irregular, in American spelling, then its Porter2 stem. "established",
// "establishes" and "establishment" share a key; so do "began" and
// "begin". The key is for matching only, never shown. Numbers, words of
// one or two letters and words in other scripts are their own key.
func Stem(w string) string {
	if listedFilter.mayHave(w) {
		if st, ok := listedStems[w]; ok {
			return st
		}
	}
	if len(w) <= 2 || len(w) > maxStemLen || !isASCIILower(w) {
		return w
	}
	if am := britishToAmerican(w); am != w {
		return porter2(am)
	}
	return porter2Rules(w) // w is in neither list
}

// stemListed is Stem by its definition, for the words of the lists.
func stemListed(w string) string {
	if base, ok := irregular[w]; ok {
		w = base
	}
	if len(w) <= 2 || len(w) > maxStemLen || !isASCIILower(w) {
		return w
	}
	return porter2(britishToAmerican(w))
}

// listedStems holds the stems of the irregular forms and of Porter2's
// special words, so that stemming any other word looks up one list.
var listedStems = func() map[string]string {
	m := make(map[string]string, len(irregular)+len(porter2Special))
	for w := range irregular {
		m[w] = stemListed(w)
	}
	for w := range porter2Special {
		m[w] = stemListed(w)
	}
	return m
}()

// listedFilter holds the words of listedStems, which most words are not.
var listedFilter = func() (f endsFilter) {
	for w := range listedStems {
		f.add(w)
	}
	return f
}()

// isASCIILower reports whether w is all a-z.
func isASCIILower(w string) bool {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c < 'a' || c > 'z' {
			return false
		}
	}
	return true
}

// isAlpha reports whether w has no ASCII character other than a-z:
// letters of other scripts pass, digits and punctuation do not.
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
