"""Events, session 39 (ev39).  Men described by their membership of a named group ("قيادي في داعش", "عنصرين من حزب
الله", "أحد قادة جبهة النصرة", "القيادي البارز في كتائب القسام") are that group: the argument is the group's span with
its ``group_id`` (``layer: "groups"``) and the men's phrase as its ``members`` — for targets and actors alike.  An
assassination verb counts the one or two it kills ("اغتيل قياديان" → 2); a country right after a feminine killing verb
is its subject, its forces the actor ("قتلت إسرائيل 5 فلسطينيين").  Arrest warrants are no arrests ("مذكرة اعتقال"); a
suspension for matches is sport ("إيقاف سواريز مباراتين"); "اختطاف إعجاب الحضور" is no abduction."""

from __future__ import annotations

from typing import Any

import pytest

from event_cases import event_dicts as _all
from event_cases import roles as _roles


def _arg(text: str, e: dict[str, Any], role: str) -> dict[str, Any]:
    """The first argument of ``role`` of event ``e``, its offsets (and its members') checked against ``text``."""
    a = next(a for a in e["actors"] if a["role"] == role)
    assert text[a["start"]:a["end"]] == a["text"]
    if "members" in a:
        m = a["members"]
        assert text[m["start"]:m["end"]] == m["text"]
    return a


def _side(a: dict[str, Any]) -> tuple[str, str | None, str | None]:
    return a["text"], a.get("group_id"), a.get("members", {}).get("text")


# 1. the members' group as the target: singular, dual, plural, with a count, "أحد", an adjective, a quote, ب
@pytest.mark.parametrize(("text", "trigger", "target"), [
    # the lead's example: the killers after برصاص are the actor
    ("قتل قيادي في داعش برصاص مجهولين في الموصل", "قتل", ("داعش", "isis", "قيادي")),
    # ANT 1348: a strike aimed at a leader of the group, its head word and quotes between
    ('شن التحالف الدولي بقيادة الولايات المتحدة غارة استهدفت قيادي في تنظيم "داعش" قرب الموصل.', "غارة",
     ("داعش", "isis", "قيادي")),
    # ANT 1404: an arrest, a nisba after the member noun
    ('أعلنت السلطات الإيطالية عن اعتقال قيادي تونسي في تنظيم "داعش" الإرهابي.', "اعتقال",
     ("داعش", "isis", "قيادي تونسي")),
    # ANT 1730: a count of members before "من"
    ('أكد مصدر عسكري عراقي مقتل 6 قياديين من تنظيم "داعش" الإرهابي في غارة جوية في مدينة الموصل.', "غارة جوية",
     ("داعش", "isis", "6 قياديين")),
    # the dual, and the group kept with its members as the strike's target
    ("قتل قياديان في حركة الشباب في غارة أمريكية.", "غارة", ("حركة الشباب", "al-shabaab", "قياديان")),
    # "أحد" before a plural member noun in a construct with the group
    ("قتل أحد قادة جبهة النصرة في غارة.", "غارة", ("جبهة النصرة", "jabhat-al-nusra", "أحد قادة")),
    # an adjective between the member noun and "في"; "لقي … مصرعه" kills the members, their group is no actor
    ("لقي قيادي بارز في تنظيم القاعدة مصرعه في غارة جوية.", "غارة جوية",
     ("تنظيم القاعدة", "al-qaeda", "قيادي بارز")),
    # ANT 2202: a definite member noun, the group in quotes after it
    ('في 19 جانفي 2010 اغتيل القيادي البارز في "كتائب القسام" محمود المبحوح في دبي.', "اغتيل",
     ("كتائب القسام", "qassam-brigades", "القيادي البارز")),
    # a named man and "القيادي في" with no comma: the group with the man as its members
    ('في 8 جوان 1992 اغتيل عاطف بسيسو القيادي في حركة "فتح" ومسؤول الاستخبارات.', "اغتيل",
     ('حركة "فتح"', "fatah", "عاطف بسيسو")),
    # an arrest of a member after the arresting force, in the accusative
    ("اعتقلت القوات العراقية قياديا في تنظيم داعش في الموصل.", "اعتقلت", ("داعش", "isis", "قياديا")),
    # "عضو" is a person noun now: the killing is an event
    ("قتل عضو في حركة فتح برصاص مسلحين مجهولين في مخيم عين الحلوة.", "قتل", ("حركة فتح", "fatah", "عضو")),
    # "ثلاثة من قادة" and the passive assassination verb
    ('في 14 جانفي 1991 اغتيل ثلاثة من قادة حركة "فتح" في تونس.', "اغتيل",
     ('حركة "فتح"', "fatah", "ثلاثة من قادة")),
])
def test_members_group_is_the_target(text: str, trigger: str, target: tuple) -> None:
    e = next(e for e in _all(text) if e["text"] == trigger)
    assert _side(_arg(text, e, "target")) == target
    assert _arg(text, e, "target")["layer"] == "groups"


# 2. the members' group as the actor; the dead members' group as a side of a clash with "مع"
@pytest.mark.parametrize(("text", "trigger", "actor", "target"), [
    ("نفذ أعضاء في تنظيم داعش هجوما على حاجز للجيش.", "هجوما", ("داعش", "isis", "أعضاء"), "حاجز للجيش"),
    ("هاجم مقاتلون من حركة الشباب قاعدة عسكرية في الصومال.", "هاجم", ("حركة الشباب", "al-shabaab", "مقاتلون"),
     "قاعدة عسكرية"),
    ("استشهد عنصر من حزب الله في اشتباكات مع جبهة النصرة.", "اشتباكات", ("حزب الله", "hezbollah", "عنصر"),
     "جبهة النصرة"),
])
def test_members_group_is_the_actor(text: str, trigger: str, actor: tuple, target: str) -> None:
    e = next(e for e in _all(text) if e["text"] == trigger)
    assert _side(_arg(text, e, "actor")) == actor
    assert _arg(text, e, "target")["text"] == target


