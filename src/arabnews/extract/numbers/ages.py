"""Ages: a number of years (months, weeks, days) that says how old someone or something is.

"البالغ من العمر 24 سنة", "عمره 40 سنة", "تتراوح أعمارهم بين 45 و53 سنة", "توفي عن عمر يناهز 72 عاما", "الشاب
محمد (35 عاما)", "دون سن 18", "في الرابعة من عمره": the number takes the unit of its time word ("a", "mo", "wk",
"d"; "a" when no time word follows) and ``quantity`` "age"; the time word (or the age noun, when there is none)
is its ``unit_text``.  Without such a cue a number of years stays unit-less, for the dates stage ("منذ 5
سنوات", "قضى 5 سنوات في السجن").  The cue words are ``age_*`` in ``resources/number_words.yaml``.
"""

from __future__ import annotations

from functools import cache
from typing import Any, NamedTuple

import regex

from ...lang import ar
from ...lang.ar import lookup_key
from ...lang.ar import words as ar_words
from .grammar import Expr
from .lexicon import _SCHEMA

#: The ISO designators of the time units an age is told in → their UCUM codes.
_AGE_UNITS = {"Y": "a", "M": "mo", "W": "wk", "D": "d"}
_S = r"[^\S\n]++"
_W = r"(?<![\p{L}\p{N}\p{M}])"
_END = r"(?![\p{L}\p{N}\p{M}])"
_SUFFIX = r"(?:ه|ها|هما|هم|هن)"


class AgePatterns(NamedTuple):
    unit_re: regex.Pattern[str]  # a time word right after a number (group "u"), anchored
    units: dict[str, str]  # folded time word → UCUM code
    noun_before_re: regex.Pattern[str]  # an age noun (and fillers) right before a number, anchored at its start
    adjective_before_re: regex.Pattern[str]  # "البالغ", "ذات" right before a number
    years_before_re: regex.Pattern[str]  # "سن" (and fillers) right before a number
    bracket_before_re: regex.Pattern[str]  # "(" after a word, right before a number
    bracket_after_re: regex.Pattern[str]  # ")" right after the time word
    noun_after_re: regex.Pattern[str]  # "من العمر", "من عمره" right after a number
    decade_before_re: regex.Pattern[str]  # "العقد" right before an ordinal: a decade of a life, no age in years


def _alt(words: Any) -> str:
    return ar.trie_regex(sorted({lookup_key(w) for w in words}))


@cache
def patterns() -> AgePatterns:
    data: Any = ar.load("number_words.yaml", _SCHEMA)
    units = {lookup_key(f): _AGE_UNITS[u.code] for u in ar_words.time_units().values() if u.code in _AGE_UNITS
             for f in (*u.singular, *u.accusative, *u.plural)}
    nouns, fillers = _alt(data["age_nouns"]), _alt(data["age_fillers"])
    fill = rf"(?:{_S}[وف]?{fillers}{_END}){{0,3}}"
    # "العمر", "عمره", "بعمر", "لأعمارهم"; a bare "عمر" (also the name Omar) only after عن/في/ب
    noun = (rf"{_W}(?:[وف]?[بل]?ال{nouns}|[وف]?[بل]?{nouns}{_SUFFIX}|[وف]?ب{nouns}"
            rf"|(?<=(?:{_W}عن|{_W}في){_S}){nouns}){_END}")
    article = r"(?:ال[ـ]*+[^\S\n]*+)?"
    return AgePatterns(
        unit_re=regex.compile(rf"[^\S\n]*+(?P<u>{_alt(units)})[\p{{M}}]*+{_END}"),
        units=units,
        noun_before_re=regex.compile(rf"{noun}{fill}{_S}{article}\Z"),
        adjective_before_re=regex.compile(rf"{_W}[وف]?{_alt(data['age_adjectives'])}{_S}\Z"),
        years_before_re=regex.compile(rf"{_W}[وف]?(?:[بل]|في{_S}|دون{_S}|فوق{_S}|تحت{_S})?(?:ال)?"
                                      rf"{_alt(data['age_years_noun'])}{_END}{fill}{_S}{article}\Z"),
        bracket_before_re=regex.compile(r"\p{L}[\p{L}\p{M}]*+[^\S\n]*+\([^\S\n]*+\Z"),
        bracket_after_re=regex.compile(r"[^\S\n]*+\)"),
        noun_after_re=regex.compile(rf"{_S}من{_S}(?:ال{nouns}|{nouns}{_SUFFIX}){_END}"),
        decade_before_re=regex.compile(rf"{_W}[وف]?[بل]?(?:ال)?عقد(?:ه|ها)?{_S}\Z"),
    )


