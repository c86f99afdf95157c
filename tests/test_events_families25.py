"""Event families of session 25 (read on 3,000 + 2,500 held-out ANT articles and 30 pan-Arab sentences).

- A dual doer is an actor candidate ("اعتدى شابان على عون أمن", "هاجم مسلحان دورية للشرطة", "اعتدى ملثمان").
- A verbal noun of harm after "أقدم/عمد … على/إلى" is an attack whose doer is the verb's subject ("عمد ثلاثة
  أشخاص، إلى قتل جارهم", "أقدم شخصان على طعن شاب"); not an act on oneself ("أقدم شاب على قتل نفسه").
- A definite actor after "لل" right after an event noun owns it ("غارة جوية للتحالف"); aircraft "تابعة ل" a side give
  that side ("قصفت طائرات حربية تابعة لقوات حفتر"); an indefinite nisba after "قصف" names who shelled.
- The noun "استهداف" is a strike with casualties or a weapon in its sentence, its genitive the target unless
  aircraft; a campaign, a policy or a charge is none ("صعدت من استهداف الإعلاميين").
- Passers-by are civilians, and a subject before the attack verb makes the noun after it its object ("مسلح يهاجم
  المارة"), so a headline so written folds into its lead's attack.
"""

from __future__ import annotations

import pytest

from event_cases import REF, events

ATTACK = "attack"
AIR = "air/drone strike"
SHELLING = "shelling/artillery/missile attack"


@pytest.mark.parametrize(("text", "expected"), [
    # a dual doer no candidate named: the verb lost its subject
    ("اعتدى شابان على عون أمن بحي التضامن.",
     [("اعتدى", ATTACK, False, [("actor", "شابان"), ("target", "عون أمن")])]),
    ("اعتدت امرأتان على ممرضة في مستشفى سهلول.",
     [("اعتدت", ATTACK, False, [("actor", "امرأتان"), ("target", "ممرضة")])]),
    ("اعتدى ملثمان على صاحب محل بالقيروان.", [("اعتدى", ATTACK, False, [("actor", "ملثمان")])]),
    ("هاجم مسلحان دورية للشرطة في سيناء.",
     [("هاجم", "armed clash", False, [("actor", "مسلحان"), ("target", "دورية")])]),
    ("قام شابان بالاعتداء على عون حرس.",
     [("الاعتداء", ATTACK, False, [("actor", "شابان"), ("target", "عون حرس")])]),
    # the dual after a casualty noun is still the victim, the passive's subject too
    ("أصيب شابان في هجوم مسلح على مقهى بمدينة القصرين.", [("هجوم", ATTACK, False, [("target", "مقهى")])]),
    ("واعتقل الرجلان بتهمة الصيد غير المشروع.", [("اعتقل", "arrests", False, [("target", "الرجلان")])]),
])
def test_dual_doers(nlp, text: str, expected: list) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("عمد ثلاثة أشخاص، إلى قتل جارهم بسبب خلاف.",
     # (session 40: their neighbour with its pronoun is the target, one dead)
     [("قتل", ATTACK, False, [("actor", "ثلاثة أشخاص"), ("target", "جارهم")], 1, None)]),
    ("أقدم شخصان على طعن شاب في الكاف.", [("طعن", ATTACK, False, [("actor", "شخصان"), ("target", "شاب")], None, None)]),
    ("أقدم شابان على سلب امرأة في حي الزهور.",
     [("سلب", ATTACK, False, [("actor", "شابان"), ("target", "امرأة")], None, None)]),
    # ANT v1.1 (a count before the act counts the doers; session 24 left them without the actor)
    ("أقدم رجل اليوم الاثنين على قتل شرطي بسلاح أبيض قرب العاصمة الفرنسية باريس.",
     [("قتل", ATTACK, False, [("actor", "رجل"), ("target", "شرطي")], 1, None)]),
    ("أقدم ثلاثة شبان على قتل شاب في سوسة.",
     [("قتل", ATTACK, False, [("actor", "ثلاثة شبان"), ("target", "شاب")], 1, None)]),
    # with a clitic and a pronoun
    ("وعمدت امرأة إلى خنقه داخل المنزل.", [("خنقه", ATTACK, False, [("actor", "امرأة")], None, None)]),
])
def test_undertaken_acts(nlp, text: str, expected: list) -> None:
    assert events(nlp, text, counts=True) == expected


