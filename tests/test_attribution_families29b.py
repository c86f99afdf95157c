"""Attribution families of session 29, second wave: a headline's speaker who spoke to an outlet ('وزير الخارجية السعودي
لـ"العربية": …', 'نتنياهو لـ"سي إن إن": …'; the outlet's words and digits count apart, "للـ" is ل written apart);
speakers joined by و ("وزارة الامن الداخلي ومديرية الاستخبارات اعلنتا أن …": `source.coordinated`); a relay inside a
source phrase ("بحسب تقارير اقتبست عن X") or past a time word ("ونقلت الصحيفة يوم الاثنين عن X قوله"); a quotation
after a ب that is not the verb's own, or that is an outlet's name, is a name, not a claim."""

from __future__ import annotations

from typing import Any

import pytest

from arabnews import Pipeline, analyze
from arabnews.extract.attribution import sources_frame
from attribution_cases import checked_quotes


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


def _claims(nlp: Pipeline, text: str) -> list[tuple[Any, ...]]:
    """(kind, content, cue, source text or None, source_type, coordinated texts) of each claim, spans checked."""
    return [(q.kind, q.text, q.cue["text"], (q.source or {}).get("text"), q.source_type,
             [co["text"] for co in (q.source or {}).get("coordinated", ())]) for q in checked_quotes(nlp(text), text)]


HEADLINES = [
    ('وزير الخارجية السعودي لـ"العربية": المملكة تدعم الحل السياسي في اليمن',
     "المملكة تدعم الحل السياسي في اليمن", "وزير الخارجية السعودي", "person"),
    ('نتنياهو لـ"سي إن إن": الحرب لن تتوقف', "الحرب لن تتوقف", "نتنياهو", "person"),
    ('ترامب لـ"بي بي سي": الحرب لن تتوقف قريبا', "الحرب لن تتوقف قريبا", "ترامب", "person"),
    ('الرئيس التونسي لفرانس 24: الحرب لن تتوقف', "الحرب لن تتوقف", "الرئيس التونسي", "person"),
    ("الرئيس التونسي لـ سكاي نيوز عربية: الحرب لن تتوقف", "الحرب لن تتوقف", "الرئيس التونسي", "person"),
    ('وزيرة الصحة للـ"بي بي سي": الوضع الصحي مستقر تماما', "الوضع الصحي مستقر تماما", "وزيرة الصحة", "person"),
    ("وزير الدفاع لـ«الشرق الأوسط»: الحرب لن تتوقف", "الحرب لن تتوقف", "وزير الدفاع", "person"),
    ('وزير الخارجية الأمريكي ريكس تيلرسون لـ«بي بي سي عربي»: الحرب لن تتوقف قريبا', "الحرب لن تتوقف قريبا",
     "ريكس تيلرسون", "person"),
    # (those that worked before still do)
    ('مسؤول أمريكي لـ"رويترز": الحرب لن تتوقف قريبا', "الحرب لن تتوقف قريبا", "مسؤول أمريكي", "anonymous"),
    ("الغنوشي للجوهرة أف أم: الحرب لن تتوقف قريبا", "الحرب لن تتوقف قريبا", "الغنوشي", "person"),
]


@pytest.mark.parametrize(("text", "content", "speaker", "stype"), HEADLINES)
def test_headline_speaker_told_an_outlet(nlp: Pipeline, text: str, content: str, speaker: str, stype: str) -> None:
    assert _claims(nlp, text) == [("direct", content, ":", speaker, stype, [])]


def test_headline_outlet_words_count_apart_only_after_lam(nlp: Pipeline) -> None:
    # a role's complement with ل is the speaker's words, all of them; seven words with no ل stay too many
    assert _claims(nlp, "وزير الخارجية للشؤون الأفريقية: الحرب لن تتوقف قريبا") == [
        ("direct", "الحرب لن تتوقف قريبا", ":", "وزير الخارجية للشؤون الأفريقية", "person", [])]
    assert _claims(nlp, "قرار وزارة التربية الجديد حول الامتحانات الوطنية في الجهات الداخلية: تأجيل الدورة") == []


