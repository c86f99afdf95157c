"""Events: an area named by what goes on in it is no place (session 31, found reading the merged wave's texts)."""
from __future__ import annotations

import pytest

import arabnews


@pytest.mark.parametrize(("text", "place"), [
    ('وقالت الوزارة إن القوات التركية حيدت 9 إرهابيين في منطقة عملية "درع الفرات" شمالي سوريا.', "سوريا"),
    ("قصفت قوات النظام قرى في منطقة خفض التصعيد بريف إدلب.", "إدلب"),
    ("قتل جندي برصاص قناص في منطقة سيطرة المعارضة قرب درعا.", "درعا"),
    ("قتل جنديان في هجوم على حاجز في منطقة الزاوية.", "الزاوية"),
])
def test_area_by_activity_is_no_place(text: str, place: str) -> None:
    events = arabnews.analyze(text, reference_date="2024-03-10").to_dict()["events"]
    assert events
    assert events[0]["location"]["text"] == place


@pytest.mark.parametrize(("text", "actors"), [
    # an armed noun after ل is the object's genitive, not the group's men (ev31's "عناصر داعش" rule met grp31's
    # "العدو": Hezbollah's own fighters lost the act to the enemy they targeted)
    ("أعلن حزب الله في بيان أن مجاهديه استهدفوا تجمعا لجنود العدو الإسرائيلي في محيط موقع المالكية.",
     [("actor", "حزب الله"), ("target", "جنود")]),
    ("استهدف مقاتلو حزب الله تجمعا لجنود الجيش الإسرائيلي في محيط موقع المالكية.",
     [("actor", "حزب الله"), ("target", "الجيش الإسرائيلي")]),
    ("هاجم عناصر داعش حاجزا للجيش العراقي قرب كركوك.", [("actor", "داعش"), ("target", "جيش العراقي")]),
])
def test_armed_noun_after_lam_is_no_group_member(text: str, actors: list[tuple[str, str]]) -> None:
    (ev,) = arabnews.analyze(text, reference_date="2024-03-10").to_dict()["events"]
    assert [(a["role"], a["text"]) for a in ev["actors"]] == actors


@pytest.mark.parametrize("text", [
    "قتل ثلاثة مهربين في اشتباك مع حرس الحدود على الحدود الجنوبية مع تشاد والنيجر.",
    "أوقفت مفرزة للجيش خمسة مهربين عبر الحدود مع المغرب وموريتانيا.",
])
def test_neighbours_across_border_are_no_place(text: str) -> None:
    (ev,) = arabnews.analyze(text, reference_date="2024-03-10").to_dict()["events"]
    assert ev["location"] is None or ev["location"]["text"] not in ("تشاد", "النيجر", "المغرب", "موريتانيا")


@pytest.mark.parametrize(("text", "dead"), [
    # num31 gives a toll told apart from its noun a unit; a total adds nothing to the dead told before it
    ("أعلن الجيش الإسرائيلي مقتل ضابط برتبة رائد في معارك جنوبي قطاع غزة، ليرتفع عدد قتلاه منذ بدء الهجوم البري في "
     "27 أكتوبر الماضي إلى 165.", 1),
    ("قتل 5 مدنيين في قصف على البلدة، ليرتفع عدد القتلى إلى 30.", 5),
    ("وارتفعت حصيلة القتلى في التفجير إلى 12.", 12),
])
def test_a_total_adds_no_dead(text: str, dead: int) -> None:
    (ev,) = arabnews.analyze(text, reference_date="2024-03-10").to_dict()["events"]
    assert ev["fatalities"]["value"] == dead
    assert text[ev["fatalities"]["start"]:ev["fatalities"]["end"]] == ev["fatalities"]["text"]
