package facts

import (
	"reflect"
	"sync"
	"testing"
)

// TestEmbeddedBase checks that the base loaded at initialisation is the
// embedded article's, answers as one loaded now does, and is one base for
// every caller, however many ask at once.
func TestEmbeddedBase(t *testing.T) {
	var wg sync.WaitGroup
	bases := make([]*Base, 8)
	for i := range bases {
		wg.Go(func() {
			b, err := EmbeddedBase()
			if err != nil {
				t.Error(err)
			}
			bases[i] = b
		})
	}
	wg.Wait()
	for _, b := range bases[1:] {
		if b != bases[0] {
			t.Fatal("EmbeddedBase returned different bases")
		}
	}
	fresh, err := Load(DefaultArticle)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := len(bases[0].Article.Facts), len(fresh.Article.Facts); got != want {
		t.Fatalf("EmbeddedBase has %d facts, Load %d", got, want)
	}
	for _, q := range []string{"when were relations established?", "who visited albania in 1994", "What is the capital of France?"} {
		if got, want := bases[0].Ask(q), fresh.Ask(q); !reflect.DeepEqual(got, want) {
			t.Errorf("%q: EmbeddedBase answers %+v, Load %+v", q, got, want)
		}
	}
}