# 3. a killing told with no number: the singular and feminine 1, the dual 2, the plural none
@pytest.mark.parametrize(("text", "trigger", "dead", "span"), [
    ("اغتيل قيادي في حركة حماس في غزة.", "اغتيل", 1, "قيادي"),
    ("اغتيل قياديان في حزب الله في دمشق.", "اغتيل", 2, "قياديان"),
    ("اغتال مسلحون قياديا في حركة حماس.", "اغتال", 1, "قياديا"),
    ("اغتالت إسرائيل قياديا في حركة حماس.", "اغتالت", 1, "قياديا"),
    ("اغتيل المعارض التونسي محمد البراهمي أمام منزله يوم 25 جويلية 2013.", "اغتيل", 1, "المعارض"),
    ("استشهد فلسطينيان برصاص قوات الاحتلال.", "استشهد", 2, "فلسطينيان"),
    ("لقي شرطيان مصرعهما في هجوم مسلح.", "هجوم", 2, "شرطيان"),
    ("قتل جنود في هجوم على حاجز.", "هجوم", None, None),
])
def test_a_killing_counts_its_one_or_two(text: str, trigger: str, dead: int | None, span: str | None) -> None:
    e = next(e for e in _all(text) if e["text"] == trigger)
    if dead is None:
        assert e["fatalities"] is None
        return
    assert e["fatalities"]["value"] == dead
    assert e["fatalities"]["text"] == span
    assert text[e["fatalities"]["start"]:e["fatalities"]["end"]] == span


# 4. a country right after a feminine killing verb is its subject: its forces act
@pytest.mark.parametrize(("text", "trigger", "actor", "dead"), [
    ("قتلت إسرائيل 5 فلسطينيين في غزة.", "قتلت", ("إسرائيل", "israeli-forces"), 5),
    ("قتلت تركيا جنديين سوريين.", "قتلت", ("تركيا", "turkish-forces"), 2),
    ("وقتلت الولايات المتحدة 3 مدنيين في غارة.", "غارة", ("الولايات المتحدة", "us-forces"), 3),
    ("اغتالت إسرائيل قياديا في حركة حماس بغارة جوية.", "اغتالت", ("إسرائيل", "israeli-forces"), 1),
])
def test_a_country_subject_of_a_killing_verb(text: str, trigger: str, actor: tuple, dead: int) -> None:
    evs = _all(text)
    e = next(e for e in evs if e["text"] == trigger)
    a = _arg(text, e, "actor")
    assert (a["text"], a["group_id"]) == actor
    assert e["fatalities"]["value"] == dead
    assert not (e["location"] or {}).get("text") == actor[0]


# 5. what is no event: a warrant, a suspension for matches, a sport's "مواجهة", an idiom
@pytest.mark.parametrize("text", [
    # ANT 1062, 1161, 1223
    "أصدر القضاء الألماني مذكرة اعتقال بحق شخص تونسي تقول الشرطة إنه كان على صلة بأنيس عامري.",
    "أمريكا: مذكرات إلقاء القبض على عدد من مرافقي أردوغان الأمنيين",
    'وينتظر المحققون أن تصدر المحكمة في سيول مذكرة الإيقاف بحق المتهم وهو نائب رئيس شركة "سامسونغ الكترونيكس".',
    # a denied warrant (test_events_families15 read it as a denied arrest)
    "وزير العدل ينفي اصدار النيابة العمومية مذكرة ايقاف في حق عون بريد توزر",
    # ANT 10001, 9980
    'إيقاف "سواريز" مباراتين بعد قرار لجنة المسابقات',
    "إيقاف المسؤول بالإتحاد المنستيري صالح مزالي مقابلتين ومطالبته بدفع خطية مالية ب 1500 دينار.",
    # ANT 9574: "ألفيس" read as a party is no armed side of a match
    "ظهر الدولي التونسي و لاعب فالنسيا الإسباني أيمن عبد النور ضمن التشكيلة الأساسية لفريقه خلال المواجهة التي "
    "تنطلق اليوم أمام ديبورتيفو ألفيس لحساب الجولة 24 من الدوري الإسباني.",
    # ANT 10108
    "أمضت المشاركتان التونسيتان ياسمين ونور حوالي 10 ساعات لإعداد مشروعيهما، لينجحا في اختطاف إعجاب الحضور.",
])
def test_no_event(text: str) -> None:
    assert [(e["text"], e["subtype"]) for e in _all(text)] == []


def test_an_arrest_on_a_warrant_is_an_arrest() -> None:
    text = "ألقت الشرطة القبض على شخص صدرت في حقه مذكرة اعتقال."
    assert [(e["text"], _roles(e)) for e in _all(text)] == [("ألقت", [("actor", "الشرطة"), ("target", "شخص")])]


# 6. an act owed is not told as done (ANT 6588): negated, as a planned one is
@pytest.mark.parametrize("text", [
    'وقال "من المفروض إيقاف عضو الهيئة الإدارية لحزب التحرير عند خروجه".',
    "يجب إيقاف المتهمين فورا.",
])
def test_an_act_owed_is_negated(text: str) -> None:
    assert [(e["subtype"], e["negated"]) for e in _all(text)] == [("arrests", True)]
