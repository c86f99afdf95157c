"""The groups and relations of one text for the family tests, every span's offsets checked against the text."""

from __future__ import annotations

import datetime as dt

#: The reference day the groups family tests read their sentences on.
REF = dt.date(2017, 6, 1)


def groups(nlp, text: str) -> list[tuple[str, str]]:
    """(text, id or "disc") of every group of ``text``; offsets checked."""
    doc = nlp(text, reference_date=REF)
    for g in doc.groups:
        assert text[g.start:g.end] == g.text
    return [(g.text, g.id if g.source != "pattern" else "disc") for g in doc.groups]


def group_ids(nlp, text: str, ref: str) -> list[tuple[str, str | None]]:
    """(text, id) of every group of ``text`` read on ``ref`` (discovered groups with their own "disc-…" ids);
    offsets checked."""
    doc = nlp(text, reference_date=ref)
    for g in doc.groups:
        assert text[g.start:g.end] == g.text
    return [(g.text, g.id) for g in doc.groups]


def relations(nlp, text: str) -> list[tuple[str, str | None, str | None, str]]:
    """(type, head id, tail id, text) of every relation of ``text``; its own, head and tail offsets checked."""
    doc = nlp(text, reference_date=REF)
    for r in doc.layers["relations"]:
        assert text[r.start:r.end] == r.text
        assert text[r.attrs["head_start"]:r.attrs["head_end"]] == r.head_text
        assert text[r.attrs["tail_start"]:r.attrs["tail_end"]] == r.tail_text
    return [(r.type, r.head, r.tail, r.text) for r in doc.layers["relations"]]
