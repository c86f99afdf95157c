"""Session 34 (ent34): clubs named by "وداد", "مولودية", "أهلي" and a town ("وداد الحامة" was a PER); acronyms of
international bodies written without the article ("يونيسف", "إيكواس") and ECOWAS with it; a body named by its head,
the noun of what it does and a definite chain ("مركز تنمية المجتمع المدني"), and the quoted name after it or after a
head, quotes written apart ('جمعية " المغامرون من أجل التنمية "'); Tunisia's national divisions ("القسم الوطني
ألف"); building stones are no names ("الحجر الجيري"); "لجده" before a title is his grandfather in a text that writes
no ة."""

from __future__ import annotations

import pytest

from entity_cases import analyzed_entities as _entities
from entity_cases import assert_span as _span


@pytest.mark.parametrize(("text", "club"), [
    # ANT 8646: the results of the friendlies
    ("النادي الصفاقسي 2-0 اولمبيك سيدي بوزيد إتحاد تطاوين 2- 0 وداد الحامة", "وداد الحامة"),
    ("فاز النادي الافريقي على أهلي طرابلس الليبي بهدفين دون رد في مباراة ودية", "أهلي طرابلس"),
    ("تعادل الترجي مع مولودية بجاية 1-1 في مباراة ودية", "مولودية بجاية"),
    ("أهلي جدة يتعاقد مع لاعب تونسي", "أهلي جدة"),
    ("وانهزم الترجي أمام مولودية وهران في المباراة", "مولودية وهران"),
])
def test_club_of_town(text: str, club: str) -> None:
    _span(text, club, "ORG")


@pytest.mark.parametrize(("text", "person"), [
    # "وداد" is a woman's name: no club outside a sentence about sport
    ("التقت وداد بوشماوي رئيس الحكومة", "وداد بوشماوي"),
])
def test_woman_named_wedad(text: str, person: str) -> None:
    _span(text, person, "PER")


def test_wedad_and_a_town_outside_sport() -> None:
    assert ("ORG", "وداد الحامة") not in _entities("زارت وداد الحامة رفقة عائلتها")


@pytest.mark.parametrize(("text", "org"), [
    ("يونيسف: آلاف الأطفال مهددون بالمجاعة في اليمن", "يونيسف"),
    ("الإيكواس : لا تدخل عسكري في غامبيا قبل انتهاء المهلة", "الإيكواس"),
    ("إيكواس: لا تدخل عسكري في غامبيا قبل انتهاء المهلة", "إيكواس"),
    ("انضم المغرب إلى مجموعة إيكواس وطالب بدعم من آسيان", "إيكواس"),
    ("انضم المغرب إلى مجموعة إيكواس وطالب بدعم من آسيان", "آسيان"),
    ("وقال متحدث باسم ناتو إن الحلف مستعد", "ناتو"),
    ("وقدمت ليونيسف تقريرا عن أوضاع الأطفال", "ليونيسف"),
])
def test_acronym_without_article(text: str, org: str) -> None:
    _span(text, org, "ORG")


@pytest.mark.parametrize(("text", "org"), [
    # ANT 8647
    ("ويذكر أن مركز تنمية المجتمع المدني يرتبط بإتفاق شراكة مع جمعية فرنسية", "مركز تنمية المجتمع المدني"),
    ("قالت جمعية حماية المستهلك إن الأسعار ارتفعت", "جمعية حماية المستهلك"),
    ("يعمل في مركز تكوين الشباب بالمنستير", "مركز تكوين الشباب"),
    ("وأكدت مؤسسة رعاية الطفولة أن البرنامج متواصل", "مؤسسة رعاية الطفولة"),
])
def test_body_named_by_its_activity(text: str, org: str) -> None:
    _span(text, org, "ORG")


@pytest.mark.parametrize(("text", "org"), [
    ('تضم مجموعة من الشباب المنتمين إلى مركز تنمية المجتمع المدني " المغامرون من أجل التنمية " .',
     "المغامرون من أجل التنمية"),
    ('تضم مجموعة من الشباب المنتمين إلى مركز تنمية المجتمع المدني " المغامرون من أجل التنمية " .',
     "مركز تنمية المجتمع المدني"),
    ('تنظم جمعية " المغامرون من أجل التنمية " رحلة إلى فرنسا', "المغامرون من أجل التنمية"),
    ('تنظم جمعية "المغامرون من أجل التنمية" رحلة إلى فرنسا', "المغامرون من أجل التنمية"),
])
def test_quoted_name_of_a_body(text: str, org: str) -> None:
    _span(text, org, "ORG")


@pytest.mark.parametrize(("text", "not_org"), [
    # a quote after a body that is a verb's subject, or one that opens with a particle, is what it said
    ('أكدت منظمة العفو الدولية " أن السلطات " اعتقلت', "أن السلطات"),
    ('وصفت جمعية حماية المستهلك "الزيادة" بالمجحفة', "الزيادة"),
])
def test_quote_after_a_body_is_no_name(text: str, not_org: str) -> None:
    assert ("ORG", not_org) not in _entities(text)


@pytest.mark.parametrize(("text", "org"), [
    ("مقابلات الجولة العاشرة من بطولة القسم الوطني الثاني لكرة السلة", "القسم الوطني الثاني"),
    ("صعد الفريق إلى القسم الوطني أ", "القسم الوطني أ"),
    ("صعد الهلال الرياضي بالشابة إلى الرابطة المحترفة الثانية للمرة الأولى", "الرابطة المحترفة الثانية"),
])
def test_division_with_its_ordinal(text: str, org: str) -> None:
    _span(text, org, "ORG")


@pytest.mark.parametrize("text", [
    # ANT 1592 and neighbours: stones are no names
    "تمثال بالحجم الطبيعي مصنوع من الحجر الجيري بطول 80 سنتيمترا",
    "عثر على تابوت من الحجر الكلسي والجرانيت",
    "جدار من الطوب الأحمر والحجر الجيري",
    "بنيت الكنيسة من الحجر الجيري الأبيض في القرن الرابع",
    "تمثال من الرخام الأبيض والجرانيت الأسود",
])
def test_building_stone_no_name(text: str) -> None:
    assert _entities(text) == []


def test_grandfather_before_a_title() -> None:
    text = "فيما يرجح أن التمثال الآخر لجده الملك رمسيس الثاني"
    assert _entities(text) == [("PER", "رمسيس الثاني")]


@pytest.mark.parametrize(("text", "town"), [
    # Jeddah after a preposition of place stays, whatever follows it
    ("استقبل في جده الأمير خالد الفيصل الوزير", "جده"),
])
def test_jeddah_after_preposition(text: str, town: str) -> None:
    _span(text, town, "LOC")
