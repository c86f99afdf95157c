"""Helpers the event tests of session 47 share (``test_events47*.py``): the events of a text read on one reference
day, a part's span in its text, an event's roles."""

from __future__ import annotations

from typing import Any

REF = "2017-06-01"


def events_of(nlp: Any, text: str, ref: str = REF) -> list[Any]:
    """The events of ``text`` read by ``nlp`` with the reference day ``ref``."""
    return list(nlp(text, reference_date=ref).layers["events"])


def span_of(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    """``(start, end)`` of the ``nth`` occurrence (from 0) of ``part`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def roles_of(event: Any) -> list[tuple[str, str]]:
    """The sorted ``(role, text)`` pairs of ``event``'s actors and targets."""
    return sorted((a["role"], a["text"]) for a in event.actors)
