"""camel-tools as an optional backend: cross-checks when it is installed, clear errors when not."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

import arabnews
from arabnews.backends import camel

needs_camel = pytest.mark.skipif(not camel.is_available(), reason="camel-tools not installed (arabnews[camel])")


@needs_camel
def test_transliteration_round_trip():
    assert arabnews.transliterate("القدس") == "Alqds"
    assert arabnews.transliterate("Alqds", "bw2ar") == "القدس"
    with pytest.raises(ValueError, match="scheme must be one of"):
        arabnews.transliterate("x", "klingon")


_only_diacritics = dict.fromkeys(arabnews.NORMALIZATION_DEFAULTS, False) | {"diacritics": True}
vocalized = st.text(alphabet=st.sampled_from(list("ابتجحدرسعفقلمنهوي ") + ["\u064b", "\u064e", "\u064f",
                                                                         "\u0650", "\u0651", "\u0652"]),
                    max_size=40)


@needs_camel
@given(vocalized)
def test_dediacritization_agrees_with_camel(text):
    assert arabnews.normalize(text, **_only_diacritics) == camel.dediac(text)


@needs_camel
@pytest.mark.parametrize("sentence", [
    "انتشلت ميليشيا لواء القدس جثث 46 مقاتلا من صفوفها، وذلك بعد أربعة أعوام.",
    "وتحصل الميليشيا على دعم إيراني (في طهران) !",
])
def test_word_tokens_agree_with_camel_on_plain_text(sentence):
    assert [t.text for t in arabnews.tokenize(sentence)] == camel.simple_word_tokenize(sentence)


def test_missing_camel_gives_install_hint(monkeypatch):
    monkeypatch.setattr(camel, "is_available", lambda: False)
    camel._mapper.cache_clear()
    with pytest.raises(ImportError, match=r"arabnews\[camel\]"):
        camel.transliterate("القدس")
    camel._mapper.cache_clear()
