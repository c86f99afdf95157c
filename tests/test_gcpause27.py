"""The cyclic garbage collector is paused while documents are analysed, and given back as it was found."""

import gc
import threading

import pytest

import arabnews
from arabnews import Pipeline
from arabnews.gcpause import gc_paused


@pytest.fixture(autouse=True)
def _collector_on():
    was = gc.isenabled()
    gc.enable()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


def _seen_by_a_stage():
    seen = []

    def probe(doc):
        seen.append(gc.isenabled())
        return doc

    return Pipeline(["numbers"]).add("probe", probe), seen


def test_a_stage_runs_with_the_collector_off_once_the_pipeline_is_warm():
    nlp, seen = _seen_by_a_stage()
    nlp("قتل 3 أشخاص")  # the first document loads the stages' tables, which makes reference cycles: not paused
    doc = nlp("قتل 7 أشخاص في حلب")
    assert seen == [True, False]
    assert gc.isenabled()
    assert [n.value for n in doc.layers["numbers"]] == [7]


def test_a_stage_added_later_loads_with_the_collector_on():
    nlp, seen = _seen_by_a_stage()
    nlp("قتل 3 أشخاص")
    later = []
    nlp.add("later", lambda doc: later.append(gc.isenabled()) or doc)
    nlp("قتل 7 أشخاص أمس")
    nlp("قتل 9 أشخاص أمس")
    assert seen == [True, True, False] and later == [True, False]


def test_a_batch_of_analyze_many_runs_with_the_collector_off_after_the_first():
    nlp, seen = _seen_by_a_stage()
    docs = list(arabnews.analyze_many(["قتل 7 أشخاص", "أصيب 3 جنود", "دمشق"], pipeline=nlp, progress=False,
                                      batch_size=1))
    assert seen == [True, False, False]
    assert gc.isenabled()
    assert [[n.value for n in d.layers["numbers"]] for d in docs] == [[7], [3], []]


def test_the_collector_is_on_again_after_a_stage_raises():
    def boom(doc):
        raise RuntimeError("boom")

    nlp = Pipeline([]).add("boom", boom)
    with pytest.raises(RuntimeError, match="boom"):
        nlp("حلب")
    assert gc.isenabled()


def test_a_collector_the_user_switched_off_stays_off():
    gc.disable()
    arabnews.analyze("قتل 7 أشخاص في حلب")
    assert not gc.isenabled()


def test_nested_pauses_end_with_the_outer_one():
    with gc_paused():
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_threads_share_one_pause_and_the_last_one_out_switches_it_on():
    inside, release_a, a_done, release_b = (threading.Event() for _ in range(4))
    states: dict[str, bool] = {}

    def a():
        with gc_paused():
            inside.set()
            release_a.wait(5)
        a_done.set()

    def b():
        inside.wait(5)
        with gc_paused():
            release_a.set()
            a_done.wait(5)
            states["after a left, while b is inside"] = gc.isenabled()
            release_b.wait(5)

    threads = [threading.Thread(target=a), threading.Thread(target=b)]
    for t in threads:
        t.start()
    a_done.wait(5)
    release_b.set()
    for t in threads:
        t.join(5)
    assert states == {"after a left, while b is inside": False}
    assert gc.isenabled()
