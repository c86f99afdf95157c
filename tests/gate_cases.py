"""How the gate tests ask whether a rule's gate shuts on a sentence (sessions 37 and 39)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from arabnews.extract.entities.gates import gate_of, shut
from arabnews.extract.entities.rulewords import sentence_bits, sentence_text_set


def gate_shuts(rule: Callable[..., Any], toks: Sequence[Any], tags: Sequence[str]) -> bool:
    """Does ``rule``'s gate (it must have one) shut on the sentence ``toks`` tagged ``tags``?"""
    g = gate_of(rule)
    assert g is not None, rule.__name__
    return shut(g, sentence_bits(toks), set(tags), sentence_text_set(toks))
