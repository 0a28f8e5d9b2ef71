#!/usr/bin/env bash
# Fetches jieba 0.42.1's source package from PyPI and copies the data files Wenxi
# uses into Dictionaries/jieba/. jieba is MIT-licensed (Sun Junyi); see README.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 -m pip download --quiet --no-deps --no-binary :all: jieba==0.42.1 -d "$work"
echo "055ca12f62674fafed09427f176506079bc135638a14e23e25be909131928db2  $work/jieba-0.42.1.tar.gz" | sha256sum --check --quiet
tar -xzf "$work/jieba-0.42.1.tar.gz" -C "$work"
src="$work/jieba-0.42.1/jieba"
mkdir -p "$here/jieba"
cp "$src/dict.txt" "$here/jieba/dict.txt"
cp "$src/analyse/idf.txt" "$here/jieba/idf.txt"
cp "$src/finalseg/prob_emit.py" "$src/finalseg/prob_start.py" "$src/finalseg/prob_trans.py" "$here/jieba/"
echo "copied jieba 0.42.1 data into $here/jieba"
