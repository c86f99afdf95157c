"""Anchors of the events layer for ``scripts/audit.py events``: violent and protest words.

Families (by ACLED type where the word has one):

- ``battles``: اشتباك/اشتباكات/اشتبك/يشتبكون, اقتتال, معارك, تبادل إطلاق النار;
- ``explosions``: انفجار/انفجر, تفجير/تفجيرات/فجّروا, غارة/غارات, قصف/قصفت/يقصف, قذيفة/قذائف, عبوة
  ناسفة, حزام ناسف, (سيارة) مفخخة;
- ``civilians`` (violence against civilians): اغتيال/اغتال/اغتيل, اختطاف/اختطف/خطف/مختطفين;
- ``protests``: مظاهرة/تظاهروا/متظاهرين, احتجاج/احتجاجية/احتجوا/محتجين, اعتصام/معتصمين,
  إضراب/مضربين ("وقفة احتجاجية" is found by its احتجاجية);
- ``riots``: شغب, مشاغبين;
- ``arrests`` (strategic developments): اعتقال/اعتقل/يعتقلون, القبض (ألقى/إلقاء القبض), إيقاف;
- ``killing`` (a death, no type of its own): قتل/قتلت/يقتل/مقتل/مقتله, استشهاد/استشهد, حتفه/مصرعه;
- ``casualties`` (the dead and wounded as nouns): قتلى/قتيل/قتيلا/قتيلين, جرحى/جريح;
- ``attack`` (no type of its own): هجوم/هجمات/هاجم/يهاجمون, اعتداء/اعتداءات, إطلاق النار/الرصاص.

Each word is matched on ``doc.folded`` with the proclitics (و ف ب ل ك), the article (and the لل of ل +
article), its feminine, dual, plural, past and present forms as listed, and a pronoun suffix (مقتله,
اعتقالهم, قتلوه).  The lists are fixed here, independent of the stage's ``event_triggers.yaml``, so
counts before and after a change of the stage compare.  "قتلى" (casualties) and "قتل" (killing) are
two families: a number of dead is reported by an event's ``fatalities`` more often than by a trigger.

An anchor is covered when it overlaps an event's trigger, or lies between an event's trigger and its
``fatalities``/``injured`` span (the "مقتل" of "غارة أدت إلى مقتل ثلاثة" is that event's toll).
"""

from __future__ import annotations

import regex

from arabnews.lang.ar import PROCLITIC, trie_regex

LAYER = "events"

_PAST = ("", "ت", "وا", "ا", "تا")
_PRESENT = ("", "ون", "ان", "ين")


def _verb(past: str, present: str = "") -> list[str]:
    """Folded forms of a verb: past ``past`` (+ت +وا +ا +تا) and present ي/ت/ن + ``present`` (+ون +ان +ين)."""
    out = [past + s for s in _PAST]
    if present:
        out += [p + present + s for p in "يتن" for s in _PRESENT]
    return out


