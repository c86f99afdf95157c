"""Events, session 36 (ev36).  A count told "between killed and wounded" ("سقوط العشرات بين قتيل وجريح") is one count
of both, the event's optional ``casualties``, not its dead nor two sides of a clash; one armed doer, indefinite, before
a count of people is the actor and the count his victims ("وأصاب مسلح 5 أشخاص"); one whose death is told right before
the event that took it ("أكد مقتل أمير تنظيم … "أبي عيّاض" في اشتباكات", "إن … "أبو نبيل" قد قتل في قصف") is its
victim, not its actor; a headline naming a country folds into its lead whose place the lead says is in it by a larger
place or a nisba ("مصر : مقتل 4 سياح …" ¶ "… بمنطقة طابا جنوب سيناء بالقرب من الحدود المصرية"); a protest's crowd
counted after "بمشاركة"/"بحضور" is its actor when it has none."""

from __future__ import annotations

from typing import Any

import pytest

import arabnews
from arabnews.extract.events import events_frame


def _all(text: str, ref: str = "2017-06-01") -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = arabnews.analyze(text, reference_date=ref).to_dict()["events"]
    return out


def _roles(e: dict[str, Any]) -> list[tuple[str, str]]:
    return [(a["role"], a["text"]) for a in e["actors"]]


# 1. "between killed and wounded": one count of both, in `casualties`, with its span from the count to the second noun
@pytest.mark.parametrize(("text", "span", "value", "approx"), [
    # ANT 3050
    ("ووقع الانفجار قرب مبنى المحكمة الشرعية، مما أسفر عن سقوط العشرات بين قتيل وجريح، وإلحاق أضرار كبيرة بمبنى "
     "المحكمة.", "العشرات بين قتيل وجريح", 10, True),
    ("خلف التفجير 12 بين قتيل وجريح في بغداد.", "12 بين قتيل وجريح", 12, False),
    ("وأسفر الهجوم عن سقوط 25 شخصا بين قتلى وجرحى.", "25 شخصا بين قتلى وجرحى", 25, False),
    ("وأدى القصف إلى سقوط عشرات الضحايا بين قتيل وجريح.", "عشرات الضحايا بين قتيل وجريح", 10, True),
    ("أسفرت الغارة عن سقوط 30 بين شهيد وجريح.", "30 بين شهيد وجريح", 30, False),
    ("وأسفر الانفجار عن سقوط ١٥ شخصا ما بين جريح وقتيل.", "١٥ شخصا ما بين جريح وقتيل", 15, False),
])
def test_killed_and_wounded_together(text: str, span: str, value: int, approx: bool) -> None:
    (e,) = _all(text)
    assert e["fatalities"] is None and e["injured"] is None
    assert e["casualties"] == {"value": value, "approx": approx, "start": text.index(span),
                               "end": text.index(span) + len(span), "text": span}
    assert not [a for a in e["actors"] if a["text"] in ("قتيل", "جريح", "شهيد")]  # no two sides of a clash


def test_casualties_only_when_told_together() -> None:
    (e,) = _all("وقتل 5 أشخاص وأصيب 10 آخرون في انفجار سيارة مفخخة في بغداد.")
    assert (e["fatalities"]["value"], e["injured"]["value"]) == (5, 10)
    assert "casualties" not in e
    # no number before "بين": a vague count of both since session 37 (value null), and no sides ("سقوط عدد من الضحايا
    # بين قتلى وجرحى", ANT 1002)
    for e in _all("وأسفر التفجير عن سقوط عدد من الضحايا بين قتلى وجرحى في بغداد."):
        assert e["casualties"]["value"] is None and e["casualties"]["approx"] and e["fatalities"] is None
        assert not [a for a in e["actors"] if a["text"] in ("قتلى", "جرحى")]


def test_casualties_in_the_frame() -> None:
    pytest.importorskip("pandas")
    doc = arabnews.analyze("خلف التفجير 12 بين قتيل وجريح في بغداد.", reference_date="2017-06-01")
    assert list(events_frame(doc)["casualties"]) == [12]


