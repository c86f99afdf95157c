"""Calendar arithmetic and ISO 8601 / TIMEX3 value formatting for the dates stage.

>>> import datetime as dt
>>> shift(dt.date(2020, 3, 31), "M", -1)
datetime.date(2020, 2, 29)
>>> iso_at(dt.date(2020, 3, 2), "W")
'2020-W10'
>>> hijri_to_gregorian(1444, 9, 13)
'2023-04-04'
>>> duration(4, "Y"), duration(2, "DEC"), duration(3, "H"), duration(1.5, "Y")
('P4Y', 'P20Y', 'PT3H', 'P1Y6M')
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
        rest = round((total - whole) * per)
        small_designator, _ = _UNIT[small]
        head = f"{prefix}{whole}{designator}" if whole else prefix
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


def hijri_to_gregorian(year: int, month: int, day: int) -> str | None:
    """Umm al-Qura Hijri date → Gregorian ISO date (None outside hijridate's 1343–1500 AH range)."""
    from hijridate import Hijri

    try:
        return Hijri(year, month, day).to_gregorian().isoformat()
    except (ValueError, OverflowError):
        return None


def hijri_span(year: int, month: int | None) -> str | None:
    """Gregorian ISO interval covering a Hijri month or year, e.g. ``2023-03-23/2023-04-20``."""
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
        return None
