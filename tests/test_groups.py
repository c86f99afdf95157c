"""The groups stage: registry names with their aliases, clitics and spelling variants, generic heads,
nisba adjectives, discovered groups, the seed article, offsets, speed."""

from __future__ import annotations

from pathlib import Path

import pytest

from arabnews import Pipeline
from arabnews.document import Document, Region
from arabnews.extract.groups import find_groups, load_registry
from arabnews.extract.groups.matcher import discovered_id

SEED = Path(__file__).resolve().parents[1] / "examples" / "article.txt"  # the seed, as shipped


@pytest.fixture(scope="module")
def nlp():
    return Pipeline(["groups"])


def found(nlp, text):
    """(text, id) of every group; a discovered group's id (checked to be its stable "disc-" id) is None."""
    doc = nlp(text)
    out = []
    for g in doc.groups:
        assert doc.text[g.start:g.end] == g.text
        if g.source == "pattern":
            assert g.id == discovered_id(g.attrs["key"])
            out.append((g.text, None))
        else:
            out.append((g.text, g.id))
    return out


# (sentence, [(span text, id)]) — id None for groups discovered by a trigger noun.
CASES = [
    # --- one group, many names
    ("سيطرت قوات سوريا الديمقراطية على القرية", [("قوات سوريا الديمقراطية", "syrian-democratic-forces")]),
    ("قالت قسد إنها صدت الهجوم", [("قسد", "syrian-democratic-forces")]),
    ("انسحبت قوات سورية الديمقراطية من الحي", [("قوات سورية الديمقراطية", "syrian-democratic-forces")]),
    ("تبنى تنظيم الدولة الإسلامية الهجوم", [("تنظيم الدولة الإسلامية", "isis")]),
    ("أعلن تنظيم الدولة مسؤوليته", [("تنظيم الدولة", "isis")]),
    ("هاجم عناصر داعش الحاجز", [("داعش", "isis")]),
    ("قصفت قوات النظام المدينة", [("قوات النظام", "syrian-government-forces")]),
    ("تقدمت ميليشيا أسد نحو البلدة", [("ميليشيا أسد", "syrian-government-forces")]),
    ("أعلن الجيش العربي السوري السيطرة على التلة", [("الجيش العربي السوري", "syrian-government-forces")]),
    ("اشتبكت قوات الأسد مع المقاتلين", [("قوات الأسد", "syrian-government-forces")]),
    ("شارك الحرس الثوري الإيراني في المعركة", [("الحرس الثوري الإيراني", "irgc")]),
    ("وصل مستشارون من الحرس الثوري", [("الحرس الثوري", "irgc")]),
    ("أطلقت حماس صواريخ", [("حماس", "hamas")]),
    ("قالت كتائب القسام إنها استهدفت دبابة", [("كتائب القسام", "qassam-brigades")]),
    ("تبنت كتائب عز الدين القسام العملية", [("كتائب عز الدين القسام", "qassam-brigades")]),
    ("أعلنت سرايا القدس قصف المستوطنات", [("سرايا القدس", "saraya-al-quds")]),
    ("هاجمت جماعة أنصار الله سفينة", [("جماعة أنصار الله", "houthis")]),
    ("قال الحوثيون إنهم أسقطوا طائرة", [("الحوثيون", "houthis")]),
    ("شنت قوات الدعم السريع هجوما على الفاشر", [("قوات الدعم السريع", "rapid-support-forces")]),
    ("اتهم الجيش السوداني الدعم السريع بقصف الأحياء",
     [("الجيش السوداني", "sudanese-armed-forces"), ("الدعم السريع", "rapid-support-forces")]),
    ("قاتلت هيئة تحرير الشام جبهة النصرة سابقا",
     [("هيئة تحرير الشام", "hayat-tahrir-al-sham"), ("جبهة النصرة", "jabhat-al-nusra")]),
    ("دخلت الحشد الشعبي إلى المدينة", [("الحشد الشعبي", "popular-mobilization-forces")]),
    ("انضم مقاتلو عصائب أهل الحق إلى المعركة", [("عصائب أهل الحق", "asaib-ahl-al-haq")]),
    ("سيطرت قوات حفتر على الميناء", [("قوات حفتر", "libyan-national-army")]),
    ("تقدم الجيش الوطني الليبي نحو طرابلس", [("الجيش الوطني الليبي", "libyan-national-army")]),
    ("قصفت البيشمركة مواقع التنظيم", [("البيشمركة", "peshmerga")]),
    ("هاجمت وحدات حماية الشعب الكردية القرية", [("وحدات حماية الشعب الكردية", "ypg")]),
    ("أعلن حزب العمال الكردستاني حل نفسه", [("حزب العمال الكردستاني", "pkk")]),
    # (Syria's, in a document that points to Syria; elsewhere another army's 4th Division: test_groups_families20)
    ("أعلنت الفرقة الرابعة الاستنفار في دمشق", [("الفرقة الرابعة", "fourth-division")]),
    ("أعلنت الفرقة الرابعة الاستنفار", [("الفرقة الرابعة", None)]),
    ("قتل عنصران من لواء فاطميون الأفغاني", [("لواء فاطميون الأفغاني", "liwa-fatemiyoun")]),
    # --- longest name wins
    ("قصفت كتائب حزب الله مواقع أمريكية", [("كتائب حزب الله", "kataib-hezbollah")]),
    ("دعم حزب الله العراقي الحكومة", [("حزب الله العراقي", "kataib-hezbollah")]),
    ("تقاتل الجيش السوري الحر مع داعش", [("الجيش السوري الحر", "free-syrian-army"), ("داعش", "isis")]),
    # --- clitics: outside the span
    ("تعرضت مواقع لحماس للقصف", [("حماس", "hamas")]),
    ("اشتبك عناصر من جيش الإسلام وجيش الإسلام", [("جيش الإسلام", "jaysh-al-islam"), ("جيش الإسلام", "jaysh-al-islam")]),
    ("تابع لجبهة النصرة", [("جبهة النصرة", "jabhat-al-nusra")]),
    ("انضم عشرات لـ(حزب العمال الكردستاني)", [("حزب العمال الكردستاني", "pkk")]),
    ("انضم مقاتلون للحشد الشعبي", [("حشد الشعبي", "popular-mobilization-forces")]),
    ("قاتلوا بجانب حزب الله وبحزب الله", [("حزب الله", "hezbollah"), ("حزب الله", "hezbollah")]),
    ("ضربات ضد داعش فداعش يتراجع", [("داعش", "isis"), ("داعش", "isis")]),
    ("وكقسد فعلت الفصائل", [("قسد", "syrian-democratic-forces")]),
    # --- a proclitic and a short name that spell a word: "وفدا" is a delegation, not و + فدا
    ("واستقبل الرئيس وفدا من الاتحاد الأوروبي", []),
    ("قال حزب فدا إن", [("حزب فدا", "fida")]),
    ("وصل الدعم للحوثيين من إيران", [("حوثيين", "houthis")]),
    # --- generic heads outside the span
    ("قالت حركة حماس في بيان", [("حماس", "hamas")]),
    ("أعلنت لحركة حماس الولاء", [("حماس", "hamas")]),
    ("قتل قيادي في ميليشيا حزب الله", [("حزب الله", "hezbollah")]),
    ("تبنت جماعة الحوثيين الهجوم", [("جماعة الحوثيين", "houthis")]),
    # --- spelling: hamza/alef, ta marbuta, alef maqsura, diacritics, tatweel
    ("تبنى تنظيم الدولة الاسلامية الهجوم", [("تنظيم الدولة الاسلامية", "isis")]),
    ("تبنى تنظيم الدوله الإسلاميه الهجوم", [("تنظيم الدوله الإسلاميه", "isis")]),
    ("قاتل لواء ابو الفضل العباس هناك", [("لواء ابو الفضل العباس", "liwa-abu-al-fadl-al-abbas")]),
    ("أعلنت حَرَكَةُ حَمَاس النفير", [("حَمَاس", "hamas")]),
    ("قصف حـــزب الله المستوطنة", [("حـــزب الله", "hezbollah")]),
    ("هاجم مقاتلو جند الاقصى الحاجز", [("جند الاقصى", "jund-al-aqsa")]),
    ("انتشرت مليشيات أسد في الحي", [("مليشيات أسد", "syrian-government-forces")]),
    # --- nisba adjectives inside the span
    ("شارك حزب الله اللبناني في المعارك", [("حزب الله اللبناني", "hezbollah")]),
    ("انتشلت ميليشيا لواء القدس الفلسطيني الجثث", [("لواء القدس الفلسطيني", "liwa-al-quds")]),
    ("قتل عنصر من حركة حماس الفلسطينية", [("حماس الفلسطينية", "hamas")]),
    # --- collectives
    ("قصفت فصائل المعارضة مواقع للنظام", [("فصائل المعارضة", "syrian-opposition-factions")]),
    ("تنتشر الميليشيات الإيرانية في البادية", [("الميليشيات الإيرانية", "iran-backed-militias")]),
    ("ساندتها الميليشيات الرديفة", [("الميليشيات الرديفة", "pro-government-auxiliaries")]),
    ("قتل عناصر من الميليشيات الموالية لإيران", [("الميليشيات الموالية لإيران", "iran-backed-militias")]),
    ("قصف الاحتلال الروسي المدينة", [("الاحتلال الروسي", "russian-forces")]),
    ("أغار الطيران الروسي على إدلب", [("الطيران الروسي", "russian-forces")]),
    # --- discovery by trigger noun
    ("فجر لواء الفجر مبنى", [("لواء الفجر", None)]),
    ("أعلنت كتيبة الصواعق انضمامها", [("كتيبة الصواعق", None)]),
    ("هاجم فيلق المدافعين الحاجز", [("فيلق المدافعين", None)]),
    ("تشكل جيش الأحرار في الشمال", [("جيش الأحرار", None)]),
    ("أعلنت غرفة عمليات رد الطغيان بدء المعركة", [("غرفة عمليات رد الطغيان", None)]),
    ("انضم عناصر لواء صقور حوران إلى المعركة", [("لواء صقور حوران", None)]),
    ("قاتلت كتيبة أبو بكر الصديق هناك", [("كتيبة أبو بكر الصديق", None)]),
    ("أعلن فصيل \"أسود الشرقية\" انسحابه", [("فصيل \"أسود الشرقية\"", None)]),
    ("وأعلنت ولواء الفتح الإسلامي مشاركته", [("لواء الفتح الإسلامي", None)]),
    # --- not groups
    ("قال اللواء محمد الأحمد إن الوضع مستقر", []),
    ("عين ضابط برتبة لواء في القيادة", []),
    ("انتشرت قوات الأمن في الشوارع", []),
    ("تشهد المدينة حركة السير الطبيعية", []),
    ("يعمل تنظيم المهرجان على الإعداد", []),
    ("شاركت قوات خاصة في العملية", []),
    ("قال جيش الاحتلال إنه قصف المبنى", [("جيش الاحتلال", "israeli-forces")]),
    ("فتح المعبر أمام المسافرين", []),
    ("قال أمل الجميع أن تتوقف الحرب", []),
    ("قصفت القاعدة الجوية", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:30] for c in CASES])
