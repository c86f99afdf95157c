"""Handlers of dates relative to the reference date: days, days of this month, years/months/weeks."""

from __future__ import annotations

import datetime as dt
from typing import Any

import regex

from .. import resolve as R
from ..candidates import Candidate, Context
from ..patterns import MASK
from ..reading import int_in, number, prev_word, words
from ..values import absolute, check_weekday, unresolved


def h_relday(m: regex.Match[str], ctx: Context) -> Candidate | None:
    """Today, yesterday, tomorrow and weekdays, with an optional part of the day.

    "اليوم الثلاثاء" → the reference day (weekday checked), "أول أمس" → ref − 2 days, "الخميس الماضي"
    → the Thursday before the reference, "فجر يوم الخميس" → a TIME at dawn.  "في ذلك اليوم" is not today.
    """
    lex, ref = ctx.lex, ctx.ref
    wd = lex.weekdays[words(m["wd"])] if m["wd"] else None
    attrs: dict[str, Any] = {}
    if m["today"]:
        if not m["wd"] and prev_word(ctx.text, m.start()) in lex.not_today_after:
            return None  # "في ذلك اليوم" (that day), "في اليوم" (per day)
        days = 0
    elif m["yest"]:
        days = -2 if m["first"] else -1
    elif m["yest2"]:
        days = -2
    elif m["tom"]:
        days = 1
    elif m["tom2"]:
        days = 2
    else:  # a weekday: "يوم الخميس", "الخميس الماضي"
        if wd is None:
            return None
        name = words(m["wd"])
        rel = lex.relative[words(m["rel"])] if m["rel"] else None
        if not m["yom"] and rel is None and name in lex.ambiguous_weekdays:
            return None
        if ref is None:
            cand = Candidate(m.start(), m.end(), "DATE", None, resolved=False,
                             attrs={"anchor": "REF", "weekday": wd, "timex": f"XXXX-WXX-{wd}"})
            return with_part(cand, m, ctx)
        if rel is None:
            date = R.weekday_before(ref, wd)
        elif rel < 0:
            date = R.weekday_before(ref, wd, strict=True)
        elif rel > 0:
            date = R.weekday_after(ref, wd)
        else:
            date = ref + dt.timedelta(days=wd - ref.isoweekday())
        cand = Candidate(m.start(), m.end(), "DATE", date.isoformat(), attrs={"anchor": "REF", "weekday": wd})
        return with_part(cand, m, ctx)
    if ref is None:
        cand = unresolved(m.start(), m.end(), "DATE", R.offset(abs(days), "D", days))
        if wd is not None:
            cand.attrs["weekday"] = wd
        return with_part(cand, m, ctx)
    date = ref + dt.timedelta(days=days)
    cand = Candidate(m.start(), m.end(), "DATE", date.isoformat(),
                     attrs={"anchor": "REF", "offset": R.offset(abs(days), "D", days), **attrs},
                     fields={"calendar": "gregorian", "year": date.year, "month": date.month, "day": date.day})
    check_weekday(cand, wd)
    return with_part(cand, m, ctx)


def with_part(cand: Candidate, m: regex.Match[str], ctx: Context) -> Candidate:
    """A day with a part of the day before it ("صباح اليوم") becomes a TIME: ``2020-05-12TMO``."""
    if m["part"]:
        code = ctx.lex.day_parts_before[words(m["part"])]
        cand.type = "TIME"
        cand.attrs["part_of_day"] = code
        if cand.value:
            cand.value = f"{cand.value}T{code}"
        cand.fields = None
    return cand


def h_day_of_month(m: regex.Match[str], ctx: Context) -> Candidate | None:
    """A day of this (or the last/next) month: "في الثاني من الشهر الجاري" → 2020-05-02."""
    day = int_in(number(m, "day", ctx), 1, 31)
    if day is None:
        return None
    rel = ctx.lex.relative[words(m["rel"])] if m["rel"] else 0
    if ctx.ref is None:
        return unresolved(m.start(), m.end(), "DATE", R.offset(abs(rel), "M", rel), day=day)
    base = R.shift(ctx.ref.replace(day=1), "M", rel)
    cand = absolute(m.start(), m.end(), "gregorian", base.year, base.month, day, ctx.ref, inferred=True)
    if cand is not None:
        cand.attrs["offset"] = R.offset(abs(rel), "M", rel)
    return cand


def h_rel_unit(m: regex.Match[str], ctx: Context) -> Candidate | None:
    """This/last/next year, month or week, and quarters or halves of a year.

    "العام الماضي" → 2019, "هذا الشهر" → 2020-05, "الأسبوع المقبل" → 2020-W21, "الربع الأول من العام
    الجاري" → 2020-Q1, "النصف الثاني من عام 2019" → 2019-H2.
    """
    lex, ref = ctx.lex, ctx.ref
    mod = lex.mods[words(m["mod"])] if m["mod"] else None
    unit_word = words(m["unit"]) if m["unit"] else None
    rel = lex.relative[words(m["rel"])] if m["rel"] else 0
    if m["q"]:
        half = m["q"] == "النصف"
        q: int | None
        if m["qn"] in lex.quarter_last:
            q = 2 if half else 4
        elif m["qn"][0] == MASK:
            q = int_in(ctx.masks.get(m.start("qn")), 1, 4)
        else:
            q = lex.quarters.get(m["qn"])
        if q is None or (half and q > 2) or unit_word in ("الشهر", "الاسبوع"):
            return None
        label = f"H{q}" if half else f"Q{q}"
        if m["year"]:
            year = int(m["year"])
            if not 1000 <= year <= 2200:
                return None
            return Candidate(m.start(), m.end(), "DATE", f"{year:04d}-{label}", mod=mod)
        if ref is None:
            return unresolved(m.start(), m.end(), "DATE", R.offset(abs(rel), "Y", rel), timex=f"XXXX-{label}")
        return Candidate(m.start(), m.end(), "DATE", f"{ref.year + rel:04d}-{label}", mod=mod,
                         attrs={"anchor": "REF", "offset": R.offset(abs(rel), "Y", rel)})
    if m["year"] or unit_word is None:
        return None
    unit = lex.definite_units[unit_word]
    if ref is None:
        cand = unresolved(m.start(), m.end(), "DATE", R.offset(abs(rel), unit, rel))
    else:
        date = R.shift(ref, unit, rel)
        cand = Candidate(m.start(), m.end(), "DATE", R.iso_at(date, unit),
                         attrs={"anchor": "REF", "offset": R.offset(abs(rel), unit, rel)})
    cand.mod = mod
    return cand
