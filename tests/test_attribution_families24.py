"""The attribution stage, session 24: families read on ANT v1.1.

- a verb reaches its complementizer past ``max_gap`` words (up to 60) when where, when or on what occasion it was
  said stands between ("في تصريح"، "على هامش"، "إثر اجتماع"، "في رده على سؤال"), not otherwise;
- a source phrase's verb written with "ما" on it ("حسب ماذكرت", "حسب ماأفاد به") or with "us" ("بحسب ما أفادنا به",
  "وفق ما أفادتنا به") names its speaker after it;
- "كما جاء/ورد على لسان X" is one source phrase whose claim stops before "كما"; "حسب ما جاء على لسان X" is X's; "ما
  جاء/ورد على لسان X" as a verb's object ("واستنكرت الجمعية ما جاء على لسان النائبة") is talked of, no claim;
- the subject of "وكان X، قد قال" up to seven words; the sentence's subject for a verb after "، إذ/حيث" that names
  none ("وكان عماد الطرابلسي استعرض …، إذ أشار إلى أن …");
- how it was said between a verb and its subject is skipped ("انتقد بشدة الأمين العام …"، "وأكد مجددا الوزير"); a
  programme's guest with no name, subject of a participle's sentence, is the person named before;
- an outlet that learned it "من" a source passes on that source's words ("علمت الجوهرة أف أم من مصدر أمني أن");
- what one swears by after أقسم is no speaker ("وأقسم بالله العظيم أنه …"), but "بالله" inside a name stays.
Sentences from ANT v1.1 (shortened), with neighbours that must not change.
"""

from __future__ import annotations

import pytest

from attribution_claims import claims

FAR_COMPLEMENTIZER = [
    # ANT: a role, the day, and the meeting it was said after, 27 words before بأنه
    ("أفاد وزير الفلاحة، سمير الطيب، بعد ظهر الثلاثاء، إثر اجتماع 5 زائد 5، الذي ضم عددا من أعضاء الحكومة ووفدا من "
     "الاتحاد التونسي للفلاحة والصيد البحري، بقصر الحكومة بالقصبة، بأنه وقع الاتفاق على جملة من النقاط.",
     [("indirect", "بأنه وقع الاتفاق على جملة من النقاط", "أفاد", "سمير الطيب", "person")]),
    # ANT: "في تصريح … على إثر اجتماع وفد …"
    ("أكد الأمين العام المساعد للاتحاد العام التونسي للشغل بلقاسم العياري في تصريح لجوهرة أف أم اليوم ,على إثر "
     "اجتماع وفد من الاتحاد العام التونسي للشغل ووفد عن اتحاد الصناعة والتجارة والصناعات التقليدية ووزارة الشؤون "
     "الاجتماعية ، أنه تم الاتفاق على تاريخ الـ 23 جوان 2014 للإمضاء النهائي.",
     [("indirect", "أنه تم الاتفاق على تاريخ الـ 23 جوان 2014 للإمضاء النهائي", "أكد", "بلقاسم العياري", "person")]),
    # the brief's shape: a statement to a reporter on the margin of a forum held in a fair in Sfax
    ("وأضاف الوزير في تصريح لمراسل الجوهرة أف أم على هامش إشرافه على منتدى \"الاستثمار والتنمية في الجهات "
     "الداخلية\" المنتظم في إطار الصالون الدولي الثالث للصناعات التقليدية والحرف اليدوية بمدينة صفاقس يوم السبت "
     "الماضي بحضور عدد كبير من الحرفيين أنه سيتم إحداث منطقة صناعية جديدة.",
     [("indirect", "أنه سيتم إحداث منطقة صناعية جديدة", "أضاف", "الوزير", "person")]),
]

# ANT: "خلال الندوة الصحفية التي عقدتها" (the noun with its article) lets the verb reach its أن 29 words on
FAR_COMPLEMENTIZER.append(
    ("وأفادت كربول، خلال الندوة الصحفية التي عقدتها، عشية اليوم الخميس في المركز الوطني للتكنولوجيات في التربية "
     "بتونس العاصمة، لتقديم نتائج التقرير الدولي حول التعليم في العالم، أن تقرير اللجنة الدولية ثمن الميزانية "
     "المخصصة للتعليم في تونس.",
     [("indirect", "أن تقرير اللجنة الدولية ثمن الميزانية المخصصة للتعليم في تونس", "أفادت", "كربول", "person")]))

