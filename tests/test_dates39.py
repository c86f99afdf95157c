"""Session 39: dates families read on real news (ANT v1.1), reference day 2017-06-01.

- a month joined by "و" to a month before it across a bracketed aside ("خلال شهري جويلية (3،7 بالمائة) وأكتوبر
  (3،9 بالمائة)", ANT 724);
- an ambiguous weekday (الجمعة, الأحد, الاثنين) as the subject of a day's rank ("أن الجمعة هو المتمم لشهر شعبان",
  ANT 441; "أن الاثنين سيكون أول أيام العيد": a future copula reads the coming day).
"""

from __future__ import annotations

import pytest

from arabnews import Pipeline

NLP = Pipeline(["numbers", "dates"])
REF = "2017-06-01"  # a Thursday
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _dates(text: str) -> list[tuple[str, int, str | None]]:
    out = NLP(text, reference_date=REF).to_dict()["dates"]
    for d in out:
        assert text[d["start"]:d["end"]] == d["text"]
    return [(d["text"], d["start"], d["value"]) for d in out]


def _at(text: str, span: str, nth: int = 0) -> int:
    pos = -1
    for _ in range(nth + 1):
        pos = text.index(span, pos + 1)
    return pos


# -- a month after a bracketed aside ----------------------------------------------------------------------------

ANT_724 = ("وسجل ارتفاعا خلال شهري سبتمبر وديسمبر 2016 (4،2 المائة) مقابل تراجع خلال شهري جويلية (3،7 بالمائة) "
           "وأكتوبر (3،9 بالمائة)، وفق المؤشرات الأخيرة للمعهد الوطني للإحصاء.")


@pytest.mark.parametrize("digits", [str.maketrans("", ""), INDIC])
def test_month_after_an_aside(digits: dict[int, int]) -> None:
    text = ANT_724.translate(digits)
    assert _dates(text)[2:] == [("شهري جويلية", _at(text, "شهري", 1), "2016-07"),
                                ("أكتوبر", _at(text, "أكتوبر"), "2016-10")]  # the year of the months before


def test_months_listed_with_asides() -> None:
    text = "تراجع الإنتاج خلال أشهر جانفي (2 بالمائة) وفيفري (3 بالمائة) ومارس (4 بالمائة)."
    assert _dates(text) == [("أشهر جانفي", _at(text, "أشهر"), "2017-01"), ("فيفري", _at(text, "فيفري"), "2017-02"),
                            ("مارس", _at(text, "مارس"), "2017-03")]


def test_levantine_and_egyptian_months_after_an_aside() -> None:
    text = "وارتفعت الصادرات في نيسان (بنسبة 4 في المئة) وأيار الماضيين."
    assert [d[0] for d in _dates(text)] == ["نيسان", "أيار الماضيين"]
    text = "سجلت الصادرات تراجعا في أبريل (٣٫٢ بالمئة) ومايو"
    assert _dates(text) == [("أبريل", _at(text, "أبريل"), "2017-04"), ("مايو", _at(text, "مايو"), "2017-05")]


def test_no_month_after_an_aside_without_a_month_before() -> None:
    # "مارس" is a verb here: no month before the aside
    assert _dates("قال محمد (35 سنة) ومارس الضغط على الحكومة") == []


# -- a weekday as the subject of a day's rank -------------------------------------------------------------------

ANT_441 = ("ومن بين هذه الدول الإمارات والبحرين واليمن والكويت والسعودية والعراق ولبنان، حيث أشارت إلى أن الجمعة هو "
           "المتمم لشهر شعبان وأن يوم السبت أول أيام شهر رمضان المبارك.")


def test_friday_completes_shaaban() -> None:
    found = _dates(ANT_441)
    assert ("الجمعة", _at(ANT_441, "الجمعة"), "2017-05-26") in found


@pytest.mark.parametrize(("text", "span", "value"), [
    # future copula; the Eid it names (session 45): 2017's on a Monday, a day after Umm al-Qura's Sunday 25 June
    ("وأكد أن الاثنين سيكون أول أيام عيد الفطر.", "الاثنين", "2017-06-26"),
    ("وأعلن أن الإثنين هو آخر يوم لتقديم الترشحات.", "الإثنين", "2017-05-29"),
    ("وقال إن الأحد أول أيام الاقتراع.", "الأحد", "2017-05-28"),
    ("وأعلن أن الجمعة ثاني أيام العيد.", "الجمعة", "2017-05-26"),
    # the holiday it names (session 47): 20 March 2016 was a Sunday
    ("أن الأحد يصادف ذكرى الاستقلال.", "الأحد", "2016-03-20"),
    ("وأعلنت الهيئة أن السبت سيكون أول أيام شهر رمضان.", "السبت", "2017-06-03"),
])
def test_weekday_subject_of_a_days_rank(text: str, span: str, value: str) -> None:
    assert (span, _at(text, span), value) in _dates(text)


@pytest.mark.parametrize("text", [
    "وأكد إن الاثنين هما أول من وصل إلى المكان.",  # the two
    "في منطقة واد الجمعة هو أول من تضرر.",  # a place
    "وأدى صلاة الجمعة هي أول ما يقوم به.",  # the prayer
    "وأكد أن الاثنين اتفقا على مواصلة العمل.",  # the two
])
def test_no_weekday(text: str) -> None:
    assert not any(d[0] in ("الجمعة", "الاثنين") for d in _dates(text))


