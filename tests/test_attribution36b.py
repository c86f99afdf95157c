"""Unnamed speakers of a trade or calling (session 36, lead): the plural heads of `heads.anonymous` in both cases
("النقابيون", "فلاحين"), and the broken plurals in construct with their genitive and its adjectives
(`construct_heads`: "أحد أساتذة المعهد", "عدد من أعوان الصحة", "قادة الجيش الإسرائيلي").  Sentences from ANT."""

from __future__ import annotations

import pytest

from arabnews import Pipeline
from attribution_cases import checked_quotes


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


def _speakers(nlp: Pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    """(cue, source text, source_type) of each claim, spans checked against the text."""
    return [(q.cue["text"], (q.source or {}).get("text"), q.source_type) for q in checked_quotes(nlp(text), text)]


@pytest.mark.parametrize(("text", "expected"), [
    # ANT 7942: the broken plural in construct keeps its genitive (was "أحد أساتذة" with this list, a person before)
    ('تعطلت صباح اليوم الخميس 13 أكتوبر 2016 الدروس بمعهد عاطف الشايب بالحمامات وذلك على خلفية احتجاج الاساتذة على '
     'جداول الاوقات، وفق ما أكده أحد أساتذة المعهد لمراسلة "الجوهرة أف أم".',
     [("وفق ما", "أحد أساتذة المعهد", "anonymous")]),
    # ANT 6117
    ('و قال\xa0عدد من أعوان الصحة في تصريح لمراسل "الجوهرة أف أم" إنهم قرروا اليوم عدم المشاركة في الإضراب.',
     [("قال", "عدد من أعوان الصحة", "anonymous")]),
    # the genitive's adjective, and a definite genitive after other broken plurals
    ("وقال قادة الجيش الإسرائيلي إن الوضع مستقر.", [("قال", "قادة الجيش الإسرائيلي", "anonymous")]),
    ("وقال سكان الحي إن القصف استمر طوال الليل.", [("قال", "سكان الحي", "anonymous")]),
    ("وأكد طلبة الجامعة أن الامتحانات تأجلت.", [("أكد", "طلبة الجامعة", "anonymous")]),
    # session 34b's construct head with two genitives joined by و, unchanged
    ("وقال مسؤولو العمران والتخطيط إن المشروع جاهز.", [("قال", "مسؤولو العمران والتخطيط", "anonymous")]),
    # ANT 2091: the relayed speakers behind the agency
    ('أفادت وكالة "رويترز" نقلا عن عسكريين في كوريا الجنوبية، بأن بيونغ يانع أجرت تجربة بقذيفة صاروخية.',
     [("أفادت", "عسكريين", "anonymous")]),
])
def test_unnamed_plural_speakers(nlp: Pipeline, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _speakers(nlp, text) == expected


@pytest.mark.parametrize(("text", "speaker"), [
    ("ودعا النقابيون الحكومة إلى فتح باب الحوار، مؤكدين أن الإضراب سيتواصل.", "النقابيون"),
    ("وقال أساتذة إن الوزارة لم تف بوعودها.", "أساتذة"),
    ("وأكد حقوقيون أن المعتقلين تعرضوا للتعذيب.", "حقوقيون"),
    ("واعتبر سياسيون أن رحيله خسارة كبرى للبلاد.", "سياسيون"),
    ("وقال مهندسون إن الجسر يحتاج إلى صيانة عاجلة.", "مهندسون"),
])
def test_trades_and_callings_are_unnamed_speakers(nlp: Pipeline, text: str, speaker: str) -> None:
    ((_cue, source, kind),) = _speakers(nlp, text)
    assert (source, kind) == (speaker, "anonymous")


def test_after_a_source_phrase_in_the_genitive(nlp: Pipeline) -> None:
    text = "وتتواصل الأزمة في المنطقة حسب فلاحين بالجهة."
    (q,) = checked_quotes(nlp(text), text)
    assert (q.text, q.cue["text"], q.source["text"], q.source_type) == (
        "وتتواصل الأزمة في المنطقة", "حسب", "فلاحين بالجهة", "anonymous")
