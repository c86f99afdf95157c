"""Numbers families of session 25: a place of a ranking is its rank with the ranking's scope ("المرتبة 58 عالميا"),
"نيف" before or after a number (a few more than), a fraction before a percent word ("نصف في المئة"), and "وحدة"
counted when it says what it is a unit of (dwellings, plants, military units; a bare "وحدة" stays without a unit).

The sentences are from ANT v1.1 or written as pan-Arab news (Al Jazeera, BBC Arabic, Asharq Al-Awsat) write.
"""

from __future__ import annotations

import pytest

from number_cases import only as _only
from number_cases import unit_surface as _unit_surface


# -- ranks: digits after a ranking's place word, and its scope -----------------------------------------------------
@pytest.mark.parametrize(("text", "number", "value", "scope", "scope_text"), [
    # ANT v1.1
    ('تصنيف "غلوبال فاير باور": الجيش التونسي في المرتبة 58 عالميا', "58", 58, "world", "عالميا"),
    ("سب أحدث تقرير صادر عن مجلس الذهب العالمي، لتحتل تونس المركز 78 دوليا", "78", 78, "world", "دوليا"),
    ("مما جعل تونس تحتل المرتبة 51 عالميا والأولى إفريقيا في مجال المنشورات", "51", 51, "world", "عالميا"),
    ("مما جعل تونس تحتل المرتبة 51 عالميا والأولى إفريقيا في مجال المنشورات", "الأولى", 1, "africa", "إفريقيا"),
    ("وجاءت في المركز 31 دوليا والرابعة عربيا باحتياطي قدره", "الرابعة", 4, "arab", "عربيا"),
    ("وجاءت في المركز 31 دوليا والرابعة عربيا باحتياطي قدره", "31", 31, "world", "دوليا"),
    # pan-Arab wording: the article's tatweel, tanween, an ordinal word, other scopes
    ("تحتل السعودية المرتبة الـ 12 عالمياً في احتياطي الذهب", "12", 12, "world", "عالمياً"),
    ("حلت الإمارات في المركز الأول عربيا في مؤشر السعادة", "الأول", 1, "arab", "عربيا"),
    ("وتقدم المنتخب المغربي إلى المرتبة 11 عالميا", "11", 11, "world", "عالميا"),
    ("جاءت مصر في المرتبة ٣ إفريقيا", "٣", 3, "africa", "إفريقيا"),
    ("وحل الفريق في المركز 3 برصيد 40 نقطة", "3", 3, None, None),
    ("بالمرتبة 94 من أصل 180 دولة", "94", 94, None, None),
])
def test_rank(nlp, text: str, number: str, value: int, scope: str | None, scope_text: str | None) -> None:
    n = _only(nlp, text, number)
    assert (n.kind, n.value, n.unit, n.attrs.get("rank")) == ("ordinal", value, None, True)
    assert n.attrs.get("scope") == scope
    if scope_text is not None:
        assert text[int(n.attrs["scope_start"]):int(n.attrs["scope_end"])] == n.attrs["scope_text"] == scope_text


@pytest.mark.parametrize(("text", "number", "unit"), [
    ("وحل الفريق في المركز 3 برصيد 40 نقطة", "40", "point"),  # the points stay counted
    ("تراجعت تونس بنحو 12 مركزا بحسب أحدث ترتيب", "نحو 12", None),  # a move of places is no rank (session 24b)
    ("بلغ عدد المصابين 58 حالة في المركز الصحي", "58", "case"),
])
def test_not_a_rank(nlp, text: str, number: str, unit: str | None) -> None:
    n = _only(nlp, text, number)
    assert n.kind != "ordinal"
    assert n.unit == unit
    assert "rank" not in n.attrs


@pytest.mark.parametrize(("text", "number"), [
    # ANT v1.1 (held-out): a judge's grade, no place in a ranking
    ("تسمية الهادي القديري،القاضي من الرتبة الثالثة رئيسا أولا لمحكمة التعقيب", "الثالثة"),
    ("تعيين : *لزهر الجويلي ، قاضي من الرتبة الثالثة مكلفا عاما بنزاعات الدولة", "الثالثة"),
])
def test_grade_is_no_rank(nlp, text: str, number: str) -> None:
    n = _only(nlp, text, number)
    assert n.kind == "ordinal"
    assert "rank" not in n.attrs


