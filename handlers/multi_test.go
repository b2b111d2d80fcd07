package handlers

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"factbot/facts"
)

// multiHandler answers from the embedded article and two bilateral ones,
// one of them with the header of a fetched copy.
func multiHandler(t *testing.T) *Handler {
	t.Helper()
	var arts []*facts.Article
	for _, p := range []string{"", "../facts/testdata/estonia-finland.txt", "../facts/testdata/articles/estonia-latvia-relations.txt"} {
		data := facts.DefaultArticle
		if p != "" {
			var err error
			if data, err = os.ReadFile(p); err != nil {
				t.Fatal(err)
			}
		}
		if strings.Contains(p, "latvia") {
			data = append([]byte("Source: https://en.wikipedia.org/wiki/Estonia%E2%80%93Latvia_relations\nRevision: 1234567\nFetched: 2026-05-14T09:00:00Z\n\n"), data...)
		}
		a, err := facts.Parse(data)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	h := New(facts.New(arts...))
	h.Version = "test"
	return h
}

func TestSeveralArticles(t *testing.T) {
	h := multiHandler(t)
	ai, ef, el := "Albania–Israel relations", "Estonia–Finland relations", "Estonia–Latvia relations"
	tests := []struct {
		name      string
		req       Request
		from      string // the article the answer cites; "" for none
		want      string // in Text
		ephemeral bool
		alsoIn    []string // offered, at least
	}{
		{"ask", Request{Command: CmdAsk, Options: map[string]string{"question": "How many Estonians live in Finland?"}}, ef, "50,000", false, nil},
		{"ask several", Request{Command: CmdAsk, Options: map[string]string{"question": "when were relations established?"}}, "", "", false, nil},
		{"ask in", Request{Command: CmdAsk, Options: map[string]string{"question": "when were relations established?", "article": el}}, el, "1992", false, nil},
		{"ask in, lower case, cut", Request{Command: CmdAsk, Options: map[string]string{"question": "when were relations established?", "article": "estonia-fin"}}, ef, "1920", false, nil},
		{"ask in, not covered", Request{Command: CmdAsk, Options: map[string]string{"question": "Who visited Albania in 1994?", "article": ef}}, "", "The article “" + ef + "” does not cover that.", true, nil},
		{"ask in an unknown article", Request{Command: CmdAsk, Options: map[string]string{"question": "when?", "article": "Peru"}}, "", "I have no article “Peru”", true, nil},
		{"ask empty", Request{Command: CmdAsk}, "", "“" + ai + "”, “" + ef + "” and “" + el + "”", true, nil},
		{"declined", Request{Command: CmdAsk, Options: map[string]string{"question": "What is the capital of Peru?"}}, "", "None of my 3 articles covers that.", true, nil},
		{"declined, named", Request{Command: CmdAsk, Options: map[string]string{"question": "What is the Talmud?"}}, "", "My 3 articles mention “Talmud” but none says what it is.", true, nil},
		{"fact in", Request{Command: CmdFact, Options: map[string]string{"topic": "embassy", "article": ef}}, ef, "embassy", false, nil},
		{"fact shared", Request{Command: CmdFact, Options: map[string]string{"topic": "embassy"}}, "", "embassy", false, nil},
		{"fact label", Request{Command: CmdFact, Options: map[string]string{"topic": "embassy — " + el}}, el, "Riga", false, nil},
		{"typed article:", Request{Command: CmdMessage, Options: map[string]string{"text": "/ask when were relations established? Article: Estonia–Latvia relations"}}, el, "1992", false, nil},
		{"typed article: on a topic", Request{Command: CmdMessage, Options: map[string]string{"text": "/fact embassy article:estonia–finland"}}, ef, "Helsinki", false, nil},
		{"mention with article:", Request{Command: CmdMessage, Options: map[string]string{"text": "when were relations established? article:Albania–Israel relations"}}, ai, "1991", false, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := h.Handle(context.Background(), tt.req)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(r.Text, tt.want) || r.Ephemeral != tt.ephemeral {
				t.Errorf("Handle(%+v) = %q ephemeral %v; want %q, ephemeral %v", tt.req, r.Text, r.Ephemeral, tt.want, tt.ephemeral)
			}
			if tt.from != "" && (!r.Found || r.Citations[0].Article != tt.from || len(r.AlsoIn) > 0) {
				t.Errorf("Handle(%+v) = found %v citing %+v, also in %q; want it from %q alone", tt.req, r.Found, r.Citations, r.AlsoIn, tt.from)
			}
		})
	}
	// Asked of all, a question that does not say which article is answered
	// from one and offers the others, for the buttons to ask again.
	r, _ := h.Handle(context.Background(), Request{Command: CmdAsk, Options: map[string]string{"question": "when were relations established?"}})
	if !r.Found || len(r.AlsoIn) < 2 || r.Command != CmdAsk || slices.Contains(r.AlsoIn, r.Citations[0].Article) {
		t.Errorf("ask several = found %v from %+v also in %q (command %q); want two others offered", r.Found, r.Citations, r.AlsoIn, r.Command)
	}
	r, _ = h.Handle(context.Background(), Request{Command: CmdFact, Options: map[string]string{"topic": "embassy"}})
	if !r.Found || len(r.AlsoIn) != 2 || r.Command != CmdFact {
		t.Errorf("fact shared = found %v also in %q (command %q); want the two others offered", r.Found, r.AlsoIn, r.Command)
	}
}

