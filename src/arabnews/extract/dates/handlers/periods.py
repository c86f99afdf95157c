"""Handlers of numbered parts of a month or year: the Nth week of a month, the Nth month of a year.

Weeks of a month ("الأسبوع الأول من شهر أكتوبر", "الأسبوع الأخير من ديسمبر 2016", "الأسبوع الثاني من الشهر
الجاري") are valued as one ISO week, TIMEX3's form for a week ("2016-W40").  The Nth week of a month is
read as the month's Nth block of seven days (days 1-7, 8-14, 15-21, 22-28; the last week is the month's
last seven days; a Hijri month's days are its Gregorian ones: "الأسبوع الأخير من شهر رمضان") and valued
as the ISO week that holds the block's middle day (day 4, 11, 18, 25, or the last day − 3): the ISO week
that shares at least four days with the block, the rule by which ISO 8601 makes the week holding
4 January its year's first week.  TIMEX3 has no value of its own for "the Nth week of a month"; an ISO
week is comparable with every other value of the stage, which a month with a ``mod`` would not be
(START/MID/END say nothing of a second or a third week).

Halves of a month ("النصف الثاني من ماي", "النصف الأول من شهر جوان 2016", "النصف الثاني من الشهر الجاري")
are an interval of days: 1 to 15, 16 to the month's last (a Hijri month's on its Gregorian days); so are the
Tunisian "الشطر الثاني من شهر مارس" (a half) and "العشرية الثانية من شهر جويلية" (ten days: 1 to 10, 11 to 20,
21 to the month's last for the third or the last).

Months of a year by their rank ("الشهر الثامن من سنة 2016" → 2016-08, "الشهر الثالث من العام الجاري",
"الشهر الأول من العام المقبل") need "من/في" and the year after the ordinal: "الشهر الثامن" alone is as often
the eighth month of a pregnancy or of a season, and is left alone.
"""

from __future__ import annotations

import calendar
import datetime as dt
from typing import Any

import regex

from .. import resolve as R
from ..candidates import Candidate, Context
from ..patterns import MASK
from ..reading import int_in, number, words
from ..values import absolute, hijri_year_of, unresolved
from .absolute import Part, _year_of_month, mod_part, year_of_hijri_part


def h_ordinal_unit(m: regex.Match[str], ctx: Context) -> Candidate | None:
    """The Nth week of a month ("الأسبوع الأول من شهر أكتوبر" → the ISO week of 4 October) or the Nth
    month of a year ("الشهر الثامن من سنة 2016" → 2016-08); see the module's docstring."""
    g = m.re.groupindex
    if m[g["crank"]]:
        return _first_or_last_days(m, ctx)
    nth = _ordinal(m, ctx)
    if nth is None:
        return None
    if m[g["unit"]]:
        return _month_of_year(m, ctx, nth)
    if (nth > 4 and nth != _LAST) or (m[g["half"]] and nth not in (1, 2, _LAST)) or (
            m[g["tens"]] and nth not in (1, 2, 3, _LAST)):
        return None
    if m[g["msame"]]:  # "النصف الثاني من نفس الشهر", "… من الشهر الموالي": the story's month (:mod:`..anaphora`)
        kind = "half" if m[g["half"]] else "tens" if m[g["tens"]] else "week"
        mod = ctx.lex.mods[words(m[g["mod"]])] if m[g["mod"]] else None
        months = ctx.lex.anaphoric_offsets[words(m[g["manaph"]])] if m[g["manaph"]] else 0  # "الشهر الموالي": 1
        return Candidate(m.start(), m.end(), "DATE", None, resolved=False, mod=mod,
                         attrs={"anchor": "PREV_DATE", "offset": f"P{months}M", "unit": "M",
                                MONTH_PART: f"{kind}:{nth}"})
    if not m[g["month"]] and ctx.ref is None:  # "الأسبوع الثاني من الشهر الجاري" without a reference date
        rel = ctx.lex.relative[words(m[g["rel"]])] if m[g["rel"]] else 0
        return unresolved(m.start(), m.end(), "DATE", R.offset(abs(rel), "M", rel))
    kind = "half" if m[g["half"]] else "tens" if m[g["tens"]] else "week"
    month_year = _month_and_year(m, ctx, _part(kind, nth))
    if month_year is None:
        return None
    cal, year, month, inferred = month_year
    if year is None:  # no reference date: the month is known, not its year
        timex = f"XXXX-{month:02d}"
        return Candidate(m.start(), m.end(), "DATE", None, cal, resolved=False,
                         attrs={"anchor": "REF", "hijri" if cal == "hijri" else "timex": timex})
    days = _month_days(cal, year, month)
    if days is None:
        return None
    first, length = days
    if kind != "week":  # "النصف الثاني من ماي": days 16 to the month's last
        start, end = _part(kind, nth)(first, first + dt.timedelta(days=length - 1))
        lo, hi = start.isoformat(), end.isoformat()
        return Candidate(m.start(), m.end(), "DATE", f"{lo}/{hi}", cal,
                         attrs={**({"anchor": "REF"} if inferred else {}), "range": {"start": lo, "end": hi},
                                "end_value": hi})
    middle = first + dt.timedelta(days=length - 4 if nth == _LAST else 7 * nth - 4)
    iso_year, week, _ = middle.isocalendar()
    attrs = {"anchor": "REF"} if inferred else {}
    mod = ctx.lex.mods[words(m[g["mod"]])] if m[g["mod"]] else None  # "أواخر الأسبوع الأول من شهر فيفري"
    return Candidate(m.start(), m.end(), "DATE", f"{iso_year:04d}-W{week:02d}", mod=mod, attrs=attrs)


