"""Calendar arithmetic and ISO 8601 / TIMEX3 value formatting for the dates stage.

>>> import datetime as dt
>>> shift(dt.date(2020, 3, 31), "M", -1)
datetime.date(2020, 2, 29)
>>> iso_at(dt.date(2020, 3, 2), "W")
'2020-W10'
>>> hijri_to_gregorian(1444, 9, 13)
'2023-04-04'
>>> duration(4, "Y"), duration(2, "DEC"), duration(3, "H"), duration(1.5, "Y"), duration(1.5, "W")
('P4Y', 'P20Y', 'PT3H', 'P1Y6M', 'P1W3DT12H')
"""

from __future__ import annotations

import calendar
import datetime as dt

#: ISO designator and multiplier of each unit code of the lexicon
_UNIT = {"Y": ("Y", 1), "DEC": ("Y", 10), "CENT": ("Y", 100), "M": ("M", 1), "W": ("W", 1), "D": ("D", 1),
         "H": ("H", 1), "MIN": ("M", 1), "S": ("S", 1)}
_TIME_UNITS = frozenset({"H", "MIN", "S"})
_SMALLER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}


def duration(count: float | None, unit: str) -> str:
    """ISO 8601 duration of ``count`` ``unit`` (unit codes: Y DEC CENT M W D H MIN S); ``X`` if unknown."""
    designator, factor = _UNIT[unit]
    prefix = "PT" if unit in _TIME_UNITS else "P"
    if count is None:
        return f"{prefix}X{designator}"
    total = count * factor
    if total == int(total):
        return f"{prefix}{int(total)}{designator}"
    whole = int(total)
    if unit in _SMALLER:
        small, per = _SMALLER[unit if factor == 1 else "Y"]
        exact = (total - whole) * per
        rest = round(exact)
        small_designator, _ = _UNIT[small]
        head = f"{prefix}{whole}{designator}" if whole else prefix
        hours = round((exact - int(exact)) * 24)
        if small == "D" and hours and exact != rest:  # "أسبوع ونصف": 10.5 days, P1W3DT12H (not P1W4D)
            return f"{head}{int(exact)}DT{hours}H"
        if small in _TIME_UNITS and prefix == "P":
            return f"{head}T{rest}{small_designator}"
        return f"{head}{rest}{small_designator}"
    return f"{prefix}{total:g}{designator}"


def orthodox_easter(year: int) -> dt.date:
    """Orthodox (and Coptic) Easter Sunday of ``year``, Meeus' Julian computus moved to the Gregorian calendar.

    >>> orthodox_easter(2024), orthodox_easter(2017), orthodox_easter(2023)
    (datetime.date(2024, 5, 5), datetime.date(2017, 4, 16), datetime.date(2023, 4, 16))
    """
    a, b, c = year % 4, year % 7, year % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month, day = divmod(d + e + 114, 31)
    return dt.date(year, month, day + 1) + dt.timedelta(days=year // 100 - year // 400 - 2)


def easter(year: int) -> dt.date:
    """Western Easter Sunday of ``year`` (the anonymous Gregorian computus).

    >>> easter(2013), easter(2019)
    (datetime.date(2013, 3, 31), datetime.date(2019, 4, 21))
    """
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l_) // 433
    month = (h + l_ - 7 * m + 90) // 25
    return dt.date(year, month, (h + l_ - 7 * m + 33 * month + 19) % 32)


def offset(count: float | None, unit: str, sign: int) -> str:
    """A signed duration such as ``-P3Y`` for the ``offset`` attribute of a relative date."""
    value = duration(count, unit)
    return value if sign >= 0 else "-" + value