def noun_before(folded: str, lo: int, start: int, high: Any) -> bool:
    """Is an age noun told right before ``start`` ("أعمارهم بين", "البالغ من العمر") of a range up to ``high``
    (not a stone's "عمرها يتراوح بين 3.77 مليار و4.24 مليار عام")?"""
    return high <= 150 and patterns().noun_before_re.search(folded, max(lo, start - 60), start) is not None


def _set(e: Expr, unit: str, u: regex.Match[str] | None) -> None:
    e.unit = unit
    if u is not None:
        e.attrs.update(unit_text=None, unit_start=u.start("u"), unit_end=u.end("u"))
    e.attrs["quantity"] = "age"
    if e.kind == "ordinal":
        e.kind = "cardinal"  # "في الرابعة من عمره": four years old


def mark_ages(folded: str, out: list[Expr], lo: int, hi: int) -> None:
    """Give the unit-less numbers of ``out`` that are ages their age unit (in place)."""
    p = None
    for k, e in enumerate(out):
        if e.unit is not None or e.kind not in ("cardinal", "range", "ordinal") or not 0 < e.value <= 150:
            continue
        if p is None:
            p = patterns()
        u = p.unit_re.match(folded, e.end, hi)
        if u is not None:
            if (p.noun_before_re.search(folded, max(lo, e.start - 60), e.start) is not None
                    or p.adjective_before_re.search(folded, max(lo, e.start - 16), e.start) is not None
                    or p.years_before_re.search(folded, max(lo, e.start - 40), e.start) is not None
                    or (p.units[lookup_key(u.group("u"))] == "a" and e.value <= 120  # "( 112 يوم)": a duration
                        and p.bracket_before_re.search(folded, max(lo, e.start - 40), e.start) is not None
                        and p.bracket_after_re.match(folded, u.end(), hi) is not None)):
                _set(e, p.units[lookup_key(u.group("u"))], u)
        elif p.noun_after_re.match(folded, e.end, hi) is not None:
            if not p.decade_before_re.search(folded, max(lo, e.start - 14), e.start):  # "في العقد الثامن من عمره"
                _set(e, "a", None)  # "في الرابعة من عمره"
        elif p.years_before_re.search(folded, max(lo, e.start - 40), e.start) is not None and (
                e.kind == "ordinal" or not folded[e.end:e.end + 3].strip()[:1].isalpha()):
            _set(e, "a", None)  # "دون سن 18", "بلوغ سن الـ60.", "في سن الخامسة"
        elif k + 1 < len(out) and e.kind == "cardinal":
            # "البالغين من العمر 14 و15 عاماً": two ages, the unit after the second
            nxt = out[k + 1]
            if (folded[e.end:nxt.start].strip() == "و" and nxt.unit is None and nxt.kind == "cardinal"
                    and 0 < nxt.value <= 150 and (u := p.unit_re.match(folded, nxt.end, hi)) is not None
                    and (p.noun_before_re.search(folded, max(lo, e.start - 60), e.start) is not None
                         or p.adjective_before_re.search(folded, max(lo, e.start - 16), e.start) is not None)):
                _set(e, p.units[lookup_key(u.group("u"))], u)
                _set(nxt, p.units[lookup_key(u.group("u"))], u)
