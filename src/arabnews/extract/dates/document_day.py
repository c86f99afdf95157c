"""One document, one anchor: the day a document states as its own resolves its relative dates.

A scraped article's reference date is often its crawl's, months or years after the article was written.
When the article dates itself ("صادق نواب مجلس الشعب اليوم الأحد 29 نوفمبر 2015"), its "بداية الأسبوع
القادم", "منذ سنة", "أمس" and bare weekdays are the writer's, counted from that day: the stage reads the
document again with that day as its reference (:func:`document_day`), and the relative dates resolved
against it say so (``anchor`` "DOC", ``anchor_date`` the day: :func:`mark_document_anchor`).

A document states its day by a day word and the date it names, with or without a weekday ("اليوم
الأحد 29 نوفمبر 2015", "صباح اليوم 11 جوان 2017", "أمس الخميس 12 جانفي 2017" — the day after it,
"يوم غد الخميس 2 فيفري 2017" — the day before it); the statements of one document must agree on one
day, and the weekdays it names with "اليوم" ("اليوم الأحد") must be that day's.  Without such a date,
"اليوم" and a weekday alone ("أعلنت الوزارة اليوم الجمعة") name the writer's day (the last of that name on
or before the day after the reference), and
that day is the anchor when the document names no other.

Not statements: a date at the start of a line ("الأحد 26 فيفري 2017" in a fixture list), a date in the
lead sentence without a day word ("قال مسؤول، الأربعاء 15 فيفري 2017، إن": the event's day), a range
("من 14 إلى غاية اليوم 16 أكتوبر 2015").  Documents that state two different days keep the reference.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import cache
from typing import Any

import regex

from ...article.furniture import word_list
from ...document import DateSpan, Region
from ...lang.ar import lookup_key, trie_regex
from ...lang.ar.serial import SERIAL
from ...memo import of_text
from .handlers.relative import clause_tense
from .months import lexicon
from .today import date_words

#: The parts of an article whose statements count (a reader's comment is written on another day).
STATING_PARTS = frozenset({"title", "body"})
#: What ``anchor`` says of a date resolved against the document's own day.
DOCUMENT_ANCHOR = "DOC"
#: How far before a date the word before it is looked for
_REACH = 24


@cache
def _day_phrases() -> dict[tuple[str, ...], int]:
    """The day words as folded word tuples → their offset from the writer's day ("يوم غد" → 1)."""
    return {tuple(phrase.split()): days for phrase, days in lexicon().document_day_words.items()}


@cache
def _phrase_starts() -> frozenset[str]:
    """The first words of the day phrases ("يوم" of "يوم غد")."""
    return frozenset(phrase[0] for phrase in _day_phrases())


def _stated(d: DateSpan, text: str, lax: bool = False) -> tuple[dt.date, bool] | None:
    """The writer's day that ``d`` (a date of ``text``) states, and whether it states it with a written
    date (True) or with a weekday only (False); None when ``d`` states none.  ``lax``: a written date whose
    weekday is not its own states its date too ("اليوم الخميس 19 ديسمبر 2016", a Monday)."""
    value = d.value
    if d.type not in ("DATE", "TIME") or value is None or len(value) < 10 or "/" in value:
        return None
    if d.part not in STATING_PARTS:
        return None
    if (d.attrs.get("weekday_ok") is False and not lax) or "range" in d.attrs:
        return None
    if not value[0].isdigit():  # "PRESENT_REF", "FUTURE_REF": no day (what fromisoformat says, without raising)
        return None
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
    found = _day_word(date_words(d.text))
    if found is None:
        return None
    offset, rest, before = found
    lex = lexicon()
    if not rest or not (rest[0][0].isdigit() or rest[0] in lex.weekdays):
        return None  # "اليوم الأول من أفريل": the first day of April, not today
    named = "offset" in d.attrs  # "اليوم الجمعة", "أمس الخميس": the day word and a weekday, counted from the reference
    if named and rest[0] not in lex.weekdays:
        return None
    if not named and len(rest) == 1:
        return None
    # the word before "اليوم" is read last: only a statement needs it
    if offset == 0 and _that_day(before[-1] if before else _word_before(text, d.start)) and not (
            named and not before and _this_day(text, d.start)):
        return None  # "في مثل هذا اليوم 27 جانفي من سنة 2014": that day, an anniversary
    return day - dt.timedelta(days=offset), not named


