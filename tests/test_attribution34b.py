"""Attribution, session 34b (att34): quotations whose curly marks are typed in either shape ("” … ”", "” … “",
"“ … “"); a relay phrase after a verb's subject ("وقالت مصادر أمنية أمريكية نقلا عن مسؤولي مخابرات بريطانيين إن …"):
the one relayed speaks and the subject who relays is kept as ``source.via``; plural heads in construct ("مسؤولو
العمران والتخطيط"); a confession's or a saying's speaker as its genitive ("بحسب اعترافات الجاني", "حسب أقوال
الشهود"); a speaker's own tail inside the claim ("… الذي يشكو، حسب توصيفه، صعوبات كبيرة …")."""

from __future__ import annotations

from typing import Any

import pytest

from arabnews import Pipeline
from arabnews.extract.attribution.quotes import find_quotations
from attribution_cases import checked_quotes
from attribution_cases import claim_tuples as _claims


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


def _via(nlp: Pipeline, text: str) -> list[tuple[Any, ...]]:
    out = []
    for q in checked_quotes(nlp(text), text):
        src = q.source or {}
        out.append((q.text, q.cue["text"], src.get("text"), (src.get("via") or {}).get("text")))
    return out


@pytest.mark.parametrize("text, inner", [
    ('ويقول: ” أريد أن أنظف حياتي ”', [" أريد أن أنظف حياتي "]),
    ("قال: ”لن نتراجع عن مطالبنا“.", ["لن نتراجع عن مطالبنا"]),
    ("قال: “ لن نتراجع عن مطالبنا“ ثم غادر", [" لن نتراجع عن مطالبنا"]),
    # the typographic pair pairs first, the marks it leaves after
    ("قال: “نحن هنا” ثم ”هم هناك”", ["نحن هنا", "هم هناك"]),
])
def test_curly_marks_pair_in_either_shape(text: str, inner: list[str]) -> None:
    assert [q.inner(text) for q in find_quotations(text, 0, len(text))] == inner


@pytest.mark.parametrize("text, claim, cue, source", [
    # ANT dev 514 (shortened): "”" typed as the opening mark
    ("وقال مارك زوكربيرغ: ” أريد أن أنظف حياتي من جميع الأمور التي قد تستنزف قواي.”",
     "أريد أن أنظف حياتي من جميع الأمور التي قد تستنزف قواي", "قال", "مارك زوكربيرغ"),
    ("وقال الوزير: ”لن نتراجع عن مطالبنا“.", "لن نتراجع عن مطالبنا", "قال", "الوزير"),
    ("وقالت الوزيرة: ” سنواصل العمل حتى النهاية ” ثم غادرت.", "سنواصل العمل حتى النهاية", "قالت", "الوزيرة"),
    ("وأكد المدرب: “ سنعود أقوى في المباراة القادمة“ قبل أن يغادر.", "سنعود أقوى في المباراة القادمة", "أكد",
     "المدرب"),
])
def test_direct_quote_with_curly_marks(nlp: Pipeline, text: str, claim: str, cue: str, source: str) -> None:
    got = [c for c in _claims(nlp, text) if c[0] == "direct"]
    assert got == [("direct", claim, cue, source)]


@pytest.mark.parametrize("text, claim, cue, source, via", [
    # ANT dev 2137
    ("وقالت مصادر أمنية أمريكية نقلا عن مسؤولي مخابرات بريطانيين إن عبيدي ولد في مانشستر عام 1994.",
     "إن عبيدي ولد في مانشستر عام 1994", "قالت", "مسؤولي مخابرات بريطانيين", "مصادر أمنية أمريكية"),
    ("وقال مسؤول أمني، نقلاً عن شهود عيان، إن الانفجار وقع قرب السوق.", "إن الانفجار وقع قرب السوق", "قال",
     "شهود عيان", "مسؤول أمني"),
    ('وذكرت وكالة رويترز نقلا عن صحيفة "فيلت" أن الشرطة اعتقلت رجلا.', "أن الشرطة اعتقلت رجلا", "ذكرت",
     'صحيفة "فيلت"', "وكالة رويترز"),
    # no subject before the phrase: nobody relays
    ("وأكد نقلا عن شهود أن الشرطة اعتقلت رجلا.", "أن الشرطة اعتقلت رجلا", "أكد", "شهود", None),
])
def test_relay_phrase_after_subject(nlp: Pipeline, text: str, claim: str, cue: str, source: str,
                                    via: str | None) -> None:
    assert _via(nlp, text) == [(claim, cue, source, via)]


