package daily_test

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"factbot/daily"
	"factbot/store"
)

// These tests run the real loop against a real SQLite store inside a
// synctest bubble: time is fake, starts at 2000-01-01 UTC, and jumps
// ahead whenever every goroutine is waiting, so a month passes in seconds
// and every post lands at an exact, checkable instant.

// post is one Post call as the recorder saw it.
type post struct {
	Guild   store.GuildID
	Channel store.ChannelID
	Date    string // the localDate argument
	At      time.Time
	Nonce   string
	Err     error
}

// recorder is a Poster that records every call and fails on demand.
type recorder struct {
	mu    sync.Mutex
	calls []post
	// fail, if set, decides the outcome of the n-th call (from 1) for the
	// subscription's channel.
	fail  func(sub store.Subscription, n int) error
	count map[store.ChannelID]int
	// block, if set, makes Post wait for its context to end.
	block bool
}

var _ daily.Poster = (*recorder)(nil)

func (r *recorder) Post(ctx context.Context, sub store.Subscription, localDate time.Time, nonce string) (string, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.count == nil {
		r.count = map[store.ChannelID]int{}
	}
	r.count[sub.ChannelID]++
	p := post{Guild: sub.GuildID, Channel: sub.ChannelID, Date: localDate.Format(daily.DateLayout), At: time.Now(), Nonce: nonce}
	if r.block {
		r.mu.Unlock()
		<-ctx.Done()
		r.mu.Lock()
		p.Err = ctx.Err()
	} else if r.fail != nil {
		p.Err = r.fail(sub, r.count[sub.ChannelID])
	}
	r.calls = append(r.calls, p)
	if p.Err != nil {
		return "", p.Err
	}
	return fmt.Sprintf("msg-%s-%s", sub.ChannelID, p.Date), nil
}

// sent returns the successful posts, optionally only to one channel.
func (r *recorder) sent(channel store.ChannelID) []post {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []post
	for _, p := range r.calls {
		if p.Err == nil && (channel == "" || p.Channel == channel) {
			out = append(out, p)
		}
	}
	return out
}

func (r *recorder) attempts(channel store.ChannelID) []post {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []post
	for _, p := range r.calls {
		if p.Channel == channel {
			out = append(out, p)
		}
	}
	return out
}

// counters stands in for the Prometheus counters the hooks will feed.
type counters struct{ sent, failed, paused atomic.Int32 }

func (c *counters) hook(s *daily.Scheduler) {
	s.OnSent = func() { c.sent.Add(1) }
	s.OnFailed = func() { c.failed.Add(1) }
	s.OnPaused = func() { c.paused.Add(1) }
}

func zone(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// sleepUntil advances the bubble's clock to at.
func sleepUntil(at time.Time) { time.Sleep(time.Until(at)) }

// openStore opens the SQLite file at path. Callers close it before the
// bubble ends (defer), since database/sql keeps a goroutine per handle.
func openStore(t *testing.T, path string) *store.Store {
	t.Helper()
	st, err := store.Open(t.Context(), path)
	if err != nil {
		t.Fatalf("store.Open: %v", err)
	}
	return st
}

func subscribe(t *testing.T, st *store.Store, guild, channel string, hour, minute int, tz string) {
	t.Helper()
	err := st.PutSubscription(t.Context(), store.Subscription{
		GuildID: store.GuildID(guild), ChannelID: store.ChannelID(channel), Hour: hour, Minute: minute, TZ: tz})
	if err != nil {
		t.Fatalf("PutSubscription: %v", err)
	}
}

// start runs s in the bubble and returns a stop function that cancels it
// and waits for Run to return.
func start(t *testing.T, s *daily.Scheduler) (stop func()) {
	t.Helper()
	if s.Logger == nil {
		s.Logger = slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn}))
	}
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	return func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("Run returned %v", err)
		}
	}
}

// testWriter sends log lines to t.Log, so they show only for failures.
type testWriter struct{ t *testing.T }

