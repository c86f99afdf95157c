"""Days anchored on the story's previous date ("اليوم التالي", "في الشهر ذاته"), resolved against it.

The anaphoric rule (:func:`..handlers.narrative.h_anaphoric`) gives "اليوم التالي" ``anchor`` PREV_DATE,
an ``offset`` (P1D, -P1D, P0D, P1W, P1M, P1Y) and a ``unit``, and no value: the day it counts from is
the story's, not the reference's.  As HeidelTime reads narratives, that day is the last date written
before it in the same document: "وقع الهجوم يوم 5 ماي 2016 وفي اليوم الموالي أعلنت الشرطة" → 2016-05-06.
The anaphoric date keeps its ``anchor`` and ``offset``, takes the value, ``resolved`` True and
``anchor_date`` (the previous date's value).

The previous date must name the unit: a day (or a time on a day) for a day, a night or a week, at least
a month for a month, at least a year for a year.  When the last date before it is coarser ("في 2015 …
في اليوم التالي"), an interval or a vague reference, or the day the document is read on ("وبينت الوزارة
في بلاغ لها اليوم الأحد، أنه إثر الفحوصات المجراة عليها في اليوم الموالي": the reference's or the
document's own day), nothing is resolved: the story's day is not known (durations and sets between them
are no dates and are passed over, as are clock times without a day).
A resolved anaphoric date is itself the previous date of the next one
("اليوم التالي" … "وفي اليوم التالي": day after day).

A day of the story's month ("يوم 25 من نفس الشهر", "يومي 27 و28 من الشهر ذاته") is read first in the
reference's month by the day-of-month rule (with ``unit`` M and its ``day``), then moved into the previous
date's month; without one, or when the day does not exist in it, it has no value either.  A month or a year
(or a day of the story's month) may also count from days of one month written as an interval ("يومي 20 و21
ديسمبر … يومي 27 و28 من الشهر ذاته" → December), a day not (the story's day is not known).
"""

from __future__ import annotations

import datetime as dt

import regex

from ...document import DateSpan
from ...lang.ar.serial import SERIAL
from .handlers.periods import MONTH_PART, month_part

#: A value on a day ("2016-05-05", "2016-05-05T10:00", "2016-05-05TMO"), a month, a year
_DAY = regex.compile(r"(\d{4})-(\d{2})-(\d{2})(?:T|$)")
_MONTH = regex.compile(r"(\d{4})-(\d{2})(?:-|$)")
_YEAR = regex.compile(r"(\d{4})(?:-|$)")
#: ``offset`` → signed count ("P1D" 1, "-P1D" -1, "P0M" 0)
_OFFSET = regex.compile(r"(-?)P(\d+)([DWMY])$")


def _anchored(d: DateSpan) -> bool:
    """Is ``d`` anchored on the previous date: "اليوم التالي" (no value), or a day of the story's month
    ("يوم 25 من نفس الشهر", read in the reference's month until resolved)?"""
    return d.attrs.get("anchor") == "PREV_DATE" and (d.value is None or "day" in d.attrs)


#: The year and month of a day's value ("2017-06" of "2017-06-27")
_YEAR_MONTH = regex.compile(r"\d{4}-\d{2}(?=-\d{2})")


def _days_in(d: DateSpan, prev: str) -> str | None:
    """The value of a day (or days) of the story's month ("يومي 27 و28 من الشهر ذاته"): its days in the
    month of ``prev`` (None when ``prev`` names no month or a day does not exist in it)."""
    m = _MONTH.match(prev, None, None, SERIAL)
    if m is None:
        return None
    month = f"{m[1]}-{m[2]}"
    if d.value is None:
        value = f"{month}-{int(d.attrs['day']):02d}"
    else:
        value = _YEAR_MONTH.sub(month, d.value)
    for day in _YEAR_MONTH.finditer(value, None, None, False, SERIAL):
        try:
            dt.date.fromisoformat(value[day.start():day.end() + 3])
        except ValueError:
            return None
    return value


def _previous(d: DateSpan) -> bool:
    """Can ``d`` be the story's previous date?  A DATE or TIME with a calendar value, no interval."""
    v = d.value
    return (d.type in ("DATE", "TIME") and v is not None and "/" not in v
            and v[:4].isdigit() and not d.attrs.get("ambiguous"))


