"""Events, session 47 (ev47).

1. A killing told with its manner ("مقتل شاب بولندي طعنا بسكين", "وفاة كهل ضربا", "مقتل شاب رميا بالرصاص", ANT 1238) is
   violence against civilians even when an arrest of its doers follows in its clause; "بطعنتي سكين" is a weapon; a death
   noun with its pronoun after a result cue ("مما أدى إلى وفاته/وفاتها", the ة written ت) counts its victim.
2. A speaker whose title and name stand in apposition after a reporting verb ("اعتبر الأمين العام …، حفيظ حفيظ
   التحركات الاحتجاجية …", ANT 7289) is no actor of the act he comments on.
3. An assault on the environment ("الاعتداءات المتواصلة على المحيط والبيئة") and burnt waste ("يلقي بالفضلات … أو
   حرقها", ANT 6062) are no events.
4. The police first or second in "صدامات/مواجهات بين X و Y" are the other side (target) of the protest or riot.
5. A robbery is an attack on civilians when its target is a person, else a looting, in every frame.
"""

from __future__ import annotations

import pytest

from event_cases import REF
from event_cases import events_of as _events
from event_cases import roles_of as _roles
from event_cases import span_of as _span

# -- 1. a killing told with its manner ------------------------------------------------------------------------------
POLAND = ("دارت صدامات الأحد بين الشرطة البولونية والمئات من سكان مدينة ايلك (شمال شرق) كانوا يحتجون بعنف على اثر "
          "مقتل شاب بولندي طعنا بسكين خلال شجار اندلع ليلة رأس السنة بينه وبين أربعة مهاجرين عرب اعتقلتهم السلطات.")


def test_stabbing_in_a_brawl_is_a_killing(nlp):
    """ANT 1238: the killing, the riot and the arrest of the four migrants are three events."""
    events = _events(nlp, POLAND)
    (killing,) = [e for e in events if e.text == "مقتل"]
    assert (killing.start, killing.end) == _span(POLAND, "مقتل")
    assert (killing.type, killing.subtype) == ("violence against civilians", "attack")
    assert killing.fatalities["value"] == 1
    assert ("target", "شاب بولندي") in _roles(killing)
    assert any(e.subtype == "arrests" and e.text == "اعتقلتهم" for e in events)


@pytest.mark.parametrize(("text", "trigger", "victim"), [
    ("مقتل شاب تونسي رميا بالرصاص في مدينة القصرين.", "مقتل", "شاب تونسي"),
    ("وفاة كهل ضربا بالعصي في حي شعبي.", "وفاة", "كهل"),
    ("مقتل امرأة خنقا داخل منزلها.", "مقتل", "امرأة"),
    ("وفاة شابة طعنا بسكين في حي التضامن.", "وفاة", "شابة"),
    ("ومقتل طفل نحرا على يد مجهول.", "مقتل", "طفل"),
])
def test_manner_of_a_killing(nlp, text, trigger, victim):
    (event,) = [e for e in _events(nlp, text) if e.text.endswith(trigger)]
    assert (event.type, event.subtype) == ("violence against civilians", "attack")
    assert event.fatalities["value"] == 1
    assert ("target", victim) in _roles(event)


@pytest.mark.parametrize("text", [
    "أصيب الشاب بطعنتي سكين مما أدى إلى مقتله.",  # the dual of a stab (ANT 1238)
    "أصيب شاب بطعنتين في البطن مما أدى إلى وفاته.",
])
def test_dual_stab_and_its_death(nlp, text):
    (event,) = _events(nlp, text)
    assert event.text == "أصيب" and event.subtype == "attack"
    assert event.fatalities["value"] == 1


@pytest.mark.parametrize(("text", "trigger", "death"), [
    ("قام شخص بطعنه من الخلف بواسطة سكين، مما أدى إلى وفاته على عين المكان.", "طعنه", "وفاته"),  # ANT 8531
    ("قام بتعنيف زوجته ولكمها وخنقها مما أدى إلى وفاتها.", "تعنيف", "وفاتها"),  # ANT 8064
])
def test_result_death_with_pronoun_counts(nlp, text, trigger, death):
    (event,) = _events(nlp, text)
    assert event.text == trigger
    assert event.fatalities["value"] == 1
    assert (event.fatalities["start"], event.fatalities["end"]) == _span(text, death)


def test_death_pronoun_of_two(nlp):
    text = "اعتدى مجهولون على شابين بالسكاكين مما أدى إلى مقتلهما."
    (event,) = _events(nlp, text)
    assert event.fatalities["value"] == 2


