"""Session 41 (ent41): names of culture, from a clown festival in المروج nobody had tuned for (ANT v1.1 line 538) and
the families of its wrong spans in ANT 0–2999, 6000–8499, 9000–10165 (``extract/entities/culture.py``, word lists
in ``resources/ner/culture.yaml``).

- Festivals and fairs are one MISC with their head: "مهرجان قرطاج الدولي", "أيام قرطاج السينمائية", "المهرجان
  الدولي لفن المهرج", "معرض تونس الدولي للكتاب" (the town no LOC of its own inside); not "أيام العطلة", "معرض صور",
  "هيئة المهرجان", a festival inside an association's name, nor the guests after it ("للفنانين", "للمخرج").
- Quoted titles after "بعنوان", "تحت عنوان", "يحمل عنوان" or a work ("فيلم", "عملها المسرحي") are one MISC, no
  PER/LOC/ORG inside.
- "فن" + its object is no person ("لفن المهرج").
- Cultural bodies ("دار الثقافة", "دار الشباب", "المركب الثقافي", "المسرح الوطني") are an ORG, their town a LOC.
- The quoted names after "جمعيتا", "منظمتا" are an ORG each.
- Persons after a credit ("بإشراف بثينة الكثيري") and a quoted name after an artist and a nationality ('المسرحية
  الفرنسية "آنّا تريبال"', the shadda kept in the span: offsets are the text's).
- "عمدة" (mayor) is a title: "عمدة المدينة داميان كاريم", "العمدة بيل دي بلازيو" (not "أعمدة", columns).
"""

from __future__ import annotations

import pytest

from entity_cases import entity_spans as spans

CLOWN = ("تحتضن دار الثقافة بالمروج الدورة الخامسة للمهرجان الدولي لفن المهرج من 8 إلى 12 أفريل الحالي، بمشاركة "
         "أعمال فنية من فرنسا وليبيا.")


