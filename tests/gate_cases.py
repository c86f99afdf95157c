"""How the gate tests ask whether a rule's gate shuts on a sentence (sessions 37 and 39)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from arabnews.extract.entities.bio import Tag
from arabnews.extract.entities.gates import gate_of, shut
from arabnews.extract.entities.rulewords import sentence_bits, sentence_text_set


def gate_shuts(rule: Callable[..., Any], toks: Sequence[Any], tags: Sequence[str]) -> bool:
    """Does ``rule``'s gate (it must have one) shut on the sentence ``toks`` tagged ``tags``?"""
    g = gate_of(rule)
    assert g is not None, rule.__name__
    return shut(g, sentence_bits(toks), set(tags), sentence_text_set(toks))


def runs_as_alone(rule: Callable[..., Any], text: str, tags: list[str], want: list[str]) -> None:
    """``rule`` called alone on ``text``'s tokens tagged ``tags`` gives ``want``, its gate stays open there, and the
    rule plan (:func:`backoff.run_rules`, which asks the gate) gives ``want`` too (session 46's gate tests)."""
    from arabnews import tokenize
    from arabnews.extract.entities.backoff import run_rules
    from arabnews.extract.entities.gazetteer import default_gazetteer

    toks = tokenize(text)
    assert len(toks) == len(tags)
    gaz = default_gazetteer()
    alone = list(tags)
    rule(toks, alone, gaz)
    assert alone == want
    assert not gate_shuts(rule, toks, tags)
    assert run_rules((rule,), toks, tags, gaz) == want


def shuts_as_noop(rule: Callable[..., Any], text: str, tags: list[str]) -> None:
    """``rule`` called alone on ``text``'s tokens tagged ``tags`` changes nothing, and its gate shuts there."""
    from arabnews import tokenize
    from arabnews.extract.entities.gazetteer import default_gazetteer

    toks = tokenize(text)
    assert len(toks) == len(tags)
    alone = list(tags)
    rule(toks, alone, default_gazetteer())
    assert alone == tags
    assert gate_shuts(rule, toks, tags)


def every_rule(rules: Sequence[Any], toks: Sequence[Any], tags: Sequence[Tag], gaz: Any,
               on_names: frozenset[Any] = frozenset()) -> list[Tag]:
    """:func:`backoff.run_rules` without its gates: the tags after each of ``rules`` called in order (a test puts it
    in place of ``run_rules`` to compare a pipeline whose plans shut the gates with one that calls every rule)."""
    out = list(tags)
    for rule in rules:
        rule(toks, out, gaz)
    return out
