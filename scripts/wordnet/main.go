// Command wordnet writes facts/wordnet_gen.go, the synonyms the answer
// engine matches a member's words through ("utilize" finds "used",
// "quake" finds "earthquake"), from WordNet 3.0 as Debian packages it:
//
//	apt-get install wordnet-base
//	go run ./scripts/wordnet -o facts/wordnet_gen.go
//	go run ./scripts/wordnet -dir /usr/share/wordnet -o facts/wordnet_gen.go
//
// For every single-word lemma it takes the other single-word lemmas of
// its first synset in each part of speech (WordNet orders a word's
// senses by how often they were met in tagged text, so the first is its
// everyday meaning) and keys them by the engine's stems: the lemma's and
// its irregular forms' ("spoke" for "speak"), the synonyms' likewise. A
// table sorted by key lets the engine find a word's synonyms by binary
// search in read-only data, with nothing to build at start-up. A second
// table keys each adjective by its stems with the nouns its first synset
// names as the attribute it measures ("old": age), for the word after
// "how" that asks a quantity. A third keys each phrasal verb ("set up")
// by its verb's stem and its particle with the single words of its first
// four synsets ("establish", "found"): what the two words mean together,
// whose everyday sense is less often the first than a single word's
// ("come out": surface, appear, issue, emerge). A
// fourth lists the capitalised words that name people, a fifth pairs
// the adjectives of proper names with the names they pertain to, both
// ways ("Swedish" and "Sweden", "French" and "France"), and the last
// three are the vocabulary: every single
// word's stem, hashed, how often WordNet's sense-tagged texts met it, and
// the runs of four letters words are written with, so that the engine
// can tell a misspelt word of English from a word it never knew, and a
// common word a member meant ("mayor") from a slip for an article's
// ("major").
//
// WordNet 3.0 Copyright 2006 by Princeton University; its licence, which
// permits this use, is in facts/WORDNET-LICENSE and travels with the
// table.
package main

import (
	"bufio"
	"bytes"
	"cmp"
	"flag"
	"fmt"
	"go/format"
	"hash/fnv"
	"io"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"factbot/facts"
)

var parts = []string{"noun", "verb", "adj", "adv"}

func main() {
	dir := flag.String("dir", "/usr/share/wordnet", "directory of WordNet's index.*, data.* and *.exc files")
	out := flag.String("o", "", "file to write the table to, once it is made (standard output if empty)")
	flag.Parse()
	t, err := generate(*dir)
	if err != nil {
		log.Fatal(err)
	}
	var buf bytes.Buffer
	if err := write(&buf, t); err != nil {
		log.Fatal(err)
	}
	// The table is written only once it is whole: "go run ./scripts/wordnet
	// > facts/wordnet_gen.go" would empty the file before go run compiles
	// the facts package this program imports, and fail.
	if *out == "" {
		_, err = os.Stdout.Write(buf.Bytes())
	} else {
		err = os.WriteFile(*out, buf.Bytes(), 0o644)
	}
	if err != nil {
		log.Fatal(err)
	}
}

// tables are what the program writes.
type tables struct {
	syns, attrs, names map[string][]string // each key's synonym stems, attribute stems, kind
	kin                map[string][]string // each proper adjective's or name's stem: the stems of its pertainyms ("swedish": sweden)
	of                 map[string][]string // kin one way: a proper adjective's or a people's stem, the stems of the names it is of ("finn": finland)
	phrasal            map[string][]string // each phrasal verb's ("set up") synonym stems
	words              []uint32            // the engine's stems of every word, hashed (vocabulary)
	tagged             []uint8             // how often WordNet's tagged texts met each of words, at most 255
	grams              []byte              // bitmap of the runs of four letters words are written with (vocabulary)
	roles              []uint32            // the nouns of an occupation and their plurals, hashed
	kinds              kinds               // the nouns' senses and the hypernyms above them
}

// kinds are WordNet's nouns as kinds of things: the engine asks whether a
// word names a kind of what a question names its answer by ("magnesium",
// a metal; "tuberculosis", an illness).
type kinds struct {
	keys   []uint32 // the single nouns, hashed, sorted
	sense  []uint16 // per key, its first sense: the synset's index
	parent []uint32 // per synset, its first hypernym's index (noParent at a root), its height<<16 (the longest chain of hypernyms above it), and moreParents when it has more
	more   []uint32 // each further hypernym, child<<16 | parent, sorted
}

const (
	noParent    = 1<<16 - 1 // no synset: as many as a uint16 numbers but one, which child<<16 | parent packs too
	moreParents = 1 << 31
)

