"""The attribution stage, session 21: families read on ANT v1.1 (JawharaFM).

- a reporting verb whose claim is a verbal noun after its named subject, with no أن ("أكد نقيب الصحفيين ناجي
  البغوري تعرّض منزله لمحاولة سطو", "نفى … وجود", "أعلن … استعداده", "أكدت الوزارة حرصها على …"): the claim runs
  from the noun to the end of its clause; not an exhortation ("أكد الوزير ضرورة …"), an act ("أعلن الجيش حالة
  الطوارئ"), a preposition's phrase or a definite noun;
- "حسب قولهم", "على حد تعبيرهم" speak for many: the unnamed people of their sentence or a speaker carried over
  that can be many, never one person, institution or unnamed source; "حسب قوله" not for "ناشطون";
- an outlet no list knows after "ل", between a verb and its speaker, is to whom it was said ("لديوان أف أم",
  'لـ"الصباح نيوز"', "لإذاعة شمس أف أم"), as the known ones are: the speaker after it is read, the outlet is none;
- a source phrase set off by two commas inside a short clause claims the clause around it ("وتتكوّن الخلية، وفق بلاغ
  صادر عن وزارة الداخلية اليوم، من أربعة عناصر …").
Sentences from ANT v1.1 or written on their model, with neighbours that must not change.
"""

from __future__ import annotations

import pytest

from attribution_claims import claims

