"""Events, session 37 (ev37).  "One of" a people noun after a casualty word counts one victim ("مقتل أحد قادتها",
"إصابة أحد أعوان الحرس", "استشهاد أحد الجنود", "وفاة إحدى الطالبات"), and after a killing verb is its object, not its
actor ("قتلت أحد المهاجمين"); a count of casualties with no number ("سقوط عدد من الضحايا بين قتلى وجرحى", "خلفت عددا
من القتلى والجرحى", "إصابة عدد آخر") is a vague count: value null, approximate, its span the phrase; a headline naming a
country the tagger gave no code ("السعودية") or whose lead's place no list knows ("ببرج بوعريرج", with the nisba
"الجزائرية" in its sentence) folds into its lead; the stage's modules (stage.py split) keep their names importable."""

from __future__ import annotations

import pytest

import arabnews
from arabnews.extract.events import event_rows
from event_cases import event_dicts as _all
from event_cases import roles as _roles
from event_cases import toll as _span


# 1. "one of" + a people noun: one victim
@pytest.mark.parametrize(("text", "field", "span"), [
    ("أعلنت الحركة مقتل أحد قادتها في غارة جوية على مدينة إدلب.", "fatalities", "أحد قادتها"),
    ("أسفر القصف عن استشهاد أحد المواطنين.", "fatalities", "أحد المواطنين"),
    ("وأدى الانفجار إلى وفاة أحد العمال.", "fatalities", "أحد العمال"),
    ("وأسفر الهجوم عن إصابة إحدى النساء بجروح.", "injured", "إحدى النساء"),
    ("وأسفر الهجوم المسلح عن إصابة أحد أعوان الحرس الوطني.", "injured", "أحد أعوان"),
    ("وأسفرت الغارة عن مقتل أحد موظفي المصرف.", "fatalities", "أحد موظفي"),
])
def test_one_of_counts_one(text: str, field: str, span: str) -> None:
    (e,) = _all(text)
    assert e[field] == _span(text, span, 1, False)


def test_one_of_a_thing_is_no_victim() -> None:
    text = "وأسفر الهجوم عن إصابة إحدى الطائرات."
    (e,) = _all(text)
    assert e["injured"] is None and e["fatalities"] is None


def test_one_of_after_a_killing_verb_is_its_object() -> None:
    # ANT 1115
    text = "وأعلن محافظ طهران أن القوات الأمنية قتلت أحد المهاجمين، في حين فجر مسلح آخر حزامه الناسف واعتقل مسلح ثالث."
    killing = next(e for e in _all(text) if e["text"] == "قتلت")
    assert (killing["type"], killing["subtype"]) == ("battles", "armed clash")
    assert _roles(killing) == [("actor", "القوات الأمنية"), ("target", "المهاجمين")]
    assert killing["fatalities"] == _span(text, "أحد المهاجمين", 1, False)


# 2. a count with no number: value null, approximate
@pytest.mark.parametrize(("text", "trigger", "field", "span"), [
    # ANT 1002
    ("أدانت تونس بشدة التفجيريين الإرهابيين الآثمين، الذين إستهدفا اليوم الأحد، كنيسة مار جرجس بمدينة طنطا المصرية، "
     "والكنيسة المرقسية بمدينة الإسكندرية، وتسببا في سقوط عدد من الضحايا بين قتلى وجرحى.", None, "casualties",
     "عدد من الضحايا بين قتلى وجرحى"),
    # ANT 2702
    ("أدانت تونس اليوم الجمعة بشدة التفجيرات الإرهابية التي جدت في الأيام الأخيرة في العراق وخلفت عددا من القتلى "
     "والجرحى.", "التفجيرات", "casualties", "عددا من القتلى والجرحى"),
    # ANT 1341
    ("وقال الناطق باسم عمليات بغداد إن إرهابيين اثنين يرتديان حزامين ناسفين فجرا نفسيهما، ما أسفر عن مقتل وإصابة عدد "
     "من المواطنين.", "فجرا", "casualties", "مقتل وإصابة عدد من المواطنين"),
    # ANT 1486
    ("جد مساء الأحد تفجير انتحاري استهدف مركزاً للشرطة في قسنطينة شرقي الجزائر ما أسفر عن سقوط عدد من الجرحى ومقتل "
     "منفذ العملية حسب ما ذكرت مصادر أمنية جزائرية.", "تفجير انتحاري", "injured", "عدد من الجرحى"),
    # (session 38: victims are the dead and the wounded, a count of both)
    ("وأسفرت الاشتباكات عن سقوط عدد كبير من الضحايا.", "الاشتباكات", "casualties", "عدد كبير من الضحايا"),
    ("وأسفر القصف عن استشهاد وجرح عدد كبير من المدنيين.", "القصف", "casualties",
     "استشهاد وجرح عدد كبير من المدنيين"),
])
def test_vague_count(text: str, trigger: str | None, field: str, span: str) -> None:
    events = _all(text)
    e = events[0] if trigger is None else next(e for e in events if e["text"] == trigger)
    assert e[field] == _span(text, span, None, True)
    for other in ("fatalities", "injured"):
        if other != field:
            assert e[other] is None


