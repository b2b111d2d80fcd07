package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// The suite runs once per backend. A newDB makes a fresh, empty database
// and returns the DSN that opens it; tests Open it as often as they need
// separate handles (standing in for separate processes).
type newDB func(t *testing.T) string

func TestSQLite(t *testing.T) {
	runSuite(t, func(t *testing.T) string {
		// A nested path checks that Open creates missing directories.
		return filepath.Join(t.TempDir(), "state", "factbot.db")
	})
}

// postgresEnv names the variable holding the base URL of a PostgreSQL
// database the tests may create schemas in.
const postgresEnv = "FACTBOT_TEST_DATABASE_URL"

func TestPostgres(t *testing.T) {
	base := os.Getenv(postgresEnv)
	if base == "" {
		msg := postgresEnv + " is not set; to run the PostgreSQL suite: " +
			`eval "$(sudo bash store/testdata/postgres-ci.sh)"`
		// CI sets this so that a broken database set-up fails the run
		// instead of passing with the suite skipped.
		if os.Getenv("FACTBOT_TEST_REQUIRE_POSTGRES") != "" {
			t.Fatal(msg)
		}
		t.Skip(msg)
	}
	if !isPostgres(base) {
		t.Fatalf("%s = %q; want a postgres:// URL", postgresEnv, "<redacted>")
	}
	runSuite(t, func(t *testing.T) string {
		// Each test gets its own schema, selected through search_path, so
		// tests run in parallel and leave nothing behind.
		admin, err := sql.Open("pgx", base)
		if err != nil {
			t.Fatalf("open admin connection: %v", err)
		}
		schema := "factbot_test_" + randomHex(t, 6)
		if _, err := admin.Exec(`CREATE SCHEMA ` + schema); err != nil {
			admin.Close()
			t.Fatalf("create schema: %v", err)
		}
		t.Cleanup(func() {
			if _, err := admin.Exec(`DROP SCHEMA ` + schema + ` CASCADE`); err != nil {
				t.Errorf("drop schema %s: %v", schema, err)
			}
			admin.Close()
		})
		u, err := url.Parse(base)
		if err != nil {
			t.Fatalf("parse %s: %v", postgresEnv, err)
		}
		q := u.Query()
		q.Set("search_path", schema)
		u.RawQuery = q.Encode()
		return u.String()
	})
}

func runSuite(t *testing.T, db newDB) {
	tests := []struct {
		name string
		fn   func(t *testing.T, db newDB)
	}{
		{"OpenAndReopen", testOpenAndReopen},
		{"ConcurrentOpen", testConcurrentOpen},
		{"UpgradeFromV1", testUpgradeFromV1},
		{"Subscriptions", testSubscriptions},
		{"SubscriptionValidation", testSubscriptionValidation},
		{"PauseResume", testPauseResume},
		{"ClaimLifecycle", testClaimLifecycle},
		{"ClaimInvalid", testClaimInvalid},
		{"LeaseTakeover", testLeaseTakeover},
		{"Release", testRelease},
		{"NonceUnique", testNonceUnique},
		{"LastPost", testLastPost},
		{"ClaimRace", testClaimRace},
		{"TakeoverRace", testTakeoverRace},
		{"RefusesForeign", testRefusesForeign},
		{"Check", testCheck},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			tc.fn(t, db)
		})
	}
}

func openT(t *testing.T, dsn string) *Store {
	t.Helper()
	s, err := Open(t.Context(), dsn)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func randomHex(t *testing.T, n int) string {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		t.Fatal(err)
	}
	return hex.EncodeToString(b)
}

// schemaVersion reports the newest applied migration.
func schemaVersion(t *testing.T, s *Store) int {
	t.Helper()
	var v sql.NullInt64
	if err := s.db.QueryRowContext(t.Context(), `SELECT MAX(version) FROM schema_migrations`).Scan(&v); err != nil {
		t.Fatalf("read schema version: %v", err)
	}
	return int(v.Int64)
}

// clock is a settable time source for Store.now.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time          { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) advance(d time.Duration) { c.mu.Lock(); defer c.mu.Unlock(); c.t = c.t.Add(d) }

