#!/usr/bin/env bash
# batch-bench.sh times a batch of 7,200 questions through
# `factbot ask --json -`, as a whole process, against the bleve reference
# (scripts/blevebench: an in-memory bleve index, BM25, over the same
# article's sentences) answering the same batch, and prints the ratio
# factbot/bleve that issue 8 sets at 0.2 at most. factbot answers on
# every core (GOMAXPROCS workers) and blevebench on one goroutine; the
# same rounds also time factbot on one core (GOMAXPROCS=1), for the
# speed-up its workers give on this machine at the time:
#
#	bash scripts/batch-bench.sh              # 10 rounds of 5 runs each
#	ROUNDS=4 RUNS=10 bash scripts/batch-bench.sh
#
# The batch is every "ask" question of ../shared/qa/dev.jsonl,
# facts/testdata/*.jsonl and facts/testdata/articles/*.jsonl, repeated
# to 7,200 lines, all asked of the embedded article (facts/article.txt).
# The two programs alternate over many short rounds (factbot first, then
# bleve first), so that other work on the machine weighs on both alike;
# the figure is the median of the rounds' ratios, of wall time and of CPU
# time (user and system: what each program costs, far less sensitive to
# other work than wall time, which a busy machine can double). An empty batch gives each
# program's start-up (process, package initialisation, loading and
# indexing the article), and the rest is its cost a question.
#
# It needs Go, python3 and hyperfine (Debian: apt-get install hyperfine).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PATH:/usr/local/go/bin"
rounds="${ROUNDS:-10}"
runs="${RUNS:-5}"
lines=7200

for c in go python3 hyperfine; do
	command -v "$c" >/dev/null || { echo "batch-bench.sh needs $c (Debian: apt-get install $c)" >&2; exit 1; }
done
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

sh .ci/build.sh "$tmp/factbot"
(cd scripts/blevebench && CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o "$tmp/blevebench" .)

cp facts/article.txt "$tmp/article.txt"
python3 - "$lines" >"$tmp/batch.txt" <<'PY'
import glob, itertools, json, sys
sets = ["../shared/qa/dev.jsonl"] + sorted(glob.glob("facts/testdata/*.jsonl")) + sorted(glob.glob("facts/testdata/articles/*.jsonl"))
qs = []
for path in sets:
    try:
        f = open(path, encoding="utf-8")
    except FileNotFoundError:
        print(f"batch-bench.sh: {path} is missing; the batch is made of the other sets", file=sys.stderr)
        continue
    for line in f:
        if line.strip():
            d = json.loads(line)
            if d.get("kind", "ask") == "ask":
                qs.append(" ".join(d["q"].split()))
for q in itertools.islice(itertools.cycle(qs), int(sys.argv[1])):
    print(q)
PY
: >"$tmp/empty.txt"

cd "$tmp" # for short commands: ./factbot, ./blevebench, batch.txt
factbot="./factbot ask --json -"
bleve="./blevebench --article article.txt"
# Both must answer every line, each with a JSON object.
for cmd in "$factbot" "$bleve"; do
	n="$($cmd <batch.txt | python3 -c 'import json, sys; print(sum(1 for l in sys.stdin if isinstance(json.loads(l), dict)))')"
	if [ "$n" != "$lines" ]; then echo "$cmd answered $n of $lines lines" >&2; exit 1; fi
done
echo "batch: $lines questions ($(sort -u batch.txt | wc -l) different), $(wc -c <batch.txt) bytes; factbot writes $($factbot <batch.txt | wc -c) bytes of answers, bleve $($bleve <batch.txt | wc -c)"

# summary prints, from hyperfine's JSON export, the median wall time and
# mean CPU time (user and system) in ms of each command given, in the
# order given, on one line.
summary() {
	python3 -c '
import json, statistics, sys
res = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
print(" ".join("%.2f %.2f" % (1000 * statistics.median(res[c]["times"]), 1000 * (res[c]["user"] + res[c]["system"])) for c in sys.argv[2:]))' "$@"
}

printf "\$ hyperfine --warmup 1 --runs %d '%s <batch.txt >/dev/null' 'GOMAXPROCS=1 %s <batch.txt >/dev/null' '%s <batch.txt >/dev/null'\n" "$runs" "$factbot" "$factbot" "$bleve"
printf '  (%d rounds, the order alternating; medians of the runs; the same with an empty batch)\n' "$rounds"
for round in $(seq "$rounds"); do
	for input in batch empty; do
		a="$factbot <$input.txt >/dev/null"
		b="$bleve <$input.txt >/dev/null"
		c="GOMAXPROCS=1 $a"
		order=("$a" "$c" "$b")
		if [ $((round % 2)) = 0 ]; then order=("$b" "$c" "$a"); fi
		# hyperfine's warnings about outliers are left out; its errors are not.
		hyperfine --style none --warmup 1 --runs "$runs" --export-json r.json "${order[@]}" 2>hyperfine.err ||
			{ cat hyperfine.err >&2; exit 1; }
		echo "$round $input $(summary r.json "$a" "$b" "$c")"
	done
done >rounds

python3 - rounds "$lines" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1])]
n = int(sys.argv[2])
med = lambda xs: statistics.median(xs)
get = lambda kind, col: [float(r[col]) for r in rows if r[1] == kind]
for r in rows:
    if r[1] == "batch":
        print("round %2s: factbot %6.1f ms (CPU %6.1f), bleve %6.1f ms (CPU %6.1f): ratio %.2f (CPU %.2f)"
              % (r[0], float(r[2]), float(r[3]), float(r[4]), float(r[5]), float(r[2]) / float(r[4]), float(r[3]) / float(r[5])))
ratios = sorted(f / b for f, b in zip(get("batch", 2), get("batch", 4)))
cpu = sorted(f / b for f, b in zip(get("batch", 3), get("batch", 5)))
for name, w, c in (("factbot", 2, 3), ("bleve", 4, 5)):
    batch, empty = med(get("batch", w)), med(get("empty", w))
    print("%-7s batch %6.1f ms (CPU %6.1f ms); empty batch (start-up, article loaded and indexed) %5.1f ms (CPU %5.1f ms); the rest %5.1f µs a question"
          % (name, batch, med(get("batch", c)), empty, med(get("empty", c)), 1000 * (batch - empty) / n))
print("ratio factbot/bleve, whole process: wall time %.2f (range %.2f–%.2f over %d rounds), CPU time %.2f (range %.2f–%.2f); target at most 0.2"
      % (med(ratios), ratios[0], ratios[-1], len(ratios), med(cpu), cpu[0], cpu[-1]))
one = sorted(f / b for f, b in zip(get("batch", 6), get("batch", 4)))
gain = sorted(s / f for f, s in zip(get("batch", 2), get("batch", 6)))
print("factbot on one core (GOMAXPROCS=1): batch %.1f ms (CPU %.1f ms), ratio to bleve %.2f of wall time (range %.2f–%.2f); every core over one: %.2f times as fast (range %.2f–%.2f)"
      % (med(get("batch", 6)), med(get("batch", 7)), med(one), one[0], one[-1], med(gain), gain[0], gain[-1]))
PY