def test_vague_count_beside_a_number() -> None:
    # ANT 1823
    text = ('أسفر هجوم انتحاري استهدف مسجدا بباكستان عن مقتل 16 شخصا على الأقل وإصابة عدد آخر ، وفق ما أوردته '
            'وكالة "رويترز"')
    (e,) = _all(text)
    assert e["fatalities"]["value"] == 16
    assert e["injured"] == _span(text, "عدد آخر", None, True)
    (row,) = event_rows(arabnews.analyze(text, reference_date="2017-06-01"))
    assert row["injured"] is None and row["injured_approx"] is True


def test_vague_count_needs_people() -> None:
    (e,) = _all("وأسفر القصف عن تدمير عدد من المنازل.")
    assert e["fatalities"] is None and e["injured"] is None and "casualties" not in e


# 3. a headline's country however it is written
def test_headline_country_by_its_nisba_name_folds() -> None:
    # ANT 1390: "السعودية" has no code from the tagger; the lead's place is in "الرياض"
    text = ("السعودية تعلن القضاء على إرهابيين متورطين في استهداف المسجد النبوي\n"
            "أعلنت وزارة الداخلية السعودية، مساء أمس السبت، عن مقتل إرهابيين اتخذا منزلا في حي الياسمين شمال الرياض "
            "وكرا لتصنيع المواد المتفجرة من أحزمة وعبوات ناسفة.")
    events = _all(text)
    assert [e["sentence"] for e in events] == [1]
    assert events[0]["text"] == "مقتل" and events[0]["fatalities"]["value"] == 2


def test_headline_country_and_a_lead_place_no_list_knows() -> None:
    # ANT 1616: "برج بوعريرج" is in no list (the gazetteer spells it "برج بوعريريج"); "الجزائرية" in its sentence
    text = ("الجزائر : القضاء على إرهابي و إيقاف آخر\n"
            "تمكنت الوحدات الامنية الجزائرية ببرج بوعريرج اليوم السبت، من القضاء على إرهابي وايقاف آخر داخل مقهى شعبي "
            "وسط المدينة.")
    events = _all(text)
    assert 0 not in [e["sentence"] for e in events]
    (clash,) = [e for e in events if e["type"] == "battles"]
    assert clash["location"]["text"] == "برج بوعريرج"


def test_headline_of_another_country_stays() -> None:
    text = ("مصر : القضاء على إرهابي\n"
            "تمكنت الوحدات الامنية الجزائرية ببرج بوعريرج اليوم السبت، من القضاء على إرهابي داخل مقهى شعبي.")
    assert 0 in [e["sentence"] for e in _all(text)]


# 4. the modules of the stage
def test_split_modules_keep_their_names() -> None:
    from arabnews.extract.events import folding, gating, roles, sentences, stage, vocab

    assert issubclass(stage.EventExtractor, roles.RoleReader) and issubclass(roles.RoleReader, gating.TriggerGates)
    assert stage.MAX_SENTENCE_TOKENS == sentences.MAX_SENTENCE_TOKENS and stage._cuts is sentences._cuts
    assert stage.ATTACK_EVIDENCE is vocab.ATTACK_EVIDENCE and callable(folding._merge_anaphors)
