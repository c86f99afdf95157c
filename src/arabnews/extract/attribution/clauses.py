"""Words of a window and the clause a reporting verb opens.

Everything here works on ``doc.folded`` (normalized and folded, same offsets as ``doc.norm``).
A clause runs from its complementizer (إن, أن, أنه, بأن …) to the end of the sentence, or to the
closing mark of the quotation it is in, or to the cue of the next claim of the same sentence
("…، مضيفا أن …", "…، حسب قوله").

>>> [t.text for t in words("وقال: «ان 3.5 مليون»", 0, 20)]
['وقال', ':', '«', 'ان', '3.5', 'مليون', '»']
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import repeat
from typing import Any, NamedTuple

import regex

from ...lang.ar.scan import simple_class, simple_stretch
from ...lang.ar.serial import SERIAL

_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}_]+(?:[.,٫][\p{N}]+)*|\S")
#: Punctuation that ends a speaker phrase or trails a clause.
COMMAS = frozenset("،,؛;")
TRAILING = " \t\u00a0\n\r،,؛;:.!?؟-–—…"
SENTENCE_END = frozenset(".!?؟\n")


_WORD_CHAR, _DIGIT, _SPACE = r"[\p{L}\p{M}\p{N}_]", r"\p{N}", r"\s"
#: ``_TOKEN`` for a stretch of news characters only (:func:`~arabnews.lang.ar.scan.is_simple`), read with the
#: standard library's ``re`` (some 3x faster than ``regex``): its classes are ``_TOKEN``'s cut to those
#: characters, so it finds the same tokens.
_FAST_TOKEN = re.compile(f"[{simple_class(_WORD_CHAR)}]+(?:[.,٫][{simple_class(_DIGIT)}]+)*"
                         f"|[^{simple_class(_SPACE)}]")


def _finditer(text: str, lo: int, hi: int) -> Iterator[Any]:
    """``_TOKEN.finditer(text, lo, hi)``, by ``_FAST_TOKEN`` when the stretch allows."""
    return (_FAST_TOKEN if simple_stretch(text, lo, hi) else _TOKEN).finditer(text, lo, hi)


class Tok(NamedTuple):
    """A word or a punctuation mark of the folded text, with its offsets (a tuple: cheap to make by the
    hundred thousand)."""

    start: int
    end: int
    text: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()


#: The offsets and text of a match of either engine, read in C (unbound methods of its match type).
_FIELDS: dict[type, tuple[Any, Any, Any]] = {regex.Match: (regex.Match.start, regex.Match.end, regex.Match.group),
                                            re.Match: (re.Match.start, re.Match.end, re.Match.group)}
_NEW = tuple.__new__


def _toks(matches: list[Any]) -> list[Tok]:
    """``[Tok(*m.span(), m.group()) for m in matches]``, made in C: the match methods mapped over the
    list and the tuples made by ``tuple.__new__`` (a named tuple's own ``__new__`` is Python code)."""
    if not matches:
        return []
    start, end, group = _FIELDS[type(matches[0])]
    fields = zip(map(start, matches), map(end, matches), map(group, matches), strict=True)
    return list(map(_NEW, repeat(Tok), fields))


def words(text: str, lo: int, hi: int) -> list[Tok]:
    """The tokens of ``text[lo:hi]``: runs of letters/digits and single other characters."""
    return _toks(list(_finditer(text, lo, hi)))


def count_words(text: str, lo: int, hi: int, most: int) -> int:
    """``min(len(words(text, lo, hi)), most)``, reading no further than needed."""
    n = 0
    for _ in _finditer(text, lo, hi):
        n += 1
        if n >= most:
            break
    return n


def count_word_tokens(text: str, lo: int, hi: int, most: int) -> int:
    """``min(number of word tokens of words(text, lo, hi), most)``, reading no further than needed.

    >>> t = "قال ، إن 3 أشخاص قتلوا"
    >>> count_word_tokens(t, 0, len(t), 10), count_word_tokens(t, 0, len(t), 2)
    (5, 2)
    """
    n = 0
    for m in _finditer(text, lo, hi):
        if m.group()[0].isalnum():
            n += 1
            if n >= most:
                break
    return n


class TokenStream:
    """``words(text, lo, hi)`` made on demand, a chunk at a time: the words after a reporting verb are
    read only up to its complementizer, rarely to the end of the sentence.

    A token is kept only when the characters that decide where it ends (two: "3" + ".5") are inside
    the chunk read; the next chunk starts at the first token not kept, so the tokens are those of
    ``words`` exactly.

    >>> s = TokenStream("قال 3.5 مليون", 0, 13, step=4)
    >>> [s[i].text for i in range(3) if s.has(i)], s.has(3)
    (['قال', '3.5', 'مليون'], False)
    """

    __slots__ = ("hi", "items", "pos", "step", "text")

    def __init__(self, text: str, lo: int, hi: int, *, step: int = 40) -> None:
        self.text, self.pos, self.hi, self.step = text, lo, hi, step
        self.items: list[Tok] = []

    def has(self, i: int) -> bool:
        """Is there a token ``i`` (reading on as needed)?"""
        items = self.items
        while len(items) <= i and self.pos < self.hi:
            self._read()
        return i < len(items)

    def more(self) -> bool:
        """Read on until ``items`` holds one more token; False at the end of the window.  (A loop over
        the tokens reads ``items`` itself and calls this only when it has read them all.)"""
        n = len(self.items)
        return self.has(n)

    def __getitem__(self, i: int) -> Tok:
        return self.items[i]

    def _read(self) -> None:
        stop = min(self.hi, self.pos + self.step)
        got = _toks(list(_finditer(self.text, self.pos, stop)))
        nxt = stop
        if stop < self.hi:
            keep = len(got)
            while keep and got[keep - 1].end > stop - 2:
                keep -= 1
            if keep < len(got):
                nxt = got[keep].start
                del got[keep:]
        if nxt == self.pos:  # one token longer than the chunk
            self.step *= 2
            return
        self.items.extend(got)
        self.pos = nxt
        self.step *= 2  # most windows end after a few words, a few run long


#: "And that", left dangling at a claim's end by the source phrase it introduces ("تم إيقاف شخصين وذلك وفق ما
#: أفاد به مصدر أمني", "…، وذلك بحسب بلاغ صادر عن الوزارة"); "ذلك" alone may be an object and stays.
_DANGLING_THAT = ("وذلك", "و ذلك")


#: A post's tail after its words: emoji, and a hashtag, a mention or a URL after a closing mark, an emoji
#: or another such word ("«…» #غزة", "«…» 🔻", "… https://t.co/x").
_EMOJI = regex.compile(r"[\p{Extended_Pictographic}\p{Regional_Indicator}\uFE0F\u200D\u20E3]")
_TAIL_WORD = regex.compile(r"(?:[#@]\w++|(?:https?://|www\.)\S++)")
_TAIL_AFTER = "»”\".!?؟…"


def _tail(text: str, start: int, end: int) -> int:
    """``end`` before the post's tail word or emoji ending ``text[start:end]``, or ``end``."""
    ch = text[end - 1]
    if _EMOJI.match(ch, None, None, SERIAL):
        return end - 1
    space = _last_space(text, start, end)
    if space < 0 or text[space + 1] not in "#@hw" or not _TAIL_WORD.fullmatch(text, space + 1, end):
        return end
    before = space
    while before > start and text[before - 1].isspace():
        before -= 1
    if before > start and (text[space + 1] not in "#@" or text[before - 1] in _TAIL_AFTER
                           or _EMOJI.match(text[before - 1]) or _ends_tail_word(text, start, before)):
        return before
    return end


def _last_space(text: str, start: int, end: int) -> int:
    """The last white space of the last 300 characters of ``text[start:end]``, or -1."""
    lo = max(start, end - 300)
    return max(text.rfind(" ", lo, end), text.rfind("\n", lo, end))


def _ends_tail_word(text: str, start: int, end: int) -> bool:
    space = _last_space(text, start, end)
    return space >= 0 and _TAIL_WORD.fullmatch(text, space + 1, end) is not None


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without surrounding spaces, trailing punctuation, a dangling "و" or "وذلك",
    or a post's tail of emoji, hashtags and URLs (quotation marks are kept)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start:
        ch = text[end - 1]
        if ch in TRAILING:
            end -= 1
            continue
        cut = _tail(text, start, end)
        if cut < end:
            end = cut
            continue
        if ch == "و" and end - 1 > start and text[end - 2].isspace():  # a dangling "و"
            end -= 1
            continue
        that = next((w for w in _DANGLING_THAT if text.endswith(w, start, end)), None)
        if that is not None and end - len(that) > start and text[end - len(that) - 1] in TRAILING:
            end -= len(that)
            continue
        break
    return start, end


def _closing_mark(text: str, k: int, end: int) -> bool:
    """Is the '"' at ``k`` written as a closing mark: right after a letter, a digit or a stop, and followed by
    white space, a stop or a comma (or ``end``)?"""
    before = text[k - 1] if k > 0 else " "
    after = text[k + 1] if k + 1 < end else " "
    return not before.isspace() and before not in '"«“:' and (after.isspace() or after in ".،,؛;!؟?")


def _opening_mark(text: str, k: int, end: int) -> bool:
    """Is the '"' at ``k`` written as an opening mark: after white space and right before a letter?"""
    return k > 0 and text[k - 1].isspace() and k + 1 < end and text[k + 1].isalpha()


def balance_quotes(text: str, start: int, end: int, limit: int) -> int:
    """Extend ``end`` to the closing mark of a quotation opened inside ``[start, end)`` and closed
    before ``limit``; an end inside a quotation whose opening mark is before ``start`` stays."""
    # An odd number of '"' leaves the last one open, unless it is written as a closing mark (after a word, before
    # a space, a stop or the end: '… لم يُستهدف من قبل قواتنا المسلحة". وأفاد …'), whose opening mark is before
    # ``start`` or missing: then the next '"' opens another quotation, in another sentence (session 29).
    if text.count('"', start, end) % 2 == 1 and not _closing_mark(text, text.rfind('"', start, end), end):
        close = text.find('"', end, limit)
        # (not to a mark written as an opening one, after a space and before a word: the quotation left open was
        # never closed, '… ما وصفه "محاولات الابتزاز … لوزارة السياحة. وختم "اندرسون" رسالته …'; session 29)
        if close != -1 and "\n" not in text[end:close] and not _opening_mark(text, close, limit):
            return close + 1
    for opener, closer in (("«", "»"), ("“", "”")):
        if text.count(opener, start, end) > text.count(closer, start, end):
            close = text.find(closer, end, limit)
            if close != -1:
                return close + 1
    return end
