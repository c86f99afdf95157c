"""Session 30 (ev30c): where an event took place, protests' crowds and forms, and events lost.

- A wire dateline ("رام الله - …", "صنعاء (رويترز) - …") is where the story was filed: the event's place only when the
  sentence names no other; the neighbour after "الحدود مع" and a country right after a verb trigger (its subject,
  "اغتالت إسرائيل") are no place of the event.
- "نادي الأسير" (the Palestinian Prisoners' Club) is no sport club that drops the sentence's arrest.
- A crowd counted before its protest reaches it through "من" and its adjectives ("عشرات من الأساتذة المتعاقدين",
  "العشرات من أهالي المنطقة"); burning tyres make a violent demonstration (ACLED), a tyre plant does not; a road
  blocked by people as a verbal noun ("قام أهالي … بقطع الطريق") and civil disobedience ("عصيان مدني") are protests.
- A death the protest is about ("إثر وفاة امرأة", "على خلفية مقتل مواطن") is no force against the protesters.

Read on the ANT dev dump (323, 942, 1242, 1608, 1825, 1856, 2935, 2936, 2946, 2990) and the held-out one.
"""

from __future__ import annotations

import pytest

from event_cases import REF, events

PEACEFUL = "peaceful protest"
VIOLENT = "violent demonstration"
EXCESSIVE = "excessive force against protesters"


def places(nlp, text: str) -> list[tuple[str, str | None, str | None]]:
    """(trigger, location, within) of each event of ``text``, the location's offsets checked."""
    doc = nlp(text, reference_date=REF)
    out = []
    for e in doc.layers["events"]:
        loc = e.location or {}
        if loc:
            assert doc.text[loc["start"]:loc["end"]] == loc["text"]
        out.append((e.text, loc.get("text"), (loc.get("within") or {}).get("text")))
    return out


