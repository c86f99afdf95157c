"""Session 26 attribution families: who says so, wider forms.

1. A thing that shows is no speaker ("كما توضح الصورة أن …", "وتشير الدلائل إلى أن …"); a verb with no subject of
   its own inside another's claim continues that claim ("… كما توضح أن ترودو بعيد …").  Documents and data that
   speak (الوثيقة، الأرقام) stay anonymous sources.
2. An official named after the role: "وقال المسؤول في … فلان إن" → the name, a person.
3. "تبعا لـ" (as a result of) and rules a thing is done under ("وفقا للقانون", "حسب النظام الداخلي") are no sources.
4. Pan-Arab reporting forms: the passive relay "نُقل عن", an outlet's own sources ("مصادر الجزيرة"), "عدم ذكر"
   (a verbal noun), a commissioner.

Sentences from ANT v1.1 (Tunisian news) unless marked; the pan-Arab ones are written in the style of Al Jazeera,
BBC Arabic, Asharq Al-Awsat and Levantine news.
"""

from __future__ import annotations

import pytest

from attribution_claims import claims

# -- 2. the official's name after the role --------------------------------------------------------------------------

NAMED_OFFICIALS = [
    # ANT: the name between commas after the role's complement
    ("وقال المسؤول الكبير في قسم خدمات العملاء بشركة أمازون، توم ويلاند، إن الخدمة تلبي حاجة من يرغبون في العمل"
     " لكنهم يحتاجون إلى دوام مرن.",
     [("indirect", "إن الخدمة تلبي حاجة من يرغبون في العمل لكنهم يحتاجون إلى دوام مرن", "قال", "توم ويلاند",
       "person")]),
    # ANT: after "ب" + an institution, no comma
    ("وقال المسؤول بإدارة الكوارث انيرود كومار إن 53 شخصا لقوا حتفهم بعدما ضربهم البرق في بيهار.",
     [("indirect", "إن 53 شخصا لقوا حتفهم بعدما ضربهم البرق في بيهار", "قال", "انيرود كومار", "person")]),
    # ANT: the feminine, indefinite in construct, a time word after the name
    ("قالت مسؤولة السياسة الخارجية في الاتحاد الأوروبي فيديريكا موغيريني أمس إن أوروبا بحاجة إلى المهاجرين من أجل"
     " اقتصادها.",
     [("indirect", "إن أوروبا بحاجة إلى المهاجرين من أجل اقتصادها", "قالت", "فيديريكا موغيريني", "person")]),
    # "المسؤول عن" (the one in charge of) takes its complement like a deputy's "عن"
    ("وقال المسؤول عن الملف في وزارة الخارجية الروسية بافل بويشينكو إن المفاوضات متعثرة.",
     [("indirect", "إن المفاوضات متعثرة", "قال", "بافل بويشينكو", "person")]),
    # a construct on a place's name in the complement
    ("وقال المسؤول في إقليم كردستان العراق هوشيار زيباري إن الاستفتاء سيجرى في موعده.",
     [("indirect", "إن الاستفتاء سيجرى في موعده", "قال", "هوشيار زيباري", "person")]),
    # ANT: an activist named after a comma (was "الناشط الحقوقي", anonymous)
    ("أكد الناشط الحقوقي، مصطفى عبد الكبير أنه تم أمس إطلاق سراح 3 تونسيين.",
     [("indirect", "أنه تم أمس إطلاق سراح 3 تونسيين", "أكد", "مصطفى عبد الكبير", "person")]),
    # an activist unnamed stays anonymous
    ("وقال ناشط من المدينة إن القصف مستمر.",
     [("indirect", "إن القصف مستمر", "قال", "ناشط من المدينة", "anonymous")]),
    # ANT: no name: the unnamed official stays anonymous
    ("وقال مسؤول في وزارة الخارجية أمس الأربعاء إن المسؤولين يحق لهم طلب معلومات إضافية.",
     [("indirect", "إن المسؤولين يحق لهم طلب معلومات إضافية", "قال", "مسؤول في وزارة الخارجية", "anonymous")]),
    ("وأكد المسؤول الحكومي أن مسألة خوصصة البنوك العمومية لا تهم البنك الوطني الفلاحي.",
     [("indirect", "أن مسألة خوصصة البنوك العمومية لا تهم البنك الوطني الفلاحي", "أكد", "المسؤول الحكومي",
       "anonymous")]),
]


