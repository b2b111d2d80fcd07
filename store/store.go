// Package store keeps factbot's durable state: which channel of each guild
// gets the daily "on this day" post and when, and a ledger of the posts
// themselves so that no channel is posted to twice on one local date, even
// with several replicas and restarts.
//
// Two backends share one schema and one behaviour: SQLite (a file path, via
// the pure-Go modernc.org/sqlite driver) for a single bot, and PostgreSQL
// (a postgres:// URL, via pgx) for replicas that share a database. Nearly
// all SQL is common; the backends differ only in placeholders, how
// concurrent writers are serialised, and how migrations are locked.
//
// Times are stored as Unix milliseconds in BIGINT columns rather than as
// native timestamps: both backends then compare and round-trip them the
// same way, with no driver-specific time parsing, and lease arithmetic is
// plain integer comparison.
//
// The schema is versioned by the numbered migrations in migrate.go, applied
// by Open. Migrations must stay additive (new tables, columns with defaults,
// indexes) so that a replica of the previous release keeps working against
// an upgraded database during a rolling deploy.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	// Subscriptions are validated with time.LoadLocation; embedding the zone
	// database keeps that working in minimal containers without
	// /usr/share/zoneinfo. The binary carries it once however many
	// packages import it.
	_ "time/tzdata"

	// The pgx driver registers itself as "pgx" for database/sql, which lets
	// PostgreSQL share the SQLite code path.
	_ "github.com/jackc/pgx/v5/stdlib"
	// The pure-Go SQLite driver registers itself as "sqlite"; no cgo.
	_ "modernc.org/sqlite"
)

// Backend names returned by Store.Backend.
const (
	BackendSQLite   = "sqlite"
	BackendPostgres = "postgres"
)

// ErrNotFound is returned (wrapped) when the subscription or ledger entry
// an operation needs does not exist. Test for it with errors.Is.
var ErrNotFound = errors.New("not found")

// sqliteBusyTimeout is how long an SQLite writer waits for another
// connection (another Store on the same file, or another process) to
// finish its write before failing with SQLITE_BUSY. Writes here are tiny,
// so ten seconds only matters when something is badly stuck.
const sqliteBusyTimeout = 10 * time.Second

// Store is a handle on the database. It is safe for concurrent use; open
// one per process and share it.
type Store struct {
	db      *sql.DB
	backend string
	// now stamps subscription changes; tests replace it. Ledger
	// operations take the time as an argument instead, because their
	// correctness depends on the caller's clock, not the store's.
	now func() time.Time
}

// Open connects to the database named by dsn and upgrades its schema to
// the newest version.
//
// A dsn starting with postgres:// or postgresql:// selects PostgreSQL; the
// URL is handed to pgx as is (so sslmode, search_path and other parameters
// work). Anything else is an SQLite file path; its parent directories are
// created (mode 0750), and the database is put in WAL mode with a busy
// timeout.
func Open(ctx context.Context, dsn string) (*Store, error) {
	return open(ctx, dsn, len(migrations))
}

// open is Open that stops migrating at schema version upTo, so tests can
// build databases as an older release left them.
func open(ctx context.Context, dsn string, upTo int) (*Store, error) {
	var (
		s   *Store
		err error
	)
	if isPostgres(dsn) {
		s, err = openPostgres(dsn)
	} else {
		s, err = openSQLite(dsn)
	}
	if err != nil {
		return nil, err
	}
	if err := s.db.PingContext(ctx); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("store: connect to %s: %w", s.backend, err)
	}
	if err := s.migrate(ctx, upTo); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("store: %w", err)
	}
	return s, nil
}

func isPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

func openPostgres(dsn string) (*Store, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		// The error can echo the URL, password included; say only what failed.
		return nil, errors.New("store: invalid postgres URL")
	}
	// A bot issues a handful of short queries a minute; a small pool keeps
	// many replicas from exhausting the server's max_connections.
	db.SetMaxOpenConns(8)
	db.SetMaxIdleConns(4)
	db.SetConnMaxIdleTime(5 * time.Minute)
	return &Store{db: db, backend: BackendPostgres, now: time.Now}, nil
}

func openSQLite(path string) (*Store, error) {
	if path == "" {
		return nil, errors.New("store: empty database path")
	}
	// The driver treats everything after '?' as its own parameters, and
	// Open adds those itself, so only plain paths are accepted.
	if strings.ContainsRune(path, '?') || strings.HasPrefix(path, "file:") {
		return nil, fmt.Errorf("store: sqlite database %q must be a plain file path (no file: URI, no '?')", path)
	}
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o750); err != nil {
			return nil, fmt.Errorf("store: create database directory: %w", err)
		}
	}
	q := []string{
		// busy_timeout first: the pragmas after it may already need the
		// write lock another process holds.
		"_pragma=busy_timeout(" + strconv.FormatInt(sqliteBusyTimeout.Milliseconds(), 10) + ")",
		// WAL lets readers proceed while one connection writes.
		"_pragma=journal_mode(WAL)",
		// NORMAL is durable across application crashes in WAL mode and only
		// risks the last commits on power loss; the ledger tolerates that
		// (a lost "sent" mark is taken over with the same nonce).
		"_pragma=synchronous(NORMAL)",
		// BEGIN IMMEDIATE takes the write lock at the start of every
		// transaction. A deferred transaction that reads and then writes
		// can fail with SQLITE_BUSY at once, without waiting, when another
		// connection wrote in between; an immediate one waits on the busy
		// timeout instead.
		"_txlock=immediate",
	}
	db, err := sql.Open("sqlite", path+"?"+strings.Join(q, "&"))
	if err != nil {
		return nil, fmt.Errorf("store: open sqlite %q: %w", path, err)
	}
	// One connection per Store: SQLite allows one writer at a time anyway,
	// and a single connection means this process never contends with
	// itself for the lock. Other Stores and processes on the same file are
	// serialised by the busy timeout.
	db.SetMaxOpenConns(1)
	return &Store{db: db, backend: BackendSQLite, now: time.Now}, nil
}

// Close releases the database connections. Calls after the first do
// nothing harmful.
func (s *Store) Close() error {
	return s.db.Close()
}

// Ping checks that the database answers, for a readiness probe.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.db.PingContext(ctx); err != nil {
		return fmt.Errorf("store: ping %s: %w", s.backend, err)
	}
	return nil
}

// Backend reports which database is behind the Store: BackendSQLite or
// BackendPostgres.
func (s *Store) Backend() string {
	return s.backend
}

// q adapts a query written with '?' placeholders to the backend: SQLite
// takes them as they are, PostgreSQL wants $1, $2, .... Queries in this
// package never contain a literal '?', so a plain scan suffices.
func (s *Store) q(query string) string {
	if s.backend != BackendPostgres {
		return query
	}
	var b strings.Builder
	b.Grow(len(query) + 8)
	n := 0
	for i := 0; i < len(query); i++ {
		if query[i] == '?' {
			n++
			b.WriteByte('$')
			b.WriteString(strconv.Itoa(n))
			continue
		}
		b.WriteByte(query[i])
	}
	return b.String()
}

// millis converts a time to the stored representation.
func millis(t time.Time) int64 { return t.UnixMilli() }

// fromMillis converts a stored time back, in UTC so that values read from
// either backend compare equal with ==.
func fromMillis(ms int64) time.Time { return time.UnixMilli(ms).UTC() }
