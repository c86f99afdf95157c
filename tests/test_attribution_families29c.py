"""Attribution families of session 29, third wave: the speaker's own tail after a claim ("…، حسب قوله", "… على حد
تعبيرها", "…، وفق تعبيره") is the claim's ``cue.tail``; "the text of" a document ("وفق نص البيان", "حسب نص البلاغ",
"على حد نص البلاغ") names the document as the speaker; "وجاء في البيان الذي أصدرته … "…"" claims the quotation."""

from __future__ import annotations

from typing import Any

import pytest

from arabnews import Pipeline
from attribution_cases import checked_quotes


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


def _claims(nlp: Pipeline, text: str) -> list[tuple[Any, ...]]:
    """(kind, content, cue, source text or None, tail text or None) of each claim, spans checked."""
    return [(q.kind, q.text, q.cue["text"], (q.source or {}).get("text"), (q.cue.get("tail") or {}).get("text"))
            for q in checked_quotes(nlp(text), text)]


@pytest.mark.parametrize("text, claim, tail", [
    # ANT: the tail after a comma, with ب, after a closing quotation mark, with no comma
    ("وأوضح المندوب أن الوضع لا يستدعي القلق ولا يوجد أي خطر يهدد الصحة، وفق تعبيره.",
     "أن الوضع لا يستدعي القلق ولا يوجد أي خطر يهدد الصحة", "وفق تعبيره"),
    ("وقال النائب إن الحكومة ستكون مستقيلة يوم السبت، بحسب تعبيره.",
     "إن الحكومة ستكون مستقيلة يوم السبت", "بحسب تعبيره"),
    ("وأكدت الوزيرة أن هذا الملف صعب ومعقد على حد قولها.", "أن هذا الملف صعب ومعقد", "على حد قولها"),
    ("وأضاف أن الحياة السياسية في لبنان مشوهة بسبب المال السياسي على حد قوله.",
     "أن الحياة السياسية في لبنان مشوهة بسبب المال السياسي", "على حد قوله"),
    ("وقالت لوبان إن الإجراء لا يشمل إلا الأطفال الأجانب، وفقا لتعبيرها.",
     "إن الإجراء لا يشمل إلا الأطفال الأجانب", "وفقا لتعبيرها"),
    ("وأفاد الكاتب العام أن القطاع يشكو من وضع كارثي حسب تقديره.", "أن القطاع يشكو من وضع كارثي", "حسب تقديره"),
])
def test_own_words_tail(nlp: Pipeline, text: str, claim: str, tail: str) -> None:
    claims = _claims(nlp, text)
    assert [c[1] for c in claims] == [claim]  # one claim: the tail is not a claim of its own
    assert claims[0][4] == tail


def test_own_words_tail_of_nested_quotation(nlp: Pipeline) -> None:
    text = 'وقال النائب إن الصفقة مشبوهة، مضيفا أنه "تحول حوله شبهة فساد"، حسب قوله.'
    claims = _claims(nlp, text)
    assert ("direct", "تحول حوله شبهة فساد", "مضيفا", "النائب", "حسب قوله") in claims
    assert all(c[4] is None for c in claims if c[2] == "قال")


def test_own_words_tail_keeps_the_next_claim_apart(nlp: Pipeline) -> None:
    text = "وأوضح المدير أن هذا الملف صعب ومعقد، بحسب تعبيره. وأضاف أن الحل قريب."
    assert _claims(nlp, text) == [
        ("indirect", "أن هذا الملف صعب ومعقد", "أوضح", "المدير", "بحسب تعبيره"),
        ("indirect", "أن الحل قريب", "أضاف", "المدير", None)]


def test_own_words_with_no_claim_before_is_a_source_claim(nlp: Pipeline) -> None:
    # no claim of the speaker right before: the phrase claims the clause itself (as before), with no tail
    text = "وتحدث الوزير عن الإصلاحات. والوضع الأمني مستقر حسب قوله."
    claims = _claims(nlp, text)
    assert [(c[0], c[1], c[2], c[4]) for c in claims] == [("source", "والوضع الأمني مستقر", "حسب", None)]


@pytest.mark.parametrize("text, source, content", [
    # ANT: after a claim's quotation, after a comma, alone
    ('وقالت الجبهة إن الهجوم "جاء ردا على التحالف السعودي العدواني ضد اليمن" وفق نص البيان.', "نص البيان",
     "جاء ردا على التحالف السعودي العدواني ضد اليمن"),
    ("وتم الكشف عن خلية تعتبر قوات الأمن والجيش طواغيت، على حد نص البلاغ.", "نص البلاغ",
     "وتم الكشف عن خلية تعتبر قوات الأمن والجيش طواغيت"),
    ("وتقرر تأجيل الانتخابات البلدية وفقا لنص البيان الختامي.", "نص البيان الختامي", "وتقرر تأجيل الانتخابات البلدية"),
    ("وتم إيقاف المتهم حسب نص البلاغ.", "نص البلاغ", "وتم إيقاف المتهم"),
])
def test_text_of_a_document(nlp: Pipeline, text: str, source: str, content: str) -> None:
    assert ("source", content, source) in [(c[0], c[1], c[3]) for c in _claims(nlp, text)]


