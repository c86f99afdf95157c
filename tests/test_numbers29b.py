"""Session 29, second part: negated and two-sided bounds, a measured noun between a comparative verb and its
number, magnitudes without "درجة", and the minute of a match.

Read by the numbers stage alone.  Sentences from ANT v1.1 (dev and the rest of the corpus) and their neighbours.
"""

from __future__ import annotations

import pytest

from arabnews import Pipeline

_PIPE = Pipeline(["numbers"])


def _numbers(text: str):
    return _PIPE(text, reference_date="2017-06-01").numbers


def _one(text: str, span: str):
    hits = [n for n in _numbers(text) if n.text == span]
    assert len(hits) == 1, [(n.text, n.kind, n.value, n.unit, n.attrs.get("qualifier")) for n in _numbers(text)]
    n = hits[0]
    assert (n.start, n.end) == (text.index(span), text.index(span) + len(span))
    if "unit_start" in n.attrs and n.attrs.get("unit_text") is not None:
        assert text[n.attrs["unit_start"]:n.attrs["unit_end"]] == n.attrs["unit_text"]
    return n


# a comparative verb after a negation (لا / لم / لن / ما لا) is the other bound: (text, span, value, qualifier,
# the qualifier's text)
NEGATED = [
    ("وأسفر عن وفاة طفل لم يتجاوز الـ14 من عمره", "لم يتجاوز الـ14", 14, "at_most", "لم يتجاوز"),
    ("اذ لم تتجاوز 69 ألف طن مقابل 237 ألف طن", "لم تتجاوز 69 ألف", 69_000, "at_most", "لم تتجاوز"),
    ("نسبة النمو لسنة 2016 لن تتخطى 1،4 ٪ في أحسن الحالات", "لن تتخطى 1،4 ٪", 1.4, "at_most", "لن تتخطى"),
    ("عدد الإصابات لم يتجاوز 16 حالة", "لم يتجاوز 16", 16, "at_most", "لم يتجاوز"),
    ("ولم يزد عن 7 ملايين", "لم يزد عن 7 ملايين", 7_000_000, "at_most", "لم يزد عن"),
    ("عدد لن يتجاوز 4 أشخاص", "لن يتجاوز 4", 4, "at_most", "لن يتجاوز"),
    ("بسعر لا يفوق 20 دينارا", "لا يفوق 20", 20, "at_most", "لا يفوق"),
    ("وارجاعه طبعا بما لا يقل على 300 الف دينار", "ما لا يقل على 300 الف", 300_000, "at_least", "ما لا يقل على"),
    ("بمبلغ لم تقل عن 200 دينار", "لم تقل عن 200", 200, "at_least", "لم تقل عن"),
    ("رواتب لن تقل عن ألف دينار", "لن تقل عن ألف", 1000, "at_least", "لن تقل عن"),
    # the past forms (ANT v1.1)
    ("إحدى الضحايا قدمت له مبالغ تجاوزت 18 ألف دينار", "تجاوزت 18 ألف", 18_000, "more_than", "تجاوزت"),
    ("وأنا مثقل بديون فاقت 53 مليون أورو", "فاقت 53 مليون", 53e6, "more_than", "فاقت"),
    ("سجلت نموا فاق 6 بالمائة مقارنة بالسنة الماضية", "فاق 6", 6, "more_than", "فاق"),
    ("فضلا عن شيكات بقيمة جاوزت 70 ألف دينار", "جاوزت 70 ألف", 70_000, "more_than", "جاوزت"),
    ("المشروع الذي تم إنجازه بكلفة ناهزت 30 ألف دينار", "ناهزت 30 ألف", 30_000, "approx", "ناهزت"),
    ("وذلك بنسبة قاربت 65 بالمائة", "قاربت 65", 65, "approx", "قاربت"),
    ("ما زاد عن 5 خيول وعن كل وحدة إضافية", "ما زاد عن 5", 5, "more_than", "ما زاد عن"),
    # the positive verbs stay more than / less than
    ("بحصيلة تتجاوز 100 قتيل", "تتجاوز 100", 100, "more_than", "تتجاوز"),
    ("بكلفة تقل عن 5 ملايين دينار", "تقل عن 5 ملايين", 5_000_000, "less_than", "تقل عن"),
]


