#!/usr/bin/env bash
# icount.sh counts the machine instructions BenchmarkAsk spends a
# question (callgrind, counting only inside answerQA), for the working
# tree or for each revision named:
#
#	bash scripts/icount.sh                 # the working tree
#	bash scripts/icount.sh a912c68 HEAD    # two commits, side by side
#
# Unlike the benchmark's clock, the count does not move with other work
# on the machine or with the CPU it runs on, so it shows what a change
# costs where the clock's noise (±5–10% on a VM) hides it. The benchmark
# runs twice, with N and 2N questions (N=${N:-4600}, rounds of the 46
# development questions), and the difference over N is the count a
# question: the warm-up and the set-up cancel out. That is done three
# times (ROUNDS=3) and the median printed with the range: one pair in a
# few is far off (work done once, inside the questions, in one run of the
# pair and not the other), and the others spread by about 1% (map
# iteration order varies). Go's asynchronous preemption is turned off
# (GODEBUG=asyncpreemptoff=1): its signals stop callgrind mid-run.
#
# It needs Go and valgrind (Debian: apt-get install valgrind).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/local/go/bin"
command -v valgrind >/dev/null || { echo "icount.sh needs valgrind (Debian: apt-get install valgrind)" >&2; exit 1; }
n="${N:-4600}"
rounds="${ROUNDS:-3}"
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
	per=()
	for ((i = 0; i < rounds; i++)); do
		one=$(count "$bin" "$n")
		two=$(count "$bin" $((2 * n)))
		per+=($(((two - one) / n)))
	done
	printf '%s\n' "${per[@]}" | sort -n | awk -v r="$rev" -v n="$n" '{ v[NR] = $1 } END {
		printf "%-12s %7d instructions a question (median of %d; %d to %d; N=%d)\n", r, v[int((NR + 1) / 2)], NR, v[1], v[NR], n }'
done
