"""The dates stage: windows → rules → candidates → selection → merges → :class:`DateSpan` objects.

The stage reads word numbers from ``doc.numbers`` and so runs after the ``numbers`` stage, which it
declares in :attr:`DatesStage.requires`; the pipeline guarantees the order.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import cache
from itertools import pairwise, repeat

import regex

from ...document import DateSpan, Document, NumberSpan, Part, Region, SpanIndex
from ...lang.ar import lookup_key
from ...lang.ar.serial import SERIAL
from ..numbers.lexicon import counted_classes
from ..numbers.outlets import outlet_spans
from .ages import Counts, drop_ages
from .anaphora import resolve_anaphoric
from .anniversaries import anniversaries
from .births import birth_lists
from .candidates import Candidate, Context, select
from .document_day import (
    STATING_PARTS,
    article_starts,
    document_day,
    lead_paragraph,
    mark_document_anchor,
    record_stated_days,
)
from .holiday_dates import holiday_dates
from .holiday_weekdays import holiday_weekdays
from .masking import mask_numbers
from .merges import (
    add_relation,
    bulletin_alone,
    day_ranges,
    duration_ranges,
    half_months,
    holiday_parts,
    merge_durations,
    merge_ranges,
    merge_times,
    months_share_year,
    named_after_dates,
    named_event_days,
    open_clock_ends,
    part_modifiers,
    part_of_year,
    sentence_years,
    week_weekdays,
    weekday_dates,
    weekday_pairs,
    weekday_ranges,
    weekday_sets,
    year_heads,
    year_lists,
    years_before_era,
)
from .months import lexicon
from .moves import moved_ranges
from .nights import masked_tens, midnights, nights_between, nights_of_days, tens_of_days
from .nth_days import nth_days
from .patterns import MASK, Patterns, patterns
from .places import scan_places, start_places
from .prayer_days import prayer_days
from .rules import Handler, compiled
from .today import anchor_weekdays_on_today, weekdays_of_written_weeks
from .weekday_ties import tie_weekdays
from .windows import windows
from .yearly import yearly_dates

#: Stages that must run before this one.
REQUIRES: tuple[str, ...] = ("numbers",)
#: What a handler may raise on a match it cannot read (an impossible date such as 31/02, a year out of
#: range): the match is skipped.  Anything else is a bug and propagates.
_SKIPPED = (ValueError, OverflowError)


def extract_dates(doc: Document) -> Document:
    """Add the temporal expressions of ``doc``'s extraction regions to ``doc.dates``.

    Relative dates resolve against the day the document states as its own ("اليوم الأحد 29 نوفمبر
    2015": :mod:`.document_day`) when it states one, else against ``doc.reference_date``.  Numbers of
    ``doc.numbers`` inside a date span are removed: the dates stage owns them (but a rate of times, "3 مرات
    أسبوعيا", which a SET with its frequency holds too).
    """
    p = patterns()
    ctx = reading_context(doc, p)
    ref = doc.reference_date
    # each region's matches and dates.  The matches are kept for a second reading against the document's own day
    # (below) up to KEPT_MATCHES in all: a long document's (10,000 regions, 40,000 matches in 5 MB of news) were a
    # tenth of its peak memory; a region past them is scanned again if it is read again.
    scan = _region_scanner(doc, ctx.text, p)
    per_region: list[tuple[list[DateSpan], Region, _Scanned | None]] = []  # (dates, region, its kept matches)
    kept = 0
    for region in doc.extraction_regions():
        scanned = scan(region)
        dates = _find(doc, ctx, scanned)
        again: _Scanned | None = None
        if ref is not None and kept + len(scanned[3]) <= KEPT_MATCHES:
            again = scanned
            kept += len(scanned[3])
        per_region.append((dates, region, again))
        del scanned
    starts = article_starts(doc.text) if ref is not None and len(per_region) > 1 else [0]
    stated: list[tuple[int, dt.date]] = []  # each article's day (its own, else an earlier article's): for events
    if len(starts) == 1:
        found, own = _anchored(doc, ctx, scan, per_region, doc.regions, None)
        if own is not None:
            stated.append((0, own))
    else:  # several articles pasted into one text: each is anchored on its own day, else the last one stated before
        found, last = [], None
        bounds = [*starts[1:], len(doc.text) + 1]
        # each article's regions by bisection (both lists are in text order): filtering every list per article was
        # quadratic in a long digest (3,339 articles, 2 s of 2.7 at 2 MB)
        item_starts = [item[1].start for item in per_region]
        region_starts = [r.start for r in doc.regions]
        ordered = all(a <= b for a, b in pairwise(item_starts)) and all(a <= b for a, b in pairwise(region_starts))
        for lo, hi in zip(starts, bounds, strict=True):
            if ordered:
                group = per_region[bisect_left(item_starts, lo):bisect_left(item_starts, hi)]
                regions = doc.regions[bisect_left(region_starts, lo):bisect_left(region_starts, hi)]
            else:
                group = [item for item in per_region if lo <= item[1].start < hi]
                regions = [r for r in doc.regions if lo <= r.start < hi]
            if group:
                dates, own = _anchored(doc, ctx, scan, group, regions, last)
                found += dates
                last = own or last
                if last is not None:
                    stated.append((lo, last))
    record_stated_days(doc.memo, doc.text, stated)
    doc.dates.extend(found)
    doc.dates.sort(key=lambda d: (d.start, d.end))
    names = ctx.memo.get(_NAMES_KEY)
    if names and doc.numbers:  # "حركة 23 مارس", "ملعب 15 أكتوبر": a name's day is no count (its number goes)
        spans = sorted({doc.to_original(s, e) for s, e in names})
        doc.numbers[:] = [n for n in doc.numbers if not any(s < n.end and n.start < e for s, e in spans)]
    if found and doc.numbers:
        index = SpanIndex.of(found)
        # (a rate of times the numbers stage read, "3 مرات أسبوعيا": unit "times" per "wk", stays a number beside
        # the SET that holds it, P1W 3X)
        doc.numbers[:] = [n for n in doc.numbers if not index.overlaps(n.start, n.end)
                          or (n.unit == "times" and n.attrs.get("per"))]
    return doc


def _anchored(doc: Document, ctx: Context, scan: Callable[[Region], _Scanned],
              per_region: list[tuple[list[DateSpan], Region, _Scanned | None]], regions: list[Region],
              before: dt.date | None) -> tuple[list[DateSpan], dt.date | None]:
    """The dates of ``per_region`` (one article's regions, with the dates the reference resolved), resolved against the
    day the article states as its own (:func:`document_day`; ``regions``: the article's, for its lead) or, when it
    states none, ``before`` (the day stated by an earlier article of the same text: the nearest preceding anchor, as
    dateparser and Duckling resolve against the nearest reference), else against the reference; and the day the
    article stated (None if none)."""
    ref = ctx.ref
    found = [d for dates, _, _ in per_region for d in dates]
    own = document_day(found, doc.text, lead_paragraph(regions, doc.text), ref) if ref is not None else None
    day = own or before
    if day is not None and day != ref:
        # one anchor per article: the regions whose dates the reference resolved are read again against the
        # article's own day (a reader's comment keeps the reference)
        ref = day
        dctx = replace(ctx, ref=day)
        found = [d for dates, region, scanned in per_region
                 for d in (_find(doc, dctx, scanned or scan(region)) if _rereadable(region.part, dates) else dates)]
        mark_document_anchor((d for d in found if d.part in STATING_PARTS), day)
    weekdays_of_written_weeks(found, ref, doc.text)  # "ليلة الأحد إلى الاثنين من الأسبوع الفارط"
    anchor_weekdays_on_today(found, ref, doc.text)  # "اليوم الجمعة" … "الجمعة": the same day
    if ref is not None:  # "الثلاثاء القادم" … "يوم الثلاثاء 13 جوان 2017"; "الأحد" … "ليلة رأس السنة"
        tie_weekdays(found, doc.text, regions[0].start if regions else 0)
    resolve_anaphoric(found, ref)  # "يوم 5 ماي 2016" … "في اليوم الموالي": the story's next day
    return found, own


def reading_context(doc: Document, p: Patterns) -> Context:
    """What the rules of ``doc`` read (:class:`Context`): its folded text with the word numbers masked, its
    reference date, the numbers' values.  A second reading against another day shares the context's memo
    (``dataclasses.replace``): what the merges read from the text alone is read once."""
    masks, masked = mask_numbers(doc, p)
    folded = doc.folded
    definite = frozenset(s for s in masks if folded.startswith("ال", s))
    if "لل" in masked:
        masked = _lil_nouns().sub("ال", masked)
    masked = _hide_outlets(masked, outlet_spans(folded, memo=doc.memo))
    return Context(masked, doc.reference_date, masks, lexicon(), definite, counted=_counted(doc),
                   noun_counts=_noun_counts(doc))


#: What the rules read in place of an outlet's name's characters: no rule's word ("xxxxx xxxxx الاحد")
_HIDDEN = "x"


def _hide_outlets(masked: str, spans: list[tuple[int, int]]) -> str:
    """``masked`` with the characters of the outlet names at ``spans`` (:func:`~..numbers.outlets.outlet_spans`)
    but white space turned to :data:`_HIDDEN`: "وقال موقع الوطن اليوم" names no today, "صحيفة 26 سبتمبر" no day;
    a date after the name stays ("لقناة روسيا اليوم الأحد": Sunday)."""
    if not spans:
        return masked
    parts, pos = [], 0
    for s, e in spans:
        parts.append(masked[pos:s])
        parts.append("".join(c if c.isspace() else _HIDDEN for c in masked[s:e]))
        pos = e
    parts.append(masked[pos:])
    return "".join(parts)


_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


def _counted(doc: Document) -> frozenset[int]:
    """The normalized starts of ``doc``'s numbers in digits with a currency or a measure unit (a ``quantity``), or a
    span longer than their digits (a scale word: "2011 مليون"): an amount, no bare year (:attr:`Context.counted`).
    A counted noun is not enough: the numbers stage reads one after a year too ("خلال 2015 الدولة", "في 2013عمليات"),
    but for a number of a Hijri year's range (1343 to 1500) that Hijri years are not written before ("رمضان 1362
    مخالفة": violations; session 36)."""
    to_normalized = doc.view.to_normalized
    return frozenset(to_normalized(n.start) for n in doc.numbers
                     if n.text[:1].isdigit() and ("quantity" in n.attrs or not n.text.isdigit()
                                                  or _counts_people(n, doc.text) or _hijri_year_count(n)))


def _noun_counts(doc: Document) -> frozenset[int]:
    """The normalized starts of ``doc``'s numbers in digits with an indefinite counted noun right after them (white
    space between): "رمضان 1362 مخالفة", "شهر مارس 1500 عون" (:attr:`Context.noun_counts`)."""
    text, to_normalized = doc.text, doc.view.to_normalized
    out = []
    for n in doc.numbers:
        start = n.attrs.get("unit_start")
        if (n.unit is None or not isinstance(start, int) or not n.text[:1].isdigit() or not n.text.isdigit()
                or start <= n.end or text[n.end:start].strip() or text.startswith("ال", start)):
            continue
        out.append(to_normalized(n.start))
    return frozenset(out)


def _hijri_year_count(n: NumberSpan) -> bool:
    """Is ``n`` (digits) a count of a Hijri year's range, 1343 to 1500, with its counted noun ("1362 مخالفة")?"""
    return n.unit is not None and n.text.isdigit() and 1343 <= int(n.text.translate(_DIGITS)) <= 1500


def _counts_people(n: NumberSpan, text: str) -> bool:
    """Is ``n`` (digits) the count of the indefinite people noun after it, in the form a count of its value takes:
    "في 2000 شخص" (a thousands' noun is genitive singular), "أكثر من 2016 مهاجرا" (after 11 to 99, accusative:
    "ا", or a feminine "ة") — not a year before a verb ("خلال 2015 طالب بها الطرف النقابي": no accusative) or a
    definite noun."""
    start, end = n.attrs.get("unit_start"), n.attrs.get("unit_end")
    if n.unit not in counted_classes().people or not isinstance(start, int) or not isinstance(end, int):
        return False
    noun = text[start:end]
    if start <= n.end or text[n.end:start].strip() or noun.startswith("ال") or not n.text.isdigit():
        return False
    tens = int(n.text.translate(_DIGITS)) % 100
    if tens == 0:
        return True
    return 11 <= tens and noun.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")[-1:] in ("ا", "ة")


@cache
def _lil_nouns() -> regex.Pattern[str]:
    """ل + ال before a noun of time, written "لل" ("للعام المقبل", "للسنة الدراسية 2016/2017", "وللشهر الجاري"): the
    rules read "ال" in its place (same length: the span opens with the preposition, "للعام المقبل"; it was no
    date), when an adjective, a number or a year follows ("وأسوأ بداية للعام منذ 1987" is any year's start).  The
    nouns are ``dates_lexicon.yaml``'s ``lil_nouns``.  So is "لل" glued to the count of a duration ("لل3 سنوات
    القادمة", "للـ24 ساعة الماضية", "لل10 أيام": session 26; "ال3 سنوات القادمة" was read, "لل3" gave no date)."""
    lex = lexicon()
    nouns = "|".join(sorted(lex.lil_nouns, key=len, reverse=True))
    units = "|".join(sorted(lex.units, key=len, reverse=True))
    start = rf"(?:(?<![\p{{L}}\p{{M}}\d{MASK}])|(?<=(?<![\p{{L}}\p{{M}}\d{MASK}])[وف]))"
    return regex.compile(rf"""{start}لل(?=(?:{nouns})\s+(?:ال|\d|{MASK})
        |ـ*\s?\d{{1,3}}(?![\d.,/:])\s*(?:{units})(?![\p{{L}}\p{{M}}]))""", regex.VERBOSE)


#: What the patterns matched in one extraction region: the region's part, its normalized bounds, and each
#: match with its handler.  The matches do not depend on the reference date, so a second reading of a
#: region against the document's own day resolves them again without scanning again (only the regions whose
#: dates the reference resolved, asked only when the document states another day; up to :data:`KEPT_MATCHES`).
_Scanned = tuple[Part, int, int, list[tuple[Handler, "regex.Match[str]"]]]


#: The most matches the dates stage keeps for a second reading of their regions (a region past them is scanned
#: again): a news article has tens.
KEPT_MATCHES = 4096


def _scan(doc: Document, masked: str, p: Patterns) -> Iterator[_Scanned]:
    """The matches of the date patterns in ``doc``'s extraction regions (``masked``: its masked text), region
    by region."""
    return map(_region_scanner(doc, masked, p), doc.extraction_regions())


def _region_scanner(doc: Document, masked: str, p: Patterns) -> Callable[[Region], _Scanned]:
    """The function that scans one region of ``doc`` (:func:`_scan`)."""
    rules = compiled(p)
    starts_in = start_places().places

    def scan(region: Region) -> _Scanned:
        ns, ne = doc.to_normalized(region.start, region.end)
        hits: list[tuple[Handler, regex.Match[str]]] = []
        for ws, we in windows(doc, region, ns, ne):
            places, started = starts_in(masked, ws, we)  # where rules can start (the vague rule always runs)
            for pattern, handler, _, starts, bit in rules.to_run(masked[ws:we], started):
                if starts is None:
                    matches: Iterable[regex.Match[str]] = pattern.finditer(masked, ws, we, False, SERIAL)
                else:
                    matches = scan_places(pattern, starts, bit, places, masked, ws, we)
                hits.extend(zip(repeat(handler), matches))  # (handler, match) pairs, made in C
        return region.part, ns, ne, hits

    return scan


#: The attributes of a date the reference may have resolved: an anchor or offset, a relation to the reference,
#: a range (whose yearless end may have taken the reference's year)
_REFERENCE_ATTRS = frozenset({"anchor", "offset", "relation", "range"})


def _rereadable(part: Part, dates: list[DateSpan]) -> bool:
    """Is a region of ``part`` (its ``dates`` read against the reference) read again when the document states a day of
    its own: a part that states it, a date the reference resolved?"""
    return part in STATING_PARTS and _relative(dates)


def _relative(dates: list[DateSpan]) -> bool:
    """Did the reference date resolve any of ``dates`` (one region's)?"""
    return any(d.value is None or not _REFERENCE_ATTRS.isdisjoint(d.attrs) for d in dates)


#: The marks after the digit of a keycap emoji ("1️⃣", "3⃣")
_KEYCAP = frozenset({"\ufe0f", "\u20e3"})


#: ``Context.memo``'s key of :func:`~.nights.masked_tens` of the document's masks
_TENS_KEY = ("masked tens", 0, 0)
#: ``Context.memo``'s key of :func:`_counts`
_COUNTS_KEY = ("number counts", 0, 0)
#: The key of :attr:`Context.memo` that says whether the document holds a plural of year (:func:`year_lists`)
_LISTS_KEY = ("year lists", 0, 0)
#: The key of :attr:`Context.memo` that says whether the document holds a noun of birth (:func:`birth_lists`)
_BIRTHS_KEY = ("births", 0, 0)
#: The key of the document's dates dropped as names in ``Context.memo`` ("ملعب 15 أكتوبر", "حركة 23 مارس"):
#: normalized spans, whose numbers are no counts
_NAMES_KEY = ("date names", 0, 0)


def _counts(doc: Document) -> Counts:
    """The normalized spans of ``doc.numbers``, each with whether the numbers stage read it as an age."""
    to_normalized = doc.view.to_normalized
    return Counts(lambda: [(to_normalized(n.start), to_normalized(n.end), n.attrs.get("quantity") == "age")
                           for n in doc.numbers])


def _find(doc: Document, ctx: Context, region: _Scanned) -> list[DateSpan]:
    """The date spans of one region's matches (:func:`_scan`), relative ones resolved against ``ctx.ref``."""
    masked, masks = ctx.text, ctx.masks
    found: list[DateSpan] = []
    part, ns, ne, hits = region
    cands: list[Candidate] = []
    for handler, m in hits:
        try:
            cand = handler(m, ctx)
        except _SKIPPED:
            cand = None
        if cand is not None and cand.ne > cand.ns:
            cands.append(cand)
    chosen: list[Candidate] = []
    if cands:  # the merges of no candidates are none; part_of_year may find some without them
        chosen = day_ranges(merge_ranges(select(cands), ctx), masked, masks, ctx.memo)
        chosen = open_clock_ends(merge_times(chosen, masked), masked, masks)
        chosen = years_before_era(duration_ranges(merge_durations(chosen, masked), masked, masks), masked)
        chosen = week_weekdays(weekday_ranges(weekday_pairs(weekday_dates(chosen, masked), masked), masked), masked,
                               ctx.ref)
        names = ctx.memo.setdefault(_NAMES_KEY, [])
        chosen = named_event_days(named_after_dates(months_share_year(chosen, masked), masked, names), masked,
                                  ctx.ref)
        chosen = year_heads(chosen, masked)
        chosen = nights_between(nights_of_days(holiday_parts(part_modifiers(chosen, masked, masks), masked), masked),
                                masked)
        chosen = half_months(midnights(chosen, masked), masked)
    chosen = weekday_sets(part_of_year(chosen, masked, masks, ns, ne, ctx.memo, ctx.ref), masked, masks, ns, ne,
                          ctx.memo)
    lists = ctx.memo.get(_LISTS_KEY)
    if lists is None:  # once per document: does it hold a plural of year at all ("سنوات 2015 و2016")?
        lists = ctx.memo[_LISTS_KEY] = "سنوات" in masked or "اعوام" in masked
    if lists:
        chosen = year_lists(chosen, masked, ns, ne, ctx.ref)
    births = ctx.memo.get(_BIRTHS_KEY)
    if births is None:  # once per document: does it hold a noun of birth at all (every date of birth follows one)?
        births = ctx.memo[_BIRTHS_KEY] = any(noun in masked for noun in ctx.lex.birth_words)
    if births:  # "من مواليد 1998 و1995": both are births
        chosen = birth_lists(chosen, masked, ns, ne, ctx.ref, ctx.counted, ctx.lex.birth_words)
    chosen = sentence_years(chosen, masked, ctx.ref)
    tens = ctx.memo.get(_TENS_KEY)
    if tens is None:  # once per document: each region looked through all its masked numbers (quadratic)
        tens = ctx.memo[_TENS_KEY] = masked_tens(masks)
    chosen = tens_of_days(chosen, masked, masks, ctx.ref, ns, ne, tens)
    counts = ctx.memo.get(_COUNTS_KEY)
    if counts is None:  # once per document: the numbers stage's counts, ages marked (.ages)
        counts = ctx.memo[_COUNTS_KEY] = _counts(doc)
    chosen = nth_days(drop_ages(anniversaries(chosen, ctx, ns, ne), masked, doc.folded, counts), masked, masks,
                      ctx.definite)
    if any(c.value == "P1Y" and c.type == "SET" for c in chosen):  # "20 جوان من كل سنة": a recurring day
        chosen = yearly_dates(chosen, masked)
    if any("holiday" in c.attrs for c in chosen):  # "غدا الأربعاء أول أيام عيد الفطر": the Eid on a Wednesday
        chosen = holiday_weekdays(holiday_dates(chosen, masked), masked, ctx.ref)
    if any("bulletin" in c.attrs for c in chosen):  # a bare part of the day: alone in its sentence
        chosen = bulletin_alone(chosen, masked)
    if any("prayer" in c.attrs for c in chosen):  # "مساء أمس الأحد … أثناء صلاة العشاء": that Sunday's night
        chosen = prayer_days(chosen, masked)
    if any(c.value and "/" in c.value for c in chosen):  # "تأجيل … من الساعة 3 إلى 5"
        chosen = moved_ranges(chosen, masked)
    for cand in chosen:
        add_relation(cand, masked, ctx.ref)
        start, end = doc.to_original(cand.ns, cand.ne)
        if doc.text[end:end + 1] in _KEYCAP:  # "الساعة 1️⃣": the digit is a keycap emoji's, no hour
            continue
        if cand.value == "PRESENT_REF" and _misspelt_now_is_name(doc.text, start, end, ctx):
            continue
        found.append(DateSpan(start, end, doc.text[start:end], type=cand.type, value=cand.value,
                              calendar=cand.calendar, resolved=cand.resolved, mod=cand.mod,
                              part=part, attrs=cand.attrs))
    return found


#: "الآن" misspelt: "الان", "ألان", "آلان", "إلان" (a word of the span's end); the word before it, past quotes
_MISSPELT_NOW = regex.compile(r"(?:.*\s)?(?P<w>[اأآإ]لان)")
_WORD_BEFORE = regex.compile(r"(?P<w>[\p{L}\p{M}]+)(?P<q>[^\S\n]*+[\"«“'][^\S\n]*+|[^\S\n]++)$")
_HAMZA_ALEFS = "أآإ"


def _misspelt_now_is_name(text: str, start: int, end: int, ctx: Context) -> bool:
    """A misspelt "الآن" that is a name: "ألان/آلان" (Alain: "وأوضح ألان فليك", "منافسه آلان جوبيه") unless a
    word of time comes before it ("حتى ألان", "إلى حد ألان"); any misspelt form after a place or title head
    ("بنهج "ألان سافاري"", "قناة "الان" اللبنانية") or glued to ك ("بول كالان")."""
    m = _MISSPELT_NOW.fullmatch(text, start, end, SERIAL) if end - start <= 12 else None
    if m is None:
        return False
    ws = m.start("w")
    if ws > 0 and text[ws - 1] == "ك":  # "كالان": a surname, never "as now"
        return True
    if ws > start:  # "حتى ألان": the particle is in the span
        return False
    b = _WORD_BEFORE.search(text, max(0, ws - 30), ws, SERIAL)
    before = b["w"] if b is not None else ""
    lex = ctx.lex
    heads = lex.name_heads | lex.title_heads
    folded = lookup_key(before)
    bare = folded[1:] if folded[:1] in "وفبل" and len(folded) > 3 else folded
    if folded in heads or bare in heads:
        return True
    return text[ws] in _HAMZA_ALEFS and folded not in lex.now_particles and bare not in lex.now_particles


class DatesStage:
    """The dates stage as a pipeline callable, with the stages it needs before it."""

    name = "dates"
    requires: tuple[str, ...] = REQUIRES

    def __call__(self, doc: Document) -> Document:
        return extract_dates(doc)

    def __repr__(self) -> str:
        return "DatesStage()"


def make_stage() -> DatesStage:
    """The dates stage for :class:`arabnews.Pipeline` (it ``requires`` the numbers stage)."""
    return DatesStage()
