"""Attribution families of session 30, second wave: an institution's speaker phrase keeps the adjectives of its name
and the place it stands in ("مديرية الأمن العام", "وزارة الصحة الفلسطينية في غزة"); unnamed people of a trade or a
scene speak ("وفقا لمتعاملين"); an outlet's short name in marks after its name ('"وفا"', "(واع)") lets the verbal noun
after it be the claim; "تحدث/أبلغ … عن" + an announced event is a claim."""

from __future__ import annotations

import pytest

from arabnews import Pipeline
from attribution_cases import claim_tuples as _claims


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize("text, content, source", [
    # Jordan: the adjective of the directorate's name
    ("وقتل ثلاثة أشخاص في الاشتباكات، وفق مديرية الأمن العام.", "وقتل ثلاثة أشخاص في الاشتباكات",
     "مديرية الأمن العام"),
    ("وقتل ثلاثة جنود في الهجوم، وفقا لهيئة الأركان العامة.", "وقتل ثلاثة جنود في الهجوم", "هيئة الأركان العامة"),
    # Gaza: the ministry and where it stands
    ("وارتفع عدد الشهداء إلى 40 شهيدا، بحسب وزارة الصحة الفلسطينية في غزة.", "وارتفع عدد الشهداء إلى 40 شهيدا",
     "وزارة الصحة الفلسطينية في غزة"),
    # the place written with ب, or after في, before the rest of the sentence: no part of the claim
    ("وفقاً لمنظمة الصحة العالمية باليمن، فقد تم تسجيل 827 حالة وفاة.", "فقد تم تسجيل 827 حالة وفاة",
     "منظمة الصحة العالمية باليمن"),
    ("وبحسب الهيئة العامة للإحصاء في السعودية، بلغ معدل البطالة 12 بالمائة.", "بلغ معدل البطالة 12 بالمائة",
     "الهيئة العامة للإحصاء في السعودية"),
    # Morocco (Hespress), Tunisia: a regional directorate
    ("وسجلت 12 إصابة جديدة بالفيروس، حسب المديرية الجهوية للصحة.", "وسجلت 12 إصابة جديدة بالفيروس",
     "المديرية الجهوية للصحة"),
    # Reuters: traders, medics, witnesses, residents (indefinite plurals)
    ("وارتفعت أسعار الذهب اليوم، وفقا لمتعاملين في السوق.", "وارتفعت أسعار الذهب اليوم", "متعاملين"),
    ("وتراجع الدولار أمام اليورو، حسب متداولين.", "وتراجع الدولار أمام اليورو", "متداولين"),
    ("وقتل خمسة مدنيين في القصف، وفقا لمسعفين.", "وقتل خمسة مدنيين في القصف", "مسعفين"),
    ("وقتل خمسة مدنيين في القصف، بحسب سكان محليين.", "وقتل خمسة مدنيين في القصف", "سكان محليين"),
    ("وقتل خمسة مدنيين في القصف، وفقا لشهود عيان.", "وقتل خمسة مدنيين في القصف", "شهود عيان"),
])
def test_source_phrase_speaker_whole(nlp: Pipeline, text: str, content: str, source: str) -> None:
    claims = _claims(nlp, text)
    assert [(c[0], c[1], c[3]) for c in claims] == [("source", content, source)]


@pytest.mark.parametrize("text, source", [
    # the official agency's adjective, a newspaper's country, a university's
    ('وذكرت وكالة الأنباء التركية الرسمية أن 12 شخصا قتلوا في الزلزال.', "وكالة الأنباء التركية الرسمية"),
    ("وقالت صحيفة لوبوان الفرنسية إن الحكومة ستستقيل.", "صحيفة لوبوان الفرنسية"),
    # where an embassy and an authority stand, then a comma or the complementizer
    ("وأعلنت السفارة الأمريكية في الدوحة، اليوم الإثنين، أنها تتابع الوضع.", "السفارة الأمريكية في الدوحة"),
    ("وقالت هيئة الطرق والمواصلات في دبي إن الطريق أغلق.", "هيئة الطرق والمواصلات في دبي"),
    # Italy, Turkey (Reuters): the coast guard's nisba
    ("وقال خفر السواحل الإيطالي إن نحو 800 مهاجر جرى إنقاذهم.", "خفر السواحل الإيطالي"),
    # a place the verb's object follows: "عن" + an announced event after it
    ("وأعلنت هيئة الانتخابات في الأردن عن سرقة 8 صناديق اقتراع.", "هيئة الانتخابات في الأردن"),
    # a trader, a farmer: unnamed people after a verb
    ("وقال تجار إن الأسعار ارتفعت.", "تجار"),
    ("وقال متعاملون إن الأسعار ارتفعت.", "متعاملون"),
])
def test_verb_speaker_whole(nlp: Pipeline, text: str, source: str) -> None:
    assert [c[3] for c in _claims(nlp, text)] == [source]


