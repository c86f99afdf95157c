"""Building candidates with their TIMEX3 values: absolute dates, unresolved relative dates, weekdays."""

from __future__ import annotations

import datetime as dt
from typing import Any

from . import resolve as R
from .candidates import Candidate


def hijri_year_of(date: dt.date) -> int:
    """The Umm al-Qura Hijri year of a Gregorian date."""
    from hijridate import Gregorian

    return int(Gregorian.fromdate(date).to_hijri().year)


def unresolved(ns: int, ne: int, type_: str, offset: str, **attrs: Any) -> Candidate:
    """A relative expression without a reference date: no value, ``anchor="REF"`` and its ``offset``."""
    return Candidate(ns, ne, type_, None, resolved=False, attrs={"anchor": "REF", "offset": offset, **attrs})


def absolute(ns: int, ne: int, cal: str, year: int | None, month: int | None, day: int | None,
             ref: dt.date | None, *, inferred: bool = False) -> Candidate | None:
    """A DATE for year/month/day in ``cal``; no year → taken from the reference date if there is one.

    >>> absolute(0, 9, "hijri", 1444, 9, 13, None).attrs["gregorian"]
    '2023-04-04'
    """
    attrs: dict[str, Any] = {}
    explicit = year is not None and not inferred
    if year is None:
        if ref is None:
            timex = "XXXX" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day else "")
            return Candidate(ns, ne, "DATE", None, cal, False, attrs={"anchor": "REF", "timex": timex},
                             fields={"calendar": cal, "year": None, "month": month, "day": day})
        year = hijri_year_of(ref) if cal == "hijri" else ref.year
        inferred = True
    if inferred:
        attrs["anchor"] = "REF"
    if cal == "gregorian":
        if day is not None and not R.valid_date(year, month or 1, day):
            return None
        value = f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day else "")
    else:
        if day is not None and not 1 <= day <= 30:
            return None
        value = f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day else "")
        if day:
            if month is None:  # never built by the rules; the stage drops a candidate that raises
                raise TypeError("a Hijri day needs a month")
            greg = R.hijri_to_gregorian(year, month, day)
        else:
            greg = R.hijri_span(year, month)
        attrs["gregorian"] = greg
    return Candidate(ns, ne, "DATE", value, cal, attrs=attrs,
                     fields={"calendar": cal, "year": year if explicit else None, "month": month, "day": day})


def check_weekday(cand: Candidate, wd: int | None) -> None:
    """Record a weekday written with a date, and whether it is that date's weekday."""
    if wd is None:
        return
    cand.attrs["weekday"] = wd
    iso = cand.attrs.get("gregorian") if cand.calendar == "hijri" else cand.value
    if iso and len(iso) == 10:
        cand.attrs["weekday_ok"] = dt.date.fromisoformat(iso).isoweekday() == wd