def test_sentences(nlp, text, expected):
    assert found(nlp, text) == expected


def test_at_least_sixty_sentences():
    assert len(CASES) >= 60


def test_span_fields_and_attrs(nlp):
    doc = nlp("انتشلت ميليشيا لواء القدس الفلسطيني جثث مقاتليها")
    (g,) = doc.groups
    assert (g.id, g.name, g.kind, g.source) == ("liwa-al-quds", "Liwa al-Quds", "militia", "registry")
    assert g.attrs["head"] == "ميليشيا"
    assert doc.text[g.attrs["head_start"]:g.attrs["head_end"]] == "ميليشيا"
    assert g.attrs["name_ar"] == "لواء القدس"
    assert g.attrs["country"] == "Syria"
    d = g.to_dict()
    assert {"start", "end", "text", "id", "name", "kind"} <= set(d)


def test_discovered_span_fields(nlp):
    doc = nlp("وكان فصيل لواء الفجر التابع لفصائل المعارضة أعلن التفجير")
    disc = [g for g in doc.groups if g.source == "pattern"]
    (g,) = disc
    assert (g.text, g.kind, g.source, g.name) == ("لواء الفجر", "brigade", "pattern", "لواء الفجر")
    assert g.attrs["head"] == "فصيل"
    assert g.attrs["key"] == "لواء الفجر"
    # issue #19: a discovered group has a stable id derived from its folded name
    assert [x.id for x in doc.groups] == [discovered_id("لواء الفجر"), "syrian-opposition-factions"]


