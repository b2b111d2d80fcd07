package bot

import (
	"context"
	"log/slog"
	"time"

	"factbot/facts"
	"factbot/handlers"
)

// maxRefreshRetry bounds the wait after a failed refresh: Wikipedia is
// asked again within a quarter of an hour rather than a whole period.
const maxRefreshRetry = 15 * time.Minute

// Refresher keeps the handler's articles fresh: every Every it loads them
// again and swaps the new fact base in whole (handlers.SetBase),
// so that no request sees a half-built one. A failed load keeps the base
// in use, is logged and counted, and is tried again sooner, after
// min(Every, 15 minutes).
type Refresher struct {
	Handler *handlers.Handler
	Every   time.Duration
	// Load builds a new fact base from the articles' sources; it fails when
	// a source does (it does not fall back to a cached copy).
	Load    func(ctx context.Context) (*facts.Base, error)
	Log     *slog.Logger
	Metrics *Metrics // optional
}

// Run refreshes until ctx is done, then returns. The first refresh comes
// when the oldest article in use is Every old, by the time its header says
// it was fetched, so a restart does not fetch copies that are still fresh.
func (r *Refresher) Run(ctx context.Context) {
	r.Metrics.articleFetched(oldestFetch(r.Handler.Base()))
	wait := r.Every
	if fetched := oldestFetch(r.Handler.Base()); !fetched.IsZero() {
		wait = min(max(time.Until(fetched.Add(r.Every)), 0), r.Every)
	}
	t := time.NewTimer(wait)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		wait = r.Every
		if err := r.refresh(ctx); err != nil {
			if ctx.Err() != nil {
				return
			}
			wait = min(r.Every, maxRefreshRetry)
			r.Log.Warn("article refresh failed; answering from the copy in use", "err", err, "retry_in", wait)
		}
		t.Reset(wait)
	}
}

func (r *Refresher) refresh(ctx context.Context) error {
	b, err := r.Load(ctx)
	if err != nil {
		r.Metrics.refresh("failed")
		return err
	}
	old := map[string]int64{}
	for _, a := range r.Handler.Base().Articles {
		old[a.Title] = a.Source.Revision
	}
	r.Handler.SetBase(b)
	r.Metrics.refresh("ok")
	r.Metrics.articleFetched(oldestFetch(b))
	for _, a := range b.Articles {
		if !a.Source.Fetched.IsZero() {
			r.Log.Info("article refreshed", "title", a.Title, "revision", a.Source.Revision, "previous", old[a.Title], "facts", len(a.Facts))
		}
	}
	return nil
}

// oldestFetch is when the base's least recently fetched article was
// fetched; zero when no article says (files without the header).
func oldestFetch(b *facts.Base) time.Time {
	var t time.Time
	for _, a := range b.Articles {
		if f := a.Source.Fetched; !f.IsZero() && (t.IsZero() || f.Before(t)) {
			t = f
		}
	}
	return t
}
