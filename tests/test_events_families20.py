"""The events stage, session 20: families read on ANT (Tunisian and world news).

- Planned, intended, threatened, foiled or charged acts are negated, as a called-off strike is: a cue right before
  the trigger ("يشتبه في تخطيطه لهجوم", "إحباط عديد الهجمات", "بتهمة محاولة تنفيذ هجوم", "المتهم بقتل", "برقية
  الإضراب", "هددت بالدخول في إضراب"), a verb of intent before the act's infinitive ("تعتزم النقابة … تنفيذ وقفة
  احتجاجية"), a future ("سينفذون إضرابا", "سيضربون") or a planned protest ("الإضراب المزمع").  Not an attempt that
  happened, a plot of an attack the clause counts the dead of, nor the plotters of an attack told before.
- A group written with ل after a site the event aims at, or after an adjective of opposition, owns the target or is
  opposed: no actor ("مواقع لتنظيم القاعدة", "مظاهرات مناوئة لترامب").
- The crowd a number word counts is the noun after it ("احتج مئات المشجعين" → "المشجعين").
- A definite noun of the same type after an event of the sentence is that event ("قصفت الطائرات …، وأسفر القصف عن
  مقتل 5 أشخاص").
"""

from __future__ import annotations

import pytest

REF = "2017-06-01"


def _events(nlp, text: str) -> list[tuple]:
    return [(e.text, e.type, e.negated) for e in nlp(text, reference_date=REF).layers["events"]]


def _roles(nlp, text: str) -> list[list[tuple[str, str]]]:
    return [[(a["role"], a["text"]) for a in e.actors] for e in nlp(text, reference_date=REF).layers["events"]]


