"""Session 29, second wave (grp29b): groups — today's actors by their usual names and short forms, a bare
headed name coordinated with a peer registry group ("بين فتح وحماس"), and names that hold only in their
country's documents ("قوة الردع", "سرايا المقاومة")."""

import pytest

from arabnews import Pipeline
from group_cases import groups


@pytest.fixture(scope="module")
def nlp():
    return Pipeline(["groups"])


def _found(nlp, text):
    return groups(nlp, text)


# ---------------------------------------------------------------- today's actors (2020–2026 wire style)

ACTORS = [
    ("وقالت ألوية العمالقة الجنوبية إنها سيطرت على مديرية بيحان.", [("ألوية العمالقة الجنوبية", "giants-brigades")]),
    ("واتهم الانتقالي الجنوبي الحكومة بالتقصير.", [("الانتقالي الجنوبي", "southern-transitional-council")]),
    ("وانتشرت قوات درع الوطن في حضرموت.", [("قوات درع الوطن", "nation-shield-forces")]),
    ("وهددت حركة حزب الله النجباء القوات الأمريكية.",
     [("حركة حزب الله النجباء", "harakat-al-nujaba"), ("القوات الأمريكية", "us-forces")]),
    ("وتبنت المقاومة الإسلامية في العراق هجوما بطائرة مسيرة على إيلات.",
     [("المقاومة الإسلامية في العراق", "islamic-resistance-in-iraq")]),
    # with a plural head: not the Palestinian collective "فصائل المقاومة" (its name is the longer one)
    ("وتبنت فصائل المقاومة الإسلامية في العراق الهجوم.",
     [("فصائل المقاومة الإسلامية في العراق", "islamic-resistance-in-iraq")]),
    ("وهددت فصائل المقاومة في العراق بضرب القواعد.", [("فصائل المقاومة في العراق", "iraqi-armed-factions")]),
    ("وقالت فصائل المقاومة في غزة إن", [("فصائل المقاومة في غزة", "palestinian-resistance-factions")]),
    ("وقالت كتائب الأقصى إن مقاتليها استهدفوا حاجزا.", [("كتائب الأقصى", "al-aqsa-martyrs-brigades")]),
    ("وقالت مجموعة عرين الأسود في نابلس إن", [("مجموعة عرين الأسود", "lions-den")]),
    ("وهاجمت مليشيا الدعم السريع قرى في ولاية الجزيرة.", [("الدعم السريع", "rapid-support-forces")]),
    ("وسيطرت الحركة الشعبية لتحرير السودان قطاع الشمال على كادقلي.",
     [("الحركة الشعبية لتحرير السودان قطاع الشمال", "splm-n")]),
    ("وقال متحدث باسم الحركة الشعبية لتحرير السودان/شمال إن",
     [("الحركة الشعبية لتحرير السودان/شمال", "splm-n")]),
    ("واندلعت اشتباكات بين قوات الردع الخاصة واللواء 444 في طرابلس.",
     [("قوات الردع الخاصة", "rada-special-deterrence-force"), ("اللواء 444", "brigade-444")]),
    ("وكانت ميليشيا الكاني تسيطر على ترهونة.", [("ميليشيا الكاني", "kaniyat")]),
    ("وقالت القيادة العامة للقوات المسلحة العربية الليبية إن",
     [("القيادة العامة للقوات المسلحة العربية الليبية", "libyan-national-army")]),
    ("وقتل مسلحو بوكوحرام عشرين قرويا.", [("بوكوحرام", "boko-haram")]),
    ("وقالت مجموعة فاجنر إن", [("مجموعة فاجنر", "wagner-group")]),
    # the bare "فاغنر" is also a surname: it stands only where the group is named in full
    ("وحل الفيلق الأفريقي الروسي محل فاغنر في مالي.", [("الفيلق الأفريقي الروسي", "africa-corps")]),
    ("وحل الفيلق الأفريقي محل مجموعة فاغنر الروسية، وانسحبت فاغنر من مالي.",
     [("الفيلق الأفريقي", "africa-corps"), ("مجموعة فاغنر الروسية", "wagner-group"), ("فاغنر", "wagner-group")]),
    ("وهاجمت عصابات أبو شباب قوافل المساعدات في رفح.", [("عصابات أبو شباب", "south-lebanon-army-2")]),
    ("وقالت قوات دفاع تيغراي إنها انسحبت.", [("قوات دفاع تيغراي", "tigray-defence-forces")]),
    ("وتبنت جماعة نصرة الإسلام والمسلمين الهجوم.", [("جماعة نصرة الإسلام والمسلمين", "jnim")]),
    ("وأعلنت إدارة العمليات العسكرية دخول دمشق.", [("إدارة العمليات العسكرية", "military-operations-command")]),
]


@pytest.mark.parametrize(("text", "expected"), ACTORS)
def test_todays_actors(nlp, text, expected):
    assert _found(nlp, text) == expected


