package facts

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// qa is one line of a question set (see ../shared/qa/README.md).
type qa struct {
	ID        string   `json:"id"`
	Kind      string   `json:"kind"`
	Q         string   `json:"q"`
	Expect    []string `json:"expect"`
	ExpectAny []string `json:"expect_any"`
	None      bool     `json:"none"`
}

// judgeFold folds text as the question sets' judge does: case, accents,
// quotes, dashes and spacing.
func judgeFold(s string) string {
	return strings.Join(strings.Fields(Fold(s)), " ")
}

// holds reports whether an answer's text holds what q expects.
func (q qa) holds(text string) bool {
	text = judgeFold(text)
	if len(q.ExpectAny) > 0 {
		for _, e := range q.ExpectAny {
			if strings.Contains(text, judgeFold(e)) {
				return true
			}
		}
		return false
	}
	for _, e := range q.Expect {
		if !strings.Contains(text, judgeFold(e)) {
			return false
		}
	}
	return len(q.Expect) > 0
}

// right reports whether an answer passes the judge's rule for q.
func right(q qa, a Answer) bool {
	if q.None {
		return !a.Found
	}
	return a.Found && len(a.Citations) > 0 && q.holds(a.Text)
}

// answerQA answers a question as the command line does: topics with
// Topic, the rest with Ask.
func answerQA(b *Base, q qa) Answer {
	if q.Kind == "fact" {
		return b.Topic(q.Q)
	}
	return b.Ask(q.Q)
}

// readQA reads a question set.
func readQA(tb testing.TB, path string) []qa {
	tb.Helper()
	f, err := os.Open(path)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	var out []qa
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		if len(strings.TrimSpace(sc.Text())) == 0 {
			continue
		}
		var q qa
		if err := json.Unmarshal(sc.Bytes(), &q); err != nil {
			tb.Fatalf("%s: %v", path, err)
		}
		out = append(out, q)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}

// qaSet is a question set and the article it asks about.
type qaSet struct {
	name      string
	article   string // file, or "" for the embedded article
	questions string
	shared    bool // from ../shared: absent when the repository stands alone
	// adversarial sets' unanswerable questions were written to look
	// answerable (SQuAD 2.0's), unlike what members ask.
	adversarial bool
	// probe sets are scored but never fitted on: questions kept to
	// measure the model, as the judges' unseen questions would.
	probe bool
}

// sharedDir is where ../shared sits, seen from this package.
const sharedDir = "../../shared"

