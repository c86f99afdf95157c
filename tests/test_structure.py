"""Structure: stage contracts, the open Document (a user's layer in every export), tokenization as a
replaceable first step, round-trips of to_dict/from_dict, and the error hierarchy."""

from __future__ import annotations

import io
import json
import sys
from contextlib import redirect_stdout
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import arabnews
from arabnews import Document, Pipeline, PipelineError, Token
from arabnews.cli import main as cli_main
from arabnews.errors import ArabnewsError, InputError, MissingModelError, error_record
from arabnews.export import read_jsonl, to_conll, write_jsonl
from arabnews.pipeline import BUILTIN_STAGES, DEFAULT_STAGES, tokenize_stage

sys.path.insert(0, str(Path(__file__).parent))
import speakers_stage

SPEAKERS_CODE = Path(speakers_stage.__file__)
TEXT = "وقال أحمد إن 7 أشخاص قتلوا في حلب أمس. وأكد سامر ذلك."


@pytest.fixture(scope="module")
def speakers_doc() -> Document:
    nlp = Pipeline(["article", "numbers", "dates", "speakers"])
    return nlp(TEXT, reference_date="2020-06-02")


# -- a user's stage and layer -------------------------------------------------------------------
def test_user_stage_adds_its_layer(speakers_doc):
    spans = speakers_doc.layers["speakers"]
    assert [(s.text, s.verb, s.start, s.end) for s in spans] == [("أحمد", "وقال", 5, 9), ("سامر", "واكد", 44, 48)]
    assert all(TEXT[s.start:s.end] == s.text for s in spans)
    assert speakers_doc.layer("speakers") is spans


def test_user_layer_in_json_after_builtin_layers(speakers_doc):
    data = json.loads(speakers_doc.to_json())
    keys = list(data)
    assert keys.index("groups") < keys.index("speakers") < keys.index("meta")
    assert data["speakers"][0] == {"start": 5, "end": 9, "text": "أحمد", "part": "body", "verb": "وقال"}
    assert data["layers"] == ["entities", "dates", "numbers", "groups", "speakers"]


def test_user_layer_round_trips_through_jsonl(speakers_doc):
    buf = io.StringIO()
    assert write_jsonl([speakers_doc], buf) == 1
    back = next(read_jsonl(io.StringIO(buf.getvalue())))
    assert isinstance(back.layers["speakers"][0], speakers_stage.SpeakerSpan)
    assert back.layers["speakers"] == speakers_doc.layers["speakers"]
    assert back.to_dict() == speakers_doc.to_dict()


def test_unregistered_layer_reads_back_as_plain_spans(speakers_doc):
    data = speakers_doc.to_dict()
    data["cues"] = [{"start": 0, "end": 4, "text": "وقال", "part": "body", "kind": "cue"}]
    data["layers"].append("cues")
    back = Document.from_dict(data)
    assert back.layers["cues"][0].attrs == {"kind": "cue"}
    assert back.to_dict()["cues"] == data["cues"]


def test_user_layer_in_frame(speakers_doc):
    pytest.importorskip("pandas")
    frame = speakers_doc.to_frame("speakers")
    assert list(frame["text"]) == ["أحمد", "سامر"]
    assert list(frame["verb"]) == ["وقال", "واكد"]
    assert {"doc_id", "layer", "start", "end", "part"} <= set(frame.columns)


def test_user_layer_in_html_and_conll(speakers_doc):
    html = arabnews.render(speakers_doc)
    assert '<mark class="an-speakers" data-layer="speakers" title="speakers: أحمد"' in html
    assert '<span style="background:#e0c8ff">speakers</span>' in html
    assert '>أحمد</mark>' in html
    conll = to_conll(speakers_doc, "speakers")
    assert "أحمد\tB-SPEAKER" in conll.splitlines()
    assert "سامر\tB-SPEAKER" in conll.splitlines()