MASDAR = [
    # the brief's sentence (ANT): the claim, and the speaker it gives "وأضاف البغوري"
    ("أكد نقيب الصحفيين ناجي البغوري تعرّض منزله لمحاولة سطو ليلة أمس. وأضاف البغوري أن الأمن تدخل بسرعة.",
     [("indirect", "تعرّض منزله لمحاولة سطو ليلة أمس", "أكد", "ناجي البغوري", "person"),
      ("indirect", "أن الأمن تدخل بسرعة", "أضاف", "البغوري", "person")]),
    # other verbs, feminine, plural, present, with و
    ("ونفى وزير الداخلية الهادي المجدوب وجود أي تهديد إرهابي للمنشآت السياحية في سوسة.",
     # session 22: the entities layer finds the person "الهادي المجدوب" (persons.article_given_name), who is the
     # speaker as "خميس الجهيناوي" is after the same title
     [("indirect", "وجود أي تهديد إرهابي للمنشآت السياحية في سوسة", "نفى", "الهادي المجدوب", "person")]),
    ("أعلن الاتحاد العام التونسي للشغل استعداده للحوار مع الحكومة حول الزيادة في الأجور.",
     [("indirect", "استعداده للحوار مع الحكومة حول الزيادة في الأجور", "أعلن", "الاتحاد العام التونسي للشغل",
       "group")]),
    ("وأكدت الوزارة حرصها على تأمين الامتحانات الوطنية في أفضل الظروف.",
     [("indirect", "حرصها على تأمين الامتحانات الوطنية في أفضل الظروف", "أكدت", "الوزارة", "organisation")]),
    # (what the call's participle calls for is a claim too since session 48: ``call_participles``)
    ("وأكد المحتجون رفضهم للقرار، مطالبين بالتراجع عنه.",
     [("indirect", "رفضهم للقرار", "أكد", "المحتجون", "anonymous"),
      ("indirect", "التراجع عنه", "مطالبين", "المحتجون", "anonymous")]),
    ("وتنفي الوزارة وجود أي نقص في مادة الحليب بالأسواق.",
     [("indirect", "وجود أي نقص في مادة الحليب بالأسواق", "تنفي", "الوزارة", "organisation")]),
    # where and to whom it was said between the speaker and the noun
    ("ونفى وزير الداخلية في تصريح لإذاعة موزاييك وجود أي تهديد.",
     [("indirect", "وجود أي تهديد", "نفى", "وزير الداخلية", "person")]),
    # "التزام" (افتعال) starts as a definite word does; a verbal noun with "her" ends an institution's name
    ("وأكدت الوزيرة نزيهة العبيدي التزام الوزارة بحماية الأطفال.",
     [("indirect", "التزام الوزارة بحماية الأطفال", "أكدت", "نزيهة العبيدي", "person")]),
    ('أعلنت شركة "فايسبوك" اعتزامها توظيف 3 آلاف شخص آخرين.',
     [("indirect", "اعتزامها توظيف 3 آلاف شخص آخرين", "أعلنت", 'شركة "فايسبوك"', "organisation")]),
    # an exhortation, from the noun on (session 47: as its participle "…، مؤكدا ضرورة …" since 46b)
    ("وأكد الوزير ضرورة الإسراع في إنجاز المشاريع.",
     [("indirect", "ضرورة الإسراع في إنجاز المشاريع", "أكد", "الوزير", "person")]),
    ("وأكد الوزير على أهمية الإسراع في الإصلاحات.",
     [("indirect", "أهمية الإسراع في الإصلاحات", "أكد", "الوزير", "person")]),
    # not an act, a preposition's phrase, a definite noun or the speaker's own words going on
    ("وأعلن الجيش حالة الطوارئ في البلاد.", []),
    ("ونفت الوزارة الأخبار المتداولة حول إلغاء الامتحان.", []),
    ("أعلنت اللجنة الليبية الإيطالية المشتركة لمكافحة الهجرة غير الشرعية والتهريب امس الخميس ، عن تشكيل لجنة.", []),
    ('أعلن سكان أحد الأحياء في العاصمة الإندونيسية "جاكرتا" منطقتهم "خالية من التدخين".', []),
    # (ANT) a negated verb, an adverb with ب, a quotation right after the noun (the verb's own words)
    ("ولم يوضح المصدر طبيعة الإشكال الذي تسبب بالواقعة.", []),
    ("وتنفي قطر بشدة، هذه الاتهامات.", []),
    ('وأكد الرئيس الفرنسي المنتهية ولايته "كنا نعرف أن مثل هذه المخاطر قائمة أثناء الحملة".',
     [("direct", "كنا نعرف أن مثل هذه المخاطر قائمة أثناء الحملة", "أكد", "الرئيس الفرنسي المنتهية ولايته",
       "person")]),
    # (ANT) not an elative after "أحد", the speaker's adjective or circumstance with و
    ('أفاد مصدر محلي بأن احد أبرز خبراء تفخيخ المباني في تنظيم "داعش" قد قتل.',
     [("indirect", 'بأن احد أبرز خبراء تفخيخ المباني في تنظيم "داعش" قد قتل', "أفاد", "مصدر محلي", "anonymous")]),
    ("وأكدت مصادر أمنية ورسمية لوكالة فرنس برس خبر وفاة الصحفي.", []),
    # (ANT) not the statement's relative clause ("في رسالة وجهها الى …", was the claim), the speaker described
    # ("وهو ربان …")
    ("أكد رئيس الجمهورية الباجي قائد السبسي، في رسالة وجهها الى المشاركين في الندوة، تمسكه بالحوار.", []),
    ("وأكد رئيس الحكومة في ندوة صحفية عقدها اليوم تمسكه بالحوار.",
     [("indirect", "تمسكه بالحوار", "أكد", "رئيس الحكومة", "person")]),
    ("وأكد صاحب المشروع محمد الكيلاني وهو ربان من الدرجة الأولى.", []),
    # (a quoted term is no quotation of the verb)
    ('وأكد كاتب عام النقابة تواصل "النضالات" والتحركات الاحتجاجية إلى أن تقتنع الوزارة.',
     [("indirect", 'تواصل "النضالات" والتحركات الاحتجاجية إلى أن تقتنع الوزارة', "أكد", "كاتب عام النقابة",
       "person")]),
    # the document's issuer between the speaker and the noun
    ("وأكدت تونس، في بيان صادر عن وزارة الشؤون الخارجية، تضامنها الكامل مع الشعب المصري الشقيق.",
     [("indirect", "تضامنها الكامل مع الشعب المصري الشقيق", "أكدت", "تونس", "organisation")]),
]


@pytest.mark.parametrize(("text", "expected"), MASDAR, ids=[f"masdar{i}" for i in range(len(MASDAR))])
def test_verbal_noun_claims(nlp, text, expected):
    assert claims(nlp, text) == expected


def speakers(nlp, text: str) -> list[tuple]:
    return [(q.kind, q.cue["text"], q.source["text"] if q.source else None) for q in nlp(text).layers["quotes"]]


PLURAL = [
    # (ANT) the unnamed people of the sentence, their head and adjectives only
    ('ويأتي هذا التحرّك الاحتجاجي على خلفية ما اعتبرها المحتجون "تجاوزات خطيرة"، على حد تعبيرهم.',
     [("source", "على حد", "المحتجون")]),
    ("ويندّد المحتجون بالتهميش المتواصل لمنطقتهم، وعدم تجاوب السلط، حسب تعبيرهم.",
     [("source", "حسب", "المحتجون")]),
    ("وأكد رئيس البلدية أن الماء انقطع. ويعاني السكان من العطش منذ أسبوع، على حد قولهم.",
     [("indirect", "أكد", "رئيس البلدية"), ("source", "على حد", "السكان")]),
    # carried over when it can be many; not one person or one unnamed source
    ("وقال ناشطون إن القصف تواصل. وقد سقط عشرات القتلى، حسب قولهم.",
     [("indirect", "قال", "ناشطون"), ("source", "حسب", "ناشطون")]),
    ("وقال الوزير إن الوضع صعب. وتجمع العشرات أمام المقر احتجاجا على التأخير، وفق تعبيرهم.",
     [("indirect", "قال", "الوزير"), ("source", "وفق", None)]),
    ("وقال مصدر أمني إن القصف تواصل. وقد سقط عشرات القتلى، حسب قولهم.",
     [("indirect", "قال", "مصدر أمني"), ("source", "حسب", None)]),
    # the singular: one, not many; the feminine as before
    ("وقال ناشطون إن القصف تواصل. وقد سقط عشرات القتلى، حسب قوله.",
     [("indirect", "قال", "ناشطون"), ("source", "حسب", None)]),
    ("وقال مصدر أمني إن القصف تواصل. وقد سقط عشرات القتلى، حسب قوله.",
     [("indirect", "قال", "مصدر أمني"), ("source", "حسب", "مصدر أمني")]),
    ("وقالت الوزيرة إن القصف تواصل. وقد سقط عشرات القتلى، حسب قولها.",
     [("indirect", "قالت", "الوزيرة"), ("source", "حسب", "الوزيرة")]),
]


@pytest.mark.parametrize(("text", "expected"), PLURAL, ids=[f"plural{i}" for i in range(len(PLURAL))])
def test_plural_pronoun_speakers(nlp, text, expected):
    assert speakers(nlp, text) == expected


