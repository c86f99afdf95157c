"""Session 26, second wave: groups and relations.  States' armies whose nisba the CLDR table lacks ("الجيش الكونغولي",
"الجيش البوركينابي", "الجيش البورمي"); a state named by its nisba in a battle is its forces ("قصف روسي", "غارات روسية
على": `russian-forces`, not the government), its name stays the state ("تقودها السعودية"); some of a group's men who
join another make the group no member of it ("انشقت مجموعة من قادة الدعم السريع وانضمت إلى الجيش"); men of a group
after a verb of fighting are its fighters, not a target ("قاتل عناصر فاغنر إلى جانب الجيش المالي")."""

from __future__ import annotations

import pytest

from group_cases import REF, relations


def groups(nlp, text: str) -> list[tuple[str, str]]:
    """(text, id) of every group of ``text`` (a state force keeps its "state-forces-" id); offsets checked."""
    doc = nlp(text, reference_date=REF)
    for g in doc.groups:
        assert text[g.start:g.end] == g.text
    return [(g.text, g.id) for g in doc.groups]

# -- states' forces by a nisba the CLDR table does not derive ------------------------------------------------------

ARMIES = [
    ("وهاجم الجيش الكونغولي مواقع لحركة 23 مارس في إقليم شمال كيفو.",
     [("الجيش الكونغولي", "state-forces-cd"), ("حركة 23 مارس", "m23")]),
    ("وقتل 12 جنديا من الجيش البوركينابي في هجوم شمال البلاد.", [("الجيش البوركينابي", "burkina-faso-army")]),
    ("وقصفت طائرات بورمية قرى في ولاية راخين.", [("طائرات بورمية", "state-forces-mm")]),
    ("وقالت القوات الإيفوارية إنها عززت انتشارها على الحدود مع مالي.", [("القوات الإيفوارية", "state-forces-ci")]),
    ("وانتشر الجيش التوغولي في شمال البلاد.", [("الجيش التوغولي", "state-forces-tg")]),
    # the nisba of a person or a team is no force
    ("وقال مسؤول كونغولي إن المفاوضات ستستأنف.", []),
    ("وفاز المنتخب الكونغولي على نظيره التونسي.", []),
]


@pytest.mark.parametrize(("text", "expected"), ARMIES)
def test_state_forces_extra_nisbas(nlp, text, expected):
    assert groups(nlp, text) == expected


# -- a state's nisba in a battle is its forces ------------------------------------------------------------------------

FORCES = [
    ("وقتل خمسة من عناصر هيئة تحرير الشام في قصف روسي على ريف إدلب.",
     ("fights", "russian-forces", "hayat-tahrir-al-sham", "هيئة تحرير الشام في قصف روسي")),
    ("واستهدف قصف روسي مواقع لفصائل المعارضة في ريف حماة.",
     ("fights", "russian-forces", "syrian-opposition-factions", "قصف روسي مواقع لفصائل المعارضة")),
    ("وشنت طائرات حربية غارات روسية على مواقع لهيئة تحرير الشام في ريف إدلب.",
     ("fights", "russian-forces", "hayat-tahrir-al-sham", "غارات روسية على مواقع لهيئة تحرير الشام")),
    # a headline: the verb's form "قصف" is the noun, its nisba the attacker
    ('قصف روسي على مواقع "داعش" في سوريا', ("fights", "russian-forces", "isis", "قصف روسي على مواقع \"داعش")),
    ("وأدى قصف تركي على مواقع وحدات حماية الشعب إلى مقتل خمسة مقاتلين.",
     ("fights", "turkish-forces", "ypg", "قصف تركي على مواقع وحدات حماية الشعب")),
    ("وشنت الطائرات الحربية غارات إسرائيلية مكثفة على مواقع لحركة حماس في قطاع غزة.",
     ("fights", "israeli-forces", "hamas", "غارات إسرائيلية مكثفة على مواقع لحركة حماس")),
    ("وقتل ثلاثة من مقاتلي حزب الله في غارات إسرائيلية على جنوب لبنان.",
     ("fights", "israeli-forces", "hezbollah", "حزب الله في غارات إسرائيلية")),
    ("وقتل ثلاثة جنود في الجيش الكونغولي في هجوم لحركة 23 مارس شرق البلاد.",
     ("fights", "m23", "state-forces-cd", "الجيش الكونغولي في هجوم لحركة 23 مارس")),
]