func (w testWriter) Write(b []byte) (int, error) {
	w.t.Log(string(b[:len(b)-1]))
	return len(b), nil
}

func dbPath(t *testing.T) string { return filepath.Join(t.TempDir(), "factbot.db") }

// A simulated month: exactly one post a day, each at the subscriber's
// local time, with the DST rules applied on the day the clocks change.
func TestMonthOfPosts(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name         string
		zone         string
		year         int
		month        time.Month
		hour, minute int
		poll         time.Duration  // an hour: posts must not depend on polling
		special      map[int]string // day of month → expected post instant
	}{
		{"Tirane spring forward", "Europe/Tirane", 2026, time.March, 2, 30, time.Hour,
			map[int]string{29: "2026-03-29T03:00:00+02:00"}},
		{"Tirane fall back", "Europe/Tirane", 2026, time.October, 2, 30, time.Hour,
			map[int]string{25: "2026-10-25T02:30:00+02:00"}},
		{"Jerusalem spring forward on a Friday", "Asia/Jerusalem", 2026, time.March, 2, 15, time.Hour,
			map[int]string{27: "2026-03-27T03:00:00+03:00"}},
		{"Jerusalem fall back", "Asia/Jerusalem", 2026, time.October, 1, 30, time.Hour,
			map[int]string{25: "2026-10-25T01:30:00+03:00"}},
		{"New York spring forward", "America/New_York", 2026, time.March, 2, 30, time.Hour,
			map[int]string{8: "2026-03-08T03:00:00-04:00"}},
		{"New York fall back", "America/New_York", 2026, time.November, 1, 30, time.Hour,
			map[int]string{1: "2026-11-01T01:30:00-04:00"}},
		{"leap February", "Europe/Tirane", 2028, time.February, 9, 0, time.Hour, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				loc := zone(t, tc.zone)
				first := time.Date(tc.year, tc.month, 1, 0, 0, 0, 0, loc)
				next := first.AddDate(0, 1, 0)
				days := int(time.Date(tc.year, tc.month+1, 1, 0, 0, 0, 0, time.UTC).Sub(time.Date(tc.year, tc.month, 1, 0, 0, 0, 0, time.UTC)).Hours() / 24)
				sleepUntil(first.Add(-time.Hour))

				st := openStore(t, dbPath(t))
				defer st.Close()
				subscribe(t, st, "g", "c", tc.hour, tc.minute, tc.zone)
				rec := &recorder{}
				var n counters
				s := &daily.Scheduler{Store: st, Poster: rec, Owner: "r1", Poll: tc.poll}
				n.hook(s)
				stop := start(t, s)
				sleepUntil(next)
				stop()

				posts := rec.sent("")
				if len(posts) != days || int(n.sent.Load()) != days {
					t.Fatalf("%d posts (OnSent %d) in %s; want %d", len(posts), n.sent.Load(), tc.month, days)
				}
				nonces := map[string]bool{}
				for i, p := range posts {
					day := i + 1
					want := time.Date(tc.year, tc.month, day, tc.hour, tc.minute, 0, 0, loc).Format(time.RFC3339)
					if s, ok := tc.special[day]; ok {
						want = s
					}
					if got := p.At.In(loc).Format(time.RFC3339); got != want {
						t.Errorf("post %d at %s; want %s", day, got, want)
					}
					if wantDate := time.Date(tc.year, tc.month, day, 0, 0, 0, 0, time.UTC).Format(daily.DateLayout); p.Date != wantDate {
						t.Errorf("post %d for date %s; want %s", day, p.Date, wantDate)
					}
					if nonces[p.Nonce] || p.Nonce == "" || len(p.Nonce) > 25 {
						t.Errorf("post %d nonce %q empty, too long or repeated", day, p.Nonce)
					}
					nonces[p.Nonce] = true
				}
				if date, _, ok, err := st.LastPost(t.Context(), "c"); err != nil || !ok ||
					date != time.Date(tc.year, tc.month, days, 0, 0, 0, 0, time.UTC).Format(daily.DateLayout) {
					t.Errorf("LastPost = %s, %v, %v; want the month's last day", date, ok, err)
				}
			})
		})
	}
}

