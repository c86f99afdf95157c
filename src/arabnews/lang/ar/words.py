"""Arabic word lists shared by several stages (``resources/ar_words.yaml``), as folded lookup keys.

One list per kind of word: the groups stage, the numbers stage and the article stage's age parser
read the same nisba adjectives, place names and vague quantity words from here.

>>> "سوري" in nisba_adjectives() and "كردي" in nisba_adjectives()
True
>>> nisba_countries()["اميركي"], nisba_by_country()["US"]
('US', ('أمريكي', 'أميركي'))
>>> quantifier_values()["بضعه"], quantifier_values()["عده"]
(3, None)
>>> sorted(relative_pronouns())[:3]
['التي', 'الذي', 'الذين']
>>> time_units()["years"].dual
('عامين', 'عامان', 'سنتين', 'سنتان')
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from ..schema import MapOf, Record, Words
from .data import load
from .folding import lookup_key

_SCHEMA = Record({
    "nisba": Record({"countries": MapOf(str, Words), "other": Words}, {"plurals": Words}),
    "place_names": Words,
    "compound_names": Record({"heads": Words, "tails": Words}),
    "quantifiers": MapOf(str, (int, type(None))),
    "relative_pronouns": Words,
    "time_units": MapOf(str, Record({"code": str, "singular": Words, "dual": Words, "plural": Words},
                                    {"accusative": Words})),
})


def _data() -> Any:
    return load("ar_words.yaml", _SCHEMA)


@cache
def nisba_by_country() -> dict[str, tuple[str, ...]]:
    """Country code → its nisba adjectives as written ("SY" → ("سوري",)), for builders that derive
    the feminine, plural and article forms themselves (``scripts/build_ner_gazetteer.py``)."""
    return {code: tuple(forms) for code, forms in _data()["nisba"]["countries"].items()}


@cache
def nisba_countries() -> dict[str, str]:
    """Folded masculine nisba adjective → the ISO code of its country ("سوري" → "SY")."""
    out: dict[str, str] = {}
    for code, forms in nisba_by_country().items():
        for form in forms:
            out.setdefault(lookup_key(form), code)
    return out


@cache
def nisba_adjectives() -> frozenset[str]:
    """Every folded masculine nisba adjective, of a country or not ("سوري", "كردي", "شيعي")."""
    return frozenset(nisba_countries()) | frozenset(lookup_key(w) for w in _data()["nisba"]["other"])


@cache
def nisba_plurals() -> frozenset[str]:
    """Folded broken plurals of nisba nouns of people ("اتراك", "المان", "اجانب"): no suffix marks them.

    >>> "اتراك" in nisba_plurals() and "سوريون" not in nisba_plurals()
    True
    """
    return frozenset(lookup_key(w) for w in _data()["nisba"].get("plurals", ()))


@cache
def place_names() -> frozenset[str]:
    """Folded place names that may close a name without an article ("حلب", "دير الزور")."""
    return frozenset(lookup_key(w) for w in _data()["place_names"])


@cache
def compound_name_heads() -> frozenset[str]:
    """Folded first halves of compound given names ("صلاح" of "صلاح الدين", "عضد" of "عضد الدولة")."""
    return frozenset(lookup_key(w) for w in _data()["compound_names"]["heads"])


@cache
def compound_name_tails() -> frozenset[str]:
    """Folded second halves of compound given names ("الدين", "الدوله", "الله")."""
    return frozenset(lookup_key(w) for w in _data()["compound_names"]["tails"])


@cache
def relative_pronouns() -> frozenset[str]:
    """The folded relative pronouns ("الذي", "التي", "الذين", "اللذان", "اللواتي", "اللايي"), without و."""
    return frozenset(lookup_key(w) for w in _data()["relative_pronouns"])


@cache
def quantifier_values() -> dict[str, int | None]:
    """Folded vague quantity word → its order of magnitude, None for a count with none ("عده")."""
    return {lookup_key(w): v for w, v in _data()["quantifiers"].items()}


@cache
def quantifier_words() -> frozenset[str]:
    """Every folded vague quantity word ("عشرات", "ميات", "بضعه", "عده")."""
    return frozenset(quantifier_values())


@dataclass(frozen=True, slots=True)
class TimeUnit:
    """A time unit and its folded forms: ``singular`` and ``accusative`` count 1, ``dual`` 2, and a
    ``plural`` needs a number before it.  ``code`` is its ISO 8601 designator ("Y", "M", "MIN")."""

    name: str
    code: str
    singular: tuple[str, ...]
    accusative: tuple[str, ...]
    dual: tuple[str, ...]
    plural: tuple[str, ...]


@cache
def time_units() -> dict[str, TimeUnit]:
    """Unit name ("years", "months", …, "seconds") → :class:`TimeUnit`, in the data file's order."""

    def folded(forms: list[str]) -> tuple[str, ...]:
        return tuple(lookup_key(w) for w in forms)

    return {name: TimeUnit(name, entry["code"], folded(entry["singular"]), folded(entry.get("accusative", [])),
                           folded(entry["dual"]), folded(entry["plural"]))
            for name, entry in _data()["time_units"].items()}
