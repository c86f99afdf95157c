"""Anchors of the attribution layer for ``scripts/audit.py attribution``: where a claim is attributed.

Families:

- ``say``: قال/قالت/قالوا/يقول/تقول/يقولون;
- ``state``: verbs of stating — أكد/يؤكد, أوضح, أضاف, صرّح, أشار, شدّد, لفت, بيّن, تابع, أردف, اعتبر,
  نفى, حذّر, اعترف — and their circumstantial participles (مؤكدا, مضيفا, موضحا, مشيرا, معتبرا …);
- ``report``: verbs of reporting — أفاد, أعلن, ذكر, كشف, أورد — and their participles (معلنا, كاشفا);
- ``source``: phrases naming a source — حسب/بحسب/حسبما, وفق/وفقا ل, طبقا ل, نقلا عن, استنادا إلى;
- ``own_words``: the same heads before تعبيره/قوله/وصفها ("حسب تعبيره", "وفق قولها") and على حد قوله/تعبيره:
  the speaker is the pronoun, the claim the sentence before.

A verb is an anchor only when a clause or a quotation follows it in its sentence: أنّ/إنّ/أن (or
بأن), a colon or a quotation mark within the next 80 characters before a full stop ("أعلن الجيش
السيطرة على" reports no claim; "قال الوزير في تصريح لإذاعة موزاييك إن" does).  Verbs in the past and
present, masculine and feminine, singular, dual and plural; proclitics و ف (and ب for the source
phrases: "بحسب").  Left out: "يذكر أن" (it is worth noting), "بين" (between), "تبين" (it became clear),
"يعتبر" (is considered), "يتابع" (follows), "على حد السواء" (equally).  The lists are fixed here,
independent of the stage's ``attribution.yaml``, so counts before and after a change of the stage
compare.

An anchor is covered when it overlaps the ``cue`` (or its ``tail``) or the ``source`` of a quote.
"""

from __future__ import annotations

import regex

from arabnews.lang.ar import trie_regex

LAYER = "attribution"

_PAST = ("", "ت", "وا", "ا", "تا")
_PRESENT = ("", "ون", "ان")


def _verb(past: str, present: str) -> list[str]:
    """Folded forms of a verb: past ``past`` (+ت +وا +ا +تا) and present ي/ت/ن + ``present`` (+ون +ان)."""
    return [past + s for s in _PAST] + [p + present + s for p in "يتن" for s in _PRESENT]


def _participle(stem: str) -> list[str]:
    """مؤكدا, مؤكدة, مؤكدين: the circumstantial participle and its feminine and plural."""
    return [stem + "ا", stem + "ه", stem + "ين", stem + "تين"]


_FORMS: dict[str, list[str]] = {
    "say": _verb("قال", "قول") + ["قالتا"],
    "state": [*_verb("اكد", "وكد"), *_participle("موكد"), *_verb("اوضح", "وضح"), *_participle("موضح"),
              *_verb("اضاف", "ضيف"), *_participle("مضيف"), *_verb("صرح", "صرح"), *_verb("اشار", "شير"),
              *_participle("مشير"), *_verb("شدد", "شدد"), *_participle("مشدد"), *_verb("لفت", "لفت"),
              *_participle("لافت"), *_verb("بين", "بين"), *_participle("مبين"), *_verb("تابع", "تابع"),
              *_verb("اردف", "ردف"), *_participle("مردف"), *_verb("اعتبر", "عتبر"), *_participle("معتبر"),
              "نفي", "نفت", "نفوا", "ينفي", "تنفي", "ينفون", "نافيا", *_verb("حذر", "حذر"), *_participle("محذر"),
              *_verb("اعترف", "عترف"), *_participle("معترف")],
    "report": [*_verb("افاد", "فيد"), *_verb("اعلن", "علن"), *_participle("معلن"), *_verb("ذكر", "ذكر"),
               *_verb("كشف", "كشف"), *_participle("كاشف"), *_verb("اورد", "ورد")],
}
#: The head words of the source phrases (the ل of "وفقا لـ" is written joined to the next word).
_SOURCES = ["حسب", "حسبما", "وفق", "وفقا", "طبقا", "نقلا عن", "استنادا", "علي حد"]
#: Forms left out: "يذكر أن" (it is worth noting), "بين" (between), "تبين" (it became clear), "يعتبر"/
#: "تعتبر" (is considered), the present of تابع (follows: "الوزارة تتابع الملف").
_DROP = frozenset({"يذكر", "بين", "تبين", "يعتبر", "تعتبر", "يتابع", "تتابع", "نتابع", "يتابعون", "تتابعون",
                   "يتابعان", "تتابعان"})
_FAMILY_OF = {w: fam for fam, words in _FORMS.items() for w in words if w not in _DROP}
_B = r"(?<![\p{L}\p{M}\d])"
_E = r"(?![\p{L}\p{M}])"
_VERB = regex.compile(rf"{_B}[وف]?\K(?P<w>{trie_regex(_FAMILY_OF)}){_E}")
_SOURCE = regex.compile(rf"{_B}[وف]?ب?\K(?:{trie_regex(_SOURCES)}){_E}")
#: "حسب تعبيره", "وفق قولها", "على حد تعبيره": the speaker is the pronoun (the ``own_words`` family).
_OWN_WORDS = regex.compile(r"\s+(?:تعبير|قول|وصف|كلام)(?:ه|ها|هم|هما)(?![\p{L}\p{M}])")
_CLAUSE = regex.compile(r"(?<![\p{L}\p{M}])ب?ان(?![\p{L}\p{M}])|[:«\"“”]")
_STOP = regex.compile(r"[.!?؟\n]")


def find_anchors(doc) -> list[tuple[int, int, str]]:
    """(start, end, family) of every anchor in ``doc``'s text, original offsets."""
    folded = doc.folded
    out: list[tuple[int, int, str]] = []
    for m in _VERB.finditer(folded):
        after = folded[m.end():m.end() + 80]
        stop = _STOP.search(after)
        if not _CLAUSE.search(after[:stop.start()] if stop else after):
            continue  # no claim follows: "أعلن الجيش السيطرة على"
        start, end = doc.to_original(m.start(), m.end())
        out.append((start, end, _FAMILY_OF[m["w"]]))
    for m in _SOURCE.finditer(folded):
        if m.group() == "علي حد" and folded.startswith("السواء", m.end() + 1):
            continue  # "على حد السواء": equally
        start, end = doc.to_original(m.start(), m.end())
        own = _OWN_WORDS.match(folded, m.end())
        out.append((start, end, "own_words" if own else "source"))
    return out


def covered_spans(doc) -> list[tuple[int, int]]:
    """The cue (with its tail, "…، حسب قوله") and the source of every quote, and a relaying outlet written after
    the claim with its source phrase ("…، وفق وكالة الأنباء": ``source.via``, session 32)."""
    out: list[tuple[int, int]] = []
    for q in doc.layers.get("quotes", []):
        for part in (q.cue, q.cue.get("tail"), q.source):
            if part and part.get("start") is not None:
                out.append((part["start"], part["end"]))
        via = (q.source or {}).get("via")
        if via and via.get("start") is not None:
            out.append((min(via["start"], q.end), via["end"]))
    return out
