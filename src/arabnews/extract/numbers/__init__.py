"""The ``numbers`` stage: numeric expressions in digits or words, with their values.

Each expression becomes a :class:`~arabnews.document.NumberSpan` in ``doc.numbers``:

- ``kind``: "cardinal" (46, ثلاثة وعشرين, 2.5 مليون), "ordinal" (الثالث عشر), "approximate"
  (عشرات → 10, مئات → 100, آلاف → 1000, بضعة → 3, عشرات الآلاف → 10000), "fraction" (نصف, ثلاثة
  أرباع), "percent" (25%, ٪٢٥, 25 في المئة) or "range" (ما بين 20 و30, بين 25 مليون إلى 96 مليون,
  10-15, 30-35 مليون; two years joined by a hyphen are left as two numbers for the dates stage) or "score"
  (a match's: "بنتيجة 2-1", "فاز الفريق 3-0", "بهدفين دون رد", "بثلاثة أهداف مقابل هدفين").
- ``value``: an ``int`` when integral, else a ``float``; for a range the low end, with attrs
  ``low``/``high``.
- ``unit``: a code for the counted noun or unit after the number when it is known: a counted noun
  ("person", "fighter", "killed", "civilian", "member"…; ``counted`` in ``resources/number_words.yaml``),
  an ISO 4217 currency ("USD", "KWD", "EGP"; country currencies from CLDR in
  ``resources/currencies.json``, built by ``scripts/build_currency_table.py``), a generic currency
  ("dinar", "riyal", "lira", "pound", "dirham", "cent"…; after an amount also the Tunisian abbreviations
  "د", "م د" (a million dinars: the amount is scaled) and "أ د"), a UCUM-like measure unit ("kg", "km",
  "m2", "L", "Cel", "[degF]", "km/h"…; ``resources/measures.yaml``) or "percent"; else None.

The span is the number expression itself, scale words included ("2.5 مليون", "أربعة ملايين ونصف
المليون"), a qualifier before it ("أكثر من 100", "نحو 50"), a percent sign or a currency symbol written
against the digits ("25%", "25$") and a currency symbol or code before them ("$25", "KWD 5").  A
proclitic و/ب/ل/ف/ك is left out; an article is kept on number words ("المئات", "الثالث عشر").  What
surrounds the number is given in attrs, each with its own original offsets:

- ``unit_text``/``unit_start``/``unit_end``: the counted noun or unit as written ("مقاتلا", "القتلى",
  "مقاتليها" in "عشرات من مقاتليها", "دينارا كويتيا", "كم/ساعة");
- ``qualifier`` ("more_than", "approx", "less_than", "at_least", "at_most", "between") with
  ``qualifier_text``/``qualifier_start``/``qualifier_end`` ("أكثر من", "نحو", "على الأقل"…);
- ``low``/``high`` of a range ("ما بين 20 و30", "من 50 إلى 80 دولارا", "30-40 يورو"); ``first``/``second``
  of a score ("2-1": 2 and 1; "بهدفين دون رد": 2 and 0, unit "goal"; "بثلاثية نظيفة" 3 and 0; "بهدف لمثله" 1
  and 1; "بمجموعتين لصفر": 2 and 0, unit "set");
- ``quantity`` ("money", "mass", "length", "area", "volume", "temperature", "speed") and, for money,
  ``currency`` (the ISO code) and ``subunit`` with ``subunit_text``/``subunit_start``/``subunit_end``
  ("15 دولارا و60 سنتا" → 15.6, subunit "cent", subunit_text "60 سنتا");
- ``per`` of a rate, the UCUM code of its time unit ("s", "min", "h", "d", "wk", "mo", "a"), with
  ``per_text``/``per_start``/``per_end`` ("350 دينارا شهريا": unit "dinar", per "mo"; "75 مترا مكعبا في
  الثانية": unit "m3", per "s");
- ``numerator``/``denominator``/``whole`` of a fraction written with a slash ("٢/٣", "٢ ١/٢"),
  ``below_zero`` ("خمس درجات تحت الصفر" → −5 Cel), ``dual`` ("دولارين" → 2 USD);
- ``scale`` ("dozen", "thousand", "million", …) when a scale word is part of the expression;
- ``form``: "digits", "words" or "mixed";
- ``is_year_like``: a bare four-digit integer from 1000 to 2100 with no unit or percent.

The stage reports every numeric expression, years and ordinals included.  The dates stage runs
after it and removes from ``doc.numbers`` the ones that belong to a date or time (2016, "الثالث عشر
من رمضان", "كانون الأول"): dates and numbers coordinate through the Document, not by matching twice.

For code that has a plain string, :func:`find_numbers` works on a normalized string and returns
:class:`NumberMatch` objects with offsets into that string; :func:`parse_numbers` normalizes raw text
itself and returns offsets into the raw text.  ``find_numbers`` expects the default normalization
(hamza kept): "مئة" folds to the same letters as "ميه", and only its hamza tells them apart.

>>> [(m.text, m.kind, m.value, m.unit) for m in parse_numbers("قُتل 7 أشخاص و2.5 مليون دولار")]
[('7', 'cardinal', 7, 'person'), ('2.5 مليون', 'cardinal', 2500000, 'USD')]
>>> [(m.text, m.value) for m in parse_numbers("أربعة ملايين ونصف المليون")]
[('أربعة ملايين ونصف المليون', 4500000)]
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from fractions import Fraction
from functools import cache
from typing import Any

import regex

from ...document import Document, NumberSpan, SpanIndex
from ...lang.ar import words as ar_words
from ...lang.ar.charsets import HSPACE
from ...lang.ar.serial import SERIAL
from ...memo import of_text
from ...text.normalize import fold, normalize_with_map
from ...text.tokenize import KIND_CODES, Tokens
from .ages import mark_ages
from .ages import noun_before as age_noun_before
from .gated import at_pos
from .grammar import SCALE_VALUES, Expr, parse_expressions, region_forms
from .lexicon import cached_lookup_key as lookup_key
from .lexicon import lexicon
from .measures import Measures, measures
from .outlets import outlet_spans
from .runs import Coded
from .toll import toll_after, toll_before

__all__ = ["NumberMatch", "find_numbers", "make_stage", "parse_numbers"]

_HYPHEN = regex.compile(r"[^\S\n]?[-–][^\S\n]?")
# 20-11-1985, 2017/2016: digits joined by more separators are a date or a code, not a range
_DATE_LIKE_BEFORE = regex.compile(r"[0-9٠-٩۰-۹][-–/.]\Z")
_DATE_LIKE_AFTER = regex.compile(r"[-–/.][0-9٠-٩۰-۹]")
#: "القانون عدد 52-92", "المرسوم رقم 2011-35": a numbering, not a range
#: A road's kilometre mark before a number ("الطريق الوطنية تونس كلم 10"): the number counts nothing after it
#: (not a unit after an amount: "10 كلم 5 أشخاص")
_KM_MARKER_BEFORE = re.compile(r"(?<![^\W_])(?<![0-9٠-٩] )(?:كلم|كم)[^\S\n]*\Z")
_NUMBERING_BEFORE = re.compile(r"(?<![^\W\d_])(?:عدد|رقم)[^\S\n]*\Z")
#: the hundreds written in one word ("المائة", "المئتين", "الثلاثمائة"): after a noun of a series, an ordinal
_HUNDREDS = frozenset(range(100, 1000, 100))
_MILLION_DINAR = regex.compile(r"[^\S\n]?+\.?+[^\S\n]?+د(?![\p{L}\p{N}])")
_TEMPERATURE = ("temperature", "angle_or_temperature")
#: "من الرتبة" before an ordinal: a grade of a corps ("القاضي من الرتبة الثالثة"), no place in a ranking
_GRADE = ("من الرتبه ", "من الرتبة ")
#: Characters before a number of "درجة" where a temperature cue makes it Celsius.
_TEMPERATURE_REACH = 150
_HSPACE = frozenset(" \t\u00a0\u2009\u202f")
_SYMBOLS = frozenset("$€£¥₪₺")
# "2.500 مليم", "1.440 مليم": dinars.millimes (three decimals) written with the millime unit, 2500 millimes
_THOUSANDTHS = regex.compile(r"\d{1,3}[.٫]\d{3}")
#: Counted units whose count may have decimals: a dot before three digits stays a decimal point there ("برصيد
#: 14.200 نقطة", a gymnast's score), not a thousands separator as before other counts ("1.245 شخصا")
_DECIMAL_COUNTS = frozenset({"point"})
_SLASH_AFTER = regex.compile(r"[-–/][0-9٠-٩۰-۹]")
#: The fraction after "unit + و" ("لتر ونصف", "متر و ربع"), folded.
_UNIT_FRACTIONS = {"نصف": Fraction(1, 2), "نص": Fraction(1, 2), "ربع": Fraction(1, 4), "ثلث": Fraction(1, 3)}
_GAP_SPACE = regex.compile(r"[^\S\n]++")
#: "و" and a fraction after it: a text without it has no "unit + و + fraction" (a cheap gate; "أربعة" has
#: "ربع" in it, so the fraction alone is no gate).  The fractions are rarer than "و": a text without any of
#: them (``str.find``) needs no scan for "و" either.
_FRACTION_STEMS = ("نص", "ربع", "ثلث")  # three, tested one by one in _combine
_AND_FRACTION = re.compile(r"و[^\S\n]*(?:ال)?(?:" + "|".join(_FRACTION_STEMS) + ")")
_GAP_WA = regex.compile(r"[^\S\n]*+و[^\S\n]*+")
#: A word right before "واحد"/"واحدة": the number is that noun's adjective ("مقر واحد إلى 100 ألف دولار": one
#: seat, up to 100,000 dollars), and opens a range only after "من" ("من شخص واحد إلى 5 أشخاص")
_NOUN_BEFORE_ONE = regex.compile(r"(?<![\p{L}\p{N}])(?P<from>من[^\S\n]++)?\p{L}{2,}+[^\S\n]++\Z")
_TIME_FORMS = frozenset(f for u in ar_words.time_units().values() for f in (*u.singular, *u.accusative, *u.plural,
                                                                            *u.dual))
_TIME_UNIT = regex.compile(
    r"[^\S\n]*+(?:" + "|".join(sorted({regex.escape(f) for f in _TIME_FORMS}, key=len, reverse=True)) + r")(?![\p{L}])"
)
#: The first two letters of the time words (none is shorter): a match of ``_TIME_UNIT`` holds them right after
#: its white space
_TIME_HEADS = frozenset(f[:2] for f in _TIME_FORMS)
assert all(len(f) >= 2 for f in _TIME_FORMS)


def _time_unit_after(folded: str, end: int, hi: int) -> bool:
    """``_TIME_UNIT.match(folded, end, hi) is not None``, tried only where the letter after the white space at
    ``end`` and the one after it can start a time word (most numbers have none after them; a match costs more
    than the test)."""
    j = end
    while j < hi and folded[j] in HSPACE:  # (``[^\S\n]``, as the pattern reads it)
        j += 1
    return j < hi and folded[j:j + 2] in _TIME_HEADS and _TIME_UNIT.match(folded, end, hi, SERIAL) is not None
_RANGE_JOIN = regex.compile(r"[^\S\n]*+(?:(?:و|الي|[-–])[^\S\n]*+)?")
#: The attrs of what surrounds a number: (start, end, text), in the order they are reported.
_OFFSET_ATTRS = (("unit_start", "unit_end", "unit_text"), ("qualifier_start", "qualifier_end", "qualifier_text"),
                 ("subunit_start", "subunit_end", "subunit_text"), ("per_start", "per_end", "per_text"),
                 ("scope_start", "scope_end", "scope_text"))
_OFFSET_STARTS = frozenset(s for s, _, _ in _OFFSET_ATTRS)


@dataclass(slots=True)
class NumberMatch:
    """A number expression found in a string: ``start``/``end`` index that string, ``text`` is the
    slice; ``attrs`` as described in the module docstring (offsets in the same string)."""

    start: int
    end: int
    text: str
    kind: str
    value: int | float
    unit: str | None = None
    attrs: dict[str, Any] = field(default_factory=dict)


# (``as_integer_ratio()`` is one call where ``numerator`` and ``denominator`` are two: both are properties, each a
# call of a Python function; a Fraction's comparison with an int costs six times what the integers' does)


def _between(value: Fraction, low: int, high: int) -> bool:
    """``low <= value <= high``, without Fraction's slow comparison (its denominator is positive)."""
    n, d = value.as_integer_ratio()
    return low * d <= n <= high * d


def _above_zero_to(value: Fraction, high: int) -> bool:
    """``0 < value <= high``, without Fraction's slow comparisons (its denominator is positive)."""
    n, d = value.as_integer_ratio()
    return 0 < n <= high * d


def _at_most(value: Fraction, high: int) -> bool:
    """``value <= high``, without Fraction's slow comparison (its denominator is positive)."""
    n, d = value.as_integer_ratio()
    return n <= high * d


def _whole_in(value: Fraction, low: int, high: int) -> bool:
    """Is ``value`` a whole number from ``low`` to ``high``?"""
    n, d = value.as_integer_ratio()
    return d == 1 and low <= n <= high


def _plain(value: Fraction) -> int | float:
    n, d = value.as_integer_ratio()
    return n if d == 1 else float(value)


def _holds_any(folded: str, lo: int, hi: int, words: Iterable[str]) -> bool:
    """Does ``folded[lo:hi]`` hold one of ``words``?  (A loop: ``any()`` over a generator costs more.)"""
    for w in words:
        if folded.find(w, lo, hi) >= 0:
            return True
    return False


def _int_digits(e: Expr, folded: str) -> bool:
    return e.form == "digits" and e.kind == "cardinal" and not e.attrs and folded[e.start:e.end].isdigit()


def _word_ends_in(folded: str, lo: int, end: int, tails: frozenset[str]) -> bool:
    """Do the two letters before the white space that ends at ``end`` make one of ``tails``?  A cheap
    test before a pattern that must end with a word of those tails and white space (``str.isspace``
    holds for every horizontal white space of the pattern, so the word it finds is the pattern's)."""
    k = end
    while k > lo and folded[k - 1] != "\n" and folded[k - 1].isspace():
        k -= 1
    return k - 2 >= lo and folded[k - 2:k] in tails


