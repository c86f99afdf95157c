"""One document, one "today": a bare weekday that is the weekday of the day the document calls today.

A bare weekday ("الجمعة", "مساء الجمعة") is the last such day on or before the reference date (or the next
one after a future cue); "اليوم الجمعة" is the last Friday on or before the day after the reference (often a day off)
(a scraped article's reference is the crawl's date).  When the document states its day ("أعلنت الوزارة
اليوم الجمعة"), a bare "الجمعة" of the same document ("وأقلعت الطائرة، الجمعة، من مطار شنغهاي") is that
same day, not the Friday a week before: the writer's today is the anchor of the weekdays it writes.

Only when the document states it: one day named by "اليوم" and a weekday (or "اليوم" before a weekday and a
full date), the same wherever it is stated; documents that state none, or two different ones, are left
as they are, and so is every weekday with a relative word ("الجمعة الماضي"), a date or another day.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import regex

from ...document import DateSpan
from ...lang.ar import lookup_key
from ...lang.ar.serial import SERIAL
from ...memo import WORD_MEMO_LIMIT
from .months import lexicon

#: "(إلى الاثنين) من الأسبوع الفارط" after a weekday: its week is written, not the document's (folded text)
_WEEK_AFTER = regex.compile(r"\s*+(?:(?:الي|و|-)\s*+[\p{L}\p{M}]++\s++)?من\s++(?P<this>هذا\s++)?الاسبوع"
                            r"(?![\p{L}\p{M}])(?:\s++(?P<rel>[\p{L}\p{M}]++))?")
_WEEK_REACH = 40
#: Words a bare weekday's span may hold besides the weekday: "يوم الجمعة" (parts of the day come from
#: the lexicon: "مساء الجمعة")
_DAY_WORDS = frozenset({"يوم"})
#: The lookup keys of the dates' texts read so far ("الجمعة", "يوم الخميس": a few texts recur)
_KEYS: dict[str, str] = {}


def date_words(text: str) -> list[str]:
    """The folded words of a date's text, commas apart ("اليوم، الجمعة" → ["اليوم", "الجمعه"])."""
    return _key(text).replace("،", " ").replace(",", " ").split()


def _key(text: str) -> str:
    """:func:`lookup_key` of a date's text, remembered (a bounded memo, as the per-word ones)."""
    key = _KEYS.get(text)
    if key is None:
        if len(_KEYS) > WORD_MEMO_LIMIT:
            _KEYS.clear()
        key = _KEYS[text] = lookup_key(text)
    return key


def stated_today(dates: Iterable[DateSpan]) -> dt.date | None:
    """The day the document calls today with a weekday ("اليوم الجمعة", "اليوم الجمعة 2 جوان 2017"), when
    it names one and only one such day."""
    days = {d.value[:10] for d in dates if _names_today(d) and d.value is not None}
    return dt.date.fromisoformat(days.pop()) if len(days) == 1 else None


def anchor_weekdays_on_today(dates: list[DateSpan], ref: dt.date | None, text: str) -> None:
    """Give the bare weekdays of ``dates`` (one document's ``text``) that fall on the weekday of the
    document's stated today (:func:`stated_today`) that day, in place, when it is not the one a week before
    or after they were resolved to.  Nothing changes without a reference date or a stated today, nor for a
    weekday whose week is written after it ("ليلة الأحد إلى الاثنين من الأسبوع الفارط")."""
    if ref is None:
        return
    today = stated_today(dates)
    if today is None:
        return
    for d in dates:
        if d.value is None or len(d.value) < 10 or d.type not in ("DATE", "TIME") or not _bare_weekday(d):
            continue
        if _WEEK_AFTER.match(lookup_key(text[d.end:d.end + _WEEK_REACH]), None, None, SERIAL):
            continue
        try:
            day = dt.date.fromisoformat(d.value[:10])
        except ValueError:
            continue
        if day.isoweekday() == today.isoweekday() and abs((day - today).days) == 7:
            d.value = today.isoformat() + d.value[10:]


def weekdays_of_written_weeks(dates: list[DateSpan], ref: dt.date | None, text: str) -> None:
    """Give each bare weekday of ``dates`` whose week is written after it ("ليلة الأحد إلى الاثنين من
    الأسبوع الفارط", "الجمعة من هذا الأسبوع" apart from it) its day in that week, in place: the week of
    ``ref`` (weeks start on Sunday, as for "الأحد من الأسبوع الماضي") moved by the relative word."""
    if ref is None:
        return
    relative = lexicon().relative
    for d in dates:
        if d.value is None or len(d.value) < 10 or d.type not in ("DATE", "TIME") or not _bare_weekday(d):
            continue
        week = _WEEK_AFTER.match(lookup_key(text[d.end:d.end + _WEEK_REACH]), None, None, SERIAL)
        if week is None:
            continue
        rel = relative.get(week["rel"] or "", 0 if week["this"] else None)
        if rel is None:
            continue
        sunday = ref - dt.timedelta(days=ref.isoweekday() % 7) + dt.timedelta(weeks=rel)
        d.value = (sunday + dt.timedelta(days=d.attrs["weekday"] % 7)).isoformat() + d.value[10:]


def _names_today(d: DateSpan) -> bool:
    """Does ``d`` name today with a weekday that agrees with its value ("اليوم الجمعة")?"""
    if "weekday" not in d.attrs or d.attrs.get("weekday_ok") is False or d.value is None or len(d.value) < 10:
        return False
    if d.attrs.get("relative_day") == "اليوم":
        return True
    words = date_words(d.text)
    return len(words) >= 2 and words[-2] == "اليوم" and words[-1] in lexicon().weekdays


def _bare_weekday(d: DateSpan) -> bool:
    """Is ``d`` a weekday alone, maybe with "يوم" or a part of the day before it ("مساء الجمعة")?"""
    if "offset" in d.attrs or "relative_day" in d.attrs or "range" in d.attrs or "weekday" not in d.attrs:
        return False
    lex = lexicon()
    words = _key(d.text).split()
    return bool(words) and words[-1] in lex.weekdays and all(
        w in _DAY_WORDS or w in lex.day_parts_before for w in words[:-1])
