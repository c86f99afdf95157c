"""Anniversaries: "الذكرى السادسة للثورة", "الذكرى الـ70 لتأسيس المملكة عام 1947" (session 27).

An ordinal after "الذكرى" counts the years from an event.  When the event's day is known the anniversary is a
date, that day so many years on:

- an event of ``dates_lexicon.yaml``'s ``anniversaries`` right after it ("للثورة", "لاستقلال الجزائر", "لعيد
  الاستقلال"), its country found as its national holiday's is ("ذكرى الثورة"): "الذكرى السادسة للثورة" in a
  Tunisian story → 2017-01-14, the span up to the event's word (and a nisba after it);
- else a written date of the event's phrase, after a word or two ("الذكرى الـ70 لتأسيس المملكة عام 1947" → 2017, "الذكرى
  السادسة لثورة 14 جانفي" → 2017-01-14): the span is "الذكرى" and its ordinal, the event's date stays.

An anniversary later than the year after the reference's is no reading of it (the wrong country, a wrong year).
Otherwise the ordinal stays a number of the numbers stage.
"""

from __future__ import annotations

import datetime as dt
from functools import cache

import regex

from ...lang.ar.serial import SERIAL
from .candidates import Candidate, Context
from .handlers.families import _national
from .overlaps import Overlaps
from .patterns import MASK

#: Punctuation that ends the event's phrase before its date
_CLAUSE_END = regex.compile(r"[.،,؛;:!?؟()\n\"«»]")
#: How far after the ordinal the event's written date may start
_REACH = 40


@cache
def _pattern(events: tuple[str, ...]) -> regex.Pattern[str]:
    # (after "لل" an event loses its article's alif: "للمسيرة الخضراء"; a verbose pattern: its spaces escaped)
    forms = {*events, *(e[2:] for e in events if e.startswith("ال"))}
    alt = "|".join(e.replace(" ", r"\s+") for e in sorted(forms, key=len, reverse=True))
    return regex.compile(rf"""(?<![\p{{L}}\p{{M}}\d{MASK}])[وف]?[بل]?\K(?:ال|لل)ذكري
        (?:\s+السنويه)?\s+(?:ال\s?)?(?P<n>(?<!\d)\d{{1,3}}(?!\d)|{MASK}++)(?:\s+السنويه)?
        (?:\s+(?:لل|ل)(?P<hol>{alt})(?:ه|ها|هم)?(?![\p{{L}}\p{{M}}]))?""", regex.VERBOSE)


def anniversaries(chosen: list[Candidate], ctx: Context, ns: int, ne: int) -> list[Candidate]:
    """``chosen`` (of the region ``ns``–``ne``) with the anniversaries of known events added (see the module); a
    holiday's candidate that names the event ("لعيد الاستقلال") is taken into the anniversary's span."""
    text = ctx.text
    if text.find("ذكري", ns, ne) < 0:
        return chosen
    lex = ctx.lex
    added: list[Candidate] = []
    dropped: set[int] = set()
    index: Overlaps | None = None  # (``chosen`` is not changed in the loop)
    for m in _pattern(tuple(lex.anniversaries)).finditer(text, ns, ne, False, SERIAL):
        n = _count(m, ctx)
        if n is None:
            continue
        end = m.end("n")
        if index is None:
            index = Overlaps.of(chosen)
        nxt = index.meeting(m.start(), end + _REACH)
        if any(chosen[i].ns < end for i in nxt):
            continue  # the ordinal is already part of a date
        # the event's written date first ("لثورة 25 يناير" in a Tunisian story), then the event of the table
        # (not when the written year is the anniversary's own: "الذكرى الأولى للثورة عام 2012")
        cand = _of_date(m, text, n, [c for c in (chosen[i] for i in nxt) if c.ns >= end])
        event = _of_event(m, ctx, n, [chosen[i] for i in nxt]) if m["hol"] is not None else None
        own = cand is not None and event is not None and cand.attrs["origin"][:4] == str(event.value)[:4]
        if event is not None and _plausible(event, ctx.ref) and (not _plausible(cand, ctx.ref) or own):
            cand = event
            taken = [i for i in nxt if chosen[i].ns < cand.ne]
            cand.ne = max([cand.ne, *(chosen[i].ne for i in taken)])
            dropped.update(taken)
        if cand is not None and _plausible(cand, ctx.ref):
            added.append(cand)
    if not added:
        return chosen
    out = [c for i, c in enumerate(chosen) if i not in dropped] + added
    out.sort(key=lambda c: (c.ns, c.ne))
    return out


def _plausible(cand: Candidate | None, ref: dt.date | None) -> bool:
    """Is ``cand`` an anniversary no later than the year after the reference's?"""
    return cand is not None and cand.value is not None and (ref is None or int(cand.value[:4]) <= ref.year + 1)


def _count(m: regex.Match[str], ctx: Context) -> int | None:
    """The ordinal's value (digits, or a masked ordinal of the numbers stage), from 1 to 500."""
    if m["n"][0] == MASK:
        value, kind = ctx.masks.get(m.start("n"), (0, ""))
        if kind != "ordinal" or value != int(value):
            return None
        n = int(value)
    else:
        n = int(m["n"])
    return n if 1 <= n <= 500 else None


def _of_event(m: regex.Match[str], ctx: Context, n: int, near: list[Candidate]) -> Candidate | None:
    """The anniversary of an event of the table: its country's day of the event, ``n`` years on."""
    table = ctx.lex.anniversaries
    event = " ".join(m["hol"].split())
    holiday, origins = table[event] if event in table else table["ال" + event]
    end = m.end()
    code = next((c.attrs["country"] for c in near if "country" in c.attrs and c.ns < m.end()), None)
    if not holiday:  # an event of one country: the span stops at the ordinal ("لتحرير سيناء": a place, an entity)
        code, end = next(iter(origins)), m.end("n")
    elif code is None:
        national = _national(m, ctx, holiday, ctx.ref.year if ctx.ref else 0)
        if national is None:
            return None
        code, end = national[0], max(end, national[3])
    if code not in origins:
        return None
    year, month, day = origins[code]
    try:
        date = dt.date(year + n, month, day)
    except ValueError:  # (29 February)
        return None
    return Candidate(m.start(), end, "DATE", date.isoformat(),
                     attrs={"anniversary": n, "country": code, "origin": dt.date(year, month, day).isoformat()})


def _of_date(m: regex.Match[str], text: str, n: int, after: list[Candidate]) -> Candidate | None:
    """The anniversary of the written date of the event's phrase: that date ``n`` years on."""
    ne = m.end("n")
    for c in after:
        if _CLAUSE_END.search(text, ne, c.ns) is not None:
            return None
        if (c.type != "DATE" or c.value is None or not c.resolved or c.mod is not None or c.calendar != "gregorian"
                or not regex.fullmatch(r"\d{4}(?:-\d\d(?:-\d\d)?)?", c.value)
                or not {"anchor", "relation", "range"}.isdisjoint(c.attrs)):
            return None
        year = int(c.value[:4]) + n
        value = f"{year:04d}{c.value[4:]}"
        if value.endswith("-02-29") and not (year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)):
            return None
        return Candidate(m.start(), ne, "DATE", value, attrs={"anniversary": n, "origin": c.value})
    return None
