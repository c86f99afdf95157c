"""The attribution stage on families of forms read in ANT v1.1 (session 14): each rule is tested on
several members of its family (the verb's persons and numbers, with and without و, the neighbouring
words), and on the sentences that must give no claim.  Sentences are those of real Tunisian and Arab
news, shortened."""

from __future__ import annotations

import pytest

from attribution_claims import claims

# (sentence, [(kind, content, cue, source, source_type), ...]) in text order.
FAMILIES = [
    # A relative clause's resumptive preposition after the verb ("بيانا قالت فيه", "أفاد فيه") or
    # "بالقول" is not the speaker: the subject before the verb (the document it issued left out) is.
    ("وأصدرت جماعة زنكي بيانا قالت فيه إنها تحقق في تلك الجريمة.",
     [("indirect", "إنها تحقق في تلك الجريمة", "قالت", "جماعة زنكي", "group")]),
    ("وأصدر التنظيم بيانا قال فيه إن منفذ العملية ينتمي إليه.",
     [("indirect", "إن منفذ العملية ينتمي إليه", "قال", "التنظيم", "organisation")]),
    ("ونشرت الوزارة بلاغا أكدت فيه أنه تم فتح بحث تحقيقي.",
     [("indirect", "أنه تم فتح بحث تحقيقي", "أكدت", "الوزارة", "organisation")]),
    ("وتلقت الوحدات الأمنية اتصالا من مواطن أفاد فيه أن شخصا اختطف شقيقه.",
     [("indirect", "أن شخصا اختطف شقيقه", "أفاد", "مواطن", "person")]),
    ("وقال الوزير إن الوضع مستقر. وتابع بالقول إن الحكومة تتابع الملف.",
     [("indirect", "إن الوضع مستقر", "قال", "الوزير", "person"),
      ("indirect", "إن الحكومة تتابع الملف", "تابع", "الوزير", "person")]),
    ("وقالت الوزيرة إن القطاع يمر بصعوبات. واستدركت بالقول إن هناك فنادق يمكن إنقاذها.",
     [("indirect", "إن القطاع يمر بصعوبات", "قالت", "الوزيرة", "person"),
      ("indirect", "إن هناك فنادق يمكن إنقاذها", "استدركت", "الوزيرة", "person")]),
    # The impersonal "تبين" ("it turned out") is a claim only with a finder of its own: its subject
    # or the one it became clear to ("تبين للباحثين").
    ("وتبين الدراسة أن الوزن الزائد يزيد احتمال الإصابة.",
     [("indirect", "أن الوزن الزائد يزيد احتمال الإصابة", "تبين", "الدراسة", "anonymous")]),
    ("وتبين للباحثين أنه كلما كانت الصحة أفضل كانت القبضة أقوى.",
     [("indirect", "أنه كلما كانت الصحة أفضل كانت القبضة أقوى", "تبين", "باحثين", "anonymous")]),
    ("وتبين لوزارة الصحة أن الوثائق مزورة.",
     [("indirect", "أن الوثائق مزورة", "تبين", "وزارة الصحة", "organisation")]),
    # A carried speaker agrees with the verb: one person or institution is no subject of a dual or
    # plural verb, a feminine institution none of a masculine verb; plural speakers and the
    # institution's own "we" carry on.
    ("وأفادت الوزارة أنه لم يتم الامتثال للإشارة. وصرحا أنهما جزائريان.",
     [("indirect", "أنه لم يتم الامتثال للإشارة", "أفادت", "الوزارة", "organisation"),
      ("indirect", "أنهما جزائريان", "صرحا", None, None)]),
    ("وقال الوزير إن الوضع مستقر. وأضافوا أن الحكومة تتابع الملف.",
     [("indirect", "إن الوضع مستقر", "قال", "الوزير", "person"),
      ("indirect", "أن الحكومة تتابع الملف", "أضافوا", None, None)]),
    ("وقالت الشرطة إنها تستجيب للحوادث. وأضافوا بأن الرجلين طعنا نادلة.",
     [("indirect", "إنها تستجيب للحوادث", "قالت", "الشرطة", "organisation"),
      ("indirect", "بأن الرجلين طعنا نادلة", "أضافوا", None, None)]),
    ("وقالت المحكمة إن المرأة خرقت العقد. وأشار إلى أن المرأة أخطأت في تحليلها.",
     [("indirect", "إن المرأة خرقت العقد", "قالت", "المحكمة", "organisation"),
      ("indirect", "أن المرأة أخطأت في تحليلها", "أشار", None, None)]),
    ("وقال المحتجون إن الإمام يحرض على العنف. وأشاروا إلى أنهم أعلموا سلطة الإشراف.",
     [("indirect", "إن الإمام يحرض على العنف", "قال", "المحتجون", "anonymous"),
      ("indirect", "أنهم أعلموا سلطة الإشراف", "أشاروا", "المحتجون", "anonymous")]),
    ("وقالت وزارة الداخلية إنها تحقق في الحادث. وأضافت أن الوضع تحت السيطرة.",
     [("indirect", "إنها تحقق في الحادث", "قالت", "وزارة الداخلية", "organisation"),
      ("indirect", "أن الوضع تحت السيطرة", "أضافت", "وزارة الداخلية", "organisation")]),
    ('وقالت وزارة الداخلية إنها تحقق في الحادث. وأضافت: "نؤكد أن جميع السلطات المعنية تتابع الموضوع".',
     [("indirect", "إنها تحقق في الحادث", "قالت", "وزارة الداخلية", "organisation"),
      ("direct", "نؤكد أن جميع السلطات المعنية تتابع الموضوع", "أضافت", "وزارة الداخلية", "organisation"),
      ("indirect", "أن جميع السلطات المعنية تتابع الموضوع", "نؤكد", "وزارة الداخلية", "organisation")]),
    # "جاء في <document> … أن": the أن clause is the content, a time between notwithstanding.
    ("وجاء في بيان صادر عن الهيئة الإدارية للاتحاد المجتمعة أمس الخميس أن الاتحاد يساند المطالب.",
     [("source", "أن الاتحاد يساند المطالب", "جاء في", "الهيئة الإدارية للاتحاد المجتمعة", "organisation")]),
    ("جاء في بيان لوزارة الدفاع مساء اليوم السبت، أن سيارة رباعية الدفع دخلت التراب التونسي.",
     [("source", "أن سيارة رباعية الدفع دخلت التراب التونسي", "جاء في", "وزارة الدفاع", "organisation")]),
    ("وجاء في بلاغ لوزارة المرأة أنه تقرر تسليم الطفل إلى جديه.",
     [("source", "أنه تقرر تسليم الطفل إلى جديه", "جاء في", "وزارة المرأة", "organisation")]),
    # A document (and the findings nouns) speaks before its verb, up to a relative pronoun.
    ("ولم ترد تفاصيل فورية لكن البيان قال إن إدارة الجمارك اتخذت الإجراءات.",
     [("indirect", "إن إدارة الجمارك اتخذت الإجراءات", "قال", "البيان", "anonymous")]),
    ("وأشار مراد المشري إلى أن التوقعات الجوية تفيد بأن الغيث سيتواصل.",
     [("indirect", "أن التوقعات الجوية تفيد بأن الغيث سيتواصل", "أشار", "مراد المشري", "person"),
      ("indirect", "بأن الغيث سيتواصل", "تفيد", "التوقعات الجوية", "anonymous")]),
    ("وقد بينت التحاليل المخبرية أن القطع تحتوي على مخدر الكوكايين.",
     [("indirect", "أن القطع تحتوي على مخدر الكوكايين", "بينت", "التحاليل المخبرية", "anonymous")]),
    ("ويجدر بالوالدين إعادة النظر بعد هذه الدراسة التي تقول إن ذلك يسبب الاكتئاب.",
     [("indirect", "إن ذلك يسبب الاكتئاب", "تقول", "الدراسة", "anonymous")]),
    # A verb joined by و that takes the clause itself ends the claim of the verb before and shares its
    # subject (past, feminine, plural; with and without a comma).
    ("ونفت قطر الاتهامات التي وجهتها لها دول خليجية بدعم الإرهاب، وقالت إنها تواجه حملة افتراءات.",
     [("indirect", "إنها تواجه حملة افتراءات", "قالت", "قطر", "organisation")]),
    ("وحذرت تقارير أمنية من تزايد عمليات القرصنة وقالت إن البيانات معروضة للبيع.",
     [("indirect", "إن البيانات معروضة للبيع", "قالت", "تقارير أمنية", "anonymous")]),
    ("وحذر العلماء من ارتفاع منسوب المياه، وأضافوا أن وتيرة الاحترار قد تتسبب في فيضانات.",
     [("indirect", "أن وتيرة الاحترار قد تتسبب في فيضانات", "أضافوا", "العلماء", "anonymous")]),
    # "بحسب تعبيره", "وفق قوله" with no claim before: the person of the sentence.
    ("وصف السياسي نجيب الشابي اليوم مدينة سوسة بأنها التاريخ العميق والجمال الطبيعي، بحسب تعبيره.",
     [("source", "وصف السياسي نجيب الشابي اليوم مدينة سوسة بأنها التاريخ العميق والجمال الطبيعي", "بحسب",
       "نجيب الشابي", "person")]),
    ("تقدم وزير التعليم العالي سليم خلبوس بمقترح يتمثل في تدريس الطلبة الأجانب بمقابل، وفق قوله.",
     [("source", "تقدم وزير التعليم العالي سليم خلبوس بمقترح يتمثل في تدريس الطلبة الأجانب بمقابل", "وفق",
       "سليم خلبوس", "person")]),
    # Forms that are other words: "علم" (science), "يدعى" (is named), "نجيب" (a name); "يدعي" claims.
    ("أكدت دراسة جديدة نشرت في دورية علم أعصاب الإنسان أن العمل الجاد صحي.",
     [("indirect", "أن العمل الجاد صحي", "أكدت", "دراسة جديدة", "anonymous")]),
    ("وقال الرجل، ويدعى جوستين، إنه كان يعرف المكان.",
     [("indirect", "إنه كان يعرف المكان", "قال", "الرجل", "person")]),
    ("ضد كل من يدعي أنه يمثل قيادة الحزب.",
     [("indirect", "أنه يمثل قيادة الحزب", "يدعي", None, None)]),
    # "خاصة" before أن is an adjective, not "especially since".
    ("أفاد المعهد الوطني للرصد الجوي في نشرة خاصة أن الوضع الجوي يكون ملائما لنزول الأمطار.",
     [("indirect", "أن الوضع الجوي يكون ملائما لنزول الأمطار", "أفاد", "المعهد الوطني للرصد الجوي",
       "organisation")]),
    # A quotation after the verb itself stays a claim; the verb's colon too.
    ('وقال الرئيس "لن نتراجع عن قرارنا أبدا".',
     [("direct", "لن نتراجع عن قرارنا أبدا", "قال", "الرئيس", "person")]),
    ('وحذر الوزير: "الوضع خطير جدا ويتطلب الحذر".',
     [("direct", "الوضع خطير جدا ويتطلب الحذر", "حذر", "الوزير", "person")]),
]


