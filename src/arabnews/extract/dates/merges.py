"""Combining chosen candidates: ranges of dates and of days, a clock time with its day, relations.

Each step takes the chosen candidates in text order and returns them with neighbours merged.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Container, Iterator
from functools import cache
from itertools import pairwise
from typing import Any

import regex

from ...lang.ar import CONJ, PROCLITIC
from ...lang.ar.serial import SERIAL
from ..numbers.gated import at_pos
from . import resolve as R
from .candidates import Candidate, Context
from .handlers.relative import future_cue, future_tense
from .months import lexicon
from .overlaps import Overlaps
from .patterns import MASK, NUMBER_WEEKDAYS, alt, patterns
from .reading import first_ordinal, last_word, prev_word
from .starts import _LETTER, _WS, NOT_START, _alt
from .values import absolute, fit_weekday

#: Between a day and its clock time: "يوم 14 أكتوبر على الساعة الثامنة", "مساء أمس في حدود الساعة العاشرة"
#: (and "تمام", exactly: "غدا في تمام الساعة 9", "اليوم الأحد في تمام الساعة الثامنة"; session 29, Recognizers-Text)
_TIME_GAP = regex.compile(r"[\s،,]*+(?:(?:من|في|عند|علي|حوالي|نحو|قرابه|في\s++حدود|علي\s++حدود)\s++)?(?:تمام\s++)?"
                          r"(?:يوم\s++)?")
_CONJ_LETTERS = CONJ.strip("[]")
#: Signal words that open a range and belong to its span ("من تموز حتى كانون الأول")
_RANGE_SIGNALS = ("من", "بين", "منذ")


def _word_start_before(text: str, pos: int) -> int:
    """Start of the word before ``pos``, after a leading و/ف of a range signal ("ومن" → "من")."""
    found = last_word(text, pos)
    if found is None:
        return pos
    start, end = found
    if text[start] in _CONJ_LETTERS and end - start > 2 and text[start + 1:end] in _RANGE_SIGNALS:
        start += 1
    return start


def _merge_pairs(chosen: list[Candidate], merge: Callable[[Candidate, Candidate], Candidate | None]) -> list[Candidate]:
    """``chosen`` with each pair of neighbours that ``merge`` joins replaced by what it returns (left to right:
    a candidate joined to the one before it is not joined to the one after)."""
    out: list[Candidate] = []
    i = 0
    while i < len(chosen):
        merged = merge(chosen[i], chosen[i + 1]) if i + 1 < len(chosen) else None
        if merged is not None:
            out.append(merged)
            i += 2
        else:
            out.append(chosen[i])
            i += 1
    return out


def merge_ranges(chosen: list[Candidate], ctx: Context) -> list[Candidate]:
    """"من تموز حتى كانون الأول 2016", "بين 2011 و2015" → one DATE with an ISO interval value."""
    p = patterns()

    def merge(a: Candidate, b: Candidate) -> Candidate | None:
        # (not a day word with its weekday, "اليوم السبت": it states the document's own day, read apart)
        dates = a.type == b.type == "DATE" and a.fields and b.fields and not _states_a_day(a) and not _states_a_day(b)
        # two clock times: "من 8 صباحا إلى 5 مساء", "بين الساعة التاسعة صباحا والخامسة مساء"
        # (the second on a named day: "من الساعة 9 صباحا حتى 11 صباحا يوم الخميس", both on that day)
        times = a.type == b.type == "TIME" and _clock(a) and (_clock(b) or _DAY_CLOCK.fullmatch(b.value or ""))
        if not (dates or times) or b.ns - a.ne > 12:
            return None
        gap = ctx.text[a.ne:b.ns]
        m = p.between.match(gap, None, None, SERIAL)
        # (not "من X إلى Y": a range, which :mod:`.moves` splits after a deferral)
        if (dates and ((m["conj"] == "الي") if m is not None else _TO_DAY.fullmatch(gap) is not None)
                and _days(a, b) and _moved(ctx.text, a.ns) and prev_word(ctx.text, a.ns) not in _RANGE_SIGNALS):
            _after_moved(a, b, ctx)
            return None
        if not m:
            return None
        word = prev_word(ctx.text, a.ns)
        conj = m["conj"]
        if not ((word == "بين" and conj == "و") or (word in ("من", "منذ", "بين") and conj != "و")
                or conj in ("-", "–") or (conj != "و" and dates and _days(a, b) and not _moved(ctx.text, a.ns))):
            return None
        include = word in _RANGE_SIGNALS
        return _range(a, b, ctx, include_signal=include) if dates else \
            _time_range(a, b, ctx.text, include_signal=include)

    return _merge_pairs(chosen, merge)


#: ل before the new day of a deferral ("أجلت المحكمة جلسة 2 أكتوبر لـ22 أكتوبر")
_TO_DAY = regex.compile(r"\s*لـ?\s*")


def _after_moved(a: Candidate, b: Candidate, ctx: Context) -> None:
    """The new day ``b`` of a deferral from ``a`` ("أجلت المحكمة جلسة 2 أكتوبر إلى 22 أكتوبر"), neither year written,
    takes the year ``a`` was read in, the next one when that puts it before ``a`` (in place; was read apart: a
    past verb gave 2016-10-02, and the new day 2017-10-22).  Not a day with its weekday (its year is the weekday's)."""
    fa, fb = a.fields or {}, b.fields or {}
    if fa.get("year") is not None or fb.get("year") is not None or fa.get("calendar") != fb.get("calendar") \
            or "weekday" in a.attrs or "weekday" in b.attrs or not a.value or not b.value:
        return
    read = str(a.attrs.get("hijri") or "") if fa["calendar"] == "hijri" else a.value  # the year in a's calendar
    if not read[:4].isdigit():
        return
    year = int(read[:4]) + ((fb["month"], fb["day"]) < (fa["month"], fa["day"]))
    b2 = absolute(b.ns, b.ne, fb["calendar"], year, fb["month"], fb["day"], ctx.ref, inferred=True)
    if b2 is not None and b2.value != b.value:
        b.value = b2.value
        b.attrs.update(b2.attrs)


def _days(a: Candidate, b: Candidate) -> bool:
    """Are ``a`` and ``b`` both a day of a month ("2 أكتوبر", "الجمعة 22 أكتوبر 2016")?"""
    return all((c.fields or {}).get("day") is not None and (c.fields or {}).get("month") is not None for c in (a, b))


#: How many words before a first date :func:`_moved` reads
_MOVE_REACH = 4


def _moved(text: str, pos: int) -> bool:
    """Is one of the few words before ``pos`` a word that moves a date to another ("أجلت المحكمة جلسة 2
    أكتوبر إلى 22 أكتوبر": the session of the 2nd put off to the 22nd; ``range_moves``)?"""
    stems = lexicon().range_moves
    for w in text[max(0, pos - 60):pos].split()[-_MOVE_REACH:]:
        if w[:1] in "وف" and len(w) > 3:
            w = w[1:]
        if w.startswith(stems):
            return True
    return False


def _states_a_day(c: Candidate) -> bool:
    """Is ``c`` a day word with its weekday ("اليوم السبت", "غدا الأحد": an offset in days and a weekday)?"""
    return "weekday" in c.attrs and str(c.attrs.get("offset", "")).endswith("D")


def _inverted(start: str | None, end: str | None) -> bool:
    """Does an interval from ``start`` to ``end`` run backwards ("منذ بداية شهر رمضان إلى غاية 4 جويلية 2016"
    read against a reference a year later, before the document's own day is known: the caller asks it of
    ends the reference resolved only; a range written backwards stays as written)?  Compared on the
    prefix both ISO values share (a day with a month, a year with a day); clock times are not compared."""
    if not start or not end or start.startswith("T") or end.startswith("T"):
        return False
    a, b = start.split("/")[0], end.split("/")[-1]
    n = min(len(a), len(b))
    return a[:n] > b[:n]


def _clock(c: Candidate) -> bool:
    """Is ``c`` a clock time of no day ("T08:00")?"""
    return c.value is not None and c.value.startswith("T") and "/" not in c.value


def _time_range(a: Candidate, b: Candidate, text: str, *, include_signal: bool) -> Candidate:
    """One TIME from clock time ``a`` to ``b``, as :func:`.handlers.clock.h_time` gives "من الساعة 9 حتى 11"."""
    ns = _word_start_before(text, a.ns) if include_signal else a.ns
    assert a.value is not None and b.value is not None
    day, at, clock = b.value.partition("T")
    end = day + _after(a.value, at + clock)
    start = day + a.value
    return Candidate(ns, b.ne, "TIME", f"{start}/{end}", resolved=b.resolved,
                     attrs={**b.attrs, "end_value": end, "range": {"start": start, "end": end}})


#: A clock time on a day ("2017-06-01T11:00")
_DAY_CLOCK = regex.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d")


def _after(start: str, end: str) -> str:
    """The end of a range of clock times, moved to the afternoon when it would fall before the start and
    twelve hours later does not: "من الساعة 10 صباحا إلى حدود الساعة الواحدة" → T13:00."""
    a, b = _CLOCK.fullmatch(start, None, None, SERIAL), _CLOCK.fullmatch(end, None, None, SERIAL)
    if a is None or b is None or (int(b["h"]), b["m"]) >= (int(a["h"]), a["m"]) or int(b["h"]) + 12 >= 24 \
            or (int(b["h"]) + 12, b["m"]) <= (int(a["h"]), a["m"]):
        return end
    return f"T{int(b['h']) + 12:02d}:{b['m']}"


def _range(a: Candidate, b: Candidate, ctx: Context, *, include_signal: bool) -> Candidate | None:
    """The interval a/b; ``a`` without a year takes ``b``'s (the year before if its month is later)."""
    fa = a.fields or {}
    b = _in_start_month(a, b, ctx) or b
    fb = b.fields or {}
    if fa.get("year") is None and fb.get("year") is not None and fa.get("calendar") == fb.get("calendar"):
        year = fb["year"]
        if fa.get("month") and fb.get("month") and fa["month"] > fb["month"]:
            year -= 1
        a2 = absolute(a.ns, a.ne, fa["calendar"], year, fa.get("month"), fa.get("day"), ctx.ref)
        if a2 is None:
            return None
        a = a2
    elif (fa.get("year") is None and fb.get("year") is None and fa.get("calendar") == fb.get("calendar") == "gregorian"
          and fa.get("month") and fb.get("month") and a.value and b.value and b.value[:4].isdigit()
          and _relative_end(b, ctx)):
        # the end's relative word dates the range ("من أبريل إلى يونيو الماضي/الماضيين", "من مارس إلى ماي المقبل"):
        # the start is in the end's year, the year before when its month is later (the start was read apart)
        year = int(b.value[:4]) - (fa["month"] > fb["month"])
        a2 = absolute(a.ns, a.ne, "gregorian", year, fa["month"], fa.get("day"), ctx.ref, inferred=True)
        if a2 is not None:
            a = a2
    elif (fa.get("year") is None and fb.get("year") is None and fa.get("calendar") == fb.get("calendar")
          and fa.get("month") and fb.get("month") and a.value and len(a.value) == len(b.value or "") >= 7
          and _inverted(a.value, b.value)):
        # neither year written, each read apart ("يتواصل من 2 أكتوبر حتى 22 أكتوبر": a future cue before
        # the first only): the end takes the start's year, the next one when its month comes before
        year = int(a.value[:4]) + (fb["month"] < fa["month"])
        b2 = absolute(b.ns, b.ne, fb["calendar"], year, fb["month"], fb.get("day"), ctx.ref)
        if b2 is not None:
            b = b2
    elif (fa.get("year") is not None and fb.get("year") is None and fa.get("calendar") == fb.get("calendar")
          and fa.get("month") and fb.get("month") and b.value and b.value[:4].isdigit() and not _relative_end(b, ctx)
          and int(b.value[:4]) != fa["year"] + (fb["month"] < fa["month"])):
        # the start's written year holds for the end read apart ("سيقام … من يوم غد الخميس 2 فيفري 2017 إلى غاية يوم 5
        # فيفري": a future cue made the end next year's; session 43)
        b2 = absolute(b.ns, b.ne, fb["calendar"], fa["year"] + (fb["month"] < fa["month"]), fb["month"],
                      fb.get("day"), ctx.ref)
        if b2 is not None:
            b = b2
    if _inverted(a.value, b.value) and ("anchor" in a.attrs or "anchor" in b.attrs):
        return None
    ns = _word_start_before(ctx.text, a.ns) if include_signal else a.ns
    return interval(ns, b.ne, a, b)


def _in_start_month(a: Candidate, b: Candidate, ctx: Context) -> Candidate | None:
    """The end ``b`` of a range read in its start's month when ``b`` is a day of the story's month ("ابتداء من 21
    فيفري الجاري إلى 25 من نفس الشهر", "من 1 رمضان إلى 10 من الشهر ذاته": the month just written, in its calendar,
    not the reference's, which the day-of-month rule gave it until :mod:`.anaphora` would have moved it); None when
    ``b`` is none or ``a`` names no month."""
    fa = a.fields or {}
    if b.attrs.get("anchor") != "PREV_DATE" or "day" not in b.attrs or b.attrs.get("offset") != "P0M" \
            or not fa.get("month"):
        return None
    cal, year = fa.get("calendar"), fa.get("year")
    if year is None:  # the start's year as read (the reference's, or its range's)
        read = a.attrs.get("hijri") if cal == "hijri" else a.value
        year = int(read[:4]) if read and read[:4].isdigit() else None
    return absolute(b.ns, b.ne, cal or "gregorian", year, fa["month"], b.attrs["day"], ctx.ref,
                    inferred=fa.get("year") is None)


def _relative_end(b: Candidate, ctx: Context) -> bool:
    """Does the date ``b`` end with a relative word of a month ("يونيو الماضي", "ماي المقبل", "الماضيين")?"""
    last = ctx.text[b.ns:b.ne].split()
    return bool(last) and last[-1] in ctx.lex.relative


def interval(ns: int, ne: int, a: Candidate, b: Candidate, **attrs: object) -> Candidate:
    """One DATE from the start of ``a`` to the end of ``b``: ``value`` the ISO interval, ``end_value``
    the end (a Hijri pair keeps its Hijri reading in ``hijri``)."""
    start = a.value.split("/")[0] if a.value else None
    end = b.value.split("/")[-1] if b.value else None
    out: dict[str, object] = {"range": {"start": start, "end": end}, **attrs}
    if a.calendar == b.calendar == "hijri":
        out["hijri"] = f"{a.attrs.get('hijri')}/{b.attrs.get('hijri')}"
    if end is not None:
        out["end_value"] = end
    value = f"{start}/{end}" if start and end else None
    return Candidate(ns, ne, "DATE", value, a.calendar, a.resolved and b.resolved, attrs=out)


@cache
def _days_before() -> regex.Pattern[str]:
    """The days before a day-and-month date that share its month: "من 8 إلى", "بين 10 و", "يومي 18 و",
    "أيام 4 و5 و", "ليلتي 3 و", "من 18 إلى غاية", "يومي السبت 8 و" (a weekday may precede the first), "من
    الثامن إلى" (a masked ordinal, the first day only)."""
    wd = "|".join(sorted(lexicon().weekdays, key=len, reverse=True))
    return regex.compile(
        rf"(?:(?<![\p{{L}}\p{{M}}]){CONJ}?(?:(?P<sig>من|بين)\s*+)?(?P<days>(?:يومي|ايام|ليلتي|ليالي)\s*+)?)?"
        rf"(?:(?P<wd>{wd})(?:\s*+و\s*+(?:{wd}))?\s*+[،,]?\s*+)?"
        # (the first day glued to the signal or the plural of يوم: "يومي17 و18 جويلية", "بين10 و12 أفريل")
        rf"(?:(?<![\d\p{{L}}])|(?<=(?<![\p{{L}}\p{{M}}]){CONJ}?(?:من|بين|يومي|ايام|ليلتي|ليالي)))(?P<d1>\d{{1,2}}|(?<!{MASK}){MASK}++)(?:\s*+(?:[،,]|و)\s*+(?P<dn>\d{{1,2}}))*+\s*+"
        r"(?P<conj>-|–|و|او|و?(?:الي|حتي)(?:\s++(?:غايه|حدود))?|و?لغايه)\s*+$")


#: How the conjunction of :func:`_days_before` ends: the text before a date that it matches ends so
#: once its white space is stripped (a test checks the pattern's conjunctions against them).
_DAYS_CONJ_ENDS = ("-", "–", "و", "او", "الي", "حتي", "غايه", "حدود")


def day_ranges(chosen: list[Candidate], text: str, masks: dict[int, tuple[float, str]] | None = None,
               memo: dict[tuple[str, int, int], Any] | None = None) -> list[Candidate]:
    """Days before a day-and-month date that share its month.

    A range ("من 8 إلى 24 جوان 2017", "بين 10 و12 أفريل") or consecutive days joined by و ("يومي 18 و19
    جانفي", "أيام 7 و8 و9 جوان") make one DATE with an interval value, the signal word or the plural of يوم
    in its span; days joined by و that are not consecutive ("يومي 22 و24 مارس", "أيام 4 و5 و8 ديسمبر"),
    or by أو ("يوم 16 أو 17 فيفري"), are each a DATE of their own.  ``memo`` (the stage's
    :attr:`.Context.memo`) keeps what the text before each date holds for a second reading of the same text.
    """
    out: list[Candidate] = []
    for cand in chosen:
        value = cand.value
        if cand.type == "DATE" and value and len(value) == 10 and cand.fields and cand.fields.get("day"):
            m = _days_before_date(text, cand.ns, memo)
            # ("بين 10 و12", "بين 4-22 يناير", and with إلى/حتى as news write it: "في الفترة بين 22 الى 27 ماي 2017",
            # session 36; "يوم 5 أو 12 نوفمبر" without a signal only)
            if m and (m["sig"] != "بين" or m["conj"] in ("و", "-", "–", "الي", "حتي", "والي", "وحتي")) \
                    and not (m["sig"] and m["conj"] == "او"):
                while out and out[-1].ns >= m.start() and out[-1].ne <= cand.ns and "weekday" in out[-1].attrs \
                        and (not (out[-1].fields or {}).get("day") or out[-1].ne == m.end("d1")):
                    # "يومي السبت 8 والأحد 9": the weekday (with its day, read alone before a second weekday and day
                    # without a month: "يومي الجمعة 16 والسبت 17 بقصر المؤتمرات") is part of the range
                    out.pop()
                first = _first_day(m, masks)
                if first is None:
                    out.append(cand)
                    continue
                days = [first, *(int(d) for d in m.captures("dn"))] + [cand.fields["day"]]
                free = not out or out[-1].ne <= m.start()
                if free and 1 <= days[0] and all(a < b for a, b in pairwise(days)):
                    listed = m["sig"] is None and m["conj"] in ("و", "او")
                    # days that are not consecutive, or alternatives ("يوم 16 أو 17 فيفري"): a date each
                    if listed and (m["conj"] == "او" or any(b - a != 1 for a, b in pairwise(days))):
                        if cand.calendar == "gregorian":
                            for d, (ns, ne) in zip(days[:-1], [m.span("d1"), *m.spans("dn")], strict=True):
                                out.append(Candidate(ns, ne, "DATE", f"{value[:8]}{d:02d}", cand.calendar,
                                                     fields={**cand.fields, "day": d}))
                        out.append(cand)
                        continue
                    ranged = _day_range(cand, days[0], value, m.start())
                    if ranged is not None:
                        out.append(ranged)
                        continue
        out.append(cand)
    return out


def _days_before_date(text: str, ns: int, memo: dict[tuple[str, int, int], Any] | None) -> regex.Match[str] | None:
    """:func:`_days_before`'s match before a date at ``ns`` ("من 8 إلى" of "من 8 إلى 24 جوان"), or None;
    remembered in ``memo`` when there is one."""
    key = ("days", ns, 0)
    if memo is not None and key in memo:
        found: regex.Match[str] | None = memo[key]
        return found
    found = None
    if text[max(0, ns - 60):ns].rstrip().endswith(_DAYS_CONJ_ENDS):
        found = _days_before().search(text, max(0, ns - 60), ns, SERIAL)
    if memo is not None:
        memo[key] = found
    return found


def _first_day(m: regex.Match[str], masks: dict[int, tuple[float, str]] | None) -> int | None:
    """The first day of :func:`_days_before`'s match: digits, or a masked ordinal ("من الثامن إلى")."""
    if m["d1"][0] != MASK:
        return int(m["d1"])
    v = (masks or {}).get(m.start("d1"))
    if v is None or v[1] != "ordinal" or v[0] != int(v[0]) or not 1 <= v[0] <= 31:
        return None
    return int(v[0])


def _day_range(cand: Candidate, first: int, value: str, ns: int) -> Candidate | None:
    """The interval from day ``first`` of ``cand``'s month to ``cand``, starting at ``ns``."""
    if cand.calendar == "hijri":
        hijri = str(cand.attrs.get("hijri"))
        dt_ = R.hijri_to_gregorian(int(hijri[:4]), int(hijri[5:7]), first)
        start_value = dt_ or ""
        hijri_range = {"hijri": f"{hijri[:8]}{first:02d}/{hijri}", "gregorian": f"{dt_}/{value}"}
    else:
        start_value, hijri_range = f"{value[:8]}{first:02d}", {}
    if not start_value:
        return None
    return Candidate(ns, cand.ne, "DATE", f"{start_value}/{value}", cand.calendar,
                     attrs={**cand.attrs, "range": {"start": start_value, "end": value}, "end_value": value,
                            **hijri_range})


def merge_times(chosen: list[Candidate], text: str) -> list[Candidate]:
    """A clock time next to a day ("الساعة الثالثة فجر يوم الخميس") becomes one TIME with both; so does a
    part of a day before a clock time, the part setting the hour's half ("مساء أمس على الساعة العاشرة" →
    the day before the reference at 22:00)."""
    out: list[Candidate] = []
    for cand in chosen:
        prev = out[-1] if out else None
        if prev is not None and cand.ns - prev.ne <= 12:
            pair = (prev, cand) if _is_clock(prev) else (cand, prev)
            clock, day = pair
            if _is_clock(clock) and (gap := _TIME_GAP.fullmatch(text, prev.ne, cand.ns, SERIAL)) is not None:
                # "حوالي الساعة الثامنة"
                mod = clock.mod or ("APPROX" if _ABOUT.search(gap.group(), None, None, SERIAL) else None)
                if day.type == "DATE" and (day.value is None or len(day.value) == 10):
                    # (a range of clock times on that day: "أمس من الساعة الخامسة إلى غاية منتصف الليل")
                    value = "/".join(f"{day.value}{t}" for t in (clock.value or "").split("/")) if day.value else None
                    out[-1] = Candidate(prev.ns, cand.ne, "TIME", value, resolved=day.resolved, mod=mod,
                                        attrs={**day.attrs, "time": clock.value})
                    continue
                if day is prev and (part := _PART_OF_A_DAY.fullmatch(day.value or "")) is not None \
                        and (at := _clock_in_part(clock.value or "", part["code"])) is not None:
                    out[-1] = Candidate(prev.ns, cand.ne, "TIME", f"{part['day']}{at}", mod=mod,
                                        attrs={**day.attrs, "time": at})
                    continue
        if _is_clock(cand) and (moved := _part_before_clock(cand, text, prev)) is not None:
            cand = moved
        out.append(cand)
    return out


@cache
def _parts_before_clock() -> tuple[regex.Pattern[str], regex.Pattern[str], dict[str, str]]:
    """A part of the day as an adverb right before a clock time ("مساء الساعة السابعة", "بعد الظهر الساعة 7",
    "ليلا على الساعة 11"), and any part of the day (to find one in the clock time's own span)."""
    lex = lexicon()
    before = {**lex.day_parts_after, **{w: c for w, c in lex.day_parts.items() if w.startswith("بعد ") or w == "زوالا"}}
    adverb = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?P<part>{alt(before)})[\s،,]*+"
                           r"(?:(?:علي|في|عند|حوالي|نحو|قرابه)\s++)?(?:تمام\s++)?$")
    own = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{alt(lex.day_parts)})(?![\p{{L}}\p{{M}}])")
    return adverb, own, before