@pytest.mark.parametrize(("text", "span", "value", "qualifier", "qualifier_text"), NEGATED,
                         ids=[c[0] for c in NEGATED])
def test_negated_qualifiers(text: str, span: str, value: float, qualifier: str, qualifier_text: str) -> None:
    n = _one(text, span)
    assert (n.value, n.attrs["qualifier"]) == (value, qualifier)
    assert text[n.attrs["qualifier_start"]:n.attrs["qualifier_end"]] == qualifier_text


# the measured noun (with a pronoun or the article) between the verb and the number: the qualifier is the verb with
# its preposition, outside the span (ANT v1.1: "تتجاوز قيمتها", "تقل أعمارهم عن", "لا يتجاوز دخلها")
SUBJECT = [
    ("أغنى 5 رجال في العالم يمتلكون ثروة إجمالية تتجاوز قيمتها 400 مليار دولار", "400 مليار", 400e9,
     "more_than", "تتجاوز"),
    ("الذين يحوزون صكوك حكومية لا تقل قيمتها عن ثلاثة ملايين دولار", "ثلاثة ملايين", 3e6, "at_least",
     "لا تقل قيمتها عن"),
    ("الضريبة على الشريحة التي لا يتجاوز دخلها 5.000 دينار في العام", "5.000", 5, "at_most", "لا يتجاوز"),
    ("إقامة مناطق لا تقل مساحتها عن 50 هكتار", "50", 50, "at_least", "لا تقل مساحتها عن"),
    ("وفتحت مراكز الاقتراع التي يناهز عددها 67 ألفاً في فرنسا", "67 ألفاً", 67_000, "approx", "يناهز"),
    ("صفقات أسلحة للسعودية تزيد قيمتها عن 100 مليار دولار", "100 مليار", 100e9, "more_than", "تزيد قيمتها عن"),
    ("أمام بعض المشاهدين، لم يتجاوز عددهم 3 أشخاص", "3", 3, "at_most", "لم يتجاوز"),
    ("اقتناء مسكن لا يفوق ثمنه 200 الف دينار", "200 الف", 200_000, "at_most", "لا يفوق"),
    ("نطاق لموقع لا يتجاوز سعره الـ 8 جنيهات", "8", 8, "at_most", "لا يتجاوز"),
    ("طائرة تتجاوز سرعتها 80 كلم في الساعة", "80", 80, "more_than", "تتجاوز"),
    ("زيادة بسيطة لم تتجاوز نسبتها 0،3 بالمائة", "0،3", 0.3, "at_most", "لم تتجاوز"),
]


@pytest.mark.parametrize(("text", "span", "value", "qualifier", "qualifier_text"), SUBJECT,
                         ids=[c[0] for c in SUBJECT])
def test_subject_between_verb_and_number(text: str, span: str, value: float, qualifier: str,
                                         qualifier_text: str) -> None:
    n = _one(text, span)
    assert (n.value, n.attrs["qualifier"]) == (value, qualifier)
    assert text[n.attrs["qualifier_start"]:n.attrs["qualifier_end"]] == qualifier_text


@pytest.mark.parametrize(("text", "span"), [
    ("يزيد عمره 5 سنوات عن أخيه", "5"),  # "يزيد" without its preposition compares nothing here
    ("تجاوز مرحلة 3 من البطولة", "3"),  # no measured noun
    ("يتجاوز عدد المشاركين 30", "30"),  # a noun in construct: two words between
    ("تقل عددهم 3", "3"),  # "تقل" is a qualifier only with its preposition
    ("الانتخابات البلدية لن تتجاوز سنة 2017", "2017"),  # a year ("سنة" folds as "سن" + ه)
    ("غرق قارب 30 مهاجرا قبالة السواحل", "30"),  # "قارب" is a boat as often as "it neared": not listed
])
def test_no_subject_qualifier(text: str, span: str) -> None:
    assert "qualifier" not in _one(text, span).attrs


