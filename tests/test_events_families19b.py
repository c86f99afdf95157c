"""The events stage, session 19 (b): protests in sentences about prices or the economy; the actor of a strike
named by the instrument and its nisba ("قصف الطيران الإسرائيلي") or by a nisba alone ("غارة أمريكية"), the group
before it then struck, not striking; the suspect's noun ("المشتبه به في حادثة الدهس") like the doer's; the doer
named after "هو"; no place read from an adjective after a place head ("قرية جديدة", "منطقة سكنية"). Sentences
from ANT v1.1 and their neighbours (other verbs, nouns, numbers, persons), with negatives that must not change.
"""

from __future__ import annotations

import pytest

REF = "2017-06-01"


def _events(nlp, text: str) -> list[tuple[str, str, list[str], list[str]]]:
    events = nlp(text, reference_date=REF).layers["events"]
    return [(e.text, e.type, [a["text"] for a in e.actors if a["role"] == "actor"],
             [a["text"] for a in e.actors if a["role"] == "target"]) for e in events]


def _places(nlp, text: str) -> list[str | None]:
    events = nlp(text, reference_date=REF).layers["events"]
    return [e.location["text"] if e.location else None for e in events]


# --- protests among economy words -----------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("تظاهر الآلاف في العاصمة عمان يوم الجمعة احتجاجا على غلاء الأسعار وارتفاع أسعار الوقود.",
     ("تظاهر", "protests", ["الآلاف"], [])),
    ("خرج مئات المواطنين في مسيرة احتجاجية على ارتفاع الأسعار والضرائب الجديدة.",
     ("مسيرة احتجاجية", "protests", ["المواطنين"], [])),
    # a plural noun with a protest cue besides it
    ("شهدت البلاد احتجاجات واسعة للمطالبة بخفض الأسعار وتحسين قيمة الدينار.",
     ("احتجاجات", "protests", [], [])),
    # ANT
    ("أطباء سوسة والقيروان في اضراب مفتوح بسبب ارتفاع الأسعار", ("اضراب", "protests", ["أطباء"], [])),
    ("نفذ عمال البورصة إضرابا عن العمل للمطالبة بتحسين أجورهم.",
     ("إضرابا", "protests", ["عمال البورصة"], [])),
    # ANT: a protest cue besides the trigger among sport words
    ("احتج مئات المشجعين أمام مقر الرابطة تنديدا بقرار إلغاء نتيجة المباراة.",
     ("احتج", "protests", ["المشجعين"], [])),  # the counted crowd (session 20)
])
def test_protest_among_economy_words(nlp, text: str, expected: tuple) -> None:
    assert _events(nlp, text) == [expected]


@pytest.mark.parametrize("text", [
    "احتج اللاعبون على قرار الحكم في المباراة.",
    "تظاهر اللاعب بالإصابة في الشوط الثاني من المباراة.",
    "فاز الفريق في المباراة وتظاهر المشجعون فرحا بالكأس.",
    "نظمت الجمعية تظاهرة ثقافية في إطار المهرجان الدولي.",
    # ANT: protests in general, a plural among economy words
    "وقال قايد السبسي إن مستثمرا أجنبيا تراجع عن الاستثمار في تونس بسبب الاضرابات.",
    "يجب أن يفكر في حل للمشاكل المولدة للاحتجاجات الاجتماعية على غرار غلاء الأسعار.",
])
def test_no_protest_among_sport_words_nor_protests_in_general(nlp, text: str) -> None:
    assert _events(nlp, text) == []


