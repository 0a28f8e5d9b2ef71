#!/usr/bin/env bash
# Fetches stopwordsiso 0.7.1 (MIT; the Stopwords ISO collection) from PyPI and writes its
# Chinese and English lists, one word a line, sorted, into Dictionaries/stopwords/.
# news-supplement.txt beside them is hand-written and not touched by this script.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -m pip download --quiet --no-deps stopwordsiso==0.7.1 -d "$work"
echo "e23edcffca952f98cd26f54a5c56f93b2fa435c88d3ee60f3beffb4c44279380  $work/stopwordsiso-0.7.1-py3-none-any.whl" | sha256sum --check --quiet
python3 - "$work/stopwordsiso-0.7.1-py3-none-any.whl" "$here" <<'PY'
import json, sys, zipfile
wheel, out = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(wheel) as z:
    data = json.loads(z.read("stopwordsiso/stopwords-iso.json").decode("utf-8"))
for lang in ("zh", "en"):
    words = sorted({w.strip() for w in data[lang] if w.strip()})
    with open(f"{out}/{lang}-stopwords-iso.txt", "w", encoding="utf-8") as f:
        f.write("\n".join(words) + "\n")
    print(f"{lang}: {len(words)} words")
PY
