"""Numbers, session 34: a match's score is one span of kind "score" with attrs ``first``/``second`` (``value`` the
first side).  Digits joined by a hyphen after a score cue ("بنتيجة 0-1") or near a match told ("فاز الفريق 2-1",
"(3-0)", "2 - صفر", Arabic-Indic digits; a colon after a cue: "بنتيجة 3:1") were two cardinals; counts of goals or
sets told in words with the other side's none ("بهدفين دون رد", "بخمسة أهداف نظيفة", "بهدف دون رد") or its goals
after "مقابل"/"ل" ("بثلاثة أهداف مقابل هدفين", "بأربعة أهداف لهدف") were a plain count.  A range with a unit stays a
range; a count of goals with no other side stays a count."""

from __future__ import annotations

from typing import Any

import pytest

from number_cases import scores as _scores


@pytest.mark.parametrize(("text", "expected"), [
    ("فاز الفريق 2-1 على ضيفه في ملعب رادس.", [("2-1", 2, 1, None)]),
    ("وانتهت المباراة بنتيجة 0-1 لصالح الضيوف.", [("0-1", 0, 1, None)]),
    ("فوز الأهلي على الزمالك (3-0) أمس.", [("3-0", 3, 0, None)]),
    ("فاز الترجي على النادي الصفاقسي ٣-١ في ملعب رادس.", [("٣-١", 3, 1, None)]),
    ("وتعادل الفريقان 1 – 1 في ملعب رادس", [("1 – 1", 1, 1, None)]),
    ("على رغم أفضليته ذهابا 4-صفر في دوري أبطال أوروبا.", [("4-صفر", 4, 0, None)]),
    ("اذ كان يتأخر بنتيجة 1-3، الا ان النادي الكاتالوني قلب الأمور", [("1-3", 1, 3, None)]),  # ANT
    ("لخسارة ناديه المفضل أمام برشلونة الاسباني 1-6 الأربعاء", [("1-6", 1, 6, None)]),  # ANT
    ("شبيبة الشيحية 25-26 النادي الافريقي * سبورتينغ المكنين 30-27",
     [("25-26", 25, 26, None), ("30-27", 30, 27, None)]),  # ANT (handball)
    ("وفاز الفريق 3 - 1 النادي الصفاقسي", [("3 - 1", 3, 1, None)]),
    # in words: the other side's none, or its goals
    ("فاز الهلال بهدفين دون رد.", [("هدفين دون رد", 2, 0, "goal")]),
    ("فاز الهلال بهدف دون رد.", [("هدف دون رد", 1, 0, "goal")]),
    ("تغلب عليه بخمسة أهداف نظيفة", [("خمسة أهداف نظيفة", 5, 0, "goal")]),
    ("فاز الهلال بثلاثة أهداف مقابل هدفين.", [("ثلاثة أهداف مقابل هدفين", 3, 2, "goal")]),
    ("فاز بأربعة أهداف لهدف", [("أربعة أهداف لهدف", 4, 1, "goal")]),
    ("فاز بهدفين لهدف في الشوط الثاني", [("هدفين لهدف", 2, 1, "goal")]),
    ("فاز بهدف مقابل هدفين", [("هدف مقابل هدفين", 1, 2, "goal")]),
    ("بعد فوزه بنتيجة هدف دون رد في المباراة", [("هدف دون رد", 1, 0, "goal")]),  # ANT
    ("على ليون الفرنسي بأربعة اهداف مقابل هدف في ذهاب نصف نهائي", [("أربعة اهداف مقابل هدف", 4, 1, "goal")]),  # ANT
    ("وفاز بشوط مقابل شوطين", [("شوط مقابل شوطين", 1, 2, "set")]),
    ("فاز المنتخب 3 أهداف مقابل 2", [("3 أهداف مقابل 2", 3, 2, "goal")]),
    # sets, and a colon after a cue
    ("فاز على النجم الساحلي بنتيجة 3 أشواط دون رد", [("3 أشواط دون رد", 3, 0, "set")]),
    ("فاز بثلاثة أشواط مقابل شوطين", [("ثلاثة أشواط مقابل شوطين", 3, 2, "set")]),
    ("وفاز الفريق بنتيجة 3:1 في الشوط الأول", [("3:1", 3, 1, None)]),
    ("انتهت المباراة بنتيجة 2 : 2", [("2 : 2", 2, 2, None)]),
])
def test_score_is_one_span(nlp: Any, text: str, expected: list[tuple[str, int, int, str | None]]) -> None:
    assert _scores(nlp, text) == expected


@pytest.mark.parametrize(("text", "kind", "value"), [
    ("سجل 20 هدفا في الموسم", "cardinal", 20),  # a count of goals, no other side
    ("ارتفعت الحرارة 1-2 درجات بعد مباراة الأحد", "range", 1),  # a unit keeps the range
    ("وتتراوح الأسعار 10-15 دينارا", "range", 10),
    ("حقق الفريق هدفه دون رد", None, None),  # his aim: no count of goals
    ("908 ألاف طن مقابل هدف رسمته الشركة", "cardinal", 908000),  # ANT: a target of tons
])
def test_no_score(nlp: Any, text: str, kind: str | None, value: int | None) -> None:
    numbers = nlp(text).numbers
    assert not [n for n in numbers if n.kind == "score"]
    assert [(n.kind, n.value) for n in numbers][:1] == ([(kind, value)] if kind else [])


def test_score_offsets_and_json(nlp: Any) -> None:
    text = "وانتهت مباراة النجم الساحلي والترجي بنتيجة ٢-١ في سوسة."
    (n,) = [x for x in nlp(text).to_dict()["numbers"] if x["kind"] == "score"]
    assert (n["start"], n["end"], n["text"]) == (43, 46, "٢-١")
    assert (n["value"], n["first"], n["second"], n["form"]) == (2, 2, 1, "digits")