// generate reads WordNet in dir once and returns the tables: each key
// stem's synonym stems, each adjective stem's attribute stems, the
// capitalised words that name people, and the vocabulary.
func generate(dir string) (t tables, err error) {
	wn := make(map[string]map[string]synset, len(parts))
	for _, pos := range parts {
		if wn[pos], err = readSynsets(dir, pos); err != nil {
			return t, err
		}
	}
	// Every part of speech's irregular forms, which the synonyms and the
	// vocabulary both key.
	irregular, err := readIrregular(dir, parts)
	if err != nil {
		return t, err
	}
	if t.syns, err = build(dir, wn, irregular); err != nil {
		return t, err
	}
	if t.attrs, err = buildAttributes(dir, wn); err != nil {
		return t, err
	}
	if t.phrasal, err = buildPhrasal(dir, wn, irregular); err != nil {
		return t, err
	}
	t.names = buildNames(wn)
	t.kin, t.of = buildKin(wn)
	t.words, t.grams = vocabulary(wn, irregular)
	if t.roles, err = buildRoles(dir, wn, irregular); err != nil {
		return t, err
	}
	if t.kinds, err = buildKinds(dir, wn); err != nil {
		return t, err
	}
	if t.tagged, err = tagCounts(dir, t.words); err != nil {
		return t, err
	}
	return t, nil
}

// synset is one line of a WordNet data file.
type synset struct {
	lexfile string     // the lexicographer file's number: "18" is noun.person
	lemmas  []string   // as written, an adjective's position marker too ("galore(ip)")
	ptrs    [][]string // each pointer: symbol, offset, part of speech, source/target
}

// readSynsets reads a part of speech's data file, by synset offset.
func readSynsets(dir, pos string) (map[string]synset, error) {
	out := map[string]synset{}
	err := eachLine(filepath.Join(dir, "data."+pos), func(fs []string) {
		n, err := strconv.ParseInt(fs[3], 16, 32)
		if err != nil || len(fs) < 4+2*int(n) {
			return
		}
		s := synset{lexfile: fs[1]}
		for i := 0; i < int(n); i++ {
			s.lemmas = append(s.lemmas, fs[4+2*i])
		}
		if k := 4 + 2*int(n); k < len(fs) {
			if ptrs, err := strconv.Atoi(fs[k]); err == nil && len(fs) >= k+1+4*ptrs {
				for p := 0; p < ptrs; p++ {
					s.ptrs = append(s.ptrs, fs[k+1+4*p:k+5+4*p])
				}
			}
		}
		out[fs[0]] = s
	})
	return out, err
}

// lowerLemma is a lemma in lower case, without an adjective's position
// marker ("galore(ip)").
func lowerLemma(l string) string {
	return strings.ToLower(unmarked(l))
}

// unmarked is a lemma without an adjective's position marker
// ("galore(ip)"), its case kept.
func unmarked(l string) string {
	if k := strings.IndexByte(l, '('); k >= 0 {
		return l[:k]
	}
	return l
}

// build returns each key stem's synonym stems; irregular holds each base
// form's irregular forms in every part of speech.
func build(dir string, wn map[string]map[string]synset, irregular map[string][]string) (map[string][]string, error) {
	forms := func(w string) []string { return withIrregular(irregular, w) }
	table := map[string]map[string]bool{}
	firstVerb := map[string]string{} // each verb's everyday sense, for the caused verbs below
	for _, pos := range parts {
		if err := eachFirstSense(dir, pos, word, func(lemma, first string) {
			if pos == "verb" {
				firstVerb[lemma] = first
			}
			var syns []string
			for _, l := range wn[pos][first].lemmas {
				if s := lowerLemma(l); s != lemma && word(s) {
					syns = append(syns, s)
				}
			}
			if len(syns) == 0 {
				return
			}
			for _, f := range forms(lemma) {
				key := facts.Stem(f)
				for _, s := range syns {
					for _, sf := range forms(s) {
						put(table, key, facts.Stem(sf))
					}
				}
			}
		}); err != nil {
			return nil, err
		}
	}
	// A verb and the verb its everyday sense causes ("kill": die, "teach":
	// learn), both ways: "How many people died?" is answered by
	// "killing 51 people". Only a caused verb whose own everyday sense is
	// the one caused.
	// A verb many senses cause ("happen": trigger, effect, spark; "move":
	// compel, incite) is caused too loosely to stand for any of them.
	causes := map[string]int{}
	for _, s := range wn["verb"] {
		for _, p := range s.ptrs {
			if p[0] == ">" && p[2] == "v" {
				causes[p[1]]++
			}
		}
	}
	for lemma, first := range firstVerb {
		for _, p := range wn["verb"][first].ptrs {
			if p[0] != ">" || p[2] != "v" || causes[p[1]] > 1 {
				continue
			}
			for _, l := range wn["verb"][p[1]].lemmas {
				caused := lowerLemma(l)
				if caused == lemma || !word(caused) || firstVerb[caused] != p[1] {
					continue
				}
				for _, f := range forms(lemma) {
					for _, cf := range forms(caused) {
						put(table, facts.Stem(f), facts.Stem(cf))
						put(table, facts.Stem(cf), facts.Stem(f))
					}
				}
			}
		}
	}
	return sorted(table), nil
}

// particles are the adverbs and prepositions that make a phrasal verb
// of a verb ("set up", "kick out", "turn down"): a member says "When was
// FIDE set up?" of an article that writes "founded".
var particles = map[string]bool{"up": true, "down": true, "out": true, "off": true, "over": true, "back": true,
	"away": true, "in": true, "on": true, "together": true, "about": true, "around": true, "through": true,
	"along": true, "apart": true, "forward": true, "aside": true, "by": true}

