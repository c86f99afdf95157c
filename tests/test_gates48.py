"""Session 48 (pf48d, issue #18; speed, output unchanged): rules that ran on many sentences and changed nothing.

:func:`.boundaries.whole_multiword_place` ran on each sentence with a place (260 of the benchmark's 1,306 sentences,
no change; 7,105 runs over ANT 0-2999, 6 changes).  It joins an untagged word before a country when the two make
another country ("جنوب السودان"): that word is one of :func:`.gazetteer.country_prefix_words`, the mark
``country_prefix`` of the word flags (:func:`.rulewords.word_flags`), now its gate with a B-LOC.

:func:`.boundaries.trim_function_words` ran on each sentence with a name (429 of the benchmark's sentences, 3
changes; 10,513 runs over ANT 0-2999, 44 changes) and built, for each name, its words and put its first and last
words to five tests.  A name neither of whose ends is a word one of the tests may drop (:func:`.boundaries._may_trim`,
asked once per word and kept on the gazetteer), nor a person starting with "على" as written, is passed by.

:func:`.persons.waw_surname` (387 runs of the benchmark, none changed; 9,614 over ANT 0-2999, 1 change) visited every
token of its sentence; a word can act only after a B-PER or as a B-LOC, and it visits those alone.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import arabnews
from arabnews import tokenize
from arabnews.extract.entities import backoff, corrections
from arabnews.extract.entities.bio import Tag
from arabnews.extract.entities.boundaries import (
    _accusative_noun,
    _clitic_function_word,
    _may_trim,
    _quantity_word,
    trim_function_words,
    whole_multiword_place,
)
from arabnews.extract.entities.gates import Gate, gate_of
from arabnews.extract.entities.gazetteer import country_prefix_words, default_gazetteer
from arabnews.extract.entities.persons import _unknown_given_name, _waw_surname, waw_surname
from arabnews.extract.entities.rulewords import (
    COUNTRY_FIRST,
    COUNTRY_PREFIX,
    LOC_HEAD,
    all_function_words,
    rule_words,
    word_flags,
)
from arabnews.lang.ar import clitic_splits, fold
from gate_cases import every_rule, runs_as_alone, shuts_as_noop

ANT = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "ant-v1.1.txt"
needs_ant = pytest.mark.skipif(not ANT.exists(), reason="ANT corpus not available")


def test_whole_multiword_place_is_gated_on_its_word_and_a_place() -> None:
    assert gate_of(whole_multiword_place) == Gate(COUNTRY_PREFIX, frozenset({"B-LOC"}))
    assert COUNTRY_PREFIX and not COUNTRY_PREFIX & (COUNTRY_FIRST | LOC_HEAD)


def _prefixes() -> set[str]:
    """The words before a country that make a country with it, read from the gazetteer's own places (heads too)."""
    places = default_gazetteer().places
    countries = {name for name, place in places.items() if place.kind == "country"}
    return {name[:at] for name in countries for at, c in enumerate(name) if c == " " and name[at + 1:] in countries}


def test_the_prefixes_are_the_gazetteers_less_the_place_heads() -> None:
    gaz = default_gazetteer()
    words = country_prefix_words()
    assert "جنوب" in words  # "جنوب السودان"
    assert words == {w for w in _prefixes() if not gaz.is_loc_head(w)}
    assert "شمال" not in words and "السودان" not in words


# (with the article too: the rule reads "الجنوب" as "جنوب" also, as the gazetteer's lemma forms do)
@pytest.mark.parametrize("word", ["جنوب", "وجنوب", "لجنوب", "بجنوب", "فجنوب", "ولجنوب", "الجنوب"])
def test_the_prefix_has_its_bit_with_its_clitics(word: str) -> None:
    assert word_flags(word) & COUNTRY_PREFIX


@pytest.mark.parametrize("word", ["شمال", "السودان", "جنوبي", "غرب", "وشمال"])
def test_other_words_have_no_bit(word: str) -> None:
    assert not word_flags(word) & COUNTRY_PREFIX


@pytest.mark.parametrize(("text", "tags", "want"), [
    # ANT 2018
    ("عن مسؤولين في جنوب السودان قولهم", ["O", "O", "O", "O", "B-LOC", "O"],
     ["O", "O", "O", "B-LOC", "I-LOC", "O"]),
    ("طائرة ركاب تابعة لجنوب السودان تحطمت", ["O", "O", "O", "O", "B-LOC", "O"],
     ["O", "O", "O", "B-LOC", "I-LOC", "O"]),
    # ANT 186
    ("قبعت جمهورية أفريقيا الوسطى والصومال وجنوب السودان في ذيل الترتيب .",
     ["O", "B-LOC", "I-LOC", "I-LOC", "B-LOC", "O", "B-LOC", "O", "O", "O", "O"],
     ["O", "B-LOC", "I-LOC", "I-LOC", "B-LOC", "B-LOC", "I-LOC", "O", "O", "O", "O"]),
])
def test_whole_multiword_place_still_runs(text: str, tags: list[Tag], want: list[Tag]) -> None:
    runs_as_alone(whole_multiword_place, text, tags, want)


