#!/usr/bin/env bash
# Wenxi's accuracy and speed, measured: prints every figure and writes nothing else but
# Benchmarks/.work (scratch) and Benchmarks/.venv (the peers, from PyPI).
#
#   Benchmarks/bench.sh [--quick]
#
# Needs the dev sets (docs/benchmark-data.md) in $WENXI_EVAL, by default ../shared/eval beside
# the checkout; the scorers are in Benchmarks/tools. Also python3 with venv, and
# /usr/bin/time. Each timing is the best of RUNS whole-process runs (default 3).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
eval_sets=${WENXI_EVAL:-${WENXI_SHARED:-$root/../shared}/eval}
msr=$eval_sets/sighan2005-msr
for need in "$msr/msr_test.txt" "$msr/msr_test_gold.txt" "$msr/msr_training_words.txt" "$eval_sets/msra-ner/msra_test.jsonl" "$eval_sets/jionlp-figures/time_parser.jsonl"; do
  [ -f "$need" ] || { echo "bench.sh: $need is missing: see docs/benchmark-data.md (or set WENXI_EVAL)" >&2; exit 1; }
done
work=$root/Benchmarks/.work
runs=${RUNS:-3}
mkdir -p "$work"

swift build -c release >/dev/null
wenxi=$root/.build/release/wenxi

if [ ! -x "$root/Benchmarks/.venv/bin/python" ]; then
  python3 -m venv "$root/Benchmarks/.venv"
  "$root/Benchmarks/.venv/bin/pip" install --quiet jieba==0.42.1 rjieba
fi
py=$root/Benchmarks/.venv/bin/python

# best_of CMD...: runs the command RUNS times; prints "seconds peak_kb" of the fastest run.
best_of() {
  local best="" mem=""
  for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >"$work/out.txt" 2>/dev/null
    read -r s m <"$work/time.txt"
    if [ -z "$best" ] || awk "BEGIN{exit !($s < $best)}"; then best=$s; mem=$m; fi
  done
  echo "$best $mem"
}

# paired NAME PAIRS -- CMD_A... -- CMD_B...: runs A and B in turn PAIRS times and prints the
# median of the wall-time ratios A/B (pairs cancel the machine's drift), with both medians.
# Both are whole processes with their output captured in a file.
paired() {
  local name=$1 pairs=$2; shift 3
  local a=() b=()
  while [ "$1" != "--" ]; do a+=("$1"); shift; done; shift
  b=("$@")
  local ratios=() ta tb
  for _ in $(seq "$pairs"); do
    /usr/bin/time -f "%e" -o "$work/ta.txt" "${a[@]}" >"$work/pa.out" 2>/dev/null
    /usr/bin/time -f "%e" -o "$work/tb.txt" "${b[@]}" >"$work/pb.out" 2>/dev/null
    ta=$(cat "$work/ta.txt"); tb=$(cat "$work/tb.txt")
    ratios+=("$ta $tb")
  done
  printf '%s\n' "${ratios[@]}" | awk -v n="$name" '
    { r[NR] = $1 / $2; a[NR] = $1; b[NR] = $2 }
    function median(x, k,   i, j, t) { for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (x[j] < x[i]) { t = x[i]; x[i] = x[j]; x[j] = t } return (k % 2) ? x[(k + 1) / 2] : (x[k / 2] + x[k / 2 + 1]) / 2 }
    END { k = NR; ma = median(a, k); mb = median(b, k); mr = median(r, k)
          printf "%-44s median %.2f s vs %.2f s, median ratio of time %.3f (%d pairs)\n", n, ma, mb, mr, k }'
}

echo "== Machine"
echo "$(nproc) cores, $(uname -m), $(swift --version 2>&1 | head -1)"
echo "ICU $(pkg-config --modversion icu-i18n)"

echo
echo "== Segmentation accuracy: SIGHAN 2005 MSR test set (score-seg, OOV against the training word list)"
score() { "$root/Benchmarks/tools/score-seg" "$msr/msr_test_gold.txt" "$1" --words "$msr/msr_training_words.txt" | tr '\n' ' ' | sed 's/gold words [0-9]* test words [0-9]* //'; echo; }
"$wenxi" segment "$msr/msr_test.txt" >"$work/wenxi.seg"
printf '%-22s ' "wenxi (fine, default)"; score "$work/wenxi.seg"
"$wenxi" segment --granularity coarse "$msr/msr_test.txt" >"$work/wenxi-coarse.seg"
printf '%-22s ' "wenxi coarse"; score "$work/wenxi-coarse.seg"
"$wenxi" segment --hmm "$msr/msr_test.txt" >"$work/wenxi-hmm.seg"
printf '%-22s ' "wenxi --hmm"; score "$work/wenxi-hmm.seg"
for peer in "jieba nohmm" "jieba hmm" "rjieba nohmm" "rjieba hmm"; do
  "$py" "$root/Benchmarks/peer_segment.py" $peer "$msr/msr_test.txt" >"$work/peer.seg" 2>/dev/null
  printf '%-22s ' "$peer"; score "$work/peer.seg"
done

