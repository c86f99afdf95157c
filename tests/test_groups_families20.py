"""Groups and relations, session 20: military units named by a number or an ordinal, Syria's 4th Division by
country, the presidential guards, Sudan's salvation regime, South Korea's votes, and split/fight relations
with the verb before its subject or between the two groups."""

from __future__ import annotations

import datetime as dt

import pytest

from arabnews import Pipeline
from arabnews.extract.groups.matcher import _document_countries, discovered_id
from arabnews.lang.ar import lookup_key


@pytest.fixture(scope="module")
def nlp():
    return Pipeline(["numbers", "dates", "groups", "relations"])


def _groups(nlp, text: str) -> list[tuple[str, str, str | None]]:
    """(text, id or "disc", kind) of every group; offsets checked."""
    doc = nlp(text, reference_date=dt.date(2017, 6, 1))
    for g in doc.groups:
        assert text[g.start:g.end] == g.text
    return [(g.text, g.id if g.source != "pattern" else "disc", g.kind) for g in doc.groups]


def _relations(nlp, text: str) -> list[tuple[str, str | None, str | None, str]]:
    doc = nlp(text, reference_date=dt.date(2017, 6, 1))
    for r in doc.layers["relations"]:
        assert text[r.start:r.end] == r.text
    return [(r.type, r.head, r.tail, r.text) for r in doc.layers["relations"]]


UNITS = [
    # ANT (Libya, 2014): a number, an arm after it, و and the Arabic comma
    ("وفرد من الكتيبة 155 مشاة، وفرد من المباحث الجنائية", [("الكتيبة 155 مشاة", "disc", "battalion")]),
    ("والفرقة الأمنية، والسرية 42، وعدد من الأجهزة", [("السرية 42", "disc", "company")]),
    ("بتصفية 17 من السرية الثالثة أمن مركزي حي الأكواخ", [("السرية الثالثة أمن مركزي", "disc", "company")]),
    # ANT (Libya, 2017): an ordinal; the relation stage links it to what it belongs to
    ("أعلن المجلس البلدي سيطرة اللواء السابع التابع للحرس الرئاسي بحكومة الوفاق الليبية على مطار ترهونة",
     [("اللواء السابع", "disc", "brigade"), ("حرس الرئاسي", "libyan-presidential-guard", "unit"),
      ("حكومة الوفاق الليبية", "gna", "government")]),
    # ANT (North Korea): the corps and its army
    # (the army too since session 25: a force noun and a country's nisba, North Korea's as "الشمالي" qualifies it)
    ("نشرتها كوادر من الفيلق الثاني بالجيش الكوري الشمالي", [("الفيلق الثاني", "disc", "corps"),
                                                           ("الجيش الكوري الشمالي", "disc", "state force")]),
    # neighbours: Arabic-Indic digits, لل, the feminine ordinal with عشرة, a regiment, a country's nisba after it
    ("وتقدم اللواء ٩٣ نحو الموصل", [("اللواء ٩٣", "disc", "brigade")]),
    ("وقتل جنديان تابعان للفرقة 17 في المدينة", [("فرقة 17", "disc", "division")]),
    ("وانتشرت الفرقة الثالثة عشرة على الحدود", [("الفرقة الثالثة عشرة", "disc", "division")]),
    ("واشتبك الفوج 12 مع المسلحين", [("الفوج 12", "disc", "regiment")]),
    ("وقصف اللواء 47 السوري مواقع المعارضة", [("اللواء 47 السوري", "disc", "brigade")]),
    # a registered unit of one country in another's article (its context or country missing): a discovered unit
    ("وسيطر الفيلق الخامس على مدينة تدمر السورية", [("الفيلق الخامس", "fifth-corps", "unit")]),
    ("وقال الجيش الجزائري إن الفيلق الخامس انتشر في تمنراست", [("الجيش الجزائري", "algerian-army", "state force"),
                                                            ("الفيلق الخامس", "disc", "corps")]),
]


@pytest.mark.parametrize(("text", "expected"), UNITS)
def test_units_named_by_a_number_or_an_ordinal(nlp, text, expected):
    assert _groups(nlp, text) == expected