def test_retold_stabbing_folds_into_the_killing(nlp):
    """The definite victim's death with a pronoun, a sentence later, is the killing told before."""
    text = ("مقتل شاب بولندي طعنا بسكين خلال شجار في مدينة ايلك. وخلال الشجار أصيب الشاب البالغ 21 عاما بطعنتي سكين "
            "مما أدى إلى مقتله.")
    (event,) = _events(nlp, text)
    assert event.text == "مقتل" and event.fatalities["value"] == 1


@pytest.mark.parametrize("text", [
    "وفاة شخص حرقا بعد انقلاب سيارته.",  # an accident: حرقا is no manner of violence
    "توفي الشاب متأثرا بمرض عضال مما أدى إلى وفاته.",
    "أعلنت العائلة وفاة الفنان بعد صراع مع المرض.",
])
def test_no_violent_death(nlp, text):
    assert not [e for e in _events(nlp, text) if e.type == "violence against civilians"]


# -- 2. a speaker in apposition ----------------------------------------------------------------------------------------
HAFIDH = ("اعتبر الامين العام المساعد للاتحاد العام التونسي للشغل المكلف بالوظيفة العمومية، حفيظ حفيظ التحركات "
          "الاحتجاجية التي حصلت اليوم في عديد القباضات المالية والتي أدّت إلى غلقها مؤامرة تقف وراءها أطراف سياسية.")


def test_speaker_in_apposition_is_no_actor(nlp):
    doc = nlp("حفيظ حفيظ : أطراف سياسية وراء غلق عديد القباضات المالية\n" + HAFIDH, reference_date=REF)
    (event,) = [e for e in doc.layers["events"] if e.text == "التحركات الاحتجاجية"]
    assert not [a for a in event.actors if a["role"] == "actor" and "حفيظ" in a["text"]]


@pytest.mark.parametrize("text", [
    "قال الكاتب العام للنقابة الأساسية للتعليم الثانوي بالقصرين، محمد الهادي البجاوي إن الإضراب نجح.",
    "أكد المتحدث باسم الهيئة الوطنية للمحامين، سامي الطاهري أن الوقفة الاحتجاجية حققت أهدافها.",
])
def test_reported_protest_speaker_variants(nlp, text):
    for event in _events(nlp, text):
        assert not [a for a in event.actors if a["role"] == "actor"]


def test_own_deed_told_by_the_speaker_keeps_its_actor(nlp):
    """A speaker's body telling of its own deed ("أنها اعتقلت") keeps it as the actor."""
    text = "أكد المتحدث باسم وزارة الداخلية التونسية، ياسر مصباح أنها اعتقلت 3 أشخاص."
    (event,) = _events(nlp, text)
    assert ("actor", "وزارة الداخلية التونسية") in _roles(event)


# -- 3. abstract and environmental targets; waste burnt ---------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "وتم إقرار إحداث سلك للشرطة البيئية بعد تفاقم الاعتداءات المتواصلة على المحيط والبيئة.",  # ANT 6062
    "وندد المشاركون بالاعتداء الصارخ على البيئة في المنطقة.",
    "وتتمثل مهام الشرطة البيئية في تحرير مخالفات ضد كل من يلقي بالفضلات في الطريق العام أو في غير الأماكن المخصصة لها "
    "أو حرقها سواء من قبل الأشخاص أو الشركات.",  # ANT 6062
    "ويعمد بعض السكان إلى حرق النفايات في الساحات العامة.",
    "منع إحراق الفضلات المنزلية في الأحياء.",
])
def test_environment_and_waste_are_no_events(nlp, text):
    assert _events(nlp, text) == []


@pytest.mark.parametrize(("text", "trigger"), [
    ("تفاقم الاعتداءات المتواصلة على المواطنين من قبل مسلحين.", "الاعتداءات"),
    ("قام مجهولون بحرق منزل المواطن.", "حرق"),
])
def test_people_and_homes_stay_events(nlp, text, trigger):
    assert [e.text for e in _events(nlp, text)] == [trigger]


# -- 4. clash sides -------------------------------------------------------------------------------------------------
def test_police_first_in_a_clash_is_the_other_side(nlp):
    text = "دارت صدامات الأحد بين الشرطة البولونية والمئات من سكان مدينة ايلك كانوا يحتجون بعنف."
    (event,) = _events(nlp, text)
    assert event.text == "يحتجون" and event.type == "riots"
    assert _roles(event) == [("actor", "المئات"), ("target", "الشرطة البولونية")]
    (target,) = [a for a in event.actors if a["role"] == "target"]
    assert (target["start"], target["end"]) == _span(text, "الشرطة البولونية")


