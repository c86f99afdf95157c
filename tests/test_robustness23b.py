"""Session 23b robustness: shapes of odd input that were quadratic, crashed a stream, or came out empty."""

import json
import re
from datetime import date

import pytest

import arabnews
from arabnews.cli import main
from arabnews.corpus import failed
from arabnews.document import Document
from arabnews.errors import InputError, InputTypeError
from arabnews.pipeline import Pipeline
from arabnews.text.tokenize import _FAST, Tokens


def spans_of(tokens):
    return [(t.start, t.end, t.kind) for t in tokens]


# -- the fast token pattern: a run of small simple tokens with no space ------------------------------------
# The ``complex`` test of the fast pattern read the rest of a chunk after each of its tokens: a chunk of
# 40,000 one-character tokens took 1.3 s, of 80,000 5 s (quadratic).  It is tested only where a chunk starts.

@pytest.mark.parametrize(("text", "n", "kinds"), [
    ("-" * 40_000, 40_000, {"punct"}),
    ("1/2/" * 10_000, 40_000, {"number", "punct"}),
    ("5," * 20_000, 40_000, {"number", "punct"}),
    ("1.2.3.4.5," * 4_000, 24_000, {"number", "punct"}),
])
def test_long_chunk_of_small_simple_tokens(text, n, kinds):
    assert sum(1 for _ in _FAST.finditer(text)) == n
    view = Pipeline([]).make_doc(text).view
    fast = Tokens.of(view)
    assert len(fast) == n
    assert {t.kind for t in fast[:8]} == kinds
    assert spans_of(fast[-6:]) == spans_of(Tokens.of(view, fast=False)[-6:])


@pytest.mark.parametrize(("text", "expected"), [
    # a chunk with a character the fast pattern does not read is still one complex chunk, read by _TOKEN
    ("قتل 5-6 a-b حلب", [("قتل", "word"), ("5", "number"), ("-", "punct"), ("6", "number"), ("a", "latin"),
                         ("-", "punct"), ("b", "latin"), ("حلب", "word")]),
    ("1/2/x", [("1", "number"), ("/", "punct"), ("2", "number"), ("/", "punct"), ("x", "latin")]),
    ("-- @حلب", [("-", "punct"), ("-", "punct"), ("@حلب", "mention")]),
    ("بحلب،#سوريا", [("بحلب", "word"), ("،", "punct"), ("#سوريا", "hashtag")]),
])
def test_complex_chunks_are_still_found_at_their_start(text, expected):
    doc = Pipeline([])(text)
    assert [(t.text, t.kind) for t in doc.tokens] == expected
    assert spans_of(doc.tokens) == spans_of(Tokens.of(doc.view, fast=False))


# -- analyze_many and the CLI: a bad record is named and never stops the others ----------------------------

TEXTS = ["قتل 7 أشخاص في حلب أمس", "وصل الرئيس إلى تونس أمس", "انفجار في بنزرت اليوم"]


def test_analyze_many_keeps_a_record_with_a_bad_reference_date():
    # it raised InputError from inside the error handler, which ended the stream at that record
    docs = list(arabnews.analyze_many(TEXTS, reference_dates=["2017-06-01", "2017-13-45", 5], progress=False))
    assert [d.text for d in docs] == TEXTS
    assert [d.reference_date for d in docs] == [date(2017, 6, 1),
                                                 None, None]
    assert docs[0].errors == [] and not failed(docs[0])
    assert failed(docs[1]) and failed(docs[2])
    assert docs[1].errors[0]["type"] == "InputError"
    assert docs[1].errors[0]["message"] == "reference_date must be an ISO date YYYY-MM-DD, got '2017-13-45'"
    assert docs[2].errors[0]["type"] == "InputTypeError"
    assert [d.text for d in docs[0].dates] == ["أمس"]
    assert docs[0].dates[0].value == "2017-05-31"


def test_analyze_many_skips_or_fails_on_a_bad_reference_date():
    rejected = []
    docs = list(arabnews.analyze_many(TEXTS, reference_dates=[None, "garbage", None], progress=False,
                                      on_error="skip", rejects=rejected.append))
    assert [d.text for d in docs] == [TEXTS[0], TEXTS[2]]
    assert [d.text for d in rejected] == [TEXTS[1]]
    with pytest.raises(InputError, match="reference_date must be an ISO date"):
        list(arabnews.analyze_many(TEXTS, reference_dates=[None, "garbage", None], progress=False,
                                   on_error="fail"))


@pytest.mark.parametrize(("items", "message"), [
    (["حلب", (None, {"id": 2})], r"texts\[1\] is a pair whose text is no str but NoneType"),
    (["حلب", "تونس", (b"x", {})], r"texts\[2\] is a pair whose text is no str but bytes"),
    (["حلب", {"text": "تونس"}], r"texts\[1\] must be a str or a \(text, metadata dict\) pair, not dict"),
    ([None], r"texts\[0\] must be a str .* not NoneType"),
])
def test_analyze_many_names_the_bad_item(items, message):
    with pytest.raises(InputTypeError, match=message):
        list(arabnews.analyze_many(items, progress=False, on_error="fail"))
    # kept (the default): the bad item is an empty Document with the error, in its place; the others are analysed
    docs = list(arabnews.analyze_many(items, progress=False))
    bad = [i for i, d in enumerate(docs) if d.errors]
    assert len(docs) == len(items) and len(bad) == 1
    assert docs[bad[0]].text == "" and docs[bad[0]].errors[0]["type"] == "InputTypeError"
    assert re.search(message, docs[bad[0]].errors[0]["message"])
    assert all(d.text == t for d, t in zip(docs, items, strict=True) if isinstance(t, str))


