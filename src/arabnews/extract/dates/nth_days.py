"""The day of a holiday, the n-th day of a holiday or a month (session 29): "أول أيام عيد الفطر" (ANT, eight times),
"ثالث أيام عيد الأضحى", "أول أيام شهر رمضان", "رابع أيام رمضان 2016", "آخر أيام شهر رمضان".

An ordinal (masked by the numbers stage, kind "ordinal") and "أيام" before a holiday or a month make the span one DATE
of that day: the holiday's day moved by n − 1 days (an Eid lasts days: "ثاني أيام عيد الأضحى" is the day after it),
the month's n-th day; "آخر أيام" before a month is its end (mod END: "في آخر أيام رمضان" is as often its last days
as its last day).  Before, the span was the holiday or the month alone
("أول أيام شهر رمضان" read as the whole month).  A bare "العيد" is no date and stays none ("ثاني أيام العيد").
A holiday after "يوم" takes it into its span, as a weekday does ("يوم عيد الفطر", "يوم عيد الاستقلال"; ANT 9,
Recognizers-Text's "يوم عيد الميلاد"); the holiday rule starts at the holiday's name, so the merge is made here.
"""

from __future__ import annotations

import calendar
import datetime as dt

import regex

from ...lang.ar.serial import SERIAL
from . import resolve as R
from .candidates import Candidate
from .patterns import MASK

#: An ordinal (masked) or "آخر" and "أيام" (and "شهر", left in the month's span) right before a date
_NTH_DAYS = regex.compile(rf"(?:(?<!{MASK})(?P<n>{MASK}+)|(?<![\p{{L}}\p{{M}}])[وفبل]?(?P<last>اخر))\s+ايام\s+$")
#: "يوم" right before a holiday (a proclitic left out of the span, as the rules leave it)
_DAY_WORD = regex.compile(r"(?<![\p{L}\p{M}])[وف]?[بل]?(?P<day>يوم)\s+$")
#: The longest an Eid or a holiday is counted in days ("رابع أيام عيد الأضحى")
_HOLIDAY_DAYS = 4


def nth_days(chosen: list[Candidate], masked: str, masks: dict[int, tuple[float, str]],
             definite: frozenset[int]) -> list[Candidate]:
    """``chosen`` with the n-th day of a holiday or a month read as that day (module doc); ``definite``: the starts of
    the masked numbers with the article ("الثاني أيام" is none)."""
    return [_holiday_day(_nth_day(c, masked, masks, definite) or c, masked) if c.type == "DATE" and c.value else c
            for c in chosen]


def _holiday_day(c: Candidate, masked: str) -> Candidate:
    """``c`` opened by the "يوم" before it when it is a holiday ("يوم عيد الفطر")."""
    if "holiday" not in c.attrs or (m := _DAY_WORD.search(masked, max(0, c.ns - 8), c.ns, SERIAL)) is None:
        return c
    return Candidate(m.start("day"), c.ne, c.type, c.value, c.calendar, c.resolved, c.mod, c.attrs, c.fields)


def _nth_day(c: Candidate, masked: str, masks: dict[int, tuple[float, str]],
             definite: frozenset[int]) -> Candidate | None:
    lo = max(0, c.ns - 30)
    if masked.find("ايام", lo, c.ns) < 0:  # (most dates: no "أيام" before them, and a find is cheaper than a search)
        return None
    m = _NTH_DAYS.search(masked, lo, c.ns, SERIAL)
    if m is None:
        return None
    value = c.value or ""
    if m["n"] is not None:
        v = masks.get(m.start("n"))
        if v is None or v[1] != "ordinal" or v[0] != int(v[0]) or not 1 <= v[0] <= 31 or m.start("n") in definite:
            return None
        n, start = int(v[0]), m.start("n")
    else:
        if "holiday" in c.attrs:
            return None
        return Candidate(m.start("last"), c.ne, "DATE", value, c.calendar, c.resolved, "END", c.attrs)
    attrs = {k: v for k, v in c.attrs.items() if k not in ("range", "end_value", "gregorian")}
    hijri = str(c.attrs.get("hijri") or "")
    if "holiday" in c.attrs and len(value) == 10 and 1 <= n <= _HOLIDAY_DAYS:  # a holiday's day
        day = dt.date.fromisoformat(value) + dt.timedelta(days=n - 1)
        if len(hijri) == 10:
            attrs["hijri"] = f"{hijri[:8]}{int(hijri[8:]) + n - 1:02d}"
        return Candidate(start, c.ne, "DATE", day.isoformat(), c.calendar, c.resolved, c.mod, attrs)
    if "holiday" in c.attrs:
        return None
    if c.calendar == "hijri" and len(hijri) == 7:  # a Hijri month: its Gregorian interval
        gregorian = R.hijri_to_gregorian(int(hijri[:4]), int(hijri[5:7]), n) if n <= 30 else None
        if not gregorian:
            return None
        attrs["hijri"] = f"{hijri}-{n:02d}"
        return Candidate(start, c.ne, "DATE", gregorian, c.calendar, c.resolved, c.mod, attrs)
    if c.calendar == "gregorian" and regex.fullmatch(r"\d{4}-\d\d", value):  # a month
        days = calendar.monthrange(int(value[:4]), int(value[5:]))[1]
        if n > days:
            return None
        return Candidate(start, c.ne, "DATE", f"{value}-{n:02d}", c.calendar, c.resolved, c.mod, attrs)
    return None
