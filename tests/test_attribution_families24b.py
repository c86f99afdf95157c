"""Attribution families of session 24, second wave: impersonal readings with و, the subject of كان past a quoted
name or a relative clause, names between commas after a role, "حسب مراسلنا", and pan-Arab relays."""

from __future__ import annotations

import pytest

from arabnews import Pipeline
from attribution_claims import claims

IMPERSONAL = [
    # a vowelled passive with و after a claim of another sentence: no one's words (ANT)
    ("توفيت مساء اليوم الخميس التلميذة، وفقا لمراسل الجوهرة أف أم بصفاقس. ويُرجّح أن تكون الوفاة ناتجة عن إصابتها "
     "بمرض التهاب الكبد الفيروسي.",
     ("indirect", "أن تكون الوفاة ناتجة عن إصابتها بمرض التهاب الكبد الفيروسي", "يُرجّح", None, None)),
    # unvowelled, with و, a sentence after the speaker's (ANT)
    ("وأدى النزاع في اليمن إلى نقص شديد في الغذاء، بحسب أوبراين. ويتوقع أن يصاب 150 ألف شخص آخر بالكوليرا في "
     "الأشهر الستة المقبلة.",
     ("indirect", "أن يصاب 150 ألف شخص آخر بالكوليرا في الأشهر الستة المقبلة", "يتوقع", None, None)),
    ("وقال الوزير إن الوضع مستقر. يُتوقَّع أن يشارك نحو 22% من سكان العالم.",
     ("indirect", "أن يشارك نحو 22% من سكان العالم", "يُتوقَّع", None, None)),
    # in the sentence of the speaker's claim, the speaker's (ANT)
    ("واشار بن يحي أنّ الشركة ترنو الى انتاج 5ر6 مليون طن من الفسفاط في 2016 ويتوقع ان تصل مبيعات المؤسسة الى "
     "مليار دينار.",
     ("indirect", "ان تصل مبيعات المؤسسة الى مليار دينار", "يتوقع", "بن يحي", "person")),
    # a subject after it, or a feminine verb that agrees with the speaker before: theirs
    ("وقال الوزير إن الوضع مستقر. ويُرجِّح الخبراء أن ترتفع الأسعار.",
     ("indirect", "أن ترتفع الأسعار", "يُرجِّح", "الخبراء", "anonymous")),
    ("وقالت الوزيرة إن الوضع مستقر. وتتوقع أن ترتفع الأسعار.",
     ("indirect", "أن ترتفع الأسعار", "تتوقع", "الوزيرة", "person")),
]


@pytest.mark.parametrize(("text", "expected"), IMPERSONAL)
def test_impersonal_reading_with_waw(nlp: Pipeline, text: str, expected: tuple) -> None:
    assert claims(nlp, text)[-1] == expected


KANA = [
    # a quoted name closes the subject of كان before a comma: read as without the comma
    # (session 25: the spokesman speaks, not the army he speaks for)
    ('وكان المتحدث باسم "الجيش الوطني الليبي"، أعلن أن قواته سيطرت على الميناء.', 'المتحدث باسم "الجيش الوطني الليبي"'),
    ('وكان رئيس "الجبهة الشعبية"، قد صرح بأن الجبهة لن تشارك في الحكومة.', "الجبهة الشعبية"),
    # a relative clause set off by commas (ANT) or not, between the subject and "قد صرح"
    ("وكان وزير الداخلية الجزائري نورالدين بدوي، الذي تشرف وزارته على الجانب الإداري والتنظيمي للانتخابات، قد "
     "صرّح مؤخرا بأن الانتخابات تشكل محطة هامة.", "نورالدين بدوي"),
    ("وكان الوزير، الذي يزور الجزائر حاليا، قد صرح بأن تونس ترفض التدخل.", "الوزير"),
    ("وكانت الوزيرة سلمى اللومي التي تزور الجزائر حاليا قد صرحت بأن تونس ترفض التدخل.", "سلمى اللومي"),
]


@pytest.mark.parametrize(("text", "speaker"), KANA)
def test_kana_subject(nlp: Pipeline, text: str, speaker: str) -> None:
    assert claims(nlp, text)[0][3] == speaker


