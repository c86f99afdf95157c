"""Nights and tens of days of a month (session 21).

* A night before a day of a month is that day's night (a TIME, ``part_of_day`` NI), as "ليلة الأحد" and
  "ليلة القدر" are read: "الليلة الأولى من رمضان", "الليلة السابعة والعشرين من شهر رمضان", "ليلة 15
  أوت" → the day's value with TNI; the span opens with "الليلة".  ("الأولى من رمضان" alone was the 1st.)
* The ten first or last days of a Hijri month ("العشر الأواخر من رمضان", "العشر الأوائل من ذي الحجة",
  "الأيام العشر الأولى من شهر ذي الحجة") are one DATE: the interval of those days (the 21st to the month's
  last day, or the 1st to the 10th) in the reference's Hijri year, with their Hijri reading in ``hijri``.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache

import regex

from . import resolve as R
from .candidates import Candidate
from .months import lexicon
from .patterns import MASK, alt
from .values import hijri_year_of

#: "الليلة " or "ليلة " right before a position (the folded text)
_NIGHT_BEFORE = re.compile(r"(?<![\w\u0600-\u06ff])(?:ال)?ليله\s+$")
_NIGHT_REACH = 12
#: the quick test of a region for a ten of days: a masked number and a word of first or last after it
_TENS_GATE = re.compile(rf"{MASK}+\s+(?:الاواخر|الاوايل|الاخيره|الاولي|الاول|{MASK})")
_FIRST_TEN = frozenset({"الاوايل", "الاولي", "الاول"})


@cache
def _tens() -> regex.Pattern[str]:
    """ "(الأيام|الليالي) العشر الأواخر (من) (شهر) رمضان" on the masked folded text."""
    hijri = alt(w for w, (cal, _) in lexicon().months.items() if cal == "hijri")
    return regex.compile(
        rf"(?:(?<![\p{{L}}\p{{M}}])|(?<=(?<![\p{{L}}\p{{M}}])[وفب]))(?:(?:الايام|الليالي)\s+)?(?P<ten>{MASK}+)\s+(?:(?:الايام|الليالي|ايام|ليال|ليالي)\s+)?"
        rf"(?P<pos>الاواخر|الاوايل|الاخيره|الاولي|الاول|{MASK}+)\s+(?:من\s+)?(?:شهر\s+)?(?P<month>{hijri})"
        rf"(?![\p{{L}}\p{{M}}])(?!\s*\d)")


def nights_of_days(chosen: list[Candidate], text: str) -> list[Candidate]:
    """A day of a month after "الليلة"/"ليلة" is that day's night: its span opens with the night word, its
    type is TIME and its value the day's with TNI, in place."""
    for c in chosen:
        if c.type != "DATE" or c.value is None or len(c.value) != 10 or not c.fields or not c.fields.get("day"):
            continue
        night = _NIGHT_BEFORE.search(text[max(0, c.ns - _NIGHT_REACH):c.ns])
        if night is None:
            continue
        c.ns -= len(night.group())
        if any(o is not c and o.ns < c.ne and c.ns < o.ne for o in chosen):
            c.ns += len(night.group())  # "الليلة" read apart (tonight) before the day: left as it is
            continue
        c.type = "TIME"
        c.value = f"{c.value}TNI"
        c.attrs["part_of_day"] = "NI"
        c.fields = None
    return chosen


def tens_of_days(chosen: list[Candidate], text: str, masks: dict[int, tuple[float, str]], ref: dt.date | None,
                 lo: int = 0, hi: int | None = None) -> list[Candidate]:
    """``chosen`` with the tens of days of a Hijri month (see the module's docstring) of ``text[lo:hi]``."""
    hi = len(text) if hi is None else hi
    if _TENS_GATE.search(text, lo, hi) is None:
        return chosen
    found: list[Candidate] = []
    for m in _tens().finditer(text, lo, hi):
        if masks.get(m.start("ten"), (0,))[0] != 10:
            continue
        if m["pos"][0] == MASK and masks.get(m.start("pos")) != (1, "ordinal"):
            continue  # "الأولى", masked as the ordinal 1
        _, month = lexicon().months[m["month"]]
        first = m["pos"] in _FIRST_TEN or m["pos"][0] == MASK
        if ref is None:
            found.append(Candidate(m.start(), m.end(), "DATE", None, "hijri", False, attrs={"anchor": "REF"}))
            continue
        year = hijri_year_of(ref)
        span = R.hijri_span(year, month)
        if span is None:
            continue
        start, end = span.split("/")
        if first:
            end = (dt.date.fromisoformat(start) + dt.timedelta(days=9)).isoformat()
            days = (1, 10)
        else:
            start = (dt.date.fromisoformat(start) + dt.timedelta(days=20)).isoformat()
            days = (21, (dt.date.fromisoformat(end) - dt.date.fromisoformat(span.split("/")[0])).days + 1)
        found.append(Candidate(m.start(), m.end(), "DATE", f"{start}/{end}", "hijri", attrs={
            "anchor": "REF", "range": {"start": start, "end": end}, "end_value": end,
            "hijri": f"{year:04d}-{month:02d}-{days[0]:02d}/{year:04d}-{month:02d}-{days[1]:02d}"}))
    if not found:
        return chosen
    kept = [c for c in chosen if not any(c.ns < f.ne and f.ns < c.ne for f in found)]
    return sorted(kept + found, key=lambda c: (c.ns, c.ne))
