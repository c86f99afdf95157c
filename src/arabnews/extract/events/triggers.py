"""The event lexicon: trigger words by ACLED type and sub-event type, casualty words, actor nouns,
idioms — read once from ``resources/event_triggers.yaml``, with every conjugation generated from a
compact table.  Triggers and casualty words are looked up word by word (:class:`WordIndex`: one dict
lookup per reading of a word, cached per word form); the other lists are compiled into trie regexes
that only run on the sentences that hold a trigger.

>>> lex = lexicon()
>>> sorted(f for f in lex.triggers if f.startswith("اعتقل"))[:4]
['اعتقل', 'اعتقلا', 'اعتقلت', 'اعتقلتا']
>>> lex.triggers["يقصفون"][0].subtype
'shelling/artillery/missile attack'
>>> lex.casualties["اصابتهم"].kind
'injured'
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import compress, count
from typing import Any

import regex

from ...lang.ar import load, lookup_key, trie_regex
from ...lang.ar.scan import GatedPattern, GateGroup
from ...lang.schema import ListOf, MapOf, Record, Words
from ...memo import WORD_MEMO_LIMIT, remember

RESOURCE = "event_triggers.yaml"

_VERB = Record({"past": str, "present": str}, {"then": str, "passive": bool}, label="past")
_ENTRY = Record({"type": str, "subtype": str, "verbs": ListOf(_VERB), "nouns": Words},
                {"weak": Words, "genitive": str, "person_object": Words, "protest_context": Words,
                 "headline_only": Words}, label="subtype")
_CASUALTY = Record({"verbs": ListOf(_VERB), "nouns": Words})
SCHEMA = Record({
    "types": MapOf(str, Words),
    "triggers": ListOf(_ENTRY),
    "refine": MapOf(str, Words),
    "protest_intervention": Words,
    "protest_excessive": Words,
    "strike_stems": Words,
    "riot_words": Words,
    "riot_verbs": ListOf(_VERB),
    "riot_self_objects": Words,
    "riot_weapons": Words,
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
    "economy_words": Words,
    "not_domain": Words,
    "protest_cues": Words,
    # the argument reader's and the retyping rules' lists (arguments.py, stage.py)
    "clause_connectors": Words,
    "clause_connector_pairs": Words,
    "attributive": Words,
    "attributive_links": Words,
    "state_light_verbs": Words,
    "joint_actor_links": Words,
    "group_anaphors": Words,
    "group_anaphor_members": Words,
    "affiliation_openers": Words,
    "counted_doer_verbs": Words, "injuring_doers": Words,
    "taking_after_words": Words,
    "instruments": Words,
    "trigger_adjectives": Words,
    "casualty_fillers": Words,
    "approx_words": Words,
    "armed_victims": Words,
    "death_nouns": Words,
    "fire_of": Words,
    "target_cues": Words,
    "suffer_verbs": Words,
    "place_heads": MapOf(str, int),
    "place_stops": Words,
    "place_relative_words": Words,
    "unnamed_day_words": Words,
    "result_verbs_before": Words,
    "conditional_cues": Words,
    "condition_followers": Words,
    "aggregate_words": Words,
    "spread_place_heads": Words,
    "place_reference_heads": Words,
    "media_names_before": Words,
    "denial": Words,
    "occurrence_nouns": Words,
    "negated_result_verbs": Words,
    "generic_attacks": Words,
    "killings": Words,
    "clashes": Words,
    "attributive_far": Words,
    "feminine_casualty_nouns": Words, "casualty_count_nouns": Words,
    "victim_casualty_nouns": Words, "victim_death_verbs": Words,
    "protester_stems": Words, "sound_plural_persons": Words, "dual_signs": Words, "not_dual_verbs": Words,
    "killing_manners": Words,
    "protester_nouns": Words,
    "protester_heads": Words,
    "protester_trials": Words,
    "gathering_verbs": ListOf(_VERB),
    "media_before": Words,
    "statement_nouns": Words,
    "action_speech_acts": MapOf(str, str),
    "accusation_acts": MapOf(str, str),
    "blame_acts": MapOf(str, str),
    "self_report": Words,
    "own_fighters": Words,
    "family_owners": Words,
    "place_parts": Words,
    "companion_nouns": Words, "joined_person_ranks": Words, "striking_subjects": Words,
    "neutralise_lexemes": Words,
    "neutralise_with_ala": Words,
    "neutralised_nouns": Words,
    "self_complementizers": Words,
    "time_nouns": Words,
    "time_before": Words,
    "time_after": Words,
    "time_parts": Words,
    "negated_count_links": Words,
    "prepositions": Words,
    "since_other": Words, "since_start_nouns": Words,
    "downing_words": Words,
    "projectile_nouns": Words, "projectile_launch": Words, "projectile_fall": Words,
    "weapon_destroying": Words, "launcher_nouns": Words, "destroyed_counts": Words,
    "destroying_forces": Words, "in_flight": Words, "locative_words": Words, "shooting_places": Words,
    "firing_positions": Words,
    "operation_launches": Words, "military_operations": Words, "violent_protest_adverbs": Words,
    "protest_verb_stems": Words,
    "downed_heads": Words,
    "doer_nouns": Words,
    "event_relative_verbs": Words,
    "seize_verbs": Words,
    "event_adjectives": Words,
    "condemn_verbs": Words,
    "condemn_nouns": Words,
    "comment_words": Words,
    "announce_verbs": Words,
    "deed_nouns": Words,
    "responsibility": Words,
    "perpetrator_nouns": Words,
    "operation_nouns": Words,
    "called_off": Words,
    "unasserted_cues": Words,
    "unasserted_fillers": Words,
    "intent_verbs": Words,
    "future_verbs": Words,
    "intent_infinitives": Words,
    "planned_adjectives": Words,
    "protest_adjectives": Words,
    "target_sites": Words,
    "object_nouns": Words,
    "victim_heads": Words,
    "quantity_heads": Words,
    "person_genitives": Words,
    "place_towns": Words,
    "weapon_adjectives": Words,
    "charge_cues": Words,
    "direct_fillers": Words,
    "charge_openers": Words,
    "addressee_fillers": Words,
    "done_cues": Words,
    "suffer_subject_stops": Words,
    "victim_verbs": Words,
    "not_genitives": Words,
    "opposing_adjectives": Words,
    "owner_links": Words,
    "decision_cues": Words,
    "call_cues": Words,
    "plan_cues": Words,
    "protest_adverbs": Words,
    "coming_days": Words,
    "warning_cues": Words,
    "threat_cues": Words,
    "suspect_nouns": Words,
    "suspect_links": Words,
    "crime_links": Words,
    "front_of": Words, "front_of_buildings": Words,
    "charged_links": Words,
    "pursuit_words": Words,
    "deed_verbs": Words, "doer_partitives": Words, "dead_nouns": Words,
    "raid_nouns": Words, "raid_doers": Words,
    "storming_lexemes": Words,
    "break_in_sites": Words,
    "break_in_doers": Words,
    "theft_words": Words,
    "robbery_lexemes": Words,
    "robber_nouns": Words,
    "robbery_generic": Words,
    "occupation_stems": Words,
    "pursuit_own_deeds": Words,
    "foil_cues": Words,
    "foil_nouns": Words,
    "staff_heads": Words,
    "official_titles": Words,
    "official_hit_verbs": Words,
    "case_nouns": Words,
    "enable_verbs": Words,
    "issued_statements": Words,
    "publish_verbs": Words,
    "court_heads": Words,
    "court_buildings": Words,
    "police_stems": Words,
    "sexual_cues": Words,
    "elimination_words": Words,
    "state_stems": Words,
    "recall_cues": Words,
    "recall_fillers": Words,
    "nearly_verbs": Words,
    "attempt_nouns": Words,
    "attempt_verbs": Words,
    "attempted_acts": Words,
    "plot_nouns": Words,
    "rumour_nouns": Words,
    "rumour_report_nouns": Words,
    "rumour_hedges": Words,
    "rumour_adjectives": Words,
    "rumour_about_links": Words,
    "rumour_that_links": Words,
    "rumour_naming": Words,
    "rumour_breaks": Words,
    "rumour_relatives": Words,
    "rumour_denials": Words,
    "survive_words": Words,
    "intercept_words": Words,
    "air_defence": Words,
    "air_places": Words,
    "accuse_verbs": Words,
    "accuse_verbs_with_object": Words,
    "air_place_breaks": Words,
    "charged_aircraft": Words,
    "doer_copulas": Words,
    "place_non_names": Words,
    "unarmed_group_kinds": Words,
    "unarmed_groups": Words,
    "political_senses": Words,
    "left_processes": Words,
    "political_leavers": Words,
    "leaver_quantifiers": Words,
    "undertaking_verbs": Words,
    "undertaken_acts": Words,
    "deliberate_verbs": Words,
    "violent_only": Words,
    "verbal_attacks": Words,
    "criticism_cues": Words,
    "destination_words": Words, "destination_fillers": Words, "travel_words": Words,
    "unit_seat_words": Words, "abstract_threats": Words, "act_place_stops": Words,
    "member_nouns": Words, "beneficiary_words": Words, "group_name_heads": Words, "arrest_order_verbs": Words,
    "border_with_words": Words, "border_adjectives": Words, "dateline_dashes": Words, "not_domain_names": Words,
    "riot_tyres": Words,
    "crowd_construct_heads": Words, "road_block_undertakings": Words, "road_block_people": Words,
    "protest_cause_words": Words, "subject_before_verb": Words, "idioms_calls": Words,
    "criticized_objects": Words, "criticism_settings": Words, "criticism_setting_kinds": Words,
    "objected_words": Words, "protest_places": Words, "career_words": Words,
    "agent_after_min": Words, "perpetration_verbs": Words, "perpetration_with_bi": Words,
    "claim_verbs": Words,
    "attempt_cues": Words,
    "taken_harm_verbs": Words,
    "kin_nouns": Words,
    "animal_nouns": Words,
    "protest_denounce_words": Words,
    "protest_denounced_deaths": Words,
    "pretence_cues": Words,
    "robbery_metaphors": Words,
    "clashes_with": Words, "clash_instruments": Words,
    "own_deed_verbs": Words, "spokesman_nouns": Words, "documenting_verbs": Words,
    "naming_verbs": Words, "leader_links": Words, "quoted_speaker_heads": Words,
    "plural_casualties": Words, "terror_adjectives": Words, "military_sites": Words,
    "mixed_casualty_killed": Words, "mixed_casualty_injured": Words, "lone_doers": Words,
    "one_of_words": Words, "one_of_people": Words, "vague_count_nouns": Words, "vague_count_adjectives": Words,
    "participation_words": Words, "suicide_doers": Words,
    "passive_auxiliaries": Words,
    "assault_lexemes": Words,
    "cause_words": Words, "death_causes": Words,
    "death_cause_falls": Words, "dispersals": Words, "vehicle_nouns": Words, "ramming_words": Words,
    "weapon_quantities": Words,
    "abstract_objects": Words,
    "burning_lexemes": Words,
    "burnt_alive": Words,
    "to_death": Words,
    "to_death_harms": Words,
    "kin_of_names": Words,
    "victim_labels": Words,
    "burnt_waste": Words,
    "clash_sides": Words,
    "clash_crowds": Words,
    "scuffles": Words,
    "robbery_acts": Words,
    "robbed_owners": Words,
    "robbery_waylay": Words,
    "result_death_nouns": Words,
    "result_death_cues": Words,
    "execution_lexemes": Words,
    "sentence_words": Words,
    "carried_out": Words,
    "animals": Words,
    "slaughter_lexemes": Words,
    "traps": Words,
    "territory_lexemes": Words,
    "territory_nouns": Words,
    "territory_quantifiers": Words,
    "seizure_lexemes": Words, "spoils_nouns": Words, "crossing_nouns": Words, "battle_cues": Words,
    "unmanned_aircraft": Words, "drone_cues": Words, "surveillance_words": Words,
    "non_state_stems": Words, "unknown_stems": Words, "non_state_group_kinds": Words,
    "weapon_display_after": Words, "parade_nouns": Words, "parade_adjectives": Words,
    "display_verbs": Words, "parade_attack_words": Words, "aimed_at": Words, "missile_words": Words,
    "missile_tests": Words,
    "weapon_lexemes": Words,
    "weapon_making": Words,
    "agreement_breaches": Words,
    "gear_nouns": Words,
    "origin_people": Words, "native_words": Words, "among_counted": Words, "casualty_in_act": Words,
    "weapon_finding": Words,
    "cyber_words": Words, "cyber_media": Words, "attacking_animals": Words, "animal_name_openers": Words,
    "working_animal_words": Words, "animal_helpers": Words,
    "bare_passive_next": Words,
    "weapon_countering": Words, "weapon_defusing": Words, "hypothetical_results": Words, "may_results": Words,
    "blast_lexemes": Words, "industrial_sites": Words, "stations": Words, "plant_words": Words,
    "depots": Words, "munitions": Words,
    "road_accident_heads": Words, "road_accident_kinds": Words, "collision_nouns": Words, "road_vehicles": Words,
    "stopped_forms": Words,
    "crime_evidence": Words,
    "attack_evidence": Words,
    "shooting_lexemes": Words,
    "exchange_words": Words,
    "anaphoric_nouns": Words,
    "anaphoric_plurals": Words,
    "committed_verbs": Words,
    "reflexives": Words,
    "member_links": Words,
    "member_construct_nouns": Words, "met_death_verbs": Words, "warrant_nouns": Words,  # session 39
    "member_verbs": Words,
    "another_attack": Words,
    "restated_nouns": MapOf(str, str), "restated_arrests": Words, "restated_killings": Words,
    "object_pronouns": Words, "demonstratives": Words, "among_words": Words, "town_parts": Words,
    "demand_verbs": Words, "halt_nouns": Words, "renewal_words": Words,
    "pronoun_arrest_cues": Words, "containing_words": Words,
    "similar_attack": Words,
    "takedown_lexemes": Words, "takedown_objects": Words, "takedown_fillers": Words, "gang_nouns": Words,
    "suspended_from": Words,
    "unit_heads": Words, "detachment_heads": Words,
    "force_words": Words, "drill_nouns": Words, "during_words": Words, "tie_nouns": Words, "force_heads": Words,
})

#: The proclitics of other word lists (their entries are written with the article where it occurs).
WORD_PREFIX = r"[وف]?(?:[بك]?ال|لل|[بلكس])?"
_LEFT = r"(?<![\p{L}\p{M}\p{N}_])"
_RIGHT = r"(?![\p{L}\p{M}\p{N}_])"
#: The characters a word of these lists is made of (the class of the boundaries above).
_RUN_CHAR = r"[\p{L}\p{M}\p{N}_]"
#: The lists are matched in the same sentences: their gates read a sentence once for all of them.
_GROUP = GateGroup(_RUN_CHAR)

_PAST_SUFFIXES = ("", "ت", "ا", "تا", "وا", "ن", "نا", "تم")
_PAST_OBJECT = ("ه", "ها", "هم", "هما", "ته", "تها", "تهم", "وه", "وها", "وهم")
_PRESENT_SUFFIXES = ("", "ان", "ون", "ن", "وا", "ه", "ها", "هم", "ونه", "ونها", "ونهم")
#: The third person's object and possessive pronouns a trigger or a noun may end with ("أعدمه", "اعتقالهم").
PRONOUNS = ("ه", "ها", "هم", "هما")


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
    needs_protest: bool = False  # an event only with a protest cue in its sentence ("تظاهرة": also a festival)
    #: "protesters" (a protester noun: "المحتجين") or "gathering" (a verb: "احتشد"), read apart as the protest
    #: of a sentence that has none (see ``protester_nouns`` in the resource)
    family: str = ""
    #: an event only in a headline told subject first, a person before it and after it ("طالبة تطعن زميلتها";
    #: the bare verb is as often an appeal, "يطعن في قرار إقالته"; session 46)
    headline: bool = False


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
        return [n, stem + "ان", stem + "ين", *(stem + p for p in PRONOUNS)]
    return [n, n + "ا", n + "ان", n + "ين", *(n + p for p in PRONOUNS)]


@dataclass(frozen=True)
class Lexicon:
    """Every word list of the stage, folded, and its compiled regexes."""

    types: Mapping[str, tuple[str, ...]]
    triggers: Mapping[str, tuple[TriggerInfo, ...]]
    casualties: Mapping[str, CasualtyInfo]
    trigger_index: WordIndex
    casualty_index: WordIndex
    result_re: Any
    idiom_re: Any
    domain_re: Any
    #: The sport and culture words alone (not the economy's): they leave a protest only with a protest cue
    leisure_re: Any
    #: Phrases whose domain word has another sense ("الطريق الرابطة بين"): no domain word inside them
    not_domain_re: Any
    accident_re: Any
    protest_re: Any
    actor_re: Any
    #: The definite armed actor nouns after "لل", which drops their alif ("غارة جوية للتحالف"), without the article
    actor_ll_re: Any
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
    #: The rioters' verbs (folded forms, read word by word: not a regex of the shared gate) → the word after them
    riot_then: Mapping[str, str]


def _words_re(words: Iterable[str], prefix: str = WORD_PREFIX) -> GatedPattern:
    """The pattern of a word list (with ``prefix`` before it), tried only where one of its words stands."""
    keys = {lookup_key(w) for w in words}
    pattern = regex.compile(_LEFT + f"(?:{prefix})(?P<w>" + trie_regex(keys) + ")" + _RIGHT)
    return GatedPattern(pattern, prefix, keys, _RUN_CHAR, group=_GROUP)


#: :meth:`WordIndex._splits` by a word's first three letters (bounded as the other per-word memos).
_SPLITS: dict[str, tuple[tuple[int, bool], ...]] = {}


class WordIndex:
    """A lexicon of one- and multi-word forms, looked up token by token instead of by a regex scan:
    each word is tried without its proclitics (longest first) and with or without its article, and a
    multi-word form must continue on the next tokens of the same line.

    >>> idx = WordIndex(["قصف", *noun_forms("غارات جوية"), "اشتباكات"])
    >>> idx.match(["وبالاشتباكات", "بين"], 0)
    (2, 'الاشتباكات', 'اشتباكات', 1)
    >>> idx.match(["الغارات", "الجويه"], 0)
    (0, 'الغارات الجويه', 'الغارات الجويه', 2)
    """

    def __init__(self, forms: Iterable[str]) -> None:
        self.forms: dict[str, list[tuple[str, ...]]] = {}
        for form in forms:
            words = tuple(form.split(" "))
            self.forms.setdefault(words[0], []).append(words)
        for rests in self.forms.values():
            rests.sort(key=len, reverse=True)

    def _tail(self, first: str, words: list[str], i: int) -> tuple[str, int] | None:
        for form in self.forms.get(first, ()):
            if len(form) == 1:
                return first, 1
            rest = form[1:]
            if tuple(words[i + 1:i + len(form)]) == rest:
                return " ".join(form), len(form)
            # the definite phrase of an indefinite entry: "الغارات الجويه" for "غارات جويه"
        return None

    def may_match(self, word: str) -> bool:
        """Could a form start at ``word``?  (The cheap test run on every word; cached by the caller.)"""
        forms = self.forms
        for plen, lil in self._splits(word):
            stem = word[plen:]
            if stem in forms or (not lil and stem.startswith("ال") and stem[2:] in forms):
                return True
        return False

    @staticmethod
    def _splits(word: str) -> tuple[tuple[int, bool], ...]:
        """(prefix length, ل + the article?) of each proclitic reading of ``word``, longest first.
        They depend on its first three letters only (and on its length below three, which ``word[:3]``
        keeps): made once per such start (a bounded memo) rather than built and sorted at every match.

        >>> WordIndex._splits("وللقصف"), WordIndex._splits("قصف")
        (((3, True), (2, False), (1, False), (0, False)), ((0, False),))
        """
        head = word[:3]
        hit = _SPLITS.get(head)
        if hit is None:
            splits: list[tuple[int, bool]] = []
            for c in ((1, 0) if head[:1] in "وف" else (0,)):
                rest = head[c:]
                if rest.startswith("لل"):
                    splits.append((c + 2, True))  # ل + the article: "للاحتجاجات"
                if rest[:1] in "بلكس":
                    splits.append((c + 1, False))
                splits.append((c, False))
            splits.sort(key=lambda sp: -sp[0])
            hit = remember(_SPLITS, head, tuple(splits))
        return hit

    def match(self, words: list[str], i: int) -> tuple[int, str, str, int] | None:
        """A form starting at word ``i``: (prefix length, matched text, lexicon key, number of words)."""
        word = words[i]
        splits = self._splits(word)
        forms = self.forms
        for plen, lil in splits:
            stem = word[plen:]
            if len(stem) < 2:
                continue
            if stem in forms:
                found = self._tail(stem, words, i)
                if found:
                    return plen, found[0], found[0], found[1]
            if not lil and stem.startswith("ال") and stem[2:] in forms:
                found = self._tail(stem[2:], words, i)
                if found:
                    return plen, "ال" + found[0], found[0], found[1]
        return None


class WordFacts:
    """The word forms that have a fact, remembered per process: a sentence's words are read with set
    operations and a map in C, and only its forms not seen before are tested (``test`` takes a set of
    forms and gives those that have the fact).  Bounded as the other per-word memos
    (:data:`~arabnews.memo.WORD_MEMO_LIMIT`: a memo that reaches it starts afresh).

    >>> openers = WordFacts(lambda forms: (w for w in forms if w.lstrip("و") == "ثم"))
    >>> openers.positions(["قال", "وثم", "ثم", "قال"])
    [1, 2]
    """

    def __init__(self, test: Callable[[set[str]], Iterable[str]]) -> None:
        self._test = test
        self._seen: set[str] = set()  # forms already tested
        self._hot: set[str] = set()  # those that have the fact

    def having(self, forms: set[str]) -> set[str]:
        """The ``forms`` that have the fact."""
        seen, hot = self._seen, self._hot
        new = forms - seen
        if new:
            if len(seen) > WORD_MEMO_LIMIT:
                seen.clear()
                hot.clear()
                new = forms
            hot.update(self._test(new))
            seen |= new
        return forms & hot

    def positions(self, words: Sequence[str]) -> list[int]:
        """The indexes of the ``words`` that have the fact, in order."""
        here = self.having(set(words))
        if not here:
            return []
        return list(compress(count(), map(here.__contains__, words)))


def _add(table: dict[str, Any], forms: Iterable[str], value: Any) -> None:
    for form in forms:
        table.setdefault(form, value)


def word_set(key: str) -> frozenset[str]:
    """The words of the list ``key`` of the resource (read and checked once), as written: the lists of
    the argument reader are written folded in the file."""
    return frozenset(load(RESOURCE, SCHEMA)[key])


def word_table(key: str) -> dict[str, Any]:
    """The mapping ``key`` of the resource (read and checked once), as written (folded keys)."""
    return dict(load(RESOURCE, SCHEMA)[key])


def _add_protesters(triggers: dict[str, list[TriggerInfo]], data: Mapping[str, Any]) -> None:
    """Add the protester nouns and the gathering verbs to ``triggers`` as peaceful protests of their family.

    >>> table: dict[str, list[TriggerInfo]] = {}
    >>> _add_protesters(table, load(RESOURCE, SCHEMA))
    >>> table["متظاهرين"][0].family, table["احتشدوا"][0].family, table["اغلقوا"][0].then
    ('protesters', 'gathering', 'الطريق')
    """
    for noun in data["protester_nouns"]:
        key = lookup_key(noun)
        info = TriggerInfo("protests", "peaceful protest", key, "noun", family="protesters")
        triggers.setdefault(key, []).append(info)
    for verb in data["gathering_verbs"]:
        lex = lookup_key(verb["past"])
        then = lookup_key(verb["then"]) if "then" in verb else None
        info = TriggerInfo("protests", "peaceful protest", lex, "verb", then=then, family="gathering")
        for form in verb_forms(verb["past"], verb["present"]):
            if not form.endswith(PRONOUNS):  # "صورة تجمعه برئيس الوزراء": brings together, not gathers
                triggers.setdefault(form, []).append(info)


def _riot_deed_forms(verbs: Iterable[Mapping[str, str]]) -> dict[str, str]:
    """The surface forms of the rioters' verbs → the word that must follow them within a few words ("" if none).

    >>> forms = _riot_deed_forms([{"past": "أضرم", "present": "ضرم", "then": "النار"},
    ...                           {"past": "رشق", "present": "رشق"}])
    >>> [(f, forms[f]) for f in ("اضرموا", "تضرم", "رشقوا", "يرشقون") if f in forms]
    [('اضرموا', 'النار'), ('تضرم', 'النار'), ('رشقوا', ''), ('يرشقون', '')]
    """
    out: dict[str, str] = {}
    for verb in verbs:
        then = lookup_key(verb["then"]) if "then" in verb else ""
        out.update((form, then) for form in verb_forms(verb["past"], verb["present"]))
    return out


@cache
def lexicon() -> Lexicon:
    """The shipped lexicon, built once."""
    data = load(RESOURCE, SCHEMA)
    triggers: dict[str, list[TriggerInfo]] = {}
    # Multi-word and specific entries first, so that "هجوم انتحاري" is a suicide bomb and "هجوم" a clash.
    for entry in data["triggers"]:
        weak = {lookup_key(w) for w in entry.get("weak", ())}
        person = {lookup_key(w) for w in entry.get("person_object", ())}
        headline = {lookup_key(w) for w in entry.get("headline_only", ())}
        genitive = entry.get("genitive", "actor")
        for verb in entry["verbs"]:
            lex = lookup_key(verb["past"])
            forms = verb_forms(verb["past"], verb["present"])
            then = lookup_key(verb["then"]) if "then" in verb else None
            if then:
                forms = [f for f in forms if not f.endswith(PRONOUNS)]
            info = TriggerInfo(entry["type"], entry["subtype"], lex, "verb", lex in weak, lex in person, genitive,
                               then, bool(verb.get("passive")), headline=lex in headline)
            for form in forms:
                triggers.setdefault(form, []).append(info)
        protest = {lookup_key(w) for w in entry.get("protest_context", ())}
        for noun in entry["nouns"]:
            lex = lookup_key(noun)
            info = TriggerInfo(entry["type"], entry["subtype"], lex, "noun", lex in weak, lex in person, genitive,
                               needs_protest=lex in protest)
            for form in noun_forms(noun):
                if lex in protest:  # "تظاهرة" is no تظاهر + ه: the noun's context rule must hold
                    triggers[form] = [i for i in triggers.get(form, []) if i.pos != "verb"]
                if not any(i.pos == "noun" for i in triggers.get(form, [])):
                    triggers.setdefault(form, []).append(info)
    _add_protesters(triggers, data)
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
    deeds = _riot_deed_forms(data["riot_verbs"])
    refine = tuple((subtype, _words_re(words)) for subtype, words in data["refine"].items())
    return Lexicon(
        types={k: tuple(v) for k, v in data["types"].items()},
        triggers={form: tuple(infos) for form, infos in triggers.items()},
        casualties=casualties,
        trigger_index=WordIndex(triggers),
        casualty_index=WordIndex(casualties),
        result_re=_words_re(data["result_cues"], prefix=""),
        idiom_re=_words_re([*data["idioms"], *data["idioms_calls"]]),
        domain_re=_words_re([*data["domain_words"], *data["economy_words"]]),
        leisure_re=_words_re(data["domain_words"]),
        not_domain_re=_words_re([*data["not_domain"], *data["not_domain_names"]]),
        accident_re=_words_re(data["accident"]),
        protest_re=_words_re(data["protest_cues"]),
        actor_re=_words_re([*nouns["armed"], *nouns["civilian"], *nouns["people"]], prefix=r"[وف]?[بلك]?"),
        # (the armed ones: who owns a strike or a raid; the gates' union stays a listed set, JOINED_MOST)
        actor_ll_re=_words_re([k[2:] for k in (lookup_key(w) for w in nouns["armed"]) if k.startswith("ال")],
                              prefix=r"[وف]?لل"),
        armed=frozenset(lookup_key(w) for w in nouns["armed"]) - {lookup_key(w) for w in nouns["civilian"]},
        civilian=frozenset(lookup_key(w) for w in nouns["civilian"]),
        people=frozenset(lookup_key(w) for w in nouns["people"]),
        civilian_sites=_words_re([f for w in data["civilian_sites"] for f in noun_forms(w)]),  # "مسجدا", "حافلتين"
        weapon_cues=frozenset(lookup_key(w) for w in data["weapon_cues"]),
        persons=frozenset(lookup_key(w) for w in data["persons"]),
        arrest_objects=frozenset(lookup_key(w) for w in data["arrest_objects"]),
        negation=frozenset(lookup_key(w) for w in data["negation"]),
        refine=refine,
        protest_intervention=_words_re(data["protest_intervention"]),
        protest_excessive=_words_re(data["protest_excessive"]),
        riot_words=_words_re([*data["riot_words"], *data["riot_tyres"]]),
        riot_then=deeds,
    )
