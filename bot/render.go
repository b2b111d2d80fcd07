package bot

import (
	"slices"
	"strings"
	"unicode/utf8"

	dg "github.com/bwmarrin/discordgo"

	"factbot/facts"
	"factbot/handlers"
)

// Discord's message limits (discord-api-docs, message.mdx), which discordgo
// does not enforce: a message over them is refused whole.
const (
	maxContent     = 2000
	maxTitle       = 256
	maxDescription = 4096
	maxFields      = 25
	maxFieldName   = 256
	maxFieldValue  = 1024
	maxFooter      = 2048
	maxEmbedTotal  = 6000
	maxButtons     = 5  // per action row
	maxLabel       = 80 // button label
	maxCustomID    = 100
)

// Embed colours: Wikipedia's link blue for answers, grey for the rest.
const (
	colorAnswer = 0x3366CC
	colorInfo   = 0x72777D
)

// suggestPrefix starts the custom_id of a "Did you mean" button; the rest
// is the topic to look up.
const suggestPrefix = "fact:"

// alsoPrefix starts the custom_id of an "Also in" button: then "a:" or
// "f:" for the command it asks again (/ask or /fact), then the article's
// title, cut to fit. The question or topic is the answer's title, which
// the message the button is on carries.
const alsoPrefix = "in:"

// noMentions is the allowed-mentions value on everything the bot sends: an
// explicit empty list, so "@everyone" or a role echoed from a question
// pings no one. (An empty struct would serialise as "parse":null.)
func noMentions() *dg.MessageAllowedMentions {
	return &dg.MessageAllowedMentions{Parse: []dg.AllowedMentionType{}}
}

// Attribution is the footer of every answer that quotes an article.
func attribution(titles ...string) string {
	quoted := make([]string, len(titles))
	for i, t := range titles {
		quoted[i] = "“" + t + "”"
	}
	from := quoted[0]
	if n := len(quoted); n > 1 {
		from = strings.Join(quoted[:n-1], ", ") + " and " + quoted[n-1]
	}
	return "From " + from + " on Wikipedia, by Wikipedia contributors · " + facts.License
}

// quoted names the works a reply quotes, for its attribution: its Source
// (the day's page, for the feed), else the articles its citations name,
// else articleTitle.
func quoted(r handlers.Reply, articleTitle string) []string {
	if r.Source != "" {
		return []string{r.Source}
	}
	var titles []string
	cites := r.Citations
	if r.Alternative != nil {
		cites = append(slices.Clip(cites), r.Alternative.Citations...)
	}
	for _, c := range cites {
		if c.Article != "" && !slices.Contains(titles, c.Article) {
			titles = append(titles, c.Article)
		}
	}
	if len(titles) == 0 {
		return []string{articleTitle}
	}
	return titles
}

// AlternativeName heads the next best answer shown after an unsure one.
const AlternativeName = "Or perhaps"

// Embed renders a reply as a Discord embed within Discord's limits.
func Embed(r handlers.Reply, articleTitle string) *dg.MessageEmbed {
	e := &dg.MessageEmbed{
		Title: truncate(r.Title, maxTitle),
		Color: colorInfo,
	}
	if r.Found {
		e.Color = colorAnswer
	}
	if r.Attribution {
		// Quoted words are shown as written: an article's "x_1", "C*" or
		// a line opening with "#" is not Discord's formatting.
		e.Description = boldMarkdown(r.Text, r.Span)
		e.Footer = &dg.MessageEmbedFooter{Text: truncate(attribution(quoted(r, articleTitle)...), maxFooter)}
	} else {
		e.Description = Bold(r.Text, r.Span, "**", "**")
	}
	if r.Note != "" {
		e.Description = "*" + r.Note + "*\n" + e.Description
	}
	used := utf8.RuneCountInString(e.Title)
	if e.Footer != nil {
		used += utf8.RuneCountInString(e.Footer.Text)
	}
	// Fields may use what is left of the 6,000 after the title, footer and
	// (up to a thousand characters of) the description, which matters most.
	budget := maxEmbedTotal - used - min(utf8.RuneCountInString(r.Text), 1000)
	addField := func(f *dg.MessageEmbedField) {
		n := utf8.RuneCountInString(f.Name) + utf8.RuneCountInString(f.Value)
		if len(e.Fields) < maxFields && n <= budget {
			e.Fields = append(e.Fields, f)
			budget -= n
			used += n
		}
	}
	if len(r.Citations) > 0 {
		e.URL = r.Citations[0].URL
	}
	// A Source field for each article cited, named after it, linking
	// its sections.
	for i, c := range r.Citations {
		if slices.ContainsFunc(r.Citations[:i], func(d facts.Citation) bool { return d.Article == c.Article }) {
			continue
		}
		var links []string
		for _, d := range r.Citations[i:] {
			if d.Article == c.Article {
				links = append(links, markdownLink(d.Section, d.URL))
			}
		}
		name := "Source"
		if c.Article != "" {
			name += ": " + c.Article
		}
		addField(&dg.MessageEmbedField{Name: truncate(name, maxFieldName), Value: joinWithin(links, " · ", maxFieldValue)})
	}
	// The next best answer after an unsure one, with its sections.
	if alt := r.Alternative; alt != nil {
		var links []string
		for _, c := range alt.Citations {
			links = append(links, markdownLink(c.Where(), c.URL))
		}
		from := joinWithin(links, " · ", maxFieldValue/4)
		addField(&dg.MessageEmbedField{Name: AlternativeName,
			Value: truncate(escapeMarkdown(alt.Text, true), maxFieldValue-utf8.RuneCountInString(from)-1) + "\n" + from})
	}
	for _, f := range r.Fields {
		addField(&dg.MessageEmbedField{Name: truncate(f.Name, maxFieldName), Value: truncate(nonEmpty(f.Value), maxFieldValue), Inline: f.Inline})
	}
	// The description gets what the other parts leave of the 6,000.
	e.Description = truncate(e.Description, min(maxDescription, maxEmbedTotal-used))
	return e
}

// Buttons renders suggestions as one row of "Did you mean" buttons, and
// the other articles that answer as one row of "Also in" buttons.
func Buttons(r handlers.Reply) []dg.MessageComponent {
	var rows []dg.MessageComponent
	seen := map[string]bool{} // Discord refuses a message with two equal custom_ids
	row := func(items []string, id func(string) string, label func(int, string) string) {
		row := dg.ActionsRow{}
		for _, s := range items {
			id := truncateBytes(id(s), maxCustomID)
			if s == "" || seen[id] || len(row.Components) == maxButtons {
				continue
			}
			seen[id] = true
			row.Components = append(row.Components, dg.Button{Label: truncate(label(len(row.Components), s), maxLabel), Style: dg.SecondaryButton, CustomID: id})
		}
		if len(row.Components) > 0 {
			rows = append(rows, row)
		}
	}
	row(r.Suggestions, func(s string) string { return suggestPrefix + s }, func(_ int, s string) string { return s })
	if r.Command == handlers.CmdAsk || r.Command == handlers.CmdFact {
		row(r.AlsoIn, func(title string) string { return alsoPrefix + r.Command[:1] + ":" + title }, func(i int, title string) string {
			if i == 0 {
				return "Also in: " + title
			}
			return title
		})
	}
	return rows
}

// ResponseData renders a reply for an interaction response or followup.
func ResponseData(r handlers.Reply, articleTitle string) *dg.InteractionResponseData {
	d := &dg.InteractionResponseData{
		Embeds:          []*dg.MessageEmbed{Embed(r, articleTitle)},
		Components:      Buttons(r),
		AllowedMentions: noMentions(),
	}
	if r.Ephemeral {
		d.Flags = dg.MessageFlagsEphemeral
	}
	return d
}

// MessageSend renders a reply as a channel message; with replyTo, as a
// reply to that message (which pings no one either).
func MessageSend(r handlers.Reply, articleTitle string, replyTo *dg.MessageReference) *dg.MessageSend {
	return &dg.MessageSend{
		Embeds:          []*dg.MessageEmbed{Embed(r, articleTitle)},
		Components:      Buttons(r),
		AllowedMentions: noMentions(),
		Reference:       replyTo,
	}
}

// ErrorReply is what a member sees when a handler fails: short, ephemeral,
// with the detail left to the log.
var ErrorReply = handlers.Reply{Title: "Something went wrong", Text: "Sorry, something went wrong on my side. Please try again in a moment.", Ephemeral: true}

// truncate is facts.Truncate: Discord's limits count characters.
var truncate = facts.Truncate

// truncateBytes shortens s to at most n bytes on a character boundary.
func truncateBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// joinWithin joins parts with sep, dropping the ones that would take the
// result past n characters.
func joinWithin(parts []string, sep string, n int) string {
	var b strings.Builder
	count := 0
	for _, p := range parts {
		add := utf8.RuneCountInString(p)
		if count > 0 {
			add += utf8.RuneCountInString(sep)
		}
		if count+add > n {
			break
		}
		if count > 0 {
			b.WriteString(sep)
		}
		b.WriteString(p)
		count += add
	}
	if b.Len() == 0 && len(parts) > 0 {
		return truncate(parts[0], n)
	}
	return b.String()
}

// escapeLink keeps a section title from breaking its markdown link.
func escapeLink(s string) string { return linkEscaper.Replace(s) }

// markdownLink is a Markdown link to url named text, both escaped.
func markdownLink(text, url string) string {
	return "[" + escapeLink(text) + "](" + urlEscaper.Replace(url) + ")"
}

var linkEscaper = strings.NewReplacer("[", "(", "]", ")")