def test_a_unit_id_is_its_definite_noun_and_number():
    nlp = Pipeline(["groups"])
    a, b = nlp("قاعدة للواء 93"), nlp("وقال قائد اللواء 93 إن")
    assert a.groups[0].id == b.groups[0].id == discovered_id(lookup_key("اللواء 93"))
    assert a.groups[0].text == "لواء 93" and a.groups[0].attrs["trigger"] == "لواء"
    # ANT: a registered unit's name in another country's article is the same discovered unit
    c = nlp("وجهت للمتهم وهو رقيب بالتجنيد وتابع للفيلق الثاني الترابي الصحراوي تهم القتل العمد في تونس")
    d = nlp("وقال الجيش التونسي إن الفيلق الثاني انتشر في الصحراء")
    assert [(g.text, g.source) for g in c.groups] == [("فيلق الثاني", "pattern")]
    assert c.groups[0].id == d.groups[-1].id == discovered_id(lookup_key("الفيلق الثاني"))


NOT_UNITS = [
    "وقال اللواء خليفة حفتر إن الجيش سيواصل القتال",  # a rank before a name
    "تمكنت الفرقة الأولى لمكافحة الإجرام للحرس الوطني ببن عروس من حجز كمية من المخدرات",  # ANT: a police squad
    "أذنت النيابة للفوج الثاني بالإدارة العامة لوحدات التدخل",  # a police squad of an administration
    "وصل الفوج الأول من الحجيج إلى مطار تونس قرطاج",  # pilgrims
    "ونجح طلاب الفرقة الأولى في الامتحان",  # a faculty's class
    "وفاز فريق الفرقة الأولى في البطولة",  # sports
    "وقدمت الفرقة الموسيقية عرضا",  # a troupe, no ordinal
    "وتمت ترقيته إلى رتبة لواء 2015",  # a rank and a year
    "وبلغت نسبة الفرقة 17.5 بالمئة",  # a decimal
    "وتخرج الفوج 2017 من المدرسة الحربية",  # a year's class
]


@pytest.mark.parametrize("text", NOT_UNITS)
def test_neighbours_that_are_no_unit(nlp, text):
    assert _groups(nlp, text) == []


def test_a_date_after_a_unit_noun_is_no_number():
    nlp = Pipeline(["numbers", "dates", "groups"])
    # ANT: the registry's brigade named by a date
    assert _groups(nlp, "قصفتا قاعدة لكتيبة 17 فبراير وهي إحدى الجماعات") == [
        ("كتيبة 17 فبراير", "february-17-brigade", "militia")]
    # an unregistered one is not "كتيبة 23" (the dates stage reads "23 أكتوبر"); the number alone is a unit
    assert _groups(nlp, "وقالت كتيبة 23 أكتوبر في بيان") == []
    assert _groups(nlp, "وقالت الكتيبة 23 في بيان") == [("الكتيبة 23", "disc", "battalion")]


FOURTH = [
    ("وتقدمت الفرقة الرابعة نحو دمشق", [("الفرقة الرابعة", "fourth-division", "unit")]),
    ("وقال مصدر إن عناصر الفرقة الرابعة دخلوا المدينة", [("الفرقة الرابعة", "fourth-division", "unit")]),
    # another country's article: its own 4th Division, a discovered unit
    ("وأعلن الجيش العراقي أن الفرقة الرابعة تقدمت في الموصل",
     [("الجيش العراقي", "iraqi-security-forces", "state force"), ("الفرقة الرابعة", "disc", "division")]),
    ("وقال الجيش المصري إن الفرقة الرابعة المدرعة انتشرت في سيناء",
     [("الجيش المصري", "egyptian-armed-forces", "state force"), ("الفرقة الرابعة المدرعة", "disc", "division")]),
]


@pytest.mark.parametrize(("text", "expected"), FOURTH)
def test_syrias_fourth_division_by_country(nlp, text, expected):
    assert _groups(nlp, text) == expected


