"""analyze_many, exports (JSONL, CoNLL, DataFrame), the HTML view, and concurrent use."""

import datetime as dt
import gc
import io
import random
from concurrent.futures import ThreadPoolExecutor

import pytest

import arabnews
from arabnews import Pipeline


def corpus(seed_text, n):
    paragraphs = [p for p in seed_text.split("\n") if len(p.strip()) > 20]
    rng = random.Random(7)
    return [("\n".join(rng.sample(paragraphs, 3)), {"id": i}) for i in range(n)]


def test_parallel_equals_sequential(seed_text):
    docs = corpus(seed_text, 1000)
    one = [d.to_dict() for d in arabnews.analyze_many(docs, n_process=1, progress=False)]
    two = [d.to_dict() for d in arabnews.analyze_many(docs, n_process=2, batch_size=50, progress=False)]
    assert len(one) == len(two) == 1000
    assert one == two
    assert [d["meta"]["id"] for d in two] == list(range(1000))


def test_parallel_run_gives_this_process_its_objects_back_to_the_collector():
    # the parent's objects are frozen only while the workers fork (see corpus._parallel)
    before = gc.get_freeze_count()
    docs = list(arabnews.analyze_many(["قتل 7 أشخاص في حلب", "دمشق"], n_process=2, progress=False))
    assert [d.text for d in docs] == ["قتل 7 أشخاص في حلب", "دمشق"]
    assert gc.get_freeze_count() == before


def test_reference_dates_and_metadata_follow_each_text():
    docs = list(arabnews.analyze_many([("حلب", {"src": "a"}), "دمشق"], progress=False,
                                      reference_dates=["2020-01-01", None]))
    assert docs[0].meta == {"src": "a"} and str(docs[0].reference_date) == "2020-01-01"
    assert docs[1].reference_date is None


@pytest.mark.parametrize("n_process", [1, 2])
def test_one_reference_date_for_all_and_the_per_article_one_wins(n_process):
    texts = ["قتل 3 أشخاص في حلب أمس", "وصل الوفد إلى دمشق أمس", "قال الوزير"]
    docs = list(arabnews.analyze_many(texts, n_process=n_process, progress=False, reference_date="2017-06-01",
                                      reference_dates=[None, dt.date(2020, 1, 1)]))
    assert [str(d.reference_date) for d in docs] == ["2017-06-01", "2020-01-01", "2017-06-01"]
    assert [d.layers["dates"][0].value for d in docs[:2]] == ["2017-05-31", "2019-12-31"]


def test_a_bad_reference_date_for_all_is_named_once():
    with pytest.raises(arabnews.InputError, match="reference_date must be an ISO date"):
        arabnews.analyze_many(["حلب"], reference_date="31/05/2017")


def test_a_failing_user_stage_is_recorded_and_the_run_goes_on():
    def fragile(doc):
        if "قنبلة" in doc.text:
            raise RuntimeError("boom in user stage")
        return doc

    nlp = Pipeline([]).add("fragile", fragile)
    texts = ["حلب", "قنبلة", "دمشق"]
    docs = list(arabnews.analyze_many(texts, pipeline=nlp, progress=False))
    assert [d.text for d in docs] == texts
    assert docs[0].errors == [] and docs[2].errors == []
    assert docs[1].errors[0]["type"] == "RuntimeError" and "boom" in docs[1].errors[0]["message"]
    assert [t.text for t in docs[1].tokens] == ["قنبلة"]
    with pytest.raises(RuntimeError, match="boom"):
        list(arabnews.analyze_many(texts, pipeline=nlp, keep_going=False, progress=False))


