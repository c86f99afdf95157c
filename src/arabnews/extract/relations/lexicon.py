"""The cue words of the relations stage (``resources/relation_cues.yaml``), folded and compiled once.

>>> lex = lexicon()
>>> lex.cues["التابعه ل"]
('infix', 'member_of')
>>> lex.cues["المدعومين من"]
('infix', 'backed_by')
>>> lex.state_words["ايرانيا"]
'iranian-government'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from ...lang import ar
from ...lang.ar import words
from ...lang.schema import ListOf, MapOf, Record, Words

_SCHEMA = Record({
    "participles": ListOf(Record({"stem": str, "type": str, "preps": Words}, label="stem")),
    "phrases": MapOf(str, Words),
    "possessives": MapOf(str, Words),
    "possessive_gap": Words,
    "organs": Words,
    "military_organs": Words,
    "undoing": Words,
    "advance_cues": Words,
    "advance_words": Words,
    "backing_before": Words,
    "one_of_words": Words,
    "one_of_qualifiers": Words,
    "one_of_nouns": Words,
    "one_of_gap": Words,
    "claim_words": Words,
    "claimed_attacks": Words,
    "retake_verbs": Words,
    "retake_from": Words,
    "exposure_verbs": Words,
    "split_back": Words,
    "instruments": Words,
    "instrument_qualifiers": Words,
    "verb_with": MapOf(str, Words),
    "verb_links": MapOf(str, Words),
    "merge_verbs": Words,
    "compose_verbs": Words,
    "compose_relatives": Words,
    "compose_gap": Words,
    "compose_formed": Words,
    "merge_nouns": Words,
    "merge_list_cues": Words,
    "merge_into": Words,
    "agreement_verbs": Words,
    "agreement_nouns": Words,
    "agreement_reach": int,
    "reconciliation_nouns": Words,
    "prisoner_nouns": Words,
    "verb_adverbs": Words,
    "time_words": Words,
    "between": MapOf(str, Words),
    "between_nouns": MapOf(str, Words),
    "reverse": MapOf(str, Words),
    "verb_obj": MapOf(str, Words),
    "targets": Words,
    "kill_verbs": Words,
    "kill_victims": Words,
    "state_arms": Words,
    "between_pronouns": Words,
    "truce_nouns": Words,
    "attacker_members": Words,
    "defector_nouns": Words,
    "breach_words": Words,
    "state_sides": Words,
    "armed_sides": Words,
    "leaving_stems": Words,
    "leaving_gap": int,
    "attacker_construct": Words,
    "attacks": Words,
    "attacks_with_b": Words,
    "killer_phrases": Words,
    "fire_nouns": Words,
    "fire_verbs": Words,
    "fire_subject_gap": Words,
    "accusations": Words,
    "attack_qualifiers": Words,
    "attack_in": Words,
    "casualty_words": Words,
    "victim_clause_words": Words,
    "beside_men_verbs": Words,
    "anaphors": Words,
    "states": MapOf(str, Words),
    # word lists of the relation finder (relations/__init__.py)
    "blockers": Words,
    "own_members": Words,
    "own_members_verbs": Words,
    "negations": Words,
    "participle_subjects": Words,
    "subject_pronouns": Words,
    "participle_things": Words,
    "participle_copulas": Words,
    "gap_words": Words,
    "force_adjectives": Words,
    "on_targets": Words,
    "noun_variants": MapOf(str, str),
})

#: The relation types a cue may have.
TYPES = ("member_of", "part_of", "split_from", "ally", "backed_by", "fights")
#: Relations that hold both ways (the record still keeps the order of the text).
SYMMETRIC = frozenset({"ally", "fights"})
_JOINABLE = frozenset({"ل", "لـ", "ب"})  # prepositions written joined to the next word
W = r"\w"


def _data() -> Any:
    return ar.load("relation_cues.yaml", _SCHEMA)


def folded_words(key: str) -> list[str]:
    """The list ``key`` of the resource, each entry folded (:func:`arabnews.lang.ar.lookup_key`), in order."""
    return [ar.lookup_key(w) for w in _data()[key]]


def section_words(key: str) -> list[list[str]]:
    """The word lists of the section ``key`` of the resource (relation type → words), as written."""
    return [list(words) for words in _data()[key].values()]


def number(key: str) -> int:
    """The number ``key`` of the resource."""
    return int(_data()[key])


def table(key: str) -> dict[str, str]:
    """The mapping ``key`` of the resource, as written."""
    return dict(_data()[key])


def inflections(stem: str) -> list[str]:
    """Every gender/number form of a participle or adjective stem, with and without the article.

    >>> inflections("تابع")[:4]
    ['تابع', 'تابعة', 'تابعان', 'تابعتان']
    >>> "الموالين" in inflections("موالي") and "الموالية" in inflections("موالي")
    True
    """
    base = stem[:-1] if stem.endswith("ي") else stem
    forms = [stem, stem + "ة", stem + "ان", stem + "تان", stem + "ين", stem + "تين", stem + "ون", stem + "ات"]
    if base != stem:  # "موالي": "موالية", "موالين", "موالون", "موالاة"-less plural "مواليات"
        forms = [stem, stem + "ة", stem + "ان", stem + "تان", base + "ين", stem + "تين", base + "ون", stem + "ات",
                 stem + "ين"]
    return [*forms, *("ال" + f for f in forms)]


def _nisba_forms(nisba: str) -> list[str]:
    """"إيراني" → "إيراني", "إيرانية", "إيرانيا", "الإيراني", "الإيرانية" (and their plurals)."""
    forms = [nisba, nisba + "ة", nisba + "ا", nisba + "ين", nisba + "ون"]
    return [*forms, *("ال" + f for f in forms if not f.endswith("ا"))]


@dataclass(frozen=True, slots=True)
class Lexicon:
    cues: dict[str, tuple[str, str]]  # folded cue → (shape, type): infix, possessive, reverse, between, verb_with,
    # verb_obj, attack
    targets: frozenset[str]  # folded nouns between an attack verb and its target ("مواقع")
    cue_re: re.Pattern[str]
    anaphor_re: re.Pattern[str]
    state_words: dict[str, str]  # folded state name or nisba form → registry id
    state_re: re.Pattern[str]
    state_search_re: re.Pattern[str]
    nisba_re: re.Pattern[str]  # any country's nisba adjective (an entity-reference backer)
    links: dict[str, re.Pattern[str]]  # relation type → what joins a verb_with verb's two groups ("… مع", "ارتباطها ب")
    svo: frozenset[str]  # verb_with verbs also read subject-verb-object ("X تقاتل Y"): those of verb_obj too
    between_nouns: dict[str, str]  # folded noun of a "between" phrase → type ("اشتباكات عنيفة … بين")


def _check_type(kind: str, where: str) -> str:
    if kind not in TYPES:
        raise ValueError(f"relation_cues.yaml: {where}: type {kind!r} is not one of {TYPES}")
    return kind


def _trie(items: Iterable[str]) -> str:
    return ar.trie_regex(sorted(set(items)))


@cache
def lexicon() -> Lexicon:
    """Load and compile the cue lists once."""
    data = _data()
    cues: dict[str, tuple[str, str]] = {}
    joined: set[str] = set()

    def add(phrase: str, shape: str, kind: str) -> None:
        key = ar.lookup_key(phrase)
        cues.setdefault(key, (shape, _check_type(kind, phrase)))
        if phrase.rstrip("ـ").split(" ")[-1] in _JOINABLE:
            joined.add(key)

    for entry in data["participles"]:
        for form in inflections(entry["stem"]):
            for prep in entry["preps"]:
                add(f"{form} {prep.rstrip('ـ')}", "infix", entry["type"])
            if entry["type"] == "backed_by":  # "المدعومة إيرانيا": the backer as an adverb
                add(form, "infix", entry["type"])
    # each section of the file: relation type → cue phrases, read with the role named beside it
    for section, role in (("phrases", "infix"), ("possessives", "possessive"), ("between", "between"),
                          ("verb_with", "verb_with"),
                          ("reverse", "reverse"), ("verb_obj", "verb_obj")):
        for kind, phrases in data[section].items():
            for phrase in phrases:
                add(phrase, role, kind)
    for phrase in data["agreement_verbs"]:  # read only with an agreement after the two sides (session 29)
        add(phrase, "verb_with", "ally")
    for phrase in data["kill_verbs"]:  # read with their killer after them only (session 37)
        add(phrase, "verb_obj", "fights")
    for phrase in data["split_back"]:
        add(phrase, "split_back", "split_from")
    for phrase in data["killer_phrases"]:  # the killer after a passive killing (session 38)
        add(phrase, "killer", "fights")
    for noun in [*data["attacks"], *data["attacks_with_b"]]:
        add(noun, "attack", "fights")
    for noun in data["fire_nouns"]:  # projectiles fired on a target, read after a verb of firing (session 25b)
        add(noun, "fire", "fights")
    free = [k for k in cues if k not in joined]
    cue_re = re.compile(rf"(?<!{W})[وف]?(?:(?P<j>{_trie(joined)})|(?P<f>{_trie(free)})(?!{W}))")

    nouns = [ar.lookup_key(a)[2:] for a in data["anaphors"] if ar.lookup_key(a).startswith("ال")]
    anaphor_re = re.compile(rf"(?<!{W})(?:[وف]?[بك]?ال|[وف]?لل)(?P<noun>{_trie(nouns)})(?!{W})")

    state_words: dict[str, str] = {}
    for gid, names in data["states"].items():
        for name in names:
            key = ar.lookup_key(name)
            forms = _nisba_forms(key) if key.endswith("ي") and " " not in key else [key]
            for form in forms:
                state_words.setdefault(ar.lookup_key(form), gid)
    # Used with .match() right after a cue, which may end in a joined preposition ("الموالية لإيران").
    state_re = re.compile(rf"(?:(?<!{W})(?:{ar.PROCLITIC}|{ar.LIL}))?(?P<state>{_trie(state_words)})(?!{W})")
    state_search_re = re.compile(
        rf"(?<!{W})(?:{ar.PROCLITIC}|{ar.LIL})(?P<state>{_trie(k for k in state_words if not k.endswith('ي'))})(?!{W})")
    nisbas = [f for n in words.nisba_countries() for f in _nisba_forms(n)]
    nisba_re = re.compile(rf"(?P<nisba>{_trie(ar.lookup_key(n) for n in nisbas)})(?!{W})")
    targets = frozenset(ar.lookup_key(w) for w in data["targets"])
    # "… X مع Y", "… X رسميا عن Y", "… X ارتباطها بY": the link after the first group of a verb_with verb
    adverbs = _trie(ar.lookup_key(w) for w in data["verb_adverbs"])
    links = {}
    for kind in data["verb_with"]:
        extra = [ar.lookup_key(w) for w in data["verb_links"].get(kind, ())]
        free_links = ["مع", "ضد", "الي", "في", "تحت", "ضمن", "عن",
                      *(w for w in extra if w.split()[-1] not in _JOINABLE)]
        joined_links = [w for w in extra if w.split()[-1] in _JOINABLE]
        joined_alt = rf"|(?:{_trie(joined_links)})(?=ـ|{W})" if joined_links else ""
        links[kind] = re.compile(rf"[ \t\"'«»()]*(?:(?:{adverbs})[ \t]+)?(?:(?:{_trie(free_links)})[ \t]{joined_alt})")
    verb_obj = {ar.lookup_key(p) for phrases in data["verb_obj"].values() for p in phrases}
    svo = frozenset(ar.lookup_key(p) for phrases in data["verb_with"].values() for p in phrases
                    if ar.lookup_key(p) in verb_obj)
    between_nouns = {ar.lookup_key(n): _check_type(kind, n) for kind, nouns in data["between_nouns"].items()
                     for n in nouns}
    return Lexicon(cues, targets, cue_re, anaphor_re, state_words, state_re, state_search_re, nisba_re, links, svo,
                   between_nouns)