@pytest.mark.parametrize("text", [
    # "العام الماضي" is when, not the name's adjective
    "وقالت وزارة الصحة العام الماضي إن عدد الإصابات ارتفع.",
    # where it was said, not a place
    "وقالت الوزارة في بيان إن عدد الإصابات ارتفع.",
    # a place with the verb after it: the speaker's words do not end there
    "وزارة الصحة في غزة قالت إن عدد الإصابات ارتفع.",
])
def test_not_extended(nlp: Pipeline, text: str) -> None:
    assert [c[3] for c in _claims(nlp, text)] == ["وزارة الصحة" if "الصحة" in text else "الوزارة"]


@pytest.mark.parametrize("text, content, source", [
    ('أفادت وكالة الأنباء الفلسطينية "وفا" باستشهاد شاب برصاص الاحتلال.', "استشهاد شاب برصاص الاحتلال",
     "وكالة الأنباء الفلسطينية"),
    ("أفادت وكالة الأنباء الفلسطينية (وفا) باستشهاد شاب برصاص الاحتلال.", "استشهاد شاب برصاص الاحتلال",
     "وكالة الأنباء الفلسطينية"),
    ("وأفادت وكالة الأنباء العراقية (واع) بمقتل ثلاثة جنود.", "مقتل ثلاثة جنود", "وكالة الأنباء العراقية"),
    ('وأعلنت وكالة الأنباء السعودية الرسمية "واس" عن وفاة الأمير.', "وفاة الأمير",
     "وكالة الأنباء السعودية الرسمية"),
    ("وأعلنت وكالة الأنباء السورية «سانا» عن مقتل ثلاثة جنود.", "مقتل ثلاثة جنود", "وكالة الأنباء السورية"),
    # Yemen, Gaza: where the institution stands, then the verbal noun with its ب
    ("وأفادت مديرية الصحة العامة في الحديدة بمقتل خمسة مدنيين.", "مقتل خمسة مدنيين",
     "مديرية الصحة العامة في الحديدة"),
    ("وأفادت وزارة الصحة في غزة باستشهاد ثلاثة شبان.", "استشهاد ثلاثة شبان", "وزارة الصحة في غزة"),
    ("وأفادت مديرية الصحة العامة في محافظة الحديدة بمقتل خمسة مدنيين.", "مقتل خمسة مدنيين",
     "مديرية الصحة العامة في محافظة الحديدة"),
])
def test_acronym_after_outlet(nlp: Pipeline, text: str, content: str, source: str) -> None:
    assert [(c[0], c[1], c[3]) for c in _claims(nlp, text)] == [("indirect", content, source)]


@pytest.mark.parametrize("text, content, cue, source", [
    ("وتحدث المرصد عن مقتل 20 عنصرا من قوات النظام.", "مقتل 20 عنصرا من قوات النظام", "تحدث", "المرصد"),
    ("وتحدثت مصادر محلية عن سقوط قتلى وجرحى في القصف.", "سقوط قتلى وجرحى في القصف", "تحدثت", "مصادر محلية"),
    ("ويتحدث ناشطون عن اعتقال العشرات في المدينة.", "اعتقال العشرات في المدينة", "يتحدث", "ناشطون"),
    ("وأبلغت الشرطة عن اختفاء طفلة في العاشرة من عمرها.", "اختفاء طفلة في العاشرة من عمرها", "أبلغت", "الشرطة"),
    ("وكشفت الشرطة عن اعتقال خمسة أشخاص مشتبه بهم.", "اعتقال خمسة أشخاص مشتبه بهم", "كشفت", "الشرطة"),
])
def test_event_reported_after_an(nlp: Pipeline, text: str, content: str, cue: str, source: str) -> None:
    assert _claims(nlp, text) == [("indirect", content, cue, source)]


@pytest.mark.parametrize("text", [
    "وتحدث الوزير عن أهمية الاستثمار في الجهة.",  # a topic
    "وأبلغ الوزير نظيره الفرنسي استعداده للتعاون.",  # told to someone
    "لم يتحدث أحد عن مقتل الجنود.",  # negated
    "وتحدثت الوزيرة للصحفيين أن الوضع خطير.",  # تحدث takes no أن
    # a person's addressee in marks is no outlet's short name: nothing skipped, no claim
    'أبلغت مواطنة من ولاية قفصة الجوهرة "اف ام" عن اختفاء طفلين.',
])
def test_no_event_claim(nlp: Pipeline, text: str) -> None:
    assert _claims(nlp, text) == []