def _combine(folded: str, exprs: list[Expr], lo: int, hi: int, coded: Coded | None = None) -> list[Expr]:
    """Join expressions the grammar leaves apart: decimals said in words (3 فاصلة 5), fractions with a
    slash (٢/٣) and mixed numbers (٢ ١/٢), a whole number and a fraction (سبعة وثلاثة أرباع), a spoken
    minus (سالب 3), one unit and a half (كيلو ونصف).  ``coded``: ``folded[lo:hi]`` coded (:mod:`.runs`), if
    the caller has it."""
    ms = measures()
    out: list[Expr] = []
    k = 0
    while k < len(exprs):
        e = exprs[k]
        k += 1
        nxt = exprs[k] if k < len(exprs) else None
        # 3 فاصلة 5, ثلاثة فاصلة خمسة وعشرين
        if (nxt is not None and nxt.mstart - e.end < 12 and e.kind == "cardinal" and nxt.kind == "cardinal"
                and e.value.denominator == 1
                and nxt.value.denominator == 1 and nxt.value.numerator >= 0 and "scale" not in e.attrs
                and ms.decimal_re.match(folded, e.end, nxt.mstart)):
            places = nxt.end - nxt.start if nxt.form == "digits" else len(str(int(nxt.value)))
            e = Expr(e.mstart, e.start, nxt.end, "cardinal", e.value + nxt.value / 10 ** places,
                     e.form if e.form == nxt.form else "mixed", {**nxt.attrs, "decimal_words": True})
            k += 1
            nxt = exprs[k] if k < len(exprs) else None
        # ٢/٣ (not 2/3/2020, not 2017/2016), ٢ ١/٢
        elif (nxt is not None and folded[e.end] == "/" and nxt.mstart == e.end + 1 and _int_digits(e, folded)
              and _int_digits(nxt, folded) and 0 < nxt.value <= 100 and e.value < nxt.value  # not 24/7, 7/7
              and not _DATE_LIKE_BEFORE.search(folded, max(lo, e.mstart - 2), e.mstart, SERIAL)
              and not _NUMBERING_BEFORE.search(folded, max(lo, e.mstart - 6), e.mstart)
              and not _SLASH_AFTER.match(folded, nxt.end, hi, SERIAL)):
            frac = e.value / nxt.value
            attrs: dict[str, Any] = {"numerator": e.value, "denominator": nxt.value}
            if (out and _int_digits(out[-1], folded) and e.value < nxt.value
                    and _GAP_SPACE.fullmatch(folded, out[-1].end, e.mstart)):
                whole = out.pop()
                attrs["whole"] = whole.value
                e = Expr(whole.mstart, whole.start, nxt.end, "fraction", whole.value + frac, "digits", attrs)
            else:
                e = Expr(e.mstart, e.start, nxt.end, "fraction", frac, "digits", attrs)
            k += 1
            nxt = exprs[k] if k < len(exprs) else None
        # سبعة وثلاثة أرباع, 2 ونصف
        if (nxt is not None and e.kind == "cardinal" and nxt.kind == "fraction" and 0 < nxt.value < 1
                and e.value.denominator == 1 and "scale" not in e.attrs and folded[nxt.mstart] == "و"
                and _GAP_SPACE.fullmatch(folded, e.end, nxt.mstart, SERIAL)):
            e = Expr(e.mstart, e.start, nxt.end, "cardinal", e.value + nxt.value,
                     e.form if e.form == nxt.form else "mixed", {"fraction": str(nxt.value)})
            k += 1
        # "10 -15": a range typed with a space before the hyphen, not ten and minus fifteen
        if (nxt is not None and e.form == "digits" and nxt.form == "digits" and e.kind == "cardinal"
                and nxt.kind in ("cardinal", "percent") and folded[nxt.start] in "-−" and nxt.start == nxt.mstart
                and 0 <= e.value < -nxt.value and _GAP_SPACE.fullmatch(folded, e.end, nxt.start)):
            nxt.value, nxt.start, nxt.mstart = -nxt.value, nxt.start + 1, nxt.start + 1
        # سالب 3, ناقص خمسة
        if (e.mstart > lo and folded[e.mstart - 1] in _HSPACE and e.kind in ("cardinal", "fraction")
                and e.value.numerator > 0  # a Fraction's sign
                and _word_ends_in(folded, lo, e.mstart, ms.negative_tails)
                and (n := ms.negative_re.search(folded, max(lo, e.mstart - 12), e.mstart, SERIAL)) is not None
                and not (out and out[-1].end > n.start())):
            e.value, e.start, e.mstart = -e.value, n.start("n"), n.start("n")
        out.append(e)
    # كيلو ونصف, دولار ونصف: one unit and a half, with no number before the unit
    halves: list[Expr] = []
    half_stems = (folded.find(_FRACTION_STEMS[0], lo, hi) >= 0 or folded.find(_FRACTION_STEMS[1], lo, hi) >= 0
                  or folded.find(_FRACTION_STEMS[2], lo, hi) >= 0)
    singles = _unit_halves(ms.singular_half_re.match, folded, lo, hi) if half_stems else []
    if coded is None:
        coded = Coded(folded, lo, hi, region_forms())
    duals = _dual_matches(ms.dual_re.match, coded.starts(ms.dual_forms), folded, lo, hi)
    if constructs := _dual_matches(ms.construct_re.match, coded.starts(ms.construct_forms), folded, lo, hi):
        duals = sorted(duals + constructs, key=lambda d: d.start())  # "إصابة ابنيها": two of a person, in construct
    if not singles and not duals:
        return out
    ends = [x.end for x in out]
    for m in singles:
        i = bisect_right(ends, m.start())  # expressions ending before the unit
        if i and _GAP_SPACE.fullmatch(folded, out[i - 1].end, m.start()):
            continue
        unit = ms.units[lookup_key(m.group("u"))]
        e = Expr(m.start(), m.start(), m.end(), "cardinal", 1 + _UNIT_FRACTIONS[m.group("f")], "words",
                 {"unit_start": m.start("u"), "unit_end": m.end("u"), "quantity": unit.quantity})
        e.unit = unit.code
        halves.append(e)
    # دولارين, مترين, درجتين: a dual unit is two of it
    for d in duals:
        i = bisect_right(ends, d.start())
        if i and _GAP_SPACE.fullmatch(folded, out[i - 1].end, d.start(), SERIAL):
            continue  # "2 مترين" (rare): the number says it
        if d.group("c") is not None:  # "مقتل جنديين", "حجز سيارتين": two of a counted noun
            if (i < len(out) and _GAP_SPACE.fullmatch(folded, d.end(), out[i].mstart, SERIAL)
                    and out[i].kind == "cardinal"):
                continue  # "عضوين اثنين": the number after says it (its noun before is its unit)
            if (halves and halves[-1].attrs.get("dual")
                    and _GAP_SPACE.fullmatch(folded, halves[-1].end, d.start("c"), SERIAL)):
                continue  # "طائرتين مروحيتين", "رجلان مسلحان": the adjective of the dual before, one count
            e = Expr(d.start("c"), d.start("c"), d.end(), "cardinal", Fraction(2), "words",
                     {"unit_start": d.start("c"), "unit_end": d.end(), "dual": True})
            e.unit = ms.counted_duals[d.group("c")]
            halves.append(e)
            continue
        unit = ms.units[lookup_key(d.group("u"))]
        code, quantity = unit.code, unit.quantity
        if code == "deg" and ms.cue_re.search(folded, max(lo, d.start() - 60), d.start(), SERIAL) is not None:
            code, quantity = "Cel", "temperature"  # "حرارة الأرض … درجتين"
        e = Expr(d.start(), d.start("u"), d.end(), "cardinal", Fraction(2), "words",
                 {"unit_start": d.start("u"), "unit_end": d.end("u"), "quantity": quantity, "dual": True})
        e.unit = code
        halves.append(e)
    if halves:
        halves.sort(key=lambda x: x.start)
        taken = SpanIndex((h.start, h.end) for h in halves)
        out = sorted([x for x in out if not taken.overlaps(x.start, x.end)] + halves, key=lambda x: x.start)
    return out


def _unit_halves(match: Callable[..., regex.Match[str] | None], folded: str, lo: int, hi: int,
                 ) -> list[regex.Match[str]]:
    """``list(singular_half_re.finditer(folded, lo, hi))``, found faster: every match holds "و" and a fraction
    (a match of ``_AND_FRACTION``, found by its literal "و") after white space and the unit, one word that
    starts the match, so the pattern (which starts with a lookbehind and would be tried at every position) is
    tried once, at the start of the word before each of them."""
    out: list[regex.Match[str]] = []
    last = lo
    for a in _AND_FRACTION.finditer(folded, lo, hi):
        k = a.start()
        while k > lo and folded[k - 1] != "\n" and folded[k - 1].isspace():
            k -= 1
        if k == a.start():
            continue  # no white space before "و": no unit before it either
        j = k
        while j > lo and folded[j - 1].isalnum():
            j -= 1
        if j == k or j < last:
            continue
        m = match(folded, j, hi, SERIAL)
        if m is not None:
            out.append(m)
            last = m.end()
    return out


def _is_word_char(c: str) -> bool:
    """``[\\w\\u064b-\\u065f\\u0670]`` of the stdlib ``re`` (its ``\\w`` is ``str.isalnum`` or "_")."""
    return c.isalnum() or c == "_" or "\u064b" <= c <= "\u065f" or c == "\u0670"


def _dual_matches(match: Callable[..., re.Match[str] | None], places: list[int], folded: str, lo: int, hi: int,
                  ) -> list[re.Match[str]]:
    """The matches of ``match`` (``dual_re``'s or ``construct_re``'s) at the word starts among ``places`` (the
    starts of the whole runs of its forms: :meth:`.Coded.starts`), none inside the one before: for ``dual_re``,
    ``list(dual_re.finditer(folded, lo, hi))`` (a dual's first word, proclitics included, is a whole run of its
    forms), found with no scan of the text."""
    out: list[re.Match[str]] = []
    last = lo
    for k in places:
        if k >= last and (k == lo or not _is_word_char(folded[k - 1])) and (m := match(folded, k, hi)) is not None:
            out.append(m)
            last = m.end()
    return out


def _symbol_may_end(folded: str, start: int, end: int, tails: frozenset[str]) -> bool:
    """Can a currency symbol or code end ``folded[start:end]``, before at most one white space?  (A test
    before ``before_re``: what ends there is a one-character symbol or the last two of a longer one, as
    ``tails`` lists them: "$", "SD", ".س".)"""
    k = end - 1
    if k >= start and folded[k] in HSPACE:
        k -= 1
    return k >= start and (folded[k] in tails or (k > start and folded[k - 1:k + 1] in tails))


def _qualifier_before(folded: str, start: int, end: int) -> regex.Match[str] | None:
    """The qualifier ending ``folded[start:end]`` (before white space): "أكثر من", "نحو".  Its last two
    letters, before the trailing white space, are a qualifier's last two: most numbers skip the search."""
    if not _may_end_with(folded, start, end, _qualifier_tails()):
        return None
    # the last word must end a qualifier of one word ("بنحو") or be the last of a longer one whose word before
    # it ends the word before the number's last ("أكثر من"): most "من" before a number are no qualifier's
    # (the words split at any white space, which the pattern's spaces are: a test that turns none away)
    words = folded[start:end].split()
    if not words:
        return None
    singles, lasts = _qualifier_words()
    last = words[-1]
    if not last.endswith(singles) and not (
            last in lasts and (len(words) < 2 or words[-2].endswith(lasts[last]))):
        return None
    return lexicon().qualifier_re.search(folded, start, end, SERIAL)


def _subject_qualifier(folded: str, start: int, end: int) -> tuple[str, int, int] | None:
    """A qualifier verb with the measured noun after it ending ``folded[start:end]``: "تتجاوز قيمتها", "تقل
    أعمارهم عن", "لم يتجاوز عددهم" → (its key, the verb's start, the end of its preposition or of the verb)."""
    words = folded[start:end].split(None)[-2:]
    if not words or (words[-1] not in lexicon().qualifier_subjects
                     and (len(words) < 2 or words[-2] not in lexicon().qualifier_subjects)):
        return None
    m = lexicon().subject_qualifier_re.search(folded, start, end, SERIAL)
    if m is None:
        return None
    key = lexicon().qualifiers.get(lookup_key(m.group("q") + (" " + m.group("p") if m.group("p") else "")))
    if key is None or key == "between":
        return None
    return key, m.start("q"), m.end("p") if m.group("p") else m.end("q")


def _may_end_with(folded: str, start: int, end: int, tails: frozenset[str] | None) -> bool:
    """May one of the words whose last two letters are ``tails`` end ``folded[start:end]`` before its trailing
    white space?  (Always, when ``tails`` is None or the stretch is too short to tell.)"""
    if tails is None:
        return True
    k = end
    while k > start and folded[k - 1] in HSPACE:
        k -= 1
    return k - start < 2 or folded[k - 2:k] in tails


def _tails(words: Iterable[str]) -> frozenset[str] | None:
    """The last two letters of every one of ``words``, or None when one has fewer letters or a space there."""
    tails = frozenset(word[-2:] for word in words)
    return None if any(len(t) < 2 or t.isspace() or " " in t for t in tails) else tails


@cache
def _ordinal_bare_tails() -> frozenset[str] | None:
    """The last two letters of every noun of ``ordinal_bare_re`` (see :func:`_tails`)."""
    return _tails(lexicon().ordinal_bare_forms)


@cache
def _score_cue_tails() -> frozenset[str] | None:
    """The last two letters of every cue of ``score_re`` (see :func:`_tails`)."""
    return _tails(lexicon().score_cue_forms)


@cache
def _qualifier_tails() -> frozenset[str] | None:
    """The last two letters of every qualifier (see :func:`_tails`)."""
    return _tails(lexicon().qualifiers)


@cache
def _qualifier_words() -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    """The qualifiers of one word, and for those of more, each last word with the words that come before it."""
    singles = tuple(q for q in lexicon().qualifiers if " " not in q)
    before: dict[str, set[str]] = {}
    for q in lexicon().qualifiers:
        if " " in q:
            *_, second, last = q.split()
            before.setdefault(last, set()).add(second)
    return singles, {last: tuple(sorted(words)) for last, words in before.items()}


@cache
def _percent_before_tails() -> frozenset[str] | None:
    """The last two letters of every word before a number that makes it a percentage ("نسبه")."""
    return _tails(lexicon().percent_before)


