"""The claims of a text with every span checked against it: what the attribution tests of sessions 28 and 29 read."""

from __future__ import annotations

from typing import Any


def checked_quotes(doc: Any, text: str) -> list[Any]:
    """The claims of ``doc`` (the analysis of ``text``), after asserting that each span is its surface: the claim,
    its cue and the cue's ``tail``, its source and the source's ``antecedent``, ``via`` and ``coordinated`` speakers."""
    quotes = list(doc.layers["quotes"])
    for q in quotes:
        assert text[q.start:q.end] == q.text
        src = q.source or {}
        for span in (src or None, src.get("antecedent"), src.get("via"), *src.get("coordinated", ()), q.cue,
                     q.cue.get("tail")):
            if span:
                assert text[span["start"]:span["end"]] == span["text"]
    return quotes


def claim_tuples(nlp: Any, text: str) -> list[tuple[Any, ...]]:
    """(kind, content, cue, source text or None) of each claim of ``text`` analysed by ``nlp``, spans checked
    (the attribution tests of session 30)."""
    return [(q.kind, q.text, q.cue["text"], (q.source or {}).get("text")) for q in checked_quotes(nlp(text), text)]


def typed_claim_tuples(nlp: Any, text: str) -> list[tuple[Any, ...]]:
    """(kind, content, cue, source text or None, source_type) of each claim of ``text``, spans checked (the
    attribution tests of sessions 29 and 36)."""
    return [(q.kind, q.text, q.cue["text"], (q.source or {}).get("text"), q.source_type)
            for q in checked_quotes(nlp(text), text)]


def relayed_claim_tuples(nlp: Any, text: str) -> list[tuple[Any, ...]]:
    """(kind, content, cue, source text or None, via text or None, cue tail text or None) of each claim of ``text``,
    spans checked (the attribution tests of session 48: a source phrase between commas)."""
    out = []
    for q in checked_quotes(nlp(text), text):
        src, tail = q.source or {}, q.cue.get("tail")
        out.append((q.kind, q.text, q.cue["text"], src.get("text"), (src.get("via") or {}).get("text"),
                    tail and tail["text"]))
    return out
