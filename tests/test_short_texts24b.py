"""Tweets, headlines and one-line texts across the layers (session 24): a breaking-news post is body, not
page furniture; its labels (#عاجل |, 🔴 عاجل:), hashtags, emoji, URLs and thread counters (1/3) are read
as a reader reads them.  The posts are written the way Al Jazeera, Sky News Arabia, BBC Arabic and
Tunisian outlets post on X."""

from __future__ import annotations

import pytest

from arabnews import Pipeline
from attribution_claims import claims
from entity_cases import entities


def _spans_at_offsets(doc) -> None:
    d = doc.to_dict()
    for layer in ("entities", "dates", "numbers", "groups", "quotes", "events"):
        for span in d[layer]:
            assert d["text"][span["start"]:span["end"]] == span["text"], (layer, span)


# -- article: a post is body ------------------------------------------------------------------------

#: One-line and multi-line posts; each line is a body paragraph, none is furniture.
POSTS = [
    "🔴 عاجل: انفجار يهز العاصمة اللبنانية بيروت",
    "#عاجل | مقتل 5 أشخاص في قصف إسرائيلي على مخيم جباليا شمال قطاع غزة",
    "📌 الأمم المتحدة تحذر من مجاعة وشيكة في اليمن",
    "⚡️ عاجل: البنك المركزي المصري يرفع سعر الفائدة 200 نقطة أساس",
    "🔴 مباشر | تغطية خاصة لليوم الـ 100 من الحرب على غزة",
    "🔴 عاجل | غارات على إدلب\n📌 مقتل 9 مدنيين بينهم أطفال\n🔗 https://t.co/abc",
    "⚡️ انفجار في بيروت\n⚡️ سقوط جرحى في المرفأ",
    "📍 درنة\n🔴 ارتفاع حصيلة ضحايا الفيضانات إلى 11300 قتيل",
]


@pytest.mark.parametrize("text", POSTS)
def test_post_lines_are_body(nlp: Pipeline, text: str) -> None:
    doc = nlp(text, reference_date="2024-06-02")
    art = doc.article
    assert art.boilerplate == [] and art.title is None
    assert [p.text for p in art.body] == text.split("\n")
    _spans_at_offsets(doc)


def test_emoji_post_lines_are_read(nlp: Pipeline) -> None:
    # two emoji-led lines used to make a "page" of menu lines: nothing was read
    doc = nlp("🔴 عاجل | غارات على إدلب\n📌 مقتل 9 مدنيين بينهم أطفال\n🔗 https://t.co/abc")
    assert [(e.text, e.label) for e in doc.entities] == [("إدلب", "LOC")]
    assert [(n.text, n.value, n.unit) for n in doc.numbers] == [("9", 9, "civilian")]
    assert [ev.text for ev in doc.layers["events"]][:1] == ["غارات"]


def test_emoji_menu_beside_other_furniture_is_still_a_page(nlp: Pipeline) -> None:
    page = ("🏠 الرئيسية\n📰 أخبار سوريا\nقتل خمسة أشخاص في قصف على حلب صباح اليوم بحسب مصادر محلية.\n"
            "شارك على فيسبوك")
    art = nlp(page).article
    assert [(b.rule, b.text) for b in art.boilerplate] == [
        ("navigation", "🏠 الرئيسية"), ("emoji_menu", "📰 أخبار سوريا"), ("share", "شارك على فيسبوك")]
    assert [p.text for p in art.body] == ["قتل خمسة أشخاص في قصف على حلب صباح اليوم بحسب مصادر محلية."]


# -- robustness: almost nothing ---------------------------------------------------------------------

@pytest.mark.parametrize("text", ["ا", "في", "🔴", "🔴🔴🔴", "😢😢", "https://t.co/abc", "#عاجل", "#", "@AJArabic",
                                  ".", "\u200f", "| فيديو"])
def test_tiny_texts_give_clean_empty_results(nlp: Pipeline, text: str) -> None:
    doc = nlp(text, reference_date="2024-06-02")
    d = doc.to_dict()
    assert (d["entities"], d["dates"], d["numbers"], d["groups"], d["relations"], d["quotes"], d["events"]) == \
        ([], [], [], [], [], [], [])
    assert d["article"]["boilerplate"] == [] and d["errors"] == []


