"""The events stage, session 23 (second wave): families read on ANT (Tunisian and world news).

- Both sides of a clash, an exchange of fire or a truce "بين X و Y" are its actors, a side no other layer names being
  its own words ("بين مصلين وقوات الاحتلال"); neither is the target.
- One or two assailants ("شخص ملثم", "شاب", "شابين") are no mob: their assault stays an attack on civilians.
- The subject of a verb of managing ("تمكنت الوحدات الأمنية بالمهدية، اليوم الاثنين، من إيقاف") is the actor of the
  act written after its "من", clauses later; a trap that made an arrest ("كمين محكم مكّن من القبض") is no battle.
- The day a statement was issued ("في بيان نشر اليوم السبت") is not the day of the act it tells.
"""

from __future__ import annotations

import pytest

from event_cases import dated as _dated
from event_cases import events


@pytest.mark.parametrize(("text", "expected"), [
    # ANT dev 980: the gendarmes (with their complement) and the group
    ("جدّت أمس الأربعاء اشتباكات بين عناصر من الدرك الجزائري ومجموعة إرهابية بمنطقة واد الجمعة من ولاية البليدة.",
     [("اشتباكات", "armed clash", False, [("actor", "عناصر"), ("actor", "مجموعة إرهابية")])]),
    # ANT dev 1472: a side with no other layer's name, and "وبين" before the second
    ("ويشهد إقليم شينجيانغ الغني بالموارد، مواجهات منتظمة بين الغالبية الأويغورية المسلمة وبين قوات الأمن الصيني.",
     [("مواجهات", "armed clash", False,
       [("actor", "الغالبية الأويغورية المسلمة"), ("actor", "قوات الأمن الصيني")])]),
    # ANT dev 1496, a headline
    ("مواجهات بين مصلين وقوات الاحتلال في ساحات المسجد الاقصى",
     [("مواجهات", "armed clash", False, [("actor", "مصلين"), ("actor", "قوات الاحتلال")])]),
    # ANT dev 1781: a relative clause and its day before "بين"
    ("أسفرت المواجهات التي جدّت اليوم الأربعاء بين قوات من الأمن المصري ومسلحين متحصنين داخل منزل في منطقة حدائق "
     "المعادي إلى القضاء على عنصرين مسلحين.",
     [("المواجهات", "armed clash", False, [("actor", "قوات"), ("actor", "مسلحين متحصنين")])]),
    # ANT dev 2131: a long first side (a group and a name), the second with no other layer's name
    ("اندلعت اليوم السبت اشتباكات عنيفة بين قوات اللواء الليبي السابق خليفة حفتر ومقاتلين متشددين في مدينة بنغازي.",
     [("اشتباكات", "armed clash", False, [("actor", "قوات اللواء"), ("actor", "مقاتلين متشددين")])]),
    # ANT dev 2008: in a riot the protesters are its actor and the police the other side, its target, as in every
    # protest (session 47: both were actors)
    ("تشهد العاصمة التركية اسطنبول اليوم الاثنين، مواجهات بين أعوان الشرطة ومتظاهرين خلال مسيرات عيد العمال.",
     [("مواجهات", "violent demonstration", False, [("target", "أعوان الشرطة"), ("actor", "متظاهرين")])]),
    # ANT dev 1973: an exchange of fire
    ("جدّ صباح اليوم السبت، تبادل لإطلاق النار بين الأمن السعودي ومجموعة مسلحة كانت متحصنة بأحد المنازل.",
     [("تبادل لإطلاق النار", "armed clash", False, [("actor", "الأمن السعودي"), ("actor", "مجموعة مسلحة")])]),
])
def test_both_sides_are_actors(nlp, text, expected):
    assert events(nlp, text) == expected


def test_between_a_clause_is_no_side(nlp):
    # ANT dev 2776: "الذين عمدوا …" is a relative clause of the first side; the words after it are no second side
    text = ("شهدت بعض أحياء الاحياء بسيدي بوزيد مواجهات بين مجموعات من الشباب الذين عمدوا لغلق الطرقات باستعمال "
            "الحجارة والإطارات المطاطية المشتعلة وحاويات القمامة وأعوان الأمن.")
    assert events(nlp, text) == [("مواجهات", "armed clash", False, [])]


def test_between_one_word_is_no_pair(nlp):
    # ANT dev 2131: "بين الجانبين" names both sides in one word, no pair and no target
    text = "وقال عاملون في مستشفى إن ثلاثة أشخاص قتلوا في اشتباكات بين الجانبين استمرت طوال اليوم."
    assert [(e[0], e[3]) for e in events(nlp, text)] == [("اشتباكات", [])]


