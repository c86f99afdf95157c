"""The shared Arabic word lists (resources/ar_words.yaml) and the stages that read them."""

from __future__ import annotations

import pytest

from arabnews.article import parse_age
from arabnews.extract.groups.lexicon import lexicon as group_lexicon
from arabnews.extract.numbers import find_numbers
from arabnews.lang.ar import words


def test_one_nisba_list_for_groups_and_entities():
    adjectives = words.nisba_adjectives()
    assert {"سوري", "اميركي", "كردي", "شيعي"} <= adjectives
    assert set(words.nisba_countries()) <= adjectives
    assert words.nisba_countries()["اسراييلي"] == "IL"


def test_groups_read_the_shared_lists():
    lex = group_lexicon()
    assert lex.place_names is words.place_names()
    assert lex.nisba_re.match(" البريطانيه") is not None


def test_quantifiers_feed_numbers_and_ages():
    assert [(m.text, m.kind, m.value) for m in find_numbers("قتل عشرات المدنيين")] == [("عشرات", "approximate", 10)]
    assert find_numbers("عده اشخاص") == []  # "عدة" has no magnitude
    assert parse_age("منذ عدة أيام").resolvable is False
    assert parse_age("منذ بضع ساعات").resolvable is False


def test_time_units_have_codes():
    units = words.time_units()
    assert [u.code for u in units.values()] == ["Y", "DEC", "CENT", "M", "W", "D", "H", "MIN", "S"]
    assert "عاما" in units["years"].accusative


@pytest.mark.parametrize("space", ["  ", "\u00a0"])
def test_multiword_qualifier_with_odd_spacing(space):
    (m,) = find_numbers(f"قتل اكثر{space}من 5 اشخاص")
    assert (m.value, m.unit, m.attrs["qualifier"]) == (5, "person", "more_than")
