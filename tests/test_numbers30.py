"""Session 30: what is no quantity (model designations, number words inside names and ranks) and the counted
nouns war and aid news lacked.

Sentences in the style of other outlets (Reuters/AFP, Al Jazeera, Sudanese, Yemeni, Libyan, Iraqi and Syrian news,
phones and aircraft in tech and business news).  Each positive case gives the numbers that must be read (text, kind,
value, unit) and nothing else; the negatives check that the rules leave a count, a money code, a multiplication
or an office's ordinal alone.
"""

from __future__ import annotations

import pytest

from arabnews import Pipeline

_PIPE = Pipeline(["numbers"])


def _numbers(text: str) -> list[tuple[str, str, int | float, str | None]]:
    doc = _PIPE(text, reference_date="2024-03-10")
    for n in doc.numbers:
        assert text[n.start:n.end] == n.text
        if "unit_start" in n.attrs and n.attrs.get("unit_text") is not None:
            assert text[n.attrs["unit_start"]:n.attrs["unit_end"]] == n.attrs["unit_text"]
    return [(n.text, n.kind, n.value, n.unit) for n in doc.numbers]


# 1. Model and code designations: digits joined by a hyphen to a word, after a Latin word and a space, or after a
# listed maker or model word, name a model, not a count.
DESIGNATIONS = [
    ("تسلمت القوات الجوية المصرية 20 طائرة F-16 من الولايات المتحدة", [("20", "cardinal", 20, None)]),
    ("ونشرت روسيا قاذفات سو-24 وسو-34 في قاعدة حميميم", []),
    ("وقالت أنقرة إنها لن تتخلى عن منظومة إس-400 الروسية", []),
    ("وأكدت موسكو تسليم منظومات إس 400 إلى الهند", []),
    ("وضبطت الشرطة العراقية 7 بنادق AK-47 في البصرة", [("7", "cardinal", 7, "weapon")]),
    ("ودمرت المسيرات الأوكرانية دبابات T-72 وT-90", []),
    ("وأسقطت الدفاعات الجوية طائرة ميغ-29 فوق ريف إدلب", []),
    ("ونشرت واشنطن بطاريات باتريوت PAC-3 في بولندا", []),
    ("وسجلت وزارة الصحة اليمنية 300 إصابة بفيروس كوفيد-19", [("300", "cardinal", 300, "case")]),
    ("بعد جائحة كوفيد 19 تراجع النمو", []),
    ("وتحطمت طائرة بوينغ 737-800 تابعة للخطوط الإثيوبية", []),
    ("وتسلمت الشركة طائرتي إيرباص A320 والإيرباص 321", []),
    ("وأطلق الحوثيون طائرة شاهد-136 باتجاه السفينة", []),
    ("وأعلنت سامسونغ وقف مبيعات هاتف غالاكسي نوت 7 بعد حوادث البطاريات", []),
    ("وقالت آبل إن آيفون 15 سيطرح في الأسواق", []),
    ("وأسقطت الطائرة MH-17 فوق شرق أوكرانيا", []),
    ("وقال في مقابلة مع إذاعة Europe 1 الفرنسية", []),
    ("وتعمل الخدمة على أجهزة iOS 17 وأندرويد", []),
    ("وتقرر غلق الطريق السيارة أ-1 بين تونس ومساكن", []),
    ("وشنت قاذفات بي-52 وطائرات إف 16 غارات", []),
]


@pytest.mark.parametrize(("text", "expected"), DESIGNATIONS)
def test_model_designations_are_no_numbers(text: str, expected: list) -> None:
    assert _numbers(text) == expected


