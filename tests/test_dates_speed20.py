"""Session 20, dates speed: the day-month-year, month-day and duration rules run wherever their start places
allow, without a search of the window for a month or unit name first (that search tried most positions of
every window and cost more than it saved).  The same dates are found, and none where no month or unit is."""

from __future__ import annotations

import datetime as dt

import pytest

from arabnews.extract.dates.patterns import patterns
from arabnews.extract.dates.rules import RULES, compiled
from date_cases import DateCases

CASES = DateCases(dt.date(2017, 6, 1))


def test_no_rule_waits_for_a_month_or_unit_search() -> None:
    assert not {"months", "units"} & {need for rule in RULES for need in rule.needs}
    assert [name for name, _ in compiled(patterns()).special] == ["year", "year4", "numeric", "numeric2", "clock"]
    ungated = {rule.name for rule in RULES if not rule.needs}
    assert {"day_month_year", "month_day", "duration", "vague"} <= ungated


@pytest.mark.parametrize(("sentence", "span", "type_", "value"), [
    ("انعقدت الجلسة يوم 15 جانفي 2016 بمقر الولاية", "يوم 15 جانفي 2016", "DATE", "2016-01-15"),
    ("تتواصل التظاهرة من جويلية 13 إلى 15 بمدينة سوسة", "جويلية 13 إلى 15", "DATE", "2017-07-13/2017-07-15"),
    ("غادر البلاد منذ 3 سنوات ولم يعد", "منذ 3 سنوات", "DATE", "2014"),
    ("يقضي عقوبة بالسجن لمدة أربعة أعوام", "أربعة أعوام", "DURATION", "P4Y"),
    ("ولد سنة 1974 في فيفري1974 بتونس", "فيفري1974", "DATE", "1974-02"),  # a month glued to its year
])
def test_month_and_unit_rules_still_find_their_dates(sentence: str, span: str, type_: str, value: str) -> None:
    d = CASES.one(sentence, span)
    assert (d["type"], d["value"]) == (type_, value)


@pytest.mark.parametrize("sentence", [
    "فاز الفريق بنتيجة 3 مقابل 1 في المباراة",  # numbers, no month or unit: the rules run and find nothing
    "تم حجز 120 كلغ من المخدرات و3 سيارات",
])
def test_numbers_without_a_month_or_unit_are_no_dates(sentence: str) -> None:
    assert CASES.dates(sentence) == []
