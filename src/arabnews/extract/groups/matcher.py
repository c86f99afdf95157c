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

import hashlib
from bisect import bisect_left, bisect_right, insort
from collections import Counter
from dataclasses import dataclass
from functools import cache
from itertools import compress
from typing import Any

import regex

from ...document import Document, GroupSpan
from ...lang.ar import fold, lookup_key
from ...text.tokenize import KIND_CODES, Tokens
from .lexicon import CLOSE_QUOTES, OPEN_QUOTES, SPACE, Lexicon, lexicon
from .registry import Group, Registry

__all__ = ["Lexicon", "discovered_id", "find_groups", "lexicon"]


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
_MAX_NAME_WORDS = 9  # connectors included: "كتائب الشهيد عز الدين القسام"
_ARTICLE_AFTER_CLITIC = ("بال", "لل", "وال", "فال", "كال")
_CLITIC_LETTERS = frozenset("بلكف")
_L_NAMES = frozenset({"لجان", "لجنه", "ليوث", "لهيب", "لبيك"})  # name words that begin with lam
_PATRONYMIC = frozenset({"بن", "ابن", "بنت"})
_PREV_WORD = regex.compile(rf"(?P<w>\p{{L}}+){SPACE}+\Z")


def _registry_attrs(group: Group) -> dict[str, Any]:
    return {"name_ar": group.name_ar, "country": group.country, "allegiance": group.allegiance,
            "parent": group.parent}


def _source(group: Group) -> str:
    return "collective" if group.collective else "registry"


def _head(folded: str, lo: int, start: int, lex: Lexicon) -> tuple[int, int] | None:
    m = lex.head_re.search(folded, max(lo, start - 40), start)
    return m.span("head") if m else None


@cache
def _country_codes() -> dict[str, str]:
    """English country name (as the registry writes ``country``) → ISO 3166 code, from CLDR (Babel)."""
    from babel import Locale

    return {name: code for code, name in Locale("en").territories.items() if len(code) == 2}


def _document_countries(doc: Document) -> Counter[str]:
    """The countries a document's words point to, as ISO codes with their counts: prominent places
    ("بسوسة" → TN, "بنغازي" → LY) and nationality adjectives ("التونسية")."""
    from ..entities.backoff import prominent
    from ..entities.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    votes: Counter[str] = Counter()
    for norm, count in _word_counts(doc).items():
        split = gaz.place_split(norm)
        place = gaz.place(fold(split.lemma_forms[0])) if split is not None and prominent(gaz, split) else None
        code = place.country if place is not None else gaz.nisba.get(fold(norm))
        if code:
            votes[code] += count
    return votes


_IS_WORD = bytes(int(k == KIND_CODES["word"]) for k in range(256))


def _word_counts(doc: Document) -> Counter[str]:
    """How often each normalized word form occurs in ``doc``: read from the token columns of the compact
    :class:`~arabnews.text.tokenize.Tokens`, without building a Token object (a long document would
    otherwise keep the last of them, tens of MB, until its end)."""
    tokens = doc.tokens
    if not isinstance(tokens, Tokens):
        return Counter(t.norm for t in tokens if t.kind == "word")
    nspans, norm = tokens.nspans, doc.norm
    words = compress(range(len(tokens)), tokens.kind_codes.translate(_IS_WORD))
    return Counter(norm[nspans[2 * i]:nspans[2 * i + 1]] for i in words)  # a repeated word's string freed at once


def _choose(candidates: tuple[str, ...], registry: Registry, doc: Document, votes: list[Counter[str]]) -> str:
    """Of the groups an ambiguous name may stand for ("أنصار الشريعة": Libya's or Tunisia's), the one of
    the country the document's places and nationalities point to most ("بسوسة"); the registry's first
    when none does."""
    if not votes:
        votes.append(_document_countries(doc))
    codes = _country_codes()
    score = {gid: votes[0][codes.get(registry[gid].country or "", "")] for gid in candidates}
    best = max(candidates, key=lambda gid: score[gid])  # (the first of equals: the registry's order)
    return best if score[best] else candidates[0]


def _registry_hits(doc: Document, registry: Registry, lo: int, hi: int, lex: Lexicon,
                   votes: list[Counter[str]]) -> list[_Hit]:
    """The registry's names in ``lo``–``hi`` of ``doc.folded``; ``votes``: the document's countries, counted
    at its first ambiguous name and kept for the others (once per document, not per region: a long
    document has thousands of regions)."""
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
        candidates = registry.candidates(key)
        if candidates:
            group = registry[_choose(candidates, registry, doc, votes)]
        attrs = _registry_attrs(group)
        if candidates:
            attrs["ambiguous"] = list(candidates)
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


def _is_place_nisba(w: str, lex: Lexicon) -> bool:
    """"السوري", "الفلسطينيه": a country's nisba adjective (after a name it is not part of the name)."""
    if not w.startswith("ال"):
        return False
    base = w[2:-1] if w.endswith("يه") else w[2:]
    return base in lex.place_nisbas


