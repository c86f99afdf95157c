"""Numbers other toolkits' Arabic test data expect, and families left open on Tunisian news (ANT v1.1).

Sources read (session 12): Duckling's Arabic corpora (Numeral AR and AR/EG, Ordinal, AmountOfMoney,
Quantity, Distance, Volume, Temperature), num2words' tests/test_ar.py (its words read back), pyarabic's
number tests and doc examples, spaCy's Arabic lex_attrs and Microsoft Recognizers-Text's Arabic specs
(Number, Ordinal, Percent, Currency).  Each family is tested with its neighbours: other numbers and units,
Arabic-Indic digits, proclitics, and the forms it must leave alone.

Each case: (text, span, kind, value, unit, attrs that must be present); the span is found once in the text
and its offsets are checked.
"""

from __future__ import annotations

import pytest

from arabnews import Pipeline

_PIPE = Pipeline(["numbers", "dates"])

Case = tuple[str, str, "str | None", float, "str | None", dict]


def _check(case: Case) -> None:
    text, span, kind, value, unit, attrs = case
    doc = _PIPE(text, reference_date="2017-01-20")
    hits = [n for n in doc.numbers if n.text == span]
    assert len(hits) == 1, [(n.text, n.kind, n.value, n.unit) for n in doc.numbers]
    n = hits[0]
    assert (n.start, n.end) == (text.index(span), text.index(span) + len(span))
    assert text[n.start:n.end] == span
    assert n.unit == unit
    if kind is not None:  # the corpus of other toolkits gives no kind
        assert n.kind == kind
    assert n.value == pytest.approx(value)
    for name, expected in attrs.items():
        assert n.attrs.get(name) == (pytest.approx(expected) if isinstance(expected, float) else expected), name
    if "unit_start" in n.attrs:
        assert text[n.attrs["unit_start"]:n.attrs["unit_end"]] == n.attrs["unit_text"]


# -- dinar abbreviations after an amount (Tunisian news) -----------------------------------------------------
# "د" is the dinar after an amount (54 of 55 times on ANT), "م د"/"م.د" a million dinars (166 of 166),
# "أ د"/"أ.د"/"أد" a thousand dinars (5 of 5); after "الدقيقة" or before seconds it is minutes.
DINARS: list[Case] = [
    ("التي انخفضت بنسبة 5.87 ٪ في حدود 20.370 د. وقد تراجعت", "في حدود 20.370", "cardinal", 20.37, "dinar",
     {"unit_text": "د", "quantity": "money"}),
    ("سعر السهم الواحد الى 10.350 د.  هبوط في بورصة تونس", "10.350", "cardinal", 10.35, "dinar", {}),
    ("بنسبة 3 بالمائة في حدود 9.270د تليها اسهم قرطاج", "في حدود 9.270", "cardinal", 9.27, "dinar", {}),
    ("بلغ سعر السهم ٢٠٫٣٧٠ د في الجلسة", "٢٠٫٣٧٠", "cardinal", 20.37, "dinar", {}),
    ("بنسبة 2ر13 بالمائة في حدود 980ر4 د وسط حجم تبادل", "في حدود 980ر4", "cardinal", 4.98, "dinar", {}),
    ("تحسنا بنسبة 18% ( 7،1 د/كغ مقابل", "7،1", "cardinal", 7.1, "dinar", {}),
    ("الزيادة الشهرية الخام ستكون 30 د *الصنف الثالث", "30", "cardinal", 30, "dinar", {}),
    ("طلب منه رشوة قدرها 500 د مقابل إسداء خدمة", "500", "cardinal", 500, "dinar", {}),
    ("- 2000 د خطيّة لفريق المستقبل", "2000", "cardinal", 2000, "dinar", {}),  # year-like digits, still dinars
    ("بمعلوم قدره و45 د عن كل عملية", "45", "cardinal", 45, "dinar", {}),
    ("تقدّر بـ 17 د شهريا لكل أسرة", "17", "cardinal", 17, "dinar", {}),
    ("وصلت إلى 10 د للتر الواحد", "10", "cardinal", 10, "dinar", {}),
    ("تتراوح بين 50د و200د الا أن", "بين 50د و200", "range", 50, "dinar", {"low": 50, "high": 200}),
    ("بين 17 د و21 د بالنسبة للحم الضأن", "بين 17 د و21", "range", 17, "dinar", {"high": 21}),
    ("سعر 20 د.ت للكغ", "20", "cardinal", 20, "TND", {"currency": "TND"}),
    # a million dinars: the scale multiplies the amount, the span stays the digits
    ("حوالي 800 مليون دينار بعد أن بلغت 3ر747 م د، في افريل 2015", "3ر747", "cardinal", 747_300_000, "dinar",
     {"scale": "million", "unit_text": "م د"}),
    ("الصادرات التي بلغت قيمتها 996 م.د مقابل 1454 م.د إلى تقلص", "996", "cardinal", 996_000_000, "dinar",
     {"unit_text": "م.د"}),
    ("الصادرات التي بلغت قيمتها 996 م.د مقابل 1454 م.د إلى تقلص", "1454", "cardinal", 1_454_000_000, "dinar", {}),
    ("مقارنة مع نفس الفترة من سنة 2013 (1809 م.د) حيث بلغت", "1809", "cardinal", 1_809_000_000, "dinar", {}),
    ("الى ٣٩٧٠ م د والزيادة", "٣٩٧٠", "cardinal", 3_970_000_000, "dinar", {}),
    ("قدر العجز ب1095 م د مقابل", "1095", "cardinal", 1_095_000_000, "dinar", {}),
    ("بارتفاع الواردات لتبلغ 11411،5م د، مقابل", "11411،5", "cardinal", 11_411_500_000, "dinar", {}),
    ("تأهيل مركز التخييم بكلفة 2.5 م. د. -تهيئة ملعب", "2.5", "cardinal", 2_500_000, "dinar", {}),
    ("ميزانية قدرها 5 م د من صندوق", "5", "cardinal", 5_000_000, "dinar", {}),
    ("بين 383 م د و1142 م د خلال", "بين 383 م د و1142", "range", 383_000_000, "dinar",
     {"low": 383_000_000, "high": 1_142_000_000}),
    ("بكلفة 10-20 م د للمشروع", "10-20", "range", 10_000_000, "dinar", {"high": 20_000_000}),
    # a thousand dinars
    ("تعشيب الملعب البلدي بتبرسق بكلفة 687 أ.د. -تعشيب", "687", "cardinal", 687_000, "dinar",
     {"scale": "thousand", "unit_text": "أ.د"}),
    ("بعمدون بكلفة 611.5 أ د. -تعشيب", "611.5", "cardinal", 611_500, "dinar", {}),
    ("بقبلاط بكلفة 727 أد قاعة مغطاة", "727", "cardinal", 727_000, "dinar", {}),
    ("ومركز التكوين بكلفة ١٠٢١ أد.", "١٠٢١", "cardinal", 1_021_000, "dinar", {}),
]

