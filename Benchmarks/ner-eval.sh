#!/usr/bin/env bash
# Scores `wenxi entities` on the MSRA NER test set with score-ner.
# usage: Benchmarks/ner-eval.sh [WENXI_BINARY]   (default .build/release/wenxi)
# Measurement only: nothing here feeds any list or rule.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${1:-.build/release/wenxi}"
EVAL="${WENXI_EVAL:-${WENXI_SHARED:-$(pwd)/../shared}/eval}"
GOLD="$EVAL/msra-ner/msra_test.jsonl"
SCORE="Benchmarks/tools/score-ner"
[ -f "$GOLD" ] || { echo "ner-eval.sh: $GOLD is missing: see docs/benchmark-data.md (or set WENXI_EVAL)" >&2; exit 1; }
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT
python3 -c '
import json, sys
with open(sys.argv[1], encoding="utf-8") as f, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in f:
        if line.strip():
            out.write(json.loads(line)["text"].replace("\n", " ") + "\n")
' "$GOLD" "$TMP/text.txt"
start=$(date +%s.%N)
"$BIN" entities --lines --format jsonl "$TMP/text.txt" > "$TMP/pred.jsonl"
end=$(date +%s.%N)
python3 -c '
import json, sys
with open(sys.argv[1], encoding="utf-8") as f, open(sys.argv[2], "w", encoding="utf-8") as out:
    for line in f:
        o = json.loads(line)
        out.write(json.dumps({"entities": [{k: e[k] for k in ("text", "type", "start", "end")} for e in o["entities"]]}, ensure_ascii=False) + "\n")
' "$TMP/pred.jsonl" "$TMP/pred-score.jsonl"
"$SCORE" "$GOLD" "$TMP/pred-score.jsonl"
echo "time $(python3 -c "print(f'{$end - $start:.2f}')")s for $(wc -l < "$TMP/text.txt") lines"
if [ -n "${KEEP_PRED:-}" ]; then cp "$TMP/pred-score.jsonl" "$KEEP_PRED"; fi
