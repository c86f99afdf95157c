"""Events, session 31: actors, targets, tolls.  Armed men named with their group right after them (its genitive or
its nisba) are that group; an accusative nisba after an accusative actor noun is its phrase; a speaker's own
fighters ("أن مجاهديه استهدفوا") are the speaker; a place part suffering an attack is no target; a family's home
hit is one target; a repelled offensive ("صد تعرضا") is a fight; a named person's companions ("وثلاثة من مرافقيه")
add to the dead; the army's neutralising words ("حيّد", "تحييد", "قضى على", "القضاء على") are fights
whose dead are the count, only with armed men or persons counted after them."""

from __future__ import annotations

import pytest

import arabnews

CLASH = "armed clash"
SHELL = "shelling/artillery/missile attack"
IED = "remote explosive/landmine/IED"
AIR = "air/drone strike"


def _events(text: str) -> list[tuple[str, list[tuple[str, str]], int | float | None]]:
    out = arabnews.analyze(text, reference_date="2017-06-01").to_dict()["events"]
    return [(e["subtype"], [(a["role"], a["text"]) for a in e["actors"]],
             e["fatalities"]["value"] if e["fatalities"] else None) for e in out]


def _first(text: str) -> dict:
    return arabnews.analyze(text, reference_date="2017-06-01").to_dict()["events"][0]


@pytest.mark.parametrize(("text", "expected"), [
    # the group right after one indefinite armed noun: its genitive or nisba (Iraq, Yemen, Somalia, Syria, Nigeria)
    ("هاجم عناصر داعش حاجزا للجيش العراقي قرب الرمادي.",
     [(CLASH, [("actor", "داعش"), ("target", "جيش العراقي")], None)]),
    ("وقتل مسلحون حوثيون ثلاثة جنود في مأرب.", [(CLASH, [("actor", "حوثيون"), ("target", "ثلاثة جنود")], 3)]),
    ("هاجم مقاتلو حركة الشباب قاعدة عسكرية في شبيلي السفلى.",
     [(CLASH, [("actor", "حركة الشباب"), ("target", "قاعدة عسكرية")], None)]),
    ("اقتحم عناصر هيئة تحرير الشام قرية في ريف إدلب.", [(CLASH, [("actor", "هيئة تحرير الشام")], None)]),
    ("هاجم مسلحو بوكو حرام قرية في ولاية بورنو.", [("attack", [("actor", "بوكو حرام")], None)]),
    ("هاجم عناصر من حركة الشباب قاعدة عسكرية في إقليم جوبا.",
     [(CLASH, [("actor", "حركة الشباب"), ("target", "قاعدة عسكرية")], None)]),
    # (not after a definite noun, whose object the group may be)
    ("استهدفت المدفعية داعش في الموصل.", [(SHELL, [("actor", "المدفعية"), ("target", "داعش")], None)]),
    # the accusative nisba after an accusative actor noun, after إن/بأن (Yemen, West Bank)
    ("وفي تعز، قالت مصادر محلية إن قناصا حوثيا قتل امرأة في حي الجحملية شرقي المدينة.",
     # (the groups layer reads the nisba as the Houthis since grp31: the actor is that group, its id with it)
     [("attack", [("actor", "حوثيا"), ("target", "امرأة")], 1)]),
    ("أفاد شهود بأن قناصا إسرائيليا أطلق النار على شاب في مخيم جنين.",
     [("attack", [("actor", "قناصا إسرائيليا"), ("target", "شاب")], None)]),
    ("اقتحم مستوطنون قرية برقة وأحرقوا منازل.",
     [(CLASH, [("actor", "مستوطنون")], None), ("looting/property destruction", [("actor", "مستوطنون")], None)]),
])
def test_armed_men_with_their_group(text: str, expected: list) -> None:
    assert _events(text) == expected


def test_members_group_keeps_its_id_and_members() -> None:
    e = _first("هاجم عناصر داعش حاجزا للجيش العراقي قرب الرمادي.")
    assert e["actors"][0]["group_id"] == "isis"
    assert e["actors"][1]["group_id"] == "iraqi-security-forces"


