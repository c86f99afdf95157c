"""Tunisian towns and delegations (``provinces.yaml`` ``towns``), multi-word towns kept whole, and a
proclitic cut off the first word of a place of several words (session 15).  Sentences from ANT news."""

from __future__ import annotations

import pytest

from arabnews import Pipeline

NLP = Pipeline(["numbers", "dates", "groups", "entities"])


def _places(sentence: str) -> list[str]:
    doc = NLP(sentence)
    for e in doc.entities:
        assert doc.text[e.start:e.end] == e.text
    return [e.text for e in doc.entities if e.label == "LOC"]


@pytest.mark.parametrize("sentence, places", [
    ("تستور : إصابة مواطن إثر انهيار حائط", ["تستور"]),
    ("منزل تميم : القبض على مرتكب جريمة قتل", ["منزل تميم"]),
    ("قامت بلدية منزل تميم اليوم الخميس بإزالة بناءات فوضوية", ["منزل تميم"]),
    ("نظم اليوم الجمعة عدد من أهالي معتمدية بئر علي بن خليفة من ولاية صفاقس وقفة احتجاجية",
     ["بئر علي بن خليفة", "صفاقس"]),
    ("كما سجل معبر الببوش من معتمدية عين دراهم من ذات الولاية ارتفاعا", ["عين دراهم"]),
    ("نسج علم بمساحة 300 متر مربع في مدينة قصر هلال وبأياد تونسية", ["قصر هلال"]),
    ("وتواصلت الإعتصامات بالرديف وام العرائس والمظيلة", ["الرديف", "ام العرائس", "المظيلة"]),
    ("تمكنت وحدات الحرس الوطني بالمنيهلة من حجز كمية من المخدرات", ["المنيهلة"]),
    # the border crossings with Libya and Algeria (session 17), with or without hamza, after ب
    ("أفضت جلسة تونسية-ليبية بمعبر رأس جدير الحدودي إلى اقرار عقد جلسة موسعة", ["رأس جدير"]),
    ("وعودة معبر راس جدير الحدودي إلى النشاط", ["راس جدير"]),
    ("تم تسليمهم إلى فرقة الحرس الوطني بالشوشة", ["الشوشة"]),
    ("الرئيسي ومعبر ملولة الحدودي من ولاية جندوبة", ["ملولة", "جندوبة"]),
    # the proclitic before the first word of a place of several words is no part of it
    ("قامت وحدات الحرس الوطني بمجاز الباب فجر اليوم بحجز سلع مهربة", ["مجاز الباب"]),
    ("وزار الوفد الرباط والدار البيضاء", ["الرباط", "الدار البيضاء"]),
    # a seafront's name is a place, its head left out as a beach's; the head the tagger read into a person
    ("وصولا إلى الطريق السياحية الرئيسية لمدينة سوسة (كورنيش بوجعفر) مرورا عبر شارع الحبيب بورقيبة.",
     ["سوسة", "بوجعفر", "الحبيب بورقيبة"]),  # the street's name (session 26)
    ('"الرادار" في كرنيش بوجعفر بسوسة', ["بوجعفر", "سوسة"]),
    ("انفجر صباح اليوم الجمعة 2 جوان 2017 لغم بجبل عبد الحميد التابع لمعتمدية", ["عبد الحميد"]),
    ("حادث جبل الجلود : رئيس الجمهورية يتحوّل إلى مكان الحادث", ["الجلود"]),
])
def test_towns(sentence, places):
    assert _places(sentence) == places


@pytest.mark.parametrize("sentence", [
    # names left out of the list: ordinary words in news
    "وخضع اللاعب إلى الفحص الطبي قبل التوقيع",
    "وتأخر القطار عن موعده بساعتين",
    "ويعاني المرضى من عقارب الساعة التي لا ترحم",
])
def test_ordinary_words_are_no_towns(sentence):
    assert _places(sentence) == []
