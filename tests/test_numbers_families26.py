"""Session 26's number families: "المائة" as the hundredth after a definite singular noun of a series.

"المئة والخامس والعشرون" was already the 125th (an ordinal after it); "المائة" alone was the cardinal 100
everywhere.  After the article-bearing or possessed singular noun of an occurrence in a series it is the
hundredth ("الدورة المائة", ANT's "احتفلت الجمعية بعيدها المائة"); after a plural, before a time unit, after a
noun of no series, it stays 100.
"""

from __future__ import annotations

import pytest

from arabnews.extract.numbers import parse_numbers
from number_cases import only


@pytest.mark.parametrize(("text", "number"), [
    ("احتفلت الجمعية الخيرية بعيدها المائة", "المائة"),  # ANT
    ("وتنطلق الدورة المائة لمعرض الكتاب يوم الخميس", "المائة"),
    ("في الذكرى المئة لتأسيس الحزب الدستوري", "المئة"),
    ("وسجل اللاعب هدفه للمرة المائة في الدوري", "المائة"),
    ("واجتمع مجلس الأمن في جلسته المائة حول سوريا", "المائة"),
    ("وفي يومها المائة أعلنت الحكومة خطتها", "المائة"),
    ("بمناسبة الذكرى المائة لوعد بلفور", "المائة"),
])
def test_the_hundredth_after_a_noun_of_a_series(nlp, text: str, number: str) -> None:
    n = only(nlp, text, number)
    assert (n.kind, n.value, n.unit) == ("ordinal", 100, None)


@pytest.mark.parametrize(("text", "number"), [
    ("خلال السنوات المئة الماضية شهدت البلاد تحولات كبيرة", "المئة"),  # a plural: the hundred years
    ("في الأيام المائة الأولى من ولايته", "المائة"),
    ("انضم إلى نادي المائة مليونير", "المائة"),  # a noun of no series
    ("وصل عدد المصابين إلى المائة", "المائة"),
])
def test_the_cardinal_hundred_stays(text: str, number: str) -> None:
    # (the numbers stage alone: the dates stage takes "السنوات المئة الماضية" as a period)
    assert [(m.text, m.kind, m.value) for m in parse_numbers(text) if m.text == number] == [(number, "cardinal", 100)]


def test_a_hundred_years_and_a_compound_ordinal_stay_as_they_were(nlp) -> None:
    # "المائة عام" is a hundred years (the dates stage's duration), "المئة والخامس والعشرون" the 125th
    assert [(m.text, m.kind) for m in parse_numbers("عاش خلال المائة عام الأخيرة")] == [("المائة", "cardinal")]
    n = only(nlp, "احتفلت المدينة بالذكرى المئة والخامسة والعشرين لتأسيسها", "المئة والخامسة والعشرين")
    assert (n.kind, n.value) == ("ordinal", 125)
