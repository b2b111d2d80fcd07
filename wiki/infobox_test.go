package wiki

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestInfobox(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"none", "'''Foo''' is a bar.", nil},
		{"unclosed", "{{Infobox country | name = Foo", nil},
		{"fields", "{{Infobox bilateral relations|Albanian–Israeli|Albania|Israel\n| map = Albania Israel Locator.svg\n| mission1 = Albanian embassy, [[Tel Aviv]]\n}}",
			[]string{"Map: Albania Israel Locator.svg", "Mission1: Albanian embassy, Tel Aviv"}},
		{"case and underscores", "{{infobox_person|birth_place=[[Tirana]], [[Albania]]}}", []string{"Birth place: Tirana, Albania"}},
		{"piped link, file, category", "{{Infobox x|a=[[Foo (bar)|Foo]] [[File:X.png|thumb|[[nested]] caption]] [[Category:Y]] end}}", []string{"A: Foo end"}},
		{"refs and comments", "{{Infobox x|a=One<ref name=\"n\">{{cite web|url=http://x|title=T}}</ref> two<ref name=\"n\" /><!-- hidden | = -->}}", []string{"A: One two"}},
		{"breaks and tags", "{{Infobox x|a=First<br />Second<br>Third|b=<small>(1991)</small>}}", []string{"A: First, Second, Third", "B: (1991)"}},
		{"templates", "{{Infobox x|since={{start date|1991|8|19}}|cap={{flag|Albania}}|list={{plainlist|\n* One\n* Two}}|gone={{efn|a note}}|size={{convert|100|km}}|lang={{lang|sq|Shqipëri}}}}",
			[]string{"Since: 19 August 1991", "Cap: Albania", "List: One, Two", "Size: 100 km", "Lang: Shqipëri"}},
		{"external links and formatting", "{{Infobox x|site=[https://example.org Official site] [https://bare.example]|name='''Bold''' ''it''}}", []string{"Site: Official site", "Name: Bold it"}},
		{"entities", "{{Infobox x|a=A&nbsp;B &amp; C}}", []string{"A: A B & C"}},
		{"empty and positional skipped", "{{Infobox x|Positional|a=|b= \n|c=[[File:Only.svg]]}}", nil},
		{"first infobox only", "{{Infobox a|x=1}} {{Infobox b|y=2}}", []string{"X: 1"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Infobox(tt.in)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("Infobox(%q) = %q; want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestInfoboxBounded checks the limits on a hostile infobox: deep nesting
// and many fields.
func TestInfoboxBounded(t *testing.T) {
	deep := "{{Infobox x|a=" + strings.Repeat("{{nowrap|", 100000) + "x" + strings.Repeat("}}", 100000) + "}}"
	if got := Infobox(deep); len(got) != 0 {
		t.Errorf("nesting beyond the limit gave %q", got)
	}
	many := "{{Infobox x" + strings.Repeat("|k=v", 10000) + "}}"
	if got := Infobox(many); len(got) != maxInfoboxLines {
		t.Errorf("%d lines; want at most %d", len(got), maxInfoboxLines)
	}
	long := "{{Infobox x|k=" + strings.Repeat("word ", 1000) + "}}"
	if got := Infobox(long); len(got) != 1 || utf8.RuneCountInString(got[0]) > maxInfoboxValue+10 {
		t.Errorf("a long value was not clipped: %d characters", len(got[0]))
	}
}

// FuzzInfobox checks that any wikitext gives lines the text format reads
// as infobox lines: one line each, "Key: value", no markup left to confuse
// a reader, within the limits.
func FuzzInfobox(f *testing.F) {
	f.Add("{{Infobox bilateral relations|A|B\n| mission1 = [[Embassy|Albanian embassy]], [[Tel Aviv]]<ref>x</ref>\n}}")
	f.Add("{{Infobox x|a={{start date|1991|8|19}}<!--c-->|b=[[File:X.svg|[[y]]]]}}")
	f.Add("{{infobox|a=<ref>{{cite|a=b}}</ref>}}")
	f.Fuzz(func(t *testing.T, s string) {
		lines := Infobox(s)
		if len(lines) > maxInfoboxLines {
			t.Fatalf("%d lines", len(lines))
		}
		for _, l := range lines {
			key, val, ok := strings.Cut(l, ": ")
			if !ok || key == "" || val == "" || strings.ContainsAny(l, "\n\r") || strings.Contains(l, "{{") || strings.Contains(l, "[[") {
				t.Fatalf("line %q is not a clean Key: value line", l)
			}
			if utf8.RuneCountInString(val) > maxInfoboxValue {
				t.Fatalf("value of %d characters", utf8.RuneCountInString(val))
			}
		}
	})
}