#: The private attribute of a part of the story's month ("half:2", "week:-1", "tens:3"), read and removed by
#: :func:`..anaphora.resolve_anaphoric` (:func:`month_part`)
MONTH_PART = "_month_part"


def month_part(part: str, month: str) -> str | None:
    """The value of a part of a Gregorian month ``month`` ("2016-03"): ``part`` "half:2" → "2016-03-16/2016-03-31",
    "tens:1" → "2016-03-01/2016-03-10", "week:-1" → the ISO week of the last seven days' middle (see the
    module's docstring)."""
    kind, _, rank = part.partition(":")
    nth = int(rank)
    first = dt.date(int(month[:4]), int(month[5:7]), 1)
    length = calendar.monthrange(first.year, first.month)[1]
    if kind == "week":
        middle = first + dt.timedelta(days=length - 4 if nth == _LAST else 7 * nth - 4)
        iso_year, week, _ = middle.isocalendar()
        return f"{iso_year:04d}-W{week:02d}"
    start, end = _part(kind, nth)(first, first + dt.timedelta(days=length - 1))
    return f"{start.isoformat()}/{end.isoformat()}"


def _part(kind: str, nth: int) -> Part:
    """The days of the ``nth`` half ("النصف الثاني": 16 to the last), ten ("العشرية الثانية", Tunisian: 11 to 20;
    the third or last to the end) or week (the month's Nth block of seven days, the last seven for the last) of a
    month, from its first and last day."""
    def days(first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
        if kind == "half":
            return (first, first + dt.timedelta(days=14)) if nth == 1 else (first + dt.timedelta(days=15), last)
        if kind == "tens":
            return (first + dt.timedelta(days=20 if nth == _LAST else 10 * (nth - 1)),
                    last if nth in (3, _LAST) else first + dt.timedelta(days=10 * nth - 1))
        if nth == _LAST:
            return last - dt.timedelta(days=6), last
        return first + dt.timedelta(days=7 * (nth - 1)), first + dt.timedelta(days=7 * nth - 1)
    return days


def _first_or_last_days(m: regex.Match[str], ctx: Context) -> Candidate | None:
    """The first or last N days or weeks of a month, an interval of its days: "الأيام الخمسة الأولى من شهر
    رمضان" (2017: 2017-05-27/2017-05-31), "الأسبوعين الأخيرين من شهر جوان" → 2017-06-17/2017-06-30 (two weeks:
    the last 14 days), "الأسابيع الثلاثة الأولى من هذا الشهر"; as many days as the month has or more, the month.
    Without a count, the month with the mod START or END ("الأيام الأولى من شهر رمضان", "الأيام الأخيرة من شهر
    ديسمبر")."""
    g = m.re.groupindex
    rank = m[g["crank"]]
    if rank[0] == MASK:  # "الأولى", read as the ordinal 1
        if ctx.masks.get(m.start(g["crank"])) != (1, "ordinal"):
            return None
        first_days = True
    else:
        first_days = rank == "الاولين"
    if not m[g["month"]] and ctx.ref is None:
        return None
    count, week = None, False
    if m[g["cdual"]]:
        count, week = 2, m[g["cdual"]] == "الاسبوعين"
    elif m[g["cn"]]:
        cn = m[g["cn"]]
        count = int(cn) if cn.isdigit() else int_in(ctx.masks.get(m.start(g["cn"])), 2, 30) or 0
        week = m[g["cunit"]].endswith("اسابيع")
    n = (count or 0) * 7 if week else (count or 0)
    month_year = _month_and_year(m, ctx, _first_or_last(n, first_days) if n else mod_part(
        "START" if first_days else "END"))
    if month_year is None:
        return None
    cal, year, month, inferred = month_year
    if year is None:
        return None
    if count is None:  # "الأيام الأولى من شهر رمضان": the month, mod START (END for the last days)
        cand = absolute(m.start(), m.end(), cal, year, month, None, ctx.ref, inferred=inferred)
        if cand is not None:
            cand.mod = "START" if first_days else "END"
        return cand
    days = _month_days(cal, year, month)
    if days is None:
        return None
    first, length = days
    if n >= length:  # "الأسابيع الخمسة الأولى من شهر ماي": more than the month has, the month (not its 1st)
        return absolute(m.start(), m.end(), cal, year, month, None, ctx.ref, inferred=inferred)
    if n < 2:
        return None
    start = first if first_days else first + dt.timedelta(days=length - n)
    lo, hi = start.isoformat(), (start + dt.timedelta(days=n - 1)).isoformat()
    attrs: dict[str, Any] = {**({"anchor": "REF"} if inferred else {}), "range": {"start": lo, "end": hi},
                             "end_value": hi}
    if cal == "hijri":  # its Hijri reading too, as a Hijri month's other days have it (session 36)
        a = 1 if first_days else length - n + 1
        attrs["hijri"] = f"{year:04d}-{month:02d}-{a:02d}/{year:04d}-{month:02d}-{a + n - 1:02d}"
    return Candidate(m.start(), m.end(), "DATE", f"{lo}/{hi}", cal, attrs=attrs)


def _first_or_last(n: int, first_days: bool) -> Part:
    """The first or last ``n`` days of a month (the whole month when it has no more)."""
    def days(first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
        if (last - first).days + 1 <= n:
            return first, last
        return (first, first + dt.timedelta(days=n - 1)) if first_days else (last - dt.timedelta(days=n - 1), last)
    return days


#: The rank of "الأخير" (the last week of a month)
_LAST = -1


def _ordinal(m: regex.Match[str], ctx: Context) -> int | None:
    """The rank written after the unit: a masked ordinal of the numbers stage ("الأول", "الحادي عشر") or
    "الأخير" (:data:`_LAST`)."""
    g = m.re.groupindex
    word = m[g["ord"]]
    if word[0] != MASK:
        return _LAST if words(word) in ctx.lex.quarter_last or word == "اخر" else None
    value = ctx.masks.get(m.start(g["ord"]))
    if value is None or value[1] != "ordinal":
        return None
    return int_in(value, 1, 12)


def _month_days(cal: str, year: int, month: int) -> tuple[dt.date, int] | None:
    """The first Gregorian day of a month of ``cal`` and its number of days (None outside hijridate's range)."""
    if cal == "gregorian":
        return dt.date(year, month, 1), calendar.monthrange(year, month)[1]
    span = R.hijri_span(year, month)
    if span is None:
        return None
    first, last = (dt.date.fromisoformat(day) for day in span.split("/"))
    return first, (last - first).days + 1


def _month_and_year(m: regex.Match[str], ctx: Context, part: Part | None = None) -> \
        tuple[str, int | None, int, bool] | None:
    """The (calendar, year, month, year inferred?) of a week's month: a month name with its year, its
    relative word or none (the year of a month without one, as :func:`.absolute.h_dmy` reads it), or
    "الشهر" with its relative word.  A Hijri month ("الأسبوع الأخير من شهر رمضان") with a Hijri year or none
    (the reference's Hijri year); not with a Gregorian year or a relative word.  A month without its year is read
    for its ``part`` (the days the expression names): in a past clause the last such part begun by the reference,
    a Hijri one as :func:`.absolute.year_of_hijri_part` reads it, a Gregorian one of the reference's month as
    :func:`.absolute._year_of_month` reads a later month (session 48)."""
    g = m.re.groupindex
    ref = ctx.ref
    if m[g["month"]] or m[g["mnum"]]:
        if m[g["mnum"]]:  # "الأسبوع الأول من شهر عشرة 2014"
            month_number = int_in(number(m, g["mnum"], ctx), 1, 12)
            if month_number is None:
                return None
            cal, month = "gregorian", month_number
        else:
            cal, month = ctx.lex.months[words(m[g["month"]])]
        if cal == "hijri":
            if m[g["mrel"]]:
                return None
            if m[g["year"]]:
                if m.start(g["year"]) in ctx.counted:  # a count: "الثلاثة أيام الأولى لشهر رمضان 1362 مخالفة"
                    return None
                year = int(m[g["year"]])
                if 1900 <= year <= 2200:  # a Gregorian year: "النصف الأول من شهر رمضان لسنة 2017" (its Hijri year)
                    return _hijri_year_in(year, month)
                return (cal, year, month, False) if 1343 <= year <= 1500 else None
            if ref is None:
                return cal, None, month, True
            if part is None:
                return cal, hijri_year_of(ref), month, True
            return cal, year_of_hijri_part(month, part, ctx.text, m.start(), m.end(), ref), month, True
        if m[g["year"]]:
            year = int(m[g["year"]])
            return (cal, year, month, False) if 1000 <= year <= 2200 else None
        if ref is None:
            return cal, None, month, True
        if m[g["mrel"]]:
            rel = ctx.lex.relative[words(m[g["mrel"]])]
            year = ref.year
            if rel < 0 and month >= ref.month:
                year -= 1
            elif rel > 0 and month <= ref.month:
                year += 1
            return cal, year, month, True
        return cal, _year_of_month(month, m.start(), ctx, part), month, True
    if ref is None:
        return None
    rel = ctx.lex.relative[words(m[g["rel"]])] if m[g["rel"]] else 0
    shifted = R.shift(ref.replace(day=1), "M", rel)
    return "gregorian", shifted.year, shifted.month, True


def _hijri_year_in(year: int, month: int) -> tuple[str, int | None, int, bool] | None:
    """The Hijri month ``month`` that begins in Gregorian ``year`` (the first if two do), as ``_month_and_year``
    gives it."""
    approx = int((year - 622) * 33 / 32)
    for hy in range(approx - 1, approx + 3):
        span = R.hijri_span(hy, month)
        if span is not None and span.startswith(f"{year:04d}"):
            return "hijri", hy, month, False
    return None


def _month_of_year(m: regex.Match[str], ctx: Context, nth: int) -> Candidate | None:
    """"الشهر الثامن من سنة 2016" → 2016-08; "من (هذا) العام" (this year), "من العام الماضي" → the reference's;
    "الشهر الأخير من العام" → December."""
    g = m.re.groupindex
    if nth == _LAST:  # "الشهر الأخير من العام": December
        nth = 12
    if m[g["year"]]:
        return absolute(m.start(), m.end(), "gregorian", int(m[g["year"]]), nth, None, ctx.ref)
    rel = ctx.lex.relative[words(m[g["yrel"]])] if m[g["yrel"]] else 0
    if ctx.ref is None:
        return unresolved(m.start(), m.end(), "DATE", R.offset(abs(rel), "Y", rel), month=nth)
    return absolute(m.start(), m.end(), "gregorian", ctx.ref.year + rel, nth, None, ctx.ref, inferred=True)
