"""Ages: a number of years (months, weeks, days) that says how old someone or something is.

"البالغ من العمر 24 سنة", "عمره 40 سنة", "تتراوح أعمارهم بين 45 و53 سنة", "توفي عن عمر يناهز 72 عاما", "الشاب
محمد (35 عاما)", "طفل الـ9 سنوات", "شاب لم يتجاوز 20 سنة", "يبلغ 29 عاما من العمر", "دون سن 18", "في الرابعة من
عمره": the number takes the unit of its time word ("a", "mo", "wk", "d"; "a" when no time word follows) and
``quantity`` "age"; the time word (or the age noun, when there is none) is its ``unit_text``.  Without such a cue
a number of years stays unit-less, for the dates stage ("منذ 5 سنوات", "قضى 5 سنوات في السجن").

This is the one age reader of the package (session 29): the dates stage drops a DURATION over a number marked here,
and asks :func:`is_age` of a duration whose count is no number ("يبلغ من العمر عامين وشهر"), and :func:`life_decade`
of a decade ("شاب في العشرينات").  The cue words are ``age_*`` in ``resources/number_words.yaml``.
"""

from __future__ import annotations

import re
from fractions import Fraction
from functools import cache
from typing import Any, NamedTuple

import regex

from ...lang import ar
from ...lang.ar import words as ar_words
from ...lang.ar.charsets import HSPACE
from ...lang.ar.serial import SERIAL
from .gated import at_pos
from .grammar import Expr
from .lexicon import _SCHEMA
from .lexicon import cached_lookup_key as lookup_key

#: The ISO designators of the time units an age is told in → their UCUM codes.
_AGE_UNITS = {"Y": "a", "M": "mo", "W": "wk", "D": "d"}
_S = r"[^\S\n]++"
_W = r"(?<![\p{L}\p{N}\p{M}])"
_END = r"(?![\p{L}\p{N}\p{M}])"
_SUFFIX = r"(?:ه|ها|هما|هم|هن|ي|ك|نا)"
#: Between two ages of a list: "17 سنة و18 سنة", "(29 سنة و32 سنة)", "بين 30 إلى 55 عامًا"
_AND = regex.compile(r"[^\S\n]*+(?:و|الي|-|–)[^\S\n]*+(?:ال[ـ]*+[^\S\n]*+)?")
#: An age between commas after a name (session 29, second wave): "احتفل كين هاريس، 102 عاما، مع زوجته مارغريت، 99
#: عاما،", "و كان الحارس الألماني , 25 عاما , قد" (ANT: 16 of 16 such counts of years are ages): a word (no time
#: unit: "بعد عامين، 3 سنوات،") and a comma right before the count, a comma right after its unit; years only
_COMMA_BEFORE = regex.compile(r"(?P<w>\p{L}[\p{L}\p{M}]*+)[^\S\n]*+[،,][^\S\n]*+\Z")
_COMMA_AFTER = regex.compile(r"[^\S\n]*+[،,]")


