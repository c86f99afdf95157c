"""The events stage, session 23: families read on ANT (Tunisian and world news).

- An old act named by its anniversary, its trial or its case ("الذكرى الرابعة لاغتيال", "قضية مقتل", "محاكمة المتهمين
  في اغتيال", "بعد مرور سنة على تفجير") takes no date from its sentence, only one its own phrase gives; who
  commemorates or tries it is not its actor.
- Near misses: "كادت أن تودي بحياة", "كاد أن يقتل", "محاولة قتل" take no life; who survives an act ("نجا … من",
  "نجاة … من") is its target.
- Interceptions: who intercepts or repels a missile is not its actor; "الدفاع الجوي" is no air strike.
"""

from __future__ import annotations

from functools import partial

import pytest

from event_cases import REF, events
from event_cases import dated as _dates

_events = partial(events, counts=True)  # with the fatalities and injured of each event


RECALLED = {"value": None, "recalled": True}


@pytest.mark.parametrize(("text", "expected"), [
    # ANT dev 2451, a headline: the killing is old, the hearing is today's news
    ("تأجيل النظر في قضية مقتل الطالب فاروق بن خالد", [("مقتل", RECALLED)]),
    # ANT dev 2993: the day of the appeal hearing is not the day of the killing
    ("علمت الجوهرة أف أم، أنّ قضية مقتل القيادي السابق بنداء تونس ورئيس الاتحاد الجهوي للفلاحة والصيد البحري بتطاوين، "
     "لطفي نڨض، ستعود للنشر أمام الدائرة الجنائية الأولى بمحكمة الاستئناف بسوسة يوم الثلاثاء 28 فيفري الجاري.",
     [("مقتل", RECALLED)]),
    # ANT dev 1301: the 15th anniversary of the attacks of 2001, not the arson of 2016
    ("وقالت السلطات أمس إن المتهم جوزيف شرايبر (32 عاما) ألحق أضرارا تجاوزت قيمتها 100 ألف دولار بمركز فورت بيرس "
     "الإسلامي الذي أشعل فيه النار في 11 سبتمبر 2016 في الذكرى الخامسة عشرة للهجمات التي شهدتها الولايات المتحدة.",
     [("هجمات", RECALLED)]),
    # ANT dev 1858: the anniversary of an arrest, with a pronoun
    ("فيما وجّه المناضل الأسير مروان البرغوثي رسالة في الذكرى الخامسة عشرة لاعتقاله مشيراً إلى أن الإضراب يأتي للتصدي "
     "لسياسات الاحتلال ضد الأسرى.",
     [("اعتقاله", RECALLED), ("الإضراب", {"value": REF, "inherited": True})]),
    # the act's own date, in its relative clause, is kept; today's commemoration is not the act's day
    ("تحيي تونس اليوم الذكرى الرابعة لاغتيال الشهيد شكري بلعيد الذي اغتيل يوم 6 فيفري 2013 أمام منزله.",
     [("اغتيال", {"start": 68, "end": 84, "text": "يوم 6 فيفري 2013", "value": "2013-02-06"})]),
    # "بعد مرور سنة على": a span of time before the act
    ("بعد مرور سنة على تفجير حافلة الأمن الرئاسي، نظمت وزارة الداخلية اليوم موكبا.", [("تفجير", RECALLED)]),
    # ANT dev 2605: a case sent to a court
    ("احالة قضية الهجوم الارهابي بسوسة على محكمة الإستئناف بتونس", [("الهجوم", RECALLED)]),
])
def test_recalled_act_takes_no_date_of_its_sentence(nlp, text, expected):
    assert _dates(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an act told today, or yesterday, keeps its sentence's day (no anniversary nor case before it)
    ("اغتال مسلحون مجهولون أمس القيادي في حركة النهضة في سوسة.",
     [("اغتال", {"start": 21, "end": 24, "text": "أمس", "value": "2017-05-31"})]),
    # ANT dev 1570: the case file's attack keeps the Friday its relative clause tells ("الذي تعرضت له الجمعة"), not
    # the day of the report
    ("أفادت مصادر مطلعة من ملف الاعتداء الذي تعرضت له الجمعة منطقة ليون بوسط شرق فرنسا اليوم السبت 27 جوان 2015 أن "
     "ياسين صالحي أرسل صورة مع رأس ضحيته.",
     [("الاعتداء", {"start": 48, "end": 54, "text": "الجمعة", "value": "2015-06-26"})]),
])
def test_act_of_the_day_keeps_its_date(nlp, text, expected):
    assert _dates(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ANT dev 2256: the president who unveiled the memorial did not kill Chokri Belaid
    ("وكان النصب التذكاري ودشنه الاثنين الماضي، رئيس الجمهورية الباجي قايد السبسي في اطار احياء الذكرى الرابعة "
     "لاغتيال القيادي في الجبهة الشعبية، قد أثار العديد من ردود الافعال.",
     # (session 39: the party of "القيادي في", the title its members; session 40: the assassination noun counts
     # the leader it took, as its verbs do)
     [("اغتيال", "attack", False, [("target", "الجبهة الشعبية")], 1, None)]),
    # the family that commemorates is not the killer, the party that organises the vigil neither
    ("أحيت عائلة الشهيد محمد البراهمي اليوم الثلاثاء الذكرى الثالثة لاغتياله.",
     [("اغتياله", "attack", False, [], None, None)]),
    ("نظمت الجبهة الشعبية اليوم وقفة في ذكرى اغتيال شكري بلعيد.",
     [("اغتيال", "attack", False, [("target", "شكري بلعيد")], None, None)]),
])
def test_who_commemorates_is_no_actor(nlp, text, expected):
    assert _events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ANT dev 301: the shooting "nearly took" a girl's life: no one died
    ("وتمكنت الشرطة من اعتقال الشخص الذي أطلق النار، كما أوقفت شخصا آخر على صلة بالحادثة التي كادت أن تودي بحياة "
     "طفلة بريئة، في خلاف لا دخل لها فيه.",
     [("اعتقال", "arrests", False, [("actor", "الشرطة"), ("target", "الشخص"), ("target", "شخصا")], None, None),
      # (session 26: the one arrested "الذي أطلق النار" is the shooting's actor)
      ("أطلق", "attack", False, [("actor", "الشخص")], None, None)]),
    # a mine that nearly killed five soldiers wounded two: no killing event, no dead
    ("أصيب جنديان في انفجار لغم كاد أن يقتل 5 جنود اليوم في جبل الشعانبي.",
     [("انفجار", "remote explosive/landmine/IED", False, [], None, 2)]),
])
def test_near_miss_takes_no_life(nlp, text, expected):
    assert _events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ANT dev 1436: al-Sarraj survived the shooting at his convoy: its target, not its actor
    ("أوردت وكالات الأنباء في خبر عاجل منذ قليل خبر نجاة رئيس المجلس الرئاسي الليبي فائز السراج من إطلاق نار استهدف "
     "موكبه في طرابلس وإصابة اثنين من الحراس.",
     [("إطلاق نار", "attack", False, [("target", "فائز السراج")], None, 2)]),
    # the verb, with an attempt noun between
    ("نجا الوزير اليوم من محاولة اغتيال في بنغازي.",
     [("محاولة اغتيال", "attack", False, [("target", "الوزير")], None, None)]),
])
def test_who_survives_is_the_target(nlp, text, expected):
    assert _events(nlp, text) == expected


