"""Finding group mentions in a Document: registry names, then groups discovered by trigger nouns.

Everything is matched on ``doc.folded`` (normalized and folded, same offsets as ``doc.norm``) and
mapped back to original offsets at the end.

Span conventions:

* proclitics are outside the span: "لحزب الله" → "حزب الله", "للحشد الشعبي" → "حشد الشعبي"
  (the article's alef is not written after the preposition lam);
* a generic head before a name ("ميليشيا لواء القدس", "حركة حماس", غرفة عمليات "فتح حلب") is
  outside the span and recorded in ``attrs`` as ``head``/``head_start``/``head_end``; a trigger noun
  that is part of the name ("لواء" of "لواء القدس") is inside it;
* a nisba adjective right after a name is inside the span ("لواء القدس الفلسطيني"); after a
  closing quote (``"لواء القدس" الفلسطيني``) it is recorded as ``attrs["nisba"]`` only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import regex

from ...document import Document, GroupSpan
from ...lang.ar import lookup_key
from .lexicon import CLOSE_QUOTES, OPEN_QUOTES, SPACE, Lexicon, lexicon
from .registry import Group, Registry

__all__ = ["Lexicon", "find_groups", "lexicon"]


@dataclass(slots=True)
class _Hit:
    """A match in normalized offsets, before it becomes a GroupSpan."""

    start: int
    end: int
    group_id: str | None
    kind: str | None
    source: str
    attrs: dict[str, Any]
    name: str | None = None


_WORD = regex.compile(rf"{SPACE}+(?P<w>\p{{L}}+)")
_QUOTED = regex.compile(rf"{SPACE}*[{OPEN_QUOTES}](?P<q>[\p{{L}}\p{{N}} \-]{{2,60}}?)[{CLOSE_QUOTES}]")
_MAX_NAME_WORDS = 6  # connectors included: "كتيبة الشهيد أبو بكر الصديق"
_ARTICLE_AFTER_CLITIC = ("بال", "لل", "وال", "فال", "كال")
_PREV_WORD = regex.compile(rf"(?P<w>\p{{L}}+){SPACE}+\Z")


def _registry_attrs(group: Group) -> dict[str, Any]:
    return {"name_ar": group.name_ar, "country": group.country, "allegiance": group.allegiance,
            "parent": group.parent}


def _source(group: Group) -> str:
    return "collective" if group.collective else "registry"


def _head(folded: str, lo: int, start: int, lex: Lexicon) -> tuple[int, int] | None:
    m = lex.head_re.search(folded, max(lo, start - 40), start)
    return m.span("head") if m else None


def _registry_hits(doc: Document, registry: Registry, lo: int, hi: int, lex: Lexicon) -> list[_Hit]:
    folded = doc.folded
    hits: list[_Hit] = []
    for m in registry.matcher.finditer(folded, lo, hi):
        if m.group("name") is not None:
            s, e = m.span("name")
            key = lookup_key(m.group("name"))
            pre = m.group("pre")
        else:
            s, e = m.span("name2")
            key = "ال" + lookup_key(m.group("name2"))
            pre = m.group("pre2")
        group = registry.group_of_key(key)
        attrs = _registry_attrs(group)
        n = lex.nisba_re.match(folded, e, hi)
        if n:
            if n.group("quote"):
                attrs["nisba"] = doc.norm[n.start("nisba"):n.end("nisba")]
            else:
                e = n.end()
        if not pre:
            head = _head(folded, lo, s, lex)
            if head:
                attrs["head_span"] = head
        hits.append(_Hit(s, e, group.id, group.kind, _source(group), attrs, group.name_en or group.name_ar))
    # Names that hold only in context ("قوات النخبة" of Liwa al-Quds) need their context group.
    found = {h.group_id for h in hits}
    return [h for h in hits
            if h.group_id is None or not (c := registry[h.group_id].requires_context) or found.intersection(c)]


def _discovered_name(folded: str, pos: int, hi: int, lex: Lexicon, *, quoted_only: bool) -> int | None:
    """End of the name phrase after a trigger ending at ``pos``, or None when there is no name."""
    q = _QUOTED.match(folded, pos, hi)
    if q:
        words = q.group("q").split()
        if not words or len(words) > 5 or words[0] in lex.triggers or words[0] in lex.generic_names:
            return None
        return q.end()
    if quoted_only:
        return None
    end = pos
    count = 0
    for _ in range(_MAX_NAME_WORDS):
        m = _WORD.match(folded, end, hi)
        if m is None:
            return None
        w = m.group("w")
        if w in lex.connectors:
            end = m.end()
            continue
        count += 1
        if count > 3 or w in lex.stopwords or (count == 1 and (w in lex.triggers or w in lex.generic_names)):
            return None
        if w.startswith(_ARTICLE_AFTER_CLITIC):  # "بالمدينة", "للتسلل": a prepositional phrase
            return None
        end = m.end()
        if (w.startswith("ال") and len(w) > 3) or w in lex.place_names:
            # A definite (or place-name) word closes the idafa; a following nisba adjective joins it.
            nxt = _WORD.match(folded, end, hi)
            if nxt:
                a = nxt.group("w")
                if a.startswith("ال") and a.endswith(("ي", "يه")) and a not in lex.stopwords and len(a) > 4:
                    end = nxt.end()
            return end
        # An indefinite word inside the name: not an imperfect verb ("يطالب"), a plural past verb
        # ("دخلوا") or an indefinite nisba adjective ("تحالف دولي", "قوات إسرائيلية").
        if w.startswith("ي") or w.endswith("وا") or len(w) < 2 or (len(w) >= 5 and w.endswith(("ي", "يه"))):
            return None
    return None


def _discovered_hits(doc: Document, registry: Registry, lo: int, hi: int, taken: list[tuple[int, int]],
                     lex: Lexicon) -> list[_Hit]:
    folded = doc.folded
    hits: list[_Hit] = []
    starts = {s for s, _ in taken}

    def free(s: int, e: int) -> bool:
        return all(e <= ts or s >= te for ts, te in taken)

    for m in lex.trigger_re.finditer(folded, lo, hi):
        s, e = m.span("trig")
        if not free(s, e):
            continue
        prev = _PREV_WORD.search(folded, max(lo, s - 30), m.start())
        if prev and prev.group("w") in lex.rank_context:
            continue
        # A registry name right after the trigger: the trigger is its head, not a new group.
        ahead = folded[e:e + 3]
        if any(e < t <= e + len(ahead) - len(ahead.lstrip(" \t\u00a0" + OPEN_QUOTES)) for t in starts):
            continue
        trigger = lookup_key(m.group("trig"))
        end = _discovered_name(folded, e, hi, lex, quoted_only=trigger in lex.quoted_only)
        if end is None or not free(s, end):
            continue
        name = _plain_name(doc.norm[s:end])
        key = lookup_key(name)
        head = None if m.group("pre") else _head(folded, lo, s, lex)
        # A registered name written with quotes (تنظيم "القاعدة", حركة "فتح") is that group.
        inner = lookup_key(_plain_name(doc.norm[e:end]))
        gid = registry.keys.get(key) or registry.keys.get(inner)
        if gid is not None:
            group = registry[gid]
            attrs = _registry_attrs(group)
            if key not in registry.keys:  # the trigger is a head: the span is the quoted name only
                head = (s, e)
                quotes = " \t\u00a0" + OPEN_QUOTES + CLOSE_QUOTES
                s = e + len(folded[e:end]) - len(folded[e:end].lstrip(quotes))
                end = end - (len(folded[s:end]) - len(folded[s:end].rstrip(quotes)))
            hits.append(_Hit(s, end, gid, group.kind, _source(group), attrs, group.name_en or group.name_ar))
        else:
            attrs = {"name_ar": None, "country": None, "allegiance": None, "parent": None, "key": key,
                     "trigger": doc.norm[s:e]}
            hits.append(_Hit(s, end, None, lex.triggers[trigger], "pattern", attrs, name))
        if head:
            attrs["head_span"] = head
        taken.append((m.start("trig"), end))
    return hits


def _plain_name(name: str) -> str:
    return " ".join(name.translate({ord(c): " " for c in OPEN_QUOTES + CLOSE_QUOTES}).split())


def find_groups(doc: Document, registry: Registry) -> list[GroupSpan]:
    """All group mentions in the extraction regions of ``doc``, in text order."""
    lex = lexicon()
    out: list[GroupSpan] = []
    for region in doc.extraction_regions():
        lo, hi = doc.to_normalized(region.start, region.end)
        hits = _registry_hits(doc, registry, lo, hi, lex)
        taken = [(h.start, h.end) for h in hits]
        hits += _discovered_hits(doc, registry, lo, hi, taken, lex)
        hits.sort(key=lambda h: h.start)
        for hit in hits:
            start, end = doc.to_original(hit.start, hit.end)
            attrs = hit.attrs
            head = attrs.pop("head_span", None)
            if head is not None:
                hs, he = doc.to_original(*head)
                attrs.update(head=doc.text[hs:he], head_start=hs, head_end=he)
            out.append(GroupSpan(start, end, doc.text[start:end], id=hit.group_id, name=hit.name, kind=hit.kind,
                                 source=hit.source, part=region.part, attrs=attrs))
    return out