@pytest.mark.parametrize(("text", "expected"), [
    # the date between the verb and its object cut the clause: the dateline won before
    ("رام الله - اقتحمت قوات الاحتلال الإسرائيلي، فجر اليوم الاثنين، مدينة جنين واعتقلت ثلاثة شبان.",
     [("اقتحمت", "جنين", None), ("اعتقلت", "جنين", None)]),
    ("رام الله - اقتحمت قوات الاحتلال الإسرائيلي مدينة جنين واعتقلت ثلاثة شبان.",
     [("اقتحمت", "جنين", None), ("اعتقلت", "جنين", None)]),
    ("بغداد - أعلنت وزارة الدفاع العراقية، اليوم الأحد، مقتل ثلاثة عناصر من تنظيم داعش بضربة جوية نفذتها طائرات "
     "القوة الجوية في وادي الشاي جنوبي كركوك.", [("ضربة جوية", "كركوك", None)]),
    ("صنعاء (رويترز) - قتل خمسة مدنيين، مساء أمس الثلاثاء، في غارة جوية على مدينة الحديدة.",
     [("غارة جوية", "الحديدة", None)]),
    ("الخرطوم (أ ف ب) - قتل متظاهران برصاص قوات الأمن، اليوم الخميس، في مدينة أم درمان.", [("قتل", "أم درمان", None)]),
    ("طرابلس - اندلعت، مساء الجمعة، اشتباكات عنيفة بين مجموعات مسلحة في مدينة الزاوية.",
     [("اشتباكات", "الزاوية", None)]),
    ("عدن - قتل جنديان، اليوم السبت، في هجوم بعبوة ناسفة في محافظة أبين.", [("هجوم", "أبين", None)]),
    ("القاهرة - قال مصدر أمني إن قوات الأمن اعتقلت، صباح اليوم، ثلاثة أشخاص في محافظة الإسماعيلية.",
     [("اعتقلت", "الإسماعيلية", None)]),
    # the dateline alone: the event's place still
    ("بيروت - أعلن الجيش اللبناني أنه اعتقل عشرة أشخاص.", [("اعتقل", "بيروت", None)]),
    ("بغداد - اعتقلت القوات الأمنية خمسة مطلوبين.", [("اعتقلت", "بغداد", None)]),
])
def test_the_dateline_is_a_fallback(nlp, text, expected):
    assert places(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the neighbour across the border is none of the event's places
    ("الجزائر - أوقفت مفرزة للجيش الوطني الشعبي ثلاثة مهربين عبر الحدود مع المغرب.", [("أوقفت", "الجزائر", None)]),
    ("أوقفت مفرزة للجيش الوطني الشعبي بتمنراست ثلاثة مهربين على الحدود مع مالي.", [("أوقفت", "تمنراست", None)]),
    ("اعتقل الجيش اللبناني زوجة البغدادي على الحدود مع سوريا.", [("اعتقل", None, None)]),
    ("أحبطت وحدات حرس الحدود محاولة تهريب على الشريط الحدودي مع ليبيا وأوقفت شخصين.", [("أوقفت", None, None)]),
    # a country right after a verb is its subject; after a pronoun subject, its object
    ("اغتالت إسرائيل القيادي في حركة حماس مازن فقها.", [("اغتالت", None, None)]),
    ("اغتالت إسرائيل القيادي في حركة حماس صالح العاروري في بيروت.", [("اغتالت", "بيروت", None)]),
    ("وقصفت تركيا أمس مواقع لحزب العمال الكردستاني في شمال العراق.", [("قصفت", "العراق", None)]),
    # session 31: the airport's name is a LOC now (entities: "مطار" + name), the struck site itself
    ("واستهدفت أمريكا بصواريخ توماهوك مطار الشعيرات في حمص.", [("استهدفت", "الشعيرات", None)]),
    ("أعلنت الولايات المتحدة أنها قصفت سوريا.", [("قصفت", "سوريا", None)]),
])
def test_no_place_across_the_border_nor_a_subject_country(nlp, text, expected):
    assert places(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("واعتقلت قوات الاحتلال 15 مواطنا من محافظات الضفة الغربية، حسب نادي الأسير.",
     [("اعتقلت", "arrests", False, [("actor", "قوات الاحتلال"), ("target", "15 مواطنا")])]),
    ("اعتقلت قوات الاحتلال 20 فلسطينيا من الضفة الغربية خلال الليلة الماضية، وفق نادي الأسير الفلسطيني.",
     [("اعتقلت", "arrests", False, [("actor", "قوات الاحتلال"), ("target", "20 فلسطينيا")])]),
    ("وقال نادي الأسير إن قوات الاحتلال اعتقلت 12 مواطنا.",
     [("اعتقلت", "arrests", False, [("actor", "قوات الاحتلال"), ("target", "12 مواطنا")])]),
    ("طالب نادي القضاة بالإفراج عن القاضي الذي اعتقلته السلطات.",
     [("اعتقلته", "arrests", False, [("actor", "السلطات")])]),
    # a sport club still drops a trigger ("هجوم سريع" of a match)
    ("وسجل لاعب النادي الإفريقي هدفا في مرمى الترجي بعد هجوم سريع.", []),
])
def test_the_prisoners_club_is_no_sport(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("نظم عشرات من الأساتذة المتعاقدين وقفة احتجاجية أمام مقر الوزارة.",
     [("وقفة احتجاجية", PEACEFUL, False, [("actor", "عشرات من الأساتذة المتعاقدين")])]),
    ("نفذ مئات من العمال المسرحين اعتصاما أمام مقر الشركة.",
     [("اعتصاما", PEACEFUL, False, [("actor", "مئات من العمال المسرحين")])]),
    ("نظم عشرات من الأساتذة وقفة احتجاجية.", [("وقفة احتجاجية", PEACEFUL, False, [("actor", "عشرات من الأساتذة")])]),
    ("نظم العشرات من أهالي المنطقة وقفة احتجاجية أمام مقر الولاية.",
     [("وقفة احتجاجية", PEACEFUL, False, [("actor", "أهالي المنطقة")])]),
    ("نظم مئات من سكان الحي مسيرة احتجاجية للمطالبة بالماء الصالح للشرب.",
     [("مسيرة احتجاجية", PEACEFUL, False, [("actor", "سكان الحي")])]),
])
def test_a_crowd_counted_before_its_protest(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("أغلق المحتجون الطريق المؤدي إلى حقل الرميلة بالإطارات المشتعلة.",
     [("أغلق", VIOLENT, False, [("actor", "المحتجون")])]),
    ("وقطع شبان غاضبون الطريق الرئيسية بالإطارات المشتعلة احتجاجا على انقطاع الكهرباء.",
     [("احتجاجا", VIOLENT, False, [("actor", "شبان غاضبون")])]),
    ("وأقدم محتجون على إحراق الإطارات وسط المدينة احتجاجا على غلاء الأسعار.",
     [("احتجاجا", VIOLENT, False, [("actor", "محتجون")])]),
    # no fire: peaceful; tyres made by the plant on strike are no burning
    ("أغلق المحتجون الطريق الرابطة بين صفاقس والمهدية احتجاجا على البطالة.",
     [("احتجاجا", PEACEFUL, False, [("actor", "المحتجون")])]),
    ("أكد الكاتب العام للنقابة دخول 4 عمال من الشركة في اضراب جوع بسبب تردي الأوضاع بالشركة المتخصصة في صناعة "
     "الإطارات المطاطية.", [("اضراب جوع", PEACEFUL, False, [])]),
])
def test_burning_tyres_make_a_violent_demonstration(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("قام أهالي منطقة سيدي مرشد من ولاية سليانة لليوم الثاني على التوالي بقطع الطريق الوطنية رقم 12.",
     [("قطع", PEACEFUL, False, [("actor", "أهالي")])]),
    ("أفاد مراسلنا بأن محتجين في تالة قاموا منذ قليل بقطع الطريق الرئيسية بين القصرين والكاف.",
     [("قطع", PEACEFUL, False, [("actor", "محتجين")])]),
    ("عمد عدد من سكان الحي، صباح اليوم، إلى قطع الطريق الرئيسية بالحجارة.", [("قطع", VIOLENT, False, [])]),
    # rain, or the police blocking smugglers' way: no protest
    ("كما تسببت الأمطار في قطع الطريق الرابطة بين منطقتي النفيضة وسيدي سعيد.", []),
    ("وقامت وحدات الحرس الوطني بقطع الطريق أمام المهربين.", []),
    # civil disobedience; threatened (negated, as a threatened strike), called for (none)
    ("ودخل أهالي المنطقة صباح أمس الخميس في عصيان مدني مفتوح، مطالبين بالتنمية والتشغيل.",
     [("عصيان مدني", PEACEFUL, False, [("actor", "أهالي المنطقة")])]),
    ("وتخوض تنسيقية الحراك الاجتماعي عصيانا مدنيا منذ 12 يوما.", [("عصيانا مدنيا", PEACEFUL, False, [])]),
    ("كما أعلنوا أيضا العصيان المدني ومقاطعة الانتخابات البلدية.", [("العصيان المدني", PEACEFUL, False, [])]),
    ("هدد الأهالي بالدخول في عصيان مدني.", [("عصيان مدني", PEACEFUL, True, [("actor", "الأهالي")])]),
    ("دعا أمين عام الحزب نواب المعارضة إلى الاستقالة وإعلان العصيان المدني إذا تم تمرير القانون.", []),
    ("أعلنت هيئة المحامين تنفيذ إضراب عام وعصيان جبائي.",
     [("إضراب عام", PEACEFUL, False, [("actor", "هيئة المحامين")])]),
])
def test_road_blocking_and_civil_disobedience(nlp, text, expected):
    assert events(nlp, text) == expected


