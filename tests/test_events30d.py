"""Events, session 30 (second wave, ev30d): states, claimants, joint forces and territory.  A country named as the
subject of a strike is its forces (the registry's id); a patron after "المرتبطة ب"/"المدعومة من" is no participant
of its client's act; a force joined by "بالتعاون مع" is a second actor and "عنصرا من الحركة" the group named before;
a count after a subject's suspected affiliation is the killing's; the neighbour after "الحدود مع" is not the place;
who announces its own taking ("سيطرته على") took it; the body of a quote's source, a speaker of a death or who
condemns an act did not do it."""

from __future__ import annotations

from typing import Any

import pytest

import arabnews


def _doc(text: str) -> dict[str, Any]:
    return arabnews.analyze(text, reference_date="2024-03-10").to_dict()


def _events(text: str) -> list[tuple[str, list[tuple[str, str, str | None]]]]:
    return [(e["subtype"], [(a["role"], a["text"], a.get("group_id")) for a in e["actors"]])
            for e in _doc(text)["events"]]


AIR, SHELL = "air/drone strike", "shelling/artillery/missile attack"


@pytest.mark.parametrize(("text", "expected"), [
    ("وفي المقابل، شنت الولايات المتحدة غارات جوية على مقرات لكتائب حزب الله في منطقة القائم الحدودية.",
     [(AIR, [("actor", "الولايات المتحدة", "us-forces"), ("target", "كتائب حزب الله", "kataib-hezbollah")])]),
    ("قصفت تركيا مواقع لحزب العمال الكردستاني في شمال العراق.",
     [(SHELL, [("actor", "تركيا", "turkish-forces"), ("target", "حزب العمال الكردستاني", "pkk")])]),
    ("وشنت إسرائيل غارات على مواقع لحركة حماس في قطاع غزة فجر اليوم.",
     [(AIR, [("actor", "إسرائيل", "israeli-forces"), ("target", "حماس", "hamas")])]),
    ("استهدفت روسيا بصواريخ كروز محطات الطاقة في أوكرانيا.",
     [(SHELL, [("actor", "روسيا", "russian-forces")])]),
    ("ونفذت فرنسا ضربات جوية ضد مواقع تنظيم داعش في العراق.",
     [(AIR, [("actor", "فرنسا", "french-forces"), ("target", "داعش", "isis")])]),
    ("وشنت السعودية غارات على مواقع الحوثيين في صعدة.",
     [(AIR, [("actor", "السعودية", "saudi-armed-forces"), ("target", "الحوثيين", "houthis")])]),
    # two states joined by و; a state the registry does not list gets state-forces-<code>
    ("قصفت الولايات المتحدة وبريطانيا أهدافا للحوثيين في اليمن.",
     [(SHELL, [("actor", "الولايات المتحدة", "us-forces"), ("actor", "بريطانيا", "state-forces-gb"),
               ("target", "حوثيين", "houthis")])]),
    ("وشنت باكستان ضربات جوية على مخابئ للمسلحين في أفغانستان.",
     [(AIR, [("actor", "باكستان", "pakistan-army"), ("target", "مخابئ للمسلحين", None)])]),
    ("ونفذت الإمارات غارات على مواقع في ليبيا بحسب تقرير أممي.",
     [(AIR, [("actor", "الإمارات", "uae-armed-forces"), ("target", "مواقع", None)])]),
    # a verb the lexicon lists with its noun, "على" after the state
    ("وأغارت إسرائيل على مطار دمشق الدولي فجر اليوم.",
     [(AIR, [("actor", "إسرائيل", "israeli-forces"), ("target", "مطار دمشق", None)])]),
    # a present light verb
    ("تواصل إسرائيل قصف قطاع غزة لليوم العاشر.", [(SHELL, [("actor", "إسرائيل", "israeli-forces")])]),
    # the masculine "قصف العراق" is the noun: Iraq is hit, no actor
    ("قصف العراق بالصواريخ أمس.", [(SHELL, [])]),
    # a country after "أنها" + verb is the object, the subject the pronoun
    ("أعلنت الولايات المتحدة أنها قصفت سوريا.", [(SHELL, [])]),
    # who speaks of a strike is no actor; a state's economic aim or its criticism is no act
    ("أعلنت الولايات المتحدة أنها ستفرض عقوبات على إيران.", []),
    ("استهدفت مصر جذب 15 مليون سائح خلال العام الجاري.", []),
    ("هاجمت تركيا الاتحاد الأوروبي بشدة بسبب موقفه من اللاجئين.", []),
    # the state that demands a halt is no actor of the shelling
    ("طالبت الأردن إسرائيل بوقف القصف على غزة.", [(SHELL, [])]),
])
def test_state_as_actor(text: str, expected: list) -> None:
    assert _events(text) == expected