class AgePatterns(NamedTuple):
    unit_re: regex.Pattern[str]  # a time word right after a number (group "u"), anchored
    units: dict[str, str]  # folded time word → UCUM code
    duals: dict[str, str]  # folded dual time word ("سنتين", "عامين", "شهرين") → UCUM code
    noun_before_re: regex.Pattern[str]  # an age noun (and fillers) right before a number, anchored at its start
    touching_re: regex.Pattern[str]  # "البالغ", "ذات", "يبلغ" right before a number (group "prev": the word before)
    not_after: frozenset[str]  # period nouns before a touching word: "مدة تبلغ 3 سنوات"
    years_before_re: regex.Pattern[str]  # "سن" (and fillers) right before a number
    person_before_re: regex.Pattern[str]  # a person and links ("شاب لم يتجاوز"), or a person before "الـ" (group "al")
    bracket_before_re: regex.Pattern[str]  # "(" after a word (group "w"), right before a number
    bracket_after_re: regex.Pattern[str]  # ")" (or "و" and the next count) right after the time word
    noun_after_re: regex.Pattern[str]  # "من العمر", "من عمره" right after a number
    #: the first two letters of the time words of ``unit_re`` (a match holds them right after its white space:
    #: most numbers have none after them, and the pattern is not tried)
    unit_heads: frozenset[str]
    spent_before_re: regex.Pattern[str]  # a verb of spending years before a number: "قضى 35 عاما من عمره"
    decade_before_re: regex.Pattern[str]  # "العقد" right before an ordinal: a decade of a life, no age in years
    life_decade_re: regex.Pattern[str]  # a person and في right before a decade: "شاب في العشرينات"
    and_subject_re: regex.Pattern[str]  # "و" and a person of a group between two ages: "60 عاما وأصغرهم 12 عاما"
    #: the words that a match of noun_before_re, years_before_re, touching_re or person_before_re holds, each
    #: (a stdlib scan of the window first: most numbers have none of them before, and the pattern is not tried)
    noun_gate: re.Pattern[str]
    years_gate: re.Pattern[str]
    touching_gate: re.Pattern[str]
    person_gate: re.Pattern[str]


def _alt(words: Any) -> str:
    return ar.trie_regex(sorted({lookup_key(w) for w in words}))


def _gate(words: Any) -> re.Pattern[str]:
    """A scan for the words of ``_alt(words)``: each word's first part before a space (what every match of the
    alternation holds as it is), the parts that hold another left out."""
    parts = {lookup_key(w).split()[0] for w in words}
    parts = {x for x in parts if not any(y != x and y in x for y in parts)}
    return re.compile("|".join(map(re.escape, sorted(parts))))


@cache
def patterns() -> AgePatterns:
    data: Any = ar.load("number_words.yaml", _SCHEMA)
    units = {lookup_key(f): _AGE_UNITS[u.code] for u in ar_words.time_units().values() if u.code in _AGE_UNITS
             for f in (*u.singular, *u.accusative, *u.plural)}
    duals = {lookup_key(f): _AGE_UNITS[u.code] for u in ar_words.time_units().values() if u.code in _AGE_UNITS
             for f in u.dual}
    assert all(len(f) >= 2 for f in units)  # (``unit_heads``: two letters each)
    nouns, fillers = _alt(data["age_nouns"]), _alt(data["age_fillers"])
    preps = _alt(data["age_noun_preps"])
    fill = rf"(?:{_S}[وف]?{fillers}{_END}){{0,3}}"
    # "العمر", "عمره", "بعمر", "لأعمارهم"; a bare "عمر" (also the name Omar) only after عن/في/حتى
    noun = (rf"{_W}(?:[وف]?[بل]?ال{nouns}|[وف]?[بل]?{nouns}{_SUFFIX}|[وف]?ب{nouns}"
            rf"|(?<={_W}{preps}{_S}){nouns}){_END}")
    article = r"(?:ال[ـ]*+[^\S\n]*+)?"
    persons = _alt(data["age_persons"])
    years = _alt(data["age_years_noun"])
    subject = rf"(?:{_S}{_alt(data['age_subjects'])}{_END})?"  # "تبلغ إحداهن 34 سنة"
    return AgePatterns(
        unit_re=regex.compile(rf"[^\S\n]*+(?P<u>{_alt(units)})[\p{{M}}]*+{_END}"),
        units=units,
        unit_heads=frozenset(lookup_key(f)[:2] for f in units),
        duals=duals,
        noun_before_re=regex.compile(rf"{noun}{fill}[^\S\n]*+{article}\Z"),  # "البالغ من العمر44 عاما"
        touching_re=regex.compile(rf"(?:{_W}(?P<prev>[\p{{L}}\p{{M}}]++){_S})?{_W}[وف]?{_alt(data['age_touching'])}"
                                  rf"{_END}{subject}{_S}{article}\Z"),
        not_after=frozenset(lookup_key(w) for w in data["age_not_after"]),
        # "سن", "بسن", "دون سن", "سنها"; not "سنه" (folds as سنة, a year: "من سنة إلى 4 أشهر"), only after a person
        years_before_re=regex.compile(rf"{_W}[وف]?(?:[بل]|في{_S}|دون{_S}|فوق{_S}|تحت{_S})?"
                                      rf"(?:ال)?{years}(?:ها|هما|هم|هن)?{_END}{fill}{_S}{article}\Z"),
        person_before_re=regex.compile(rf"{_W}[وفبل]?{persons}(?P<links>(?:{_S}{_alt(data['age_person_links'])}{_END})"
                                       rf"{{1,3}})?{_S}(?P<al>ال[ـ]*+[^\S\n]*+)?\Z"),
        bracket_before_re=regex.compile(r"(?P<w>\p{L}[\p{L}\p{M}]*+)[\"'»”]?[^\S\n]*+\([^\S\n]*+\Z"),
        bracket_after_re=regex.compile(r"[^\S\n]*+(?:\)|و[^\S\n]*+\p{N})"),
        noun_after_re=at_pos(rf"{_S}من{_S}(?:ال{nouns}|{nouns}{_SUFFIX}){_END}"),
        spent_before_re=regex.compile(rf"{_W}[وف]?{_alt(data['age_spent_verbs'])}{_END}[^.،,؛\n]{{0,30}}\Z"),
        decade_before_re=regex.compile(rf"{_W}[وف]?[بل]?(?:ال)?عقد(?:ه|ها)?{_S}\Z"),
        life_decade_re=regex.compile(rf"{_W}[وفبل]?{persons}{_S}في{_S}\Z"),
        and_subject_re=regex.compile(rf"[^\S\n]*+و{_alt(data['age_subjects'])}{_S}"),
        noun_gate=_gate(data["age_nouns"]),
        years_gate=_gate(data["age_years_noun"]),
        touching_gate=_gate(data["age_touching"]),
        person_gate=_gate(data["age_persons"]),
    )