OUTLETS = [
    # unknown outlets after "ل" with "أف أم", quoted after "لـ", after a media head: the speaker after them
    ("وقد تم إيقاف المتهمين، وفق ما أكده لديوان أف أم الناطق الرسمي باسم المحكمة.",
     [("source", "وفق ما", "الناطق الرسمي باسم المحكمة")]),
    ('وقد تم إيقاف المتهمين، وفق ما أكده لـ"الصباح نيوز" الناطق الرسمي باسم المحكمة.',
     [("source", "وفق ما", "الناطق الرسمي باسم المحكمة")]),
    ("وقد تم إيقاف المتهمين، وفق ما أكده لإذاعة ديوان أف أم الناطق الرسمي باسم المحكمة.",
     [("source", "وفق ما", "الناطق الرسمي باسم المحكمة")]),
    ("وأكد لصبرة أف أم مدير المستشفى أن الوضع مستقر.", [("indirect", "أكد", "مدير المستشفى")]),
    ('وأكد لـ"الصباح نيوز" مدير المستشفى أن الوضع مستقر.', [("indirect", "أكد", "مدير المستشفى")]),
    ("وأكد في تصريح لموزاييك أف أم، مدير المستشفى أن الوضع مستقر.", [("indirect", "أكد", "مدير المستشفى")]),
    ("وقد تم إيقاف المتهمين، وفق ما أكده في تصريح لوكالة تونس إفريقيا للأنباء، الناطق الرسمي باسم المحكمة.",
     [("source", "وفق ما", "الناطق الرسمي باسم المحكمة")]),
    # the outlet alone is no speaker (it was "أف أم", "لصبرة أف أم")
    ("وصرح لإذاعة موزاييك أف أم بأن الأشغال ستنطلق قريبا.", [("indirect", "صرح", None)]),
    ("وقال لإذاعة الديوان أف أم إن الأشغال ستنطلق قريبا.", [("indirect", "قال", None)]),
    # after an outlet no list names (or closed by a comma) only a speaker the lists know: not 'إصابة 4 عسكريين',
    # "ولفت"; nor is a clause an outlet's name ("للصحيفة الأمريكية دخوله إلى أفغانستان، …")
    ('وكان المصدر ذاته أكد في تصريح سابق لـ"وات"، إصابة 4 عسكريين ظهر اليوم. كما أفاد بأن العناصر الإرهابية تزرع'
     " الألغام.", [("indirect", "أفاد", None)]),
    ("ولئن تحصل الباحث على براءة الاختراع الا أن جهوده لم تلق الدعم الكافي، حسب ما ذكر لوكالة تونس افريقيا"
     " للأنباء، ولفت إلى أن الوقود متوفر.", [("source", "حسب", None), ("indirect", "لفت", None)]),
    ("الهمامي نفى في تصريحه للصحيفة الأمريكية دخوله إلى أفغانستان، وأي علاقة له بتنظيم القاعدة، أو أن يكون قد"
     " قام بأية جريمة.", [("indirect", "نفى", "الهمامي")]),
    # nor after a name in parentheses ("لمراسل (وات)")
    ("وقد نفقت البقرة، حسب ما صرح به لمراسل (وات) متمسكا بتقديم حجة.", [("source", "حسب", None)]),
    # the known ones as before
    ("وقد تم إيقاف المتهمين، وفق ما أكده للجوهرة أف أم الناطق الرسمي باسم المحكمة.",
     [("source", "وفق ما", "الناطق الرسمي باسم المحكمة")]),
    ('برينا قالت لـ "بي بي سي" البريطانية، السبت، إنها لاحظت وجود مشكلة في الهاتف.',
     [("indirect", "قالت", "برينا")]),
]


@pytest.mark.parametrize(("text", "expected"), OUTLETS, ids=[f"outlet{i}" for i in range(len(OUTLETS))])
def test_unknown_outlets_are_addressees(nlp, text, expected):
    assert speakers(nlp, text) == expected


