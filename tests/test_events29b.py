"""Session 29, second wave (ev29b): found on wire-style MSA news. A group named as the affiliation of the dead is
their side (target), never the actor; "لصالح X" is no place; the state that announces an execution did it; a
verbal attack on policies, statements or at a press conference is no clash; a qualifier between a count and
"قتلوا"/"حتفهم"; a dateline's agency is no side; a definite attack noun that names a new target or group is a new
attack, no anaphor; "قوات تابعة لـ X" keeps its complement; "قوة أمنية" is an armed unit.
"""

from __future__ import annotations

import pytest

from event_cases import REF, events

AIR = "air/drone strike"
SHELLING = "shelling/artillery/missile attack"
CLASH = "armed clash"
ARREST = "arrests"


@pytest.mark.parametrize(("text", "expected"), [
    # the members' group right after a casualty word: singular, dual, "أحد", a count with من, members read as group
    ("مقتل قيادي في حزب الله بغارة على جنوب لبنان",
     [("غارة", AIR, False, [("target", "حزب الله")], 1, None)]),
    ("مقتل قيادي بارز في حزب الله بغارة إسرائيلية على جنوب لبنان",
     [("غارة", AIR, False, [("actor", "إسرائيلية"), ("target", "حزب الله")], 1, None)]),
    ("قتل عنصران من حزب الله في غارة على جنوب لبنان",
     [("غارة", AIR, False, [("target", "حزب الله")], 2, None)]),
    ("مقتل أحد عناصر حركة حماس في قصف على خان يونس",  # (one dead since session 37: "أحد" + a people noun)
     [("قصف", SHELLING, False, [("target", "حماس")], 1, None)]),
    ("قتل ثلاثة من عناصر حزب الله في غارة", [("غارة", AIR, False, [("target", "حزب الله")], 3, None)]),
    ("مقتل عناصر من حزب الله بغارة على جنوب لبنان", [("غارة", AIR, False, [("target", "حزب الله")], None, None)]),
    ("استشهد قائد في كتائب القسام بغارة جوية على رفح",
     [("غارة جوية", AIR, False, [("target", "كتائب القسام")], 1, None)]),
    # the killer's name between the casualty verb and the members
    ("قتلت إسرائيل قياديا في حزب الله بغارة على جنوب لبنان",
     # (session 39: the state subject of the killing verb strikes, and the member it killed counts)
     [("غارة", AIR, False, [("actor", "إسرائيل"), ("target", "حزب الله")], 1, None)]),
    # the victims as the killing verb's object pronoun: the members after it killed ("جنود قتلهم عناصر داعش")
    ("وتعود الجثث إلى جنود عراقيين قتلهم عناصر تنظيم داعش خلال سلسلة هجمات دموية استهدفت قواعد للجيش",
     [("هجمات", CLASH, False, [("actor", "داعش"), ("target", "قواعد للجيش")], None, None)]),
    # members who attack: their group is the actor
    ("هاجم عناصر من حزب الله موقعا للجيش",
     [("هاجم", CLASH, False, [("actor", "حزب الله"), ("target", "موقعا للجيش")], None, None)]),
    ("مقتل 5 جنود عراقيين بهجوم لتنظيم داعش في كركوك",
     [("هجوم", CLASH, False, [("actor", "داعش")], 5, None)]),
])
def test_the_group_of_the_dead_is_hit(nlp, text, expected):
    assert events(nlp, text, counts=True) == expected


def test_an_execution_announced_by_the_state(nlp):
    text = ("وفي الرابع عشر من شباط/فبراير الماضي، أعلنت السلطات الإيرانية إعدام أربعة أشخاص أدينوا بالتجسس "
            "لصالح إسرائيل.")
    assert events(nlp, text) == [("إعدام", "attack", False, [("actor", "السلطات الإيرانية"),
                                                            ("target", "أربعة أشخاص")])]
    doc = nlp(text, reference_date=REF)
    assert doc.layers["events"][0].location is None  # "لصالح إسرائيل": for whom, not where


def test_for_whose_account_is_no_place(nlp):
    doc = nlp("اعتقلت السلطات رجلا بتهمة التجسس لحساب الولايات المتحدة", reference_date=REF)
    [e] = doc.layers["events"]
    assert (e.subtype, e.location) == (ARREST, None)