def test_ant_538_festival_house_and_town() -> None:
    assert spans(CLOWN) == [('دار الثقافة', 'ORG', 6), ('المروج', 'LOC', 19), ('لمهرجان الدولي لفن المهرج', 'MISC', 42),
                            ('فرنسا', 'LOC', 116), ('ليبيا', 'LOC', 123)]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a festival: its head, its place, its adjectives, its ل complement; a proclitic on the head is left out
    ('وذلك خلال الدورة 66 لمهرجان برلين السينمائي وفاز فيلمه بجائزة.',
     [('مهرجان برلين السينمائي', 'MISC', 21)]),
    ('ويشارك الفيلم في أيام قرطاج السينمائية وفي مهرجان أيام قرطاج المسرحية هذا العام.',
     [('أيام قرطاج السينمائية', 'MISC', 17), ('مهرجان أيام قرطاج المسرحية', 'MISC', 43)]),
    ('من مهرجان قرطاج السينمائي الذي أضاع بوصلته ومهرجان قرطاج الذي أصبح',
     [('مهرجان قرطاج السينمائي', 'MISC', 3), ('مهرجان قرطاج', 'MISC', 44)]),
    ('ينطلق مهرجان القيروان للشعر العربي ببيت الشعر بالقيروان يوم الجمعة.',
     [('مهرجان القيروان للشعر العربي', 'MISC', 6), ('بيت الشعر', 'ORG', 36), ('القيروان', 'LOC', 47)]),
    ('على هامش افتتاح معرض بيروت العربي الدولي للكتاب الذي افتتح أمس.',
     [('معرض بيروت العربي الدولي للكتاب', 'MISC', 16)]),
    ('افتتاح المهرجان الدولي للموسيقى الأندلسية بالمنستير يوم السبت.',
     [('المهرجان الدولي للموسيقى الأندلسية', 'MISC', 7), ('المنستير', 'LOC', 43)]),
    ('يتضمن برنامج مهرجان المدينة بسوسة عروضا صوفية وأمسيات.',
     [('مهرجان المدينة', 'MISC', 13), ('سوسة', 'LOC', 29)]),
    ('وأكد أن الدورة الجديدة لمهرجان الورد لسنة 2017 ستكون متميزة.',
     [('مهرجان الورد', 'MISC', 24)]),
    # the guests after it are no part of it; nor a year the tagger took into it
    # a person after a person loses its و (session 45)
    ('بخصوص استضافة مهرجان قرطاج الدولي للفنانين شارل أزنافور ومادونا.',
     [('مهرجان قرطاج الدولي', 'MISC', 14), ('شارل أزنافور', 'PER', 43), ('مادونا', 'PER', 57)]),
    ('في الدورة 69 لمهرجان كان السينمائي للمخرج الكبير كين لوتش',
     [('مهرجان كان السينمائي', 'MISC', 14), ('كين لوتش', 'PER', 49)]),
    ('في اطار مهرجان البندقية السينمائي 2016 والذى امتد',
     [('مهرجان البندقية السينمائي', 'MISC', 8)]),
    # no festival: a fair without an adjective or a complement, an ordinary plural, a festival inside an ORG
    ('وكان المخرج يقيم معرض صور في العاصمة الفرنسية باريس قبل سنوات.',
     [('باريس', 'LOC', 46)]),
    ('وتنظم الجمعية أيام العطلة المدرسية عروضا بالمسرح البلدي بسوسة.',
     [('سوسة', 'LOC', 57)]),
    ('وقالت جمعية مهرجان الزيتونة الدولي إن هيئة المهرجان ستعقد ندوة.',
     [('جمعية مهرجان الزيتونة الدولي', 'ORG', 6), ('هيئة المهرجان', 'ORG', 38)]),
])
def test_festivals(sentence: str, expected: list[tuple[str, str, int]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ('يليه عرض مسرحي، بدار الثقافة المروج، بعنوان "مغامرات المهرجة الصغيرة" إنتاج شركة "تكابس" للإنتاج بتونس .',
     [('دار الثقافة', 'ORG', 17), ('المروج', 'LOC', 29), ('مغامرات المهرجة الصغيرة', 'MISC', 45),
      ('تكابس', 'ORG', 82), ('تونس', 'LOC', 98)]),
    ('وقدم الباحث محاضرة بعنوان "الشعر وسؤال الهوية" بحضور جمهور غفير.',
     [('الشعر وسؤال الهوية', 'MISC', 27)]),
    ('وعرض الفيلم الذي يحمل عنوان "وجدت الحب" في قاعة الكوليزي.',
     [('وجدت الحب', 'MISC', 29)]),
    # a report's or a declaration's title after بعنوان keeps the name the tagger found in it, as ANERcorp and
    # NewsFANE tag it ('بعنوان " جسور عبر المتوسط "'); a work's title is MISC whole (below)
    ('وجاء البيان الختامي بعنوان "إعلان الرياض" وأكد أهمية مواجهة الإرهاب.',
     [('الرياض', 'LOC', 34)]),
    ('ودعت الوثيقة المكونة من صفحة واحدة بعنوان "مشروع البرنامج الانتخابي لحزب الحرية في 2017-2021" إلى غلق المساجد.',
     [('حزب الحرية', 'ORG', 69)]),
    # after a work, the article, a proclitic or an adjective between
    ('وفاز فيلم "جسد غريب" لرجاء العماري وعرضان إضافيان لفيلم "زهرة حلب" في سوسة.',
     [('جسد غريب', 'MISC', 11), ('زهرة حلب', 'MISC', 57), ('سوسة', 'LOC', 70)]),
    ('أكد الأستاذ رضا مامي مترجم كتاب "من عيون شعر الشابي" إلى اللغة الاسبانية',
     [('رضا مامي', 'PER', 12), ('من عيون شعر الشابي', 'MISC', 33)]),
])
def test_quoted_titles(sentence: str, expected: list[tuple[str, str, int]]) -> None:
    assert spans(sentence) == expected


def test_ant_538_play_title_and_playwright() -> None:
    # the shadda of "آنّا" is folded away for matching; the span is the text's, with it
    sentence = ('وتقدّم جمعية "بازادوس" بفريانة عملها المسرحي "كلون شو" يليه عرض "مؤتمر الصراخ" تقدمه المسرحية '
                'الفرنسية "آنّا تريبال".')
    assert spans(sentence) == [('بازادوس', 'ORG', 14), ('فريانة', 'LOC', 24), ('كلون شو', 'MISC', 46),
                               ('مؤتمر الصراخ', 'MISC', 65), ('آنّا تريبال', 'PER', 104)]
    assert sentence[104:115] == 'آنّا تريبال'


