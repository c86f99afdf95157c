"""Session 30 (ent30b): organisations of other outlets' news.

- The armed wing of a movement or a militia, a registry unit whose parent is a militia, a party or a jihadist
  group, is an ORG whatever the tagger read in it ("كتائب القسام", "سرايا القدس", "ألوية الناصر صلاح الدين" — a PER
  before); a state's unit is not ("الفرقة الرابعة", "الفيلق الثالث"), as state forces are not.  A group named
  after another group is one ORG ("كتائب حزب الله", not the ORG "حزب الله" inside it).
- Rescue and coast bodies are ORGs wherever they stand ("الدفاع المدني", "خفر السواحل", "حراس السواحل"); a state's
  security or intelligence service after "جهاز" with its adjectives or nationality ("جهاز المخابرات الوطني
  السوداني", "جهاز أمن الدولة"), not the bare "جهاز الأمن" (the security apparatus); the command of a city's police
  with its head ("قيادة شرطة دمشق"); known bodies (Iraq's "خلية الإعلام الأمني", the UN's missions by their whole
  names).  "النيابة العامة" stays untagged as the news corpora leave it.
- An authority coordinates its portfolios as a ministry does ("هيئة الطرق والمواصلات"), not another body after
  و ("هيئة الاستثمار والحكومة"); "مجلس التعاون الخليجي" stays untagged as ANERcorp leaves it.
"""

from __future__ import annotations

import pytest

from entity_cases import entities


