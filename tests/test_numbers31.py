"""Session 31: numbers of news from other outlets (Somalia, SOHR/Syria, Gaza, Iraq, Sudan, Yemen, Libya, Nigeria…).

- a toll told with its noun apart from the number ("ارتفع عدد القتلى … إلى 165", "يرتفع إلى 214 عدد القتلى");
- counted nouns that were missing: protesters, residents and people of a place in construct ("المئات من سكان
  سنجار"), companions and colleagues with a pronoun ("وثلاثة من مرافقيه"), towns and camps, nights;
- no count: a name in quotes ending in digits ('"ميركافا 4"'), "one" in an adverbial idiom ("دفعة واحدة", "في آن
  واحد"), a brigade's designation ("اللواء 52").
"""

from __future__ import annotations

import pytest

import arabnews
from arabnews.document import NumberSpan


@pytest.fixture(scope="module")
def nlp() -> arabnews.Pipeline:
    return arabnews.Pipeline()


def _numbers(nlp: arabnews.Pipeline, text: str) -> list[NumberSpan]:
    doc = nlp(text)
    for n in doc.numbers:
        assert text[n.start:n.end] == n.text
        if n.attrs.get("unit_start") is not None:
            assert text[n.attrs["unit_start"]:n.attrs["unit_end"]] == n.attrs["unit_text"]
    return list(doc.numbers)


def _one(nlp: arabnews.Pipeline, text: str, span: str) -> NumberSpan:
    found = [n for n in _numbers(nlp, text) if n.text == span]
    assert len(found) == 1, [(n.text, n.unit) for n in _numbers(nlp, text)]
    return found[0]


@pytest.mark.parametrize(("text", "span", "value", "unit", "noun"), [
    # Gaza (Anadolu), SOHR, Iraq, Sudan, Yemen, Somalia, Nigeria, Libya, Mali
    ("وأعلنت الكتائب أن جنديين قتلا، ليرتفع عدد قتلاه منذ بداية الحرب إلى 165", "165", 165, "killed", "قتلاه"),
    ("وبذلك يرتفع إلى 214 عدد القتلى من قوات النظام والميليشيات الموالية لها", "214", 214, "killed", "القتلى"),
    ("وقال نادي الأسير إن عدد حالات الاعتقال منذ السابع من أكتوبر ارتفع إلى نحو 7350", "نحو 7350", 7350,
     "detainee", "الاعتقال"),
    ("وارتفعت حصيلة الشهداء في القطاع إلى 31 ألفا", "31 ألفا", 31000, "killed", "الشهداء"),
    ("وقالت لجنة الأطباء إن عدد الجرحى في الخرطوم وصل إلى 48", "48", 48, "wounded", "الجرحى"),
    ("وارتفع عدد قتلى الفيضانات في ولاية بورنو إلى 37", "37", 37, "killed", "قتلى"),
    ("ووصل عدد النازحين من المدينة إلى 12 ألفا بحسب الأمم المتحدة", "12 ألفا", 12000, "displaced", "النازحين"),
    ("ارتفعت حصيلة شهدائها إلى أربعين منذ الصباح", "أربعين", 40, "killed", "شهدائها"),
    ("وذكر التلفزيون السوري ان عدد القتلى 14 بينما أصيب 29 اخرون.", "14", 14, "killed", "القتلى"),
    ("وارتفع عدد المعتقلين في سجون الاحتلال إلى نحو 9100", "نحو 9100", 9100, "detainee", "المعتقلين"),
    ("ارتفع عدد الإصابات بالكوليرا في اليمن إلى 500", "500", 500, "case", "الإصابات"),
    ("ارتفع عدد الإصابات جراء القصف على مقديشو إلى 60", "60", 60, "wounded", "الإصابات"),
    ("وبلغ عدد سكان المدينة 300 ألف", "300 ألف", 300000, "person", "سكان"),
])
def test_a_toll_told_apart_from_its_number(nlp, text, span, value, unit, noun) -> None:
    n = _one(nlp, text, span)
    assert (n.value, n.unit, n.attrs["unit_text"]) == (value, unit, noun)


@pytest.mark.parametrize(("text", "span"), [
    ("ارتفع عدد القتلى والجرحى إلى 50", "50"),  # both together: no one unit
    ("ارتفع عدد القتلى إلى 30 والجرحى إلى 50", "50"),  # a second toll of its own, the noun right before its link
    ("ارتفع عدد القتلى، وفق مصادر طبية، إلى 30", "30"),  # across commas
    ("ارتفع عدد السيارات المستوردة إلى 500", "500"),  # no people
    ("بلغ عدد القتلى في الهجوم 30", "30"),  # no link word right before the number
    ("ارتفع عدد القتلى إلى 2014", "2014"),  # a year's digits
])
def test_no_toll_unit(nlp, text, span) -> None:
    assert _one(nlp, text, span).unit is None


def test_a_toll_feeds_the_event_its_count(nlp) -> None:
    doc = nlp("ارتفع عدد القتلى الذين سقطوا في القصف الإسرائيلي على مخيم جباليا إلى 30.")
    (n,) = doc.numbers
    assert (n.unit, n.attrs["unit_text"]) == ("killed", "القتلى")
    # the event's count is the number alone, not stretched back to the noun told before it
    for ev in doc.layers["events"]:
        for a in ev.actors:
            assert "إلى 30" not in a["text"]


