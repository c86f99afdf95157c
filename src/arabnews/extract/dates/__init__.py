"""The ``dates`` stage: temporal expressions with TIMEX3-style values (runs after ``numbers``).

Finds absolute dates in the four month systems of Arabic news (Levantine "كانون الأول",
Egyptian "ديسمبر", Maghrebi "دجنبر"/"جانفي", Hijri "ذو الحجة" with هـ), numeric dates (day first),
years and decades, ranges, relative expressions resolved against ``doc.reference_date``,
durations, clock times, vague references and periodic sets.

Each :class:`~arabnews.document.DateSpan` has

* ``type``: DATE, TIME, DURATION or SET;
* ``value``: ISO 8601 / TIMEX3 — ``2016-05``, ``2019-12-15``, ``2018-W09``, ``2021-Q1``, ``2021-H1``,
  ``199`` (a decade), ``2011/2015`` (a range, ISO interval), ``P4Y``, ``PXY`` (unknown count),
  ``T03:00``, ``2020-05-12TMO`` (a part of a day), ``PAST_REF`` / ``FUTURE_REF`` / ``PRESENT_REF``;
  a Hijri date keeps its Hijri value (``1444-09-13``) with ``calendar="hijri"`` and the Gregorian
  one in ``attrs["gregorian"]`` (an ISO interval for a Hijri month or year);
* ``resolved``: False when the value needs a reference date that was not given.  Then ``value`` is
  ``None`` — never today's date — and ``attrs`` carry ``anchor="REF"`` and ``offset`` (a signed
  ISO duration: "منذ 3 سنوات" → ``-P3Y``; "اليوم" → ``P0D``), and ``timex`` where TIMEX3 has an
  underspecified form ("أيار" → ``XXXX-05``, "الخميس" → ``XXXX-WXX-4``).  Resolved relative dates
  keep ``anchor``/``offset`` too;
* ``mod``: TIMEX3 modifiers in upper case — START (مطلع، بداية، أوائل), MID (منتصف), END (أواخر،
  نهاية), APPROX (قرابة، نحو، حوالي), MORE_THAN (أكثر من), LESS_THAN (أقل من);
* ``attrs``: ``weekday`` (ISO number, Monday = 1) and ``weekday_ok`` when a weekday is written with a
  full date; ``relation`` (since / until / before / after / during) for a signal word before the
  expression ("منذ عام 2012" → DATE 2012, relation "since"); ``range`` {start, end}.

Signal words are left out of a span ("بعد أربعة أعوام" → "أربعة أعوام", P4Y, relation "after"),
except منذ/قبل before a duration, which make it a relative date ("منذ 3 سنوات" → DATE ref − 3 years
at year granularity), and من/بين of a range.  Proclitics (و ف ب ل ك) are left out too.

Word numbers come from ``doc.numbers`` (the numbers stage); without that stage, word numbers are
read by running :mod:`arabnews.extract.numbers` privately if it is installed.  Numbers inside a date
span are removed from ``doc.numbers``: the dates stage owns them.

Choices: "اليوم" is the reference day except before a definite word ("اليوم الوطني", "اليوم التالي");
"حتى اليوم" is today.  A bare weekday ("الخميس", "يوم الخميس") is the most recent such day on or
before the reference (past-tense news); "الخميس المقبل" the next one.  A month without a year takes the
reference year.  "عام" is a date only before a year ("الرأي العام" is not).

>>> import datetime as dt
>>> from arabnews import Pipeline
>>> doc = Pipeline(["dates"])("تأسست الميليشيا مطلع عام 2014", reference_date=dt.date(2020, 5, 12))
>>> [(d.text, d.value, d.mod) for d in doc.dates]
[('مطلع عام 2014', '2014', 'START')]
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

import regex

from ...document import DateSpan, Document, NumberSpan, Region, SpanIndex
from .months import lexicon
from .patterns import MASK, Patterns, is_anchor, patterns
from .rules import (
    Candidate,
    Context,
    absolute,
    h_bare_year,
    h_day_of_month,
    h_decade,
    h_dmy,
    h_duration,
    h_numeric,
    h_rel_unit,
    h_relday,
    h_time,
    h_vague,
    h_year,
    h_year_range,
    prev_word,
)

__all__ = ["extract_dates", "make_stage"]

_PREV = regex.compile(r"[\p{L}\p{M}]++(?=[\s،,]*+$)")
_TIME_GAP = regex.compile(r"[\s،,]*+(?:(?:من|في|عند)\s++)?(?:يوم\s++)?")
_DAY_BEFORE = regex.compile(r"(?:(?<![\p{L}\p{M}])[وف]?(?P<sig>من|بين)\s++)?(?<!\d)(?P<d1>\d{1,2})\s*+"
                            r"(?P<conj>-|–|و|الي|حتي|لغايه)\s*+$")
_WINDOW = 50  # longer than any single rule's match on either side of its anchor word
_MASKED_KINDS = frozenset({"cardinal", "ordinal", "approximate"})
_RELATIONS = {"منذ": "since", "حتي": "until", "لغايه": "until", "قبل": "before", "بعد": "after", "خلال": "during"}


def _rules(p: Patterns) -> list[tuple[regex.Pattern[str], Callable]]:
    return [(p.dmy, h_dmy), (p.year, h_year), (p.bare_year, h_bare_year), (p.year_range, h_year_range),
            (p.numeric, h_numeric), (p.relday, h_relday), (p.day_of_month, h_day_of_month),
            (p.rel_unit, h_rel_unit), (p.duration, h_duration), (p.vague, h_vague), (p.decade, h_decade),
            (p.time, h_time)]


def make_stage() -> Callable[[Document], Document]:
    """The dates stage for :class:`arabnews.Pipeline`."""
    return extract_dates


def extract_dates(doc: Document) -> Document:
    """Add the temporal expressions of ``doc``'s extraction regions to ``doc.dates``."""
    p = patterns()
    masks, masked = _mask_numbers(doc, p)
    ctx = Context(masked, doc.reference_date, masks, lexicon())
    rules = _rules(p)
    found: list[DateSpan] = []
    for region in doc.extraction_regions():
        ns, ne = doc.to_normalized(region.start, region.end)
        cands: list[Candidate] = []
        for ws, we in _windows(doc, region, ns, ne):
            for pattern, handler in rules:
                for m in pattern.finditer(masked, ws, we):
                    try:
                        cand = handler(m, ctx)
                    except (ValueError, OverflowError, KeyError, TypeError):
                        cand = None
                    if cand is not None and cand.ne > cand.ns:
                        cands.append(cand)
        chosen = _merge_times(_day_ranges(_merge_ranges(_select(cands), ctx), masked), masked)
        for cand in chosen:
            _add_relation(cand, masked)
            start, end = doc.to_original(cand.ns, cand.ne)
            found.append(DateSpan(start, end, doc.text[start:end], type=cand.type, value=cand.value,
                                  calendar=cand.calendar, resolved=cand.resolved, mod=cand.mod,
                                  part=region.part, attrs=cand.attrs))
    doc.dates.extend(found)
    doc.dates.sort(key=lambda d: (d.start, d.end))
    if found and doc.numbers:
        index = SpanIndex.of(found)
        doc.numbers[:] = [n for n in doc.numbers if not index.overlaps(n.start, n.end)]
    return doc


