"""Rates and more counted nouns (session 22).

A rate is an amount per unit of time: "75 مترا مكعبا في الثانية" (a river's flow), "350 دينارا شهريا" (a
wage), "3 آلاف شخص يوميا".  The time unit after the amount's unit gives ``per`` (its UCUM code: s, min, h,
d, wk, mo, a) with its own offsets; the amount keeps its unit (a measure, money or a counted noun), as
other toolkits' test data expect ("جرعة 5 ميلي غرام يوميا" is mg).  Before, "في الثانية" was read as an ordinal 2.
A time word that names a day or an hour ("في العام 2016", "في الشهر نفسه", "في الساعة الثانية عشرة")
is no rate.
"""

from __future__ import annotations

import pytest

import arabnews
from arabnews.extract.numbers.lexicon import counted_classes
from number_cases import counted


def _only(nlp, text: str, number: str):
    hits = [n for n in nlp(text).numbers if n.text == number]
    assert len(hits) == 1, [(n.text, n.unit) for n in nlp(text).numbers]
    return hits[0]


def _surface(text: str, n, name: str) -> str:
    return text[int(n.attrs[f"{name}_start"]):int(n.attrs[f"{name}_end"])]


# ANT 11561: the river's flow; its "في الثانية" was an ordinal 2
def test_a_flow_in_cubic_metres_per_second(nlp) -> None:
    text = "وبلغ تدفق المياه بوادي مجردة 75 مترا مكعبا في الثانية حسب وزارة الفلاحة."
    doc = nlp(text)
    assert [(n.text, n.value, n.unit) for n in doc.numbers] == [("75", 75, "m3")]
    (n,) = doc.numbers
    assert n.attrs["quantity"] == "volume"
    assert n.attrs["per"] == "s"
    assert _surface(text, n, "per") == "في الثانية" == n.attrs["per_text"]
    assert _surface(text, n, "unit") == "مترا مكعبا"


# (the rate phrase, its UCUM code) after a measure unit: every time unit, every way news writes "per"
@pytest.mark.parametrize(("phrase", "per"), [
    ("في الثانية", "s"), ("في الدقيقة", "min"), ("في الساعة", "h"), ("في اليوم", "d"), ("في الأسبوع", "wk"),
    ("في الشهر", "mo"), ("في السنة", "a"), ("في العام", "a"), ("يوميا", "d"), ("يومياً", "d"),
    ("أسبوعيا", "wk"), ("شهريا", "mo"), ("سنويا", "a"), ("سنويًا", "a"), ("بالسنة", "a"), ("بالشهر", "mo"),
    ("كل يوم", "d"), ("كل سنة", "a"), ("في كل عام", "a"), ("لكل ساعة", "h"), ("في اليوم الواحد", "d"),
    ("في السنة الواحدة", "a"),
])
@pytest.mark.parametrize("digits", ["500", "٥٠٠"])
def test_a_mass_per_time(nlp, phrase: str, per: str, digits: str) -> None:
    text = f"وتنتج الوحدة {digits} طن {phrase} من الإسمنت."
    n = _only(nlp, text, digits)
    assert (n.value, n.unit, n.attrs["quantity"], n.attrs["per"]) == (500, "t", "mass", per)
    assert _surface(text, n, "per") == phrase


@pytest.mark.parametrize(("text", "number", "value", "unit", "quantity", "per"), [
    ("ويتقاضى العامل 350 ديناراً شهرياً فقط.", "350", 350, "dinar", "money", "mo"),
    ("وقدرت الخسائر بحوالي 400 الف دينار في اليوم الواحد حسب المؤسسة.", "حوالي 400 الف", 400000, "dinar",
     "money", "d"),
    ("يعيشون مع أقل من 1.90 دولاراً في اليوم في العام 2013.", "أقل من 1.90", 1.9, "USD", "money", "d"),
    ("ويشمل التعديل الأجور من 1500 دينار إلى 5000 دينار شهريا.", "من 1500 دينار إلى 5000", 1500, "dinar",
     "money", "mo"),
    ("الحصبة تقتل 400 طفل يوميا في العالم.", "400", 400, "child", None, "d"),
    ("ويتوقع أن يرتفع بنسبة 20 بالمائة سنويا خلال العشرية القادمة.", "20", 20, "percent", None, "a"),
    ("وتنتج تونس تقريبا 12 مليون قنطار سنويا من القمح.", "تقريبا 12 مليون", 12000000, "dt", "mass", "a"),
    ("وسينتج الحقل حوالي 7ر2 مليون متر مكعب يوميا من الغاز.", "حوالي 7ر2 مليون", 2700000, "m3",
     "volume", "d"),
    ("جرعة 5 ميلي غرام يوميا", "5", 5, "mg", "mass", "d"),
    ("ينصح بشرب ٣ لترات من الماء في اليوم.", "٣", 3, "L", "volume", None),
    ("وتوسيع المناطق الصناعية إلى 400 هكتار سنويا.", "400", 400, "ha", "area", "a"),
    ("ويتقاضى دولارين يوميا.", "دولارين", 2, "USD", "money", "d"),
])
def test_rates_in_news_sentences(nlp, text, number, value, unit, quantity, per) -> None:
    n = _only(nlp, text, number)
    assert (n.value, n.unit, n.attrs.get("quantity"), n.attrs.get("per")) == (value, unit, quantity, per)


# a day, a month or an hour named after the time word: a date or a time, no rate
@pytest.mark.parametrize(("text", "number", "unit"), [
    ("وبلغت الصادرات 8 ملايين طن في العام 2016.", "8 ملايين", "t"),
    ("ودفع 5 آلاف دينار في الشهر نفسه.", "5 آلاف", "dinar"),
    ("ودفع 5 آلاف دينار في الشهر الماضي.", "5 آلاف", "dinar"),
    ("وجمعت 300 طن في اليوم الأول من الحملة.", "300", "t"),
    ("ووزعت 40 طنا في اليوم العالمي للغذاء.", "40", "t"),
    ("وصل 200 لتر في الساعة الثانية عشرة ليلا.", "200", "L"),
    ("وتم حجز 20 طنا في ذات اليوم.", "20", "t"),
])
def test_no_rate_before_a_named_time(nlp, text: str, number: str, unit: str) -> None:
    n = _only(nlp, text, number)
    assert n.unit == unit
    assert "per" not in n.attrs


def test_the_km_per_hour_unit_is_unchanged(nlp) -> None:
    text = "يسير القطار بسرعة 120 كلم في الساعة."
    n = _only(nlp, text, "120")
    assert (n.unit, n.attrs["quantity"], n.attrs["unit_text"]) == ("km/h", "speed", "كلم في الساعة")
    assert "per" not in n.attrs


def test_a_rate_without_a_unit_is_not_read(nlp) -> None:
    """"2800 وسيلة نقل في اليوم": no unit is known, so no rate either (the time is left to the dates stage)."""
    n = _only(nlp, "وتمر 2800 وسيلة نقل في اليوم بين المدينتين.", "2800")
    assert n.unit is None and "per" not in n.attrs


# (the counted noun, its unit): people and things Tunisian news counts (session 22)
_NOUNS = [
    ("مفتشا عنهم", "wanted"), ("مفتش عنهم", "wanted"), ("مفتشا عنهما", "wanted"), ("مسافرا", "passenger"),
    ("مسافرين", "passenger"), ("راكبا", "passenger"), ("ركاب", "passenger"), ("زائر", "visitor"), ("زوار", "visitor"),
    ("متفرج", "spectator"), ("مشجعين", "spectator"), ("مشاركا", "participant"), ("حالة وفاة", "death"),
    ("حالات وفاة", "death"), ("وفيات", "death"), ("صوتا", "vote"), ("صوت", "vote"), ("مقعدا", "seat"),
    ("مقاعد", "seat"), ("مخالفة", "violation"), ("مخالفات", "violation"), ("تذكرة", "ticket"),
    ("خرطوشة", "round"), ("رصاصات", "round"), ("عضوا", "member"), ("أعضاء", "member"),
    ("أنفار", "person"),
]


