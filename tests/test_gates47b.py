"""Session 47 (pf47c, issue #18; speed, output unchanged): gates of four rules that ran with no change, and the
ordinals' words of :func:`.backoff.regnal_ordinals`.

Four rules ran on every sentence with a person (242 to 245 of the benchmark's 1,306 sentences) and changed nothing
there; each asks a word of its own list, now a bit of the word flags (:func:`.rulewords.word_flags`):

- :func:`.persons.spokesman_not_name` a spokesman's word before "باسم" ("المتحدث", "متحدثة"): ``rules.yaml``'s new
  ``spokesman_words`` (the forms were a literal of ``persons.py``), a list of ``_LISTS`` (the word's stems);
- :func:`.places.place_named_after_person` a head of ``eponym_place_heads`` or ``kunya_place_heads`` ("منطقة",
  "معسكر"), asked by ``in_list``: both lists of ``_LISTS``;
- :func:`.places.place_named_for_person` a head of ``place_person_heads`` as written after و/ف and ب or not
  ("بسيدي", "وبئر"): the mark ``place_person_head``;
- :func:`.persons.dialect_not_person` a PER's first word in ``person_words.yaml``'s ``dialect_words`` after و/ف or
  not ("ماشي"): the mark ``dialect_first``.

:func:`.backoff.regnal_ordinals` folded every token of its sentence to find an ordinal ("الثاني"); it visits the
words flagged as ordinals only (the same bit its gate asks).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import arabnews
from arabnews import tokenize
from arabnews.extract.entities import backoff, corrections
from arabnews.extract.entities.backoff import regnal_ordinals
from arabnews.extract.entities.bio import Tag
from arabnews.extract.entities.gates import Gate, gate_of
from arabnews.extract.entities.persons import _bare_readings, dialect_not_person, dialect_words, spokesman_not_name
from arabnews.extract.entities.places import _place_for_person, place_named_after_person, place_named_for_person
from arabnews.extract.entities.rulewords import (
    DIALECT_FIRST,
    EPONYM_PLACE_HEAD,
    PLACE_PERSON_HEAD,
    SPOKESMAN,
    rule_words,
    stems,
    word_flags,
)
from arabnews.lang.ar import fold
from gate_cases import every_rule, runs_as_alone, shuts_as_noop

ANT = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "ant-v1.1.txt"
needs_ant = pytest.mark.skipif(not ANT.exists(), reason="ANT corpus not available")


@pytest.mark.parametrize(("rule", "bits"), [
    (spokesman_not_name, SPOKESMAN), (place_named_after_person, EPONYM_PLACE_HEAD),
    (place_named_for_person, PLACE_PERSON_HEAD), (dialect_not_person, DIALECT_FIRST),
])
def test_each_rule_is_gated_on_its_word_and_a_person(rule, bits: int) -> None:  # type: ignore[no-untyped-def]
    assert gate_of(rule) == Gate(bits, frozenset({"B-PER"}))


def test_the_bits_are_distinct() -> None:
    bits = [SPOKESMAN, EPONYM_PLACE_HEAD, PLACE_PERSON_HEAD, DIALECT_FIRST]
    assert all(b for b in bits)
    assert sum(bin(b).count("1") for b in bits) == bin(SPOKESMAN | EPONYM_PLACE_HEAD | PLACE_PERSON_HEAD
                                                        | DIALECT_FIRST).count("1") == 5


def test_the_spokesman_words_are_read_from_rules_yaml() -> None:
    assert rule_words().spokesman_words == {"ناطق", "الناطق", "متحدث", "المتحدث", "ناطقه", "الناطقه", "متحدثه",
                                            "المتحدثه"}


@pytest.mark.parametrize(("rule", "text", "tags", "want"), [
    # ANT 152, 212 (feminine, no article), 236 (the PER ran on into the body)
    (spokesman_not_name, "وأكد المتحدث باسم شرطة هلسنكي إيقاف السائق",
     ["O", "O", "B-PER", "O", "O", "O", "O"], ["O", "O", "O", "O", "O", "O", "O"]),
    (spokesman_not_name, "أعلنت متحدثة باسم حديقة الحيوان", ["O", "O", "B-PER", "O", "O"], ["O"] * 5),
    (spokesman_not_name, "وقد قدّم المتحدث باسم الفايسبوك اعتذاره",
     ["O", "O", "O", "B-PER", "I-PER", "O"], ["O", "O", "O", "O", "B-ORG", "O"]),
    # "المتحدث الرسمي باسم": the adjective between them
    (spokesman_not_name, "وقال الناطق الرسمي باسم الوزارة", ["O", "O", "O", "B-PER", "I-PER"],
     ["O", "O", "O", "O", "B-ORG"]),
    # ANT 241, 1253 (with ب), a kunya after a camp's head
    (place_named_after_person, "في منطقة صباح السالم،", ["O", "O", "B-PER", "I-PER", "O"],
     ["O", "O", "B-LOC", "I-LOC", "O"]),
    (place_named_after_person, "وقال مسؤولون ببلدة ايفري جيري", ["O", "O", "O", "B-PER", "I-PER"],
     ["O", "O", "O", "B-LOC", "I-LOC"]),
    (place_named_after_person, "في معسكر أبو شوك", ["O", "O", "B-PER", "I-PER"], ["O", "O", "B-LOC", "I-LOC"]),
    # ANT 678 (after a noun of a locality), the docstring's ب and في, a head after و and ب ("وبسيدي")
    (place_named_for_person, "من ميناء سيدي داود،", ["O", "O", "B-PER", "I-PER", "O"],
     ["O", "O", "B-LOC", "I-LOC", "O"]),
    (place_named_for_person, "ولد بسيدي الهاني", ["O", "B-PER", "I-PER"], ["O", "B-LOC", "I-LOC"]),
    (place_named_for_person, "في بئر علي بن خليفة", ["O", "B-PER", "I-PER", "I-PER", "I-PER"],
     ["O", "B-LOC", "I-LOC", "I-LOC", "I-LOC"]),
    (place_named_for_person, "وصلوا وبسيدي بوزيد", ["O", "B-PER", "I-PER"], ["O", "B-LOC", "I-LOC"]),
    # the docstring's dialect words, with و too
    (dialect_not_person, "وخيرنا ماشي لغيرنا", ["O", "B-PER", "I-PER"], ["O", "O", "O"]),
    (dialect_not_person, "قال وتوا محمد الصالح", ["O", "B-PER", "I-PER", "I-PER"], ["O", "O", "B-PER", "I-PER"]),
])
def test_each_rule_still_runs(rule, text: str, tags: list[Tag], want: list[Tag]) -> None:  # type: ignore[no-untyped-def]
    runs_as_alone(rule, text, tags, want)


@pytest.mark.parametrize(("rule", "text", "tags"), [
    # a person, no spokesman ("باسم" as a name)
    (spokesman_not_name, "وأكد الوزير باسم يوسف", ["O", "O", "B-PER", "I-PER"]),
    # a person after a head no list holds (ولاية: a term of office)
    (place_named_after_person, "في ولاية ترامب الثانية", ["O", "O", "B-PER", "O"]),
    (place_named_for_person, "من ميناء محمد داود،", ["O", "O", "B-PER", "I-PER", "O"]),
    (dialect_not_person, "وخيرنا محمد لغيرنا", ["O", "B-PER", "I-PER"]),
])
def test_without_its_word_the_gate_shuts(rule, text: str, tags: list[Tag]) -> None:  # type: ignore[no-untyped-def]
    shuts_as_noop(rule, text, tags)


#: the proclitics a rule's word may carry here, and some it may not (the bit may be set then: a gate may open more)
_CLITICS = ("", "و", "ف", "ب", "وب", "فب", "ل", "ول", "ك", "ال", "وال", "بال")


def test_every_head_the_rule_reads_has_its_bit() -> None:
    """``places._place_for_person`` after "في" accepts a head as written after و/ف and ب or not: each such word has
    ``PLACE_PERSON_HEAD``; ``dialect_not_person`` reads a PER's first word after و/ف or not: ``DIALECT_FIRST``."""
    heads = rule_words().place_person_heads
    met = [0, 0]
    for head in heads:
        for clitics in _CLITICS:
            word = clitics + head
            toks = tokenize("في " + word)
            if len(toks) == 2 and _place_for_person(toks, 1, 2, heads):
                met[0] += 1
                assert word_flags(toks[1].norm) & PLACE_PERSON_HEAD, word
    dialect = dialect_words()
    for word in dialect:
        for clitic in _CLITICS:
            toks = tokenize(clitic + word)
            f = fold(toks[0].norm)
            if len(toks) == 1 and any(w in dialect for w in _bare_readings(f, "وف")):
                met[1] += 1
                assert word_flags(toks[0].norm) & DIALECT_FIRST, clitic + word
    # each head after ب, وب, فب at least (a head after و alone is not read: "وبرج" is no و + "برج" there)
    assert met[0] >= 3 * len(heads) and met[1] >= 2 * len(dialect), met