def _day_word(words: list[str]) -> tuple[int, list[str], list[str]] | None:
    """The offset of the first day phrase of ``words``, the words after it and those before it; None if
    there is none."""
    phrases = _day_phrases()
    if _phrase_starts().isdisjoint(words):  # most dates: no day word at all
        return None
    for i in range(len(words)):
        for size in (2, 1):
            days = phrases.get(tuple(words[i:i + size]))
            if days is not None:
                return days, words[i + size:], words[:i]
    return None


def _word_before(text: str, start: int) -> str:
    """The folded word before ``start`` in ``text`` ("" at its start)."""
    before = lookup_key(text[max(0, start - _REACH):start]).split()
    return before[-1] if before else ""


def _this_day(text: str, start: int) -> bool:
    """Is "اليوم" at ``start`` (before a weekday) after "هذا", not "مثل هذا" ("خلال هذا اليوم الجمعة" is
    today; "في مثل هذا اليوم" an anniversary)?"""
    before = lookup_key(text[max(0, start - _REACH):start]).split()
    return len(before) >= 1 and before[-1] == "هذا" and (len(before) < 2 or before[-2] != "مثل")


def _that_day(word: str) -> bool:
    """Does ``word`` before "اليوم" make it "that day" ("في ذلك اليوم", "بهذا اليوم"), as for the handler?"""
    not_today = lexicon().not_today_after
    return word in not_today or (len(word) > 3 and word[0] in "وفبل" and word[1:] in not_today)


def document_day(dates: Iterable[DateSpan], text: str, lead: tuple[int, int] | None = None,
                 ref: dt.date | None = None) -> dt.date | None:
    """The day a document states as its own (see the module's docstring), or None.

    Written dates decide ("اليوم الأحد 29 نوفمبر 2015", "أمس الخميس 12 جانفي 2017" → the 13th); the
    weekdays named with a day word alone must fall on that day's weekday.  Without a written date, the
    one day named by a day word and a weekday ("اليوم الجمعة", read against the reference).  Without either,
    the dateline of ``lead`` (the bounds of the body's first lines: :func:`lead_paragraph`), if any; a weekday
    named with a day word takes the dateline's date when their weekdays agree.  Last, the one date a day word
    states with a weekday not its own ("اليوم الاثنين 11 ماي 2016", a Wednesday: the writer's day is near it;
    "اليوم الأربعاء 11 جانفي 2016", a Wednesday in 2017 only: the year before or after when its weekday is the
    named one).  A dateline or such a date after ``ref`` (the reference) is none: "تنظم الوزارة يوم الخميس 27
    جويلية 2017 مناظرة" is a planned day."""
    dates = list(dates)
    written: set[dt.date] = set()
    named: set[dt.date] = set()
    for d in dates:
        stated = _stated(d, text)
        if stated is not None:
            (written if stated[1] else named).add(stated[0])
    if written:
        if len(written) > 1:
            return None
        day = next(iter(written))
        return day if all(n.isoweekday() == day.isoweekday() for n in named) else None
    line = (_dateline(dates, lead, text) or _agency_dateline(dates, lead, text)) if lead is not None else None
    if line is not None and ref is not None and line > ref:
        line = None
    if named:
        if len(named) > 1:
            return None
        day = named.pop()  # "أعلنت اليوم الجمعة": the writer's Friday, unless the lead dates it
        if line is not None and line.isoweekday() == day.isoweekday():
            return line
        return _in_current_month(day, dates, text)
    if line is not None:
        return line
    # last, a written date with a day word whose weekday is wrong: the writer's day is near it, not months away
    # ("اليوم الإثنين 6 أفريل", a Monday in 2015: without its year the weekday says the reference's year is wrong)
    lax = {_weekdays_year(d, stated[0], ref) for d in dates if d.attrs.get("weekday_ok") is False
           and _YEAR.search(d.text) and (stated := _stated(d, text, lax=True)) is not None and stated[1]}
    if len(lax) != 1:
        return None
    last = lax.pop()
    return last if ref is None or last <= ref else None