NOT_FAR = [
    # ANT: the circumstance belongs to a verb inside the claim, and "بل" starts a clause of its own past 25 words
    "وقال العباسي إن صندوق النقد الدولي أقر خلال زيارته إلى تونس بالأزمة السياسية التي تعيشها والتي أثرت على "
    "الوضع الاقتصادي ولكنه لم يضغط على الحكومة من أجل التراجع عن اتفاقية الزيادة في الأجور مثلما يتم الترويج له بل "
    "إن بيان الصندوق لم يتطرق إلى ذلك أصلا.",
    # no statement's circumstance in the 30 words between: the verb is too far from أن
    "ونقلت مي المصري بإيقاع سريع ودقة في التصوير عبر لقطات قريبة ومتتالية وجوه السجينات الفلسطينيات وحياتهن "
    "اليومية داخل الزنزانة الضيقة وعلاقاتهن ببعضهن البعض وبالسجانات الإسرائيليات اللاتي يطلبن منهن في كل مرة "
    "أن تتجسسن على بقية زميلاتها في السجن.",
]

SOURCE_PHRASES = [
    # ANT: ما written on the verb
    ("بينما تقدم حزب الشعب الجمهوري المعارض في مدينة أزمير حسب ماذكرت محطات تلفزيونية تركية.",
     [("source", "بينما تقدم حزب الشعب الجمهوري المعارض في مدينة أزمير", "حسب", "محطات تلفزيونية تركية")]),
    ("وذلك بعد تعرض تلميذتين الى عملية سطو بواسطة سلاح أبيض عشية أمس الثلاثاء، حسب ماأفاد به كاتب عام النقابة "
     "الأساسية للتعليم الثانوي بوادي الليل حسني الجلالي.",
     [("source", "وذلك بعد تعرض تلميذتين الى عملية سطو بواسطة سلاح أبيض عشية أمس الثلاثاء", "حسب",
       "حسني الجلالي")]),
    ("نفذ بعض الأولياء بسيدي بوزيد اليوم وقفة احتجاجية على خلفية تعطل العودة المدرسية حسب ماصرح به أحد المحتجين "
     "لمراسل جوهرة \"اف ام\" بالجهة.",
     [("source", "نفذ بعض الأولياء بسيدي بوزيد اليوم وقفة احتجاجية على خلفية تعطل العودة المدرسية", "حسب",
       "أحد المحتجين")]),
    # ANT: "us", the outlet
    ("تمكنت الوحدات الأمنية بسوسة من إيقاف متشدد ديني كان قد بايع تنظيم داعش الإرهابي، بحسب ما أفادنا به مصدر أمني.",
     [("source", "تمكنت الوحدات الأمنية بسوسة من إيقاف متشدد ديني كان قد بايع تنظيم داعش الإرهابي", "بحسب",
       "مصدر أمني")]),
    # ANT: Jawhara FM without its article, its name quoted: the reporter of the outlet, not an unnamed one
    ("وقد توفي الشاب الذي يبلغ من العمر 20 سنة متأثرا بحروقه البليغة حسب ما أفادنا به مراسل جوهرة \"اف ام\" بالجهة.",
     [("source", "وقد توفي الشاب الذي يبلغ من العمر 20 سنة متأثرا بحروقه البليغة", "حسب",
       "مراسل جوهرة \"اف ام\" بالجهة")]),
    ("وتمكنت الوحدات الأمنية من إيقاف عنصر متشدد وفق ما أفادتنا به مصادر أمنية.",
     [("source", "وتمكنت الوحدات الأمنية من إيقاف عنصر متشدد", "وفق ما", "مصادر أمنية")]),
    # "كما جاء على لسان": the claim stops before كما
    ("وهذا القرار خطأ كبير كما جاء على لسان وزير الصحة.",
     [("source", "وهذا القرار خطأ كبير", "كما جاء على لسان", "وزير الصحة")]),
    # ANT: after the phrase's comma only where it was said: the clause before it
    ("عندها سيطرح السؤال ما إذا كان اللاجئون في حاجة إلى هذه الحماية، حسب ما جاء على لسان المتحدث باسم وزارة "
     "الداخلية الألماني، خلال مؤتمر صحفي قبل أيام قليلة.",
     [("source", "عندها سيطرح السؤال ما إذا كان اللاجئون في حاجة إلى هذه الحماية", "حسب",
       "المتحدث باسم وزارة الداخلية الألماني")]),
    ("وارتفع عدد القتلى إلى 20 وفق ما ورد على لسان وزير الصحة.",
     [("source", "وارتفع عدد القتلى إلى 20", "وفق ما", "وزير الصحة")]),
]

