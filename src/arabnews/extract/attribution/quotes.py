"""Quotations in a stretch of text: «…», “…” and "…" pairs, nested ones included.

Offsets are those of the string searched (the stage searches ``doc.folded``).  Quotation marks
also wrap names in Arabic news (لواء "القدس", "فيس بوك"); which quotation is a quoted claim is
decided by the stage from the words around it.

>>> [(q.inner(t), q.words) for t in ['قال: «نحن "هنا" الآن»'] for q in find_quotations(t, 0, len(t))]
[('نحن "هنا" الآن', 3), ('هنا', 1)]
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import regex

from ...lang.ar.scan import simple_class, simple_stretch

#: Opening mark → closing mark of the paired quotation marks.
PAIRS = {"«": "»", "“": "”", "„": "“", "‹": "›"}
#: The same mark opens and closes: paired left to right in a stretch.
SYMMETRIC = ('"',)
MARKS = frozenset("«»“”„‹›\"")
#: Closing mark → the opening marks it closes, in the order of ``PAIRS`` ("“" closes "„" and opens a pair).
_OPENERS_OF = {c: tuple(o for o, c2 in PAIRS.items() if c2 == c) for c in PAIRS.values()}
#: The longest quotation looked for (characters); a stray mark cannot swallow a whole article.
MAX_QUOTE = 3000

_WORD_CHAR = r"[\p{L}\p{N}]"
_WORD = regex.compile(_WORD_CHAR + "+")
#: ``_WORD`` for a stretch of news characters only (:func:`~arabnews.lang.ar.scan.is_simple`), read with ``re``:
#: the same words.
_FAST_WORD = re.compile(f"[{simple_class(_WORD_CHAR)}]+")
#: The marks in a fixed order (:func:`_marks` finds each with ``str.find``).
_MARK_CHARS = "".join(sorted(MARKS))


def _marks(text: str, lo: int, hi: int) -> list[int]:
    """The offsets of the quotation marks of ``text[lo:hi]``, in order: each mark found by ``str.find`` (a scan in C
    a few times faster than a character class tried at every character, whose test ran at each of the text's
    characters once per region: session 44, 1 % of the attribution stage), then the few offsets sorted."""
    out: list[int] = []
    find = text.find
    for ch in _MARK_CHARS:
        i = find(ch, lo, hi)
        while i != -1:
            out.append(i)
            i = find(ch, i + 1, hi)
    out.sort()
    return out


@dataclass(frozen=True, slots=True)
class Quotation:
    """A pair of quotation marks: ``open`` is the offset of the opening mark, ``close`` of the
    closing one; the quoted words are ``[open + 1, close)``.  ``words`` counts them."""

    open: int
    close: int
    words: int

    @property
    def start(self) -> int:
        return self.open + 1

    @property
    def end(self) -> int:
        return self.close

    def inner(self, text: str) -> str:
        return text[self.open + 1:self.close]


def find_quotations(text: str, lo: int, hi: int) -> list[Quotation]:
    """Every pair of quotation marks in ``text[lo:hi]``, ordered by opening mark."""
    out: list[Quotation] = []
    stacks: dict[str, list[int]] = {}
    pending: dict[str, int] = {}
    for pos in _marks(text, lo, hi):
        ch = text[pos]
        if ch in SYMMETRIC:
            # A mark with no letter before it and a word after it opens; one with no letter
            # after it closes; a mark between two letters alternates.  A quotation may have
            # spaces inside its marks ('قائلا: " اصبحت … الاسلام ".'): a mark after a colon opens,
            # one before a comma or a full stop closes, one between two spaces closes the pending one.
            before = text[pos - 1] if pos > lo else " "
            after = text[pos + 1] if pos + 1 < hi else " "
            opens = (not before.isalnum() and not after.isspace() and after not in _CLOSING_PUNCTUATION) \
                or _after_colon(text, lo, pos)
            closes = not before.isspace() and not after.isalnum()
            if ch in pending and (closes or not opens):
                if pos - pending[ch] <= MAX_QUOTE:
                    out.append(_make(text, pending[ch], pos))
                del pending[ch]
            elif opens or (ch not in pending and not (closes and (after in _CLOSING_PUNCTUATION or after == "\n"))):
                # (a mark after a word and before a stop, with no quotation open, is a stray closing one whose
                # opening mark is missing: '… قواتنا المسلحة". وأفاد المصدر أن … الطبيعة" غير …' paired the two
                # across a sentence; one before a space may still open: 'أن" هذا الجينز …"'; session 29)
                pending[ch] = pos
            continue
        opener = next((o for o in _OPENERS_OF.get(ch, ()) if stacks.get(o)), None)
        if opener is not None:
            start = stacks[opener].pop()
            if pos - start <= MAX_QUOTE:
                out.append(_make(text, start, pos))
            continue
        if ch in PAIRS:
            stacks.setdefault(ch, []).append(pos)
    if "”" in text[lo:hi] or "“" in text[lo:hi]:
        out.extend(_curly_as_symmetric(text, lo, hi, out))
    out.sort(key=lambda q: q.open)
    return out


#: The curly double marks, paired as one symmetric mark when the typographic pairs leave them unpaired.
_CURLY = frozenset("“”")


def _curly_as_symmetric(text: str, lo: int, hi: int, found: list[Quotation]) -> list[Quotation]:
    """Pairs of the curly double marks that :func:`find_quotations` left unpaired, read as one symmetric mark: the
    shape is a typing habit, ” opens as often as “ in Arabic news ('ويقول: ” أريد أن أنظف حياتي …”', '”…“',
    '“…“'; session 34b).  A mark opens and closes by the letters around it as ``"`` does, and a pair that would
    cross one already found is left."""
    used = {q.open for q in found} | {q.close for q in found}
    out: list[Quotation] = []
    pending: int | None = None
    for pos in range(lo, hi):
        if text[pos] not in _CURLY or pos in used:
            continue
        before = text[pos - 1] if pos > lo else " "
        after = text[pos + 1] if pos + 1 < hi else " "
        opens = (not before.isalnum() and not after.isspace() and after not in _CLOSING_PUNCTUATION) \
            or _after_colon(text, lo, pos)
        closes = not before.isspace() and not after.isalnum()
        if pending is not None and (closes or not opens):
            crossing = any(pending < q.open < pos < q.close or q.open < pending < q.close < pos for q in found)
            if pos - pending <= MAX_QUOTE and not crossing:
                out.append(_make(text, pending, pos))
            pending = None
        elif opens:
            pending = pos
    return out


#: Punctuation a quotation does not start with: a mark before it closes ('" النائب ليس عامل "،').
_CLOSING_PUNCTUATION = frozenset(".،,؛;:!?؟)»”")
#: The spaces between a colon and the mark it introduces.
_SPACES = " \t\u00a0"


def _after_colon(text: str, lo: int, pos: int) -> bool:
    """Is the mark at ``pos`` right after a colon, spaces between ('فقال: " لدى كل شخص …"')?"""
    j = pos - 1
    while j >= lo and text[j] in _SPACES:
        j -= 1
    return j >= lo and text[j] in ":："


def _make(text: str, start: int, end: int) -> Quotation:
    words = _FAST_WORD if simple_stretch(text, start + 1, end) else _WORD
    return Quotation(start, end, len(words.findall(text, start + 1, end)))