def nouns() -> tuple[str, ...]:
    """The age nouns, folded ("عمر", "اعمار"): the dates stage's "في الستينات من عمره" (a decade of a life)."""
    return tuple(sorted({lookup_key(w) for w in ar.load("number_words.yaml", _SCHEMA)["age_nouns"]}))


def noun_before(folded: str, lo: int, start: int, high: Any, unit_end: int, hi: int) -> bool:
    """Is the range at ``start`` up to ``high``, its time unit ending at ``unit_end``, an age ("أعمارهم بين 45 و53
    سنة", "الفئة العمرية ما بين 26 و45 سنة", "(بين 4 و12 سنة)"; not a stone's "عمرها يتراوح بين 3.77 مليار و4.24
    مليار عام")?"""
    return high <= 150 and is_age(folded, start, unit_end, lo, hi)


def cue_before(folded: str, lo: int, start: int) -> bool:
    """Do words of age end right before ``start`` (a count, its article included or not): an age noun with its
    fillers, "سن", a touching adjective or verb not after a period noun, a person with its links or "الـ"?"""
    p = patterns()
    # (conditionals, not max(): a call of the builtin costs about 1,300 instructions, a conditional about 100)
    w60, w40 = (start - 60 if start - 60 > lo else lo), (start - 40 if start - 40 > lo else lo)
    if ((p.noun_gate.search(folded, w60, start) is not None
         and p.noun_before_re.search(folded, w60, start, SERIAL) is not None)
            or (p.years_gate.search(folded, w40, start) is not None
                and p.years_before_re.search(folded, w40, start, SERIAL) is not None)):
        return True
    t = (p.touching_re.search(folded, w40, start, SERIAL) if p.touching_gate.search(folded, w40, start) is not None
         else None)
    if t is not None and not (t["prev"] and lookup_key(t["prev"]) in p.not_after):
        return True
    m = p.person_before_re.search(folded, w60, start, SERIAL) if p.person_gate.search(folded, w60, start) is not None \
        else None
    # a person right before a count needs the article on it: "طفل الـ9 سنوات", not "بسجن طفل 12 عاما"
    return m is not None and bool(m["links"] or m["al"] or folded.startswith("ال", start))


