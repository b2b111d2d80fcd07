package wiki

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"factbot/internal/fakewiki"
)

var may14 = []fakewiki.Event{
	fakewiki.NewEvent(1948, "David Ben-Gurion proclaims the establishment of the State of Israel.", "Israeli Declaration of Independence", "David Ben-Gurion"),
	fakewiki.NewEvent(1607, "Jamestown, Virginia is settled.", "Jamestown, Virginia"),
}

func TestOnThisDay(t *testing.T) {
	wp := startFake(t)
	wp.SetFeed(5, 14, may14)
	tc := newTestClient(t, wp, 200*time.Millisecond)
	events, err := tc.OnThisDay(context.Background(), 5, 14)
	if err != nil {
		t.Fatal(err)
	}
	if len(events) != 2 || events[0].Year != 1948 || !strings.HasPrefix(events[0].Text, "David Ben-Gurion") ||
		len(events[0].Pages) != 2 || events[0].Pages[0].Title != "Israeli Declaration of Independence" ||
		events[0].Pages[0].URL != "https://en.wikipedia.org/wiki/Israeli_Declaration_of_Independence" {
		t.Errorf("OnThisDay(5, 14) = %+v", events)
	}
	r := wp.Requests()[0]
	if r.Path != "/api/rest_v1/feed/onthisday/events/05/14" || r.UserAgent != "factbot/test (https://example.org/factbot)" {
		t.Errorf("request %s with %q", r.Path, r.UserAgent)
	}
	if events, err := tc.OnThisDay(context.Background(), 1, 2); err != nil || len(events) != 0 || events == nil {
		t.Errorf("an empty day = %#v, %v; want an empty list", events, err)
	}

	for _, tt := range []struct {
		name   string
		faults []fakewiki.Fault
		err    error  // errors.Is
		msg    string // in the error
		ok     bool
	}{
		{"404", []fakewiki.Fault{{Status: 404, Body: `{"title":"Not found."}`}}, ErrNotFound, "wikipedia on this day 05-14: not found", false},
		{"500 then ok", []fakewiki.Fault{fakewiki.ServerError(500)}, nil, "", true},
		{"503 with Retry-After then ok", []fakewiki.Fault{fakewiki.Busy(503, "2")}, nil, "", true},
		{"timeout then ok", []fakewiki.Fault{fakewiki.Hang()}, nil, "", true},
		{"malformed", []fakewiki.Fault{fakewiki.Malformed()}, ErrMalformed, "wikipedia on this day 05-14: malformed reply", false},
		{"no events list", []fakewiki.Fault{{Body: `{"births":[]}`}}, ErrMalformed, "no events list", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			for _, f := range tt.faults {
				wp.FailFeed(1, f)
			}
			events, err := tc.OnThisDay(context.Background(), 5, 14)
			if tt.ok {
				if err != nil || len(events) != 2 {
					t.Errorf("OnThisDay = %d events, %v; want the day's 2", len(events), err)
				}
				return
			}
			if !errors.Is(err, tt.err) || !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("OnThisDay = %v; want %v saying %q", err, tt.err, tt.msg)
			}
		})
	}
}

// TestFeed checks the feed's cache: a day fetched once however many
// callers ask, at once or in turn, and across restarts; fetched again when
// old; the events fetched before when the feed fails; no second ask
// within Retry of a failure.
func TestFeed(t *testing.T) {
	wp := startFake(t)
	wp.SetFeed(5, 14, may14)
	tc := newTestClient(t, wp, time.Second)
	dir := t.TempDir()
	var log bytes.Buffer
	var logMu sync.Mutex
	f := &Feed{Client: tc.Client, Dir: dir, MaxAge: time.Hour, Log: slog.New(slog.NewTextHandler(&lockedWriter{&logMu, &log}, nil))}
	ctx := context.Background()
	calls := func() int { return len(wp.Requests()) }

	var wg sync.WaitGroup
	for range 10 {
		wg.Go(func() {
			if ev, err := f.Events(ctx, 5, 14); err != nil || len(ev) != 2 {
				t.Errorf("Events = %d, %v", len(ev), err)
			}
		})
	}
	wg.Wait()
	if _, err := f.Events(ctx, 5, 14); err != nil || calls() != 1 {
		t.Errorf("11 callers made %d requests; want 1", calls())
	}
	if _, err := os.Stat(filepath.Join(dir, "feed", "05-14.json")); err != nil {
		t.Errorf("no cache file: %v", err)
	}
	// A restart reads the cache.
	f2 := &Feed{Client: tc.Client, Dir: dir, MaxAge: time.Hour}
	if ev, err := f2.Events(ctx, 5, 14); err != nil || len(ev) != 2 || calls() != 1 {
		t.Errorf("after a restart: %d events, %v, %d requests; want the cached day", len(ev), err, calls())
	}
	// Old events are fetched again; when that fails, they still answer.
	f2.MaxAge = time.Nanosecond
	wp.FailFeed(-1, fakewiki.ServerError(500))
	if ev, err := f2.Events(ctx, 5, 14); err != nil || len(ev) != 2 {
		t.Errorf("old events, feed failing: %d, %v; want the old events", len(ev), err)
	}
	n := calls()
	if _, err := f2.Events(ctx, 5, 14); err != nil || calls() != n {
		t.Errorf("within Retry of a failure: %d more requests; want none", calls()-n)
	}
	// No events at all: the error, naming the day.
	if _, err := f.Events(ctx, 6, 5); err == nil || !strings.Contains(err.Error(), "06-05") {
		t.Errorf("feed failing, nothing cached: %v; want an error naming the day", err)
	}
	logMu.Lock()
	if !strings.Contains(log.String(), "on this day feed unavailable") {
		t.Errorf("no warning in the log:\n%s", log.String())
	}
	logMu.Unlock()
}

// TestFeedDeadline: a caller never waits past its context; the fetch goes
// on without it and serves the next caller.
func TestFeedDeadline(t *testing.T) {
	wp := startFake(t)
	wp.SetFeed(5, 14, may14)
	wp.FailFeed(1, fakewiki.Hang())
	c := New(Options{APIURL: wp.APIURL(), RESTURL: wp.RESTURL(), UserAgent: UserAgent("test", "x"), Timeout: 300 * time.Millisecond, Backoff: 10 * time.Millisecond})
	f := &Feed{Client: c, MaxAge: time.Hour}
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	start := time.Now()
	if _, err := f.Events(ctx, 5, 14); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Events = %v; want the caller's deadline", err)
	}
	if d := time.Since(start); d > 250*time.Millisecond {
		t.Errorf("waited %s; want about 50 ms", d)
	}
	if ev, err := f.Events(context.Background(), 5, 14); err != nil || len(ev) != 2 {
		t.Errorf("next caller: %d events, %v; want the day from the fetch that went on", len(ev), err)
	}
	if n := len(wp.Requests()); n != 2 {
		t.Errorf("%d requests; want the hung one and its retry", n)
	}
}

type lockedWriter struct {
	mu *sync.Mutex
	w  *bytes.Buffer
}

func (l *lockedWriter) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(p)
}
