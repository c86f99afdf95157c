"""Acronyms spelled letter by letter with dots: one ORG, across the dots and line breaks.

Arabic writes a Latin acronym as the names of its letters ("ام . اي . تي" MIT, "(سي.إن.إن)" CNN,
"آي.بي.إم" IBM) and an Arabic one as its initials ("أ.ف.ب", "د.ب.أ").  The tokenizer and the
sentence splitter cut them at each dot, so the tagger sees one letter at a time and tags each its own
way ("اي/ORG", "تي/LOC") or not at all.  Here the whole run is one span:

- a run of two or more letter names (``lexicon.yaml``'s ``letter_names``) joined by dots, with at
  least one letter that is no Arabic word ("تي", not only "ام . اي");
- an entity that starts before the run and reaches into it keeps its label and covers the run
  ("مخبر ام . اي . تي"); otherwise the run, with the entities inside it, is one span with the label
  the tagger gave most of its letters ("كي . دي . اي", KDE, a MISC), an ORG if it tagged none;
- text written one sentence a line (AQMAR's "ام ." / "اي ." / "تي") gives one span a line.

Single Arabic letters with dots are left to the tagger: "أ.ف.ب" is an agency, but "ت . ن . ت" is
TNT and "ق . م" is before Christ.

>>> from arabnews import Pipeline
>>> doc = Pipeline(["numbers", "dates", "groups", "entities"])("قام مهندسو دي . اي . سي بنقل النظام")
>>> [(e.text, e.label) for e in doc.entities]
[('دي . اي . سي', 'ORG')]
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache
from typing import cast

from ...document import Document, EntitySpan, Label, Part
from ...lang.ar import trie_regex
from .gazetteer import key, lexicon

#: A dot between two letters, with spaces or a line break around it.
_DOT = r"\s*\.\s*"


@cache
def _pattern() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """The run pattern, a quick test for a document that may hold a run, and the unambiguous letters.

    Every run holds a dot followed by a letter that ends its word; the quick test looks for only that,
    starting at the dot (a literal prefix ``re`` finds fast), where the run pattern, which starts with a
    look-behind, has to try every position of the document."""
    names = lexicon()["letter_names"]
    clear = frozenset(key(w) for w in names["unambiguous"])
    letters = trie_regex(clear | {key(w) for w in names["ambiguous"]})
    end = r"(?![\w\u064b-\u065f])"
    run = re.compile(rf"(?<![\w\u064b-\u065f]){letters}(?:{_DOT}{letters}{end})+")
    return run, re.compile(rf"\.\s*{letters}{end}"), clear


def letter_acronyms(doc: Document, spans: list[EntitySpan]) -> list[EntitySpan]:
    """``spans`` (in text order) with each dotted acronym of ``doc`` made one span (see the module)."""
    folded = doc.folded
    if "." not in folded:
        return spans
    pattern, maybe, clear = _pattern()
    if maybe.search(folded) is None:
        return spans
    out = list(spans)
    # the spans' starts and ends, kept with ``out``: when the spans do not overlap (the tagger's), those
    # a run meets are found by bisection, not by a scan of the document's spans per run
    starts = [x.start for x in out]
    ends = [x.end for x in out]
    apart = all(a <= b for a, b in zip(ends, starts[1:], strict=False)) and all(
        a <= b for a, b in zip(starts, ends, strict=True))
    for m in pattern.finditer(folded):
        if not any(p.strip(" \t\n\r.") in clear for p in m.group().split(".")):
            continue
        run = doc.to_original(*m.span())
        if apart:
            tagged = [x.label for x in out[bisect_right(ends, run[0]):bisect_left(starts, run[1])]]
        else:
            tagged = [x.label for x in out if x.start < run[1] and x.end > run[0]]
        # the most frequent label, the first in text order on a tie (a set's order follows the hash seed)
        label = max(tagged, key=tagged.count) if tagged else "ORG"
        at = m.start()
        for line in m.group().split("\n"):
            lead = len(line) - len(line.lstrip(" \t\r."))
            body = line.strip(" \t\r.")
            if body:
                _put(doc, out, starts, ends, doc.to_original(at + lead, at + lead + len(body)), label)
            at += len(line) + 1
    return out


def _put(doc: Document, out: list[EntitySpan], starts: list[int], ends: list[int], span: tuple[int, int],
         label: str) -> None:
    """Make ``span`` one entity of ``label`` in ``out`` (kept in text order, with its ``starts`` and
    ``ends``): the entities inside it go, one that starts before it is extended over it with its own label."""
    start, end = span
    part = doc.part_at(start)
    if part is None or part not in doc.parts:
        return
    k = bisect_left(starts, start)
    while k > 0 and out[k - 1].end > start:
        k -= 1
    j = k
    while j < len(out) and out[j].start < end:
        j += 1
    inside = out[k:j]
    head = inside[0] if inside and inside[0].start < start else None
    first = head.start if head is not None else start
    last = max([end, *(x.end for x in inside)])
    out[k:j] = [EntitySpan(first, last, doc.text[first:last], label=head.label if head else cast(Label, label),
                           part=cast(Part, part), source="crf", attrs={"acronym": True})]
    starts[k:j] = [first]
    ends[k:j] = [last]
