"""Many articles: ``analyze_many`` streams Documents in input order, in one or several processes.

Memory stays flat in the corpus size: inputs are consumed lazily, at most ``n_process * 2`` batches
are in flight, and each Document is yielded as soon as its turn comes.
"""

from __future__ import annotations

import contextlib
import gc
import pickle
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from itertools import islice
from typing import Any, Literal

from .document import Document
from .errors import ArabnewsError, InputError, InputTypeError, error_record_with_trace
from .gcpause import gc_paused
from .pipeline import Pipeline, coerce_reference_date


def _split(item: Any, index: int) -> tuple[str, dict[str, Any]]:
    if isinstance(item, str):
        return item, {}
    if isinstance(item, tuple) and len(item) == 2 and isinstance(item[1], Mapping):
        if not isinstance(item[0], str):  # named here, where the index is known, not deep in the pipeline
            raise InputTypeError(f"texts[{index}] is a pair whose text is no str but {type(item[0]).__name__}")
        return item[0], dict(item[1])
    raise InputTypeError(f"texts[{index}] must be a str or a (text, metadata dict) pair, not {type(item).__name__}")


class _Rejected:
    """An item of ``texts`` that is no article (None, a number, a pair without a str), carried to its place in the
    stream so that under ``on_error="keep"``/``"skip"`` it fails alone instead of stopping the others."""

    __slots__ = ("error",)

    def __init__(self, error: InputTypeError) -> None:
        self.error = error


#: What ``analyze_many`` does with a document whose stage raises or runs out of time.
OnError = Literal["keep", "skip", "fail"]
ON_ERROR: tuple[str, ...] = ("keep", "skip", "fail")


class DocumentTimeout(ArabnewsError, TimeoutError):
    """A document took longer than the ``timeout`` of :func:`analyze_many`."""


@contextmanager
def time_limit(seconds: float | None, limit: float | None = None) -> Iterator[None]:
    """Raise :class:`DocumentTimeout` in this thread after ``seconds`` (None: no limit); its message
    names ``limit`` (default ``seconds``): the document's whole limit when ``seconds`` is what is left of it.

    Uses ``SIGALRM``, so it works in the main thread of a process (every worker of ``analyze_many``
    runs its documents in its main thread); elsewhere, or on a platform without ``setitimer``, the
    limit is not enforced.  A long call inside a C extension is interrupted when it returns.
    """
    usable = (seconds is not None and hasattr(signal, "setitimer")
              and threading.current_thread() is threading.main_thread())
    if not usable:
        yield
        return
    assert seconds is not None

    def expire(signum: int, frame: Any) -> None:
        raise DocumentTimeout(f"the document took longer than the time limit of {limit or seconds:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _run_one(nlp: Pipeline, text: Any, meta: dict[str, Any], reference_date: Any, on_error: str,
             timeout: float | None = None) -> Document:
    if isinstance(text, _Rejected):  # no article: an empty Document with the error that names its index
        return _failed_doc(nlp, "", meta, reference_date, text.error)
    try:
        with time_limit(timeout):
            return nlp(text, reference_date=reference_date, meta=meta)
    except Exception as exc:
        if on_error == "fail" or not isinstance(text, str):
            raise
        # A stage failed on this document: keep what the text layer gives and record the error.
        return _failed_doc(nlp, text, meta, reference_date, exc)


#: A batch's short documents run stage by stage (each stage over all of them, then the next stage)
#: while their texts add up to at most this many characters; a longer text runs alone. Results are
#: the same; the time is not: a stage's code and tables stay in the processor's caches from one
#: document to the next (300 pieces of 1 KB of ANT: 7.4 s per MB one document at a time, 5.9 stage by
#: stage, for the same instruction count).
STAGE_MAJOR_CHARS = 50_000


def _failed_doc(nlp: Pipeline, text: str, meta: dict[str, Any], reference_date: Any, exc: Exception) -> Document:
    """What :func:`_run_one` keeps of a document whose stage raised: the text layer and the error.
    A document whose own reference date is bad (the error recorded) is kept without one."""
    try:
        ref = coerce_reference_date(reference_date)
    except InputError:
        ref = None
    doc = nlp.make_doc(text, reference_date=ref, meta=meta)
    doc.errors.append(error_record_with_trace("analyze_many", exc, stage=getattr(exc, "arabnews_stage", None)))
    return doc


