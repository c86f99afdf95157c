"""Attribution families of session 27: posts quoted after كتب/نشر/دوّن on an account or a page (a quotation of
several sentences too), the person a role names past a title, "باسم", a place or a missed given name, and outlets of
more words than the tagger's name ("سكاي نيوز عربية", "روسيا اليوم")."""

from __future__ import annotations

import pytest

from arabnews import Pipeline
from attribution_claims import claims

POSTS = [
    # a post of two sentences: its stops are the post's (ANT)
    ('وكتب ظريف على حسابه على تويتر "تصريح بغيض للبيت الأبيض... الأمة الإيرانية ترفض مزاعم الصداقة الأميركية هذه".',
     [("direct", "تصريح بغيض للبيت الأبيض... الأمة الإيرانية ترفض مزاعم الصداقة الأميركية هذه", "كتب", "ظريف",
       "person")]),
    ('وكتبت قيادة شرطة باريس في تغريدة على تويتر "انتهاء عمليات التحقق. عودة تدريجية إلى الوضع الطبيعي"دون أن تسفر '
     "عن القبض على أي شخص.",
     [("direct", "انتهاء عمليات التحقق. عودة تدريجية إلى الوضع الطبيعي", "كتبت", "قيادة شرطة باريس",
       "organisation")]),
    # نشر and دوّن, masculine and feminine, with where it was posted (ANT; Tunisian wording)
    ('ونشر المحامي أمين سيدهم على صفحته في فيسبوك "تأكيد وفاة الصحافي محمد تامالت بمستشفى باب الواد بعد إضراب عن '
     'الطعام".',
     [("direct", "تأكيد وفاة الصحافي محمد تامالت بمستشفى باب الواد بعد إضراب عن الطعام", "نشر", "المحامي أمين سيدهم",
       "person")]),
    ('ودوّنت النائبة سامية عبو على صفحتها: "لن نسكت عن هذا الظلم أبدا".',
     [("direct", "لن نسكت عن هذا الظلم أبدا", "دوّنت", "سامية عبو", "person")]),
    # not where nothing is posted, or نشر publishes, is passive, or is a verbal noun; "دون" is "without"
    ("ونشرت السفارة اليوم على صفحتها الرسمية بالفيسبوك كل التفاصيل المتعلقة بتسويق هذا المنتوج في كندا.", []),
    ("وغادر الوفد دون أن يدلي بأي تصريح للصحفيين.", []),
    ("وأصدرت المنظمة الأممية بيانا نشر على موقعها الرسمي قالت فيه إنها تنفي بشدة الخبر.",
     [("indirect", "إنها تنفي بشدة الخبر", "قالت", "المنظمة الأممية", "organisation")]),
    ('نشر تغريدة على صفحتها بموقع التواصل الاجتماعي، وجاء فيه: "أول سفير بريطاني يؤدي فريضة الحج".', []),
    # (held-out ANT: the object with a pronoun before the subject)
    ("وأوضح الاستطلاع الذي نشر نتائجه البنك العالمي مؤخرا على موقعه باللغة الانجليزية أن التونسي شبه منقطع عن نشاط "
     "الحكم المحلي.", [("indirect", "أن التونسي شبه منقطع عن نشاط الحكم المحلي", "أوضح", None, None)]),
    # the subject right after it
    ("نشر البنك العالمي مؤخرا على موقعه باللغة الانجليزية أن التونسي شبه منقطع عن نشاط الحكم المحلي.",
     [("indirect", "أن التونسي شبه منقطع عن نشاط الحكم المحلي", "نشر", "البنك العالمي", "organisation")]),
    ("وبحسب المسؤول الإسرائيلي، الذي لم يتم نشر اسمه، فإن رئيس الأركان قدم شرحا عن الوضع الاقتصادي.",
     [("source", "فإن رئيس الأركان قدم شرحا عن الوضع الاقتصادي", "بحسب", "المسؤول الإسرائيلي", "anonymous")]),
    # a source phrase's clause runs past نشر that is no cue (ANT)
    ("وحسب الدراسة التي أجراها باحثون في جامعة أوهايو الأميركية ونشروا نتائجها أمس، فإن البصل الأحمر يحتوي على "
     "مستويات مرتفعة.",
     [("source", "فإن البصل الأحمر يحتوي على مستويات مرتفعة", "حسب", "الدراسة", "anonymous")]),
]


@pytest.mark.parametrize(("text", "expected"), POSTS)
def test_posts(nlp: Pipeline, text: str, expected: list) -> None:
    assert claims(nlp, text) == expected


ROLE_NAMES = [
    # a title between the role and the name; the name starts with a time word ("صباح") (ANT)
    ("وقال وزير الخارجية الشيخ صباح خالد الحمد الصباح في تصريح نقلته وكالة الأنباء الرسمية إن الكويت لن تتخلى عن "
     "مساعيها.", "صباح خالد الحمد الصباح"),
    # "باسم" and where the spokesman is, a place the tagger has or not (ANT)
    ('وقال المتحدث باسم هيئة سلامة الطيران المدني في أستراليا بيتر جيبسون، إن "المروحة والأجزاء المثبتة فيها سقطت '
     'بالكامل أثناء الطيران".', "بيتر جيبسون"),
    ("وقالت المتحدثة باسم الادعاء الاتحادي في كالسروه فراوكه كولر إن السلطات تفحص وسائل الاتصال.", "فراوكه كولر"),
    # a given name the tagger missed before its PER, after the role's own words (ANT)
    ("أكدت وزيرة الثقافة والمحافظة على التراث سنية مبارك خلال زيارة عمل أدتها اليوم إلى ولاية صفاقس ، أنه هناك "
     "موافقة مبدئية.", "سنية مبارك"),
    # a scholar or scientist is a role (ANT; the feminine)
    ("وقال عالم الأحياء ديفيد جونز إن النتائج مفاجئة.", "ديفيد جونز"),
    ("وقالت عالمة الفلك الأمريكية ساره براون إن الكوكب بعيد.", "ساره براون"),
    # (session 41: the untagged name after its role speaks, the role kept as source.role)
    ("وقال العالم الفيزيائي كريغ هوجان إن الكون ثلاثي الأبعاد.", "كريغ هوجان"),
    # not a noun whose genitive the name is, nor a time word, nor someone named after the role's place
    ("ورد رئيس الجمهورية على دعوة سليم الرياحي لإجراء انتخابات رئاسية سابقة لأوانها قائلا إن اجراء انتخابات رئاسية "
     "ليس بالأمر السهل.", "رئيس الجمهورية"),
    ("وقال الوزير صباح اليوم إن الوضع مستقر.", "الوزير"),
    ("تحدث نائب رئيس الجبهة الوطنية في فرنسا رئيستها مارين لوبان في إحدى الإذاعات قائلا إن فرنسا لن تكون على "
     "ماكانت عليه.", "نائب رئيس الجبهة الوطنية"),
]


SUBJECT_NAMES = [
    # a participle's sentence subject: the role and the name after it, one subject, the name misread as a place
    # (Session 26b's gap)
    ("وتدخل عضو المجلس البلدي فارس الشيخ في النقاش، مؤكدا أن المشروع سيتواصل.", "عضو المجلس البلدي فارس الشيخ"),
    # not the place the one named visits, after the role alone
    ("وزار الوزير تونس العاصمة، مؤكدا أن المشروع سيتواصل.", "الوزير"),
    ("وزار الوزير مدينة القصرين، مؤكدا أن المشروع سيتواصل.", "الوزير"),
]


@pytest.mark.parametrize(("text", "speaker"), SUBJECT_NAMES)
def test_subject_role_and_name(nlp: Pipeline, text: str, speaker: str) -> None:
    (claim,) = claims(nlp, text)
    assert (claim[2], claim[3], claim[4]) == ("مؤكدا", speaker, "person")


@pytest.mark.parametrize(("text", "speaker"), ROLE_NAMES)
def test_role_named(nlp: Pipeline, text: str, speaker: str) -> None:
    (claim,) = claims(nlp, text)
    assert claim[3] == speaker
    assert claim[4] == "person"


OUTLETS = [
    # the outlet's whole name, past the tagger's shorter ORG (ANT; pan-Arab)
    ("وقالت سكاي نيوز عربية إن الهجوم أسفر عن مقتل خمسة جنود.", "سكاي نيوز عربية", "media"),
    ("ولم يصدر تعليق على الفور من القوات الأميركية، وفق ما أفادت سكاي نيوز عربية.", "سكاي نيوز عربية", "media"),
    # past a word of its name that ends a speaker's words elsewhere ("اليوم") (ANT)
    ("أفادت وكالة أنباء روسيا اليوم أن الشرطة البلجيكية رفعت درجة التأهب.", "وكالة أنباء روسيا اليوم", "media"),
    ('وقال شهود عيان إن المهاجم كان مسلحا، وفق ما أورده موقع "روسيا اليوم".', 'موقع "روسيا اليوم"', "media"),
    # a country speaking today; a channel "today" (not "المصري اليوم")
    ("وقالت روسيا اليوم إنها سترد على العقوبات.", "روسيا", "organisation"),
    ("وقتل 6 أشخاص في تحطم الطائرة وفق ما ذكره التلفزيون المصري اليوم.", "التلفزيون المصري", "media"),
]


@pytest.mark.parametrize(("text", "speaker", "kind"), OUTLETS)
def test_outlet_names(nlp: Pipeline, text: str, speaker: str, kind: str) -> None:
    found = [c for c in claims(nlp, text) if c[0] != "direct"]
    vias = [(q.source["via"]["text"], q.source["via"]["source_type"]) for q in nlp(text).layers["quotes"]
            if q.source and "via" in q.source]  # a trailing outlet of a verb's claim is its via (session 32b)
    assert (vias or [(c[3], c[4]) for c in found])[-1:] == [(speaker, kind)]


CAMPAIGNS = [
    # a candidate's campaign speaks as an organisation (ANT)
    ("أعلنت حملة مرشح انتخابات الرئاسة الفرنسية إيمانويل ماكرون أنها تعرضت لهجوم إلكتروني كبير.",
     [("indirect", "أنها تعرضت لهجوم إلكتروني كبير", "أعلنت", "حملة مرشح انتخابات الرئاسة الفرنسية إيمانويل ماكرون",
       "organisation")]),
    ("وأكدت حملة ماكرون في بيان أن الوثائق المسربة صحيحة.",
     [("indirect", "أن الوثائق المسربة صحيحة", "أكدت", "حملة ماكرون", "organisation")]),
    # an indefinite noun a verb of the other gender describes is not its subject (ANT)
    ("وبدأ التحالف في آخر شهر مارس حملة عسكرية يقول إنها تستهدف إعادة الشرعية في اليمن.",
     [("indirect", "إنها تستهدف إعادة الشرعية في اليمن", "يقول", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), CAMPAIGNS)
def test_campaigns(nlp: Pipeline, text: str, expected: list) -> None:
    assert claims(nlp, text) == expected
