"""Session 28 (mem28b): the loaded pipeline keeps one string object per distinct text in its big tables."""

from __future__ import annotations

import pytest

from arabnews.extract.entities.gazetteer import _place_tables, default_gazetteer
from arabnews.lang.ar.data import _shared


def test_place_rows_share_country_and_kind() -> None:
    places, _, _ = _place_tables()
    assert places["دمشق"].country == "SY" and places["دمشق"].kind == "city"
    assert places["حلب"].country is places["دمشق"].country
    assert len({id(p.kind) for p in places.values()}) == len({p.kind for p in places.values()})
    assert len({id(p.country) for p in places.values()}) == len({p.country for p in places.values()})
    assert default_gazetteer().place("دمشق") == (170654, 33.5102, 36.2913, "SY", 1569394, "city")


def test_parsed_yaml_strings_shared() -> None:
    a, b = "".join(["حل", "ب"]), "".join(["ح", "لب"])
    assert a is not b
    out = _shared({"x": [a, {"y": b}], a: 3, "n": [1, 2.5, None, True]}, {})
    assert out == {"x": ["حلب", {"y": "حلب"}], "حلب": 3, "n": [1, 2.5, None, True]}
    assert out["x"][0] is out["x"][1]["y"] is next(k for k in out if k == "حلب")


def test_state_scorer_tables_share_attribute_names() -> None:
    from arabnews.extract.entities.crf import default_tagger

    sc = default_tagger()._scorer
    if sc is None:
        pytest.skip("the news CRF model is not installed")
    # (session 33: the model's own table of names is released once the scorer is built; the
    # scorer's table of own features holds the names it shares with the neighbours' tables)
    names = {k: k for k in sc._own_ids}
    shared = [k for ctx in sc._ctx_ids for k in ctx if k in names]
    assert shared and all(k is names[k] for k in shared)
    words: dict[str, str] = {}
    for a, b in sc._bigrams:
        assert words.setdefault(a, a) is a and words.setdefault(b, b) is b
