"""Session 29 (age29): one age reader for the numbers and the dates stages.

The numbers stage marks a count that is an age (``quantity`` "age", an age unit); the dates stage drops the
DURATION over it and asks the same reader (``extract/numbers/ages.py``, words ``age_*`` of ``number_words.yaml``)
of a duration whose count is no number.  So the two layers agree: an age is an age number AND no duration; a
period is a duration AND no age number.  Sentences from ANT (dev and held-out) and their neighbours.
"""

from __future__ import annotations

import pytest

from arabnews import Pipeline

_BOTH = Pipeline(["numbers", "dates"])
_NUMBERS = Pipeline(["numbers"])
REF = "2017-06-01"


def _over(spans, start: int, end: int):
    return [s for s in spans if s.start < end and start < s.end]


@pytest.mark.parametrize("text, count, value, unit", [
    # a person and the article on the count (the dates stage's family, now the number's too)
    ("طفل الـ9 سنوات يروي ما شاهده", "9", 9, "a"),
    ("كندار : حافلة تدهس طفل الثلاث سنوات صدمت مساء اليوم", "الثلاث", 3, "a"),
    ("المهدية : طفلة الـ13 سنة تنتحر شنقا", "13", 13, "a"),
    # a verb of reaching right before it, or "من العمر" after it
    ("أعلنت الشرطة اعتقال شاب سوري يبلغ 17 عاما يشتبه في تخطيطه لهجوم", "17", 17, "a"),
    ("الإمام الفرنسي الذي يبلغ 63 سنة وابنته اعتقلا", "63", 63, "a"),
    ("ويبلغ الارهابي 28 سنة من العمر وهو أصيل المنطقة", "28", 28, "a"),
    # a person and a link; "سنه" (folds as سنة) only after a person
    ("من الإيقاع بشاب لم يتجاوز 20 سنة كان بصدد السرقة", "20", 20, "a"),
    ("وتحويل وجهة طفل سنه دون 18 سنة باستعمال العنف", "18", 18, "a"),
    ("عصابة متكونة من 10 أطفال لا يتجاوز سنهم 16 سنة", "16", 16, "a"),
    # bare "عمر" after a preposition
    ("الأطفال اللاجئين بين عمر 8 و15 عاماً", "8", 8, "a"),
    ("الأطفال اللاجئين بين عمر 8 و15 عاماً", "15", 15, "a"),
    ("اختطف من قبل التنظيم منذ عمر الـ6 سنوات", "6", 6, "a"),
    ("عندما وصلوا إلى عمر 25 شهرا", "25", 25, "mo"),
    # brackets, with a list inside; a list after an age
    ("من إيقاف شخصين (29 سنة و32 سنة) قاما بتحويل وجهة فتاة", "29", 29, "a"),
    ("من إيقاف شخصين (29 سنة و32 سنة) قاما بتحويل وجهة فتاة", "32", 32, "a"),
    ("العناصر الثلاثة تبلغ أعمارهم 17سنة و18 سنة و 35 سنة.", "35", 35, "a"),
    ("للأطفال المتراوحة أعمراهم بين سنتين وأقل من 18 سنة و25 بالمائة", "18", 18, "a"),
    # a dual is its own count (it was two cents, "سنت")
    ("نجا رضيع يبلغ من العمر سنتين من الموت المحقق", "سنتين", 2, "a"),
    ("توفي زوجان وابنهما البالغ من العمر سنتين ونصف السنة", "سنتين", 2.5, "a"),
    # (second wave) an age between commas after a name, years only, the unit right before the second comma (ANT)
    ("احتفل كين هاريس، 102 عاما، مع زوجته مارغريت، 99 عاما، بمرور 80 عاما على زواجهما", "102", 102, "a"),
    ("احتفل كين هاريس، 102 عاما، مع زوجته مارغريت، 99 عاما، بمرور 80 عاما على زواجهما", "99", 99, "a"),
    ("و كان الحارس الألماني , 25 عاما , قد إلتحق بصفوف برشلونة", "25", 25, "a"),
    ("كما تخطت سيرينا، ٣٥ عاما، رقم الأسطورة الألمانية", "٣٥", 35, "a"),
    ("وكانت  الليتوانية الشابة ,20عاما , قد إنهزمت سابقا", "20", 20, "a"),
    ("اتفاق مع قائد الفريق خليل شمام ,29 سنة , على تمديد عقده", "29", 29, "a"),
    # (second wave) a verb of reaching and a person of a group (age_subjects), and "و" + such a person in a list
    ("اختفاء 3 فتيات تبلغ احداهن 14 عاما", "14", 14, "a"),
    ("وتبلغ إحداهن 34 سنة فقط", "34", 34, "a"),
    ("يبلغ أكبرهم 60 عاما وأصغرهم 12 عاما", "60", 60, "a"),
    ("يبلغ أكبرهم 60 عاما وأصغرهم 12 عاما", "12", 12, "a"),
    ("ويبلغ أصغرهما ١٢ عاما", "١٢", 12, "a"),
])
def test_an_age_is_an_age_number_and_no_duration(text: str, count: str, value: float, unit: str) -> None:
    start = text.index(count)
    end = start + len(count)
    doc = _BOTH(text, reference_date=REF)
    assert not _over(doc.dates, start, end), [(d.text, d.value) for d in doc.dates]
    (n,) = _over(doc.numbers, start, end)
    assert (n.value, n.unit, n.attrs.get("quantity")) == (value, unit, "age")