// A new process (new Store handle, new Scheduler, another owner) on the
// same database file does not post again on a date already posted.
func TestRestartDoesNotRepost(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		loc := zone(t, "Europe/Tirane")
		path := dbPath(t)
		sleepUntil(time.Date(2026, 5, 4, 8, 0, 0, 0, loc))
		rec := &recorder{}

		st1 := openStore(t, path)
		subscribe(t, st1, "g", "c", 9, 0, "Europe/Tirane")
		stop := start(t, &daily.Scheduler{Store: st1, Poster: rec, Owner: "first"})
		sleepUntil(time.Date(2026, 5, 4, 9, 30, 0, 0, loc))
		stop()
		st1.Close()

		st2 := openStore(t, path)
		defer st2.Close()
		stop = start(t, &daily.Scheduler{Store: st2, Poster: rec, Owner: "second"})
		sleepUntil(time.Date(2026, 5, 5, 12, 0, 0, 0, loc))
		stop()

		got := rec.sent("")
		want := []string{"2026-05-04T09:00:00+02:00", "2026-05-05T09:00:00+02:00"}
		if len(got) != len(want) {
			t.Fatalf("%d posts; want %d: %v", len(got), len(want), got)
		}
		for i := range want {
			if g := got[i].At.In(loc).Format(time.RFC3339); g != want[i] {
				t.Errorf("post %d at %s; want %s", i, g, want[i])
			}
		}
	})
}

// Down at post time, up later the same local day: one late post.
func TestLatePostSameDay(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		loc := zone(t, "America/New_York")
		st := openStore(t, dbPath(t))
		defer st.Close()
		sleepUntil(time.Date(2026, 7, 1, 8, 0, 0, 0, loc))
		subscribe(t, st, "g", "c", 9, 0, "America/New_York")

		sleepUntil(time.Date(2026, 7, 1, 14, 7, 0, 0, loc)) // the bot was down until now
		rec := &recorder{}
		stop := start(t, &daily.Scheduler{Store: st, Poster: rec})
		sleepUntil(time.Date(2026, 7, 2, 10, 0, 0, 0, loc))
		stop()

		got := rec.sent("")
		if len(got) != 2 {
			t.Fatalf("%d posts; want 2 (late today, on time tomorrow): %v", len(got), got)
		}
		if at := got[0].At.In(loc).Format(time.RFC3339); at != "2026-07-01T14:07:00-04:00" || got[0].Date != "2026-07-01" {
			t.Errorf("late post at %s for %s; want at start-up, 14:07, for 2026-07-01", at, got[0].Date)
		}
		if at := got[1].At.In(loc).Format(time.RFC3339); at != "2026-07-02T09:00:00-04:00" {
			t.Errorf("next post at %s; want 09:00", at)
		}
	})
}

// Down for three days: on return only the current day is posted, no
// backlog.
func TestNoBacklogAfterDowntime(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		loc := zone(t, "Asia/Jerusalem")
		path := dbPath(t)
		st := openStore(t, path)
		defer st.Close()
		sleepUntil(time.Date(2026, 9, 1, 0, 0, 0, 0, loc))
		subscribe(t, st, "g", "c", 7, 45, "Asia/Jerusalem")
		rec := &recorder{}

		stop := start(t, &daily.Scheduler{Store: st, Poster: rec})
		sleepUntil(time.Date(2026, 9, 1, 12, 0, 0, 0, loc))
		stop()
		sleepUntil(time.Date(2026, 9, 4, 12, 0, 0, 0, loc)) // down 1 Sep 12:00 to 4 Sep 12:00
		stop = start(t, &daily.Scheduler{Store: st, Poster: rec})
		sleepUntil(time.Date(2026, 9, 4, 23, 59, 0, 0, loc))
		stop()

		var dates []string
		for _, p := range rec.sent("") {
			dates = append(dates, p.Date+"@"+p.At.In(loc).Format("15:04"))
		}
		if fmt.Sprint(dates) != "[2026-09-01@07:45 2026-09-04@12:00]" {
			t.Fatalf("posts %v; want [2026-09-01@07:45 2026-09-04@12:00]", dates)
		}
		for _, d := range []string{"2026-09-02", "2026-09-03"} {
			if _, err := st.LedgerEntry(t.Context(), "c", d); !errors.Is(err, store.ErrNotFound) {
				t.Errorf("ledger has an entry for missed day %s: %v", d, err)
			}
		}
	})
}

