"""Handlers of the families added for real news (issue #15): seasons, centuries, holidays, bare clock
times, day/month numeric dates, "the last two months" spans, tonight and midnight."""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any

import regex

from ....lang.ar.serial import SERIAL
from .. import resolve as R
from ..candidates import Candidate, Context
from ..months import lexicon
from ..patterns import MASK
from ..reading import int_in, number, prev_word, words
from ..values import hijri_year_of, unresolved
from .relative import holiday_tense

#: Words before a bare day/month with "-" ("يوم 17-9") that make it a date, not a score
_NUMERIC2_CUES = frozenset({"يوم", "بتاريخ", "تاريخ", "في", "منذ", "حتي", "الموافق", "ليوم", "قبل", "بعد"})
#: Words before a bare holiday or season name that make it a date ("بعد عيد الفطر", "في الصيف")
_HOLIDAY_CUES = frozenset({"في", "بعد", "قبل", "خلال", "منذ", "حتي", "ليله", "بمناسبه", "عشيه", "يوم", "طيله",
                           "طوال", "اثناء", "ايام", "غداه", "اول", "ثاني", "ثالث", "فصل", "عطله", "عطلتي",
                           "عطل", "عطلات", "اجازه", "اجازات", "موسم",
                           "ذكري", "احتفالات", "حلول"})


def _timezone(tz: str | None) -> dict[str, Any]:
    return {"timezone": words(tz)} if tz else {}


def h_clock(m: regex.Match[str], ctx: Context) -> Candidate | None:
    """A bare clock time: "09:40" → T09:40, "على 21:40 مساء" → T21:40, "14:00 بتوقيت غرينتش" with its
    ``timezone`` attribute.  (After الساعة the ``time`` rule reads it, with its day.)"""
    g = m.re.groupindex
    hour, minute = int(m[g["hour"]]), int(m[g["min"]])
    if hour > 24 or (hour == 24 and minute):
        return None
    code = ctx.lex.day_parts.get(words(m[g["part"]])) if m[g["part"]] else None
    if (code in ("AF", "EV") and hour < 12) or (code == "NI" and 6 <= hour < 12):
        hour += 12
    hour %= 24
    start = m.start(g["hour"])
    # "15:23:24": seconds only after an hour of two digits ("2:05:30" is a race time, not a clock)
    sec = f":{m[g['sec']]}" if m[g["sec"]] else ""
    return Candidate(start, m.end(), "TIME", f"T{hour:02d}:{minute:02d}{sec}", attrs=_timezone(m[g["tz"]]))


#: The word right after a match ("الماضي", "المقبل").
_NEXT_WORD = regex.compile(r"[^\S\n]++(?P<w>\p{L}++)")


def h_numeric2(m: regex.Match[str], ctx: Context) -> Candidate | None:
    """A day and month without a year, day first: "17/9" → XXXX-09-17 (the reference year); "17-9" only
    after a date cue ("يوم 17-9"), a dash being a score too.  Both orders possible → ``ambiguous``."""
    g = m.re.groupindex
    a, b = int(m[g["a"]]), int(m[g["b"]])
    if m[g["year"]]:  # "2/2013": a month of a year
        if m[g["sep"]] != "/" or not 1 <= a <= 12:
            return None
        return Candidate(m.start(), m.end(), "DATE", f"{b:04d}-{a:02d}",
                         fields={"calendar": "gregorian", "year": b, "month": a, "day": None})
    if m[g["sep"]] == "-" and prev_word(ctx.text, m.start()) not in _NUMERIC2_CUES:
        return None
    if m[g["sep"]] == "/" and prev_word(ctx.text, m.start()) not in _NUMERIC2_CUES and not (a > 12 or b > 12):
        return None  # "1/2": a fraction more often than a date
    day, month = a, b
    if month > 12 >= day:
        day, month = month, day
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    attrs: dict[str, Any] = {}
    if a <= 12 and b <= 12 and a != b:
        attrs["ambiguous"] = f"XXXX-{a:02d}-{b:02d}"  # the month-first reading
    end, rel = m.end(), 0
    after = _NEXT_WORD.match(ctx.text, end)
    if after is not None and ctx.lex.relative.get(words(after["w"]), 0) != 0:
        end, rel = after.end(), ctx.lex.relative[words(after["w"])]  # "يوم 17-9 الماضي" / "المقبل"
        attrs["direction"] = "past" if rel < 0 else "future"
    if ctx.ref is None:
        return Candidate(m.start(), end, "DATE", None, resolved=False,
                         attrs={"anchor": "REF", "timex": f"XXXX-{month:02d}-{day:02d}", **attrs})
    year = ctx.ref.year
    if rel < 0 and (month, day) > (ctx.ref.month, ctx.ref.day):
        year -= 1  # the last such day on or before the reference date
    elif rel > 0 and (month, day) < (ctx.ref.month, ctx.ref.day):
        year += 1  # the next one on or after it
    if not R.valid_date(year, month, day):
        return None
    return Candidate(m.start(), end, "DATE", f"{year:04d}-{month:02d}-{day:02d}",
                     attrs={"anchor": "REF", **attrs},
                     fields={"calendar": "gregorian", "year": None, "month": month, "day": day})