def test_a_bad_item_is_skipped_alone_and_passed_to_rejects():
    rejected: list = []
    docs = list(arabnews.analyze_many(["قتل 7 أشخاص", 5, "في حلب 3 جرحى"], progress=False, on_error="skip",
                                      rejects=rejected.append))
    assert [d.text for d in docs] == ["قتل 7 أشخاص", "في حلب 3 جرحى"]
    assert [n.value for n in docs[1].layers["numbers"]] == [3]
    assert [r.errors[0]["message"] for r in rejected] == [
        "texts[1] must be a str or a (text, metadata dict) pair, not int"]


def test_cli_rejects_a_jsonl_record_with_a_bad_reference_date_and_goes_on(tmp_path, capsys):
    records = [{"id": 1, "text": TEXTS[0], "reference_date": "2017-06-01"},
               {"id": 2, "text": TEXTS[1], "reference_date": "2017-02-30"},
               None, {"id": 4}, {"id": 5, "text": 7},
               {"id": 6, "text": TEXTS[2], "reference_date": 20170601},
               {"id": 7, "text": TEXTS[2]}]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    code = main(["analyze", "--format", "jsonl", "--no-progress", str(path)])
    out, err = capsys.readouterr()
    assert code == 1
    docs = [json.loads(line) for line in out.splitlines()]
    assert [d["meta"]["id"] for d in docs] == [1, 7]
    assert docs[0]["reference_date"] == "2017-06-01"
    assert f"{path}:2: reference_date must be an ISO date YYYY-MM-DD, got '2017-02-30' (rejected)" in err
    assert f"{path}:6: reference_date must be a date, datetime or 'YYYY-MM-DD' string, not int (rejected)" in err
    assert re.findall(rf"{re.escape(str(path))}:(\d+): .* \(rejected\)", err) == ["2", "3", "4", "5", "6"]


def test_from_dict_names_a_bad_reference_date():
    with pytest.raises(InputError, match="reference_date must be 'YYYY-MM-DD', got 'zz'"):
        Document.from_dict({"text": "حلب", "reference_date": "zz"})
    assert Document.from_dict({"text": "حلب", "reference_date": "2017-06-01"}).reference_date.isoformat() == \
        "2017-06-01"


# -- HTML nested deeper than lxml's default limit -----------------------------------------------------------

PARAGRAPH = ("<p>قتل سبعة أشخاص في هجوم على مدينة حلب أمس، وقالت وزارة الداخلية إن المهاجمين فروا إلى جهة "
             "مجهولة بعد الهجوم.</p>") * 3


def page(depth):
    return "<html><body>" + "<div>" * depth + PARAGRAPH + "</div>" * depth + "</body></html>"


def test_html_nested_300_deep_keeps_its_text():
    pytest.importorskip("trafilatura", reason="html extra not installed")
    shallow = arabnews.analyze_html(page(5), reference_date="2017-06-01")
    deep = arabnews.analyze_html(page(300), reference_date="2017-06-01")  # lxml's default parser stops at 256
    assert deep.text == shallow.text
    assert deep.text.startswith("قتل سبعة أشخاص في هجوم على مدينة حلب أمس")
    assert [(e.text, e.label) for e in deep.entities][:2] == [("حلب", "LOC"), ("وزارة الداخلية", "ORG")]


def test_html_nested_beyond_the_limit_is_an_empty_document():
    pytest.importorskip("trafilatura", reason="html extra not installed")
    doc = arabnews.analyze_html(page(3000))  # too deep to read again: empty, not slow, no crash
    assert doc.text == "" and doc.entities == []


# -- odd characters: offsets hold and the article is still read -----------------------------------------------

@pytest.mark.parametrize(("text", "city"), [
    ("قتل\x00 7 أشخاص\x1b في حلب\x7f أمس", "حلب"),
    ("\u202bقتل \u200f7\u200e أشخاص \u2066في\u2069 حلب\u202c \u061c أمس", "حلب"),
    ("\ufeffقتل 7 أشخاص\u2028 في حلب\u2029 أمس\r\n", "حلب"),
    ("قتل 7 أشخاص 👨\u200d👩\u200d👧 في حلب 🇸🇾 أمس \ud800", "حلب"),
])
def test_control_bidi_and_emoji_keep_offsets(nlp, text, city):
    doc = nlp(text, reference_date="2017-06-01")
    start = text.index(city)
    assert [(e.start, e.end, e.text, e.label) for e in doc.entities] == [(start, start + 3, city, "LOC")]
    assert [(d.text, d.value) for d in doc.dates] == [("أمس", "2017-05-31")]
    for _, span in doc.spans():
        assert text[span.start:span.end] == span.text
    again = Document.from_dict(json.loads(json.dumps(doc.to_dict(), ensure_ascii=False)))
    assert again.to_dict() == doc.to_dict()