// A permanent failure (channel deleted, access lost) pauses only that
// subscription, without retries; the others keep posting. Resuming
// starts again the next day.
func TestPermanentErrorPausesOnlyThatSubscription(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		loc := zone(t, "Europe/Tirane")
		st := openStore(t, dbPath(t))
		defer st.Close()
		sleepUntil(time.Date(2026, 6, 1, 0, 0, 0, 0, loc))
		subscribe(t, st, "g1", "gone", 9, 0, "Europe/Tirane")
		subscribe(t, st, "g2", "fine", 9, 0, "Europe/Tirane")
		rec := &recorder{fail: func(sub store.Subscription, n int) error {
			if sub.ChannelID == "gone" && n == 1 {
				return fmt.Errorf("discord: %w", &daily.PermanentError{Status: 403, Reason: "Missing Access"})
			}
			return nil
		}}
		var n counters
		s := &daily.Scheduler{Store: st, Poster: rec, Poll: time.Hour}
		n.hook(s)
		stop := start(t, s)
		sleepUntil(time.Date(2026, 6, 3, 12, 0, 0, 0, loc))

		if a := rec.attempts("gone"); len(a) != 1 {
			t.Fatalf("%d attempts on the failing channel; want 1, no retries", len(a))
		}
		if got := len(rec.sent("fine")); got != 3 {
			t.Fatalf("%d posts to the healthy channel over 3 days; want 3", got)
		}
		sub, err := st.Subscription(t.Context(), "g1")
		if err != nil || sub.Active() || sub.PausedReason != "403 Missing Access" {
			t.Fatalf("failing subscription = %+v, %v; want paused with reason %q", sub, err, "403 Missing Access")
		}
		if _, err := st.LedgerEntry(t.Context(), "gone", "2026-06-01"); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("the failed claim was not released: %v", err)
		}
		if n.sent.Load() != 3 || n.failed.Load() != 1 || n.paused.Load() != 1 {
			t.Errorf("hooks: sent %d, failed %d, paused %d; want 3, 1, 1", n.sent.Load(), n.failed.Load(), n.paused.Load())
		}

		// Fixed and resumed after today's post time: posts resume tomorrow.
		if err := st.ResumeSubscription(t.Context(), "g1"); err != nil {
			t.Fatal(err)
		}
		s.Kick()
		sleepUntil(time.Date(2026, 6, 4, 12, 0, 0, 0, loc))
		stop()
		got := rec.sent("gone")
		if len(got) != 1 || got[0].At.In(loc).Format(time.RFC3339) != "2026-06-04T09:00:00+02:00" {
			t.Fatalf("after resume, posts %v; want one on 2026-06-04 at 09:00", got)
		}
	})
}

