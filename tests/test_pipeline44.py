"""Session 44 (pf44c): the per-document set-up read once, not per document — the extra layers make_doc adds, the
collector's pause, the default normalization options — with the same documents as before."""

import gc

from arabnews import Pipeline
from arabnews.gcpause import gc_paused
from arabnews.text.normalize import DEFAULTS, normalize_with_map

TEXT = "وقال وزير الخارجية إن الحكومة ستعمل على تحسين الأوضاع يوم الأحد ٤ يونيو."


def _speakers(doc):
    doc.layers["speakers"].append("x")  # fails (KeyError) unless make_doc made the layer
    return doc


def test_a_layer_a_stage_added_later_assigns_is_in_every_new_document():
    nlp = Pipeline(["numbers"])
    first = nlp("قتل 7 أشخاص")
    assert list(first.layers)[-1] != "speakers" and "speakers" not in first.layers
    nlp.add("speakers", _speakers, assigns=["speakers"])
    doc = nlp("قتل 9 أشخاص")
    assert doc.layers["speakers"] == ["x"]
    assert [n.value for n in doc.layers["numbers"]] == [9]
    # a fresh list in each document, not one shared by them
    assert nlp("قتل 3 أشخاص").layers["speakers"] == ["x"] and doc.layers["speakers"] == ["x"]
    nlp.remove("speakers")
    assert "speakers" not in nlp("قتل 9 أشخاص").layers


def test_a_replaced_stage_s_new_layer_is_made_too():
    nlp = Pipeline(["numbers"]).add("probe", lambda d: d, assigns=["probe_spans"])
    assert nlp("قتل 7 أشخاص").layers["probe_spans"] == []
    nlp.replace("probe", _speakers, assigns=["speakers"])
    doc = nlp("قتل 7 أشخاص")
    assert doc.layers["speakers"] == ["x"] and "probe_spans" not in doc.layers


def test_the_layers_keep_the_order_of_the_built_in_ones_then_the_stages():
    nlp = Pipeline(["numbers"]).add("b", lambda d: d, assigns=["zeta", "alpha"]).add("c", lambda d: d,
                                                                                       assigns=["alpha", "beta"])
    keys = list(nlp("قتل 7 أشخاص").layers)
    assert keys[-3:] == ["zeta", "alpha", "beta"]
    assert keys[:-3] == list(Pipeline(["numbers"])("قتل 7 أشخاص").layers)


def test_the_pause_nests_and_gives_the_collector_back():
    was = gc.isenabled()
    gc.enable()
    try:
        with gc_paused():
            assert not gc.isenabled()
            with gc_paused():
                assert not gc.isenabled()
            assert not gc.isenabled()  # the outer pause still holds
        assert gc.isenabled()
        with gc_paused(False):
            assert gc.isenabled()
        gc.disable()
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # off when the pause began: left off
    finally:
        if was:
            gc.enable()
        else:
            gc.disable()


def test_the_pause_ends_when_a_stage_fails():
    gc.enable()

    def boom(doc):
        raise ValueError("boom")

    nlp = Pipeline(["numbers"]).add("boom", boom)
    for _ in range(2):  # the second document runs paused (the pipeline is warm after the first)
        try:
            nlp("قتل 7 أشخاص")
        except ValueError:
            pass
    nlp.remove("boom")
    nlp("قتل 7 أشخاص")
    assert nlp.warm and gc.isenabled()


def test_the_default_options_named_or_not_give_the_same_view():
    text = "الـمُدُن ٤٦ &amp; الأحد"
    plain, named = normalize_with_map(text), normalize_with_map(text, **DEFAULTS)
    assert (plain.text, plain.options) == (named.text, named.options) == ("المدن 46 & الاحد", dict(DEFAULTS))
    assert plain.to_original(0, 5) == named.to_original(0, 5) == (0, 8)
    assert normalize_with_map(text, html_entities=False).text == "المدن 46 &amp; الاحد"
    # the options of one view are its own: changing them leaves the next view's as they were
    plain.options["html_entities"] = False
    assert normalize_with_map(text).options == dict(DEFAULTS)


def test_a_document_is_the_same_twice():
    nlp = Pipeline()
    one, two = nlp(TEXT, reference_date="2017-06-01"), nlp(TEXT, reference_date="2017-06-01")
    assert one.to_dict() == two.to_dict()
    assert [(d.start, d.end, d.text) for d in two.dates][-1][2] == "يوم الأحد ٤ يونيو"
