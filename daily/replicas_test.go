package daily_test

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"sync"
	"testing"
	"time"

	"factbot/daily"
	"factbot/store"
)

// TestReplicasSharePostgres runs two schedulers, each with its own store
// handle (two replicas), against one PostgreSQL database in real time with
// a shared fake clock: every local date is posted exactly once. It needs
// FACTBOT_TEST_DATABASE_URL (.ci/run sets it).
func TestReplicasSharePostgres(t *testing.T) {
	base := os.Getenv("FACTBOT_TEST_DATABASE_URL")
	if base == "" {
		if os.Getenv("FACTBOT_TEST_REQUIRE_POSTGRES") != "" {
			t.Fatal("FACTBOT_TEST_DATABASE_URL is not set")
		}
		t.Skip("FACTBOT_TEST_DATABASE_URL is not set; see store/testdata/postgres-ci.sh")
	}
	// A schema of its own, chosen through search_path.
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	var b [6]byte
	rand.Read(b[:])
	schema := "factbot_replicas_" + hex.EncodeToString(b[:])
	if _, err := admin.Exec(`CREATE SCHEMA ` + schema); err != nil {
		t.Fatal(err)
	}
	defer admin.Exec(`DROP SCHEMA ` + schema + ` CASCADE`)
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()

	ctx, cancel := context.WithTimeout(context.Background(), 60*time.Second)
	defer cancel()
	st1, err := store.Open(ctx, u.String())
	if err != nil {
		t.Fatal(err)
	}
	defer st1.Close()
	st2, err := store.Open(ctx, u.String())
	if err != nil {
		t.Fatal(err)
	}
	defer st2.Close()

	loc, _ := time.LoadLocation("Europe/Tirane")
	var mu sync.Mutex
	// Days a month ahead of the wall clock, which stamps the subscription:
	// a subscription newer than a day's post time waits for the next day.
	first := time.Now().In(loc).AddDate(0, 1, 0)
	now := time.Date(first.Year(), first.Month(), first.Day(), 8, 0, 0, 0, loc)
	clock := func() time.Time { mu.Lock(); defer mu.Unlock(); return now }
	if err := st1.PutSubscription(ctx, store.Subscription{GuildID: "g", ChannelID: "c", Hour: 9, Minute: 0, TZ: "Europe/Tirane"}); err != nil {
		t.Fatal(err)
	}
	recA, recB := &recorder{}, &recorder{}
	var schedulers []*daily.Scheduler
	var wg sync.WaitGroup
	for _, s := range []*daily.Scheduler{
		{Store: st1, Poster: recA, Owner: "A", Now: clock, Poll: 5 * time.Millisecond},
		{Store: st2, Poster: recB, Owner: "B", Now: clock, Poll: 5 * time.Millisecond},
	} {
		schedulers = append(schedulers, s)
		wg.Go(func() { s.Run(ctx) })
	}
	defer wg.Wait()
	defer cancel()

	const days = 5
	for d := range days {
		mu.Lock()
		now = time.Date(first.Year(), first.Month(), first.Day()+1+d, 9, 0, 5, 0, loc)
		mu.Unlock()
		for _, s := range schedulers {
			s.Kick()
		}
		want := now.Format(daily.DateLayout)
		deadline := time.Now().Add(10 * time.Second)
		for {
			n := 0
			for _, p := range append(recA.sent("c"), recB.sent("c")...) {
				if p.Date == want {
					n++
				}
			}
			if n >= 1 {
				break
			}
			if time.Now().After(deadline) {
				t.Fatalf("no post for %s", want)
			}
			time.Sleep(5 * time.Millisecond)
		}
		time.Sleep(50 * time.Millisecond) // time enough for a second post to show up if one were coming
	}
	perDate := map[string]int{}
	for _, p := range append(recA.sent("c"), recB.sent("c")...) {
		perDate[p.Date]++
	}
	if len(perDate) != days {
		t.Errorf("posts on %d dates; want %d: %v", len(perDate), days, perDate)
	}
	for d, n := range perDate {
		if n != 1 {
			t.Errorf("%d posts on %s; want 1", n, d)
		}
	}
	t.Logf("replica A posted %d, replica B posted %d", len(recA.sent("c")), len(recB.sent("c")))
}
