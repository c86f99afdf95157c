"""Session 38 (org38b): football clubs named by several words, companies and their products.

- A football club named by two words or more that name nothing else (``ner/club_names.yaml``,
  ``orgs.whole_club_names``) is one ORG wherever it stands, a proclitic allowed ("لباريس سان جيرمان",
  "وباريس سان جيرمان"), where the tagger read "باريس" as a place and "سان جيرمان" as a person, or the whole
  as a person ("ديبورتيفو الافيس"); a person's name the tagger ran on with begins after it.  The towns alone stay
  places ("باريس", "مدريد").
- A company (``rules.yaml``'s ``companies``) read as a place is the ORG ("وأشارت سامسونج"), its proclitic left
  out ("وسامسونج"); one after its head in a person's name loses the head ("وشركتا أوبر"); a product with its
  model is a MISC ("أندرويد نوجا"), and a company and its product in one name are the ORG and the MISC
  (``orgs.brand_products``).
- An ORG of two listed clubs joined by و is two ORGs ("ريال مدريد وميلان"; ``orgs.split_coordinated_clubs``).
Sentences from ANT v1.1 (article numbers as ``jdump.py`` counts them) or built on their families; each span is
asserted with its offset."""

from __future__ import annotations

import pytest

from entity_cases import entity_spans as spans


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 9000: the town a LOC and the rest a PER before
    ("تمكن باريس سان جيرمان من التتويج بكأس فرنسا للمرة 11 في تاريخه",
     [("باريس سان جيرمان", "ORG", 5), ("فرنسا", "LOC", 38)]),
    # ANT 9374: ل on the town
    ("انتصار تاريخي و عريض لباريس سان جيرمان على برشلونة",
     [("باريس سان جيرمان", "ORG", 22), ("برشلونة", "ORG", 43)]),
    # ANT 9103: و on the town
    ("مباراة النادي الإفريقي وباريس سان جيرمان أمس الأربعاء",
     [("النادي الإفريقي", "ORG", 7), ("باريس سان جيرمان", "ORG", 24)]),
    # ANT 9242: after the president
    ("رئيس باريس سان جيرمان : سعدنا كثيرا بزيارة تونس",
     [("باريس سان جيرمان", "ORG", 5), ("تونس", "LOC", 43)]),
    # ANT 9000, 9334: a PER before; both spellings of the hamza
    ("بعد فوزه على ديبورتيفو الافيس بثلاثة اهداف لهدف في النهائي", [("ديبورتيفو الافيس", "ORG", 13)]),
    ("واكتسح برشلونة نظيره ديبورتيفو ألافيس على ملعبه",
     [("برشلونة", "ORG", 7), ("ديبورتيفو ألافيس", "ORG", 21)]),
    # ANT 8843: the tagger's person "جيرمان أدريان رابيو" begins after the club
    ("ومتوسط ميدان باريس سان جيرمان أدريان رابيو ومدافع نيس",
     [("باريس سان جيرمان", "ORG", 13), ("أدريان رابيو", "PER", 30), ("نيس", "ORG", 50)]),
    # ANT 9511: "مانشستر" alone an ORG before
    ("تمكن مانشستر سيتي اليوم الثلاثاء من تحقيق فوز هام", [("مانشستر سيتي", "ORG", 5)]),
    # ANT 9114, 9628: a PER before
    ("لم يلعب العلاقي كثيرا مع فريقه السابق هيرتا برلين بسبب الإصابة", [("هيرتا برلين", "ORG", 38)]),
    ("بلقائي هامبورغ مع بوروسيا مونشنجلادباخ، وبايرن ميونخ أمام شالكة.",
     [("هامبورغ", "ORG", 7), ("بوروسيا مونشنجلادباخ", "ORG", 18), ("بايرن ميونخ", "ORG", 41)]),
    # negatives: the towns alone, and "سان دوني" a place
    ("وصل الرئيس إلى باريس أمس قادما من مدريد", [("باريس", "LOC", 15), ("مدريد", "LOC", 34)]),
    ("زار الوفد مدينة باريس وضاحية سان دوني", [("باريس", "LOC", 16), ("سان دوني", "LOC", 29)]),
])
def test_whole_club_names(sentence: str, expected: list[tuple[str, str, int]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 10102: a LOC before
    ("وأشارت سامسونج في بيان لها إنها ترسل العلب الواقية", [("سامسونج", "ORG", 7)]),
    # ANT 10085: the conjunction out of the span
    ("تستطيع هواوي مناطحة منافسيها (أبل وسامسونج) بتقليص الفارق",
     [("هواوي", "ORG", 7), ("سامسونج", "ORG", 35)]),
    # ANT 10145: a PER before; the head of the dual out
    ("وتقول دايملر إن هذا النظام يمكن أن يكون جاهزا", [("دايملر", "ORG", 6)]),
    ("تهيمن عليه شركة ديدي الصينية وشركتا أوبر وليفت ومقرهما الولايات المتحدة.",
     [("أوبر", "ORG", 36), ("الولايات المتحدة", "LOC", 55)]),
    # ANT 10139: the product and its model a MISC (a PER before)
    ("-النظام : أندرويد نوجا 7.1 مع واجهة جديدة", [("أندرويد نوجا", "MISC", 10)]),
    # the company and its product in one PER of the tagger
    ("أطلقت سامسونج هاتف جالكسي إس 8 الذي يعمل", [("سامسونج", "ORG", 6), ("جالكسي إس", "MISC", 19)]),
    # ANT 10128: WikiLeaks a PER before
    ("وقال ويكيليكس إن غرضه من نشر هذه المعلومات هو فتح نقاش", [("ويكيليكس", "ORG", 5)]),
    # ANT 10157
    ("أطلقت شركة نينتندو للألعاب الإلكترونية تطبيقها الجديد", [("نينتندو", "ORG", 11)]),
    # negative: a town of the gazetteer that names a company too stays the tagger's place
    ("وصل الوفد إلى نوكيا في فنلندا", [("نوكيا", "LOC", 14), ("فنلندا", "LOC", 23)]),
])
def test_brand_products(sentence: str, expected: list[tuple[str, str, int]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 9907: the tagger's "ريال مدريد وميلان" is two clubs
    ("حيث ارتدى قمصان ريال مدريد وميلان وأوليمبيك ليون بالإضافة لتشيلسي",
     [("ريال مدريد", "ORG", 16), ("ميلان", "ORG", 28), ("تشيلسي", "ORG", 59)]),
    # one-word clubs on both sides, و left out of the second
    ("بينما خرج أرسنال ونابولي وفاز يوفنتوس وبورتو",
     [("أرسنال", "ORG", 10), ("نابولي", "ORG", 18), ("يوفنتوس", "ORG", 30), ("بورتو", "ORG", 39)]),
])
def test_split_coordinated_clubs(sentence: str, expected: list[tuple[str, str, int]]) -> None:
    assert spans(sentence) == expected