INSETS = [
    # (ANT) the clause the phrase interrupts, from its start to its end
    ("وتتكوّن الخلية، وفق بلاغ صادر عن وزارة الداخلية اليوم، من أربعة عناصر يتبنون الفكر التكفيري.",
     [("source", "وتتكوّن الخلية، وفق بلاغ صادر عن وزارة الداخلية اليوم، من أربعة عناصر يتبنون الفكر التكفيري",
       "وفق", "وزارة الداخلية", "organisation")]),
    ("وترمي المذكرة، وفق بيان صادر عن وزارة الخارجية اليوم، الى تعزيز التعاون بين البلدين.",
     [("source", "وترمي المذكرة، وفق بيان صادر عن وزارة الخارجية اليوم، الى تعزيز التعاون بين البلدين", "وفق",
       "وزارة الخارجية", "organisation")]),
    ("كما ستشهد هذه السنة، وفق ما أكده رئيس الحكومة، استكمال إحداث مختلف الهيئات.",
     [("source", "كما ستشهد هذه السنة، وفق ما أكده رئيس الحكومة، استكمال إحداث مختلف الهيئات", "وفق ما", "رئيس الحكومة",
       "person")]),
    ("وقد قال الوزير إن الإصلاحات ستتواصل. حيث شرعت الحكومة، حسب قوله، في تنفيذ إصلاح جوهري.",
     [("indirect", "إن الإصلاحات ستتواصل", "قال", "الوزير", "person"),
      ("source", "حيث شرعت الحكومة، حسب قوله، في تنفيذ إصلاح جوهري", "حسب", "الوزير", "person")]),
    # a trailing phrase keeps the clause before it; a long clause before the phrase too; nor is a decimal comma
    # ("1،1") a clause's start, or a day or an addressee after the phrase a clause going on
    ("لم تتخط نسبة النمو في تونس لكامل سنة 2016 مستوى 1 بالمائة مقابل 1،1 بالمائة في 2015، وفق ما أعلن عنه المعهد"
     " الوطني للاحصاء، الثلاثاء.",
     [("source", "لم تتخط نسبة النمو في تونس لكامل سنة 2016 مستوى 1 بالمائة مقابل 1،1 بالمائة في 2015", "وفق ما",
       "المعهد الوطني للاحصاء", "organisation")]),
    ("قتل 6 أشخاص عندما فتح مسلحون النار على مسجد (يوم الأحد بالتوقيت المحلي، فجر الاثنين بتوقيت تونس)، حسب ما"
     " أكده مسؤول من المسجد، فيما وصف رئيس الوزراء الهجوم بالإرهابي.",
     [("source", "قتل 6 أشخاص عندما فتح مسلحون النار على مسجد (يوم الأحد بالتوقيت المحلي، فجر الاثنين بتوقيت"
       " تونس)", "حسب", "مسؤول من المسجد", "anonymous")]),
    ("وتضم هذه الجبهة كلا من حركة مشروع تونس، حزب الثوابت، شباب المستقبل، بحسب ما أكده لمراسلة الجوهرة أف أم، خميس"
     " قسيلة، القيادي في حركة نداء تونس.",
     [("source", "وتضم هذه الجبهة كلا من حركة مشروع تونس، حزب الثوابت، شباب المستقبل", "بحسب", "خميس قسيلة",
       "person")]),
    ("انتظمت اليوم جلسة عمل، للنظر في بعث مشروع سياحي ضخم بتمويل يقدر بمليار أورو، وفق ما أكده صاحب المشروع"
     " العياشي العجرودي، لمراسلة الجوهرة أف أم في نابل.",
     [("source", "انتظمت اليوم جلسة عمل، للنظر في بعث مشروع سياحي ضخم بتمويل يقدر بمليار أورو", "وفق ما",
       "العياشي العجرودي", "person")]),  # session 22: the person is found (persons.article_given_name)
    ("وقتل ثلاثة مدنيين في القصف، بحسب المرصد السوري لحقوق الإنسان.",
     [("source", "وقتل ثلاثة مدنيين في القصف", "بحسب", "المرصد السوري لحقوق الإنسان", "organisation")]),
    ("وقتل ثلاثة مدنيين في القصف الذي استهدف حي الوعر في مدينة حمص، بحسب المرصد السوري، فيما أصيب آخرون.",
     [("source", "وقتل ثلاثة مدنيين في القصف الذي استهدف حي الوعر في مدينة حمص", "بحسب", "المرصد السوري",
       "organisation")]),
]


@pytest.mark.parametrize(("text", "expected"), INSETS, ids=[f"inset{i}" for i in range(len(INSETS))])
def test_source_phrase_between_commas(nlp, text, expected):
    assert claims(nlp, text) == expected