def test_state_actor_span_and_place() -> None:
    text = "قصفت تركيا مواقع لحزب العمال الكردستاني في شمال العراق."
    e = _doc(text)["events"][0]
    actor = e["actors"][0]
    assert (actor["start"], actor["end"], actor["layer"]) == (5, 10, "entities")
    assert text[actor["start"]:actor["end"]] == "تركيا"
    assert e["location"]["text"] == "العراق"  # the state acts, it is not where


@pytest.mark.parametrize(("text", "expected"), [
    ("أعلنت جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة مسؤوليتها عن هجوم استهدف قاعدة عسكرية في بلدة "
     "بولكيسي وسط مالي.",
     [("armed clash", [("actor", "جماعة نصرة الإسلام والمسلمين", "jnim"), ("target", "قاعدة عسكرية", None)])]),
    ("أعلنت حركة الشباب المرتبطة بالقاعدة مسؤوليتها عن تفجير انتحاري في مقديشو.",
     [("suicide bomb", [("actor", "حركة الشباب", "al-shabaab")])]),
    ("هاجم مسلحون من جماعة أنصار الإسلام المرتبطة بتنظيم القاعدة نقطة للجيش البوركينابي.",
     [("armed clash", [("actor", "جماعة أنصار الإسلام", "ansar-al-islam")])]),
    ("أعلنت ولاية سيناء الموالية لتنظيم داعش مسؤوليتها عن الهجوم على كمين للجيش المصري في العريش.",
     [("armed clash", [("actor", "ولاية سيناء", "wilayat-sinai"), ("target", "جيش المصري", "egyptian-armed-forces")])]),
    ("تبنى تنظيم أنصار بيت المقدس المرتبط بداعش تفجير خط الغاز في سيناء.",
     [("remote explosive/landmine/IED", [("actor", "أنصار بيت المقدس", "wilayat-sinai")])]),
    ("وتبنت هيئة تحرير الشام المدعومة من تركيا الهجوم على مواقع قوات النظام في ريف اللاذقية.",
     [("armed clash", [("actor", "هيئة تحرير الشام", "hayat-tahrir-al-sham"),
                       ("target", "قوات النظام", "syrian-government-forces")])]),
    # the men of a group linked to it are the group's: it stays the target
    ("تبادلت قوات الأمن إطلاق النار مع عدد من الإرهابيين المنتمين إلى تنظيم داعش في جدة.",
     [("armed clash", [("actor", "قوات الأمن", None), ("target", "داعش", "isis")])]),
])
def test_claimant_not_its_patron(text: str, expected: list) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("شنت القوات العراقية بالتعاون مع التحالف الدولي هجوما على مواقع تنظيم داعش في صحراء الأنبار.",
     [("armed clash", [("actor", "القوات العراقية", "iraqi-security-forces"),
                       ("actor", "التحالف الدولي", "international-coalition"), ("target", "داعش", "isis")])]),
    # ("قوات التحالف" in a Yemeni sentence is the Saudi-led coalition since session 31)
    ("نفذت قوات الجيش اليمني بالتنسيق مع قوات التحالف هجوما على مواقع الحوثيين في مأرب.",
     [("armed clash", [("actor", "قوات الجيش اليمني", "yemeni-government-forces"),
                       ("actor", "قوات التحالف", "saudi-led-coalition"), ("target", "الحوثيين", "houthis")])]),
    # two forces joined by و after the link
    ("شنت القوات العراقية بالتعاون مع التحالف الدولي والحشد الشعبي هجوما على مواقع تنظيم داعش في الأنبار.",
     [("armed clash", [("actor", "القوات العراقية", "iraqi-security-forces"),
                       ("actor", "التحالف الدولي", "international-coalition"),
                       ("actor", "الحشد الشعبي", "popular-mobilization-forces"), ("target", "داعش", "isis")])]),
    # the link between commas
    ("وأعلنت القوات المسلحة السودانية، بالتعاون مع القوات المشتركة، مقتل 40 عنصرا من الميليشيا في الفاشر.",
     [("armed clash", [("actor", "القوات المسلحة السودانية", "sudanese-armed-forces"),
                       ("actor", "القوات المشتركة", None), ("target", "40 عنصرا", None)])]),
    # the joined force is never the target
    ("وهاجمت قوات الجيش الوطني الليبي بمساندة الطيران مواقع المسلحين في درنة.",
     [(AIR, [("actor", "الجيش الوطني الليبي", "libyan-national-army"), ("actor", "الطيران", None)])]),
    # no act: no actor
    ("أعلنت وزارة الدفاع بالتعاون مع وزارة الصحة عن حملة تطعيم.", []),
])
def test_joint_actors(text: str, expected: list) -> None:
    assert _events(text) == expected


