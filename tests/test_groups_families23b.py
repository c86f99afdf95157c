"""Groups and relations, session 23 (second wave): relations written with a possessive pronoun ("بينما حصل حليفه
حزب التجمع الوطني الديمقراطي", "شريكها في الحكم"), an organ between a participle and its group ("التابعة للقيادة
العامة للجيش الوطني الليبي"), clashes named by their noun ("بعد مواجهات مع", "اثر معارك خاضها مع"), alliances
denied or undone ("فك تحالفه مع"), and a leader's name deciding a name two groups share ("أبو عياض" →
Tunisia's Ansar al-Sharia)."""

from __future__ import annotations

import pytest

from arabnews import Pipeline
from arabnews.extract.groups.registry import Registry
from group_cases import groups as _groups
from group_cases import relations as _relations


@pytest.fixture(scope="module")
def nlp():
    return Pipeline(["numbers", "dates", "groups", "relations"])


POSSESSIVES = [
    # ANT: the pronoun's group is the sentence's group before it, across another clause ("بينما")
    ("وحصل حزب جبهة التحرير الوطني على 164 مقعدا من أصل 462، بينما حصل حليفه حزب التجمع الوطني الديمقراطي على "
     "97 مقعدا، ما يمثل الأغلبية المطلقة",
     ("ally", "fln-algeria", "rnd-algeria",
      "حزب جبهة التحرير الوطني على 164 مقعدا من أصل 462، بينما حصل حليفه حزب التجمع الوطني الديمقراطي")),
    # the feminine pronoun, words of the partnership between ("في الحكم", "في الائتلاف الحاكم")
    ("وأكد رئيس حركة النهضة راشد الغنوشي أن شريكها في الحكم حركة نداء تونس متمسك بالتوافق.",
     ("ally", "ennahda", "nidaa-tounes", "حركة النهضة راشد الغنوشي أن شريكها في الحكم حركة نداء تونس")),
    ("وقال القيادي إن حركة نداء تونس وشريكتها في الائتلاف الحاكم حركة النهضة ستدعمان الحكومة.",
     ("ally", "nidaa-tounes", "ennahda", "حركة نداء تونس وشريكتها في الائتلاف الحاكم حركة النهضة")),
    ("وقاتلت حركة أحرار الشام وحليفتها جبهة النصرة تنظيم داعش في ريف إدلب.",
     ("ally", "ahrar-al-sham", "jabhat-al-nusra", "حركة أحرار الشام وحليفتها جبهة النصرة")),
    # the plural written with its hamza on the line, "في" before the group
    ("وأعلنت جماعة الحوثي أن حلفاءها في حزب المؤتمر الشعبي العام سيشاركون في المجلس السياسي.",
     # (session 28, third wave: "حزب المؤتمر الشعبي العام" is Yemen's GPC, not Sudan's "حزب المؤتمر الشعبي")
     ("ally", "houthis", "general-peoples-congress", "جماعة الحوثي أن حلفاءها في حزب المؤتمر الشعبي العام")),
    # a noun referring back, nearer than the group it stands for
    ("أعلنت حركة النهضة أنها لن تتحالف مع أي حزب، وقال الغنوشي إن الحركة وحليفها نداء تونس يحترمان التوافق.",
     ("ally", "ennahda", "nidaa-tounes", "الحركة وحليفها نداء تونس")),
    # "تحالف حزبه مع": the party of the person named after it
    ("وقال عضو المكتب التنفيذي لحزب نداء تونس إن تحالف حزبه مع حركة النهضة فرضته نتائج الانتخابات.",
     ("ally", "nidaa-tounes", "ennahda", "حزب نداء تونس إن تحالف حزبه مع حركة النهضة")),
    # a group after a preposition is the object, not the pronoun's owner
    ("وانضمت حركة مشروع تونس إلى جبهة الإنقاذ، فيما بقي حليفها الاتحاد الوطني الحر خارجها.",
     ("ally", "machrouu-tounes", "upl-tunisia",
      "حركة مشروع تونس إلى جبهة الإنقاذ، فيما بقي حليفها الاتحاد الوطني الحر")),
]


@pytest.mark.parametrize(("text", "expected"), POSSESSIVES)
def test_possessive_relations(nlp, text, expected):
    assert expected in _relations(nlp, text)


