#!/usr/bin/env bash
# Set up a development environment in .venv and run the main job on the example article.
#   bash scripts/setup.sh            # core + dev tools + all optional extras
#   ARABNEWS_EXTRAS=dev bash scripts/setup.sh   # core + dev tools only (no torch)
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
EXTRAS=${ARABNEWS_EXTRAS:-dev,camel,html,pandas,dask,spacy}
[ -x .venv/bin/python ] || "$PY" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
if [[ ",$EXTRAS," == *",camel,"* ]]; then
  # camel-tools needs torch; pin the CPU build first so pip does not pull several GB of CUDA wheels.
  .venv/bin/python -m pip install -q "torch==2.13.0" \
    || .venv/bin/python -m pip install -q torch --index-url https://download.pytorch.org/whl/cpu
fi
.venv/bin/python -m pip install -q -e ".[${EXTRAS}]"
# The main job: analyse the example article and print a summary.
.venv/bin/python examples/analyze_article.py examples/article.txt --reference-date 2020-06-02
