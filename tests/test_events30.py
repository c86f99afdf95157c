"""Events, session 30: who did it to whom.  The speaker of "أعلن X أنه + verb" did the deed, also with its day and
commas between; a verb's subject is never written with ل or after "في"/"مع"; a unit's weapon name ("وحدة الصواريخ")
is no event; the two sides of a clash after "بين" also past an adjective, a day and a place; a name in brackets
glosses the one before it; a person taken keeps a relative clause about them apart from the names in it; Algerian
army detachments; a place is never a side; an aircraft's model and nisba are its phrase."""

from __future__ import annotations

import pytest

import arabnews


def _events(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    out = arabnews.analyze(text, reference_date="2017-06-01").to_dict()["events"]
    return [(e["subtype"], [(a["role"], a["text"]) for a in e["actors"]]) for e in out]


SHELL = "shelling/artillery/missile attack"


@pytest.mark.parametrize(("text", "expected"), [
    # the speaker tells of its own deed, with the day and commas between (Al Jazeera, Reuters, SANA styles)
    ("أعلن الجيش الإسرائيلي، صباح اليوم الثلاثاء، أنه اغتال قائد وحدة الصواريخ في حزب الله في جنوب لبنان.",
     # (session 39: the commander's group, his title its members)
     [("attack", [("actor", "الجيش الإسرائيلي"), ("target", "حزب الله")])]),
    ("أعلنت القوات الروسية، مساء الأحد، أنها قصفت مواقع للمسلحين في ريف إدلب.",
     [(SHELL, [("actor", "القوات الروسية"), ("target", "مواقع للمسلحين")])]),
    ("وقالت قوات سوريا الديمقراطية، في بيان، إنها اعتقلت خمسة عناصر من تنظيم داعش في دير الزور.",
     [("arrests", [("actor", "قوات سوريا الديمقراطية"), ("target", "داعش")])]),
    ("أكد الجيش الليبي، اليوم الخميس، أنه استهدف تجمعا للمسلحين جنوب طرابلس.",
     [(SHELL, [("actor", "الجيش الليبي"), ("target", "تجمعا للمسلحين")])]),
    ("أعلنت حركة الشباب، الجمعة، أنها هاجمت قاعدة عسكرية في جنوب الصومال.",
     [("armed clash", [("actor", "حركة الشباب"), ("target", "قاعدة عسكرية")])]),
    # the group written with ل or after في is the object's owner, not the verb's subject
    ("قال الجيش الأمريكي إنه قصف مواقع لتنظيم داعش في سوريا.",
     [(SHELL, [("actor", "الجيش الأمريكي"), ("target", "داعش")])]),
    ("أعلن الجيش الإسرائيلي أنه اغتال قائدا في حزب الله.",
     [("attack", [("actor", "الجيش الإسرائيلي"), ("target", "حزب الله")])]),
    ("قال المرصد السوري لحقوق الإنسان، ومقره لندن، إن هيئة تحرير الشام استهدفت مواقع لقوات النظام في ريف إدلب "
     "الجنوبي بالمدفعية الثقيلة.",
     [(SHELL, [("actor", "هيئة تحرير الشام"), ("target", "قوات النظام")])]),
    # (not the owner of a noun's shelling right after it: "قصف لقوات التحالف" is the coalition's)
    ("مقتل 10 أطفال يمنيين في قصف لقوات التحالف العربي على مدرسة",
     # (the coalition's name with its "قوات" is one registry name since session 31)
     [(SHELL, [("actor", "قوات التحالف العربي"), ("target", "مدرسة")])]),
    # (nor a partitive "من": "عدد من السكان" protest)
    ("احتج عدد من السكان بإغلاق الطريق الساحلي.", [("peaceful protest", [("actor", "السكان")])]),
])
def test_speaker_of_own_deed_and_subject_without_preposition(text: str, expected: list) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a weapon after a unit head names the unit: no shelling of its own
    ("قتل قائد كتيبة المدفعية في الجيش السوري بغارة إسرائيلية.",
     [("air/drone strike", [("actor", "إسرائيلية"), ("target", "الجيش السوري")])]),
    ("أطلقت وحدة الصواريخ في حزب الله عشرين صاروخا على الجليل.", [(SHELL, [("actor", "حزب الله")])]),
    # (the artillery itself firing stays an event)
    ("قصفت المدفعية الإسرائيلية بلدة الخيام.", [(SHELL, [("actor", "المدفعية الإسرائيلية")])]),
])
def test_unit_name_is_no_event(text: str, expected: list) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "sides"), [
    ("اندلعت اشتباكات عنيفة، ليلة الأحد، بين جهاز دعم الاستقرار وقوة الردع الخاصة في منطقة أبوسليم بالعاصمة الليبية.",
     ["جهاز دعم الاستقرار", "قوة الردع الخاصة"]),
    ("دارت اشتباكات مسلحة اليوم في مدينة الزاوية بين قوات الجيش ومسلحين مجهولين.", ["قوات الجيش", "مسلحين مجهولين"]),
    ("وقعت معارك ضارية في ريف حلب بين قوات النظام وفصائل المعارضة.", ["قوات النظام", "فصائل المعارضة"]),
    ("اندلعت مواجهات، فجر اليوم، في مدينة الفاشر بين الجيش السوداني وقوات الدعم السريع.",
     ["الجيش السوداني", "قوات الدعم السريع"]),
    ("تجددت المعارك العنيفة، صباح الأربعاء، في محافظة مأرب بين القوات الحكومية والحوثيين.",
     ["القوات الحكومية", "الحوثيين"]),
    ("اندلعت اشتباكات عنيفة ليلة الأحد بين الجيش السوداني وقوات الدعم السريع في الخرطوم.",
     ["الجيش السوداني", "قوات الدعم السريع"]),
])
def test_clash_sides_past_adjective_day_and_place(text: str, sides: list[str]) -> None:
    assert _events(text) == [("armed clash", [("actor", s) for s in sides])]


