"""The CRF's fast path (state scores per word type + crfsuite's lattice through ctypes) gives
pycrfsuite's tags and marginals bit for bit, and the stage's entities do not depend on the path."""

from __future__ import annotations

from pathlib import Path

import pytest

import arabnews
from arabnews.extract.entities.crf import CRFTagger, default_tagger
from arabnews.extract.entities.sequences import tag_sequences
from arabnews.text.clitics import clitic_splits
from conftest import SEED
from conftest import tagged_sentences as _sentences

TEXT = (
    "قال الرئيس السوري بشار الأسد في مقابلة مع صحيفة الوطن إن الجيش سيستعيد مدينة حلب. "
    "وزار وزير الخارجية الأمريكي جون كيري العاصمة الأردنية عمان، والتقى الملك عبد الله الثاني. "
    "وأعلنت الأمم المتحدة أن المبعوث ستيفان دي ميستورا سيصل إلى جنيف وبيروت ودمشق الأسبوع المقبل. "
    "قصفت الطائرات ريف إدلب ودير الزور وبلدة سراقب"
)


@pytest.mark.parametrize("domain", [None, "wiki"])
def test_fast_path_is_pycrfsuite_bit_for_bit(tagger: CRFTagger, domain: str | None) -> None:
    crf = tagger._tagger()
    labels = tagger.labels()
    sentences = _sentences(TEXT)
    assert len(sentences) == 4
    for words, got in zip(sentences, tagger.tag_many(sentences, domain), strict=True):
        tags = crf.tag(tagger.features(words, None, domain))
        assert got.tags == tags
        want = [[crf.marginal(label, i) for label in labels] for i in range(len(tags))]
        assert [[float(x) for x in row] for row in got.marginals] == want
        assert got.probs == [crf.marginal(t, i) if t != "O" else 1.0 for i, t in enumerate(tags)]


def test_tagged_entities(tagger: CRFTagger) -> None:
    words = _sentences("قال الرئيس بشار الأسد في بحلب")[0]
    tags, probs = tagger.tag(words, marginals=True)
    assert tags == ["O", "O", "B-PER", "I-PER", "O", "B-LOC"]
    assert probs is not None and probs[:2] == [1.0, 1.0] and all(0.9 < p < 1.0 for p in probs[2:4])
    # rescoring a changed tag reads that sentence's marginals
    changed = ["O", "B-PER", "I-PER", "I-PER", "O", "B-LOC"]
    rescored = tagger.rescore(changed, probs)
    assert rescored[0] == 1.0 and rescored[3:] == probs[3:] and rescored[1] < 0.5 and rescored[2] < 0.01


def test_stage_same_without_fast_path(tagger: CRFTagger, monkeypatch: pytest.MonkeyPatch) -> None:
    nlp = arabnews.Pipeline()
    fast = nlp(TEXT).to_dict()["entities"]
    assert {(e["text"], e["label"]) for e in fast} >= {("بشار الأسد", "PER"), ("جنيف", "LOC"), ("إدلب", "LOC")}
    monkeypatch.setattr(tagger, "_scorer", None)
    monkeypatch.setattr(tagger, "_model", None)
    assert nlp(TEXT).to_dict()["entities"] == fast


def test_empty_sentences(tagger: CRFTagger) -> None:
    out = tagger.tag_many([[], ["حلب"], []])
    assert [t.tags for t in out] == [[], ["B-LOC"], []]
    assert tagger.tag([], marginals=True) == ([], [])


def test_clitic_splits_cached_copies() -> None:
    first = clitic_splits("وبالقدس")
    first.clear()  # a caller's list is its own
    assert [s.stem for s in clitic_splits("وبالقدس")] == ["وبالقدس", "بالقدس", "القدس", "قدس"]
    assert [s.stem for s in clitic_splits("دمشق")] == ["دمشق"]


def test_threads_tag_alike(tagger: CRFTagger) -> None:
    from concurrent.futures import ThreadPoolExecutor

    sentences = _sentences(TEXT)
    want = [t.tags for t in tagger.tag_many(sentences)]
    with ThreadPoolExecutor(4) as pool:
        runs = list(pool.map(lambda _: [t.tags for t in tagger.tag_many(sentences)], range(16)))
    assert all(run == want for run in runs)