def _windows(doc: Document, region: Region, start: int, end: int) -> list[tuple[int, int]]:
    """Normalized stretches of the region around anchor words, years and numeric dates."""
    folded = doc.folded
    anchors: list[tuple[int, int]] = []
    for tok in doc.tokens_between(region.start, region.end):
        a, b = tok.nstart, tok.nstart + len(tok.norm)
        # Other numbers (days, counts) only matter next to a month, unit or clock word, which anchor.
        if (tok.kind == "number" and (b - a == 4 or folded[b:b + 1] in ("/", ".", "-"))) or (
                tok.kind == "word" and is_anchor(folded[a:b])):
            anchors.append((a, b))
    out: list[tuple[int, int]] = []
    for a, b in sorted(anchors):
        lo, hi = max(start, a - _WINDOW), min(end, b + _WINDOW)
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


# -- numbers ---------------------------------------------------------------------------------------
def _numbers_for(doc: Document) -> list[NumberSpan]:
    if doc.numbers:
        return doc.numbers
    try:
        from .. import numbers as numbers_module
    except ImportError:
        return []
    if not callable(getattr(numbers_module, "make_stage", None)):
        return []
    try:
        tmp = Document(doc.text, reference_date=doc.reference_date, normalization=doc.view.options, parts=doc.parts)
        tmp.regions = list(doc.regions)
        return list(numbers_module.make_stage()(tmp).numbers)
    except Exception as exc:  # a broken numbers module must not take the dates down with it
        doc.errors.append({"stage": "dates", "error": f"numbers fallback failed: {exc!r}"})
        return []