var t0 = time.Date(2026, 3, 8, 9, 0, 0, 0, time.UTC)

func testOpenAndReopen(t *testing.T, db newDB) {
	dsn := db(t)
	s := openT(t, dsn)
	if err := s.Ping(t.Context()); err != nil {
		t.Fatalf("Ping: %v", err)
	}
	if got, want := schemaVersion(t, s), len(migrations); got != want {
		t.Fatalf("schema version = %d; want %d", got, want)
	}
	// A second Open of a current database changes nothing.
	s2 := openT(t, dsn)
	if s2.Backend() != s.Backend() {
		t.Fatalf("Backend() = %q then %q", s.Backend(), s2.Backend())
	}
	var n int
	if err := s2.db.QueryRow(`SELECT COUNT(*) FROM schema_migrations`).Scan(&n); err != nil {
		t.Fatal(err)
	}
	if n != len(migrations) {
		t.Fatalf("schema_migrations has %d rows; want %d", n, len(migrations))
	}
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if err := s.Ping(t.Context()); err == nil {
		t.Fatalf("Ping after Close succeeded")
	}
}

// Replicas start together; every one must come up with the schema migrated
// exactly once.
func testConcurrentOpen(t *testing.T, db newDB) {
	dsn := db(t)
	const n = 4
	var wg sync.WaitGroup
	errs := make([]error, n)
	stores := make([]*Store, n)
	for i := range n {
		wg.Go(func() { stores[i], errs[i] = Open(t.Context(), dsn) })
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("Open #%d: %v", i, err)
		}
		defer stores[i].Close()
	}
	if got := schemaVersion(t, stores[0]); got != len(migrations) {
		t.Fatalf("schema version = %d; want %d", got, len(migrations))
	}
}