@pytest.mark.parametrize(("sentence", "expected"), [
    ('ويهدف المهرجان إلى مزيد التعريف بفن المهرّج والمساهمة في تطويره.', []),
    ('ويهتم المهرجان بفن الخط وفنون الركح وفن العرائس.', []),
])
def test_arts_are_no_persons(sentence: str, expected: list[tuple[str, str, int]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ('وتحتضن دار الشباب بالمنيهلة وبالمركب الثقافي بصفاقس وفي دار الثقافة ابن خلدون عروضا.',
     [('دار الشباب', 'ORG', 7), ('المنيهلة', 'LOC', 19), ('المركب الثقافي', 'ORG', 30), ('صفاقس', 'LOC', 46),
      ('دار الثقافة ابن خلدون', 'ORG', 56)]),
    ('وقدمت فرقة المسرح الوطني التونسي عرضها بدار الثقافة المروج أمس.',
     [('فرقة المسرح الوطني التونسي', 'ORG', 6), ('دار الثقافة', 'ORG', 40), ('المروج', 'LOC', 52)]),
    ('ويحمل عنوان "المهرج" لفرقة المسرح الوطني ببنغازي (ليبيا).',
     [('المهرج', 'MISC', 13), ('فرقة المسرح الوطني', 'ORG', 22), ('بنغازي', 'LOC', 42), ('ليبيا', 'LOC', 50)]),
    ('قرب المركز الثقافي الإسلامي في كيبيك',
     [('المركز الثقافي الإسلامي', 'ORG', 4), ('كيبيك', 'LOC', 31)]),
    ('المكتبة العمومية بقصور الساف ودار الثقافة بسيدي علوان',
     [('المكتبة العمومية', 'ORG', 0), ('قصور الساف', 'LOC', 18), ('دار الثقافة', 'ORG', 30),
      ('سيدي علوان', 'LOC', 43)]),
    ('بالمركب الثقافي المدرسي محمود المسعدي.',
     [('المركب الثقافي المدرسي محمود المسعدي', 'ORG', 1)]),
])
def test_cultural_bodies(sentence: str, expected: list[tuple[str, str, int]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ('الذي تنظمه جمعيتا "فرحة للفنون الركحية" و"أهل الفن"، تأسس سنة 2013.',
     [('فرحة للفنون الركحية', 'ORG', 19), ('أهل الفن', 'ORG', 42)]),
    ('وتعمل منظمتا "أنا يقظ" و"البوصلة" على مراقبة البرلمان.',
     [('أنا يقظ', 'ORG', 14), ('البوصلة', 'ORG', 25)]),
])
def test_dual_heads(sentence: str, expected: list[tuple[str, str, int]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ('هي ورشة "القيافة والماكياج" بإشراف بثينة الكثيري وورشة أخرى.',
     [('بثينة الكثيري', 'PER', 35)]),
    ('وهي مسرحية من تأليف منى سلطاني وإخراج حمزة محجوب وبطولة هند صبري.',
     [('منى سلطاني', 'PER', 20), ('حمزة محجوب', 'PER', 38), ('هند صبري', 'PER', 56)]),
    ('وأشرف على الورشة بإشراف الأستاذ المسرحي صحبي عمر وبإشراف سامية البيولي.',
     [('صحبي عمر', 'PER', 40), ('سامية البيولي', 'PER', 57)]),
    # no person: a title, an ordinary word that is a name too
    ('وذلك باشراف رئيس الحكومة يوسف الشاهد وتقديم اية تفاصيل و أداء على مستوى الصلابة',
     [('يوسف الشاهد', 'PER', 25)]),
    ('وقال الوزير إن القرار يأتي لتقييم أداء رئيس الجمهورية خلال سنتين.', []),
    ('وقدم الممثل الفرنسي "جان دوبون" عرضه في قاعة الفن الرابع.',
     [('جان دوبون', 'PER', 21)]),
])
def test_credits(sentence: str, expected: list[tuple[str, str, int]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a straight quote that closes one opens no title; a currency ("العملة", folded as "عمله", his work) is no work;
    # "آخر أفلام" + a name: the director's films, not a title
    ('طاول "برنامج الفدية" عشرات ألاف أجهزة الكمبيوتر في أوروبا',
     [('برنامج الفدية', 'MISC', 6), ('أوروبا', 'LOC', 51)]),
    ('وغزت العملة الافتراضية "بيتكوين" العالم خلال السنوات الاخيرة', []),
    ('وأكدت سجى الدليمي في فيديو "مخيف" أنها انفصلت',
     [('سجى الدليمي', 'PER', 6)]),
    ('الترشحات بكتابة اللجنة الاولمبية التونسية بالمركز الثقافي والرياضي للشباب بالمنزه السادس.',
     [('المركز الثقافي والرياضي للشباب', 'ORG', 43), ('المنزه', 'LOC', 75)]),
])
def test_not_titles(sentence: str, expected: list[tuple[str, str, int]]) -> None:
    assert spans(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # "عمدة" (mayor) is a title (rules.yaml's titles): the name after it and its city is a person
    ('وقال عمدة لندن صادق خان إن المدينة لن ترضخ.',
     [('لندن', 'LOC', 10), ('صادق خان', 'PER', 15)]),
    ('إذ غرّد عمدة المدينة داميان كاريم في حسابه على تويتر',
     [('داميان كاريم', 'PER', 21), ('تويتر', 'ORG', 47)]),
    ('وقال العمدة بيل دي بلازيو إن المدينة',
     [('بيل دي بلازيو', 'PER', 12)]),
    ('وأقدم عمدة المدينة، دانييلي غاليانو، على منع البوركيني',
     [('دانييلي غاليانو', 'PER', 20)]),
    ('سقوط أعمدة كهربائية و انقطاع التيار', []),
])
def test_mayor(sentence: str, expected: list[tuple[str, str, int]]) -> None:
    assert spans(sentence) == expected