@pytest.mark.parametrize(("text", "expected"), [
    # plans (ANT): the noun, the verb, with ل, لـ and a quote, after a suspicion
    ("لندن : اعتقال شخص يشتبه في تخطيطه لهجوم إرهابي",
     [("اعتقال", "strategic developments", False), ("هجوم", "violence against civilians", True)]),
    ('على خلفية اعتقال شخص قرب مبنى البرلمان يشتبه في أنه خطط لـ"اعتداء إرهابي".',
     [("اعتقال", "strategic developments", False), ("اعتداء", "violence against civilians", True)]),
    ("تمكنت السلطات البحرينية من القبض على 5 أشخاص خططوا لتنفيذ تفجيرات وأعمال إرهابية في البلاد.",
     [("القبض على", "strategic developments", False), ("تفجيرات", "explosions/remote violence", True)]),
    ("اتهم القضاء شخصا بالتخطيط لتفجير أنبوب غاز في الجنوب.", [("تفجير", "explosions/remote violence", True)]),
    ("وجه القضاء الفرنسي تهمة الإرهاب إلى شابين اعتقلوا الأسبوع الماضي بشبهة التحضير لاعتداء وشيك.",
     [("اعتقلوا", "strategic developments", False), ("اعتداء", "violence against civilians", True)]),
    # foiled
    ('أعلنت وزارة الداخلية المغربية اليوم الأربعاء عن إحباط عديد الهجمات في البلاد واعتقال 52 شخصا يشتبه في '
     'انتمائهم لتنظيم "داعش" الإرهابي.',
     [("الهجمات", "battles", True), ("اعتقال", "strategic developments", False)]),
    ("إيران : إحباط هجوم  إرهابي وحجز قنابل ومتفجرات", [("هجوم", "violence against civilians", True)]),
    ("إحباط محاولة تفجير جسر \"ريالتو\" بالبندقية", [("تفجير", "explosions/remote violence", True)]),
    ("وتمت مداهمة منزل والديه وإلقاء القبض عليه وتم حجز مخطط التفجير بتونس العاصمة .",
     [("إلقاء القبض", "strategic developments", False), ("التفجير", "explosions/remote violence", True)]),
    # charged (a court case is no new event)
    ("ولم تتوصل محكمة انتورب إلى أدلة كافية تدين المعتقل التونسي بتهمة محاولة تنفيذ هجوم إرهابي.",
     [("هجوم", "violence against civilians", True)]),
    ("أجلت المحكمة النظر في قضية خليجي متهم بقتل زوجته عمدا.", [("قتل", "violence against civilians", True)]),
    # threatened, vowed
    ("الشرطة تتأهب بعد تهديد بتفجيرات على متن طائرتين", [("تفجيرات", "explosions/remote violence", True)]),
    ("وتوعد بوتين بشن ضربات جوية على مواقع الإرهابيين في سوريا.",
     [("ضربات جوية", "explosions/remote violence", True)]),
    ('تسبب تهديد "كاذب" من أحد المسافرين بتفجير طائرة أثناء رحلتها من جدة إلى القاهرة في حالة من الذعر بين الركاب.',
     [("تفجير", "explosions/remote violence", True)]),
    ("وقتل 5 جنود بتفجير عبوة ناسفة، فيما هددت الحركة بشن هجمات جديدة.",
     [("تفجير", "explosions/remote violence", False), ("هجمات", "battles", True)]),
    # possible, imminent, warned of
    ('حذرت الولايات المتحدة الأميركية دولة الكويت من احتمال تعرضها لـ"اعتداء إرهابي" خلال الفترة القادمة.',
     [("اعتداء", "violence against civilians", True)]),
    ('ذكرت صحيفة بلجيكية أنه تم استقبال مذكرة في مراكز شرطة بلجيكية عديدة تشير إلى هجمات إرهابية "وشيكة" في فرنسا.',
     [("هجمات", "violence against civilians", True)]),
])
def test_planned_foiled_charged_acts_negated(nlp, text: str, expected: list) -> None:
    assert _events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # strikes and sit-ins announced (ANT): intent, decision, threat, notice, future, planned
    ("تعتزم النقابة الموحدة لأعوان الديوانة التونسية تنفيذ وقفة إحتجاجية يوم 22 مارس 2017 بساحة الحكومة بالقصبة.",
     [("وقفة إحتجاجية", "protests", True)]),
    ("وكان مجلس الهيئة الوطنية للعدول المنفذين، قرر الدخول في إضراب عن العمل بغلق المكاتب يومي 22 و23 فيفري 2017.",
     [("إضراب", "protests", True)]),
    ("يذكر أن النقابة قد قررت الإضراب احتجاجا على نقص التجهيزات.", [("الإضراب", "protests", True)]),
    ("وفيما هدد المتساكنون بالدخول في اعتصام مفتوح بداية من اليوم الأحد.", [("اعتصام", "protests", True)]),
    ("تقرر على إثر جلسة تفاوضية بمقر وزارة الصحة، للنظر في برقية الاضراب للنقابة العامة للأطباء.",
     [("الاضراب", "protests", True)]),
    ("وسينفذ الأساتذة غدا الثلاثاء إضرابا إنذاريا عن العمل بساعتين احتجاجا على عدم تنفيذ الوزارة لتعهداتها.",
     [("إضرابا", "protests", True)]),
    ("وقالت النقابة إن العاملين في مطاري تيجيل وشونفيلد ببرلين سيضربون عن العمل يوم الاثنين.",
     [("يضربون", "protests", True)]),
    ("وبخصوص الإضراب المزمع تنفيذه يوم 22 فيفري الحالي، أكد الشفي أن الاتحاد يأمل في التوصل إلى حلول.",
     [("الإضراب", "protests", True)]),
    # calls, decisions, the passive future, a coming day, a planned adjective a few words after the noun
    ("ودعا النشطاء إلى تنظيم مظاهرة دعم مساء اليوم في ميدان تقسيم.", [("مظاهرة", "protests", True)]),
    ("دعا اتحاد الأساتذة الجامعيين الباحثين التونسيين كافة الجامعيين التونسيين إلى تنفيذ إضراب وطني يوم الخميس 23 "
     "فيفري 2017.", [("إضراب", "protests", True)]),
    ("وأضافت النقابة في بلاغ لها اليوم انه سيتم تنفيذ وقفات احتجاجية بكافة المؤسسات التربوية يوم الاثنين 18 أفريل.",
     [("وقفات احتجاجية", "protests", True)]),
    ("المعلمون يقررون تنفيذ إضراب حضوري بيومين", [("إضراب", "protests", True)]),
    ("أساتذة التعليم الثانوي ينفذون إضرابا بساعتين غدا الثلاثاء", [("إضرابا", "protests", True)]),
    ("وفي ما يتعلق باضراب 19 ماي المزمع تنفيذه بقطاع الصحة، أكد وزير الصحة أنه يتطلع للحوار.",
     [("اضراب", "protests", True)]),
    # held: no cue; a decision or a future told for today or from yesterday; a planned word of another noun
    ("نفذ أعوان الصحة إضرابا عاما اليوم بمستشفى صفاقس.", [("إضرابا", "protests", False)]),
    ('أفاد سامي الخليفي أمس الاثنين أن "قرابة 59 ألف من عمال الحضائر" سيدخلون اليوم الثلاثاء في اضراب وطني.',
     [("اضراب", "protests", False)]),
    ("وكانت الهيئة الإدارية القطاعية لنقابة أعوان البريد قد قررت بعد انعقادها الأحد تنفيذ إضراب بثلاثة أيام بداية "
     "من أمس الإثنين.", [("إضراب", "protests", False)]),
    ("تجدر الإشارة، الى ان حزب تيار المحبة ينفذ منذ الأسبوع الفارط وقفات إحتجاجية منددة بالزيارة المرتقبة للرئيس "
     "المصري الى تونس.", [("وقفات إحتجاجية", "protests", False)]),
    ("شارك آلاف في تنظيم المظاهرة أمس.", [("المظاهرة", "protests", False)]),
    ("قررت النقابة الأساسية للتعليم الثانوي ببوحجلة من ولاية القيروان تنفيذ إضراب عام، اليوم الجمعة، بجميع المؤسسات "
     "التربوية بالجهة.", [("إضراب عام", "protests", False)]),
])
def test_announced_protests_negated(nlp, text: str, expected: list) -> None:
    assert _events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an attempt that happened, a plotted attack that killed, the plotters of an attack told before, a suspect "في"
    ("وقال الوزير إن الحادث كان محاولة هجوم على مركبة للشرطة من قبل شخص مسلح انتهى بمقتل المهاجم.",
     [("هجوم", "battles", False)]),
    ("وقالت مصادر عسكرية إنه تم استهداف معسكرات متشددين بعد أن تأكدت مشاركتهم في التخطيط لهجوم المنيا الذي أسفر "
     "عن مقتل 29 وإصابة 24 آخرين.",
     # (since session 25 the strikes on the camps are an event too: the noun of targeting is a trigger)
     [("استهداف", "explosions/remote violence", False), ("هجوم", "battles", False)]),
    ('وتعتقد الشرطة أن جماعة "مجاهدي بنغلادش" التي بايعت داعش هي المسؤولة عن التخطيط للهجوم.',
     [("هجوم", "battles", False)]),
    ("اعتقلت الشرطة المتهم في اغتيال السفير الروسي.",
     [("اعتقلت", "strategic developments", False), ("اغتيال", "violence against civilians", False)]),
    # an order of detention is no decision to protest
    ("فيما أصدرت سلطات الاحتلال قرابة 27 ألف قرار اعتقال إداري.", [("اعتقال", "strategic developments", False)]),
])
def test_acts_that_happened_stay(nlp, text: str, expected: list) -> None:
    assert _events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("وشنت مقاتلات أمريكية غارات القصف التي تستهدف مواقع لتنظيم القاعدة في ليبيا.",
     [[("actor", "مقاتلات أمريكية"), ("target", "تنظيم القاعدة")]]),
    ("خرجت مظاهرات مناوئة لترامب في أنحاء مختلفة من الولايات المتحدة.", [[("target", "ترامب")]]),
    ("يذكر إن القوة الجوفضائية للحرس الثوري استهدفت في ساعة متاخرة من مساء أمس الاحد مواقع الارهابيين التكفيريين.",
     [[("target", "الارهابيين التكفيريين")]]),
    # the complement of the trigger itself is its actor
    ("شنت طائرات غارة جوية لقوات التحالف الدولي على ريف الرقة.", [[("actor", "قوات التحالف الدولي")]]),
    # the crowd a number word counts
    ("احتج مئات المشجعين أمام مقر الجامعة تنديدا بقرار الرابطة.", [[("actor", "المشجعين")]]),
    ("تظاهر مئات الكوريين الجنوبيين, اليوم الثلاثاء, أمام السفارة الأمريكية.", [[("actor", "الكوريين الجنوبيين")]]),
    ("تظاهر المئات من الأهالي أمام مقر الولاية.", [[("actor", "الأهالي")]]),
    ("خرج عشرات الآلاف في مسيرة احتجاجية.", [[("actor", "عشرات الآلاف")]]),
])
def test_actor_and_target_roles(nlp, text: str, expected: list) -> None:
    assert _roles(nlp, text) == expected


