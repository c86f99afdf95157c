"""Entity families of session 19 (second pass): a city the tagger read as an organisation where the sentence
speaks of the place, and a town named after a person kept whole before an incident's adjective.  Sentences
from ANT news (JawharaFM and others), some shortened."""

from __future__ import annotations

import pytest

from entity_cases import NLP
from entity_cases import entities as _entities


@pytest.mark.parametrize("sentence, name, label", [
    ("أعلن تنظيم الدولة الإسلامية ارتباطه بالهجوم الذي استهدف حفلا موسيقيا في مانشستر وأسفر عن 22 قتيلا",
     "مانشستر", "LOC"),
    ("ألقت الشرطة البريطانية القبض على رجل يبلغ من العمر 23 عاما في جنوب مانشستر.", "مانشستر", "LOC"),
    ("وقال إن بولونيا وزوجته قتلا بعدما حضرا إلى مانشستر لمرافقة بناتهما إلى المنزل", "مانشستر", "LOC"),
    ("رفعت بريطانيا حالة التأهب الأمني وذلك عقب هجوم \"مانشستر\" الذي أودى بحياة 22 شخصا.", "مانشستر", "LOC"),
    ("قال مسؤولو مخابرات بريطانيون إن عبيدي ولد في مانشستر عام 1994 لأبوين من أصل ليبي.", "مانشستر", "LOC"),
    ("أعلن تنظيم داعش مسؤوليته عن هجوم برشلونة الذي أسفر عن 13 قتيلا", "برشلونة", "LOC"),
    ("قتل 13 شخصا في عملية دهس في برشلونة أمس", "برشلونة", "LOC"),
    # neighbours: the club after its head or in a sentence about sport, a channel with the article,
    # a city's police, a club of two words
    ("أفصح لاعب وسط نادي برشلونة الإسباني الكرواتي إيفان راكيتيتش عن رأيه", "برشلونة", "ORG"),
    ("انتقل المهاجم إلى مانشستر في صفقة قياسية خلال الميركاتو الصيفي", "مانشستر", "ORG"),
    ("فاز برشلونة على ريال مدريد في الدوري الإسباني", "برشلونة", "ORG"),
    ("أعلنت قناة الجزيرة القطرية أنها اضطرت لحذف كاريكاتور", "الجزيرة", "ORG"),
    ("وقالت شرطة \"مانشستر\" على صفحتها على \"تويتر\" إن حادثا وقع", "مانشستر", "ORG"),
    ("تعاقد نادي مانشستر يونايتد مع المدافع", "مانشستر يونايتد", "ORG"),
])
def test_city_not_org(sentence, name, label):
    found = dict(_entities(sentence))
    assert found.get(name) == label, found


@pytest.mark.parametrize("sentence, place, out", [
    ("تشييع جنازة أحد جرحى حادثة سيدي علي بن عون الارهابية شيع اهالي المدينة", "سيدي علي بن عون", "سيدي"),
    ("تحيي مدينة بن قردان الذكرى الأولى لعملية بن قردان الارهابية", "بن قردان", "بن قردان الارهابية"),
    ("سقط ثلاثة جرحى في هجوم باردو الإرهابي", "باردو", "باردو الإرهابي"),
])
def test_incident_town_whole(sentence, place, out):
    found = _entities(sentence)
    assert (place, "LOC") in found, found
    assert all(text != out for text, _ in found), found
    assert not any(label == "PER" for _, label in found), found


@pytest.mark.parametrize("sentence, org, person", [
    ("لكن رئيس البنك الدولي جيم يونغ كيم حذر في بيان من أن عدد الأشخاص", "البنك الدولي", "جيم يونغ كيم"),
    ("أكد رئيس مجموعة البنك الدولي جيم يونغ كيم دعمه القوي لتونس في عملية الانتقال", "البنك الدولي", "جيم يونغ كيم"),
    ("قال الوزير المكلف بالعلاقات مع مجلس نواب الشعب لزهر العكرمي.  وقال الهاني", "مجلس نواب الشعب", "لزهر العكرمي"),
    ("جددت زعيمة حزب الجبهة الوطنية مارين لوبان رفضها لارتداء المرأة الحجاب", "حزب الجبهة الوطنية", "مارين لوبان"),
])
def test_person_after_org_name(sentence, org, person):
    found = _entities(sentence)
    assert (org, "ORG") in found and (person, "PER") in found, found


