"""The numbers stage's scans of a whole region done in C: the text coded one byte a character, no regex scan.

Several of the stage's patterns match only at the start of a word and only a word of a known list (with its
proclitics): ``word_re`` (a number word, "ثلاثه", "وبالخمسين"; or proclitics against digits, "و5"), ``dual_re``
("دولارين", "جنديين") and ``construct_re`` ("ابنيها").  Scanning for their places with ``re`` cost some 290
instructions a character for the number words alone (``sre`` tried the trie of the forms after every space),
and their hints more.  Here a region is coded once (:class:`Coded`): ``codecs.charmap_encode`` and
``bytes.translate`` make every letter of the page its own byte, every digit of ``word_re`` ("[0-9٠-٩۰-۹]") a
"0", and any other character a space.  The set of its runs (``bytes.split``, read a part at a time) is met with
a list's coded forms (one set intersection in C), and ``bytes.find`` gives the places of the forms found as
whole runs.

Why nothing is missed: those patterns' words start after a character that is no letter nor digit (or where the
text read starts) and end before one (or where it ends), and only letters and digits are coded as anything but a
space.  So a match of a form is a whole run equal to that form, and a match of proclitics against digits starts
a run of letters that goes on with a digit.  The places found may be more (a form after a letter the page lacks,
"éثلاثه"): the pattern is tried at each and decides.
"""

from __future__ import annotations

from codecs import charmap_build, charmap_encode
from collections.abc import Iterable
from functools import cache
from typing import Any, NamedTuple

#: The characters of news text the code page holds besides ASCII (any other is coded by the error handler as "?",
#: which costs more): the Arabic letters and the letters of Maghreb and Persian spellings, the digits of the
#: Arabic scripts, Arabic punctuation and the typographic marks of news text.
_PAGE = ("".join(map(chr, range(0x621, 0x64B))) + "٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹" + "ڤڨپچژگکیە" + "،؛؟٪٫٬"
         + "\u00a0«»–—…“”‘’•″·")
#: Every digit ``word_re`` reads after proclitics (``[0-9٠-٩۰-۹]``): each coded "0"
DIGITS = "0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹"
_SPACE, _DIGIT, _LETTER = ord(" "), ord("0"), ord("a")
#: A letter against a digit in the second coding (:meth:`Coded.glued`)
_GLUED = b"a0"
#: The most characters coded at once (a long region's runs are read a part at a time: transient objects)
_AT_ONCE = 32768


class _Page(NamedTuple):
    #: ``codecs.charmap_encode``'s map: ASCII as itself, ``_PAGE`` from 0x80
    codes: Any
    #: ``bytes.translate``'s table: a letter kept, a digit of ``DIGITS`` "0", any other byte a space
    table: bytes
    #: the second coding's table: a letter "a", "0" and the space as themselves
    kinds: bytes
    #: the letters kept, each as its byte
    letters: dict[str, int]


@cache
def _page() -> _Page:
    if len(_PAGE) > 0x80:
        raise ValueError("the code page holds at most 128 characters above ASCII")
    page = [chr(b) for b in range(0x80)] + list(_PAGE) + ["\ufffe"] * (0x80 - len(_PAGE))
    letters = {c: b for b, c in enumerate(page) if c.isalpha() and c not in DIGITS}
    digits = {page.index(c) for c in DIGITS}
    kept = set(letters.values())
    table = bytes(b if b in kept else _DIGIT if b in digits else _SPACE for b in range(256))
    kinds = bytes(_LETTER if b in kept else b if b in (_DIGIT, _SPACE) else _SPACE for b in range(256))
    return _Page(charmap_build("".join(page)), table, kinds, letters)


class Forms(NamedTuple):
    """A list of words as :meth:`Coded.starts` looks them up (:func:`coded_words`)."""

    #: the words coded
    coded: frozenset[bytes]
    #: each coded word between two spaces: what ``bytes.find`` looks for (a whole run)
    whole: dict[bytes, bytes]


