"""Session 25, second wave: families of the relations and groups stages left by the first wave.  Projectiles fired on a
target after a verb of firing ("أطلقت جماعة أنصار الله صواريخ على مواقع للتحالف العربي"), an attack noun with its
adjective ("غارات جوية على"), the attacker named before a participle phrase that describes it (JNIM, not the al-Qaeda
it is tied to), a group's own members with a verb ("إن مقاتليه يقاتلون إلى جانب"), a backed object's place before the
second object ("تدعم إيران الحوثيين في اليمن وحزب الله في لبنان"), a third state force in a list of nisbas ("القوات
الأمريكية والبريطانية والفرنسية"), a second verb sharing the first's subject ("، ثم اشتبكت مع") and a state's military
organ ("التابع لوزارة الدفاع الروسية").  Pan-Arab news wording (Gaza, Lebanon, Yemen, Sudan, Somalia, Iraq, Syria)."""

from __future__ import annotations

import pytest

from group_cases import groups, relations

# -- projectiles fired on a target, after a verb of firing -----------------------------------------------------------

FIRE = [
    ("وأطلقت جماعة أنصار الله صواريخ على مواقع للتحالف العربي بقيادة السعودية في مأرب.",
     ("fights", "houthis", "saudi-led-coalition", "جماعة أنصار الله صواريخ على مواقع للتحالف العربي بقيادة السعودية")),
    ("وأطلقت حركة حماس عشرات الصواريخ على مواقع للجيش الإسرائيلي في غلاف غزة.",
     ("fights", "hamas", "israeli-forces", "حماس عشرات الصواريخ على مواقع للجيش الإسرائيلي")),
    # the attacker before the verb, "أنه" between; the projectile's kind after its noun
    ("وأعلن حزب الله أنه أطلق صواريخ كاتيوشا على ثكنة للجيش الإسرائيلي في الجليل الأعلى.",
     ("fights", "hezbollah", "israeli-forces", "حزب الله أنه أطلق صواريخ كاتيوشا على ثكنة للجيش الإسرائيلي")),
    ("وأطلق مسلحون من حركة الشباب النار على دورية للجيش الصومالي في مقديشو.",
     ("fights", "al-shabaab", "somali-national-army", "حركة الشباب النار على دورية للجيش الصومالي")),
    ("وأطلقت قوات الدعم السريع قذائف مدفعية على مواقع للجيش السوداني في الخرطوم بحري.",
     ("fights", "rapid-support-forces", "sudanese-armed-forces",
      "قوات الدعم السريع قذائف مدفعية على مواقع للجيش السوداني")),
    ("وكانت حركة الجهاد الإسلامي قد أطلقت رشقات صاروخية على مواقع للجيش الإسرائيلي.",
     ("fights", "palestinian-islamic-jihad", "israeli-forces",
      "حركة الجهاد الإسلامي قد أطلقت رشقات صاروخية على مواقع للجيش الإسرائيلي")),
    ("وأطلق عناصر من تنظيم داعش قذائف هاون على مواقع للحشد الشعبي غرب الموصل.",
     ("fights", "isis", "popular-mobilization-forces", "داعش قذائف هاون على مواقع للحشد الشعبي")),
    ("وقامت حركة حماس بإطلاق صواريخ على مواقع للجيش الإسرائيلي.",
     ("fights", "hamas", "israeli-forces", "حماس بإطلاق صواريخ على مواقع للجيش الإسرائيلي")),
    # a word of direction instead of "على"
    ("وأطلق حزب الله صواريخ باتجاه مواقع للجيش الإسرائيلي في مزارع شبعا.",
     ("fights", "hezbollah", "israeli-forces", "حزب الله صواريخ باتجاه مواقع للجيش الإسرائيلي")),
    ("وأطلقت قوات الدعم السريع قذائف صوب مواقع للجيش السوداني.",
     ("fights", "rapid-support-forces", "sudanese-armed-forces", "قوات الدعم السريع قذائف صوب مواقع للجيش السوداني")),
    ("وأطلق الجيش الإسرائيلي النار على عناصر من حركة حماس قرب السياج الفاصل.",
     ("fights", "israeli-forces", "hamas", "الجيش الإسرائيلي النار على عناصر من حركة حماس")),
]


@pytest.mark.parametrize(("text", "want"), FIRE)
def test_fire_on_target(nlp, text, want):
    assert relations(nlp, text) == [want]


