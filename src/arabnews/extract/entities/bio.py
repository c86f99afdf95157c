"""BIO tag sequences: the chunks they describe.

>>> list(chunks(["O", "B-PER", "I-PER", "I-LOC", "B-LOC", "O"]))
[(1, 3, 'PER'), (3, 4, 'LOC'), (4, 5, 'LOC')]
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence


def chunks(tags: Sequence[str]) -> Iterator[tuple[int, int, str]]:
    """``(start, end, label)`` of each chunk of ``tags``: a B- or an I- without its B- starts one,
    the I- tags of the same label that follow continue it."""
    i, n = 0, len(tags)
    while i < n:
        if tags[i] == "O":
            i += 1
            continue
        label = tags[i][2:]
        j = i + 1
        while j < n and tags[j] == "I-" + label:
            j += 1
        yield i, j, label
        i = j
