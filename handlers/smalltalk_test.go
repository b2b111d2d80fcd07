package handlers

import (
	"context"
	"strings"
	"testing"
)

func TestSmallTalk(t *testing.T) {
	tests := []struct {
		line string
		want talk
	}{
		{"hi", talkGreeting},
		{"Hello there!", talkGreeting},
		{"good morning, bot", talkGreeting},
		{"hey everyone 👋", talkGreeting},
		{"thanks", talkThanks},
		{"Thank you so much!!", talkThanks},
		{"ok thx", talkThanks},
		{"cheers mate", talkThanks},
		{"bye", talkBye},
		{"good night", talkBye},
		{"help", talkHelp},
		{"What can you do?", talkHelp},
		{"who are you?", talkWho},
		{"What's your name?", talkWho},
		{"whats your name", talkWho},
		{"Are you a bot?", talkWho},
		// Questions, however they start.
		{"hi, when were relations established?", talkNone},
		{"thanks, and who visited Albania in 1994?", talkNone},
		{"help with the embassy", talkNone},
		{"what do you know about the embassy?", talkNone},
		{"Who helped the Jews?", talkNone},
		{"what is love", talkNone},
		{"hi thanks", talkNone}, // two kinds: not guessed
		{"", talkNone},
		{"!!!", talkNone},
		{strings.Repeat("hi ", 30), talkNone}, // longer than small talk
	}
	for _, tt := range tests {
		if got := smallTalk(tt.line); got != tt.want {
			t.Errorf("smallTalk(%q) = %d, want %d", tt.line, got, tt.want)
		}
	}
}

// TestSmallTalkReplies checks that small talk in a mention or a DM gets a
// reply in kind, never a fact the member did not ask for.
func TestSmallTalkReplies(t *testing.T) {
	h := newHandler(t)
	tests := []struct {
		text, title string
	}{
		{"hello!", "Hello!"},
		{"thank you", "You're welcome!"},
		{"bye", "Goodbye!"},
		{"help", "How to ask"},
		{"who are you?", "About factbot"},
	}
	for _, tt := range tests {
		r, err := h.Handle(context.Background(), Request{Command: CmdMessage, Options: map[string]string{"text": tt.text}})
		if err != nil {
			t.Fatal(err)
		}
		if r.Title != tt.title || r.Found || len(r.Citations) > 0 {
			t.Errorf("%q: got %q (found %v, %d citations), want %q", tt.text, r.Title, r.Found, len(r.Citations), tt.title)
		}
		if tt.title != "How to ask" && tt.title != "About factbot" && !strings.Contains(r.Text, "Albania–Israel relations") {
			t.Errorf("%q: reply %q does not name the article", tt.text, r.Text)
		}
	}
	// A slash command is not small talk: /ask thanks asks the article.
	r, _ := h.Handle(context.Background(), Request{Command: CmdAsk, Options: map[string]string{"question": "thanks"}})
	if r.Title == "You're welcome!" {
		t.Error("/ask read as small talk")
	}
}
