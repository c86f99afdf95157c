"""Session 38 (lead): two families found by reading sentences nobody here wrote.

- A day of the month with the article before its digits ("في الـ15 من الشهر المقبل", "ال15 من الشهر الجاري",
  "الـ٢٠ من الشهر الحالي"): the relative month's day, as without the article ("15 من الشهر المقبل"); a month named
  after "الـ 15 من شهر" (with a space) keeps its value.
- A short aside in brackets after a group's name (its short form, acronym or former name: "(قسد)", "(بي كا كا)",
  "(النصرة سابقا)") no longer hides the verb's link from its subject: "اشتبكت قوات سوريا الديمقراطية (قسد) مع تنظيم
  الدولة" fights, and the backing after the clash is the subject's, not its enemy's.
"""

from __future__ import annotations

import pytest

import arabnews
from group_cases import relations

REF = "2017-06-01"  # a Thursday

DAYS = [
    ("تبدأ الدراسة في الـ15 من الشهر المقبل.", "الـ15 من الشهر المقبل", "2017-07-15"),
    ("تبدأ الدراسة في ال15 من الشهر الجاري.", "ال15 من الشهر الجاري", "2017-06-15"),
    ("وقع الانفجار في الـ٢٠ من الشهر الحالي.", "الـ٢٠ من الشهر الحالي", "2017-06-20"),
    ("وقع الانفجار في الـ3 من الشهر الماضي.", "الـ3 من الشهر الماضي", "2017-05-03"),
    ("يعقد المؤتمر يوم الـ28 من هذا الشهر.", "يوم الـ28 من هذا الشهر", "2017-06-28"),
    # the same without the article, as before
    ("تبدأ الدراسة في 15 من الشهر المقبل.", "15 من الشهر المقبل", "2017-07-15"),
]


@pytest.mark.parametrize(("text", "surface", "value"), DAYS)
def test_day_of_relative_month_after_the_article(text: str, surface: str, value: str) -> None:
    doc = arabnews.analyze(text, reference_date=REF)
    got = [(d.text, d.to_dict()["value"]) for d in doc.layers["dates"]]
    assert got == [(surface, value)]
    d = doc.layers["dates"][0]
    assert text[d.start:d.end] == surface
    assert [n.text for n in doc.layers["numbers"]] == []  # the day is no count


def test_day_after_spaced_article_and_month_name() -> None:
    text = "تنطلق الحملة في الـ 15 من شهر مارس."
    doc = arabnews.analyze(text, reference_date=REF)
    assert [(d.text, d.to_dict()["value"]) for d in doc.layers["dates"]] == [("15 من شهر مارس", "2017-03-15")]


ASIDES = [
    ("اشتبكت قوات سوريا الديمقراطية (قسد) مع تنظيم الدولة الإسلامية.",
     [("fights", "syrian-democratic-forces", "isis",
       "اشتبكت قوات سوريا الديمقراطية (قسد) مع تنظيم الدولة الإسلامية")]),
    ("هاجمت قوات سوريا الديمقراطية (قسد) مواقع لتنظيم داعش في الرقة.",
     [("fights", "syrian-democratic-forces", "isis", "هاجمت قوات سوريا الديمقراطية (قسد) مواقع لتنظيم داعش")]),
    ("قصفت هيئة تحرير الشام (النصرة سابقا) مواقع لحركة أحرار الشام.",
     [("fights", "hayat-tahrir-al-sham", "ahrar-al-sham",
       "قصفت هيئة تحرير الشام (النصرة سابقا) مواقع لحركة أحرار الشام")]),
    ("اشتبك مقاتلو حزب العمال الكردستاني (بي كا كا) مع الجيش التركي.",
     [("fights", "pkk", "turkish-forces", "اشتبك مقاتلو حزب العمال الكردستاني (بي كا كا) مع الجيش التركي")]),
]


@pytest.mark.parametrize(("text", "expected"), ASIDES)
def test_aside_after_the_subject(nlp, text: str, expected: list) -> None:
    assert relations(nlp, text) == expected