@needs_ant
def test_on_ant_every_word_a_gate_reads_has_its_bit() -> None:
    """Over the words of ANT 0–999: a word one of whose stems is a spokesman's has SPOKESMAN, a head of the eponym or
    kunya place heads EPONYM_PLACE_HEAD (the stems, as ``in_list`` reads a list that is no bit), a head of
    ``place_person_heads`` as ``_place_for_person`` reads it after "في" PLACE_PERSON_HEAD, a dialect word as
    ``dialect_not_person`` reads it DIALECT_FIRST."""
    rw = rule_words()
    eponym = rw.eponym_place_heads | rw.kunya_place_heads
    dialect = dialect_words()
    seen: set[str] = set()
    met = [0, 0, 0, 0]
    for art in ANT.read_text(encoding="utf-8").split("\n\n")[:1000]:
        for tok in tokenize(art):
            if tok.kind != "word" or tok.norm in seen:
                continue
            seen.add(tok.norm)
            flags, readings = word_flags(tok.norm), stems(tok.norm)
            if any(f in rw.spokesman_words for f in readings):
                met[0] += 1
                assert flags & SPOKESMAN, tok.norm
            if any(f in eponym for f in readings):
                met[1] += 1
                assert flags & EPONYM_PLACE_HEAD, tok.norm
            toks = tokenize("في " + tok.text)
            if len(toks) == 2 and _place_for_person(toks, 1, 2, rw.place_person_heads):
                met[2] += 1
                assert flags & PLACE_PERSON_HEAD, tok.norm
            if any(w in dialect for w in _bare_readings(fold(tok.norm), "وف")):
                met[3] += 1
                assert flags & DIALECT_FIRST, tok.norm
    assert all(met), met