def _unit(folded: str, e: Expr, end: int, lo: int, hi: int, raw: Callable[[int, int], str] | None = None,
          ) -> tuple[int, str | None, str] | None:
    """The measure or money unit right after ``end``: (end of the unit, code, quantity)."""
    ms = measures()
    m = ms.after_re.match(folded, end, hi)
    if m is None:
        return None
    if m.group("u") is not None:
        unit, ustart, uend = ms.units[lookup_key(m.group("uf"))], m.start("u"), m.end("u")
        if (name := ms.unit_names.get(lookup_key(m.group("uf")))) is not None and name.match(folded, uend, hi):
            return None  # "1-3 ريال مدريد": the unit word opens a name (a club), no riyals
    else:
        form = m.group("uf2")
        unit = ms.units.get(lookup_key(form) if not form.isascii() else form) or ms.units[form]
        ustart, uend = m.start("u2"), m.end("u2")
        if form in ms.by_hamza and raw is not None:  # "د.أ" (JOD) and "د.إ" (AED) fold alike
            unit = ms.by_hamza[form].get(_hamza(raw(ustart, uend)), unit)
        if (len(form) == 1 and form.isalpha() and unit.quantity != "money"
                and (e.year_like_digits or _MILLION_DINAR.match(folded, uend, hi))):
            return None  # "2016 م": the era, not metres; "1.173 م د": million dinars, not metres
        if lookup_key(form) in ms.minute_forms and (
                ms.seconds_after_re.match(folded, uend, hi, SERIAL) is not None
                or ms.minute_before_re.search(folded, max(lo, e.mstart - 16), e.mstart, SERIAL) is not None):
            return None  # "الدقيقة 45 د", "بوقت 9د و28ث": minutes, not dinars
        if unit.scale != 1:
            e.attrs["_unit_scale"] = unit.scale  # "3970 م د": million dinars, applied when the unit is taken
    code = unit.code
    if (ms.subunits.get(lookup_key(m.group("uf") or m.group("uf2") or ""), ("", 0.0))[1] == 0.001
            and e.form == "digits" and _THOUSANDTHS.fullmatch(folded, e.mstart, e.end, SERIAL)):
        e.attrs["_thousandths"] = True  # "2.500 مليم": the amount in dinars with its millimes, read in millimes
    if code == "deg" and (ms.magnitude_re.search(folded, max(lo, e.start - 30), e.start, SERIAL) is not None
                          or ms.magnitude_scale_re.match(folded, uend, hi, SERIAL) is not None):
        # "زلزال بقوة 5.4 درجات على مقياس ريختر": a magnitude, no unit of measure
        e.attrs.update(unit_start=ustart, unit_end=uend, quantity="magnitude", scale="richter")
        return uend, None, "magnitude"
    # (a weather report names the temperature once for several numbers: the cue may lie a clause back)
    if code == "deg" and (ms.cue_re.search(folded, max(lo, e.start - _TEMPERATURE_REACH), e.start, SERIAL) is not None
                          or ms.below_zero_re.match(folded, uend, hi) is not None
                          or ms.heat_after_re.match(folded, uend, hi, SERIAL) is not None):
        code = "Cel"
    elif code == "deg" and ms.intensity_re.search(folded, max(lo, e.mstart - 16), e.mstart) is not None:
        # "بلغت شدته 5 درجات": an intensity on a scale not named, no angle nor heat
        e.attrs.update(unit_start=ustart, unit_end=uend, quantity="magnitude")
        return uend, None, "magnitude"
    e.attrs.update(unit_start=ustart, unit_end=uend, quantity="temperature" if code == "Cel" else unit.quantity)
    if unit.quantity == "money" and len(code) == 3 and code.isupper():
        e.attrs["currency"] = code
        e.attrs["_digits"] = unit.digits
    return uend, code, unit.quantity


def _after_unit(folded: str, e: Expr, end: int, exprs: list[Expr], k: int, hi: int) -> int:
    """After a unit: a subunit amount (15 دولارا و60 سنتا), a half (3 كيلو ونصف), below zero (خمس
    درجات تحت الصفر).  Returns the new end of what the expression uses."""
    ms = measures()
    nxt = exprs[k] if k < len(exprs) else None
    if (e.attrs.get("quantity") == "money" and nxt is not None and nxt.kind == "cardinal"
            and e.unit not in ms.subunit_names):  # "بين 700 مليم و1500 مليم": no subunit of a subunit
        gap = folded[end:nxt.mstart]
        sub = ms.subunit_re.match(folded, nxt.end, hi)
        if sub is not None and (_GAP_WA.fullmatch(gap, None, None, SERIAL)
                                or (_GAP_SPACE.fullmatch(gap, None, None, SERIAL) and folded[nxt.mstart] == "و")):
            name, default = ms.subunits[lookup_key(sub.group("uf"))]
            digits = e.attrs.get("_digits")  # CLDR's precision of the currency; a generic "dinar" has none
            ratio = Fraction(1, 10 ** digits) if digits else Fraction(default)
            e.value += nxt.value * ratio
            e.attrs.update(subunit=name, subunit_value=nxt.value, subunit_start=nxt.start, subunit_end=sub.end("u"))
            e.attrs["_consumed"] = True
            return sub.end("u")
    h = ms.half_after_re.match(folded, end, hi)
    if h is not None and e.attrs.get("quantity") in ("mass", "length", "volume", "money", "area"):
        if nxt is not None and nxt.start < h.end() and nxt.kind == "fraction":
            e.attrs["_consumed"] = True
        # half of the scale when there is one: "2 مليار دينار ونصف" is 2.5 billion, not 2 billion and 0.5
        e.value += Fraction(1, 2) * SCALE_VALUES.get(e.attrs.get("scale", ""), 1)
        return h.end()
    return end


def _per_time(e: Expr, per: re.Match[str] | regex.Match[str]) -> int:
    """A rate after the unit ("75 مترا مكعبا في الثانية", "350 دينارا شهريا"): the time unit's UCUM code in
    ``per`` with its offsets; the unit stays the amount's.  Returns the new end."""
    e.attrs.update(per=measures().per_codes[per.group("t") or per.group("t2") or per.group("t3")],
                   per_start=per.start("p"), per_end=per.end("p"))
    return per.end("p")


def _below_zero(folded: str, e: Expr, end: int, exprs: list[Expr], k: int, hi: int) -> int:
    """"خمس درجات تحت الصفر", "10 تحت الصفر": a temperature below zero."""
    ms = measures()
    nxt = exprs[k] if k < len(exprs) else None
    b = ms.below_zero_re.match(folded, end, hi)
    if b is not None:
        if e.unit in (None, "deg"):  # "10 تحت الصفر", "درجتين تحت الصفر": a temperature all the same
            e.unit = "Cel"
            e.attrs.update(quantity="temperature")
        if nxt is not None and nxt.start < b.end("b"):
            e.attrs["_consumed"] = True
        e.value = -abs(e.value)
        e.attrs["below_zero"] = True
        return b.end("b")
    return end


def _unit_range(folded: str, e: Expr, end: int, nxt: Expr, hi: int, from_to: bool) -> tuple[int, int] | None:
    """The offsets of the second unit when ``nxt`` closes a range whose ends both carry ``e``'s unit."""
    gap = folded[end:nxt.mstart]
    joined = (measures().range_to_re.match(folded, end, nxt.mstart) is not None if from_to
              else bool(_GAP_WA.fullmatch(gap, None, None, SERIAL))
              or (bool(_GAP_SPACE.fullmatch(gap, None, None, SERIAL)) and folded[nxt.mstart] == "و"))
    if not joined or nxt.kind != "cardinal" or nxt.value * e.attrs.get("_unit_scale", 1) <= e.value \
            or nxt.mstart - end > 8:
        return None
    m = measures().after_re.match(folded, nxt.end, hi)
    if m is not None:
        form = m.group("uf") if m.group("u") is not None else m.group("uf2")
        unit = measures().units.get(lookup_key(form)) or measures().units.get(form)
        code = unit.code if unit is not None else None
        u_start, u_end = (m.start("u"), m.end("u")) if m.group("u") is not None else (m.start("u2"), m.end("u2"))
    else:
        c = lexicon().counted_re.match(folded, nxt.end, hi)
        if c is None:
            return None
        code, u_start, u_end = lexicon().counted[lookup_key(c.group("uf"))], c.start("u"), c.end("u")
    if code != e.unit and not (code == "deg" and e.unit == "Cel"):
        return None
    return u_start, u_end


def _range_low(e: Expr, nxt: Expr) -> Fraction | None:
    """The low end of a range from ``e`` to ``nxt``, or None when ``nxt`` is below it.

    The scale of the second is the first's too ("بين 3 و5 ملايين": three million), unless that puts the
    first above the second and the first is already a count of the scale's units ("بين 2000 و5 آلاف": two
    thousand). "بين 1220 و28" and "خفض من 250 إلى 200 مليون" (250 million down to 200) are no ranges.
    """
    scale = SCALE_VALUES.get(nxt.attrs.get("scale", ""), 1) if "scale" not in e.attrs else 1
    if e.value * scale <= nxt.value:
        return e.value * scale
    return e.value if scale > 1 and scale <= e.value <= nxt.value else None


def _percent_before(folded: str, taken: int, end: int) -> regex.Match[str] | None:
    """"نسبة" right before ``end`` (after a proclitic: "بنسبة 2،5 مقارنة بشهر فيفري"): the number that follows
    is a percentage even without a percent word after it."""
    lex = lexicon()
    start = end - 10 if end - 10 > taken else taken  # (not max(): see _decorate)
    if not _may_end_with(folded, start, end, _percent_before_tails()):
        return None
    return lex.percent_before_re.search(folded, start, end, SERIAL)


_MIN_AFTER = re.compile(r"[^\S\n]+من(?![^\W\d_])")


def _opens_comparison(folded: str, post: re.Match[str] | regex.Match[str], hi: int) -> bool:
    """Is the post qualifier ``post`` a comparative that "من" follows, so the next number's qualifier?
    ("30 قتيلا وأكثر من 100 جريح": "أكثر من" is the second number's, not "وأكثر" the first's)."""
    return (post.group("q").endswith(lexicon().post_comparatives)
            and _MIN_AFTER.match(folded, post.end("q"), hi) is not None)


def _has_unit(folded: str, e: Expr, lo: int, hi: int) -> bool:
    """Is ``e`` followed by a percent word, a counted noun, a money or measure unit?"""
    lex = lexicon()
    return e.kind == "percent" or any(r.match(folded, e.end, hi) is not None for r in (
        lex.percent_re, lex.counted_re, measures().after_re))


#: The article, alone or after a proclitic: a word that starts so is no name word of ``regnal_re`` after a title
_ARTICLED = ("ال", "بال", "كال", "لل", "وال", "وبال", "وكال", "ولل", "فال", "فبال", "فكال", "فلل")


def _regnal_may_end(folded: str, end: int) -> bool:
    """May ``lexicon().regnal_re`` match the text before ``end``? A test of the word before that every match
    passes (the pattern, searched back over 60 characters, ran for each ordinal word after the article; most
    follow their noun, "المرتبة الثانية", and this refuses them): a regnal name's last word ("رمسيس", "الحسن"),
    or a name word after a title, which is no stop word and has no article unless it ends "عبد الله"."""
    lex = lexicon()
    i = end
    while i > 0 and folded[i - 1] in HSPACE:
        i -= 1
    if i == end:
        return False
    comma = i > 0 and folded[i - 1] in "،,"
    if comma:
        i -= 1
    j = i
    while j > 0 and folded[j - 1].isalpha():
        j -= 1
    word = folded[j:i]
    if word in lex.regnal_name_ends:
        return True
    if comma or i - j < 2:
        return False
    if not word.startswith(_ARTICLED):
        return word not in lex.regnal_stops
    while j > 0 and folded[j - 1] in HSPACE:  # "عبد الله" as one name word
        j -= 1
    return folded.endswith("عبد", 0, j)


