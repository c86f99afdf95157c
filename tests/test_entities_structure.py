"""The entities package's pieces: backend errors, schema-checked tables, named back-off rules."""

from __future__ import annotations

import sys

import pytest

from arabnews import Pipeline, tokenize
from arabnews.errors import MissingModelError, ResourceError
from arabnews.extract import entities
from arabnews.extract.entities import backoff, gazetteer
from arabnews.extract.entities.gazetteer import LEXICON, LEXICON_SCHEMA, Place, default_gazetteer, load_gazetteer
from arabnews.lang.schema import check


def test_missing_transformer_packages_raise_missing_model_error(tmp_path, monkeypatch):
    (tmp_path / "config.json").write_text("{}", encoding="utf-8")
    monkeypatch.setitem(sys.modules, "torch", None)  # import torch → ImportError
    monkeypatch.setitem(sys.modules, "transformers", None)
    with pytest.raises(MissingModelError, match=r"arabnews\[camel\]") as info:
        Pipeline(["entities"], ner="transformer", model_path=str(tmp_path))
    assert isinstance(info.value, ImportError)


def test_unknown_options_are_value_errors():
    with pytest.raises(ValueError, match="ner must be one of"):
        entities.make_stage(ner="spacy")
    with pytest.raises(ValueError, match="ner_domain must be one of"):
        entities.make_stage(ner_domain="tweets")


def test_lexicon_schema_names_the_file_and_the_misspelt_key():
    shipped = gazetteer.lexicon()
    check(shipped, LEXICON_SCHEMA, LEXICON)
    bad = {**shipped, "triggers": {**shipped["triggers"], "loc_haed": ["ريف"]}}
    with pytest.raises(ResourceError, match=r"ner/lexicon\.yaml.*'loc_haed'"):
        check(bad, LEXICON_SCHEMA, LEXICON)


def test_a_malformed_vocab_is_an_error_naming_it(tmp_path):
    path = tmp_path / "vocab.json"
    path.write_text('{"person_part": []}', encoding="utf-8")
    with pytest.raises(ResourceError, match=r"vocab\.json.*'person_part'"):
        load_gazetteer(path)


def test_places_are_records():
    aleppo = default_gazetteer().place("حلب")
    assert isinstance(aleppo, Place)
    assert (aleppo.geonames_id, aleppo.country, aleppo.kind) == (170063, "SY", "city")
    assert aleppo.population >= backoff.PROMINENT_POPULATION


def test_backoff_rules_are_named_and_run_in_their_declared_order():
    names = [rule.__name__ for rule in backoff.RULES]
    assert names == ["head_out_of_loc", "adjective_after_head", "name_after_bare_head", "coordinated_places",
                     "place_beside_loc", "prominent_after_locative", "trim_after_places", "regnal_ordinals",
                     "place_in_hashtag", "name_in_hashtag"]
    assert all(rule.__doc__ for rule in backoff.RULES)
    toks = tokenize("قصفت الطائرات ريف إدلب")
    tags = ["O", "O", "B-LOC", "I-LOC"]
    gaz = default_gazetteer()
    assert backoff.gazetteer_backoff(toks, tags, gaz, rules=()) == tags
    assert backoff.gazetteer_backoff(toks, tags, gaz, rules=[backoff.head_out_of_loc]) == ["O", "O", "O", "B-LOC"]
    assert tags == ["O", "O", "B-LOC", "I-LOC"]  # the input is not modified


def test_the_package_keeps_its_public_names():
    for name in ("make_stage", "gazetteer_backoff", "entity_start", "entity_split", "decode_tags", "crf_entities",
                 "BACKENDS", "DOMAINS", "MAX_SEQUENCE", "PROMINENT_POPULATION", "PER_PREFIXES", "chunks",
                 "document_names", "propagate", "Gazetteer", "default_gazetteer", "norm_key"):
        assert hasattr(entities, name), name


