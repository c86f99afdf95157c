"""Session 27: groups and relations.  The victims of an attack named anywhere in its clause, not within 20 characters
of the attack noun ("قتل خمسة من عناصر الحشد الشعبي وأصيب عشرة آخرون في هجوم لتنظيم داعش"); men of a group killed,
wounded or deployed beside another are its allies ("قتل عناصر حزب الله إلى جانب جنود الجيش السوري"); two-word nisbas
and names of states are one state's forces ("الجيش الكونغولي الديمقراطي", "الجيش الجنوب سوداني", "جيش أفريقيا
الوسطى"), not two states or a discovered group."""

from __future__ import annotations

import pytest

from group_cases import REF, relations


def groups(nlp, text: str) -> list[tuple[str, str]]:
    """(text, id) of every group of ``text``; offsets checked."""
    doc = nlp(text, reference_date=REF)
    for g in doc.groups:
        assert text[g.start:g.end] == g.text
    return [(g.text, g.id) for g in doc.groups]


# -- the victims' clause ----------------------------------------------------------------------------------------------

VICTIMS = [
    # a relative clause, a second casualty verb, an apposition between commas, a place and a day
    ("قتل ثلاثة من عناصر حزب الله الذين يقاتلون في ريف حلب الجنوبي في هجوم لجبهة النصرة.",
     ("fights", "jabhat-al-nusra", "hezbollah",
      "حزب الله الذين يقاتلون في ريف حلب الجنوبي في هجوم لجبهة النصرة")),
    ("وقتل خمسة من عناصر الحشد الشعبي وأصيب عشرة آخرون في هجوم لتنظيم داعش غرب الموصل.",
     ("fights", "isis", "popular-mobilization-forces", "الحشد الشعبي وأصيب عشرة آخرون في هجوم لتنظيم داعش")),
    ("قتل ثلاثة من عناصر حزب الله، بينهم قائد ميداني، في هجوم لجبهة النصرة.",
     ("fights", "jabhat-al-nusra", "hezbollah", "حزب الله، بينهم قائد ميداني، في هجوم لجبهة النصرة")),
    ("وأصيبت عناصر من الجيش السوري مساء الأحد في ريف حماة جراء هجوم لهيئة تحرير الشام.",
     ("fights", "hayat-tahrir-al-sham", "syrian-government-forces",
      "الجيش السوري مساء الأحد في ريف حماة جراء هجوم لهيئة تحرير الشام")),
    # the victims far from a nisba's attack
    ("أعلنت وزارة الدفاع الروسية مقتل زعيم تنظيم داعش المتشدد أبوبكر البغدادي في غارة روسية.",
     ("fights", "russian-forces", "isis", "داعش المتشدد أبوبكر البغدادي في غارة روسية")),
]


@pytest.mark.parametrize(("text", "expected"), VICTIMS)
def test_victims_in_the_attack_clause(nlp, text, expected):
    assert relations(nlp, text) == [expected]


@pytest.mark.parametrize("text", [
    # another clause begins at the comma: the soldiers are not the victims of the attack after it
    "قتل عنصران من الجيش السوري في حمص، وتحدث المرصد عن مقتل مدنيين في هجوم لتنظيم داعش على قرية.",
    # a blocker begins another clause
    "أصيب جنود من الجيش العراقي أمس فيما قتل مدنيون في هجوم لتنظيم داعش على قرية.",
    # another sentence
    "قتل ثلاثة من عناصر حزب الله. وقتل مدنيون في هجوم لجبهة النصرة على قرية.",
])
def test_victims_not_across_clauses(nlp, text):
    assert relations(nlp, text) == []


# -- men killed, wounded or deployed beside another group -------------------------------------------------------------

BESIDE = [
    ("قتل عناصر حزب الله إلى جانب جنود الجيش السوري في معارك ريف حلب.",
     ("ally", "hezbollah", "syrian-government-forces", "حزب الله إلى جانب جنود الجيش السوري")),
    ("وقتل عشرات من مقاتلي حزب الله إلى جانب قوات النظام.",
     ("ally", "hezbollah", "syrian-government-forces", "حزب الله إلى جانب قوات النظام")),
    ("لقي ثلاثة من عناصر الحرس الثوري الإيراني مصرعهم إلى جانب قوات النظام في سوريا.",
     ("ally", "irgc", "syrian-government-forces", "الحرس الثوري الإيراني مصرعهم إلى جانب قوات النظام")),
    ("وقتل عدد من عناصر حزب الله أثناء قتالهم إلى جانب قوات النظام.",
     ("ally", "hezbollah", "syrian-government-forces", "حزب الله أثناء قتالهم إلى جانب قوات النظام")),
    ("وأصيب جنود من الجيش التركي إلى جانب مقاتلي الجيش الوطني السوري.",
     ("ally", "turkish-forces", "syrian-national-army", "الجيش التركي إلى جانب مقاتلي الجيش الوطني السوري")),
    ("قتل ضباط الحرس الثوري الإيراني إلى جانب ميليشيات حزب الله.",
     ("ally", "irgc", "hezbollah", "الحرس الثوري الإيراني إلى جانب ميليشيات حزب الله")),
    ("وانتشر عناصر الحشد الشعبي جنبا إلى جنب مع الجيش العراقي.",
     ("ally", "popular-mobilization-forces", "iraqi-security-forces", "الحشد الشعبي جنبا إلى جنب مع الجيش العراقي")),
]


@pytest.mark.parametrize(("text", "expected"), BESIDE)
def test_men_killed_beside_are_allies(nlp, text, expected):
    assert relations(nlp, text) == [expected]


@pytest.mark.parametrize("text", [
    # an attack's target, not men who fell beside the other
    "استهدفت الغارات عناصر حزب الله إلى جانب قوات النظام.",
    # a subject between the verb and the men: they were killed by it, in cooperation with the group after the cue
    "قتل الجيش عناصر داعش بالتعاون مع قوات الحشد الشعبي.",
])
def test_targeted_or_killed_men_are_no_allies(nlp, text):
    assert [r for r in relations(nlp, text) if r[0] == "ally"] == []


# -- two-word nisbas and names of states ------------------------------------------------------------------------------

STATES = [
    ("نشر الجيش الكونغولي الديمقراطي قواته في الشرق.", [("الجيش الكونغولي الديمقراطي", "state-forces-cd")]),
    ("وقاتلت حركة 23 مارس القوات الكونغولية الديمقراطية قرب غوما.",
     [("حركة 23 مارس", "m23"), ("القوات الكونغولية الديمقراطية", "state-forces-cd")]),
    ("وانتشرت قوات الكونغو الديمقراطية في إقليم إيتوري.", [("قوات الكونغو الديمقراطية", "state-forces-cd")]),
    ("وهاجمت قوات الدعم السريع الجيش الجنوب سوداني على الحدود.",
     [("قوات الدعم السريع", "rapid-support-forces"), ("الجيش الجنوب سوداني", "south-sudan-ssp-df")]),
    ("وهاجمت قوات الدعم السريع الجيش جنوب السوداني على الحدود.",
     [("قوات الدعم السريع", "rapid-support-forces"), ("الجيش جنوب السوداني", "south-sudan-ssp-df")]),
    ("وانتشرت القوات الجنوب سودانية في ولاية الوحدة.", [("القوات الجنوب سودانية", "south-sudan-ssp-df")]),
    ("وانتشرت قوات جنوب السودان في ولاية الوحدة.", [("قوات جنوب السودان", "south-sudan-ssp-df")]),
    ("وانسحب الجيش الأفريقي الوسطى من بانغي.", [("الجيش الأفريقي الوسطى", "state-forces-cf")]),
    ("وانسحب جيش أفريقيا الوسطى من بانغي.", [("جيش أفريقيا الوسطى", "state-forces-cf")]),
    ("واستعرض جيش كوريا الشمالية صواريخ باليستية.", [("جيش كوريا الشمالية", "state-forces-kp")]),
    # the one-word forms stay
    ("وهاجم الجيش الكونغولي مواقع المتمردين.", [("الجيش الكونغولي", "state-forces-cd")]),
    ("وقالت القوات السودانية الجنوبية إنها صدت الهجوم.", [("القوات السودانية الجنوبية", "south-sudan-ssp-df")]),
    # not a state's force: the SDF, a region, a continent's adjective, a name headed by جيش
    ("وسيطرت قوات سورية الديمقراطية على الرقة.", [("قوات سورية الديمقراطية", "syrian-democratic-forces")]),
    ("وتقع المدينة في الجنوب السوداني.", []),
    ("وقال الاتحاد الأفريقي إن القمة ستعقد في أديس أبابا.", []),
    ("وهاجم جيش الإسلام مواقع النظام.", [("جيش الإسلام", "jaysh-al-islam")]),
]


@pytest.mark.parametrize(("text", "expected"), STATES)
def test_two_word_state_nisbas(nlp, text, expected):
    assert groups(nlp, text) == expected


# -- a time between a verb and its object or link; members of a group after "من" and its generic head -----------------

@pytest.mark.parametrize(("text", "expected"), [
    ('وكانت قوات الجيش الليبي قد قصفت مساء امس الثلاثاء مواقع لتنظيم "داعش" ردا على هجوم انتحاري.',
     ("fights", "state-forces-ly", "isis", 'قوات الجيش الليبي قد قصفت مساء امس الثلاثاء مواقع لتنظيم "داعش')),
    ("وقصفت الطائرات الروسية فجر اليوم مواقع لهيئة تحرير الشام في ريف إدلب.",
     ("fights", "russian-forces", "hayat-tahrir-al-sham", "قصفت الطائرات الروسية فجر اليوم مواقع لهيئة تحرير الشام")),
    ("واشتبكت قوات الجيش السوري اليوم الأحد مع عناصر من تنظيم داعش.",
     ("fights", "syrian-government-forces", "isis", "اشتبكت قوات الجيش السوري اليوم الأحد مع عناصر من تنظيم داعش")),
    ("اشتبك عناصر من حركة الشباب مع القوات الصومالية.",
     ("fights", "al-shabaab", "somali-national-army", "اشتبك عناصر من حركة الشباب مع القوات الصومالية")),
])
def test_time_and_members_between(nlp, text, expected):
    assert relations(nlp, text) == [expected]


def test_members_of_a_place_are_no_group(nlp):
    # "من" before a place, not before the group: no clash with Hezbollah
    assert relations(nlp, "واشتبكت قوات الجيش السوري مع عناصر من مدينة حلب في حزب الله.") == []


# -- a truce "مع": the two are belligerents, its end too ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("حزب العمال الكردستاني ينهي الهدنة مع القوات التركية",
     ("fights", "pkk", "turkish-forces", "حزب العمال الكردستاني ينهي الهدنة مع القوات التركية")),
    ("وأعلنت هيئة تحرير الشام التزامها بالهدنة مع الجيش السوري.",
     ("fights", "hayat-tahrir-al-sham", "syrian-government-forces",
      "هيئة تحرير الشام التزامها بالهدنة مع الجيش السوري")),
    ("ووقعت حركة حماس اتفاق وقف إطلاق النار مع إسرائيل.",
     ("fights", "hamas", "israeli-government", "وقعت حركة حماس اتفاق وقف إطلاق النار مع إسرائيل")),
])
def test_truce_with(nlp, text, expected):
    assert relations(nlp, text) == [expected]


def test_social_truce_is_no_fight(nlp):
    # a party's or a government's truce with a union is politics
    text = "ودعت حركة النهضة حكومة الوحدة الوطنية إلى هدنة مع الاتحاد العام التونسي للشغل."
    assert [r for r in relations(nlp, text) if r[0] == "fights"] == []


# -- "بين" with a force's adjective before the second side ------------------------------------------------------------

def test_between_with_force_adjective(nlp):
    text = "قتل القيادي أثناء معارك دارت بين القوات السورية النظامية ومقاتلي جبهة النصرة في محافظة إدلب."
    assert relations(nlp, text) == [
        ("fights", "syrian-government-forces", "jabhat-al-nusra",
         "معارك دارت بين القوات السورية النظامية ومقاتلي جبهة النصرة")]


# -- a group after "ضد" is an enemy named, not the subject of a second "ضد" -------------------------------------------

def test_object_of_against_is_no_subject(nlp):
    text = 'السنة الذين تحتاجهم إدارة ترامب في الحرب ضد تنظيم "الدولة الإسلامية" ولدعم الجهود ضد إيران الشيعية.'
    assert relations(nlp, text) == []
    assert relations(nlp, "ويقاتل حزب الله ضد جبهة النصرة في القلمون.") == [
        ("fights", "hezbollah", "jabhat-al-nusra", "يقاتل حزب الله ضد جبهة النصرة")]


# -- an attack launched by a group ("هجوم شنته X"): its target after "على", else its victims before --------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("وقتل خمسة جنود من الجيش الصومالي في هجوم شنته حركة الشباب على قاعدة عسكرية.",
     ("fights", "al-shabaab", "somali-national-army", "الجيش الصومالي في هجوم شنته حركة الشباب")),
    ("وقتل ثلاثة جنود في هجوم شنته حركة الشباب على قاعدة للجيش الكيني.",
     ("fights", "al-shabaab", "kenyan-defence-forces", "هجوم شنته حركة الشباب على قاعدة للجيش الكيني")),
    ("وقتل عشرة من عناصر الجيش المالي في كمين نصبته جماعة نصرة الإسلام والمسلمين.",
     ("fights", "jnim", "malian-armed-forces", "الجيش المالي في كمين نصبته جماعة نصرة الإسلام والمسلمين")),
    ("وقتل عناصر من حزب الله في غارة شنتها طائرات إسرائيلية.",
     ("fights", "israeli-forces", "hezbollah", "حزب الله في غارة شنتها طائرات إسرائيلية")),
])
def test_attack_launched_by(nlp, text, expected):
    assert relations(nlp, text) == [expected]


def test_condemned_attack_is_no_fight(nlp):
    # a party condemns an attack: no victims, no target
    assert relations(nlp, "وأدان حزب النهضة الهجوم الذي نفذه تنظيم داعش.") == []


# -- an attack noun before an attack verb is its subject, not the group before it --------------------------------------

def test_attack_noun_is_the_verbs_subject(nlp):
    text = "وسقط قتلى من الحشد الشعبي في قصف أمريكي استهدف مقرا لكتائب حزب الله."
    assert [(t, h, tl) for t, h, tl, _ in relations(nlp, text)] == [
        ("fights", "us-forces", "popular-mobilization-forces"), ("fights", "us-forces", "kataib-hezbollah")]
    # no nisba: no attacker, and the group before the attack is no subject
    assert relations(nlp, "قتل خمسة من عناصر الجيش السوري بغارة استهدفت مواقع لقوات سوريا الديمقراطية.") == []
    # an attack launched by the group is its own
    assert relations(nlp, "حركة الشباب شنت هجوما استهدف قاعدة للجيش الصومالي.") == [
        ("fights", "al-shabaab", "somali-national-army", "حركة الشباب شنت هجوما استهدف قاعدة للجيش الصومالي")]


# -- the first side of "بين X و Y المدعومة من Z" is not backed by Z ---------------------------------------------------

def test_between_sides_not_coordinated_backing(nlp):
    text = "واندلعت اشتباكات عنيفة بين قوات سوريا الديمقراطية وفصائل الجيش الوطني السوري المدعومة من تركيا."
    assert [(t, h, tl) for t, h, tl, _ in relations(nlp, text)] == [
        ("fights", "syrian-democratic-forces", "syrian-national-army"),
        ("backed_by", "syrian-national-army", "turkish-government")]


# -- a group exposed to another's attack -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("وتعرضت مواقع لقوات درع الوطن لقصف من جماعة الحوثي.",
     ("fights", "houthis", "nation-shield-forces", "قوات درع الوطن لقصف من جماعة الحوثي")),
    ("وكانت قوات الحشد الشعبي تعرضت لهجوم من تنظيم داعش.",
     ("fights", "isis", "popular-mobilization-forces", "قوات الحشد الشعبي تعرضت لهجوم من تنظيم داعش")),
    ("وتعرضت قوات الجيش السوري لهجمات متكررة من هيئة تحرير الشام.",
     ("fights", "hayat-tahrir-al-sham", "syrian-government-forces",
      "قوات الجيش السوري لهجمات متكررة من هيئة تحرير الشام")),
    ("تعرضت دورية للجيش اللبناني لهجوم من قبل مسلحين من جبهة النصرة.",
     ("fights", "jabhat-al-nusra", "lebanese-army", "جيش اللبناني لهجوم من قبل مسلحين من جبهة النصرة")),
    ("وتعرض مقر لحزب الله لغارة إسرائيلية في الضاحية الجنوبية.",
     ("fights", "israeli-forces", "hezbollah", "حزب الله لغارة إسرائيلية")),
])
def test_exposed_to_attack(nlp, text, expected):
    assert relations(nlp, text) == [expected]


@pytest.mark.parametrize("text", [
    "وتعرض حزب النهضة لهجوم من حركة نداء تونس.",  # two parties: words
    "وتعرض الجيش السوري لانتقادات من حزب الله.",  # criticism, no attack
    "تعرضت حركة النهضة لعملية تشويه من قبل أنصار الجبهة الشعبية.",
])
def test_exposed_to_no_attack(nlp, text):
    assert relations(nlp, text) == []


def test_victims_when_on_names_a_place(nlp):
    # "على" names a post and a place, no group: the victims before the attack
    text = "وقتل جنديان من الجيش اللبناني وجرح ثلاثة آخرون مساء الأحد في هجوم لجبهة النصرة على حاجز في عرسال."
    assert [(t, h, tl) for t, h, tl, _ in relations(nlp, text)] == [("fights", "jabhat-al-nusra", "lebanese-army")]
    assert relations(nlp, "وقتل مدنيون في هجوم لجبهة النصرة على حاجز في عرسال.") == []


# -- places that were a group's, a destroyed target, members after a clash noun, a target with a generic head ---------

def test_places_that_were_a_groups_make_no_member(nlp):
    for text in ("وسيطرت هيئة تحرير الشام على مواقع كانت تابعة لحركة أحرار الشام.",
                 "وسيطرت هيئة تحرير الشام على المواقع التي كانت تابعة لحركة أحرار الشام."):
        assert [r for r in relations(nlp, text) if r[0] == "member_of"] == []
    # a group that was another's member still is one
    assert [(t, h, tl) for t, h, tl, _ in relations(nlp, "وكانت جبهة النصرة تابعة لتنظيم القاعدة.")] == [
        ("member_of", "jabhat-al-nusra", "al-qaeda")]


@pytest.mark.parametrize(("text", "expected"), [
    ("ودمرت طائرات التحالف الدولي آليات لتنظيم الدولة قرب الرقة.",
     ("fights", "international-coalition", "isis", "دمرت طائرات التحالف الدولي آليات لتنظيم الدولة")),
    ("وأعلن الجيش الإسرائيلي مقتل جندي في اشتباك مع مسلحين من كتائب القسام في رفح.",
     ("fights", "israeli-forces", "qassam-brigades", "الجيش الإسرائيلي مقتل جندي في اشتباك مع مسلحين من كتائب القسام")),
    ("ونفذت القوات الأمريكية إنزالا جويا استهدف قياديا في تنظيم داعش.",
     ("fights", "us-forces", "isis", "القوات الأمريكية إنزالا جويا استهدف قياديا في تنظيم داعش")),
])
def test_destroyed_and_members(nlp, text, expected):
    assert relations(nlp, text) == [expected]


def test_war_destroying_is_no_group(nlp):
    assert relations(nlp, "ودمرت الحرب مقرات حزب النهضة.") == []


# -- Tunisia's national organizations beside the UGTT and the UTICA ----------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("وأكد رئيس الاتحاد التونسي للفلاحة والصيد البحري عبد المجيد الزار أن وفرة المنتوج هي السبب.",
     [("الاتحاد التونسي للفلاحة والصيد البحري", "utap")]),
    ("ورئيسة منظمة الأعراف وداد بوشماوي ورئيس اتحاد الفلاحة والصيد البحري.",
     [("منظمة الأعراف", "utica"), ("اتحاد الفلاحة والصيد البحري", "utap")]),
    ("وعبر فرع الرابطة التونسية للدفاع عن حقوق الإنسان بالحمامات عن استغرابه.",
     [("الرابطة التونسية للدفاع عن حقوق الإنسان", "ltdh")]),
    ("وأعلنت جمعية القضاة التونسيين ونقابة القضاة والهيئة الوطنية للمحامين في بيان مشترك تمسكها بالقانون.",
     [("الهيئة الوطنية للمحامين", "onat")]),
    ('ينص القانون على أن تبلغ الشرطة "الهيئة الوطنية للمحامين التونسيين" لتعيين محام.',
     [("الهيئة الوطنية للمحامين التونسيين", "onat")]),
    ("وتحدث عن العلاقات الجيدة التي تربط اتحاد الشغل واتحاد الأعراف.",
     [("اتحاد الشغل", "ugtt"), ("اتحاد الأعراف", "utica")]),
])
def test_tunisian_national_organizations(nlp, text, expected):
    assert groups(nlp, text) == expected


def test_guided_missile_between_subject_and_target(nlp):
    assert relations(nlp, "واستهدف حزب الله بصاروخ موجه آلية للجيش الإسرائيلي.") == [
        ("fights", "hezbollah", "israeli-forces", "استهدف حزب الله بصاروخ موجه آلية للجيش الإسرائيلي")]