def test_maghrebi_rank_word(nlp) -> None:
    n = _only(nlp, "المغرب يحتل الرتبة 123 عالميا في مؤشر التنمية البشرية", "123")
    assert (n.kind, n.attrs["rank"], n.attrs["scope"]) == ("ordinal", True, "world")


def test_rank_needs_the_place_word_right_before(nlp) -> None:
    text = "ويضم المركز الجديد 45 سريرا"
    n = _only(nlp, text, "45")
    assert (n.kind, n.unit) == ("cardinal", "bed")


# -- "نيف": a few more than ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "number", "value", "unit"), [
    ("قتل نيف وعشرون شخصا في الاشتباكات", "نيف وعشرون", 20, "person"),
    ("سقط نيف و30 قتيلا في القصف", "نيف و30", 30, "killed"),
    ("منذ نيف وأربعين عاما", None, None, None),  # a time span: the dates stage's
])
def test_nayyif_before(nlp, text: str, number: str | None, value: int | None, unit: str | None) -> None:
    if number is None:
        assert not [n for n in nlp(text).numbers if n.attrs.get("qualifier") == "more_than" and n.unit]
        return
    n = _only(nlp, text, number)
    assert (n.value, n.unit, n.attrs["qualifier"]) == (value, unit, "more_than")
    assert n.attrs["qualifier_text"] == "نيف"
    assert _unit_surface(text, n)


@pytest.mark.parametrize(("text", "number", "value", "post"), [
    ("يعمل في المصنع ألف ونيف", "ألف", 1000, "ونيف"),
    ("وبلغ عدد الحاضرين مائة ونيفا", "مائة", 100, "ونيفا"),
])
def test_nayyif_after(nlp, text: str, number: str, value: int, post: str) -> None:
    n = _only(nlp, text, number)
    assert (n.value, n.attrs["qualifier"], n.attrs["qualifier_text"]) == (value, "more_than", post)
    assert text[int(n.attrs["qualifier_start"]):int(n.attrs["qualifier_end"])] == post


# -- a fraction before a percent word -------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "number", "value", "percent_word"), [
    ("وتراجع معدل النمو بنسبة نصف في المئة خلال الربع الثالث", "نصف", 0.5, "في المئة"),
    ("رفع البنك المركزي سعر الفائدة بمقدار ربع في المائة", "ربع", 0.25, "في المائة"),
    ("وارتفع المؤشر بنسبة ثلاثة أرباع بالمئة", "ثلاثة أرباع", 0.75, "بالمئة"),
])
def test_fraction_percent(nlp, text: str, number: str, value: float, percent_word: str) -> None:
    n = _only(nlp, text, number)
    assert (n.kind, n.unit) == ("percent", "percent")
    assert n.value == pytest.approx(value)
    assert text[int(n.attrs["unit_start"]):int(n.attrs["unit_end"])] == percent_word


def test_fraction_without_percent_word(nlp) -> None:
    n = _only(nlp, "شربت نصف الكمية في المساء", "نصف")
    assert (n.kind, n.unit) == ("fraction", None)


# -- "وحدة" counted when it says what it is a unit of --------------------------------------------------------------
@pytest.mark.parametrize(("text", "number", "unit", "noun"), [
    ("مشيرة إلى أنه تم إلى حد الآن إنجاز 35 وحدة سكنية بالنسبة للقسط الأول", "35", "house", "وحدة سكنية"),  # ANT
    ("وافقت السلطات على بناء 1500 وحدة سكنية جديدة في المستوطنة", "1500", "house", "وحدة سكنية"),
    ("واعلن في السياق ذاته ان 10 وحدات تعليب مياه جديدة ستدخل طور الانتاج", "10", "plant", "وحدات تعليب"),  # ANT
    ("انطلاق مشروع إحداث 3 وحدات صناعية بمعتمدية فريانة", "3", "plant", "وحدات صناعية"),  # ANT
    ("وأغلقت 12 مصنعا أبوابها بسبب الأزمة", "12", "plant", "مصنعا"),
    ("ودفع الجيش بـ4 وحدات عسكرية إلى الحدود", "4", "military_unit", "وحدات عسكرية"),
])
def test_unit_of_something(nlp, text: str, number: str, unit: str, noun: str) -> None:
    n = _only(nlp, text, number)
    assert n.unit == unit
    assert _unit_surface(text, n) == noun


