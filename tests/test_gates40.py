"""Session 40 (pf40a, issue #18; speed, output unchanged): :func:`.backoff.run_rules` asks one test of the tags for a
rule of ``on_names`` (a name's tags, :data:`.gates.NAME_TAGS`, or its own gate's, which are a name's) and one test
of the sentence's key for a gate of word bits or of token texts alone (each text a bit above the words' bits,
:class:`.backoff._Plan`); a gate of bits and texts asks both.  The rules it calls, and the tags they leave, are
those of the gates and ``on_names`` asked one by one."""

from __future__ import annotations

from arabnews import tokenize
from arabnews.extract.entities import backoff, corrections
from arabnews.extract.entities.bio import Tag
from arabnews.extract.entities.gates import NAME_TAGS, gate, gate_of
from arabnews.extract.entities.gazetteer import Gazetteer, default_gazetteer
from arabnews.extract.entities.rulewords import CAMP_HEAD, TITLE, sentence_bits

calls: list[str] = []


def add_person(toks, tags: list[Tag], gaz: Gazetteer) -> None:
    calls.append("add_person")
    tags[1] = "B-PER"


def on_name(toks, tags: list[Tag], gaz: Gazetteer) -> None:
    calls.append("on_name")


@gate(texts=("(", "«"))
def bracket_or_quote(toks, tags: list[Tag], gaz: Gazetteer) -> None:
    calls.append("bracket_or_quote")


@gate(texts=(":",))
def colon(toks, tags: list[Tag], gaz: Gazetteer) -> None:
    calls.append("colon")


@gate(bits=TITLE, texts=(":",))
def title_and_colon(toks, tags: list[Tag], gaz: Gazetteer) -> None:
    calls.append("title_and_colon")


@gate(bits=CAMP_HEAD)
def camp(toks, tags: list[Tag], gaz: Gazetteer) -> None:
    calls.append("camp")


RULES = (bracket_or_quote, colon, title_and_colon, camp, on_name, add_person, on_name)
ON = frozenset({on_name})


def run(text: str, tags: list[Tag] | None = None) -> tuple[list[Tag], list[str]]:
    toks = tokenize(text)
    calls.clear()
    out = backoff.run_rules(RULES, toks, tags or ["O"] * len(toks), default_gazetteer(), ON)
    return out, list(calls)


def test_a_rule_of_on_names_waits_for_a_name() -> None:
    """"قال الرئيس أمس": no name before add_person, so on_name is called only after it."""
    out, seen = run("قال الرئيس أمس")
    assert out == ["O", "B-PER", "O"]
    assert seen == ["add_person", "on_name"]
    out, seen = run("قال الرئيس أمس", ["O", "O", "B-LOC"])
    assert seen == ["on_name", "add_person", "on_name"]


def test_a_gate_of_texts_alone_opens_on_any_of_its_texts() -> None:
    """«…» and ( open the same gate; ":" its own; the gate of a title and ":" needs both (the president is a title)."""
    assert run("قال « نعم »")[1] == ["bracket_or_quote", "add_person", "on_name"]
    assert run("قال ( نعم )")[1] == ["bracket_or_quote", "add_person", "on_name"]
    assert run("قال : نعم")[1] == ["colon", "add_person", "on_name"]
    assert run("قال الرئيس : نعم")[1] == ["colon", "title_and_colon", "add_person", "on_name"]
    assert run("قال الرئيس نعم")[1] == ["add_person", "on_name"]


def test_a_gate_of_word_bits_opens_on_its_words() -> None:
    """"مخيم" is a camp's head (its bit, after و too)."""
    toks = tokenize("وصل ومخيم الهول")
    assert sentence_bits(toks) & CAMP_HEAD
    assert run("وصل ومخيم الهول")[1] == ["camp", "add_person", "on_name"]


def test_the_plans_of_the_stage() -> None:
    """Every rule of ``on_names`` is asked a name's tags (its own gate's are a name's); a gate of texts alone is
    a bit of its own above the words' bits, one per text."""
    for rules, on in ((backoff.RULES, backoff.ON_NAMES), (corrections.RULES, corrections.ON_NAMES)):
        plan = backoff._plan(rules, on)
        assert backoff._plan(rules, on) is plan
        texts_alone = set()
        for (rule, mask, tags, texts), r in zip(plan.steps, rules, strict=True):
            assert rule is r
            g = gate_of(rule)
            if rule in on:
                assert tags and tags <= NAME_TAGS
            if g is not None and g.bits:
                assert mask == g.bits and texts == g.texts
            elif g is not None and g.texts:
                assert mask == sum(plan.text_bits[t] for t in g.texts) and not texts
                assert mask >> plan.word_bits.bit_length()
                texts_alone |= g.texts
            else:
                assert mask == 0
        assert plan.texts == texts_alone == plan.text_bits.keys()
        assert len(set(plan.text_bits.values())) == len(plan.text_bits)