// A transient failure releases the claim and is retried with exponential
// backoff until it succeeds, with the same nonce each time, and then
// posts exactly once.
func TestTransientErrorRetriedWithBackoff(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		loc := zone(t, "Europe/Tirane")
		st := openStore(t, dbPath(t))
		defer st.Close()
		sleepUntil(time.Date(2026, 6, 1, 0, 0, 0, 0, loc))
		subscribe(t, st, "g", "c", 9, 0, "Europe/Tirane")
		subscribe(t, st, "g2", "other", 9, 0, "Europe/Tirane")
		rec := &recorder{fail: func(sub store.Subscription, n int) error {
			if sub.ChannelID == "c" && n <= 3 {
				return errors.New("discord: 503 Service Unavailable")
			}
			return nil
		}}
		var n counters
		s := &daily.Scheduler{Store: st, Poster: rec}
		n.hook(s)
		stop := start(t, s)
		sleepUntil(time.Date(2026, 6, 2, 0, 0, 0, 0, loc))
		stop()

		attempts := rec.attempts("c")
		var at []string
		for _, a := range attempts {
			at = append(at, a.At.In(loc).Format("15:04:05"))
			if a.Nonce != attempts[0].Nonce {
				t.Errorf("retry nonce %q differs from first %q", a.Nonce, attempts[0].Nonce)
			}
		}
		// Backoff 1 s, 2 s, 4 s.
		if fmt.Sprint(at) != "[09:00:00 09:00:01 09:00:03 09:00:07]" {
			t.Fatalf("attempts at %v; want [09:00:00 09:00:01 09:00:03 09:00:07]", at)
		}
		if len(rec.sent("c")) != 1 || len(rec.sent("other")) != 1 {
			t.Fatalf("posts: %d to c, %d to other; want 1 each", len(rec.sent("c")), len(rec.sent("other")))
		}
		if n.sent.Load() != 2 || n.failed.Load() != 3 || n.paused.Load() != 0 {
			t.Errorf("hooks: sent %d, failed %d, paused %d; want 2, 3, 0", n.sent.Load(), n.failed.Load(), n.paused.Load())
		}
		e, err := st.LedgerEntry(t.Context(), "c", "2026-06-01")
		if err != nil || e.State != store.StateSent || e.MessageID != "msg-c-2026-06-01" {
			t.Errorf("ledger entry = %+v, %v; want sent as msg-c-2026-06-01", e, err)
		}
	})
}

// An outage that lasts all day is retried with growing gaps, capped, not
// in a hot loop; the next day starts afresh.
func TestTransientErrorBackoffIsCapped(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		loc := zone(t, "Europe/Tirane")
		st := openStore(t, dbPath(t))
		defer st.Close()
		sleepUntil(time.Date(2026, 6, 1, 0, 0, 0, 0, loc))
		subscribe(t, st, "g", "c", 21, 0, "Europe/Tirane")
		rec := &recorder{fail: func(store.Subscription, int) error { return errors.New("network unreachable") }}
		retry := daily.Backoff{Initial: time.Second, Max: 4 * time.Minute}
		stop := start(t, &daily.Scheduler{Store: st, Poster: rec, Retry: retry, Logger: slog.New(slog.DiscardHandler)})
		sleepUntil(time.Date(2026, 6, 2, 0, 0, 0, 0, loc))
		stop()

		a := rec.attempts("c")
		// 1, 2, 4, … 128 s, then every 4 minutes, from 21:00 until the
		// date ends at midnight: 52 attempts, not thousands.
		want := 0
		for n, elapsed := 1, time.Duration(0); elapsed < 3*time.Hour; n++ {
			want++
			elapsed += retry.Delay(n)
		}
		if len(a) != want {
			t.Fatalf("%d attempts from 21:00 to midnight; want %d", len(a), want)
		}
		for i := 1; i < len(a); i++ {
			gap := a[i].At.Sub(a[i-1].At)
			if want := retry.Delay(i); gap != want {
				t.Fatalf("gap before attempt %d = %v; want %v", i+1, gap, want)
			}
		}
	})
}

