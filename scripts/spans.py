#!/usr/bin/env python3
"""How right the bold spans of right answers are.

usage: spans.py BINARY SET.jsonl ...

Each set is asked of the article beside it (SET.txt), or of the embedded
article when there is none, through `BINARY ask --json -`. Of the right
answers (judged as ../shared/qa/judge.py judges: every expected string in
the answer, or any one for expect_any), it counts those with a bold span
that holds an expected string or is held by one (as the fitting program's
spanHolds judges), those with a span that does neither, and those with
none, per set and in all.
"""
import json, os, re, subprocess, sys, unicodedata


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"')
    s = s.replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", s).lower().strip()


binary = sys.argv[1]
total = [0, 0, 0]
for qf in sys.argv[2:]:
    art = qf[: -len(".jsonl")] + ".txt"
    qs = [json.loads(l) for l in open(qf) if l.strip()]
    qs = [q for q in qs if q.get("kind", "ask") == "ask" and not q.get("none")]
    cmd = [binary, "ask", "--json"] + (["--article", art] if os.path.exists(art) else []) + ["-"]
    out = subprocess.run(cmd, input="".join(q["q"].replace("\n", " ") + "\n" for q in qs), capture_output=True, text=True, check=True).stdout.splitlines()
    counts = [0, 0, 0]  # span right, span wrong, no span
    for q, line in zip(qs, out):
        a = json.loads(line)
        text = fold(a.get("answer") or "")
        expected = q.get("expect_any") or q.get("expect") or []
        if not a["found"]:
            continue
        if "expect_any" in q:
            right = any(fold(e) in text for e in expected)
        else:
            right = all(fold(e) in text for e in expected)
        if not right:
            continue
        span = fold(a.get("span") or "").strip(" .,;:")
        if not span:
            counts[2] += 1
        elif any(fold(e) and (fold(e) in span or span in fold(e)) for e in expected):
            counts[0] += 1
        else:
            counts[1] += 1
    total = [t + c for t, c in zip(total, counts)]
    print(f"{os.path.basename(qf)}: {counts[0]} right spans, {counts[1]} wrong, {counts[2]} right answers without one")
print(f"all: {total[0]} right spans, {total[1]} wrong, {total[2]} right answers without one")
