"""Word numbers from the numbers stage, masked in the folded text so that rules see a number slot.

"بعد أربعة أعوام" is matched as "بعد \ue000\ue000\ue000\ue000\ue000 أعوام" with the value 4 kept by the
mask's start: the masked string has the length and offsets of ``doc.folded``.
"""

from __future__ import annotations

from bisect import bisect_right

from ...document import Document
from .patterns import MASK, Patterns

#: Kinds of number the rules read through a mask; fractions (نصف، الربع) are read as words.
_MASKED_KINDS = frozenset({"cardinal", "ordinal", "approximate"})


def mask_numbers(doc: Document, p: Patterns) -> tuple[dict[int, tuple[float, str]], str]:
    """Replace the word numbers of ``doc.numbers`` by MASK characters (same length) and map the
    normalized start of each masked run to its (value, kind).  Numbers written in digits stay."""
    folded = doc.folded
    spans = doc.numbers
    if not spans:
        return {}, folded
    protected = [(m.start(), m.end()) for m in p.protect.finditer(folded)]  # sorted, disjoint
    protected_starts = [ps for ps, _ in protected]
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
        i = bisect_right(protected_starts, ns) - 1
        if i < 0 or protected[i][1] <= ns:
            i += 1
        if i < len(protected) and protected[i][0] < ne:
            ne = max(protected[i][0], ns)
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
