"""Rumoured events (session 40, second wave): an act told only as news going round is marked ``uncertain``.

"أنباء عن مقتل أبو بكر البغدادي", "تقارير حول مقتل عسكريين", "شائعات حول مقتل …", "وأشارت تقارير غير مؤكدة إلى أن
سبعة أشخاص على الأقل قتلوا", "تتداول أنباء أن الضحية قتل": the event stays (the text tells of it), with
``"uncertain": true`` in its record — an optional key, present only when true, as ``casualties`` is.
"""

from __future__ import annotations

from typing import Any

from .arguments import CONJUNCTIONS, SentenceView, stems
from .triggers import word_set

#: Nouns of news going round that make what they tell uncertain with a link after them ("أنباء عن", "شائعات حول").
RUMOUR_NOUNS = word_set("rumour_nouns")
#: Nouns of reports that do only with a hedge ("تقارير غير مؤكدة") or a link of "about" right after ("تقارير عن").
REPORT_NOUNS = word_set("rumour_report_nouns")
#: Hedges after a report noun that make it a rumour ("غير مؤكدة", "متضاربة"), and the neutral adjectives skipped.
HEDGES = word_set("rumour_hedges")
NEUTRAL_ADJECTIVES = word_set("rumour_adjectives")
#: Links between the noun and what it tells: "about" ("عن", "حول", "بشأن"), and "that" ("أن", "تفيد بأن").
ABOUT_LINKS = word_set("rumour_about_links")
THAT_LINKS = word_set("rumour_that_links")
#: Relatives after a rumour noun, before the verb of its going round ("الأخبار التي راجت حول").
RELATIVES = word_set("rumour_relatives")
#: Words before a news noun that make it a name ("وكالة الأنباء"), no rumour.
NAMING = word_set("rumour_naming")
#: Words after the link that make the news about something else than the act's taking place ("أخبار حول تبني
#: تنظيم داعش للاعتداء", "معلومات حول ضحايا الهجوم").
BREAKS = word_set("rumour_breaks")
#: Verbs of denial before a rumour noun (the events' `denial` and `rumour_denials`: "فند"), and how far before it.
DENIALS = word_set("denial") | word_set("rumour_denials")
_DENIAL_REACH = 8
#: How many tokens before the trigger the news noun may stand ("تقارير غير مؤكدة إلى أن سبعة أشخاص على الأقل قتلوا").
_REACH = 14


def denied_rumour(view: SentenceView, j: int) -> bool:
    """Does a verb of denial a few words before the rumour noun at token ``j``, in its sentence, deny what it tells
    ("نافيا الأخبار التي راجت حول تفكيك خلية", "نفى في وقت سابق من اليوم تقارير حول مقتل عسكريين")?"""
    for x in range(j - 1, max(-1, j - _DENIAL_REACH - 1), -1):
        if view.tokens[x].kind == "punct":
            return False
        if view.is_word(x, DENIALS):
            return True
    return False


def rumour_at(view: SentenceView, d: Any) -> int | None:
    """The token of the news noun that tells the act of the draft ``d`` as news going round, else None: a rumour
    noun, a few words before its trigger in the sentence, linked to it by "about" or "that" ("أنباء عن مقتل", "أنباء
    أن الضحية قتل"), or a report noun with a hedge ("تقارير غير مؤكدة إلى أن …") or "about" right after it ("تقارير
    حول مقتل")."""
    k = d.k
    for j in range(k - 1, max(-1, k - _REACH - 1), -1):
        t = view.tokens[j]
        if t.kind == "punct" and t.text not in ('"', "«", "»", "'"):
            return None
        if t.kind != "word":
            continue
        strong = view.is_word(j, RUMOUR_NOUNS)
        if not strong and not view.is_word(j, REPORT_NOUNS):
            continue
        if view.is_word(j - 1, NAMING):
            return None  # "وكالة الأنباء الفرنسية"
        m, hedged = j + 1, False
        while m < k and (view.words[m] in HEDGES or view.words[m] in NEUTRAL_ADJECTIVES):
            hedged = hedged or view.words[m] in HEDGES
            m += 1
        if strong and m + 2 < k and view.words[m] in RELATIVES:
            m += 2  # the verb of its going round after a relative: "الأخبار التي راجت حول تفكيك خلية"
        if m >= k:
            # the trigger right after the noun and its adjectives: "أنباء بمقتل" (a rumour noun only)
            return j if m == k and strong and view.words[k].startswith("ب") else None
        about = view.words[m] in ABOUT_LINKS
        that = view.words[m] in THAT_LINKS
        if not (about or that) or any(view.is_word(x, BREAKS) for x in range(m + 1, k)):
            return None
        if strong or hedged:
            return j
        # a report noun with no hedge: only "about" right before the trigger or a killing word ("تقارير حول مقتل
        # عسكريين", "تقارير عن مقتل 5 جنود في هجوم")
        return j if about and (m + 1 == k or any(view.lex.casualties.get(w) is not None
                                                 for w in stems(view.words[m + 1], CONJUNCTIONS))) else None
    return None
