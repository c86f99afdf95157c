"""The training script rebuilds a working model from the shared corpora (run here on a small sample)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from arabnews import Pipeline

REPO = Path(__file__).resolve().parents[1]
DATA = REPO.parent / "shared" / "data"
pytestmark = pytest.mark.skipif(not (DATA / "anercorp" / "train.txt").is_file(),
                                reason=f"training corpora not found in {DATA}")


def _script():
    spec = importlib.util.spec_from_file_location("train_ner", REPO / "scripts" / "train_ner.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["train_ner"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def trained(tmp_path_factory):
    out = tmp_path_factory.mktemp("ner")
    results = _script().main(["--data", str(DATA), "--output", str(out), "--limit", "600",
                              "--iterations", "15"])
    return out, results


def test_training_writes_model_vocab_and_attributes(trained):
    out, _ = trained
    for name in ("ner.crfsuite", "vocab.json", "ner.attributes.gz"):
        assert (out / name).is_file(), name
    assert (out / "ner.crfsuite").stat().st_size < 20_000_000


def test_training_prints_scores_per_label(trained, capsys):
    _, results = trained
    for part in ("news", "anercorp", "aqmar"):  # "anercorp": its dev blocks alone
        for label in ("PER", "LOC", "ORG", "MISC", "micro"):
            assert {"p", "r", "f1", "n"} <= set(results[part][label])
        assert results[part]["tokens_per_s"] > 0
        # what the stage reports (back-off on news, document consistency) is scored too
        assert {"p", "r", "f1", "n"} <= set(results[part]["stage"]["micro"])
        assert results[part]["stage"]["micro"]["n"] == results[part]["micro"]["n"]
    assert results["news"]["micro"]["f1"] > 30  # even 15 iterations on 1,800 sentences learn something


def test_score_only_scores_the_model_without_training(trained):
    out, results = trained
    mtime = (out / "ner.crfsuite").stat().st_mtime_ns
    again = _script().main(["--data", str(DATA), "--output", str(out), "--limit", "600", "--score-only"])
    assert (out / "ner.crfsuite").stat().st_mtime_ns == mtime
    for part in ("news", "anercorp", "aqmar"):
        assert again[part]["micro"] == results[part]["micro"]
        assert again[part]["stage"]["micro"] == results[part]["stage"]["micro"]


def test_trained_model_runs_in_the_pipeline(trained):
    out, _ = trained
    nlp = Pipeline(["numbers", "dates", "groups", "entities"], model_path=str(out))
    doc = nlp("قال الرئيس السوري إن القصف طال مدينة حلب")
    assert all(doc.text[e.start:e.end] == e.text for e in doc.entities)


@pytest.mark.parametrize(("tag", "corpus", "expected"), [
    ("B-PERS", "anercorp", "B-PER"),
    ("I-MISC", "anercorp", "I-MISC"),
    ("B-Politician", "newsfane", "B-PER"),
    ("I-Population-Center", "newsfane", "I-LOC"),
    ("B-Media", "newsfane", "B-ORG"),
    ("B-Book", "newsfane", "B-MISC"),
    ("B-MIS2", "aqmar", "B-MISC"),
    ("B-MIS-1", "aqmar", "B-MISC"),
    ("I--ORG", "aqmar", "I-ORG"),
    ("OO", "aqmar", "O"),
    ("B-ENGLISH", "aqmar", "O"),
])
def test_tag_mapping(tag, corpus, expected):
    assert _script().map_tag(tag, corpus) == expected


def test_conll_scoring_counts_exact_spans():
    m = _script()
    gold = [["B-PER", "I-PER", "O", "B-LOC"]]
    pred = [["B-PER", "O", "O", "B-LOC"]]
    res = m.score(gold, pred)
    assert res["LOC"]["f1"] == 100.0
    assert res["PER"]["f1"] == 0.0
    assert res["micro"]["p"] == 50.0


def _sentences(prefix: str, n: int) -> list[list[tuple[str, str]]]:
    return [[(f"{prefix}{i}", "O")] for i in range(n)]


def test_tail_split_holds_out_the_end_of_a_running_text():
    m = _script()
    text = _sentences("s", 300)
    train, dev = m.split_tail([text], seed=13, fraction=0.1)
    assert train == text[:270]  # ANERcorp's test split continues its training file: dev is the end
    assert [s for block in dev for s in block] == text[270:]
    assert [len(b) for b in dev] == [20, 10]  # documents of 20 sentences for the stage's consistency


def test_tail_split_holds_out_whole_articles():
    m = _script()
    articles = [_sentences(f"a{k}_", 25 + k) for k in range(21)]
    train, dev = m.split_tail(articles, seed=13, fraction=0.1)
    held = [a for a in articles if a[0] in [b[0] for b in dev]]
    assert len(held) == 2  # 2 of 21 articles, none of their sentences in training
    assert [s for block in dev for s in block] == [s for a in held for s in a]
    assert len(train) + sum(len(a) for a in held) == sum(len(a) for a in articles)
    assert not {s[0][0] for s in train} & {s[0][0] for a in held for s in a}
    assert m.split_tail(articles, seed=13, fraction=0.1) == (train, dev)  # seeded


def test_no_split_trains_on_everything():
    m = _script()
    articles = [_sentences(f"a{k}_", 25 + k) for k in range(3)]
    parts = m.split_corpora({"aqmar": articles, "anercorp": [_sentences("s", 40)]}, "none", 13, 0.1)
    assert parts["aqmar"] == ([s for a in articles for s in a], [])
    assert parts["anercorp"] == (_sentences("s", 40), [])


def test_newsfane_domain_copies_only_with_the_option():
    m = _script()
    assert m.FANE_DOMAIN == {"newsfane": "fane"} and "newsfane" not in m.DOMAINS
    from arabnews.extract.entities.features import FeatureExtractor

    feats = FeatureExtractor(clusters=False)(["قال", "الرئيس"], domain="fane")
    assert "fane|w=الرييس" in feats[1] and "w=الرييس" in feats[1]  # folded: ئ → ي


def test_blocks_split_is_unchanged_by_the_article_structure():
    m = _script()
    articles = [_sentences(f"a{k}_", 30) for k in range(5)]
    flat = [s for a in articles for s in a]
    assert m.split_corpora({"x": articles}, "blocks", 13, 0.1)["x"] == m.split_dev(flat, 13, 0.1)


def test_no_clusters_leaves_out_the_cluster_features():
    from arabnews.extract.entities.features import FeatureExtractor

    words = ["قال", "الرئيس", "بشار", "الاسد", "في", "بحلب"]
    with_c = FeatureExtractor()(words)
    without = FeatureExtractor(clusters=False)(words)
    assert any(x.startswith("c64=") for x in with_c[5])
    assert not any("c64=" in x or "c256=" in x or "c1024=" in x for feats in without for x in feats)
    assert [[x for x in f if "c64=" not in x and "c256=" not in x and "c1024=" not in x] for f in with_c] == without


def test_score_only_on_the_tail_split(trained):
    out, _ = trained
    results = _script().main(["--data", str(DATA), "--output", str(out), "--limit", "600", "--score-only",
                              "--dev-split", "tail"])
    for part in ("news", "anercorp", "aqmar"):
        assert results[part]["micro"]["n"] > 0
        assert results[part]["stage"]["micro"]["n"] == results[part]["micro"]["n"]


def _eval_script():
    spec = importlib.util.spec_from_file_location("eval_ner", REPO / "scripts" / "eval_ner.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("split", "sentences", "entities"), [("blocks", 140, 85), ("tail", 144, 124)])
def test_pipeline_evaluation_follows_the_dev_split(split, sentences, entities):
    # AQMAR dev: random blocks of 20 sentences, or two whole held-out articles (seed 13)
    res = _eval_script().evaluate(("aqmar",), DATA, 13, 0.1, dev_split=split)["aqmar"]
    assert res["sentences"] == sentences
    assert res["scores"]["micro"]["n"] == entities
    assert res["scores"]["micro"]["f1"] > 50


def test_named_aqmar_articles_are_held_out_whole():
    m = _script()
    names = m.aqmar_names(DATA)
    assert len(names) == 21 and "Real_Madrid" in names
    held = m.aqmar_dev_indices(DATA, "Real_Madrid,Linux.txt")
    assert [names[i] for i in held] == ["Linux", "Real_Madrid"]
    articles = [_sentences(f"a{k}_", 25 + k) for k in range(21)]
    flat = [s for a in articles for s in a]
    for how in ("tail", "blocks"):
        train, dev = m.split_corpora({"aqmar": articles}, how, 13, 0.1, held)["aqmar"]
        assert [s for block in dev for s in block] == articles[held[0]] + articles[held[1]]
        assert train == [s for k, a in enumerate(articles) if k not in held for s in a]
    # ANERcorp (one running text) keeps its tail
    anercorp = _sentences("s", 300)
    assert m.split_corpora({"anercorp": [anercorp]}, "tail", 13, 0.1, held)["anercorp"][0] == anercorp[:270]
    assert m.split_corpora({"x": articles}, "blocks", 13, 0.1, held)["x"] == m.split_dev(flat, 13, 0.1)
    with pytest.raises(SystemExit):
        m.aqmar_dev_indices(DATA, "Real_Madrid,Atlantis")