NOT_FIRE = [
    # two parties: words, not a battle
    "وأطلقت حركة النهضة النار على حركة نداء تونس في بيانها الأخير.",
    # an accusation is a claim, not a stated attack; another actor between the group and the verb
    "واتهمت إسرائيل حزب الله بإطلاق صواريخ على مواقع للجيش الإسرائيلي.",
    "واتهم حزب الله إسرائيل بإطلاق صواريخ على مواقع لحركة أمل.",
    # no verb of firing
    "وعرضت قوات الدعم السريع صواريخ على مواقع للجيش السوداني.",
]


@pytest.mark.parametrize("text", NOT_FIRE)
def test_not_fire(nlp, text):
    assert [r for r in relations(nlp, text) if r[0] == "fights"] == []


def test_ceasefire_is_no_firing(nlp):
    # "وقف إطلاق النار على": the truce between the two sides, not a shot of the first
    text = "ونصت الهدنة على وقف إطلاق النار على جبهات القتال بين الجيش السوداني وقوات الدعم السريع."
    assert [r[:3] for r in relations(nlp, text)] == [("fights", "sudanese-armed-forces", "rapid-support-forces")]


# -- an attack noun and its adjective ----------------------------------------------------------------------------------

ATTACK_ADJECTIVE = [
    ("وشن طيران التحالف الدولي غارات جوية على مواقع لتنظيم داعش في الرقة.",
     ("fights", "international-coalition", "isis")),
    ("وشنت هيئة تحرير الشام هجوما عنيفا على مواقع لقوات النظام في ريف حماة.",
     ("fights", "hayat-tahrir-al-sham", "syrian-government-forces")),
    ("وشنت حركة الشباب هجوما انتحاريا على قاعدة للجيش الصومالي قرب كيسمايو.",
     ("fights", "al-shabaab", "somali-national-army")),
]


@pytest.mark.parametrize(("text", "want"), ATTACK_ADJECTIVE)
def test_attack_with_adjective(nlp, text, want):
    assert [r[:3] for r in relations(nlp, text)] == [want]


# -- the attacker named before a participle phrase that describes it -------------------------------------------------

DESCRIBED = [
    ("وتبنت جماعة نصرة الإسلام والمسلمين، المرتبطة بتنظيم القاعدة، الهجوم على ثكنة للجيش المالي.",
     [("member_of", "jnim", "al-qaeda"), ("fights", "jnim", "malian-armed-forces")]),
    ("وأعلنت حركة الشباب، المرتبطة بتنظيم القاعدة، مسؤوليتها عن الهجوم على قاعدة للجيش الصومالي.",
     [("member_of", "al-shabaab", "al-qaeda"), ("fights", "al-shabaab", "somali-national-army")]),
    ("وتبنى تنظيم ولاية سيناء، التابع لتنظيم الدولة الإسلامية، الهجوم على كمين للجيش المصري.",
     [("member_of", "wilayat-sinai", "isis"), ("fights", "wilayat-sinai", "egyptian-armed-forces")]),
]


@pytest.mark.parametrize(("text", "want"), DESCRIBED)
def test_attacker_before_describing_phrase(nlp, text, want):
    assert [r[:3] for r in relations(nlp, text)] == want


# -- own members with a verb, a backed object's place -----------------------------------------------------------------

def test_own_members_with_verb(nlp):
    assert [r[:3] for r in relations(nlp, "وقال حزب الله إن مقاتليه يقاتلون إلى جانب الجيش السوري.")] == [
        ("ally", "hezbollah", "syrian-government-forces")]
    text = "وقال الحشد الشعبي إن مقاتليه شاركوا إلى جانب الجيش العراقي في معركة تلعفر."
    assert [r[:3] for r in relations(nlp, text)] == [("ally", "popular-mobilization-forces", "iraqi-security-forces")]


def test_own_members_with_other_words_still_block(nlp):
    # a verb of saying and words other than the members' verb: the group before is not the subject
    text = "وقال حزب الله إن مقاتلي المعارضة السورية يقاتلون إلى جانب جبهة النصرة."
    assert [r for r in relations(nlp, text) if r[1] == "hezbollah"] == []


@pytest.mark.parametrize(("text", "want"), [
    ("وتدعم إيران الحوثيين في اليمن وحزب الله في لبنان.",
     [("backed_by", "houthis", "iranian-government"), ("backed_by", "hezbollah", "iranian-government")]),
    ("وتدعم إيران حركة حماس في غزة وحزب الله في لبنان.",
     [("backed_by", "hamas", "iranian-government"), ("backed_by", "hezbollah", "iranian-government")]),
])
def test_backed_objects_with_places(nlp, text, want):
    assert sorted(r[:3] for r in relations(nlp, text)) == sorted(want)


