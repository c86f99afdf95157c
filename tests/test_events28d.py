"""Session 28, third wave (ev28c): the dead of a blast told before it, breaking up a sit-in, vehicles that storm a
place, weapons seized by the amount.

Read on the ANT dev dump of wave3base (969, 1128, 1315, 1346, 1732, 1811; 758, 1658, 2244; 1739, 1784, 1900;
1781) and on the held-out dump.
"""

from __future__ import annotations

import pytest

from event_cases import events

IED = "remote explosive/landmine/IED"


@pytest.mark.parametrize(("text", "expected"), [
    # the killing word and its blast after a word of the cause: one event, the blast's, with the dead
    ("أعلنت وزارة الصحّة المصرية عن مقتل 4 سيّاح من كوريا الجنوبية وإصابة 13 آخرين إثر انفجار حافلة سياحية "
     "بمنطقة طابا جنوب سيناء.", [("انفجار", IED, False, [("target", "حافلة سياحية")], 4, 13)]),
    ("قتل 21 شخصا على الأقل واصيب أكثر من 40 آخرين، اليوم السبت في تفجيرين مزدوجين استهدفا أحد الأسواق الشعبية "
     "وسط العاصمة العراقية بغداد.", [("تفجيرين", IED, False, [], 21, 40)]),
    ("لقي 3 أشخاص حتفهم جراء انفجار عبوة ناسفة في مدينة العريش.", [("انفجار", IED, False, [], 3, None)]),
    ("استشهد فلسطينيان وأصيب خمسة آخرون، فجر اليوم الخميس، في غارة شنها طيران الإحتلال الإسرائيلي على نفق في رفح.",
     [("غارة", "air/drone strike", False, [("actor", "طيران الإحتلال")], 2, 5)]),
    ("قُتلت امرأتان بقصف مدفعي على حي سكني في مدينة درعا.",
     [("قصف مدفعي", "shelling/artillery/missile attack", False, [], 2, None)]),
    # who died is no doer of the blast
    ("قالت وزارة الداخلية المصرية إن ضابط شرطة قتل وأصيب آخر وثلاثة مجندين اليوم الأحد، في انفجار على طريق سريع "
     "جنوب القاهرة.", [("انفجار", IED, False, [], 1, None)]),
    # another clause with a connector: a killing of its own beside a blast without dead
    ("قتل 3 أشخاص في بغداد، بينما انفجرت عبوة ناسفة في الموصل.",
     [("قتل", "attack", False, [("target", "3 أشخاص")], 3, None), ("انفجرت", IED, False, [], None, None)]),
    ("مقتل شاب برصاص مجهولين في مدينة بنغازي.",
     [("مقتل", "attack", False, [("actor", "مجهولين"), ("target", "شاب")], 1, None)]),
])
def test_the_dead_of_the_blast_after_them(nlp, text, expected):
    assert events(nlp, text, counts=True) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the forces that break up a sit-in intervene: no protester
    # (session 29: the massacre during it is that protest met with excessive force, one event)
    ("اتهمت منظمة هيومن رايتس ووتش قوات الأمن المصرية بارتكاب مذبحة خلال فض اعتصام رابعة العدوية في أوت 2013.",
     [("اعتصام", "excessive force against protesters", False, [("target", "قوات الأمن المصرية")])]),
    ("تم عشية اليوم الخميس فض اعتصام العاطلين عن العمل بمنجم بوجابر بمعتمدية قلعة سنان.",
     [("اعتصام", "protest with intervention", False, [("actor", "العاطلين")])]),
    ("على خلفية تدخل الأمن لفض اعتصام ينفذه عدد من المحتجين منذ حوالي الشهر.",
     [("اعتصام", "protest with intervention", False, [("target", "الأمن")])]),
    # no side and no passive, or a negation: who ends the sit-in is not told, or no one does
    ("وتمكنت الشركة من تحسين إنتاجها بعد فضّ الإعتصامات بالرديف وام العرائس.",
     [("الإعتصامات", "peaceful protest", False, [])]),
    ("أكد أن الحكومة لم تفكر في اللجوء الى القوة والحل الأمني لفض اعتصام الكامور.",
     [("اعتصام", "peaceful protest", False, [])]),
    ("لم يتم فض اعتصام الأساتذة.", [("اعتصام", "peaceful protest", False, [("actor", "الأساتذة")])]),
    ("نفذ الأساتذة اعتصاما أمام وزارة التربية.",
     [("اعتصاما", "peaceful protest", False, [("actor", "الأساتذة")])]),
])
def test_breaking_up_a_sit_in(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a vehicle or its driver storming a place: no battle
    ("أقدم سائق سيارة طراز فيراري على اقتحام مركزا للتسوق في العاصمة الروسية موسكو.", []),
    ("واقتحمت السيارة منطقة السباق، ما أسفر عن إصابة ثلاثة من المتسابقين وأحد المنظمين.",
     [("اقتحمت", "attack", False, [])]),
    ("لقي شخص حتفه وأصيب آخرون، مساء اليوم الاثنين، بعد اقتحام شاحنة سوقا للاحتفال بأعياد الميلاد في العاصمة "
     "الألمانية برلين.", [("اقتحام", "attack", False, [])]),
    # armed men storming stay a battle
    ("اقتحم مسلحون مجهولون مقر الشرطة في مدينة العريش.",
     [("اقتحم", "armed clash", False, [("actor", "مسلحون مجهولون"), ("target", "مقر الشرطة")])]),
])
def test_a_vehicle_that_storms(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وتمكنت قوات الأمن من حجز كميات من المواد المتفجرة والعبوات الناسفة وأسلحة.",
     [("العبوات الناسفة", "disrupted weapons use", False, [("actor", "قوات الأمن")])]),
    ("حجزت وحدات الجيش كميات من الذخيرة والعبوات الناسفة.",
     [("العبوات الناسفة", "disrupted weapons use", False, [("actor", "وحدات الجيش")])]),
    # "متفجرة" before a weapon joined by و is no find: both blasts stay
    ("انفجرت عبوة متفجرة وقذيفة هاون في سوق المدينة ما أسفر عن مقتل شخصين.",
     [("انفجرت", IED, False, []), ("قذيفة هاون", "shelling/artillery/missile attack", False, [])]),
])
def test_weapons_seized_by_the_amount(nlp, text, expected):
    assert events(nlp, text) == expected
