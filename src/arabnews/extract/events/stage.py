"""The ``events`` stage: one ACLED-style record per event mentioned in the article.

A trigger (a verb or verbal noun of ``resources/event_triggers.yaml``) gives the type and sub-event
type; its sentence gives the arguments (:mod:`.arguments`).  Killing words make an event of their own
only when nothing else in their clause is one ("قُتل 5 أشخاص في حلب"); after a result cue ("ما أسفر
عن مقتل …") they are the casualties of the event before them.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cached_property
from itertools import compress, pairwise
from sys import intern
from typing import Any, NamedTuple

from ...document import Document, NumberSpan, Region, Span
from ...lang.ar import clitic_splits, fold, fold_words, lookup_key
from ...lang.ar.scan import PrefixedWords, prefix_strings
from ...lang.ar.words import nisba_countries
from ...text.tokenize import Token, Tokens
from ..attribution.cues import lexicon as attribution_lexicon
from ..attribution.cues import past_forms
from ..attribution.cues import word_set as attribution_words
from ..attribution.stage import QuoteSpan
from ..numbers.lexicon import counted_classes
from ..numbers.lexicon import lexicon as number_lexicon
from .arguments import (
    _SELF_REPORT,
    APPROX_WORDS,
    ATTRIBUTIVE_LINKS,
    CLAUSE_PUNCT,
    CONJ_BI_LI,
    CONNECTORS,
    FAMILY_OWNERS,
    INSTRUMENTS,
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
    _possessed,
    _speech_tokens,
    _suffered_by_subject,
    agent_marker,
    candidates,
    casualty_mentions,
    count_start,
    denier,
    doc_places,
    event_date,
    hit_noun_at,
    killing_subject,
    location,
    mixed_pair,
    near_miss,
    negated,
    object_site,
    own_fighters_before,
    person_object,
    person_word,
    plural_victim_after,
    plural_victims,
    recalled_date,
    since_started,
    speaker,
    stems,
    suffer_subject,
)
from .crowds import CROWD_REACH, construct_crowd, crowd_end, people_block_road, protest_cause
from .headlines import LEAD_SENTENCES, fold_headline, headline_sentence
from .states import (
    anaphoric_target,
    border_place,
    claimed_taking,
    condemned,
    joint_actors,
    source_not_actor,
    state_actors,
    state_not_place,
    told_death,
)
from .triggers import PRONOUNS, CasualtyInfo, Lexicon, TriggerInfo, WordFacts, lexicon, word_set, word_table

#: Battles lexemes that are a generic attack: a weapon word makes them an explosion, civilian targets
#: violence against civilians.
GENERIC_ATTACKS = word_set("generic_attacks")
#: Sub-event types of explosions, most specific first.
EXPLOSION_ORDER = ("suicide bomb", "chemical weapon", "grenade", "remote explosive/landmine/IED", "air/drone strike",
                   "shelling/artillery/missile attack")
EXPLOSIONS = "explosions/remote violence"
#: Triggers that are killings: their victims are fatalities.
KILLINGS = word_set("killings")
#: Units of the numbers stage that count people who can be arrested, abducted or killed.
_PERSON_UNITS = counted_classes().persons
#: Words of taking part after a protest (`participation_words`: "بمشاركة المئات") and the approximations a crowd's
#: count may open with ("بمشاركة نحو 200 شخص"; session 36).
_PARTICIPATION = word_set("participation_words")
_CROWD_APPROX = frozenset({"نحو", "حوالي", "قرابه", "زهاء"})
#: Battles words that, between protesters and police, are a riot.
CLASHES = word_set("clashes")
#: "إرهابي" after an attack noun: with no armed target named, the attack is on civilians.
TERROR_ADJECTIVES = word_set("terror_adjectives")
MILITARY_SITES = word_set("military_sites")
#: The plural nouns of the dead and wounded: uncounted, still casualties that make a weak trigger armed.
PLURAL_CASUALTIES = word_set("plural_casualties")
#: Battles nouns whose other side follows "مع" ("معارك مع تنظيم داعش").
CLASHES_WITH = word_set("clashes_with")
CLASH_INSTRUMENTS = word_set("clash_instruments")
SPOKESMAN_NOUNS = word_set("spokesman_nouns")
_TELL_COMPLEMENTIZERS = word_set("self_complementizers")
#: "By the fire of": the candidate after them is the actor ("برصاص الجيش").
FIRE_OF = word_set("fire_of")
#: The sub-event types of an attack on a thing, whose object is its target ("قصفت طائرتان قاعدة عسكرية").
_HITTING = frozenset({"armed clash", "air/drone strike", "shelling/artillery/missile attack",
                      "remote explosive/landmine/IED", "suicide bomb", "grenade", "attack", "mob violence",
                      "looting/property destruction"})
#: The sub-event types of an act on a person, whose object is its target ("القبض على عون حرس").
_TAKING = frozenset({"arrests", "attack", "abduction/forced disappearance", "sexual violence"})
#: Words after which the candidate is the target ("ضد", "استهدف").
TARGET_CUES = word_set("target_cues")
#: Accusations before an act: "المتهم بقتل", "بتهمة احتجاز" (a subset of the unasserted cues).
CHARGE_CUES = word_set("charge_cues")
#: What may stand between an accusation or a plan and the act it names, which then is that act (not an attempt).
DIRECT_FILLERS = word_set("direct_fillers")
#: Words after a charged or planned act that tell it was done: the victim died, is a martyr, it was a crime.
DONE_CUES = word_set("done_cues")
#: Verbs of suffering (word beginnings): their subject is the victim ("تعرضت دورية لكمين").
SUFFER_VERBS = tuple(sorted(word_set("suffer_verbs")))
#: The verbs of suffering that end like a pronoun but have none ("تعرضها" has one; "تعرضتا" none).
SUFFER_FORMS = frozenset({"تعرضتا", "تعرضا", "يتعرضا"})
#: Verbs whose subject, before "ضحية", is the victim ("وقع مواطن ضحية اعتداء").
VICTIM_VERBS = word_set("victim_verbs")
#: How many tokens before its event a verb of suffering may be.
SUFFER_REACH = 14
#: Stems of protesters, looked for inside an actor's text ("المحتجين", "متظاهرون").
PROTESTER_STEMS = tuple(sorted(word_set("protester_stems")))
#: Words before a protester noun that make it no protest ("التقى ممثلين عن المحتجين").
PROTESTER_HEADS = word_set("protester_heads")
#: Words before a protester noun that make it a case in court ("تهمة قتل المتظاهرين").
PROTESTER_TRIALS = word_set("protester_trials")
#: Objects of a rioters' verb that make it a protester's own body ("أضرم النار في جسده"), no riot.
RIOT_SELF_OBJECTS = frozenset(lookup_key(w) for w in word_set("riot_self_objects"))
#: Definite attack nouns that name an attack told in a sentence before ("وأعلن التنظيم مسؤوليته عن الهجوم"),
#: unless a word after them makes it another one ("الهجوم الثاني"); the event types they may name.
ANAPHORIC_NOUNS = word_set("anaphoric_nouns")
ANOTHER_ATTACK = word_set("another_attack")
#: Definite nouns that retell an event of their kind told before ("القذائف", "الاشتباكات", "المسيرة"; session 30):
#: folded stem → the type, or for arrests the sub-event type, of the event they may name.
RESTATED_NOUNS: dict[str, str] = word_table("restated_nouns")
#: Arrest and killing nouns that, with an object pronoun, name the arrest or killing told before ("اعتقاله", "مقتله").
RESTATED_ARRESTS = word_set("restated_arrests")
RESTATED_KILLINGS = word_set("restated_killings")
OBJECT_PRONOUNS = word_set("object_pronouns")
#: Demonstratives before a definite event noun ("هذه المسيرة"): the event told before, whatever its sentence's day.
DEMONSTRATIVES = word_set("demonstratives")
#: Words right before a casualty noun that list the dead of an event told before ("بين القتلى ثلاثة أطفال").
AMONG_WORDS = word_set("among_words")
#: A demand or a call to stop violence in general ("يطالب بوقف فوري للاعتداءات"; see EventExtractor._demanded).
DEMAND_VERBS = word_set("demand_verbs")
HALT_NOUNS = word_set("halt_nouns")
#: "القبض عليه": the one taken as a pronoun after "على"; told as done only after one of ``pronoun_arrest_cues``.
TAKEN_PRONOUNS = frozenset({"عليه", "عليها", "عليهم", "عليهما"})
PRONOUN_ARREST_CUES = word_set("pronoun_arrest_cues")
#: Depots among the words of finding: hit, not found, after a word of attack ("قصفت الطائرات مخزنا للصواريخ").
DEPOT_WORDS = frozenset({"مخزن", "مخزنا", "مخازن"})
#: Verbs of holding after a cache ("مخبأ يحتوي على", "مخزنا يضم"): the weapons after them are what was found.
CONTAINING_WORDS = word_set("containing_words")
#: Words right before a definite event noun that tell another round of it ("وتجددت الاشتباكات").
RENEWAL_WORDS = word_set("renewal_words")
#: Heads of the parts of a town ("حي", "مخيم", "شارع"): a place after them is within the town told before.
TOWN_PARTS = word_set("town_parts")
#: Words after an indefinite attack noun that make it another attack ("هجوم مماثل"): no merge with the first.
SIMILAR_ATTACK = word_set("similar_attack")
#: Words between a speaker and an event that make the speaker its actor ("أعلن التنظيم مسؤوليته عن الهجوم").
RESPONSIBILITY = word_set("responsibility")
#: Nouns of the doer heading an event ("منفذ الهجوم"): a subject before them acted on the doer, not in the event.
PERPETRATORS = word_set("perpetrator_nouns")
#: The doer of a crime an arrest takes, with the crime's victim after: the doer is the one taken ("قاتل طفلة").
DOERS = word_set("doer_nouns") | PERPETRATORS
#: How many words after a doer's noun may name its crime and victim ("مرتكب جريمة قتل فتاة").
DOER_REACH = 3
OPERATIONS = word_set("operation_nouns")
SUSPECTS = word_set("suspect_nouns")
#: Words between an arrest and a count that tie the count to the crime the arrest is for.
CRIME_LINKS = word_set("crime_links")
#: Words before a protest's place: the name after them is no protester ("وقفة احتجاجية أمام وزارة التربية").
FRONT_OF = word_set("front_of")
#: Strikers named as the subject of a verb of striking (`striking_subjects`: "قصفت طائرة مسيرة منزلا"; session 31).
STRIKING_SUBJECTS = word_set("striking_subjects")
#: Buildings between those words and the name of the place ("أمام مقر وزارة التعليم العالي"; session 31).
FRONT_OF_BUILDINGS = word_set("front_of_buildings")
#: Words between an arrest and a later event that make the event the crime the arrest is for.
CHARGED_LINKS = word_set("charged_links")
#: How many words may stand between the one arrested and the crime told right after them ("رجلا مسلحا بسكين هاجم").
SUSPECT_REACH = 4
#: Words by which the state's forces act on a crime (custody, inquiry, pursuit; with the arrest triggers): a state body
#: before one of them is not the actor of the crime after it (session 26).
PURSUIT_WORDS = word_set("pursuit_words")
#: Verbs of doing that tie a crime's noun to the one arrested before them ("قاما بتحويل وجهة فتاة").
DEED_VERBS = word_set("deed_verbs")
#: Stormings of homes, shops, banks, schools … by no group nor state body: a robbery or an attack, no clash.
STORMINGS = word_set("storming_lexemes")
BREAK_IN_SITES = word_set("break_in_sites")
#: Doers of a storming who are no side: a crime wherever they break in ("اقتحام مجموعة من المنحرفين فضاء").
BREAK_IN_DOERS = word_set("break_in_doers")
THEFT_WORDS = word_set("theft_words")
OCCUPATION_STEMS = tuple(sorted(word_set("occupation_stems")))
#: Robbery words that are as often figurative ("السطو على رواية"): an event only with a site, a theft or robbers near
#: them (session 26, second wave), and robbers that make a weak storming of a site a robbery ("اقتحم لصوص صيدلية").
#: "ضبط": to catch as well as to seize and to regulate; an arrest only with a person named right after (session 26,
#: second wave: "ضبطت الأجهزة الأمنية عاطلا", not "ضبط المسؤولية الطبية", "ضبطه بعنوان كتاب").
SEIZING = frozenset({"ضبط"})
#: The police's words for bringing a gang down and the gangs and offenders they take (`takedown_lexemes`,
#: `takedown_objects`; folded): "الإطاحة بعصابة", "تفكيك خلية", "الكشف عن شبكة".
TAKEDOWNS = word_set("takedown_lexemes")
#: What one is suspended from after "عن" (`suspended_from`, folded): "إيقاف الموظف عن العمل" is no arrest.
SUSPENDED_FROM = word_set("suspended_from")
GANG_NOUNS = word_set("gang_nouns")
TAKEDOWN_OBJECTS = GANG_NOUNS | word_set("takedown_objects")
#: A part or a rank before the offender, not counted in the takedown's reach (`takedown_fillers`): "بأحد أكبر مروجي".
TAKEDOWN_FILLERS = word_set("takedown_fillers")
#: Nouns of a tie after "على" (`tie_nouns`, folded): "على اتصال بإرهابيين", "على علاقة بكتيبة عقبة بن نافع".
TIE_NOUNS = word_set("tie_nouns")
#: The plural arrest nouns that are also stoppages before what stops ("إيقافات العمل"; folded lexemes).
STOPPAGES = frozenset({"ايقافات", "توقيفات"})
#: The heads of the state's forces (`force_heads`, folded, without the article): who arrests, never who is arrested.
FORCE_HEADS = word_set("force_heads")
#: How far (words) from a protest its own date of a coming day may be ("الدخول في اعتصام مفتوح بداية من صبيحة يوم غد").
_COMING_DATE_REACH = 10
#: How many words before "تم إيقافه" may name the person the pronoun stands for.
_PRONOUN_PERSON_REACH = 12
#: Their singulars, an arrest with a pronoun after a passive auxiliary ("تم إيقافه"; folded lexemes).
STOPPAGES_SINGULAR = frozenset({"ايقاف", "توقيف"})
#: The takedown that tells of a gang (folded lexeme): its gang is indefinite.
TOLD_OF = "كشف عن"
#: How many words after a takedown verb its object may be ("أطاحت الوحدات الأمنية بالقصرين بعصابة").
_TAKEDOWN_REACH = 6
VICTIM_HEADS = word_set("victim_heads")
#: The staff of a service ("أعوان نفس المركز": the police officers of the station), no robbers.
STAFF_HEADS = word_set("staff_heads")
#: Words that end the search for the one caught: a place, a possession ("ضُبط في المنزل وبحوزة الإرهابيين").
_SEIZED_STOPS = frozenset({"في", "بحوزه", "وبحوزه", "بحوزته", "بحوزتهم", "داخل", "علي", "من", "مع"})
ASSASSINATIONS = frozenset({"اغتيال", "محاوله اغتيال", "اغتال", "اغتيل"})
ROBBERY_LEXEMES = word_set("robbery_lexemes")
ROBBER_NOUNS = word_set("robber_nouns")
ROBBERY_GENERIC = word_set("robbery_generic")
#: "إلى"/"على" before a robbery suffered, and how many words before it the verb of suffering may stand.
_TO_WORDS = frozenset({"الي", "علي"})
#: "أحد", "إحدى" (folded): the person noun after them is the one an arrest takes ("إيقاف أحد المهربين").
_ONE_OF = frozenset({"احد", "احدي"})
_SUFFER_REACH = 8
#: Objects of a political or literary "robbery" ("السطو على الحزب", "على رواية"): no event.
ROBBERY_METAPHORS = word_set("robbery_metaphors")
#: An attempt right before a robbery ("حاولوا السطو على المستودع"): property not taken, negated (session 27).
ATTEMPT_CUES = word_set("attempt_cues")
#: How many words before a robbery word a word of a trade or a record (`robbery_generic`) makes it none ("مختصة في
#: الإعتداءات على الأملاك والأشخاص والسّطو المسلح").
_GENERIC_REACH = 8
_OPERATIONS = frozenset({"عمليه", "عمليات", "لعمليه", "بعمليه", "لعمليات", "بعمليات", "وعمليه", "وعمليات"})
#: How many words after a storming may name the site broken into ("اقتحم اليوم الخميس شخص مجهول بنكا").
_BREAK_IN_REACH = 6
#: How many folded characters after a casualty word are read for its weapon ("قتل متظاهران برصاص مسلحين").
_WEAPON_LOOKAHEAD = 80
#: Verbs right before an official that make him the one a violent event hits (`official_hit_verbs`).
OFFICIAL_HIT_VERBS = word_set("official_hit_verbs")
#: "على", "ضد" right before a candidate after the trigger: its object, not its subject.
_AT_WHOM = frozenset({"علي", "ضد"})
_ABOUT = frozenset({"عن"})
_COMMAS = frozenset({"،", ","})
#: Quotes a claimed noun may stand in ('أعلنت وزارة الدفاع التركية، الأحد، "تحييد" 12 إرهابيا', session 31).
_QUOTES = frozenset({'"', "«", "“", "”"})
#: The masdars of neutralising (`neutralise_lexemes`' nouns): a group announcing one did it ("أعلنت وزارة الدفاع
#: التركية تحييد 5 إرهابيين", "أعلن الجيش الجزائري القضاء على 3 إرهابيين", session 31).
NEUTRALISE_NOUNS = frozenset({"تحييد", "القضاء علي", "قضاء علي"})
_QUOTE_MARKS = frozenset({'"', "«", "»", "'", "“", "”"})
#: Unmanned aircraft named so (`unmanned_aircraft`) and the words of their use in an attack (`drone_cues`).
UNMANNED = word_set("unmanned_aircraft")
PROJECTILES = word_set("projectile_nouns")
SHOOTING_PLACES = word_set("shooting_places")
FIRING_POSITIONS = word_set("firing_positions")
OPERATION_LAUNCHES = word_set("operation_launches")
MILITARY_OPERATIONS = word_set("military_operations")
VIOLENT_PROTEST_ADVERBS = word_set("violent_protest_adverbs")
PROTEST_VERB_STEMS = word_set("protest_verb_stems")
WEAPON_DESTROYING = word_set("weapon_destroying")
DESTROYED_COUNTS = word_set("destroyed_counts")
DESTROYING_FORCES = word_set("destroying_forces")
IN_FLIGHT = word_set("in_flight")


def _own_forces(word: str) -> bool:
    """Is the folded ``word`` a side's forces with a pronoun ("قواتها", "طائراته", "مقاتلاتنا": `destroying_forces`)?"""
    return any(word.endswith(p) and word[:-len(p)] in DESTROYING_FORCES for p in ("هما", "هم", "ها", "ه", "نا"))
