"""Numbers families of session 24, second wave: pan-Arab money and measures (Gulf, Levantine, Egyptian, Iraqi,
Sudanese economic and casualty news, Arabic-Indic digits with the Arabic decimal and thousands separators ٫ ٬),
"خمس" before a definite noun as a fifth, residents counted ("آلاف السكان"), energy in MWh/GWh, the next things
counted after unit-less numbers over all of ANT v1.1 (centres; a Tunisian "مركز" of a competition is a post), and the
bracketed injuries of the one hurt most ("الأكثر تضررا من الاعتداء (3 إصابات)").

The sentences are from ANT v1.1 (the article's index in the 3,000 dev dump is noted) or written as Arab news
write.
"""

from __future__ import annotations

import pytest

from number_cases import only as _only
from number_cases import unit_surface as _unit_surface


# -- pan-Arab money and measures, Arabic-Indic digits and separators ----------------------------------------------
@pytest.mark.parametrize(("text", "number", "value", "unit", "unit_text"), [
    ("بلغت صادرات المملكة 250 مليار ريال سعودي خلال العام الماضي", "250 مليار", 250_000_000_000, "SAR", "ريال سعودي"),
    ("ارتفعت الإيرادات إلى ٣٫٥ مليار درهم إماراتي في الربع الأول", "٣٫٥ مليار", 3_500_000_000, "AED", "درهم إماراتي"),
    ("خصصت الحكومة ١٢٬٥٠٠ مليار دينار عراقي لدعم الرواتب", "١٢٬٥٠٠ مليار", 12_500_000_000_000, "IQD", "دينار عراقي"),
    ("وصل سعر الدولار إلى ١٥٬٠٠٠ ليرة لبنانية في السوق السوداء", "١٥٬٠٠٠", 15000, "LBP", "ليرة لبنانية"),
    ("هبطت العملة إلى 18.5 ليرة تركية للدولار الواحد", "18.5", 18.5, "TRY", "ليرة تركية"),
    ("رفع سعر الوقود إلى ٥٤٠ جنيها سودانيا للغالون", "٥٤٠", 540, "SDG", "جنيها سودانيا"),
    ("تراجع الدينار إلى 1460 دينارا عراقيا للدولار", "1460", 1460, "IQD", "دينارا عراقيا"),
    ("بلغ السعر ١٫٢٥٠ دينار كويتي", "١٫٢٥٠", 1.25, "KWD", "دينار كويتي"),
    ("يبلغ حجم الاقتصاد العالمي نحو 3.5 تريليون دولار", "نحو 3.5 تريليون", 3_500_000_000_000, "USD", "دولار"),
    ("بلغ سعر الدولار ٨٩٫٥ ألف ل.ل", "٨٩٫٥ ألف", 89500, "LBP", "ل.ل"),
    ("تنتج الحقول ٢٥٠ ألف برميل يوميا", "٢٥٠ ألف", 250000, "[bbl_us]", "برميل"),
    ("تبلغ مساحة المحمية ٢٣٠ كلم مربع", "٢٣٠", 230, "km2", "كلم مربع"),
    ("سجلت درجات الحرارة ٤٨ درجة مئوية في البصرة", "٤٨", 48, "Cel", "درجة مئوية"),
    ("تبلغ قدرة المحطة ٥٠٠ ميغاواط", "٥٠٠", 500, "MW", "ميغاواط"),
    # energy, not power: the hour after the unit (before, "ميغاواط" alone, MW)
    ("بلغ إنتاج المحطات 3 آلاف ميغاواط ساعة خلال الصيف", "3 آلاف", 3000, "MW.h", "ميغاواط ساعة"),
    ("ارتفع الاستهلاك إلى ٥٠٠ جيجاوات ساعة", "٥٠٠", 500, "GW.h", "جيجاوات ساعة"),
    ("بلغ استهلاك الأسرة 400 كيلوواط ساعي في الشهر", "400", 400, "kW.h", "كيلوواط ساعي"),
    # residents counted (before, no unit: "آلاف السكان")
    ("فر آلاف السكان من منازلهم هربا من القصف", "آلاف", 1000, "person", "السكان"),
    ("نزح عشرات الآلاف من السكان خلال أسبوع", "عشرات الآلاف", 10000, "person", "السكان"),
])
def test_pan_arab_amounts(nlp, text, number, value, unit, unit_text):
    n = _only(nlp, text, number)
    assert (n.value, n.unit) == (value, unit)
    assert _unit_surface(text, n) == unit_text


@pytest.mark.parametrize(("text", "number", "value", "qualifier"), [
    ("ارتفع معدل التضخم بنسبة ١٢٫٥٪ في أغسطس", "١٢٫٥٪", 12.5, None),
    ("انخفضت الأسهم بنسبة 2٫3 بالمئة", "2٫3", 2.3, None),
    ("بلغت النسبة ٪ ١٢ فقط", "٪ ١٢", 12, None),
    ("بلغت نسبة البطالة ٢٣٫٤ في المائة", "٢٣٫٤", 23.4, None),
])
def test_arabic_indic_percent(nlp, text, number, value, qualifier):
    n = _only(nlp, text, number)
    assert (n.kind, n.value, n.unit, n.attrs.get("qualifier")) == ("percent", value, "percent", qualifier)


@pytest.mark.parametrize(("text", "number", "value", "qualifier", "unit"), [
    ("قتل قرابة 300 شخص في الاشتباكات", "قرابة 300", 300, "approx", "person"),
    ("نزح زهاء ١٠ آلاف مدني من المدينة", "زهاء ١٠ آلاف", 10000, "approx", "civilian"),
    ("بلغت الخسائر ما يزيد عن 2 مليار دولار", "ما يزيد عن 2 مليار", 2_000_000_000, "more_than", "USD"),
    ("استقبل الميناء ما يربو على ٣٠٠ سفينة", "ما يربو على ٣٠٠", 300, "more_than", "boat"),
])
def test_pan_arab_qualifiers(nlp, text, number, value, qualifier, unit):
    n = _only(nlp, text, number)
    assert (n.value, n.attrs.get("qualifier"), n.unit) == (value, qualifier, unit)


