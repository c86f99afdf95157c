"""Groups and relations, session 24 second wave: the families the first wave left (pan-Arab wording).

Relations: a state's aircraft or artillery named by its nisba as the attacker ("قصفت المقاتلات الإسرائيلية مواقع
لحزب الله"); the two sides of a truce named before "بينهما" ("وقف القتال بينهما"), and a truce agreed ("اتفقت X و Y
على وقف القتال": belligerents, not allies); affiliation ("المحسوبة على"); an ambush laid by a group for another
("كمين نصبه مسلحو تنظيم داعش لدورية للجيش العراقي"); the group's own members after a verb of saying ("وقال حزب الله
إن مقاتليه صدوا هجوما لتنظيم داعش").  Groups: a quoted saying, a name spelled in Latin letters or followed by a
noun of media ("هيئة "أر تي أل" للإذاعة") is no discovered group; a party's name goes on with "من أجل"."""

from __future__ import annotations

import pytest

from arabnews import Pipeline
from group_cases import groups as _groups
from group_cases import relations as _relations


@pytest.fixture(scope="module")
def nlp():
    return Pipeline(["numbers", "dates", "groups", "relations"])


# -- a state's arms named by its nisba attack a group ------------------------------------------------------------

STATE_ARMS = [
    ("قصفت المقاتلات الإسرائيلية مواقع لحزب الله في جنوب لبنان.",
     ("fights", "israeli-forces", "hezbollah", "قصفت المقاتلات الإسرائيلية مواقع لحزب الله")),
    ("استهدفت المدفعية التركية مواقع لوحدات حماية الشعب الكردية في عفرين.",
     ("fights", "turkish-forces", "ypg", "استهدفت المدفعية التركية مواقع لوحدات حماية الشعب الكردية")),
    ("وقصفت الطائرات الحربية الأمريكية مقرات لتنظيم داعش في الرقة.",
     ("fights", "us-forces", "isis", "قصفت الطائرات الحربية الأمريكية مقرات لتنظيم داعش")),
]


@pytest.mark.parametrize(("text", "want"), STATE_ARMS)
def test_state_arms_attack(nlp, text, want):
    assert _relations(nlp, text) == [want]


def test_state_visit_is_no_attack(nlp):
    # no attack verb: a delegation visiting positions
    assert _relations(nlp, "زار الوفد الإسرائيلي مواقع لحزب الله.") == []


# -- a truce between the two sides named before it -----------------------------------------------------------------

def test_truce_between_them(nlp):
    text = "أعلنت هيئة تحرير الشام وحركة أحرار الشام وقف القتال بينهما في ريف إدلب."
    assert _relations(nlp, text) == [
        ("fights", "hayat-tahrir-al-sham", "ahrar-al-sham", "هيئة تحرير الشام وحركة أحرار الشام وقف القتال بينهما")]


def test_truce_agreed_is_no_alliance(nlp):
    text = "اتفقت حركة فتح وحركة حماس على التهدئة في قطاع غزة."
    assert _relations(nlp, text) == [("fights", "fatah", "hamas", "اتفقت حركة فتح وحركة حماس")]


def test_agreement_on_government_stays_alliance(nlp):
    text = "اتفقت حركة النهضة وحركة نداء تونس على تشكيل الحكومة."
    assert _relations(nlp, text) == [("ally", "ennahda", "nidaa-tounes", "اتفقت حركة النهضة وحركة نداء تونس")]


# -- affiliation --------------------------------------------------------------------------------------------------

def test_affiliated_with(nlp):
    text = "ونفذت حركة حسم المحسوبة على جماعة الإخوان المسلمين الهجوم."
    assert _relations(nlp, text) == [
        ("member_of", "hasm-movement", "muslim-brotherhood", "حركة حسم المحسوبة على جماعة الإخوان المسلمين")]


# -- an ambush laid for the target ---------------------------------------------------------------------------------

AMBUSHES = [
    ("قتل خمسة جنود في كمين نصبه مسلحو تنظيم داعش لدورية للجيش العراقي.",
     ("fights", "isis", "iraqi-security-forces", "كمين نصبه مسلحو تنظيم داعش لدورية للجيش العراقي")),
    ("قتل جنديان في كمين نصبه عناصر من حركة الشباب للقوات الصومالية.",
     ("fights", "al-shabaab", "somali-national-army", "كمين نصبه عناصر من حركة الشباب للقوات الصومالية")),
    ("قتل ثلاثة عسكريين في كمين نصبته جماعة بوكو حرام لقافلة للجيش النيجيري.",
     ("fights", "boko-haram", "nigerian-army", "كمين نصبته جماعة بوكو حرام لقافلة للجيش النيجيري")),
]


@pytest.mark.parametrize(("text", "want"), AMBUSHES)
def test_ambush(nlp, text, want):
    assert _relations(nlp, text) == [want]


