"""A wire dateline at the start of a paragraph ("الخرطوم (أ ف ب) -", "طرابلس -", "دمشق - سانا:", "الرباط/
هسبريس:", "(رويترز) -", "سانا:"): the outlet's signature, no part of the claim a source phrase of the sentence
attaches to (session 30).

The agencies and outlets are the article segmenter's word lists (``resources/furniture.yaml``: ``agency``,
``credit``, ``outlet``, which also find a dateline that stands on a line of its own) and the stage's
``media_names``; a place alone before a dash is a dateline only when the entities layer reads it as a LOC."""

from __future__ import annotations

import re
from functools import cache

import regex

from ...article.furniture import word_list
from ...lang.ar import lookup_key, trie_regex
from ...lang.ar.serial import SERIAL
from .cues import word_set

#: A place of one to four words (no mark, no digit at a word's start).
_PLACE = r"[^\W\d_][^\s.:;()\-–—،,/|\"«»]*+(?:[ \t\u00a0]++[^\W\d_][^\s.:;()\-–—،,/|\"«»]*+){0,3}+"
_DASH = "-–—ـ"
#: Characters one of which every match of the patterns holds: a dateline that names an agency has its "(", a dash, a
#: "/", a ":" or a "|"; one that signs a place with an agency, its "(", dash or "/"; a place alone, its dash.  A stretch
#: with none is read no further (most claims: the patterns are long and compiled when first needed; session 34).
_ANY_DATELINE = re.compile(rf"[{_DASH}(/:|]")
_SIGNED_DATELINE = re.compile(rf"[{_DASH}(/]")
_PLACE_DATELINE = re.compile(rf"[{_DASH}]")


@cache
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """The datelines that name an agency or outlet, and a place alone before a dash (checked against LOC)."""
    signed = {*word_list("agency"), *word_list("outlet"), *(lookup_key(w) for w in word_set("media_names"))}
    credits = signed | set(word_list("credit"))
    signed_re = trie_regex(sorted(w for w in signed if w))
    credit_re = trie_regex(sorted(w for w in credits if w))
    s = r"[ \t\u00a0]*+"
    named = regex.compile(
        # "الخرطوم (أ ف ب) -", "دمشق، 12 يناير (رويترز) -", "(رويترز) -", "دبي، الإمارات (CNN)--", "واشنطن - (رويترز) -"
        rf"(?:{_PLACE}(?:{s}[،,]{s}[^()\n:،,]{{1,30}}?)?{s}[{_DASH}]?{s})?\({s}(?:{credit_re}){s}\){s}[{_DASH}:]++"
        # "دمشق - سانا:", "الرباط/ هسبريس:", "القاهرة - أ ش أ -", "بغداد/ نينا/"
        rf"|{_PLACE}{s}[{_DASH}/]{s}(?:{signed_re}){s}[{_DASH}:/]"
        # "سانا:", "هسبريس :", a post's outlet before its label ("الجزيرة مباشر - عاجل: …", "سكاي نيوز | …")
        rf"|(?P<bare>(?:{signed_re}){s}(?::|[{_DASH}|](?=[ \t\u00a0])))",
        regex.IGNORECASE)
    place = regex.compile(rf"({_PLACE}){s}[{_DASH}][ \t\u00a0]")
    return named, place


def dateline_end(folded: str, pos: int, end: int, line_start: bool, places: frozenset[tuple[int, int]]) -> int:
    """The folded offset after the dateline (and the spaces after it) that ``folded[pos:end]`` opens, ``pos``
    when it opens none.  Only at a line's start (``line_start``); a place alone before a dash must be a LOC of
    ``places`` (folded spans): "طرابلس - اندلعت اشتباكات …", not "ارتفاع حصيلة الضحايا - …"."""
    if not line_start or end - pos < 4 or _ANY_DATELINE.search(folded, pos, end) is None:
        return pos
    named, place = _patterns()
    m = named.match(folded, pos, end, SERIAL)
    if m is None:
        m = place.match(folded, pos, end, SERIAL)
        if m is None or (m.start(1), m.end(1)) not in places:
            return pos
    cut = m.end()
    while cut < end and folded[cut] in " \t\u00a0":
        cut += 1
    return cut if cut < end else pos


def place_signature(folded: str, pos: int, colon: int, places: frozenset[tuple[int, int]]) -> bool:
    """Does ``folded[pos:colon]`` open with a place's dateline that no agency signs, followed by one name
    before the colon ("الخرطوم - سودان تريبيون: اتهمت …", "طرابلس - بوابة الوسط: …")?  The name is the
    outlet that signs the place (a newspaper the word lists do not know), not a headline's speaker."""
    if _PLACE_DATELINE.search(folded, pos, colon) is None:
        return False  # (no dash: no place's dateline)
    if _patterns()[0].match(folded, pos, colon) is not None:
        return False
    m = _patterns()[1].match(folded, pos, colon)
    return m is not None and (m.start(1), m.end(1)) in places


def signs_colon(folded: str, pos: int, colon: int) -> bool:
    """Is the colon at ``colon`` the end of a place's dateline that ``pos`` opens ("دمشق - سانا:", "الرباط/
    هسبريس:")?  Such a colon opens no headline's claim of the agency (an agency alone, "رويترز: …", may)."""
    if _SIGNED_DATELINE.search(folded, pos, colon + 1) is None:
        return False  # (an agency alone, the bare dateline: not a place's)
    m = _patterns()[0].match(folded, pos, colon + 1, SERIAL)
    return m is not None and m.end() == colon + 1 and m.group("bare") is None