def h_month_day(m: regex.Match[str], ctx: Context) -> Candidate | None:
    """A month before its day, or a range of days: "يوليو 13-15" → 2013-07-13/2013-07-15, "تموز 13 الى
    15", "أيار 15، 2016"."""
    g = m.re.groupindex
    cal, month = ctx.lex.months[words(m[g["month"]])]
    if cal != "gregorian":
        return None
    d1 = int(m[g["d1"]])
    year = int(m[g["year"]]) if m[g["year"]] else (ctx.ref.year if ctx.ref is not None else None)
    if not m[g["d2"]] and not m[g["year"]]:
        return None  # "أيار 15" alone: too often a count or a clause boundary
    if year is None:
        return Candidate(m.start(), m.end(), "DATE", None, resolved=False,
                         attrs={"anchor": "REF", "timex": f"XXXX-{month:02d}-{d1:02d}"})
    if not R.valid_date(year, month, d1):
        return None
    start = f"{year:04d}-{month:02d}-{d1:02d}"
    attrs: dict[str, Any] = {} if m[g["year"]] else {"anchor": "REF"}
    if m[g["d2"]]:
        d2 = int(m[g["d2"]])
        if not (d1 < d2 and R.valid_date(year, month, d2)):
            return None
        end = f"{year:04d}-{month:02d}-{d2:02d}"
        attrs.update(range={"start": start, "end": end}, end_value=end)
        return Candidate(m.start(), m.end(), "DATE", f"{start}/{end}", attrs=attrs)
    return Candidate(m.start(), m.end(), "DATE", start, attrs=attrs,
                     fields={"calendar": "gregorian", "year": year, "month": month, "day": d1})


def h_season(m: regex.Match[str], ctx: Context) -> Candidate | None:
    """A season: "صيف 2015" → 2015-SU, "الشتاء الماضي" → 2019-WI, "في فصل الربيع" and "منتصف الصيف" (MID) →
    the reference year's."""
    g = m.re.groupindex
    code = ctx.lex.seasons[words(m[g["season"]])]
    rel = ctx.lex.relative[words(m[g["rel"]])] if m[g["rel"]] else None
    mod = ctx.lex.mods[words(m[g["mod"]])] if m[g["mod"]] else None
    if m[g["year"]]:
        year = int(m[g["year"]])
        if not 1000 <= year <= 2200:
            return None
        return Candidate(m.start(), m.end(), "DATE", f"{year:04d}-{code}", mod=mod)
    if m[g["ythis"]] or m[g["yrel"]]:  # "صيف العام الجاري": that year's season (a winter: the one it begins)
        yrel = ctx.lex.relative[words(m[g["yrel"]])] if m[g["yrel"]] else 0
        if ctx.ref is None:
            return unresolved(m.start(), m.end(), "DATE", R.offset(abs(yrel), "Y", yrel), timex=f"XXXX-{code}")
        return Candidate(m.start(), m.end(), "DATE", f"{ctx.ref.year + yrel:04d}-{code}", mod=mod,
                         attrs={"anchor": "REF", "offset": R.offset(abs(yrel), "Y", yrel)})
    if m[g["this"]] and rel is None:  # "هذا الشتاء": the current one
        rel = 0
    definite = m[g["season"]].startswith("ال")
    # "منتصف الصيف", "نهاية الشتاء": a modifier before the season makes it the reference year's
    if rel is None and not m[g["fasl"]] and not (definite and mod) and (
            not definite or prev_word(ctx.text, m.start()) not in _HOLIDAY_CUES):
        return None
    if code == "SP" and rel is None and not m[g["fasl"]]:  # (not after "هذا": rel is 0 then)
        return None  # "الربيع" alone: the Arab Spring more often than the season
    rel = rel or 0
    if ctx.ref is None:
        return unresolved(m.start(), m.end(), "DATE", R.offset(abs(rel), "Y", rel), timex=f"XXXX-{code}")
    return Candidate(m.start(), m.end(), "DATE", f"{_season_year(ctx.ref, code, rel):04d}-{code}", mod=mod,
                     attrs={"anchor": "REF", "offset": R.offset(abs(rel), "Y", rel)})


#: The month each season starts in (northern hemisphere; winter runs from December into the next year).
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season_year(ref: dt.date, code: str, rel: int) -> int:
    """The year of the season ``rel`` seasons of its kind from ``ref``: "الصيف المقبل" in January is
    that year's summer, "الصيف الماضي" in October that year's; "الشتاء الماضي" in January is the
    winter before the one under way."""
    start = _SEASON_START.get(code)
    if start is None:
        return ref.year + rel
    if rel == 0:  # the one under way or ahead this year; in January and February, the winter begun in December
        return ref.year - 1 if code == "WI" and ref.month < 3 else ref.year
    now = ref.year * 12 + ref.month - 1
    year = ref.year
    if rel > 0:
        while year * 12 + start - 1 <= now:
            year += 1
        return year + rel - 1
    while year * 12 + start - 1 + 3 > now:
        year -= 1
    return year + rel + 1


