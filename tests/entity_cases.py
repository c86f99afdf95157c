"""The entities of one sentence as the entity family tests compare them, read by the stages the entities stage
needs (numbers, dates and groups before it), every span checked at its offsets."""

from __future__ import annotations

import arabnews
from arabnews import Pipeline

#: The stages the entity family tests run.
NLP = Pipeline(["numbers", "dates", "groups", "entities"])


def entities(sentence: str) -> list[tuple[str, str]]:
    """Each entity of ``sentence`` as (text, label), in text order.

    >>> entities("وصل الرئيس إلى تونس")
    [('تونس', 'LOC')]
    """
    doc = NLP(sentence)
    for e in doc.entities:
        assert doc.text[e.start:e.end] == e.text
    return [(e.text, e.label) for e in doc.entities]


def analyzed_entities(text: str) -> list[tuple[str, str]]:
    """Each entity of ``text`` read by the whole default pipeline (reference date 2024-03-10) as (label, text), in
    text order, every span checked at its offsets (the entity tests of session 30)."""
    doc = arabnews.analyze(text, reference_date="2024-03-10")
    for e in doc.entities:
        assert text[e.start:e.end] == e.text
    return [(e.label, e.text) for e in doc.entities]


def assert_span(text: str, surface: str, label: str) -> None:
    """``surface`` is an entity of ``label`` at its first place in ``text``, offsets exact (whole default pipeline)."""
    doc = arabnews.analyze(text, reference_date="2024-03-10")
    start = text.index(surface)
    assert any(e.start == start and e.end == start + len(surface) and e.label == label for e in doc.entities), \
        [(e.label, e.text, e.start) for e in doc.entities]


def entity_spans(sentence: str) -> list[tuple[str, str, int]]:
    """Each entity of ``sentence`` as (text, label, start), its offsets checked (sessions 38: orgs, clubs)."""
    doc = NLP(sentence)
    for e in doc.entities:
        assert sentence[e.start:e.end] == e.text
    return [(e.text, e.label, e.start) for e in doc.entities]