@pytest.mark.parametrize("text, span", [
    ("كاستينغ للأطفال (بين 4 و12 سنة) في المسرح", "بين 4 و12"),  # a range in brackets
    ("أما الشريحة العمرية ما بين 14 و18 سنة، فقد مثلت", "ما بين 14 و18"),  # an age group
])
def test_a_range_of_ages_is_one_age_number(text: str, span: str) -> None:
    doc = _BOTH(text, reference_date=REF)
    start = text.index(span)
    assert not doc.dates
    (n,) = [n for n in doc.numbers if n.kind == "range"]
    assert (n.start, n.end, n.unit, n.attrs["quantity"]) == (start, start + len(span), "a", "age")


@pytest.mark.parametrize("text, span, value", [
    ("وقضى 35 عاما من عمره في السجن", "35 عاما", "P35Y"),  # years of a life spent
    ("الرئيس عمر 30 عاما في الحكم", "30 عاما", "P30Y"),  # the name Omar
    ("وخفف الحكم من سنة إلى 4 أشهر سجن فقط", "4 أشهر", "P4M"),  # "سنة إلى" is no "his age up to"
    ("وأيدت المحكمة الحكم البالغ 5 سنوات", "5 سنوات", "P5Y"),  # a period noun before البالغ
    ("عمل مدة تبلغ 3 سنوات في الخارج", "3 سنوات", "P3Y"),
    ("سجن 3 سنوات (3 سنوات) مع النفاذ", "3 سنوات", "P3Y"),  # brackets after a time unit
    ("أصدرت المحكمة حكما بسجن طفل فلسطيني 12 عاما", "12 عاما", "P12Y"),  # a person alone before the count
    ("قد يكون عمر القشرة القارية يبلغ أربعة مليارات سنة", "أربعة مليارات سنة", "P4000000000Y"),  # no life's age
    # (second wave) a time unit before the comma; no comma right after the unit; a person of a group after a period
    ("بعد عامين، 3 سنوات، لا أكثر", "3 سنوات", "P3Y"),
    ("وخلال الحرب، 3 سنوات من القتال، دمرت المدينة", "3 سنوات", "P3Y"),
    ("وقضت المحكمة بسجنهم 5 سنوات وأحدهم 3 سنوات", "3 سنوات", "P3Y"),
])
def test_a_period_is_a_duration_and_no_age_number(text: str, span: str, value: str) -> None:
    start = text.index(span)
    doc = _BOTH(text, reference_date=REF)
    found = [(d.text, d.type, d.value) for d in _over(doc.dates, start, start + len(span))]
    assert found == [(span, "DURATION", value)]
    # the numbers stage alone reads no age there either
    assert not [n for n in _NUMBERS(text, reference_date=REF).numbers if n.attrs.get("quantity") == "age"]


def test_the_decade_of_a_life_reads_the_same_persons() -> None:
    # age_persons of number_words.yaml: "شاب في العشرينات" is no 1920s; "ازدهرت الموسيقى في العشرينات" is
    assert _BOTH("أصيب شاب في العشرينات بطعنة سكين", reference_date=REF).dates == []
    assert [d.value for d in _BOTH("ازدهرت الموسيقى في العشرينات", reference_date=REF).dates] == ["192"]
