"""What the scripts that write a committed table from a library share (``build_date_tables.py``,
``build_currency_table.py``, ``build_country_codes.py``): the file's exact text, the CLDR version for its
``_about`` note, and the command line that rewrites the file or, with ``--check``, exits 1 when it is
out of date (the tests and CI regenerate each table and compare)."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


def render(table: dict[str, Any]) -> str:
    """The file's exact text (keys in insertion order, non-ASCII kept readable)."""
    return json.dumps(table, ensure_ascii=False, indent=1) + "\n"


def cldr_version() -> str:
    """The version of the Unicode CLDR data of the installed Babel ("unknown" on a Babel that does not say)."""
    from babel import core

    getter = getattr(core, "get_cldr_version", None)
    return str(getter()) if getter else "unknown"


def write_or_check(build: Callable[[], dict[str, Any]], out: Path, script: str, description: str,
                   argv: list[str] | None = None) -> int:
    """Rewrite ``out`` with ``build()``'s table, or with ``--check`` return 1 (and say so) when the
    committed file differs from it; ``script`` names the script to run in that message."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--check", action="store_true", help="do not write; exit 1 if the file is stale")
    args = parser.parse_args(argv)
    text = render(build())
    if args.check:
        current = out.read_text(encoding="utf-8") if out.exists() else ""
        if current != text:
            print(f"{out} is out of date; run {script}", file=sys.stderr)
            return 1
        return 0
    out.write_text(text, encoding="utf-8")
    print(f"wrote {out}")
    return 0