def test_a_hashtag_alone_that_names_a_place(nlp: Pipeline) -> None:
    doc = nlp("#غزة")
    assert [(e.text, e.label, e.start, e.end) for e in doc.entities] == [("غزة", "LOC", 1, 4)]
    assert doc.layers["events"] == [] and doc.layers["quotes"] == []


# -- entities: hashtags --------------------------------------------------------------------------

def test_slogan_hashtag_names_its_leading_place() -> None:
    # the span is the place after "#", up to the underscore that ends it
    assert entities("#غزة_تحت_القصف استشهاد 12 فلسطينيا بينهم أطفال في غارة على رفح") == [
        ("غزة", "LOC"), ("رفح", "LOC")]
    assert entities("#تونس_تنتخب نسبة المشاركة في الانتخابات التشريعية بلغت 11.22 بالمئة") == [("تونس", "LOC")]
    assert entities("#حلب_تحترق قصف على الأحياء الشرقية") == [("حلب", "LOC")]


def test_hashtag_place_of_two_words_keeps_its_underscore() -> None:
    # the surface is the text: "سيدي_بوزيد", underscore and all
    assert entities("#سيدي_بوزيد_تنتفض احتجاجات أمام مقر الولاية") == [("سيدي_بوزيد", "LOC")]
    assert entities("#سيدي_بوزيد | احتجاجات أمام مقر الولاية") == [("سيدي_بوزيد", "LOC")]


def test_slogan_hashtag_without_a_leading_place() -> None:
    assert entities("#الحرية_للمعتقلين وقفة أمام المحكمة") == []
    assert entities("#كلنا_غزة حملة تضامن واسعة") == []  # the place is not what the tag begins with


# -- quotes: a post's label and tail ------------------------------------------------------------------

def test_claim_ends_before_a_posts_tail(nlp: Pipeline) -> None:
    assert claims(nlp, "نتنياهو: «سنواصل الحرب حتى تحقيق أهدافنا» #غزة") == [
        ("direct", "سنواصل الحرب حتى تحقيق أهدافنا", ":", "نتنياهو", "person")]
    assert claims(nlp, "حماس: «المقاومة جاهزة لكل السيناريوهات» 🔻") == [
        ("direct", "المقاومة جاهزة لكل السيناريوهات", ":", "حماس", "group")]
    # a URL after the claim no longer rejects it
    assert claims(nlp, "وزير الصحة: الوضع الوبائي تحت السيطرة https://t.co/abc") == [
        ("direct", "الوضع الوبائي تحت السيطرة", ":", "وزير الصحة", "person")]
    assert claims(nlp, "وزير الصحة: الوضع الوبائي تحت السيطرة 🔴🔴 #كورونا #تونس") == [
        ("direct", "الوضع الوبائي تحت السيطرة", ":", "وزير الصحة", "person")]


def test_hashtag_that_is_the_claims_object_stays(nlp: Pipeline) -> None:
    assert [c[1] for c in claims(nlp, "وقال الناطق إن الناشطين أطلقوا وسم #غزة_تنتصر")] == [
        "إن الناشطين أطلقوا وسم #غزة_تنتصر"]


def test_headline_speaker_after_a_posts_label(nlp: Pipeline) -> None:
    assert claims(nlp, "#عاجل 🔴 الرئاسة الفلسطينية: «إسرائيل تتحمل المسؤولية الكاملة»")[0][1:4] == (
        "إسرائيل تتحمل المسؤولية الكاملة", ":", "الرئاسة الفلسطينية")
    assert claims(nlp, "🔴 #عاجل | وزارة الصحة السعودية: تسجيل 1,245 إصابة جديدة بفيروس كورونا")[0][1:4] == (
        "تسجيل 1,245 إصابة جديدة بفيروس كورونا", ":", "وزارة الصحة السعودية")
    assert claims(nlp, "عاجل/ الحماية المدنية: إخماد حريق بمصنع في بن عروس")[0][3] == "الحماية المدنية"
    assert claims(nlp, "#تونس | وزير الصحة: الوضع الوبائي تحت السيطرة")[0][3] == "وزير الصحة"
    assert claims(nlp, "الآن | الناطق باسم الحكومة: لا تغيير في موعد الانتخابات")[0][3] == "الناطق باسم الحكومة"


