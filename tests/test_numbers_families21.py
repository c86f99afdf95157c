"""Counted nouns of session 21: martyrs and bodies among the dead, more people named by what they are or do,
goods, reports, jobs and buildings.

The Arabic press counts its dead as martyrs ("سقوط 5 شهداء") and its bodies recovered ("انتشال 12 جثة"); Tunisian
news counts suspects ("إيقاف 4 مظنون فيهم"), citizens, tourists, terrorists, and the goods of a
seizure ("حجز 87 علبة", "76 كيسا"), the reports of an inspection ("تحرير 8 محاضر") and the jobs of a project
("إحداث 500 موطن شغل").  Each now has its unit; which units count people, persons and the armed is data
(``counted_classes`` in ``resources/number_words.yaml``) that the events stage reads.
"""

from __future__ import annotations

import pytest

from arabnews.extract.numbers.lexicon import counted_classes
from number_cases import counted

# (the counted noun after the number, its unit)
_NOUNS = [
    ("شهداء", "killed"), ("شهيدا", "killed"), ("جثة", "killed"), ("جثث", "killed"),
    ("رضع", "child"), ("قاصرين", "child"), ("رهائن", "detainee"), ("موقوفين", "detainee"),
    ("مساكن", "house"), ("شقق", "house"), ("أمنيين", "agent"), ("رجال أمن", "agent"),
    ("مواطنين", "citizen"), ("مواطنا", "citizen"), ("سائحا", "tourist"), ("سياح", "tourist"),
    ("مفقودين", "missing"), ("إرهابيين", "terrorist"), ("تكفيريين", "terrorist"), ("متهمين", "suspect"),
    ("مشتبه بهم", "suspect"), ("مظنون فيهم", "suspect"), ("مصلين", "worshipper"), ("حجاج", "pilgrim"),
    ("ضباط", "officer"),
    ("بحارة", "fisherman"), ("صيادين", "fisherman"), ("صحفيين", "journalist"), ("صحافيا", "journalist"),
    ("مرضى", "patient"), ("أطباء", "doctor"), ("فلاحين", "farmer"), ("موظفا", "employee"),
    ("لاعبين", "player"), ("ناخب", "voter"), ("مترشحين", "candidate"),
    ("علبة", "package"), ("أكياس", "package"), ("قوارير", "package"), ("صناديق", "package"),
    ("محاضر", "report"), ("موطن شغل", "job"), ("مواطن شغل", "job"), ("فرص عمل", "job"), ("وظيفة", "job"),
    ("مدارس", "school"), ("مساجد", "mosque"), ("مستشفيات", "hospital"), ("شركات", "company"),
    ("مؤسسات", "institution"), ("جامعات", "university"), ("مواطن الشغل", "job"),
]


@pytest.mark.parametrize(("noun", "unit"), _NOUNS)
@pytest.mark.parametrize("digits", ["37", "٣٧"])
def test_counted_noun_after_digits(nlp, noun: str, unit: str, digits: str) -> None:
    assert counted(nlp, f"وأشار البلاغ إلى {digits} {noun} في الجهة.", digits, noun) == unit


@pytest.mark.parametrize(("text", "number", "value", "unit"), [
    ("تمكنت الفرق من حجز 87 علبة من مادة العسل مجهولة المصدر و76 كيس من الحناء.", "87", 87, "package"),
    ("تمكنت الفرق من حجز 87 علبة من مادة العسل مجهولة المصدر و76 كيس من الحناء.", "76", 76, "package"),
    ("وأسفرت الحملة عن تسجيل 08 محاضر اقتصادية.", "08", 8, "report"),
    ("وينتظر أن يوفر المشروع قرابة ألف موطن شغل.", "قرابة ألف", 1000, "job"),
    ("وأكد الحرس الوطني إيقاف ثلاثة مظنون فيهم بالمنستير.", "ثلاثة", 3, "suspect"),
    ("ارتفع عدد الشهداء إلى 12 شهيدا منذ الفجر.", "12", 12, "killed"),
])
def test_counted_nouns_in_news_sentences(nlp, text: str, number: str, value: int, unit: str) -> None:
    hits = [n for n in nlp(text).numbers if n.text == number]
    assert [(n.value, n.unit) for n in hits] == [(value, unit)]