@cache
def _part_ends() -> tuple[str, ...]:
    return tuple(_parts_before_clock()[2])


def _part_before_clock(cand: Candidate, text: str, prev: Candidate | None) -> Candidate | None:
    """A clock time without a part of its own after a part of the day as an adverb takes it: "بعد الظهر الساعة
    7" → T19:00 (Recognizers-Text), "ليلا على الساعة 11"; the part opens the span."""
    adverb, own, codes = _parts_before_clock()
    lo = max(0, cand.ns - 40, prev.ne if prev is not None else 0)
    tail = text[lo:cand.ns].rstrip(" \t\n،,")
    for word in ("تمام", ("علي", "في", "عند", "حوالي", "نحو", "قرابه")):  # a cheap test before the search
        if tail.endswith(word) and (cut := tail[:len(tail) - len(tail.rsplit(None, 1)[-1])]).endswith((" ", "\n")):
            tail = cut.rstrip(" \t\n،,")
    if not tail.endswith(_part_ends()):
        return None
    m = adverb.search(text, lo, cand.ns)
    if m is None or own.search(text, cand.ns, cand.ne) is not None:
        return None
    at = _clock_in_part(cand.value or "", codes[m["part"]])
    if at is None:
        return None
    return Candidate(m.start(), cand.ne, "TIME", at, resolved=cand.resolved, mod=cand.mod, attrs={**cand.attrs})


