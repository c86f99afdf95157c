"""The CRF's fast path (state scores per word type + crfsuite's lattice through ctypes) gives
pycrfsuite's tags and marginals bit for bit, and the stage's entities do not depend on the path."""

from __future__ import annotations

import pytest

import arabnews
from arabnews.extract.entities.crf import CRFTagger, default_tagger
from arabnews.extract.entities.sequences import tag_sequences
from arabnews.text.clitics import clitic_splits

TEXT = (
    "قال الرئيس السوري بشار الأسد في مقابلة مع صحيفة الوطن إن الجيش سيستعيد مدينة حلب. "
    "وزار وزير الخارجية الأمريكي جون كيري العاصمة الأردنية عمان، والتقى الملك عبد الله الثاني. "
    "وأعلنت الأمم المتحدة أن المبعوث ستيفان دي ميستورا سيصل إلى جنيف وبيروت ودمشق الأسبوع المقبل. "
    "قصفت الطائرات ريف إدلب ودير الزور وبلدة سراقب"
)


def _sentences(text: str) -> list[list[str]]:
    doc = arabnews.Pipeline([]).make_doc(text)
    return [[t.norm for t in toks] for _, toks in tag_sequences(doc)]


@pytest.fixture(scope="module")
def tagger() -> CRFTagger:
    tagger = default_tagger()
    if tagger._scorer is None:  # pragma: no cover - platforms whose pycrfsuite hides crfsuite's C functions
        pytest.skip("crfsuite's lattice routines are not reachable here")
    return tagger


@pytest.mark.parametrize("domain", [None, "wiki"])
def test_fast_path_is_pycrfsuite_bit_for_bit(tagger: CRFTagger, domain: str | None) -> None:
    crf = tagger._tagger()
    labels = tagger.labels()
    sentences = _sentences(TEXT)
    assert len(sentences) == 4
    for words, got in zip(sentences, tagger.tag_many(sentences, domain), strict=True):
        tags = crf.tag(tagger.features(words, None, domain))
        assert got.tags == tags
        want = [[crf.marginal(label, i) for label in labels] for i in range(len(tags))]
        assert [[float(x) for x in row] for row in got.marginals] == want
        assert got.probs == [crf.marginal(t, i) if t != "O" else 1.0 for i, t in enumerate(tags)]


def test_tagged_entities(tagger: CRFTagger) -> None:
    words = _sentences("قال الرئيس بشار الأسد في بحلب")[0]
    tags, probs = tagger.tag(words, marginals=True)
    assert tags == ["O", "O", "B-PER", "I-PER", "O", "B-LOC"]
    assert probs is not None and probs[:2] == [1.0, 1.0] and all(0.9 < p < 1.0 for p in probs[2:4])
    # rescoring a changed tag reads that sentence's marginals
    changed = ["O", "B-PER", "I-PER", "I-PER", "O", "B-LOC"]
    rescored = tagger.rescore(changed, probs)
    assert rescored[0] == 1.0 and rescored[3:] == probs[3:] and rescored[1] < 0.5 and rescored[2] < 0.01


def test_stage_same_without_fast_path(tagger: CRFTagger, monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = arabnews.Pipeline()
    fast = nlp(TEXT).to_dict()["entities"]
    assert {(e["text"], e["label"]) for e in fast} >= {("بشار الأسد", "PER"), ("جنيف", "LOC"), ("إدلب", "LOC")}
    monkeypatch.setattr(tagger, "_scorer", None)
    monkeypatch.setattr(tagger, "_model", None)
    assert nlp(TEXT).to_dict()["entities"] == fast


def test_empty_sentences(tagger: CRFTagger) -> None:
    out = tagger.tag_many([[], ["حلب"], []])
    assert [t.tags for t in out] == [[], ["B-LOC"], []]
    assert tagger.tag([], marginals=True) == ([], [])


def test_clitic_splits_cached_copies() -> None:
    first = clitic_splits("وبالقدس")
    first.clear()  # a caller's list is its own
    assert [s.stem for s in clitic_splits("وبالقدس")] == ["وبالقدس", "بالقدس", "القدس", "قدس"]
    assert [s.stem for s in clitic_splits("دمشق")] == ["دمشق"]


def test_threads_tag_alike(tagger: CRFTagger) -> None:
    from concurrent.futures import ThreadPoolExecutor

    sentences = _sentences(TEXT)
    want = [t.tags for t in tagger.tag_many(sentences)]
    with ThreadPoolExecutor(4) as pool:
        runs = list(pool.map(lambda _: [t.tags for t in tagger.tag_many(sentences)], range(16)))
    assert all(run == want for run in runs)