# -- regnal_ordinals: the ordinals' words only ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "tags", "want"), [
    # ANT 221: a title, a name and its ordinal, the feminine; ANT 240: a name borne with an ordinal
    ("عن وفاة الملكة إليزابيت الثانية، رغم", ["O"] * 7, ["O", "O", "O", "B-PER", "I-PER", "O", "O"]),
    ("الذي وضعه شارل التاسع عام 1564", ["O", "O", "B-PER", "O", "O", "O"], ["O", "O", "B-PER", "I-PER", "O", "O"]),
    # "عشر" after the ordinal, the ordinal after و
    ("زار البابا بنديكت السادس عشر روما", ["O", "O", "B-PER", "O", "O", "B-LOC"],
     ["O", "O", "B-PER", "I-PER", "I-PER", "B-LOC"]),
])
def test_regnal_ordinals_still_join_the_ordinal(text: str, tags: list[Tag], want: list[Tag]) -> None:
    runs_as_alone(regnal_ordinals, text, tags, want)


def test_regnal_ordinals_leaves_the_first_of() -> None:
    """"الأول من" (the first of) is no regnal number, wherever the ordinal is among the sentence's words."""
    text = "وكان لويس الأول من نوعه"
    tags = ["O", "B-PER", "O", "O", "O"]
    shuts = list(tags)
    regnal_ordinals(tokenize(text), shuts, None)  # type: ignore[arg-type]
    assert shuts == tags


# -- whole articles ---------------------------------------------------------------------------------------------------

@needs_ant
@pytest.mark.parametrize("index", [236, 269, 241, 1253, 1280, 678, 817, 221, 240])
def test_ant_articles_analysed_with_every_rule_called_are_the_same(index: int, monkeypatch: Any) -> None:
    """ANT articles where a rule gated here changes a name (with its gate always shut, the entities differ):
    spokesman_not_name (236, 269), place_named_after_person (241, 1253, 1280), place_named_for_person (678, 817),
    regnal_ordinals (221, 240).  The entities of the pipeline, whose plans shut the gates, are those of the pipeline
    calling every back-off and correction rule in order."""
    art = ANT.read_text(encoding="utf-8").split("\n\n")[index]
    nlp = arabnews.Pipeline()
    gated = nlp(art, reference_date="2017-06-01").to_dict()["entities"]
    monkeypatch.setattr(backoff, "run_rules", every_rule)
    monkeypatch.setattr(corrections, "run_rules", every_rule)
    called = nlp(art, reference_date="2017-06-01").to_dict()["entities"]
    assert called == gated and gated