_ABOUT = regex.compile(r"حوالي|نحو|قرابه|حدود")


def _is_clock(cand: Candidate) -> bool:
    """Is ``cand`` a clock time without a day ("T10:00")?"""
    return cand.type == "TIME" and bool(cand.value) and (cand.value or "").startswith("T")


#: A part of a named day: "2017-05-31TEV"
_PART_OF_A_DAY = regex.compile(r"(?P<day>\d{4}-\d\d-\d\d)T(?P<code>MO|MI|AF|EV|NI)")
_CLOCK = regex.compile(r"T(?P<h>\d\d):(?P<m>\d\d)")


def _clock_in_part(clock: str, code: str) -> str | None:
    """The clock time ``clock`` ("T10:00") in the part of the day ``code``, as the time rule reads "العاشرة
    مساء": the afternoon and evening add 12 hours to a morning hour, the night from 6 to 11, midday
    before 6; None for an interval or seconds."""
    m = _CLOCK.fullmatch(clock)
    if m is None:
        return None
    hour = int(m["h"])
    if (code in ("AF", "EV") and hour < 12) or (code == "MI" and hour < 6) or (code == "NI" and 6 <= hour < 12):
        hour += 12
    elif code in ("MO", "NI") and hour == 12:
        hour = 0
    return f"T{hour % 24:02d}:{m['m']}"


@cache
def _weekday_link() -> regex.Pattern[str]:
    """A weekday (after an optional يوم), a comma and a link word ("الموافق", then ل/لـ) ending where a
    date starts; searched in the stretch before the date."""
    lex = lexicon()
    return regex.compile(rf"""(?<![\p{{L}}\p{{M}}\d{MASK}])(?:{PROCLITIC})(?P<wd>(?:يوم\s++)?{alt(lex.weekdays)})
        (?![\p{{L}}\p{{M}}])\s*+[،,]?\s*+(?:{alt(lex.date_links)}(?![\p{{L}}\p{{M}}])\s*+(?:لـ?\s*+)?)?$""",
                          regex.VERBOSE | regex.V0)


#: A value that starts with a full Gregorian day
_DAY_VALUE = regex.compile(r"\d{4}-\d\d-\d\d")


def weekday_dates(chosen: list[Candidate], text: str) -> list[Candidate]:
    """A weekday written right before the date it names joins it, with a link word or without: "الثلاثاء
    التاسع عشر من هذا الشهر", "يوم الأحد الموافق 25 جوان 2017", "يوم السبت 21/09 الساعة 1:30 بعد الظهر"
    → one span with the date's value and the weekday in ``attrs`` (``weekday_ok`` when they agree).  The
    weekday's own candidate, when one was chosen, is absorbed; a day relative to the reference ("أمس",
    "غدا") takes no weekday this way (its rule reads "أمس الخميس")."""
    out: list[Candidate] = []
    lex = lexicon()
    for cand in chosen:
        # a written day: a date with its day, or a clock time merged with one (not the reference day of a
        # part of the day: "اليوم الاثنين إثر صلاة العصر" stays two spans)
        has_day = (cand.fields is not None and cand.fields.get("day") is not None) or (
            cand.type == "TIME" and "time" in cand.attrs and cand.value is not None
            and _DAY_VALUE.match(cand.value) is not None)
        if (cand.type in ("DATE", "TIME") and has_day and "weekday" not in cand.attrs
                and not str(cand.attrs.get("offset", "")).endswith("D") and "/" not in (cand.value or "")):
            m = _weekday_link().search(text, max(0, cand.ns - 40), cand.ns, SERIAL)
            prev = out[-1] if out else None
            if m is not None and m.start("wd") < cand.ns:
                ws, we = m.span("wd")
                # the weekday's own candidate, or a day named with it ("اليوم الأربعاء الموافق ل15 جوان")
                own = prev is not None and prev.ne > ws and prev.ne <= we and (
                    prev.ns >= ws or (prev.ne == we and "weekday" in prev.attrs))
                if prev is None or prev.ne <= ws or own:
                    if own:
                        out.pop()
                    cand.ns = min(ws, prev.ns) if own and prev is not None else ws
                    wd = lex.weekdays[m["wd"].split()[-1]]
                    cand.attrs["weekday"] = wd
                    if cand.value is not None and _DAY_VALUE.match(cand.value):
                        fit_weekday(cand, wd)
        out.append(cand)
    return out


#: Attributes of a date named by a word, not written as a day, month or year ("بعد عيد الفطر", "قبل الجمعة")
_WRITTEN_DAY = frozenset({"holiday", "weekday", "offset", "season", "prayer", "part_of_day"})
#: The TIMEX3 ``mod`` of a written date after a signal word of ``relation_words`` (not "منذ": a since-interval)
_RELATION_MODS = {"before": "BEFORE", "after": "AFTER", "until": "ON_OR_BEFORE"}
#: A TIME value with a clock time ("T10:00", "2017-05-28T24:00"), not a part of the day ("2017-06-01TAF")
_CLOCK_VALUE = regex.compile(r"T\d\d:\d\d(?::\d\d)?\Z")


@cache
def _two_word_tails() -> frozenset[str]:
    """The last words of the signals of two words of ``relation_words`` ("غايه" of "الي غايه")."""
    return frozenset(w.split()[-1] for w in lexicon().relations if " " in w)


def add_relation(cand: Candidate, text: str, ref: dt.date | None) -> None:
    """The signal word before a DATE or DURATION as its ``relation``: "بعد 4 أعوام" → after.

    "منذ" before an absolute date makes a since-interval, one span with the signal: "منذ عام 2012" →
    value ``2012/2020-06-02`` (to the reference date), ``end_value`` the reference date; without a
    reference the value is the start (2012), ``end_value`` None and ``end_anchor`` REF — never today.
    """
    if "relation" in cand.attrs:
        return
    clock = cand.type == "TIME" and cand.mod is None and cand.value is not None and "/" not in cand.value \
        and _CLOCK_VALUE.search(cand.value, None, None, SERIAL) is not None  # (on a day word too: "حتى منتصف ليل أمس")
    if (cand.type not in ("DATE", "DURATION") or cand.attrs.get("offset")) and not clock:
        return
    word = prev_word(text, cand.ns)
    relation = lexicon().relations.get(word)
    signal = None  # the start and end of a signal of two words ("إلى غاية")
    if relation is None and word in _two_word_tails() and (last := last_word(text, cand.ns)) is not None:
        relation = lexicon().relations.get(f"{prev_word(text, last[0])} {word}")
        if relation is not None and (first := last_word(text, last[0])) is not None:
            signal = (first[0], last[1])
    if relation is None or (clock and relation not in _RELATION_MODS):
        return
    cand.attrs["relation"] = relation
    mod = _RELATION_MODS.get(relation)
    if mod is not None and (clock or (
            cand.type == "DATE" and cand.mod is None and cand.value is not None
            and not cand.value.endswith("_REF") and "/" not in cand.value
            and cand.attrs.get("anchor") in (None, "REF") and _WRITTEN_DAY.isdisjoint(cand.attrs))):
        # (session 27) a clock time too, on a named day or not: "قبل الساعة العاشرة" BEFORE, "بعد منتصف الليل"
        # AFTER, "حتى الساعة الخامسة مساء يوم الأحد" ON_OR_BEFORE; not a part of the day ("بعد ظهر اليوم" is
        # the afternoon, no time after noon)
        # "قبل 2011" → BEFORE, "بعد 14 جانفي 2011" → AFTER, "حتى 2020" → ON_OR_BEFORE: one span with the signal, as
        # "منذ 2011" is (session 26; TIMEX3's mod; Recognizers-Text's Mod "before"/"after"/"until")
        found = signal or last_word(text, cand.ns)
        cand.mod = mod
        if found is not None and found[1] < cand.ns:  # (a glued "حتى23 جانفي 2016" keeps its span)
            start, end = found
            cand.ns = start + 1 if text[start] in _CONJ_LETTERS and end - start > 3 else start
    if relation == "since" and cand.type == "DATE" and cand.fields is not None and "end_value" not in cand.attrs:
        if last_word(text, cand.ns) is not None:
            cand.ns = _word_start_before(text, cand.ns)
            cand.attrs["end_value"] = ref.isoformat() if ref is not None else None
            if ref is None:
                cand.attrs["end_anchor"] = "REF"
            elif cand.value is not None:
                since = _since_past(cand.value.split("/")[0], cand, ref)
                cand.attrs["range"] = {"start": since, "end": ref.isoformat()}
                cand.value = f"{since}/{ref.isoformat()}"


def _since_past(start: str, cand: Candidate, ref: dt.date) -> str:
    """The start of a since-interval whose year the reference gave, in the past: "منذ 7 أكتوبر" read on
    2 June 2024 is since 7 October 2023 (not 2024, after its end); a written year is kept."""
    if cand.attrs.get("anchor") != "REF" or start <= ref.isoformat()[:len(start)] or not start[:4].isdigit() \
            or start.endswith("02-29"):
        return start
    return f"{int(start[:4]) - 1:04d}{start[4:]}"


_DURATION = regex.compile(r"P(?:(?P<Y>\d+)Y)?(?:(?P<M>\d+)M)?(?:(?P<W>\d+)W)?(?:(?P<D>\d+)D)?"
                          r"(?:T(?:(?P<H>\d+)H)?(?:(?P<MIN>\d+)M)?(?:(?P<S>\d+)S)?)?")
_AND = regex.compile(r"\s*+[،,]?\s*+و\s*+")
_AND_OR = regex.compile(r"\s*+[،,]?\s*+(?:و|او\s)\s*+")


def weekday_pairs(chosen: list[Candidate], text: str) -> list[Candidate]:
    """A weekday joined to the weekday before it falls in the same stretch of days: "يومي السبت والأحد"
    with a Friday reference → Saturday and the Sunday after it, not the Sunday before; a relative word
    after the last weekday holds for the one before it too ("يومي السبت والأحد الماضيين" → the
    Saturday before that Sunday)."""
    pairs = [(a, b) for a, b in pairwise(chosen)
             if a.type == b.type == "DATE" and a.value and b.value and len(a.value) == len(b.value) == 10
             and "weekday" in a.attrs and "weekday" in b.attrs and _AND_OR.fullmatch(text, a.ne, b.ns, SERIAL)]
    for a, b in reversed(pairs):
        if a.attrs.get("anchor") == "REF" and "offset" not in a.attrs and not _ends_relative(a, text) \
                and _ends_relative(b, text):
            day = dt.date.fromisoformat(b.value)  # type: ignore[arg-type]
            back = (day.isoweekday() - dt.date.fromisoformat(a.value).isoweekday()) % 7 or 7  # type: ignore[arg-type]
            a.value = (day - dt.timedelta(days=back)).isoformat()
    for a, b in pairs:
        if (a.attrs.get("anchor") == "REF" and b.attrs.get("anchor") == "REF" and "offset" not in b.attrs
                and b.value < a.value and not _ends_relative(b, text)):  # type: ignore[operator]
            day = dt.date.fromisoformat(b.value)  # type: ignore[arg-type]
            while day.isoformat() < a.value:  # type: ignore[operator]
                day += dt.timedelta(days=7)
            b.value = day.isoformat()
    return chosen


def weekday_ranges(chosen: list[Candidate], text: str) -> list[Candidate]:
    """A range of weekdays opened by "من" is one interval from the first to the next such day on or after it:
    "من الخميس إلى السبت" read on Thursday 1 June 2017 → 2017-06-01/2017-06-03 (not a Saturday the week before);
    "من الاثنين حتى الجمعة"; without "من" too ("يتواصل المهرجان الجمعة حتى الأحد", "يوم الجمعة إلى غاية
    الأحد", session 21).  A relative word after the last weekday holds for the range (session 22): "من الجمعة
    إلى الأحد المقبل" is the Friday before next Sunday to that Sunday, and "بين" opens a range joined by "و"
    ("بين السبت والاثنين القادم").  A weekday with a day word of its own, or a first one with a relative word,
    is left alone."""
    p = patterns()

    def merge(a: Candidate, b: Candidate) -> Candidate | None:
        m = p.between.match(text[a.ne:b.ns], None, None, SERIAL) if b.ns - a.ne <= 12 else None
        before = prev_word(text, a.ns)
        since = before == "من"
        between = before in ("بين", "وبين")
        if not (m is not None and (m["conj"] not in ("و", "-", "–") or (between and m["conj"] == "و"))
                and (since or between or not _moved(text, a.ns)) and a.type == b.type == "DATE"
                and a.value and b.value and len(a.value) == len(b.value) == 10
                and "weekday" in a.attrs and "weekday" in b.attrs and "offset" not in a.attrs
                and "offset" not in b.attrs and not _ends_relative(a, text)):
            return None
        gap = (int(b.attrs["weekday"]) - int(a.attrs["weekday"])) % 7 or 7
        if _ends_relative(b, text):  # "من الجمعة إلى الأحد المقبل": the last day is fixed, the first before it
            a.value = (dt.date.fromisoformat(b.value) - dt.timedelta(days=gap)).isoformat()
        elif between:
            return None  # "بين السبت والأحد" without a relative word: left as it was
        else:
            b.value = (dt.date.fromisoformat(a.value) + dt.timedelta(days=gap)).isoformat()
        return interval(_word_start_before(text, a.ns) if since or between else a.ns, b.ne, a, b, anchor="REF")

    return _merge_pairs(chosen, merge)


_WEEK_VALUE = regex.compile(r"\d{4}-W\d\d")
_WEEK_OFFSET = regex.compile(r"(?P<sign>-?)P(?P<n>\d)W")
#: Between a written week and its weekday: "الأسبوع المقبل يوم الجمعة", "هذا الأسبوع، الخميس"
_WEEK_GAP = regex.compile(r"\s*+[،,]?\s*+(?:(?:في|يوم)\s++)?")


def week_weekdays(chosen: list[Candidate], text: str, ref: dt.date | None) -> list[Candidate]:
    """A week relative to the reference and the weekday right after it are one day of that week:
    "الأسبوع المقبل يوم الجمعة", "هذا الأسبوع الجمعة", "الأسبوع الماضي الأحد" → that weekday of the week
    (weeks start on Sunday, as for "الجمعة من الأسبوع المقبل", which the weekday rule reads itself)."""
    if ref is None or len(chosen) < 2:
        return chosen
    out: list[Candidate] = []
    for cand in chosen:
        prev = out[-1] if out else None
        if (prev is not None and prev.type == cand.type == "DATE" and prev.value and cand.value
                and _WEEK_VALUE.fullmatch(prev.value, None, None, SERIAL) and prev.attrs.get("anchor") == "REF"
                and "weekday" in cand.attrs and cand.fields is None and len(cand.value) == 10
                and "offset" not in cand.attrs and not _ends_relative(cand, text)
                and _WEEK_GAP.fullmatch(text, prev.ne, cand.ns)):
            week = _WEEK_OFFSET.fullmatch(str(prev.attrs.get("offset", "")))
            if week is not None:
                rel = int(week["n"]) * (-1 if week["sign"] else 1)
                sunday = ref - dt.timedelta(days=ref.isoweekday() % 7) + dt.timedelta(weeks=rel)
                wd = cand.attrs["weekday"]
                out[-1] = Candidate(prev.ns, cand.ne, "DATE", (sunday + dt.timedelta(days=wd % 7)).isoformat(),
                                    attrs={"anchor": "REF", "weekday": wd})
                continue
        out.append(cand)
    return out


def _ends_relative(c: Candidate, text: str) -> bool:
    """Does the span of ``c`` end with a relative word ("الماضي", "المقبلين")?"""
    found = last_word(text, c.ne)
    return found is not None and found[0] > c.ns and text[found[0]:found[1]] in lexicon().relative


def months_share_year(chosen: list[Candidate], text: str) -> list[Candidate]:
    """Months joined by و/أو whose year is not written share one stretch of time: "أشهر جوان وجويلية
    وأوت" with a January reference is June, July and August of one year ("ديسمبر وجانفي" crosses into
    the next), where each alone would take the year nearest the reference; a relative word or a written year
    after the last month holds for the months before it ("أكتوبر أو نوفمبر المقبل", "أكتوبر ونوفمبر المقبلين",
    "سبتمبر وأكتوبر 2016", "ديسمبر وجانفي 2017" → December 2016); days of months as well ("20 نوفمبر و20 ديسمبر
    2014" → 20 November 2014)."""
    pairs = [(a, b) for a, b in pairwise(chosen)
             if a.type == b.type == "DATE" and a.calendar == b.calendar and _month_or_day(a) and _month_or_day(b)
             and _AND_OR.fullmatch(text, a.ne, b.ns, SERIAL)]
    for a, b in reversed(pairs):  # the relative word or the written year of the last month, back to the first
        if _inferred(a, text) and (_ends_relative(b, text) or "anchor" not in b.attrs):
            _set_year(a, int(b.value[:4]) - (_month(a) > _month(b)))  # type: ignore[index]
            if "anchor" not in b.attrs:  # a written year: no reference in it
                a.attrs.pop("anchor", None)
    for a, b in pairs:
        if _inferred(b, text):
            later = _month(b) < _month(a) or (_month(b) == _month(a) and _year_month(b))
            _set_year(b, int(a.value[:4]) + later)  # type: ignore[index]
    return chosen


def _month(c: Candidate) -> int:
    """The month of a value of :func:`_month_or_day`: a later month's year is the next one ("ديسمبر وجانفي"), two
    days of one month share it ("20 نوفمبر و5 نوفمبر 2014")."""
    return int((c.value or "")[5:7])


def _month_or_day(c: Candidate) -> bool:
    """A month of a year or a day of a month of a year: "2014-12", "2014-12-20" (days joined by و share a year
    too: "يومي 20 نوفمبر و20 ديسمبر2014" → 2014-11-20, session 33)."""
    v = c.value
    return v is not None and (_year_month(c) or (len(v) == 10 and v[7] == "-" and v[:4].isdigit()
                                                 and v[5:7].isdigit() and v[8:].isdigit()))


def _year_month(c: Candidate) -> bool:
    v = c.value
    return v is not None and len(v) == 7 and v[4] == "-" and v[:4].isdigit() and v[5:].isdigit()


def _inferred(c: Candidate, text: str) -> bool:
    """A month whose year was inferred from the reference, with no relative word ("وجويلية", "شهر أوت")."""
    return c.attrs.get("anchor") == "REF" and "offset" not in c.attrs and not _ends_relative(c, text)


def _set_year(c: Candidate, year: int) -> None:
    c.value = f"{year:04d}{c.value[4:]}"  # type: ignore[index]
    if c.fields is not None and "year" in c.fields:
        c.fields["year"] = year


#: "الأشهر العشرة الأولى من", "ال3 أشهر الأولى من", "الشهرين الأخيرين من": the first or last months of a year
#: ("من" may be left out before the year: "خلال الشهرين الأولين 2017"); the count in digits after the noun, with or
#: without the article (session 36: "خلال الأشهر الـ10 الأولى من 2014", "الأشهر 11 الأولى من سنة 2016")
_PART_OF_YEAR = regex.compile(
    r"(?:(?:ال)?(?P<n>\d{1,2}|\ue000++)\s*(?:اشهر|شهور)"
    r"|(?:الاشهر|الشهور)\s+(?:(?:ال(?:ـ\s*)?)?(?P<n2>(?<!\d)\d{1,2}(?!\d))|(?P<n2>\ue000++))|(?P<two>الشهرين))"
    r"\s+(?P<w>الاولي|الاولين|الاخيره|الاخيرين|\ue000++)\s+(?:من\s+|ل(?=(?:ال)?(?:عام|سنه)))?")
#: What every match of :data:`_PART_OF_YEAR` holds: its month word ("اشهر", "الاشهر" and "الشهرين" hold
#: "شهر" or "شهرين"), white space and the start of the next word, an article, the mask or a digit (a ``re`` search
#: that skips to "شه"; regions with a month word and no such pair are most of those with one)
_PART_OF_YEAR_GATE = re.compile(rf"(?:شهر|شهور|شهرين){_WS}+(?:ال|{MASK}|\d)")
_WRITTEN_YEAR = regex.compile(r"(?:(?:سنه|عام|العام)\s*)?(?P<y>(?<!\d)\d{4}(?!\d))")
#: "من العام", "من السنة" with nothing after them: the reference year ("الأشهر الستة الأولى من العام")
_BARE_YEAR_WORD = regex.compile(r"(?<=من\s+)(?:العام|السنه)(?![\p{L}\p{M}])(?!\s+(?:ال|\d|\ue000))")
_YEAR_VALUE = regex.compile(r"\d{4}")


def part_of_year(chosen: list[Candidate], text: str, masks: dict[int, tuple[float, str]], lo: int = 0,
                 hi: int | None = None, memo: dict[tuple[str, int, int], Any] | None = None,
                 ref: dt.date | None = None) -> list[Candidate]:
    """The first or last months of a year are one interval: "الأشهر العشرة الأولى من 2015" →
    2015-01/2015-10, "الشهرين الأولين من السنة الجارية" → the reference year's January and February,
    "الأشهر الثلاثة الأخيرة من 2016" → 2016-10/2016-12 (economic news counts by them)."""
    hi = len(text) if hi is None else hi
    if not _gate(memo, "part_of_year", lo, hi, lambda: _PART_OF_YEAR_GATE.search(text, lo, hi) is not None):
        return chosen  # most regions: no regex scan at all
    found: list[Candidate] = []
    for m in _PART_OF_YEAR.finditer(text, lo, hi, False, SERIAL):  # the region only: the stage calls this per region
        if m["w"][0] == MASK and masks.get(m.start("w")) != (1, "ordinal"):  # "الأولى", read as the ordinal 1
            continue
        if m["two"]:
            n = 2
        else:
            g = "n" if m["n"] else "n2"
            n = int(m[g]) if m[g].isdigit() else int(masks.get(m.start(g), (0, ""))[0])
        if not 1 <= n <= 12:
            continue
        year_end: tuple[int, int] | None = None
        attrs: dict[str, Any] = {}
        y = _WRITTEN_YEAR.match(text, m.end())
        bare = _BARE_YEAR_WORD.match(text, m.end()) if y is None and ref is not None else None
        if y is not None:
            year_end = (int(y["y"]), y.end())
        elif bare is not None and ref is not None:
            year_end, attrs = (ref.year, bare.end()), {"anchor": "REF", "offset": "P0Y"}
        else:
            for c in chosen:
                if c.ns == m.end() and c.type == "DATE" and c.value and _YEAR_VALUE.fullmatch(c.value):
                    year_end = (int(c.value), c.ne)  # ("من العام الحالي": its anchor, which a document's day moves)
                    attrs = {k: c.attrs[k] for k in ("anchor", "anchor_date") if k in c.attrs}
        if year_end is None:
            continue
        year, ne = year_end
        first = not m["w"].startswith("الاخير")
        a, b = (1, n) if first else (13 - n, 12)
        found.append(Candidate(m.start(), ne, "DATE", f"{year:04d}-{a:02d}/{year:04d}-{b:02d}",
                               attrs={**attrs, "range": {"start": f"{year:04d}-{a:02d}", "end": f"{year:04d}-{b:02d}"},
                                      "end_value": f"{year:04d}-{b:02d}"}))
    if not found:
        return chosen
    index = Overlaps.of(chosen)
    met = {i for f in found for i in index.meeting(f.ns, f.ne)}
    kept = [c for i, c in enumerate(chosen) if i not in met]
    return sorted(kept + found, key=lambda c: (c.ns, c.ne))