@pytest.mark.parametrize(("text", "expected"), [
    # ANT held-out 1832: one masked man
    ("تعرض صباح اليوم الخميس عون أمن بمنطقة العوينة التابعة لولاية تونس، إلى محاولة إعتداء بسكين من قبل شخص ملثم "
     "لاذ إثرها بالفرار.",
     [("إعتداء", "attack", False, [("actor", "شخص")])]),
    # ANT held-out 1936: two young men
    ("تعرض شخص اول امس الى اعتداء بالعنف الشديد من قبل شابين بجهة حمام سوسة بعد خلاف نشب بينهم.",
     [("اعتداء", "attack", False, [("actor", "شابين"), ("target", "شخص اول")])]),
    # a crowd stays a mob
    ("اعتدت حشود غاضبة على رجل في السوق.",
     [("اعتدت", "mob violence", False, [("actor", "حشود غاضبة"), ("target", "رجل")])]),
])
def test_lone_assailant_is_no_mob(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ANT dev 2744
    ("تمكنت الوحدات الأمنية بالمهدية، اليوم الاثنين، من إيقاف عنصر بجهة السواسي ينتمي إلى تنظيم ارهابي.",
     [("إيقاف", "arrests", False, [("actor", "الوحدات الأمنية"), ("target", "عنصر")])]),
    # ANT held-out 2303: with a shadda, the day between commas
    ('تمكّن أعوان مركز الحرس الوطني بسيدي الهاني، ليلة البارحة، من إيقاف شخصين كانا بصدد ترويج مادة القنب الهندي.',
     [("إيقاف", "arrests", False, [("actor", "مركز الحرس الوطني"), ("target", "شخصين")])]),
    # ANT dev 2370: a long clause between
    ("تمكنت فرقة الأبحاث والتفتيش للحرس الوطني بفريانة من ولاية القصرين، إثر توفر معلومات تفيد بتعمّد أحد الأشخاص "
     "التواصل مع عناصر تكفيريّة، من القبض على المعني بالأمر.",
     [("القبض على", "arrests", False, [("actor", "فرقة الأبحاث والتفتيش للحرس الوطني")])]),
])
def test_managing_subject_acts(nlp, text, expected):
    assert events(nlp, text) == expected


def test_managing_second_act(nlp):
    # ANT held-out 1568: the arrest is the second act after "من" (session 29: bringing the network down is the
    # arrest too, one event with both)
    text = ("نجحت الفرقة المركزيّة لمكافحة المخدّرات للحرس الوطني أمس، من الإطاحة بشبكة مختصّة في ترويج الأقراص "
            "المخدّرة بتونس العاصمة وإيقاف 6 أشخاص من أفرادها.")
    got = events(nlp, text)
    assert [e[0] for e in got] == ["الإطاحة"]
    assert ("target", "6 أشخاص") in got[0][3] and ("target", "شبكة مختصّة") in got[0][3]
    assert got[0][3][0][0] == "actor" and "حرس الوطني" in got[0][3][0][1]


def test_protest_between_sectors(nlp):
    # ANT held-out 969: sectors a protest is shared between are no sides
    text = "وسيتم تنظيم وقفات احتجاجية مشتركة بين القطاعين العام والخاص إضافة إلى طب الاختصاص."
    assert all(e[3] == [] for e in events(nlp, text))


def test_no_managing_verb_no_actor(nlp):
    # a clause opened by "من" with no verb of managing before: nothing is taken across the comma
    text = "وأكد المصدر الأمني، من جهة أخرى، إيقاف شخصين بجهة حمام سوسة."
    assert all(role != "actor" or who != "المصدر الأمني" for e in events(nlp, text) for role, who in e[3])


def test_trap_that_made_an_arrest(nlp):
    # ANT held-out 2084
    text = ("تمكنت فرقة الشرطة العدلية سوسة المدينة، في عملية نوعية نفذتها عشية اليوم الجمعة، من الإطاحة بمروج خطير "
            "للحبوب المخدرة، وذلك على إثر كمين محكم مكّن من القبض عليه.")
    assert not any(e[1] == "armed clash" for e in events(nlp, text))


def test_statement_day_is_not_the_act(nlp):
    # ANT dev 2133: the claim was published on Saturday, the attack was on Friday
    text = ('أعلن تنظيم "داعش" الإرهابي في بيان نشر اليوم السبت، مسؤوليته عن الهجوم الذي استهدف حافلة تقل أقباطا في '
            "محافظة المنيا في صعيد مصر، أمس الجمعة.")
    assert _dated(nlp, text) == [("الهجوم", {"start": 130, "end": 140, "text": "أمس الجمعة", "value": "2017-05-26"})]


def test_statement_day_alone(nlp):
    # ANT held-out 2221: the only date is the statement's: the act was on that day or before it, nearer than the
    # reference day
    text = ("و حسب بلاغ صدر اليوم الثلاثاء 14 مارس 2017 عن وزارة الداخلية، تم القبض على عناصر العصابة بجهة "
            "أريانة.")
    assert [(t, d["value"]) for t, d in _dated(nlp, text)] == [("القبض على", "2017-03-14")]


def test_statement_day_with_another(nlp):
    # ANT held-out 955: the statement of Friday condemns the attacks of 12 August 2015
    text = ("عبرت وزارة الصحة في بلاغ أصدرته اليوم الجمعة عن ادانتها للاعتداءات التي جدت مساء الأربعاء 12 أوت 2015 "
            "على الإطار الطبي بمستشفى الوردانين.")
    assert [(t, d.get("text")) for t, d in _dated(nlp, text)] == [("اعتداءات", "مساء الأربعاء 12 أوت 2015")]


def test_act_day_after_statement_noun_kept(nlp):
    # a date of the act itself, with no verb of issue before it, is kept
    text = "أعلنت وزارة الدفاع الجزائرية في بلاغ لها أنه تم صباح اليوم الاثنين القبض على عنصر إرهابي ببرج باجي مختار."
    got = _dated(nlp, text)
    assert [(t, d.get("text")) for t, d in got] == [("القبض على", "صباح اليوم الاثنين")]