def test_quoted_nisba_recorded(nlp):
    doc = nlp('يتحصن بها مقاتلو "لواء القدس" الفلسطيني في حي')
    (g,) = doc.groups
    assert g.text == "لواء القدس"
    assert g.attrs["nisba"] == "الفلسطيني"


def test_operations_room_head(nlp):
    doc = nlp('بالتنسيق مع غرفة عمليات "فتح حلب"، من خلال حفر نفق')
    (g,) = doc.groups
    assert (g.text, g.id, g.kind) == ("فتح حلب", "fatah-halab", "operations room")
    assert g.attrs["head"] == "غرفة عمليات"


def test_context_unit(nlp):
    with_context = nlp("أعلن لواء القدس أن قوات النخبة شاركت")
    assert [g.id for g in with_context.groups] == ["liwa-al-quds", "liwa-al-quds-elite"]
    assert with_context.groups[1].attrs["parent"] == "liwa-al-quds"
    without = nlp("شاركت قوات النخبة في العرض")
    assert [g.id for g in without.groups] == []


def test_offsets_with_marks_and_crlf(nlp):
    text = "قصفت\r\nقواتُ النظامِ   مواقعَ لِـحَمَاس"
    doc = nlp(text)
    assert [(g.text, g.id) for g in doc.groups] == [("قواتُ النظامِ", "syrian-government-forces"),
                                                   ("حَمَاس", "hamas")]