COMMA_NAMES = [
    # a name the tagger misses between commas after a role, with or without a space after the comma
    ("وأكد المدير الجهوي للصحة,رياض المؤخر، أن الوضع مستقر.", "رياض المؤخر"),
    ("وأكد المدير الجهوي للصحة، رياض المؤخر، أن الوضع مستقر.", "رياض المؤخر"),
    # (ANT)
    ("وأعلن وزير تكنولوجيات الاتصال والاقتصاد الرقمي، أنور معروف، أنه سيتم قريبا اصدار امر تطبيقي.", "أنور معروف"),
    # not when, where or how it was said
    ("وأكد المدير الجهوي للصحة، اليوم الثلاثاء، أن الوضع مستقر.", "المدير الجهوي للصحة"),
    ("وأكد المدير الجهوي للصحة، على هامش الندوة، أن الوضع مستقر.", "المدير الجهوي للصحة"),
    ("وأكد المدير الجهوي للصحة، خلال زيارته للمستشفى، أن الوضع مستقر.", "المدير الجهوي للصحة"),
    ("وأكد الوزير، مساء الثلاثاء، أن الوضع مستقر.", "الوزير"),
    ("وأكد الوزير، من جهته، أن الوضع مستقر.", "الوزير"),
]


@pytest.mark.parametrize(("text", "speaker"), COMMA_NAMES)
def test_name_between_commas(nlp: Pipeline, text: str, speaker: str) -> None:
    assert claims(nlp, text)[0][3] == speaker


OWN_REPORTER = [
    ("وحسب مراسلنا بالجهة فإن الضحايا كنّ على متن شاحنة كانت تقلهن لجني الزيتون.",
     ("source", "فإن الضحايا كنّ على متن شاحنة كانت تقلهن لجني الزيتون", "حسب", "مراسلنا بالجهة", "person")),
    ("وناهزت كمية الأمطار المسجلة نحو 32 مم، بحسب مراسلنا.",
     ("source", "وناهزت كمية الأمطار المسجلة نحو 32 مم", "بحسب", "مراسلنا", "person")),
    ("وفقا لمراسلتنا بسوسة، فإن الاحتجاجات تواصلت في عدة مناطق.",
     ("source", "فإن الاحتجاجات تواصلت في عدة مناطق", "وفقا ل", "مراسلتنا بسوسة", "person")),
    # (ANT) a verb after the place; the reporter's name in apposition ends the phrase
    ("و حسب مراسلتنا بالجهة  تم القبض على هذا الشخص بأحد النزل بالحمامات رفقة شقيقه.",
     ("source", "تم القبض على هذا الشخص بأحد النزل بالحمامات رفقة شقيقه", "حسب", "مراسلتنا بالجهة", "person")),
    ("وبحسب مراسلنا، سامي الهاني، يدرس الضحية بالسنة الثامنة اساسي بالمدرسة الاعدادية.",
     ("source", "يدرس الضحية بالسنة الثامنة اساسي بالمدرسة الاعدادية", "بحسب", "سامي الهاني", "person")),
]


@pytest.mark.parametrize(("text", "expected"), OWN_REPORTER)
def test_own_reporter_after_source_phrase(nlp: Pipeline, text: str, expected: tuple) -> None:
    assert claims(nlp, text) == [expected]


PAN_ARAB = [
    # a relay past the outlet's abbreviation in brackets
    ("نقلت وكالة الأنباء الرسمية (سانا) عن مصدر عسكري قوله إن وحدات الجيش تصدت لهجوم إرهابي.",
     ("indirect", "إن وحدات الجيش تصدت لهجوم إرهابي", "نقلت", "مصدر عسكري", "anonymous")),
    ("ونقلت وكالة الأنباء العراقية (واع) عن قائد عمليات بغداد قوله إن الوضع الأمني مستقر.",
     ("indirect", "إن الوضع الأمني مستقر", "نقلت", "قائد عمليات بغداد", "person")),
    # counted unnamed sources
    ('ونقلت وكالة "رويترز" عن ثلاثة مصادر مطلعة أن أوبك تدرس خفض الإنتاج.',
     ("indirect", "أن أوبك تدرس خفض الإنتاج", "نقلت", "ثلاثة مصادر مطلعة", "anonymous")),
    # an outlet the lists know, written with ل, is to whom it was said
    ("وقال مصدر دبلوماسي لبي بي سي عربي إن الاجتماع تأجل إلى الأسبوع المقبل.",
     ("indirect", "إن الاجتماع تأجل إلى الأسبوع المقبل", "قال", "مصدر دبلوماسي", "anonymous")),
    # (as before)
    ("وبحسب وكالة الأنباء الكويتية (كونا)، فإن الأمير استقبل رئيس الوزراء.",
     ("source", "فإن الأمير استقبل رئيس الوزراء", "بحسب", "وكالة الأنباء الكويتية", "media")),
    ("أفادت مصادر محلية لـ\"العربي الجديد\" بأن قوات النظام قصفت البلدة بالمدفعية.",
     ("indirect", "بأن قوات النظام قصفت البلدة بالمدفعية", "أفادت", "مصادر محلية", "anonymous")),
]


@pytest.mark.parametrize(("text", "expected"), PAN_ARAB)
def test_pan_arab_wording(nlp: Pipeline, text: str, expected: tuple) -> None:
    assert claims(nlp, text) == [expected]