# -- "خمس" before a definite noun is a fifth ----------------------------------------------------------------------
@pytest.mark.parametrize(("text", "kind", "value"), [
    ("يعيش خمس السكان تحت خط الفقر", "fraction", 0.2),
    ("منع عودة خمس الأزمات القلبية والجلطات", "fraction", 0.2),  # ANT
    ("وخمس الناخبين لم يصوتوا", "fraction", 0.2),
    # the cardinal: an indefinite noun after it, or the article on the number, or a scale after it
    ("قتلت خمس نساء في القصف", "cardinal", 5),
    ("وصل خمس الاف زائر إلى المهرجان", "cardinal", 5000),
])
def test_fifth_of(nlp, text, kind, value):
    (n,) = [n for n in nlp(text).numbers if n.text.startswith("خمس")]
    assert (n.kind, n.value) == (kind, value)


def test_five_with_article_stays_cardinal(nlp):
    n = _only(nlp, "شاركت الدول الخمس في القمة", "الخمس")
    assert (n.kind, n.value, n.unit) == ("cardinal", 5, "country")


# -- centres counted (the next family of the unit-less list over ANT) -------------------------------------------
@pytest.mark.parametrize(("text", "number", "value", "unit", "noun"), [
    ("وأشار إلى جاهزية 250 مركز تجميع و30 مخبر تعيير للصابة", "250", 250, "centre", "مركز"),  # dev 828
    ("كما تم إنجاز ما لا يقل عن 20 مركز متقدّم على الحدود", "ما لا يقل عن 20", 20, "centre", "مركز"),  # dev 1399
    ("حيث تم توفير 500 ألف عون لتأمين 65 ألف مركز اقتراع", "65 ألف", 65000, "centre", "مركز"),  # dev 2058
    ("خصصت اللجنة العامة للانتخابات البلدية 424 مركزا انتخابيا للنساء", "424", 424, "centre", "مركزا"),  # dev 1575
])
def test_centres(nlp, text, number, value, unit, noun):
    n = _only(nlp, text, number)
    assert (n.value, n.unit) == (value, unit)
    assert _unit_surface(text, n) == noun


def test_top_places_are_no_centres(nlp):
    # "the top three places" of a ranking (dev 1063); without an ordinal after them, three centres
    n = _only(nlp, "واحتلت السعودية المراكز الثلاثة الأولى عربيًا في القائمة", "الثلاثة")
    assert n.unit is None
    n = _only(nlp, "افتتحت المراكز الثلاثة في المدينة", "الثلاثة")
    assert n.unit == "centre"


# -- the bracketed injuries of the one hurt most ------------------------------------------------------------------
def test_one_body_injuries_in_brackets(nlp):
    text = ("كان قد عاد بعد ظهر اليوم الاربعاء العريف أول بالسجون والإصلاح الأكثر تضررا من الاعتداء (3 إصابات)، "
            "المقيم حاليا بالمستشفى")  # dev 2243
    n = _only(nlp, text, "3")
    assert n.unit == "injury"
    assert _unit_surface(text, n) == "إصابات"


@pytest.mark.parametrize("text", [
    "وكانت ولاية القصرين الأكثر تضررا (12 إصابة) تليها قفصة",  # a place: the injured there
    "وتوزعت الإصابات على سيدي بوزيد (12 إصابات) والقصرين",  # no one hurt most
])
def test_bracketed_injuries_of_a_place_count_the_wounded(nlp, text):
    n = _only(nlp, text, "12")
    assert n.unit == "wounded"


@pytest.mark.parametrize(("text", "number", "noun"), [
    # a Tunisian "مركز" is a post of an open competition or a vacancy (held-out 415; dev 2251)
    ("وقد حدد عدد المراكز المفتوحة، بحسب بلاغ صادر اليوم عن وزارة الصحة، بـ19 مركزا لفائدة وزارة الصحة",
     "19", "مركزا"),
    ("ان عدد المراكز الشاغرة بالمدارس الإبتدائية يقدر ب 10 آلاف مركز", "10 آلاف", "مركز"),
    ("أعلنت الوزارة عن مناظرة خارجية لانتداب أساتذة في 600 مركز", "600", "مركز"),
])
def test_posts_of_a_competition(nlp, text, number, noun):
    n = _only(nlp, text, number)
    assert n.unit == "post"
    assert _unit_surface(text, n) == noun


def test_residents_in_construct_stay_for_the_events_stage(nlp):
    # "سكان" in construct is the number's unit since session 31 (person); the events stage still reads no other
    # crowd than before (dev 1242)
    n = _only(nlp, "وبعد ظهر الأحد تجمع المئات من سكان المدينة أمام مطعم", "المئات")
    assert (n.unit, n.attrs["unit_text"]) == ("person", "سكان")


@pytest.mark.parametrize(("text", "number"), [
    # places of a ranking, no centres (dev 2496)
    ("مضيفا ان تونس تراجعت بنحو 12 مركزا بحسب أحدث ترتيب أعدته المجلة", "نحو 12"),
    ("وتقدمت تونس 5 مراكز في التصنيف العالمي للجامعات", "5"),
])
def test_places_of_a_ranking(nlp, text, number):
    n = _only(nlp, text, number)
    assert n.unit is None
    assert "unit_start" not in n.attrs
