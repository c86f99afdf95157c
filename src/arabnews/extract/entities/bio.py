"""Entity labels and BIO tag sequences: the chunks the tags describe.

>>> list(chunks(["O", "B-PER", "I-PER", "I-LOC", "B-LOC", "O"]))
[(1, 3, 'PER'), (3, 4, 'LOC'), (4, 5, 'LOC')]
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Literal, cast

#: The four entity labels (ANERcorp's classes): person, location, organisation, other name.
Label = Literal["PER", "LOC", "ORG", "MISC"]
LABELS: tuple[Label, ...] = ("PER", "LOC", "ORG", "MISC")
#: A BIO tag: "O", or "B-"/"I-" + a :data:`Label` ("B-LOC", "I-PER").
Tag = str


def chunks(tags: Sequence[Tag]) -> Iterator[tuple[int, int, Label]]:
    """``(start, end, label)`` of each chunk of ``tags``: a B- or an I- without its B- starts one,
    the I- tags of the same label that follow continue it.  The chunks are found as they are read
    (a caller may change the tags after the current chunk)."""
    if tags.count("O") == len(tags):  # many sentences name nothing: one C-level pass, no generator
        return iter(())
    return _chunks(tags)


def _chunks(tags: Sequence[Tag]) -> Iterator[tuple[int, int, Label]]:
    i, n = 0, len(tags)
    while i < n:
        if tags[i] == "O":
            i += 1
            continue
        label = tags[i][2:]
        j = i + 1
        while j < n and tags[j] == "I-" + label:
            j += 1
        yield i, j, cast(Label, label)
        i = j


def chunk_end(tags: Sequence[Tag], i: int) -> int:
    """Index after the name that starts at ``tags[i]``: the I- tags (of any label) that follow it.

    >>> chunk_end(["O", "B-ORG", "I-ORG", "I-ORG", "O"], 1)
    4
    """
    j, n = i + 1, len(tags)
    while j < n and tags[j].startswith("I-"):
        j += 1
    return j