# --- the instrument and its nisba, the nisba alone ------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    # ANT
    ("وإصابة خمسة آخرين بجروح مختلفة بعد أن قصف الطيران الإسرائيلي نفقا على الحدود الفلسطينية المصرية.",
     ("قصف الطيران", "explosions/remote violence", ["الطيران الإسرائيلي"], [])),
    ("قصف الطيران الروسي بلدات في ريف إدلب الجنوبي.",
     ("قصف الطيران", "explosions/remote violence", ["الطيران الروسي"], [])),
    ("قتل ثلاثة مدنيين في قصف الطيران السوري على بلدة كفرنبل.",
     ("قصف الطيران", "explosions/remote violence", ["الطيران السوري"], [])),
    ("أصيب طفلان جراء قصف الطائرات الروسية لمدينة حلب.",
     ("قصف الطائرات", "explosions/remote violence", ["الطائرات الروسية"], [])),
    ("قصف الطيران الحربي الإسرائيلي موقعا لحركة حماس.",
     ("قصف الطيران", "explosions/remote violence", ["الطيران الحربي الإسرائيلي"], ["حماس"])),
    # neighbours that were right and stay so
    ("قتل مدني في قصف المدفعية التركية على قرية في ريف عفرين.",
     ("قصف", "explosions/remote violence", ["المدفعية التركية"], [])),
    ("شن الطيران السوري غارات على مدينة درعا.", ("غارات", "explosions/remote violence", ["الطيران السوري"], [])),
    ("قصف الطيران الحربي مواقع للمعارضة.", ("قصف الطيران", "explosions/remote violence", [], [])),
])
def test_instrument_with_its_nisba_is_the_actor(nlp, text: str, expected: tuple) -> None:
    assert _events(nlp, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("قتل خمسة من عناصر داعش في غارة أمريكية استهدفت الدواعش في ولاية ننغرهار.",
     ("غارة", "explosions/remote violence", ["أمريكية"], ["الدواعش"])),
    # ANT
    ("مقتل قيادي تونسي في تنظيم القاعدة خلال غارة أمريكية في ليبيا.",
     ("غارة", "explosions/remote violence", ["أمريكية"], ["تنظيم القاعدة"])),
    ("أكد مقتل قائد كبير في جماعة الشباب التابعة للقاعدة في غارة أمريكية في الصومال.",
     ("غارة", "explosions/remote violence", ["أمريكية"], ["الشباب"])),
    ("أعلن عن مقتل قيادي بتنظيم \"القاعدة\" في سوريا خلال ضربة جوية أميركية يوم الثلاثاء الماضي.",
     ("ضربة جوية", "explosions/remote violence", ["أميركية"], ['تنظيم "القاعدة"'])),
    ("قتل ثلاثة من مسلحي طالبان في غارة جوية أمريكية في ولاية هلمند.",
     ("غارة جوية", "explosions/remote violence", ["أمريكية"], ["طالبان"])),
    ("قتل عشرة مدنيين في غارة إسرائيلية على منزل في غزة.",
     ("غارة", "explosions/remote violence", ["إسرائيلية"], ["منزل"])),
    # the subject who struck stays the actor
    ("شن الجيش الأمريكي غارة جوية على مواقع لتنظيم داعش.",
     ("غارة جوية", "explosions/remote violence", ["الجيش الأمريكي"], ["داعش"])),
    ("نفذت طائرات التحالف غارة على مواقع لداعش.",
     ("غارة", "explosions/remote violence", ["طائرات التحالف"], ["داعش"])),
])
def test_nisba_strikes_the_group_before(nlp, text: str, expected: tuple) -> None:
    assert _events(nlp, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    # ANT: an indefinite nisba after an arrest noun is the arrested, no actor
    ("ألمانيا: اعتقال تونسي كان على صلة بمنفذ هجوم برلين", ("اعتقال", "strategic developments", [], ["تونسي"])),
    ("القبض على تونسي وصديقته يحملان 4 كغ كوكايين في أستراليا",
     ("القبض على", "strategic developments", [], ["تونسي", "صديقته"])),  # (session 42: the kin joined, arrested too)
])
def test_indefinite_nisba_of_an_arrest_is_no_actor(nlp, text: str, expected: tuple) -> None:
    assert _events(nlp, text)[0] == expected


# --- the suspect's noun, the doer after "هو" -------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    # ANT
    ("نفى وزير الشؤون الاجتماعية رضوان عيارة وجود أي تقصير في ملف ترحيل المشتبه به في حادثة الدهس في برلين "
     "أنيس العامري.",
     ("حادثة الدهس", "violence against civilians", ["أنيس العامري"], [])),
    ("الشرطة البريطانية تفرج عن جميع المشتبه بهم في هجوم لندن", ("هجوم", "battles", [], [])),
    ("وعثر على بصمة ل\"صلاح عبد السلام\" المشتبه به في الاعتداءات الإرهابية التي استهدفت باريس.",
     ("الاعتداءات", "violence against civilians", ["صلاح عبد السلام"], [])),
    # ANT: "هو" names the doer
    ("وبحسب مصادر فلسطينية فإن منفذ عملية الدهس بالخليل هو الشهيد خالد أحمد إخليل من بلدة بيت أمر.",
     ("عملية الدهس", "violence against civilians", ["خالد أحمد"], [])),
])
def test_suspect_and_named_doer(nlp, text: str, expected: tuple) -> None:
    assert _events(nlp, text) == [expected]


