package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"time"

	"factbot/config"
	"factbot/facts"
	"factbot/handlers"
	"factbot/internal/printable"
)

// errUsage marks a command-line mistake: exit status 2, with the usage.
var errUsage = errors.New("usage")

// usageError is a command-line mistake with its message.
type usageError struct{ msg string }

// Error returns the message.
func (e usageError) Error() string { return e.msg }

// Is makes errors.Is(err, errUsage) true for every usage error.
func (e usageError) Is(target error) bool {
	return target == errUsage
}

// cliUsage returns the usage, with every flag and variable of the bot:
// made when asked for, not at start-up, where formatting the settings
// was most of the main package's initialisation (119 allocations).
func cliUsage() string {
	return `usage:
  factbot ask [--json] [--article ENTRY]... QUESTION...   answer a question ("-" reads one a line)
  factbot fact [--json] [--article ENTRY]... TOPIC...     look up a topic ("-" reads one a line)
  factbot onthisday [--json] [--article ENTRY]... [--date YYYY-MM-DD]
  factbot topics [--json] [--article ENTRY]... [FRAGMENT] list topics for autocomplete
  factbot fetch [-o FILE] TITLE                         write a Wikipedia article in the text format
  factbot healthcheck [--addr HOST:PORT]                exit 0 when /healthz answers
  factbot [FLAGS]                                       run the bot (DISCORD_TOKEN) or the terminal chat

--article takes a file, wikipedia:TITLE (fetched from Wikipedia, cached in the
data folder) or embedded; repeat it to answer from several articles at once
(FACTBOT_ARTICLE: entries separated by | or newlines). Flags may come before
or after the question; "--" ends them. Questions are
clipped to ` + strconv.Itoa(handlers.MaxQuestionLen) + ` characters and topics to ` + strconv.Itoa(handlers.MaxTopicLen) + `, as on Discord.

The bot's flags, each with the environment variable it overrides:
` + config.Usage()
}

// errHelp is returned by parseFlags for -h: run prints the usage to
// standard output and exits 0.
var errHelp = errors.New("help requested")

// parseFlags parses args with fs, accepting flags after the positional
// arguments too ("ask 'q' --json"), and returns the positional ones. A
// "--" ends the flags. Mistakes are usage errors.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	fs.SetOutput(io.Discard)
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, errHelp
			}
			return nil, usageError{fs.Name() + ": " + err.Error()}
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return pos, nil
		}
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(pos, rest...), nil
		}
		pos = append(pos, rest[0])
		args = rest[1:]
	}
}

// runQuery serves "ask" and "fact": one answer for the arguments, or with
// "-" one answer a line of standard input, in order, answered on every
// processor (answerLines). Questions and topics are clipped to the limits
// Discord enforces, so that any input costs what a member's could.
func runQuery(ctx context.Context, name string, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	articles := articleFlag(fs, getenv)
	queries, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(queries) == 0 {
		return usageError{name + ": missing " + map[string]string{"ask": "question", "fact": "topic"}[name]}
	}
	base, err := loadCLI(ctx, articles(), getenv, stderr)
	if err != nil {
		return err
	}
	answer, newRenderer := queryFuncs(base, name, *asJSON)
	if len(queries) != 1 || queries[0] != "-" {
		out, err := newRenderer()(nil, answer(strings.Join(queries, " ")))
		if err != nil {
			return err
		}
		_, err = stdout.Write(out)
		return err
	}
	w := bufio.NewWriterSize(stdout, batchBuffer)
	if getenv("GOGC") == "" {
		// A batch keeps little (the base, the memo of question words,
		// bounded, and the answers in flight): its live heap is a
		// megabyte or two, so the runtime's least heap goal, 4 MB,
		// collected once or twice in a batch of thousands, for a few
		// percent of its CPU time. At twice the goal (8 MB) most
		// batches end before a collection, and a long one still
		// collects, with the heap at most three times what it keeps.
		debug.SetGCPercent(batchGCPercent)
	}
	return answerLines(stdin, w, stderr, runtime.GOMAXPROCS(0), answer, newRenderer)
}

// batchGCPercent is the batch mode's GOGC, unless the environment sets
// one.
const batchGCPercent = 200

