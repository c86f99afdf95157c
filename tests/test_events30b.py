"""Session 30 (ev30b): one event per happening.  A definite noun of an event's own kind in the next sentences
("القذائف", "الاشتباكات", "الغارة", "المسيرة", "هذه الوقفة"), an arrest or killing noun with an object pronoun
("تم إيقافه", "مقتله") and a list of the dead ("ومن بين القتلى") retell the event told before, adding a place within
its town, a victim or counts; a unit's name ("قائد وحدة الصواريخ"), a demand to stop violence in general ("يطالب
بوقف فوري للاعتداءات") and a second weapon of a cache found ("12 عبوة ناسفة وأحزمة ناسفة") are no events of their own.
"""

from __future__ import annotations

import pytest

from event_cases import events, located

AIR = "air/drone strike"
SHELLING = "shelling/artillery/missile attack"
SUICIDE = "suicide bomb"
CLASH = "armed clash"
PROTEST = "peaceful protest"
ARREST = "arrests"
ATTACK = "attack"
FOUND = "disrupted weapons use"


_one = located


@pytest.mark.parametrize(("text", "trigger", "subtype", "place", "within"), [
    # Sudan (AFP): the shells of the next sentence are the shelling's, and its camp is within its town
    ("قُتل 14 مدنيا في قصف مدفعي نفذته قوات الدعم السريع على مدينة الفاشر. وقالت اللجنة إن القذائف سقطت على "
     "مخيم أبو شوك.", "قصف مدفعي", SHELLING, "مخيم أبو شوك", "الفاشر"),
    # Syria (SANA): a neighbourhood named in the retelling
    ("استشهد مدنيان جراء سقوط قذائف صاروخية أطلقها الإرهابيون على مدينة حلب. وذكر مصدر أن القذائف سقطت على حي "
     "الحمدانية.", "قذائف", SHELLING, "الحمدانية", "حلب"),
    # Yemen: the clashes counted in the next sentence
    ("اندلعت اشتباكات عنيفة بين القوات الحكومية وجماعة الحوثي في مديرية حيس بمحافظة الحديدة. وأسفرت الاشتباكات "
     # (the district, since session 31 lists Yemen's districts and reads "مديرية" as a town's head)
     "عن مقتل 5 مسلحين.", "اشتباكات", CLASH, "حيس", None),
    # Libya: the strike's target told more precisely
    ("شنت طائرات مسيرة غارة على مواقع في مدينة ترهونة. وقال مصدر محلي إن الغارة استهدفت مخزنا للذخيرة.",
     "طائرات مسيرة", AIR, "ترهونة", None),
    # Iraq: a march named again
    ("نظم المئات من الخريجين مسيرة احتجاجية في مدينة البصرة للمطالبة بفرص العمل. وردد المشاركون في المسيرة "
     "شعارات تندد بالبطالة.", "مسيرة احتجاجية", PROTEST, "البصرة", None),
    # Morocco (Hespress): a sit-in named again
    ("نفذ الأساتذة المتعاقدون وقفة احتجاجية أمام مقر وزارة التربية بالرباط. وشهدت الوقفة مشاركة المئات من "
     "الأساتذة.", "وقفة احتجاجية", PROTEST, "الرباط", None),
    # Tunisia: a demonstrative, though the sentence names another day
    ("انتظمت أمس مسيرة احتجاجية في تطاوين للمطالبة بالتشغيل. وقد أبدى عدد من المحتجين المشاركين في هذه المسيرة "
     "عدم رضاهم عن الإجراءات التي أعلنت اليوم.", "مسيرة احتجاجية", PROTEST, "تطاوين", None),
])
def test_a_retelling_is_the_event_told_before(nlp, text, trigger, subtype, place, within):
    evs = _one(nlp, text)
    assert [(e.text, e.subtype) for e in evs] == [(trigger, subtype)]
    assert evs[0].location["text"] == place
    assert (evs[0].location.get("within") or {}).get("text") == within


def test_the_retelling_adds_its_victim_and_count(nlp):
    evs = _one(nlp, "قُتل 14 مدنيا في قصف مدفعي نفذته قوات الدعم السريع على مدينة الفاشر. وقالت اللجنة إن "
                    "القذائف سقطت على سوق المدينة.")
    assert [(a["role"], a["text"]) for a in evs[0].actors] == [("actor", "قوات الدعم السريع"),
                                                              ("target", "سوق المدينة")]
    assert evs[0].fatalities["value"] == 14
    evs = _one(nlp, "اندلعت اشتباكات عنيفة بين القوات الحكومية وجماعة الحوثي في مديرية حيس بمحافظة الحديدة. "
                    "وأسفرت الاشتباكات عن مقتل 5 مسلحين.")
    assert evs[0].fatalities["value"] == 5


