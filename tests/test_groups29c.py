"""Session 29, fourth wave (grp29c): groups — the national unions ANT names beside the UGTT (the journalists'
SNJT, the internal security forces' and the municipal police's unions), Tunisia's Ettajdid, Germany's SPD and
Greens and France's Greens; the bare names only in their country's documents."""

import pytest

from arabnews import Pipeline
from group_cases import groups


@pytest.fixture(scope="module")
def nlp():
    return Pipeline(["groups"])


CASES = [
    # the SNJT, its full names (ANT) with either spelling of the plural
    ("نقابة الصحفيين التونسيين تودع ملفها لدى هيئة الحقيقة والكرامة.", [("نقابة الصحفيين التونسيين", "snjt")]),
    ("دعت النقابة الوطنية للصحفيين التونسيين وزير الداخلية إلى التحقيق في الاعتداء.",
     [("النقابة الوطنية للصحفيين التونسيين", "snjt")]),
    ("وأدانت النقابة الوطنية للصحافيين التونسيين حجب البرنامج.", [("النقابة الوطنية للصحافيين التونسيين", "snjt")]),
    ("وانتقدت لنقابة الصحفيين التونسيين المنشور.", [("نقابة الصحفيين التونسيين", "snjt")]),
    # the bare names where the document points to Tunisia
    ("قال رئيس الحكومة يوسف الشاهد في تونس إن نقابة الصحفيين انتقدت المنشور.", [("نقابة الصحفيين", "snjt")]),
    ("وعقدت ندوة صحفية بمقر النقابة الوطنية للصحفيين بتونس العاصمة.", [("النقابة الوطنية للصحفيين", "snjt")]),
    # the security forces' unions
    ("بعد دعوة نقابة قوات الأمن الداخلي إلى حل حزب التحرير في تونس.",
     [("نقابة قوات الأمن الداخلي", "snfsi"), ("حزب التحرير", "hizb-ut-tahrir")]),
    ("استهجن ما أقدمت عليه النقابة الوطنية لقوات الأمن الداخلي من انتهاك لحرمة قصر الحكومة بالقصبة.",
     [("النقابة الوطنية لقوات الأمن الداخلي", "snfsi")]),
    ("قال الناطق الرسمي باسم نقابة الشرطة البلدية بتونس إن 80 عونا تعرضوا للاعتداء.",
     [("نقابة الشرطة البلدية", "municipal-police-union-tunisia")]),
    # Ettajdid in a Tunisian document; Lebanon's Democratic Renewal is its own party, not cut short
    ("سمير بالطيب جامعي وسياسي تونسي، عضو أمانة حركة التجديد وأستاذ قانون.", [("حركة التجديد", "ettajdid")]),
    ("وكان عضوا في حركة التجديد الديمقراطي في بيروت.", [("حركة التجديد الديمقراطي", "democratic-renewal-lebanon")]),
    # Germany's SPD (both orders of its adjectives) and Greens; France's Greens by the nisba
    ("وقال المتحدث باسم الحزب الديمقراطي الاشتراكي إن السلطات الألمانية فقدت أثر ثلاثة منهم.",
     [("الحزب الديمقراطي الاشتراكي", "spd-germany")]),
    ("وفاز الحزب الاشتراكي الديمقراطي في ولاية سارلاند الألمانية.", [("الحزب الاشتراكي الديمقراطي", "spd-germany")]),
    ("يذكر أن كرتشمان، المنتمي لحزب الخضر الألماني، تردد طويلا.", [("حزب الخضر الألماني", "greens-germany")]),
    ("وقالت رئيسة الكتلة البرلمانية لحزب الخضر في البرلمان الألماني في برلين.", [("حزب الخضر", "greens-germany")]),
    ("وقال حزب الخضر الفرنسي في باريس إنه سيدعم ماكرون.", [("حزب الخضر الفرنسي", "greens-france")]),
]

NONE = [
    # another country's journalists' union, and the bare names in a document that points nowhere
    "وبالتنسيق مع نقابة الصحفيين العراقيين في بغداد.",
    "وقالت نقابة الصحفيين المصريين إن الشرطة اقتحمت مقرها في القاهرة.",
    "وكانت نقابة الصحفيين قد انتقدت حجب البرنامج.",
    "وقال حزب الخضر إنه سيصوت ضد القانون.",
    # the regional union of the internal security forces is not the national one cut short
    "أفاد كاتب عام النقابة الجهوية لقوات الأمن الداخلي بالمنستير، مراد بن صالح.",
]


@pytest.mark.parametrize("text,expected", CASES)
def test_registered(nlp, text, expected):
    assert groups(nlp, text) == expected


@pytest.mark.parametrize("text", NONE)
def test_none(nlp, text):
    assert [g for g in groups(nlp, text) if g[1] in {"snjt", "snfsi", "greens-germany", "greens-france"}] == []


# ---------------------------------------------------------------- a given name that reads as a verb after "الشهيد"

@pytest.mark.parametrize("text,expected", [
    ("وانتشرت كتيبة الشهيد يوسف البوني في طرابلس.", [("كتيبة الشهيد يوسف البوني", "disc")]),
    ("وقالت كتيبة الشهيد يحيى العياش إنها قصفت الموقع.", [("كتيبة الشهيد يحيى العياش", "disc")]),
    # the verb after an indefinite name is no part of it, nor "إنها"
    ("وأعلنت كتيبة الشهيد يوسف إنها انسحبت.", []),
    ("وهاجمت كتيبة الشهيد يقتل الجنود.", []),
])
def test_connector_given_name(nlp, text, expected):
    assert groups(nlp, text) == expected