def _is_verb_like(w: str) -> bool:
    """An imperfect verb ("يطالب"), a plural past verb ("دخلوا") or a too short word."""
    return w.startswith("ي") or w.endswith("وا") or len(w) < 2


def _is_adjective(w: str) -> bool:
    """A definite nisba adjective ("الإسلامي", "الثوريه") that continues a definite name."""
    return len(w) >= (7 if w.endswith("يه") else 6) and w.startswith("ال") and w.endswith(("ي", "يه"))


@dataclass(frozen=True, slots=True)
class _Name:
    end: int  # end of the span (a trailing country nisba included)
    name_end: int  # end of the name proper (the key and id are made from it)
    nisba: str | None = None


def _party_conjunct(folded: str, m: Any, hi: int, lex: Lexicon) -> bool:
    """Is the definite word after و at ``m`` the second noun of a party's name ("والتنمية" of "حزب
    العدالة والتنمية"): no group word ("والفصائل") and not followed by a definite word that would make
    it a phrase of its own ("والقوى الوطنية")?"""
    w = m.group("w")
    bare = w[1:]
    if len(bare) < 5 or bare in lex.generic_names or bare[2:] in lex.triggers or bare in lex.stopwords:
        return False
    nxt = _WORD.match(folded, m.end(), hi)
    return nxt is None or not nxt.group("w").startswith("ال") or _is_place_nisba(nxt.group("w"), lex)


def _discovered_name(folded: str, pos: int, hi: int, lex: Lexicon, *, trigger: str) -> _Name | None:
    """The name phrase after a trigger ending at ``pos`` — its whole genitive chain — or None.

    The chain is a run of name words: indefinite nouns in construct ("لواء صقور حوران"), connectors
    ("أبو", "بن", "الشهيد"), a definite word or a place name that closes it ("لواء الفجر"), after which
    only a person's name after a title ("لواء الإمام الحسين"), the family name after a compound given
    name ("كتائب عز الدين القسام") or a non-place nisba adjective ("لواء الفتح الإسلامي") continue it.
    It stops at stopwords (prepositions, particles, frequent verbs and participles), verbs, numbers,
    punctuation, and a country's nisba adjective ("لواء الفجر السوري"), which stays in the span but not
    in the name.
    """
    q = _QUOTED.match(folded, pos, hi)
    if q:
        words = q.group("q").split()
        if not words or len(words) > 5 or words[0] in lex.triggers or words[0] in lex.generic_names:
            return None
        if len(words) == 1 and len(words[0]) >= 5 and words[0].endswith(("ي", "يه")) and not words[0].startswith("ال"):
            return None  # تنظيم "إخواني": a quoted adjective, no name
        return _Name(q.end(), q.end())
    if trigger in lex.quoted_only:
        return None
    end = pos
    count = 0
    closed = False  # a definite word or a place name closed the construct chain
    reopen = False  # ...but a title or a compound given name lets one more name follow
    prev = ""
    for _ in range(_MAX_NAME_WORDS):
        m = _WORD.match(folded, end, hi)
        if m is None:
            break
        w = m.group("w")
        if (closed and count == 1 and lex.triggers.get(trigger) == "party" and w.startswith("وال")
                and _party_conjunct(folded, m, hi, lex)):
            end = m.end()  # "حزب العدالة والتنمية", "حزب الأصالة والمعاصرة": a party's two-noun name
            count += 1
            prev = w
            continue
        # a stopword, or "بالمدينة": a prepositional phrase (but "بن علي": a name after "بن")
        if prev not in _PATRONYMIC and (w in lex.stopwords or w.startswith(_ARTICLE_AFTER_CLITIC)
                                        or (w[:1] in "بلك" and w[1:] in lex.place_nouns)):
            break
        if closed and not reopen:
            if w in _PATRONYMIC:  # "الإمام الحسين بن علي"
                end = m.end()
                closed = False
                prev = w
                continue
            if _is_place_nisba(w, lex):
                return _Name(m.end(), end, w)
            if _is_adjective(w) and w not in lex.generic_names:
                end = m.end()
                prev = w
                continue
            break
        if w in lex.connectors:
            end = m.end()
            closed = reopen = False
            prev = w
            continue
        if not closed and w[:1] == "و" and (w[1:2] in _CLITIC_LETTERS or w[1:3] == "ال"):
            break  # "وبصحبته", "والفصائل": a new phrase joined by "و"
        count += 1
        if count == 1 and w[:1] == "ل" and len(w) >= 4 and w not in lex.place_names and w not in _L_NAMES:
            return None  # "قوات لحفظ السلام", "تحالف لزعماء …": a prepositional phrase, no name
        if count == 1 and (w in lex.generic_names or (w in lex.triggers and trigger in lex.heads)):
            return None  # "قوات الأمن"; "ميليشيا لواء …": the inner trigger starts the name
        if count > 5 or _is_verb_like(w) or (closed and reopen and _is_place_nisba(w, lex)):
            break
        definite = w.startswith("ال") and len(w) > 3
        if not definite and not closed and len(w) >= 5 and w.endswith(("ي", "يه")) and w not in lex.compounds:
            break  # an indefinite nisba adjective: "تحالف دولي", "قوات إسرائيلية"
        end = m.end()
        if reopen:
            reopen = False
            closed = definite or w in lex.place_names  # "الشيخ أحمد" is open again: "الشيخ أحمد الياسين"
            if w in lex.titles or (w in lex.compound_tails and prev in lex.compounds):
                reopen = True
            prev = w
            continue
        if definite or w in lex.place_names or prev in _PATRONYMIC:  # "… بن علي" ends the name
            closed = True
            reopen = w in lex.titles or (w in lex.compound_tails and prev in lex.compounds)
        prev = w
    if end == pos or not (closed or count >= 2):  # "لواء شهداء بدر": a name without an article
        return None
    return _Name(end, end)


