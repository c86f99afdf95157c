"""The document's entities in folded offsets, mapped once per stage for every reading that needs them."""

from __future__ import annotations

from collections.abc import Iterator

from ...document import Document, EntitySpan

#: Where :func:`entity_spans` keeps its answer in a document's memo (dropped when the stage is done).
KEY = "attribution.entity_spans"


def entity_spans(doc: Document) -> Iterator[tuple[EntitySpan, tuple[int, int]]]:
    """Each entity of ``doc`` with its folded span, in the layer's order.  The spans are mapped in one call
    (:meth:`~arabnews.text.normalize.NormalizedText.spans_to_normalized`) and kept in the document's memo while its
    entities stay the same list of the same length: the ORGs a cue word may stand in, the PER starts by end, the
    entities' starts, the places and the speakers' mentions each mapped every entity again (session 43)."""
    ents = doc.entities
    got = doc.memo.get(KEY)
    if got is None or got[0] is not doc.text or got[1][0] is not ents or got[1][1] != len(ents):
        kept = [e for e in ents if isinstance(e, EntitySpan)]
        got = doc.memo[KEY] = (doc.text, (ents, len(ents), kept,
                                          doc.view.spans_to_normalized([(e.start, e.end) for e in kept])))
    return zip(got[1][2], got[1][3], strict=True)
