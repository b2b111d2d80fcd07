package facts

import (
	"fmt"
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
		if fmt.Sprint(*got) != fmt.Sprint(*want) {
			t.Errorf("unknownOf(%q) = %+v; want %+v", w, *got, *want)
		}
		if again := b.unknownOf(w); again != got {
			t.Errorf("unknownOf(%q) worked the word out twice", w)
		}
	}
	long := strings.Repeat("x", maxUnknownLen+1)
	b.unknownOf(long)
	if _, ok := b.unknowns.m.Load(long); ok {
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
	b.unknowns.m.Range(func(any, any) bool { n++; return true })
	if n != maxUnknown || b.unknowns.n.Load() != maxUnknown {
		t.Errorf("the memo holds %d words after %d different ones; want its bound, %d", n, 2*maxUnknown, maxUnknown)
	}
}