@pytest.mark.parametrize(("text", "subtypes"), [
    ("خرج المئات في مظاهرة إثر وفاة امرأة في مركز للشرطة.", [PEACEFUL]),
    ("تظاهر الآلاف على خلفية مقتل ناشط في السجن.", [PEACEFUL]),
    ("ينفذ أهالي معتمدية رمادة اليوم الاثنين إضرابا عاما على خلفية مقتل مواطن بالجهة أمس.", [PEACEFUL]),
    ("تحولت الاضطرابات إثر مقتل بائع السمك إلى احتجاجات مطالبة بالتنمية.", [PEACEFUL]),
    ("نظم طلاب الجامعة وقفة احتجاجية عقب وفاة زميلهم في حادث مرور.", [PEACEFUL]),
    # the force is the police's at the protest
    ("قتل ثلاثة متظاهرين برصاص قوات الأمن خلال مظاهرة في الخرطوم.", [EXCESSIVE]),
    ("أطلقت قوات الأمن الرصاص الحي على المتظاهرين في مظاهرة بالبصرة.", [EXCESSIVE]),
    ("شارك الآلاف في مسيرة احتجاجية بعد وفاة شاب تحت التعذيب، وأطلقت الشرطة الرصاص الحي على المحتجين.",
     [EXCESSIVE, EXCESSIVE]),
])
def test_the_death_a_protest_is_about_is_no_force(nlp, text, subtypes):
    assert [e[1] for e in events(nlp, text)] == subtypes


@pytest.mark.parametrize(("text", "expected"), [
    # the agency after the dateline's place is credited, no actor
    ("غزة/ الأناضول - قتل فلسطيني، مساء اليوم، برصاص الجيش الإسرائيلي شرقي خان يونس.",
     [("قتل", "attack", False, [("target", "فلسطيني")])]),
    ("صنعاء (رويترز) - قتل خمسة مدنيين في غارة جوية على مدينة الحديدة.",
     [("غارة جوية", "air/drone strike", False, [])]),
    # no place opens the sentence: no dateline, the army before the dash acts
    ("الجيش اللبناني - اعتقل عشرة أشخاص.",
     [("اعتقل", "arrests", False, [("actor", "الجيش اللبناني"), ("target", "عشرة أشخاص")])]),
    ("حلب - سيطرت هيئة تحرير الشام على قرية كفرنبل.",
     [("سيطرت", "non-state actor overtakes territory", False, [("actor", "هيئة تحرير الشام")])]),
])
def test_the_dateline_credits_no_actor(nlp, text, expected):
    assert events(nlp, text) == expected