def _bracketed(folded: str, lo: int, start: int, unit_end: int, hi: int) -> bool:
    """Do brackets hold the count and its unit alone after a word that is no time unit ("محمد (35 عاما)",
    "شخصين (29 سنة و32 سنة)"; not "سجن 3 سنوات (3 سنوات)")?"""
    p = patterns()
    b = p.bracket_before_re.search(folded, max(lo, start - 40), start, SERIAL)
    return (b is not None and lookup_key(b["w"]) not in p.units
            and p.bracket_after_re.match(folded, unit_end, hi, SERIAL) is not None)


def _between_commas(folded: str, lo: int, start: int, unit_end: int, hi: int) -> bool:
    """Is the count at ``start`` (its unit of years ending at ``unit_end``) between commas after a word that is no
    time unit ("كين هاريس، 102 عاما،")?"""
    p = patterns()
    w = _COMMA_BEFORE.search(folded, max(lo, start - 30), start, SERIAL)
    return (w is not None and lookup_key(w["w"]) not in p.units and lookup_key(w["w"]) not in p.duals
            and _COMMA_AFTER.match(folded, unit_end, hi, SERIAL) is not None)


def _life_after(folded: str, lo: int, start: int, end: int, hi: int) -> bool:
    """Does "من العمر/عمره" follow the count (or its unit) at ``end``, no verb of spending years before it?"""
    p = patterns()
    return (p.noun_after_re.match(folded, end, hi, SERIAL) is not None
            and p.spent_before_re.search(folded, max(lo, start - 40), start, SERIAL) is None)


def is_age(folded: str, start: int, unit_end: int, lo: int = 0, hi: int | None = None) -> bool:
    """Is the count of a time unit at ``folded[start:unit_end]`` (the unit included) an age?  The dates stage's
    question for a duration whose count is no number of the numbers stage ("عامين", "سنة و7 أشهر")."""
    hi = len(folded) if hi is None else hi
    return (cue_before(folded, lo, start) or _life_after(folded, lo, start, unit_end, hi)
            or _bracketed(folded, lo, start, unit_end, hi))


def life_decade(folded: str, start: int, lo: int = 0) -> bool:
    """Is the decade at ``start`` one of a life ("شاب في العشرينات", "امرأة في الأربعينات")?"""
    return patterns().life_decade_re.search(folded, max(lo, start - 40), start, SERIAL) is not None


def _gap(folded: str, end: int, e: Expr) -> str:
    """The text from ``end`` to the number ``e``, its qualifier left out ("17 سنة وأقل من 18 سنة")."""
    qs, qe = e.attrs.get("qualifier_start"), e.attrs.get("qualifier_end")
    if qs is not None and qe is not None and end <= qs <= qe <= e.start:
        return folded[end:qs] + folded[qe:e.start]
    return folded[end:e.start]


def _set(e: Expr, unit: str, u: regex.Match[str] | None) -> None:
    e.unit = unit
    if u is not None:
        e.attrs.update(unit_text=None, unit_start=u.start("u"), unit_end=u.end("u"))
    e.attrs["quantity"] = "age"
    if e.kind == "ordinal":
        e.kind = "cardinal"  # "في الرابعة من عمره": four years old


def _age_value(value: Fraction) -> bool:
    """0 < ``value`` <= 150, the ages a count may be, compared on its integer numerator and denominator (a
    ``Fraction`` comparison costs a few microseconds; most numbers are read)."""
    n, d = value.as_integer_ratio()  # (one call where numerator and denominator, properties, are two)
    return 0 < n <= 150 * d