# 2. one armed doer, indefinite (masculine or feminine, with an indefinite adjective), between a verb of killing,
# wounding or kidnapping and a count of people: the actor, the count the victims
@pytest.mark.parametrize(("text", "actor", "killed", "injured"), [
    ("وأصاب مسلح 5 أشخاص في هجوم على مقهى في المدينة.", "مسلح", None, 5),
    ("وأصاب مسلح ٥ أشخاص بجروح.", "مسلح", None, 5),
    ("وقتل مسلح 5 أشخاص.", "مسلح", 5, None),
    ("قتل انتحاري 12 شخصا في تفجير استهدف سوقا في بغداد.", "انتحاري", 12, None),
    ("وقتلت انتحارية 5 أشخاص في هجوم على سوق.", "انتحارية", 5, None),
    ("وقتل مسلح مجهول ثلاثة أشخاص في إطلاق نار بمدينة ميونيخ.", "مسلح مجهول", 3, None),
])
def test_lone_doer(text: str, actor: str, killed: int | None, injured: int | None) -> None:
    (e,) = _all(text)
    (a,) = [a for a in e["actors"] if a["role"] == "actor"]
    assert (a["text"], a["start"], a["end"]) == (actor, text.index(actor), text.index(actor) + len(actor))
    assert (e["fatalities"] or {}).get("value") == killed
    assert (e["injured"] or {}).get("value") == injured


def test_lone_doer_kidnapping() -> None:
    (e,) = _all("واختطف مسلح ثلاثة أطفال من منزلهم.")
    assert e["subtype"] == "abduction/forced disappearance"
    assert _roles(e) == [("actor", "مسلح"), ("target", "ثلاثة أطفال")]


def test_lone_doer_killed_stays_a_victim() -> None:
    # no count after him: the passive, one gunman killed
    (e,) = _all("وقتل مسلح في الاشتباكات.")
    assert e["fatalities"]["value"] == 1
    assert not [a for a in e["actors"] if a["role"] == "actor"]


# 3. a death told right before the event that took it: the dead man is its victim, not its actor
def test_death_told_before_the_clash() -> None:
    text = ('أكدّ آمر غرفة عمليات السلاح الجوّي بمدينة بنغازي الليبية محمد منفور خبر مقتل أمير تنظيم أنصار الشريعة '
            'الإرهابي سيف الله بن حسين و المكنّى بـ"أبي عيّاض" في اشتباكات وقعت اليوم في منطقة قنفودة.')  # ANT 1566
    (e,) = [e for e in _all(text) if e["text"] == "اشتباكات"]
    assert e["actors"] == [{"role": "target", "start": text.index("أبي عيّاض"),
                            "end": text.index("أبي عيّاض") + len("أبي عيّاض"), "text": "أبي عيّاض",
                            "layer": "entities"}]


def test_passive_death_before_the_strike() -> None:
    text = ('وقال المتحدث باسم وزارة الدفاع الأمريكية الكابتن جيف ديفيس، إن زعيم تنظيم داعش في ليبيا والمعروف باسم '
            '"أبو نبيل" قد قتل في قصف على مجمع بمدينة درنة.')  # ANT 1603
    (e,) = [e for e in _all(text) if e["text"] == "قصف"]
    assert _roles(e) == [("target", "أبو نبيل")]
    assert e["actors"][0]["start"] == text.index("أبو نبيل")


@pytest.mark.parametrize(("text", "roles"), [
    # an active verb with its object after the event: the army killed
    ("وكان الجيش قد قتل في غارة جوية 5 مسلحين.", [("actor", "الجيش")]),
    # an armed side killed in a clash is still a side
    ("وقال إن المسلحين قتلوا في اشتباكات مع الجيش.", [("actor", "المسلحين"), ("target", "الجيش")]),
])
def test_not_a_death_told_before(text: str, roles: list[tuple[str, str]]) -> None:
    (e,) = _all(text)
    assert _roles(e) == roles