LAUNCHER_NOUNS = word_set("launcher_nouns")
#: How far before a weapon the verb that destroys it may be (see EventExtractor._destroyed_weapon).
DESTROY_REACH = 4
PROJECTILE_LAUNCH = word_set("projectile_launch")
#: Verbs a subject stands right before, their object two commas on ("أطلقت، ليلة الأحد، أربعة مقذوفات"; session 32).
_DEED_BEFORE_DATE = PROJECTILE_LAUNCH | word_set("own_deed_verbs")
PROJECTILE_FALL = word_set("projectile_fall")
#: How far before projectiles their verb of launching may be (see EventExtractor._projectiles_fired).
PROJECTILE_REACH = 10
DRONE_CUES = word_set("drone_cues")
SURVEILLANCE = word_set("surveillance_words")
#: Words before the fighting that won a territory ("بعد معارك مع", "إثر اشتباكات مع").
_FOUGHT_AFTER = frozenset({"بعد", "اثر", "عقب", "خلال"})
#: "في هجوم …" of a claim after an act, and "عنه"/"عنها" after the claim's "مسؤوليته" (see _claimed_again).
_IN_ATTACK = frozenset({"في", "وفي"})
_ABOUT_IT = frozenset({"عنه", "عنها", "عنهما", "عنهم"})
#: How many words may stand between a verb of announcing and the targeting it claims (its subject, "في بيان").
_CLAIM_REACH = 6
#: Words that end the search for a claim's verb: a report of another's deed ("أعلنت الوزارة أن …").
_NOT_CLAIMS = frozenset({"ان", "انه", "انها", "بان", "عن", "علي"})
#: "ثم": a verb after it shares the subject before ("اعتقلت الشرطة الرجل ثم أطلقت سراحه").
_THEN = frozenset({"ثم"})
#: A state body's own deeds beside an arrest: it keeps being their actor.
PURSUIT_OWN_DEEDS = word_set("pursuit_own_deeds")
#: Words of foiling: who foils an act is not its actor.
FOIL_CUES = word_set("foil_cues")
FOIL_NOUNS = word_set("foil_nouns")
#: How many words a foiling verb may stand before the act it foils, its subject and day between.
FOIL_REACH = 6
#: A building before a court's name: the court hit is its building.
BUILDINGS = word_set("court_buildings")
#: Courts and judges (word beginnings): never an event's actor.
COURT_HEADS = tuple(sorted(word_set("court_heads")))
#: Stems of the police in an actor's text: their ambush with no casualty nor weapon is a trap.
POLICE_STEMS = tuple(sorted(word_set("police_stems")))
#: Words after an assault that make it sexual violence.
SEXUAL_CUES = word_set("sexual_cues")
#: Killings by the state's forces no casualty word marks ("القضاء على 4 ارهابيين").
ELIMINATIONS = word_set("elimination_words")
#: Stems of the state's bodies in an actor's text: who foils an act.
STATE_STEMS = POLICE_STEMS + tuple(sorted(word_set("state_stems")))
#: An old event named by its anniversary, trial or case ("الذكرى الرابعة لاغتيال", "محاكمة المتهمين في اغتيال"):
#: the cue and the words that may stand between it and the trigger (see `recall_cues` in the resource).
RECALL_CUES = word_set("recall_cues")
RECALL_FILLERS = word_set("recall_fillers")
#: The most filler words between a recall cue and its trigger.
RECALL_REACH = 6
#: Who survives an act, written after the word, is its target ("نجا الوزير من محاولة اغتيال").
SURVIVE_WORDS = word_set("survive_words")
#: Who intercepts or repels a missile, a drone or an attack is not its actor ("اعترضت الدفاعات الجوية صاروخا").
INTERCEPT_WORDS = word_set("intercept_words")
AIR_DEFENCE = word_set("air_defence")
#: A base, an airport, airspace or airlines that "جوية"/"الطيران" describe, not a strike's means (session 28), and
#: the strike words (beginnings) that end the look back for one ("استهدف القاعدة بضربة جوية").
AIR_PLACES = word_set("air_places")
AIR_PLACE_BREAKS = tuple(sorted(word_set("air_place_breaks")))
#: How many words before "الجوية" its place may stand, its name between ("قاعدة الملك فهد الجوية").
_AIR_PLACE_REACH = 4
#: The adjectives a base or airspace takes, and the trade word airlines take (folded).
_AIR_ADJECTIVES = frozenset({"جوي", "جويه", "الجوي", "الجويه", "جويين", "الجويين"})
_AIR_TRADE_WORDS = frozenset({"طيران", "الطيران"})
#: Verbs of accusing: their subject is not the actor of the act after "بـ" (session 28), and how far the act may be.
ACCUSE_VERBS = word_set("accuse_verbs")
ACCUSE_WITH_OBJECT = word_set("accuse_verbs_with_object")
_ACCUSE_REACH = 16
#: Aircraft whose charge "مفخخة" is written after them: a drone strike, no roadside bomb ("بطائرة مسيرة مفخخة").
CHARGED_AIRCRAFT = word_set("charged_aircraft")
IED = "remote explosive/landmine/IED"
#: A lone suicide bomber as an attack's doer (`suicide_doers`, folded; session 36).
_SUICIDE_DOERS = word_set("suicide_doers")
SUICIDE = "suicide bomb"
#: Shooting down a drone or a missile is intercepting it ("أسقطت الدفاعات الجوية طائرة مسيرة"), not dropping a bomb.
DOWNING_WORDS = word_set("downing_words")
DOWNED_HEADS = word_set("downed_heads")
#: "17 حالة اغتصاب", "في حالة إيقاف": a statistic or a state, no event.
CASE_NOUNS = word_set("case_nouns")
#: Verbs of managing to do whose subject does the act after "من" in a later clause ("تمكنت الوحدات …، من إيقاف").
ENABLE_VERBS = word_set("enable_verbs")
#: "ألقت الوحدات …، …، القبض على": the verb whose subject is the arrest's actor, clauses before "القبض".
SEIZE_VERBS = word_set("seize_verbs")
#: How many words before the trigger the interception word may be.
INTERCEPT_REACH = 8
CALLED_OFF = word_set("called_off")
#: Verbs of killing right after the person an arrest takes, by their past forms → lemma ("ضبطت الأجهزة الأمنية
#: عاطلا قتل زوجته"), and the kin they take (session 27).
TAKEN_HARM = {form: lemma for lemma in word_set("taken_harm_verbs") for form in past_forms(lemma)}
KIN_NOUNS = word_set("kin_nouns")
#: Pretences ("ادعى تعرضه لبراكاج"): unasserted too, and a few words before the sufferer's "تعرضه" (session 27).
PRETENCES = word_set("pretence_cues")
UNASSERTED_CUES = word_set("unasserted_cues") | PRETENCES
#: How many words before the sufferer's "تعرضه" a pretence may stand, its subject between.
_PRETENCE_REACH = 20
UNASSERTED_FILLERS = word_set("unasserted_fillers")
INTENT_VERBS = word_set("intent_verbs")
FUTURE_VERBS = word_set("future_verbs")
INTENT_INFINITIVES = word_set("intent_infinitives")
PLANNED_ADJECTIVES = word_set("planned_adjectives")
PROTEST_ADJECTIVES = word_set("protest_adjectives")
TARGET_SITES = word_set("target_sites")
OPPOSING = word_set("opposing_adjectives")
OWNER_LINKS = word_set("owner_links")
DECISION_CUES = word_set("decision_cues")
CALL_CUES = word_set("call_cues")
INJURING_DOERS = word_set("injuring_doers")
#: The numbers lexicon's categories of a cardinal word that counts people ("ثلاثة", "عشرة", "عشرين", "مئة").
_COUNT_CATEGORIES = frozenset({"one", "ten", "tens", "hundreds"})
PLAN_CUES = word_set("plan_cues")
PROTEST_ADVERBS = word_set("protest_adverbs")
COMING_DAYS = word_set("coming_days")
WARNINGS = word_set("warning_cues")
THREATS = word_set("threat_cues")
_ENTERING = frozenset({"الدخول", "للدخول", "بالدخول", "دخول"})
#: How many words a future verb or a verb of intent may stand before the act it announces.
_INTENT_REACH = 9
#: words between a call verb and the "إلى" of the protest called for ("دعا الاتحاد الجهوي للشغل منخرطيه إلى إضراب")
_CALL_REACH = 6
#: and farther, with no mark or other "إلى" between (session 35: the call's long subject and object, a date)
_FAR_CALL_REACH = 16
#: The endings of a plural of people ("المشجعين", "المحتجون", "الأهالي" is read by its own ending "ي").
_PLURAL_ENDINGS = ("ين", "ون", "ات", "الي", "اء")
SUSPECT_LINKS = word_set("suspect_links")
DOER_COPULAS = word_set("doer_copulas")
PREPOSITIONS = word_set("prepositions")
#: Riot triggers of thrown things: a riot only where people protest or gather ("رشق", "زجاجات حارقة").
RIOT_WEAPONS = word_set("riot_weapons")
#: The most plain words of one side of "بين X و Y" that no other layer names ("بين الغالبية الأويغورية المسلمة").
_SIDE_WORDS = 3
#: Most words between a verb of exchange and the shooting it exchanges (the two sides named between).
_EXCHANGE_REACH = 10
#: The events of a protest, whose protester noun makes no other.
_PROTEST_TYPES = ("protests", "riots")
#: Sub-event types whose events their actor announces itself (a group's change, an agreement, a base, a
#: handover): the subject of a reporting verb before them stays a candidate actor.
SELF_ANNOUNCED = frozenset({"change to group/activity", "agreement", "headquarters or base established",
                            "non-violent transfer of territory"})
#: Trigger lexemes that are also the noun of a time of day ("فجر": blew up / dawn), and the words that make
#: them the noun before or after them.
TIME_NOUNS = word_set("time_nouns")
#: Adjectives that describe an event (folded, masculine, without the article; "ه" is added for the feminine).
EVENT_ADJECTIVES = frozenset(w + end for w in word_set("event_adjectives") for end in ("", "ه"))
TIME_BEFORE = word_set("time_before")
TIME_AFTER = word_set("time_after")
TIME_PARTS = word_set("time_parts")
#: Kinds of groups that are no armed context ("حركة النهضة": a party) for the weak lexemes of a political sense
#: ("انسحاب", "السيطرة على").
UNARMED_GROUP_KINDS = word_set("unarmed_group_kinds")
#: Registry ids of civil organizations (the UGTT and its structures), no armed context for any weak lexeme.
UNARMED_GROUPS = word_set("unarmed_groups")
POLITICAL_SENSES = word_set("political_senses")
LEFT_PROCESSES = word_set("left_processes")
POLITICAL_LEAVERS = word_set("political_leavers")
#: Verbs of undertaking and the verbal nouns after their على/إلى that are an attack by their subject ("أقدم شابان على
#: طعن شاب", "عمد ثلاثة أشخاص، إلى قتل جارهم").
UNDERTAKING_VERBS = word_set("undertaking_verbs")
#: A verb of doing or undertaking between the one arrested and a crime ties them ("أقدموا على اغتصاب طفل").
_DOING = DEED_VERBS | UNDERTAKING_VERBS
UNDERTAKEN_ACTS = word_set("undertaken_acts")
REFLEXIVES = word_set("reflexives")
#: How many tokens an undertaking verb may stand before the على/إلى of its act (its subject and a comma between).
_UNDERTAKING_REACH = 7
#: Quantifiers between a leaving lexeme and who leaves ("لانسحاب أغلب رموز المعارضة").
LEAVER_QUANTIFIERS = word_set("leaver_quantifiers")
#: Weak lexemes that need casualties or a weapon in their sentence, not only an armed actor ("حملة").
VIOLENT_ONLY = word_set("violent_only")
#: The verb of targeting: after another trigger it tells what that one hit ("تفجير استهدف سيارته").
TARGETING = frozenset({"استهدف"})
_TARGETING_STEMS = tuple(TARGETING)
#: The noun of targeting: a strike of its own unless another one right after names it ("استهدافهم في الضربة الجوية").
TARGETING_NOUNS = frozenset({"استهداف"})
#: Nouns a group announces of its own deed: who announces them right before did them ("أعلن الجيش السوداني، الثلاثاء،
#: استعادة السيطرة على جسر شمبات", "أعلنت قوات الدعم السريع السيطرة على مدينة ود مدني", session 31).
CLAIMED_NOUNS = TARGETING_NOUNS | frozenset({"استعاده السيطره", "استعادته السيطره", "استعادتها السيطره",
                                             "استعادتهم السيطره", "سيطره علي"}) | NEUTRALISE_NOUNS
#: Verbs that announce a deed (`announce_verbs`): a group that announces a targeting right after claims it ("حزب الله
#: يعلن استهداف موقع للجيش الإسرائيلي", session 26, second wave).
ANNOUNCE_VERBS = word_set("announce_verbs")
#: Attack lexemes that are also verbal criticism ("هاجم الشابي الحكومة"), and the words that make them so.
VERBAL_ATTACKS = word_set("verbal_attacks")
QUANTITY_HEADS = word_set("quantity_heads")
#: Words of a cause right before a protest's noun ("بسبب تحركات احتجاجية"): the subject before is not its doer.
CAUSE_WORDS = word_set("cause_words")
#: Words of the cause of deaths right before a violent trigger ("مقتل 4 سيّاح … إثر انفجار حافلة"), and how many
#: words after the killing word the trigger may be (session 28, third wave).
DEATH_CAUSES = word_set("death_causes")
DEATH_CAUSE_FALLS = word_set("death_cause_falls")
#: Nouns of breaking up a gathering right before a protest's trigger ("فض اعتصام", "تفريق التجمع"): the side
#: before them intervenes in the protest, it is no protester (session 28, third wave).
DISPERSALS = word_set("dispersals")
#: Words that set a killing in a dispersal right after them (`during_words`, folded): "مذبحة خلال فض اعتصام".
DURING_WORDS = word_set("during_words")
#: A vehicle or its driver storming a place (`vehicle_nouns`) is no battle: an attack on civilians with a word of a
#: ramming or of terror (`ramming_words`) or casualties in its sentence, else no event (session 28, third wave).
VEHICLE_NOUNS = word_set("vehicle_nouns")
RAMMING_WORDS = word_set("ramming_words")
DEATH_CAUSE_REACH = 16
#: How many words after an attack lexeme its criticized object may stand ("هاجم وزير الخارجية الأمريكي أنتوني
#: بلينكن سياسات …": the subject's title and name first).
CRITICISM_REACH = 8
CRITICISM_CUES = word_set("criticism_cues")
#: Commas and quotation marks allowed between a reporting verb and its complement ("أعلن "حزب الله"، في بيان، أن").
QUOTE_MARKS = frozenset('،,"«»“”')
#: Nouns of a member of a group (`member_nouns`): the group of "مقتل قيادي في حزب الله" is the victims' side.
MEMBER_NOUNS = word_set("member_nouns")
#: Head nouns of a group's name its span leaves out ("قيادي في حركة حماس"; session 29, third wave).
GROUP_NAME_HEADS = word_set("group_name_heads")
#: A prosecutor's order of an arrest ("أذنت النيابة العمومية بإيقافه"; session 29, third wave).
ARREST_ORDERS = word_set("arrest_order_verbs")
_ORDER_REACH = 4
#: What a verbal attack is aimed at ("هاجم بلينكن سياسات الحكومة الروسية") and where it is said ("خلال مؤتمر صحفي").
CRITICIZED_OBJECTS = word_set("criticized_objects")
#: What one objects to in words after "احتج … على" (`objected_words`, folded): "احتج النواب على مداخلة عبو" is an
#: objection in a debate, no protest (session 29, fourth wave).
OBJECTED_WORDS = word_set("objected_words")
#: The march nouns, and the words after one that make it a career or a course (`career_words`, folded).
MARCHES = frozenset({"مسيره", "مسيرات"})
CAREER_WORDS = word_set("career_words")
#: Words of a protest's place (`protest_places`, folded): "احتج النواب أمام البرلمان على تصريحات …" is one.
PROTEST_PLACES = word_set("protest_places")
CRITICISM_SETTINGS = word_set("criticism_settings")
CRITICISM_SETTING_KINDS = word_set("criticism_setting_kinds")
#: Verbs with the event as their object pronoun ("هجوم شنه تنظيم داعش"): their subject after them is the actor;
#: and the verbs of "قام به" ("الهجوم الذي قام به مسلحون").
PERPETRATED = word_set("perpetration_verbs")
PERPETRATED_WITH_BI = word_set("perpetration_with_bi")


def _light_doer(view: SentenceView, c: Candidate, d: Draft) -> bool:
    """Is the person ``c`` the subject of "قام" right before the act ``d`` written with ب ("قام شابان بالاعتداء على
    عون حرس", "قامت امرأتان بطعن ممرضة"): its doer, though a person noun is most often a victim (merged session 32:
    the dual is no PER any more)?"""
    return c.ti >= 1 and c.tj == d.k and view.words[d.k].startswith("ب") and view.is_word(c.ti - 1, PERPETRATED_WITH_BI)


#: Verbs of claiming an attack ("تبناها"): a few words after the trigger, their subject is its actor (session 27).
CLAIM_VERBS = word_set("claim_verbs")
#: How many words after the trigger a claim verb may stand (a perpetration verb: in its clause).
_LATE_CLAIM_REACH = 25
_BI_PRONOUNS = frozenset({"به", "بها", "بهما", "بهم"})
#: Auxiliaries of the passive ("تم إعدامه"), with their proclitics.
PASSIVE_AUXILIARIES = word_set("passive_auxiliaries")
#: The damma: in a past trigger written with it after its first letter ("قُتل", "اعتُقل", "أُعدم") the verb is passive.
_DAMMA = "\u064f"
#: Assaults on an abstract object ("الاعتداء على المال العام"), death sentences ("عقوبة الإعدام"), the slaughter of
#: animals ("إعدام الدواجن"): no events (see :meth:`EventExtractor._no_violence`).
ASSAULTS = word_set("assault_lexemes")
ABSTRACT_OBJECTS = word_set("abstract_objects")
EXECUTIONS = word_set("execution_lexemes")
#: Neutralising lexemes (`neutralise_lexemes`): a fight only with armed men or persons counted after them.
NEUTRALISING = word_set("neutralise_lexemes")
NEUTRALISE_WITH_ALA = word_set("neutralise_with_ala")
NEUTRALISED = word_set("neutralised_nouns")
SENTENCE_WORDS = word_set("sentence_words")
CARRIED_OUT = word_set("carried_out")
ANIMALS = word_set("animals")
SLAUGHTERS = word_set("slaughter_lexemes")
#: Relative pronouns (folded): a verb with an object pronoun after one has its antecedent as object.
RELATIVES = word_set("relative_pronouns")
#: Verbs of naming: the name after them glosses the noun before (folded, session 32).
NAMING_VERBS = word_set("naming_verbs")
#: Words of leading that make the noun after them the leader of the doers ("بقيادة أمير محلي"; folded, session 32).
LEADER_LINKS = word_set("leader_links")
#: Words that tie a later crime to the one arrested (an accusation, a relative pronoun, a suspect, a verb of doing).
_TIES = CHARGED_LINKS | RELATIVES | SUSPECTS | PERPETRATORS | _DOING
#: Takings of territory, and what their object must be to be territory ("تسيطر على مطار طرابلس"), after a quantifier.
TERRITORY_LEXEMES = word_set("territory_lexemes")
TERRITORY_NOUNS = word_set("territory_nouns")
TERRITORY_QUANTIFIERS = word_set("territory_quantifiers")
LOOTING = ("strategic developments", "looting/property destruction")
#: Seizures, and the stems of the non-state armed actors whose seizure of goods is looting ("مجموعة مسلحة").
SEIZURES = word_set("seizure_lexemes")
#: Materiel taken in battle and the words of fighting that make its seizure part of the battle (`spoils_nouns`,
#: `battle_cues`, session 31).
SPOILS = word_set("spoils_nouns")
BATTLE_CUES = word_set("battle_cues")
#: Crossings and fronts, territory in a sentence of armed actors or fighting (`crossing_nouns`, session 31).
CROSSINGS = word_set("crossing_nouns")
NON_STATE_STEMS = tuple(sorted(word_set("non_state_stems")))
#: Stems of an unknown doer ("مسلحون مجهولون") and the group kinds that are no state force: their shooting of
#: protesters is an attack on civilians, not excessive force (see :meth:`EventExtractor._force_against_protesters`).
UNKNOWN_STEMS = tuple(sorted(word_set("unknown_stems")))
NON_STATE_GROUP_KINDS = word_set("non_state_group_kinds")
#: Weapons named as things: made or tested ("صناعة قنابل يدوية") no event, found or seized ("العثور على 6 قذائف")
#: a disrupted weapons use.
WEAPON_LEXEMES = word_set("weapon_lexemes")
WEAPON_MAKING = word_set("weapon_making")
WEAPON_FINDING = word_set("weapon_finding")
#: Words after a weapon that make it a thing shown or tested, and the parade of a sentence (see :meth:`_parade`).
WEAPON_DISPLAY_AFTER = word_set("weapon_display_after")
PARADE_NOUNS = word_set("parade_nouns")
#: A show of force: a parade noun with one of these after it (`force_words`, folded): "استعراض من كوريا الشمالية للقوة".
FORCE_WORDS = word_set("force_words")
#: Military drills (`drill_nouns`, folded): "تمرينات تدمير الألغام", "بتدريبات على القتال".
DRILL_NOUNS = word_set("drill_nouns")
PARADE_ADJECTIVES = word_set("parade_adjectives")
#: Heads of a military unit or a weapon system (`unit_heads`, folded): "وحدة الصواريخ" names a unit, no event.
UNIT_HEADS = word_set("unit_heads")
DISPLAY_VERBS = word_set("display_verbs")
PARADE_ATTACK_WORDS = word_set("parade_attack_words")
AIMED_AT = word_set("aimed_at")
MISSILE_WORDS = word_set("missile_words")
MISSILE_TESTS = word_set("missile_tests")
#: Breaches of a truce: the agreement noun after them is no agreement (see :meth:`EventExtractor._breached`).
AGREEMENT_BREACHES = word_set("agreement_breaches")
#: Gear: the trigger noun right after it is no event ("معدات تفجير").
GEAR_NOUNS = word_set("gear_nouns")
#: Explosives countered (no event) or defused (disrupted), read before the weapon (see :meth:`_weapon_as_thing`).
WEAPON_COUNTERING = word_set("weapon_countering")
WEAPON_DEFUSING = word_set("weapon_defusing")
#: Attacks by no armed actor: on computers, by or on animals (see :meth:`EventExtractor._unarmed_attack`).
CYBER_WORDS = word_set("cyber_words")
CYBER_MEDIA = word_set("cyber_media")
ATTACKING_ANIMALS = word_set("attacking_animals")
#: A police or army dog is a means, no attacking animal ("بمساعدة الكلاب البوليسية", session 28).
WORKING_ANIMAL_WORDS = word_set("working_animal_words")
ANIMAL_HELPERS = word_set("animal_helpers")
ANIMAL_NAME_OPENERS = word_set("animal_name_openers")
#: Words right after an unvowelled past arrest verb that make it passive (see :meth:`EventExtractor._bare_passive`).
BARE_PASSIVE_NEXT = word_set("bare_passive_next")
#: Consequences told as possible or to come ("سيؤدي لانفجار", "قد يؤدي إلى انفجار"): no event.
HYPOTHETICAL_RESULTS = word_set("hypothetical_results")
MAY_RESULTS = word_set("may_results")
#: Explosions in a plant with no word of an attack: accidents (see :meth:`EventExtractor._industrial_accident`).
BLAST_LEXEMES = word_set("blast_lexemes")
INDUSTRIAL_SITES = word_set("industrial_sites")
ATTACK_EVIDENCE = word_set("attack_evidence")
STATIONS = word_set("stations")
PLANT_WORDS = word_set("plant_words")
#: A depot is a site of accidents only with munitions after it ("انفجار مخزن ذخيرة"), as a station with power.
DEPOTS = word_set("depots")
MUNITIONS = word_set("munitions")
#: Amounts of weapons before "من" ("كميات من الذخيرة"), not counted among the words read before a weapon.
WEAPON_QUANTITIES = word_set("weapon_quantities")
DISRUPTED = ("strategic developments", "disrupted weapons use")
#: Shootings that, after a word of exchange, are a clash ("تبادل إطلاق نار بين دورية أمنية … ومهربين").
SHOOTINGS = word_set("shooting_lexemes")
EXCHANGES = word_set("exchange_words")
CLASH = ("battles", "armed clash")
#: Ambushes that, beside an arrest with no casualty or weapon, are a police trap.
TRAPS = word_set("traps")
#: Arrest nouns after a trap that make it a police trap ("كمين محكم مكّن من القبض على").
_ARREST_NOUNS = frozenset({"القبض", "ايقاف", "الايقاف", "ايقافه", "ايقافهم"})
#: How many words on each side of a weak trigger an accident word makes its casualties no sign of armed violence
#: (and, in a run of headlines, a word of opinion an attack lexeme criticism).
ACCIDENT_REACH = 10
#: In a run of headlines (:attr:`SentenceView.roundup`), how many tokens on each side of a trigger its
#: arguments may be.
ROUNDUP_REACH = 3


