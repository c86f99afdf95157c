"""Session 24 entity families, second wave: "الجزيرة" the island or a place, not the channel, unless a word names the
channel in the document; capitals GeoNames holds in no Arabic form ("كوناكري") and a club named by a given name and
such a capital; pan-Arab organisations ("قوات الدعم السريع")."""

from __future__ import annotations

import pytest

from entity_cases import entities

# 1. "الجزيرة" is the channel next to a word that names it (a media head, "نت", "بحسب", "قال لـ", quotes or brackets
#    alone), or where another mention of the document is; elsewhere the island is no entity, "باب الجزيرة" (Tunis) a
#    LOC with its head, "ولاية الجزيرة" (Sudan) a LOC without it.
JAZIRA = [
    # the channel (ANT)
    ("قررت الحكومة الأردنية، اليوم الثلاثاء، إلغاء تراخيص قناة الجزيرة في الاردن.",
     [("الجزيرة", "ORG"), ("الاردن", "LOC")]),
    ("وبحسب الجزيرة فقد عرض الرئيس الأميركي على أمير قطر", [("الجزيرة", "ORG"), ("قطر", "LOC")]),
    ("حجبت مصر 21 موقعا إلكترونيا بينها الجزيرة نت بدعوى أنها تتضمن محتوى", [("مصر", "LOC"), ("الجزيرة نت", "ORG")]),
    ("مطالبة بضرورة إنهاء حصار غزة بشكل كامل. (الجزيرة)", [("غزة", "LOC"), ("الجزيرة", "ORG")]),
    ("حول تصريحات الرئيس السابق منصف المرزوقي في حوار للجزيرة القطرية.",
     [("منصف المرزوقي", "PER"), ("لجزيرة", "ORG")]),
    ("وقال وزير الخارجية في مقابلة خاصة مع الجزيرة إن الحكومة لن تتراجع.", [("الجزيرة", "ORG")]),
    ("ونقلت الجزيرة مباشر صورا من الميدان.", [("الجزيرة", "ORG")]),
    ("وقال مصدر أمني للجزيرة إن الهجوم أسفر عن قتلى.", [("لجزيرة", "ORG")]),
    # one sense per document: the headline's subject is the channel of the sentence after it
    ("الجزيرة تخسر 12 مليون متابع على تويتر تمكنت قناة \"الجزيرة\"، اليوم السبت 17 جوان 2017 من استعادة حسابها",
     [("الجزيرة", "ORG"), ("تويتر", "ORG"), ("الجزيرة", "ORG")]),  # a platform is an ORG (session 26)
    # the island (ANT: Kerkennah, Zembra, Djerba; Cuba), a TV series
    ("بعد سنة من تخلي المعتمد السابق، عادل نومة، ومغادرته الجزيرة يوم 16 جانفي 2016 على خلفية احتجاجات",
     [("عادل نومة", "PER")]),
    ("ويؤكد على تطوير انشطة تحترم البيئة الطبيعية بالجزيرة من شانه يغير وجه كامل منطقة", []),
    # the club of the UAE (ANERcorp's wording), in a sentence and in a document about sport
    ("وحصل لاعب فريق الجزيرة حمد محمد على بطاقة صفراء", [("الجزيرة", "ORG"), ("حمد محمد", "PER")]),
    ("وتأهل الجزيرة كصاحب المركز الأول في المجموعة بعد المباراة", [("الجزيرة", "ORG")]),
    ("وشهدت الجزيرة تواجدا أمنيا مكثفا ودوريات مشتركة بمداخل المدينة", []),
    ("وقع اتفاق تاريخي مع كوبا يقضي بتخفيف الحظر المفروض على الجزيرة، وعودة العلاقات الدبلوماسية",
     [("كوبا", "LOC")]),
    # "بهدف" (in order to) is no word of sport: the island of a document about a strike stays no entity
    ("ويمنعون شاحنات الشركة من مغادرة الجزيرة بهدف الضغط على الإدارة", []),
    # a place with a head
    ("حجز بضائع مختلفة في كل من نهج اسبانيا وباب الجزيرة وذلك في إطار حملة للتصدي للانتصاب الفوضوي",
     [("اسبانيا", "LOC"), ("باب الجزيرة", "LOC")]),
]


@pytest.mark.parametrize(("sentence", "expected"), JAZIRA)
def test_jazira(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected


# 2. Cities GeoNames names in no Arabic form, by GeoNames id (lexicon.yaml city_names_by_id), and spellings it lacks;
#    a club after "نادي" named by a word and such a city, before a nationality, is the club.
CITIES = [
    ("وصل الرئيس الغيني ألفا كوندي إلى كوناكري قادما من باريس.",
     [("ألفا كوندي", "PER"), ("كوناكري", "LOC"), ("باريس", "LOC")]),
    ("والتي ستجمعه مساء الأحد بنادي حوريا كوناكري الغيني في رابطة الأبطال .",
     [("حوريا كوناكري", "ORG"), ("رابطة الأبطال", "ORG")]),
    # session 42: "إفريقيا الوسطى" is the country (lexicon.yaml country_aliases CF), no longer "إفريقيا" alone
    ("وعقدت القمة في بانغي عاصمة إفريقيا الوسطى.", [("بانغي", "LOC"), ("إفريقيا الوسطى", "LOC")]),
]


@pytest.mark.parametrize(("sentence", "expected"), CITIES)
def test_cities(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected


def test_city_ids() -> None:
    from arabnews.extract.entities.gazetteer import default_gazetteer
    from arabnews.lang.ar import fold

    places = default_gazetteer().places
    assert places[fold("كوناكري")].geonames_id == 2422465
    assert places[fold("جاكرتا")].geonames_id == 1642911


# 3. Pan-Arab organisations the tagger leaves untagged (rules.yaml known_orgs).
PAN_ARAB = [
    ("وقالت قوات الدعم السريع في بيان إنها سيطرت على مدينة الفاشر عاصمة ولاية شمال دارفور.",
     [("قوات الدعم السريع", "ORG"), ("الفاشر", "LOC"), ("دارفور", "LOC")]),
    ("وقال قائد قوات الدعم السريع محمد حمدان دقلو إنه مستعد للتفاوض.",
     [("قوات الدعم السريع", "ORG"), ("محمد حمدان دقلو", "PER")]),
    ("وقال مسؤول في منظمة العمل الدولية إن البطالة ارتفعت.", [("منظمة العمل الدولية", "ORG")]),
]


@pytest.mark.parametrize(("sentence", "expected"), PAN_ARAB)
def test_pan_arab(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected


# 4. A person the tagger ran on into a place with ب or ل ends before it, and the place is a LOC; a word that is a name's
#    part ("بنيس") or a small town abroad stays in the name.
PERSON_TOWN = [
    ("وطالبوا وزير التنمية والاستثمار والتعاون الدولي زياد العذاري بكوناكري، ما اعتبروه تقصيرا",
     [("زياد العذاري", "PER"), ("كوناكري", "LOC")]),
    ("وقال الشاعر المغربي محمد بنيس إن القصيدة تتجدد", [("محمد بنيس", "PER")]),
    ("وبحث الرئيس الأمريكي جو بايدن الملف مع نظيره", [("جو بايدن", "PER")]),
    ("وأوضح لغوث ولد بغالي، أمين عام اتحاد الأدباء", [("لغوث ولد بغالي", "PER"), ("اتحاد الأدباء", "ORG")]),
]


@pytest.mark.parametrize(("sentence", "expected"), PERSON_TOWN)
def test_person_town(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected
