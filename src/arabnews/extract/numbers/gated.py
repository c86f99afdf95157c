"""A ``regex`` pattern behind a stdlib ``re`` gate: the same pattern with its ``\\p{…}`` lookarounds left
out, which matches wherever the full pattern does (it only leaves out conditions), and is several times
faster to try.  Most numbers have no unit, percent word or qualifier after them: the gate turns those
away, and the ``regex`` pattern decides the few it lets through.

>>> g = Gated(r"[^\\S\\n]*+(?P<p>بالميه)(?![\\p{L}\\p{N}])")
>>> g.gate.pattern
'[^\\\\S\\\\n]*+(?P<p>بالميه)'
>>> g.match(" بالميه و", 0) is not None, g.match(" بالميهم", 0), g.match(" في", 0)
(True, None, None)
"""

from __future__ import annotations

import re
import sys

import regex

#: A negative lookaround of one class of ``\p{…}`` properties, possibly or-ed with a plain class:
#: ``(?![\p{L}\p{N}])``, ``(?<![\p{L}\p{N}])``, ``(?![\p{L}\p{N}\p{M}]|[²³])``.
_LOOKAROUND = re.compile(r"\(\?<?!\[(?:\\p\{\w+\})+\](?:\|\[[^\]\\]*\])?\)")


class Gated:
    """``regex.compile(source)`` with ``match`` tried only where its gate matches (see the module)."""

    __slots__ = ("gate", "pattern")

    def __init__(self, source: str) -> None:
        self.pattern: regex.Pattern[str] = regex.compile(source)
        gate = _LOOKAROUND.sub("", source)
        # what is left must read the same in ``re``: [^\S\n] is wider there (U+001C–U+001F), which
        # keeps the gate a superset; a property class would not compile, and \w, \b, \d may read
        # differently, so none may be left
        assert not re.search(r"\\[pPwWbBdD]", gate), gate
        self.gate: re.Pattern[str] = re.compile(gate)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> regex.Match[str] | None:
        if self.gate.match(string, pos, endpos) is None:
            return None
        return self.pattern.match(string, pos, endpos)
