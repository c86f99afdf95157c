"""Session 29, second wave: a country's named bodies, the outlets of datelines, a group read as a person, palaces
and leagues known by name.

- A fund, federation, royal federation, court's office, bank or league with the article and a country's nisba (one
  adjective of ``national_body_adjectives`` between them or none) is that country's body, an ORG: "الصندوق
  الكويتي", "الاتحاد الألماني", "الجامعة الملكية المغربية", "الديوان الرئاسي الجزائري".  Not the government's
  nouns ANERcorp leaves untagged ("الحكومة التونسية", "الجيش السوري"), not the anaphoric "الوزارة الجزائرية", not a
  state ("الاتحاد الروسي"), not "الجامعة" + nisba alone (the country's university).
- A known outlet in a dateline or a credit is an ORG ("بغداد/ الأناضول:", "عمان (بترا) -", "(الأناضول)" after
  the text); not one in brackets inside a sentence ("مدينة البتراء (بترا) في الأردن"), nor the spelled letters
  "(د ب أ)", which ANERcorp leaves untagged.
- A PER that is exactly a registry group's name is the group's ORG ("كتائب القسام").
- "الرابطة المحترفة الأولى" (Tunisia's first league), "قصر الاتحادية" (Egypt's presidency) are ORGs.
- A club's head and "الرياضي" before ب + a town are the club, the town its LOC ("الإتحاد الرياضي" + "ببن قردان").
"""

from __future__ import annotations

import pytest

from entity_cases import entities


@pytest.mark.parametrize(("sentence", "expected"), [
    ("و أضاف أن الصندوق الكويتي مستعد لتقديم المساعدات لتونس.",
     [("الصندوق الكويتي", "ORG"), ("تونس", "LOC")]),
    ('وقال رينارد جريندل في تصريح لموقع الاتحاد الألماني: "نتفهم أبعاد الأزمة".',
     [("رينارد جريندل", "PER"), ("الاتحاد الألماني", "ORG")]),
    ("وقرر الاتحاد المصري تأجيل المباراة", [("الاتحاد المصري", "ORG")]),
    ("وأكد للاتحاد الجزائري أن الملعب جاهز", [("لاتحاد الجزائري", "ORG")]),  # the article's lam, as "لجزيرة"
    ("وسيعقد ندوة صحفية مساء غد بمدينة مراكش صحبة رئيس الجامعة الملكية المغربية فوزي لقجع .",
     [("مراكش", "LOC"), ("الجامعة الملكية المغربية", "ORG"), ("فوزي لقجع", "PER")]),
    ("جمع الثلاثاء الماضي رئيس الديوان الرئاسي الجزائري، أحمد أويحيى و القيادي الليبي",
     [("الديوان الرئاسي الجزائري", "ORG"), ("أحمد أويحيى", "PER")]),
    ("وأعلن الديوان الملكي السعودي وفاة الأمير", [("الديوان الملكي السعودي", "ORG")]),
    ("وقدم الصندوق السعودي للتنمية قرضا", [("الصندوق السعودي للتنمية", "ORG")]),
    # not: the government's nouns, the ministry named before, a state, the country's university
    ("وقالت الوزارة الجزائرية إن الحادث جد على اثر ملامسة المروحية", []),
    ("وقالت الحكومة التونسية إن الوضع مستقر", []),
    ("وقصف الجيش السوري المدينة", []),
    ("ووقع الاتحاد الروسي اتفاقا مع الصين", [("الصين", "LOC")]),
    ("ويحتج خريجو الجامعة التونسية على البطالة", []),
    # ANT held-out 6320: the bank named before ("بنك قطر الوطني")
    ("وقال البنك القطري في بيانه إن أغلبية موظفيه لم يستجيبوا", []),
    ("ووافق البنك المركزي الأوروبي على خفض الفائدة", [("البنك المركزي الأوروبي", "ORG")]),
])
def test_a_countrys_named_body(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("بغداد/ الأناضول: قال مسؤول عراقي إن القوات تقدمت.", [("بغداد", "LOC"), ("الأناضول", "ORG")]),
    ("عمان (بترا) - قال وزير الداخلية", [("عمان", "LOC"), ("بترا", "ORG")]),
    ("الرياض (واس) - استقبل الملك", [("الرياض", "LOC"), ("واس", "ORG")]),
    ("أبوظبي (وام) - أعلنت الوزارة", [("أبوظبي", "LOC"), ("وام", "ORG")]),
    ("دمشق (سانا) - قال المصدر", [("دمشق", "LOC"), ("سانا", "ORG")]),
    ("دمشق، 12 يناير (رويترز) - قال المصدر", [("دمشق", "LOC"), ("رويترز", "ORG")]),
    # a credit after the text (ANT 7030, 7780)
    ("وصوت النواب على القانون. (الأناضول)", [("الأناضول", "ORG")]),
    # not: a name in brackets inside a sentence; the spelled letters
    ("زار السياح مدينة البتراء (بترا) في الأردن.", [("البتراء", "LOC"), ("بترا", "LOC"), ("الأردن", "LOC")]),
    ("القاهرة - (د ب أ): قال المصدر", [("القاهرة", "LOC")]),
])
def test_the_outlet_of_a_dateline(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("وأعلنت كتائب القسام، الجناح العسكري لحركة حماس، أنها قصفت مستوطنة.",
     [("كتائب القسام", "ORG"), ("حماس", "ORG")]),
    ("في الجولة الأولى من بطولة الرابطة المحترفة الأولى لكرة القدم",
     [("الرابطة المحترفة الأولى لكرة القدم", "ORG")]),
    ("لحساب الجولة الخامسة من بطولة الرابطة المحترفة الثانية و التي ستجمع",
     [("الرابطة المحترفة الثانية", "ORG")]),
    ("وصل الرئيس إلى قصر الاتحادية لاستقبال الضيف.", [("قصر الاتحادية", "ORG")]),
    # a scale's name is no ORG
    ("بلغت قوة الزلزال 6 درجات على مقياس ريختر.", [("ريختر", "MISC")]),
])
def test_groups_leagues_and_palaces(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("في حين يلاقي في الثانية الإتحاد الرياضي ببن قردان على الساعة الرابعة مساء",
     [("الإتحاد الرياضي", "ORG"), ("بن قردان", "LOC")]),
    ("ستجمع مساء اليوم الملعب القابسي والنجم الرياضي بالمتلوي",
     [("الملعب القابسي", "ORG"), ("النجم الرياضي", "ORG"), ("المتلوي", "LOC")]),
    ("وتأهلت القوافل الرياضية بقفصة", [("القوافل الرياضية", "ORG"), ("قفصة", "LOC")]),
    # not: a stadium's head, a country
    ("ويلتقي الفريقان في الملعب الرياضي بالرديف", [("الرديف", "LOC")]),
    ("نظم الاتحاد الرياضي بفرنسا دورة", [("فرنسا", "LOC")]),
])
def test_a_club_before_its_town(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected
