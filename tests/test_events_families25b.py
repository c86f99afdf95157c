"""Event families of session 25, second wave (read on 3,000 ANT articles and pan-Arab sentences).

- Armed men the text names as members of a group are that group: "عناصر من حركة الشباب", "مسلحون من تنظيم داعش",
  "عناصر تابعة لتنظيم داعش", "مسلحون ينتمون إلى جماعة بوكو حرام" give the group as the actor (or target), and the
  actor keeps the men's phrase as its ``members``; not a place or a thing after "من" ("فر مسلحون من السجن").
- "مفخخة" after an aircraft ("بطائرة مسيرة مفخخة", "طائرات مسيرة مفخخة") is the drone's charge: an air/drone strike,
  not a roadside bomb; a car bomb or a bomb near an aircraft stays a bomb.
- Targets: a feast hit ("حفل زفاف", "عرسا"), a site with a possessive ("دوريتهم", "قاعدتها"), and a group written with
  ل after the site it owns ("مواقع لوحدات حماية الشعب الكردية").
- An indefinite attack noun followed by "مماثل/مشابه/آخر" ("هجوم مماثل") is another attack than the sentence's first:
  not merged into it, and the casualties told after it are its own (ANT: "ويأتي هذا الهجوم عقب يومين من هجوم مماثل
  وسط العريش، … ما أدى لمقتل ضابطين وإصابة 5 رجال شرطة آخرين").
- A PER entity after a place head that the gazetteer knows as a place ("في محافظة صلاح الدين") is no actor nor
  target but the event's place.
"""

from __future__ import annotations

import pytest

from event_cases import REF, events

CLASH = "armed clash"


@pytest.mark.parametrize(("text", "expected"), [
    ("هاجم عناصر من حركة الشباب قاعدة عسكرية في جنوب الصومال أمس.",
     [("هاجم", CLASH, False, [("actor", "حركة الشباب"), ("target", "قاعدة عسكرية")])]),
    ("نفذ عناصر من تنظيم القاعدة هجوما على ثكنة عسكرية في أبين.",
     [("هجوما", CLASH, False, [("actor", "تنظيم القاعدة"), ("target", "ثكنة عسكرية")])]),
    # the dual, a group named by its head ("تنظيم داعش": the group is "داعش")
    ("قتل جنديان في هجوم نفذه عنصران من حركة الشباب.",
     [("هجوم", CLASH, False, [("actor", "حركة الشباب")])]),
    ("أطلق مسلحون من تنظيم داعش النار على حاجز للجيش في سيناء.",
     [("أطلق", "attack", False, [("actor", "داعش"), ("target", "حاجز للجيش")])]),
    ("أطلقت عناصر من ميليشيا الحوثي قذائف على مدينة تعز.",
     [("قذائف", "shelling/artillery/missile attack", False, [("actor", "ميليشيا الحوثي")])]),
    # "تابعة ل", "تابعون ل": the group written with ل
    ("قتل ثلاثة جنود في هجوم شنه عناصر تابعة لتنظيم داعش في محافظة ديالى.",
     [("هجوم", CLASH, False, [("actor", "داعش")])]),
    ("هاجم مسلحون تابعون لحركة طالبان نقطة تفتيش في ولاية قندهار.",
     [("هاجم", CLASH, False, [("actor", "حركة طالبان"), ("target", "نقطة تفتيش")])]),
    # "ينتمون إلى"
    ("اختطف مسلحون ينتمون إلى جماعة بوكو حرام عشرين فتاة في ولاية بورنو.",
     [("اختطف", "abduction/forced disappearance", False, [("actor", "جماعة بوكو حرام"), ("target", "عشرين فتاة")])]),
    # "للجيش السوري الحر" (the group read without its article), "موالية لحزب الله"
    ("هاجم مسلحون تابعون للجيش السوري الحر مواقع لتنظيم داعش في ريف حلب.",
     [("هاجم", CLASH, False, [("actor", "جيش السوري الحر"), ("target", "داعش")])]),
    # a security body of the state too (ANT: "الوحدات الأمنية التابعة لمنطقة الأمن الوطني")
    ("تمكنت الوحدات الامنية التابعة لمركز الحرس الوطني ببوسالم من ولاية جندوبة ليلة البارحة، من إيقاف طالب.",
     [("إيقاف", "arrests", False, [("actor", "مركز الحرس الوطني"), ("target", "طالب")])]),
    # not an entity whose surface kept the ل of "للإدارة" ("لإدارة العامة"): the units stay the actor
    ("قامت وحدات أمنية تابعة للإدارة العامة للأمن الوطني بمداهمة عديد المحلات.",
     [("مداهمة", "arrests", False, [("actor", "وحدات أمنية تابعة")])]),
    # not a group after "من": a place left, a means
    ("هاجم مسلحون من على دراجات نارية دورية للشرطة.",
     [("هاجم", CLASH, False, [("actor", "مسلحون"), ("target", "دورية")])]),
    # not a group after "موالون ل": the government is no group of the registry, the men stay the actor (with
    # their ل complement since session 29, second wave: "قوات تابعة لحكومة الوحدة الوطنية")
    ("اشتبك مسلحون موالون للحكومة مع عناصر من تنظيم داعش في سرت.",
     [("اشتبك", CLASH, False, [("actor", "مسلحون موالون للحكومة")])]),
])
def test_members_of_a_group(nlp, text: str, expected: list) -> None:
    assert events(nlp, text) == expected


