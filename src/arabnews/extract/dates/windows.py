"""Where the rules run: stretches of a region around anchor words, years and numeric dates.

Every rule's match holds an anchor word (a month, weekday, unit, vague or periodic word, a part of
the day, a decade…) or a year or numeric date, so the rules run only within :data:`WINDOW`
characters of one; on running news text that is most of the stage's speed.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from codecs import charmap_build, charmap_encode
from functools import cache
from typing import Any, NamedTuple

from ...document import Document, Region
from ...lang.ar import CONJ, PREP
from ...text.tokenize import KIND_CODES, WORD_CLASS_AR, Tokens
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
    the proclitic letters (some 17,000 forms; :func:`_anchors` finds those of a region by one set
    intersection, no memo of word types)."""
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
    ``tokens[lo:hi]``, in text order, with no Python step per token (a plain loop over the tokens cost some
    2,000 instructions a token; an ``re`` scan of the words or of the forms more): the words by the runs of
    letters of :func:`_coded` text, the numbers by ``bytes.find`` over the kind column.

    A word token of an anchor form is a whole run of the forms' letters: a word token is a whole run of word
    characters, and none starts right after a letter (a token that ends with one, a URL, an e-mail address, a
    hashtag, goes on over the letters after it).  So the forms among the runs (a set intersection in C) are the
    only candidates; each one's places (``bytes.find``) that are whole runs are checked against the token
    columns (the span of a word token)."""
    if lo >= hi:
        return []
    if hi - lo > _TOKENS_AT_ONCE:  # a long region a part at a time: the coded text's pieces are transient objects
        return [span for part in range(lo, hi, _TOKENS_AT_ONCE)
                for span in _anchors(tokens, part, min(part + _TOKENS_AT_ONCE, hi), folded, forms)]
    spans = tokens.nspans
    kinds = tokens.kind_codes
    out: list[tuple[int, int]] = []
    append = out.append
    start, end = spans[2 * lo], spans[2 * hi - 1]
    letters = _letters(forms)
    coded = _coded(folded[start:end], letters)
    found = letters.forms.intersection(coded.split())
    if found:
        word, first, last, size = _WORD, 2 * lo, 2 * hi, len(coded)
        for w in found:
            at = coded.find(w)
            while at >= 0:
                e = at + len(w)
                if (e == size or coded[e] == _SPACE) and (at == 0 or coded[at - 1] == _SPACE):
                    a = start + at
                    i = bisect_left(spans, a, first, last)
                    if i & 1:  # the end of a token glued before it ("15مارس")
                        i += 1
                    if i < last and spans[i] == a and spans[i + 1] == start + e and kinds[i >> 1] == word \
                            and _named_weekday_ok(folded, a, letters.names[w]):
                        append((a, start + e))
                at = coded.find(w, e)
    number, separators = _NUMBER, _NUMERIC_SEPARATORS
    i = kinds.find(number, lo, hi)
    while i >= 0:
        a, b = spans[2 * i], spans[2 * i + 1]
        if b - a == 4 or folded[b:b + 1] in separators:
            append((a, b))
        i = kinds.find(number, i + 1, hi)
    if found:  # the places of one form after another's, then the numbers
        out.sort()
    return out


#: The most tokens :func:`_anchors` reads at once (some 50 bytes of objects each)
_TOKENS_AT_ONCE = 8192
#: The byte of every character but the letters in :func:`_coded` text
_SPACE = ord(" ")
#: Where the letters' bytes begin in :func:`_letters`' code page (ASCII and Latin-1's upper half are their own)
_FIRST_LETTER = 0x80
#: Characters of news text besides ASCII and Latin-1 that :func:`_letters`' code page holds after the letters
#: (any other character is coded by the error handler, which costs more)
_COMMON = "،؛؟"


def _coded(text: str, letters: _Letters) -> bytes:
    """``text`` in one byte a character, in C: each letter of the anchor forms as its own byte, every other
    character as a space (a code page of those letters and common characters, "?" for what it lacks)."""
    return charmap_encode(text, "replace", letters.codes)[0].translate(letters.table)


class _Letters(NamedTuple):
    """What :func:`_anchors` reads the anchor forms' letters by (:func:`_letters`)."""

    #: the code page of :func:`_coded` (a ``codecs.charmap_build`` map)
    codes: Any
    #: ``bytes.translate``'s table: the letters' bytes kept, any other byte a space
    table: bytes
    #: the anchor forms of the letters only, coded
    forms: frozenset[bytes]
    #: each of ``forms`` → the form
    names: dict[bytes, str]


@cache
def _letters(forms: frozenset[str]) -> _Letters:
    """The code page of the letters that the anchor forms ``forms`` are made of, those a word token holds (a
    form with another character, "تشرين1", is never a word token's text), and those forms coded."""
    word_char = re.compile(f"[{WORD_CLASS_AR}]")
    chars = sorted({c for w in forms for c in w if word_char.match(c)})
    table = [chr(b) for b in range(256)]  # ASCII and Latin-1 as themselves
    if len(chars) + len(_COMMON) > 0xA0 - _FIRST_LETTER or set(chars) & set(table):
        raise ValueError(f"the anchor forms' letters do not fit one byte each: {chars}")
    table[_FIRST_LETTER:0xA0] = [*chars, *_COMMON, *["\ufffe"] * (0xA0 - _FIRST_LETTER - len(chars) - len(_COMMON))]
    codes = charmap_build("".join(table))
    kept = range(_FIRST_LETTER, _FIRST_LETTER + len(chars))
    names = {charmap_encode(w, "strict", codes)[0]: w for w in forms if set(chars).issuperset(w)}
    return _Letters(codes, bytes(b if b in kept else _SPACE for b in range(256)), frozenset(names), names)


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