func TestCompleteArticles(t *testing.T) {
	h := multiHandler(t)
	if got := h.Complete(Request{Command: CmdAsk}, "article", "esto"); !slices.Equal(got, []string{"Estonia–Finland relations", "Estonia–Latvia relations"}) {
		t.Errorf("article: esto = %q", got)
	}
	if got := h.Complete(Request{Command: CmdFact}, "article", "zzz"); len(got) != 3 {
		t.Errorf("article: zzz = %q; want every article rather than nothing", got)
	}
	shared := h.Complete(Request{Command: CmdFact}, "topic", "embass")
	if !slices.Contains(shared, "embassy — Estonia–Latvia relations") || !slices.Contains(shared, "embassy — Albania–Israel relations") {
		t.Errorf("topic: embass = %q; want embassy labelled with each article", shared)
	}
	in := h.Complete(Request{Command: CmdFact, Options: map[string]string{"article": "Estonia–Latvia relations"}}, "topic", "embass")
	if len(in) == 0 || in[0] != "embassy" {
		t.Errorf("topic: embass in Estonia–Latvia = %q; want embassy first, unlabelled", in)
	}
	for _, c := range h.Complete(Request{Command: CmdFact, Options: map[string]string{"article": "Estonia–Latvia relations"}}, "topic", "") {
		if r := h.Base().TopicIn(c, h.Base().ArticleNamed("Estonia–Latvia relations")); !r.Found {
			t.Errorf("topic %q, offered for Estonia–Latvia, is not found there", c)
		}
	}
}

func TestAboutSeveralArticles(t *testing.T) {
	h := multiHandler(t)
	r, err := h.Handle(context.Background(), Request{Command: CmdAbout})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(r.Text, "I know 3 articles") {
		t.Errorf("about = %q", r.Text)
	}
	want := map[string]string{
		"Albania–Israel relations":  fmt.Sprintf("2 sections with 3 subsections · %d facts · [source](https://en.wikipedia.org/wiki/Albania%%E2%%80%%93Israel_relations)", len(h.Base().Article.Facts)),
		"Estonia–Finland relations": "1 section with 3 subsections · ",
		"Estonia–Latvia relations":  "· revision [1234567](https://en.wikipedia.org/w/index.php?title=Estonia%E2%80%93Latvia_relations&oldid=1234567), fetched 14 May 2026 09:00 UTC",
	}
	for title, part := range want {
		i := slices.IndexFunc(r.Fields, func(f Field) bool { return f.Name == title })
		if i < 0 || !strings.Contains(r.Fields[i].Value, part) {
			t.Errorf("about fields = %+v; want %q with %q", r.Fields, title, part)
		}
	}
	help, _ := h.Handle(context.Background(), Request{Command: CmdHelp})
	if !strings.Contains(help.Text, "article:") {
		t.Errorf("help = %q; want the article: option explained", help.Text)
	}
}

// TestAboutManyArticles: /about names every article, beyond the fields
// Discord allows.
func TestAboutManyArticles(t *testing.T) {
	var arts []*facts.Article
	for i := range 30 {
		a, err := facts.Parse([]byte("= Article " + strings.Repeat("x", i+1) + " =\n\nIt was written in 2001.\n"))
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	h := New(facts.New(arts...))
	r, _ := h.Handle(context.Background(), Request{Command: CmdAbout, Now: time.Now()})
	if len(r.Fields) > 25 {
		t.Errorf("%d fields; Discord allows 25", len(r.Fields))
	}
	all := ""
	for _, f := range r.Fields {
		all += f.Name + " " + f.Value + "\n"
	}
	for _, a := range arts {
		if !strings.Contains(all, a.Title+"\n") && !strings.Contains(all, a.Title+" ") {
			t.Errorf("about does not name %q", a.Title)
		}
	}
}
