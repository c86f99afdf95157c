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
