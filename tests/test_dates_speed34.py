"""Session 34's start-up cut of the dates stage gives what it gave.

The start patterns read white space as ``re``'s ``\\s`` (a superset of the rules' white space: a start pattern may
accept more places, the rule's own pattern is tried there) except in a negative look-ahead, where a looser class
would refuse more; the start table is made once; the start places' reference patterns are compiled on first use.
"""

from __future__ import annotations

import re

import pytest

from arabnews import Pipeline
from arabnews.extract.dates.places import start_places
from arabnews.extract.dates.starts import _S, _WS, start_patterns, start_table


def test_start_white_space_holds_the_rules_white_space() -> None:
    """Every character of the exact class (the ``regex`` module's white space) is one of ``_S``."""
    exact = re.compile(_WS)
    loose = re.compile(_S)
    chars = [chr(c) for c in range(0x3001) if exact.fullmatch(chr(c))]
    assert len(chars) > 20
    assert all(loose.fullmatch(c) for c in chars)


def test_no_loose_white_space_in_a_negative_look_ahead() -> None:
    """A ``(?!…)`` of a start pattern keeps the exact class: with ``\\s`` it would refuse more places."""
    for name, pattern in start_patterns().items():
        for m in re.finditer(r"\(\?!([^()]*)\)", pattern.pattern):
            assert _S not in m.group(1), name


def test_start_table_made_once() -> None:
    assert start_table() is start_table()
    assert start_places().bit == {name: 1 << i for i, name in enumerate(start_table())}


@pytest.mark.parametrize(("text", "expected"), [
    ("وصل يوم\u2003الخميس 12 جانفي 2017 إلى تونس", [(4, 28, "2017-01-12")]),  # an em space inside the date
    ("منذ\u00a03 سنوات", [(0, 11, "2014")]),  # a no-break space after the signal
    ("الساعة\u3000الثامنة مساء", [(0, 19, "T20:00")]),  # an ideographic space after the clock word
    ("في 2 ماي 2016 و\u200a3 ماي", [(3, 13, "2016-05-02"), (16, 21, "2016-05-03")]),  # a hair space
])
def test_dates_across_unicode_spaces(nlp: Pipeline, text: str, expected: list[tuple[int, int, str]]) -> None:
    """Dates whose words are parted by white space past U+00FF: the spans main's exact start patterns gave."""
    doc = nlp(text, reference_date="2017-06-01")
    assert [(d.start, d.end, d.value) for d in doc.dates] == expected


def test_plain_bits_still_compiles_on_demand() -> None:
    index = start_places()
    assert index.bits("يوم ") == index.plain_bits("يوم ")