@pytest.mark.parametrize(("text", "tags"), [
    ("عن مسؤولين في شمال السودان قولهم", ["O", "O", "O", "O", "B-LOC", "O"]),
    ("عن مسؤولين في السودان قولهم", ["O", "O", "O", "B-LOC", "O"]),
])
def test_without_its_word_the_gate_shuts(text: str, tags: list[Tag]) -> None:
    shuts_as_noop(whole_multiword_place, text, tags)


@needs_ant
def test_on_ant_every_word_the_rule_may_join_has_its_bit() -> None:
    """Over every word of ANT 0-999: a word that is no place head and one of whose readings (as the rule reads the
    word: its clitic splits' lemma forms, folded) makes a country with a country after it has the bit."""
    gaz = default_gazetteer()
    prefixes = _prefixes()
    arts = ANT.read_text(encoding="utf-8").split("\n\n")[:1000]
    found = 0
    for norm in {t.norm for art in arts for t in tokenize(art) if t.kind == "word"}:
        readings = {fold(f) for sp in clitic_splits(norm) for f in sp.lemma_forms}
        if prefixes.isdisjoint(readings) or gaz.is_loc_head(norm):
            continue
        found += 1
        assert word_flags(norm) & COUNTRY_PREFIX, norm
    assert found >= 5


@needs_ant
@pytest.mark.parametrize("index", [186, 2018])
def test_ant_articles_analysed_with_every_rule_called_are_the_same(index: int, monkeypatch: Any) -> None:
    """ANT articles where whole_multiword_place joins "جنوب" to "السودان" (with its gate always shut, the entities
    differ): the entities of the pipeline, whose plans shut the gates, are those of the pipeline calling every
    back-off and correction rule in order."""
    art = ANT.read_text(encoding="utf-8").split("\n\n")[index]
    nlp = arabnews.Pipeline()
    gated = nlp(art, reference_date="2017-06-01").to_dict()["entities"]
    assert any(e["text"].endswith("جنوب السودان") for e in gated)
    monkeypatch.setattr(backoff, "run_rules", every_rule)
    monkeypatch.setattr(corrections, "run_rules", every_rule)
    called = nlp(art, reference_date="2017-06-01").to_dict()["entities"]
    assert called == gated


@pytest.mark.parametrize(("text", "tags", "want"), [
    # a preposition at a name's end, with ف on a particle at its start (the docstrings' examples)
    ("للميليشيا على", ["B-ORG", "I-ORG"], ["B-ORG", "O"]),
    ("حافظ بن يحيا فإنّ", ["B-PER", "I-PER", "I-PER", "I-PER"], ["B-PER", "I-PER", "I-PER", "O"]),
    ("فإن خطر الإصابة", ["B-PER", "I-PER", "I-PER"], ["O", "B-PER", "I-PER"]),
    ("فإن خطر", ["B-PER", "I-PER"], ["O", "O"]),  # ANT 222: one common noun after the particle names no one
    # an accusative noun ends no place nor organisation (ANT 42: "18 عملا")
    ("مجلة فورين بوليسي تقريرا", ["O", "B-ORG", "I-ORG", "I-ORG"], ["O", "B-ORG", "I-ORG", "O"]),
    ("على يوتيوب", ["B-PER", "I-PER"], ["O", "O"]),  # ANT 62: "على" written with ى
    ("انتشل من البحر العشرات", ["O", "O", "B-LOC", "I-LOC"], ["O", "O", "B-LOC", "O"]),  # a quantity
])
def test_trim_function_words_still_trims(text: str, tags: list[Tag], want: list[Tag]) -> None:
    toks = tokenize(text)
    out = list(tags)
    trim_function_words(toks, out, default_gazetteer())
    assert out == want


def test_a_name_without_such_an_end_is_left() -> None:
    toks = tokenize("قال الرئيس عبد الفتاح السيسي أمس")
    tags = ["O", "O", "B-PER", "I-PER", "I-PER", "O"]
    out = list(tags)
    trim_function_words(toks, out, default_gazetteer())
    assert out == tags
    assert not any(_may_trim(t.norm, default_gazetteer()) for t in toks[2:5])


@needs_ant
def test_on_ant_every_word_a_test_may_drop_may_be_trimmed() -> None:
    """Over every word of ANT 0-999: a word that one of the rule's tests of a name's ends drops, as it asks them (the
    function words of either list, a clitic on one with the word as written, the accusative, a trailing function
    word, a quantity), is one :func:`_may_trim` answers true for."""
    gaz = default_gazetteer()
    func, trailing = all_function_words(), rule_words().trailing_function_words
    arts = ANT.read_text(encoding="utf-8").split("\n\n")[:1000]
    seen: set[str] = set()
    found = 0
    for tok in (t for art in arts for t in tokenize(art) if t.kind == "word"):
        if tok.text in seen:
            continue
        seen.add(tok.text)
        word = fold(tok.norm)
        if word in func or _clitic_function_word(tok, word, func) or _accusative_noun(word, gaz) \
                or word in trailing or _quantity_word(tok.norm):
            found += 1
            assert _may_trim(tok.norm, gaz), tok.text
    assert found >= 100