// buildPhrasal returns, keyed by the engine's stem of each form of a
// phrasal verb's verb, a space and its particle ("set up", "took over"),
// the stems of the single words of the phrasal verb's first
// phrasalSenses synsets ("set up": establish, found, launch) and of
// their irregular forms: the meaning of the two words together, which
// neither word has alone.
func buildPhrasal(dir string, wn map[string]map[string]synset, irregular map[string][]string) (map[string][]string, error) {
	forms := func(w string) []string { return withIrregular(irregular, w) }
	table := map[string]map[string]bool{}
	phrasal := func(lemma string) bool {
		verb, particle, ok := strings.Cut(lemma, "_")
		return ok && word(verb) && particles[particle]
	}
	err := eachSenses(dir, "verb", phrasal, phrasalSenses, func(lemma string, senses []string) {
		verb, particle, _ := strings.Cut(lemma, "_")
		var syns []string
		for _, first := range senses {
			for _, l := range wn["verb"][first].lemmas {
				if s := lowerLemma(l); s != verb && word(s) {
					syns = append(syns, s)
				}
			}
		}
		for _, f := range forms(verb) {
			key := facts.Stem(f) + " " + particle
			for _, s := range syns {
				for _, sf := range forms(s) {
					put(table, key, facts.Stem(sf))
				}
				// The engine reads "found" as the past of "find", but
				// "founds", "founded" as the verb to found.
				put(table, key, facts.Stem(s+"s"))
			}
		}
	})
	return sorted(table), err
}

// buildAttributes returns, keyed by the engine's stems of each adjective
// and its irregular forms, the stems of the nouns its first synset names
// as the attribute it measures ("old": age; "tall": stature, height):
// what "how old" asks about, in the word an answer more often writes
// ("aged 67").
func buildAttributes(dir string, wn map[string]map[string]synset) (map[string][]string, error) {
	irregular, err := readIrregular(dir, []string{"adj"})
	if err != nil {
		return nil, err
	}
	table := map[string]map[string]bool{}
	if err := eachFirstSense(dir, "adj", word, func(lemma, first string) {
		var attrs []string
		for _, p := range wn["adj"][first].ptrs {
			if p[0] == "=" && p[2] == "n" {
				for _, l := range wn["noun"][p[1]].lemmas {
					if a := strings.ToLower(l); word(a) {
						attrs = append(attrs, a)
					}
				}
			}
		}
		for _, f := range append([]string{lemma}, irregular[lemma]...) {
			for _, a := range attrs {
				put(table, facts.Stem(f), facts.Stem(a))
			}
		}
	}); err != nil {
		return nil, err
	}
	return sorted(table), nil
}

// buildNames returns the capitalised single words that name people, each
// with the value "p": a word with a sense that is an instance (a
// particular one: "Lennon", a musician) in WordNet's file of people, and
// none a place, a body, an object or an artefact ("Jupiter", a god and a
// planet, is left out). Its other senses may be its works ("Beethoven",
// his music). A word that is also a lower-case word of English is left
// out too: "Park" and "Hall" are surnames, but "Central Park" and
// "Carnegie Hall" are no people. (Places by the same test, marked for
// the span, held out worse.)
func buildNames(wn map[string]map[string]synset) map[string][]string {
	type senses struct{ person, other bool }
	seen := map[string]*senses{}
	lower := map[string]bool{} // the lemmas written in lower case, every part of speech (the index files fold them all)
	for _, pos := range parts {
		for _, s := range wn[pos] {
			for _, w := range s.lemmas {
				if w[0] >= 'a' && w[0] <= 'z' {
					lower[w] = true
				}
			}
		}
	}
	for _, s := range wn["noun"] {
		instance := slices.ContainsFunc(s.ptrs, func(p []string) bool { return p[0] == "@i" })
		for _, w := range s.lemmas {
			if !capitalised(w) {
				continue
			}
			sn := seen[w]
			if sn == nil {
				sn = &senses{}
				seen[w] = sn
			}
			switch s.lexfile {
			case "18": // noun.person
				sn.person = sn.person || instance
			case "14", "15", "17", "06": // noun.group, noun.location, noun.object, noun.artifact
				sn.other = true
			}
		}
	}
	out := map[string][]string{}
	for w, s := range seen {
		if !lower[strings.ToLower(w)] && s.person && !s.other {
			out[w] = []string{"p"}
		}
	}
	return out
}

// roleRoots are the synsets, by lemma and sense number, under which
// WordNet's file of people keeps the nouns of what a person does for a
// living: a worker ("a person who works at a specific occupation"), a
// professional, a creator (painter, goldsmith, beekeeper), a leader
// (president, king, priest), an intellectual (scholar, philosopher), an
// entertainer (tenor, actor), a scientist, an engineer, an expert, a
// communicator (writer, journalist, diplomat), a businessperson
// (merchant, banker) and a defender (constable, firefighter). Its other
// people are kin ("father"), ages and sexes ("man", "child"), peoples
// ("Sherpa") and roles of a moment ("victim", "friend"), which answer no
// question of a job. Among acts, the offices below a position ("a job
// in an organization": presidency, professorship), but not its own
// words ("post", "spot", "place"), which mostly mean something else.
var roleRoots = []struct {
	lemma string
	sense int
	own   bool // the synset's own words are roles too
}{{"worker", 1, true}, {"professional", 1, true}, {"creator", 2, true}, {"leader", 1, true}, {"intellectual", 1, true},
	{"entertainer", 1, true}, {"scientist", 1, true}, {"engineer", 1, true}, {"expert", 1, true}, {"communicator", 1, true},
	{"businessperson", 1, true}, {"defender", 1, true}, {"position", 6, false}}

