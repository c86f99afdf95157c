"""Attribution families of session 28: an outlet a source phrase names with a digit or in Latin letters ("وفق ما
أوردته فرانس2", "نقلا عن France24") and one that relays another ("وفق ما أوردته "العربية" نقلا عن صحيفة …": the
same clause for both); "…، كما ذكرت صحيفة X." trailing its clause; a quotation a verb opens that no mark closes
('قائلا "لا وجود …، وفق تعبيره.'); a headline's quotation after the colon without its marks."""

from __future__ import annotations

import pytest

from arabnews import Pipeline
from attribution_claims import claims

RELAYS = [
    # the outlet with a digit glued: the tagger's person "فرانس" is no speaker (ANT, shortened)
    ('وكانت مصادر فرنسية قد أكدت أن منفذ هجوم الشانزليزيه فرنسي من أصل تونسي ويبلغ من العمر 31 عاما وفق ما أوردته '
     '"فرانس2".',
     [("indirect", "أن منفذ هجوم الشانزليزيه فرنسي من أصل تونسي ويبلغ من العمر 31 عاما", "أكدت", "مصادر فرنسية",
       "anonymous")]),  # (the outlet is the claim's via: session 32b)
    ("وقتل ثلاثة جنود في الهجوم، نقلا عن France24.",
     [("source", "وقتل ثلاثة جنود في الهجوم", "نقلا عن", "France24", "media")]),
    ("وارتفع عدد الضحايا إلى عشرة، حسب BBC.",
     [("source", "وارتفع عدد الضحايا إلى عشرة", "حسب", "BBC", "media")]),
    ("وقالت فرانس 2 إن ثلاثة جنود قتلوا في الهجوم.",
     [("indirect", "إن ثلاثة جنود قتلوا في الهجوم", "قالت", "فرانس 2", "media")]),
    # a person whose given name is France stays a person
    ("وقال فرانس بيرنار إن ثلاثة جنود قتلوا في الهجوم.",
     [("indirect", "إن ثلاثة جنود قتلوا في الهجوم", "قال", "فرانس بيرنار", "person")]),
    # an outlet that relays another: both say the clause, "وفق ما أوردته …" is not the second one's words (ANT)
    ('وقد كان أفراد العائلة يترددون على مسجد في مانشستر تابع لمركز إسلامي، وفق ما أوردته "العربية" نقلا عن صحيفة The '
     'Sun البريطانية.',
     [("source", "وقد كان أفراد العائلة يترددون على مسجد في مانشستر تابع لمركز إسلامي", "وفق ما", "العربية", "media"),
      ("source", "وقد كان أفراد العائلة يترددون على مسجد في مانشستر تابع لمركز إسلامي", "نقلا عن",
       "صحيفة The Sun البريطانية", "media")]),
    # with no comma before the first phrase (it was the whole sentence)
    ("وقتل ثلاثة جنود في الهجوم وفق ما أوردته قناة فرانس 24 نقلا عن مصادر أمنية.",
     [("source", "وقتل ثلاثة جنود في الهجوم", "وفق ما", "قناة فرانس 24", "media"),
      ("source", "وقتل ثلاثة جنود في الهجوم", "نقلا عن", "مصادر أمنية", "anonymous")]),
]


@pytest.mark.parametrize(("text", "expected"), RELAYS)
def test_relays(nlp: Pipeline, text: str, expected: list) -> None:
    assert claims(nlp, text) == expected