def test_members_kept_with_the_group(nlp) -> None:
    text = "هاجم عناصر من حركة الشباب قاعدة عسكرية في جنوب الصومال أمس."
    doc = nlp(text, reference_date=REF)
    (event,) = doc.layers["events"]
    actor = event.actors[0]
    assert (actor["text"], actor["layer"], actor["group_id"]) == ("حركة الشباب", "groups", "al-shabaab")
    assert actor["members"] == {"start": 5, "end": 10, "text": "عناصر"}
    assert text[actor["start"]:actor["end"]] == "حركة الشباب"


def test_no_members_without_a_group(nlp) -> None:
    doc = nlp("فر مسلحون من السجن المركزي في المدينة.", reference_date=REF)
    assert all("members" not in a for e in doc.layers["events"] for a in e.actors)
    doc = nlp("هاجم مسلحون من على دراجات نارية دورية للشرطة.", reference_date=REF)
    assert [("members" in a, a["text"]) for e in doc.layers["events"] for a in e.actors] == \
        [(False, "مسلحون"), (False, "دورية")]


AIR = "air/drone strike"
IED = "remote explosive/landmine/IED"


@pytest.mark.parametrize(("text", "expected"), [
    ("قتل ثلاثة جنود في هجوم بطائرة مسيرة مفخخة على قاعدة عسكرية.", [("هجوم", AIR)]),
    ("استهدفت طائرة مسيرة مفخخة مطار أبها الدولي.", [("استهدفت", AIR)]),
    ("هاجمت طائرات مسيرة مفخخة قاعدة حميميم الروسية.", [("هاجمت", AIR)]),
    ("شن الحوثيون هجوما بطائرات مسيرة مفخخة على منشأة نفطية.", [("هجوما", AIR)]),
    # an explosion (an IED by its verb) of a charged drone is one drone strike
    ("انفجرت طائرة مسيرة مفخخة قرب مطار أربيل.", [("انفجرت", AIR)]),
    # a bomb near an aircraft, a car bomb: still bombs
    ("قتل جندي في انفجار سيارة مفخخة قرب طائرة عسكرية جاثمة في المطار.", [("انفجار", IED)]),
    ("قتل جندي في انفجار قرب طائرة عسكرية في المطار.", [("انفجار", IED)]),
    ("قتل مدنيان في انفجار عبوة ناسفة على جانب الطريق.", [("انفجار", IED)]),
])
def test_charged_drone_is_an_air_strike(nlp, text: str, expected: list) -> None:
    assert [(e[0], e[1]) for e in events(nlp, text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("قتل 20 شخصا في غارة جوية استهدفت حفل زفاف في اليمن.",
     [("غارة جوية", AIR, False, [("target", "حفل زفاف")])]),
    ("هاجم مسلحون حفل زفاف في قرية بولاية كادونا.",
     [("هاجم", "attack", False, [("actor", "مسلحون"), ("target", "حفل زفاف")])]),
    ("هاجمت جماعة بوكو حرام عرسا في قرية بشمال شرق نيجيريا.",
     [("هاجمت", "attack", False, [("actor", "جماعة بوكو حرام"), ("target", "عرسا")])]),
    ("قتل جنديان في هجوم استهدف دوريتهم في سيناء.", [("هجوم", CLASH, False, [("target", "دوريتهم")])]),
    ("هاجم مسلحون قاعدتها العسكرية.",
     [("هاجم", CLASH, False, [("actor", "مسلحون"), ("target", "قاعدتها العسكرية")])]),
    ("قصفت المدفعية التركية مواقع لوحدات حماية الشعب الكردية في عفرين.",
     [("قصفت", "shelling/artillery/missile attack", False,
       [("actor", "المدفعية التركية"), ("target", "وحدات حماية الشعب الكردية")])]),
    ("شن الطيران الحربي غارات على مواقع لتنظيم داعش في ريف دير الزور.",
     [("غارات", AIR, False, [("actor", "الطيران الحربي"), ("target", "داعش")])]),
])
def test_targets_hit(nlp, text: str, expected: list) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("ويأتي هذا الهجوم عقب يومين من هجوم مماثل وسط العريش، حيث تم استهداف مدرعة شرطة، ما أدى لمقتل ضابطين "
     "وإصابة 5 رجال شرطة آخرين.",
     [("الهجوم", None, None), ("هجوم", 2, 5), ("استهداف", None, None)]),
    ("ويأتي الهجوم بعد أسبوع من هجوم مماثل أسفر عن مقتل 3 جنود.", [("الهجوم", None, None), ("هجوم", 3, None)]),
    ("وجاء التفجير بعد أيام من تفجير مشابه أوقع 10 قتلى في بغداد.", [("التفجير", None, None), ("تفجير", 10, None)]),
    ("وقد هز انفجار سوق السنك، تلاه انفجار آخر عندما هرع المسعفون لإنقاذ الجرحى.",
     [("انفجار", None, None), ("انفجار", None, None)]),
    # "ثان" after the trigger's own genitive ("انفجار لغم ثان"): one explosion
    ('أعلن الناطق باسم وزارة الدفاع الوطني، عن "إنفجار لغم ثان خلال عملية التمشيط الجارية بجبل سمامة، مما أسفر عن '
     "إصابة 5 عسكريين.", [("إنفجار", None, 5)]),
    # not a protest ("تحركات احتجاجية أخرى" after a strike are no other violent attack)
    ("وأضاف أن الإضراب ستتبعه تحركات احتجاجية أخرى قد تصل إلى حدّ مقاطعة عمليات الاستخلاص.",
     [("الإضراب", None, None)]),
    # one attack, told twice: still one event with its dead
    ("قتل 3 جنود في هجوم على حاجز أمني، وأسفر الهجوم عن إصابة 4 آخرين.", [("هجوم", 3, 4)]),
])
def test_similar_attack_is_another(nlp, text: str, expected: list) -> None:
    assert [(e[0], e[4], e[5]) for e in events(nlp, text, counts=True)] == expected


def _place(nlp, text: str) -> list[tuple]:
    doc = nlp(text, reference_date=REF)
    out = []
    for e in doc.layers["events"]:
        loc = e.location
        if loc:
            assert text[loc["start"]:loc["end"]] == loc["text"]
        out.append((e.text, [(a["role"], a["text"]) for a in e.actors], loc["text"] if loc else None))
    return out


@pytest.mark.parametrize(("text", "expected"), [
    ("انفجرت عبوة ناسفة في محافظة صلاح الدين مما أسفر عن مقتل جنديين.", [("انفجرت", [], "صلاح الدين")]),
    ("هاجم مسلحون نقطة تفتيش في محافظة صلاح الدين.",
     [("هاجم", [("actor", "مسلحون"), ("target", "نقطة تفتيش")], "صلاح الدين")]),
    # a person so named, no place head before: still the target
    ("أطلق مسلحون النار على صلاح الدين العلي في بغداد.",
     [("أطلق", [("actor", "مسلحون"), ("target", "صلاح الدين")], "بغداد")]),
])
def test_province_named_as_person(nlp, text: str, expected: list) -> None:
    assert _place(nlp, text) == expected
