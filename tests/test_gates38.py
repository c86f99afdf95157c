"""Session 38 (pf38a, issue #18; speed, output unchanged): :func:`.backoff.run_rules` compares the tags with those it
last looked at only when a rule is about to be shut by the tags (a tag gate, or a rule of ``on_names`` while the
sentence names nothing), once for all the rules that ran since, instead of after every rule.  A gate left open by
tags that are no longer there runs a rule that changes nothing (gates are implied by the rules' first tests); a gate
the tags a rule added open is never shut.  The result is the tags that every rule called in turn leaves."""

from __future__ import annotations

import pytest

from arabnews import tokenize
from arabnews.extract.entities import backoff, corrections
from arabnews.extract.entities.bio import Tag
from arabnews.extract.entities.gates import gate
from arabnews.extract.entities.gazetteer import Gazetteer, default_gazetteer

calls: list[str] = []


def add_person(toks, tags: list[Tag], gaz: Gazetteer) -> None:
    calls.append("add_person")
    tags[1] = "B-PER"


def drop_names(toks, tags: list[Tag], gaz: Gazetteer) -> None:
    calls.append("drop_names")
    tags[:] = ["O"] * len(tags)


@gate(tags=("B-PER",))
def person_to_org(toks, tags: list[Tag], gaz: Gazetteer) -> None:
    calls.append("person_to_org")
    tags[:] = ["B-ORG" if t == "B-PER" else t for t in tags]


@gate(tags=("B-ORG",))
def org_seen(toks, tags: list[Tag], gaz: Gazetteer) -> None:
    calls.append("org_seen")


def one_by_one(rules, toks, tags, gaz) -> list[Tag]:
    out = list(tags)
    for rule in rules:
        rule(toks, out, gaz)
    return out


def test_a_tag_a_rule_adds_opens_the_gates_after_it() -> None:
    toks = tokenize("قال الرئيس أمس")
    calls.clear()
    out = backoff.run_rules((add_person, person_to_org, org_seen), toks, ["O", "O", "O"], default_gazetteer())
    assert out == ["O", "B-ORG", "O"]
    assert calls == ["add_person", "person_to_org", "org_seen"]


def test_a_gate_shut_before_any_rule_ran_stays_shut() -> None:
    toks = tokenize("قال الرئيس أمس")
    calls.clear()
    out = backoff.run_rules((person_to_org, org_seen), toks, ["O", "O", "O"], default_gazetteer())
    assert out == ["O", "O", "O"]
    assert calls == []


def test_tags_a_rule_removed() -> None:
    toks = tokenize("قال الرئيس أمس")
    gaz = default_gazetteer()
    calls.clear()
    # a gate the old tags open runs its rule, which changes nothing: no B-PER is left
    out = backoff.run_rules((drop_names, person_to_org), toks, ["O", "B-PER", "O"], gaz)
    assert out == ["O", "O", "O"]
    assert calls == ["drop_names", "person_to_org"]
    calls.clear()
    # a gate the old tags shut looks again (drop_names ran), and stays shut
    out = backoff.run_rules((drop_names, org_seen), toks, ["O", "B-PER", "O"], gaz)
    assert out == ["O", "O", "O"]
    assert calls == ["drop_names"]


SENTENCES = [
    ("وقال الرئيس التونسي قيس سعيد في تونس إن البريد التونسي", ["O", "O", "O", "B-PER", "I-PER", "O", "B-LOC", "O",
                                                               "O", "O"]),
    ("وشهدت اللاذقية وطرطوس مواجهات في ريف إدلب", ["O", "O", "O", "O", "O", "B-LOC", "I-LOC"]),
    ("وقال مراسل الجزيرة إن هامبورغ الألماني فاز", ["O", "O", "B-ORG", "O", "B-LOC", "I-LOC", "O"]),
]


@pytest.mark.parametrize(("text", "tags"), SENTENCES)
def test_the_rules_of_the_stage_as_if_each_ran(text: str, tags: list[Tag]) -> None:
    toks = tokenize(text)
    assert len(toks) == len(tags)
    gaz = default_gazetteer()
    for rules, on_names in ((backoff.RULES, backoff.ON_NAMES), (corrections.RULES, corrections.ON_NAMES)):
        assert backoff.run_rules(rules, toks, tags, gaz, on_names) == one_by_one(rules, toks, tags, gaz)
