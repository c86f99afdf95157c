"""Session 29: ages (a number of years that says how old someone is) and counted things of security news.

Ages are read by the numbers stage alone here: the dates stage decides apart whether it still reads such a
number as a duration (and owns its span).  Each case: (text, span, value, unit, attrs that must be present).
"""

from __future__ import annotations

import pytest

from arabnews import Pipeline

_PIPE = Pipeline(["numbers"])


def _one(text: str, span: str):
    doc = _PIPE(text, reference_date="2017-06-01")
    hits = [n for n in doc.numbers if n.text == span]
    assert len(hits) == 1, [(n.text, n.kind, n.value, n.unit) for n in doc.numbers]
    n = hits[0]
    assert (n.start, n.end) == (text.index(span), text.index(span) + len(span))
    if "unit_start" in n.attrs:
        assert text[n.attrs["unit_start"]:n.attrs["unit_end"]] == n.attrs["unit_text"]
    return n


AGES = [
    # an age noun before, with or without a verb of reaching between (ANT and pan-Arab wires)
    ("وتوفي شيخ يبلغ من العمر سبعين سنة بعد تعرضه لحادث مرور", "سبعين", 70, "a", {"unit_text": "سنة"}),
    ("ألقت الوحدات الأمنية القبض على عنصر سلفي تكفيري عمره 30 سنة بمنطقة الطابعي", "30", 30, "a", {}),
    ("نجحت طفلة تبلغ من العمر ٧ سنوات في اختطاف أضواء الشهرة", "٧", 7, "a", {"unit_text": "سنوات"}),
    ("وفاة المخرج عن عمر يناهز 72 عاما بعد صراع مع المرض", "72", 72, "a",
     {"unit_text": "عاما", "qualifier": "approx"}),
    ("توفي الأمير عن عمر ناهز 92 عاما.", "92", 92, "a", {}),
    ("مراهق لم يتجاوز عمره الـ 22 عاما", "22", 22, "a", {}),
    ("ممن تزيد أعمارهم عن 65 عاماً في أميركا", "65", 65, "a", {"unit_text": "عاماً"}),
    ("وتتزوج في عمر 106 سنوات", "106", 106, "a", {}),
    ("هربت من الدولة بعمر 14 عاما وبدأت حياتها", "14", 14, "a", {}),
    ("وتوفي الطفل البالغ عمره 3 أشهر بعد يومين", "3", 3, "mo", {"unit_text": "أشهر"}),
    ("رضيعة لاجئة تبلغ من العمر 40 يوما فقط", "40", 40, "d", {"unit_text": "يوما"}),
    ("الفئران التي بدأت ممارسة الرياضة في عمر 12 شهرا", "12", 12, "mo", {}),
    # an article adjective or ذو/ذات right before the number
    ("وتمكن حراس لوبن البالغة 48 عاما من سحبها", "48", 48, "a", {}),
    ("وليوناردو سانتوس ذو 25 سنة اصطدما بصخرة", "25", 25, "a", {}),
    ("للطالب ييت تورك ذات 10 سنوات", "10", 10, "a", {}),
    # brackets around a number of years alone, after a name
    ("واعتقل تامالت (42 عاماً) في الجزائر العاصمة", "42", 42, "a", {"unit_text": "عاماً"}),
    ("مقتل بائع السمك محسن فكري ( 31 عاما) في أكتوبر 2016", "31", 31, "a", {}),
    ("باستشهاد المواطن حسام الصوفي(24عاماً) من مدينة رفح", "24", 24, "a", {}),
    ("فكوفئت بالسجن مثل الطالب بشير نصر( 19 سنة)، أصيل منطقة المطوية", "19", 19, "a", {}),
    # "سن" right before it, with or without the unit
    ("تعاني فئة الأطفال دون سن 18. وقال", "18", 18, "a", {}),
    ("أكثر من 42 مليون طفل دون سن الخامسة يعانون من زيادة الوزن", "الخامسة", 5, "a", {}),
    ("تبدأ أدمغة النساء بالتراجع عند بلوغ سن 50 عاما", "50", 50, "a", {"unit_text": "عاما"}),
    ("وبرنامج للمغادرة الطوعية عن سن 57 سنة", "57", 57, "a", {}),
    ("وأن نصف الفلاحين تجاوزوا سن الـ60 سنة.", "60", 60, "a", {}),
    # an ordinal (or a number) before "من العمر/عمره": the years of age, a cardinal
    ("انتشر فيديو يظهر قطع رأس طفل في العاشرة من عمره", "العاشرة", 10, "a", {}),
    ("اعتقل تونسي في الرابعة والعشرين من عمره", "الرابعة والعشرين", 24, "a", {}),
    ("تعرضت فتاة في الخامسة عشرة من عمرها للاغتصاب", "الخامسة عشرة", 15, "a", {}),
    ("وذبح مديرا فيه يبلغ 54 من العمر", "54", 54, "a", {}),
]