def test_official_of_a_clause_or_an_object_is_no_name(nlp):
    """ANT: the bare role before a comma and a clause (not the minister the clause tells of); the name after the
    object of a speech act is the object's, not the official's."""
    got = claims(nlp, "وحسب المسؤول، أبلغ وزير الخارجية السابق، جون كيري، بعض ممثلي السلطة التشريعية بهذه الخطوة.")
    assert [(k, src, st) for k, _, _, src, st in got] == [("source", "المسؤول", "anonymous")]
    got = claims(nlp, "وجدد المسؤول النقابي انتقاده لوزير التربية ناجي جلول الذي مضى قدما، مضيفا أن الوزير انتهى.")
    assert [src for _, _, _, src, _ in got] == ["المسؤول"]


@pytest.mark.parametrize(("text", "expected"), NAMED_OFFICIALS,
                         ids=[f"official{i}" for i in range(len(NAMED_OFFICIALS))])
def test_official_named_after_the_role_speaks(nlp, text, expected):
    assert claims(nlp, text) == expected


def test_source_phrase_names_the_official(nlp):
    """ANT: "وحسب المسؤول بدائرة … حافظ بن يحيا فإنّ …" (was "المسؤول", anonymous)."""
    text = ("وحسب المسؤول بدائرة مراقبة الانتاج بهذه المؤسسة حافظ بن يحيا فإنّ انتاج الثلاثية الاولى حقّق زيادة بأكثر"
            " من 40 بالمائة.")
    got = claims(nlp, text)
    assert [(k, src, st) for k, _, _, src, st in got] == [("source", "حافظ بن يحيا", "person")]


# -- 1. things that show --------------------------------------------------------------------------------------------

THINGS = [
    ("وتجمع مئات المحتجين أمام مقر الولاية، كما توضح الصورة أن عددا منهم رفعوا لافتات تطالب بالتشغيل.", []),
    ("وتشير الدلائل إلى أن الحريق كان متعمدا.", []),
    ("وتؤكد المؤشرات أن الاقتصاد يتعافى.", []),
    ("كما توضح الخريطة أن القوات تقدمت نحو المدينة.", []),
    # ANT: the verb of a relative clause whose object is the pictures: its antecedent speaks
    ('وقالت الشرطة التي كشفت صور المنفذين إن "خورام بوت" هو أحد مهاجمي جسر لندن.',
     [("indirect", 'إن "خورام بوت" هو أحد مهاجمي جسر لندن', "كشفت", "الشرطة", "organisation")]),
    # indicators someone presents: the presenter (ANT, the name added)
    ("وتفيد مؤشرات قدمها المسؤول عن المعهد الوطني للاستهلاك طارق بن جازية أن نحو 800 ألف أسرة تونسية متحصلة على"
     " قرض بنكي.",
     [("indirect", "أن نحو 800 ألف أسرة تونسية متحصلة على قرض بنكي", "تفيد", "طارق بن جازية", "person")]),
    # ANT: reference indicators a thing is done by, after a source phrase's ل (was a source "مؤشرات المرجعية")
    ("كما تم الاتفاق على تحسين المواصفات التونسية للحليب طبقا للمؤشرات المرجعية لجودة الحليب بأحواض إنتاج الألبان.",
     []),
    # ANT: the institution's indicators: the institution
    ("وبلغ التضخم 4.2 بالمائة وفق المؤشرات الأخيرة للمعهد الوطني للإحصاء.",
     [("source", "وبلغ التضخم 4.2 بالمائة", "وفق", "معهد الوطني للإحصاء", "organisation")]),
    # documents and data that speak stay anonymous sources
    ("وتوضح الأرقام أن نسبة البطالة ارتفعت إلى 15.5 بالمائة.",
     [("indirect", "أن نسبة البطالة ارتفعت إلى 15.5 بالمائة", "توضح", "الأرقام", "anonymous")]),
    ("كما توضح الوثيقة أن الوزارة كانت على علم بالصفقة.",
     [("indirect", "أن الوزارة كانت على علم بالصفقة", "توضح", "الوثيقة", "anonymous")]),
]


