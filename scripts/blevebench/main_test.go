package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"= T =\n\nOne. Two? Three!\n", []string{"One.", "Two?", "Three!"}},
		{"Infobox\n- Capital: Tirana\n\n== S ==\nIt was 1991. 2018 came.", []string{"Capital: Tirana", "It was 1991.", "2018 came."}},
		{`He said "no." Then left. Mr. smith stayed.`, []string{`He said "no."`, "Then left.", "Mr. smith stayed."}},
		{"A “quote.” B (aside.) C", []string{"A “quote.”", "B (aside.)", "C"}},
	}
	for _, tt := range tests {
		if got := Sentences(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Sentences(%q) = %q; want %q", tt.in, got, tt.want)
		}
	}
}

// TestRun answers a few questions on a small article: one JSON line a
// question, in order, with the sentence that shares the rare words.
func TestRun(t *testing.T) {
	article := filepath.Join(t.TempDir(), "a.txt")
	text := "= Lighthouse =\n\nThe lighthouse was built in 1848. Its keeper was Ann Reed. The lamp burns oil.\n"
	if err := os.WriteFile(article, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	for _, kind := range []string{"scorch", "upside_down"} {
		var out strings.Builder
		in := "who was the keeper?\n\nwhen was it built\n"
		if err := run([]string{"--article", article, "--index", kind}, strings.NewReader(in), &out); err != nil {
			t.Fatalf("%s: run: %v", kind, err)
		}
		want := []answer{
			{"who was the keeper?", true, "Its keeper was Ann Reed."},
			{"", false, ""},
			{"when was it built", true, "The lighthouse was built in 1848."},
		}
		var got []answer
		sc := bufio.NewScanner(strings.NewReader(out.String()))
		for sc.Scan() {
			var a answer
			if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
				t.Fatalf("%s: line %q: %v", kind, sc.Text(), err)
			}
			got = append(got, a)
		}
		if !reflect.DeepEqual(got, want) {
			t.Errorf("%s: answers %+v; want %+v", kind, got, want)
		}
	}
}
