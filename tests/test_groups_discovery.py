"""Discovery of groups missing from the registry (issue #19): the whole genitive chain after a trigger
noun, names that must stop (a verb, a preposition, a place nisba, a number, punctuation), every trigger
with proclitics, and the stable "disc-" id shared by every mention."""

from __future__ import annotations

import pytest

from arabnews import Pipeline
from arabnews.extract.groups.matcher import discovered_id
from arabnews.lang.ar import lookup_key


@pytest.fixture(scope="module")
def nlp():
    return Pipeline(["groups"])


def discovered(nlp, text):
    doc = nlp(text)
    out = []
    for g in doc.groups:
        assert doc.text[g.start:g.end] == g.text
        if g.source == "pattern":
            assert g.id == discovered_id(g.attrs["key"])
        out.append((g.text, g.source))
    return out


# (sentence, the discovered span) — long names are taken whole.
LONG = [
    ("قتل عنصران من ميليشيا لواء الإمام الصادق في دمشق", "لواء الإمام الصادق"),
    ("هاجمت سرايا أنصار العقيدة الحاجز", "سرايا أنصار العقيدة"),
    ("هاجم لواء عمر بن الخطاب الحاجز", "لواء عمر بن الخطاب"),
    ("قاتلت كتيبة الشهيد أبو بكر الصديق هناك", "كتيبة الشهيد أبو بكر الصديق"),
    ("تبنت كتائب الشهيد صلاح الدين الأيوبي الهجوم", "كتائب الشهيد صلاح الدين الأيوبي"),
    ("انشق لواء شهداء بدر عن الجيش", "لواء شهداء بدر"),
    ("انضم لواء أحرار حوران إلى المعركة", "لواء أحرار حوران"),
    ("هاجمت كتيبة صقور الغاب يقودها أحمد", "كتيبة صقور الغاب"),
    ("أعلن فيلق الإمام المهدي مقتل قائده", "فيلق الإمام المهدي"),
    ("قصفت عصائب الشيخ أحمد الياسين المستوطنة", "عصائب الشيخ أحمد الياسين"),
    ("نفى لواء سيف الله المسلول الاتهامات", "لواء سيف الله المسلول"),
    ("شارك لواء الفتح الإسلامي في الهجوم", "لواء الفتح الإسلامي"),
    ("انسحبت ألوية صقور الجبل من المدينة", "ألوية صقور الجبل"),
    ("ظهرت جبهة ثوار الساحل الجديدة", "جبهة ثوار الساحل"),
    ("قاتل جيش الإمام الحسين بن علي هناك", "جيش الإمام الحسين بن علي"),
    ("أعلنت فرقة \"الصقور\" النفير", "فرقة \"الصقور\""),
    ("هاجمت مليشيا لواء الإمام الكاظم القرية", "لواء الإمام الكاظم"),
    # a party's name of two nouns joined by و
    ("قال حزب الأصالة والمعاصرة في بيان", "حزب الأصالة والمعاصرة"),
    ("أعلن حزب البناء والتنمية فوزه في الانتخابات", "حزب البناء والتنمية"),
]


@pytest.mark.parametrize(("text", "span"), LONG, ids=[c[1] for c in LONG])
def test_long_names(nlp, text, span):
    assert discovered(nlp, text) == [(span, "pattern")]