# --- the seed article ------------------------------------------------------------------------
@pytest.fixture(scope="module")
def seed(nlp):
    return nlp(SEED.read_text(encoding="utf-8"))


def test_seed_liwa_al_quds_one_id(seed):
    quds = [g for g in seed.groups if "القدس" in g.text]
    assert len(quds) >= 9
    assert {g.id for g in quds} == {"liwa-al-quds"}
    assert "لواء القدس الفلسطيني" in {g.text for g in quds}
    assert "مليشيات" in {g.attrs.get("head") for g in quds}


def test_seed_all_actors(seed):
    by_text = {}
    for g in seed.groups:
        by_text.setdefault(g.text, set()).add(g.id)
        assert seed.text[g.start:g.end] == g.text
    assert by_text["ميليشيا أسد"] == {"syrian-government-forces"}
    assert by_text["لواء الفجر"] == {discovered_id("لواء الفجر")}  # issue #19: stable id, was None
    assert by_text["فتح حلب"] == {"fatah-halab"}
    assert by_text["فصائل المعارضة"] == {"syrian-opposition-factions"}
    assert by_text["الميليشيات الإيرانية"] == {"iran-backed-militias"}
    assert by_text["قوات النخبة"] == {"liwa-al-quds-elite"}
    assert by_text["الاحتلال الروسي"] == {"russian-forces"}
    assert by_text["نظام الملالي"] == {"iranian-government"}
    fajr = [g for g in seed.groups if g.text == "لواء الفجر"]
    assert len(fajr) == 2 and all(g.kind == "brigade" and g.source == "pattern" for g in fajr)
    assert sum(g.text == "ميليشيا أسد" for g in seed.groups) == 6


def test_seed_fajr_and_quds_distinct(seed):
    fajr = {g.id for g in seed.groups if g.text == "لواء الفجر"}
    quds = {g.id for g in seed.groups if g.text.startswith("لواء القدس")}
    assert fajr.isdisjoint(quds)


# --- regions, extension, robustness, speed ---------------------------------------------------
def test_regions_and_part():
    doc = Document("حماس قالت. وقسد ردت.")
    doc.regions = [Region(11, len(doc.text), "comment")]
    spans = find_groups(doc, load_registry())
    assert [(g.text, g.part) for g in spans] == [("قسد", "comment")]