def test_a_university_is_not_a_mosque(nlp) -> None:
    """"جامع" (a mosque) is not listed: "جامعة" folds to it and the pronoun ه."""
    numbers = nlp("وقالت المؤسسة إنها اعتمدت في تقييمها لأكثر من 900 جامعة و19 مسجدا.").numbers
    assert [(n.text, n.unit) for n in numbers] == [("أكثر من 900", "university"), ("19", "mosque")]


def test_an_article_of_a_draft_law_counts_nothing(nlp) -> None:
    (n,) = nlp("عبّر الأطباء عن رفضهم لما تضمنه الفصل 32 من مشروع قانون المالية.").numbers
    assert (n.text, n.unit) == ("32", None)


def test_a_citizen_is_not_a_job(nlp) -> None:
    """"مواطن" alone counts citizens; "مواطن شغل" (Tunisian: job places) counts jobs."""
    numbers = nlp("وشارك 300 مواطن في الحملة التي وفرت 40 مواطن شغل.").numbers
    assert [(n.text, n.unit, n.attrs["unit_text"]) for n in numbers] == [
        ("300", "citizen", "مواطن"), ("40", "job", "مواطن شغل")]


def test_martyrs_counted_are_the_fatalities(nlp) -> None:
    (ev,) = nlp("وأسفر القصف عن سقوط 5 شهداء في مخيم جباليا.").layers["events"]
    assert ev.fatalities is not None and ev.fatalities["value"] == 5
    assert ev.fatalities["text"] == "5 شهداء"


def test_terrorists_killed_are_armed_victims(nlp) -> None:
    """A count of the armed killed makes a clash, not violence against civilians."""
    (ev,) = nlp("قتل 3 إرهابيين في اشتباك مع وحدات الجيش بجبل السلوم.").layers["events"]
    assert ev.type == "battles"
    assert ev.fatalities is not None and ev.fatalities["value"] == 3


def test_suspects_arrested_are_the_arrest_target(nlp) -> None:
    (ev,) = nlp("تمكنت وحدات الحرس الوطني من إيقاف 4 مظنون فيهم بالقيروان.").layers["events"]
    assert [a["text"] for a in ev.actors if a["role"] == "target"] == ["4 مظنون فيهم"]


def test_protesters_stay_words_of_the_events_stage(nlp) -> None:
    """Protesters are counted (session 31: "protester"), and the events stage still reads the killing of three as
    its protest's toll; a crowd a number word counts is its noun, counted or not ("تظاهر آلاف المواطنين")."""
    doc = nlp("قتل 3 متظاهرين برصاص قوات الأمن خلال مظاهرة في بغداد.")
    assert [(n.text, n.unit) for n in doc.numbers] == [("3", "protester")]
    (ev,) = doc.layers["events"]
    assert ev.fatalities is not None and ev.fatalities["value"] == 3
    (ev,) = nlp("تظاهر آلاف المواطنين في شارع الحبيب بورقيبة بالعاصمة للمطالبة بالتشغيل.").layers["events"]
    assert [a["text"] for a in ev.actors if a["role"] == "actor"] == ["المواطنين"]


def test_counted_classes_are_consistent() -> None:
    classes = counted_classes()
    assert {"killed", "migrant", "citizen", "suspect"} <= classes.people
    assert "killed" not in classes.persons and "deputy" not in classes.persons
    assert "suspect" in classes.persons
    assert classes.armed == frozenset({"fighter", "soldier", "member", "terrorist", "officer", "militant"})
    assert not {"package", "job", "school"} & classes.people
