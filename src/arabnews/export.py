"""Exports: JSONL (round-trips a Document), CoNLL BIO tokens, pandas DataFrames of span rows."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from .document import Document, layer_class


def write_jsonl(docs: Iterable[Document], dest: str | Path | IO[str]) -> int:
    """Write one ``to_json()`` line per Document; returns how many were written."""
    if isinstance(dest, (str, Path)):
        with open(dest, "w", encoding="utf-8") as fh:
            return write_jsonl(docs, fh)
    n = 0
    for doc in docs:
        dest.write(doc.to_json())
        dest.write("\n")
        n += 1
    return n


def read_jsonl(source: str | Path | IO[str]) -> Iterator[Document]:
    """Read Documents written by :func:`write_jsonl` (layers, article and metadata restored)."""
    if isinstance(source, (str, Path)):
        with open(source, encoding="utf-8") as fh:
            yield from read_jsonl(fh)
        return
    for n, line in enumerate(source, 1):
        if line.strip():
            try:
                yield Document.from_dict(json.loads(line))
            except (ValueError, KeyError) as exc:
                raise ValueError(f"line {n} is not an arabnews document: {exc}") from exc


def to_conll(doc: Document, layer: str = "entities") -> str:
    """Tokens with BIO tags of ``layer`` ("entities" uses ``label``, "groups" GROUP, ...),
    one ``token<TAB>tag`` per line and a blank line between sentences (CoNLL style).

    A token gets a tag when it overlaps a span; a span starting inside a token (after a clitic, as
    "حلب" in "بحلب") tags the whole token, since CoNLL has no sub-token offsets.
    """
    spans = sorted(doc.layer(layer), key=lambda s: s.start)
    lines: list[str] = []
    si = 0
    sentence_ends = {s.end for s in doc.sentences}
    last_span = None
    for tok in doc.tokens:
        while si < len(spans) and spans[si].end <= tok.start:
            si += 1
        tag = "O"
        if si < len(spans) and spans[si].start < tok.end:
            span = spans[si]
            label = getattr(span, "label", None) or layer.rstrip("s").upper()
            tag = ("I-" if span is last_span else "B-") + label
            last_span = span
        else:
            last_span = None
        lines.append(f"{tok.text}\t{tag}")
        if tok.end in sentence_ends:
            lines.append("")
            last_span = None
    return "\n".join(lines).rstrip("\n") + "\n"


def span_rows(doc: Document, layer: str, doc_id: Any = None) -> list[dict[str, Any]]:
    """One flat dict per span of ``layer``, with ``doc_id`` and ``layer`` columns."""
    spans = doc.layer(layer)  # ValueError naming the layers for an unknown one
    did = doc.meta.get("id", doc_id)
    return [{"doc_id": did, "layer": layer, **span.to_dict()} for span in spans]


#: Fixed columns for tabular span rows (CSV, Dask DataFrames); other fields go into ``extra`` as JSON.
FLAT_COLUMNS = ("doc_id", "layer", "start", "end", "text", "part", "label", "type", "value", "kind", "id", "name",
                "unit", "extra")


def flat_row(row: dict[str, Any]) -> dict[str, Any]:
    """A span row of :func:`span_rows` reduced to :data:`FLAT_COLUMNS` (values as str, "" when absent)."""
    row = dict(row)
    out: dict[str, Any] = {}
    for col in FLAT_COLUMNS[:-1]:
        value = row.pop(col, None)
        out[col] = value if col in ("start", "end") else ("" if value is None else str(value))
    out["extra"] = json.dumps(row, ensure_ascii=False, sort_keys=True) if row else ""
    return out


def to_frame(docs: Document | Iterable[Document], layer: str):
    """A pandas DataFrame with one row per span of ``layer`` across ``docs`` (needs pandas)."""
    try:
        import pandas as pd
    except ImportError:
        raise ImportError("to_frame needs pandas: pip install 'arabnews[pandas]'") from None
    if isinstance(docs, Document):
        docs = [docs]
    rows: list[dict[str, Any]] = []
    for i, doc in enumerate(docs):
        rows.extend(span_rows(doc, layer, doc_id=i))
    fields = [f.name for f in dataclasses.fields(layer_class(layer)) if f.name != "attrs"]
    columns = ["doc_id", "layer", *fields]
    columns += sorted({k for row in rows for k in row} - set(columns))
    return pd.DataFrame(rows, columns=columns)
