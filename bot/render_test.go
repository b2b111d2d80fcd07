package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	dg "github.com/bwmarrin/discordgo"

	"factbot/facts"
	"factbot/handlers"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

func testHandler(t testing.TB) *handlers.Handler {
	t.Helper()
	base, err := facts.Load(facts.DefaultArticle)
	if err != nil {
		t.Fatal(err)
	}
	return withBase(base, &handlers.Handler{Version: "test"})
}

// golden compares got with testdata/name, rewriting it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file:\ngot:\n%s\nwant:\n%s", name, got, want)
	}
}

// TestRenderGolden pins how answers look on Discord (the interaction
// response JSON, as sent) and in the terminal.
func TestRenderGolden(t *testing.T) {
	h := testHandler(t)
	now := time.Date(2026, 8, 19, 9, 0, 0, 0, time.UTC)
	cases := []struct {
		name string
		req  handlers.Request
	}{
		{"fact-embassy", handlers.Request{Command: handlers.CmdFact, Options: map[string]string{"topic": "embassy"}}},
		{"ask-established", handlers.Request{Command: handlers.CmdAsk, Options: map[string]string{"question": "when were relations established?"}}},
		{"ask-declined", handlers.Request{Command: handlers.CmdAsk, Options: map[string]string{"question": "What is the population of Tel Aviv?"}}},
		{"onthisday-0819", handlers.Request{Command: handlers.CmdOnThisDay, Now: now}},
		{"about", handlers.Request{Command: handlers.CmdAbout}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { renderGolden(t, h, c.name, c.req) })
	}
}

// renderGolden answers req and compares its rendering with the golden
// files testdata/name.json (the interaction response) and name.txt (the
// terminal's).
func renderGolden(t *testing.T, h *handlers.Handler, name string, req handlers.Request) {
	t.Helper()
	r, err := h.Handle(context.Background(), req)
	if err != nil {
		t.Fatal(err)
	}
	data, err := json.MarshalIndent(&dg.InteractionResponse{Type: dg.InteractionResponseChannelMessageWithSource, Data: ResponseData(r, h.Base().Article.Title)}, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, name+".json", append(data, '\n'))
	golden(t, name+".txt", []byte(Text(r, h.Base().Article.Title)))
	if !bytes.Contains(data, []byte(`"parse": []`)) {
		t.Error(`response lacks "parse": []`)
	}
}

// TestEmbedLimits feeds oversized replies and checks Discord's limits.
func TestEmbedLimits(t *testing.T) {
	long := strings.Repeat("ü", 7000)
	var cites []facts.Citation
	for range 60 {
		cites = append(cites, facts.Citation{Section: strings.Repeat("S", 80), URL: "https://en.wikipedia.org/wiki/X#" + strings.Repeat("y", 60)})
	}
	var fields []handlers.Field
	for range 40 {
		fields = append(fields, handlers.Field{Name: strings.Repeat("n", 300), Value: strings.Repeat("v", 2000)})
	}
	r := handlers.Reply{Title: long, Text: long, Citations: cites, Fields: fields, Attribution: true, Suggestions: []string{long, "a", "a", "b", "c", "d", "e", "f"}}
	e := Embed(r, long)
	total := utf8.RuneCountInString(e.Title) + utf8.RuneCountInString(e.Description) + utf8.RuneCountInString(e.Footer.Text)
	for _, f := range e.Fields {
		total += utf8.RuneCountInString(f.Name) + utf8.RuneCountInString(f.Value)
		if utf8.RuneCountInString(f.Name) > maxFieldName || utf8.RuneCountInString(f.Value) > maxFieldValue || f.Value == "" {
			t.Errorf("field over limits: %d/%d", utf8.RuneCountInString(f.Name), utf8.RuneCountInString(f.Value))
		}
	}
	switch {
	case utf8.RuneCountInString(e.Title) > maxTitle:
		t.Errorf("title %d", utf8.RuneCountInString(e.Title))
	case utf8.RuneCountInString(e.Description) > maxDescription:
		t.Errorf("description %d", utf8.RuneCountInString(e.Description))
	case len(e.Fields) > maxFields:
		t.Errorf("%d fields", len(e.Fields))
	case total > maxEmbedTotal:
		t.Errorf("embed total %d", total)
	case !utf8.ValidString(e.Description) || !strings.HasSuffix(e.Description, "…"):
		t.Errorf("description not cut on a character with an ellipsis")
	}
	rows := Buttons(r)
	row := rows[0].(dg.ActionsRow)
	if len(row.Components) > maxButtons {
		t.Errorf("%d buttons", len(row.Components))
	}
	for _, c := range row.Components {
		b := c.(dg.Button)
		if utf8.RuneCountInString(b.Label) > maxLabel || len(b.CustomID) > maxCustomID || !utf8.ValidString(b.CustomID) {
			t.Errorf("button over limits: %q %q", b.Label, b.CustomID)
		}
	}
}

// TestNoteRendered checks that a reply's note stands before its text, in
// the embed and in the terminal's text.
func TestNoteRendered(t *testing.T) {
	r := handlers.Reply{Title: "q", Note: handlers.UnsureNote, Text: "The answer.", Found: true}
	if e := Embed(r, "A"); !strings.HasPrefix(e.Description, "*"+handlers.UnsureNote+"*\nThe answer.") {
		t.Errorf("embed description %q", e.Description)
	}
	if got := Text(r, "A"); !strings.HasPrefix(got, "("+handlers.UnsureNote+")\nThe answer.") {
		t.Errorf("text %q", got)
	}
	r.Note = ""
	if e := Embed(r, "A"); e.Description != "The answer." {
		t.Errorf("no note: embed description %q", e.Description)
	}
}

