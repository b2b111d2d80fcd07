// Command factbot is a Discord bot that knows one encyclopedia article and
// answers questions about it with citations. Without DISCORD_TOKEN it opens
// a terminal chat answered by the same handlers; subcommands answer from
// the command line (see the README).
package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	"factbot/internal/printable"
)

func main() {
	err := run(context.Background(), os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr)
	if err != nil {
		if _, ok := errors.AsType[reported](err); ok {
			os.Exit(1) // already in the log
		}
		// Errors quote arguments and files: nothing of them may drive
		// the terminal.
		fmt.Fprintln(os.Stderr, printable.String("factbot: "+err.Error()))
		if errors.Is(err, errUsage) {
			fmt.Fprint(os.Stderr, cliUsage())
			os.Exit(2)
		}
		os.Exit(1)
	}
}
