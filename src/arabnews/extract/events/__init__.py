"""The ``events`` stage: who did what to whom, where, when, and how many were killed — one
ACLED-style record per event, built from the layers arabnews already has.

Each record is an :class:`EventSpan` whose span is the trigger word; ``type`` is one of ACLED's six
event types, ``subtype`` its sub-event type, and the arguments point to spans of other layers
(``actors`` to groups or entities, ``location`` to a LOC entity, ``date`` to a date span,
``fatalities``/``injured`` to numbers).

>>> from arabnews import Pipeline
>>> nlp = Pipeline(["numbers", "dates", "groups", "entities", "events"])
>>> doc = nlp("قصفت الطائرات الحربية مدينة حلب أمس، ما أسفر عن مقتل 5 مدنيين.", reference_date="2020-06-02")
>>> e = doc.layers["events"][0]
>>> e.text, e.type, e.subtype, e.fatalities["value"], e.date["value"]
('قصفت', 'explosions/remote violence', 'air/drone strike', 5, '2020-06-01')
>>> [(a["role"], a["text"]) for a in e.actors], e.location["text"]
([('actor', 'الطائرات الحربية')], 'حلب')
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ...document import Document, register_layer
from ...document import Span as _Span
from .stage import EventExtractor, make_stage
from .triggers import lexicon

__all__ = ["EVENT_TYPES", "EventExtractor", "EventSpan", "events_frame", "lexicon", "make_stage"]


@dataclass(slots=True)
class EventSpan(_Span):
    """An event: the span is its trigger; the fields are the JSON record of the events layer."""

    type: str = ""
    subtype: str = ""
    actors: list[dict[str, Any]] = field(default_factory=list)
    location: dict[str, Any] | None = None
    date: dict[str, Any] | None = None
    fatalities: dict[str, Any] | None = None
    injured: dict[str, Any] | None = None
    negated: bool = False
    reported: dict[str, Any] | None = None
    sentence: int | dict[str, int] | None = None
    confidence: float = 0.0


register_layer("events", EventSpan)

#: ACLED's six event types and their sub-event types, as the stage names them.
EVENT_TYPES: dict[str, tuple[str, ...]] = dict(lexicon().types)


def _actors(event: EventSpan, role: str) -> list[dict[str, Any]]:
    return [a for a in event.actors if a.get("role") == role]


def event_rows(doc: Document, *, doc_id: Any = None) -> list[dict[str, Any]]:
    """Flat rows of the events of ``doc`` (what :func:`events_frame` puts in a DataFrame)."""
    rows = []
    for e in doc.layers.get("events", []):
        if not isinstance(e, EventSpan):
            e = EventSpan.from_dict(e.to_dict())
        actor, target = _actors(e, "actor"), _actors(e, "target")
        loc, date = e.location or {}, e.date or {}
        rows.append({
            "doc_id": doc_id, "start": e.start, "end": e.end, "trigger": e.text, "part": e.part,
            "type": e.type, "subtype": e.subtype,
            "actor": "; ".join(a["text"] for a in actor) or None,
            "actor_group_id": next((a.get("group_id") for a in actor if a.get("group_id")), None),
            "target": "; ".join(a["text"] for a in target) or None,
            "target_group_id": next((a.get("group_id") for a in target if a.get("group_id")), None),
            "location": loc.get("text"), "geonames_id": loc.get("geonames_id"),
            "location_within": (loc.get("within") or {}).get("text"),
            "date": date.get("value"), "date_text": date.get("text"), "date_inherited": bool(date.get("inherited")),
            "fatalities": (e.fatalities or {}).get("value"), "fatalities_approx": (e.fatalities or {}).get("approx"),
            "injured": (e.injured or {}).get("value"), "injured_approx": (e.injured or {}).get("approx"),
            "negated": e.negated, "reported": (e.reported or {}).get("text"), "sentence": e.sentence,
            "confidence": e.confidence,
            # the dead and wounded counted together ("12 بين قتيل وجريح"; session 36), else None
            "casualties": (e.attrs.get("casualties") or {}).get("value"),
            # told only as news going round ("أنباء عن مقتل"; session 40)
            "uncertain": bool(e.attrs.get("uncertain")),
        })
    return rows


def events_frame(docs: Document | Iterable[Document]) -> Any:
    """A pandas DataFrame with one row per event of ``docs``: trigger, type, subtype, actor, target (with
    group ids), location (with GeoNames id), date, fatalities, injured, negated, reported, confidence,
    casualties (the dead and wounded counted together: "12 بين قتيل وجريح"), and uncertain (told only as news going
    round: "أنباء عن مقتل").

    ``doc_id`` is the document's ``meta["id"]`` when it has one, else its position.
    """
    try:
        import pandas as pd
    except ImportError:
        raise ImportError("events_frame needs pandas: pip install 'arabnews[pandas]'") from None
    if isinstance(docs, Document):
        docs = [docs]
    rows: list[dict[str, Any]] = []
    for i, doc in enumerate(docs):
        rows.extend(event_rows(doc, doc_id=doc.meta.get("id", i)))
    columns = ["doc_id", "start", "end", "trigger", "part", "type", "subtype", "actor", "actor_group_id", "target",
               "target_group_id", "location", "geonames_id", "location_within", "date", "date_text",
               "date_inherited", "fatalities", "fatalities_approx", "injured", "injured_approx", "negated",
               "reported", "sentence", "confidence", "casualties", "uncertain"]
    return pd.DataFrame(rows, columns=columns)