def _mask_numbers(doc: Document, p: Patterns) -> tuple[dict[int, tuple[float, str]], str]:
    """Replace word numbers by MASK characters (same length) and map each run to its value."""
    folded = doc.folded
    spans = _numbers_for(doc)
    if not spans:
        return {}, folded
    protected = [(m.start(), m.end()) for m in p.protect.finditer(folded)]  # sorted, disjoint
    protected_starts = [ps for ps, _ in protected]
    masks: dict[int, tuple[float, str]] = {}
    pieces: list[str] = []
    last = 0
    for n in sorted(spans, key=lambda s: s.start):
        if n.value is None or n.kind not in _MASKED_KINDS:  # fractions (نصف، الربع) are read as words
            continue
        ns, ne = doc.to_normalized(n.start, n.end)
        if ns < last or any(ch.isdigit() for ch in folded[ns:ne]):
            continue
        # a month or unit word inside the number span stays readable: cut before the first one
        i = bisect_right(protected_starts, ns) - 1
        if i < 0 or protected[i][1] <= ns:
            i += 1
        if i < len(protected) and protected[i][0] < ne:
            ne = max(protected[i][0], ns)
        while ne > ns and folded[ne - 1].isspace():
            ne -= 1
        if ne <= ns:
            continue
        pieces.append(folded[last:ns])
        pieces.append(MASK * (ne - ns))
        masks[ns] = (n.value, n.kind)
        last = ne
    pieces.append(folded[last:])
    return masks, "".join(pieces)


# -- choosing and combining ------------------------------------------------------------------------
def _select(cands: list[Candidate]) -> list[Candidate]:
    """Longest first, then leftmost; drop candidates overlapping a chosen one."""
    starts: list[int] = []  # chosen spans, kept sorted and disjoint
    chosen: list[Candidate] = []
    for cand in sorted(cands, key=lambda c: (-(c.ne - c.ns), c.ns)):
        i = bisect_right(starts, cand.ns)
        if (i and chosen[i - 1].ne > cand.ns) or (i < len(chosen) and chosen[i].ns < cand.ne):
            continue
        starts.insert(i, cand.ns)
        chosen.insert(i, cand)
    return chosen


def _word_start_before(text: str, pos: int) -> int:
    m = _PREV.search(text, max(0, pos - 40), pos)
    if not m:
        return pos
    start = m.start()
    if text[start] in "وف" and m.end() - start > 2 and text[start + 1:m.end()] in ("من", "بين", "منذ"):
        start += 1
    return start