AS_SAID = [
    # "…، كما + a past reporting verb + its speaker." trails the clause before it (ANT)
    ("وأحيل الشاب اليوم الخميس 15 ديسمبر 2016 إلى قاض أمر بسجنه، كما ذكرت النيابة الاتحادية.",
     [("source", "وأحيل الشاب اليوم الخميس 15 ديسمبر 2016 إلى قاض أمر بسجنه", "كما", "النيابة الاتحادية",
       "organisation")]),
    ("إلا أن المركز قرر الاستمرار في دفع إيجار منزله مدة سنة، حتى لا يصبح في الشارع، كما قال مديره ميغيل انخيل غالان.",
     [("source", "إلا أن المركز قرر الاستمرار في دفع إيجار منزله مدة سنة، حتى لا يصبح في الشارع", "كما",
       "ميغيل انخيل غالان", "person")]),
    ('وتعرضت فتاة للاغتصاب في مدينة شيكاغو الأمريكية من قبل مجهولين، كما ذكرت صحيفة "شيكاغو تريبيون".',
     [("source", "وتعرضت فتاة للاغتصاب في مدينة شيكاغو الأمريكية من قبل مجهولين", "كما", 'صحيفة "شيكاغو تريبيون"',
       "media")]),
    # to whom after the speaker; the claim before it ends there (it ran on to "للصحيفة")
    # (the officials in construct speak since session 34b; the speaker ends before "لاعضاء", to whom they spoke —
    # but the tagger's ORG "السي آي ايه لاعضاء" runs on into it and the speaker with it: strict xfail until it stops)
    pytest.param(
        'وذكر مسؤولو السي آي ايه لاعضاء مجلس الشيوخ انه "من الواضح جداً" ان هدف موسكو كان مساعدة ترامب على الفوز، كما '
        "قال مسؤولون للصحيفة.",
        [("indirect", 'انه "من الواضح جداً" ان هدف موسكو كان مساعدة ترامب على الفوز', "ذكر",
          "مسؤولو السي آي ايه", "anonymous"),
         ("source", 'انه "من الواضح جداً" ان هدف موسكو كان مساعدة ترامب على الفوز', "كما", "مسؤولون", "anonymous")],
        marks=pytest.mark.xfail(strict=True, reason="the NER tagger's ORG runs on into لاعضاء")),
    # the feminine; a speaker with a pronoun (ANT: "كما أعلن محاميه")
    ("وتوفي المدون الجزائري محمد تامالت فجر أمس الأحد بعد ثلاثة أشهر من دخوله في غيبوبة، كما أعلنت الشرطة.",
     [("source", "وتوفي المدون الجزائري محمد تامالت فجر أمس الأحد بعد ثلاثة أشهر من دخوله في غيبوبة", "كما",
       "الشرطة", "organisation")]),
    ("وتوفي المدون الجزائري محمد تامالت فجر أمس الأحد بعد ثلاثة أشهر من دخوله في غيبوبة، كما أعلن محاميه.",
     [("source", "وتوفي المدون الجزائري محمد تامالت فجر أمس الأحد بعد ثلاثة أشهر من دخوله في غيبوبة", "كما",
       "محاميه", "anonymous")]),
    # the verb's object is no speaker (held-out ANT)
    ("يذكر أن المتهمة قد استظهرت بوثائق عليها ختم منظمة الامم المتحدة، كما ادعت أيضا تمتعها بحصانة دبلوماسية.", []),
    # not "as he said," with no speaker after it, nor "also" before an object or a claim (ANT)
    ("ودعا الوزير وسائل الإعلام إلى عدم فسح المجال أمام الأحزاب التي تسعى، كما قال، لضرب مصداقية الاقتراع.", []),
    ("ذكر الطبيب كيشي أشهر 10 كذبات بيضاء متداولة بين الأزواج، كما أوضح الأسباب الكامنة وراء ذلك.", []),
    ("وأكدت الوزارة أنها شرعت في اتخاذ الإجراءات اللازمة، كما أكدت أن الوضع تحت السيطرة.",
     [("indirect", "أنها شرعت في اتخاذ الإجراءات اللازمة", "أكدت", "الوزارة", "organisation"),
      ("indirect", "أن الوضع تحت السيطرة", "أكدت", "الوزارة", "organisation")]),
]


@pytest.mark.parametrize(("text", "expected"), AS_SAID)
def test_as_said(nlp: Pipeline, text: str, expected: list) -> None:
    assert claims(nlp, text) == expected