@dataclass
class Draft:
    """An event being built: its trigger and what the sentence gives it."""

    start: int
    end: int
    k: int  # first token of the trigger
    kj: int  # token after the trigger
    type: str
    subtype: str
    info: TriggerInfo | None
    standalone: bool = False
    actors: list[dict[str, Any]] = field(default_factory=list)
    location: dict[str, Any] | None = None
    date: dict[str, Any] | None = None
    killed: list[Mention] = field(default_factory=list)
    injured: list[Mention] = field(default_factory=list)
    negated: bool = False
    clause: int = 0
    text_folded: str = ""
    unasserted: str | None = None  # how the act is not told as done (see EventExtractor._unasserted)
    sites: set[int] = field(default_factory=set)  # starts of the targets that are things hit (object_site)
    recall: int | None = None  # the token of the anniversary, trial or case that names the act (see _recalled)
    named_doer: bool = False  # the noun only names whom a perpetrator's noun is ("منفذ هجوم ألمانيا"; session 33)
    undertaken: int | None = None  # the token of the verb of undertaking whose على/إلى names the act (see _undertaken)


class _Word(NamedTuple):
    """What the trigger search reads of a word token: its normalized form, where that starts in the
    normalized view, and its original offsets."""

    norm: str
    nstart: int
    start: int
    end: int


def _words(doc: Document, region: Region) -> Sequence[Token | _Word]:
    """The word tokens of ``region``: Token objects, or in a document longer than the compact
    :class:`~arabnews.text.tokenize.Tokens` keep the Token objects of, what the search reads of them
    from the token columns (its Token objects would be built again only for this)."""
    tokens = doc.tokens
    if not isinstance(tokens, Tokens):
        return [t for t in doc.tokens_between(region.start, region.end) if t.kind == "word"]
    lo, hi = doc.token_range(region.start, region.end)
    if tokens.keeps_all:  # an article's: the entities stage built them (picked by the kind column, in C)
        return list(compress(tokens[lo:hi], tokens.word_mask(lo, hi)))
    keep = list(compress(range(lo, hi), tokens.word_mask(lo, hi)))
    spans, nspans, norm = tokens.spans, tokens.nspans, doc.norm
    return [_Word(norm[nspans[2 * i]:nspans[2 * i + 1]], nspans[2 * i], spans[2 * i], spans[2 * i + 1]) for i in keep]


#: The article at the start of a folded trigger, after its proclitics ("القصف", "وبالقصف", "للقصف").
_ARTICLE = re.compile(r"^[وف]?(?:[بك]?ال|لل)")


def _definite_reading(infos: Sequence[TriggerInfo], key: str) -> bool:
    """Can the trigger form ``key`` take the article: a noun, or a verb of form V or VI whose verbal noun has
    its letters ("التظاهر", "التقاتل"), not another verb form ("القاتل" is the killer, "الفجر" the dawn)."""
    return any(i.pos == "noun" or (key == i.lexeme and key.startswith("ت") and not i.family) for i in infos)


def _domain_words(view: SentenceView, pattern: Any) -> list[tuple[int, int, str]]:
    """The sport, culture or economy words of ``pattern`` in the sentence, but those inside a phrase that gives them
    another sense ("الطريق الرابطة بين صفاقس والمهدية" is a road, not the football league; `not_domain`)."""
    found = view.matches(pattern)
    if not found:
        return found
    other = view.matches(view.lex.not_domain_re)
    return [m for m in found if not any(a < m[1] and m[0] < b for a, b, _ in other)]


def _same_line(text: str, tokens: Sequence[Any]) -> bool:
    """Are consecutive ``tokens`` separated by horizontal spaces only (a phrase never spans lines)?"""
    return all(not text[a.end:b.start].strip(" \t\u00a0") and a.end < b.start for a, b in pairwise(tokens))


def _count(mentions: list[Mention], doc: Document) -> dict[str, Any] | None:
    if not mentions:
        return None
    value = sum(m.value for m in mentions)
    start, end = mentions[0].start, mentions[-1].end
    return {"value": value, "approx": any(m.approx for m in mentions), "start": start, "end": end,
            "text": doc.text[start:end]}


#: The most tokens of a sentence read as one: a longer one (a page scraped without its punctuation is one
#: sentence of thousands of words; news sentences have a few dozen, ANT's longest 210) is read in pieces,
#: as each event's arguments are compared with everything in its sentence.
MAX_SENTENCE_TOKENS = 400


def _cuts(tokens: Sequence[Token], spans: list[tuple[int, int]]) -> list[int]:
    """Where a sentence of more than :data:`MAX_SENTENCE_TOKENS` tokens is cut (token indexes, 0 first):
    after a clause mark in the last quarter of a piece if there is one, and never inside one of the
    sorted ``spans`` (the triggers and cues)."""
    longest = max((b - a for a, b in spans), default=0)

    def splits(k: int) -> bool:
        at = tokens[k].start
        return any(a < at < b for a, b in spans[bisect_left(spans, (at - longest,)):bisect_left(spans, (at,))])

    cuts = [0]
    while len(tokens) - cuts[-1] > MAX_SENTENCE_TOKENS:
        limit = cuts[-1] + MAX_SENTENCE_TOKENS
        lowest = cuts[-1] + MAX_SENTENCE_TOKENS * 3 // 4
        cut = next((k for k in range(limit, lowest, -1) if tokens[k - 1].text in CLAUSE_PUNCT and not splits(k)), None)
        if cut is None:
            cut = next((k for k in range(limit, cuts[-1], -1) if not splits(k)), limit)
        cuts.append(cut)
    return cuts


#: ", مؤكدا " after a claim: the participle that opens a clause of the same speaker (folded forms are looked up)
_AFTER_CLAIM = re.compile(r"\s*[،,]\s*([^\s،,.؟!:]+)")


def _participle_clause_source(text: str, quotes: Sequence[Any], sentence_start: int, at: int) -> Any:
    """The speaker of the claim of the same sentence that ends right before a reporting participle whose
    clause holds the event at ``at`` ("… أكد المرصد أن المطار خارج الخدمة، مؤكدا مقتل 6 من عناصره في
    الهجوم": the participle's noun complement is the observatory's too, though no claim holds it), or None."""
    before = [q for q in quotes if sentence_start <= q.get("end", -1) <= at and q.get("source")]
    if not before:
        return None
    q = max(before, key=lambda q: q["end"])
    m = _AFTER_CLAIM.match(text, q["end"], at)
    if m is None or any(c in text[q["end"]:at] for c in ".؟!\n"):
        return None
    word = lookup_key(m.group(1))
    cues = attribution_lexicon().cues
    cue = cues.get(word) or (cues.get(word[1:]) if word[:1] in "وف" else None)
    return q.get("source") if cue is not None and cue.kind == "participle" else None


def _reading_pieces(doc: Document, by_sentence: dict[int, tuple[list[Any], list[Any]]]
                    ) -> list[tuple[int, tuple[int, int, list[Any], list[Any]]]]:
    """Per sentence with hits, in order: its index and (start, end, trigger hits, casualty cues) of each
    piece it is read in: the whole sentence, or pieces of at most :data:`MAX_SENTENCE_TOKENS` tokens
    that end after a comma or other clause mark where one is near and never split a trigger."""
    out: list[tuple[int, tuple[int, int, list[Any], list[Any]]]] = []
    sentences = doc.sentences
    for i in sorted(by_sentence):
        hits, cues = by_sentence[i]
        sentence = sentences[i]
        lo, hi = doc.token_range(sentence.start, sentence.end)
        if hi - lo <= MAX_SENTENCE_TOKENS:  # (the view reads the tokens: not listed here)
            out.append((i, (sentence.start, sentence.end, hits, cues)))
            continue
        tokens = doc.tokens_between(sentence.start, sentence.end)
        cuts = _cuts(tokens, sorted((h[0], h[1]) for h in (*hits, *cues)))
        cuts.append(len(tokens))
        for k, nxt in pairwise(cuts):
            start = sentence.start if k == 0 else tokens[k].start
            end = tokens[nxt - 1].end if nxt < len(tokens) else sentence.end
            # a trigger or cue belongs to the piece it starts in
            until = tokens[nxt].start if nxt < len(tokens) else sentence.end + 1
            out.append((i, (start, end, [h for h in hits if start <= h[0] < until],
                            [c for c in cues if start <= c[0] < until])))
    return out


def _quote_fields(q: Any) -> dict[str, Any]:
    """What an event reads of an item of the quotes layer (its start, end, source, kind, source type and cue)
    as its ``to_dict()`` gives them: read off a QuoteSpan's fields, without making its whole record."""
    if type(q) is QuoteSpan:
        return {"start": q.start, "end": q.end, "source": None if q.source is None else dict(q.source),
                "kind": q.kind, "source_type": q.source_type, "cue": dict(q.cue)}
    return q.to_dict() if hasattr(q, "to_dict") else dict(q)


class _SentenceFacts:
    """What a sentence says besides its triggers (candidates, casualties, weapons, the domain), read when a
    rule first asks: most sentences with a trigger word make no event ("تظاهرة ثقافية"), and many are ruled
    out before any of it is needed.  ``skip`` and ``verbs`` are those of :func:`~.arguments.candidates`,
    ``cues`` those of :func:`~.arguments.casualty_mentions`."""

    def __init__(self, view: SentenceView, layers: LayerIndex, skip: list[tuple[int, int]], verbs: set[int],
                 cues: list[tuple[int, int, str, str]]) -> None:
        self._view, self._layers, self._skip, self._verbs, self._cues = view, layers, skip, verbs, cues
        #: "الهجوم الإرهابي": no actor, but armed violence (filled with the candidates)
        self.adjectives: list[tuple[int, int]] = []

    @cached_property
    def cands(self) -> list[Candidate]:
        return candidates(self._view, self._layers, self._skip, self.adjectives, self._verbs)

    @cached_property
    def mentions(self) -> list[Mention]:
        return casualty_mentions(self._view, self._layers, self._cues, self.cands)

    @cached_property
    def casualties(self) -> bool:
        """Counted casualties, or the plural nouns of the dead and wounded uncounted ("قتلى وجرحى في انفجار")."""
        return any(m.value > 0 for m in self.mentions) or any(c[3] in PLURAL_CASUALTIES for c in self._cues) \
            or plural_victims(self._view, self._cues)

    @cached_property
    def domain(self) -> bool:
        return bool(_domain_words(self._view, self._view.lex.domain_re))

    @cached_property
    def weapons(self) -> bool:
        return any(self._view.matches(pattern) for _, pattern in self._view.lex.refine)

    @cached_property
    def violent(self) -> bool:
        """Does the sentence say it is of armed violence whoever is named: an armed adjective or actor noun, a
        weapon?"""
        cands = self.cands
        return bool(self.adjectives) or any(c.klass == "armed" for c in cands) or self.weapons

    def non_state(self, only_parties: bool) -> bool:
        """Is a non-state armed actor named: an armed group (not ``only_parties``), an armed adjective, a gunman
        or a terrorist, not the police?"""
        cands = self.cands
        return not only_parties or bool(self.adjectives) or any(
            c.klass == "armed" and any(stem in fold(c.text) for stem in NON_STATE_STEMS) for c in cands)


#: Session 36: the words that put an event after a death told before it ("مقتل X في اشتباكات", "قد قتل في قصف"),
#: the particles between a victim and his passive killing verb ("قد قتل"), and how far back a killing noun is read
#: before its victim's name (his titles between: "مقتل "أبو سفيان الصوفي" أمير كتيبة "عقبة بن نافع" في عملية").
_EVENT_IN = frozenset({"في", "خلال"})
_PASSIVE_PARTICLES = frozenset({"قد", "لقد"})
_DIED_REACH = 16

#: Quotation marks that may open an object right after its verb ('قتل "إرهابيين اثنين"').
_QUOTES = frozenset({'"', "«", "“", "”", "'"})


def _oblique_plural(word: str) -> bool:
    """Is the folded ``word`` a sound masculine plural or a dual in the accusative/genitive ("إرهابيين",
    "مسلحين", "جنديين"; with or without the article), which is never the subject right after a verb (that is
    "إرهابيون", "مسلحان")?  Not a short noun whose stem ends so ("سجين", "أمين")."""
    base = word.removeprefix("ال")
    return base.endswith("ين") and len(base) >= 6


def _numbers_at(view: SentenceView, start: int) -> list[NumberSpan]:
    """The spans of the numbers layer that begin at ``start``: from the document's layer index when the stage set it
    (no read of the whole layer per call, session 33), else from the layer."""
    if view.layers is not None:
        return view.layers.starting_at("numbers", start)
    layer: Sequence[Any] = view.doc.layers.get("numbers", ())
    return [n for n in layer if n.start == start]


def _folded_words(doc: Document) -> list[str]:
    """``[fold(t.norm) for t in doc.tokens if t.kind == "word"]``: sliced from the folded text at the words'
    normalized spans (folding maps one character to one), as :class:`SentenceView` does, with no Token object built
    (a long document's are built again at each walk; session 33)."""
    tokens = doc.tokens
    if not isinstance(tokens, Tokens):
        return [fold(t.norm) for t in tokens if t.kind == "word"]
    mask, nspans, folded = tokens.word_mask(), tokens.nspans, doc.folded
    # each word type once (``intern``): a 5 MB document's 400,000 words as distinct strings would add 30 MB to its
    # peak, where ``fold`` gave a word type's one string
    return list(map(intern, map(folded.__getitem__, map(slice, compress(nspans[0::2], mask),
                                                        compress(nspans[1::2], mask)))))


def _missile_test_document(doc: Document) -> bool:
    """Does the article tell of a missile test ("تجربة صاروخية", "اختبار بلاده لصاروخ جديد", "حاولت تجريب صاروخ": a
    word of ``missile_tests`` with a word of ``missile_words`` in the three words after it) or of a military parade
    ("في الاستعراض العسكري") or a show of force ("استعراض … للقوة")?
    Its missiles with no target nor casualty are tested or shown, no attack."""
    words = _folded_words(doc)

    def is_word(w: str, found: AbstractSet[str]) -> bool:
        return w in found or (len(w) > 2 and w[0] in "وفبل" and w[1:] in found)

    for i, w in enumerate(words):
        if is_word(w, MISSILE_TESTS) and any(is_word(x, MISSILE_WORDS) for x in words[i + 1:i + 4]):
            return True
        if is_word(w, PARADE_NOUNS) and i + 1 < len(words) and is_word(words[i + 1], PARADE_ADJECTIVES):
            return True
        if is_word(w, PARADE_NOUNS) and any(is_word(x, FORCE_WORDS) for x in words[i + 1:i + 5]):
            return True  # "واصفا عملية الإطلاق بأنها استعراض من كوريا الشمالية للقوة"
    return False


#: The lemmas of the source phrases of a relay ("نقلا عن"), from attribution.yaml.
RELAY_PHRASES = attribution_words("relay_phrases")


def _relay_phrase(q: dict[str, Any]) -> bool:
    """Is the claim ``q`` (a quotes record) one of a source phrase that names whose words are relayed?"""
    return q.get("kind") == "source" and lookup_key((q.get("cue") or {}).get("lemma") or "") in RELAY_PHRASES


class _Quotes:
    """The items of the quotes layer by start (stable), each read as :func:`_quote_fields` only when an
    event looks at the claims around it: a long document has tens of thousands, and the records of all
    of them made at once were the largest thing the stage held.

    >>> from arabnews.extract.attribution.stage import QuoteSpan
    >>> q = QuoteSpan(4, 9, "خرجوا", cue={}, source={"start": 0, "end": 3, "text": "قال"})
    >>> quotes = _Quotes([q])
    >>> [sorted(q) for q in quotes.fields(0, 4)], quotes.fields(5, 9), quotes.longest
    ([['cue', 'end', 'kind', 'source', 'source_type', 'start']], [], 5)
    >>> quotes.fields(0, 4)[0]["source"], quotes.fields(0, 4)[0]["kind"]
    ({'start': 0, 'end': 3, 'text': 'قال'}, 'indirect')
    """

    __slots__ = ("_items", "longest", "starts")

    def __init__(self, layer: Iterable[Any]) -> None:
        # a QuoteSpan's offsets are read off its fields; any other item is made a record at once
        items: list[Any] = [q if type(q) is QuoteSpan else _quote_fields(q) for q in layer]
        bounds = [(q.start, q.end) if type(q) is QuoteSpan else (q.get("start", 0), q.get("end", -1)) for q in items]
        order = sorted(range(len(items)), key=lambda k: bounds[k][0])
        self._items = [items[k] for k in order]
        self.starts = [bounds[k][0] for k in order]
        self.longest = max((end - start for start, end in bounds), default=0)

    def fields(self, lo: int, hi: int) -> list[dict[str, Any]]:
        """The records of the quotes starting from ``lo`` to ``hi`` (both included), in order."""
        starts = self.starts
        return [_quote_fields(q) for q in self._items[bisect_left(starts, lo):bisect_right(starts, hi)]]


def _tally_count(view: SentenceView, k: int) -> bool:
    """Is token ``k`` counted by the number in digits right before it, eleven or more and no year ("تسجيل 360 تحرك
    احتجاجي", "1062 تحرك احتجاجي"; not "الاثنين 10 أكتوبر 2016 إضرابا عاما")?"""
    if k == 0 or view.tokens[k - 1].kind != "number":
        return False
    digits = view.tokens[k - 1].text.translate(_INDIC)
    if not digits.isascii() or not digits.isdigit():
        return False
    return int(digits) >= 11 and not (len(digits) == 4 and 1900 <= int(digits) <= 2100)


_INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")


