#!/usr/bin/env python3
"""Compares the "nearest" lists of two corpus.json files (a reference and a candidate).

Usage: Benchmarks/compare-neighbours.py REFERENCE/corpus.json CANDIDATE/corpus.json

Prints the share of articles whose neighbour lists are the same (same articles, same order), the
share whose neighbour sets are the same, and the recall of the reference's neighbours (of all the
neighbours the reference lists, the share the candidate lists for the same article).
"""
import json
import sys


def nearest_lists(path):
    """Each article's neighbours (the slugs of its "others", best first), keyed by its slug."""
    with open(path, encoding="utf-8") as handle:
        corpus = json.load(handle)
    return {entry["slug"]: list(entry.get("others", [])) for entry in corpus["nearest"]}


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    reference, candidate = nearest_lists(sys.argv[1]), nearest_lists(sys.argv[2])
    if reference.keys() != candidate.keys():
        sys.exit("the two corpora do not hold the same articles")
    same_list = sum(reference[a] == candidate[a] for a in reference)
    same_set = sum(set(reference[a]) == set(candidate[a]) for a in reference)
    listed = sum(len(reference[a]) for a in reference)
    found = sum(len(set(reference[a]) & set(candidate[a])) for a in reference)
    total = len(reference)
    print(f"articles: {total}")
    print(f"same neighbours, same order: {same_list} ({100 * same_list / max(total, 1):.2f} %)")
    print(f"same neighbour sets: {same_set} ({100 * same_set / max(total, 1):.2f} %)")
    print(f"recall of the reference's neighbours: {found} of {listed} ({100 * found / max(listed, 1):.2f} %)")


if __name__ == "__main__":
    main()
