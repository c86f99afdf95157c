"""The number-word lexicon: ``resources/number_words.yaml`` merged with pyarabic's number words,
folded like the text, and compiled into one regex alternation per word class (built once, cached).

Every word form maps to a :class:`Word`: its category, its value and, for scales, its grammatical
number.  Categories: ``one`` (1–9), ``ten`` (عشر/عشرة), ``teen_head`` (أحد/اثنا…, only before عشر),
``tens``, ``hundreds``, ``scale``, ``fraction``, ``fraction_plural``, ``approx``, ``ordinal``,
``ordinal_head`` (حادي).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from functools import cache

import regex
import yaml

from ... import resources
from ...text.normalize import fold, normalize

#: pyarabic words left out: "صفر" is far more often the month Safar or a name than zero in news.
_PYARABIC_SKIP = frozenset({"صفر"})


@dataclass(frozen=True, slots=True)
class Word:
    """One lexicon entry: ``cat`` (see the module docstring), ``value`` and, for scales, ``number``
    ("singular", "dual", "plural") and ``scale`` (1000, 1000000…)."""

    cat: str
    value: Fraction
    number: str | None = None
    scale: int | None = None


@dataclass(frozen=True, slots=True)
class Lexicon:
    words: dict[str, Word]  # folded form → entry
    word_re: regex.Pattern[str]  # one alternation of all forms, longest first
    need_article: frozenset[str]
    not_numbers: frozenset[str]  # whole words that only look like a clitic + number word
    qualifier_re: regex.Pattern[str]  # anchored at the end of the text before a number
    qualifiers: dict[str, str]  # folded qualifier → key
    post_qualifier_re: regex.Pattern[str]
    post_qualifiers: dict[str, str]
    percent_re: regex.Pattern[str]  # anchored at the start of the text after a number
    counted_re: regex.Pattern[str]
    counted: dict[str, str]  # folded counted-noun form → canonical unit key


def key(form: str) -> str:
    """The lookup form of a lexicon entry or of matched text: normalized and folded."""
    return fold(normalize(form)).strip()


def _alternation(forms) -> str:
    return "|".join(regex.escape(f).replace(r"\ ", r"[^\S\n]+") for f in sorted(set(forms), key=lambda f: (-len(f), f)))


def _pyarabic_words() -> dict[str, int]:
    try:
        from pyarabic.number_const import NUMBER_WORDS
    except ImportError:  # pragma: no cover - pyarabic is a dependency, but the YAML alone suffices
        return {}
    return {w: v for w, v in NUMBER_WORDS.items() if w not in _PYARABIC_SKIP}


def _category_of(value: int) -> str | None:
    if 1 <= value <= 9:
        return "one"
    if value == 10:
        return "ten"
    if value < 100 and value % 10 == 0:
        return "tens"
    if value < 1000 and value % 100 == 0:
        return "hundreds"
    return None


@cache
def lexicon() -> Lexicon:
    """The compiled lexicon (loaded from the YAML file on first use)."""
    data = yaml.safe_load(resources.load_text("number_words.yaml"))
    words: dict[str, Word] = {}

    def add(form: str, word: Word) -> None:
        words.setdefault(key(form), word)

    for value, forms in data["ones"].items():
        for f in forms:
            add(f, Word("one", Fraction(value)))
    for f in data["ten"]:
        add(f, Word("ten", Fraction(10)))
    for value, forms in data["teen_heads"].items():
        for f in forms:
            add(f, Word("teen_head", Fraction(value)))
    for cat in ("tens", "hundreds"):
        for value, forms in data[cat].items():
            for f in forms:
                add(f, Word(cat, Fraction(value)))
    for scale, numbers in data["scales"].items():
        for number, forms in numbers.items():
            value = scale * (2 if number == "dual" else 1)
            for f in forms:
                add(f, Word("scale", Fraction(value), number, scale))
    for cat, section in (("fraction", "fractions"), ("fraction_plural", "fraction_plurals")):
        for value, forms in data[section].items():
            for f in forms:
                add(f, Word(cat, Fraction(value)))
    for value, forms in data["approximate"].items():
        for f in forms:
            add(f, Word("approx", Fraction(value)))
    for value, forms in data["ordinals"].items():
        for f in forms:
            add(f, Word("ordinal", Fraction(value)))
    for value, forms in data["ordinal_teen_heads"].items():
        for f in forms:
            add(f, Word("ordinal_head", Fraction(value)))
    # pyarabic's table fills in the forms the YAML does not list (accusatives such as ثلاثا, عشرا).
    # Its own classification is not used: it maps آلاف to 1000 like ألف and أحد to 1 with no
    # condition, which the grammar here must tell apart, so our entries above take precedence.
    for form, value in _pyarabic_words().items():
        cat = _category_of(value)
        if cat is not None:
            add(form, Word(cat, Fraction(value)))

    prefixes = r"(?:[وف]?(?:لل|[بلك]?ال|[بلك])|[وف])"
    digits = r"[0-9٠-٩۰-۹]"
    # "،" between digits with no space: a decimal comma typed with the Arabic comma key (1،5 مليون)
    number = rf"{digits}++(?:[.,٫٬،]{digits}++)*+"
    word_re = regex.compile(
        r"(?<![\p{L}\p{N}\p{M}])(?:"
        rf"(?P<pct1>[%٪][^\S\n]?)?(?P<dpre>{prefixes})?(?P<digits>{number})(?P<pct2>[^\S\n]?[%٪])?"
        rf"|(?P<word>{_alternation(words)})"
        rf"|(?P<pre>{prefixes})(?P<pword>{_alternation(words)})"
        r")(?![\p{L}\p{N}\p{M}])"
    )

    qualifiers = {key(f): k for k, forms in data["qualifiers"].items() for f in forms}
    post = {key(f): k for k, forms in data["post_qualifiers"].items() for f in forms}
    counted = {key(f): k for k, forms in data["counted"].items() for f in forms}
    return Lexicon(
        words=words,
        word_re=word_re,
        need_article=frozenset(key(f) for f in data["ordinals_need_article"]),
        not_numbers=frozenset(key(f) for f in data["not_numbers"]),
        qualifier_re=regex.compile(
            rf"(?<![\p{{L}}\p{{N}}])[وفبل]{{0,2}}(?P<q>{_alternation(qualifiers)})[^\S\n]*+\Z"
        ),
        qualifiers=qualifiers,
        post_qualifier_re=regex.compile(rf"[^\S\n]*+(?P<q>{_alternation(post)})(?![\p{{L}}\p{{N}}])"),
        post_qualifiers=post,
        percent_re=regex.compile(
            rf"[^\S\n]*+(?P<p>{_alternation(key(f) for f in data['percent_words'])})(?![\p{{L}}\p{{N}}])"
        ),
        counted_re=regex.compile(
            rf"[^\S\n]*+(?:من[^\S\n]++)?(?P<u>(?:ال)?(?P<uf>{_alternation(counted)})"
            r"(?:ها|هم|هما|هن|ه|نا|كم)?)(?![\p{L}\p{N}\p{M}])"
        ),
        counted=counted,
    )