@pytest.mark.parametrize(("text", "expected"), [
    # the speaker's own fighters after a bare أن/إن (Lebanon NNA, Gaza, Somalia, Yemen, Syria)
    ('أعلن "حزب الله" في بيان، بعد ظهر اليوم، أن مجاهديه استهدفوا "تجمعا لجنود العدو الإسرائيلي في محيط موقع '
     'المالكية".', [(SHELL, [("actor", "حزب الله"), ("target", "جنود")], None)]),  # ("العدو": a group since grp31)
    ("أعلنت كتائب القسام أن مقاتليها فجروا عبوة ناسفة بدبابة إسرائيلية شرق خان يونس.",
     [(IED, [("actor", "كتائب القسام")], None)]),
    ("وقالت سرايا القدس في بيان إن مقاتليها قصفوا مستوطنة سديروت بالصواريخ.",
     [(SHELL, [("actor", "سرايا القدس")], None)]),
    ("وقال الجيش الإسرائيلي إن قواته اعتقلت 15 فلسطينيا في الضفة الغربية.",
     [("arrests", [("actor", "الجيش الإسرائيلي"), ("target", "15 فلسطينيا")], None)]),
    ("وأكدت حركة الشباب أن مقاتليها هاجموا قاعدة للجيش الصومالي في إقليم جوبا السفلى.",
     [(CLASH, [("actor", "حركة الشباب"), ("target", "جيش الصومالي")], None)]),
    ("قالت جماعة الحوثي إن قواتها استهدفت سفينة تجارية في خليج عدن.",
     [(SHELL, [("actor", "جماعة الحوثي"), ("target", "سفينة تجارية")], None)]),
    # (not before a casualty verb, often a passive: his soldiers were killed; nor one who reports another's deed)
    ("أعلن الجيش الإسرائيلي أن جنوده قتلوا في اشتباك مع مسلحين في جنين.", [(CLASH, [("target", "مسلحين")], None)]),
    ("وقال مسؤول إن طائرة مسيرة قصفت منزلا في رفح.", [(AIR, [("target", "منزلا")], None)]),
])
def test_speakers_own_fighters(text: str, expected: list) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a place part suffering shelling is where it fell, no target (Lebanon, Sudan, Libya)
    ("تعرضت أطراف بلدتي الناقورة وعلما الشعب لقصف مدفعي متقطع.", [(SHELL, [], None)]),
    ("تعرض محيط بلدة كفركلا لقصف مدفعي إسرائيلي.", [(SHELL, [("actor", "إسرائيلي")], None)]),
    ("تعرضت أطراف مدينة الفاشر لقصف مدفعي من قوات الدعم السريع.", [(SHELL, [("actor", "قوات الدعم السريع")], None)]),
    ("تعرضت ضواحي مدينة درنة لقصف جوي.", [(AIR, [], None)]),
    # (a house or a patrol suffering it is the target)
    ("تعرض منزل الصحفي لهجوم مسلح.", [(CLASH, [("target", "منزل الصحفي")], None)]),
    ("تعرضت دورية للجيش لهجوم بعبوة ناسفة.", [(IED, [("target", "دورية")], None)]),
    # a family's home hit: the home and the family, one target (WAFA, Gaza)
    ("استشهاد 4 مواطنين بينهم طفلة في قصف إسرائيلي استهدف منزلا لعائلة أبو عودة في حي الشجاعية.",
     [(SHELL, [("actor", "إسرائيلي"), ("target", "منزلا لعائلة أبو عودة")], 4)]),
    ("وأصيب ثلاثة مدنيين في قصف استهدف منزلا لعائلة النجار في خان يونس.",
     [(SHELL, [("target", "منزلا لعائلة النجار")], None)]),
    # a repelled offensive is a fight (Iraq); "تعرض" alone is none
    ("قال مصدر في الحشد الشعبي إن اللواء 52 صد تعرضا لعناصر التنظيم على قرية البو حمدان في قضاء الطوز.",
     [(CLASH, [("actor", "اللواء 52"), ("target", "عناصر التنظيم")], None)]),
    ("صدت قوات الجيش العراقي تعرضا لداعش في جزيرة سامراء.", [(CLASH, [("actor", "الجيش العراقي")], None)]),
    ("تعرض الجيش لانتقادات واسعة.", []),
])
def test_targets(text: str, expected: list) -> None:
    assert _events(text) == expected