def test_two_doers_named_after_hum(nlp) -> None:
    # ANT: both names are the doers, the words after them no target ("طالبان": two students, not the group)
    text = ("وأوردت وكالة الأنباء الكندية أنه تم التعرف على منفذي الهجوم و هما محمد خضير و ألكسندر بوسينيت ( طالبان "
            "بجامعة لافال)، لكن شرطة كيبيك قالت إن شخصا واحدا ممن قبض عليهما فيما يتعلق بالهجوم على المسجد الكندي "
            "يعتبر مشتبها به، في حين يعتبر الرجل الآخر شاهدا.")
    assert _events(nlp, text)[0] == ("الهجوم", "battles", ["محمد خضير", "ألكسندر بوسينيت"], [])


def test_speaker_before_the_suspect_is_no_actor(nlp) -> None:
    events = _events(nlp, "وفي تصريح لرضوان عيارة قال إن المشتبه به في حادثة الدهس اعتقل.")
    assert [e for e in events if e[0] == "حادثة الدهس"] == [("حادثة الدهس", "violence against civilians", [], [])]


def test_speaker_before_a_doer_is_no_actor(nlp) -> None:
    assert _events(nlp, "قالت ليلى إن منفذ الهجوم فر.") == []


# --- no place from an adjective ---------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("سيطرت قوات سوريا الديمقراطية على قرية جديدة شرق الرقة.", ["الرقة"]),
    ("سيطرت القوات العراقية على حي جديد في الموصل القديمة.", ["الموصل"]),
    ("استعادت القوات الحكومية السيطرة على بلدة جديدة في ريف حماة.", ["حماة"]),
    ("اندلعت اشتباكات عنيفة في قرية كبيرة قرب الحدود.", [None]),
    # ANT
    ("ليبيا : قتلى وجرحى في قصف استهدف منطقة سكنية ببنغازي", ["بنغازي"]),
    ("وقال مسؤول إقليمي إن انتحاريا استهدف مسجدا بمنطقة قبلية في باكستان على الحدود مع أفغانستان، مما أسفر "
     "عن مقتل 20 شخصا.", ["باكستان"]),
    # negatives: a name after the head stays the place
    ("سيطرت قوات النظام على قرية الجديدة في ريف درعا.", ["الجديدة"]),
    ("قصف الطيران السوري قرية كفرنبل في ريف إدلب.", ["كفرنبل"]),
])
def test_no_place_from_an_adjective(nlp, text: str, expected: list) -> None:
    assert _places(nlp, text) == expected


# --- a protest called off ----------------------------------------------------------------------------------------
def _negated(nlp, text: str) -> list[tuple[str, bool]]:
    return [(e.text, e.negated) for e in nlp(text, reference_date=REF).layers["events"]]


@pytest.mark.parametrize(("text", "expected"), [
    # ANT
    ("أعلنت الجامعة العامة للبلديين بالاتحاد العام التونسي للشغل عن تأجيل الإضراب المزمع تنفيذه يومي 7 و8 نوفمبر.",
     [("الإضراب", True)]),
    ("أعلنت الغرفة النقابية الوطنية للمخابز عن إلغاء الإضراب المفتوح الذي كان أصحاب المخابز يعتزمون تنفيذه.",
     [("الإضراب", True)]),
    ("قررت الهيئة تعليق إضراب عام دعت إلى تنفيذه يوم غد الخميس وفق بيان أصدرته.", [("إضراب عام", True)]),
    ("قررت النقابة إرجاء تنفيذ الإضراب إلى موعد لاحق.", [("الإضراب", True)]),
    # negatives: the strike itself, a call to it
    ("نفذ أعوان الصحة إضرابا عن العمل للمطالبة بتحسين ظروفهم.", [("إضرابا", False)]),
    ("دخل أطباء سوسة في إضراب مفتوح بدءا من اليوم.", [("إضراب", False)]),
])
def test_called_off_protest_is_negated(nlp, text: str, expected: list) -> None:
    assert _negated(nlp, text) == expected
