"""Session 25 families of the groups and relations stages: a state's forces named by a force noun and any country's
nisba ("الطائرات السورية", "قوات تركية"), an advance at the expense of a group ("تقدمت X على حساب Y"), a split whose
tail is a pronoun ("انضمت X إلى Y ثم انشقت عنها"), affiliation ("المرتبطة بتنظيم القاعدة") and the spelling
"الديموقراطية".  Sentences of ANT and of pan-Arab news wording (Syria, Sudan, Libya, Lebanon, the Sahel)."""

from __future__ import annotations

import pytest

from arabnews import Pipeline
from group_cases import REF, relations


@pytest.fixture(scope="module")
def nlp():
    return Pipeline(["numbers", "dates", "groups", "relations"])


def _forces(nlp, text: str) -> list[tuple[str, str | None, str | None]]:
    """(text, id, kind) of every group of ``text``, the id shown even for a group found by pattern; offsets checked."""
    doc = nlp(text, reference_date=REF)
    for g in doc.groups:
        assert text[g.start:g.end] == g.text
    return [(g.text, g.id, g.kind) for g in doc.groups]


# -- a state's forces: a force noun and the country's nisba ----------------------------------------------------------

STATE_FORCES = [
    # pan-Arab wording: Syria's nisba had no force before
    ("قصفت الطائرات السورية مواقع لتنظيم داعش في ريف حمص.",
     [("الطائرات السورية", "syrian-government-forces", "state force"), ("داعش", "isis", "jihadist group")]),
    ("وشن الطيران الحربي الروسي غارات على ريف إدلب.",
     [("الطيران الحربي الروسي", "russian-forces", "state force")]),
    ("وقالت البحرية الأمريكية إنها اعترضت صاروخا أطلق من اليمن.",
     [("البحرية الأمريكية", "us-forces", "state force")]),
    ("وأسقطت المقاتلات الإسرائيلية طائرة مسيرة فوق الجولان.",
     [("المقاتلات الإسرائيلية", "israeli-forces", "state force")]),
    ("وأعلن سلاح الجو الأردني تدمير شاحنات على الحدود.",
     [("سلاح الجو الأردني", "jordanian-armed-forces", "state force")]),
    # indefinite, and after لل (the article's alef is not written: outside the span as in the registry's names)
    ("ودخلت قوات تركية إلى مناطق في شمال العراق.", [("قوات تركية", "turkish-forces", "state force")]),
    ("وتعرضت دورية للقوات العراقية لهجوم قرب كركوك.", [("قوات العراقية", "iraqi-security-forces", "state force")]),
    ("وحلقت مقاتلات حربية سعودية فوق صنعاء.", [("مقاتلات حربية سعودية", "saudi-armed-forces", "state force")]),
    # a country whose force the registry lacks: its code
    ("وأعلن الجيش البريطاني إرسال مزيد من الجنود.", [("الجيش البريطاني", "state-forces-gb", "state force")]),
    ("وقال الجيش الكوري الجنوبي إن بيونغ يانغ أطلقت صاروخا.",
     [("الجيش الكوري الجنوبي", "state-forces-kr", "state force")]),
    # ANT
    ("وتتمركز بالجزيرة حامية عسكرية من البحرية التونسية، وتوجد بها بقايا منشأة سياحية.",
     [("البحرية التونسية", "tunisian-armed-forces", "state force")]),
    ("سلمت الدبابة إلى متحف حربي، تابع للأسطول الصيني.", [("أسطول الصيني", "state-forces-cn", "state force")]),
    # ANT (Libya): "قوات" before the army is in the span, as in the registry's "قوات الجيش السوري"
    ("وكانت قوات الجيش الليبي قد قصفت مواقع لتنظيم داعش ردا على هجوم استهدف نقطتي تفتيش للجيش الليبي في بنغازي.",
     [("قوات الجيش الليبي", "state-forces-ly", "state force"), ("داعش", "isis", "jihadist group"),
      ("جيش الليبي", "state-forces-ly", "state force")]),
]


