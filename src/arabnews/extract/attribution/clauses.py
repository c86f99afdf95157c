"""Words of a window and the clause a reporting verb opens.

Everything here works on ``doc.folded`` (normalized and folded, same offsets as ``doc.norm``).
A clause runs from its complementizer (إن, أن, أنه, بأن …) to the end of the sentence, or to the
closing mark of the quotation it is in, or to the cue of the next claim of the same sentence
("…، مضيفا أن …", "…، حسب قوله").

>>> [t.text for t in words("وقال: «ان 3.5 مليون»", 0, 20)]
['وقال', ':', '«', 'ان', '3.5', 'مليون', '»']
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

_TOKEN = regex.compile(r"[\p{L}\p{M}\p{N}_]+(?:[.,٫][\p{N}]+)*|\S")
#: Punctuation that ends a speaker phrase or trails a clause.
COMMAS = frozenset("،,؛;")
TRAILING = " \t\u00a0\n\r،,؛;:.!?؟-–—…"
SENTENCE_END = frozenset(".!?؟\n")


@dataclass(frozen=True, slots=True)
class Tok:
    """A word or a punctuation mark of the folded text, with its offsets."""

    start: int
    end: int
    text: str

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()


def words(text: str, lo: int, hi: int) -> list[Tok]:
    """The tokens of ``text[lo:hi]``: runs of letters/digits and single other characters."""
    return [Tok(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, lo, hi)]


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` without surrounding spaces, trailing punctuation or a dangling "و"
    (quotation marks are kept)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start:
        ch = text[end - 1]
        if ch in TRAILING:
            end -= 1
            continue
        if ch == "و" and end - 1 > start and text[end - 2].isspace():  # a dangling "و"
            end -= 1
            continue
        break
    return start, end


def balance_quotes(text: str, start: int, end: int, limit: int) -> int:
    """Extend ``end`` to the closing mark of a quotation opened inside ``[start, end)`` and closed
    before ``limit``; an end inside a quotation whose opening mark is before ``start`` stays."""
    depth_open: int | None = None
    count = 0
    for i in range(start, end):
        if text[i] == '"':
            count += 1
            if count % 2 == 1:
                depth_open = i
    if count % 2 == 1 and depth_open is not None:
        close = text.find('"', end, limit)
        if close != -1 and "\n" not in text[end:close]:
            return close + 1
    for opener, closer in (("«", "»"), ("“", "”")):
        if text.count(opener, start, end) > text.count(closer, start, end):
            close = text.find(closer, end, limit)
            if close != -1:
                return close + 1
    return end
