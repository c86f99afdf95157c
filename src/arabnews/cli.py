"""The ``arabnews`` command.

    arabnews analyze article.txt                 # one JSON document per file
    arabnews analyze --format jsonl a.txt b.txt  # one line per document
    cat corpus.txt | arabnews analyze --lines -  # one article per input line
    arabnews analyze --reference-date 2020-05-12 article.txt
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from . import __version__, default_pipeline
from .pipeline import PARTS, coerce_reference_date


def _read(source: str) -> str:
    if source == "-":
        return sys.stdin.buffer.read().decode("utf-8", errors="replace")
    return Path(source).read_bytes().decode("utf-8", errors="replace")


def _inputs(sources: Sequence[str], lines: bool) -> Iterator[tuple[str, str]]:
    for source in sources:
        text = _read(source)
        if lines:
            for n, line in enumerate(text.splitlines(), 1):
                if line.strip():
                    yield f"{source}:{n}", line
        else:
            yield source, text


def _write(data: str) -> None:
    sys.stdout.buffer.write(data.encode("utf-8", errors="backslashreplace"))
    sys.stdout.buffer.write(b"\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="arabnews", description="Structured data from Arabic news articles.")
    parser.add_argument("--version", action="version", version=f"arabnews {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    an = sub.add_parser("analyze", help="analyse articles and print JSON")
    an.add_argument("files", nargs="+", help="UTF-8 text files, or - for standard input")
    an.add_argument("--format", choices=("json", "jsonl"), default="json",
                    help="json: one indented document per input; jsonl: one line per document")
    an.add_argument("--reference-date", metavar="YYYY-MM-DD", help="anchor for relative dates such as أمس")
    an.add_argument("--lines", action="store_true", help="treat every non-empty input line as one article")
    an.add_argument("--parts", default=",".join(PARTS),
                    help=f"article parts the extractors analyse (comma-separated; default {','.join(PARTS)})")
    args = parser.parse_args(argv)

    try:
        reference_date = coerce_reference_date(args.reference_date, argument="--reference-date")
        parts = tuple(p.strip() for p in args.parts.split(",") if p.strip())
        nlp = default_pipeline(parts=parts)
    except (TypeError, ValueError) as exc:
        parser.error(str(exc))
    missing = [f for f in args.files if f != "-" and not Path(f).is_file()]
    if missing:
        for f in missing:
            print(f"arabnews: no such file: {f}", file=sys.stderr)
        return 2
    try:
        for name, text in _inputs(args.files, args.lines):
            doc = nlp(text, reference_date=reference_date, meta={"source": name})
            _write(doc.to_json(indent=None if args.format == "jsonl" else 2))
        sys.stdout.flush()
    except BrokenPipeError:  # `arabnews analyze … | head` closed the pipe: not an error
        sys.stderr.close()
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
