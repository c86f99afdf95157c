"""The ``groups`` stage: who did it?  Mentions of armed and political groups, one id per group.

All names of one group share an id — "قسد" and "قوات سوريا الديمقراطية", "داعش" and
"تنظيم الدولة" — through the curated registry ``resources/groups.yaml``; groups missing from it are
discovered from a trigger noun and the whole name after it ("لواء الفجر", "لواء الإمام الصادق"),
reported with ``source="pattern"`` and a stable id derived from the folded name ("disc-…", the same
for every mention in every document).  ``GroupSpan.name`` is the group's English name for registry groups and the
normalized surface for discovered ones; ``source`` is "registry", "collective" (generic collectives
such as "فصائل المعارضة") or "pattern".

>>> from arabnews import Pipeline
>>> doc = Pipeline(["groups"])("انتشلت ميليشيا لواء القدس الفلسطيني جثث مقاتليها في حلب")
>>> [(g.text, g.id, g.attrs["head"]) for g in doc.groups]
[('لواء القدس الفلسطيني', 'liwa-al-quds', 'ميليشيا')]

Users extend the registry with ``Pipeline(groups=...)``: a YAML/JSON path, a list of entries, or
``{"groups": [...]}`` (see :func:`load_registry`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ...document import Document
from .matcher import find_groups
from .registry import KINDS, Group, Registry, default_registry, fold_key, load_registry

__all__ = ["KINDS", "Group", "Registry", "default_registry", "find_groups", "fold_key", "load_registry",
           "make_stage"]


def make_stage(*, groups: Any = None) -> Callable[[Document], Document]:
    """The groups stage; ``groups`` extends the shipped registry (path, list, mapping or Registry).

    Raises ``ValueError`` naming the bad entry when a user entry is invalid.
    """
    registry = load_registry(groups)
    registry.gated_matcher  # noqa: B018 - compile now, not on the first document

    def groups_stage(doc: Document) -> Document:
        doc.groups.extend(find_groups(doc, registry))
        return doc

    return groups_stage