// A database left by a release that knew only v1 is upgraded in place:
// its rows survive and the v2 columns work on them.
func testUpgradeFromV1(t *testing.T, db newDB) {
	ctx := t.Context()
	dsn := db(t)
	old, err := open(ctx, dsn, 1)
	if err != nil {
		t.Fatalf("open at v1: %v", err)
	}
	if got := schemaVersion(t, old); got != 1 {
		t.Fatalf("schema version = %d; want 1", got)
	}
	created := t0.Add(-48 * time.Hour)
	mustExec := func(query string, args ...any) {
		t.Helper()
		if _, err := old.db.ExecContext(ctx, old.q(query), args...); err != nil {
			t.Fatalf("%s: %v", query, err)
		}
	}
	// Exactly the columns v1 had.
	mustExec(`INSERT INTO subscriptions (guild_id, channel_id, hour, minute, tz, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, "g1", "c1", 9, 30, "Europe/Tirane", millis(created), millis(created))
	mustExec(`INSERT INTO post_ledger (channel_id, local_date, guild_id, nonce, state, claimed_at, claimed_by, sent_at, message_id)
		VALUES (?, ?, ?, ?, 'sent', ?, ?, ?, ?)`, "c1", "2026-03-06", "g1", "oldnonce1", millis(created), "r1", millis(created), "m1")
	mustExec(`INSERT INTO post_ledger (channel_id, local_date, guild_id, nonce, state, claimed_at, claimed_by)
		VALUES (?, ?, ?, ?, 'claimed', ?, ?)`, "c1", "2026-03-07", "g1", "oldnonce2", millis(created), "r1")
	if err := old.Close(); err != nil {
		t.Fatal(err)
	}

	s := openT(t, dsn)
	if got := schemaVersion(t, s); got != len(migrations) {
		t.Fatalf("schema version after upgrade = %d; want %d", got, len(migrations))
	}
	sub, err := s.Subscription(ctx, "g1")
	if err != nil {
		t.Fatalf("Subscription after upgrade: %v", err)
	}
	want := Subscription{GuildID: "g1", ChannelID: "c1", Hour: 9, Minute: 30, TZ: "Europe/Tirane",
		CreatedAt: created, UpdatedAt: created}
	if sub != want {
		t.Fatalf("Subscription after upgrade = %+v; want %+v", sub, want)
	}
	if err := s.PauseSubscription(ctx, "g1", "missing access"); err != nil {
		t.Fatalf("PauseSubscription on upgraded row: %v", err)
	}
	if sub, _ := s.Subscription(ctx, "g1"); sub.Active() || sub.PausedReason != "missing access" {
		t.Fatalf("after pause: %+v; want paused with reason", sub)
	}
	date, sentAt, ok, err := s.LastPost(ctx, "c1")
	if err != nil || !ok || date != "2026-03-06" || !sentAt.Equal(created) {
		t.Fatalf("LastPost = %q, %v, %v, %v; want 2026-03-06, %v, true, nil", date, sentAt, ok, err, created)
	}
	e, err := s.LedgerEntry(ctx, "c1", "2026-03-07")
	if err != nil || e.Attempts != 1 || e.Nonce != "oldnonce2" {
		t.Fatalf("LedgerEntry = %+v, %v; want attempts 1 (v2 default), nonce oldnonce2", e, err)
	}
	// The stale v1 claim is taken over with its v1 nonce.
	c, ok, err := s.Claim(ctx, "c1", "g1", "2026-03-07", "r2", t0, 2*time.Minute)
	if err != nil || !ok || c.Nonce != "oldnonce2" || c.Attempts != 2 {
		t.Fatalf("Claim of stale v1 entry = %+v, %v, %v; want takeover with nonce oldnonce2, attempts 2", c, ok, err)
	}
}

func testSubscriptions(t *testing.T, db newDB) {
	ctx := t.Context()
	s := openT(t, db(t))
	clk := &clock{t: t0}
	s.now = clk.now

	if _, err := s.Subscription(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("Subscription(missing) error = %v; want ErrNotFound", err)
	}
	if subs, err := s.Subscriptions(ctx); err != nil || len(subs) != 0 {
		t.Fatalf("Subscriptions() on empty store = %v, %v; want none", subs, err)
	}
	for _, g := range []GuildID{"30", "10", "20"} {
		sub := Subscription{GuildID: g, ChannelID: ChannelID("c" + g), Hour: 8, Minute: 15, TZ: "Asia/Jerusalem"}
		if err := s.PutSubscription(ctx, sub); err != nil {
			t.Fatalf("PutSubscription(%s): %v", g, err)
		}
	}
	subs, err := s.Subscriptions(ctx)
	if err != nil {
		t.Fatal(err)
	}
	var order []GuildID
	for _, sub := range subs {
		order = append(order, sub.GuildID)
	}
	if fmt.Sprint(order) != "[10 20 30]" {
		t.Fatalf("Subscriptions() order = %v; want [10 20 30]", order)
	}

	// Subscribing again replaces channel, time and zone, clears a pause and
	// keeps the creation time.
	if err := s.PauseSubscription(ctx, "10", "channel deleted"); err != nil {
		t.Fatal(err)
	}
	clk.advance(time.Hour)
	repl := Subscription{GuildID: "10", ChannelID: "c99", Hour: 23, Minute: 59, TZ: "America/New_York"}
	if err := s.PutSubscription(ctx, repl); err != nil {
		t.Fatal(err)
	}
	got, err := s.Subscription(ctx, "10")
	if err != nil {
		t.Fatal(err)
	}
	want := repl
	want.CreatedAt, want.UpdatedAt = t0, t0.Add(time.Hour)
	if got != want {
		t.Fatalf("after re-subscribe = %+v; want %+v", got, want)
	}

	for _, tc := range []struct {
		guild GuildID
		want  bool
	}{{"20", true}, {"20", false}, {"missing", false}} {
		existed, err := s.DeleteSubscription(ctx, tc.guild)
		if err != nil || existed != tc.want {
			t.Fatalf("DeleteSubscription(%s) = %v, %v; want %v, nil", tc.guild, existed, err, tc.want)
		}
	}
	if subs, _ := s.Subscriptions(ctx); len(subs) != 2 {
		t.Fatalf("after delete %d subscriptions; want 2", len(subs))
	}
}

func testSubscriptionValidation(t *testing.T, db newDB) {
	s := openT(t, db(t))
	ok := Subscription{GuildID: "g", ChannelID: "c", Hour: 9, Minute: 0, TZ: "Europe/Tirane"}
	tests := []struct {
		name string
		edit func(*Subscription)
	}{
		{"no guild", func(s *Subscription) { s.GuildID = "" }},
		{"no channel", func(s *Subscription) { s.ChannelID = "" }},
		{"hour 24", func(s *Subscription) { s.Hour = 24 }},
		{"hour -1", func(s *Subscription) { s.Hour = -1 }},
		{"minute 60", func(s *Subscription) { s.Minute = 60 }},
		{"no zone", func(s *Subscription) { s.TZ = "" }},
		{"bad zone", func(s *Subscription) { s.TZ = "Mars/Olympus" }},
		{"host zone", func(s *Subscription) { s.TZ = "Local" }},
	}
	for _, tc := range tests {
		sub := ok
		tc.edit(&sub)
		if err := s.PutSubscription(t.Context(), sub); err == nil {
			t.Errorf("PutSubscription(%s: %+v) succeeded; want error", tc.name, sub)
		}
	}
	if subs, _ := s.Subscriptions(t.Context()); len(subs) != 0 {
		t.Fatalf("invalid subscriptions were stored: %+v", subs)
	}
	if err := s.PutSubscription(t.Context(), ok); err != nil {
		t.Fatalf("PutSubscription(valid) = %v", err)
	}
}

func testPauseResume(t *testing.T, db newDB) {
	ctx := t.Context()
	s := openT(t, db(t))
	clk := &clock{t: t0}
	s.now = clk.now
	if err := s.PutSubscription(ctx, Subscription{GuildID: "g", ChannelID: "c", Hour: 1, TZ: "UTC"}); err != nil {
		t.Fatal(err)
	}
	clk.advance(time.Minute)
	if err := s.PauseSubscription(ctx, "g", "403 missing permissions"); err != nil {
		t.Fatal(err)
	}
	sub, _ := s.Subscription(ctx, "g")
	if sub.Active() || sub.PausedReason != "403 missing permissions" || !sub.PausedAt.Equal(t0.Add(time.Minute)) {
		t.Fatalf("after pause = %+v", sub)
	}
	if err := s.PauseSubscription(ctx, "g", ""); err == nil {
		t.Fatalf("PauseSubscription with empty reason succeeded")
	}
	if err := s.ResumeSubscription(ctx, "g"); err != nil {
		t.Fatal(err)
	}
	if sub, _ := s.Subscription(ctx, "g"); !sub.Active() || !sub.PausedAt.IsZero() {
		t.Fatalf("after resume = %+v; want active", sub)
	}
	for name, err := range map[string]error{
		"pause":  s.PauseSubscription(ctx, "missing", "x"),
		"resume": s.ResumeSubscription(ctx, "missing"),
	} {
		if !errors.Is(err, ErrNotFound) {
			t.Errorf("%s of missing guild: %v; want ErrNotFound", name, err)
		}
	}
}

const lease = 2 * time.Minute

func testClaimLifecycle(t *testing.T, db newDB) {
	ctx := t.Context()
	s := openT(t, db(t))
	const date = "2026-03-08"

	c, ok, err := s.Claim(ctx, "c", "g", date, "A", t0, lease)
	if err != nil || !ok {
		t.Fatalf("first Claim = %v, %v; want true, nil", ok, err)
	}
	if c.State != StateClaimed || c.Owner != "A" || c.GuildID != "g" || c.Attempts != 1 ||
		!c.ClaimedAt.Equal(t0) || c.Nonce == "" || len(c.Nonce) > 25 {
		t.Fatalf("first Claim = %+v", c)
	}
	// Fresh claims are not taken, whoever asks.
	for _, owner := range []string{"B", "A"} {
		held, ok, err := s.Claim(ctx, "c", "g", date, owner, t0.Add(lease-time.Millisecond), lease)
		if err != nil || ok || held.Owner != "A" || held.State != StateClaimed || held.Nonce != c.Nonce {
			t.Fatalf("Claim by %s of fresh claim = %+v, %v, %v; want held by A", owner, held, ok, err)
		}
	}
	if _, _, ok, _ := s.LastPost(ctx, "c"); ok {
		t.Fatalf("LastPost reports a post before MarkSent")
	}
	sentAt := t0.Add(3 * time.Second)
	if err := s.MarkSent(ctx, "c", date, "m1", sentAt); err != nil {
		t.Fatalf("MarkSent: %v", err)
	}
	// Sent entries are never taken over, however old.
	held, ok, err := s.Claim(ctx, "c", "g", date, "B", t0.Add(48*time.Hour), lease)
	if err != nil || ok || held.State != StateSent || held.MessageID != "m1" || !held.SentAt.Equal(sentAt) {
		t.Fatalf("Claim of sent entry = %+v, %v, %v; want not taken, sent as m1", held, ok, err)
	}
	// A second MarkSent (a taken-over claimant finishing) keeps the first record.
	if err := s.MarkSent(ctx, "c", date, "m2", sentAt.Add(time.Minute)); err != nil {
		t.Fatalf("second MarkSent: %v", err)
	}
	// Release cannot undo a sent entry.
	if err := s.Release(ctx, "c", date, "A"); err != nil {
		t.Fatal(err)
	}
	e, err := s.LedgerEntry(ctx, "c", date)
	if err != nil || e.State != StateSent || e.MessageID != "m1" {
		t.Fatalf("LedgerEntry = %+v, %v; want sent as m1", e, err)
	}
	if err := s.MarkSent(ctx, "c", "2026-03-09", "m", t0); !errors.Is(err, ErrNotFound) {
		t.Fatalf("MarkSent without claim = %v; want ErrNotFound", err)
	}
	if _, err := s.LedgerEntry(ctx, "c", "2026-03-09"); !errors.Is(err, ErrNotFound) {
		t.Fatalf("LedgerEntry(missing) = %v; want ErrNotFound", err)
	}
}

func testClaimInvalid(t *testing.T, db newDB) {
	s := openT(t, db(t))
	tests := []struct {
		name        string
		channel     ChannelID
		guild       GuildID
		date, owner string
		lease       time.Duration
	}{
		{"no channel", "", "g", "2026-03-08", "A", lease},
		{"no guild", "c", "", "2026-03-08", "A", lease},
		{"no owner", "c", "g", "2026-03-08", "", lease},
		{"negative lease", "c", "g", "2026-03-08", "A", -time.Second},
		{"slashes", "c", "g", "2026/03/08", "A", lease},
		{"short", "c", "g", "2026-3-8", "A", lease},
		{"no such day", "c", "g", "2026-02-29", "A", lease},
		{"with time", "c", "g", "2026-03-08T00:00", "A", lease},
	}
	for _, tc := range tests {
		if _, ok, err := s.Claim(t.Context(), tc.channel, tc.guild, tc.date, tc.owner, t0, tc.lease); err == nil || ok {
			t.Errorf("Claim(%s) = %v, %v; want error", tc.name, ok, err)
		}
	}
}

func testLeaseTakeover(t *testing.T, db newDB) {
	ctx := t.Context()
	tests := []struct {
		age  time.Duration
		take bool
	}{
		{0, false},
		{lease - time.Millisecond, false},
		{lease, true},
		{time.Hour, true},
	}
	s := openT(t, db(t))
	for i, tc := range tests {
		date := fmt.Sprintf("2026-03-%02d", i+1)
		first, ok, err := s.Claim(ctx, "c", "g", date, "dead", t0, lease)
		if err != nil || !ok {
			t.Fatalf("first Claim(%s) = %v, %v", date, ok, err)
		}
		now := t0.Add(tc.age)
		c, ok, err := s.Claim(ctx, "c", "g", date, "B", now, lease)
		if err != nil || ok != tc.take {
			t.Fatalf("Claim after %v = %v, %v; want %v", tc.age, ok, err, tc.take)
		}
		if !tc.take {
			continue
		}
		if c.Nonce != first.Nonce || c.Owner != "B" || c.Attempts != 2 || !c.ClaimedAt.Equal(now) {
			t.Fatalf("takeover after %v = %+v; want nonce %q kept, owner B, attempts 2, claimed at %v",
				tc.age, c, first.Nonce, now)
		}
		// The presumed-dead claimant cannot release the new owner's claim.
		if err := s.Release(ctx, "c", date, "dead"); err != nil {
			t.Fatal(err)
		}
		if e, _ := s.LedgerEntry(ctx, "c", date); e.Owner != "B" {
			t.Fatalf("after Release by old owner, entry = %+v; want still B's", e)
		}
	}
}

func testRelease(t *testing.T, db newDB) {
	ctx := t.Context()
	s := openT(t, db(t))
	const date = "2026-03-08"
	first, _, _ := s.Claim(ctx, "c", "g", date, "A", t0, lease)
	if err := s.Release(ctx, "c", date, "A"); err != nil {
		t.Fatalf("Release: %v", err)
	}
	if _, err := s.LedgerEntry(ctx, "c", date); !errors.Is(err, ErrNotFound) {
		t.Fatalf("entry after Release: %v; want ErrNotFound", err)
	}
	// The slot is free at once, and a retry carries the same nonce, so
	// Discord deduplicates it if the released attempt did get through.
	c, ok, err := s.Claim(ctx, "c", "g", date, "B", t0.Add(time.Second), lease)
	if err != nil || !ok || c.Nonce != first.Nonce || c.Attempts != 1 {
		t.Fatalf("Claim after Release = %+v, %v, %v; want fresh claim with nonce %q", c, ok, err, first.Nonce)
	}
	if err := s.Release(ctx, "nothing", date, "A"); err != nil {
		t.Fatalf("Release of missing entry: %v", err)
	}
}

func testNonceUnique(t *testing.T, db newDB) {
	ctx := t.Context()
	s := openT(t, db(t))
	seen := map[string]string{}
	for _, ch := range []ChannelID{"1", "2", "11", "12"} {
		for _, date := range []string{"2026-01-01", "2026-01-02", "2026-11-01", "2026-11-02"} {
			c, ok, err := s.Claim(ctx, ch, "g", date, "A", t0, lease)
			if err != nil || !ok {
				t.Fatalf("Claim(%s, %s) = %v, %v", ch, date, ok, err)
			}
			if len(c.Nonce) == 0 || len(c.Nonce) > 25 {
				t.Fatalf("nonce %q has %d characters; want 1-25", c.Nonce, len(c.Nonce))
			}
			key := string(ch) + " " + date
			if prev, dup := seen[c.Nonce]; dup {
				t.Fatalf("nonce %q for %s repeats %s", c.Nonce, key, prev)
			}
			seen[c.Nonce] = key
		}
	}
}

func testLastPost(t *testing.T, db newDB) {
	ctx := t.Context()
	s := openT(t, db(t))
	for i, date := range []string{"2026-02-27", "2026-03-01", "2026-02-28"} {
		if _, _, err := s.Claim(ctx, "c", "g", date, "A", t0, lease); err != nil {
			t.Fatal(err)
		}
		if err := s.MarkSent(ctx, "c", date, "m", t0.Add(time.Duration(i)*time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
	// Claimed but unsent does not count.
	if _, _, err := s.Claim(ctx, "c", "g", "2026-03-02", "A", t0, lease); err != nil {
		t.Fatal(err)
	}
	date, sentAt, ok, err := s.LastPost(ctx, "c")
	if err != nil || !ok || date != "2026-03-01" || !sentAt.Equal(t0.Add(time.Hour)) {
		t.Fatalf("LastPost = %q, %v, %v, %v; want 2026-03-01, %v, true", date, sentAt, ok, err, t0.Add(time.Hour))
	}
	if _, _, ok, err := s.LastPost(ctx, "other"); ok || err != nil {
		t.Fatalf("LastPost(other) = %v, %v; want false, nil", ok, err)
	}
}

// Many claimants over two handles (two processes, as far as the database
// can tell) race for each slot; exactly one may win each.
func testClaimRace(t *testing.T, db newDB) {
	dsn := db(t)
	stores := []*Store{openT(t, dsn), openT(t, dsn)}
	const claimants, dates = 16, 24
	for d := range dates {
		date := fmt.Sprintf("2026-04-%02d", d+1)
		var wins atomic.Int32
		var wg sync.WaitGroup
		start := make(chan struct{})
		for i := range claimants {
			wg.Go(func() {
				<-start
				_, ok, err := stores[i%2].Claim(t.Context(), "c", "g", date, fmt.Sprint("owner", i), t0, lease)
				if err != nil {
					t.Errorf("Claim by owner%d: %v", i, err)
				}
				if ok {
					wins.Add(1)
				}
			})
		}
		close(start)
		wg.Wait()
		if n := wins.Load(); n != 1 {
			t.Fatalf("%s: %d claimants won; want exactly 1", date, n)
		}
	}
}

// A stale claim is raced for by many would-be successors; exactly one
// takes it over, with the original nonce.
func testTakeoverRace(t *testing.T, db newDB) {
	dsn := db(t)
	stores := []*Store{openT(t, dsn), openT(t, dsn)}
	const claimants, dates = 16, 4
	for d := range dates {
		date := fmt.Sprintf("2026-05-%02d", d+1)
		first, ok, err := stores[0].Claim(t.Context(), "c", "g", date, "dead", t0, lease)
		if err != nil || !ok {
			t.Fatalf("first Claim: %v, %v", ok, err)
		}
		var wins atomic.Int32
		var wg sync.WaitGroup
		start := make(chan struct{})
		for i := range claimants {
			wg.Go(func() {
				<-start
				c, ok, err := stores[i%2].Claim(t.Context(), "c", "g", date, fmt.Sprint("owner", i), t0.Add(lease), lease)
				if err != nil {
					t.Errorf("Claim by owner%d: %v", i, err)
				}
				if ok {
					wins.Add(1)
					if c.Nonce != first.Nonce {
						t.Errorf("takeover nonce = %q; want original %q", c.Nonce, first.Nonce)
					}
				}
			})
		}
		close(start)
		wg.Wait()
		if n := wins.Load(); n != 1 {
			t.Fatalf("%s: %d successors took over; want exactly 1", date, n)
		}
	}
}

// TestRebind pins the placeholder translation PostgreSQL needs.
func TestRebind(t *testing.T) {
	tests := []struct {
		backend, in, want string
	}{
		{BackendSQLite, "a = ? AND b = ?", "a = ? AND b = ?"},
		{BackendPostgres, "a = ? AND b = ?", "a = $1 AND b = $2"},
		{BackendPostgres, "no params", "no params"},
		{BackendPostgres, "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", "($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)"},
	}
	for _, tc := range tests {
		s := &Store{backend: tc.backend}
		if got := s.q(tc.in); got != tc.want {
			t.Errorf("%s q(%q) = %q; want %q", tc.backend, tc.in, got, tc.want)
		}
	}
}

func TestOpenSQLiteRejectsBadPaths(t *testing.T) {
	for _, dsn := range []string{"", filepath.Join(t.TempDir(), "a?b.db"), "file:" + filepath.Join(t.TempDir(), "c.db")} {
		if s, err := Open(context.Background(), dsn); err == nil {
			s.Close()
			t.Errorf("Open(%q) succeeded; want error", dsn)
		}
	}
}

func TestOpenPostgresUnreachable(t *testing.T) {
	// Port 1 on loopback refuses at once; the error must not echo the password.
	ctx, cancel := context.WithTimeout(t.Context(), 10*time.Second)
	defer cancel()
	_, err := Open(ctx, "postgres://u:sekret@127.0.0.1:1/db?sslmode=disable&connect_timeout=5")
	if err == nil {
		t.Fatal("Open of unreachable PostgreSQL succeeded")
	}
	if msg := err.Error(); strings.Contains(msg, "sekret") {
		t.Fatalf("error leaks the password: %s", msg)
	}
}