def test_backing_after_a_clash_is_the_subjects(nlp) -> None:
    text = ("اشتبكت قوات سوريا الديمقراطية (قسد) مع عناصر تنظيم الدولة الإسلامية قرب الرقة، "
            "بدعم من وحدات حماية الشعب الكردية.")
    got = [(t, h, tl) for t, h, tl, _ in relations(nlp, text)]
    assert got == [("fights", "syrian-democratic-forces", "isis"), ("backed_by", "syrian-democratic-forces", "ypg")]


CONSTRUCT_DUALS = [
    # a scale alone in its accusative-looking form right before its counted noun: the construct dual (two of it)
    ("نزح ألفا شخص من المدينة.", "ألفا", 2000, "person"),
    ("أنفق مليارا دولار على المشروع.", "مليارا", 2_000_000_000, "USD"),
    ("اللومي : مليارا دينار", "مليارا", 2_000_000_000, "dinar"),  # ANT
    ("زار المدينة مليونا إيراني.", "مليونا", 2_000_000, "person"),  # ANT
    ("حضر ألفا متفرج المباراة.", "ألفا", 2000, "spectator"),
    # the singular: after a number, before "من", before "و"
    ("قتل ألفا من المقاتلين.", "ألفا", 1000, "fighter"),
    ("جملة 250 ألفا مهتمين", "250 ألفا", 250_000, None),  # ANT
    ("جمع ألفا و500 توقيع.", "ألفا و500", 1500, None),
    ("وتشغيل 500 عاطل العام القادم وألفا آخرين في الشركة.", "ألفا", 1000, "unemployed"),  # ANT 6082: a plural after it
]


@pytest.mark.parametrize(("text", "surface", "value", "unit"), CONSTRUCT_DUALS)
def test_scale_before_its_counted_noun(text: str, surface: str, value: int, unit: str | None) -> None:
    doc = arabnews.analyze(text, reference_date=REF)
    numbers = [n for n in doc.layers["numbers"] if n.text != "500"]  # (ANT 6082's other count)
    assert [(n.text, n.to_dict()["value"], n.to_dict().get("unit")) for n in numbers] == [(surface, value, unit)]
    assert text[numbers[0].start:numbers[0].end] == surface


# An ambiguous cue (بيّن, علم: also "between", "flag") reaches its complementizer past "في" + a statement noun, as
# any cue past where it was said (ANT 24094: before, the claim was lost and only the later "مشيرا إلى أن" kept).
FAR_AMBIGUOUS = [
    ("وبين المعتمد الاول حسين بوشهوة، في تصريح للجوهرة أف أم، ردا على اتهامات هذا المستثمر، أن إشكالا عطل منحه "
     "رخصة.", "أن إشكالا عطل منحه رخصة", "حسين بوشهوة"),
    ("وبينت الوزيرة محرزية العبيدي في بيان أصدرته اليوم أن الوضع مستقر.", "أن الوضع مستقر", "محرزية العبيدي"),
    ("وبين الوزير في تصريح للجوهرة أف أم أن إشكالا عطل منحه رخصة.", "أن إشكالا عطل منحه رخصة", "الوزير"),
]


@pytest.mark.parametrize(("text", "claim", "speaker"), FAR_AMBIGUOUS)
def test_ambiguous_cue_past_a_statement(text: str, claim: str, speaker: str) -> None:
    doc = arabnews.analyze(text, reference_date=REF)
    got = [(q.text, (q.source or {}).get("text")) for q in doc.layers["quotes"]]
    assert got == [(claim, speaker)]
    q = doc.layers["quotes"][0]
    assert text[q.start:q.end] == claim


def test_between_is_no_cue_before_statements() -> None:
    doc = arabnews.analyze("لا فرق بين الموقفين في تصريحات الطرفين أن الحل قريب.", reference_date=REF)
    assert doc.layers["quotes"] == []
