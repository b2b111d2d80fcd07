package fakediscord

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func ptr[T any](v T) *T { return &v }

// paths lists the problem paths, which is what identifies each failure.
func paths(probs []problem) []string {
	out := make([]string, len(probs))
	for i, p := range probs {
		out[i] = p.path
	}
	return out
}

func TestCheckContent(t *testing.T) {
	field := func(name, value string) EmbedField { return EmbedField{Name: name, Value: value} }
	fields := func(n int) []EmbedField {
		out := make([]EmbedField, n)
		for i := range out {
			out[i] = field("n", "v")
		}
		return out
	}
	// maxEmbedTotal split over several embeds, each within its own limits.
	quarter := strings.Repeat("x", maxEmbedTotal/4)
	tests := []struct {
		name    string
		content *string
		embeds  *[]Embed
		want    []string
	}{
		{"absent", nil, nil, nil},
		{"content at limit", ptr(strings.Repeat("a", maxContent)), nil, nil},
		// Limits count characters, not bytes: 2000 two-byte runes fit.
		{"multibyte content at limit", ptr(strings.Repeat("é", maxContent)), nil, nil},
		{"content over limit", ptr(strings.Repeat("a", maxContent+1)), nil, []string{"content"}},
		{"ten embeds", nil, ptr(make([]Embed, maxEmbeds)), nil},
		{"eleven embeds", nil, ptr(make([]Embed, maxEmbeds+1)), []string{"embeds"}},
		{"title over", nil, ptr([]Embed{{Title: strings.Repeat("t", maxEmbedTitle+1)}}), []string{"embeds.0.title"}},
		{"description at limit", nil, ptr([]Embed{{Description: strings.Repeat("d", maxEmbedDescription)}}), nil},
		{"description over", nil, ptr([]Embed{{Description: strings.Repeat("d", maxEmbedDescription+1)}}), []string{"embeds.0.description"}},
		{"25 fields", nil, ptr([]Embed{{Fields: fields(maxEmbedFields)}}), nil},
		{"26 fields", nil, ptr([]Embed{{Fields: fields(maxEmbedFields + 1)}}), []string{"embeds.0.fields"}},
		{"field name over", nil, ptr([]Embed{{}, {Fields: []EmbedField{field(strings.Repeat("n", maxFieldName+1), "v")}}}), []string{"embeds.1.fields.0.name"}},
		{"field value over", nil, ptr([]Embed{{Fields: []EmbedField{field("n", strings.Repeat("v", maxFieldValue+1))}}}), []string{"embeds.0.fields.0.value"}},
		{"empty field value", nil, ptr([]Embed{{Fields: []EmbedField{field("n", "")}}}), []string{"embeds.0.fields.0.value"}},
		{"footer over", nil, ptr([]Embed{{Footer: &EmbedFooter{Text: strings.Repeat("f", maxFooterText+1)}}}), []string{"embeds.0.footer.text"}},
		{"author over", nil, ptr([]Embed{{Author: &EmbedAuthor{Name: strings.Repeat("a", maxAuthorName+1)}}}), []string{"embeds.0.author.name"}},
		{"total at limit", nil, ptr([]Embed{{Description: quarter}, {Description: quarter}, {Description: quarter}, {Description: quarter}}), nil},
		{"total over", nil, ptr([]Embed{{Description: quarter}, {Description: quarter}, {Description: quarter}, {Description: quarter, Title: "x"}}), []string{"embeds"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := paths(checkContent(tt.content, tt.embeds, ""))
			if !slices.Equal(got, tt.want) {
				t.Errorf("checkContent problems = %q; want %q", got, tt.want)
			}
		})
	}
}

func TestCheckContentPrefix(t *testing.T) {
	got := paths(checkContent(ptr(strings.Repeat("a", maxContent+1)), nil, "data."))
	if want := []string{"data.content"}; !slices.Equal(got, want) {
		t.Errorf("problems = %q; want %q", got, want)
	}
}

