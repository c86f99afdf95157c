"""Names of news outlets that hold a word of time or a number, where the context says they are outlets.

"وقال موقع الوطن اليوم إن …", "القاهرة - المصري اليوم:", "نقلت صحيفة اليوم السابع", "صحيفة 26 سبتمبر", "موقع عدن
الغد", "القناة 12 العبرية": the name's "اليوم" is no today, its "السابع" no 7, "26 سبتمبر" no date.  The same
words are plain words elsewhere ("تشهد تونس اليوم إضرابا", "المنتخب المصري اليوم", "في اليوم السابع من الشهر"),
so a name of ``outlet_names.yaml`` is an outlet only

- after a head noun in construct ("صحيفة", "لموقع", "وقناة"; quotes between allowed: 'لقناة "روسيا اليوم"'),
- in quotes of its own ("وفق ما نقلته «المصري اليوم»"), or after a source phrase ("نقلا عن", "بحسب", "وفق"), when
  it has two words or more ('وصل الرئيس "اليوم"', "حسب اليوم" stay today),
- in a dateline at a line's start ("القاهرة - المصري اليوم:").

A channel's number before a national adjective is a name too ("القناة 12 العبرية", "قناة 218 الليبية"): not
"ضمت القناة 11 لاعبا".  The numbers stage reads no number inside these spans and the dates stage no date
(:func:`outlet_spans`, on the folded text: normalized offsets).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from typing import Any

from ...lang import ar
from ...lang.ar import lookup_key, trie_regex
from ...lang.ar.trie import SPACE
from ...lang.schema import Record, Words
from ...memo import of_text

_SCHEMA = Record({"names": Words, "heads": Words, "sources": Words}, {"_about": str})

#: Quotes that may open and close a name (folded text keeps them)
_OPEN = "\"«“'‘„"
_CLOSE = "\"»”'’“"
#: Words after a name of digits that leave it a name ("أعلنت قناة 24 في خبر عاجل", "قال موقع 24 إن"), folded
_AFTER_NAME = frozenset({"في", "علي", "عن", "من", "ان", "الي", "الاخباري", "الاخباريه", "نقلا", "مساء", "صباح"})
#: How far before a name its context is read (a head of two words, a proclitic, a quote, spaces)
_REACH = 40
#: The white space a name's words may have between them (the trie's :data:`~...lang.ar.trie.SPACE`)
_GAP = " \t\u00a0"


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(the names, a head or source phrase ending where a name starts, a dateline's beginning ending there, a
    channel's number) — ``re`` patterns of the folded text."""
    data = ar.load("outlet_names.yaml", _SCHEMA)
    names = trie_regex({lookup_key(w) for w in data["names"]})
    heads = trie_regex({lookup_key(w) for w in data["heads"]})
    sources = trie_regex({lookup_key(w) for w in data["sources"]})
    name = re.compile(rf"(?<!\w){names}(?!\w)")
    quote = f"[{_OPEN}]"
    before = re.compile(rf"(?P<head>(?<!\w)[وف]?[بلك]?{heads}[^\S\n]+{quote}?[^\S\n]*\Z)"
                        rf"|(?<!\w)[وف]?{sources}[^\S\n]+{quote}?[^\S\n]*\Z|{quote}[^\S\n]*\Z")
    dateline = re.compile(r"(?:\A|\n)[^\S\n]*(?:[^\W\d_]+[^\S\n]+){0,2}[^\W\d_]+[^\S\n]*[-–—][^\S\n]*\Z")
    channel = re.compile(r"(?<!\w)(?:[وف]?[بلك]?(?:ال)?|[وف]?لل)قناه[^\S\n]+(?P<n>\d{1,3})"
                         r"(?=[^\S\n]+ال[^\W\d_]+يه?(?!\w))")
    return name, before, dateline, channel


#: An anchor's walks: (its offset in its word of a name, the lengths of the words before that word, nearest first)
_Walk = tuple[int, tuple[int, ...]]