@needs_ant
@pytest.mark.parametrize("index", [42, 222, 230, 309])
def test_ant_articles_trimmed_are_those_of_the_rule_without_its_pass(index: int, monkeypatch: Any) -> None:
    """ANT articles where trim_function_words drops a name's end (with :func:`_may_trim` false, the entities
    differ): the pipeline gives the entities it gives when every word may be trimmed (the rule's tests asked of each
    name, as before session 48)."""
    from arabnews.extract.entities import boundaries
    from arabnews.extract.entities.gazetteer import Gazetteer

    art = ANT.read_text(encoding="utf-8").split("\n\n")[index]
    nlp = arabnews.Pipeline()
    passed = nlp(art, reference_date="2017-06-01").to_dict()["entities"]
    monkeypatch.setattr(boundaries, "_may_trim", lambda norm, gaz: True)
    real = Gazetteer.word_cache
    monkeypatch.setattr(Gazetteer, "word_cache",
                        lambda self, name: {} if name == "trim_function_word_end" else real(self, name))
    asked = nlp(art, reference_date="2017-06-01").to_dict()["entities"]
    assert asked == passed and passed


@pytest.mark.parametrize(("text", "tags", "want"), [
    ("قال ثيو والكوت إن", ["O", "O", "B-LOC", "O"], ["O", "B-PER", "I-PER", "O"]),
    ("سجل مارك والاس هدفا", ["O", "B-PER", "O", "O"], ["O", "B-PER", "I-PER", "O"]),
    ("وقال روبرت واتسون أمس", ["O", "B-PER", "O", "O"], ["O", "B-PER", "I-PER", "O"]),
    ("لاعبه ثيو والكوت", ["O", "O", "B-LOC"], ["O", "B-PER", "I-PER"]),
    ("زار أوباما والعراق", ["O", "B-PER", "B-LOC"], ["O", "B-PER", "B-LOC"]),
    ("ترامب وصهره", ["B-PER", "O"], ["B-PER", "O"]),
    ("كل من حيفاء والناصرة", ["O", "O", "B-LOC", "B-LOC"], ["O", "O", "B-LOC", "B-LOC"]),
])
def test_waw_surname_still_joins(text: str, tags: list[Tag], want: list[Tag]) -> None:
    out = list(tags)
    waw_surname(tokenize(text), out, default_gazetteer())
    assert out == want


def _waw_surname_every_token(toks: Any, tags: list[Tag], gaz: Any) -> None:
    """The rule as it was before session 48: each token visited."""
    n = len(toks)
    for k in range(1, n):
        if toks[k].kind != "word" or toks[k].text[:1] != "و" or tags[k] not in ("O", "B-LOC"):
            continue
        if k + 1 < n and tags[k + 1] in ("I-LOC", "I-PER"):
            continue
        h = k - 1
        if tags[k] == "O":
            if tags[h] != "B-PER":
                continue
        elif not (tags[h] == "O" and (h == 0 or tags[h - 1] == "O") and _unknown_given_name(toks[h], gaz)):
            continue
        elif h > 0 and fold(toks[h - 1].norm) in rule_words().function_words:
            continue
        if _waw_surname(toks[k], tags[k], gaz):
            tags[h], tags[k] = "B-PER", "I-PER"


@needs_ant
def test_on_ant_waw_surname_is_the_rule_visiting_every_token() -> None:
    """Over the sentences of ANT 0-299, each tagged four ways around its words with و (the word before a B-PER; each
    such word a B-LOC; both, alternately; a PER of one word before each and a LOC after): the rule gives what it gave
    visiting every token."""
    gaz = default_gazetteer()
    arts = ANT.read_text(encoding="utf-8").split("\n\n")[:300]
    changed = 0
    for art in arts:
        for line in art.splitlines():
            toks = tokenize(line)
            waw = [k for k, t in enumerate(toks) if k and t.text[:1] == "و"]
            if not waw:
                continue
            patterns = []
            for way in range(4):
                tags = ["O"] * len(toks)
                for m, k in enumerate(waw):
                    if way == 0 or (way == 2 and m % 2):
                        tags[k - 1] = "B-PER"
                    elif way == 1 or way == 2:
                        tags[k] = "B-LOC"
                    elif k + 1 < len(toks):
                        tags[k - 1], tags[k + 1] = "B-PER", "B-LOC"
                patterns.append(tags)
            for tags in patterns:
                want, got = list(tags), list(tags)
                _waw_surname_every_token(toks, want, gaz)
                waw_surname(toks, got, gaz)
                assert got == want, line
                changed += want != tags
    assert changed >= 5
