"""The entities of one sentence as the entity family tests compare them, read by the stages the entities stage
needs (numbers, dates and groups before it), every span checked at its offsets."""

from __future__ import annotations

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
