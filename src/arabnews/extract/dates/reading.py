"""Reading a rule's match: its words, the word before it, the value of a number slot."""

from __future__ import annotations

import regex

from ...lang.ar import CONJ
from .candidates import Context
from .months import lexicon
from .patterns import MASK

_PREV_WORD = regex.compile(r"([\p{L}\p{M}]++)[\s،,]*+$")
_CONJ_LETTERS = CONJ.strip("[]")


def words(s: str) -> str:
    """``s`` with single spaces, the form of a lexicon key ("العام   الماضي" → "العام الماضي")."""
    return " ".join(s.split())


def prev_word(text: str, pos: int) -> str:
    """The word before ``pos`` with a leading و/ف dropped from a preposition ("وفي" → "في").

    >>> prev_word("وقع ذلك وفي ايار", 12)
    'في'
    """
    m = _PREV_WORD.search(text, max(0, pos - 40), pos)
    if not m:
        return ""
    w = m.group(1)
    if len(w) > 2 and w[0] in _CONJ_LETTERS and w[1:] in lexicon().prepositions:
        return w[1:]
    return w


def number(m: regex.Match[str], group: str, ctx: Context) -> tuple[float, str] | None:
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