// Two schedulers with different owners (two replicas) share one
// database: each day is posted exactly once.
func TestTwoSchedulersPostOnce(t *testing.T) {
	t.Parallel()
	for _, handles := range []int{1, 2} {
		t.Run(fmt.Sprintf("%d store handles", handles), func(t *testing.T) {
			synctest.Test(t, func(t *testing.T) {
				loc := zone(t, "Europe/Tirane")
				path := dbPath(t)
				st1 := openStore(t, path)
				defer st1.Close()
				st2 := st1
				if handles == 2 {
					st2 = openStore(t, path)
					defer st2.Close()
				}
				sleepUntil(time.Date(2026, 3, 25, 0, 0, 0, 0, loc))
				subscribe(t, st1, "g", "c", 2, 30, "Europe/Tirane")
				subscribe(t, st1, "g2", "c2", 9, 0, "Asia/Jerusalem")
				recA, recB := &recorder{}, &recorder{}
				stopA := start(t, &daily.Scheduler{Store: st1, Poster: recA, Owner: "A", Poll: time.Hour})
				stopB := start(t, &daily.Scheduler{Store: st2, Poster: recB, Owner: "B", Poll: time.Hour})
				sleepUntil(time.Date(2026, 4, 1, 0, 0, 0, 0, loc))
				stopA()
				stopB()

				for _, ch := range []store.ChannelID{"c", "c2"} {
					perDate := map[string]int{}
					for _, p := range append(recA.sent(ch), recB.sent(ch)...) {
						perDate[p.Date]++
					}
					if len(perDate) != 7 {
						t.Errorf("%s: posts on %d dates; want 7: %v", ch, len(perDate), perDate)
					}
					for d, k := range perDate {
						if k != 1 {
							t.Errorf("%s: %d posts on %s; want 1", ch, k, d)
						}
					}
				}
			})
		})
	}
}

// Each process posts only for the guilds it owns (its shards).
func TestOwnsFilter(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		loc := zone(t, "UTC")
		st := openStore(t, dbPath(t))
		defer st.Close()
		sleepUntil(time.Date(2026, 8, 1, 0, 0, 0, 0, loc))
		for _, g := range []string{"1", "2", "3", "4"} {
			subscribe(t, st, g, "c"+g, 6, 0, "UTC")
		}
		owns := func(want ...store.GuildID) func(store.GuildID) bool {
			return func(g store.GuildID) bool {
				for _, w := range want {
					if g == w {
						return true
					}
				}
				return false
			}
		}
		recA, recB := &recorder{}, &recorder{}
		stopA := start(t, &daily.Scheduler{Store: st, Poster: recA, Owner: "A", Owns: owns("1", "3"), Poll: time.Hour})
		stopB := start(t, &daily.Scheduler{Store: st, Poster: recB, Owner: "B", Owns: owns("2"), Poll: time.Hour})
		sleepUntil(time.Date(2026, 8, 3, 0, 0, 0, 0, loc))
		stopA()
		stopB()

		count := func(r *recorder) map[store.GuildID]int {
			m := map[store.GuildID]int{}
			for _, p := range r.sent("") {
				m[p.Guild]++
			}
			return m
		}
		if got := fmt.Sprint(count(recA)); got != "map[1:2 3:2]" {
			t.Errorf("A posted %s; want map[1:2 3:2]", got)
		}
		if got := fmt.Sprint(count(recB)); got != "map[2:2]" {
			t.Errorf("B posted %s; want map[2:2]", got)
		}
	})
}

// A claimant that died between sending and recording is taken over once
// its lease has passed, and the resend carries its nonce so Discord
// deduplicates it.
func TestTakeoverAfterCrashKeepsNonce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		loc := zone(t, "Europe/Tirane")
		st := openStore(t, dbPath(t))
		defer st.Close()
		sleepUntil(time.Date(2026, 6, 1, 8, 0, 0, 0, loc))
		subscribe(t, st, "g", "c", 9, 0, "Europe/Tirane")
		sleepUntil(time.Date(2026, 6, 1, 9, 0, 0, 0, loc))
		dead, ok, err := st.Claim(t.Context(), "c", "g", "2026-06-01", "dead", time.Now(), daily.DefaultLease)
		if err != nil || !ok {
			t.Fatalf("Claim: %v, %v", ok, err)
		}
		sleepUntil(time.Date(2026, 6, 1, 9, 0, 30, 0, loc))
		rec := &recorder{}
		stop := start(t, &daily.Scheduler{Store: st, Poster: rec, Owner: "alive"})
		sleepUntil(time.Date(2026, 6, 1, 10, 0, 0, 0, loc))
		stop()

		got := rec.sent("")
		if len(got) != 1 {
			t.Fatalf("%d posts; want 1", len(got))
		}
		if at := got[0].At.In(loc).Format("15:04:05"); at != "09:02:00" || got[0].Nonce != dead.Nonce {
			t.Errorf("resend at %s with nonce %q; want 09:02:00 (claim + lease) with the dead claim's %q",
				at, got[0].Nonce, dead.Nonce)
		}
		if e, _ := st.LedgerEntry(t.Context(), "c", "2026-06-01"); e.State != store.StateSent || e.Attempts != 2 || e.Owner != "alive" {
			t.Errorf("ledger entry = %+v; want sent by alive on attempt 2", e)
		}
	})
}