def _decorate(folded: str, exprs: list[Expr], lo: int, hi: int, raw: Callable[[int, int], str] | None = None,
              ) -> list[Expr]:
    """Attach percent words, ranges, units, counted nouns and qualifiers; drop what they swallowed."""
    lex = lexicon()
    ms = measures()
    out: list[Expr] = []
    taken = lo  # end of the text the previous expression used (its unit included)
    heat_named: bool | None = None  # does the text name the heat at all (a bulletin's temperatures need it)
    minutes: tuple[int, int, bool] | None = None  # the dual or plural minute of a match the last number took
    tolls: bool | None = None  # does the region hold a toll's head at all (read once, when a number may need it)
    ranked = False  # has a rank been read: only then may the digits after it be one (most texts have none)
    q_tails = _qualifier_tails()
    k = 0
    while k < len(exprs):
        e = exprs[k]
        k += 1
        if e.start < taken:
            continue
        if (e.form == "words" and e.kind == "cardinal" and e.value.denominator == 1 and e.value.numerator % 10 == 1
                and 21 <= e.value.numerator <= 91
                and e.mstart == e.start and (one := _ONE_AND_TENS.match(folded, e.start, e.end)) is not None
                and (noun := _WORD_BEFORE.search(folded, max(lo, e.start - 24), e.start)) is not None
                and lookup_key(noun.group("w")) in lex.counted):
            # "قتيل واحد وعشرون جريحا": one dead and twenty wounded, not twenty-one wounded
            exprs.insert(k, Expr(one.start("wa"), one.start("tens"), e.end, "cardinal", e.value - 1, "words"))
            e = Expr(e.mstart, e.start, one.end("one"), "cardinal", Fraction(1), "words")
        if (named := lex.ordinal_names.get(folded[e.start:e.end])) is not None and (
                named[0].match(folded, e.end, hi, SERIAL)
                or named[1].search(folded, max(lo, e.start - 16), e.start, SERIAL)):
            # "رابعة العدوية", "اعتصام رابعة": a name, not the fourth; "الفريق أول", "ثاني أكسيد الكربون", "عبد
            # الواحد": a rank's, a compound's or a person's name (``name_numbers``)
            continue
        if (e.end - e.start == 3 and folded.startswith("الف", e.start) and e.mstart == e.start and e.form == "words"
                and lex.division_re.search(folded, max(lo, e.start - 48), e.start, SERIAL) is not None
                and lex.counted_re.match(folded, e.end, hi) is None and ms.after_re.match(folded, e.end, hi) is None
                and _OF_AFTER.match(folded, e.end, hi) is None):
            continue  # "بطولة القسم الوطني ألف لكرة السلة": the division's letter (``division_heads``)
        if (e.kind == "ordinal" and e.form == "words" and folded.startswith("ال", e.start) and _at_most(e.value, 30)
                and _regnal_may_end(folded, e.start)
                and lex.regnal_re.search(folded, max(lo, e.start - 60), e.start, SERIAL)):
            # "رمسيس الثاني", "لويس الرابع عشر", "الملك عبد الله الثاني": a regnal ordinal is part of a name
            continue
        end = e.end  # end of what this expression uses
        # (the windows read for most numbers are bounded with a conditional, not max(): a call of the builtin costs
        # about 1,300 instructions, a conditional about 100)
        # $25, € 9, KWD 5: a currency symbol or code before the amount is part of the span
        if (e.mstart == e.start and e.mstart > lo and not "\u0621" <= folded[e.mstart - 1] <= "\u064a"
                and _symbol_may_end(folded, (w6 := e.mstart - 6 if e.mstart - 6 > taken else taken), e.mstart,
                                    ms.symbol_tails)
                and (c := ms.before_re.search(folded, w6, e.mstart, SERIAL))):
            unit = ms.units[c.group("c")] if c.group("c") in ms.units else ms.units[lookup_key(c.group("c"))]
            if c.group("c") in ms.by_hamza and raw is not None:
                unit = ms.by_hamza[c.group("c")].get(_hamza(raw(c.start("c"), c.end("c"))), unit)
            e.unit = unit.code
            e.attrs.update(quantity="money", currency=unit.code, _digits=unit.digits, unit_start=c.start("c"),
                           unit_end=c.end("c"))
            e.start = e.mstart = c.start("c")
        # (the test that starts _qualifier_before, made here: most numbers fail it, and a call costs more)
        q_lo = e.mstart - 40 if e.mstart - 40 > taken else taken
        q = q_end = e.mstart
        while q > q_lo and folded[q - 1] in HSPACE:
            q -= 1
        if q < e.mstart and q - 3 >= q_lo and folded[q - 2:q] == "ال" and folded[q - 3] in HSPACE:
            q = q_end = q - 2  # "لم يتجاوز الـ 14", "تناهز الـ 100": the article written apart (folded "ال 14")
            while q > q_lo and folded[q - 1] in HSPACE:
                q -= 1
        qual = (_qualifier_before(folded, q_lo, q_end)
                if q_tails is None or q - q_lo < 2 or folded[q - 2:q] in q_tails else None)
        subject = None  # "تتجاوز قيمتها 400": a measured noun between the qualifier verb and the number
        if (qual is None and not e.year_like_digits  # "لن تتجاوز سنة 2017": a year ("سنه" is also "سن" + ه)
                and (subject := _subject_qualifier(folded, q_lo, q_end)) is not None):
            e.attrs.update(qualifier=subject[0], qualifier_start=subject[1], qualifier_end=subject[2])
        if qual is not None:
            e.attrs.update(qualifier=lex.qualifiers[lookup_key(qual.group("q"))], qualifier_start=qual.start("q"),
                           qualifier_end=qual.end("q"))
        w8 = e.mstart - 8 if e.mstart - 8 > taken else taken
        opener = None if qual is not None or folded.find("من", w8, e.mstart) < 0 else \
            ms.range_from_re.search(folded, w8, e.mstart, SERIAL)
        if opener is not None and _change_before(ms, folded, max(lo, opener.start() - 60), opener.start()):
            opener = None  # "ارتفع من 7.5 دينار إلى 13 دينارا": a change, not a range
        # من 50 إلى 80 دولارا, من خمسين إلى ثمانين; without من when a unit follows the second and no change
        # is told ("على بعد 25 إلى 35 ميلا", "10 إلى 20 بالمائة"; not "ارتفعت الأسعار 10 إلى 20 بالمائة")
        bare = (opener is None and (qual is None or e.attrs["qualifier"] == "approx")
                and not (e.form == "words" and folded.startswith("ال", e.start))  # "السهم الواحد الى 10 د"
                and not (e.form == "words" and e.value == 1 and qual is None
                         and (one := _NOUN_BEFORE_ONE.search(
                             folded, _two_words_before(folded, max(taken, e.mstart - 24), e.mstart), e.mstart, SERIAL))
                         and one.group("from") is None))
        if ((opener is not None or bare) and k < len(exprs) and e.kind == "cardinal"
                and (nxt := exprs[k]).kind == "cardinal"
                and (ms.range_to_re.match(folded, e.end, nxt.mstart)  # "من عشرة لعشرين دولار": ل is "to"
                     or (opener is not None and folded[nxt.mstart:nxt.start] == "ل"
                         and _GAP_SPACE.fullmatch(folded, e.end, nxt.mstart, SERIAL)))
                and not ((e.year_like_digits and nxt.year_like_digits) if opener is not None
                         else (e.year_like_digits or nxt.year_like_digits))
                and not (bare and _change_before(ms, folded, max(lo, e.mstart - 60), e.mstart))):
            low = _range_low(e, nxt)
            # "من 6 إلى 8 أكتوبر" is the dates stage's
            if low is not None and low < nxt.value and _has_unit(folded, nxt, lo, hi):
                k += 1
                mstart, start = (opener.start("r"), opener.start("r")) if opener is not None else (e.mstart, e.start)
                e = Expr(mstart, start, nxt.end, "range", low, e.form if e.form == nxt.form else "mixed",
                         {**e.attrs, **nxt.attrs, "low": low, "high": nxt.value})
                end = e.end
        # ما بين 20 و30, بين عشرة وعشرين
        if qual is not None and e.attrs["qualifier"] == "between" and k < len(exprs):
            nxt = exprs[k]
            gap = folded[e.end:nxt.mstart]
            if (_RANGE_JOIN.fullmatch(gap, None, None, SERIAL)
                    # a duration is the dates stage's, unless it is an age ("أعمارهم بين 45 و53 سنة", "(بين 4 و12 سنة)")
                    and ((tu := _TIME_UNIT.match(folded, nxt.end, hi, SERIAL)) is None
                         or age_noun_before(folded, lo, qual.start("q"), nxt.value, tu.end(), hi))
                    and ("و" in gap or "الي" in gap or "-" in gap or "–" in gap  # "بين 10-20 دولار"
                         or folded[nxt.mstart:nxt.start].startswith("و"))
                    and nxt.kind in ("cardinal", "approximate", "percent") and e.kind in ("cardinal", "percent")
                    and (low := _range_low(e, nxt)) is not None):
                k += 1
                percent = "percent" if "percent" in (e.kind, nxt.kind) else None
                e = Expr(e.mstart, e.start, nxt.end, "range", low, e.form if e.form == nxt.form else "mixed",
                         {**e.attrs, "low": low, "high": nxt.value})
                e.unit = percent
                end = e.end
        # "بنتيجة 2-1", "فاز الفريق 3-0", "(1-1)": a match's score, one span with both sides (session 34)
        elif k < len(exprs) and (sides := _score_sides(folded, e, exprs[k], lo, hi)) is not None:
            nxt = exprs[k]
            k += 1
            e = Expr(e.mstart, e.start, nxt.end, "score", sides[0], e.form if e.form == nxt.form else "mixed",
                     {"first": sides[0], "second": sides[1]})
            end = e.end
        # 10-15 قتيلا (two years joined so are a period: the dates stage's business)
        elif (k < len(exprs) and e.form == "digits" and e.kind == "cardinal" and not e.attrs.get("scale")
              and (nxt := exprs[k]).form in ("digits", "mixed") and nxt.kind in ("cardinal", "percent")
              and nxt.mstart - e.end <= 4  # the longest joint: "$ - " ("10$ - 20$")
              and folded[nxt.start].isdigit()
              and (_HYPHEN.fullmatch(folded, e.end, nxt.mstart, SERIAL) or _symbol_hyphen(folded, e.end, nxt))
              and e.value * SCALE_VALUES.get(nxt.attrs.get("scale", ""), 1) < nxt.value
              and not _DATE_LIKE_BEFORE.search(folded, max(lo, e.mstart - 2), e.mstart, SERIAL)
              and not _NUMBERING_BEFORE.search(folded, max(lo, e.mstart - 6), e.mstart)
              and not _DATE_LIKE_AFTER.match(folded, nxt.end, hi, SERIAL)
              and not (e.year_like_digits and nxt.year_like_digits)
              and not _cue_before(folded, e.mstart, lo)  # "بنتيجة 2-3": a score
              and not _score_pair(folded, e, nxt, lo, hi)):  # "النادي الصفاقسي 1-2": a score too
            k += 1
            low = e.value * SCALE_VALUES.get(nxt.attrs.get("scale", ""), 1)  # 30-35 مليون
            e = Expr(e.mstart, e.start, nxt.end, "range", low, nxt.form,
                     {**e.attrs, **nxt.attrs, "low": low, "high": nxt.value})
            e.unit = "percent" if nxt.kind == "percent" else None
            end = e.end
        if e.kind == "percent":
            e.unit = "percent"
        # (the gate first, a call in C: most numbers have no percent word nor a qualifier after them, and the
        # Gated pattern's match, a Python call, is made only where its gate matches)
        elif e.kind in ("cardinal", "approximate", "range", "fraction") and lex.percent_re.gate.match(
                folded, end, hi) and (p := lex.percent_re.match(folded, end, hi)):
            if e.kind != "range":
                e.kind = "percent"
            e.unit = "percent"
            e.attrs.update(unit_text=None, unit_start=p.start("p"), unit_end=p.end("p"))
            end = p.end("p")
        elif (e.kind == "cardinal" and e.unit is None and e.form == "digits" and e.value.denominator > 1
              and _above_zero_to(e.value, 100) and lex.share_re.match(folded, end, hi) is not None):
            e.kind = e.unit = "percent"  # "23.7 من الأصوات": a share; its whole stays outside the span
        elif e.kind in ("cardinal", "approximate", "range", "fraction") and e.unit is None:
            u = lex.counted_re.match(folded, end, hi)
            if u is not None and _KM_MARKER_BEFORE.search(folded, max(lo, e.mstart - 6), e.mstart):
                u = None  # "بطريق قابس كلم 11 من معتمدية طينة": a road's kilometre mark, no count
            form = lookup_key(u.group("uf")) if u is not None else ""
            if (form in lex.score_team_nouns and e.form == "digits"
                    and _SCORE_BEFORE.search(folded, max(lo, e.mstart - 8), e.mstart, SERIAL)):
                u, form = None, ""  # "3 - 1 النادي الصفاقسي": a score's second side, then the other team
            elif form in lex.injury_forms and folded[e.start:e.end] in lex.adjective_numbers:
                u, form = None, ""  # "وإصابة أمنيين اثنين إصابات خفيفة": two agents, lightly injured
            elif u is not None and ((e.attrs.get("_weak") and u.group("al"))  # "نص الاتفاق": the text of
                                    or (lex.counted[form] in lex.no_partitive and u.start("u") > end
                                        and "من" in folded[end:u.start("u")])):
                u, form = None, ""  # "الفصل 63 من مشروع قانون المالية": an article of the bill, no count
            nationality = lex.nationals.get(form)
            if nationality is not None and u is not None and (u.group("al") or u.end("uf") != u.end("u")):
                # "شالكه 04 الألماني", "إف 15 الأمريكية", "15 ألف فلسطينية" (ه is no pronoun here): adjectives
                u = nationality = None
            measure = _unit(folded, e, end, lo, hi, raw) if ms.after_re.gate.match(folded, end, hi) else None
            if (measure is None and u is None and ("scale" in e.attrs or e.kind == "approximate")
                    and (of := _OF_THE.match(folded, end, hi, SERIAL)) is not None):
                # "3 مليارات من الدولارات", "103 مليار من المليمات", "آلاف من الهكتارات": the scale's unit after "من"
                measure = _unit(folded, e, of.end(), lo, hi, raw)
                if measure is not None and measure[2] in ("magnitude", *_TEMPERATURE):
                    measure = None
                    for name in ("unit_start", "unit_end", "quantity", "currency", "_digits", "_unit_scale",
                                 "_thousandths"):
                        e.attrs.pop(name, None)
            if measure is not None and (u is None or measure[0] >= u.end("u")):
                end, e.unit = measure[0], measure[1]
                e.attrs["unit_text"] = None
                if (scale := e.attrs.get("_unit_scale")) is not None:
                    _scale_by(e, scale)
                if e.attrs.pop("_thousandths", False):
                    e.value *= 1000
                if e.attrs["unit_start"] == e.end and folded[e.end] in _SYMBOLS:
                    e.end = end  # 25$, 9€: a symbol against the digits is part of the amount, like 25%
            elif u is not None and not (lex.counted[form] == "centre" and (
                    lex.rank_re.search(folded, max(lo, e.mstart - 60), e.mstart, SERIAL)
                    or lex.rank_re.search(folded, u.end("u"), min(hi, u.end("u") + 60), SERIAL))):
                # (a centre where a ranking is told is a place of it: "تراجعت بنحو 12 مركزا بحسب أحدث ترتيب")
                for name in ("quantity", "currency", "_digits", "_unit_scale", "_thousandths"):
                    e.attrs.pop(name, None)
                e.unit = lex.counted[form]
                if form in lex.injury_forms and _names_disease(folded, e.mstart, u.end("u"), lo, hi):
                    e.unit = "case"  # "7 إصابات بالتهاب الكبد الفيروسي": cases of a disease, not the injured
                elif form in lex.injury_forms and (
                        lex.wound_re.search(folded, u.end("u"), min(hi, u.end("u") + 40))
                        or lex.wound_re.search(folded, max(lo, e.mstart - 20), e.mstart)):
                    e.unit = "injury"  # "تعرض العون إلى ثلاثة إصابات طالت الوجه": one body's wounds
                elif form in lex.injury_forms and (
                        ob := lex.one_body_re.search(folded, max(lo, e.mstart - 50), e.mstart)) is not None and (
                        not lex.one_body_place_re.search(folded, max(lo, ob.start() - 40), ob.start())):
                    e.unit = "injury"  # "العريف … الأكثر تضررا من الاعتداء (3 إصابات)": the wounds of the one hurt most
                elif e.unit == "centre" and lex.post_re.search(folded, max(lo, e.mstart - 120), e.mstart, SERIAL):
                    e.unit = "post"  # "عدد المراكز الشاغرة … 10 آلاف مركز": posts, not centres
                elif e.unit == "goal" and lex.target_re.search(folded, max(lo, e.mstart - 80), e.mstart, SERIAL):
                    e.unit = "target"  # "قصف 30 هدفا": what a strike aims at, no goal of a match or a plan
                e.attrs.update(unit_text=None, unit_start=u.start("u"), unit_end=u.end("u"))
                if (e.kind == "cardinal" and e.form == "digits" and e.unit not in _DECIMAL_COUNTS
                        and folded[e.mstart] != "0" and _THOUSANDTHS.fullmatch(folded, e.mstart, e.end, SERIAL)):
                    # a dot between thousands before what is counted whole (session 36): "إيقاف 1.245 شخصا",
                    # "(3.132 صوت)", "تسجيل 2.350 مخالفة", "تجنيد نحو 500.000 عون" are 1245, 3132, 2350, 500000
                    # (were 1.245 persons, 500 agents); in every script alike, as the millimes are read ("١٫٢٤٥")
                    e.value *= 1000
                if nationality is not None:
                    e.attrs["nationality"] = nationality
                end = u.end("u")
            if (e.unit is None and "quantity" not in e.attrs and e.kind == "cardinal" and e.form == "digits"
                    and _above_zero_to(e.value, 10) and (mag := _magnitude(folded, e, end, lo, hi)) is not None):
                # "بقوة 6.2 على مقياس ريختر", "زلزال بقوة 6.2 ضرب": a magnitude told without "درجة"
                e.attrs.update(quantity="magnitude", scale="richter")
                if mag[0] < mag[1]:
                    e.attrs.update(unit_text=None, unit_start=mag[0], unit_end=mag[1])
                    end = mag[1]
        elif e.unit is not None and e.kind in ("cardinal", "range") and end < hi and folded[end] in "$€£¥₪":
            end += 1  # "$25$" is rare; a symbol after a symbol-led amount is still part of it
        if (e.unit is None and e.kind in ("cardinal", "approximate") and end == e.end
                and not (e.year_like_digits and _between(e.value, 1000, 2100))
                and "quantity" not in e.attrs and e.attrs.get("qualifier") != "between"
                # (once per region: most hold no toll's head, "عدد", "حصيلة", and then no number reads one)
                and (tolls if tolls is not None
                     else (tolls := _holds_any(folded, lo, hi, lex.toll_heads)))
                and (toll := toll_before(folded, lo, qs := qual.start() if qual is not None else e.mstart,
                                         e.start) or toll_after(folded, lo, qs, end, hi)) is not None):
            # "ارتفع عدد القتلى … إلى 165", "يرتفع إلى 214 عدد القتلى": the toll's noun is the unit
            e.unit = "case" if toll[3] and _names_disease(folded, toll[1], end, lo, hi) else toll[0]
            e.attrs.update(unit_text=None, unit_start=toll[1], unit_end=toll[2])
        if (e.unit is None and e.kind == "cardinal" and e.form == "words" and e.mstart == e.start and qual is None
                and folded.startswith("ال", e.start) and "scale" not in e.attrs and e.value in _HUNDREDS
                and not _time_unit_after(folded, end, hi)  # "خلال المائة عام": the hundred years
                and lex.ordinal_hundred_re.search(
                    folded, _two_words_before(folded, max(taken, e.mstart - 40), e.mstart, 3), e.mstart, SERIAL)):
            e.kind = "ordinal"  # "الدورة المائة", "بعيدها المائة": the hundredth; "الذكرى المئتين": the 200th
        if (e.unit is None and e.kind == "cardinal" and e.form == "digits" and qual is None
                and folded[e.mstart:e.start] in ("", "ال") and not e.year_like_digits
                and not _time_unit_after(folded, end, hi)
                and (art := _ARTICLE_BEFORE.search(folded, e.mstart - 4 if e.mstart - 4 > taken else taken, e.start,
                                                   SERIAL)) is not None
                and lex.ordinal_hundred_re.search(
                    folded, _two_words_before(folded, max(taken, art.start() - 40), art.start(), 3), art.start(),
                    SERIAL)):
            # "الذكرى الـ70", "دورتها الـ 18", "القمة الـ28", "القمة العربية الـ28": the article on digits after
            # a series (one definite word may come between)
            e.kind = "ordinal"
        elif (e.unit is None and e.kind == "cardinal" and e.form == "digits" and qual is None
                and folded[e.mstart:e.start] in ("", "ال", "و")
                and _whole_in(e.value, 1, 150)
                and (minute := _match_minute(folded, e, taken, minutes)) is not None):
            # "في الدقيقة 23", "في الدقيقتين 23 و67": the minute of a match, its ordinal
            e.kind, e.unit = "ordinal", "min"
            e.attrs.update(unit_text=None, unit_start=minute[0], unit_end=minute[1])
            minutes = minute if minute[2] else None
        elif (e.unit is None and e.kind == "ordinal" and e.form == "words" and qual is None
              and _at_most(e.value, 150)
                and (minute := _match_minute(folded, e, taken, None)) is not None and not minute[2]):
            e.unit = "min"  # "في الدقيقة الخامسة": an ordinal word after the minute of a match
            e.attrs.update(unit_text=None, unit_start=minute[0], unit_end=minute[1])
        elif (e.unit is None and e.kind == "cardinal" and e.form == "digits" and qual is None
                and e.mstart == e.start and not e.year_like_digits and not _time_unit_after(folded, end, hi)
                # (a noun of the pattern ends the window before its white space: most numbers have none)
                and _may_end_with(folded, w20 := e.start - 20 if e.start - 20 > taken else taken, e.start,
                                  _ordinal_bare_tails())
                and lex.ordinal_bare_re.search(folded, _two_words_before(folded, w20, e.start, 1), e.start, SERIAL)):
            e.kind = "ordinal"  # "الدورة 25 للمهرجان", "الجولة 20 من البطولة": an edition's number, no article
        if (e.unit is None and e.kind == "cardinal" and e.form == "words" and e.mstart == e.start and qual is None
                and (folded[e.start:e.end] in lex.adjective_numbers or folded.startswith("ال", e.start))):
            # "موقوفين اثنين", "شخصا واحدا", "دينار واحد"; with the article: "الشبان العشرة", "الدول الثلاث"
            _noun_before(folded, e, taken, lo, raw, folded.startswith("ال", e.start) and e.value < 100)
            if e.unit == "centre" and lex.post_re.search(folded, max(lo, e.mstart - 120), e.mstart):
                e.unit = "post"  # "بـ19 مركزا لفائدة وزارة الصحة ومركز واحد" of an open competition
        if (e.unit is None and e.kind in ("cardinal", "approximate", "range") and not e.year_like_digits
                and (p := _percent_before(folded, taken, qual.start() if qual is not None else e.mstart))):
            if e.kind != "range":
                e.kind = "percent"
            e.unit = "percent"
            e.attrs.update(unit_text=None, unit_start=p.start("p"), unit_end=p.end("p"))
        if e.unit is None and e.kind in ("cardinal", "range") and not e.year_like_digits and heat_named is None:
            heat_named = _holds_any(folded, lo, hi, ms.weather_heat_forms)  # once: few are bulletins
        if (e.unit is None and e.kind in ("cardinal", "range") and not e.year_like_digits
                and (heat_named or (out and out[-1].unit == "Cel"))
                and _weather_heat(folded, e, end, qual.start() if qual is not None else e.mstart, lo, hi, out)):
            e.unit = "Cel"  # "وتكون في حدود 10 بالمرتفعات", "الحرارة القصوى 35": a bulletin's temperature
            e.attrs["quantity"] = "temperature"
        if (e.unit is None and e.kind == "cardinal" and out and out[-1].unit is not None
                and not e.year_like_digits and _elided_unit(folded, e, out[-1], lo, hi)):
            # "من 15 إلى 30 كلم/س وتتجاوز 60": the unit of the number before, left out after a verb of comparison
            e.unit = out[-1].unit
            e.attrs["unit_implied"] = True  # (no unit span: the unit is not written after it)
            if (quantity := out[-1].attrs.get("quantity")) is not None:
                e.attrs["quantity"] = quantity
        if e.unit is not None and "unit_start" in e.attrs and e.kind == "cardinal":
            end = _after_unit(folded, e, end, exprs, k, hi)
            if e.attrs.pop("_consumed", False):
                k += 1
        # بين 3 آلاف دينار و4500 دينار, من 50 دولارا إلى 80 دولارا: the unit after each end
        if (e.kind == "cardinal" and e.unit is not None and k < len(exprs) and "subunit" not in e.attrs
                and (opener is not None or e.attrs.get("qualifier") == "between")
                and (r := _unit_range(folded, e, end, exprs[k], hi, opener is not None)) is not None):
            nxt, end = exprs[k], r[1]
            k += 1
            if (scale := e.attrs.get("_unit_scale")) is not None:
                nxt.value *= scale  # "بين 383 م د و1142 م د": the second amount is millions too
            start = opener.start("r") if opener is not None else e.start
            attrs = {**e.attrs, "low": e.value, "high": nxt.value, "unit_start": r[0], "unit_end": r[1]}
            e = Expr(start, start, nxt.end, "range", e.value, e.form if e.form == nxt.form else "mixed", attrs,
                     e.unit)
        if e.unit is not None and (per := ms.per_re.match(folded, end, hi)) is not None:
            end = _per_time(e, per)
        if (e.kind == "cardinal" and (e.unit is None or e.attrs.get("quantity") in _TEMPERATURE)
                and ms.below_zero_re.gate.match(folded, end, hi) is not None):  # no call where it cannot match
            end = _below_zero(folded, e, end, exprs, k, hi)
            if e.attrs.pop("_consumed", False):
                k += 1
        if e.unit is None and qual is None and (e.kind == "ordinal" or (
                e.kind == "cardinal" and e.form == "digits" and (
                    (e.mstart == e.start and e.mstart - lo > 6 and folded[e.mstart - 2] in "زهـل"
                     and folded.endswith(lex.rank_before, e.mstart - 16 if e.mstart - 16 > lo else lo, e.mstart))
                    or (ranked and out and "rank" in out[-1].attrs)))):  # cheap tests first: most numbers stop here
            # every scope adverb ends in "يا" ("عالميا", "عربيا"): most ordinals need no match
            scope = lex.rank_scope_re.match(folded, end, hi, SERIAL) if folded.find("يا", end + 3, end + 16) >= 0 and (
                e.kind == "ordinal"
                or (ranked and out and "rank" in out[-1].attrs and e.mstart - taken <= 8
                    and "و" in folded[taken:e.start])
            ) else None  # "المرتبة الثانية عربيا و18 دوليا": a rank and its scope after a rank
            if scope is not None or (
                    e.mstart == e.start
                    and (e.kind == "ordinal" or _whole_in(e.value, 1, 1000))
                    and folded.endswith(lex.rank_before, (w16 := e.mstart - 16 if e.mstart - 16 > lo else lo), e.mstart)
                    # "القاضي من الرتبة الثالثة" is a judge's grade (6 of ANT's 7 "الرتبة" + a number)
                    and not folded.endswith(_GRADE, w16, e.mstart)):
                # "احتلت تونس المرتبة 95 عالميا": a place in a ranking, the 95th; "… والأولى إفريقيا"
                e.kind = "ordinal"
                e.attrs["rank"] = True
                ranked = True
                if scope is not None or (scope := lex.rank_scope_re.match(folded, end, hi, SERIAL)) is not None:
                    e.attrs.update(scope=lex.rank_scopes[scope.group("s")], scope_start=scope.start("s"),
                                   scope_end=scope.end("s"))
                    end = scope.end()
        post = lex.post_qualifier_re.match(folded, end, hi) if lex.post_qualifier_re.gate.match(folded, end, hi) \
            else None
        if post is not None and "qualifier" not in e.attrs and not _opens_comparison(folded, post, hi):
            e.attrs.update(qualifier=lex.post_qualifiers[lookup_key(post.group("q"))], qualifier_start=post.start("q"),
                           qualifier_end=post.end("q"))
            end = post.end("q")
        if e.attrs.get("qualifier") == "between" and e.kind != "range":
            qual = None  # "بين 3 آلاف دينار و4500 دينار": no range was read, so no "between" either
            for name in ("qualifier", "qualifier_start", "qualifier_end"):
                e.attrs.pop(name)
        if e.attrs.pop("_weak", False) and e.unit is None and "qualifier" not in e.attrs \
                and not (e.value == 0 and _score(folded, e, lo, hi)):
            continue  # صفر, متين alone: a month, "solid"
        if "_digits" in e.attrs:  # (a test is cheaper than a method call: most numbers have neither)
            del e.attrs["_digits"]
        if "_unit_scale" in e.attrs:
            del e.attrs["_unit_scale"]
        if "_thousandths" in e.attrs:
            del e.attrs["_thousandths"]
        if qual is not None and e.kind != "range" and not (
                e.unit is None and _time_unit_after(folded, end, hi)):  # the dates stage reads "نحو 3 سنوات"
            e.start = qual.start("q")  # the qualifier is inside the span
        elif qual is not None and e.kind == "range":
            e.start = qual.start("q")
        e.attrs["is_year_like"] = bool(e.year_like_digits and e.unit is None and e.kind == "cardinal"
                                       and _between(e.value, 1000, 2100))
        if minutes is not None and e.unit != "min":
            minutes = None  # "الدقيقتين 23 و67" ends at the first number that is no minute of them
        if e.unit == "other":
            e.unit = _others_unit(folded, e, out, lo)  # "وأصيب 30 آخرين": the people of the count before
        if ((qual is not None or subject is not None) and out
                # (a duration is the dates stage's)
                and not (e.unit is None and _time_unit_after(folded, end, hi))
                and (pair := _bound_pair(folded, out[-1], e, taken))):
            out[-1] = pair  # "أكبر من 100 وأصغر من 300", "فوق 1000 وتحت 1500": one range between two bounds
        else:
            out.append(e)
        taken = end
    return out


