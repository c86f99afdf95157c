"""The speaker's own tail after or inside a claim ("…، حسب قوله", "على حد تعبيره") and the outlet's trailing account."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .base import (
    _CLOSING_MARKS,
    _DOCUMENT_TEXTS,
    _NEW_CLAUSE,
    _OPENING_MARKS,
    _SAID_IN,
    _SAME_WORDS,
    _TIME_WORDS,
    _after_comma,
    _Item,
)
from .clauses import COMMAS, TRAILING, Tok, count_word_tokens, words
from .cues import Cue, word_set
from .quotes import Quotation
from .sources import Source, speaker_after

if TYPE_CHECKING:
    from .finder import _Finder

def _is_stop(item: _Item, folded: str) -> bool:
    """Does this cue end the clause of a claim before it in the same sentence?"""
    if item.cue.kind == "participle" or item.pre:
        return True
    if item.kind == "source":
        # (or a speaker who says it, after "ما" with no comma: "… تونسيا وفق ما أفادت وكالة أنباء رويترز",
        # "… حسبما أفادت وكالة رويترز"; not "وفق ما ينص عليه الدستور", "حسب المعطيات المتوفرة")
        return item.pronoun or _after_comma(folded, item.start) or (item.speaks and item.source is not None) \
            or item.trails
    return False


_AS_WORD_AT = re.compile(r"[^\W\d_]+")

#: Prepositions (``governing_prepositions``): after a mid-claim tail and its comma, the outlet's own words.
_GOVERNING_PREPS = word_set("governing_prepositions")


def _mid_tail_next(f: _Finder, item: _Item, lo: int, hi: int) -> int | None:
    """Where the speaker's sentence goes on after a tail of their own ("حسب قوله", "وفق تعبيره") set inside the claim
    between commas ("… الذي يشكو، حسب توصيفه، صعوبات كبيرة، …", "…، وفق تعبيره، وتحتفظ بحقها …"), or None: such a
    tail ends no claim, it is the tail of the claim it stands in (session 34b).  Not before a preposition ("…، بحسب
    تعبيرها، من دون توضيح …": the outlet's words) nor with a comma before it and none after; the stage also leaves one
    before a cue ("…، حسب قوله، مضيفا أن …").  With no comma on either side (:func:`_bare_mid_tail_next`) it is inside
    the claim as well ("إن القطاع يشكو على حد توصيفه صعوبات كبيرة"; session 35)."""
    folded = f.folded
    if not item.pronoun:
        return None
    if not _after_comma(folded, item.start - len(item.pre)):
        return _bare_mid_tail_next(f, item, lo, hi)
    j = item.phrase_end
    while j < len(folded) and folded[j] in " \t\u00a0":
        j += 1
    if j >= len(folded) or folded[j] not in COMMAS:
        return None  # (the said-in or manner after it is the tail's own: "…، بحسب تعبيره في تصريحات لـ …")
    j += 1
    while j < len(folded) and folded[j] in " \t\u00a0":
        j += 1
    m = _AS_WORD_AT.match(folded, j)
    if m is None or m.group() in _GOVERNING_PREPS:
        return None  # (the outlet's words go on: "…، بحسب تعبيرها، من دون توضيح …", "…، وفق قوله، في حين ذكرت …")
    return j


#: Words after a tail with no comma that open a clause of the outlet's, not the speaker's words going on.
_AFTER_BARE_TAIL = word_set("after_bare_tail")


def _bare_mid_tail_next(f: _Finder, item: _Item, lo: int, hi: int) -> int | None:
    """Where the claim goes on after a speaker's own tail ("على حد توصيفه", "حسب تعبيره", "وفق قوله") with no comma
    before or after it ("وقال إن القطاع يشكو على حد توصيفه صعوبات كبيرة في التمويل", "وتشمل هذه الاستراتيجية حسب
    قوله تحسين المنتوج", 'يمثل وفق تقديره "عائقا أساسيا"'), or None: not before a comma or the sentence's end, a
    word with و/ف or one that opens a new clause ("… حسب قولها وأوضحت", "… على حد تعبيره في إشارة إلى …", "… كما
    لم يتم"), when or where it was said, nor before what says only where, to whom or when ("… حسب قوله لوكالة
    الأنباء الرسمية.": the tail's own; session 35)."""
    folded = f.folded
    j = item.phrase_end
    while j < len(folded) and folded[j] in " \t\u00a0" + "".join(_OPENING_MARKS):
        j += 1
    m = _AS_WORD_AT.match(folded, j)
    if m is None:
        return None
    w = m.group()
    if w[:1] in "وف" or w in _NEW_CLAUSE or w in _AFTER_BARE_TAIL or w in _TIME_WORDS or f.lex.is_comp(w) \
            or w in f.lex.cues:
        return None
    if (w[:1] == "ل" and len(w) > 2) or w in _TAIL_PLACES:
        _, s_end = f.sentence_bounds(item.start, lo, hi)
        if _said_tail(f, item.phrase_end, s_end):
            return None  # (to whom or where it was said)
    return j


#: Documents that are the outlet's own account after a trailing source phrase ("… حسب بلاغ للداخلية", "… وفق نص
#: البيان"; ``outlet_documents``), with the words that may come before them ("وفق ذات البيان").
_OUTLET_DOCUMENTS = word_set("outlet_documents")

_OUTLET_DOCUMENT_PREFIXES = ("ال", "لل", "ل")

#: A reporter's head noun ("مراسلنا بالجهة", typed a person: the outlet's own).
_REPORTER_HEADS = word_set("reporter_heads")


def _outlet_trail(f: _Finder, it: _Item, quotes: list[Quotation], lo: int, hi: int) -> bool:
    """Is a source phrase with no comma before it the outlet's account of the clause it ends: its speaker an outlet
    or a reporter, or an issued document ("… فيما تتواصل الأبحاث حسب مراسل الجوهرة "اف ام".", "… حسب بلاغ
    للداخلية", "… وفق نص البيان"), followed only by where, to whom or when it was said, outside any quotation?  Then
    a claim before it ends there (not a speaker's own evidence: "… بحسب الأرقام المسجلة", "… وفق النتائج النهائية")."""
    if it.kind != "source" or it.source is None or it.pronoun:
        return False
    folded = f.folded
    cue_start = it.start - len(it.pre)
    if any(q.open < cue_start < q.close for q in quotes):
        return False  # (the speaker's own words cite it: '"… حسب ما أكدت عليه منظمة الصحة العالمية …"')
    if it.source.type != "media" and folded[it.source.start:it.source.end].split(" ", 1)[0] not in _REPORTER_HEADS:
        toks = [t.text for t in words(folded, it.end, min(it.phrase_end, it.end + 80))[:3]]
        if toks and toks[0] in _SAME_WORDS:
            toks = toks[1:]  # "وفق ذات البيان"
        if not toks:
            return False
        w = toks[0]
        if w not in _DOCUMENT_TEXTS and not any(w == d or (w.startswith(p) and w[len(p):] == d)
                                                for d in _OUTLET_DOCUMENTS for p in ("", *_OUTLET_DOCUMENT_PREFIXES)):
            return False
    _, s_end = f.sentence_bounds(it.start, lo, hi)
    return not folded[it.phrase_end:s_end].strip(TRAILING + _CLOSING_MARKS) or _said_tail(f, it.phrase_end, s_end)


#: Most words after a trailing source phrase's speaker that say where, to whom or when it was said.
_TAIL_WORDS = 6

#: Where a reporter said it ("وفق ما أكده مراسلنا في الجهة", "… بالجهة").
_TAIL_PLACES = word_set("tail_places")


def _said_tail(f: _Finder, start: int, end: int) -> bool:
    """Are the words from a source phrase's speaker to its sentence's end only where, to whom or when it was said
    ("وفق ما أكده مراسل الجوهرة أف أم في الجهة.", "وفق ما أكده مصدر أمني للجوهرة أف أم.", "مساء اليوم"), or
    the last word or two of a name ("حسب تقرير بثته التلفزة السويسرية العمومية ار تي اس")?  Then the phrase
    trails its clause as if a comma set it off."""
    folded = f.folded
    # The words before the first comma are never dropped below: more of them than a tail has, and it is none,
    # without reading the rest of the sentence (a page without punctuation is one sentence: session 35).
    comma = min((i for c in COMMAS if (i := folded.find(c, start, end)) >= 0), default=end)
    if count_word_tokens(folded, start, comma, _TAIL_WORDS + 1) > _TAIL_WORDS:
        return False
    every = _without_apposed_names(f, words(folded, start, end))
    c = max((k for k, t in enumerate(every) if t.text in COMMAS), default=-1)
    if c >= 0 and any(t.is_word for t in every[c + 1:]) \
            and all(t.text in _TIME_WORDS for t in every[c + 1:] if t.is_word):
        every = every[:c] + [t for t in every[c + 1:] if not t.is_word]  # (and when, after a comma: "، الخميس")
    toks = [t for t in every if t.is_word]
    if not toks:
        return len(every) <= 1  # (only a name in apposition: "حسب مصدر أمني لمراسلتنا، سامية البيولي.")
    if len(toks) > _TAIL_WORDS or any(t.text in COMMAS for t in every[:-1]):
        return False
    if any(f.lex.is_comp(t.text) or t.text in f.lex.cues or (t.text[:1] == "ف" and f.lex.is_comp(t.text[1:]))
           for t in toks):
        return False
    first = toks[0].text
    if len(toks) <= 2 and not f.lex.head(first) and first not in _NEW_CLAUSE and first[:1] != "و":
        return True  # (the end of the speaker's name)
    if f.lex.head(first) == "media" and first in _REPORTERS:
        return True  # to a reporter written without its ل ("وفق ما أفاد به مصدر أمني مراسلة الجوهرة اف ام بالجهة")
    return (first[:1] == "ل" and len(first) > 2) or first in _TAIL_PLACES or first in _TIME_WORDS \
        or (first == "في" and len(toks) > 1 and (toks[1].text in _TAIL_PLACES or toks[1].text in _SAID_IN))


#: "As" before a reporting verb that trails its clause ("…، كما ذكرت صحيفة "شيكاغو تريبيون".", `as_said`).
_AS_SAID = word_set("as_said")

_AS_CUE = Cue(lemma="كما", kind="phrase", weak=True)

_AS_WORD = re.compile(r"([^\W\d_]+)[ \t\u00a0]*$")


def _as_said(f: _Finder, s: int, lo: int, hi: int) -> _Item | None:
    """A past reporting verb after "كما" and a comma, with no claim of its own, whose speaker ends its sentence ("…،
    كما ذكرت النيابة الاتحادية.", "…، كما قال مديره ميغيل انخيل غالان.", "…، كما قال مسؤولون للصحيفة."): "as X
    said", a source phrase that trails the clause before it (not "…، كما أكد الوزير ضرورة …", an object follows)."""
    folded = f.folded
    m = _AS_WORD.search(folded, max(lo, s - 12), s)
    if m is None or m.group(1) not in _AS_SAID:
        return None
    k = m.start() - 1
    while k >= lo and folded[k] in " \t\u00a0":
        k -= 1
    if k < lo or folded[k] not in COMMAS:
        return None
    item = f.phrase_item(m.start(1), m.end(1), "", _AS_CUE, lo, hi)
    src = item.source if item is not None else None
    if item is None or src is None or any(ch in COMMAS for ch in folded[s:src.start]):
        return None  # (not "…، كما قال، لضرب مصداقية الاقتراع": "as he said", the words after it are no speaker)
    if src.layer == "phrase" and src.type != "media" and f.lex.head(folded[src.start:src.end].split(" ", 1)[0]) is None:
        return None  # a known speaker only, not the verb's object: "…، كما ادعت أيضا تمتعها بحصانة دبلوماسية."
    _, s_end = f.sentence_bounds(s, lo, hi)
    if folded[item.phrase_end:s_end].strip(TRAILING + _CLOSING_MARKS) and not _said_tail(f, item.phrase_end, s_end):
        return None
    return item


#: Fewest words of the clause before a trailing "، تضيف الجمعية." for it to be the speaker's words.
_SAID_AFTER_WORDS = 4


def _said_after(f: _Finder, s: int, e: int, cue: Cue, lo: int, hi: int) -> _Item | None:
    """A reporting verb right after a comma, with no claim of its own, whose speaker ends its sentence ("…، تضيف
    الجمعية.", "…، يقول المصدر.", "…، قال الوزير."; ANT 601): the speaker named after the words it said, a source
    phrase that trails the clause before it, as "…، كما ذكرت …" does (:func:`_as_said`; session 45).  Not an
    ambiguous verb ("…، بين الوزير والنقابة"), nor after a clause of fewer than :data:`_SAID_AFTER_WORDS` words
    ("وفي هذا الإطار، أكد الوزير.")."""
    folded = f.folded
    if cue.ambiguous or not _after_comma(folded, s):
        return None
    s_start, s_end = f.sentence_bounds(s, lo, hi)
    if count_word_tokens(folded, s_start, s, _SAID_AFTER_WORDS) < _SAID_AFTER_WORDS:
        return None
    src = _speaker_said_after(f, e, s_end)
    if src is None or (folded[src.end:s_end].strip(TRAILING + _CLOSING_MARKS) and not _said_tail(f, src.end, s_end)):
        return None
    return _Item(s, e, cue, "", "source", [], has_verb=True, source=src, phrase_end=src.end, speaks=True)


def _speaker_said_after(f: _Finder, e: int, s_end: int) -> Source | None:
    """The known speaker right after a reporting verb that ends at ``e`` with no claim of its own (no comma or
    opening mark between), not the verb's object ("…، أكد ضرورة الإصلاح.", "…، أكد الوزير ضرورة …")."""
    folded = f.folded
    zone = words(folded, e, min(s_end, e + 200))
    text_of = len(zone) > 1 and zone[0].text in _DOCUMENT_TEXTS and zone[1].text in f.lex.documents
    src = speaker_after(zone[text_of:], folded, f.mentions, f.lex, fallback=False) if zone else None
    if src is None or any(ch in COMMAS or ch in _OPENING_MARKS for ch in folded[e:src.start]):
        return None
    first = folded[src.start:src.end].split(" ", 1)[0]
    if src.layer == "phrase" and ((f.lex.head(first) is None and first not in f.lex.documents)
                                  or _object_after(f, src)):
        return None
    if text_of and src.start == zone[1].start:
        src = Source(zone[0].start, src.end, src.layer, src.type)  # "…، يضيف نص البلاغ، …": the phrase's span
    return src


def _object_after(f: _Finder, src: Source) -> bool:
    """Does a bare word follow the definite head of a speaker phrase, neither a name, "ذاته"/"نفسه" nor after a
    preposition ("الوزير ضرورة الإصلاح": the verb's object after its subject; not "المصدر ذاته", "الناطق باسم
    الوزارة", "الرئيس ترامب")?"""
    toks = [t for t in words(f.folded, src.start, src.end) if t.is_word]
    if not toks or not toks[0].text.startswith("ال"):
        return False
    for t in toks[1:]:
        w = t.text
        if w in _GOVERNING_PREPS or (w.startswith(("ب", "ل")) and not w.startswith("بال")):
            return False  # (after a preposition, its complement: "الناطق باسم الوزارة", "المدير العام للشركة")
        if not (w.startswith(("ال", "بال")) or w in f.lex.closers or f.mentions.starting_in(t.start, t.end)):
            return True
    return False


#: A reporter, to whom a source said it (no speaker after a source phrase's speaker).
_REPORTERS = word_set("tail_reporters")

#: Most words of a person's name in apposition after a comma.
_APPOSED_WORDS = 3


def _without_apposed_names(f: _Finder, toks: list[Tok]) -> list[Tok]:
    """``toks`` without the names set off by commas in them: a comma and at most :data:`_APPOSED_WORDS` words of
    a PER entity, up to the next comma, mark or sentence end ("بحسب ما أكده عم الرضيع، سمير، في تصريحات لـ …",
    "حسب مصدر أمني لمراسلة الجوهرة أف أم بجربة، سامية البيولي.")."""
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        t = toks[k]
        if t.text in COMMAS and k + 1 < len(toks):
            m = f.mentions.starting_in(toks[k + 1].start, toks[k + 1].end)
            if m is not None and m.type == "person" and m.layer == "entities":
                n = k + 1
                while n < len(toks) and toks[n].is_word and toks[n].start < m.end:
                    n += 1
                if n - k - 1 <= _APPOSED_WORDS and (n >= len(toks) or not toks[n].is_word):
                    k = n + 1 if n < len(toks) and toks[n].text in COMMAS else n  # (and the comma closing it)
                    continue
        out.append(t)
        k += 1
    return out