// New and changed subscriptions are picked up: at once after Kick, within
// Poll otherwise; one created after its time today starts tomorrow.
func TestNewSubscriptions(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		loc := zone(t, "Europe/Tirane")
		st := openStore(t, dbPath(t))
		defer st.Close()
		sleepUntil(time.Date(2026, 6, 1, 10, 0, 0, 0, loc))
		rec := &recorder{}
		// An hour's poll shows that Kick, not polling, finds "soon".
		s := &daily.Scheduler{Store: st, Poster: rec, Poll: time.Hour}
		stop := start(t, s)
		time.Sleep(time.Minute)
		subscribe(t, st, "g1", "soon", 10, 30, "Europe/Tirane")
		subscribe(t, st, "g2", "missed", 9, 0, "Europe/Tirane")
		s.Kick()
		sleepUntil(time.Date(2026, 6, 2, 12, 0, 0, 0, loc))
		stop()

		var got []string
		for _, p := range rec.sent("") {
			got = append(got, string(p.Channel)+"@"+p.At.In(loc).Format("01-02 15:04"))
		}
		want := "[soon@06-01 10:30 missed@06-02 09:00 soon@06-02 10:30]"
		if fmt.Sprint(got) != want {
			t.Fatalf("posts %v; want %s", got, want)
		}
	})
}

// Without a Kick, a subscription written by another process is noticed
// within Poll (a minute by default).
func TestPollNoticesOtherProcesses(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		loc := zone(t, "Europe/Tirane")
		path := dbPath(t)
		st := openStore(t, path)
		defer st.Close()
		other := openStore(t, path) // the process that handled /subscribe
		defer other.Close()
		sleepUntil(time.Date(2026, 6, 1, 9, 0, 0, 0, loc))
		rec := &recorder{}
		stop := start(t, &daily.Scheduler{Store: st, Poster: rec})
		time.Sleep(20 * time.Second)
		subscribe(t, other, "g", "c", 9, 5, "Europe/Tirane")
		sleepUntil(time.Date(2026, 6, 1, 9, 30, 0, 0, loc))
		stop()
		got := rec.sent("")
		if len(got) != 1 || got[0].At.In(loc).Format("15:04:05") != "09:05:00" {
			t.Fatalf("posts %v; want one at 09:05:00", got)
		}
	})
}

// Cancelling Run while a post is in flight returns promptly and releases
// the claim, so the next process can post at once.
func TestShutdownDuringPostReleasesClaim(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		loc := zone(t, "Europe/Tirane")
		st := openStore(t, dbPath(t))
		defer st.Close()
		sleepUntil(time.Date(2026, 6, 1, 8, 0, 0, 0, loc))
		subscribe(t, st, "g", "c", 9, 0, "Europe/Tirane")
		rec := &recorder{block: true}
		stop := start(t, &daily.Scheduler{Store: st, Poster: rec, Logger: slog.New(slog.DiscardHandler)})
		sleepUntil(time.Date(2026, 6, 1, 9, 0, 1, 0, loc))
		stop() // returns only once Run has
		if len(rec.attempts("c")) != 1 {
			t.Fatalf("%d attempts; want 1 in flight", len(rec.attempts("c")))
		}
		if _, err := st.LedgerEntry(t.Context(), "c", "2026-06-01"); !errors.Is(err, store.ErrNotFound) {
			t.Fatalf("claim still held after shutdown: %v", err)
		}
	})
}