class EventExtractor:
    """Finds the events of a Document; built once per stage with the lexicon."""

    def __init__(self, lex: Lexicon, *, min_confidence: float = 0.0, standalone_killings: bool = True) -> None:
        self.lex = lex
        self.min_confidence = min_confidence
        self.standalone_killings = standalone_killings
        # A word a trigger or casualty form may start at: its proclitics, the article, a form's first word.
        # It accepts every word WordIndex.may_match accepts (and a few more, which WordIndex.match refuses).
        prefixes = prefix_strings("[وف]?(?:لل|[بلكس])?(?:ال)?")
        assert prefixes is not None
        # (and the verbs of undertaking, whose act a verbal noun no trigger reads may name: see _undertaken)
        self._may = PrefixedWords(prefixes, {*lex.trigger_index.forms, *lex.casualty_index.forms, *UNDERTAKING_VERBS})
        assert "" in prefixes  # a form's first word stands without a proclitic too
        #: The proclitic strings by their first letter.
        self._clitics: dict[str, list[str]] = {}
        for clitic in sorted(p for p in prefixes if p):
            self._clitics.setdefault(clitic[0], []).append(clitic)
        #: The normalized word forms a trigger or casualty word may start at.
        self._starts = WordFacts(self._may_start)
        #: The words of an arrest, custody or inquiry (session 26: a state body before one is no crime's actor).
        self._pursuit = PURSUIT_WORDS | frozenset(k for k, infos in lex.triggers.items() if " " not in k and any(
            i.subtype == "arrests" and i.then is None for i in infos))
        #: The most words a trigger or casualty form has.
        self._longest = max(len(form) for index in (lex.trigger_index, lex.casualty_index)
                            for forms in index.forms.values() for form in forms)

    def _candidates(self, doc: Document, region: Region) -> list[Sequence[Token | _Word]]:
        """For each word token of ``region`` at which a trigger or casualty word may start, in text order,
        that token and the word tokens after it (as many as the longest form has words).

        Each distinct word form is tested once per process (:class:`~.triggers.WordFacts`); a document's
        other words cost a set lookup.
        """
        tokens = _words(doc, region)
        longest = self._longest
        return [tokens[i:i + longest] for i in self._starts.positions([t.norm for t in tokens])]

    def _may_start(self, norms: set[str]) -> list[str]:
        """The ``norms`` a trigger or casualty word may start at: folded all at once; only those that end
        as a form's first word does (most words do not) are looked up, with their proclitics only when
        they start with a proclitic's letter."""
        may = self._may
        ordered = list(norms)
        folded = fold_words(ordered)
        pairs = zip(ordered, folded, strict=True)
        if may.endings is None:
            return [norm for norm, word in pairs if word in may]
        tail, endings, words = -may.tail, may.endings, may.words
        clitics = self._clitics
        return [norm for norm, word in pairs
                if word[tail:] in endings and (word in words or (word[:1] in clitics and self._prefixed(word)))]

    def _prefixed(self, word: str) -> bool:
        """Is the folded ``word`` a proclitic and a form's first word ("وبالقصف", "للقصف")?  (The proclitics
        it starts with are found by ``startswith``: a slice of the word, hashed anew, only for those.)"""
        words = self._may.words
        for clitic in self._clitics[word[0]]:
            if word.startswith(clitic) and word[len(clitic):] in words:
                return True
        return False

    def _weapon_after(self, doc: Document, end: int) -> bool:
        """Is a word of a weapon (`weapon_cues`: "برصاص", "بطلق") among the five words after the original offset
        ``end`` (a casualty word's end)?  The sentence reads the same words again (see :meth:`_sentence`)."""
        ne = doc.to_normalized(end, end)[0]
        cues = self.lex.weapon_cues
        words = doc.folded[ne:ne + _WEAPON_LOOKAHEAD].split()[:5]
        # (or a passive's agent right after a death noun: "لقي شاب مصرعه على أيدي مسلحين", session 34)
        return any(w in cues or (len(w) > 2 and w[0] in "وفبل" and w[1:] in cues) for w in words) or \
            (words[:1] == ["علي"] and words[1:2] in (["يد"], ["ايدي"]))

    @staticmethod
    def _injurers_after(words: Sequence[str]) -> bool:
        """Do the folded ``words`` after an active verb of wounding open with its armed doers, counted or not
        (`injuring_doers`), and a count of the wounded follow within three words ("أصاب مسلحان ٧ أشخاص بجروح",
        "أصاب ثلاثة مسلحين 7 أشخاص", "وجرح مسلحون مجهولون ثلاثة جنود"; not the passive "جرح مسلحان في …";
        session 35)?"""
        words_of = number_lexicon().words

        def count(w: str) -> bool:  # a count in digits or a cardinal word of the numbers lexicon
            entry = words_of.get(w)
            return w.isdigit() or (entry is not None and entry.cat in _COUNT_CATEGORIES and entry.value > 1)

        at = 1 if words and count(words[0]) else 0
        if len(words) <= at or words[at] not in INJURING_DOERS:
            return False
        return any(count(w) for w in words[at + 1:at + 4])

    # -- the document ------------------------------------------------------------------------------
    def __call__(self, doc: Document) -> list[Any]:
        from . import EventSpan

        lex = self.lex
        hits: list[tuple[int, int, tuple[TriggerInfo, ...]]] = []
        cues: list[tuple[int, int, CasualtyInfo, str]] = []
        undertakings: list[int] = []  # the starts of the verbs of undertaking ("أقدم", "عمد")
        for region in doc.extraction_regions():
            for seq in self._candidates(doc, region):
                words = [fold(t.norm) for t in seq]
                token = seq[0]
                for index in (lex.trigger_index, lex.casualty_index):
                    found = index.match(words, 0)
                    if found is None:
                        continue
                    plen, text, key, n = found
                    last = seq[n - 1]
                    if n > 1 and not _same_line(doc.text, seq[:n]):
                        continue
                    if text != key and index is lex.trigger_index and not _definite_reading(lex.triggers[key], key):
                        continue  # "القاتل" (the killer), "الفجر" (the dawn): a verb's letters with the article
                    s, e = doc.to_original(token.nstart + plen, last.nstart + len(last.norm))
                    if index is lex.trigger_index:
                        hits.append((s, e, lex.triggers[key]))
                    else:
                        cues.append((s, e, lex.casualties[key], key))
                first = words[0]
                if first in UNDERTAKING_VERBS or (first[:1] in "وف" and first[1:] in UNDERTAKING_VERBS):
                    undertakings.append(doc.to_original(token.nstart, token.nstart + len(token.norm))[0])
        if not hits and not undertakings and not any(c[2].standalone or self._weapon_after(doc, c[1]) or (
                c[2].kind == "injured" and c[2].pos == "verb" and fold(c[2].lexeme) != "اصيب" and self._injurers_after(
                    doc.folded[(ne := doc.to_normalized(c[1], c[1])[0]):ne + _WEAPON_LOOKAHEAD].split()[:6]))
                for c in cues):
            return []  # ("قتل متظاهران برصاص مسلحين", "أصيب 8 أشخاص برصاص مسلح": a casualty word with its weapon)
        sentences = doc.sentences
        starts = [s.start for s in sentences]
        by_sentence: dict[int, tuple[list[Any], list[Any]]] = {}
        for hit in hits:
            i = bisect_right(starts, hit[0]) - 1
            if i >= 0 and hit[1] <= sentences[i].end:
                by_sentence.setdefault(i, ([], []))[0].append(hit)
        for cue in cues:
            i = bisect_right(starts, cue[0]) - 1
            if i >= 0 and cue[1] <= sentences[i].end:
                by_sentence.setdefault(i, ([], []))[1].append(cue)
        for at in undertakings:  # read its sentence, though no trigger nor cue is in it
            i = bisect_right(starts, at) - 1
            if i >= 0 and at < sentences[i].end:
                by_sentence.setdefault(i, ([], []))
        layers = LayerIndex.of(doc)
        names = doc_places(doc, layers)
        before = _TextBefore(doc)  # what the text before a sentence tells, read once per document at first use
        quotes: _Quotes | None = None  # the quotes layer by start, read for the first event
        tested: bool | None = None  # does the article tell of a missile test or a parade (read at first need)
        out: list[Any] = []
        kinds: list[str] = []  # per event: "anaphor", "standalone" or ""
        claimed: list[tuple[int, str, bool]] = []  # charged or planned events: (index, how, a done cue after it)
        called: set[int] = set()  # protests called for, planned or announced (unasserted "other"): ids in out
        doers: list[int] = []  # events whose noun only names a perpetrator's deed ("منفذ هجوم ألمانيا")
        for i, (start, end, sent_hits, sent_cues) in _reading_pieces(doc, by_sentence):
            view = SentenceView(doc, i, start, end, lex)
            if not view.tokens:
                continue
            view.layers = layers
            for draft in self._sentence(view, layers, sent_hits, sent_cues, names, before):
                if self._demanded(view, draft):
                    continue  # "ويطالب بوقف فوري للاعتداءات الإسرائيلية": a demand, no event
                if self._missile_shown(view, draft):
                    if tested is None:
                        tested = _missile_test_document(doc)
                    if tested:
                        continue  # "قطع الصاروخ مسافة نحو 500 كيلومتر" in an article on a missile test or parade
                killed, injured = _count([m for m in draft.killed if m.kind != "both"], doc), _count(draft.injured, doc)
                mixed = _count([m for m in draft.killed if m.kind == "both"], doc)
                confidence = 0.55 if draft.standalone else 0.6 if draft.info and draft.info.weak else 0.8
                confidence += 0.05 * sum(bool(x) for x in (any(a["role"] == "actor" for a in draft.actors),
                                                           draft.location, draft.date and "start" in draft.date,
                                                           killed or injured or mixed))
                confidence = round(min(confidence, 0.95), 2)
                if confidence < self.min_confidence:
                    continue
                reported = None
                if quotes is None:
                    quotes = _Quotes(doc.layers.get("quotes", []))
                near = quotes.fields(draft.start - quotes.longest, draft.start)
                inside = [q for q in near if q.get("start", 0) <= draft.start and draft.end <= q.get("end", -1)]
                if inside:
                    q = min(inside, key=lambda q: q["end"] - q["start"])
                    if q.get("kind") == "source" or q.get("source_type") == "media":
                        # an outlet relaying another's words: the one it relays ('…، وفق ما أوردته "العربية"
                        # نقلا عن صحيفة X', two claims of the same words), not a speaker's own verb before it
                        q = next((r for r in inside if r.get("start") == q.get("start") and r.get("end") == q.get("end")
                                  and r.get("source") and _relay_phrase(r)), q)
                    reported = q.get("source")
                else:
                    in_sentence = quotes.fields(start, draft.start)
                    reported = _participle_clause_source(doc.text, in_sentence, start, draft.start)
                source_not_actor(view, draft, reported)
                state_not_place(draft)
                out.append(EventSpan(draft.start, draft.end, doc.text[draft.start:draft.end],
                                     type=draft.type, subtype=draft.subtype, actors=draft.actors,
                                     location=draft.location, date=draft.date, fatalities=killed, injured=injured,
                                     negated=draft.negated, reported=reported, sentence=i,
                                     confidence=confidence, part=doc.part_at(draft.start) or "body"))  # type: ignore[arg-type]
                if mixed:  # "سقوط العشرات بين قتيل وجريح": the dead and wounded not told apart (session 36)
                    out[-1].attrs["casualties"] = mixed
                kinds.append("anaphor" if self._anaphor(view, draft) else self._restated(view, draft)
                             or ("standalone" if draft.standalone else ""))
                if draft.unasserted == "other" and draft.type in _PROTEST_TYPES:
                    called.add(id(out[-1]))
                if draft.unasserted in ("charged", "planned"):
                    claimed.append((len(out) - 1, draft.unasserted, self._done_after(view, draft)))
                if draft.named_doer:
                    doers.append(len(out) - 1)
        if claimed:
            _told_done(out, claimed, headline_sentence(doc))
        merged = _merge_anaphors(out, kinds, doc.text) if set(kinds) & _RESTATING else out
        if any((e.date or {}).get("recalled") and not (e.date or {}).get("value") for e in merged):
            merged = _case_told(merged, doc.text)
        recalled = _recalled_doers(out, doers, headline_sentence(doc)) if doers else set()
        final = fold_headline(merged, doc, called)
        return [e for e in final if id(e) not in recalled] if recalled else final

    @staticmethod
    def _done_after(view: SentenceView, d: Draft) -> bool:
        """Does a word of the act's clause after it tell it was done ("المتهمين بقتل الشهيد", "بقتل زوجته … ما أدى
        إلى وفاتها", "لجريمة القتل")?"""
        return any(view.is_word(j, DONE_CUES) for j in range(d.kj, min(len(view.words), d.kj + DONE_REACH)))

    @staticmethod
    def _anaphor(view: SentenceView, d: Draft) -> bool:
        """Is the trigger of ``d`` a definite attack noun that names an attack told before ("الهجوم",
        "بالتفجير", "للاعتداء"), not another one ("الهجوم الثاني", "الهجوم الآخر")?"""
        if d.info is None or d.info.pos != "noun" or d.info.lexeme not in ANAPHORIC_NOUNS or d.negated:
            return False
        if not any(s.article and s.stem == d.info.lexeme for s in clitic_splits(d.text_folded)):
            return False  # indefinite ("هجوم"), dual or with a pronoun ("الهجومين", "هجومه"): another attack
        return not (d.kj < len(view.words) and view.words[d.kj] in ANOTHER_ATTACK)

    @staticmethod
    def _demanded(view: SentenceView, d: Draft) -> bool:
        """Is ``d`` a violent noun that a demand or a call asks to stop, with no day, place, victim or casualty of
        its own after it (session 30): "ويطالب بوقف فوري للاعتداءات الإسرائيلية", "دعت إلى وقف القصف", "طالبوا
        بإنهاء الهجمات" — a position, no event; "دعا إلى وقف القصف على مدينة حلب" names a place and stays."""
        if d.type not in VIOLENT_TYPES or d.info is None or d.info.pos != "noun" or d.killed or d.injured:
            return False
        halt = next((j for j in range(d.k - 1, max(-1, d.k - 3), -1) if view.is_word(j, HALT_NOUNS)), None)
        if halt is None or not any(view.is_word(j, DEMAND_VERBS) for j in range(max(0, halt - 5), halt)):
            return False
        own = [a for a in d.actors if a["role"] == "target"] + [x for x in (d.location, d.date) if x]
        return not any(x.get("start", -1) >= d.end for x in own)

    @staticmethod
    def _restated(view: SentenceView, d: Draft) -> str:
        """How ``d`` retells an event told in the sentences before (session 30), or "": "restated" for a definite noun
        of its kind ("وقالت اللجنة إن القذائف سقطت على سوق المدينة" after "قصف مدفعي"; "المسيرة"), "this" for one after
        a demonstrative ("في هذه المسيرة"), "pronoun" for an arrest or killing noun with an object pronoun ("وقد تم
        القبض عليه", "دون أن يحدد ظروف مقتله"), "among" for a casualty noun that lists the dead ("بين القتلى ثلاثة
        أطفال"). Not negated acts, duals, nor a noun another_attack follows ("القصف الجديد")."""
        if d.negated or not 0 <= d.k < len(view.words) or (
                d.kj < len(view.words) and view.words[d.kj] in ANOTHER_ATTACK):
            return ""
        if any(view.is_word(j, RENEWAL_WORDS) for j in range(max(0, d.k - 2), d.k)):
            return ""  # "وتجددت الاشتباكات بين …": another round
        first = view.words[d.k]
        if d.standalone and d.k > 0 and view.words[d.k - 1] in AMONG_WORDS:
            return "among"
        if not d.standalone and (d.info is None or d.info.pos != "noun"):
            return ""
        splits = clitic_splits(first)
        key = d.subtype if d.type == "strategic developments" else d.type
        if not d.standalone and any(s.article and RESTATED_NOUNS.get(s.stem) == key for s in splits):
            return "this" if d.k > 0 and view.is_word(d.k - 1, DEMONSTRATIVES) else "restated"
        stems = RESTATED_ARRESTS if d.subtype == "arrests" else RESTATED_KILLINGS if d.type in VIOLENT_TYPES \
            else frozenset()
        pronoun = any(s.stem[:-len(p)] in stems for s in splits if not s.article
                      for p in OBJECT_PRONOUNS if s.stem.endswith(p))
        if pronoun and d.kj < len(view.words) and view.words[d.kj].startswith("ال"):
            return ""  # "بعد اعتقالها المتهم الثامن": the pronoun is the doer, the one taken follows
        if not pronoun and d.subtype == "arrests" and any(s.stem in stems for s in splits):
            pronoun = view.words[d.kj - 1] in TAKEN_PRONOUNS or (
                d.kj < len(view.words) and view.words[d.kj] in TAKEN_PRONOUNS)
        return "pronoun" if pronoun else ""

    # -- one sentence ------------------------------------------------------------------------------
    def _sentence(self, view: SentenceView, layers: LayerIndex, hits: list[Any], cues: list[Any],
                  names: dict[str, Any], before: _TextBefore) -> list[Draft]:
        lex = self.lex
        idioms = view.matches(lex.idiom_re)
        view.counts = frozenset(k for n in layers.within("numbers", view.start, view.end)
                                if (k := view.token_at(n.start)) is not None)
        groups = layers.within("groups", view.start, view.end)
        group_spans = [(g.start, g.end) for g in groups]

        def free(s: int, e: int) -> bool:
            return not any(a < e and s < b for a, b, _ in idioms) and not any(a <= s and e <= b for a, b in group_spans)

        hits = [h for h in hits if free(h[0], h[1])]
        hits = self._subjects_after_verbs(view, hits, layers)
        hits = [h for h in hits if not self._unit_name(view, h)]
        family = [h for h in hits if all(i.family for i in h[2])]  # protesters, gathering verbs: read last
        if family:
            hits = [h for h in hits if not all(i.family for i in h[2])]
        taken = [(h[0], h[1]) for h in hits]
        cue_list = [(s, e, info.kind, w) for s, e, info, w in cues
                    if free(s, e) and not any(a < e and s < b for a, b in taken) and not self._unit_word(view, s)]
        verbs = {h[1] for h in hits if all(info.pos == "verb" for info in h[2])}
        # a gathering verb ends the noun phrase before it: "محتجون يغلقون الطريق" (not "محتجون يغلقون")
        gathering = [(h[0], h[1]) for h in family if all(info.pos == "verb" for info in h[2])]
        verbs.update(e for _, e in gathering)
        facts = _SentenceFacts(view, layers, taken + [(c[0], c[1]) for c in cue_list] + gathering, verbs, cue_list)
        # the groups that may be armed: not a civil organization ("النقابه العامه للتعليم الثانوي")
        armed_groups = [g for g in groups if getattr(g, "id", None) not in UNARMED_GROUPS]
        only_parties = all(getattr(g, "kind", None) in UNARMED_GROUP_KINDS for g in armed_groups)
        parties = frozenset(g.start for g in groups if getattr(g, "kind", None) in UNARMED_GROUP_KINDS)
        kinds = {getattr(g, "id", None): getattr(g, "kind", None) for g in groups}

        def armed(info: TriggerInfo, k: int, kj: int) -> bool:
            """Is the weak trigger at tokens ``[k, kj)`` armed violence: a violent word, casualties (unless an
            accident near it took the lives: "لقي شخص مصرعه جراء انفجار شاحنة غاز"), else a group (not only
            parties for a withdrawal, split or grip on power: "انسحاب حزب الوطن")?  A "حملة" needs casualties or
            a weapon."""
            killing = facts.casualties and not self._accident(view, k, kj)
            if info.lexeme in POLITICAL_SENSES and self._leaves_process(view, kj):
                return False
            if info.lexeme in VIOLENT_ONLY:
                return killing or facts.weapons or (info.lexeme in TARGETING_NOUNS and self._claimed(view, k)
                                                    and bool(armed_groups) and not only_parties)
            if facts.violent or killing:
                return True
            return bool(armed_groups) and not (only_parties and info.lexeme in POLITICAL_SENSES)

        drafts: list[Draft] = []
        consumed: set[int] = set()  # the "السيطرة" of "استعادت القوات السيطرة"
        dropped: list[int] = []  # the first tokens of the triggers read as no event
        accident = False  # a blast read as an industrial accident: its dead are no attack's (session 28)
        weak_dropped: set[int] = set()  # the starts of the weak triggers read as no event
        for s, e, infos in hits:
            k, kj = view.span_tokens(s, e)
            if k in consumed:
                continue
            info = self._choose(view, infos, kj, view.doc.folded[slice(*view.doc.to_normalized(s, e))])
            if info is None or info.family:
                continue
            if info.then:
                consumed.update(j for j in range(kj, min(kj + 5, len(view.words))) if view.words[j] == info.then)
            if info.pos == "noun" and view.is_word(k - 1, CASE_NOUNS):
                continue  # "رصد 17 حالة اعتقال", "معظم حالات الخطف", "المتهم في حالة إيقاف": counted, no event
            if info.pos == "noun" and info.type in _PROTEST_TYPES and _tally_count(view, k):
                continue  # "تم تسجيل 360 تحرك احتجاجي خلال شهر جانفي" (session 34): protests counted, no event
            if info.lexeme in TIME_NOUNS and not info.then and self._time_of_day(view, layers, k, kj):
                continue  # "فجر 23 ديسمبر", "فجر اليوم", "عند فجر الجمعة", "الساعة الثالثة فجرا": dawn
            if info.weak and not armed(info, k, kj) and not self._shooting_at(view, k, kj) and \
                    not (info.lexeme in STORMINGS and self._site_after(view, k, kj) and self._theft(view, k, kj)):
                dropped.append(k)
                weak_dropped.add(s)
                continue
            if info.lexeme in STORMINGS and self._vehicle_storming(view, k, kj, facts.cands) and \
                    not any(view.is_word(j, RAMMING_WORDS) for j in range(len(view.words))) and \
                    not (facts.casualties and not view.matches(lex.accident_re)):
                continue  # "أقدم سائق سيارة طراز فيراري على اقتحام مركز للتسوق": a wild drive, no event
            if any(w in ROBBERY_LEXEMES for w in info.lexeme.split()) and \
                    not self._robbery(view, k, kj, bare=info.lexeme in ROBBERY_LEXEMES, parties=parties):
                dropped.append(k)
                continue  # "وقع السطو على الحزب", "السطو على رواية": no robbery
            if info.lexeme in VERBAL_ATTACKS and not facts.casualties and \
                    not (facts.violent and not self._armed_object_only(view, facts, k, kj)) and \
                    self._criticism(view, k, kj):
                dropped.append(k)
                continue  # "هاجمت النائبة … الوزيرة معتبرة": words, not arms
            if self._no_violence(view, info, k, kj):
                continue
            if info.pos == "noun" and view.is_word(k - 1, GEAR_NOUNS):
                continue  # "حجز … ولغمين ومعدات تفجير": the gear, no blast
            if info.subtype == "agreement" and self._breached(view, k):
                consumed.update(range(k, kj))  # nor its "اطلاق النار" a shooting
                continue  # "خروقات لاتفاق وقف اطلاق النار": a violation, no agreement
            if info.type in VIOLENT_TYPES and self._unarmed_attack(view, layers, k, kj, facts.weapons):
                dropped.append(k)
                continue  # "موجة من الهجمات الالكترونية", "هاجم نمر حارسة": no armed actor
            if info.type in VIOLENT_TYPES and self._hypothetical(view, k):
                continue  # "سيؤدي بلا شك لانفجار تلك الألغام"
            if _conditional(view, k):
                continue  # "هددت … باستئناف عملياتها … في حال لم تنسحب من العراق" (session 31)
            if self._since_long_ago(view, layers, info, k, kj):
                continue  # "فككت المصالح الأمنية أزيد من 210 خلايا منذ سنة 2002" (session 31)
            if info.pos == "noun" and info.type in VIOLENT_TYPES and kj < len(view.words) and \
                    view.words[kj] in SIMILAR_ATTACK and _plural_feminine(view.words[k]) and \
                    not view.words[k].startswith(("ال", "وال", "بال")):
                continue  # "سبق أن تبنى هجمات مماثلة في المحافظة": others like it, none told (session 31)
            if info.type in VIOLENT_TYPES and not facts.casualties and any(
                    view.is_word(j, DRILL_NOUNS) for j in view.clause_tokens(view.clause_of(k))):
                continue  # "ستشمل تمرينات تدمير الألغام", "بتدريبات على القتال": a drill, no fighting
            if not groups and self._animal_anaphor(view, info, k, kj, before):
                continue  # "ووقع الهجوم في مكان معروف بخطورته" after "هاجمته سمكة قرش"
            if self._industrial_accident(view, info, kj, bool(groups) and not only_parties, before):
                accident = True
                continue  # "انفجار قوي في محطة للطاقة النووية": an accident
            if info.subtype == "arrests" and kj - k == 2 and view.words[kj - 1] in TAKEN_PRONOUNS and \
                    not any(view.is_word(j, PRONOUN_ARREST_CUES) for j in range(max(0, k - 2), k)):
                continue  # "تعمل الوحدات الأمنية على القبض عليه", "للقبض عليه": to come; "وقد تم القبض عليه" stays
            if info.lexeme in WEAPON_LEXEMES and self._after_unit_head(view, k):
                continue  # "قائد وحدة الصواريخ في حزب الله", "سلاح المدفعية": a unit's name, no shelling
            destroyed = info.type == EXPLOSIONS and info.pos == "noun" and self._destroyed_weapon(view, k, facts.cands)
            if not destroyed and info.type == EXPLOSIONS and self._launcher_genitive(view, k) is not None:
                continue  # "رصد منصة إطلاق صواريخ": what a launcher fires, none fired
            found = "found" if destroyed else info.lexeme in WEAPON_LEXEMES and (
                self._weapon_as_thing(view, k) or ("made" if not facts.casualties and self._parade(view, k) else None))
            if found == "made":
                continue  # "يخطط لسرقة مواد كيميائية لاستغلالها في صناعة قنابل يدوية"
            seized = info.lexeme in TERRITORY_LEXEMES and not self._territory(view, layers, k, kj)
            if seized and not (info.lexeme in SEIZURES and facts.non_state(only_parties)):
                continue  # "فقدان سائقها السيطرة على المقود", "الاستيلاء على أموال عمومية"
            if info.subtype == SUICIDE and kj - k == 1 and self._charged_aircraft(view, k):
                continue  # "طائرات بدون طيار انتحارية": the drone's charge (session 32), its aircraft the trigger
            if fold(info.lexeme) in MILITARY_OPERATIONS and view.is_word(k - 1, OPERATION_LAUNCHES) \
                    and not facts.casualties:
                continue  # "أعلن الجيش الليبي اطلاق عملية عسكرية واسعة لاستعادة قاعدة تمنهنت": a campaign begun
            if fold(info.lexeme) in PROJECTILES and not self._projectiles_fired(view, k, kj):
                continue  # "إلقاء المقذوفات على قوات الشرطة", "رمي المقذوفات": thrown, no shelling
            if fold(info.lexeme) in UNMANNED and not self._unmanned_launched(view, facts, k, kj):
                continue  # "أسباب وجود طائرات بدون طيار في الأجواء المحيطة بالمطار": no strike told
            if info.lexeme in SEIZURES and self._spoils(view, kj, any(o.type == "battles" for o in drafts)):
                continue  # "كبدت الميليشيا خسائر فادحة، واستولت على 15 عربة قتالية": the battle's, no looting
            if info.lexeme in TARGETING_NOUNS and not self._targets_thing(view, kj, facts.cands):
                continue  # "استهداف المؤسسة العسكرية", "اتهام باستهداف قطاع بعينه": a campaign, no strike
            if info.lexeme in TARGETING_NOUNS and view.words[k].startswith(("ب", "وب")) and \
                    any(k - 12 <= o.k < k for o in drafts):
                # "اغتيل عباس الموسوي، وهو أمين عام حزب الله؛ باستهداف سيارته": the means of the act before it
                continue
            if info.lexeme in TARGETING_NOUNS and any(
                    (at := view.span_tokens(h[0], h[1])[0]) == kj or (at == kj + 1 and view.words[kj] == "في")
                    for h in hits if h[0] > s):
                continue  # "الذين تم استهدافهم في الضربة الجوية الأميركية": the strike after it is the event
            if info.lexeme in TARGETING and dropped and dropped[-1] > max((o.k for o in drafts), default=-1):
                continue  # "حملة أمنية … تستهدف المهربين": what the trigger before aims at (see _merge), no event
            if info.needs_protest and all(a < e and s < b for a, b, _ in view.matches(lex.protest_re)):
                continue  # a cue besides the trigger itself ("مسيرة" is one for "تظاهرة", not for itself)
            if info.lexeme in MARCHES and (self._career(view, layers, kj) or any(
                    h[0] != s and not all(i.family for i in h[2]) for h in hits)):
                # "مسيرة ميلانشون داخل الحزب", "المسيرة البطولية لأبو عمار": a career, no march; "مواجهات بين
                # أعوان الشرطة ومتظاهرين خلال مسيرات عيد العمال": the other event is the march's, no second one
                continue
            if info.lexeme in RIOT_WEAPONS and not (family or view.matches(lex.protest_re)
                                                    or any(c.klass == "civilian" for c in facts.cands)):
                continue  # "قام الجاني برشقهما بالحجارة": a crime, no riot ("ألقى شبان قنابل المولوتوف": one)
            if facts.domain and not (groups or facts.casualties) and not self._protest_anyway(view, info, s, e):
                continue
            if info.type == "protests" and info.pos == "verb" and self._objection(view, k, kj):
                continue  # "احتج عدد من النواب على مداخلة عبو": words in a debate, no protest
            if info.person_object and not self._person_after(view, layers, k, kj, facts, info):
                continue
            if info.lexeme in NEUTRALISING and self._neutralised(view, layers, k, kj, info) is None:
                continue  # "تحييد لبنان", "قضت المحكمة بسجنه", "القضاء على الفقر": no one killed
            # "علم داعش في غرفة منفذ هجوم ألمانيا": the doer of a past attack, no event told (see _recalled_doers)
            named_doer = info.pos == "noun" and self._perpetrator_named(view, k, kj)
            if info.lexeme in STOPPAGES and view.is_word(kj, SUSPENDED_FROM):
                continue  # "وينهون بذلك إيقافات العمل الاحتجاجية": work stoppages
            if info.lexeme in TAKEDOWNS and not self._taken_down(view, layers, k, kj, info):
                continue  # "الإطاحة بالنظام", "تفكيك عبوة ناسفة", "كشف عن خطة": no gang, no arrest
            if info.lexeme in SEIZING and not self._person_seized(view, layers, k, kj):
                continue  # "ضبط المسؤولية الطبية", "تم ضبطها" (a lorry), "ضبط الجيش 5 بنادق صيد": no one arrested
            kind = DISRUPTED if found == "found" else LOOTING if seized else (info.type, info.subtype)
            if info.lexeme in SHOOTINGS and self._exchanged(view, k):
                kind = CLASH  # "تبادلت إطلاق النار مع عناصر مسلحة", "تبادلت قوات الجيش وعناصر المجلس إطلاق النار"
            consumed.update(range(k + 1, kj))  # "استعادة السيطرة على": not "السيطرة على" again
            drafts.append(Draft(s, e, k, kj, *kind, info,
                                text_folded=view.doc.folded[slice(*view.doc.to_normalized(s, e))],
                                named_doer=named_doer))
        for verb, k in self._undertaken(view, drafts):
            # "عمد ثلاثة أشخاص، إلى قتل جارهم", "أقدم شابان على طعن شاب": the verbal noun is the act
            s, e = view.tokens[k].start, view.tokens[k].end
            drafts.append(Draft(s, e, k, k + 1, "violence against civilians", "attack", None, undertaken=verb,
                                text_folded=view.words[k]))
        for k, lemma in self._taken_harm(view, drafts, facts.cands):
            # "ضبطت الأجهزة الأمنية عاطلا قتل زوجته": the one arrested killed, a verb with no relative pronoun
            s, e = view.tokens[k].start, view.tokens[k].end
            drafts.append(Draft(s, e, k, k + 1, "violence against civilians", "attack",
                                TriggerInfo("violence against civilians", "attack", lemma, "verb"),
                                text_folded=view.words[k]))
        if any(d.subtype == "arrests" for d in drafts) and not (facts.casualties or facts.weapons):
            # "بعد نصب كمين محكم … إلقاء القبض على عنصر تكفيري": a police trap
            drafts = [d for d in drafts if d.info is None or d.info.lexeme not in TRAPS]
        # (not beside a blast read as an accident: "قتل 3 عمال في انفجار داخل مصنع", "مقتل عشرات في انفجار مخزن ذخيرة")
        died_in: list[tuple[int, Draft]] = []  # (killing word, the event whose dead it tells)
        if self.standalone_killings and not facts.domain and not view.matches(lex.accident_re) and not accident:
            # (not an arrest's clause told after the killing: "الجيش قتل إرهابيين اثنين واعتقل ثلاثة" tells of
            # both; "القبض على المتهم بقتل شاب" only of the arrest: session 29, third wave)
            busy = {view.clause_of(d.k) for d in drafts if d.subtype != "arrests" or not (
                d.info is not None and d.info.pos == "verb" and view.tokens[d.k].text.startswith("و"))}
            arrests = [d.k for d in drafts if d.subtype == "arrests"]
            for s, e, info, _w in cues:
                if not free(s, e):
                    continue
                k, kj = view.span_tokens(s, e)
                weapon = any(view.is_word(j, lex.weapon_cues) for j in range(kj, min(kj + 5, len(view.words))))
                # a death noun with a passive's agent right after it: "لقي شاب مصرعه على أيدي مسلحين" (session 34)
                weapon = weapon or (info.kind == "killed" and agent_marker(view, kj + 1))
                # an active verb of wounding and its armed doers: "أصاب مسلحان ٧ أشخاص بجروح" (session 35)
                weapon = weapon or (info.kind == "injured" and info.pos == "verb" and fold(info.lexeme) != "اصيب"
                                    and self._injurers_after(view.words[kj:kj + 6]))
                if not ((info.standalone and info.kind == "killed") or weapon):
                    continue
                c = view.clause_of(k)
                if any(a < k and view.clause_of(a) == c for a in arrests):
                    continue
                if c in busy or c in view.result_clauses or negated(view, k) or self._hypothetical(view, k) or \
                        self._unarmed_attack(view, layers, k, kj, facts.weapons):
                    continue
                if any(a < e and s < b for a, b in taken):
                    continue
                if not any(m.cue == k and m.value > 0 for m in facts.mentions) and not (
                        info.pos == "verb" and self._members_object(view, k, kj, facts.cands) is not None) \
                        and not plural_victim_after(view, kj - 1, 3 if info.pos == "verb" else 1) \
                        and not (k >= 2 and view.words[k].startswith("ب") and plural_victim_after(view, k - 2)):
                    # "بعد مقتلهم" recalls a death; "قُتل 5 أشخاص" reports one, and so does "وقتل الجيش عناصر من
                    # حركة الشباب" (a subject and a named group's men, no count: session 33), and a plural the dual
                    # is spelled like, after it or charged before "ب" ("بقتل الصحفيين", "محاكمة المتهمين بقتل")
                    continue
                cause = self._died_in(view, kj, drafts)
                if cause is not None:
                    died_in.append((k, cause))
                    continue  # "مقتل 4 سيّاح … إثر انفجار حافلة": the blast's dead, no killing of its own
                busy.add(c)
                drafts.append(Draft(s, e, k, kj, "violence against civilians", "attack", None, standalone=True))
        if not drafts and not family:
            return []
        drafts.sort(key=lambda d: d.start)
        cands = facts.cands
        for d in drafts:
            self._arguments(view, layers, d, cands, names, drafts)
            state_actors(view, layers, d, names)
            joint_actors(view, d, cands, drafts)
            anaphoric_target(view, layers, d)
            told_death(view, d)
            condemned(view, d)
            border_place(view, layers, d, names)
            claimed_taking(view, d, cands, drafts, kinds, STATE_STEMS)
        for k, d in died_in:
            # "قالت الوزارة إن ضابط شرطة قتل … في انفجار": who died is no doer of the blast
            lo, hi = view.clause_range(view.clause_of(k))[0], view.tokens[d.k - 1].start
            d.actors = [a for a in d.actors if not (a["role"] == "actor" and lo <= a["start"] < hi)]
        for d in drafts:
            self._fought_for(view, d, drafts)
        if any(w in RESPONSIBILITY or w in CLAIM_VERBS or w[1:] in CLAIM_VERBS for w in view.words):
            drafts = self._claimed_again(view, drafts, cands)
        if drafts:
            self._assign(view, layers, drafts, facts.mentions)
        for d in drafts:
            if not d.negated:
                d.unasserted = self._unasserted(view, d)
                d.negated = d.unasserted is not None
            self._owner_not_actor(view, d)
            self._owned_means(view, d, cands, drafts)
            self._accused(view, d, cands)
            self._retype(view, d, cands)
            self._force_against_protesters(d, cands, kinds)
            self._forces_arrest(view, d)
            self._crowd_actor(view, layers, d)
            self._participants_actor(view, d, cands)
        drafts = self._killed_in_dispersal(view, drafts)
        drafts = self._arrested_doers(view, drafts)
        self._foilers(view, drafts)
        if not (facts.casualties or facts.weapons or any(w in ELIMINATIONS for w in view.words)):
            # "كمين محكم نفذته وحدات الأمن": a police trap to arrest someone, no battle
            # ("كمين محكم مكّن من القبض على": the trap that made an arrest, no actor named)
            drafts = [d for d in drafts if d.info is None or d.info.lexeme not in TRAPS or not (any(
                a["role"] == "actor" and any(stem in fold(a["text"]) for stem in POLICE_STEMS) for a in d.actors)
                or any(w in _ARREST_NOUNS for j in range(d.kj, min(d.kj + 4, len(view.words)))
                       for w in stems(view.words[j])))]
        # (not a weak riot word read as no event: "رشق متظاهرون المرشحة بالبيض" is still their protest)
        protest_words = any(i.type in _PROTEST_TYPES and not i.family and not (i.weak and h[0] in weak_dropped)
                            for h in hits for i in h[2])
        if family and not protest_words and not any(d.type in _PROTEST_TYPES for d in drafts):
            protest = self._protesters_protest(view, family, cands)
            if protest is not None:
                self._arguments(view, layers, protest, cands, names, drafts)
                self._protest_roles(view, protest, cands)
                self._accused(view, protest, cands)
                if not drafts:
                    self._assign(view, layers, [protest], facts.mentions)
                self._retype(view, protest, cands)
                self._crowd_actor(view, layers, protest)
                if protest.subtype == "excessive force against protesters":
                    # "قتل متظاهر برصاص قوات الأمن": the protesters' dead are that protest's, no killing of its own
                    theirs = [d for d in drafts if d.standalone and view.clause_of(d.k) == view.clause_of(protest.k)
                              and any(stem in fold(view.doc.text[m.start:m.end])
                                      for m in d.killed for stem in PROTESTER_STEMS)]
                    for d in theirs:
                        protest.killed, protest.injured = protest.killed or d.killed, protest.injured or d.injured
                    drafts = [d for d in drafts if d not in theirs]
                drafts = sorted([*drafts, protest], key=lambda d: d.start)
        return self._merge(_subject_strikes(view, drafts), view)

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
    def _undertaken(view: SentenceView, drafts: list[Draft]) -> list[tuple[int, int]]:
        """(verb, act) tokens of each verb of undertaking whose على/إلى, within a few tokens after it (its subject and
        a comma between), is followed by a verbal noun of harm no trigger reads (``undertaken_acts``, with a proclitic
        or a pronoun: "عمد ثلاثة أشخاص، إلى قتل جارهم", "أقدم شخصان على طعنه"); not an act on oneself ("على قتل
        نفسه") nor an act no word of the sentence was read as (an accident's words do not matter here: the doer
        meant it)."""
        out: list[tuple[int, int]] = []
        words, n = view.words, len(view.words)
        for j, w in enumerate(words):
            if w not in UNDERTAKING_VERBS and not (w[:1] in "وف" and w[1:] in UNDERTAKING_VERBS):
                continue  # (as the scan found them: "أقدم", "وعمد")
            for m in range(j + 1, min(j + 1 + _UNDERTAKING_REACH, n - 1)):
                if view.tokens[m].kind == "punct" and view.tokens[m].text not in ("،", ","):
                    break
                if words[m] not in ("علي", "الي"):
                    continue
                k = m + 1
                act = next((s for s in stems(words[k], CONJ_BI_LI) for s in (s, s[2:] if s.startswith("ال") else s)
                            if s in UNDERTAKEN_ACTS or (s.endswith(PRONOUNS) and any(
                                s[:-len(p)] in UNDERTAKEN_ACTS for p in PRONOUNS if s.endswith(p)))), None)
                if act is not None and not view.is_word(k + 1, REFLEXIVES) and not view.is_word(k + 1, ANIMALS) and \
                        not any(d.k <= k < d.kj for d in drafts):
                    out.append((j, k))
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
                    crowd = EventExtractor._counted_crowd(view, num.end) or crowd
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
                crowd = EventExtractor._counted_crowd(view, num.end) or crowd
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
        between = [j for j in range(d.kj, after.ti) if words[j] not in QUANTITY_HEADS and words[j] != "من"]
        if len(between) > 0 or words[d.kj] == "علي":
            return None
        if info.lexeme in ASSAULTS:
            # "اعتدى الشخص المذكور بالعنف على عون المرور": the victim's "على" within two words (not "على يد")
            return next((j for j in range(after.tj, min(after.tj + 3, n)) if words[j] == "علي"
                         and (j + 1 >= n or words[j + 1] not in ("يد", "ايدي"))), None)
        return -1 if info.lexeme in VERBAL_ATTACKS else None

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
        for num in layers.within("numbers", view.start, view.end):
            pos = view.token_at(num.start)
            if pos is not None and verb < pos <= verb + 2 and num.unit in _PERSON_UNITS:
                end = max(num.end, int(num.attrs.get("unit_end", num.end)))
                last = view.token_at(end - 1)
                if last is None or last >= d.k:
                    return None
                return Candidate(num.start, end, view.doc.text[num.start:end], "numbers", pos, last + 1, "people")
        return None

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
                words[k][:1] == "و" and _charge_listed(view, k):
            return "charged"  # "بتهم التحريض … ومساعدة السجناء على الهرب والحرق والتخريب والسرقة"
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
        return all(info.lexeme in WEAPON_LEXEMES for info in hit[2]) and EventExtractor._unit_word(view, hit[0])

    @staticmethod
    def _unit_word(view: SentenceView, start: int) -> bool:
        """Is the word at offset ``start`` definite, right after a unit head ("وحدة الصواريخ")?"""
        k = view.token_at(start)
        return k is not None and EventExtractor._after_unit_head(view, k)

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
                    and not EventExtractor._working_animal(view, j, k):  # "الشيخ نمر النمر": a man
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
        launcher = EventExtractor._launcher_genitive(view, k)
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
        if info.lexeme in ASSAULTS and kj + 1 < n and words[kj] == "علي":
            head = words[kj + 1][2:] if words[kj + 1].startswith("ال") else words[kj + 1]
            for pronoun in ("هما", "هم", "ها", "ه"):
                if head.endswith("ت" + pronoun):  # "كرامتهم": the feminine noun and a pronoun
                    head = head[:-len(pronoun) - 1] + "ه"
                    break
            if head in ABSTRACT_OBJECTS:
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
                    not view.is_word(k + 1, TIE_NOUNS):  # "خلية تكفيرية على اتصال بإرهابيين": in touch, no target
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
                if d.undertaken is not None:
                    role = "target"  # "أقدم شابان على طعن شاب": the noun's object
                if after.layer == "text" and _oblique_plural(view.words[after.ti]) and (after.ti == d.kj or (
                        after.ti == d.kj + 1 and view.tokens[d.kj].text in _QUOTES)):
                    role = "target"  # "الجيش قتل إرهابيين اثنين": a plural in -ين after the verb is its object
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
            if d.subtype == "arrests" and view.words[after.ti].removeprefix("ال") in GANG_NOUNS:
                role = "target"  # "تمكن أعوان الشرطة من ضبط خلية تكفيرية": the gang is arrested, never arrests
            if after.instrument or after.oblique or (self._counted_victim(view, after) and assailant is None):
                role = "target"  # "انفجرت عبوة ناسفة بدورية للجيش", "مقتل مسلحين"
            if role == "actor" and after.ti > d.kj and view.is_word(after.ti - 1, _AT_WHOM):
                role = "target"  # "الاعتداء مطلع اكتوبر الماضي على معتمد سيدي حسين": the object of على (session 26)
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
        if (not actors or (suffered and not targets)) and not announced and not caused:
            # "نفت وزارة الدفاع وقوع اشتباكات": who denies the event is not its actor
            before = [c for c in in_clause if c.tj <= d.k and not c.attributive and not c.instrument
                      and c not in targets and c not in actors
                      and (protest or suffered or c.klass not in ("civilian", "people") or _light_doer(view, c, d))
                      and not denier(view, c.ti)]
            if not before and clause > 0 and clause - 1 not in view.result_clauses and not view.roundup and \
                    not any(view.clause_of(o.k) == clause - 1 for o in drafts):
                # "نفذت الفصائل في ذلك الوقت، عمليات تفجير": the subject before a comma
                # (a protest's: its people too, "دخل أعوان الصحة بالمستشفى المحلي …، في اضراب مفتوح")
                before = [c for c in cands if view.clause_of(c.ti) == clause - 1 and not c.attributive
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
                    # after: "قتل خمسة من عناصر داعش في غارة أمريكية استهدفت الدواعش")
                    victim = True
                    if targets:
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
                if before:
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
        if not doers_named and d.subtype in _TAKING and not any(t.ti < d.k for t in targets):
            person = self._object_of(view, d, after if after in actors else None, clause_end, cands, person=True,
                                     numbers=layers.within("numbers", view.start, view.end))
            if person is not None and not any(t.ti <= person.ti for t in targets):
                # "القبض على عون حرس", "اعتدى على طالبة"; what a later candidate names is not the one taken ("القبض
                # على مروّج لأقراص 'سوبيتاكس'")
                targets = [person]
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
            if later and d.subtype == "arrests" and any(
                    n.unit in _PERSON_UNITS and d.kj <= (view.token_at(n.start) or -1) < later[0].ti
                    for n in layers.within("numbers", view.start, view.end)):
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
        # "أطلق الرصاص على أفراد خدمات الأمن": a word inside the target's phrase is no actor (session 30)
        actors = [c for c in actors if not any(
            t.start <= c.start and c.end <= t.end and t.end - t.start > c.end - c.start for t in targets)]
        # a court tries the crime, it neither did it nor suffered it ("احالة قضية الهجوم على محكمة الإستئناف"), unless
        # its building is hit ("اقتحام مبنى المحكمة الدستورية")
        actors = [c for c in actors if not self._court(c)]
        targets = [c for c in targets if not self._court(c) or view.is_word(c.ti - 1, BUILDINGS)]
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

        a = first if first is not None and first.ti == k + 1 else side(k + 1, n)
        if a is None:
            return []
        # the second: right after the first's last word, written with و (attached, or "و"/"وبين" alone)
        j = a.tj

        def joined(j: int) -> bool:  # "و" and not an adjective of the same kind ("وحدات أمنية وعسكرية")
            if view.words[j] in ("و", "وبين"):
                return True
            return text[view.tokens[j].start:view.tokens[j].start + 1] == "و" and not (
                view.words[j].endswith(("يه", "ية")) and view.words[j - 1].endswith(("يه", "ية")))

        while j < n and j < a.tj + 5 and view.tokens[j].kind == "word" and not joined(j):
            if view.words[j] in RELATIVES:
                return []  # "بين مجموعات من الشباب الذين عمدوا لغلق الطرقات …": a clause, not a side's complement
            j += 1  # the first side's complement: "عناصر من الدرك الجزائري"
        if j >= n or view.tokens[j].kind != "word" or not joined(j):
            return []
        if view.words[j] in ("و", "وبين"):
            j += 1
            if j >= n:
                return []
            b = side(j, n)
        else:
            c = next((c for c in cands if c.ti == j and not c.instrument), None)
            b = c if c is not None else side(j, n)
            if b is None and j + 1 < n and view.tokens[j].kind == "word" and plain(j):
                # "بين قوات سوريا الديمقراطية وتنظيم داعش": the group named after its head word
                b = next((c for c in cands if c.ti == j + 1 and not c.instrument and c.layer == "groups"), None)
            if b is not None and b.layer == "text":
                s = view.tokens[j].start + 1  # "ومتشددين" → "متشددين"
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
            if view.words[g - 1] != "في" or view.tokens[g].kind != "word":
                return None
        j = g - 2  # the word before "في"
        w = view.words[j]
        if w.startswith("ال") and w[2:] in MEMBER_NOUNS and view.texts[j - 1] in ("،", ","):
            name = next((o for o in cands if o.tj == j - 1 and o is not c and o.klass != "group"), None)
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
        site = EventExtractor._object_site(view, d, subject, clause_end, cands, person=person, numbers=numbers)
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
            if info is not None and info.pos == "verb" and subject is not None and subject.ti <= k + 2:
                k = subject.tj
                if k < len(view.words) and view.words[k] == "علي":
                    k += 1
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
        for m in mentions:
            target = self._casualties_of(view, drafts, m)
            if target is not None and target.subtype == "arrests" and not self._arrest_casualty(view, target, m):
                # "إيقاف … المتورط في هجوم … الذي أودى بحياة 7 أشخاص": the dead of the crime, not of the arrest
                target = self._casualties_of(view, [d for d in drafts if d.type in VIOLENT_TYPES], m)
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
            if not before or any(m.value for m in (*d.killed, *d.injured)):
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
                    or EventExtractor._exchanged(view, d.k)):
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
        c = view.clause_of(m.cue)
        same = [d for d in drafts if view.clause_of(d.k) == c]
        before = [d for d in drafts if d.k <= m.cue]
        if c in view.result_clauses and before:
            return before[-1]
        if same:
            return min(same, key=lambda d: abs(d.k - m.cue))
        return before[-1] if before else drafts[0]

    def _arrest_casualty(self, view: SentenceView, d: Draft, m: Mention) -> bool:
        """Are the dead or wounded of ``m`` those of the arrest ``d`` itself: told after it in a result clause
        ("بمداهمته شرع في التعامل مع القوات … مما أدى إلى مصرعه") or a wounded one taken ("القبض على ارهابي
        مصاب"), with no word tying them to the crime the arrest is for between ("بتهمة القتل العمد", "المتورط
        في هجوم … الذي أودى بحياة", "منفذي عملية البراكاج التي أسفرت عن مقتل طالب", `crime_links`)?"""
        if m.value == 0:
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
        if d.type == "battles" and lexeme in CLASHES and any(
                stem in a["text"] for a in d.actors for stem in PROTESTER_STEMS):
            d.type, d.subtype = "riots", "violent demonstration"
        if d.type == "violence against civilians" and d.subtype == "attack" and lexeme in ASSAULTS and any(
                view.is_word(j, SEXUAL_CUES) for j in range(d.kj, min(d.kj + 10, len(view.words)))
                if view.clause_of(j) == view.clause_of(d.k)):
            d.subtype = "sexual violence"  # "الاعتداء بالفاحشة على تلميذ", "الاعتداء عليها جنسيا"
        if d.type == "violence against civilians" and d.subtype == "attack" and not d.standalone and \
                d.undertaken is None:  # ("عمد ثلاثة أشخاص إلى قتل جارهم": a deed the doers set out to do, no mob)
            actor = [a for a in d.actors if a["role"] == "actor"]
            # "اعتدت حشود غاضبة على رجل"; not one or two people ("من قبل شخص ملثم", "من طرف شاب", "شابين"):
            # a crowd or the civilians of the `civilian` class, or a count of people
            if actor and all(self._civilian(a, cands) for a in actor) and any(
                    a["layer"] == "numbers" or any(c.start == a["start"] and c.klass == "civilian" for c in cands)
                    for a in actor):
                d.type, d.subtype = "riots", "mob violence"
        if d.standalone:
            victims = d.killed or d.injured
            if (victims and victims[0].armed) or \
                    any(a["role"] == "target" and self._armed(a, cands) for a in d.actors):
                d.type, d.subtype = "battles", "armed clash"
        if d.type == "protests":
            if self._rioting(view, cands):
                d.type, d.subtype = "riots", "violent demonstration"
            elif any(not protest_cause(view, m[0]) for m in view.matches(lex.protest_excessive)) or any(
                    m.value > 0 and not protest_cause(view, view.tokens[m.cue].start) for m in d.killed):
                # (not the death the protest is about: "مظاهرة إثر وفاة امرأة في مركز للشرطة"; session 30)
                d.subtype = "excessive force against protesters"
            elif view.matches(lex.protest_intervention):
                d.subtype = "protest with intervention"
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
            j = EventExtractor._before_dated(view, j)
        spoken = EventExtractor._spoken_for(view, j)
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
    def _exchanged(view: SentenceView, k: int) -> bool:
        """Is the shooting at token ``k`` fire exchanged: a verb or noun of exchange before it in its clause, right
        before it or before the two sides named between (at most :data:`_EXCHANGE_REACH` words)?"""
        own = view.clause_tokens(view.clause_of(k))
        lo = max(own[0] if own else k, k - _EXCHANGE_REACH)
        return any(view.is_word(j, EXCHANGES) for j in range(lo, k))

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

    @staticmethod
    def _armed(actor: dict[str, Any], cands: list[Candidate]) -> bool:
        return any(c.start == actor["start"] and c.klass in ("armed", "group") for c in cands)

    @staticmethod
    def _merge(drafts: list[Draft], view: SentenceView | None = None) -> list[Draft]:
        """Two triggers of the same sub-event type in a sentence are one event ("نسف المبنى … وتفجيره"), and so
        are a definite noun of the same type with no actor nor adjective of its own after an event ("قصفت
        الطائرات الحربية مدينة إدلب، وأسفر القصف عن مقتل 5 أشخاص", "فجر انتحاري نفسه … وأسفر التفجير عن")."""
        out: list[Draft] = []
        riots = any(d.type == "riots" for d in drafts)
        another = False  # an attack "مماثل" read
        means: Draft | None = None  # the last weapon read as the means of the act before it (see _means_of)
        for d in drafts:
            own_actor = any(a["role"] == "actor" for a in d.actors)
            anaphora = d.text_folded.startswith("ال") if d.text_folded else False
            # "ويأتي هذا الهجوم عقب يومين من هجوم مماثل": another attack, with its own casualties
            # (a violent act only, not "تحركات احتجاجية أخرى"; not the genitive of the trigger before it:
            # "انفجار لغم ثان")
            similar = view is not None and not anaphora and d.kj < len(view.words) and \
                view.words[d.kj] in SIMILAR_ATTACK and d.info is not None and d.info.pos == "noun" and \
                d.type in VIOLENT_TYPES and not any(o.kj == d.k for o in out)
            # (after another attack, what follows it is its own: the nearest event of the type takes it)
            same = None if similar else next((o for o in (reversed(out) if another else out)
                                              if (o.type, o.subtype) == (d.type, d.subtype)
                         and (o.negated == d.negated or anaphora or d.text_folded in PROTEST_ADVERBS)
                         and (o.clause == d.clause or not own_actor or anaphora)), None)
            if same is None and out and d.info is not None and d.info.lexeme in TARGETING:
                if out[-1].subtype == "arrests":
                    # "القبض على قيم … احتفائه بالعملية الارهابية التي استهدفت حافلة الامن الرئاسي وأسفرت عن سقوط
                    # 12 شهيدا": the attack the arrest is for, told before; neither the arrest's nor an event here
                    continue
                same = out[-1]  # "قتل قائد في تفجير استهدف سيارته": the same event
            if same is None and anaphora and not own_actor and not d.negated and view is not None \
                    and d.info is not None and d.info.pos == "noun" and " " not in d.info.lexeme \
                    and d.type in VIOLENT_TYPES \
                    and not (d.kj < len(view.words) and view.words[d.kj] in EVENT_ADJECTIVES | ANOTHER_ATTACK):
                # (a generic attack retyped as one on civilians is still the one "الهجمات" names: "على خلفية هجمات
                # باريس، … بعد الهجمات")
                same = next((o for o in reversed(out) if not o.negated and (o.type == d.type or (
                    _generic(o) and _generic(d)))), None)
            if same is None and view is not None and out and _means_of(view, out[-1], d, means):
                same = out[-1]  # "استهداف سفينة … بصاروخين باليستيين وعدد من الطائرات المسيرة": the means, one act
                means = d
                if view.clause_of(d.k) != view.clause_of(same.kj - 1):
                    # (after an apposition, the weapon's sides read in it are the target's gloss: "، القيادي في
                    # حماس،" is no doer of the strike)
                    at = view.tokens[d.k].start
                    d.actors = [a for a in d.actors if a["start"] >= at]
                if same.type != EXPLOSIONS:  # "اغتالت إسرائيل قياديا في حركة حماس بغارة جوية": that strike
                    same.type, same.subtype = d.type, d.subtype
            if same is None and riots and d.subtype == "looting/property destruction":
                same = next(o for o in out + drafts if o.type == "riots")  # burning tyres in a riot
            if same is None:
                out.append(d)
                another = another or similar
                continue
            starts = {a["start"] for a in same.actors}
            if not anaphora:  # (not a word inside a phrase it has: "منزلا لعائلة أبو عودة"; session 31)
                same.actors += [a for a in d.actors if a["start"] not in starts
                                and not any(x["start"] <= a["start"] < x["end"] for x in same.actors)
                                and not (view is not None and EventExtractor._site_place(view, same, d, a))]
            same.location = same.location or d.location
            if same.date and same.date.get("inherited") and d.date and not d.date.get("inherited") and not (
                    view is not None and since_started(view, d.k)):  # (no campaign's start: session 31)
                same.date = d.date
            same.killed += [m for m in d.killed if m not in same.killed]
            same.injured += [m for m in d.injured if m not in same.injured]
        return out


