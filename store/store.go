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
	"slices"
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
// finish its write before failing with SQLITE_BUSY. Writes here take well
// under a millisecond, so a second only runs out when another process
// holds the lock far longer than any of ours: better to fail then, well
// inside Discord's 3 s for an interaction's first response and the HTTP
// server's 10 s, than to let the request die waiting.
const sqliteBusyTimeout = time.Second

// Store is a handle on the database. It is safe for concurrent use; open
// one per process and share it.
type Store struct {
	db      *sql.DB
	backend string
	where   string // for errors: the SQLite path, or "PostgreSQL" (never the URL)
	path    string // the SQLite path; "" for PostgreSQL
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
	if err := s.setUp(ctx, upTo); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("store: %s: %w", s.where, s.explain(err))
	}
	return s, nil
}

// setUp checks that the database is factbot's (or empty), puts an SQLite
// file in WAL mode, migrates the schema and checks that the tables read.
func (s *Store) setUp(ctx context.Context, upTo int) error {
	if err := s.db.PingContext(ctx); err != nil {
		return fmt.Errorf("connect: %w", err)
	}
	if err := s.checkOwnTables(ctx); err != nil {
		return err
	}
	if s.backend == BackendSQLite {
		// WAL lets readers proceed while one connection writes. It is set
		// only now, once the file is known to be factbot's: the mode
		// sticks to the file, and another program's file must not change
		// under it.
		if err := s.walMode(ctx); err != nil {
			return fmt.Errorf("switch to WAL mode: %w", err)
		}
	}
	if err := s.migrate(ctx, upTo); err != nil {
		return err
	}
	if upTo == len(migrations) {
		if err := s.readTables(ctx); err != nil {
			return err
		}
	}
	return nil
}

// walMode puts the SQLite file in WAL mode. Changing the journal mode
// takes the file's exclusive lock, and SQLite may answer SQLITE_BUSY at
// once, without waiting out its busy timeout, when connections opening
// the same new file together contend for its locks (replicas starting
// together); the switch is tried again until the busy timeout has passed.
func (s *Store) walMode(ctx context.Context) error {
	deadline := time.Now().Add(sqliteBusyTimeout)
	for {
		_, err := s.db.ExecContext(ctx, `PRAGMA journal_mode = WAL`)
		if code := sqliteCode(err); err == nil || code != sqliteBusy && code != sqliteLocked || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// ownTables are the tables factbot creates, every migration included.
var ownTables = map[string]bool{"schema_migrations": true, "subscriptions": true, "post_ledger": true, "store_probe": true}

// checkOwnTables refuses a database that holds tables factbot did not
// create: FACTBOT_DATA or DATABASE_URL pointing at another program's data
// by mistake. An empty database is fine, and so is one with factbot's
// tables.
func (s *Store) checkOwnTables(ctx context.Context) error {
	query := `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\'`
	if s.backend == BackendPostgres {
		query = `SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()`
	}
	rows, err := s.db.QueryContext(ctx, query)
	if err != nil {
		return fmt.Errorf("list tables: %w", err)
	}
	defer rows.Close()
	var foreign []string
	versioned, any := false, false
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return fmt.Errorf("list tables: %w", err)
		}
		any = true
		versioned = versioned || name == "schema_migrations"
		if !ownTables[name] {
			foreign = append(foreign, name)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("list tables: %w", err)
	}
	if len(foreign) > 0 {
		slices.Sort(foreign)
		if len(foreign) > 5 {
			foreign = append(foreign[:5], "…")
		}
		return fmt.Errorf("%w: it holds tables factbot did not create (%s); give factbot a database of its own", ErrForeign, strings.Join(foreign, ", "))
	}
	if any && !versioned {
		return fmt.Errorf("%w: it has tables named like factbot's but no schema_migrations table, so factbot did not make them", ErrForeign)
	}
	return nil
}

// ErrForeign is returned (wrapped) by Open for a database that is not
// factbot's and not empty.
var ErrForeign = errors.New("not factbot's database")

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
	return &Store{db: db, backend: BackendPostgres, where: "PostgreSQL", now: time.Now}, nil
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
	if fi, err := os.Stat(path); err == nil && fi.IsDir() {
		return nil, fmt.Errorf("store: %s is a directory, not a database file", path)
	}
	if dir := filepath.Dir(path); dir != "." {
		if err := os.MkdirAll(dir, 0o750); err != nil {
			return nil, fmt.Errorf("store: create the folder of %s: %w", path, err)
		}
	}
	q := []string{
		// busy_timeout first: the pragmas after it may already need the
		// write lock another process holds.
		"_pragma=busy_timeout(" + strconv.FormatInt(sqliteBusyTimeout.Milliseconds(), 10) + ")",
		// (WAL mode is set by setUp, once the file is known to be
		// factbot's.)
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
	return &Store{db: db, backend: BackendSQLite, where: path, path: path, now: time.Now}, nil
}

// Close releases the database connections. Calls after the first do
// nothing harmful.
func (s *Store) Close() error {
	return s.db.Close()
}

// Ping checks that the database answers.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.db.PingContext(ctx); err != nil {
		return fmt.Errorf("store: ping %s: %w", s.where, s.explain(err))
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
