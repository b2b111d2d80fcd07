#!/usr/bin/env bash
# postgres-ci.sh installs (when missing) and starts a throwaway PostgreSQL
# server for the store tests, then prints the line that points them at it.
#
# Usage, as root on Debian 12 (CI runs it this way):
#
#	eval "$(bash store/testdata/postgres-ci.sh)"
#	go test -race ./store/
#
# or, equivalently, run it and source the file it writes:
#
#	bash store/testdata/postgres-ci.sh >/dev/null && . /var/tmp/factbot-pg/env
#
# Stdout carries only the `export FACTBOT_TEST_DATABASE_URL=...` line;
# progress and errors go to stderr, so the eval form stays clean.
#
# Two more forms let a caller stop only a server it started (.ci/run):
#
#	bash store/testdata/postgres-ci.sh status   # exit 0 when the server runs
#	bash store/testdata/postgres-ci.sh stop     # stop it, if it runs
#
# Why its own cluster instead of Debian's "15/main" on 5432: the machine
# may already run (or later start) that one for something else, and a
# private data directory on its own port cannot clash with it. The server
# listens on 127.0.0.1 only, with fsync off because the data is disposable.
#
# It is idempotent: a second run reuses the installed package, the data
# directory, the running server, the role and its password, and finishes
# in well under a second. Every step that could wait is bounded by a
# timeout so a CI run never hangs here.
#
# Settings (environment):
#
#	FACTBOT_PG_PORT  TCP port on 127.0.0.1 (default 55432)
#	FACTBOT_PG_DIR   data, socket, log and env file (default /var/tmp/factbot-pg)
set -euo pipefail

PORT="${FACTBOT_PG_PORT:-55432}"
BASE="${FACTBOT_PG_DIR:-/var/tmp/factbot-pg}"
DATA="$BASE/data"
SOCK="$BASE/run"
ENVFILE="$BASE/env"
PWFILE="$BASE/password"
ROLE=factbot
DB=factbot

log() { echo "postgres-ci: $*" >&2; }
die() { log "error: $*"; exit 1; }

[ "$(id -u)" -eq 0 ] || die "run as root (it installs packages and switches to the postgres user)"

cd /  # postgres cannot read the caller's working directory

