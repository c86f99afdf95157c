"""Attribution, session 36 (att36): families read in ANT v1.1, each tested on real sentences with exact spans.

1. A programme's guest named earlier in the article speaks under her name: the feminine "ضيفة" of `guest_words` was
   written with ة in the code, which the folded text never has (ANT 6505, 6506).
2. A source phrase with an opinion, a belief, a guess or a wording and a pronoun ("وفق رأيه", "حسب رأيها", "حسب
   اعتقادهم", "بحسب ترجيحه", "حسب عبارته", "بحسب توضيحها"; `speech_nouns`) is the speaker's own tail, or with no claim
   before it a source claim of the speaker carried: never a new source "رأيه", and never a document ("وفقا للأرقام
   الأولية، وهو ما يبرز، حسب رأيه" is not the figures').
3. An announcement or a statement "in a communiqué of its own" ("أعلنت الداخلية في بلاغ لها عن …", "أفادت الوزارة في
   بيان لها أن …"): the source is the ministry, the channel stays out of the source and of the claim, which starts
   after عن (at the event's noun, now also "القبض") or at أن.
4. A call (دعا/يدعو/تدعو … إلى) is no claim of its own, in every form, and its subject speaks the participle's claim
   after it; a people's plural subject stops before the verb's object ("ودعا المحتجون الحكومة إلى الرحيل، مؤكدين أن"
   gave "المحتجون الحكومة").
5. A surname alone after حسب/وفق/بحسب/وفقا ل, between commas or at the sentence's end, that nothing else in the text
   names ("…، وفق الطبوبي.", "…، حسب الجريبي، …") is a PER source; not "حسب التالي", nor an adjective with no comma
   before the phrase ("والأسعار مرتفعة حسب الرسمي")."""

from __future__ import annotations

import pytest

from arabnews import Pipeline
from attribution_cases import checked_quotes, typed_claim_tuples


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


_claims = typed_claim_tuples


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
     "ناصر العويني"),  # (session 40: the name, its role in source.role)
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


# 3. the channel of a statement is no part of its source nor of its claim
@pytest.mark.parametrize(("text", "speaker", "claim"), [
    ("أعلنت الداخلية في بلاغ لها عن إيقاف 12 عنصرا تكفيريا بولاية سوسة.", "الداخلية",
     "إيقاف 12 عنصرا تكفيريا بولاية سوسة"),
    ("أفادت الوزارة في بيان لها أن الامتحانات ستنطلق يوم الاثنين.", "الوزارة", "أن الامتحانات ستنطلق يوم الاثنين"),
    ("وأفادت وزارة الداخلية في بلاغ لها اليوم السبت أنه تم حجز كمية من المخدرات.", "وزارة الداخلية",
     "أنه تم حجز كمية من المخدرات"),
    ("وأعلنت وزارة الداخلية، في بلاغ لها اليوم السبت، عن إيقاف 3 أشخاص مشتبه بهم.", "وزارة الداخلية",
     "إيقاف 3 أشخاص مشتبه بهم"),
    ("وأوضحت الهيئة في بيانها أن الانتخابات ستجرى في موعدها.", "الهيئة", "أن الانتخابات ستجرى في موعدها"),
    ("وذكرت الوزارة في بلاغ صادر عنها اليوم أن التسجيل سينطلق غدا.", "الوزارة", "أن التسجيل سينطلق غدا"),
    ("وأفادت الداخلية في بلاغ نشرته على صفحتها الرسمية بأن الوحدات الأمنية تمكنت من إيقاف المتهم.", "الداخلية",
     "بأن الوحدات الأمنية تمكنت من إيقاف المتهم"),
    ("وأعلنت وزارة الدفاع في بيان رسمي عن مقتل 3 جنود.", "وزارة الدفاع", "مقتل 3 جنود"),
    # "القبض" with its article, as "العثور" (ANT 1161: "أعلنت شرطة واشنطن … القبض على …")
    ("وأعلنت الداخلية في بيان لها عن القبض على عنصر إرهابي خطير.", "الداخلية", "القبض على عنصر إرهابي خطير"),
    ("وأعلنت الداخلية عن القبض على عنصر إرهابي خطير.", "الداخلية", "القبض على عنصر إرهابي خطير"),
])
def test_channel_out_of_source(nlp: Pipeline, text: str, speaker: str, claim: str) -> None:
    ((kind, content, _cue, src, src_type),) = _claims(nlp, text)
    assert (kind, content, src, src_type) == ("indirect", claim, speaker, "organisation")


