"""Session 42 (lead): a year of birth after "مواليد" is a date (ANT 5374: "وفاة سائح روسي (من مواليد 1971)" gave the
number 1971 and no date); "المواليد", the births counted, is no year word."""

from __future__ import annotations

import pytest

import arabnews

REF = "2017-06-01"


def _dates(text: str) -> list[tuple[str, str | None, int]]:
    return [(d.text, d.value, d.start) for d in _spans(text)]


def _spans(text: str) -> list[arabnews.DateSpan]:
    doc = arabnews.analyze(text, reference_date=REF)
    for d in doc.dates:
        assert text[d.start:d.end] == d.text
    return list(doc.dates)


def _numbers(text: str) -> list[str]:
    return [n.text for n in arabnews.analyze(text, reference_date=REF).numbers]


ANT_5374 = ("وأكدت وكالة الأنباء الرسمية في وقت لاحق هذا الحادث حيث تسبب سقوط طائرة شراعية تابعة لمركز تنشيط سياحي "
            "بالمنطقة السياحية بدوز (ولاية قبلي)، صباح اليوم السبت، في وفاة سائح روسي (من مواليد 1971)، وإصابة صاحب "
            "المركز التنشيطي")


def test_ant_5374_year_of_birth_is_a_date_not_a_number():
    assert ("1971", "1971", ANT_5374.index("1971")) in _dates(ANT_5374)
    assert "1971" not in _numbers(ANT_5374)
    born = [d for d in _spans(ANT_5374) if d.text == "1971"]
    assert born[0].attrs.get("birth") is True and born[0].to_dict()["birth"] is True
    others = [d for d in _spans(ANT_5374) if d.text != "1971"]
    assert others and not any(d.attrs.get("birth") for d in others)  # "صباح اليوم السبت" is no birth


# held-out ANT 7886: the year of birth of the accused was the killing's date (was "شهر جويلية 2015")
ANT_7886 = ("أصدرت الدائرة الجنائية بمحكمة الاستئناف بالمنستير حكما بالسجن مدى الحياة ضد شاب من مواليد 1992 كان قد قتل "
            "صديقه (من مواليد 1991 ) طعنا بسكين في شهر جويلية 2015")


def test_ant_7886_a_year_of_birth_dates_no_act():
    doc = arabnews.analyze(ANT_7886, reference_date=REF)
    killing = [e for e in doc.layers["events"] if e.text == "قتل"]
    assert len(killing) == 1
    assert killing[0].to_dict()["date"]["value"] == "2015-07"


@pytest.mark.parametrize(("text", "span", "value"), [
    ("وهو من مواليد سنة 1971 بصفاقس", "سنة 1971", "1971"),
    ("وهو من مواليد 13 مارس 1985 بتونس", "13 مارس 1985", "1985-03-13"),
    ("وهو من مواليد 13-10- 1967 بصفاقس", "13-10- 1967", "1967-10-13"),
])
def test_other_dates_of_birth_are_marked(text, span, value):
    (d,) = _spans(text)
    assert (d.text, d.value, d.attrs.get("birth")) == (span, value, True)


def test_a_date_without_a_noun_of_birth_is_not_marked():
    assert [d.attrs.get("birth") for d in _spans("ولد في 13 مارس 1985 وفي سنة 1971")] == [None, None]


@pytest.mark.parametrize(("text", "year", "value"), [
    ("وهو من مواليد 1990 بمدينة صفاقس", "1990", "1990"),
    ("لاعب من مواليد ١٩٨٥ ينشط في الدوري", "١٩٨٥", "1985"),  # Arabic-Indic digits, the span as written
    ("فاز منتخب مواليد 2003 على نظيره المغربي", "2003", "2003"),  # a youth side by its year of birth
    ("ومن مواليد 1967 أيضا", "1967", "1967"),
    ("المسابقة مفتوحة لمواليد 1995 وما بعدها", "1995", "1995"),  # with ل
])
def test_year_after_mawalid(text, year, value):
    assert (year, value, text.index(year)) in _dates(text)


def test_births_counted_are_no_year():
    text = "بلغ عدد المواليد 2015 مولودا في الولاية"
    assert _dates(text) == []
    assert "2015" in _numbers(text)


