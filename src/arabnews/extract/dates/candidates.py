"""Candidates: what a rule proposes, what it is given, and how overlapping proposals are settled.

Rules work on normalized offsets of the masked folded text (see :mod:`.patterns`); the stage maps the
chosen candidates back to the original text.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

from ...document import DateType
from .months import Lexicon


@dataclass
class Candidate:
    """A temporal expression found on the normalized view, before overlap resolution."""

    ns: int
    ne: int
    type: DateType
    value: str | None
    calendar: str = "gregorian"
    resolved: bool = True
    mod: str | None = None
    attrs: dict[str, Any] = field(default_factory=dict)
    fields: dict[str, Any] | None = None  # year/month/day/calendar of an absolute date, for ranges


@dataclass
class Context:
    """What rules need: the masked folded text, the reference date, number values, the lexicon."""

    text: str
    ref: dt.date | None
    masks: dict[int, tuple[float, str]]  # normalized start of a masked number → (value, kind)
    lex: Lexicon
    #: the starts of the masked numbers written with the article ("الثالث", "العشرين")
    definite: frozenset[int] = frozenset()
    #: what the merges read from the text alone (a region's gates, the days before a date), kept for a second
    #: reading of the same text against another reference (``dataclasses.replace`` shares it)
    memo: dict[tuple[str, int, int], Any] = field(default_factory=dict)
    #: the normalized starts of the numbers in digits that are an amount: a currency or a measure unit after them,
    #: or a scale word in their span ("حتى 1998 دينار", "في 2016 طن", "منذ 2011 مليون"): no bare year
    counted: frozenset[int] = frozenset()
    #: the normalized starts of the numbers in digits that the numbers stage gave an indefinite counted noun right
    #: after them ("1362 مخالفة", "1587 زيارة", "1500 عون"): a month's year that no calendar of its month makes
    #: likely is that count ("شهر رمضان 1362 مخالفة": violations during Ramadan; session 37)
    noun_counts: frozenset[int] = frozenset()


def select(cands: list[Candidate]) -> list[Candidate]:
    """Longest first, then leftmost (then rule order); drop candidates overlapping a chosen one.

    >>> picks = select([Candidate(0, 4, "DATE", "2016"), Candidate(0, 9, "DATE", "2016-05"),
    ...                 Candidate(8, 12, "DATE", None)])
    >>> [(c.ns, c.ne) for c in picks]
    [(0, 9)]
    """
    starts: list[int] = []  # chosen spans, kept sorted and disjoint
    chosen: list[Candidate] = []
    for cand in sorted(cands, key=lambda c: (-(c.ne - c.ns), c.ns)):
        i = bisect_right(starts, cand.ns)
        if (i and chosen[i - 1].ne > cand.ns) or (i < len(chosen) and chosen[i].ns < cand.ne):
            continue
        starts.insert(i, cand.ns)
        chosen.insert(i, cand)
    return chosen
