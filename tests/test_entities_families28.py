"""Session 28: families read on ANT news from the lead's examples and the tail dev errors.

- A name ends before a vague quantity or a plural scale ("البحر العشرات", "المانش الآلاف"): none is a name's word.
- Seats of power stand for their government as ANERcorp tags "الكرملين": ORGs wherever they stand ("الإليزيه" and
  its spellings, "البنتاغون"), with their head ("قصر الإليزيه"); a name after one is a person ("الكرملين دميتري
  بسكوف" was one ORG).
- A title, rank or occupation that ends an organisation before the person it introduces is out of it ("وزارة الدفاع
  الوطني المقدم" + "بلحسن الوسلاتي").
- A transliterated street's name with the article after a street's head is a LOC ("شارع الشانزيليزيه").
"""

from __future__ import annotations

import pytest

from entity_cases import NLP, entities


@pytest.mark.parametrize(("sentence", "expected"), [
    ("وانتشل خفر السواحل من البحر العشرات من المهاجرين", [("خفر السواحل", "ORG")]),  # session 30: a security body
    ("وأنقذت البحرية الإيطالية من البحر العشرات", []),
    ("وقد ابتلع بحر المانش العشرات", [("المانش", "LOC")]),
    ("ونزح من الموصل الآلاف خلال الأسبوع", [("الموصل", "LOC")]),
    ("وشارك في مسيرة باريس المئات من المتظاهرين", [("باريس", "LOC")]),
    ("وقتل في البحر الأبيض المتوسط العشرات من المهاجرين", [("البحر الأبيض المتوسط", "LOC")]),
])
def test_a_name_ends_before_a_quantity(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT dev 2055, 2092, 1919, 2098
    ("ماكرون يقترب من الإليزيه", [("ماكرون", "PER"), ("الإليزيه", "ORG")]),
    ("وأصغر رئيس يدخل الايليزيه للأعوام الخمس القادمة", [("الايليزيه", "ORG")]),
    ('5 حقائق عن سيدة"الإيليزيه" المنتظرة', [("الإيليزيه", "ORG")]),
    ("ثم تنهي 21 طلقة مدفعية المراسم في الإليزيه، ليتوجه ماكرون بعدها إلى الساحة",
     [("الإليزيه", "ORG"), ("ماكرون", "PER")]),
    # with its head (ANT dev 496, 2097)
    ("وهو ما دفعهم للاتصال بكثافة بقصر الإليزيه لاغتنام فرصة التحدث للرئيس", [("قصر الإليزيه", "ORG")]),
    ("غادر الرئيس السابق فرنسوا هولاند، قصر الإليزيه الذي شهد ظهر اليوم المراسم",
     [("فرنسوا هولاند", "PER"), ("قصر الإليزيه", "ORG")]),
    # ل before the article: the span starts on the article's lam
    ("وفي رد للإليزيه على التصريحات", [("لإليزيه", "ORG")]),
    ("والكرملين والميدان الأحمر في موسكو", [("الكرملين", "ORG"), ("موسكو", "LOC")]),
    ("وقال البنتاغون إن الضربة أصابت أهدافها", [("البنتاغون", "ORG")]),
    # ANT dev 2019, 2063: the spokesman after the seat is a person
    ("وقال المتحدث باسم الكرملين دميتري بسكوف لوكالات الأنباء", [("الكرملين", "ORG"), ("دميتري بسكوف", "PER")]),
    ("وقال المتحدث باسم الكرملين ديمتري بيسكوف إنه جرى إطلاع الرئيس",
     [("الكرملين", "ORG"), ("ديمتري بيسكوف", "PER")]),
    # not: "البيت الأبيض" stays ANERcorp's MISC, "قصر قرطاج" the town
    ("وقال البيت الأبيض إن الرئيس", [("البيت الأبيض", "MISC")]),
    ("وأعلن قصر قرطاج في بلاغ اليوم", [("قرطاج", "LOC")]),
])
def test_seats_of_power(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected


def test_seat_span_is_its_surface() -> None:
    text = "وهو ما دفعهم للاتصال بكثافة بقصر الإليزيه لاغتنام فرصة"
    doc = NLP(text)
    (ent,) = doc.layers["entities"]
    assert (ent.start, ent.end, text[ent.start:ent.end]) == (29, 41, "قصر الإليزيه")


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT dev 2667, 78, 38
    ("وقال الناطق الرسمي باسم وزارة الدفاع الوطني المقدم بلحسن الوسلاتي إن الجيش",
     [("وزارة الدفاع الوطني", "ORG"), ("بلحسن الوسلاتي", "PER")]),
    ("أكد المدير العام لاتحاد إذاعات الدول العربية المهندس عبد الرحيم سليمان أن",
     [("اتحاد إذاعات الدول العربية", "ORG"), ("عبد الرحيم سليمان", "PER")]),
    ("بحضور ممثل وزارة الشؤون الثقافية المنشد الصوفي عز الدين بن محمود",
     # the adjective agrees with المنشد and is no part of the name (ent28b, adjective_out_of_person)
     [("وزارة الشؤون الثقافية", "ORG"), ("عز الدين بن محمود", "PER")]),
    # the second word, a complement of the head, stays
    ("وأفاد ديوان الرئيس بوتفليقة أن", [("ديوان الرئيس", "ORG"), ("بوتفليقة", "PER")]),
])
def test_title_out_of_an_organisation(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT dev 1944, 1205, 1195
    ('عملية إطلاق النار التي جدت في شارع "الشانزيليزيه" في العاصمة الفرنسية',
     [("الشانزيليزيه", "LOC")]),
    ("صدمت شاحنة للشرطة في جادة الشانزليزيه في العاصمة الفرنسية", [("الشانزليزيه", "LOC")]),
    ("منفذ الهجوم على شاحنة فان تابعة للشرطة بشارع الشانزليزيه أمس", [("الشانزليزيه", "LOC")]),
    ("تظاهروا في ساحة الباستيل في باريس", [("الباستيل", "LOC"), ("باريس", "LOC")]),
    # not: ordinary nouns, a verbal noun, a feminine, a plural, a title before a name
    ("في ساحة المعركة", []),
    ("اعتصموا في ساحة الاعتصام", []),
    ("في ساحة الاحتفالات", []),
    ("في ساحة المعهد", []),
    ("في ساحة القديس بطرس", []),
])
def test_transliterated_street_names(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected


def test_a_coordinated_noun_stays_in_the_organisation() -> None:
    # ANT dev 2852: "والمواطن" is the name's own, not the title of the person after it
    assert entities("أكد رئيس المنظمة التونسية للأمن والمواطن عصام الدردوري في تصريح") == [
        ("المنظمة التونسية للأمن والمواطن", "ORG"), ("عصام الدردوري", "PER")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("وقالت شبكة CNN الأمريكية إن الرئيس سيزور المنطقة.", [("CNN", "ORG")]),
    ("وقال لشبكة CNN إن المفاوضات مستمرة", [("CNN", "ORG")]),
    ('ونشرت شبكة "CNN" الأمريكية التقرير', [("CNN", "ORG")]),
    ("وأعلنت شركة Samsung عن هاتف جديد", [("Samsung", "ORG")]),
    ("وقال موقع Axios إن الاتفاق قريب", [("Axios", "ORG")]),
    ("بثت قناة France 3 الفرنسية التقرير", [("France 3", "ORG")]),
    ("وقالت صحيفة mid-day الهندية", [("mid-day", "ORG")]),
    ("وأعلنت شركة Four Seasons Hotels and Resorts عن افتتاح فندق", [("Four Seasons Hotels and Resorts", "ORG")]),
    # ANT dev: a team of hackers
    ("وتبنى فريق OurMine عملية القرصنة", [("OurMine", "ORG")]),
    # the tagger's name that begins on the head stays
    ("وقالت منظمة ICSS إن", [("منظمة ICSS", "ORG")]),
    ("وممثل شركة DALY -PHARMA الراعية للمشروع", [("DALY -PHARMA", "ORG")]),
    # "في موقع": a site, the place (ANT dev 192)
    ("عثر على هذه الآثار النادرة للأقدام في موقع Engare Sero خلال عام 2008", []),
    # no head, or a head with the article: nothing new
    ("وحسب تقرير نشر باللغة الإنجليزية Breaking News", []),
])
def test_latin_name_after_a_head(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("وقالت مجموعة العشرين في بيانها الختامي إن النمو العالمي تباطأ.", [("مجموعة العشرين", "ORG")]),
    ("على هامش قمة مجموعة العشرين في هامبورغ", [("مجموعة العشرين", "ORG"), ("هامبورغ", "LOC")]),
    ("وقالت مجموعة السبع في بيانها إن العقوبات ستستمر.", [("مجموعة السبع", "ORG")]),
    ("ودعت دول مجموعة الثماني إلى الحوار", [("مجموعة الثماني", "ORG")]),
])
def test_clubs_of_states(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT dev 49, held-out 6641: the tagger ran the Latin name on into an ordinary Arabic word
    ("إنتاج شركة Nopassaran إخراج خميس حميد تسند منحة", [("Nopassaran", "ORG"), ("خميس حميد", "PER")]),
    ("شركة SOTACIB الكائن مقرها بولاية القيروان", [("SOTACIB", "ORG"), ("القيروان", "LOC")]),
    # Arabic first: a weapon and its model stay one name
    ("وحجزت بندقية كلاشنيكوف PMAK", [("كلاشنيكوف PMAK", "MISC")]),
])
def test_latin_name_ends_before_arabic_words(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected
