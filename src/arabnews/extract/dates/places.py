"""Where in a window the rules can begin: one scan for all of them instead of one per rule.

:func:`.starts.scan` searches a window with one rule's start pattern; a window runs five or six
rules, so it was scanned five or six times.  :class:`StartPlaces` scans it once, for the word starts
where the first word of any rule's start (:func:`.starts.starts`) follows the proclitics, and tells by
a memo of the characters there which rules' first words they can be (a superset: the start pattern
alone says whether a rule starts there).  :func:`scan_places` then tries each rule only at its places,
start pattern first, and finds what :func:`.starts.scan` finds (a test compares them).
"""

from __future__ import annotations

import re
from functools import cache, cached_property
from itertools import chain
from typing import Any

import regex

from ...lang.ar import CONJ, PREP, PROCLITIC
from ...lang.ar.serial import SERIAL
from ...memo import WORD_MEMO_LIMIT
from .patterns import MASK
from .starts import _D, _LETTER, NOT_START, _alt, start_table

#: A character a start's number may begin with (``starts._D`` and the mask), after the article a day
#: may take ("في الـ17 من مارس").
_NUMBER_FIRST = rf"(?:ال)?[\d\U00010000-\U0010ffff{MASK}]"
_IN_WORD = re.compile(f"[{NOT_START}]+")
#: The letters of PROCLITIC's two classes (``[وف]?[بلك]?``), for :meth:`StartPlaces.bits`
_CONJ_LETTERS = frozenset(CONJ.strip("[]"))
_PREP_LETTERS = frozenset(PREP.strip("[]"))
#: The Arabic letters and marks (``starts._LETTER``): what may not follow a first word that ends a word
_LETTERS = frozenset(c for c in map(chr, range(0x600, 0x700)) if re.fullmatch(f"[{_LETTER}]", c))
#: The key of a node of :attr:`StartPlaces._trie` that ends a first word (no character: a node's other keys are)
_END = ""


