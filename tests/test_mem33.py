"""Session 33 (pf33c): the loaded CRF tagger keeps only the attribute ids its state scorer looks up.

The model's whole table of names (90,000 strings, some 15 MB) and the ``pycrfsuite.Tagger`` of the
load-time check (the model file read again, 8 MB) are released once the fast path is built; a name
asked for later is read again from the model file, with the same id."""

from __future__ import annotations

import pytest

from arabnews.extract.entities.crf import CRFTagger, default_tagger
from arabnews.extract.entities.statescores import _own_name


@pytest.fixture(scope="module")
def tagger() -> CRFTagger:
    t = default_tagger()
    if t._scorer is None or t._model is None:
        pytest.skip("the fast CRF path is not available")
    return t


def test_loaded_tagger_releases_the_name_table_and_the_check_tagger() -> None:
    t = CRFTagger()  # a fresh load: nothing else has asked it for names yet
    assert t._model is not None and t._scorer is not None
    assert t._model.attr_ids._ids is None
    assert getattr(t._local, "tagger", None) is None
    # the extractor's filter is the model's own names, read through the (released) table
    assert t.features.keep is t._model.attr_ids.keys()
    tags = t.tag("قال الرئيس السوري بشار الأسد في دمشق".split())[0]
    assert tags[3:5] == ["B-PER", "I-PER"] and tags[6] == "B-LOC"
    assert t._model.attr_ids._ids is None  # tagging on the fast path never reads the names again


def test_names_read_again_have_the_same_ids(tagger: CRFTagger) -> None:
    model = tagger._model
    assert model is not None
    ids = model.attr_ids
    n = len(ids)
    assert n > 80_000
    assert "bias" in ids and "w=دمشق" in ids.keys() and "-1|w=قال" in ids
    assert "w=لامعنىله" not in ids and ids.get("w=لامعنىله") is None
    sc = tagger._scorer
    assert sc is not None
    for name in ("bias", "w=دمشق", "st=حلب", "g_place", "al"):
        assert sc._own_ids[name] == ids[name]
    assert sc._ctx_ids[1]["w=قال"] == ids["-1|w=قال"]  # "-1|" is the second window tag
    ids.release()
    assert ids._ids is None and len(ids) == n


@pytest.mark.parametrize(("name", "own"), [
    ("bias", True), ("al", True), ("g_place", True), ("t_per", True), ("w=دمشق", True),
    ("w=|", True), ("s1=|", True), ("ng=<|>", True), ("np_x|y", True), ("c64=12", True),
    ("-1|w=دمشق", False), ("+2|g_place", False), ("bg=في|حلب", False), ("bg=||حلب", False),
    ("wiki|w=دمشق", False), ("fane|st=حلب", False), ("wiki|g_place", False),
])
def test_own_name(name: str, own: bool) -> None:
    assert _own_name(name) is own


def test_every_own_feature_finds_its_id(tagger: CRFTagger) -> None:
    """The scorer's own table gives each own feature of real words the id of the model's whole table
    (a feature the model lacks is missing from both)."""
    model, sc = tagger._model, tagger._scorer
    assert model is not None and sc is not None
    text = ("أعلنت وزارة الداخلية العراقية اليوم الثلاثاء مقتل 12 شخصا وإصابة آخرين بانفجار سيارة مفخخة في "
            "بغداد، وقال المتحدث باسم الوزارة سعد معن إن القوات الأمنية اعتقلت مشتبها به | والبنتاغون "
            "وبالموصل وللجيش لحزب الله والحوثيين ١٥ 2017 U.N. ترامب وبوتين")
    hits = 0
    for word in text.split():
        names, keys = tagger.features.parts(word)[0], tagger.features.parts(word, not sc._raw_ngrams)[0]
        assert len(names) == len(keys)
        # since session 48 the table holds an n-gram under its three letters ("<اع"), the model under "ng=<اع"
        for name, key in zip(names, keys, strict=True):
            want = model.attr_ids.get(name)
            assert sc._own_ids.get(key) == want, (word, name, key)
            hits += want is not None
    assert hits > 100
