"""Session 29, third wave (ev29c): the assassination verb kills as قتلت does, and the member's group after a
group name's head noun ("قيادي في حركة حماس") is the victims' side of the strike that is its means; a verbal
attack whose only armed word is its object after a person's title is criticism; a victim noun ends before a
coordinated casualty or event noun ("مقتل شرطي وإصابة اثنين"); "أحد" before an arrest's person; a prosecutor's
order of an arrest with a pronoun ("أذنت النيابة العمومية بإيقافه").
"""

from __future__ import annotations

import pytest

from event_cases import events

AIR = "air/drone strike"
SHELLING = "shelling/artillery/missile attack"
CLASH = "armed clash"
ARREST = "arrests"
ATTACK = "attack"


@pytest.mark.parametrize(("text", "expected"), [
    # (the state named as the subject is the actor, its forces: session 30, ev30d)
    # (the strike after ب is the assassination's means: one event of the strike's type, session 32)
    ("اغتالت إسرائيل قياديا في حركة حماس بغارة جوية",
     [("اغتالت", AIR, False, [("actor", "إسرائيل"), ("target", "حماس")])]),
    ("اغتال الجيش الإسرائيلي قياديا في حركة حماس بغارة جوية",
     [("اغتال", AIR, False, [("actor", "الجيش الإسرائيلي"), ("target", "حماس")])]),
    # with و, a count between the member noun and the group, a shelling
    ("واغتالت إسرائيل قياديين اثنين في حزب الله بقصف صاروخي",
     [("اغتالت", SHELLING, False, [("actor", "إسرائيل"), ("target", "حزب الله")])]),
    # the killing verb too, with the head noun "حركة"
    # (session 39: the state subject of the killing verb is the striker)
    ("قتلت إسرائيل قياديا في حركة حماس بغارة جوية",
     [("غارة جوية", AIR, False, [("actor", "إسرائيل"), ("target", "حماس")])]),
    # the group that strikes stays the actor
    ("شنت حركة حماس هجوما على موقع للجيش", [("هجوما", CLASH, False, [("actor", "حماس"), ("target", "موقع للجيش")])]),
    # the assassin's own object pronoun: its subject after it is the actor
    ("اغتالته حركة حماس", [("اغتالته", ATTACK, False, [("actor", "حماس")])]),
])
def test_the_assassinated_members_group_is_hit(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "هاجم الرئيس التركي المعارضة خلال مقابلة تلفزيونية",
    "هاجم الرئيس التركي المعارضة خلال مؤتمر صحفي",
    "هاجم وزير الدفاع حركة طالبان معتبرا أنها لا تريد السلام",
])
def test_a_group_criticized_by_an_official(nlp, text):
    assert events(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("هاجمت المعارضة المسلحة مواقع الجيش خلال مؤتمر صحفي",
     [("هاجمت", CLASH, False, [("actor", "المعارضة المسلحة"), ("target", "الجيش")])]),
    ("هاجم مسلحون حاجزا للجيش خلال مقابلة",
     [("هاجم", CLASH, False, [("actor", "مسلحون"), ("target", "حاجزا للجيش")])]),
])
def test_armed_attackers_stay(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وأكدت الشرطة الفرنسية مقتل شرطي وإصابة اثنين آخرين ومصرع المهاجم",
     [("مقتل", CLASH, False, [("target", "شرطي")], 1, 2)]),
    ("أعلنت مصادر أمنية تركية مقتل شرطي وإصابة 13 آخرين في هجوم", [("هجوم", CLASH, False, [], 1, 13)]),
    ("مقتل تونسي وإصابة تونسيين اثنين على الأقل في الهجوم الإرهابي", [("الهجوم", ATTACK, False, [], 1, 2)]),
    # an adjective with a root و stays ("واسعا")
    ("هاجم مسلحون حاجزا أمنيا واسعا", [("هاجم", CLASH, False, [("actor", "مسلحون"), ("target", "حاجزا أمنيا واسعا")],
                                     None, None)]),
])
def test_the_victim_ends_before_the_next_casualty(nlp, text, expected):
    assert events(nlp, text, counts=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("تمكنت الوحدات الأمنية من إيقاف أحد المهربين",
     [("إيقاف", ARREST, False, [("actor", "الوحدات الأمنية"), ("target", "المهربين")])]),
    ("تمكنت الوحدات الأمنية من إيقاف أحد العناصر التكفيرية",
     [("إيقاف", ARREST, False, [("actor", "الوحدات الأمنية"), ("target", "العناصر التكفيرية")])]),
    ("وقد أذنت النيابة العمومية بإيقافه وإحالته إلى التحقيق", [("إيقافه", ARREST, False, [])]),
    ("وأمر القاضي بإيقافها", [("إيقافها", ARREST, False, [])]),
    ("على أيدي رجال الشرطة الذين قاموا بإيقافه.", [("إيقافه", ARREST, False, [("actor", "الشرطة")])]),
])
def test_arrests(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "تقرر إيقاف أحد اللاعبين",
    "إيقاف أحد المشاريع",
    "تم إيقاف أحد الأعوان عن العمل",
    "أذنت النيابة بإيقافه عن العمل",
    "قام بإيقافها على جانب الطريق",
])
def test_no_arrest(nlp, text):
    assert events(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # ANT dev 1423: the killing told before a coordinated arrest is an event of its own; the plural in -ين after
    # the verb is its object, and the arrest joined by و shares the killer's subject
    ('أعلنت وزارة الدفاع الجزائرية اليوم الإثنين أن الجيش قتل "إرهابيين اثنين" واعتقل ثلاثة آخرين في عمليتين',
     [("قتل", CLASH, False, [("actor", "الجيش"), ("target", "إرهابيين")], 2, None),
      ("اعتقل", ARREST, False, [("actor", "الجيش"), ("target", "ثلاثة آخرين")], None, None)]),
    ("الجيش قتل مسلحين اثنين", [("قتل", CLASH, False, [("actor", "الجيش"), ("target", "مسلحين")], 2, None)]),
    # the subject in -ون stays the actor
    ("هاجم مسلحون حاجزا للجيش", [("هاجم", CLASH, False, [("actor", "مسلحون"), ("target", "حاجزا للجيش")],
                                None, None)]),
    # a killing after the arrest is its charge, no event; an arrest not joined by و still holds the clause
    ("تم القبض على المتهم بقتل شاب", [("القبض على", ARREST, False, [("target", "المتهم")], None, None)]),
    ("اعتقال شخص بتهمة قتل زوجته", [("اعتقال", ARREST, False, [("target", "شخص")], None, None)]),
])
def test_a_killing_and_an_arrest(nlp, text, expected):
    assert events(nlp, text, counts=True) == expected
