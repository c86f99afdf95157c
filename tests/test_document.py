"""Document, Pipeline and the public API: shape of to_dict, offsets, bad input, editing stages."""

import datetime as dt
import json

import pytest

import arabnews
from arabnews import Document, EntitySpan, GroupSpan, NumberSpan, Pipeline

CONTRACT = {
    "text", "reference_date", "article", "sentences", "tokens", "entities", "dates", "numbers", "groups",
}
LAYER_FIELDS = {
    "entities": {"start", "end", "text", "label"},
    "dates": {"start", "end", "text", "type", "value"},
    "numbers": {"start", "end", "text", "kind", "value"},
    "groups": {"start", "end", "text", "id", "name", "kind"},
}


def assert_offsets(data):
    text = data["text"]
    for s in data["sentences"]:
        assert 0 <= s["start"] <= s["end"] <= len(text)
    for layer in ("tokens", *LAYER_FIELDS):
        for span in data[layer]:
            assert text[span["start"]:span["end"]] == span["text"], (layer, span)


def test_seed_to_dict_shape_and_offsets(seed_text):
    doc = arabnews.analyze(seed_text, reference_date="2020-06-02")
    data = json.loads(doc.to_json())
    assert CONTRACT <= set(data)
    assert data["reference_date"] == "2020-06-02"
    assert data["text"] == seed_text
    for tok in data["tokens"]:
        assert set(tok) == {"start", "end", "text", "norm", "kind"}
    for layer, fields in LAYER_FIELDS.items():
        for span in data[layer]:
            assert fields <= set(span), (layer, span)
    assert_offsets(data)
    surfaces = [t["text"] for t in data["tokens"]]
    assert surfaces.count("الـ") == 1 and "BRxlYSrAP5s" in surfaces


def test_seed_tokens_and_sentences(seed_text):
    doc = Document(seed_text)
    assert len(doc.tokens) == 551
    first = doc.sentences[0]
    assert seed_text[first.start:first.end] == "ميليشيا لواء القدس تنتشل جثث عشرات من مقاتليها في مدينة حلب"
    clitic = next(t for t in doc.tokens if t.kind == "clitic")
    assert (clitic.text, clitic.norm, seed_text[clitic.end + 1:clitic.end + 3]) == ("الـ", "ال", "46")


@pytest.mark.parametrize("bad", [None, b"\xd8\xad\xd9\x84\xd8\xa8", 42, ["حلب"]])
def test_non_str_is_type_error(bad):
    with pytest.raises(TypeError, match="text must be str"):
        arabnews.analyze(bad)


def test_bytes_error_says_how_to_fix():
    with pytest.raises(TypeError, match="decode"):
        arabnews.analyze(b"abc")


@pytest.mark.parametrize("blank", ["", "   ", "\n\n\t", "\u200f\u200b"])
def test_blank_text_gives_empty_document(blank):
    doc = arabnews.analyze(blank)
    assert doc.text == blank
    assert (doc.entities, doc.dates, doc.numbers, doc.groups) == ([], [], [], [])
    assert doc.tokens == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2020-06-02", dt.date(2020, 6, 2)), (dt.date(2019, 1, 5), dt.date(2019, 1, 5)),
     (dt.datetime(2021, 3, 4, 12, 0), dt.date(2021, 3, 4)), (None, None)],
)
def test_reference_date_forms(value, expected):
    assert arabnews.analyze("حلب", reference_date=value).reference_date == expected


def test_reference_date_errors_name_the_argument():
    with pytest.raises(ValueError, match="reference_date"):
        arabnews.analyze("حلب", reference_date="02/06/2020")
    with pytest.raises(TypeError, match="reference_date"):
        arabnews.analyze("حلب", reference_date=20200602)


def test_unknown_option_is_rejected():
    with pytest.raises(TypeError, match="unknown option"):
        arabnews.analyze("حلب", no_such_option=1)


def test_normalization_options_reach_the_view():
    doc = arabnews.analyze("مدينة حماة", ta_marbuta=True)
    assert doc.norm == "مدينه حماه"
    assert [t.norm for t in doc.tokens] == ["مدينه", "حماه"]


