"""Events, session 40 (ev40).  The indefinite accusative after a killing, wounding or arrest verb and its subject is
the verb's object, the target ("قتلت إسرائيل فلسطينيا", "وقتل الجيش إرهابيا", "أصابت قوات الاحتلال طفلة"), a
country right after a feminine verb being its subject; the assassination noun counts the one or two it takes
("اغتيال شرطي" 1, "اغتيال صحفيين اثنين" 2), not an attempt or a plot ("حاولت وحدة من الموساد اغتيال",
"مخطط لاغتيال"); a person named right after a killing noun, or after a killing verb with how he died after the name,
is its victim, counted one ("مقتل أبو عياض", "اغتيل عاطف بسيسو", "قتل محمد بن علي برصاص قناص"), not a title
("الشهيد سقراط الشارني") nor an active verb's subject ("قتل محمد زوجته"); a person's name before a colon in a headline
is who speaks, no actor of the act told after it."""

from __future__ import annotations

import pytest

from event_cases import events as _events


# 1. the indefinite accusative object after the verb's subject (a noun, a nisba, a doer's noun, the dual, the feminine)
@pytest.mark.parametrize(("text", "expected"), [
    # the lead's example: the country after the feminine verb is its subject
    ("قتلت إسرائيل فلسطينيا في الضفة الغربية.",
     [("قتلت", "attack", False, [("actor", "إسرائيل"), ("target", "فلسطينيا")], 1, None)]),
    ("قتل جنود الاحتلال شابا فلسطينيا في جنين.",
     [("قتل", "attack", False, [("actor", "جنود الاحتلال"), ("target", "شابا فلسطينيا")], 1, None)]),
    # a wounding verb, the feminine object
    ("أصابت قوات الاحتلال طفلة برصاص حي في الخليل.",
     [("أصابت", "attack", False, [("actor", "قوات الاحتلال"), ("target", "طفلة")], None, 1)]),
    # a soldier is armed: a battle
    ("قتلت الشرطة التركية جنديا سوريا قرب الحدود.",
     [("قتلت", "armed clash", False, [("actor", "الشرطة التركية"), ("target", "جنديا سوريا")], 1, None)]),
    ("قتل مسلحون مدنيا في درعا.",
     [("قتل", "attack", False, [("actor", "مسلحون"), ("target", "مدنيا")], 1, None)]),
    # a doer's noun in the accusative is the object, no adjective of the event (and the terrorist killed is counted)
    ("وقتل الجيش إرهابيا في جبل الشعانبي.",
     [("قتل", "armed clash", False, [("actor", "الجيش"), ("target", "إرهابيا")], 1, None)]),
    ("وقتلت وحدات الجيش مسلحا في سيناء.",
     [("قتلت", "armed clash", False, [("actor", "وحدات الجيش"), ("target", "مسلحا")], 1, None)]),
    # the dual, and a count in Arabic-Indic digits, past the country
    ("قتلت إسرائيل شابين في غزة.",
     [("قتلت", "attack", False, [("actor", "إسرائيل"), ("target", "شابين")], 2, None)]),
    ("قتلت إسرائيل ٣ فلسطينيين في غزة.",
     [("قتلت", "attack", False, [("actor", "إسرائيل"), ("target", "٣ فلسطينيين")], 3, None)]),
    # an arrest by a country: its object, and the state its actor (session 40, ev40b)
    ("اعتقلت تركيا صحفيا ألمانيا في إسطنبول.",
     [("اعتقلت", "arrests", False, [("actor", "تركيا"), ("target", "صحفيا ألمانيا")], None, None)]),
    # a candidate names the object: the group of its men, as before
    ("وقتل الجيش عناصر من حركة الشباب في إقليم شبيلي السفلى.",
     [("قتل", "armed clash", False, [("actor", "الجيش"), ("target", "حركة الشباب")], None, None)]),
    # the group's own adjective after its men is no victim
    ("قتلهم عناصر تنظيم داعش الإرهابي في الموصل.", []),
])
def test_accusative_object(nlp, text, expected):
    assert _events(nlp, text, counts=True) == expected


# 2. the assassination noun counts its victims; an attempt or a plot none
@pytest.mark.parametrize(("text", "expected"), [
    ("اغتيال شرطي في قسنطينة أكتوبر الماضي.",  # ANT 1941
     [("اغتيال", "attack", False, [("target", "شرطي")], 1, None)]),
    ("وأدانت الحركة اغتيال قيادي في حماس بغزة.",
     [("اغتيال", "attack", False, [("target", "حماس")], 1, None)]),
    ("أدانت الوزارة اغتيال صحفيين اثنين في الموصل.",
     [("اغتيال", "attack", False, [("target", "صحفيين")], 2, None)]),
    ("أدانت الوزارة اغتيال الصحفي في الموصل.",
     [("اغتيال", "attack", False, [("target", "الصحفي")], 1, None)]),
    ("نجا المحافظ من محاولة اغتيال في عدن.",
     [("محاولة اغتيال", "attack", False, [("target", "المحافظ")], None, None)]),
    # ANT 2202: an attempt verb and its subject before the noun
    ("في 25 سبتمبر 1997 حاولت وحدة من الموساد اغتيال خالد مشعل في العاصمة الأردنية عمان.",
     [("اغتيال", "attack", False, [("target", "خالد مشعل")], None, None)]),
    # ANT 2061: a plot
    ("وقالت إن الاستخبارات تهدف إلى تدبير مخطط لاغتيال زعيم كوريا الشمالية.",
     [("اغتيال", "attack", True, [("target", "زعيم")], None, None)]),
    # ANT 1050: the martyr is the attempt's subject, his death still counted
    ("وقد حاول الشهيد الفلسطيني اصابة ثلاثة جنود اسرائيليين في عملية دهس بالخليل.",
     [("عملية دهس", "attack", False, [], 1, 3)]),
    # a name after the noun is no count: the noun names a recalled case far more often (recorded limit)
    ("نظمت الجبهة الشعبية اليوم وقفة في ذكرى اغتيال شكري بلعيد.",
     [("اغتيال", "attack", False, [("target", "شكري بلعيد")], None, None)]),
])
def test_assassination_noun_counts(nlp, text, expected):
    assert _events(nlp, text, counts=True) == expected