# a lower and an upper bound joined by "و" are one range (Recognizers-Text's NumberRange spec and its neighbours):
# (text, span, low, high, unit, low_qualifier, high_qualifier)
BOUNDS = [
    ("هذا هو الرقم الذي أكبر من ١٠٠ وأصغر من ٣٠٠.", "أكبر من ١٠٠ وأصغر من ٣٠٠", 100, 300, None,
     "more_than", "less_than"),
    ("وص لا أكثر من ٥٠ ولا أقل من ٢٠.", "لا أكثر من ٥٠ ولا أقل من ٢٠", 20, 50, None, "at_least", "at_most"),
    ("بأسعار فوق 1000 وتحت 1500 دينار", "فوق 1000 وتحت 1500", 1000, 1500, "dinar", "more_than", "less_than"),
    ("بأسعار فوق 1000 دينار وتحت 1500 دينار", "فوق 1000 دينار وتحت 1500", 1000, 1500, "dinar",
     "more_than", "less_than"),
    ("أقل من 300 وأكثر من 100 شخص", "أقل من 300 وأكثر من 100", 100, 300, "person", "more_than", "less_than"),
    ("قروض لا تقل عن 5 ولا تزيد عن 10 آلاف دينار", "لا تقل عن 5 ولا تزيد عن 10 آلاف", 5000, 10_000, "dinar",
     "at_least", "at_most"),
    ("بنسبة أكثر من 10% وأقل من 20%", "أكثر من 10% وأقل من 20%", 10, 20, "percent", "more_than", "less_than"),
    ("على مسافة لا تقل عن 5 ولا تزيد عن 10 كيلومترات", "لا تقل عن 5 ولا تزيد عن 10", 5, 10, "km",
     "at_least", "at_most"),
    # two fractions, two ordinals (places)
    ("الرقم فوق الربع وتحت النصف", "فوق الربع وتحت النصف", 0.25, 0.5, None, "more_than", "less_than"),
    ("أعلى من العاشر وأدنى من الخامس عشر", "أعلى من العاشر وأدنى من الخامس عشر", 10, 15, None,
     "more_than", "less_than"),
]


@pytest.mark.parametrize(("text", "span", "low", "high", "unit", "low_q", "high_q"), BOUNDS,
                         ids=[c[0] for c in BOUNDS])
def test_two_bounds_are_one_range(text: str, span: str, low: float, high: float, unit: str | None, low_q: str,
                                  high_q: str) -> None:
    n = _one(text, span)
    assert (n.kind, n.value, n.attrs["low"], n.attrs["high"], n.unit) == ("range", low, low, high, unit)
    assert (n.attrs["qualifier"], n.attrs["low_qualifier"], n.attrs["high_qualifier"]) == ("between", low_q, high_q)
    assert n.attrs["qualifier_start"] == n.start


@pytest.mark.parametrize(("text", "spans"), [
    ("قتل أكثر من 30 شخصا وأصيب أقل من 10", ["أكثر من 30", "أقل من 10"]),  # a verb between
    ("أكثر من 100 قتيل وأقل من 50 جريحا", ["أكثر من 100", "أقل من 50"]),  # two units, the upper below
    ("أكثر من 300 شخص وأقل من 100 شخص", ["أكثر من 300", "أقل من 100"]),  # the upper bound below the lower
    ("أكثر من 20 شخصا وأكثر من 30 سيارة", ["أكثر من 20", "أكثر من 30"]),  # two lower bounds
    ("مدة لا تقل عن 5 ولا تزيد عن 10 سنوات", ["لا تقل عن 5", "10"]),  # a duration: the dates stage's
])
def test_no_range_of_bounds(text: str, spans: list[str]) -> None:
    found = [n for n in _numbers(text) if n.kind != "range"]
    assert [n.text for n in found] == spans
    assert not [n for n in _numbers(text) if n.kind == "range"]


# an earthquake's magnitude told without "درجة" (a Richter scale after it, or "بقوة" with a quake before)
MAGNITUDES = [
    ("هزة أرضية بقوة 4.5 على سلم ريختر ضربت المنطقة", "4.5", 4.5, "ريختر"),
    ("زلزال بقوة 6.2 على مقياس ريشتر يضرب اليابان", "6.2", 6.2, "ريشتر"),
    ("زلزال بقوة ٧٫١ ريختر", "٧٫١", 7.1, "ريختر"),
    ("زلزال بقوة 6.2 ضرب جنوب إيران", "6.2", 6.2, None),
    ("رجة أرضية بلغت قوتها 4.6 غرب الحدود التونسية", "4.6", 4.6, None),
    # "على" is folded to "علي": a magnitude in "درجة" with the scale after and no cue before (was deg)
    ("سجلت مصالح الرصد، وفق بلاغ للمعهد، 3.9 درجة على سلم ريشتر بالمركز", "3.9", 3.9, "درجة"),
    ("جنوب عين طاية, بشدة بلغت 7ر3 درجات على سلم ريشتر.", "7ر3", 3.7, "درجات"),
]