def _far_call(view: SentenceView, j: int, clause: int) -> bool:
    """Is the "إلى"/"ل" at token ``j`` before a protest that of a call verb farther back in its clause, its long subject
    and object between ("ويدعو الاتحاد الجهوي للشغل بصفاقس كافة الأعوان والإطارات بالمؤسسات العمومية لإضراب عام",
    "ودعت النقابة الأساسية لأعوان الشركة الجهوية للنقل بالقصرين منخرطيها إلى الإضراب", "دعت جمعية القضاة اليوم الأحد 23
    أفريل 2017 إلى استئناف التحركات الاحتجاجية")?  Up to :data:`_FAR_CALL_REACH` words, with no mark and no other "إلى"
    between (session 35)."""
    for i in range(j - 1, max(-1, j - _FAR_CALL_REACH), -1):
        if view.clause_of(i) != clause or view.tokens[i].kind == "punct" or view.words[i] == "الي":
            return False
        if view.is_word(i, CALL_CUES):
            return True
    return False


def _before_dated_clauses(view: SentenceView, clause: int, dated: AbstractSet[int]) -> int:
    """The clause before ``clause``, past the clauses between that are only a date ("، ليلة الأحد إلى الاثنين،"),
    or -1: where the subject of a verb before a comma is."""
    prior = clause - 1
    while prior > 0 and all(j in dated or view.tokens[j].kind == "punct" for j in view.clause_tokens(prior)) \
            and any(j in dated for j in view.clause_tokens(prior)):
        prior -= 1
    return prior