def test_relative_clause_between_keeps_the_doer() -> None:
    # ANT 2837: "الذى تورط في اغتيال": the terrorist took part in the killing, he did not die in it
    text = ("أسفرت عن مقتل 7 ارهابيين من بينهم الارهابي الخطير كمال القضقاضي الذى تورط في اغتيال السياسي الشهيد "
            "شكرى بلعيد.")
    (e,) = [e for e in _all(text) if e["text"] == "اغتيال"]
    assert ("target", "شكرى بلعيد") in _roles(e)
    assert ("target", "الارهابي الخطير") not in _roles(e)


# 4. a headline naming a country and its lead naming a place in it, said by a larger place or a nisba: one event
@pytest.mark.parametrize(("text", "trigger", "place"), [
    ("مصر : مقتل 4 سياح أجانب وإصابة 13 في انفجار حافلة قرب الحدود الإسرائلية\nأعلنت وزارة الصحّة المصرية عن مقتل 4 "
     "سيّاح من كوريا الجنوبية وإصابة 13 آخرين إثر انفجار حافلة سياحية بمنطقة طابا جنوب سيناء بالقرب من الحدود "
     "المصرية الإسرائيلية.\nوذكرت مصادر أمنية مصرية أن الإنفجار ناجم على الأرجح عن عبوة ناسفة.", "انفجار", "طابا"),
    ("ألمانيا : إصابة 20 شخصا على الأقل في عملية طعن داخل قطار\nأصيب 20 شخصا على الأقل، اليوم الاثنين في هجوم نفذه شاب "
     "بواسطة فأس داخل قطار بمدينة فورتسبرغ الألمانية.\nوأضافت المصادر أن منفذ الهجوم فتى أفغاني.", "هجوم",
     "فورتسبرغ"),
    ("الجزائر : إصابة 4 أمنيين في تبادل إطلاق نار مع إرهابيين\nجدّت أمس الأربعاء اشتباكات بين عناصر من الدرك الجزائري "
     "ومجموعة إرهابية بمنطقة واد الجمعة من ولاية البليدة.\nوأصيب في الاشتباكات 4 عناصر.", "اشتباكات", "واد الجمعة"),
])
def test_headline_country_folds_into_lead(text: str, trigger: str, place: str) -> None:
    events = _all(text)
    assert not [e for e in events if e["sentence"] == 0]
    first = [e for e in events if e["sentence"] == 1]
    assert [e["text"] for e in first] == [trigger]
    assert first[0]["location"]["text"] == place
    assert first[0]["location"]["start"] == text.index(place)


def test_headline_of_another_country_stays() -> None:
    text = ("مصر : مقتل 4 سياح أجانب في انفجار حافلة\nأعلنت الشرطة عن مقتل 4 أشخاص إثر انفجار حافلة في مدينة إسطنبول "
            "التركية.\nولم تتبن أي جهة الهجوم.")
    assert len([e for e in _all(text) if e["sentence"] in (0, 1)]) == 2


# 5. a protest's crowd counted after "بمشاركة"/"بحضور" later in its sentence: its actor when it has none
@pytest.mark.parametrize(("text", "actor"), [
    ("ونظمت وقفة احتجاجية أمام مقر الولاية بمشاركة المئات من الأساتذة للمطالبة بتحسين ظروف العمل.",
     "المئات من الأساتذة"),
    ("وانطلقت مسيرة احتجاجية بمشاركة نحو 300 شخص.", "نحو 300 شخص"),
    ("وخرجت مسيرة احتجاجية في شوارع المدينة بمشاركة آلاف المواطنين.", "المواطنين"),
])
def test_crowd_after_participation(text: str, actor: str) -> None:
    (e,) = _all(text)
    assert e["type"] == "protests"
    (a,) = e["actors"]
    assert (a["role"], a["text"], a["start"]) == ("actor", actor, text.index(actor))


@pytest.mark.parametrize("text", [
    "ونظمت وقفة احتجاجية بحضور عدد من النواب.",  # no count
    "وشنت المخابز إضرابا عاما بمشاركة أكثر من 4000 مخبزة.",  # a count of things, not people
])
def test_no_crowd_after_participation(text: str) -> None:
    for e in _all(text):
        assert not [a for a in e["actors"] if a["role"] == "actor" and a["layer"] == "numbers"]