NOT_DINARS: list[Case] = [
    ("سجل الهدف في الدقيقة 45 د من المباراة", "45", "cardinal", 45, None, {}),
    ("وفي الدقيقة 90 د أضاف الفريق هدفا", "90", "cardinal", 90, None, {}),
    ("واكتفت بالمرتبة 12 بوقت 9د و28ث و75 بالمائة", "9", "cardinal", 9, None, {}),
    ("منها 69 دُمرت بالكامل", "69", "cardinal", 69, None, {}),
]


@pytest.mark.parametrize("case", DINARS + NOT_DINARS, ids=[c[0] for c in DINARS + NOT_DINARS])
def test_dinar_abbreviations(case: Case) -> None:
    _check(case)


def test_a_letter_before_the_amount_is_no_dinar() -> None:
    doc = _PIPE("الدقيقة د 45 من الشوط")
    assert [(n.text, n.unit) for n in doc.numbers] == [("45", None)]


def test_an_amount_in_million_dinars_is_no_year_of_the_era() -> None:
    """"996 م.د" is not the year 996 ("م" for ميلادي): the dates stage leaves it to the numbers stage."""
    doc = _PIPE("وبلغت الصادرات 996 م.د مقابل 1454 م د، وتوفي سنة 1950 م في تونس")
    assert [(n.text, n.value, n.unit) for n in doc.numbers] == [("996", 996_000_000, "dinar"),
                                                                ("1454", 1_454_000_000, "dinar")]
    assert [d.text for d in doc.dates] == ["سنة 1950 م"]


def test_a_definite_one_starts_no_range() -> None:
    """"السهم الواحد الى 10.350 د": "the one share" (an adjective), not a range from one to 10.35."""
    doc = _PIPE("ليصل سعر السهم الواحد الى 10.350 د.")
    assert [(n.text, n.kind, n.unit) for n in doc.numbers] == [("الواحد", "cardinal", None),
                                                               ("10.350", "cardinal", "dinar")]
    doc = _PIPE("من الخمسة إلى العشرة دولارات")  # with "من" it is a range
    assert [(n.text, n.kind, n.unit) for n in doc.numbers] == [("من الخمسة إلى العشرة", "range", "USD")]

