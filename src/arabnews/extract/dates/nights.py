"""Nights and tens of days of a month (session 21).

* A night before a day of a month is that day's night (a TIME, ``part_of_day`` NI), as "ليلة الأحد" and
  "ليلة القدر" are read: "الليلة الأولى من رمضان", "الليلة السابعة والعشرين من شهر رمضان", "ليلة 15
  أوت" → the day's value with TNI; the span opens with "الليلة".  ("الأولى من رمضان" alone was the 1st.)
* The ten first or last days of a Hijri month ("العشر الأواخر من رمضان", "العشر الأوائل من ذي الحجة",
  "الأيام العشر الأولى من شهر ذي الحجة") are one DATE: the interval of those days (the 21st to the month's
  last day, or the 1st to the 10th) in the year the clause's tense picks for those days (session 48,
  :func:`.handlers.absolute.year_of_hijri_part`; was the reference's Hijri year), with their Hijri reading in
  ``hijri``.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache

import regex

from ...lang.ar.serial import SERIAL
from ..numbers.gated import at_pos
from . import resolve as R
from .candidates import Candidate
from .handlers.absolute import year_of_hijri_part
from .months import lexicon
from .patterns import MASK, alt

#: "الليلة " or "ليلة " right before a position (the folded text)
_NIGHT_BEFORE = re.compile(r"(?<![\w\u0600-\u06ff])(?:ال)?ليله\s+$")
_NIGHT_REACH = 12
#: the quick test of a region for a ten of days: a masked number and a word of first or last after it
_TENS_GATE = re.compile(rf"{MASK}+\s+(?:الاواخر|الاوايل|الاخيره|الاولي|الاول|{MASK})")
_FIRST_TEN = frozenset({"الاوايل", "الاولي", "الاول"})


@cache
def _tens() -> regex.Pattern[str]:
    """ "(الأيام|الليالي) العشر الأواخر (من) (شهر) رمضان" on the masked folded text."""
    hijri = alt(w for w, (cal, _) in lexicon().months.items() if cal == "hijri")
    return regex.compile(
        rf"(?:(?<![\p{{L}}\p{{M}}])|(?<=(?<![\p{{L}}\p{{M}}])[وفب]))(?:(?:الايام|الليالي)\s+)?(?P<ten>{MASK}+)\s+(?:(?:الايام|الليالي|ايام|ليال|ليالي)\s+)?"
        rf"(?P<pos>الاواخر|الاوايل|الاخيره|الاولي|الاول|{MASK}+)\s+(?:من\s+)?(?:شهر\s+)?(?P<month>{hijri})"
        rf"(?![\p{{L}}\p{{M}}])(?!\s*\d)")


def nights_of_days(chosen: list[Candidate], text: str) -> list[Candidate]:
    """A day of a month after "الليلة"/"ليلة" is that day's night: its span opens with the night word, its
    type is TIME and its value the day's with TNI, in place."""
    for c in chosen:
        if c.type != "DATE" or c.value is None or len(c.value) != 10 or not c.fields or not c.fields.get("day"):
            continue
        night = _NIGHT_BEFORE.search(text[max(0, c.ns - _NIGHT_REACH):c.ns])
        if night is None:
            continue
        c.ns -= len(night.group())
        if any(o is not c and o.ns < c.ne and c.ns < o.ne for o in chosen):
            c.ns += len(night.group())  # "الليلة" read apart (tonight) before the day: left as it is
            continue
        c.type = "TIME"
        c.value = f"{c.value}TNI"
        c.attrs["part_of_day"] = "NI"
        c.fields = None
    return chosen


def masked_tens(masks: dict[int, tuple[float, str]]) -> list[int]:
    """The starts of the masked numbers of value 10, in order (what :func:`tens_of_days` looks for)."""
    return sorted(s for s, v in masks.items() if v[0] == 10)


