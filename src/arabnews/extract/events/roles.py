"""The events stage's roles: the actors, targets, victims and counts of a draft event (its arguments), their
assignment to the events of a sentence and the retyping an event's roles decide, as a base class of
:class:`.stage.EventExtractor`."""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from typing import Any

from ...document import NumberSpan
from ...lang.ar import clitic_splits, fold
from ...lang.ar.words import nisba_countries
from .arguments import (
    _SELF_REPORT,
    ARMED_VICTIMS,
    CONJ_BI_LI,
    FAMILY_OWNERS,
    INSTRUMENTS,
    ONE_OF,
    PEOPLE_UNITS,
    PLACE_HEADS,
    VIOLENT_TYPES,
    Candidate,
    LayerIndex,
    Mention,
    SentenceView,
    _definite,
    _indefinite_adjective,
    _object_head,
    _speech_tokens,
    agent_marker,
    bare_kin,
    count_start,
    denier,
    event_date,
    hit_noun_at,
    kin_object,
    kin_with_pronoun,
    location,
    mixed_pair,
    near_miss,
    negated,
    object_site,
    own_fighters_before,
    person_object,
    person_word,
    pronoun_victims,
    recalled_date,
    speaker,
    stems,
    suffer_subject,
)
from .clues import _after_lam, _before_dated_clauses, _nisba_of, _similar_attack, charged_act
from .crowds import CROWD_REACH, construct_crowd, crowd_end, denounced_death, protest_cause
from .gating import TriggerGates, burnt_alive, to_death
from .headlines import headline_sentence
from .sentences import _DIED_REACH, _EVENT_IN, _PASSIVE_PARTICLES, _QUOTES, Draft, _numbers_at, _oblique_plural
from .states import state_subject, trigger_pos
from .triggers import PRONOUNS, word_set
from .vocab import (
    _ABOUT,
    _ACCUSE_REACH,
    _AIR_ADJECTIVES,
    _AIR_PLACE_REACH,
    _AIR_TRADE_WORDS,
    _ASIDE_WORDS,
    _AT_WHOM,
    _BI_PRONOUNS,
    _BREAK_IN_REACH,
    _CLAIM_REACH,
    _COMMAS,
    _CROWD_APPROX,
    _DAMMA,
    _DEED_BEFORE_DATE,
    _HITTING,
    _LATE_CLAIM_REACH,
    _NOT_CLAIMS,
    _PARTICIPATION,
    _PERSON_UNITS,
    _PLURAL_ENDINGS,
    _PROTEST_TYPES,
    _QUOTE_MARKS,
    _SIDE_WORDS,
    _SUICIDE_DOERS,
    _TAKING,
    _TARGETING_STEMS,
    _TELL_COMPLEMENTIZERS,
    _THEN,
    _TIES,
    ACCUSE_VERBS,
    ACCUSE_WITH_OBJECT,
    AIR_DEFENCE,
    AIR_PLACE_BREAKS,
    AIR_PLACES,
    ANNOUNCE_VERBS,
    ASSASSINATIONS,
    ASSAULTS,
    BARE_PASSIVE_NEXT,
    BREAK_IN_DOERS,
    BREAK_IN_SITES,
    BUILDINGS,
    CALLED_OFF,
    CARRIED_OUT,
    CAUSE_WORDS,
    CLAIM_VERBS,
    CLAIMED_NOUNS,
    CLASH_CROWDS,
    CLASH_INSTRUMENTS,
    CLASH_SIDES,
    CLASHES,
    CLASHES_WITH,
    CONSTRUCT_MEMBERS,
    COURT_HEADS,
    CRIME_DOERS,
    CRIME_LINKS,
    DEAD_NOUNS,
    DISPERSALS,
    DOER_COPULAS,
    DOER_PARTITIVES,
    DOER_REACH,
    DOERS,
    DOWNED_HEADS,
    DOWNING_WORDS,
    DURING_WORDS,
    ENABLE_VERBS,
    EVENT_ADJECTIVES,
    EXECUTIONS,
    EXPLOSION_ORDER,
    EXPLOSIONS,
    FIRE_OF,
    FOIL_CUES,
    FOIL_NOUNS,
    FOIL_REACH,
    FORCE_HEADS,
    FRONT_OF,
    FRONT_OF_BUILDINGS,
    GANG_NOUNS,
    GENERIC_ATTACKS,
    GROUP_NAME_HEADS,
    IED,
    INTERCEPT_REACH,
    INTERCEPT_WORDS,
    KILLINGS,
    KIN_OF_NAMES,
    LEADER_LINKS,
    MEMBER_NOUNS,
    MET_DEATH_VERBS,
    MILITARY_SITES,
    NAMING_VERBS,
    NEUTRALISED,
    NEUTRALISING,
    NON_STATE_GROUP_KINDS,
    NON_STATE_STEMS,
    OCCUPATION_STEMS,
    OFFICIAL_HIT_VERBS,
    OPERATIONS,
    OPPOSING,
    OWNER_LINKS,
    PASSIVE_AUXILIARIES,
    PERPETRATED,
    PERPETRATED_WITH_BI,
    PERPETRATORS,
    PLURAL_CASUALTIES,
    POLICE_STEMS,
    PREPOSITIONS,
    PROTEST_VERB_STEMS,
    PROTESTER_STEMS,
    PURSUIT_OWN_DEEDS,
    QUANTITY_HEADS,
    QUOTE_MARKS,
    RAID_DOERS,
    RAID_NOUNS,
    RECALL_CUES,
    RECALL_FILLERS,
    RECALL_REACH,
    RELATIVES,
    RESPONSIBILITY,
    RIOT_SELF_OBJECTS,
    ROBBED_AFTER_REACH,
    ROBBED_OWNERS,
    ROBBER_NOUNS,
    ROBBERY_ACTS,
    ROBBERY_LEXEMES,
    ROBBERY_WAYLAY,
    ROUNDUP_REACH,
    SCUFFLE_BETWEEN_REACH,
    SEIZE_VERBS,
    SELF_ANNOUNCED,
    SEXUAL_CUES,
    SPOKESMAN_NOUNS,
    STAFF_HEADS,
    STATE_STEMS,
    STORMINGS,
    STRIKING_SUBJECTS,
    SUFFER_FORMS,
    SUFFER_REACH,
    SUFFER_VERBS,
    SUICIDE,
    SURVIVE_WORDS,
    SUSPECT_LINKS,
    SUSPECT_REACH,
    SUSPECTS,
    TARGET_CUES,
    TARGET_SITES,
    TARGETING,
    TARGETING_NOUNS,
    TERROR_ADJECTIVES,
    THEFT_WORDS,
    TIE_NOUNS,
    TIME_AFTER,
    UNKNOWN_STEMS,
    VEHICLE_NOUNS,
    VERBAL_ATTACKS,
    VICTIM_LABELS,
    VICTIM_VERBS,
    VIOLENT_PROTEST_ADVERBS,
    WAYLAY_REACH,
)


def _light_doer(view: SentenceView, c: Candidate, d: Draft) -> bool:
    """Is the person ``c`` the subject of "قام" right before the act ``d`` written with ب ("قام شابان بالاعتداء على
    عون حرس", "قامت امرأتان بطعن ممرضة"): its doer, though a person noun is most often a victim (merged session 32:
    the dual is no PER any more)?"""
    return c.ti >= 1 and c.tj == d.k and view.words[d.k].startswith("ب") and view.is_word(c.ti - 1, PERPETRATED_WITH_BI)


def _crowd_against_police(d: Draft) -> bool:
    """Are the two sides of the clash ``d`` the police (`police_stems`) and a crowd (`clash_crowds`: "بين قوات الأمن
    وعدد من شباب المنطقة", "بين الأمن وأهالي الحي"): a riot, as with protesters (session 48)?"""
    sides = [fold(a["text"]) for a in d.actors if a["role"] == "actor"]
    return len(sides) == 2 and any(
        any(stem in x for stem in POLICE_STEMS) and any(stem in y for stem in CLASH_CROWDS)
        for x, y in (sides, sides[::-1]))


def _kin_genitive(view: SentenceView, c: Candidate) -> bool:
    """Is the name ``c`` the genitive of a kin noun right before it (`kin_of_names`: "أرملة محمد البراهمي", "ونجل
    الرئيس"): whose kin, no doer of an act told after it (session 47, ev47b; held-out 6110)?"""
    if c.layer != "entities" or c.ti == 0 or view.tokens[c.ti - 1].kind != "word":
        return False
    w = view.words[c.ti - 1]
    return w in KIN_OF_NAMES or (w[:1] == "و" and w[1:] in KIN_OF_NAMES)


def _victim_named(view: SentenceView, c: Candidate) -> bool:
    """Is the name ``c`` a victim's: right after a victim's label (`victim_labels`: "الطفل ياسين", "الضحية") or a
    doer noun in the construct state (`doer_nouns`: "قاتل ياسين"), or after a person noun after one ("قاتل الطفل
    ياسين", "مغتصب الفتاة مريم")?  No doer of an act told after it (session 48; held-out 8008: the kidnapping's actor
    was the slain child)."""
    if c.layer != "entities" or c.ti == 0 or view.tokens[c.ti - 1].kind != "word":
        return False
    if view.is_word(c.ti - 1, VICTIM_LABELS):
        return True

    def doer(j: int) -> bool:  # in the construct state ("قاتل", not "القاتل محمد": the killer himself)
        return j >= 0 and view.tokens[j].kind == "word" and any(
            s in CRIME_DOERS for s in stems(view.words[j], CONJ_BI_LI))

    return doer(c.ti - 1) or (view.words[c.ti - 1].startswith("ال")
                              and person_word(view, view.words[c.ti - 1][2:]) and doer(c.ti - 2))


#: The object pronouns a verb of waylaying carries after its own ending ("اعترضه", "اعترضوه", "اعترضاه", "هددتها").
_WAYLAY_OBJECTS = frozenset(e + p for e in ("", "و", "ا", "ت") for p in PRONOUNS)
#: "سبيل" with a person's pronoun after a verb of waylaying ("اعترضوا سبيله").
_WAY_OF = frozenset("سبيل" + p for p in PRONOUNS)
_FROM_PRONOUNS = frozenset("من" + p for p in PRONOUNS)


def _robbed_from(view: SentenceView, d: Draft) -> bool:
    """Is a person named after "من" a few words after the robbery ``d``, its clause going on ("قاما بسلب حقيبة بها
    مبلغ مالي هام من صاحب مصنع للأحذية", ANT 8279; "سلب مبلغ مالي منه"): the person robbed (session 47)?"""
    for i in range(d.kj, min(d.kj + ROBBED_AFTER_REACH, len(view.words))):
        if view.tokens[i].kind == "punct":
            return False
        w = view.words[i]
        if w in _FROM_PRONOUNS:
            return True
        if w == "من" and i + 1 < len(view.words) and view.tokens[i + 1].kind == "word":
            after = view.words[i + 1]
            return person_word(view, after) or after.removeprefix("ال") in ROBBED_OWNERS
    return False


def _waylaid(view: SentenceView, d: Draft) -> bool:
    """Is a verb of waylaying or threatening with a person's object pronoun (`robbery_waylay`: "اعترضه",
    "اعترضوا سبيله", "هددوه") a few words before the robbery ``d`` in its sentence ("اعترضه مجهولون على متن سيارتين
    … وقاموا بسلب مبلغ مالي", ANT 7961): the person robbed (session 47)?"""
    for i in range(max(0, d.k - WAYLAY_REACH), d.k):
        w = view.words[i]
        w = w[1:] if w[:1] in "وف" and len(w) > 4 else w
        for verb in ROBBERY_WAYLAY:
            if w.startswith(verb) and (w[len(verb):] in _WAYLAY_OBJECTS or (
                    w[len(verb):] in ("", "وا", "ا", "ت") and view.is_word(i + 1, _WAY_OF))):
                return True
    return False


def _headline_subject(view: SentenceView, c: Candidate, d: Draft, cands: Sequence[Candidate]) -> bool:
    """Is the person ``c`` the subject of a headline told subject first, right before the act's imperfect verb
    and at the line's start or after its place and colon, the verb's object after it ("شاب يقتل صديقه",
    "ملولش : شاب يقتل صديقه إثر خلاف بينهما", ANT 8455; "طالبة تطعن زميلتها"): its doer (session 44), though a
    person noun is most often a victim?  Not with no object ("مواطن يقتل برصاص الجيش": the passive)."""
    if c.tj != d.k or d.undertaken is not None or d.kj >= len(view.words) or \
            (view.words[d.k][:1] not in ("ي", "ت") and not _past_with_object(view, d.k)) or \
            trigger_pos(view, d) != "verb" or _pronoun_object(view, d):
        return False  # (not "شاب يطعنه صديقه": the verb's pronoun is the man before it, the kin after it did it)
    o = d.kj
    if d.info is not None and d.info.lexeme in ASSAULTS:
        # "تلميذ يعتدي على أستاذة", "صيّاد يعتدي بالعنف الشديد على حارسي غابات", "3 أشخاص يعتدون جنسيا على
        # قاصر": the victim after its "على", a manner or two between (session 46); not "على يد"
        o = next((j + 1 for j in range(d.kj, min(d.kj + 4, len(view.words) - 1)) if view.words[j] == "علي"
                  and view.words[j + 1] not in ("يد", "ايدي")), len(view.words))
        if o >= len(view.words):
            return False
    obj = view.words[o]
    if not (kin_with_pronoun(obj) or person_word(view, obj)
            or any(t.ti == o and t.klass in ("civilian", "people", "entity") for t in cands)):
        return False
    if c.ti > 0 and view.tokens[c.ti - 1].text != ":":
        return False
    return headline_sentence(view.doc) == view.index


def headline_doer(view: SentenceView, k: int) -> int | None:
    """The first token of the subject of a headline told subject first, the act's verb at token ``k``: at most
    three words from the line's start or its place's colon, a person noun first, a count before it ("طالبة تطعن",
    "حارس مدرسة يعتدي", "القيروان : 3 شبان يسلبون"; session 46); else None.  Only the headline
    sentence and an imperfect verb, or a past one with its object after it ("شاب قتل صديقه", "كهل ذبح زوجته",
    "ملثمون اختطفوا طفلا"; session 48: unvowelled, "شاب قتل" alone may be passive, "a young man was killed")."""
    if k < 1 or headline_sentence(view.doc) != view.index:
        return None
    if view.words[k][:1] not in ("ي", "ت") and not _past_with_object(view, k):
        return None
    i = k
    while i > 0 and k - i < 3 and view.tokens[i - 1].kind == "word":
        i -= 1
    if i > 0 and view.tokens[i - 1].kind == "number":
        i -= 1
    if i > 0 and view.tokens[i - 1].text != ":":
        return None
    first = i + 1 if view.tokens[i].kind == "number" else i
    return i if first < k and _headline_person(view, view.words[first]) else None


def _past_with_object(view: SentenceView, k: int) -> bool:
    """Is the word after the verb at token ``k`` its object: a kin noun with its pronoun ("صديقه", "زوجته"), a
    number, or an indefinite accusative person ("سائحا", "طفلا", "امرأة" is no accusative: not read)?"""
    j = k + 1
    if j >= len(view.words) or view.tokens[j].kind not in ("word", "number"):
        return False
    if view.tokens[j].kind == "number":
        return True
    w = view.words[j]
    return kin_with_pronoun(w) or (len(w) > 3 and w.endswith("ا") and not w.startswith("ال")
                                   and person_word(view, w[:-1]))


def _headline_person(view: SentenceView, word: str) -> bool:
    """Is the folded ``word`` a person noun, a kin noun, or the nominative plural or dual of a person noun
    ("منحرفون", "ملثمون", "شابان")?"""
    if bare_kin(word) or person_word(view, word):
        return True
    return len(word) > 4 and ((word.endswith("ون") and person_word(view, word[:-2] + "ين"))
                              or (word.endswith("ان") and person_word(view, word[:-2])))


def _pronoun_object(view: SentenceView, d: Draft) -> bool:
    """Is the trigger of ``d`` a verb, third person singular, with its object pronoun ("أحرقها", "قتله", "طعنه";
    not "قتلوه", whose subject is its own, nor "مقتله", a noun)?"""
    if trigger_pos(view, d) != "verb" or (d.info is not None and (d.info.pos != "verb" or d.info.passive)):
        return False
    word = view.words[d.kj - 1]
    for p in ("هما", "هم", "ها", "ه"):
        if word.endswith(p):
            stem = word[:-len(p)]
            return len(stem) >= 3 and not stem.endswith(("و", "ا")) and \
                (d.info is None or stem.endswith(d.info.lexeme[-2:]))
    return False


def headline_object(view: SentenceView, kj: int) -> bool:
    """Is the word at token ``kj``, right after a headline's verb, a person ("زميلتها", "مواطنا", "شابا")?"""
    if kj >= len(view.words) or view.tokens[kj].kind != "word":
        return False
    return kin_with_pronoun(view.words[kj]) or _headline_person(view, view.words[kj])


#: How many tokens after a death a protest is for its shot or its victim may stand ("مقتل شاب برصاص الشرطة").
_CAUSE_CHAIN = 3
#: Words of a protest's cause (`protest_cause_words`): a death after one is what the protest is for (session 41);
#: the death nouns of that list are the death itself.
_PROTEST_CAUSES = word_set("protest_cause_words")
DEATH_WORDS_OF_CAUSE = frozenset({"وفاه"})


#: The armed victims' stems (`armed_victims`), and how many words after a deed's act its object may begin.
_ARMED_VICTIM_STEMS = tuple(sorted(ARMED_VICTIMS))
_DEED_OBJECT_REACH = 4