@pytest.mark.parametrize("text", [
    "اندلعت مواجهات بين قوات الأمن والمحتجين.",
    "اندلعت مواجهات بين المحتجين وقوات الأمن.",
    "اندلعت مواجهات بين قوات الأمن وعشرات المحتجين الذين أغلقوا الطريق بالعجلات المطاطية المشتعلة.",
])
def test_police_in_clash_with_protesters(nlp, text):
    (event,) = [e for e in _events(nlp, text) if e.text == "مواجهات"]
    assert event.type == "riots"
    assert _roles(event) == [("actor", "المحتجين"), ("target", "قوات الأمن")]


def test_clash_between_armed_sides_unchanged(nlp):
    """Two armed sides are a battle's actors, neither a target."""
    text = "اندلعت اشتباكات عنيفة بين قوات الجيش ومسلحين من تنظيم داعش في ريف حلب."
    (event,) = _events(nlp, text)
    assert event.type == "battles"
    assert not [a for a in event.actors if a["role"] == "target" and "الجيش" in a["text"]]


# -- 5. one type for a robbery --------------------------------------------------------------------------------------
ATTACK = ("violence against civilians", "attack")
LOOTING = ("strategic developments", "looting/property destruction")


@pytest.mark.parametrize(("text", "trigger", "kind"), [
    ("أقدم شابان على سلب امرأة.", "سلب", ATTACK),
    ("قامت عصابة بسلب تاجر.", "سلب", ATTACK),
    ("تعرض مواطن إلى عملية براكاج من قبل منحرفين.", "عملية براكاج", ATTACK),
    ("قام مسلحان بسلب الزوجة مصوغها.", "سلب", ATTACK),
    ("القيروان : 3 شبان يسلبون مواطنا مبلغ 50 ألف دينار\nوتمكنت الوحدات الأمنية من إيقافهم.", "يسلبون", ATTACK),
    ("سطا ملثمون على وكالة بنكية في سوسة.", "سطا", LOOTING),
    ("تعرض محل مجوهرات للسطو المسلح.", "سطو", LOOTING),
    ("قام مجهولون بسلب محل تجاري.", "سلب", LOOTING),
])
def test_robbery_type(nlp, text, trigger, kind):
    (event,) = [e for e in _events(nlp, text) if e.text == trigger]
    assert (event.type, event.subtype) == kind


# -- found while reading the dumps ----------------------------------------------------------------------------------
def test_recalled_death_is_no_protest_toll(nlp):
    """ANT 6841: "قبل وفاته" recalls the baby's death; the doctors' protest keeps its actor and no toll."""
    text = ("أفادت موفدة الجوهرة أف أم أن نحو 200 شخص تجمعوا اليوم أمام مقر المحكمة الابتدائية بسوسة احتجاجا على "
            "ايقاف تحفظي لزميلتهم في قضية الرضيع الذي ترك ليلة كاملة في علبة كرتون بمستشفى فرحات حشاد قبل وفاته.")
    (event,) = [e for e in _events(nlp, text) if e.text == "احتجاجا"]
    assert event.subtype == "peaceful protest"
    assert event.fatalities is None


def test_victim_not_counted_twice(nlp):
    """ANT 292: the wife killed, then "ما أدّى إلى وفاتها": one dead."""
    text = ("أجلت المحكمة النظر في قضية خليجي متهم بقتل زوجته عمدًا، بعد قيامه بدفعها خارج السيارة، أثناء سيرها "
            "بسرعة كبيرة، ما أدّى إلى وفاتها.")
    for event in _events(nlp, text):
        assert event.fatalities is None or event.fatalities["value"] == 1


def test_reported_clause_subject_is_not_the_speaker(nlp):
    """ANT 1606's frame: the name after "أن … ،" is the reported clause's subject, not the speaker's apposition."""
    text = "أكدت مصادر محلية أن قائد الميليشيا، محمد الزاوي اقتحم البلدة على رأس مسلحين وقتل 5 مدنيين."
    (event,) = [e for e in _events(nlp, text) if e.text == "اقتحم"]
    assert ("actor", "محمد الزاوي") in _roles(event)


@pytest.mark.parametrize("text", [
    "وبحسب فاطمة الشرفي، فإن السلوكيات الانتحارية هي من الظواهر المعقدة.",  # held-out 6918
    "وتنتشر الأفكار الانتحارية لدى المراهقين.",
    'اعتبر حمة الهمامي أنّ "الإئتلاف الحاكم عاجز عن مواجهة ومعالجة الأوضاع المترديّة".',  # held-out 7469
])
def test_idioms_of_suicide_and_facing(nlp, text):
    assert _events(nlp, text) == []


def test_facing_an_attack_keeps_the_attack(nlp):
    text = "أكد الجيش أنه قادر على مواجهة الهجوم الذي شنه مسلحون على الثكنة."
    (event,) = _events(nlp, text)
    assert event.text == "الهجوم" and ("actor", "مسلحون") in _roles(event)
