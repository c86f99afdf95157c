"""Session 38 (pf38d, issue #18 linearity; speed, output unchanged): the document-wide passes that read a whole
list per match or per sentence now use an index or a per-document table.  Each is checked against the plain
reading it replaced, on real news text and on many overlapping spans."""

from __future__ import annotations

import random

from arabnews import Pipeline, tokenize
from arabnews.document import EntitySpan
from arabnews.extract.dates.candidates import Candidate
from arabnews.extract.dates.overlaps import Overlaps
from arabnews.extract.entities.acronyms import letter_acronyms
from arabnews.extract.entities.consistency import DocumentNames, _name_starts

NEWS = Pipeline(["numbers", "dates", "groups", "entities"])


def test_overlaps_meets_what_a_scan_meets() -> None:
    rng = random.Random(38)
    for _ in range(200):
        cands = []
        for _ in range(rng.randrange(0, 30)):
            ns = rng.randrange(0, 200)
            cands.append(Candidate(ns, ns + rng.randrange(0, 40), "DATE", None))
        index = Overlaps.of(cands)
        for _ in range(20):
            lo = rng.randrange(-10, 220)
            hi = lo + rng.randrange(0, 50)
            assert index.meeting(lo, hi) == [i for i, c in enumerate(cands) if c.ns < hi and c.ne > lo]


def test_many_dotted_acronyms_in_one_document() -> None:
    # a long document with the same runs again and again: each is one span, as when it is alone
    one = "قالت شبكة سي.إن.إن إن مهندسي دي . اي . سي درسوا في معهد إم.آي.تي ثم في شركة آي.بي.إم."
    doc = NEWS("\n".join([one] * 12))
    alone = NEWS(one)
    spans = [(e.text, e.label) for e in alone.entities if e.attrs.get("acronym")]
    assert len(spans) >= 3
    got = [(e.text, e.label) for e in doc.entities if e.attrs.get("acronym")]
    assert got == spans * 12


def test_acronyms_with_overlapping_spans_keep_the_scan() -> None:
    text = "قام مهندسو دي . اي . سي بنقل النظام"
    doc = NEWS(text)
    start = text.index("دي")
    spans = [EntitySpan(start, start + 2, "دي", label="PER"), EntitySpan(start, start + 12, text[start:start + 12],
                                                                             label="MISC")]
    out = letter_acronyms(doc, spans)
    assert [(doc.text[e.start:e.end], e.label) for e in out] == [("دي . اي . سي", "PER")]


def test_name_starts_table_answers_as_the_forms() -> None:
    toks = tokenize("زار يوسف الشاهد وبيوسف القاهرة وللقاهرة ثم عاد يوسف إلى القاهرة")
    tags = ["O"] * len(toks)
    firsts = {"يوسف": 1, "القاهره": 1}.keys()
    names = DocumentNames()
    plain = _name_starts(toks, tags, firsts, frozenset({"سف", "ره"}))
    assert [toks[i].text for i in plain] == ["يوسف", "وبيوسف", "القاهرة", "وللقاهرة", "يوسف", "القاهرة"]
    # twice through one document's table: the same answer
    assert _name_starts(toks, tags, firsts, frozenset({"سف", "ره"}), names.start_memo) == plain
    assert _name_starts(toks, tags, firsts, frozenset({"سف", "ره"}), names.start_memo) == plain
    assert _name_starts(toks, tags, firsts, None) == plain