@pytest.mark.parametrize(("text", "span", "value", "unit_text"), MAGNITUDES, ids=[c[0] for c in MAGNITUDES])
def test_magnitudes(text: str, span: str, value: float, unit_text: str | None) -> None:
    n = _one(text, span)
    assert (n.value, n.unit, n.attrs["quantity"], n.attrs["scale"]) == (value, None, "magnitude", "richter")
    assert n.attrs.get("unit_text") == unit_text


def test_intensity_of_no_named_scale() -> None:
    n = _one("عاصفة بلغت شدتها 9 درجات", "9")
    assert (n.unit, n.attrs["quantity"], n.attrs["unit_text"]) == (None, "magnitude", "درجات")
    assert "scale" not in n.attrs
    assert _one("موجة حر بلغت الحرارة فيها شدتها 45 درجة", "45").unit == "Cel"  # a temperature told first


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("فريق بقوة 5 لاعبين", "5", "player"),  # "بقوة" with no quake
    ("ضغط بقوة 3 مرات على الزر", "3", "times"),
    ("سجل الزلزال 300 قتيل", "300", "killed"),  # a quake, no "بقوة"
])
def test_no_magnitude(text: str, span: str, unit: str) -> None:
    n = _one(text, span)
    assert n.unit == unit and n.attrs.get("quantity") != "magnitude"


# the minute of a match: digits after the definite "الدقيقة" (and after the dual or plural, each joined by و or a
# comma) are its ordinal, unit "min" (ANT v1.1 sports news)
MINUTES = [
    ("الفريق الفرنسي ضامنا لتأهله حتى الدقيقة 88، اذ كان يتأخر بنتيجة 1-3", ["88"], "الدقيقة"),
    ("وأضاف الثاني في الدقيقة 90+2 .", ["90"], "الدقيقة"),
    ("في الدقيقة الـ90 من المباراة", ["90"], "الدقيقة"),
    ("سجل ماهر الحناشي الهدف الثالث في الدقيقة 53 . و بهذا", ["53"], "الدقيقة"),
    ("سجل ثنائية في الدقيقة 03 و الدقيقة 38", ["03", "38"], "الدقيقة"),
    ("سجل هدفين في الدقيقتين 23 و67", ["23", "67"], "الدقيقتين"),
    ("رباعية في المقابلة في الدقائق 3 ، 16 و88", ["3", "16", "88"], "الدقائق"),
    ("ثم عادل للدقيقة 45", ["45"], "دقيقة"),
    # an ordinal word after the singular
    ("سجل زياد الجزيري في الدقيقة الخامسة وأضاف الثاني في الدقيقة 52", ["الخامسة", "52"], "الدقيقة"),
    ("في الدقيقة الحادية عشرة من الشوط الأول", ["الحادية عشرة"], "الدقيقة"),
]


@pytest.mark.parametrize(("text", "spans", "noun"), MINUTES, ids=[c[0] for c in MINUTES])
def test_minute_of_a_match(text: str, spans: list[str], noun: str) -> None:
    found = [n for n in _numbers(text) if n.unit == "min"]
    assert [n.text for n in found] == spans
    for n in found:
        assert n.kind == "ordinal" and n.attrs["unit_text"] == noun
        assert text[n.attrs["unit_start"]:n.attrs["unit_end"]] == noun


@pytest.mark.parametrize(("text", "span"), [
    ("لمدة 23 دقيقة", "23"),  # a number of minutes, the dates stage's
    ("في الدقيقتين 23 و67، وفاز 5 و4", "5"),  # the run ends at the first number no minute follows
    ("في الدقيقة 23 و5 لاعبين", "5"),  # after the singular no run
    ("خلال الدقيقة 2017", "2017"),  # above any match's minutes
    ("تتغير الأمور في الدقيقة الواحدة عشرات المرات", "الواحدة"),  # one minute, no ordinal
    ("في الدقائق الخمس الأولى", "الأولى"),  # after the plural no ordinal word
])
def test_no_minute(text: str, span: str) -> None:
    assert _one(text, span).unit != "min"