# things and people counted in Tunisian news that had no unit (the most frequent nouns after unit-less numbers on
# 5,500 ANT articles)
_MORE = [
    # (others with no count before them are persons since session 32: "other" before)
    ("آخرين", "person"), ("آخرون", "person"), ("اخرين", "person"), ("مهربين", "smuggler"), ("تجار", "trader"),
    ("منشور تفتيش", "warrant"), ("مناشير تفتيش", "warrant"), ("حالة", "case"), ("حالات", "case"),
    ("قضية", "court_case"), ("قضايا", "court_case"), ("دولة", "country"), ("بلدان", "country"), ("قطعة", "piece"),
    ("صفائح", "plate"), ("رأس", "head_of_livestock"), ("بلديات", "municipality"), ("جمعية", "association"),
    ("أفلام", "film"), ("نسخة", "copy"), ("أشجار", "tree"), ("رحلات", "trip"), ("طابقا", "floor"),
    ("أبناء", "child"), ("توائم", "child"),
]


@pytest.mark.parametrize(("noun", "unit"), [*_NOUNS, *_MORE])
@pytest.mark.parametrize("digits", ["37", "٣٧"])
def test_counted_noun_after_digits(nlp, noun: str, unit: str, digits: str) -> None:
    assert counted(nlp, f"وأشار البلاغ إلى {digits} {noun} في الجهة.", digits, noun) == unit


def test_which_new_units_count_people() -> None:
    classes = counted_classes()
    for unit in ("wanted", "passenger", "visitor", "spectator", "participant"):
        assert unit in classes.people and unit in classes.persons, unit
    # a disease's toll is not a casualty count of an attack; votes and seats are no people
    for unit in ("death", "vote", "seat", "violation", "round"):
        assert unit not in classes.people, unit


def test_a_share_of_the_votes_has_no_unit(nlp) -> None:
    """"صوتا" counts votes; "ثلاثة أخماس الأصوات" (a toolkit's case) is a share of them."""
    assert [(n.text, n.unit) for n in nlp("فاز بثلاثة أخماس الأصوات مقابل 20 صوتا").numbers] == [
        ("ثلاثة أخماس", None), ("20", "vote")]


@pytest.mark.parametrize(("text", "number", "unit"), [
    # "participating", no "مشارك" + ه (the parties before it are counted since session 24)
    ("وستصدر الأحزاب الخمسة المشاركة في الاجتماع بيانا.", "الخمسة", "party"),
    ("ويضم هذا العام نحو 700 مشارك بينهم وزراء.", "نحو 700", "participant"),
    ("وقال إن 3 من مقاتليها قتلوا.", "3", "fighter"),  # a pronoun after a counted noun without the article
])
def test_an_article_takes_no_pronoun(nlp, text: str, number: str, unit: str | None) -> None:
    assert [(n.text, n.unit) for n in nlp(text).numbers if n.text == number] == [(number, unit)]


def test_a_year_of_birth_takes_no_pronoun() -> None:
    # a year of birth is no count of the wanted after it; since session 42 (the lead) it is a date of birth, no number
    doc = arabnews.analyze("الموقوف وهو من مواليد 1990 مفتش عنه من أجل عدة قضايا.", reference_date="2017-06-01")
    assert [n.text for n in doc.numbers] == []
    assert [(d.text, d.value, d.attrs.get("birth")) for d in doc.dates] == [("1990", "1990", True)]


def test_wanted_persons_arrested(nlp) -> None:
    text = "وتمكنت الوحدات من إيقاف 103 مفتشا عنهم من بينهم 6 عناصر خطيرة."
    numbers = {n.text: n.unit for n in nlp(text).numbers}
    assert numbers == {"103": "wanted", "6": "member"}


def _roles(nlp, text: str) -> list[tuple[str, str]]:
    (event,) = nlp(text).to_dict()["events"]
    return [(a["role"], a["text"]) for a in event["actors"]]


def test_counted_aircraft_stay_an_actor(nlp) -> None:
    """Aircraft are no counted unit: the counted noun of a number is no actor, and "3 طائرات حربية" must stay
    the one that strikes."""
    assert _roles(nlp, "وقصفت 3 طائرات حربية مواقع التنظيم في الرقة") == [
        ("actor", "طائرات حربية"), ("target", "مواقع التنظيم")]


