package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// rawOpen opens dsn with database/sql alone, as another program would.
func rawOpen(t *testing.T, dsn string) *sql.DB {
	t.Helper()
	driver := "sqlite"
	if isPostgres(dsn) {
		driver = "pgx"
	} else if err := os.MkdirAll(filepath.Dir(dsn), 0o750); err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open(driver, dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// testRefusesForeign: a database with tables factbot did not create is
// refused, and left as it was; an empty one is fine.
func testRefusesForeign(t *testing.T, db newDB) {
	dsn := db(t)
	raw := rawOpen(t, dsn)
	if _, err := raw.Exec(`CREATE TABLE accounts (id INTEGER PRIMARY KEY, owner TEXT)`); err != nil {
		t.Fatal(err)
	}
	_, err := Open(t.Context(), dsn)
	if !errors.Is(err, ErrForeign) || !strings.Contains(err.Error(), "accounts") {
		t.Fatalf("Open(a database with an accounts table) = %v; want ErrForeign naming the table", err)
	}
	var n int
	if err := raw.QueryRow(`SELECT COUNT(*) FROM accounts`).Scan(&n); err != nil {
		t.Fatalf("the foreign table after Open: %v", err)
	}
	if !isPostgres(dsn) {
		var mode string
		if err := raw.QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode == "wal" {
			t.Errorf("journal mode of the foreign file = %q, %v; want it unchanged", mode, err)
		}
		var tables int
		raw.QueryRow(`SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'`).Scan(&tables)
		if tables != 1 {
			t.Errorf("the foreign file has %d tables after Open; want its 1", tables)
		}
	}
	// factbot's table names without schema_migrations: not factbot's.
	dsn = db(t)
	if _, err := rawOpen(t, dsn).Exec(`CREATE TABLE subscriptions (guild_id TEXT)`); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(t.Context(), dsn); !errors.Is(err, ErrForeign) {
		t.Errorf("Open(an unversioned subscriptions table) = %v; want ErrForeign", err)
	}
}

// testCheck: the readiness check writes and reads, and says what is wrong
// without connection details.
func testCheck(t *testing.T, db newDB) {
	dsn := db(t)
	s := openT(t, dsn)
	if err := s.Check(t.Context()); err != nil {
		t.Fatalf("Check on a healthy store = %v", err)
	}
	// Another program alters a table under the bot.
	if _, err := rawOpen(t, dsn).Exec(`ALTER TABLE post_ledger DROP COLUMN nonce`); err != nil {
		t.Fatal(err)
	}
	err := s.Check(t.Context())
	var ce *CheckError
	if !errors.As(err, &ce) || !strings.Contains(err.Error(), "nonce") {
		t.Fatalf("Check after dropping post_ledger.nonce = %v; want a CheckError naming the column", err)
	}
	if !strings.Contains(ce.Err.Error(), "post_ledger") {
		t.Errorf("the detail %q does not name the table", ce.Err)
	}
	if _, err := Open(t.Context(), dsn); err == nil || !strings.Contains(err.Error(), "post_ledger") || strings.Contains(err.Error(), "migrate") {
		t.Errorf("Open of the altered database = %v; want the unreadable table named, not a migration", err)
	}
}

// TestSQLiteErrorsNameTheCause: errors name the file and the cause.
func TestSQLiteErrorsNameTheCause(t *testing.T) {
	dir := t.TempDir()
	if _, err := Open(t.Context(), dir); err == nil || !strings.Contains(err.Error(), dir) || !strings.Contains(err.Error(), "directory") {
		t.Errorf("Open(a directory) = %v; want the path and \"directory\"", err)
	}
	junk := filepath.Join(dir, "junk.db")
	if err := os.WriteFile(junk, []byte(strings.Repeat("not a database\n", 100)), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(t.Context(), junk); err == nil || !strings.Contains(err.Error(), junk) || !strings.Contains(err.Error(), "not an SQLite database") {
		t.Errorf("Open(a text file) = %v; want the path and \"not an SQLite database\"", err)
	}
	// A database at v2 whose schema_migrations was damaged (dropped) by
	// hand: the error names what is wrong, not a failed migration to v1.
	path := filepath.Join(dir, "v2.db")
	s := openT(t, path)
	s.Close()
	if _, err := rawOpen(t, path).Exec(`DROP TABLE schema_migrations`); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(t.Context(), path); err == nil || strings.Contains(err.Error(), "migrate") || !strings.Contains(err.Error(), path) {
		t.Errorf("Open(a v2 database without schema_migrations) = %v; want the path and no migration", err)
	}
}

// codeErr is an error with an SQLite result code, as the driver's are.
type codeErr int

func (e codeErr) Error() string { return fmt.Sprintf("sqlite error %d", int(e)) }
func (e codeErr) Code() int     { return int(e) }

// TestExplain: SQLite's codes become causes with the files named.
func TestExplain(t *testing.T) {
	s := &Store{backend: BackendSQLite, path: "/data/factbot.db", where: "/data/factbot.db"}
	for _, tt := range []struct {
		code int
		want string
	}{
		{sqliteReadOnly, "read-only"},
		{sqliteReadOnly | 4<<8, "read-only"}, // an extended code
		{sqliteCantOpen, "/data must exist and be writable"},
		{sqliteNotADB, "not an SQLite database"},
		{sqliteCorrupt, "damaged"},
		{sqliteBusy, "another process holds the database's lock"},
	} {
		err := s.explain(codeErr(tt.code))
		if !strings.Contains(err.Error(), tt.want) || !errors.Is(err, codeErr(tt.code)) {
			t.Errorf("explain(code %d) = %v; want %q and the original error", tt.code, err, tt.want)
		}
	}
}

// TestSQLiteLocked: while another process holds the write lock, a write
// fails within the busy timeout, well inside Discord's 3 s, and the
// readiness check says the database is locked.
func TestSQLiteLocked(t *testing.T) {
	if sqliteBusyTimeout > time.Second {
		t.Fatalf("sqliteBusyTimeout = %v; want at most 1 s, well below the 3 s Discord gives an interaction", sqliteBusyTimeout)
	}
	path := filepath.Join(t.TempDir(), "factbot.db")
	s := openT(t, path)
	other := rawOpen(t, path)
	conn, err := other.Conn(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if _, err := conn.ExecContext(t.Context(), `BEGIN IMMEDIATE`); err != nil {
		t.Fatal(err)
	}
	defer conn.ExecContext(context.Background(), `ROLLBACK`)
	start := time.Now()
	err = s.PutSubscription(t.Context(), Subscription{GuildID: "1", ChannelID: "2", Hour: 9, TZ: "UTC"})
	if err == nil || time.Since(start) >= 3*time.Second {
		t.Fatalf("PutSubscription under another process's lock = %v after %v; want an error within the busy timeout", err, time.Since(start))
	}
	err = s.Check(t.Context())
	if err == nil || err.Error() != "store: the database is locked by another process" {
		t.Errorf("Check under the lock = %v; want the lock named", err)
	}
}

// TestCheckHidesConnection: a PostgreSQL that cannot be reached is named
// as such, without its user, host, port or database.
func TestCheckHidesConnection(t *testing.T) {
	s, err := openPostgres("postgres://secretuser:secretpw@127.0.0.1:1/secretdb?connect_timeout=1")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	err = s.Check(t.Context())
	if err == nil || err.Error() != "store: cannot reach PostgreSQL" {
		t.Errorf("Check with PostgreSQL down = %v; want \"store: cannot reach PostgreSQL\"", err)
	}
	var ce *CheckError
	if errors.As(err, &ce) && strings.Contains(ce.Err.Error(), "secretpw") {
		t.Errorf("the detail shows the password: %v", ce.Err)
	}
}