# -- the group's own members after a verb of saying ----------------------------------------------------------------

def test_own_members_said(nlp):
    text = "وقال حزب الله إن مقاتليه صدوا هجوما لتنظيم داعش في جرود عرسال."
    assert _relations(nlp, text) == [("fights", "hezbollah", "isis", "حزب الله إن مقاتليه صدوا هجوما لتنظيم داعش")]


def test_other_group_said_of_keeps_its_subject(nlp):
    # the subject of the clause is Nusra, not the group that spoke
    text = "وقال حزب الله إن جبهة النصرة صدت هجوما لتنظيم داعش."
    assert _relations(nlp, text) == [("fights", "jabhat-al-nusra", "isis", "جبهة النصرة صدت هجوما لتنظيم داعش")]


# -- discovered groups ---------------------------------------------------------------------------------------------

NOT_GROUPS = [
    # ANT: a broadcaster spelled in Latin letter names, followed by "للإذاعة"
    'وأفادت هيئة "أر تي أل" للإذاعة والتلفزيون، بأن السلطات أغلقت المبنى.',
    # ANT: a quoted saying after "تحالف"
    'على الرغم من تأكيداته في الأيام السابقة أنه تحالف "عفا عليه الزمن"، وأضافت رئيسة الحكومة.',
]


@pytest.mark.parametrize("text", NOT_GROUPS)
def test_quoted_non_names(nlp, text):
    assert _groups(nlp, text) == []


def test_quoted_group_name_stays(nlp):
    text = 'ويشتبه بأن جماعة "الدين الحق" شجعت حوالي 140 شخصا على السفر.'
    assert _groups(nlp, text) == [('جماعة "الدين الحق"', "disc")]


FOR_THE_SAKE_OF = [
    # (registered in session 28: Algeria's RCD, France's UMP; the span as discovery found it)
    ("بينما لم يحصل حزب التجمع من أجل الثقافة والديمقراطية على أي مقعد.", "حزب التجمع من أجل الثقافة والديمقراطية",
     "rcd-algeria"),
    # ANT 2044: the particle "سوى" after the name is not in it
    ("بينما لم يحصل حزب التجمع من أجل الثقافة والديمقراطية سوى على 9 مقاعد.", "حزب التجمع من أجل الثقافة والديمقراطية",
     "rcd-algeria"),
    ("كان عضوا في حزب الاتحاد من أجل حركة شعبية، وبعد ذلك انسحب.", "حزب الاتحاد من أجل حركة شعبية", "ump-france"),
    ("كان عضوا في حزب الاتحاد من أجل الحرية، وبعد ذلك انسحب.", "حزب الاتحاد من أجل الحرية", "disc"),
]


@pytest.mark.parametrize(("text", "name", "gid"), FOR_THE_SAKE_OF)
def test_party_name_with_for_the_sake_of(nlp, text, name, gid):
    assert _groups(nlp, text) == [(name, gid)]


def test_for_the_sake_of_a_purpose_is_no_name(nlp):
    # "من أجل تونس في 2016": a purpose followed by a preposition: the name ends before it
    assert _groups(nlp, "تأسس حزب الأمل من أجل تونس في 2016.") == [("حزب الأمل", "disc")]


def test_own_aircraft_said(nlp):
    text = "وقال الجيش الإسرائيلي إن طائراته قصفت مواقع لحماس."
    assert _relations(nlp, text) == [
        ("fights", "israeli-forces", "hamas", "الجيش الإسرائيلي إن طائراته قصفت مواقع لحماس")]


# -- the victims of an attack of another group ---------------------------------------------------------------------

VICTIMS = [
    ("قتل خمسة من عناصر الحشد الشعبي في هجوم لتنظيم داعش قرب الحدود السورية.",
     ("fights", "isis", "popular-mobilization-forces", "الحشد الشعبي في هجوم لتنظيم داعش")),
    ("أصيب ثلاثة من مقاتلي قوات سوريا الديمقراطية إثر هجوم لتنظيم داعش.",
     ("fights", "isis", "syrian-democratic-forces", "قوات سوريا الديمقراطية إثر هجوم لتنظيم داعش")),
    ("مقتل 10 من عناصر الجيش العراقي بهجوم لداعش في الأنبار.",
     ("fights", "isis", "iraqi-security-forces", "الجيش العراقي بهجوم لداعش")),
]


@pytest.mark.parametrize(("text", "want"), VICTIMS)
def test_victims_of_an_attack(nlp, text, want):
    assert _relations(nlp, text) == [want]


def test_political_attack_has_no_victims(nlp):
    # no casualty word: a party's criticism "in an attack" of another
    assert _relations(nlp, "وانتقد حزب النهضة في هجوم لحزب النداء سياسة الحكومة.") == []
