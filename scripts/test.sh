#!/usr/bin/env bash
# The test command: lint, type check, then the whole test suite (doctests included).
set -uo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python -m ruff check . || exit 1
# The type checker: configuration in pyproject.toml ([tool.mypy]); strict on the public API.
.venv/bin/python -m mypy || exit 1
# -u: the summary line must reach a redirected stdout even if a library ends the process abruptly
.venv/bin/python -u -m pytest -q "$@"
status=$?
# pytest exits 5 when it collected no test: that is a failure here, not a pass.
exit $status
