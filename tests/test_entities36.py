"""Session 36 (ent36): families of wrong spans in sports news.  A name ends before a clock time ("الاتحاد المنستيري" +
"الساعة 15.00"); the referee after a slash or "الحكم :" of a fixture list is a person; two persons joined by a spaced و
are two ("كريستيانو و بن زيمة يغيبان"); "الكاف" after a cup's word is CAF, an ORG, not the town Le Kef; a European
club named by its town ("لفريقه نيم", "تشكيلة أورليون") is an ORG after a team's word (``ner/foreign_clubs.yaml``).
Sentences from ANT v1.1 (article numbers given), and their family."""

from __future__ import annotations

import pytest

from arabnews import tokenize
from arabnews.extract.entities.boundaries import stop_before_clock
from arabnews.extract.entities.gazetteer import default_gazetteer
from arabnews.extract.entities.persons import referee_names
from entity_cases import analyzed_entities as _entities
from entity_cases import assert_span as _span

# ANT 9849, 9399: fixture lists, a club or the federation's site and then the time of the next match
_BASKET = ("وفي ما يلي البرنامج : السبت 28 جانفي 2017  الساعة 14.00: مستقبل المرسى - نادي الشيمينو الأمل الرياضي "
           "التونسي - الاتحاد المنستيري الساعة 15.00: نجم حلق الوادي - النادي الإفريقي")
_SITE = ("الساعة 13:30 نادي حمام الأنف – النجم الساحلي / قناة الدوري و الكأس النادي البنزرتي – النادي الإفريقي /  موقع "
         "الجامعة التونسية لكرة القدم الساعة 16:30 الترجي التونسي – الترجي الجرجيسي / قناة الدوري و الكأس")


@pytest.mark.parametrize(("text", "name", "label"), [
    (_BASKET, "الاتحاد المنستيري", "ORG"),
    (_SITE, "الجامعة التونسية لكرة القدم", "ORG"),
    # the family: "على الساعة", "بداية من الساعة", Arabic-Indic digits
    ("ويلتقي الملعب التونسي مع الاتحاد المنستيري على الساعة ١٥:٠٠ بالملعب البلدي بالمنستير", "الاتحاد المنستيري",
     "ORG"),
])
def test_name_ends_before_clock(text: str, name: str, label: str) -> None:
    _span(text, name, label)
    assert not any("الساعة" in surface for _, surface in _entities(text)), _entities(text)


def test_clock_tower_keeps_its_clock() -> None:
    # no number after it: "الساعة" stays in what the tagger found ("برج الساعة", the clock tower), the rule is silent
    text = "التقى المحتجون أمام برج الساعة وسط المدينة."
    toks = tokenize(text)
    tags = ["O"] * len(toks)
    tags[3], tags[4] = "B-LOC", "I-LOC"
    stop_before_clock(toks, tags, default_gazetteer())
    assert tags[3:5] == ["B-LOC", "I-LOC"]


@pytest.mark.parametrize(("text", "referee"), [
    # ANT 9433: a second-division fixture list, each match's referee after a slash
    ("المجموعة الثانية : جمعية جربة - الملعب التونسي / علي حاجي  سكك الحديد الصفاقسي - قرمبالية الرياضية / هيثم "
     "قيراط  جمعية اريانة - هلال مساكن / سعيد الكردي", "هيثم قيراط"),
    ("المجموعة الثانية : جمعية جربة - الملعب التونسي / علي حاجي  سكك الحديد الصفاقسي - قرمبالية الرياضية / هيثم "
     "قيراط  جمعية اريانة - هلال مساكن / سعيد الكردي", "سعيد الكردي"),
    # ANT 9399 and kin: the referee between two slashes, the channel after
    ("الساعة 13:30 نادي حمام الأنف – النجم الساحلي / نضال لطيف / قناة الدوري و الكأس", "نضال لطيف"),
    ("الساعة 14:00 النادي البنزرتي – النادي الإفريقي / امير العيادي / موقع الجامعة التونسية لكرة القدم",
     "امير العيادي"),
    ("الساعة 16:30 الترجي التونسي – الترجي الجرجيسي / رشدي قزقز / قناة الدوري و الكأس", "رشدي قزقز"),
    ("الساعة 16:00 النجم الساحلي - النادي الافريقي / نعيم حسني / الوطنية 1 + قناة الكأس", "نعيم حسني"),
    # ANT 9587: a family name that is a word too, before the next club
    ("اولمبيك الكاف - اتحاد سليانة / مختار دبوس النادي القربي - نادي كرة القدم بالحمامات", "مختار دبوس"),
    # a referee after "الحكم :", before a weekday or a time
    ("الملعب القابسي * مستقبل قابس الحكم :  هيثم قيراط الجمعة 3 مارس 2017 الساعة الثانية و النصف بعد الظهر",
     "هيثم قيراط"),
    ("اتحاد بن قردان - الملعب القابسي   / يسري بوعلي الساعة 16:30 الترجي التونسي – الترجي الجرجيسي", "يسري بوعلي"),
    # ANT 9165, 8805: a word after the name is no third name ("دون حضور جمهور", "من الكوت ديفوار")
    ("الوطنية 2  الملعب القابسي- الترجي الجرجيسي / هيثم قيراط  دون حضور جمهور : اتحاد تطاوين -مستقبل قابس",
     "هيثم قيراط"),
    ("رحيمو البوركيني * النادي الصفاقسي الحكم : دينيس دمبيلي من الكوت ديفوار - الساعة : منتصف النهار",
     "دينيس دمبيلي"),
])
def test_referee_in_fixture_list(text: str, referee: str) -> None:
    _span(text, referee, "PER")