@pytest.mark.parametrize(("text", "trigger", "dead"), [
    # Lebanon: the killing named by its pronoun, after the assassination (not the strike told beside it)
    ("أعلن الجيش الإسرائيلي أنه اغتال قائدا في حزب الله في جنوب لبنان، في غارة بطائرة مسيرة استهدفت سيارة. ونعى "
     "الحزب حسين علي مهدي من بلدة عيتا الشعب، دون أن يحدد ظروف مقتله.", "اغتال", 1),
    # Libya
    ("اغتال مسلحون مجهولون القيادي محمد علي في مدينة درنة. ولم تتبن أي جهة مقتله.", "اغتال", 1),
    # Iraq: a list of the dead
    ("قُتل 20 شخصا في تفجير انتحاري استهدف سوقا في بغداد. ومن بين القتلى أربعة أطفال.", "تفجير انتحاري", 20),
    ("قُتل 14 مدنيا في قصف مدفعي على مدينة الفاشر. وقالت اللجنة إن بين القتلى ثلاثة أطفال وامرأتين.",
     "قصف مدفعي", 14),
])
def test_a_pronoun_or_a_list_of_the_dead_names_the_killing(nlp, text, trigger, dead):
    evs = [e for e in _one(nlp, text) if e.subtype in (ATTACK, SUICIDE, SHELLING)]
    assert [e.text for e in evs] == [trigger]
    assert evs[0].fatalities["value"] == dead


def test_an_arrest_pronoun_names_the_arrest(nlp):
    text = "أوقفت وحدات الحرس الوطني بسوسة شابا مفتشا عنه. وحاول الشاب الفرار لكن تم إيقافه."
    assert [e.text for e in _one(nlp, text)] == ["أوقفت"]


@pytest.mark.parametrize(("text", "triggers"), [
    # another town, with "في سياق آخر"
    ("شنت الطائرات الحربية غارات على بلدة سرمين. وفي حلب، استهدف القصف المدفعي حي الشعار.", ["غارات", "استهدف"]),
    ("اندلعت اشتباكات بين الجيش وتنظيم داعش في الرقة. وفي سياق آخر، اندلعت الاشتباكات بين قوات الأمن ومهربين في "
     "درعا.", ["اشتباكات", "الاشتباكات"]),
    # a new shelling ("الجديد"), a renewed clash ("وتجددت")
    ("سقطت قذائف على مدينة الحديدة. وقال مصدر إن القصف الجديد استهدف مدينة تعز.", ["قذائف", "القصف"]),
    ("اندلعت اشتباكات بين فصائل مسلحة في طرابلس. وتجددت الاشتباكات بين كتيبة ثوار طرابلس وقوة الردع.",
     ["اشتباكات", "الاشتباكات"]),
    # the one arrested named after the pronoun's noun: the pronoun is the police
    ("اعتقلت الشرطة البلجيكية شخصين في بروكسل. وأغلقت الشرطة محطة قطار بعد اعتقالها المتهم الثامن في القضية.",
     ["اعتقلت", "اعتقالها"]),
    # a list of the dead with nothing before it stays
    ("وقال المصدر إن بين القتلى ثلاثة أطفال.", ["القتلى"]),
])
def test_another_event_stays(nlp, text, triggers):
    assert [e.text for e in _one(nlp, text)] == triggers


@pytest.mark.parametrize("text", [
    "التقى الوزير قائد كتيبة الصواريخ في الجيش المصري.",
    "وعين الجيش قائدا جديدا لوحدة الصواريخ.",
    "زار رئيس الأركان مقر قيادة سلاح الصواريخ في دمشق.",
    "قال رئيس الوزراء إن لبنان يطالب بوقف فوري للاعتداءات الإسرائيلية.",
    "دعت الأمم المتحدة إلى وقف القصف.",
    "وطالبت الحكومة اليمنية بوقف الهجمات الحوثية.",
    "وناشدت المنظمة الأطراف بوقف الاشتباكات.",
])
def test_a_unit_or_a_demand_is_no_event(nlp, text):
    assert events(nlp, text) == []


def test_the_unit_is_no_event_but_the_killing_is(nlp):
    text = "أعلن الجيش الإسرائيلي أنه اغتال قائد وحدة الصواريخ في حزب الله في جنوب لبنان."
    assert [e[0] for e in events(nlp, text)] == ["اغتال"]


@pytest.mark.parametrize(("text", "trigger"), [
    ("سقطت الصواريخ على مدينة سديروت.", "الصواريخ"),
    ("دعت المنظمة إلى وقف القصف على مدينة حلب.", "القصف"),
    ("طالب البيان بوقف الغارات التي قتلت 10 أشخاص في إدلب أمس.", "الغارات"),
    ("أدان الوزير القصف الذي استهدف مدينة حمص أمس.", "القصف"),
])
def test_weapons_used_and_demands_with_a_place_stay(nlp, text, trigger):
    assert [e[0] for e in events(nlp, text)] == [trigger]


