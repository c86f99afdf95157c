"""Numbers and dates families of session 33: a regnal ordinal is part of a ruler's or a pope's name, no number
("رمسيس الثاني", "لويس الرابع عشر", "الملك عبد الله الثاني"); years before the era are a year BC, not a duration
("لنحو 3250 عاما قبل الميلاد" → BC3250 APPROX, "قبل الميلاد بـ 500 عام"); units of length, area and mass with
Arabic-Indic digits and duals; an armed unit named by a day is no date ("كتيبة 17 فبراير") while the groups stage
keeps the brigade; days joined by و share the year written after the last ("يومي 20 نوفمبر و20 ديسمبر2014")."""

from __future__ import annotations

import pytest

from arabnews import Pipeline

REF = "2017-06-01"


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


def _numbers(nlp: Pipeline, text: str) -> list[tuple[str, object, str | None]]:
    doc = nlp(text, reference_date=REF)
    for n in doc.numbers:
        assert text[n.start:n.end] == n.text
    return [(n.text, n.value, n.unit) for n in doc.numbers]


def _dates(nlp: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    doc = nlp(text, reference_date=REF)
    for d in doc.dates:
        assert text[d.start:d.end] == d.text
    return [(d.text, d.value, d.mod) for d in doc.dates]


# -- 1. regnal ordinals ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "وتعود المقبرة إلى عهد الملك سيتي الثاني، والد الملك رمسيس الثاني.",  # Al-Ahram
    "وشيد القصر في عهد لويس الرابع عشر قبل أكثر من ثلاثة قرون.",
    "وأقام البابا فرنسيس الأول قداسا في استاد الدفاع الجوي بالقاهرة.",
    "واستقبل الملك عبد الله الثاني في قصر الحسينية وزير الخارجية الأمريكي.",  # Petra
    "وقال العاهل الأردني عبد الله الثاني إن القدس خط أحمر.",
    "وترأس البابا تواضروس الثاني، بابا الإسكندرية، صلاة الجنازة.",
    "وأعلن قصر باكنغهام وفاة الملكة إليزابيث الثانية عن 96 عاما.",
    "وأصدر الملك محمد السادس عفوا عن 415 شخصا بمناسبة عيد العرش.",  # MAP
    "وقع الانفجار في شارع محمد الخامس وسط العاصمة تونس.",
    "وجاء ذلك في رسالة من ملك فرنسا لويس السادس إلى البابا.",
    "وتم ترميم المسجد الذي بناه السلطان مراد الرابع عام 1040 للهجرة.",
    "ووصل البطريرك يوحنا العاشر إلى دمشق قادما من بيروت.",
])
def test_regnal_ordinal_is_no_number(nlp: Pipeline, text: str) -> None:
    assert [n for n in _numbers(nlp, text) if n[0].startswith("ال")] == []


@pytest.mark.parametrize("text, expected", [
    # ordinals that count or rank stay numbers, near a king's name too
    ("وهي المرة الثانية التي يزور فيها الملك سلمان القاهرة.", [("الثانية", 2, None)]),
    ("والتقى الملك سلمان للمرة الثانية بالرئيس التركي.", [("الثانية", 2, None)]),
    ("وزار الملك سلمان في اليوم الثاني للزيارة مدينة طوكيو.", [("الثاني", 2, None)]),
    ("ويأتي مانشستر سيتي الثاني برصيد 40 نقطة.", [("الثاني", 2, None), ("40", 40, "point")]),
    ("وحل المنتخب المغربي في المركز الثالث.", [("الثالث", 3, None)]),
    ("وقال النائب الأول لرئيس الوزراء إن", [("الأول", 1, None)]),
])
def test_counting_ordinal_stays(nlp: Pipeline, text: str, expected: list[tuple[str, object, str | None]]) -> None:
    assert _numbers(nlp, text) == expected