def test_batches_and_passes_change_nothing(tagger: CRFTagger, monkeypatch: pytest.MonkeyPatch) -> None:
    """A document tagged a few tokens at a time (the two passes of crf_entities) gives the same
    entities as in one batch, and the sequences it walks are tag_sequences'."""
    from arabnews.extract.entities import backend

    nlp = arabnews.Pipeline()
    doc = nlp.make_doc(TEXT)
    assert list(backend.iter_sequences(doc)) == tag_sequences(doc)
    whole = nlp(TEXT).to_dict()["entities"]
    assert {(e["text"], e["label"]) for e in whole} >= {("جون كيري", "PER"), ("سراقب", "LOC")}
    monkeypatch.setattr(backend, "BATCH_TOKENS", 7)
    assert [len(b) for b in backend._batches(tag_sequences(doc))] == [1, 1, 1, 1]
    assert nlp(TEXT).to_dict()["entities"] == whole


def test_scorer_keeps_ids_not_feature_strings(tagger: CRFTagger) -> None:
    """The fast path caches a new word's attribute ids, not its feature strings (about 2 KB a word)."""
    word = "زيزفونستان"
    tagger.tag_many([["قال", word]])
    assert word in tagger._scorer._types
    assert word not in tagger.features._cache
    # the string path still caches, and gives the same features
    assert tagger.features.entry(word) == tagger.features.entries([word])[0]
    assert word in tagger.features._cache


def test_results_outlive_the_next_documents(tagger: CRFTagger) -> None:
    """The lattice reuses its arrays from one short document to the next: a document's tags and
    marginals stay as they were after a longer document (tagged in arrays of its own) and a
    shorter one, and tagging it again gives them bit for bit."""
    from arabnews.extract.entities import lattice

    sentences = _sentences(TEXT)
    first = tagger.tag_many(sentences)
    tags = [t.tags for t in first]
    marginals = [[[float(x) for x in row] for row in t.marginals] for t in first]
    long = sentences * (lattice._KEPT_ROWS // sum(map(len, sentences)) + 1)
    assert sum(map(len, long)) > lattice._KEPT_ROWS
    assert [t.tags for t in tagger.tag_many(long)[:4]] == tags
    assert tagger.tag_many(_sentences("قال الرئيس بشار الأسد في بحلب"))[0].tags[2:4] == ["B-PER", "I-PER"]
    assert [t.tags for t in first] == tags
    assert [[[float(x) for x in row] for row in t.marginals] for t in first] == marginals
    again = tagger.tag_many(sentences)
    assert [t.tags for t in again] == tags
    assert [[[float(x) for x in row] for row in t.marginals] for t in again] == marginals


def _plain_scores(tagger: CRFTagger, words: list[str], domain: str | None) -> list[list[float]]:
    """A sentence's state scores the slow way: each token's feature strings (pycrfsuite's input),
    their weight rows added one after the other from 0.0, as crfsuite adds them."""
    import numpy as np

    model = tagger._model
    assert model is not None
    out = []
    for feats in tagger.features(words, None, domain):
        acc = np.zeros(len(model.labels))
        for name in feats:
            a = model.attr_ids.get(name)
            if a is not None:
                acc = acc + model.weights[a]
        out.append(acc.tolist())
    return out


@pytest.mark.parametrize("which", ["news", "wiki"])
def test_scores_are_the_plain_sums_bit_for_bit(which: str) -> None:
    """The scorer's gathered sums (the type tables, the sentence edges, bigrams, place flags, the
    domain copies of the wiki model) are the feature strings' weights added in crfsuite's order, on
    random sentences of words of the text, unknown words and multi-word places, in one batch."""
    import random

    from arabnews.extract.entities.crf import wiki_tagger

    tagger = default_tagger() if which == "news" else wiki_tagger()
    if tagger._scorer is None:  # pragma: no cover - platforms whose pycrfsuite hides crfsuite's C functions
        pytest.skip("crfsuite's lattice routines are not reachable here")
    domain = None if which == "news" else "wiki"
    vocab = [w for s in _sentences(TEXT) for w in s]
    vocab += ["زيزفونستان", "وبدير", "الزور", "دير", "جنوب", "السودان", "،", "2017", "CNN", "والولايات", "المتحدة"]
    rng = random.Random(7)
    for _ in range(5):
        sentences = [[rng.choice(vocab) for _ in range(rng.choice([1, 1, 2, 3, 8, 30]))] for _ in range(12)]
        got = tagger._scorer.scores(sentences, domain).tolist()
        want = [row for words in sentences for row in _plain_scores(tagger, words, domain)]
        assert got == want


@pytest.mark.parametrize(("text", "want"), [
    ("في دير الزور و جنوب السودان", [0, 1, 2, 0, 1, 2]),
    ("الولايات المتحدة الأمريكية", [1, 2, 2]),
    ("دير دير الزور", [0, 1, 2]),  # the first "دير" starts no place: the second does
    ("قصف ريف دمشق الغربي وبدير الزور", [0, 0, 0, 0, 1, 2]),  # with proclitics
    ("دير", [0]),
])
def test_multiword_place_flags(tagger: CRFTagger, text: str, want: list[int]) -> None:
    """The place flag of each word (1: a multi-word place of the gazetteer starts, 2: inside it),
    read only at the words that can start one."""
    words = _sentences(text)[0]
    entries = tagger.features.entries(words)
    assert tagger.features.places([e[5] for e in entries], [e[6] for e in entries]) == want


@pytest.mark.parametrize("which", ["news", "wiki"])
def test_type_tables_are_the_feature_strings_ids(which: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every word type of real news and of the seed article, first seen by a fresh scorer (in one
    batch written to the tables some 700 types at a time, then again a sentence at a time), gets in
    the tables the ids of the feature strings ``FeatureExtractor.entry`` writes ("-1|w=…",
    "+2|g_place", …) that the model knows, in their order, and as own score those features' weights
    added in order from 0.0."""
    import numpy as np

    from arabnews.extract.entities import statescores
    from arabnews.extract.entities.crf import wiki_tagger

    tagger = default_tagger() if which == "news" else wiki_tagger()
    if tagger._scorer is None:  # pragma: no cover - platforms whose pycrfsuite hides crfsuite's C functions
        pytest.skip("crfsuite's lattice routines are not reachable here")
    model = tagger._model
    assert model is not None
    text = (Path(__file__).parent / "golden" / "ant_sample.txt").read_text(encoding="utf-8")
    text += "\n" + SEED.read_text(encoding="utf-8")
    sentences = _sentences(text)
    words = list(dict.fromkeys(w for s in sentences for w in s))
    assert len(words) > 2000
    monkeypatch.setattr(statescores, "_FLUSH_EVERY", 700)
    for batches in ([sentences], [[s] for s in sentences[:40]]):
        scorer = statescores.StateScorer(model, tagger.features)
        for batch in batches:
            scorer.scores(batch)
        seen = 0
        for word in words:
            t = scorer._types.get(word)
            if t is None:
                continue
            seen += 1
            entry = tagger.features.entry(word, filtered=False)
            want = [[model.attr_ids[x] for x in part if x in model.attr_ids] for part in entry[:5]]
            got = [[a for a in ctx[t].tolist() if a != model.zero] for ctx in scorer._ctx]
            assert got == want[1:], word
            own = np.zeros(len(model.labels))
            for a in want[0]:
                own = own + model.weights[a]
            assert scorer._own[t].tolist() == own.tolist(), word
        assert seen >= (len(words) if len(batches) == 1 else 300)


def test_state_scorer_keeps_its_frequent_words_when_it_makes_room(tagger, monkeypatch) -> None:
    """Tables bounded to 500 word types make room again and again over the ANT sample: every sentence's
    scores are those of unbounded tables, and the words the sample uses most ("في", "من") keep their
    types from the sentence that first shows them on (they are never scored again)."""
    import numpy as np

    from arabnews.extract.entities import statescores

    model = tagger._model
    text = (Path(__file__).parent / "golden" / "ant_sample.txt").read_text(encoding="utf-8")
    sentences = [s for s in _sentences(text) if s][:150]
    plain = statescores.StateScorer(model, tagger.features)
    want = [plain.scores([s]) for s in sentences]
    monkeypatch.setattr(statescores, "_TYPE_LIMIT", 500)
    bounded = statescores.StateScorer(model, tagger.features)
    present: dict[str, list[bool]] = {"في": [], "من": []}
    rooms = 0
    for s, w in zip(sentences, want, strict=True):
        before = bounded._n
        assert np.array_equal(bounded.scores([s]), w)
        rooms += bounded._n < before
        for word, seen in present.items():
            if seen or word in s:
                seen.append(word in bounded._types)
    assert rooms >= 3
    assert all(seen and all(seen) for seen in present.values())
