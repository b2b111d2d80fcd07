#!/usr/bin/env bash
# figures.sh regenerates every figure the README states, each printed
# under the command that measures it, so that the README's "Measured"
# table can be checked (and refreshed) in one run:
#
#	bash scripts/figures.sh            # everything, about four minutes
#	bash scripts/figures.sh process    # one part: accuracy, engine, process, http or batch
#
# It needs Go, python3 (for the question sets), hyperfine and wrk
# (Debian: apt-get install hyperfine wrk). The machine should be quiet:
# other work on it lowers every figure, and the HTTP ratio most.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/local/go/bin"

tmp="$(mktemp -d)"
pids=()
cleanup() {
	for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
	rm -rf "$tmp"
}
trap cleanup EXIT

need() {
	for c in "$@"; do
		command -v "$c" >/dev/null || { echo "figures.sh needs $c (Debian: apt-get install $c)" >&2; exit 1; }
	done
}
section() { printf '\n== %s\n' "$*"; }
# show prints a command, then runs it.
show() { printf '$ %s\n' "$*"; "$@"; }

bin="$tmp/factbot"
build() {
	[ -x "$bin" ] || sh .ci/build.sh "$bin"
}

accuracy() {
	section "accuracy: question sets through the built binary"
	build
	# >>> The question-set table: every set, factbot against a plain BM25
	# and against a model fitted without the set's article. The test
	# rescores them all and rewrites the table in facts/testdata/scores.md
	# and in the README.
	show go test ./facts -count=1 -run TestScores -update
	cat facts/testdata/scores.md
	if [ ! -f ../shared/qa/score.py ]; then
		echo "../shared/qa/score.py is missing: no figures through the binary" >&2
		return
	fi
	# The same sets through the built binary, as the shared scorer counts.
	score() {
		printf '$ python3 ../shared/qa/score.py %s %s\n' "$bin" "$*"
		python3 ../shared/qa/score.py "$bin" "$@" | tail -1
	}
	score ../shared/qa/dev.jsonl
	for q in ../shared/qa/squad/*.jsonl; do
		score "$q" --article "${q%.jsonl}.txt"
	done
	# <<< end of the question-set table.
}

engine() {
	section "answer engine and article loading (go test -bench)"
	show go test ./facts -run XXX -bench 'Ask$' -benchtime 50000x -count 3
	show go test ./facts -run XXX -bench 'Load$' -benchtime 2000x -count 10 -benchmem
	if command -v valgrind >/dev/null; then
		show bash scripts/icount.sh
	else
		echo "(valgrind is not installed: no instruction count; apt-get install valgrind)"
	fi
	show go test ./facts -run XXX -bench 'Topics$'
	show go test ./facts -run XXX -bench Hostile -benchtime 1x -benchmem
	show go test ./facts -run XXX -bench OnThisDayFeed -benchmem
	# 51 articles in one base (issue 10)
	show go test ./facts -run XXX -bench ShelfIndexing -benchtime 10x -count 10 -benchmem
	show go test ./facts -run XXX -bench ShelfQuestions -benchtime 20000x
	show go test ./facts -run XXX -bench ShelfKeystrokes
	show go test ./wiki -run XXX -bench Article -benchmem -count 8
}

process() {
	need hyperfine
	section "factbot ask as a whole process, against a Go hello-world"
	build
	mkdir -p "$tmp/hello"
	cat >"$tmp/hello/main.go" <<'GO'
package main

import "fmt"

func main() { fmt.Println("hello, world") }
GO
	(cd "$tmp/hello" && printf 'module hello\n\ngo 1.26\n' >go.mod && CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o "$tmp/hello/hello" .)
	q="when were relations established?"
	show hyperfine -N --warmup 20 --runs 500 "$tmp/hello/hello" "$bin ask '$q'"
	printf '$ /usr/bin/time -f %%M %s ask %q\n' "$bin" "$q"
	/usr/bin/time -f "%M KB at most resident" "$bin" ask "$q" >/dev/null
	printf '$ ls -l %s\n' "$bin"
	echo "$(($(stat -c %s "$bin") / 1000000)) MB static binary"
	printf '$ GODEBUG=inittrace=1 %s ask %q   (package initialisation, median of 21 runs)\n' "$bin" "$q"
	for _ in $(seq 21); do
		GODEBUG=inittrace=1 "$bin" ask "$q" 2>&1 >/dev/null | awk '/^init /{ms += $5; n++} END {printf "%d %.2f\n", n, ms}'
	done | sort -k2 -n | awk 'NR == 11 {printf "%d packages initialised in %s ms\n", $1, $2}'
}

http() {
	need wrk
	section "HTTP interactions: factbot's endpoint against a bare verify-and-reply server"
	build
	go build -o "$tmp/loadkit" ./scripts/loadkit
	seed=0000000000000000000000000000000000000000000000000000000000000001 # test key: no secret
	pub="$("$tmp/loadkit" public-key $seed)"
	for port in 18080 18081; do
		if curl -s -o /dev/null "http://127.0.0.1:$port/"; then echo "port $port is taken: stop what listens there" >&2; exit 1; fi
	done
	INTERACTIONS_ADDR=127.0.0.1:18080 DISCORD_PUBLIC_KEY="$pub" HTTP_ADDR=off FACTBOT_DATA="$tmp/data/factbot.db" \
		"$bin" 2>"$tmp/factbot.log" &
	pids+=($!)
	declare -A pid
	pid[18080]=$!
	"$tmp/loadkit" bare $seed 127.0.0.1:18081 &
	pids+=($!)
	pid[18081]=$!
	for port in 18080 18081; do
		for _ in $(seq 50); do
			curl -s -o /dev/null "http://127.0.0.1:$port/" && break
			sleep 0.1
		done
	done
	# cpu prints a process's CPU time so far (user and system), in clock ticks.
	cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }
	hz="$(getconf CLK_TCK)"
	# wrk runs in its own process with 2 threads and 32 keep-alive
	# connections, 5 s a round. The servers alternate (ABBA) over 6
	# rounds, so load from elsewhere weighs on both alike; each pair of
	# rounds gives a ratio, and the median ratio is the figure.
	echo "\$ wrk -t2 -c32 -d5s --latency -s signed.lua http://127.0.0.1:PORT/interactions   (6 rounds each, alternating)"
	for round in 1 2 3 4 5 6; do
		"$tmp/loadkit" wrk $seed 8 >"$tmp/signed.lua" # signed afresh: within the 5-minute skew
		order="18080 18081"
		if [ $((round % 2)) = 0 ]; then order="18081 18080"; fi
		for port in $order; do
			before="$(cpu "${pid[$port]}")"
			out="$(wrk -t2 -c32 -d5s --latency -s "$tmp/signed.lua" "http://127.0.0.1:$port/interactions")"
			after="$(cpu "${pid[$port]}")"
			if grep -q "Non-2xx" <<<"$out"; then echo "$out" >&2; echo "errors from port $port" >&2; exit 1; fi
			rps="$(awk '/^Requests\/sec/ {print $2}' <<<"$out")"
			reqs="$(awk '/requests in/ {print $1}' <<<"$out")"
			p99="$(awk '$1 == "99%" {print $2}' <<<"$out")"
			# Server CPU per request, in µs: what the ratio comes from,
			# and far less sensitive to other work on the machine.
			us="$(awk -v t=$((after - before)) -v hz="$hz" -v n="$reqs" 'BEGIN {printf "%.1f", t / hz * 1e6 / n}')"
			echo "$round $port $rps $p99 $us"
		done
	done | tee "$tmp/rounds" | awk '{name = $2 == 18080 ? "factbot" : "bare"; printf "round %d %-7s %9.0f requests/s  p99 %-9s %6s µs of server CPU a request\n", $1, name, $3, $4, $5}'
	awk '{r[$1, $2] = $3} END {for (i = 1; i <= 6; i++) print r[i, 18080] / r[i, 18081]}' "$tmp/rounds" | sort -n |
		awk '{v[NR] = $1} END {printf "ratio factbot/bare, requests/s: median %.2f (range %.2f–%.2f over %d rounds)\n", (v[3] + v[4]) / 2, v[1], v[NR], NR}'
	awk '{c[$2] += $5; n[$2]++} END {printf "ratio bare/factbot, server CPU a request: %.2f (%.1f µs against %.1f µs)\n", (c[18081] / n[18081]) / (c[18080] / n[18080]), c[18080] / n[18080], c[18081] / n[18081]}' "$tmp/rounds"
}

# >>> The batch against bleve (issue 8's speed item): its own part, with
# its own script, scripts/batch-bench.sh, which says how it measures.
batch() {
	section "a 7,200-question batch through factbot ask --json -, against a bleve index answering it"
	show bash scripts/batch-bench.sh
}
# <<< end of the batch part.

parts=("$@")
if [ ${#parts[@]} = 0 ]; then parts=(accuracy engine process http batch); fi
for part in "${parts[@]}"; do
	case "$part" in
	accuracy | engine | process | http | batch) "$part" ;;
	*) echo "figures.sh: unknown part $part (accuracy, engine, process, http, batch)" >&2; exit 2 ;;
	esac
done
