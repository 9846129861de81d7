#!/usr/bin/env python3
"""Turns the scale ladder's results.tsv into a Markdown table (see bench/ladder.sh).

Usage: ladder_table.py RESULTS.tsv [MORE.tsv ...] (the runs of several files are pooled).

For each tool and size: the median wall time and median CPU time (user + sys) of the runs, the
largest peak resident memory, the ratio of the wall time to clausediff's (compare tools against
`clausediff compare`, the others against `clausediff dups`), and the tool's growth exponent: the
slope of log(wall time) over log(input size) between the two largest sizes that finished (whole
processes, so small sizes are dominated by start-up; the two largest show how the work grows).
"""
import csv
import math
import statistics
import sys
from collections import defaultdict

TOOLS = [
    ("clausediff-compare", "clausediff compare (text report)", "clausediff-compare"),
    ("clausediff-compare-json", "clausediff compare --format json", "clausediff-compare"),
    ("git-word-diff", "git diff --no-index --word-diff=porcelain, per-character regex", "clausediff-compare"),
    ("difflib", "Python difflib: sentences, then characters in replaced blocks", "clausediff-compare"),
    ("diffutils-sentences", "java-diff-utils on sentence lists", "clausediff-compare"),
    ("diffutils-chars", "java-diff-utils on the code points of the whole texts", "clausediff-compare"),
    ("read-decode", "read and decode both files only (the floor, same JVM flags)", "clausediff-compare"),
    ("clausediff-dups", "clausediff dups (text report)", "clausediff-dups"),
    ("clausediff-dups-json", "clausediff dups --format json", "clausediff-dups"),
    ("sais-lcp", "read, decode, SA-IS + LCP only (the dups reference, same JVM flags)", "clausediff-dups"),
]


def main(paths):
    comments = []
    rows = defaultdict(list)
    sizes, size_bytes = [], {}
    for path in paths:
        with open(path, encoding="utf-8") as f:
            lines = [l for l in f if not l.startswith("#") or comments.append(l[1:].strip())]
        for r in csv.DictReader(lines, delimiter="\t"):
            rows[(r["tool"], r["size"])].append(r)
            if r["size"] not in sizes:
                sizes.append(r["size"])
            size_bytes.setdefault((r["tool"], r["size"]), int(r["bytes"]))

    def cell(tool, size):
        runs = rows.get((tool, size), [])
        if not runs:
            return None
        if any(r["status"] == "timeout" for r in runs):
            return "timeout"
        if any(r["status"] != "ok" for r in runs):
            return runs[0]["status"]
        wall = statistics.median(float(r["wall_s"]) for r in runs)
        cpu = statistics.median(float(r["user_s"]) + float(r["sys_s"]) for r in runs)
        rss = max(int(r["max_rss_kb"]) for r in runs) / 1024
        return wall, cpu, rss, len(runs)

    limit = next((c.split(":", 1)[1].strip() for c in comments if c.startswith("timeout:")), "?")
    print("| tool | " + " | ".join(sizes) + " | growth exponent |")
    print("|---|" + "---|" * len(sizes) + "---|")
    for tool, label, reference in TOOLS:
        if not any((tool, s) in rows for s in sizes):
            continue
        cells, points = [], []
        for size in sizes:
            c = cell(tool, size)
            if c is None:
                cells.append("")
            elif isinstance(c, str):
                cells.append(f"**timeout (> {limit} s)**" if c == "timeout" else f"**{c}**")
            else:
                wall, cpu, rss, _ = c
                text = f"{wall:.2f} s ({cpu:.2f} s CPU), {rss:.0f} MB"
                ref = cell(reference, size)
                if tool != reference and isinstance(ref, tuple) and ref[0] > 0:
                    text += f", ×{wall / ref[0]:.2f}"
                cells.append(text)
                points.append((size_bytes[(tool, size)], wall))
        exponent = ""
        if len(points) >= 2:
            (b1, t1), (b2, t2) = points[-2], points[-1]
            # /usr/bin/time measures in hundredths of a second.
            t1, t2 = max(t1, 0.01), max(t2, 0.01)
            exponent = f"{math.log(t2 / t1) / math.log(b2 / b1):.2f}"
        print(f"| {label} | " + " | ".join(cells) + f" | {exponent} |")
    print()
    print("Each cell: median wall time (median CPU time, user + sys), largest peak resident memory,")
    print("and the wall time as a multiple of clausediff's (compare or dups) at that size.")
    for c in comments:
        print(f"<!-- {c} -->")


if __name__ == "__main__":
    main(sys.argv[1:])
