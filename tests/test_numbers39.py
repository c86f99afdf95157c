"""Session 39: a scale, "و" and a half or a quarter of it (named again or not) is one amount.

"مليونا ونصف مليون دينار" was "مليونا ونصف" (1.5 million) and "مليون" (1 million dinars); "3 ملايين ونصف" was 3
million and a fraction.  Now the fraction's scale, with or without the article, stays in the number, and digits
before the scale take the fraction as words do ("٣ ملايين ونصف المليون").  A definite noun after the fraction is
what it halves ("3 آلاف ونصف السكان").
"""

from __future__ import annotations

import pytest

from arabnews import Pipeline

NLP = Pipeline(["numbers"])
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _numbers(text: str) -> list[tuple[str, int, float, str | None]]:
    out = NLP(text, reference_date="2017-06-01").to_dict()["numbers"]
    for n in out:
        assert text[n["start"]:n["end"]] == n["text"]
    return [(n["text"], n["start"], n["value"], n.get("unit")) for n in out]


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("بلغت كلفة المشروع مليونا ونصف مليون دينار.", "مليونا ونصف مليون", 1500000, "dinar"),
    ("وصل عددهم إلى ثلاثة ملايين ونصف مليون لاجئ.", "ثلاثة ملايين ونصف مليون", 3500000, "refugee"),
    ("رصدت الدولة مليار وربع مليار دولار للبرنامج.", "مليار وربع مليار", 1250000000, "USD"),
    ("يعمل بالمصنع ألفا ونصف ألف عامل.", "ألفا ونصف ألف", 1500, "worker"),
    ("تهم ما يقارب مليون ونصف المليون ناشط في القطاع الخاص.", "ما يقارب مليون ونصف المليون", 1500000, None),  # ANT
    ("بلغت الكلفة مليون ونصف دينار.", "مليون ونصف", 1500000, "dinar"),
    ("وكذلك مليونان ونصف دولار.", "مليونان ونصف", 2500000, "USD"),
])
def test_scale_and_its_fraction(text: str, span: str, value: float, unit: str | None) -> None:
    assert _numbers(text) == [(span, text.index(span), value, unit)]


@pytest.mark.parametrize("digits", [str.maketrans("", ""), INDIC])
@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("بلغت الكلفة 3 ملايين ونصف دينار.", "3 ملايين ونصف", 3500000, "dinar"),
    ("بلغت الكلفة 3 ملايين ونصف المليون دينار.", "3 ملايين ونصف المليون", 3500000, "dinar"),
    ("يقطنها 2 مليون وربع مليون نسمة.", "2 مليون وربع مليون", 2250000, "person"),
    ("شارك 5 آلاف ونصف في المسيرة.", "5 آلاف ونصف", 5500, None),
])
def test_digits_scale_and_its_fraction(digits: dict[int, int], text: str, span: str, value: float,
                                       unit: str | None) -> None:
    text, span = text.translate(digits), span.translate(digits)
    assert _numbers(text) == [(span, text.index(span), value, unit)]


def test_a_fraction_of_what_follows_stays_apart() -> None:
    text = "نزح 3 آلاف ونصف السكان من القرية."
    found = _numbers(text)
    assert [(n[0], n[1], n[2]) for n in found] == [("3 آلاف", 4, 3000), ("نصف", text.index("نصف"), 0.5)]


@pytest.mark.parametrize("digits", [str.maketrans("", ""), INDIC])
@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    # a year after its noun counts no scale after it (ANT 6643: the amount was lost)
    ("وأشار إلى أن استهلاك المياه المعدنية المعلبة بلغ سنة 2016 مليار و600 مليون لتر.", "مليار و600 مليون",
     1600000000, "L"),
    ("وبلغت المداخيل خلال عام 2015 مليون دينار.", "مليون", 1000000, "dinar"),
])
def test_year_then_scale(digits: dict[int, int], text: str, span: str, value: float, unit: str) -> None:
    text, span = text.translate(digits), span.translate(digits)
    year = text.split()[[w.isdigit() for w in text.split()].index(True)]  # the year stays a number of its own here
    assert _numbers(text) == [(year, text.index(year), int(year), None), (span, text.index(span), value, unit)]


def test_count_of_millions_stays() -> None:
    text = "بلغ عددهم 2000 مليون شخص"
    assert [n[:3] for n in _numbers(text)] == [("2000 مليون", text.index("2000"), 2000000000)]