#: What ends a sentence between a count and "آخرين" after it
_SENTENCE_END = re.compile(r"[.!?؟\n]")
#: How far back "آخرين" looks for the count it adds to, and for a verb of wounding
_OTHERS_REACH = 160
_WOUND_AFTER = re.compile(r"[^\S\n]+[وف]?ب(?:جروح|جراح)(?!\w)")


def _others_unit(folded: str, e: Expr, out: list[Expr], lo: int) -> str:
    """The unit of "آخرين"/"آخرون" after a count (``others_wounding``): the unit of people of the count before it
    in its sentence ("قتل 14 مدنيا وأصيب 30 آخرين" → civilian), else "wounded" after a verb of wounding or before
    "بجروح" ("أصيب ثلاثة آخرون", "مقتل مدني وإصابة 4 آخرين"), else "person"."""
    lex = lexicon()
    start = e.attrs.get("qualifier_start", e.mstart)
    for prev in reversed(out[-3:]):
        if prev.end < start - _OTHERS_REACH or _SENTENCE_END.search(folded, prev.end, start) is not None:
            break
        if prev.unit in lex.person_units and prev.unit != "other":
            # "مقتل ثلاثة جنود وإصابة 14 آخرين": soldiers; "مقتل 38 شخصا وجرح 13 آخرين": persons (wounded here
            # would be added by the events stage to the persons before as one toll of wounded: "X شخصا وY جريحا")
            return prev.unit
    before = folded[max(lo, start - 24):start].split()
    if before and before[-1] in ("من", "عن") and len(before) > 1:
        before = before[:-1]  # "أصيب أكثر من 30 آخرين" (the qualifier left out of ``start``)
    if before and before[-1] in ("اكثر", "نحو", "حوالي", "قرابه", "زهاء"):
        before = before[:-1]
    word = before[-1] if before else ""
    unit_end = e.attrs.get("unit_end", e.end)
    if word in lex.others_wounding or (word[:1] in "وف" and word[1:] in lex.others_wounding) \
            or _WOUND_AFTER.match(folded, unit_end) is not None:
        return "wounded"
    return "person"