def _subject_strikes(view: SentenceView, drafts: list[Draft]) -> list[Draft]:
    """The drafts with a verb of targeting whose subject, right after it, is a violent event's noun ("استهدفت غارات
    للتحالف مواقع للحوثيين", "استهدف قصف مدفعي سوق المدينة") read as one event: the verb's, with the noun's type
    and sides (the verb took the noun's genitive, "للتحالف", for its target) and the verb's other targets
    (session 32)."""
    nouns: dict[int, Draft] = {}
    for d in drafts:
        if d.info is not None and d.info.pos == "verb" and d.info.lexeme in TARGETING:
            # (not a means with ب: "استهدف الطيران الحربي بصاروخين نفقا" is _means_of's)
            noun = next((o for o in drafts if o is not d and o.k == d.kj and o.type in VIOLENT_TYPES
                         and o.info is not None and o.info.pos == "noun" and o.negated == d.negated
                         and not view.words[o.k].startswith(("ب", "وب"))), None)
            if noun is not None:
                nouns[id(noun)] = d
    out: list[Draft] = []
    for o in drafts:
        verb = nouns.get(id(o))
        if verb is None:
            out.append(o)
            continue
        d = verb
        d.type, d.subtype = o.type, o.subtype
        d.actors = [*o.actors, *(a for a in d.actors if not any(
            x["start"] < a["end"] and a["start"] < x["end"] for x in o.actors))]
        d.location = d.location or o.location
        d.killed += [m for m in o.killed if m not in d.killed]
        d.injured += [m for m in o.injured if m not in d.injured]
    return out


#: How far after a verb of taking its "على" may come after a long subject (see :func:`_on_after_subject`).
TAKING_SUBJECT_REACH = 12


def _on_after_subject(view: SentenceView, kj: int) -> bool:
    """Is there an "على" after the verb ending at token ``kj`` past a subject too long for the usual window: a
    group's name with its abbreviation and backer ("سيطر متمردو حركة 23 مارس (إم 23) المدعومة من رواندا على مدينة
    روبايا"), only words, numbers and parentheses between, no clause connector nor relative pronoun (session 32)?"""
    for j in range(kj, min(kj + TAKING_SUBJECT_REACH, len(view.words))):
        w = view.words[j]
        if w == "علي":
            return j > kj
        if w.startswith("علي"):
            return False  # "التي يسيطر عليها المقاتلون …": its own على, a place held
        if (view.tokens[j].kind == "punct" and view.tokens[j].text not in "()") or w in CONNECTORS or w in RELATIVES:
            return False
    return False


#: How far after a violent act's trigger the weapon it was done with may be written (see :func:`_means_of`).
MEANS_REACH = 8


def _means_of(view: SentenceView, act: Draft, d: Draft, means: Draft | None = None) -> bool:
    """Is the explosion noun of ``d`` the means of the violent ``act`` before it: written after it with ب ("استهداف
    سفينة تجارية في خليج عدن بصاروخين باليستيين", "هاجم مسلحون حاجزا بقذائف الهاون"), or joined by و to the
    last means read (``means``: "بصاروخين باليستيين وعدد من الطائرات المسيرة"), within a few words of its clause
    with no punctuation between?  Then it is that act's weapon (its type is refined from it), no second event,
    whatever the weapon's own sub-event type (session 32)."""
    if d.type != EXPLOSIONS or act.type not in VIOLENT_TYPES or d.info is None or d.info.pos != "noun" \
            or act.negated != d.negated:
        return False
    word = view.words[d.k]
    if view.clause_of(d.k) != view.clause_of(act.kj - 1):
        # "اغتالت إسرائيل مازن فقهاء، القيادي في حماس، بغارة جوية": the weapon right after an apposition set off
        # by commas that glosses the target (session 34)
        return word.startswith(("ب", "وب")) and _apposition_before(view, act.kj, d.k)
    if means is not None and 0 <= d.k - means.kj <= MEANS_REACH // 2 and any(
            view.words[j].startswith("و") for j in range(means.kj, d.k + 1)):
        first = means.kj
    elif word.startswith(("ب", "وب")) and 0 <= d.k - act.kj <= MEANS_REACH:
        first = act.kj
    else:
        return False
    return all(view.tokens[j].kind in ("word", "number") for j in range(first, d.k))


#: How many tokens an apposition between two commas may have (see :func:`_apposition_before`).
APPOSITION_REACH = 7


def _apposition_before(view: SentenceView, first: int, k: int) -> bool:
    """Do the tokens from ``first`` to the token ``k`` make a phrase of a few words (the verb's object, "مازن
    فقهاء") and an apposition set off by two commas that ends right before ``k`` ("، القيادي في حركة حماس،"): a
    definite noun and a few words, no connector, relative pronoun nor other punctuation?"""
    if k - 1 <= first or view.tokens[k - 1].text not in ("،", ","):
        return False
    commas = [j for j in range(first, k - 1) if view.tokens[j].kind not in ("word", "number")]
    if len(commas) != 1 or view.tokens[commas[0]].text not in ("،", ","):
        return False
    inner = range(commas[0] + 1, k - 1)
    return (0 < commas[0] - first <= MEANS_REACH // 2 and 0 < len(inner) <= APPOSITION_REACH
            and view.words[inner[0]].startswith("ال")
            and not any(view.words[j] in CONNECTORS or view.words[j] in RELATIVES for j in inner))


#: How far back a charge reaches through the list of nouns joined by و it heads (see :func:`_charge_listed`).
CHARGE_LIST_REACH = 16


def _charge_listed(view: SentenceView, k: int) -> bool:
    """Is the noun trigger at token ``k``, joined by و, one of a list of charges: a charge word ("بتهمة", "بتهم",
    "التهم", "المتهم بـ") before it in its clause with no punctuation between ("مطلوب … بتهم التحريض والمساعدة على
    ارتكاب القتل العمد ومساعدة السجناء على الهرب والحرق والتخريب والسرقة")?  Not the verb "تهم" (concerns)."""
    words, clause = view.words, view.clause_of(k)
    for i in range(k - 1, max(-1, k - CHARGE_LIST_REACH), -1):
        if view.clause_of(i) != clause or view.tokens[i].kind != "word":
            return False
        w = words[i]
        if (w[:1] == "ب" and w[1:] in CHARGE_CUES) or (
                w in CHARGE_CUES and w != "تهم" and (w.startswith(("تهم", "التهم")) or words[i + 1][:1] == "ب")):
            return True
    return False


def _in(word: str, words: AbstractSet[str]) -> bool:
    """Is the folded ``word`` one of ``words``, also after one of و/ف/ب/ل (as :meth:`SentenceView.is_word`)?"""
    return word in words or (len(word) > 2 and word[0] in "وفبل" and word[1:] in words)


#: Words of an armed attack: those of ``attack_evidence`` but the generic attack nouns.
ARMED_EVIDENCE = ATTACK_EVIDENCE - GENERIC_ATTACKS


class _DocumentWords:
    """What the rules that read a document's start before a sentence ask of it (an accident or an animal told earlier,
    no attack named), computed once per document as character offsets: each sentence otherwise split the whole text
    before it again, which made the events stage quadratic in the length of a document (a 5 MB one: 1.56 s/MB
    against 0.44). Where the first such word starts (``first_attack``, ``first_armed``, ``first_animal``), and
    where the words end that first make a blast an industrial accident (``first_accident``): a fact holds for the
    text before a sentence when it starts, or ends, at or before the sentence's start."""

    def __init__(self, folded: str) -> None:
        self.text = folded
        none = len(folded) + 1
        attack = armed = animal = accident = none
        # one pass over the words of ``folded.split()``, none kept but the last eight: a blast's plant is read at
        # most seven words after it (``_plant_after``, which only grows true as words are added)
        window: list[str] = []
        ends: list[int] = []
        blasts: list[int] = []  # the blasts of the window, by their place in it
        previous = None
        for m in _NON_SPACE.finditer(folded):
            w, start = m.group(), m.start()
            if attack == none and _in(w, ATTACK_EVIDENCE):
                attack = start
            if armed == none and _in(w, ARMED_EVIDENCE):
                armed = start
            if animal == none and _in(w, ATTACKING_ANIMALS) \
                    and not (previous is not None and _in(previous, ANIMAL_NAME_OPENERS)):
                animal = start
            previous = w
            if _in(w, BLAST_LEXEMES):
                blasts.append(len(window))
            window.append(w)
            ends.append(m.end())
            if len(window) > 8:
                if blasts and blasts[0] == 0:
                    accident = min(accident, _accident_end(window, ends, 0, none))
                    blasts.pop(0)
                del window[0], ends[0]
                if blasts:
                    blasts = [b - 1 for b in blasts]
        for b in blasts:  # the last ones, with the words left after them
            accident = min(accident, _accident_end(window, ends, b, none))
        self.first_attack, self.first_armed, self.first_animal, self.first_accident = attack, armed, animal, accident

    def runs_across(self, at: int) -> bool:
        """Does a word run across offset ``at`` (its part before ``at`` is then a word of the text before)?"""
        text = self.text
        return 0 < at < len(text) and not text[at - 1].isspace() and not text[at].isspace()

    def tail(self, at: int, n: int) -> tuple[int, list[str]]:
        """Where the word that runs across ``at`` starts, and the last ``n`` words of ``text[:at].split()`` (that
        word's part before ``at`` the last), read from a stretch before ``at`` as long as they need: splitting the
        whole text before a sentence made a list of every word of a long document (a 5 MB one: 21 MB)."""
        text = self.text
        start = at
        while start and not text[start - 1].isspace():
            start -= 1
        lo = start
        while True:
            lo = max(0, lo - 64 * (n + 1))
            words = text[lo:at].split()
            if lo == 0 or len(words) > n:  # (the first of them may be cut at ``lo``: it is not among the last n)
                return start, words[-n:]

    def accident_before(self, at: int) -> bool:
        """Does the text before folded offset ``at`` name no attack and a blast that was an industrial accident?
        Within a word (rare), the facts hold for the words before it, and its part before ``at`` is one word more:
        the last words are read again, as many as a plant is read after a blast."""
        if not self.runs_across(at):
            return self.first_attack >= at and self.first_accident <= at
        start, words = self.tail(at, 8)
        if self.first_attack < start or _in(words[-1], ATTACK_EVIDENCE):
            return False
        return self.first_accident <= start or any(
            _in(w, BLAST_LEXEMES) and _plant_after(words, j + 1) for j, w in enumerate(words))

    def animal_before(self, at: int) -> bool:
        """Does the text before folded offset ``at`` tell of an attacking animal and of no armed attack?  Within
        a word (rare), the facts hold for the words before it, and its part before ``at`` is one word more."""
        if not self.runs_across(at):
            return self.first_armed >= at and self.first_animal < at
        start, words = self.tail(at, 2)
        last = words[-1]
        if self.first_armed < start or _in(last, ARMED_EVIDENCE):
            return False
        return self.first_animal < start or (_in(last, ATTACKING_ANIMALS) and not (
            len(words) > 1 and _in(words[-2], ANIMAL_NAME_OPENERS)))


def _accident_end(words: Sequence[str], ends: Sequence[int], b: int, none: int) -> int:
    """Where the fewest words end that make the blast ``words[b]`` an accident (``ends``: each word's end), else
    ``none``."""
    m = _fewest_for_plant(words, b + 1)
    return ends[m - 1] if m else none


def _fewest_for_plant(words: Sequence[str], j: int) -> int:
    """The fewest first words of ``words`` for which ``_plant_after(words[:m], j)`` holds, or 0 when none does."""
    fewest = 0
    for i in range(j, min(j + 4, len(words))):
        m = 0
        if _in(words[i], INDUSTRIAL_SITES):
            m = i + 1
        elif _in(words[i], STATIONS):
            m = next((p + 1 for p in range(i + 1, min(i + 4, len(words))) if _in(words[p], PLANT_WORDS)), 0)
        elif _in(words[i], DEPOTS):
            m = next((p + 1 for p in range(i + 1, min(i + 4, len(words))) if _in(words[p], MUNITIONS)), 0)
        if m and (not fewest or m < fewest):
            fewest = m
    return fewest


_NON_SPACE = re.compile(r"\S+")


class _TextBefore:
    """One document's :class:`_DocumentWords`, made by :meth:`EventExtractor.__call__` and computed when a sentence
    first asks (most documents tell of no blast nor animal attack that needs them)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc

    @cached_property
    def words(self) -> _DocumentWords:
        return _DocumentWords(self.doc.folded)


def _plant_after(words: Sequence[str], j: int) -> bool:
    """Is one of the four folded ``words`` from ``j`` a plant, factory, mine, tank or pipeline (``industrial_sites``),
    a station only of power, fuel or water ("محطة للطاقة النووية", not "محطة مترو"), a depot only of munitions
    ("مخزن ذخيرة", "مستودع للأسلحة")?"""
    for i in range(j, min(j + 4, len(words))):
        if _in(words[i], INDUSTRIAL_SITES):
            return True
        if _in(words[i], STATIONS) and any(_in(w, PLANT_WORDS) for w in words[i + 1:i + 4]):
            return True
        if _in(words[i], DEPOTS) and any(_in(w, MUNITIONS) for w in words[i + 1:i + 4]):
            return True
    return False


def _similar_attack(view: SentenceView, d: Draft) -> bool:
    """Is ``d`` an indefinite violent noun followed by a word of likeness ("هجوم مماثل", "انفجار آخر"): another
    attack than the sentence's first (see ``similar_attack`` in the resource)?"""
    return d.info is not None and d.info.pos == "noun" and d.kj < len(view.words) and \
        view.words[d.kj] in SIMILAR_ATTACK and d.type in VIOLENT_TYPES and \
        not (d.text_folded or "").startswith("ال")


_RELATIVE_PRONOUNS = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"})
#: Verbs of becoming before a present verb: a change told, not a state ("وباتت قوات النظام تسيطر على …").
_BECOMING = frozenset({"بات", "باتت", "اصبح", "اصبحت", "صار", "صارت", "وباتت", "واصبحت", "وبات", "واصبح"})
#: Words of a condition (``conditional_cues``: "في حال", "إذا", "ما لم").
_CONDITIONAL_CUES = word_set("conditional_cues")
#: Words of a total (``aggregate_words``: "أزيد من", "أعداد").
_AGGREGATE_WORDS = word_set("aggregate_words")
#: How many words a condition may stand before the act it makes hypothetical ("في حال قامت إسرائيل بشن هجوم").
_CONDITION_REACH = 5


def _conditional(view: SentenceView, k: int) -> bool:
    """Is the trigger at token ``k`` in a condition: a conditional word at most :data:`_CONDITION_REACH` words
    before it in its clause, no punctuation between ("في حال لم تنسحب من العراق", "إذا ما تعرضت لهجوم")?"""
    clause = view.clause_of(k)
    for j in range(k - 1, max(-1, k - 1 - _CONDITION_REACH), -1):
        if view.tokens[j].kind == "punct" or view.clause_of(j) != clause:
            return False
        if view.words[j] in _FACTUAL_AFTER_IF:
            return False  # "وإذا كانت الشرطة قد اعتقلت المشتبه به": a fact granted
        if (view.is_word(j, _CONDITIONAL_CUES) and (view.words[j] not in ("حال", "حاله") or (view.is_word(
                j - 1, _CONDITION_PREPOSITIONS) and view.is_word(j + 1, _CONDITION_FOLLOWERS)))) or (
                j > 0 and f"{view.words[j - 1]} {view.words[j]}" in _CONDITIONAL_CUES):
            return True
    return False


#: Words after "إذا" that make its clause a fact granted ("وإذا كانت الشرطة قد اعتقلت …").
_FACTUAL_AFTER_IF = frozenset({"قد", "كان", "كانت", "كانوا", "لقد"})


_CONDITION_PREPOSITIONS = frozenset({"في", "وفي"})
#: Words right after "في حال(ة)" that make it a condition, not a state or a case ("في حال لم تنسحب", "في حالة وقوع
#: هجوم"; not "في حالة عون الأمن الذي تم إيقافه", "دخل الشاب في حالة هستيرية واعتدى") (``condition_followers``).
_CONDITION_FOLLOWERS = word_set("condition_followers")


def _long_ago(value: str | None) -> bool:
    """Is the interval ``value`` ("2002/2024-03-10", "2023-10-07/2024-03-10") 28 days long or more (a year or a
    month counted from its first day)?"""
    if not value or "/" not in value:
        return False
    try:
        a, b = (date(int(v[:4]), int(v[5:7]) if len(v) >= 7 else 1, int(v[8:10]) if len(v) >= 10 else 1)
                for v in value.split("/", 1))
    except ValueError:
        return False
    return (b - a).days >= 28


def _generic(d: Draft) -> bool:
    """Is ``d`` a generic attack ("هجوم", "هجمات") typed a battle or an attack on civilians?"""
    return d.info is not None and fold(d.info.lexeme) in GENERIC_ATTACKS and \
        d.type in ("battles", "violence against civilians")


def _held_now(words: Sequence[str], lo: int, hi: int) -> bool:
    """Does "اليوم" or "أمس" stand among the words ``[lo, hi + 6)`` (an act announced for today or begun
    yesterday is held)?"""
    return any(w in ("اليوم", "امس") for w in words[lo:hi + 6])


def _plural_feminine(word: str) -> bool:
    """Is the folded noun a sound feminine plural, with or without a possessive pronoun ("الاحتجاجات",
    "احتجاجاتهم", "الاضرابات")?"""
    return any(word.endswith("ات" + pronoun) for pronoun in ("", "ه", "ها", "هم", "هما", "هن"))


def _nisba_of(word: str) -> str:
    """The bare masculine nisba of a folded adjective: "الاسرائيليه" → "اسرائيلي", "الروسي" → "روسي",
    "امريكيه" → "امريكي"."""
    bare = word[2:] if word.startswith("ال") else word
    return bare[:-1] if bare.endswith("يه") else bare


#: How many words after a charged act a word may tell it was done.
DONE_REACH = 16


def _victims(event: Any) -> set[str]:
    """The folded last words of the event's targets, without the article ("محمد الزواري" → "زواري")."""
    out = set()
    for a in event.actors:
        if a["role"] == "target" and a["layer"] != "numbers":
            last = fold(a["text"].split()[-1])
            out.add(last[2:] if last.startswith("ال") else last)
    return out


