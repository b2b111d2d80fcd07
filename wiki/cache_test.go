package wiki

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"factbot/internal/fakewiki"
)

func TestCache(t *testing.T) {
	ctx := context.Background()
	wp := startFake(t)
	tc := newTestClient(t, wp, time.Second)
	dir := t.TempDir()
	c := &Cache{Dir: dir, Client: tc.Client}
	path := filepath.Join(dir, "articles", "Albania%E2%80%93Israel_relations.txt")
	calls := func() int { return len(wp.Requests()) }

	// No copy yet: fetched and cached.
	cp, err := c.Article(ctx, "Albania–Israel relations", time.Hour)
	if err != nil {
		t.Fatal(err)
	}
	if cp.Cached || cp.Stale != nil || cp.Path != path || !bytes.HasPrefix(cp.Data, []byte("Source: https://en.wikipedia.org/wiki/Albania%E2%80%93Israel_relations\n")) {
		t.Errorf("first call = cached %v stale %v at %s; want a new copy at %s", cp.Cached, cp.Stale, cp.Path, path)
	}
	if onDisk, err := os.ReadFile(path); err != nil || !bytes.Equal(onDisk, cp.Data) {
		t.Errorf("cache file: %v; want the article", err)
	}
	// A fresh copy is used without asking; underscores name the same title.
	if cp, err := c.Article(ctx, "Albania–Israel_relations", time.Hour); err != nil || !cp.Cached || cp.Stale != nil || calls() != 1 {
		t.Errorf("fresh copy: cached %v, err %v, %d requests; want the copy and no request", cp.Cached, err, calls())
	}
	// An old copy, or no age at all (the bot's refresh), asks again.
	old := time.Now().Add(-2 * time.Hour)
	if err := os.Chtimes(path, old, old); err != nil {
		t.Fatal(err)
	}
	if cp, err := c.Article(ctx, "Albania–Israel relations", time.Hour); err != nil || cp.Cached || calls() != 2 {
		t.Errorf("old copy: cached %v, err %v, %d requests; want a new copy", cp.Cached, err, calls())
	}
	if cp, err := c.Article(ctx, "Albania–Israel relations", 0); err != nil || cp.Cached || calls() != 3 {
		t.Errorf("maxAge 0: cached %v, err %v, %d requests; want a new copy", cp.Cached, err, calls())
	}
	// Wikipedia failing: the cached copy, saying why.
	wp.FailAPI(-1, fakewiki.ServerError(500))
	cp, err = c.Article(ctx, "Albania–Israel relations", 0)
	if err != nil || !cp.Cached || cp.Stale == nil || !strings.Contains(cp.Stale.Error(), "500") || !bytes.HasPrefix(cp.Data, []byte("Source: ")) {
		t.Errorf("Wikipedia failing: cached %v, stale %v, err %v; want the cached copy and why", cp.Cached, cp.Stale, err)
	}
	// Neither: an error naming the title.
	if _, err := c.Article(ctx, "Never fetched", 0); err == nil || !strings.Contains(err.Error(), `"Never fetched"`) {
		t.Errorf("no copy, Wikipedia failing: %v; want an error naming the title", err)
	}
	wp.ClearFaults()
	if _, err := c.Article(ctx, "No such page", time.Hour); !errors.Is(err, ErrMissing) || !strings.Contains(err.Error(), `"No such page"`) {
		t.Errorf("missing page: %v; want ErrMissing naming it", err)
	}
	// The page gone since it was cached: the copy, saying why.
	wp.FailAPI(1, fakewiki.Fault{Body: `{"batchcomplete":true,"query":{"pages":[{"ns":0,"title":"Albania–Israel relations","missing":true}]}}`})
	if cp, err := c.Article(ctx, "Albania–Israel relations", 0); err != nil || !errors.Is(cp.Stale, ErrMissing) {
		t.Errorf("page deleted: stale %v, err %v; want the copy and ErrMissing", cp.Stale, err)
	}
	n := calls()
	if _, err := c.Article(ctx, "a|b", 0); !errors.Is(err, ErrInvalidTitle) || calls() != n {
		t.Errorf("invalid title: %v after %d requests; want ErrInvalidTitle and none", err, calls()-n)
	}
}

// TestCacheUnwritable: a copy that cannot be cached is still returned.
func TestCacheUnwritable(t *testing.T) {
	wp := startFake(t)
	file := filepath.Join(t.TempDir(), "not-a-folder")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	c := &Cache{Dir: file, Client: newTestClient(t, wp, time.Second).Client}
	cp, err := c.Article(context.Background(), "Albania–Israel relations", 0)
	if !errors.Is(err, ErrNotCached) || len(cp.Data) == 0 {
		t.Errorf("unwritable cache: %d bytes, %v; want the copy and ErrNotCached", len(cp.Data), err)
	}
}

func TestCacheName(t *testing.T) {
	tests := []struct{ title, want string }{
		{"Albania–Israel relations", "Albania%E2%80%93Israel_relations.txt"},
		{"../../etc/passwd", "%2E.%2F..%2Fetc%2Fpasswd.txt"},
		{".hidden", "%2Ehidden.txt"},
		{"AC/DC", "AC%2FDC.txt"},
		{"100% (song)", "100%25_%28song%29.txt"},
	}
	for _, tt := range tests {
		if got := cacheName(tt.title); got != tt.want {
			t.Errorf("cacheName(%q) = %q; want %q", tt.title, got, tt.want)
		}
	}
	long1, long2 := cacheName(strings.Repeat("é", 120)+"a"), cacheName(strings.Repeat("é", 120)+"b")
	if long1 == long2 || len(long1) > maxCacheName+len(".txt") || strings.Contains(long1, "/") {
		t.Errorf("long titles: %q and %q; want distinct names of at most %d bytes", long1, long2, maxCacheName)
	}
}