// roleFiles are the lexicographer files of roles: noun.person and
// noun.act.
var roleFiles = []string{"18", "04"}

// buildRoles returns the sorted FNV-1a hashes of the single lower-case
// nouns whose first sense among people (noun.person, its most common one
// there) is of an occupation, under a roleRoots synset by WordNet's
// hypernyms, and of their plurals: "tenor" is first a voice, but as a
// person a singer; "father" is a priest in one sense, but first a
// parent. Words, not the engine's stems: "educator" and "education"
// share a stem, and only one is a job.
func buildRoles(dir string, wn map[string]map[string]synset, irregular map[string][]string) ([]uint32, error) {
	roots := map[string]bool{} // each root synset: whether its own words are roles
	for _, r := range roleRoots {
		if err := eachSenses(dir, "noun", func(l string) bool { return l == r.lemma }, r.sense, func(lemma string, senses []string) {
			if len(senses) == r.sense {
				roots[senses[r.sense-1]] = r.own
			}
		}); err != nil {
			return nil, err
		}
	}
	if len(roots) != len(roleRoots) {
		return nil, fmt.Errorf("WordNet lacks %d of the occupations' root synsets", len(roleRoots)-len(roots))
	}
	memo := map[string]bool{}
	var under func(off string) bool
	under = func(off string) bool {
		if v, ok := memo[off]; ok {
			return v
		}
		memo[off] = false // a cycle, should WordNet have one, ends here
		_, v := roots[off]
		for _, h := range hypernyms(wn, off) {
			if v {
				break
			}
			v = under(h)
		}
		memo[off] = v
		return v
	}
	set := map[uint32]bool{}
	err := eachSenses(dir, "noun", word, 1<<10, func(lemma string, senses []string) {
		for _, file := range roleFiles {
			k := slices.IndexFunc(senses, func(off string) bool {
				s := wn["noun"][off]
				return s.lexfile == file && slices.Contains(s.lemmas, lemma) // not capitalised only ("Goldsmith", the writer)
			})
			if k < 0 || !under(senses[k]) {
				continue
			}
			if own, root := roots[senses[k]]; root && !own {
				continue
			}
			forms := append(withIrregular(irregular, lemma), lemma+"s", lemma+"es")
			if n := len(lemma); lemma[n-1] == 'y' {
				forms = append(forms, lemma[:n-1]+"ies")
			}
			for _, f := range forms {
				set[hash(f)] = true
			}
		}
	})
	out := make([]uint32, 0, len(set))
	for h := range set {
		out = append(out, h)
	}
	slices.Sort(out)
	return out, err
}

// hypernyms returns the offsets of a noun synset's hypernyms: "@", and
// "@i" of an instance ("Ming" is a dynasty).
func hypernyms(wn map[string]map[string]synset, off string) []string {
	var out []string
	for _, p := range wn["noun"][off].ptrs {
		if (p[0] == "@" || p[0] == "@i") && p[2] == "n" {
			out = append(out, p[1])
		}
	}
	return out
}

// buildKinds returns each single noun's first sense (its everyday
// one), keyed by the noun (not the engine's stem: "ill" and "illness"
// share one), and the hypernyms ("@", and "@i" of an instance: "Ming" is
// a dynasty) of every synset above them, numbered in the order of their
// offsets.
func buildKinds(dir string, wn map[string]map[string]synset) (kinds, error) {
	first := map[string]string{} // each noun's first synset
	if err := eachFirstSense(dir, "noun", word, func(lemma, off string) { first[lemma] = off }); err != nil {
		return kinds{}, err
	}
	// The synsets reachable from the first senses, numbered.
	seen := map[string]bool{}
	var walk func(off string)
	walk = func(off string) {
		if seen[off] {
			return
		}
		seen[off] = true
		for _, h := range hypernyms(wn, off) {
			walk(h)
		}
	}
	for _, off := range first {
		walk(off)
	}
	offs := make([]string, 0, len(seen))
	for off := range seen {
		offs = append(offs, off)
	}
	slices.Sort(offs) // offsets are fixed-width: as strings, in number order
	if len(offs) >= noParent {
		return kinds{}, fmt.Errorf("%d synsets do not fit the kinds table", len(offs))
	}
	index := make(map[string]int, len(offs))
	for i, off := range offs {
		index[off] = i
	}
	// A synset's height, the longest chain of hypernyms above it, is more
	// than any hypernym's: a climb stops at one no higher than the kind
	// sought.
	height := map[string]int{}
	var heightOf func(off string) int
	heightOf = func(off string) int {
		if h, ok := height[off]; ok {
			return h
		}
		h := 0
		for _, p := range hypernyms(wn, off) {
			h = max(h, heightOf(p)+1)
		}
		height[off] = h
		return h
	}
	var k kinds
	k.parent = make([]uint32, len(offs))
	for i, off := range offs {
		h := heightOf(off)
		if h > 255 {
			return kinds{}, fmt.Errorf("a synset %d hypernyms deep does not fit the kinds table", h)
		}
		hs := hypernyms(wn, off)
		if len(hs) == 0 {
			k.parent[i] = noParent | uint32(h)<<16
			continue
		}
		k.parent[i] = uint32(index[hs[0]]) | uint32(h)<<16
		if len(hs) > 1 {
			k.parent[i] |= moreParents
			for _, h := range hs[1:] {
				k.more = append(k.more, uint32(i)<<16|uint32(index[h]))
			}
		}
	}
	slices.Sort(k.more)
	type entry struct {
		h     uint32
		sense uint16
	}
	entries := make([]entry, 0, len(first))
	for lemma, off := range first {
		entries = append(entries, entry{hash(lemma), uint16(index[off])})
	}
	slices.SortFunc(entries, func(a, b entry) int { return cmp.Compare(a.h, b.h) })
	for i, e := range entries {
		if i > 0 && e.h == entries[i-1].h {
			return kinds{}, fmt.Errorf("two nouns hash alike (%d)", e.h)
		}
		k.keys = append(k.keys, e.h)
		k.sense = append(k.sense, e.sense)
	}
	return k, nil
}

