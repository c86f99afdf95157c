"""The one folding function and the one lookup key of arabnews.

Every lexicon, gazetteer and registry is matched against folded text, and folds its own entries
with the same function, so that "أيار" written in a data file matches "ايار" in a page.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from ...memo import WORD_MEMO_LIMIT, make_room, remember

if TYPE_CHECKING:
    from ...text.clitics import CliticSplit

_FOLD_PAIRS = {"ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"}
_FOLD = str.maketrans(_FOLD_PAIRS)
# No target is also a source, so replacing the pairs one after the other equals the translation.
_PAIRS = tuple(_FOLD_PAIRS.items())
#: Finds a letter that folding changes: a text without one is its own folding (most words), and one
#: with one is folded by a ``str.replace`` per pair present; both cost less than ``str.translate``,
#: which looks every character up in a dict (on ANT's new words: 0.8 against 2.1 µs a word).
_FOLDABLE = re.compile("[" + "".join(_FOLD_PAIRS) + "]").search
#: Texts up to this length (words and short names) are folded once and remembered: the stages fold
#: the same words again and again, and a dict lookup costs a fifth of ``str.translate``.
_MEMO_LONGEST = 40
_MEMO: dict[str, str] = {}
_SPACES = re.compile(r"\s+")
_DASH = re.compile(r"\s*[-–—]\s*")


def fold(text: str) -> str:
    """Length-preserving folding for lexicon matching (ة→ه, ى→ي, ؤ→و, ئ→ي, أإآٱ→ا).

    Because it maps one character to one character, offsets into ``fold(s)`` are offsets into ``s``.

    >>> fold("مدينة حماة")
    'مدينه حماه'
    """
    n = len(text)
    if n <= _MEMO_LONGEST:
        hit = _MEMO.get(text)
        if hit is None:
            # most words fold to themselves: the memo keeps one string, not two
            hit = remember(_MEMO, text, _fold_pairs(text) if _FOLDABLE(text) else text)
        return hit
    return _fold_pairs(text)


def _fold_pairs(text: str) -> str:
    """:func:`fold` by one ``str.replace`` per pair present (faster than ``translate`` on long text)."""
    for source, target in _PAIRS:
        if source in text:
            text = text.replace(source, target)
    return text


def fold_words(words: Sequence[str]) -> list[str]:
    """``[fold(w) for w in words]``, folded at once: the words joined, each pair of :func:`fold`
    replaced in the whole (a sentence's tokens: a few C-level passes instead of a call per word).

    >>> fold_words(["مدينة", "حماة"])
    ['مدينه', 'حماه']
    """
    out = _fold_pairs("\0".join(words)).split("\0")
    if len(out) != len(words):  # a word holding the separator: one at a time
        return [fold(w) for w in words]
    return out


def folded_lemma_forms(word: str, splits: Iterable[CliticSplit]) -> list[tuple[str, ...]]:
    """``[tuple(fold(f) for f in s.lemma_forms) for s in splits]`` for the clitic splits of ``word``,
    with the word folded once: folding maps each letter to one letter, so a split's folded stem is
    the folded word from the split's offset on.

    >>> from arabnews.lang.ar import clitic_splits
    >>> folded_lemma_forms("للمدينة", clitic_splits("للمدينة"))
    [('للمدينه',), ('لمدينه',), ('المدينه', 'مدينه')]
    """
    folded = fold(word)
    if folded == word:  # the splits' own stems are the folded ones (the memos keep one string, not two)
        return [("ال" + s.stem, s.stem) if s.article else (s.stem,) for s in splits]
    return [("ال" + folded[s.offset:], folded[s.offset:]) if s.article else (folded[s.offset:],) for s in splits]


#: word → :func:`word_lemma_forms` (the gazetteer and the rule words each ask for the same word's)
_LEMMA_MEMO: dict[str, tuple[tuple[str, ...], ...]] = {}

#: :func:`~arabnews.text.clitics.proclitic_readings`, imported on first use (the text layer imports this module)
_proclitic_readings: Callable[[str], tuple[tuple[str, bool, int], ...]] | None = None


def word_lemma_forms(word: str, readings: Sequence[tuple[str, bool, int]] | None = None) -> tuple[tuple[str, ...], ...]:
    """``folded_lemma_forms(word, clitic_splits(word))`` as a tuple, computed once per word; ``readings``:
    ``proclitic_readings(word)`` if the caller has them (the entity features of a new word, which the rule words
    ask for next).

    >>> word_lemma_forms("للمدينة")
    (('للمدينه',), ('لمدينه',), ('المدينه', 'مدينه'))
    """
    global _proclitic_readings
    hit = _LEMMA_MEMO.get(word)
    if hit is None:
        if _proclitic_readings is None:
            from ...text.clitics import proclitic_readings

            _proclitic_readings = proclitic_readings
        # folded_lemma_forms of the splits, from their proclitics' lengths: the word's splits are not built (the
        # words asked for here are mostly new ones: who asks for the splits themselves builds them)
        # (a loop, and ``remember`` written out: a third fewer instructions on a new word)
        folded = fold(word)
        if readings is None:
            readings = _proclitic_readings(word)
        if readings:
            forms: list[tuple[str, ...]] = [(folded,)]
            for _, article, n in readings:
                stem = folded[n:]
                forms.append(("ال" + stem, stem) if article else (stem,))
            hit = tuple(forms)
        else:
            hit = ((folded,),)
        if len(_LEMMA_MEMO) >= WORD_MEMO_LIMIT:
            make_room(_LEMMA_MEMO, WORD_MEMO_LIMIT)
        _LEMMA_MEMO[word] = hit
    return hit


def lookup_key(text: str) -> str:
    """The lookup key of a lexicon entry or of matched text: normalized (default options), folded,
    stripped, runs of white space as one space and dashes as " - ".

    >>> lookup_key("تنظيم  الدولة الإسلامية")
    'تنظيم الدوله الاسلاميه'
    >>> lookup_key(" أَيّار ")
    'ايار'
    """
    from ...text.normalize import normalize  # the text layer imports this module

    key = fold(normalize(text))
    if "-" in key or "–" in key or "—" in key:
        key = _DASH.sub(" - ", key)
    return _SPACES.sub(" ", key).strip()


#: The given name "علي" (Ali) as written: folding makes it the preposition "على" (ى → ي).
ALI = "علي"
#: The prepositions "على" and "إلى" as words: both as written (with ى; "إلى" with its hamza only: a text that
#: leaves it out, "الى", may write "القبض علي نفر" too), and "إلى" written with ي.
#: (The word is written first and the letter before it read in a look-behind after it: a pattern that
#: starts with its letters is searched for them (a fast scan of the text), one that starts with a look-behind
#: is tried at every character: a 3 KB page without "إلي" cost some 50 µs, now 2.)
_ALA_WORD = re.compile(r"على(?![^\W\d_])(?<=(?<![^\W\d_])على)")
_ILA_WORD = re.compile(r"إلى(?![^\W\d_])(?<=(?<![^\W\d_])إلى)")
_ILAY_WORD = re.compile(r"إلي(?![^\W\d_])(?<=(?<![^\W\d_])إلي)")


def writes_alif_maqsura(text: str) -> bool:
    """Does ``text`` keep final ى apart from ي, so that a word written "علي" is the name Ali and not the
    preposition "على" that folding makes of both?  True when it writes the preposition "على" or "إلى" with ى
    and never "إلى" as "إلي" (a text that writes ى as ي, as many Egyptian and Gulf sites do, may write
    "قضت علي ثلاثة" too).  In ANT, "علي أن" is 6 against 580 "على أن".  A short text may have no "على"
    ("في حكومة علي زيدان" with "إلى المسجد" before it, ANT 3585): "إلى" is the same evidence (session 27: of the
    first 9,000 ANT articles, the 7 with a word "علي" that only "إلى" shows to write ى name Ali in all 7).

    >>> writes_alif_maqsura("وأكد محمد علي أن الوضع مستقر، مشددا على أن")
    True
    >>> writes_alif_maqsura("القضاء علي ثلاثة إرهابيين وأشارت إلي أن الحصيلة على الحدود")
    False
    >>> writes_alif_maqsura("في طريقهم إلى المسجد، من بينهم وزير سابق في حكومة علي زيدان")
    True
    >>> writes_alif_maqsura("وزير سابق في حكومة علي زيدان")
    False
    """
    return ((_ALA_WORD.search(text) is not None or _ILA_WORD.search(text) is not None)
            and _ILAY_WORD.search(text) is None)
