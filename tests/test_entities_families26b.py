"""Session 26, second wave: European clubs named by a head and their town, and "القطر" + nisba (the Maghreb's word
for a country), read on ANT news.

- "أتلتيكو مدريد", "سبورتينغ لشبونة", "بوروسيا دورتموند" are one ORG each (the tagger split the head from its town,
  a LOC, or tagged the whole a LOC); "ريال مدريد" and clubs the tagger already found stay as they were.
- "سعيدية سيدي بوسعيد" (Sidi Bou Said's club) is one ORG, Sidi Bou Said a listed town; "فلسطين ولبنان" two LOCs.
- "القطر الجزائري", "القطر الليبي" are a LOC of that country, the nisba in the span (the gazetteer linked "القطر"
  to Qatar); "القطر" alone ("داخل القطر", a circle's "نصف القطر") is no name; Qatar "قطر" stays."""

from __future__ import annotations

import pytest

from entity_cases import NLP, entities

CASES = [
    # 1. European clubs: head + town, spellings with and without hamza, "أتليتيكو"; proclitics stay with the token
    ("وأعلن نادى أتلتيكو مدريد الإسباني تعاقده مع اللاعب", [("أتلتيكو مدريد", "ORG")]),
    ("فاز أتلتيكو مدريد على ريال سوسيداد في الدوري الإسباني",
     [("أتلتيكو مدريد", "ORG"), ("سوسيداد", "ORG"), ("الدوري الإسباني", "MISC")]),
    ("تعادل أتليتيكو مدريد مع ريال بيتيس", [("أتليتيكو مدريد", "ORG"), ("ريال بيتيس", "ORG")]),
    ("خسر اتلتيكو مدريد أمام أتلتيك بلباو", [("اتلتيكو مدريد", "ORG"), ("أتلتيك بلباو", "ORG")]),
    ("انتقل إلى أتلتيكو مدريد", [("أتلتيكو مدريد", "ORG")]),
    ("فاز سبورتينغ لشبونة على بنفيكا", [("سبورتينغ لشبونة", "ORG"), ("بنفيكا", "ORG")]),
    ("تغلب بوروسيا دورتموند على بايرن ميونخ", [("بوروسيا دورتموند", "ORG"), ("بايرن ميونخ", "ORG")]),
    # the club the tagger already found, and a club named by a person's neighbour, stay
    ("فاز ريال مدريد على برشلونة في الدوري الإسباني", [("ريال مدريد", "ORG"), ("برشلونة", "ORG")]),
    # negative: the city alone stays a place
    ("وصل الوفد إلى مدريد أمس", [("مدريد", "LOC")]),
    # 2. "القطر" + a country's nisba is that country; alone it is no name
    ("حجز كمية كبيرة من المواد المهربة من القطر الليبي داخل مستودع بجهة بن قردان",
     [("القطر الليبي", "LOC"), ("بن قردان", "LOC")]),
    ("كمية من السجائر المهربة من القطر الجزائري، وذلك على مستوى معتمدية ساقية سيدي يوسف",
     [("القطر الجزائري", "LOC"), ("ساقية سيدي يوسف", "LOC")]),
    ("وتوزيع المنتوج داخل القطر وخارجه", []),
    ("يبلغ نصف القطر 20 مترا", []),
    ("وأعلنت قطر والقطر الليبي عن اتفاق", [("قطر", "LOC"), ("القطر الليبي", "LOC")]),
    # 3. Sidi Bou Said's club, and the town alone
    ("فازت سعيدية سيدي بوسعيد على النادي الإفريقي في كرة اليد",
     [("سعيدية سيدي بوسعيد", "ORG"), ("النادي الإفريقي", "ORG")]),
    ("وتوجه الوفد إلى سيدي بوسعيد وقرطاج", [("سيدي بوسعيد", "LOC"), ("قرطاج", "LOC")]),
    # 4. two countries joined by "و" are two LOCs; a country named so is one
    ("فيما أعلنت الأردن وجيبوتي خفض تمثيلهما الدبلوماسي مع الدوحة", [("الأردن", "LOC"), ("جيبوتي", "LOC"),
                                                                   ("الدوحة", "LOC")]),
    ("زار الوزير فلسطين ولبنان الأسبوع الماضي", [("فلسطين", "LOC"), ("لبنان", "LOC")]),
    ("زار الوزير البوسنة والهرسك الأسبوع الماضي", [("البوسنة والهرسك", "LOC")]),
    # 5. "بابا" (pope) is no place; Addis Ababa stays
    ("بابا الفاتيكان : هجمات باريس جزء من حرب عالمية ثالثة", [("الفاتيكان", "LOC"), ("باريس", "LOC")]),
    ("وصل الوفد إلى أديس أبابا أمس", [("أديس أبابا", "LOC")]),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_entities(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected


@pytest.mark.parametrize(("sentence", "name", "country", "gid"), [
    ("المهربة من القطر الجزائري، وذلك", "القطر الجزائري", "DZ", 2589581),
    ("المهربة من القطر الليبي داخل مستودع", "القطر الليبي", "LY", 2215636),
    ("وأعلنت قطر والقطر الليبي عن اتفاق", "قطر", "QA", None),
])
def test_qutr_linked_to_its_country(sentence: str, name: str, country: str, gid: int | None) -> None:
    (ent,) = [e for e in NLP(sentence).entities if e.text == name]
    assert ent.attrs["country"] == country
    if gid is not None:
        assert ent.attrs["geonames_id"] == gid
    assert ent.attrs.get("country") != "QA" or name == "قطر"
