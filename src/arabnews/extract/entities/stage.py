"""The entities stage: a backend's spans, filtered against the other layers, in text order."""

from __future__ import annotations

from ...document import Document
from .aliases import tie_short_forms
from .backend import Backend, load_backend
from .filters import filter_entities
from .headline import headline_labels


class EntitiesStage:
    """Run ``backend`` on a document and add its entities that :func:`.filters.filter_entities` keeps,
    the headline's names labelled as the body labels them (:mod:`.headline`), with acronyms and nicknames in
    parentheses tied to their names (:mod:`.aliases`)."""

    __slots__ = ("backend", "groups_as_orgs", "ner_in_groups")

    def __init__(self, backend: Backend, ner_in_groups: bool = False, groups_as_orgs: bool = False) -> None:
        self.backend = backend
        self.ner_in_groups = ner_in_groups
        self.groups_as_orgs = groups_as_orgs

    def __call__(self, doc: Document) -> Document:
        found = self.backend.entities(doc)
        doc.entities.extend(filter_entities(doc, found, self.ner_in_groups, self.groups_as_orgs))
        doc.entities.sort(key=lambda s: (s.start, s.end))
        headline_labels(doc, doc.entities)
        tie_short_forms(doc.text, doc.entities)
        return doc

    def __repr__(self) -> str:
        return (f"EntitiesStage({type(self.backend).__name__}, ner_in_groups={self.ner_in_groups}, "
                f"groups_as_orgs={self.groups_as_orgs})")


def make_stage(*, ner: str = "crf", model_path: str | None = None, ner_in_groups: bool | None = None,
               ner_domain: str = "news") -> EntitiesStage:
    """The entities stage.

    ``ner``: "crf" (default, shipped model; ``model_path`` may name another trained model folder),
    "transformer" (a local Hugging Face token-classification folder given as ``model_path``) or
    "camel" (CAMeL Tools' installed NER model).  ``ner_in_groups`` (default true; None is true too):
    report the entities that overlap a named-group span and, on news, a registry group of an organisation's
    kind as an ORG where the tagger found none in it ("حزب الله", "حركة النهضة", "داعش" are ORGs in ANERcorp
    and NewsFANE; tail dev F1 news 82.04 → 82.72, ANERcorp 84.36 → 85.76; not on "wiki" text, where the
    registry of today's armed groups misreads history: "الفاطميون", the Fatimids, is the militia "لواء
    فاطميون"). False leaves every entity overlapping a named group to the groups layer.
    ``ner_domain``: "news" (default) or "wiki" (encyclopaedic text: the CRF adds the
    Wikipedia-specific weights it learnt from AQMAR).
    """
    if ner_in_groups is None:
        ner_in_groups = True
    return EntitiesStage(load_backend(ner, model_path, ner_domain), ner_in_groups,
                         groups_as_orgs=ner_in_groups and ner_domain == "news")
