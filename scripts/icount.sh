#!/usr/bin/env bash
# icount.sh counts the machine instructions BenchmarkAsk spends a
# question (callgrind, counting only inside answerQA), for the working
# tree or for each revision named:
#
#	bash scripts/icount.sh                 # the working tree
#	bash scripts/icount.sh a912c68 HEAD    # two commits, side by side
#
# Unlike the benchmark's clock, the count hardly moves with other work on
# the machine or with the CPU it runs on (within about 1% between runs:
# map iteration order varies), so it shows what a change costs where the
# clock's noise (±5–10% on a VM) hides it. The benchmark runs twice, with
# N and 2N questions (N=${N:-920}, rounds of the 46 development questions),
# and the difference over N is the count a question: the warm-up and the
# set-up cancel out. Go's asynchronous preemption is turned off
# (GODEBUG=asyncpreemptoff=1): its signals stop callgrind mid-run.
#
# It needs Go and valgrind (Debian: apt-get install valgrind).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/local/go/bin"
command -v valgrind >/dev/null || { echo "icount.sh needs valgrind (Debian: apt-get install valgrind)" >&2; exit 1; }
n="${N:-920}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

count() { # count BINARY ROUNDS: instructions inside answerQA
	(cd facts && GODEBUG=asyncpreemptoff=1 GOGC=off GOMAXPROCS=1 valgrind --tool=callgrind \
		--toggle-collect='*answerQA*' --callgrind-out-file="$tmp/cg.out" \
		"$1" -test.run '^$' -test.bench 'Ask$' -test.benchtime "${2}x" >"$tmp/cg.log" 2>&1) ||
		{ cat "$tmp/cg.log" >&2; exit 1; }
	grep -oP 'Collected : \K[0-9]+' "$tmp/cg.log"
}

revs=("$@")
[ ${#revs[@]} -gt 0 ] || revs=(worktree)
for rev in "${revs[@]}"; do
	bin="$tmp/$rev.test"
	if [ "$rev" = worktree ]; then
		go test -c -o "$bin" ./facts
	else
		src="$tmp/src-$rev"
		mkdir -p "$src"
		git archive "$rev" | tar -x -C "$src"
		(cd "$src" && go test -c -o "$bin" ./facts)
	fi
	one=$(count "$bin" "$n")
	two=$(count "$bin" $((2 * n)))
	awk -v r="$rev" -v a="$one" -v b="$two" -v n="$n" 'BEGIN { printf "%-12s %7.0f instructions a question (N=%d)\n", r, (b - a) / n, n }'
done