#: The qualifiers of a lower and of an upper bound: a pair of them joined by "و" is one range
_LOWER_BOUNDS = frozenset(("more_than", "at_least"))
_UPPER_BOUNDS = frozenset(("less_than", "at_most"))


def _bound_pair(folded: str, prev: Expr, e: Expr, taken: int) -> Expr | None:
    """``prev`` and ``e`` as one range when one is a lower bound, the other an upper bound above it, and only "و"
    joins them ("أكبر من ١٠٠ وأصغر من ٣٠٠", "فوق 1000 دينار وتحت 1500 دينار", "لا يقل عن 5 ولا يزيد عن 10"; in
    either order).  The range keeps the first qualifier as its ``qualifier_*`` with the key "between", and says
    which bound each end is (``low_qualifier``, ``high_qualifier``)."""
    first, second = prev.attrs.get("qualifier"), e.attrs.get("qualifier")
    if first in _LOWER_BOUNDS and second in _UPPER_BOUNDS:
        low_e, high_e = prev, e
    elif first in _UPPER_BOUNDS and second in _LOWER_BOUNDS:
        low_e, high_e = e, prev
    else:
        return None
    if (not ((prev.kind in ("cardinal", "percent") and e.kind in ("cardinal", "percent"))
             or prev.kind == e.kind in ("fraction", "ordinal"))  # "فوق الربع وتحت النصف", "أعلى من العاشر وأدنى من…"
            or (prev.unit is not None and e.unit is not None and prev.unit != e.unit)
            or not _GAP_WA.fullmatch(folded, taken, e.attrs["qualifier_start"], SERIAL)):
        return None
    low = _range_low(low_e, high_e) if low_e is prev else low_e.value
    if low is None or low >= high_e.value:
        return None
    attrs = {**prev.attrs, **e.attrs, "low": low, "high": high_e.value, "qualifier": "between",
             "qualifier_start": prev.attrs["qualifier_start"], "qualifier_end": prev.attrs["qualifier_end"],
             "low_qualifier": low_e.attrs["qualifier"], "high_qualifier": high_e.attrs["qualifier"],
             "is_year_like": False}
    unit = e.unit if e.unit is not None else prev.unit
    return Expr(prev.mstart, prev.start, e.end, "range", low, prev.form if prev.form == e.form else "mixed", attrs,
                unit)


#: Between two minutes of a match after their dual or plural: "و", a comma ("الدقائق 3، 16 و88")
_MINUTE_JOIN = regex.compile(r"[^\S\n]*+[،,]?[^\S\n]*+(?:و[^\S\n]*+)?")


def _match_minute(folded: str, e: Expr, taken: int, minutes: tuple[int, int, bool] | None,
                  ) -> tuple[int, int, bool] | None:
    """The minute of a match right before the digits ``e`` ("في الدقيقة 23", "الدقيقة الـ 90"), or the dual or
    plural one the previous number took when only "و" or a comma comes between ("الدقيقتين 23 و67"): its offsets,
    and whether it is dual or plural."""
    if minutes is not None and e.mstart > taken and _MINUTE_JOIN.fullmatch(folded, taken, e.mstart):
        return minutes
    a = e.start - 20 if e.start - 20 > taken else taken  # (not max(): see _decorate)
    if (e.mstart < e.start and folded[e.mstart] == "و") or folded.find("دق", a, e.start) < 0:
        return None
    m = lexicon().minute_ordinal_re.search(folded, a, e.start, SERIAL)
    if m is None:
        return None
    noun = "n" if m.group("n") is not None else "p"
    start = m.start(noun) - 2 if folded.startswith("ال", m.start(noun) - 2) else m.start(noun)  # not "لل"'s ل
    return start, m.end(noun), noun == "p"


def _magnitude(folded: str, e: Expr, end: int, lo: int, hi: int) -> tuple[int, int] | None:
    """Is ``e`` a quake's magnitude told without "درجة": a Richter scale right after it ("6.2 على مقياس ريختر"; its
    word's offsets are returned), or "بقوة"/"بلغت قوتها" right before it with a quake named up to 40 characters
    before that ("زلزال بقوة 6.2 ضرب"; an empty stretch at ``end`` is returned)?"""
    ms = measures()
    if (r := ms.richter_re.match(folded, end, hi)) is not None:
        return r.start("s"), r.end("s")
    if (folded.find("قو", max(lo, e.mstart - 16), e.mstart) >= 0
            and (before := ms.magnitude_before_re.search(folded, max(lo, e.mstart - 16), e.mstart, SERIAL)) is not None
            and ms.magnitude_event_re.search(folded, max(lo, before.start() - 40), before.start()) is not None):
        return end, end
    return None


def _change_before(ms: Measures, folded: str, start: int, end: int) -> bool:
    """Is a change told in ``folded[start:end]`` ("ارتفع", "تراجع")?  Its words are looked for first without the
    pattern's lookbehind (which ``regex`` would try at every position): most stretches have none."""
    return (ms.change_hint_re.search(folded, start, end) is not None
            and ms.change_re.search(folded, start, end, SERIAL) is not None)