def test_joint_actor_and_group_named_again() -> None:
    text = ("وفي الصومال، قالت حركة الشباب إنها فجرت سيارة مفخخة أمام فندق في العاصمة مقديشو. من جهتها، أعلنت قوات "
            "الأمن الصومالية بالتعاون مع بعثة الاتحاد الأفريقي (أتميس) مقتل 35 عنصرا من الحركة في عملية عسكرية "
            "بإقليم شبيلي الوسطى.")
    e = _doc(text)["events"][-1]
    assert e["text"] == "عملية عسكرية" and e["fatalities"]["value"] == 35
    assert [(a["role"], a["text"], a.get("group_id")) for a in e["actors"]] == [
        ("actor", "قوات الأمن الصومالية", None), ("actor", "بعثة الاتحاد الأفريقي", "atmis"),
        ("target", "الحركة", "al-shabaab")]
    target = e["actors"][-1]
    assert text[target["start"]:target["end"]] == "الحركة"
    assert text[target["members"]["start"]:target["members"]["end"]] == "35 عنصرا"


@pytest.mark.parametrize(("text", "expected"), [
    ("وتبنى تنظيم داعش الهجوم. وقالت القوات العراقية إنها قتلت خمسة عناصر من التنظيم في كركوك.",
     ("التنظيم", "isis")),
    # no group named before: no target read
    ("قتل الجيش الصومالي 12 مسلحا من الحركة في هجوم على قاعدة في جوبا السفلى.", None),
])
def test_group_named_again(text: str, expected: tuple[str, str] | None) -> None:
    targets = [(a["text"], a.get("group_id")) for e in _doc(text)["events"] for a in e["actors"]
               if a["role"] == "target" and a.get("group_id")]
    assert (targets[-1] if targets else None) == expected


