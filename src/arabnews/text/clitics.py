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
    prefixes = _BY_FIRST_LETTER.get(word[:1])
    if prefixes is None:
        return (_split("", word, False, 0),)
    splits = [_split("", word, False, 0)]
    longest = len(word) - MIN_STEM  # the longest prefix that leaves a stem
    for prefix, article, size in prefixes:  # only those of the word's first letter can start it
        if size <= longest and word.startswith(prefix):
            splits.append(_split(prefix, word[size:], article, size))
    return tuple(splits)


def is_proclitic(word: str) -> bool:
    """True for a word that is only proclitics, such as the "الـ" of "الـ 46"."""
    return word in PROCLITICS
