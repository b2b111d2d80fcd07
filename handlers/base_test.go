package handlers

import (
	"context"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"factbot/facts"
)

// TestSetBase swaps two fact bases while many requests are answered: every
// reply comes from one base, whole (its title, its counts, its citations),
// never a mix, and after the last swap every request sees the new base.
func TestSetBase(t *testing.T) {
	embedded, err := facts.Load(facts.DefaultArticle)
	if err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile("../facts/testdata/estonia-finland.txt")
	if err != nil {
		t.Fatal(err)
	}
	other, err := facts.Load(data)
	if err != nil {
		t.Fatal(err)
	}
	// What /about says with each base alone.
	about := func(b *facts.Base) string {
		r, err := New(b).Handle(context.Background(), Request{Command: CmdAbout})
		if err != nil {
			t.Fatal(err)
		}
		return r.Text
	}
	wantAbout := map[string]bool{about(embedded): true, about(other): true}
	h := New(embedded)
	var stop atomic.Bool
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for !stop.Load() {
				r, err := h.Handle(context.Background(), Request{Command: CmdAbout})
				if err != nil {
					t.Error(err)
					return
				}
				if !wantAbout[r.Text] {
					t.Errorf("/about mixes two bases: %q", r.Text)
					return
				}
				r, _ = h.Handle(context.Background(), Request{Command: CmdFact, Options: map[string]string{"topic": "embassy"}})
				for _, c := range r.Citations {
					if !strings.HasPrefix(c.URL, embedded.Article.URL) && !strings.HasPrefix(c.URL, other.Article.URL) {
						t.Errorf("citation %s from neither article", c.URL)
					}
				}
			}
		})
	}
	for i := range 200 {
		if i%2 == 0 {
			h.SetBase(other)
		} else {
			h.SetBase(embedded)
		}
		time.Sleep(50 * time.Microsecond)
	}
	h.SetBase(other)
	stop.Store(true)
	wg.Wait()
	r, _ := h.Handle(context.Background(), Request{Command: CmdAbout})
	if r.Text != about(other) {
		t.Errorf("after the last swap /about = %q; want %q", r.Text, about(other))
	}
}

// TestAboutRevision: /about links the exact revision and says when it was
// fetched, for an article with a source header; without one it says nothing
// of revisions.
func TestAboutRevision(t *testing.T) {
	src := facts.Source{URL: "https://en.wikipedia.org/wiki/Albania%E2%80%93Israel_relations", Revision: 1290004052,
		Fetched: time.Date(2026, 5, 14, 9, 3, 0, 0, time.UTC), License: facts.License}
	b, err := facts.Load(append([]byte(src.Header()), facts.DefaultArticle...))
	if err != nil {
		t.Fatal(err)
	}
	r, err := New(b).Handle(context.Background(), Request{Command: CmdAbout})
	if err != nil {
		t.Fatal(err)
	}
	fields := map[string]string{}
	for _, f := range r.Fields {
		fields[f.Name] = f.Value
	}
	want := "[1290004052](https://en.wikipedia.org/w/index.php?title=Albania%E2%80%93Israel_relations&oldid=1290004052), fetched 14 May 2026 09:03 UTC"
	if fields["Revision"] != want {
		t.Errorf("Revision field = %q; want %q", fields["Revision"], want)
	}
	if !strings.Contains(fields["License"], facts.License) || !r.Attribution {
		t.Errorf("licence %q, attribution %v; want CC BY-SA kept", fields["License"], r.Attribution)
	}
	plain, _ := New(mustLoad(t)).Handle(context.Background(), Request{Command: CmdAbout})
	for _, f := range plain.Fields {
		if f.Name == "Revision" {
			t.Errorf("an article without a header shows a revision: %q", f.Value)
		}
	}
}

func mustLoad(t *testing.T) *facts.Base {
	t.Helper()
	b, err := facts.Load(facts.DefaultArticle)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
