"""Session 24 entity families, read in ANT news (dev articles 0–3,000 and sports articles 9,000–9,600): a name the
tagger ran on into the verb after it, clubs named by a head and their town or by a head with the article (in running
text, in lists and in tables), ordinary words read as names ("وسام" a medal, "رولز رويس" a car maker), "التلفزة
التونسية", and a family name that is an adjective too ("سمير الطيب")."""

from __future__ import annotations

import pytest

from entity_cases import entities

# 1. A name ends before a verb in the perfect or the imperfect it ran on into (verbs.yaml), whatever its label; a verb
#    that is a given name too ("أشرف") only after a whole known place; a known place named so ("بيت أمر") stays whole,
#    and what is left of ordinary words names nothing.
VERBS = [
    ("أدى وزير التكوين المهني والتشغيل، عماد الحمامي، زيارة عمل إلى مدينة القيروان أشرف خلالها على ملتقى وطني",
     [("عماد الحمامي", "PER"), ("القيروان", "LOC")]),
    ("انعقدت مساء أمس الخميس، جلسة عمل بمقر ولاية المنستير اشرف عليها المعتمد الأول",
     [("المنستير", "LOC")]),
    ("أن إدارة الجمارك في مطار بيروت ضبطت أمس 230 كيلوغراما من الحبوب", [("بيروت", "LOC")]),
    ("أن شرطة مدينة نيويورك جندت مهاجرين أغلبهم من المسلمين", [("نيويورك", "LOC")]),
    ("فإن الملك سلمان أودع 80 مليون دولار لدعم حملة", [("سلمان", "PER"), ("دولار", "MISC")]),
    ("وأفادت والدة زوجته أن محمد بدا في آخر اتصال هاتفي عاديا", [("محمد", "PER")]),
    ("إيمانويل ماكرون و مارين لوبان غيرت قليلا الأسبقية لصالح ماكرون",
     [("إيمانويل ماكرون", "PER"), ("مارين لوبان", "PER"), ("ماكرون", "PER")]),
    # a place of that name; a given name after a person; what is left names nothing
    ("والشهيد من بلدة بيت أمر شمال الخليل.", [("بيت أمر", "LOC"), ("الخليل", "LOC")]),
    ("وكان المدرب عماد أشرف على الحصة التدريبية", [("عماد أشرف", "PER")]),
    ("على رفض أي حل عسكري في الأزمة الليبية وأي تدخل خارجي في الشؤون الداخلية", []),
]

# 2. A club head without the article and its town are the club: the head inside the ORG ("شبيبة القيروان"), after
#    "نادي"/"فريق" outside it unless the tagger began the name with it; an ambiguous head ("مستقبل", "اتحاد", "نجم")
#    only in a sentence about sport; a person after the club is the person.
CLUB_TOWNS = [
    ("شبيبة القيروان : تربص بيومين في سوسة", [("شبيبة القيروان", "ORG"), ("سوسة", "LOC")]),
    ("أصدرت الهيئة المديرة لشبيبة القيروان بلاغا", [("لشبيبة القيروان", "ORG")]),
    ("ترجي جرجيس : عبيشو يطمئن الجماهير أكد عضو الهيئة المديرة لترجي جرجيس خليل شلندي في تصريح",
     [("ترجي جرجيس", "ORG"), ("عبيشو", "PER"), ("لترجي جرجيس", "ORG"), ("خليل شلندي", "PER")]),
    ("مستقبل قابس - مستقبل المرسى 0 - 0 نجم المتلوي - الملعب القابسي 0 - 0",
     [("مستقبل قابس", "ORG"), ("مستقبل المرسى", "ORG"), ("نجم المتلوي", "ORG"), ("الملعب القابسي", "ORG")]),
    ("توقّف لقاء الترجي الكريبي واتحاد ساقية سيدي يوسف في بطولة رابطة الكاف",
     [("الترجي الكريبي", "ORG"), ("اتحاد ساقية سيدي يوسف", "ORG"), ("بطولة رابطة الكاف", "MISC")]),
    ("الاحتجاجات تتسبب في تأجيل مباراة أولمبيك الكاف ونادي الحمامات",
     [("أولمبيك الكاف", "ORG"), ("الحمامات", "ORG")]),
    ("أعلن نادي حمام الأنف عن تعاقده مع المدرب", [("نادي حمام الأنف", "ORG")]),
    ("وعن الزيارة ، أكد رئيس نادي باريس سان جيرمان في تصريح", [("باريس سان جيرمان", "ORG")]),
    ("الإختبار الجدي للمنتدبين الجدد قبل مواجهة فريق باستيا.", [("باستيا", "ORG")]),
    ("وأكد لاعب نادي برشلونة ليونيل ميسي", [("برشلونة", "ORG"), ("ليونيل ميسي", "PER")]),
    ("والتي ستجمعه مساء الأحد بنادي حوريا كوناكري الغيني في رابطة الأبطال .",
     [("حوريا كوناكري", "ORG"), ("رابطة الأبطال", "ORG")]),
    # not a club: a party (registered by the groups layer in the same session), the future of a country, a head
    # before no town, a coach's team
    ("أسس حركة مستقبل تونس", [("حركة مستقبل تونس", "ORG")]),
    ("الأسد لن يكون جزءاً من مستقبل سوريا", [("الأسد", "PER"), ("سوريا", "LOC")]),
    ("وتوصل فريق البحث من جامعة هارفارد إلى نتائج جديدة", [("جامعة هارفارد", "ORG")]),
]

