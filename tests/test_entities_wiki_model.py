"""``ner_domain="wiki"`` tags with its own shipped model (trained with the word-cluster features)."""

from __future__ import annotations

import arabnews
from arabnews.extract.entities.backend import CRFBackend, load_backend
from arabnews.extract.entities.crf import default_tagger, wiki_tagger

# From the AQMAR-like register: an encyclopaedic sentence about a mosque in Damascus.
SENTENCE = "يقع الجامع الأموي في مدينة دمشق القديمة ، وقد بناه الخليفة الوليد بن عبد الملك ."


def test_wiki_domain_loads_the_wiki_model_and_news_the_default():
    wiki = load_backend("crf", ner_domain="wiki")
    news = load_backend("crf", ner_domain="news")
    assert isinstance(wiki, CRFBackend) and isinstance(news, CRFBackend)
    assert wiki.tagger is wiki_tagger() and wiki.domain == "wiki"
    assert news.tagger is default_tagger() and news.domain is None
    assert wiki.tagger.model_path != news.tagger.model_path
    assert wiki.tagger.model_path.parent.name == "wiki"


def test_wiki_model_knows_cluster_features_and_keeps_the_fast_path():
    tagger = wiki_tagger()
    assert tagger.features.keep is not None
    assert any(name.startswith("c64=") for name in tagger.features.keep)
    assert tagger._model is not None  # the exact lattice path agreed with pycrfsuite at load


def test_wiki_domain_finds_the_place_and_the_caliph():
    doc = arabnews.analyze(SENTENCE, ner_domain="wiki")
    found = {(e.text, e.label) for e in doc.entities}
    assert ("دمشق", "LOC") in found
    start = SENTENCE.index("الوليد")
    assert any(e.label == "PER" and e.start == start and SENTENCE[e.start:e.end] == e.text for e in doc.entities)
