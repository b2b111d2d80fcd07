// Command factbot is a Discord bot that knows one encyclopedia article and
// answers questions about it with citations. Without DISCORD_TOKEN it opens
// a terminal chat answered by the same handlers; subcommands answer from
// the command line (see the README).
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"
)

func main() {
	err := run(context.Background(), os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	if err != nil {
		fmt.Fprintln(os.Stderr, "factbot:", err)
		if errors.Is(err, errUsage) {
			fmt.Fprint(os.Stderr, cliUsage)
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// run is the whole program: main only supplies the process's arguments,
// environment and streams, so tests can call run directly.
func run(ctx context.Context, args []string, getenv func(string) string, stdin io.Reader, stdout, stderr io.Writer) error {
	if len(args) > 0 {
		switch args[0] {
		case "ask", "fact":
			return runQuery(args[0], args[1:], getenv, stdin, stdout)
		case "onthisday":
			return runOnThisDay(args[1:], getenv, stdout, time.Now())
		case "topics":
			return runTopics(args[1:], getenv, stdout)
		case "help", "-h", "--help", "-help":
			_, err := io.WriteString(stdout, cliUsage)
			return err
		}
	}
	return usageError{"not yet"}
}