def _run_stage_major(nlp: Pipeline, items: list[tuple[str, dict[str, Any], Any]],
                     timeout: float | None) -> list[Document]:
    """:func:`_run_one` for each of ``items`` (texts, all str) under the "keep" or "skip" policy, stage by
    stage: the same Documents, in order. A document whose stage raises (or whose time, summed over its
    stages, runs out) leaves the later stages and is kept as :func:`_run_one` keeps it."""
    docs: list[Document] = []
    live: list[int] = []
    spent = [0.0] * len(items)
    for i, (text, meta, ref) in enumerate(items):
        t0 = time.perf_counter()
        try:
            with time_limit(timeout):
                docs.append(nlp.make_doc(text, reference_date=ref, meta=meta))
        except Exception as exc:
            docs.append(_failed_doc(nlp, text, meta, ref, exc))
            continue
        spent[i] = time.perf_counter() - t0
        if text.strip():  # a blank text is its empty Document, as Pipeline.__call__ gives it
            live.append(i)
    for name, stage in nlp:
        still = []
        for i in live:
            t0 = time.perf_counter()
            try:
                if timeout is not None and spent[i] >= timeout:
                    raise DocumentTimeout(f"the document took longer than the time limit of {timeout:g} s")
                with time_limit(None if timeout is None else timeout - spent[i], timeout):
                    docs[i] = nlp._run(name, stage, docs[i])
            except Exception as exc:
                text, meta, ref = items[i]
                docs[i] = _failed_doc(nlp, text, meta, ref, exc)
                continue
            spent[i] += time.perf_counter() - t0
            still.append(i)
        live = still
    return docs


def _run_many(nlp: Pipeline, batch: list[tuple[str, dict[str, Any], Any]], on_error: str,
              timeout: float | None) -> list[Document]:
    """:func:`_run_one` for each item of ``batch``, in order: runs of short texts stage by stage
    (:data:`STAGE_MAJOR_CHARS`), a long text alone. ``on_error="fail"`` and inputs that are no str run
    one by one, so that an error is raised where :func:`_run_one` raises it."""
    with gc_paused(nlp.warm):  # the whole batch, once the pipeline's tables are loaded: see arabnews.gcpause
        if on_error == "fail" or not all(isinstance(t, str) for t, _, _ in batch):
            return [_run_one(nlp, t, m, r, on_error, timeout) for t, m, r in batch]
        out: list[Document] = []
        group: list[tuple[str, dict[str, Any], Any]] = []
        size = 0
        for item in batch:
            n = len(item[0])
            if group and size + n > STAGE_MAJOR_CHARS:
                out += _run_stage_major(nlp, group, timeout)
                group, size = [], 0
            if n > STAGE_MAJOR_CHARS:
                out.append(_run_one(nlp, *item, on_error, timeout))
            else:
                group.append(item)
                size += n
        if group:
            out += _run_stage_major(nlp, group, timeout)
    nlp.warm = True  # the stages have loaded what they read: the next batches run with the collector paused
    return out


def failed(doc: Document) -> bool:
    """Did a stage fail on ``doc`` in :func:`analyze_many` (its result is then only the text layer)?"""
    return any(e.get("where") == "analyze_many" for e in doc.errors)


_worker_pipeline: Pipeline | None = None
#: The parent's pipeline for the pool being started, with the stages and options it was built from: a
#: worker started by fork finds it here, built and loaded, instead of building its own.
_inherited: tuple[list[str] | None, dict[str, Any], Pipeline] | None = None


#: A short text that makes every default stage load what it loads on first use.
_WARM_TEXT = "قتل 7 أشخاص في حلب أمس."


def _warm(nlp: Pipeline) -> None:
    """Run ``nlp`` once on :data:`_WARM_TEXT`, so that the tables and models its stages load on first use are
    loaded before any document's time limit starts (a first document of a slow machine otherwise paid for them
    and ran out of a one-second limit). A stage that breaks on this text breaks on the documents too, and is
    reported there, not here."""
    with contextlib.suppress(Exception):
        nlp(_WARM_TEXT)


def _init_worker(stages: list[str] | None, options: dict[str, Any]) -> None:
    """Get the worker's pipeline once (the parent's copy under fork, else built here), load what its
    stages load on first use, and move all of it out of the garbage collector's sight (``gc.freeze``):
    the collections that run while documents are analysed then scan only the documents' objects.

    A forked worker finds the parent's objects frozen already (see :func:`_parallel`): its collection
    here reads only what it made itself, instead of touching every inherited object, which cost each
    worker a tenth of a second and a private copy of the pages those objects live on."""
    global _worker_pipeline
    if _inherited is not None and _inherited[0] == stages and _inherited[1] == options:
        _worker_pipeline = _inherited[2]
    else:
        _worker_pipeline = Pipeline(stages, **options)
    _warm(_worker_pipeline)
    gc.collect()
    gc.freeze()


