"""Many articles: ``analyze_many`` streams Documents in input order, in one or several processes.

Memory stays flat in the corpus size: inputs are consumed lazily, at most ``n_process * 2`` batches
are in flight, and each Document is yielded as soon as its turn comes.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from itertools import islice
from typing import Any

from .document import Document
from .errors import error_record_with_trace
from .pipeline import Pipeline


def _split(item: Any, index: int) -> tuple[str, dict[str, Any]]:
    if isinstance(item, str):
        return item, {}
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], Mapping):
        return item[0], dict(item[1])
    raise TypeError(f"texts[{index}] must be a str or a (text, metadata dict) pair, not {type(item).__name__}")


def _run_one(nlp: Pipeline, text: Any, meta: dict[str, Any], reference_date: Any, keep_going: bool) -> Document:
    try:
        return nlp(text, reference_date=reference_date, meta=meta)
    except Exception as exc:
        if not keep_going or not isinstance(text, str):
            raise
        # A stage failed on this document: keep what the text layer gives and record the error.
        doc = nlp.make_doc(text, reference_date=reference_date, meta=meta)
        doc.errors.append(error_record_with_trace("analyze_many", exc, stage=getattr(exc, "arabnews_stage", None)))
        return doc


_worker_pipeline: Pipeline | None = None


def _init_worker(stages: list[str] | None, options: dict[str, Any]) -> None:
    global _worker_pipeline
    _worker_pipeline = Pipeline(stages, **options)


def _run_batch(batch: list[tuple[str, dict[str, Any], Any]], keep_going: bool) -> list[Document]:
    assert _worker_pipeline is not None
    return [_run_one(_worker_pipeline, t, m, r, keep_going) for t, m, r in batch]


def _progress(iterable: Iterator[Document], total: int | None, enabled: bool | None) -> Iterator[Document]:
    if enabled is False:
        return iterable
    interactive = sys.stderr.isatty() or "ipykernel" in sys.modules
    if enabled is None and not interactive:
        return iterable
    try:
        from tqdm.auto import tqdm
    except ImportError:
        return iterable
    return tqdm(iterable, total=total, unit="doc", disable=not (enabled or interactive))


def analyze_many(texts: Iterable[str | tuple[str, Mapping[str, Any]]], *, n_process: int = 1,
                 batch_size: int = 32, reference_dates: Iterable[Any] | None = None,
                 progress: bool | None = None, keep_going: bool = True, pipeline: Pipeline | None = None,
                 stages: Iterable[str] | None = None, **options: Any) -> Iterator[Document]:
    """Analyse a stream of articles, yielding Documents in input order.

    ``texts`` holds strings or ``(text, metadata)`` pairs (the metadata is kept in ``doc.meta``).
    ``reference_dates`` (an iterable parallel to ``texts``) anchors relative dates per article.
    ``n_process > 1`` uses worker processes, each with its own pipeline built from ``stages`` (stage
    names, default the default pipeline) and ``options`` (a custom ``pipeline`` object runs in this
    process only).  With ``keep_going`` (default), a
    document whose stage raises is yielded with the error in ``doc.errors`` and the run goes on;
    ``keep_going=False`` re-raises.  ``progress`` shows a tqdm bar (default: only on a terminal or
    in a notebook).

    >>> docs = analyze_many(["قتل 7 أشخاص", ("في حلب", {"id": 2})], progress=False)
    >>> [d.meta for d in docs]
    [{}, {'id': 2}]
    """
    if not isinstance(n_process, int) or n_process < 1:
        raise ValueError(f"n_process must be a positive int, got {n_process!r}")
    if not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(f"batch_size must be a positive int, got {batch_size!r}")
    if isinstance(texts, (str, bytes)):
        raise TypeError("texts must be an iterable of articles, not a single str; use analyze() for one text")
    total = len(texts) if hasattr(texts, "__len__") else None  # type: ignore[arg-type]
    refs = iter(reference_dates) if reference_dates is not None else None

    def items() -> Iterator[tuple[str, dict[str, Any], Any]]:
        for i, item in enumerate(texts):
            text, meta = _split(item, i)
            ref = next(refs, None) if refs is not None else None
            yield text, meta, ref

    stage_names = list(stages) if stages is not None else None
    if n_process == 1 or pipeline is not None:
        if pipeline is None and stage_names is not None:
            pipeline = Pipeline(stage_names, **options)
        elif pipeline is None:
            from . import default_pipeline

            pipeline = default_pipeline(**options)
        nlp = pipeline
        gen = (_run_one(nlp, t, m, r, keep_going) for t, m, r in items())
        return _progress(gen, total, progress)
    Pipeline(stage_names, **options)  # a bad stage list or option fails here, not in every worker
    return _progress(_parallel(items(), n_process, batch_size, keep_going, stage_names, options), total, progress)


def _parallel(items: Iterator[tuple[str, dict[str, Any], Any]], n_process: int, batch_size: int,
              keep_going: bool, stages: list[str] | None, options: dict[str, Any]) -> Iterator[Document]:
    with ProcessPoolExecutor(max_workers=n_process, initializer=_init_worker, initargs=(stages, options)) as pool:
        pending = []
        batches = iter(lambda: list(islice(items, batch_size)), [])
        for batch in islice(batches, n_process * 2):
            pending.append((batch, pool.submit(_run_batch, batch, keep_going)))
        while pending:
            batch, future = pending.pop(0)
            results = future.result()
            nxt = next(batches, None)
            if nxt is not None:
                pending.append((nxt, pool.submit(_run_batch, nxt, keep_going)))
            yield from results