// buildKin returns, keyed by the engine's stems, the proper adjectives
// and the names WordNet says they pertain to (its "\" pointers from an
// adjective to a noun, in any sense), each to the other: "Swedish" and
// "Sweden", "Greek" and "Greece", "French" and "France", which share no
// beginning or ending that the engine's word families know. Only words
// written with a capital on both sides, one word each: a name and the
// adjective that says "of it". An adjective also gets its name's other
// names of several capitalised words, their stems joined by "_"
// ("american": unit_state). The peoples' names and the places WordNet
// makes them members of join the table too ("finn" and "finland"). The
// second table holds the same pairs one way only, from the adjective or
// the people to the name it is of, for a name the articles lack.
func buildKin(wn map[string]map[string]synset) (kin, of map[string][]string) {
	table, toward := map[string]map[string]bool{}, map[string]map[string]bool{}
	for _, s := range wn["adj"] {
		for _, p := range s.ptrs {
			if p[0] != "\\" || p[2] != "n" || len(p[3]) != 4 {
				continue
			}
			src, err1 := strconv.ParseInt(p[3][:2], 16, 32)
			dst, err2 := strconv.ParseInt(p[3][2:], 16, 32)
			nouns := wn["noun"][p[1]].lemmas
			if err1 != nil || err2 != nil || src < 1 || dst < 1 || int(src) > len(s.lemmas) || int(dst) > len(nouns) {
				continue
			}
			adj, noun := unmarked(s.lemmas[src-1]), nouns[dst-1]
			if !capitalised(adj) || !capitalised(noun) {
				continue
			}
			a, n := facts.Stem(lowerLemma(adj)), facts.Stem(lowerLemma(noun))
			put(table, a, n)
			put(table, n, a)
			put(toward, a, n)
			// The name's other names of two words or more, each word
			// capitalised, as the adjective's too: "American" names the
			// "United States" as well as "America".
			for _, l := range nouns {
				if !strings.Contains(l, "_") {
					continue
				}
				parts := strings.Split(l, "_")
				stems := make([]string, 0, len(parts))
				for _, w := range parts {
					if !capitalised(w) {
						stems = nil
						break
					}
					stems = append(stems, facts.Stem(strings.ToLower(w)))
				}
				if len(stems) > 1 {
					put(table, a, strings.Join(stems, "_"))
				}
			}
		}
	}
	// A people's name and its country, each to the other: WordNet makes
	// "Finn" a member of "Finland" and "Dane" of "Denmark" (its "#m"
	// pointers to an instance of a place), which share no
	// ending the engine's word families know. Not a name that is also a
	// word in lower case: "pole" is a rod before it is a Pole.
	lower := map[string]bool{}
	for _, s := range wn["noun"] {
		for _, l := range s.lemmas {
			if l == strings.ToLower(l) {
				lower[l] = true
			}
		}
	}
	for _, s := range wn["noun"] {
		if s.lexfile != "18" { // noun.person
			continue
		}
		for _, p := range s.ptrs {
			if p[0] != "#m" || p[2] != "n" {
				continue
			}
			place := wn["noun"][p[1]]
			if place.lexfile != "15" || !slices.ContainsFunc(place.ptrs, func(q []string) bool { return q[0] == "@i" }) || len(place.lemmas) == 0 || !capitalised(place.lemmas[0]) { // noun.location: not "Starr" of "Beatles"
				continue
			}
			n := facts.Stem(lowerLemma(place.lemmas[0]))
			for _, l := range s.lemmas {
				if capitalised(l) && !lower[lowerLemma(l)] {
					a := facts.Stem(lowerLemma(l))
					put(table, a, n)
					put(table, n, a)
					put(toward, a, n)
				}
			}
		}
	}
	return sorted(table), sorted(toward)
}