#: family → folded word forms (nouns with their plural, verbs through :func:`_verb`).
_FORMS: dict[str, list[str]] = {
    "battles": ["اشتباك", "اشتباكات", "اشتباكا", *_verb("اشتبك", "شتبك"), "اقتتال", "معارك",
                "تبادل لاطلاق النار", "تبادل اطلاق النار", "تبادل لاطلاق الرصاص", "تبادل اطلاق الرصاص"],
    "explosions": ["انفجار", "انفجارات", "انفجارا", *_verb("انفجر", "نفجر"), "تفجير", "تفجيرات", "تفجيرا",
                   "فجروا", "يفجر", "يفجرون", "تفجيري", "تفجيريه", "غاره", "غارات", "غارتين",
                   *_verb("قصف", "قصف"), "قصفا", "قذيفه", "قذايف", "قذيفتين", "عبوه ناسفه", "عبوات ناسفه",
                   "عبوتين ناسفتين", "حزام ناسف", "احزمه ناسفه", "سياره مفخخه", "سيارات مفخخه", "مفخخه",
                   "مفخخات", "مفخخ"],
    "civilians": ["اغتيال", "اغتيالات", *_verb("اغتال", "غتال"), "اغتيل", "اختطاف", "اختطافات",
                  *_verb("اختطف", "ختطف"), *_verb("خطف", "خطف"), "مختطف", "مختطفين", "مختطفون", "مختطفه"],
    "protests": ["مظاهره", "مظاهرات", *_verb("تظاهر", "تظاهر"), "متظاهر", "متظاهرين",
                 "متظاهرون", "متظاهرات", "احتجاج", "احتجاجات", "احتجاجا", "احتجاجي", "احتجاجيه",
                 "احتجاجيتين", *_verb("احتج", "حتج"), "محتج", "محتجين", "محتجون", "اعتصام", "اعتصامات",
                 "اعتصاما", *_verb("اعتصم", "عتصم"), "معتصم", "معتصمين", "معتصمون", "اضراب", "اضرابات", "اضرابا",
                 "اضربوا", "مضرب", "مضربين", "مضربون"],
    "riots": ["شغب", "مشاغب", "مشاغبين", "مشاغبون"],
    "arrests": ["اعتقال", "اعتقالات", *_verb("اعتقل", "عتقل"), "القبض", "ايقاف", "ايقافات"],
    "killing": ["قتل", "قتلت", "قتلوا", "قتلا", "يقتل", "تقتل", "يقتلون", "يقتلان", "مقتل", "استشهاد",
                *_verb("استشهد", "ستشهد"), "حتف", "حتفه", "حتفها", "حتفهم", "مصرع", "مصرعه", "مصرعها", "مصرعهم"],
    "casualties": ["قتلي", "قتيل", "قتيلا", "قتيلين", "قتيلان", "جرحي", "جريح", "جريحا", "جريحين", "جريحان"],
    "attack": ["هجوم", "هجمات", "هجوما", "هجومين", *_verb("هاجم", "هاجم"), "اعتداء", "اعتداءات", "اعتداءا",
               "اطلاق النار", "اطلاق الرصاص", "اطلاق نار", *_verb("اطلق", "طلق")],
}
#: "أطلق" fired: only before النار/الرصاص ("أطلق سراحه", "أطلقت حملة": released, launched).  The verb
#: أوقف (arrested, stopped: "أوقف العمل") is left out; "إيقاف" (arrest, suspension) stays.  "تظاهرة" is
#: left out too: in the Tunisian press mostly a cultural event ("تظاهرة ثقافية").
_NEEDS_FIRE = frozenset(_verb("اطلق", "طلق"))
_FAMILY_OF = {w: fam for fam, words in _FORMS.items() for w in words}
_SUFFIX = "(?P<s>هما|ها|هم|هن|ه)?"
_B = r"(?<![\p{L}\p{M}\d])"
_E = r"(?![\p{L}\p{M}])"
_WORD = regex.compile(rf"{_B}(?:{PROCLITIC})(?:ال|(?<=ل)ل)?\K(?P<w>{trie_regex(_FAMILY_OF)}){_SUFFIX}{_E}")
_FIRE = regex.compile(r"\s+(?:ال)?(?:نار|رصاص|النيران)")


def find_anchors(doc) -> list[tuple[int, int, str]]:
    """(start, end, family) of every anchor in ``doc``'s text, original offsets."""
    folded = doc.folded
    out: list[tuple[int, int, str]] = []
    for m in _WORD.finditer(folded):
        w = " ".join(m["w"].split())
        if w in _NEEDS_FIRE and not _FIRE.match(folded, m.end()):
            continue  # "أطلق سراحه", "أطلقت حملة": released, launched
        if m["s"] == "ه" and doc.text[doc.to_original(m.start("s"), m.end("s"))[0]] == "ة":
            continue  # a ة, not the pronoun ه: "تظاهرة" is no form of the verb تظاهر
        if out and not folded[out[-1][1]:m.start()].strip():
            # "تظاهرة احتجاجية", "غارة جوية قصف": one mention, counted once (folded offsets until the end)
            out[-1] = (out[-1][0], m.end(), out[-1][2])
            continue
        out.append((m.start(), m.end(), _FAMILY_OF[w]))
    return [(*doc.to_original(start, end), family) for start, end, family in out]


def covered_spans(doc) -> list[tuple[int, int]]:
    """Each event's trigger, and the stretch from its trigger to its fatalities or injured span."""
    out: list[tuple[int, int]] = []
    for ev in doc.layers.get("events", []):
        out.append((ev.start, ev.end))
        for toll in (ev.fatalities, ev.injured):
            if toll and toll.get("start") is not None:
                out.append((min(ev.start, toll["start"]), max(ev.end, toll["end"])))
    return out
