"""Word numbers from the numbers stage, masked in the folded text so that rules see a number slot.

"بعد أربعة أعوام" is matched as "بعد \ue000\ue000\ue000\ue000\ue000 أعوام" with the value 4 kept by the
mask's start: the masked string has the length and offsets of ``doc.folded``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache
from operator import attrgetter

import regex

from ...document import Document, NumberSpan
from ...lang.ar import CONJ, PREP
from ...lang.ar.serial import SERIAL
from .months import lexicon
from .patterns import MASK, Patterns
from .starts import words_re

#: Kinds of number the rules read through a mask; fractions (نصف، الربع) are read as words.
_MASKED_KINDS = frozenset({"cardinal", "ordinal", "approximate"})
#: A character no ``protect`` match holds: its words are letters and white space only (checked by a test).
_OUTSIDE = r"[^\p{L}\p{M}\s]"
_OUTSIDE_BEFORE = regex.compile(rf"(?r){_OUTSIDE}")
_OUTSIDE_AFTER = regex.compile(_OUTSIDE)


#: What ``PROCLITIC`` matches before the word of a ``protect`` match: nothing, و/ف, ب/ل/ك, or both.
PROCLITIC_FORMS = frozenset(c + p for c in ("", *CONJ.strip("[]")) for p in ("", *PREP.strip("[]")))
PROCLITIC_MAX = max(map(len, PROCLITIC_FORMS))


@cache
def protect_words() -> re.Pattern[str]:
    """A stdlib search for the first word of every word or phrase a ``protect`` match holds after its
    proclitics (months, weekdays, units, اول, الاول): where it finds none, ``protect`` matches nowhere."""
    lex = lexicon()
    return words_re({w.split()[0] for w in (*lex.months, *lex.weekdays, *lex.units, "اول", "الاول", "اثنين", "احد")})


_START = attrgetter("start")
#: How far around a number the sentence scan looks for its bounds before it falls back to the whole text.
_REACH = 2000


class ProtectedWords:
    """Where ``p.protect`` matches in a left-to-right scan of all of ``folded``, asked number by number."""

    def __init__(self, p: Patterns, folded: str) -> None:
        self.pattern = p.protect
        self.folded = folded
        self._words = protect_words()
        self._all: list[tuple[int, int]] | None = None  # the whole-text scan, made only when needed
        # the sentence last scanned ([pos, stop): no character outside letters, marks and white space in it, one
        # before and after it or the text's ends), the matches met in it so far (their starts and ends) and where
        # its scan goes on: the numbers of one sentence share one scan (a sentence holds several)
        self._pos = self._stop = -1
        self._starts_in: list[int] = []
        self._ends_in: list[int] = []
        self._scanned = -1

    def first(self, ns: int, ne: int) -> int | None:
        """The start of the first match ending after ``ns``, when it starts before ``ne``; else None.

        No match holds a character outside letters, marks and white space, so a scan that begins after
        the last such character before ``ns`` meets the matches the whole-text scan meets there, and a
        match that starts before ``ne`` ends before the first such character after it: the scan runs on
        the sentence around the number.  Without such characters within :data:`_REACH` (a text without
        punctuation or digits) the whole-text scan is made once and used for every number.  The numbers of one
        sentence share its scan: the matches met so far are kept and the scan goes on from the last one (asked in
        text order, as :func:`mask_numbers` does, the sentence is scanned once; session 47, −0.6 % of the stage).
        """
        folded = self.folded
        pos, stop, size = self._pos, self._stop, len(folded)
        # in the last sentence, the searches below would find its bounds again (the character before ``pos`` and the
        # one at ``stop``, or the text's ends) when they are within reach
        if not (pos <= ns and ne <= stop and (pos > ns - _REACH if pos else ns <= _REACH)
                and (stop < ne + _REACH if stop < size else ne + _REACH >= size)):
            lo = max(0, ns - _REACH)
            before = _OUTSIDE_BEFORE.search(folded, lo, ns, SERIAL)
            hi = min(size, ne + _REACH)
            after = _OUTSIDE_AFTER.search(folded, ne, hi, SERIAL)
            if (before is None and lo > 0) or (after is None and hi < size):
                return self._first_of_all(ns, ne)
            pos = before.end() if before is not None else 0
            stop = after.start() if after is not None else size
            if pos != self._pos or stop != self._stop:
                self._pos, self._stop, self._scanned = pos, stop, pos
                self._starts_in, self._ends_in = [], []
        starts, ends = self._starts_in, self._ends_in
        i = bisect_right(ends, ns)  # the matches met so far are disjoint and in order: their ends too
        if i < len(ends):
            return starts[i] if starts[i] < ne else None
        pos = self._scanned
        while (m := self._search(pos, stop)) is not None:
            pos = m.end()
            starts.append(m.start())
            ends.append(pos)
            if pos > ns:
                self._scanned = pos
                return m.start() if m.start() < ne else None
        self._scanned = stop
        return None

    def _search(self, pos: int, stop: int) -> regex.Match[str] | None:
        """``self.pattern.search(folded, pos, stop)``, tried only where a match can start: before an
        occurrence of :func:`protect_words`, after which only proclitics (:data:`PROCLITIC_FORMS`) come,
        and not after a letter (the pattern's word start).  The ``re`` search is several times faster
        than a search of ``protect``, and most occurrences are inside other words."""
        find, match, folded, forms = self._words.search, self.pattern.match, self.folded, PROCLITIC_FORMS
        tried = pos  # no match starts in [pos, tried)
        while (word := find(folded, tried, stop)) is not None:
            at = word.start()
            for start in range(max(tried, at - PROCLITIC_MAX), at + 1):
                if folded[start:at] in forms and not (start and folded[start - 1].isalpha()):
                    m = match(folded, start, stop, SERIAL)
                    if m is not None:
                        return m
            tried = at + 1
        return None

    def _first_of_all(self, ns: int, ne: int) -> int | None:
        if self._all is None:
            self._all = [m.span() for m in self.pattern.finditer(self.folded)]  # sorted, disjoint
            self._starts = [s for s, _ in self._all]
        protected = self._all
        i = bisect_right(self._starts, ns) - 1
        if i < 0 or protected[i][1] <= ns:
            i += 1
        return protected[i][0] if i < len(protected) and protected[i][0] < ne else None


def first_protected(p: Patterns, folded: str, ns: int, ne: int) -> int | None:
    """:meth:`ProtectedWords.first` for one number (tests; the stage keeps one per document)."""
    return ProtectedWords(p, folded).first(ns, ne)


def _scaled_digits(n: NumberSpan, folded: str, ne: int) -> bool:
    """Is ``n`` digits and a thousands' scale word ("4 آلاف", "٣ آلاف") before a word of years, read through a mask
    as "أربعة آلاف" is ("4 آلاف عام قبل الميلاد" → BC4000, "قبل نحو 200 ألف عام", session 34)?  Not a million or
    more, not a decimal, not before other units ("500 ألف يوم عمل": days of work counted) nor before a year's digits
    ("إلى 19 ألفا سنة 2012": that year's count)."""
    if n.attrs.get("scale") != "thousand" or n.attrs.get("form") != "mixed" or not isinstance(n.value, int):
        return False
    m = _YEARS_AFTER.match(folded, ne, None, SERIAL)
    return m is not None and lexicon().units.get(m["u"], ("",))[0] == "Y" and not _YEAR_DIGITS.match(folded, m.end())


_YEARS_AFTER = regex.compile(r"[^\S\n]++(?P<u>\p{L}++)")
_YEAR_DIGITS = regex.compile(r"[^\S\n]*+[0-9٠-٩۰-۹]")


def mask_numbers(doc: Document, p: Patterns) -> tuple[dict[int, tuple[float, str]], str]:
    """Replace the word numbers of ``doc.numbers`` by MASK characters (same length) and map the
    normalized start of each masked run to its (value, kind).  Numbers written in digits stay."""
    folded = doc.folded
    spans = doc.numbers
    if not spans:
        return {}, folded
    protected = ProtectedWords(p, folded)
    masks: dict[int, tuple[float, str]] = {}
    pieces: list[str] = []
    last = 0
    to_normalized = doc.view.to_normalized
    for n in sorted(spans, key=_START):
        if n.value is None or n.kind not in _MASKED_KINDS:
            continue
        ns, ne = to_normalized(n.start), to_normalized(n.end)
        if ns < last or (any(map(str.isdigit, folded[ns:ne])) and not _scaled_digits(n, folded, ne)):
            continue
        # a month or unit word inside the number span stays readable: cut before the first one
        cut = protected.first(ns, ne)
        if cut is not None:
            ne = max(cut, ns)
        while ne > ns and folded[ne - 1].isspace():
            ne -= 1
        if ne <= ns:
            continue
        pieces.append(folded[last:ns])
        pieces.append(MASK * (ne - ns))
        masks[ns] = (n.value, n.kind)
        last = ne
    pieces.append(folded[last:])
    return masks, "".join(pieces)