// A hung Post is cut off by PostTimeout and treated as transient.
func TestPostTimeout(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		loc := zone(t, "Europe/Tirane")
		st := openStore(t, dbPath(t))
		defer st.Close()
		sleepUntil(time.Date(2026, 6, 1, 8, 0, 0, 0, loc))
		subscribe(t, st, "g", "c", 9, 0, "Europe/Tirane")
		rec := &recorder{block: true}
		stop := start(t, &daily.Scheduler{Store: st, Poster: rec, PostTimeout: 10 * time.Second,
			Logger: slog.New(slog.DiscardHandler)})
		sleepUntil(time.Date(2026, 6, 1, 9, 0, 12, 0, loc))
		stop()
		a := rec.attempts("c")
		// 09:00:00 times out at :10, retried 1 s later, still hanging at :12.
		if len(a) != 2 || !errors.Is(a[0].Err, context.DeadlineExceeded) ||
			a[1].At.In(loc).Format("15:04:05") != "09:00:11" {
			t.Fatalf("attempts %+v; want a timeout at 09:00:10 and a retry at 09:00:11", a)
		}
	})
}

func TestRunRejectsBadConfig(t *testing.T) {
	st := openStore(t, dbPath(t))
	defer st.Close()
	rec := &recorder{}
	tests := []struct {
		name string
		s    *daily.Scheduler
	}{
		{"no store", &daily.Scheduler{Poster: rec}},
		{"no poster", &daily.Scheduler{Store: st}},
		{"timeout not below lease", &daily.Scheduler{Store: st, Poster: rec, Lease: time.Minute, PostTimeout: time.Minute}},
		{"negative lease", &daily.Scheduler{Store: st, Poster: rec, Lease: -time.Minute}},
	}
	for _, tc := range tests {
		if err := tc.s.Run(t.Context()); err == nil {
			t.Errorf("Run(%s) = nil; want an error", tc.name)
		}
	}
}

func TestRunTwiceAtOnce(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		st := openStore(t, dbPath(t))
		defer st.Close()
		s := &daily.Scheduler{Store: st, Poster: &recorder{}}
		stop := start(t, s)
		synctest.Wait()
		if err := s.Run(t.Context()); err == nil {
			t.Error("second concurrent Run = nil; want an error")
		}
		stop()
	})
}

func TestBackoffDelay(t *testing.T) {
	b := daily.Backoff{Initial: time.Second, Max: 5 * time.Minute}
	tests := []struct {
		failures int
		want     time.Duration
	}{
		{1, time.Second}, {2, 2 * time.Second}, {3, 4 * time.Second}, {9, 256 * time.Second},
		{10, 5 * time.Minute}, {1000, 5 * time.Minute},
	}
	for _, tc := range tests {
		if got := b.Delay(tc.failures); got != tc.want {
			t.Errorf("Delay(%d) = %v; want %v", tc.failures, got, tc.want)
		}
	}
}

func TestPermanentErrorMessage(t *testing.T) {
	tests := []struct {
		err  *daily.PermanentError
		want string
	}{
		{&daily.PermanentError{Status: 404, Reason: "Unknown Channel"}, "permanent post failure: 404 Unknown Channel"},
		{&daily.PermanentError{Status: 403}, "permanent post failure: 403 Forbidden"},
		{&daily.PermanentError{Reason: "channel is not a text channel"}, "permanent post failure: channel is not a text channel"},
	}
	for _, tc := range tests {
		if got := tc.err.Error(); got != tc.want {
			t.Errorf("Error() = %q; want %q", got, tc.want)
		}
	}
}
