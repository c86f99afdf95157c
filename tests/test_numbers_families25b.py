"""Numbers families of session 25b: events counted by their dual ("اعتدائين بالغاز" → 2 attack, "هجومين",
"تفجيران", "عمليتين", "غارتين"), as the people and things of ``counted_duals`` are; digits before "مائة"; "وحدات من"
+ a force; "بضع وعشرون".

The sentences are from ANT v1.1 or written as pan-Arab news (Al Jazeera, BBC Arabic, Asharq Al-Awsat) write.
"""

from __future__ import annotations

import pytest

from number_cases import only as _only
from number_cases import unit_surface as _unit_surface


# -- events counted by their dual --------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "dual", "unit"), [
    # ANT v1.1
    ('و98 عملية سرقة واعتدائين بالغاز المسيل للدموع و12 حالة', "اعتدائين", "attack"),
    ("استشهد صباح اليوم 3 أمنيين في هجومين ارهابيين منفصلين استهدف الاول", "هجومين", "attack"),
    ("أفادت وسائل إعلام بريطانية بأنه سمع دوي انفجارين و إطلاق نار داخل قاعة", "انفجارين", "explosion"),
    ("تفجيران انتحاريان يستهدفان فرعين أمنيين في حمص", "تفجيران", "explosion"),
    ("مقتل 25 شخصا على الاقل في تفجيرين بمدينة حمص", "تفجيرين", "explosion"),
    ('الجيش قتل "إرهابيين اثنين" واعتقل ثلاثة آخرين في عمليتين منفصلتين شمال شرق البلاد', "عمليتين", "operation"),
    ("ابنه تدخل لفضّ الخلاف لكنه تلقى طعنتين", "طعنتين", "stab"),
    # pan-Arab wording: the nominative, the hamza on its seat, feminine nouns
    ("وشنت طائرات التحالف غارتين على مواقع التنظيم", "غارتين", "airstrike"),
    ("ووقع اعتداءان على مركزين للشرطة", "اعتداءان", "attack"),
    ("ونفذ التنظيم هجمتين على مواقع الجيش", "هجمتين", "attack"),
    ("وأسفر حادثان مروريان منفصلان عن مقتل شخص", "حادثان", "accident"),
    ("وأعلن الحرس الثوري عن عمليتان نوعيتان", "عمليتان", "operation"),
])
def test_event_dual(nlp, text: str, dual: str, unit: str) -> None:
    n = _only(nlp, text, dual)
    assert (n.kind, n.value, n.unit, n.attrs["dual"]) == ("cardinal", 2, unit, True)
    assert _unit_surface(text, n) == dual


def test_event_dual_adjective_is_one_count(nlp) -> None:
    # "تفجيران انتحاريان", "هجومين ارهابيين": the adjective of the dual is no second count
    text = "تفجيران انتحاريان يستهدفان فرعين أمنيين في حمص"
    assert [(n.text, n.value, n.unit) for n in nlp(text).numbers] == [("تفجيران", 2, "explosion")]


@pytest.mark.parametrize("text", [
    "وأدان الرئيس الهجومين على الكنيستين",  # the two attacks already told: no count
    "وتبنى التنظيم الهجمات والتفجيرات في المدينة",  # plurals
    "وقعت الحادثة قبل يومين",  # a time dual is the dates stage's
    "تكررت الاعتداءات مرتين",  # twice
    "وتستمر العملية أسبوعين",
])
def test_no_event_dual(nlp, text: str) -> None:
    assert [n for n in nlp(text).numbers if n.attrs.get("dual")] == []


def test_event_dual_after_digits(nlp) -> None:
    # a dual after its digits is the unit of the digits, no second count
    text = "سجلت الوحدات الأمنية 2 اعتدائين على الأعوان"
    (n,) = nlp(text).numbers
    assert (n.text, n.value, n.unit, _unit_surface(text, n)) == ("2", 2, "attack", "اعتدائين")


