"""Session 28, fourth wave (ev28d): missiles shown in a parade, tested or launching satellites are no attack; protesters
shot by gunmen, unknown ones or a non-state group are civilians attacked, ACLED's excessive force being the state's.

Read on the ANT dev dump of wave4base (1871: a North Korean parade, ten missile "attacks"; 1356, 1870) and on the
held-out dump.
"""

from __future__ import annotations

import pytest

from event_cases import events

MISSILE = "shelling/artillery/missile attack"
FORCE = "excessive force against protesters"


@pytest.mark.parametrize("text", [
    # a participle or adjective after the weapon: shown, tested, a launcher of satellites
    "لكنهم صُدِموا لدى رؤية تنوُّعِ الصواريخ المعروضة التي يبدو أنها جديدة، وعددها الهائل.",
    "ولم يكن لويس وفريقه واثقين من أحد أنواع الصواريخ المعروضة، المطلية بالطلاء التمويهي والمحمولة على متن دبابة.",
    "أطلق الجيش صاروخا تجريبيا في بحر اليابان.",
    "أطلق الجيش الإيراني صاروخا يحمل قمرا صناعيا إلى الفضاء.",
    # a military parade in the sentence, a display verb before the weapon in its clause
    "وتفاجأ الخبراء برؤية ستة صواريخ منها في الاستعراض العسكري.",
    "أقامت كوريا الشمالية عرضا عسكريا ضخما شاركت فيه صواريخ باليستية وقذائف.",
    "واستعرض جيش كوريا الشمالية ستة صواريخ باليستية يُمكن إطلاقها من الغواصات.",
    "وتستعرض القوات المسلحة المصرية الصواريخ الجديدة أمام الرئيس.",
    # tested (weapon_making before it, unchanged)
    "أعلن الحرس الثوري اختبار صاروخ باليستي جديد.",
])
def test_missiles_shown_or_tested_are_no_attack(nlp, text):
    assert events(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    # a missile fired at something, or in a sentence of an attack, stays an attack even beside a parade
    ("سقط صاروخ على العرض العسكري في عدن.", [("صاروخ", MISSILE, False, [])]),
    ("أطلق الحوثيون صاروخا باليستيا على مدينة جازان.", [("صاروخا", MISSILE, False, [("actor", "الحوثيون")])]),
    ("استعرضت القوات صواريخ جديدة ثم أطلقت القوات صاروخا على مواقع المسلحين في حلب.",
     [("صاروخا", MISSILE, False, [("actor", "القوات"), ("target", "المسلحين")])]),
])
def test_missiles_fired_stay_attacks(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # gunmen, unknown ones, a jihadist group: an attack on civilians, the doers the actor
    ("وقال شهود إن مسلحين مجهولين أطلقوا النار على المتظاهرين في ساحة التحرير.",
     [("أطلقوا", "attack", False, [("actor", "مسلحين مجهولين"), ("target", "المتظاهرين")])]),
    ("أطلق مسلحون مجهولون يستقلون سيارة النار على المعتصمين.",
     [("أطلق", "attack", False, [("actor", "مسلحون مجهولون"), ("target", "المعتصمين")])]),
    ("أطلق عناصر من تنظيم داعش النار على المتظاهرين.",
     [("أطلق", "attack", False, [("actor", "داعش"), ("target", "المتظاهرين")])]),
    # the state's forces: excessive force, the protesters the actor
    ("أطلقت قوات الأمن النار على المتظاهرين في بغداد.",
     [("أطلقت", FORCE, False, [("actor", "المتظاهرين"), ("target", "قوات الأمن")])]),
    ("أطلق الحرس الثوري النار على المتظاهرين.",
     [("أطلق", FORCE, False, [("actor", "المتظاهرين"), ("target", "الحرس الثوري")])]),
    ("أطلقت الشرطة الرصاص الحي على المحتجين.",
     [("أطلقت", FORCE, False, [("actor", "المحتجين"), ("target", "الشرطة")])]),
])
def test_protesters_shot_by_whom(nlp, text, expected):
    assert events(nlp, text) == expected


KOREA = ("كوريا الشمالية تفشل في إطلاق صاروخ باليستي وسيول تعتبره تهديدا للعالم\n"
         "وأكدت سيول أن كوريا الشمالية حاولت تجريب صاروخ غير معروف الطراز من ميناء سينبو شرقي البلاد. "
         "وسبق لبيونغيانغ أن أجرت 5 تجارب نووية وأطلقت عددا من الصواريخ الباليستية.")


def test_missiles_of_an_article_on_a_test_are_no_attack(nlp):
    # dev 1870: the article tells of a test ("تجريب صاروخ"): its missiles with no target nor casualty are tested
    assert events(nlp, KOREA) == []


@pytest.mark.parametrize(("text", "expected"), [
    # in an article on a test, a missile aimed at something, with casualties or of a named group stays an attack
    (KOREA + "\nوفي سوريا أطلقت القوات الحكومية صاروخا على حي سكني في حلب.",
     [("صاروخا", MISSILE, False, [("actor", "القوات الحكومية")])]),
    (KOREA + "\nوقتل ثلاثة مدنيين بصاروخ في حلب.", [("صاروخ", MISSILE, False, [])]),
    # no test in the article: the launch is an attack
    ("وقال التحالف إن الصاروخ أطلق من محافظة صعدة اليمنية الحدودية.", [("الصاروخ", MISSILE, False, [])]),
])
def test_missiles_of_an_article_on_a_test_that_stay_attacks(nlp, text, expected):
    assert events(nlp, text) == expected
