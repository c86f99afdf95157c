"""Session 22 entity families, read in ANT news (held-out and dev articles): places after a dual or plural head,
dams and wadis, a Tunisian town's delegation, given names written with the article that are adjectives too,
hospitals and schools named after a person."""

from __future__ import annotations

import pytest

from entity_cases import NLP, entities

# 1. Places after a dual or plural head: each member a LOC, of several words when the gazetteer knows it, the
#    tagger's other label given up for a known place; a plural head needs two known members (one after the plural of
#    an administrative unit), and no head with the article ("الولايات المتحدة").
PLURAL_HEADS = [
    ("وتساقطت أمطار غزيرة في منطقتي غار الدماء وجندوبة", [("غار الدماء", "LOC"), ("جندوبة", "LOC")]),
    ("ان توقف الإنتاج بولايتي تطاوين وقبلي له تداعيات مباشرة", [("تطاوين", "LOC"), ("قبلي", "LOC")]),
    ("وشهدت معتمديات تالة وحيدرة والعيون وجدليان بولاية القصرين احتجاجات",
     [("تالة", "LOC"), ("حيدرة", "LOC"), ("العيون", "LOC"), ("جدليان", "LOC"), ("القصرين", "LOC")]),
    ("بكل من مناطق اوتيك وماطر وبنزرت", [("اوتيك", "LOC"), ("ماطر", "LOC"), ("بنزرت", "LOC")]),
    ("انقطاع الماء على مستوى مدينتي بوعرادة والعروسة.", [("بوعرادة", "LOC"), ("العروسة", "LOC")]),
    ("يغطّي الى جانب مدينة اريانة معتمديات سكرة ورواد", [("اريانة", "LOC"), ("سكرة", "LOC"), ("رواد", "LOC")]),
    # not places
    ("من ينحدرون من مناطق باردة وجافة المناخ", []),
    ("في عشر ولايات ألمانية", []),
    ("افتتح في الولايات المتحدة الأميركية أول مسجد", [("الولايات المتحدة الأميركية", "LOC")]),
]

# 2. Wadis, dams, salt lakes and islands: "واد" (the Maghrebi spelling) and "شط" are part of the place as "وادي" is,
#    a dam's head is part of the dam; an island's head stays out as a mountain's does (session 15's convention).
WATER = [
    ("ارتفع منسوب المياه بوادي مجردة", [("وادي مجردة", "LOC")]),
    ("فاض واد مجردة على الطريق", [("واد مجردة", "LOC")]),
    ("امتلأ سد سيدي سالم بنسبة 80 بالمائة", [("سد سيدي سالم", "LOC")]),
    ("من سد نبهانة استياء فلاحي جهة المنستير", [("سد نبهانة", "LOC"), ("المنستير", "LOC")]),
    ("العيون الطبيعية وسد وادي تيبار كمياه للري", [("سد وادي تيبار", "LOC")]),
    ("في كوخ في شط مريم على مستوى الطريق", [("شط مريم", "LOC")]),
    ("قرب شط الجريد", [("شط الجريد", "LOC")]),
    ("تقع جزيرة زمبرة ذات الشكل الهرمي", [("زمبرة", "LOC")]),
    ("بجبل الشعانبي من ولاية القصرين", [("الشعانبي", "LOC"), ("القصرين", "LOC")]),
    # "سد" is "to fill" too, and "شط البحر" the seashore
    ("في إطار سد الشغورات الظرفية بالمدارس", []),
    ("لتحقيق سد الفجوة في الأجور", []),
    ("على شط البحر", []),
    ("100 متر جنوب شط قبالة مصب وادي نينو بحمام الأنف", [("نينو", "LOC"), ("حمام الأنف", "LOC")]),
]