# -- the rank gate: a text with no place word of a ranking still reads an ordinal's scope ---------------------------
def test_rank_without_place_word(nlp) -> None:
    text = "وحلت تونس الأولى إفريقيا و18 عالميا في مؤشر الابتكار"
    first, second = _only(nlp, text, "الأولى"), _only(nlp, text, "18")
    assert (first.kind, first.value, first.attrs.get("rank"), first.attrs.get("scope")) == (
        "ordinal", 1, True, "africa")
    assert (second.kind, second.value, second.attrs.get("rank"), second.attrs.get("scope")) == (
        "ordinal", 18, True, "world")


def test_no_rank_word_no_rank(nlp) -> None:
    # digits after a rank's place word of another region of the text: the gate is the document's, the rule the same
    text = "احتلت تونس المرتبة 95 عالميا. وتم حجز 12 سيارة و18 دراجة"
    assert _only(nlp, text, "95").attrs.get("rank") is True
    assert "rank" not in _only(nlp, text, "18").attrs


# -- digits before "مائة"/"مئة": hundreds, as "ثلاث مئة" is ------------------------------------------------------
@pytest.mark.parametrize(("text", "number", "value"), [
    ("بلغ عدد الزوار ٤ آلاف و ٣ مائة زائر", "٤ آلاف و ٣ مائة", 4300),
    ("رصدت الوزارة 5 آلاف و2 مئة دينار للمشروع", "5 آلاف و2 مئة", 5200),
    ("وتم توزيع 3 مائة حقيبة مدرسية", "3 مائة", 300),
    ("جمع المتطوعون ٧ مئة توقيع", "٧ مئة", 700),
])
def test_digits_hundred(nlp, text: str, number: str, value: int) -> None:
    n = _only(nlp, text, number)
    assert (n.kind, n.value) == ("cardinal", value)


def test_digits_then_hundred_in_words_repeat(nlp) -> None:
    # ANT v1.1: "100 مائة" says one number twice (digits, then words), no ten thousand
    text = "نحن نسعى إلى تطوير برنامج يحول 100 مائة كلمة في الدقيقة"
    assert [(n.text, n.value) for n in nlp(text).numbers] == [("100", 100), ("مائة", 100)]
    # a percent after a digit stays a percent
    assert [(n.text, n.value, n.unit) for n in nlp("ارتفعت الأسعار 5 بالمائة").numbers] == [("5", 5, "percent")]


# -- "وحدات من" + a named force: units of it -----------------------------------------------------------------------
@pytest.mark.parametrize(("text", "number", "noun"), [
    ("وتدخلت 3 وحدات من الحرس الوطني لتفريق المحتجين", "3", "وحدات من الحرس"),
    ("وأرسلت الوزارة 4 وحدات من الجيش الوطني إلى المنطقة", "4", "وحدات من الجيش"),
    ("ونشرت السلطات ست وحدات من حرس الحدود", "ست", "وحدات من حرس"),
])
def test_units_of_a_force(nlp, text: str, number: str, noun: str) -> None:
    n = _only(nlp, text, number)
    assert (n.unit, _unit_surface(text, n)) == ("military_unit", noun)


def test_units_of_no_force(nlp) -> None:
    assert _only(nlp, "باعت الشركة 7 وحدات من الإنتاج", "7").unit is None
    assert _only(nlp, "تدخلت 5 وحدات من الحماية المدنية", "5").unit is None


# -- "بضع وعشرون": tens and a few, as "بضعة عشر" is thirteen -------------------------------------------------------
@pytest.mark.parametrize(("text", "number", "value"), [
    ("قتل بضعة وعشرون شخصا في الهجوم", "بضعة وعشرون", 23),
    ("واعتقلت الشرطة بضع وثلاثين متظاهرا", "بضع وثلاثين", 33),
])
def test_few_and_tens(nlp, text: str, number: str, value: int) -> None:
    n = _only(nlp, text, number)
    assert (n.kind, n.value) == ("approximate", value)


def test_few_and_the_tens(nlp) -> None:
    # "والعشرون" with the article is an ordinal of its own, no tens of "بضعة"
    assert [(n.text, n.kind) for n in nlp("وصل بضعة والعشرون").numbers] == [("بضعة", "approximate"),
                                                                         ("العشرون", "ordinal")]
