"""The crowd of a protest and what it is about (session 30).

The crowd counted before its trigger: "نظم عشرات من الأساتذة المتعاقدين وقفة احتجاجية" (the counted noun and its
adjectives), "نظم العشرات من أهالي المنطقة وقفة" (a noun of people with its genitive); a road blocked by people, told
as a verbal noun ("قام أهالي … بقطع الطريق"); the death a protest is about ("إثر وفاة امرأة")."""

from __future__ import annotations

from typing import Any

from .arguments import CONJ_BI_LI, stems
from .triggers import word_set

#: Nouns of people with a definite genitive after them (``crowd_construct_heads``, folded): "أهالي المنطقة".
_CONSTRUCT_HEADS = word_set("crowd_construct_heads")
#: How many tokens before its trigger a crowd count may stand when the crowd reaches the trigger.
CROWD_REACH = 6
#: How many adjectives may follow the counted noun.
_ADJECTIVES = 2
_PLURAL_ADJECTIVE = ("ين", "ون", "يين", "يون", "ات")


def construct_crowd(view: Any, k: int) -> bool:
    """Is token ``k`` a noun of people in a construct with the definite word after it, in the same clause
    ("أهالي المنطقة", "سكان الحي"; not "سكان" alone nor "أهالي في")?"""
    if not 0 <= k < len(view.words) - 1 or view.words[k] not in _CONSTRUCT_HEADS:
        return False
    nxt = view.tokens[k + 1]
    return nxt.kind == "word" and view.words[k + 1].startswith("ال") and len(view.words[k + 1]) > 3 \
        and view.clause_of(k + 1) == view.clause_of(k)


def crowd_end(view: Any, end: int, trigger: int) -> int | None:
    """The last token of a crowd whose text ends at original ``end``, after up to two definite plural adjectives
    before the token ``trigger`` ("الأساتذة المتعاقدين"), or None when ``end`` ends no token before it."""
    k = view.token_at(max(end - 1, 0))
    if k is None or view.tokens[k].end != end or k >= trigger:
        return None
    j = k
    while j + 1 < trigger and j - k < _ADJECTIVES and view.tokens[j + 1].kind == "word":
        w = view.words[j + 1]
        if not (w.startswith("ال") and len(w) > 5 and w.endswith(_PLURAL_ADJECTIVE)):
            break
        j += 1
    return j


#: Verbs of undertaking before a road blocking's verbal noun (``road_block_undertakings``, folded).
_UNDERTAKINGS = word_set("road_block_undertakings")
#: Words of people who block a road (``road_block_people``, folded), with the crowd heads.
_BLOCKERS = word_set("road_block_people") | _CONSTRUCT_HEADS
#: How many tokens before the verbal noun the verb of undertaking may stand.
_BLOCK_REACH = 20
#: How many tokens before a plural verb of undertaking its subject may stand.
_SUBJECT_BEFORE = 6


def people_block_road(view: Any, k: int) -> bool:
    """Is the gathering verb at token ``k`` a verbal noun after "ب"/"إلى" whose doers, people, follow a verb of
    undertaking before it: "قام أهالي منطقة سيدي مرشد … بقطع الطريق الوطنية", "عمد عدد من أهالي قرية الرحمات، صباح
    اليوم، الى قطع الطريق" (not "تسببت الأمطار في قطع الطريق", "سيقطع الطريق أمام بعض الجمعيات")?"""
    w = view.words[k]
    if not (w.startswith(("ب", "وب")) or (k > 0 and view.words[k - 1] in ("الي", "والي"))):
        return False
    people = False
    subject_before = -1  # a plural verb's subject may stand before it: "محتجين في تالة … قاموا منذ قليل بقطع الطريق"
    for j in range(k - 1, max(-1, k - _BLOCK_REACH), -1):
        word = view.words[j]
        bare = word[1:] if word[:1] in "وف" and len(word) > 3 else word
        if j == subject_before:
            return people
        if bare in _UNDERTAKINGS and subject_before < 0:
            if people or not bare.endswith("وا"):
                return people
            subject_before = max(-1, j - _SUBJECT_BEFORE)
        if view.tokens[j].kind == "punct" and view.tokens[j].text in (".", ":", "؟", "!"):
            return False
        people = people or word in _BLOCKERS or (word[2:] if word.startswith("ال") else word) in _BLOCKERS
    return False


#: Words of a protest's cause (``protest_cause_words``, folded).
_CAUSES = word_set("protest_cause_words")
#: How many tokens before a death or a shot a cause word may stand ("إثر وفاة امرأة", "احتجاجا على مقتل شاب").
_CAUSE_REACH = 3


#: Words that denounce right after a protest (``protest_denounce_words``, folded; session 42) and the deaths or
#: crimes they name (``protest_denounced_deaths``).
_DENOUNCING = word_set("protest_denounce_words")
_DENOUNCED = word_set("protest_denounced_deaths")
#: How many tokens after the protest's trigger a word that denounces may stand ("مظاهرات حاشدة تندد").
_DENOUNCE_REACH = 3


def denounced_death(view: Any, k: int, kj: int, start: int) -> bool:
    """Is the killing word at original ``start`` the death the protest at tokens ``[k, kj)`` denounces: a word that
    denounces a death or a crime within a few tokens after the protest ("مظاهرات حاشدة تندد بالجريمة", "تندد بمقتل
    شاب"), and the killing told before the protest or after that word in its clause (session 42)?"""
    for j in range(kj, min(kj + _DENOUNCE_REACH, len(view.words) - 1)):
        if not view.is_word(j, _DENOUNCING):
            continue
        if not any(s.removeprefix("ال") in _DENOUNCED for s in stems(view.words[j + 1], CONJ_BI_LI)):
            return False
        at = view.token_at(start)
        return start < view.tokens[k].start or (
            at is not None and at > j and view.clause_of(at) == view.clause_of(j))
    return False


def protest_cause(view: Any, start: int) -> bool:
    """Is the death or shooting word at original ``start`` what a protest is about, a cause word among the few
    tokens before it ("إثر وفاة امرأة", "احتجاجا على مقتل شاب برصاص الشرطة", "على خلفية مقتل")?"""
    k = view.token_at(start)
    if k is None:
        return False
    if view.words[k] in _CAUSES:  # the word itself: "وفاة"
        return True
    return any(view.is_word(j, _CAUSES) for j in range(max(0, k - _CAUSE_REACH), k))
