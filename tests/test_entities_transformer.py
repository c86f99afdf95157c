"""The transformer backend's plumbing, with a tiny random-weight BERT built here (no download)."""

from __future__ import annotations

import pytest

from arabnews import Pipeline

torch = pytest.importorskip("torch", reason="the transformer backend needs torch")
transformers = pytest.importorskip("transformers", reason="the transformer backend needs transformers")

LABELS = ["O", "B-PERS", "I-PERS", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"]
WORDS = ["قال", "الرئيس", "محمد", "سعيد", "في", "حلب", "دمشق", "مدينة", "ب", "و", "ال"]


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    folder = tmp_path_factory.mktemp("tiny-ner")
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *WORDS, "##حلب", "##دمشق", "##ق", "##ل", "##ب"]
    (folder / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    tokenizer = transformers.BertTokenizerFast(vocab_file=str(folder / "vocab.txt"), do_lower_case=False)
    torch.manual_seed(0)
    config = transformers.BertConfig(vocab_size=len(vocab), hidden_size=16, num_hidden_layers=1,
                                     num_attention_heads=2, intermediate_size=32, max_position_embeddings=64,
                                     num_labels=len(LABELS), id2label=dict(enumerate(LABELS)),
                                     label2id={lab: i for i, lab in enumerate(LABELS)})
    model = transformers.BertForTokenClassification(config)
    with torch.no_grad():  # make every word a B-LOC, so that spans are produced
        model.classifier.bias[:] = torch.tensor([0, 0, 0, 10.0, 0, 0, 0, 0, 0])
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


def test_transformer_backend_maps_words_back_to_character_spans(tiny_model):
    text = "قال الرئيس محمد سعيد في بحلب، وبدمشق"
    doc = Pipeline(["numbers", "dates", "groups", "entities"], ner="transformer", model_path=str(tiny_model))(text)
    assert doc.entities
    for ent in doc.entities:
        assert doc.text[ent.start:ent.end] == ent.text
        assert ent.source == "transformer"
        assert ent.label == "LOC"
        assert 0.0 <= ent.attrs["score"] <= 1.0
    texts = [e.text for e in doc.entities]
    assert "حلب" in texts and "دمشق" in texts  # proclitics stay outside the span
    assert "،" not in texts  # punctuation is never an entity
    aleppo = next(e for e in doc.entities if e.text == "حلب")
    assert aleppo.attrs["geonames_id"] == 170063


def test_transformer_handles_long_text_and_empty_regions(tiny_model):
    nlp = Pipeline(["numbers", "dates", "groups", "entities"], ner="transformer", model_path=str(tiny_model))
    doc = nlp(" ".join(["قال الرئيس في حلب."] * 200))
    assert len(doc.entities) >= 200
    assert nlp("   ").entities == []


def test_missing_model_gives_a_clear_error(tmp_path):
    with pytest.raises(FileNotFoundError, match="huggingface-cli download"):
        Pipeline(["numbers", "dates", "groups", "entities"], ner="transformer", model_path=str(tmp_path / "nothing"))
    with pytest.raises(ValueError, match="model_path"):
        Pipeline(["numbers", "dates", "groups", "entities"], ner="transformer")


def test_camel_backend_without_data_says_how_to_get_it(tmp_path, monkeypatch):
    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path))
    with pytest.raises(FileNotFoundError, match="camel_data"):
        Pipeline(["numbers", "dates", "groups", "entities"], ner="camel")


def test_camel_backend_loads_the_installed_folder(tiny_model, tmp_path, monkeypatch):
    import shutil

    target = tmp_path / "data" / "ner" / "arabert"
    shutil.copytree(tiny_model, target)
    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path))
    doc = Pipeline(["numbers", "dates", "groups", "entities"], ner="camel")("في حلب")
    assert [e.text for e in doc.entities][-1] == "حلب"
    assert all(e.source == "transformer" for e in doc.entities)


def test_unknown_backend_is_rejected():
    with pytest.raises(ValueError, match="ner must be one of"):
        Pipeline(["numbers", "dates", "groups", "entities"], ner="spacy")
