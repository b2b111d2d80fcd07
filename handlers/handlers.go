// Package handlers answers members' requests with plain values. A Request
// says what was asked (a command and its options, who asked, where); a
// Reply says what to answer (text, title, citations, suggestions, whether
// only the asker sees it). The Discord gateway, the HTTP interactions
// endpoint and the terminal chat all turn their input into a Request and
// render the Reply their own way; this package knows nothing of them.
package handlers

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"factbot/facts"
)

// The commands a Request may carry.
const (
	CmdFact      = "fact"
	CmdAsk       = "ask"
	CmdOnThisDay = "onthisday"
	CmdAbout     = "about"
	CmdDaily     = "daily"
	CmdHelp      = "help"
	CmdMessage   = "message" // free text: a mention, a DM or a terminal line
)

// Option limits, enforced here and declared on the slash commands.
const (
	MaxQuestionLen = 300 // characters of a question
	MaxTopicLen    = 100 // characters of a topic
)

// Request is one thing a member asked.
type Request struct {
	Command   string            // one of the Cmd constants
	Sub       string            // subcommand, e.g. "subscribe" for /daily
	Options   map[string]string // option name -> value as typed
	UserID    string
	GuildID   string // empty in DMs and the terminal
	ChannelID string
	CanManage bool      // the member may manage the server (checked for /daily)
	Now       time.Time // when it was asked; zero means time.Now()
}

// Option returns an option's value, trimmed.
func (r Request) Option(name string) string { return strings.TrimSpace(r.Options[name]) }

// Field is a titled piece of a reply, shown as an embed field on Discord.
type Field struct {
	Name, Value string
	Inline      bool
}

// Reply is what to answer. Front ends render it; none may add text of its
// own beyond presentation.
type Reply struct {
	Title       string           // the question or topic, or a heading
	Note        string           // a line to show before Text: the bot's own words, never the member's
	Text        string           // the answer: the article's own words when Found
	Span        string           // the words of Text that answer (a date, a name), shown in bold; may be ""
	Citations   []facts.Citation // the sections the answer came from
	Suggestions []string         // topics to offer, as buttons on Discord
	// AlsoIn lists the other articles that answer it too, to offer as
	// buttons that ask Command again limited to one of them.
	AlsoIn  []string
	Command string // CmdAsk or CmdFact: what AlsoIn's buttons ask again
	// Alternative is the next best answer, offered after an unsure one
	// (Note is UnsureNote); nil otherwise.
	Alternative *facts.Alternative
	Fields      []Field
	Found       bool // the article answered it
	Declined    bool // the article does not cover what was asked
	Ephemeral   bool // only the asker should see it
	Attribution bool // quote the article's licence with it
	// Source is the work quoted when it is not the article, for the
	// attribution: "May 14", the day's page, for an event from the feed.
	Source string
}

// Outcome names how a reply went, for logs and metrics.
func (r Reply) Outcome() string {
	switch {
	case r.Found:
		return "answered"
	case r.Declined:
		return "declined"
	}
	return "info"
}

// Subscriptions manages daily posts for /daily. The bot supplies it; nil
// means daily posts are not available in this front end.
type Subscriptions interface {
	Subscribe(ctx context.Context, guildID, channelID string, hour, minute int, tz string) (DailyStatus, error)
	Unsubscribe(ctx context.Context, guildID string) (bool, error)
	Status(ctx context.Context, guildID string) (DailyStatus, bool, error)
}

// DailyStatus describes a server's subscription for /daily status.
type DailyStatus struct {
	ChannelID string
	Hour      int
	Minute    int
	TZ        string
	Next      time.Time // next post, in UTC
	LastPost  string    // local date of the last post, "" if none
	LastAt    time.Time
	Problem   string // why posting is paused, "" when active
}

// Handler answers requests from one article. Its fact base can be
// replaced while it serves (SetBase, when a fresh copy of the article
// arrives): each request answers from the one base it started with, whole.
// Create it with New.
type Handler struct {
	Version string
	Daily   Subscriptions // optional
	Log     *slog.Logger
	// Feed, optional, gives the day's events from Wikipedia for
	// /onthisday and the daily posts, about Subjects (DAILY_SUBJECTS) or,
	// when that is empty, about the articles' subjects.
	Feed     Feed
	Subjects []string
	// FeedWait bounds the wait on the feed for /onthisday; default
	// DefaultFeedWait.
	FeedWait time.Duration

	base          atomic.Pointer[facts.Base]
	subjectsCache atomic.Pointer[subjectsOf]
}

