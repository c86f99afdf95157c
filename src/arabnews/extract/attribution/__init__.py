"""The ``attribution`` stage: who says so?  One ``quotes`` record per attributed claim.

Each record (a :class:`QuoteSpan`) is the claim's content (``start``/``end``/``text``: the quoted
words or the إن/أن clause), its ``kind`` (``direct``, ``indirect`` or ``source``), its ``cue`` (the
reporting verb or source phrase, with its ``lemma``), its ``source`` (the speaker: an entity, a
named group with its id, an outlet or a phrase such as "مصادر محلية") and ``source_type``
(person, organisation, group, media, anonymous).

>>> from arabnews import Pipeline
>>> doc = Pipeline(["groups", "numbers", "dates", "entities", "attribution"])(
...     "وقال المتحدث باسم الجيش إن القصف استهدف مواقع المسلحين.")
>>> [(q.kind, q.text, q.cue["lemma"], q.source["text"], q.source_type) for q in doc.layers["quotes"]]
[('indirect', 'إن القصف استهدف مواقع المسلحين', 'قال', 'المتحدث باسم الجيش', 'person')]

``sources_frame(docs)`` counts who is quoted how often across a corpus (pandas).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ...document import Document, register_layer
from .cues import Lexicon, lexicon
from .stage import KINDS, SOURCE_TYPES, QuoteSpan, find_claims, make_stage

__all__ = ["KINDS", "SOURCE_TYPES", "Lexicon", "QuoteSpan", "find_claims", "lexicon", "make_stage",
           "sources_frame"]

register_layer("quotes", QuoteSpan)


def sources_frame(docs: Document | Iterable[Document]) -> Any:
    """A pandas DataFrame of the sources quoted in ``docs``: one row per source (its text folded
    for counting, its type and layer) with the number of claims of each kind and in all, the
    number of documents quoting it, most quoted first.  Claims with no source are counted under
    an empty source; a source that says "the same source" ("المصدر ذاته", with ``source.antecedent``)
    is counted under its antecedent, the speaker it stands for, and one with ``source.coordinated`` ("X وY
    أعلنتا أن …") under each of its speakers.  Needs pandas (``pip install 'arabnews[pandas]'``).
    """
    try:
        import pandas as pd
    except ImportError:
        raise ImportError("sources_frame needs pandas: pip install 'arabnews[pandas]'") from None
    from ...lang.ar import lookup_key

    if isinstance(docs, Document):
        docs = [docs]
    rows: list[dict[str, Any]] = []
    for n, doc in enumerate(docs):
        for q in doc.layers.get("quotes", []):
            src = getattr(q, "source", None) or (q.attrs.get("source") if q.attrs else None)
            if src and src.get("antecedent"):
                src = src["antecedent"]  # "وأضاف المصدر ذاته": the speaker named before
            kind = getattr(q, "kind", None) or q.attrs.get("kind")
            stype = getattr(q, "source_type", None) or q.attrs.get("source_type")
            rows.append({"source": lookup_key(src["text"]) if src else "", "source_type": stype or "",
                         "layer": src["layer"] if src else "", "id": (src or {}).get("id"), "kind": kind,
                         "doc": n})
            for co in (src or {}).get("coordinated", ()):  # "X وY أعلنتا": a claim of each
                rows.append({"source": lookup_key(co["text"]), "source_type": co.get("source_type") or "",
                             "layer": co["layer"], "id": co.get("id"), "kind": kind, "doc": n})
    columns = ["source", "source_type", "layer", "id", "direct", "indirect", "source_phrase", "claims", "documents"]
    if not rows:
        return pd.DataFrame(columns=columns)
    frame = pd.DataFrame(rows)
    frame["id"] = frame["id"].fillna("")
    keys = ["source", "source_type", "layer", "id"]
    counts = frame.pivot_table(index=keys, columns="kind", values="doc", aggfunc="count", fill_value=0)
    counts = counts.reindex(columns=list(KINDS), fill_value=0).rename(columns={"source": "source_phrase"})
    counts["claims"] = counts[["direct", "indirect", "source_phrase"]].sum(axis=1)
    counts["documents"] = frame.groupby(keys)["doc"].nunique()
    out = counts.reset_index().sort_values(["claims", "source"], ascending=[False, True], kind="stable")
    out.columns.name = None
    return out[columns].reset_index(drop=True)
