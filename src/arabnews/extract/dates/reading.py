"""Reading a rule's match: its words, the word before it, the value of a number slot."""

from __future__ import annotations

from collections.abc import Iterable

import regex

from ...lang.ar import CONJ
from ...lang.ar.serial import SERIAL
from .candidates import Context
from .months import lexicon
from .patterns import MASK

_LETTER_OR_MARK = regex.compile(r"[\p{L}\p{M}]")
_CONJ_LETTERS = CONJ.strip("[]")
#: What may stand between a word and what follows it: the ``regex`` module's white space, "،" and ",".
_GAP = frozenset("\t\n\x0b\x0c\r \x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000،,") | frozenset(
    map(chr, range(0x2000, 0x200B)))


class _LetterMemo(dict[str, bool]):
    """Is a character a letter or a mark (``regex``'s ``[\\p{L}\\p{M}]``)?  Arabic ones are known."""

    def __missing__(self, ch: str) -> bool:
        found = self[ch] = _LETTER_OR_MARK.match(ch, None, None, SERIAL) is not None
        return found


_IS_LETTER = _LetterMemo({chr(c): True for c in (*range(0x621, 0x63B), *range(0x641, 0x660), 0x670)})


def last_word(text: str, pos: int, span: int = 40) -> tuple[int, int] | None:
    """Start and end of the run of letters and marks that ends ``text[pos - span:pos]`` before white
    space, "،" and "," (what ``[\\p{L}\\p{M}]++[\\s،,]*+$`` finds there, without a regex search).

    >>> last_word("وقع ذلك في ، ايار", 11)
    (8, 10)
    """
    lo = pos - span if pos > span else 0
    end = pos
    while end > lo and text[end - 1] in _GAP:
        end -= 1
    start = end
    is_letter = _IS_LETTER
    while start > lo and is_letter[text[start - 1]]:
        start -= 1
    return (start, end) if start < end else None


def words(s: str) -> str:
    """``s`` with single spaces, the form of a lexicon key ("العام   الماضي" → "العام الماضي")."""
    return " ".join(s.split())


def prev_word(text: str, pos: int) -> str:
    """The word before ``pos`` with a leading و/ف dropped from a preposition ("وفي" → "في").

    >>> prev_word("وقع ذلك وفي ايار", 12)
    'في'
    """
    found = last_word(text, pos)
    if found is None:
        return ""
    w = text[found[0]:found[1]]
    if len(w) > 2 and w[0] in _CONJ_LETTERS and w[1:] in lexicon().prepositions:
        return w[1:]
    return w


def number(m: regex.Match[str], group: int | str, ctx: Context) -> tuple[float, str] | None:
    """Value and kind of a number slot: digits, or a masked word number from the numbers stage."""
    s = m.group(group)
    if not s:
        return None
    if s[0] == MASK:
        found = ctx.masks.get(m.start(group))
        if found is None or found[0] is None:
            return None
        try:
            v = float(found[0])
        except (TypeError, ValueError, OverflowError):
            return None
        return (int(v) if v.is_integer() else v), found[1]
    try:
        v = float(s.replace(",", "."))
    except ValueError:
        return None
    return (int(v) if v == int(v) else v), "digits"


def int_in(v: tuple[float, str] | None, lo: int, hi: int) -> int | None:
    """The whole number of ``v`` if it lies in ``[lo, hi]``, else None."""
    if v is None or v[0] is None or v[0] != int(v[0]) or not lo <= v[0] <= hi:
        return None
    return int(v[0])


def first_ordinal(masks: dict[int, tuple[float, str]], pos: int) -> bool:
    """Is the masked number at ``pos`` the ordinal "first" ("الساعات الأولى من", "ساعات الصباح الأولى")?"""
    return masks.get(pos) == (1, "ordinal")


#: The ends of a sentence or clause (a date's tense and cues are read after the last one before it)
SENTENCE_ENDS = ".!?؟:؛\n"


def last_end(stretch: str) -> int:
    """Where the last of :data:`SENTENCE_ENDS` is in ``stretch``, -1 for none.  (The ``in`` operator first, then
    ``str.rfind`` for the ends there: a regex's search from the end, or a finditer over the stretch, cost more.)

    >>> last_end("قال الوزير. ثم أضاف: غدا")
    19
    """
    cut = -1
    for end in SENTENCE_ENDS:
        if end in stretch:
            at = stretch.rfind(end)
            if at > cut:
                cut = at
    return cut


def gate_parts(words: Iterable[str]) -> tuple[str, ...]:
    """``words`` as parts of words for a substring gate, shortest first, a word that holds a kept one left out
    ("اجلت" holds "اجل"): a stretch that holds none of these holds none of ``words`` (speed only; the rule reads
    its words after the gate).

    >>> gate_parts(["اجلت", "اجل", "ارجا"])
    ('اجل', 'ارجا')
    """
    parts: list[str] = []
    for w in sorted(set(words), key=len):
        if not any(shorter in w for shorter in parts):
            parts.append(w)
    return tuple(parts)