// New returns a handler answering from base.
func New(base *facts.Base) *Handler {
	h := &Handler{}
	h.SetBase(base)
	return h
}

// Base returns the fact base that requests are answered from now.
func (h *Handler) Base() *facts.Base { return h.base.Load() }

// SetBase makes later requests answer from b. A base is never changed
// once built, so swapping the pointer is all it takes: a request that
// already holds the old base finishes with it.
func (h *Handler) SetBase(b *facts.Base) { h.base.Store(b) }

// UsesStore reports whether answering a command may wait on the store
// (Subscriptions), which can be slow, say while another process holds its
// lock: front ends with a deadline defer such answers rather than risk
// it. Every other answer comes from the article in memory.
func UsesStore(command string) bool { return command == CmdDaily }

// ErrUnknownCommand is returned for a command the handler does not know.
var ErrUnknownCommand = errors.New("unknown command")

// Handle answers a request. An error means the handler failed (the store
// is down, say): the front end shows a short apology and logs the error.
// Bad input is not an error: it gets a Reply that explains it.
func (h *Handler) Handle(ctx context.Context, req Request) (Reply, error) {
	if req.Now.IsZero() {
		req.Now = time.Now()
	}
	b := h.Base()
	switch req.Command {
	case CmdFact:
		return fact(b, req.Option("topic"), req.Option("article")), nil
	case CmdAsk:
		return ask(b, req.Option("question"), req.Option("article")), nil
	case CmdOnThisDay:
		return h.onThisDay(ctx, b, req.Option("date"), req.Now), nil
	case CmdAbout:
		return h.about(b), nil
	case CmdHelp:
		return h.help(), nil
	case CmdDaily:
		return h.daily(ctx, req)
	case CmdMessage:
		return h.message(ctx, req)
	}
	return Reply{}, fmt.Errorf("%w %q", ErrUnknownCommand, req.Command)
}

// Complete returns autocomplete choices for the focused option of a
// command: topics for /fact (of the article the article: option names,
// when it names one), article titles for article:, time zones for /daily.
func (h *Handler) Complete(req Request, option, value string) []string {
	switch {
	case req.Command == CmdFact && option == "topic":
		b := h.Base()
		topics := b.Topics
		if name := req.Option("article"); name != "" {
			if a := b.ArticleNamed(name); a != nil {
				topics = func(f string) []string { return b.TopicsIn(f, a) }
			}
		}
		if got := topics(Clip(value, MaxTopicLen)); len(got) > 0 {
			return got
		}
		// Nothing like what was typed: offer the central topics rather
		// than an empty list, so the member always has something to pick.
		return topics("")
	case (req.Command == CmdFact || req.Command == CmdAsk) && option == "article":
		b := h.Base()
		if titles := b.ArticleTitles(Clip(value, MaxTopicLen)); len(titles) > 0 {
			return titles
		}
		return b.ArticleTitles("")
	case req.Command == CmdDaily && option == "timezone":
		return Zones(value)
	}
	return []string{}
}

func fact(b *facts.Base, topic, article string) Reply {
	in, bad := limit(b, article)
	if bad != nil {
		return *bad
	}
	if topic == "" {
		examples := b.Topics("")
		if in != nil {
			examples = b.TopicsIn("", in)
		}
		return Reply{Title: "Topics", Text: "Name a topic, for example: " + strings.Join(examples[:min(5, len(examples))], ", ") + ".", Ephemeral: true}
	}
	topic = Clip(topic, MaxTopicLen)
	if in != nil {
		return fromAnswer(b, in, CmdFact, topic, b.TopicIn(topic, in))
	}
	return fromAnswer(b, nil, CmdFact, topic, b.Topic(topic))
}

