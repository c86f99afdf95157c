"""A headline's name takes the label the body gives the same name (extract/entities/headline.py).

The texts are ANT v1.1 articles cut to their headline and first sentences."""

from __future__ import annotations

import pytest

from arabnews import Pipeline
from arabnews.document import Document, EntitySpan
from arabnews.extract.entities.headline import headline_labels
from arabnews.text.headline import headline_sentence


def _labels(doc: Document, name: str) -> list[tuple[int, int, str]]:
    return [(e.start, e.end, e.label) for e in doc.entities if e.text == name]


@pytest.mark.parametrize(("text", "name", "spans"), [
    # ANT 7308: the headline's person was ORG, the body's PER
    ("رياض الشعيبي يعلّق على أزمة  النداء :\nقال الأمين العام لحزب البناء الوطني، رياض الشعيبي إن أزمة نداء تونس "
     "ما زالت متواصلة.", "رياض الشعيبي", [(0, 12, "PER"), (75, 87, "PER")]),
    # ANT 8375: a town before the headline's colon was PER; the body has it after ب
    ("بن قردان : 27 حالة تسمّم في صفوف تلاميذ مدرسة ابتدائية\nأكد مدير المستشفى الجهوي ببن قردان، سالم عيسى أن "
     "المستشفى استقبل التلاميذ.", "بن قردان", [(0, 8, "LOC"), (81, 89, "LOC")]),
    # ANT 7998: an artist's name after "للفنان" was LOC in the headline; the body writes it with a shadda
    ("عبيد البريكي يطمئن على الحالة الصحية للفنان الهادي التونسي\nأدّى صباح اليوم وزير الوظيفة العموميّة و الحوكمة، "
     "عبيد البريكي زيارة الى مستشفى شارل نيكول بالعاصمة أين يقيم الفنّان الهادي التّونسي.", "الهادي التونسي",
     [(44, 58, "PER")]),
])
def test_headline_takes_the_body_label(nlp: Pipeline, text: str, name: str, spans: list[tuple[int, int, str]]) -> None:
    doc = nlp(text, reference_date="2017-06-01")
    assert _labels(doc, name) == spans
    assert all(text[s:e] == name for s, e, _ in spans)


def _doc(nlp: Pipeline, text: str) -> Document:
    """``text`` made a Document (sentences, no layers): the entities to relabel are made by hand."""
    return nlp.make_doc(text, reference_date="2017-06-01")


def test_only_the_headline_and_only_one_body_label(nlp: Pipeline) -> None:
    text = "تونس : وزير يزور تونس\nوقال الوزير في تونس إن نداء تونس وتونس حاضرة.\nوتونس جميلة."
    doc = _doc(nlp, text)
    assert headline_sentence(doc) == 0
    head = EntitySpan(0, 4, "تونس", label="ORG")
    body = [EntitySpan(37, 41, "تونس", label="LOC"), EntitySpan(69, 73, "تونس", label="LOC")]
    headline_labels(doc, [head, *body])
    assert head.label == "LOC"
    # the body labels are left as they are, and a name the body labels two ways keeps the headline's label
    assert [b.label for b in body] == ["LOC", "LOC"]
    head2 = EntitySpan(0, 4, "تونس", label="ORG")
    headline_labels(doc, [head2, EntitySpan(37, 41, "تونس", label="LOC"), EntitySpan(69, 73, "تونس", label="MISC")])
    assert head2.label == "ORG"


def test_no_headline_no_change(nlp: Pipeline) -> None:
    # one line of prose: no headline, so the first mention is not relabelled
    text = "زار تونس وزير. ثم قال الوزير في تونس كلاما."
    doc = _doc(nlp, text)
    assert headline_sentence(doc) is None
    first = EntitySpan(4, 8, "تونس", label="ORG")
    headline_labels(doc, [first, EntitySpan(32, 36, "تونس", label="LOC")])
    assert first.label == "ORG"
