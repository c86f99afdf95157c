"""An Islamic holiday named with its weekday (session 45): the weekday picks the holiday's year.

A Hijri holiday without a year takes the nearest one (:func:`.resolve.nearest_occurrence`); but a weekday
written beside it names its day, and an Eid falls on another weekday each year: "يكون الطقس غدا الأربعاء أول أيام
عيد الفطر" read in June 2017 (held-out ANT 6437) is 6 July 2016, the Eid al-Fitr on a Wednesday, not 25 June 2017 (a
Sunday).  The holiday (its n-th day, "ثاني أيام عيد الأضحى", as :mod:`.nth_days` read it) takes the Hijri year, among
the one it was given and those on each side, whose day falls on the weekday, the nearest to the reference; the
weekday then names that day ("عيد الفطر المبارك هو يوم الأحد" → both 2017-06-25).  The Hijri dates come from
hijridate (:func:`.resolve.hijri_to_gregorian`, Umm al-Qura); where no year has the weekday, one whose day is the
day before it does (a month seen a day late: "عيد الاضحى، الذي يوافق يوم الاثنين" → 12 September 2016).

The two stand side by side, a link word of ``holiday_weekday_links`` or a comma between (either order): "السبت هو
أول أيام", "الثلاثاء بأول أيام عيد الفطر", "عيد الاضحى، الذي يوافق يوم الاثنين".  The weekday is a bare one, with
"يوم", a day word or a part of the day ("غدا الأربعاء", "مساء الأحد"), not a written date ("الأحد 25 جوان", which
dates itself).  A holiday with a year or a relative word ("عيد الفطر الماضي") is left, and so is one whose
neighbouring years have no such weekday ("احتفل المسلمون الثلاثاء بأول أيام عيد الفطر" in 2017: a Tuesday Eid is
2019's).
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from . import resolve as R
from .candidates import Candidate
from .months import lexicon
from .yearly import fixed_holidays

#: How far apart (characters) a weekday and a holiday may stand
_GAP = 24


#: How far (days) from the reference a holiday seen a day late may be: a weekday that names no Eid of the years
#: around it is no late sighting of one more than a year away ("صام المسلمون الثلاثاء يوم عرفة" read in June 2017
#: is not 21 August 2018, the day after 1439's Arafat, a Monday)
_LATE_REACH = 365


#: Proclitics on the holiday after a weekday, left out of its span ("الثلاثاء بأول أيام عيد الفطر")
_PROCLITICS = frozenset({"ب", "ل", "وب", "ول", "فب", "فل"})
#: "يوم" between a holiday and the weekday after it, outside the weekday's span ("عيد الفطر سيكون بيوم الاثنين")
_DAY_WORDS = frozenset({"يوم", "بيوم", "ليوم"})


@cache
def _links() -> frozenset[str]:
    return frozenset(lexicon().holiday_weekday_links)


def _gap(text: str, start: int, end: int, last: frozenset[str]) -> bool:
    """Do only a comma, a link of ``holiday_weekday_links`` and a word of ``last`` at its end (a proclitic, "يوم")
    stand between ``start`` and ``end``?  (Words, not a pattern: no compile for a rule most documents never reach.)"""
    found = text[start:end].replace("،", " ").replace(",", " ").split()
    if found and found[-1] in last:
        found.pop()
    return not found or " ".join(found) in _links()


@cache
def _weekday_words() -> frozenset[str]:
    """The words a bare weekday's span may hold: the weekday, "يوم", a day word, a part of the day."""
    lex = lexicon()
    return frozenset({*lex.weekdays, *lex.clock_days, *lex.day_parts_before, "يوم"})


