"""Building candidates with their TIMEX3 values: absolute dates, unresolved relative dates, weekdays."""

from __future__ import annotations

import datetime as dt
from typing import Any

from ...document import DateType
from . import resolve as R
from .candidates import Candidate


def hijri_year_of(date: dt.date) -> int:
    """The Umm al-Qura Hijri year of a Gregorian date."""
    from hijridate import Gregorian

    return int(Gregorian.fromdate(date).to_hijri().year)


def hijri_month_of(date: dt.date) -> tuple[int, int]:
    """The Umm al-Qura Hijri month and day of a Gregorian date."""
    from hijridate import Gregorian

    hijri = Gregorian.fromdate(date).to_hijri()
    return int(hijri.month), int(hijri.day)


def unresolved(ns: int, ne: int, type_: DateType, offset: str, **attrs: Any) -> Candidate:
    """A relative expression without a reference date: no value, ``anchor="REF"`` and its ``offset``."""
    return Candidate(ns, ne, type_, None, resolved=False, attrs={"anchor": "REF", "offset": offset, **attrs})


def absolute(ns: int, ne: int, cal: str, year: int | None, month: int | None, day: int | None,
             ref: dt.date | None, *, inferred: bool = False) -> Candidate | None:
    """A DATE for year/month/day in ``cal``; no year → taken from the reference date if there is one.

    A Hijri date's ``value`` is its Gregorian reading, its Hijri one is ``attrs["hijri"]``:

    >>> c = absolute(0, 9, "hijri", 1444, 9, 13, None)
    >>> c.value, c.attrs["hijri"]
    ('2023-04-04', '1444-09-13')
    """
    attrs: dict[str, Any] = {}
    explicit = year is not None and not inferred
    if year is None:
        if ref is None:
            timex = "XXXX" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day else "")
            extra = {"hijri": timex} if cal == "hijri" else {"timex": timex}
            return Candidate(ns, ne, "DATE", None, cal, False, attrs={"anchor": "REF", **extra},
                             fields={"calendar": cal, "year": None, "month": month, "day": day})
        year = hijri_year_of(ref) if cal == "hijri" else ref.year
        inferred = True
    if inferred:
        attrs["anchor"] = "REF"
    fields = {"calendar": cal, "year": year if explicit else None, "month": month, "day": day}
    if cal == "gregorian":
        if day is not None and not R.valid_date(year, month or 1, day):
            return None
        value = f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day else "")
        return Candidate(ns, ne, "DATE", value, cal, attrs=attrs, fields=fields)
    if day is not None and not 1 <= day <= 30:
        return None
    hijri = f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if day else "")
    if day:
        if month is None:  # never built by the rules; the stage drops a candidate that raises
            raise TypeError("a Hijri day needs a month")
        greg = R.hijri_to_gregorian(year, month, day)
    else:
        greg = R.hijri_span(year, month)
    # ``value`` is Gregorian (sortable with every other value); the Hijri reading is ``hijri``;
    # ``gregorian`` is the schema-2 name of the Gregorian value, kept for readers of schema 2
    attrs.update(hijri=hijri, gregorian=greg)
    if greg is not None and "/" in greg:  # a Hijri month or year: its first and last Gregorian days
        attrs["end_value"] = greg.split("/")[1]
    return Candidate(ns, ne, "DATE", greg, cal, resolved=greg is not None, attrs=attrs, fields=fields)


def _year_from_reference(cand: Candidate) -> bool:
    """Is ``cand`` a Gregorian day and month whose year only the reference gave ("السبت 1 أفريل")?"""
    fields = cand.fields
    return (cand.attrs.get("anchor") == "REF" and "offset" not in cand.attrs and cand.calendar == "gregorian"
            and fields is not None and fields.get("year") is None and fields.get("day") is not None)


def upgrade_schema2(record: dict[str, Any]) -> dict[str, Any]:
    """A date record of schema 2 in the shape of schema 3: a Hijri date's Hijri ``value`` moves to
    ``hijri`` and its Gregorian reading (``gregorian``) becomes ``value``.  Other records are returned
    unchanged.  (For ``Document.from_dict`` of old JSON.)

    >>> upgrade_schema2({"value": "1441-10-01", "calendar": "hijri", "gregorian": "2020-05-24"})["value"]
    '2020-05-24'
    """
    if record.get("calendar") != "hijri" or "hijri" in record:
        return record
    out = dict(record)
    out["hijri"] = record.get("value")
    greg = record.get("gregorian")
    out["value"] = greg
    if isinstance(greg, str) and "/" in greg:
        out.setdefault("end_value", greg.split("/", 1)[1])
    return out


def check_weekday(cand: Candidate, wd: int | None) -> None:
    """Record a weekday written with a date, and whether it is that date's weekday (see
    :func:`fit_weekday`)."""
    if wd is None:
        return
    cand.attrs["weekday"] = wd
    if cand.value and len(cand.value) == 10:
        fit_weekday(cand, wd)


def fit_weekday(cand: Candidate, wd: int) -> None:
    """Set ``weekday_ok`` of ``cand``, whose value starts with a day, for the weekday ``wd`` written with
    it.  A day whose year the text leaves out and the reference gave (not a month relative to it: "من
    الشهر الجاري") takes the year before or after where the weekday holds: with a reference in June 2017,
    "يوم السبت 1 أفريل" is 1 April 2017, a Saturday, not 2018's (a Sunday), whatever the tense around it.

    >>> c = absolute(0, 9, "gregorian", None, 4, 1, dt.date(2017, 6, 1))
    >>> c.value = "2018-04-01"  # the year a present tense gave
    >>> fit_weekday(c, 6); c.value, c.attrs["weekday_ok"]
    ('2017-04-01', True)
    """
    assert cand.value is not None
    day = dt.date.fromisoformat(cand.value[:10])
    ok = day.isoweekday() == wd
    if not ok and _year_from_reference(cand):
        for year in (day.year - 1, day.year + 1):
            if R.valid_date(year, day.month, day.day) and dt.date(year, day.month, day.day).isoweekday() == wd:
                cand.value = f"{year:04d}{cand.value[4:]}"
                ok = True
                break
    cand.attrs["weekday_ok"] = ok