def test_definite_noun_folds_into_the_event_before(nlp) -> None:
    doc = nlp("قصفت الطائرات الحربية مدينة إدلب، وأسفر القصف عن مقتل 5 أشخاص.", reference_date=REF)
    (e,) = doc.layers["events"]
    assert (e.text, e.subtype, e.fatalities["value"]) == ("قصفت", "air/drone strike", 5)
    assert (e.fatalities["start"], e.fatalities["end"]) == (doc.text.index("5 أشخاص"), doc.text.index(" أشخاص"))


def test_qualified_noun_stays_its_own_event(nlp) -> None:
    doc = nlp("قصفت الطائرات الحربية مدينة إدلب، فيما أسفر القصف المدفعي على حماة عن مقتل 5 أشخاص.",
              reference_date=REF)
    assert [(e.text, e.subtype) for e in doc.layers["events"]] == [
        ("قصفت", "air/drone strike"), ("القصف المدفعي", "shelling/artillery/missile attack")]


@pytest.mark.parametrize(("text", "expected"), [
    ("وقالت موسكو إن الضربة الصاروخية الأميركية على مطار الشعيرات انتهاك للقانون الدولي.",
     [("الضربة الصاروخية", "explosions/remote violence", False)]),
    # "ضربة" alone is no attack
    ("كانت ضربة موجعة للسياحة التونسية.", []),
    ("سجل اللاعب الهدف الأول من ضربة جزاء.", []),
])
def test_strikes(nlp, text: str, expected: list) -> None:
    assert _events(nlp, text) == expected
