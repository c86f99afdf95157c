"""Where the number-word pattern may match, found in C: no regex scan of the text.

``word_re`` (:mod:`.lexicon`) matches at the start of a word either a whole word of the number-word forms (a number
word, alone or after its proclitics: "ثلاثه", "وبالخمسين") or proclitics against digits ("و5", "بال7").  A scan
that tried a pattern after every non-letter cost some 290 instructions a character (``sre`` tries the trie of the
forms after each space): over a tenth of the numbers stage.  Here the text is coded one byte a character by
``codecs.charmap_encode`` and ``bytes.translate`` (the forms' letters as their own bytes, every digit as "0", any
other character as a space); its runs (``bytes.split``) met with the coded forms (one ``frozenset`` intersection)
give the forms the text holds, ``bytes.find`` their places as whole runs; a letter against a digit ("a0" in a
second coding) gives the places of proclitics before digits.

Why nothing is missed: a match of ``word_re`` starts after a non-word character (or where the text read starts)
and its forms end before one (or where it ends), and only word characters (the forms' letters, the digits) are
coded as anything but a space.  So a match of a form is a whole run equal to that form, and a match of proclitics
and digits is the start of a run of the forms' letters that goes on with a digit.  The places found are a superset
(a form after a letter the page codes as a space, "xثلاثه"): ``word_re`` is tried at each and decides.
"""

from __future__ import annotations

from codecs import charmap_build, charmap_encode
from collections.abc import Iterable
from typing import Any, NamedTuple

#: The characters of news text the code page holds besides ASCII (any other is coded by the error handler as "?",
#: which costs more): the Arabic letters and the letters of Maghreb and Persian spellings, the digits of the
#: Arabic scripts, Arabic punctuation and the typographic marks of news text.
_PAGE = ("".join(map(chr, range(0x620, 0x64B))) + "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹" + "ڤڨپچژگکیە" + "،؛؟٪٫٬"
         + "\u00a0«»–—…“”‘’•″·")
#: Every digit ``word_re`` reads after proclitics (``[0-9٠-٩۰-۹]``): each coded "0"
_DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"
_SPACE, _DIGIT, _LETTER = ord(" "), ord("0"), ord("a")
#: A letter against a digit in the second coding (:attr:`Runs.kinds`)
_GLUED = b"a0"
#: The most characters coded at once (a long text is read in parts cut at a space: the runs' objects are transient)
_AT_ONCE = 32768


class Runs(NamedTuple):
    """The code page of a set of forms (:func:`runs`)."""

    #: ``codecs.charmap_encode``'s map: ASCII as itself, ``_PAGE`` from 0x80
    codes: Any
    #: ``bytes.translate``'s table: the forms' letters kept, every digit "0", any other byte a space
    table: bytes
    #: the second coding's table: each letter kept by ``table`` "a", "0" and the space as themselves
    kinds: bytes
    #: the forms coded
    forms: frozenset[bytes]
    #: each of ``forms`` → itself between two spaces (what ``bytes.find`` looks for: a whole run)
    whole: dict[bytes, bytes]


def runs(forms: Iterable[str]) -> Runs:
    """The code page of ``forms`` (words of letters of ``_PAGE``)."""
    forms = frozenset(forms)
    if len(_PAGE) > 0x80:
        raise ValueError("the code page holds at most 128 characters above ASCII")
    page = [chr(b) for b in range(0x80)] + list(_PAGE) + ["\ufffe"] * (0x80 - len(_PAGE))
    codes = charmap_build("".join(page))
    letters = {c for w in forms for c in w}
    if not letters.issubset(_PAGE) or letters & set(_DIGITS):
        raise ValueError(f"the forms hold characters the code page lacks: {sorted(letters - set(_PAGE))}")
    kept = {0x80 + _PAGE.index(c) for c in letters}
    digits = {ord(c) for c in _DIGITS if c < "\x80"} | {0x80 + _PAGE.index(c) for c in _DIGITS if c >= "\x80"}
    table = bytes(b if b in kept else _DIGIT if b in digits else _SPACE for b in range(256))
    kinds = bytes(_LETTER if b in kept else b if b in (_DIGIT, _SPACE) else _SPACE for b in range(256))
    coded = frozenset(charmap_encode(w, "strict", codes)[0] for w in forms)
    return Runs(codes, table, kinds, coded, {c: b" " + c + b" " for c in coded})


def starts(page: Runs, text: str, lo: int, hi: int) -> list[int]:
    """The places in ``text[lo:hi]``, in order, that start a whole run of one of the page's forms or a run of
    their letters that goes on with a digit: every place where ``word_re`` may match (see the module docstring)."""
    out: list[int] = []
    forms, wholes = page.forms, page.whole
    a = lo
    while a < hi:
        b = text.find(" ", a + _AT_ONCE, hi) if hi - a > _AT_ONCE else -1
        if b < 0:
            b = hi
        coded = charmap_encode(text[a:b], "replace", page.codes)[0].translate(page.table)
        found = forms.intersection(coded.split())
        if found:
            padded = b" " + coded + b" "  # (a place in ``padded`` is the run's start in ``coded``)
            for w in found:
                whole = wholes[w]
                step = len(whole) - 1  # the space after a run may be the one before the next
                at = padded.find(whole)
                while at >= 0:
                    out.append(a + at)
                    at = padded.find(whole, at + step)
        kinds = coded.translate(page.kinds)
        at = kinds.find(_GLUED)
        while at >= 0:
            out.append(a + kinds.rfind(b" ", 0, at) + 1)
            at = kinds.find(_GLUED, at + 2)
        a = b
    out.sort()
    return out