# -- 2. years before the era ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("عثر على تمثالين يرجع تاريخهما لنحو 3250 عاما قبل الميلاد، ويعود أحدهما للملك سيتي الثاني.",
     [("نحو 3250 عاما قبل الميلاد", "BC3250", "APPROX")]),
    ("ويعود تاريخ الموقع إلى حوالي ٢٠٠٠ سنة ق.م بحسب البعثة.", [("حوالي ٢٠٠٠ سنة ق.م", "BC2000", "APPROX")]),
    ("ويعود بناء المعبد إلى 2000 عام قبل الميلاد.", [("2000 عام قبل الميلاد", "BC2000", None)]),
    ("ويعود تاريخ المدينة إلى 50 عاما قبل الميلاد.", [("50 عاما قبل الميلاد", "BC0050", None)]),
    ("وتعود اللقى إلى أكثر من 500 عام قبل الميلاد.", [("أكثر من 500 عام قبل الميلاد", "BC0500", "BEFORE")]),
    ("ويعود تاريخها إلى ما قبل الميلاد بـ 500 عام.", [("قبل الميلاد بـ 500 عام", "BC0500", None)]),
    ("ويعود تاريخها إلى ما قبل الميلاد بحوالي 1500 عام.", [("قبل الميلاد بحوالي 1500 عام", "BC1500", "APPROX")]),
    ("وعاش الإنسان في الكهف منذ ألفي عام قبل الميلاد.", [("منذ ألفي عام قبل الميلاد", "BC2000", None)]),
    ("بني المعبد عام 300 ق.م في عهد البطالمة.", [("عام 300 ق.م", "BC0300", None)]),
    ("ازدهرت المدينة في القرن الخامس قبل الميلاد.", [("القرن الخامس قبل الميلاد", "BC04", None)]),
    # not before the era: a duration, a year ago
    ("واستمر حكم الأسرة 300 عام قبل أن تسقط.", [("300 عام", "P300Y", None)]),
    ("وصل إلى المدينة قبل عامين.", [("قبل عامين", "2015", None)]),
    ("وامتد الحكم عامين ونصف قبل الميلاد.", [("عامين ونصف", "P2Y6M", None)]),
])
def test_years_before_era(nlp: Pipeline, text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert _dates(nlp, text) == expected


def test_year_bc_attrs(nlp: Pipeline) -> None:
    d = nlp("ويعود إلى نحو 3250 عاما قبل الميلاد.", reference_date=REF).dates[0]
    assert (d.type, d.value, d.attrs.get("era"), "anchor" in d.attrs) == ("DATE", "BC3250", "BC", False)


# -- 3. units (Arabic-Indic digits, duals) ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("ويبلغ طول القطعة ٨٠ سنتيمترا وعرضها ٤٠ سم.", [("٨٠", 80, "cm"), ("٤٠", 40, "cm")]),
    ("وقع الزلزال على عمق ٣ كيلومترات وعلى بعد ١٠ كلم من المدينة.", [("٣", 3, "km"), ("١٠", 10, "km")]),
    ("وأتلفت النيران مساحة 20 هكتارا من الغابات.", [("20", 20, "ha")]),
    ("وتمتد الأرض على ٢٠ هكتارا و٥٠٠ متر مربع.", [("٢٠", 20, "ha"), ("٥٠٠", 500, "m2")]),
    ("وحجزت الجمارك شحنة وزنها 5 أطنان من المخدرات.", [("5", 5, "t")]),
    ("ويبلغ ارتفاع السور حوالي 8 أمتار.", [("حوالي 8", 8, "m")]),
    ("على بعد كيلومترين من الحدود.", [("كيلومترين", 2, "km")]),
    ("حفرة بعمق مترين تحت سطح الأرض.", [("مترين", 2, "m")]),
    ("وأتلف الحريق هكتارين من القمح.", [("هكتارين", 2, "ha")]),
])
def test_units(nlp: Pipeline, text: str, expected: list[tuple[str, object, str | None]]) -> None:
    assert _numbers(nlp, text) == expected


# -- 4. a unit named by a day; days sharing a written year ------------------------------------------------------------

def test_brigade_named_by_a_day(nlp: Pipeline) -> None:
    text = "وقال شهود إن طائرتين حربيتين قصفتا قاعدة لكتيبة 17 فبراير في بنغازي."
    doc = nlp(text, reference_date=REF)
    assert [d.text for d in doc.dates] == []
    assert [n.text for n in doc.numbers] == []
    assert [(g.text, g.id) for g in doc.groups] == [("كتيبة 17 فبراير", "february-17-brigade")]


@pytest.mark.parametrize("text", [
    "وهاجم مسلحو لواء 23 أكتوبر مواقع في المدينة.",
    "وأعلنت سرايا 14 يناير مسؤوليتها عن الهجوم.",
])
def test_unit_named_by_a_day_no_date_no_unit(nlp: Pipeline, text: str) -> None:
    doc = nlp(text, reference_date=REF)
    assert [d.text for d in doc.dates] == []
    assert [g.text for g in doc.groups if g.text[-1].isdigit()] == []


@pytest.mark.parametrize("text, expected", [
    ("وقع الهجوم يوم 17 فبراير الماضي في بنغازي.", [("يوم 17 فبراير الماضي", "2017-02-17")]),
    ("وتم اكتشاف مقبرتين يومي 20 نوفمبر و20 ديسمبر2014 ،تضم الأولى 3 جثث.",
     [("20 نوفمبر", "2014-11-20"), ("20 ديسمبر2014", "2014-12-20")]),
    ("وتجرى الانتخابات في 3 مارس و5 أبريل ٢٠١٥ .", [("3 مارس", "2015-03-03"), ("5 أبريل ٢٠١٥", "2015-04-05")]),
    ("خلال الليلة الفاصلة بين يومي 30 سبتمبر و 01 أكتوبر 2015 جرت مداهمات.",
     [("30 سبتمبر", "2015-09-30"), ("01 أكتوبر 2015", "2015-10-01")]),
    ("في 20 نوفمبر و5 نوفمبر 2014", [("20 نوفمبر", "2014-11-20"), ("5 نوفمبر 2014", "2014-11-05")]),
    ("زار الوفد البلاد في 28 ديسمبر و3 يناير 2016.", [("28 ديسمبر", "2015-12-28"), ("3 يناير 2016", "2016-01-03")]),
])
def test_days_share_year(nlp: Pipeline, text: str, expected: list[tuple[str, str]]) -> None:
    doc = nlp(text, reference_date=REF)
    assert [(d.text, d.value) for d in doc.dates if d.type == "DATE"] == expected
