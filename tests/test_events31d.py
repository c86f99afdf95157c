"""Session 31 (ev31d): the rest of the actors, targets and tolls other outlets' texts show.

- Tolls of persons named one by one: "مقتل ضابط برتبة رائد وجندي" is 2 (a rank or a nisba may come between),
  "ضابطين وجندي" 3, "3 جنود وضابط" 4; not after a large number's singular noun ("أكثر من 20 ألف جندي ومدني"), nor
  another word between ("مقتل جندي وإصابة مدني", "الجندي وشقيقه"); the second person is no actor ("جندي تركي ومدني
  سوري").  "منذ بدء الهجوم البري في 27 أكتوبر" dates a campaign's start, not the event told before it.
- Targets: the body of the members killed ("قتل ستة من أفراد الشرطة في كمين نصبه مسلحون"); the count after the
  forces that arrest ("أوقفت وحدات حرس السواحل 4 مهاجرين"); the object after a striker subject ("قصفت طائرة مسيرة
  منزلا لعائلة أبو شمالة") or after a strike that is the subject of "استهدفت" ("استهدفت غارة إسرائيلية منزل عائلة
  الحسني"); a vehicle carrying a group's members is the group's ("سيارة تقل قياديين في حركة الشباب").
- Actors: the announcer of a neutralising masdar ('أعلنت وزارة الدفاع التركية، الأحد، "تحييد" 12 إرهابيا'); the
  speaker whose fighters managed an act ("قالت كتائب القسام إن مقاتليها تمكنوا من تفجير دبابة"); the striker's nisba
  ("قصفت مسيرة تركية سيارة"); no actor for the body a protest stands before ("أمام مقر وزارة التعليم العالي").

Texts /work/lead/s31/t/s48, s49, s53, s54 (Reuters Kabul, Anadolu Ankara and Gaza, Nouakchott) and neighbours
from other countries.
"""

from __future__ import annotations

import pytest

from event_cases import dated, events

CLASH = "armed clash"
ATTACK = "attack"
SHELLING = "shelling/artillery/missile attack"
AIR = "air/drone strike"
IED = "remote explosive/landmine/IED"
ARRESTS = "arrests"
PROTEST = "peaceful protest"


@pytest.mark.parametrize(("text", "expected"), [
    ("أعلن الجيش الإسرائيلي مقتل ضابط برتبة رائد وجندي في معارك جنوبي قطاع غزة.",
     [("معارك", CLASH, False, [], 2, None)]),
    ("أعلن الجيش الإسرائيلي مقتل ضابطين وجندي في معارك جنوبي قطاع غزة.", [("معارك", CLASH, False, [], 3, None)]),
    ("قتل جندي تركي ومدني سوري في قصف على بلدة أعزاز.", [("قصف", SHELLING, False, [], 2, None)]),
    ("أسفر الهجوم عن مقتل 3 جنود وضابط في ولاية بورنو.", [("الهجوم", CLASH, False, [], 4, None)]),
    ("قتل جندي ومدني في انفجار عبوة ناسفة في مقديشو.", [("انفجار", IED, False, [], 2, None)]),
    ("استشهد طفل وامرأة في قصف إسرائيلي على رفح.", [("قصف", SHELLING, False, [("actor", "إسرائيلي")], 2, None)]),
    ("قتل شرطي وجنديان في هجوم مسلح في سيناء.", [("هجوم", CLASH, False, [], 3, None)]),
    ("قتل مسلحون مجهولون شرطيا ومدنيا في هجوم على حاجز أمني بمدينة العريش.",
     [("هجوم", CLASH, False, [("actor", "مسلحون مجهولون"), ("target", "حاجز أمني")], 2, None)]),
    ("قتل شرطي ورجل آخر خارج ملهى ليلي في إسطنبول.",
     [("قتل", CLASH, False, [("target", "شرطي"), ("target", "رجل")], 2, None)]),
    # another word between, a plural, a kinsman, a large number's singular noun: one count as before
    ("أدى القصف إلى مقتل جندي وإصابة مدني في درعا.", [("القصف", SHELLING, False, [], 1, 1)]),
    ("قتل جندي وجنود آخرون في هجوم للحوثيين على مأرب.",
     [("هجوم", CLASH, False, [("actor", "حوثيين")], 1, None)]),
    # (session 41: the kin with its pronoun after "و" is counted: 2)
    ("قتل الجندي وشقيقه في هجوم على منزلهما في ديالى.",
     [("هجوم", ATTACK, False, [("target", "منزلهما")], 2, None)]),
    ("قتل أكثر من 20 ألف جندي ومدني في المعارك.", [("المعارك", CLASH, False, [], 20000, None)]),
    ("قتل 15 جنديا ومدنيا في هجوم لبوكو حرام على قرية في ولاية بورنو.",
     [("هجوم", ATTACK, False, [("actor", "بوكو حرام")], 15, None)]),
])
def test_persons_named_one_by_one(nlp, text, expected):
    assert events(nlp, text, counts=True) == expected