MISSILE = "shelling/artillery/missile attack"


@pytest.mark.parametrize(("text", "expected"), [
    # the launcher named after the missile is the actor; the Saudi air defence is neither actor nor an air strike
    ("اعترضت الدفاعات الجوية السعودية صاروخا باليستيا أطلقه الحوثيون على مدينة جازان.",
     [("صاروخا", MISSILE, False, [("actor", "الحوثيون")], None, None)]),
    ("قامت قوات الدفاع الجوي باعتراض صاروخ باليستي أطلقته المليشيات الحوثية من محافظة صعدة اليمنية.",
     [("صاروخ", MISSILE, False, [("actor", "المليشيات الحوثية")], None, None)]),
    # ANT dev 2030, a headline: the Syrian air defence intercepts Tomahawks (a group since session 31: the side
    # aimed at, as the Israeli army below)
    ('شاهد : لحظة اعتراض الدفاع الجوي السوري لصواريخ "توماهوك" الأميركية',
     [("صواريخ", MISSILE, False, [("target", "الدفاع الجوي السوري")], None, None)]),
    # the army that intercepts is the side aimed at, not the one that fired
    ("اعترض الجيش الإسرائيلي صاروخا أطلق من قطاع غزة.",
     [("صاروخا", MISSILE, False, [("target", "الجيش الإسرائيلي")], None, None)]),
    # a missile fired, no interception: its launcher stays the actor
    ("أطلقت حركة حماس صواريخ على مستوطنات إسرائيلية.", [("صواريخ", MISSILE, False, [("actor", "حماس")], None, None)]),
])
def test_interceptor_is_no_actor(nlp, text, expected):
    assert _events(nlp, text) == expected