// qaSets lists every question set: the shared ones, then the project's.
func qaSets() []qaSet {
	sets := []qaSet{
		{"dev", "", sharedDir + "/qa/dev.jsonl", true, false, false},
		{"squad-normans", sharedDir + "/qa/squad/normans.txt", sharedDir + "/qa/squad/normans.jsonl", true, true, false},
		{"squad-complexity", sharedDir + "/qa/squad/computational-complexity-theory.txt", sharedDir + "/qa/squad/computational-complexity-theory.jsonl", true, true, false},
		{"squad-socal", sharedDir + "/qa/squad/southern-california.txt", sharedDir + "/qa/squad/southern-california.jsonl", true, true, false},
		{"own", "", "testdata/questions.jsonl", false, false, false},
		{"paraphrases", "", "testdata/paraphrases.jsonl", false, false, false},
		{"off-topic probes", "", "testdata/probes.jsonl", false, false, true},
		{"near misses", "", "testdata/near-misses.jsonl", false, false, true},
		// Written at the forty-first session's start: questions on the
		// embedded article's own subjects that it does not answer.
		{"topical", "", "testdata/topical.jsonl", false, false, true},
		// Written blind on 5 December by a helper who saw the article
		// alone: strangers' wordings, off-topic and near-miss questions
		// on the embedded article, kept out of fitting.
		{"blind: strangers", "", "testdata/blind/strangers.jsonl", false, false, true},
		{"blind: off-topic", "", "testdata/blind/off-topic.jsonl", false, false, true},
		{"blind: near misses", "", "testdata/blind/near-misses.jsonl", false, false, true},
		{"blind: off-topic 2", "", "testdata/blind/off-topic-2.jsonl", false, false, true},
		// Written blind at the forty-third session's start by a helper who
		// saw the article alone: 80 more off-topic questions, scored by
		// count alone, and 40 more strangers' questions it answers (read:
		// their misses were printed once by mistake, so no longer blind).
		{"blind: off-topic 3", "", "testdata/blind/off-topic-3.jsonl", false, false, true},
		{"strangers 2", "", "testdata/strangers-2.jsonl", false, false, true},
		// Written blind at the forty-third session's middle by a helper who
		// saw the article alone and a neutral brief (no kinds of question
		// suggested): 60 off-topic questions. Scored by count alone.
		{"blind: off-topic 4", "", "testdata/blind/off-topic-4.jsonl", false, false, true},
		// Written blind at the forty-fifth session's end by a helper who
		// saw the article alone and a neutral brief: 60 off-topic
		// questions, scored by count alone (the session's first and last
		// builds both).
		{"blind: off-topic 5", "", "testdata/blind/off-topic-5.jsonl", false, false, true},
		// Written blind at the forty-sixth session's middle by a helper
		// who saw the article alone and a neutral brief: 60 off-topic
		// questions, scored by count alone (the session's first build
		// declined 41, its build of the time 43).
		{"blind: off-topic 6", "", "testdata/blind/off-topic-6.jsonl", false, false, true},
		// Written at the forty-sixth session's start by a helper who saw
		// the article alone and a neutral brief: 150 questions members
		// might ask that it does not answer. Read for their misses, never
		// fitted on (the session's first build declined 110).
		{"off-topic read", "", "testdata/off-topic-read.jsonl", false, false, true},
		// Written so again in the session's middle (150 more, a crowd of
		// askers imagined): read for their misses, never fitted on.
		{"off-topic read 2", "", "testdata/off-topic-read-2.jsonl", false, false, true},
		{"estonia-finland", "testdata/estonia-finland.txt", "testdata/estonia-finland.jsonl", false, false, false},
		{"lighthouse", "testdata/lighthouse.txt", "testdata/lighthouse.jsonl", false, false, false},
	}
	sets = globbed(sets, "testdata/articles/*.jsonl", "", false, beside)
	// Articles and sets kept out of fitting for good: the standing view of
	// how strangers' questions on articles the model never saw fare.
	sets = globbed(sets, "testdata/unseen/*.jsonl", "unseen: ", true, beside)
	// Written blind on 5 December as well: ten short articles in the
	// same format with strangers' questions, and questions asking what a
	// word means on ten of the articles above (for the definition rule,
	// which was then refined on them: no longer blind for it).
	sets = globbed(sets, "testdata/blind/short/*.jsonl", "blind short: ", true, beside)
	sets = globbed(sets, "testdata/blind/definitions/*.jsonl", "definitions: ", true, func(_, name string) string {
		if article := "testdata/unseen/" + name + ".txt"; fileExists(article) {
			return article
		}
		return "testdata/articles/" + name + ".txt"
	})
	// Written blind at the thirty-sixth session's end: three more short
	// articles with strangers' questions (three losses against the
	// session's first build read, and one fixed: no longer blind).
	sets = globbed(sets, "testdata/blind/short2/*.jsonl", "blind short 2: ", true, beside)
	// Written blind at the thirty-seventh session's start by a helper who
	// saw only two files' formats: four short articles (topics chosen
	// with no regard to the project's other articles of the same names)
	// with 16 strangers' questions and 10 unanswerable each. Scored by
	// count alone through the session, never read.
	sets = globbed(sets, "testdata/blind/short3/*.jsonl", "blind short 3: ", true, beside)
	// Written blind at the thirty-eighth session's start, as short3 was,
	// by a helper who saw one article's format: a bilateral relations
	// article, a person, a place and a thing, with 16 strangers' questions
	// and 10 unanswerable each. Scored by count alone, never read.
	sets = globbed(sets, "testdata/blind/short4/*.jsonl", "blind short 4: ", true, beside)
	// Written blind at the thirty-ninth session's start, as short4 was
	// (Czech Republic–Slovakia relations, Machu Picchu, Florence
	// Nightingale, the Colosseum). Scored by count alone, never read.
	sets = globbed(sets, "testdata/blind/short5/*.jsonl", "blind short 5: ", true, beside)
	// Written blind at the forty-sixth session's start, as short5 was
	// (Ireland–United Kingdom relations, Ernest Shackleton, Angkor Wat,
	// the telescope). Scored by count alone, never read: the session's
	// first build answered 40/64 and declined 37/40.
	sets = globbed(sets, "testdata/blind/short6/*.jsonl", "blind short 6: ", true, beside)
	// Written at the forty-seventh session's start by a helper who saw
	// only the format, as short6 was (Norway–Sweden relations, Alan
	// Turing, the Sydney Opera House, the stethoscope, the Chernobyl
	// disaster): read for their misses, never fitted on. The session's
	// first build answered 62/80 and declined 38/50.
	sets = globbed(sets, "testdata/shortread/*.jsonl", "short read: ", true, beside)
	// Written at the fifty-ninth session's start by two helpers who saw
	// only the format and a brief (Austria–Switzerland relations, Nikola
	// Tesla, Mont-Saint-Michel, Morse code, Lake Victoria, the Suez
	// Crisis): read for their misses, never fitted on.
	sets = globbed(sets, "testdata/shortread2/*.jsonl", "short read 2: ", true, beside)
	// Written blind at the forty-seventh session's end, as short6 was
	// (Malaysia–Singapore relations, Gregor Mendel, the Matterhorn, the
	// Hindenburg disaster). Scored by count alone, never read: the
	// session's first build (4a83e10) and its last (843e198) both
	// answered 46/64 and declined 31/40.
	sets = globbed(sets, "testdata/blind/short7/*.jsonl", "blind short 7: ", true, beside)
	// Written blind at the forty-ninth session's middle by a helper who
	// saw only the format, as short7 was (Bolivia–Paraguay relations, Ibn
	// Battuta, Petra, tulip mania). Scored by count alone, never read.
	sets = globbed(sets, "testdata/blind/short8/*.jsonl", "blind short 8: ", true, beside)
	// Written blind on the same day, after names were read as questions
	// of definition: what a name on eight unseen articles is, 40 the
	// article says and 32 it only names (read for their misses once
	// scored: no longer blind).
	sets = globbed(sets, "testdata/blind/names/*.jsonl", "names: ", true, func(_, name string) string {
		return "testdata/unseen/" + name + ".txt"
	})
	// Written from the forty-first session on by helpers who saw only
	// the articles, four at a time, and read: questions on fitted
	// articles' own subjects that they do not answer, never fitted on.
	sets = globbed(sets, "testdata/topical/*.jsonl", "topical: ", true, func(_, name string) string {
		return "testdata/articles/" + name + ".txt"
	})
	// Written blind at the forty-first session's start by a helper who
	// saw only the four articles: questions on each article's own
	// subjects that it does not answer. Scored by count alone, never read.
	sets = globbed(sets, "testdata/blind/topical/*.jsonl", "blind topical: ", true, func(_, name string) string {
		return "testdata/unseen/" + name + ".txt"
	})
	// Written blind at the forty-third session's middle, the same way, by
	// a helper who saw four other unseen articles (coffee, Venice,
	// Jupiter, RMS Titanic) and a neutral brief. Scored by count alone.
	sets = globbed(sets, "testdata/blind/topical2/*.jsonl", "blind topical 2: ", true, func(_, name string) string {
		return "testdata/unseen/" + name + ".txt"
	})
	// Written blind at the forty-fifth session's end, the same way, by a
	// helper who saw four more unseen articles (Antarctica, Beethoven,
	// the honey bee, the printing press) and the neutral brief: the
	// session's first and last builds scored on it, by count alone.
	sets = globbed(sets, "testdata/blind/topical3/*.jsonl", "blind topical 3: ", true, func(_, name string) string {
		return "testdata/unseen/" + name + ".txt"
	})
	// Written blind at the sixty-first session's middle by a helper who
	// saw only eight unseen articles and a brief on /fact: lookups as
	// members type them, 20 each an article covers and 10 it does not.
	// Scored by count alone, never read.
	sets = globbed(sets, "testdata/lookups/*.jsonl", "blind lookups: ", true, func(_, name string) string {
		return "testdata/unseen/" + name + ".txt"
	})
	return sets
}