def bulletin_alone(chosen: list[Candidate], text: str) -> list[Candidate]:
    """A bulletin's bare part of the day (:func:`.handlers.narrative.h_bulletin`) is dropped when its sentence
    holds another date ("أمطار غدا … ليلا", "يوم الأحد … صباحا": a part of that day, not of the document's),
    not when that is another part of the same day ("أمطار رعدية بعد الظهر … تساقط الثلوج ليلا")."""
    from .handlers.narrative import sentence_bounds
    kept = []
    for cand in chosen:
        if cand.attrs.pop("bulletin", None):
            lo, hi = sentence_bounds(text, cand.ns, cand.ne)
            day = (cand.value or "")[:10]
            others = [o for o in chosen if o is not cand and o.ns < hi and lo < o.ne]
            days = {o.value for o in others if o.type == "DATE" and o.mod is None and o.value
                    and _ONE_DAY.match(o.value)}
            if len(days) == 1 and any(o.ne <= cand.ns for o in others) and all(
                    (o.value or "")[:10] in days and (o.type == "DATE" or _PART_VALUE.search(o.value or ""))
                    for o in others):
                # one day before it and nothing else but its parts: that day's part ("يكون الطقس يوم الأحد صحوا
                # ثم تتكاثر السحب ليلا" → Sunday's night)
                one = next(iter(days))
                assert one is not None
                cand.value = one + (cand.value or "")[10:] if cand.value else None
                if cand.value is None:
                    continue
                cand.attrs.pop("offset", None)
                cand.attrs["anchor"] = next(o for o in others if o.value == one).attrs.get("anchor", "REF")
            elif any(o is not cand and o.ns < hi and lo < o.ne and not (day and (o.value or "")[:10] == day
                                                                          and o.type == "TIME") for o in chosen):
                continue  # (another part of the same day stays: "أمطار رعدية بعد الظهر … الثلوج ليلا")
        kept.append(cand)
    return kept


def named_after_dates(chosen: list[Candidate], text: str,
                      names: list[tuple[int, int]] | None = None) -> list[Candidate]:
    """A day and month with no year right after the head of a place's or a body's name is that name, not
    a date: "ملعب 15 أكتوبر" (a stadium), "بشارع 14 جانفي", "مدينة 6 أكتوبر", "حركة 23 مارس", "قوى 14 آذار"
    (heads: ``name_heads``).  The spans so dropped are added to ``names`` (its number is no count either)."""
    heads = lexicon().name_heads
    holiday_heads = lexicon().holiday_name_heads
    signals = lexicon().duration_signals
    kept = []
    for cand in chosen:
        if cand.type == "DATE" and cand.attrs.get("anchor") == "REF" and "weekday" not in cand.attrs \
                and "relation" not in cand.attrs and (
                    _after_name_head(text, cand.ns, heads)
                    # "سوق عيد الميلاد", "سوق لعيد الميلاد": a market named after a holiday (session 41)
                    or ("holiday" in cand.attrs and (_after_name_head(text, cand.ns, holiday_heads) or (
                        text[cand.ns - 1:cand.ns] == "ل" and _after_name_head(text, cand.ns - 1, holiday_heads))))) \
                and not _opens_with(text, cand.ns, signals):  # (session 36: "إمام جامع قبل ثلاث سنوات" is a date)
            if names is not None:
                names.append((cand.ns, cand.ne))
            continue
        kept.append(cand)
    return kept


def _opens_with(text: str, pos: int, words: Container[str]) -> bool:
    """Does the text at ``pos`` open with one of ``words`` and white space (a date that opens with a signal, "قبل
    ثلاث سنوات", "منذ يومين", names nothing: a name's date opens with its day)?"""
    end = pos
    while end < len(text) and text[end].isalpha():
        end += 1
    return end > pos and end < len(text) and text[end].isspace() and text[pos:end] in words


def _after_name_head(text: str, pos: int, heads: Container[str]) -> bool:
    """Is the word right before ``pos`` (white space between, nothing else) one of ``heads``, bare or
    after the proclitics و/ف and ب/ل ("وبملعب")?  A school's adjective ("بالمعهد الثانوي 2 مارس") only before
    the day's digits: "بالمعهد الثانوي يوم 2 مارس" is a date."""
    head = _head_before(text, pos, heads)
    return head is not None and (not head.startswith("ال") or text[pos:pos + 1].isdigit())


def _head_before(text: str, pos: int, heads: Container[str]) -> str | None:
    """The word of ``heads`` right before ``pos`` (white space between, and an opening quote: 'حركة "20 فبراير"'),
    bare or after و/ف and ب/ل."""
    end = pos
    if end > 0 and text[end - 1] in _OPEN_QUOTE:
        end -= 1
    while end > 0 and text[end - 1].isspace():
        end -= 1
    if end == pos or (end == pos - 1 and text[end] in _OPEN_QUOTE):
        return None
    found = last_word(text, end)
    if found is None or found[1] != end:
        return None
    word = text[found[0]:end]
    forms = [word]
    if forms[0][:1] in _CONJ_LETTERS:
        forms.append(forms[0][1:])
    forms += [f[1:] for f in forms if f[:1] in "بل"]
    return next((f for f in forms if f in heads), None)


#: The quotes that may open a name made of a date ('حركة "20 فبراير"', "حركة «6 أبريل»")
_OPEN_QUOTE = frozenset('"«“')

#: A yearless day's value or timex: its month and day
_MONTH_DAY = regex.compile(r"(?:\d{4}|XXXX)-(\d\d)-(\d\d)$")


def named_event_days(chosen: list[Candidate], text: str, ref: dt.date | None) -> list[Candidate]:
    """A day and month with no year right after the head of an event named by its day is that event's day:
    "ثورة 14 جانفي" → 2011-01-14, "ثورة 25 يناير" → 2011-01-25, "هجمات 11 سبتمبر" → 2001-09-11 (``named_event_days``;
    was the reference year's; the span stays the day and month); not when read before that year ("هجوم 7 أكتوبر" in
    2016 is that year's)."""
    table = lexicon().named_event_days
    for cand in chosen:
        if cand.type != "DATE" or cand.attrs.get("anchor") != "REF" or "weekday" in cand.attrs \
                or "offset" in cand.attrs:
            continue
        head = _head_before(text, cand.ns, table)
        md = _MONTH_DAY.match(cand.value or cand.attrs.get("timex", ""), None, None, SERIAL)
        if head is None or md is None:
            continue
        year = table[head].get((int(md[1]), int(md[2])))
        if year is not None and (ref is None or year <= ref.year):
            cand.value = f"{year:04d}-{md[1]}-{md[2]}"
            cand.resolved = True
            for name in ("anchor", "timex", "weekday_ok"):
                cand.attrs.pop(name, None)
    return chosen


def merge_durations(chosen: list[Candidate], text: str) -> list[Candidate]:
    """"سنتين و3 أشهر و10 أيام" → one DURATION P2Y3M10D (units that do not repeat, joined by و); a unit
    word alone joined to one counts one unit: "عامين وشهر" → P2Y1M, "سنة وشهرين" → P1Y2M."""
    out: list[Candidate] = []
    for i, cand in enumerate(chosen):
        prev = out[-1] if out else None
        if cand.type == "DURATION" and cand.value and not cand.mod:
            cand = _with_unit_before(cand, text, prev.ne if prev is not None else 0)
        if (prev is not None and prev.type == cand.type == "DURATION" and prev.value and cand.value
                and not prev.mod and not cand.mod and _AND.fullmatch(text, prev.ne, cand.ns, SERIAL)):
            joined = _joined(prev.value, cand.value)
            if joined is not None:
                out[-1] = Candidate(prev.ns, cand.ne, "DURATION", joined, attrs={**cand.attrs, **prev.attrs})
                out[-1] = _with_unit_after(out[-1], text, chosen[i + 1].ns if i + 1 < len(chosen) else len(text))
                continue
        out.append(_with_unit_after(cand, text, chosen[i + 1].ns if i + 1 < len(chosen) else len(text))
                   if cand.type == "DURATION" and cand.value and not cand.mod else cand)
    return out


def _joined(first: str, second: str) -> str | None:
    """One duration value of two whose units do not repeat ("P2Y" and "P3M" → "P2Y3M"), else None."""
    a, b = _DURATION.fullmatch(first), _DURATION.fullmatch(second)
    if not (a and b) or any(a[k] and b[k] for k in ("Y", "M", "W", "D", "H", "MIN", "S")):
        return None
    parts = {k: a[k] or b[k] for k in ("Y", "M", "W", "D", "H", "MIN", "S")}
    date = "".join(f"{parts[k]}{k}" for k in ("Y", "M", "W", "D") if parts[k])
    clock = "".join(f"{parts[k]}{k[0]}" for k in ("H", "MIN", "S") if parts[k])
    return "P" + date + (f"T{clock}" if clock else "")


@cache
def _bare_unit() -> tuple[regex.Pattern[str], regex.Pattern[str], dict[str, str]]:
    """A singular unit word joined by و after a duration (not before a number or a month: "وشهر 3", "وشهر
    رمضان"), one before a duration, and each unit word's duration code."""
    lex = lexicon()
    codes = {w: lex.units[w][0] for w in lex.singular_units
             if w in lex.units and lex.units[w][0] in _DURATION.groupindex}
    unit = alt(codes)
    after = at_pos(rf"\s*+[،,]?\s*+و\s*+(?P<u>{unit})(?![\p{{L}}\p{{M}}])"
                          rf"(?!\s*+(?:[\d{MASK}]|{alt(lex.months)}(?![\p{{L}}\p{{M}}])))")
    before = regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{PROCLITIC})(?P<u>{unit})\s*+[،,]?\s*+و\s*+$")
    return after, before, codes


def _range_before(text: str, pos: int) -> bool:
    """Does a range's signal (بين, من) come right before ``pos``: "بين ستة أشهر وعام" is a range, not P1Y6M?"""
    return _SIGNAL_BEFORE.search(text, max(0, pos - 8), pos) is not None


def _one_unit(code: str) -> str:
    return f"PT1{code[0]}" if code in ("H", "MIN", "S") else f"P1{code}"


def _with_unit_after(cand: Candidate, text: str, limit: int) -> Candidate:
    """``cand`` (a DURATION) with a unit word joined after it that ends before ``limit``: "عامين وشهر"."""
    after, _, codes = _bare_unit()
    m = after.match(text, cand.ne, None, SERIAL)
    if m is None or m.end() > limit or _range_before(text, cand.ns) or (
            joined := _joined(cand.value or "", _one_unit(codes[m["u"]]))) is None:
        return cand
    return Candidate(cand.ns, m.end(), "DURATION", joined, attrs=cand.attrs)


def _with_unit_before(cand: Candidate, text: str, limit: int) -> Candidate:
    """``cand`` (a DURATION) with a unit word joined before it that starts after ``limit``: "سنة وشهرين"."""
    _, before, codes = _bare_unit()
    m = before.search(text, max(limit, cand.ns - 20), cand.ns, SERIAL)
    if m is None or _range_before(text, m.start("u")) or (
            joined := _joined(_one_unit(codes[m["u"]]), cand.value or "")) is None:
        return cand
    return Candidate(m.start("u"), cand.ne, "DURATION", joined, attrs=cand.attrs)


#: The signal word that opens a range of durations ("من", "بين", with و/ف), with its white space.
_RANGE_SIGNAL = rf"(?<![\p{{L}}\p{{M}}]){CONJ}?(?P<sig>من|بين)\s++"


