"""Events, the lead's fixes after merging session 29's helpers: a landmark named with its head is a thing an attack
hits (ent29 made such names places), and the outlet told of an arrest in the passive is no arrester."""

from __future__ import annotations

import pytest

import arabnews


def _events(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    out = arabnews.analyze(text, reference_date="2017-06-01").to_dict()["events"]
    return [(e["subtype"], [(a["role"], a["text"]) for a in e["actors"]]) for e in out]


@pytest.mark.parametrize(("text", "expected"), [
    ("أحبطت الشرطة الإيطالية اليوم الخميس هجوما كان يستهدف جسر ريالتو.",
     [("armed clash", [("target", "جسر ريالتو")])]),
    # a town named with the same head is no thing hit ("برج العامري": a delegation of Manouba)
    ("تمكن أعوان مركز الامن الوطني بمنطقة برج العامري من ولاية منوبة من إلقاء القبض على قيم متشدد.",
     [("arrests", [("actor", "مركز الامن الوطني")])]),
])
def test_landmark_is_a_target_and_a_town_is_not(text: str, expected: list) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (session 38: the unit is an ORG now, "وحدة مكافحة الارهاب", and the target its head with it)
    ('أكد مصدر مطلع لـ "الجوهرة أف أم" أنه تم إيقاف رئيس وحدة مكافحة الارهاب بالقرجاني السابق.',
     [("arrests", [("target", "رئيس وحدة مكافحة الارهاب")])]),
    ("وأفاد مصدر للجوهرة أف أم أنه تم إيقاف المشتبه به",
     [("arrests", [("target", "المشتبه")])]),
    # the speaker of the passive stays its actor: the state's body that tells of its own arrests
    ("وقالت الشرطة إنه تم اعتقال ثلاثة أشخاص", [("arrests", [("actor", "الشرطة"), ("target", "ثلاثة أشخاص")])]),
    ("وأعلنت وزارة الداخلية أنه تم إيقاف ثلاثة أشخاص",
     [("arrests", [("actor", "وزارة الداخلية"), ("target", "ثلاثة أشخاص")])]),
])
def test_outlet_told_of_a_passive_arrest_is_no_arrester(text: str, expected: list) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ANT 32557: a part and a rank between the takedown and its offender
    ("تمكن أعوان مركز الأمن الوطني بأكودة، ليلة البارحة، من الإطاحة بأحد أكبر مروجي المخدرات بجهة سوسة.",
     [("arrests", [("actor", "مركز الأمن الوطني"), ("target", "مروجي المخدرات")])]),
    ("الإطاحة بأخطر مهرب في القصرين", [("arrests", [("target", "مهرب")])]),
    # a rank before no offender: a man of business, a regime's leader
    ("الإطاحة بأحد أكبر رجال الأعمال في البلاد", []),
    ("الإطاحة بأحد أبرز قادة النظام", []),
])
def test_takedown_of_one_of_the_biggest_offenders(text: str, expected: list) -> None:
    assert _events(text) == expected