@pytest.mark.parametrize(("text", "expected"), FAMILIES)
def test_families(nlp, text, expected):
    assert claims(nlp, text) == expected


NO_CLAIM = [
    # "تبين" with an adverb or a circumstance: the outlet's own narration.
    "وقد تبين لاحقا أنه كان على متن السيارة عشرة أفراد.",
    "وتبين بعد التثبت من هويته أنه أمني يشتغل في التهريب.",
    "وتبيّن أيضا أن رجال تيمور الشرقية كانوا الأقصر.",
    "أقلعت الرحلة الأولى دون إشكال يذكر، في حين أن الرحلة الثانية لم تغادر.",
    # the writer's conjunctions before أن
    "وأعلن المنظمون عن فتح باب الترشح، علما أن آخر أجل قد حدد ليوم 27 فيفري.",
    "تفصح النساء بهذا الكلام، إذ إنهن ينتظرن من الرجل أن يفهم.",
    "وعبر الوزير عن ارتياحه، لاسيما أن الموسم كان صعبا.",
    # a quotation after an institution's head in construct is its name (no direct claim: what happened after أعلن
    # is the organisation's indirect claim since session 32, tests/test_attribution32.py)
    'وانتقد الوزير حزب "نداء تونس الجديد" بشدة.',
    # a schedule after a weak source phrase; a headline's labelled list; two headlines run together
    # after the verb's preposition
    "تدور اليوم مقابلات الجولة الإفتتاحية وفق البرنامج التالي: الملعب التونسي – النادي الإفريقي.",
    "الأولمبي الباجي : الإنتدابات :  حسام الطبوبي – خميس الثامري – علي الهمامي",
    "أستراليا تحذر من عملية إرهابية وشيكة قضية حفل ماريا كاري : أحكام بالسجن ضد عماد الطرابلسي",
]


