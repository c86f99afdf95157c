"""Where a story was written and where its event took place (session 30).

A wire dateline ("رام الله - اقتحمت قوات الاحتلال، فجر اليوم الاثنين، مدينة جنين", "صنعاء (رويترز) - …") names the
place the story was filed from: the event's place only when its sentence names no other.  The neighbour across a
border ("عبر الحدود مع المغرب") is none of the event's places either.
"""

from __future__ import annotations

from typing import Any

from .triggers import word_set

#: Dashes that end a dateline (``dateline_dashes``).
_DASHES = word_set("dateline_dashes")
#: Border words before "مع" (``border_with_words``, folded; و/ف/ب/ل read).
_BORDER = word_set("border_with_words")
#: Adjectives between a border noun and "مع" ("الحدود الجنوبية مع تشاد": `border_adjectives`).
_BORDER_ADJECTIVES = word_set("border_adjectives")
#: How many tokens a dateline may have before its dash: a place of up to three words, a date, an agency in brackets
#: ("الخرطوم 10 مارس 2024 (أ ف ب) -").
DATELINE_TOKENS = 12


def dateline_end(view: Any) -> int | None:
    """The original offset of the dash of the sentence's dateline, or None: the sentence opens with a word and a dash
    stands among its first :data:`DATELINE_TOKENS` tokens with no colon, quote mark or end of sentence before it."""
    texts = view.texts if getattr(view, "texts", None) is not None else [t.text for t in view.tokens]
    if not view.tokens or view.tokens[0].kind != "word":
        return None
    for k, text in enumerate(texts[:DATELINE_TOKENS + 1]):
        if text in _DASHES:
            return view.tokens[k].start if k > 0 else None
        if text in (":", "\"", "«", "»", ".", "؟", "!"):
            return None
    return None


def in_dateline(view: Any, start: int, end: int) -> bool:
    """Is the place at original ``[start, end)`` the sentence's dateline: the dateline's first words?"""
    dash = dateline_end(view)
    return dash is not None and end <= dash and view.tokens[0].start == start


def dateline_credit(view: Any, layers: Any, end: int) -> bool:
    """Does a name ending at original ``end`` stand in the sentence's dateline, after its place: the agency credited
    ("غزة/ الأناضول - قتل فلسطيني …"), no actor of the sentence's events?"""
    dash = dateline_end(view)
    if dash is None or end > dash:
        return False
    first = view.tokens[0].start
    return any(e.label == "LOC" and e.start == first for e in layers.within("entities", view.start, view.end))


def across_border(view: Any, k: int) -> bool:
    """Is the place at token ``k`` the neighbour after "الحدود مع" ("عبر الحدود مع المغرب", "على الشريط الحدودي مع
    ليبيا", "بالمنطقة الحدودية مع الجزائر")?"""
    if k >= 3 and view.words[k][:1] == "و" and view.words[k - 2] in ("مع", "ومع"):
        k -= 1  # the second neighbour: "الحدود الجنوبية مع تشاد والنيجر"
    if k < 2 or view.words[k - 1] not in ("مع", "ومع"):
        return False
    if view.is_word(k - 2, _BORDER):
        return True
    # "الشريط الحدودي مع", "المنطقة الحدودية مع": a border noun and its adjective
    return k >= 3 and (f"{view.words[k - 3]} {view.words[k - 2]}" in _BORDER or (
        view.is_word(k - 3, _BORDER) and view.words[k - 2] in _BORDER_ADJECTIVES))

