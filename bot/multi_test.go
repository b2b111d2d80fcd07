package bot

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"os"
	"slices"
	"strings"
	"testing"

	dg "github.com/bwmarrin/discordgo"

	"factbot/facts"
	"factbot/handlers"
)

// multiHandler answers from three bilateral-relations articles.
func multiHandler(t *testing.T) *handlers.Handler {
	t.Helper()
	var arts []*facts.Article
	for _, p := range []string{"../facts/testdata/estonia-finland.txt", "../facts/testdata/articles/estonia-latvia-relations.txt", "../facts/testdata/articles/cyprus-greece-relations.txt"} {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a, err := facts.Parse(data)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	return withBase(facts.New(arts...), &handlers.Handler{Version: "test"})
}

// TestRenderSeveralGolden pins how answers from several articles look: the
// article named in each Source field, the footer and the terminal, the
// others offered as "Also in" buttons, and /about listing each article.
func TestRenderSeveralGolden(t *testing.T) {
	h := multiHandler(t)
	for _, c := range []struct {
		name string
		req  handlers.Request
	}{
		{"ask-also", handlers.Request{Command: handlers.CmdAsk, Options: map[string]string{"question": "when were relations established?"}}},
		{"fact-also", handlers.Request{Command: handlers.CmdFact, Options: map[string]string{"topic": "embassy"}}},
		{"about-several", handlers.Request{Command: handlers.CmdAbout}},
	} {
		t.Run(c.name, func(t *testing.T) { renderGolden(t, h, c.name, c.req) })
	}
}

// TestEmbedSeveralArticles: a reply citing two articles has a Source
// field for each, named after it, and a footer naming both.
func TestEmbedSeveralArticles(t *testing.T) {
	r := handlers.Reply{Title: "q", Text: "a", Found: true, Attribution: true, Citations: []facts.Citation{
		{Article: "A", Section: "Introduction", URL: "https://en.wikipedia.org/wiki/A"},
		{Article: "B", Section: "History", URL: "https://en.wikipedia.org/wiki/B#History"},
		{Article: "A", Section: "History", URL: "https://en.wikipedia.org/wiki/A#History"},
	}}
	e := Embed(r, "ignored")
	if len(e.Fields) != 2 || e.Fields[0].Name != "Source: A" || e.Fields[1].Name != "Source: B" ||
		e.Fields[0].Value != "[Introduction](https://en.wikipedia.org/wiki/A) · [History](https://en.wikipedia.org/wiki/A#History)" {
		t.Errorf("fields = %+v; want one Source field per article", e.Fields)
	}
	if e.Footer == nil || !strings.HasPrefix(e.Footer.Text, "From “A” and “B” on Wikipedia") {
		t.Errorf("footer = %+v; want both articles attributed", e.Footer)
	}
	txt := Text(r, "ignored")
	if !strings.Contains(txt, "Source: B › History — https://en.wikipedia.org/wiki/B#History\n") || !strings.Contains(txt, "(From “A” and “B” on Wikipedia") {
		t.Errorf("text = %q; want the article in each Source line and both attributed", txt)
	}
}

// TestAlsoInButton presses an "Also in" button, as Discord sends it (the
// message it is on included): the same question is answered from that
// article alone.
func TestAlsoInButton(t *testing.T) {
	h := multiHandler(t)
	resp := &Responder{Handler: h, Log: slog.New(slog.NewTextHandler(io.Discard, nil)), Metrics: NewMetrics()}
	reply, err := h.Handle(context.Background(), handlers.Request{Command: handlers.CmdAsk, Options: map[string]string{"question": "when were relations established?"}})
	if err != nil {
		t.Fatal(err)
	}
	sent := ResponseData(reply, h.Base().Article.Title)
	rows := sent.Components
	if len(rows) != 1 {
		t.Fatalf("components = %+v; want one row of Also in buttons", rows)
	}
	buttons := rows[0].(dg.ActionsRow).Components
	if len(buttons) != len(reply.AlsoIn) || !strings.HasPrefix(buttons[0].(dg.Button).Label, "Also in: ") {
		t.Fatalf("buttons = %+v for %q", buttons, reply.AlsoIn)
	}
	for k, c := range buttons {
		b := c.(dg.Button)
		// The interaction as Discord delivers it, through JSON.
		raw, err := json.Marshal(map[string]any{
			"id": "1", "application_id": "2", "type": 3, "token": "t", "version": 1, "channel_id": "3",
			"user":    map[string]any{"id": "4", "username": "bob"},
			"data":    map[string]any{"custom_id": b.CustomID, "component_type": 2},
			"message": map[string]any{"id": "5", "channel_id": "3", "embeds": sent.Embeds, "components": []any{}},
		})
		if err != nil {
			t.Fatal(err)
		}
		var i dg.Interaction
		if err := json.Unmarshal(raw, &i); err != nil {
			t.Fatal(err)
		}
		out, later := resp.Respond(context.Background(), &i)
		if later != nil || out.Data == nil || len(out.Data.Embeds) != 1 {
			t.Fatalf("press %q = %+v", b.CustomID, out)
		}
		e := out.Data.Embeds[0]
		if e.Title != "when were relations established?" || len(e.Fields) == 0 || e.Fields[0].Name != "Source: "+reply.AlsoIn[k] || len(out.Data.Components) != 0 {
			t.Errorf("press %q = %q %+v, %d component rows; want the question answered from %q alone", b.CustomID, e.Title, e.Fields, len(out.Data.Components), reply.AlsoIn[k])
		}
	}
	// A button of the bot's whose message has no title, or that names an
	// article no more loaded, is answered, not crashed on.
	for _, i := range []*dg.Interaction{
		{Type: dg.InteractionMessageComponent, Data: dg.MessageComponentInteractionData{CustomID: alsoPrefix + "a:Estonia–Latvia relations"}},
		{Type: dg.InteractionMessageComponent, Data: dg.MessageComponentInteractionData{CustomID: alsoPrefix + "x:Estonia–Latvia relations"}, Message: &dg.Message{Embeds: []*dg.MessageEmbed{{Title: "q"}}}},
	} {
		out, _ := resp.Respond(context.Background(), i)
		if out.Data.Embeds[0].Title != UnknownButtonReply.Title {
			t.Errorf("press %+v = %q; want the unknown-button reply", i.Data, out.Data.Embeds[0].Title)
		}
	}
	i := &dg.Interaction{Type: dg.InteractionMessageComponent, Data: dg.MessageComponentInteractionData{CustomID: alsoPrefix + "a:Peru relations"},
		Message: &dg.Message{Embeds: []*dg.MessageEmbed{{Title: "when were relations established?"}}}}
	if out, _ := resp.Respond(context.Background(), i); !strings.Contains(out.Data.Embeds[0].Description, "I have no article") {
		t.Errorf("press for an article not loaded = %q", out.Data.Embeds[0].Description)
	}
}

// TestArticleAutocomplete: the article: option autocompletes with the
// articles' titles, and the topic option with one article's topics once
// article: is set.
func TestArticleAutocomplete(t *testing.T) {
	h := multiHandler(t)
	resp := &Responder{Handler: h, Log: slog.New(slog.NewTextHandler(io.Discard, nil))}
	complete := func(options ...*dg.ApplicationCommandInteractionDataOption) []string {
		out, _ := resp.Respond(context.Background(), &dg.Interaction{Type: dg.InteractionApplicationCommandAutocomplete,
			Data: dg.ApplicationCommandInteractionData{Name: handlers.CmdFact, Options: options}})
		var names []string
		for _, c := range out.Data.Choices {
			names = append(names, c.Name)
		}
		return names
	}
	str := dg.ApplicationCommandOptionString
	if got := complete(&dg.ApplicationCommandInteractionDataOption{Name: "article", Type: str, Value: "esto", Focused: true}); !slices.Equal(got, []string{"Estonia–Finland relations", "Estonia–Latvia relations"}) {
		t.Errorf("article: esto = %q", got)
	}
	got := complete(&dg.ApplicationCommandInteractionDataOption{Name: "topic", Type: str, Value: "embass", Focused: true},
		&dg.ApplicationCommandInteractionDataOption{Name: "article", Type: str, Value: "Cyprus–Greece relations"})
	if len(got) == 0 || got[0] != "embassy" {
		t.Errorf("topic: embass in Cyprus–Greece = %q; want embassy, unlabelled", got)
	}
}
