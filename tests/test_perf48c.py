"""Session 48 (pf48c, issue #18: the fixed cost of a short document): the CRF's tag_many reads a short batch's chosen
marginals one by one (``ndarray.item``, at most ``_FEW_TOKENS`` tokens) and a longer one by numpy's fancy indexing;
the lattice fills its kept arrays by slice assignment and divides the marginals in place.  Both reads give the same
floats, and both are pycrfsuite's bit for bit, on ANT text on either side of the threshold."""

from __future__ import annotations

import pytest

from arabnews.extract.entities import crf as crf_module
from arabnews.extract.entities.crf import CRFTagger
from conftest import tagged_sentences as _sentences

#: ANT article 6003 (a headline, then its first two sentences: a person, a town, a radio's name in quotes)
ARTICLE = (
    "جندوبة : انقطاع حركة المرور اثر انهيار أحد المعابر\n"
    "أكد اليوم الثلاثاء، عبد الكريم عمري مدير جهوي للتجهيز بجندوبة، انقطاع حركة المرور على مستوى طريق جهوية اثر "
    "انهيار جزء من أحد المعابر.\n"
    'وقال في تصريح لمراسل "الجوهرة أف أم" إنه تم تسجيل فيضان "واد تاسع" جراء هطول أمطار غزيرة أمس أسفر عنه انهيار '
    "جزء من المعبر المقام على هذا الوادي ومما أدى انقطاع تام لحركة المرور على مستوى تقاطع مع طريق جهوية."
)


def _pycrfsuite(tagger: CRFTagger, words: list[str]) -> tuple[list[str], list[float], list[list[float]]]:
    crf = tagger._tagger()
    tags = crf.tag(tagger.features(words))
    probs = [crf.marginal(t, i) if t != "O" else 1.0 for i, t in enumerate(tags)]
    return tags, probs, [[crf.marginal(label, i) for label in tagger.labels()] for i in range(len(tags))]


def test_threshold_splits_the_article() -> None:
    sentences = _sentences(ARTICLE)
    sizes = [len(s) for s in sentences]
    # a sentence alone is a short batch, the whole article a long one
    assert sizes == [9, 26, 45] and max(sizes) <= crf_module._FEW_TOKENS < sum(sizes)


@pytest.mark.parametrize("batch", ["sentence", "article"])
def test_both_reads_are_pycrfsuite(tagger: CRFTagger, batch: str) -> None:
    sentences = _sentences(ARTICLE)
    if batch == "sentence":
        sentences = sentences[1:2]
    got = tagger.tag_many(sentences)
    assert sum(len(s) for s in sentences) <= crf_module._FEW_TOKENS or batch == "article"
    for words, tagged in zip(sentences, got, strict=True):
        tags, probs, marginals = _pycrfsuite(tagger, words)
        assert tagged.tags == tags
        assert tagged.probs == probs
        assert [[float(x) for x in row] for row in tagged.marginals] == marginals
    found = {(w, t) for s, g in zip(sentences, got, strict=True) for w, t in zip(s, g.tags, strict=True) if t != "O"}
    assert found == {("عبد", "B-PER"), ("الكريم", "I-PER"), ("عمري", "I-PER")}


@pytest.mark.parametrize("few", [0, 10_000])
def test_same_floats_whichever_read(tagger: CRFTagger, few: int, monkeypatch: pytest.MonkeyPatch) -> None:
    sentences = _sentences(ARTICLE)
    want = [(t.tags, t.probs) for t in tagger.tag_many(sentences)]
    monkeypatch.setattr(crf_module, "_FEW_TOKENS", few)
    assert [(t.tags, t.probs) for t in tagger.tag_many(sentences)] == want
    # the sentence with the name alone, as a short document
    alone = tagger.tag_many(sentences[1:2])[0]
    assert alone.probs == want[1][1] == _pycrfsuite(tagger, sentences[1])[1]
    named = [p for p, t in zip(alone.probs, alone.tags, strict=True) if t != "O"]
    assert len(named) == 3 and all(0.9 < p < 1.0 for p in named)  # the marginals of "عبد الكريم عمري", read


def test_kept_path_not_shared(tagger: CRFTagger) -> None:
    """The lattice's kept arrays serve the next batch: a batch's path and marginals are its own copies."""
    first = tagger.tag_many(_sentences(ARTICLE)[1:2])[0]
    tags, probs = list(first.tags), list(first.probs)
    marginals = [list(map(float, row)) for row in first.marginals]
    tagger.tag_many(_sentences("قال الرئيس السوري بشار الأسد في دمشق إن وزارة الخارجية الأمريكية و بحلب"))
    assert first.tags == tags and first.probs == probs
    assert [list(map(float, row)) for row in first.marginals] == marginals