def test_pipeline_add_remove_replace():
    calls = []

    def mark(name):
        def stage(doc):
            calls.append(name)
            return doc
        return stage

    nlp = Pipeline([])
    nlp.add("b", mark("b"))
    nlp.add("a", mark("a"), first=True)
    nlp.add("c", mark("c"), after="a")
    assert nlp.names == ["a", "c", "b"]
    nlp.replace("c", mark("C"))
    removed = nlp.remove("b")
    assert callable(removed) and nlp.names == ["a", "c"]
    nlp("نص")
    assert calls == ["a", "C"]
    with pytest.raises(ValueError, match="exists already"):
        nlp.add("a", mark("x"))
    with pytest.raises(KeyError, match="no stage named"):
        nlp.remove("zzz")
    with pytest.raises(ValueError, match="unknown stage"):
        Pipeline(["no-such-stage"])


def test_stage_must_return_document():
    nlp = Pipeline([]).add("bad", lambda doc: None)
    with pytest.raises(TypeError, match="returned NoneType"):
        nlp("حلب")


def test_default_pipeline_is_cached():
    assert arabnews.default_pipeline() is arabnews.default_pipeline()
    assert "article" not in Pipeline([]).names


def test_user_stage_writes_a_layer_with_original_offsets():
    def find_hamas(doc):
        i = doc.folded.find("حماس")
        if i >= 0:
            s, e = doc.to_original(i, i + 4)
            doc.groups.append(GroupSpan(s, e, doc.text[s:e], "hamas", "Hamas", "party"))
        return doc

    doc = Pipeline([]).add("hamas", find_hamas)("قالت حَمَاس إن")
    assert doc.groups[0].text == "حَمَاس"
    assert doc.to_dict()["groups"][0] == {
        "start": 5, "end": 11, "text": "حَمَاس", "part": "body", "id": "hamas", "name": "Hamas",
        "kind": "party", "source": "registry",
    }


def test_round_trip_through_dict():
    doc = Pipeline([])("قتل 7 أشخاص", reference_date="2020-01-02")
    doc.numbers.append(NumberSpan(4, 5, "7", "cardinal", 7, unit="person", attrs={"unit_text": "أشخاص"}))
    again = Document.from_dict(json.loads(doc.to_json()))
    assert again.to_dict() == doc.to_dict()
    assert again.numbers[0].attrs == {"unit_text": "أشخاص"}


def test_json_with_lone_surrogate_still_encodes():
    doc = arabnews.analyze("حلب \ud800 دمشق")
    encoded = doc.to_json().encode("utf-8")
    assert json.loads(encoded)["text"] == "حلب \ud800 دمشق"


@pytest.mark.parametrize("kwargs", [{}, {"ensure_ascii": True}, {"indent": 2}, {"sort_keys": True}])
def test_json_is_json_dumps_of_the_dict(kwargs):
    # to_json writes the long lists a chunk at a time: the text is json.dumps's, whatever the size (more
    # tokens than a chunk, an empty layer, an entity beside a lone surrogate) and the arguments
    text = "قتل 7 أشخاص في حلب يوم 3 أيار 2016. " * 500 + "\ud800"
    doc = Pipeline(["numbers", "dates"])(text, reference_date="2020-01-02")
    start = text.index("حلب")
    doc.entities.append(EntitySpan(start, start + 3, "حلب", "LOC"))
    assert len(doc.tokens) > 4096 and doc.numbers and not doc.groups
    expected = json.dumps(doc.to_dict(), **{"ensure_ascii": False, **kwargs})
    if "\ud800" in expected:
        expected = json.dumps(doc.to_dict(), **{**kwargs, "ensure_ascii": True})
    assert doc.to_json(**kwargs) == expected
    assert json.loads(doc.to_json())["text"] == text


def test_large_text_is_analysed():
    text = ("قتل 7 أشخاص في حلب يوم 3 أيار 2016. " * 3000)
    doc = Pipeline([])(text)
    assert len(doc.tokens) == 3000 * 10
