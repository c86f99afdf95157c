"""A day something is put off to, or set for, is to come (session 43).

"أجلت المحكمة النظر في القضية إلى 12 مارس", "قررت الدائرة تأجيل النطق بالحكم إلى جلسة يوم 1 مارس", "تم إرجاء خلاص
الفواتير إلى شهر أكتوبر", "تأخير الجلسة إلى يوم 19 مارس المقبل" (Tunisian courts), "تم تحديد موعد الجلسة يوم 5 ماي":
the verb is past, the day it names is after the writer's.  The tense readers took the past verb and gave the last
such month or weekday ("إلى يوم الإثنين" → the Monday before the reference); :func:`deferred` says the date at a
position is such a day, and the readers take it as after a future cue (a yearless month → the next one on or after
the reference month, a weekday → the next one).  Words in ``dates_lexicon.yaml`` (``deferral_words``,
``deferral_preps``, ``deferral_gaps``, ``appointment_cues``).
"""

from __future__ import annotations

from functools import cache
from itertools import pairwise

import regex

from .months import lexicon
from .reading import gate_parts

#: How far before a date the cue is looked for (characters): the deferral's verb may be eight words before
#: its preposition ("إرجاء خلاص فواتير استهلاك الغاز والكهرباء إلى شهر أكتوبر")
_REACH = 120
#: The end of a clause or sentence: the cue is read after the last one before the date
_CLAUSE_END = regex.compile(r".*[.!?؟:؛\n]", regex.DOTALL)
#: A word (letters, marks; a masked number's run counts as one) or a number in digits
_WORD = regex.compile(r"[\p{L}\p{M}\ue000]++|\d++")
#: Proclitics before a deferral noun or verb ("وتأجيل", "بتأجيل", "التأجيل", "لتأجيل"), longest first
_PROCLITICS = ("وبال", "وال", "بال", "لل", "ال", "وب", "ول", "فب", "و", "ف", "ب", "ل", "")
#: Pronouns after one ("تأجيلها", "أجلته")
_ENCLITICS = ("هما", "هم", "ها", "ه", "")
#: How many words the deferral's word may stand before its preposition
_CUE_WORDS = 8
#: How many words an appointment's cue may stand before the date
_APPOINTMENT_WORDS = 5


def deferred(text: str, pos: int) -> bool:
    """Is the date at ``pos`` of the (folded, masked) ``text`` a day put off to ("… تأجيل … إلى [جلسة] 12 مارس") or
    set for ("تحديد موعد الجلسة يوم 5 ماي")?"""
    if pos == 0:
        return False
    lo = pos - _REACH if pos > _REACH else 0  # (not max(): a builtin's call costs more than the test)
    window = text[lo:pos]
    near = text[pos - 40 if pos > 40 else 0:pos + 6]  # (the span may open with the preposition: "إلى غاية يوم 3 ماي")
    if not ("الي" in near or "حتي" in near or "لغايه" in near or text[pos - 1] == "ل" or "موعد" in window
            or "تاريخ" in window):
        return False  # (most dates: no preposition nor appointment noun near; "ليوم 5 ماي": ل before the date)
    if not _holds_cue(window):
        return False  # (most prepositions: no deferral's word nor appointment's cue before, no walk over the words)
    end = _CLAUSE_END.match(text, lo, pos)
    stretch = [w[0] for w in _WORD.finditer(text, end.end() if end else lo, pos)]  # (digits: a word each)
    if not stretch:
        return False
    lex = lexicon()
    if _appointment(stretch, lex.appointment_cues):
        return True
    # the preposition glued to the date's span ("ليوم 5 ماي": the ل stands as a word of its own in the stretch) or
    # opening it ("إلى غاية يوم 3 ماي")
    prep = text[pos - 1] == "ل" and (pos < 2 or not text[pos - 2].isalpha())
    if prep:
        stretch = stretch[:-1]
    prep = prep or ((first := _WORD.match(text, pos)) is not None and first[0] in lex.deferral_preps)
    i = len(stretch) - 1
    while not prep and i >= 0 and stretch[i] in lex.deferral_gaps and len(stretch) - i <= 3:
        i -= 1
    if not prep:
        if i < 0 or stretch[i] not in lex.deferral_preps:
            return False
        i -= 1
    for j in range(i, max(-1, i - _CUE_WORDS), -1):
        if stretch[j] in lex.months or text_has_digit(stretch[j]):
            # a date moved from stands before the preposition ("أجلت المحكمة جلسة 2 أكتوبر إلى 22 أكتوبر"): the new
            # day is read after it, as before (the two share its year), not against the reference
            return False
        if _deferral(stretch, j, lex.deferral_words):
            return True
    return False


@cache
def _needs() -> tuple[tuple[str, ...], tuple[tuple[str, ...], ...]]:
    """What the stretch before a deferred date holds (speed only: a stretch without it is read no further): one of
    the deferral words (each is a part of the word with its clitics; a word that holds another is left out, "اجلت"
    holds "اجل"), or every word of an appointment's cue."""
    lex = lexicon()
    return gate_parts(lex.deferral_words), tuple(tuple(cue.split()) for cue in lex.appointment_cues)


def _holds_cue(window: str) -> bool:
    """Does ``window`` hold what :func:`_needs` says a stretch before a deferred date holds?  (Loops, not ``any``
    over a generator: a generator's creation and closing cost more than the tests.)"""
    words, cues = _needs()
    for w in words:
        if w in window:
            return True
    for cue in cues:
        for w in cue:
            if w not in window:
                break
        else:
            return True
    return False


def text_has_digit(word: str) -> bool:
    """Does ``word`` hold a digit (a day or year glued to a word: "يوم7")?"""
    return any(c.isdigit() for c in word)


def _deferral(stretch: list[str], j: int, forms: frozenset[str]) -> bool:
    """Is word ``j`` of ``stretch`` a deferral's noun or verb, with its clitics ("بتأجيلها"; the article only before
    a noun of ``deferral_nouns``: "الترجي" is the club); "أجل" only bare (not "لأجل", nor after من: "من أجل" is
    "for")?"""
    w = stretch[j]
    for pre in _PROCLITICS:
        if not w.startswith(pre):
            continue
        rest = w[len(pre):]
        for suf in _ENCLITICS:
            if not rest.endswith(suf) or len(rest) - len(suf) < 3:
                continue
            core = rest[:len(rest) - len(suf)]
            if core in forms:
                if pre.endswith(("ال", "لل")) and core not in lexicon().deferral_nouns:
                    return False  # a verb takes no article: "الترجي" (the club) is no "ترجئ"
                return core != "اجل" or (pre in ("", "و", "ف") and (j == 0 or stretch[j - 1] not in ("من", "ومن")))
    return False


def _appointment(stretch: list[str], cues: tuple[str, ...]) -> bool:
    """Does an appointment's cue ("تحديد موعد", two words) stand among the last words before the date?"""
    tail = stretch[-_APPOINTMENT_WORDS - 1:]
    pairs = {f"{a[1:] if len(a) > 3 and a[0] in 'وف' else a} {b}" for a, b in pairwise(tail)}
    return any(c in pairs for c in cues)
