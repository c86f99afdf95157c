"""Session 31 (grp31): groups — forces, coalitions and commands the press names by an institution ("قوات التحالف",
"القيادة العامة للقوات المسلحة", "القيادة المركزية الأمريكية", air defence and border guards with a nisba); a group's
own nisba after a noun of its men or weapons ("قناصا حوثيا", "عنصر داعشي", "طائرة مسيرة حوثية"); anaphors after their
group ("الميليشيا المتمردة" of the RSF, "العدو" in Hezbollah's and the factions' statements, a bare "الميليشيا")."""

from __future__ import annotations

import pytest

from arabnews import Pipeline
from group_cases import group_ids

REF = "2024-03-10"


@pytest.fixture(scope="module")
def nlp():
    return Pipeline(["groups"])


def groups(nlp, text: str) -> list[tuple[str, str | None]]:
    """(text, id) of every group of ``text`` on :data:`REF`; offsets checked."""
    return group_ids(nlp, text, REF)


# -- coalitions and commands ------------------------------------------------------------------------------------------

COMMANDS = [
    # the Saudi-led coalition: by the document's country (Yemen) or its spokesman
    ("شنت قوات التحالف غارات على مواقع الحوثيين في صعدة.",
     [("قوات التحالف", "saudi-led-coalition"), ("الحوثيين", "houthis")]),
    ("أعلن المتحدث الرسمي باسم قوات التحالف العميد الركن تركي المالكي أن الدفاعات الجوية اعترضت صاروخا.",
     [("قوات التحالف", "saudi-led-coalition")]),
    ("وقال المالكي إن قوات التحالف دمرت زورقا مفخخا في البحر الأحمر قبالة الحديدة.",
     [("قوات التحالف", "saudi-led-coalition")]),
    # its names after "قوات" are one name (not "قوات التحالف" and the name cut)
    ("قصفت قوات التحالف العربي مواقع في صنعاء.", [("قوات التحالف العربي", "saudi-led-coalition")]),
    # what leads it decides the bare name (the state stays out of the span: the entities' LOC)
    ("أعلنت قوات التحالف بقيادة السعودية اعتراض صاروخ.", [("قوات التحالف", "saudi-led-coalition")]),
    ("أعلنت قيادة قوات التحالف الذي تقوده السعودية مقتل طيارين.", [("قوات التحالف", "saudi-led-coalition")]),
    ("قصفت قوات التحالف بقيادة الولايات المتحدة مواقع في سوريا واليمن.",
     [("قوات التحالف", "international-coalition")]),
    ("قصفت قوات التحالف الدولي بقيادة واشنطن مواقع للتنظيم.", [("قوات التحالف الدولي", "international-coalition")]),
    # the global coalition against ISIS: in Iraq/Syria news, or where nothing points to Yemen (ANT)
    ("قصفت قوات التحالف مواقع لتنظيم داعش في الموصل.",
     [("قوات التحالف", "international-coalition"), ("داعش", "isis")]),
    ("وكشف أن قوات التحالف أطلقت أكثر من 7300 ضربة جوية أجبرت داعش على تغيير تكتيكاته.",
     [("قوات التحالف", "international-coalition"), ("داعش", "isis")]),
    ("أعلنت قوات التحالف الدولي مقتل قيادي في الرقة.", [("قوات التحالف الدولي", "international-coalition")]),
    # the general command: Haftar named beside it, or the document's country
    ("أعلنت القيادة العامة للقوات المسلحة بقيادة المشير خليفة حفتر السيطرة على المدينة.",
     [("القيادة العامة للقوات المسلحة", "libyan-national-army")]),
    ("وقالت القيادة العامة للقوات المسلحة في بيان إن قواتها سيطرت على مدينة درنة الليبية.",
     [("القيادة العامة للقوات المسلحة", "libyan-national-army")]),
    ("نفت القيادة العامة للقوات المسلحة في بنغازي الأنباء.",
     [("القيادة العامة للقوات المسلحة", "libyan-national-army")]),
    ("أحبطت القوات المسلحة الأردنية محاولة تسلل. وقال مصدر عسكري مسؤول في القيادة العامة للقوات المسلحة إن الاشتباك "
     "أسفر عن مقتل خمسة مهربين.",
     [("القوات المسلحة الأردنية", "jordanian-armed-forces"),
      ("القيادة العامة للقوات المسلحة", "jordanian-armed-forces")]),
    ("أصدرت القيادة العامة للقوات المسلحة المصرية بيانا.",
     [("القيادة العامة للقوات المسلحة المصرية", "egyptian-armed-forces")]),
    ("أكدت القيادة العامة للقوات المسلحة السودانية أن الجيش صد هجوما على الفاشر.",
     [("القيادة العامة للقوات المسلحة السودانية", "sudanese-armed-forces")]),
    # CENTCOM, AFRICOM
    ("الحوثيون يعلنون استهداف سفينة تجارية في خليج عدن.. والقيادة المركزية الأمريكية: لا إصابات",
     [("الحوثيون", "houthis"), ("القيادة المركزية الأمريكية", "us-forces")]),
    ("قالت القيادة المركزية الأميركية (سنتكوم) إنها دمرت صاروخين.",
     [("القيادة المركزية الأميركية", "us-forces"), ("سنتكوم", "us-forces")]),
    ("أعلنت القيادة الأمريكية في أفريقيا تنفيذ غارة جوية قرب جلب.",
     [("القيادة الأمريكية في أفريقيا", "us-forces")]),
    # air defence, royal arms, border and coast guards with a nisba
    ("اعترضت قوات الدفاع الجوي الملكي السعودي صاروخا باليستيا.",
     [("قوات الدفاع الجوي الملكي السعودي", "saudi-armed-forces")]),
    ("أسقط الدفاع الجوي السوري صواريخ معادية فوق دمشق.", [("الدفاع الجوي السوري", "syrian-government-forces")]),
    ("أحبط حرس الحدود الأردني محاولة تهريب.", [("حرس الحدود الأردني", "jordanian-armed-forces")]),
    ("قتل جندي من حرس الحدود الإيراني في اشتباك.", [("حرس الحدود الإيراني", "iranian-armed-forces")]),
    ("قالت قوات حرس الحدود التركية إنها أوقفت مهاجرين.", [("قوات حرس الحدود التركية", "turkish-forces")]),

    ("شاركت القوات الجوية الملكية الأردنية في الغارات.",
     [("القوات الجوية الملكية الأردنية", "jordanian-armed-forces")]),
]


