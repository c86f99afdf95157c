"""Attribution, session 36 (att36): families read in ANT v1.1, each tested on real sentences with exact spans.

1. A programme's guest named earlier in the article speaks under her name: the feminine "ضيفة" of `guest_words` was
   written with ة in the code, which the folded text never has (ANT 6505, 6506).
2. A source phrase with an opinion, a belief, a guess or a wording and a pronoun ("وفق رأيه", "حسب رأيها", "حسب
   اعتقادهم", "بحسب ترجيحه", "حسب عبارته", "بحسب توضيحها"; `speech_nouns`) is the speaker's own tail, or with no claim
   before it a source claim of the speaker carried: never a new source "رأيه", and never a document ("وفقا للأرقام
   الأولية، وهو ما يبرز، حسب رأيه" is not the figures')."""

from __future__ import annotations

from typing import Any

import pytest

from arabnews import Pipeline
from attribution_cases import checked_quotes


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


def _claims(nlp: Pipeline, text: str) -> list[tuple[Any, ...]]:
    return [(q.kind, q.text, q.cue["text"], (q.source or {}).get("text"), q.source_type)
            for q in checked_quotes(nlp(text), text)]


# 1. the guest of a programme, masculine and feminine, with and without the article
@pytest.mark.parametrize(("text", "speaker"), [
    # ANT 6505
    ("قالت وزيرة السياحة سلمى اللومي اليوم الأربعاء إن وزارتها تسعى لتسجيل عدد جديد من المواقع الأثرية.\n"
     'وقالت ضيفة بوليتيكا على "الجوهرة أف أم" إنه تم ادراج 8 مواقع بهذه المنظمة الأممية.', "سلمى اللومي"),
    # ANT 6506
    ("قالت رئيسة الاتحاد الوطني للمرأة التونسية راضية الجربي إن وضع المرأة في حاجة إلى العطاء.\n"
     'واعتبرت ضيفة "بوليتكا" اليوم الأربعاء، أن المرأة حققت عديد المكاسب من حيث الحقوق.', "راضية الجربي"),
])
def test_guest_named_before(nlp: Pipeline, text: str, speaker: str) -> None:
    last = _claims(nlp, text)[-1]
    assert last[3] == speaker and last[4] == "person"


# 2. opinion nouns: the tail of the claim before (masculine, feminine, with and without a comma after)
@pytest.mark.parametrize(("text", "claim", "tail", "speaker"), [
    # ANT 709
    ("وبين أن بيت الزكاة سيمكن من توفير 3500 مليون دينار وهو مبلغ عادي، وفق رأيه، بالنظر إلى قيمة أموال الشركات"
     " المودعة لدى البنوك.",
     "أن بيت الزكاة سيمكن من توفير 3500 مليون دينار وهو مبلغ عادي، وفق رأيه، بالنظر إلى قيمة أموال الشركات المودعة"
     " لدى البنوك", "وفق رأيه", None),
    # ANT 2798
    ("وقال الناشط السياسي ناصر العويني اليوم الخميس إنه لا يوجد عدل في تونس بسبب خضوع القضاء للسلطة السياسية، بحسب"
     " ترجيحه.", "إنه لا يوجد عدل في تونس بسبب خضوع القضاء للسلطة السياسية", "بحسب ترجيحه",
     "الناشط السياسي ناصر العويني"),
    # ANT 734
    ("وذكرت المديرة الجهوية أن فرق المراقبة حجزت هذه الكمية لأن المنتوج غير صالح للاستهلاك، بحسب توضيحها.",
     "أن فرق المراقبة حجزت هذه الكمية لأن المنتوج غير صالح للاستهلاك", "بحسب توضيحها", "المديرة الجهوية"),
    # ANT 6606
    ("وأكدت النائبة أن الفتاة ستكون ضحية في حال سجن الجاني، وفق رأيها.",
     "أن الفتاة ستكون ضحية في حال سجن الجاني", "وفق رأيها", "النائبة"),
])
def test_opinion_tail(nlp: Pipeline, text: str, claim: str, tail: str, speaker: str | None) -> None:
    (q,) = checked_quotes(nlp(text), text)
    assert (q.kind, q.text, q.cue["tail"]["text"], (q.source or {}).get("text")) == ("indirect", claim, tail, speaker)
    assert text[q.cue["tail"]["start"]:q.cue["tail"]["end"]] == tail


def test_opinion_tail_offsets(nlp: Pipeline) -> None:
    text = "وأكدت النائبة أن الفتاة ستكون ضحية في حال سجن الجاني، وفق رأيها."
    (q,) = checked_quotes(nlp(text), text)
    assert (q.start, q.end, q.cue["tail"]["start"], q.cue["tail"]["end"], q.cue["tail"]["lemma"]) == (14, 52, 54, 63,
                                                                                                     "وفقا ل")


# 2. with no claim before it: a source claim of the speaker carried (plural, masculine, "راي" without its hamza)
@pytest.mark.parametrize(("text", "content", "speaker"), [
    # ANT 197
    ("ويقول المزارعون إن هذه الفترة غير مناسبة للزرع. كما يمتنع المزارعون في هذه الأيام عن تقليم الأشجار، لأن الأشجار"
     " التي تزرع في هذه الفترة لا تثمر، حسب اعتقادهم.",
     "كما يمتنع المزارعون في هذه الأيام عن تقليم الأشجار، لأن الأشجار التي تزرع في هذه الفترة لا تثمر", "المزارعون"),
    # ANT 703
    ("وقال الخبير الاقتصادي عز الدين سعيدان إن المقدرة الشرائية تراجعت. وهذا ناتج، حسب رايه، عن سوء التصرف في الشؤون"
     " الاقتصادية.", "وهذا ناتج، حسب رايه، عن سوء التصرف في الشؤون الاقتصادية", "عز الدين سعيدان"),
    ("وقال الخبير إن المؤشرات سلبية. وتضم اللجنة عشرة أعضاء، حسب عبارته.", "وتضم اللجنة عشرة أعضاء", "الخبير"),
])
def test_opinion_source_carried(nlp: Pipeline, text: str, content: str, speaker: str) -> None:
    last = checked_quotes(nlp(text), text)[-1]
    assert (last.kind, last.text, last.source["text"]) == ("source", content, speaker)
    assert "tail" not in last.cue


def test_pronoun_tail_is_no_document(nlp: Pipeline) -> None:
    """ANT 2865: "his opinion" after "وفقا للأرقام الأولية" is not the figures' (before: the source "أرقام الأولية")."""
    text = ('وصف الكاتب العام للنقابة الإضراب بالناجح وفقا للأرقام الأولية، وهو ما يبرز، حسب رأيه أن "المعركة هي معركة'
            ' مدرسين ضد وزير التربية".')
    by_cue = {q.cue["text"]: q for q in checked_quotes(nlp(text), text)}
    assert by_cue["حسب"].source is None
