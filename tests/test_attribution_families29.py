"""Attribution families of session 29: a trailing source phrase whose speaker is an outlet, a reporter or an issued
document ("… حسب مراسل الجوهرة "اف ام"", "… حسب بلاغ للداخلية") ends the claim before it, and claims the same words;
"علي" inside a person's name is no preposition in a text that shows no spelling of "على"; a reporting participle after
"غير" or a copula is an adjective ("معلومات غير مؤكدة"), "مقرا له" a seat; an unnamed source keeps "غير" + adjective;
"أخبار" and "شائعات" are unnamed sources; a stray closing quotation mark before a stop opens no quotation, so a claim
no longer runs on into the next sentence."""

from __future__ import annotations

from typing import Any

import pytest

from arabnews import Pipeline
from attribution_cases import typed_claim_tuples


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


_claims = typed_claim_tuples


TRAILING = [
    # ANT (file line 21406): the reporter is the outlet's own source, not the customs sources' words
    ('وأكدت مصادر من الديوانة التونسية أنه سيتم اتخاذ الإجراءات القانونية المعمول بها من حجز للبضاعة وللسيارتين '
     'فيما تتواصل الأبحاث لمعرفة ملابسات القضية حسب مراسل الجوهرة "اف ام".',
     [("indirect", "أنه سيتم اتخاذ الإجراءات القانونية المعمول بها من حجز للبضاعة وللسيارتين فيما تتواصل الأبحاث "
       "لمعرفة ملابسات القضية", "أكدت", "مصادر من الديوانة التونسية", "anonymous")]),  # (the reporter: via, 32b)
    # ANT (dev 2552): an issued document ("بلاغ") of the ministry
    ("وبالتنسيق مع الطبيب المباشر أفاد انها تعرضت لكسور على مستوى الأضلع السفلية كما تم تسجيل محضر من أجل الاعتداء "
     "بالعنف حسب بلاغ للداخلية.",
     [("indirect", "انها تعرضت لكسور على مستوى الأضلع السفلية كما تم تسجيل محضر من أجل الاعتداء بالعنف", "أفاد",
       "الطبيب المباشر", "person"),
      ("source", "انها تعرضت لكسور على مستوى الأضلع السفلية كما تم تسجيل محضر من أجل الاعتداء بالعنف", "حسب",
       "داخلية", "organisation")]),
    # neighbours: a named agency after بحسب, the outlet's own reporter after وفقا ل, a statement with the article
    ("وقال المتحدث باسم الجيش إن الهجوم أسفر عن مقتل ثلاثة جنود بحسب وكالة رويترز.",
     [("indirect", "إن الهجوم أسفر عن مقتل ثلاثة جنود", "قال", "المتحدث باسم الجيش", "person")]),  # (via: 32b)
    ("وأكد الوالي أن الأشغال ستنطلق الأسبوع القادم وفقا لمراسلنا بالجهة.",
     [("indirect", "أن الأشغال ستنطلق الأسبوع القادم", "أكد", "الوالي", "person"),
      ("source", "أن الأشغال ستنطلق الأسبوع القادم", "وفقا ل", "مراسلنا بالجهة", "person")]),
    ("وقالت الوزارة إن عدد الحالات بلغ 25 حالة وفق البيان.",
     [("indirect", "إن عدد الحالات بلغ 25 حالة", "قالت", "الوزارة", "organisation"),
      ("source", "إن عدد الحالات بلغ 25 حالة", "وفق", "البيان", "anonymous")]),
]

SPEAKERS_OWN = [
    # the speaker's own evidence stays in the speaker's words (data, results: not the outlet's source)
    ("وقالت سلمى اللومي إن القطاع السياحي بدأ يحقق انتعاشة بحسب الأرقام المسجلة إلى غاية أكتوبر.",
     ("indirect", "إن القطاع السياحي بدأ يحقق انتعاشة بحسب الأرقام المسجلة إلى غاية أكتوبر", "قالت",
      "سلمى اللومي", "person")),
    ("وأعلنت وزارة الداخلية الفرنسية أن ماكرون حصل على 66 بالمائة من أصوات الناخبين وفق النتائج النهائية.",
     ("indirect", "أن ماكرون حصل على 66 بالمائة من أصوات الناخبين وفق النتائج النهائية", "أعلنت",
      "وزارة الداخلية الفرنسية", "organisation")),
    # inside the speaker's quotation the phrase is the speaker's
    ('وأضاف الوزير أن "الحصيلة ارتفعت إلى 12 قتيلا حسب وكالة رويترز".',
     ("direct", "الحصيلة ارتفعت إلى 12 قتيلا حسب وكالة رويترز", "أضاف", "الوزير", "person")),
]