@pytest.mark.parametrize(("text", "expected"), STATE_FORCES)
def test_state_forces_by_nisba(nlp, text, expected):
    assert _forces(nlp, text) == expected


NOT_FORCES = [
    # a purchase, a make, an airline, waters: things, no force
    "وأبرمت مصر صفقة لشراء طائرات فرنسية من طراز رافال.",
    "وتملك ليبيا طائرات روسية الصنع.",
    "وأعلنت شركة الطيران التونسية إلغاء رحلاتها.",
    "ودخل المركب الحدود البحرية الليبية.",
    # another group's name: the SDF misspelt with the nisba
    "وسيطرت القوات السورية الديمقراطية على الطبقة.",
    # ANT (the 2017 Gulf crisis): airliners, a carrier, a trade
    "بعد المقاطعة : إيران تفتح مجالها الجوي أمام الطائرات القطرية",
    "منعت هيئة الطيران المدني السعودي جميع الطائرات القطرية من الهبوط في مطارات المملكة",
    "كوريا الشمالية تهدد بإغراق حاملة الطائرات الأمريكية",
    "في 15 ديسمبر 2016 اغتيل مهندس الطيران التونسي محمد الزواري",
    "استقبلت في ظرف وجيز ألف رحلة سياحية صينية على متن طائرات روسية",
]


@pytest.mark.parametrize("text", NOT_FORCES)
def test_not_state_forces(nlp, text):
    assert [g for g in _forces(nlp, text) if g[2] == "state force"] == []


def test_registry_name_comes_first(nlp):
    # "القوات اللبنانية" is Geagea's party, not the Lebanese army
    assert _forces(nlp, "وقال حزب القوات اللبنانية إنه سيقاطع الجلسة.") == [
        ("حزب القوات اللبنانية", "lebanese-forces", "party")]


def test_state_force_attacker(nlp):
    assert relations(nlp, "قصفت الطائرات السورية مواقع لتنظيم داعش في ريف حمص.") == [
        ("fights", "syrian-government-forces", "isis", "قصفت الطائرات السورية مواقع لتنظيم داعش")]


# -- an advance at the expense of a group ------------------------------------------------------------------------------

ADVANCES = [
    ("وتقدمت قوات حفتر على حساب قوات حكومة الوفاق جنوب طرابلس.",
     [("fights", "libyan-national-army", "gna-forces", "قوات حفتر على حساب قوات حكومة الوفاق")]),
    ("وتقدمت قوات الجيش السوداني على حساب قوات الدعم السريع في ولاية الجزيرة.",
     [("fights", "sudanese-armed-forces", "rapid-support-forces",
       "قوات الجيش السوداني على حساب قوات الدعم السريع")]),
    ("وحققت هيئة تحرير الشام مكاسب على حساب الجيش الوطني السوري في ريف حلب.",
     [("fights", "hayat-tahrir-al-sham", "syrian-national-army",
       "هيئة تحرير الشام مكاسب على حساب الجيش الوطني السوري")]),
    # no advance, or parties in a poll: none
    ("وقالت قوات الدعم السريع إن الاتفاق جاء على حساب الجيش السوداني.", []),
    ("وتقدمت حركة النهضة على حساب حركة نداء تونس في نوايا التصويت.", []),
]


@pytest.mark.parametrize(("text", "want"), ADVANCES)
def test_advance_at_the_expense_of(nlp, text, want):
    assert relations(nlp, text) == want


# -- a split whose tail is a pronoun -----------------------------------------------------------------------------------

def test_split_from_a_pronoun(nlp):
    assert relations(nlp, "وانضمت حركة نور الدين الزنكي إلى هيئة تحرير الشام عام 2017 ثم انشقت عنها بعد أشهر.") == [
        ("member_of", "nour-al-din-al-zenki", "hayat-tahrir-al-sham",
         "انضمت حركة نور الدين الزنكي إلى هيئة تحرير الشام"),
        ("split_from", "nour-al-din-al-zenki", "hayat-tahrir-al-sham",
         "حركة نور الدين الزنكي إلى هيئة تحرير الشام عام 2017 ثم انشقت عنها")]


def test_split_from_a_pronoun_masculine(nlp):
    assert relations(nlp, "وكان جيش الإسلام قد انضم إلى الجبهة الإسلامية قبل أن ينشق عنها.") == [
        ("member_of", "jaysh-al-islam", "islamic-front", "جيش الإسلام قد انضم إلى الجبهة الإسلامية"),
        ("split_from", "jaysh-al-islam", "islamic-front", "جيش الإسلام قد انضم إلى الجبهة الإسلامية قبل أن ينشق عنها")]


def test_split_pronoun_of_one_group_is_none(nlp):
    # a person joined and left: one group only
    assert relations(nlp, "انضم القيادي إلى حركة نداء تونس ثم انشق عنها.") == []


# -- affiliation ------------------------------------------------------------------------------------------------

def test_affiliated_is_member_of(nlp):
    assert relations(nlp, "وأعلنت حركة الشباب المرتبطة بتنظيم القاعدة مسؤوليتها عن التفجير.") == [
        ("member_of", "al-shabaab", "al-qaeda", "حركة الشباب المرتبطة بتنظيم القاعدة")]


# -- the spelling "الديموقراطية" -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "gid"), [
    ("وقالت قوات سوريا الديموقراطية إنها صدت الهجوم.", "syrian-democratic-forces"),
    ("وأعلن حزب التيار الديموقراطي مقاطعة الحوار.", "democratic-current-tunisia"),
])
def test_democratic_spelled_with_waw(nlp, text, gid):
    assert [g[1] for g in _forces(nlp, text)] == [gid]


# -- the opponent of a clash is no ally; a weapon between an attacker and its target --------------------------------

def test_clash_opponent_is_no_ally(nlp):
    text = "وقالت سرايا القدس إنها خاضت اشتباكات مع الجيش الإسرائيلي في خان يونس إلى جانب كتائب القسام."
    assert [r[:3] for r in relations(nlp, text)] == [("fights", "saraya-al-quds", "israeli-forces")]
    assert relations(nlp, "وقاتلت سرايا القدس إلى جانب كتائب القسام.") == [
        ("ally", "saraya-al-quds", "qassam-brigades", "سرايا القدس إلى جانب كتائب القسام")]


@pytest.mark.parametrize(("text", "want"), [
    ("واستهدف حزب الله بالصواريخ مواقع للجيش الإسرائيلي في الجليل.",
     ("fights", "hezbollah", "israeli-forces", "استهدف حزب الله بالصواريخ مواقع للجيش الإسرائيلي")),
    ("وقصفت القوات التركية بالمدفعية الثقيلة مواقع لقوات سوريا الديمقراطية.",
     ("fights", "turkish-forces", "syrian-democratic-forces",
      "قصفت القوات التركية بالمدفعية الثقيلة مواقع لقوات سوريا الديمقراطية")),
    ("واستهدفت جماعة الحوثي بطائرة مسيرة قاعدة للتحالف العربي.",
     ("fights", "houthis", "saudi-led-coalition", "استهدفت جماعة الحوثي بطائرة مسيرة قاعدة للتحالف العربي")),
])
def test_attack_with_a_weapon(nlp, text, want):
    assert relations(nlp, text) == [want]


