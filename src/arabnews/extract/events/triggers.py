"""The event lexicon: trigger words by ACLED type and sub-event type, casualty words, actor nouns,
idioms — read once from ``resources/event_triggers.yaml``, with every conjugation generated from a
compact table and compiled into a few trie regexes.

>>> lex = lexicon()
>>> sorted(f for f in lex.triggers if f.startswith("اعتقل"))[:4]
['اعتقل', 'اعتقلا', 'اعتقلت', 'اعتقلتا']
>>> lex.triggers["يقصفون"][0].subtype
'shelling/artillery/missile attack'
>>> lex.casualties["اصابتهم"].kind
'injured'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

import regex

from ...lang.ar import load, lookup_key, trie_regex
from ...lang.schema import ListOf, MapOf, Record, Words

RESOURCE = "event_triggers.yaml"

_VERB = Record({"past": str, "present": str}, {"then": str, "passive": bool}, label="past")
_ENTRY = Record({"type": str, "subtype": str, "verbs": ListOf(_VERB), "nouns": Words},
                {"weak": Words, "genitive": str, "person_object": Words}, label="subtype")
_CASUALTY = Record({"verbs": ListOf(_VERB), "nouns": Words})
SCHEMA = Record({
    "types": MapOf(str, Words),
    "triggers": ListOf(_ENTRY),
    "refine": MapOf(str, Words),
    "protest_intervention": Words,
    "protest_excessive": Words,
    "riot_words": Words,
    "casualties": Record({"killed": _CASUALTY, "injured": _CASUALTY}),
    "standalone": Words,
    "accident": Words,
    "result_cues": Words,
    "negation": Words,
    "actor_nouns": Record({"armed": Words, "civilian": Words, "people": Words}),
    "civilian_sites": Words,
    "weapon_cues": Words,
    "persons": Words,
    "arrest_objects": Words,
    "idioms": Words,
    "domain_words": Words,
})

#: The proclitics a trigger may carry: و ف, then ل س (verbs) or ب ل ك, or لل (ل + the article).
#: The article itself stays in the trigger ("بالاشتباكات" → "الاشتباكات").
TRIGGER_PREFIX = r"[وف]?(?:لل|[بلكس])?"
#: The proclitics of other word lists (their entries are written with the article where it occurs).
WORD_PREFIX = r"[وف]?(?:[بك]?ال|لل|[بلكس])?"
_LEFT = r"(?<![\p{L}\p{M}\p{N}_])"
_RIGHT = r"(?![\p{L}\p{M}\p{N}_])"

_PAST_SUFFIXES = ("", "ت", "ا", "تا", "وا", "ن", "نا", "تم")
_PAST_OBJECT = ("ه", "ها", "هم", "هما", "ته", "تها", "تهم", "وه", "وها", "وهم")
_PRESENT_SUFFIXES = ("", "ان", "ون", "ن", "وا", "ه", "ها", "هم", "ونه", "ونها", "ونهم")
_PRONOUNS = ("ه", "ها", "هم", "هما")


@dataclass(frozen=True, slots=True)
class TriggerInfo:
    """What a surface form of a trigger is: its type, sub-event type and lexeme (as written in the data)."""

    type: str
    subtype: str
    lexeme: str
    pos: str  # "verb" or "noun"
    weak: bool = False
    person_object: bool = False
    genitive: str = "actor"
    then: str | None = None  # a word that must follow within a few words ("ألقت الشرطة القبض")
    passive: bool = False  # a passive whose letters differ from the active (اغتيل, أصيب)


@dataclass(frozen=True, slots=True)
class CasualtyInfo:
    """A casualty word: ``kind`` is "killed" or "injured"; ``standalone`` when it makes an event alone."""

    kind: str
    lexeme: str
    pos: str
    standalone: bool = False


def verb_forms(past: str, present: str) -> list[str]:
    """Folded surface forms of a verb from its 3rd masc. sing. past and its present stem.

    >>> forms = verb_forms("اعتقل", "عتقل")
    >>> [f for f in ("اعتقلت", "اعتقلوا", "يعتقلون", "تعتقل", "اعتقلوهم", "يعتقلان") if f in forms]
    ['اعتقلت', 'اعتقلوا', 'يعتقلون', 'تعتقل', 'اعتقلوهم', 'يعتقلان']
    >>> sorted(f for f in verb_forms("اعتدى", "عتدي") if not f.startswith(("ت", "ن")))
    ['اعتدت', 'اعتدوا', 'اعتدي', 'اعتديا', 'اعتديت', 'يعتدون', 'يعتدي', 'يعتديان']
    """
    p, s = lookup_key(past), lookup_key(present)
    out: list[str] = []
    if p.endswith("ي"):  # defective: اعتدى → اعتدت, اعتدوا; يعتدي → يعتدون
        out += [p, p[:-1] + "ت", p + "ت", p[:-1] + "وا", p + "ا"]
    else:
        out += [p + x for x in _PAST_SUFFIXES] + [p + x for x in _PAST_OBJECT]
    for prefix in ("ي", "ت", "ن"):
        if s.endswith("ي") or s.endswith("ى"):
            out += [prefix + s, prefix + s[:-1] + "ون", prefix + s + "ان"]
        else:
            out += [prefix + s + x for x in _PRESENT_SUFFIXES]
    return list(dict.fromkeys(out))


def noun_forms(noun: str) -> list[str]:
    """Folded surface forms of a noun written indefinite: accusative, dual, attached pronouns and, for a
    phrase, the definite phrase (the regex adds ال and the clitics before the first word).

    >>> noun_forms("إصابة")[:4]
    ['اصابه', 'اصابتان', 'اصابتين', 'اصابته']
    >>> "مقتلهم" in noun_forms("مقتل"), "الغارات الجويه" in noun_forms("غارات جوية")
    (True, True)
    """
    n = lookup_key(noun)
    words = n.split(" ")
    if len(words) > 1:
        definite = " ".join(w if w.startswith("ال") or w in ("علي", "عن", "من") or (i == 0 and w == "وقف")
                            else "ال" + w for i, w in enumerate(words))
        return list(dict.fromkeys([n, definite]))
    if n.endswith("ه"):
        stem = n[:-1] + "ت"
        return [n, stem + "ان", stem + "ين", *(stem + p for p in _PRONOUNS)]
    return [n, n + "ا", n + "ان", n + "ين", *(n + p for p in _PRONOUNS)]


@dataclass(frozen=True)
class Lexicon:
    """Every word list of the stage, folded, and its compiled regexes."""

    types: Mapping[str, tuple[str, ...]]
    triggers: Mapping[str, tuple[TriggerInfo, ...]]
    casualties: Mapping[str, CasualtyInfo]
    trigger_re: Any
    casualty_re: Any
    result_re: Any
    idiom_re: Any
    domain_re: Any
    accident_re: Any
    actor_re: Any
    armed: frozenset[str]
    civilian: frozenset[str]
    people: frozenset[str]
    civilian_sites: Any
    weapon_cues: frozenset[str]
    persons: frozenset[str]
    arrest_objects: frozenset[str]
    negation: frozenset[str]
    refine: tuple[tuple[str, Any], ...]
    protest_intervention: Any
    protest_excessive: Any
    riot_words: Any


def _words_re(words: Iterable[str], prefix: str = WORD_PREFIX, *, article: bool = False) -> Any:
    body = ("(?:ال)?" if article else "") + trie_regex({lookup_key(w) for w in words})
    return regex.compile(_LEFT + f"(?:{prefix})(?P<w>" + body + ")" + _RIGHT)


_SPACES = regex.compile(r"[ \t\u00a0]+")


def strip_article(word: str, table: Mapping[str, Any]) -> str:
    """The key of ``table`` a matched trigger is: the word (spaces as one space), or it without its article.

    >>> strip_article("القبض\u00a0 علي", lexicon().triggers), strip_article("الاشتباكات", lexicon().triggers)
    ('القبض علي', 'اشتباكات')
    """
    word = _SPACES.sub(" ", word)
    return word if word in table or not word.startswith("ال") else word[2:]


def _add(table: dict[str, Any], forms: Iterable[str], value: Any) -> None:
    for form in forms:
        table.setdefault(form, value)


@cache
def lexicon() -> Lexicon:
    """The shipped lexicon, built once."""
    data = load(RESOURCE, SCHEMA)
    triggers: dict[str, list[TriggerInfo]] = {}
    # Multi-word and specific entries first, so that "هجوم انتحاري" is a suicide bomb and "هجوم" a clash.
    for entry in data["triggers"]:
        weak = {lookup_key(w) for w in entry.get("weak", ())}
        person = {lookup_key(w) for w in entry.get("person_object", ())}
        genitive = entry.get("genitive", "actor")
        for verb in entry["verbs"]:
            lex = lookup_key(verb["past"])
            forms = verb_forms(verb["past"], verb["present"])
            then = lookup_key(verb["then"]) if "then" in verb else None
            if then:
                forms = [f for f in forms if not f.endswith(_PRONOUNS)]
            info = TriggerInfo(entry["type"], entry["subtype"], lex, "verb", lex in weak, lex in person, genitive,
                               then, bool(verb.get("passive")))
            for form in forms:
                triggers.setdefault(form, []).append(info)
        for noun in entry["nouns"]:
            lex = lookup_key(noun)
            info = TriggerInfo(entry["type"], entry["subtype"], lex, "noun", lex in weak, lex in person, genitive)
            for form in noun_forms(noun):
                if not any(i.pos == "noun" for i in triggers.get(form, [])):
                    triggers.setdefault(form, []).append(info)
    casualties: dict[str, CasualtyInfo] = {}
    standalone = {lookup_key(w) for w in data["standalone"]}
    for kind in ("killed", "injured"):
        block = data["casualties"][kind]
        for verb in block["verbs"]:
            lex = lookup_key(verb["past"])
            _add(casualties, verb_forms(verb["past"], verb["present"]),
                 CasualtyInfo(kind, lex, "verb", lex in standalone))
        for noun in block["nouns"]:
            lex = lookup_key(noun)
            _add(casualties, noun_forms(noun), CasualtyInfo(kind, lex, "noun", lex in standalone))
    nouns = data["actor_nouns"]
    refine = tuple((subtype, _words_re(words)) for subtype, words in data["refine"].items())
    return Lexicon(
        types={k: tuple(v) for k, v in data["types"].items()},
        triggers={form: tuple(infos) for form, infos in triggers.items()},
        casualties=casualties,
        trigger_re=_words_re(triggers, TRIGGER_PREFIX, article=True),
        casualty_re=_words_re(casualties, TRIGGER_PREFIX, article=True),
        result_re=_words_re(data["result_cues"], prefix=""),
        idiom_re=_words_re(data["idioms"]),
        domain_re=_words_re(data["domain_words"]),
        accident_re=_words_re(data["accident"]),
        actor_re=_words_re([*nouns["armed"], *nouns["civilian"], *nouns["people"]], prefix=r"[وف]?[بلك]?"),
        armed=frozenset(lookup_key(w) for w in nouns["armed"]) - {lookup_key(w) for w in nouns["civilian"]},
        civilian=frozenset(lookup_key(w) for w in nouns["civilian"]),
        people=frozenset(lookup_key(w) for w in nouns["people"]),
        civilian_sites=_words_re(data["civilian_sites"]),
        weapon_cues=frozenset(lookup_key(w) for w in data["weapon_cues"]),
        persons=frozenset(lookup_key(w) for w in data["persons"]),
        arrest_objects=frozenset(lookup_key(w) for w in data["arrest_objects"]),
        negation=frozenset(lookup_key(w) for w in data["negation"]),
        refine=refine,
        protest_intervention=_words_re(data["protest_intervention"]),
        protest_excessive=_words_re(data["protest_excessive"]),
        riot_words=_words_re(data["riot_words"]),
    )
