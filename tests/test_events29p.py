"""Session 29, fourth wave (ev29d): protests. Hunger strikes are protests (ACLED; they were idioms), their whole
phrase the trigger; "الطريق الرابطة بين" (the road linking) is no football league that drops a protest; a march
("مسيرة") with a protest cue besides it is a protest, not a career; "احتج … على مداخلة / تصريحات" without a place
of protest is an objection in words, no protest.

Read on the ANT dev dump (946, 1243, 1415, 1716, 1843, 1856, 1930, 2208, 2254, 2506, 2509, 2869, 2908-2913, 2937)
and checked on the held-out dump.
"""

from __future__ import annotations

import pytest

from event_cases import events

PEACEFUL = "peaceful protest"


@pytest.mark.parametrize(("text", "expected"), [
    # a hunger strike, with or without "عن الطعام", the article, the accusative: the whole phrase
    ("وكان لطفي فريد دخل في إضراب جوع منذ يوم الاثنين 2 نوفمبر 2015 احتجاجا على منعه من التدريس.",
     [("إضراب جوع", PEACEFUL, False, [("actor", "لطفي فريد")])]),
    ("مساجين في اضراب جوع : الإدارة العامة للسجون والاصلاح توضح", [("اضراب جوع", PEACEFUL, False, [])]),
    ("وقالت إن المساجين الثلاثة الذين دخلوا في إضراب عن الطعام لم يتعرضوا الى سوء المعاملة.",
     [("إضراب عن الطعام", PEACEFUL, False, [])]),
    ("أكثر من ألف معتقل فلسطيني يبدأون اليوم إضرابا عن الطعام", [("إضرابا عن الطعام", PEACEFUL, False, [])]),
    # threatened, not yet begun: negated as the layer reads a threat
    ("وهدد المعطلون بالدخول في إضراب جوع إن لم تستجب السلطات لمطالبهم.",
     [("إضراب جوع", PEACEFUL, True, [("actor", "المعطلون")])]),
])
def test_a_hunger_strike_is_a_protest(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "الرابطة بين" is a road linking two towns, no sport word that drops the protest
    ("تشهد معتمدية ملولش من ولاية المهدية احتجاجات واسعة، حيث تجمّع عدد من أهالي البحارة المفقودين وسط المدينة "
     "وقاموا بغلق الطريق الرئيسية الرابطة بين صفاقس والمهدية.", [("احتجاجات", PEACEFUL, False, [])]),
    ("وأغلق مواطنون صباح اليوم الاثنين الطريق الجهوية الرابطة بين معتمديتي بوسالم وبلاريجيا للاحتجاج على تردي "
     "البنية التحتية.", [("احتجاج", PEACEFUL, False, [("actor", "مواطنون")])]),
    # the league still is one
    ("احتج اللاعبون على قرار الحكم في مباراة الرابطة المحترفة الأولى.", []),
])
def test_the_road_linking_is_no_league(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an objection in a debate or a note: no protest
    ("وقد احتج عدد من النواب على مداخلة عبو ما دفع رئيس المجلس إلى رفع الجلسة.", []),
    ("إلى أن احتجت النائبة سامية عبو على طريقة التصويت.", []),
    ("واحتجت وزارة الخارجية المصرية على تصريحات السفير.", []),
    # with a place of protest, or against a decision: a protest
    ("واحتج الأهالي أمام مقر الولاية على تصريحات الوالي.", [("احتج", PEACEFUL, False, [("actor", "الأهالي")])]),
    ("واحتج عمال المصنع على قرار غلقه.", [("احتج", PEACEFUL, False, [("actor", "عمال المصنع")])]),
])
def test_an_objection_in_words_is_no_protest(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a march with a protest cue besides it
    ("ونقلت صحيفة الشروق الجزائرية أن مئات المتظاهرين نظموا مسيرة للتنديد بالإجراءات الأخيرة.",
     [("مسيرة", PEACEFUL, False, [("actor", "المتظاهرين")])]),
    ("وقد نفذ عدد من الأهالي، اليوم السبت بوسط المدينة، مسيرة جابت شوارع المنطقة.", [("مسيرة", PEACEFUL, False, [])]),
    # a career or a course, even with a cue; no cue; a festival
    ('وقال إن "هذه الذكرى فرصة لإستحضار المسيرة البطولية لأبو عمار ضد العدو الإسرائيلي".', []),
    ("ومواصلة مسيرة الاصلاح والبناء، مبرزا أهمية خلق جيل من الشباب يطالب بحقوقه.", []),
    ("ويتوقع أن تكون المسيرة طويلة للوصول إلى النهائي.", []),
    ("وتنطلق تظاهرة أيام قرطاج السينمائية يوم السبت.", []),
])
def test_a_march(nlp, text, expected):
    assert events(nlp, text) == expected
