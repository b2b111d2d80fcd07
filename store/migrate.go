package store

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// migration is one step of the schema's history. Steps are never edited
// once released: a database that already ran a step will not run it again,
// so a fix is a new step.
type migration struct {
	version int
	name    string
	// stmts run one by one, because neither driver promises to run
	// several statements from one Exec.
	stmts []string
}

// migrations is the schema's history, oldest first; version i+1 is at
// index i. The SQL is common to SQLite and PostgreSQL: BIGINT, TEXT and
// INTEGER mean the same to both, and times are Unix milliseconds.
var migrations = []migration{
	{
		version: 1,
		name:    "subscriptions and post ledger",
		stmts: []string{
			`CREATE TABLE subscriptions (
				guild_id   TEXT PRIMARY KEY,
				channel_id TEXT NOT NULL,
				hour       INTEGER NOT NULL CHECK (hour BETWEEN 0 AND 23),
				minute     INTEGER NOT NULL CHECK (minute BETWEEN 0 AND 59),
				tz         TEXT NOT NULL,
				created_at BIGINT NOT NULL,
				updated_at BIGINT NOT NULL
			)`,
			// One row per channel and subscriber-local date: the primary key
			// is what makes "at most one post per channel and day" hold
			// across processes.
			`CREATE TABLE post_ledger (
				channel_id TEXT NOT NULL,
				local_date TEXT NOT NULL,
				guild_id   TEXT NOT NULL,
				nonce      TEXT NOT NULL,
				state      TEXT NOT NULL CHECK (state IN ('claimed', 'sent')),
				claimed_at BIGINT NOT NULL,
				claimed_by TEXT NOT NULL,
				sent_at    BIGINT,
				message_id TEXT,
				PRIMARY KEY (channel_id, local_date)
			)`,
		},
	},
	{
		version: 2,
		name:    "subscription pause, claim attempts, ledger guild index",
		stmts: []string{
			// Empty reason means active, so existing rows stay active.
			`ALTER TABLE subscriptions ADD COLUMN paused_reason TEXT NOT NULL DEFAULT ''`,
			`ALTER TABLE subscriptions ADD COLUMN paused_at BIGINT`,
			// Counts takeovers, so a log can tell a first send from a resend.
			`ALTER TABLE post_ledger ADD COLUMN attempts INTEGER NOT NULL DEFAULT 1`,
			// No unique index on nonce, though nonces are unique: on
			// PostgreSQL a unique index that is not the ON CONFLICT target
			// turns two concurrent first claims of one slot (same derived
			// nonce) into a unique violation instead of one winner.
			// For cleaning up after a guild removes the bot.
			`CREATE INDEX post_ledger_guild ON post_ledger (guild_id, local_date)`,
		},
	},
	{
		version: 3,
		name:    "readiness probe row",
		stmts: []string{
			// One row, rewritten by every readiness check: proof that the
			// store takes writes, not just that it answers.
			`CREATE TABLE store_probe (
				id         INTEGER PRIMARY KEY,
				checked_at BIGINT NOT NULL
			)`,
		},
	},
}

// migrate brings the schema up to version upTo. Each step runs in its own
// transaction together with its schema_migrations row, so a crash leaves
// the database at a whole version.
//
// Several replicas may start at once. On PostgreSQL every step's
// transaction first takes a transaction-scoped advisory lock, keyed by the
// schema, and only then checks whether the step is still to do; on SQLite
// the transaction's BEGIN IMMEDIATE write lock does the same job.
func (s *Store) migrate(ctx context.Context, upTo int) error {
	err := s.migrationTx(ctx, func(tx *sql.Tx) error {
		_, err := tx.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_migrations (
			version    INTEGER PRIMARY KEY,
			name       TEXT NOT NULL,
			applied_at BIGINT NOT NULL
		)`)
		return err
	})
	if err != nil {
		return fmt.Errorf("create schema_migrations: %w", err)
	}
	// Read the version first, so that a damaged database fails as
	// unreadable instead of as a failed first migration it applied long ago.
	var current int
	if err := s.db.QueryRowContext(ctx, `SELECT COALESCE(MAX(version), 0) FROM schema_migrations`).Scan(&current); err != nil {
		return fmt.Errorf("read the schema version: %w", err)
	}
	for _, m := range migrations[min(current, upTo):upTo] {
		err := s.migrationTx(ctx, func(tx *sql.Tx) error {
			var done int
			err := tx.QueryRowContext(ctx,
				s.q(`SELECT COUNT(*) FROM schema_migrations WHERE version = ?`), m.version).Scan(&done)
			if err != nil || done > 0 {
				return err
			}
			for _, stmt := range m.stmts {
				if _, err := tx.ExecContext(ctx, stmt); err != nil {
					return err
				}
			}
			_, err = tx.ExecContext(ctx,
				s.q(`INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)`),
				m.version, m.name, millis(time.Now()))
			return err
		})
		if err != nil {
			return fmt.Errorf("migrate from v%d to v%d (%s): %w", current, m.version, m.name, err)
		}
	}
	return nil
}

// migrationTx runs fn in a transaction that holds the migration lock.
func (s *Store) migrationTx(ctx context.Context, fn func(*sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback() // no-op after Commit
	if s.backend == BackendPostgres {
		// Keyed by schema so that independent schemas (tests, or two
		// deployments in one database) do not wait for each other.
		if _, err := tx.ExecContext(ctx,
			`SELECT pg_advisory_xact_lock(hashtext('factbot.store.migrate:' || current_schema()))`); err != nil {
			return fmt.Errorf("take migration lock: %w", err)
		}
	}
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit()
}
