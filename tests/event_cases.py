"""The events of one sentence for the family tests: every event's, argument's and count's offsets are checked
against its text, and each event is summed up as a tuple the tests compare."""

from __future__ import annotations

from typing import Any, Final

import arabnews

#: The reference day the event family tests read their sentences on.
REF: Final = "2017-06-01"


def events(nlp, text: str, counts: bool = False) -> list[tuple]:
    """(trigger, subtype, negated, [(role, text)]) of each event of ``text``, and its fatalities and injured
    values when ``counts``."""
    doc = nlp(text, reference_date=REF)
    out: list[tuple] = []
    for e in doc.layers["events"]:
        assert doc.text[e.start:e.end] == e.text
        for a in e.actors:
            assert doc.text[a["start"]:a["end"]] == a["text"]
        for count in (e.fatalities, e.injured):
            if count and "start" in count:
                assert doc.text[count["start"]:count["end"]] == count["text"]
        row = (e.text, e.subtype, e.negated, [(a["role"], a["text"]) for a in e.actors])
        if counts:
            row += (e.fatalities["value"] if e.fatalities else None, e.injured["value"] if e.injured else None)
        out.append(row)
    return out


def located(nlp, text: str) -> list:
    """The events of ``text`` (the layer's objects), each event's and its place's (and the place's ``within``)
    offsets checked against the text."""
    doc = nlp(text, reference_date=REF)
    evs = doc.layers["events"]
    for e in evs:
        assert doc.text[e.start:e.end] == e.text
        if e.location:
            assert doc.text[e.location["start"]:e.location["end"]] == e.location["text"]
            inner = e.location.get("within")
            if inner:
                assert doc.text[inner["start"]:inner["end"]] == inner["text"]
    return evs


def dated(nlp, text: str) -> list[tuple[str, dict]]:
    """(trigger, date record) of each event of ``text``; a dated record's offsets are checked."""
    doc = nlp(text, reference_date=REF)
    out = []
    for e in doc.layers["events"]:
        if "start" in e.date:
            assert doc.text[e.date["start"]:e.date["end"]] == e.date["text"]
        out.append((e.text, e.date))
    return out


def text_before_reading(folded: str, at: int) -> tuple[bool, bool]:
    """The events rules' reading of the whole folded text before offset ``at`` (split again, as before session 27):
    (an industrial accident told and no attack, an attacking animal told and no armed attack) — the reference the
    per-document facts (``events.stage._DocumentWords``) are checked against."""
    from arabnews.extract.events import stage as ev

    before = folded[:at].split()
    accident = not any(ev._in(w, ev.ATTACK_EVIDENCE) for w in before) and any(
        ev._in(w, ev.BLAST_LEXEMES) and ev._plant_after(before, j + 1) for j, w in enumerate(before))
    animal = not any(ev._in(w, ev.ARMED_EVIDENCE) for w in before) and any(
        ev._in(w, ev.ATTACKING_ANIMALS) and not (j and ev._in(before[j - 1], ev.ANIMAL_NAME_OPENERS))
        for j, w in enumerate(before))
    return accident, animal


def event_dicts(text: str, ref: str = REF) -> list[dict[str, Any]]:
    """The events of ``text`` as in the JSON (the default pipeline; sessions 37, 38)."""
    out: list[dict[str, Any]] = arabnews.analyze(text, reference_date=ref).to_dict()["events"]
    return out


def roles(e: dict[str, Any]) -> list[tuple[str, str]]:
    """(role, text) of each actor of an event dict."""
    return [(a["role"], a["text"]) for a in e["actors"]]


def toll(text: str, span: str, value: Any, approx: bool) -> dict[str, Any]:
    """The JSON of a count (fatalities, injured, casualties) of ``value`` written as ``span`` in ``text``."""
    return {"value": value, "approx": approx, "start": text.index(span), "end": text.index(span) + len(span),
            "text": span}


def events_of(nlp: Any, text: str, ref: str = REF) -> list[Any]:
    """The events of ``text`` read by ``nlp`` on the reference day ``ref`` (the layer's objects; session 47)."""
    return list(nlp(text, reference_date=ref).layers["events"])


def span_of(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    """``(start, end)`` of the ``nth`` occurrence (from 0) of ``part`` in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def roles_of(event: Any) -> list[tuple[str, str]]:
    """The sorted ``(role, text)`` pairs of the actors and targets of ``event`` (a layer object)."""
    return sorted((a["role"], a["text"]) for a in event.actors)
