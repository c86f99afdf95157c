"""A ``regex`` pattern behind a stdlib ``re`` gate: the same pattern with its ``\\p{…}`` lookarounds left
out, which matches wherever the full pattern does (it only leaves out conditions), and is several times
faster to try.  Most numbers have no unit, percent word or qualifier after them: the gate turns those
away, and the ``regex`` pattern decides the few it lets through.

When the pattern's only lookaround is a negative lookahead at its very end (``…(?![\\p{L}\\p{N}])``, most
of them), the gate's match is the pattern's whenever that lookahead holds after it: both try the same
paths in the same order, and the first that the gate accepts is the first the pattern accepts when the
character after it (one character, looked up in a memo) is not of the lookahead's class.  The gate's
match is then returned as it is (an ``re`` match with the same groups), and the ``regex`` pattern is
tried only when that character is of the class (a shorter path may still match: "شخصيات" after "شخص").

>>> g = Gated(r"[^\\S\\n]*+(?P<p>بالميه)(?![\\p{L}\\p{N}])")
>>> g.gate.pattern
'[^\\\\S\\\\n\\\\x1c-\\\\x1f]*+(?P<p>بالميه)'
>>> g.match(" بالميه و", 0) is not None, g.match(" بالميهم", 0), g.match(" في", 0)
(True, None, None)
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable

import regex

from ...lang.ar.serial import SERIAL

#: A negative lookaround of one class of ``\p{…}`` properties, possibly or-ed with a plain class:
#: ``(?![\p{L}\p{N}])``, ``(?<![\p{L}\p{N}])``, ``(?![\p{L}\p{N}\p{M}]|[²³])``.
_LOOKAROUND = re.compile(r"\(\?<?!\[(?:\\p\{\w+\})+\](?:\|\[[^\]\\]*\])?\)")
#: Such a negative lookahead ending the pattern; its body (the class) in the group.
_FINAL_LOOKAHEAD = re.compile(r"\(\?!(\[(?:\\p\{\w+\})+\](?:\|\[[^\]\\]*\])?)\)\Z")
#: Horizontal white space, as ``regex`` reads it; the stdlib's ``[^\S\n]`` also takes U+001C–U+001F, which
#: ``regex`` does not count as white space: the gate spells the class so that both read it alike.
_HSPACE, _HSPACE_RE = r"[^\S\n]", r"[^\S\n\x1c-\x1f]"
#: What the rest of a pattern with a final lookahead may hold for its gate to be exact: no other
#: lookaround, class escape, wildcard or flag (``\S`` only in ``[^\S\n]``; ``(?:``, ``(?P<``, ``(?(`` only).
_NOT_PLAIN = re.compile(r"\\[pPwWbBdDsSNXAGz]|(?<!\\)\.|\(\?(?![:(]|P<)")
#: How many characters after a match each pattern remembers as "of the class" or not.
_MEMO_LIMIT = 4096


def at_pos(source: str) -> regex.Pattern[str]:
    """``regex.compile(source)`` for ``match`` at a given position (never ``search``): the same matches, found
    without a scan of the rest of the text.  Where a pattern holds a literal after a part of no fixed length
    ("[^\\S\\n]++مجموعات"), ``regex`` first looks for that literal from the position to the end of the string on
    every call, to fail early: in a document with no "مجموعات" every ``match`` read to its end (the score rule's
    350 µs a call on a 5 MB page, a cost that grew with the length of the text after each number).  A second
    branch that never matches, ``(?!)``, leaves the pattern no required literal, and nothing else changes.

    >>> p = at_pos(r"[^\\S\\n]++(?:ال)?نهاي")
    >>> p.match("نصف النهايي", 3).span(), p.match("نصف نهار", 3)
    ((3, 10), None)
    """
    assert not source.startswith("(?") or source.startswith(("(?:", "(?P<", "(?<", "(?=", "(?!")), source  # no flags
    return regex.compile(f"(?:{source})|(?!)")


class Gated:
    """``regex.compile(source)`` with ``match`` tried only where its gate matches (see the module)."""

    __slots__ = ("_after", "_blocks", "gate", "match", "pattern")

    def __init__(self, source: str) -> None:
        self.pattern: regex.Pattern[str] = at_pos(source)  # (tried with match only)
        gate = _LOOKAROUND.sub("", source).replace(_HSPACE, _HSPACE_RE)
        # what is left must read the same in ``re``: a property class would not compile, and \w, \b, \d
        # may read differently, so none may be left
        assert not re.search(r"\\[pPwWbBdD]", gate), gate
        self.gate: re.Pattern[str] = re.compile(gate)
        final = _FINAL_LOOKAHEAD.search(source)
        head = source[:final.start()] if final is not None else source
        exact = (not _LOOKAROUND.search(head) and not _NOT_PLAIN.search(head.replace(_HSPACE, ""))
                 and not self.pattern.flags & ~(regex.VERSION0 | regex.UNICODE))
        #: the lookahead's class (None: no final lookahead, or the gate is no exact twin) and its memo
        self._after: regex.Pattern[str] | None = regex.compile(final.group(1)) if exact and final else None
        self._blocks: dict[str, bool] | None = {} if exact else None
        #: ``match(string, pos=0, endpos=sys.maxsize)``: the gate's own (a call in C) when it is the pattern's
        #: exact twin with no lookahead to check after it
        self.match: Callable[..., re.Match[str] | regex.Match[str] | None] = (
            self.gate.match if exact and final is None else self._match)

    def _match(self, string: str, pos: int = 0, endpos: int = sys.maxsize,
               ) -> re.Match[str] | regex.Match[str] | None:
        m = self.gate.match(string, pos, endpos)
        if m is None:
            return None
        blocks = self._blocks
        if blocks is not None:
            end = m.end()
            if self._after is None or end >= endpos or end >= len(string):
                return m  # nothing after the match for the lookahead to see
            c = string[end]
            blocked = blocks.get(c)
            if blocked is None:
                if len(blocks) >= _MEMO_LIMIT:
                    blocks.clear()
                blocked = blocks[c] = self._after.match(c, None, None, SERIAL) is not None
            if not blocked:
                return m
        return self.pattern.match(string, pos, endpos, SERIAL)
