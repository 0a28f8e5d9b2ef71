#!/usr/bin/env python3
"""Score `wenxi figures` values against the hand-annotated dev set.

Usage: python3 Benchmarks/figures-eval.py [SENTENCES.jsonl] [--binary PATH] [--reference-date YYYY-MM-DD]

Runs `wenxi figures --lines --format jsonl --reference-date DATE` once over all sentences
(every sentence in the dev set uses the same reference date, 2024-11-05) and compares with the gold.

A gold figure's span is the first occurrence of its text at or after the end of the previous gold
figure in the sentence (gold figures are listed in text order). A reported figure is "found" when
its start and end equal a gold span. It is "right" when, in addition, the kind matches, the value
matches (numbers as numbers with a relative tolerance of 1e-6, strings exactly, null as null),
`upper` matches where either side has one, and for money the unit (ISO code) matches.
`approximate` and non-money units are reported as separate diagnostics and do not affect "right".
Reported figures with no gold span are spurious.
"""
import json
import math
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def same_value(gold, got):
    if gold is None or got is None:
        return gold is None and got is None
    if isinstance(gold, bool) or isinstance(got, bool):
        return gold == got
    if isinstance(gold, (int, float)) and isinstance(got, (int, float)):
        return math.isclose(gold, got, rel_tol=1e-6, abs_tol=1e-9)
    return gold == got


def show(fig):
    parts = [fig.get("kind", "?"), json.dumps(fig.get("value"), ensure_ascii=False)]
    if "upper" in fig:
        parts.append("upper=" + json.dumps(fig["upper"], ensure_ascii=False))
    if fig.get("unit") is not None:
        parts.append("unit=" + fig["unit"])
    if fig.get("approximate"):
        parts.append("approx=" + fig["approximate"])
    return " ".join(parts)


def main(argv):
    path = os.path.join(HERE, "figures-dev", "sentences.jsonl")
    binary = os.path.join(ROOT, ".build", "release", "wenxi")
    refdate = "2024-11-05"
    args = list(argv)
    i = 0
    while i < len(args):
        if args[i] == "--binary":
            binary = args[i + 1]; i += 2
        elif args[i] == "--reference-date":
            refdate = args[i + 1]; i += 2
        else:
            path = args[i]; i += 1

    with open(path, encoding="utf-8") as f:
        items = [json.loads(line) for line in f if line.strip()]
    dates = {it.get("reference_date", refdate) for it in items}
    if dates != {refdate}:
        sys.exit(f"this script runs one reference date; the set has {sorted(dates)}")

    inp = "".join(it["text"].replace("\n", " ") + "\n" for it in items)
    proc = subprocess.run([binary, "figures", "--lines", "--format", "jsonl", "--reference-date", refdate],
                          input=inp.encode("utf-8"), capture_output=True)
    if proc.returncode != 0:
        sys.exit(f"wenxi failed ({proc.returncode}): {proc.stderr.decode('utf-8', 'replace')}")
    outs = {}
    for line in proc.stdout.decode("utf-8").splitlines():
        if line.strip():
            obj = json.loads(line)
            outs[obj["line"]] = obj.get("figures", [])

    n_gold = n_found = n_right = n_spurious = 0
    wrong, missed, spurious, approx_diff, unit_diff = [], [], [], [], []
    for n, it in enumerate(items, 1):
        text = it["text"]
        got = outs.get(n, [])
        by_span = {(g["start"], g["end"]): g for g in got}
        used = set()
        pos = 0
        for gf in it["figures"]:
            n_gold += 1
            start = text.find(gf["text"], pos)
            if start < 0:
                sys.exit(f"line {n}: gold text {gf['text']!r} not found in order in {text!r}")
            end = start + len(gf["text"])
            pos = end
            sf = by_span.get((start, end))
            if sf is None:
                over = [g["text"] for g in got if g["start"] < end and start < g["end"]]
                missed.append((n, gf["text"], show(gf), over))
                continue
            n_found += 1
            used.add((start, end))
            ok = sf.get("kind") == gf["kind"] and same_value(gf["value"], sf.get("value"))
            if "upper" in gf or "upper" in sf:
                ok = ok and same_value(gf.get("upper"), sf.get("upper"))
            if gf["kind"] == "money":
                ok = ok and gf.get("unit") == sf.get("unit")
            if ok:
                n_right += 1
            else:
                wrong.append((n, gf["text"], show(gf), show(sf)))
            if gf.get("approximate") != sf.get("approximate"):
                approx_diff.append((n, gf["text"], gf.get("approximate"), sf.get("approximate")))
            if gf["kind"] != "money" and "unit" in gf and gf.get("unit") != sf.get("unit"):
                unit_diff.append((n, gf["text"], gf.get("unit"), sf.get("unit")))
        for g in got:
            if (g["start"], g["end"]) not in used:
                n_spurious += 1
                spurious.append((n, g["text"], show(g), text))

    pct = lambda a: f"{100.0 * a / n_gold:.1f}%" if n_gold else "n/a"
    print(f"sentences: {len(items)}  (reference date {refdate})")
    print(f"gold figures: {n_gold}")
    print(f"found spans: {n_found} ({pct(n_found)})")
    print(f"exactly right: {n_right} ({pct(n_right)})")
    print(f"wrong values: {len(wrong)}")
    print(f"missed: {len(missed)}")
    print(f"spurious: {n_spurious}")
    if wrong:
        print("\nWRONG (line, text, gold, got):")
        for n, t, g, s in wrong:
            print(f"  {n:4d} {t}  gold: {g}  got: {s}")
    if missed:
        print("\nMISSED (line, text, gold, overlapping reported spans):")
        for n, t, g, over in missed:
            print(f"  {n:4d} {t}  gold: {g}  reported: {', '.join(over) if over else '-'}")
    if spurious:
        print("\nSPURIOUS (line, text, got):")
        for n, t, s, _ in spurious:
            print(f"  {n:4d} {t}  got: {s}")
    if approx_diff:
        print(f"\napproximate differs on found spans ({len(approx_diff)}; not counted above):")
        for n, t, g, s in approx_diff:
            print(f"  {n:4d} {t}  gold: {g}  got: {s}")
    if unit_diff:
        print(f"\nnon-money unit differs on found spans ({len(unit_diff)}; not counted above):")
        for n, t, g, s in unit_diff:
            print(f"  {n:4d} {t}  gold: {g}  got: {s}")


if __name__ == "__main__":
    main(sys.argv[1:])