# Names that must stop: a verb, a preposition, a place nisba (kept in the span, not in the name),
# a number, punctuation, a participle.
STOP = [
    ("تقدم لواء الفجر يسيطر على البلدة", "لواء الفجر", "لواء الفجر"),  # imperfect verb
    ("تقدم لواء الفجر سيطر على البلدة", "لواء الفجر", "لواء الفجر"),  # past verb
    ("تقدم لواء الفجر في ريف حلب", "لواء الفجر", "لواء الفجر"),  # preposition
    ("تقدم لواء الفجر بالمدينة", "لواء الفجر", "لواء الفجر"),  # preposition with article
    ("تقدم لواء الفجر، وانسحب", "لواء الفجر", "لواء الفجر"),  # punctuation
    ("تقدم لواء الفجر 5 كيلومترات", "لواء الفجر", "لواء الفجر"),  # number
    ("قاتل لواء الفجر السوري هناك", "لواء الفجر السوري", "لواء الفجر"),  # a country's nisba
    ("قاتلت كتيبة الصواعق الفلسطينية هناك", "كتيبة الصواعق الفلسطينية", "كتيبة الصواعق"),
    ("قاتلت كتيبة الصواعق التابعة للفصائل", "كتيبة الصواعق", "كتيبة الصواعق"),  # participle
    ("قاتلت كتيبة الصواعق المدعومة من تركيا", "كتيبة الصواعق", "كتيبة الصواعق"),
    ("هاجم لواء الإمام الصادق الحاجز", "لواء الإمام الصادق", "لواء الإمام الصادق"),  # not "… الحاجز"
    ("هاجم جيش المختار اليوم الحاجز", "جيش المختار", "جيش المختار"),
    ("دخلت قوات ملك أراجون وبصحبته الجند", "قوات ملك أراجون", "قوات ملك أراجون"),  # a new phrase with و
    ("صوت نواب حزب صوت فلاحين بمجلس نواب الشعب", "حزب صوت فلاحين", "حزب صوت فلاحين"),  # a place noun with ب
    ("اجتمع حزب الكرامة والقوى الوطنية", "حزب الكرامة", "حزب الكرامة"),  # و + a phrase of its own
    ("وقال حزب الأمل والفصائل في بيان", "حزب الأمل", "حزب الأمل"),  # و + a group word
]


@pytest.mark.parametrize(("text", "span", "name"), STOP, ids=[c[0] for c in STOP])
def test_names_stop(nlp, text, span, name):
    doc = nlp(text)
    (g,) = [g for g in doc.groups if g.source == "pattern"]
    assert (g.text, lookup_key(g.name)) == (span, lookup_key(name))
    assert g.id == discovered_id(lookup_key(name))


NOT_GROUPS = [
    "قوات كبيرة انتشرت في المدينة",
    "لواء يقاتل في الشمال",
    "انتشرت قوات الأمن في الشوارع",
    "حركة السير طبيعية",
    "قال أنصار الرئيس إنهم سيتظاهرون",
    "جيش من المتطوعين",
    "شاركت قوات خاصة في العملية",
    "تحالف دولي يقصف",
    "قالت جبهة معارضة أخرى إنها",
    "انتشرت قوات بجزيرة غوتلاند الواقعة في البحر",
    "وصلت قوات لحفظ السلام إلى المدينة",
    "أحكام بالسجن ضد تنظيم \"إخواني\" في البلاد",
    "أعلن تحالف لزعماء الميليشيات",
    "اشتبكت مليشيات مرتبطة بأحزاب سياسية",
]


@pytest.mark.parametrize("text", NOT_GROUPS)
def test_not_discovered(nlp, text):
    assert [g for g in nlp(text).groups if g.source == "pattern"] == []


TRIGGERS = ["لواء", "كتيبة", "كتائب", "سرايا", "جيش", "جبهة", "فيلق", "عصائب", "ألوية", "فرقة"]
CLITICS = ["", "و", "ف", "ب", "ل", "ك", "وب", "ول"]


@pytest.mark.parametrize("trigger", TRIGGERS)
@pytest.mark.parametrize("clitic", CLITICS)
def test_every_trigger_with_clitics(nlp, trigger, clitic):
    quoted = trigger in ("فرقة",)  # a common noun: only a quoted name follows it
    name = "\"أحرار الجنوب\"" if quoted else "أحرار الجنوب"
    text = f"أعلن المتحدث {clitic}{trigger} {name} في بيان"
    if clitic == "ل" and trigger == "لواء":
        text = f"أعلن المتحدث للواء {name} في بيان"
    doc = nlp(text)
    (g,) = doc.groups
    assert g.text == f"{trigger} {name}"
    assert g.source == "pattern"


def test_one_id_across_mentions_and_documents(nlp):
    a = nlp("هاجم لواء الإمام الصادق الحاجز، ثم انسحب مقاتلو للواء الإمام الصادق.")
    b = nlp("أعلن \"لواء الإمام الصادق\" مقتل قائده")
    ids = {g.id for g in a.groups} | {g.id for g in b.groups}
    assert len(a.groups) == 2 and len(b.groups) == 1
    assert ids == {discovered_id(lookup_key("لواء الإمام الصادق"))}
    other = nlp("هاجم لواء الإمام الكاظم الحاجز").groups[0].id
    assert other not in ids and other.startswith("disc-")
