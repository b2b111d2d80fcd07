package bot

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"strings"

	"factbot/handlers"
)

// Chat is the terminal chat: each line is answered through the same
// handlers as Discord (/fact, /ask, /onthisday, /about, /help, /topics, or a
// plain question) and rendered for a terminal. With prompt it greets and
// prompts; without, as for piped input, it prints only the answers, one
// block per line, so scripts can read them. It returns at the end of the
// input or when ctx is done.
func Chat(ctx context.Context, h *handlers.Handler, in io.Reader, out io.Writer, prompt bool) error {
	title := h.Base.Article.Title
	if prompt {
		fmt.Fprintf(out, "factbot %s — I know “%s” (Wikipedia, %s).\nAsk a question, or try /fact embassy, /onthisday, /about, /help. Ctrl-D quits.\n> ",
			h.Version, title, "CC BY-SA 4.0")
	}
	lines := make(chan string)
	errc := make(chan error, 1)
	go func() {
		defer close(lines)
		sc := bufio.NewScanner(in)
		sc.Buffer(make([]byte, 64*1024), 1<<20)
		for sc.Scan() {
			select {
			case lines <- sc.Text():
			case <-ctx.Done():
				return
			}
		}
		errc <- sc.Err()
	}()
	for {
		select {
		case <-ctx.Done():
			return nil
		case line, ok := <-lines:
			if !ok {
				if prompt {
					fmt.Fprintln(out)
				}
				select {
				case err := <-errc:
					return err
				default:
					return nil
				}
			}
			line = strings.TrimSpace(line)
			if line == "" {
				if prompt {
					fmt.Fprint(out, "> ")
				}
				continue
			}
			if line == "/quit" || line == "/exit" {
				return nil
			}
			reply := chatReply(ctx, h, line)
			if _, err := io.WriteString(out, Text(reply, title)+"\n"); err != nil {
				return err
			}
			if prompt {
				fmt.Fprint(out, "> ")
			}
		}
	}
}

// chatReply answers one line, with the same protection as Discord: a
// failing handler gives the apology, never a crash.
func chatReply(ctx context.Context, h *handlers.Handler, line string) (reply handlers.Reply) {
	defer func() {
		if p := recover(); p != nil {
			if h.Log != nil {
				h.Log.Error("handler panicked", "panic", fmt.Sprint(p))
			}
			reply = ErrorReply
		}
	}()
	reply, err := h.Handle(ctx, handlers.Request{Command: handlers.CmdMessage, Options: map[string]string{"text": line}, UserID: "terminal"})
	if err != nil {
		if h.Log != nil {
			h.Log.Error("handler failed", "err", err)
		}
		return ErrorReply
	}
	return reply
}
