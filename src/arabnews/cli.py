"""The ``arabnews`` command.

    arabnews analyze article.txt                      # one JSON document per file
    arabnews analyze --format jsonl corpus/           # every *.txt under a folder, one line each
    arabnews analyze --format csv articles.jsonl      # JSONL input: {"text": …, "id": …, "reference_date": …}
    arabnews analyze --format conll --n-process 2 corpus/
    arabnews analyze --format html -o views/ corpus/  # one standalone HTML view per input
    cat corpus.txt | arabnews analyze --lines -       # one article per input line
    arabnews analyze --reference-date 2020-05-12 article.txt
    arabnews analyze --code my_stages.py --stages article,numbers,speakers article.txt

Inputs are read lazily and results written as they come, so a folder of any size runs in flat
memory.  A progress bar and a summary (documents, rejects, spans per layer, seconds) go to standard
error.  Bad records (a malformed JSONL line, an undecodable or binary file, a document whose stage
fails or runs out of time) are reported on standard error and skipped (``--on-error skip``, the
default) or stop the run (``--on-error fail``); exit status 0 means every input was analysed.
"""

from __future__ import annotations

import argparse
import codecs
import csv
import json
import os
import re
import runpy
import sys
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import tee
from pathlib import Path
from typing import IO, Any

from . import __version__
from .corpus import analyze_many
from .document import LAYERS, Document
from .errors import InputError
from .export import FLAT_COLUMNS, flat_row, span_rows, to_conll
from .pipeline import PARTS, Pipeline, coerce_reference_date

CSV_COLUMNS = ["source", *FLAT_COLUMNS]
FORMATS = ("json", "jsonl", "csv", "conll", "html")
#: Exit statuses.
EXIT_OK, EXIT_REJECTED, EXIT_USAGE = 0, 1, 2
_EPILOG = """exit status: 0 every input was analysed; 1 some records were rejected (reported on stderr,
and in --rejects FILE if given) or --on-error fail stopped the run; 2 usage error (bad option, no such
file, no input documents)."""
#: A file with a NUL byte, or with more than this share of control characters, is binary.
_BINARY_SHARE = 0.10
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f]")