@pytest.mark.parametrize(("text", "expected"), TRAILING)
def test_trailing_outlet_phrase_ends_the_claim(nlp: Pipeline, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _claims(nlp, text) == expected


@pytest.mark.parametrize(("text", "claim"), SPEAKERS_OWN)
def test_speakers_own_evidence_stays_in_the_claim(nlp: Pipeline, text: str, claim: tuple[Any, ...]) -> None:
    assert claim in _claims(nlp, text)


ALI = [
    # a short text with no "على"/"إلى" to show how it spells them: the PER's "علي" is the name
    ("وأفاد العقيد خميس بن علي أن الوحدات الأمنية تمكنت من إيقاف المشتبه به.",
     [("indirect", "أن الوحدات الأمنية تمكنت من إيقاف المشتبه به", "أفاد", "خميس بن علي", "person")]),
    ("وقال زين العابدين بن علي إن الوضع مستقر.",
     [("indirect", "إن الوضع مستقر", "قال", "زين العابدين بن علي", "person")]),
    ("وقال علي العريض إن الحكومة لن تتراجع.",
     [("indirect", "إن الحكومة لن تتراجع", "قال", "علي العريض", "person")]),
    ("وأكد عبد العلي الحمامي أن الأشغال انطلقت.",
     [("indirect", "أن الأشغال انطلقت", "أكد", "عبد العلي الحمامي", "person")]),
    # the preposition stays one: the verb's "على أن", also after a name
    ("وشدد الوزير على أن الوضع مستقر.", [("indirect", "أن الوضع مستقر", "شدد", "الوزير", "person")]),
    ("وشددت ألفة يوسف على أن الوضع صعب.", [("indirect", "أن الوضع صعب", "شددت", "ألفة يوسف", "person")]),
]


@pytest.mark.parametrize(("text", "expected"), ALI)
def test_ali_in_a_name(nlp: Pipeline, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _claims(nlp, text) == expected


ADJECTIVES = [
    # ANT (dev 968): "غير مؤكدة" is "unconfirmed", the information speaks
    ("وأفادت معلومات غير مؤكدة أنه ناجم عن سيارة مفخخة.",
     [("indirect", "أنه ناجم عن سيارة مفخخة", "أفادت", "معلومات غير مؤكدة", "anonymous")]),
    # ANT (dev 1509): no claim before
    ("وأشارت تقارير غير مؤكدة إلى أن سبعة أشخاص على الأقل قتلوا.",
     [("indirect", "أن سبعة أشخاص على الأقل قتلوا", "أشارت", "تقارير غير مؤكدة", "anonymous")]),
    ("وحسب معلومات غير مؤكدة فإن الحادث خلف ثلاثة قتلى.",
     [("source", "فإن الحادث خلف ثلاثة قتلى", "حسب", "معلومات غير مؤكدة", "anonymous")]),
    ("وقالت مصادر غير رسمية إن الوزير استقال.",
     [("indirect", "إن الوزير استقال", "قالت", "مصادر غير رسمية", "anonymous")]),
    ("وقالت مصادر مطلعة لرويترز إن واشنطن تعمل لإبرام عقود مبيعات أسلحة.",
     [("indirect", "إن واشنطن تعمل لإبرام عقود مبيعات أسلحة", "قالت", "مصادر مطلعة", "anonymous")]),
    # news in circulation speaks; denied news is no claim of the ministry's
    ("ويأتي ذلك بعد أخبار متداولة تفيد بأن الوزير استقال.",
     [("indirect", "بأن الوزير استقال", "تفيد", "أخبار متداولة", "anonymous")]),
    ("ونفت الوزارة أخبارا متداولة حول إغلاق المدارس.", []),
    ("ونفت الوزارة أخبار متداولة حول إغلاق المدارس.", []),
    # ANT (dev 660): "مقرا له" is its seat, not "admitting"
    ("توقعت دراسة لاتحاد المصارف العربية، الذي يتخذ من بيروت مقرا له، أن ينخفض معدل النمو بالبلدان العربية سنة "
     "2017.",
     [("indirect", "أن ينخفض معدل النمو بالبلدان العربية سنة 2017", "توقعت", "اتحاد المصارف العربية",
       "organisation")]),
    # after a copula: "likely", no cue
    ("وقال الوزير إن الأمر يبدو مرجحا أنه لم يفعل هذا بمفرده.",
     [("indirect", "إن الأمر يبدو مرجحا أنه لم يفعل هذا بمفرده", "قال", "الوزير", "person")]),
    # the participles stay cues after a comma, with or without "له"
    ("وأكد الوزير الخبر، مقرا بأن الوضع صعب.", [("indirect", "بأن الوضع صعب", "مقرا", "الوزير", "person")]),
    ("وغادر الوزير القاعة، مؤكدا له أن الوضع صعب.", [("indirect", "أن الوضع صعب", "مؤكدا", "الوزير", "person")]),
]


@pytest.mark.parametrize(("text", "expected"), ADJECTIVES)
def test_adjective_participles_and_unnamed_sources(nlp: Pipeline, text: str,
                                                   expected: list[tuple[Any, ...]]) -> None:
    assert _claims(nlp, text) == expected


STRAY_MARKS = [
    # ANT (dev 1852): two stray closing marks paired across a sentence; the first claim ran into the second
    ('وقال المصدر العسكري لوكالة الأنباء الإمارتية الرسمية إن التحقيقات الأولية التي أجريت تشير إلى أن قارب '
     'اللاجئين الصوماليين الذي كان متجها من السواحل اليمنية إلى السودان لم يُستهدف من قبل قواتنا المسلحة". وأفاد '
     'المصدر أن التحقيقات التمهيدية تشير إلى أن القوات المسلحة الإماراتية رصدت الطبيعة" غير العسكرية للقارب.',
     ("indirect", "إن التحقيقات الأولية التي أجريت تشير إلى أن قارب اللاجئين الصوماليين الذي كان متجها من السواحل "
      "اليمنية إلى السودان لم يُستهدف من قبل قواتنا المسلحة", "قال", "المصدر العسكري", "anonymous")),
    ('وقالت الشركة إن النسخة الجديدة ستطرح قريبا". وأضافت الشركة أن الأسعار لن ترتفع.',
     ("indirect", "إن النسخة الجديدة ستطرح قريبا", "قالت", "الشركة", "organisation")),
    # ANT (dev 2443): a quotation never closed is not balanced to the next sentence's opening mark
    ('وأكد صاحب الرسالة أنه لم يستطع إلى اليوم استغلاله بسبب ما وصفه "محاولات الابتزاز التي قام بها المتعهد التابع '
     'لوزارة السياحة. وختم "اندرسون" رسالته بأنه قرر اللجوء إلى وزير السياحة.',
     ("indirect", 'أنه لم يستطع إلى اليوم استغلاله بسبب ما وصفه "محاولات الابتزاز التي قام بها المتعهد التابع لوزارة '
      'السياحة', "أكد", "صاحب الرسالة", "person")),
    # a mark glued to "أن" before a space still opens the quotation (ANT dev 367)
    ('وأوضحت الشركة المنتجة أن" هذا الجينز يجسد ملابس العمل الشاقة في أمريكا".',
     ("direct", "هذا الجينز يجسد ملابس العمل الشاقة في أمريكا", "أوضحت", "الشركة المنتجة", "organisation")),
]


@pytest.mark.parametrize(("text", "claim"), STRAY_MARKS)
def test_stray_closing_mark(nlp: Pipeline, text: str, claim: tuple[Any, ...]) -> None:
    claims = _claims(nlp, text)
    assert claim in claims
    assert all(". و" not in c[1] for c in claims)  # no claim runs on into the next sentence


PERIODS_AND_INSTITUTIONS = [
    # ANT (dev 1579): the beginning of a month is when, not who ("مطلع" is also "informed": "مصدر مطلع")
    ("وكانت وزارة الامن الداخلي ومديرية الاستخبارات اعلنتا مطلع اكتوبر ان روسيا تمكنت من اختراق حسابات.",
     # (both speak: the first is the source, the second `source.coordinated`, session 29b)
     [("indirect", "ان روسيا تمكنت من اختراق حسابات", "اعلنتا", "وزارة الامن الداخلي", "organisation")]),
    ("وأعلنت الوزارة مطلع الأسبوع أن المدارس ستغلق.",
     [("indirect", "أن المدارس ستغلق", "أعلنت", "الوزارة", "organisation")]),
    ("وأكد أواخر الشهر الماضي وزير الصحة أن الوضع مستقر.",
     [("indirect", "أن الوضع مستقر", "أكد", "وزير الصحة", "person")]),
    ("وقال مصدر مطلع مساء اليوم إن المدارس ستغلق.",
     [("indirect", "إن المدارس ستغلق", "قال", "مصدر مطلع", "anonymous")]),
    # ANT (dev 2925): "وكالة الجمهورية" is the Tunisian prosecution, no outlet; IRNA is one
    ("وأكد بلاغ لوكالة الجمهورية لدى المحكمة الابتدائية بتونس، أن المعاينات الفنية الأولية تفيد بأن الانفجار ناتج "
     "عن عملية انتحارية.",
     [("indirect", "أن المعاينات الفنية الأولية تفيد بأن الانفجار ناتج عن عملية انتحارية", "أكد", "وكالة الجمهورية",
       "organisation"),
      ("indirect", "بأن الانفجار ناتج عن عملية انتحارية", "تفيد", "المعاينات الفنية الأولية", "anonymous")]),
    ("وأعلنت وكالة الجمهورية بالمحكمة الابتدائية بسوسة أنها فتحت تحقيقا.",
     [("indirect", "أنها فتحت تحقيقا", "أعلنت", "وكالة الجمهورية بالمحكمة الابتدائية بسوسة", "organisation")]),
    ("وذكرت وكالة الجمهورية الإسلامية الإيرانية للأنباء أن الرئيس وصل.",
     [("indirect", "أن الرئيس وصل", "ذكرت", "وكالة الجمهورية الإسلامية الإيرانية للأنباء", "media")]),
]


@pytest.mark.parametrize(("text", "expected"), PERIODS_AND_INSTITUTIONS)
def test_periods_and_institutions(nlp: Pipeline, text: str, expected: list[tuple[Any, ...]]) -> None:
    assert _claims(nlp, text) == expected