def _run_batch(batch: list[tuple[str, dict[str, Any], Any]], on_error: str, timeout: float | None) -> bytes:
    """The batch's Documents, pickled here once (the executor then only copies the bytes)."""
    assert _worker_pipeline is not None
    docs = _run_many(_worker_pipeline, batch, on_error, timeout)
    return pickle.dumps(docs, protocol=pickle.HIGHEST_PROTOCOL)


def _load_batch(data: bytes) -> list[Document]:
    """Unpickle a batch with the garbage collector paused: the many small objects of a batch would
    otherwise trigger full collections of this process's heap, which took most of the parent's time."""
    with gc_paused():
        docs: list[Document] = pickle.loads(data)
    return docs


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
                 batch_size: int = 32, reference_date: Any = None, reference_dates: Iterable[Any] | None = None,
                 progress: bool | None = None, keep_going: bool = True, pipeline: Pipeline | None = None,
                 stages: Iterable[str] | None = None, on_error: OnError | None = None,
                 rejects: Callable[[Document], Any] | None = None, timeout: float | None = None,
                 **options: Any) -> Iterator[Document]:
    """Analyse a stream of articles, yielding Documents in input order.

    ``texts`` holds strings or ``(text, metadata)`` pairs (the metadata is kept in ``doc.meta``).
    ``reference_date`` (a ``date``, ``datetime`` or ``"YYYY-MM-DD"``, as for :func:`arabnews.analyze`) anchors
    relative dates such as أمس in every article; ``reference_dates`` (an iterable parallel to ``texts``) gives one
    per article, and where it holds ``None`` the article takes ``reference_date``.
    Articles are read ``batch_size`` at a time; the short ones of a batch run stage by stage, each
    stage over all of them (:data:`STAGE_MAJOR_CHARS`), which gives the same Documents faster.
    ``n_process > 1`` uses worker processes, each with its own pipeline built from ``stages`` (stage
    names, default the default pipeline) and ``options`` (a custom ``pipeline`` object runs in this
    process only).

    The bad-record policy, shared with the ``arabnews`` command: a document whose stage raises, or
    that takes longer than ``timeout`` seconds, never stops the others.  With ``on_error="keep"``
    (the default) it is yielded with the error in ``doc.errors`` (see :func:`failed`); with
    ``"skip"`` it is not yielded but passed to ``rejects`` (a callable) if given; ``"fail"`` re-raises
    (``keep_going=False`` is the older spelling of ``on_error="fail"``).  ``progress`` shows a tqdm
    bar (default: only on a terminal or in a notebook).

    >>> docs = analyze_many(["قتل 7 أشخاص", ("في حلب", {"id": 2})], progress=False)
    >>> [d.meta for d in docs]
    [{}, {'id': 2}]
    """
    policy = on_error or ("keep" if keep_going else "fail")
    if policy not in ON_ERROR:
        raise ValueError(f"on_error must be one of {ON_ERROR}, got {on_error!r}")
    if timeout is not None and (not isinstance(timeout, (int, float)) or timeout <= 0):
        raise ValueError(f"timeout must be a positive number of seconds, got {timeout!r}")
    if not isinstance(n_process, int) or n_process < 1:
        raise ValueError(f"n_process must be a positive int, got {n_process!r}")
    if not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(f"batch_size must be a positive int, got {batch_size!r}")
    if isinstance(texts, (str, bytes)):
        raise TypeError("texts must be an iterable of articles, not a single str; use analyze() for one text")
    total = len(texts) if hasattr(texts, "__len__") else None  # type: ignore[arg-type]
    refs = iter(reference_dates) if reference_dates is not None else None
    # a bad date is named here, once, not as an error on every document
    default_ref = coerce_reference_date(reference_date, argument="reference_date")

    def items() -> Iterator[tuple[str, dict[str, Any], Any]]:
        for i, item in enumerate(texts):
            ref = next(refs, None) if refs is not None else None
            if ref is None:
                ref = default_ref
            try:
                text, meta = _split(item, i)
            except InputTypeError as exc:
                if policy == "fail":
                    raise
                yield _Rejected(exc), {}, ref  # type: ignore[misc]  # (failed alone by _run_one)
                continue
            yield text, meta, ref

    stage_names = list(stages) if stages is not None else None
    if n_process == 1 or pipeline is not None:
        if pipeline is None and stage_names is not None:
            pipeline = Pipeline(stage_names, **options)
        elif pipeline is None:
            from . import default_pipeline

            pipeline = default_pipeline(**options)
        nlp = pipeline
        if timeout is not None:
            _warm(nlp)  # the first document's limit is not spent on loading
        source = items()
        batches = iter(lambda: list(islice(source, batch_size)), [])
        gen: Iterator[Document] = (doc for batch in batches for doc in _run_many(nlp, batch, policy, timeout))
    else:
        # a bad stage list or option fails here, not in every worker; forked workers reuse this pipeline
        if stage_names is None:
            from . import default_pipeline

            parent = default_pipeline(**options)
        else:
            parent = Pipeline(stage_names, **options)
        gen = _parallel(items(), n_process, batch_size, policy, timeout, stage_names, options, parent)
    if policy == "skip":
        gen = _skip_failed(gen, rejects)
    return _progress(gen, total, progress)