# The newest installed major version's programs, or nothing.
bindir() {
	local d
	for d in /usr/lib/postgresql/*/bin; do
		if [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then echo "$d"; fi
	done | sort -V | tail -n 1
}

BIN="$(bindir || true)"
case "${1:-}" in
status)
	[ -n "$BIN" ] && [ -f "$DATA/postmaster.pid" ] &&
		runuser -u postgres -- "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1
	exit
	;;
stop)
	if [ -n "$BIN" ] && [ -f "$DATA/postmaster.pid" ]; then
		log "stopping the server on 127.0.0.1:$PORT"
		runuser -u postgres -- "$BIN/pg_ctl" -D "$DATA" -m fast -w -t 30 stop >/dev/null
	fi
	exit 0
	;;
esac
if [ -z "$BIN" ]; then
	log "installing postgresql from Debian"
	export DEBIAN_FRONTEND=noninteractive
	# Tell postgresql-common not to create and start its own 15/main
	# cluster on 5432 during the install: we run ours below.
	mkdir -p /etc/postgresql-common/createcluster.d
	echo "create_main_cluster = false" >/etc/postgresql-common/createcluster.d/factbot-ci.conf
	timeout 300 apt-get -o DPkg::Lock::Timeout=120 update -qq >&2
	timeout 900 apt-get -o DPkg::Lock::Timeout=120 install -y -qq --no-install-recommends \
		-o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold \
		postgresql >&2
	BIN="$(bindir || true)"
	if [ -z "$BIN" ]; then die "postgresql installed but no initdb under /usr/lib/postgresql"; fi
fi
VERSION="$(basename "$(dirname "$BIN")")"

as_pg() { runuser -u postgres -- "$@"; }

mkdir -p "$BASE" "$SOCK"
chown postgres:postgres "$BASE" "$SOCK"
chmod 0700 "$BASE" "$SOCK"

# A data directory from another major version (the package was upgraded)
# cannot be started by this one; it is disposable, so start afresh.
if [ -f "$DATA/PG_VERSION" ] && [ "$(cat "$DATA/PG_VERSION")" != "$VERSION" ]; then
	log "data directory is for PostgreSQL $(cat "$DATA/PG_VERSION"), not $VERSION: recreating"
	as_pg "$BIN/pg_ctl" -D "$DATA" -m immediate -t 30 stop >/dev/null 2>&1 || true
	rm -rf "$DATA"
fi

if [ ! -f "$DATA/PG_VERSION" ]; then
	log "initdb $DATA (PostgreSQL $VERSION)"
	rm -rf "$DATA"
	# Local socket: trust, but the socket lives in a 0700 directory only
	# postgres and root can enter. TCP: password (SCRAM) only.
	timeout 120 runuser -u postgres -- "$BIN/initdb" -D "$DATA" -U postgres -E UTF8 \
		--locale=C --auth-local=trust --auth-host=scram-sha-256 >/dev/null
fi

ready() { as_pg "$BIN/pg_isready" -q -h "$SOCK" -p "$PORT" -t "${1:-2}"; }

# postmaster.pid names a live postgres process (not a leftover from a crash,
# a reboot, or a zombie nobody reaped).
pid_alive() {
	local pid
	pid="$(head -n 1 "$DATA/postmaster.pid" 2>/dev/null)" || return 1
	[ -n "$pid" ] && [ -r "/proc/$pid/status" ] || return 1
	! grep -q '^State:[[:space:]]*Z' "/proc/$pid/status" && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = postgres ]
}

if ! ready; then
	for _ in 1 2 3; do
		if pid_alive; then
			# Running but not answering: starting up, or wedged. Give it a
			# moment, then restart it.
			ready 10 && break
			log "server not answering; restarting it"
			as_pg "$BIN/pg_ctl" -D "$DATA" -m immediate -w -t 30 stop >/dev/null 2>&1 || true
		fi
		rm -f "$DATA/postmaster.pid"
		log "starting server on 127.0.0.1:$PORT"
		# -w -t bounds the wait for the server to accept connections.
		if as_pg "$BIN/pg_ctl" -D "$DATA" -l "$BASE/server.log" -w -t 60 \
			-o "-c listen_addresses=127.0.0.1 -p $PORT -k $SOCK -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
			start >/dev/null; then
			break
		fi
		# Backends of a killed server can hold its shared memory a moment.
		sleep 2
	done
	ready 10 || { tail -n 30 "$BASE/server.log" >&2 || true; die "server did not start"; }
fi

# The password is made once and kept, so that every run prints the same URL.
if [ ! -s "$PWFILE" ]; then
	(umask 077 && od -An -N12 -tx1 /dev/urandom | tr -d ' \n' >"$PWFILE")
fi
PW="$(cat "$PWFILE")"

timeout 60 runuser -u postgres -- "$BIN/psql" -X -q -v ON_ERROR_STOP=1 \
	-h "$SOCK" -p "$PORT" -U postgres -d postgres >/dev/null <<SQL
SELECT 'CREATE ROLE $ROLE LOGIN' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$ROLE')\gexec
ALTER ROLE $ROLE PASSWORD '$PW';
SELECT 'CREATE DATABASE $DB OWNER $ROLE' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$DB')\gexec
SQL

URL="postgres://$ROLE:$PW@127.0.0.1:$PORT/$DB?sslmode=disable"
(umask 077 && echo "export FACTBOT_TEST_DATABASE_URL='$URL'" >"$ENVFILE")
log "ready; URL also written to $ENVFILE"
echo "export FACTBOT_TEST_DATABASE_URL='$URL'"
