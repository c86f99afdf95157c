"""Character sets of the ``regex`` module spelled out, for quick stdlib ``re`` patterns and plain string
tests that must agree with it exactly.

>>> "\\u00a0" in HSPACE, "\\n" in HSPACE
(True, False)
"""

from __future__ import annotations

#: What the ``regex`` module's ``\\s`` matches (Unicode White_Space), as the body of a character class.
#: Stdlib ``re``'s ``\\s`` also matches U+001C–U+001F.
WHITE_SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
#: The characters of ``regex``'s ``[^\\S\\n]``: white space within a line.
HSPACE = frozenset("\t\x0b\x0c\r \x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000") | frozenset(
    map(chr, range(0x2000, 0x200B)))
#: Quotation marks that open and close a name or a title ("قناة «سي بي سي»", '"روسيا اليوم"'; the straight
#: mark does both).
OPENING_QUOTES = frozenset('«"“')
CLOSING_QUOTES = frozenset('»"”')