def _relative_decade(m: regex.Match[str], ctx: Context, mod: str | None) -> Candidate | None:
    """The decade before or after the reference's: "في العقد الماضي" → 200 in 2017, "العقد المقبل" → 202; after a
    word of ``decade_stretch_cues`` a past one is the ten years up to the reference ("خلال العقد الماضي/الأخير" →
    P10Y, 2007-06-01/2017-06-01), as "خلال السنوات العشر الماضية" is.  "العقد الأخير" without one is none (a
    contract)."""
    rel_word = words(m["drel"])
    rel = ctx.lex.relative.get(rel_word, -1)  # ("العشرية الأخيرة": the last one)
    stretch = mod is None and rel < 0 and prev_word(ctx.text, m.start()) in ctx.lex.decade_stretch_cues
    if stretch:
        attrs: dict[str, Any] = {"anchor": "REF", "direction": "past"}
        if ctx.ref is not None:
            attrs["range"] = {"start": R.shift(ctx.ref, "Y", -10).isoformat(), "end": ctx.ref.isoformat()}
        return Candidate(m.start(), m.end(), "DURATION", R.duration(10, "Y"), attrs=attrs)
    if rel_word == "الاخير":
        return None
    if ctx.ref is None:
        cand = unresolved(m.start(), m.end(), "DATE", R.offset(abs(rel), "DEC", rel), granularity="decade")
        cand.mod = mod
        return cand
    return Candidate(m.start(), m.end(), "DATE", f"{ctx.ref.year // 10 + rel:03d}", mod=mod,
                     attrs={"anchor": "REF", "offset": R.offset(abs(rel), "DEC", rel), "granularity": "decade"})


