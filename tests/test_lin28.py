"""Session 28 (lin28): rules that looked through the whole document for each sentence now look through an index,
so that a long document costs per MB what a short one does — with the same results.  These tests pin the results
of the indexed paths, at their bounds and in a long document.

- A headline's surname speaks when the tagger names a person of two words or more ending with it elsewhere in the
  article (attribution: an index of person names by their last word, no scan of every mention per headline).
- An anaphoric attack noun joins the attack of at most three sentences before it (events: the events of those
  sentences only, not every earlier event).
"""

from __future__ import annotations

import pytest

from arabnews import Pipeline
from attribution_claims import claims

REF = "2017-06-01"

BODY = "\nوقال وزير الدفاع {} إن الوزارة تتجه نحو تعزيز الحدود."
HEADLINE = "الحرشاني : وزارة الدفاع تتجه نحو تعزيز الحدود"


def test_headline_surname_of_a_full_name(nlp: Pipeline) -> None:
    assert claims(nlp, HEADLINE + BODY.format("فرحات الحرشاني"))[0] == \
        ("direct", "وزارة الدفاع تتجه نحو تعزيز الحدود", ":", "الحرشاني", "person")


def test_headline_surname_of_the_second_person_named(nlp: Pipeline) -> None:
    text = ("العبيدي: الحكومة ستعلن خطة جديدة\nوقال رئيس الوزراء حيدر العبادي إن الحكومة ستعلن خطة جديدة. "
            "وأكد النائب خالد العبيدي أن الخطة جاهزة.")
    assert claims(nlp, text)[0] == ("direct", "الحكومة ستعلن خطة جديدة", ":", "العبيدي", "person")


@pytest.mark.parametrize("name", [
    "الحرشاني",  # the surname alone: no full name
    "فرحات الحرشانية",  # a name whose last word only begins with the headline's word
])
def test_headline_surname_needs_a_name_ending_with_it(nlp: Pipeline, name: str) -> None:
    assert all(c[2] != ":" for c in claims(nlp, HEADLINE + BODY.format(name)))


def _events(nlp: Pipeline, text: str) -> list[tuple]:
    return [(e.text, e.type, e.sentence, [a["text"] for a in e.actors if a["role"] == "actor"],
             (e.fatalities or {}).get("value")) for e in nlp(text, reference_date=REF).layers["events"]]


ATTACK = "قتل 7 أشخاص في هجوم إرهابي وسط لندن مساء السبت. "
CLAIM = "وأعلن تنظيم داعش مسؤوليته عن الهجوم."


def test_anaphor_three_sentences_after_the_attack(nlp: Pipeline) -> None:
    text = ATTACK + "وعقد المجلس جلسة. وناقش الوزراء الميزانية. " + CLAIM
    assert _events(nlp, text) == [("هجوم", "violence against civilians", 0, ["داعش"], 7)]


def test_anaphor_four_sentences_after_the_attack_is_its_own(nlp: Pipeline) -> None:
    text = ATTACK + "وعقد المجلس جلسة. وناقش الوزراء الميزانية. وزار الرئيس المدينة. " + CLAIM
    assert _events(nlp, text) == [("هجوم", "violence against civilians", 0, [], 7),
                                  ("الهجوم", "battles", 4, ["داعش"], None)]


def test_anaphors_of_a_long_document_join_their_own_attack(nlp: Pipeline) -> None:
    one = "قتل 7 أشخاص وأصيب 48 آخرون في هجوم إرهابي وسط لندن مساء السبت. " + CLAIM
    got = _events(nlp, "\n\n".join([one] * 30))
    assert got == [("هجوم", "violence against civilians", 2 * k, ["داعش"], 7) for k in range(30)]