echo
echo "== Segmentation speed: $(( $(wc -c <"$msr/msr_test.txt") * 19 / 1000000 )) MB (the MSR test text 19 times), best of $runs"
big=$work/msr-x19.txt
[ -f "$big" ] || for _ in $(seq 19); do cat "$msr/msr_test.txt"; done >"$big"
bytes=$(wc -c <"$big")
read -r rs rm < <(best_of "$py" "$root/Benchmarks/peer_segment.py" rjieba nohmm "$big")
row() { # name seconds kb
  awk -v n="$1" -v s="$2" -v k="$3" -v b="$bytes" -v r="$rs" \
    'BEGIN{printf "%-34s %7.2f s %8.2f MB/s %6.2fx rjieba %7.1f MB peak\n", n, s, b/s/1e6, r/s, k/1024}'
}
row "rjieba (HMM off), 1 process" "$rs" "$rm"
read -r s m < <(best_of "$py" "$root/Benchmarks/peer_segment.py" rjieba hmm "$big"); row "rjieba (HMM on), 1 process" "$s" "$m"
if [ "${1:-}" != "--quick" ]; then
  read -r s m < <(best_of "$py" "$root/Benchmarks/peer_segment.py" jieba nohmm "$big"); row "jieba (HMM off), 1 process" "$s" "$m"
  read -r s m < <(best_of "$py" "$root/Benchmarks/peer_segment.py" jieba hmm "$big"); row "jieba (HMM on), 1 process" "$s" "$m"
fi
read -r s m < <(best_of "$wenxi" segment --jobs 1 "$big"); row "wenxi segment, 1 core" "$s" "$m"
read -r s m < <(best_of "$wenxi" segment --jobs "$(nproc)" "$big"); row "wenxi segment, $(nproc) cores" "$s" "$m"
read -r s m < <(best_of "$wenxi" segment --hmm --jobs 1 "$big"); row "wenxi segment --hmm, 1 core" "$s" "$m"
read -r s m < <(best_of "$wenxi" segment --granularity coarse --jobs 1 "$big"); row "wenxi segment coarse (names), 1 core" "$s" "$m"
printf 'one short line (start-up and lexicon load): '
echo "中文分词" >"$work/one.txt"
read -r s m < <(best_of "$wenxi" segment "$work/one.txt"); echo "$s s, $(( m / 1024 )) MB peak"

echo
echo "== Figures: wenxi figures --lines on the same $(( bytes / 1000000 )) MB, best of $runs"
read -r s m < <(best_of "$wenxi" figures --lines --format jsonl --jobs 1 "$big")
figures=$(grep -o '"kind"' "$work/out.txt" | wc -l)
awk -v s="$s" -v f="$figures" -v b="$bytes" -v k="$m" \
  'BEGIN{printf "%d figures in %.2f s: %.0f figures/s, %.2f MB/s, %.1f MB peak (1 core)\n", f, s, f/s, b/s/1e6, k/1024}'

echo
echo "== Figures: value accuracy on the held-out dev set (Benchmarks/figures-dev, written by hand)"
python3 "$root/Benchmarks/figures-eval.py" | sed -n '1,7p'

echo
echo "== Figures: strict score on JioNLP's time and money parser cases (Benchmarks/tools/score-figures)"
"$root/Benchmarks/tools/score-figures" --wenxi "$wenxi" "$eval_sets/jionlp-figures"

echo
echo "== Entities: MSRA NER test set (score-ner)"
WENXI_EVAL="$eval_sets" bash "$root/Benchmarks/ner-eval.sh" "$wenxi"

echo
echo "== Report: wenxi report on seeds/ (whole process, cold start), best of $runs"
read -r s m < <(best_of "$wenxi" report "$root/seeds" --out "$work/report-seeds")
echo "$s s, $(( m / 1024 )) MB peak"

echo
echo "== Report on a corpus: the $(( bytes / 1000000 )) MB text cut into files of about 25 KB"
corpus=$work/corpus
if [ ! -d "$corpus" ]; then
  mkdir -p "$corpus"
  split -C 25000 -d -a 4 --additional-suffix=.txt "$big" "$corpus/part-"
fi
files=$(ls "$corpus" | wc -l)
read -r s m < <(best_of "$wenxi" report "$corpus" --out "$work/report-corpus")
read -r js jm < <(best_of "$py" "$root/Benchmarks/peer_segment.py" jieba nohmm "$big")
awk -v s="$s" -v k="$m" -v b="$bytes" -v n="$files" -v js="$js" \
  'BEGIN{printf "wenxi report, %d files, all cores: %.2f s, %.2f MB/s, %.1f MB peak; jieba segmentation alone (HMM off): %.2f s; ratio %.2fx\n", n, s, b/s/1e6, k/1024, js, js/s}'

if [ "${1:-}" != "--quick" ]; then
  echo
  echo "== Paired runs (time of the first over the second, median of the pairs' ratios)"
  pairs=${PAIRS:-5}
  paired "wenxi segment 1 core / rjieba" "$pairs" -- "$wenxi" segment --jobs 1 "$big" -- "$py" "$root/Benchmarks/peer_segment.py" rjieba nohmm "$big"
  paired "wenxi segment $(nproc) cores / rjieba" "$pairs" -- "$wenxi" segment --jobs "$(nproc)" "$big" -- "$py" "$root/Benchmarks/peer_segment.py" rjieba nohmm "$big"
  paired "wenxi segment $(nproc) cores / 1 core" "$pairs" -- "$wenxi" segment --jobs "$(nproc)" "$big" -- "$wenxi" segment --jobs 1 "$big"
  paired "wenxi report (corpus) / jieba segmentation" "$pairs" -- "$wenxi" report "$corpus" --out "$work/report-corpus" -- "$py" "$root/Benchmarks/peer_segment.py" jieba nohmm "$big"
fi
