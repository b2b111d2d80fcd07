#!/usr/bin/env python3
"""How right found answers are, by their confidence.

usage: confidence.py BINARY SET.jsonl ...

Each set is asked of the article beside it (SET.txt), or of the embedded
article when there is none, through `BINARY ask --json -`. Prints, for the
found answers, how many are right (judged as ../shared/qa/judge.py judges:
every expected string in the answer, or any one for expect_any; an
unanswerable question answered is wrong) in bands of confidence, and how
many fall under one half, where the bot says it is not sure (facts.Unsure).
"""
import json, os, re, subprocess, sys, unicodedata

def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).lower()

binary, found = sys.argv[1], []
for qf in sys.argv[2:]:
    art = qf[: -len(".jsonl")] + ".txt"
    qs = [json.loads(l) for l in open(qf) if l.strip()]
    qs = [q for q in qs if q.get("kind", "ask") == "ask"]
    cmd = [binary, "ask", "--json"] + (["--article", art] if os.path.exists(art) else []) + ["-"]
    out = subprocess.run(cmd, input="".join(q["q"].replace("\n", " ") + "\n" for q in qs), capture_output=True, text=True, check=True).stdout.splitlines()
    for q, line in zip(qs, out):
        a = json.loads(line)
        if not a["found"]:
            continue
        text = fold(a["answer"])
        if q.get("none"):
            right = False
        elif "expect_any" in q:
            right = any(fold(e) in text for e in q["expect_any"])
        else:
            right = all(fold(e) in text for e in q["expect"])
        found.append((a["score"], right))
bands = [(0, 0.2), (0.2, 0.3), (0.3, 0.4), (0.4, 0.5), (0.5, 0.7), (0.7, 1.01)]
print("found answers right, by confidence:", "  ".join(
    f"{lo}–{min(hi, 1)}: {sum(r for s, r in found if lo <= s < hi)}/{sum(1 for s, _ in found if lo <= s < hi)}" for lo, hi in bands))
unsure = [r for s, r in found if s < 0.5]
sure = [r for s, r in found if s >= 0.5]
print(f"under one half (noted as unsure): {len(unsure)} of {len(found)}, {sum(unsure)} right; the rest: {sum(sure)} of {len(sure)} right")
