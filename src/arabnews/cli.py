"""The ``arabnews`` command.

    arabnews analyze article.txt                      # one JSON document per file
    arabnews analyze --format jsonl corpus/           # every *.txt under a folder, one line each
    arabnews analyze --format csv articles.jsonl      # JSONL input: {"text": …, "id": …, "reference_date": …}
    arabnews analyze --format conll --n-process 2 corpus/
    cat corpus.txt | arabnews analyze --lines -       # one article per input line
    arabnews analyze --reference-date 2020-05-12 article.txt
    arabnews analyze --code my_stages.py --stages article,numbers,speakers article.txt

A progress bar and a summary (documents, spans per layer, seconds) go to standard error.
"""

from __future__ import annotations

import argparse
import csv
import json
import runpy
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from . import __version__
from .corpus import analyze_many
from .document import LAYERS, Document
from .export import FLAT_COLUMNS, flat_row, span_rows, to_conll
from .pipeline import PARTS, Pipeline, coerce_reference_date

CSV_COLUMNS = ["source", *FLAT_COLUMNS]


def _read(source: str) -> str:
    if source == "-":
        return sys.stdin.buffer.read().decode("utf-8", errors="replace")
    return Path(source).read_bytes().decode("utf-8", errors="replace")


def _jsonl(path: Path) -> Iterator[tuple[str, dict[str, Any], Any]]:
    with path.open(encoding="utf-8", errors="replace") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                text = record["text"] if isinstance(record, dict) else record
            except (ValueError, KeyError, TypeError):
                raise SystemExit(f"arabnews: {path}:{n}: expected a JSON object with a \"text\" field") from None
            meta = {k: v for k, v in record.items() if k not in ("text", "reference_date")} \
                if isinstance(record, dict) else {}
            meta.setdefault("source", f"{path}:{n}")
            yield text, meta, record.get("reference_date") if isinstance(record, dict) else None


def _inputs(sources: Sequence[str], lines: bool, default_ref: Any) -> Iterator[tuple[str, dict[str, Any], Any]]:
    for source in sources:
        path = Path(source)
        if source != "-" and path.is_dir():
            for file in sorted(path.rglob("*")):
                if file.is_file() and file.suffix in (".txt", ".jsonl"):
                    yield from _inputs([str(file)], lines, default_ref)
        elif source != "-" and path.suffix == ".jsonl":
            for text, meta, ref in _jsonl(path):
                yield text, meta, ref or default_ref
        elif lines:
            for n, line in enumerate(_read(source).splitlines(), 1):
                if line.strip():
                    yield line, {"source": f"{source}:{n}"}, default_ref
        else:
            yield _read(source), {"source": source}, default_ref


def _write(data: str) -> None:
    sys.stdout.write(data)
    sys.stdout.write("\n")


def _csv_rows(doc: Document, doc_id: int) -> Iterator[list[Any]]:
    for layer in doc.layers:
        for row in span_rows(doc, layer, doc_id=doc_id):
            yield [doc.meta.get("source", ""), *flat_row(row).values()]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="arabnews", description="Structured data from Arabic news articles.")
    parser.add_argument("--version", action="version", version=f"arabnews {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    an = sub.add_parser("analyze", help="analyse articles and print JSON, JSONL, CSV or CoNLL")
    an.add_argument("files", nargs="+", help="UTF-8 .txt files, folders of them, .jsonl files, or - for stdin")
    an.add_argument("--format", choices=("json", "jsonl", "csv", "conll"), default="json",
                    help="json: one indented document per input; jsonl: one line per document; "
                         "csv: one row per span; conll: token<TAB>BIO entity tag")
    an.add_argument("--reference-date", metavar="YYYY-MM-DD", help="anchor for relative dates such as أمس")
    an.add_argument("--lines", action="store_true", help="treat every non-empty input line as one article")
    an.add_argument("--parts", default=",".join(PARTS),
                    help=f"article parts the extractors analyse (comma-separated; default {','.join(PARTS)})")
    an.add_argument("--stages", help="comma-separated stage names to run (default: the default pipeline: "
                                      "article,numbers,dates,groups,entities)")
    an.add_argument("--code", metavar="FILE.py",
                    help="a Python file to run first, e.g. one that registers your own stages with "
                         "arabnews.register_stage (use them with --stages)")
    an.add_argument("--n-process", type=int, default=1, help="worker processes (default 1)")
    an.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    an.add_argument("--quiet", action="store_true", help="no summary on stderr")
    args = parser.parse_args(argv)
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8", errors="backslashreplace")

    try:
        reference_date = coerce_reference_date(args.reference_date, argument="--reference-date")
        parts = tuple(p.strip() for p in args.parts.split(",") if p.strip())
        bad = [p for p in parts if p not in PARTS]
        if bad:
            raise ValueError(f"--parts must be among {','.join(PARTS)}, got {','.join(bad)}")
        if args.n_process < 1:
            raise ValueError("--n-process must be at least 1")
        if args.code:
            runpy.run_path(args.code, run_name="arabnews_user_code")
        stages = [x.strip() for x in args.stages.split(",") if x.strip()] if args.stages is not None else None
        if stages is not None:
            Pipeline(stages, parts=parts)  # unknown stages and an order that breaks a contract fail here
    except (TypeError, ValueError, ImportError, OSError) as exc:
        parser.error(str(exc))
    missing = [f for f in args.files if f != "-" and not Path(f).exists()]
    if missing:
        for f in missing:
            print(f"arabnews: no such file: {f}", file=sys.stderr)
        return 2

    items = list(_inputs(args.files, args.lines, reference_date))
    started = time.perf_counter()
    counts: Counter[str] = Counter()
    docs = analyze_many(((t, m) for t, m, _ in items), reference_dates=(r for _, _, r in items),
                        n_process=args.n_process, parts=parts, stages=stages,
                        progress=False if args.no_progress else None)
    writer = csv.writer(sys.stdout, lineterminator="\n") if args.format == "csv" else None
    if writer:
        writer.writerow(CSV_COLUMNS)
    n = 0
    try:
        for n, doc in enumerate(docs, 1):
            for layer, spans in doc.layers.items():
                counts[layer] += len(spans)
            if writer is not None:
                writer.writerows(_csv_rows(doc, n - 1))
            elif args.format == "conll":
                _write(f"# source = {doc.meta.get('source', n - 1)}\n" + to_conll(doc))
            else:
                _write(doc.to_json(indent=None if args.format == "jsonl" else 2))
        sys.stdout.flush()
    except BrokenPipeError:  # `arabnews analyze … | head` closed the pipe: not an error
        sys.stderr.close()
        return 0
    if not args.quiet:
        summary = ", ".join(f"{layer} {counts[layer]}" for layer in dict.fromkeys([*LAYERS, *counts]))
        print(f"arabnews: {n} documents, {summary}, {time.perf_counter() - started:.2f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
