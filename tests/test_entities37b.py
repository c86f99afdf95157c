"""Session 37 (lead): the name particles "بن" and "بو" are no places (GeoNames' Bonn and Bo, Sierra Leone).

ANT 5418: "تمت اعادة توجيه ابنه الصحبي العمري بتدخل شخصي من بن علي انذاك" gave "بن" as a LOC in Germany.
"""

from __future__ import annotations

import pytest

import arabnews

CASES = [
    "وتعود القضية لسنة 2006 حيث تمت اعادة توجيه ابنه الصحبي العمري بتدخل شخصي من بن علي انذاك.",
    "وتتعلق ببن علي ولزهر بوعوني تهم استغلال موظف لصفته.",
    "وقال بو علي إن الاجتماع تأجل.",
]


@pytest.mark.parametrize("text", CASES)
def test_name_particle_is_no_place(text: str) -> None:
    doc = arabnews.analyze(text)
    places = [(e.text, e.attrs.get("country")) for e in doc.layers["entities"] if e.label == "LOC"]
    assert places == []


def test_bonn_spelled_as_news_spell_it_stays() -> None:
    doc = arabnews.analyze("وصل الوفد إلى مدينة بون الألمانية.")
    assert [(e.text, e.label, e.attrs.get("country")) for e in doc.layers["entities"]] == [("بون", "LOC", "DE")]
