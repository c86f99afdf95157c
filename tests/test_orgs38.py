"""Session 38 (org38): organisation families found missed or cut on ANT news.

- A security unit named by what it fights or investigates is one ORG (``security_units.yaml``,
  ``orgs.security_unit_missions``): a singular head with the article and the unit's adjectives, the mission after ل
  (or after "في"/ب when the unit is "specialised"), the security body written with ل after it in the name, the
  place after ب out ("الوحدة الوطنية للبحث في جرائم الإرهاب للحرس الوطني" + "بالعوينة" was only "لحرس الوطني");
  or the head in construct with the mission ("فرقة مكافحة المخدرات").  Not the plural units, an indefinite unit,
  "national unity", or a unit sent "for investigation" without a crime.
Sentences from ANT v1.1 (article numbers as ``jdump.py`` counts them) and their family; each span is asserted
with its offset."""

from __future__ import annotations

import pytest

from entity_cases import NLP


def spans(sentence: str) -> list[tuple[str, str, int]]:
    """Each entity of ``sentence`` as (text, label, start), its offsets checked."""
    doc = NLP(sentence)
    for e in doc.entities:
        assert sentence[e.start:e.end] == e.text
    return [(e.text, e.label, e.start) for e in doc.entities]


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT 2441: the national unit, its mission and the guard it belongs to; the place out
    ("وقد تمت إحالته على الوحدة الوطنية للبحث في جرائم الإرهاب للحرس الوطني بالعوينة وفق ما أكده ذات المصدر",
     [("الوحدة الوطنية للبحث في جرائم الإرهاب للحرس الوطني", "ORG", 19)]),
    # ANT 2880: the head after ل ("للوحدة"), "الأبحاث" for "البحث"
    ("أمكن للوحدة الوطنية للأبحاث في جرائم الإرهاب بالقرجاني كشف شبكة مختصة في التهريب",
     [("لوحدة الوطنية للأبحاث في جرائم الإرهاب", "ORG", 6)]),
    # ANT 2482: the national squad, the hamza not written
    ("علما ان الخلية الارهابية والتلميذ الذي مجد الارهاب سيقع توجيههم الى الفرقة الوطنية لمكافحة الارهاب بتونس العاصمة",
     [("الفرقة الوطنية لمكافحة الارهاب", "ORG", 68), ("تونس", "LOC", 100)]),
    # ANT 2976: "التابعة" ends the unit; the guard is its own ORG
    ("تمكّنت الفرقة المركزية لمكافحة المخدرات التابعة للحرس الوطني بالعوينة من حجز حوالي كيلوغرام من مادة القنب الهندي",
     [("الفرقة المركزية لمكافحة المخدرات", "ORG", 7), ("لحرس الوطني", "ORG", 49)]),
    # held 8365: "specialised in" + the investigation and its crime
    ("تمكن أعوان الفرقة المختصة في البحث في قضايا الإرهاب التابعة لمنطقة الشرطة بقفصة من إلقاء القبض على عنصر أصيل "
     "الجهة",
     [("الفرقة المختصة في البحث في قضايا الإرهاب", "ORG", 11), ("منطقة الشرطة", "ORG", 61), ("قفصة", "LOC", 75)]),
    # held 7015: a sub-directorate and the guard it belongs to (was the directorate and "لحرس الوطني", two ORGs)
    ("وتمكنت الإدارة الفرعية لمكافحة الإجرام للحرس الوطني ببن عروس من حجز مخطوطة باللغة العبرية",
     [("الإدارة الفرعية لمكافحة الإجرام للحرس الوطني", "ORG", 7), ("بن عروس", "LOC", 53)]),
    ("وتم ترحيلها إلى الوحدة المختصة لمكافحة الإرهاب بالقرجاني", [("الوحدة المختصة لمكافحة الإرهاب", "ORG", 16)]),
    # held 8384, 6101: the head in construct with the mission, after ب too
    ("وتمكنت فرقة مكافحة المخدرات بسوسة من إيقاف شخصين", [("فرقة مكافحة المخدرات", "ORG", 7), ("سوسة", "LOC", 29)]),
    ("ان الوحدة الوطنية للبحث في جرائم الارهاب بالعوينة معززة، بوحدة مكافحة الارهاب التابعة للحرس الوطني ببنزرت، "
     "تمكنت اليوم من العثور على أسلحة",
     [("الوحدة الوطنية للبحث في جرائم الارهاب", "ORG", 3), ("وحدة مكافحة الارهاب", "ORG", 58),
      ("لحرس الوطني", "ORG", 87), ("بنزرت", "LOC", 100)]),
    # ANT 2842: the crime a plural with its adjective
    ("وتمت إحالة الموقوف على الفرقة الوطنية للبحث في الجرائم الإرهابية بتهمة الانتماء لتنظيم إرهابي",
     [("الفرقة الوطنية للبحث في الجرائم الإرهابية", "ORG", 23)]),
    ("وتم توجيه العنصر الإرهابي الى الفرقة الوطنية لمكافحة الجرائم الارهابية",
     [("الفرقة الوطنية لمكافحة الجرائم الارهابية", "ORG", 30)]),
    # held 7616: a regional squad
    ("وتمكنت الفرقة الجهوية لمكافحة المخدرات بسوسة من حجز كمية من الزطلة",
     [("الفرقة الجهوية لمكافحة المخدرات", "ORG", 7), ("سوسة", "LOC", 40)]),
    # the family: an ordinal, two crimes coordinated, a service "specialised" with ب, trafficking in persons
    ("وتعهدت الفرقة المركزية الأولى لمكافحة الإرهاب والجريمة المنظمة بالبحث",
     [("الفرقة المركزية الأولى لمكافحة الإرهاب والجريمة المنظمة", "ORG", 7)]),
    ("وأحيل الملف على المصلحة المختصة بمكافحة الاتجار بالبشر بتونس",
     [("المصلحة المختصة بمكافحة الاتجار بالبشر", "ORG", 16), ("تونس", "LOC", 56)]),
    # a mission named by a noun and its adjectives (ANT: "الفرقة المركزية للمراقبة الصحية والاقتصادية" 6 times)
    ("وتمكنت الفرقة المركزية للمراقبة الصحية والاقتصادية من حجز كميات من اللحوم الفاسدة.",
     [("الفرقة المركزية للمراقبة الصحية والاقتصادية", "ORG", 7)]),
    ("وتعهدت الفرقة الجهوية للمراقبة الاقتصادية بصفاقس بالملف.",
     [("الفرقة الجهوية للمراقبة الاقتصادية", "ORG", 7), ("صفاقس", "LOC", 43)]),
    ("وتمت إحالته على الفرقة المركزية الثانية للأبحاث المركزية للحرس الوطني بالعوينة.",
     [("الفرقة المركزية الثانية للأبحاث المركزية للحرس الوطني", "ORG", 16)]),
    # the squad of searches and inspection before its district ("بمنطقة الحرس الوطني", "التابعة لإقليم …"): was untagged
    ("وخاصة رئيس فرقة الأبحاث والتفتيش بمنطقة الحرس الوطني بطبلبة",
     [("فرقة الأبحاث والتفتيش", "ORG", 11), ("منطقة الحرس الوطني", "ORG", 34), ("طبلبة", "LOC", 54)]),
    ("وتعهدت فرقة الأبحاث والتفتيش التابعة لإقليم الحرس الوطني بسوسة بالبحث.",
     [("فرقة الأبحاث والتفتيش", "ORG", 7), ("إقليم الحرس الوطني", "ORG", 38), ("سوسة", "LOC", 58)]),
    ("تمكنت فرقة الأبحاث والتفتيش للحرس الوطني بالقصرين من حجز أسلحة.",
     [("فرقة الأبحاث والتفتيش للحرس الوطني", "ORG", 6), ("القصرين", "LOC", 42)]),
    # was cut at "للمصالح"
    ("وقال الناطق باسم الإدارة العامة للمصالح المختصة للأمن الوطني إن العملية نجحت.",
     [("الإدارة العامة للمصالح المختصة للأمن الوطني", "ORG", 17)]),
])
def test_security_unit_missions(sentence: str, expected: list[tuple[str, str, int]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize("sentence", [
    # plural units and an indefinite unit are no names (ANT 2536, 2482's family)
    "تمكنت وحدات مختصة في مكافحة الإرهاب الخميس من القاء القبض على شخص",
    "وشدد على أن الوحدات الخاصة لمكافحة الإرهاب ستواصل عملياتها النوعية",
    "وتم إيقافه من قبل فرقة لمكافحة الإرهاب",
    # national unity, and a unit sent "for investigation"
    "وتمسك الحزب بحكومة الوحدة الوطنية لمكافحة الإرهاب والفقر",
    "ودعا إلى دعم الوحدة الوطنية للتصدي للإرهاب",
    "وأحيل على الفرقة المختصة للبحث",
])
def test_no_security_unit(sentence: str) -> None:
    assert [s for s in spans(sentence) if s[1] == "ORG"] == []


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT line 10438 (article 8xxx of the reading): the organising company, no ORG "المنظمة للحفل"
    ("لكن يبدو أن تلك المداخيل تم تحويلها جميعها الى حسابات الشركة المنظمة للحفل.", []),
    ("وأعلنت الهيئة المنظمة للمهرجان عن برنامج الدورة.", []),
    ("وقررت اللجنة المنظمة لبطولة العالم تأجيل المباريات.", []),
    # an organisation called "المنظمة" after a verb stays
    ("وأكدت المنظمة الدولية للهجرة أن عدد المهاجرين ارتفع.", [("المنظمة الدولية للهجرة", "ORG", 6)]),
    # ANT line 10516: the ministry ends before "وإلحاق" + its object
    ("وقرر رئيس الحكومة حذف وزارة الوظيفة العمومية والحوكمة وإلحاق الهياكل الراجعة إليها لدى رئاسة الحكومة.",
     [("وزارة الوظيفة العمومية والحوكمة", "ORG", 22), ("رئاسة الحكومة", "ORG", 87)]),
    ("وتقرر حذف وزارة الشؤون المحلية والبيئة وإلحاق مصالحها بوزارة الداخلية.",
     [("وزارة الشؤون المحلية والبيئة", "ORG", 10), ("وزارة الداخلية", "ORG", 55)]),
    # ANT line 10527: small and medium enterprises, the pair whole
    ("ثم تقلدت منصب رئيسة مديرة عامة لبنك تمويل المؤسسات الصغرى والمتوسطة برتبة كاتب دولة.",
     [("بنك تمويل المؤسسات الصغرى والمتوسطة", "ORG", 32)]),
    # the Sahel bus company (ANT, 25 times untagged) and Algeria's lower house (known_orgs)
    ("أكد أيمن بن عائشة، وهو سائق حافلة بشركة النقل بالساحل، أن خلافا جد بينه وبين عون أمن.",
     [("شركة النقل بالساحل", "ORG", 35)]),
    ("شركة النقل بالساحل تتسلم 29 حافلة مستعملة", [("شركة النقل بالساحل", "ORG", 0)]),
    ("ويشارك في الانتخابات مرشحون من 60 حزبا يتنافسون للفوز بعضوية المجلس الشعبي الوطني، الغرفة السفلى بالبرلمان.",
     [("المجلس الشعبي الوطني", "ORG", 61)]),
    # ANT line 10470: a travel agency, no name
    ("وقال المدير العام لوكالة أسفار في مداخلة هاتفية إن الوزيرة لم تنتهز الفرصة.", []),
])
def test_org_bounds38(sentence: str, expected: list[tuple[str, str, int]]) -> None:
    assert [s for s in spans(sentence) if s[1] == "ORG"] == expected