@pytest.mark.parametrize(("text", "expected"), COMMANDS)
def test_coalitions_commands_and_guards(nlp, text, expected):
    assert groups(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # a command no country or leader decides: none (Sudan's sit-in of 2019 would be read as the LNA's)
    "احتشد المعتصمون أمام مقر القيادة العامة للقوات المسلحة.",
    # border guards without a nisba name no state
    "أصيب أحد أفراد حرس الحدود بجروح متوسطة.",
    # a weapon system's nisba, a minister
    "ناقش الوفد تطوير منظومات الدفاع الجوي الروسية.",
    "اشترت تركيا منظومة الدفاع الجوي الروسي إس-400.",
    "استقبل وزير الدفاع الجوي المصري الوفد.",
    # coast guards rescuing migrants stay organisations (Libya's is a registry group)
    "أنقذ خفر السواحل التونسي 30 مهاجرا قبالة صفاقس.",
])
def test_no_command_or_guard(nlp, text):
    assert groups(nlp, text) == []


# -- a group's own nisba --------------------------------------------------------------------------------------------

NISBAS = [
    ("قالت مصادر محلية إن قناصا حوثيا قتل امرأة في حي الجحملية.", [("حوثيا", "houthis")]),
    ("أسقطت الدفاعات الجوية السعودية طائرة مسيرة حوثية فوق جازان.",
     [("الدفاعات الجوية السعودية", "saudi-armed-forces"), ("حوثية", "houthis")]),
    ("وقتل مقاتلان حوثيان في غارة.", [("حوثيان", "houthis")]),
    ("اعترضت البحرية الأمريكية زورقا حوثيا في البحر الأحمر.",
     [("البحرية الأمريكية", "us-forces"), ("حوثيا", "houthis")]),
    ("قتل عنصر داعشي في اشتباك مع الجيش العراقي.",
     [("داعشي", "isis"), ("الجيش العراقي", "iraqi-security-forces")]),
    ("فجر انتحاري داعشي نفسه في سوق ببغداد.", [("داعشي", "isis")]),
    ("اعتقلت قوات الأمن أمير خلية داعشية في الموصل.", [("داعشية", "isis")]),
    ("فككت الأجهزة الأمنية الخلية الداعشية المتورطة في الهجوم.", [("الداعشية", "isis")]),
    ("وأعلن الجيش تفكيك خلايا داعشية في كركوك.", [("داعشية", "isis")]),
    ("وقال إن مجموعات داعشية مازالت متواجدة حذو بن قردان.", [("داعشية", "isis")]),
    ("وسلمت الشرطة النيجرية المعتقلين الداعشيين إلى القضاء.", [("الداعشيين", "isis")]),
    ("أكد مسؤول حمساوي أن الحركة ترفض المقترح.", [("حمساوي", "hamas")]),
    ("اعتقلت الأجهزة الأمنية ناشطين فتحاويين في غزة.", [("فتحاويين", "fatah")]),
    # after a member noun the registry's "حوثيون" stays as it was
    ("هاجم مسلحون حوثيون قرية في الضالع.", [("حوثيون", "houthis")]),
]


@pytest.mark.parametrize(("text", "expected"), NISBAS)
def test_a_groups_own_nisba(nlp, text, expected):
    assert groups(nlp, text) == expected


