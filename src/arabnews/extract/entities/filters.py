"""What the entities stage leaves out after decoding, and the named groups it reads as ORGs, against the
other layers of the document.

- an entity overlapping a named group found by the groups stage (the "القدس" of "لواء القدس") is
  left to that stage when ``ner_in_groups`` is false; when it is true (the default) on news, a registry
  group of an organisation's kind is an ORG where the tagger found no ORG in it ("حركة النهضة", "داعش",
  "لواء القدس" rather than the LOC "القدس": see :func:`named_groups_as_orgs`), and an ORG that names a
  registry group carries the group's ``group_id``;
- an entity inside a date expression ("أيار" of "15 أيار") is dropped;
- the currency of an amount ("15 دينار", "20 مليار دولار أميركي": the numbers layer's ``unit_start``/
  ``unit_end``) is MISC, as ANERcorp tags currencies, whatever the tagger called it (a PER "دينار", a
  LOC "أورو");
- a lone common noun (a group trigger or a title/head word: "الميليشيا", "المدينة") names nothing;
- a lone word that ends in ئ or ؤ names nothing: folding made it a name ("هادئ", calm, is no "هادي");
- an oath opening a clause ("والله لن نسكت") and a plural of people with its adjectives ('"الضحايا الأبرياء"')
  name nothing, and "بالله" is the MISC "الله" (:func:`common_phrase`);
- a PER that runs into a time of day of the dates layer ends before it ("محمد صباح اليوم" → "محمد"), and a perfect
  verb left alone is none ("اشرف صباح اليوم"; :func:`person_before_day_part`, session 38);
- a PER in Latin letters after a language's name is none ("باللغة الإنجليزية Breaking News";
  :func:`latin_after_language`).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace
from itertools import pairwise

from ...document import Document, EntitySpan, GroupSpan, SpanIndex
from ...lang.ar import clitic_splits, fold
from ..groups.matcher import lexicon as group_lexicon
from ..groups.registry import default_registry
from .decode import link_attrs
from .gazetteer import default_gazetteer, key, verb_forms
from .homonyms import amman_not_oman, island_not_channel, qutr_not_qatar
from .nouns import is_common_noun
from .orgs import is_media_name
from .rulewords import QUOTES_CLOSE, in_list, rule_words


def filter_entities(doc: Document, found: list[EntitySpan], ner_in_groups: bool,
                    groups_as_orgs: bool = False) -> list[EntitySpan]:
    """The entities of ``found`` that the stage reports (see the module docstring); ``groups_as_orgs``:
    with the named groups that are ORGs (:func:`named_groups_as_orgs`)."""
    # The stage requires groups and dates (pipeline.BUILTIN_CONTRACTS): both layers are there.
    groups, dates = SpanIndex.of(doc.groups), SpanIndex.of(doc.dates)
    units = [(n.attrs["unit_start"], n.attrs["unit_end"]) for n in doc.numbers
             if n.attrs.get("quantity") == "money" and "unit_start" in n.attrs]
    currencies = SpanIndex(units)
    if units:
        found = _per_unit(doc, found, units)
    kept = [_as_misc(ent) if ent.label != "MISC" and currencies.covers(ent.start, ent.end) else ent
            for ent in found
            if (ner_in_groups or not groups.overlaps(ent.start, ent.end)) and not dates.covers(ent.start, ent.end)
            and not (lone_common_noun(doc, ent) and not _media_org(doc, ent) and not _club_org(doc, ent))
            and not _final_hamza(ent.text)]
    kept = [c for c in (common_phrase(doc, ent) for ent in kept) if c is not None]
    kept = island_not_channel(doc, kept)
    kept = amman_not_oman(doc, kept)
    kept = qutr_not_qatar(doc, kept)
    kept = person_before_town(doc, kept)
    kept = person_after_proclitic(doc, kept)
    if doc.dates:
        kept = person_before_day_part(doc, kept)
    kept = [ent for ent in kept if not latin_after_language(doc, ent)]
    return named_groups_as_orgs(doc, kept) if groups_as_orgs else kept


#: Population from which a city abroad after a person's name with ب or ل is the place, not the name's last word.
LARGE_CITY = 1_000_000


def person_before_town(doc: Document, entities: list[EntitySpan]) -> list[EntitySpan]:
    """``entities`` with each PER of two words or more that ran on into a place with ب or ل cut before it, and the
    place a LOC: "زياد العذاري بكوناكري" → "زياد العذاري" + "كوناكري", "بمستشفى المنجي سليم بالمرسى", "يونيوندايل
    بنيويورك".  The place is a country, a region, a listed town or a city of Tunisia or one of
    :data:`LARGE_CITY` people abroad ("جو بايدن" is no man of Aydın), and neither the word nor the place is a
    name's part or an ordinary word ("محمد بنيس", "لغوث ولد بغالي", "أحمد بنور", "فاطمة بتول" stay whole). Read on
    5,500 ANT articles (session 24)."""
    gaz = default_gazetteer()
    out: list[EntitySpan] = []
    for ent in entities:
        head, _, last = ent.text.rstrip().rpartition(" ")
        if ent.label != "PER" or not head.strip() or len(last) < 4 or last[0] not in "بل":
            out.append(ent)
            continue
        word, stem = fold(last), key(last[1:])
        place = gaz.place(stem)
        if place is None or word in gaz.person_parts or word in gaz.common or stem in gaz.person_parts \
                or not (place.kind in ("country", "province", "region") or place.country == "TN"
                        or stem in gaz.towns or (place.population or 0) >= LARGE_CITY):
            out.append(ent)
            continue
        end = ent.start + len(head.rstrip())
        start = ent.start + len(ent.text.rstrip()) - len(last) + 1
        score = {k: v for k, v in ent.attrs.items() if k == "score"}
        out.append(replace(ent, end=end, text=doc.text[ent.start:end]))
        out.append(replace(ent, label="LOC", start=start, text=doc.text[start:start + len(last) - 1],
                           end=start + len(last) - 1, attrs={**link_attrs("LOC", stem, gaz), **score}))
    return out


#: Proclitics the tagger left at the start of a person's name before the article ("والقرضاوي", "بالحبيب الصيد").
_NAME_PROCLITICS = ("و", "ف", "ب")


def person_after_proclitic(doc: Document, entities: list[EntitySpan]) -> list[EntitySpan]:
    """``entities`` with each PER whose first word is و, ف or ب + the article read again (session 27, 5,500 ANT
    articles): the name without its proclitic where the document names a person of that word ("والقرضاوي" after
    "يوسف القرضاوي", "والعرفاوي") or where a name follows it ("والجنيدي عبد الجواد", "بالحبيب الصيد"); a town with ب
    before a name of two words is the place, then the person ("بالمنستير رشدي بن رمضان" → "المنستير" + "رشدي بن
    رمضان"); one ordinary word is no name ("بالحرمان", "والباليستي").  A Tunisian family name written with بال that
    the document names so ("بالطيب" of "سمير بالطيب") stays."""
    gaz = default_gazetteer()
    persons = [e for e in entities if e.label == "PER"]
    # folded word → the persons whose name holds it (all; those of more than one word), built at first need: a
    # name read again looks up its word, not every person of the document (a square term on a long one, session 33)
    by_word: dict[str, list[EntitySpan]] | None = None
    by_word_long: dict[str, list[EntitySpan]] = {}
    out: list[EntitySpan] = []
    for ent in entities:
        words = ent.text.split()
        first = words[0] if words else ""
        prefix = first[:1]
        if ent.label != "PER" or prefix not in _NAME_PROCLITICS or not first[1:].startswith("ال") or len(first) < 6:
            out.append(ent)
            continue
        rest, bare = first[1:], fold(first[1:])
        if by_word is None:
            by_word = {}
            for p in persons:
                p_words = p.text.split()
                for w in {fold(w) for w in p_words}:
                    by_word.setdefault(w, []).append(p)
                    if len(p_words) > 1:
                        by_word_long.setdefault(w, []).append(p)
        named = any(p is not ent for p in by_word_long.get(fold(first), ()))
        rest_named = any(p is not ent for p in by_word.get(bare, ()))
        score = {k: v for k, v in ent.attrs.items() if k == "score"}
        start = ent.start + 1
        place = gaz.place(bare) or gaz.place(bare[2:])
        if named:
            out.append(ent)  # "بالطيب" of "سمير بالطيب"
        elif prefix == "ب" and len(words) >= 3 and place is not None and place.kind != "country" \
                and bare not in gaz.person_parts:
            loc_end = start + len(rest)
            out.append(replace(ent, label="LOC", start=start, end=loc_end, text=doc.text[start:loc_end],
                               attrs={**link_attrs("LOC", bare, gaz), **score}))
            per_start = ent.start + ent.text.index(words[1], len(first))
            out.append(replace(ent, start=per_start, text=doc.text[per_start:ent.end]))
        elif rest_named or (len(words) >= 2 and (prefix == "و" or bare in gaz.person_parts
                                                 or bare[2:] in gaz.person_parts)):
            out.append(replace(ent, start=start, text=doc.text[start:ent.end]))
        elif len(words) == 1 and (prefix != "ب" or bare in gaz.common or bare[2:] in gaz.common or bare in gaz.nisba):
            continue  # "بالحرمان", "والباليستي": an ordinary word, or و + a word the document names no one by
        else:
            out.append(ent)
    return out


#: The words before a language's name: "باللغة الإنجليزية", "بلغة فرنسية".
_LANGUAGE_WORDS = frozenset({"اللغه", "باللغه", "بلغه", "لغه", "واللغه"})


def latin_after_language(doc: Document, ent: EntitySpan) -> bool:
    """Is ``ent`` a PER in Latin letters right after a language's name ("نشر باللغة الإنجليزية Breaking News",
    "بالفرنسية Le Monde diplomatique"): words of that language, no person (session 38: the nisba "الإنجليزية",
    now known, moved the tagger to a PER there)?"""
    if ent.label != "PER" or not ent.text[:1].isascii() or not ent.text[:1].isalpha():
        return False
    before = doc.text[max(0, ent.start - 40):ent.start].split()
    if not before:
        return False
    gaz = default_gazetteer()
    nisba = key(before[-1].strip('"«:'))
    if nisba.startswith("بال") and "ال" + nisba[3:] in gaz.nisba:
        return True
    return nisba in gaz.nisba and len(before) > 1 and key(before[-2]) in _LANGUAGE_WORDS


def person_before_day_part(doc: Document, entities: list[EntitySpan]) -> list[EntitySpan]:
    """``entities`` with each PER that runs on into a time of day the dates layer reads ("صباح اليوم", "مساء أمس":
    a date span with a ``part_of_day`` that starts inside the name and goes on after it) cut before that time:
    "وأكد محمد صباح اليوم" → "محمد"; what is left is no name when it is one perfect verb ("اشرف صباح اليوم السبت":
    "supervised this morning", no Ashraf Sabah)."""
    parts = [(d.start, d.end) for d in doc.dates if d.attrs.get("part_of_day")]
    if not parts:
        return entities
    starts = [s for s, _ in parts]
    out: list[EntitySpan] = []
    for ent in entities:
        if ent.label == "PER":
            k = bisect_right(starts, ent.start)
            if k < len(parts) and parts[k][0] < ent.end <= parts[k][1]:
                end = ent.start + len(doc.text[ent.start:parts[k][0]].rstrip())
                text = doc.text[ent.start:end]
                if end <= ent.start or (" " not in text and key(text) in verb_forms()):
                    continue
                ent = replace(ent, end=end, text=text)
        out.append(ent)
    return out


def named_groups_as_orgs(doc: Document, entities: list[EntitySpan]) -> list[EntitySpan]:
    """``entities`` with the registry groups of ``doc`` that name an organisation as ORGs, where no ORG
    of ``entities`` overlaps them: a group the tagger left untagged ("حركة النهضة", "الاتحاد العام التونسي
    للشغل", "داعش"), or one it read as the place or person it is named after (the LOC "القدس" of "لواء
    القدس", the LOC "ليبيا" of "فجر ليبيا"), whose inner entities then give way; an ORG that runs into a
    group or stops short in it ends with it ("المكتب التنفيذي للاتحاد" → "… للاتحاد العام التونسي للشغل",
    "الاتحاد التونسي للصناعة" → "… للصناعة والتجارة والصناعات التقليدية").  A group names an organisation
    by its kind (``rules.yaml`` ``group_kinds_orgs``, and ``group_kinds_one_word_orgs`` when untagged by a
    one-word name only: "حماس"); state forces and governments ("الجيش اللبناني") are no ORGs in ANERcorp and
    NewsFANE and stay to the groups layer.  A new ORG carries the group's id (``group_id``), and so does
    the tagger's ORG that names a named group of any kind, from the registry or discovered ("حماس",
    "ميليشيا لواء القدس الفلسطيني", "الجيش السوري", "حزب تيار المحبة"), and its MISC that is exactly a
    non-state group's name becomes one ("كتائب القسام"), and so does its PER that is exactly a registry
    group's; an ORG that starts inside the group's name without
    being a name of it ends up with the whole group (the "القدس" of "ميليشيا لواء القدس" → "لواء القدس").
    See :func:`_the_group`."""
    words = rule_words()
    kinds = words.group_kinds_orgs | words.group_kinds_one_word_orgs
    index = SpanIndex((e.start, e.end) for e in entities)
    starts = [e.start for e in entities]
    added: list[EntitySpan] = []
    dropped: set[int] = set()
    widened: dict[int, EntitySpan] = {}
    for g in doc.groups:
        if g.id is None or g.source == "collective" or g.attrs.get("anaphor") or "member" in g.attrs:
            continue  # (the groups' anaphors, "الميليشيا", "العدو", and nisbas, "قناصا حوثيا", name no entity)
        unit = _unit_of_organisation(g)
        org_kind = g.source == "registry" and (g.kind in kinds or unit)
        inner = _overlapping(entities, starts, g.start, g.end) if index.overlaps(g.start, g.end) else []
        if len(inner) == 1 and (same := _the_group(entities[inner[0]], g, doc.text, org_kind)) is not None:
            widened[inner[0]] = same
            continue
        if len(inner) > 1 and (joined := _split_name(entities, sorted(inner), g, doc.text)) is not None:
            first, *rest = sorted(inner)
            widened[first] = joined
            dropped.update(rest)
            continue
        if not org_kind:
            continue
        longer = g.kind not in words.group_kinds_orgs and not unit and " " in g.text.strip()
        head_out = _headless_name(g, words.group_headless_heads) if longer else None
        if not inner:
            if longer and head_out is None and not _headed_name(g, words.group_org_heads, words.group_headless_heads):
                continue
        else:
            if len(inner) == 1 and (_runs_into(entities[inner[0]], g.start, g.end)
                                    or _cut_short(entities[inner[0]], g.start, g.end, doc.text)):
                ent = entities[inner[0]]
                attrs = {**ent.attrs, "group_id": g.id} if _starts_the_group(ent, g, doc.text) else ent.attrs
                widened[inner[0]] = replace(ent, end=g.end, text=doc.text[ent.start:g.end], attrs=attrs)
                continue
            if any(entities[k].label == "ORG" or not g.start <= entities[k].start <= entities[k].end <= g.end
                   for k in inner):
                continue
            dropped.update(inner)
        start = head_out if head_out is not None else _article_lam(doc.text, g.start, g.text)
        added.append(EntitySpan(start, g.end, doc.text[start:g.end], "ORG", part=g.part, attrs={"group_id": g.id},
                                source="groups"))
    if not added and not widened:
        return entities
    kept = [widened.get(k, e) for k, e in enumerate(entities) if k not in dropped]
    return sorted(kept + added, key=lambda e: (e.start, e.end)) if added else kept


def _the_group(ent: EntitySpan, g: GroupSpan, text: str, org_kind: bool) -> EntitySpan | None:
    """``ent`` as the ORG that names the named group ``g`` (with its ``group_id``; a registry group or one
    the groups stage discovered), or None when it is some other entity.  A MISC that is exactly the
    group's name is the group's ORG unless the group is a state's ("كتائب القسام", "لواء الفجر"; not "الجيش
    السوري", ``rules.yaml`` ``group_kinds_states``); so is a PER that is exactly a registry group's name
    ("وأعلنت كتائب القسام، الجناح العسكري لحركة حماس": the tagger's person).  An ORG is the group when it ends
    with the group's name (a nisba after the name aside: "حزب الله" of "حزب الله اللبناني") and starts with it
    or with its head ("ميليشيا لواء القدس"), or, for a group of an organisation's kind, starts inside it: the place or
    the other group a group is named after takes the whole group (the "القدس" of "لواء القدس" → "لواء القدس", the
    "حزب الله" of "كتائب حزب الله" → "كتائب حزب الله", session 30), any other inner
    name keeps its span as the group's short name ("القاعدة" of "تنظيم القاعدة", "الدولة الإسلامية" of "تنظيم الدولة
    الإسلامية")."""
    if (ent.label == "MISC" or (ent.label == "PER" and g.source == "registry")) \
            and (ent.start, ent.end) == (g.start, g.end):
        states = rule_words().group_kinds_states
        return None if g.kind in states else replace(ent, label="ORG", attrs={**ent.attrs, "group_id": g.id})
    if ent.label != "ORG" or not g.start < ent.end <= g.end:
        return None
    if ent.end < g.end and not _nisba_tail(text[ent.end:g.end]) and not _quote_tail(text[ent.end:g.end]):
        return None
    attrs = {**ent.attrs, "group_id": g.id}
    if _starts_the_group(ent, g, text) or ent.start == g.attrs.get("head_start"):
        return replace(ent, attrs=attrs)
    if not (org_kind and g.start < ent.start):
        return None
    if default_gazetteer().place(key(text[ent.start:ent.end])) is None and not _other_group(ent.text, g):
        return replace(ent, attrs=attrs)
    start = _article_lam(text, g.start, g.text)
    return replace(ent, start=start, text=text[start:ent.end], attrs=attrs)


def _other_group(name: str, g: GroupSpan) -> bool:
    """Is ``name``, an ORG inside the group ``g``, the name of another registry group, which ``g`` is named after
    ("حزب الله" of "كتائب حزب الله", a militia of its own), rather than a short name of ``g`` ("القاعدة" of "تنظيم
    القاعدة")?"""
    other = default_registry().lookup(name)
    return other is not None and other.id != g.id


def _unit_of_organisation(g: GroupSpan) -> bool:
    """Is ``g`` a registry unit (kind "unit") named without a digit that belongs, through its parents, to a group
    of ``rules.yaml`` ``group_kinds_unit_orgs``: the armed wing of a movement or a militia ("كتائب القسام" of Hamas,
    "سرايا القدس", "ألوية الناصر صلاح الدين"), not a state's unit ("الفرقة الرابعة") nor "اللواء 45"?"""
    if g.source != "registry" or g.kind != "unit" or g.id is None or any(c.isdigit() for c in g.text):
        return False
    registry = default_registry()
    group = registry.get(g.id)
    seen: set[str] = set()
    while group is not None and group.kind == "unit" and group.parent is not None and group.parent not in seen:
        seen.add(group.parent)
        group = registry.get(group.parent)
    return group is not None and group.kind in rule_words().group_kinds_unit_orgs


def _split_name(entities: list[EntitySpan], inner: list[int], g: GroupSpan, text: str) -> EntitySpan | None:
    """The ORG over the whole group ``g`` (with its id) when the tagger split the group's name in two or
    more entities, the first an ORG at its start and the last ending with it ("حزب نداء" + the LOC "تونس"
    of "حزب نداء تونس"), else None."""
    first, last = entities[inner[0]], entities[inner[-1]]
    if first.label != "ORG" or not _starts_the_group(first, g, text) or last.end != g.end:
        return None
    return replace(first, end=g.end, text=text[first.start:g.end], attrs={**first.attrs, "group_id": g.id})


def _starts_the_group(ent: EntitySpan, g: GroupSpan, text: str) -> bool:
    """Does ``ent`` start where an entity over the group ``g`` starts (at the article's lam after "ل")?"""
    return ent.start in (g.start, _article_lam(text, g.start, g.text))


def _nisba_tail(tail: str) -> bool:
    """Is ``tail`` one country's nisba after a group's name (" اللبناني", " الفلسطيني"; not " الديمقراطي"
    of "حزب التيار الديمقراطي", which is part of the name)?"""
    words = tail.split()
    return len(words) == 1 and key(words[0]) in default_gazetteer().nisba


def _quote_tail(tail: str) -> bool:
    """Is ``tail`` the closing quote of a quoted name after a group's head ('حركة "فتح"', 'بتنظيم "القاعدة"')?
    The ORG of the name inside stays within the quotes, as :func:`.orgs.quoted_org_names` reads it: "فتح", not
    'فتح"' (session 23)."""
    stripped = tail.strip()
    return bool(stripped) and all(c in QUOTES_CLOSE for c in stripped)


def _runs_into(ent: EntitySpan, start: int, end: int) -> bool:
    """Is ``ent`` an ORG that starts before a group at ``start``–``end`` and ends inside it, the group being
    its complement ("المكتب التنفيذي للاتحاد" of "… للاتحاد العام التونسي للشغل")?"""
    return ent.label == "ORG" and ent.start < start < ent.end < end


def _cut_short(ent: EntitySpan, start: int, end: int, text: str) -> bool:
    """Is ``ent`` an ORG inside a group at ``start``–``end`` that stops before the group's last words, which
    are more of its name ("حزب العدالة" of "حزب العدالة والتنمية", "الاتحاد التونسي للصناعة" of "… للصناعة
    والتجارة والصناعات التقليدية"), not a
    nisba after it ("حزب الله" of "حزب الله اللبناني": ANERcorp leaves the adjective out)?"""
    if ent.label != "ORG" or not start <= ent.start < ent.end < end:
        return False
    # (a word after و is a conjunct of the name, whatever its ending: "حزب العدالة والتنمية"); the quote that
    # closes a quoted name is none ('حركة "فتح"')
    return not _nisba_tail(text[ent.end:end]) and not _quote_tail(text[ent.end:end])


def _headless_name(g: GroupSpan, heads: frozenset[str]) -> int | None:
    """Where the ORG of a militia's or rebel faction's longer name begins when its head (``group_headless_heads``:
    "حركة") stays out, as ANERcorp tags "حركة المقاومة الاسلامية" and "حركة العدل" (session 32): right after the head
    ("حركة أحرار الشام" → "أحرار الشام"); None when the name has no such head, or a number or date after it, which
    names nothing alone ("حركة 23 مارس" stays whole, by ``group_org_heads``)."""
    first, _, rest = g.text.partition(" ")
    if not rest.strip() or not in_list(first, heads) or any(c.isdigit() for c in rest):
        return None
    return g.start + len(first) + 1 + len(rest) - len(rest.lstrip())


def _headed_name(g: GroupSpan, heads: frozenset[str], headless: frozenset[str]) -> bool:
    """Is the longer name of ``g`` an ORG with its head: a head of ``group_org_heads`` ("جهاز دعم الاستقرار"), or one
    of ``group_headless_heads`` before a number or date ("حركة 23 مارس")?"""
    first, _, rest = g.text.partition(" ")
    return in_list(first, heads) or (in_list(first, headless) and any(c.isdigit() for c in rest))


def _article_lam(text: str, start: int, name: str) -> int:
    """Where an entity over a group's ``name`` at ``start`` begins: on the article's lam that "ل" left in
    front of it ("للاتحاد العام التونسي للشغل" → "لاتحاد …", as the entities' spans read "للقدس" → "لقدس"),
    else at ``start``."""
    if start >= 2 and text[start - 2:start] == "لل" and not name.startswith("ال"):
        return start - 1
    return start


def _overlapping(entities: list[EntitySpan], starts: list[int], start: int, end: int) -> list[int]:
    """The indices of the entities (sorted, not overlapping each other; ``starts`` their starts) that
    overlap ``start``–``end``."""
    k = bisect_left(starts, end) - 1
    out = []
    while k >= 0 and entities[k].end > start:
        out.append(k)
        k -= 1
    return out


def _per_unit(doc: Document, found: list[EntitySpan], units: list[tuple[int, int]]) -> list[EntitySpan]:
    """``found`` with a name that begins at an amount's currency and runs on into the measure it is paid by cut
    at the currency: "2300 دولار للأونصة" → "دولار", "15 جنيها للتر", "80 دولارا للبرميل" (a price per unit)."""
    out = []
    ustarts = [us for us, _ in units]
    if all(a <= b for a, b in pairwise(ustarts)):
        # sorted (as the numbers layer leaves them): a name's currency starts at most the longest unit before it,
        # so only the units that start there are read, in their order (not every unit per name: a square term
        # on a long document, session 33)
        longest = max(ue - us for us, ue in units)
        for ent in found:
            for us, ue in units[bisect_right(ustarts, ent.start - longest):bisect_right(ustarts, ent.start)]:
                if us <= ent.start < ue < ent.end and doc.text[ue:ent.end].lstrip().startswith("ل"):
                    ent = replace(ent, end=ue, text=doc.text[ent.start:ue])
                    break
            out.append(ent)
        return out
    for ent in found:
        for us, ue in units:
            if us <= ent.start < ue < ent.end and doc.text[ue:ent.end].lstrip().startswith("ل"):
                ent = replace(ent, end=ue, text=doc.text[ent.start:ue])
                break
        out.append(ent)
    return out


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


def _club_org(doc: Document, ent: EntitySpan) -> bool:
    """Is ``ent`` an ORG that is an Arab club's name (``rules.yaml``'s ``arab_club_names``: "السد", the club, not
    the dam; made an ORG in a sentence about sport only, :func:`.orgs.arab_clubs`)?"""
    ns, ne = doc.to_normalized(ent.start, ent.end)
    return ent.label == "ORG" and fold(doc.norm[ns:ne]) in rule_words().arab_club_names


#: What opens a clause before an oath: a colon, a quote, a comma, a full stop (or the start of the text).
_CLAUSE_OPENERS = frozenset(":«\"“،,.!؟?-–")


def common_phrase(doc: Document, ent: EntitySpan) -> EntitySpan | None:
    """``ent``, or None when it names nothing (``rules.yaml``'s ``oath_forms``, ``people_plurals``): an oath by God
    with its proclitic at the start of a clause ("والله لن نسكت", the tagger's MISC in a quoted post); a span that
    opens with a plural of people ('"الضحايا الأبرياء"' a MISC, "الأبرياء" an ORG) when it is a MISC or a PER, or one
    word but a place ("بحي الشهداء", "ساحة الشهداء" name a place).  A MISC "بالله" ("الإيمان بالله") is the MISC
    "الله" after its ب, and none in a family name ("جلول جاء بالله")."""
    rw = rule_words()
    words = ent.text.split()
    if not words:
        return ent
    first = fold(words[0])
    if len(words) == 1 and ent.label == "MISC" and first in rw.oath_forms:
        before = doc.text[max(0, ent.start - 20):ent.start].rstrip()
        if not before or before[-1] in _CLAUSE_OPENERS:
            return None
    if len(words) == 1 and ent.label == "MISC" and first in rw.billah_forms:
        previous = doc.text[max(0, ent.start - 30):ent.start].split()
        if previous and fold(previous[-1]) in rw.billah_name_words:
            return None  # "جلول جاء بالله": a family name (Jaballah), no mention of God
        at = ent.text.find("ال")
        return replace(ent, start=ent.start + at, text=ent.text[at:])
    if ent.label == "MISC" and len(words) == 2 and _trigger_and_adjective(first, fold(words[1])):
        return None
    if first in rw.people_plurals and ent.label != "LOC" and (len(words) == 1 or ent.label in ("MISC", "PER")) \
            and ent.source != "groups" and "group_id" not in ent.attrs:
        return None
    return ent


def _trigger_and_adjective(first: str, second: str) -> bool:
    """Are the folded ``first`` and ``second`` a group's trigger noun with its article and an adjective with its
    article that names nothing ("الميليشيا المتهور", "والجماعات المسلحة"): a description, no name?  Not a nisba, a
    place or a name's word ("الجيش السوري", "القوات اللبنانية").  Only a MISC is asked: a group's name the tagger
    called MISC ("الجيش الحر") is then missed rather than mislabelled."""
    if not second.startswith("ال") or len(second) < 5:
        return False
    triggers = group_lexicon().triggers
    if not any(split.article and split.stem in triggers for split in clitic_splits(first)):
        return False
    gaz = default_gazetteer()
    return gaz.stem_in_gazetteer(second) is None and second not in gaz.common


def lone_common_noun(doc: Document, ent: EntitySpan) -> bool:
    """Is ``ent`` one word that is a group trigger or a title/head word ("المدينة")?"""
    ns, ne = doc.to_normalized(ent.start, ent.end)
    word = fold(doc.norm[ns:ne])
    return bool(word) and " " not in word and is_common_noun(word)