@pytest.mark.parametrize(("text", "trigger"), [
    ("عثرت قوة من الحشد الشعبي على مخبأ يحتوي على 12 عبوة ناسفة وأحزمة ناسفة في صحراء الرطبة.", "عبوة ناسفة"),
    ("ضبطت القوات 5 عبوات ناسفة وقذائف هاون في ريف دير الزور.", "عبوات ناسفة"),
    ("حجزت وحدات الجيش مخبأ يضم عبوات ناسفة وأحزمة ناسفة في جبل الشعانبي.", "عبوات ناسفة"),
    # Algeria (MDN): a long cache phrase before what it holds
    ("كشفت مفارز الجيش الوطني الشعبي مخبأ للجماعات الإرهابية يحتوي على ألغام تقليدية الصنع وقنابل يدوية بولاية "
     "تيزي وزو.", "ألغام"),
    # Egypt: the depot as the object
    ("ضبطت الأجهزة الأمنية في سيناء مخزنا يضم عبوات ناسفة وأحزمة ناسفة وصواريخ.", "عبوات ناسفة"),
    ("ضبطت القوات الأمنية سيارة مفخخة وعبوات ناسفة في الموصل.", "سيارة مفخخة"),
])
def test_a_cache_found_is_one_event(nlp, text, trigger):
    assert [(e[0], e[1]) for e in events(nlp, text)] == [(trigger, FOUND)]


def test_a_belt_detonated_is_a_suicide_bomb(nlp):
    assert [(e[0], e[1]) for e in events(nlp, "فجر انتحاري حزاما ناسفا في سوق ببغداد.")] == [("فجر", SUICIDE)]


@pytest.mark.parametrize(("text", "expected"), [
    # the one taken as a pronoun, told as done: an arrest (Tunisia, Egypt, Florida)
    ("وقالت الشرطة إن المتهم فر من السجن. وقد تم القبض عليه في مدينة صفاقس.", ["القبض عليه"]),
    ("وتمكن أعوان الأمن من القبض عليها داخل منزلها بحي التضامن.", ["القبض عليها"]),
    ("وأكدت الشرطة أن نجاحها في القبض عليه تم بفضل شبكات التواصل.", ["القبض عليه"]),
    # after an arrest told before: that arrest
    ("أوقفت وحدات الحرس الوطني بسوسة شابا مفتشا عنه. وقد تم القبض عليه بعد مطاردة.", ["أوقفت"]),
    # to come, or tried: none
    ("صدرت بطاقة جلب في حقه وتعمل الوحدات الأمنية على القبض عليه.", []),
    ("وتحاول الشرطة القبض عليهم.", []),
])
def test_an_arrest_of_a_pronoun(nlp, text, expected):
    assert [e.text for e in _one(nlp, text) if e.subtype == ARREST] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a depot struck is the strike's target, no cache found
    ("قصفت الطائرات مخزنا للصواريخ في ريف حماة.", [("قصفت", AIR)]),
    # a car bomb that held explosives went off
    ("انفجرت سيارة مفخخة تحتوي على عبوات ناسفة في سوق بمدينة الباب.", [("انفجرت", "remote explosive/landmine/IED")]),
    # a unit that fires is no name: the missile is fired
    ("أطلقت وحدة الصواريخ في الجيش صاروخا على مواقع المتمردين.", [("صاروخا", SHELLING)]),
])
def test_weapons_used_stay(nlp, text, expected):
    assert [(e[0], e[1]) for e in events(nlp, text)] == expected


@pytest.mark.parametrize(("text", "trigger", "dead", "hurt"), [
    # Syria, Iraq, Gaza, Germany, Darfur: who the casualties were is no event of its own
    ("قتل 10 أشخاص في تفجير سيارة مفخخة في مدينة الباب. ومن بين الضحايا طفلان.", "تفجير", 10, None),
    ("قُتل 20 شخصا في تفجير انتحاري استهدف سوقا في بغداد. وكان من بين القتلى أربعة أطفال.", "تفجير انتحاري", 20, None),
    ("استشهد 5 فلسطينيين في غارة إسرائيلية على خان يونس. وبين الشهداء طفلان.", "غارة", 5, None),
    ("أصيب 12 شخصا في هجوم بسكين في مدينة زولينغن. وبين المصابين 3 أطفال في حالة خطيرة.", "هجوم", None, 12),
    ("قتل 7 أشخاص في اشتباكات قبلية في جنوب دارفور. ومن ضمن القتلى زعيم قبلي.", "اشتباكات", 7, None),
])
def test_the_casualties_listed_are_the_events(nlp, text, trigger, dead, hurt):
    rows = events(nlp, text, counts=True)
    assert [(r[0], r[4], r[5]) for r in rows] == [(trigger, dead, hurt)]