INSET_GOES_ON = [
    # ANT: "على إثر" after the phrase's comma goes on with the clause (not where the union said it)
    ("ويعود قرار إيقاف البرامج، وفق الاتحاد، على إثر الاتصال بالمنسقة العامة للتظاهرة.",
     [("source", "ويعود قرار إيقاف البرامج، وفق الاتحاد، على إثر الاتصال بالمنسقة العامة للتظاهرة", "وفق",
       "الاتحاد")]),
    # the outlet quoted: the source after "عن" all the same
    ("ونقلت \"رويترز\" عن الشرطة الصومالية أن قوات الأمن أطلقت النار على السيارة.",
     [("indirect", "أن قوات الأمن أطلقت النار على السيارة", "نقلت", "الشرطة الصومالية")]),
]

TALKED_OF = [
    # ANT: what was said on someone's tongue is the object of the verb: no claim of its own (since session 48b the
    # denier's claim: what it denies, "ما ورد …", as any rumour a denial names; still none by كربول)
    ("ونفت الجامعة ما ورد على لسان كربول عن إجراءات تنظيم موسم حج اليهود في تونس.",
     [("indirect", "ما ورد على لسان كربول عن إجراءات تنظيم موسم حج اليهود في تونس", "نفت", "الجامعة")]),
    ("واستنكرت جمعية \"أقليات\" من جهتها، في بيان لها، ما جاء على لسان النائبة عن كتلة نداء تونس مشددة على أن "
     "تصريحاتها لا تتماشى مع منصبها.",
     [("indirect", "أن تصريحاتها لا تتماشى مع منصبها", "مشددة", "جمعية \"أقليات\"")]),
]

KANA_SUBJECT = [
    # the subject of كان … قد, closed by a comma, five words long
    ("وكان الرئيس التركي رجب طيب أردوغان، قد قال في وقت سابق إن بلاده لن تسمح بذلك.",
     [("indirect", "إن بلاده لن تسمح بذلك", "قال", "رجب طيب أردوغان", "person")]),
    # the sentence's subject for a verb after "، إذ" (session 23b left it: it gave a speaker sentences before)
    ("وكان عماد الطرابلسي استعرض برنامج الوزارة، إذ أشار إلى أن الوضع تحسن.",
     [("indirect", "أن الوضع تحسن", "أشار", "عماد الطرابلسي", "person")]),
    ("وقدمت وزيرة المالية لمياء الزريبي مشروع الميزانية، حيث أكدت أن العجز سيتراجع.",
     [("indirect", "أن العجز سيتراجع", "أكدت", "لمياء الزريبي", "person")]),
]

MANNER_AND_GUEST = [
    # ANT: how it was said between the speech act and its subject; the next sentence's verb carries him
    ("انتقد بشدة الأمين العام للاتحاد العام التونسي للشغل نور الدين الطبوبي اليوم الأحد أي مسؤول في الحكومة يتعمد "
     "إهانة كرامة المربين. وقال في تصريح صحفي إنه لا يمكن حل مشاكل القطاع انطلاقا من منابر إعلامية.",
     [("indirect", "إنه لا يمكن حل مشاكل القطاع انطلاقا من منابر إعلامية", "قال", "نور الدين الطبوبي", "person")]),
    ("ونفى بشدة وزير الصحة أن تكون الأدوية مفقودة.",
     [("indirect", "أن تكون الأدوية مفقودة", "نفى", "وزير الصحة", "person")]),
    # ANT: a programme's guest with no name, subject of a sentence whose participle speaks: the one named before
    ("وصف اليوم الاثنين الناشط السياسي عبد الستار المسعودي الإعلامي برهان بسيس بزعيم الـ 40 حراميا، بحسب تعبيره. "
     "ووجه ضيف بوليتيكا على \"الجوهرة أف أم\" انتقادات لاذعة للإعلامي برهان بسيس، مؤكدا انه لا علاقة له بنداء "
     "تونس منذ تأسيسه.",
     [("source", "وصف اليوم الاثنين الناشط السياسي عبد الستار المسعودي الإعلامي برهان بسيس بزعيم الـ 40 حراميا",
       "بحسب", "عبد الستار المسعودي", "person"),
      ("indirect", "انه لا علاقة له بنداء تونس منذ تأسيسه", "مؤكدا", "عبد الستار المسعودي", "person")]),
]

