"""Common nouns that name nothing on their own: group triggers and title/head words.

"الميليشيا" or "المدينة" alone is not an entity, although "المدينة" is also Medina; both the
gazetteer back-off and the final filter ask this module.

>>> is_common_noun("والمدينه"), is_common_noun("حلب")
(True, False)
"""

from __future__ import annotations

from functools import cache

from ...lang.ar import clitic_splits
from ..groups.matcher import lexicon as group_lexicon
from .gazetteer import default_gazetteer


@cache
def common_nouns() -> frozenset[str]:
    """Folded group trigger nouns (the groups stage's list) and title/head words (lexicon.yaml)."""
    return frozenset(group_lexicon().triggers) | default_gazetteer().head_words


def is_common_noun(word: str) -> bool:
    """Is the folded ``word``, after its proclitics and article, a group trigger or a head word?"""
    common = common_nouns()
    return any(form in common or (form.startswith("ال") and form[2:] in common)
               for split in clitic_splits(word) for form in split.lemma_forms)
