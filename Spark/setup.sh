#!/usr/bin/env bash
# Installs what Spark/wenxi_spark.py needs on this machine: a Java runtime from Debian's packages
# (default-jre-headless) when there is no `java`, and pyspark (pinned in Spark/requirements.txt)
# into a virtual environment, by default .ci/.venv (git-ignored). Prints the venv's python.
#
#   Spark/setup.sh [VENV]
set -euo pipefail
cd "$(dirname "$0")/.."
venv=${1:-.ci/.venv}
if ! command -v java >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq default-jre-headless >/dev/null
fi
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
# Quick when the pinned version is already there (pip does not reach the registry then).
"$venv/bin/pip" install --quiet --disable-pip-version-check -r Spark/requirements.txt >&2
echo "$(pwd)/$venv/bin/python"
