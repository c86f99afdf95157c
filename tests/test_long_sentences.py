"""Long sentences: a page scraped without its punctuation is one sentence of thousands of words.

The relations, groups and events stages once compared every cue or event with everything else in its
sentence, so such a text took time quadratic in its length (40 KB: 2.5 s of relations, 80 KB: 17 s
for the whole pipeline).  Each bound they use now is checked here against the plain reading it
replaces, on real sentences; the work they do is counted, never timed.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from arabnews import Pipeline
from arabnews.extract import relations
from arabnews.extract.events import arguments
from arabnews.extract.events.triggers import lexicon as events_lexicon
from arabnews.extract.groups.matcher import _Taken

SEED = Path(__file__).resolve().parents[1] / "examples" / "article.txt"
_PUNCT = re.compile(r"[.،,؛:!?؟\n]")

#: Sentences of the relations tests (every type, with cues, groups, states and nisbas).
RELATION_SENTENCES = [
    "أعلنت كتائب القسام التابعة لحركة حماس",
    "قتل عناصر جبهة النصرة التابعين لتنظيم القاعدة",
    "حركة النجباء المنضوية في الحشد الشعبي",
    "انضم لواء صقور الشام إلى هيئة تحرير الشام",
    "قاتل حزب الله اللبناني إلى جانب قوات النظام في القصير",
    "تحالفت حركة أحرار الشام مع جبهة النصرة",
    "قصفت جماعة الحوثي المدعومة إيرانيا السفينة",
    "حزب الله المدعوم من طهران",
    "تقدم الجيش الوطني السوري المدعوم من تركيا نحو منبج",
    "نفذ تنظيم داعش هجوما على قوات سوريا الديمقراطية",
    "اشتبكت قوات الدعم السريع مع الجيش السوداني في الخرطوم",
]


@pytest.fixture(scope="module")
def nlp():
    return Pipeline()


def unpunctuated(text: str) -> str:
    return _PUNCT.sub(" ", text)


def relation_rows(doc):
    return [(r.start, r.end, r.type, r.head, r.tail) for r in doc.layers.get("relations") or []]


def test_relations_gap_bound_changes_nothing(nlp, monkeypatch):
    seed = SEED.read_text(encoding="utf-8")
    texts = [seed, unpunctuated(seed), " و".join(RELATION_SENTENCES), " ".join(RELATION_SENTENCES * 3)]
    docs = [nlp(t) for t in texts]
    bounded = [relation_rows(d) for d in docs]
    monkeypatch.setattr(relations, "_gap_end", lambda text, pos, hi, max_words: hi)
    plain = [relation_rows(nlp(t)) for t in texts]
    assert bounded == plain
    assert len(bounded[2]) >= 8  # the joined sentences still state their relations


def test_a_cue_reads_a_few_words_not_the_rest_of_its_sentence(nlp, monkeypatch):
    read: list[int] = []
    plain_gap_ok = relations._gap_ok

    def counting(gap, **kw):
        read.append(len(gap))
        return plain_gap_ok(gap, **kw)

    monkeypatch.setattr(relations, "_gap_ok", counting)
    sizes = []
    for copies in (2, 8):
        read.clear()
        nlp(" ".join(RELATION_SENTENCES * copies))  # one sentence
        sizes.append(sum(read))
    assert sizes[0] > 0
    assert sizes[1] <= 5 * sizes[0]  # four times the text: about four times the reading, not sixteen


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(0, 12)), max_size=12),
       st.integers(0, 70), st.integers(0, 15))
def test_taken_spans_answer_as_the_plain_scan(spans, s, length):
    spans = [(a, a + n) for a, n in spans]
    taken = _Taken(spans[: len(spans) // 2])
    for a, b in spans[len(spans) // 2:]:
        taken.add(a, b)
    e = s + length
    assert taken.free(s, e) == all(e <= ts or s >= te for ts, te in spans)


def test_groups_in_a_long_list_are_all_found(nlp):
    text = "تنظيم داعش وجبهة النصرة ولواء الفجر " * 400
    doc = nlp(text)
    ids = [g.id for g in doc.groups]
    assert ids.count("isis") == ids.count("jabhat-al-nusra") == 400
    assert len(ids) == 1200


def test_clause_bounds_equal_the_plain_scan(nlp):
    doc = nlp(SEED.read_text(encoding="utf-8"))
    lex = events_lexicon()
    views = 0
    for k, sent in enumerate(doc.sentences):
        view = arguments.SentenceView(doc, k, sent.start, sent.end, lex)
        for cid in range(-1, max(view.clause, default=-1) + 2):
            ks = [j for j, c in enumerate(view.clause) if c == cid]
            assert list(view.clause_tokens(cid)) == ks
            if ks:
                assert view.clause_range(cid) == (view.tokens[ks[0]].start, view.tokens[ks[-1]].end)
            else:
                with pytest.raises(IndexError):
                    view.clause_range(cid)
        views += len(view.clause_bounds) > 1
    assert views >= 5  # sentences of several clauses were read


def test_places_are_read_once_per_sentence(nlp, monkeypatch):
    calls: list[int] = []
    plain_places = arguments._places

    def counting(view, layers, names):
        calls.append(view.index)
        return plain_places(view, layers, names)

    monkeypatch.setattr(arguments, "_places", counting)
    doc = nlp(unpunctuated(SEED.read_text(encoding="utf-8")))
    assert len(doc.layers["events"]) >= 3
    assert len(calls) == len(set(calls))
