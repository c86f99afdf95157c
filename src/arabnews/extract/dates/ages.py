"""Ages are no durations (session 29): a count of years, months or days that is someone's age.

"البالغ من العمر 30 عاما", "تتراوح أعمارهم بين 45 و53 سنة", "توفي عن عمر يناهز 80 عاما", "شاب (25 سنة)", "طفل
الـ9 سنوات", "يبلغ 29 عاما من العمر" were DURATIONs (P30Y …): an age says how old someone is, not how long
something lasted, and TIMEX3 has no type for it.  The numbers stage reads ages (:mod:`..numbers.ages`, the one age
reader, its words ``age_*`` of ``number_words.yaml``) and marks their counts (``quantity`` "age"); this stage drops
a duration over such a count, and asks the same reader of a duration whose count is no number ("يبلغ من العمر
عامين وشهر").  A decade after a person and في ("شاب في العشرينات") is the decade of a life, as "في العشرينات من
عمره" is (``patterns.decade``), no 1920s.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from ...lang.ar.serial import SERIAL
from ..numbers.ages import is_age, life_decade
from .candidates import Candidate
from .overlaps import Overlaps

#: A duration in calendar units only (no clock part), or a range of two: P30Y, P2Y6M, P45Y/P53Y, P79.5Y
_CALENDAR_DURATION = regex.compile(r"P(?:\d+(?:\.\d+)?[YMWD])+(?:/P(?:\d+(?:\.\d+)?[YMWD])+)?")
#: A decade's value: 192 (the 1920s)
_DECADE = regex.compile(r"\d{3}")
#: Between two ages of a list: "17 سنة و18 سنة", "(29 سنة و32 سنة)"
_AND = regex.compile(r"\s*(?:و|الي|-|–)\s*")

#: What may come before a duration's count in its span: "الـ10 سنوات", "بين 45 و53 سنة"
_LEAD = regex.compile(r"(?:(?:ما\s+)?بين|من)?\s*(?:الـ*)?\s*")


class Counts:
    """The normalized spans of a document's numbers, each with whether the numbers stage read it as an age, sorted
    and indexed (:class:`.overlaps.Overlaps`), so that those over a duration are found by bisection: scanning them
    all for each duration was quadratic in a long document (0.9 s of 2 MB of joined ANT).  Read from ``spans`` (a
    function) at the first duration asked about: most documents ask about none."""

    __slots__ = ("_index", "_read", "spans")

    def __init__(self, spans: Callable[[], list[tuple[int, int, bool]]]) -> None:
        self._read: Callable[[], list[tuple[int, int, bool]]] | None = spans
        self.spans: list[tuple[int, int, bool]] = []
        self._index = Overlaps([])

    def over(self, ns: int, ne: int) -> list[tuple[int, bool]]:
        """The (start, age?) of the spans that overlap ``[ns, ne)``, in order."""
        if self._read is not None:
            self.spans = sorted(self._read())
            self._index = Overlaps([(s, e) for s, e, _ in self.spans])
            self._read = None
        spans = self.spans
        return [(spans[i][0], spans[i][2]) for i in self._index.meeting(ns, ne)]


def drop_ages(chosen: list[Candidate], masked: str, folded: str, counts: Counts) -> list[Candidate]:
    """``chosen`` without the durations that are ages and the decades of a life (module doc)."""
    out: list[Candidate] = []
    age_end = -1  # the end of the last age dropped
    for c in chosen:
        if c.type != "DURATION" and (c.type != "DATE" or c.value is None or len(c.value) != 3):
            out.append(c)  # neither a duration nor a decade (most dates): no age
            continue
        if _is_age(c, folded, counts) or (age_end >= 0 and _is_calendar(c) and _AND.fullmatch(masked, age_end, c.ns)):
            age_end = c.ne
            continue
        out.append(c)
    return out


def _is_calendar(c: Candidate) -> bool:
    return c.type == "DURATION" and _CALENDAR_DURATION.fullmatch(c.value or "", None, None, SERIAL) is not None


def _is_age(c: Candidate, folded: str, counts: Counts) -> bool:
    if c.type == "DATE" and _DECADE.fullmatch(c.value or "", None, None, SERIAL):
        return life_decade(folded, c.ns)
    if not _is_calendar(c):
        return False
    inside = counts.over(c.ns, c.ne)
    if any(age for _, age in inside):
        return True
    if inside and _LEAD.fullmatch(folded, c.ns, max(c.ns, min(s for s, _ in inside)), SERIAL):
        return False  # the numbers stage read the duration's count and found no age
    return is_age(folded, c.ns, c.ne)  # "عامين", "سنة و7 أشهر": a count that is no number
