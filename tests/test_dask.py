"""The Dask engine on a local 2-worker distributed cluster gives the rows of a single-process run."""

import pytest

pytest.importorskip("dask.bag", reason="dask extra not installed")
distributed = pytest.importorskip("distributed", reason="distributed not installed")

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402
import pandas as pd  # noqa: E402

import arabnews  # noqa: E402
from arabnews.dask import span_rows_bag, span_rows_frame  # noqa: E402
from arabnews.export import span_rows  # noqa: E402


def key(row):
    return (str(row["doc_id"]), row["layer"], row["start"], row["end"])


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None, silence_logs=40)
    with distributed.Client(cluster) as c:
        yield c
    cluster.close()


@pytest.fixture(scope="module")
def texts(seed_text):
    paragraphs = [p for p in seed_text.split("\n") if len(p.strip()) > 20]
    return [(f"d{i}", p) for i, p in enumerate(paragraphs)]


def single_process_rows(texts):
    rows = []
    for doc_id, text in texts:
        doc = arabnews.analyze(text, reference_date="2020-06-02", parts=("body",))
        for layer in ("entities", "dates", "numbers", "groups"):
            rows.extend(span_rows(doc, layer, doc_id=doc_id))
    return sorted(rows, key=key)


def test_bag_on_two_workers_matches_single_process(client, texts):
    bag = db.from_sequence(texts, npartitions=4)
    rows = span_rows_bag(bag, reference_date="2020-06-02", parts=("body",)).compute()
    assert len(client.scheduler_info()["workers"]) == 2
    assert sorted(rows, key=key) == single_process_rows(texts)


def test_dataframe_column(client, texts):
    frame = dd.from_pandas(pd.DataFrame({"id": [i for i, _ in texts], "body": [t for _, t in texts]}),
                           npartitions=3)
    out = span_rows_frame(frame, "body", id_column="id", reference_date="2020-06-02",
                          parts=("body",)).compute()
    expected = single_process_rows(texts)
    assert len(out) == len(expected)
    got = sorted((str(r.doc_id), r.layer, r.start, r.end, r.text) for r in out.itertuples())
    assert got == sorted((str(r["doc_id"]), r["layer"], r["start"], r["end"], r["text"]) for r in expected)


def test_unknown_layer():
    with pytest.raises(ValueError, match="unknown layer"):
        span_rows_bag(db.from_sequence(["حلب"]), layers=("people",))