def test_joined_toll_span(nlp):
    doc = nlp("أعلن الجيش الإسرائيلي مقتل ضابط برتبة رائد وجندي في معارك جنوبي قطاع غزة.", reference_date="2017-06-01")
    (e,) = doc.layers["events"]
    assert doc.text[e.fatalities["start"]:e.fatalities["end"]] == "ضابط برتبة رائد وجندي"


@pytest.mark.parametrize(("text", "expected"), [
    ("أعلن الجيش الإسرائيلي مقتل ضابط برتبة رائد وجندي في معارك جنوبي قطاع غزة، ليرتفع عدد قتلاه منذ بدء الهجوم "
     "البري في 27 أكتوبر الماضي إلى 165.", [("معارك", {"value": "2017-06-01", "inherited": True})]),
    ("قتل 12 مدنيا في قصف لقوات الدعم السريع على مدينة الفاشر أمس، ليرتفع عدد الضحايا منذ اندلاع الحرب في 15 أبريل "
     "إلى الآلاف.", [("قصف", {"start": 56, "end": 59, "text": "أمس", "value": "2017-05-31"})]),
    # "منذ مطلع العام" is a span of its own, the tally's
    ("ارتفع عدد المسلحين الذين قتلهم الجيش إلى 22 منذ مطلع العام.",
     [("قتلهم", {"start": 48, "end": 58, "text": "مطلع العام", "value": "2017"})]),
])
def test_campaign_start_is_no_event_date(nlp, text, expected):
    assert dated(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("قتل ستة من أفراد الشرطة في كمين نصبه مسلحون من حركة طالبان باكستان في إقليم خيبر بختونخوا.",
     [("كمين", CLASH, False, [("actor", "حركة طالبان باكستان"), ("target", "الشرطة")], 6, None)]),
    ("قتل خمسة من أفراد الجيش في كمين لحركة الشباب في إقليم جوبا السفلى.",
     [("كمين", CLASH, False, [("actor", "حركة الشباب"), ("target", "الجيش")], 5, None)]),
    # a site named after the attack stays its target
    ("قتل ستة من عناصر الشرطة في هجوم لمسلحين على حاجز في سيناء.",
     [("هجوم", CLASH, False, [("actor", "مسلحين"), ("target", "حاجز")], 6, None)]),
    ("قتل ستة جنود في هجوم لمسلحين على حاجز في سيناء.",
     [("هجوم", CLASH, False, [("actor", "مسلحين"), ("target", "حاجز")], 6, None)]),
])
def test_members_body_is_target(nlp, text, expected):
    assert events(nlp, text, counts=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("أوقفت وحدات حرس السواحل 4 مهاجرين قبالة سواحل ولاية نابل.",
     [("أوقفت", ARRESTS, False, [("actor", "حرس السواحل"), ("target", "4 مهاجرين")])]),
    ("أوقفت وحدات حرس السواحل أربعة مهاجرين قبالة سواحل ولاية نابل.",
     [("أوقفت", ARRESTS, False, [("actor", "حرس السواحل"), ("target", "أربعة مهاجرين")])]),
    ("أوقفت وحدات الحرس البحري 12 مجتازا قبالة سواحل المهدية.",
     [("أوقفت", ARRESTS, False, [("actor", "الحرس البحري"), ("target", "12 مجتازا")])]),
    ("اعتقل الحرس الوطني 7 مجتازين في صفاقس.",
     [("اعتقل", ARRESTS, False, [("actor", "الحرس الوطني"), ("target", "7 مجتازين")])]),
    ("اعتقلت الأجهزة الأمنية 6 عناصر من حركة الشباب في مقديشو.",
     [("اعتقلت", ARRESTS, False, [("actor", "الأجهزة الأمنية"), ("target", "حركة الشباب")])]),
    # a boat is no one arrested
    ("أوقفت وحدات حرس السواحل قاربا يقل مهاجرين قبالة سواحل نابل.",
     [("أوقفت", ARRESTS, False, [("actor", "حرس السواحل")])]),
])
def test_count_after_arresting_forces(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("قصفت طائرة مسيرة منزلا لعائلة أبو شمالة في مدينة رفح.",
     [("قصفت", AIR, False, [("target", "منزلا لعائلة أبو شمالة")])]),
    ("قصفت طائرة مسيرة منزلا في مدينة رفح.", [("قصفت", AIR, False, [("target", "منزلا")])]),
    ("قصفت مسيرة تركية سيارة في ريف القامشلي.", [("قصفت", AIR, False, [("actor", "تركية"), ("target", "سيارة")])]),
    ("قصفت طائرة مسيرة إسرائيلية منزلا في بلدة عيتا الشعب.",
     [("قصفت", AIR, False, [("actor", "إسرائيلية"), ("target", "منزلا")])]),
    ("استهدفت طائرة مسيرة سيارة في مدينة صور.", [("استهدفت", AIR, False, [("target", "سيارة")])]),
    ("استهدف قصف مدفعي منزلا في بلدة كفرنبل.", [("استهدف", SHELLING, False, [("target", "منزلا")])]),
    ("استهدفت ضربة جوية أمريكية سيارة في ولاية شبيلي السفلى.",
     [("استهدفت", AIR, False, [("actor", "أمريكية"), ("target", "سيارة")])]),
    ("استهدفت غارة إسرائيلية منزل عائلة الحسني في حي الشجاعية.",
     [("غارة", AIR, False, [("actor", "إسرائيلية"), ("target", "منزل عائلة الحسني")])]),
    ("قصف إسرائيلي استهدف منزلا لعائلة أبو عودة في حي الشجاعية.",
     [("قصف", SHELLING, False, [("actor", "إسرائيلي"), ("target", "منزلا لعائلة أبو عودة")])]),
    # a named striker keeps its own role; a group's site names the group
    ("قصفت المدفعية الإسرائيلية منزلا في بلدة الخيام.",
     [("قصفت", SHELLING, False, [("actor", "المدفعية الإسرائيلية"), ("target", "منزلا")])]),
    ("قصفت طائرات التحالف مواقع لتنظيم داعش في الرقة.",
     [("قصفت", AIR, False, [("actor", "طائرات التحالف"), ("target", "داعش")])]),
    # the vehicle carries a group's leaders: the group is hit
    ("استهدفت غارة جوية أمريكية سيارة تقل قياديين في حركة الشباب قرب مدينة جلب.",
     [("استهدفت", AIR, False, [("actor", "أمريكية"), ("target", "حركة الشباب")])]),
])
def test_object_after_a_striker(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('أعلنت وزارة الدفاع التركية، الأحد، "تحييد" 12 إرهابيا من تنظيم "بي كا كا/ي ب ك" شمالي سوريا والعراق.',
     [("تحييد", CLASH, False, [("actor", "وزارة الدفاع التركية"), ("target", "بي كا كا")], 12, None)]),
    ("أعلنت وزارة الدفاع التركية تحييد 5 إرهابيين في شمال العراق.",
     [("تحييد", CLASH, False, [("actor", "وزارة الدفاع التركية")], 5, None)]),
    ('أعلن الجيش الجزائري، الأحد، "القضاء على" 3 إرهابيين في ولاية تيبازة.',
     [("القضاء على", CLASH, False, [("actor", "الجيش الجزائري")], 3, None)]),
    ("أعلنت القوات المسلحة المالية القضاء على 20 إرهابيا في منطقة موبتي.",
     [("القضاء على", CLASH, False, [("actor", "القوات المسلحة المالية")], 20, None)]),
    # no neutralising of people
    ("أعلن الرئيس أن الحكومة تعمل على القضاء على الفقر.", []),
    ("أعلنت وزارة الدفاع عن خطة لتحييد المخاطر الأمنية.", []),
])
def test_announced_neutralising(nlp, text, expected):
    assert events(nlp, text, counts=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ('قالت كتائب القسام إن مقاتليها تمكنوا من تفجير دبابة إسرائيلية من نوع "ميركافا 4" بعبوة "شواظ" في محور '
     'التقدم شرق خان يونس.',
     [("تفجير", IED, False, [("actor", "كتائب القسام"), ("target", "دبابة إسرائيلية")])]),
    ("أعلنت سرايا القدس أن مقاتليها تمكنوا من تفجير عبوة ناسفة بآلية عسكرية إسرائيلية في جباليا.",
     [("تفجير", IED, False, [("actor", "سرايا القدس")])]),
    # the protesters are no speaker's fighters; a repelled attack is the attackers'
    ("قالت الشرطة إن المحتجين تمكنوا من اقتحام مبنى البرلمان في بغداد.", [("اقتحام", CLASH, False, [])]),
    ("أكد الجيش أن جنوده تمكنوا من صد هجوم لمسلحين في ولاية بورنو.",
     [("هجوم", CLASH, False, [("actor", "مسلحين")])]),
])
def test_fighters_managed(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("تظاهر عشرات الطلاب أمام مقر وزارة التعليم العالي في نواكشوط احتجاجا على تأخر صرف المنح الجامعية.",
     [("تظاهر", PROTEST, False, [("actor", "عشرات الطلاب")])]),
    ("اعتصم عشرات المعلمين أمام مقر وزارة التربية في الرباط احتجاجا على تجميد الترقيات.",
     [("اعتصم", PROTEST, False, [("actor", "المعلمين")])]),
    ("نظم أنصار حزب الأمة القومي وقفة احتجاجية أمام مقر بعثة الأمم المتحدة في الخرطوم احتجاجا على العنف.",
     [("وقفة احتجاجية", PROTEST, False, [("actor", "حزب الأمة القومي")])]),
    ("احتج عشرات المتقاعدين أمام مبنى البرلمان العراقي في بغداد احتجاجا على تأخر صرف رواتبهم.",
     [("احتج", PROTEST, False, [("actor", "المتقاعدين")])]),
    ("تظاهر مئات السودانيين أمام سفارة الولايات المتحدة في الخرطوم احتجاجا على العقوبات.",
     [("تظاهر", PROTEST, False, [("actor", "السودانيين")])]),
    # who organises stays the actor
    ("نظمت نقابة الصحفيين وقفة احتجاجية أمام مقر وزارة الإعلام في صنعاء.",
     [("وقفة احتجاجية", PROTEST, False, [("actor", "نقابة الصحفيين")])]),
    ("نظمت وزارة الصحة وقفة احتجاجية في غزة تنديدا بقصف المستشفيات.",
     [("وقفة احتجاجية", PROTEST, False, [("actor", "وزارة الصحة")]),
      ("قصف", SHELLING, False, [("target", "المستشفيات")])]),
])
def test_protest_before_a_building(nlp, text, expected):
    assert events(nlp, text) == expected
