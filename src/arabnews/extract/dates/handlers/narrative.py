"""Handlers of the forms closed after issue 15's first pass: days anchored on the story's previous date
("اليوم التالي"), prayer times ("بعد المغرب"), quarters without a year ("الربع الثالث") and whole parts
of a day ("طوال الليل")."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import Any

import regex

from ....document import DateType
from ....lang.ar.serial import SERIAL
from ...numbers.gated import at_pos
from .. import resolve as R
from ..candidates import Candidate, Context
from ..months import lexicon
from ..patterns import MASK
from ..reading import first_ordinal, int_in, words
from ..values import unresolved
from .absolute import _SAME_YEAR, _last_year
from .relative import _FUTURE_TENSE, _tense

_NEXT = regex.compile(r"\s++(?:ال|و(?=[\p{L}]))")
#: "نفس الشهر من سنة 2016", "نفس اليوم من العام الماضي", "نفس الشهر من 2016": "من" and the word after it
_FROM = at_pos(r"\s++من\s++([\d\ue000]|[\p{L}]++)")
#: "يوم 25 من نفس الشهر", "جانفي من نفس السنة": the month or year of a date, not a date of its own
_DATE_OF = regex.compile(r"(?:[\d\ue000]|([\p{L}]++))\s*+من\s++$")


def _of_another_date(ctx: Context, end: int) -> bool:
    """Does "من" and a date follow ``end`` ("نفس الشهر من سنة 2016", "من العام الماضي", "من 2016", "من
    جانفي"), making the unit part of another date?  "خلال نفس الليلة من إيقاف فتاة" (تمكنت … من) is the
    story's night."""
    after = _FROM.match(ctx.text, end, None, SERIAL)
    if after is None:
        return False
    word = after[1]
    if not word[0].isalpha():  # a number, or a number masked by the numbers stage
        return True
    lex = ctx.lex
    return word in lex.months or (word if word.startswith("ال") else "ال" + word) in lex.anaphoric_units


def h_anaphoric(m: regex.Match[str], ctx: Context) -> Candidate | None:
    """A day, week, month, year or night anchored on the story's previous date, not on the reference:
    "اليوم التالي" / "في اليوم التالي" → DATE, value None, ``anchor`` PREV_DATE, ``offset`` P1D, ``unit``
    D; "اليوم السابق" → -P1D; "اليوم نفسه" / "ذات اليوم" → P0D; "الأسبوع التالي" → P1W; "الليلة
    التالية" and "صباح اليوم التالي" are TIMEs with their ``part_of_day``.  "العام السابق" is left to
    the relative rule (the year before the reference); "نفس الشهر من سنة 2016" and "يوم 25 من نفس
    الشهر" are not anchored on the previous date alone and give nothing."""
    g = m.re.groupindex
    lex = ctx.lex
    if _of_another_date(ctx, m.end()):
        return None  # "نفس الشهر من سنة 2016": the same month of another year
    of = _DATE_OF.search(ctx.text, max(0, m.start() - 30), m.start(), SERIAL)
    if of is not None and (of.group(1) is None or of.group(1) in lex.months):
        return None  # "25 من نفس الشهر", "جانفي من نفس السنة"
    unit_word = words(m[g["unit"]])
    if not unit_word.startswith("ال"):  # "لليوم": the clitic ل swallowed the alif of ال
        unit_word = "ا" + unit_word
    unit = lex.anaphoric_units[unit_word]
    rel = 0 if m[g["same"]] else lex.anaphoric_offsets[words(m[g["rel"]])]
    if rel < 0 and unit not in ("D", "NI"):
        return None
    attrs: dict[str, Any] = {"anchor": "PREV_DATE", "unit": "D" if unit == "NI" else unit}
    attrs["offset"] = R.offset(abs(rel), attrs["unit"], rel)
    type_: DateType = "DATE"
    if unit == "NI" or m[g["part"]]:
        if m[g["part"]] and unit != "D":
            return None  # "صباح الأسبوع التالي"
        type_ = "TIME"
        attrs["part_of_day"] = "NI" if unit == "NI" else lex.day_parts_before[words(m[g["part"]])]
    mod = None
    if m[g["mod"]]:  # "أواخر نفس الشهر", "منتصف العام نفسه": the story's month or year with its mod
        if type_ != "DATE" or unit == "D":
            return None
        mod = lex.mods[words(m[g["mod"]])]
    return Candidate(m.start(), m.end(), type_, None, resolved=False, mod=mod, attrs=attrs)


def h_prayer(m: regex.Match[str], ctx: Context) -> Candidate | None:
    """A prayer time after a cue: "بعد المغرب" → the reference day's TEV, "قبيل الفجر" → TMO, "بعد صلاة
    الجمعة" → the Friday (by the clause's tense) TMI; a part of the day as a noun after a preposition
    likewise: "خلال الظهيرة" → TMI, "في ساعة متأخرة من الليل" → TNI, "في الصباح الباكر" → TMO, without
    the preposition in the span.  Without a cue a prayer name is no time ("زار المغرب": Morocco); without
    صلاة it is none before an adjective or a conjunction either ("بعد المغرب العربي", "بعد المغرب
    والجزائر", "قبل العصر الحجري")."""
    g = m.re.groupindex
    lex = ctx.lex
    if m[g["noun"]]:  # "خلال الظهيرة", "في ساعة متأخرة من الليل": the reference day's part
        for slot in ("first", "last"):  # "الساعات الأولى من الصباح", "ساعات الصباح الأولى" (masked ordinals)
            if m[g[slot]] and not first_ordinal(ctx.masks, m.start(g[slot])):
                return None
        if m[g["edge"]]:  # "آخر النهار", "أول الليل": the reference day's part, the edge's mod
            if m[g["edge"]][0] == MASK and not (first_ordinal(ctx.masks, m.start(g["edge"])) and len(
                    m[g["edge"]]) == 3 and m.start(g["edge"]) not in ctx.definite):
                return None  # "أول الليل" (masked); not "للمرة الأولى الليلة", "الثاني الليل"
            code = lex.edge_parts[m[g["noun"]]]
            mod = "START" if m[g["edge"]][0] == MASK else lex.part_edges[m[g["edge"]]]
        else:
            if m[g["noun"]] in lex.part_nouns_bound and not (m[g["hours"]] or m[g["first"]] or m[g["last"]]
                                                             or m[g["adj"]]):
                return None  # "في الفجر" alone (a newspaper too); "في ساعات الفجر الأولى" is a time
            code = lex.part_nouns[m[g["noun"]]]
            mod = "START" if m[g["first"]] or m[g["last"]] else (
                lex.part_hours.get(words(m[g["hours"]])) if m[g["hours"]] else None) or (
                lex.part_adjectives.get(m[g["adj"]]) if m[g["adj"]] else None)
        attrs: dict[str, Any] = {"anchor": "REF", "part_of_day": code}
        # the preposition is a signal, not part of the expression (add_relation reads it)
        start, end = m.start(g["part"]), m.end(g["part"])
        if ctx.ref is None:
            return Candidate(start, end, "TIME", None, resolved=False, mod=mod, attrs=attrs)
        return Candidate(start, end, "TIME", f"{ctx.ref.isoformat()}T{code}", mod=mod, attrs=attrs)
    name = words(m[g["prayer"]])
    code = lex.prayers[name]
    if not m[g["salat"]]:  # "بعد الظهر": the afternoon (a part of the day of its own), not noon
        code = lex.day_parts.get(f"{words(m['cue'])} {name}", code)
    friday = name == "الجمعه"
    if not m[g["salat"]] and (friday or _NEXT.match(ctx.text, m.end())):
        return None
    attrs = {"anchor": "REF", "part_of_day": code, "prayer": name}
    # "قرابة الظهر", "حوالي العصر": about that time
    mod = "APPROX" if lex.quantifiers.get(words(m[g["cue"]])) == "APPROX" else None
    relation = lex.relations.get(words(m[g["cue"]]))
    if relation:
        attrs["relation"] = relation
    if friday:
        attrs["weekday"] = 5
    if ctx.ref is None:
        if friday:
            attrs["timex"] = f"XXXX-WXX-5T{code}"
        return Candidate(m.start(), m.end(), "TIME", None, resolved=False, mod=mod, attrs=attrs)
    date = ctx.ref
    if friday:
        if _tense(ctx.text, m.start()) == _FUTURE_TENSE:
            date = ctx.ref + dt.timedelta(days=(5 - ctx.ref.isoweekday()) % 7)
        else:
            date = R.weekday_before(ctx.ref, 5)
    return Candidate(m.start(), m.end(), "TIME", f"{date.isoformat()}T{code}", mod=mod, attrs=attrs)


def h_quarter(m: regex.Match[str], ctx: Context) -> Candidate | None:
    """A quarter without a year: "الربع الثالث" → the reference year's 2020-Q3 (XXXX-Q3 unresolved
    without a reference), "الربع الأول من العام" likewise, and a half with "من العام/السنة" ("النصف الأول من
    السنة" → 2020-H1; "النصف الأول" alone is a match's); not before "من …" ("الربع الأول من الساعة":
    a fraction; "من عام 2019" is the relative rule's)."""
    g = m.re.groupindex
    lex = ctx.lex
    unit = m[g["unit"]]
    half = unit != "الربع" and not unit.startswith("الثلاثي")  # النصف, Tunisian الشطر, السداسي
    # "في النصف الثاني من نفس السنة", "الربع الثالث من العام نفسه": the year of the story's previous date
    same = _SAME_YEAR.match(ctx.text, m.end(g["qn"]), None, SERIAL)
    if same is None and unit.startswith(("الثلاثي", "السداسي")):  # with a year: the relative rule's
        return None
    if half and not m[g["this"]] and same is None:  # "النصف الأول" alone is as often a match's first half
        return None
    if not m[g["this"]] and same is None and _FROM.match(ctx.text, m.end(), None, SERIAL):
        return None
    qn = m[g["qn"]]
    q: int | None
    if qn in lex.quarter_last:
        q = 4
    elif qn[0] == MASK:
        q = int_in(ctx.masks.get(m.start(g["qn"])), 1, 4)
    else:
        q = lex.quarters.get(words(qn))
    if q is None or (half and q > 2):
        return None
    code = f"H{q}" if half else f"Q{q}"
    mod = lex.mods[words(m[g["mod"]])] if m[g["mod"]] else None
    if same is not None:
        prev = _last_year(ctx.text, m.start())
        if prev is None:
            return None
        return Candidate(m.start(), same.end(), "DATE", f"{prev:04d}-{code}", mod=mod,
                         attrs={"anchor": "PREV_DATE"})
    if ctx.ref is None:
        cand = unresolved(m.start(), m.end(), "DATE", "P0Y", timex=f"XXXX-{code}")
        cand.mod = mod
        return cand
    return Candidate(m.start(), m.end(), "DATE", f"{ctx.ref.year:04d}-{code}", mod=mod,
                     attrs={"anchor": "REF", "offset": "P0Y"})


def h_entire(m: regex.Match[str], ctx: Context) -> Candidate | None:
    """A whole part of a day or a whole unit: "طوال اليوم" → P1D, "طيلة العام" → P1Y, "طوال الليل" /
    "طيلة النهار" → DURATION with no value, ``mod`` ENTIRE and its ``part_of_day`` (NI, DT); not before an
    adjective or a number ("طوال اليوم الأول", "طيلة الليلة الماضية", "طوال العام الماضي", "طيلة العام 2016")."""
    g = m.re.groupindex
    if _NEXT.match(ctx.text, m.end()) or regex.match(r"\s*+[\d\ue000]", ctx.text[m.end():m.end() + 3]):
        return None
    code = ctx.lex.entire_parts[words(m[g["part"]])]
    if code in ("D", "W", "M", "Y"):
        return Candidate(m.start(), m.end(), "DURATION", f"P1{code}", mod="ENTIRE")
    return Candidate(m.start(), m.end(), "DURATION", None, resolved=False, mod="ENTIRE",
                     attrs={"part_of_day": code})


#: The ends of a sentence around a bare part of the day (:func:`h_bulletin`, :func:`.merges.bulletin_alone`)
_SENTENCE_END = re.compile(r"[.!?؟\n]")
#: A letter or mark of a word (a cue must not be inside another word: "سحب" of "انسحب")
_WORD_LETTER = re.compile(r"[\u0621-\u064a\u064b-\u065f\u0670-\u06d3A-Za-z]")


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence of ``text`` that holds ``start:end``: from after the last end mark before it to the next."""
    lo = max(text.rfind(mark, 0, start) for mark in ".!?؟\n") + 1
    after = _SENTENCE_END.search(text, end)
    return lo, after.start() if after is not None else len(text)


@cache
def _bulletin_cues() -> re.Pattern[str]:
    """Any word of a forecast (``bulletin_cues``), as a plain ``re`` alternation (its word ends are checked
    after a hit: :func:`_has_cue`)."""
    cues = sorted(lexicon().bulletin_cues, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, cues)))


def _has_cue(text: str, lo: int, hi: int) -> bool:
    """Does ``text[lo:hi]`` hold a cue word, bare or after one proclitic letter (و ف ب ل)?"""
    for hit in _bulletin_cues().finditer(text, lo, hi):
        a, b = hit.start(), hit.end()
        if a > lo and _WORD_LETTER.match(text, a - 1) and not (
                text[a - 1] in "وفبل" and (a - 1 == lo or not _WORD_LETTER.match(text, a - 2))):
            continue
        if b < len(text) and _WORD_LETTER.match(text, b):
            continue
        return True
    return False


def h_bulletin(m: regex.Match[str], ctx: Context) -> Candidate | None:
    """A bare part of the day in a weather or traffic bulletin's sentence is the reference (or document's) day's
    part: "وتكون محليّا كثيفة بالجنوب الشرقي صباحا" → ref TMO, "تساقط الثلوج بالمرتفعات الغربيّة ليلا" → ref TNI.
    Elsewhere a bare part is generic or a story's ("الأكل ليلا يسبب", "تمساح يهاجم زوجين ليلا"): no time.  The
    candidate is dropped when its sentence holds another date (:func:`.merges.bulletin_alone`)."""
    g = m.re.groupindex
    lo, hi = sentence_bounds(ctx.text, m.start(), m.end())
    if not _has_cue(ctx.text, lo, hi):
        return None
    code = ctx.lex.bulletin_parts[words(m[g["part"]])]
    if ctx.ref is None:
        return Candidate(m.start(), m.end(), "TIME", None, resolved=False,
                         attrs={"anchor": "REF", "offset": "P0D", "part_of_day": code, "bulletin": True})
    return Candidate(m.start(), m.end(), "TIME", f"{ctx.ref.isoformat()}T{code}",
                     attrs={"anchor": "REF", "offset": "P0D", "part_of_day": code, "bulletin": True})
