"""Session 26b's number families.

- Persons counted by a dual in construct with a possessive pronoun, whose "ن" falls ("إصابة ابنيها",
  "وطفليهما", "ابنتيه", "شقيقيه"): two of a child, a sibling, a wife, a friend or colleague.  Not "ولديه"
  (mostly و + لديه), "والديه" (his parents), nor a noun whose sound plural in construct looks the same
  ("مرافقيه": his companions).
- "مئتين" (with its hamza) is a number alone too; "المئتين"/"الثلاثمائة" after a noun of a series is the
  200th/300th as "المائة" is the 100th; "2 مائة ألف" is 200,000 ("3 ملايين و2 مائة ألف": 3,200,000).
- A score written with a hyphen after "بنتيجة"/"بحصة"/"الترجيح" is no range: two numbers.
"""

from __future__ import annotations

import pytest

from number_cases import only, unit_surface


@pytest.mark.parametrize(("text", "number", "unit"), [
    ("عائلة مكونة من الام وابنيها، وذلك على إثر انقلاب مركبهم", "ابنيها", "child"),  # ANT
    ("كانت رفقة ابنيها الصغيرين ووجه لها ضربات قوية", "ابنيها", "child"),  # ANT
    ("تفاجئ خبير بدخول طفليه مكتبه وهو على المباشرة", "طفليه", "child"),  # ANT
    ("يطلبون من كاميرون بورك وزوجته مينتا وطفليهما النزول من الطائرة", "طفليهما", "child"),  # ANT
    ("هدايا قدمتها السعودية لزوجة أوباما وابنتيه", "ابنتيه", "child"),  # ANT
    ("على خلفية تسريبات عن توظيف وهمي لابنتيه في البرلمان", "ابنتيه", "child"),  # ANT
    ("وإنّ شقيقيه ينتميان إلى تنظيم الدولة الإسلامية", "شقيقيه", "sibling"),  # ANT
    ("وقتل الرجل زوجتيه قبل أن ينتحر", "زوجتيه", "woman"),
    ("وأصيبت الأم وطفلتيها بحروق", "طفلتيها", "child"),
    ("واعتقلت قوات الاحتلال الأسير المحرر ونجليه من منزلهم في الخليل", "نجليه", "child"),
    ("قتل الشاب رفقة صديقيه في حادث مرور", "صديقيه", "person"),
])
def test_a_dual_of_persons_in_construct_is_two(nlp, text: str, number: str, unit: str) -> None:
    n = only(nlp, text, number)
    assert (n.kind, n.value, n.unit) == ("cardinal", 2, unit)
    assert unit_surface(text, n) == number


@pytest.mark.parametrize("text", [
    "وكان ولديه سلاح ناري غير مرخص",  # و + لديه
    "وأكد أن ولديها يعملان في فرنسا",  # ولد is left out: "ولديها" is mostly و + لديها
    "وعاش مع والديه في حي التضامن",  # his parents
    "ووصل الوزير رفقة مرافقيه إلى المطار",  # his companions (a sound plural in construct)
    "وقال ابني إنه لن يعود",  # my son: no pronoun after the construct
])
def test_lookalikes_of_a_dual_in_construct_count_nobody(nlp, text: str) -> None:
    assert [n.text for n in nlp(text).numbers] == []


@pytest.mark.parametrize(("text", "number", "value", "kind"), [
    ("وقتل مئتين شخص في الهجوم", "مئتين", 200, "cardinal"),
    ("ووصل عدد المشاركين إلى المئتين", "المئتين", 200, "cardinal"),
    ("احتفلت المدينة بالذكرى المئتين لتأسيسها", "المئتين", 200, "ordinal"),
    ("في الذكرى المائتين لميلاد كارل ماركس", "المائتين", 200, "ordinal"),
    ("بمناسبة العيد الثلاثمائة لتأسيس المدينة", "الثلاثمائة", 300, "ordinal"),
    ("بلغ عدد الزوار 2 مائة ألف زائر", "2 مائة ألف", 200000, "cardinal"),
    ("بلغ عدد السكان 3 ملايين و2 مائة ألف نسمة", "3 ملايين و2 مائة ألف", 3200000, "cardinal"),
    ("٤ آلاف و ٣ مائة دينار", "٤ آلاف و ٣ مائة", 4300, "cardinal"),
])
def test_the_two_hundreds(nlp, text: str, number: str, value: int, kind: str) -> None:
    n = only(nlp, text, number)
    assert (n.kind, n.value) == (kind, value)


def test_a_noun_of_no_series_keeps_the_cardinal_two_hundred(nlp) -> None:
    n = only(nlp, "انضم إلى نادي المائتين", "المائتين")
    assert (n.kind, n.value) == ("cardinal", 200)


@pytest.mark.parametrize(("text", "low", "high"), [
    ("اذ كان يتأخر بنتيجة 1-3، الا ان النادي الكاتالوني قلب الأمور", "1", "3"),  # ANT
    ("وانهزم الفريق بحصة 1 - 2 أمام ضيفه", "1", "2"),
    ("وتأهل بضربات الترجيح 3-4", "3", "4"),
    ("وانتهت المباراة والنتيجة 2-3", "2", "3"),
])
def test_a_score_is_no_range(nlp, text: str, low: str, high: str) -> None:
    # (session 34: one span of kind "score" with both sides)
    (n,) = nlp(text).numbers
    assert n.kind == "score" and n.text.startswith(low) and n.text.endswith(high)
    assert (n.attrs["first"], n.attrs["second"]) == (int(low), int(high))


def test_a_hyphened_range_without_a_score_cue_stays_one(nlp) -> None:
    n = only(nlp, "يتراوح سعر الكيلوغرام بين 10-20 دينارا", "بين 10-20")
    assert (n.kind, n.value, n.attrs["high"]) == ("range", 10, 20)