def test_verb_with_lam_written_apart_before_quoted_outlet(nlp: Pipeline) -> None:
    assert _claims(nlp, 'قال وزير الصحة للـ"بي بي سي" إن الوضع مستقر') == [
        ("indirect", "إن الوضع مستقر", "قال", "وزير الصحة", "person", [])]


JOINED = [
    # ANT dev 1579: both agencies announce (only the second was kept)
    ("وزارة الامن الداخلي ومديرية الاستخبارات اعلنتا أن الهجوم أسفر عن مقتل ثلاثة أشخاص.",
     ("indirect", "أن الهجوم أسفر عن مقتل ثلاثة أشخاص", "اعلنتا", "وزارة الامن الداخلي", "organisation",
      ["مديرية الاستخبارات"])),
    ("الجيش الليبي وقوات الردع أعلنا أن الهجوم أسفر عن مقتل ثلاثة أشخاص.",
     ("indirect", "أن الهجوم أسفر عن مقتل ثلاثة أشخاص", "أعلنا", "الجيش الليبي", "group", ["قوات الردع"])),
    ("وأعلنت وزارة الداخلية ووزارة الدفاع أن الهجوم أسفر عن مقتل ثلاثة أشخاص.",
     ("indirect", "أن الهجوم أسفر عن مقتل ثلاثة أشخاص", "أعلنت", "وزارة الداخلية", "organisation",
      ["وزارة الدفاع"])),
    ("وأعلنت حركة النهضة وحزب نداء تونس في بيان مشترك أن التحالف مستمر بينهما.",
     ("indirect", "أن التحالف مستمر بينهما", "أعلنت", "حركة النهضة", "group", ["حزب نداء تونس"])),
    # ANT dev 2189, 1555: unnamed sources of two kinds
    ("وقال شهود ومصادر لرويترز إن مسلحين ملثمين هاجموا حافلة في المنيا.",
     ("indirect", "إن مسلحين ملثمين هاجموا حافلة في المنيا", "قال", "شهود", "anonymous", ["مصادر"])),
    # not: one person's two roles after a singular verb (ANT dev 157), a noun that is no speaker after و
    ("وأوضح باحث في أكاديمية العلوم الروسية ورئيس المختبر في المعهد أن قيودا تظهر عند القياس.",
     ("indirect", "أن قيودا تظهر عند القياس", "أوضح", "باحث في أكاديمية العلوم الروسية", "anonymous", [])),
    ("وأكدت الشرطة وجود أدلة على أن الهجوم أسفر عن مقتل ثلاثة أشخاص.", None),
]


@pytest.mark.parametrize(("text", "claim"), JOINED)
def test_speakers_joined_by_waw(nlp: Pipeline, text: str, claim: tuple[Any, ...] | None) -> None:
    got = _claims(nlp, text)
    if claim is None:
        assert all(not c[5] for c in got)
    else:
        assert got == [claim]


def test_coordinated_in_json_and_sources_frame() -> None:
    doc = analyze("وزارة الامن الداخلي ومديرية الاستخبارات اعلنتا أن الهجوم أسفر عن مقتل ثلاثة أشخاص.",
                  reference_date="2017-06-01")
    src = doc.to_dict()["quotes"][0]["source"]
    assert src["coordinated"] == [{"start": 21, "end": 39, "text": "مديرية الاستخبارات", "layer": "entities",
                                   "source_type": "organisation"}]
    frame = sources_frame(doc)
    assert sorted(frame["source"]) == ["مديريه الاستخبارات", "وزاره الامن الداخلي"]
    assert list(frame["claims"]) == [1, 1]


