"""Attribution families of session 33b: a headline's claim whose speaker is an institution named alone, with no
head noun of an institution before its colon or after its trailing dash ("الأمم المتحدة: …", "صندوق النقد الدولي
: …", "موديز: …", "اليونيسف: …", "… - الأمم المتحدة"): the entities layer's known organisations and rating agencies
and ``attribution.yaml``'s ``headline_institutions`` speak; a club, a festival, an exam or a league named so is the
headline's topic and gives no claim ("النادي الصفاقسي : …", "الفسباكو : …", "مهرجان قرطاج: …")."""

from __future__ import annotations

import pytest

from arabnews import Pipeline
from arabnews.extract.attribution.stage import _institution_names
from arabnews.lang.ar import lookup_key
from attribution_cases import claim_tuples as _claims


@pytest.fixture(scope="module")
def nlp() -> Pipeline:
    return Pipeline()


@pytest.mark.parametrize("text, speaker, claim", [
    # UN News / Anadolu style headlines, then the body
    ("الأمم المتحدة: مليون نازح جديد في السودان خلال شهر\nقالت المنظمة الدولية إن القتال دفع الآلاف إلى الفرار.",
     "الأمم المتحدة", "مليون نازح جديد في السودان خلال شهر"),
    ("صندوق النقد الدولي : الاقتصاد المصري سينمو 4 بالمئة هذا العام\nتوقع الصندوق تحسن النمو.",
     "صندوق النقد الدولي", "الاقتصاد المصري سينمو 4 بالمئة هذا العام"),
    ("موديز: تصنيف لبنان يبقى سلبيا في ظل الأزمة\nأبقت الوكالة على نظرتها.", "موديز",
     "تصنيف لبنان يبقى سلبيا في ظل الأزمة"),
    ("فيتش رايتينغ : تأخر الإصلاحات في تونس سيفقدها ثقة المقرضين\nتوقعت الوكالة تراجع الثقة.", "فيتش رايتينغ",
     "تأخر الإصلاحات في تونس سيفقدها ثقة المقرضين"),
    ("اليونيسف: آلاف الأطفال مهددون بالمجاعة في اليمن\nحذرت المنظمة من تفاقم الوضع.", "اليونيسف",
     "آلاف الأطفال مهددون بالمجاعة في اليمن"),
    ("هيومن رايتس ووتش: الشرطة تعذب المشتبه فيهم\nقالت المنظمة إن التحقيقات لم تتقدم.", "هيومن رايتس ووتش",
     "الشرطة تعذب المشتبه فيهم"),
    ("البنك الدولي: الفقر يتراجع في شمال أفريقيا\nأفاد التقرير بتحسن المؤشرات.", "البنك الدولي",
     "الفقر يتراجع في شمال أفريقيا"),
    ("ناسا : المنطقة تعيش أسوأ أزمة جفاف منذ قرون\nأوضحت دراسة جديدة للوكالة ذلك.", "ناسا",
     "المنطقة تعيش أسوأ أزمة جفاف منذ قرون"),
    ("سامسونغ: أغلقوا هواتف نوت 7 ولا تستخدموها مجددا\nأعلنت الشركة وقف إنتاج الهاتف.", "سامسونغ",
     "أغلقوا هواتف نوت 7 ولا تستخدموها مجددا"),
    # with the head noun, as before
    ("منظمة العفو الدولية: السلطات تعتقل الصحفيين تعسفيا\nدعت المنظمة إلى الإفراج عنهم.", "منظمة العفو الدولية",
     "السلطات تعتقل الصحفيين تعسفيا"),
])
def test_institution_named_alone_speaks(nlp: Pipeline, text: str, speaker: str, claim: str) -> None:
    claims = [c for c in _claims(nlp, text) if c[2] == ":"]
    assert claims == [("direct", claim, ":", speaker)]


@pytest.mark.parametrize("text, speaker, claim", [
    ("ارتفاع عدد النازحين في السودان إلى مليون - الأمم المتحدة\nقالت المنظمة إن القتال مستمر.", "الأمم المتحدة",
     "ارتفاع عدد النازحين في السودان إلى مليون"),
    ("الاقتصاد المصري سينمو 4 بالمئة هذا العام - صندوق النقد الدولي\nتوقع الصندوق تحسن النمو.",
     "صندوق النقد الدولي", "الاقتصاد المصري سينمو 4 بالمئة هذا العام"),
    ("آلاف الأطفال مهددون بالمجاعة في اليمن – اليونيسف\nحذرت المنظمة من تفاقم الوضع.", "اليونيسف",
     "آلاف الأطفال مهددون بالمجاعة في اليمن"),
])
def test_institution_after_trailing_dash(nlp: Pipeline, text: str, speaker: str, claim: str) -> None:
    claims = [c for c in _claims(nlp, text) if c[2] in "-–"]
    assert [(c[1], c[3]) for c in claims] == [(claim, speaker)]


@pytest.mark.parametrize("text", [
    # clubs, festivals, exams, tournaments and topics named before the colon: the headline's topic
    "النادي الصفاقسي : الهيئة تقرر إقالة المدرب\nقررت الهيئة المديرة إقالة المدرب.",
    "الترجي الرياضي : الهيئة المديرة تقرر إقالة المدرب\nقررت الهيئة ذلك مساء أمس.",
    "النجم الساحلي: عودة المهاجم إلى التمارين الجماعية\nعاد المهاجم إلى التمارين.",
    "الملعب التونسي : تعيين مدرب جديد للفريق الأول\nأعلن النادي تعيين المدرب.",
    "كرة اليد : الترجي يفوز على النجم في الدربي\nفاز الترجي مساء أمس.",
    "مهرجان قرطاج: عرض فني كبير الليلة على الركح\nيحتضن المسرح الأثري العرض.",
    "الفسباكو : فيلم تونسي يحصد جائزة المهر البرونزي\nأحرز الفيلم الجائزة.",
    "النوفيام : بدء الإعلان عن النتائج عبر الإرساليات القصيرة\nيتم اليوم نشر النتائج.",
    "الرابطة المحترفة الأولى : الترجي يتصدر الترتيب بفارق نقطتين\nتصدر الترجي الترتيب.",
])
def test_club_or_event_before_colon_no_claim(nlp: Pipeline, text: str) -> None:
    assert [c for c in _claims(nlp, text) if c[2] == ":"] == []


def test_club_after_trailing_dash_no_claim(nlp: Pipeline) -> None:
    text = "فوز ثمين خارج الديار في الجولة الخامسة - النادي الصفاقسي\nفاز الفريق مساء أمس."
    assert [c for c in _claims(nlp, text) if c[2] in "-–"] == []


def test_institution_names_leave_clubs_out() -> None:
    names = _institution_names()
    assert {lookup_key(w) for w in ("الأمم المتحدة", "الاتحاد الأوروبي", "الهلال الأحمر", "موديز", "اليونيسف")} <= names
    assert not {lookup_key(w) for w in ("الملعب التونسي", "سكك الحديد الصفاقسي", "النادي الصفاقسي")} & names
