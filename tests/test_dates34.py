"""Dates, session 34: digits with a thousands' scale word before a word of years ("4 آلاف عام", "٣ آلاف سنة") are read
as the same count in words is ("أربعة آلاف عام"): a year BC before the era ("4 آلاف عام قبل الميلاد" → BC4000, with
the quantifier's mod: "نحو 2000 عام قبل الميلاد" → BC2000 APPROX, "أكثر من 5 آلاف عام" → BEFORE), years back from
the reference ("منذ 3 آلاف عام" → -P3000Y).  Not before a year's digits ("إلى 19 ألفاً سنة 2012": the year stays),
nor before other units ("30 الف يوم عمل": workdays counted).  The thousands said once are both bounds' ("بين 300 و350
ألف عام" → P300000Y/P350000Y)."""

from __future__ import annotations

from typing import Any

import pytest

import arabnews


def _dates(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    d = arabnews.analyze(text, reference_date="2017-06-01").to_dict()["dates"]
    for x in d:
        assert text[x["start"]:x["end"]] == x["text"]
    return [(x["text"], x["value"], x.get("mod"), x.get("offset")) for x in d]


@pytest.mark.parametrize(("text", "expected"), [
    ("يعود إلى 4 آلاف عام قبل الميلاد.", [("4 آلاف عام قبل الميلاد", "BC4000", None, None)]),
    ("يعود إلى نحو ٤ آلاف سنة قبل الميلاد.", [("نحو ٤ آلاف سنة قبل الميلاد", "BC4000", "APPROX", None)]),
    ("يعود إلى أكثر من 5 آلاف عام قبل الميلاد", [("أكثر من 5 آلاف عام قبل الميلاد", "BC5000", "BEFORE", None)]),
    ("بني المعبد قبل نحو 2000 عام قبل الميلاد.", [("نحو 2000 عام قبل الميلاد", "BC2000", "APPROX", None)]),
    ("يعود إلى نحو أربعة آلاف سنة قبل الميلاد.", [("نحو أربعة آلاف سنة قبل الميلاد", "BC4000", "APPROX", None)]),
    ("في القرن الثالث قبل الميلاد.", [("القرن الثالث قبل الميلاد", "BC02", None, None)]),
    ("منذ 3 آلاف عام.", [("منذ 3 آلاف عام", "PAST_REF", None, "-P3000Y")]),
    ("ظهروا قبل نحو 200 ألف عام", [("قبل نحو 200 ألف عام", "PAST_REF", "APPROX", "-P200000Y")]),  # ANT
])
def test_thousands_of_years(text: str, expected: list[Any]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("من 10 آلاف تلميذ سنة 2007 إلى 19 ألفاً سنة 2012.", [("سنة 2007", "2007", None, None),
                                                           ("سنة 2012", "2012", None, None)]),  # ANT
    ("سيوفر 30 الف يوم عمل", []),  # ANT
    ("قال الوزير إن الغيابات تقدر بنحو 500 الف يوم عمل.", []),  # ANT
])
def test_thousands_not_of_years(text: str, expected: list[Any]) -> None:
    assert _dates(text) == expected


@pytest.mark.parametrize(("text", "value"), [
    ("يعود إلى فترة بين 300 و350 ألف عام", "P300000Y/P350000Y"),  # ANT: was P300Y/P350000Y
    ("بين 5 و7 آلاف سنة", "P5000Y/P7000Y"),
    ("بين ثلاثة وخمسة آلاف سنة", "P3000Y/P5000Y"),
    ("بين 5 و7 سنوات", "P5Y/P7Y"),
])
def test_thousands_said_once_for_both_bounds(text: str, value: str) -> None:
    ((_, got, _, _),) = _dates(text)
    assert got == value