def test_referee_with_ba_family_name_run_into_club() -> None:
    # ANT 9687: "بالحاج" (ب + an honorific) is his family name; the tagger's "علي هلال" ran into the club "هلال مساكن"
    text = ("الساعة 14:30 أولمبيك مدنين- جمعية جربة / مجدي بالحاج علي هلال مساكن- قرمبالية الرياضية /نعيم حسني")
    _span(text, "مجدي بالحاج علي", "PER")
    _span(text, "هلال مساكن", "ORG")


def test_foreign_referee_after_nationality() -> None:
    # ANT 8744: a CAF fixture list, the referee's nationality before his name stays out of it
    text = ("الجولة الأولى من دور المجموعات لرابطة الأبطال الإفريقية : الترجي الرياضي – فيتا كلوب الكونغولي / "
            "الموريتاني علي المغيفري الساعة 17:00")
    _span(text, "علي المغيفري", "PER")


def test_referee_run_into_club() -> None:
    # ANT 9614: the tagger's person ran on into the next club
    text = ("نادي حمام الأنف * النادي البنزرتي الحكم :  وليد الجريدي الترجي الجرجيسي * مستقبل المرسى  الحكم : نصرالله "
            "الجوادي")
    _span(text, "وليد الجريدي", "PER")
    _span(text, "الترجي الجرجيسي", "ORG")


def test_slash_outside_sport_names_nobody() -> None:
    # a slash between two words outside sport: no referee
    text = "وقال المتحدث إن الاجتماع تأجل / سمير الطيب لم يحضر بعد."
    toks = tokenize(text)
    tags = ["O"] * len(toks)
    referee_names(toks, tags, default_gazetteer())
    assert set(tags) == {"O"}


@pytest.mark.parametrize(("text", "persons"), [
    # ANT 9269, 9648: headlines, two persons joined by a spaced و, then a plural noun or a dual verb said of both
    ("الدرجة الثانية الفرنسية : العياري و عزوني و بن سعادة هدافون", ["عزوني", "بن سعادة"]),
    ("كريستيانو و بن زيمة يغيبان عن لقاء إفتتاح الدوري الإسباني", ["كريستيانو", "بن زيمة"]),
])
def test_spaced_conjunction_parts_persons(text: str, persons: list[str]) -> None:
    found = _entities(text)
    for person in persons:
        _span(text, person, "PER")
    assert not any(" و " in surface for _, surface in found), found
    assert not any(surface.endswith(("هدافون", "يغيبان")) for _, surface in found), found


@pytest.mark.parametrize("text", [
    # ANT 8951 (a headline), 9445, 9966: the CAF Confederation Cup
    "كأس الكاف : النادي الإفريقي ينهزم  أمام الفتح الرباطي",
    "و يذكر ان الفريق الجنوب افريقي تحصل على دوري ابطال افريقيا في سنة 2016 في حين تحصل مازيمبي على لقب كأس الكاف .",
    "النادي الصفاقسي يتأهل إلى الدور السادس عشر مكرر لكأس الكاف",
    # the family: a competition's word, an office in a sentence about sport
    "وتنطلق منافسات الكاف الأسبوع القادم بمشاركة أربعة أندية تونسية.",
])
def test_caf_is_an_org(text: str) -> None:
    _span(text, "الكاف", "ORG")


@pytest.mark.parametrize("text", [
    "أمطار غزيرة بولاية الكاف و في مدينة الكاف",
    "وأشرف والي الكاف على افتتاح المعرض الجهوي للكتاب.",
])
def test_le_kef_stays_a_town(text: str) -> None:
    assert ("LOC", "الكاف") in _entities(text), _entities(text)
    assert ("ORG", "الكاف") not in _entities(text)


@pytest.mark.parametrize(("text", "club"), [
    # ANT 9269: Tunisian players in France's second division
    ("سجل الدولي التونسي لاري عزوني الهدف الأول لفريقه نيم في الدقيقة الخامسة و الأربعين وساهم في إنتصار فريقه "
     "على نيورت بثلاثية نظيفة .", "نيم"),
    ("كما تمكن المهاجم خالد العياري من تحقيق تسجيل هدف التعادل لفريقه أورليون في الدقيقة 87 من المباراة", "أورليون"),
    ("و إنضم العياري إلى تشكيلة أورليون في الدقيقة الرابعة و السبعين .", "أورليون"),
    ("من جهته أضاف شوي بن سعادة الهدف الرابع لفريقه تروا الذي فاز على سبترزبورغ برباعية نظيفة", "تروا"),
    # the family: other clubs, other team words, a match's link, the nisba after
    ("وتعاقد مدافع نانت السابق مع النادي الإفريقي لمدة موسمين.", "نانت"),
    ("وفاز ليل على بوردو بهدفين مقابل هدف في الجولة العاشرة من الدوري الفرنسي.", "بوردو"),
    ("وتعادل موناكو مع مرسيليا في قمة الجولة.", "مرسيليا"),
])
def test_foreign_club_by_town(text: str, club: str) -> None:
    _span(text, club, "ORG")


@pytest.mark.parametrize(("text", "town"), [
    ("تونسي نفذ هجوما بشاحنة في مدينة نيس الفرنسية و أسفر عن مقتل 86 شخصا", "نيس"),
    ("اعتقلا قرب مدينة ديجون الفرنسية بعد اكتشاف دورهما في الهجوم", "ديجون"),
])
def test_foreign_club_town_stays_a_place(text: str, town: str) -> None:
    _span(text, town, "LOC")