// capitalised reports whether a lemma is one plain word with a capital
// first letter, letters after it and a lower-case one among them
// ("McCartney", not "AWOL").
func capitalised(s string) bool {
	if len(s) < 2 || len(s) > 24 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	lower := false
	for i := 1; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'a' && c <= 'z':
			lower = true
		case c < 'A' || c > 'Z':
			return false
		}
	}
	return lower
}

// vocabulary returns WordNet's single words (lemmas of every part of
// speech folded to lower case, "poland" too, and their irregular forms) as FNV-1a hashes of
// the engine's stems, sorted, and the bitmap of the runs of four letters
// that they and their regular inflections are written with ("^" and "$"
// at the ends). The engine reads a word none of them has, one slip from
// one that is, as that word misspelt (facts/synonyms.go, wordnetSlip);
// hashes keep the table at four bytes a word, and a collision (about one
// in 70,000 strings) only takes a misspelling for a word.
func vocabulary(wn map[string]map[string]synset, irregular map[string][]string) ([]uint32, []byte) {
	hashes := map[uint32]bool{}
	bits := make([]byte, (27*27*27*27+7)/8)
	add := func(w string) {
		hashes[hash(facts.Stem(w))] = true
		for _, f := range inflections(w) {
			markGrams(bits, f)
		}
	}
	for _, pos := range parts {
		for _, s := range wn[pos] {
			for _, l := range s.lemmas {
				if w := lowerLemma(l); word(w) {
					add(w)
				}
			}
		}
	}
	for _, forms := range irregular {
		for _, f := range forms {
			add(f)
		}
	}
	words := make([]uint32, 0, len(hashes))
	for h := range hashes {
		words = append(words, h)
	}
	slices.Sort(words)
	return words, bits
}

// tagCounts returns, for each of words (hashes of stems, sorted), how
// many times the texts WordNet's senses were tagged in (cntlist.rev:
// each sense's count) met a lemma with that stem, every part of speech
// and sense together, at most 255: how common a word of English is,
// which tells a word a member meant ("mayor", met 9 times) from a rare
// one more likely a slip ("calender", never met). Lemmas of several
// words are left out; a stem none of words has is not counted.
func tagCounts(dir string, words []uint32) ([]uint8, error) {
	counts := make([]int, len(words))
	err := eachLine(filepath.Join(dir, "cntlist.rev"), func(fs []string) {
		if len(fs) != 3 {
			return
		}
		lemma, _, _ := strings.Cut(fs[0], "%")
		n, err := strconv.Atoi(fs[2])
		if err != nil || !word(lemma) {
			return
		}
		if i, ok := slices.BinarySearch(words, hash(facts.Stem(lemma))); ok {
			counts[i] += n
		}
	})
	if err != nil {
		return nil, err
	}
	out := make([]uint8, len(words))
	for i, n := range counts {
		out[i] = uint8(min(n, 255))
	}
	return out, nil
}

// inflections returns w and the regular forms a member may type of it:
// plural and third person, past, present participle, comparative and
// superlative, adverb, with the spelling changes English makes ("tries",
// "stopped", "making"). Some are no words; they only widen the letter
// triples allowed.
func inflections(w string) []string {
	out := []string{w}
	stems := []string{w}
	n := len(w)
	if strings.HasSuffix(w, "e") {
		stems = append(stems, w[:n-1])
	}
	if strings.HasSuffix(w, "y") {
		stems = append(stems, w[:n-1]+"i")
	}
	if n >= 2 && !strings.ContainsRune("aeiouwxy", rune(w[n-1])) {
		stems = append(stems, w+w[n-1:])
	}
	for _, s := range stems {
		for _, suf := range []string{"s", "es", "ed", "d", "ing", "er", "r", "est", "st", "ly"} {
			out = append(out, s+suf)
		}
	}
	return out
}

// markGrams sets the bits of w's runs of four letters, "^" and "$" at
// its ends: letters are 1 to 26, the ends 0, a run ((a*27+b)*27+c)*27+d.
func markGrams(bits []byte, w string) {
	code := func(i int) int {
		if i < 0 || i >= len(w) {
			return 0
		}
		return int(w[i]-'a') + 1
	}
	for i := -1; i+2 <= len(w); i++ {
		t := ((code(i)*27+code(i+1))*27+code(i+2))*27 + code(i+3)
		bits[t/8] |= 1 << (t % 8)
	}
}

// readIrregular returns each base form's irregular forms ("spoke" for
// "speak") in the parts of speech given.
func readIrregular(dir string, poss []string) (map[string][]string, error) {
	irregular := map[string][]string{}
	for _, pos := range poss {
		if err := eachLine(filepath.Join(dir, pos+".exc"), func(fs []string) {
			for _, base := range fs[1:] {
				if word(fs[0]) && word(base) {
					irregular[base] = append(irregular[base], fs[0])
				}
			}
		}); err != nil {
			return nil, err
		}
	}
	return irregular, nil
}

// withIrregular returns w and its irregular forms ("speak", "spoke",
// "spoken").
func withIrregular(irregular map[string][]string, w string) []string {
	return append([]string{w}, irregular[w]...)
}

