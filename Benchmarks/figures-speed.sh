#!/usr/bin/env bash
# Figures per second of `wenxi figures --lines` on the SIGHAN MSR test text repeated 19 times
# (about 10 MB of news-style text), best of RUNS (default 3), one core; then the strict JioNLP
# score (Benchmarks/tools/score-figures). The dev sets: docs/benchmark-data.md. Measures only: nothing here asserts a time.
#
#   Benchmarks/figures-speed.sh [WENXI_BINARY]     (default .build/release/wenxi)
set -euo pipefail
cd "$(dirname "$0")/.."
eval_sets=${WENXI_EVAL:-${WENXI_SHARED:-$(pwd)/../shared}/eval}
wenxi=${1:-.build/release/wenxi}
runs=${RUNS:-3}
work=Benchmarks/.work
mkdir -p "$work"
big=$work/msr-x19.txt
[ -f "$big" ] || for _ in $(seq 19); do cat "$eval_sets/sighan2005-msr/msr_test.txt"; done >"$big"
best=""
for _ in $(seq "$runs"); do
  /usr/bin/time -f "%e" -o "$work/figures-time.txt" "$wenxi" figures --lines --format jsonl --jobs 1 "$big" >"$work/figures-out.txt"
  s=$(cat "$work/figures-time.txt")
  if [ -z "$best" ] || awk "BEGIN{exit !($s < $best)}"; then best=$s; fi
done
figures=$(grep -o '"kind"' "$work/figures-out.txt" | wc -l)
awk -v s="$best" -v f="$figures" -v b="$(wc -c <"$big")" \
  'BEGIN{printf "%d figures in %.2f s: %.0f figures/s, %.2f MB/s (1 core)\n", f, s, f/s, b/s/1e6}'
Benchmarks/tools/score-figures --wenxi "$wenxi" "$eval_sets/jionlp-figures"
