"""Attribution, session 35 (ev35): a speaker's own tail ("على حد توصيفه", "حسب تعبيره", "وفق قوله") in the middle of a
claim with no comma around it is inside the claim, not its end ("وقال إن القطاع يشكو على حد توصيفه صعوبات كبيرة في
التمويل" gave "إن القطاع يشكو")."""

from __future__ import annotations

from typing import Any

import pytest

from arabnews import Pipeline
from attribution_cases import checked_quotes


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


def _claims(nlp: Pipeline, text: str) -> list[tuple[Any, ...]]:
    return [(q.kind, q.text, q.cue["text"], (q.cue.get("tail") or {}).get("text"), (q.source or {}).get("text"))
            for q in checked_quotes(nlp(text), text)]


# 1. the tail with no comma, the claim going on after it: every tail noun, his/her, past and present verbs, a verbal
# noun, a quotation after it
@pytest.mark.parametrize(("text", "claim", "tail"), [
    ("وقال إن القطاع يشكو على حد توصيفه صعوبات كبيرة في التمويل.",
     "إن القطاع يشكو على حد توصيفه صعوبات كبيرة في التمويل", "على حد توصيفه"),
    ("وأكدت الوزيرة أن المؤسسات تعاني حسب تعبيرها نقصا فادحا في الإطارات.",
     "أن المؤسسات تعاني حسب تعبيرها نقصا فادحا في الإطارات", "حسب تعبيرها"),
    ("وأوضح المدير أن هذه الاستراتيجية تشمل حسب قوله تحسين المنتوج وتنويعه.",
     "أن هذه الاستراتيجية تشمل حسب قوله تحسين المنتوج وتنويعه", "حسب قوله"),
    ("وقالت إن المشروع تعطل على حد قولها بسبب الإجراءات الإدارية.",
     "إن المشروع تعطل على حد قولها بسبب الإجراءات الإدارية", "على حد قولها"),
    ("وأضاف أن الوضع حسب تعبيره أضحى خطيرا.", "أن الوضع حسب تعبيره أضحى خطيرا", "حسب تعبيره"),
    # (ANT: "مشيرا الى ان شباب بن قردان المهمش حسب قوله أضحى تائها بين …", "لأن الوقت وفق تعبيره غير مناسب")
    ("وأشار إلى أن شباب بن قردان المهمش حسب قوله أضحى تائها بين البطالة والتهريب.",
     "أن شباب بن قردان المهمش حسب قوله أضحى تائها بين البطالة والتهريب", "حسب قوله"),
    ("وبين أنه أخذ هذا القرار لأن الوقت وفق تعبيره غير مناسب.",
     "أنه أخذ هذا القرار لأن الوقت وفق تعبيره غير مناسب", "وفق تعبيره"),
    ("وقال إن السلطات تجاهلت على حد وصفه مطالب الأهالي.", "إن السلطات تجاهلت على حد وصفه مطالب الأهالي",
     "على حد وصفه"),
])
def test_bare_tail_inside_claim(nlp: Pipeline, text: str, claim: str, tail: str) -> None:
    ((kind, content, _cue, got_tail, _src),) = _claims(nlp, text)
    assert (kind, content, got_tail) == ("indirect", claim, tail)


def test_bare_tail_offsets(nlp: Pipeline) -> None:
    text = "وقال إن القطاع يشكو على حد توصيفه صعوبات كبيرة في التمويل."
    (q,) = checked_quotes(nlp(text), text)
    assert (q.start, q.end) == (5, 57)
    assert text[q.end:] == "."
    assert (q.cue["tail"]["start"], q.cue["tail"]["end"], q.cue["tail"]["lemma"]) == (20, 33, "على حد")


# 2. the tail still ends the claim before a new cue, a و clause, where or to whom it was said
@pytest.mark.parametrize(("text", "first"), [
    ("وقال إن الأسعار ارتفعت على حد قوله وأوضح أن الحكومة مسؤولة.", "إن الأسعار ارتفعت"),
    ("وقال إن الحكومة فشلت حسب قوله لوكالة الأنباء الرسمية.", "إن الحكومة فشلت"),
    ("وقال إن الحكومة فشلت حسب تعبيره في كلمة خلال الجلسة.", "إن الحكومة فشلت"),
    ("وقال إن الأسعار ارتفعت على حد قوله مؤكدا أن الحكومة مسؤولة.", "إن الأسعار ارتفعت"),
])
def test_bare_tail_still_ends(nlp: Pipeline, text: str, first: str) -> None:
    assert _claims(nlp, text)[0][1] == first


# 3. a tail with no comma and no other claim in its sentence: the clause around it, as between commas
def test_bare_tail_alone(nlp: Pipeline) -> None:
    text = "وتشمل هذه الاستراتيجية حسب قوله تحسين المنتوج وتنويعه."
    assert _claims(nlp, text) == [("source", "وتشمل هذه الاستراتيجية حسب قوله تحسين المنتوج وتنويعه", "حسب",
                                   None, None)]


# 4. "وفق/حسب/وفقا لـ" + a person named alone between commas in the middle of a sentence (ANT): the surname of one the
# document names in full, or a name the tagger read with the phrase's ل; the sentence is the claim, the person its
# source.  Not a word no one is named by ("حسب المناطق")
@pytest.mark.parametrize(("text", "claim", "source"), [
    ("قال الأمين العام للاتحاد، نور الدين الطبوبي، إن المفاوضات ستنطلق قريبا. كما سيهتم المكتب التنفيذي الجديد، "
     "وفق الطبوبي، بملفات التربية.", "كما سيهتم المكتب التنفيذي الجديد، وفق الطبوبي، بملفات التربية", "الطبوبي"),
    ("أفاد وزير الفلاحة، سمير الطيب، بأنه وقع الاتفاق على الترفيع في سعر الحليب. كما تم الاتفاق، حسب الطيب، على "
     "تحسين المواصفات.", "كما تم الاتفاق، حسب الطيب، على تحسين المواصفات", "الطيب"),
    ("وبيّن رضوان بن صالح رئيس جامعة النزل أن الإقبال ضعيف. ويبحث التونسي، وفقا لبن صالح، عن النزل التي تقدم "
     "برنامجا متنوعا.", "ويبحث التونسي، وفقا لبن صالح، عن النزل التي تقدم برنامجا متنوعا", "بن صالح"),
    ("وقالت الوزيرة سلمى اللومي إن الموسم جيد. وبلغ عدد السياح 2 مليون سائح، حسب اللومي.",
     "وبلغ عدد السياح 2 مليون سائح", "اللومي"),
])
def test_person_named_alone(nlp: Pipeline, text: str, claim: str, source: str) -> None:
    quotes = checked_quotes(nlp(text), text)
    (q,) = [q for q in quotes if q.kind == "source"]
    assert (q.text, q.source["text"], q.source_type) == (claim, source, "person")
    assert q.source["start"] == text.rindex(source)


@pytest.mark.parametrize("text", [
    "وتوزع المساعدات، حسب المناطق، على العائلات المعوزة.",
    "ويعاقب المخالفون، وفق القانون، بالسجن.",
    "قال الوزير سمير الطيب إن الأسعار سترتفع. وتتوزع الزيادات حسب الطيب من المنتوجات.",
])
def test_no_person_named_alone(nlp: Pipeline, text: str) -> None:
    assert [q for q in checked_quotes(nlp(text), text) if q.kind == "source"] == []