// eachFirstSense calls f with each lemma of a part of speech that accept
// takes (word: the single words) and the offset of its first synset:
// WordNet orders a word's senses by how often they were met in tagged
// text.
func eachFirstSense(dir, pos string, accept func(string) bool, f func(lemma, first string)) error {
	return eachSenses(dir, pos, accept, 1, func(lemma string, senses []string) { f(lemma, senses[0]) })
}

// phrasalSenses is how many of a phrasal verb's senses give synonyms.
// Measured over every question set (the log, fifty-fourth session): one
// sense, 3,608 answered and 3,620 declined; two, 3,610 and 3,621; three,
// 3,613 and 3,621; four, 3,614 and 3,622; five, 3,613 and 3,623; all of
// them, 3,613 and 3,623.
const phrasalSenses = 4

// eachSenses calls f with each lemma that accept takes of the index of
// one part of speech, and its first n synsets' offsets, in sense order.
func eachSenses(dir, pos string, accept func(string) bool, n int, f func(lemma string, senses []string)) error {
	return eachLine(filepath.Join(dir, "index."+pos), func(fs []string) {
		lemma := fs[0]
		if !accept(lemma) || len(fs) < 4 {
			return
		}
		ptrs, err := strconv.Atoi(fs[3])
		if err != nil || len(fs) < 4+ptrs+3 {
			return
		}
		senses := fs[4+ptrs+2:] // synset offsets follow in sense order
		f(lemma, senses[:min(n, len(senses))])
	})
}

// put adds stem v to key's set, unless it is key itself.
func put(table map[string]map[string]bool, key, v string) {
	if v == key {
		return
	}
	if table[key] == nil {
		table[key] = map[string]bool{}
	}
	table[key][v] = true
}

// sorted returns a table of sets as sorted lists.
func sorted(table map[string]map[string]bool) map[string][]string {
	out := make(map[string][]string, len(table))
	for k, vs := range table {
		for v := range vs {
			out[k] = append(out[k], v)
		}
		slices.Sort(out[k])
	}
	return out
}

// word reports whether a lemma is one plain word of at least two letters.
func word(s string) bool {
	if len(s) < 2 || len(s) > 24 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// eachLine calls f with the fields of each line of a WordNet file, past
// its licence header (lines that open with a space).
func eachLine(path string, f func([]string)) error {
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if line := sc.Text(); line != "" && line[0] != ' ' {
			if fs := strings.Fields(line); len(fs) > 0 {
				f(fs)
			}
		}
	}
	return sc.Err()
}

// write prints the tables as Go: for each, the sorted key stems
// concatenated, their values (stems separated by spaces) concatenated in
// the same order, and where each begins, so that a lookup compares stems
// in place.
func write(w io.Writer, t tables) error {
	var bw bytes.Buffer
	fmt.Fprintf(&bw, "// Code generated by scripts/wordnet from WordNet 3.0 (go run ./scripts/wordnet -o facts/wordnet_gen.go); DO NOT EDIT.\n")
	fmt.Fprintf(&bw, "// WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Licence: facts/WORDNET-LICENSE.\n\n")
	fmt.Fprintf(&bw, "package facts\n\n")
	writeTable(&bw, t.syns, [4]string{"wordnetStems", "wordnetSyns", "wordnetStemAt", "wordnetSynAt"},
		"stems", "synonym stems")
	writeTable(&bw, t.attrs, [4]string{"wordnetAttrKeys", "wordnetAttrs", "wordnetAttrKeyAt", "wordnetAttrAt"},
		"adjective stems", "attribute stems (the nouns WordNet says it measures: \"old\", age)")
	writeTable(&bw, t.phrasal, [4]string{"wordnetPhrasalKeys", "wordnetPhrasalSyns", "wordnetPhrasalKeyAt", "wordnetPhrasalAt"},
		"phrasal verbs (a verb's stem, a space and its particle: \"set up\")", "synonym stems (\"set up\": establish, found, launch)")
	writeTable(&bw, t.names, [4]string{"wordnetNames", "wordnetNameKinds", "wordnetNameAt", "wordnetNameKindAt"},
		"capitalised words that name people", "kind (\"p\", a person)")
	writeTable(&bw, t.kin, [4]string{"wordnetKinKeys", "wordnetKin", "wordnetKinKeyAt", "wordnetKinAt"},
		"stems of proper adjectives and names", "stems of the names or adjectives they pertain to (\"swedish\": sweden)")
	writeTable(&bw, t.of, [4]string{"wordnetOfKeys", "wordnetOf", "wordnetOfKeyAt", "wordnetOfAt"},
		"stems of proper adjectives and peoples' names", "stems of the names they are of (\"swedish\": sweden; \"finn\": finland)")
	fmt.Fprintf(&bw, "// wordnetWords holds the FNV-1a hashes of the stems of WordNet's %d single\n", len(t.words))
	fmt.Fprintf(&bw, "// words (lemmas folded to lower case and their irregular forms), sorted.\n")
	writeHashes(&bw, "wordnetWords", t.words)
	fmt.Fprintf(&bw, "// wordnetTagged holds, for each of wordnetWords, how many times WordNet's\n")
	fmt.Fprintf(&bw, "// sense-tagged texts met a word with that stem (cntlist.rev), at most 255.\n")
	fmt.Fprintf(&bw, "const wordnetTagged = %q\n\n", t.tagged)
	fmt.Fprintf(&bw, "// wordnetRoles holds the FNV-1a hashes of WordNet's single nouns of an\n")
	fmt.Fprintf(&bw, "// occupation and their plurals, %d words (buildRoles in scripts/wordnet), sorted.\n", len(t.roles))
	writeHashes(&bw, "wordnetRoles", t.roles)
	fmt.Fprintf(&bw, "// wordnetNounKeys holds the FNV-1a hashes of WordNet's %d single\n", len(t.kinds.keys))
	fmt.Fprintf(&bw, "// nouns, sorted; wordnetNounSense holds each one's first sense (a synset,\n")
	fmt.Fprintf(&bw, "// numbered in the order of their offsets), and\n")
	fmt.Fprintf(&bw, "// wordnetNounParent each synset's first hypernym (%d at a root) in its low 16\n", noParent)
	fmt.Fprintf(&bw, "// bits, its height (the longest chain of hypernyms above it) in the next 8,\n")
	fmt.Fprintf(&bw, "// and bit 31 set when it has more hypernyms, each in wordnetNounMore as\n")
	fmt.Fprintf(&bw, "// child<<16 | parent, sorted\n")
	fmt.Fprintf(&bw, "// (buildKinds in scripts/wordnet).\n")
	writeArray(&bw, "wordnetNounKeys", t.kinds.keys, 8)
	writeArray(&bw, "wordnetNounSense", t.kinds.sense, 16)
	writeArray(&bw, "wordnetNounParent", t.kinds.parent, 8)
	writeArray(&bw, "wordnetNounMore", t.kinds.more, 8)
	fmt.Fprintf(&bw, "// wordnetGrams is the bitmap of the runs of four letters WordNet's words\n")
	fmt.Fprintf(&bw, "// and their regular inflections are written with: bit ((a*27+b)*27+c)*27+d,\n")
	fmt.Fprintf(&bw, "// letters 1 to 26, a word's ends 0.\n")
	fmt.Fprintf(&bw, "const wordnetGrams = %q\n", t.grams)
	src, err := format.Source(bw.Bytes())
	if err != nil {
		return err
	}
	_, err = w.Write(src)
	return err
}