def test_air_strike_by_planes_stays_one(nlp):
    # "الطائرات" still makes an air strike (only "الجوي" after a defence word is no air cue)
    assert _events(nlp, "قصفت الطائرات الحربية مواقع للمعارضة في ريف إدلب.") == [
        ("قصفت", "air/drone strike", False, [("actor", "الطائرات الحربية"), ("target", "مواقع للمعارضة")], None, None)]


PROTEST = "peaceful protest"


@pytest.mark.parametrize(("text", "expected"), [
    # ANT held-out 411: health staff on strike, their subject before a comma
    ("دخل أعوان الصحة في كامل المؤسسات الصحية والاستشفائية الراجعة بالنظر لوزارة الصحة، اليوم الأربعاء في اضراب قطاعي "
     "عام.",
     [("اضراب", PROTEST, False, [("actor", "أعوان الصحة")], None, None)]),
    # ANT dev 2289: the subject after the verb
    ("ينفذ أعوان المحاسبة العمومية إضرابا عاما يومي الثلاثاء والأربعاء 14 و15 فيفري 2017.",
     [("إضرابا", PROTEST, False, [("actor", "أعوان المحاسبة")], None, None)]),
    # ANT dev 2497: the genitive of a strike postponed
    ("تأجيل إضراب أعوان الصحة بالقيروان", [("إضراب", PROTEST, True, [("actor", "أعوان الصحة")], None, None)]),
    # ANT dev 2384: before a group, the group names them
    ("نحو تنفيذ وقفة احتجاجية لأعوان الديوانة",
     [("وقفة احتجاجية", PROTEST, True, [("actor", "الديوانة")], None, None)]),
    # ANT held-out 1869: the staff of the police arrest
    ("ألقى أعوان الشرطة بسليانة ليلة امس القبض على شخصين بشبهة استهلاك مادة الزطلة.",
     [("القبض على", "arrests", False, [("actor", "أعوان الشرطة"), ("target", "شخصين")], None, None)]),
    # police agents stay armed, and a group after "أعوان" is the arrester
    ("تمكن أعوان الحرس الوطني بسوسة من إيقاف شخصين.",
     [("إيقاف", "arrests", False, [("actor", "الحرس الوطني"), ("target", "شخصين")], None, None)]),
])
def test_staff_on_strike(nlp, text, expected):
    assert _events(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # ANT held-out 1704: a monthly report of violence counts cases, it tells no event
    "و تحتل نابل ثاني المراتب على مستوى العنف المرتكب خلال الشهر الماضي منها حالتا اغتصاب في حق قاصرين دون سن 15.",
    # ANT dev 1857, 1858: arrests counted since 2000
    "فيما أشار التقرير إلى تسجيل أكثر من 90 ألف حالة اعتقال منذ بدء انتفاضة الأقصى.",
    # ANT dev 156
    "ومعظم حالات الخطف تتم من أمام منازل الأطفال، وفي الحدائق العامة ومحطات الحافلات.",
])
def test_counted_cases_are_no_event(nlp, text):
    assert _events(nlp, text) == []


def test_one_rape_told_is_an_event(nlp):
    # the same noun told as one act, not as a case counted, stays an event
    assert [e[:2] for e in _events(nlp, "القبض على شخص اغتصب مسنة تبلغ من العمر 90 سنة")] == [
        ("القبض على", "arrests"), ("اغتصب", "sexual violence")]
