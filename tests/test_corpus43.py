"""Session 43 (pf43b): ``analyze_many(n_process=N)`` analyses batches in this process too, beside N - 1 forked
workers; the Documents, their order and the bounded read-ahead are unchanged, and a timeout asked for away from the
main thread (where this process cannot enforce it) sends every batch to N workers."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest

import arabnews
from arabnews import corpus

# sentences in ANT's style (killings, a source, a town), a different count and town each
TEXTS = [f"قتل {k} أشخاص في {town} أمس وقال مصدر أمني إن {k + 2} جرحوا في هجوم على حاجز."
         for k in range(40) for town in ("حلب", "بنزرت")][:60]


@pytest.fixture
def parent_batches(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The sizes of the batches ``_run_many`` ran in this process (a forked worker's calls are its own)."""
    sizes: list[int] = []
    run = corpus._run_many

    def counted(nlp: Any, batch: list[Any], on_error: str, timeout: float | None) -> list[Any]:
        sizes.append(len(batch))
        return run(nlp, batch, on_error, timeout)

    monkeypatch.setattr(corpus, "_run_many", counted)
    return sizes


def test_two_processes_share_the_batches_and_give_the_same_documents(parent_batches: list[int]) -> None:
    one = [d.to_dict() for d in arabnews.analyze_many(TEXTS, progress=False, reference_date="2017-06-01")]
    parent_batches.clear()
    two = [d.to_dict() for d in arabnews.analyze_many(TEXTS, n_process=2, batch_size=4, progress=False,
                                                      reference_date="2017-06-01")]
    assert two == one
    assert [d["text"] for d in two] == TEXTS
    # this process took some of the batches (besides the warm-up text, which is no batch), the worker the others
    assert 0 < sum(parent_batches) - parent_batches.count(1) < len(TEXTS)


def test_a_rejected_item_keeps_its_place(parent_batches: list[int]) -> None:
    texts: list[Any] = list(TEXTS[:12])
    texts[5] = None  # no article: failed alone, in its place
    docs = list(arabnews.analyze_many(texts, n_process=2, batch_size=3, progress=False))
    assert [d.text for d in docs] == [t or "" for t in texts]
    assert [i for i, d in enumerate(docs) if corpus.failed(d)] == [5]
    assert "texts[5]" in docs[5].errors[0]["message"]


def test_reading_ahead_stays_bounded() -> None:
    read = 0

    def items() -> Iterator[str]:
        nonlocal read
        for t in TEXTS:
            read += 1
            yield t

    worst = 0
    for k, _ in enumerate(arabnews.analyze_many(items(), n_process=2, batch_size=4, progress=False), 1):
        worst = max(worst, read - k)
    # 2 * n_process batches in the queue, n_process more read ahead by the tail split and the one it is reading, at 4
    # articles each (27 before this process took batches too, 27 after)
    assert 0 < worst <= (2 * 2 + 2 + 1) * 4


def test_a_timeout_away_from_the_main_thread_goes_to_the_workers(parent_batches: list[int]) -> None:
    got: list[Any] = []

    def run() -> None:
        got.extend(d.to_dict() for d in arabnews.analyze_many(TEXTS[:10], n_process=2, batch_size=3, timeout=30,
                                                              progress=False))

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    assert [d["text"] for d in got] == TEXTS[:10]
    assert parent_batches == []  # this thread cannot enforce the limit (SIGALRM): no batch ran here
    assert not any(d["errors"] for d in got)
