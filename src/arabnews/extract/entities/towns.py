"""Towns named by ordinary words and countries named without a table's key (session 41), read by the place rules
(:mod:`.places`) and by the decoding of spans (:mod:`.decode`), which cannot import :mod:`.places`:

- :func:`word_towns` — ``ner/word_towns.yaml``: Tunisian towns whose names are ordinary words ("المروج", "التضامن"),
  a LOC in context only, and the country of their spans;
- :func:`country_named` — the place of a LOC no table holds as written: "السعودية" (a nisba), "لولايات المتحدة".
"""

from __future__ import annotations

from functools import cache

from ...lang.ar import fold, load
from ...lang.schema import ListOf, MapOf, Record
from .backoff import PROMINENT_POPULATION
from .gazetteer import Gazetteer, Place, default_gazetteer, key  # noqa: F401  (doctest)

WORD_TOWNS_FILE = "ner/word_towns.yaml"
WORD_TOWNS_SCHEMA = Record({"towns": MapOf(str, ListOf(str)), "after_ba": ListOf(str), "context_heads": ListOf(str),
                            "country_nisbas": MapOf(str, str)}, {"_about": str, "hosting_verbs": ListOf(str)})


@cache
def word_towns() -> dict[str, str]:
    """The towns of ``word_towns.yaml`` (names that are ordinary words too), folded → country code."""
    data = load(WORD_TOWNS_FILE, WORD_TOWNS_SCHEMA)
    return {fold(name): code for code, names in data["towns"].items() for name in names}


@cache
def word_towns_after_ba() -> frozenset[str]:
    """The folded ``after_ba`` of ``word_towns.yaml``: towns whose form with ب is the town after any word."""
    return frozenset(fold(name) for name in load(WORD_TOWNS_FILE, WORD_TOWNS_SCHEMA)["after_ba"])


@cache
def word_town_context_heads() -> frozenset[str]:
    """The folded ``context_heads`` of ``word_towns.yaml`` ("ولاية", "متساكني", "معتمديات")."""
    return frozenset(fold(w) for w in load(WORD_TOWNS_FILE, WORD_TOWNS_SCHEMA)["context_heads"])


@cache
def hosting_verbs() -> frozenset[str]:
    """The ``hosting_verbs`` of ``word_towns.yaml`` as written ("تحتضن", "استضافت"): a town before one is a place."""
    return frozenset(load(WORD_TOWNS_FILE, WORD_TOWNS_SCHEMA).get("hosting_verbs", ()))


def word_town_names() -> list[str]:
    """The towns of ``word_towns.yaml`` as written (the gate of :func:`.places.word_towns_in_context`)."""
    return [name for names in load(WORD_TOWNS_FILE, WORD_TOWNS_SCHEMA)["towns"].values() for name in names]


@cache
def country_nisbas() -> dict[str, str]:
    """The folded ``country_nisbas`` of ``word_towns.yaml``: a country's nisba that names it → the country's name
    ("السعوديه" → "المملكه العربيه السعوديه")."""
    data = load(WORD_TOWNS_FILE, WORD_TOWNS_SCHEMA)
    return {key(k): key(v) for k, v in data["country_nisbas"].items()}


def country_named(text_key: str, gaz: Gazetteer) -> Place | None:
    """The place of a LOC's key that no table holds as written: a country named by its feminine nisba with the
    article (``word_towns.yaml``'s ``country_nisbas``: "السعودية", Saudi Arabia), or a name whose article lost its alif
    after ل ("للولايات المتحدة" → the span "لولايات المتحدة", "للجزائر" → "لجزائر"): the record of "الولايات المتحدة",
    "الجزائر".

    >>> country_named("السعوديه", default_gazetteer()).country
    'SA'
    """
    if text_key.startswith("ل") and not text_key.startswith("ال"):
        place = gaz.place("ا" + text_key) or country_named("ا" + text_key, gaz)
        # a country or a prominent or Tunisian city ("لدوحة", "لمنستير"), not a small town whose name is a word too
        # ("للكسوة", the Kaaba's cover, no Kiswah)
        return place if place is not None and (place.kind == "country" or place.population >= PROMINENT_POPULATION
                                               or place.country == "TN") else None
    name = country_nisbas().get(text_key)
    return gaz.place(name) if name is not None else None