// globbed appends a set for each question file the pattern matches, named
// prefix and the file's base name and asked of the article that article
// gives for the file and that name; probe sets are never fitted on.
func globbed(sets []qaSet, pattern, prefix string, probe bool, article func(questions, name string) string) []qaSet {
	files, _ := filepath.Glob(pattern)
	for _, q := range files {
		name := strings.TrimSuffix(filepath.Base(q), ".jsonl")
		sets = append(sets, qaSet{prefix + name, article(q, name), q, false, false, probe})
	}
	return sets
}

// beside is the article of a question file that stands beside it, of
// the same name.
func beside(questions, _ string) string { return strings.TrimSuffix(questions, ".jsonl") + ".txt" }

// fileExists reports whether a file is here.
func fileExists(path string) bool {
	_, err := os.Stat(path)
	return err == nil
}

// available reports whether a set's files are here.
func (s qaSet) available() bool {
	return fileExists(s.questions) && (s.article == "" || fileExists(s.article))
}

// load parses the set's article.
func (s qaSet) load(tb testing.TB) *Article {
	tb.Helper()
	data := DefaultArticle
	if s.article != "" {
		var err error
		if data, err = os.ReadFile(s.article); err != nil {
			tb.Fatal(err)
		}
	}
	a, err := Parse(data)
	if err != nil {
		tb.Fatalf("%s: %v", s.name, err)
	}
	return a
}

