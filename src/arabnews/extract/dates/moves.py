"""A time moved is no range (session 48).

"قررت الرابطة تأجيل انطلاقة مقابلة الدربي … يوم الاربعاء 8 فيفري 2017 من الساعة الثالثة بعد الزوال إلى الساعة
الخامسة مساء" (ANT 9186): the kick-off put off from three to five, not a match from three to five.  After a deferral
word (``deferral_words``: تأجيل, أجلت, تأخير, إرجاء …, with their clitics as :mod:`.deferrals` reads them) or a word
of advancing or changing with a noun of time after it (``move_words`` + ``move_nouns``: "تقديم موعد", "تغيير توقيت
المباراة", "نقل موعد"), a range "من X إلى Y" names the old and the new day or hour: two dates, as HeidelTime tags each
end of "from X to Y" (Duckling reads "from X to Y" as one interval, but has no moved time); the old one first, the
new one — the event's — second.  Each keeps what the range read for it (the day of a range of hours, the month and
year of a range of days: "أجلت الجامعة المباراة من 5 إلى 12 مارس" → 2017-03-05 and 2017-03-12).

A range stays one when a plan's or a stretch's word opens it (``move_range_openers``, ``past_plan_words``: "ابتداء
من 21 فيفري إلى 25", "الدورة المبرمجة من 13 إلى 23 جانفي", "خلال الفترة من"), when "إلى غاية" or "حتى" ends it
("until"), or when another preposition of a new day stands between the cue and the range.
"""

from __future__ import annotations

from functools import cache

import regex

from .candidates import Candidate
from .deferrals import _WORD, _deferral
from .months import lexicon
from .patterns import MASK
from .reading import gate_parts, last_word

#: How far before a range its cue is looked for (characters; the clause's end stops it first), and how many words:
#: the deferral's noun may stand thirteen words before the range's day ("تأجيل إنقطلاقة مقابلة دربي العاصمة الذي
#: سيجمع بين النادي الافريقي والترجي الرياضي التونسي يوم الاربعاء …", sport ANT 9186)
_REACH = 160
_CUE_WORDS = 16
#: The bare "إلى" between the ends (folded "الي"; not "إلى غاية": until), with its white space
_LINK = regex.compile(r"(?<![\p{L}\p{M}])[وف]?الي\s++(?!غايه(?![\p{L}\p{M}]))")
_OPENERS = ("من", "ومن")
#: The ends of a clause or sentence (as :mod:`.deferrals` reads them): the cue is read after the last one
_CLAUSE_ENDS = ".!?؟:؛\n"


def moved_ranges(chosen: list[Candidate], text: str) -> list[Candidate]:
    """``chosen`` with each range of a moved day or hour split into its old and its new date."""
    out: list[Candidate] = []
    for c in chosen:
        pair = _split(c, text) if c.type in ("DATE", "TIME") and c.value and "/" in c.value else None
        if pair is None:
            out.append(c)
        else:
            out.extend(pair)
    return out


def _split(c: Candidate, text: str) -> tuple[Candidate, Candidate] | None:
    if not c.value or c.value.count("/") != 1 or "الي" not in text[c.ns:c.ne] or not _window_holds(text, c.ns):
        return None  # (most ranges: no bare إلى, or no cue's word before them; read no further)
    links = list(_LINK.finditer(text, c.ns, c.ne))
    if len(links) != 1:
        return None
    link = links[0]
    words = [(w.start(), w[0]) for w in _WORD.finditer(text, c.ns, link.start())]
    opener = next((i for i in range(len(words) - 1, -1, -1) if words[i][1] in _OPENERS), None)
    if opener is None:
        return None  # ("بين … و", "2 أكتوبر إلى 22 أكتوبر" after a move word is not merged: merges._moved)
    lex = lexicon()
    before_span = last_word(text, c.ns)
    before = [text[before_span[0]:before_span[1]]] if before_span else []
    if opener:
        before.append(words[opener - 1][1])
    if any(w in lex.move_range_openers or w in lex.past_plan_words for w in before):
        return None
    if not _cue_before(text, c.ns):
        return None
    first_ns = words[opener + 1][0] if opener == 0 and len(words) > 1 else c.ns
    first_ne = link.start()
    while first_ne > first_ns and not text[first_ne - 1].isalnum() and text[first_ne - 1] != MASK:
        first_ne -= 1
    if first_ne <= first_ns or link.end() >= c.ne:
        return None
    old, new = c.value.split("/")
    attrs = {k: v for k, v in c.attrs.items() if k not in ("range", "end_value", "hijri", "time", "weekday",
                                                             "weekday_ok")}
    old_attrs, new_attrs = dict(attrs), dict(attrs)
    for key in ("hijri", "time"):
        both = c.attrs.get(key)
        if isinstance(both, str) and both.count("/") == 1:
            old_attrs[key], new_attrs[key] = both.split("/")
    if "weekday" in c.attrs:  # the piece that writes the weekday keeps it
        keeps = old_attrs if any(w in lex.weekdays for w in text[first_ns:first_ne].split()) else new_attrs
        for key in ("weekday", "weekday_ok"):
            if key in c.attrs:
                keeps[key] = c.attrs[key]
    return (Candidate(first_ns, first_ne, c.type, old, c.calendar, c.resolved, c.mod, old_attrs),
            Candidate(link.end(), c.ne, c.type, new, c.calendar, c.resolved, c.mod, new_attrs))


@cache
def _window_gate() -> tuple[str, ...]:
    """What the stretch before a moved range holds: a part of a deferral word, or a noun of time (a move word needs
    one after it; speed only)."""
    lex = lexicon()
    return gate_parts(lex.deferral_words | lex.move_nouns)


def _window_holds(text: str, pos: int) -> bool:
    """Does the stretch before ``pos`` that :func:`_cue_before` reads hold a part of a deferral word or a noun of
    time (speed only)?"""
    window = text[pos - _REACH if pos > _REACH else 0:pos]
    for part in _window_gate():
        if part in window:
            return True
    return False


@cache
def _deferral_parts() -> tuple[str, ...]:
    """Parts of the deferral words: only a word holding one is read with its clitics (speed only)."""
    return gate_parts(lexicon().deferral_words)


def _cue_before(text: str, pos: int) -> bool:
    """Does a deferral word, or a move word with a noun of time after it, stand among the words of the clause
    before ``pos`` (no preposition of a new day after it: "أجلت الجلسة إلى يوم 5 مارس من الساعة 9 إلى 12" keeps
    the session's hours)?"""
    lo = pos - _REACH if pos > _REACH else 0
    for ch in _CLAUSE_ENDS:  # the clause's start: after its last end (what deferrals' _CLAUSE_END finds)
        cut = text.rfind(ch, lo, pos)
        if cut >= lo:
            lo = cut + 1
    stretch = [w[0] for w in _WORD.finditer(text, lo, pos)][-_CUE_WORDS:]
    lex = lexicon()
    parts = _deferral_parts()
    for j in range(len(stretch) - 1, -1, -1):
        w = stretch[j]
        if w in lex.deferral_preps:
            return False
        for part in parts:
            if part in w:
                if _deferral(stretch, j, lex.deferral_words):
                    return True
                break
        if j + 1 < len(stretch):
            noun = stretch[j + 1]
            if (noun in lex.move_nouns or (noun.startswith("ال") and noun[2:] in lex.move_nouns)) \
                    and _deferral(stretch, j, lex.move_words):
                return True
    return False
