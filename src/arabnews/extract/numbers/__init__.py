"""The ``numbers`` stage: numeric expressions in digits or words, with their values.

Each expression becomes a :class:`~arabnews.document.NumberSpan` in ``doc.numbers``:

- ``kind``: "cardinal" (46, ثلاثة وعشرين, 2.5 مليون), "ordinal" (الثالث عشر), "approximate"
  (عشرات → 10, مئات → 100, آلاف → 1000, بضعة → 3, عشرات الآلاف → 10000), "fraction" (نصف, ثلاثة
  أرباع), "percent" (25%, ٪٢٥, 25 في المئة) or "range" (ما بين 20 و30, بين 25 مليون إلى 96 مليون,
  10-15, 30-35 مليون; two years joined by a hyphen are left as two numbers for the dates stage).
- ``value``: an ``int`` when integral, else a ``float``; for a range the low end, with attrs
  ``low``/``high``.
- ``unit``: a canonical key for the counted noun or unit after the number when it is known
  ("person", "fighter", "killed", "civilian", "member", "USD", "SYP", "lira", "percent", "km"…; see
  ``counted`` in ``resources/number_words.yaml``), else None.

The span is the number expression itself, scale words included ("2.5 مليون", "أربعة ملايين ونصف
المليون"), and a percent sign written against the digits ("25%").  A proclitic و/ب/ل/ف/ك is left
out; an article is kept on number words ("المئات", "الثالث عشر").  What surrounds the number is
given in attrs, each with its own original offsets:

- ``unit_text``/``unit_start``/``unit_end``: the counted noun as written ("مقاتلا", "القتلى",
  "مقاتليها" in "عشرات من مقاتليها");
- ``qualifier`` ("more_than", "about", "less_than", "at_least", "at_most", "between") with
  ``qualifier_text``/``qualifier_start``/``qualifier_end`` ("أكثر من", "نحو", "على الأقل"…);
- ``scale`` ("thousand", "million", …) when a scale word is part of the expression;
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

from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

import regex

from ...document import Document, NumberSpan
from ...lang.ar import lookup_key
from ...text.normalize import fold, normalize_with_map
from .grammar import SCALE_VALUES, Expr, parse_expressions
from .lexicon import lexicon

__all__ = ["NumberMatch", "find_numbers", "make_stage", "parse_numbers"]

_HYPHEN = regex.compile(r"[^\S\n]?[-–][^\S\n]?")
# 20-11-1985, 2017/2016: digits joined by more separators are a date or a code, not a range
_DATE_LIKE_BEFORE = regex.compile(r"[0-9٠-٩۰-۹][-–/.]\Z")
_DATE_LIKE_AFTER = regex.compile(r"[-–/.][0-9٠-٩۰-۹]")
_RANGE_JOIN = regex.compile(r"[^\S\n]*+(?:(?:و|الي)[^\S\n]*+)?")
_OFFSET_ATTRS = (("unit_start", "unit_end"), ("qualifier_start", "qualifier_end"))


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


def _plain(value: Fraction) -> int | float:
    return int(value) if value.denominator == 1 else float(value)


def _decorate(folded: str, exprs: list[Expr], lo: int, hi: int) -> list[Expr]:
    """Attach percent words, ranges, counted nouns and qualifiers; drop what they swallowed."""
    lex = lexicon()
    out: list[Expr] = []
    taken = lo  # end of the text the previous expression used (its unit included)
    k = 0
    while k < len(exprs):
        e = exprs[k]
        k += 1
        if e.start < taken:
            continue
        end = e.end  # end of what this expression uses
        qual = lex.qualifier_re.search(folded, max(taken, e.mstart - 40), e.mstart)
        if qual is not None:
            e.attrs.update(qualifier=lex.qualifiers[lookup_key(qual.group("q"))], qualifier_start=qual.start("q"),
                           qualifier_end=qual.end("q"))
        # ما بين 20 و30, بين عشرة وعشرين
        if qual is not None and e.attrs["qualifier"] == "between" and k < len(exprs):
            nxt = exprs[k]
            gap = folded[e.end:nxt.mstart]
            if (_RANGE_JOIN.fullmatch(gap) and ("و" in gap or "الي" in gap
                                                or folded[nxt.mstart:nxt.start].startswith("و"))
                    and nxt.kind in ("cardinal", "approximate", "percent") and e.kind in ("cardinal", "percent")):
                k += 1
                percent = "percent" if "percent" in (e.kind, nxt.kind) else None
                e = Expr(e.mstart, e.start, nxt.end, "range", e.value, e.form if e.form == nxt.form else "mixed",
                         {**e.attrs, "low": e.value, "high": nxt.value})
                e.unit = percent
                end = e.end
        # 10-15 قتيلا (two years joined so are a period: the dates stage's business)
        elif (k < len(exprs) and e.form == "digits" and e.kind == "cardinal" and not e.attrs.get("scale")
              and (nxt := exprs[k]).form in ("digits", "mixed") and nxt.kind in ("cardinal", "percent")
              and folded[nxt.start].isdigit()
              and _HYPHEN.fullmatch(folded, e.end, nxt.mstart)
              and e.value * SCALE_VALUES.get(nxt.attrs.get("scale", ""), 1) < nxt.value
              and not _DATE_LIKE_BEFORE.search(folded, lo, e.mstart) and not _DATE_LIKE_AFTER.match(folded, nxt.end, hi)
              and not (e.year_like_digits and nxt.year_like_digits)):
            k += 1
            low = e.value * SCALE_VALUES.get(nxt.attrs.get("scale", ""), 1)  # 30-35 مليون
            e = Expr(e.mstart, e.start, nxt.end, "range", low, nxt.form,
                     {**e.attrs, **nxt.attrs, "low": low, "high": nxt.value})
            e.unit = "percent" if nxt.kind == "percent" else None
            end = e.end
        if e.kind == "percent":
            e.unit = "percent"
        elif e.kind in ("cardinal", "approximate", "range") and (p := lex.percent_re.match(folded, end, hi)):
            if e.kind != "range":
                e.kind = "percent"
            e.unit = "percent"
            e.attrs.update(unit_text=None, unit_start=p.start("p"), unit_end=p.end("p"))
            end = p.end("p")
        elif e.kind in ("cardinal", "approximate", "range", "fraction"):
            u = lex.counted_re.match(folded, end, hi)
            if u is not None:
                e.unit = lex.counted[lookup_key(u.group("uf"))]
                e.attrs.update(unit_text=None, unit_start=u.start("u"), unit_end=u.end("u"))
                end = u.end("u")
        post = lex.post_qualifier_re.match(folded, end, hi)
        if post is not None and "qualifier" not in e.attrs:
            e.attrs.update(qualifier=lex.post_qualifiers[lookup_key(post.group("q"))], qualifier_start=post.start("q"),
                           qualifier_end=post.end("q"))
            end = post.end("q")
        e.attrs["is_year_like"] = bool(e.year_like_digits and e.unit is None and e.kind == "cardinal"
                                       and 1000 <= e.value <= 2100)
        out.append(e)
        taken = end
    return out


def _find(folded: str, lo: int, hi: int, raw: Callable[[int, int], str] | None = None) -> list[Expr]:
    return _decorate(folded, parse_expressions(folded, lo, hi, raw), lo, hi)


def _match(e: Expr, text: str, to_original: Callable[[int, int], tuple[int, int]]) -> NumberMatch:
    start, end = to_original(e.start, e.end)
    attrs: dict[str, Any] = {}
    for name, value in e.attrs.items():
        if isinstance(value, Fraction):
            value = _plain(value)
        attrs[name] = value
    for (s_name, e_name), text_name in zip(_OFFSET_ATTRS, ("unit_text", "qualifier_text"), strict=True):
        if s_name in attrs:
            s, t = to_original(attrs[s_name], attrs[e_name])
            attrs[s_name], attrs[e_name], attrs[text_name] = s, t, text[s:t]
    attrs["form"] = e.form
    return NumberMatch(start, end, text[start:end], e.kind, _plain(e.value), e.unit, attrs)


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


def make_stage() -> Callable[[Document], Document]:
    """The numbers stage: appends a :class:`NumberSpan` to ``doc.numbers`` for every expression in
    the document's extraction regions."""

    def numbers_stage(doc: Document) -> Document:
        folded = doc.folded

        def raw(s: int, e: int) -> str:
            a, b = doc.to_original(s, e)
            return doc.text[a:b]

        for region in doc.extraction_regions():
            lo, hi = doc.to_normalized(region.start, region.end)
            for e in _find(folded, lo, hi, raw):
                m = _match(e, doc.text, doc.to_original)
                doc.numbers.append(NumberSpan(m.start, m.end, m.text, kind=m.kind, value=m.value, unit=m.unit,
                                              part=region.part, attrs=m.attrs))
        return doc

    return numbers_stage