def test_user_registry_through_pipeline():
    extra = [{"id": "liwa-al-fajr", "name_ar": "لواء الفجر", "kind": "rebel faction", "country": "Syria"}]
    doc = Pipeline(["groups"], groups=extra)("فجر لواء الفجر مبنى يتحصن فيه لواء القدس")
    assert [(g.text, g.id, g.source) for g in doc.groups] == [("لواء الفجر", "liwa-al-fajr", "registry"),
                                                              ("لواء القدس", "liwa-al-quds", "registry")]


@pytest.mark.parametrize("text", ["", "   ", "لواء", "لواء لواء لواء", "ال" * 500, "\"" * 300, "حزب " * 2000,
                                  "داعش" + "ـ" * 1000, "x" * 10000])
def test_robust(nlp, text):
    doc = nlp(text)
    for g in doc.groups:
        assert doc.text[g.start:g.end] == g.text


def test_long_text(nlp, no_hang):
    text = SEED.read_text(encoding="utf-8") * 100
    stage = nlp.get("groups")
    doc = nlp.make_doc(text)
    with no_hang():
        stage(doc)
    assert len(doc.groups) > 100


@pytest.mark.parametrize(("text", "gid"), [
    # ANT: a name two groups share goes to the group of the country the document's places point to
    ("تمكنت الوحدات الأمنية بسوسة من ايقاف شاب بتهمة الانتماء لتيار أنصار الشريعة المحظور",
     "ansar-al-sharia-tunisia"),
    ("منوبة : الكشف عن خلية إرهابية تابعة لتنظيم \"أنصار الشريعة\" بالجهة", "ansar-al-sharia-tunisia"),
    ("وتبنى التنظيم الجهادي التونسي أنصار الشريعة الهجوم", "ansar-al-sharia-tunisia"),
    ("اشتباكات عنيفة في بنغازي بين الجيش الليبي وأنصار الشريعة", "ansar-al-sharia-libya"),
    ("اشتباكات عنيفة في عدن بين القوات اليمنية وأنصار الشريعة", "ansar-al-sharia-yemen"),
    # no place: the registry's first
    ("أصدر تنظيم أنصار الشريعة بيانا", "ansar-al-sharia-libya"),
])
def test_a_shared_name_goes_to_the_group_of_the_documents_country(text: str, gid: str) -> None:
    groups = Pipeline(["groups"])(text).to_dict()["groups"]
    found = [g for g in groups if "أنصار الشريعة" in g["text"]]
    assert [g["id"] for g in found] == [gid]



@pytest.mark.parametrize(("text", "found"), [
    # "الجبهة الشعبية" alone: Tunisia's Popular Front in Tunisian news, the PFLP in Palestinian news
    ("أو اتهام الجبهة الشعبية بتحريك الاحتجاجات آخرها التي جدت في قرقنة",
     [("الجبهة الشعبية", "popular-front-tunisia")]),
    ("قالت الجبهة الشعبية إن قوات الاحتلال اعتقلت قياديا من رام الله",
     [("الجبهة الشعبية", "pflp")]),
    ("وأكدت الجبهة الشعبية لتحرير فلسطين في بيان أن", [("الجبهة الشعبية لتحرير فلسطين", "pflp")]),
    # no place word: the country of the other groups the text names
    ("للمنتمين الى الجبهة الشعبية وحزب الوطنيين الديمقراطيين الموحد خصوصا",
     [("الجبهة الشعبية", "popular-front-tunisia"), ("حزب الوطنيين الديمقراطيين الموحد", "al-watad-tunisia")]),
    ("ودعت الجبهة الشعبية وحركة حماس إلى الوحدة", [("الجبهة الشعبية", "pflp"), ("حماس", "hamas")]),
    # the Tunisian labour union by its short names
    ("وقال الأمين العام لاتحاد الشغل نور الدين الطبوبي إن المفاوضات متواصلة", [("اتحاد الشغل", "ugtt")]),
    ("أعلن الاتحاد العام للشغل عن إضراب عام", [("الاتحاد العام للشغل", "ugtt")]),
    ("أعلن الاتحاد العام التونسي للشغل عن إضراب عام", [("الاتحاد العام التونسي للشغل", "ugtt")]),
])
def test_tunisian_names_by_their_short_forms(text: str, found: list[tuple[str, str]]) -> None:
    doc = Pipeline(["groups"])(text)
    assert [(g.text, g.id) for g in doc.groups if g.source == "registry"] == found