_UNNAMED = (
    "قال المتحدث باسم وزارة الخارجية - محمد عبد الله في مخيم الهول : إن الكلاسيكو وفيروس كورونا",
    "أكد وزير الداخلية السعودي للجزيرة أن المجلس الوطني التأسيسي ومنظمة الصحة العالمية (WHO) في حي باب توما",
    "وقالت الرئيسة سامية البيولي وابن علي من مدينتي حلب وإدلب : جاب الله ضيف الله فون دير لاين",
)


@pytest.mark.parametrize("text", _UNNAMED)
def test_the_rules_skipped_without_a_name_change_nothing_there(text):
    from arabnews.extract.entities import corrections

    toks, gaz = tokenize(text), default_gazetteer()
    for rule in [*backoff.ON_NAMES, *corrections.ON_NAMES]:
        tags = ["O"] * len(toks)
        rule(toks, tags, gaz)
        assert tags == ["O"] * len(toks), rule.__name__
    assert backoff.ON_NAMES <= set(backoff.RULES)
    assert corrections.ON_NAMES <= set(corrections.CATALOGUE.values())



def _gate_sentences() -> list[str]:
    """Real sentences that fire the rules: the rules' test cases (ANT news) and a few more."""
    from test_entities_rules import CASES

    return [*_UNNAMED, *_GATED, *(text for text, _ in CASES)]


#: Real sentences (ANT) with names of every label, dashes, brackets, quotes and list words.
_GATED = (
    "وقال الرئيس التونسي الباجي قائد السبسي - في كلمة بقصر قرطاج : إن حركة النهضة (حزب) ستشارك",
    "تم نقل المصابين إلى مستشفى الحبيب بورقيبة بصفاقس ومستشفى سهلول بسوسة حسب وكالة تونس إفريقيا للأنباء",
    "وأكد المتحدث باسم الجيش العقيد بلحسن الوسلاتي أن الجيش قصف جبل الشعانبي وجبل سمامة بولاية القصرين",
    "أعلن النادي الإفريقي عن تعاقده مع اللاعب أيمن عبد النور قادما من الترجي الرياضي التونسي في ملعب رادس",
)


def test_a_rule_whose_gate_is_shut_changes_nothing():
    """The gates of :mod:`.gates` are the rules' own first tests: with the gate shut the rule changes no
    tag, and the rules run through their gates give what each rule called in turn gives."""
    from arabnews.extract.entities import corrections
    from arabnews.extract.entities.crf import default_tagger
    from arabnews.extract.entities.gates import gate_of, shut
    from arabnews.extract.entities.rulewords import sentence_bits, sentence_texts

    gaz, tagger = default_gazetteer(), default_tagger()
    rules = [*backoff.RULES, *corrections.CATALOGUE.values()]
    shut_seen = 0
    for text in _gate_sentences():
        toks = tokenize(text)
        crf = tagger.tag_many([[t.norm for t in toks]])[0][0]
        relabelled = [[t.replace(a, b) for t in crf] for a, b in (("PER", "ORG"), ("ORG", "LOC"), ("I-", "B-"))]
        for tags in (crf, ["O"] * len(toks), *relabelled):
            for rule in rules:
                g = gate_of(rule)
                if g is not None and shut(g, sentence_bits(toks), set(tags), set(sentence_texts(toks))):
                    out = list(tags)
                    rule(toks, out, gaz)
                    assert out == tags, (rule.__name__, text)
                    shut_seen += 1
            called = list(tags)
            for rule in rules:
                rule(toks, called, gaz)
            assert backoff.run_rules(rules, toks, tags, gaz) == called, text
    assert shut_seen


def test_run_rules_reads_a_list_of_rules_afresh():
    """A caller's list of rules may change between sentences (``scripts/eval_ner.py --rules``)."""
    toks, gaz = tokenize("قصفت الطائرات ريف إدلب"), default_gazetteer()
    tags = ["O", "O", "B-LOC", "I-LOC"]
    rules: list = []
    assert backoff.run_rules(rules, toks, tags, gaz) == tags
    rules.append(backoff.head_out_of_loc)
    assert backoff.run_rules(rules, toks, tags, gaz) == ["O", "O", "O", "B-LOC"]