def _in_current_month(day: dt.date, dates: list[DateSpan], text: str) -> dt.date:
    """The writer's ``day`` named by a weekday alone ("بعد توصلها اليوم الثلاثاء"), read as the last such weekday
    before the reference, moved back by whole weeks into the month the document calls current when that month
    ends before it ("… بداية من 13 جانفي الجاري": a Tuesday of that January; session 41, ANT 6365, whose "فيفري
    القادم" was February of the next year).  The month called current is the one month of the dates whose
    ``current_ok`` is false (a month other than the anchor's called الجاري/الحالي).  Its days told in the future
    tense ("ستنطلق يوم 18 نوفمبر الجاري") come after the writer's, those told in the past ("التي دارت يومي 21 و22
    جانفي الحالي") before it: the writer's day is the last such weekday before the first future one and not before
    the last past one, else the month's last such weekday."""
    current = [d for d in dates
               if d.attrs.get("current_ok") is False and d.part in STATING_PARTS and (d.value or "")[:4].isdigit()]
    months = {(d.value or "")[:7] for d in current}
    if len(months) != 1:
        return day
    year, month = (int(x) for x in months.pop().split("-"))
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    if last >= day:
        return day
    upper, lower = last, dt.date(year, month, 1)
    for d in current:
        value = d.value or ""
        try:
            first_day = dt.date.fromisoformat(value[:10])
            last_day = dt.date.fromisoformat(value.rsplit("/", 1)[-1][:10])
        except ValueError:
            continue
        before = lookup_key(text[max(0, d.start - _TENSE_WINDOW):d.start]) + " "  # (its words, then a space)
        tense = clause_tense(before, len(before))  # (future_tense, then past_tense: one reading)
        if tense == 1:
            upper = min(upper, first_day - dt.timedelta(days=1))
        elif tense == -1:
            lower = max(lower, last_day)
    found = upper - dt.timedelta(days=(upper.isoweekday() - day.isoweekday()) % 7)
    if found < lower:
        found = last - dt.timedelta(days=(last.isoweekday() - day.isoweekday()) % 7)
    return found


#: How far before a date called current its clause's verb is looked for (its tense)
_TENSE_WINDOW = 80


def _weekdays_year(d: DateSpan, stated: dt.date, ref: dt.date | None) -> dt.date:
    """The writer's day ``stated`` by ``d``, a date whose weekday is not its own, moved to the year before or after
    when only one of them gives its day the weekday ``d`` names (not after ``ref``): a year typed wrong ("اليوم
    الأربعاء 11 جانفي 2016" → 2017, "اليوم الأحد 19 فيفري 2016" → 2017)."""
    wd, value = d.attrs.get("weekday"), d.value or ""
    try:
        written = dt.date.fromisoformat(value[:10])
    except ValueError:
        return stated
    fits = []
    for year in (written.year - 1, written.year + 1):
        try:
            other = written.replace(year=year)
        except ValueError:  # 29 February
            continue
        if other.isoweekday() == wd and (ref is None or other - (written - stated) <= ref):
            fits.append(other - (written - stated))
    return fits[0] if len(fits) == 1 else stated


_YEAR = re.compile(r"\d{4}")