@pytest.mark.parametrize(("sentence", "expected"), [
    ("وأعلنت كتائب القسام، الجناح العسكري لحركة حماس، عن قنص جندي إسرائيلي.",
     [("كتائب القسام", "ORG"), ("حماس", "ORG")]),
    ("المتحدث باسم كتائب القسام أبو عبيدة: مجاهدونا تمكنوا من تفجير دبابة",
     [("كتائب القسام", "ORG"), ("أبو عبيدة", "PER")]),
    ("وقالت كتائب عز الدين القسام إنها استهدفت آلية عسكرية.", [("كتائب عز الدين القسام", "ORG")]),
    ("وقال الناطق باسم القسام إن المقاومين دمروا 3 دبابات.", [("القسام", "ORG")]),
    ("وقصفت سرايا القدس، الجناح العسكري لحركة الجهاد الإسلامي، مستوطنة سديروت.",
     [("سرايا القدس", "ORG"), ("الجهاد الإسلامي", "ORG"), ("سديروت", "LOC")]),
    ("وقالت سرايا القدس إنها قصفت مستوطنات الغلاف.", [("سرايا القدس", "ORG")]),
    ("وأعلنت ألوية الناصر صلاح الدين مسؤوليتها عن العملية.", [("ألوية الناصر صلاح الدين", "ORG")]),
    ("وأعلنت كتائب أبو علي مصطفى قصف موقع عسكري.", [("كتائب أبو علي مصطفى", "ORG")]),
    ("وقال مصدر في قوة الرضوان التابعة لحزب الله إن مقاتليها انسحبوا.",
     [("قوة الرضوان", "ORG"), ("حزب الله", "ORG")]),
    ("وأعلنت كتيبة جنين التابعة لسرايا القدس تصديها لقوات الاحتلال.",
     [("كتيبة جنين", "ORG"), ("سرايا القدس", "ORG")]),
    # a militia named after another group: the whole name (its nisba left out, as "حزب الله" of "حزب الله اللبناني")
    ("وتبنت كتائب حزب الله الهجوم على القاعدة الأمريكية.", [("كتائب حزب الله", "ORG")]),
    ("وقال المتحدث باسم كتائب حزب الله العراقية إن الفصائل ستواصل عملياتها.", [("كتائب حزب الله", "ORG")]),
    # a group's short name inside its name keeps its span
    ("وقال تنظيم القاعدة في بيان إن عناصره هاجموا الثكنة.", [("تنظيم القاعدة", "ORG")]),
    # not: a state's units
    ("وأكد قائد الفرقة الرابعة في الجيش السوري أن قواته جاهزة.", []),
    ("وتقدمت قوات الفيلق الثالث نحو المدينة.", []),
    ("وقالت الشرطة الاتحادية إنها أحبطت هجوما.", []),
])
def test_armed_wings_are_organisations(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("وقال الدفاع المدني في غزة إن فرقه انتشلت جثامين 12 شهيدا.", [("الدفاع المدني", "ORG"), ("غزة", "LOC")]),
    ("وتمكنت فرق الدفاع المدني من إخماد الحريق.", [("الدفاع المدني", "ORG")]),
    ("وقالت المديرية العامة للدفاع المدني إن الأمطار ستستمر.", [("المديرية العامة للدفاع المدني", "ORG")]),
    ("وأنقذ خفر السواحل التونسي 40 مهاجرا قبالة صفاقس.", [("خفر السواحل", "ORG"), ("صفاقس", "LOC")]),
    ("وقال خفر السواحل الإيطالي إن 50 مهاجرا فقدوا.", [("خفر السواحل", "ORG")]),
    ("وقال حراس السواحل الليبيون إنهم اعترضوا قاربا.", [("حراس السواحل", "ORG")]),
    ("واعترض الحرس الساحلي الليبي قاربا يقل مهاجرين.", [("الحرس الساحلي", "ORG")]),
])
def test_rescue_and_coast_bodies(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("وأعلن جهاز المخابرات الوطني السوداني اعتقال عدد من المتهمين.", [("جهاز المخابرات الوطني السوداني", "ORG")]),
    ("وقال جهاز المخابرات العامة المصرية إنه يتابع المفاوضات.", [("جهاز المخابرات العامة المصرية", "ORG")]),
    ("وأكد مصدر في جهاز الأمن الوقائي أن المعتقلين أفرج عنهم.", [("جهاز الأمن الوقائي", "ORG")]),
    ("واعتقل جهاز أمن الدولة خلية إرهابية.", [("جهاز أمن الدولة", "ORG")]),
    ("وكان جهاز الأمن والمخابرات الوطني قد حل قبل عامين.", [("جهاز الأمن والمخابرات الوطني", "ORG")]),
    # a proclitic on the head: the span starts after it
    ("وذكر تقرير لجهاز الاستخبارات الروسي أن الهجوم كان متوقعا.", [("جهاز الاستخبارات الروسي", "ORG")]),
    # not: the security apparatus, a service coordinated with the army, a device
    ("وأضاف أن جهاز الأمن انتقل انتقالا سلسا خلال الفترة الانتقالية.", []),
    ("وأجرى تغييرات في جهاز المخابرات والجيش.", []),
    ("واشترى جهاز تلفزيون جديدا.", []),
    # the command of a city's police; not a station
    ("ونقلت الوكالة عن مصدر في قيادة شرطة دمشق أن الهجوم ناجم عن عبوتين.", [("قيادة شرطة دمشق", "ORG")]),
    ("وكتبت قيادة شرطة باريس في تغريدة أن الوضع تحت السيطرة.", [("قيادة شرطة باريس", "ORG")]),
    ("وقالت شرطة دبي إنها ضبطت عصابة.", [("شرطة دبي", "ORG")]),
    ("وقال مصدر في مركز شرطة باب بحر إن الشكوى سجلت.", []),
])
def test_security_services(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("وقالت خلية الإعلام الأمني في بيان إن قوة أمنية اعتقلت ثلاثة إرهابيين.", [("خلية الإعلام الأمني", "ORG")]),
    ("وأعلنت قيادة العمليات المشتركة انطلاق عملية عسكرية.", [("قيادة العمليات المشتركة", "ORG")]),
    ("وقال مركز طب الطوارئ والدعم إن حصيلة الضحايا ارتفعت.", [("مركز طب الطوارئ والدعم", "ORG")]),
    ("وقالت بعثة الأمم المتحدة للدعم في ليبيا إنها ترحب بالاتفاق.", [("بعثة الأمم المتحدة للدعم في ليبيا", "ORG")]),
    ("وقالت بعثة الأمم المتحدة لمساعدة العراق إن الانتخابات جرت بسلام.",
     [("بعثة الأمم المتحدة لمساعدة العراق", "ORG")]),
    # without its complement the mission's head stays out, as ANERcorp leaves it
    ("وقالت بعثة الأمم المتحدة في ليبيا إنها ترحب بالاتفاق.", [("الأمم المتحدة", "ORG"), ("ليبيا", "LOC")]),
    # Sudan's resistance committees: the span starts at "لجان" (no ل + the name "جان"), its adjective left out;
    # Gaza's "لجان المقاومة الشعبية" is the registry group, whole
    ("ودعت لجان المقاومة المحلية في الخرطوم إلى مواكب جديدة.", [("لجان المقاومة", "ORG"), ("الخرطوم", "LOC")]),
    ("ودعت تنسيقيات لجان المقاومة إلى التظاهر.", [("لجان المقاومة", "ORG")]),
    ("وقالت لجان المقاومة الشعبية إنها قصفت موقعا.", [("لجان المقاومة الشعبية", "ORG")]),
    ("وقال لصندوق النقد الدولي إن الاتفاق جاهز.", [("صندوق النقد الدولي", "ORG")]),
    # left untagged as the news corpora leave them
    ("وأمرت النيابة العامة بحبس المتهمين أربعة أيام.", []),
    ("وقال الأمين العام لمجلس التعاون الخليجي إن القمة ستعقد في الرياض.", [("الرياض", "LOC")]),
])
def test_known_state_bodies(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("وقالت هيئة الطرق والمواصلات إن المشروع سينجز العام المقبل.", [("هيئة الطرق والمواصلات", "ORG")]),
    ("وحذرت هيئة الغذاء والدواء الأمريكية من استخدام الدواء.", [("هيئة الغذاء والدواء الأمريكية", "ORG")]),
    ("وقالت هيئة الإذاعة والتلفزيون إنها ستبث المباراة.", [("هيئة الإذاعة والتلفزيون", "ORG")]),
    ("لهيئة الحقيقة والكرامة في تونس", [("هيئة الحقيقة والكرامة", "ORG"), ("تونس", "LOC")]),
    ("وأعلنت وزارة التجارة والصناعة عن ضوابط جديدة.", [("وزارة التجارة والصناعة", "ORG")]),
    # not: another body or party after و, nor the object of a verbal noun, nor two ministries
    ("وقالت هيئة الدفاع والقائمين بالحق الشخصي إن الحكم جائر.", [("هيئة الدفاع", "ORG")]),
    ("ووقعت هيئة الاستثمار والحكومة اتفاقا.", [("هيئة الاستثمار", "ORG")]),
    ("وتعاونت هيئة الانتخابات والأحزاب في تنظيم الحملة.", [("هيئة الانتخابات", "ORG")]),
    ("واجتمعت وزارتا الداخلية والدفاع لبحث الوضع.", []),
])
def test_authority_portfolios(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected


def test_a_club_after_the_portfolios_is_another_body() -> None:
    # ANT 1857: "ونادي الأسير الفلسطيني" is a second body, not a portfolio of the commission (the tagger leaves it)
    assert entities("أصدرت هيئة شؤون الأسرى والمحررين ونادي الأسير الفلسطيني تقريرا في الذكرى السنوية") == [
        ("هيئة شؤون الأسرى والمحررين", "ORG")]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a head without the article and indefinite nisbas: "a relief organisation", no name (s16)
    ("اختطف مسلحون قبليون مهندسا يعمل لدى منظمة إغاثية دولية على الطريق.", []),
    ("ووقعت الحكومة عقدا مع شركة صينية لبناء الميناء.", []),
    ("وقالت منظمة غير حكومية إن الوضع كارثي.", []),
    ("وأعلنت مؤسسة خيرية كويتية عن حملة إغاثة.", []),
    # names stay
    ("وقالت شركة سوني إنها ستطلق جهازا جديدا.", [("سوني", "ORG")]),
    ("وقالت منظمة العفو الدولية إن المعتقلين تعرضوا للتعذيب.", [("منظمة العفو الدولية", "ORG")]),
])
def test_indefinite_head_names_no_body(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected
