"""The word clusters learnt from unlabeled news: the shipped table, and the CRF features built from it."""

from __future__ import annotations

from collections import Counter

from arabnews.extract.entities.clusters import FAR, NEAR, OWN, cluster_features, cluster_table
from arabnews.extract.entities.features import sentence_features

CITIES = ("دمشق", "بيروت", "القاهره", "تونس", "بغداد", "عمان", "الرياض", "طرابلس")
VERBS = ("قال", "اكد", "اضاف", "اعلن", "اوضح", "اشار")


def _cluster(word: str, granularity: str) -> str:
    own = cluster_features(word, word)[0]
    return next(x for x in own if x.startswith(granularity + "="))


def test_table_has_every_granularity_for_tens_of_thousands_of_words():
    table = cluster_table()
    assert 10_000 < len(table) < 100_000
    for k in (64, 256, 1024):
        ids = Counter(_cluster(w, f"c{k}") for w in table)
        assert k // 2 < len(ids) <= k  # k-means used (nearly) all of its k clusters
    own, near, far = table["دمشق"]
    assert [x.split("=")[0] for x in own] == list(OWN) == ["c64", "c256", "c1024"]
    assert [x.split("=")[0] for x in near] == list(NEAR)
    assert [x.split("=")[0] for x in far] == list(FAR)


def test_words_used_alike_share_a_cluster():
    cities = Counter(_cluster(c, "c64") for c in CITIES)
    verbs = Counter(_cluster(v, "c256") for v in VERBS)
    assert cities.most_common(1)[0][1] >= 5  # most capitals in one of 64 coarse clusters
    assert len(verbs) == 1  # the reporting verbs in one of 256
    # ... and a capital never shares even the coarsest cluster with a reporting verb
    assert not {_cluster(c, "c64") for c in CITIES} & {_cluster(v, "c64") for v in VERBS}
    assert _cluster("محمد", "c1024") == _cluster("احمد", "c1024")  # first names, down to the finest
    assert _cluster("محمد", "c64") != _cluster("دمشق", "c64")


def test_coarse_clusters_hold_whole_fine_ones():
    parents: dict[str, set[tuple[str, str]]] = {}
    for own, _, _ in cluster_table().values():
        c64, c256, c1024 = own
        parents.setdefault(c1024, set()).add((c256, c64))
    assert all(len(p) == 1 for p in parents.values())


def test_a_word_is_found_through_its_stem_or_its_folded_form():
    assert cluster_features("دمشق", "بدمشق") == cluster_table()["دمشق"]
    assert cluster_features("xyzzy", "دمشق") == cluster_table()["دمشق"]
    assert cluster_features("ككككك", "ككككك") == ((), (), ())  # never seen: no cluster feature


def test_features_of_a_word_and_its_neighbours_include_clusters():
    feats = sentence_features(["قال", "الرئيس", "بشار", "الاسد", "في", "بحلب"])
    own, near, _ = cluster_table()["حلب"]
    assert set(own) <= set(feats[5])  # "بحلب": its stem's clusters
    assert {"+1|" + x for x in near} <= set(feats[4])  # seen from "في" before it
    assert not any(x.startswith("+1|c") for x in feats[5])  # nothing after the last word
    assert any(x.startswith("c64=") for x in feats[0])