RELAYS = [
    # ANT dev 1569: the general the reports quote
    ("وتم قصفه بعد نحو 20 ساعة من نشرها على الإنترنت بحسب تقارير اقتبست عن الجنرال في سلاح الجو الأميركي هوك "
     "كارليس.", "هوك كارليس"),
    ("وقتل عشرة مسلحين في الهجوم، حسب تقارير نقلت عن مسؤولين في الشرطة.", "مسؤولين في الشرطة"),
    ("وحسب وسائل إعلام محلية نقلت عن مصادر أمنية، فإن الهجوم أسفر عن مقتل عشرة.", "مصادر أمنية"),
    # ANT dev 1461, 2081: a time word between the outlet and عن
    ('ونقلت قناة "الحرة" الأمريكية اليوم الأربعاء، عن أوباما قوله إنه يجب تبني استراتيجية جديدة.', "أوباما"),
    ("ونقلت الصحيفة يوم الاثنين عن وزير الداخلية قوله إن الهجوم أسفر عن مقتل عشرة.", "وزير الداخلية"),
    # not: what the reports carry is no speaker
    ("وقتل عشرة مسلحين في الهجوم، حسب تقارير نقلت صورا عن الهجوم.", "تقارير"),
]


@pytest.mark.parametrize(("text", "speaker"), RELAYS)
def test_relayed_speaker(nlp: Pipeline, text: str, speaker: str) -> None:
    got = _claims(nlp, text)
    assert [c[3] for c in got] == [speaker]


def test_relay_in_source_phrase_claims_the_clause(nlp: Pipeline) -> None:
    assert _claims(nlp, RELAYS[0][0]) == [("source", "وتم قصفه بعد نحو 20 ساعة من نشرها على الإنترنت", "بحسب",
                                           "هوك كارليس", "person", [])]


NAMES = [
    # ANT dev 2499, 1605, 1500: a quoted outlet or the object of a ب after the verb is no claim of the verb
    'وأكدت ضيفة "بوليتيكا" على "الجوهرة أف أم" ماجاء في بيان الحزب أمس.',
    'وقال ب"دعم من تركيا" بالوقوف وراء الانقلاب الفاشل.',
]


@pytest.mark.parametrize("text", NAMES)
def test_quoted_name_after_preposition_is_no_claim(nlp: Pipeline, text: str) -> None:
    assert all(c[0] != "direct" for c in _claims(nlp, text))


def test_quoted_outlet_after_ba_then_complementizer(nlp: Pipeline) -> None:
    text = 'وأكد الوزير في اتصال هاتفي بـ "الجوهرة أف أم" أن الوضع مستقر.'
    assert _claims(nlp, text) == [("indirect", "أن الوضع مستقر", "أكد", "الوزير", "person", [])]


def test_quotation_after_own_preposition_still_quotes(nlp: Pipeline) -> None:
    assert _claims(nlp, 'وشدد الوزير على "أهمية احترام القانون في كل الظروف".') == [
        ("direct", "أهمية احترام القانون في كل الظروف", "شدد", "الوزير", "person", [])]
    assert _claims(nlp, 'وقال الوزير ل"الجوهرة أف أم": "الوضع الأمني مستقر تماما".') == [
        ("direct", "الوضع الأمني مستقر تماما", "قال", "الوزير", "person", [])]


def test_no_complementizer_inside_a_quoted_ba_object(nlp: Pipeline) -> None:
    # ANT held-out 7424: the quotation after "بـ" is the outer claim's words, not ترى's claim with a later speaker
    text = ('وأضاف الهمامي أن الجبهة لا ترى موجبا من المشاركة في الاجتماع الذي سيلقي خلاله رئيس الجمهورية، الباجي قائد '
            'السبسي غدا خطابا، لاعتقادها بـ"أن رئاسة الجمهورية تتحمل المسؤولية الكبرى في فشل منظومة الحكم".')
    got = _claims(nlp, text)
    assert [c[2] for c in got] == ["أضاف", "أضاف"]
    assert all(c[3] == "الهمامي" for c in got)
