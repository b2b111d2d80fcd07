package handlers

import (
	"strings"
	"unicode"
)

// Members talk to a bot they mention or message as they would to anyone:
// "hi", "thanks!", "help", "who are you?". Asked of the article, such a
// line matches a word by chance ("thanks" finds a sentence with
// "thanked") and gets a fact nobody asked for. So free text (mentions,
// DMs, the terminal) is first read for these few kinds of small talk,
// each answered as a person would; anything more is a question. Slash
// commands and `factbot ask` go straight to the article: there a member
// has said what they want.

// talk is a kind of small talk.
type talk int

const (
	talkNone     talk = iota
	talkGreeting      // "hi", "good morning"
	talkThanks        // "thanks!", "thank you so much"
	talkBye           // "bye", "good night"
	talkHelp          // "help", "what can you do?"
	talkWho           // "who are you?", "what's your name?"
)

// maxTalkLen bounds the lines read for small talk: a greeting is short,
// and a longer line is a question whatever its words.
const maxTalkLen = 60

// talkWords are the words each kind is made of. A line is small talk of
// a kind when every word is the kind's or a filler, and one is the kind's.
var talkWords = map[string]talk{
	"hi": talkGreeting, "hello": talkGreeting, "hey": talkGreeting, "heya": talkGreeting, "hiya": talkGreeting,
	"howdy": talkGreeting, "yo": talkGreeting, "greetings": talkGreeting, "hallo": talkGreeting,
	"morning": talkGreeting, "afternoon": talkGreeting, "evening": talkGreeting,
	"thanks": talkThanks, "thank": talkThanks, "thx": talkThanks, "ty": talkThanks, "tysm": talkThanks,
	"cheers": talkThanks, "appreciated": talkThanks, "appreciate": talkThanks,
	"bye": talkBye, "goodbye": talkBye, "cya": talkBye, "farewell": talkBye, "goodnight": talkBye, "night": talkBye,
	"help": talkHelp, "commands": talkHelp, "usage": talkHelp,
}

// talkFillers may stand in small talk of any kind without making it a
// question: "thank you so much", "hello there everyone", "good morning bot".
var talkFillers = makeWords("a all and again bot dear everyone everybody factbot folks friend good great guys it " +
	"lot man mate much nice oh ok okay please so that there this very you well")

// talkPhrases are whole lines that ask about the bot itself, not the
// article: answered with help or with what the bot is.
var talkPhrases = map[string]talk{
	"what can you do":          talkHelp,
	"how do i use you":         talkHelp,
	"how does this work":       talkHelp,
	"what do you do":           talkHelp,
	"who are you":              talkWho,
	"what are you":             talkWho,
	"what is your name":        talkWho,
	"whats your name":          talkWho,
	"are you a bot":            talkWho,
	"who made you":             talkWho,
	"what do you know":         talkWho,
	"what do you know about":   talkWho,
	"what are you about":       talkWho,
	"tell me about yourself":   talkWho,
	"introduce yourself":       talkWho,
	"who is factbot":           talkWho,
	"what is factbot":          talkWho,
	"what is this bot":         talkWho,
	"what does this bot do":    talkHelp,
	"what can i ask":           talkHelp,
	"what can i ask you":       talkHelp,
	"what should i ask":        talkHelp,
	"what questions can i ask": talkHelp,
}

func makeWords(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// smallTalk reads a line of free text for small talk: the kind, or
// talkNone for a question.
func smallTalk(line string) talk {
	if len(line) > maxTalkLen {
		return talkNone
	}
	// Words of letters, lowered; an apostrophe joins ("what's": whats),
	// and punctuation and emoji only separate.
	words := strings.FieldsFunc(strings.ToLower(strings.ReplaceAll(strings.ReplaceAll(line, "'", ""), "’", "")),
		func(r rune) bool { return !unicode.IsLetter(r) })
	if len(words) == 0 {
		return talkNone
	}
	if k, ok := talkPhrases[strings.Join(words, " ")]; ok {
		return k
	}
	kind := talkNone
	for _, w := range words {
		k, ok := talkWords[w]
		switch {
		case ok && (kind == talkNone || kind == k):
			kind = k
		case !ok && !talkFillers[w]:
			return talkNone
		case ok:
			return talkNone // two kinds: "hi, thanks" is not worth guessing
		}
	}
	return kind
}

// talkReply answers small talk of kind k.
func (h *Handler) talkReply(k talk) Reply {
	b := h.Base()
	about := titles(b.Articles, 3)
	switch k {
	case talkGreeting:
		return Reply{Title: "Hello!", Text: "Ask me about " + about + " in your own words, or look up a topic with /fact. /help lists everything I do."}
	case talkThanks:
		return Reply{Title: "You're welcome!", Text: "Ask me anything else about " + about + "."}
	case talkBye:
		return Reply{Title: "Goodbye!", Text: "Mention me whenever you have a question about " + about + "."}
	case talkHelp:
		return h.help()
	}
	return h.about(b)
}
