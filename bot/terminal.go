package bot

import (
	"context"
	"fmt"
	"io"
	"strings"

	"factbot/handlers"
	"factbot/internal/lines"
	"factbot/internal/printable"
)

// Chat is the terminal chat: each line is answered through the same
// handlers as Discord (/fact, /ask, /onthisday, /about, /help, /topics, or a
// plain question) and rendered for a terminal. With prompt it greets and
// prompts; without, as for piped input, it prints only the answers, one
// block per line, so scripts can read them. It returns at the end of the
// input or when ctx is done.
func Chat(ctx context.Context, h *handlers.Handler, in io.Reader, out io.Writer, prompt bool) error {
	title := h.Base().Article.Title
	if prompt {
		know := "“" + title + "”"
		if as := h.Base().Articles; len(as) > 1 {
			know = fmt.Sprintf("%d articles, from “%s” to “%s”", len(as), title, as[len(as)-1].Title)
		}
		fmt.Fprint(out, printable.String(fmt.Sprintf("factbot %s — I know %s (Wikipedia, %s).\nAsk a question, or try /fact embassy, /onthisday, /about, /help. Ctrl-D quits.\n> ",
			h.Version, know, "CC BY-SA 4.0")))
	}
	// Reading happens on its own goroutine so that ctx can end the chat
	// while a read blocks; that goroutine ends at the end of the input.
	type line struct {
		text    string
		n       int
		clipped bool
	}
	input := make(chan line)
	errc := make(chan error, 1)
	go func() {
		defer close(input)
		r := lines.NewReader(in, lines.MaxLine)
		for r.Next() {
			select {
			case input <- line{r.Text(), r.Number(), r.Clipped()}:
			case <-ctx.Done():
				return
			}
		}
		errc <- r.Err()
	}()
	for {
		select {
		case <-ctx.Done():
			return nil
		case l, ok := <-input:
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
			line := strings.TrimSpace(l.text)
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
			text := Text(reply, title)
			if l.clipped {
				text = fmt.Sprintf("(Line %d is longer than %d bytes: this answers its beginning.)\n", l.n, lines.MaxLine) + text
			}
			// Replies echo the member's words ("I don't know /…"): nothing
			// in them may drive the terminal.
			text = printable.String(text)
			if prompt {
				// The answering words in bold, added after the text is
				// made safe: the only escapes are the bot's own.
				text = Bold(text, printable.String(reply.Span), "\x1b[1m", "\x1b[0m")
			}
			if _, err := io.WriteString(out, text+"\n"); err != nil {
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