@cache
def _lower_bound() -> regex.Pattern[str]:
    """The lower bound written before a duration, ending where it starts: "2 - " (of "2 - 3 أشهر"),
    "من 2 إلى " / "من 2 حتى ", "بين 5 و" (a number in digits or a masked number word)."""
    return regex.compile(rf"(?:{_RANGE_SIGNAL})?(?<![\d\p{{L}}.,])(?P<n>\d++|{MASK}++)"
                         r"\s*+(?P<conj>-|–|و|الي|حتي)\s*+$")


#: The link between two durations of a range, and the signal word right before the first.
_DURATION_LINK = regex.compile(r"\s*+(?P<conj>و|الي|حتي)\s*+")
_SIGNAL_BEFORE = regex.compile(_RANGE_SIGNAL + "$")


def _range_agrees(conj: str, sig: str | None) -> bool:
    """Do the link ``conj`` and the signal ``sig`` make a range: a dash alone, "و" after "بين",
    "إلى"/"حتى" after "من" ("5 و7 سنوات" without "بين" may be a list)."""
    return conj in ("-", "–") or (sig is not None and (conj == "و") == (sig == "بين"))

#: A single-unit duration value: "P3M", "PT2H", "P1.5Y".
_ONE_UNIT = regex.compile(r"P(?P<t>T?)(?P<n>\d+(?:\.\d+)?)(?P<u>[YMWDHS])")


#: After a clock time opened by "من": "إلى/حتى" and an hour alone (digits, or a masked word: "إلى الثانية") before the
#: clause's end (folded text)
_OPEN_END = regex.compile(rf"\s++(?:و?(?:الي|حتي|لغايه))\s++(?:(?:ال)?ساعه\s++)?"
                          rf"(?P<h>(?<!\d)\d{{1,2}}(?![\d:,/]|\.\d)|{MASK}++)(?=\s*+(?:[.،,؛;!?:)\n]|$))")
#: A single clock time's value with its part of the day read ("T08:00")
_ONE_CLOCK = re.compile(r"T(\d\d):(\d\d)")


def open_clock_ends(chosen: list[Candidate], text: str, masks: dict[int, tuple[float, str]]) -> list[Candidate]:
    """A clock time with its part of the day after "من", then "إلى"/"حتى" and an hour alone at the clause's end, is a
    range to the first such hour after it: "من الساعة 8 صباحا إلى 6." → T08:00/T18:00, "من الساعة الثامنة صباحا إلى
    الثانية." → T08:00/T14:00, "من العاشرة ليلا حتى 6." → T22:00/T06:00 (session 31; Recognizers-Text's "الساعة 1 بعد
    الظهر إلى 4").  Not before a noun ("إلى 6 أشخاص") nor without a part of the day in the start's span."""
    for cand in chosen:
        if cand.type != "TIME" or cand.value is None or prev_word(text, cand.ns) != "من":
            continue
        clock = _ONE_CLOCK.fullmatch(cand.value)
        if clock is None or not _parts_before_clock()[1].search(text, cand.ns, cand.ne, SERIAL):
            continue
        m = _OPEN_END.match(text, cand.ne, None, SERIAL)
        if m is None or any(o is not cand and cand.ne <= o.ns < m.end() for o in chosen):
            continue
        if m["h"][0] == MASK:
            v = masks.get(m.start("h"))
            hour = int(v[0]) if v is not None and v[1] == "ordinal" and v[0] == int(v[0]) and 1 <= v[0] <= 12 else None
        else:
            hour = int(m["h"]) if 1 <= int(m["h"]) <= 12 else None
        if hour is None:
            continue
        start = int(clock[1]) * 60 + int(clock[2])
        end = min((h % 24 for h in (hour, hour + 12)), key=lambda h: (h * 60 - start) % 1440 or 1440)
        before = text[:cand.ns].rstrip()
        if before.endswith("من"):  # the span opens with "من", as the ranges of the time rule do
            cand.ns = len(before) - 2
        cand.ne = m.end()
        cand.value = f"{cand.value}/T{end:02d}:00"
    return chosen


def duration_ranges(chosen: list[Candidate], text: str, masks: dict[int, tuple[float, str]]) -> list[Candidate]:
    """A duration after a lower bound is one DURATION from the bound to it: "2 - 3 أشهر", "من 2 إلى 3
    أسابيع", "بين 5 و7 سنوات", "بين ساعتين و3 ساعات" → ``value`` "P2M/P3M" (the bounds as SUTime writes a
    duration range) and ``bounds`` {"min", "max"}. "و" needs "بين" and "إلى"/"حتى" need "من" ("5 و7 سنوات"
    may be a list); the bound is smaller than the duration's number."""
    out: list[Candidate] = []
    for cand in chosen:
        one = (_ONE_UNIT.fullmatch(cand.value or "", None, None, SERIAL)
               if cand.type == "DURATION" and not cand.mod else None)
        prev = out[-1] if out else None
        first = (_ONE_UNIT.fullmatch(prev.value or "", None, None, SERIAL)
                 if prev and prev.type == "DURATION" and not prev.mod else None)
        if prev is not None and one is not None and first is not None \
                and (first["t"], first["u"]) == (one["t"], one["u"]) and float(first["n"]) < float(one["n"]):
            # "بين ساعتين و3 ساعات", "من سنتين إلى ثلاث سنوات": two durations of one unit
            link = _DURATION_LINK.fullmatch(text, prev.ne, cand.ns)
            sig = _SIGNAL_BEFORE.search(text, max(0, prev.ns - 8), prev.ns)
            if link and sig and _range_agrees(link["conj"], sig["sig"]):
                out[-1] = Candidate(sig.start(), cand.ne, "DURATION", f"{prev.value}/{cand.value}", cand.calendar,
                                    attrs={**cand.attrs, "bounds": {"min": prev.value, "max": cand.value}})
                continue
        if one is not None and cand.ns and text[max(0, cand.ns - 30):cand.ns].rstrip().endswith(
                ("-", "–", "و", "الي", "حتي")):
            m = _lower_bound().search(text, max(0, cand.ns - 30), cand.ns, SERIAL)
            if m and _range_agrees(m["conj"], m["sig"]) \
                    and (not out or out[-1].ne <= m.start()):
                low = float(m["n"]) if m["n"][0] != MASK else (masks.get(m.start("n")) or (None, ""))[0]
                high = masks.get(cand.ns)
                if (low is not None and high is not None and high[0] >= 1000 and high[0] % 1000 == 0
                        and low < 1000 and low * 1000 < high[0]):
                    low *= 1000  # "بين 300 و350 ألف عام": the thousands said once, for both bounds (session 34)
                if low is not None and low == int(low) and 0 < low < float(one["n"]):
                    lower = f"P{one['t']}{int(low)}{one['u']}"
                    out.append(Candidate(m.start(), cand.ne, "DURATION", f"{lower}/{cand.value}", cand.calendar,
                                         attrs={**cand.attrs, "bounds": {"min": lower, "max": cand.value}}))
                    continue
        out.append(cand)
    return out


#: Masked number words that are weekdays in a list of weekdays: (value, length) → ISO weekday
#: ("اثنين" is two, "احد" one; "كل اثنين وخميس" is every Monday and Thursday).
_NUMBER_WEEKDAY = {(2.0, 5): 1, (1.0, 3): 7}


