"""The numbers stage: digits and number words with their values, kinds, units and qualifiers."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arabnews import Pipeline
from arabnews.document import Document
from arabnews.extract.numbers import find_numbers, make_stage, parse_numbers
from arabnews.text.normalize import normalize

SEED = Path(__file__).resolve().parents[1] / "examples" / "article.txt"

# (text, span text, kind, value, unit) — the only number expression the text holds
CASES = [
    # digits, both digit sets, separators, percent
    ("قتل 46 مقاتلا", "46", "cardinal", 46, "fighter"),
    ("الـ 46", "46", "cardinal", 46, None),
    ("الـ46", "46", "cardinal", 46, None),
    ("١٥٠ شخصا", "١٥٠", "cardinal", 150, "person"),
    ("1,245 قتيلا", "1,245", "cardinal", 1245, "killed"),
    ("١٬٢٤٥", "١٬٢٤٥", "cardinal", 1245, None),
    ("1.245.000 دولار", "1.245.000", "cardinal", 1245000, "USD"),
    ("3.4", "3.4", "cardinal", 3.4, None),
    ("٣٫٥", "٣٫٥", "cardinal", 3.5, None),
    ("3,5", "3,5", "cardinal", 3.5, None),
    ("25%", "25%", "percent", 25, "percent"),
    ("٪٢٥", "٪٢٥", "percent", 25, "percent"),
    ("٪ ٥٠", "٪ ٥٠", "percent", 50, "percent"),
    ("10.5%", "10.5%", "percent", 10.5, "percent"),
    ("25 في المئة", "25", "percent", 25, "percent"),
    ("٤٠ بالمائة", "٤٠", "percent", 40, "percent"),
    ("عشرين بالمئة", "عشرين", "percent", 20, "percent"),
    # ones and ten, genders and cases
    ("واحد", "واحد", "cardinal", 1, None),
    ("اثنان", "اثنان", "cardinal", 2, None),
    ("اثنين من المقاتلين", "اثنين", "cardinal", 2, "fighter"),
    ("ثلاث نساء", "ثلاث", "cardinal", 3, "woman"),
    ("ثلاثة رجال", "ثلاثة", "cardinal", 3, "man"),
    ("أربعة أشخاص", "أربعة", "cardinal", 4, "person"),
    ("ثمانية أشخاص", "ثمانية", "cardinal", 8, "person"),
    ("ثماني غارات", "ثماني", "cardinal", 8, "airstrike"),
    ("عشرة", "عشرة", "cardinal", 10, None),
    ("عشر قذائف", "عشر", "cardinal", 10, "missile"),
    ("وخمسة", "خمسة", "cardinal", 5, None),
    ("الخمسة", "الخمسة", "cardinal", 5, None),
    # teens
    ("أحد عشر", "أحد عشر", "cardinal", 11, None),
    ("إحدى عشرة سيارة", "إحدى عشرة", "cardinal", 11, "vehicle"),
    ("اثنا عشر", "اثنا عشر", "cardinal", 12, None),
    ("اثني عشر", "اثني عشر", "cardinal", 12, None),
    ("اثنتي عشرة", "اثنتي عشرة", "cardinal", 12, None),
    ("سبعة عشر", "سبعة عشر", "cardinal", 17, None),
    ("تسعة عشر طفلا", "تسعة عشر", "cardinal", 19, "child"),
    # tens and compounds
    ("عشرون", "عشرون", "cardinal", 20, None),
    ("عشرين مقاتلا", "عشرين", "cardinal", 20, "fighter"),
    ("ثلاثة وعشرين", "ثلاثة وعشرين", "cardinal", 23, None),
    ("ثلاثة و عشرين", "ثلاثة و عشرين", "cardinal", 23, None),
    ("إحدى وعشرين", "إحدى وعشرين", "cardinal", 21, None),
    ("واحد وثلاثون", "واحد وثلاثون", "cardinal", 31, None),
    ("خمسة وتسعين", "خمسة وتسعين", "cardinal", 95, None),
    ("ثَلاثَةٌ وَعِشْرُونَ", "ثَلاثَةٌ وَعِشْرُونَ", "cardinal", 23, None),
    # hundreds and duals
    ("مئة", "مئة", "cardinal", 100, None),
    ("مائة قتيل", "مائة", "cardinal", 100, "killed"),
    ("مئتان", "مئتان", "cardinal", 200, None),
    ("مائتين", "مائتين", "cardinal", 200, None),
    ("مئتي شخص", "مئتي", "cardinal", 200, "person"),
    ("ثلاثمائة", "ثلاثمائة", "cardinal", 300, None),
    ("ثلاث مئة", "ثلاث مئة", "cardinal", 300, None),
    ("خمسمئة", "خمسمئة", "cardinal", 500, None),
    ("مئة وخمسون", "مئة وخمسون", "cardinal", 150, None),
    ("تسعمئة وتسعة وتسعون", "تسعمئة وتسعة وتسعون", "cardinal", 999, None),
    ("خمسمئة وثلاثة وعشرين دينارا", "خمسمئة وثلاثة وعشرين", "cardinal", 523, "dinar"),
    # scales
    ("ألف", "ألف", "cardinal", 1000, None),
    ("ألفي شخص", "ألفي", "cardinal", 2000, "person"),
    ("ألفان", "ألفان", "cardinal", 2000, None),
    ("ألفين", "ألفين", "cardinal", 2000, None),
    ("ثلاثة آلاف", "ثلاثة آلاف", "cardinal", 3000, None),
    ("ثلاثة عشر ألفا", "ثلاثة عشر ألفا", "cardinal", 13000, None),
    ("مئة وخمسون ألفا", "مئة وخمسون ألفا", "cardinal", 150000, None),
    ("مئتي ألف", "مئتي ألف", "cardinal", 200000, None),
    ("سبعون ألف ليرة تركية", "سبعون ألف", "cardinal", 70000, "TRY"),
    ("مليون دولار", "مليون", "cardinal", 1000000, "USD"),
    ("مليوني نازح", "مليوني", "cardinal", 2000000, "displaced"),
    ("مليون وخمسمئة ألف", "مليون وخمسمئة ألف", "cardinal", 1500000, None),
    ("أربعة ملايين ونصف المليون", "أربعة ملايين ونصف المليون", "cardinal", 4500000, None),
    ("مليون ونصف لاجئ", "مليون ونصف", "cardinal", 1500000, "refugee"),
    ("مليار دولار", "مليار", "cardinal", 1000000000, "USD"),
    # scale words after digits
    ("2.5 مليون", "2.5 مليون", "cardinal", 2500000, None),
    ("15 ألف", "15 ألف", "cardinal", 15000, None),
    ("3 آلاف", "3 آلاف", "cardinal", 3000, None),
    ("3 ملايين و429 ألف دينار", "3 ملايين و429 ألف", "cardinal", 3429000, "dinar"),
    ("مليون و300 ألف دولار", "مليون و300 ألف", "cardinal", 1300000, "USD"),
    ("دفعت 1،5 مليون دولار", "1،5 مليون", "cardinal", 1500000, "USD"),
    ("165 مليون أورو", "165 مليون", "cardinal", 165000000, "EUR"),
    ("1.2 مليار دولار", "1.2 مليار", "cardinal", 1200000000, "USD"),
    ("٣٫٥ مليار", "٣٫٥ مليار", "cardinal", 3500000000, None),
    ("50 ليرة سورية", "50", "cardinal", 50, "SYP"),
    # fractions
    ("نصف", "نصف", "fraction", 0.5, None),
    ("النصف", "النصف", "fraction", 0.5, None),
    ("ربع", "ربع", "fraction", 0.25, None),
    ("ثلث", "ثلث", "fraction", 1 / 3, None),
    ("ثلثي", "ثلثي", "fraction", 2 / 3, None),
    ("ثلاثة أرباع", "ثلاثة أرباع", "fraction", 0.75, None),
    ("نصف مليون", "نصف مليون", "cardinal", 500000, None),
    ("ثلاثة ونصف", "ثلاثة ونصف", "cardinal", 3.5, None),
    # ordinals
    ("الأول", "الأول", "ordinal", 1, None),
    ("أول", "أول", "ordinal", 1, None),
    ("الثاني", "الثاني", "ordinal", 2, None),
    ("الثالث", "الثالث", "ordinal", 3, None),
    ("السابع", "السابع", "ordinal", 7, None),
    ("العاشرة", "العاشرة", "ordinal", 10, None),
    ("الثالث عشر", "الثالث عشر", "ordinal", 13, None),
    ("الثالثة عشرة", "الثالثة عشرة", "ordinal", 13, None),
    ("الحادي عشر", "الحادي عشر", "ordinal", 11, None),
    ("الثانية عشرة", "الثانية عشرة", "ordinal", 12, None),
    ("الحادي والعشرين", "الحادي والعشرين", "ordinal", 21, None),
    ("العشرين", "العشرين", "ordinal", 20, None),
    # vague quantities
    ("عشرات", "عشرات", "approximate", 10, None),
    ("العشرات", "العشرات", "approximate", 10, None),
    ("للعشرات", "عشرات", "approximate", 10, None),
    ("مئات", "مئات", "approximate", 100, None),
    ("والمئات", "المئات", "approximate", 100, None),
    ("بالمئات", "المئات", "approximate", 100, None),
    ("آلاف المدنيين", "آلاف", "approximate", 1000, "civilian"),
    ("الآلاف", "الآلاف", "approximate", 1000, None),
    ("ملايين الدولارات", "ملايين", "approximate", 1000000, "USD"),
    ("بضعة", "بضعة", "approximate", 3, None),
    ("بضع", "بضع", "approximate", 3, None),
    ("بضعة آلاف", "بضعة آلاف", "approximate", 3000, None),
    ("بضع مئات", "بضع مئات", "approximate", 300, None),
    ("عشرات الآلاف", "عشرات الآلاف", "approximate", 10000, None),
    ("مئات الآلاف", "مئات الآلاف", "approximate", 100000, None),
    ("عشرات من مقاتليها", "عشرات", "approximate", 10, "fighter"),
    ("مئات القتلى", "مئات", "approximate", 100, "killed"),
    ("المئات من عناصرها", "المئات", "approximate", 100, "member"),
    # qualifiers (the value and span are the number's; the qualifier is tested below)
    ("أكثر من 100 قتيل", "أكثر من 100", "cardinal", 100, "killed"),
    ("نحو 50 مقاتلا", "نحو 50", "cardinal", 50, "fighter"),
    ("قرابة ألف شخص", "قرابة ألف", "cardinal", 1000, "person"),
    ("حوالي ٣٠٠٠ شخص", "حوالي ٣٠٠٠", "cardinal", 3000, "person"),
    ("زهاء 200 عائلة", "زهاء 200", "cardinal", 200, "family"),
    ("ما يزيد عن 300 غارة", "ما يزيد عن 300", "cardinal", 300, "airstrike"),
    # ranges
    ("ما بين 20 و30 قتيلا", "ما بين 20 و30", "range", 20, "killed"),
    ("بين عشرة وعشرين", "بين عشرة وعشرين", "range", 10, None),
    ("١٠-١٥ قتيلا", "١٠-١٥", "range", 10, "killed"),
    ("عرض 30-35 مليون يورو", "30-35 مليون", "range", 30000000, "EUR"),
    ("ما بين 25 مليون إلى 96 مليون مشترك", "ما بين 25 مليون إلى 96 مليون", "range", 25000000, None),
    ("نحو 10 - 20 شخصا", "نحو 10 - 20", "range", 10, "person"),
    # the hamza of the original tells "وأحد" (and one) from "واحد"
    ("وأحد عشر", "أحد عشر", "cardinal", 11, None),
    ("قتل الاثنان", "الاثنان", "cardinal", 2, None),
]


@pytest.mark.parametrize(("text", "span", "kind", "value", "unit"), CASES, ids=[c[0] for c in CASES])
def test_expression(text, span, kind, value, unit):
    found = parse_numbers(text)
    assert [(m.text, m.kind, m.unit) for m in found] == [(span, kind, unit)]
    m = found[0]
    assert m.value == pytest.approx(value)
    assert type(m.value) is type(value)
    assert text[m.start:m.end] == m.text


def test_at_least_eighty_cases():
    assert len(CASES) >= 80


@pytest.mark.parametrize(
    "text",
    [
        "أحد أبناء مخيم النيرب",  # "one of"
        "يوم الأحد",  # Sunday
        "الاثنين",  # Monday
        "آل ثاني",  # a family name
        "لست أدري",  # "I am not", not ل + ست
        "مرة ثانية",  # "again"
        "BRxlYSrAP5s",  # digits inside a Latin id
        "عشراتهم",  # no number word inside a longer word
        "وأحد أبنائه",  # "and one of", which folds to "واحد"
        "حجز كمية من الذخيرة",  # ك + "مية" is "quantity"
        "وكميات كبيرة",
        "لقاحا ميّتا",  # "dead" folds to "مئتا" (200): a hundred needs its hamza
        "مية الجريبي",  # a name
        "الدور النصف النهائي",  # semi-final
        "قرعة ربع النهائي",  # quarter-final
        "9" * 31,  # an identifier or garbage, not a quantity
        "١" * 5000,  # past int()'s 4300-digit limit: no crash
        "",
        "   \n",
    ],
)
def test_not_a_number(text):
    assert parse_numbers(text) == []


@pytest.mark.parametrize(
    ("text", "qualifier", "qualifier_text"),
    [
        ("أكثر من 100 قتيل", "more_than", "أكثر من"),
        ("بأكثر من 100", "more_than", "أكثر من"),
        ("نحو 50 مقاتلا", "approx", "نحو"),
        ("حوالى 50", "approx", "حوالى"),
        ("قرابة 50", "approx", "قرابة"),
        ("أقل من 10 بالمئة", "less_than", "أقل من"),
        ("ما لا يقل عن 12 شخصا", "at_least", "ما لا يقل عن"),
        ("12 شخصا على الأقل", "at_least", "على الأقل"),
        ("50 مقاتلا تقريبا", "approx", "تقريبا"),
        ("ما بين 20 و30 قتيلا", "between", "ما بين"),
    ],
)
def test_qualifier(text, qualifier, qualifier_text):
    (m,) = parse_numbers(text)
    assert m.attrs["qualifier"] == qualifier
    assert m.attrs["qualifier_text"] == qualifier_text
    assert text[m.attrs["qualifier_start"]:m.attrs["qualifier_end"]] == qualifier_text


def test_range_bounds_and_unit_offsets():
    text = "قتل ما بين 20 و30 مقاتلاً"
    (m,) = parse_numbers(text)
    assert (m.kind, m.value, m.attrs["low"], m.attrs["high"], m.unit) == ("range", 20, 20, 30, "fighter")
    assert text[m.attrs["unit_start"]:m.attrs["unit_end"]] == m.attrs["unit_text"] == "مقاتلاً"


def test_kill_count_sentence():
    (m,) = parse_numbers("قتل 7 أشخاص")
    assert (m.text, m.value, m.unit, m.attrs["unit_text"]) == ("7", 7, "person", "أشخاص")


def test_several_in_one_sentence():
    text = "قتل ثلاثة وعشرون شخصا وأصيب 15 آخرون، ودمرت عشرات المنازل في الهجوم الثالث"
    assert [(m.text, m.kind, m.value, m.unit) for m in parse_numbers(text)] == [
        ("ثلاثة وعشرون", "cardinal", 23, "person"),
        ("15", "cardinal", 15, "person"),  # "آخرون": more of the persons counted before (session 32; "other" before)
        ("عشرات", "approximate", 10, "house"),
        ("الثالث", "ordinal", 3, None),
    ]


def test_two_numbers_not_glued():
    # "عشرة وعشرين" is not one Arabic number; without "بين" they are two
    assert [m.value for m in parse_numbers("عشرة وعشرين")] == [10, 20]
    assert [m.value for m in parse_numbers("46، 2016")] == [46, 2016]
    assert [m.text for m in parse_numbers("2011-2015")] == ["2011", "2015"]  # a period: left to the dates stage
    assert [m.kind for m in parse_numbers("20-11-1985")] == ["cardinal"] * 3  # a date, not a range


@pytest.mark.parametrize(
    ("text", "year_like"),
    [("عام 2016", True), ("2016 شخصا", False), ("2,016", False), ("1500", True), ("3000", False), ("46", False)],
)
def test_is_year_like(text, year_like):
    (m,) = parse_numbers(text)
    assert m.attrs["is_year_like"] is year_like


def test_find_numbers_on_normalized_string():
    norm = normalize("قُتِلَ أكثرُ من ٣٠ مدنيّاً في الثالث عشر من رمضان")
    found = find_numbers(norm)
    # issue #16: the qualifier is inside the span
    assert [(m.text, m.kind, m.value) for m in found] == [("اكثر من 30", "cardinal", 30), ("الثالث عشر", "ordinal", 13)]
    assert all(norm[m.start:m.end] == m.text for m in found)
    assert found[0].unit == "civilian"


def test_stage_offsets_and_parts():
    doc = Document("قُتِلَ ٤٦ مقاتلاً وجُرِحَ ثلاثةٌ وعشرون آخرون")
    make_stage()(doc)
    assert [(n.text, n.value, n.part) for n in doc.numbers] == [("٤٦", 46, "body"), ("ثلاثةٌ وعشرون", 23, "body")]
    for n in doc.numbers:
        assert doc.text[n.start:n.end] == n.text
        d = n.to_dict()
        assert {"start", "end", "text", "kind", "value"} <= set(d)


def test_stage_uses_extraction_regions():
    from arabnews.document import Region

    doc = Document("عنوان 5\nالنص 7 أشخاص")
    doc.regions = [Region(0, 7, "title"), Region(8, len(doc.text), "body")]
    doc.parts = ("body",)
    make_stage()(doc)
    assert [(n.text, n.part) for n in doc.numbers] == [("7", "body")]


@pytest.fixture(scope="module")
def seed_doc():
    return Pipeline(["numbers"])(SEED.read_text(encoding="utf-8"))


def test_seed(seed_doc):
    nums = [(n.text, n.kind, n.value) for n in seed_doc.numbers]
    assert nums.count(("46", "cardinal", 46)) == 2
    assert ("عشرات", "approximate", 10) in nums
    assert sum(1 for n in seed_doc.numbers if n.kind == "approximate" and n.value == 100) == 3
    assert all(seed_doc.text[n.start:n.end] == n.text for n in seed_doc.numbers)
    fighters = [n for n in seed_doc.numbers if n.text == "46" and n.unit == "fighter"]
    assert len(fighters) == 1 and fighters[0].attrs["unit_text"] == "مقاتلا"
    years = {n.value for n in seed_doc.numbers if n.attrs["is_year_like"]}
    assert years == {2012, 2014, 2016, 2017}


def test_seed_no_year_reported_with_dates_stage():
    pytest.importorskip("arabnews.extract.dates")
    from arabnews.extract import dates

    if not hasattr(dates, "make_stage"):
        pytest.skip("dates stage not written yet")
    doc = Pipeline(["numbers", "dates"])(SEED.read_text(encoding="utf-8"))
    assert not [n for n in doc.numbers if n.attrs.get("is_year_like")]
    assert sum(1 for n in doc.numbers if n.text == "46") == 2
    assert sum(1 for n in doc.numbers if n.kind == "approximate" and n.value == 100) == 3


def test_long_and_hostile_input_does_not_hang(no_hang):
    text = ("1," * 20000) + ("ثلاثة و" * 5000) + "٪" * 1000 + ("مئات " * 5000)
    with no_hang():
        numbers = parse_numbers(text)
    assert numbers


_PIECES = ["ثلاثة", "عشر", "ألف", "مليون", "ونصف", "المليون", "بين", "و", "أكثر من", "الثالث", "عشرات",
           "الآلاف", "مئتي", "بالمئة", "إلى", "أحد", "قتيلا", "1", "٢", "5", ".", ",", "،", "%", "٪", "-", " ",
           "\n", "\u064b", "\u0640", "\u200f", "ال", "ب"]


@given(st.lists(st.sampled_from(_PIECES), max_size=25).map("".join))
def test_any_mix_gives_exact_offsets(text):
    doc = make_stage()(Document(text))
    for n in doc.numbers:
        assert n.text and doc.text[n.start:n.end] == n.text
        assert isinstance(n.value, (int, float))
        for a, b in (("unit_start", "unit_end"), ("qualifier_start", "qualifier_end")):
            if a in n.attrs:
                assert 0 <= n.attrs[a] <= n.attrs[b] <= len(text)
