"""Light proclitic segmentation: و ف + ب ل ك + ال, for lexicon matching.

Segmentation is ambiguous ("فلسطين" is not ف+لسطين, "بلد" is not ب+لد), so this module proposes
every split the grammar allows and lets a lexicon decide which one names something:
"وبالقدس" → و+ب+ال+قدس, and a gazetteer holding "القدس" accepts the split after "وب".
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache

from ..memo import WORD_MEMO_LIMIT, remember

_CONJ = ("", "و", "ف")
_PREP = ("", "ب", "ل", "ك")
#: Regex fragments of the proclitics, for every pattern that lets a word carry them.  Spell the
#: class here once; patterns import these instead of writing ``[وف]?[بلك]?`` themselves.
CONJ = "[وف]"
#: The prepositions that attach to a word: ب ل ك.
PREP = "[بلك]"
#: Optional conjunction then optional preposition ("و", "ب", "وب", "فل", or nothing).
PROCLITIC = f"{CONJ}?{PREP}?"
#: The definite article, as written at a word's start or after و ف ب ك ("الوزير", "بالقدس").
ARTICLE = "ال"
#: The preposition lam that attaches to a word ("لوكالة"); before the article it is written لل ("للصحافة").
LAM = "ل"
#: ل + the article, its alef dropped ("للقدس" = ل + القدس).
LAM_ARTICLE = LAM + ARTICLE[1:]
#: Conjunction + ل + the article written لل ("للقدس" = ل + القدس), the article's alef dropped.
LIL = f"{CONJ}?لل"
#: Possessive and object pronouns a word may end with ("بلده", "مدينتها", "أبناؤهم", "زملاؤكم", "بلدنا"),
#: longest first.  Some names end with their letters too ("طه", "جوليانا"): a rule reads them on words
#: it knows for ordinary ones, or leaves "ه" and "نا" out.
PRONOUN_SUFFIXES: tuple[str, ...] = ("هما", "كما", "ها", "هم", "هن", "كم", "نا", "ه")
#: Shortest stem a split may leave, so that "بل" or "ول" are never split into nothing.
MIN_STEM = 2


@dataclass(frozen=True, slots=True)
class CliticSplit:
    """One way to read a word as proclitics + stem.

    ``prefix`` is the written prefix ("وب", "لل"), ``stem`` what follows it, ``article`` whether the
    prefix ends with the definite article, and ``offset`` the stem's position inside the word.
    ``lemma_forms`` are the forms to look up: the stem, and "ال"+stem when the article was
    absorbed, as in "للقدس" = ل + القدس.
    """

    prefix: str
    stem: str
    article: bool
    offset: int

    @property
    def lemma_forms(self) -> tuple[str, ...]:
        if self.article:
            return ("ال" + self.stem, self.stem)
        return (self.stem,)


@lru_cache(maxsize=1)
def _prefixes() -> tuple[tuple[str, bool], ...]:
    seen: dict[str, bool] = {}
    for conj in _CONJ:
        for prep in _PREP:
            base = conj + prep
            if base:
                seen.setdefault(base, False)
            # ل + ال is written لل; the article's alef is dropped after the preposition lam.
            seen.setdefault(base[:-1] + LAM_ARTICLE if prep == LAM else base + ARTICLE, True)
    return tuple(sorted(seen.items(), key=lambda kv: len(kv[0])))


PROCLITICS: frozenset[str] = frozenset(p for p, _ in _prefixes())
#: The letters a proclitic starts with: a word starting otherwise has no split.
_FIRST_LETTERS = frozenset(p[0] for p in PROCLITICS)
#: First letter → the proclitics that start with it (each with its article flag and its length, the
#: shortest stem a word needs after it), in :func:`_prefixes`' order.
_BY_FIRST_LETTER: dict[str, tuple[tuple[str, bool, int], ...]] = {
    c: tuple((p, article, len(p)) for p, article in _prefixes() if p[0] == c) for c in sorted(_FIRST_LETTERS)}
#: One proclitic reading of a word: (prefix, article, length), as :func:`proclitic_readings` gives them.
Reading = tuple[str, bool, int]
#: The reading of a word without proclitics (that of the unsplit word, the first of :func:`clitic_splits`).
UNSPLIT: Reading = ("", False, 0)
#: The first two letters of a proclitic of two letters or more ("وب", "ال", "لل", "با") → (the readings they
#: decide: the proclitics of one or two letters they start with, in :func:`_prefixes`' order; the longer
#: proclitics starting with them, which the next letters decide): "وب" → ((و, وب), (وبال,)).
_BY_START: dict[str, tuple[tuple[Reading, ...], tuple[Reading, ...]]] = {
    start: (tuple(r for r in readings if start.startswith(r[0])),
            tuple(r for r in readings if r[2] > 2 and r[0][:2] == start))
    for readings in _BY_FIRST_LETTER.values() for start in {r[0][:2] for r in readings if r[2] >= 2}}
#: A first letter → the proclitic of that one letter (a word whose first two letters start no longer one).
_BY_LETTER: dict[str, tuple[Reading, ...]] = {
    c: tuple(r for r in readings if r[2] == 1) for c, readings in _BY_FIRST_LETTER.items()}


def clitic_splits(word: str) -> list[CliticSplit]:
    """All proclitic readings of ``word``, the unsplit word first.

    The word should be normalized (no diacritics or tatweel).

    >>> [s.stem for s in clitic_splits("وبالقدس")]
    ['وبالقدس', 'بالقدس', 'القدس', 'قدس']
    >>> clitic_splits("بحلب")[1].stem
    'حلب'
    """
    hit = _SPLITS.get(word)
    if hit is None:
        hit = remember(_SPLITS, word, _splits(word), _CACHE_LIMIT)
    return list(hit)


#: word → its splits: the entities stage asks for the same word's splits a dozen times
_SPLITS: dict[str, tuple[CliticSplit, ...]] = {}
_CACHE_LIMIT = WORD_MEMO_LIMIT  # about 300 bytes a word


#: A bare CliticSplit and the setters of its fields, in their order: :func:`_split` builds the same
#: object as ``CliticSplit(prefix, stem, article, offset)`` without the call of the frozen dataclass's
#: ``__init__`` (four ``object.__setattr__`` calls that look each field up by name): a new word's
#: splits cost about half as many instructions.
_NEW = object.__new__
_SET_PREFIX, _SET_STEM, _SET_ARTICLE, _SET_OFFSET = (
    CliticSplit.__dict__[f.name].__set__ for f in fields(CliticSplit))


def _split(prefix: str, stem: str, article: bool, offset: int) -> CliticSplit:
    split: CliticSplit = _NEW(CliticSplit)
    _SET_PREFIX(split, prefix)
    _SET_STEM(split, stem)
    _SET_ARTICLE(split, article)
    _SET_OFFSET(split, offset)
    return split


def _splits(word: str) -> tuple[CliticSplit, ...]:
    readings = proclitic_readings(word)
    if not readings:
        return (_split("", word, False, 0),)
    splits = [_split("", word, False, 0)]
    for prefix, article, size in readings:
        splits.append(_split(prefix, word[size:], article, size))
    return tuple(splits)


def proclitic_readings(word: str) -> tuple[Reading, ...]:
    """The proclitics of :func:`clitic_splits`' splits of ``word`` after the unsplit one, as (prefix, article,
    length), without building the splits: a caller that asks once per word type for the stems (the entity
    features, :func:`~arabnews.lang.ar.word_lemma_forms`) slices them itself; ``clitic_splits`` builds four
    attributes per split and keeps them (session 48: on a new word type, a third of the cost of its features).

    >>> proclitic_readings("وبالقدس")
    (('و', False, 1), ('وب', False, 2), ('وبال', True, 4))
    >>> proclitic_readings("للمدينة"), proclitic_readings("مدينة"), proclitic_readings("بل")
    ((('ل', False, 1), ('لل', True, 2)), (), ())
    """
    n = len(word)
    if n < 4:  # a stem of two letters at least: a short word's proclitics are tested one by one
        return _short_readings(word)
    got = _BY_START.get(word[:2])
    if got is None:  # no proclitic of two letters or more starts the word: its first letter alone, or nothing
        return _BY_LETTER.get(word[:1], ())
    readings, longer = got  # the word has four letters at least: those of two letters or less all leave a stem
    for reading in longer:
        if reading[2] <= n - MIN_STEM and word.startswith(reading[0]):
            readings += (reading,)
    return readings


def _short_readings(word: str) -> tuple[Reading, ...]:
    """:func:`proclitic_readings` of a word, each proclitic of its first letter tested."""
    longest = len(word) - MIN_STEM  # the longest prefix that leaves a stem
    return tuple(r for r in _BY_FIRST_LETTER.get(word[:1], ()) if r[2] <= longest and word.startswith(r[0]))


def is_proclitic(word: str) -> bool:
    """True for a word that is only proclitics, such as the "الـ" of "الـ 46"."""
    return word in PROCLITICS