def test_target_is_no_ally(nlp):
    # ANT (Libya): al-Qaeda's positions are the target of the Libyan air force's partner, not its ally; the
    # Egyptian aircraft (a state force by its nisba) attack them; "بالاشتراك مع" after the verb's object describes its
    # subject: the Egyptian aircraft are the Libyan air force's partner (session 29)
    text = "وقال إن طائرات مصرية تستهدف مواقع لتنظيم القاعدة في ليبيا بالاشتراك مع سلاح الجو الليبي."
    assert relations(nlp, text) == [
        ("fights", "egyptian-armed-forces", "al-qaeda", "طائرات مصرية تستهدف مواقع لتنظيم القاعدة"),
        ("ally", "egyptian-armed-forces", "state-forces-ly",
         "طائرات مصرية تستهدف مواقع لتنظيم القاعدة في ليبيا بالاشتراك مع سلاح الجو الليبي")]


def test_criticism_is_no_weapon(nlp):
    assert relations(nlp, "واستهدفت حركة النهضة بالانتقادات حركة نداء تونس.") == []


@pytest.mark.parametrize(("text", "want"), [
    ("وهاجم الجيش الوطني السوري المدعوم من تركيا مواقع لقوات سوريا الديمقراطية في منبج.",
     [("fights", "syrian-national-army", "syrian-democratic-forces",
       "هاجم الجيش الوطني السوري المدعوم من تركيا مواقع لقوات سوريا الديمقراطية"),
      ("backed_by", "syrian-national-army", "turkish-government", "الجيش الوطني السوري المدعوم من تركيا")]),
    ("وهاجمت كتيبة الفاروق التابعة للجيش الحر مواقع لتنظيم داعش.",
     [("fights", "disc-4d2cb157d7dc", "isis", "هاجمت كتيبة الفاروق التابعة للجيش الحر مواقع لتنظيم داعش"),
      ("member_of", "disc-4d2cb157d7dc", "free-syrian-army", "كتيبة الفاروق التابعة للجيش الحر")]),
    # no target after the phrase: only the backing
    ("وهاجم الجيش الوطني السوري المدعوم من تركيا مدينة منبج.",
     [("backed_by", "syrian-national-army", "turkish-government", "الجيش الوطني السوري المدعوم من تركيا")]),
])
def test_attack_past_a_participle_phrase(nlp, text, want):
    assert relations(nlp, text) == want


# -- two nisbas joined by و; two subjects of an attack verb -------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("وقصفت الطائرات السورية والروسية مواقع لهيئة تحرير الشام في إدلب.",
     [("الطائرات السورية", "syrian-government-forces", "state force"), ("الروسية", "russian-forces", "state force"),
      ("هيئة تحرير الشام", "hayat-tahrir-al-sham", "jihadist group")]),
    # after a registry name of a force too
    ("وقالت إن القوات العراقية والأمريكية شاركت في العملية.",
     [("القوات العراقية", "iraqi-security-forces", "state force"), ("الأمريكية", "us-forces", "state force")]),
])
def test_nisbas_joined(nlp, text, expected):
    assert _forces(nlp, text) == expected


@pytest.mark.parametrize(("text", "want"), [
    ("وقصفت الطائرات السورية والروسية مواقع لهيئة تحرير الشام في إدلب.",
     [("fights", "russian-forces", "hayat-tahrir-al-sham", "قصفت الطائرات السورية والروسية مواقع لهيئة تحرير الشام"),
      ("fights", "syrian-government-forces", "hayat-tahrir-al-sham",
       "قصفت الطائرات السورية والروسية مواقع لهيئة تحرير الشام")]),
    ("وهاجمت قوات النظام وميليشيات حزب الله مواقع لفصائل المعارضة.",
     [("fights", "hezbollah", "syrian-opposition-factions",
       "هاجمت قوات النظام وميليشيات حزب الله مواقع لفصائل المعارضة"),
      ("fights", "syrian-government-forces", "syrian-opposition-factions",
       "هاجمت قوات النظام وميليشيات حزب الله مواقع لفصائل المعارضة")]),
    # two groups and no object after them: none
    ("وهاجمت هيئة تحرير الشام وحركة أحرار الشام مدينة إدلب.", []),
])
def test_two_attackers(nlp, text, want):
    assert relations(nlp, text) == want
