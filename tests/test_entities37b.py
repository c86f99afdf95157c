"""Session 37 (lead): the patronym "بن" after a locative is a name's "son of", not a place (GeoNames' Bonn).

ANT 5418: "تمت اعادة توجيه ابنه الصحبي العمري بتدخل شخصي من بن علي انذاك" gave "بن" as a LOC in Germany
(`backoff.prominent_after_locative`); towns whose name begins with it ("بن عروس", "بن قردان") stay.
"""

from __future__ import annotations

import pytest

import arabnews

CASES = [
    "وتعود القضية لسنة 2006 حيث تمت اعادة توجيه ابنه الصحبي العمري بتدخل شخصي من بن علي انذاك.",
    "وتتعلق ببن علي ولزهر بوعوني تهم استغلال موظف لصفته.",
    "وقال بو علي إن الاجتماع تأجل.",
    "وجاء القرار من ابن خلدون نفسه.",
]


@pytest.mark.parametrize("text", CASES)
def test_name_particle_is_no_place(text: str) -> None:
    doc = arabnews.analyze(text)
    places = [(e.text, e.attrs.get("country")) for e in doc.layers["entities"] if e.label == "LOC"]
    assert places == []


@pytest.mark.parametrize(("text", "town"), [("وصل الوفد إلى بن عروس", "بن عروس"),
                                           ("وقعت الحادثة في بن قردان", "بن قردان")])
def test_towns_named_with_it_stay(text: str, town: str) -> None:
    doc = arabnews.analyze(text)
    assert [(e.text, e.label, e.attrs.get("country")) for e in doc.layers["entities"]] == [(town, "LOC", "TN")]


def test_bonn_spelled_as_news_spell_it_stays() -> None:
    doc = arabnews.analyze("وصل الوفد إلى مدينة بون الألمانية.")
    assert [(e.text, e.label, e.attrs.get("country")) for e in doc.layers["entities"]] == [("بون", "LOC", "DE")]
