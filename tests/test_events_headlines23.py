"""A headline and the lead that retells it name one event (events/headlines.py), on ANT headlines and leads."""

from __future__ import annotations

import pytest

from arabnews.extract.events.headlines import headline_sentence
from event_cases import REF, events


def _events(nlp, text: str):
    return nlp(text, reference_date=REF).layers["events"]


def test_a_headline_arrest_is_the_lead_arrest(nlp) -> None:
    text = ("سوسة : إيقاف 58 شخصا مفتشا عنهم وحجز بضاعة مهرّبة\n"
            "تمكنت وحدات الحرس الوطني بسوسة خلال حملة أمنية ليلة البارحة من إيقاف 58 شخصا مفتشا عنهم وحجز بضاعة مهربة.")
    assert events(nlp, text) == [
        ("إيقاف", "arrests", False, [("actor", "وحدات الحرس الوطني"), ("target", "58 شخصا")])]
    (e,) = _events(nlp, text)
    assert e.start > text.index("\n") and e.sentence == 1
    assert e.date["value"] == "2017-05-31TNI"  # the lead's own night, not the headline's inherited day


def test_the_lead_takes_the_place_only_the_headline_names(nlp) -> None:
    text = "إيقاف شخصين قاما بالسطو على مغازة في نابل\nتمكنت الوحدات الأمنية أمس من إيقاف شخصين من أصحاب السوابق."
    evs = _events(nlp, text)
    assert [(e.text, e.subtype) for e in evs] == [("إيقاف", "arrests")]
    (e,) = evs
    assert e.start > text.index("\n")
    assert e.location["text"] == "نابل" and text[e.location["start"]:e.location["end"]] == "نابل"
    assert e.location["start"] < text.index("\n")  # the headline's word


@pytest.mark.parametrize("text", [
    # a strike in the headline, the parents' protest stand it provoked in the lead: two protests
    "سيدي بوزيد : اضراب القيمين بإحدى المدارس النموذجية يثير استياء الأولياء\n"
    "نفذ بعض الأولياء بسيدي بوزيد اليوم الثلاثاء وقفة احتجاجية امام مقر الولاية.",
    # a first line that ends as prose is no headline
    "أوقفت الوحدات الأمنية شخصين في نابل.\nوتمكنت الوحدات الأمنية بنابل من إيقاف شخصين آخرين.",
])
def test_two_events_stay_two(nlp, text: str) -> None:
    evs = _events(nlp, text)
    assert len(evs) == 2
    assert evs[0].start < text.index("\n") < evs[1].start


def test_different_places_are_different_events(nlp) -> None:
    text = "عملية دهس في لندن\nوكانت مدينة برشلونة الإسبانية قد شهدت عملية دهس مماثلة."
    evs = _events(nlp, text)
    assert [(e.text, (e.location or {}).get("text")) for e in evs] == [
        ("عملية دهس", "لندن"), ("عملية دهس", "برشلونة")]


def test_a_headline_alone_keeps_its_event(nlp) -> None:
    assert events(nlp, "القصرين : القبض على عصابة للاتجار في الآثار") == [
        ("القبض على", "arrests", False, [("target", "عصابة")])]


def test_which_sentence_is_a_headline(nlp) -> None:
    headline = nlp("قفصة : القبض على مروّج هيروين\nتمكنت الشرطة من القبض على مروّج هيروين.")
    prose = nlp("قفصة: القبض على مروّج هيروين. وتمكنت الشرطة من حجز كمية من المخدرات.")
    one_line = nlp("قفصة : القبض على مروّج هيروين")
    assert (headline_sentence(headline), headline_sentence(prose), headline_sentence(one_line)) == (0, None, None)