@pytest.mark.parametrize(("text", "killed", "place"), [
    ("وفي النيجر، قتل مسلحون يشتبه في انتمائهم لتنظيم الدولة الإسلامية في الصحراء الكبرى 12 مدنيا في هجوم على "
     "قرية قرب الحدود مع بوركينا فاسو.", 12, "النيجر"),
    ("قتل مسلحون يعتقد أنهم من حركة الشباب 5 جنود في هجوم على قاعدة في جنوب الصومال.", 5, "الصومال"),
    ("وفي تشاد، قتل 10 جنود في هجوم لبوكو حرام على موقع عسكري قرب الحدود مع النيجر.", 10, "تشاد"),
    # no count after the affiliation: none read (not the year)
    ("قتل مسلحون يشتبه في انتمائهم لتنظيم القاعدة في هجوم على مركز للشرطة في 2023 قرب الحدود.", None, None),
])
def test_toll_after_affiliation_and_border(text: str, killed: int | None, place: str | None) -> None:
    e = _doc(text)["events"][-1]
    assert (e["fatalities"] or {}).get("value") == killed
    assert (e["location"] or {}).get("text") == place


@pytest.mark.parametrize(("text", "expected"), [
    ("عدن - أعلن المجلس الانتقالي الجنوبي، المدعوم من الإمارات، سيطرته على معسكرات تابعة للحكومة الشرعية في "
     "محافظة شبوة، عقب اشتباكات مع قوات موالية لحزب الإصلاح.",
     [("non-state actor overtakes territory", [("actor", "المجلس الانتقالي الجنوبي", "southern-transitional-council"),
                                               ("target", "حكومة الشرعية", "yemeni-government")]),
      ("armed clash", [("actor", "المجلس الانتقالي الجنوبي", "southern-transitional-council"),
                       ("target", "حزب الإصلاح", "islah-party")])]),
    ("وأعلنت هيئة تحرير الشام سيطرتها على بلدة كفرنبودة في ريف حماة الشمالي.",
     [("non-state actor overtakes territory", [("actor", "هيئة تحرير الشام", "hayat-tahrir-al-sham")])]),
    ("وأعلنت قوات الدعم السريع سيطرتها على مدينة ود مدني.",
     [("non-state actor overtakes territory", [("actor", "قوات الدعم السريع", "rapid-support-forces")])]),
    # a state's forces regain territory
    ("وأعلن الجيش السوري سيطرته على مدينة تدمر.",
     [("government regains territory", [("actor", "الجيش السوري", "syrian-government-forces")])]),
    ("أعلن تنظيم داعش سيطرته على حي الجديدة في الموصل بعد معارك مع القوات العراقية.",
     [("non-state actor overtakes territory", [("actor", "داعش", "isis")]),
      ("armed clash", [("actor", "داعش", "isis"), ("target", "القوات العراقية", "iraqi-security-forces")])]),
    # no territory
    ("وأكد رئيس الوزراء سيطرته على زمام الأمور في الحزب.", []),
    ("أكد الرئيس سيطرته على الوضع الأمني في البلاد.", []),
    ("أعلنت الحكومة سيطرتها على الحريق.", []),
])
def test_announced_taking(text: str, expected: list) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # who condemns or hails an act is no actor of it, however long its title
    ("وندد زعيم التيار الصدري مقتدى الصدر بالهجمات، داعيا الفصائل إلى الانضواء تحت راية الدولة.",
     [("armed clash", [])]),
    # (a doer with "قامت ب" stays)
    ("قامت مجموعة مسلحة بالهجوم على مركز للشرطة في العريش.",
     [("armed clash", [("actor", "مجموعة مسلحة", None), ("target", "مركز للشرطة", None)])]),
    # the body of a quote's source did not do what it tells
    ("ونقلت وكالة سانا للأنباء عن مصدر في قيادة شرطة دمشق أن الهجوم ناجم عن عبوتين ناسفتين قرب مقبرة باب الصغير.",
     [("remote explosive/landmine/IED", [])]),
    # a death told by a speaker's participle: the rescuers before it are no killers
    ("قال متحدث باسم خفر السواحل الإيطالي إن 19 عملية إنقاذ نفذها خفر السواحل وسفن تديرها منظمات غير حكومية "
     "تمكنت من إنقاذ 2074 مهاجرا، مؤكدا مقتل شخص واحد.",
     [("attack", [("target", "شخص", None)])]),
])
def test_speakers_are_no_actors(text: str, expected: list) -> None:
    assert _events(text) == expected