class StartPlaces:
    """The places of a window where a rule can start, each with the bits (:attr:`bit`) of the rules."""

    def __init__(self) -> None:
        table = start_table()
        #: start pattern name → its bit
        self.bit = {name: 1 << i for i, name in enumerate(table)}
        firsts: dict[str, set[str]] = {name: {w.split()[0] for w in start.all_words()} for name, start in table.items()}
        every = set().union(*firsts.values())
        odd = sorted(w for w in every if not _IN_WORD.fullmatch(w))
        if odd:  # a first word must lie in the run of word characters the scan reads at a place
            raise ValueError(f"start words with a character outside NOT_START: {odd}")
        # the first words that each rule's start follows by no letter (:meth:`.starts.Start.ended_firsts`)
        ended = {name: start.ended_firsts() for name, start in table.items()}
        # the first words that each rule's start follows by a digit right away (:meth:`.starts.Start.glued_firsts`)
        glued = {name: start.glued_firsts() for name, start in table.items()}
        # what :attr:`_firsts` is made of, when :meth:`plain_bits` first asks (a test's reference: 27 ``re``
        # patterns, a fifth of the dates stage's start-up, that the stage itself never reads)
        self._first_words = (table, firsts, ended, glued)
        # a word start (the start patterns' test) before proclitics and any first word or a number; the
        # run of word characters after it is consumed: no place of a start pattern lies inside it.  The
        # scan reads the character before the word start instead of looking behind at every position: a
        # pattern that opens with a class lets ``re`` skip the word characters between word starts; the
        # text's first place, with no character before it, is tried apart
        place = rf"(?={PROCLITIC}(?:{_alt(every)}|{_NUMBER_FIRST}))([{NOT_START}]*+)"
        self._scan = re.compile(rf"[^{NOT_START}]{place}")
        self._first = re.compile(place)
        self._memo: dict[str, int] = {}
        # what :meth:`bits` reads instead of matching the ``_firsts`` one by one: the forms of PROCLITIC,
        # the rules' bits by first word, the bits of the rules that may begin with a number
        self._by_first: dict[str, int] = {}
        #: first word → the bits of the rules whose start cannot match where it goes on with a letter
        self._ended: dict[str, int] = {}
        #: first word → the bits of the rules whose start cannot match where no digit follows it right away
        self._glued: dict[str, int] = {}
        for name, words in firsts.items():
            for w in words:
                self._by_first[w] = self._by_first.get(w, 0) | self.bit[name]
                if w in ended[name]:
                    self._ended[w] = self._ended.get(w, 0) | self.bit[name]
                if w in glued[name]:
                    self._glued[w] = self._glued.get(w, 0) | self.bit[name]
        #: every prefix of a first word (the paths of :attr:`_trie`, which :meth:`bits` walks; tests read it)
        self._prefixes = frozenset(w[:i] for w in self._by_first for i in range(1, len(w) + 1))
        self._number_bits = sum(self.bit[name] for name, start in table.items() if start.number is not None)
        #: what :meth:`bits` walks, character by character: the first words as a trie of dicts, each node's
        #: :data:`_END` entry (the bits of the rules of the word that ends there, those that a letter after it
        #: and those that no digit after it turn away) for a node that ends a first word
        self._trie: dict[str, Any] = {}
        for w, found in self._by_first.items():
            node = self._trie
            for c in w:
                node = node.setdefault(c, {})
            node[_END] = (found, self._ended.get(w, 0), self._glued.get(w, 0))

    def bits(self, key: str) -> int:
        """The bits of the rules whose first word or number (after proclitics) begins ``key``: what the
        ``_firsts`` patterns say (:meth:`plain_bits`), by a walk down :attr:`_trie` from each place a word may begin
        (a test compares)."""
        # where the word may begin after PROCLITIC ([وف]?[بلك]?): at 0, after و/ف, after ب/ل/ك or both
        at = [0]
        first = key[:1]
        if first in _CONJ_LETTERS:
            at.append(1)
            if key[1:2] in _PREP_LETTERS:
                at.append(2)
        elif first in _PREP_LETTERS:
            at.append(1)
        bits = 0
        size = len(key)
        trie: Any = self._trie  # (nodes of nested dicts: typed loosely)
        for s in at:
            # the prefixes key[s:k] of a first word, longer and longer, down the trie (no first word begins with
            # a prefix outside it: nor with more letters; none is longer than the trie is deep)
            node = trie
            k = s
            while k < size:
                node = node.get(key[k])
                if node is None:
                    break
                k += 1
                end = node.get(_END)
                if end is not None:  # key[s:k] is a first word
                    found, ended, glued = end
                    after = key[k:k + 1]
                    if after in _LETTERS:  # a first word going on with a letter
                        found &= ~ended
                    if not _digit(after):  # "في الماضي": no "في2 ماي"
                        found &= ~glued
                    bits |= found
            if s < size and (_number_char(key[s]) or (key[s:s + 2] == "ال" and _number_char(key[s + 2:s + 3]))):
                bits |= self._number_bits
        return bits

    @cached_property
    def _firsts(self) -> tuple[tuple[int, re.Pattern[str]], ...]:
        """The first word of each rule, with its bit (not going on with a letter where the start says so;
        followed by a digit where it says that), or a digit or mask where the rule may begin with a number:
        what :meth:`bits` reads by dict lookups instead, compiled for :meth:`plain_bits` only."""
        table, firsts, ended, glued = self._first_words
        return tuple(
            (self.bit[name], re.compile(f"{PROCLITIC}(?:{_alt(words & ended[name])}(?![{_LETTER}])"
                                        f"|{_alt(words & glued[name])}(?={_D})"
                                        f"|{_alt(words - ended[name] - glued[name])}"
                                        f"{'|' + _NUMBER_FIRST if table[name].number is not None else ''})"))
            for name, words in firsts.items())

    def plain_bits(self, key: str) -> int:
        """The bits of the rules whose ``_firsts`` pattern matches at the start of ``key``."""
        return sum(bit for bit, first in self._firsts if first.match(key))

    def places(self, text: str, pos: int, endpos: int) -> tuple[list[tuple[int, int]], int]:
        """(place, bits of the rules whose first word or number can be there) in ``text[pos:endpos]``,
        and the bits of all the places.

        The memo is keyed by the word characters at the place and the character after them (before
        ``endpos``, which ends the text for the start patterns): all that a first word or a number after
        proclitics can hold, and whether a letter follows one."""
        memo = self._memo
        if len(memo) > WORD_MEMO_LIMIT:  # a bounded memo, as the per-word ones
            memo.clear()
        out = []
        every = 0
        matches = self._scan.finditer(text, pos - 1, endpos) if pos else chain(
            filter(None, [self._first.match(text, 0, endpos)]), self._scan.finditer(text, 0, endpos))
        for m in matches:
            start, end = m.span(1)
            key = text[start:end + 1 if end < endpos else end]
            bits = memo.get(key)
            if bits is None:
                bits = memo[key] = self.bits(key)
            out.append((start, bits))
            every |= bits
        return out, every


def _digit(c: str) -> bool:
    """Is ``c`` a character of ``starts._D``: a digit of ``re``'s ``\\d`` (``str.isdecimal`` in
    the BMP) or an astral character?"""
    return len(c) == 1 and (c.isdecimal() or c >= "\U00010000")


def _number_char(c: str) -> bool:
    """Is ``c`` a character :data:`_NUMBER_FIRST` takes after its article: a digit of ``re``'s ``\\d``
    (``str.isdecimal`` in the BMP), an astral character or the mask?"""
    return len(c) == 1 and (c.isdecimal() or c >= "\U00010000" or c == MASK)


@cache
def start_places() -> StartPlaces:
    """The one :class:`StartPlaces` (built from the lexicon once)."""
    return StartPlaces()


def scan_places(pattern: regex.Pattern[str], starts: re.Pattern[str], bit: int, places: list[tuple[int, int]],
                text: str, pos: int, endpos: int) -> list[regex.Match[str]]:
    """The matches of :func:`.starts.scan` ``(pattern, starts, text, pos, endpos)``, ``places`` those of
    the window: ``pattern`` is tried, left to right, at the places of ``bit`` where ``starts`` matches
    and no earlier match of it has ended."""
    found = []
    match, start_match = pattern.match, starts.match
    for place, bits in places:
        if bits & bit and place >= pos and start_match(text, place, endpos) is not None:
            m = match(text, place, endpos, SERIAL)
            if m is not None:
                found.append(m)
                pos = m.end()
    return found