# -- a list of three or more nisbas after a force noun ---------------------------------------------------------------

def test_third_nisba_force(nlp):
    text = "وشاركت القوات الأمريكية والبريطانية والفرنسية في الضربات على مواقع للحكومة السورية."
    got = groups(nlp, text)
    assert got[:3] == [("القوات الأمريكية", "us-forces"), ("البريطانية", "disc"), ("الفرنسية", "french-forces")]
    text = "وتنتشر القوات التركية والقطرية والروسية والإيرانية في سوريا."
    assert groups(nlp, text) == [("القوات التركية", "turkish-forces"), ("القطرية", "qatari-armed-forces"),
                                 ("الروسية", "russian-forces"), ("الإيرانية", "iranian-armed-forces")]


def test_three_subjects_fight_the_object(nlp):
    text = "وقصفت الطائرات الأمريكية والفرنسية والبريطانية مواقع لتنظيم داعش في الرقة."
    assert sorted(r[:3] for r in relations(nlp, text)) == [
        ("fights", "french-forces", "isis"), ("fights", "state-forces-gb", "isis"), ("fights", "us-forces", "isis")]


def test_nisba_list_stops_at_a_non_nisba(nlp):
    # "والسياسية" is no country: the list ends with the second nisba
    text = "وأكدت القوات العراقية والأمريكية والسياسية أن المعركة انتهت."
    assert [g for g in groups(nlp, text)] == [("القوات العراقية", "iraqi-security-forces"), ("الأمريكية", "us-forces")]


# -- a second verb sharing the first verb's subject -------------------------------------------------------------------

SHARED = [
    ("وانشقت هيئة تحرير الشام عن تنظيم القاعدة، ثم اشتبكت مع حركة أحرار الشام.",
     [("split_from", "hayat-tahrir-al-sham", "al-qaeda"), ("fights", "hayat-tahrir-al-sham", "ahrar-al-sham")]),
    # a joined و: al-Qaeda, after "عن", is no subject of the clash
    ("وانشقت هيئة تحرير الشام عن تنظيم القاعدة واشتبكت مع حركة أحرار الشام.",
     [("split_from", "hayat-tahrir-al-sham", "al-qaeda"), ("fights", "hayat-tahrir-al-sham", "ahrar-al-sham")]),
    ("وسيطرت قوات الدعم السريع على مدينة الجنينة بعد أن اشتبكت مع الجيش السوداني.",
     [("fights", "rapid-support-forces", "sudanese-armed-forces")]),
    ("وانضمت حركة نور الدين الزنكي إلى هيئة تحرير الشام ثم قاتلت حركة أحرار الشام.",
     [("member_of", "nour-al-din-al-zenki", "hayat-tahrir-al-sham"),
      ("fights", "nour-al-din-al-zenki", "ahrar-al-sham")]),
    ("وقاتلت قوات النظام فصائل المعارضة قبل أن تقاتل تنظيم داعش.",
     [("fights", "syrian-government-forces", "syrian-opposition-factions"),
      ("fights", "syrian-government-forces", "isis")]),
    # a verb of saying first: its subject is not the clash's (left out)
    ("وقالت قسد إن هيئة تحرير الشام انشقت عن تنظيم القاعدة ثم اشتبكت مع حركة أحرار الشام.",
     [("split_from", "hayat-tahrir-al-sham", "al-qaeda")]),
]


@pytest.mark.parametrize(("text", "want"), SHARED)
def test_shared_subject(nlp, text, want):
    assert [r[:3] for r in relations(nlp, text)] == want


# -- a state's military organ after a participle ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    ("وحل الفيلق الإفريقي التابع لوزارة الدفاع الروسية محل مجموعة فاغنر في مالي.",
     ("member_of", "africa-corps", "russian-forces", "الفيلق الإفريقي التابع لوزارة الدفاع الروسية")),
    ("وتقاتل الفرقة الرابعة التابعة لوزارة الدفاع السورية في ريف دمشق.",
     ("member_of", "fourth-division", "syrian-government-forces", "الفرقة الرابعة التابعة لوزارة الدفاع السورية")),
])
def test_member_of_state_organ(nlp, text, want):
    assert relations(nlp, text) == [want]


def test_state_organ_needs_a_nisba(nlp):
    # the ministry of a government named after "في": no state's nisba, no state force
    text = "وقال لواء الفجر التابع لوزارة الدفاع في العاصمة إنه سيطر على القرية."
    assert relations(nlp, text) == []
