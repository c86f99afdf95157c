"""Session 29's speed change of the dates stage gives what its definition gives.

:meth:`StartPlaces.bits` leaves out a rule whose start follows a first word by a digit right away
(:meth:`.starts.Start.glued_firsts`: dmy's "في2 ماي 2016", duration's "استمر16 عاما") where no digit follows
that word: the start pattern cannot match there, so the places, the rules run and their matches are the same.
"""

from __future__ import annotations

import re

import pytest

from arabnews import Pipeline
from arabnews.extract.dates.masking import mask_numbers
from arabnews.extract.dates.patterns import MASK, patterns
from arabnews.extract.dates.places import start_places
from arabnews.extract.dates.starts import start_patterns


def _rules(bits: int) -> set[str]:
    index = start_places()
    return {name for name, bit in index.bit.items() if bits & bit}


@pytest.mark.parametrize(("key", "dmy", "duration"), [
    ("في2", True, True), ("في٢", True, True), ("وفي۱", True, True), ("في ", False, True), ("في", False, True),
    ("فيه", False, False), ("في" + MASK, False, True), ("منذ1", True, True), ("منذ ", False, True),
    ("والي3", True, True), ("الي ", False, False), ("حتي5", True, True), ("حتي،", False, False),
    ("استمر16", False, True), ("استمرت ", False, False), ("يتجاوز3", False, True), ("العمر ", False, False),
])
def test_a_glued_first_word_keeps_its_rule_only_before_a_digit(key: str, dmy: bool, duration: bool) -> None:
    index = start_places()
    found = _rules(index.bits(key))
    assert ("dmy" in found, "duration" in found) == (dmy, duration), key
    assert index.bits(key) == index.plain_bits(key)


def test_glued_words_are_those_of_the_digit_ways_only() -> None:
    index = start_places()
    glued = {w: _rules(bits) for w, bits in index._glued.items()}
    # "يوم" is glued to a day too ("يوم15 مارس"), but dmy also reads "يوم الخميس 12 جانفي": not glued
    assert "يوم" not in glued
    assert glued["في"] == {"dmy"} and glued["منذ"] == {"dmy"}  # منذ is a duration signal before white space too
    assert glued["الي"] == {"dmy", "duration"} and glued["استمر"] == {"duration"}


@pytest.mark.parametrize("text", [
    "وقعت الحادثة في2 ماي 2016 وفي الماضي القريب منذ15 جانفي",
    "استمر16 عاما واستمرت المفاوضات حتى3 أيام إلى 5 أيام",
    "في الثالث من مارس في3 مارس إلى٣ أبريل",
])
def test_places_still_hold_every_start(text: str) -> None:
    doc = Pipeline(["numbers"])(text)
    masked = mask_numbers(doc, patterns())[1]
    index = start_places()
    bits = dict(index.places(masked, 0, len(masked))[0])
    found = 0
    for name, starts in start_patterns().items():
        for pos in range(len(masked)):
            if starts.match(masked, pos) is not None:
                assert bits.get(pos, 0) & index.bit[name], (name, masked[pos:pos + 10])
                found += name == "dmy"
    assert found >= 1
    # the dmy bit is gone where "في" is followed by a word
    at = [m.start() for m in re.finditer(r"(?<!\S)و?في ", masked)]
    assert bool(at) == (" في " in f" {text}" or " وفي " in text)
    assert all(not bits.get(p, 0) & index.bit["dmy"] for p in at)