# -- read in ANT 9200-9290 ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "أعلن المدرب اعتزال مهنة التدريب بكرة القدم نهائيا وذلك بسبب مشاكل تتعلق بعائلته.",  # ANT 9228
    "وسجل الهدف الثاني بكرة عرضية من الجهة اليمنى.",
    "فاز الفريق بكرة السلة على منافسه.",
])
def test_a_ball_is_no_tomorrow(text: str) -> None:
    assert _dates(text) == []


@pytest.mark.parametrize(("text", "span", "value"), [
    ("قال: بكرة الصبح نمشي للسوق", "بكرة الصبح", "2017-06-02TMO"),
    ("قال سنعود بكرة إن شاء الله", "بكرة", "2017-06-02"),
    ("نلتقي بكرا العصر في المقهى", "بكرا العصر", "2017-06-02TAF"),
])
def test_colloquial_tomorrow_stays(text: str, span: str, value: str) -> None:
    assert _dates(text) == [(span, _at(text, span), value)]


@pytest.mark.parametrize(("text", "span", "value"), [
    # ANT 9210: a day later in the reference's month is this year's
    ("المباراة الأولى يواجه فيها المنتخب الكامروني منتخب تشيلي يوم 18 جوان القادم", "يوم 18 جوان القادم",
     "2017-06-18"),
    ("وستقام المباراة يوم ٢٠ يونيو المقبل في موسكو", "يوم ٢٠ يونيو المقبل", "2017-06-20"),
    ("ويعقد المؤتمر في 15 حزيران القادم", "15 حزيران القادم", "2017-06-15"),
    # not later this month: next year's, as before
    ("يوم 1 جوان القادم", "يوم 1 جوان القادم", "2018-06-01"),
    ("يوم 18 جوان الماضي", "يوم 18 جوان الماضي", "2016-06-18"),
    # another month: unchanged
    ("سيواجه فريق الافيس برشلونة في الدور النهائي يوم 27 ماي القادم", "يوم 27 ماي القادم", "2018-05-27"),
    ("في 20 ماي الماضي", "20 ماي الماضي", "2017-05-20"),
])
def test_day_of_the_reference_month_with_a_relative(text: str, span: str, value: str) -> None:
    assert _dates(text) == [(span, _at(text, span), value)]


@pytest.mark.parametrize(("text", "span", "value"), [
    # an ordinal right after a definite feminine noun is its adjective (ANT 9268, 8489): the part of the day alone
    ("تجتمع ودادية رؤساء أندية الرابطة الثالثة صباح اليوم مع رئيس الجامعة", "صباح اليوم", "2017-06-01TMO"),
    ("في حين تمت إحالة الطفلة الثانية صباح اليوم إلى فرقة الشرطة العدلية", "صباح اليوم", "2017-06-01TMO"),
    ("وانطلقت الدورة الخامسة مساء أمس بالعاصمة", "مساء أمس", "2017-05-31TEV"),
])
def test_ordinal_adjective_is_no_hour(text: str, span: str, value: str) -> None:
    assert _dates(text) == [(span, _at(text, span), value)]


@pytest.mark.parametrize(("text", "span", "value"), [
    ("وقع الانفجار الثالثة صباح اليوم", "الثالثة صباح اليوم", "2017-06-01T03:00"),  # after a masculine noun
    ("على الساعة الثالثة صباح اليوم", "الساعة الثالثة صباح اليوم", "2017-06-01T03:00"),
    # ANT 2767: the mask starts at the qualifier, not right after the noun
    ("اقتحام مجموعة من المنحرفين فضاء المؤسسة في حدود الحادية عشرة صباحا، مستعملين السكاكين",
     "في حدود الحادية عشرة صباحا", "T11:00"),
    ("وصل الوفد المدينة حوالي الحادية عشرة صباحا", "حوالي الحادية عشرة صباحا", "T11:00"),
])
def test_hours_stay(text: str, span: str, value: str) -> None:
    assert _dates(text) == [(span, _at(text, span), value)]


@pytest.mark.parametrize(("text", "span", "value"), [
    # an ambiguous weekday before في/خلال and an event noun (ANT 2279)
    ("وقال الكاتب العام للجامعة العامة للتخطيط والمالية، عبد القمودي الجمعة في لقاء إعلامي بمقر اتحاد الشغل إن قرار",
     "الجمعة", "2017-05-26"),
    ("وأشار، وزير الخارجية الأحد خلال مؤتمر صحفي بالعاصمة، إلى أن", "الأحد", "2017-05-28"),
    ("وبين، رئيس الهيئة الإثنين في ندوة صحفية، أن", "الإثنين", "2017-05-29"),
])
def test_weekday_before_an_event(text: str, span: str, value: str) -> None:
    assert (span, _at(text, span), value) in _dates(text)


def test_prayer_before_an_event_stays_none() -> None:
    assert _dates("وبعد أداء صلاة الجمعة في جلسة خاصة") == []