def _millennium(m: regex.Match[str], ctx: Context, mod: str | None) -> Candidate | None:
    """A millennium (TIMEX3: the first digit of its years): "مطلع الألفية الثالثة" → 2 START, "الألفية الثانية" → 1;
    "الألفية الجديدة/الحالية" → the reference's (2 in 2017), "الألفية الماضية" → the one before."""
    g = m.re.groupindex
    attrs: dict[str, Any] = {"granularity": "millennium"}
    if m[g["mnum"]]:
        v = ctx.masks.get(m.start(g["mnum"]))
        n = int_in(v, 1, 3) if v is not None and v[1] == "ordinal" else None
        if n is None:
            return None
        return Candidate(m.start(), m.end(), "DATE", str(n - 1), mod=mod, attrs=attrs)
    rel = ctx.lex.relative.get(words(m[g["mrel"]]), 0)
    if ctx.ref is None:
        return unresolved(m.start(), m.end(), "DATE", f"{'-' if rel < 0 else ''}P{abs(rel) * 1000}Y", **attrs)
    return Candidate(m.start(), m.end(), "DATE", str(ctx.ref.year // 1000 + rel), mod=mod,
                     attrs={"anchor": "REF", **attrs})


def h_century(m: regex.Match[str], ctx: Context) -> Candidate | None:
    """A century: "القرن الحادي والعشرين" / "القرن الـ21" → 20 (TIMEX3: the first two digits of its
    years), "القرن الماضي" → 19 with the reference, "مطلع القرن العشرين" → 19 START; "القرن الخامس قبل
    الميلاد" → BC04; a half of one its years ("النصف الثاني من القرن الماضي" → 1950/1999)."""
    g = m.re.groupindex
    mod = ctx.lex.mods[words(m[g["mod"]])] if m[g["mod"]] else None
    if m[g["half"]]:
        cand = _half_century(m, ctx) if mod is None else None
        return cand
    if m[g["drel"]]:
        return _relative_decade(m, ctx, mod)
    if m[g["mill"]]:
        return _millennium(m, ctx, mod)
    if m[g["bc"]]:
        n = int_in(number(m, g["num"], ctx), 1, 60)
        if n is None or m[g["dord"]]:
            return None
        return Candidate(m.start(), m.end(), "DATE", f"BC{n - 1:02d}", mod=mod,
                         attrs={"granularity": "century", "era": "BC"})
    decade = None
    if m[g["dord"]]:  # "العقد الأول من القرن الماضي" → 190, "العقد الأخير من القرن العشرين" → 199
        if m[g["dord"]][0] != MASK:
            decade = 10
        elif (v := ctx.masks.get(m.start(g["dord"]))) is not None and v[1] == "ordinal":
            decade = int_in(v, 1, 10)
        if decade is None:
            return None
    if m[g["rel"]]:
        rel = ctx.lex.relative[words(m[g["rel"]])]
        if ctx.ref is None:
            if decade is not None:
                return None
            return unresolved(m.start(), m.end(), "DATE", R.offset(abs(rel), "CENT", rel))
        cent = (ctx.ref.year - 1) // 100 + rel
        if decade is not None:
            return Candidate(m.start(), m.end(), "DATE", f"{cent:02d}{decade - 1}", mod=mod,
                             attrs={"anchor": "REF", "granularity": "decade"})
        return Candidate(m.start(), m.end(), "DATE", f"{cent:02d}", mod=mod,
                         attrs={"anchor": "REF", "granularity": "century"})
    n = int_in(number(m, g["num"], ctx), 1, 22)
    if n is None:
        return None
    if decade is not None:
        if m[g["era"]] and words(m[g["era"]]) == "الهجري":
            return None
        return Candidate(m.start(), m.end(), "DATE", f"{n - 1:02d}{decade - 1}", mod=mod,
                         attrs={"granularity": "decade"})
    attrs: dict[str, Any] = {"granularity": "century"}
    if m[g["era"]] and words(m[g["era"]]) == "الهجري":
        attrs["calendar_of_count"] = "hijri"
        return Candidate(m.start(), m.end(), "DATE", None, "hijri", False, mod=mod,
                         attrs={**attrs, "hijri": f"{n - 1:02d}"})
    return Candidate(m.start(), m.end(), "DATE", f"{n - 1:02d}", mod=mod, attrs=attrs)


def _half_century(m: regex.Match[str], ctx: Context) -> Candidate | None:
    """"النصف الأول/الثاني/الأخير من القرن …": the century's first or last fifty years, as an interval of years
    ("النصف الثاني من القرن الماضي" → 1950/1999 with a reference in 2017; "النصف الأول من القرن العشرين" →
    1900/1949), as a half of a month is its days."""
    g = m.re.groupindex
    hord = m[g["hord"]]
    if hord[0] == MASK:
        v = ctx.masks.get(m.start(g["hord"]))
        half = int_in(v, 1, 2) if v is not None and v[1] == "ordinal" else None
    else:
        half = 2  # "النصف الأخير"
    if half is None or m[g["dord"]] or m[g["drel"]] or m[g["bc"]] or (m[g["era"]] and words(m[g["era"]]) == "الهجري"):
        return None
    if m[g["rel"]]:
        if ctx.ref is None:
            return None
        cent = (ctx.ref.year - 1) // 100 + ctx.lex.relative[words(m[g["rel"]])]
        attrs: dict[str, Any] = {"anchor": "REF", "granularity": "year"}
    else:
        n = int_in(number(m, g["num"], ctx), 1, 22)
        if n is None:
            return None
        cent, attrs = n - 1, {"granularity": "year"}
    first = cent * 100 + (50 if half == 2 else 0)
    value = f"{first:04d}/{first + 49:04d}"
    attrs["range"] = {"start": f"{first:04d}", "end": f"{first + 49:04d}"}
    attrs["end_value"] = f"{first + 49:04d}"
    return Candidate(m.start(), m.end(), "DATE", value, attrs=attrs)


def _hijri_in_year(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian date of Hijri month/day that falls in Gregorian ``year`` (the first if two do)."""
    approx = int((year - 622) * 33 / 32)
    for hy in range(approx - 1, approx + 3):
        iso = R.hijri_to_gregorian(hy, month, day)
        if iso is not None and iso.startswith(f"{year:04d}"):
            return dt.date.fromisoformat(iso)
    return None


def h_holiday(m: regex.Match[str], ctx: Context) -> Candidate | None:
    """A holiday: Islamic ones by their Hijri date through hijridate ("عيد الفطر 2021" → 2021-05-13,
    "عيد الأضحى 1444 هـ" → 2023-06-28, "عيد الفطر الماضي" → the last one before the reference), fixed
    ones by month and day ("عيد العمال" → the 1 May nearest the reference, by the clause's tense), "عيد الشكر" by
    its weekday.  A
    holiday name is a date even alone: "تزامن عيد الأضحى مع العودة المدرسية" → the reference year's Eid
    al-Adha.  The night before one is the day before it: "ليلة رأس السنة" → the 31 December before the
    New Year chosen."""
    cand = _holiday(m, ctx)
    if cand is not None and words(m[m.re.groupindex["hol"]]) in ctx.lex.holiday_eves:
        if cand.value is not None:
            cand.value = (dt.date.fromisoformat(cand.value) - dt.timedelta(days=1)).isoformat()
        elif "timex" in cand.attrs:
            cand.attrs["timex"] = "XXXX-12-31"
    return cand


def _holiday(m: regex.Match[str], ctx: Context) -> Candidate | None:
    g = m.re.groupindex
    lex = ctx.lex
    name = words(m[g["hol"]])
    cal, month, day, canonical = lex.holidays[name]
    if cal == "named":
        return _named_month(m, ctx, name)
    attrs: dict[str, Any] = {"holiday": canonical}
    rel = lex.relative[words(m[g["rel"]])] if m[g["rel"]] else None
    marker = words(m[g["marker"]]) if m[g["marker"]] else None
    stop = m.end()
    if cal == "national":  # "عيد الاستقلال": the country's the text names
        national = _national(m, ctx, name, int(m[g["year"]]) if m[g["year"]] else ctx.ref.year if ctx.ref else 0)
        if national is None:
            return None
        code, month, day, end = national
        cal, stop = "gregorian", max(stop, end)  # with its nisba: "عيد الاستقلال الأمريكي"
        if code != "*":
            attrs["country"] = code
    if m[g["year"]]:
        year = int(m[g["year"]])
        if cal == "hijri" and (marker in lex.hijri_markers or year < 1600):
            iso = R.hijri_to_gregorian(year, month, day)
            if iso is None:
                return None
            attrs["hijri"] = f"{year:04d}-{month:02d}-{day:02d}"
            return Candidate(m.start(), stop, "DATE", iso, cal, attrs=attrs)
        if not 1000 <= year <= 2200:
            return None
        date = _in_year(cal, year, month, day)
        if date is None:
            return None
        return Candidate(m.start(), stop, "DATE", date.isoformat(), _calendar(cal),
                         attrs=_hijri_attr(attrs, date, cal))
    if ctx.ref is None:
        timex = f"XXXX-{month:02d}-WXX-{day // 10}-{day % 10}" if cal == "weekday" else f"XXXX-{month:02d}-{day:02d}"
        extra = {"hijri": timex} if cal == "hijri" else {} if cal in ("easter", "orthodox") else {"timex": timex}
        return Candidate(m.start(), stop, "DATE", None, _calendar(cal), False,
                         attrs={**attrs, "anchor": "REF", **extra})
    ref = ctx.ref
    if cal == "hijri" and rel is None:  # its nearest occurrence, by the clause's tense (session 45)
        near = _nearest_hijri(month, day, ref, holiday_tense(ctx.text, m.start(), stop))
        if near is None:
            return None
        return Candidate(m.start(), stop, "DATE", near.isoformat(), _calendar(cal),
                         attrs={**_hijri_attr(attrs, near, cal), "anchor": "REF"})
    options = []
    for y in (ref.year - 1, ref.year, ref.year + 1):
        d = _in_year(cal, y, month, day)
        if d is not None:
            options.append(d)
    if not options:
        return None
    if rel is not None and rel < 0:
        before = [d for d in options if d < ref]
        date = before[-1] if before else options[0]
    elif rel is not None and rel > 0:
        after = [d for d in options if d > ref]
        date = after[0] if after else options[-1]
    else:  # the nearest occurrence by the clause's tense, as a Hijri holiday's (session 46: "احتفل الفرنسيون
        # بالعيد الوطني" read in June is last 14 July)
        index = R.nearest_occurrence([(d, d) for d in options], ref, holiday_tense(ctx.text, m.start(), stop))
        date = options[index or 0]
    return Candidate(m.start(), stop, "DATE", date.isoformat(), _calendar(cal),
                     attrs={**_hijri_attr(attrs, date, cal), "anchor": "REF"})


def _named_month(m: regex.Match[str], ctx: Context, name: str) -> Candidate | None:
    """An event named by its month: "ثورة يناير" → 2011-01, "حرب أكتوبر" → 1973-10, "نكسة حزيران" → 1967-06
    (``named_event_months``); the span is the month ("يناير"), as TimeML tags it.  Not before a day or year: "حرب
    أكتوبر 1973" is read by the month's rule."""
    g = m.re.groupindex
    if m[g["year"]] or m[g["rel"]]:
        return None
    year, month = ctx.lex.named_event_months[name]
    hol = m[g["hol"]]
    start = m.start(g["hol"]) + len(hol.split()[0])
    while ctx.text[start].isspace():
        start += 1
    return Candidate(start, m.end(g["hol"]), "DATE", f"{year:04d}-{month:02d}")


#: Sentence ends for a holiday's country (the nearest in its sentence), searched forward and back
_SENTENCE_END = regex.compile(r"[.!?؟\n]")
_SENTENCE_START = regex.compile(r"(?r)[.!?؟\n]")
#: The stretches of text whose countries are read at once (and kept in the context's memo)
_CHUNK = 10_000


def _document_countries(ctx: Context, pos: int) -> list[tuple[int, str]]:
    """The countries of the document around ``pos`` (start, code): those of its stretch of ``_CHUNK`` characters and
    the stretches on each side (a story; not a whole 5 MB text), each stretch read once."""
    out: list[tuple[int, str]] = []
    for chunk in range(max(0, pos // _CHUNK - 1), pos // _CHUNK + 2):
        key = ("countries", chunk, 0)
        found = ctx.memo.get(key)
        if found is None:
            found = [(start, c) for start, _, c, _ in _countries(ctx.text, chunk * _CHUNK, (chunk + 1) * _CHUNK)]
            ctx.memo[key] = found
        out.extend(found)
    return out


@cache
def _country_words() -> dict[str, tuple[str, bool]]:
    """The names and nisbas of ``holiday_countries`` and each form's country: a name after و/ف and ب/ل/ك ("وبتونس",
    "للعراق"), a nisba with ال and its endings ("التونسية", "للتونسيين"); looked up word by word (a regex of the
    6,000 forms cost a second to compile)."""
    lex = lexicon()
    forms: dict[str, tuple[str, bool]] = {}  # form → (country, is a nisba)
    clitics = ("", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك")
    for code, (names, nisbas) in lex.holiday_countries.items():
        adjectives = [n + end for n in nisbas for end in ("", "ه", "ون", "ين", "ات", "ا", "ان", "تان", "تين")]
        for stem, nisba in [*((n, False) for n in names), *((a, True) for a in adjectives),
                            *(("ال" + a, True) for a in adjectives)]:
            forms.update((c + stem, (code, nisba)) for c in clitics)
            if stem.startswith("ال"):  # ل + ال: "للعراق", "للتونسيين"
                forms.update((c + "لل" + stem[2:], (code, nisba)) for c in ("", "و", "ف"))
    return forms


@cache
def _multiword_starts() -> frozenset[str]:
    """The first words of the country forms of two or three words ("الولايات" of "الولايات المتحده")."""
    return frozenset(f.split()[0] for f in _country_words() if " " in f)


#: A word of the folded text
_WORD = regex.compile(r"[\p{L}\p{M}]++")


def _countries(text: str, pos: int, end: int, first: bool = False) -> list[tuple[int, int, str, bool]]:
    """The countries named in ``text[pos:end]`` (start, end, code, a nisba?), by names of one to three words;
    ``first``: only one that opens at ``pos``."""
    forms, starts = _country_words(), _multiword_starts()
    words: list[regex.Match[str]] = []
    for w in _WORD.finditer(text, pos, end, False, SERIAL):
        if first and not words and w.start() != pos:
            return []
        words.append(w)
        if first and len(words) == 3:
            break
    out: list[tuple[int, int, str, bool]] = []
    i = 0
    while i < len(words):
        for n in (3, 2, 1) if words[i].group() in starts else (1,):
            found = forms.get(" ".join(w.group() for w in words[i:i + n])) if i + n <= len(words) else None
            if found is not None:
                out.append((words[i].start(), words[i + n - 1].end(), *found))
                i += n
                break
        else:
            if first:
                return []
            i += 1
        if first and out:
            return out
    return out


def _national(m: regex.Match[str], ctx: Context, name: str, year: int) -> tuple[str, int, int, int] | None:
    """The country and day of a national holiday named without its nation ("عيد الاستقلال"): a nisba right after it
    ("عيد الاستقلال الأمريكي"), else of the countries of its table in its sentence the one the document names most
    (then the nearest), else the one of its table the document names most; Tunisia's when the document names no
    country (ANT's news), else none.  Not before a complement ("اليوم الوطني للمرأة", "اليوم الوطني الثالث لغسل
    الأيدي": a national day of something)."""
    table = ctx.lex.national_holidays[name]
    text, end = ctx.text, m.end(m.re.groupindex["hol"])
    # the country right after it ("عيد الاستقلال الأمريكي", "عيد استقلال لبنان", "اليوم الوطني للمملكة العربية
    # السعودية")
    nxt = _countries(text, end + 1, end + 80, first=True) if text[end:end + 1] == " " else []
    if not nxt and any(w.startswith("ل") and w not in _country_words() for w in text[end:end + 40].split()[:2]):
        return None  # (a country's name is no complement: "عيد الاستقلال في لبنان", "ذكرى الثورة في ليبيا")
    if nxt:
        code: str | None = nxt[0][2]
    else:
        pos = m.start()
        found = _document_countries(ctx, pos)
        before = _SENTENCE_START.search(text, max(0, pos - _CHUNK), pos, SERIAL)
        lo = before.end() if before else 0
        after = _SENTENCE_END.search(text, pos, None, SERIAL)
        hi = after.start() if after else len(text)
        counts: dict[str, int] = {}
        for _, c in found:
            if c in table:
                counts[c] = counts.get(c, 0) + 1
        # of the countries of its sentence, the one the document names most, then the nearest ("حفلا تحييه النجمة
        # اللبنانية … بقبة رادس في إطار الاحتفال بذكرى الاستقلال" in a story of Tunisian television: Tunisia's)
        near = sorted((-counts[c], abs(p - pos), c) for p, c in found if lo <= p < hi and c in table)
        code = near[0][2] if near else max(counts, key=counts.__getitem__) if counts else None if found else "TN"
    if code not in table:
        code = "*" if "*" in table else None
    if code is None:
        return None
    days = [d for d in table[code] if d[0] <= year] or [table[code][0]]
    # (a nisba joins the span, a country's name stays out of it: "العيد الوطني لفرنسا" keeps the entity فرنسا)
    return code, days[-1][1], days[-1][2], nxt[0][1] if nxt and nxt[0][3] else m.end()


def _nearest_hijri(month: int, day: int, ref: dt.date, tense: int) -> dt.date | None:
    """A Hijri holiday without a year or a relative word: its occurrence nearest to ``ref``, the last one on or
    before it in a past clause (``tense`` -1: "احتفل المسلمون بعيد الأضحى"), the next one on or after it in a future
    one (1: "ستكون عطلة عيد الفطر"); read in June 2017, "المولد النبوي" is 11 December 2016 (172 days before), not
    30 November 2017 (182 days after), and a past "عيد الفطر" 6 July 2016.  The occurrences of the Hijri year of
    ``ref`` and those on each side (Umm al-Qura, hijridate)."""
    hy = hijri_year_of(ref)
    options = [dt.date.fromisoformat(iso) for y in (hy - 1, hy, hy + 1)
               if (iso := R.hijri_to_gregorian(y, month, day)) is not None]
    near = R.nearest_occurrence([(d, d) for d in options], ref, tense)
    return None if near is None else options[near]


def _in_year(cal: str, year: int, month: int, day: int) -> dt.date | None:
    """A holiday's date in Gregorian ``year``: a Hijri month and day, Easter, or a fixed month and day."""
    if cal == "hijri":
        return _hijri_in_year(year, month, day)
    if cal == "easter":
        return R.easter(year)
    if cal == "orthodox":  # the Orthodox Easter and the days after it ("شم النسيم": month 1, the Monday)
        return R.orthodox_easter(year) + dt.timedelta(days=month)
    if cal == "weekday":  # the n-th weekday of the month: day is weekday × 10 + n
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(day // 10 - first.isoweekday()) % 7 + 7 * (day % 10 - 1))
    return dt.date(year, month, day)


def _calendar(cal: str) -> str:
    """The calendar a holiday's date is written in (Easter's and the n-th weekday's are Gregorian)."""
    return "gregorian" if cal in ("easter", "orthodox", "weekday") else cal


def _hijri_attr(attrs: dict[str, Any], date: dt.date, cal: str) -> dict[str, Any]:
    if cal == "hijri":
        from hijridate import Gregorian

        h = Gregorian.fromdate(date).to_hijri()
        attrs["hijri"] = f"{h.year:04d}-{h.month:02d}-{h.day:02d}"
    return attrs


#: The words after "الساعة" that make it the hour before or after now ("الأخيرة" is the last hour of something)
_NEXT_OR_PAST_HOUR = frozenset({"المقبله", "القادمه", "الماضيه", "المنقضيه", "الفارطه"})
#: "من" after a phrase: a part of something ("الساعة الماضية من اللقاء")
_OF_AFTER = regex.compile(r"\s++(?:من|في)(?![\p{L}\p{M}])")


def h_rel_span(m: regex.Match[str], ctx: Context) -> Candidate | None:
    """The last/next N units as a DURATION ending (starting) at the reference: "العامين الماضيين" → P2Y,
    "الساعات الـ24 الماضية" → PT24H, "السنتين الأخيرتين" → P2Y, "آخر 10 سنوات" → P10Y, "الثلاثة الأشهر
    المنقضية" → P3M; ``direction`` past or future, and with a reference ``value``/``end_value`` of the interval
    in ``range``."""
    g = m.re.groupindex
    last = m[g["last"]] is not None  # "آخر 10 سنوات": the last N units
    unit_word = words(m[g["unit"]])
    if unit_word.startswith("ال") and unit_word[2:] in ctx.lex.units:
        unit_word = unit_word[2:]
    if unit_word not in ctx.lex.units:
        return None
    unit, dual = ctx.lex.units[unit_word]
    slot = g["num"] if m[g["num"]] else (g["pre"] if m[g["pre"]] else None)
    if slot is not None and m[g["num"]] and m[g["pre"]]:
        return None  # two counts
    if m[g["pre"]] and (words(m[g["unit"]]).startswith("ال") and unit_word in ctx.lex.singular_units):
        return None  # "مقتل العشرات الأسبوع الماضي": a count of people, then last week
    count: float
    if m[g["frac"]]:
        # "السنة ونصف الماضية" → P1Y6M, "العامين ونصف الماضيين" → P2Y6M: a definite singular or dual unit and
        # its half (not after a count, nor a plural: "السنوات ونصف")
        half = m[g["frac"]][0] != MASK or number(m, g["frac"], ctx) == (0.5, "fraction")
        if slot is not None or not words(m[g["unit"]]).startswith("ال") or not half \
                or not (dual == 2 or unit_word in ctx.lex.singular_units):
            return None
        count = dual + 0.5
    elif slot is not None:
        v = number(m, slot, ctx)
        if v is None or v[0] is None or v[0] <= 0 or v[0] != int(v[0]) or (m[g["pre"]] and v[1] != "cardinal"):
            return None
        count = int(v[0])
    elif dual == 2:
        count = 2
    elif unit_word == "ساعه" and not last and words(m[g["rel"]]) in _NEXT_OR_PAST_HOUR and not _OF_AFTER.match(
            ctx.text, m.end()):
        count = 1  # "في الساعة المقبلة": the next hour (not "الساعة الأخيرة من المباراة", an hour of something)
    else:
        return None  # "السنوات الماضية": a vague reference, read by the vague rule
    rel = "الاخير" if last else words(m[g["rel"]])
    direction = -1 if rel.startswith(("الماضي", "الاخير", "المنصرم", "الفارط", "المنقض", "الفايت")) else 1
    attrs: dict[str, Any] = {"anchor": "REF", "direction": "past" if direction < 0 else "future"}
    if ctx.ref is not None and unit in ("Y", "M", "W", "D"):
        if count == int(count):
            other = R.shift(ctx.ref, unit, direction * int(count))
        elif unit == "Y":  # a year and a half: 18 months
            other = R.shift(ctx.ref, "M", direction * round(count * 12))
        else:
            other = R.shift(ctx.ref, "D", direction * round(count * {"M": 30, "W": 7, "D": 1}[unit]))
        a, b = sorted((other, ctx.ref))
        attrs["range"] = {"start": a.isoformat(), "end": b.isoformat()}
    start = m.start(g["last"] if last else (g["pre"] if m[g["pre"]] else (g["art"] if m[g["art"]] else g["unit"])))
    if m[g["num"]] and not last and m.start(g["num"]) < start:  # "خلال 24 ساعة الماضية": the count opens the span
        start = m.start(g["num"])
    return Candidate(start, m.end(), "DURATION", R.duration(count, unit), attrs=attrs)


def h_night(m: regex.Match[str], ctx: Context) -> Candidate | None:
    """Tonight, last night, midnight: "الليلة" → ref TNI, "الليلة الماضية" / "ليل أمس" → ref − 1 TNI,
    "منتصف الليل" → T24:00, noon: "منتصف النهار" → T12:00, and this morning or evening: "هذا الصباح" → ref TMO."""
    g = m.re.groupindex
    if m[g["midnight"]]:
        return Candidate(m.start(), m.end(), "TIME", "T24:00")
    if m[g["noon"]]:
        if m[g["noontoday"]]:  # "منتصف نهار هذا اليوم": today's noon ("منتصف نهار اليوم" joins the day in merge_times)
            if ctx.ref is None:
                return Candidate(m.start(), m.end(), "TIME", None, resolved=False,
                                 attrs={"anchor": "REF", "offset": "P0D"})
            return Candidate(m.start(), m.end(), "TIME", f"{ctx.ref.isoformat()}T12:00",
                             attrs={"anchor": "REF", "offset": "P0D"})
        return Candidate(m.start(), m.end(), "TIME", "T12:00")
    if m[g["thispart"]]:  # "هذا الصباح" → ref TMO
        code = ctx.lex.day_parts[words(m[g["thispart"]])]
        if ctx.ref is None:
            return Candidate(m.start(), m.end(), "TIME", None, resolved=False,
                             attrs={"anchor": "REF", "offset": "P0D", "part_of_day": code})
        return Candidate(m.start(), m.end(), "TIME", f"{ctx.ref.isoformat()}T{code}",
                         attrs={"anchor": "REF", "part_of_day": code})
    if m[g["tonight"]]:
        rel = words(m[g["rel"]]) if m[g["rel"]] else ""
        days = -2 if rel.startswith("قبل") else (-1 if rel == "الماضيه" else (1 if rel else 0))
    else:
        days = ctx.lex.clock_days.get(m[g["dref"]], 1 if m[g["dref"]] == "غد" else -1)
    if ctx.ref is None:
        return Candidate(m.start(), m.end(), "TIME", None, resolved=False,
                         attrs={"anchor": "REF", "offset": R.offset(abs(days), "D", days), "part_of_day": "NI"})
    date = ctx.ref + dt.timedelta(days=days)
    return Candidate(m.start(), m.end(), "TIME", f"{date.isoformat()}TNI",
                     attrs={"anchor": "REF", "part_of_day": "NI"})


_ORDINALS = {"اول": 1, "ثاني": 2, "ثان": 2, "ثالث": 3, "رابع": 4, "خامس": 5, "اخر": -1, "الاخير": -1, "الاخيره": -1}


def h_ordinal(m: regex.Match[str], ctx: Context) -> Candidate | None:
    """An ordinal day of a month: "أول جمعة من شهر أيلول" → 2020-09-04, "أول يوم من رمضان" (Hijri,
    through hijridate), "آخر يوم من الشهر" → the last day of the reference month."""
    g = m.re.groupindex
    lex = ctx.lex
    if m[g["ord"]][0] == "\ue000":
        v = int_in(ctx.masks.get(m.start(g["ord"])), 1, 5)
        if v is None:
            return None
        n = v
    else:
        n = _ORDINALS[m[g["ord"]]]
    if m[g["month"]] or m[g["mnum"]]:
        if m[g["month"]]:
            cal, month = lex.months[words(m[g["month"]])]
        else:  # "أول ثلاثاء من شهر عشرة"
            by_number = int_in(number(m, g["mnum"], ctx), 1, 12)
            if by_number is None:
                return None
            cal, month = "gregorian", by_number
        year = int(m[g["year"]]) if m[g["year"]] else None
        if m[g["yrel"]] and ctx.ref is not None:  # "… من شهر مارس السنة القادمة"
            year = ctx.ref.year + lex.relative[words(m[g["yrel"]])]
    else:
        cal, month, year = "gregorian", None, None
    if year is None:
        if ctx.ref is None:
            return Candidate(m.start(), m.end(), "DATE", None, cal, False, attrs={"anchor": "REF"})
        if month is None:
            rel = lex.relative[words(m[g["rel"]])] if m[g["rel"]] else 0
            base = R.shift(ctx.ref.replace(day=1), "M", rel)
            year, month = base.year, base.month
        else:
            year = hijri_year_of(ctx.ref) if cal == "hijri" else ctx.ref.year
    assert month is not None
    if cal == "hijri":
        first = R.hijri_to_gregorian(year, month, 1)
        span = R.hijri_span(year, month)
        if first is None or span is None:
            return None
        days = [dt.date.fromisoformat(first) + dt.timedelta(days=i)
                for i in range((dt.date.fromisoformat(span.split("/")[1]) - dt.date.fromisoformat(first)).days + 1)]
    else:
        if not 1000 <= year <= 2200:
            return None
        start = dt.date(year, month, 1)
        days = [start + dt.timedelta(days=i) for i in range(31) if (start + dt.timedelta(days=i)).month == month]
    if m[g["wd"]]:
        name = words(m[g["wd"]])  # "جمعة" after an ordinal, "الاثنين" before الأخير
        wd = lex.weekdays.get(name, lex.weekdays.get("ال" + name))
        days = [d for d in days if d.isoweekday() == wd]
    if not days or (n > 0 and n > len(days)):
        return None
    date = days[n - 1] if n > 0 else days[-1]
    attrs: dict[str, Any] = {"anchor": "REF"} if not m[g["year"]] else {}
    if cal == "hijri":
        _hijri_attr(attrs, date, cal)
    if m[g["night"]]:  # "أول ليلة من رمضان", "الليلة الأخيرة من شهر رمضان": that day's night
        return Candidate(m.start(), m.end(), "TIME", f"{date.isoformat()}TNI", cal,
                         attrs={**attrs, "part_of_day": "NI"})
    return Candidate(m.start(), m.end(), "DATE", date.isoformat(), cal, attrs=attrs)