def mark_ages(folded: str, out: list[Expr], lo: int, hi: int) -> None:
    """Give the unit-less numbers of ``out`` that are ages their age unit (in place)."""
    p = None
    for k, e in enumerate(out):
        if e.kind not in ("cardinal", "range", "ordinal"):
            continue
        if e.unit is not None:  # (before the value's test: most values are Fractions, dear to compare)
            # "يبلغ من العمر سنتين": the count is its time word (read as two cents, "سنت")
            if e.attrs.get("dual") and 2 <= e.value < 3:  # "سنتين ونصف": 2.5
                if p is None:
                    p = patterns()
                dual = p.duals.get(folded[e.start:e.end])
                if dual is not None and is_age(folded, e.start, e.end, lo, hi):
                    _set(e, dual, None)
                    e.attrs.update(unit_text=None, unit_start=e.start, unit_end=e.end)
                    del e.attrs["dual"]
            continue
        if not _age_value(e.value):
            continue
        if p is None:
            p = patterns()
        # (the first letters after the number's white space, ``[^\S\n]`` of both patterns below: ``unit_re`` starts
        # with a time word's two letters, ``noun_after_re`` with "من" after one space at least; most numbers have
        # neither, and neither is tried)
        j = e.end
        while j < hi and folded[j] in HSPACE:
            j += 1
        u = p.unit_re.match(folded, e.end, hi, SERIAL) if j < hi and folded[j:j + 2] in p.unit_heads else None
        if u is not None:
            unit = p.units[lookup_key(u.group("u"))]
            prev = out[k - 1] if k else None
            if (cue_before(folded, lo, e.start) or _life_after(folded, lo, e.start, u.end(), hi)
                    or (unit == "a" and e.value <= 120  # "( 112 يوم)": a duration
                        and _bracketed(folded, lo, e.start, u.end(), hi))
                    or (unit == "a" and e.value <= 130 and _between_commas(folded, lo, e.start, u.end(), hi))
                    # the next age of a list: "17سنة و18 سنة و 35 سنة", "(29 سنة و32 سنة)"
                    or (prev is not None and prev.attrs.get("quantity") == "age" and "unit_end" in prev.attrs
                        and (_AND.fullmatch(gap := _gap(folded, prev.attrs["unit_end"], e), None, None, SERIAL)
                             is not None
                             # "يبلغ أكبرهم 60 عاما وأصغرهم 12 عاما"
                             or p.and_subject_re.fullmatch(gap, None, None, SERIAL) is not None))):
                _set(e, unit, u)
        elif (j > e.end and folded.startswith("من", j, hi)
              and p.noun_after_re.match(folded, e.end, hi, SERIAL) is not None):
            # "في العقد الثامن من عمره"
            if not p.decade_before_re.search(folded, max(lo, e.start - 14), e.start, SERIAL):
                _set(e, "a", None)  # "في الرابعة من عمره"
        elif (p.years_gate.search(folded, (w40 := e.start - 40 if e.start - 40 > lo else lo), e.start) is not None
              and p.years_before_re.search(folded, w40, e.start, SERIAL) is not None) and (
                e.kind == "ordinal" or not folded[e.end:e.end + 3].strip()[:1].isalpha()):
            _set(e, "a", None)  # "دون سن 18", "بلوغ سن الـ60.", "في سن الخامسة"
        elif k + 1 < len(out) and e.kind == "cardinal":
            # "البالغين من العمر 14 و15 عاماً": two ages, the unit after the second
            nxt = out[k + 1]
            if (_AND.fullmatch(folded, e.end, nxt.start, SERIAL) is not None and nxt.unit is None
                    and nxt.kind == "cardinal" and _age_value(nxt.value)
                    and (u := p.unit_re.match(folded, nxt.end, hi, SERIAL)) is not None
                    and cue_before(folded, lo, e.start)):
                _set(e, p.units[lookup_key(u.group("u"))], u)
                _set(nxt, p.units[lookup_key(u.group("u"))], u)