@pytest.mark.parametrize("text", [
    "أقدم شاب على قتل نفسه شنقا في منزله.",  # on oneself
    "أقدم شاب على حرق نفسه أمام مقر الولاية.",  # not a verbal noun of harm to others (and on oneself)
    "تقدم المحامي بطعن في الحكم الابتدائي.",  # "تقدم" is no undertaking, "طعن" an appeal
    "عمدت البلدية إلى تنظيف الشوارع.",  # no act of harm after "إلى"
    # ANT v1.1: on animals; a habit told in the present (a survey)
    "حيث عمد عدد من أصحاب المحلات على ذبح المواشي في الشارع عوضا عن المسالخ البلدية.",
    "ويعمد الرجل إلى تعنيف المرأة، وخاصة المتعلمة.",
])
def test_no_undertaken_attack(nlp, text: str) -> None:
    assert events(nlp, text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("قتل 12 مدنيا في غارة جوية للتحالف على سوق شعبي في محافظة صعدة.",
     [("غارة جوية", AIR, False, [("actor", "تحالف"), ("target", "سوق شعبي")])]),
    # (session 27, second wave: an airport is a thing hit)
    ("قصفت طائرات حربية تابعة لقوات حفتر مطار معيتيقة في طرابلس.",
     [("قصفت", AIR, False, [("actor", "قوات حفتر"), ("target", "مطار معيتيقة")])]),
    # (session 25, second wave: the group written with ل after the site it owns is the target)
    ("استهدفت طائرة مسيرة تابعة للجيش السوداني مواقع لقوات الدعم السريع في الخرطوم بحري.",
     [("استهدفت", AIR, False, [("actor", "جيش السوداني"), ("target", "قوات الدعم السريع")])]),
    ("أسفر قصف إسرائيلي على منزل في مدينة رفح عن استشهاد سبعة فلسطينيين بينهم ثلاثة أطفال.",
     [("قصف", SHELLING, False, [("actor", "إسرائيلي"), ("target", "منزل")])]),
    # not after a thing hit: "حاجز للجيش" is read whole, a target
    ("هاجم مسلحون مجهولون حاجزا للجيش في درعا.",
     [("هاجم", "armed clash", False, [("actor", "مسلحون مجهولون"), ("target", "حاجزا للجيش")])]),
])
def test_owners_of_strikes(nlp, text: str, expected: list) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # (session 32: the indefinite thing hit after the genitive agent is the target)
    ("قتل مدنيان في استهداف الطيران الإسرائيلي سيارة في مدينة رفح.",
     [("استهداف", AIR, False, [("actor", "الطيران الإسرائيلي"), ("target", "سيارة")], 2, None)]),
    # ANT v1.1
    ("وأكد في بيان رسمي أنه لم تقع أضرار. ورد التحالف باستهداف موقع إطلاق الصاروخ في اليمن.",
     [("استهداف", SHELLING, False, [("actor", "التحالف"), ("target", "موقع إطلاق")], None, None)]),
    # a drone right after it is the event, and its means
    ("أدى استهداف طائرة مسيرة لسيارة في مأرب إلى مقتل ثلاثة أشخاص.", [("طائرة مسيرة", AIR, False, [], 3, None)]),
])
def test_targeting_noun(nlp, text: str, expected: list) -> None:
    assert events(nlp, text, counts=True) == expected