@pytest.mark.parametrize("sentence, not_person", [
    # neighbours: a complement with ل or ب, an adjective, a channel's name
    ("كما أنّ الجمعية الأميركية لمرض السكري توصلت إلى نفس النتائج تقريبا", "لمرض السكري"),
    ("ويجتمع مجلس الأمن القومي مرة كل ثلاثة اشهر", "القومي"),
    ("وأشارت قناة \"تي في 5 موند\" إلى التجربة التونسية", "موند"),
    ("أضاف كاتب عام الاتحاد الجهوي ببن عروس ومنعم عميرة عضو النقابة", "ببن عروس ومنعم عميرة"),
    ("تم محاصرته عن طريق المكتب التنفيذي لمساندة المرزوقي في انتخابات 2014 الرئاسية", "لمساندة المرزوقي"),
])
def test_no_person_after_org_name(sentence, not_person):
    found = _entities(sentence)
    assert (not_person, "PER") not in found, found


@pytest.mark.parametrize("sentence, name, label", [
    ("ونفى الحاج أبو يوسف أي اقتتال طائفي في العراق مؤكدا", "أبو يوسف", "PER"),
    ("ويبلغ مجموع مصاريف الرحلة التي تصل إلى سبعة ملايين شيكل أي 1،45 مليون يورو", "شيكل", "MISC"),
    # neighbours: "أي" after a letter's name, or at the start, is a letter of an acronym
    ("ووفقا لوكالة \"يو بي أي\" الأميركية، فإن عددا آخر", "يو بي أي", None),
    ("نقلا عن موقع قناة \"اي بي سي\" الأمريكية", "اي بي سي", "ORG"),
])
def test_trailing_any(sentence, name, label):
    found = dict(_entities(sentence))
    if label is None:
        assert name in found, found
    else:
        assert found.get(name) == label, found
    assert not any(text.endswith(" أي") and not text.endswith("بي أي") for text in found), found


def test_generic_head_and_any_is_no_org():
    found = _entities("ولم يرد على مكتب المجلس أي مقترح تعديل، وتم التصويت للمصادقة")
    assert ("المجلس أي", "ORG") not in found, found


@pytest.mark.parametrize("sentence, place", [
    ("بروكسيل : شاب ينجو للمرة الثالثة من هجوم", "بروكسيل"),
    ("بعد هجمات بروكسيل : بولندا تتراجع عن استقبال 7 آلاف لاجئ", "بروكسيل"),
    ("سجلت مدينة اكل بالعاصمة البلجيكية بروكسال، 22.8° لأول مرة منذ 1901", "بروكسال"),
    ("في تفجير استهدف محطة مترو في مدينة سان بطرسبرغ بروسيا، اليوم الاثنين", "سان بطرسبرغ"),
    ("إلى العمل خلال مشاركته في فعاليات منتدى سان بطرسبورغ الاقتصادي الدولي", "سان بطرسبورغ"),
    ("ويربط نفق غوتار بين مدينتي زيوريخ ولوغانو ويعد الأطول في العالم", "زيوريخ"),
])
def test_city_spellings(sentence, place):
    assert (place, "LOC") in _entities(sentence)


def test_city_spelling_after_preposition():
    """The place after ب: the span is the city's name alone."""
    sentence = "تفجير في محطة القطارات ببروكسيل تم مساء اليوم الثلاثاء"
    doc = NLP(sentence)
    assert [(e.text, e.label) for e in doc.entities] == [("بروكسيل", "LOC")]


@pytest.mark.parametrize("sentence, name, label", [
    ("مواطن يحاول الانتحار حرقا بمقر معتمدية سيدي علوان أفاد مراسل الجوهرة", "سيدي علوان", "LOC"),
    ("إحباط عملية هجرة سرية انطلاقا من سواحل سيدي داود التابعة لمعتمدية الهوارية", "سيدي داود", "LOC"),
    ("أقدم على إحراق نفسه أمس بمنطقة سيدي عبد الحميد بسوسة. ووفق موفدنا", "سيدي عبد الحميد", "LOC"),
    ("نقاط سوداء على غرار الحي التعويضي بطريق سيدي منصور أفاد المدير الجهوي", "سيدي منصور", "LOC"),
    ("أن الباخرة راسية حاليا بميناء سيدي يوسف بقرقنة بعد نجاح عملية جرّها", "سيدي يوسف", "LOC"),
    ("سلمها لهم مقاول من بلدية برج عمر إدريس بوصل إيداع مزوّر", "برج عمر إدريس", "LOC"),
    # neighbours: a saint's shrine or mosque keeps the saint
    ("زار الوزير مقام سيدي محرز بالمدينة العتيقة", "سيدي محرز", "PER"),
])
def test_place_named_for_saint(sentence, name, label):
    assert dict(_entities(sentence)).get(name) == label


@pytest.mark.parametrize("sentence, name", [
    ("كانوا يعتزمون الإبحار خلسة من شاطئ \"سيدي جمور\" من معتمدية جربة", "سيدي جمور"),
    ("أعلن الوزير عن انطلاق أشغال ميناء \"سيدي يوسف\" بجزيرة قرقنة", "سيدي يوسف"),
])
def test_quoted_place_named_for_saint(sentence, name):
    assert dict(_entities(sentence)).get(name) == "LOC"