@pytest.mark.parametrize("case", AGES, ids=[c[0][:30] for c in AGES])
def test_ages(case):
    text, span, value, unit, attrs = case
    n = _one(text, span)
    assert (n.kind, n.value, n.unit, n.attrs.get("quantity")) == ("cardinal", value, unit, "age")
    for name, expected in attrs.items():
        assert n.attrs.get(name) == expected, name


def test_age_ranges():
    text = "إيقاف 13 شخصا تتراوح أعمارهم بين 17 و 30 سنة و حجز 3 سيارات"
    n = _one(text, "بين 17 و 30")
    assert (n.kind, n.value, n.unit, n.attrs["low"], n.attrs["high"]) == ("range", 17, "a", 17, 30)
    assert n.attrs["unit_text"] == "سنة" and n.attrs["quantity"] == "age"
    n = _one("تتراوح أعمارهم بين خمسة وسبعة أعوام", "بين خمسة وسبعة")
    assert (n.kind, n.attrs["high"], n.unit) == ("range", 7, "a")
    # two ages told together are two numbers, each with the unit written after the second
    text = "إيقاف عنصرين يبلغان من العمر 22 و27 سنة بتهمة الانتماء"
    a, b = _one(text, "22"), _one(text, "27")
    assert (a.unit, b.unit, a.attrs["unit_text"], a.attrs["unit_start"]) == ("a", "a", "سنة", text.index("سنة"))
    assert b.attrs["quantity"] == "age"


NOT_AGES = [
    ("قضت 5 سنوات في السجن", "5"),  # a duration
    ("حكم عليه بالسجن 5 سنوات", "5"),
    ("منذ 5 سنوات", "5"),
    ("الرئيس عمر 30 عاما في الحكم", "30"),  # the name Omar, no age
    ("في العقد الثامن من عمره", "الثامن"),  # a decade of a life, no age in years
    ("راح ضحيتها شاب في نحو عقده الثالث من العمر", "الثالث"),
    ("مقابل 12343.4 مليون دينار ( 112 يوم) في الفترة ذاتها", "112"),  # days of imports in brackets
    ("وقضى 35 عاما من عمره في السجن", "35"),  # years of a life spent, a duration
    ("عمرها يتراوح بين 3.77 مليار و 4.24 مليار عام", "3.77 مليار"),  # a stone's age: no range, no age
]


@pytest.mark.parametrize("case", NOT_AGES, ids=[c[0][:30] for c in NOT_AGES])
def test_not_ages(case):
    text, span = case
    n = _one(text, span)
    assert n.unit is None and "quantity" not in n.attrs


COUNTED = [
    ("كما تم حجز عدد 124 ورقة نقدية من العملة التونسية", "124", "banknote", "ورقة نقدية"),
    ("مبلغ 140 دينار (7 أوراق نقدية من فئة 20 دينارا)", "7", "banknote", "أوراق نقدية"),
    ("فرنسي يدفع خطية مالية بـ 23 ألف قطعة نقدية من فئة سنت واحد", "23 ألف", "coin", "قطعة نقدية"),
    ("نجح فريق طبي في استخراج 915 عملة معدنية ابتلعتها سلحفاة", "915", "coin", "عملة معدنية"),
    ("تمكنت الوزارة من استرجاع 4330 قطعة أثرية تمت سرقتها", "4330", "artefact", "قطعة أثرية"),
    ("حجز 5 قطع أثرية بمنزل", "5", "artefact", "قطع أثرية"),
    ("حجز 38 بقرة مهرّبة من الجزائر", "38", "head_of_livestock", "بقرة"),
    ("مجموعة تعد 6 أبقار كان صاحبها", "6", "head_of_livestock", "أبقار"),
    ("سرقة 12 رأس غنم من ضيعة", "12", "head_of_livestock", "رأس"),
    ("في 2500 خرطوشة سجائر أجنبية مقلدة", "2500", "package", "خرطوشة سجائر"),
    # neighbours that keep their unit
    ("حجز 300 قطعة سلاح", "300", "weapon", "قطعة سلاح"),
    ("حجز 30 قطعة زطلة", "30", "piece", "قطعة"),
    ("حجز 50 خرطوشة صيد", "50", "round", "خرطوشة"),
    ("حجز 5 أطنان من الفارينة", "5", "t", "أطنان"),
]


@pytest.mark.parametrize("case", COUNTED, ids=[c[0][:30] for c in COUNTED])
def test_counted_things(case):
    text, span, unit, unit_text = case
    n = _one(text, span)
    assert (n.unit, n.attrs["unit_text"]) == (unit, unit_text)


def test_bare_sheets_stay_uncounted():
    # "أوراق" alone (papers, leaves) and "ورقة مالية" (a security) count no banknotes
    assert _one("قدم 5 أوراق للجنة", "5").unit is None
    assert _one("تداول 300 ورقة مالية في البورصة", "300").unit != "banknote"
