#!/usr/bin/env python3
"""Asks each answerable question of the unseen and shared SQuAD sets twice,
as written and with one word of five letters or more misspelt at random (a
letter changed, two swapped, one dropped or one added, never the first), and prints how many each way a binary answers right: how much a
slip costs. The scores table's "a word misspelt" column does the same with
one fixed slip a question; this draws new ones for each seed.

    go build -o factbot . && python3 scripts/misspell.py ./factbot SEED [v]

With v, it lists the questions answered right as written but not misspelt.
Run from the repository, with ../shared beside it.
"""
import glob, json, random, re, subprocess, sys, unicodedata

binary, seed = sys.argv[1], int(sys.argv[2])
verbose = len(sys.argv) > 3
random.seed(seed)


def typo(w):
    i = random.randrange(1, len(w) - 1)
    op = random.choice("sdit")
    if op == "s":
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op == "d":
        return w[:i] + w[i + 1:]
    if op == "i":
        return w[:i] + random.choice("aeiourstnl") + w[i:]
    return w[:i] + random.choice("abcdefghijklmnopqrstuvwxyz") + w[i + 1:]


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", s.replace("\u2019", "'").replace("\u2013", "-")).lower()


def good(q, a):
    t = fold(a.get("answer") or "")
    if "expect_any" in q:
        return a["found"] and any(fold(e) in t for e in q["expect_any"])
    return a["found"] and all(fold(e) in t for e in q["expect"])


sets = sorted(glob.glob("facts/testdata/unseen/*.jsonl")) + sorted(glob.glob("../shared/qa/squad/*.jsonl"))
clean = slipped = total = 0
for path in sets:
    article = path[: -len(".jsonl")] + ".txt"
    qs = [json.loads(l) for l in open(path) if l.strip()]
    qs = [q for q in qs if q.get("kind", "ask") == "ask" and not q.get("none")]
    rows = []
    for q in qs:
        ws = q["q"].split()
        cand = [i for i, w in enumerate(ws) if len(w.strip("?.,!")) >= 5 and w.strip("?.,!").isalpha()]
        if not cand:
            continue
        i = random.choice(cand)
        core = ws[i].rstrip("?.,!")
        ws2 = list(ws)
        ws2[i] = typo(core) + ws[i][len(core):]
        rows.append((q, " ".join(ws2)))

    def run(lines):
        p = subprocess.run([binary, "ask", "--json", "--article", article, "-"],
                           input="".join(l + "\n" for l in lines), capture_output=True, text=True, check=True)
        return [json.loads(l) for l in p.stdout.splitlines()]

    for (q, t), x, y in zip(rows, run([q["q"] for q, _ in rows]), run([t for _, t in rows])):
        gx, gy = good(q, x), good(q, y)
        clean += gx
        slipped += gy
        total += 1
        if verbose and gx and not gy:
            print(repr(t), "|", y["found"], (y.get("answer") or "")[:80])
print("as written", clean, "misspelt", slipped, "of", total)