// score is a question set's result, as the judge counts it.
type score struct {
	answered, answerable int // right answers, answerable questions
	declined, none       int // right declines, unanswerable questions
}

func (s score) String() string {
	return fmt.Sprintf("%d/%d answerable, %d/%d declined", s.answered, s.answerable, s.declined, s.none)
}

// run scores a base on questions; miss, when not nil, hears each miss.
func runQA(b *Base, qs []qa, miss func(q qa, a Answer)) score {
	var s score
	for _, q := range qs {
		a := answerQA(b, q)
		ok := right(q, a)
		if q.None {
			s.none++
			if ok {
				s.declined++
			}
		} else {
			s.answerable++
			if ok {
				s.answered++
			}
		}
		if !ok && miss != nil {
			miss(q, a)
		}
	}
	return s
}

// TestReport prints every set's score and its misses, for work on the
// engine: REPORT=1 go test ./facts -run Report -v (REPORT=misses lists them).
func TestReport(t *testing.T) {
	mode := os.Getenv("REPORT")
	if mode == "" {
		t.Skip("set REPORT=1 or REPORT=misses")
	}
	var tot score
	for _, set := range qaSets() {
		if !set.available() {
			continue
		}
		b := New(set.load(t))
		s := runQA(b, readQA(t, set.questions), func(q qa, a Answer) {
			if mode == "misses" {
				fmt.Printf("  MISS %s %q none=%v found=%v %.2f: %.120q\n", q.ID, q.Q, q.None, a.Found, a.Score, a.Text)
			}
		})
		fmt.Printf("%-20s %s\n", set.name, s)
		tot.answered += s.answered
		tot.answerable += s.answerable
		tot.declined += s.declined
		tot.none += s.none
	}
	fmt.Printf("%-20s %s\n", "all", tot)
}

// TestSpanMisses prints, for work on the span model, the bold spans of
// right answers that hold no expected answer (nor are held by one), over
// every set but the blind ones, and the counts: SPANS=1 go test ./facts
// -run SpanMisses -v.
func TestSpanMisses(t *testing.T) {
	if os.Getenv("SPANS") == "" {
		t.Skip("set SPANS=1")
	}
	shown, wrong := 0, 0
	for _, set := range qaSets() {
		if !set.available() || strings.HasPrefix(set.name, "blind") {
			continue
		}
		b := New(set.load(t))
		for _, q := range readQA(t, set.questions) {
			if q.None || q.Kind != "ask" {
				continue
			}
			a := answerQA(b, q)
			if a.Span == "" || !right(q, a) {
				continue
			}
			if spanRight(q, a) {
				shown++
				continue
			}
			wrong++
			fmt.Printf("SPAN %s %q span=%q want=%q %q\n", q.ID, q.Q, a.Span, q.Expect, q.ExpectAny)
		}
	}
	fmt.Printf("spans: %d right, %d wrong\n", shown, wrong)
}

// spanRight reports whether an answer's span holds an expected answer
// or is held by one.
func spanRight(q qa, a Answer) bool {
	sp := judgeFold(a.Span)
	for _, e := range append(slices.Clone(q.Expect), q.ExpectAny...) {
		if e = judgeFold(e); strings.Contains(sp, e) || strings.Contains(e, sp) {
			return true
		}
	}
	return false
}