def test_a_batch_runs_stage_by_stage_and_gives_what_each_call_gives(seed_text):
    calls = []

    def first(doc):
        calls.append(("first", doc.text[:4]))
        return doc

    def second(doc):
        calls.append(("second", doc.text[:4]))
        if "قنبلة" in doc.text:
            raise RuntimeError("boom in the second stage")
        return doc

    nlp = Pipeline(["numbers", "dates"]).add("first", first).add("second", second)
    long = "قتل 7 أشخاص في حلب. " * (arabnews.corpus.STAGE_MAJOR_CHARS // 20 + 1)  # runs alone
    texts = ["حلب أمس", "قنبلة في دمشق", "  ", long, "دمشق 3 جرحى", seed_text]
    docs = list(arabnews.analyze_many(texts, pipeline=nlp, reference_dates=["2020-06-02"] * 6, progress=False))
    # the same Documents as one call each (the failed one: its text layer and the error)
    for text, doc in zip(texts, docs, strict=True):
        if "قنبلة" in text:
            assert doc.errors[0]["stage"] == "second" and doc.numbers == [] and doc.dates == []
        else:
            assert doc.to_dict() == nlp(text, reference_date="2020-06-02").to_dict()
    calls.clear()
    list(arabnews.analyze_many(texts, pipeline=nlp, progress=False))
    # the two short texts before the long one go stage by stage; the blank text runs no stage
    assert calls[:4] == [("first", "حلب "), ("first", "قنبل"), ("second", "حلب "), ("second", "قنبل")]
    assert calls[4:6] == [("first", "قتل "), ("second", "قتل ")]
    assert calls[6:] == [("first", "دمشق"), ("first", seed_text[:4]), ("second", "دمشق"), ("second", seed_text[:4])]


def test_a_time_limit_counts_a_document_over_all_its_stages():
    import time

    def slow(doc):
        time.sleep(0.3)
        return doc

    nlp = Pipeline([]).add("a", slow).add("b", slow).add("c", slow)
    docs = list(arabnews.analyze_many(["حلب", "دمشق"], pipeline=nlp, timeout=0.5, progress=False))
    assert [d.errors[0]["type"] for d in docs] == ["DocumentTimeout", "DocumentTimeout"]
    assert [d.errors[0]["stage"] for d in docs] == ["b", "b"]  # 0.3 s in "a", out of time in "b"
    assert "time limit of 0.5 s" in docs[0].errors[0]["message"]


def test_a_time_limit_does_not_count_what_a_stage_loads_on_first_use():
    import time

    loaded: list[str] = []

    def lazy(doc):  # loads its tables on its first call, as the lexicons do
        if not loaded:
            time.sleep(0.6)
            loaded.append(doc.text)
        return doc

    nlp = Pipeline(["numbers"]).add("lazy", lazy)
    docs = list(arabnews.analyze_many(["قتل 3 أشخاص في حلب", "دمشق"], pipeline=nlp, timeout=0.5, progress=False))
    assert [d.errors for d in docs] == [[], []]
    assert [n.value for n in docs[0].layers["numbers"]] == [3]
    assert loaded == ["قتل 7 أشخاص في حلب أمس."]  # the warm-up text, before the first document's clock


@pytest.mark.parametrize(("kwargs", "error"), [
    ({"n_process": 0}, ValueError), ({"batch_size": 0}, ValueError),
])
def test_bad_arguments(kwargs, error):
    with pytest.raises(error, match=next(iter(kwargs))):
        arabnews.analyze_many(["حلب"], **kwargs)


def test_single_string_and_bad_items_are_rejected():
    with pytest.raises(TypeError, match="not a single str"):
        arabnews.analyze_many("حلب")
    with pytest.raises(TypeError, match=r"texts\[1\]"):
        list(arabnews.analyze_many(["حلب", 5], progress=False, on_error="fail"))


def test_jsonl_round_trip(seed_text):
    docs = list(arabnews.analyze_many([seed_text, "قتل 7 أشخاص"], progress=False,
                                      reference_dates=["2020-06-02", None]))
    buf = io.StringIO()
    assert arabnews.write_jsonl(docs, buf) == 2
    buf.seek(0)
    again = list(arabnews.read_jsonl(buf))
    assert [d.to_dict() for d in again] == [d.to_dict() for d in docs]


def test_conll_export_tags_tokens():
    doc = Pipeline([])("قصف بحلب أمس. ثم عاد")
    doc.entities.append(arabnews.EntitySpan(5, 8, "حلب", "LOC"))
    assert arabnews.to_conll(doc) == "قصف\tO\nبحلب\tB-LOC\nأمس\tO\n.\tO\n\nثم\tO\nعاد\tO\n"


def test_to_frame_rows():
    pd = pytest.importorskip("pandas", reason="pandas extra not installed")
    doc = Pipeline([])("قتل 7 أشخاص", meta={"id": "a1"})
    doc.numbers.append(arabnews.NumberSpan(4, 5, "7", "cardinal", 7, unit="person"))
    frame = doc.to_frame("numbers")
    assert isinstance(frame, pd.DataFrame)
    assert frame.to_dict("records")[0] == {"doc_id": "a1", "layer": "numbers", "start": 4, "end": 5, "text": "7",
                                           "part": "body", "kind": "cardinal", "value": 7, "unit": "person"}
    assert list(arabnews.to_frame([doc, doc], "groups").columns) == ["doc_id", "layer", "start", "end", "text", "part",
                                                                     "id", "name", "kind", "source"]


def test_html_view_is_rtl_and_escapes():
    doc = Pipeline([])("<b>قتل 7</b> أشخاص")
    doc.numbers.append(arabnews.NumberSpan(7, 8, "7", "cardinal", 7))
    out = doc._repr_html_()
    assert 'dir="rtl"' in out and "&lt;b&gt;قتل" in out and "<b>قتل" not in out
    assert '<mark class="an-numbers" data-layer="numbers" title="number: 7"' in out


def test_shared_default_pipeline_from_eight_threads(seed_text):
    texts = [p for p in seed_text.split("\n") if p.strip()] * 2
    expected = [arabnews.analyze(t, reference_date="2020-06-02").to_dict() for t in texts]
    with ThreadPoolExecutor(8) as pool:
        for _ in range(3):
            got = list(pool.map(lambda t: arabnews.analyze(t, reference_date="2020-06-02").to_dict(), texts))
            assert got == expected