# 4. a call: no claim of its own, in every form; its subject speaks the participle's claim
@pytest.mark.parametrize(("text", "speaker"), [
    ("ودعت الجامعة العامة للصحة كافة الأعوان إلى الدخول في إضراب، مؤكدة أن الوزارة لم تف بتعهداتها.",
     "الجامعة العامة للصحة"),
    ("وتدعو الجامعة العامة للصحة كافة الأعوان إلى الدخول في إضراب، مؤكدة أن الوزارة لم تف بتعهداتها.",
     "الجامعة العامة للصحة"),
    ("ودعا الوزير الحكومة إلى الرحيل، مؤكدا أن الوزارة لم تف بتعهداتها.", "الوزير"),
    ("ودعا المحتجون الحكومة إلى الرحيل، مؤكدين أن الوزارة لم تف بتعهداتها.", "المحتجون"),
    ("ويدعو المحتجون الحكومة إلى الرحيل، مؤكدين أن الوزارة لم تف بتعهداتها.", "المحتجون"),
    ("وطالب المتظاهرون الحكومة بالرحيل، مؤكدين أن الوزارة لم تف بتعهداتها.", "المتظاهرون"),
])
def test_call_subject_speaks_participle(nlp: Pipeline, text: str, speaker: str) -> None:
    ((kind, content, cue, src, _type),) = _claims(nlp, text)
    assert (kind, content, src) == ("indirect", "أن الوزارة لم تف بتعهداتها", speaker)
    assert cue.startswith("مؤكد")


@pytest.mark.parametrize("text", [
    "وتدعو الجامعة العامة للصحة كافة الأعوان إلى الدخول في إضراب يوم 20 جوان.",
    "ودعت النقابة إلى الدخول في إضراب عام.",
    "ويدعو الاتحاد الحكومة إلى التراجع عن قرارها.",
    "ودعوا إلى مقاطعة الانتخابات.",
    "وتطالب المنظمة بالإفراج عن المعتقلين.",
])
def test_call_is_no_claim(nlp: Pipeline, text: str) -> None:
    assert _claims(nlp, text) == []


def test_plural_adjective_stays(nlp: Pipeline) -> None:
    text = "وقال المتظاهرون الغاضبون إن الوضع صعب."
    assert [c[3] for c in _claims(nlp, text)] == ["المتظاهرون الغاضبون"]


# 5. a surname alone, the text naming him nowhere else (ANT 2832, 5593 without their first sentences)
@pytest.mark.parametrize(("text", "content", "speaker"), [
    ("كما سيهتم المكتب التنفيذي الجديد، وفق الطبوبي، بملفات التربية والصحة.",
     "كما سيهتم المكتب التنفيذي الجديد، وفق الطبوبي، بملفات التربية والصحة", "الطبوبي"),
    ("وستصدر الأحزاب بيانا يحدد موقفها، حسب القرامي.", "وستصدر الأحزاب بيانا يحدد موقفها", "القرامي"),
    ("وتراجعت المبيعات بنسبة 20 بالمائة، بحسب الجريبي.", "وتراجعت المبيعات بنسبة 20 بالمائة", "الجريبي"),
    # (ل + the article, its ا dropped: the name from after "لل")
    ("وتراجعت المبيعات بنسبة 20 بالمائة، وفقا للجريبي.", "وتراجعت المبيعات بنسبة 20 بالمائة", "جريبي"),
])
def test_surname_alone(nlp: Pipeline, text: str, content: str, speaker: str) -> None:
    ((kind, got, _cue, src, src_type),) = _claims(nlp, text)
    assert (kind, got, src, src_type) == ("source", content, speaker, "person")


@pytest.mark.parametrize("text", [
    "والأسعار مرتفعة حسب التالي.",
    "والأسعار مرتفعة، حسب التالي.",
    "والأسعار مرتفعة حسب الرسمي.",
    "وتم التوزيع حسب الولايات.",
])
def test_no_surname(nlp: Pipeline, text: str) -> None:
    assert _claims(nlp, text) == []


def test_surname_alone_after_claim(nlp: Pipeline) -> None:
    """After a verb's claim the trailing phrase gives its own claim of the same words, as for any trailing source that
    is no outlet (session 32b's convention)."""
    text = "وأكد أن الإضراب سيتواصل، حسب الجريبي."
    assert [(c[0], c[1], c[3]) for c in _claims(nlp, text)] == [
        ("indirect", "أن الإضراب سيتواصل", None), ("source", "أن الإضراب سيتواصل", "الجريبي")]