# 3. Clubs named by a head with the article: the tagger's person or stadium of head + town nisba, "الترجي" alone,
#    two clubs of a list or table run together, "الملعب" + the MISC of a table's row.
CLUB_NAMES = [
    ("فاز الترجي على النجم الساحلي", [("الترجي", "ORG"), ("النجم الساحلي", "ORG")]),
    ("س 15 : النادي الافريقي - الترجي الرياضي ( مباشر على الوطنية )",
     [("النادي الافريقي", "ORG"), ("الترجي الرياضي", "ORG")]),
    ("س 14 : شبيبة القيروان - الترجي الجرجيسي : محمّد أمين بالناصر",
     [("شبيبة القيروان", "ORG"), ("الترجي الجرجيسي", "ORG"), ("محمّد أمين بالناصر", "PER")]),
    ("النادي الإفريقي النادي البنزرتي * النادي الصفاقسي الترجي الرياضي التونسي",
     [("النادي الإفريقي", "ORG"), ("النادي البنزرتي", "ORG"), ("النادي الصفاقسي", "ORG"),
      ("الترجي الرياضي التونسي", "ORG")]),
    ("تعادل الملعب التونسي مع سكك الحديد الصفاقسي", [("الملعب التونسي", "ORG"), ("سكك الحديد الصفاقسي", "ORG")]),
    ("أصدرت هيئة النادي الصفاقسي بلاغا", [("النادي الصفاقسي", "ORG")]),
]

# 4. Ordinary words read as names, and the Tunisian television.
WORDS = [
    ("وتم تكريمه من ملكة بريطانيا بـ «وسام التميّز»", [("بريطانيا", "LOC")]),
    ("ودعا إلى تكريم الشرطيين بوسام الشجاعة.", []),
    ('صادق مجلس نواب الشعب على إحداث وسام "الوفاء والتضحية" ب93 صوتا', [("مجلس نواب الشعب", "ORG")]),
    ("وقال وسام غرس الله إن", [("وسام غرس الله", "PER")]),
    ("وأكد وسام الطاهري أن", [("وسام الطاهري", "PER")]),
    ("وصل الرئيس في سيارة رولز رويس فاخرة", [("رولز رويس", "ORG")]),
    ("أعلن لاعب دورتموند ماركو رويس أنه", [("دورتموند", "ORG"), ("ماركو رويس", "PER")]),
    ("وحصدت التلفزة التونسية عددا من الجوائز", [("التلفزة التونسية", "ORG")]),
    ("من انتاج مؤسسة التلفزة التونسية الجائزة الثانية", [("مؤسسة التلفزة التونسية", "ORG")]),
    ("وبين العياري في تصريح للتلفزة الوطنية، ان مجلس ادارة البنك", [("العياري", "PER"), ("لتلفزة الوطنية", "ORG")]),
]

