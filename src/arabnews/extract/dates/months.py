"""Month, weekday and keyword lexicons of the dates stage, built once at first use.

Gregorian month names come from CLDR through Babel (locales ar, ar_SY, ar_IQ, ar_EG, ar_MA, ar_TN,
ar_DZ, 'format' context; the ar_SY 'stand-alone' names are the Egyptian ones), Hijri month names
from hijridate (Umm al-Qura), weekday names from CLDR.  ``resources/dates_lexicon.yaml`` adds what
those lack (spelling variants, Maghrebi forms, the closed word classes).  Every entry is normalized
and folded exactly like ``Document.folded`` so that "أيار" and "ايار" are one key:

>>> lex = lexicon()
>>> lex.months["ايار"], lex.months["كانون الاول"], lex.months["جانفي"]
(('gregorian', 5), ('gregorian', 12), ('gregorian', 1))
>>> lex.months["ذي الحجه"], lex.weekdays["الخميس"]
(('hijri', 12), 4)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import yaml

from ... import resources
from ...text.normalize import fold, normalize

GREGORIAN_LOCALES = ("ar", "ar_SY", "ar_IQ", "ar_EG", "ar_MA", "ar_TN", "ar_DZ")


def key(word: str) -> str:
    """The lookup form of ``word``: default normalization, then folding, single spaces.

    >>> key("جمادى الآخرة")
    'جمادي الاخره'
    """
    return " ".join(fold(normalize(word)).split())


@dataclass(frozen=True)
class Lexicon:
    """Folded word → value tables (see the YAML resource for what each class means)."""

    months: dict[str, tuple[str, int]]  # name → (calendar, month number)
    ambiguous_months: frozenset[str]
    weekdays: dict[str, int]  # name (with ال) → ISO weekday, Monday = 1
    ambiguous_weekdays: frozenset[str]
    hijri_markers: tuple[str, ...]
    gregorian_markers: tuple[str, ...]
    units: dict[str, tuple[str, int]]  # unit word → (unit code, count: 2 for a dual, else 1)
    relative: dict[str, int]  # الماضي → -1, الجاري → 0, المقبل → +1
    mods: dict[str, str]  # مطلع → START …
    quantifiers: dict[str, str]  # قرابة → APPROX, أكثر من → MORE_THAN …
    vague: dict[str, str]  # السنوات الماضية → PAST_REF …
    day_parts: dict[str, str]  # صباحا → MO …
    decades: dict[str, int]  # التسعينيات → 9
    sets: dict[str, str]  # يوميا → P1D


def _gregorian_names() -> dict[str, int]:
    from babel.dates import get_month_names

    names: dict[str, int] = {}
    for locale in GREGORIAN_LOCALES:
        contexts = ("format", "stand-alone") if locale == "ar_SY" else ("format",)
        for context in contexts:
            for number, name in get_month_names("wide", context=context, locale=locale).items():
                names[key(name)] = int(number)
    return names


def _hijri_names() -> dict[str, int]:
    from hijridate import Hijri

    return {key(Hijri(1445, m, 1).month_name("ar")): m for m in range(1, 13)}


def _weekday_names() -> dict[str, int]:
    from babel.dates import get_day_names

    names: dict[str, int] = {}
    for locale in ("ar", "ar_SY", "ar_MA"):
        for number, name in get_day_names("wide", context="format", locale=locale).items():
            names[key(name)] = int(number) + 1  # Babel: Monday = 0
    return names


@cache
def lexicon() -> Lexicon:
    """The lexicon, built from Babel, hijridate and the YAML resource (cached)."""
    data = yaml.safe_load(resources.load_text("dates_lexicon.yaml"))
    months: dict[str, tuple[str, int]] = {}
    for name, number in _hijri_names().items():
        months[name] = ("hijri", number)
    for number, extra in data["hijri_months_extra"].items():
        for name in extra:
            months[key(name)] = ("hijri", int(number))
    for name, number in _gregorian_names().items():
        months[name] = ("gregorian", number)
    for number, extra in data["gregorian_months_extra"].items():
        for name in extra:
            months[key(name)] = ("gregorian", int(number))
    weekdays = _weekday_names()
    for number, extra in data["weekdays_extra"].items():
        for name in extra:
            weekdays[key(name)] = int(number)
    units: dict[str, tuple[str, int]] = {}
    for code, words in data["units"].items():
        base, count = (code[:-1], 2) if code.endswith("2") else (code, 1)
        for word in words:
            units[key(word)] = (base, count)
    relative = {key(w): -1 for w in data["relative_past"]}
    relative |= {key(w): 0 for w in data["relative_present"]}
    relative |= {key(w): 1 for w in data["relative_future"]}
    mods = {key(w): "START" for w in data["mod_start"]}
    mods |= {key(w): "MID" for w in data["mod_mid"]}
    mods |= {key(w): "END" for w in data["mod_end"]}
    quantifiers = {key(w): "APPROX" for w in data["approx"]}
    quantifiers |= {key(w): "MORE_THAN" for w in data["more_than"]}
    quantifiers |= {key(w): "LESS_THAN" for w in data["less_than"]}
    vague = {key(w): "PAST_REF" for w in data["past_ref"]}
    vague |= {key(w): "FUTURE_REF" for w in data["future_ref"]}
    vague |= {key(w): "PRESENT_REF" for w in data["present_ref"]}
    day_parts = {key(w): code for code, words in data["day_parts"].items() for w in words}
    decades = {key(w): int(d) for d, words in data["decades"].items() for w in words}
    sets = {key(w): code for code, words in data["sets"].items() for w in words}
    return Lexicon(
        months=months,
        ambiguous_months=frozenset(key(w) for w in data["ambiguous_months"]),
        weekdays=weekdays,
        ambiguous_weekdays=frozenset(key(w) for w in data["ambiguous_weekdays"]),
        hijri_markers=tuple(key(w) for w in data["hijri_markers"]),
        gregorian_markers=tuple(key(w) for w in data["gregorian_markers"]),
        units=units,
        relative=relative,
        mods=mods,
        quantifiers=quantifiers,
        vague=vague,
        day_parts=day_parts,
        decades=decades,
        sets=sets,
    )