// queryFuncs returns how the command name ("ask" or "fact") answers a
// query from base, and how it renders an answer: as text, or as a JSON
// line. Each renderer is for one goroutine.
func queryFuncs(base *facts.Base, name string, asJSON bool) (answer func(string) facts.Answer, newRenderer func() renderer) {
	answer = func(q string) facts.Answer { return base.Ask(handlers.Clip(q, handlers.MaxQuestionLen)) }
	if name == "fact" {
		answer = func(q string) facts.Answer { return base.Topic(handlers.Clip(q, handlers.MaxTopicLen)) }
	}
	newRenderer = func() renderer {
		return func(dst []byte, a facts.Answer) ([]byte, error) {
			return append(dst, printable.String(facts.FormatText(a))...), nil
		}
	}
	if asJSON {
		newRenderer = func() renderer { return newAnswerEncoder(base).append }
	}
	return answer, newRenderer
}

// articleFlag defines the repeatable --article flag of a command: the
// entries it gives, else FACTBOT_ARTICLE's.
func articleFlag(fs *flag.FlagSet, getenv func(string) string) func() []string {
	var entries config.Entries
	fs.Var(&entries, "article", "article entry: a file, wikipedia:TITLE or embedded (repeatable)")
	return func() []string {
		if len(entries) > 0 {
			return entries
		}
		return config.ArticleEntries(getenv("FACTBOT_ARTICLE"))
	}
}

// answerArticle is the article an answer quotes; the base's first for one
// that quotes none.
func answerArticle(b *facts.Base, a facts.Answer) *facts.Article {
	if len(a.Facts) > 0 && a.Facts[0].ArticleOf() != nil {
		return a.Facts[0].ArticleOf()
	}
	return b.Article
}

// batchBuffer is the size of the batch mode's output buffer: some 150
// JSON answers, so that a large batch costs few write calls.
const batchBuffer = 64 << 10

func runOnThisDay(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer, now time.Time) error {
	fs := flag.NewFlagSet("onthisday", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	articles := articleFlag(fs, getenv)
	date := fs.String("date", "", "date, YYYY-MM-DD (default today)")
	rest, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usageError{fmt.Sprintf("onthisday: unexpected argument %q", rest[0])}
	}
	day := now
	if *date != "" {
		t, err := parseDate(*date)
		if err != nil {
			return usageError{"onthisday: --date " + err.Error()}
		}
		day = t
	}
	w, err := config.LoadWikipedia(getenv)
	if err != nil {
		return fmt.Errorf("configuration:\n%w", err)
	}
	loader := newArticleLoader(w, cliLog(stderr))
	base, err := loader.load(ctx, articles())
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, cliFeedWait)
	defer cancel()
	a := loader.handler(base, w).Day(ctx, day)
	if *asJSON {
		data, err := json.Marshal(struct {
			facts.DayAnswer
			Source *sourceJSON `json:"source"`
		}{a, daySource(a, answerArticle(base, a.Answer))})
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(stdout, "%s\n", data)
		return err
	}
	text := facts.FormatText(a.Answer)
	if a.Kind == facts.DayFeed {
		text = handlers.DayReply(a).Title + "\n" + text
	}
	_, err = io.WriteString(stdout, printable.String(text))
	return err
}

// parseDate reads YYYY-MM-DD, telling a date in another format from one
// the calendar lacks (2026-02-30).
func parseDate(s string) (time.Time, error) {
	t, err := time.Parse("2006-01-02", s)
	if err == nil {
		return t, nil
	}
	var y, m, d int
	if n, _ := fmt.Sscanf(s, "%4d-%2d-%2d", &y, &m, &d); n == 3 && len(s) == len("2006-01-02") {
		return time.Time{}, fmt.Errorf("%q is not a day of the calendar", s)
	}
	return time.Time{}, fmt.Errorf("wants YYYY-MM-DD, got %q", s)
}

func runTopics(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("topics", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON")
	articles := articleFlag(fs, getenv)
	fragment, err := parseFlags(fs, args)
	if err != nil {
		return err
	}
	base, err := loadCLI(ctx, articles(), getenv, stderr)
	if err != nil {
		return err
	}
	topics := base.Topics(handlers.Clip(strings.Join(fragment, " "), handlers.MaxTopicLen))
	if *asJSON {
		data, err := json.Marshal(topics)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(stdout, "%s\n", data)
		return err
	}
	for _, t := range topics {
		if _, err := fmt.Fprintln(stdout, printable.String(t)); err != nil {
			return err
		}
	}
	return nil
}