// hash is the FNV-1a hash of s, as the engine's fnv1a computes it.
func hash(s string) uint32 {
	h := fnv.New32a()
	h.Write([]byte(s))
	return h.Sum32()
}

// writeHashes prints a sorted array of hashes under name, eight a line.
func writeHashes(bw *bytes.Buffer, name string, hashes []uint32) {
	writeArray(bw, name, hashes, 8)
}

// writeArray prints an array of numbers under name, perLine a line.
func writeArray[N uint16 | uint32 | int](bw *bytes.Buffer, name string, values []N, perLine int) {
	typ := "uint32"
	if _, ok := any(values).([]uint16); ok {
		typ = "uint16"
	}
	fmt.Fprintf(bw, "var %s = [...]%s{", name, typ)
	for i, h := range values {
		if i%perLine == 0 {
			fmt.Fprintf(bw, "\n\t")
		} else {
			fmt.Fprintf(bw, " ")
		}
		fmt.Fprintf(bw, "%d,", h)
	}
	fmt.Fprintf(bw, "\n}\n\n")
}

// writeTable prints one table under names (keys, values, keys' offsets,
// values' offsets); what and of say what its keys and values are.
func writeTable(bw *bytes.Buffer, table map[string][]string, names [4]string, what, of string) {
	keys := make([]string, 0, len(table))
	for k := range table {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var ks, vs strings.Builder
	keyAt := make([]int, 0, len(keys)+1)
	valAt := make([]int, 0, len(keys)+1)
	for _, k := range keys {
		keyAt = append(keyAt, ks.Len())
		valAt = append(valAt, vs.Len())
		ks.WriteString(k)
		vs.WriteString(strings.Join(table[k], " "))
	}
	keyAt = append(keyAt, ks.Len())
	valAt = append(valAt, vs.Len())
	fmt.Fprintf(bw, "// %s holds %d %s, sorted, one after another; the i-th is\n", names[0], len(keys), what)
	fmt.Fprintf(bw, "// %s[%s[i]:%s[i+1]].\n", names[0], names[2], names[2])
	fmt.Fprintf(bw, "const %s = %q\n\n", names[0], ks.String())
	fmt.Fprintf(bw, "// %s holds each key's %s, separated by spaces; the\n", names[1], of)
	fmt.Fprintf(bw, "// i-th key's are %s[%s[i]:%s[i+1]].\n", names[1], names[3], names[3])
	fmt.Fprintf(bw, "const %s = %q\n\n", names[1], vs.String())
	for _, arr := range []struct {
		name string
		at   []int
	}{{names[2], keyAt}, {names[3], valAt}} {
		writeArray(bw, arr.name, arr.at, 16)
	}
}