def _skip_failed(docs: Iterator[Document], rejects: Callable[[Document], Any] | None) -> Iterator[Document]:
    for doc in docs:
        if not failed(doc):
            yield doc
        elif rejects is not None:
            rejects(doc)


def _tail_split(items: Iterator[Any], batch_size: int, last: int, pieces: int) -> Iterator[list[Any]]:
    """``items`` in lists of ``batch_size``, the items of the ``last`` lists cut into up to ``pieces`` shorter ones.

    The workers take batches as they free up; with whole batches to the end, one worker often ran the last
    batch alone while the other had nothing left (on average half a batch of one worker's time: about 0.2 s of
    a 3 s run over 1 MB of ANT, 32 articles a batch).  Short pieces at the end let them finish together: with
    each article's time measured over 1 MB of ANT and the two workers' schedule replayed for every corpus of
    300 to 595 articles, the speed-up of two workers over one is 1.95x on average (1.85x at worst) with whole
    batches, 1.99x (1.97x) with the last two batches in eight pieces.  Reading ``last`` batches ahead to know
    which are the last, an error while reading (``on_error="fail"`` and an input that is no str) is raised
    after the batches read before it are given, where it was raised before.

    >>> [len(b) for b in _tail_split(iter(range(70)), 32, 1, 4)]
    [32, 32, 2, 2, 2]
    >>> [len(b) for b in _tail_split(iter(range(100)), 32, 2, 8)]
    [32, 32, 5, 5, 5, 5, 5, 5, 5, 1]
    >>> [len(b) for b in _tail_split(iter(range(10)), 32, 2, 8)], list(_tail_split(iter(()), 32, 2, 8))
    ([2, 2, 2, 2, 2], [])
    """
    ahead: list[list[Any]] = []
    while True:
        try:
            batch = list(islice(items, batch_size))
        except BaseException:
            yield from ahead
            raise
        if not batch:
            break
        ahead.append(batch)
        if len(ahead) > last:
            yield ahead.pop(0)
    rest = [item for batch in ahead for item in batch]
    if rest:
        step = -(-len(rest) // pieces)
        for k in range(0, len(rest), step):
            yield rest[k:k + step]


def _parallel(items: Iterator[tuple[str, dict[str, Any], Any]], n_process: int, batch_size: int,
              on_error: str, timeout: float | None, stages: list[str] | None,
              options: dict[str, Any], parent: Pipeline | None = None) -> Iterator[Document]:
    global _inherited
    with ProcessPoolExecutor(max_workers=n_process, initializer=_init_worker, initargs=(stages, options)) as pool:
        pending = []
        batches = _tail_split(items, batch_size, n_process, 4 * n_process)
        _inherited = (stages, options, parent) if parent is not None else None
        # Frozen while the workers fork (gc's advice for fork without exec): a worker's collections then
        # never walk the parent's objects; this process takes them back once the workers exist.
        gc.freeze()
        try:  # the workers start (fork) at the first submissions
            for batch in islice(batches, n_process * 2):
                pending.append((batch, pool.submit(_run_batch, batch, on_error, timeout)))
        finally:
            _inherited = None
            gc.unfreeze()
        while pending:
            batch, future = pending.pop(0)
            results = _load_batch(future.result())
            nxt = next(batches, None)
            if nxt is not None:
                pending.append((nxt, pool.submit(_run_batch, nxt, on_error, timeout)))
            yield from results