def test_label_before_a_dateline_or_topic_is_no_speaker(nlp: Pipeline) -> None:
    assert claims(nlp, "فيديو | سوسة: إيقاف 3 أشخاص بتهمة السرقة") == []
    assert claims(nlp, "بالفيديو | كرة اليد: الترجي يفوز على النجم بفارق 5 أهداف") == []
    assert claims(nlp, "🔴 عاجل: انفجار يهز العاصمة اللبنانية بيروت") == []


# -- numbers: a thread's counter ----------------------------------------------------------------------

def test_thread_counter_is_no_number(nlp: Pipeline) -> None:
    doc = nlp("1/3 أعلنت وزارة الصحة ارتفاع عدد الشهداء إلى 230\n2/3 وأضافت أن 45 مصابا نقلوا إلى مستشفى الشفاء\n"
              "3/3 ودعت المنظمات الدولية إلى التدخل")
    assert [(n.text, n.value) for n in doc.numbers] == [("230", 230), ("45", 45)]
    doc = nlp("(1/3) أعلنت الوزارة ارتفاع العدد إلى 30")
    assert [(n.text, n.value) for n in doc.numbers] == [("30", 30)]
    doc = nlp("ودعت المنظمات الدولية إلى التدخل العاجل لإنقاذ 20 طفلا (2/3)")
    assert [(n.text, n.value) for n in doc.numbers] == [("20", 20)]


def test_fraction_at_a_lines_start_stays(nlp: Pipeline) -> None:
    assert [(n.text, n.kind) for n in nlp("1/3 من السكان يعانون الفقر").numbers] == [("1/3", "fraction")]
    assert [(n.text, n.kind) for n in nlp("٣/٤ الكأس").numbers] == [("٣/٤", "fraction")]
    assert [(n.text, n.kind) for n in nlp("حضر 1/3 الأعضاء الجلسة").numbers] == [("1/3", "fraction")]


# -- the other layers on posts -----------------------------------------------------------------------

def test_post_dates_with_and_without_reference(nlp: Pipeline) -> None:
    text = "RT @BBCArabic: وزير الخارجية الأمريكي أنتوني بلينكن يصل إلى القاهرة الأحد"
    assert [(d.text, d.value) for d in nlp(text, reference_date="2024-06-02").dates] == [("الأحد", "2024-06-02")]
    assert [d.text for d in nlp(text).dates] == ["الأحد"]
    assert [(e.text, e.label) for e in nlp(text).entities] == [("أنتوني بلينكن", "PER"), ("القاهرة", "LOC")]


def test_post_event_with_hashtag_place(nlp: Pipeline) -> None:
    doc = nlp("#غزة_تحت_القصف استشهاد 12 فلسطينيا في غارة على رفح", reference_date="2024-06-02")
    assert [(ev.text, ev.location["text"] if ev.location else None) for ev in doc.layers["events"]] == [("غارة", "رفح")]
    _spans_at_offsets(doc)


# -- headlines: a role before the speaker's name -----------------------------------------------------

def test_headline_speaker_is_a_name_after_its_role(nlp: Pipeline) -> None:
    assert claims(nlp, "الرئيس الفرنسي إيمانويل ماكرون: «لن نتخلى عن لبنان»") == [
        ("direct", "لن نتخلى عن لبنان", ":", "إيمانويل ماكرون", "person")]
    # ANT v1.1 headlines
    assert claims(nlp, "الشيخ احميدة العشي : فقدت منزلي بعد أن دنسه الارهابيون ولكن كل شيء يهون من أجل تونس")[0][3] == \
        "احميدة العشي"
    assert claims(nlp, 'النائب عماد اولاد جبريل : أزمة بيتروفاك "مفتعلة" والهدف منها نهب آثار قرقنة')[0][3] == \
        "عماد اولاد جبريل"


def test_headline_name_that_is_not_the_speaker(nlp: Pipeline) -> None:
    assert claims(nlp, "والد مارين لوبان : هذه أسباب هزيمة ابنتي") == []  # her father speaks
    assert claims(nlp, "مساعد سابق  لأسامة بن لادن : مقتل إرهابي تونسي في جبهة النصرة") == []
    # the role with its whole complement is the speaker (session 28), not the complement alone
    assert claims(nlp, "رئيس الهلال الأحمر: ينقصنا التراخيص للشروع في بناء المسكن لعائلة شط مريم") == [
        ("direct", "ينقصنا التراخيص للشروع في بناء المسكن لعائلة شط مريم", ":", "رئيس الهلال الأحمر", "person")]