def test_wanted_persons_are_the_target_of_an_arrest(nlp) -> None:
    assert ("target", "200 مفتشا عنهم") in _roles(
        nlp, "تمكن أعوان فرقة شرطة النجدة بنابل من إيقاف 200 مفتشا عنهم خلال الأيام الماضية.")


# people counted by their nationality: the nisba adjectives of places.json (CLDR) as nouns
@pytest.mark.parametrize(("text", "number", "unit_text", "country"), [
    ("قائمة اسمية تضم 15 تونسيا من مخلفات الاشتباكات.", "15", "تونسيا", "TN"),
    ("أسفر عن مقتل 84 شخصا من بينهم 4 تونسيين.", "4", "تونسيين", "TN"),
    ("واعتزام برلين ترحيل 1500 تونسي مقيم بصفة غير شرعية.", "1500", "تونسي", "TN"),
    ("الإفراج عن ١٣ مصرياً بعد اختطافهم في ليبيا.", "١٣", "مصرياً", "EG"),
    ("تنفيذا لقرار ترامب: منع 5 عراقيين ويمني من السفر.", "5", "عراقيين", "IQ"),
    ("وصدر الحكم في حق 3 تونسيات.", "3", "تونسيات", "TN"),
    ("والمتهم فيها 15 يمنيا و4 إماراتيين.", "4", "إماراتيين", "AE"),
])
def test_people_counted_by_nationality(nlp, text: str, number: str, unit_text: str, country: str) -> None:
    n = _only(nlp, text, number)
    assert (n.unit, n.attrs["nationality"]) == ("person", country)
    assert _surface(text, n, "unit") == unit_text


@pytest.mark.parametrize(("text", "number"), [
    ("تعادل شالكه 04 الألماني مع فريقه.", "04"),  # the article: an adjective of the club
    # ("صفقة لشراء مقاتلات إف 15 الأمريكية.": since session 30 a model's digits are no number: test_numbers30.py)
    ("نتائج المجموعة 1 ليبيا 0-1 تونس.", "1"),  # "ليبيا" is the country, not Libyans
    ("كان القارب يقل 22 سوريا ويتجه إلى اليونان.", "22"),  # "سوريا" is Syria too: left
    ("أكثر من 15 ألف فلسطينية.", "أكثر من 15 ألف"),  # a feminine singular: the adjective of a thing
])
def test_no_nationality_where_the_nisba_is_an_adjective_or_a_country(nlp, text: str, number: str) -> None:
    n = _only(nlp, text, number)
    assert n.unit is None and "nationality" not in n.attrs


@pytest.mark.parametrize(("text", "number", "unit"), [
    ("الشريحة التي تستهلك من 301 إلى 500 كيلوات/ساعة في الشهر", "من 301 إلى 500", "kW.h"),  # not kg
    ("الحرفاء الذين يستهلكون ما بين 1 و 100 كيلوات ساعة", "ما بين 1 و 100", "kW.h"),
    ("كميات من الثلوج تراوح سمكها بين 20 و30 صم.", "بين 20 و30", "cm"),
    ("أطلق عليه النار بعدة طلقات نارية بين 3 و7 طلقات.", "بين 3 و7", "round"),
    ("يتراوح دخلهم بين 4,5 و10 مرات الأجر الأدنى.", "بين 4,5 و10", "times"),
    ("وارتفعت الأسعار 3 أضعاف.", "3", "times"),
])
def test_more_units_of_tunisian_news(nlp, text: str, number: str, unit: str) -> None:
    assert _only(nlp, text, number).unit == unit


def test_others_wounded_are_casualties(nlp) -> None:
    """"وأصيب 4 آخرون": the others are people, and the events stage still counts them as wounded."""
    doc = nlp("لقي جنديان جزائريان مصرعهما وأصيب 4 آخرون بجروح إثر انفجار قنبلة.")
    # (the dual is two soldiers since session 24)
    # (the others are more soldiers since session 32: "other" before)
    assert [(n.text, n.unit) for n in doc.numbers] == [("جنديان", "soldier"), ("4", "soldier")]
    (event,) = doc.to_dict()["events"]
    assert (event["fatalities"]["value"], event["injured"]["value"], event["injured"]["text"]) == (2, 4, "4")
