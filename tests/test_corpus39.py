"""Session 39 (pf39b): analyze_many's workers get the last batches in short pieces (corpus._tail_split), so that
both finish together; the Documents and their order are unchanged."""

from __future__ import annotations

import pytest

import arabnews
from arabnews.corpus import _tail_split


@pytest.mark.parametrize("n", [0, 1, 7, 31, 32, 33, 64, 65, 100, 129])
def test_tail_split_keeps_every_item_in_order(n: int) -> None:
    batches = list(_tail_split(iter(range(n)), 32, 2, 8))
    assert [x for b in batches for x in b] == list(range(n))
    assert all(batches)
    full = max(0, -(-n // 32) - 2)  # the batches before the last two stay whole
    assert [len(b) for b in batches[:full]] == [32] * full
    assert len(batches) - full <= 8


def test_tail_split_raises_after_the_batches_read_before_the_error() -> None:
    def items():  # type: ignore[no-untyped-def]
        yield from range(70)
        raise ValueError("bad input")

    got = []
    with pytest.raises(ValueError, match="bad input"):
        for b in _tail_split(items(), 32, 2, 8):
            got.extend(b)
    assert got == list(range(64))  # the two whole batches; the 6 items of the broken one are lost, as before


def test_parallel_with_pieces_equals_sequential() -> None:
    texts = [f"قتل {k} أشخاص في حلب أمس وقال مصدر أمني إن {k + 2} جرحوا." for k in range(45)]
    one = [d.to_dict() for d in arabnews.analyze_many(texts, n_process=1, progress=False, reference_date="2017-06-01")]
    two = [d.to_dict() for d in arabnews.analyze_many(texts, n_process=2, batch_size=8, progress=False,
                                                      reference_date="2017-06-01")]
    assert one == two
    assert [d["text"] for d in two] == texts
