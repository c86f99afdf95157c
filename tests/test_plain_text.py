"""Plain text is body: a word, a number, a sentence, a headline, a tweet or a two-line snippet shows no
page structure, so no furniture rule applies and every stage sees all of it."""

from __future__ import annotations

import pytest

import arabnews

REF = "2020-06-02"


@pytest.mark.parametrize(("text", "numbers"), [
    ("٣٥٠", [("٣٥٠", 350)]),
    ("4", [("4", 4)]),
    ("1,245", [("1,245", 1245)]),
    ("خمسون", [("خمسون", 50)]),
    ("التعليقات (1)", [("1", 1)]),          # a comments heading when it heads a page's comments
    ("الأكثر قراءة 5", [("5", 5)]),
    ("اقرأ أيضاً: مقتل 12 شخصا في حلب", [("12", 12)]),
    ("شارك 300 مرة", [("300", 300)]),
])
def test_single_line_is_body_and_numbers_are_found(text, numbers):
    doc = arabnews.analyze(text, reference_date=REF)
    assert [(r.start, r.end, r.part) for r in doc.regions] == [(0, len(text), "body")]
    assert doc.article.boilerplate == [] and doc.article.title is None
    assert [(n.text, n.value) for n in doc.numbers] == numbers


def test_one_sentence_every_stage_sees_it():
    text = "أعلن لواء القدس الخميس مقتل 7 من عناصره في حلب"
    doc = arabnews.analyze(text, reference_date=REF)
    assert [p.text for p in doc.article.body] == [text]
    assert [(g.text, g.id) for g in doc.groups] == [("لواء القدس", "liwa-al-quds")]
    assert [(n.text, n.value) for n in doc.numbers] == [("7", 7)]
    assert [(e.text, e.label) for e in doc.entities] == [("لواء القدس", "ORG"), ("حلب", "LOC")]
    assert [d.text for d in doc.dates] == ["الخميس"]


def test_headline_and_tweet_are_body():
    headline = "عاجل | مقتل 5 أشخاص بقصف على إدلب"
    doc = arabnews.analyze(headline, reference_date=REF)
    assert [r.part for r in doc.regions] == ["body"] and doc.article.boilerplate == []
    assert [(n.text, n.value) for n in doc.numbers] == [("5", 5)]
    tweet = "#عاجل مقتل 3 مدنيين بقصف على #إدلب 👇 https://t.co/abc123"
    doc = arabnews.analyze(tweet, reference_date=REF)
    assert [p.text for p in doc.article.body] == [tweet]
    assert [(n.text, n.value) for n in doc.numbers] == [("3", 3)]


def test_two_lines_without_page_structure_are_both_body():
    text = "سعر الدولار 15 ألف ليرة\nوالذهب 300 ألف"
    doc = arabnews.analyze(text, reference_date=REF)
    assert [(p.text, r.part) for p, r in zip(doc.article.body, doc.regions, strict=True)] == [
        ("سعر الدولار 15 ألف ليرة", "body"), ("والذهب 300 ألف", "body")]
    assert doc.article.title is None
    assert [n.value for n in doc.numbers] == [15000, 300000]


@pytest.mark.parametrize("text", ["الأكثر قراءة", "التعليقات", "اقرأ أيضاً", "شارك", "123"])
def test_a_furniture_phrase_alone_is_text(text):
    doc = arabnews.analyze(text)
    assert [p.text for p in doc.article.body] == [text]


def test_page_evidence_still_finds_furniture():
    page = "عنوان الخبر\n\nنص الخبر الأول.\n\nالأكثر قراءة\n\nخبر آخر"
    doc = arabnews.analyze(page)
    assert doc.article.title.text == "عنوان الخبر"
    assert [b.rule for b in doc.article.boilerplate] == ["section_heading", "link_list"]
    repeated = "مقتل 5 أشخاص في حلب\nمقتل 5 أشخاص في حلب\nقُتل خمسة أشخاص."
    art = arabnews.analyze(repeated).article
    assert art.title.text == "مقتل 5 أشخاص في حلب" and [b.rule for b in art.boilerplate] == ["title_repeat"]