def tens_of_days(chosen: list[Candidate], text: str, masks: dict[int, tuple[float, str]], ref: dt.date | None,
                 lo: int = 0, hi: int | None = None, tens: Sequence[int] | None = None) -> list[Candidate]:
    """``chosen`` with the tens of days of a Hijri month (see the module's docstring) of ``text[lo:hi]``;
    ``tens``: :func:`masked_tens` of ``masks`` if known (a document's regions share it)."""
    hi = len(text) if hi is None else hi
    # a ten is a masked number of value 10 that starts in the stretch (read below): without one, no
    # regex scan of the region (most regions; the gate's search cost 5 % of the stage)
    tens = masked_tens(masks) if tens is None else tens
    i = bisect_left(tens, lo)
    if i == len(tens) or tens[i] >= hi or _TENS_GATE.search(text, lo, hi) is None:
        return chosen
    found: list[Candidate] = []
    for m in _tens().finditer(text, lo, hi):
        if masks.get(m.start("ten"), (0,))[0] != 10:
            continue
        if m["pos"][0] == MASK and masks.get(m.start("pos")) != (1, "ordinal"):
            continue  # "الأولى", masked as the ordinal 1
        _, month = lexicon().months[m["month"]]
        first = m["pos"] in _FIRST_TEN or m["pos"][0] == MASK
        if ref is None:
            found.append(Candidate(m.start(), m.end(), "DATE", None, "hijri", False, attrs={"anchor": "REF"}))
            continue
        # the ten's occurrence by the clause's tense: "زاروا المدينة في العشر الأواخر من رمضان" read on 1 Ramadan is
        # last Ramadan's (session 48; was the reference's Hijri year)
        year = year_of_hijri_part(month, _first_ten if first else _last_ten, text, m.start(), m.end(), ref)
        span = R.hijri_span(year, month)
        if span is None:
            continue
        start, end = span.split("/")
        if first:
            end = (dt.date.fromisoformat(start) + dt.timedelta(days=9)).isoformat()
            days = (1, 10)
        else:
            start = (dt.date.fromisoformat(start) + dt.timedelta(days=20)).isoformat()
            days = (21, (dt.date.fromisoformat(end) - dt.date.fromisoformat(span.split("/")[0])).days + 1)
        found.append(Candidate(m.start(), m.end(), "DATE", f"{start}/{end}", "hijri", attrs={
            "anchor": "REF", "range": {"start": start, "end": end}, "end_value": end,
            "hijri": f"{year:04d}-{month:02d}-{days[0]:02d}/{year:04d}-{month:02d}-{days[1]:02d}"}))
    if not found:
        return chosen
    kept = [c for c in chosen if not any(c.ns < f.ne and f.ns < c.ne for f in found)]
    return sorted(kept + found, key=lambda c: (c.ns, c.ne))