@pytest.mark.parametrize("text", [
    # ANT v1.1: a campaign, a policy, a charge
    "وأضاف أن هذه الحملة تؤكد استهداف مؤسسات الجزائر التي يمثلها الجيش والرئاسة.",
    "وأكد أن سلطات الاحتلال صعدت من استهداف الإعلاميين والصحفيين خلال الشهر الماضي.",
    "وأضاف قرتولموش أن استهداف هذه القاعدة يعد أمرا مهما.",
    # an institution or a sector, with deaths elsewhere in the sentence
    "ويرمي إلى استهداف المؤسسة العسكرية في شخص العقيد، المشرف على العمليات العسكرية خلال أحداث أسفرت عن مقتل 5 أشخاص.",
    # the means of the act before it
    "اغتيل عباس الموسوي باستهداف سيارته في لبنان من خلال صواريخ أطلقتها طائرة مروحية.",
    # ANT v1.1: across an aside
    "في 16 جانفي 1992 اغتيل عباس الموسوي، وهو أمين عام حزب الله؛ باستهداف سيارته في لبنان من خلال صواريخ.",
])
def test_targeting_noun_without_violence(nlp, text: str) -> None:
    assert [e for e in events(nlp, text) if e[0].endswith("استهداف")] == []


def test_strike_after_targeting_noun_is_the_event(nlp) -> None:
    text = 'نشر موقع ليبي قائمة قال إنها لأسماء الدواعش الذين تم استهدافهم في الضربة الجوية الأميركية على صبراتة.'
    found = events(nlp, text)
    assert [e[0] for e in found] == ["الضربة الجوية"]
    assert ("actor", "الأميركية") in found[0][3]


def test_headline_attacker_before_the_verb(nlp) -> None:
    text = ("ألمانيا : مسلح يهاجم المارة بسكين\n"
            "هاجم رجل مسلح بسكين اليوم الأحد المارة في مدينة هامبورغ الألمانية، ما أسفر عن مقتل شخص وإصابة 4 آخرين.")
    doc = nlp(text, reference_date=REF)
    found = [(e.text, e.subtype, [(a["role"], a["text"]) for a in e.actors]) for e in doc.layers["events"]]
    assert found == [("هاجم", ATTACK, [("actor", "رجل مسلح"), ("target", "المارة")])]
    assert [e.start for e in doc.layers["events"]] == [text.index("هاجم رجل")]


@pytest.mark.parametrize(("text", "expected"), [
    ("مسلح يهاجم المارة في باريس.", [("يهاجم", ATTACK, False, [("actor", "مسلح"), ("target", "المارة")])]),
    # the session-24 reading stays: the person after "هاجم" is its doer
    ("هاجم شخص مسلح عدد من المارة في الشارع.", [("هاجم", ATTACK, False, [("actor", "شخص مسلح")])]),
])
def test_attack_on_passers_by(nlp, text: str, expected: list) -> None:
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ANT v1.1: the count right after the arrest is the one taken, not a later noun
    ("تمكنت الوحدات الامنية بنابل، اليوم الأربعاء، في إطار حملة أمنية من إيقاف 5 أشخاص من العناصر الخطيرة التي تروع "
     'المارة عبر "البراكاجات".', [("إيقاف", "arrests", False, [("target", "5 أشخاص")])]),
    ("وجاء في بلاغ لوزارة الداخلية أنه بمزيد التحري، تم القبض على ثلاثة عناصر تابعين للخلية المذكورة وإدراج عنصرين "
     "آخرين بالتفتيش.", [("القبض على", "arrests", False, [("target", "ثلاثة عناصر")])]),
    # ANT v1.1: a dual in the oblique case after the attack verb is its object, never its doer
    ("وقالت الشرطة إن شخصين قتلا في واقعة عنف أسري بمبنى في منطقة ميري هيل، حيث يعتقد أن رجلا هاجم امرأتين قبل أن "
     "يطعنهما ويصيبهما بجراح.", [("قتلا", ATTACK, False, [("target", "امرأتين")])]),
])
def test_counted_and_dual_objects(nlp, text: str, expected: list) -> None:
    assert events(nlp, text) == expected