def lead_paragraph(regions: Iterable[Region], text: str) -> tuple[int, int] | None:
    """The bounds of a document's lead: the first two non-empty lines of its body (a title the article stage did
    not tell from the body, as in a bare text, is its first line), or None without a body."""
    lines: list[tuple[int, int]] = []
    for r in regions:
        if r.part != "body":
            continue
        lo = r.start
        while lo < r.end and len(lines) < 2:
            hi = text.find("\n", lo, r.end)
            hi = r.end if hi < 0 else hi
            if text[lo:hi].strip():
                lines.append((lo, hi))
            lo = hi + 1
        if len(lines) == 2:
            break
    return (lines[0][0], lines[-1][1]) if lines else None


#: "إلى اليوم", "حتى اليوم", "إلى حد اليوم": until today, a day word that says the report came after the story's day
_UNTIL_BEFORE = re.compile(r"(?<!\w)(?:إلى|الى|حتى|لحد|حد|غاية)\s*\Z")


def _dateline(dates: Iterable[DateSpan], lead: tuple[int, int], text: str) -> dt.date | None:
    """The day of a report that dates itself without a day word: a weekday with its full date in the lead, the
    body's first paragraph ("اعتقلت الشرطة الإسرائيلية، الجمعة 25 نوفمبر 2016 أكثر من 12 شخصا"), when the body
    also says "اليوم", "أمس" or "غدا" ("… في المناطق الشمالية اليوم"): those day words are counted from the
    report's day, not from the reference (a crawl's day, months later).  The lead must give one such day; the day
    words of the body that name a weekday must agree with it ("الخميس 16 فيفري 2017 … مساء أمس الأربعاء").
    "إلى اليوم" (until today) is no such day word: the story's day is before the report's.  None when the lead gives
    none."""
    dates = list(dates)
    relative: list[tuple[int, int | None]] = []  # each day word's offset and the weekday it names
    for d in dates:
        if d.part == "body" and d.attrs.get("anchor") in ("REF", DOCUMENT_ANCHOR):
            found = _day_word(date_words(d.text))
            if found is not None and found[0] == 0 and _UNTIL_BEFORE.search(text, max(0, d.start - 12), d.start):
                continue  # "خرج يوم السبت 6 ماي 2017 ولم يعد إلى اليوم" (ANT 8513): not the report's day
            if found is not None and abs(found[0]) <= 2:
                w = d.attrs.get("weekday")
                relative.append((found[0], w if isinstance(w, int) else None))
    if not relative:
        return None
    days: set[dt.date] = set()
    for d in dates:
        value = d.value or ""
        if (d.part != "body" or d.type not in ("DATE", "TIME") or d.attrs.get("weekday_ok") is not True
                or len(value) < 10 or not value[:4].isdigit() or "/" in value or d.mod is not None
                or "offset" in d.attrs or "range" in d.attrs or "relation" in d.attrs
                or not _YEAR.search(d.text)):
            continue
        try:
            day = dt.date.fromisoformat(value[:10])
        except ValueError:
            continue
        if not lead[0] <= d.start < lead[1]:
            continue
        if any(w not in (None, (day + dt.timedelta(days=offset)).isoweekday()) for offset, w in relative):
            return None
        days.add(day)
    return days.pop() if len(days) == 1 else None


#: A place of one to three words (no digit, no mark) and a comma or none: what opens a lead line before its date
_PLACE_BEFORE = regex.compile(r"[^\W\d_]++(?:[ \t\u00a0]++[^\W\d_]++){0,2}+[ \t\u00a0]*+[،,]?[ \t\u00a0]*+")
#: How far after a dateline's date its agency is looked for, and how far before it the line's start
_AGENCY_REACH = 30
_PLACE_REACH = 60


@cache
def _agency_after() -> regex.Pattern[str]:
    """A news agency (``resources/furniture.yaml``'s ``agency``) in brackets or after a dash, at the start of a
    folded stretch: " (وات) -", " - واس"."""
    agencies = trie_regex(sorted(w for w in word_list("agency") if w))
    return regex.compile(rf"\s*+(?:\(\s*+(?:{agencies})\s*+\)|[-–—]\s*+(?:{agencies})(?![\p{{L}}\p{{M}}]))")


def _agency_dateline(dates: Iterable[DateSpan], lead: tuple[int, int], text: str) -> dt.date | None:
    """The day of a wire dateline that opens a line of the lead: a place, a full date (with or without its
    weekday), the agency in brackets or after a dash ("تونس 11 ديسمبر 2016 (وات) - أكد بيان صادر بتاريخ 10 ديسمبر
    الجاري": the report's day, which anchors "ديسمبر الجاري"; session 42).  None without one such day."""
    days: set[dt.date] = set()
    lo_lead, hi_lead = lead
    for d in dates:
        if not lo_lead <= d.start < hi_lead:  # (first: most dates are not in the lead)
            continue
        value = d.value or ""
        if (d.part != "body" or d.type != "DATE" or len(value) != 10 or not value[:4].isdigit() or d.mod is not None
                or d.attrs.get("weekday_ok") is False or "offset" in d.attrs or "range" in d.attrs
                or not _YEAR.search(d.text)):
            continue
        lo = max(lead[0], d.start - _PLACE_REACH)  # (a bounded look back: a lead may be a long text's one line)
        newline = text.rfind("\n", lo, d.start)
        if (newline < 0 and lo != lead[0]) or not _PLACE_BEFORE.fullmatch(text, newline + 1 if newline >= 0 else lo,
                                                                           d.start, SERIAL):
            continue
        if not _agency_after().match(lookup_key(text[d.end:d.end + _AGENCY_REACH])):
            continue
        try:
            days.add(dt.date.fromisoformat(value))
        except ValueError:
            continue
    return days.pop() if len(days) == 1 else None


#: A blank line (white space between its two line breaks): where a block of lines ends
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n\s*")
#: The most words of a headline that opens an article of several pasted into one text
_HEADLINE_WORDS = 20
#: The fewest words of the line under such a headline (the article's first paragraph)
_LEAD_WORDS = 6
#: How a headline does not end: it introduces nothing ("وقال الوزير:", a list's "وهي،")
_NOT_HEADLINE_END = (":", "،", ",", "؛", ";")


def article_starts(text: str) -> list[int]:
    """Where the articles of ``text`` start when it is several articles pasted one after the other, each a headline
    and its paragraphs, blank lines between them (a digest, a corpus's file: "مراقبون تدعو …" ¶ "دعت شبكة …" ¶¶
    "ناجي جلول …" ¶ "قال وزير التربية …"); ``[0]`` for one article.  The first block may be the end of a report
    pasted without its headline (:func:`_report_tail`): an article of its own.

    An article opens a block of lines (blank lines apart) with a headline: a line of at most
    :data:`_HEADLINE_WORDS` words that introduces nothing (no colon or comma at its end) over a longer line of
    at least :data:`_LEAD_WORDS` words in the same block.  The text must open with one, and hold another after a
    blank line: a page of one-line paragraphs blank lines apart ("العنوان" ¶¶ "الفقرة الأولى" ¶¶ …) is one article,
    and so is one whose title stands alone above a headed block (the seed's title and its repeat)."""
    if _BLANK_LINE.search(text) is None:
        return [0]
    starts: list[int] = []
    pos = 0
    for blank in _BLANK_LINE.finditer(text):
        if _headed(text, pos, blank.start()):
            starts.append(pos)
        elif not starts and pos == 0 and _report_tail(text, blank.start()):
            starts.append(0)  # the text opens with the end of a report, a paragraph without its headline
        elif not starts:
            return [0]  # the text does not open with a headed block: one article
        pos = blank.end()
    if _headed(text, pos, len(text)):
        starts.append(pos)
    return starts if len(starts) > 1 else [0]


#: How a paragraph ends (its last sentence's mark)
_FINAL_MARKS = (".", "!", "؟", "?", "…")


def _report_tail(text: str, end: int) -> bool:
    """Is the first block of ``text`` (up to ``end``) the end of a report pasted without its headline: lines that are
    each a paragraph, more than :data:`_HEADLINE_WORDS` words or a sentence's final mark at their end (ANT 3188–3193:
    "وأشار في تصريح لمراسلة … بحسب المصدر." ¶¶ "جلول عياد : بإمكاننا …" ¶ "أرجع وزير المالية السابق …"; a title
    alone or a one-line lead of a few words is no such block; session 42)?"""
    lines = [line.strip() for line in text[:end].split("\n") if line.strip()]
    return bool(lines) and all(len(line.split()) > _HEADLINE_WORDS or (
        len(line.split()) >= _LEAD_WORDS and line.endswith(_FINAL_MARKS)) for line in lines)


def _headed(text: str, start: int, end: int) -> bool:
    """Does the block ``text[start:end]`` open with a headline over a longer line (:func:`article_starts`)?"""
    first_end = text.find("\n", start, end)
    if first_end < 0:
        return False
    head = text[start:first_end].strip()
    second_end = text.find("\n", first_end + 1, end)
    lead = text[first_end + 1:end if second_end < 0 else second_end].split()
    words = head.split()
    return (0 < len(words) <= _HEADLINE_WORDS and not head.endswith(_NOT_HEADLINE_END)
            and len(lead) >= _LEAD_WORDS and len(lead) > len(words))


def mark_document_anchor(dates: Iterable[DateSpan], day: dt.date) -> None:
    """Say of each date resolved against ``day`` that the document's day anchors it: ``anchor`` "REF" →
    "DOC" and ``anchor_date``; a since-interval that ends on it ("منذ عام 2012") gets ``end_anchor``."""
    iso = day.isoformat()
    for d in dates:
        if d.attrs.get("anchor") == "REF":
            d.attrs["anchor"] = DOCUMENT_ANCHOR
            d.attrs["anchor_date"] = iso
        elif d.attrs.get("relation") == "since" and d.attrs.get("end_value") == iso and "range" in d.attrs:
            d.attrs["end_anchor"] = DOCUMENT_ANCHOR
            d.attrs["anchor_date"] = iso


#: The key of :attr:`~arabnews.document.Document.memo` under which the dates stage keeps the day each article of the
#: text states as its own (:func:`record_stated_days`, :func:`stated_day_at`)
STATED_DAYS_KEY = "dates.stated_days"


def record_stated_days(memo: dict[str, tuple[str, Any]], text: str, days: list[tuple[int, dt.date]]) -> None:
    """Keep ``days`` — (where an article of ``text`` starts, the day it states) — in ``memo`` for the later stages
    (:func:`stated_day_at`): an event told without a date of its own happened, as far as the text says, on the day
    its article states, not on the reference day."""
    memo[STATED_DAYS_KEY] = (text, days)


def stated_day_at(memo: dict[str, tuple[str, Any]], text: str, pos: int) -> dt.date | None:
    """The day stated by the article of ``text`` that holds offset ``pos`` (the last article starting at or before
    it), as the dates stage found it (:func:`record_stated_days`), or None: no article states its day, the dates
    stage did not run on this text, or the document was read back from JSON (its memo is not kept).

    >>> memo = {}
    >>> record_stated_days(memo, "t", [(0, dt.date(2017, 4, 13))])
    >>> stated_day_at(memo, "t", 5), stated_day_at(memo, "other text", 5)
    (datetime.date(2017, 4, 13), None)
    """
    days: list[tuple[int, dt.date]] = of_text(memo, STATED_DAYS_KEY, text, list)
    # by bisection: a long digest holds thousands of articles, and every event without a date asks
    k = bisect_right(days, (pos, dt.date.max))
    return days[k - 1][1] if k else None