func TestCheckChoices(t *testing.T) {
	choices := func(n int) []Choice {
		out := make([]Choice, n)
		for i := range out {
			out[i] = Choice{Name: "c", Value: "v"}
		}
		return out
	}
	tests := []struct {
		name    string
		choices []Choice
		want    []string
	}{
		{"none", nil, nil},
		{"25", choices(maxChoices), nil},
		{"26", choices(maxChoices + 1), []string{"c"}},
		{"empty name", []Choice{{Name: "", Value: "v"}}, []string{"c.0.name"}},
		{"name at limit", []Choice{{Name: strings.Repeat("n", maxChoiceName), Value: "v"}}, nil},
		{"name over", []Choice{{Name: strings.Repeat("n", maxChoiceName+1), Value: "v"}}, []string{"c.0.name"}},
		{"number value", []Choice{{Name: "n", Value: 3.0}}, nil},
		{"string value over", []Choice{{Name: "n", Value: strings.Repeat("v", maxChoiceValue+1)}}, []string{"c.0.value"}},
		{"missing value", []Choice{{Name: "n"}}, []string{"c.0.value"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := paths(checkChoices(tt.choices, "c")); !slices.Equal(got, tt.want) {
				t.Errorf("checkChoices problems = %q; want %q", got, tt.want)
			}
		})
	}
}

func TestCheckCommands(t *testing.T) {
	opt := func(name string, required bool) optionDef {
		return optionDef{Type: optionString, Name: name, Description: "d", Required: required}
	}
	tests := []struct {
		name string
		cmds []commandDef
		want []string
	}{
		{"valid", []commandDef{{Name: "fact", Description: "A fact", Options: []optionDef{opt("topic", true), opt("lang", false)}}}, nil},
		{"hyphen and digits", []commandDef{{Name: "fact-2", Description: "d"}}, nil},
		{"uppercase", []commandDef{{Name: "Fact", Description: "d"}}, []string{"0.name"}},
		{"space", []commandDef{{Name: "a fact", Description: "d"}}, []string{"0.name"}},
		{"name too long", []commandDef{{Name: strings.Repeat("a", maxCommandName+1), Description: "d"}}, []string{"0.name"}},
		{"no description", []commandDef{{Name: "fact"}}, []string{"0.description"}},
		{"description too long", []commandDef{{Name: "fact", Description: strings.Repeat("d", maxDescription+1)}}, []string{"0.description"}},
		{"duplicate", []commandDef{{Name: "fact", Description: "d"}, {Name: "fact", Description: "d"}}, []string{"1.name"}},
		{"same name other type", []commandDef{{Name: "fact", Description: "d"}, {Name: "fact", Type: ptr(commandUser)}}, nil},
		{"context menu with description", []commandDef{{Name: "Quote", Type: ptr(commandMessage), Description: "d"}}, []string{"0.description"}},
		{"required after optional", []commandDef{{Name: "fact", Description: "d", Options: []optionDef{opt("a", false), opt("b", true)}}}, []string{"0.options.1.required"}},
		{"autocomplete with choices", []commandDef{{Name: "fact", Description: "d", Options: []optionDef{{
			Type: optionString, Name: "t", Description: "d", Autocomplete: true, Choices: []Choice{{Name: "a", Value: "a"}},
		}}}}, []string{"0.options.0.autocomplete"}},
		{"nested subcommand option", []commandDef{{Name: "fact", Description: "d", Options: []optionDef{{
			Type: optionSubCommand, Name: "get", Description: "d", Options: []optionDef{opt("Bad", false)},
		}}}}, []string{"0.options.0.options.0.name"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := paths(checkCommands(tt.cmds)); !slices.Equal(got, tt.want) {
				t.Errorf("checkCommands problems = %q; want %q", got, tt.want)
			}
		})
	}
}

