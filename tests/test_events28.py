"""Event families of session 28 (read on 3,000 + 2,500 held-out ANT articles).

- "جوية"/"الطيران" of a base, an airport, airspace or airlines is no air strike's means: the Tomahawk strike on
  "قاعدة الشعيرات الجوية" is a missile attack; "غارات جوية على القاعدة الجوية" stays an air strike.
- A blast at a munitions depot ("انفجار مخزن ذخيرة", "انفجار في مستودع للأسلحة") with no attack word is an accident,
  as at a plant, and so are its dead; with an attack word ("استهدف مخزن ذخيرة", "غارة على مستودع") an event.
- "اتهم X Y بـ…": the accuser X is no side of the act, the accused Y is.
- Stormings by thugs, strangers or one person are crimes, not battles.
- Police and army dogs, or an animal shot before a later attack, do not make a real attack an animal's.
"""

from __future__ import annotations

import pytest

from event_cases import events

AIR = "air/drone strike"
SHELLING = "shelling/artillery/missile attack"
IED = "remote explosive/landmine/IED"
CLASH = "armed clash"
EXCESSIVE = "excessive force against protesters"


@pytest.mark.parametrize(("text", "expected"), [
    # ANT (1861, 2105): the US missile strike on the Shayrat air base
    ("اعتبرت تركيا أن الهجوم الصاروخي الأمريكي الذي استهدف قاعدة الشعيرات الجوية التابعة للنظام السوري خطوة "
     "إيجابية.",
     [("الهجوم", SHELLING, False, [("actor", "الأمريكي"), ("target", "قاعدة الشعيرات")])]),
    # ANT (1869): missiles fired by destroyers, the plural strike nouns; "قاعدة عسكرية جوية" (ANT 1895)
    ("أطلقت مدمرتان أمريكيتان عشرات الصواريخ على قاعدة جوية سورية.",
     [("الصواريخ", SHELLING, False, [("target", "قاعدة جوية سورية")])]),
    ("قالت كوريا الشمالية إن الضربات الصاروخية الأمريكية على قاعدة جوية سورية عمل عدواني.",
     [("الضربات الصاروخية", SHELLING, False, [("actor", "الأمريكية"), ("target", "قاعدة جوية سورية")])]),
    ("أدت الضربة الأميركية التي استهدفت قاعدة عسكرية جوية للجيش السوري في حمص إلى مقتل 6 جنود.",
     [("استهدفت", SHELLING, False, [("target", "قاعدة عسكرية جوية")])]),
    # an air strike on an air base or an airport stays one: the strike word stands before
    ("شنت طائرات التحالف غارات جوية على القاعدة الجوية في الطبقة.",
     [("غارات جوية", AIR, False, [("actor", "طائرات التحالف"), ("target", "القاعدة الجوية")])]),
    ("قتل 5 مسلحين في غارة جوية على مطار المزة.", [("غارة جوية", AIR, False, [("target", "مطار المزة")])]),
    # missiles and shells with no aircraft stay a missile attack
    ("قصف صاروخي استهدف مدينة حلب أمس وأسفر عن مقتل 5 مدنيين.", [("قصف صاروخي", SHELLING, False, [])]),
    ("سقطت قذائف على حي سكني في دمشق مما أدى إلى إصابة 3 أشخاص.", [("قذائف", SHELLING, False, [])]),
])
def test_air_places(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # ANT (267): airlines in a lobbying campaign
    "وتتصدى شركات الطيران الخليجية لحملة ضغط في واشنطن تشنها الشركات الأمريكية.",
    # ANT (5068, 5069): an ammunition depot blew up; its dead are no attack's
    "قال مسؤول محلي ان 20 مدنيا على الاقل قتلوا اليوم الثلاثاء في انفجار بمخزن للذخيرة في بلدة جرابولي بغرب ليبيا.",
    "مقتل عشرات المدنيين في انفجار مخزن ذخيرة في ليبيا.",
    # neighbours: a weapons depot, the dual, a plant's dead
    "وقع انفجار في مستودع للأسلحة تابع للجيش في ضواحي العاصمة، مما أدى إلى إصابة 10 جنود.",
    "انفجار مستودعين للذخيرة الحربية في ليبيا يودي بحياة 5 أشخاص.",
    "قتل 3 عمال في انفجار داخل مصنع للمواد الكيميائية.",
])
def test_no_event(nlp, text):
    assert events(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # an attack on a depot is an event, the depot its target; the shells are its means, not a find
    ("استهدف مسلحون مخزن ذخيرة للجيش بقذائف الهاون.",
     [("استهدف", SHELLING, False, [("actor", "مسلحون"), ("target", "مخزن ذخيرة للجيش")])]),
    ("شنت طائرات التحالف غارة على مستودع للأسلحة تابع لحزب الله قرب دمشق.",
     [("غارة", AIR, False, [("actor", "طائرات التحالف"), ("target", "مستودع للأسلحة")])]),
    ("أدى تفجير مخزن للأسلحة في حلب إلى مقتل 4 أشخاص.", [("تفجير", IED, False, [("target", "مخزن للأسلحة")])]),
    # missiles seized in a lorry stay found
    ("ضبطت الشرطة شاحنة محملة بصواريخ في ميناء طرابلس.",
     [("صواريخ", "disrupted weapons use", False, [("actor", "الشرطة")])]),
])
def test_depot_attacked(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the accuser is no side: the accused fires on the protesters (ACLED: the protesters actor 1)
    ("اتهمت المعارضة قوات الأمن بقتل المتظاهرين.",
     [("المتظاهرين", EXCESSIVE, False, [("actor", "المتظاهرين"), ("target", "قوات الأمن")])]),
    # the present tense (its letters end in هم, no pronoun), a shooting; the passive keeps the one named
    ("وتتهم المعارضة السورية قوات الأمن بقتل المتظاهرين السلميين.",
     [("المتظاهرين", EXCESSIVE, False, [("actor", "المتظاهرين السلميين"), ("target", "قوات الأمن")])]),
    ("اتهمت منظمة العفو الدولية الشرطة بإطلاق النار على المحتجين.",
     [("إطلاق النار", EXCESSIVE, False, [("actor", "المحتجين"), ("target", "الشرطة")])]),
    ("اتهمت الشرطة بقتل متظاهرين في العاصمة.",
     [("متظاهرين", EXCESSIVE, False, [("actor", "متظاهرين"), ("target", "الشرطة")])]),
    # the accuser before the verb (ANT 1487): the one after it is the accused
    ("\"الداخلية\" المصرية تتهم قادة \"الإخوان\" في قطر بالوقوف خلف تفجير الكنيسة في بيان نشرته مساء الإثنين. "
     "واتهمت وزارة الداخلية المصرية قادة جماعة الإخوان المسلمين بتدريب منفذي التفجير.",
     [("تفجير", IED, False, [("actor", "الإخوان"), ("target", "الكنيسة")])]),
    # a pronoun on the verb: the one named after it is the accuser
    ("اتهمها الجيش بإطلاق النار على المتظاهرين.", [("إطلاق النار", "attack", False, [("target", "المتظاهرين")])]),
    # the accused kept as the actor
    ("اتهمت السعودية الحوثيين بإطلاق صاروخ باليستي تجاه مدينة مكة المكرمة.",
     [("صاروخ", SHELLING, False, [("actor", "الحوثيين")])]),
    ("اتهمت المعارضة قوات الأمن بقتل خمسة مدنيين.",
     [("قتل", "attack", False, [("actor", "قوات الأمن"), ("target", "خمسة مدنيين")])]),
])
def test_accused(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ANT (2778, 1093, 1278): thugs, a man with a knife, the man the relative stands for
    ("نفذ أساتذة المدرسة الإعدادية وقفة احتجاجية إثر اقتحام مجموعة من المنحرفين فضاء المؤسسة في حدود الساعة "
     "العاشرة.",
     [("وقفة احتجاجية", "peaceful protest", False, [("actor", "أساتذة المدرسة")]), ("اقتحام", "attack", False, [])]),
    ("أوردت صحيفة الأندبندت خبرا مفاده إقدام شخص مسلح بسكين على اقتحام مركز للتوظيف بمدينة نيوكاسل البريطانية.",
     [("اقتحام", "attack", False, [("actor", "مسلح")])]),
    ("تبحث الشرطة عن الرجل الذي اقتحم الدار في بلدة مونفيرييه وهو ملثم.", [("اقتحم", "attack", False, [])]),
    # a gang that steals
    ("عصابة تقتحم منزلا في صفاقس وتسرق مجوهرات.",
     [("تقتحم", "looting/property destruction", False, [("actor", "عصابة"), ("target", "منزلا")])]),
    # the state's forces, armed men, a named group: a battle still
    ("اقتحمت قوات الأمن منزلا يتحصن فيه إرهابيون.", [("اقتحمت", CLASH, False, [("actor", "قوات الأمن"),
                                                                        ("target", "منزلا")])]),
    ("اقتحم مسلحون مقر البرلمان الليبي في طرابلس.", [("اقتحم", CLASH, False, [("actor", "مسلحون"),
                                                                       ("target", "مقر البرلمان")])]),
    ("اقتحم عناصر من تنظيم داعش مدرسة في الموصل.", [("اقتحم", CLASH, False, [("actor", "داعش"),
                                                                      ("target", "مدرسة")])]),
])
def test_break_in(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # police and army dogs: with ب, after "بمساعدة" or "مع", with their adjective
    ("هاجمت قوات الأمن بالكلاب البوليسية مخبأ للإرهابيين بجبل الشعانبي.",
     [("هاجمت", CLASH, False, [("actor", "قوات الأمن")])]),
    ("شنت وحدات الجيش هجوما بمساعدة الكلاب المدربة على معاقل الإرهابيين بجبل سمامة.",
     [("هجوما", CLASH, False, [("actor", "وحدات الجيش"), ("target", "معاقل الإرهابيين")])]),
    ("اقتحمت الشرطة مع الكلاب البوليسية مقر الخلية.",
     [("اقتحمت", CLASH, False, [("actor", "الشرطة"), ("target", "الخلية")])]),
    # a dog shot, then the attack: the attack is real
    ("أطلق مسلحون النار على كلب الحراسة ثم هاجموا الثكنة العسكرية.",
     [("هاجموا", CLASH, False, [("actor", "مسلحون"), ("target", "الثكنة العسكرية")])]),
    # an animal's own attack stays none
    ("هاجم نمر حارسة في حديقة الحيوانات.", []),
    # the animal's own later deed, after و (ANT 352, 482)
    ("وتقول الإدارة الوطنية للمحيطات أن أسماك القرش لا تأكل وتهاجم الانسان، إلا أنها تخطئ في تحديد فريستها.", []),
    ("نمر يختطف امرأة ويقتلها أمام مرافقيها.", []),
    ("هاجمت الكلاب الضالة طفلا في القرية.", []),
])
def test_working_animals(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ANT (1001): prevention, like "للحيلولة دون": the act did not happen
    ("واتخذت إجراءات احترازية، لتجنب أي هجوم من هذا النوع.", []),
    ("اتخذت الشرطة تدابير لتفادي وقوع اعتداءات على المصلين.",
     [("اعتداءات", "attack", True, [("actor", "الشرطة")])]),
    # an attack that happened, with "منع" after it, is not prevented
    ("قتل 3 جنود في هجوم على حاجز للجيش ومنع المسلحون سيارات الإسعاف من الوصول.",
     [("هجوم", CLASH, False, [("target", "حاجز للجيش")])]),
])
def test_prevented(nlp, text, expected):
    assert events(nlp, text) == expected
