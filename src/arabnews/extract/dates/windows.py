"""Where the rules run: stretches of a region around anchor words, years and numeric dates.

Every rule's match holds an anchor word (a month, weekday, unit, vague or periodic word, a part of
the day, a decade…) or a year or numeric date, so the rules run only within :data:`WINDOW`
characters of one; on running news text that is most of the stage's speed.
"""

from __future__ import annotations

from functools import cache

from ...document import Document, Region
from ...lang.ar import CONJ, PREP
from ...text.tokenize import KIND_CODES, Tokens
from .months import lexicon
from .patterns import NUMBER_WEEKDAYS

#: Longer than any single rule's match on either side of its anchor word.
WINDOW = 50
#: The proclitic letters (و ف ب ل ك) that :func:`is_anchor` strips, from the shared clitic classes.
_CLITIC_LETTERS = CONJ.strip("[]") + PREP.strip("[]")


@cache
def anchor_words() -> frozenset[str]:
    """Words one of which every rule's match holds (besides digits and masked numbers)."""
    lex = lexicon()
    phrases = [*lex.months, *lex.weekdays, *lex.units, *lex.vague, *lex.sets, *lex.day_parts, *lex.decades,
               *lex.seasons, *lex.day_parts_before, *lex.extra_anchors, *lex.anaphoric_offsets, *lex.prayers,
               *lex.entire_parts, *lex.part_nouns]
    # the longest word of a phrase is the most telling one ("الزوال" of "بعد الزوال", not "بعد")
    words = {max(w.split(), key=len) for w in phrases} - {"م", "ص"}  # "3:00 م": the clock anchors it
    # a holiday by its first word ("عيد" of "عيد الاستقلال التونسي", not "التونسي"), unless that word is a
    # unit or part of the day already ("اليوم الوطني …", "ليلة القدر", "رأس السنة …": يوم, ليلة, سنة)
    # (an event named by its month, "ثورة يناير", is anchored by the month: "الثورة" alone opens no window)
    # ("ذكرى" opens one since session 26: "ذكرى المسيرة الخضراء", "ذكرى ثورة الملك والشعب"; 204 in all of ANT)
    words |= {h.split()[0] for h in lex.holidays if h.split()[0] not in ("اليوم", "يوم", "ليله", "راس")
              and h not in lex.named_event_months}
    return frozenset(words)


@cache
def bare_weekdays() -> frozenset[str]:
    """The weekdays without their article, with up to two proclitic letters ("جمعه", "وخميس"): anchors
    after "كل" only (see :func:`windows`); not those that are also numbers (``NUMBER_WEEKDAYS``)."""
    days = {w.removeprefix("ال") for w in lexicon().weekdays} - NUMBER_WEEKDAYS
    return frozenset(p + w for p in _proclitic_prefixes() for w in days)


def _proclitic_prefixes() -> list[str]:
    """Nothing, or one or two of the proclitic letters (و ف ب ل ك) before a word."""
    letters = _CLITIC_LETTERS
    return ["", *letters, *(a + b for a in letters for b in letters)]


@cache
def anchor_forms() -> frozenset[str]:
    """Every folded word :func:`is_anchor` accepts: an anchor word, or ال and one, after up to two of
    the proclitic letters (some 14,000 forms; a set lookup per token, no memo of word types)."""
    return frozenset(p + s for p in _proclitic_prefixes() for a in anchor_words() for s in (a, "ال" + a)) \
        | bare_weekdays()


def is_anchor(word: str) -> bool:
    """Is the folded token ``word`` an anchor word, after up to two proclitics and an article?

    >>> is_anchor("وبعام"), is_anchor("للعام"), is_anchor("والشهر"), is_anchor("الرأي")
    (True, True, True, False)
    """
    return word in anchor_forms()


#: What after a number makes it an anchor (a numeric date or a clock time); other numbers (days,
#: counts) only matter next to a month, unit or clock word, which anchor, and years have 4 digits.
_NUMERIC_SEPARATORS = ("/", ".", "-", ":")
_WORD, _NUMBER = KIND_CODES["word"], KIND_CODES["number"]