def _merge_ranges(chosen: list[Candidate], ctx: Context) -> list[Candidate]:
    """"من تموز حتى كانون الأول 2016", "بين 2011 و2015" → one DATE with an ISO interval value."""
    p = patterns()
    out: list[Candidate] = []
    i = 0
    while i < len(chosen):
        a = chosen[i]
        b = chosen[i + 1] if i + 1 < len(chosen) else None
        merged = None
        if b is not None and a.type == b.type == "DATE" and b.ns - a.ne <= 12 and a.fields and b.fields:
            m = p.between.match(ctx.text[a.ne:b.ns])
            if m:
                word = prev_word(ctx.text, a.ns)
                conj = m["conj"]
                if (word == "بين" and conj == "و") or (word in ("من", "منذ") and conj != "و") or conj in ("-", "–"):
                    merged = _range(a, b, ctx, include_signal=word in ("من", "بين", "منذ"))
        if merged is not None:
            out.append(merged)
            i += 2
        else:
            out.append(a)
            i += 1
    return out


def _day_ranges(chosen: list[Candidate], text: str) -> list[Candidate]:
    """"من 8 إلى 24 جوان 2017", "بين 10 و12 أفريل" → a range of days within the month."""
    out: list[Candidate] = []
    for cand in chosen:
        value = cand.value
        if cand.type == "DATE" and value and len(value) == 10 and cand.fields and cand.fields.get("day"):
            m = _DAY_BEFORE.search(text, max(0, cand.ns - 30), cand.ns)
            if m and (m["sig"] or m["conj"] in ("-", "–")) and (m["sig"] != "بين" or m["conj"] == "و"):
                first = int(m["d1"])
                free = not out or out[-1].ne <= m.start()
                if free and 1 <= first < cand.fields["day"]:
                    start_value = f"{value[:8]}{first:02d}"
                    out.append(Candidate(m.start(), cand.ne, "DATE", f"{start_value}/{value}", cand.calendar,
                                         attrs={**cand.attrs, "range": {"start": start_value, "end": value}}))
                    continue
        out.append(cand)
    return out


def _range(a: Candidate, b: Candidate, ctx: Context, *, include_signal: bool) -> Candidate | None:
    fa, fb = a.fields or {}, b.fields or {}
    if fa.get("year") is None and fb.get("year") is not None and fa.get("calendar") == fb.get("calendar"):
        year = fb["year"]
        if fa.get("month") and fb.get("month") and fa["month"] > fb["month"]:
            year -= 1
        a2 = absolute(a.ns, a.ne, fa["calendar"], year, fa.get("month"), fa.get("day"), ctx.ref)
        if a2 is None:
            return None
        a = a2
    ns = _word_start_before(ctx.text, a.ns) if include_signal else a.ns
    value = f"{a.value}/{b.value}" if a.value and b.value else None
    attrs = {"range": {"start": a.value, "end": b.value}}
    return Candidate(ns, b.ne, "DATE", value, a.calendar, a.resolved and b.resolved, attrs=attrs)


def _merge_times(chosen: list[Candidate], text: str) -> list[Candidate]:
    """A clock time next to a day ("الساعة الثالثة فجر يوم الخميس") becomes one TIME with both."""
    out: list[Candidate] = []
    for cand in chosen:
        prev = out[-1] if out else None
        if prev is not None and cand.ns - prev.ne <= 12:
            pair = (prev, cand) if prev.type == "TIME" else (cand, prev)
            clock, day = pair
            if (clock.type == "TIME" and clock.value and clock.value.startswith("T") and day.type == "DATE"
                    and (day.value is None or len(day.value) == 10) and _TIME_GAP.fullmatch(text, prev.ne, cand.ns)):
                value = f"{day.value}{clock.value}" if day.value else None
                out[-1] = Candidate(prev.ns, cand.ne, "TIME", value, resolved=day.resolved,
                                    attrs={**day.attrs, "time": clock.value})
                continue
        out.append(cand)
    return out


def _add_relation(cand: Candidate, text: str) -> None:
    if "relation" in cand.attrs or cand.type not in ("DATE", "DURATION") or cand.attrs.get("offset"):
        return
    word = prev_word(text, cand.ns)
    if word in _RELATIONS:
        cand.attrs["relation"] = _RELATIONS[word]