@cache
def _anchors() -> tuple[tuple[str, tuple[_Walk, ...]], ...] | None:
    """Strings that every name holds one of ("اليوم", "24", "الاسبوع", …: a few, chosen greedily), each with where
    it may stand in a name: a name can start only a known distance (over the white space between its words)
    before an anchor's occurrence.  None when a name has a dash (its gap has no fixed form)."""
    keys = sorted({lookup_key(w) for w in ar.load("outlet_names.yaml", _SCHEMA)["names"]})
    if any("-" in k for k in keys) or SPACE != r"[ \t\u00a0]+":
        return None
    pieces = {p for k in keys for w in k.split(" ") for p in (w, *re.findall(r"\d+", w))}
    left, chosen = set(keys), []
    while left:  # the piece held by most names left (the longer first), until every name holds one
        best = max(sorted(pieces), key=lambda p: (sum(p in k for k in left), len(p)))
        chosen.append(best)
        left = {k for k in left if best not in k}
    found = []
    for a in chosen:
        walks: set[_Walk] = set()
        for k in keys:
            words = k.split(" ")
            for j, w in enumerate(words):
                walks.update((m.start(), tuple(len(x) for x in reversed(words[:j])))
                             for m in re.finditer(f"(?={re.escape(a)})", w))
        found.append((a, tuple(sorted(walks))))
    return tuple(found)


def _starts(folded: str, memo: dict[str, tuple[str, Any]] | None = None) -> list[int]:
    """The positions of ``folded`` where a name may start, in order (all those where one does, and more); found
    once per document (its ``memo``: the numbers stage asks region by region, the dates stage for the whole text)."""
    return of_text(memo, "outlets.starts", folded, lambda: _find_starts(folded))


def _find_starts(folded: str) -> list[int]:
    """:func:`_starts`, read."""
    anchors = _anchors()
    assert anchors is not None
    starts = set()
    for a, walks in anchors:
        p = folded.find(a)
        while p >= 0:
            for k, lengths in walks:
                pos = p - k
                for n in lengths:  # back over the gap and the word before
                    r = pos
                    while r > 0 and folded[r - 1] in _GAP:
                        r -= 1
                    if r == pos:
                        pos = -1
                        break
                    pos = r - n
                if pos >= 0:
                    starts.add(pos)
            p = folded.find(a, p + 1)
    return sorted(starts)


def _names(folded: str, lo: int, hi: int, memo: dict[str, tuple[str, Any]] | None = None) -> list[re.Match[str]]:
    """The matches of the names' pattern in ``folded[lo:hi]``, as ``finditer`` finds them (tried only where one
    may start: :func:`_starts`)."""
    name = _patterns()[0]
    if _anchors() is None:
        return list(name.finditer(folded, lo, hi))
    starts = _starts(folded, memo)
    found, taken = [], lo
    for k in range(bisect_left(starts, lo), len(starts)):
        s = starts[k]
        if s >= hi:
            break
        if s < taken:
            continue
        m = name.match(folded, s, hi)
        if m is not None:
            found.append(m)
            taken = m.end()
    return found


def outlet_spans(folded: str, lo: int = 0, hi: int | None = None,
                 memo: dict[str, tuple[str, Any]] | None = None) -> list[tuple[int, int]]:
    """The spans of ``folded[lo:hi]`` (normalized offsets) that name an outlet holding a time or number word, in
    order; a channel's number alone ("القناة 12 العبرية" → "12").  ``memo``: the document's
    (:attr:`.Document.memo`), where the places a name may start are kept for its other regions and stages."""
    hi = len(folded) if hi is None else hi
    _, before, dateline, channel = _patterns()
    found: list[tuple[int, int]] = []
    for m in _names(folded, lo, hi, memo):
        s, e = m.span()
        after = folded[e:e + _REACH].lstrip(" \t\u00a0")
        b = before.search(folded, max(0, s - _REACH), s)
        if b is not None and b["head"] is None and " " not in m.group():
            continue  # a word alone after a source phrase or in quotes: "حسب اليوم", 'وصل الرئيس "اليوم"'
        if b is not None and b.group()[:1] in _OPEN and after[:1] not in _CLOSE:
            continue  # a quote opens before the name and none closes after it: a quotation's first words
        if b is None:
            d = dateline.search(folded, max(0, s - _REACH), s) if " " in m.group() else None
            if d is None or after[:1] not in ":-–—":
                continue
        if m.group().isdigit() and after[:1].isalpha() and not after.startswith("ال") \
                and after.split(maxsplit=1)[0] not in _AFTER_NAME:
            continue  # a name of digits alone before a noun: a count ("موقع 24 ساعة")
        found.append((s, e))
    if folded.find("قناه", lo, hi) >= 0:
        found.extend(m.span("n") for m in channel.finditer(folded, lo, hi))
        found.sort()
    return found