@pytest.mark.parametrize(("text", "value", "span"), [
    # a named person and his companions joined by و: the dead are all of them (Yemen, Somalia, Nigeria, Gaza)
    ("قتل قائد عسكري في قوات العمالقة الجنوبية وثلاثة من مرافقيه، الخميس، بانفجار عبوة ناسفة استهدفت طقمهم في "
     "مديرية مودية.", 4, "قائد عسكري في قوات العمالقة الجنوبية وثلاثة من مرافقيه"),
    ("مقتل قيادي في حركة الشباب واثنين من حراسه في غارة أمريكية جنوبي الصومال.", 3,
     "قيادي في حركة الشباب واثنين من حراسه"),
    ("قتل ضابط في الجيش النيجيري و4 من جنوده في كمين نصبه مسلحو بوكو حرام.", 5,
     "ضابط في الجيش النيجيري و4 من جنوده"),
    ("استشهد مواطن وطفلان من أبنائه في قصف إسرائيلي على منزل في دير البلح.", 3, "مواطن وطفلان من أبنائه"),
    ("قتل مسؤول محلي وخمسة من أفراد عائلته في هجوم بطائرة مسيرة.", 6, "مسؤول محلي وخمسة من أفراد عائلته"),
    ("قتل زعيم قبلي واثنان من مرافقيه في هجوم مسلح بمحافظة شبوة.", 3, "زعيم قبلي واثنان من مرافقيه"),
    # (the wounded companions are no dead; a written count stays)
    ("قتل جندي وأصيب ثلاثة من رفاقه بانفجار لغم في درعا.", 1, "جندي"),
    ("مقتل 7 عناصر من قوات النظام وإصابة آخرين جراء استهداف حافلة عسكرية بعبوة ناسفة.", 7, "7"),
])
def test_companions_add_to_the_dead(text: str, value: int, span: str) -> None:
    e = _first(text)
    assert e["fatalities"]["value"] == value
    f = e["fatalities"]
    assert f["text"] == span
    assert text[f["start"]:f["end"]] == span


@pytest.mark.parametrize(("text", "expected"), [
    # the army's neutralising words: a fight whose dead are the count (Mali, Algeria, Turkey, Somalia, Nigeria)
    ('أعلن المجلس العسكري الحاكم في مالي أن الجيش "حيّد" نحو ثلاثين إرهابيا في عملية جوية وبرية في منطقة موبتي.',
     [(CLASH, [("actor", "الجيش")], 30)]),
    ("قضت مفرزة للجيش الوطني الشعبي على إرهابيين اثنين بولاية المدية.",
     [(CLASH, [("actor", "جيش الوطني الشعبي"), ("target", "إرهابيين")], 2)]),
    ("أعلنت وزارة الدفاع التركية تحييد 5 إرهابيين شمالي العراق.",
     [(CLASH, [("actor", "وزارة الدفاع التركية")], 5)]),
    ("تمكنت قوات الجيش من القضاء على 4 إرهابيين في كمين بولاية تيبازة.", [(CLASH, [("actor", "قوات الجيش")], 4)]),
    ("تمكنت القوات الصومالية من تحييد مسلحين اثنين من حركة الشباب في إقليم شبيلي الوسطى.",
     [(CLASH, [("actor", "القوات الصومالية"), ("target", "مسلحين")], 2)]),
    ("قال الجيش النيجيري إن قواته قضت على 12 عنصرا من بوكو حرام في ولاية بورنو.",
     [(CLASH, [("actor", "الجيش النيجيري"), ("target", "بوكو حرام")], 12)]),
    # ("أجهز" is left out: its forms with a pronoun are "أجهزة", devices)
    ("ألقت أجهزة أمنية ليبية القبض على رجل في طرابلس.",
     [("arrests", [("actor", "أجهزة أمنية ليبية"), ("target", "رجل")], None)]),
    ("حيدت القوات الأمنية إرهابيا خطيرا بولاية تيزي وزو.", [(CLASH, [("actor", "القوات الأمنية")], 1)]),
    # (with the other dead of the sentence, Tunisia)
    ("وأوضح أن العملية التي جدت أمس اسفرت عن القضاء على 5 ارهابيين ومقتل مواطن وإصابة عسكري.", [(CLASH, [], 6)]),
    # (no armed man nor person counted after them: no event)
    ("أعلنت وزارة الدفاع التركية تحييد لبنان عن الصراع.", []),
    ("قضت المحكمة بسجن المتهمين خمس سنوات.", []),
    ("تسعى الحكومة إلى القضاء على الفقر والبطالة.", []),
    ("قضى الفريق على آمال منافسه في التأهل.", []),
    ("دعا الرئيس إلى تحييد المؤسسة العسكرية عن التجاذبات السياسية.", []),
])
def test_neutralising(text: str, expected: list) -> None:
    assert _events(text) == expected


def test_group_adjective_is_no_victim() -> None:
    # "الإرهابي" after the group that killed is its adjective, no one killed (ANT 1621, Iraq)
    text = ("وتعود الجثث بشكل أساسي إلى جنود عراقيين قتلهم عناصر تنظيم داعش الارهابي خلال سلسلة هجمات دموية "
            "استهدفت قواعد للجيش في هذه المنطقة.")
    assert _events(text) == [(CLASH, [("actor", "داعش"), ("target", "قواعد للجيش")], None)]
