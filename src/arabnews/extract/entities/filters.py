"""What the entities stage leaves out after decoding, against the other layers of the document.

- an entity overlapping a named group found by the groups stage (the "القدس" of "لواء القدس") is
  left to that stage, unless ``ner_in_groups`` is true;
- an entity inside a date expression ("أيار" of "15 أيار") is dropped;
- the currency of an amount ("15 دينار", "20 مليار دولار أميركي": the numbers layer's ``unit_start``/
  ``unit_end``) is MISC, as ANERcorp tags currencies, whatever the tagger called it (a PER "دينار", a
  LOC "أورو");
- a lone common noun (a group trigger or a title/head word: "الميليشيا", "المدينة") names nothing;
- a lone word that ends in ئ or ؤ names nothing: folding made it a name ("هادئ", calm, is no "هادي").
"""

from __future__ import annotations

from dataclasses import replace

from ...document import Document, EntitySpan, SpanIndex
from ...lang.ar import fold
from .nouns import is_common_noun
from .orgs import is_media_name


def filter_entities(doc: Document, found: list[EntitySpan], ner_in_groups: bool) -> list[EntitySpan]:
    """The entities of ``found`` that the stage reports (see the module docstring)."""
    # The stage requires groups and dates (pipeline.BUILTIN_CONTRACTS): both layers are there.
    groups, dates = SpanIndex.of(doc.groups), SpanIndex.of(doc.dates)
    currencies = SpanIndex((n.attrs["unit_start"], n.attrs["unit_end"]) for n in doc.numbers
                           if n.attrs.get("quantity") == "money" and "unit_start" in n.attrs)
    return [_as_misc(ent) if ent.label != "MISC" and currencies.covers(ent.start, ent.end) else ent
            for ent in found
            if (ner_in_groups or not groups.overlaps(ent.start, ent.end)) and not dates.covers(ent.start, ent.end)
            and not (lone_common_noun(doc, ent) and not _media_org(doc, ent)) and not _final_hamza(ent.text)]


def _as_misc(ent: EntitySpan) -> EntitySpan:
    """``ent`` as a MISC, without the attributes of its label (a place's GeoNames id)."""
    return replace(ent, label="MISC", attrs={k: v for k, v in ent.attrs.items() if k == "score"})


def _final_hamza(text: str) -> bool:
    """Is ``text`` one word ending in ئ or ؤ (diacritics aside)? Names almost never do (none of
    ANERcorp's, one of NewsFANE's inside a longer name), adjectives and nouns often ("هادئ", "شاطئ")."""
    word = text.rstrip("\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
    return word.endswith(("ئ", "ؤ")) and " " not in word


def _media_org(doc: Document, ent: EntitySpan) -> bool:
    """Is ``ent`` an ORG that is a media name ("الجزيرة" the channel, not the head "جزيرة")?"""
    ns, ne = doc.to_normalized(ent.start, ent.end)
    return ent.label == "ORG" and is_media_name(fold(doc.norm[ns:ne]))


def lone_common_noun(doc: Document, ent: EntitySpan) -> bool:
    """Is ``ent`` one word that is a group trigger or a title/head word ("المدينة")?"""
    ns, ne = doc.to_normalized(ent.start, ent.end)
    word = fold(doc.norm[ns:ne])
    return bool(word) and " " not in word and is_common_noun(word)