class RoleReader(TriggerGates):
    """The roles of an event: actors, targets, victims and counts, read from its sentence."""



    def _protest_roles(self, view: SentenceView, d: Draft, cands: list[Candidate]) -> None:
        """The protesters are the actor of their protest (the one at its noun, else the nearest in its clause,
        else the civilians its arguments found: "احتشد المئات"), the police or an armed force that intervenes or
        fires on them the other side ("فرقت الشرطة المتظاهرين": ACLED's actor 2)."""
        clause = view.clause_of(d.k)
        protesters = sorted((c for c in cands if self._protester(c) and view.clause_of(c.ti) == clause),
                            key=lambda c: (not c.ti <= d.k < c.tj, abs(c.ti - d.k)))
        if protesters:
            actors = [protesters[0].as_actor("actor")]
        else:
            actors = [a for a in d.actors if a["role"] == "actor" and not self._armed(a, cands)]
        side = None  # only when the police acts: "ويطالب المحتجون السلطات …", "تخصيص مروحية" name no other side
        if view.matches(self.lex.protest_intervention) or view.matches(self.lex.protest_excessive):
            side = next((c for c in cands if c.klass == "armed" and not self._protester(c)), None)
        d.actors = actors + ([side.as_actor("target")] if side is not None else [])

    def _clash_sides(self, view: SentenceView, layers: LayerIndex, d: Draft, cands: list[Candidate]) -> None:
        """The police or state forces named first after "صدامات/مواجهات بين" (`clash_sides`, a day between at most)
        are the other side of the protest or riot ``d`` of the sentence, its target, and the crowd after "و" its
        actor ("دارت صدامات الأحد بين الشرطة البولونية والمئات من سكان مدينة ايلك … كانوا يحتجون بعنف", ANT 1238;
        session 47)."""
        if d.type not in _PROTEST_TYPES:
            return

        def between(b: int) -> bool:  # "صدامات الأحد بين"
            # (also definite: "المناوشات التي جدّت بين", ANT 2635; and a whole date between: "صدامات أمس الجمعة 31
            # مارس 2017، بين", ANT 1727; session 48, ev48b)
            return b >= 1 and view.words[b] == "بين" and any(
                view.is_word(j, CLASH_SIDES) or view.words[j].removeprefix("ال") in CLASH_SIDES
                for j in range(max(0, b - SCUFFLE_BETWEEN_REACH), b))

        for a in d.actors:
            k = view.token_at(a["start"])
            if a["role"] != "actor" or k is None or k < 2 or not any(stem in fold(a["text"]) for stem in STATE_STEMS):
                continue
            if not between(k - 1):
                # the police second ("مواجهات بين المحتجين وقوات الأمن"), the crowd before them the actor
                # (an aside between commas may come before them: "بين عدد من المحتجين، المطالبين بالتنمية، وقوات
                # الأمن", session 48)
                # (و may stand apart: "بين متظاهرين موالين للزعيم الشيعي و قوات الأمن", ANT 1337; session 48)
                if (view.words[k].startswith("و") or view.words[k - 1] == "و") \
                        and any(x is not a and x["role"] == "actor" for x in d.actors) \
                        and any(between(b) and all(view.tokens[j].kind == "word" or view.tokens[j].text in ("،", ",")
                                                   for j in range(b, k))
                                for b in range(max(0, k - 6 - _ASIDE_WORDS), k - 1)):
                    a["role"] = "target"
                continue
            a["role"] = "target"
            _, end = view.span_tokens(a["start"], a["end"])
            if end >= len(view.words) or not view.words[end].startswith("و"):
                return
            second = next((x for x in d.actors if x is not a and (t := view.token_at(x["start"])) is not None
                           and end <= t <= end + 2), None)
            if second is not None:  # "مواجهات بين قوات الأمن وعشرات المحتجين": read as the police's target
                second["role"] = "actor"
                return
            crowd = next((c for c in cands if end <= c.ti <= end + 1 and not self._armed(c.as_actor("actor"), cands)),
                         None)
            num = next((n for n in layers.within("numbers", view.tokens[end].start, view.tokens[end].end)), None)
            if crowd is None and num is not None and (getattr(num, "unit", None) in _PERSON_UNITS or (
                    num.attrs.get("form") == "words" and num.kind == "approximate")):
                # "والمئات من سكان مدينة ايلك": the people counted, else the count
                crowd = RoleReader._counted_crowd(view, num.end) or Candidate(
                    num.start, num.end, view.doc.text[num.start:num.end], "numbers", end, end + 1, "civilian")
            if crowd is not None and not any(x["role"] == "actor" for x in d.actors):
                d.actors.insert(0, crowd.as_actor("actor"))
            return

    @staticmethod
    def _robbery_type(view: SentenceView, d: Draft) -> None:
        """A robbery (`robbery_acts` in its trigger's words: "سطو", "براكاج", "يسلبون", "بسلب") is an attack on
        civilians when its target is a person (a person or kin noun, a count of people, a name), else a looting,
        whatever frame read it (session 47: "قامت عصابة بسلب تاجر" was an attack, "3 شبان يسلبون مواطنا" a looting)."""
        if (d.type, d.subtype) not in (("violence against civilians", "attack"),
                                       ("strategic developments", "looting/property destruction")):
            return
        if not any(s in ROBBERY_ACTS or s.removeprefix("ال") in ROBBERY_ACTS
                   for w in view.words[d.k:d.kj] for s in stems(w, CONJ_BI_LI)):
            return

        def person(a: dict[str, Any]) -> bool:
            if a["layer"] == "numbers":
                return True
            if a["layer"] == "entities" and view.layers is not None and any(
                    e.label == "PER" and e.end == a["end"] for e in view.layers.starting_at("entities", a["start"])):
                return True
            words = fold(a["text"]).split()
            return bool(words) and person_word(view, words[0])

        j = d.kj
        while j < len(view.words) and view.tokens[j].kind != "word" and view.tokens[j].text in _QUOTES:
            j += 1  # 'قاموا بسلب "الضيف" الياباني هاتفه' (ANT 7906): a person no role read
        if any(a["role"] == "target" and person(a) for a in d.actors) or (
                j < len(view.words) and not any(a["role"] == "target" for a in d.actors)
                and person_word(view, view.words[j])) or _robbed_from(view, d) or _waylaid(view, d):
            d.type, d.subtype = "violence against civilians", "attack"
        else:
            d.type, d.subtype = "strategic developments", "looting/property destruction"

    @staticmethod
    def _burnt_alive_type(view: SentenceView, d: Draft) -> None:
        """A burning whose victim is burnt alive (:func:`.gating.burnt_alive`: "قبل أن يحرق حيا", ANT 7286) is a
        killing, an attack on civilians with one dead for "حيا"/"حية" and an uncounted number for "أحياء" (session 47,
        ev47b), not property destruction."""
        if d.info is None or d.negated or (d.type, d.subtype) not in (
                ("strategic developments", "looting/property destruction"), ("violence against civilians", "attack")):
            return
        j = burnt_alive(view, d.info.lexeme, d.kj) if d.subtype != "attack" else None
        death = to_death(view, d.info.lexeme, d.kj) if j is None else None
        if j is None and death is None:
            return
        d.type, d.subtype = "violence against civilians", "attack"
        if j is not None:
            d.actors = [a for a in d.actors if not (a["role"] == "target" and a.get("layer") == "text"
                                                      and a["start"] >= view.tokens[j].start)]
        if not d.killed and any((c := view.lex.casualties.get(w)) is not None and c.kind == "killed"
                                for w in view.words):
            return  # "عن مقتل خمسة أشخاص … ويطعن شرطيا حتى الموت" (ANT 1830): the sentence counts its dead
        if not d.killed and death is not None and view.layers is not None:
            # "طعن مهاجمون حتى الموت خمسة أشخاص" (ANT 1467): the people counted right after
            num = next((n for n in view.layers.starting_at("numbers", view.tokens[death + 2].start)
                        if n.unit in _PERSON_UNITS), None) if death + 2 < len(view.tokens) else None
            if num is not None:
                d.killed.append(Mention("killed", num.value or 0, num.kind == "approximate", num.start, num.end, death))
        if not d.killed:
            at = j if j is not None else death
            assert at is not None
            t = view.tokens[at]
            plural = view.words[at] == "احياء"
            d.killed.append(Mention("killed", 0 if plural else 1, False, t.start, t.end, at, explicit=False,
                                    vague=plural))

    def _participants_actor(self, view: SentenceView, d: Draft, cands: list[Candidate]) -> None:
        """A protest with no actor takes the protesters its sentence names elsewhere, the nearest
        (session 34, ev34b): "وتواصلت الوقفة الاحتجاجية إلى حدود منتصف النهار حيث رفع المحتجون شعارات", "ويتواصل
        الاعتصام …، وقد رفع المعتصمون شعارات". Only the nominative, the subject of their own deed: an oblique
        noun is often those the protest is for or about ("التحركات الداعمة للمعتصمين", "مسيرات منددة بالتدخل
        الأمني تجاه المعتصمين"); not those the news meets or quotes (`protester_heads`), nor another of its roles."""
        if d.type not in _PROTEST_TYPES or d.negated or any(a["role"] == "actor" for a in d.actors):
            return
        others = sorted((c for c in cands if self._protester(c) and view.words[c.ti].endswith(("ون", "و"))
                         and not self._told_of(view, c.ti) and not (c.ti <= d.k < c.tj)
                         and not any(a["start"] < c.end and c.start < a["end"] for a in d.actors)),
                        key=lambda c: abs(c.ti - d.k))
        if others:
            d.actors.insert(0, others[0].as_actor("actor"))

    @staticmethod
    def _crowd_actor(view: SentenceView, layers: LayerIndex, d: Draft) -> None:
        """A protest or riot with no actor: the crowd counted near its trigger is its actor, a number word with no
        unit ("احتشد المئات أمام مقر الولاية", "خرج عشرات الآلاف في مسيرة", "نظم المئات وقفة احتجاجية") or a
        count of people ("تجمع نحو 200 شخص"), not a count of something else ("شارك 3 أحزاب في المسيرة")."""
        if d.type not in _PROTEST_TYPES or any(a["role"] == "actor" for a in d.actors):
            return
        clause = view.clause_of(d.k)
        for num in layers.within("numbers", view.start, view.end):
            pos = view.token_at(num.start)
            # (further before the trigger when the counted crowd and its adjectives reach it: "نظم عشرات من
            # الأساتذة المتعاقدين وقفة احتجاجية", "نظم العشرات من أهالي المنطقة وقفة"; session 30)
            if pos is None or not d.k - CROWD_REACH <= pos <= d.kj + 2 or view.clause_of(pos) != clause:
                continue
            unit = getattr(num, "unit", None)
            vague = num.attrs.get("form") == "words" and num.kind == "approximate"
            if unit in _PERSON_UNITS or (unit is None and vague):
                end = max(num.end, int(num.attrs.get("unit_end", num.end)))
                start = count_start(view.doc.text, num)  # "متظاهرين اثنين"
                crowd = Candidate(start, end, view.doc.text[start:end], "numbers", pos, pos + 1, "civilian")
                if vague:  # "تظاهر آلاف المواطنين": the citizens, counted or not
                    crowd = RoleReader._counted_crowd(view, num.end) or crowd
                last = crowd_end(view, crowd.end, d.k)
                if pos < d.k - 3 and (last is None or last < d.k - 1):
                    continue  # too far, with other words between: not the crowd of this protest
                if last is not None and end < view.tokens[last].end and crowd.layer == "numbers" and unit:
                    # the counted noun's adjectives ("عشرات من الأساتذة المتعاقدين")
                    end = view.tokens[last].end
                    crowd = Candidate(start, end, view.doc.text[start:end], "numbers", pos, pos + 1, "civilian")
                d.actors.insert(0, crowd.as_actor("actor"))
                return
        # the crowd counted after a word of taking part later in the sentence ("وقفة احتجاجية أمام مقر الولاية
        # بمشاركة المئات من الأساتذة", "بحضور آلاف المواطنين"; session 36), no other protest between
        for p in range(d.kj, len(view.tokens) - 1):
            if view.words[p] not in _PARTICIPATION:
                continue
            num = next((n for n in layers.within("numbers", view.tokens[p + 1].start, view.end)
                        if view.token_at(n.start) == p + 1 or (view.token_at(n.start) == p + 2
                                                               and view.words[p + 1] in _CROWD_APPROX)), None)
            if num is None:
                return
            unit = getattr(num, "unit", None)
            vague = num.attrs.get("form") == "words" and num.kind == "approximate"
            if not (unit in _PERSON_UNITS or (unit is None and vague)):
                return
            start = view.tokens[p + 1].start
            end = max(num.end, int(num.attrs.get("unit_end", num.end)))
            crowd = Candidate(start, end, view.doc.text[start:end], "numbers", p + 1, p + 2, "civilian")
            if vague:
                crowd = RoleReader._counted_crowd(view, num.end) or crowd
            d.actors.insert(0, crowd.as_actor("actor"))
            return

    @staticmethod
    def _counted_crowd(view: SentenceView, end: int) -> Candidate | None:
        """The people a number word with no unit counts, the definite plural noun right after it (and its
        adjective), written with or without "من": "احتج مئات المشجعين" → "المشجعين", "تظاهر مئات الكوريين
        الجنوبيين" → "الكوريين الجنوبيين", "المئات من الأهالي" → "الأهالي"; not a time ("عشرات اليوم")."""
        k = view.token_at(end)
        while k is not None and k < len(view.tokens) and view.tokens[k].start < end:
            k += 1
        if k is None or k >= len(view.words):
            return None
        if view.words[k] == "من":
            k += 1
        if k >= len(view.words) or view.tokens[k].kind != "word" or view.clause_of(k) != view.clause_of(k - 1):
            return None
        head = view.words[k]
        if construct_crowd(view, k):  # "المئات من أهالي المنطقة" (session 30)
            s, e = view.tokens[k].start, view.tokens[k + 1].end
            return Candidate(s, e, view.doc.text[s:e], "text", k, k + 2, "civilian")
        if not head.startswith("ال") or len(head) < 5 or head in TIME_AFTER or head in PREPOSITIONS \
                or not head.endswith(_PLURAL_ENDINGS) or head in PLURAL_CASUALTIES:
            return None
        kj = k + 1
        if kj < len(view.words) and view.tokens[kj].kind == "word" and view.words[kj].startswith("ال") \
                and view.words[kj].endswith(("يين", "يون")):
            kj += 1
        s, e = view.tokens[k].start, view.tokens[kj - 1].end
        return Candidate(s, e, view.doc.text[s:e], "text", k, kj, "civilian")

    def _force_against_protesters(self, d: Draft, cands: list[Candidate],
                                  kinds: dict[str | None, str | None]) -> None:
        """An armed actor's attack on protesters is a protest met with excessive force, the protesters its
        actor ("قتل 3 متظاهرين برصاص قوات الأمن": ACLED's actor 1 the protesters, actor 2 the police).  ACLED keeps
        that subtype for state forces: gunmen, unknown ones or a non-state group (``non_state_group_kinds`` of
        ``kinds``, the group kinds by id) shooting protesters is an attack on civilians ("مسلحون مجهولون أطلقوا
        النار على المتظاهرين", "أطلق عناصر من تنظيم داعش النار على المتظاهرين")."""
        if d.type != "violence against civilians":
            return
        victims = [a for a in d.actors if a["role"] == "target" and self._protester(a)]
        armed = [a for a in d.actors if a["role"] == "actor" and self._armed(a, cands)]
        if not victims or not armed:
            return
        if all(kinds.get(a.get("group_id")) in NON_STATE_GROUP_KINDS if a.get("group_id") else
               any(stem in fold(a["text"]) for stem in NON_STATE_STEMS + UNKNOWN_STEMS) for a in armed):
            return
        d.type, d.subtype = "protests", "excessive force against protesters"
        swapped = [{**a, "role": "target" if a["role"] == "actor" else "actor"} for a in d.actors]
        d.actors = sorted(swapped, key=lambda a: a["role"] != "actor")

    def _passive(self, view: SentenceView, d: Draft) -> str | None:
        """How the trigger of ``d`` is a passive whose subject is its victim: ``"verb"`` for a past verb written
        with a damma after its first letter ("قُتل", "اعتُقل", "أُعدم"), ``"pronoun"`` for a verbal noun with a
        pronoun after a passive auxiliary ("جانغ تم إعدامه", "والذي تم اغتياله"), ``"relative"`` for a verb with an
        object pronoun right after a relative pronoun, whose antecedent is its object ("محمد الزواري الذي اغتاله
        الكيان الصهيوني"); else None."""
        text = view.doc.text[d.start:d.end]
        folded = d.text_folded or fold(text)
        bare = folded[1:] if folded[:1] in "وف" and len(folded) > 3 else folded
        if (d.info is None or d.info.pos == "verb") and _DAMMA in text[1:] and bare[:1] not in "يتن":
            return "verb"
        if d.info is not None and d.info.pos == "verb" and d.k > 0 and view.words[d.k - 1] in RELATIVES and \
                self._object_pronoun(folded):
            return "relative"
        if d.k > 0 and view.is_word(d.k - 1, PASSIVE_AUXILIARIES):
            info = d.info
            if info is not None and info.pos == "noun" and folded.endswith(PRONOUNS) \
                    and not folded.endswith(info.lexeme):
                return "pronoun"
        return None

    def _bare_passive(self, view: SentenceView, d: Draft) -> bool:
        """Is the arrest verb of ``d`` a singular past written without its damma that reads passive: no object
        pronoun on it and, right after it, a time, a preposition, a cause or the end of its clause, not a subject
        or an object ("كيم سانج دوك … اعتقل في أواخر شهر افريل", "… اعتقل يوم السبت للاشتباه")?"""
        info = d.info
        if d.subtype != "arrests" or info is None or info.pos != "verb":
            return False
        folded = d.text_folded or fold(view.doc.text[d.start:d.end])
        bare = folded[1:] if folded[:1] in "وف" and len(folded) > 3 else folded
        if bare[:1] in "يتن" or bare.endswith(("وا", "ا", "ن")) or self._object_pronoun(folded) or d.kj != d.k + 1:
            return False
        return d.kj >= len(view.words) or view.tokens[d.kj].kind == "punct" or \
            view.is_word(d.kj, BARE_PASSIVE_NEXT)

    def _assailant(self, view: SentenceView, d: Draft, after: Candidate) -> int | None:
        """Is the person ``after`` the subject of an active verb of assault right before it, its doer rather than
        its victim ("اعتدى شخصان على جارهما", "اعتدت مجموعة من الشبان على أستاذ", "هاجم شخص مسلح عدد من
        المارة")?  The token of the "على" that names the victim (-1 for "هاجم", whose passive "هوجم" is spelled
        apart), else None.  Not "اعتُدي على": the passive has its "على" right after the verb."""
        info = d.info
        if info is None or info.pos != "verb" or info.passive or self._passive(view, d) is not None or \
                after.klass not in ("civilian", "people"):
            return None
        words, n = view.words, len(view.words)
        if fold(view.doc.text[d.start:d.end]).endswith(("وا", "ا", "تا")):
            return None  # "ثلاثة أشقاء، هاجموا أحد سكان الزاوية": the doers are the verb's, the noun its object
        prev = view.tokens[d.k - 1] if d.k > 0 else None
        if prev is not None and prev.kind == "word" and view.clause_of(d.k - 1) == view.clause_of(d.k) and \
                any(m[1] == prev.end for m in view.matches(self.lex.actor_re, prev.start, prev.end)):
            return None  # "مسلح يهاجم المارة": the subject stands before the verb (a headline), the noun is its object
        if after.tj == after.ti + 1 and words[after.ti].endswith("ين") and view.start <= after.start < view.end \
                and any(n.attrs.get("dual") for n in _numbers_at(view, after.start)):
            return None  # "رجلا هاجم امرأتين": a dual in the oblique case is the object, its subject is -ان
        # (a place between, for an assault with its على: "اعتدى في الكويت مواطن على أحد رجال الأمن"; session 42)
        framed = {j for x in view.layers.within("entities", view.start, view.end) if x.label == "LOC"
                  for j in range(*view.span_tokens(x.start, x.end))} \
            if after.ti > d.kj and view.layers is not None and info.lexeme in ASSAULTS else set()
        between = [j for j in range(d.kj, after.ti) if words[j] not in QUANTITY_HEADS and words[j] != "من"
                   and j not in framed and not (words[j] == "في" and j + 1 in framed)]
        if len(between) > 0 or words[d.kj] == "علي":
            return None
        if info.lexeme in ASSAULTS:
            # "اعتدى الشخص المذكور بالعنف على عون المرور": the victim's "على" within two words (not "على يد")
            return next((j for j in range(after.tj, min(after.tj + 3, n)) if words[j] == "علي"
                         and (j + 1 >= n or words[j + 1] not in ("يد", "ايدي"))), None)
        return -1 if info.lexeme in VERBAL_ATTACKS else None

    @staticmethod
    def _kin_after_subject(view: SentenceView, d: Draft, after: Candidate) -> Candidate | None:
        """The kin with its possessive pronoun right after the one-word person noun ``after`` that is the subject of
        the killing, assault or arrest verb of ``d`` ("وقتلت امرأة زوجها", "قتل رجل زوجته", "قتل الشاب شقيقه"), as a
        candidate; else None (session 40)."""
        if after.layer != "text" or after.ti != d.kj or trigger_pos(view, d) != "verb":
            return None
        k = after.ti + 1
        if k >= len(view.words) or view.tokens[k].kind != "word" or view.clause_of(k) != view.clause_of(after.ti):
            return None
        head, kin = view.words[after.ti], view.words[k]
        # (a definite head too: "قتل الشاب شقيقه", no genitive after the article)
        # ("المرأة": the article on "امرأة" drops its alif)
        if not (person_word(view, head) or (head.startswith("ال") and person_word(view, "ا" + head[2:]))) or \
                kin_with_pronoun(head) or not kin_object(kin):
            return None
        # (the candidate may hold the kin and more kin after "و": "قتل رجل زوجته وابنته")
        end = max(k + 1, after.tj)
        if any(view.tokens[j].kind != "word" or not (
                view.words[j].startswith("و") and kin_with_pronoun(view.words[j][1:])) for j in range(k + 1, end)):
            return None
        start, stop = view.tokens[k].start, view.tokens[end - 1].end
        return Candidate(start, stop, view.doc.text[start:stop], "text", k, end, "people")

    @staticmethod
    def _undertaker(view: SentenceView, layers: LayerIndex, d: Draft, cands: list[Candidate]) -> Candidate | None:
        """The subject right after the verb of undertaking of ``d`` (see :meth:`_undertaken`): a candidate ("أقدم
        شابان", "أقدم منحرف") or a count of people ("عمد ثلاثة أشخاص"), before the act; else None."""
        verb = d.undertaken
        if verb is None:
            return None
        found = next((c for c in cands if verb < c.ti <= verb + 2 and c.tj <= d.k), None)
        if found is not None:
            return found
        if view.is_word(verb + 1, DOER_PARTITIVES) and view.words[verb + 2:verb + 3] == ["من"]:
            # "قام مجموعة من المسلحين يستخدمون السكاكين بالهجوم" (ANT 1934): the people after "من" (session 46)
            found = next((c for c in cands if c.ti == verb + 3 and c.tj <= d.k), None)
            if found is not None:
                return found
        found = next((c for c in cands if c.tj == verb and c.klass in ("civilian", "people", "armed")
                      and view.clause_of(c.ti) == view.clause_of(verb)), None)
        if found is not None:
            return found  # "إلا أن شخصين قاما بالإعتداء": the subject before the verb (session 42)
        numbers = layers.within("numbers", view.start, view.end)
        for num in numbers:
            pos = view.token_at(num.start)
            if pos is not None and verb < pos <= verb + 2 and num.unit in _PERSON_UNITS:
                end = max(num.end, int(num.attrs.get("unit_end", num.end)))
                last = view.token_at(end - 1)
                if last is None or last >= d.k:
                    return None
                return Candidate(num.start, end, view.doc.text[num.start:end], "numbers", pos, last + 1, "people")
        # a person noun no candidate reads, with its adjectives or genitive, right after the verb or after "أحد"
        # (session 47): "قام أحد الأشخاص المتواجدين بالمكان بطعنه", "قام سائق شاحنة بدهسهم"
        j = verb + 2 if view.is_word(verb + 1, ONE_OF) else verb + 1
        if j >= d.k or view.clause_of(j) != view.clause_of(d.k):
            return None
        return person_object(view, j, d.k, cands, numbers)

    def _counted_victim(self, view: SentenceView, c: Candidate) -> bool:
        """Is candidate ``c`` the genitive of a casualty noun, a victim ("مقتل جنود في هجوم انتحاري", "وفاة شاب
        ألقى بنفسه", "إصابة عون")?"""
        if c.ti == 0 or view.tokens[c.ti].start != c.start:
            return False
        w = view.words[c.ti - 1]
        cue = self.lex.casualties.get(w) or (self.lex.casualties.get(w[1:]) if w[:1] in "وفبل" else None)
        return cue is not None and cue.pos == "noun"

    def _died_before(self, view: SentenceView, layers: LayerIndex, d: Draft, c: Candidate) -> bool:
        """Is candidate ``c``, before the trigger of ``d`` in its clause, one whose death is told right before the
        event that took it ("في"/"خلال" and the trigger): the genitive of a killing noun a few words before it, his
        titles and names between ("أكد فيه مقتل "أبو سفيان الصوفي" أمير كتيبة "عقبة بن نافع" في عملية", "خبر مقتل
        أمير تنظيم أنصار الشريعة الإرهابي سيف الله بن حسين و المكنّى بـ"أبي عيّاض" في اشتباكات"), or the subject of
        a killing verb right before it ("إن زعيم تنظيم داعش في ليبيا والمعروف باسم "أبو نبيل" قد قتل في قصف")?
        The announcer is no doer of it, nor is the one who died (session 36); not a name after an agent's marker
        ("مقتل شاب على يد مسلحين في هجوم")."""
        if d.k < 2 or c.tj > d.k or view.words[d.k - 1] not in _EVENT_IN or view.clause_of(c.ti) != view.clause_of(d.k):
            return False
        # (an armed side, the subject of a verb of dying in a clash, is still its side: "إن المسلحين قتلوا في اشتباكات
        # مع الجيش"; the genitive of a killing noun is its victim, as "مقتل جنود في هجوم": "مقتل أمير كتيبة عقبة بن
        # نافع في عملية عسكرية")
        side = d.type == "battles" and c.klass in ("armed", "group")

        def killed(j: int, pos: str) -> bool:
            w = view.words[j]
            info = self.lex.casualties.get(w) or (self.lex.casualties.get(w[1:]) if w[:1] in "وفبل" else None)
            return info is not None and info.kind == "killed" and info.pos == pos and not near_miss(view, j)

        v = d.k - 2
        clause = view.clause_of(d.k)
        if any((view.token_at(n.start) or 0) > d.k and view.clause_of(view.token_at(n.start) or 0) == clause
               and n.unit in PEOPLE_UNITS for n in layers.within("numbers", view.tokens[d.k].start, view.end)):
            v = -1  # the verb's object after the event: "وكان الجيش قد قتل في غارة جوية 5 مسلحين" (active)
        if not side and v >= c.tj and v - c.tj <= 3 and killed(v, "verb") and all(
                view.words[j] in _PASSIVE_PARTICLES or view.tokens[j].text in _QUOTES for j in range(c.tj, v)):
            return True
        if any(view.tokens[j].text not in _QUOTES for j in range(c.tj, d.k - 1)):
            return False  # a clause between: "مقتل 7 ارهابيين من بينهم X الذى تورط في اغتيال السياسي …"
        for j in range(c.ti - 1, max(-1, c.ti - _DIED_REACH), -1):
            if agent_marker(view, j) or view.clause_of(j) != view.clause_of(c.ti) or view.words[j] in RELATIVES:
                return False
            if killed(j, "noun"):
                return not any(agent_marker(view, m) for m in range(c.tj, d.k))
        return False

    def _member_victim(self, view: SentenceView, layers: LayerIndex, c: Candidate, *, bodies: bool = False) -> bool:
        """Is candidate ``c`` a group named as the affiliation of members a casualty word right before counts
        ("مقتل قيادي في حزب الله بغارة", "استشهاد أحد عناصر حركة حماس", "قتل ثلاثة من عناصر حزب الله", "مقتل
        عناصر من حزب الله" read as the group)?  Their side is hit: the target, not the actor."""
        if c.ti <= 0 or (c.layer not in ("groups", "entities") and c.members is None and not bodies):
            return False  # a named group or organisation, not "ضابط شرطة" (one noun phrase)
        after = c.tj
        if view.texts[after:after + 1] == ["("]:  # "عناصر من تنظيم الدولة (داعش) 5 جنود": past the group's alias
            after = next((j + 1 for j in range(after + 1, min(after + 6, len(view.tokens)))
                          if view.texts[j] == ")"), after)
        if c.members is not None and not bodies and any(
                view.token_at(num.start) == after for num in layers.within("numbers", c.end, view.end)):
            # "قتل مسلحون يشتبه في انتمائهم لتنظيم الدولة الإسلامية في الصحراء الكبرى 12 مدنيا": a count right after
            # the men's group is what they killed, they are the verb's subject (session 32)
            return False
        j = c.ti - 1
        if c.members is None or bodies:  # "قيادي في حزب الله", "عنصر من", "أحد عناصر حزب الله"
            if view.texts[j] in _QUOTES and j > 0:
                j -= 1  # 'مقتل 6 قياديين من تنظيم "داعش"' (session 39)
            if view.words[j] in GROUP_NAME_HEADS and j > 0:
                j -= 1  # "قيادي في حركة حماس": the group's head noun outside its span
            if view.words[j] in ("في", "من"):
                j -= 1
            if not view.is_word(j, MEMBER_NOUNS):
                if not view.is_word(j - 1, MEMBER_NOUNS) or view.is_word(j, PREPOSITIONS):
                    return False
                j -= 1  # "قيادي بارز في حزب الله": one adjective
            j -= 1
        counted: set[int] = set()
        for num in layers.within("numbers", view.start, view.end):
            a, b = view.span_tokens(num.start, num.end)
            counted.update(range(a, b))
        for _ in range(3):  # "أحد", "ثلاثة من", "اثنين من"
            if j >= 0 and (view.words[j] in ("من", "احد", "احدي") or j in counted):
                j -= 1
        def casualty(k: int) -> bool:
            w = view.words[k] if k >= 0 else ""
            if w in MET_DEATH_VERBS:
                # "لقي قيادي بارز في تنظيم القاعدة مصرعه في غارة": the death noun after the group (session 39)
                return any(pronoun_victims(view.words[x], ("هما", "هم", "ه"))
                           for x in range(c.tj, min(c.tj + 3, len(view.words))))
            w = w[1:] if w[:1] in "وف" and w[1:] in self.lex.casualties else w
            info = self.lex.casualties.get(w) or (self.lex.casualties.get(w[1:]) if w[:1] in "بل" else None)
            if info is None and any(t.lexeme in ASSASSINATIONS and t.pos == "verb"
                                    for t in self.lex.triggers.get(w[1:] if w[:1] in "وف" else w, ())):
                # "اغتالت إسرائيل قياديا في حركة حماس بغارة": the assassination verb kills as قتلت does
                return not w.endswith(("ه", "ها", "هم", "هما"))
            # not a verb with its victims as an object pronoun: its subject follows ("جنود قتلهم عناصر داعش")
            return info is not None and not (info.pos == "verb" and w.endswith(("ه", "ها", "هم", "هما")))

        if casualty(j):
            return True
        # "قتلت إسرائيل قياديا في حزب الله": the members are the object of a killing after its subject's name
        named = [view.span_tokens(e.start, e.end) for name in ("entities", "groups")
                 for e in layers.within(name, view.start, view.end)]
        return any(b - 1 == j and casualty(a - 1) for a, b in named)

    def _act_retold(self, view: SentenceView, d: Draft) -> int | None:
        """The token of a verbal noun of ``d``'s kind at most 6 words before it in its clause, with no verb between
        ("حرق منزل حياة بن علي ونهبه": "حرق"), that the pronoun-suffixed noun ``d`` after و tells again."""
        clause = view.clause_of(d.k)
        for j in range(d.k - 1, max(-1, d.k - 7), -1):
            if view.clause_of(j) != clause or view.tokens[j].kind != "word":
                return None
            for s in stems(view.words[j], CONJ_BI_LI):
                infos = self.lex.triggers.get(s[2:] if s.startswith("ال") else s, ())
                if any(t.pos == "verb" for t in infos):
                    return None
                if any(t.pos == "noun" and t.subtype == d.subtype for t in infos):
                    return j
        return None

    @staticmethod
    def _doer_before(view: SentenceView, k: int) -> int | None:
        """The token of a noun of the doer heading the event at token ``k`` ("منفذ الهجوم", "منفذي عملية
        التفجير") or of the suspect ("المشتبه به في حادثة الدهس", "المتهمين في عملية الاغتيال"), or None."""
        j = k - 1 if view.is_word(k - 1, OPERATIONS) else k
        if view.is_word(j - 1, PERPETRATORS):
            return j - 1
        if j > 0 and view.words[j - 1] == "في":
            j -= 1 + int(view.is_word(j - 2, SUSPECT_LINKS))
            if view.is_word(j - 1, SUSPECTS):
                return j - 1
        return None

    @staticmethod
    def _person(layers: LayerIndex, view: SentenceView, c: Candidate) -> bool:
        """Is the candidate a person's name (a PER entity)?"""
        return any(e.start == c.start and e.label == "PER" for e in layers.within("entities", view.start, view.end))

    @staticmethod
    def _names_doer(view: SentenceView, c: Candidate, doer: int) -> bool:
        """Is the candidate right before the doer's or suspect's noun at token ``doer``, with only punctuation
        or a quoted nickname between ("ل"صلاح عبد السلام" المشتبه به في", "أحمد المالكي "الصومالي" المشتبه
        به في"; not "قالت ليلى إن منفذ")?"""
        if c.tj > doer:
            return True
        between = range(c.tj, doer)
        if len(between) > 3:
            return False
        return all(view.tokens[j].kind != "word" or (j - 1 in between and j + 1 in between) for j in between)

    @staticmethod
    def _called_off(view: SentenceView, d: Draft) -> bool:
        """Is the protest noun of ``d`` called off: "تأجيل الإضراب", "إلغاء الإضراب المفتوح", "تعليق تنفيذ
        الإضراب" (not "تعليق لافتات خلال الوقفة")?"""
        if d.type not in _PROTEST_TYPES or d.info is None or d.info.pos != "noun":
            return False
        j = d.k - 1 - int(view.is_word(d.k - 1, CARRIED_OUT))
        return view.is_word(j, CALLED_OFF)

    @staticmethod
    def _owner_not_actor(view: SentenceView, d: Draft) -> None:
        """An actor after the trigger written with ل after a site the event aims at or an adjective of
        opposition, or in the genitive of such a site, owns the target or is opposed ("قصفت الطائرات موقعا
        لحماس", "غارات تستهدف مواقع لتنظيم القاعدة", "استهدفت مواقع الإرهابيين", "مظاهرات مناوئة لترامب"): it
        is the target (the first one), not the actor."""
        for a in d.actors:
            if a["role"] != "actor" or a["start"] < d.end:
                continue
            k = view.token_at(a["start"])
            if k is None or k <= d.kj:
                continue
            w = view.words[k]
            lam = (w.startswith("ل") and view.tokens[k].start < a["start"]) or view.words[k - 1] in ("ل", "لـ")
            j = k - 1 - int(view.words[k - 1] in ("ل", "لـ"))
            j -= int(lam and j > d.kj and view.words[j] in OWNER_LINKS)
            # with ل after a site or an adjective of opposition, or the genitive of a site ("مواقع الإرهابيين")
            if j >= d.kj and (view.words[j] in TARGET_SITES or (lam and view.words[j] in OPPOSING)):
                a["role"] = "target"
                d.actors.sort(key=lambda x: x["role"] != "actor")

    @staticmethod
    def _accused(view: SentenceView, d: Draft, cands: list[Candidate]) -> None:
        """The act after "اتهم X Y بـ…" is Y's: the accuser X (the verb's first candidate) is no side of it — an
        actor, or the side that fires on protesters (their event's target), is replaced by the accused Y (the next
        candidate, before the "بـ" word) or dropped ("اتهمت المعارضة قوات الأمن بقتل المتظاهرين")."""
        words = view.words
        verb = next((j for j in range(d.k - 1, max(-1, d.k - 1 - _ACCUSE_REACH), -1)
                     if view.is_word(j, ACCUSE_VERBS) or view.is_word(j, ACCUSE_WITH_OBJECT)), None)
        if verb is None:
            return
        by = next((j for j in range(verb + 1, d.k + 1) if words[j].startswith("ب") and len(words[j]) > 3), None)
        if by is None:
            return  # "اتهم الرئيس … بعد الهجوم": no accusation of an act
        if any(c.tj in (verb, verb - 1) for c in cands):
            return  # the accuser before the verb ("الداخلية المصرية تتهم قادة الإخوان بالوقوف خلف تفجير الكنيسة")
        between = sorted((c for c in cands if verb < c.ti and c.tj <= by), key=lambda c: c.ti)
        pronoun = view.is_word(verb, ACCUSE_WITH_OBJECT)
        if not between or (len(between) == 1 and not pronoun) or between[0].ti > verb + 4:
            return  # ("اتُّهمت الشرطة بقتل": passive, the one named is the accused)
        accuser = between[0]
        accused = next((c for c in between[1:] if c.ti >= accuser.tj), None) if not pronoun else None
        role = "target" if d.type == "protests" else "actor"  # (the protesters are their protest's actor)
        if role == "target" and not any(a["role"] == "target" and a["start"] < accuser.end
                                        and accuser.start < a["end"] for a in d.actors):
            return
        kept = [a for a in d.actors
                if not (a["role"] == role and a["start"] < accuser.end and accuser.start < a["end"])]
        if len(kept) == len(d.actors):
            return
        if accused is not None and not any(a["start"] < accused.end and accused.start < a["end"] for a in kept):
            kept.append(accused.as_actor(role))
        d.actors = sorted(kept, key=lambda a: a["role"] != "actor")

    def _owned_means(self, view: SentenceView, d: Draft, cands: list[Candidate], drafts: list[Draft]) -> None:
        """Aircraft, a drone or a missile "of" a side near the trigger ("استهدفت طائرة مسيرة تابعة للجيش السوداني
        مواقع لقوات الدعم السريع", "قصفت طائرات حربية تابعة لقوات حفتر مطار معيتيقة"): the side after "تابعة ل" is
        the actor, not the aircraft phrase nor the target (an intercepted one is :meth:`_interceptor`'s)."""
        words, n = view.words, len(view.words)
        for j in range(max(1, d.k - 5), min(n - 1, d.kj + 5)):
            if words[j] not in OWNER_LINKS or not words[j + 1].startswith("ل") or view.clause_of(j) != d.clause:
                continue
            if not any((w[2:] if w.startswith("ال") else w) in DOWNED_HEADS or w in INSTRUMENTS
                       for w in words[max(0, j - 3):j]):
                continue
            owner = next((c for c in cands if c.ti == j + 1 and c.klass in ("group", "armed", "entity")), None)
            if owner is None or self._interceptor(view, d, drafts) is not None:
                return
            first = view.tokens[max(0, j - 3)].start
            d.actors = [a for a in d.actors if a["start"] != owner.start
                        and not (a["role"] == "actor" and first <= a["start"] < view.tokens[j].end)]
            d.actors.insert(0, owner.as_actor("actor"))
            return

    @staticmethod
    def _interceptor(view: SentenceView, d: Draft, drafts: list[Draft]) -> int | None:
        """The token of a word of interception a few words before the trigger of ``d`` in its clause, with no other
        event between ("اعترضت الدفاعات الجوية صاروخا", "اعتراض الدفاع الجوي السوري لصواريخ توماهوك", "التصدي لهجوم
        الارهابيين"), else None."""
        clause = view.clause_of(d.k)
        # a drone, an aircraft or a missile shot down ("أسقطت الدفاعات الجوية طائرة مسيرة"), not a barrel dropped
        downed = any(w in DOWNED_HEADS or (w.startswith("ال") and w[2:] in DOWNED_HEADS)
                     for w in stems(view.words[d.k]))
        for j in range(d.k - 1, max(-1, d.k - INTERCEPT_REACH - 1), -1):
            if view.clause_of(j) != clause or any(o is not d and o.k == j for o in drafts):
                return None
            if view.is_word(j, INTERCEPT_WORDS) or (
                    downed and any(w in DOWNING_WORDS for w in stems(view.words[j], CONJ_BI_LI))):
                return j
        return None

    @staticmethod
    def _recalled(view: SentenceView, d: Draft) -> int | None:
        """The token of the anniversary, trial or case that names the trigger of ``d`` as an old act: a word of
        `recall_cues` right before it in its clause, with at most a few `recall_fillers` or numbers between ("إحياء
        الذكرى الرابعة لاغتيال", "محاكمة المتهمين في اغتيال", "القضية المتعلقة بالهجوم", "بعد مرور سنة على تفجير");
        else None."""
        clause = view.clause_of(d.k)
        for j in range(d.k - 1, max(-1, d.k - RECALL_REACH - 2), -1):
            if view.clause_of(j) != clause:
                return None
            if view.is_word(j, RECALL_CUES):
                return j
            if not (view.is_word(j, RECALL_FILLERS) or view.tokens[j].kind == "number"):
                return None
        return None

    @staticmethod
    def _named_doer(view: SentenceView, d: Draft, clause_end: int) -> int | None:
        """The token after the pronoun that names the doer of the event ``d`` headed by a doer's noun
        ("منفذ عملية الدهس بالخليل هو الشهيد خالد أحمد", "منفذي الهجوم هم عناصر من تنظيم داعش"), or None."""
        for j in range(d.kj, min(d.kj + 5, clause_end + 1, len(view.words))):
            if view.words[j] in DOER_COPULAS:
                return j + 1
        return None

    @staticmethod
    def _perpetrator_at(view: SentenceView, k: int) -> int | None:
        """The token after the verb at ``k`` when its object is the event before it ("شنه", "نفذتها", "تبناه",
        "قام به"): there its subject, the actor, begins; else None."""
        w = view.words[k]
        if w in PERPETRATED:
            return k + 1
        if w in PERPETRATED_WITH_BI and k + 1 < len(view.words) and view.words[k + 1] in _BI_PRONOUNS:
            return k + 2
        return None

    @staticmethod
    def _late_perpetrator(view: SentenceView, d: Draft, clause_end: int, drafts: list[Draft]) -> int | None:
        """The token after a verb whose object pronoun is the event ``d``, further than :meth:`_perpetrator_at`
        reads: a verb of claiming (``claim_verbs``, with or without و) within :data:`_LATE_CLAIM_REACH` words of the
        trigger, in a later clause too ("هجمات في مواقع مختلفة من العاصمة الفرنسية باريس تبناها تنظيم داعش",
        "تفجيران انتحاريان، صباح الأحد، كنيسة … بأحد السعف، تبناهما تنظيم داعش"), or a verb of
        ``perpetration_verbs`` joined by و in the trigger's relative clause ("الاعتداءات الدامية التي استهدفتها وتبناها
        تنظيم داعش", "التي استهدفت … مجلس الشورى … وتبناها التنظيم"); no other event's trigger between (a targeting
        verb is no other event). None when there is none."""
        relative = next((j for j in range(d.kj, min(d.kj + 3, len(view.words))) if view.words[j] in RELATIVES), None)
        for k in range(d.kj + 1, min(d.kj + _LATE_CLAIM_REACH, len(view.words) - 1)):
            w = view.words[k]
            bare = w[1:] if w[:1] == "و" else w
            if any(o is not d and d.kj <= o.k <= k and not (o.info is not None and o.info.lexeme in TARGETING)
                   for o in drafts):
                return None
            if w in RELATIVES and k > d.kj + 2:
                return None  # "…، وهو النهج الذي تبناه التنظيم": another noun's clause
            if bare in CLAIM_VERBS or (k <= clause_end and w != bare and relative is not None and relative < k
                                       and bare in PERPETRATED):
                return k + 1
        return None

    @staticmethod
    def _agent_of_other(view: SentenceView, d: Draft, k: int, drafts: list[Draft]) -> bool:
        """Is the agent marker ("على يد", "من قبل", "من طرف") whose first word is before token ``k + 1`` another
        word's: another trigger's between ``d`` and it ("الاحتجاج … تعرض الى اعتداءات من طرف قوات الأمن"), or a
        verbal noun with a pronoun right before it ("بتفجير نفسه خلال ملاحقته من طرف الوحدات الأمنية", "إيقاف
        شاب بعد اتهامه من طرف فتاة")?"""
        # (a verb of targeting is no other event: it tells what this one hit and is merged into it)
        if any(d.kj <= o.k <= k for o in drafts
               if o is not d and not (o.info is not None and o.info.lexeme in TARGETING)):
            return True
        # as written (ه, not the ة the folded words share it with: "بمدينة … من قبل" is no such noun)
        # ... but not a verb of targeting, whose pronoun is the event's target ("الهجوم الذي استهدفها من طرف
        # مجموعة إرهابية": the group attacked)
        return d.kj <= k < len(view.words) and view.tokens[k].kind == "word" and len(view.words[k]) > 4 \
            and view.tokens[k].text.endswith(PRONOUNS) and not view.words[k].startswith(_TARGETING_STEMS)

    @staticmethod
    def _instrument_of(view: SentenceView, d: Draft, c: Candidate) -> Candidate:
        """The actor ``c``, widened back to the instrument that ends the trigger when ``c`` is only the
        instrument's nisba adjective: "قصف الطيران الإسرائيلي" → "الطيران الإسرائيلي" (not "الإسرائيلي"), "قصف
        الطائرات الحربية الروسية" → "الطائرات الحربية الروسية"."""
        k = d.kj - 1
        if c.tj != c.ti + 1 or not d.kj <= c.ti <= d.kj + 2 or view.words[k] not in INSTRUMENTS:
            return c
        if not all(_nisba_of(view.words[j]) in EVENT_ADJECTIVES for j in range(d.kj, c.ti)):
            return c
        if _nisba_of(view.words[c.ti]) not in nisba_countries():
            return c
        t, u = view.tokens[k], view.tokens[c.ti]
        return Candidate(t.start, u.end, view.doc.text[t.start:u.end], "text", k, c.tj, "armed")

    def _national_noun(self, view: SentenceView, d: Draft) -> Candidate | None:
        """The country nisba adjective of the trigger noun of ``d`` that names who did it ("القصف الروسي",
        "الاعتداء الإسرائيلي"; a battle's only when a generic attack: "المعارك السورية" says where), or None.
        An indefinite one only of a strike or an attack ("غارة أمريكية", "هجوم روسي"): after another noun it is
        the object, a person ("اعتقال تونسي", "اختطاف فرنسي")."""
        info = d.info
        # (a verb spelled as its noun reads so before an indefinite nisba: "أسفر قصف إسرائيلي على منزل")
        noun = info is not None and (info.pos == "noun" or (d.text_folded in (info.lexeme, "و" + info.lexeme)
                                                             and d.kj < len(view.words)
                                                             and not _definite(view.words[d.kj])))
        if info is None or not noun or (d.type == "battles" and info.lexeme not in GENERIC_ATTACKS):
            return None
        return self._nationality(view, d.kj, indefinite=d.type in ("explosions/remote violence", "battles"))

    @staticmethod
    def _nationality(view: SentenceView, kj: int, *, indefinite: bool = False) -> Candidate | None:
        """A country's nisba adjective describing the trigger noun before ``kj``, after its other adjectives: who
        did it, as ACE and ERE read a premodifying nationality ("الهجوم الصاروخي الأمريكي", "الغارات
        الإسرائيلية", "القصف الروسي", "غارة أمريكية": the adjective as definite as its noun).  Not of a battle's
        noun ("المعارك السورية" says where)."""
        nations = nisba_countries()
        definite = kj > 0 and _definite(view.words[kj - 1])
        if not (definite or indefinite):
            return None
        for k in range(kj, min(kj + 3, len(view.tokens))):
            w = view.words[k]
            if view.tokens[k].kind != "word" or w.startswith("ال") != definite:
                return None
            bare = _nisba_of(w)
            if bare in nations:
                t = view.tokens[k]
                return Candidate(t.start, t.end, t.text, "text", k, k + 1, "armed")
            if bare not in EVENT_ADJECTIVES:
                return None  # only the event's own adjectives stand between ("الصاروخي", "الجوية")
        return None

    # -- arguments ---------------------------------------------------------------------------------
    def _arguments(self, view: SentenceView, layers: LayerIndex, d: Draft, cands: list[Candidate],
                   names: dict[str, Any], drafts: list[Draft]) -> None:
        clause = d.clause = view.clause_of(d.k)
        span = view.clause_range(clause)
        own = view.clause_tokens(clause)
        if view.roundup and own:  # a run of headlines without punctuation: only the trigger's own words
            own = range(max(own[0], d.k - ROUNDUP_REACH), min(own[-1], d.kj - 1 + ROUNDUP_REACH) + 1)
            span = (view.tokens[own[0]].start, view.tokens[own[-1]].end)
            cands = [c for c in cands if own[0] <= c.ti and c.tj - 1 <= own[-1]]
        d.negated = negated(view, d.k, noun=d.info is not None and d.info.pos == "noun") or self._called_off(view, d)
        d.location = location(view, layers, d.start, span, names, verb=d.info is not None and d.info.pos == "verb")
        others = frozenset(o.k for o in drafts if o is not d)
        point = d.subtype == "arrests"
        similar = frozenset(o.k for o in drafts if _similar_attack(view, o))
        d.date = event_date(view, layers, d.start, span, others=others, point=point, similar=similar)
        if view.roundup:
            if d.location and not span[0] <= d.location["start"] < span[1]:
                d.location = None
            if "start" in d.date and not span[0] <= d.date["start"] < span[1]:
                d.date = event_date(view, layers, d.start, span, within=True, others=others, point=point,
                                    similar=similar)
        d.recall = self._recalled(view, d)
        if d.recall is not None:
            d.date = recalled_date(view, layers, d.kj, span)
        if d.subtype not in SELF_ANNOUNCED:  # "أعلن فصيل جيش الإسلام انشقاق …": the group tells of its own change
            talk = d.type in ("protests", "riots")
            # who tells of it is not in it, but who calls or announces a protest, or announces arrests
            announced = d.subtype == "arrests" or (d.info is not None and d.info.lexeme in CLAIMED_NOUNS
                                                   and self._claimed(view, d.k))
            # the state that announces an execution carried it out ("أعلنت السلطات الإيرانية إعدام أربعة أشخاص")
            executed = d.info is not None and (d.info.lexeme in EXECUTIONS or d.info.lexeme in NEUTRALISING)
            cands = [c for c in cands if not speaker(view, c, d.k, protest=talk, announced=announced or (
                executed and any(stem in fold(c.text) for stem in STATE_STEMS)))]
            if talk:  # "وقفة احتجاجية أمام وزارة التربية", "يعتصمون أمام مجلس نواب الشعب": where, not who
                cands = [c for c in cands if not self._in_front_of(view, c.ti)]
        # "مسلحو جماعة أنصار الله (الحوثيين)", "قوات سوريا الديمقراطية (قسد)": a name in brackets right after
        # another glosses it, the same side, no participant of its own (session 30)
        # (not one glossing a name no role can take: "بالتعاون مع بعثة الاتحاد الأفريقي (أتميس)" keeps its gloss)
        cands = [c for c in cands if not any(
            o.end <= c.start and view.doc.text[o.end:c.start].strip(" \"'«»") == "(" and not o.attributive
            and not o.oblique and not view.is_word(o.ti - 1, PREPOSITIONS) for o in cands)]
        in_clause = [c for c in cands if view.clause_of(c.ti) == clause]
        actors: list[Candidate] = []
        targets: list[Candidate] = []
        n = len(view.tokens)

        dated: set[int] = set()
        for dspan in layers.within("dates", view.start, view.end):
            a, b = view.span_tokens(dspan.start, dspan.end)
            dated.update(range(a, b))

        def starting(k: int, gap: int) -> Candidate | None:
            gap += sum(1 for j in range(k, k + gap + 6) if j in dated)  # "قصفت اليوم الأربعاء … طائرتان"
            for c in cands:
                if k <= c.ti <= k + gap and c not in actors and c not in targets and not c.instrument:
                    return c
            return None

        clause_end = own[-1] if own else d.kj

        def other_trigger_before(k: int) -> bool:
            """Does another event's trigger stand between this one and token ``k`` (what follows is that event's)?"""
            return any(o is not d and d.kj <= o.k < k for o in drafts)

        def taken_person(k: int) -> Candidate | None:
            """The person no candidate names right after "على"/"ضد" ("اعتدى على طالبة بالمعهد"), for an act on one."""
            # only the "على" of the trigger itself, no other event's between ("إيقاف شخص اعتدى على عون ديوانة": the man
            # assaulted the officer, he is the one arrested)
            if d.subtype not in _TAKING or any(c.ti == k for c in cands) or \
                    other_trigger_before(k):
                return None
            return person_object(view, k, clause_end + 1, cands, layers.within("numbers", view.start, view.end))

        agents: list[Candidate] = []  # the actors named by "على يد", "من قبل", "من طرف"
        sides = False  # the two sides of "بين X و Y" were named: no later word is the target
        # "الاعتداءات التي استهدفتها وتبناها تنظيم داعش": who claims it did it, and is no target of "استهدفتها"
        late = self._late_perpetrator(view, d, clause_end, drafts)
        # (a verb's own subject did it: "هاجم مسلحون دورية …" keeps its gunmen)
        subject = starting(d.kj, 2) if d.info is not None and d.info.pos == "verb" else None
        if late is not None and (subject is None or subject.klass not in ("armed", "group")) and \
                (claimer := starting(late, 2)) is not None:
            actors.append(claimer)
            agents.append(claimer)
        for k in range(d.kj, min(clause_end + 1, n)):
            w = view.words[k]
            found: Candidate | None = None
            # "على يد", "من قبل", "من طرف": the agent, unless another word's ("خلال ملاحقته من طرف …")
            is_agent = agent_marker(view, k)
            if is_agent and self._agent_of_other(view, d, k - 2, drafts):
                continue
            if is_agent:
                found = starting(k + 1, 3)  # 'من قبل تنظيم "داعش"': a head word and a quote may come first
                if found:
                    actors.append(found)
                    agents.append(found)
            elif k - sum(1 for j in range(d.kj, k) if view.tokens[j].text in _QUOTE_MARKS) <= d.kj + 2 and \
                    (after_verb := self._perpetrator_at(view, k)) is not None:
                # (the charge in quotes between: 'طائرة بدون طيار "مفخخة" أطلقتها الميليشيا الحوثية', session 31)
                found = starting(after_verb, 1)  # "الهجوم الذي نفذته حركة الشباب": the subject did it
                if found is None and after_verb + 2 < len(view.words) and view.words[after_verb + 1] == "من" \
                        and view.words[after_verb] in self.lex.armed:
                    # a lone doer read as this event's trigger, of a group: "بسيارة مفخخة يقودها انتحاري من تنظيم
                    # داعش" (the group, as for "يقودها انتحاريون من تنظيم داعش"; session 35)
                    found = starting(after_verb + 2, 1)
                    found = found if found is not None and found.klass == "group" else None
                if found:
                    actors.append(found)
                    agents.append(found)
            elif w in FIRE_OF:
                found = starting(k + 1, 1)
                if found and found.klass != "civilian":
                    actors.append(found)
            elif w == "بين" and k - sum(1 for j in range(d.kj, k) if j in dated) <= d.kj + 3 and not actors:
                # "مواجهات بين الأمن والمحتجين", "اشتباكات بين قوات حفتر ومتشددين": both sides are actors (a
                # relative clause and its day may come first: "المواجهات التي جدّت اليوم الأربعاء بين …")
                found = starting(k + 1, 1)
                # (not a protest's: "وقفات احتجاجية مشتركة بين القطاعين العام والخاص" names sectors, no sides)
                pair = [] if d.type == "protests" else self._two_sides(view, layers, k, clause_end, cands, dated,
                                                                         found)
                if pair:
                    actors.extend(pair)
                    agents.extend(pair)
                    sides = True
                elif found:
                    actors.append(found)
            elif w in TARGET_CUES:
                # a cue after another event's trigger is that event's ("قصفت … مواقع لتنظيم داعش ردا على هجوم
                # انتحاري استهدف نقطتي تفتيش للجيش الليبي": the army's checkpoints were the suicide attack's target)
                if w != "ضد" and other_trigger_before(k):
                    continue
                # "استهدف منزلا لعائلة أبو عودة": the family's home, not its name (session 31)
                home = object_site(view, k + 1, clause_end + 1, cands) if view.is_word(k + 2, FAMILY_OWNERS) else None
                if home is not None:  # (the family's name is in it, no participant of its own)
                    cands = [c for c in cands if not home.start <= c.start < home.end]
                    in_clause = [c for c in in_clause if not home.start <= c.start < home.end]
                found = taken_person(k + 1) or home or starting(k + 1, 2)
                if found:
                    targets.append(found)
            elif w == "مع" and k <= d.kj + 1 and d.info is not None and d.info.lexeme in CLASHES_WITH:
                found = starting(k + 1, 2)  # "معارك مع تنظيم داعش", "اشتباكات مع قوات النظام": the other side
                if found:
                    targets.append(found)
            elif w == "علي" and k <= d.kj + 2 and (k + 1 >= n or view.words[k + 1] not in ("يد", "ايدي")) and \
                    not (d.kj > 0 and view.words[d.kj - 1] == "علي" and any(c.ti == d.kj and c.tj < k for c in cands)) \
                    and not view.is_word(k + 1, TIE_NOUNS) and not (  # "خلية تكفيرية على اتصال بإرهابيين": in touch
                        view.tokens[k].text == "علي" and any(c.ti < k <= c.tj and c.klass == "entity" for c in cands)):
                # (not the name "علي" after a first name: "قتل الشاب محمد علي برصاص مسلحين", session 40; nor another
                # verb's after the one taken: "القبض على امرأة تحيّلت على سيدة أعمال", session 41)
                found = taken_person(k + 1) or starting(k + 1, 1)
                if found:
                    targets.append(found)
        if not sides and not actors and d.info is not None and d.info.lexeme in CLASHES_WITH:
            far = self._clash_between(view, layers, d, drafts, dated)
            pair = self._two_sides(view, layers, far, max(view.clause_tokens(view.clause_of(far))), cands, dated,
                                   None) if far is not None else []
            if pair:  # "اندلعت اشتباكات عنيفة، ليلة الأحد، بين جهاز دعم الاستقرار وقوة الردع" (session 30)
                actors.extend(pair)
                agents.extend(pair)
                targets = [c for c in targets if c not in pair]
                sides = True
        doer = self._doer_before(view, d.k)
        doers_named = False  # the doers named after "هو": the words after the event are theirs, no target
        if doer is not None and not actors:
            named = self._named_doer(view, d, clause_end)
            found = starting(named, 2) if named is not None else None
            if found is not None:
                actors.append(found)  # "منفذ عملية الدهس بالخليل هو الشهيد خالد أحمد"
                doers_named = True
                second = next((c for c in cands if c.ti == found.tj + 1 and view.words[found.tj] == "و"), None)
                if second is not None:
                    actors.append(second)  # "منفذي الهجوم و هما محمد خضير و ألكسندر بوسينيت"
        protest = d.type in ("protests", "riots") or d.subtype == "looting/property destruction"
        info = d.info
        passive = self._passive(view, d)
        after = starting(d.kj, 2 if info and info.pos == "verb" else 1)
        if after is not None and d.subtype == "arrests" and info is not None and info.pos == "noun" and \
                d.text_folded.endswith(PRONOUNS) and not d.text_folded.endswith(info.lexeme):
            after = None  # "تم إيقافه واقتياده إلى مركز الحرس": its object is the pronoun, what follows no genitive
        if after is not None and view.clause_of(after.ti) == clause and not (after.instrument and not targets):
            if info is not None and info.pos == "noun":
                role = "target" if info.genitive == "target" else "actor"
                if role == "target" and info.lexeme in TARGETING_NOUNS and after.ti == d.kj and (
                        view.words[after.ti] in INSTRUMENTS or self._genitive_agent(view, after)):
                    role = "actor"  # "استهداف الطيران الإسرائيلي سيارة": who targets, its object after
            elif passive == "verb" or (info is not None and (info.passive or (
                    info.genitive == "target" and after.layer == "entities" and after.klass == "entity"))):
                role = "target"  # "اغتيل المعارض …", "اعتُقل ثلاثة …", "اعتقل محمد …"
            else:  # a verb: its subject ("قتلت قوات الأمن مسلحا"), unless a victim follows ("قُتل المدنيون")
                role = "actor" if not d.standalone or after.klass in ("armed", "group") else "target"
                if role == "target" and after.tj < n and view.tokens[after.tj].kind == "word" and \
                        kin_with_pronoun(view.words[after.tj]):
                    role = "actor"  # "قتل محمد زوجته": the kin with a pronoun is the object, the name the subject
                if d.undertaken is not None:
                    role = "target"  # "أقدم شابان على طعن شاب": the noun's object
                if after.layer == "text" and _oblique_plural(view.words[after.ti]) and (after.ti == d.kj or (
                        after.ti == d.kj + 1 and view.tokens[d.kj].text in _QUOTES)):
                    role = "target"  # "الجيش قتل إرهابيين اثنين": a plural in -ين after the verb is its object
                if after.ti == d.kj + 1 and view.words[d.kj] in ONE_OF:
                    role = "target"  # "القوات الأمنية قتلت أحد المهاجمين": one of them, its object (session 37)
                head = after.head if after.head >= 0 else after.start
                first = view.token_at(head)
                if first is not None and first > d.kj and after.members is None \
                        and (view.doc.text[head - 1] == "ل" or view.words[first - 1] == "في"):
                    # "استهدفت مواقع لقوات النظام", "اغتال قائدا في حزب الله": a verb's subject has no
                    # preposition; the name is its object's owner (session 30)
                    role = "target"
                if role == "actor" and after.ti == d.kj + 1 and after.members is None and hit_noun_at(view, d.kj) \
                        and not view.words[d.kj].startswith("ال"):
                    # "الجيش قصف مواقع المتمردين", "إن الطائرات قصفت مقرات الحوثيين": a site's owner right after the
                    # verb is its object's, never the subject (session 30, third wave)
                    role = "target"
            assailant = self._assailant(view, d, after)
            armed = next((c for c in cands if assailant is not None and c.ti == after.tj and c.klass == "armed"
                          and view.tokens[c.ti].start == c.start), None)
            if armed is not None:  # "هاجم شخص مسلح عدد من المارة": one armed man, not a man and a gunman
                after = replace(after, end=armed.end, text=view.doc.text[after.start:armed.end], tj=armed.tj)
                cands = [c for c in cands if c is not armed]
            if after.klass in ("civilian", "people") and not protest and assailant is None:
                role = "target"
            if info is not None and info.headline and after.ti == d.kj and headline_doer(view, d.k) is not None \
                    and not _pronoun_object(view, d):
                role = "target"  # "3 شبان يسلبون مواطنا": a subject-first headline's object (session 46)
            if info is not None and info.pos == "noun" and info.lexeme in ASSAULTS and after.ti == d.kj and \
                    after.tj < n and view.words[after.tj].startswith("علي") and after.klass in ("civilian", "people"):
                role = "actor"  # "بعد اعتداء مواطن عليه": the genitive before على is who assaults (session 42)
            if d.subtype == "arrests" and view.words[after.ti].removeprefix("ال") in GANG_NOUNS:
                role = "target"  # "تمكن أعوان الشرطة من ضبط خلية تكفيرية": the gang is arrested, never arrests
            if after.instrument or after.oblique or (self._counted_victim(view, after) and assailant is None):
                role = "target"  # "انفجرت عبوة ناسفة بدورية للجيش", "مقتل مسلحين"
            if role == "actor" and after.ti > d.kj and view.is_word(after.ti - 1, _AT_WHOM):
                role = "target"  # "الاعتداء مطلع اكتوبر الماضي على معتمد سيدي حسين": the object of على (session 26)
            kin = self._kin_after_subject(view, d, after)
            if kin is not None and not actors and not targets:
                # "وقتلت امرأة زوجها", "قتل رجل زوجته": the person noun is the subject, the kin with its
                # pronoun the object (session 40)
                after, role = replace(after, end=view.tokens[after.ti].end, tj=after.ti + 1, klass="people",
                                      text=view.doc.text[after.start:view.tokens[after.ti].end]), "actor"
                targets.append(kin)
            if role == "actor" and actors:
                role = "target"
            elif role == "target" and targets and not actors and not after.oblique and (
                    info is None or info.pos == "verb" or after.klass not in ("civilian", "people")):
                role = "actor"  # "اعتدت حشود غاضبة على رجل": the subject, the target after على
            if not (role == "target" and targets):
                (actors if role == "actor" else targets).append(after)
            if role == "actor" and info is not None and info.lexeme in TARGETING_NOUNS and \
                    self._genitive_agent(view, after) and \
                    (site := object_site(view, after.tj, clause_end + 1, cands)) is not None:
                # "إثر استهداف قوات النظام السوري نقطة عسكرية على محور الفوج 46": the masdar's object is hit, what
                # follows its "على" is where (session 32)
                targets = [c for c in targets if c.tj <= after.ti] + [site]
                d.sites.add(site.start)
            if assailant is not None and assailant >= 0 and role == "actor" and not targets:
                hit = taken_person(assailant + 1) or starting(assailant + 1, 2)
                if hit is not None:  # "اعتدى الشخص المذكور بالعنف على عون المرور"
                    targets.append(hit)
        suffered = any(w.startswith(SUFFER_VERBS) for j in view.clause_tokens(clause) if j < d.k
                       for w in stems(view.words[j]))
        # "أعلنت الشرطة عن اعتقال": who announces; not "أعلن التنظيم مسؤوليته عن الهجوم": who claims it
        # (nor "أعلنت سرايا القدس عن استهداف تجمع لجنود الاحتلال": who claims a strike, session 26 second wave)
        announced = d.k > 0 and view.words[d.k - 1] == "عن" and not view.is_word(d.k - 2, RESPONSIBILITY) and \
            not (d.info is not None and d.info.lexeme in CLAIMED_NOUNS and self._claimed(view, d.k))
        # the subject before: the actor, or the victim of a suffering verb even when a marker named the actor
        # ("تعرضت كيم كاردشيان إلى هجوم مسلح من طرف مسلحين")
        # "بعد تعطلها امس بسبب تحركات احتجاجية": a protest named as a cause has no doer before it
        caused = protest and info is not None and info.pos == "noun" and view.is_word(d.k - 1, CAUSE_WORDS)
        if not actors and info is not None and (info.pos == "verb" or own_fighters_before(view, d.k)):
            reporter = self._self_reporter(view, d, cands, drafts)
            if reporter is not None:  # "أعلن الجيش الإسرائيلي، صباح اليوم، أنه اغتال …": the speaker did it
                actors.append(reporter)
                targets = [c for c in targets if c is not reporter]
        if d.undertaken is not None and not actors:
            undertaker = self._undertaker(view, layers, d, cands)
            if undertaker is not None:  # "عمد ثلاثة أشخاص، إلى قتل جارهم": the subject of the verb of undertaking
                actors.append(undertaker)
                targets = [c for c in targets if c.start != undertaker.start]
        # a violent act or an arrest told after a person's name and a colon is his word, he did not do it (a protest
        # keeps him: its headline folds with its lead's by their sides)
        told = d.type in VIOLENT_TYPES or d.subtype == "arrests"
        if (not actors or (suffered and not targets)) and not announced and not caused:
            # "نفت وزارة الدفاع وقوع اشتباكات": who denies the event is not its actor
            # (a group after "من" is its members' when a casualty word counts them: "مقتل 6 قياديين من تنظيم داعش في
            # غارة", session 39)
            before = [c for c in in_clause if c.tj <= d.k and not c.instrument
                      and (not c.attributive or (c.layer == "groups" and view.words[c.ti - 1:c.ti] != ["مع"]
                                                 and self._member_victim(view, layers, c)))
                      and c not in targets and c not in actors
                      and (protest or suffered or c.klass not in ("civilian", "people") or _light_doer(view, c, d)
                           or _headline_subject(view, c, d, [*targets, *cands]))
                      and not denier(view, c.ti) and not (told and self._colon_speaker(view, layers, c))
                      and not _kin_genitive(view, c)]
            if not before and (ti := headline_doer(view, d.k)) is not None:
                # "أب يقتل ابنه", "شقيقان يقتلان جارهما": a headline's bare kin noun before the act's imperfect verb
                # is its doer, though no candidate names it (session 45); so a bare person noun, counted or not,
                # with its complement ("تلميذ يعتدي على أستاذة", "3 شبان يختطفون امرأة", "حارس مدرسة يعتدي على تلميذ";
                # session 46)
                tok, lead = view.tokens[d.k - 1], view.tokens[ti]
                kin = Candidate(lead.start, tok.end, view.doc.text[lead.start:tok.end], "text", ti, d.k, "civilian")
                if _headline_subject(view, kin, d, cands):
                    before = [kin]
            if not before and clause > 0 and clause - 1 not in view.result_clauses and not view.roundup and \
                    not any(view.clause_of(o.k) == clause - 1 for o in drafts):
                # "نفذت الفصائل في ذلك الوقت، عمليات تفجير": the subject before a comma
                # (a protest's: its people too, "دخل أعوان الصحة بالمستشفى المحلي …، في اضراب مفتوح")
                before = [c for c in cands if view.clause_of(c.ti) == clause - 1 and not c.attributive
                          and not (told and self._colon_speaker(view, layers, c))
                          and c not in targets and c not in actors and (c.klass in ("group", "armed", "entity") or (
                              d.type in _PROTEST_TYPES and c.klass in ("civilian", "people")))]
            if not before and not view.roundup and (subject := self._subject_past_date(view, d, cands, clause, dated,
                                                                                       drafts)) is not None:
                # "أطلقت جبهة البوليساريو، ليلة الأحد إلى الاثنين، أربعة مقذوفات": the subject two commas before,
                # only a date between (session 32)
                before = [subject]
            if before and d.info is not None and d.info.lexeme in CLAIMED_NOUNS and self._claimed(view, d.k) and \
                    (spoken := self._spoken_for(view, before[-1].ti - 1)) is not None and \
                    (body := starting(spoken + 1, 1)) is not None and body.klass in ("group", "armed", "entity") \
                    and body.tj <= before[-1].ti:
                before = [body]  # "أعلن الناطق باسم كتائب القسام أبو عبيدة استهداف": not the spokesman (session 32)
            if not before and d.info is not None and d.info.lexeme in CLAIMED_NOUNS and self._claimed(view, d.k):
                # "أعلن الجيش السوداني، الثلاثاء، استعادة السيطرة": the announcer, the date between commas (s. 31)
                verb = next((j for j in range(d.k - 1, max(-1, d.k - 16), -1)
                             if any(w in ANNOUNCE_VERBS for w in stems(view.words[j]))), None)
                spoken = self._spoken_for(view, min(d.k - 1, verb + 4)) if verb is not None else None
                # "أعلن المتحدث العسكري باسم جماعة الحوثي … استهداف": the body he speaks for (session 32)
                subject = starting(spoken + 1 if spoken is not None else verb + 1, 1) if verb is not None else None
                if subject is not None and subject.tj <= d.k and subject.klass in ("group", "armed", "entity"):
                    before = [subject]
            if not before and clause > 0 and own and view.words[own[0]] == "من" and (
                    own[0] == d.k - 1 or (d.k > own[0] and view.tokens[d.k].text.startswith("و"))):
                # ("نجحت الفرقة المركزية … أمس، من الإطاحة بشبكة … وإيقاف 6 أشخاص": a second act of the same "من")
                # "تمكنت الوحدات الأمنية بالمهدية، اليوم الاثنين، من إيقاف عنصر": the subject of the verb of
                # managing, clauses before
                verb = next((j for j in range(d.k - 1) if view.clause_of(j) < clause
                             and any(w in ENABLE_VERBS for w in stems(view.words[j]))), None)
                # (its subject's head may be no candidate: "الفرقة المركزية لمكافحة المخدرات للحرس الوطني")
                subject = starting(verb + 1, 5) if verb is not None else None
                if subject is not None and subject.tj <= d.k and subject.klass in ("group", "armed", "entity") \
                        and view.clause_of(subject.ti) < clause:  # "تمكنت يوم أمس الثلاثاء، دورية مشتركة …"
                    before = [subject]
            if not before and clause > 0 and "القبض" in stems(view.words[d.k]):
                # "ألقت الوحدات الأمنية، بمركز تستور بباجة، مساء اليوم الجمعة، القبض على": the subject of "ألقت"
                verb = next((j for j in range(d.k - 1, -1, -1) if view.clause_of(j) < clause
                             and any(w in SEIZE_VERBS for w in stems(view.words[j]))), None)
                subject = starting(verb + 1, 2) if verb is not None else None
                owner = next((c for c in cands if subject is not None and c.ti == subject.tj
                              and c.klass in ("group", "entity")), None)
                subject = owner or subject  # "ألقت وحدات الجيش الجزائري، …، القبض": the army
                if verb is not None and subject is not None and subject.tj <= d.k \
                        and subject.klass in ("group", "armed", "entity") and view.clause_of(subject.ti) < clause \
                        and not any(o is not d and verb < o.k < d.k for o in drafts):
                    before = [subject]
            if doer is not None:
                # "اعتقلت الشرطة منفذ عملية الدهس": the police arrested the doer, they rammed no one; a name right
                # before the doer's noun is the doer ("أنيس عامري منفذ اعتداء برلين")
                before = [c for c in before if self._names_doer(view, c, doer) and self._person(layers, view, c)]
            if d.info is not None and d.info.pos == "verb" and view.is_word(d.k - 1, RELATIVES):
                # "الذي/التي استهدفت": the subject is the antecedent right before the pronoun, if any
                # ("المسلحون الذين هاجموا"; not the police of "اعتقلت الشرطة منفذ عملية الدهس التي استهدفت")
                before = [c for c in before if c.tj >= d.k - 1
                          or (c.tj == d.k - 2 and not view.words[d.k - 2][:1].isalpha())]  # "الإرهابي، الذي"
            # the people in a union's name are the union's ("النقابة العامة للأطباء والصيادلة وأطباء الأسنان")
            before = [c for c in before if not self._in_name(view, c, cands)]
            if before and info is not None and view.tokens[d.k].text.startswith("و") and \
                    d.text_folded.endswith(PRONOUNS) and (act := self._act_retold(view, d)) is not None:
                # "حرق منزل حياة بن علي ونهبه": a verbal noun joined by و whose object is a pronoun tells the act of
                # the noun before again (its letters may read as a past verb, "نهبه"); the name between them is
                # that act's object's owner (its target), never who loots; a subject before that act is no one's here
                if info.genitive == "target" and act < before[-1].ti and \
                        before[-1].klass in ("civilian", "people", "entity") and before[-1] not in targets:
                    targets.append(before[-1])
                before = []
            if d.info is not None and d.info.pos == "verb" and view.tokens[d.k].text.startswith("و"):
                # "الجيش قتل إرهابيين اثنين واعتقل ثلاثة": a verb joined by و shares the subject of the verb
                # before, whose object (its victims) is no actor of it (session 29, third wave)
                own_hits = {a["start"] for o in drafts if o.k < d.k and view.clause_of(o.k) == clause
                            for a in o.actors if a["role"] == "target"}
                before = [c for c in before if c.start not in own_hits]
                # (nor the object of a verb before that is no event's: "مفارز للجيش قضت على إرهابيين اثنين وأوقفت 9
                # عناصر", session 30)
                before = [c for c in before if not view.is_word(c.ti - 1, PREPOSITIONS)]
            # "تمكنت الوحدات الأمنية … من إيقاف شخصين قاما بتحويل وجهة فتاة والإعتداء عليها": who arrests, holds or
            # investigates is not the actor of the crime (session 26)
            before = [c for c in before if not self._pursuer(view, c, d)]
            if d.info is not None and any(w in ROBBERY_LEXEMES for w in d.info.lexeme.split()):
                # the police and the state rob no one in crime news ("تمكن أعوان مركز الحرس الوطني … من إيقاف …
                # إثر عملية سطو"), nor do the people a robbery frightens ("روعوا أهالي سهلول بسلسلة من البراكاجات")
                before = [c for c in before if c.klass != "civilian" and view.words[c.ti] not in STAFF_HEADS
                          and not any(stem in fold(c.text) for stem in STATE_STEMS)]
            if d.subtype == "arrests":  # "إلقاء القبض عليه" after "اللص": the thief is arrested, he arrests no one
                before = [c for c in before if not any(s in ROBBER_NOUNS or s in THEFT_WORDS
                                                       for s in stems(view.words[c.ti], CONJ_BI_LI))]
            if protest and any(c.klass in ("civilian", "people") for c in before):
                # "نفذ عمال الشركة إضرابا"; not the criminals of a burning or a riot ("وطالت الكلية من إدارة وطلبة
                # وأساتذة … من طرف طالب استقدم منحرفين إلى الكلية … وحرق العجلات")
                # (nor the police they threw stones at: "ألقى محتجون مقذوفات على الشرطة وأحرقوا سيارات")
                before = [c for c in before if c.klass in ("civilian", "people")
                          or (d.type != "protests" and c.klass == "armed" and not view.is_word(c.ti - 1, PREPOSITIONS)
                              and not view.words[c.ti].startswith(("بال", "لل", "كال"))
                              and not any(stem in fold(c.text) for stem in STATE_STEMS))]
            if before and self._bare_passive(view, d) and before[-1].klass not in ("armed", "group") and not any(
                    c.ti > d.k and view.clause_of(c.ti) == clause for c in cands):
                # (not "الشرطة اعتقلت أمس ثلاثة أشخاص": the police, an object after)
                # "كيم هاك سونج، الذي يعمل لدى جامعة …، اعتقل يوم السبت": the arrested, not his employer
                r = next((j for j in range(d.k - 1, max(-1, d.k - 15), -1) if view.words[j] in RELATIVES), None)
                if r is not None:
                    antecedent = next((c for c in cands if c.tj in (r, r - 1) and c.tj <= r), None)
                    before = [antecedent] if antecedent is not None else []
                passive = "verb"
            if before:
                # "تعرضت دورية لكمين", "جانغ تم إعدامه", "المتهم أُوقف": the victim
                # (a passive spelled apart is one too: "وكان البراهمي، النائب عن التيار الشعبي بالمجلس الوطني
                # التأسيسي، قد اغتيل": the victim and his role between commas, session 30)
                victim = suffered or passive == "verb" or (info is not None and info.passive) or \
                    (passive in ("pronoun", "relative") and before[-1].tj >= d.k - 3) \
                    or self._counted_victim(view, before[-1])  # "مقتل جنود في هجوم انتحاري"
                victim = victim or self._died_before(view, layers, d, before[-1])  # "مقتل أمير … في عملية"
                if victim and info is not None and info.passive and passive is None and (
                        view.is_word(before[-1].ti - 1, PREPOSITIONS)
                        or view.words[before[-1].ti].startswith(("بال", "لل", "كال"))) \
                        and before[-1].layer != "groups" and not self._member_victim(view, layers, before[-1]):
                    # the victim is the passive's subject, never a name governed by a preposition in his role
                    # ("البراهمي، النائب عن التيار الشعبي بالمجلس الوطني التأسيسي، قد اغتيل": not the assembly);
                    # a named group stays, its member's ("قيادي بارز في حزب الله اغتيل": its target)
                    before = []
                if not victim and self._member_victim(view, layers, before[-1]):
                    # "مقتل قيادي في حزب الله بغارة": the members' group is hit (its target, unless one is named
                    # after: "قتل خمسة من عناصر داعش في غارة أمريكية استهدفت الدواعش"); in a clash with a side
                    # named after "مع" it is the other side ("استشهد عنصر من حزب الله في اشتباكات مع جبهة النصرة",
                    # session 39)
                    victim = not (d.type == "battles" and any(
                        view.words[t.ti - 1:t.ti] == ["مع"] and t.ti > d.k for t in targets))
                    if targets and victim:
                        before = []
                if before and not victim and before[-1].official and d.type in VIOLENT_TYPES:
                    # "نجا محافظ صلاح الدين من محاولة اغتيال بعبوة ناسفة": an official is hit (session 26); not one
                    # held to account ("وحملت التنسيقية والي سيدي بوزيد … تبعات هذه الاعتداءات")
                    victim = view.is_word(before[-1].ti - 1, OFFICIAL_HIT_VERBS)
                    if not victim:
                        before = []
                if not victim and self._national_noun(view, d) is not None:
                    # "قتل خمسة من عناصر داعش في غارة أمريكية": the nisba names who struck, the group before
                    # was struck (its target, unless one is named after: "استهدفت الدواعش")
                    victim = True
                    if targets:
                        before = []
                if before and not (not victim and d.type in VIOLENT_TYPES and self._site_named(view, before[-1])):
                    (targets if victim else actors).append(before[-1])
        sufferer = self._sufferer(view, d, drafts)
        subject = suffer_subject(view, sufferer, d.k, cands) if sufferer is not None else None
        if sufferer is not None and view.words[sufferer] in SURVIVE_WORDS:
            # "نجاة رئيس المجلس الرئاسي الليبي فائز السراج من إطلاق نار": the name right before "من" survived
            before_min = d.k - 1 - int(near_miss(view, d.k) == "attempt")
            subject = next((c for c in cands if c.tj == before_min and c.ti > sufferer), subject)
        if subject is not None:
            # "تعرض منزل الصحفي إلى هجوم من قبل مجهولين": the subject of suffering is the victim, never the actor
            actors = [c for c in actors if not (c.start < subject.end and subject.start < c.end)]
            targets = [subject, *(c for c in targets if c.ti >= d.kj and c is not subject)]
        kin_doer = None
        if not actors and d.kj < n and view.tokens[d.kj].kind == "word" and _pronoun_object(view, d) and \
                (kin_with_pronoun(view.words[d.kj]) or bare_kin(view.words[d.kj])):
            # "وفاة فتاة أحرقها شقيقها", "جثة شاب قتله صديقه": the verb's object is its pronoun, the kin noun
            # after it its subject, the person right before the verb whom the pronoun names (session 46)
            tok = view.tokens[d.kj]
            kin_doer = Candidate(tok.start, tok.end, tok.text, "text", d.kj, d.kj + 1, "civilian")
            actors.append(kin_doer)
            targets = [t for t in targets if t.ti != d.kj]
            prev = view.tokens[d.k - 1] if d.k > 0 else None
            if not targets and prev is not None and prev.kind == "word" and _headline_person(view, view.words[d.k - 1]):
                targets.append(Candidate(prev.start, prev.end, prev.text, "text", d.k - 1, d.k, "civilian"))
        if kin_doer is None and not doers_named and d.subtype in _TAKING and not any(t.ti < d.k for t in targets):
            # (a country right after a feminine verb is its subject, the person after it its object: "قتلت إسرائيل
            # فلسطينيا", "اعتقلت تركيا صحفيا"; session 40)
            doer_before = after if after in actors else state_subject(view, layers, d)
            person = self._object_of(view, d, doer_before, clause_end, cands, person=True,
                                     numbers=layers.within("numbers", view.start, view.end))
            if person is not None and not any(t.ti <= person.ti for t in targets):
                # "القبض على عون حرس", "اعتدى على طالبة"; what a later candidate names is not the one taken ("القبض
                # على مروّج لأقراص 'سوبيتاكس'")
                targets = [person]
        if not targets and info is not None and info.headline and headline_doer(view, d.k) is not None and \
                headline_object(view, d.kj) and not _pronoun_object(view, d):
            # "صفاقس : عصابة تسلب تاجرا 20 ألف دينار": a subject-first headline's person right after its verb, though
            # no candidate names it (session 46)
            taken = person_object(view, d.kj, clause_end + 1, cands, layers.within("numbers", view.start, view.end))
            if taken is not None:
                targets.append(taken)
        if not targets and d.subtype in _TAKING and info is not None and info.pos == "verb" and after in actors:
            # "اعتقلت السلطات السورية اليوم الاثنين،سليمان هلال الأسد، أحد أقارب الرئيس بشار الأسد": the name
            # right after the subject's day and its comma is the one taken (not a later name of the sentence)
            j = after.tj
            while j < n and j in dated:
                j += 1
            if after.tj < j < n - 1 and view.tokens[j].text in ("،", ","):
                taken = next((c for c in cands if c.ti == j + 1 and c.klass in ("entity", "people", "civilian")
                              and c not in actors and not c.instrument), None)
                if taken is not None:
                    targets.append(taken)
        if not targets and not protest and not doers_named and d.subtype in _HITTING:
            site = self._object_of(view, d, after if after in actors else None, clause_end, cands)
            if site is not None:
                targets.append(site)  # "قصفت طائرتان قاعدة عسكرية", "أطلقوا النار على حافلة"
                d.sites.add(site.start)
        if not targets and not protest and not doers_named and not sides:
            # not the second of "X و Y" after an agent X: it shares X's role ("من طرف قوات الامن وميليشيات")
            # (an official only as the object right after the verb or its subject, not a few words on: "منع حصول
            # اشتباكات جديدة وفق ما أكده والي قبلي", session 26)
            # (a group written with ل after a site it owns is the target: "قصفت مواقع لوحدات حماية الشعب")
            later = [c for c in in_clause if d.kj <= c.ti <= d.kj + 8 and c not in actors
                     and (not c.official or c.ti == d.kj or any(a.tj == c.ti for a in actors))
                     and (not c.attributive or (c.layer == "groups" and c.ti > d.kj and c.members is None
                                                and view.doc.text[c.start - 1] == "ل"
                                                and _object_head(view.words[c.ti - 1])))
                     and not c.instrument and not any(a.tj == c.ti and view.doc.text[c.start - 1:c.start] == "و"
                                                      for a in agents)]
            counts = [n for n in layers.within("numbers", view.start, view.end) if n.unit in _PERSON_UNITS]
            # (not a noun joined by و to a count of people: "وقتل أكثر من 20 مليون جندي ومواطن سوفيتي", the count's)
            later = [c for c in later if not any(
                view.doc.text[int(n.attrs.get("unit_end", n.end)):c.start].strip() == "و" for n in counts)]
            # (nor the victim of another casualty noun after the count the act takes: "القضاء على 5 ارهابيين ومقتل
            # مواطن", the citizen died in it, no side)
            later = [c for c in later if not (self._counted_victim(view, c) and any(
                d.kj <= (view.token_at(n.start) or -1) < c.ti for n in counts))]
            if later and d.subtype == "arrests" and any(
                    d.kj <= (view.token_at(n.start) or -1) < later[0].ti for n in counts):
                # "إيقاف 5 أشخاص من العناصر الخطيرة التي تروع المارة", "القبض على ثلاثة عناصر … وإدراج عنصرين
                # آخرين": the count right after the arrest is the one taken, not a later noun
                later = []
            if later and doer is not None and not actors and self._person(layers, view, later[0]) and \
                    not view.is_word(later[0].ti - 1, PREPOSITIONS):
                actors.append(later[0])  # "ترحيل المشتبه به في حادثة الدهس في برلين أنيس العامري": the doer
            elif later:
                targets.append(later[0])
        if d.subtype == "arrests" and not actors and len(targets) == 1 and targets[0].ti <= d.kj + 2 and \
                (fold(targets[0].text).split() or [""])[0].removeprefix("ال") in FORCE_HEADS:
            # "أوقفت وحدات حرس السواحل 4 مهاجرين": the forces right after the verb arrest, the count after them is
            # who is taken (session 31)
            actors.append(targets.pop())
        if not targets and (d.type == "violence against civilians" or d.subtype == "arrests"):
            for num in layers.within("numbers", view.start, view.end):
                pos = view.token_at(num.start)
                if pos is not None and pos >= d.kj and view.clause_of(pos) == clause and num.unit in _PERSON_UNITS:
                    unit = view.token_at(int(num.attrs["unit_start"])) if "unit_start" in num.attrs else None
                    if unit is not None and unit > pos and any(a.ti <= unit < a.tj for a in actors):
                        continue  # the doers' count: "وقتل أربعة انتحاريين … 52 شخصا" (session 34)
                    end = max(num.end, int(num.attrs.get("unit_end", num.end)))
                    start = count_start(view.doc.text, num)  # "المتهمين الخمسة"
                    counted = Candidate(start, end, view.doc.text[start:end], "numbers", pos, pos + 2, "people")
                    last = view.token_at(end - 1)
                    counted.tj = last + 1 if last is not None else counted.tj
                    at = self._assailant(view, d, counted) if not actors else None
                    if at is not None:  # "اعتدى ثلاثة أشخاص على جارهم": the subject, not the victim
                        actors.append(counted)
                        hit = taken_person(at + 1) or starting(at + 1, 2) if at >= 0 else None
                        if hit is not None:
                            targets.append(hit)
                    else:
                        targets.append(counted)
                    break
        if (d.subtype == "arrests" or (d.type in VIOLENT_TYPES and (d.standalone or (
                info is not None and info.lexeme in NEUTRALISING)))) and \
                (not targets or targets[0].layer == "numbers"):
            # "حيدت 12 مسلحا من حزب العمال الكردستاني", "قتل 5 عناصر من حركة الشباب": the counted men's group is
            # hit, its men its members (session 32)
            side = self._counted_members(view, layers, d, cands, clause)
            if side is None and info is not None and info.pos == "verb":
                side = self._members_object(view, d.k, d.kj, cands)  # "وقتل الجيش عناصر من حركة الشباب"
            if side is not None and not any(a.start <= side.start < a.end for a in actors):
                targets = [side]
        if actors and not targets and d.type in VIOLENT_TYPES and not any(
                view.is_word(j, TARGET_CUES) for j in view.clause_tokens(clause) if j >= d.k):
            # "قتل ستة من أفراد الشرطة في كمين نصبه مسلحون من حركة طالبان": the members' body is hit (session 31)
            # (a force named by its head, "عناصر الشرطة", "أفراد الجيش", as a group's name is)
            hit = next((c for c in in_clause if c.tj <= d.k and c not in actors and self._member_victim(
                view, layers, c, bodies=c.klass == "armed" and view.is_word(c.ti - 1, MEMBER_NOUNS))), None)
            if hit is not None:
                targets.append(hit)
        if d.subtype == "arrests":
            doer_phrase = self._arrested_doer(view, d, clause_end, cands)
            if doer_phrase is not None:  # "القبض على قاتل طفلة": the killer is taken, not the girl
                targets = [doer_phrase]
                actors = [c for c in actors if not doer_phrase.start <= c.start < doer_phrase.end]
        targets = [c for c in targets if c not in actors and not self._named_doer_gloss(view, c, drafts)]
        if actors or targets:
            actors = self._affiliations(view, cands, actors, "actor")
            targets = self._affiliations(view, cands, targets, "target")
            # "قتل قيادي في داعش برصاص مجهولين": the members' group, the members kept (session 39)
            actors = self._member_groups(view, layers, cands, actors)
            targets = self._member_groups(view, layers, cands, targets)
            targets = [c for c in targets if not any(a.start == c.start for a in actors)] \
                if any(c.members is not None for c in actors) else targets
            actors = [c for c in actors if not any(t.start == c.start and t.members is not None for t in targets)]
        # "أطلق الرصاص على أفراد خدمات الأمن": a word inside the target's phrase is no actor (session 30)
        actors = [c for c in actors if not any(
            t.start <= c.start and c.end <= t.end and t.end - t.start > c.end - c.start for t in targets)]
        # a court tries the crime, it neither did it nor suffered it ("احالة قضية الهجوم على محكمة الإستئناف"), unless
        # its building is hit ("اقتحام مبنى المحكمة الدستورية")
        actors = [c for c in actors if not self._court(c)]
        targets = [c for c in targets if not self._court(c) or view.is_word(c.ti - 1, BUILDINGS)]
        # the dead never did it ("ترصّد الهالك … والاعتداء عليه", ANT 8408: the man killed; session 46)
        actors = [c for c in actors if not view.is_word(c.ti, DEAD_NOUNS)]
        # nor the victim named after its label or its doer ("قاتل الطفل ياسين", held-out 8008; session 48), who is
        # the target of an attack on civilians that names none ("قام القاتل باختطاف الطفل ياسين والاعتداء عليه
        # جنسيا", ANT 8011)
        victims = [c for c in actors if _victim_named(view, c)]
        if victims:
            actors = [c for c in actors if c not in victims]
            if d.type == "violence against civilians" and not targets:
                targets = victims[:1]
        if not actors:
            nation = self._national_noun(view, d)
            if nation is None and info is not None and info.pos == "verb" and d.kj < len(view.words) and \
                    view.words[d.kj].removeprefix("ال") in STRIKING_SUBJECTS:
                # "قصفت مسيرة تركية سيارة", "قصفت طائرة مسيرة إسرائيلية منزلا": the striker's nisba (session 31)
                nation = self._nationality(view, d.kj + 1, indefinite=True) or (
                    self._nationality(view, d.kj + 2, indefinite=True)
                    if view.words[d.kj + 1:d.kj + 2] and view.words[d.kj + 1].removeprefix("ال") in STRIKING_SUBJECTS
                    else None)
            if nation is not None:
                actors.append(nation)
        actors = [self._instrument_of(view, d, c) for c in actors]
        for role, chosen in (("actor", actors), ("target", targets)):
            for c in list(chosen):  # "X و Y": coordinated actors share the role
                nxt = next((o for o in cands if o.ti == c.tj and o not in actors and o not in targets
                            and not any(x.start == o.start for x in chosen)), None)
                if nxt is not None and nxt.start > 0 and view.doc.text[nxt.start - 1] == "و" and \
                        not self._in_name(view, nxt, cands):
                    chosen.append(nxt)
            chosen[:] = [one for c in chosen for one in self._kin_split(view, c)]  # "زوجته وابنته": two (s. 43)
            joined = [self._kin_joined(view, c) for c in chosen]
            for one in joined:  # "اعتقلت الشرطة رجلا وزوجته", "اعتدى على امرأة وابنتها": the kin joined by و too
                while one is not None and not any(x.start == one.start for x in (*actors, *targets)):
                    chosen.append(one)
                    one = self._kin_joined(view, one)
            d.actors += [c.as_actor(role) for c in chosen if not any(a["start"] == c.start for a in d.actors)]
        if self._interceptor(view, d, drafts) is not None:
            # "اعترضت الدفاعات الجوية السعودية صاروخا أطلقه الحوثيون": the interceptor is the side aimed at
            aimed = [a for a in d.actors if a["role"] == "actor" and a["start"] < d.start]
            d.actors = [a for a in d.actors if a not in aimed]
            # who tells of the interception is no side aimed at ("الجيش الإسرائيلي: اعتراض صاروخين أطلقا من لبنان",
            # "قال الناطق باسم الجيش السوداني إن الدفاعات الأرضية أسقطت 9 مسيرات", session 32)
            aimed = [a for a in aimed if not self._teller(view, a, d)]
            # a drone or a missile "of" a group ("طائرة مسيرة تابعة لتنظيم داعش") is the group's: its actor
            for owned in d.actors:
                at = view.token_at(owned["start"]) or 0
                if owned["role"] == "target" and at >= d.kj and \
                        any(view.is_word(j, OWNER_LINKS) for j in range(d.kj, at)) and \
                        not any(b["role"] == "actor" for b in d.actors):
                    owned["role"] = "actor"
            if aimed and not any(a["role"] == "target" for a in d.actors):
                d.actors.append({**aimed[0], "role": "target"})
        if d.recall is not None:
            # who commemorates or tries an old act neither did it nor suffered it ("أحيت عائلة الشهيد محمد البراهمي
            # الذكرى الثالثة لاغتياله", "نظمت الجبهة الشعبية وقفة في ذكرى اغتيال شكري بلعيد")
            cue = view.tokens[d.recall].start
            d.actors = [a for a in d.actors if a["start"] > cue]

    @staticmethod
    def _kin_split(view: SentenceView, c: Candidate) -> list[Candidate]:
        """``c`` read as one phrase of kin nouns joined by و ("قتل رجل زوجته وابنته": "زوجته وابنته"), one person
        each (session 43); else ``c`` alone."""
        if c.layer != "text" or c.tj - c.ti < 2 or c.tj > len(view.tokens):
            return [c]
        words = view.words[c.ti:c.tj]
        if not kin_object(words[0]) or not all(w[:1] == "و" and kin_object(w[1:]) for w in words[1:]):
            return [c]
        out = []
        for j in range(c.ti, c.tj):
            tok = view.tokens[j]
            start = tok.start + 1 if j > c.ti else tok.start
            out.append(Candidate(start, tok.end, view.doc.text[start:tok.end], "text", j, j + 1, c.klass))
        return out

    @staticmethod
    def _kin_joined(view: SentenceView, c: Candidate) -> Candidate | None:
        """The kin noun with its pronoun joined by و right after ``c`` in its clause ("رجلا وزوجته", "امرأة
        وابنتها", "المتهم وشقيقيه", "و ابنه"): a person of the same role (session 42), else None."""
        j = c.tj
        if j < len(view.tokens) and view.tokens[j].text == "و":
            j += 1  # "و زوجته": the conjunction written apart
        elif j >= len(view.tokens) or not view.tokens[j].text.startswith("و"):
            return None
        if j >= len(view.tokens) or view.tokens[j].kind != "word" or view.clause_of(j) != view.clause_of(c.ti):
            return None
        word = view.words[j][1:] if j == c.tj else view.words[j]
        if not kin_object(word):
            return None
        tok = view.tokens[j]
        start = tok.start + 1 if j == c.tj else tok.start
        return Candidate(start, tok.end, view.doc.text[start:tok.end], "text", j, j + 1, "people")

    @staticmethod
    def _site_named(view: SentenceView, c: Candidate) -> bool:
        """Is ``c`` a name headed by a civilian site (``civilian_sites``: a hospital, a school, a hotel …), which is
        where a violent act happens, never who does it ("مستشفى سيدي بوزيد : يعتدون على الإطار الطبي", held-out 7739;
        session 47)?"""
        if c.layer != "entities":
            return False
        first = view.tokens[c.ti]
        return bool(view.matches(view.lex.civilian_sites, first.start, first.end))

    @staticmethod
    def _colon_speaker(view: SentenceView, layers: LayerIndex, c: Candidate) -> bool:
        """Is ``c`` a person named right before a colon, who says what follows ("السليطي : تصريحات الليبيين حول مقتل
        الشورابي", "حمة الهمامي : اغتيال الزواري قضية وطنية"): no actor of the act told after it (session 40)?"""
        if c.layer != "entities" or not any(e.label == "PER" and e.end == c.end
                                            for e in layers.starting_at("entities", c.start)):
            return False
        for j in range(c.tj, min(c.tj + 5, len(view.tokens))):  # (to whom between: 'نصر الله ل"إسرائيل" :')
            t = view.tokens[j]
            if t.text == ":":
                return True
            if not (t.text in _QUOTES or (t.kind == "word" and view.words[j][:1] == "ل" and j == c.tj)
                    or (t.kind == "word" and j > c.tj and view.tokens[j - 1].text in _QUOTES)):
                return False
        return False

    @staticmethod
    def _teller(view: SentenceView, a: dict[str, Any], d: Draft) -> bool:
        """Does ``a``, a name before the trigger of ``d``, tell of it: a headline's source before its colon
        ("الجيش الإسرائيلي: اعتراض …"), or the subject of a reporting verb before a bare complementizer ("قال
        الناطق باسم الجيش السوداني … إن الدفاعات الأرضية أسقطت") (session 32)?"""
        at, last = view.token_at(a["start"]), view.token_at(a["end"] - 1)
        if at is None or last is None:
            return False
        if last + 1 < d.k and view.tokens[last + 1].text == ":":
            return True
        if view.speech is None:
            view.speech = _speech_tokens(view)
        return any(view.speech.get(j) for j in range(max(0, at - 8), at)) and \
            any(view.words[j] in _TELL_COMPLEMENTIZERS for j in range(last + 1, d.k))

    @staticmethod
    def _site_place(view: SentenceView, same: Draft, d: Draft, a: dict[str, Any]) -> bool:
        """Is ``a``, an actor of ``d`` merged into ``same``, a name in the place of a site ``same`` hit, between the
        site and the trigger of ``d``, after a preposition ("استهداف قوات النظام نقطة عسكرية على محور الفوج 46 …
        بصاروخ موجه": the front, no side; session 32)?"""
        if a["role"] != "actor" or not any(x["role"] == "actor" for x in same.actors):
            return False
        at = view.token_at(a["start"])
        return at is not None and any(x["role"] == "target" and x["start"] in same.sites and x["end"] <= a["start"]
                                      for x in same.actors) and a["end"] <= d.start \
            and any(view.is_word(j, PREPOSITIONS) for j in range(max(0, at - 2), at))

    @staticmethod
    def _genitive_agent(view: SentenceView, after: Candidate) -> bool:
        """Is ``after``, a definite armed body or group right after a masdar, its agent because an indefinite thing
        hit follows it, the masdar's object ("إثر استهداف قوات النظام السوري نقطة عسكرية", "استهداف حركة الشباب
        قافلة عسكرية": no adjective of a definite name is indefinite, session 32)?"""
        j = after.tj
        return after.klass in ("armed", "group") and j < len(view.tokens) and view.tokens[j].kind == "word" \
            and view.doc.text[after.end:view.tokens[j].start].strip() == "" \
            and not view.words[j].startswith(("ال", "و", "ف", "ب", "ل")) and hit_noun_at(view, j)

    @staticmethod
    def _clash_between(view: SentenceView, layers: LayerIndex, d: Draft, drafts: list[Draft],
                       dated: set[int]) -> int | None:
        """The token of the "بين" of a clash's two sides when words come between it and the trigger of ``d``: an
        adjective right after it, a day, commas and a place ("اشتباكات عنيفة، ليلة الأحد، بين …", "معارك ضارية في
        ريف حلب بين …"), no other event's trigger nor a sentence's end; else None (session 30)."""
        places = [(e.start, e.end) for e in layers.within("entities", view.start, view.end) if e.label == "LOC"]
        n = len(view.tokens)
        armed_with = False  # inside what it is fought with: "بالأسلحة المتوسطة والثقيلة" (session 32)
        for j in range(d.kj, min(n, d.kj + 12)):
            t, w = view.tokens[j], view.words[j]
            if w == "بين":
                return j if j > d.kj + 1 else None  # (right after the trigger the main reading takes it)
            if any(o is not d and o.k == j for o in drafts):
                return None
            if j in dated or t.text in ("،", ","):
                armed_with = armed_with and j in dated
                continue
            if t.kind != "word":
                return None
            if w[:1] == "ب" and w[1:].removeprefix("ال") in CLASH_INSTRUMENTS:
                armed_with = True
                continue
            if armed_with and (w.startswith(("ال", "وال")) or w == "انواع"):
                continue  # its adjectives and "أنواع الأسلحة"
            bare = w[1:] if w[:1] in "بو" and w[1:] in PLACE_HEADS else w
            if (j == d.kj and (_indefinite_adjective(view.words[d.k], w) or (
                    w.startswith("ال") and view.words[d.k].startswith("ال")
                    and _indefinite_adjective(view.words[d.k][2:], w[2:])))) or w == "في" or bare in PLACE_HEADS \
                    or any(a <= t.start and t.end <= b for a, b in places) \
                    or (w.startswith("ال") and w.endswith("ي") and j > d.kj and view.tokens[j - 1].kind == "word"
                        and any(a <= view.tokens[j - 1].start < b for a, b in places)):
                continue  # "عنيفة", "في مدينة الزاوية", "في ريف إدلب الجنوبي"
            return None
        return None

    @staticmethod
    def _self_reporter(view: SentenceView, d: Draft, cands: list[Candidate], drafts: list[Draft]) -> Candidate | None:
        """The subject of the reporting verb before "أنه/أنها/إنهم" right before the verb trigger of ``d``: the
        speaker tells of its own deed, also with its day and commas between ("أعلن الجيش الإسرائيلي، صباح اليوم
        الثلاثاء، أنه اغتال …", "قالت قوات سوريا الديمقراطية إنها اعتقلت …"): a group, an armed body or an
        organization right after the verb (its day may come first), no other event between; else None (session 30)."""
        k = d.k - 1 - int(view.words[d.k - 1:d.k] == ["قد"])
        if own_fighters_before(view, d.k):
            # "أعلن حزب الله أن مجاهديه استهدفوا …", "إن مقاتليها تمكنوا من تفجير": the speaker's fighters (s. 31)
            k -= 3 if view.words[k] in ("من", "في") else 1
        elif k < 1 or view.words[k] not in _SELF_REPORT:
            return None
        if view.speech is None:
            view.speech = _speech_tokens(view)
        verb = next((j for j in range(k - 1, max(-1, k - 14), -1) if view.speech.get(j)), None)
        if verb is None or any(verb < o.k < d.k for o in drafts if o is not d) or any(
                view.tokens[j].kind != "word" and view.tokens[j].text not in QUOTE_MARKS
                for j in range(verb + 1, k)):
            return None
        subject = next((c for c in cands if verb < c.ti <= verb + 4 and c.tj <= k), None)
        while subject is not None:  # "إدارة شرطة فورت كولينز": the name that ends the subject
            nxt = next((c for c in cands if c.ti == subject.tj and c.tj <= k), None)
            if nxt is None:
                break
            subject = nxt
        if subject is None or subject.klass not in ("group", "armed", "entity") or subject.attributive:
            return None
        return subject

    def _pursuer(self, view: SentenceView, c: Candidate, d: Draft) -> bool:
        """Is candidate ``c``, before the trigger of the violent event ``d``, a police or state body that arrests,
        holds, investigates or identifies its doers rather than doing it: an arrest or `pursuit_words` word right
        before it (its verb: "ألقت الشرطة البلجيكية القبض على 6 أشخاص … في إطار التحقيقات في هجمات بروكسيل") or
        between it and the trigger ("تمكنت الوحدات الأمنيّة من الإحتفاظ بإحدى المواطنات التي يُشتبه في ضلوعها في
        جريمة قتل")?  Not the body's own deed: a verb joined by و/ف or after "ثم" ("اعتقلت القوات 5 شبان واقتحمت
        منازل"), a clash, an exchange of fire or a storming (`pursuit_own_deeds`, `clashes_with`)."""
        if d.type not in VIOLENT_TYPES and d.subtype != "looting/property destruction":
            return False  # (a robbery the arrested did: "القبض على 6 أشخاص تورطوا في عملية براكاج")
        info = d.info  # (None for a killing word alone: "في جريمة قتل المواطن")
        tied = any(view.is_word(j, _TIES) for j in range(c.tj, d.k))
        if not tied and ((info is not None and (fold(info.lexeme) in PURSUIT_OWN_DEEDS
                                                or fold(info.lexeme) in CLASHES_WITH)) or self._exchanged(view, d.k)):
            return False  # (but "القبض على أفراد العصابة التي أقدمت … على اقتحام منزل": theirs)
        if info is not None and info.pos == "verb" and (view.words[d.k][:1] in "وف" or view.is_word(d.k - 1, _THEN)):
            return False
        folded = " ".join(view.words[c.ti:c.tj])  # (folded as the words are: "الوحدات الأمنيّة")
        if not any(stem in folded for stem in STATE_STEMS):
            return False
        # (the pursuit's verb or noun right before a verb's subject is no sign: "أثناء ملاحقة السلطات لمسلحين …،
        # قصفت بطريق الخطأ مجموعة من السيارات")
        lo = c.tj if info is not None and info.pos == "verb" else max(c.ti - 2, 0)
        return any(s in self._pursuit for j in range(lo, d.k) if not c.ti <= j < c.tj
                   for s in stems(view.words[j], CONJ_BI_LI))

    @staticmethod
    def _in_name(view: SentenceView, c: Candidate, cands: list[Candidate]) -> bool:
        """Is the people candidate ``c`` joined by و right after an organization's name, part of it ("النقابة العامة
        للأطباء والصيادلة وأطباء الأسنان")?"""
        return c.klass == "people" and c.start > 0 and view.doc.text[c.start - 1] == "و" and any(
            o.tj == c.ti and o.klass in ("group", "entity") for o in cands)

    @staticmethod
    def _arrested_doer(view: SentenceView, d: Draft, clause_end: int, cands: list[Candidate]) -> Candidate | None:
        """The doer of a crime an arrest takes right after its trigger (or its "على"), with the crime and the
        victim after the doer's noun up to the first person named ("القبض على قاتل طفلة", "القبض على مرتكب جريمة
        قتل فتاة", "إيقاف المعتدي على عون أمن" → "المعتدي"), else None."""
        j = d.kj + int(view.words[d.kj:d.kj + 1] == ["علي"])
        subject = next((c for c in cands if c.ti == j), None)
        if subject is not None and d.info is not None and d.info.pos == "verb":
            j = subject.tj  # "أوقفت الشرطة قاتل الطفلة": after the verb's subject
        if d.info is not None and d.info.then and view.words[j:j + 1] == [d.info.then]:
            j += 1  # "ألقت الشرطة القبض على قاتل الطفلة"
            j += int(view.words[j:j + 1] == ["علي"])
        if j > clause_end or j >= len(view.words) or view.tokens[j].kind != "word":
            return None
        w = view.words[j]
        heads = [s for s in stems(w, CONJ_BI_LI) if s in DOERS or (s.startswith("ال") and s[2:] in DOERS)]
        if not heads:
            return None
        end = j + 1
        # a definite head takes no genitive ("تم القبض على القاتل وأقر بفعلته")
        reach = 0 if all(s.startswith("ال") for s in heads) else DOER_REACH
        for m in range(j + 1, min(j + 1 + reach, clause_end + 1, len(view.words))):
            x = view.words[m]
            if view.tokens[m].kind != "word" or x in PREPOSITIONS or x in RELATIVES or (x[:1] == "و" and m > j + 1) \
                    or (x[:1] in "بل" and not x.startswith("ال")):
                break  # "القاتل وأقر بفعلته", "مرتكب جريمة قتل بمعتمدية أم العرايس"
            named = next((c for c in cands if c.ti == m), None)
            if named is not None:
                end = named.tj
                break
            end = m + 1
            if person_word(view, x) or x.startswith("ال"):
                nxt = view.words[m + 1] if m + 1 < min(clause_end + 1, len(view.words)) else ""
                if x.startswith("ال") and nxt.startswith("ال") and nxt.endswith(("ي", "يه")) and nxt not in RELATIVES:
                    end = m + 2  # its nisba: "قاتل السفير الروسي"
                break  # a definite genitive ends the chain ("منفذ العملية البالغ من العمر")
        s, e = view.tokens[j].start, view.tokens[end - 1].end
        return Candidate(s, e, view.doc.text[s:e], "text", j, end, "people")

    @staticmethod
    def _two_sides(view: SentenceView, layers: LayerIndex, k: int, clause_end: int, cands: list[Candidate],
                   dated: set[int], first: Candidate | None) -> list[Candidate]:
        """The two sides after "بين" at token ``k`` ("بين الأمن السعودي وإرهابيين", "بين مصلين وقوات الاحتلال",
        "بين الغالبية الأويغورية المسلمة وبين قوات الأمن"): a candidate or up to :data:`_SIDE_WORDS` plain words each,
        the second after "و" (or "وبين") with no punctuation between; [] when there are not two."""
        n = min(clause_end + 1, len(view.tokens))
        text = view.doc.text
        if mixed_pair(view, k) is not None:
            return []  # "خلف التفجير 12 بين قتيل وجريح": the casualties, no sides (session 36)

        def plain(j: int) -> bool:
            return view.tokens[j].kind == "word" and j not in dated and view.words[j] not in PREPOSITIONS \
                and not layers.within("entities", view.tokens[j].start, view.tokens[j].end) \
                and not layers.within("numbers", view.tokens[j].start, view.tokens[j].end)

        def side(j: int, stop: int) -> Candidate | None:
            """The side starting at token ``j``: a candidate, or its plain words up to ``stop`` (a word of
            "و" ends it)."""
            c = next((c for c in cands if c.ti == j and not c.instrument), None)
            if c is not None:
                return c
            m = j
            while m < stop and m < j + _SIDE_WORDS and plain(m) and not (m > j and view.words[m].startswith("و")):
                m += 1
            if m == j or (m < stop and view.tokens[m].kind == "word" and not view.words[m].startswith("و")
                          and view.words[m] not in PREPOSITIONS):
                return None  # a longer phrase ("بين قوات اللواء الليبي السابق …" with no candidate)
            s, e = view.tokens[j].start, view.tokens[m - 1].end
            if m == j + 1 and text[s:s + 1] == "و":
                s += 1
            return Candidate(s, e, text[s:e], "text", j, m, "people")

        def partitive(j: int) -> Candidate | None:
            """The crowd after "من" of a partitive side ("عدد من المحتجين", "ومئات من الشبان الغاضبين", "مجموعة من
            شباب الجهة"; `doer_partitives`): the candidate there, else its plain words (session 48)."""
            w = view.words[j]
            w = w[1:] if w[:1] == "و" and w[1:].removeprefix("ال") in DOER_PARTITIVES else w
            if j + 2 >= n or w.removeprefix("ال") not in DOER_PARTITIVES or view.words[j + 1] != "من":
                return None
            c = next((c for c in cands if c.ti == j + 2 and not c.instrument), None)
            return c if c is not None else side(j + 2, n)

        a = partitive(k + 1) or (first if first is not None and first.ti == k + 1 else side(k + 1, n))
        if a is None:
            return []
        # the second: right after the first's last word, written with و (attached, or "و"/"وبين" alone)
        j = a.tj

        def joined(j: int) -> bool:  # "و" and not an adjective of the same kind ("وحدات أمنية وعسكرية")
            if view.tokens[j].kind != "word":
                return False
            if view.words[j] in ("و", "وبين"):
                return True
            return text[view.tokens[j].start:view.tokens[j].start + 1] == "و" and not (
                view.words[j].endswith(("يه", "ية")) and view.words[j - 1].endswith(("يه", "ية")))

        total = len(view.tokens)  # (an aside's commas end the clause)

        def comma(j: int) -> bool:
            return j < total and view.tokens[j].text in ("،", ",")

        def aside_end(j: int, relative: bool) -> int | None:
            """The closing comma of an aside from token ``j`` (session 48): a definite participle or adjective
            between commas ("عدد من المحتجين، المطالبين بالتنمية، وقوات الأمن"), or a relative clause up to a
            comma ("بين قوات الأمن التي استعملت الغاز المسيل للدموع، ومحتجين"); words only, up to
            :data:`_ASIDE_WORDS`; else None."""
            if j >= total or view.tokens[j].kind != "word" or not (relative or view.words[j].startswith("ال")):
                return None
            for m in range(j + 1, min(total, j + _ASIDE_WORDS + 1)):
                if comma(m):
                    return m
                if view.tokens[m].kind != "word" or (not relative and joined(m)):
                    return None
            return None

        asides, plain_words = 0, 0
        while j < n and not joined(j):
            if comma(j):
                # "بين الجيش، ومسلحين …", "بين عدد من المحتجين، المطالبين بالتنمية، وقوات الأمن": an aside between
                # commas, then "و"; the second side then a candidate
                end = j - 1 if j + 1 < total and joined(j + 1) else aside_end(j + 1, False)
                if end is None or not (end + 1 < total and joined(end + 1)):
                    return []
                j, asides, n = end + 1, 1, min(total, end + 1 + _ASIDE_WORDS)
                break
            if view.tokens[j].kind != "word" or plain_words >= 5:
                return []
            if view.words[j] in RELATIVES:
                # "بين مجموعات من الشباب الذين عمدوا لغلق الطرقات …": a clause, not a side's complement, unless a
                # comma and "و" end it
                end = aside_end(j, True)
                if end is None or not (end + 1 < total and joined(end + 1)):
                    return []
                j, asides, n = end + 1, 1, min(total, end + 1 + _ASIDE_WORDS)
                break
            j += 1  # the first side's complement: "عناصر من الدرك الجزائري"
            plain_words += 1
        if j >= n or not joined(j):
            return []
        if view.words[j] in ("و", "وبين"):
            j += 1
            if j >= n:
                return []
            b = partitive(j) or (next((c for c in cands if c.ti == j and not c.instrument), None) if asides
                                 else side(j, n))
        else:
            b = partitive(j)
            if b is None:
                c = next((c for c in cands if c.ti == j and not c.instrument), None)
                b = c if c is not None or asides else side(j, n)
                if b is None and not asides and j + 1 < n and view.tokens[j].kind == "word" and plain(j):
                    # "بين قوات سوريا الديمقراطية وتنظيم داعش": the group named after its head word
                    b = next((c for c in cands if c.ti == j + 1 and not c.instrument and c.layer == "groups"), None)
                if b is not None and b.layer == "text" and b.ti == j and text[b.start:b.start + 1] == "و":
                    s = b.start + 1  # "ومتشددين" → "متشددين"
                    b = Candidate(s, b.end, text[s:b.end], "text", b.ti, b.tj, "people")
        if b is None or b.text in ("", a.text):
            return []
        return [a, b]

    @staticmethod
    def _subject_past_date(view: SentenceView, d: Draft, cands: list[Candidate], clause: int, dated: AbstractSet[int],
                           drafts: list[Draft]) -> Candidate | None:
        """The subject of the verb before a clause that is only a date, whose object the event at the head of its own
        clause is: "أطلقت حركة حماس، مساء الجمعة، عشرة صواريخ", "إن جبهة البوليساريو أطلقت، ليلة الأحد، أربعة
        مقذوفات", "نفذ عدد من طلبة الإتحاد العام لطلبة تونس، اليوم الثلاثاء، وقفة احتجاجية" (the name that ends the
        clause, or the one right before its verb); not a casualty ("لقي 3 من أفراد الشرطة، صباح اليوم، مصرعهم"), nor a
        name after a preposition ("طلبة قسم القانون بجامعة نواكشوط، أمس، تنفيذ اعتصام")."""
        prior = _before_dated_clauses(view, clause, dated)
        own = view.clause_tokens(clause)
        if prior < 0 or prior == clause - 1 or prior in view.result_clauses or not own or \
                view.words[d.k] in view.lex.casualties or \
                any(prior <= view.clause_of(o.k) < clause for o in drafts if o is not d):
            return None
        head = own[0] + int(own[0] in view.counts and own[0] + 1 < len(view.words))  # "، أربعة مقذوفات"
        if d.k != head:
            return None
        last = view.clause_tokens(prior)[-1]
        last -= int(view.tokens[last].kind == "punct")
        subject = next((c for c in cands if c.tj - 1 == last), None)
        if subject is None and any(w in _DEED_BEFORE_DATE for w in stems(view.words[last])):
            # "إن جبهة البوليساريو أطلقت،": the subject right before the verb
            subject = next((c for c in cands if c.tj == last), None)
        if subject is None:
            return None
        ahead = view.words[subject.ti - 1] if subject.ti > 0 else ""  # a noun with ب/ل, not "بأن"
        if subject.attributive or subject.oblique or subject.instrument or view.is_word(subject.ti - 1, PREPOSITIONS) \
                or (ahead[:1] in "بل" and not ahead.startswith(("بان", "لان"))) or \
                not (subject.klass in ("group", "armed", "entity")
                     or (d.type in _PROTEST_TYPES and subject.klass in ("civilian", "people"))):
            return None
        return subject

    @staticmethod
    def _named_doer_gloss(view: SentenceView, c: Candidate, drafts: list[Draft]) -> bool:
        """Is ``c`` the name after a verb of naming that glosses a doer, no one hit: 'تلقى الأمر من أحد المتطرفين
        ويدعى "أبو براء العراقي"', 'بقيادة أمير محلي يدعى "أبو حفص"', 'الانتحارية التي تدعى "أسماء"' (session 32)?"""
        j = c.ti - 1
        if j > 0 and view.texts[j] in _QUOTE_MARKS:
            j -= 1
        if not view.is_word(j, NAMING_VERBS):
            return False
        a = j - 1 - int(view.is_word(j - 1, RELATIVES))  # "التي تدعى"
        if a > 0 and view.texts[a] in ("،", ","):
            a -= 1
        if a < 1:
            return False
        if any(o.k <= a < o.kj for o in drafts):  # the antecedent is an event's doer ("الانتحارية")
            return True
        if view.is_word(a - 1, LEADER_LINKS) or view.is_word(a - 2, LEADER_LINKS):  # "بقيادة أمير (محلي)"
            return True
        return view.words[a - 1] in ("احد", "احدي") and view.is_word(a - 2, PREPOSITIONS)  # "من أحد المتطرفين"

    @staticmethod
    def _affiliated_name(view: SentenceView, c: Candidate, cands: list[Candidate]) -> tuple[int, int, int] | None:
        """(start, end, titled) of the named person whose group ``c`` is named as his own, or None: a name, a comma and
        a member's title with the article before "في" ("صالح العاروري، القيادي في حركة حماس", "أحمد سالم، العضو في
        تنظيم داعش"; titled 1), or a name after a verb of naming ('ويدعى "أبو براء العراقي" في تنظيم داعش'; 0); one
        word may come between "في" and the group's name ("في صفوف داعش"; session 33)."""
        if c.klass != "group":
            return None
        g = view.token_at(c.head if c.head >= 0 else c.start)
        if g is None or g < 3:
            return None
        if view.words[g - 1] != "في":
            g -= 1
            if view.words[g - 1] != "في" or (view.tokens[g].kind != "word" and view.texts[g] not in _QUOTES):
                return None  # (a quote may open the name: 'القيادي في "كتائب القسام"', session 39)
        j = g - 2  # the word before "في"
        w = view.words[j]
        if w.startswith("ال") and w[2:] in MEMBER_NOUNS and view.texts[j - 1] in ("،", ","):
            name = next((o for o in cands if o.tj == j - 1 and o is not c and o.klass != "group"), None)
            return (name.start, name.end, 1) if name is not None else None
        if w.startswith("ال") and w[2:] in MEMBER_NOUNS:
            # with no comma, a person's name right before ("اغتيل عز الدين شيخ خليل القيادي في كتائب القسام";
            # session 39)
            name = next((o for o in cands if o.tj == j and o.layer == "entities" and o is not c
                         and o.klass != "group"), None)
            return (name.start, name.end, 1) if name is not None else None
        last = j - int(view.texts[j] in _QUOTE_MARKS)
        for v in range(last, max(last - 5, 0), -1):
            if view.tokens[v].kind != "word" and view.texts[v] not in _QUOTE_MARKS:
                return None
            if view.is_word(v, NAMING_VERBS):
                first = v + 1 + int(view.texts[v + 1] in _QUOTE_MARKS)
                return (view.tokens[first].start, view.tokens[last].end, 0) if first <= last else None
        return None

    def _affiliations(self, view: SentenceView, cands: list[Candidate], chosen: list[Candidate],
                      role: str) -> list[Candidate]:
        """``chosen`` (an event's actors or its targets) with a group named only as a person's own left out, and a
        person of such a group read as the group with the person as its `members` ("اعتقال أحمد سالم، العضو في
        تنظيم داعش" → داعش, members أحمد سالم; 'من أحد المتطرفين ويدعى "أبو براء العراقي" في تنظيم داعش': داعش is
        no target). A titled man's group hit in his place keeps him as its members ("قتل أبو محمد الشامي، القيادي
        في هيئة تحرير الشام، في غارة"); it never acts in his place ("اغتالت إسرائيل صالح العاروري، القيادي في حركة
        حماس، بغارة": حماس is no actor of the strike; session 33)."""
        if not chosen or not any(c.klass == "group" for c in cands):
            return chosen
        named = {id(g): name for g in cands if (name := self._affiliated_name(view, g, cands)) is not None}
        if not named:
            return chosen
        out: list[Candidate] = []
        spans = {c.start for c in chosen}
        for c in chosen:
            name = named.get(id(c))
            if name is not None:
                if role == "target" and name[2] and name[0] not in spans:
                    # "قتل أبو محمد الشامي، القيادي في هيئة تحرير الشام، في غارة": the group stands for its man
                    out.append(Candidate(c.start, c.end, c.text, c.layer, c.ti, c.tj, c.klass, c.group_id,
                                         members=(name[0], name[1], view.doc.text[name[0]:name[1]])))
                continue  # a glossed doer's group ('ويدعى "أبو براء العراقي" في تنظيم داعش') is no side
            g = next((g for g in cands if named.get(id(g), (-1, -1, 0))[:2] == (c.start, c.end)), None)
            if g is not None:
                c = Candidate(g.start, g.end, g.text, g.layer, g.ti, g.tj, g.klass, g.group_id,
                              members=(c.start, c.end, c.text))
            out.append(c)
        return out

    @staticmethod
    def _member_groups(view: SentenceView, layers: LayerIndex, cands: list[Candidate],
                       chosen: list[Candidate]) -> list[Candidate]:
        """``chosen`` (an event's actors or its targets) with men described by their membership of a named group read
        as that group, their phrase its `members` (session 39): a phrase of a member noun (`member_nouns`) followed by
        "في"/"من" or a ب written on the group, a head noun the group's span left out and quotes between ("قيادي في
        داعش", "قيادي تونسي في تنظيم "داعش"", "عضو بحركة فتح" → the group, members "قيادي"…), and a group named with
        no members after such a phrase ("قتل قياديان في حركة الشباب في غارة", "أحد قادة جبهة النصرة", "6 قياديين من
        تنظيم داعش") keeps the phrase as its members. A group chosen twice is kept once."""
        if not chosen or not any(c.layer == "groups" for c in cands):
            return chosen
        n = len(view.tokens)
        numbers = layers.within("numbers", view.start, view.end)

        def group_at(j: int) -> Candidate | None:
            """The named group whose name (or head) starts at token ``j``, past a head noun left out of its span
            and an opening quote; or written on a ب/ل of token ``j`` ("بحركة حماس")."""
            if j >= n:
                return None
            t = view.tokens[j]
            for g in cands:
                h = g.head if g.head >= 0 else g.start
                if g.layer == "groups" and (h == t.start or (h == t.start + 1 and view.doc.text[t.start] in "بل")):
                    return g
            w = view.words[j]
            if w in GROUP_NAME_HEADS or (w[:1] in "بل" and w[1:] in GROUP_NAME_HEADS):
                return group_at(j + 1) if j + 1 < n and view.words[j + 1] not in GROUP_NAME_HEADS else None
            if t.text in _QUOTES and j + 1 < n and view.tokens[j + 1].text not in _QUOTES:
                return group_at(j + 1)
            return None

        def member_at(j: int) -> bool:
            w = view.words[j] if 0 <= j < n else ""
            w = w[2:] if w.startswith("ال") else w  # "اغتيل القيادي البارز في كتائب القسام"
            return (w in MEMBER_NOUNS or w in CONSTRUCT_MEMBERS or view.is_word(j, MEMBER_NOUNS)) and w not in ONE_OF

        def after_phrase(c: Candidate) -> Candidate | None:
            if c.layer not in ("text", "numbers") or c.members is not None or c.tj >= n or \
                    not any(member_at(j) for j in range(c.ti, c.tj)):
                return None
            j = c.tj
            if view.tokens[j].kind == "word" and view.words[j] not in ("في", "من") and view.words[j][:1] not in "بل" \
                    and j + 1 < n and view.words[j + 1] in ("في", "من") \
                    and _indefinite_adjective(view.words[j - 1], view.words[j]):
                j += 1  # "قيادي بارز في حركة حماس": one adjective
            if view.words[j] in ("في", "من"):
                g = group_at(j + 1)
            elif view.words[j][:1] in "بل" and len(view.words[j]) > 2:
                g = group_at(j)  # "عضو بحركة فتح"
            else:
                return None
            if g is None or g.ti < c.tj or view.clause_of(g.ti) != view.clause_of(c.ti):
                return None
            return Candidate(g.start, g.end, g.text, g.layer, c.ti, g.tj, g.klass, g.group_id,
                             attributive=c.attributive, instrument=c.instrument, oblique=c.oblique,
                             members=(c.start, c.end, c.text))

        def phrase_before(g: Candidate) -> tuple[int, int] | None:
            if g.layer != "groups" or g.members is not None:
                return None
            h = g.head if g.head >= 0 else g.start
            j = view.token_at(h)
            if j is None or j < 1:
                return None
            if h > view.tokens[j].start and view.doc.text[view.tokens[j].start] in "بل":
                last = j - 1  # "عضو بحركة فتح"
            else:
                if view.tokens[j - 1].text in _QUOTES:
                    j -= 1
                if j > 0 and view.words[j - 1] in GROUP_NAME_HEADS:
                    j -= 1
                if j > 0 and view.words[j - 1][:1] in "بل" and view.words[j - 1][1:] in GROUP_NAME_HEADS:
                    last = j - 2  # "قيادي بتنظيم داعش"
                elif j > 0 and view.words[j - 1] in ("في", "من"):
                    last = j - 2
                elif view.is_word(j - 1, CONSTRUCT_MEMBERS):
                    last = j - 1  # a construct of a plural head: "قادة جبهة النصرة", "عناصر حزب الله"
                else:
                    return None
            m = last
            if not member_at(m):
                if not member_at(m - 1) or not _indefinite_adjective(view.words[m - 1], view.words[m]):
                    return None
                m -= 1  # "قيادي بارز في"
            first = m
            if first > 0 and view.words[first - 1] in ONE_OF:
                first -= 1  # "أحد قادة"
            else:
                for num in numbers:
                    a, b = view.span_tokens(num.start, num.end)
                    if b == first or (b == first - 1 and view.words[first - 1] == "من") or a <= first < b:
                        first = a  # "6 قياديين", "ثلاثة من عناصر", a number's span holding its noun ("عنصرين")
                        break
            if first < 0 or any(view.tokens[k].kind not in ("word", "number") for k in range(first, last + 1)):
                return None
            return view.tokens[first].start, view.tokens[last].end

        out: list[Candidate] = []
        for c in chosen:
            g = after_phrase(c)
            if g is not None:
                c = g
            else:
                span = phrase_before(c)
                if span is not None:
                    c = replace(c, members=(span[0], span[1], view.doc.text[span[0]:span[1]]))
            if not any(o.start == c.start for o in out):
                out.append(c)
        return out

    @staticmethod
    def _perpetrator_named(view: SentenceView, k: int, kj: int) -> bool:
        """Does the event noun at tokens ``k``..``kj`` only name whom a doer's noun before it is (`perpetrator_nouns`,
        with an operation noun between: "منفذ هجوم ألمانيا", "منفذ عملية الدهس", "مدبر هجمات باريس", "لمنفذي
        تفجيرات بروكسل"), told with no relative clause of its own after it (not "منفذي هجوم لندن الذي وقع مساء
        السبت … وأودى بحياة 7", "منفذين لإعتداءات لندن، التي جدت فجر الأحد": the attack told there; session 33)?"""
        at = k - 1
        if view.is_word(at, OPERATIONS):
            at -= 1
        if not view.is_word(at, PERPETRATORS):
            return False
        return not any(view.is_word(j, RELATIVES) for j in range(kj, min(kj + 5, len(view.words))))

    @staticmethod
    def _members_object(view: SentenceView, k: int, kj: int, cands: list[Candidate]) -> Candidate | None:
        """The named group whose men with no count (`neutralised_nouns`: "عناصر", "مسلحين", "إرهابيين") are the
        object of the verb at tokens ``k``..``kj``, right after its subject: "وقتل الجيش عناصر من حركة الشباب", "حيدت
        القوات التركية عناصر من بي كا كا" (the group, its men as `members`; session 33), or None. The subject is a
        candidate starting right after the verb, in its clause; a group right after the verb has no subject named
        ("وقتل عناصر من حركة الشباب": passive, no count)."""
        clause = view.clause_of(k)
        for c in cands:
            if c.members is None or c.klass != "group":
                continue
            m = view.token_at(c.members[0])
            if m is None or not kj < m <= kj + 4 or view.clause_of(m) != clause or view.words[m] not in NEUTRALISED:
                continue
            if any(s.ti == kj and s.tj == m and s is not c for s in cands):
                return c
        return None

    @staticmethod
    def _counted_members(view: SentenceView, layers: LayerIndex, d: Draft, cands: list[Candidate],
                         clause: int) -> Candidate | None:
        """The group after the counted men right after the trigger (or its subject), read with them as its members:
        "حيدت القوات 12 مسلحا من حزب العمال الكردستاني", "تحييد 3 إرهابيين من داعش", "قتل 5 عناصر من حركة الشباب"
        ("من" and the group, or "من عناصر" and the group, right after the count's noun); None otherwise."""
        n = len(view.tokens)
        for num in layers.within("numbers", view.start, view.end):
            pos = view.token_at(num.start)
            if pos is None or not d.kj <= pos <= d.kj + 4 or view.clause_of(pos) != clause or \
                    num.unit not in _PERSON_UNITS or "unit_end" not in num.attrs:
                continue
            end = int(num.attrs["unit_end"])
            last = view.token_at(end - 1)
            if last is None or last < pos:
                return None
            j = last + 1
            if not view.is_word(j, {"من"}):
                return None
            j += 1
            if view.is_word(j, MEMBER_NOUNS) or view.is_word(j, {"مسلحي", "مقاتلي", "عناصر"}):
                j += 1  # "قتل 5 من عناصر حركة الشباب"
            g = next((c for c in cands if c.klass == "group" and j < n and
                      (c.head if c.head >= 0 else c.start) == view.tokens[j].start), None)
            if g is None:
                return None
            start = count_start(view.doc.text, num)
            return Candidate(g.start, g.end, g.text, g.layer, j, g.tj, g.klass, g.group_id,
                             members=(start, end, view.doc.text[start:end]))
        return None

    @staticmethod
    def _sufferer(view: SentenceView, d: Draft, drafts: list[Draft]) -> int | None:
        """The token of the verb of suffering (or its verbal noun) whose subject, written after it, is the victim of
        the event ``d`` ("تعرض منزل الصحفي إلى هجوم", "أكد … تعرض موكب …، إلى إطلاق نار"), or of the verb before
        "ضحية" ("وقع مواطن ضحية اعتداء"); None when there is none within reach, another event is between, or the
        verbal noun has a pronoun ("بعد تعرضه لاعتداء": the victim is told before)."""
        if d.k > 1 and view.words[d.k - 1] in ("ضحيه", "ضحايا"):
            for j in range(d.k - 2, max(-1, d.k - 7), -1):
                if view.is_word(j, VICTIM_VERBS):
                    return j
        # "نجا الوزير من محاولة اغتيال", "نجاة فائز السراج من إطلاق نار": who survives it suffered it
        before = d.k - 1 - int(near_miss(view, d.k) == "attempt")
        if view.is_word(before, {"من"}):
            for j in range(before - 1, max(-1, d.k - SUFFER_REACH), -1):
                if view.tokens[j].kind == "punct" or any(o is not d and o.k == j for o in drafts):
                    break
                if view.words[j] in SURVIVE_WORDS:
                    return j
        for j in range(d.k - 1, max(-1, d.k - SUFFER_REACH), -1):
            if view.tokens[j].kind == "punct" and view.tokens[j].text in ".!?؟":
                return None
            if any(o is not d and o.k == j for o in drafts):
                return None
            w = next((b for b in stems(view.words[j], CONJ_BI_LI) if b.startswith(SUFFER_VERBS)), None)
            if w is not None:
                if w.endswith(PRONOUNS) and w not in SUFFER_FORMS:
                    return None
                return j
        return None

    @staticmethod
    def _object_of(view: SentenceView, d: Draft, subject: Candidate | None, clause_end: int,
                   cands: list[Candidate], *, person: bool = False,
                   numbers: Sequence[NumberSpan] = ()) -> Candidate | None:
        """The thing the event ``d`` hits (:func:`object_site`): the object after a verb's subject ("قصفت طائرتان
        قاعدة عسكرية") or right after the verb ("الطائرات قصفت مستشفى", "قُصفت قاعدة"), the genitive of a noun whose
        genitive is its target ("قصف مدينة دوما"), else the words after "على"/"ضد" ("أطلقوا النار على حافلة")."""
        site = RoleReader._object_site(view, d, subject, clause_end, cands, person=person, numbers=numbers)
        if site is not None and not person and (any(
                site.tj <= c.ti <= site.tj + 2 and c.klass in ("civilian", "people") for c in cands) or any(
                view.is_word(j, MEMBER_NOUNS) and any(c.layer == "groups" and j < c.ti <= j + 2 for c in cands)
                for j in range(site.tj + 1, site.tj + 3))):
            # "أطلق مسلحون النار على حافلة تقل مدنيين": the people in it; "سيارة تقل قياديين في حركة الشباب": the
            # group its members belong to (session 31)
            return None
        return site

    @staticmethod
    def _object_site(view: SentenceView, d: Draft, subject: Candidate | None, clause_end: int,
                     cands: list[Candidate], *, person: bool = False,
                     numbers: Sequence[NumberSpan] = ()) -> Candidate | None:
        info = d.info
        end = clause_end + 1

        def read(view: SentenceView, k: int, end: int, cands: list[Candidate]) -> Candidate | None:
            return person_object(view, k, end, cands, numbers) if person else object_site(view, k, end, cands)
        if person:
            # "ألقت القبض على X", "إلقاء القبض عليه": the phrase's second word, then "على"
            then = d.info.then if d.info is not None and d.info.then else None
            k = d.kj
            if then is not None:
                k = next((j + 1 for j in range(d.kj, min(d.kj + 5, len(view.words))) if view.words[j] == then), k)
            if k < len(view.words) and view.words[k] == "علي":
                return read(view, k + 1, end, cands)
            if info is not None and info.pos == "noun" and info.genitive != "target":
                return None  # "اعتداء أستاذ على طالبة": the genitive of this noun is its doer
            # (a killing verb alone too, no trigger info: "قتل مسلحون مدنيا", "أصابت قوات الاحتلال طفلة"; s. 40)
            if subject is not None and subject.ti <= k + 2 and trigger_pos(view, d) == "verb":
                if info is None and (first := read(view, k, end, cands)) is not None:
                    return first  # "جريمة قتل عون الحرس الوطني": a noun spelled as the verb, its genitive
                k = subject.tj
                if k < len(view.words) and view.words[k] == "علي":
                    k += 1
                if any(c.ti == k for c in cands):
                    return None  # a candidate names the object ("وقتل الجيش عناصر من حركة الشباب": the group's men)
                return person_object(view, k, end, cands, numbers, accusative=True)
            return read(view, k, end, cands)
        if info is not None and info.pos == "verb":
            at = subject.tj if subject is not None and subject.ti <= d.kj + 2 else d.kj
            if subject is None and at < len(view.words) and view.words[at].removeprefix("ال") in STRIKING_SUBJECTS:
                # "قصفت طائرة مسيرة منزلا لعائلة أبو شمالة": the striker and its adjectives, then the object (s. 31)
                j = at + 1
                while j < min(end, at + 3, len(view.words)) and view.tokens[j].kind == "word" and \
                        not hit_noun_at(view, j) and view.words[j] not in PREPOSITIONS and \
                        not any(c.ti <= j < c.tj for c in cands):
                    j += 1
                at = j
            site = object_site(view, at, end, cands)
            if site is not None:
                return site
        elif info is not None and info.genitive == "target":
            site = object_site(view, d.kj, end, cands)
            if site is not None:
                return site
        if info is not None and info.pos == "noun" and d.k > 0 and view.words[d.k - 1] in ("استهدف", "استهدفت"):
            # "استهدفت غارة إسرائيلية منزل عائلة الحسني": the strike is the subject of the verb of targeting before
            # it, the object after its adjectives and its doer's name is the target (session 31)
            j = d.kj
            while j < min(end, d.kj + 4, len(view.words)) and view.tokens[j].kind == "word" and \
                    not hit_noun_at(view, j) and view.words[j] not in PREPOSITIONS:
                j += 1
            site = object_site(view, j, end, cands) if j > d.kj else None
            if site is not None:
                return site
        for k in range(d.kj, min(end, d.kj + 8, len(view.words))):
            w = view.words[k]
            if (w in TARGET_CUES or w == "علي") and view.words[k + 1:k + 2] not in (["يد"], ["ايدي"]):
                return object_site(view, k + 1, end, cands)
        return None

    def _assign(self, view: SentenceView, layers: LayerIndex, drafts: list[Draft], mentions: list[Mention]) -> None:
        """Casualties go to the event before a result clause, else to the nearest event of their clause.
        A killing trigger ("أعدم التنظيم 12 شخصا") counts its victims as fatalities."""
        for d in drafts:
            if d.info is not None and d.info.lexeme in KILLINGS and d.info.pos == "verb" and not near_miss(view, d.k):
                for a in d.actors:
                    if a["role"] == "target" and a["layer"] == "numbers":
                        num = layers.number_at(view.doc, a["start"])
                        if num is not None and isinstance(num.value, (int, float)):
                            d.killed.append(Mention("killed", num.value, num.kind == "approximate", num.start,
                                                    num.end, d.k))
                if not d.killed:
                    # kin with a pronoun ("ذبح رجل زوجته", "ذبحت سيدة ابنتيها": 2; session 41), each target of them
                    # ("قتل رجل زوجته وابنته وشقيقها": 3, the kin joined as targets of their own; session 42)
                    kin_targets = []
                    for a in d.actors:
                        # ("والده" is a kin noun whole, "وابنته" after the و)
                        kin = [w if kin_object(w) else w.removeprefix("و") for w in fold(a["text"]).split()]
                        if a["role"] == "target" and a["layer"] == "text" and kin and all(kin_object(w) for w in kin):
                            kin_targets.append((a, sum(1 if kin_with_pronoun(w) else 2 for w in kin)))
                    if kin_targets:
                        d.killed.append(Mention("killed", sum(n for _, n in kin_targets), False,
                                                kin_targets[0][0]["start"], kin_targets[-1][0]["end"], d.k))
        for m in mentions:
            target = self._casualties_of(view, drafts, m)
            if target is not None and target.subtype == "arrests" and not self._arrest_casualty(view, target, m):
                # "إيقاف … المتورط في هجوم … الذي أودى بحياة 7 أشخاص": the dead of the crime, not of the arrest
                target = self._casualties_of(view, [d for d in drafts if d.type in VIOLENT_TYPES], m)
            if target is not None and target.type in _PROTEST_TYPES and (any(
                    view.is_word(j, _PROTEST_CAUSES) and view.words[j] not in DEATH_WORDS_OF_CAUSE
                    for j in range(max(0, m.cue - 2), m.cue))
                    or denounced_death(view, target.k, target.kj, view.tokens[m.cue].start)):
                # the death a protest is for, not its own ("اضرابا … على خلفية وفاة التلميذة", "احتجاجا على مقتل
                # شاب", the headline's "بعد وفاة تلميذة بال"بوصفير": اضراب عام"; session 41)
                continue
            if target is not None:
                # (a count of the dead and wounded together goes with the dead, told apart at the end: _count)
                (target.injured if m.kind == "injured" else target.killed).append(m)
        for d in drafts:  # "حيّد الجيش نحو ثلاثين إرهابيا": the neutralised are the dead (session 31)
            # (with the other dead of the sentence: "أسفرت عن القضاء على 5 إرهابيين ومقتل مواطن": 6)
            if d.info is not None and d.info.lexeme in NEUTRALISING and not d.negated:
                dead = self._neutralised(view, layers, d.k, d.kj, d.info)
                if dead is not None and dead.value and not any(m.start < dead.end and dead.start < m.end
                                                               for m in d.killed):
                    d.killed.append(dead)
                    d.killed.sort(key=lambda m: m.start)
        for d in drafts:  # "قتل جندي تركي ومدني سوري في قصف": a person the count names is a victim, no actor (s. 31)
            counts = [(m.start, m.end) for m in (*d.killed, *d.injured)]
            if counts:
                d.actors = [a for a in d.actors if not (a["role"] == "actor" and a["text"].startswith("و") and any(
                    s < a["start"] < e for s, e in counts))]
                # (nor the counted noun of a count written after it: "قتل جنود ثلاثة في هجوم"; session 38)
                d.actors = [a for a in d.actors if not (a["role"] == "actor" and a["layer"] != "groups" and any(
                    s == a["start"] and a["end"] < e for s, e in counts))]

    @staticmethod
    def _court(c: Candidate) -> bool:
        """Is candidate ``c`` a court, a judge or a prosecutor ("المحكمة الابتدائية", "ابتدائية منوبة")?"""
        return any(split.stem.startswith(COURT_HEADS) for split in clitic_splits(fold(c.text)))

    @staticmethod
    def _foilers(view: SentenceView, drafts: list[Draft]) -> None:
        """Who foils an act is not its actor ("الأمن يتدخل لإحباط عملية اختطاف فتاة", "تدخل أعوان مركز شرطة القلعة
        الكبرى لإحباط محاولة الاعتداء على فتاة … تم اختطافها"): a body of the state (`police_stems`, `state_stems`)
        written before a foiling word that comes before the trigger is dropped; a cell there is the plotter ("إثر
        اعتقال هذه الخلية أتاحت إحباط مشروع اعتداء")."""
        foils = [j for j, _ in enumerate(view.words) if view.is_word(j, FOIL_CUES)]
        if not foils:
            return
        for d in drafts:
            if d.type not in VIOLENT_TYPES:
                continue  # "أعلنت الوزارة عن إحباط عديد الهجمات واعتقال 52 شخصا": who foils makes the arrests
            before = [j for j in foils if j < d.k]
            if not before or any(m.value or m.vague for m in (*d.killed, *d.injured)):
                continue  # "وأحبط الجيش هجوما إرهابيا على ثكنة وقتل 3 مهاجمين": fought, not only foiled
            f = before[0]
            # a foiling verb's subject follows it ("أحبطت الوحدات الأمنية عملية"); a verbal noun's comes before it
            verb = not any(w in FOIL_NOUNS for w in stems(view.words[f], CONJ_BI_LI))
            end = view.tokens[min(f + 1, len(view.tokens) - 1)].end if verb else view.tokens[f].start
            d.actors = [a for a in d.actors if not (a["role"] == "actor" and a["start"] < end
                                                    and any(stem in fold(a["text"]) for stem in STATE_STEMS))]
            last = before[-1]
            foiled_by_verb = not any(w in FOIL_NOUNS for w in stems(view.words[last], CONJ_BI_LI)) \
                and d.k - last <= FOIL_REACH
            if foiled_by_verb and not d.negated and view.clause_of(last) == view.clause_of(d.k) \
                    and not any(o is not d and last < o.k < d.k for o in drafts):
                d.negated, d.unasserted = True, "other"  # "أحبطت الشرطة الإيطالية اليوم الخميس هجوما": foiled

    @staticmethod
    def _arrested_doers(view: SentenceView, drafts: list[Draft]) -> list[Draft]:
        """Who arrests is not the actor of the crime the arrest is for; the one arrested is ("ألقت الشرطة القبض على
        رجل أقدم على ذبح والده", "أوقفت الشرطة الألمانية رجلا مسلحا بسكين هاجم المارة", "اعتقلت شخصين بشبهة
        التورط في إطلاق النار"): an event after the arrest, tied to it by an accusation or a relative pronoun
        (`charged_links`) or told within a few words after the one arrested.  A deed of the arrester's own ("اعتقلت
        القوات 5 شبان واقتحمت منازل", "خلال مداهمات") keeps its actor.  Protests and riots are left alone.  A verb's
        letters right after the arrest are the one arrested ("القبض على قاتل شاب": a killer, not "fought"), no event."""
        out: list[Draft] = []
        for d in drafts:
            out.append(d)
            if d.subtype == "arrests" or d.type in _PROTEST_TYPES:
                continue
            arrest = next((a for a in reversed(drafts) if a.subtype == "arrests" and a.kj <= d.k), None)
            if arrest is None:
                continue
            if d.info is not None and d.info.pos == "verb" and \
                    (d.k == arrest.kj or (d.k == arrest.kj + 1 and view.words[arrest.kj] == "علي")
                     or (view.is_word(d.k, DOERS) and any(
                         a["role"] == "target" and a["start"] == view.tokens[d.k].start for a in arrest.actors))):
                out.pop()
                continue
            arresters = {a["start"] for a in arrest.actors if a["role"] == "actor"}
            if not any(a["role"] == "actor" for a in d.actors):
                # (a violent event left with no actor, its arrester dropped as a pursuer, may take the one arrested:
                # session 26; not in a run of headlines, nor after a verb of suffering: "إيقاف الشاب تيو … تعرضه
                # لاعتداءات جنسية على أيدي رجال الشرطة")
                crime = d.type in VIOLENT_TYPES or d.subtype == "looting/property destruction"
                if not crime or view.roundup or any(
                        w.startswith(SUFFER_VERBS) for j in range(arrest.kj, d.k) for w in stems(view.words[j])):
                    continue
            elif not any(a["role"] == "actor" and a["start"] in arresters for a in d.actors):
                continue
            if view.words[d.k][:1] == "و" and d.info is not None and d.info.pos == "verb":
                continue  # "واقتحمت": the arrester's second deed
            if not any(view.is_word(j, _TIES) for j in range(arrest.kj, d.k)) and (
                    (d.info is not None and (fold(d.info.lexeme) in PURSUIT_OWN_DEEDS
                                             or fold(d.info.lexeme) in CLASHES_WITH))
                    or RoleReader._exchanged(view, d.k)):
                continue  # "القبض على 3 مسلحين بعد اشتباكات معهم": the arrester is a side (session 26)
            taken = [a for a in arrest.actors if a["role"] == "target" and a["end"] <= d.start]
            last = view.token_at(taken[-1]["end"] - 1) if taken else None
            near = last is not None and d.k - last - 1 <= SUSPECT_REACH and \
                all(view.tokens[j].kind in ("word", "number") for j in range(last + 1, d.k))
            tied = any(view.is_word(j, _TIES) for j in range(arrest.kj, d.k))
            if not (near or tied):
                continue
            d.actors = [a for a in d.actors if not (a["role"] == "actor" and a["start"] in arresters)]
            if taken and not any(a["role"] == "actor" for a in d.actors) and \
                    not any(taken[-1]["start"] <= o.start < taken[-1]["end"] for o in drafts):
                # (not a doer's noun that names the act: "اعتقال منفذ عملية الدهس التي استهدفت")
                suspect = taken[-1]
                d.actors = [{**suspect, "role": "actor"},
                            *(a for a in d.actors if a["start"] != suspect["start"])]
        return out

    @staticmethod
    def _casualties_of(view: SentenceView, drafts: list[Draft], m: Mention) -> Draft | None:
        """The event of ``drafts`` a casualty mention counts: the one before a result clause, else the nearest of
        the mention's clause, else the one before it, else the first."""
        if not drafts:
            return None
        if charged_act(view, m.cue):
            # a charge's dead are no other event's ("من أجل قتل شخص …، على إثر الهجوم الإرهابي …"; session 41)
            return next((d for d in drafts if d.k == m.cue), None)
        c = view.clause_of(m.cue)
        same = [d for d in drafts if view.clause_of(d.k) == c]
        before = [d for d in drafts if d.k <= m.cue]
        if c in view.result_clauses and before:
            return before[-1]
        if c in view.result_clauses and c > 0 and not before and any(
                view.words[j] in RELATIVES for j in range(m.cue + 1, min(d.k for d in drafts))):
            # the result of a cause told before it and read as no event: not the event of a later relative clause
            # ("العملية الإرهابية التي جدت … وأدت الى مقتل 12 شخصا …، الذي قتل في تبادل لإطلاق النار"; "على اثر
            # عملية دهس" after it is its cause still; session 41)
            return None
        if same:
            return min(same, key=lambda d: abs(d.k - m.cue))
        return before[-1] if before else drafts[0]

    def _arrest_casualty(self, view: SentenceView, d: Draft, m: Mention) -> bool:
        """Are the dead or wounded of ``m`` those of the arrest ``d`` itself: told after it in a result clause
        ("بمداهمته شرع في التعامل مع القوات … مما أدى إلى مصرعه") or a wounded one taken ("القبض على ارهابي
        مصاب"), with no word tying them to the crime the arrest is for between ("بتهمة القتل العمد", "المتورط
        في هجوم … الذي أودى بحياة", "منفذي عملية البراكاج التي أسفرت عن مقتل طالب", `crime_links`)?"""
        if m.value == 0 and not m.vague:
            return True  # "عدم ورود تقارير عن إصابات": none in the arrest either
        if m.cue < d.kj:
            return False  # "على اثر مقتل شاب … اعتقلتهم السلطات": the death came first
        for j in range(d.kj, min(m.cue + 1, len(view.words))):
            w = view.words[j]
            bare = w[1:] if w[:1] in "وفبل" and len(w) > 3 else w
            if {w, bare} & CRIME_LINKS or w in RELATIVES or {w, bare} & (SUSPECTS | PERPETRATORS | OPERATIONS):
                return False
        if view.clause_of(m.cue) in view.result_clauses:
            return True
        # a wounded one taken: the casualty word right after the one arrested ("القبض على ارهابي مصاب")
        return m.kind == "injured" and any(a["role"] == "target" and view.token_at(a["end"] - 1) is not None
                                           and m.cue - (view.token_at(a["end"] - 1) or 0) <= 2 for a in d.actors)

    @staticmethod
    def _air_place(view: SentenceView, k: int) -> bool:
        """Does the air word at ``k`` describe a place or a trade ("قاعدة الشعيرات الجوية", "شركات الطيران", "المجال
        الجوي"), a base or an airport up to four words before it with no strike word between, not a strike's means?"""
        word = view.words[k] if 0 <= k < len(view.words) else ""
        if word in _AIR_TRADE_WORDS:  # "شركات الطيران": the word right before
            return view.is_word(k - 1, AIR_PLACES)
        if word not in _AIR_ADJECTIVES:  # not an aircraft: "استهداف مطار أبها بطائرة مسيرة"
            return False
        seen, j = 0, k - 1
        while j >= 0 and seen < _AIR_PLACE_REACH:
            w = view.words[j]
            if view.is_word(j, AIR_PLACES):
                return True
            if w.startswith(AIR_PLACE_BREAKS) or w in ("في", "علي", "من", "ضد") or not w.isalpha():
                if w.isalpha() or w in ",.:؛،":
                    return False
            else:
                seen += 1
            j -= 1
        return False

    def _retype(self, view: SentenceView, d: Draft, cands: list[Candidate]) -> None:
        lex = self.lex
        lexeme = d.info.lexeme if d.info else ""
        clause = view.clause_range(view.clause_of(d.k))
        # an assassination by a bomb or a shell is that strike ("نجا محافظ عدن من محاولة اغتيال بعبوة ناسفة": one
        # IED event, session 26 second wave), its weapon after it with ب, after the victim at most ("اغتيل ضابط بعبوة")
        by = next((j for j in range(d.kj, min(d.kj + 3, len(view.words))) if view.words[j].startswith("ب")), None) \
            if fold(lexeme) in ASSASSINATIONS else None
        if d.type == EXPLOSIONS or lexeme in GENERIC_ATTACKS or by is not None:
            window_end = view.tokens[min(d.kj + 6 if by is None else by + 2, len(view.tokens) - 1)].end
            lo = view.tokens[max(d.k - 3, 0) if by is None else by].start
            # ("الدفاعات الجوية": the defence, no air strike)
            # ("طائرة مسيرة مفخخة": the drone's charge, no IED)
            found = {sub for sub, pattern in lex.refine
                     if any(not (sub == "air/drone strike" and (view.is_word((view.token_at(s) or 0) - 1, AIR_DEFENCE)
                                                                 or self._air_place(view, view.token_at(s) or 0)))
                            and not (sub in (IED, SUICIDE) and self._charged_aircraft(view, view.token_at(s) or 0))
                            for s, _, _ in view.matches(pattern, max(lo, clause[0]), min(window_end, clause[1])))}
            charged = IED not in found and any(
                self._charged_aircraft(view, view.token_at(s) or 0) for sub, pattern in lex.refine
                if sub in (IED, SUICIDE)
                for s, _, _ in view.matches(pattern, max(lo, clause[0]), min(window_end, clause[1])))
            if d.subtype in (IED, SUICIDE) and charged and "air/drone strike" in found:
                # "انفجرت طائرة مسيرة مفخخة": the explosion is the drone's; "أسقطت 9 مسيرات انتحارية": a suicide
                # drone is a drone, no suicide bombing (session 32)
                d.subtype = "air/drone strike"
            for sub in EXPLOSION_ORDER:
                if sub in found:
                    current = EXPLOSION_ORDER.index(d.subtype) if d.subtype in EXPLOSION_ORDER else len(EXPLOSION_ORDER)
                    if d.type != EXPLOSIONS or EXPLOSION_ORDER.index(sub) < current:
                        d.type, d.subtype = EXPLOSIONS, sub
                    break
        if (d.subtype == IED or lexeme in GENERIC_ATTACKS or d.info is None or d.info.lexeme in KILLINGS) \
                and (d.type != "battles" or lexeme in GENERIC_ATTACKS) and any(
                a["role"] == "actor" and a["layer"] == "text" and fold(a["text"]).split()[0] in _SUICIDE_DOERS
                for a in d.actors):
            # one suicide bomber who killed or wounded a count of people ("قتل انتحاري 12 شخصا في تفجير استهدف
            # سوقا", "وقتلت انتحارية 5 أشخاص في هجوم على سوق"): a suicide bombing (session 36)
            d.type, d.subtype = EXPLOSIONS, SUICIDE
        if d.type == "violence against civilians" and fold(lexeme) in ASSAULTS:
            # "اعتداء إرهابيين من ريف حلب الغربي بالقذائف الصاروخية على الأحياء السكنية": an assault by a weapon of
            # remote violence, its instrument after it with ب in its clause, is that strike (session 31)
            hi = view.tokens[min(d.kj + 7, len(view.tokens) - 1)].end
            by_weapon = [sub for sub, pattern in lex.refine if sub in EXPLOSION_ORDER and sub != IED
                         for s, _, _ in view.matches(pattern, view.tokens[d.kj - 1].end, min(hi, clause[1]))
                         if view.words[view.token_at(s) or 0].startswith(("ب", "وب"))
                         and not view.is_word((view.token_at(s) or 0) - 1, AIR_DEFENCE)]
            if by_weapon:
                d.type, d.subtype = EXPLOSIONS, min(by_weapon, key=EXPLOSION_ORDER.index)
        if d.type == "battles" and lexeme in GENERIC_ATTACKS:
            targets = [a for a in d.actors if a["role"] == "target"]
            after = view.tokens[min(d.kj + 4, len(view.tokens) - 1)].end
            doers = [a for a in d.actors if a["role"] == "actor"]
            if (targets and all(self._civilian(a, cands) for a in targets)) or \
                    self._civilian_site_after(view, d, min(after, clause[1])) or \
                    (not targets and doers and all(any(c.start == a["start"] and c.klass == "people" for c in cands)
                                                   for a in doers)
                     and not any(c.klass in ("armed", "group") and c.ti >= d.kj and c.start < clause[1]
                                 and not any(a["start"] <= c.start < a["end"] for a in doers) for c in cands)):
                # (a person who attacks, no side named: "هاجم شخص مسلح عدد من المارة بسكين", no battle; not "الهجوم على
                # مركبة للشرطة من قبل شخص": the police are a side)
                d.type, d.subtype = "violence against civilians", "attack"
        if d.type == "battles" and fold(lexeme) in STORMINGS and self._vehicle_storming(view, d.k, d.kj, cands):
            # "اقتحام شاحنة لسوق … هجوم إرهابي": a ramming, an attack on civilians
            d.type, d.subtype = "violence against civilians", "attack"
            d.actors = [a for a in d.actors if not any(view.is_word(j, VEHICLE_NOUNS) for j in range(
                *view.span_tokens(a["start"], a["end"])))]
        if d.type == "battles" and fold(lexeme) in STORMINGS:
            self._break_in(view, d, cands)
        place_genitive = self._place_genitive(view, d)
        described = place_genitive if place_genitive is not None else d.kj
        if (d.type == "battles" and lexeme in GENERIC_ATTACKS and described < len(view.words)
                and (view.words[described] in TERROR_ADJECTIVES or place_genitive is not None)
                and not any(a["role"] == "target" and a["start"] not in d.sites for a in d.actors)
                and not any(a["role"] == "actor" and self._armed(a, cands) for a in d.actors)
                and not any(v.armed for v in d.killed + d.injured)):  # "… يسفر عن مقتل 5 أمنيين": a battle
            # "الهجوم الإرهابي في وستمنستر", "هجوم إرهابي بشاحنة", "هجوم لندن الإرهابي", "هجوم كيبيك": a terror
            # attack, or one named by its place, that names no armed side
            d.type, d.subtype = "violence against civilians", "attack"
        if d.type == "battles" and lexeme in CLASHES and (any(
                stem in a["text"] for a in d.actors for stem in PROTESTER_STEMS) or _crowd_against_police(d)):
            d.type, d.subtype = "riots", "violent demonstration"
        if d.type == "violence against civilians" and d.subtype == "attack" and lexeme in ASSAULTS and any(
                view.is_word(j, SEXUAL_CUES) for j in range(d.kj, min(d.kj + 10, len(view.words)))
                if view.clause_of(j) == view.clause_of(d.k)):
            d.subtype = "sexual violence"  # "الاعتداء بالفاحشة على تلميذ", "الاعتداء عليها جنسيا"
        if d.type == "violence against civilians" and d.subtype == "attack" and not d.standalone and \
                (d.undertaken is None or d.info is not None):
            # ("عمد ثلاثة أشخاص إلى قتل جارهم": a deed the doers set out to do, no mob; a trigger noun after قام
            # keeps its crowd: "قام شبان بالاعتداء على عون أمن")
            actor = [a for a in d.actors if a["role"] == "actor"]
            # "اعتدت حشود غاضبة على رجل"; not one or two people ("من قبل شخص ملثم", "من طرف شاب", "شابين"):
            # a crowd or the civilians of the `civilian` class, or a count of people
            if actor and all(self._civilian(a, cands) for a in actor) and any(
                    a["layer"] == "numbers" or any(c.start == a["start"] and c.klass == "civilian" for c in cands)
                    for a in actor):
                d.type, d.subtype = "riots", "mob violence"
        doers = [a for a in d.actors if a["role"] == "actor"]
        if d.subtype == "arrests" and fold(lexeme) in RAID_NOUNS and doers and all(
                any(w in RAID_DOERS for w in stems(fold(a["text"]).split()[0])) for a in doers):
            # "قام مسلحان ظهر اليوم الجمعة بمداهمة منزل على ملك عون أمن" (ANT 6279): outlaws who raid a home attack
            # it, no arrest (session 46)
            d.type, d.subtype = "violence against civilians", "attack"
        if d.info is None and d.undertaken is not None and any(self._armed(a, cands) for a in doers) and any(
                view.words[j].removeprefix("ال").startswith(_ARMED_VICTIM_STEMS)
                for j in range(d.kj, min(d.kj + _DEED_OBJECT_REACH, len(view.words)))):
            # "الجيش الليبي قام بقتل عدد من مقاتلي التنظيمات الإرهابية" (ANT 1610): forces that kill fighters fight
            # them, no attack on civilians (session 46)
            d.type, d.subtype = "battles", "armed clash"
        if d.standalone:
            victims = d.killed or d.injured
            if (victims and victims[0].armed) or \
                    any(a["role"] == "target" and self._armed(a, cands) for a in d.actors):
                d.type, d.subtype = "battles", "armed clash"
        if d.type == "protests":
            def cause(start: int) -> bool:
                """Is the killing at ``start`` what the protest is about ("احتجاجا على مقتل", a death it denounces:
                "مقتل الرجل الأسود … مظاهرات حاشدة تندد بالجريمة"; session 42)?"""
                if protest_cause(view, start) or denounced_death(view, d.k, d.kj, start):
                    return True
                # (the shot after the death it is for: "احتجاجا على مقتل شاب برصاص الشرطة")
                k = view.token_at(start)
                return k is not None and any(
                    m[0] < start and (j := view.token_at(m[0])) is not None and k - j <= _CAUSE_CHAIN
                    and view.clause_of(j) == view.clause_of(k) and protest_cause(view, m[0]) for m in killings)

            killings = view.matches(lex.protest_excessive)

            if self._rioting(view, cands):
                d.type, d.subtype = "riots", "violent demonstration"
            elif any(not cause(m[0]) for m in killings) or any(
                    (m.value > 0 or m.vague) and not cause(view.tokens[m.cue].start) for m in d.killed):
                # (not the death the protest is about: "مظاهرة إثر وفاة امرأة في مركز للشرطة"; session 30)
                d.subtype = "excessive force against protesters"
            elif view.matches(lex.protest_intervention):
                d.subtype = "protest with intervention"
            if d.subtype != "excessive force against protesters" and killings:
                # who killed and who died in the death the protest is for are none of its sides ("تندد بمقتل شاب
                # برصاص الشرطة", "عن مقتل الرجل الأسود شهدت … مظاهرات … تندد بالجريمة"; session 42)
                causes = [j for m in killings if (j := view.token_at(m[0])) is not None and cause(m[0])]
                d.actors = [a for a in d.actors if not any(
                    j < (at := view.token_at(a["start"]) or -1) <= j + _CAUSE_CHAIN + 1
                    and view.clause_of(at) == view.clause_of(j) for j in causes)]
            if d.k and any(w in DISPERSALS for w in stems(view.words[d.k - 1], CONJ_BI_LI)):
                # "اتهمت المنظمة قوات الأمن بارتكاب مذبحة خلال فض اعتصام رابعة": who breaks up the sit-in is the
                # side that intervenes (the protesters' event's target, as in excessive force), or no side
                # ("تم فض اعتصام العاطلين": broken up; not "عدم فض الاعتصام", "اللجوء الى القوة … لفض اعتصام", the
                # protesters' own ending or a thought)
                cut = view.tokens[d.k - 1].start
                forces = [a for a in d.actors if a["role"] == "actor" and a["start"] < cut and self._armed(a, cands)]
                d.actors = sorted(
                    [{**a, "role": "target"} if a in forces else a for a in d.actors
                     if not (a["role"] == "actor" and a["start"] < cut and a not in forces)],
                    key=lambda a: a["role"] != "actor")
                if d.subtype == "peaceful protest" and (forces or any(
                        view.is_word(j, PASSIVE_AUXILIARIES) for j in range(max(d.k - 6, 0), d.k - 1))) \
                        and not negated(view, d.k - 1):
                    d.subtype = "protest with intervention"

    @staticmethod
    def _in_front_of(view: SentenceView, ti: int) -> bool:
        """Is the name at token ``ti`` where a protest is held: right after a word of its front ("أمام وزارة
        التربية"), or after one and up to two buildings or construct nouns ("أمام مقر وزارة التعليم العالي", "أمام
        مقر بعثة الأمم المتحدة", "أمام سفارة الولايات المتحدة"; session 31)?"""
        if view.is_word(ti - 1, FRONT_OF):
            return True
        for j in range(ti - 1, max(-1, ti - 3), -1):
            construct = (j < ti - 1 or not view.words[j].startswith("ال")) and view.words[j][:1] not in "وف"
            if view.tokens[j].kind != "word" or not (view.is_word(j, FRONT_OF_BUILDINGS) or construct):
                return False
            if view.is_word(j - 1, FRONT_OF):
                return True
        return False

    @staticmethod
    def _claimed(view: SentenceView, k: int) -> bool:
        """Is the targeting at token ``k`` announced by its doer: a verb of announcing right before it or "عن", or
        before its subject and "في بيان" (at most :data:`_CLAIM_REACH` words, no punctuation: "كتائب القسام تعلن
        استهداف دبابة", "أعلنت سرايا القدس عن استهداف تجمع", "وأعلن حزب الله في بيان استهداف ثكنة")?"""
        j = k - 2 if view.is_word(k - 1, _ABOUT) else k - 1
        if j >= 0 and view.tokens[j].text in _QUOTES:  # 'أعلنت وزارة الدفاع التركية، الأحد، "تحييد" 12 إرهابيا'
            j -= 1
        if j >= 0 and view.tokens[j].text in _COMMAS:  # "أعلن الجيش السوداني، الثلاثاء، استعادة السيطرة" (s. 31)
            j = RoleReader._before_dated(view, j)
        spoken = RoleReader._spoken_for(view, j)
        for i in range(j, max(-1, j - _CLAIM_REACH - (j - spoken if spoken is not None else 0)), -1):
            if i == spoken:
                continue  # "أعلن المتحدث باسم جماعة الحوثي يحيى سريع استهداف": its name and title (session 32)
            if view.tokens[i].kind != "word" or view.words[i] in _NOT_CLAIMS:
                return False
            if any(w in ANNOUNCE_VERBS for w in stems(view.words[i])):
                return True
        return False

    @staticmethod
    def _spoken_for(view: SentenceView, j: int) -> int | None:
        """The token of the "باسم" of a spokesman's title a few words before token ``j`` ("المتحدث العسكري باسم
        جماعة الحوثي يحيى سريع"), the body he speaks for after it; else None (session 32)."""
        for i in range(j, max(0, j - 8), -1):
            if view.words[i] == "باسم" and any(view.words[x].removeprefix("ال") in SPOKESMAN_NOUNS
                                               for x in range(max(0, i - 3), i)):
                return i
        return None

    @staticmethod
    def _before_dated(view: SentenceView, j: int) -> int:
        """The token before a date set off by commas that ends with the comma at token ``j`` ("، الثلاثاء،"), or
        ``j`` when no date of the dates layer fills the words between it and the comma before."""
        i = j - 1
        while i >= 0 and view.tokens[i].kind == "word" and j - i <= 4:
            i -= 1
        if i < 0 or i == j - 1 or view.tokens[i].text not in _COMMAS:
            return j
        lo, hi = view.tokens[i + 1].start, view.tokens[j - 1].end
        if view.layers.covers("dates", lo, hi) if view.layers is not None else \
                any(dt.start <= lo and hi <= dt.end for dt in view.doc.dates):
            return i - 1
        return j

    @staticmethod
    def _forces_arrest(view: SentenceView, d: Draft) -> None:
        """The state's forces named by their head (`force_heads`: "الأجهزة الأمنية", "الشرطة الأمريكية") are who
        arrest, never who is arrested: such a target of an arrest is its actor when it has none, else dropped
        ("أصبح الطالب مطلوبا لدى الأجهزة الأمنية وقد تم إيقافه", "القبض على مخمور أزعج الشرطة الأمريكية").  Before
        a passive with the pronoun of the one arrested, no actor: "عون الأمن الذي تم إيقافه", "ويشغل العجيمي خطة
        مدير الأمن السياحي وقد تم ايقافه" (who acts is after it: "من طرف السلطات الأمنية"); nor before a passive
        with its object after it, the one told after ل ("أكد مصدر لـ"الجوهرة أف أم" أنه تم إيقاف رئيس الوحدة")."""
        if d.subtype != "arrests":
            return
        info = d.info
        forces = [a for a in d.actors if a["role"] == "target" and
                  (fold(a["text"]).split() or [""])[0].removeprefix("ال") in FORCE_HEADS]
        if info is not None and info.pos == "noun" and d.text_folded.endswith(PRONOUNS) and \
                not d.text_folded.endswith(info.lexeme) and view.is_word(d.k - 1, PASSIVE_AUXILIARIES):
            # (nor the forces before it who: "عون الأمن الذي تم إيقافه" is an officer arrested)
            d.actors = [a for a in d.actors if not (a["role"] == "actor" and a["start"] < d.start) and a not in forces]
            return
        if info is not None and info.pos == "noun" and view.is_word(d.k - 1, PASSIVE_AUXILIARIES):
            # "أكد مصدر مطلع لـ"الجوهرة أف أم" أنه تم إيقاف رئيس وحدة …": the outlet told is no actor (the speaker
            # may be: "وقالت الشرطة إنه تم اعتقال ثلاثة")
            text = view.doc.text
            d.actors = [a for a in d.actors if not (a["role"] == "actor" and a["start"] < d.start
                                                    and _after_lam(text, a["start"]))]
        if not forces:
            return
        has_actor = any(a["role"] == "actor" for a in d.actors)
        d.actors = sorted([{**a, "role": "actor"} if a is forces[0] and not has_actor else a
                           for a in d.actors if a not in forces or (a is forces[0] and not has_actor)],
                          key=lambda a: a["role"] != "actor")

    @staticmethod
    def _killed_in_dispersal(view: SentenceView, drafts: list[Draft]) -> list[Draft]:
        """A killing or an attack on civilians right before a word of ``during_words`` and the breaking-up of a
        protest ("اتهمت المنظمة قوات الأمن بارتكاب مذبحة خلال فض اعتصام رابعة العدوية", "قتل متظاهرين أثناء
        تفريق مسيرة") is that protest met with excessive force: one event, the protest's, with the killing's
        doers as its target (the side that intervenes, see :meth:`_force_against_protesters`), its victims as its
        actors and its casualties."""
        gone: list[Draft] = []
        for p in drafts:
            if p.type != "protests" or p.k < 2 or \
                    not any(w in DISPERSALS for w in stems(view.words[p.k - 1], CONJ_BI_LI)):
                continue
            for a in drafts:
                if a.type != "violence against civilians" or a in gone or a.kj != p.k - 2 or \
                        not view.is_word(a.kj, DURING_WORDS) or view.clause_of(a.k) != view.clause_of(p.k):
                    continue
                p.subtype = "excessive force against protesters"
                known = {(x["start"], x["end"]) for x in p.actors}
                flipped = [{**x, "role": "target" if x["role"] == "actor" else "actor"} for x in a.actors
                           if (x["start"], x["end"]) not in known]
                p.actors = sorted([*p.actors, *flipped], key=lambda x: x["role"] != "actor")
                p.killed, p.injured = p.killed or a.killed, p.injured or a.injured
                gone.append(a)
        return [d for d in drafts if d not in gone]

    def _break_in(self, view: SentenceView, d: Draft, cands: list[Candidate]) -> None:
        """A storming of a home, a shop, a restaurant, a bank, a school … (`break_in_sites`, `civilian_sites`, within
        a few words after the trigger in its clause) whose sides are no named group nor body of the state is a crime,
        no armed clash: a robbery when its sentence has a theft word ("أقدمت العصابة على اقتحام منزل … وسرقة مبالغ
        مالية" → looting/property destruction), else an attack on civilians ("مسلح يقتحم دارا للراهبات ويقتل امرأة
        مسنة"). An occupation's or settlers' storming is left as it was (`occupation_stems`)."""
        own = view.clause_tokens(view.clause_of(d.k))
        end = min(d.kj + _BREAK_IN_REACH, own[-1] + 1 if own else d.kj, len(view.words))
        site = any(s in BREAK_IN_SITES for j in range(d.kj, end) for s in stems(view.words[j], CONJ_BI_LI)) or \
            bool(view.matches(self.lex.civilian_sites, d.end, view.tokens[end - 1].end)) if end > d.kj else False
        def doer(j: int) -> bool:
            return 0 <= j < len(view.words) and any(s in THEFT_WORDS or (s[2:] if s.startswith("ال") else s)
                                                    in BREAK_IN_DOERS for s in stems(view.words[j], CONJ_BI_LI))
        # the actor's first word or the one before it ("شخص مسلح"); with no actor, the one the relative before the
        # verb stands for ("الرجل الذي اقتحم الدار")
        firsts = [view.span_tokens(a["start"], a["end"])[0] for a in d.actors if a["role"] == "actor"]
        robbers = any(doer(j) or (doer(j - 1) and j - 1 != d.kj - 1) for j in firsts) or \
            (not firsts and d.k >= 2 and view.words[d.k - 1] in RELATIVES and doer(d.k - 2))
        if not site and not robbers:  # (thieves storm any place: "أن اللصوص اقتحموا ساحة الحيوانات البرية")
            return
        if any(stem in w for w in view.words for stem in OCCUPATION_STEMS):
            return
        for a in d.actors:
            words = " ".join(view.words[slice(*view.span_tokens(a["start"], a["end"]))])
            if a["layer"] == "groups" or any(stem in words for stem in STATE_STEMS) or \
                    any(c.start == a["start"] and c.klass == "group" for c in cands):
                return  # "اقتحمت قوات خاصة المبنى", "اقتحام الشرطة الفرنسية لمنزل": a side of the state's or a group's
        if any(s in THEFT_WORDS for w in view.words for s in stems(w, CONJ_BI_LI)):
            d.type, d.subtype = "strategic developments", "looting/property destruction"
        else:
            d.type, d.subtype = "violence against civilians", "attack"

    @staticmethod
    def _place_genitive(view: SentenceView, d: Draft) -> int | None:
        """The token after the place an indefinite attack noun names as its genitive ("هجوم لندن الإرهابي",
        "هجوم كيبيك الذي استهدف مسجدا"), or None (not "الهجوم في لندن", nor "هجمات على لندن")."""
        loc = d.location
        if d.info is None or d.info.pos != "noun" or not loc or d.kj >= len(view.tokens) or \
                (d.text_folded or "").startswith(("ال", "لل")) or loc.get("start") != view.tokens[d.kj].start:
            return None
        return view.span_tokens(loc["start"], loc["end"])[1]

    def _rioting(self, view: SentenceView, cands: list[Candidate]) -> bool:
        """Are the protesters of the sentence violent: a riot word ("بالحجارة", "أعمال شغب") or a rioters' verb
        ("أضرموا النار في العجلات", "اقتحم محتجون مقر المعتمدية وحطموا محتوياتها") whose subject is not the police
        ("اقتحمت قوات الأمن مقر الاعتصام") and whose fire is not set to oneself ("أضرم النار في جسده")?"""
        lex = self.lex
        for s, e, _w in view.matches(lex.riot_words):
            kj = view.span_tokens(s, e)[1]
            if not any(view.words[j] in RIOT_SELF_OBJECTS for j in range(kj, min(kj + 4, len(view.words)))):
                return True
        for k, word in enumerate(view.words):
            # "كانوا يحتجون بعنف", "تظاهروا بعنف": a protest verb done violently (no noun: "فرقت الشرطة المتظاهرين
            # بعنف")
            if word in VIOLENT_PROTEST_ADVERBS and any(
                    not view.words[j].startswith(("ال", "م", "لل")) and view.tokens[j].kind == "word"
                    and any(stem in view.words[j] for stem in PROTEST_VERB_STEMS) for j in range(max(0, k - 2), k)):
                return True
        deeds = lex.riot_then
        for k, word in enumerate(view.words):
            form = word if word in deeds else word[1:] if word[:1] in "وف" and word[1:] in deeds else None
            if form is None:
                continue
            kj = k + 1
            then = deeds[form]
            if then and then not in view.words[kj:kj + 3]:
                continue  # "أضرم المحتجون النار", not "أضرم الخلاف"
            if any(view.words[j] in RIOT_SELF_OBJECTS for j in range(kj, min(kj + 4, len(view.words)))):
                continue
            subject = [c for c in cands if c.ti in (kj, kj + 1) or c.tj == k]
            if any(c.klass in ("armed", "group") and not self._protester(c) for c in subject):
                continue  # "اقتحمت قوات الأمن مقر الاعتصام": the police's deed
            verb = view.words[k]
            after = view.words[kj] if kj < len(view.words) else ""
            if verb.endswith(("وا", "ون")) or any(c.klass in ("civilian", "people") for c in subject) \
                    or any(stem in after for stem in PROTESTER_STEMS):
                return True  # "أضرموا النار", "يرشقون", "أضرم محتجون النار", "أضرمت محتجات النار"
        return False

    def _civilian_site_after(self, view: SentenceView, d: Draft, end: int) -> bool:
        """Is a civilian site (``civilian_sites``) named after the trigger of ``d`` up to ``end``, not inside the name
        of a military site before it ("الهجوم على قاعدة براك الشاطئ الجوية": an air base, not a beach)?"""
        for s, _, _ in view.matches(self.lex.civilian_sites, d.end, end):
            k = view.token_at(s)
            if k is None or not any(view.is_word(j, MILITARY_SITES) for j in range(d.kj, k)):
                return True
        return False

    @staticmethod
    def _civilian(actor: dict[str, Any], cands: list[Candidate]) -> bool:
        return any(c.start == actor["start"] and c.klass in ("civilian", "people") for c in cands) or \
            actor["layer"] == "numbers"