// TestSetsAnswerable checks every question set against its article: each
// answerable question's expected words stand in one fact (with the
// sentence before it, as answers quote a sentence that leans on it), ids
// are unique across the sets, and every line is a question or a topic.
// An edit to an article that breaks a set shows up here, before scores.
func TestSetsAnswerable(t *testing.T) {
	ids := map[string]string{}
	for _, s := range qaSets() {
		if !s.available() {
			continue
		}
		a := s.load(t)
		var texts []string
		for _, f := range a.Facts {
			text := f.Text
			if f.prev != nil {
				text = f.prev.Text + " " + text
			}
			texts = append(texts, judgeFold(text))
		}
		for _, q := range readQA(t, s.questions) {
			if q.ID == "" || (q.Kind != "ask" && q.Kind != "fact") || strings.TrimSpace(q.Q) == "" {
				t.Errorf("%s: %+v: want an id, a kind of ask or fact, and a question", s.name, q)
			}
			if other, dup := ids[q.ID]; dup {
				t.Errorf("%s: id %s is also in %s", s.name, q.ID, other)
			}
			ids[q.ID] = s.name
			if q.None {
				if len(q.Expect)+len(q.ExpectAny) > 0 {
					t.Errorf("%s %s: unanswerable, yet expects %q", s.name, q.ID, q.Expect)
				}
				continue
			}
			if len(q.Expect)+len(q.ExpectAny) == 0 {
				t.Errorf("%s %s %q: expects nothing", s.name, q.ID, q.Q)
				continue
			}
			if !slices.ContainsFunc(texts, q.holds) {
				t.Errorf("%s %s %q: no fact of %q holds %q %q", s.name, q.ID, q.Q, a.Title, q.Expect, q.ExpectAny)
			}
		}
	}
}

