"""Word numbers from the numbers stage, masked in the folded text so that rules see a number slot.

"بعد أربعة أعوام" is matched as "بعد \ue000\ue000\ue000\ue000\ue000 أعوام" with the value 4 kept by the
mask's start: the masked string has the length and offsets of ``doc.folded``.
"""

from __future__ import annotations

import regex

from ...document import Document
from .patterns import MASK, Patterns

#: Kinds of number the rules read through a mask; fractions (نصف، الربع) are read as words.
_MASKED_KINDS = frozenset({"cardinal", "ordinal", "approximate"})
#: A character no ``protect`` match holds: its words are letters and white space only (checked by a test).
_OUTSIDE = r"[^\p{L}\p{M}\s]"
_OUTSIDE_BEFORE = regex.compile(rf"(?r){_OUTSIDE}")
_OUTSIDE_AFTER = regex.compile(_OUTSIDE)


def first_protected(p: Patterns, folded: str, ns: int, ne: int) -> int | None:
    """The start of the first ``p.protect`` match ending after ``ns`` in a left-to-right scan of all of
    ``folded``, when it starts before ``ne``; else None.

    No match holds a character outside letters, marks and white space, so a scan that begins after
    the last such character before ``ns`` meets the matches the whole-text scan meets there, and a
    match that starts before ``ne`` ends before the first such character after it: the scan runs on
    the sentence around the number, not on the whole text.
    """
    before = _OUTSIDE_BEFORE.search(folded, 0, ns)
    pos = before.end() if before is not None else 0
    after = _OUTSIDE_AFTER.search(folded, ne)
    stop = after.start() if after is not None else len(folded)
    while (m := p.protect.search(folded, pos, stop)) is not None:
        if m.end() > ns:
            return m.start() if m.start() < ne else None
        pos = m.end()
    return None


def mask_numbers(doc: Document, p: Patterns) -> tuple[dict[int, tuple[float, str]], str]:
    """Replace the word numbers of ``doc.numbers`` by MASK characters (same length) and map the
    normalized start of each masked run to its (value, kind).  Numbers written in digits stay."""
    folded = doc.folded
    spans = doc.numbers
    if not spans:
        return {}, folded
    masks: dict[int, tuple[float, str]] = {}
    pieces: list[str] = []
    last = 0
    for n in sorted(spans, key=lambda s: s.start):
        if n.value is None or n.kind not in _MASKED_KINDS:
            continue
        ns, ne = doc.to_normalized(n.start, n.end)
        if ns < last or any(ch.isdigit() for ch in folded[ns:ne]):
            continue
        # a month or unit word inside the number span stays readable: cut before the first one
        cut = first_protected(p, folded, ns, ne)
        if cut is not None:
            ne = max(cut, ns)
        while ne > ns and folded[ne - 1].isspace():
            ne -= 1
        if ne <= ns:
            continue
        pieces.append(folded[last:ns])
        pieces.append(MASK * (ne - ns))
        masks[ns] = (n.value, n.kind)
        last = ne
    pieces.append(folded[last:])
    return masks, "".join(pieces)