@pytest.mark.parametrize("text", [
    "وهاجم وزير الخارجية الأمريكي أنتوني بلينكن سياسات الحكومة الروسية خلال مؤتمر صحفي في واشنطن",
    "وهاجمت الوزيرة قرار البرلمان الأخير",
    "وهاجم رئيس الوزراء تصريحات زعيم المعارضة",
    "وشن رئيس الحزب هجوما حادا على الحكومة",
])
def test_verbal_attacks(nlp, text):
    assert events(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("هاجم مسلحون حاجزا للجيش في ريف درعا", [("هاجم", CLASH, False, [("actor", "مسلحون"), ("target", "حاجزا للجيش")])]),
    ("وقال المتحدث في مؤتمر صحفي إن مجهولين هاجموا مركزا للشرطة",
     [("هاجموا", CLASH, False, [("actor", "مجهولين"), ("target", "مركزا للشرطة")])]),
])
def test_armed_attacks_stay(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "killed", "injured"), [
    ("قالت وزارة الصحة إن 31 شخصا على الأقل قتلوا وأصيب أكثر من 100 آخرين في غارات إسرائيلية على رفح", 31, 100),
    ("لقي 12 شخصا على الأقل حتفهم في غارات إسرائيلية على رفح", 12, None),
    ("لقي 12 شخصا تقريبا حتفهم في غارات إسرائيلية على رفح", 12, None),
    ("قالت الشرطة إن خمسة أشخاص على الأقل قتلوا في الهجوم", 5, None),
    ("قالت الشرطة إن 31 شخصا قتلوا في غارات إسرائيلية على رفح", 31, None),
    # the count read by the casualty word before is not read again by the one after the qualifier
    ("وأكد شاهد عيان على الهجوم الإرهابي الذي استهدف مسجدا في كيبيك، مقتل تونسي وإصابة تونسيين اثنين على الأقل "
     "بإصابات خطيرة.", 1, 2),
])
def test_a_qualifier_after_the_count(nlp, text, killed, injured):
    [e] = events(nlp, text, counts=True)
    assert e[-2:] == (killed, injured)


@pytest.mark.parametrize(("text", "expected"), [
    ("دمشق، 12 يناير (رويترز) - قال التلفزيون الرسمي السوري إن انفجار سيارة ملغومة أودى بحياة ستة أشخاص",
     [("انفجار", "remote explosive/landmine/IED", False, [])]),
    ("بيروت (أ ف ب) - قتل ثلاثة أشخاص في غارة على جنوب لبنان", [("غارة", AIR, False, [])]),
])
def test_a_dateline_agency_is_no_side(nlp, text, expected):
    assert events(nlp, text) == expected


ROUNDUP = (
    "وأعلنت جماعة أنصار الله الحوثية مسؤوليتها عن الهجوم، فيما قال التحالف بقيادة السعودية إنه اعترض طائرتين "
    "مسيرتين.\nوفي ليبيا، اندلعت اشتباكات بين قوات تابعة لحكومة الوحدة الوطنية وأخرى موالية للجيش الوطني الليبي "
    "بقيادة خليفة حفتر في طرابلس.\nوشنت حركة الشباب المجاهدين الصومالية هجوما على قاعدة للاتحاد الأفريقي في "
    "مقديشو.\nوتبنت جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة الهجوم الذي استهدف ثكنة للجيش المالي.\n"
    "واتهمت قوات سوريا الديمقراطية (قسد) الفصائل الموالية لتركيا بقصف قرى في ريف منبج.")


def test_a_definite_attack_with_a_new_target_is_a_new_attack(nlp):
    found = events(nlp, ROUNDUP)
    assert [e[0] for e in found] == ["الهجوم", "اشتباكات", "هجوما", "الهجوم", "قصف"]
    # (the claimant is JNIM, not al-Qaeda it is linked to: session 30, ev30d)
    assert found[3][3] == [("actor", "جماعة نصرة الإسلام والمسلمين"), ("target", "جيش المالي")]
    # no group read in "لحكومة الوحدة الوطنية": the members' phrase keeps its ل complement
    assert found[1][3][0] == ("actor", "قوات تابعة لحكومة الوحدة الوطنية")


def test_an_anaphor_still_folds_into_its_attack(nlp):
    text = ("قتل 22 شخصا في تفجير انتحاري بمانشستر. وقالت الشرطة إن التحقيق مستمر. "
            "وأعلن تنظيم داعش مسؤوليته عن الهجوم.")
    assert events(nlp, text, counts=True) == [("تفجير انتحاري", "suicide bomb", False, [("actor", "داعش")], 22, None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("وقالت مصادر إن قوة أمنية اعتقلت ثلاثة أشخاص في المدينة",
     [("اعتقلت", ARREST, False, [("actor", "قوة أمنية"), ("target", "ثلاثة أشخاص")])]),
    ("وقالت مصادر إن القوة الأمنية اعتقلت ثلاثة أشخاص",
     [("اعتقلت", ARREST, False, [("actor", "القوة الأمنية"), ("target", "ثلاثة أشخاص")])]),
    # "بالقوة" is no unit
    ("وفرقت الشرطة المحتجين بالقوة", None),
])
def test_a_security_unit(nlp, text, expected):
    found = events(nlp, text)
    if expected is None:
        assert not any(a[1] == "بالقوة" for e in found for a in e[3])
    else:
        assert found == expected