def _plural(n: int, word: str) -> str:
    """'1 document', '2 documents'."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


@dataclass
class Reject:
    """An input record that was not analysed, and why."""

    source: str
    reason: str
    kind: str  # "jsonl", "decode", "binary", "stage", "timeout"

    def to_dict(self) -> dict[str, str]:
        return {"source": self.source, "reason": self.reason, "kind": self.kind}


@dataclass
class Run:
    """What a run has met: its rejects (reported as they come) and the policy for them."""

    on_error: str
    rejects_file: IO[str] | None = None
    rejected: list[Reject] = field(default_factory=list)
    stopped: bool = False

    def reject(self, item: Reject) -> None:
        self.rejected.append(item)
        print(f"arabnews: {item.source}: {item.reason} (rejected)", file=sys.stderr)
        if self.rejects_file is not None:
            self.rejects_file.write(json.dumps(item.to_dict(), ensure_ascii=False) + "\n")
            self.rejects_file.flush()
        if self.on_error == "fail":
            self.stopped = True


class _Stop(Exception):
    """--on-error fail met a bad record."""


def _decode(data: bytes, source: str, encoding: str, errors: str) -> str | Reject:
    sample = data[:65536]
    if b"\x00" in sample or (sample and len(_CONTROL.findall(sample)) / len(sample) > _BINARY_SHARE):
        return Reject(source, "binary file (NUL bytes or mostly control characters), not text", "binary")
    try:
        return data.decode(encoding, errors=errors)
    except UnicodeDecodeError as exc:
        return Reject(source, f"not valid {encoding} at byte {exc.start} (give --encoding, or --errors replace "
                              "to analyse it with replacement characters)", "decode")
    except LookupError:
        raise SystemExit(f"arabnews: unknown encoding {encoding!r}") from None


def _read(source: str, encoding: str, errors: str) -> str | Reject:
    data = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    return _decode(data, source, encoding, errors)


Item = tuple[str, dict[str, Any], Any]


def _jsonl(path: Path, encoding: str, errors: str, run: Run) -> Iterator[Item]:
    with path.open("rb") as fh:
        for n, raw in enumerate(fh, 1):
            source = f"{path}:{n}"
            line = _decode(raw, source, encoding, errors)
            if isinstance(line, Reject):
                run.reject(line)
                continue
            if run.stopped:
                return
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if not isinstance(record, dict) or not isinstance(record.get("text"), str):
                    raise ValueError
            except ValueError:
                run.reject(Reject(source, 'expected a JSON object with a "text" field', "jsonl"))
                continue
            try:  # a bad date rejects its record here, as a bad record, not as a stage failure
                ref = coerce_reference_date(record.get("reference_date"))
            except InputError as exc:
                run.reject(Reject(source, str(exc), "jsonl"))
                continue
            meta = {k: v for k, v in record.items() if k not in ("text", "reference_date")}
            meta.setdefault("source", source)
            yield record["text"], meta, ref


def _files(folder: Path) -> Iterator[Path]:
    """The .txt and .jsonl files under ``folder``, in sorted order, listed one directory at a time."""
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            if name.endswith((".txt", ".jsonl")):
                yield Path(root, name)


def _inputs(sources: Sequence[str], lines: bool, default_ref: Any, encoding: str, errors: str,
            run: Run) -> Iterator[Item]:
    for source in sources:
        path = Path(source)
        if source != "-" and path.is_dir():
            for file in _files(path):
                yield from _inputs([str(file)], lines, default_ref, encoding, errors, run)
        elif source != "-" and path.suffix == ".jsonl":
            for text, meta, ref in _jsonl(path, encoding, errors, run):
                yield text, meta, ref or default_ref
        else:
            content = _read(source, encoding, errors)
            if isinstance(content, Reject):
                run.reject(content)
            elif lines:
                for n, line in enumerate(content.splitlines(), 1):
                    if line.strip():
                        yield line, {"source": f"{source}:{n}"}, default_ref
            else:
                yield content, {"source": source}, default_ref
        if run.stopped:
            return


def _csv_rows(doc: Document, doc_id: int) -> Iterator[list[Any]]:
    for layer in doc.layers:
        for row in span_rows(doc, layer, doc_id=doc_id):
            yield [doc.meta.get("source", ""), *flat_row(row).values()]


class _JsonWriter:
    """One JSON object for one document, a JSON array for several — written as the documents come."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out
        self.first: str | None = None
        self.n = 0

    def write(self, doc: Document) -> None:
        data = doc.to_json(indent=2)
        self.n += 1
        if self.n == 1:
            self.first = data  # held until we know whether a second one comes
            return
        if self.n == 2:
            self.out.write("[\n" + self.first + ",\n" if self.first else "[\n")
            self.first = None
        else:
            self.out.write(",\n")
        self.out.write(data)

    def close(self) -> None:
        if self.n == 1 and self.first is not None:
            self.out.write(self.first + "\n")
        elif self.n >= 2:
            self.out.write("\n]\n")


def _html_name(doc: Document, n: int, used: set[str]) -> str:
    source = str(doc.meta.get("source", "")) or f"document-{n}"
    stem = re.sub(r"[^\w.-]+", "_", Path(source.replace(":", "_")).name).strip("._") or f"document-{n}"
    name = f"{stem}.html"
    while name in used:
        name = f"{stem}-{n}.html"
        n += 1
    used.add(name)
    return name


def _parser() -> tuple[argparse.ArgumentParser, argparse.ArgumentParser]:
    parser = argparse.ArgumentParser(prog="arabnews", description="Structured data from Arabic news articles.",
                                     epilog=_EPILOG)
    parser.add_argument("--version", action="version", version=f"arabnews {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    an = sub.add_parser("analyze", help="analyse articles and print JSON, JSONL, CSV, CoNLL or HTML",
                        description="Analyse articles and print JSON, JSONL, CSV, CoNLL or HTML.", epilog=_EPILOG)
    an.add_argument("files", nargs="+", help="UTF-8 .txt files, folders of them, .jsonl files, or - for stdin")
    an.add_argument("--format", choices=FORMATS, default="json",
                    help="json: one indented document, or a JSON array of several; jsonl: one line per document; "
                         "csv: one row per span; conll: token<TAB>BIO entity tag; html: the standalone view "
                         "(one file per input with -o DIR)")
    an.add_argument("-o", "--output", metavar="PATH",
                    help="write to PATH instead of standard output (a folder for --format html)")
    an.add_argument("--reference-date", metavar="YYYY-MM-DD", help="anchor for relative dates such as أمس")
    an.add_argument("--lines", action="store_true", help="treat every non-empty input line as one article")
    an.add_argument("--parts", default=",".join(PARTS),
                    help=f"article parts the extractors analyse (comma-separated; default {','.join(PARTS)})")
    an.add_argument("--stages", help="comma-separated stage names to run (default: the default pipeline: "
                                      "article,numbers,dates,groups,entities)")
    an.add_argument("--code", metavar="FILE.py",
                    help="a Python file to run first, e.g. one that registers your own stages with "
                         "arabnews.register_stage (use them with --stages)")
    an.add_argument("--encoding", default="utf-8", help="encoding of the input files (default utf-8)")
    an.add_argument("--errors", choices=("strict", "replace"), default="strict",
                    help="strict (default): a file that does not decode is rejected; replace: analyse it with "
                         "replacement characters")
    an.add_argument("--on-error", choices=("skip", "fail"), default="skip",
                    help="skip (default): report a bad record on stderr and go on; fail: stop at the first")
    an.add_argument("--rejects", metavar="FILE", help="also write each rejected record as a JSON line to FILE")
    an.add_argument("--timeout", type=float, metavar="SECONDS",
                    help="time limit per document; a document over it is rejected")
    an.add_argument("--n-process", type=int, default=1, help="worker processes (default 1)")
    an.add_argument("--no-progress", action="store_true", help="no progress bar on stderr")
    an.add_argument("--quiet", action="store_true", help="no summary on stderr")
    return parser, an


def main(argv: Sequence[str] | None = None) -> int:
    parser, an = _parser()
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
        if args.timeout is not None and args.timeout <= 0:
            raise ValueError("--timeout must be a positive number of seconds")
        if args.code:
            runpy.run_path(args.code, run_name="arabnews_user_code")
        stages = [x.strip() for x in args.stages.split(",") if x.strip()] if args.stages is not None else None
        if stages is not None:
            Pipeline(stages, parts=parts)  # unknown stages and an order that breaks a contract fail here
        codecs.lookup(args.encoding)
    except LookupError:
        an.error(f"unknown encoding {args.encoding!r}")
    except (TypeError, ValueError, ImportError, OSError) as exc:
        an.error(str(exc))
    missing = [f for f in args.files if f != "-" and not Path(f).exists()]
    if missing:
        for f in missing:
            print(f"arabnews: no such file: {f}", file=sys.stderr)
        return EXIT_USAGE
    out_dir: Path | None = None
    if args.format == "html" and args.output:
        out_dir = Path(args.output)
        out_dir.mkdir(parents=True, exist_ok=True)
    out: IO[str] = sys.stdout
    if args.output and out_dir is None:
        out = open(args.output, "w", encoding="utf-8")
    rejects_file = open(args.rejects, "w", encoding="utf-8") if args.rejects else None
    run = Run(args.on_error, rejects_file)
    try:
        return _analyze(args, an, run, out, out_dir, reference_date, parts, stages)
    except _Stop:
        print("arabnews: stopped at the first rejected record (--on-error fail)", file=sys.stderr)
        return EXIT_REJECTED
    except BrokenPipeError:  # `arabnews analyze … | head` closed the pipe: not an error
        sys.stderr.close()
        return EXIT_OK
    finally:
        if out is not sys.stdout:
            out.close()
        if rejects_file is not None:
            rejects_file.close()