def _first_ten(first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
    return first, first + dt.timedelta(days=9)


def _last_ten(first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
    return first + dt.timedelta(days=20), last


#: The night word before a pair of days: "الليلة الفاصلة بين", "ليلة" (the folded text, read backwards from the
#: first day: "بين" and "يومي" come after it)
_NIGHT_OF_PAIR = regex.compile(r"(?r)(?<![\p{L}\p{M}])[وفب]?(?P<night>(?:ال)?ليله)\s+(?:الفاصله\s+)?"
                               r"(?P<between>بين\s+(?:يومي\s+)?)?\G")
#: Between the two days of a night: "و" after "بين", "إلى" after "ليلة" (also "على", a dash or a slash: "ليلة
#: الخميس على الجمعة", "ليل الأحد-الاثنين", "ليلة الجمعة/السبت"; or white space alone after "ليلة": "منتصف ليل
#: الجمعة السبت", session 25)
_PAIR_GAP = regex.compile(r"\s*+(?:(?P<and>و)|(?P<to>الي|حتي|علي|[-–/]))\s*+|(?P<to>\s++)")
_PAIR_REACH = 30
_WEEK_AFTER = at_pos(r"\s++من\s++(?:هذا\s++)?الاسبوع(?![\p{L}\p{M}])")


def nights_between(chosen: list[Candidate], text: str) -> list[Candidate]:
    """The night between two days that follow each other is the first day's night (TIME, TNI): "الليلة الفاصلة
    بين السبت والأحد", "الليلة الفاصلة بين 14 و15 جانفي", "ليلة الأحد إلى الاثنين" (Tunisian security reports),
    "ليلة الخميس على الجمعة", "ليل الأحد-الاثنين", "ليلة 14 إلى 15 جانفي".
    The first day is the one the pair names: a relative word after the second fixes it ("بين الأحد والاثنين
    الماضيين", already one interval); two days that do not follow each other are left as they are."""
    out: list[Candidate] = []
    i = 0
    while i < len(chosen):
        c = chosen[i]
        found = _NIGHT_OF_PAIR.search(text, max(0, c.ns - _PAIR_REACH), c.ns, SERIAL) if c.value else None
        # "ليلة الأحد إلى الاثنين": the night word is the first day's own
        own = found is None and c.type == "TIME" and (c.value or "").endswith("TNI") and text.startswith(
            "ليل", c.ns if text[c.ns] != "ا" else c.ns + 2)
        night = _night(c, chosen[i + 1] if i + 1 < len(chosen) else None, found, own, text)
        if night is None:
            out.append(c)
            i += 1
            continue
        out.append(night[0])
        i += night[1]
    return out


def _night(c: Candidate, nxt: Candidate | None, found: regex.Match[str] | None, own: bool,
           text: str) -> tuple[Candidate, int] | None:
    """The night (and how many candidates it takes) of ``c`` and maybe ``nxt``, or None: ``found`` the night
    word before ``c``, ``own`` whether ``c`` opens with its own ("ليلة الأحد")."""
    if found is None and not own:
        return None
    start = found.start("night") if found is not None else c.ns
    value = c.value or ""
    if found is not None and not found["between"] and c.type == "DATE" and len(value) == 21 and "/" in value:
        # one interval: "الليلة الفاصلة بين 14 و15 جانفي", "ليلة 14 إلى 15 جانفي", "ليلة 14-15 جانفي 2017"
        first, last = (dt.date.fromisoformat(v) for v in value.split("/"))
        if (last - first).days != 1:
            return None
        return _as_night(c, start, c.ne, first), 1
    if nxt is None or nxt.type != "DATE" or not nxt.value or len(nxt.value) != 10 or "weekday" not in nxt.attrs:
        return None
    if "weekday" not in c.attrs or len(value) < 10:
        return None
    gap = _PAIR_GAP.fullmatch(text, c.ne, nxt.ns)
    if gap is None or (gap["and"] and not (found is not None and found["between"])) or (
            gap["to"] and found is not None and found["between"]):
        return None  # "بين السبت والأحد" needs بين; "ليلة السبت إلى الأحد" no بين
    if int(nxt.attrs["weekday"]) != int(c.attrs["weekday"]) % 7 + 1 or _WEEK_AFTER.match(text, nxt.ne):
        return None  # (a week written after: "… من الأسبوع الفارط", read by today.weekdays_of_written_weeks)
    last = dt.date.fromisoformat(nxt.value)
    first = dt.date.fromisoformat(value[:10])
    if (last - first).days != 1:
        first = last - dt.timedelta(days=1)  # the second day's relative word decides ("إلى الاثنين الماضي")
    return _as_night(c, start, nxt.ne, first), 2


def _as_night(c: Candidate, start: int, end: int, day: dt.date) -> Candidate:
    attrs = {k: v for k, v in c.attrs.items() if k not in ("range", "end_value", "weekday")}
    attrs["part_of_day"] = "NI"
    return Candidate(start, end, "TIME", f"{day.isoformat()}TNI", c.calendar, c.resolved, attrs=attrs)


#: "منتصف" right before a night (read backwards from it, with its clitics: "بمنتصف", "ومنتصف")
_MIDDLE_BEFORE = regex.compile(r"(?r)(?<![\p{L}\p{M}])(?:و|ف)?(?:ب|ل|ك)?(?P<mid>منتصف)\s+\G")


def midnights(chosen: list[Candidate], text: str) -> list[Candidate]:
    """The middle of a day's night is its midnight (session 24, second wave; pan-Arab news): "منتصف ليل
    الجمعة-السبت" → Friday's T24:00 (it was the night, the span without "منتصف"), "منتصف ليلة السبت", "منتصف ليلة
    14 جانفي" (was TNI, mod MID), "منتصف الليلة الفاصلة بين السبت والأحد"; as "منتصف الليل" alone is T24:00."""
    for c in chosen:
        if c.type != "TIME" or c.value is None or not c.value.endswith("TNI") or len(c.value) != 13:
            continue
        if text.startswith("منتصف", c.ns):
            mid = c.ns
        else:
            m = _MIDDLE_BEFORE.search(text, max(0, c.ns - 10), c.ns, SERIAL)
            if m is None or any(o is not c and o.ns < c.ns and m.start("mid") < o.ne for o in chosen):
                continue
            mid = m.start("mid")
        c.ns, c.value, c.mod = mid, c.value[:10] + "T24:00", None
        c.attrs.pop("part_of_day", None)
    return chosen