# ---------------------------------------------------------------- a bare headed name beside a peer group

COORDINATED = [
    ("وجرت مفاوضات بين فتح وحماس في القاهرة.", [("فتح", "fatah"), ("حماس", "hamas")]),
    ("واتفقت فتح وحماس على تشكيل حكومة.", [("فتح", "fatah"), ("حماس", "hamas")]),
    ("وجرت مصالحة بين حماس وفتح برعاية مصرية.", [("حماس", "hamas"), ("فتح", "fatah")]),
    ("وجرت مصالحة بين حماس وفتح.", [("حماس", "hamas"), ("فتح", "fatah")]),
    ("وشارك ممثلون عن فتح والجهاد الإسلامي في الاجتماع.",
     [("فتح", "fatah"), ("الجهاد الإسلامي", "palestinian-islamic-jihad")]),
    ("وقال ممثلو الجبهة الشعبية وفتح إن", [("الجبهة الشعبية", "pflp"), ("فتح", "fatah")]),
    # two countryless groups of one kind
    ("وتنافس القاعدة وداعش على الولاء.", [("القاعدة", "al-qaeda"), ("داعش", "isis")]),
    # the verb: no group beside it, or an object after it
    ("وقررت السلطات فتح تحقيق في الحادث.", []),
    ("إعادة فتح وحدة فندقية أبوابها", []),
    ("وسيطرت حماس وفتح المعبر أمام المسافرين.", [("حماس", "hamas")]),
    ("وقالت حماس وفتح تحقيقا في الحادث.", [("حماس", "hamas")]),
    # a group of another country beside it is no peer
    ("وقصف الجيش الإسرائيلي وفتح النار على المتظاهرين.", [("الجيش الإسرائيلي", "israeli-forces")]),
    ("وتنافس القاعدة وحزب الله.", [("حزب الله", "hezbollah")]),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED)
def test_a_bare_name_beside_a_peer_group(nlp, text, expected):
    assert _found(nlp, text) == expected


# ---------------------------------------------------------------- names that hold in their country's documents

COUNTRY = [
    # Hamas's "deterrent power" of Israel is not Tripoli's Rada force (ANT 1294)
    ("ومقاومته دمرت قوة الردع الإسرائيلية، قال أبو زهري المتحدث باسم حماس في غزة.", [("حماس", "hamas")]),
    ("وقالت قوة الردع في بيان إن عناصرها اعتقلوا في طرابلس مطلوبا ليبيا.",
     [("قوة الردع", "rada-special-deterrence-force")]),
    ("وأعلن المتحدث باسم قوة الردع الخاصة أن", [("قوة الردع الخاصة", "rada-special-deterrence-force")]),
    # a Gulf list of Bahraini groups (ANT 1095): a discovered group, not Hezbollah's Lebanese brigades
    ("- سرايا الأشتر- البحرين. - سرايا المقاومة - البحرين. - حزب الله البحريني - البحرين.",
     [("سرايا الأشتر", "saraya-al-ashtar"), ("سرايا المقاومة", "disc"), ("حزب الله البحريني", "disc")]),
    ("وقال مسؤول في سرايا المقاومة التابعة لحزب الله في بيروت إن الجيش اللبناني انتشر.",
     [("سرايا المقاومة", "resistance-brigades-lebanon"), ("حزب الله", "hezbollah"),
      ("الجيش اللبناني", "lebanese-army")]),
    ("وقالت سرايا المقاومة اللبنانية إن", [("سرايا المقاومة اللبنانية", "resistance-brigades-lebanon")]),
]


@pytest.mark.parametrize(("text", "expected"), COUNTRY)
def test_names_of_one_country(nlp, text, expected):
    assert _found(nlp, text) == expected


# ---------------------------------------------------------------- a head word and a quoted registry name

QUOTED = [
    # the head and the quoted name are another registry group's name: Kataib Hezbollah, not Hezbollah
    ('وقالت كتائب "حزب الله" العراقية إن', [('كتائب "حزب الله" العراقية', "kataib-hezbollah")]),
    ("وقالت كتائب «حزب الله» إن", [("كتائب «حزب الله»", "kataib-hezbollah")]),
    ('وقصفت طائرات أمريكية مقرا لكتائب "حزب الله" في القائم.',
     [("طائرات أمريكية", "us-forces"), ('كتائب "حزب الله"', "kataib-hezbollah")]),
    # the quoted name alone, or after its own generic head, stays what it was
    ('وقصفت إسرائيل مواقع لـ"حزب الله" في الجنوب.', [("حزب الله", "hezbollah")]),
    ('وقال "حزب الله" إن', [("حزب الله", "hezbollah")]),
    ('وقالت حركة "حماس" إن', [("حماس", "hamas")]),
    ('وقال تنظيم "القاعدة" إن', [('تنظيم "القاعدة"', "al-qaeda")]),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED)
def test_a_head_and_a_quoted_name(nlp, text, expected):
    assert _found(nlp, text) == expected
