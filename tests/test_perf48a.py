"""Session 48 (pf48a, issue #18): cheaper new word types in the entities stage, the same results.

- ``word_flags`` does not ask a split's form with the article for its bare form (the split's other form), and calls
  the three shape tests (plural imperfect, future, spoken negation) only for a word whose first letter after و/ف can
  start them.
- The state scorer looks a new word's n-grams up as their three letters (``parts(word, ngrams=False)``): its own
  table holds "<دم" for "ng=<دم".
"""

from __future__ import annotations

import pytest

from arabnews.extract.entities import rulewords as R
from arabnews.extract.entities.crf import default_tagger
from arabnews.extract.entities.features import FeatureExtractor


def test_list_words_with_the_article_and_clitics_carry_their_lists_bits() -> None:
    """Every word of a list of ``rules.yaml`` (stored bare: "رئيس" for "الرئيس"), read with the article, after و or
    ب + the article, or after لل, has its list's bit (from the split that reads the article)."""
    rw = R.rule_words()
    checked = 0
    for name in R._LISTS:
        bit = R._BIT[name]
        for form in sorted(getattr(rw, name))[:40]:
            if len(form) <= 2 or " " in form:
                continue
            for word in ("ال" + form, "وال" + form, "بال" + form, "لل" + form):
                assert R.word_flags(word) & bit, (name, word)
            checked += 1
    assert checked > 300


@pytest.mark.parametrize(("word", "bit"), [
    ("سيزور", R._FUTURE), ("وسيستقبل", R._FUTURE), ("فستعلن", R._FUTURE), ("سنواصل", R._FUTURE),
    ("مانعرفوش", R._NEGATION), ("وماكانش", R._NEGATION), ("فماعندوش", R._NEGATION),
    ("يطالبون", R._PREDICATE), ("ويؤكدون", R._PREDICATE), ("فيحتجون", R._PREDICATE),
])
def test_shape_bits_after_waw_and_fa(word: str, bit: int) -> None:
    """The shapes read after و or ف or none (the gate on the first letter after them lets each through)."""
    assert R.word_flags(word) & bit


@pytest.mark.parametrize("word", ["سوريا", "وسوريا", "ستة", "مدينة", "وما", "يوم", "ويونيو", "فيلم", "و", "ف"])
def test_no_shape_bits(word: str) -> None:
    """Words that start with the same letters but have none of the shapes ("سوريا": س, not then ي/ت/ن; "وما" without
    ش; "يوم" too short)."""
    assert not R.word_flags(word) & (R._FUTURE | R._NEGATION)
    assert R.word_flags(word) & R._PREDICATE == (R._PREDICATE if R.fold(word) in R.rule_words().predicates else 0)


@pytest.mark.parametrize("word", ["بدمشق", "والعاصمة", "للمدينة", "الرئيس", "حلب", "انتخابات"])
def test_parts_with_bare_ngrams(word: str) -> None:
    """``parts(word, ngrams=False)`` is ``parts(word)`` with each n-gram feature its three letters alone."""
    fe = FeatureExtractor()
    full, bare = fe.parts(word), fe.parts(word, ngrams=False)
    assert bare[1:] == full[1:]
    assert bare[0] == [x[3:] if x.startswith("ng=") else x for x in full[0]]
    if len(R.fold(word)) > 5:
        assert any(x.startswith("ng=") for x in full[0])


def test_parts_ngrams_of_damascus() -> None:
    fe = FeatureExtractor()
    assert [x for x in fe.parts("بدمشق")[0] if x.startswith("ng=")] == ["ng=<دم", "ng=دمش", "ng=مشق", "ng=شق>"]
    local = fe.parts("بدمشق", ngrams=False)[0]
    start = local.index("<دم")
    assert local[start:start + 4] == ["<دم", "دمش", "مشق", "شق>"] and not any(x.startswith("ng=") for x in local)


def test_scorer_table_holds_the_ngrams_letters() -> None:
    tagger = default_tagger()
    scorer = tagger._scorer
    if scorer is None:  # pragma: no cover - platforms whose pycrfsuite hides crfsuite's C functions
        pytest.skip("crfsuite's lattice routines are not reachable here")
    model = tagger._model
    assert model is not None
    assert scorer._raw_ngrams
    grams = [name for name in model.attr_ids if name.startswith("ng=")]
    assert len(grams) > 1000
    assert not any(name.startswith("ng=") for name in scorer._own_ids)
    assert all(scorer._own_ids[name[3:]] == model.attr_ids[name] for name in grams
               if tagger.features.keep is None or name in tagger.features.keep)


@pytest.mark.parametrize(("word", "bare"), [
    ("ألمان", "مان"), ("ألوان", "وان"), ("إلهام", "هام"), ("بألوان", "وان"), ("ألسنة", "سنه"), ("إلينا", "ينا"),
])
def test_hamza_alef_words_read_their_bare_form(word: str, bare: str) -> None:
    """Words of ANT written with أل/إل, which fold to the article's letters without a clitic split of it ("ألمان" →
    "المان"): the folded form is read without them too ("مان"), the lookup kept for a form that is no split's."""
    bits = R._form_bits()[bare]
    assert bits and R.word_flags(word) & bits == bits