func TestCheckCommandsCount(t *testing.T) {
	cmds := make([]commandDef, maxChatCommands+1)
	for i := range cmds {
		cmds[i] = commandDef{Name: "c" + strings.Repeat("x", i%30) + string(rune('a'+i%26)) + string(rune('a'+i/26)), Description: "d"}
	}
	if got := paths(checkCommands(cmds[:maxChatCommands])); len(got) != 0 {
		t.Fatalf("%d commands: problems %q; want none", maxChatCommands, got)
	}
	if got := paths(checkCommands(cmds)); !slices.Equal(got, []string{""}) {
		t.Errorf("%d commands: problems %q; want one for the whole body", len(cmds), got)
	}
}

func TestErrorTree(t *testing.T) {
	got := errorTree([]problem{
		{"embeds.0.title", "BASE_TYPE_MAX_LENGTH", "too long"},
		{"embeds.0.title", "X", "again"},
		{"", "WHOLE", "body"},
	})
	want := map[string]any{
		"_errors": []any{map[string]any{"code": "WHOLE", "message": "body"}},
		"embeds": map[string]any{"0": map[string]any{"title": map[string]any{"_errors": []any{
			map[string]any{"code": "BASE_TYPE_MAX_LENGTH", "message": "too long"},
			map[string]any{"code": "X", "message": "again"},
		}}}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("errorTree = %v; want %v", got, want)
	}
}

func TestNormalizeNonce(t *testing.T) {
	tests := []struct {
		raw    string
		want   string
		wantOK bool
	}{
		{``, "", true},
		{`null`, "", true},
		{`"daily-2026-01-02"`, "daily-2026-01-02", true},
		{`12345`, "12345", true},
		{`1.5`, "", false},
		{`{}`, "", false},
		{`true`, "", false},
	}
	for _, tt := range tests {
		got, ok := normalizeNonce(json.RawMessage(tt.raw))
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("normalizeNonce(%q) = %q, %t; want %q, %t", tt.raw, got, ok, tt.want, tt.wantOK)
		}
	}
}

func TestMatchRoute(t *testing.T) {
	tests := []struct {
		method, pattern, gotMethod, path string
		want                             bool
	}{
		{"POST", "interactions/{id}/{token}/callback", "POST", "/api/v9/interactions/1/abc/callback", true},
		{"POST", "interactions/{id}/{token}/callback", "GET", "/api/v9/interactions/1/abc/callback", false},
		{"", "interactions/{id}/{token}/callback", "GET", "/api/v9/interactions/1/abc/callback", true},
		{"post", "/api/v9/channels/{id}/messages", "POST", "/api/v9/channels/5/messages", true},
		{"POST", "channels/{id}/messages", "POST", "/api/v9/channels/5", false},
		{"POST", "channels/{id}", "POST", "/api/v9/channels/5/messages", false},
		{"", "channels/{rest...}", "PATCH", "/api/v9/channels/5/messages/6", true},
		{"", "channels/5/{rest...}", "PATCH", "/api/v9/channels/6/messages", false},
		{"", "webhooks/{app}/{token}", "POST", "/api/v9/webhooks//tok", false},
	}
	for _, tt := range tests {
		if got := matchRoute(tt.method, tt.pattern, tt.gotMethod, tt.path); got != tt.want {
			t.Errorf("matchRoute(%q, %q, %q, %q) = %t; want %t", tt.method, tt.pattern, tt.gotMethod, tt.path, got, tt.want)
		}
	}
}

func TestBadURI(t *testing.T) {
	tests := []struct {
		uri  string
		want bool
	}{
		{"/api/v9/webhooks/1/tok", false},
		{"/api/v9/webhooks//tok", true},
		{"/api/v9/webhooks/1/tok?wait=true", false},
		{"/api/v9/channels/1/messages?after=//x", false}, // the query is not a path
		{"/api/v9/channels/../users/@me", true},
		{"/api/v9/./gateway", true},
		{"http://127.0.0.1:1/api/v9/gateway", false},
		{"http://127.0.0.1:1/api/v9//gateway", true},
	}
	for _, tt := range tests {
		if got := badURI(tt.uri); got != tt.want {
			t.Errorf("badURI(%q) = %t; want %t", tt.uri, got, tt.want)
		}
	}
}