func ask(b *facts.Base, q, article string) Reply {
	in, bad := limit(b, article)
	if bad != nil {
		return *bad
	}
	if q == "" {
		about := titles(b.Articles, 3)
		if in != nil {
			about = in.Title
		}
		return Reply{Title: "Ask", Text: "Ask a question about " + about + ", for example: “when were relations established?”", Ephemeral: true}
	}
	q = Clip(q, MaxQuestionLen)
	if in != nil {
		return fromAnswer(b, in, CmdAsk, q, b.AskIn(q, in))
	}
	return fromAnswer(b, nil, CmdAsk, q, b.Ask(q))
}

// limit finds the article that an article: option names; nil for none.
// An option that names no article (or several) gets a reply listing them.
func limit(b *facts.Base, article string) (*facts.Article, *Reply) {
	if article == "" {
		return nil, nil
	}
	if a := b.ArticleNamed(Clip(article, MaxTopicLen)); a != nil {
		return a, nil
	}
	return nil, &Reply{Title: "Which article?", Ephemeral: true,
		Text: "I have no article “" + Clip(article, 100) + "”. I know " + titles(b.Articles, 10) + "."}
}

// titles names articles, “A”, “B” and “C”, the first n of them and how
// many more.
func titles(as []*facts.Article, n int) string {
	var names []string
	for _, a := range as[:min(n, len(as))] {
		names = append(names, "“"+a.Title+"”")
	}
	if more := len(as) - len(names); more > 0 {
		names = append(names, plural(more, "more article"))
	}
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// UnsureNote goes before an answer to a question that the model thinks
// more likely wrong than right (facts.Unsure): it is the best the article
// offers, and the member should know it may not be what they asked.
const UnsureNote = "Not sure this answers it: it is the closest the article comes."

// fromAnswer turns a fact-base answer to command into a reply; in is the
// article it was limited to, or nil. Declined answers are ephemeral, to
// keep channels quiet, and offer their suggestions.
func fromAnswer(b *facts.Base, in *facts.Article, command, title string, a facts.Answer) Reply {
	r := Reply{Title: title, Text: a.Text, Span: a.Span, Citations: a.Citations, Suggestions: a.Suggestions, Found: a.Found,
		AlsoIn: a.AlsoIn, Command: command}
	if a.Found {
		r.Attribution = true
		if command == CmdAsk && a.Score < facts.Unsure {
			r.Note = UnsureNote
			r.Alternative = a.Alternative
		}
		return r
	}
	r.Ephemeral, r.Declined = true, true
	// What something is, when the article names it without saying: the
	// member learns the name is known, and that the question is not.
	said, what := "does not cover that.", "what it is"
	if a.UnexplainedWho {
		what = "who that is"
	}
	if a.Unexplained != "" {
		said = "mentions “" + a.Unexplained + "” but does not say " + what + "."
	}
	switch {
	case in != nil:
		r.Text = "The article “" + in.Title + "” " + said
	case len(b.Articles) == 1:
		r.Text = "The article “" + b.Article.Title + "” " + said
	case a.Unexplained != "":
		r.Text = fmt.Sprintf("My %d articles mention “%s” but none says %s.", len(b.Articles), a.Unexplained, what)
	default:
		r.Text = fmt.Sprintf("None of my %d articles covers that.", len(b.Articles))
	}
	switch len(r.Suggestions) {
	case 0:
	case 1:
		r.Text += " Did you mean this?"
	default:
		r.Text += " Did you mean one of these?"
	}
	return r
}

func (h *Handler) onThisDay(ctx context.Context, b *facts.Base, text string, now time.Time) Reply {
	day, err := facts.ParseDay(text, now)
	if err != nil {
		return Reply{Title: "On this day", Text: "I can't read “" + Clip(text, 40) + "” as a date: use today, 08-19, 2026-08-19 or 19 August.", Ephemeral: true}
	}
	ctx, cancel := context.WithTimeout(ctx, cmp.Or(h.FeedWait, DefaultFeedWait))
	defer cancel()
	return DayReply(h.day(ctx, b, day))
}

// DayReply renders an on-this-day answer, for the command and the daily post.
func DayReply(a facts.DayAnswer) Reply {
	day, _ := time.Parse("2006-01-02", a.Date)
	title := "On this day: " + fmt.Sprintf("%d %s", day.Day(), day.Month())
	switch a.Kind {
	case facts.DayMonth:
		title = "This month in history: " + day.Month().String()
	case facts.DayFactOfDay:
		title = "Fact of the day: " + fmt.Sprintf("%d %s", day.Day(), day.Month())
	case facts.DayFeed:
		return Reply{Title: feedTitle(a), Text: a.Text, Citations: a.Citations, Found: true, Attribution: true, Source: feedSource(a.Date)}
	}
	return Reply{Title: title, Text: a.Text, Citations: a.Citations, Found: true, Attribution: true}
}

func (h *Handler) about(b *facts.Base) Reply {
	if len(b.Articles) > 1 {
		return h.aboutMany(b)
	}
	a := b.Article
	sections, parts := sectionsOf(a)
	fields := []Field{
		{Name: "Sections", Value: Clip(strings.Join(sections, " · "), 1024)},
		{Name: "Source", Value: "[" + a.Title + "](" + a.URL + "), by Wikipedia contributors"},
	}
	if rev := revision(a); rev != "" {
		fields = append(fields, Field{Name: "Revision", Value: rev})
	}
	license := "[" + facts.License + "](" + facts.LicenseURL + ")"
	if l := a.Source.License; l != "" && l != facts.License {
		license = l // as the header names it
	}
	fields = append(fields, Field{Name: "License", Value: license, Inline: true}, Field{Name: "Version", Value: h.Version, Inline: true})
	return Reply{
		Title: "About factbot",
		Text: fmt.Sprintf("I know one article inside out: “%s” from Wikipedia, %s and %s. "+
			"Look up a topic with /fact, ask a question with /ask or by mentioning me, and see /onthisday. "+
			"Every answer quotes the article and cites its section.", a.Title, parts, plural(len(a.Facts), "fact")),
		Fields:      fields,
		Attribution: true,
	}
}

// maxAboutArticles is how many articles /about describes one by one, in
// a field each; the rest are named in one more field. Discord allows 25
// fields, and the licence and version take two.
const maxAboutArticles = 20

// aboutMany describes several articles: each one's title, sections,
// facts, source, and the revision and time of a fetched copy.
func (h *Handler) aboutMany(b *facts.Base) Reply {
	n := 0
	var fields []Field
	for i, a := range b.Articles {
		n += len(a.Facts)
		if i >= maxAboutArticles {
			continue
		}
		_, parts := sectionsOf(a)
		value := parts + " · " + plural(len(a.Facts), "fact") + " · [source](" + a.URL + ")"
		if rev := revision(a); rev != "" {
			value += " · revision " + rev
		}
		fields = append(fields, Field{Name: a.Title, Value: value})
	}
	if more := b.Articles[min(len(b.Articles), maxAboutArticles):]; len(more) > 0 {
		var names []string
		for _, a := range more {
			names = append(names, a.Title)
		}
		fields = append(fields, Field{Name: fmt.Sprintf("And %d more", len(more)), Value: Clip(strings.Join(names, " · "), 1024)})
	}
	fields = append(fields, Field{Name: "License", Value: "[" + facts.License + "](" + facts.LicenseURL + "), by Wikipedia contributors", Inline: true},
		Field{Name: "Version", Value: h.Version, Inline: true})
	return Reply{
		Title: "About factbot",
		Text: fmt.Sprintf("I know %d articles inside out, %s in all, from Wikipedia. "+
			"Look up a topic with /fact, ask a question with /ask or by mentioning me (add article: to ask one article only), and see /onthisday. "+
			"Every answer quotes an article and cites its section.", len(b.Articles), plural(n, "fact")),
		Fields: fields, // the License field attributes them all
	}
}

// sectionsOf lists an article's main sections and says how many there
// are: "5 sections with 4 subsections", the count of what it lists.
func sectionsOf(a *facts.Article) (sections []string, parts string) {
	subsections := 0
	for _, s := range a.Sections[1:] {
		switch {
		case s.BackMatter():
		case s.Level == 2:
			sections = append(sections, s.Title)
		case s.Level > 2:
			subsections++
		}
	}
	parts = plural(len(sections), "section")
	if subsections > 0 {
		parts += " with " + plural(subsections, "subsection")
	}
	return sections, parts
}

// plural is "1 fact", "2 facts".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// revision links the exact revision the article's text is from, so that a
// quoted sentence can be found after the page changes, and says when it
// was fetched: "[1290004052](…&oldid=1290004052), fetched 14 May 2026
// 09:00 UTC". It is "" for an article without a revision in its header.
func revision(a *facts.Article) string {
	u := a.RevisionURL()
	if u == "" {
		return ""
	}
	s := "[" + strconv.FormatInt(a.Source.Revision, 10) + "](" + u + ")"
	if !a.Source.Fetched.IsZero() {
		s += ", fetched " + a.Source.Fetched.UTC().Format("2 January 2006 15:04 MST")
	}
	return s
}

// help lists every command a member can use: the slash commands, and
// /topics, which mentions, DMs and the terminal chat take.
func (h *Handler) help() Reply {
	return Reply{Title: "How to ask", Text: "/fact TOPIC — look up a topic (try /fact embassy)\n" +
		"/ask QUESTION — ask in your own words (try /ask when were relations established?)\n" +
		"article: — with /fact or /ask, answer from that one article (autocompleted with the articles I know); typed, end the line with article: and its title\n" +
		"/onthisday [DATE] — what happened on a day (today, 08-19, 19 August)\n" +
		"/topics [FRAGMENT] — list the topics I know, or those matching a fragment (in a mention or a DM)\n" +
		"/about — what I know and where it comes from\n" +
		"/daily subscribe, unsubscribe, status — a daily on-this-day post in a channel (servers, Manage Server)\n" +
		"Mention me with a question, or send me a direct message.", Ephemeral: true}
}

// message answers free text: "/fact embassy", "/ask ...", "/onthisday",
// "/about", "/help", or a plain question.
func (h *Handler) message(ctx context.Context, req Request) (Reply, error) {
	text := strings.TrimSpace(req.Option("text"))
	if !strings.HasPrefix(text, "/") {
		if text == "" {
			return h.help(), nil
		}
		if k := smallTalk(text); k != talkNone {
			return h.talkReply(k), nil
		}
		q, article := withArticle(text)
		return ask(h.Base(), q, article), nil
	}
	name, rest, _ := strings.Cut(text[1:], " ")
	rest = strings.TrimSpace(rest)
	sub := Request{Command: strings.ToLower(name), Now: req.Now, GuildID: req.GuildID, ChannelID: req.ChannelID, UserID: req.UserID, CanManage: req.CanManage}
	switch sub.Command {
	case CmdFact:
		topic, article := withArticle(rest)
		sub.Options = map[string]string{"topic": topic, "article": article}
	case CmdAsk:
		q, article := withArticle(rest)
		sub.Options = map[string]string{"question": q, "article": article}
	case CmdOnThisDay:
		sub.Options = map[string]string{"date": rest}
	case CmdAbout, CmdHelp:
	case CmdDaily:
		sub.Sub = strings.ToLower(rest)
	case "topics":
		topics := h.Base().Topics(rest)
		return Reply{Title: "Topics", Text: strings.Join(topics, "\n")}, nil
	default:
		return Reply{Title: "Unknown command", Text: "I don't know /" + Clip(name, 30) + ". Try /help.", Ephemeral: true}, nil
	}
	return h.Handle(ctx, sub)
}

// articleOption is the article: option as a member types it in a line.
const articleOption = "article:"

// withArticle splits a typed "… article:TITLE" off the end of a line, as
// Discord's article: option: the text before it, and the title.
func withArticle(line string) (text, article string) {
	for i := len(line) - len(articleOption); i >= 0; i-- {
		if strings.EqualFold(line[i:i+len(articleOption)], articleOption) && (i == 0 || line[i-1] == ' ') {
			return strings.TrimSpace(line[:i]), strings.TrimSpace(line[i+len(articleOption):])
		}
	}
	return line, ""
}

// Clip shortens s to at most n characters, as every front end does to the
// members' text before asking: the limits above bound the work of an
// answer. It looks at no more than n characters of s, however long s is.
func Clip(s string, n int) string {
	if len(s) <= n {
		return s // n bytes hold at most n characters
	}
	i := 0
	for range n {
		if i >= len(s) {
			return s
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
	}
	return s[:i]
}