def test_text_of_an_issuer_named(nlp: Pipeline) -> None:
    # the issuer after the document speaks, as in "حسب بلاغ وزارة الداخلية"
    claims = _claims(nlp, "وتم إيقاف المتهم حسب فحوى بلاغ وزارة الداخلية.")
    assert [(c[0], c[1], c[3]) for c in claims] == [("source", "وتم إيقاف المتهم", "وزارة الداخلية")]


@pytest.mark.parametrize("text", [
    "وتمت المصادقة على المشروع وفق نص القانون.",  # a rule, not a speaker
    "وتم تنقيح الفصل حسب نص الدستور الجديد.",
    "وقرأ الممثل نص البيان أمام الحاضرين.",  # no source phrase
])
def test_text_of_no_document_no_claim(nlp: Pipeline, text: str) -> None:
    assert _claims(nlp, text) == []


def test_said_in_a_document_with_a_relative_clause_claims_its_quotation(nlp: Pipeline) -> None:
    text = ('وجاء في نص البيان الذي أصدرته اليوم السبت "وحيث ثبت للفريق أنه تم استهداف الموقع بشكل خاطئ". '
            "كما قررت اللجنة اتخاذ الإجراءات.")
    assert [(c[0], c[1], c[3]) for c in _claims(nlp, text)] == [
        ("source", "وحيث ثبت للفريق أنه تم استهداف الموقع بشكل خاطئ", "نص البيان")]
    # with أن the clause, as before
    assert [(c[0], c[1], c[3]) for c in _claims(nlp, "وجاء في البيان الذي أصدرته الوزارة أن الوضع مستقر.")] == [
        ("source", "أن الوضع مستقر", "البيان")]


def test_said_in_a_document_name_in_marks_is_no_quotation(nlp: Pipeline) -> None:
    # held out: the outlet's name in marks after the relative clause is no claim of the document
    text = ('وجاء في البيان الذي نشرته وكالة الأنباء السعودية الرسمية "واس": "وإنفاذا لقرار قطع العلاقات الدبلوماسية '
            'تقرر غلق المكتب".')
    assert all(c[1] != "واس" for c in _claims(nlp, text))


def test_text_of_a_document_carries_no_speaker(nlp: Pipeline) -> None:
    # held out: "وأضافت" is still the prison's, not "نص البيان"'s
    text = ("وأكدت إدارة السجن أن السجن يؤمن خدماته للمساجين، وفق نص البيان. "
            "وأضافت أنه وقع تمكين كل سجين من سقف لا يتجاوز 10 علب.")
    assert [(c[0], c[2], c[3]) for c in _claims(nlp, text)] == [
        ("indirect", "أكدت", "إدارة السجن"), ("indirect", "أضافت", "إدارة السجن")]  # (نص البيان: the tail, 32b)


@pytest.mark.parametrize("text, cue, source, content", [
    # ANT: the verbal noun after the verb's own preposition (عن, إلى), a named subject before it
    ("كشفت وزيرة الصحة سميرة مرعي عن وجود ملفات فساد في قطاع الصحة.", "كشفت", "سميرة مرعي",
     "وجود ملفات فساد في قطاع الصحة"),
    ("وأشار المسؤول النقابي إلى نقص كبير في عدد المعلمين بجهات عديدة.", "أشار", "المسؤول النقابي",
     "نقص كبير في عدد المعلمين بجهات عديدة"),
    ("ولفت معهد الإحصاء إلى تطور مجموعة المطاعم والنزل بنسبة 4 بالمائة.", "لفت", "معهد الإحصاء",
     "تطور مجموعة المطاعم والنزل بنسبة 4 بالمائة"),
    ("وأشارت الدراسة إلى ارتفاع نسبة البطالة.", "أشارت", "الدراسة", "ارتفاع نسبة البطالة"),
    ("وكشف المتحدث باسم الجيش عن مقتل 5 إرهابيين في جبل الشعانبي.", "كشف", "المتحدث باسم الجيش",
     "مقتل 5 إرهابيين في جبل الشعانبي"),
])
def test_verbal_noun_after_the_verbs_preposition(nlp: Pipeline, text: str, cue: str, source: str, content: str) -> None:
    assert [(c[0], c[2], c[3], c[1]) for c in _claims(nlp, text)] == [("indirect", cue, source, content)]


@pytest.mark.parametrize("text", [
    # (an exhortation, "وأشار الوزير إلى ضرورة احترام القانون.", is a claim since session 47: test_attribution47)
    "وكشفت الشركة عن هاتفها الجديد.",  # a thing shown, no verbal noun
    "وكشف الوزير عن تفاصيل الخطة.",
    "وأشار بيده إلى السيارة.",
])
def test_verbal_noun_after_the_preposition_negatives(nlp: Pipeline, text: str) -> None:
    assert _claims(nlp, text) == []