def test_between_in_another_clause_is_no_side() -> None:
    # "بين الأزقة" after another verb is no pair of sides of the clash before it
    events = _events("وقعت اشتباكات أمس وقال شهود إن الشرطة فرقت المحتجين بين الأزقة.")
    assert events[0] == ("armed clash", [])


@pytest.mark.parametrize(("text", "expected"), [
    ("في هجوم شنّه مسلحو جماعة أنصار الله (الحوثيين) على مواقع القوات الحكومية في جبهة مريس.",
     [("armed clash", [("actor", "جماعة أنصار الله")])]),
    ("قصفت قوات الدعم السريع (الجنجويد) أحياء في مدينة الفاشر.", [(SHELL, [("actor", "قوات الدعم السريع")])]),
    ("شنت قوات سوريا الديمقراطية (قسد) هجوما على مواقع تنظيم الدولة الإسلامية في دير الزور.",
     [("armed clash", [("actor", "قوات سوريا الديمقراطية"), ("target", "تنظيم الدولة الإسلامية")])]),
    ("هاجم مسلحو حركة الشباب (المجاهدين) قاعدة للجيش الصومالي في شبيلي السفلى.",
     [("armed clash", [("actor", "حركة الشباب"), ("target", "جيش الصومالي")])]),
])
def test_bracketed_gloss_is_the_same_side(text: str, expected: list) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("اختطف مسلحون قبليون مهندسا يعمل لدى منظمة إغاثية دولية على الطريق الرابط بين صرواح ومدينة مأرب.",
     [("actor", "مسلحون قبليون"), ("target", "مهندسا")]),
    ("خطف مسلحون مجهولون طبيبا يعمل في مستشفى الجمهورية بمدينة عدن.",
     [("actor", "مسلحون مجهولون"), ("target", "طبيبا")]),
    ("اختطفت جماعة مسلحة مقاولا تركيا يعمل لدى شركة إنشاءات في ليبيا.",
     [("actor", "جماعة مسلحة"), ("target", "مقاولا تركيا")]),
    ("اعتقلت قوات الأمن مهندسا يعمل في وزارة النفط.", [("actor", "قوات الأمن"), ("target", "مهندسا")]),
    ("اختطف مسلحون خبيرا أجنبيا يعمل لصالح الأمم المتحدة في دارفور.",
     [("actor", "مسلحون"), ("target", "خبيرا أجنبيا")]),
    ("أطلق مسلحون النار على مسعف يعمل مع الهلال الأحمر في درعا.", [("actor", "مسلحون"), ("target", "مسعف")]),
    ("اختطف مسلحون دبلوماسيا مصريا في طرابلس.", [("actor", "مسلحون"), ("target", "دبلوماسيا مصريا")]),
])
def test_person_taken_before_a_clause_about_them(text: str, expected: list) -> None:
    assert _events(text)[0][1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the subject of "X قضت على A وأوقفت B" is X, not A (and "قضت على" is itself a fight, session 31)
    ("أعلنت وزارة الدفاع الوطني أن مفارز للجيش الوطني الشعبي قضت على إرهابيين اثنين وأوقفت 9 عناصر دعم للجماعات "
     "الإرهابية.", [("armed clash", [("actor", "جيش الوطني الشعبي"), ("target", "إرهابيين")]),
                    ("arrests", [("actor", "جيش الوطني الشعبي"), ("target", "9 عناصر")])]),
    ("قضت وحدات الجيش على ثلاثة مسلحين واعتقلت خمسة آخرين في ولاية سكيكدة.",
     [("armed clash", [("actor", "وحدات الجيش")]), ("arrests", [("actor", "وحدات الجيش"), ("target", "خمسة آخرين")])]),
    ("كما أوقفت مفارز مشتركة 47 تاجر مخدرات وأحبطت محاولات إدخال كميات ضخمة من المخدرات.",
     [("arrests", [("actor", "مفارز مشتركة"), ("target", "47 تاجر")])]),
    # a place is never a side ("برج باجي مختار", a town named with a landmark's head)
    ("وفي تمنراست وبرج باجي مختار وجانت، أوقفت مفارز للجيش 312 شخصا وضبطت 28 مركبة.",
     [("arrests", [("actor", "مفارز"), ("target", "312 شخصا")])]),
])
def test_algerian_detachments(text: str, expected: list) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("أعلنت خلية الإعلام الأمني مقتل ثلاثة عناصر من تنظيم داعش بضربة جوية نفذتها طائرات F-16 العراقية في وادي الشاي.",
     [("actor", "طائرات F-16 العراقية"), ("target", "داعش")]),  # the members' group (session 31, ev31d)
    ("قصفت طائرات F-16 الأردنية مواقع للمهربين على الحدود السورية.",
     [("actor", "طائرات F-16 الأردنية"), ("target", "مواقع للمهربين")]),
    ("شنت مقاتلات Su-24 الروسية غارات على ريف إدلب.", [("actor", "مقاتلات Su-24 الروسية")]),
    # a construct chain after على is the target whole, its last word no actor
    ("الشخص الذي أطلق الرصاص على أفراد خدمات الأمن يوم السبت", [("target", "أفراد خدمات الأمن")]),
    ("اعتدى منحرف على عون شرطة المرور بالعاصمة", [("actor", "منحرف"), ("target", "عون شرطة المرور")]),
])
def test_aircraft_model_and_construct_chain(text: str, expected: list) -> None:
    assert _events(text)[0][1] == expected


