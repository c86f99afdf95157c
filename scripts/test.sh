#!/usr/bin/env bash
# The test command: lint, then the whole test suite (doctests included).
set -uo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python -m ruff check . || exit 1
.venv/bin/python -m pytest -q "$@"
status=$?
# pytest exits 5 when it collected no test: that is a failure here, not a pass.
exit $status
