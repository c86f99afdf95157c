"""Run arabnews over a Dask bag or DataFrame column, on one machine or a cluster (``dask`` extra).

Each worker builds its pipeline once (the default pipeline is cached per process) and emits flat
span rows, the same rows :func:`arabnews.export.span_rows` gives in one process::

    import dask.bag as db
    from distributed import Client
    from arabnews.dask import span_rows_bag

    client = Client("tcp://scheduler:8786")          # or Client() for a local cluster
    texts = db.read_text("s3://bucket/articles/*.txt", linedelimiter="\\n\\n")
    rows = span_rows_bag(texts, layers=("groups", "dates"), reference_date="2020-06-02")
    rows.to_dataframe().to_parquet("spans/")
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .document import LAYERS, known_layers

try:
    import dask.bag as db
    import dask.dataframe as dd
except ImportError as exc:  # pragma: no cover - exercised only without the extra
    raise ImportError("arabnews.dask needs Dask: pip install 'arabnews[dask]'") from exc

from .export import FLAT_COLUMNS, flat_row


def _rows_for(items: Iterable[Any], layers: tuple[str, ...], reference_date: Any,
              options: dict[str, Any]) -> list[dict[str, Any]]:
    from . import default_pipeline
    from .export import span_rows

    nlp = default_pipeline(**options)
    out: list[dict[str, Any]] = []
    for item in items:
        doc_id, text = item if isinstance(item, tuple) else (None, item)
        doc = nlp(text, reference_date=reference_date, meta={"id": doc_id} if doc_id is not None else None)
        for layer in layers:
            if layer in doc.layers:  # a registered layer that this pipeline does not make has no rows
                out.extend(span_rows(doc, layer, doc_id=doc_id))
    return out


def _check_layers(layers: Iterable[str]) -> tuple[str, ...]:
    layers = tuple(layers)
    unknown = [x for x in layers if x not in known_layers()]
    if unknown:
        raise ValueError(f"unknown layer(s) {unknown}; layers are {known_layers()}")
    return layers


def span_rows_bag(bag: db.Bag, *, layers: Iterable[str] = tuple(LAYERS), reference_date: Any = None,
                  **options: Any) -> db.Bag:
    """Map the pipeline over a bag of texts or ``(doc_id, text)`` pairs; a bag of span-row dicts."""
    layers = _check_layers(layers)
    return bag.map_partitions(_rows_for, layers, reference_date, options)


def span_rows_frame(frame: dd.DataFrame, text_column: str, *, id_column: str | None = None,
                    layers: Iterable[str] = tuple(LAYERS), reference_date: Any = None,
                    **options: Any) -> dd.DataFrame:
    """Analyse ``frame[text_column]`` (ids from ``id_column``, else the index) into a DataFrame of
    span rows with the columns :data:`arabnews.export.FLAT_COLUMNS` (fields a layer has beyond
    them are in ``extra`` as JSON)."""
    import pandas as pd

    layers = _check_layers(layers)
    ids = frame[id_column] if id_column else frame.index.to_series()
    pairs = dd.concat([ids.rename("doc_id"), frame[text_column].rename("text")], axis=1)
    rows = span_rows_bag(pairs.to_bag(index=False), layers=layers, reference_date=reference_date, **options)
    meta = pd.DataFrame({c: pd.Series(dtype="int64" if c in ("start", "end") else "object") for c in FLAT_COLUMNS})
    return rows.map(flat_row).to_dataframe(meta=meta)