KEPT = [
    # a currency code before an amount is money, not a model
    ("وبلغت قيمة الصفقة USD 500 مليون", [("USD 500 مليون", "cardinal", 500_000_000, "USD")]),
    # the multiplication sign between two numbers
    ("ويبلغ الثمن 100 دينار (50 x 2)", [("100", "cardinal", 100, "dinar"), ("50", "cardinal", 50, None),
                                       ("2", "cardinal", 2, None)]),
    # a list of arms: a model's name then a count of the next item
    ("وحجز رشاش PKT 1 بندقية رشاشة و9 مسدسات", [("1", "cardinal", 1, "weapon"), ("9", "cardinal", 9, "weapon")]),
    ("وحجز رشاش من نوع PKM 4 بنادق آلية", [("4", "cardinal", 4, "weapon")]),
    # a dash between spaces is no model's hyphen
    ("الحصيلة - 12 قتيلا في قصف على خان يونس", [("12", "cardinal", 12, "killed")]),
    # a proclitic and a minus sign against the digits ("by −2.3 points")
    ("تراجعت نسبة التغطية ب-3ر2 نقاط", [("3ر2", "cardinal", 2.3, "point")]),
    # a range and a score written with a hyphen between digits
    ("وأصيب ما بين 10-15 شخصا", [("ما بين 10-15", "range", 10, "person")]),
    # a dash after a number's own word is a range's: the dates stage reads "28 أكتوبر-5 نوفمبر"
    ("وتقام الأيام من 28 أكتوبر-5 نوفمبر", [("28", "cardinal", 28, None), ("5", "cardinal", 5, None)]),
    # a cup ("كأس", folded as ك + "إس") keeps its number
    ("وفاز الفريق بكأس 5 مرات", [("5", "cardinal", 5, "times")]),
]


@pytest.mark.parametrize(("text", "expected"), KEPT)
def test_numbers_next_to_latin_words_or_hyphens_are_kept(text: str, expected: list) -> None:
    assert _numbers(text) == expected


# 2. Number words inside names: a rank's, a compound's, a person's.
NAMES = [
    "قال الفريق أول عبد الفتاح البرهان إن الجيش لن يتفاوض",
    "وأكد الفريق أول ركن شمس الدين كباشي أن القوات تقدمت",
    "واستشهد الملازم أول محمد في الاشتباكات",
    "وأصيب العريف أول علي والرقيب أول حسن بجروح",
    "وتمت ترقية المساعد أول إلى رتبة أعلى",
    "وأفاد الصول أول بالحرس الوطني أن الدورية وصلت",
    "وشارك أستاذ أول للتعليم الثانوي في الإضراب",
    "وتخرج برتبة ملازم ثاني من الكلية الحربية",
    "ورفضت حركة تحرير السودان جناح عبد الواحد نور المبادرة",
    "والتقى الوفد بالسيد عبد الأحد جمال الدين",
    "وارتفعت انبعاثات ثاني أكسيد الكربون في العالم",
    "وتوفي الرجل اختناقا بغاز أول أكسيد الكربون",
]


@pytest.mark.parametrize("text", NAMES)
def test_number_words_inside_names_are_no_numbers(text: str) -> None:
    assert _numbers(text) == []


ORDINALS_KEPT = [
    ("وقال النائب الأول لرئيس الوزراء العراقي", [("الأول", "ordinal", 1, None)]),
    ("وزار الرئيس المدينة لأول مرة منذ الحرب", [("أول", "ordinal", 1, None)]),
    ("وفاز الفريق الأول للنادي بالمباراة", [("الأول", "ordinal", 1, None)]),
    ("وتعد حلب ثاني أكبر مدينة في سوريا", [("ثاني", "ordinal", 2, None)]),
    ("وقتل جندي واحد في الهجوم", [("واحد", "cardinal", 1, "soldier")]),
    # "وصول" (arrival) is no rank "صول" with و
    ("وأعلنت الأمم المتحدة وصول أول قافلة مساعدات إلى غزة", [("أول", "ordinal", 1, None)]),
    ("وعين نائب ثاني لرئيس المجلس", [("ثاني", "ordinal", 2, None)]),
]


@pytest.mark.parametrize(("text", "expected"), ORDINALS_KEPT)
def test_ordinals_and_ones_outside_names_are_kept(text: str, expected: list) -> None:
    assert _numbers(text) == expected


# 3. A military formation's number is its name (no number since session 32; an ordinal before); a count of soldiers
# stays one.
FORMATIONS = [
    ("وأعلنت الفرقة 17 مشاة سيطرتها على المدينة", []),
    ("وهاجمت قوات الدعم السريع مقر اللواء 93 في سنجة", []),
    ("وفرد من الكتيبة 155 مشاة", []),
    ("وتحرك الفيلق 5 نحو الحدود", []),
    ("وقتل 17 جنديا من الفرقة", [("17", "cardinal", 17, "soldier")]),
]


