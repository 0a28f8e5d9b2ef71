#!/usr/bin/env bash
# Wenxi at corpus scale (issue 12): `wenxi report` on 10 MB and 100 MB corpora of many files of
# about 25 KB, against jieba segmenting the same text, then Spark/wenxi_spark.py in local mode on
# the 10 MB corpus, checked against the report byte for byte. Prints every figure; writes only
# Benchmarks/.work (scratch), Benchmarks/.venv (jieba, from PyPI) and .ci/.venv (pyspark).
#
#   Benchmarks/scale.sh [--no-spark]
#
# SIZES (default "10 100") picks the corpora; LIMIT (seconds, default 3600) stops a run that
# takes longer, and the line says so.
#
# The text is the SIGHAN 2005 MSR test text of the dev sets (docs/benchmark-data.md) in
# $WENXI_EVAL, by default ../shared/eval beside the checkout: copies of it, each with its lines in
# another (fixed, seeded) order so that no two files are the same, cut into files of at most
# 25,000 bytes at line ends. Each timing is the best of RUNS whole-process runs (default 1), with
# /usr/bin/time -v; jieba (HMM off, Benchmarks/peer_segment.py) runs in the same pass.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
eval_sets=${WENXI_EVAL:-${WENXI_SHARED:-$root/../shared}/eval}
msr=$eval_sets/sighan2005-msr/msr_test.txt
[ -f "$msr" ] || { echo "scale.sh: $msr is missing: see docs/benchmark-data.md (or set WENXI_EVAL)" >&2; exit 1; }
work=$root/Benchmarks/.work/scale
runs=${RUNS:-1}
sizes=${SIZES:-10 100}
limit=${LIMIT:-3600}
mkdir -p "$work"

swift build -c release >/dev/null
wenxi=$root/.build/release/wenxi
if [ ! -x "$root/Benchmarks/.venv/bin/python" ]; then
  python3 -m venv "$root/Benchmarks/.venv"
  "$root/Benchmarks/.venv/bin/pip" install --quiet jieba==0.42.1 rjieba
fi
py=$root/Benchmarks/.venv/bin/python

# corpus NAME MB: Benchmarks/.work/scale/NAME/ (the files) and NAME.txt (all of it, for jieba).
corpus() {
  local name=$1 mb=$2 dir=$work/$1
  if [ ! -f "$work/$name.txt" ] || [ ! -d "$dir" ]; then
    rm -rf "$dir" && mkdir -p "$dir"
    python3 - "$msr" "$mb" "$work/$name.txt" <<'PY'
import random, sys
source, mb, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
lines = [l for l in open(source, encoding="utf-8").read().split("\n") if l.strip()]
rng, size = random.Random(12), 0
with open(out, "w", encoding="utf-8") as sink:
    while size < mb * 1_000_000:
        rng.shuffle(lines)
        for line in lines:
            sink.write(line + "\n")
            size += len(line.encode("utf-8")) + 1
            if size >= mb * 1_000_000:
                break
PY
    split -C 25000 -d -a 5 --additional-suffix=.txt "$work/$name.txt" "$dir/part-"
  fi
}

# measure CMD...: runs it RUNS times; prints "seconds peak_kb" of the fastest run (time -v).
measure() {
  local best="" mem=""
  for _ in $(seq "$runs"); do
    /usr/bin/time -v -o "$work/time.txt" timeout "$limit" "$@" >"$work/out.txt" 2>"$work/err.txt" || true
    if grep -qE "Exit status: 124$" "$work/time.txt"; then echo "$limit+ 0"; return; fi
    local s m
    s=$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); t = 0; for (i = 1; i <= n; i++) t = t * 60 + p[i]; print t }' "$work/time.txt")
    m=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time.txt")
    if [ -z "$best" ] || awk "BEGIN{exit !($s < $best)}"; then best=$s; mem=$m; fi
  done
  echo "$best $mem"
}

echo "== Machine"
echo "$(nproc) cores, $(uname -m), $(swift --version 2>&1 | head -1); jieba $("$py" -c 'import jieba; print(jieba.__version__)' 2>/dev/null)"
echo
echo "== wenxi report on corpora of ~25 KB files (the MSR test text, lines reshuffled per copy), best of $runs"
declare -A secs peak
for size in $sizes; do
  name=msr-${size}mb
  corpus "$name" "$size"
  bytes=$(wc -c <"$work/$name.txt")
  files=$(ls "$work/$name" | wc -l)
  rm -rf "$work/report-$name"
  read -r s m < <(measure "$wenxi" report "$work/$name" --out "$work/report-$name")
  if [ "$s" = "$limit+" ]; then
    echo "$size MB ($bytes bytes, $files files): wenxi report did not finish within $limit s (LIMIT)"
    continue
  fi
  summary=$(grep -E 'articles from' "$work/err.txt" | tail -1 || true)
  read -r js jm < <(measure "$py" "$root/Benchmarks/peer_segment.py" jieba nohmm "$work/$name.txt")
  secs[$size]=$s; peak[$size]=$m
  awk -v n="$files" -v b="$bytes" -v s="$s" -v k="$m" -v js="$js" -v jk="$jm" -v mb="$size" 'BEGIN {
    printf "%3d MB (%d bytes, %d files): wenxi report %.2f s, %.2f MB/s, %.1f MB peak; jieba segmentation alone %.2f s (%.1f MB peak); jieba time / report time %.2fx\n",
      mb, b, n, s, b / s / 1e6, k / 1024, js, jk / 1024, js / s }'
  echo "    $summary"
done
[ -n "${secs[10]:-}" ] && [ -n "${secs[100]:-}" ] && awk -v a="${secs[10]}" -v b="${secs[100]}" -v ka="${peak[10]}" -v kb="${peak[100]}" 'BEGIN {
  printf "100 MB / 10 MB: time %.2fx, peak memory %.2fx (%.1f MB / %.1f MB)\n", b / a, kb / ka, kb / 1024, ka / 1024 }'

[ "${1:-}" = "--no-spark" ] && exit 0
echo
echo "== Spark/wenxi_spark.py --master local[2] on the 10 MB corpus (pyspark $(cat Spark/requirements.txt | cut -d= -f3), $(java -version 2>&1 | head -1))"
spark_py=$(bash Spark/setup.sh .ci/.venv)
rm -rf "$work/spark-msr-10mb"
read -r s m < <(measure "$spark_py" Spark/wenxi_spark.py "$work/msr-10mb" "$work/spark-msr-10mb" --wenxi "$wenxi" --master "local[2]")
echo "whole run (JVM start, map on 2 executor threads, reduce): $(awk -v s="$s" -v k="$m" 'BEGIN { printf "%.2f s, %.1f MB peak of the driver process", s, k / 1024 }')"
[ -d "$work/spark-msr-10mb" ] || { echo "wenxi_spark.py wrote nothing:"; tail -20 "$work/err.txt"; exit 1; }
if cmp -s "$work/report-msr-10mb/corpus.json" "$work/spark-msr-10mb/corpus.json"; then
  echo "corpus.json: identical to wenxi report's ($(wc -c <"$work/spark-msr-10mb/corpus.json") bytes)"
else
  echo "corpus.json: DIFFERS from wenxi report's"
fi
if diff -rq "$work/report-msr-10mb" "$work/spark-msr-10mb" >"$work/diff.txt"; then
  echo "all $(find "$work/spark-msr-10mb" -type f | wc -l) files: identical"
else
  echo "files that differ: $(wc -l <"$work/diff.txt")"; head -5 "$work/diff.txt"
fi