def _analyze(args: argparse.Namespace, an: argparse.ArgumentParser, run: Run, out: IO[str], out_dir: Path | None,
             reference_date: Any, parts: tuple[str, ...], stages: list[str] | None) -> int:
    items = _inputs(args.files, args.lines, reference_date, args.encoding, args.errors, run)
    texts, refs = tee(items)  # consumed in lockstep by analyze_many: nothing accumulates

    def on_failed(doc: Document) -> None:
        error = doc.errors[-1]
        kind = "timeout" if error.get("type") == "DocumentTimeout" else "stage"
        where = f" in stage {error['stage']!r}" if error.get("stage") else ""
        run.reject(Reject(str(doc.meta.get("source", "?")), f"{error['type']}{where}: {error['message']}", kind))

    started = time.perf_counter()
    counts: Counter[str] = Counter()
    # --on-error fail stops at the first bad input record: read one record ahead at most, so that the
    # documents before it are written (analyze_many reads a batch of records at a time)
    docs = analyze_many(((t, m) for t, m, _ in texts), reference_dates=(r for _, _, r in refs),
                        batch_size=1 if run.on_error == "fail" and args.n_process == 1 else 32,
                        n_process=args.n_process, parts=parts, stages=stages, on_error="skip", rejects=on_failed,
                        timeout=args.timeout, progress=False if args.no_progress else None)
    writer = csv.writer(out, lineterminator="\n") if args.format == "csv" else None
    if writer is not None:
        writer.writerow(CSV_COLUMNS)
    json_writer = _JsonWriter(out) if args.format == "json" else None
    html_writer = _HtmlWriter(out, out_dir, an) if args.format == "html" else None
    n = 0
    for doc in docs:
        if run.stopped:
            raise _Stop
        n += 1
        for layer, spans in doc.layers.items():
            counts[layer] += len(spans)
        if writer is not None:
            writer.writerows(_csv_rows(doc, n - 1))
        elif args.format == "conll":
            out.write(f"# source = {doc.meta.get('source', n - 1)}\n" + to_conll(doc) + "\n")
        elif json_writer is not None:
            json_writer.write(doc)
        elif html_writer is not None:
            html_writer.write(doc)
        else:
            out.write(doc.to_json() + "\n")
    if run.stopped:
        raise _Stop
    for pending in (json_writer, html_writer):
        if pending is not None:
            pending.close()
    out.flush()
    if n == 0 and not run.rejected:
        print(f"arabnews: no input documents in {', '.join(args.files)} (folders are searched for .txt and "
              ".jsonl files; empty lines and blank files are not documents)", file=sys.stderr)
        return EXIT_USAGE
    if not args.quiet:
        summary = ", ".join(f"{layer} {counts[layer]}" for layer in dict.fromkeys([*LAYERS, *counts]))
        rejected = f", {len(run.rejected)} rejected" if run.rejected else ""
        print(f"arabnews: {_plural(n, 'document')}{rejected}, {summary}, {time.perf_counter() - started:.2f} s",
              file=sys.stderr)
    return EXIT_REJECTED if run.rejected else EXIT_OK


class _HtmlWriter:
    """Standalone HTML views: one file per document in ``out_dir``, or one document on ``out``."""

    def __init__(self, out: IO[str], out_dir: Path | None, an: argparse.ArgumentParser) -> None:
        self.out, self.out_dir, self.an = out, out_dir, an
        self.used: set[str] = set()
        self.held: str | None = None
        self.n = 0

    def write(self, doc: Document) -> None:
        from .render import render

        self.n += 1
        page = render(doc, standalone=True)
        if self.out_dir is not None:
            (self.out_dir / _html_name(doc, self.n, self.used)).write_text(page, encoding="utf-8")
        elif self.n > 1:
            self.an.error("--format html with several documents needs -o DIR (one file per document)")
        else:
            self.held = page  # written at the end, once we know no second document follows

    def close(self) -> None:
        if self.held is not None:
            self.out.write(self.held + "\n")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
