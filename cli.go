package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"factbot/facts"
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

const cliUsage = `usage:
  factbot ask [--json] [--article FILE] QUESTION...     answer a question ("-" reads one a line)
  factbot fact [--json] [--article FILE] TOPIC...       look up a topic ("-" reads one a line)
  factbot onthisday [--json] [--article FILE] [--date YYYY-MM-DD]
  factbot topics [--json] [--article FILE] [FRAGMENT]   list topics for autocomplete
  factbot healthcheck [--addr HOST:PORT]                exit 0 when /healthz answers
  factbot [--article FILE]                              run the bot (DISCORD_TOKEN) or the terminal chat
`

// loadBase reads the article named by path, or the embedded one.
func loadBase(path string) (*facts.Base, error) {
	data := facts.DefaultArticle
	if path != "" {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("read article: %w", err)
		}
		defer f.Close()
		data, err = io.ReadAll(io.LimitReader(f, facts.MaxArticleSize+1))
		if err != nil {
			return nil, fmt.Errorf("read article %s: %w", path, err)
		}
	}
	b, err := facts.Load(data)
	if err != nil {
		if path == "" {
			path = "embedded article"
		}
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return b, nil
}

// runQuery serves "ask" and "fact": one answer for the arguments, or with
// "-" one answer a line of standard input.
func runQuery(name string, args []string, getenv func(string) string, stdin io.Reader, stdout io.Writer) error {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	asJSON := fs.Bool("json", false, "print JSON")
	article := fs.String("article", getenv("FACTBOT_ARTICLE"), "article file")
	if err := fs.Parse(args); err != nil {
		return usageError{err.Error()}
	}
	if fs.NArg() == 0 {
		return usageError{name + ": missing " + map[string]string{"ask": "question", "fact": "topic"}[name]}
	}
	base, err := loadBase(*article)
	if err != nil {
		return err
	}
	answer := base.Ask
	if name == "fact" {
		answer = base.Topic
	}
	w := bufio.NewWriter(stdout)
	defer w.Flush()
	if fs.NArg() == 1 && fs.Arg(0) == "-" {
		sc := bufio.NewScanner(stdin)
		sc.Buffer(make([]byte, 64*1024), 1<<20)
		for sc.Scan() {
			if err := printAnswer(w, answer(strings.TrimSpace(sc.Text())), *asJSON); err != nil {
				return err
			}
		}
		if err := sc.Err(); err != nil {
			return fmt.Errorf("read questions: %w", err)
		}
		return nil
	}
	return printAnswer(w, answer(strings.Join(fs.Args(), " ")), *asJSON)
}

func printAnswer(w io.Writer, a facts.Answer, asJSON bool) error {
	if asJSON {
		data, err := json.Marshal(a)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(w, "%s\n", data)
		return err
	}
	_, err := io.WriteString(w, facts.FormatText(a))
	return err
}

func runOnThisDay(args []string, getenv func(string) string, stdout io.Writer, now time.Time) error {
	fs := flag.NewFlagSet("onthisday", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	asJSON := fs.Bool("json", false, "print JSON")
	article := fs.String("article", getenv("FACTBOT_ARTICLE"), "article file")
	date := fs.String("date", "", "date, YYYY-MM-DD (default today)")
	if err := fs.Parse(args); err != nil {
		return usageError{err.Error()}
	}
	if fs.NArg() > 0 {
		return usageError{"onthisday: unexpected argument " + fs.Arg(0)}
	}
	day := now
	if *date != "" {
		t, err := time.Parse("2006-01-02", *date)
		if err != nil {
			return usageError{"onthisday: --date wants YYYY-MM-DD, got " + *date}
		}
		day = t
	}
	base, err := loadBase(*article)
	if err != nil {
		return err
	}
	a := base.OnThisDay(day)
	if *asJSON {
		data, err := json.Marshal(a)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(stdout, "%s\n", data)
		return err
	}
	_, err = io.WriteString(stdout, facts.FormatText(a.Answer))
	return err
}

func runTopics(args []string, getenv func(string) string, stdout io.Writer) error {
	fs := flag.NewFlagSet("topics", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	asJSON := fs.Bool("json", false, "print JSON")
	article := fs.String("article", getenv("FACTBOT_ARTICLE"), "article file")
	if err := fs.Parse(args); err != nil {
		return usageError{err.Error()}
	}
	base, err := loadBase(*article)
	if err != nil {
		return err
	}
	topics := base.Topics(strings.Join(fs.Args(), " "))
	if *asJSON {
		data, err := json.Marshal(topics)
		if err != nil {
			return err
		}
		_, err = fmt.Fprintf(stdout, "%s\n", data)
		return err
	}
	for _, t := range topics {
		if _, err := fmt.Fprintln(stdout, t); err != nil {
			return err
		}
	}
	return nil
}