def _names_disease(folded: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Does the text of a number of "إصابة" name a disease: its sentence or the 300 characters before it, or up
    to 60 characters after it in its sentence?"""
    a = min(max(folded.rfind(".", lo, start), folded.rfind("\n", lo, start), lo), max(lo, start - 300))
    b = min(hi, end + 60)
    dot = folded.find(".", end, b)
    return lexicon().disease_re.search(folded, a, dot if dot >= 0 else b, SERIAL) is not None


def _weather_heat(folded: str, e: Expr, end: int, start: int, lo: int, hi: int, out: list[Expr]) -> bool:
    """A weather bulletin's temperature without a unit: the heat named up to ``_TEMPERATURE_REACH``
    characters before (or the sentence's previous number in Celsius), and a region after it ("في حدود 7
    بالمرتفعات", "وتصل إلى 26 بأقصى الجنوب") or the heat word right before it ("الحرارة القصوى 35")."""
    if not -60 <= e.value <= 60 or not -60 <= e.attrs.get("high", e.value) <= 60:
        return False
    ms = measures()
    if (ms.weather_region_re.match(folded, end, hi, SERIAL) is None
            and ms.weather_before_re.search(folded, max(lo, start - 16), start, SERIAL) is None):
        return False
    if ms.weather_heat_re.search(folded, max(lo, start - _TEMPERATURE_REACH), start) is not None:
        return True
    prev = out[-1] if out else None
    return (prev is not None and prev.unit == "Cel" and start - prev.end < _TEMPERATURE_REACH
            and "." not in folded[prev.end:start] and "\n" not in folded[prev.end:start])


#: How far before a bare number after a verb of comparison the number whose unit it takes may end (characters)
_ELIDED_REACH = 120


def _elided_unit(folded: str, e: Expr, prev: Expr, lo: int, hi: int) -> bool:
    """Does the bare number ``e`` take the unit of ``prev`` (the number before it), left out after a verb of
    comparison (``elided_unit_verbs``): "تهب الريح … من 15 إلى 30 كلم/س وتتجاوز 60 أثناء ظهور الخلايا الرعدية"?
    ``prev`` ends up to :data:`_ELIDED_REACH` characters before it in its sentence and is smaller (its high end, for
    a range); no time unit follows ``e`` (a duration is the dates stage's)."""
    start = e.mstart
    if not prev.end < start <= prev.end + _ELIDED_REACH or e.value <= prev.attrs.get("high", prev.value):
        return False
    # (the anchored and the short reads first: most numbers stop there)
    ms = measures()
    if ms.elided_after_re.match(folded, e.end, hi, SERIAL) is None \
            or ms.elided_verb_re.search(folded, max(lo, prev.end, start - 24), start, SERIAL) is None:
        return False
    return _SENTENCE_END.search(folded, prev.end, start) is None and not _time_unit_after(folded, e.end, hi)


#: "من" + the article after a scale word: the currency it counts follows ("3 مليارات من الدولارات")
_OF_THE = at_pos(r"[^\S\n]++من(?=[^\S\n]++ال)")
#: "واحد وعشرون" split after a noun: the one (an adjective of the noun) and the tens after "و"
_ONE_AND_TENS = regex.compile(r"(?P<one>واحد[اه]?)[^\S\n]*+(?P<wa>و)[^\S\n]*+(?P<tens>\p{L}++)\Z")
#: One word without the article right before a number ("قتيل واحد")
_WORD_BEFORE = regex.compile(r"(?<![\p{L}\p{N}\p{M}])[وف]?[بلك]?(?!ال)(?P<w>\p{L}{2,}+)[^\S\n]++\Z")


#: The one or two words before a number, maybe with proclitics ("لمتهمين اثنين", "دولار أميركي واحد")
_WORDS_BEFORE = regex.compile(r"(?<![\p{L}\p{N}\p{M}])(?:(?P<c2>[وف]?[بلك]?)(?P<w2>\p{L}[\p{L}\p{M}]*+)[^\S\n]++)??"
                              r"(?<![\p{L}\p{N}\p{M}])(?P<c>[وف]?[بلك]?)(?P<w>\p{L}[\p{L}\p{M}]*+)[^\S\n]++\Z")


#: The article written apart before digits ("الـ70", "ال 15"; folded: "ال70"), anchored at the digits
_ARTICLE_BEFORE = regex.compile(r"(?<![\p{L}\p{N}\p{M}])ال[^\S\n]?\Z")


def _two_words_before(folded: str, start: int, end: int, count: int = 2) -> int:
    """Where the second last (the ``count``-th last) of the white-space-separated words of ``folded[start:end]``
    starts (``start`` when there are fewer): a pattern of at most two words and the white space after them,
    anchored at ``end`` (``_WORDS_BEFORE``, ``_NOUN_BEFORE_ONE``), is searched from there, not tried at every
    character before."""
    k = end
    for _ in range(count):
        while k > start and folded[k - 1].isspace():
            k -= 1
        while k > start and not folded[k - 1].isspace():
            k -= 1
    return k


def _noun_before(folded: str, e: Expr, taken: int, lo: int, raw: Callable[[int, int], str] | None,
                 article: bool) -> None:
    """A number word after its noun as an adjective ("موقوفين اثنين", "شخصا واحدا", "ملليمترا واحدا"): the
    counted noun or unit before it, without the article, is its unit; a unit of two words first ("دولار
    أميركي واحد" is a dollar, not an American).  A number with the article (``article``) takes a counted
    noun with the article ("الشبان العشرة", "الدول الثلاث")."""
    m = _WORDS_BEFORE.search(folded, _two_words_before(folded, max(taken, e.mstart - 40), e.mstart), e.mstart, SERIAL)
    if m is None:
        return
    lex = lexicon()
    we = m.end("w")
    starts = [m.start("c2"), m.start("w2")] if m.group("w2") is not None and m.group("c2") else \
        [m.start("w2")] if m.group("w2") is not None else []
    starts += [m.start("c"), m.start("w")] if m.group("c") else [m.start("w")]
    if folded.startswith("ال", e.start) and not article:
        return  # "القاضي الأميركي ألفين هيلرستين": a name, no two thousand Americans
    if article:  # the noun's article, or ل + the article: "للأطفال الثلاثة"
        word = folded[m.start("w"):we]
        stem = word[2:] if word.startswith("ال") else word[1:] if m.group("c").endswith("ل") and word.startswith(
            "ل") else ""
        if (unit := lex.counted.get(key := lookup_key(stem))) is not None and not (
                e.value > 2 and key in lex.counted_singulars) and (
                # "المراكز الثلاثة الأولى": the top places of a ranking, no centres
                unit != "centre" or not folded.startswith((" الاول", " الاخير"), e.end)):
            e.unit = unit
            e.attrs.update(unit_text=None, unit_start=m.start("w"), unit_end=we)
            if key in lex.nationals:
                e.attrs["nationality"] = lex.nationals[key]
        return
    for ws in starts:
        if folded.startswith("ال", ws):
            continue
        a = measures().after_re.match(folded, ws, we)
        if (a is not None and a.group("u") is not None and a.end("u") == we
                and measures().units[lookup_key(a.group("uf"))].code != "deg"  # "درجة واحدة": a notch of a rating
                and (r := _unit(folded, e, ws, lo, we, raw))):
            e.unit = r[1]
            e.attrs["unit_text"] = None
            return
        u = lex.counted_re.match(folded, ws, we)
        if u is not None and u.end("u") == we and not u.group("al"):
            form = lookup_key(u.group("uf"))
            nationality = lex.nationals.get(form) if u.end("uf") == we else None
            u_start = u.start("u")
            if nationality is not None and m.group("w2") is not None and \
                    (n := lex.counted_re.match(folded, m.start("w2"), m.end("w2"))) is not None and not n.group("al") \
                    and lookup_key(n.group("uf")) not in lex.injury_forms:  # "وإصابة تونسيين اثنين": two TN
                form, u_start = lookup_key(n.group("uf")), m.start("w2")  # "مواطن تونسي واحد": a citizen, TN
            e.unit = lex.counted[form]
            e.attrs.update(unit_text=None, unit_start=u_start, unit_end=we)
            if nationality is not None:
                e.attrs["nationality"] = nationality
            return


def _hamza(form: str) -> str:
    """The hamza seats of ``form`` ("د.أ" → "أ"): what tells apart two forms that fold alike."""
    return "".join(c for c in form if c in "أإآؤئء")


def _scale_by(e: Expr, scale: int) -> None:
    """Multiply ``e`` by the scale its unit abbreviation says ("3970 م د": million dinars), its range ends too."""
    e.value *= scale
    for name in ("low", "high"):
        if name in e.attrs:
            e.attrs[name] *= scale
    e.attrs["scale"] = _UNIT_SCALES[scale]


_UNIT_SCALES = {1000: "thousand", 1000000: "million"}
#: A currency symbol after each end of a range: "10$-20$".
_SYMBOL_HYPHEN = regex.compile(r"(?P<s>[$€£¥₪])[^\S\n]?[-–][^\S\n]?")


def _symbol_hyphen(folded: str, end: int, nxt: Expr) -> bool:
    """Do the same currency symbol and a hyphen join the digits ending at ``end`` to ``nxt`` ("10$-20$")?"""
    m = _SYMBOL_HYPHEN.fullmatch(folded, end, nxt.mstart, SERIAL)
    return m is not None and folded[nxt.end:nxt.end + 1] == m["s"]


#: A score's other side: "2 - صفر", "صفر - 1", "صفر لصفر".
_SCORE_BEFORE = regex.compile(r"(?:[0-9٠-٩]|صفر)[^\S\n]*+[-–][^\S\n]*+\Z")
_SCORE_AFTER = regex.compile(r"[^\S\n]*+(?:[-–][^\S\n]*+(?:[0-9٠-٩]|صفر)|ل?صفر)")


def _score_pair(folded: str, e: Expr, nxt: Expr, lo: int, hi: int) -> bool:
    """Are the digits ``e`` and ``nxt``, joined by a hyphen, a match's score rather than a range: whole numbers
    with no unit after them (or a club, the other team: "0-5 النادي الإفريقي") and a match told up to 80
    characters before them or 40 after ("الترجي الرياضي – النادي الصفاقسي 1-2", "الشوط الخامس : 9-15")?"""
    lex = lexicon()
    if nxt.kind != "cardinal" or e.value.denominator != 1 or nxt.value.denominator != 1 or nxt.value > 200:
        return False
    if (u := lex.counted_re.match(folded, nxt.end, hi)) is not None:
        return (lookup_key(u.group("uf")) in lex.score_team_nouns
                and _GAP_SPACE.fullmatch(folded, nxt.end, u.start("u")) is not None)
    if (lex.percent_re.match(folded, nxt.end, hi) is not None
            or _TIME_UNIT.match(folded, nxt.end, hi, SERIAL) is not None
            or measures().after_re.match(folded, nxt.end, hi) is not None):
        return False
    return (lex.score_context_re.search(folded, max(lo, e.mstart - 80), e.mstart, SERIAL) is not None
            or lex.score_context_re.search(folded, nxt.end, min(hi, nxt.end + 40)) is not None
            # "بمجموعتين متتاليتين بواقع 6-2 و6-2": sets told before the pair in its sentence (session 41)
            or _set_points(folded, e.mstart, lo))


def _score_side(folded: str, e: Expr, first: bool = False) -> bool:
    """Can ``e`` be one side of a score: whole digits of at most three places, or the word "صفر"?  The first side
    may have و glued before it: "(25-20 و25-23)", "(6/4 و٧/٥)" (session 40)."""
    if (e.kind != "cardinal" or e.value.denominator != 1 or "scale" in e.attrs
            or (e.mstart != e.start and not (first and folded[e.mstart:e.start] == "و"))):
        return False
    if e.form == "digits":
        return e.end - e.start <= 3
    return e.value == 0 and folded[e.start:e.end] == "صفر"


def _score_sides(folded: str, e: Expr, nxt: Expr, lo: int, hi: int) -> tuple[Fraction, Fraction] | None:
    """The two sides of a match's score written with a hyphen ("بنتيجة 2-1", "الترجي الرياضي – النادي الصفاقسي 1-2",
    "2 - صفر"): ``e`` and ``nxt`` whole numbers of one to three digits (or "صفر") joined by a hyphen, no date or
    numbering around them, and a score cue right before (``score_cues``) or a match told near them
    (:func:`_score_pair`); else None."""
    if nxt.mstart - e.end > 4 or not _score_side(folded, e, first=True) or not _score_side(folded, nxt):
        return None
    hyphen = _HYPHEN.fullmatch(folded, e.end, nxt.mstart, SERIAL) is not None
    if (not hyphen and _COLON.fullmatch(folded, e.end, nxt.mstart, SERIAL) is None
            and _SLASH.fullmatch(folded, e.end, nxt.mstart, SERIAL) is None):
        return None
    # "(13/25-30/28-25/21)": the points of sets in a chain, each pair a score (session 40)
    points = (not hyphen and e.value <= 60 and nxt.value <= 60 and _SLASH.fullmatch(folded, e.end, nxt.mstart, SERIAL)
              is not None and _set_points(folded, e.mstart, lo))
    if not points and (_DATE_LIKE_BEFORE.search(folded, max(lo, e.mstart - 2), e.mstart, SERIAL)
                       or _NUMBERING_BEFORE.search(folded, max(lo, e.mstart - 6), e.mstart)
                       or _DATE_LIKE_AFTER.match(folded, nxt.end, hi, SERIAL)):
        return None
    if (_cue_before(folded, e.mstart, lo)
            or (hyphen and _score_pair(folded, e, nxt, lo, hi)) or points):
        return e.value, nxt.value  # (a colon or a slash only after a cue: "بنتيجة 3:1", "بنتيجة 2/1"; else a
    return None                    # time, a ratio or a date)


_COLON = regex.compile(r"[^\S\n]?:[^\S\n]?")
_SLASH = regex.compile(r"[^\S\n]?/[^\S\n]?")


def _score(folded: str, e: Expr, lo: int, hi: int) -> bool:
    """Is the zero ``e`` ("صفر") one side of a score, which is no month Safar?"""
    return (_SCORE_BEFORE.search(folded, max(lo, e.mstart - 8), e.mstart, SERIAL) is not None
            or _SCORE_AFTER.match(folded, e.end, hi, SERIAL) is not None
            or folded[max(lo, e.mstart - 5):e.mstart].rstrip().endswith("صفر"))


#: How far before a score a cue of it is looked for ("بنتيجة", "بحصة": ``score_cues``).
_CUE_REACH = 16


#: The end of a sentence between a count of sets and a set's points; not a dot before the next set's points
#: ("تفاصيلهما 6-2 . 6-2 .", tennis sets listed with dots, session 41)
_SET_SENTENCE_END = regex.compile(r"[.!?؟](?:\s|$)(?![^\S\n]*+\(?[^\S\n]*+[0-9٠-٩])|\n")


def _set_points(folded: str, pos: int, lo: int) -> bool:
    """Are sets told (``set_detail_cues``) up to 80 characters before ``pos`` in its sentence: "ثلاثة اشواط لصفر
    كانت تفاصيلها كالأتي(19/25- 15/25 و 23/25)" (the points of each set, session 40)?"""
    cues = list(lexicon().set_detail_re.finditer(folded, max(lo, pos - 80), pos, False, SERIAL))
    if not cues:
        return False
    # (the search looks a little past ``pos``, where the lookahead of a dot reads the next set's points)
    end = _SET_SENTENCE_END.search(folded, cues[-1].end(), min(len(folded), pos + 8))
    return end is None or end.start() >= pos


def _cue_before(folded: str, pos: int, lo: int) -> bool:
    """Is a score's cue within :data:`_CUE_REACH` characters before ``pos`` ("انهزم بنتيجة 1/3", "بنتيجة شوطين")?"""
    a = pos - _CUE_REACH if pos - _CUE_REACH > lo else lo  # (not max(): see _decorate)
    # (a cue ends the window before its white space: most numbers have none, and the pattern is not tried)
    return _may_end_with(folded, a, pos, _score_cue_tails()) and lexicon().score_re.search(folded, a, pos, SERIAL) \
        is not None


_OF_AFTER = at_pos(r"[^\S\n]*+من(?![\p{L}\p{N}\p{M}])")


def _match_told(folded: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Is a match told (``score_context``) up to 80 characters before ``start`` or 40 after ``end``?"""
    lex = lexicon()
    return (lex.score_context_re.search(folded, max(lo, start - 80), start, SERIAL) is not None
            or lex.score_context_re.search(folded, end, min(hi, end + 40), SERIAL) is not None)


@cache
def _score_unit_codes() -> frozenset[str | None]:
    """The units a score counts ("goal", "set"): ``score_units``' values, read once."""
    return frozenset(lexicon().score_units.values())


def _score_count(e: Expr, units: AbstractSet[str | None]) -> bool:
    return e.kind == "cardinal" and e.unit in units and e.value.denominator == 1


def _side_words(folded: str, exprs: list[Expr], lo: int, hi: int) -> list[Expr]:
    """The sides of a score told by a word alone, each a count for :func:`_word_scores` that only stays with a
    score's other side after it: a goal or a set in the singular or the dual, or the noun of n goals ("بثلاثية"), after
    ب ("فاز بهدف", "بمجموعتين", "برباعية") or a score's cue ("بنتيجة شوطين"), or in the singular with a match told
    up to 80 characters before ("التعادل الإيجابي هدف لمثله"); tennis's "مجموعة" only with a match told near it."""
    lex = lexicon()
    singles: list[Expr] = []
    for gate in lex.score_side_gates:
        at = folded.find(gate, lo, hi)
        while at >= 0:
            bi = at > lo and folded[at - 1] == "ب"
            if ((m := lex.score_one_re.match(folded, at - 1 if bi else at, hi, SERIAL)) is not None
                    and _other_side_follows(folded, m.end(), hi)
                    and not any(x.mstart <= at < max(x.end, x.attrs.get("unit_end", x.end)) for x in exprs)):
                n, unit = lex.score_sides[m["w"]]
                named = _cue_before(folded, at, lo)  # "بنتيجة شوطين"
                sets = m["w"] in lex.score_set_words
                if named or (bi and not sets):
                    nil_only = False
                elif bi:  # a set after a bare ب: with a match told, or only before a nil ("بمجموعتين دون رد")
                    nil_only = not _match_told(folded, at, m.end(), lo, hi)
                elif n == 1 and not sets and _match_told(folded, at, m.end(), lo, hi):
                    nil_only = False  # "التعادل الإيجابي هدف لمثله"
                else:
                    at = folded.find(gate, at + len(gate), hi)
                    continue
                singles.append(Expr(m.start(), at, m.end(), "cardinal", Fraction(n), "words",
                                    {"unit_start": at, "unit_end": m.end(), "_single": True, "_nil_only": nil_only},
                                    unit=unit))
            at = folded.find(gate, at + len(gate), hi)
    return singles


def _may_tell_sides(folded: str, memo: dict[str, tuple[str, Any]] | None = None) -> bool:
    """Does the whole text hold a word of a goal, a set or a zero, or a nil ("هدف", "مجموعة", "صفر", "دون رد",
    "نظيفة"…: ``score_text_gates``)?  Read once per document (its ``memo``): the stage asks again for each of its
    regions."""
    return of_text(memo, "numbers.sides_told", folded,
                   lambda: any(w in folded for w in lexicon().score_text_gates))


def _other_side_follows(folded: str, pos: int, hi: int) -> bool:
    """Does a score's other side begin at ``pos``: "دون رد", "نظيفة", "مقابل", "ل" (after "كاملة" or not)?"""
    lex = lexicon()
    if (filler := lex.score_filler_re.match(folded, pos, hi, SERIAL)) is not None:
        pos = filler.end()
    return (lex.score_nil_re.match(folded, pos, hi, SERIAL) is not None
            or lex.score_against_re.match(folded, pos, hi, SERIAL) is not None)


def _bare_side(folded: str, e: Expr) -> bool:
    """Can ``e``, with no unit, be a score's side: a whole number up to 30 ("مقابل 2", "مقابل واحدة", "صفر")?"""
    return (e.kind == "cardinal" and e.unit is None and not e.attrs.get("scale") and e.value.denominator == 1
            and _between(e.value, 0, 30) and (e.value != 0 or folded[e.start:e.end] == "صفر"))


def _word_scores(folded: str, exprs: list[Expr], lo: int, hi: int,
                 memo: dict[str, tuple[str, Any]] | None = None) -> list[Expr]:
    """A score told in words after a count of goals or sets (session 34): "بهدفين دون رد" 2-0, "بثلاثة أهداف نظيفة"
    3-0 (``score_nil``), "بثلاثة أهداف مقابل هدفين" 3-2, "بأربعة أهداف لهدف" 4-1 (``score_against``); a goal or a
    set in the singular after ب is one there ("بهدف دون رد" 1-0).  Session 35: the sides of :func:`_side_words`
    ("بمجموعتين دون رد", "بثلاثية نظيفة", "بخماسية كاملة مقابل هدف وحيد"), a count of "مجموعات" ("بثلاث مجموعات
    لواحدة"), the other side as many ("بهدف لمثله" 1-1), none ("شوطين لصفر", "صفر لصفر") or a bare number after a
    cue and before the counted other side ("بنتيجة 2 مقابل 3 أشواط").  The span runs from the first count to the end
    of the other side; the unit is kept, attrs ``first``/``second``."""
    lex = lexicon()
    units = _score_unit_codes()
    # (a cheap gate: most texts have no goal nor set, no zero in words and no fraction; a loop, not any() over a
    # generator, which costs more for the few numbers of a region)
    for e in exprs:
        if e.unit in units or e.kind == "fraction":
            break
    else:
        if not _may_tell_sides(folded, memo):
            return exprs
    singles = _side_words(folded, exprs, lo, hi)
    items = sorted(exprs + singles, key=lambda x: x.start) if singles else exprs
    out: list[Expr] = []
    k = 0
    while k < len(items):
        e = items[k]
        k += 1
        if (e.kind == "fraction" and e.form == "digits" and e.unit is None and "whole" not in e.attrs
                and "numerator" in e.attrs and e.attrs["numerator"] <= 200 and e.attrs["denominator"] <= 200
                and (_cue_before(folded, e.mstart, lo)
                     or (e.attrs["denominator"] <= 60 and _set_points(folded, e.mstart, lo)))
                and _OF_AFTER.match(folded, e.end, hi) is None):  # ("بحصة 1/3 من الأرباح": a share)
            first = Fraction(e.attrs["numerator"])  # "انهزم بنتيجة 1/3": a score, not a third
            out.append(Expr(e.mstart, e.start, e.end, "score", first, e.form,
                            {"first": first, "second": Fraction(e.attrs["denominator"]), "is_year_like": False}))
            continue
        single = e.attrs.get("_single", False)
        unit = e.unit
        pos = e.attrs.get("unit_end", e.end)
        plural = None
        unit_span: tuple[int, int] | None = None
        zero = False
        if not _score_count(e, units):
            if e.kind != "cardinal" or e.unit is not None or e.attrs.get("scale"):
                out.append(e)
                continue
            zero = e.end - e.start == 3 and folded.startswith("صفر", e.start)  # ("صفر لصفر")
            if ((plural := lex.score_plural_re.match(folded, e.end, hi, SERIAL)) is not None
                    and e.value.denominator == 1 and _between(e.value, 1, 10)
                    and (_match_told(folded, e.mstart, plural.end(), lo, hi)
                         or _cue_before(folded, e.mstart, lo))):
                unit, pos = "set", plural.end()  # "بثلاث مجموعات دون رد": sets
                unit_span = plural.span("w")
            elif not zero and not (_cue_before(folded, e.mstart, lo)
                                   and _bare_side(folded, e)):
                out.append(e)
                continue
        if (filler := lex.score_filler_re.match(folded, pos, hi, SERIAL)) is not None:
            pos = filler.end()  # "بخماسية كاملة مقابل هدف"
        second: Fraction | None = None
        end = pos
        one_word = False
        nil = None
        if (unit is not None and not zero
                and (nil := lex.score_nil_re.match(folded, pos, hi, SERIAL)) is not None):
            second, end = Fraction(0), nil.end()
        elif (against := lex.score_against_re.match(folded, pos, hi, SERIAL)) is not None:
            there = against.end()
            after_li = folded[there - 1] == "ل"
            nxt = items[k] if k < len(items) else None
            if (nxt is not None and there in (nxt.mstart, nxt.start) and not nxt.attrs.get("_single")
                    and unit is None and not zero and _score_count(nxt, units)):
                unit, second, end = nxt.unit, nxt.value, nxt.attrs.get("unit_end", nxt.end)  # "بنتيجة 2 مقابل 3 أشواط"
                if "unit_start" in nxt.attrs:
                    unit_span = nxt.attrs["unit_start"], nxt.attrs["unit_end"]
                k += 1
            elif unit is None and not zero:
                pass  # a bare number after a cue is a side only before a counted other side
            elif (nxt is not None and there in (nxt.mstart, nxt.start) and not nxt.attrs.get("_single")
                    and (_score_count(nxt, {unit}) or (  # "3 أهداف مقابل 2": the goals not told again
                        _bare_side(folded, nxt) and (not after_li or nxt.form == "words")))):  # "لواحدة", "لصفر"
                second, end = nxt.value, nxt.attrs.get("unit_end", nxt.end)
                k += 1
            elif (same := lex.score_same_re.match(folded, there, hi, SERIAL)) is not None:
                second, end = e.value, same.end()  # "بهدف لمثله", "بثلاثة أهداف لمثلها"
            elif (nought := lex.score_zero_re.match(folded, there, hi, SERIAL)) is not None:
                second, end = Fraction(0), nought.end()  # "شوطين لصفر", "صفر لصفر"
            elif ((one := lex.score_one_re.match(folded, there - 1 if after_li else there, hi, SERIAL))
                  is not None and lex.score_sides[one["w"]][1] == unit and not zero):  # "لهدف", "مقابل شوطين"
                second, end = Fraction(lex.score_sides[one["w"]][0]), one.end()
                one_word = second == 1
            if second is not None:
                while k < len(items) and items[k].start < end:
                    k += 1  # a single side read again ("لهدف")
        if second is None or (e.attrs.get("_nil_only") and nil is None):
            if not single:
                out.append(e)
            continue
        if one_word and (after := lex.score_one_after_re.match(folded, end, hi)) is not None:
            end = after.end()  # "مقابل شوط واحد", "مقابل هدف وحيد"
            while k < len(items) and items[k].start < end:
                k += 1
        attrs = {key: v for key, v in e.attrs.items() if key in ("unit_start", "unit_end", "qualifier",
                                                                  "qualifier_start", "qualifier_end", "dual")}
        if unit_span is not None:
            attrs.update(unit_start=unit_span[0], unit_end=unit_span[1])
        attrs.update(first=e.value, second=second, is_year_like=False)
        out.append(Expr(e.mstart, e.start, end, "score", e.value, e.form, attrs, unit=unit))
    return out


#: Endings of a plural (folded): the noun counted by a construct dual is singular ("ألفا شخص"); "وألفا آخرين" is a
#: thousand others, the singular and an adjective (ANT 6082).
_PLURAL_ENDINGS = ("ين", "ون", "ات")


def _construct_duals(folded: str, exprs: list[Expr]) -> list[Expr]:
    """``exprs`` with a scale alone in its accusative-looking form right before its counted noun, a singular,
    read as the construct dual of the nominative: "مليارا دينار", "مليونا إيراني", "ألفا شخص" are two of it
    (session 38; :data:`Lexicon.construct_dual_scales`).  A number before the scale ("250 ألفا") is in the same
    expression, and "ألفا من المقاتلين" has its noun after "من": both stay the singular."""
    duals = lexicon().construct_dual_scales
    out = exprs
    for k, e in enumerate(exprs):
        if (e.kind == "cardinal" and e.form == "words" and e.unit is not None and e.attrs.get("unit_start") == e.end + 1
                and folded[e.end] == " " and folded[e.start:e.end] in duals
                and not folded.startswith("ال", e.end + 1) and "dual" not in e.attrs
                and not folded[e.end + 1:e.attrs.get("unit_end", e.end)].endswith(_PLURAL_ENDINGS)):
            if out is exprs:
                out = list(exprs)
            out[k] = replace(e, value=e.value * 2, attrs={**e.attrs, "dual": True})
    return out


def _find(folded: str, lo: int, hi: int, raw: Callable[[int, int], str] | None = None,
          memo: dict[str, tuple[str, Any]] | None = None) -> list[Expr]:
    """The expressions of ``folded[lo:hi]``; ``memo`` is the document's (:attr:`.Document.memo`), if any."""
    coded = Coded(folded, lo, hi, region_forms())
    out = _word_scores(folded, _decorate(folded, _combine(folded, parse_expressions(folded, lo, hi, raw, coded), lo, hi,
                                                          coded), lo, hi, raw), lo, hi, memo)
    out = _construct_duals(folded, out)
    _tunisian_billions(folded, out, lo, memo)
    mark_ages(folded, out, lo, hi)
    return out


def _tunisian_billions(folded: str, exprs: list[Expr], lo: int, memo: dict[str, tuple[str, Any]] | None) -> None:
    """A billion with no unit right after a money cue ("بقيمة نصف مليار", "رصد اعتمادات ب750 مليار") in a Tunisian
    document is a billion millimes (``tunisian_billion_cues``; session 41): unit millime, ``unit_implied``."""
    lex = lexicon()
    for e in exprs:
        if (e.attrs.get("scale") != "billion" or e.unit is not None or e.kind not in ("cardinal", "approximate")
                or "unit_start" in e.attrs):
            continue
        cues = list(lex.tn_billion_re.finditer(folded, max(lo, e.mstart - 40), e.mstart, False, SERIAL))
        if not cues or _SET_SENTENCE_END.search(folded, cues[-1].end(), e.mstart, SERIAL) is not None:
            continue
        if not of_text(memo, "numbers.tunisian_money", folded,
                       lambda: lex.tn_places_re.search(folded, None, None, SERIAL) is not None
                       and lex.tn_excluded_re.search(folded, None, None, SERIAL) is None):
            return
        e.unit = "millime"
        e.attrs.update(quantity="money", unit_implied=True)


def _match(e: Expr, text: str, to_original: Callable[[int, int], tuple[int, int]]) -> NumberMatch:
    start, end, attrs = _resolve(e, text, to_original)
    return NumberMatch(start, end, text[start:end], e.kind, _plain(e.value), e.unit, attrs)


def _resolve(e: Expr, text: str, to_original: Callable[[int, int], tuple[int, int]]) -> tuple[int, int, dict[str, Any]]:
    """The original offsets of ``e`` and its attrs as reported (offsets original, values plain, texts)."""
    start, end = to_original(e.start, e.end)
    attrs = dict(e.attrs)
    for name, value in attrs.items():
        if type(value) is Fraction:  # not isinstance: Fraction's ABC metaclass makes that a slow test
            attrs[name] = _plain(value)  # a value replaced, no key added: the loop may go on
    if not _OFFSET_STARTS.isdisjoint(attrs):
        for s_name, e_name, text_name in _OFFSET_ATTRS:
            if s_name in attrs:
                s, t = to_original(attrs[s_name], attrs[e_name])
                attrs[s_name], attrs[e_name], attrs[text_name] = s, t, text[s:t]
    attrs["form"] = e.form
    return start, end, attrs


def find_numbers(norm: str, start: int = 0, end: int | None = None) -> list[NumberMatch]:
    """Number expressions in the normalized string ``norm`` (optionally only in ``norm[start:end]``),
    with offsets into ``norm``.

    >>> [(m.text, m.kind, m.value) for m in find_numbers("قتل ثلاثه وعشرون شخصا في الثالث عشر")]
    [('ثلاثه وعشرون', 'cardinal', 23), ('الثالث عشر', 'ordinal', 13)]
    """
    folded = fold(norm)
    hi = len(norm) if end is None else end
    return [_match(e, norm, lambda s, t: (s, t)) for e in _find(folded, start, hi, lambda s, t: norm[s:t])]


def parse_numbers(text: str) -> list[NumberMatch]:
    """Number expressions in raw ``text`` (diacritics, Arabic-Indic digits…), offsets into ``text``.

    >>> [(m.text, m.kind, m.value) for m in parse_numbers("نسبة ٪٢٥ و ٣٫٥ مليار")]
    [('٪٢٥', 'percent', 25), ('٣٫٥ مليار', 'cardinal', 3500000000)]
    """
    view = normalize_with_map(text)
    folded = fold(view.text)

    def raw(s: int, e: int) -> str:
        a, b = view.to_original(s, e)
        return text[a:b]

    return [_match(e, text, view.to_original) for e in _find(folded, 0, len(folded), raw)]


#: The token kinds inside which no number is read (an emoji: the keycap "1️⃣" that numbers a post's list)
_LINK_CODES = (KIND_CODES["url"], KIND_CODES["email"], KIND_CODES["emoji"])


def _link_spans(doc: Document) -> list[tuple[int, int]]:
    """The original spans of the document's URL, e-mail and emoji tokens, in order (read off the token kinds
    in C: most documents have none)."""
    tokens, found = doc.tokens, []
    if not isinstance(tokens, Tokens):  # a Document built from its parts
        return [(t.start, t.end) for t in tokens if t.kind in ("url", "email", "emoji")]
    codes, spans = tokens.kind_codes, tokens.spans
    for code in _LINK_CODES:
        i = codes.find(code)
        while i >= 0:
            found.append((spans[2 * i], spans[2 * i + 1]))
            i = codes.find(code, i + 1)
    return sorted(found)


def _inside_link(links: list[tuple[int, int]], start: int, end: int) -> bool:
    """Does ``start``–``end`` overlap one of ``links``? ("https://…/2017/05/12/article-245.html": no numbers)"""
    k = bisect_right(links, (start, sys.maxsize)) - 1
    return (k >= 0 and links[k][1] > start) or (k + 1 < len(links) and links[k + 1][0] < end)


#: A thread's counter: "1/3" leading a post's line (not a third of: "1/3 من السكان", "٣/٤ الكأس") or "(2/3)"
#: ending it, folded.
_COUNTER = regex.compile(r"(?m)^[^\w\n]{0,4}+(\d{1,2}+)/(\d{1,2}+)\)?+[^\S\n]++(?!من\b|ال)(?=[^\W\d_])"
                         r"|(?<=\s)\((\d{1,2}+)/(\d{1,2}+)\)[^\w\n]{0,4}+$")

#: How far from its line's start or end a counter's slash may stand (6 and 8 by the pattern; a margin kept).
_COUNTER_REACH = 10


def _counters(folded: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The normalized spans of the thread counters of ``folded[lo:hi]`` ("1/3 أعلنت …", "… (2/3)"): no numbers."""
    slash = folded.find("/", lo, hi)
    if slash == -1:
        return []
    found = []
    while slash != -1:
        # a counter's slash is at most 6 characters into its line or 8 before its end (see _COUNTER): only
        # such lines are read, each alone (a match never leaves its line; ^ and $ read them the same)
        start, end = folded.rfind("\n", lo, slash) + 1 or lo, folded.find("\n", slash, hi)
        end = hi if end == -1 else end
        if slash - start > _COUNTER_REACH and end - slash > _COUNTER_REACH:
            slash = folded.find("/", slash + 1, hi)
            continue
        for m in _COUNTER.finditer(folded, start, end, False, SERIAL):
            n, of = (m[1], m[2]) if m[1] is not None else (m[3], m[4])
            if 1 <= int(n) <= int(of) and 2 <= int(of) <= 50:
                found.append(m.span())
        slash = folded.find("/", end, hi)
    return found


def make_stage() -> Callable[[Document], Document]:
    """The numbers stage: appends a :class:`NumberSpan` to ``doc.numbers`` for every expression in
    the document's extraction regions."""

    def numbers_stage(doc: Document) -> Document:
        folded, text, to_original, spans = doc.folded, doc.text, doc.view.to_original, doc.numbers

        def raw(s: int, e: int) -> str:
            a, b = to_original(s, e)
            return text[a:b]

        links = _link_spans(doc)
        for region in doc.extraction_regions():
            lo, hi = doc.to_normalized(region.start, region.end)
            found = _find(folded, lo, hi, raw, doc.memo)
            if not found:
                continue  # (no counter nor outlet to read either)
            # (indexed: every number checked against every counter and outlet of a long region was quadratic)
            counters = _counters(folded, lo, hi)
            outlets = outlet_spans(folded, lo, hi, doc.memo)  # "صحيفة اليوم السابع", "قناة 218 الليبية": no numbers
            skip = SpanIndex([*counters, *outlets]) if counters or outlets else None
            for e in found:
                if skip is not None and skip.overlaps(e.start, e.end):
                    continue
                start, end, attrs = _resolve(e, text, to_original)
                if links and _inside_link(links, start, end):
                    continue
                spans.append(NumberSpan(start, end, text[start:end], kind=e.kind, value=_plain(e.value), unit=e.unit,
                                        part=region.part, attrs=attrs))
        return doc

    return numbers_stage
