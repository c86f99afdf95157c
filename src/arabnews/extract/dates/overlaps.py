"""The candidates of a list that meet a stretch of text, found by bisection (a document's passes that
look, for each of their matches, at the candidates around it read the whole list otherwise: a square
term of a long document)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from .candidates import Candidate


class Overlaps:
    """An index of ``cands`` (not changed while it is used) by start.

    >>> c = [Candidate(10, 14, "DATE", None), Candidate(0, 4, "DATE", None), Candidate(3, 30, "DATE", None)]
    >>> Overlaps(c).meeting(4, 10)
    [2]
    """

    def __init__(self, cands: list[Candidate]) -> None:
        self.cands = cands
        self.order = sorted(range(len(cands)), key=lambda i: cands[i].ns)
        self.starts = [cands[i].ns for i in self.order]
        self.longest = max((c.ne - c.ns for c in cands), default=0)

    def meeting(self, lo: int, hi: int) -> list[int]:
        """The indices, in list order, of the candidates ``c`` with ``c.ns < hi and c.ne > lo``."""
        cands, order = self.cands, self.order
        # c.ne > lo and c.ne - c.ns <= longest: c.ns > lo - longest
        found = [i for i in order[bisect_right(self.starts, lo - self.longest):bisect_left(self.starts, hi)]
                 if cands[i].ne > lo]
        found.sort()
        return found