# Who speaks: an apposed name after a role's modifier, the person named by relation, an addressee
# between the verb and its subject, a source phrase that ends its sentence without a comma.
SPEAKERS = [
    ("وقال النائب عن حزب صوت الفلاحين، فيصل التبيني، إن تونس أصبحت دولة الفساد.",
     [("indirect", "إن تونس أصبحت دولة الفساد", "قال", "فيصل التبيني", "person")]),
    ("وقالت زوجة وليد زروق، إيناس بن عثمان، إن موعد جلسة الاستئناف يوم 15 فيفري.",
     [("indirect", "إن موعد جلسة الاستئناف يوم 15 فيفري", "قالت", "إيناس بن عثمان", "person")]),
    ("وقال محامي وليد زروق إن الجلسة تأجلت.",
     [("indirect", "إن الجلسة تأجلت", "قال", "محامي وليد زروق", "person")]),
    ("وأكد لمراسل الجوهرة أف أم بالجهة مصدر أمني أن الأبحاث متواصلة.",
     [("indirect", "أن الأبحاث متواصلة", "أكد", "مصدر أمني", "anonymous")]),
    ('وأكد مصدر أمني لجوهرة "اف ام" أن الموقوف يبلغ من العمر 30 سنة.',
     [("indirect", "أن الموقوف يبلغ من العمر 30 سنة", "أكد", "مصدر أمني", "anonymous")]),
    ('وأكد لجوهرة "اف ام" مصدر أمني أن الموقوف يبلغ من العمر 30 سنة.',
     [("indirect", "أن الموقوف يبلغ من العمر 30 سنة", "أكد", "مصدر أمني", "anonymous")]),
    ('كما صرح لوكالة الأنباء الفرنسية "فرانس برس" باللغة الفرنسية، أن المقاتلين يرغبون في العودة.',
     [("indirect", "أن المقاتلين يرغبون في العودة", "صرح", None, None)]),
    ("وقال له الوزير إن الأمر محسوم.", [("indirect", "إن الأمر محسوم", "قال", "الوزير", "person")]),
    ("وأكدت لنا الوزيرة أن الأمر محسوم.", [("indirect", "أن الأمر محسوم", "أكدت", "الوزيرة", "person")]),
    ('لكن متحدثة باسم وزارة الداخلية قالت لقناة "دبليو دى ار" إنه لم يتخذ بعد أي قرار.',
     # (session 25: the spokeswoman speaks, as "وقال المتحدث باسم الجيش" does; the README's table)
     [("indirect", "إنه لم يتخذ بعد أي قرار", "قالت", "متحدثة باسم وزارة الداخلية", "person")]),
    ("تقرر تأجيل الإضراب إلى يومي 28 و29 أفريل وفق ما أكدته لجوهرة أف أم الكاتبة العامة للنقابة",
     [("source", "تقرر تأجيل الإضراب إلى يومي 28 و29 أفريل", "وفق ما", "الكاتبة العامة للنقابة", "person")]),
    # (the verb's own exhortation since session 47, the tail its speaker's)
    ("وأكد على ضرورة إنهاء هذا الصراع الذي أحدث حرجا لوزير الوظيفة العمومية عبيد البريكي، بحسب تعبيره.",
     [("indirect", "ضرورة إنهاء هذا الصراع الذي أحدث حرجا لوزير الوظيفة العمومية عبيد البريكي", "أكد",
       None, None)]),
    ("تمكنت فرقة الشرطة من حجز 5 أطنان من الدجاج وفق ما أكده مصدر أمني.",
     [("source", "تمكنت فرقة الشرطة من حجز 5 أطنان من الدجاج", "وفق ما", "مصدر أمني", "anonymous")]),
    ('وأضاف في تصريح لمراسل "الجوهرة أف أم" على هامش يوم دراسي أن الإصلاحات متواصلة.',
     [("indirect", "أن الإصلاحات متواصلة", "أضاف", None, None)]),
    ("ويقول مختصون إن المياه ملوثة.", [("indirect", "إن المياه ملوثة", "يقول", "مختصون", "anonymous")]),
    # a quotation of a sentence's length far after its verb, with where it was said between
    ('وقال بيتر رودس مساعد مدير عمليات هيئة إسعاف لندن في بيان اليوم الأحد "نقلنا 48 مصابا لخمسة مستشفيات '
     'في أنحاء لندن".',
     [("direct", "نقلنا 48 مصابا لخمسة مستشفيات في أنحاء لندن", "قال", "بيتر رودس", "person")]),
]