def test_user_layer_in_cli_csv(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    out = io.StringIO()
    with redirect_stdout(out):
        status = cli_main(["analyze", "--format", "csv", "--code", str(SPEAKERS_CODE), "--stages",
                           "numbers,speakers", "--no-progress", "--quiet", str(article)])
    assert status == 0
    rows = [line.split(",") for line in out.getvalue().splitlines()]
    speakers = [r for r in rows if r[2] == "speakers"]
    assert [r[5] for r in speakers] == ["أحمد", "سامر"]
    assert any(r[2] == "numbers" and r[5] == "7" for r in rows)


# -- contracts ----------------------------------------------------------------------------------
def test_order_errors_name_the_missing_stage():
    with pytest.raises(PipelineError, match=r"^entities requires groups, which is not before it; "
                                            r"add the 'groups' stage before 'entities'$"):
        Pipeline(["entities", "groups"])
    with pytest.raises(PipelineError, match=r"^dates requires numbers, which is not before it; "
                                            r"add the 'numbers' stage before 'dates'$"):
        Pipeline(["dates"])
    with pytest.raises(PipelineError, match="entities requires dates"):
        Pipeline(["numbers", "groups", "entities"])
    assert Pipeline(["numbers", "dates", "groups", "entities"]).names == ["numbers", "dates", "groups", "entities"]


def test_pipeline_errors_are_value_errors_and_arabnews_errors():
    with pytest.raises(ValueError):
        Pipeline(["dates"])
    with pytest.raises(ArabnewsError):
        Pipeline(["no-such-stage"])


def test_editing_keeps_the_contracts():
    nlp = Pipeline()
    with pytest.raises(PipelineError, match="dates requires numbers"):
        nlp.remove("numbers")
    assert nlp.names == list(DEFAULT_STAGES)  # unchanged after the refusal
    for later in DEFAULT_STAGES[DEFAULT_STAGES.index("entities") + 1:][::-1]:  # stages that read entities
        nlp.remove(later)
    nlp.remove("entities")
    nlp.remove("dates")
    assert nlp.remove("numbers") is not None
    with pytest.raises(PipelineError, match="speakers2 requires numbers"):
        nlp.add("speakers2", lambda doc: doc, first=True, requires=("numbers",))
    assert "speakers2" not in nlp
    nlp.add("count", lambda doc: doc, after="groups", requires=("groups",), assigns=("counts",))
    assert nlp.contract("count") == (("groups",), ("counts",))


def test_stage_declares_its_contract_through_attributes():
    def uses_entities(doc):
        return doc

    uses_entities.requires = ("entities",)
    with pytest.raises(PipelineError, match="uses_entities requires entities, which is not before it; add the "
                                            "'entities' stage before 'uses_entities'"):
        Pipeline(["numbers"]).add("uses_entities", uses_entities)
    nlp = Pipeline().add("uses_entities", uses_entities)
    assert nlp.names[-1] == "uses_entities"


def test_stage_info_and_options():
    info = arabnews.stage_info("dates")
    assert info.requires == ("tokens", "numbers") and "dates" in info.assigns
    assert "furniture" in arabnews.stage_info("article").default_config
    assert arabnews.stage_info("speakers").assigns == ("speakers",)


def test_missing_builtin_module_is_an_error_not_a_silent_drop(monkeypatch):
    monkeypatch.setitem(BUILTIN_STAGES, "ghost", "arabnews.no_such_module:make_stage")
    with pytest.raises(MissingModelError, match=r"'ghost' cannot be used: its module arabnews\.no_such_module"):
        Pipeline(["ghost"])
    with pytest.raises(ImportError):  # MissingModelError is an ImportError for older except clauses
        Pipeline(["ghost"])


def test_failing_stage_is_named_and_keeps_its_type():
    def broken(doc):
        raise KeyError("no such lexicon")

    nlp = Pipeline([]).add("broken", broken)
    with pytest.raises(KeyError) as info:
        nlp("قتل 7 أشخاص")
    assert info.value.arabnews_stage == "broken"
    assert "in arabnews stage 'broken'" in info.value.__notes__
    docs = list(arabnews.analyze_many(["قتل 7 أشخاص"], pipeline=nlp, progress=False))
    record = docs[0].errors[0]
    assert (record["where"], record["stage"], record["type"]) == ("analyze_many", "broken", "KeyError")
    assert record["message"] == "'no such lexicon'"


# -- tokenization as a stage --------------------------------------------------------------------
def test_tokenizer_is_the_first_replaceable_step():
    def whitespace_tokenizer(doc):
        pos, tokens = 0, []
        for word in doc.text.split():
            start = doc.text.index(word, pos)
            pos = start + len(word)
            tokens.append(Token(start, pos, word, word, "word"))
        doc.tokens = tokens
        doc.sentences = []
        return doc

    nlp = Pipeline(["numbers"], tokenizer=whitespace_tokenizer)
    doc = nlp("قتل 7، أشخاص")
    assert [t.text for t in doc.tokens] == ["قتل", "7،", "أشخاص"]
    assert Pipeline([]).tokenizer is tokenize_stage
    assert [t.text for t in Pipeline([])("قتل 7، أشخاص").tokens] == ["قتل", "7", "،", "أشخاص"]


# -- round trips ----------------------------------------------------------------------------------
SAMPLES = [
    "قُتل 7 أشخاص في حلب أمس، وأصيب ١٥ آخرون.",
    "عنوان الخبر\n\nوكان فصيل «لواء الفجر» التابع لفصائل المعارضة أعلن في أيار عام 2016.\n\n"
    "التعليقات (1)\nأحمد\nمنذ 3 سنوات\nكلام",
    "أَحْمَدُ إلى الـقُدْسِ ١٥٠ مدرسة ـــ القاهرة",
]
OPTIONS = st.fixed_dictionaries({}, optional={k: st.booleans() for k in
                                              ("diacritics", "alef", "ta_marbuta", "digits", "tatweel")})


@settings(max_examples=40)
@given(text=st.sampled_from(SAMPLES), options=OPTIONS,
       parts=st.sampled_from([("title", "body", "comment"), ("body",), ("title", "comment")]))
def test_from_dict_round_trips_everything(text, options, parts):
    doc = arabnews.analyze(text, reference_date="2020-06-02", parts=parts, **options)
    data = doc.to_dict()
    back = Document.from_dict(json.loads(json.dumps(data)))
    assert back.to_dict() == data
    assert back.view.options == doc.view.options and back.norm == doc.norm
    assert back.parts == tuple(parts) and back.regions == doc.regions
    assert back.tokens == doc.tokens
    assert (back.article is None) == (doc.article is None)
    if doc.article is not None:
        assert back.article == doc.article


def test_reads_schema_1_json(seed_text):
    doc = arabnews.analyze(seed_text, reference_date="2020-06-02")
    old = doc.to_dict()
    for key in ("layers", "normalization", "parts", "regions"):
        del old[key]
    old["schema_version"] = 1
    back = Document.from_dict(old)
    assert [g.id for g in back.groups] == [g.id for g in doc.groups]
    assert back.dates == doc.dates and back.entities == doc.entities
    assert back.tokens == doc.tokens  # recomputed with the default options, as schema 1 wrote them
    assert back.regions == doc.regions  # rebuilt from the article
    assert back.article.title.text == doc.article.title.text


def test_from_dict_rejects_what_is_not_a_document():
    with pytest.raises(InputError, match="'text' string"):
        Document.from_dict({"tokens": []})
    with pytest.raises(ValueError, match="line 1 is not an arabnews document"):
        list(read_jsonl(io.StringIO('{"text": 5}\n')))


def test_article_is_typed():
    from arabnews.article.model import Article

    doc = arabnews.analyze("عنوان\n\nنص الخبر الأول.")
    assert isinstance(doc.article, Article)
    assert Document("نص").article is None


def test_error_record_shape():
    record = error_record("numbers", ValueError("bad"), stage="numbers", line=3)
    assert record == {"where": "numbers", "type": "ValueError", "message": "bad", "stage": "numbers", "line": 3}


def test_every_layer_of_the_pipeline_is_there_even_when_no_stage_ran():
    empty = arabnews.analyze("")
    assert list(empty.layers) == ["entities", "dates", "numbers", "groups", "relations", "quotes", "events"]
    assert all(spans == [] for spans in empty.layers.values())
    assert list(arabnews.analyze("قتل 7 أشخاص").to_dict()["layers"]) == list(empty.layers)

    def broken(doc):
        raise ValueError("boom")

    nlp = Pipeline(["numbers"]).add("broken", broken, assigns=("speakers",))
    doc = next(arabnews.analyze_many(["قتل 7 أشخاص"], pipeline=nlp, progress=False))
    assert doc.errors[0]["stage"] == "broken" and doc.layers["speakers"] == []


def test_schema_1_hijri_dates_read_with_a_gregorian_value():
    old = {"text": "في 15 رجب 1445 هـ", "reference_date": None, "article": {}, "sentences": [], "tokens": [],
           "entities": [], "numbers": [], "groups": [], "meta": {}, "errors": [], "schema_version": 1,
           "dates": [{"start": 3, "end": 17, "text": "15 رجب 1445 هـ", "part": "body", "type": "DATE",
                      "value": "1445-07-15", "calendar": "hijri", "resolved": True, "mod": None,
                      "gregorian": "2024-01-27"}]}
    date = Document.from_dict(old).dates[0]
    assert (date.value, date.attrs["hijri"], date.calendar) == ("2024-01-27", "1445-07-15", "hijri")
    new = arabnews.analyze("في 15 رجب 1445 هـ").to_dict()
    assert new["schema_version"] == 2
    assert (new["dates"][0]["value"], new["dates"][0]["hijri"]) == ("2024-01-27", "1445-07-15")
    assert Document.from_dict(new).dates[0].value == "2024-01-27"  # schema 2 is read as it is
