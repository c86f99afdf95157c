"""Session 47: "and a half" after a scale, a unit or a unit of time, and a count whose unit the writer left out.

- A scale and a half is one number: "مليون ونصف" 1,500,000, "ألف ونصف" 1,500, and a half after the currency counts
  for the scale ("2 مليار دينار ونصف" 2,500,000,000 dinars), with Arabic-Indic digits too.
- A unit of time and a half is one DURATION, also after an accusative singular ("يستغرق عاما ونصف", ANT; "شهرا
  ونصف") and with an accusative fraction ("سنة ونصفا", ANT): the numbers stage's "نصف" (0.5) goes.
- "في غضون 5" with no unit (ANT 5165, "سيندثر في غضون 5 على حد قوله"): no unit is invented.  Duckling reads a
  duration only as "<integer> <unit-of-duration>" (and "in <duration>"), so a bare count after "within" is no
  duration; the number stays a cardinal 5 with no unit.
"""

from __future__ import annotations

from typing import Any

import pytest

import arabnews

REF = "2017-06-01"


def layer(text: str, name: str) -> list[dict[str, Any]]:
    return list(arabnews.analyze(text, reference_date=REF).to_dict()[name])


@pytest.mark.parametrize(("text", "expected"), [
    ("بلغت الكلفة مليون ونصف دينار", (12, 22, "مليون ونصف", 1500000, "dinar")),
    ("حضر ألف ونصف متفرج المباراة", (4, 12, "ألف ونصف", 1500, "spectator")),
    ("خصصت الحكومة 2 مليار دينار ونصف للمشروع", (13, 20, "2 مليار", 2500000000, "dinar")),
    ("خصصت الحكومة ٢ مليار دينار ونصف للمشروع", (13, 20, "٢ مليار", 2500000000, "dinar")),
    ("بلغت الخسائر 3 ملايين ونصف المليون دينار", (13, 34, "3 ملايين ونصف المليون", 3500000, "dinar")),
])
def test_scale_and_a_half(text: str, expected: tuple[int, int, str, float, str]) -> None:
    got = [(n["start"], n["end"], n["text"], n["value"], n["unit"]) for n in layer(text, "numbers")]
    assert got == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("استمر الاجتماع ساعة ونصف", (15, 24, "ساعة ونصف", "PT1H30M")),
    ("قضى في السجن سنة ونصف", (13, 21, "سنة ونصف", "P1Y6M")),
    # an accusative singular unit (ANT: "يستغرق عاما ونصف"), an accusative fraction (ANT: "سنة ونصفا")
    ("وقال إن انجاز المشروع يستغرق عاما ونصف", (29, 38, "عاما ونصف", "P1Y6M")),
    ("طلب المحامي لموكله سنة ونصفا سجنا", (19, 28, "سنة ونصفا", "P1Y6M")),
    ("استمرت المفاوضات شهرا ونصف", (17, 26, "شهرا ونصف", "P1M15D")),
    ("بقي المحتجون في الساحة يوما ونصفا", (23, 33, "يوما ونصفا", "P1DT12H")),
    # a week and a half is ten days and a half (was P1W4D, the half week rounded up)
    ("استغرق الأمر أسبوعا ونصف", (13, 24, "أسبوعا ونصف", "P1W3DT12H")),
    ("تم تمديد الأجل لمدة أسبوع ونصف", (20, 30, "أسبوع ونصف", "P1W3DT12H")),
])
def test_unit_of_time_and_a_half(text: str, expected: tuple[int, int, str, str]) -> None:
    got = [(d["start"], d["end"], d["text"], d["value"]) for d in layer(text, "dates")]
    assert got == [expected]
    assert layer(text, "numbers") == []  # the "نصف" of the numbers stage is the duration's


def test_count_without_its_unit() -> None:
    text = "مؤكدا أن المستشفى الجامعي التونسي سيندثر في غضون 5 على حد قوله"
    assert layer(text, "dates") == []
    got = [(n["start"], n["end"], n["text"], n["kind"], n["value"], n["unit"]) for n in layer(text, "numbers")]
    assert got == [(49, 50, "5", "cardinal", 5, None)]
    # with its unit it is a duration within which (the control)
    dates = layer("سيندثر المستشفى في غضون 5 سنوات", "dates")
    assert [(d["text"], d["value"], d.get("relation")) for d in dates] == [("5 سنوات", "P5Y", "during")]
