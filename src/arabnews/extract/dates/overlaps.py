"""The spans of a list that meet a stretch of text, found by bisection (a document's passes that look, for each
of their matches, at the candidates or counts around it read the whole list otherwise: a square term of a long
document)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from .candidates import Candidate


class Overlaps:
    """An index by start of ``spans`` (``(start, end)`` pairs of a list not changed while it is used).

    >>> Overlaps([(10, 14), (0, 4), (3, 30)]).meeting(4, 10)
    [2]
    >>> Overlaps.of([Candidate(10, 14, "DATE", None), Candidate(0, 4, "DATE", None)]).meeting(0, 11)
    [0, 1]
    """

    __slots__ = ("ends", "longest", "order", "starts")

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        self.ends = [e for _, e in spans]
        self.order = sorted(range(len(spans)), key=lambda i: spans[i][0])
        self.starts = [spans[i][0] for i in self.order]
        self.longest = max((e - s for s, e in spans), default=0)

    @classmethod
    def of(cls, cands: Sequence[Candidate]) -> Overlaps:
        """The index of candidates' normalized spans (``ns``, ``ne``)."""
        return cls([(c.ns, c.ne) for c in cands])

    def meeting(self, lo: int, hi: int) -> list[int]:
        """The indices, in list order, of the spans ``(s, e)`` with ``s < hi and e > lo``."""
        ends = self.ends
        # e > lo and e - s <= longest: s > lo - longest
        found = [i for i in self.order[bisect_right(self.starts, lo - self.longest):bisect_left(self.starts, hi)]
                 if ends[i] > lo]
        found.sort()
        return found