OTHER_RELATIONS = [
    # ANT: an organ between the participle and the group ("للقيادة العامة")
    ('أفادت تقارير ليبية متطابقة مساء اليوم بأن سيف الإسلام القذافي جرى إطلاق سراحه من قبل كتيبة " أبو بكر '
     'الصديق" التابعة للقيادة العامة للجيش الوطني الليبي.',
     ("member_of", "disc-fa36835361c1", "libyan-national-army",
      'كتيبة " أبو بكر الصديق" التابعة للقيادة العامة للجيش الوطني الليبي')),
    ("وتقاتل كتيبة شهداء الزاوية التابعة لرئاسة أركان الجيش الوطني الليبي في ورشفانة.",
     ("member_of", "zawiya-martyrs-brigade", "libyan-national-army",
      "كتيبة شهداء الزاوية التابعة لرئاسة أركان الجيش الوطني الليبي")),
    ("وقال إن لواء المعتصم بالله المنضوي تحت راية الجيش السوري الحر سيطر على القرية.",
     ("member_of", "mutasim-division", "free-syrian-army", "لواء المعتصم بالله المنضوي تحت راية الجيش السوري الحر")),
    # an ally qualified: "حليف رئيسي لـ"
    ("وقال بيان لحزب المؤتمر الشعبي العام وهو حليف رئيسي لجماعة الحوثي إن صالح طلب السفر.",
     ("ally", "general-peoples-congress", "houthis", "حزب المؤتمر الشعبي العام وهو حليف رئيسي لجماعة الحوثي")),
    # ANT: a battle the subject fought, far before it in the sentence
    ("وتمكن تنظيم داعش دخول مدينة سرت، مسقط راس معمر القذافي والواقعة على بعد 450 كلم شرق طرابلس في فيفري 2015 "
     "قبل ان يفرض سيطرته التامة عليها في جوان الماضي اثر معارك خاضها مع قوات “فجر ليبيا” الموالية لحكومة طرابلس.",
     ("fights", "isis", "libya-dawn",
      "داعش دخول مدينة سرت، مسقط راس معمر القذافي والواقعة على بعد 450 كلم شرق طرابلس في فيفري 2015 قبل ان يفرض "
      "سيطرته التامة عليها في جوان الماضي اثر معارك خاضها مع قوات “فجر ليبيا")),
    # the noun of a clash with "مع"
    ("وأعلنت قوات سوريا الديمقراطية مقتل 20 من عناصرها بعد مواجهات مع تنظيم داعش في الرقة.",
     ("fights", "syrian-democratic-forces", "isis",
      "قوات سوريا الديمقراطية مقتل 20 من عناصرها بعد مواجهات مع تنظيم داعش")),
    ("وقالت مصادر إن مقاتلي حزب الله خاضوا معارك عنيفة مع جبهة النصرة في جرود عرسال.",
     ("fights", "hezbollah", "jabhat-al-nusra", "حزب الله خاضوا معارك عنيفة مع جبهة النصرة")),
]


@pytest.mark.parametrize(("text", "expected"), OTHER_RELATIONS)
def test_organs_qualified_allies_and_clashes(nlp, text, expected):
    assert expected in _relations(nlp, text)


NO_RELATIONS = [
    # an alliance undone or denied
    "وأعلن حزب آفاق تونس فك تحالفه مع حركة نداء تونس.",
    "ونفى القيادي بحركة نداء تونس ما يروج حول تحالف حزبه مع حركة النهضة.",
    "وفندت قيادات الحزب امكانية تحالف حزب آفاق تونس مع حركة النهضة في الانتخابات البلدية.",
    "ونفت حركة مشروع تونس أن تكون قد تحالفت مع حركة النهضة.",
    # a confrontation refused
    "وقال إن حركة النهضة ترفض الدخول في مواجهات مع الاتحاد العام التونسي للشغل.",
    # the holder of a place, not a side of the clash
    "وقال المرصد إن قوات النظام سيطرت على بلدة كانت تحت سيطرة تنظيم داعش بعد اشتباكات مع جبهة النصرة.",
    # partners that are no group
    "وتقدم الأمين العام للاتحاد العام التونسي للشغل بالشكر إلى شركائه الاجتماعيين.",
]


@pytest.mark.parametrize("text", NO_RELATIONS)
def test_no_relation(nlp, text):
    assert _relations(nlp, text) == []


def test_possessive_before_a_preposition_is_no_ally(nlp):
    # ANT dev: "حلفائها ضد الحوثيين" — the Houthis are the enemy of Saudi Arabia and its allies
    rels = _relations(nlp, "وتقود السعودية و حلفائها ضد الحوثيين حربا في اليمن.")
    assert [(t, h, tl) for t, h, tl, _ in rels] == [("fights", "saudi-government", "houthis")]


LEADERS = [
    # ANT: Abu Iyad's Ansar al-Sharia is Tunisia's, whatever the place ("بنغازي")
    ('وأوضح أن من بين هؤلاء سيف الله بن حسين المعروف باسم "أبو عياض" مؤسس جماعة "انصار الشريعة" المحظورة.',
     [("انصار الشريعة", "ansar-al-sharia-tunisia")]),
    ("أكد آمر غرفة عمليات السلاح الجوي بمدينة بنغازي الليبية خبر مقتل أمير تنظيم أنصار الشريعة الإرهابي سيف الله "
     'بن حسين و المكنّى بـ"أبي عيّاض" في اشتباكات وقعت اليوم في منطقة قنفودة.',
     [("غرفة عمليات السلاح", "disc"), ("تنظيم أنصار الشريعة", "ansar-al-sharia-tunisia")]),
    ("وفي بنغازي، أعلن زعيم أنصار الشريعة محمد الزهاوي أن التنظيم لن يلقي السلاح.",
     [("أنصار الشريعة", "ansar-al-sharia-libya")]),
    # a leader in another sentence decides nothing
    ("قتل أبو عياض في ليبيا. وقال مسؤول في بنغازي إن تنظيم أنصار الشريعة تكبد خسائر في قنفودة.",
     [("تنظيم أنصار الشريعة", "ansar-al-sharia-libya")]),
    # two countries' parties of one name
    ("وقال حزب العدالة والتنمية الذي يقوده عبد الإله بنكيران إنه سيشارك في الحكومة.",
     [("حزب العدالة والتنمية", "pjd-morocco")]),
    ("وفاز حزب العدالة والتنمية الذي يقوده رجب طيب أردوغان بالانتخابات.", [("حزب العدالة والتنمية", "akp")]),
]


@pytest.mark.parametrize(("text", "expected"), LEADERS)
def test_leader_decides_a_shared_name(nlp, text, expected):
    assert _groups(nlp, text) == expected


def test_leaders_are_arabic_names():
    with pytest.raises(ValueError, match="leaders_ar"):
        Registry.from_entries([{"id": "a", "name_ar": "جند الحق", "leaders_ar": ["Abu Iyad"]}])
    reg = Registry.from_entries([{"id": "a", "name_ar": "جند الحق", "leaders_ar": ["أبو عياض"]}])
    assert reg["a"].to_dict()["leaders_ar"] == ["أبو عياض"]