@pytest.mark.parametrize("text", [
    # no noun of men or weapons right before: an emirate, a flag, an ideology, attacks
    "تصدت الوحدات العسكرية لهجوم أراد إقامة إمارة داعشية.",
    "عثر على راية داعشية وقصيدة تمجد التنظيم.",
    "يتبنون الفكر الداعشي.",
    "وصفه المحامي بالداعشي.",
    "شنت الطائرات هجمات حوثية على السفن.",
    # a nisba of several groups, grassroots structures
    "اشتبك مقاتلين أكراد مع وحدات من الجيش.",
    "تشمل هياكل البحث القاعدية 11 ألف باحث.",
    "وحدة قاعدية للبحث في الجامعة.",
    # definiteness must agree
    "أصيب العنصر داعشي الهوى.",
])
def test_no_nisba_mention(nlp, text):
    assert groups(nlp, text) == []


# -- anaphors ---------------------------------------------------------------------------------------------------------

ANAPHORS = [
    ("أعلن الجيش السوداني استعادة جسر شمبات بعد معارك مع قوات الدعم السريع. وقال الناطق إن القوات المسلحة كبدت "
     "الميليشيا المتمردة خسائر فادحة.",
     [("الجيش السوداني", "sudanese-armed-forces"), ("قوات الدعم السريع", "rapid-support-forces"),
      ("الميليشيا المتمردة", "rapid-support-forces")]),
    ("صدت القوات المسلحة هجوما للدعم السريع على الفاشر، وقتلت العشرات من عناصر المليشيا المتمردة.",
     [("دعم السريع", "rapid-support-forces"), ("المليشيا المتمردة", "rapid-support-forces")]),
    ('أعلن "حزب الله" في بيان أن مجاهديه استهدفوا تجمعا لجنود العدو الإسرائيلي في محيط موقع المالكية. وأضاف أن '
     "المقاومة ستواصل التصدي للعدو.",
     [("حزب الله", "hezbollah"), ("العدو الإسرائيلي", "israeli-forces"), ("عدو", "israeli-forces")]),
    ("أعلن حزب الله أن مقاتليه استهدفوا دبابة لجيش العدو في مزارع شبعا.",
     [("حزب الله", "hezbollah"), ("جيش العدو", "israeli-forces")]),
    ("أعلنت كتائب القسام أن مقاتليها فجروا عبوة في قوة للعدو شرق خان يونس.",
     [("كتائب القسام", "qassam-brigades"), ("عدو", "israeli-forces")]),
    ("قالت سرايا القدس إن مقاتليها قصفوا تجمعات العدو في محور نتساريم.",
     [("سرايا القدس", "saraya-al-quds"), ("العدو", "israeli-forces")]),
    ("أطلقت الميليشيا الحوثية طائرة مسيرة باتجاه خميس مشيط، وأوضح أن المحاولات تعكس سلوك الميليشيا المتهور.",
     [("الميليشيا الحوثية", "houthis"), ("الميليشيا", "houthis")]),
]


@pytest.mark.parametrize(("text", "expected"), ANAPHORS)
def test_anaphors_after_their_group(nlp, text, expected):
    assert groups(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # no group named before
    ("قالت القوات المسلحة إنها كبدت الميليشيا المتمردة خسائر فادحة.", []),
    ("قال المدرب إن الفريق لعب بروح قتالية أمام العدو اللدود.", []),
    ("نفت الميليشيا ذلك.", []),
    # the Houthis' enemy is not Israel's army
    ("أعلن الحوثيون استهداف سفينة، وقال المتحدث إن العدو سيدفع الثمن.", [("الحوثيون", "houthis")]),
    # a country's nisba after it; two militias named before
    ("قصفت ميليشيا حزب الله مواقع، بينما قالت المعارضة إن الميليشيا الإيرانية تقاتل في حلب.",
     [("حزب الله", "hezbollah")]),
    ("اشتبكت قوات الدعم السريع مع ميليشيا الحوثي. وقالت الميليشيا إنها صامدة.",
     [("قوات الدعم السريع", "rapid-support-forces"), ("ميليشيا الحوثي", "houthis")]),
    # the anaphor comes before its group
    ("كبدت القوات الميليشيا المتمردة خسائر، وقالت قوات الدعم السريع إنها انسحبت.",
     [("قوات الدعم السريع", "rapid-support-forces")]),
])
def test_no_anaphor(nlp, text, expected):
    assert groups(nlp, text) == expected


def test_an_anaphor_says_so(nlp):
    doc = nlp("أعلن حزب الله أن مقاتليه استهدفوا دبابة لجيش العدو.", reference_date=REF)
    enemy = doc.groups[-1]
    assert enemy.attrs["anaphor"] is True and "anaphor" not in doc.groups[0].attrs
    assert doc.to_dict()["groups"][-1]["anaphor"] is True