def _value(prev: str, unit: str, n: int, d: DateSpan) -> str | None:
    """The value ``n`` ``unit``s from ``prev``'s (None when ``prev`` does not name the unit)."""
    if unit in ("D", "W"):
        m = _DAY.match(prev, None, None, SERIAL)
        if m is None:
            return None
        day = dt.date(int(m[1]), int(m[2]), int(m[3]))
        if unit == "W":
            iso = (day + dt.timedelta(weeks=n)).isocalendar()
            return f"{iso.year:04d}-W{iso.week:02d}"
        day += dt.timedelta(days=n)
        part = d.attrs.get("part_of_day")
        return f"{day.isoformat()}T{part}" if d.type == "TIME" and part else day.isoformat()
    if unit == "M":
        m = _MONTH.match(prev)
        if m is None:
            return None
        months = int(m[1]) * 12 + int(m[2]) - 1 + n
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    m = _YEAR.match(prev)
    return None if m is None else f"{int(m[1]) + n:04d}"


def _unresolve(d: DateSpan) -> None:
    """A day of the story's month whose month no previous date gives ("يوم 27 من الشهر ذاته" first in a
    document, "يوم 30 من الشهر نفسه" after a February date): no value, as for "اليوم التالي" — never the
    reference's month."""
    d.attrs.pop(MONTH_PART, None)
    if d.value is None:
        return
    d.value, d.resolved = None, False
    for key in ("range", "end_value", "weekday_ok"):
        d.attrs.pop(key, None)


def _today(d: DateSpan, today: str | None) -> bool:
    """Is ``d`` the day the document is read on ("اليوم", "مساء اليوم", "على مدار اليوم"): the reference's
    (or the document's own) day, from it?"""
    return today is not None and d.attrs.get("anchor") in ("REF", "DOC") and (d.value or "")[:10] == today


def resolve_anaphoric(found: list[DateSpan], ref: dt.date | None = None) -> None:
    """Give each anaphoric date of ``found`` (one document's, any order) the value its offset makes of
    the last date before it (in place).  The day the document is read on (``ref``: the reference or the
    document's own day) is no story's date: after "اليوم" ("وبينت الوزارة في بلاغ لها اليوم الأحد، أنه إثر
    الفحوصات المجراة عليها في اليوم الموالي"), the story's day is not known."""
    if not any(_anchored(d) for d in found):
        return
    today = ref.isoformat() if ref is not None else None
    last: str | None = None  # the story's last date
    month: str | None = None  # its month, also after days of one month ("يومي 20 و21 ديسمبر")
    for d in sorted(found, key=lambda d: (d.start, d.end)):
        if _anchored(d):
            m = _OFFSET.match(d.attrs.get("offset") or "", None, None, SERIAL)
            unit = d.attrs.get("unit")
            # a day needs the story's day; a month or a year, or a day of the story's month, its month will do
            prev = (last or month) if "day" in d.attrs or unit in ("M", "Y") else last
            if prev is None or m is None or unit is None:
                _unresolve(d)
                last = month = None  # the story's day is not known after it
                continue
            if "day" in d.attrs:  # "يوم 25 من نفس الشهر"
                value = _days_in(d, prev)
            else:
                value = _value(prev, unit, int(m[2]) * (-1 if m[1] else 1), d)
                part = d.attrs.pop(MONTH_PART, None)
                if part is not None and value is not None:  # "النصف الثاني من نفس الشهر": days of the month
                    value = month_part(part, value)
            if value is None:
                _unresolve(d)
                last = month = None
                continue
            if "/" in value:  # days of the story's month: "يومي 27 و28 من الشهر ذاته"
                start, end = value.split("/")
                d.attrs["range"], d.attrs["end_value"] = {"start": start, "end": end}, end
            d.value, d.resolved = value, True
            d.attrs["anchor_date"] = prev
            wd = d.attrs.get("weekday")
            if wd is not None and _DAY.match(value):  # "يوم الخميس 25 من نفس الشهر": its weekday again
                d.attrs["weekday_ok"] = dt.date.fromisoformat(value[:10]).isoweekday() == wd
            last, month = (value, value) if "/" not in value else (None, _one_month(value))
        elif _today(d, today):
            last = month = None
        elif d.type == "TIME" and (d.value or "").startswith("T"):
            continue  # a clock time without a day is on the story's day: "الساعة 15 و30 دق من ظهر نفس اليوم"
        elif _previous(d):
            last = month = d.value
        elif d.type in ("DATE", "TIME"):
            # an interval (whose month is kept when it lies in one: "يومي 20 و21 ديسمبر"), a vague reference
            last, month = None, _one_month(d.value)


def _one_month(value: str | None) -> str | None:
    """The month of an interval of days within one month ("2016-12-20/2016-12-21" → "2016-12"), else None."""
    if not value or "/" not in value:
        return None
    start, end = value.split("/", 1)
    if _DAY.match(start) and _DAY.match(end) and start[:7] == end[:7]:
        return start[:7]
    return None
