"""Session 30b: a year then a plural scale, channel names ending in a number, and thousands grouped by a space.

Sentences in the style of other outlets (Reuters/AFP, Al Jazeera, Hespress, Algerian, Tunisian, Syrian and Palestinian
news).  Each case gives every number that must be read (text, kind, value, unit) and nothing else; the negatives
check that a count stays one.
"""

from __future__ import annotations

import pytest

from arabnews import Pipeline

_PIPE = Pipeline(["numbers"])


def _numbers(text: str) -> list[tuple[str, str, float, str | None]]:
    doc = _PIPE(text, reference_date="2024-03-10")
    for n in doc.numbers:
        assert text[n.start:n.end] == n.text
    return [(n.text, n.kind, float(n.value), n.unit) for n in doc.numbers]


# 1. A plural scale (آلاف, ملايين) is counted by 3-10 or a number ending in them (305, 103).  After a year
# (2011, 1948) it is no multiplier: the year, then "thousands of"; after round thousands (7000 آلاف) it restates them.
PLURAL_SCALES = [
    ("وخرج في ثورة 2011 آلاف الشباب إلى الشوارع للمطالبة بالتغيير",
     [("2011", "cardinal", 2011, None), ("آلاف", "approximate", 1000, None)]),
    ("ومنذ 2014 آلاف العائلات نزحت من المدينة",
     [("2014", "cardinal", 2014, None), ("آلاف", "approximate", 1000, "family")]),
    ("وشهدت انتفاضة 1988 آلاف المعتقلين في الجزائر",
     [("1988", "cardinal", 1988, None), ("آلاف", "approximate", 1000, "detainee")]),
    ("وخلفت حرب ١٩٤٨ آلاف اللاجئين الفلسطينيين",
     [("١٩٤٨", "cardinal", 1948, None), ("آلاف", "approximate", 1000, "refugee")]),
    ("وفي 2013 ملايين السوريين عبروا الحدود",
     [("2013", "cardinal", 2013, None), ("ملايين", "approximate", 1_000_000, None)]),
    ("وسجلت الجلسة الافتتاحية حضور ناهز 7000 آلاف مشارك",
     [("ناهز 7000 آلاف", "cardinal", 7000, "participant")]),
    # kept: the plural after 3-10, after a number ending in them, after a decimal, and a thousand millions
    ("بلغ عدد المتظاهرين 3 آلاف شخص", [("3 آلاف", "cardinal", 3000, "person")]),
    ("قدرت الخسائر بـ 305 آلاف دينار", [("305 آلاف", "cardinal", 305_000, "dinar")]),
    ("رصدت الحكومة 103 ملايين دولار للمشروع", [("103 ملايين", "cardinal", 103_000_000, "USD")]),
    ("وبلغت قيمة الصفقة 3 آلاف مليون دولار", [("3 آلاف مليون", "cardinal", 3_000_000_000, "USD")]),
    ("وبلغت كلفة المشروع 1.5 ملايين دينار", [("1.5 ملايين", "cardinal", 1_500_000, "dinar")]),
    ("وشارك 20 ألف شخص في المسيرة", [("20 ألف", "cardinal", 20_000, "person")]),
]


@pytest.mark.parametrize(("text", "expected"), PLURAL_SCALES)
def test_plural_scale_after_a_year_or_round_thousands(text: str, expected: list) -> None:
    assert _numbers(text) == expected


# 2. A channel's or a radio's name ending in its number ("فرانس 24", "إيه بي سي 7", "ميدي 1") counts nothing.
CHANNELS = [
    ("وقال لقناة إيه بي سي 7 الأمريكية إن الوضع خطير", []),
    ("وصرح لقناة فرانس 24 بأن الحكومة ستستقيل", []),
    ("وبثت قناة بي بي سي 2 وثائقيا عن الحرب", []),
    ("وأضاف في حديث لإذاعة ميدي 1 المغربية", []),
    ("وبثت قناة إم بي سي 4 المسلسل", []),
    ("وذكرت قناة \"فرانس2\" أن الشرطة اعتقلت 3 أشخاص", [("3", "cardinal", 3, "person")]),
    # counts next to a channel's name stay counts
    ("وقتل 7 أشخاص في فرنسا حسب فرانس برس", [("7", "cardinal", 7, "person")]),
    ("وشاهد 24 مليون شخص المباراة على بي بي سي", [("24 مليون", "cardinal", 24_000_000, "person")]),
]


@pytest.mark.parametrize(("text", "expected"), CHANNELS)
def test_channel_names_ending_in_a_number(text: str, expected: list) -> None:
    assert _numbers(text) == expected


# 3. Thousands grouped by a plain or no-break space after a group of at most three digits (Maghreb news, the
# Recognizers-Text spec "١ ٢٣٤ ٥٦٧"); not after a year of four digits nor after a decimal.
SPACED = [
    ("وبلغ عدد المسافرين 321 666 شخصا مقابل 269 602 سنة 2015",
     [("321 666", "cardinal", 321_666, "person"), ("269 602", "cardinal", 269_602, None),
      ("2015", "cardinal", 2015, None)]),
    ("وتبلغ قيمة المنحة 3 000 دينار للطالب", [("3 000", "cardinal", 3000, "dinar")]),
    ("وتبلغ قيمة المنحة 3\u00a0000 دينار للطالب", [("3\u00a0000", "cardinal", 3000, "dinar")]),
    ("وسجلت الشركة أرباحا بقيمة 1 234 567 درهم", [("1 234 567", "cardinal", 1_234_567, "dirham")]),
    ("وبلغ عدد السكان ١ ٢٣٤ ٥٦٧ نسمة", [("١ ٢٣٤ ٥٦٧", "cardinal", 1_234_567, "person")]),
    ("وقتل في عام 2015 300 شخص في الهجمات",
     [("2015", "cardinal", 2015, None), ("300", "cardinal", 300, "person")]),
    ("وسجلت 12 إصابة و 150 حالة شفاء",
     [("12", "cardinal", 12, "wounded"), ("150", "cardinal", 150, "case")]),
    # a table flattened into one line (ANT): each cell its own number, spaces run between the cells
    ("الأجر الصافي     الزيادة 500                40 520                39 540       38",
     [("500", "cardinal", 500, None), ("40", "cardinal", 40, None), ("520", "cardinal", 520, None),
      ("39", "cardinal", 39, None), ("540", "cardinal", 540, None), ("38", "cardinal", 38, None)]),
    # a phone number told before: its groups stay apart, no thousands
    ("للاستعلام اتصلوا بالرقم الأخضر 80 100 275",
     [("80", "cardinal", 80, None), ("100", "cardinal", 100, None), ("275", "cardinal", 275, None)]),
    ("الهاتف: 71 234 567 وقتل 3 أشخاص",
     [("71", "cardinal", 71, None), ("234", "cardinal", 234, None), ("567", "cardinal", 567, None),
      ("3", "cardinal", 3, "person")]),
    ("وارتفع المؤشر بـ 1.5 نقطة أي 200 مرة", [("1.5", "cardinal", 1.5, "point"), ("200", "cardinal", 200, "times")]),
]


@pytest.mark.parametrize(("text", "expected"), SPACED)
def test_thousands_grouped_by_a_space(text: str, expected: list) -> None:
    assert _numbers(text) == expected


def test_spaced_thousands_in_a_range() -> None:
    doc = _PIPE("وتراوحت المبالغ بين 2 و 3 000 دينار", reference_date="2024-03-10")
    (n,) = doc.numbers
    assert (n.text, n.kind, n.unit, n.attrs["low"], n.attrs["high"]) == ("بين 2 و 3 000", "range", "dinar", 2, 3000)
