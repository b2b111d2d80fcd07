package facts

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"sync"
	"testing"
)

// TestUnknownMemo checks that the memo of unknown words gives what
// working a word out afresh gives, keeps no word over maxUnknownLen and
// no more than maxUnknown words, and is safe for concurrent questions.
func TestUnknownMemo(t *testing.T) {
	b, err := Load(DefaultArticle)
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"marriage", "embasy", "quake", "start", "zorbania", "albanian", "wen"} {
		got, want := b.unknownOf(w), b.newUnknown(w)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("unknownOf(%q) = %+v; want %+v", w, got, want)
		}
		// The memo keeps the unknowns of words the articles do not
		// write as they stand, the only ones analysis asks for.
		if _, written := b.wordTerm(w); !written && b.unknownOf(w) != got {
			t.Errorf("unknownOf(%q) worked the word out twice", w)
		}
	}
	long := strings.Repeat("x", maxUnknownLen+1)
	b.unknownOf(long)
	if memoHas(b, long) {
		t.Errorf("the memo kept a word of %d bytes", len(long))
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for i := range maxUnknown/2 + 100 {
				b.unknownOf(fmt.Sprintf("qz%dx%d", g, i))
			}
		})
	}
	wg.Wait()
	n := 0
	for _, w := range memoWords(b) {
		if e := b.wordOf(w); e.term == 0 && e.class == 0 {
			n++
		}
	}
	if n != maxUnknown || b.unknowns.unk != maxUnknown {
		t.Errorf("the memo holds %d words after %d different ones; want its bound, %d", n, 2*maxUnknown, maxUnknown)
	}
}

// memoWords lists the words the memo keeps.
func memoWords(b *Base) []string {
	var out []string
	if t := b.unknowns.tab.Load(); t != nil {
		for i := range t.slots {
			if e := t.slots[i].Load(); e != nil {
				out = append(out, e.key)
			}
		}
	}
	return out
}

// memoHas reports whether the memo keeps w.
func memoHas(b *Base, w string) bool {
	return slices.Contains(memoWords(b), w)
}

// TestUnknownIndexes: an unknown holds its question word and filler as
// their places in questionOrder and fillerList, which must fit.
func TestUnknownIndexes(t *testing.T) {
	if len(questionOrder) > math.MaxInt8 || len(fillerList) > math.MaxInt16 {
		t.Fatalf("%d question words, %d fillers: too many for an unknown's int8 and int16", len(questionOrder), len(fillerList))
	}
}