def _act_stem(text: str) -> str:
    """The folded trigger text without its proclitics and article ("بمحاولة حرق" → "محاوله حرق", "في" kept out)."""
    split = max(clitic_splits(fold(text.split()[0])), key=lambda s: len(s.prefix) + (2 if s.article else 0))
    return " ".join([split.stem, *fold(text).split()[1:]])


def _same_report(e: Any, o: Any, head: int | None) -> bool:
    """Are ``e`` and ``o`` the headline's act and its lead's, of one type and trigger ("القبض على عنصرين متهمين في
    محاولة حرق سيارة عون أمن" ¶ "… القبض على عنصرين متهمين بمحاولة حرق سيّارة تابعة لعون أمن")?"""
    if head is None or (e.type, e.subtype) != (o.type, o.subtype) or _act_stem(e.text) != _act_stem(o.text):
        return False
    first, second = sorted((e.sentence, o.sentence))
    return first == head and 0 < second - head <= LEAD_SENTENCES


def _told_done(events: list[Any], claimed: list[tuple[int, str, bool]], head: int | None = None) -> None:
    """An act an accusation or a plan names is no longer negated when the document tells it as done: a word after
    it says so (a charged act only: "محاكمة المتهمين بقتل الشهيد"), or an event of the same type not negated has
    the same victim ("المتهم بقتل الزواري", "البلجيكي الذي خطط لاغتيال محمد الزواري" beside "اغتيال الزواري").  A
    plan with no such victim stays negated ("يشتبه في تخطيطه لهجوم"), as does a foiled or attempted act."""
    done = [e for e in events if not e.negated]
    for i, how, after in claimed:
        e = events[i]
        victims = _victims(e)
        # (session 26: a charge the headline or the lead tells as an act, "متهمين في محاولة حرق" beside "متهمين
        # بمحاولة حرق", is the same act, told as done, and they fold)
        if (how == "charged" and after) or (victims and any(
                o.type == e.type and victims & _victims(o) for o in done if o is not e)) or (
                how == "charged" and any(_same_report(e, o, head) for o in done if o is not e)):
            e.negated = False


def _merge_anaphors(events: list[Any], kinds: list[str], text: str = "") -> list[Any]:
    """Fold each anaphoric attack noun into the attack it names: the last violent event of the three
    sentences before it ("قتل 22 شخصا في تفجير انتحاري بمانشستر. … وأعلن تنظيم داعش مسؤوليته عن الهجوم"),
    when their places and dates agree. The attack takes the place and counts it lacks (a standalone killing
    also an explosion's type: "قُتل 5 أشخاص في بغداد. … التفجير"); of its roles only
    an armed group that claims it ("وأعلن تنظيم داعش مسؤوليته عن الهجوم": who arrests or tells of the attack is
    not in it); the anaphor is no event of its own."""
    out: list[Any] = []
    out_kinds: list[str] = []
    # the positions in ``out`` of the events of each sentence: an anaphor reads only those of the three
    # sentences before it (what :func:`_refers_to` allows), not every event before it in a long document
    by_sentence: dict[int, list[int]] = {}
    for e, kind in zip(events, kinds, strict=True):
        antecedent = None
        if kind in _RESTATING and isinstance(e.sentence, int):
            near = sorted(j for k in range(e.sentence - 3, e.sentence) for j in by_sentence.get(k, ()))
            if kind == "pronoun":  # "اغتال قائد … في غارة … ظروف مقتله": the killing first, then the strike
                near.sort(key=lambda j: out[j].type == "violence against civilians")
            elif kind == "anaphor":  # the noun of the attack told before, first ("قتل 12 جنديا في هجوم شنته
                # الحركة … بعد معارك استمرت ثلاث ساعات. وتبنت الحركة الهجوم": not the battles; session 31)
                stem = _act_stem(e.text)
                near.sort(key=lambda j: _act_stem(out[j].text) == stem)
            antecedent = next((j for j in reversed(near) if (
                _refers_to(e, out[j], text) if kind == "anaphor" else _retells(e, out[j], kind, text))), None)
        if antecedent is None:
            if isinstance(e.sentence, int):
                by_sentence.setdefault(e.sentence, []).append(len(out))
            out.append(e)
            out_kinds.append(kind)
            continue
        a = out[antecedent]
        if kind != "anaphor":
            _take_retold(a, e, kind, text)
            continue
        if e.type == EXPLOSIONS and out_kinds[antecedent] == "standalone":
            a.type, a.subtype = e.type, e.subtype  # "قُتل 5 أشخاص في بغداد. … وقع التفجير": how they died
            out_kinds[antecedent] = ""
        if not any(x["role"] == "actor" for x in a.actors):
            a.actors += [x for x in e.actors if x["role"] == "actor" and x["layer"] == "groups"]
        a.location = a.location or e.location
        _take_casualties(a, e)
    return out


def _take_casualties(a: Any, e: Any) -> None:
    """The event ``a`` that retells ``e`` takes the counts it lacks: ``e``'s dead and wounded, and its count of both
    together ("casualties", session 36) when ``a`` has no count at all."""
    if "casualties" in e.attrs and not (a.fatalities or a.injured or "casualties" in a.attrs):
        a.attrs["casualties"] = e.attrs["casualties"]
    a.fatalities = a.fatalities or e.fatalities
    a.injured = a.injured or e.injured


def _recalled_doers(events: list[Any], doers: list[int], head: int | None) -> set[int]:
    """The ids of the events at ``doers`` (nouns that only name whom a perpetrator's noun is) told in the headline
    ``head``: a headline that names an attack's doer ("علم داعش في غرفة منفذ هجوم ألمانيا", "جثة التونسي منفذ اعتداء
    نيس لم تُدفن بعد", "الكشف عن هوية منفذي هجوم لندن") tells of him, no event, and a retelling in the body merged
    into it goes with it. In the body such a noun stays the event its doer is taken or killed for ("اعتقلت الشرطة
    منفذ الهجوم على المسجد", "أنيس عامري منفذ اعتداء برلين"; sessions 15 and 19; session 33)."""
    return {id(events[i]) for i in doers if head is not None and events[i].sentence == head}


#: The kinds of events (see :meth:`EventExtractor._restated`) that may name an event told before.
_RESTATING = frozenset({"anaphor", "restated", "this", "pronoun", "among"})


def _sides(e: Any, role: str, layer: str | None = None) -> set[str]:
    """The folded texts of the event's actors of ``role`` (of ``layer`` only, when given)."""
    return {fold(a["text"]) for a in e.actors if a["role"] == role and layer in (None, a["layer"])}


def _overlap(a: set[str], b: set[str]) -> bool:
    """Does a text of ``a`` hold one of ``b`` or the reverse?"""
    return any(x in y or y in x for x in a for y in b)


def _sub_place(place: dict[str, Any] | None, text: str) -> bool:
    """Is ``place`` a part of a town rather than another town: the words after a neighbourhood, camp or street head
    (`layer: "text"` or a name: "حي الحمدانية", "مخيم أبو شوك"; `town_parts`), or a place named with its head
    ("مخيم أبو شوك" as one LOC), with no town of its own?"""
    if not place or place.get("within"):
        return False
    own = text[place["start"]:place["end"]].split()
    before = own[:1] if len(own) > 1 else text[max(0, place["start"] - 30):place["start"]].split()[-1:]
    return bool(before) and any(s.stem in TOWN_PARTS for s in clitic_splits(fold(before[-1])))


def _retells(e: Any, event: Any, kind: str, text: str) -> bool:
    """May ``e``, which retells an event (session 30; ``kind`` from :meth:`EventExtractor._restated`), name ``event``
    told in the three sentences before: of its kind, not negated, with no new side ("names no new sides": a doer or a
    victim of its own that ``event`` does not name is another event), in the same place (a neighbourhood or camp of
    its own is a part of the town told before) and on the same day when both say theirs. A demonstrative ("هذه
    المسيرة"), a pronoun ("مقتله": the place of its sentence is often the victim's home town) and a list of the dead
    ("بين القتلى") do not test place and day."""
    if not isinstance(event.sentence, int) or not isinstance(e.sentence, int) or event.negated:
        return False
    if not 0 < e.sentence - event.sentence <= 3:
        return False
    if kind in ("among", "pronoun") and e.subtype != "arrests":
        return event.type in VIOLENT_TYPES and bool(event.fatalities or (kind == "among" and event.injured) or (
            kind == "pronoun" and (
                event.type == "violence against civilians" or any(a["role"] == "target" for a in event.actors))))
    if e.subtype == "arrests" or event.subtype == "arrests":
        if e.subtype != event.subtype:
            return False
    elif e.type != event.type:
        return False
    # (what it hits may be told more precisely: "غارة على مواقع" ¶ "إن الغارة استهدفت مخزنا للذخيرة"; not another
    # named group)
    for role, layers in (("actor", None), ("target", "groups")):
        mine, theirs = _sides(e, role, layers), _sides(event, role, layers)
        if mine and theirs and not _overlap(mine, theirs) and (kind != "pronoun" or (
                role == "actor" and e.subtype != "arrests")):
            return False  # (the one taken again: "تمكنت الشرطة السعودية من القبض على مواطن" ¶ "إن رجال الأمن
            # تمكنوا على الفور من القبض عليه")
    if kind in ("this", "pronoun"):
        return True
    here, there = e.location, event.location
    if here and (here["start"] < e.start or (_after_result_verb(text, e.start) and any(
            c in "،,؛;" for c in text[e.end:here["start"]]))):
        here = None  # (session 31: "وأسفر القصف عن مقتل …، حسب بيان … من قواعد داخل إيران": the toll of the event
        # told before; a place in its own clause still counts, "أسفرت المواجهات التي جدّت … في حدائق المعادي")
    if here and there and here.get("text") != there.get("text") and not _sub_place(here, text) and \
            (there.get("within") or {}).get("text") != here.get("text") and not _spread(there, text):
        return False
    day, other = e.date or {}, event.date or {}
    return bool(day.get("inherited") or other.get("inherited") or day.get("recalled") or other.get("recalled")
                or day.get("value") == other.get("value") or _no_day_named(day))


#: Result verbs before a retelling noun (``result_verbs_before``: "وأسفر القصف عن").
_RESULT_VERBS_BEFORE = word_set("result_verbs_before")


def _after_result_verb(text: str, start: int) -> bool:
    """Is the word before original offset ``start`` a result verb ("وأسفر القصف عن مقتل …")?"""
    before = fold(text[max(0, start - 20):start]).split()
    return bool(before) and before[-1] in _RESULT_VERBS_BEFORE


#: Plural place heads (``spread_place_heads``: "من محافظات الضفة الغربية", "في عدة مدن").
_SPREAD_PLACE_HEADS = word_set("spread_place_heads")


def _spread(place: dict[str, Any], text: str) -> bool:
    """Is ``place`` written after a plural place head ("23 مواطنا من محافظات الضفة الغربية"): the event told there is
    spread over several places of it, and a retelling may name one (session 31)?"""
    before = fold(text[max(0, place["start"] - 30):place["start"]]).split()
    return bool(before) and any(f in _SPREAD_PLACE_HEADS for f in (before[-1], before[-1][1:]))


#: Words of a time of day that names no day (``unnamed_day_words``: "منذ الصباح الباكر", "ساعات المساء").
_UNNAMED_DAY_WORDS = word_set("unnamed_day_words")


def _no_day_named(date: dict[str, Any]) -> bool:
    """Is ``date`` a time of day alone, naming no day ("منذ الصباح الباكر": the day of the event it retells)?"""
    words = fold(date.get("text") or "").split()
    return bool(words) and all(w in _UNNAMED_DAY_WORDS for w in words)


def _case_told(events: list[Any], text: str) -> list[Any]:
    """Fold a killing named as a case, with no day of its own ("في قضية اغتيال الشهيد محمد البراهمي"), into the same
    act told in the three sentences after it of its victim ("وكان البراهمي … قد اغتيل يوم 25 جويلية 2013 أمام منزله
    بحي الغزالة"): one event, with the telling's day and place and the case's victim (session 31).  The victim is
    a person the case names, written again (the last word of the name) in the telling's sentence before its verb."""
    drop: set[int] = set()
    for i, case in enumerate(events):
        day = case.date or {}
        if not day.get("recalled") or day.get("value") or case.negated or not isinstance(case.sentence, int):
            continue
        names = [fold(a["text"]).split()[-1] for a in case.actors
                 if a["role"] == "target" and a.get("layer") == "entities" and a["text"].strip()]
        names = [n for n in names if len(n) > 2]
        if not names:
            continue
        for e in events[i + 1:]:
            if not isinstance(e.sentence, int) or not 0 < e.sentence - case.sentence <= 3:
                continue
            if (e.type, e.subtype) != (case.type, case.subtype) or e.negated or any(
                    a["role"] == "target" for a in e.actors):
                continue
            lo = max(text.rfind(".", 0, e.start), text.rfind("\n", 0, e.start), e.start - 200)
            if not set(names) & set(re.findall(r"\w+", fold(text[lo:e.start]))):
                continue
            e.actors = [*e.actors, *(a for a in case.actors if a["role"] == "target")]
            e.fatalities = e.fatalities or case.fatalities
            drop.add(i)
            break
    return [e for i, e in enumerate(events) if i not in drop]


def _take_retold(a: Any, e: Any, kind: str, text: str) -> None:
    """What the event ``a`` takes from ``e`` that retells it: a neighbourhood or camp as its place within its town
    ("القذائف سقطت على حي الحمدانية" after "قذائف … في مدينة حلب"), a place, a victim and counts it lacks; a list
    of the dead ("بين القتلى ثلاثة أطفال") gives nothing (a part of the dead), a killing noun with a pronoun only its
    dead ("مقتله": the place of its sentence is often the victim's home town)."""
    if kind == "pronoun" and a.type in VIOLENT_TYPES:
        a.fatalities = a.fatalities or e.fatalities  # "اغتال قائد وحدة … ظروف مقتله": he was killed
    if kind == "pronoun" and a.subtype == "arrests":
        # "تم ايقاف أجنبي" ¶ "وتم ايقافه من طرف فرقة الحدود البرّية للحرس الوطني ببوش": who arrested him and where
        if not any(x["role"] == "actor" for x in a.actors):
            a.actors += [x for x in e.actors if x["role"] == "actor"]
        if e.location and e.location.get("layer") == "entities":
            a.location = a.location or e.location
    if kind in ("among", "pronoun"):
        return
    here = e.location
    if here and here["start"] >= e.start and _sub_place(here, text) and a.location and \
            a.location.get("text") != here["text"] and not _sub_place(a.location, text):
        place = {k: v for k, v in a.location.items() if k != "within"}
        a.location = {**here, "within": place}
    a.location = a.location or e.location
    if (a.date or {}).get("inherited") and e.date and "start" in e.date and kind == "restated":
        a.date = e.date  # "تحول من إضراب عام … بإعلان الاتحاد الإضراب العام يوم 26 جانفي 1978"
    if a.type in VIOLENT_TYPES and not any(x["role"] == "target" for x in a.actors):
        a.actors += [x for x in e.actors if x["role"] == "target"]  # "القذائف سقطت على سوق المدينة"
    if not any(x["role"] == "actor" for x in a.actors):  # a named group only (a speaker or a reader is often
        a.actors += [x for x in e.actors if x["role"] == "actor" and x["layer"] == "groups"]  # taken there)
    _take_casualties(a, e)


def _patron_named(text: str, a: dict[str, Any]) -> bool:
    """Is the actor ``a`` written right after a link to a patron ("الحركة المرتبطة بتنظيم القاعدة", "المدعومة من
    إيران"): the patron, not the doer (session 31)?"""
    words = fold(text[max(0, a["start"] - 40):a["start"]]).split()
    if words and words[-1] in ("من", "ل", "الي", "ب"):
        words.pop()
    return bool(words) and words[-1] in ATTRIBUTIVE_LINKS


def _refers_to(anaphor: Any, event: Any, text: str = "") -> bool:
    """May the anaphoric attack noun ``anaphor`` name ``event``: a violent event, not negated, at most three
    sentences before, in the same place and on the same day when both say theirs?"""
    if not isinstance(event.sentence, int) or not isinstance(anaphor.sentence, int):
        return False
    if not 0 < anaphor.sentence - event.sentence <= 3 or event.type not in VIOLENT_TYPES or event.negated:
        return False
    # a named group as the doer of each, not the same: another attack ("وشنت حركة الشباب هجوما على قاعدة …
    # وتبنت جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة الهجوم الذي استهدف ثكنة"; session 29)
    # (not a patron: "وتبنت الحركة المرتبطة بتنظيم القاعدة الهجوم"; session 31)
    doers = [{a.get("group_id") for a in x.actors if a["role"] == "actor" and a.get("layer") == "groups"
              and not (text and _patron_named(text, a))} for x in (anaphor, event)]
    if doers[0] and doers[1] and not doers[0] & doers[1]:
        return False
    # nor when a group claims it, and each names what it hit and they differ ("تبنت جماعة نصرة الإسلام والمسلمين
    # الهجوم الذي استهدف ثكنة للجيش المالي" after clashes with the Libyan army): a new attack
    # (only with a named group that claims it: a re-told attack names its victims in other words, "تعرض إلى
    # الاعتداء", "أحد المشتبه بهما في هذا الهجوم اتصل بالشرطة")
    hit = [{fold(a["text"]) for a in x.actors if a["role"] == "target"} for x in (anaphor, event)]
    if doers[0] and hit[0] and hit[1] and not any(a in b or b in a for a in hit[0] for b in hit[1]):
        return False
    here, there = anaphor.location, event.location
    if here and here["start"] < anaphor.start:
        here = None  # "ودانت تونس الاعتداء": who condemns it, not where it was
    if here and there and here.get("text") != there.get("text") and \
            (there.get("within") or {}).get("text") != here.get("text"):
        return False
    day, other = anaphor.date or {}, event.date or {}
    # (an old act named by its trial or anniversary has no day of its sentence: "قضية الهجوم الارهابي بسوسة")
    return day.get("inherited") or other.get("inherited") or day.get("recalled") or other.get("recalled") or \
        day.get("value") == other.get("value")


def make_stage(*, min_confidence: float = 0.0, standalone_killings: bool = True) -> Callable[[Document], Document]:
    """The events stage.  ``min_confidence`` drops events below it; ``standalone_killings=False`` keeps
    only events with a trigger of their own (no event from a bare "قُتل 5 أشخاص")."""
    extractor = EventExtractor(lexicon(), min_confidence=min_confidence, standalone_killings=standalone_killings)

    def events_stage(doc: Document) -> Document:
        spans: list[Span] = list(extractor(doc))
        doc.layers["events"] = spans
        return doc

    return events_stage


def _after_lam(text: str, start: int) -> bool:
    """Does the preposition ل stand right before ``text[start:]`` (written apart, with tatweel or a quotation mark
    between: 'لـ"الجوهرة أف أم"', "ل «رويترز»"; or glued, the span starting on the article's lam of "للجوهرة")?"""
    k = start
    while k > 0 and text[k - 1] in ' \t\u00a0"\'«»“”ـ':
        k -= 1
    glued = k == start and k > 0 and text[k - 1] == "ل" and text.startswith("ل", start)
    if k == 0 or text[k - 1] != "ل":
        return False
    before = text[k - 2] if k >= 2 else " "
    return glued or not before.isalpha() or (before in "وف" and (k < 3 or not text[k - 3].isalpha()))


def _object_after_on(view: SentenceView, on: int) -> int | None:
    """The token of what is taken after the "على" at token ``on``, past numbers and quantifiers ("على 2500 موقع",
    "على كامل المحافظة", "على 15 عربة قتالية"); None at the sentence's end (shared by the territory and the spoils
    readings of a taking)."""
    words, n = view.words, len(view.words)
    j = on + 1
    while j < n and (view.tokens[j].kind == "number" or words[j] in TERRITORY_QUANTIFIERS):
        j += 1
    return j if j < n else None
