"""A day or month said to recur each year (session 46): "20 جوان من كل سنة", "يوم 8 مارس من كل عام", "شهر ماي من
كل سنة", "يوم 29 نوفمبر سنويا".  Such a date is no single day: the date and its yearly SET ("كل سنة", "سنويا": P1Y)
become one SET whose value is the TIMEX3 of a recurring day, with no year, as HeidelTime and Duckling write it
("XXXX-06-20", "XXXX-05"), not the reference year's day (held-out ANT 6366, 6510).  Only a date whose year the
reference or the document gave; a date with its own year ("20 جوان 2016 من كل سنة") is left.

Session 47 adds the rest of the family:

- the SET before the date ("كل عام في 27 رمضان", "سنويا يوم عاشوراء", "كل سنة يوم 20 مارس"): only spaces, "في" or a
  glued ب between ("تحتفل تونس سنويا بعيد الاستقلال");
- a fixed Gregorian holiday ("عيد الاستقلال سنويا" → "XXXX-03-20", ``holiday`` kept), not a movable one (Easter, the
  Orthodox feasts, a nth weekday: :func:`fixed_holidays`);
- a Hijri day, month or holiday ("27 رمضان من كل عام", "سنويا يوم عاشوراء", "شهر رمضان من كل عام"): its Gregorian day
  moves each year, and ``value`` is always Gregorian (the README's value conventions), so the SET keeps its
  frequency, ``value`` "P1Y", with ``calendar`` "hijri" and the recurring Hijri day in ``hijri`` ("XXXX-09-27",
  "XXXX-01-10", "XXXX-09"), as the ``hijri`` of a Hijri date holds its Hijri reading.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from .candidates import Candidate
from .months import lexicon

#: The words that may stand between a date and the yearly SET after it ("من كل سنة"; folded text)
_LINKS = ("", "من")
#: The words that may stand between a yearly SET and the date after it ("كل عام في 27 رمضان", "سنويا بعيد"; a glued ب
#: is left out of a holiday's span)
_LINKS_BEFORE = ("", "في", "ب", "وفي")
#: The holidays' calendars whose day moves within the Gregorian year (``holidays`` of ``dates_lexicon.yaml``)
_MOVABLE = frozenset({"easter", "orthodox", "weekday", "named"})


@cache
def fixed_holidays() -> frozenset[str]:
    """The canonical names of the holidays of a fixed Gregorian day (a country's national day too), none of whose
    names is movable."""
    holidays = lexicon().holidays.values()
    movable = {canonical for cal, _, _, canonical in holidays if cal in _MOVABLE}
    return frozenset(canonical for cal, _, _, canonical in holidays
                     if cal in ("gregorian", "national") and canonical not in movable)


def _recurring(c: Candidate) -> Candidate | None:
    """The recurring SET of ``c`` (its span yet to be set): a Gregorian month or day without a written year
    ("XXXX-06-20"), a fixed holiday, a Hijri day, month or holiday whose year the reference gave; else None."""
    if c.type != "DATE" or "offset" in c.attrs or c.mod is not None:
        return None
    holiday = c.attrs.get("holiday")
    hijri = c.attrs.get("hijri")
    if c.calendar == "hijri" and isinstance(hijri, str) and len(hijri) in (7, 10) \
            and c.attrs.get("anchor") in ("REF", "DOC"):
        attrs: dict[str, Any] = {"hijri": "XXXX" + hijri[4:]}
        if holiday is not None:
            attrs["holiday"] = holiday
        return Candidate(c.ns, c.ne, "SET", "P1Y", "hijri", attrs=attrs)
    if c.calendar != "gregorian":
        return None
    if holiday is not None:
        day = c.value or c.attrs.get("timex")  # (without a reference: its TIMEX3, "XXXX-03-20")
        if holiday not in fixed_holidays() or not isinstance(day, str) or len(day) != 10 \
                or c.attrs.get("anchor") not in ("REF", "DOC"):
            return None
        return Candidate(c.ns, c.ne, "SET", "XXXX" + day[4:], attrs={"holiday": holiday})
    fields = c.fields
    if fields is None or fields.get("year") is not None or fields.get("month") is None:
        return None
    day = fields.get("day")
    return Candidate(c.ns, c.ne, "SET", f"XXXX-{fields['month']:02d}" + (f"-{day:02d}" if day else ""))


def _yearly(c: Candidate) -> bool:
    """Is ``c`` the yearly SET ("كل سنة", "سنويا")?"""
    return c.type == "SET" and c.value == "P1Y" and c.calendar == "gregorian"


def yearly_dates(chosen: list[Candidate], text: str) -> list[Candidate]:
    """``chosen`` with each date beside its yearly SET (after it, only spaces or "من" between; before it, only spaces,
    "في" or ب) made one SET."""
    out: list[Candidate] = []
    for c in chosen:
        prev = out[-1] if out else None
        if prev is not None and prev.ne <= c.ns:
            if _yearly(c) and text[prev.ne:c.ns].strip() in _LINKS:
                merged = _recurring(prev)
                if merged is not None:
                    merged.ne = c.ne
                    out[-1] = merged
                    continue
            elif _yearly(prev) and text[prev.ne:c.ns].strip() in _LINKS_BEFORE:
                merged = _recurring(c)
                if merged is not None:
                    merged.ns = prev.ns
                    out[-1] = merged
                    continue
        out.append(c)
    return out