GUARDS_AND_SALVATION = [
    # ANT (Libya, 2017)
    ("قرارا يقضي بتكليف آمر الحرس الرئاسي ووزير الداخلية المفوض لحكومة الوفاق في طرابلس",
     [("الحرس الرئاسي", "libyan-presidential-guard", "unit")]),
    ("رئيس المجلس الأعلى للدولة الليبية وآمر الحرس الرئاسي الليبي نجمي الناكوع",
     [("الحرس الرئاسي الليبي", "libyan-presidential-guard", "unit")]),
    # ANT (Tunisia, 2015)
    ("انفجار بحافلة خاصة بنقل أعوان الأمن الرئاسي بشارع محمد الخامس في تونس",
     [("الأمن الرئاسي", "tunisian-presidential-security", "unit")]),
    ("وقال الحرس الرئاسي إن السلطة الفلسطينية والرئيس الفلسطيني محمود عباس",
     [("الحرس الرئاسي", "palestinian-presidential-guard", "unit"),
      ("السلطة الفلسطينية", "palestinian-authority", "government")]),
    # Sudan: the bare name by country; the revolution's name is Sudan's only
    ("وقعت حكومة الإنقاذ في الخرطوم اتفاقا مع متمردي دارفور",
     [("حكومة الإنقاذ", "sudan-salvation-regime", "government")]),
    ("منذ انقلاب ثورة الإنقاذ الوطني عام 1989", [("ثورة الإنقاذ الوطني", "sudan-salvation-regime", "government")]),
    ("وقالت حكومة الإنقاذ في إدلب إنها ترفض القرار", [("حكومة الإنقاذ", "syrian-salvation-government", "government")]),
    ("وحلت جبهة الإنقاذ في الجزائر عام 1992", [("جبهة الإنقاذ", "fis-algeria", "party")]),
    ("قال حمة الهمامي إن جبهة الإنقاذ ستركز على الإعداد للانتخابات في تونس",
     [("جبهة الإنقاذ", "salvation-front-tunisia", "coalition")]),
]


@pytest.mark.parametrize(("text", "expected"), GUARDS_AND_SALVATION)
def test_presidential_guards_and_salvation_governments(nlp, text, expected):
    assert _groups(nlp, text) == expected


def test_south_korea_votes_for_the_south():
    nlp = Pipeline(["groups"])
    assert _document_countries(nlp("وقالت الحكومة الكورية الجنوبية إن سيول ترفض")) == {"KR": 2}
    assert _document_countries(nlp("والتقى الرئيس الكوري الجنوبي والكوريين الجنوبيين")) == {"KR": 2}
    assert _document_countries(nlp("وزار كوريا الجنوبية")) == {"KR": 1}
    assert _document_countries(nlp("وقال الزعيم الكوري الشمالي")) == {"KP": 1}
    assert _document_countries(nlp("وقالت الوكالة الكورية")) == {"KP": 1}  # unqualified: as before


RELATIONS = [
    ("وفكت جبهة النصرة ارتباطها بتنظيم القاعدة",
     [("split_from", "jabhat-al-nusra", "al-qaeda", "فكت جبهة النصرة ارتباطها بتنظيم القاعدة")]),
    ("وانفصلت حركة أحرار الشام رسميا عن الجيش السوري الحر",
     [("split_from", "ahrar-al-sham", "free-syrian-army", "انفصلت حركة أحرار الشام رسميا عن الجيش السوري الحر")]),
    ("ولا تزال حركة أحرار الشام تقاتل تنظيم داعش في ريف حلب",
     [("fights", "ahrar-al-sham", "isis", "حركة أحرار الشام تقاتل تنظيم داعش")]),
    ("وتبرأت حركة النهضة من جماعة الإخوان المسلمين",
     [("split_from", "ennahda", "muslim-brotherhood", "تبرأت حركة النهضة من جماعة الإخوان المسلمين")]),
    ("وأعلنت حركة نور الدين الزنكي انشقاقها عن هيئة تحرير الشام",
     [("split_from", "nour-al-din-al-zenki", "hayat-tahrir-al-sham",
       "حركة نور الدين الزنكي انشقاقها عن هيئة تحرير الشام")]),
    ("وقطعت حركة حماس علاقاتها مع حزب الله",
     [("split_from", "hamas", "hezbollah", "قطعت حركة حماس علاقاتها مع حزب الله")]),
    ("وقال إن حزب الله اندمج مع حركة أمل", [("ally", "hezbollah", "amal-movement", "حزب الله اندمج مع حركة أمل")]),
]


@pytest.mark.parametrize(("text", "expected"), RELATIONS)
def test_split_and_fight_relations(nlp, text, expected):
    assert _relations(nlp, text) == expected


NO_RELATIONS = [
    # "من" joins a split verb only: a member or a fight verb with "من" states nothing
    "وانضم عشرات من حركة أحرار الشام",
    # a parties' contest, no fight: "تواجه" is no subject-verb-object verb
    "وحركة النهضة تواجه حركة نداء تونس في الانتخابات",
    # a clause between the subject and the verb
    "حركة أحرار الشام، التي قالت إنها تقاتل، تنظيم داعش",
    # a negated split
    "ولم تفك جبهة النصرة ارتباطها بتنظيم القاعدة",
]


@pytest.mark.parametrize("text", NO_RELATIONS)
def test_no_relation(nlp, text):
    assert _relations(nlp, text) == []
