package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/jackc/pgx/v5/pgconn"

	"factbot/internal/redact"
)

// CheckError is why the store cannot serve. Its Error is fit for an
// unauthenticated page such as /readyz: what is wrong, in words, without
// the database's address, user or name. Err has the detail, for the log.
type CheckError struct {
	Reason string
	Err    error
}

// Error returns the reason only.
func (e *CheckError) Error() string { return "store: " + e.Reason }

// Unwrap returns the detailed error.
func (e *CheckError) Unwrap() error { return e.Err }

// Check reports whether the store can serve, for a readiness probe: it
// writes the probe row, so that a read-only file, a full disk, a lock held
// by another process or a lost PostgreSQL show, and reads a row of each
// table the bot uses, so that a damaged or altered table shows. A failure
// is a *CheckError.
func (s *Store) Check(ctx context.Context) error {
	err := s.probe(ctx)
	if err == nil {
		return nil
	}
	return &CheckError{Reason: reason(ctx, err), Err: fmt.Errorf("store: %s: %w", s.where, s.explain(err))}
}

// probe writes the probe row and reads the tables.
func (s *Store) probe(ctx context.Context) error {
	_, err := s.db.ExecContext(ctx, s.q(`
		INSERT INTO store_probe (id, checked_at) VALUES (1, ?)
		ON CONFLICT (id) DO UPDATE SET checked_at = excluded.checked_at`), millis(time.Now()))
	if err != nil {
		return fmt.Errorf("write the probe row: %w", err)
	}
	return s.readTables(ctx)
}

// readTables reads a row of each table as the bot reads them, so that a
// table that was dropped, altered or damaged fails here, by name, instead
// of in the middle of a command.
func (s *Store) readTables(ctx context.Context) error {
	_, err := scanSubscription(s.db.QueryRowContext(ctx, `SELECT `+subscriptionColumns+` FROM subscriptions LIMIT 1`))
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("read the subscriptions table: %w", err)
	}
	var (
		channel, date, guild, nonce, state, owner string
		claimedAt, attempts                       int64
		sentAt                                    sql.NullInt64
		messageID                                 sql.NullString
	)
	err = s.db.QueryRowContext(ctx, `
		SELECT channel_id, local_date, guild_id, nonce, state, claimed_by, claimed_at, attempts, sent_at, message_id
		FROM post_ledger LIMIT 1`).Scan(&channel, &date, &guild, &nonce, &state, &owner, &claimedAt, &attempts, &sentAt, &messageID)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("read the post_ledger table: %w", err)
	}
	return nil
}

// SQLite's primary result codes that explain and reason tell apart.
const (
	sqliteBusy     = 5
	sqliteLocked   = 6
	sqliteReadOnly = 8
	sqliteIOErr    = 10
	sqliteCorrupt  = 11
	sqliteFull     = 13
	sqliteCantOpen = 14
	sqliteNotADB   = 26
)

// sqliteCode returns the primary result code of an SQLite error, or 0.
func sqliteCode(err error) int {
	var e interface{ Code() int }
	if errors.As(err, &e) {
		return e.Code() & 0xff
	}
	return 0
}

// explain adds the likely cause to a database error, naming the files
// involved: SQLite's own messages ("unable to open database file",
// "attempt to write a readonly database") leave out which file and why.
// URLs in it have their passwords masked.
func (s *Store) explain(err error) error {
	if s.backend != BackendSQLite {
		if text := redact.URLs(err.Error()); text != err.Error() {
			return &maskedError{text, err}
		}
		return err
	}
	dir := filepath.Dir(s.path)
	var hint string
	switch sqliteCode(err) {
	case sqliteCantOpen:
		hint = "cannot open the file: its folder " + dir + " must exist and be writable"
	case sqliteReadOnly:
		switch {
		case !writable(s.path):
			hint = "the file is read-only"
		case !writable(dir):
			hint = "its folder " + dir + " is read-only, and SQLite keeps " + filepath.Base(s.path) + "-wal and -shm beside the file"
		default:
			hint = "the file or its folder " + dir + " is read-only"
		}
	case sqliteNotADB:
		hint = "the file is not an SQLite database"
	case sqliteCorrupt:
		hint = "the database file is damaged"
	case sqliteFull:
		hint = "the disk is full"
	case sqliteBusy, sqliteLocked:
		hint = "another process holds the database's lock"
	default:
		return err
	}
	return fmt.Errorf("%s: %w", hint, err)
}

// maskedError is an error whose text had a URL password masked.
type maskedError struct {
	text string
	err  error
}

func (e *maskedError) Error() string { return e.text }
func (e *maskedError) Unwrap() error { return e.err }

// reason is what a failed check says on an unauthenticated page.
func reason(ctx context.Context, err error) string {
	if errors.Is(err, context.DeadlineExceeded) || ctx.Err() != nil {
		return "the database did not answer in time"
	}
	switch sqliteCode(err) {
	case sqliteBusy, sqliteLocked:
		return "the database is locked by another process"
	case sqliteReadOnly:
		return "the database is read-only"
	case sqliteCorrupt, sqliteNotADB:
		return "the database file is damaged"
	case sqliteFull:
		return "the disk is full"
	case sqliteCantOpen, sqliteIOErr:
		return "the database file cannot be read or written"
	case 0:
	default:
		// SQLite's messages name tables and columns, never files.
		return "the database refused a query: " + err.Error()
	}
	var pe *pgconn.PgError
	if errors.As(err, &pe) {
		return "PostgreSQL refused a query: " + pe.Message
	}
	var ce *pgconn.ConnectError
	if errors.As(err, &ce) || isPostgresConnErr(err) {
		return "cannot reach PostgreSQL"
	}
	return "the database is unavailable"
}

// isPostgresConnErr reports a connection that failed or broke.
func isPostgresConnErr(err error) bool {
	var ne interface{ Timeout() bool }
	return errors.As(err, &ne) || errors.Is(err, os.ErrDeadlineExceeded) || errors.Is(err, sql.ErrConnDone)
}