def test_offsets_of_new_phrases() -> None:
    text = "قصفت طائرات F-16 الأردنية مواقع للمهربين على الحدود السورية."
    doc = arabnews.analyze(text, reference_date="2017-06-01").to_dict()
    for e in doc["events"]:
        for a in e["actors"]:
            assert text[a["start"]:a["end"]] == a["text"]


@pytest.mark.parametrize(("text", "killed"), [
    ("قالت مصادر محلية إن خمسة جنود من القوات الحكومية قُتلوا وجُرح سبعة آخرون، فجر الخميس، في هجوم شنّه مسلحو "
     "جماعة أنصار الله على مواقعهم.", 5),
    ("خمسة جنود من القوات الحكومية قتلوا في هجوم للحوثيين.", 5),
    ("ثلاثة عناصر من الشرطة الاتحادية قتلوا في انفجار عبوة ناسفة جنوب بغداد.", 3),
    ("لقي 4 عناصر من الشرطة المصرية حتفهم اليوم الجمعة في انفجار عبوة ناسفة.", 4),
])
def test_count_before_its_body_and_the_verb(text: str, killed: int) -> None:
    events = arabnews.analyze(text, reference_date="2017-06-01").to_dict()["events"]
    assert [e["fatalities"]["value"] for e in events] == [killed]


@pytest.mark.parametrize("text", [
    # a relative clause: a statistic, no event of its own
    "وأوضح البيان أن 1120 من الأشخاص الذين قتلوا في العراق الشهر الماضي كانوا من المدنيين.",
    # "شهداء بن عاشور" is a street of Tripoli, no dead
    "وفردين من الدوريات المركزية شهداء بن عاشور",
])
def test_no_count_through_a_relative_or_a_name(text: str) -> None:
    assert arabnews.analyze(text, reference_date="2017-06-01").to_dict()["events"] == []