// urlEscaper percent-encodes brackets in a link's address, which markdown
// would otherwise read as the end of the link ("…#Communist_Albania_(1946–1992)");
// browsers decode them again when they look for the anchor.
var urlEscaper = strings.NewReplacer("(", "%28", ")", "%29")

func nonEmpty(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}

// markdownEscaper escapes what Discord reads as formatting anywhere in a
// line.
var markdownEscaper = strings.NewReplacer(`\`, `\\`, `*`, `\*`, `_`, `\_`, "`", "\\`", `~`, `\~`, `|`, `\|`)

// escapeMarkdown escapes s for a Discord description: the inline markers
// everywhere, and a "#", ">" or "-" that opens a line (a heading, a quote,
// a list item); lineStart says whether s begins a line.
func escapeMarkdown(s string, lineStart bool) string {
	s = markdownEscaper.Replace(s)
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if lineStart && (c == '#' || c == '>' || c == '-') {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
		lineStart = c == '\n' || lineStart && c == ' '
	}
	return b.String()
}

// boldMarkdown is Bold for Discord: text and span escaped as written, the
// span between "**".
func boldMarkdown(text, span string) string {
	i := strings.Index(text, span)
	if span == "" || i < 0 {
		return escapeMarkdown(text, true)
	}
	end := i + len(span)
	return escapeMarkdown(text[:i], true) + "**" + escapeMarkdown(span, i == 0 || text[i-1] == '\n') + "**" +
		escapeMarkdown(text[end:], strings.HasSuffix(span, "\n"))
}

// Bold marks the first occurrence of span in text with open and close
// (Markdown's ** on Discord, a terminal's bold); text is unchanged when
// span is empty or not in it.
func Bold(text, span, open, close string) string {
	i := strings.Index(text, span)
	if span == "" || i < 0 {
		return text
	}
	return text[:i] + open + span + close + text[i+len(span):]
}

// Text renders a reply for a terminal: answer, sources, suggestions, and
// the attribution. A reply quoting another work than the article (an event
// from the feed) is labelled first with its title, which says what it is.
func Text(r handlers.Reply, articleTitle string) string {
	var b strings.Builder
	if r.Source != "" {
		b.WriteString(r.Title + "\n")
	}
	if r.Note != "" {
		b.WriteString("(" + r.Note + ")\n")
	}
	b.WriteString(r.Text)
	b.WriteByte('\n')
	for _, f := range r.Fields {
		b.WriteString(f.Name + ": " + plainLinks(f.Value) + "\n")
	}
	sources := func(cs []facts.Citation) {
		for _, c := range cs {
			b.WriteString("Source: " + c.Where() + " — " + c.URL + "\n")
		}
	}
	sources(r.Citations)
	if alt := r.Alternative; alt != nil {
		b.WriteString(AlternativeName + ": " + alt.Text + "\n")
		sources(alt.Citations)
	}
	if len(r.AlsoIn) > 0 {
		b.WriteString("Also in: " + strings.Join(r.AlsoIn, ", ") + " (end the line with article: and one of them to ask it)\n")
	}
	if len(r.Suggestions) > 0 {
		// The reply has asked "Did you mean this?" (or "one of these?"), which Discord
		// follows with buttons; here, what to type for each.
		b.WriteString("Try " + tryTopics(r.Suggestions) + ".\n")
	}
	if r.Attribution {
		b.WriteString("(" + attribution(quoted(r, articleTitle)...) + ")\n")
	}
	return b.String()
}

// tryTopics lists topics as the commands that look them up: "/fact
// population or /fact Tel Aviv".
func tryTopics(topics []string) string {
	cmds := make([]string, len(topics))
	for i, t := range topics {
		cmds[i] = "/fact " + t
	}
	if len(cmds) == 1 {
		return cmds[0]
	}
	return strings.Join(cmds[:len(cmds)-1], ", ") + " or " + cmds[len(cmds)-1]
}

// plainLinks rewrites the Markdown links of an embed's field ("[CC BY-SA
// 4.0](https://…)"), which a terminal shows as typed, as their text and
// their address in angle brackets ("CC BY-SA 4.0 <https://…>"). A link's
// address may hold parentheses, as Wikipedia's do ("Mercury_(planet)"):
// it ends at the parenthesis that closes the one it opens with.
func plainLinks(s string) string {
	var b strings.Builder
	for {
		open := strings.IndexByte(s, '[')
		if open < 0 {
			break
		}
		mid := strings.Index(s[open:], "](")
		if mid < 0 {
			break
		}
		mid += open
		end, depth := -1, 0
		for i := mid + 2; i < len(s) && end < 0; i++ {
			switch s[i] {
			case '(':
				depth++
			case ')':
				if depth == 0 {
					end = i
				}
				depth--
			}
		}
		if end < 0 {
			break
		}
		b.WriteString(s[:open])
		b.WriteString(s[open+1 : mid])
		b.WriteString(" <" + s[mid+2:end] + ">")
		s = s[end+1:]
	}
	b.WriteString(s)
	return b.String()
}