@pytest.mark.parametrize(("text", "expected"), FORMATIONS)
def test_military_formations(text: str, expected: list) -> None:
    assert _numbers(text) == expected


# 4. Counted nouns: "مركبة" is a vehicle (not "مركب", a boat, + ه); what war and aid news count.
UNITS = [
    ("وضبطت القوات 28 مركبة محملة بالأسلحة", "28", "vehicle"),
    ("واستهدف الهجوم 3 مركبات عسكرية", "3", "vehicle"),
    ("وغرق 28 مركبا للهجرة غير النظامية", "28", "boat"),
    ("وأنقذ خفر السواحل 3 قوارب", "3", "boat"),
    ("وفككت الهندسة 12 عبوة ناسفة زرعها الحوثيون", "12", "explosive_device"),
    ("وعثر الجيش على 6 ألغام أرضية", "6", "explosive_device"),
    ("وتم تفكيك 13 لغما يدويا", "13", "explosive_device"),
    ("وحجزت 3 أحزمة ناسفة", "3", "explosive_device"),
    ("ونصبت المنظمة 40 خيمة للنازحين", "40", "tent"),
    ("وتخرج 150 خريجا من الأكاديمية", "150", "graduate"),
    ("وسلمت الوكالة 143 مولدا كهربائيا للمستشفيات", "143", "generator"),
]


@pytest.mark.parametrize(("text", "span", "unit"), UNITS)
def test_counted_nouns_of_war_and_aid_news(text: str, span: str, unit: str) -> None:
    hits = [n for n in _numbers(text) if n[0] == span]
    assert len(hits) == 1 and hits[0][3] == unit, _numbers(text)


def test_vague_count_of_graduates() -> None:
    assert _numbers("وتقدم لمئات الخريجين فرص عمل") == [("مئات", "approximate", 100, "graduate")]


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("وقتل مدنيان في قصف على الفاشر", "مدنيان", "civilian"),
    ("واعتقل صحفيان في صنعاء", "صحفيان", "journalist"),
    ("واصطدمت مركبتان عسكريتان", "مركبتان", "vehicle"),
    ("ونصبت خيمتان للإيواء", "خيمتان", "tent"),
])
def test_nominative_duals(text: str, span: str, unit: str) -> None:
    assert _numbers(text) == [(span, "cardinal", 2, unit)]


@pytest.mark.parametrize("text", [
    "ونظمت 3 مسيرات احتجاجية في الرباط",  # marches, not drones
    "ووزعت 5 عبوات مياه على الأسر",  # bottles, not explosive devices
    "وقصفت 3 طائرات حربية مواقع التنظيم",  # aircraft stay no counted noun (the actor of a strike)
])
def test_no_unit_for_look_alikes(text: str) -> None:
    units = [n[3] for n in _numbers(text)]
    assert units and units[0] not in ("explosive_device", "drone", "aircraft"), units


# 5. "نصف" before an adjective is the prefix "semi-" (it was half a vehicle in "بنادق نصف آلية").
@pytest.mark.parametrize("text", [
    "وحجزت الوحدات 4 بنادق نصف آلية",
    "وارتفعت واردات المواد نصف المصنعة",
    "وأصدر البنك تقريره نصف السنوي",
    "ونقلت وكالة أنباء فارس نصف الرسمية",
    "ويبلغ نصف قطر الدائرة مترين",
    "وعثر على جثة نصف مطمورة",
])
def test_semi_prefix_is_no_half(text: str) -> None:
    assert all(n[1] != "fraction" for n in _numbers(text)), _numbers(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("ويعيش نصف السكان تحت خط الفقر", [("نصف", "fraction", 0.5, "person")]),
    ("وخصصت الحكومة نصف مليون دينار", [("نصف مليون", "cardinal", 500_000, "dinar")]),
    ("وبلغ الفريق نصف النهائي", []),
])
def test_halves_kept(text: str, expected: list) -> None:
    assert _numbers(text) == expected