def test_headline_country_and_another_country_in_lead() -> None:
    # ANT 1817: the headline's Israel is not in the lead's Palestine (a nisba after it names the occupier)
    text = ("اسرائيل تعتقل 75 طفلا في شهر مارس\nأظهرت إحصائية أعدها مركز أسرى فلسطين للدراسات، اعتقال قوات الاحتلال "
            "الإسرائيلي 480 فلسطينيا بينهم 75 طفلا قاصرا، و16 امرأة وفتاة، و5 نواب بالمجلس التشريعي الفلسطيني خلال شهر "
            "مارس الماضي.\nوأوضحت الإحصائية - التي نشرتها وسائل إعلام فلسطينية - أنه تم رصد 17 حالة اعتقال من قطاع "
            "غزة، و5 حالات اعتقال على معبر بيت حانون، إضافة إلى اعتقال 7 آخرين.")
    assert [e["text"] for e in _all(text) if e["sentence"] == 0] == ["تعتقل"]


# a lone suicide bomber who killed a count of people: a suicide bombing, whatever the trigger (an IED, a generic attack,
# the killing itself)
@pytest.mark.parametrize(("text", "trigger"), [
    ("قتل انتحاري 12 شخصا في تفجير استهدف سوقا في بغداد.", "تفجير"),
    ("وقتلت انتحارية 5 أشخاص في هجوم على سوق.", "هجوم"),
    ("وقتل انتحاري 12 شخصا.", "قتل"),
])
def test_lone_suicide_bomber(text: str, trigger: str) -> None:
    (e,) = _all(text)
    assert (e["text"], e["type"], e["subtype"]) == (trigger, "explosions/remote violence", "suicide bomb")
    assert e["start"] == text.index(trigger)


def test_lone_gunman_attack_stays() -> None:
    (e,) = _all("وأصاب مسلح 5 أشخاص في هجوم على مقهى في المدينة.")
    assert (e["type"], e["subtype"]) == ("violence against civilians", "attack")


# a headline's suicide bombing told by its bomb in the lead: one blast, the bomber's (ANT 1377, 1341)
@pytest.mark.parametrize(("text", "trigger"), [
    ("هجوم انتحاري يستهدف قاعدة عسكرية في مالي\nلقي عشرات الأشخاص مصرعهم في هجوم بسيارة مفخخة استهدفت قاعدة عسكرية "
     "بمدينة غاوا شمالي مالي.\nويضم المعسكر جنودا حكوميين.", "هجوم"),
    ("قتلى في هجوم انتحاري استهدف سوقا في بغداد\nقتل 21 شخصا على الأقل واصيب أكثر من 40 آخرين، اليوم السبت في تفجيرين "
     "مزدوجين استهدفا أحد الأسواق الشعبية وسط العاصمة العراقية بغداد.\nوقال الناطق إن التحقيق جار.", "تفجيرين"),
])
def test_headline_suicide_bombing_and_lead_bomb(text: str, trigger: str) -> None:
    events = [e for e in _all(text) if e["type"] == "explosions/remote violence"]
    assert [(e["sentence"], e["text"], e["subtype"]) for e in events] == [(1, trigger, "suicide bomb")]
    assert events[0]["start"] == text.index(trigger, text.index("\n"))


def test_commander_death_announced_by_his_group() -> None:
    # the group whose commander's death its statement confirms is hit in the operation, not its doer; the announcer
    # is the source
    text = "وأكد تنظيم القاعدة في بيان مقتل أمير كتيبة عقبة بن نافع في عملية عسكرية بسيدي بوزيد."
    (e,) = _all(text)
    assert _roles(e) == [("target", "كتيبة عقبة بن نافع")]
    assert e["actors"][0]["start"] == text.index("كتيبة عقبة بن نافع")
    assert e["reported"]["text"] == "تنظيم القاعدة"