class _Taken:
    """The spans already claimed in a region, sorted by start: whether a new span overlaps one reads
    only those that start within the longest span's length before it (a region with thousands of
    mentions would otherwise compare each trigger with all of them)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.longest = max((e - s for s, e in spans), default=0)

    def free(self, s: int, e: int) -> bool:
        """Does ``[s, e)`` overlap no claimed span (``e <= ts or s >= te`` for each)?"""
        spans = self.spans
        k = bisect_left(spans, (s - self.longest,))
        while k < len(spans) and spans[k][0] < e:
            if spans[k][1] > s:
                return False
            k += 1
        return True

    def add(self, s: int, e: int) -> None:
        insort(self.spans, (s, e))
        self.longest = max(self.longest, e - s)


def _discovered_hits(doc: Document, registry: Registry, lo: int, hi: int, taken: list[tuple[int, int]],
                     lex: Lexicon) -> list[_Hit]:
    """The groups named by a trigger in ``[lo, hi)`` outside the registry hits' spans ``taken``."""
    folded = doc.folded
    hits: list[_Hit] = []
    starts = sorted({s for s, _ in taken})
    claimed = _Taken(taken)
    free = claimed.free

    for m in lex.trigger_re.finditer(folded, lo, hi):
        s, e = m.span("trig")
        if not free(s, e):
            continue
        prev = _PREV_WORD.search(folded, max(lo, s - 30), m.start())
        if prev and prev.group("w") in lex.rank_context:
            continue
        # A registry name right after the trigger: the trigger is its head, not a new group.
        ahead = folded[e:e + 3]
        k = bisect_right(starts, e)  # the first registry start after e, within the quotes and spaces
        if k < len(starts) and starts[k] <= e + len(ahead) - len(ahead.lstrip(" \t\u00a0" + OPEN_QUOTES)):
            continue
        trigger = lookup_key(m.group("trig"))
        found = _discovered_name(folded, e, hi, lex, trigger=trigger)
        if found is None or not free(s, found.end):
            continue
        end = found.end
        name = _plain_name(doc.norm[s:found.name_end])
        key = lookup_key(name)
        head = None if m.group("pre") else _head(folded, lo, s, lex)
        # A registered name written with quotes (تنظيم "القاعدة", حركة "فتح") is that group.
        inner = lookup_key(_plain_name(doc.norm[e:found.name_end]))
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
            if found.nisba:
                attrs["nisba"] = doc.norm[found.name_end:found.end].strip()
            hits.append(_Hit(s, end, discovered_id(key), lex.triggers[trigger], "pattern", attrs, name))
        if head:
            attrs["head_span"] = head
        claimed.add(m.start("trig"), end)
    return hits


def discovered_id(key: str) -> str:
    """The stable id of a discovered group: "disc-" and a hash of its folded name, the same in every
    document ("لواء الفجر", "لواء الفجر السوري" and "للواء الفجر" share it).

    >>> discovered_id(lookup_key("لواء الفجر")) == discovered_id(lookup_key("لواء الفجر"))
    True
    >>> discovered_id(lookup_key("لواء الفجر")).startswith("disc-")
    True
    """
    return "disc-" + hashlib.blake2s(key.encode("utf-8"), digest_size=6).hexdigest()


def _plain_name(name: str) -> str:
    return " ".join(name.translate({ord(c): " " for c in OPEN_QUOTES + CLOSE_QUOTES}).split())


def find_groups(doc: Document, registry: Registry) -> list[GroupSpan]:
    """All group mentions in the extraction regions of ``doc``, in text order."""
    lex = lexicon()
    out: list[GroupSpan] = []
    votes: list[Counter[str]] = []
    for region in doc.extraction_regions():
        lo, hi = doc.to_normalized(region.start, region.end)
        hits = _registry_hits(doc, registry, lo, hi, lex, votes)
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