@pytest.mark.parametrize(("text", "expected"), FORCES)
def test_nisba_in_battle_is_forces(nlp, text, expected):
    assert relations(nlp, text) == [expected]


def test_state_name_stays_state(nlp):
    # the country's name, also the feminine nisba's form, is the state; a nisba after an attack noun its forces
    text = "وتواصل عاصفة الحزم التي تقودها السعودية ضد الحوثيين في اليمن. وقتل عناصر من الحوثيين في قصف سعودي."
    assert [(t, h, tl) for t, h, tl, _ in relations(nlp, text)] == [
        ("fights", "saudi-government", "houthis"), ("fights", "saudi-armed-forces", "houthis")]


def test_shelling_on_a_place_names_no_group(nlp):
    assert relations(nlp, "وقتل مدنيون في قصف روسي على ريف إدلب.") == []


# -- defectors: some of a group's men who join another ----------------------------------------------------------------

DEFECTORS = [
    "انشقت مجموعة من قادة الدعم السريع وانضمت إلى الجيش السوداني.",
    "وانضم عشرات من مقاتلي تنظيم داعش إلى هيئة تحرير الشام خلال الأشهر الماضية.",
    "وأعلن عدد من أعضاء حركة نداء تونس انضمامهم إلى حزب تحيا تونس.",
    "وانشق قائد في قوات الدعم السريع وانضم إلى الجيش السوداني مع مئات من جنوده.",
]


@pytest.mark.parametrize("text", DEFECTORS)
def test_defectors_make_no_member_of(nlp, text):
    assert [r for r in relations(nlp, text) if r[0] == "member_of"] == []


@pytest.mark.parametrize(("text", "expected"), [
    ("وأعلنت حركة نور الدين الزنكي انضمامها إلى هيئة تحرير الشام.",
     ("member_of", "nour-al-din-al-zenki", "hayat-tahrir-al-sham")),
    ("وانضمت جبهة فتح الشام إلى هيئة تحرير الشام.", ("member_of", "jabhat-al-nusra", "hayat-tahrir-al-sham")),
    ("وقتل عناصر من حركة النجباء التابعة للحشد الشعبي.",
     ("member_of", "harakat-al-nujaba", "popular-mobilization-forces")),
])
def test_group_joining_is_member_of(nlp, text, expected):
    assert [(t, h, tl) for t, h, tl, _ in relations(nlp, text)] == [expected]


# -- men of a group after a verb of fighting fight beside the group after "إلى جانب" -----------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("قاتل عناصر فاغنر إلى جانب الجيش المالي في شمال البلاد.",
     ("ally", "wagner-group", "malian-armed-forces", "فاغنر إلى جانب الجيش المالي")),
    ("وشارك عناصر الفيلق الأفريقي إلى جانب الجيش المالي في الهجوم على كيدال.",
     ("ally", "africa-corps", "malian-armed-forces", "الفيلق الأفريقي إلى جانب الجيش المالي")),
])
def test_fighting_men_are_allies(nlp, text, expected):
    assert relations(nlp, text) == [expected]


def test_targeted_men_are_no_allies(nlp):
    # the men of a group after an attack's target noun are the target, not the ally of the group after "بالاشتراك مع"
    assert [r for r in relations(nlp, "واستهدف الطيران مواقع عناصر داعش بالاشتراك مع قوات سوريا الديمقراطية.")
            if r[0] == "ally"] == []