@pytest.mark.parametrize(("text", "expected"), SPEAKERS)
def test_speakers(nlp, text, expected):
    assert claims(nlp, text) == expected


@pytest.mark.parametrize("text", NO_CLAIM)
def test_no_claim(nlp, text):
    assert claims(nlp, text) == []


@pytest.mark.parametrize("verb", ["وقالت", "وأضافت", "وأكدت", "وأوضحت"])
def test_quotation_after_a_named_office_is_not_the_claim(nlp, verb):
    """'مديرة مكتب "هيومن رايتس ووتش"': the organisation's name, not what she said."""
    found = claims(nlp, f'{verb} آمنة قلالي مديرة مكتب "هيومن رايتس ووتش" في تونس إن حالات الطوارئ تتطلب تدابير.')
    assert [c[1] for c in found] == ["إن حالات الطوارئ تتطلب تدابير"]


@pytest.mark.parametrize(("joined", "lemma"), [("وقالت", "قال"), ("وأضافت", "أضاف"), ("وأكدت", "أكد"),
                                               ("فاعتبرت", "اعتبر")])
def test_a_joined_verb_takes_its_clause_and_the_shared_subject(nlp, joined, lemma):
    doc = nlp(f"ونفت قطر الاتهامات التي وجهتها لها دول خليجية، {joined} إنها تواجه حملة افتراءات.")
    (claim,) = doc.layers["quotes"]
    assert (claim.cue["lemma"], claim.source["text"], claim.text) == (lemma, "قطر", "إنها تواجه حملة افتراءات")


