"""Session 20's fast paths of the entities stage's cold path (a word type seen for the first time):
each must give exactly what the plain code gives (the full JSON of ANT is compared byte for byte too)."""

from __future__ import annotations

from dataclasses import FrozenInstanceError
from pathlib import Path

import numpy as np
import pytest

from arabnews import normalize, tokenize
from arabnews.extract.entities import features
from arabnews.extract.entities.statescores import _ints
from arabnews.lang.ar import fold
from arabnews.lang.ar.folding import _FOLD
from arabnews.text.clitics import MIN_STEM, PROCLITICS, CliticSplit, clitic_splits

SAMPLE = Path(__file__).parent / "golden" / "ant_sample.txt"


def _words() -> list[str]:
    words = sorted({t.norm for t in tokenize(normalize(SAMPLE.read_text(encoding="utf-8")))})
    assert len(words) > 1000
    return words


def test_fold_of_each_word_and_phrase_equals_the_translation():
    words = _words()
    phrases = [" ".join(words[k:k + n]) for n in (3, 8, 20) for k in range(0, len(words), 97)]
    assert any(41 <= len(p) < 200 for p in phrases)  # the lengths between the memo's and the long texts'
    for text in [*words, *phrases, "", "ة", "ىؤئأإآٱ", "مدينة حماة", "مؤتمر", "إلى", "abc", "ٱلله"]:
        assert fold(text) == text.translate(_FOLD), text
        assert fold(text) == text.translate(_FOLD), text  # the memo's answer too
    assert fold("مدينة حماة") == "مدينه حماه"
    unchanged = "".join(["سلطان", "برجكم"])  # a word no memo has seen, without a letter that folds
    assert fold(unchanged) is unchanged  # its own object: the memo keeps one string, not two


def _plain_splits(word: str) -> list[CliticSplit]:
    """The splits as the constructor builds them, from every proclitic of the grammar."""
    out = [CliticSplit("", word, False, 0)]
    for prefix in sorted(PROCLITICS, key=len):
        if prefix and len(word) - len(prefix) >= MIN_STEM and word.startswith(prefix):
            article = prefix.endswith("ال") or prefix.endswith("لل")
            out.append(CliticSplit(prefix, word[len(prefix):], article, len(prefix)))
    return out


@pytest.mark.parametrize("word", ["وبالقدس", "للمدينة", "فلسطين", "بحلب", "وبل", "بل", "ول", "ب", "", "كالعادة",
                                  "والسلطات", "فالحكومة", "لبنان", "تونس"])
def test_clitic_splits_are_the_constructors_objects(word):
    splits = clitic_splits(word)
    assert splits == _plain_splits(word)
    assert [hash(s) for s in splits] == [hash(CliticSplit(s.prefix, s.stem, s.article, s.offset)) for s in splits]
    assert all(type(s) is CliticSplit for s in splits)
    with pytest.raises(FrozenInstanceError):
        splits[0].stem = "x"  # type: ignore[misc]


def test_clitic_splits_of_the_sample_words():
    words = _words()
    assert [clitic_splits(w) for w in words] == [_plain_splits(w) for w in words]
    assert [s.stem for s in clitic_splits("وبالقدس")] == ["وبالقدس", "بالقدس", "القدس", "قدس"]


def _plain_shape(word: str) -> str:
    if features._ARABIC.match(word):
        return "ar1" if len(word) == 1 else "ar"
    if features._DIGITS.match(word):
        return "num"
    if features._LATIN.match(word):
        return "lat"
    if features._PUNCT.match(word):
        return "punct"
    return "mixed"


def test_shape_of_each_word_as_the_regex_module_reads_it():
    words = _words()
    odd = ["ـ", "مـدينة", "ب", "٢٠١٧", "2017", "abc", "،", "!!", "تونس2017", "ڤ", "ﻻ", "پاريس", "", "\u064b"]
    for w in [*words, *odd]:
        assert features.shape(w) == _plain_shape(w), w
    assert [features.shape(w) for w in ("تونس", "و", "مـدينة", "ڤيينا")] == ["ar", "ar1", "mixed", "ar"]


@pytest.mark.parametrize("values", [[], [0], [3, 1, 2], list(range(5000)), [2**31 - 1, 0, 89516]])
def test_ints_equal_numpy_arrays(values):
    got = _ints(values)
    assert got.dtype == np.intp
    assert got.tolist() == values
    assert np.array_equal(got, np.array(values, dtype=np.intp))