# 3. A Tunisian town and the adjective that names its delegation or old town.
DISTRICTS = [
    ("في معتمدية دوز الشمالية", [("دوز الشمالية", "LOC")]),
    ("وصل إلى دوز الشمالة", [("دوز الشمالة", "LOC")]),
    # (session 30: the place before its delegation is found too, places.place_before_province)
    ("منطقة العويجة من معتمدية القصرين الجنوبية", [("العويجة", "LOC"), ("القصرين الجنوبية", "LOC")]),
    ("على بعد 5 كلم من الكاف المدينة", [("الكاف المدينة", "LOC")]),
    ("أعوان مركز الأمن الوطني بالقيروان المدينة صباح اليوم",
     [("مركز الأمن الوطني", "ORG"), ("القيروان المدينة", "LOC")]),
    # "المدينة" in apposition, and a country's own name
    ("زار سوسة المدينة الساحلية", [("سوسة", "LOC")]),
    ("في كوريا الشمالية", [("كوريا الشمالية", "LOC")]),
]

# A place of several words the tagger cut in two; a listed town read as a person.
CUT_TOWNS = [
    ("خلع مكاتب محاماة في قلب مدينة سيدي بوزيد، بالقرب من محكمة الاستئناف",
     [("سيدي بوزيد", "LOC"), ("محكمة الاستئناف", "ORG")]),
    ("ومرفأ الصيادين بمنزل عبد الرحمان كذلك ببنزرت", [("منزل عبد الرحمان", "LOC"), ("بنزرت", "LOC")]),
    # a house and its owner; countries side by side
    ("زار منزل محمد بن علي", [("محمد بن علي", "PER")]),
    ("زار الأردن وسوريا ولبنان", [("الأردن", "LOC"), ("سوريا", "LOC"), ("لبنان", "LOC")]),
]

# 4. Given names written with the article that are adjectives too.
GIVEN_NAMES = [
    ("قال الطيب البكوش إن", [("الطيب البكوش", "PER")]),
    ("استقبل وزير الخارجية الطيب البكوش نظيره", [("الطيب البكوش", "PER")]),
    ("وصرح السعيد العايدي أن", [("السعيد العايدي", "PER")]),
    ("وقال الهادي البكوش", [("الهادي البكوش", "PER")]),
    # an adjective before an ordinary word; a family name after a given name
    ("الأمين العام للحزب", []),
    ("وكان الأثر الطيب الذكر", []),
    ("وقال سمير الطيب المكلف بالملف", [("سمير الطيب", "PER")]),
]

# 5. Hospitals and schools named after a person: one ORG with the head.
INSTITUTIONS = [
    ("وفى مدير المستشفى الجامعي فرحات حشاد بسوسة بوعده",
     [("المستشفى الجامعي فرحات حشاد", "ORG"), ("سوسة", "LOC")]),
    ("تم نقل جثتها إلى مستشفى الطاهر المعموري بنابل", [("مستشفى الطاهر المعموري", "ORG"), ("نابل", "LOC")]),
    ("وتلميذين من المدرسة الابتدائية فرحات حشّاد", [("المدرسة الابتدائية فرحات حشّاد", "ORG")]),
]


@pytest.mark.parametrize(("sentence", "expected"),
                         PLURAL_HEADS + WATER + DISTRICTS + CUT_TOWNS + GIVEN_NAMES + INSTITUTIONS)
def test_families22(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected


def test_person_alone_stays_a_person() -> None:
    """The institution rule needs the head: the trade unionist himself is no ORG."""
    assert all(label == "PER" for _, label in entities("التقى فرحات حشاد بالعمال"))
    assert entities("التقى فرحات حشاد بالعمال") != []


def test_offsets_and_country() -> None:
    """A proclitic stays out of a dam's span, and a delegation keeps its town's country."""
    doc = NLP("ارتفاع منسوب المياه بسد بوهرتمة وفي معتمدية دوز الشمالية")
    got = {e.text: e for e in doc.entities}
    dam = got["سد بوهرتمة"]
    assert (dam.start, dam.end) == (21, 31)
    assert doc.text[dam.start:dam.end] == "سد بوهرتمة"
    assert doc.to_dict()["entities"][1]["country"] == "TN"
    assert got["دوز الشمالية"].label == "LOC"
