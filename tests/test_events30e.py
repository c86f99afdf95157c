"""Events, session 30 (third wave): sides still wrong.  The subject of a passive spelled apart from its active
("اغتيل", "اغتيلت") and his role between commas are the victim, never a name governed by a preposition in that role;
one who comments on an event ("معلقا على", "في تعليقه على") is no side of it; a count before a person noun the
numbers layer gives no unit, and the sound plural of a person noun ("مطلوبين", "مجرمين"), are the ones taken; the
owner of a site right after the verb ("قصف مواقع المتمردين") is the target, the subject before the verb its actor."""

from __future__ import annotations

import pytest

import arabnews


def _events(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    out = arabnews.analyze(text, reference_date="2017-06-01").to_dict()["events"]
    return [(e["subtype"], [(a["role"], a["text"]) for a in e["actors"]]) for e in out]


@pytest.mark.parametrize(("text", "expected"), [
    # the passive's subject and his role between commas: no actor, not the assembly he sat in
    ("وكان البراهمي، النائب عن التيار الشعبي بالمجلس الوطني التأسيسي، قد اغتيل يوم 25 جويلية 2013 أمام منزله.",
     [("attack", [])]),
    ("وكان الضابط بالحرس الوطني قد اغتيل في القصرين.", [("attack", [])]),
    ("وكان الصحفي، مراسل قناة الجزيرة، قد اغتيل في مقديشو.", [("attack", [])]),
    # the named victim before the passive is its target, not its actor
    ("وكان القيادي في حركة حماس محمد الزواري قد اغتيل في صفاقس.", [("attack", [("target", "محمد الزواري")])]),
    # a named group whose member was killed stays, as the target
    ("قيادي بارز في حزب الله اغتيل أمس في دمشق.", [("attack", [("target", "حزب الله")])]),
    # the active keeps its subject
    ("اغتالت حركة طالبان مسؤولا في الحكومة الأفغانية.",
     [("attack", [("actor", "حركة طالبان"), ("target", "مسؤولا")])]),
])
def test_passive_subject_is_the_victim(text: str, expected: list[tuple[str, list[tuple[str, str]]]]) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('قال القيادي في حركة النهضة علي العريض معلقا على مسيرة "مانيش مسامح" التي انتظمت أمس في شارع الحبيب بورقيبة '
     "تنديدا بمشروع قانون المصالحة، إن الحركة تدعم المصالحة.", [("peaceful protest", [])]),
    ("وقالت النائبة نجلاء بوريال في تعليقها على الإيقافات الأخيرة إن الحكومة على حق.", [("arrests", [])]),
    # the protesters' own subject and a retaliation ("ردا على") keep their actors
    ("نظم عمال شركة الفوسفات وقفة احتجاجية أمام مقر الولاية.",
     [("peaceful protest", [("actor", "عمال شركة الفوسفات")])]),
    ("قصفت القوات السعودية مواقع الحوثيين ردا على الهجوم الصاروخي.",
     [("shelling/artillery/missile attack", [("actor", "القوات السعودية"), ("target", "الحوثيين")])]),
])
def test_commenter_is_no_side(text: str, expected: list[tuple[str, list[tuple[str, str]]]]) -> None:
    assert _events(text) == expected


def test_commenter_on_a_killing_is_not_its_actor() -> None:
    text = "وقال حسن نصر الله في تعليقه على اغتيال سمير القنطار في غارة بسوريا إن الرد آت."
    events = _events(text)
    assert events[0] == ("attack", [("target", "سمير القنطار")])
    assert all(("actor", "حسن نصر الله") not in sides for _, sides in events)


@pytest.mark.parametrize(("text", "expected"), [
    ("أوقف الأمن ثلاثة مطلوبين في مدينة صفاقس.", [("arrests", [("actor", "الأمن"), ("target", "ثلاثة مطلوبين")])]),
    ("اعتقلت قوات الأمن العراقية خمسة مطلوبين في كركوك.",
     [("arrests", [("actor", "قوات الأمن العراقية"), ("target", "خمسة مطلوبين")])]),
    ("أوقفت وحدات الحرس الوطني مطلوبين اثنين للعدالة.",
     [("arrests", [("actor", "وحدات الحرس الوطني"), ("target", "مطلوبين")])]),
    ("تمكنت وحدات الأمن الوطني في سوسة من القبض على أجنبيين اثنين من أجل التحيل.",
     [("arrests", [("actor", "وحدات الأمن"), ("target", "أجنبيين")])]),
    # the next act on the ones taken is no adjective of them
    ("بعد ان تم مؤخرا إيقاف طبيبين وايداعهما بالسجن بتهمة الاهمال.", [("arrests", [("target", "طبيبين")])]),
    # a participle in -ين that is no object of an arrest
    ("خرج المحتجون طالبين بالإفراج عن المعتقلين.", [("peaceful protest", [("actor", "المحتجون")])]),
])
def test_counted_and_plural_persons_taken(text: str, expected: list[tuple[str, list[tuple[str, str]]]]) -> None:
    assert _events(text) == expected


def test_counted_target_offsets() -> None:
    text = "أوقف الأمن ثلاثة مطلوبين في مدينة صفاقس."
    ev = arabnews.analyze(text, reference_date="2017-06-01").to_dict()["events"][0]
    target = next(a for a in ev["actors"] if a["role"] == "target")
    assert (target["start"], target["end"]) == (11, 24)
    assert text[target["start"]:target["end"]] == "ثلاثة مطلوبين"


@pytest.mark.parametrize(("text", "expected"), [
    # the owner of a site right after the verb is the target; the subject before the verb its actor
    ("الجيش قصف مواقع المتمردين في صعدة.",
     [("shelling/artillery/missile attack", [("actor", "الجيش"), ("target", "المتمردين")])]),
    ("وذكرت المصادر أن الجيش اليمني قصف مواقع المتمردين في صعدة.",
     [("shelling/artillery/missile attack", [("actor", "الجيش اليمني"), ("target", "المتمردين")])]),
    ("وذكرت المصادر أن الجيش هاجم مواقع المتمردين في صعدة.",
     [("armed clash", [("actor", "الجيش"), ("target", "المتمردين")])]),
    ("قوات الاحتلال استهدفت منازل المواطنين في غزة.",
     [("shelling/artillery/missile attack", [("actor", "قوات الاحتلال"), ("target", "المواطنين")])]),
    # with the subject after the verb, unchanged
    ("قصفت طائرات التحالف مواقع الحوثيين في صعدة.",
     [("air/drone strike", [("actor", "طائرات التحالف"), ("target", "الحوثيين")])]),
    # no subject at all: the owner stays the target, no actor is made up
    ("قصف مواقع المتمردين في صعدة.", [("shelling/artillery/missile attack", [("target", "المتمردين")])]),
])
def test_site_owner_after_the_verb_is_the_target(text: str, expected: list[tuple[str, list[tuple[str, str]]]]) -> None:
    assert _events(text) == expected