def holiday_weekdays(chosen: list[Candidate], masked: str, ref: dt.date | None) -> list[Candidate]:
    """``chosen`` (in order) with each yearless Hijri holiday beside a weekday moved to the year where its day falls
    on that weekday, and the weekday given the holiday's day (module doc); in place."""
    if ref is None:
        return chosen
    for i, h in enumerate(chosen):
        if "holiday" not in h.attrs or h.attrs.get("anchor") != "REF" or h.mod is not None \
                or h.value is None or len(h.value) != 10 or _ends_relative(masked, h):
            continue
        hijri = h.calendar == "hijri"
        if not hijri and (h.calendar != "gregorian" or h.attrs["holiday"] not in fixed_holidays()):
            continue
        w = None
        if i > 0 and (p := chosen[i - 1]).ne <= h.ns and h.ns - p.ne <= _GAP and _gap(masked, p.ne, h.ns, _PROCLITICS):
            w = p
        elif i + 1 < len(chosen) and (n := chosen[i + 1]).ns >= h.ne and n.ns - h.ne <= _GAP \
                and _gap(masked, h.ne, n.ns, _DAY_WORDS):
            w = n
        if w is None or not _bare_weekday(w, masked):
            continue
        wd = w.attrs["weekday"]
        if hijri:
            day = _year_of_weekday(str(h.attrs.get("hijri", "")), wd, ref)
        elif (day := _gregorian_year_of_weekday(dt.date.fromisoformat(h.value), wd, ref)) is None:
            continue  # (a fixed day's weekday moves a day a year: none near says nothing of the year, both left)
        if day is None:  # no year has it: the weekday names the holiday's own day all the same, not its weekday
            day = dt.date.fromisoformat(h.value)
        if day.isoformat() != h.value:
            h.value = day.isoformat()
            if hijri:
                written = str(h.attrs["hijri"])
                h.attrs["hijri"] = f"{_hijri_year(day):04d}{written[4:]}"
        value = w.value or ""
        if value[:10] != h.value:
            w.value = h.value + value[10:]
            w.attrs["weekday_ok"] = day.isoweekday() == wd
            if "offset" in w.attrs:
                days = (day - ref).days
                w.attrs["offset"] = R.offset(abs(days), "D", days)
    return chosen


def _ends_relative(masked: str, h: Candidate) -> bool:
    """Does the holiday's span end with a relative word ("عيد الفطر الماضي", "عيد الأضحى المقبل")?"""
    last = masked[h.ns:h.ne].rsplit(None, 1)[-1]
    return last in lexicon().relative


def _bare_weekday(w: Candidate, masked: str) -> bool:
    """Is ``w`` a weekday with a day, alone or with "يوم", a day word, a part of the day ("غدا الأربعاء")?"""
    if not isinstance(w.attrs.get("weekday"), int) or w.value is None or len(w.value) < 10 or "range" in w.attrs \
            or w.type not in ("DATE", "TIME"):
        return False
    allowed = _weekday_words()
    return all(word in allowed for word in masked[w.ns:w.ne].replace("،", " ").replace(",", " ").split())


def _year_of_weekday(hijri: str, wd: int, ref: dt.date) -> dt.date | None:
    """The Gregorian day of Hijri ``hijri`` ("1438-10-01") in its year or one on each side that falls on ISO weekday
    ``wd``, the nearest to ``ref``; else the day after such a day within :data:`_LATE_REACH` of ``ref`` (the month
    seen a day after Umm al-Qura's start: the Eid al-Adha of 2016 was Monday 12 September, hijridate's 10 Dhu
    al-Hijjah 1437 the 11th); None if none."""
    if len(hijri) != 10 or not hijri[:4].isdigit():
        return None
    year, month, day = int(hijri[:4]), int(hijri[5:7]), int(hijri[8:10])
    found = [dt.date.fromisoformat(iso) for y in (year - 1, year, year + 1)
             if (iso := R.hijri_to_gregorian(y, month, day)) is not None]
    for late in (0, 1):
        days = [d + dt.timedelta(days=late) for d in found if (d + dt.timedelta(days=late)).isoweekday() == wd
                and (not late or abs((d - ref).days) <= _LATE_REACH)]
        if days:
            return min(days, key=lambda d: abs((d - ref).days))
    return None


def _gregorian_year_of_weekday(given: dt.date, wd: int, ref: dt.date) -> dt.date | None:
    """The day of a fixed Gregorian holiday (``given``: the one its clause's tense gave) that falls on ISO weekday
    ``wd`` in the years around ``given`` or around ``ref``, the nearest to ``ref`` ("أن الأحد يصادف ذكرى الاستقلال"
    read on 1 June 2017 → 20 March 2016, a Sunday), not after ``ref`` when the tense gave a day before it
    ("احتفلت تونس الثلاثاء بعيد الاستقلال": no Tuesday of 2018); None if none (a fixed day falls on a weekday once in
    five to eleven years: no guess further away)."""
    years = {y for base in (given.year, ref.year) for y in (base - 1, base, base + 1)}
    days = []
    for y in years:
        try:
            day = given.replace(year=y)
        except ValueError:  # (29 February)
            continue
        if day.isoweekday() == wd and (given > ref or day <= ref):
            days.append(day)
    return min(days, key=lambda d: (abs((d - ref).days), d < ref)) if days else None


def _hijri_year(day: dt.date) -> int:
    """The Hijri year of ``day``."""
    from hijridate import Gregorian

    return int(Gregorian.fromdate(day).to_hijri().year)