// TestChatAround asks every set's answerable ask questions that are
// answered right again with chat around them, as members write on
// Discord ("hey bot, …", "… thanks"), and checks that almost all still
// are: chat is no word of a question, nor are capitals shouted. On 4
// December 2026, of 1,914: 1,908 with "hey bot, " before them, 1,914 with
// " thanks" after them, 1,911 each with "please, " and "? thank you!",
// 1,908 with "quick question: " before them (1,634 before chat took in
// "quick", "question" and the colon) and 1,907 in capitals (1,288 before
// a shouted question was read in lower case); 1,908 with "hey factbot, "
// (on the unseen sets' 279, 149 had been lost), 1,911 with "umm, " and
// 1,914 with " tho?" after them. Later that day, of 1,915: "wait, " 1,912
// (1,840 before "wait" was chat), "i want to know " 1,906 (1,864),
// "btw " and "yo " 1,912 each (1,898 before interjections were dropped
// before a question put as a statement), "can you tell me " and "do you
// know " 1,909, "so ", "and " and "question: " 1,912, "ok so " 1,909,
// " pls", " ??", " lol" and "? 🙏" after them 1,915, and in lower case
// without the question mark 1,908; without apostrophes 1,914, after
// "..." or with double spaces 1,915. A slip in the middle of the longest
// word: two letters swapped 1,873, one dropped 1,853 (1,846 before a slip
// a few words are near was read as the far more common one), one doubled
// 1,885, swapped after "hey bot, " 1,866. The bound leaves room for a
// question at the threshold to move.
func TestChatAround(t *testing.T) {
	wraps := []struct {
		name string
		wrap func(q string) string
		min  int // per cent of the right answers that must stay right: 99, or 96 for a slip, which no reading mends every time
	}{
		{"hey bot, …", func(q string) string { return "hey bot, " + q }, 99},
		{"… thanks", func(q string) string { return q + " thanks" }, 99},
		{"please, …", func(q string) string { return "please, " + q }, 99},
		{"…? thank you!", func(q string) string { return strings.TrimRight(q, "?") + "? thank you!" }, 99},
		{"quick question: …", func(q string) string { return "quick question: " + q }, 99},
		{"SHOUTED", strings.ToUpper, 99},
		{"hey factbot, …", func(q string) string { return "hey factbot, " + q }, 99},
		{"umm, …", func(q string) string { return "umm, " + q }, 99},
		{"… tho?", func(q string) string { return strings.TrimRight(q, "?") + " tho?" }, 99},
		{"can you tell me …", func(q string) string { return "can you tell me " + lowerFirst(q) }, 99},
		{"do you know …", func(q string) string { return "do you know " + lowerFirst(q) }, 99},
		{"so …", func(q string) string { return "so " + lowerFirst(q) }, 99},
		{"ok so …", func(q string) string { return "ok so " + lowerFirst(q) }, 99},
		{"btw …", func(q string) string { return "btw " + lowerFirst(q) }, 99},
		{"and …", func(q string) string { return "and " + lowerFirst(q) }, 99},
		{"wait, …", func(q string) string { return "wait, " + lowerFirst(q) }, 99},
		{"… pls", func(q string) string { return strings.TrimRight(q, "?") + " pls" }, 99},
		{"… ??", func(q string) string { return strings.TrimRight(q, "?") + " ??" }, 99},
		{"… lol", func(q string) string { return strings.TrimRight(q, "?") + " lol" }, 99},
		{"i want to know …", func(q string) string { return "i want to know " + lowerFirst(q) }, 99},
		{"question: …", func(q string) string { return "question: " + q }, 99},
		{"yo …", func(q string) string { return "yo " + lowerFirst(q) }, 99},
		{"… ? 🙏", func(q string) string { return strings.TrimRight(q, "?") + "? 🙏" }, 99},
		{"no punctuation, lower", func(q string) string { return strings.ToLower(strings.TrimRight(q, "?")) }, 99},
		{"no apostrophes", func(q string) string { return strings.NewReplacer("'", "", "’", "").Replace(q) }, 99},
		{"typo: swap in longest", func(q string) string { return typoLongest(q, "swap") }, 96},
		{"typo: drop in longest", func(q string) string { return typoLongest(q, "drop") }, 96},
		{"typo: double in longest", func(q string) string { return typoLongest(q, "double") }, 96},
		{"...", func(q string) string { return strings.TrimRight(q, "?") + "..." }, 99},
		{"double spaces", func(q string) string { return strings.ReplaceAll(q, " ", "  ") }, 99},
		{"hey bot + typo", func(q string) string { return "hey bot, " + typoLongest(q, "swap") }, 96},
	}
	kept, asked := make([]int, len(wraps)), 0
	for _, s := range qaSets() {
		if !s.available() {
			continue
		}
		b := New(s.load(t))
		for _, q := range readQA(t, s.questions) {
			if q.None || q.Kind != "ask" || !right(q, answerQA(b, q)) {
				continue
			}
			asked++
			for k, w := range wraps {
				wq := q
				wq.Q = w.wrap(q.Q)
				if right(wq, answerQA(b, wq)) {
					kept[k]++
				} else if testing.Verbose() {
					t.Logf("%s: %s: %q lost", w.name, s.name, wq.Q)
				}
			}
		}
	}
	for k, w := range wraps {
		t.Logf("%-18s %d/%d still answered right", w.name, kept[k], asked)
		if kept[k] < asked*w.min/100 {
			t.Errorf("%s: %d/%d still answered right; want %d%% at least", w.name, kept[k], asked, w.min)
		}
	}
}

// lowerFirst lowers a question's first letter, as it reads after chat.
func lowerFirst(q string) string {
	if q != "" && q[0] >= 'A' && q[0] <= 'Z' {
		return string(q[0]+32) + q[1:]
	}
	return q
}

// typoLongest makes the slip kind ("swap", "drop" or "double") in the
// middle of the question's longest word of plain letters (six at least),
// as members mistype a long word more often than a short one; a question
// without one is left as it is.
func typoLongest(q, kind string) string {
	ws := strings.Fields(q)
	k := -1
	for i, w := range ws {
		w = strings.TrimRight(w, "?,.!")
		if len(w) >= 6 && isAlpha(strings.ToLower(w)) && (k < 0 || len(w) > len(strings.TrimRight(ws[k], "?,.!"))) {
			k = i
		}
	}
	if k < 0 {
		return q
	}
	w := ws[k]
	m := len(strings.TrimRight(w, "?,.!")) / 2
	switch kind {
	case "swap":
		w = w[:m] + string(w[m+1]) + string(w[m]) + w[m+2:]
	case "drop":
		w = w[:m] + w[m+1:]
	case "double":
		w = w[:m] + string(w[m]) + w[m:]
	}
	ws[k] = w
	return strings.Join(ws, " ")
}