@pytest.mark.parametrize("text, source", [
    ("وقال مسؤولو العمران والتخطيط إنهم لم يجدوا مساحات كافية.", "مسؤولو العمران والتخطيط"),
    ("وقال مسؤولو الأمن إن الوضع هادئ.", "مسؤولو الأمن"),
    ("وقال مسؤولو وزارة الداخلية إن الوضع هادئ.", "مسؤولو وزارة الداخلية"),
])
def test_construct_plural_head(nlp: Pipeline, text: str, source: str) -> None:
    assert [c[3] for c in _claims(nlp, text)] == [source]


@pytest.mark.parametrize("text, claim, cue, source", [
    # ANT held-out 8163 (shortened)
    ("وتمثلت المسروقات في أجهزة الكترونية بقيمة 15 الف دينار، بحسب اعترافات الجاني.",
     "وتمثلت المسروقات في أجهزة الكترونية بقيمة 15 الف دينار", "بحسب", "الجاني"),
    ("وفر المتهمون من المكان حسب أقوال الشهود.", "وفر المتهمون من المكان", "حسب", "الشهود"),
    ("وتمثلت المسروقات في هواتف، حسب أقوال الموقوف.", "وتمثلت المسروقات في هواتف", "حسب", "الموقوف"),
    ("ويشكو قطاع الصحة، وفقا لرئيس النقابة، صعوبات كبيرة.", "ويشكو قطاع الصحة، وفقا لرئيس النقابة، صعوبات كبيرة",
     "وفقا ل", "رئيس النقابة"),
    # ANT dev 1383: "ففي" opens the clause after the phrase
    ("ووفقا لأقوال المتحدث باسم وزارة الخارجية ففي حال تم تأكيد المعلومات فسوف يتم إعفاؤها.",
     "ففي حال تم تأكيد المعلومات فسوف يتم إعفاؤها", "وفقا ل", "المتحدث باسم وزارة الخارجية"),
])
def test_saying_noun_genitive(nlp: Pipeline, text: str, claim: str, cue: str, source: str) -> None:
    assert _claims(nlp, text) == [("source", claim, cue, source)]


@pytest.mark.parametrize("text", [
    "وتدور المباريات وفق البرنامج التالي.",
    "وتتراوح الأسعار حسب المناطق.",
    "ويتولى البنك دراسة الملف وفق الإجراءات المعمول بها.",
    "ويختلف الإجراء حسب طبيعة العقار وموقعه.",
    "وتم إيقاف المتهم وفقا للقانون.",
])
def test_no_speaker_after_weak_phrase(nlp: Pipeline, text: str) -> None:
    assert _claims(nlp, text) == []


def test_confession_pronoun_is_no_tail(nlp: Pipeline) -> None:
    # the pronoun of "اعترافاتهم" is those who confessed, not the ministry (ANT held-out 8353)
    text = "وقالت الوزارة إن المبلغ متأت من مبيعات المخدرات حسب اعترافاتهم خلال التحقيق معهم."
    quotes = checked_quotes(nlp(text), text)
    assert [(q.text, q.source["text"], q.cue.get("tail")) for q in quotes] == [
        ("إن المبلغ متأت من مبيعات المخدرات حسب اعترافاتهم خلال التحقيق معهم", "الوزارة", None)]


@pytest.mark.parametrize("text, claim, tail", [
    # ANT dev 2832 (shortened): the tail between commas, the speaker's sentence going on
    ("وقال الوزير إن القطاع الذي يشكو، حسب توصيفه، صعوبات كبيرة يحتاج دعما.",
     "إن القطاع الذي يشكو، حسب توصيفه، صعوبات كبيرة يحتاج دعما", "حسب توصيفه"),
    ("وأكد المدير أن الحلول ليست ترقيعية، وفق تقديره، بل أخذت بعين الاعتبار المطالب.",
     "أن الحلول ليست ترقيعية، وفق تقديره، بل أخذت بعين الاعتبار المطالب", "وفق تقديره"),
    # at the end, or before a participle or a preposition: the claim ends before it, as before
    ("وقال الوزير إن القطاع يشكو صعوبات كبيرة، حسب قوله.", "إن القطاع يشكو صعوبات كبيرة", "حسب قوله"),
    ("وقال الوزير إن القطاع يشكو صعوبات كبيرة، حسب قوله، مضيفا أن الدعم قادم.", "إن القطاع يشكو صعوبات كبيرة",
     "حسب قوله"),
    ("وأكدت النائبة أن لا أحد يمكنه نفي التهديدات، بحسب تعبيرها، من دون توضيح موقفها.",
     "أن لا أحد يمكنه نفي التهديدات", "بحسب تعبيرها"),
])
def test_tail_inside_claim(nlp: Pipeline, text: str, claim: str, tail: str) -> None:
    quotes = checked_quotes(nlp(text), text)
    first = quotes[0]
    assert (first.text, first.cue["tail"]["text"]) == (claim, tail)