def test_a_noun_joined_by_waw_does_not_end_the_claim(nlp):
    """"ونقل الكهرباء" is "and transport of electricity": the verb before keeps its clause."""
    doc = nlp("وأوضح الحبيب بن جمعة مدير التحكم في نظام الإنتاج ونقل الكهرباء في تصريح للجوهرة أف أم أنه تم "
              "تسجيل رطوبة عالية.")
    first = doc.layers["quotes"][0]
    assert (first.cue["text"], first.source["text"], first.text) == ("أوضح", "الحبيب بن جمعة",
                                                                     "أنه تم تسجيل رطوبة عالية")


@pytest.mark.parametrize("verb", ["وأضافوا", "وأكدوا", "ويقولون", "وقالا"])
def test_plural_verbs_do_not_carry_one_person(nlp, verb):
    doc = nlp(f"وقال وزير الصحة إن المستشفى استقبل 7 مصابين. {verb} إن الوضع تحت السيطرة.")
    assert doc.layers["quotes"][1].source is None


@pytest.mark.parametrize("verb", ["وأضاف", "وأكد", "ويقول"])
def test_masculine_verbs_do_not_carry_a_feminine_institution(nlp, verb):
    doc = nlp(f"وقالت وزارة الصحة إن المستشفى استقبل 7 مصابين. {verb} أن الوضع تحت السيطرة.")
    assert doc.layers["quotes"][1].source is None


@pytest.mark.parametrize("verb", ["وأضاف", "وأكد", "ويقول"])
def test_masculine_verbs_carry_a_masculine_institution(nlp, verb):
    doc = nlp(f"وقال الجيش إن القصف استهدف مواقع المسلحين. {verb} أن الوضع تحت السيطرة.")
    assert doc.layers["quotes"][1].source["text"] == "الجيش"