def joined(*forms: Forms) -> Forms:
    """The words of all ``forms``: what a text is coded for once (:class:`Coded`) when several lists are looked up."""
    coded = frozenset().union(*(f.coded for f in forms))
    return Forms(coded, {c: b" " + c + b" " for c in coded})


def coded_words(words: Iterable[str]) -> Forms:
    """``words`` (each made of the page's letters: a word of other characters is never a run) coded."""
    letters = _page().letters
    coded = set()
    for w in words:
        if not w or any(c not in letters for c in w):
            raise ValueError(f"{w!r} holds a character that is no letter of the code page")
        coded.add(bytes(letters[c] for c in w))
    return Forms(frozenset(coded), {c: b" " + c + b" " for c in coded})


class Coded:
    """``text[lo:hi]`` coded one byte a character (see the module docstring), and which of ``words`` are among its
    runs (the only words :meth:`starts` can then find).

    >>> c = Coded("قتل 46 مقاتلا و5 آخرين", 0, 22, coded_words(["مقاتلا", "قتلي"]))
    >>> c.starts(coded_words(["مقاتلا"])), c.find_digit(0), c.find_digit(6), c.glued()
    ([7], 4, 15, [14])
    """

    __slots__ = ("_found", "_kinds", "lo", "padded")

    def __init__(self, text: str, lo: int, hi: int, words: Forms | None = None) -> None:
        page = _page()
        self.lo = lo
        #: the coded text between two spaces: the byte of ``text[i]`` is ``padded[i - lo + 1]``
        self.padded = padded = bytearray(b" ")
        found: set[bytes] = set()
        a = lo
        while a < hi:
            b = text.find(" ", a + _AT_ONCE, hi) if hi - a > _AT_ONCE else -1  # (a run never holds a space)
            if b < 0:
                b = hi
            coded = charmap_encode(text[a:b], "replace", page.codes)[0].translate(page.table)
            if words is not None:
                found.update(words.coded.intersection(coded.split()))
            padded += coded
            a = b
        padded += b" "
        self._found = found
        self._kinds: bytearray | None = None

    def starts(self, words: Forms) -> list[int]:
        """The places, in order, where a whole run is one of ``words`` (among the words the text was coded for)."""
        found = self._found.intersection(words.coded)
        if not found:
            return []
        out: list[int] = []
        padded, whole, at0 = self.padded, words.whole, self.lo
        for w in found:
            pattern = whole[w]
            step = len(pattern) - 1  # the space after a run may be the one before the next
            at = padded.find(pattern)
            while at >= 0:
                out.append(at0 + at)  # (``padded``'s first byte is the added space: ``at`` is the run's start)
                at = padded.find(pattern, at + step)
        out.sort()
        return out

    def glued(self) -> list[int]:
        """The starts, in order, of the runs where a letter stands against a digit (proclitics before digits: "و5")."""
        if self._kinds is None:
            self._kinds = self.padded.translate(_page().kinds)
        kinds = self._kinds
        out: list[int] = []
        at = kinds.find(_GLUED)
        while at >= 0:
            start = self.lo + kinds.rfind(b" ", 0, at)  # (the run's first byte is one after that space)
            if not out or out[-1] != start:
                out.append(start)
            at = kinds.find(_GLUED, at + 2)
        return out

    def find_digit(self, pos: int) -> int:
        """The place of the first digit of ``DIGITS`` at or after ``pos`` (``pos >= lo``), or -1."""
        at = self.padded.find(b"0", pos - self.lo + 1)
        return -1 if at < 0 else at - 1 + self.lo

    def find(self, word: str, pos: int) -> int:
        """The place of ``word`` (its letters and "0" for any digit) at or after ``pos``, or -1."""
        at = self.padded.find(_coded(word), pos - self.lo + 1)
        return -1 if at < 0 else at - 1 + self.lo


@cache
def _coded(word: str) -> bytes:
    """``word`` coded (its letters, and "0" for any digit) for :meth:`Coded.find`: once a word, not at each call."""
    letters = _page().letters
    return bytes(_DIGIT if c == "0" else letters[c] for c in word)
