"""The claims of a text as the attribution family tests compare them."""

from __future__ import annotations

from arabnews import Pipeline


def claims(nlp: Pipeline, text: str) -> list[tuple]:
    """Each quote of ``text`` as (kind, content, cue, source or None, source_type), in text order.

    >>> claims(Pipeline(), "وقال الوزير إن الوضع مستقر.")[0][1:4]
    ('إن الوضع مستقر', 'قال', 'الوزير')
    """
    return [(q.kind, q.text, q.cue["text"], q.source["text"] if q.source else None, q.source_type)
            for q in nlp(text).layers["quotes"]]
