// Command wordnet writes facts/wordnet_gen.go, the synonyms the answer
// engine matches a member's words through ("utilize" finds "used",
// "quake" finds "earthquake"), from WordNet 3.0 as Debian packages it:
//
//	apt-get install wordnet-base
//	go run ./scripts/wordnet > facts/wordnet_gen.go
//	go run ./scripts/wordnet -dir /usr/share/wordnet > facts/wordnet_gen.go
//
// For every single-word lemma it takes the other single-word lemmas of
// its first synset in each part of speech (WordNet orders a word's
// senses by how often they were met in tagged text, so the first is its
// everyday meaning) and keys them by the engine's stems: the lemma's and
// its irregular forms' ("spoke" for "speak"), the synonyms' likewise. A
// table sorted by key lets the engine find a word's synonyms by binary
// search in read-only data, with nothing to build at start-up.
//
// WordNet 3.0 Copyright 2006 by Princeton University; its licence, which
// permits this use, is in facts/WORDNET-LICENSE and travels with the
// table.
package main

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"go/format"
	"io"
	"log"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"factbot/facts"
)

var parts = []string{"noun", "verb", "adj", "adv"}

func main() {
	dir := flag.String("dir", "/usr/share/wordnet", "directory of WordNet's index.*, data.* and *.exc files")
	flag.Parse()
	table, err := build(*dir)
	if err != nil {
		log.Fatal(err)
	}
	if err := write(os.Stdout, table); err != nil {
		log.Fatal(err)
	}
}

// build reads WordNet and returns each key stem's synonym stems.
func build(dir string) (map[string][]string, error) {
	irregular := map[string][]string{} // base -> its irregular forms, every part of speech
	for _, pos := range parts {
		if err := eachLine(filepath.Join(dir, pos+".exc"), func(fs []string) {
			for _, base := range fs[1:] {
				if word(fs[0]) && word(base) {
					irregular[base] = append(irregular[base], fs[0])
				}
			}
		}); err != nil {
			return nil, err
		}
	}
	forms := func(w string) []string { return append([]string{w}, irregular[w]...) }
	table := map[string]map[string]bool{}
	for _, pos := range parts {
		synsets := map[string][]string{} // offset -> lemmas
		if err := eachLine(filepath.Join(dir, "data."+pos), func(fs []string) {
			n, err := strconv.ParseInt(fs[3], 16, 32)
			if err != nil || len(fs) < 4+2*int(n) {
				return
			}
			for i := 0; i < int(n); i++ {
				l := strings.ToLower(fs[4+2*i])
				if k := strings.IndexByte(l, '('); k >= 0 {
					l = l[:k] // an adjective's position marker: "galore(ip)"
				}
				synsets[fs[0]] = append(synsets[fs[0]], l)
			}
		}); err != nil {
			return nil, err
		}
		if err := eachLine(filepath.Join(dir, "index."+pos), func(fs []string) {
			lemma := fs[0]
			if !word(lemma) || len(fs) < 4 {
				return
			}
			ptrs, err := strconv.Atoi(fs[3])
			if err != nil || len(fs) < 4+ptrs+3 {
				return
			}
			first := fs[4+ptrs+2] // synset offsets follow in sense order
			var syns []string
			for _, s := range synsets[first] {
				if s != lemma && word(s) {
					syns = append(syns, s)
				}
			}
			if len(syns) == 0 {
				return
			}
			for _, f := range forms(lemma) {
				key := facts.Stem(f)
				for _, s := range syns {
					for _, sf := range forms(s) {
						if v := facts.Stem(sf); v != key {
							if table[key] == nil {
								table[key] = map[string]bool{}
							}
							table[key][v] = true
						}
					}
				}
			}
		}); err != nil {
			return nil, err
		}
	}
	out := make(map[string][]string, len(table))
	for k, vs := range table {
		for v := range vs {
			out[k] = append(out[k], v)
		}
		slices.Sort(out[k])
	}
	return out, nil
}

// word reports whether a lemma is one plain word of at least two letters.
func word(s string) bool {
	if len(s) < 2 || len(s) > 24 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// eachLine calls f with the fields of each line of a WordNet file, past
// its licence header (lines that open with a space).
func eachLine(path string, f func([]string)) error {
	file, err := os.Open(path)
	if err != nil {
		return err
	}
	defer file.Close()
	sc := bufio.NewScanner(file)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if line := sc.Text(); line != "" && line[0] != ' ' {
			if fs := strings.Fields(line); len(fs) > 0 {
				f(fs)
			}
		}
	}
	return sc.Err()
}

// write prints the table as Go: the sorted stems concatenated, their
// synonyms (stems separated by spaces) concatenated in the same order, and
// where each begins, so that a lookup compares stems in place.
func write(w io.Writer, table map[string][]string) error {
	keys := make([]string, 0, len(table))
	for k := range table {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	var stems, syns strings.Builder
	stemAt := make([]int, 0, len(keys)+1)
	synAt := make([]int, 0, len(keys)+1)
	for _, k := range keys {
		stemAt = append(stemAt, stems.Len())
		synAt = append(synAt, syns.Len())
		stems.WriteString(k)
		syns.WriteString(strings.Join(table[k], " "))
	}
	stemAt = append(stemAt, stems.Len())
	synAt = append(synAt, syns.Len())
	var bw bytes.Buffer
	fmt.Fprintf(&bw, "// Code generated by scripts/wordnet from WordNet 3.0 (go run ./scripts/wordnet > facts/wordnet_gen.go); DO NOT EDIT.\n")
	fmt.Fprintf(&bw, "// WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. Licence: facts/WORDNET-LICENSE.\n\n")
	fmt.Fprintf(&bw, "package facts\n\n")
	fmt.Fprintf(&bw, "// wordnetStems holds %d stems, sorted, one after another; the i-th is\n", len(keys))
	fmt.Fprintf(&bw, "// wordnetStems[wordnetStemAt[i]:wordnetStemAt[i+1]].\n")
	fmt.Fprintf(&bw, "const wordnetStems = %q\n\n", stems.String())
	fmt.Fprintf(&bw, "// wordnetSyns holds each stem's synonym stems, separated by spaces; the\n")
	fmt.Fprintf(&bw, "// i-th stem's are wordnetSyns[wordnetSynAt[i]:wordnetSynAt[i+1]].\n")
	fmt.Fprintf(&bw, "const wordnetSyns = %q\n\n", syns.String())
	for _, arr := range []struct {
		name string
		at   []int
	}{{"wordnetStemAt", stemAt}, {"wordnetSynAt", synAt}} {
		fmt.Fprintf(&bw, "var %s = [...]uint32{", arr.name)
		for i, o := range arr.at {
			if i%16 == 0 {
				fmt.Fprintf(&bw, "\n\t")
			} else {
				fmt.Fprintf(&bw, " ")
			}
			fmt.Fprintf(&bw, "%d,", o)
		}
		fmt.Fprintf(&bw, "\n}\n\n")
	}
	src, err := format.Source(bw.Bytes())
	if err != nil {
		return err
	}
	_, err = w.Write(src)
	return err
}
