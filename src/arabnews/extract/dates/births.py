"""Dates of birth listed after the first one (session 43).

A date after a noun of birth is marked ``birth: true`` (``birth_words`` of ``dates_lexicon.yaml``, session 42: "من
مواليد 1971"), so that no event takes it as its day.  Two or more people's births are written as a list after one
noun: "من مواليد سنة 1998 وسنة 1995", "مواليد 1998 و1995", "من مواليد 1990 و 1992", "من مواليد 1985، 1987 و1990",
"مواليد 13 مارس 1985 و14 أفريل 1987".  The first item alone was marked, and a bare year after it stayed a number
(held-out ANT 7886's neighbour "من مواليد سنة 1998 وسنة 1995" gave the second year to an event as its day).  Each
item of such a list — joined by و/أو or a comma, the same kind of date as the first (a year after a year, a day
after a day: "مواليد 1985 ويوم 12 مارس 2010" names an act's day after a birth year) — is a date of birth too; a bare
year in it (digits, Arabic-Indic ones folded) becomes a DATE, unless the numbers stage counted it ("مواليد 1990
و1500 دينار").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Container, Iterable

import regex

from ...lang.ar.serial import SERIAL
from .candidates import Candidate
from .values import absolute

#: Between two items of a list: a comma (and و), و or أو (folded: او), white space around, no line break
_JOINED = regex.compile(r"[^\S\n]*+(?:[،,][^\S\n]*+(?:(?:و|او)[^\S\n]*+)?|(?:و|او)[^\S\n]*+)")
#: A bare year of four digits, not a part of a longer number, a decimal or a percentage
_BARE_YEAR = regex.compile(r"(?:1[89]|20)\d\d(?!\d|[.,]\d|[^\S\n]*+[%٪])")


def birth_lists(chosen: list[Candidate], text: str, ns: int, ne: int, ref: dt.date | None,
                counted: Container[int], nouns: Iterable[str]) -> list[Candidate]:
    """``chosen`` with the items listed after a date of birth marked ``birth: true`` and the bare years among them
    added as DATEs (the module's doc); ``ns``–``ne`` is the region, ``counted`` the starts of amounts, ``nouns``
    the nouns of birth.  A year glued to the noun is one too ("(من مواليد1989)", ANT)."""
    glued = _glued_years(chosen, text, ns, ne, ref, counted, nouns)
    if glued:
        chosen = sorted([*chosen, *glued], key=lambda c: c.ns)
    elif not any(c.attrs.get("birth") for c in chosen):
        return chosen
    starts = {c.ns: c for c in chosen}
    added: list[Candidate] = []
    for cand in chosen:
        if not cand.attrs.get("birth") or cand.type != "DATE" or not cand.value:
            continue
        last = cand
        while (m := _JOINED.match(text, last.ne, ne)) is not None and m.end() > m.start():
            pos = m.end()
            item = starts.get(pos)
            if item is None:
                y = _BARE_YEAR.match(text, pos, ne)
                if y is None or pos in counted or (ref is not None and int(y[0]) > ref.year):
                    break
                item = absolute(pos, y.end(), "gregorian", int(y[0]), None, None, ref)
                if item is None:
                    break
                added.append(item)
            elif (item.type != "DATE" or not item.value or len(item.value) != len(last.value or "")
                  or (ref is not None and item.value[:4].isdigit() and int(item.value[:4]) > ref.year)):
                break
            item.attrs["birth"] = True
            last = item
    if not added:
        return chosen
    return sorted([*chosen, *added], key=lambda c: c.ns)


def _glued_years(chosen: list[Candidate], text: str, ns: int, ne: int, ref: dt.date | None,
                 counted: Container[int], nouns: Iterable[str]) -> list[Candidate]:
    """The bare years glued to a noun of birth in ``ns``–``ne`` that no candidate covers, as dates of birth."""
    out: list[Candidate] = []
    for noun in nouns:
        pos = text.find(noun, ns, ne)
        while pos >= 0:
            start = pos + len(noun)
            pos = text.find(noun, start, ne)
            y = _BARE_YEAR.match(text, start, ne, SERIAL)
            if (y is None or not _word_start(text, start - len(noun)) or start in counted
                    or (ref is not None and int(y[0]) > ref.year)
                    or any(c.ns < y.end() and start < c.ne for c in chosen)
                    or any(c.ns == start for c in out)):
                continue
            cand = absolute(start, y.end(), "gregorian", int(y[0]), None, None, ref)
            if cand is not None:
                cand.attrs["birth"] = True
                out.append(cand)
    return out


def _word_start(text: str, pos: int) -> bool:
    """Does a word begin at ``pos``, past a و or ف ("ومواليد"; not "المواليد", the births counted)?"""
    if pos > 0 and text[pos - 1] in "وف":
        pos -= 1
    return pos == 0 or not text[pos - 1].isalpha()
