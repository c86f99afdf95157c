"""Hashtags that name a group, an organisation or a person (session 29): a tweet writes "حزب الله" as
"#حزب_الله", and the tag names the same group, with the same id, as the words in prose."""

from __future__ import annotations

import pytest

import arabnews

REF = "2024-03-10"


def _analyze(text: str) -> dict:
    return arabnews.analyze(text, reference_date=REF).to_dict()


def _spans(items: list[dict], *keys: str) -> list[tuple]:
    return [tuple(item[k] for k in keys) for item in items]


@pytest.mark.parametrize(("text", "surface", "gid"), [
    ("مقتل قيادي في #حزب_الله بغارة إسرائيلية على جنوب لبنان", "حزب_الله", "hezbollah"),
    ("تظاهرات في السودان ضد #قوات_الدعم_السريع", "قوات_الدعم_السريع", "rapid-support-forces"),
    ("#عاجل: #هيئة_تحرير_الشام تعلن السيطرة على سراقب", "هيئة_تحرير_الشام", "hayat-tahrir-al-sham"),
    ("بيان من #الحشد_الشعبي حول الهجوم", "الحشد_الشعبي", "popular-mobilization-forces"),
    ("#حركة_النهضة تدعو أنصارها إلى التظاهر", "حركة_النهضة", "ennahda"),
    # a name at the start of a slogan: its words only
    ("#حزب_الله_يرد على الغارة", "حزب_الله", "hezbollah"),
    ("عاجل #مقتل_قيادي_في_حزب_الله", "حزب_الله", "hezbollah"),
])
def test_group_named_in_a_hashtag(text: str, surface: str, gid: str) -> None:
    out = _analyze(text)
    groups = [g for g in out["groups"] if g["id"] == gid]
    assert [g["text"] for g in groups] == [surface]
    g = groups[0]
    assert text[g["start"]:g["end"]] == surface
    assert text[g["start"] - 1] in "#_"


def test_hashtag_group_same_id_as_prose() -> None:
    tweet, prose = _analyze("#قوات_الدعم_السريع تقصف الفاشر"), _analyze("قوات الدعم السريع تقصف الفاشر")
    assert _spans(tweet["groups"], "id") == _spans(prose["groups"], "id") == [("rapid-support-forces",)]


def test_hashtag_group_is_an_event_side() -> None:
    out = _analyze("مقتل قيادي في #حزب_الله بغارة إسرائيلية على جنوب لبنان")
    [event] = out["events"]
    assert ("target", "حزب_الله") in _spans(event["actors"], "role", "text")


@pytest.mark.parametrize(("text", "label", "surface"), [
    ("دعت #الأمم_المتحدة إلى وقف إطلاق النار", "ORG", "الأمم_المتحدة"),
    ("حذرت #منظمة_الصحة_العالمية من انتشار الوباء", "ORG", "منظمة_الصحة_العالمية"),
    ("أعلنت #وزارة_الصحة تسجيل 50 إصابة جديدة", "ORG", "وزارة_الصحة"),
    ("توقعات #البنك_الدولي للنمو", "ORG", "البنك_الدولي"),
    ("التقى #محمد_بن_سلمان الرئيس الفرنسي", "PER", "محمد_بن_سلمان"),
    ("#عبد_الفتاح_السيسي يفتتح مشروعا جديدا", "PER", "عبد_الفتاح_السيسي"),
    ("#خالد_سعيد", "PER", "خالد_سعيد"),
])
def test_name_in_a_hashtag(text: str, label: str, surface: str) -> None:
    ents = _analyze(text)["entities"]
    assert (label, surface) in _spans(ents, "label", "text")
    ent = next(e for e in ents if e["text"] == surface)
    assert text[ent["start"]:ent["end"]] == surface


@pytest.mark.parametrize("text", [
    "#الشعب_يريد_إسقاط_النظام",  # a slogan: a verb among its words
    "#الأقصى_في_خطر",  # a preposition
    "#جيش_الاحتلال_يقتل_الأطفال",  # an organisation head, then a verb: no ORG of the whole tag
    "#محمد_رسول_الله",  # a common noun among the words: no person
    "#كلنا_خالد_سعيد",
])
def test_slogan_hashtag_names_no_organisation_or_person(text: str) -> None:
    ents = _analyze(text)["entities"]
    assert not [e for e in ents if e["label"] in ("ORG", "PER") and e["text"] == text[1:]]


def test_slogan_keeps_its_group() -> None:
    out = _analyze("#جيش_الاحتلال_يقتل_الأطفال")
    assert _spans(out["groups"], "text", "id") == [("جيش_الاحتلال", "israeli-forces")]
    assert not [e for e in out["entities"] if e["label"] == "ORG" and "يقتل" in e["text"]]


def test_place_hashtags_unchanged() -> None:
    ents = _analyze("#غزة_تحت_القصف و #تونس_تنتخب")["entities"]
    assert _spans(ents, "label", "text") == [("LOC", "غزة"), ("LOC", "تونس")]


def test_a_tag_of_thousands_of_words_is_read_quickly_and_names_nothing() -> None:
    text = "#" + "حزب_الله_" * 3000
    out = _analyze(text)
    assert out["groups"] == [] and out["entities"] == []