@pytest.mark.parametrize(("text", "expected"), THINGS, ids=[f"thing{i}" for i in range(len(THINGS))])
def test_a_thing_that_shows_is_no_speaker(nlp, text, expected):
    assert claims(nlp, text) == expected


def test_subjectless_show_verb_continues_the_claim(nlp):
    """ANT: "كما توضح" tells of the holiday inside the MPs' claim (was a second claim with no speaker)."""
    text = ("ويقول نواب معارضون إن العطلة غير لائقة لأن أوتاوا تساعد في تمويل مؤسسة أغا خان كما توضح أن ترودو بعيد عن"
            " المواطن الكندي العادي بينما يمر اقتصاد البلاد بصعوبات.")
    assert claims(nlp, text) == [
        ("indirect", text[text.index("إن العطلة"):-1], "يقول", "نواب معارضون", "anonymous")]


def test_same_speaker_after_kama_keeps_two_claims(nlp):
    assert claims(nlp, "وقالت الوزارة إن الوضع تحت السيطرة، كما أكدت أن الأسعار لن ترتفع.") == [
        ("indirect", "إن الوضع تحت السيطرة", "قالت", "الوزارة", "organisation"),
        ("indirect", "أن الأسعار لن ترتفع", "أكدت", "الوزارة", "organisation")]


# -- 3. causes and rules are no sources -----------------------------------------------------------------------------

NOT_SOURCES = [
    # ANT (was a source "نظام الاستثنائي …", organisation)
    "خسرت تونس ما يعادل 43 مليار دينار من العملة الصعبة خلال الفترة الممتدة من 2006 إلى 2016 تبعا للنظام الاستثنائي"
    " المسند للشركات غير المقيمة.",
    # ANT (was a source "معطيات الفلكية")
    "وأنه تبعا للمعطيات الفلكية يمكن رؤية هلال بداية شهر رمضان يوم الجمعة.",
    "وتم إيقاف المتهم وفقا للقانون عدد 26 لسنة 2015 المتعلق بمكافحة الإرهاب.",
    "وحسب النظام الداخلي للبرلمان فإن الجلسة تعقد بحضور ثلث الأعضاء.",
    "وتعمل الهيئة وفقا لأحكام الفصل 125 من الدستور.",
    "وتم إغلاق المعبر تبعا لقرار وزارة الداخلية.",
    "وارتفعت الأسعار نتيجة لارتفاع كلفة الإنتاج.",
]


@pytest.mark.parametrize("text", NOT_SOURCES, ids=[f"cause{i}" for i in range(len(NOT_SOURCES))])
def test_cause_or_rule_is_no_source(nlp, text):
    assert claims(nlp, text) == []


SOURCES_KEPT = [
    ("وارتفع عدد القتلى إلى 40 وفقا لوزارة الصحة.",
     [("source", "وارتفع عدد القتلى إلى 40", "وفقا ل", "وزارة الصحة", "organisation")]),
    # a regime speaks
    ("ووفقا للنظام السوري فإن الجيش استعاد السيطرة على المدينة.",
     [("source", "فإن الجيش استعاد السيطرة على المدينة", "وفقا ل", "نظام السوري", "group")]),
    # "تبعا لما" + a verb of reporting still says who
    ("تبعا لما أوردته وكالة رويترز، فإن الصفقة ستوقع الشهر المقبل.",
     [("source", "فإن الصفقة ستوقع الشهر المقبل", "تبعا لما", "وكالة رويترز", "media")]),
]


@pytest.mark.parametrize(("text", "expected"), SOURCES_KEPT, ids=[f"kept{i}" for i in range(len(SOURCES_KEPT))])
def test_reporting_sources_are_kept(nlp, text, expected):
    assert claims(nlp, text) == expected


# -- 4. pan-Arab wording --------------------------------------------------------------------------------------------

