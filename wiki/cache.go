package wiki

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"factbot/facts"
)

// Cache keeps the articles fetched from Wikipedia as files in a folder,
// Dir/articles/TITLE.txt, in the text format: a later start answers from
// them when Wikipedia cannot be reached, and a command-line call whose copy
// is fresh does not ask Wikipedia at all.
type Cache struct {
	Dir    string // the data folder; created when first written
	Client *Client
}

// Copy is an article's text and where it came from.
type Copy struct {
	Data    []byte
	Path    string    // the cache file
	Fetched time.Time // when Wikipedia gave it: now for a new copy, the file's time for a cached one
	// Stale says why Wikipedia's current text could not be had when Data
	// is the cached copy, which may then be out of date; nil otherwise.
	Stale error
	// Cached is true when Data is the cached copy, fresh or stale.
	Cached bool
}

// Article returns the article TITLE: the cached copy as it is when it is
// younger than maxAge; else Wikipedia's, which replaces the cached copy;
// and when Wikipedia cannot give it (unreachable, an error, the page gone),
// the cached copy with Stale saying why. With neither, the error names the
// title. A title that cannot be one is an error at once.
func (c *Cache) Article(ctx context.Context, title string, maxAge time.Duration) (Copy, error) {
	title = strings.Join(strings.Fields(strings.ReplaceAll(title, "_", " ")), " ")
	if err := CheckTitle(title); err != nil {
		return Copy{}, fmt.Errorf("wikipedia page %q: %w", title, err)
	}
	path := filepath.Join(c.Dir, "articles", cacheName(title))
	cached, fetched, cacheErr := readCache(path)
	if cacheErr == nil && maxAge > 0 && time.Since(fetched) < maxAge {
		return Copy{Data: cached, Path: path, Fetched: fetched, Cached: true}, nil
	}
	page, err := c.Client.Page(ctx, title)
	var data []byte
	if err == nil {
		data, err = page.Article()
	}
	if err != nil {
		if ctx.Err() != nil || errors.Is(err, ErrInvalidTitle) {
			return Copy{}, err
		}
		if cacheErr != nil {
			if !errors.Is(cacheErr, os.ErrNotExist) {
				err = fmt.Errorf("%w; and the cached copy %s: %v", err, path, cacheErr)
			}
			return Copy{}, err
		}
		return Copy{Data: cached, Path: path, Fetched: fetched, Stale: err, Cached: true}, nil
	}
	cp := Copy{Data: data, Path: path, Fetched: page.Fetched}
	if err := writeFile(path, data); err != nil {
		// Still answer from what was fetched; the next start fetches again.
		return cp, fmt.Errorf("%w: %v", ErrNotCached, err)
	}
	return cp, nil
}

// ErrNotCached is returned with a good Copy that could not be written to
// the cache: the caller may answer from it and warn.
var ErrNotCached = errors.New("fetched but not cached")

// readCache reads a cached article and the time it was written.
func readCache(path string) ([]byte, time.Time, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, time.Time{}, err
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return nil, time.Time{}, err
	}
	data, err := io.ReadAll(io.LimitReader(f, facts.MaxArticleSize+1))
	if err != nil {
		return nil, time.Time{}, err
	}
	if len(data) > facts.MaxArticleSize {
		return nil, time.Time{}, facts.ErrTooLarge
	}
	return data, fi.ModTime(), nil
}

// writeFile replaces path's contents at once (a temporary file renamed),
// so that a reader, another process included, sees the old copy or the
// new one, never half of one.
func writeFile(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".tmp-*")
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(f.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(f.Name(), path)
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}

// maxCacheName keeps file names well under the 255 bytes most file
// systems allow, since an escaped title can be three times its length.
const maxCacheName = 180

// cacheName is a title's file name: spaces as underscores, bytes other
// than letters, digits, "-", "." and "_" percent-encoded (so no title can
// name a path elsewhere), and a long name shortened with a hash of the
// title to keep it unique.
func cacheName(title string) string {
	const digits = "0123456789ABCDEF"
	var b strings.Builder
	for i := 0; i < len(title); i++ {
		c := title[i]
		switch {
		case c == ' ':
			b.WriteByte('_')
		case 'a' <= c && c <= 'z', 'A' <= c && c <= 'Z', '0' <= c && c <= '9', c == '-', c == '_', c == '.' && i > 0:
			b.WriteByte(c)
		default:
			b.WriteByte('%')
			b.WriteByte(digits[c>>4])
			b.WriteByte(digits[c&15])
		}
	}
	name := b.String()
	if len(name) > maxCacheName {
		cut := maxCacheName - 20
		for cut > 0 && (name[cut-1] == '%' || (cut > 1 && name[cut-2] == '%')) {
			cut--
		}
		sum := sha256.Sum256([]byte(title))
		name = name[:cut] + "~" + hex.EncodeToString(sum[:8])
	}
	return name + ".txt"
}
