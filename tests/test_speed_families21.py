"""Session 21's speed work: offset columns computed in numpy give the offsets of the per-character map."""

from __future__ import annotations

import random

import pytest

from arabnews.text.normalize import normalize_with_map
from arabnews.text.tokenize import Tokens

# ANT-like text with every kind of length change the normalization makes: diacritics after a letter
# (the letter's end moves), tatweel inside a word and between digits, a lam-alef ligature, a ZWJ
# between letters, Arabic-Indic digits, HTML entities
_PIECES = ["قُتِلَ", "الـمُدُن", "ﻻ", "٤٦", "2016ـ2017", "و\u200dلد", "&quot;", "سوسة،", "(حلب)",
           "الجمهوريّة", "ـــ", "5.5%", "Tunis", " ", " ", "\n", "ًٌ"]


def _per_token_offsets(view, tokens: Tokens) -> list[tuple[int, int]]:
    ns = tokens.nspans
    return [view.to_original(ns[2 * i], ns[2 * i + 1]) for i in range(len(tokens))]


@pytest.mark.parametrize("seed", range(40))
def test_token_offsets_equal_the_per_character_map(seed):
    rng = random.Random(seed)
    text = "".join(rng.choice(_PIECES) for _ in range(rng.randrange(1, 60)))
    view = normalize_with_map(text)
    tokens = Tokens.of(view)
    spans = tokens.spans
    assert [(spans[2 * i], spans[2 * i + 1]) for i in range(len(tokens))] == _per_token_offsets(view, tokens)


def test_a_diacritic_extends_its_letter_and_tatweel_shifts_the_next_words():
    text = "قُتِلَ الـمُدُن ٤٦ شخصا"
    doc_tokens = Tokens.of(normalize_with_map(text))
    assert [(t.text, t.norm, t.start, t.end) for t in doc_tokens] == [
        ("قُتِلَ", "قتل", 0, 6), ("الـمُدُن", "المدن", 7, 15), ("٤٦", "46", 16, 18), ("شخصا", "شخصا", 19, 23)]


def test_a_text_without_tokens_but_with_a_length_change():
    view = normalize_with_map("ًٌ  ")  # diacritics alone: nothing to tokenize, the map has runs
    assert len(Tokens.of(view)) == 0