OPEN_QUOTATIONS = [
    # a mark after the verb that nothing closes: its words to the end of the sentence, and "وفق تعبيره" of the same
    # speaker no second claim (ANT)
    ("وقال لطفي المرايحي إن القرار غير مفهوم. وتساءل المرايحي عن المغزى من السماح لهم بالإدلاء بأصواتهم في "
     'الانتخابات البلدية، قائلا "لا وجود لانتخابات سياسية وأخرى غير سياسية، وفق تعبيره.',
     [("indirect", "إن القرار غير مفهوم", "قال", "لطفي المرايحي", "person"),
      ("direct", "لا وجود لانتخابات سياسية وأخرى غير سياسية", "قائلا", "المرايحي", "person")]),
    # the quotation's أن is no complementizer of the verb's (it was "أن يفضي …", indirect)
    ('وأوضح الشفي أن المنظمة الشغيلة منزعجة إزاء تعثر المفاوضات، قائلا "نأمل أن يفضي اللقاء القادم إلى تقريب وجهات '
     "النظر.",
     [("indirect", "أن المنظمة الشغيلة منزعجة إزاء تعثر المفاوضات", "أوضح", "الشفي", "person"),
      ("direct", "نأمل أن يفضي اللقاء القادم إلى تقريب وجهات النظر", "قائلا", "الشفي", "person")]),
    ('وقال أحمد فريعة إن الفقيد عرف بحسه الوطني. وتابع "محمد الفاضل خليل عرفته عن قرب وأحمل عليه أفضل الذكريات. من '
     "جهته أكد الوزير السابق محمد جغام أنه اشتغل مع الفقيد.",
     [("indirect", "إن الفقيد عرف بحسه الوطني", "قال", "أحمد فريعة", "person"),
      ("direct", "محمد الفاضل خليل عرفته عن قرب وأحمل عليه أفضل الذكريات", "تابع", "أحمد فريعة", "person"),
      ("indirect", "أنه اشتغل مع الفقيد", "أكد", "محمد جغام", "person")]),
    ('ولم تتمالك نفسها من البكاء قائلة "جيراننا التونسيون أهانونا ولم ينظروا الينا مجرد نظرة احترام.',
     [("direct", "جيراننا التونسيون أهانونا ولم ينظروا الينا مجرد نظرة احترام", "قائلة", None, None)]),
    ("وأضافت: «وبينما اتجهت لدهسها بقدمي، كانت المضيفات بالفعل قد وصلن ومعهن دلو من الماء.",
     [("direct", "وبينما اتجهت لدهسها بقدمي، كانت المضيفات بالفعل قد وصلن ومعهن دلو من الماء", "أضافت", None, None)]),
    # a stray mark before the speaker is no quotation (ANT)
    ('وقال "الجهاز المركزي للإحصاء الفلسطيني في بيان صحافي، إن هناك ما يقارب 6500 أسير.',
     [("indirect", "إن هناك ما يقارب 6500 أسير", "قال", "الجهاز المركزي للإحصاء الفلسطيني", "organisation")]),  # (30b)
    # one that opens with the complementizer stays the verb's indirect claim
    ('وأكد أن 10 نواب وقعوا على هذه المبادرة، التي قال "إنها مفتوحة لجميع النواب، مضيفا أن نواب الكتلة بصدد مناقشة '
     "مبادرات أخرى.",
     [("indirect", 'أن 10 نواب وقعوا على هذه المبادرة، التي قال "إنها مفتوحة لجميع النواب', "أكد", None, None),
      ("indirect", "إنها مفتوحة لجميع النواب", "قال", None, None),
      ("indirect", "أن نواب الكتلة بصدد مناقشة مبادرات أخرى", "مضيفا", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), OPEN_QUOTATIONS)
def test_open_quotations(nlp: Pipeline, text: str, expected: list) -> None:
    assert claims(nlp, text) == expected


COLON_QUOTATIONS = [
    # a headline's claim that is one quotation: the words without the marks, as after a verb (ANT)
    ("- الغنوشي: «حركة النهضة لن تتحالف مع أي طرف ضد الحكومة»",
     [("direct", "حركة النهضة لن تتحالف مع أي طرف ضد الحكومة", ":", "الغنوشي", "person")]),
    ('خميس الجهيناوي : "نتألم لما يحدث في سوريا"',
     [("direct", "نتألم لما يحدث في سوريا", ":", "خميس الجهيناوي", "person")]),
    # marks around a word of it stay
    ('وزير الخارجية : "تونس" هي الرد الوحيد على كل من يشكك في الديمقراطية',
     [("direct", '"تونس" هي الرد الوحيد على كل من يشكك في الديمقراطية', ":", "وزير الخارجية", "person")]),
]


@pytest.mark.parametrize(("text", "expected"), COLON_QUOTATIONS)
def test_colon_quotations(nlp: Pipeline, text: str, expected: list) -> None:
    assert claims(nlp, text) == expected


def test_offsets(nlp: Pipeline) -> None:
    text = 'وقال أحمد فريعة إن الفقيد عرف بحسه الوطني. وتابع "محمد الفاضل خليل عرفته عن قرب. وأكد غيره ذلك.'
    for q in nlp(text).layers["quotes"]:
        assert text[q.start:q.end] == q.text


SPEAKER_ENDS = [
    # the issuer's phrase ends before the verb that published the document (ANT)
    ("وقال بيان صادر عن الرئاسة نشرته وكالة الأنباء الفلسطينية الرسمية (وفا)، إن الحكم الصادر مخالف لكل المواثيق "
     "الدولية.",
     [("indirect", "إن الحكم الصادر مخالف لكل المواثيق الدولية", "قال", "الرئاسة", "organisation")]),
    # a passive after the source phrase carries no earlier speaker (ANT, reworded)
    ("وقال باحث بريطاني إن الفطور مهم. فمن لا يفطر جيداً في الصباح لن يتمكن من بدء يومه بطاقة اعتيادية، حسبما قيل "
     "كثيراً من قبل خبراء تغذية وعلماء.",
     [("indirect", "إن الفطور مهم", "قال", "باحث بريطاني", "anonymous"),
      ("source", "فمن لا يفطر جيداً في الصباح لن يتمكن من بدء يومه بطاقة اعتيادية", "حسبما", None, None)]),
    # an active verb with no speaker named still carries the last one
    ("وقال الوزير إن الوضع مستقر. وقتل ثلاثة جنود في الهجوم حسب ما أفاد به.",
     [("indirect", "إن الوضع مستقر", "قال", "الوزير", "person"),
      ("source", "وقتل ثلاثة جنود في الهجوم", "حسب", "الوزير", "person")]),
    # a source phrase between commas, with the verb that issued its document: the clause around it (held-out ANT)
    ("وستتم عملية بيع الاشتراكات، حسب بلاغ للشركة نشرته الثلاثاء، على شبكات النقل بالحافلة والمترو عبر 133 مكتب بيع.",
     [("source", "وستتم عملية بيع الاشتراكات، حسب بلاغ للشركة نشرته الثلاثاء، على شبكات النقل بالحافلة والمترو عبر "
       "133 مكتب بيع", "حسب", "شركة", "organisation")]),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKER_ENDS)
def test_speaker_ends(nlp: Pipeline, text: str, expected: list) -> None:
    assert claims(nlp, text) == expected
