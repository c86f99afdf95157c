"""Session 25, lead: the Tunisian "زوالا" after a clock time is the afternoon."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "surface", "value"), [
    ("تنطلق المباراة على الساعة الرابعة إلا ربع زوالا.", "الساعة الرابعة إلا ربع زوالا", "T15:45"),
    ("ينطلق الاجتماع على الساعة الثانية والنصف زوالا.", "الساعة الثانية والنصف زوالا", "T14:30"),
    ("من الساعة الواحدة زوالا إلى الساعة الخامسة مساء.", "من الساعة الواحدة زوالا إلى الساعة الخامسة مساء",
     "T13:00/T17:00"),
    ("على الساعة 12 زوالا", "الساعة 12 زوالا", "T12:00"),
])
def test_zawalan_is_the_afternoon(nlp, text: str, surface: str, value: str) -> None:
    doc = nlp(text, reference_date="2017-06-01")
    got = [(d.text, d.value) for d in doc.dates]
    assert got == [(surface, value)]
    assert all(doc.text[d.start:d.end] == d.text for d in doc.dates)