@cache
def _weekday_list() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A quantifier and a list of weekdays, with an optional "من كل أسبوع" after them, and one weekday
    of the list, and the word after a list (stdlib ``re``; :func:`_weekday_gate` says which regions)."""
    lex = lexicon()
    stems = _alt({w.removeprefix("ال") for w in lex.weekdays})
    day = rf"(?:(?:ال)?{stems}(?![{_LETTER}])|{MASK}+)"
    sep = rf"{_WS}*[،,]?{_WS}*(?:و|او{_WS}+){_WS}*"
    following = re.compile(rf"{_WS}+([{_LETTER}]+)")
    listed = re.compile(
        rf"(?<![{NOT_START}])[وف]?[بلك]?(?P<q>كل{_WS}+(?:(?:يوم|يومي|ايام){_WS}+)?|ايام{_WS}+|يومي?{_WS}+)"
        rf"(?P<days>{day}(?:{sep}{day})*)(?P<tail>{_WS}+من{_WS}+كل{_WS}+اسبوع(?![{_LETTER}]))?")
    return listed, re.compile(day), following


def _gate(memo: dict[tuple[str, int, int], Any] | None, name: str, lo: int, hi: int, test: Callable[[], bool]) -> bool:
    """``test()``, the region ``[lo, hi)``'s gate ``name`` of a merge, asked once per region when there is a ``memo``
    (a second reading of the region asks it again)."""
    if memo is None:
        return test()
    key = (name, lo, hi)
    found = memo.get(key)
    if found is None:
        found = memo[key] = test()
    return bool(found)


def _has_weekday_list(text: str, lo: int, hi: int) -> bool:
    """Does ``text[lo:hi]`` hold what every list of :func:`weekday_sets` holds (:func:`_weekday_gate`)?"""
    for gate in _weekday_gate():  # (a loop, not all() of a generator: it runs on every region)
        if gate.search(text, lo, hi) is not None:
            return True
    return False


#: The word a quantifier of :func:`_weekday_list` opens with, after up to two proclitic letters ([وف]?[بلك]?)
_QUANTIFIER_WORDS = ("كل", "ايام", "يوم")


def _lists(listed: re.Pattern[str], text: str, lo: int, hi: int) -> Iterator[re.Match[str]]:
    """The matches of ``listed.finditer(text, lo, hi)``, tried only where one can begin: at one of
    :data:`_QUANTIFIER_WORDS` or up to two letters before it (a scan of every place of the region tries
    the pattern at every letter)."""
    places: set[int] = set()
    for word in _QUANTIFIER_WORDS:
        at = text.find(word, lo, hi)
        while at >= 0:
            places.update((at - 2, at - 1, at))
            at = text.find(word, at + 1, hi)
    pos = lo
    for place in sorted(places):
        if place >= pos and (m := listed.match(text, place, hi)) is not None:
            yield m
            pos = m.end()


@cache
def _weekday_gate() -> tuple[re.Pattern[str], ...]:
    """What every list of :func:`weekday_sets` holds, searched before it scans a region: the last word of
    its quantifier (كل, يوم, يومي, ايام), white space and the start of its first day, a weekday stem after
    an optional article or the mask ("كل يوم اثنين", "ايام الخميس").  The stems alone are in many words
    ("واحد", "احدي"); this pair is in few regions.  One search per quantifier word: a pattern that opens
    with a literal is a quick scan for it, an alternation of them tries every "ا" and "ي" of the text."""
    days = _alt({w.removeprefix("ال") for w in lexicon().weekdays})
    return tuple(re.compile(rf"{q}{_WS}+(?:ال)?(?:{days}|{MASK})") for q in ("كل", "يومي?", "ايام"))


def weekday_sets(chosen: list[Candidate], text: str, masks: dict[int, tuple[float, str]], lo: int,
                 hi: int, memo: dict[tuple[str, int, int], Any] | None = None) -> list[Candidate]:
    """Weekdays after a quantifier recur: each is a SET ("كل يومي السبت والأحد" → every Saturday, every
    Sunday; "كل يوم اثنين وخميس", "كل سبت وأحد", "يوم الجمعة من كل أسبوع").  The first span holds the
    quantifier, the last "من كل أسبوع".  After "يوم"/"يومي" days recur only with "من كل أسبوع"; after
    "أيام" one day recurs ("يغلق السوق أيام الجمعة"), not before a relative word, and several are
    dates ("تجرى الانتخابات أيام الخميس والجمعة والسبت"); a bare number after "كل" is no weekday
    alone ("كل اثنين": every two, "لكل أحد": everyone).
    Candidates inside the list give way; one that reaches out of it keeps the list as it was."""
    if not _gate(memo, "weekday_sets", lo, hi, lambda: _has_weekday_list(text, lo, hi)):
        return chosen  # no weekday: no list (most regions)
    listed, day, after = _weekday_list()
    relative = lexicon().relative
    weekdays = lexicon().weekdays
    out = chosen
    for m in _lists(listed, text, lo, hi):
        q = text[m.start("q"):m.end("q")].split()
        days: list[tuple[int, int, int]] = []
        for d in day.finditer(text, m.start("days"), m.end("days")):
            word = d[0]
            if word[0] == MASK:
                value = masks.get(d.start())
                wd = _NUMBER_WEEKDAY.get((float(value[0]), len(word))) if value is not None else None
            else:
                wd = weekdays.get(word if word.startswith("ال") else "ال" + word)
            if wd is None:
                break
            days.append((d.start(), d.end(), wd))
        else:
            tail = m["tail"] is not None
            if q[0] == "يوم" or q[0] == "يومي":
                if not tail:
                    continue
            elif q[0] == "ايام" and not tail:
                following = after.match(text, m.end())
                if len(days) > 1 or (following is not None and following[1] in relative):
                    continue
            elif len(days) == 1 and len(q) == 1 and not tail and (
                    text[m.start("days")] == MASK or text[m.start("days"):m.end("days")] in NUMBER_WEEKDAYS):
                continue  # "كل اثنين": every two; "لكل أحد": everyone
            start, end = m.start("q"), m.end()
            if any(c.ns < end and c.ne > start and (c.ns < start or c.ne > end) for c in out):
                continue
            sets = [Candidate(s, e, "SET", f"XXXX-WXX-{wd}", attrs={"weekday": wd}) for s, e, wd in days]
            sets[0].ns = start
            sets[-1].ne = end
            out = sorted([c for c in out if not (c.ns < end and c.ne > start)] + sets, key=lambda c: (c.ns, c.ne))
    return out


#: A part of a day's value (not a clock time's): "2017-01-20TDT", "TNI"
_PART_VALUE = regex.compile(r"T[A-Z]{2}$")
#: The offsets of a unit that holds the reference: "الشهر الجاري" (P0M), "هذا الأسبوع" (P0W), "العام الحالي" (P0Y)
_THIS_UNIT = frozenset({"P0M", "P0W", "P0Y"})
#: one day's value: "الساعات الأولى من يوم الأحد" → that day, START (session 24, second wave)
_ONE_DAY = regex.compile(r"\d{4}-\d{2}-\d{2}$")


@cache
def _hours_before() -> regex.Pattern[str]:
    """A phrase of hours that opens a part of a day ("في ساعة متأخرة من", "منذ الساعات الأولى من"),
    read backwards from the part."""
    lex = lexicon()
    hours = alt([*(h for h in lex.part_hours if h.endswith(" من")), *lex.part_hours_bare])
    return regex.compile(rf"(?r)(?<![\p{{L}}\p{{M}}]){CONJ}?"
                         rf"(?:(?P<hours>{hours})|الساعات\s+(?P<first>{MASK}+)\s+من"
                         rf"|(?P<edge>{alt(lex.part_edges)}))\s+\G")


def _day_edge(edge: str, text: str, c: Candidate) -> bool:
    """Is ``edge`` one of a named day's ("نهاية يوم الأحد", "نهاية الغد", "مطلع يوم الخميس"), the day named with
    يوم or a day word (not a date of the month: "نهاية 15 مارس")?"""
    surface = text[c.ns:c.ne]
    return edge in lexicon().day_edges and (surface.startswith("يوم") or not any(ch.isdigit() for ch in surface))


def part_modifiers(chosen: list[Candidate], text: str, masks: dict[int, tuple[float, str]]) -> list[Candidate]:
    """A part of a day after a phrase of hours starts at the phrase and takes its mod: "في ساعة متأخرة
    من مساء الأحد" → "ساعة متأخرة من مساء الأحد" (END), "منذ الساعات الأولى من صباح اليوم" (START), "في وقت
    سابق يوم السبت" → "وقت سابق يوم السبت" (no mod; "وقت سابق/لاحق" need no من before a day); so does
    one after its edge ("آخر نهار اليوم" → END, "بداية ليلة الأحد" → START), not a clock time ("آخر 10:00 صباحا")."""
    lex = None
    widened: list[Candidate] = []
    for c in chosen:
        day = c.type == "DATE" and c.value is not None and _ONE_DAY.match(c.value, None, None, SERIAL) is not None
        unit = c.type == "DATE" and c.attrs.get("offset") in _THIS_UNIT  # "الشهر الجاري", "هذا الأسبوع"
        if c.mod is not None or not (day or unit or (c.type == "TIME" and "part_of_day" in c.attrs)):
            continue
        m = _hours_before().search(text, max(0, c.ns - 40), c.ns, SERIAL)
        if m is None:
            continue
        if (day or unit) and m["edge"] is not None and not (day and text[c.ns:c.ne] == "اليوم") \
                and not (day and _day_edge(m["edge"], text, c)):
            continue  # "آخر يوم الجمعة": the last Friday, not a day's edge ("نهاية اليوم": today's, END)
        if unit and not day and (m["hours"] is None or not m["hours"].startswith("وقت")):
            continue  # a unit only after "وقت سابق من", "وقت لاحق من" ("نهاية الشهر الجاري" has its own rule)
        if m["edge"] is not None and c.value is not None and not _PART_VALUE.search(c.value) and not day:
            continue  # an edge before a clock time
        if m["first"] is not None:
            if not first_ordinal(masks, m.start("first")):
                continue
            mod: str | None = "START"
        elif m["edge"] is not None:
            lex = lex or lexicon()
            mod = lex.part_edges[m["edge"]]
        else:
            lex = lex or lexicon()
            mod = lex.part_hours.get(" ".join(m["hours"].split()))
        c.ns = m.start("hours") if m["hours"] is not None else m.start("edge") if m["edge"] is not None else m.start()
        c.mod = mod
        widened.append(c)
    if widened:  # "الساعات الأخيرة من يوم الجمعة", "منذ ساعة متأخرة من مساء أمس": the hours are the day's (no
        # PAST_REF "الساعات الأخيرة", no "منذ ساعة" of their own)
        index = Overlaps.of(chosen)
        met = {i for d in widened for i in index.meeting(d.ns, d.ne) if chosen[i] is not d}
        chosen = [o for i, o in enumerate(chosen) if i not in met]
    return chosen


#: "نصف" right before a month (read backwards from it): "في نصف شهر مارس" is its middle, as "نص شهر مارس"
_HALF_BEFORE = regex.compile(rf"(?r)(?<![\p{{L}}\p{{M}}]){PROCLITIC}(?P<half>نصف)\s+\G")


def half_months(chosen: list[Candidate], text: str) -> list[Candidate]:
    """A month named after "نصف" is its middle: "نصف شهر مارس" → the month, ``mod`` MID (the dialect "نص" is
    a mod of the lexicon; "نصف" is not, being a fraction elsewhere: "نصف شهر" alone is half a month, P15D)."""
    months = None
    for c in chosen:
        f = c.fields
        if c.type != "DATE" or c.mod is not None or f is None or f.get("day") is not None or not f.get("month"):
            continue
        m = _HALF_BEFORE.search(text, max(0, c.ns - 12), c.ns, SERIAL)
        if m is None:
            continue
        months = months or lexicon().months
        first = text[c.ns:c.ne].split(maxsplit=1)[0]
        if first != "شهر" and first not in months:
            continue  # "نصف الشهر الماضي", "نصف 2017": not a month's name
        c.ns, c.mod = m.start("half"), "MID"
    return chosen


#: A year's head noun and its nisba right before a range of years, read backwards: "السنة القضائية 2012/2013",
#: "العام المالي 2016-2017" (not after "لل": "للسنة الدراسية 2016/2017" keeps the bare range)
_YEAR_HEAD = regex.compile(rf"(?r)(?<![\p{{L}}\p{{M}}]){PROCLITIC}"
                           r"(?P<head>(?:ال)?(?:سنه|عام)\s+ال\p{L}{2,}يه?)\s+\G")
_YEAR_RANGE = regex.compile(r"\d{4}/\d{4}$")


def year_heads(chosen: list[Candidate], text: str) -> list[Candidate]:
    """A range of years after a year's noun and its adjective takes them in its span (session 24, second wave):
    "خلال السنة القضائية 2012/2013" → "السنة القضائية 2012/2013" (it was the bare "2012/2013"; "سنة 2016/2017"
    already held its noun); the value stays the range."""
    for c in chosen:
        if c.type != "DATE" or c.value is None or not _YEAR_RANGE.match(c.value, None, None, SERIAL):
            continue
        m = _YEAR_HEAD.search(text, max(0, c.ns - 40), c.ns, SERIAL)
        if m is not None and not any(o is not c and o.ns < c.ns and m.start("head") < o.ne for o in chosen):
            c.ns = m.start("head")
    return chosen


#: A sentence's end or a quotation mark: a year before it holds for no date after it
_SENTENCE_END = re.compile(r"[.!?؟\n\"«»“”]")
#: A written year (four digits; the masked text keeps them)
_FOUR_DIGITS = re.compile(r"(?<!\d)(?:1[5-9]|2[01])\d\d(?!\d)")
#: A day-and-month or a month, with their ranges ("2024-11-10/2024-11-15")
_MONTH_VALUE = regex.compile(r"\d{4}-\d\d(?:-\d\d)?(?:/\d{4}-\d\d(?:-\d\d)?)?")
#: Words before a year that make it a limit, not the time of what follows: "حتى عام 2029", "بحلول 2030"
_LIMIT_WORDS = frozenset({"حتي", "الي", "لغايه", "غايه", "بحلول", "قبل"})
#: A year just after a month, past a stray dot: "بداية من جويلية .2016"
_YEAR_AFTER = re.compile(r"\s*[.,،]\s*\d{4}(?!\d)")
#: "من هذه السنة", "من العام الحالي" after a month: the reference year, whatever year came before
_THIS_YEAR_AFTER = regex.compile(r"\s*+(?:من|في|ل)\s*+(?:(?:هذه|هذا)\s++(?:السنه|العام)|(?:السنه|العام)\s++"
                                 r"(?:الحالي|الحاليه|الجاري|الجاريه|نفسه|ذاته))(?![\p{L}\p{M}])")


def sentence_years(chosen: list[Candidate], text: str, ref: dt.date | None) -> list[Candidate]:
    """A Gregorian day or month without a year, and no relative word ("12 نوفمبر", "بين 10 و15 نوفمبر",
    "خلال أكتوبر"), takes the year written in an earlier date of its sentence rather than the reference's:
    "في 2025 يوم 12 نوفمبر" → 2025-11-12, "خلال الأشهر التسعة الأولى من 2016 (…) تعمق العجز خلال أكتوبر" →
    2016-10, "أيام 8 و9 و10 جانفي 1978 (…) يوم 26 جانفي" → 1978-01-26 (``anchor`` PREV_DATE).  The nearest
    earlier date with a year decides: a relative one ("العام الماضي", "أمس") keeps the reference's reading.
    Not after a year that is a limit ("حتى عام 2029، (…) في 3 نوفمبر"), nor before "من هذه السنة", nor for a
    weekday's date (its weekday chose the year), nor when a future cue precedes the date and the year is past
    ("تأسست سنة 2015 وستنظم دورتها يوم 12 نوفمبر")."""
    if ref is None or len(chosen) < 2:  # a year goes from one date to a later one: two at least (most regions)
        return chosen
    # a year comes from a date written with one, and goes only to the dates after it: the first such date (most
    # regions have none) is where the search begins
    begin = next((k for k, b in enumerate(chosen)
                  if b.type in ("DATE", "TIME") and _FOUR_DIGITS.search(text, b.ns, b.ne) is not None), len(chosen))
    given: dict[int, tuple[int, int]] = {}  # the candidates given a year here → (the year, where its source ends)
    for i in range(begin + 1, len(chosen)):
        c = chosen[i]
        b_end = c.ns
        if not _year_from_ref(c, text) or _THIS_YEAR_AFTER.match(text, c.ne) or _YEAR_AFTER.match(text, c.ne):
            continue
        year = None
        for b in reversed(chosen[:i]):
            if b.ne > c.ns or _SENTENCE_END.search(text, b.ne, c.ns) or c.ns - b.ne > 400:
                break
            if b.type not in ("DATE", "TIME") or _year_from_ref(b, text):
                continue  # durations and sets hold no year; nor a month that is waiting for one
            if id(b) in given:  # a month given its year before: "(جويلية وأوت وسبتمبر)"
                year, b_end = given[id(b)]
                break
            if "anchor" in b.attrs or b.calendar != "gregorian" or not b.value or not b.value[:4].isdigit():
                break  # "في الأشهر الأخيرة", "أمس": the story moved to another time
            written = _FOUR_DIGITS.findall(text, b.ns, b.ne)
            first = text[b.ns:b.ne].split(maxsplit=1)[0] if b.ne > b.ns else ""
            if written and first not in _LIMIT_WORDS and prev_word(text, b.ns) not in _LIMIT_WORDS:
                year, b_end = int(written[-1]), b.ne
            break
        if year is None or year == int(c.value[:4]):  # type: ignore[index]
            continue
        if year < ref.year and (future_tense(text, c.ns) or _future_between(text, b_end, c.ns)):
            continue
        _re_year(c, year)
        given[id(c)] = (year, b_end)
    return chosen


def _year_from_ref(c: Candidate, text: str) -> bool:
    """Is ``c`` a Gregorian day or month (or a range of days) whose year only the reference gave?"""
    if c.type != "DATE" or c.calendar != "gregorian" or c.attrs.get("anchor") != "REF" or "offset" in c.attrs \
            or "weekday" in c.attrs or c.value is None or not _MONTH_VALUE.fullmatch(c.value, None, None, SERIAL) \
            or _ends_relative(c, text):
        return False
    f = c.fields
    if "/" in c.value and (f is not None or "end_anchor" in c.attrs):
        return False  # "منذ شهر مارس": a range to the reference
    if f is None:  # a range of days of one month (:func:`day_ranges`)
        return "range" in c.attrs and len(c.value) == 21
    return f.get("month") is not None  # (a year :func:`months_share_year` gave is in ``fields`` too)


def _re_year(c: Candidate, year: int) -> None:
    """Give ``c`` (a month, a day or a range of days in one year) the year ``year``."""
    assert c.value is not None
    old = c.value[:4]
    new = f"{year:04d}"
    c.value = "/".join(new + part[4:] if part.startswith(old) else part for part in c.value.split("/"))
    rng = c.attrs.get("range")
    if isinstance(rng, dict):
        c.attrs["range"] = {k: new + v[4:] if isinstance(v, str) and v.startswith(old) else v for k, v in rng.items()}
    end = c.attrs.get("end_value")
    if isinstance(end, str) and end.startswith(old):
        c.attrs["end_value"] = new + end[4:]
    c.attrs["anchor"] = "PREV_DATE"


def _future_between(text: str, lo: int, hi: int) -> bool:
    """Is there a future cue among the words of ``text[lo:hi]`` ("سنة 2015 وستنظم دورتها الخامسة يوم")?"""
    for w in regex.split(r"[^\p{L}\p{M}]+", text[lo:hi]):
        if future_cue(w[1:] if len(w) > 3 and w[0] in "وف" else w):
            return True
    return False


#: Parts of a day that before a holiday name its eve, not its evening: "عشية عيد الفصح" (the day before)
_EVE_WORDS = frozenset({"عشيه"})


@cache
def _part_before_holiday() -> regex.Pattern[str]:
    """A part of the day right before a holiday, read backwards from it ("صباح " of "صباح يوم عيد الأضحى"; not
    "ليلة", "عشية": "ليلة عيد الفطر", "عشية عيد الفصح" are its eve)."""
    parts = alt(w for w, code in lexicon().day_parts_before.items() if code != "NI" and w not in _EVE_WORDS)
    return regex.compile(rf"(?r)(?<![\p{{L}}\p{{M}}]){CONJ}?(?P<part>{parts})\s+(?:يوم\s+)?\G")


def holiday_parts(chosen: list[Candidate], text: str) -> list[Candidate]:
    """A holiday after a part of the day is a TIME of that day, as "صباح يوم الجمعة" is (session 29, second wave):
    "صباح يوم عيد الأضحى" → 2024-06-16TMO, "مساء عيد الفطر" → …TEV, ``part_of_day`` the part."""
    for c in chosen:
        if "holiday" not in c.attrs or c.type != "DATE" or c.mod is not None or c.value is None \
                or not _ONE_DAY.match(c.value, None, None, SERIAL):
            continue
        m = _part_before_holiday().search(text, max(0, c.ns - 20), c.ns, SERIAL)
        if m is None or any(o is not c and o.ne > m.start("part") and o.ns < c.ns for o in chosen):
            continue
        code = lexicon().day_parts_before[m["part"]]
        c.ns, c.type, c.value = m.start("part"), "TIME", f"{c.value}T{code}"
        c.attrs["part_of_day"] = code
    return chosen


@cache
def _era_edges() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """The era's words right after a span ("… عام قبل الميلاد") and right before it with ب ("قبل الميلاد بـ"), and a
    quantifier right before a year BC ("لنحو 3250 عاما قبل الميلاد", "حوالي 2000 سنة ق.م")."""
    lex = lexicon()
    era = alt(lex.before_era)
    return (regex.compile(rf"[^\S\n]*+(?:{era})(?![\p{{L}}\p{{M}}])"),
            regex.compile(rf"(?<![\p{{L}}\p{{M}}])(?:{era})[^\S\n]*+[،,]?[^\S\n]*+بـ*+[^\S\n]*+\Z"),
            regex.compile(rf"(?<![\p{{L}}\p{{M}}])[وف]?[بل]?(?P<q>{alt(lex.quantifiers)})[^\S\n]++\Z"))


_YEARS_ONLY = re.compile(r"P(\d+)Y")
#: A quantifier's mod on a count of years back from the era, as the mod of the year it gives
_BC_MODS = {"MORE_THAN": "BEFORE", "LESS_THAN": "AFTER"}


def years_before_era(chosen: list[Candidate], text: str) -> list[Candidate]:
    """A number of years before the era is a year BC, not a duration: "لنحو 3250 عاما قبل الميلاد" → BC3250 (mod
    APPROX), "500 سنة ق.م" → BC0500, "قبل الميلاد بـ 500 عام" → BC0500 (TIMEX3's BC prefix, as "عام 550 قبل
    الميلاد"), "منذ ألفي عام قبل الميلاد" → BC2000 (was 0017, 2,000 years before the reference); a whole number of
    years only ("عامين ونصف قبل الميلاد" stays)."""
    if not any(c.type == "DURATION" or "offset" in c.attrs or "era" in c.attrs for c in chosen):
        return chosen
    after, before, quantifier = _era_edges()
    lex = lexicon()
    out: list[Candidate] = []
    for cand in chosen:
        if (cand.type == "DATE" and cand.attrs.get("era") == "BC" and cand.mod is None and text[cand.ns].isdigit()
                and (q := quantifier.search(text, max(0, cand.ns - 16), cand.ns)) is not None):
            # "لنحو 3250 عاما قبل الميلاد": the year's rule read the count of years and the era, not the quantifier
            # ("أكثر من 500 عام قبل الميلاد": more years back is before the year); a year named ("حوالي عام 300 قبل
            # الميلاد") keeps its span as before
            mod = lex.quantifiers[q["q"]]
            out.append(Candidate(q.start("q"), cand.ne, "DATE", cand.value, attrs=cand.attrs,
                                 mod=_BC_MODS.get(mod, mod)))
            continue
        if (cand.type == "DATE" and isinstance(off := cand.attrs.get("offset"), str) and off.startswith("-P")
                and (y := _YEARS_ONLY.fullmatch(off[1:])) and int(y[1]) > 0
                and (m := after.match(text, cand.ne, None, SERIAL)) is not None):
            # "منذ ألفي عام قبل الميلاد": the years counted back from the era, not from today
            attrs = {k: v for k, v in cand.attrs.items() if k not in ("offset", "anchor")}
            out.append(_year_bc(cand, cand.ns, m.end(), y, attrs))
            continue
        if cand.type == "DURATION" and cand.value and (y := _YEARS_ONLY.fullmatch(cand.value)) and int(y[1]) > 0:
            if (m := after.match(text, cand.ne, None, SERIAL)) is not None:
                cand = _year_bc(cand, cand.ns, m.end(), y, cand.attrs)
            elif (m := before.search(text, max(0, cand.ns - 24), cand.ns, SERIAL)) is not None:
                cand = _year_bc(cand, m.start(), cand.ne, y, cand.attrs)
        out.append(cand)
    return out


def _year_bc(cand: Candidate, ns: int, ne: int, years: re.Match[str], attrs: dict[str, Any]) -> Candidate:
    """The year BC that ``cand``'s count of ``years`` back from the era names, over ``ns``–``ne`` ("BC3250"; a
    quantifier's mod as the year's: :data:`_BC_MODS`)."""
    return Candidate(ns, ne, "DATE", f"BC{int(years[1]):04d}", mod=_BC_MODS.get(cand.mod or "", cand.mod),
                     attrs={**attrs, "era": "BC"})


#: The plurals of year before a list of years (folded: "أعوام" is "اعوام")
_YEAR_PLURALS = ("سنوات", "اعوام")
#: A list of years after such a plural ("في أعوام 1992 و1996 و2000", "خلال سنوات 2015 و2016", "بعنوان السنوات 2016
#: و2017 و2018"): the years, و, أو or a comma between them
_YEARS_AFTER = regex.compile(
    r"[^\S\n]++(?:1[89]|20)\d\d(?:[^\S\n]*+(?:[،,]|[،,]?[^\S\n]*+(?:و|او))[^\S\n]*+(?:1[89]|20)\d\d)++"
    r"(?!\d|[.,]\d|[^\S\n]*+[%٪])")
#: One year of such a list
_LISTED_YEAR = regex.compile(r"(?:1[89]|20)\d\d")


def year_lists(chosen: list[Candidate], text: str, ns: int, ne: int, ref: dt.date | None) -> list[Candidate]:
    """The years listed after a plural of year (:data:`_YEARS_AFTER`; were numbers): years that follow each other are
    one interval from the noun on, as "عامي 2010 و2011" ("في أعوام 2011 و2012 و2013" → 2011/2013), other lists one
    DATE each, the noun (with its article) in the first's span ("بعد أعوام 1954 و1986 و1994" → "أعوام 1954", "1986",
    "1994").  A rate read before the list is none ("4 مرات في أعوام 2011 و2012": four times in those years)."""
    added: list[Candidate] = []
    dropped: list[Candidate] = []
    for noun in _YEAR_PLURALS:
        pos = text.find(noun, ns, ne)
        while pos >= 0:
            m = _YEARS_AFTER.match(text, pos + len(noun), ne, SERIAL)
            start = pos - 2 if text.startswith("ال", max(0, pos - 2)) and pos - 2 >= ns else pos
            pos = text.find(noun, pos + len(noun), ne)
            if m is None or not _word_start(text, start):
                continue
            overlapping = [c for c in chosen if c.ns < m.end() and start < c.ne]
            if any(c.type != "SET" or c.ne != m.start() for c in overlapping):
                continue
            dropped += overlapping
            years = [(y.start(), y.end(), int(y[0])) for y in _LISTED_YEAR.finditer(text, m.start(), m.end())]
            if all(b[2] == a[2] + 1 for a, b in pairwise(years)):
                first, last = str(years[0][2]), str(years[-1][2])
                added.append(Candidate(start, m.end(), "DATE", f"{first}/{last}",
                                       attrs={"range": {"start": first, "end": last}, "end_value": last}))
                continue
            for i, (s, e, year) in enumerate(years):
                cand = absolute(start if i == 0 else s, e, "gregorian", year, None, None, ref)
                if cand is not None:
                    added.append(cand)
    if not added:
        return chosen
    return sorted([*(c for c in chosen if all(c is not d for d in dropped)), *added], key=lambda c: c.ns)


def _word_start(text: str, start: int) -> bool:
    """Does a word begin at ``start``, past at most two proclitics (و ف ب ل: "وفي سنوات", "للسنوات")?"""
    j = start
    while j > 0 and start - j < 2 and text[j - 1] in "وفبل":
        j -= 1
    return j == 0 or not text[j - 1].isalpha()
