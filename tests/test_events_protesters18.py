"""The events stage, session 18: protests named by their protesters or their gathering, without a protest noun or
verb ("أغلق محتجون الطريق", "احتشد المئات أمام البرلمان للمطالبة بالتشغيل"): the protesters are the protest's
actor and the police its other side (ACLED's actor 2, the "target" role), the sub-event type from the existing
cues ("فرقت الشرطة المتظاهرين بالغاز": protest with intervention; "قتل 3 متظاهرين برصاص قوات الأمن": excessive
force against protesters, no longer an attack on civilians by the police). Sentences from ANT v1.1 and their
neighbours; the negatives: another verb of going out or gathering, whom the news meets, a sentence that already
has its protest noun (one event, not two).
"""

from __future__ import annotations

import pytest

REF = "2017-06-01"


def _events(nlp, text: str) -> list[tuple[str, str, str, list[str], list[str]]]:
    events = nlp(text, reference_date=REF).layers["events"]
    return [(e.text, e.type, e.subtype, [a["text"] for a in e.actors if a["role"] == "actor"],
             [a["text"] for a in e.actors if a["role"] == "target"]) for e in events]


@pytest.mark.parametrize(("text", "expected"), [
    # ANT
    ("وأغلق المحتجون الطريق المؤدية إلى معبر الذهيبة وازن بإشعال العجلات المطاطية مما حكم على حركة العبور في "
     "الاتجاهين منذ صباح اليوم بالتوقف التام",
     ("أغلق", "riots", "violent demonstration", ["المحتجون"], [])),
    ("القيروان : الأمن يستعمل الغاز المسيل للدموع لتفريق المحتجين في الشبيكة",
     ("المحتجين", "protests", "protest with intervention", ["المحتجين"], ["الأمن"])),
    ("و يطالب المحتجون بالتشغيل والاسراع في الاستجابة لمطالبهم الاجتماعية.",
     ("المحتجون", "protests", "peaceful protest", ["المحتجون"], [])),
    ("عمال يقطعون الطريق الرابطة بين قبلي ودوز للمطالبة بتخفيض ساعات العمل",
     ("يقطعون", "protests", "peaceful protest", ["عمال"], [])),
    # ANT headlines: the verb ends the protesters' phrase (not "محتجون يقطعون")
    ("محتجون يقطعون الطريق في كندار", ("يقطعون", "protests", "peaceful protest", ["محتجون"], [])),
    ("محتجون يغلقون المعبر الحدودي بحزوة", ("محتجون", "protests", "peaceful protest", ["محتجون"], [])),
    ("وتفرق المتظاهرون حوالى منتصف الليل من دون حوادث.",
     ("المتظاهرون", "protests", "peaceful protest", ["المتظاهرون"], [])),
    ("خرج مئات المتظاهرين في شوارع الخرطوم للمطالبة برحيل البشير.",
     ("خرج", "protests", "peaceful protest", ["المتظاهرين"], [])),
    # (session 19: the crowd a number word counts is the actor)
    ("احتشد المئات أمام البرلمان للمطالبة بالتشغيل.", ("احتشد", "protests", "peaceful protest", ["المئات"], [])),
    ("أغلق محتجون الطريق الرابطة بين قفصة وتوزر.", ("أغلق", "protests", "peaceful protest", ["محتجون"], [])),
    ("قطع المعتصمون الطريق أمام الشاحنات.", ("قطع", "protests", "peaceful protest", ["المعتصمون"], [])),
    ("نزل المحتجون إلى الشارع في تطاوين.", ("نزل", "protests", "peaceful protest", ["المحتجون"], [])),
    ("فرقت الشرطة المتظاهرين بالغاز المسيل للدموع في العاصمة.",
     ("المتظاهرين", "protests", "protest with intervention", ["المتظاهرين"], ["الشرطة"])),
    ("قتل 3 متظاهرين برصاص قوات الأمن في بغداد.",
     ("قتل", "protests", "excessive force against protesters", ["متظاهرين"], ["قوات الأمن"])),
])
def test_protesters_make_their_protest(nlp, text: str, expected: tuple) -> None:
    assert _events(nlp, text) == [expected]


@pytest.mark.parametrize("text", [
    "خرج الوزير من الاجتماع.",
    "تجمع المواطنون لمتابعة المباراة.",
    "التقى رئيس الحكومة ممثلين عن المحتجين.",
    "أغلقت الشركة أبوابها نهائيا.",
    # ANT: the protesters of a protest told elsewhere, or a case in court
    "والي تطاوين الجديد يؤكد مساندته لمطالب الشباب المحتج ولكن..",
    "تيار المحبة ينبّه إلى خطورة الاتفاق الممضى بين الحكومة ومعتصمي الكامور",
    "وأكد المحتجون أن معاناتهم تمتدّ لسنوات.",
    "ووصل عدد المحتجين، حسب ما نقلته وكالة فرانس برس، عدة مئات.",
    "مصر : حكم نهائي ببراءة مبارك من تهمة قتل المتظاهرين",
    "يجب أن تجمع كل الأطياف السياسية ضد الكيان الصهيوني.",
    "وأشارت الصحيفة إلى صورة تجمعه برئيس الوزراء البريطاني وسط غضب زوجته.",
])
def test_no_protest_without_protesters_or_cue(nlp, text: str) -> None:
    assert _events(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("طالب المتظاهرون في مظاهرة حاشدة بإسقاط النظام.",
     [("مظاهرة", "protests", "peaceful protest", ["المتظاهرون"], [])]),
    ("تظاهر الآلاف في العاصمة.", [("تظاهر", "protests", "peaceful protest", ["الآلاف"], [])]),
    ("نفذ عمال الشركة وقفة احتجاجية.", [("وقفة احتجاجية", "protests", "peaceful protest", ["عمال الشركة"], [])]),
])
def test_one_protest_when_a_protest_word_is_there(nlp, text: str, expected: list) -> None:
    assert _events(nlp, text) == expected