NO_CLAUSE_SUBJECT = [
    # a subject after the verb that no list knows: not the sentence's subject (ANT: "السلط" = the authorities)
    ("أكد والي المهدية، محمد بودن، أنه تم التواصل مع المحتجين بمنطقة البرادعة، حيث أكدت السلط الجهوية والمحليّة "
     "للمحتجين تفهمها لمطالبهم، أن منطقة البرادعة ستنتفع بقسط من البرنامج.",
     "أن منطقة البرادعة ستنتفع بقسط من البرنامج"),
]

LEARNED_FROM = [
    # ANT: the outlet learned it from its source, who speaks (12 times in ANT)
    ("علمت الجوهرة أف أم من مصدر أمني أن أحد العناصر الموقوفة في قضية سرقة كميات هامة من الدخان قد تمكن من الفرار.",
     [("indirect", "أن أحد العناصر الموقوفة في قضية سرقة كميات هامة من الدخان قد تمكن من الفرار", "علمت", "مصدر أمني",
       "anonymous")]),
    ("علمت \"الجوهرة أف أم\" من مصادر مطلعة أن الوزير سيقدم استقالته.",
     [("indirect", "أن الوزير سيقدم استقالته", "علمت", "مصادر مطلعة", "anonymous")]),
]

OATHS = [
    ("وأقسم بالله العظيم أنه لم يسرق شيئا.", [("indirect", "أنه لم يسرق شيئا", "أقسم", None, None)]),
    ("وأقسم المتهم بالله أنه بريء.", [("indirect", "أنه بريء", "أقسم", "المتهم", "person")]),
    ("وأقسمت بأغلظ الأيمان أنها لم تر شيئا.", [("indirect", "أنها لم تر شيئا", "أقسمت", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), FAR_COMPLEMENTIZER + KANA_SUBJECT + OATHS + MANNER_AND_GUEST
                         + LEARNED_FROM)
def test_claims(nlp, text, expected):
    assert claims(nlp, text) == expected


@pytest.mark.parametrize("text", NOT_FAR)
def test_too_far_without_circumstance(nlp, text):
    assert [c for c in claims(nlp, text) if c[2] in ("أقر", "نقلت")] == []


@pytest.mark.parametrize(("text", "expected"), SOURCE_PHRASES + TALKED_OF + INSET_GOES_ON)
def test_source_phrases(nlp, text, expected):
    assert [c[:4] for c in claims(nlp, text)] == expected


def test_name_with_billah_is_kept(nlp):
    # "بالله" ends the speaker only after أقسم: in a name it stays (ANT 823)
    text = ("وتمكنت فرق الشرطة البلدية من حجز بضائع مختلفة في نهج اسبانيا، وفق ما أكده الناطق الرسمي باسم النقابة "
            "العامة لموظفي الشرطة البلدية منتصر بالله بربيرو.")
    (claim,) = claims(nlp, text)
    assert claim[3] == "منتصر بالله بربيرو"


def test_far_reach_keeps_offsets(nlp):
    text = FAR_COMPLEMENTIZER[0][0]
    (q,) = nlp(text).layers["quotes"]
    assert text[q.start:q.end] == "بأنه وقع الاتفاق على جملة من النقاط"
    assert text[q.cue["start"]:q.cue["end"]] == "أفاد"


@pytest.mark.parametrize(("text", "content"), NO_CLAUSE_SUBJECT)
def test_clause_link_keeps_unknown_subject(nlp, text, content):
    found = [c for c in claims(nlp, text) if c[1] == content]
    assert len(found) == 1
    assert found[0][3] is None