def _anchors(tokens: Tokens, lo: int, hi: int, folded: str, forms: frozenset[str]) -> list[tuple[int, int]]:
    """Normalized spans of the anchor words (a bare weekday: :func:`_named_weekday_ok`) and numbers among
    ``tokens[lo:hi]``, in text order, read from the token columns without building Token objects: one plain
    loop (it runs on every token of the text; it measured faster than ``compress``/``map`` chains over the
    columns)."""
    spans = tokens.nspans
    out: list[tuple[int, int]] = []
    append = out.append
    word, number, separators = _WORD, _NUMBER, _NUMERIC_SEPARATORS
    for kind, a, b in zip(tokens.kind_codes[lo:hi], spans[2 * lo:2 * hi:2], spans[2 * lo + 1:2 * hi:2], strict=True):
        if kind == word:
            w = folded[a:b]
            if w in forms and _named_weekday_ok(folded, a, w):
                append((a, b))
        elif kind == number and (b - a == 4 or folded[b:b + 1] in separators):
            append((a, b))
    return out


def _named_weekday_ok(folded: str, a: int, w: str) -> bool:
    """May the anchor form ``w`` at ``folded[a:]`` anchor a window?  A weekday without its article only
    after "كل" ("كل جمعة"; "مهدي جمعة" is a name); every other anchor form always (asked for anchor
    forms only, so the hot loop pays no call for other words)."""
    return w not in bare_weekdays() or folded[a - 3:a] == "كل "


def windows(doc: Document, region: Region, start: int, end: int) -> list[tuple[int, int]]:
    """Normalized stretches ``[start, end)`` of ``region`` around its anchors, merged where they overlap.

    >>> from arabnews import Pipeline
    >>> doc = Pipeline([]).make_doc("قال إنه وصل في أيار")
    >>> region = doc.extraction_regions()[0]
    >>> windows(doc, region, *doc.to_normalized(region.start, region.end))
    [(0, 19)]
    """
    folded = doc.folded
    forms = anchor_forms()
    tokens = doc.tokens
    anchors: list[tuple[int, int]]
    if isinstance(tokens, Tokens):  # its tokens are in text order
        anchors = _anchors(tokens, *doc.token_range(region.start, region.end), folded, forms)
    else:
        anchors = []
        for tok in doc.tokens_between(region.start, region.end):
            a = tok.nstart
            b = a + len(tok.norm)
            if tok.kind == "word":
                w = folded[a:b]
                if w in forms and _named_weekday_ok(folded, a, w):
                    anchors.append((a, b))
            elif tok.kind == "number" and (b - a == 4 or folded[b:b + 1] in _NUMERIC_SEPARATORS):
                anchors.append((a, b))
        anchors.sort()  # a custom tokenizer's list
    out: list[tuple[int, int]] = []
    # The window being built starts at ``first``; its end is ``pending`` moved to the end of its word (a rule
    # reads a window's end as a word's: "الأن" of "الأنف" is no "الآن").  That move runs only when the end is
    # read: an anchor whose stretch starts within ``pending`` joins the window without it (the moved end is
    # never before ``pending``, and moving a later, larger end gives what moving each one in turn gives)
    first = -1
    pending = -1
    for a, b in anchors:  # (conditional expressions: the max and min builtins cost more per anchor)
        lo = a - WINDOW if a - WINDOW > start else start
        hi = b + WINDOW if b + WINDOW < end else end
        if first >= 0:
            if lo <= pending:
                if hi > pending:
                    pending = hi
                continue
            last = pending
            while last < end and folded[last].isalpha():
                last += 1
            if lo > last:
                # a window starts between words too (a start within the last window merges all the same)
                while lo > start and folded[lo - 1].isalpha():
                    lo -= 1
            if lo <= last:
                if hi > pending:
                    pending = hi
                continue
            out.append((first, last))
        else:
            while lo > start and folded[lo - 1].isalpha():
                lo -= 1
        first, pending = lo, hi
    if first >= 0:
        while pending < end and folded[pending].isalpha():
            pending += 1
        out.append((first, pending))
    return out
