"""A fixed Gregorian holiday named in the sentence of its own written date (session 46): "الدورة الحالية التي ستنتظم يوم
الإثنين 20 مارس 2017 (…) بالإضافة إلى تزامنها مع الإحتفالات بعيد الإستقلال" (sport ANT 9975) is 20 March 2017,
the day written, not the 20 March its clause's tense picks from the reference (a future verb read in June: 2018).  A
holiday whose year only the reference gave takes the year of a date of its sentence with a written year that falls on
its month and day ("غرة ماي 2014 (…) بمناسبة عيد الشغل" → 2014-05-01); ``anchor`` becomes PREV_DATE.  Another day of
the sentence says nothing of the holiday's year and is left ("نوفمبر عام 2015 (…) رأس السنة").
"""

from __future__ import annotations

import regex

from .candidates import Candidate

#: An end of sentence between the two
_SENTENCE_END = regex.compile(r"[.!?؟\n]")
#: A year written in digits in a date's text
_FOUR_DIGITS = regex.compile(r"(?<!\d)\d{4}(?!\d)")
#: How far apart (characters) the date and the holiday may stand
_REACH = 400


def _year_from_ref(c: Candidate) -> bool:
    """Is ``c`` a Gregorian holiday's day whose year the reference gave?"""
    return ("holiday" in c.attrs and c.calendar == "gregorian" and c.attrs.get("anchor") == "REF"
            and "offset" not in c.attrs and c.value is not None and len(c.value) == 10)


def holiday_dates(chosen: list[Candidate], text: str) -> list[Candidate]:
    """``chosen`` with each holiday of :func:`_year_from_ref` given the year of its sentence's written date of the
    same month and day (the nearest such date, either side)."""
    for c in chosen:
        if not _year_from_ref(c):
            continue
        assert c.value is not None
        best: Candidate | None = None
        for b in chosen:
            if b is c or b.type != "DATE" or b.value is None or len(b.value) != 10 or b.value[4:] != c.value[4:] \
                    or b.value == c.value or "holiday" in b.attrs:
                continue
            lo, hi = (b.ne, c.ns) if b.ne <= c.ns else (c.ne, b.ns) if c.ne <= b.ns else (0, -1)
            if hi < lo or hi - lo > _REACH or _SENTENCE_END.search(text, lo, hi) \
                    or _FOUR_DIGITS.search(text, b.ns, b.ne) is None:
                continue
            if best is None or abs(b.ns - c.ns) < abs(best.ns - c.ns):
                best = b
        if best is not None:
            c.value = best.value
            c.attrs["anchor"] = "PREV_DATE"
    return chosen
