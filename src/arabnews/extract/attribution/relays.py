"""Speakers relayed ("نقلت X عن Y"), repeated ("المصدر ذاته") or joined by و ("X وY أعلنتا")."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from ...document import Document, EntitySpan
from ...lang.ar import lookup_key
from ...memo import remember
from .base import _SAME_WORDS, _TIME_WORDS, _Item, _key
from .clauses import COMMAS, SENTENCE_END, Tok
from .cues import Lexicon, word_set
from .quotes import MARKS
from .sources import Source, is_cutter, speaker_after, speaker_before

if TYPE_CHECKING:
    from .finder import _Finder
    from .stage import QuoteSpan

_SAME_HEADS = word_set("same_source_heads")

#: Of those, the heads that take an earlier speaker with that head before any other ("المصادر ذاتها").
_SAME_HEADS_FIRST = word_set("same_source_heads_first")

#: What is found or guessed ("وفق المعلومات الأولية"): no earlier speaker "the same source" stands for.
_SAME_NOT = word_set("same_source_not")

#: The proclitics and article stripped from a word of an earlier speaker's phrase to find the head in it.
_HEAD_PREFIXES = ("وال", "بال", "لل", "ال")


def _same_head(doc: Document, lex: Lexicon, source: dict[str, Any], key: str) -> tuple[str, str | None] | None:
    """The head noun of a speaker phrase that says "the same X" ("المصدر ذاته", "مصدر ذاته" of "للمصدر ذاته",
    "المصدر الرسمي ذاته", "نفس المصدر", "ذات البلاغ"), folded and without its article, with its adjective (or None),
    or None (``key``: the phrase's lookup key)."""
    ws = key.split()
    if 2 <= len(ws) <= 3 and ws[0] in _SAME_WORDS and ws[1].startswith("ال") and len(ws[1]) > 3:
        return ws[1][2:], ws[2].removeprefix("ال") if len(ws) == 3 else None
    if 2 <= len(ws) <= 3 and ws[-1] in lex.closers:
        adjective = ws[1].removeprefix("ال") if len(ws) == 3 else None
        if ws[0].startswith("ال") and len(ws[0]) > 3:
            return ws[0][2:], adjective
        if doc.text[max(0, source["start"] - 2):source["start"]] == "لل":  # "وفقا للمصدر ذاته"
            return ws[0], adjective
    return None


_Named = tuple[int, str, tuple[str, ...], dict[str, Any], str | None]


def _unprefixed(word: str) -> str:
    """``word`` without the first of :data:`_HEAD_PREFIXES` it starts with, when two letters or more are left."""
    return next((word[len(p):] for p in _HEAD_PREFIXES if word.startswith(p) and len(word) > len(p) + 1), word)


def _named_before(named: list[_Named], start: int, adjective: str | None) -> Iterator[_Named]:
    """The speakers of ``named`` (of one part, in text order) named before ``start`` and with ``adjective`` if it is
    not None, the last first: read from the end, not all of a long document's for every claim."""
    return (n for n in reversed(named) if n[0] < start and (adjective is None or adjective in n[2]))


def _same_sources(doc: Document, lex: Lexicon, out: list[QuoteSpan]) -> None:
    """A speaker phrase that says "the same source" ("وفقا للمصدر ذاته", "وأضاف نفس المصدر أن …") speaks for
    the speaker of an earlier claim of the same part: its ``source`` keeps the span of the phrase and gains
    ``antecedent`` (that speaker's ``{start, end, text, layer, id?}``), and ``source_type`` is the antecedent's.
    "المصدر/المصادر" stand for the last speaker named before ("المصادر" for the last whose phrase has "مصادر" if
    there is one: session 28c); another head for the last one whose phrase has
    that head, from its cue on ("البلاغ ذاته" ← "ذكر بلاغ صادر عن وزارة الداخلية"), past what is found or guessed
    ("المعلومات الأولية"); none found, the claim is left as it was."""
    # (start, part, words, speaker, type) of each speaker named, by part (read back from the last: a long
    # document's claims each read every one named before was a square term)
    named: dict[str, list[_Named]] = {}
    claims = sorted((q for q in out if q.source), key=lambda q: q.source["start"])  # type: ignore[index]
    keys = [_key(q.source["text"]) for q in claims]  # type: ignore[index]
    heads = [_same_head(doc, lex, q.source, key) for q, key in zip(claims, keys, strict=True)]  # type: ignore[arg-type]
    if all(same is None for same in heads):
        return  # (most documents: no speaker phrase to read back from, none read)
    # one string per word and a tuple per speaker: a long document's speakers repeat the same words (5 MB: 18,000
    # phrases, a list and fresh strings each, were 5 MB of the attribution stage's peak; issue #18)
    words: dict[str, str] = {}
    shared = words.setdefault
    for q, key, same in zip(claims, keys, heads, strict=True):
        source = q.source
        assert source is not None
        if same is None:
            # (the words from its cue on: "ذكر بلاغ صادر عن وزارة الداخلية" has the head of "البلاغ ذاته")
            first = key.split(" ", 1)[0]
            if first.removeprefix("ال") in _SAME_NOT:
                continue
            lo = min(source["start"], q.cue.get("start", source["start"]))
            ws = tuple([shared(w, w) for w in map(_unprefixed, lookup_key(doc.text[lo:source["end"]]).split())])
            named.setdefault(q.part, []).append((source["start"], q.part, ws, source, q.source_type))
            continue
        head, adjective = same  # (an adjective names it too: "المصدر النقابي ذاته" ← "مصدر نقابي")
        part_named = named.get(q.part, [])
        # (the head itself first: "المصادر ذاتها" is the "مصادر مقربة من المجموعة" named before "خبراء", dev 57)
        found = next((n for n in _named_before(part_named, source["start"], adjective) if head in n[2]), None) \
            if head in _SAME_HEADS_FIRST else None
        found = found or next((n for n in _named_before(part_named, source["start"], adjective)
                               if head in _SAME_HEADS or head in n[2]), None)
        if found is None:
            continue
        source["antecedent"] = {k: v for k, v in found[3].items() if k not in ("antecedent", "via", "role")}
        q.source_type = found[4]
        named.setdefault(q.part, []).append((source["start"], q.part, found[2], found[3], found[4]))


#: The roles that, definite and alone, stand for the person named with them before ("وأضاف الوزير"; session 43).
_ROLE_ANAPHORS = word_set("role_anaphors")
#: Generic nouns of whoever speaks ("المتحدث", "المسؤول"): the claim before them names whom (session 48).
_GENERIC_ANAPHORS = word_set("generic_anaphors")

#: The proclitics a role's head may carry before a name ("بوزير الداخلية فلان", "والمدير الجهوي فلان").
_ROLE_PREFIXES = ("وال", "فال", "بال", "لل", "ال", "و", "ب", "ل")

#: The heads of many offices, and the words of the state after one (`role_anaphors_titled`, `state_words`).
_TITLED = word_set("role_anaphors_titled")
_STATE = word_set("state_words")

#: What an antecedent does not copy of a speaker.
_NOT_COPIED = ("antecedent", "via", "role", "coordinated")

#: A word of folded text.
_WORD = re.compile(r"[^\W\d_]+")

#: Most words read back from a name to its role's head ("وزيرة الطاقة والمناجم والطاقات المتجددة هالة شيخ روحو").
_ROLE_REACH = 6


def _role_of(word: str, lex: Lexicon) -> str | None:
    """The folded head of a person's role a word is, without its proclitics and article ("بوزير" → "وزير"), or None."""
    if lex.head(word) == "person":
        return word.removeprefix("ال")
    for p in _ROLE_PREFIXES:
        if word.startswith(p) and len(word) - len(p) > 2 and lex.head(word[len(p):]) == "person":
            return word[len(p):]
    return None


def _named_role(doc: Document, lex: Lexicon, start: int, end: int, floor: int) -> str | None:
    """The head of the role a person named at ``start:end`` is given in apposition: the nearest person head in the
    words right before the name in its sentence ("قال وزير الداخلية الهادي مجدوب"), not past a complementizer or a
    cue nor into the person named before (``floor``: "شوقي الطبيب بعد لقائه الشاهد" gives الشاهد no role); else the
    word right after it and its comma ("زكرياء حمد، وزير الصناعة"; not after a colon or a quotation mark)."""
    before = doc.text[max(0, start - 120, floor):start]
    cut = max(before.rfind(c) for c in SENTENCE_END | {":"})
    words = _WORD.findall(lookup_key(before[cut + 1:]))
    last = words[-_ROLE_REACH:]
    for k in range(len(last) - 1, -1, -1):
        w = last[k]
        if lex.is_comp(w) or w in lex.cues:
            break
        head = _role_of(w, lex)
        if head is not None:
            return _titled(head, w, last[k + 1] if k + 1 < len(last) else None)
    rest = lookup_key(doc.text[end:end + 60]).lstrip(" \t،,")
    after = _WORD.findall(rest) if _WORD.match(rest) else []
    head = _role_of(after[0], lex) if after else None
    return _titled(head, after[0], after[1] if len(after) > 1 else None) if head is not None else None


def _titled(head: str, word: str, complement: str | None) -> str | None:
    """``head``, unless it heads many offices (`role_anaphors_titled`: رئيس) and names none alone: written without
    the article and not of the state ("رئيس حركة النهضة", not "الرئيس الأمريكي", "رئيس الجمهورية")."""
    if head.removesuffix("ه") not in _TITLED or word.startswith(("ال", "وال", "فال")) or complement in _STATE:
        return head
    return None


def _role_anaphors(doc: Document, lex: Lexicon, out: list[QuoteSpan]) -> None:
    """A role named alone as a speaker ("وأضاف الوزير أن …", "وقالت الوزيرة", "وأوضح المتحدث"; `role_anaphors`)
    stands for the person last named with that role before it in the same part ("قال وزير الداخلية الهادي مجدوب …
    وأضاف الوزير"): its ``source`` keeps the role's span and gains ``antecedent``, the name (an entity, or the untagged
    name of an earlier speaker with its ``role``), as "المصدر ذاته" does.  A feminine role takes a masculine one too
    ("وزير المالية لمياء الزريبي" … "الوزيرة"), not the other way round.  Session 43."""
    wanted: list[tuple[QuoteSpan, str]] = []
    for q in out:
        source = q.source
        if source is None or source.get("layer") != "phrase" or "antecedent" in source or "role" in source \
                or " " in source["text"] or not source["text"].startswith("ال"):
            continue  # (one definite word only: most speakers are read no further)
        key = lookup_key(source["text"])
        if " " in key or not key.startswith("ال"):
            continue
        head = key[2:]
        if head in _ROLE_ANAPHORS or (head.endswith("ه") and head[:-1] in _ROLE_ANAPHORS) \
                or head in _GENERIC_ANAPHORS or (head.endswith("ه") and head[:-1] in _GENERIC_ANAPHORS):
            wanted.append((q, head))
    if not wanted:
        return  # (most documents)
    # (start, end, role head, the name as an antecedent) of each person named with a role
    named: list[tuple[int, int, str, dict[str, Any]]] = []
    # (a name a claim has whole where the tagger cut it: "رضا لحول" of the tagger's "رضا"; session 37)
    spoken = {q.source["start"]: q.source for q in out if q.source is not None and q.source_type == "person"}
    floor = 0  # (the end of the person named before)
    for ent in doc.entities:
        if isinstance(ent, EntitySpan) and ent.label == "PER":
            role_head = _named_role(doc, lex, ent.start, ent.end, floor)
            floor = max(floor, ent.end)
            if role_head is not None:
                whole = spoken.get(ent.start)
                name: dict[str, Any] = {k: v for k, v in whole.items() if k not in _NOT_COPIED} \
                    if whole is not None and whole["end"] > ent.end else \
                    {"start": ent.start, "end": ent.end, "text": ent.text, "layer": "entities"}
                named.append((ent.start, name["end"], role_head, name))
    for q in out:
        source = q.source
        if source is not None and source.get("role"):
            role = _WORD.findall(lookup_key(source["role"]["text"]))
            k = next((k for k, w in enumerate(role) if _role_of(w, lex) is not None), None)
            role_head = None if k is None else _titled(_role_of(role[k], lex) or "", role[k],
                                                       role[k + 1] if k + 1 < len(role) else None)
            if role_head is not None:
                named.append((source["start"], source["end"], role_head,
                              {k: v for k, v in source.items() if k not in _NOT_COPIED}))
    # (by role, in text order: a long document's claims each read back from a bisection, not every name)
    by_head: dict[str, list[tuple[int, int, str, dict[str, Any]]]] = {}
    for n in sorted(named, key=lambda n: n[0]):
        by_head.setdefault(n[2], []).append(n)
    starts = {h: [n[0] for n in ns] for h, ns in by_head.items()}
    spoken_order: list[QuoteSpan] | None = None
    spoken_at: list[int] = []
    for q, head in wanted:
        source = q.source
        assert source is not None
        found = None
        for h in (head, head[:-1]) if head.endswith("ه") and head[:-1] in _ROLE_ANAPHORS else (head,):
            ns = by_head.get(h, [])
            k = bisect_right(starts.get(h, []), source["start"]) - 1
            while k >= 0 and ns[k][1] > source["start"]:
                k -= 1
            if k >= 0 and (found is None or ns[k][0] > found[0]):
                found = ns[k]
        if found is not None and doc.part_at(found[0]) != q.part:
            found = None  # (never across parts: a headline's minister is not the body's)
        if found is not None:
            source["antecedent"] = found[3]
            q.source_type = "person"
        elif head in _GENERIC_ANAPHORS or head[:-1] in _GENERIC_ANAPHORS:
            if spoken_order is None:  # (sorted once, read by bisection)
                spoken_order = sorted((o for o in out if o.source is not None), key=lambda o: o.cue["start"])
                spoken_at = [o.cue["start"] for o in spoken_order]
            k = bisect_left(spoken_at, q.cue["start"]) - 1
            while k >= 0 and spoken_order[k].source is source:
                k -= 1
            while k > 0 and _told_inside(spoken_order[k], spoken_order[max(0, k - _GENERIC_REACH):k]):
                k -= 1  # (not a claim told inside another's words: "قال المسؤول بالبيت الأبيض إن ترامب يعتبر …")
            if k >= 0:
                _generic_antecedent(q, spoken_order[k])


#: How many claims back the claim a claim is told inside is looked for (see :func:`_told_inside`).
_GENERIC_REACH = 5


def _told_inside(claim: QuoteSpan, before: list[QuoteSpan]) -> bool:
    """Does ``claim``'s cue stand inside the words of one of the claims ``before`` it ("وقال المسؤول بالبيت الأبيض إن
    ترامب يعتبر السلام …": Trump's is told by the official, who speaks on, ANT 1391)?"""
    at = claim.cue["start"]
    return any(o.start <= at < o.end for o in before)


def _generic_antecedent(q: QuoteSpan, prev: QuoteSpan) -> None:
    """Give the generic speaker of ``q`` ("وأشار المسؤول", ``generic_anaphors``) the named person who spoke ``prev``,
    the claim right before it, in its part (or what that claim's own generic speaker stood for) as ``antecedent``; none
    when that claim's speaker is no named person ("وأضاف مصدر أمني" … "وقال المسؤول")."""
    source, said = q.source, prev.source
    assert source is not None and said is not None
    if prev.part != q.part:
        return
    if said.get("layer") == "entities" and prev.source_type == "person":
        source["antecedent"] = {k: v for k, v in said.items() if k not in _NOT_COPIED}
    elif "antecedent" in said and said["antecedent"].get("layer") == "entities" and prev.source_type == "person":
        source["antecedent"] = dict(said["antecedent"])
    else:
        return
    q.source_type = "person"


#: Word → its lookup key, for :func:`_org_anaphors` (a bounded per-word memo: most organisations share a few heads).
_WORD_KEYS: dict[str, str] = {}


def _word_key(word: str) -> str:
    """:func:`lookup_key` of one word, remembered."""
    key = _WORD_KEYS.get(word)
    return key if key is not None else remember(_WORD_KEYS, word, lookup_key(word))


def _org_anaphors(doc: Document, lex: Lexicon, out: list[QuoteSpan]) -> None:
    """An organisation's head noun alone as a speaker ("وأكد البنك أن …", "واعتبرت النقابة أن …", "وأضافت الوزارة")
    stands for the organisation last named before it in the same part with that head first ("البنك المركزي التونسي",
    "نقابة الصحفيين", "وزارة الداخلية"): an organisation of the entities or groups layer, or an earlier claim's
    speaker of two words or more.  Its ``source`` keeps the head's span and gains ``antecedent``, the organisation, as
    :func:`_role_anaphors` gives a role its person (session 47b)."""
    wanted: list[tuple[QuoteSpan, str]] = []
    for q in out:
        source = q.source
        if source is None or source.get("layer") != "phrase" or "antecedent" in source or "role" in source \
                or " " in source["text"] or not source["text"].startswith("ال"):
            continue
        key = _word_key(source["text"])
        if " " not in key and key.startswith("ال") and lex.head(key) == "organisation":
            wanted.append((q, key[2:]))
    if not wanted:
        return  # (most documents)
    heads = {h for _, h in wanted}
    # (start, end, the organisation as an antecedent) by its first word's head, in text order
    named: dict[str, list[tuple[int, int, dict[str, Any]]]] = {}

    def add(start: int, end: int, text: str, name: dict[str, Any]) -> None:
        words = text.split(maxsplit=1)  # (any white space: "حركة حماس" with a no-break space, ANT 1986)
        if len(words) < 2:
            return
        key = _word_key(words[0]).removeprefix("ال")
        if key in heads:
            named.setdefault(key, []).append((start, end, name))

    last = max(q.source["start"] for q, _ in wanted if q.source is not None)  # (none named after it is read)
    for ent in doc.entities:
        if ent.start < last and isinstance(ent, EntitySpan) and ent.label == "ORG":
            add(ent.start, ent.end, ent.text, {"start": ent.start, "end": ent.end, "text": ent.text,
                                               "layer": "entities"})
    for g in doc.groups:
        if g.start < last:
            add(g.start, g.end, g.text, {"start": g.start, "end": g.end, "text": g.text, "layer": "groups",
                                         "id": g.id})
    for q in out:
        source = q.source
        if source is not None and source["start"] < last and q.source_type in ("organisation", "media") \
                and "antecedent" not in source:
            add(source["start"], source["end"], source["text"],
                {k: v for k, v in source.items() if k not in _NOT_COPIED})
    for ns in named.values():
        ns.sort(key=lambda n: n[0])
    starts = {h: [n[0] for n in ns] for h, ns in named.items()}
    for q, head in wanted:
        source = q.source
        assert source is not None
        ns = named.get(head, [])
        k = bisect_right(starts.get(head, []), source["start"]) - 1
        while k >= 0 and ns[k][1] > source["start"]:
            k -= 1
        if k >= 0 and doc.part_at(ns[k][0]) == q.part:  # (never across parts)
            source["antecedent"] = ns[k][2]


def _said_again(kept: _Item, it: _Item, cs: int) -> bool:
    """Of two claims of the same words and the same speaker ("وأوضح فلان أن …، حسب تعبيره", "وكشف فلان سر الزر وبين أن
    …", "واعتبرت الأمر … واعتبرت تصريحاتها …"), is the cue of ``it`` the one to keep instead of ``kept``'s: a verb
    rather than a source phrase, else the cue nearer the words, as a verb joined by و before them takes the words
    ("ونفى خالد الأطرش الأخبار المتداولة …، وبيّن أن النفق لم يفتح …"; not so "قال الأسد في خطاب ألقاه اليوم ونقل
    مباشرة … إن …", a passive)?  Session 27."""
    if (it.kind == "source") != (kept.kind == "source"):
        return kept.kind == "source"
    return abs(cs - it.end) < abs(cs - kept.end)


def _relayed(f: _Finder, zone: list[Tok], relay: Source, prep: str = "عن") -> Source | None:
    """The speaker whose words the subject of a verb of relaying passes on: the one after "عن" right after the
    subject ("ونقلت وكالة الأنباء العراقية عن مصدر أمني قوله إن …" → "مصدر أمني"; "ونقلت رويترز عن مسؤول أمريكي
    أن …"), or after ``prep`` ("من" of an outlet that learned it: "علمت الجوهرة أف أم، من مصدر أمني أن"), or None."""
    k = next((i for i, t in enumerate(zone) if t.start >= relay.end), None)
    while k is not None and k < len(zone) and (zone[k].text in COMMAS or zone[k].text in MARKS
                                               or zone[k].text in _TIME_WORDS):
        k += 1  # ('علمت "الجوهرة أف أم" من …', "علمت الجوهرة أف أم، من …", "نقلت الصحيفة يوم الاثنين عن …")
    if k is not None and k < len(zone) and zone[k].text == "(":
        # the outlet's abbreviation: "نقلت وكالة الأنباء الرسمية (سانا) عن مصدر عسكري قوله"
        close = next((c for c in range(k + 1, min(len(zone), k + 5)) if zone[c].text == ")"), None)
        if close is not None:
            k = close + 1
    if k is None or k >= len(zone) or zone[k].text != prep:
        return None
    rest = zone[k + 1:]
    said = next((i for i, t in enumerate(rest) if f.lex.speech_noun(t.text) is not None), len(rest))
    return speaker_after(rest[:said], f.folded, f.mentions, f.lex, fallback=False)  # (not "قوله")


#: Verbs of a relative clause after a source phrase's speaker that relay another's words ("اقتبست عن", "نقلت عن").
_RELAY_RELATIVES = word_set("relay_relatives")


def _relayed_by_relative(f: _Finder, zone: list[Tok], relay: Source) -> Source | None:
    """The speaker whose words a source phrase's speaker passes on in a relative clause right after it: "بحسب
    تقارير اقتبست عن مسؤولين في الشرطة" → "مسؤولين في الشرطة", "وفق وسائل إعلام نقلت عن مصادر أمنية"; None when
    no such verb and "عن" follow it."""
    k = next((i for i, t in enumerate(zone) if t.start >= relay.end), None)
    if k is None or k + 1 >= len(zone) or zone[k].text not in _RELAY_RELATIVES:
        return None
    verb = zone[k]
    return _relayed(f, zone, Source(verb.start, verb.end, "phrase", relay.type))


#: Most words before "إلى" of a verb of attributing ("ونسبت صحيفة وول ستريت جورنال إلى …") or "عنه" of a relay.
_RELAY_REACH = 8

_ILA = lookup_key("إلى")


def _attributed(f: _Finder, zone: list[Tok]) -> Source | None:
    """The one a verb of attributing gives the words to: after "إلى" within the first words after the verb, before
    "قوله/قولها" or the complementizer ("ونسبت الصحيفة إلى مسؤول في وزارة الخارجية قوله إن …" → "مسؤول في وزارة
    الخارجية", "ونسبت وكالة رويترز إلى مصادر أمنية أن …"); None when no speaker follows "إلى" or no "إلى" at all."""
    k = next((i for i, t in enumerate(zone[:_RELAY_REACH]) if t.text == _ILA), None)
    if k is None:
        return None
    rest = zone[k + 1:]
    said = next((i for i, t in enumerate(rest) if f.lex.speech_noun(t.text) is not None), len(rest))
    return speaker_after(rest[:said], f.folded, f.mentions, f.lex, fallback=False)


def _companions_relayed(f: _Finder, zone: list[Tok], carried: Source | None) -> Source | None:
    """The one whose words a relay's subject passes on "عنه/عنها": the name after the companions who relay
    ("ونقل زوار رئيس مجلس النواب نبيه بري عنه قوله إن …" → "نبيه بري"; `relay_companions`), or the one spoken of
    before when "عنه" comes first ("ونقل عنه مقربون قوله إن …"); None otherwise."""
    j = next((i for i, t in enumerate(zone[:_RELAY_REACH]) if t.text in _RELAY_PRONOUNS), None)
    if j is None:
        return None
    if j == 0:
        return carried
    head = zone[0].text
    if (head not in _RELAY_COMPANIONS and head.removeprefix("ال") not in _RELAY_COMPANIONS) or j < 2:
        return None
    persons = [m for m in f.mentions.inside(zone[1].start, zone[j].start) if m.type in ("person", "group")]
    if persons:
        m = persons[-1]
        return Source(m.start, m.end, m.layer, m.type, m.id)
    return speaker_after(zone[1:j], f.folded, f.mentions, f.lex, fallback=False)


#: Those who relay the words of the one named after them, "عنه" ("نقل زوار نبيه بري عنه قوله"), and its pronouns.
_RELAY_COMPANIONS = word_set("relay_companions")

_RELAY_PRONOUNS = word_set("relay_pronouns")

#: Most speakers joined by و before one verb ("X وY وZ أعلنوا").
_JOINED_MAX = 3

#: Most definite words between the tagger's name and the و that are still that speaker's ("وزارة الامن" + "الداخلي").
_JOINED_GAP = 2


def _joined_before(f: _Finder, before: list[Tok], src: Source, s_start: int) -> tuple[Source, list[Source]]:
    """The speakers joined by و before a dual or plural verb whose subject :func:`speaker_before` found as ``src``
    ("وزارة الامن الداخلي ومديرية الاستخبارات اعلنتا أن …" found "مديرية الاستخبارات"): the first of them, and
    the others in text order.  Each must be a speaker of its own that ends right before the و of the next
    (written on the word or apart); ``(src, [])`` when none is."""
    folded = f.folded
    chain = [src]
    while len(chain) < _JOINED_MAX:
        head = chain[0]
        k = head.start
        while k > 0 and folded[k - 1] == " ":
            k -= 1  # ("و مديرية" written apart)
        if k < 2 or folded[k - 1] != "و" or not folded[k - 2].isspace():
            break
        toks = [t for t in before if t.end <= k - 1]
        found = speaker_before(toks, folded, f.mentions, f.lex, sentence_start=s_start) if toks else None
        if found is None or found.end <= found.start:
            break
        gap = folded[found.end:k - 1].split()
        if gap and (len(gap) > _JOINED_GAP or not all(w.startswith("ال") and w.isalpha() for w in gap)
                    or found.type not in ("organisation", "person")):
            break
        if gap:  # the tagger's name cut before its last words: "وزارة الامن" of "وزارة الامن الداخلي"
            found = Source(found.start, found.end + len(folded[found.end:k - 1].rstrip()), "phrase", found.type)
        chain.insert(0, found)
    return chain[0], chain[1:]


#: The most words of the role of a speaker joined by و (as a named speaker's, stage._ROLE_WORDS).
_JOINED_ROLE_WORDS = 10


def _role_named(rest: list[Tok], found: Source, lex: Lexicon) -> Source | None:
    """The person a role right after a joining و names ("و مديرة منظمة المادة 19 بتونس سلوى غزواني"), with that role
    (``rest`` opens with the role's first word, a head noun of a person, bare or definite), or None."""
    first = rest[0].text
    if found.type != "person" or not (lex.head(first) == "person" or (first.startswith("ال")
                                      and lex.head(first[2:]) == "person")):
        return None
    inside = [t for t in rest if t.end <= found.start]
    if inside and inside[-1].text in COMMAS:
        inside.pop()  # (a name in apposition: "ومدير المستشفى، الصحبي الظاهري")
    if not inside or len(inside) > _JOINED_ROLE_WORDS or any(not t.is_word or t.text in COMMAS for t in inside):
        return None
    return Source(found.start, found.end, found.layer, found.type, found.id, (rest[0].start, inside[-1].end))


def _joined_after(f: _Finder, zone: list[Tok], src: Source, many: bool) -> list[Source]:
    """The speakers joined by و to the subject ``src`` found after a verb, up to its complementizer ("وأعلنت
    وزارة الداخلية ووزارة الدفاع أن …" → ["وزارة الدفاع"]): each a speaker of its own right after the و, the last
    ending where the subject's words end (at the zone's end or a word that ends a speaker: "في بيان مشترك").  After
    a singular verb (not ``many``) two roles with no name are one person's ("وأوضح باحث في أكاديمية العلوم ورئيس
    المختبر …"): none."""
    folded = f.folded
    out: list[Source] = []
    at = src.end
    while len(out) < _JOINED_MAX - 1:
        rest = [t for t in zone if t.start >= at]
        if not rest or not rest[0].text.startswith("و"):
            break
        first = rest[0]
        if first.text == "و":
            rest = rest[1:]
        elif len(first.text) > 2:
            rest = [Tok(first.start + 1, first.end, first.text[1:]), *rest[1:]]
        else:
            break
        found = speaker_after(rest, folded, f.mentions, f.lex, fallback=False) if rest else None
        if found is not None and found.start != rest[0].start and many:
            found = _role_named(rest, found, f.lex)  # "ووزير التربية ناجي جلول": the name, its role kept
        if found is None or (found.start != rest[0].start and found.role is None):
            break
        if not many and found.type == "person" and src.type in ("person", "anonymous") \
                and src.layer == found.layer == "phrase":
            break
        after = [t for t in zone if t.start >= found.end]
        if after and not (after[0].text.startswith("و") or is_cutter(after[0], f.lex) or after[0].text in COMMAS):
            break  # (the words after are no end of a subject: not a speaker, a thing said)
        out.append(found)
        at = found.end
    left = next((t for t in zone if t.start >= at), None)
    if out and left is not None and left.text.startswith("و"):
        return []  # (a list of more than it says: not read)
    return out
