"""A name in the headline takes the label the body gives it.

A headline is a line of a few words with no sentence around its names ("رياض الشعيبي يعلّق على أزمة النداء :",
"بن قردان : 27 حالة تسمّم في صفوف تلاميذ"), and the tagger labels them worst there; the body names the same
person or place again in full sentences ("قال الأمين العام لحزب البناء الوطني، رياض الشعيبي إن", "المستشفى
الجهوي ببن قردان"). Following label consistency within a document (Krishnan & Manning 2006), a headline's
entity whose exact name the body tags, always with one other label, takes that label; a PER or LOC the body
never tags alone but names a club by ("اتحاد بن قردان") is that club, an ORG.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...document import Document, EntitySpan, Label
from ...lang.ar import fold
from ...text.headline import headline_sentence
from .rulewords import _bare, rule_words

__all__ = ["headline_labels"]


def headline_labels(doc: Document, spans: Sequence[EntitySpan]) -> None:
    """Relabel, in place, each entity of ``doc``'s headline sentence whose name the body tags with one other label.

    >>> from arabnews import Pipeline
    >>> text = "القيروان : احتجاجات في نصر الله\\nنفذ عدد من متساكني معتمدية نصر الله وقفة احتجاجية."
    >>> [(e.text, e.label) for e in Pipeline()(text).entities if e.text == "نصر الله"]
    [('نصر الله', 'LOC'), ('نصر الله', 'LOC')]
    """
    index = headline_sentence(doc)
    if index is None:
        return
    end = doc.sentences[index].end
    head = [e for e in spans if e.end <= end]
    if not head:
        return

    def key(e: EntitySpan) -> str:
        """The name folded, its marks and spacing normalized: "التّونسي" is "التونسي"."""
        text = e.text
        if text.replace(" ", "").isalpha():  # most names: no mark nor other character normalization touches
            return " ".join(fold(text).split())
        start, stop = doc.to_normalized(e.start, e.end)
        return " ".join(doc.folded[start:stop].split())

    body: dict[str, set[Label]] = {}
    for e in spans:
        if e.start >= end:
            body.setdefault(key(e), set()).add(e.label)
    clubs: set[str] | None = None
    for e in head:
        labels = body.get(key(e))
        if labels is not None and len(labels) == 1 and e.label not in labels:
            e.label = next(iter(labels))
        elif labels is None and e.label in ("PER", "LOC"):
            if clubs is None:
                clubs = _club_names(body)
            if key(e) in clubs:
                e.label = "ORG"
                for name in _PLACE_ATTRS:  # a club carries no place's GeoNames entry ("نيس" of "نادي نيس")
                    e.attrs.pop(name, None)


#: The attributes of a LOC found in GeoNames (:mod:`.decode`).
_PLACE_ATTRS = ("geonames_id", "lat", "lon", "country")


def _club_names(body: dict[str, set[Label]]) -> set[str]:
    """The names after a club's head of the body's ORGs ("اتحاد بن قردان" → "بن قردان"; ``rules.yaml``'s
    ``club_town_heads``): a headline's PER or LOC of that name that the body never tags alone names the club, as in
    the fixture "الإفريقي - بن قردان : التشكيلة الأساسية للفريقين" (ANT 9081, session 46)."""
    heads = rule_words().club_town_heads
    out: set[str] = set()
    for name, labels in body.items():
        first, _, rest = name.partition(" ")
        if rest and "ORG" in labels and _bare(first) in heads:
            out.add(rest)
    return out
