"""Groups and relations, session 19 (b): a registry name that is also a common noun's dual ("طالبان"), a name
joined by و after a dual head, a short name with a trigger and no full name, a shared name by the document's
country (North Korea's Workers' Party), a headed name after "عن" in a split, and the relations of allegiance
written verb first."""

from __future__ import annotations

import pytest

from arabnews import Pipeline
from arabnews.extract.groups.matcher import discovered_id
from arabnews.lang.ar import lookup_key


@pytest.fixture(scope="module")
def nlp():
    return Pipeline(["groups", "relations"])


def _groups(nlp, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(text)
    for g in doc.groups:
        assert text[g.start:g.end] == g.text
    return [(g.text, g.id) for g in doc.groups]


# -- "طالبان": two students before an agreeing dual adjective or an institution of study; else the Taliban
DUAL_NOUN = [
    # ANT (a Canadian university; a list of the injured)
    ("وقال إن طالبان بجامعة لافال تعرضا للاعتداء.", []),
    ("أصيب خمسة أشخاص ( طالبان جامعيان وسيدة وطفلة) في الحادث.", []),
    ("وقال طالبان تونسيان إنهما غادرا البلاد.", []),
    ("واعتقلت الشرطة طالبان آخران في المدينة.", []),
    ("وكان طالبان في جامعة القاهرة بين المصابين.", []),
    # neighbours: the Taliban
    ("وقالت طالبان في أفغانستان إنها ستواصل القتال.", [("طالبان", "taliban")]),
    ("وهاجمت حركة طالبان باكستان مدرسة في بيشاور.", [("حركة طالبان باكستان", "ttp")]),
    ("قالت طالبان إنها قتلت عشرة جنود.", [("طالبان", "taliban")]),
    ("وأعلنت طالبان الأفغانية مسؤوليتها عن الهجوم.", [("طالبان الأفغانية", "taliban")]),
]


@pytest.mark.parametrize(("text", "expected"), DUAL_NOUN)
def test_dual_common_noun(nlp, text, expected):
    assert _groups(nlp, text) == expected


# -- a short name joined by و to a name after a dual head is headed too
DUAL_HEAD = [
    ("وعقد رئيسا حزبي النهضة والنداء اجتماعا في تونس.", [("النهضة", "ennahda"), ("النداء", "nidaa-tounes")]),
    ("وانتقد قياديو حركتي النهضة والنداء القرار.", [("النهضة", "ennahda"), ("النداء", "nidaa-tounes")]),
    ("وتحالف حزبا النهضة ونداء تونس في الحكومة.", [("النهضة", "ennahda"), ("نداء تونس", "nidaa-tounes")]),
    # neighbours: a single head governs one name; a bare short name without the full name is no group
    ("وقال رئيس حزب النهضة إن النداء سيقرر.", [("النهضة", "ennahda")]),
    ("وعقد حزب النهضة والنداء اجتماعا.", [("النهضة", "ennahda")]),
]


@pytest.mark.parametrize(("text", "expected"), DUAL_HEAD)
def test_conjunct_of_a_dual_head(nlp, text, expected):
    assert _groups(nlp, text) == expected


LIBERATION = discovered_id(lookup_key("جبهة التحرير"))

# -- a short name that begins with a trigger, the group never named in full: the group in a document of its
# country, else a discovered group (as the trigger finds it)
SHORT_TRIGGER = [
    ("وقالت جبهة التحرير في بيان إنها ترفض الانتخابات.", [("جبهة التحرير", LIBERATION)]),
    ("وقالت جبهة التحرير في بيان إنها ترفض الانتخابات التشريعية في الجزائر.", [("جبهة التحرير", "fln-algeria")]),
    ("وقالت جبهة التحرير إن حركة مجتمع السلم ترفض الانتخابات.",
     [("جبهة التحرير", "fln-algeria"), ("حركة مجتمع السلم", "msp-algeria")]),
    ("وفاز حزب جبهة التحرير الوطني وقالت جبهة التحرير إنها ستشكل الحكومة.",
     [("حزب جبهة التحرير الوطني", "fln-algeria"), ("جبهة التحرير", "fln-algeria")]),
    # neighbour: a short name without a trigger stays no group
    ("وقالت النهضة إنها ترفض الانتخابات.", []),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_TRIGGER)
def test_short_name_with_a_trigger(nlp, text, expected):
    assert _groups(nlp, text) == expected


def test_short_name_discovered_kind(nlp):
    (g,) = nlp("وقالت جبهة التحرير في بيان إنها ترفض الانتخابات.").groups
    assert (g.source, g.kind, g.attrs["trigger"]) == ("pattern", "front", "جبهة")


# -- "حزب العمال" by the document's country: North Korea's too
WORKERS = [
    ("وقالت وكالة الأنباء الكورية الشمالية إن حزب العمال عقد اجتماعا في بيونغ يانغ.", [("حزب العمال", "wpk")]),
    ("وقال زعيم حزب العمال جيريمي كوربن في لندن إن بريطانيا ستبقى.", [("حزب العمال", "uk-labour-party")]),
    ("وقال حزب العمال إنه سيقاطع الانتخابات في تونس.", [("حزب العمال", "workers-party-tunisia")]),
]


@pytest.mark.parametrize(("text", "expected"), WORKERS)
def test_workers_party_by_country(nlp, text, expected):
    assert _groups(nlp, text) == expected


# -- "حكومة الإنقاذ": Libya's (Tripoli, 2014–2017), Yemen's (Sanaa) or Syria's (Idlib) by the document's places
SALVATION = [
    # ANT (Tripoli, 2017)
    ("وتسيطر قوات موالية لحكومة الإنقاذ على قصور الضيافة في طرابلس.", [("حكومة الإنقاذ", "nsg-libya")]),
    ("وأعلنت حكومة الإنقاذ في صنعاء بقيادة الحوثيين قرارا جديدا.",
     [("حكومة الإنقاذ", "nsg-yemen"), ("الحوثيين", "houthis")]),
    ("وقالت حكومة الإنقاذ في إدلب إنها ستفتح المعابر.", [("حكومة الإنقاذ", "syrian-salvation-government")]),
]


@pytest.mark.parametrize(("text", "expected"), SALVATION)
def test_salvation_government_by_country(nlp, text, expected):
    assert _groups(nlp, text) == expected


# -- a headed name after "عن" in a split
SPLIT = [
    ("انشقت جبهة فتح الشام عن القاعدة.", [("جبهة فتح الشام", "jabhat-al-nusra"), ("القاعدة", "al-qaeda")]),
    ("وكانت الفصائل المنشقة عن القاعدة قد هاجمت المدينة.", [("القاعدة", "al-qaeda")]),
    # neighbours: no split, or a definite word after the name
    ("وانفصلت الطائرة عن القاعدة العسكرية.", []),
    ("وتحدث رئيس حركة النهضة عن الشباب والتشغيل.", [("حركة النهضة", "ennahda")]),
    ("وابتعد الجنود عن القاعدة.", []),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT)
def test_headed_name_after_a_split(nlp, text, expected):
    assert _groups(nlp, text) == expected


def _rels(nlp, text):
    doc = nlp(text)
    relations = doc.layers.get("relations") or []
    for r in relations:
        assert doc.text[r.start:r.end] == r.text
    return [(r.type, r.head, r.tail, r.cue) for r in relations]


RELATIONS = [
    ("بايعت جماعة بوكو حرام تنظيم داعش.", [("member_of", "boko-haram", "isis", "بايعت")]),
    ("وبايع تنظيم أنصار بيت المقدس تنظيم داعش.", [("member_of", "wilayat-sinai", "isis", "بايع")]),
    ("جماعة بوكو حرام بايعت تنظيم داعش العام الماضي.", [("member_of", "boko-haram", "isis", "بايعت")]),
    ("وقال إن جماعة بوكو حرام ، التي بايعت داعش العام الماضي، هاجمت القرية.",
     [("member_of", "boko-haram", "isis", "بايعت")]),
    ("اشتبكت قوات الدعم السريع مع الجيش السوداني في الخرطوم.",
     [("fights", "rapid-support-forces", "sudanese-armed-forces", "اشتبكت")]),
    ("انشقت جبهة فتح الشام عن القاعدة.", [("split_from", "jabhat-al-nusra", "al-qaeda", "انشقت")]),
    # the noun of a pledge or a split after its subject, the verb before it: "أعلنت X ولاءها لـY", "فك ارتباطها بـY"
    ("وأعلنت ولاية غرب أفريقيا ولاءها لتنظيم داعش.", [("member_of", "iswap", "isis", "ولاءها ل")]),
    ("وجددت جماعة بوكو حرام ولاءها لتنظيم داعش.", [("member_of", "boko-haram", "isis", "ولاءها ل")]),
    ("أعلنت جبهة النصرة فك ارتباطها بتنظيم القاعدة.",
     [("split_from", "jabhat-al-nusra", "al-qaeda", "فك ارتباطها ب")]),
    # neighbours: a denied link is no split; a comma without a relative pronoun parts the subject from the verb;
    # no object group
    ("ونفت جبهة النصرة ارتباطها بتنظيم القاعدة.", []),
    # a negation right before the cue denies the relation (ANT: "النداء الأصلي غير متحالف مع النهضة")
    ("وقال إن حركة نداء تونس غير متحالفة مع حركة النهضة.", []),
    ("ولم تنضم حركة نور الدين الزنكي إلى هيئة تحرير الشام.", []),
    ("وانضمت حركة نور الدين الزنكي إلى هيئة تحرير الشام.",
     [("member_of", "nour-al-din-al-zenki", "hayat-tahrir-al-sham", "انضمت")]),
    ("وحركة نداء تونس المتحالفة مع حركة النهضة.", [("ally", "nidaa-tounes", "ennahda", "المتحالفة مع")]),
    # the noun of a force right before an indefinite participle is its subject, not the group before it (ANT)
    ("بعد مهاجمة مجموعة محسوبة على حكومة الإنقاذ مجمع قصور الضيافة الذي تسيطر عليه وحدات تابعة لحكومة الوفاق "
     "الوطني في طرابلس.", []),
    # neighbours: a pronoun names the group; the participle with the article; a clause of its own
    ("وقالت قوات الدعم السريع، وهي قوات تابعة للجيش السوداني، إنها سيطرت على المدينة.",
     [("member_of", "rapid-support-forces", "sudanese-armed-forces", "تابعة ل")]),
    # (and, since session 25, the fight past the participle phrase)
    ("وقاتلت وحدات حماية الشعب التابعة لقوات سوريا الديمقراطية تنظيم داعش.",
     [("fights", "ypg", "isis", "قاتلت"), ("member_of", "ypg", "syrian-democratic-forces", "التابعة ل")]),
    ("وقالت حركة حسم التي تتهمها السلطات بأنها تابعة لجماعة الإخوان المسلمين إنها نفذت الهجوم.",
     [("member_of", "hasm-movement", "muslim-brotherhood", "تابعة ل")]),
    ("وقال إن جماعة بوكو حرام، بايعت داعش.", []),
    ("بايعت جماعة بوكو حرام زعيمها الجديد.", []),
]


@pytest.mark.parametrize(("text", "expected"), RELATIONS)
def test_relations_of_registry_groups(nlp, text, expected):
    assert _rels(nlp, text) == expected
