"""Rules that read a document's start before each sentence read facts computed once per document, with the answers
of the text before the sentence (events), and the tens of days look up a document's masked tens once (dates)."""

import random

import pytest

import arabnews
from arabnews.extract.dates.nights import masked_tens, tens_of_days
from arabnews.extract.events import stage as ev
from event_cases import text_before_reading

PIECES = ["انفجار قوي في محطة للطاقة النووية", "انفجار داخل مصنع للإسمنت", "الانفجار", "هاجمته سمكة قرش", "هجوم مسلح",
          "أطلق مسلحون النار", "الشيخ نمر النمر", "محطة مترو", "في", "قال", "أمس", "الهجوم", "انفجار", "خزان وقود",
          "للطاقة", "مقتل رجل", "نمر", "محطة", "والله", "."]


@pytest.mark.parametrize("seed", range(40))
def test_document_facts_give_the_answers_of_the_text_before(seed):
    rng = random.Random(seed)
    text = " ".join(rng.choice(PIECES) for _ in range(rng.randrange(5, 60)))
    folded = arabnews.Pipeline([]).make_doc(text).folded
    facts = ev._DocumentWords(folded)
    starts = [0] + [i + 1 for i, ch in enumerate(folded) if ch.isspace()] + [len(folded)]
    checked = 0
    for at in starts:
        if facts.runs_across(at):
            continue
        accident, animal = text_before_reading(folded, at)
        assert (facts.first_attack >= at and facts.first_accident <= at) == accident, (text, at)
        assert (facts.first_armed >= at and facts.first_animal < at) == animal, (text, at)
        checked += 1
    assert checked >= 5


def test_an_animal_then_the_attack_and_a_plant_then_the_explosion_in_a_long_document():
    filler = "وقال المسؤول إن الوضع مستقر في المنطقة. " * 400
    doc = arabnews.analyze("مقتل رجل هاجمته سمكة قرش في أستراليا. " + filler + "ووقع الهجوم في مكان معروف بخطورته.",
                           reference_date="2017-06-01")
    assert doc.layers["events"] == []
    doc = arabnews.analyze("أسفر انفجار قوي في محطة للطاقة النووية عن جرحى. " + filler + "وسقط 5 جرحى في الانفجار.",
                           reference_date="2017-06-01")
    assert doc.layers["events"] == []


def test_tens_of_days_with_the_documents_tens_as_without():
    text = "تبدأ العشر الأواخر من رمضان غدا وقتل عشرة أشخاص"
    doc = arabnews.analyze(text, reference_date="2017-06-01")
    assert [d.text for d in doc.layers["dates"] if "العشر" in d.text] == ["العشر الأواخر من رمضان"]
    masks = {5: (10.0, "cardinal"), 40: (3.0, "cardinal"), 90: (10.0, "ordinal")}
    assert masked_tens(masks) == [5, 90]
    for lo, hi in [(0, 50), (6, 89), (50, 100), (90, 91)]:
        assert tens_of_days([], "x" * 100, masks, None, lo, hi, masked_tens(masks)) == \
            tens_of_days([], "x" * 100, masks, None, lo, hi)