PAN_ARAB = [
    # the passive relay
    ("ونُقل عن مسؤول عسكري قوله إن الجيش استعاد السيطرة على المعبر.",
     [("indirect", "إن الجيش استعاد السيطرة على المعبر", "نُقل", "مسؤول عسكري", "anonymous")]),
    # a relay with no subject of its own: the one after "عن", not the speaker before
    ("وقال الوزير إن الوضع صعب. ونقل عن رئيس الحكومة أنه سيزور الجهة.",
     [("indirect", "إن الوضع صعب", "قال", "الوزير", "person"),
      ("indirect", "أنه سيزور الجهة", "نقل", "رئيس الحكومة", "person")]),
    # the outlet's own sources (was "مصادر")
    ("وأفادت مصادر الجزيرة بأن الوفد الإسرائيلي غادر القاهرة.",
     [("indirect", "بأن الوفد الإسرائيلي غادر القاهرة", "أفادت", "مصادر الجزيرة", "anonymous")]),
    ("ووفقا لمصادر الجزيرة، فإن المفاوضات توقفت.",
     [("source", "فإن المفاوضات توقفت", "وفقا ل", "مصادر الجزيرة", "anonymous")]),
    # "عدم ذكر" is a verbal noun (was a claim of "ذكر" by "اسمه")
    ("وقال مصدر في الشرطة، طلب عدم ذكر اسمه، إن الانفجار نجم عن عبوة ناسفة.",
     [("indirect", "إن الانفجار نجم عن عبوة ناسفة", "قال", "مصدر في الشرطة", "anonymous")]),
    # a commissioner is a role (was no speaker)
    ("وقال مفوض الأمم المتحدة السامي لحقوق الإنسان فولكر تورك إن ما يحدث غير مقبول.",
     [("indirect", "إن ما يحدث غير مقبول", "قال", "فولكر تورك", "person")]),
    # the period of an outlet's web name ends no sentence (the claim was lost)
    ('وأكد الخبير الاقتصادي عمر الحمدان في تصريح خاص لـ"العربية.نت" أن الأزمة ستطول. وقال الوزير إن الوضع جيد.',
     [("indirect", "أن الأزمة ستطول", "أكد", "عمر الحمدان", "person"),
      ("indirect", "إن الوضع جيد", "قال", "الوزير", "person")]),
    ("وقال مصدر أمني للجزيرة.نت إن الهجوم فشل.",
     [("indirect", "إن الهجوم فشل", "قال", "مصدر أمني", "anonymous")]),
    # forms that were right before and stay so
    ('وأفادت مصادر مطلعة لـ"الجزيرة" أن الوفد المصري سيصل إلى الدوحة مساء الغد.',
     [("indirect", "أن الوفد المصري سيصل إلى الدوحة مساء الغد", "أفادت", "مصادر مطلعة", "anonymous")]),
    ("وكتبت المتحدثة باسم الخارجية الروسية ماريا زاخاروفا على قناتها في تلغرام أن موسكو سترد.",
     [("indirect", "أن موسكو سترد", "كتبت", "ماريا زاخاروفا", "person")]),
    ("وذكر بيان صادر عن وزارة الصحة أن عدد الإصابات ارتفع إلى 300.",
     [("indirect", "أن عدد الإصابات ارتفع إلى 300", "ذكر", "وزارة الصحة", "organisation")]),
    ("وبحسب ما نقلت وكالة الأنباء الفرنسية عن مصدر أمني، فإن الهجوم أسفر عن 5 قتلى.",
     [("source", "فإن الهجوم أسفر عن 5 قتلى", "بحسب", "مصدر أمني", "anonymous")]),
]


@pytest.mark.parametrize(("text", "expected"), PAN_ARAB, ids=[f"pan{i}" for i in range(len(PAN_ARAB))])
def test_pan_arab_reporting_forms(nlp, text, expected):
    assert claims(nlp, text) == expected


def test_spans_are_their_surface(nlp):
    text = "وقال المسؤول عن الملف في وزارة الخارجية الروسية بافل بويشينكو إن المفاوضات متعثرة."
    q = nlp(text).layers["quotes"][0]
    assert text[q.start:q.end] == q.text
    assert text[q.source["start"]:q.source["end"]] == "بافل بويشينكو"
