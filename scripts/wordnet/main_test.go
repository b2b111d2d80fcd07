package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestGeneratedTable checks that facts/wordnet_gen.go is what this
// program writes from the WordNet files installed here (Debian's
// wordnet-base, which .ci/run installs); it skips where WordNet is absent.
func TestGeneratedTable(t *testing.T) {
	dir := os.Getenv("WORDNET_DIR")
	if dir == "" {
		dir = "/usr/share/wordnet"
	}
	if _, err := os.Stat(filepath.Join(dir, "index.noun")); err != nil {
		if os.Getenv("FACTBOT_TEST_REQUIRE_WORDNET") != "" {
			t.Fatalf("no WordNet in %s, and CI requires it (apt-get install wordnet-base)", dir)
		}
		t.Skipf("no WordNet in %s (apt-get install wordnet-base)", dir)
	}
	tables, err := generate(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := write(&got, tables); err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../facts/wordnet_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got.Bytes(), want) {
		t.Errorf("facts/wordnet_gen.go differs from what WordNet in %s gives (go run ./scripts/wordnet -o facts/wordnet_gen.go)", dir)
	}
}