# 3. a person named right after a killing word is its victim
@pytest.mark.parametrize(("text", "expected"), [
    # the name "علي" after a first name is no preposition: the gunmen are the actor
    ("قتل الشاب محمد علي برصاص مسلحين في بغداد.",
     [("قتل", "attack", False, [("actor", "مسلحين"), ("target", "الشاب")], 1, None)]),
    ("قتل محمد بن علي برصاص قناص في تعز.",
     [("قتل", "attack", False, [("actor", "قناص"), ("target", "محمد بن علي")], 1, None)]),
    # ANT 1566
    ("آمر غرفة عمليات السلاح الجوي يؤكد مقتل أبو عياض و محاصرة قيادات إرهابية.",
     [("مقتل", "attack", False, [("target", "أبو عياض")], 1, None)]),
    # ANT 2202: verbs whose subject is the victim
    ("في 11 نوفمبر 2004 استشهد ياسر عرفات رئيس السلطة الفلسطينية السابق.",
     [("استشهد", "attack", False, [("target", "ياسر عرفات")], 1, None)]),
    ('في 8 جوان 1992 اغتيل عاطف بسيسو القيادي في حركة "فتح" في باريس.',
     [("اغتيل", "attack", False, [("target", 'حركة "فتح"')], 1, None)]),
    # an active verb's subject: the kin with its pronoun after the name is the object (session 40, family 5)
    ("قتل محمد زوجته في صفاقس.",
     [("قتل", "attack", False, [("actor", "محمد"), ("target", "زوجته")], 1, None)]),
    # a denied death, a title: no event
    ("مصدر عسكري ليبي ينفي مقتل أبو عياض.", []),
    ("الكاف : احياء أربعينية الشهيد سقراط الشارني.", []),
])
def test_named_victim(nlp, text, expected):
    assert _events(nlp, text, counts=True) == expected


# 4. a person's name before a colon speaks (ANT 1924, 7232, 7124)
@pytest.mark.parametrize(("text", "expected"), [
    ("فرانسوا هولاند : فرنسا ستواصل مواجهة الاعتداءات الإرهابية",
     [("الاعتداءات", "attack", False, [], None, None)]),
    ("حمة الهمامي : اغتيال الزواري قضية وطنية",
     [("اغتيال", "attack", False, [], None, None)]),
    ('حسن نصر الله ل"إسرائيل" : سنردّ على مقتل سمير قنطار بالطريقة المناسبة',
     [("مقتل", "attack", False, [("target", "سمير قنطار")], 1, None)]),
])
def test_colon_speaker_no_actor(nlp, text, expected):
    assert _events(nlp, text, counts=True) == expected


# 5. a kin noun with its possessive pronoun after a killing word is one victim, its target (ANT 7823, 8012, 8315)
@pytest.mark.parametrize(("text", "expected"), [
    ("أقدم شاب على قتل والده في مجاز الباب.",
     [("قتل", "attack", False, [("actor", "شاب"), ("target", "والده")], 1, None)]),
    # the bare "زوج" is the doer, his wife with her pronoun (its ة written ت) the victim
    # (session 47, ev47b: the doer is read now, the person noun right after the verb of undertaking)
    ("أقدم زوج على قتل زوجته الحامل بالاعتداء عليها بالعنف الشديد.",
     [("قتل", "attack", False, [("actor", "زوج"), ("target", "زوجته الحامل")], 1, None)]),
    # the dual doers are not counted, their neighbour is
    ("أدين شخصان بقتل جارهما في بنقردان.",
     [("قتل", "attack", False, [("target", "جارهما")], 1, None)]),
    # fatal stab wounds are no clash of their own
    ("قام تونسي بقتل صديقته السابقة بشقتها بعد أن طعنها 53 طعنة منها 7 طعنات قاتلة.",
     [("قتل", "attack", False, [("actor", "تونسي"), ("target", "صديقته السابقة")], 1, None)]),
    # a kin noun before a threat to kill him is no death (ANT 2269)
    ("أفاد أنه تمّ إختطاف شقيقه وهدّده بقتله في صورة عدم دفع فدية.",
     [("إختطاف", "abduction/forced disappearance", False, [("target", "شقيقه")], None, None)]),
])
def test_kin_victim(nlp, text, expected):
    assert _events(nlp, text, counts=True) == expected