@pytest.mark.parametrize(("text", "span", "unit", "noun"), [
    ("قتل قائد في الجيش الصومالي وثلاثة من مرافقيه في انفجار عبوة ناسفة", "ثلاثة", "companion", "مرافقيه"),
    ("ترك السائق السيارة وفر صحبة اثنين من مرافقيه", "اثنين", "companion", "مرافقيه"),
    ("وأصيب الصحفي واثنان من زملائه بجروح", "اثنان", "companion", "زملائه"),
    ("إصابة 7 من رفاقه بجروح متفاوتة الخطورة", "7", "companion", "رفاقه"),
    ("وقتل خمسة من عناصره في الكمين", "خمسة", "member", "عناصره"),
    ("ونزح المئات من سكان سنجار إلى المخيمات", "المئات", "person", "سكان"),
    ("واعتقلت الشرطة العشرات من أهالي القرية", "العشرات", "person", "أهالي"),
    ("واحتشد حوالى 500 من سكان محافظة سيونجيو", "حوالى 500", "person", "سكان"),
    ("نفذت قوات الأمن حملة اعتقالات طالت 8 متظاهرين على الأقل", "8", "protester", "متظاهرين"),
    ("وأصيب 12 محتجا في مواجهات مع الشرطة أمام البرلمان في نواكشوط", "12", "protester", "محتجا"),
    ("وفضت الشرطة اعتصاما لنحو 40 معتصما أمام الوزارة", "نحو 40", "protester", "معتصما"),
    ("سيطر المسلحون على سبع قرى وثلاث بلدات في ولاية زمفارا", "ثلاث", "town", "بلدات"),
    ("ويعيش النازحون في 5 مخيمات قرب الحدود", "5", "camp", "مخيمات"),
    ("قضى المهاجرون ثلاث ليال في العراء", "ثلاث", "night", "ليال"),
    ("مكث الوفد في الفندق لليلة واحدة", "واحدة", "night", "ليلة"),
])
def test_counted_nouns_of_session_31(nlp, text, span, unit, noun) -> None:
    n = _one(nlp, text, span)
    assert (n.unit, n.attrs["unit_text"]) == (unit, noun)


def test_facilities_are_no_companions(nlp) -> None:
    # bare "مرافق" is also facilities: no unit of people
    assert _one(nlp, "تم تأهيل 3 مرافق صحية في المحافظة", "3").unit != "companion"


@pytest.mark.parametrize(("text", "gone"), [
    ('تمكن مقاتلوها من تفجير دبابة إسرائيلية من نوع "ميركافا 4" بعبوة "شواظ"', "4"),
    ("أطلقت الجماعة صاروخا من طراز «بدر 3» على مطار نجران", "3"),
    ('رصدت طائرة مسيرة من نوع "هيرون 1" فوق جنوب لبنان', "1"),
    ('وذكر موقع "فيلت 24" الألماني', "24"),
    ('ويشارك الفيلم اللبناني "موج 89" في المسابقة', "89"),
    ('وتسميها كوريا الشمالية "بوكجوكسونغ 2"', "2"),
    ('الأسماك الغنية بـ"أوميغا 3"', "3"),
])
def test_a_name_in_quotes_ends_in_its_digits(nlp, text, gone) -> None:
    assert gone not in [n.text for n in _numbers(nlp, text)]


@pytest.mark.parametrize(("text", "span"), [
    ('وقال المتحدث إن "عدد القتلى ارتفع إلى 30"', "30"),  # a quoted clause ends in its number
    ('وقال الشاهد "قتل نحو 50"', "نحو 50"),
    ('حصل الفندق على "5 نجوم"', "5"),  # the digits open the quote
])
def test_a_quoted_clause_keeps_its_number(nlp, text, span) -> None:
    assert span in [n.text for n in _numbers(nlp, text)]


@pytest.mark.parametrize("text", [
    "أعدم ألف مسؤول دفعة واحدة",
    "اشترط خلاص المبلغ دفعة واحدة أو على أقساط شهرية",
    "موجة حر وعاصفة ثلجية في آن واحد",
    "أنظمة تعمل في وقت واحد ولكن بشكل مستقل",
    "دعت المجتمع الدولي للوقوف صفا واحدا ضد الإرهاب",
    "وقف الشعب السوداني يدا واحدة",
    "رفضت الأحزاب المقترح جملة واحدة",
])
def test_one_in_an_adverbial_idiom_counts_nothing(nlp, text) -> None:
    assert [n.text for n in _numbers(nlp, text) if n.value == 1] == []


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("زار الرئيس البلاد مرة واحدة", "واحدة", "times"),  # once: a count
    ("وصل رجل واحد فقط إلى المستشفى", "واحد", "man"),
    ("وتسلم الجيش دفعتين من المساعدات وقتيل واحد", "واحد", "killed"),
])
def test_one_that_counts_stays(nlp, text, span, unit) -> None:
    assert _one(nlp, text, span).unit == unit


@pytest.mark.parametrize(("text", "span"), [
    ("وقال مصدر في الحشد الشعبي إن اللواء 52 صد تعرضا لعناصر التنظيم", "52"),
    ("وأعلنت الفرقة 17 مشاة سيطرتها على المدينة", "17"),
])
def test_a_formation_by_its_number_is_no_count(nlp, text, span) -> None:
    # (its name since session 32: no number at all; an ordinal before)
    assert [n.text for n in _numbers(nlp, text)] == []


def test_a_toll_past_a_date_in_digits(nlp) -> None:
    text = ("وأعلن الجيش الإسرائيلي مقتل ضابط وجندي، ليرتفع عدد قتلاه منذ بدء الهجوم البري في 27 أكتوبر الماضي "
            "إلى 165.")
    n = _one(nlp, text, "165")
    assert (n.unit, n.attrs["unit_text"]) == ("killed", "قتلاه")
