"""The events stage's gates: whether a trigger at a place in its sentence tells an event (an accident, a
metaphor, a hypothetical, a parade, a weapon as a thing, …), as a base class of :class:`.stage.EventExtractor`."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from typing import Any

from ...lang.ar import clitic_splits, fold, lookup_key
from ...lang.ar.words import nisba_countries
from .arguments import (
    APPROX_WORDS,
    CONJ_BI_LI,
    CONNECTORS,
    INSTRUMENTS,
    VIOLENT_TYPES,
    Candidate,
    LayerIndex,
    Mention,
    SentenceView,
    _object_head,
    _possessed,
    _suffered_by_subject,
    animal_noun,
    hit_noun_at,
    killing_subject,
    kin_object,
    kin_with_pronoun,
    near_miss,
    negated,
    person_word,
    stems,
)
from .clues import (
    _AGGREGATE_WORDS,
    _BECOMING,
    _RELATIVE_PRONOUNS,
    ARMED_EVIDENCE,
    _charge_listed,
    _far_call,
    _held_now,
    _in,
    _long_ago,
    _nisba_of,
    _object_after_on,
    _on_after_subject,
    _plant_after,
    _plural_feminine,
    _TextBefore,
    charged_act,
)
from .crowds import people_block_road
from .sentences import _ARTICLE, Draft, _domain_words, _SentenceFacts
from .triggers import PRONOUNS, Lexicon, TriggerInfo, word_set
from .vocab import (
    _ABOUT_IT,
    _BREAK_IN_REACH,
    _CALL_REACH,
    _COMING_DATE_REACH,
    _ENTERING,
    _EXCHANGE_REACH,
    _FOUGHT_AFTER,
    _GENERIC_REACH,
    _IN_ATTACK,
    _INTENT_REACH,
    _ONE_OF,
    _OPERATIONS,
    _ORDER_REACH,
    _PERSON_UNITS,
    _PRETENCE_REACH,
    _PRONOUN_PERSON_REACH,
    _PROTEST_TYPES,
    _QUOTE_MARKS,
    _SEIZED_STOPS,
    _SUFFER_REACH,
    _TAKEDOWN_REACH,
    _TO_WORDS,
    _UNDERTAKING_REACH,
    ABSTRACT_OBJECTS,
    ACCIDENT_REACH,
    AGREEMENT_BREACHES,
    AIMED_AT,
    AIR_DEFENCE,
    ANAPHORIC_NOUNS,
    ANIMAL_HELPERS,
    ANIMAL_NAME_OPENERS,
    ANIMALS,
    ANNOUNCE_VERBS,
    ARREST_ORDERS,
    ASSAULTS,
    ATTACK_EVIDENCE,
    ATTACKING_ANIMALS,
    ATTEMPT_CUES,
    BATTLE_CUES,
    BLAST_LEXEMES,
    BREAK_IN_SITES,
    BURNINGS,
    BURNT_ALIVE,
    BURNT_WASTE,
    CALL_CUES,
    CAREER_WORDS,
    CARRIED_OUT,
    CHARGE_CUES,
    CHARGED_AIRCRAFT,
    CLAIM_VERBS,
    CLASH_CROWDS,
    COMING_DAYS,
    CONTAINING_WORDS,
    CRITICISM_CUES,
    CRITICISM_REACH,
    CRITICISM_SETTING_KINDS,
    CRITICISM_SETTINGS,
    CRITICIZED_OBJECTS,
    CROSSINGS,
    CYBER_MEDIA,
    CYBER_WORDS,
    DEATH_CAUSE_FALLS,
    DEATH_CAUSE_REACH,
    DEATH_CAUSES,
    DECISION_CUES,
    DEED_VERBS,
    DELIBERATE_VERBS,
    DEPOT_WORDS,
    DESTROY_REACH,
    DESTROYED_COUNTS,
    DIRECT_FILLERS,
    DISPLAY_VERBS,
    DOWNED_HEADS,
    DOWNING_WORDS,
    DRONE_CUES,
    EVENT_ADJECTIVES,
    EXCHANGES,
    EXECUTIONS,
    EXPLOSIONS,
    FIRING_POSITIONS,
    FRONT_OF,
    FUTURE_VERBS,
    GEAR_NOUNS,
    GENERIC_ATTACKS,
    HARM_BUT_KILLING,
    HYPOTHETICAL_RESULTS,
    IN_FLIGHT,
    INTENT_INFINITIVES,
    INTENT_VERBS,
    INTERCEPT_WORDS,
    KIN_NOUNS,
    LAUNCHER_NOUNS,
    LEAVER_QUANTIFIERS,
    LEFT_PROCESSES,
    MAY_RESULTS,
    MISSILE_WORDS,
    MUNITIONS,
    NEUTRALISE_WITH_ALA,
    NEUTRALISED,
    OBJECTED_WORDS,
    PARADE_ADJECTIVES,
    PARADE_ATTACK_WORDS,
    PARADE_NOUNS,
    PASSIVE_AUXILIARIES,
    PERPETRATED_WITH_BI,
    PLAN_CUES,
    PLANNED_ADJECTIVES,
    POLICE_STEMS,
    POLITICAL_LEAVERS,
    PREPOSITIONS,
    PRETENCES,
    PROJECTILE_FALL,
    PROJECTILE_LAUNCH,
    PROJECTILE_REACH,
    PROTEST_ADJECTIVES,
    PROTEST_PLACES,
    PROTESTER_HEADS,
    PROTESTER_STEMS,
    PROTESTER_TRIALS,
    QUOTE_MARKS,
    REFLEXIVES,
    RELATIVES,
    RESPONSIBILITY,
    ROBBER_NOUNS,
    ROBBERY_GENERIC,
    ROBBERY_LEXEMES,
    ROBBERY_METAPHORS,
    SCUFFLE_BETWEEN_REACH,
    SCUFFLE_SIDES_REACH,
    SEIZING,
    SENTENCE_WORDS,
    SHOOTING_PLACES,
    SLAUGHTERS,
    SPOILS,
    STOPPAGES_SINGULAR,
    SUFFER_VERBS,
    SURVEILLANCE,
    SUSPECTS,
    SUSPENDED_FROM,
    TAKEDOWN_FILLERS,
    TAKEDOWN_OBJECTS,
    TAKEN_HARM,
    TERRITORY_NOUNS,
    THEFT_WORDS,
    THREATS,
    TIME_AFTER,
    TIME_BEFORE,
    TIME_PARTS,
    TO_DEATH,
    TO_DEATH_HARMS,
    TO_DEATH_REACH,
    TOLD_OF,
    UNASSERTED_CUES,
    UNASSERTED_FILLERS,
    UNDERTAKEN_ACTS,
    UNDERTAKING_VERBS,
    UNIT_HEADS,
    VEHICLE_NOUNS,
    VICTIM_HEADS,
    WARNINGS,
    WEAPON_COUNTERING,
    WEAPON_DEFUSING,
    WEAPON_DESTROYING,
    WEAPON_DISPLAY_AFTER,
    WEAPON_FINDING,
    WEAPON_LEXEMES,
    WEAPON_MAKING,
    WEAPON_QUANTITIES,
    WORKING_ANIMAL_WORDS,
    _own_forces,
)

#: The past of "توقف" (stopped), spelled as the present of "أوقف" (`stopped_forms`).
_STOPPED = word_set("stopped_forms")

#: How many words before a burning noun with a pronoun the waste it burns may stand ("يلقي بالفضلات في الطريق العام
#: أو في غير الأماكن المخصصة لها أو حرقها"; session 47).
WASTE_REACH = 14


def undertaken_act(word: str) -> str | None:
    """The verbal noun of harm (``undertaken_acts``) the folded ``word`` is, with a proclitic, the article or a
    pronoun ("بسلب" → "سلب", "وبالطعن" → "طعن", "طعنه" → "طعن"); else None."""
    return next((a for s in stems(word, CONJ_BI_LI) for s in (s, s[2:] if s.startswith("ال") else s)
                 for a in (s, *(s[:-len(p)] for p in PRONOUNS if s.endswith(p))) if a in UNDERTAKEN_ACTS), None)

def burnt_alive(view: SentenceView, lexeme: str, kj: int) -> int | None:
    """The token of "حيا"/"حية"/"أحياء" (`burnt_alive`) right after the burning ending at token ``kj`` or after its
    victim, a person noun ("يحرق حيا", "أحرقه حيا", "حرق مستوطنون رضيعا حيا"): a killing (session 47, ev47b); else None.
    Not a quarter burnt, an adjective after it ("أحرقوا حيا سكنيا")."""
    if lexeme not in BURNINGS:
        return None
    words, n = view.words, len(view.words)
    for j in (kj, kj + 1):
        if j >= n or view.tokens[j].kind != "word":
            return None
        if words[j] in BURNT_ALIVE:
            nxt = words[j + 1] if j + 1 < n and view.tokens[j + 1].kind == "word" else ""
            return None if nxt.endswith("يا") or nxt in ("كاملا", "باكمله") else j
        if not person_word(view, words[j]):
            return None
    return None


def scuffle_sides(view: SentenceView, kj: int) -> bool:
    """Are the sides of the skirmish noun ending at token ``kj`` (`scuffles`) the police and a crowd: after "بين" a
    few words on ("صدامات أمس الجمعة 31 مارس 2017، بين الشرطة ومتظاهرين", "مناوشات بين مجموعة من شباب الجهة
    والأمن") or with the police after "مع" right after it (session 48, ev48b)?"""
    words, n = view.words, len(view.words)
    if kj < n and words[kj] == "مع":
        after = range(kj + 1, min(kj + 1 + SCUFFLE_SIDES_REACH, n))
        return any(stem in words[j] for j in after for stem in POLICE_STEMS)
    b = next((j for j in range(kj, min(kj + SCUFFLE_BETWEEN_REACH, n)) if words[j] == "بين"), None)
    if b is None:
        return False
    sides = [words[j] for j in range(b + 1, min(b + 1 + SCUFFLE_SIDES_REACH, n)) if view.tokens[j].kind == "word"]
    return any(stem in w for w in sides for stem in POLICE_STEMS) and \
        any(stem in w for w in sides for stem in CLASH_CROWDS + PROTESTER_STEMS)


def to_death(view: SentenceView, lexeme: str, kj: int) -> int | None:
    """The token of "حتى" of "حتى الموت" (`to_death`) within a few words after a harm (`to_death_harms`) ending at
    token ``kj``, its clause going on ("بحرق ممرضة حتى الموت", "طعنه حتى الموت", "طعن مهاجمون حتى الموت خمسة
    أشخاص"): a killing (session 47, ev47b); else None."""
    if lexeme not in TO_DEATH_HARMS:
        return None
    words, n = view.words, len(view.words)
    for j in range(kj, min(kj + TO_DEATH_REACH, n - 1)):
        if view.tokens[j].kind == "punct":
            return None
        if (words[j], words[j + 1]) in TO_DEATH:
            return j
    return None


#: The verbs of doing and of undertaking with و/ف or none, one set lookup per word (:meth:`TriggerGates._undertaken`).
_DEED_FORMS = frozenset(p + v for v in DEED_VERBS for p in ("", "و", "ف"))
_UNDERTAKING_FORMS = frozenset(p + v for v in UNDERTAKING_VERBS for p in ("", "و", "ف"))

class TriggerGates:
    """Whether a trigger tells an event: the tests of the events stage that read its sentence."""

    lex: Lexicon
    min_confidence: float
    standalone_killings: bool
    _pursuit: AbstractSet[str]


    @staticmethod
    def _vehicle_storming(view: SentenceView, k: int, kj: int, cands: list[Candidate]) -> bool:
        """Is the storming at tokens ``[k, kj)`` a vehicle's or a driver's (`vehicle_nouns`): one of them among the
        four words of its clause before it or the two after it ("واقتحمت السيارة منطقة السباق", "اقتحام شاحنة سوقا",
        "أقدم سائق سيارة طراز فيراري على اقتحام مركز"), with no armed candidate in the sentence ("اقتحمت قوات
        الاحتلال بسياراتها العسكرية البلدة")?"""
        if any(c.klass in ("armed", "group") for c in cands):
            return False
        c = view.clause_of(k)
        near = [j for j in range(max(k - 4, 0), min(kj + 2, len(view.words))) if not k <= j < kj]
        return any(view.clause_of(j) == c and view.is_word(j, VEHICLE_NOUNS) for j in near)

    @staticmethod
    def _died_in(view: SentenceView, kj: int, drafts: list[Draft]) -> Draft | None:
        """The violent event whose dead a killing word ending at token ``kj`` counts: the first violent trigger
        after it in the sentence, within `DEATH_CAUSE_REACH` words, right after a word of the cause
        (`death_causes`: "في", "إثر", "جراء", "خلال") or written with ب ("بانفجار"), with no clause connector
        between ("مقتل 4 سيّاح … وإصابة 13 آخرين إثر انفجار حافلة", "قتل 21 شخصا … اليوم السبت في تفجيرين",
        "سقوط قتلى في قصف")."""
        after = [d for d in drafts if d.k >= kj and d.type in VIOLENT_TYPES and not d.negated]
        if not after:
            return None
        d = min(after, key=lambda x: x.k)
        # (a word of falling between the cause and the weapon: "قتل طفلان إثر سقوط قذيفة", session 34)
        cause = d.k - 2 if d.k - 2 >= kj and view.words[d.k - 1] in DEATH_CAUSE_FALLS else d.k - 1
        if d.k - kj > DEATH_CAUSE_REACH or any(w in CONNECTORS for w in view.words[kj:cause]):
            return None
        token = view.tokens[d.k]
        if view.is_word(cause, DEATH_CAUSES) or (d.start > token.start and view.words[d.k].startswith("ب")):
            return d
        return None

    @staticmethod
    def _targets_thing(view: SentenceView, kj: int, cands: list[Candidate]) -> bool:
        """Does the noun of targeting ending at token ``kj`` aim at something a strike hits: a pronoun on it
        ("استهدافهم"), a thing hit right after it ("استهداف مدرعة شرطة", "موقع", "سيارته"), a person or armed
        candidate there ("استهداف المصلين"), the aircraft that strike ("استهداف الطيران الإسرائيلي") or a nation's
        nisba ("استهداف إسرائيلي")?  Not an institution or a sector ("استهداف المؤسسة العسكرية")."""
        if kj >= len(view.words):
            return False
        own = view.words[kj - 1]
        if own.endswith(PRONOUNS) and not own.endswith("استهداف"):
            return True
        w = view.words[kj]
        bare = w[2:] if w.startswith("ال") else w
        # "سيارته": the thing with a pronoun, its ta marbuta written ت
        stem = next((bare[:-len(p)] for p in sorted(PRONOUNS, key=len, reverse=True) if bare.endswith(p)), "")
        token = view.tokens[kj]
        return hit_noun_at(view, kj) or (stem.endswith("ت") and _object_head(stem[:-1] + "ه")) or w in INSTRUMENTS \
            or bare in DOWNED_HEADS or _nisba_of(w) in nisba_countries() \
            or any(c.ti == kj and c.klass in ("group", "armed", "people", "civilian") for c in cands) \
            or bool(view.matches(view.lex.civilian_sites, token.start, token.end))

    @staticmethod
    def _taken_harm(view: SentenceView, drafts: list[Draft], cands: list[Candidate]) -> list[tuple[int, str]]:
        """(verb token, lemma) of each verb of killing (`taken_harm_verbs`, past) right after the person an arrest
        takes (an adjective at most between), with a person or kin right after it ("ضبطت الأجهزة الأمنية عاطلا قتل
        زوجته", "القبض على رجل ذبح والده", "ألقت الشرطة القبض على شابين طعنا طالبا"); not the passive ("القبض على شاب
        قتل في الاشتباكات": no person after it), nor an act on oneself."""
        out: list[tuple[int, str]] = []
        words, n = view.words, len(view.words)
        taken = {d.k for d in drafts}
        for a in drafts:
            if a.subtype != "arrests":
                continue
            # (not the arresting body between: "ضبطت الأجهزة الأمنية عاطلا", "ألقت الشرطة القبض على شخص")
            people = {c.ti: c for c in cands if c.klass in ("people", "civilian")}
            person = next((j for j in range(a.kj, min(a.kj + 6, n)) if view.tokens[j].kind == "word"
                           and (person_word(view, words[j]) or j in people)), None)
            if person is None:
                continue
            end = people[person].tj if person in people else person + 1
            for v in (end, end + 1):
                if v + 1 >= n or v in taken or words[v] not in TAKEN_HARM or view.tokens[v + 1].kind != "word":
                    continue
                between = words[end]
                if v == end + 1 and (view.tokens[end].kind != "word" or between in PREPOSITIONS
                                     or between.startswith(("ب", "ل", "ف", "و")) or between in CHARGE_CUES):
                    continue  # "اعتقال رجل بتهمة قتل طفلة": the charge, a noun (an adjective may stand between)
                victim = words[v + 1]
                # "زوجته", "شقيقها", "والدهم": the kin with a possessive pronoun (its ة written ت)
                held = {victim} | {victim[:-len(p)] for p in ("هما", "هم", "ها", "ه") if victim.endswith(p)
                                   and len(victim) - len(p) >= 2}
                held |= {h[:-1] + "ه" for h in held if h.endswith("ت")}
                if victim in REFLEXIVES or not any(person_word(view, h) or h in KIN_NOUNS for h in held):
                    continue
                out.append((v, TAKEN_HARM[words[v]]))
                break
        return out

    @staticmethod
    def _kin_harm(view: SentenceView, drafts: list[Draft]) -> list[tuple[int, str]]:
        """(verb token, lemma) of each past verb of harm (`taken_harm_verbs` but "قتل", which the killing words read)
        with a one-word person noun after it, its subject, and then a kin noun with its pronoun, its object ("ذبح رجل
        زوجته", "خنق كهل والدته", "طعن شاب شقيقه", "ذبحت سيدة ابنتيها"; session 41): a crime on kin, as "قتل رجل
        زوجته" is.  Not when a trigger already reads the verb."""
        out: list[tuple[int, str]] = []
        words, n = view.words, len(view.words)
        taken = {d.k for d in drafts}
        for v in range(n - 2):
            w = words[v]
            lemma = HARM_BUT_KILLING.get(w) or (HARM_BUT_KILLING.get(w[1:]) if w[:1] in "وف" else None)
            if lemma is None or v in taken or view.tokens[v + 1].kind != "word" \
                    or view.tokens[v + 2].kind != "word" or view.clause_of(v + 2) != view.clause_of(v):
                continue
            subject, kin = words[v + 1], words[v + 2]
            if kin_with_pronoun(subject) or not person_word(view, subject):
                continue
            if kin_object(kin):
                out.append((v, lemma))
        return out

    @staticmethod
    def _undertaking_of(view: SentenceView, k: int) -> int | None:
        """The verb of undertaking or doing whose act is the verbal noun at token ``k``, a trigger of its own: "أقدم
        مواطن، على الاعتداء" (its على/إلى right before the noun), "قام شابان بالاعتداء", "قاموا باختطاف" (the noun
        written with ب), "تعمدت اختطاف تلميذ" (its object), the subject and a comma between (session 42); else None.
        Its subject is the act's actor (and the doer of the act it retells, when that one has none)."""
        words = view.words
        if view.is_word(k + 1, REFLEXIVES) or (view.words[k + 1:k + 2] == ["علي"] and view.is_word(k + 2, REFLEXIVES)):
            return None  # "أقدم شاب على الاعتداء على نفسه": on himself, no one attacked
        if k >= 2 and words[k - 1] in ("علي", "الي"):
            prep, verbs = k - 1, UNDERTAKING_VERBS
        elif words[k].startswith(("ب", "وب")) and k >= 2:
            prep, verbs = k, DEED_VERBS
        elif k >= 1 and not view.is_word(k - 1, PREPOSITIONS):
            prep, verbs = k, DELIBERATE_VERBS  # "تعمدت اختطاف تلميذ", "تعمد أحدهما الاعتداء"
        else:
            return None
        for j in range(prep - 1, max(-1, prep - 1 - _UNDERTAKING_REACH), -1):
            if view.tokens[j].kind == "punct" and view.tokens[j].text not in ("،", ","):
                return None
            w = words[j]
            if w in verbs or (w[:1] in "وف" and w[1:] in verbs):
                return j
        return None

    @staticmethod
    def _named_blast(view: SentenceView, layers: LayerIndex, info: TriggerInfo, kj: int) -> bool:
        """Is the explosion noun ending at token ``kj`` named by the place right after it ("تفجير القاهرة كان قريبا
        جدا من مقر إقامة الإفريقي", "تفجيرات بروكسل"): a blast told as the news knows it, an event though sport or
        culture words share its sentence (session 42)?"""
        if info.type != EXPLOSIONS or info.pos != "noun" or kj >= len(view.tokens):
            return False
        at = view.tokens[kj].start
        return any(e.label == "LOC" and e.start == at for e in layers.within("entities", view.start, view.end))

    @staticmethod
    def _animals_taken(view: SentenceView, kj: int, verb: bool = False) -> bool:
        """Is the object of the arrest or killing ending at token ``kj`` an animal (`animal_nouns`), right after it,
        after its "على" ("إيقاف كلب", "القبض على 3 كلاب سائبة", "وقتلوا 20 كلبا", "ألقت الشرطة القبض على حمار"),
        a number between; session 42)? After a ``verb`` its subject may come first, the animal then in the
        accusative or counted ("اعتقل الجيش الإسرائيلي كلبا", "قتلت الشرطة 3 كلاب"; not after a person: "اعتقل الجيش
        شابا كان يقود حمارا"; session 43)."""
        words, n = view.words, len(view.words)
        j = next((i + 1 for i in range(kj, min(kj + 5, n)) if words[i] == "القبض"), kj)  # "ألقت الشرطة القبض على"
        if j < n and words[j] == "علي":
            j += 1
        while j < n and view.tokens[j].kind == "number" and j - kj < 4:
            j += 1
        if j < n and view.tokens[j].kind == "word" and animal_noun(words[j]):
            return True
        if not verb:
            return False
        for i in range(kj, min(kj + _ANIMAL_SUBJECT_REACH, n)):
            if view.tokens[i].kind not in ("word", "number") or (view.tokens[i].kind == "word" and (
                    person_word(view, words[i]))):
                return False
            if view.tokens[i].kind == "word" and animal_noun(words[i]) and i > kj and (
                    words[i].endswith("ا") or view.tokens[i - 1].kind == "number"):
                return True
        return False

    @staticmethod
    def _undertaken(view: SentenceView, drafts: list[Draft]) -> list[tuple[int, int, str]]:
        """(verb, act) tokens and the act's folded noun of each verb of undertaking whose على/إلى, within a few tokens
        after it (its subject and a comma between), is followed by a verbal noun of harm no trigger reads
        (``undertaken_acts``, with a proclitic or a pronoun: "عمد ثلاثة أشخاص، إلى قتل جارهم", "أقدم شخصان على طعنه"),
        or of each verb of doing whose act follows with ب ("قامت عصابة بسلب تاجر", "قام شاب بطعن زميله"; session 46);
        not an act on oneself ("على قتل نفسه") nor an act no word of the sentence was read as (an accident's words do
        not matter here: the doer meant it)."""
        out: list[tuple[int, int, str]] = []
        words, n = view.words, len(view.words)
        for j, w in enumerate(words):
            deed = w in _DEED_FORMS
            if not deed and w not in _UNDERTAKING_FORMS:
                continue  # (as the scan found them: "أقدم", "وعمد"; "قام", "وقامت")
            for m in range(j + 1, min(j + 1 + _UNDERTAKING_REACH, n - 1 if not deed else n)):
                if view.tokens[m].kind == "punct" and view.tokens[m].text not in ("،", ","):
                    break
                if deed:  # a verb of doing and its act with ب (session 46): "قامت عصابة بسلب تاجر"
                    if not words[m].startswith(("ب", "وب")):
                        continue
                    k = m
                elif words[m] not in ("علي", "الي"):
                    continue
                else:
                    k = m + 1
                act = undertaken_act(words[k])
                if deed and act is None:
                    continue  # (another ب before the act: "قام شاب بولاية سوسة بطعن")
                if act is not None and not view.is_word(k + 1, REFLEXIVES) and not view.is_word(k + 1, ANIMALS) and \
                        not (k + 1 < n and view.tokens[k + 1].kind == "word" and animal_noun(words[k + 1])) and \
                        not any(d.k <= k < d.kj for d in drafts):  # ("قام بذبح ناقة مصابة", ANT 8511)
                    out.append((j, k, act))
                break
        return out

    def _protest_anyway(self, view: SentenceView, info: TriggerInfo, s: int, e: int) -> bool:
        """Is the protest trigger at ``[s, e)`` a protest in spite of the domain words of its sentence: with a
        protest cue besides the trigger ("احتج المشجعون أمام مقر الجامعة تنديدا بقرار الرابطة"), or among
        economy words only, a verb or a singular noun ("تظاهر الآلاف … احتجاجا على غلاء الأسعار", "أطباء سوسة
        في اضراب مفتوح"); not the plural noun of protests in general ("تراجع مستثمر عن الاستثمار بسبب
        الاضرابات") nor "احتج اللاعبون على قرار الحكم في المباراة"."""
        if info.type not in _PROTEST_TYPES:
            return False
        if any(not (a < e and s < b) for a, b, _ in view.matches(self.lex.protest_re)):
            return True
        if _domain_words(view, self.lex.leisure_re):
            return False
        first = view.words[view.span_tokens(s, e)[0]]
        return not (info.pos == "noun" and _plural_feminine(first))

    def _subjects_after_verbs(self, view: SentenceView, hits: list[Any], layers: LayerIndex) -> list[Any]:
        """The hits but a trigger noun that is an actor noun right after or before a verb trigger: the verb's
        subject ("فجر انتحاري نفسه", "فجرت انتحارية نفسها", "الانتحاري فجر نفسه"), not an event of its own."""
        text = view.doc.text
        armed = self.lex.armed
        if any(all(info.pos == "noun" for info in h[2]) and lookup_key(text[h[0]:h[1]]) in armed for h in hits):
            # a killing verb's subject with a count of victims after it: "وقتل أربعة انتحاريين بريطانيين 52 شخصا"
            # (session 34)
            numbers = layers.within("numbers", view.start, view.end)
            hits = [h for h in hits if not (all(info.pos == "noun" for info in h[2])
                                            and lookup_key(text[h[0]:h[1]]) in armed
                                            and killing_subject(view, numbers, view.span_tokens(h[0], h[1])[0]))]
        verbs = [(h[0], h[1]) for h in hits if all(info.pos == "verb" for info in h[2])]
        if not verbs:
            return hits

        def next_to_verb(s: int, e: int) -> bool:
            return any(not text[ve:s].strip() for _, ve in verbs if ve <= s) or \
                any(not text[e:vs].strip() for vs, _ in verbs if e <= vs)

        return [h for h in hits if not (all(info.pos == "noun" for info in h[2]) and next_to_verb(h[0], h[1])
                                        and lookup_key(text[h[0]:h[1]]) in armed)]

    # -- protesters without a protest word ---------------------------------------------------------
    def _protesters_protest(self, view: SentenceView, family: list[Any], cands: list[Candidate]) -> Draft | None:
        """The protest of a sentence that names protesters or their gathering but has no protest event: the
        first gathering verb with a protester noun near it in its clause or a protest cue in its clause ("احتشد
        المئات أمام البرلمان للمطالبة بالتشغيل"), else the first protester noun that is not whom the news meets
        ("أغلق محتجون الطريق", not "التقى ممثلين عن المحتجين")."""
        nouns: list[tuple[int, int, int, int, TriggerInfo]] = []
        verbs: list[tuple[int, int, int, int, TriggerInfo]] = []
        for s, e, infos in family:
            k, kj = view.span_tokens(s, e)
            info = self._choose(view, infos, kj)
            if info is None:
                continue
            (nouns if info.family == "protesters" else verbs).append((s, e, k, kj, info))
        for s, e, k, kj, info in verbs:
            if self._told_of(view, k):
                continue  # "يجب أن تجمع كل الأطياف السياسية ضد …"
            clause = view.clause_of(k)
            near = any(view.clause_of(nk) == clause and -4 <= nk - k <= 4 for _, _, nk, _, _ in nouns)
            if near or view.matches(self.lex.protest_re, *view.clause_range(clause)) or people_block_road(view, k):
                return Draft(s, e, k, kj, "protests", "peaceful protest", info)
        lex = self.lex
        met = None  # the police's intervention or force, read once
        for s, e, k, kj, info in nouns:
            if self._told_of(view, k) or any(view.is_word(j, PROTESTER_TRIALS) for j in range(k - 4, k)):
                continue
            if not info.lexeme.endswith(("ون", "و")):
                # an oblique or singular noun ("مطالب الشباب المحتج", "الاتفاق بين الحكومة والمعتصمين") is the
                # protesters of a protest told elsewhere, unless the police acts on them ("لتفريق المحتجين")
                if met is None:
                    met = bool(view.matches(lex.protest_intervention) or view.matches(lex.protest_excessive))
                if not met:
                    continue
            return Draft(s, e, k, kj, "protests", "peaceful protest", info)
        return None

    @staticmethod
    def _told_of(view: SentenceView, k: int) -> bool:
        """Is the word before token ``k`` one of ``protester_heads``: who meets, counts or quotes the protesters,
        or a verb of saying ("أكد المحتجون أن")?"""
        before = view.words[k - 1] if k > 0 else ""
        return any(w in PROTESTER_HEADS for w in stems(before, CONJ_BI_LI))

    @staticmethod
    def _protester(c: Candidate | dict[str, Any]) -> bool:
        text = fold(c.text if isinstance(c, Candidate) else c["text"])
        return any(stem in text for stem in PROTESTER_STEMS)

    @staticmethod
    def _unasserted(view: SentenceView, d: Draft) -> str | None:
        """Is the trigger of ``d`` an act planned, intended, threatened, foiled or charged, not one that took
        place: a cue right before it with only fillers between ("يشتبه في تخطيطه لهجوم", "إحباط عديد الهجمات",
        "بتهمة محاولة تنفيذ هجوم", "المتهم بقتل", "برقية الإضراب", "هددت بالدخول في إضراب"), a verb of intent
        or a future verb before the act's infinitive ("تعتزم النقابة … تنفيذ وقفة احتجاجية", "ستنفذ النقابة
        إضرابا"), or a planned protest ("الإضراب المزمع")?  Not when the clause counts its casualties (the
        plotted attack took place).  The answer says how: ``"charged"`` (an accusation right before the act:
        "المتهم بقتل زوجته", "بتهمة احتجاز تونسي"), ``"planned"`` (a plan right before it: "خطط لاغتيال"), which the
        document may still tell as done (:func:`_told_done`), ``"other"`` (foiled, threatened, future …) or None."""
        words, k = view.words, d.k
        # (a bare past verb has the verbal noun's letters: "بتهمة قتل والده وحرق منزله", session 29; the dead of the
        # charge before it are charged too)
        if d.info is not None and (d.info.pos == "noun" or words[k][1:] == d.info.lexeme) and \
                words[k][:1] == "و" and _charge_listed(view, k, d.type in VIOLENT_TYPES):
            return "charged"  # "بتهم التحريض … ومساعدة السجناء على الهرب والحرق والتخريب والسرقة"
        if d.type not in _PROTEST_TYPES and charged_act(view, k, openers_only=True):
            return "charged"  # "من أجل قتل شخص", "بشبهة القتل", "القبض على شخصين من أجل اغتصاب قاصر" (session 41)
        if any(m.cue != k for m in (*d.killed, *d.injured)):
            return None
        if near_miss(view, k) == "nearly":
            return "other"  # "لغم كاد أن يقتل 5 جنود"
        if d.info is not None and d.info.pos == "verb" and "س" in view.doc.text[view.tokens[k].start:d.start]:
            return "other"  # "سيضربون عن العمل", "ستقصف": the future
        clause = view.clause_of(k)
        infinitive = False
        j = k - 1
        while j >= 0 and view.clause_of(j) == clause:
            w = words[j]
            if w == "في" and j > 0 and words[j - 1] in _ENTERING:
                j -= 1
                continue
            if w == "من" and view.is_word(j - 1, WARNINGS):
                return "other"  # "حذرت من هجمات", "في تحذير من اعتداء"
            if w in ("في", "الي") and infinitive and words[j + 1] in INTENT_INFINITIVES:
                j -= 1  # "فشل التنظيم في شن هجمات", "دعا الاتحاد كافة الجامعيين إلى تنفيذ إضراب"
                continue
            if w in UNASSERTED_FILLERS:
                infinitive = infinitive or view.is_word(j, INTENT_INFINITIVES)
                j -= 1
                continue
            break
        # "ادعى أحد الاشخاص الذي كان يعمل لدى شركة … تعرّضه لعملية سطو": the sufferer's own claim, its subject between
        suffered = next((i for i in range(max(j, 0), k) if _suffered_by_subject(words[i])), None)
        if suffered is not None and any(view.is_word(i, PRETENCES) and view.tokens[i].kind == "word"
                                        for i in range(max(0, suffered - _PRETENCE_REACH), suffered)
                                        if not any(view.tokens[x].text in ".!؟?" for x in range(i, suffered))):
            return "other"
        if d.info is not None and any(w in ROBBERY_LEXEMES for w in d.info.lexeme.split()) and any(
                view.clause_of(i) == clause and view.is_word(i, ATTEMPT_CUES) for i in range(max(j, 0), k)):
            return "other"  # "حاولوا السطو على المستودع البلدي", "محاولة سطو": property not taken
        if d.type in _PROTEST_TYPES and j >= 0 and view.clause_of(j) == clause:
            # a protest called for, not held: "يدعو لتحرك احتجاجي", "دعا الاتحاد إلى إضراب عام", "يدعو الاتحاد لإضراب"
            to = words[j] == "الي" or (j == k - 1 and view.doc.text[view.tokens[k].start:d.start].endswith("ل"))
            if view.is_word(j, CALL_CUES) or (to and any(view.clause_of(i) == clause and view.is_word(i, CALL_CUES)
                                                         for i in range(max(0, j - _CALL_REACH), j))) \
                    or (to and _far_call(view, j, clause)):
                return "other"
        if j >= 0 and view.clause_of(j) == clause and (view.is_word(j, UNASSERTED_CUES) or (
                d.type in _PROTEST_TYPES and view.is_word(j, DECISION_CUES))):
            if view.is_word(j, SUSPECTS) and words[j + 1][:1] != "ب":
                pass  # "المتهم في اغتيال": the suspect of a killing that was
            elif view.is_word(j, PLAN_CUES) and d.info is not None and d.info.lexeme in ANAPHORIC_NOUNS \
                    and any(split.prefix.endswith("لل") for split in clitic_splits(words[k])):
                pass  # "المسؤولة عن التخطيط للهجوم": the attack told of took place (not "حجز مخطط التفجير")
            else:
                # with only ل/ب, quotes or "لتنفيذ" between: an accusation or a plan of this very act
                direct = all(words[i] in DIRECT_FILLERS for i in range(j + 1, k))
                if direct and view.is_word(j, CHARGE_CUES):
                    return "charged"
                if direct and view.is_word(j, PLAN_CUES):
                    return "planned"
                return "other"
        if words[k][:1] == "ب" and view.tokens[k].start < d.start and any(
                view.clause_of(i) == clause and view.is_word(i, THREATS) for i in range(max(0, k - 8), k)):
            return "other"  # "تهديد كاذب من أحد المسافرين بتفجير طائرة"
        if infinitive or d.type in _PROTEST_TYPES:
            for i in range(j, max(-1, j - _INTENT_REACH), -1):
                if view.clause_of(i) != clause or view.tokens[i].kind == "punct":
                    break
                # decided or told in the future for today or from yesterday, it is held ("قررت النقابة … تنفيذ
                # إضراب عام، اليوم الجمعة", "سيدخلون اليوم الثلاثاء في اضراب", "قررت … تنفيذ إضراب بثلاثة أيام
                # بداية من أمس الإثنين")
                if infinitive and view.is_word(i, INTENT_VERBS):
                    return None if view.is_word(i, DECISION_CUES) and _held_now(words, i, d.kj) else "other"
                if view.is_word(i, FUTURE_VERBS):
                    return None if _held_now(words, i, d.kj) else "other"
        near = range(max(0, k - 3), min(len(words), d.kj + 5))
        if d.type in _PROTEST_TYPES and any(view.clause_of(i) == clause and view.tokens[i].kind == "word"
                                            and words[i] in COMING_DAYS for i in near):
            return "other"  # "ينفذون إضرابا بساعتين غدا الثلاثاء"
        own = d.date if d.type in _PROTEST_TYPES and d.date and "start" in d.date else None
        at = view.token_at(own["start"]) if own is not None else None
        if own is not None and at is not None and view.clause_of(at) == clause and \
                abs(at - k) <= _COMING_DATE_REACH and any(w in COMING_DAYS for w in fold(own["text"]).split()):
            # its own date in its clause farther on is a coming day (session 29: "قرر الأهالي … الدخول في اعتصام
            # مفتوح بداية من صبيحة يوم غد الجمعة", "تنفيذ سلسة من الوقفات الاحتجاجية … انطلاقا من الاسبوع القادم";
            # not a meeting's after it: "نسبة المشاركة في اضراب المعلمين بلغت … مضيفا أن الهيئة ستنعقد يوم الجمعة
            # القادم")
            return "other"
        if d.info is not None and d.info.pos == "noun":
            # "الإضراب المزمع", "اضراب 19 ماي المزمع تنفيذه", 'هجمات إرهابية "وشيكة"' (not "وقفات منددة
            # بالزيارة المرتقبة": only a number, its month, an adjective or a quote between)
            for a in range(d.kj, min(len(words), d.kj + 4)):
                if words[a] in PLANNED_ADJECTIVES:
                    return "other"
                tok = view.tokens[a]
                if not (tok.text in ('"', "«", "»") or tok.kind == "number" or words[a] in PROTEST_ADJECTIVES
                        or words[a] in EVENT_ADJECTIVES or view.tokens[a - 1].kind == "number"):
                    break
        return None

    @staticmethod
    def _breached(view: SentenceView, k: int) -> bool:
        """Is the agreement trigger at token ``k`` a truce told as breached: a word of `agreement_breaches` in the
        three words before it in its clause ("خروقات لاتفاق وقف اطلاق النار", "الانتهاكات المتكررة لوقف اطلاق
        النار", "خرق الهدنة")?"""
        clause = view.clause_of(k)
        return any(view.clause_of(j) == clause and view.is_word(j, AGREEMENT_BREACHES)
                   for j in range(max(0, k - 3), k))

    @staticmethod
    def _unit_name(view: SentenceView, hit: Any) -> bool:
        """Is the weapon trigger ``hit`` a definite genitive of a unit or weapon-system head (`unit_heads`), the
        unit's name and no event ("قائد وحدة الصواريخ في حزب الله", "كتيبة المدفعية", "منظومة الصواريخ")?  Its
        words are then free for the phrase of the unit (session 30)."""
        return all(info.lexeme in WEAPON_LEXEMES for info in hit[2]) and TriggerGates._unit_word(view, hit[0])

    @staticmethod
    def _unit_word(view: SentenceView, start: int) -> bool:
        """Is the word at offset ``start`` definite, right after a unit head ("وحدة الصواريخ")?"""
        k = view.token_at(start)
        return k is not None and TriggerGates._after_unit_head(view, k)

    @staticmethod
    def _after_unit_head(view: SentenceView, k: int) -> bool:
        """Is token ``k`` definite (also after و/ف/ب/ل), right after a unit head (`unit_heads`: "وحدة الصواريخ")?"""
        return k > 0 and view.is_word(k - 1, UNIT_HEADS) and any(sp.article for sp in clitic_splits(view.words[k]))

    @staticmethod
    def _weapon_as_thing(view: SentenceView, k: int) -> str | None:
        """Is the weapon trigger at token ``k`` a thing ``"made"`` or tested ("صناعة قنابل يدوية", "اختبروا صاروخا"),
        possessed or bought ("امتلاك صواريخ", "صفقة صواريخ") or ``"found"`` or seized ("العثور على 6 قذائف"), by the
        four words before it?  A weapon joined by و to weapons or gear before it reads the four words before the
        first of them ("تطوير بيونج يانج أسلحة نووية وصواريخ", "عثرت أيضا على بعض أدوات التفجير والألغام")."""
        lo = k - 5
        if view.words[k][:1] == "و":
            for i in range(k - 1, max(-1, k - 4), -1):
                if _in(view.words[i], MUNITIONS) or view.words[i] in WEAPON_LEXEMES or view.is_word(i, GEAR_NOUNS):
                    lo = i - 5
                    break
                if i > 0 and f"{view.words[i - 1]} {view.words[i]}" in WEAPON_LEXEMES:
                    lo = i - 6  # "مخبأ يحتوي على 12 عبوة ناسفة وأحزمة ناسفة": a two-word weapon before the و
                    break
        holds = next((j for j in range(k - 1, max(-1, lo), -1) if view.is_word(j, CONTAINING_WORDS)), None)
        if holds is not None:
            lo = min(lo, holds - 5)  # "مخبأ للجماعات الإرهابية يحتوي على ألغام": what the cache found holds
        if any(view.words[j] == "من" and view.is_word(j - 1, WEAPON_QUANTITIES) for j in range(max(lo + 1, 1), k)):
            lo -= 2  # "حجزت وحدات الجيش كميات من الذخيرة والعبوات الناسفة": the amount is no word of the four
        if any(view.is_word(j, WEAPON_DISPLAY_AFTER) and view.clause_of(j) == view.clause_of(k)
               for j in range(k + 1, min(k + 4, len(view.words)))):
            return "made"  # "الصواريخ المعروضة", "أطلقت صاروخا تجريبيا", "صاروخ يحمل قمرا صناعيا"
        for j in range(k - 1, max(-1, lo), -1):
            if view.is_word(j, WEAPON_MAKING) or view.is_word(j, WEAPON_COUNTERING):
                return "made"  # also "طائرات مضادة للألغام", "كشف مواقع تلك الألغام", "نزع الألغام": countered
            if view.is_word(j, WEAPON_FINDING) or view.is_word(j, WEAPON_DEFUSING):
                # (not the means of an attack on a depot: "استهدف مسلحون مخزن ذخيرة للجيش بقذائف الهاون")
                if view.words[k].startswith("ب") and any(_in(view.words[i], ATTACK_EVIDENCE)
                                                          for i in range(max(0, j - 3), k)):
                    return None
                if view.is_word(j, DEPOT_WORDS) and any(_in(view.words[i], ATTACK_EVIDENCE)
                                                        for i in range(max(0, j - 3), j)):
                    return None  # "قصفت الطائرات مخزنا للصواريخ": the depot is hit, not found
                return "found"  # also "تفكيك عبوة ناسفة": defused
        return None

    @staticmethod
    def _missile_shown(view: SentenceView, d: Draft) -> bool:
        """Could the missile of ``d`` be one tested or shown, if its article tells of a missile test or a parade (see
        :func:`_missile_test_document`): a missile trigger (``missile_words``) with no target, no named group (a
        group's missile is its war's: "صاروخ أطلقه الحوثيون"), no casualty, not aimed at something right after it
        ("أطلق صاروخا على مطار جدة")?"""
        if d.type != "explosions/remote violence" or not view.is_word(d.k, MISSILE_WORDS) or d.killed or d.injured:
            return False
        return not any(a["role"] == "target" or a.get("group_id") for a in d.actors) and \
            not any(view.is_word(j, AIMED_AT) for j in range(d.kj, min(d.kj + 3, len(view.words))))

    @staticmethod
    def _parade(view: SentenceView, k: int) -> bool:
        """Is the weapon at token ``k`` shown, not used: a display verb before it in its clause ("واستعرض جيش كوريا
        الشمالية ستة صواريخ") or a military parade in its sentence, a parade noun with its adjective right after it
        ("في الاستعراض العسكري", "أقامت عرضا عسكريا") — not a weapon aimed at something ("سقط صاروخ على العرض
        العسكري") nor in a sentence of an attack (``parade_attack_words``)?"""
        n = len(view.words)
        if any(view.is_word(j, PARADE_ATTACK_WORDS) for j in range(n)) or \
                any(view.is_word(j, AIMED_AT) for j in range(k + 1, min(k + 4, n))):
            return False
        clause = view.clause_of(k)
        return any(view.is_word(j, DISPLAY_VERBS) and view.clause_of(j) == clause for j in range(k)) or any(
            view.is_word(j, PARADE_NOUNS) and view.is_word(j + 1, PARADE_ADJECTIVES) for j in range(n - 1))

    @staticmethod
    def _unarmed_attack(view: SentenceView, layers: LayerIndex, k: int, kj: int, weapons: bool) -> bool:
        """Is the violent trigger at tokens ``[k, kj)`` an attack on computers (a word of ``cyber_words`` in the
        four words after it, not after a medium: "الهجمات الالكترونية", "استهدف بهجوم الكتروني", "الهجوم العالمي
        بفيروس الفدية") or by or on an animal (one of ``attacking_animals`` within four words of it, in no named
        entity: "هجوم سمكة قرش", "هاجم نمر حارسة", "أطلقوا النار على الدب")?  Computers only in a sentence with
        no weapon (``weapons``)."""
        n = len(view.words)
        for j in range(kj, min(kj + 4, n) if not weapons else kj):
            if view.is_word(j, CYBER_WORDS) and not view.is_word(j - 1, CYBER_MEDIA):
                return True
        for j in (*range(max(0, k - 4), k), *range(kj, min(kj + 4, n))):
            if view.is_word(j, ATTACKING_ANIMALS) and not view.words[min(j + 1, n - 1)].startswith("الروس") \
                    and not view.is_word(j - 1, ANIMAL_NAME_OPENERS) \
                    and not TriggerGates._working_animal(view, j, k):  # "الشيخ نمر النمر": a man
                t = view.tokens[j]
                if not layers.within("entities", t.start, t.end) and not layers.within("groups", t.start, t.end):
                    return True
        return False

    @staticmethod
    def _working_animal(view: SentenceView, j: int, k: int) -> bool:
        """Is the animal at token ``j`` the police's or the army's means ("الكلاب البوليسية", "بالكلاب", "بمساعدة
        الكلاب"), or told before the trigger at ``k`` and "ثم" ("أطلقوا النار على كلب الحراسة ثم هاجموا الثكنة";
        not "أسماك القرش لا تأكل وتهاجم الانسان": the animal's own deeds)?"""
        words, n = view.words, len(view.words)
        if any(view.is_word(i, WORKING_ANIMAL_WORDS) for i in range(j + 1, min(j + 3, n))):
            return True
        if (words[j].startswith("ب") and words[j][1:] in ATTACKING_ANIMALS) or view.is_word(j - 1, ANIMAL_HELPERS):
            return True
        return j < k and any(w == "ثم" for w in words[j + 1:k])

    @staticmethod
    def _since_long_ago(view: SentenceView, layers: LayerIndex, info: TriggerInfo, k: int, kj: int) -> bool:
        """Is the trigger at ``k`` a tally or a state dated from long ago with "منذ" in its clause (a month or
        more): a total of many acts ("فككت المصالح الأمنية أزيد من 210 خلايا إرهابية منذ سنة 2002", "أعداد
        الفلسطينيين الذين جرى اعتقالهم منذ عام 1967"), or a present verb of fighting that goes on ("وتقاتل مجموعة
        فاغنر … إلى جانب الجيش المالي منذ نهاية 2021"), not one event?"""
        clause = view.clause_of(k)
        lo, hi = view.clause_range(clause)
        # (a relative clause set off by commas between: "وتقاتل مجموعة فاغنر الروسية، التي باتت تعرف باسم "الفيلق
        # الأفريقي"، إلى جانب الجيش المالي منذ نهاية 2021")
        aside = clause + 1 < len(view.clause_bounds) and view.words[view.clause_bounds[clause + 1][0]] in \
            _RELATIVE_PRONOUNS and clause + 2 < len(view.clause_bounds)
        if aside:
            hi = view.clause_range(clause + 2)[1]
        for d in layers.within("dates", lo, hi):
            if not fold(d.text).startswith(("منذ", "ومنذ")) or not _long_ago(d.value):
                continue
            dk = view.token_at(d.start)
            if dk is None or view.clause_of(dk) not in (clause, clause + 2 if aside else clause):
                continue
            first = min(dk, k)
            if any(view.words[j] in _RELATIVE_PRONOUNS and not any(view.tokens[i].text in "،," for i in range(j, dk))
                   for j in range(first, dk)):
                continue  # "تسيطر على 80 في المئة من الأحياء التي كانت تحت سيطرة المعارضة منذ العام 2012"
            # (the total next to the act, its subject between at most: not a count of the charges of one arrested,
            # "القبض على شخص مورّط في أكثر من 24 قضية سرقة منذ سنة 2009")
            if any(view.is_word(j, _AGGREGATE_WORDS) for j in range(max(0, k - 4), min(kj + 3, len(view.words)))
                   if view.clause_of(j) == clause):
                return True
            w = view.words[k]
            w = w[1:] if w[:1] in "وف" and len(w) > 4 else w
            if info.pos == "verb" and info.type in VIOLENT_TYPES and w[:1] in "يتن" and \
                    not w.endswith(("ت", "وا")) and view.starts[k] == view.tokens[k].start and \
                    not view.is_word(k - 1, _BECOMING):  # "وباتت قوات النظام تسيطر": it became so
                return True
        return False

    @staticmethod
    def _hypothetical(view: SentenceView, k: int) -> bool:
        """Is the trigger at token ``k`` a consequence told as to come or possible, within five words after
        "سيؤدي" or "قد يؤدي" ("سيؤدي بلا شك لانفجار تلك الألغام")?"""
        for j in range(k - 1, max(-1, k - 6), -1):
            if view.is_word(j, HYPOTHETICAL_RESULTS) or (view.is_word(j, MAY_RESULTS) and j > 0
                                                          and view.words[j - 1] == "قد"):
                return True
        return False

    @staticmethod
    def _industrial_accident(view: SentenceView, info: TriggerInfo, kj: int, armed_groups: bool,
                             before: _TextBefore) -> bool:
        """Is the explosion trigger ending at token ``kj`` in a plant, factory, refinery, mine, tank or pipeline
        (four words after it: "انفجار قوي في محطة للطاقة النووية", "انفجار داخل مصنع") in a sentence with no word
        of an attack and no armed group; or, definite ("الانفجار"), in such a sentence after such an accident told
        earlier in a document that names no attack ("سقط حوالي 5 جرحى في الإنفجار")?"""
        if info.lexeme not in BLAST_LEXEMES or armed_groups or any(_in(w, ATTACK_EVIDENCE) for w in view.words):
            return False
        if _plant_after(view.words, kj):
            return True
        if not view.words[kj - 1].startswith(("الانفجار", "والانفجار", "بالانفجار", "للانفجار")):
            return False
        return before.words.accident_before(view.nstart)

    @staticmethod
    def _animal_anaphor(view: SentenceView, info: TriggerInfo, k: int, kj: int, before: _TextBefore) -> bool:
        """Is the definite attack noun at tokens ``[k, kj)`` ("ووقع الهجوم في مكان معروف بخطورته") in a sentence
        with no word of an attack but the attack noun, after a document start that tells of an animal and of no
        armed attack ("مقتل رجل هاجمته سمكة قرش")?"""
        if info.lexeme not in ANAPHORIC_NOUNS or kj != k + 1 or "ال" not in view.words[k][:4]:
            return False
        if any(_in(w, ARMED_EVIDENCE) for w in view.words):
            return False
        return before.words.animal_before(view.nstart)

    @staticmethod
    def _leaves_process(view: SentenceView, kj: int) -> bool:
        """Is what the trigger ending at token ``kj`` leaves, after "من" or "عن" within the next eight words of its
        clause (its subject may come first), a process, body or accord (``left_processes``: "انسحاب لجان الاتحاد
        العام التونسي للشغل من عملية إصلاح المنظومة التربوية", "ينسحب اتحاد الشغل من وثيقة قرطاج"), or is who
        leaves, right after it, a candidate, deputy or party figure (``political_leavers``: "وانسحاب مترشحين
        اثنين", "لانسحاب أغلب رموز المعارضة")?"""
        first = kj + 1 if kj < len(view.words) and view.words[kj] in LEAVER_QUANTIFIERS else kj
        if first < len(view.words):
            w = view.words[first]
            if (w[2:] if w.startswith("ال") else w) in POLITICAL_LEAVERS:
                return True
        for j in range(kj, min(kj + 8, len(view.words) - 1)):
            if view.tokens[j].kind == "punct":
                return False
            if view.words[j] in ("من", "عن"):
                w = view.words[j + 1]
                return (w[2:] if w.startswith("ال") else w) in LEFT_PROCESSES
        return False

    @staticmethod
    def _territory(view: SentenceView, layers: LayerIndex, k: int, kj: int) -> bool:
        """Is the object after "على" of the taking at tokens ``[k, kj)`` territory: a territory noun ("مطار",
        "مناطق", "مساحات") or a place of the entities layer ("بن قردان"), after a number or a quantifier ("على
        2500 موقع", "على كامل المحافظة")?  No "على" near it: taken as territory."""
        words, n = view.words, len(view.words)
        on = next((j for j in range(max(k, kj - 1), min(n, kj + 4)) if words[j] == "علي"), None)
        if on is None:
            return True
        j = _object_after_on(view, on)
        if j is None:
            return False
        word = words[j]
        bare = word[2:] if word.startswith("ال") else word[1:] if word[:1] in "وب" else word
        bare = bare[2:] if bare.startswith("ال") else bare
        if word in TERRITORY_NOUNS or bare in TERRITORY_NOUNS:
            return True
        start = view.tokens[j].start
        if word in CROSSINGS or bare in CROSSINGS:  # "جسر شمبات": in a sentence of armed actors or fighting
            return bool(layers.within("groups", view.start, view.end)) or any(
                w in BATTLE_CUES or any(x in BATTLE_CUES for x in stems(w)) for w in words)
        return any(e.label == "LOC" and e.start <= start < e.end for e in layers.within("entities", start, view.end))

    @staticmethod
    def _claimed_again(view: SentenceView, drafts: list[Draft], cands: list[Candidate]) -> list[Draft]:
        """An attack noun after an act of violence in its sentence that only carries the claim of it is that act,
        and its claimant that act's actor: "في هجوم أعلن/تبنى X مسؤوليته عنه", "في هجوم تبنته X" ("إن انفجارا وقع
        داخل مسجد … أودى بحياة 46 مصليا، في هجوم أعلن تنظيم ولاية خراسان مسؤوليته عنه", session 31), and "… ولم
        تعلن أي جهة مسؤوليتها عن الهجوم" (no claimant)."""
        words, n = view.words, len(view.words)
        out: list[Draft] = []
        for d in drafts:
            before = [o for o in out if o.type in VIOLENT_TYPES and not o.negated]
            lexeme = fold(d.info.lexeme) if d.info is not None else ""
            if not before or d.info is None or d.info.pos != "noun" or not (
                    lexeme in GENERIC_ATTACKS or lexeme in ASSAULTS) or d.k < 2:
                out.append(d)
                continue
            claimant: tuple[int, int] | None = None  # the tokens where the claimant is named
            said = False
            if words[d.k - 1] in _IN_ATTACK:
                for j in range(d.kj, min(n, d.kj + 3)):
                    bare = words[j][1:] if words[j][:1] == "و" else words[j]
                    if view.tokens[j].kind != "word":
                        break
                    if bare in CLAIM_VERBS:  # "في هجوم تبنته جماعة نصرة الإسلام"
                        claimant, said = (j + 1, min(n, j + 6)), True
                        break
                    if any(w in ANNOUNCE_VERBS for w in stems(bare)):  # "في هجوم أعلن تنظيم … مسؤوليته عنه"
                        m = next((i for i in range(j + 1, min(n - 1, j + 8)) if words[i] in RESPONSIBILITY), None)
                        if m is not None and words[m + 1] in _ABOUT_IT:
                            claimant, said = (j + 1, m), True
                        break
            elif words[d.k - 1] == "عن" and words[d.k - 2] in RESPONSIBILITY and d.text_folded.startswith("ال"):
                # "… ولم تعلن أي جهة مسؤوليتها عن الهجوم": the claim names the act told before
                verb = next((j for j in range(d.k - 3, max(-1, d.k - 9), -1)
                             if any(w in ANNOUNCE_VERBS for w in stems(words[j]))), None)
                said = verb is not None
                if verb is not None and not negated(view, verb):
                    claimant = (verb + 1, d.k - 2)
            if not said:
                out.append(d)
                continue
            act = before[-1]
            if claimant is not None and not any(a["role"] == "actor" for a in act.actors):
                who = next((c for c in cands if claimant[0] <= c.ti < claimant[1]
                            and c.klass in ("group", "armed", "entity")), None)
                if who is not None:
                    act.actors = [who.as_actor("actor"), *[a for a in act.actors if a["start"] != who.start]]
            act.killed = act.killed or d.killed
            act.injured = act.injured or d.injured
        return out

    @staticmethod
    def _fought_for(view: SentenceView, d: Draft, drafts: list[Draft]) -> None:
        """The fighting "بعد/إثر/خلال معارك مع X" of a taking of territory before it has the taker as its actor
        ("أعلن الجيش السوداني استعادة السيطرة على جسر شمبات …، بعد معارك عنيفة مع قوات الدعم السريع", s. 31)."""
        if d.subtype != "armed clash" or d.info is None or d.info.pos != "noun" or d.k == 0 or \
                not any(w in _FOUGHT_AFTER for w in stems(view.words[d.k - 1])) or \
                any(a["role"] == "actor" for a in d.actors):
            return
        taking = next((o for o in reversed(drafts) if o.k < d.k and o.type == "battles" and o.subtype != "armed clash"
                       and not o.negated), None)
        if taking is None:
            return
        takers = [a for a in taking.actors if a["role"] == "actor"]
        others = {a["text"] for a in d.actors}
        if takers and not any(a["text"] in others for a in takers):
            d.actors = [*takers, *d.actors]

    @staticmethod
    def _charged_aircraft(view: SentenceView, k: int) -> bool:
        """Is the charge word at token ``k`` ("مفخخة") written after an aircraft (`charged_aircraft`), also in quotes
        ("طائرة بدون طيار "مفخخة"", session 31)?"""
        j = k - 1
        while j > 0 and view.tokens[j].text in _QUOTE_MARKS:
            j -= 1
        return view.is_word(j, CHARGED_AIRCRAFT)

    @staticmethod
    def _shooting_at(view: SentenceView, k: int, kj: int) -> bool:
        """Is the weak trigger at tokens ``[k, kj)`` an indefinite shooting ("إطلاق نار") told at a place right after
        it (`shooting_places`: "اطلاق نار قرب مقر مجلس الشيوخ", "إطلاق نار أمام مركز للشرطة", "إطلاق نار داخل
        مقهى", "إطلاق نار بمسجد"), not a firing position ("مواقع إطلاق نار") — a shooting with no armed word needed
        (session 32)?"""
        if kj - k != 2 or view.words[kj - 1] != "نار" or not view.words[k].endswith("اطلاق") \
                or view.is_word(k - 1, FIRING_POSITIONS) or kj >= len(view.words):
            return False
        after = view.words[kj]
        return after in SHOOTING_PLACES or (after[:1] == "ب" and after[1:] in SHOOTING_PLACES)

    @staticmethod
    def _launcher_genitive(view: SentenceView, k: int) -> int | None:
        """The token of the launcher (`launcher_nouns`) whose genitive the weapon at ``k`` is ("منصة إطلاق صواريخ",
        "منصات الصواريخ"), else None."""
        if view.is_word(k - 1, LAUNCHER_NOUNS):
            return k - 1
        if k > 1 and view.words[k - 1] in ("اطلاق", "لاطلاق") and view.is_word(k - 2, LAUNCHER_NOUNS):
            return k - 2
        return None

    @staticmethod
    def _destroyed_weapon(view: SentenceView, k: int, cands: Sequence[Candidate] = ()) -> bool:
        """Is the drone, missile or launcher at ``k`` destroyed before its use: the object of a verb of destroying
        (`weapon_destroying`) up to four words before it, the verb's subject between ("دمرت القوات الأمريكية
        صاروخين") or before the verb with a count between ("قواتها دمرت أربع طائرات مسيرة ومنصة إطلاق صواريخ"), or
        its masdar right before it ("تدمير منصات الصواريخ"); not the subject of the finite verb ("دمرت طائرات مسيرة
        تركية مواقع", "دمرت 3 صواريخ … ذلك المقر"), nor a weapon an air defence destroys ("تمكن الدفاع الجوي من
        تدمير الصاروخ": intercepted)?"""
        word = view.words[k]
        if not any((w[2:] if w.startswith("ال") else w) in DOWNED_HEADS for w in stems(word, CONJ_BI_LI)):
            return False
        clause = view.clause_of(k)
        launcher = TriggerGates._launcher_genitive(view, k)
        first = k if launcher is None else launcher
        # ("… أربع طائرات مسيرة ومنصة إطلاق صواريخ": the list's first weapon is the verb's object)
        reach = DESTROY_REACH * (2 if view.words[first].startswith("و") else 1)
        for j in range(first - 1, max(-1, first - reach - 1), -1):
            if view.clause_of(j) != clause or view.tokens[j].kind == "punct":
                return False
            if view.is_word(j, WEAPON_DESTROYING):
                masdar = view.words[j].lstrip("وب").startswith("تدمير")
                between = [i for i in range(j + 1, first) if view.tokens[i].kind == "word"
                           and not view.is_word(i, DESTROYED_COUNTS)]
                subject = bool(between) or launcher is not None or any(
                    c.tj == j and c.klass in ("armed", "group", "entity") for c in cands) or \
                    (j > 0 and _own_forces(view.words[j - 1]))
                if not masdar and not subject:
                    return False
                if any(view.is_word(i, IN_FLIGHT) for i in range(k + 1, min(k + 5, len(view.words)))):
                    return False  # "دمر الجيش الأوكراني 5 مسيرات روسية فوق خاركيف": shot down in flight
                return not any(view.is_word(i, AIR_DEFENCE) or view.is_word(i, INTERCEPT_WORDS)
                               for i in range(max(0, j - 5), j))
        return False

    @staticmethod
    def _projectiles_fired(view: SentenceView, k: int, kj: int) -> bool:
        """Are the projectiles ("مقذوفات") at tokens ``[k, kj)`` fired: a verb of launching up to ten words before
        them in their clause (`projectile_launch`: "أطلقت، ليلة الأحد إلى الاثنين، أربعة مقذوفات") or one of
        falling in the two words after them or the three before (`projectile_fall`: "مقذوفات سقطت بمحيط مدينة
        السمارة", "سقطت ثلاثة مقذوفات", "سقوط مقذوفين")?"""
        clause = view.clause_of(k)
        if any(view.is_word(j, PROJECTILE_FALL) and view.clause_of(j) == clause
               for j in (*range(max(0, k - 3), k), *range(kj, min(kj + 2, len(view.words))))):
            return True
        return any(view.clause_of(j) == clause and view.is_word(j, PROJECTILE_LAUNCH)
                   for j in range(max(0, k - PROJECTILE_REACH), k))

    @staticmethod
    def _unmanned_launched(view: SentenceView, facts: _SentenceFacts, k: int, kj: int) -> bool:
        """Does the sentence of an unmanned aircraft ("طائرة بدون طيار") at tokens ``[k, kj)`` tell of its use in an
        attack: a word of launching, charging, intercepting or downing (`drone_cues`, `intercept_words`,
        `downing_words`), or its use as a means (ب) with casualties ("أسباب وجود طائرات بدون طيار في الأجواء المحيطة
        بالمطار": none), and is it no spy drone (`surveillance_words` after it)?"""
        if any(view.is_word(j, SURVEILLANCE) for j in range(kj, min(kj + 3, len(view.words)))):
            return False  # "أسقطت طائرة من دون طيار تجسسية اسرائيلية": a spy drone, no strike
        return (view.words[k].startswith(("ب", "وب")) and facts.casualties) or any(
            w in DRONE_CUES or w in INTERCEPT_WORDS or w in DOWNING_WORDS
            or any(x in DRONE_CUES or x in INTERCEPT_WORDS or x in DOWNING_WORDS for x in stems(w))
            for w in view.words)

    @staticmethod
    def _spoils(view: SentenceView, kj: int, battle: bool) -> bool:
        """Is what is seized after the trigger ending at token ``kj`` materiel (`spoils_nouns`: "على 15 عربة
        قتالية", "على أسلحة وذخائر") in a sentence that tells of fighting (``battle``: a battle before it;
        `battle_cues`, or a killing)?"""
        words, n = view.words, len(view.words)
        on = next((j for j in range(max(0, kj - 1), min(n, kj + 6)) if words[j] == "علي"), None)
        if on is None or any(view.tokens[i].kind != "word" for i in range(kj, on)):
            return False
        j = _object_after_on(view, on)
        if j is None:
            return False
        word = words[j]
        bare = word[2:] if word.startswith("ال") else word
        if word not in SPOILS and bare not in SPOILS:
            return False
        return battle or any(w in BATTLE_CUES or w.startswith(("قتل", "مقتل"))
                             or any(x in BATTLE_CUES for x in stems(w)) for w in words)

    def _object_pronoun(self, folded: str) -> bool:
        """Does the folded verb trigger end with an object pronoun ("اغتاله", "اختطفته", "قتلوهم")?"""
        bare = folded[1:] if folded[:1] in "وف" else folded
        return any(bare.endswith(p) and bare[:-len(p)] in self.lex.triggers for p in ("هما", "هم", "ها", "ه"))

    @staticmethod
    def _no_violence(view: SentenceView, info: TriggerInfo, k: int, kj: int) -> bool:
        """Is the trigger at tokens ``[k, kj)`` an assault on an abstract object ("الاعتداء على المال العام",
        "على حرمة الموتى"), a court's death sentence ("عقوبة الإعدام", "القاضي بإعدامه", but not "تنفيذ حكم
        الإعدام"), or the slaughter of animals named in its sentence ("لإعدام الدواجن", "وحدات الذبح … لحوم
        الدواجن")?"""
        words, n = view.words, len(view.words)
        # (one or two words between: "الاعتداءات المتواصلة على المحيط", session 47)
        on = next((j for j in range(kj, min(kj + 3, n - 1)) if words[j] == "علي"), None) \
            if info.lexeme in ASSAULTS else None
        if on is not None and all(view.tokens[j].kind == "word" for j in range(kj, on)):
            head = words[on + 1][2:] if words[on + 1].startswith("ال") else words[on + 1]
            for pronoun in ("هما", "هم", "ها", "ه"):
                if head.endswith("ت" + pronoun):  # "كرامتهم": the feminine noun and a pronoun
                    head = head[:-len(pronoun) - 1] + "ه"
                    break
            if head in ABSTRACT_OBJECTS:
                return True
        if info.lexeme in BURNINGS:
            # "حرق النفايات", "يلقي بالفضلات … أو حرقها": waste burnt, no destruction (session 47)
            after = words[kj][2:] if kj < n and words[kj].startswith("ال") else words[kj] if kj < n else ""
            if after in BURNT_WASTE or (words[kj - 1].endswith(("ها", "هم", "ه")) and any(
                    (w[2:] if w.startswith("ال") else w) in BURNT_WASTE or w[1:] in BURNT_WASTE
                    or w[3:] in BURNT_WASTE for w in words[max(0, k - WASTE_REACH):k])):
                return True
        if info.lexeme in EXECUTIONS:
            text = view.doc.folded[slice(*view.doc.to_normalized(view.tokens[k].start, view.tokens[kj - 1].end))]
            judge = next((j for j in range(k - 1, max(-1, k - 3), -1) if view.is_word(j, SENTENCE_WORDS)), None)
            start = k if judge is None else judge
            if (judge is not None or text.startswith(("بال", "با"))) and not any(
                    view.is_word(j, CARRIED_OUT) for j in view.clause_tokens(view.clause_of(k)) if j < start):
                return True
        return info.lexeme in SLAUGHTERS and any(view.is_word(j, ANIMALS) for j in range(n))

    @staticmethod
    def _accident(view: SentenceView, k: int, kj: int) -> bool:
        """Is an accident word ("حادث", "شاحنة غاز", "حريق") within :data:`ACCIDENT_REACH` words of the trigger
        at tokens ``[k, kj)``?  (Near it: a run of headlines holds every kind of news.)"""
        lo = view.tokens[max(k - ACCIDENT_REACH, 0)].start
        hi = view.tokens[min(kj + ACCIDENT_REACH, len(view.tokens)) - 1].end
        return bool(view.matches(view.lex.accident_re, lo, hi))

    @staticmethod
    def _armed_object_only(view: SentenceView, facts: _SentenceFacts, k: int, kj: int) -> bool:
        """Is the only armed word of the sentence the object of the attack verb at tokens ``[k, kj)``, after
        its subject that is no candidate ("هاجم الرئيس التركي المعارضة خلال مقابلة تلفزيونية": the opposition
        read as an armed group is who is criticized by a person)?  No armed adjective nor weapon, no armed
        candidate or group before the verb, and the first candidate after it stands after the subject's words
        (session 29, third wave)."""
        if facts.adjectives or facts.weapons:
            return False
        cands = sorted(facts.cands, key=lambda c: c.ti)
        after = [c for c in cands if c.ti >= kj]
        if any(c.klass in ("armed", "group") and c.ti < k for c in cands) or not after:
            return False
        return after[0].ti > kj
    @staticmethod
    def _career(view: SentenceView, layers: Any, kj: int) -> bool:
        """Is the march noun that ends at token ``kj`` a career or a course: a person's name right after it
        ("مسيرة ميلانشون"), or a word of a career (`career_words`: "المسيرة البطولية", "مسيرة الإصلاح")?"""
        if kj < len(view.words) and any(w.removeprefix("ال") in CAREER_WORDS for w in stems(view.words[kj])):
            return True
        if kj >= len(view.tokens):
            return False
        at = view.tokens[kj].start
        return any(e.start == at and e.label == "PER" for e in layers.within("entities", view.start, view.end))

    def _objection(self, view: SentenceView, k: int, kj: int) -> bool:
        """Is the protest verb at tokens ``[k, kj)`` an objection in words: "على" a few words after it, in its
        clause, before what was said or how it was done ("احتجت النائبة سامية عبو على طريقة التصويت", "احتجت
        الخارجية على تصريحات السفير"), with no place of a protest in the clause nor a protest cue in the sentence
        ("احتج الأهالي أمام مقر الولاية على تصريحات الوالي" is a protest)?"""
        own = view.clause_tokens(view.clause_of(k))
        if not own or any(view.is_word(j, PROTEST_PLACES) for j in own):
            return False
        for j in range(kj, min(kj + CRITICISM_REACH, own[-1], len(view.words) - 1)):
            if view.words[j] in ("علي", "على"):
                return any(h.removeprefix("ال") in OBJECTED_WORDS or _possessed(h) in OBJECTED_WORDS
                           for h in stems(view.words[j + 1], CONJ_BI_LI)) and not view.matches(self.lex.protest_re)
        return False

    @staticmethod
    def _criticism(view: SentenceView, k: int, kj: int) -> bool:
        """Does the sentence of the trigger at tokens ``[k, kj)`` hold a word of speech or opinion ("قائلا",
        "معتبرة", "ووصفه", "انتقادات", "تدوينة") that makes an attack lexeme criticism ("هاجم الشابي الحكومة
        قائلا …")?  In a run of headlines, only near the trigger."""
        lo, hi = (max(k - ACCIDENT_REACH, 0), kj + ACCIDENT_REACH) if view.roundup else (0, len(view.words))
        if any(view.is_word(j, CRITICISM_CUES) for j in range(lo, min(hi, len(view.words)))):
            return True
        # "هاجم وزير الخارجية الأمريكي أنتوني بلينكن سياسات الحكومة الروسية خلال مؤتمر صحفي": what is attacked
        # is a policy or a statement, or the words are said at a press conference (session 29, second wave)
        own = view.clause_tokens(view.clause_of(k))
        for j in range(kj, min(kj + CRITICISM_REACH, own[-1] + 1 if own else kj, len(view.words))):
            if any(h in CRITICIZED_OBJECTS or h[:-1] in CRITICIZED_OBJECTS or _possessed(h) in CRITICIZED_OBJECTS
                   for w in stems(view.words[j], CONJ_BI_LI) for h in (w.removeprefix("ال"),)):
                return True
        return any(view.is_word(j, CRITICISM_SETTINGS) and view.is_word(j + 1, CRITICISM_SETTING_KINDS)
                   for j in range(kj, min(kj + 2 * CRITICISM_REACH, len(view.words) - 1)))

    @staticmethod
    def _time_of_day(view: SentenceView, layers: LayerIndex, k: int, kj: int) -> bool:
        """Is the trigger at tokens ``[k, kj)`` the noun of a time of day ("فجر" dawn) rather than a verb: in
        a time expression of the dates layer, after a preposition or time word ("عند فجر", "مع فجر"), after
        a number ("3 فجرا"), or before a day, a date or a number ("فجر اليوم", "فجر 23 ديسمبر")?"""
        start, end = view.tokens[k].start, view.tokens[kj - 1].end
        if kj < len(view.tokens) and view.words[kj] in TIME_PARTS:
            return False  # "فجر مساء أمس انتحاري نفسه": the verb, then when
        if any((d.start <= start and end <= d.end) or (kj < len(view.tokens) and d.start == view.tokens[kj].start)
               for d in layers.within("dates", view.start, view.end)):
            return True
        before = view.words[k - 1] if k > 0 else ""
        if before in TIME_BEFORE or (k > 0 and view.tokens[k - 1].kind == "number"):
            return True
        if kj < len(view.tokens):
            after = view.words[kj]
            return view.tokens[kj].kind == "number" or after in TIME_AFTER or after[1:] in TIME_AFTER
        return False

    @staticmethod
    def _choose(view: SentenceView, infos: tuple[TriggerInfo, ...], kj: int, text: str = "") -> TriggerInfo | None:
        """The reading of a trigger whose required word follows it ("ألقت الشرطة القبض"), else the plain one: the
        noun's when the folded ``text`` has the article ("القصف الروسي" is a noun, "قصف" also a verb)."""
        near = set(view.words[kj:kj + 5])
        for info in infos:
            if info.then == "علي" and view.words[kj:kj + 1] and view.words[kj].startswith("علي") \
                    and view.words[kj] != "علي":
                continue  # "التي يسيطر عليها المقاتلون … والواقعة على الحدود": its own على, not a later one
            if info.then and (info.then in near or (info.then == "علي" and _on_after_subject(view, kj))):
                return info
        plain = [i for i in infos if not i.then]
        if _ARTICLE.match(text):
            return next((i for i in plain if i.pos == "noun"), plain[0] if plain else None)
        return plain[0] if plain else None

    @staticmethod
    def _person_after(view: SentenceView, layers: LayerIndex, k0: int, kj: int, facts: _SentenceFacts,
                      info: TriggerInfo) -> bool:
        lex = view.lex
        word = view.words[k0]
        verb = info.pos == "verb" and word[:1] != "ب" and not word.endswith("توقف")  # ("بتوقف قلب الأشخاص")
        n = len(view.tokens)
        if any(view.words[k] == "عن" and k + 1 < n and view.words[k + 1] in SUSPENDED_FROM
               for k in range(kj, min(kj + 6, n - 1))):
            return False  # "إيقاف الموظف عن العمل", "إيقافه عن مباشرة مهامه": suspended, not arrested
        if info.lexeme in STOPPAGES_SINGULAR and word.endswith(PRONOUNS) and not word.endswith(info.lexeme) and \
                view.is_word(k0 - 1, PASSIVE_AUXILIARIES) and (view.is_word(k0 - 2, RELATIVES) or any(
                    view.tokens[j].kind == "word" and person_word(view, view.words[j])
                    for j in range(max(0, k0 - _PRONOUN_PERSON_REACH), k0 - 1))):
            # "هذا العنصر حاول الاختفاء … لكن تم إيقافه", "التونسيين الذين تم ايقافهم": a person was arrested
            # (not "البث تم إيقافه": a thing stopped)
            return True
        if info.lexeme in STOPPAGES_SINGULAR and word.endswith(PRONOUNS) and not word.endswith(info.lexeme) and \
                word[:1] == "ب" and (any(view.is_word(j, ARREST_ORDERS) for j in range(max(0, k0 - _ORDER_REACH), k0))
                                     or (view.is_word(k0 - 1, PERPETRATED_WITH_BI) and any(
                                         stem in view.words[j] for j in range(max(0, k0 - _ORDER_REACH - 2), k0 - 1)
                                         for stem in POLICE_STEMS))):
            # "أذنت النيابة العمومية بإيقافه", "رجال الشرطة الذين قاموا بإيقافه": a person was arrested (not
            # "قام بإيقافها على جانب الطريق": a car stopped)
            return True
        if info.pos == "verb" and (word[1:] if word[:1] in "وف" else word) in _STOPPED and kj < n and (
                view.is_word(kj, PREPOSITIONS | FRONT_OF) or view.words[kj].startswith("بال")):
            return False  # "توقفوا بالقرب من سيارة الأمني", "توقفت عن العمل": they stopped, no one arrested (s. 45)
        if info.lexeme in STOPPAGES_SINGULAR and info.pos == "noun" and _activity_stopped(view, k0, kj, facts):
            return False  # "طلبها بالإيقاف الفوري لسكب الفوسفوجيبس في البحر": an activity stopped (session 43)
        for k in range(kj, min(kj + 4, n)):
            w = view.words[k]
            base = w[2:] if w.startswith("ال") else w
            if w in lex.arrest_objects or base in lex.persons or w in lex.persons or \
                    base.rstrip("ا") in lex.persons or base[:-2] in lex.persons or base[:-3] in lex.persons:
                return True
            # the other nouns of a person (`victim_heads`: "إيقاف السائق", "إيقاف طالبة"): right after a noun, or
            # the object after a verb's subject ("أوقفت وحدات الأمن مروجا"); not a feminine nisba ("منظومتها
            # الأمنية"), "أمام" (before) nor after "توقف" (stopped: "حيث توقف لالتقاط الصور أمام الصروح"), nor
            # after "ضبط", its own reading of persons (`_person_seized`: "مدونة سلوك تضبط أخلاقيات النائب")
            # (or after "أحد": "تمكنت الوحدات الأمنية من إيقاف أحد المهربين"; session 29, third wave)
            if (k == kj or verb or (k == kj + 1 and view.words[kj] in _ONE_OF)) and info.lexeme not in SEIZING \
                    and view.tokens[k].kind == "word" and \
                    not w.endswith("يه") and w not in FRONT_OF and person_word(view, w):
                return True
        for n in layers.within("numbers", view.start, view.end):
            pos = view.token_at(n.start)
            if pos is not None and kj <= pos < kj + 3 and n.unit in _PERSON_UNITS:
                return True
        return any(kj <= c.ti <= kj + 2 and c.layer in ("groups", "entities") for c in facts.cands)

    @staticmethod
    def _taken_down(view: SentenceView, layers: LayerIndex, k: int, kj: int, info: TriggerInfo) -> bool:
        """Is a gang or an offender (`takedown_objects`, with ب, و, ال) or a count of persons the object of the
        takedown word at tokens ``[k, kj)``: within two words after a noun ("الإطاحة بعصابة", "الكشف عن خلية
        تكفيرية", "الإطاحة ب3 مهربين"), within :data:`_TAKEDOWN_REACH` words of a verb's clause ("أطاحت
        الوحدات الأمنية بمروج"), words of a part or a rank not counted ("الإطاحة بأحد أكبر مروجي المخدرات")?
        What is told of ("كشف عن") is a gang only when indefinite: "الكشف عن
        الشبكات المتورطة في تسفيرهم" is a demand."""
        own = view.clause_tokens(view.clause_of(k))
        limit = min(own[-1] + 1 if own else kj, len(view.words))
        end = min(kj + (_TAKEDOWN_REACH if info.pos == "verb" else 2), limit)
        told = info.lexeme == TOLD_OF
        j = kj - 1
        while j + 1 < end:
            j += 1
            if view.tokens[j].kind != "word":
                continue
            forms = stems(view.words[j], CONJ_BI_LI)
            if any(s in TAKEDOWN_FILLERS for s in forms):
                end = min(end + 1, limit)  # "الإطاحة بأحد أكبر مروجي المخدرات"
                continue
            for s in forms:
                definite = s.startswith("ال")
                if definite and (told or s.endswith(("ات", "ين", "ايا"))):
                    continue  # "الكشف عن الشبكات المتورطة", "تفكيك الشبكات الإرهابية": gangs in general
                if (s[2:] if definite else s) in TAKEDOWN_OBJECTS:
                    return True
        for n in layers.within("numbers", view.start, view.end):
            pos = view.token_at(n.start)
            if pos is not None and kj <= pos < end and n.unit in _PERSON_UNITS:
                return True
        return False

    @staticmethod
    def _neutralised(view: SentenceView, layers: LayerIndex, k: int, kj: int, info: TriggerInfo) -> Mention | None:
        """The armed men a neutralising trigger at tokens ``k``..``kj`` kills, as a count of the dead (0 for a plural
        with no number), or None if no armed man nor count of persons follows it (session 31): "حيّد نحو ثلاثين
        إرهابيا" (30), "تحييد 5 إرهابيين" (5), "قضت مفرزة للجيش على إرهابيين اثنين" (2; "قضى" only with "على"
        after its subject), "القضاء على مسلحين" (0); not "تحييد لبنان", "قضت المحكمة بسجن متهمين"."""
        n = len(view.tokens)
        j = kj
        numbers = [x for x in layers.within("numbers", view.start, view.end) if isinstance(x.value, (int, float))]
        if info.lexeme in NEUTRALISE_WITH_ALA:
            j = next((i + 1 for i in range(kj, min(kj + 7, n)) if view.words[i] == "علي"
                      and view.clause_of(i) == view.clause_of(k)), n)
        elif info.pos == "verb":  # its subject may come first: "حيدت القوات الأمنية إرهابيا خطيرا", "حيدت القوات
            # التركية 5 إرهابيين" (a count in digits is a token of its own; session 33), not past a preposition
            # ("جلب متهم وحيد من مجموع 6 متهمين": no subject there)
            for i in range(kj, min(kj + 5, n)):
                if view.tokens[i].kind not in ("word", "number") or view.clause_of(i) != view.clause_of(k) \
                        or view.words[i] in PREPOSITIONS:
                    break
                if view.words[i] in NEUTRALISED or view.words[i] in APPROX_WORDS \
                        or any(x.start == view.tokens[i].start for x in numbers):
                    j = i
                    break
        approx = False
        for i in range(j, min(j + 3, n)):
            t = view.tokens[i]
            num = next((x for x in numbers if x.start == t.start), None)
            if num is not None:
                if num.unit not in _PERSON_UNITS:
                    return None
                return Mention("killed", num.value, approx or num.kind == "approximate", num.start, num.end, k)
            w = view.words[i]
            if w in APPROX_WORDS or t.text in QUOTE_MARKS:
                approx = approx or w in APPROX_WORDS
                continue
            if w not in NEUTRALISED:
                return None
            num = next((x for x in numbers if x.attrs.get("unit_start") == t.start and x.unit in _PERSON_UNITS), None)
            if num is not None:  # "إرهابيين اثنين"
                return Mention("killed", num.value, approx or num.kind == "approximate", t.start, num.end, k)
            # a singular or dual counts itself ("إرهابيا", "مسلحان"); "إرهابيين" may be a plural, no count
            count = 2 if w.endswith("ان") else 0 if w.endswith(("ين", "ون")) or w in ("عناصر", "دواعش") else 1
            return Mention("killed", count, False, t.start, t.end, k, explicit=False)
        return None

    @staticmethod
    def _person_seized(view: SentenceView, layers: LayerIndex, k: int, kj: int) -> bool:
        """Is a person caught by "ضبط" at tokens ``[k, kj)``: the verb with no object pronoun, and a person noun
        (`persons`, `arrest_objects`, `victim_heads`, whole words) or a count of persons within four words after it,
        before a place or a possession (:data:`_SEIZED_STOPS`)?"""
        if fold(view.tokens[kj - 1].text).endswith(("ه", "ها", "هم", "هما")):
            return False  # "تم ضبطها على مستوى مركز الحرس": a pronoun, most often goods
        lex = view.lex
        for j in range(kj, min(kj + 5, len(view.tokens))):
            if view.tokens[j].kind != "word" or view.words[j] in _SEIZED_STOPS:
                break
            w = view.words[j]
            base = w[2:] if w.startswith("ال") else w
            bare = base[:-1] if base.endswith(("ا", "ه")) else base
            if w in lex.arrest_objects or base in lex.arrest_objects or {base, bare} & (lex.persons | VICTIM_HEADS):
                return True
        for n in layers.within("numbers", view.start, view.end):
            pos = view.token_at(n.start)
            if pos is not None and kj <= pos < kj + 3 and n.unit in _PERSON_UNITS:
                return True
        return False

    def _site_after(self, view: SentenceView, k: int, kj: int) -> bool:
        """Does a home, a shop, a bank, a school … (`break_in_sites`, `civilian_sites`) follow the trigger at tokens
        ``[k, kj)`` within :data:`_BREAK_IN_REACH` words of its clause ("اقتحم اليوم الخميس شخص مجهول بنكا")?"""
        own = view.clause_tokens(view.clause_of(k))
        end = min(kj + _BREAK_IN_REACH, own[-1] + 1 if own else kj, len(view.words))
        if end <= kj:
            return False
        return any(s in BREAK_IN_SITES for j in range(kj, end) for s in stems(view.words[j], CONJ_BI_LI)) or \
            bool(view.matches(self.lex.civilian_sites, view.tokens[kj - 1].end, view.tokens[end - 1].end))

    @staticmethod
    def _theft(view: SentenceView, k: int, kj: int, robbers: bool = False) -> bool:
        """Is a theft word (`theft_words`; with ``robbers``, also robbers or masked men, `robber_nouns`) in the sentence
        outside the trigger at tokens ``[k, kj)``?"""
        words = THEFT_WORDS | ROBBER_NOUNS if robbers else THEFT_WORDS
        return any(s in words for j, w in enumerate(view.words) if not k <= j < kj for s in stems(w, CONJ_BI_LI))

    @staticmethod
    def _metaphor_robbed(view: SentenceView, kj: int, parties: AbstractSet[int]) -> bool:
        """Is the object of the robbery word ending at token ``kj`` (after "على", an adjective at most between) an
        abstract or political thing (`robbery_metaphors`: "على الحزب", "على حقوق الآخرين", "على
        رواية"), or a party the groups layer names (``parties``, the starts of its spans: "على نداء تونس")?"""
        n = len(view.words)
        at = next((j for j in range(kj, min(kj + 2, n)) if view.words[j] == "علي"), None)
        if at is None or at + 1 >= n:
            return False
        j = at + 1
        while j < n and view.tokens[j].kind != "word" and view.tokens[j].text in '"«\'':
            j += 1  # 'على "نداء تونس"'
        if j >= n:
            return False
        if view.tokens[j].start in parties:
            return True
        w = view.words[j]
        bare = w[2:] if w.startswith("ال") and len(w) > 4 else w
        return bare in ROBBERY_METAPHORS

    def _robbery(self, view: SentenceView, k: int, kj: int, bare: bool = True,
                 parties: AbstractSet[int] = frozenset()) -> bool:
        """Is the bare robbery word at tokens ``[k, kj)`` a robbery: an operation or a verb of suffering right before
        it ("تعرضه لعملية سطو", "تعرض إلى سطو"), a site after it ("سطا ملثمون على وكالة بنكية"), a theft word or robbers
        in its sentence ("قام بالسطو على دار القرآن وسرقة مبلغ مالي")? Not "وقع السطو على الحزب". Any robbery word
        (not ``bare``: "عملية سطو", "السطو المسلح") is none after a trade or a record (`robbery_generic`)."""
        if any(w in ROBBERY_GENERIC for j in range(max(0, k - _GENERIC_REACH), k)
               for w in stems(fold(view.words[j]), CONJ_BI_LI)):
            return False  # "شبكة دولية مختصة في السطو المسلح", "سوابق عدة في السرقة والسطو": a trade, a record
        if self._metaphor_robbed(view, kj, parties):
            return False  # "قام بعملية سطو على الحزب", "السطو على رواية العراء": a political or literary "robbery"
        if not bare:
            return True
        before = [w for j in range(max(0, k - 2), k) for w in stems(view.words[j], CONJ_BI_LI)]
        if any(w in _OPERATIONS or w.startswith(SUFFER_VERBS) for w in before):
            return True
        # "تعرض شخص يعمل محاسبا بشركة خاصة إلى براكاج": the verb of suffering a few words before its "إلى" (session 27)
        if (view.is_word(k - 1, _TO_WORDS) or view.words[k].startswith("ل")) and any(
                view.clause_of(j) == view.clause_of(k) and view.words[j].startswith(SUFFER_VERBS)
                for j in range(max(0, k - _SUFFER_REACH), k)):
            return True
        return self._site_after(view, k, kj) or self._theft(view, k, kj, robbers=True)

    @staticmethod
    def _exchanged(view: SentenceView, k: int) -> bool:
        """Is the shooting at token ``k`` fire exchanged: a verb or noun of exchange before it in its clause, right
        before it or before the two sides named between (at most :data:`_EXCHANGE_REACH` words)?"""
        own = view.clause_tokens(view.clause_of(k))
        lo = max(own[0] if own else k, k - _EXCHANGE_REACH)
        return any(view.is_word(j, EXCHANGES) for j in range(lo, k))

    @staticmethod
    def _armed(actor: dict[str, Any], cands: list[Candidate]) -> bool:
        return any(c.start == actor["start"] and c.klass in ("armed", "group") for c in cands)


#: Tokens after an arrest or killing verb within which its animal object follows its subject (:meth:`_animals_taken`).
_ANIMAL_SUBJECT_REACH = 5


def _activity_stopped(view: SentenceView, k0: int, kj: int, facts: _SentenceFacts) -> bool:
    """Is the stopping noun at token ``k0`` (إيقاف/توقيف, ``kj`` the token after it) followed, right after it or
    after its definite adjective ("الإيقاف الفوري"), by a word with the preposition ل that is no person nor a name:
    the activity stopped ("الإيقاف الفوري لسكب الفوسفوجيبس", "توقيف للأشغال"), not a person taken ("إيقاف للمتهم")?"""
    j = kj + 1 if _ARTICLE.match(view.words[k0]) and kj + 1 < len(view.words) and \
        view.words[kj].startswith("ال") else kj
    if j >= len(view.words) or view.tokens[j].kind != "word":
        return False
    w = view.words[j]
    if w[:1] != "ل" or len(w) < 4 or any(c.ti == j for c in facts.cands):
        return False
    rest = "ال" + w[2:] if w.startswith("لل") else w[1:]
    return not person_word(view, rest)