# 5. A given name alone takes a family name that is an adjective too; not a title's "الأمين العام".
FAMILY = [
    ("وأشرف وزير الفلاحة سمير الطيب على افتتاح الصالون", [("سمير الطيب", "PER")]),
    ("بحضور سمير الطيب والحبيب الصيد", [("سمير الطيب", "PER"), ("الحبيب الصيد", "PER")]),
    ("وقال محمد الأمين العام للحزب", [("محمد", "PER")]),
]


@pytest.mark.parametrize(("sentence", "expected"), VERBS + CLUB_TOWNS + CLUB_NAMES + WORDS + FAMILY)
def test_family(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected


def test_foreign_club_takes_its_last_words() -> None:
    # the tagger's "مانشستر" after "نادي" takes "سيتي"; the nationality after it is no person
    assert entities("وقع اللاعب لنادي مانشستر سيتي الإنجليزي") == [("مانشستر سيتي", "ORG")]


def test_person_named_after_a_club_head() -> None:
    # "هلال" and "بن" (Bonn) are a given name and a particle in a list of names, not a club of a town
    assert entities("يوم 26 ماي 2017 : *هلال بن مسعود بن ناصر بشر *مراد بن هلال بن مسعود بشر يوم 5 جوان") == [
        ("هلال بن مسعود بن ناصر بشر", "PER"), ("مراد بن هلال بن مسعود", "PER")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a given name with the article that is an adjective too, then a family name without it, after a title
    ("أكد المدير الجهوي للصحة بمدنين الطيب شلوف في تصريح", [("مدنين", "LOC"), ("الطيب شلوف", "PER")]),
    ("وزير الداخلية الهادي مجدوب أشرف على موكب", [("الهادي مجدوب", "PER")]),
    ("أكد وزير الداخلية الهادي مجدوب أن", [("الهادي مجدوب", "PER")]),
    ("قال وزير الصحة السعيد العايدي إن", [("السعيد العايدي", "PER")]),
])
def test_adjective_given_name_after_title(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a disease's name that starts with ك is no ك + a place ("ورونا" is one in the gazetteer)
    ("وأعلنت وزارة الصحة تسجيل 5 إصابات جديدة بفيروس كورونا في تونس.",
     [("وزارة الصحة", "ORG"), ("كورونا", "MISC"), ("تونس", "LOC")]),
    ("ووصل لقاح كورونا إلى الأردن.", [("كورونا", "MISC"), ("الأردن", "LOC")]),
    # alone, the tagger's place is the disease
    ("تفشي كورونا في الصين", [("كورونا", "MISC"), ("الصين", "LOC")]),
    ("وباء الكوليرا في اليمن", [("الكوليرا", "MISC"), ("اليمن", "LOC")]),
    # places that start with ك stay places
    ("وزار الرئيس كينيا وكوريا الجنوبية.", [("كينيا", "LOC"), ("كوريا الجنوبية", "LOC")]),
])
def test_disease_names(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # ANT dev 2456, a headline: the tagger's person after "رئيس" is the known organisation
    ("رئيس الهلال الأحمر: ينقصنا التراخيص", [("الهلال الأحمر", "ORG")]),
    # ANT held-out 159
    ("وقالت ممثلة هيومن رايتس ووتش في تونس إن", [("هيومن رايتس ووتش", "ORG"), ("تونس", "LOC")]),
])
def test_known_organisation_not_a_person(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # the first word of a known place of several words is never split: "بيونغ" is no ب + "يونغ" (ANT dev 1546, 1776)
    ("السبت، بينما كان في طريقه إلى بيونغ يانغ، الأمر", [("بيونغ يانغ", "LOC")]),
    ("أطلقت كوريا الشمالية صاروخا باليستيا، في تحد جديد لبيونغ يانغ.",
     [("كوريا الشمالية", "LOC"), ("بيونغ يانغ", "LOC")]),
    # ANT dev 1293, 522: "بالم سبرينغس", "بارا" keep their first letter
    ("في إجازة مع عائلته إلى مدينة بالم سبرينغس بولاية كاليفورنيا", [("بالم سبرينغس", "LOC"), ("كاليفورنيا", "LOC")]),
    # a proclitic before such a word still goes
    ("وقع الحادث ببني سويف وبسيدي بوزيد ووادي الليل.",
     [("بني سويف", "LOC"), ("سيدي بوزيد", "LOC"), ("وادي الليل", "LOC")]),
])
def test_first_word_of_a_place_unsplit(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected
