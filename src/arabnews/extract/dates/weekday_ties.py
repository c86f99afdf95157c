"""Weekdays tied to a day the article writes (session 47): the week a weekday is read in, when the text says it.

A weekday the text writes with no date is read against the reference (or the article's own day): the last such day
before it, or the next one after a future cue or a relative word.  When the reference is a crawl's date, months after
the article, two things the article writes say better which week it means:

- **its own written day of that weekday.**  A weekday with a relative word ("الثلاثاء القادم", "الأحد الماضي",
  "الخميس المقبل") takes the day of the article's only written date of the same weekday: the headline "الثلاثاء القادم"
  of an article whose body says "يوم الثلاثاء 13 جوان 2017" is 13 June (held-out ANT 6062), not the Tuesday after the
  reference.  So does a bare weekday of the headline, its first line ("انقطاع التيار الكهربائي الأحد بهذه المناطق" …
  "يوم الأحد 8 ماي 2016", held-out 6154), not one of the body, often the day a plan was announced.  The written date
  holds the weekday, a day and a month that agree ("يوم الأحد 19 فيفري 2017", "الخميس 11 ماي"); an article with two
  written days of the weekday is left as it is.
- **a yearless holiday of its sentence.**  A bare weekday ("الأحد", "بعد ظهر الأحد") in the sentence of a holiday
  whose year the reference or the tense gave ("دارت صدامات الأحد … خلال شجار اندلع ليلة رأس السنة", "أعلن تنظيم داعش،
  الاثنين، مسؤوليته عن الهجوم … ليلة رأس السنة") is that holiday's weekday: the day of the weekday nearest the
  holiday's, three days either side (1 and 2 January 2017).  Left: a holiday in a reported clause after the weekday
  ("قال الوزير الأحد إن الاحتفال بعيد الاستقلال …"; a time clause's "بعد أن" is none), a holiday after the weekday's
  day (a coming one), a weekday that names the holiday ("أن الأحد يصادف ذكرى الاستقلال": its year is the question,
  not its week).  The other bare weekdays of the article that the reference resolved then move by the same weeks:
  they are the writer's week too ("ليل السبت الأحد", "بعد ظهر الأحد" in the Poland article).

The moved weekday has ``anchor`` PREV_DATE and ``anchor_date`` the day that tied it.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right

import regex

from ...document import DateSpan
from ...lang.ar import lookup_key
from ...lang.ar.serial import SERIAL
from .handlers.relative import future_tense
from .months import lexicon
from .today import date_words

#: An end of sentence between a weekday and a holiday
_SENTENCE_END = regex.compile(r"[.!?؟\n]")
#: How far apart (characters) a weekday and the holiday of its sentence may stand
_REACH = 300
#: A complementizer word between a weekday and the holiday after it: the holiday is in the reported clause ("قال
#: الوزير الأحد إن …"; not a time clause's "بعد أن", "قبل أن": "حيا ماكرون الاثنين ذكرى شاب مات غرقا … بعد أن ألقى به
#: … بمناسبة عيد العمال", dev ANT 1993)
_COMPLEMENTIZER = regex.compile(r"(?<![\p{L}\p{M}])(?<!(?:بعد|قبل|منذ)\s+)[وف]?(?:[أإا]ن|ب[أا]ن)(?:ه|ها|هم)?"
                                r"(?![\p{L}\p{M}])")
#: The longest holiday span reached back from a weekday (characters; "ليلة رأس السنة الميلادية" is 24)
_LONGEST = 64
#: How far apart (characters) a weekday and the holiday it names may stand (:func:`_names_the_holiday`)
_LINK_REACH = 24
#: "يوم" (with ب/ل) or a proclitic between a link and a weekday or holiday ("هو يوم الاثنين", "يصادف بيوم")
_DAY_LINKS = frozenset({"يوم", "بيوم", "ليوم", "ب", "ل"})
#: Between weekdays joined in one stretch ("يومي السبت و الأحد القادمين", "الجمعة أو السبت المقبل"; the original
#: text, with its hamza: merges' own pattern reads the folded one)
_JOINED = regex.compile(r"\s*+[،,]?\s*+(?:و|[أا]و\s)\s*+")
#: How many days either side of a holiday its weekday may be
_HALF_WEEK = 3
#: Words a bare weekday's span may hold besides the weekday ("يوم الأحد"; parts of the day come from the lexicon)
_DAY_WORDS = frozenset({"يوم"})


def tie_weekdays(dates: list[DateSpan], text: str, start: int = 0) -> None:
    """Give the weekdays of ``dates`` (one article's, in ``text``, from ``start``) the week the article writes for them
    (module doc), in place."""
    if len(dates) < 2:
        return
    weekdays = [d for d in dates if isinstance(d.attrs.get("weekday"), int) and d.type in ("DATE", "TIME")
                and d.value is not None and len(d.value) >= 10 and d.value[:4].isdigit()]
    if not weekdays:
        return
    head_end = text.find("\n", start)
    _written_weekdays(weekdays, (start, len(text) if head_end < 0 else head_end), text)
    _holiday_weeks(weekdays, dates, text)


def _written_weekdays(weekdays: list[DateSpan], headline: tuple[int, int], text: str) -> None:
    """Each weekday with a relative word, and each bare weekday of the ``headline`` (its bounds), given the article's
    only written day of that weekday; the weekdays joined to a relative one before it, the days of its stretch
    (:func:`_tie_pairs`)."""
    written: dict[int, set[str]] = {}
    starts: dict[str, int] = {}  # a written day → where it is written (its clause's tense is read when asked)
    for d in weekdays:
        if _written(d):
            written.setdefault(d.attrs["weekday"], set()).add(str(d.value)[:10])
            starts.setdefault(str(d.value)[:10], d.start)
    if not written:
        return
    lex = lexicon()
    for d in weekdays:
        days = written.get(d.attrs["weekday"])
        if days is None or len(days) != 1 or _written(d) or any(c.isdigit() for c in d.text):
            continue
        words = date_words(d.text)
        day = next(iter(days))
        if len(words) >= 2 and words[-1] in lex.relative and words[-2] in lex.weekdays:
            if not _agrees(d, lex.relative[words[-1]], day, text, starts[day]):
                continue
            # "الثلاثاء القادم", "يوم الأحد القادم"
        elif not (headline[0] <= d.start and d.end <= headline[1] and _bare(d)):
            continue  # (a bare weekday of the body is often another day: the day a plan was announced)
        _move(d, day, day)
    _tie_pairs(weekdays, written, text)


def _tie_pairs(weekdays: list[DateSpan], written: dict[int, set[str]], text: str) -> None:
    """Weekdays joined by و/أو before a weekday with a relative word share its relative word ("يومي السبت و الأحد
    القادمين": both coming, :func:`.merges.weekday_pairs`), so they share its tie too: when one of them has the
    article's only written day of its weekday ("السبت 18 مارس 2017", "الأحد 19 مارس 2017", sport ANT 9902), each
    takes the day of that stretch (Saturday 18, Sunday 19), all the written days agreeing."""
    lex = lexicon()
    ordered = sorted(weekdays, key=lambda d: d.start)
    for i, last in enumerate(ordered):
        words = date_words(last.text)
        if not (len(words) >= 2 and words[-1] in lex.relative and words[-2] in lex.weekdays) \
                or any(c.isdigit() for c in last.text):
            continue
        chain = [last]
        while i - len(chain) >= 0:
            before = ordered[i - len(chain)]
            if not (_bare(before) and _JOINED.fullmatch(text, before.end, chain[0].start, SERIAL)):
                break
            chain.insert(0, before)
        if len(chain) < 2:
            continue
        # the days from each member to the last: a stretch runs forward ("السبت و الأحد": Sunday the day after)
        to_last = [0] * len(chain)
        for k in range(len(chain) - 2, -1, -1):
            to_last[k] = to_last[k + 1] + ((chain[k + 1].attrs["weekday"] - chain[k].attrs["weekday"]) % 7 or 7)
        ends = set()
        anchor = None
        for k, d in enumerate(chain):
            days = written.get(d.attrs["weekday"])
            if days is not None and len(days) == 1:
                anchor = anchor or next(iter(days))
                ends.add(dt.date.fromisoformat(next(iter(days))) + dt.timedelta(days=to_last[k]))
        if len(ends) != 1 or anchor is None or not _agrees(last, lex.relative[words[-1]], (
                ends_day := next(iter(ends))).isoformat()):
            continue
        end = ends_day
        for k, d in enumerate(chain):
            _move(d, (end - dt.timedelta(days=to_last[k])).isoformat(), anchor)


def _agrees(d: DateSpan, rel: int, day: str, text: str = "", at: int = -1) -> bool:
    """May the weekday ``d`` with a relative word (``rel`` < 0 past, > 0 coming) be the written ``day``?  (Session 48.)
    A past one read against the writer's day, or against a later reference, is read on the latest day it can be:
    a written day after that reading is another week's ("الأحد الماضي" of an article of 22 February beside "يوم
    الأحد 26 فيفري 2017"), and so is a written day told in a future clause (at ``at`` of ``text``: "وسيلعب الفريق
    يوم الأحد 26 فيفري 2017", the coming Sunday).  A coming one may be earlier than its reading: the reference, and
    an article's day read from a bare weekday ("اليوم الاثنين": the last Monday before the reference; sport ANT
    9005, held 6717), are often later than the writer's."""
    return rel >= 0 or (day <= str(d.value)[:10] and not (at >= 0 and future_tense(text, at)))


def _written(d: DateSpan) -> bool:
    """Is ``d`` a written date with its weekday ("يوم الثلاثاء 13 جوان 2017"), the two agreeing?"""
    return d.attrs.get("weekday_ok") is True and "offset" not in d.attrs and "relative_day" not in d.attrs \
        and "range" not in d.attrs and any(c.isdigit() for c in d.text)


def _holiday_weeks(weekdays: list[DateSpan], dates: list[DateSpan], text: str) -> None:
    """Each bare weekday in a yearless holiday's sentence given the holiday's week; the article's other bare weekdays
    the reference resolved moved by as many weeks (module doc)."""
    holidays = [h for h in dates if "holiday" in h.attrs and h.type == "DATE" and h.value is not None
                and len(h.value) == 10 and not any(c.isdigit() for c in h.text)]
    if not holidays:
        return
    holidays.sort(key=lambda h: h.start)
    starts = [h.start for h in holidays]
    bare = [d for d in weekdays if _bare(d)]
    shifts: dict[int, str] = {}  # weeks moved (in days) → the holiday that moved a weekday the reference resolved
    tied: set[int] = set()
    for d in bare:
        h = _sentence_holiday(d, holidays, starts, text)
        if h is None or _names_the_holiday(d, h, text):
            continue
        assert h.value is not None
        holiday = dt.date.fromisoformat(h.value)
        read = dt.date.fromisoformat(str(d.value)[:10])
        if holiday > read:
            continue
        wd = d.attrs["weekday"]
        day = next(holiday + dt.timedelta(days=k) for k in range(-_HALF_WEEK, _HALF_WEEK + 1)
                   if (holiday + dt.timedelta(days=k)).isoweekday() == wd)
        if day == read:
            continue
        if d.attrs.get("anchor") == "REF":
            shifts.setdefault((day - read).days, h.value)
        _move(d, day.isoformat(), h.value)
        tied.add(id(d))
    if len(shifts) != 1:
        return
    ((days, anchor),) = shifts.items()
    shift = dt.timedelta(days=days)
    for d in bare:
        if id(d) in tied or d.attrs.get("anchor") != "REF":
            continue
        day = dt.date.fromisoformat(str(d.value)[:10]) + shift
        _move(d, day.isoformat(), anchor)


def _bare(d: DateSpan) -> bool:
    """Is ``d`` a weekday alone, maybe with "يوم" or a part of the day ("بعد ظهر الأحد"), resolved with no date?"""
    if "offset" in d.attrs or "relative_day" in d.attrs or "range" in d.attrs or "weekday_ok" in d.attrs:
        return False
    lex = lexicon()
    words = date_words(d.text)
    if not words or words[-1] not in lex.weekdays:
        return False
    rest = " ".join(words[:-1])
    return not rest or rest in _DAY_WORDS or rest in lex.day_parts_before


def _sentence_holiday(d: DateSpan, holidays: list[DateSpan], starts: list[int], text: str) -> DateSpan | None:
    """The nearest holiday of ``holidays`` (in text order; ``starts``: theirs) in ``d``'s sentence, with no
    complementizer between a weekday and a holiday after it."""
    best: DateSpan | None = None
    # (only the holidays within reach, by bisection on their starts: a long article has many of both)
    lo_i = bisect_left(starts, d.start - _REACH - _LONGEST)
    hi_i = bisect_right(starts, d.end + _REACH)
    for h in holidays[lo_i:hi_i]:
        if h.end <= d.start:
            lo, hi = h.end, d.start
        elif d.end <= h.start:
            lo, hi = d.end, h.start
            if _COMPLEMENTIZER.search(text, lo, hi, SERIAL):
                continue
        else:
            continue
        if hi - lo > _REACH or _SENTENCE_END.search(text, lo, hi, SERIAL):
            continue
        if best is None or abs(h.start - d.start) < abs(best.start - d.start):
            best = h
    return best


def _names_the_holiday(d: DateSpan, h: DateSpan, text: str) -> bool:
    """Does the weekday ``d`` name the holiday ``h``'s own day: the two side by side or a link of
    ``holiday_weekday_links`` between ("أن الأحد يصادف ذكرى الاستقلال", "عيد الشغل هو يوم الاثنين")?  Its year is
    then the one whose day falls on the weekday, which is no week of the holiday's reading (left as it was)."""
    lo, hi = (d.end, h.start) if d.end <= h.start else (h.end, d.start)
    if hi - lo > _LINK_REACH:
        return False
    found = lookup_key(text[lo:hi]).replace("،", " ").replace(",", " ").split()
    if found and found[-1] in _DAY_LINKS:
        found.pop()
    return not found or " ".join(found) in lexicon().holiday_weekday_links


def _move(d: DateSpan, day: str, anchor: str) -> None:
    """Give ``d`` the day ``day`` (its time of day kept); ``anchor``: the day that tied it (PREV_DATE)."""
    value = str(d.value)
    if value[:10] == day:
        return
    d.value = day + value[10:]
    d.attrs["anchor"] = "PREV_DATE"
    d.attrs["anchor_date"] = anchor
