"""The entities stage: PER, LOC, ORG and MISC spans, offline.

The default backend is a CRF (python-crfsuite) shipped inside the package, trained on ANERcorp,
NewsFANE Gold and AQMAR (CC BY-SA; see ``resources/ner/README.md``) with gazetteer features from
GeoNames.  ``ner="transformer"`` with ``model_path=`` runs a local BERT token classifier instead
(see :mod:`arabnews.extract.entities.transformer`).

Decoding rules on news text:

- a span never starts inside a proclitic: "بدمشق" gives the LOC "دمشق" (offset after ب), "للقدس"
  keeps the article's lam ("لقدس"); see :mod:`.decode`;
- an entity overlapping a named group found by the groups stage (the "القدس" of "لواء القدس") is
  left to that stage, unless ``ner_in_groups=True``; an entity inside a date ("أيار") is dropped;
  see :mod:`.filters`;
- a LOC found in GeoNames carries ``geonames_id``, ``lat``, ``lon`` and ``country`` (ISO code); a
  nationality carries ``country``;
- a name found once is tagged at its other mentions in the document, and a person's surname alone
  is that person ("مصطفى الكاظمي" … "وشدد الكاظمي"; see :mod:`.consistency`).

The package, one job per module: :mod:`.stage` (the stage), :mod:`.backend` (choosing and loading
the tagger), :mod:`.sequences` (what the tagger sees), :mod:`.crf` / :mod:`.features` (the CRF),
:mod:`.transformer`, :mod:`.backoff` (the gazetteer back-off rules), :mod:`.corrections` (post-CRF
rules on news: :mod:`.orgs`, :mod:`.boundaries`, :mod:`.persons`, word lists in :mod:`.rulewords`),
:mod:`.consistency`, :mod:`.decode` (tags → spans), :mod:`.filters`, :mod:`.gazetteer` (tables),
:mod:`.bio` (labels, tags).

>>> from arabnews import Pipeline
>>> doc = Pipeline(["numbers", "dates", "groups", "entities"])("قصفت الطائرات بلدة في ريف إدلب وقتل محمد سعيد في دمشق")
>>> [(e.text, e.label) for e in doc.entities if e.label == "LOC"][-1]
('دمشق', 'LOC')
"""

from __future__ import annotations

from .backend import BACKENDS, DOMAINS, Backend, CRFBackend, crf_entities, load_backend
from .backoff import PROMINENT_POPULATION, RULES, gazetteer_backoff
from .bio import LABELS, Label, Tag, chunks
from .consistency import document_names, propagate
from .decode import PER_PREFIXES, decode_tags, entity_split, entity_start
from .filters import filter_entities
from .gazetteer import Gazetteer, Place, default_gazetteer, norm_key
from .sequences import MAX_SEQUENCE, tag_sequences
from .stage import EntitiesStage, make_stage

__all__ = [
    "BACKENDS", "DOMAINS", "LABELS", "MAX_SEQUENCE", "PER_PREFIXES", "PROMINENT_POPULATION", "RULES",
    "Backend", "CRFBackend", "EntitiesStage", "Gazetteer", "Label", "Place", "Tag", "chunks", "crf_entities",
    "decode_tags", "default_gazetteer", "document_names", "entity_split", "entity_start", "filter_entities",
    "gazetteer_backoff", "load_backend", "make_stage", "norm_key", "propagate", "tag_sequences",
]