def shift(date: dt.date, unit: str, amount: int) -> dt.date:
    """``date`` moved by ``amount`` units (months clamp to the month's last day)."""
    if unit in ("Y", "DEC", "CENT"):
        years = amount * _UNIT[unit][1]
        return _safe(date.year + years, date.month, date.day)
    if unit == "M":
        months = date.year * 12 + date.month - 1 + amount
        return _safe(months // 12, months % 12 + 1, date.day)
    if unit == "W":
        return date + dt.timedelta(weeks=amount)
    if unit == "D":
        return date + dt.timedelta(days=amount)
    return date  # hours, minutes, seconds: the day of the reference


def _safe(year: int, month: int, day: int) -> dt.date:
    year = min(max(year, 1), 9999)
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def iso_at(date: dt.date, unit: str) -> str:
    """The ISO value of ``date`` at the granularity of ``unit``: 2020, 2020-05, 2020-W19, 2020-05-12."""
    if unit in ("Y", "DEC", "CENT"):
        return f"{date.year:04d}"
    if unit == "M":
        return f"{date.year:04d}-{date.month:02d}"
    if unit == "W":
        year, week, _ = date.isocalendar()
        return f"{year:04d}-W{week:02d}"
    return date.isoformat()


def valid_date(year: int, month: int, day: int) -> bool:
    """True if the Gregorian date exists."""
    return 1 <= month <= 12 and 1 <= year <= 9999 and 1 <= day <= calendar.monthrange(year, month)[1]


def weekday_before(ref: dt.date, iso_weekday: int, *, strict: bool = False) -> dt.date:
    """The most recent ``iso_weekday`` on or before ``ref`` (strictly before if ``strict``)."""
    back = (ref.isoweekday() - iso_weekday) % 7
    if strict and back == 0:
        back = 7
    return ref - dt.timedelta(days=back)


def weekday_after(ref: dt.date, iso_weekday: int) -> dt.date:
    """The first ``iso_weekday`` strictly after ``ref``."""
    ahead = (iso_weekday - ref.isoweekday()) % 7 or 7
    return ref + dt.timedelta(days=ahead)


def nearest_occurrence(spans: list[tuple[dt.date, dt.date]], ref: dt.date, tense: int) -> int | None:
    """The index of the occurrence of a yearly day or month (first and last day) a text means without a year
    (session 46): in a past clause (``tense`` -1) the last one begun on or before ``ref``, in a future one (1) the
    first one not over before it, else the one holding ``ref`` or nearest to it, as dateparser's
    ``PREFER_DATES_FROM="current_period"``; the coming one wins a tie.  None when there are no occurrences.

    >>> days = [(dt.date(y, 12, 25), dt.date(y, 12, 25)) for y in (2016, 2017)]
    >>> [nearest_occurrence(days, dt.date(2017, 6, 1), t) for t in (-1, 0, 1)]
    [0, 0, 1]
    """
    if not spans:
        return None
    order = sorted(range(len(spans)), key=lambda i: spans[i][0])
    if tense < 0:
        begun = [i for i in order if spans[i][0] <= ref]
        return begun[-1] if begun else order[0]
    if tense > 0:
        to_come = [i for i in order if spans[i][1] >= ref]
        return to_come[0] if to_come else order[-1]

    def away(i: int) -> int:
        first, last = spans[i]
        return 0 if first <= ref <= last else min(abs((first - ref).days), abs((last - ref).days))

    return min(order, key=lambda i: (away(i), spans[i][0] < ref))


def hijri_to_gregorian(year: int, month: int, day: int) -> str | None:
    """Hijri date → Gregorian ISO date: Umm al-Qura (hijridate) in its 1343–1500 AH range, the arithmetic (tabular)
    calendar before it (:func:`tabular_hijri`: the historians' "25 ذي الحجة 634 هـ"); None after 1500 AH or for a day
    the month does not have.

    >>> hijri_to_gregorian(634, 12, 25)
    '1237-08-26'
    """
    from hijridate import Hijri

    try:
        return Hijri(year, month, day).to_gregorian().isoformat()
    except (ValueError, OverflowError):
        first = tabular_hijri(year, month)
        if first is None or not 1 <= day <= _tabular_length(year, month):
            return None
        return (first + dt.timedelta(days=day - 1)).isoformat()


def hijri_span(year: int, month: int | None) -> str | None:
    """Gregorian ISO interval covering a Hijri month or year, e.g. ``2023-03-23/2023-04-20`` (before 1343 AH, the
    arithmetic calendar's: :func:`tabular_hijri`).

    >>> hijri_span(626, None)
    '1228-12-07/1229-11-26'
    """
    from hijridate import Hijri

    try:
        if month is None:
            first = Hijri(year, 1, 1)
            last = Hijri(year, 12, Hijri(year, 12, 1).month_length())
        else:
            first = Hijri(year, month, 1)
            last = Hijri(year, month, first.month_length())
        return f"{first.to_gregorian().isoformat()}/{last.to_gregorian().isoformat()}"
    except (ValueError, OverflowError):
        start = tabular_hijri(year, month or 1)
        if start is None:
            return None
        last_month = month or 12
        end = tabular_hijri(year, last_month)
        assert end is not None
        end += dt.timedelta(days=_tabular_length(year, last_month) - 1)
        return f"{start.isoformat()}/{end.isoformat()}"


#: The first Hijri year hijridate's Umm al-Qura tables hold: the arithmetic calendar is read before it
_UMM_AL_QURA_FIRST = 1343


def tabular_hijri(year: int, month: int) -> dt.date | None:
    """The (proleptic Gregorian) first day of Hijri ``month`` of ``year`` in the arithmetic Islamic calendar (30-year
    cycle, leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29; months of 30 and 29 days), which historians' tables and
    converters use for dates before the Umm al-Qura tables; within a day or two of the month's sighting (and of
    hijridate's first years).  Values are ISO's proleptic Gregorian calendar, as every value: a historian's
    equivalent before 1582 is Julian, 7 days earlier in the 13th century ("1 رمضان 630" is 11 June 1233 Julian).
    None for a year it is not used for (from 1343 AH, hijridate's, or before 1 AH).  The calendar is convertdate's
    (``convertdate.islamic``), imported on first use: such dates are rare in news.

    >>> tabular_hijri(1, 1), tabular_hijri(630, 9)
    (datetime.date(622, 7, 19), datetime.date(1233, 6, 18))
    """
    if not 1 <= year < _UMM_AL_QURA_FIRST or not 1 <= month <= 12:
        return None
    from convertdate import islamic

    return dt.date(*islamic.to_gregorian(year, month, 1))


def _tabular_length(year: int, month: int) -> int:
    """The days of Hijri ``month`` of ``year`` in the arithmetic calendar."""
    from convertdate import islamic

    return int(islamic.month_length(year, month))