@pytest.mark.parametrize(("text", "number"), [
    ("ويتكون برنامج التصوير من 12 وحدة", "12"),  # a course's modules (session 24's choice, kept)
    ("وتبرع المواطنون بـ300 وحدة دم", "300"),  # blood units: "unit" alone says nothing
])
def test_bare_unit_word(nlp, text: str, number: str) -> None:
    assert _only(nlp, text, number).unit is None


# -- a rank after a rank: "… عربيا و18 دوليا" ------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "number", "value", "scope"), [
    # ANT v1.1 (gold reserves)
    ("حيث يقدر احتياطه من الذهب بـ286.8 طن ليأتي في المرتبة الثانية عربيا و18 دوليا فيما", "18", 18, "world"),
    ("واحتلت السعودية المرتبة الأولى عربيا والـ16 عالميا باحتياطات الذهب", "16", 16, "world"),
    ("وجاءت جامعة الملك فهد للبترول والمعادن في المركز الأول عربيًا و 173 عالميًا.", "173", 173, "world"),
])
def test_rank_after_rank(nlp, text: str, number: str, value: int, scope: str) -> None:
    n = _only(nlp, text, number)
    assert (n.kind, n.value, n.attrs.get("rank"), n.attrs.get("scope")) == ("ordinal", value, True, scope)


def test_count_after_rank_is_no_rank(nlp) -> None:
    n = _only(nlp, "احتل الفريق المرتبة الأولى و18 لاعبا شاركوا في البطولة", "18")
    assert (n.kind, n.unit) == ("cardinal", "player")


# -- "وربع" after a scale, as "ونصف" ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "number", "value", "unit"), [
    ("ويبلغ عدد سكان المدينة مليون وربع نسمة", "مليون وربع", 1_250_000, "person"),
    ("بتكلفة مليار وربع المليار دولار", "مليار وربع المليار", 1_250_000_000, "USD"),
    ("يعيش فيها نحو ثلاثة ملايين وربع لاجئ", "نحو ثلاثة ملايين وربع", 3_250_000, "refugee"),
    ("بلغ عدد المشاركين مليون ونصف شخص", "مليون ونصف", 1_500_000, "person"),
])
def test_scale_and_a_quarter(nlp, text: str, number: str, value: int, unit: str) -> None:
    n = _only(nlp, text, number)
    assert (n.value, n.unit) == (value, unit)


# -- the wounded told by their wounds ("أصيب 12 بجروح") -------------------------------------------------------------
@pytest.mark.parametrize(("text", "number", "noun"), [
    ("قتل 5 أشخاص وأصيب 12 بجروح في انفجار سيارة مفخخة في بغداد", "12", "بجروح"),
    ("وأسفر القصف عن مقتل 7 وإصابة 20 بجراح خطيرة", "20", "بجراح"),
    ("ونقل ٤ بحروق متفاوتة إلى المستشفى", "٤", "بحروق"),
])
def test_wounded_by_their_wounds(nlp, text: str, number: str, noun: str) -> None:
    n = _only(nlp, text, number)
    assert n.unit == "wounded"
    assert _unit_surface(text, n) == noun


def test_wounded_by_their_wounds_event(nlp) -> None:
    (event,) = nlp("قتل 5 أشخاص وأصيب 12 بجروح في انفجار سيارة مفخخة في بغداد أمس.").to_dict()["events"]
    assert (event["fatalities"]["value"], event["injured"]["value"]) == (5, 12)