// TestAlternativeRendered checks that the next best answer after an
// unsure one follows it, with its sections, in the embed (its text
// escaped as written, its sections linked) and in the terminal's text,
// and that the article it quotes is attributed.
func TestAlternativeRendered(t *testing.T) {
	r := handlers.Reply{Title: "q", Note: handlers.UnsureNote, Text: "The answer.", Found: true, Attribution: true,
		Citations:   []facts.Citation{{Article: "A", Section: "S", URL: "https://w/A#S"}},
		Alternative: &facts.Alternative{Text: "Another *one* with x_1.", Citations: []facts.Citation{{Article: "B", Section: "T (u)", URL: "https://w/B#T_(u)"}}}}
	e := Embed(r, "A")
	i := slices.IndexFunc(e.Fields, func(f *dg.MessageEmbedField) bool { return f.Name == AlternativeName })
	if i < 0 {
		t.Fatalf("no %q field among %v", AlternativeName, e.Fields)
	}
	if want := `Another \*one\* with x\_1.` + "\n[B › T (u)](https://w/B#T_%28u%29)"; e.Fields[i].Value != want {
		t.Errorf("field %q; want %q", e.Fields[i].Value, want)
	}
	if !strings.Contains(e.Footer.Text, "“A” and “B”") {
		t.Errorf("footer %q does not attribute both articles", e.Footer.Text)
	}
	got := Text(r, "A")
	if want := "Source: A › S — https://w/A#S\n" + AlternativeName + ": Another *one* with x_1.\nSource: B › T (u) — https://w/B#T_(u)\n"; !strings.Contains(got, want) {
		t.Errorf("text %q; want it to hold %q", got, want)
	}
	r.Alternative = nil
	if e := Embed(r, "A"); slices.ContainsFunc(e.Fields, func(f *dg.MessageEmbedField) bool { return f.Name == AlternativeName }) {
		t.Errorf("no alternative, yet a %q field", AlternativeName)
	}
}

// TestQuotedMarkdown checks that quoted words show as written on Discord:
// the article's underscores, asterisks and a line opening with "#" are
// escaped, and only the span is bold.
func TestQuotedMarkdown(t *testing.T) {
	tests := []struct{ text, span, want string }{
		{"The 1991 treaty.", "1991", "The **1991** treaty."},
		{"x_1 and C* in `code` ~ | pipes", "", `x\_1 and C\* in \` + "`" + `code\` + "`" + ` \~ \| pipes`},
		{"# not a heading\n> nor a quote\n- nor a list - item", "", "\\# not a heading\n\\> nor a quote\n\\- nor a list - item"},
		{"Born in 1_9", "1_9", `Born in **1\_9**`},
		{"Tirana\n- next", "Tirana", "**Tirana**\n\\- next"},
		{`a\b`, "", `a\\b`},
	}
	for _, tt := range tests {
		e := Embed(handlers.Reply{Title: "q", Text: tt.text, Span: tt.span, Found: true, Attribution: true}, "A")
		if e.Description != tt.want {
			t.Errorf("Embed(%q, span %q).Description = %q; want %q", tt.text, tt.span, e.Description, tt.want)
		}
	}
	// The bot's own text keeps its formatting.
	if e := Embed(handlers.Reply{Title: "Help", Text: "Use `/fact` **now**"}, "A"); e.Description != "Use `/fact` **now**" {
		t.Errorf("help description %q", e.Description)
	}
}

// TestPlainText checks that Discord's markup is taken out of a member's
// text, and nothing else.
func TestPlainText(t *testing.T) {
	for _, tt := range [][2]string{
		{"<@123> when were relations established?", "  when were relations established?"},
		{"ask <@!123> and <@&456> in <#789> <:thonk:1234567> <a:party:42> at <t:1700000000:R>", "ask   and   in       at  "},
		{"is 3 < 4 and <b> bold?", "is 3 < 4 and <b> bold?"},
		{"plain", "plain"},
		{"<@abc>", "<@abc>"},
	} {
		if got := plainText(tt[0]); got != tt[1] {
			t.Errorf("plainText(%q) = %q; want %q", tt[0], got, tt[1])
		}
	}
}

// TestTryTopics checks the terminal's line of suggested topics: each as
// the command that looks it up.
func TestTryTopics(t *testing.T) {
	for _, tt := range []struct {
		topics []string
		want   string
	}{
		{[]string{"embassy"}, "/fact embassy"},
		{[]string{"population", "Tel Aviv"}, "/fact population or /fact Tel Aviv"},
		{[]string{"a", "b", "c"}, "/fact a, /fact b or /fact c"},
	} {
		if got := tryTopics(tt.topics); got != tt.want {
			t.Errorf("tryTopics(%q) = %q, want %q", tt.topics, got, tt.want)
		}
	}
}

// TestPlainLinks checks the terminal's rendering of an embed field's
// Markdown links.
func TestPlainLinks(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"no link", "no link"},
		{"[CC BY-SA 4.0](https://creativecommons.org/licenses/by-sa/4.0/), by Wikipedia contributors",
			"CC BY-SA 4.0 <https://creativecommons.org/licenses/by-sa/4.0/>, by Wikipedia contributors"},
		{"2 sections · 38 facts · [source](https://en.wikipedia.org/wiki/Mercury_(planet))",
			"2 sections · 38 facts · source <https://en.wikipedia.org/wiki/Mercury_(planet)>"},
		{"[a](u1) and [b](u2)", "a <u1> and b <u2>"},
		{"[unclosed](https://x", "[unclosed](https://x"},
		{"a [bracket] alone", "a [bracket] alone"},
	} {
		if got := plainLinks(tt.in); got != tt.want {
			t.Errorf("plainLinks(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
