"""Word clusters learnt from unlabeled news, as CRF features of a word and of its neighbours.

The table ``resources/ner/clusters.tsv.gz`` (written by ``scripts/train_clusters.py``) maps the
folded, clitic-stripped form of a word — the ``st=`` stem of :mod:`.features` — to its cluster at
several granularities: k-means over word2vec vectors of the ANT news corpus and the raw text of the
annotated corpora, a coarse cluster holding whole fine ones (as a prefix of a Brown bit string).
Words of one cluster are used alike — capitals, first names, reporting verbs — so the CRF
generalises from a name it saw in training to one it did not.

>>> own, near, far = cluster_features("دمشق", "بدمشق")
>>> [x.split("=")[0] for x in own]
['c64', 'c256', 'c1024']
>>> [x.split("=")[0] for x in near + far]
['c64', 'c256', 'c64']
>>> cluster_features("ﻻﻻﻻ", "ﻻﻻﻻ")
((), (), ())
"""

from __future__ import annotations

import gzip
from functools import cache

from ... import resources
from ...errors import ResourceError

CLUSTERS_NAME = "ner/clusters.tsv.gz"
#: Granularities seen by the word itself, by its -1/+1 neighbours and by its -2/+2 neighbours.
OWN = ("c64", "c256", "c1024")
NEAR = ("c64", "c256")
FAR: tuple[str, ...] = ("c64",)

ClusterFeatures = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]
_NONE: ClusterFeatures = ((), (), ())


@cache
def cluster_table() -> dict[str, ClusterFeatures]:
    """Stem → (own, near, far) feature strings ("c256=17"), read once from the shipped table.

    The file is a gzip'd TSV: ``#`` comment lines (provenance), a header ``word c64 c256 …``, then
    one word and its cluster numbers per line.
    """
    with resources.path(CLUSTERS_NAME).open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        lines = [line for line in fh.read().split("\n") if line and not line.startswith("#")]
    if not lines:
        raise ResourceError(f"{CLUSTERS_NAME}: empty")
    header = lines[0].split("\t")
    missing = [g for g in (*OWN, *NEAR, *FAR) if g not in header]
    if header[0] != "word" or missing:
        raise ResourceError(f"{CLUSTERS_NAME}: header {header!r} lacks {missing or 'word'}")
    cols = {g: header.index(g) for g in header[1:]}
    table: dict[str, ClusterFeatures] = {}
    for n, line in enumerate(lines[1:], 2):
        row = line.split("\t")
        if len(row) != len(header):
            raise ResourceError(f"{CLUSTERS_NAME}: line {n} has {len(row)} fields, expected {len(header)}")

        def feats(names: tuple[str, ...], row: list[str] = row) -> tuple[str, ...]:
            return tuple(f"{g}={row[cols[g]]}" for g in names)

        table[row[0]] = (feats(OWN), feats(NEAR), feats(FAR))
    return table


def cluster_features(stem: str, folded: str) -> ClusterFeatures:
    """(own, near, far) cluster features of a word: of its stem, else of its whole folded form;
    none for a word the table does not hold (seen too rarely in the unlabeled text)."""
    table = cluster_table()
    return table.get(stem) or table.get(folded) or _NONE
