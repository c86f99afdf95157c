"""The ``relations`` stage: how the named groups of a text stand to each other.

It reads the ``groups`` layer and writes ``relations``: one :class:`RelationSpan` per relation the text
states, whose span is the evidence (from the first group to the second, the cue between them) and
whose ``head`` and ``tail`` are group ids (registry ids, or the ``disc-`` ids of discovered groups):

* ``member_of`` — "لواء الفجر التابع لفصائل المعارضة", "أحد فصائل", "المنضوي تحت";
* ``part_of`` — "كتائب القسام، الجناح العسكري لحركة حماس";
* ``split_from`` — "المنشقة عن";
* ``ally`` — "إلى جانب", "بالتعاون مع", "حليف", "المتحالف مع", "تحالفت … مع";
* ``backed_by`` — "المدعومة من إيران", "الموالي لـ", "بدعم من", "على دعم إيراني";
* ``fights`` — "اشتباكات بين … و…", "هجوم لـ … على …", "ضد", "اشتبكت … مع", "اعتقلت قوات X 87 عنصرا من Y".

A state named as backer ("إيران", "طهران", "دعم إيراني") is given by the registry id that stands for
it (``iranian-government``); another country is an entity reference (``tail_layer="entities"``,
``tail=None``, ``tail_text`` its name).  A noun that refers back to a group ("الميليشيا", "الحركة")
stands for the first group the article called by that noun (``attrs["head_via"] = "anaphor"``).
The cue words are data: ``resources/relation_cues.yaml``.

>>> from arabnews import Pipeline
>>> doc = Pipeline(["groups", "relations"])("قاتل حزب الله إلى جانب قوات النظام")
>>> [(r.type, r.head, r.tail) for r in doc.layers["relations"]]
[('ally', 'hezbollah', 'syrian-government-forces')]
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from itertools import pairwise
from typing import Any

from ...document import Document, Span, register_layer
from ...lang.ar import lookup_key, trie_regex
from .lexicon import SYMMETRIC, TYPES, Lexicon, folded_words, lexicon, number, section_words, table

__all__ = ["SYMMETRIC", "TYPES", "RelationSpan", "find_relations", "make_stage"]


@dataclass(slots=True)
class RelationSpan(Span):
    """A relation between two groups; the span is the evidence.  ``head``/``tail`` are group ids;
    a backer that is not a group has ``tail=None``, ``tail_layer="entities"`` and its ``tail_text``."""

    type: str = ""
    head: str | None = None
    tail: str | None = None
    head_text: str = ""
    tail_text: str = ""
    cue: str = ""
    tail_layer: str = field(default="groups", kw_only=True)


register_layer("relations", RelationSpan)

#: "… على [مواقع] Y": the target of an attack noun (the nouns before it are `on_targets` of the resource).
_ON = re.compile(r"[^.!?؟\n؛]{0,40}?(?<!\w)علي[ \t]+(?:(?:" + "|".join(folded_words("on_targets"))
                 + r")[ \t]+)?")
#: A relative pronoun right before a verb: its subject is the group before the comma ("X، التي بايعت").
_RELATIVE = re.compile(r"(?<!\w)(?:التي|الذي|الذين)[ \t]*\Z")


def _clause_break(folded: str, start: int, end: int) -> bool:
    """Does a comma or colon part a subject from its verb in ``folded[start:end]`` ("X، قصفت"), not before a
    relative pronoun ("جماعة بوكو حرام، التي بايعت داعش")?"""
    return re.search(r"[،,:;]", folded[start:end]) is not None and _RELATIVE.search(folded, start, end) is None


_GROUP_HEADED = frozenset({"member_of", "part_of", "split_from", "backed_by"})
_SENTENCE_END = re.compile(r"[.!?؟\n؛]")
_MAX_BEFORE = 60  # characters between the head group and the cue
#: Words between a group and a cue that start another clause or name another actor: the group
#: before them is not the head ("داعش فيما تتهم السعودية … الجماعات المدعومة من إيران").
_BLOCKERS = frozenset(folded_words("blockers"))
#: Negations right before a cue: "غير متحالف مع" states no relation.
_NEGATED = re.compile(r"(?<!\w)[وف]?(?:" + "|".join(folded_words("negations")) + r")[ \t]+\Z")
#: A noun of a force right before an indefinite participle, no pronoun before it: "وحدات تابعة لحكومة الوفاق".
_OWN_SUBJECT = re.compile(r"(?<!\w)(?P<pron>(?:" + "|".join(folded_words("subject_pronouns")) + r")[ \t]+)?(?:"
                          + "|".join(folded_words("participle_subjects")) + r")[ \t]+\Z")
_THINGS = trie_regex(sorted({w[2:] if w.startswith("ال") else w for w in folded_words("participle_things")}))
#: A noun of a thing or a place right before an indefinite participle ("مواقع تابعة لهيئة تحرير الشام") ...
_OWN_THING = re.compile(r"(?<![\w])[وفبلك]?(?:" + _THINGS + r")[ \t]+\Z")
#: ... a verb of being between ("مواقع كانت تابعة لحركة أحرار الشام", "المواقع التي كانت تابعة ل"; session 27) ...
_OWN_THING_WAS = re.compile(r"(?<![\w])[وفبلك]?(?:ال|لل)?(?:" + _THINGS + r")[ \t]+(?:(?:التي|الذي)[ \t]+)?(?:"
                            + trie_regex(sorted(set(folded_words("participle_copulas")))) + r")[ \t]+\Z")
#: ... or with the article before a definite one ("المقرات التابعة لحزب الله").
_OWN_THING_DEF = re.compile(r"(?<![\w])(?:[وف]?[بلك]?ال|[وف]?لل)(?:" + _THINGS + r")[ \t]+\Z")
#: Prepositions and generic heads that may stand between a cue and its group.
_GAP_WORDS = frozenset(folded_words("gap_words"))
_CLITICS = frozenset("وفبلك")
_STRIP = " \t\u00a0\"'“”«»()[]،,:-ـ"
#: Words between a possessive cue and its group ("شريكها في الحكم حركة النهضة", "حليفه حزب التجمع").
_POSSESSIVE_GAP = frozenset(folded_words("possessive_gap"))
#: A preposition (other than في) or a joined ل/ب between a possessive and its group: not an apposition.
_NOT_APPOSITION = re.compile(r"(?<!\w)(?:ضد|مع|من|عن|الي|علي|تحت|ضمن|قبل|ل|لـ|ب|[لب](?=\w))")
_POSSESSIVE_REACH = 200  # characters between the group a possessive's pronoun stands for and the cue
#: Words that undo, deny or refuse an alliance or a fight before its cue in the sentence ("فك تحالفه مع", "نفى …
#: تحالف حزبه مع").
_UNDOING = re.compile(r"(?<!\w)[وف]?(?:" + "|".join(folded_words("undoing")) + r")(?!\w)")
_UNDONE_REACH = 200  # a denial governs its whole sentence ("نفى … صحة ما يروج من أخبار حول تحالف حزبه مع")
#: A group held something ("تحت سيطرة تنظيم داعش"): not the subject of a clash after it.
_CONTROLLED = re.compile(r"(?<!\w)(?:سيطره|قبضه)[ \t]+(?:\w+[ \t]+)?\Z")  # a head noun may stand between
#: Prepositions before a group that make it an object, not the owner of a possessive ("انضمت X إلى Y، فيما بقي
#: حليفها …": X, not Y).
_OBJECT_PREP = re.compile(r"(?<!\w)(?:الي|علي|عن|مع|ضد|من)[ \t]+\Z")
#: An organ of a force or government between a participle and its group ("التابعة للقيادة العامة للجيش الوطني
#: الليبي"), with its clitics or article ("لل", "ل" when the cue took one of "لل", "بال").
_ORGAN = re.compile(r"(?:وال|بال|لل|ال|ل|ب)?(?:" + trie_regex(sorted(
    {w[2:] if w.startswith("ال") else w for w in folded_words("organs")})) + r")(?!\w)[ \t]+")
#: A state's military organ and its nisba ("لوزارة الدفاع الروسية"; session 25, second wave).
_MILITARY_ORGAN = re.compile(r"(?:وال|بال|لل|ل|ب)?(?P<organ>(?:ال)?(?:" + trie_regex(sorted(
    {w[2:] if w.startswith("ال") else w for w in folded_words("military_organs")})) + r"))[ \t]+(?P<n>ال\w+)(?!\w)")
#: Spelling variants of a group noun → the noun (written folded in the resource).
_VARIANTS = table("noun_variants")
#: Nouns of a group's members (and "من") between an attack verb and its group: "هاجم مسلحون من حركة الشباب …".
_ATTACKER_MEMBERS = frozenset(folded_words("attacker_members"))
#: Some of a group's men who join another: "انشقت مجموعة من قادة الدعم السريع وانضمت إلى الجيش" (session 26b).
_DEFECTORS = re.compile(r"(?<!\w)(?:[وف]?(?:" + "|".join(folded_words("defector_nouns"))
                        + r")[ \t]+(?:(?:من|في)[ \t]+)?"
                        r"|من[ \t]+)[وفبل]?\Z")
_JOIN_CUES = re.compile(r"(?:ي|ت)?(?:انضم|نضم|نضو|انضو|اندمج)")
#: The group left by a splinter or by defectors ("انشقت مجموعة من القيادات الميدانية عن حركة X وأعلنت انضمامها إلى Y"):
#: it is not the one that joins (session 30).
_LEFT = re.compile(r"(?<!\w)[وف]?(?:" + trie_regex(sorted(set(folded_words("leaving_stems")))) + r")\w*[ \t]+"
                   r"(?:[^\s.،,؛:!?؟]+[ \t]+){0," + str(number("leaving_gap")) + r"}?(?:عن|من)[ \t]+\Z")
#: Members in construct with the attacking group: "كمين نصبه مسلحو تنظيم داعش".
_ATTACKER_CONSTRUCT = frozenset(folded_words("attacker_construct"))
#: "X إن مقاتليه صدوا هجوما ل": what was said of the group's own members, their group the head.
#: One verb of theirs may follow ("إن مقاتليه يقاتلون إلى جانب"; session 25, second wave).
_OWN_MEMBERS_GAP = re.compile(r"[ \t]*(?:ان|انه|انها|ان[ \t]+)?[ \t]*(?:" + "|".join(folded_words("own_members"))
                              + r")(?:[ \t]+(?:" + "|".join(folded_words("own_members_verbs")) + r"))?[ \t]*")
#: A state's arms named by its nisba after an attack verb: "قصفت المقاتلات الإسرائيلية مواقع لحزب الله".
_STATE_ARM = re.compile(r"(?:" + trie_regex(sorted(set(folded_words("state_arms")))) + r")[ \t]+")
#: "… في هجوم ل", "… إثر هجوم ل": the victims are named before the attack (nouns joined to ب need no word).
_ATTACK_IN = re.compile(r"(?<!\w)(?:" + "|".join(folded_words("attack_in")) + r")[ \t]+\Z")
_WITH_B = frozenset(folded_words("attacks_with_b"))
#: The phrases before the killer of a passive killing ("برصاص", "بنيران", "على يد"; session 38).
_KILLERS = frozenset(" ".join(w.split()) for w in folded_words("killer_phrases"))
#: A casualty word before the victims' group: "قتل خمسة من عناصر الحشد الشعبي في هجوم لتنظيم داعش".
_CASUALTY = re.compile(r"(?<!\w)[وف]?(?:" + "|".join(folded_words("casualty_words")) + r")(?!\w)")
#: A comma that goes on the victims' clause: a casualty word, a word of `attack_in`, an attack noun joined to ب or one
#: of `victim_clause_words` after it ("، وأصيب عشرة آخرون", "، بينهم قائد", "، في هجوم"; session 27).
_VICTIM_GOES_ON = re.compile(r"[ \t]*[وف]?(?:" + trie_regex(sorted(
    set(folded_words("casualty_words")) | set(folded_words("attack_in")) | set(folded_words("attacks_with_b"))
    | set(folded_words("victim_clause_words")))) + r")(?!\w)")
#: A time between a verb (or its subject) and its object or link: "قصفت مساء أمس الثلاثاء مواقع ل", "اشتبكت قوات X اليوم
#: الأحد مع" (session 27).
#: A short aside in brackets after a group: its short form, acronym or English name ("(قسد)", "(YPG)").
_ASIDE = re.compile(r"[ \t]*\([^()\n.!?؟،,]{1,30}\)")
_TIME = re.compile(r"(?:[ \t،,]+(?:" + trie_regex(sorted(set(folded_words("time_words")))) + r")(?!\w))+[ \t،,]*")
#: Verbs of killing, read only with the killer right after them and the killed counted as the other group's members
#: ("قتلت قوات الحشد الشعبي 20 عنصرا من تنظيم داعش"; session 37): "قتل" is as often passive.
_KILL_VERBS = frozenset(folded_words("kill_verbs"))
_KILL_VICTIMS = frozenset(folded_words("kill_victims"))
#: A count written in digits, when the numbers layer did not run: "واعتقلت قوات الحشد الشعبي87 عنصرا من تنظيم داعش".
_DIGITS = re.compile(r"[ \t]*[0-9٠-٩]+(?![0-9٠-٩])")
#: Before a place named after a group: "هاجمت قوات المجلس العسكري بصبراتة مقرات لتنظيم داعش" (session 37).
_AT_PLACE = re.compile(r"[ \t]+(?:ب|في[ \t]+)")
#: "من" before a group of whose members a clash or an attack speaks, a generic head between ("اشتبكت قوات X مع عناصر من
#: تنظيم داعش": its span is "داعش"; session 27); the gap's words are those `after` allows.
_FROM_GROUP = re.compile(r"(?<!\w)من[ \t]+(?:\w+[ \t]+)?\Z")
#: The truce nouns of "X … الهدنة مع Y" (and "اتفاق" before them): its undoing ("ينهي الهدنة مع") still names two
#: belligerents, and two parties' truce is politics (session 27).
_TRUCE_NOUNS = frozenset(folded_words("truce_nouns"))
#: Adjectives of a force after its name, before the "و" of a second side ("القوات السورية النظامية ومقاتلي";
#: session 27).
_FORCE_ADJECTIVES = frozenset(folded_words("force_adjectives"))
#: "ضد" or "الحرب على" right before a group (one generic head between): it is an enemy named, not the subject of a
#: second "ضد" after it (session 27).
_AGAINST_BEFORE = re.compile(r"(?<!\w)(?:[وف]?ضد|الحرب[ \t]+علي)[ \t]+(?:\w+[ \t]+)?[\"'«“]?\Z")
#: "بين" right before a group (one generic head between): the first of two sides.
_BETWEEN_BEFORE = re.compile(r"(?<!\w)بين[ \t]+(?:\w+[ \t]+)?[\"'«“]?\Z")
#: An attack noun between a group and an attack verb after it: the verb's subject ("في قصف أمريكي استهدف").
#: Only in a phrase of `attack_in` or joined to ب: "شنت حركة الشباب هجوما استهدف" keeps its subject.
_ATTACK_SUBJECT = re.compile(r"(?<!\w)(?:(?:" + "|".join(folded_words("attack_in")) + r")[ \t]+(?:" + trie_regex(sorted(
    set(folded_words("attacks")) | set(folded_words("claimed_attacks")))) + r")|[وف]?(?:"
    + trie_regex(sorted(set(folded_words("attacks_with_b")))) + r"))(?!\w)")
#: The attack nouns that begin a `verb_obj` phrase with a relative verb ("هجوم شنته", "كمين نصبه"; session 27).
_ATTACK_NOUNS = frozenset(folded_words("attacks")) | {w[1:] for w in folded_words("attacks_with_b")} | {"كمينا"}
#: A verb of exposure and the attack noun joined to ل after it (session 27): "تعرضت مواقع لقوات درع الوطن لقصف من".
_EXPOSED = re.compile(r"(?<!\w)[وف]?(?:" + trie_regex(sorted(set(folded_words("exposure_verbs")))) + r")(?!\w)")
_EXPOSED_TO = re.compile(r"(?<!\w)ل(?:ل)?(?P<n>" + trie_regex(sorted(
    {w[2:] if w.startswith("ال") else w for w in folded_words("attacks")})) + r")(?!\w)")
_BY = re.compile(r"[ \t]+من(?:[ \t]+قبل)?[ \t]+")
_EXPOSED_REACH = 90
_VICTIM_REACH = 160  # characters from the attack noun back to the start of its clause
#: "وقف القتال بينهما": a pronoun of the two sides named before the noun.
_BETWEEN_PRONOUN = re.compile(r"(?<!\w)(?:" + "|".join(folded_words("between_pronouns")) + r")(?!\w)")
#: "اتفقت X و Y على وقف القتال": the two agreed on a truce, so they are belligerents, not allies.
_ON_TRUCE = re.compile(r"[ \t]*علي[ \t]+(?:" + trie_regex(sorted(set(folded_words("truce_nouns")))) + r")(?!\w)")
#: Verbs of merging: "في"/"ضمن" a third group after their subjects makes each a member of it (session 29).
_MERGE_VERBS = frozenset(folded_words("merge_verbs"))
_MERGE_INTO = frozenset(folded_words("merge_into"))
_INTO = re.compile(r"[ \t]*(?:" + "|".join(sorted(_MERGE_INTO)) + r")[ \t]")
#: Verbs of reaching or signing an agreement, read only with one after the two sides; a truce or a reconciliation
#: named in it makes them belligerents (session 29).
_AGREEMENT_VERBS = frozenset(folded_words("agreement_verbs"))
_AGREEMENT = re.compile(r"[ \t]*(?:(?:علي|الي)[ \t]+)?[وف]?(?:ب|ل)?(?:"
                        + trie_regex(sorted(set(folded_words("agreement_nouns")))) + r")(?!\w)")
_AGREEMENT_REACH = number("agreement_reach")
#: An agreement noun at the start of a "between" phrase ("الاتفاق بين", "اتفاق إطاري بين"; session 30)
_AGREEMENT_NOUN = re.compile(r"[وف]?(?:ب|ل)?(?:" + trie_regex(sorted(set(folded_words("agreement_nouns"))))
                             + r")(?!\w)")
#: The kinds of the two sides of an armed conflict: a government's or a state's agreement with an armed group is
#: made by belligerents (session 30)
_STATE_SIDES = frozenset(folded_words("state_sides"))
_ARMED_SIDES = frozenset(folded_words("armed_sides"))
#: ... its few words ("اتفاقا للمصالحة", "اتفاق الرياض") before "مع" and the second side
_AGREED_WITH = re.compile(rf"(?:[ \t]+[^\s.!?؟؛،,]+){{0,{_AGREEMENT_REACH}}}?[ \t]+مع[ \t]")


def _bare_nouns(key: str) -> str:
    return trie_regex(sorted({w[2:] if w.startswith("ال") else w for w in folded_words(key)}))


#: A reconciliation ("اتفاق المصالحة", "للمصالحة") or a truce ("لوقف إطلاق النار", "هدنة") in an agreement's words.
_RECONCILE = re.compile(r"(?<!\w)[وف]?(?:بال|لل|ال|ل|ب)?(?:" + _bare_nouns("reconciliation_nouns") + r")(?!\w)")
_PRISONERS = re.compile(r"(?<!\w)[وف]?(?:بال|لل|ال|ل|ب)?(?:" + _bare_nouns("prisoner_nouns") + r")(?!\w)")
_TRUCE_WORD = re.compile(r"(?<!\w)[وف]?(?:بال|لل|ال|ل|ب)?(?:" + _bare_nouns("truce_nouns") + r")(?!\w)")
#: A coalition's relative clause of what it is made of: "جيش الفتح الذي يضم …" (session 29).
_COMPOSED = re.compile(r"[ \t،,]*(?P<cue>(?:" + "|".join(folded_words("compose_relatives")) + r")[ \t]+(?:"
                       + trie_regex(sorted(set(folded_words("compose_verbs")))) + r"))(?!\w)")
_COMPOSE_GAP = frozenset(w for phrase in folded_words("compose_gap") for w in phrase.split())
_FORMED = trie_regex(sorted(set(folded_words("compose_formed"))))
#: "جيش الفتح تشكل من …", "الجبهة المكونة من …": the formed verb right after the coalition (session 29, second wave)
_FORMED_AFTER = re.compile(r"[ \t،,]*(?P<cue>(?:" + _FORMED + r")[ \t]+من)(?!\w)")
#: "وتشكلت الجبهة الوطنية للتحرير من …": the formed verb right before it, "من" after it
_FORMED_BEFORE = re.compile(r"(?<!\w)[وف]?(?:" + _FORMED + r")[ \t]+\Z")
_FROM_AFTER = re.compile(r"[ \t]+من(?!\w)")
#: "اندماجها في هيئة تحرير الشام" … "بينها X و Y"
_MERGE_NOUN = re.compile(r"(?<!\w)[وف]?(?:" + trie_regex(sorted(set(folded_words("merge_nouns"))))
                         + r")[ \t]+(?:في|الي|ضمن)[ \t]+\Z")
_MERGE_LIST = re.compile(r"[ \t،,:]*(?P<cue>" + trie_regex(sorted(set(folded_words("merge_list_cues"))))
                         + r")(?!\w)")

#: Backing nouns joined to ب whose group follows in construct: "بدعم إيران" (with Iran's support), but after an
#: accusation "بدعم قوات الدعم السريع" is the accused's support of it (session 29).
_BACKING_OF = frozenset({"بدعم", "بتمويل"})
#: Adverbial cues of backing or joint action ("بدعم من", "بمساندة", "بالتنسيق مع"): after a verb's object they
#: describe the verb's subject ("تقاتل قوات سوريا الديمقراطية تنظيم داعش بدعم من التحالف الدولي"; session 29).
_ADVERBIAL_CUES = frozenset(k for k in (*folded_words("backing_before"), "بالتعاون مع", "بالتنسيق مع", "بالاشتراك مع")
                            if k.startswith("ب"))

#: A backing word right before a group (up to three words between): "مدعومة بمقاتلي حزب الله" (session 26).
_BACKING_BEFORE = re.compile(r"(?<!\w)[وف]?(?:" + trie_regex(sorted(set(folded_words("backing_before"))))
                             + r")(?:[ \t]+\S+){0,3}?[ \t]+\Z")
#: What a claimant claimed, between it and the attack verb of a relative clause: "أعلن تنظيم داعش مسؤوليته عن
#: الهجوم الذي استهدف", "تبنت الحركة تفجيرا استهدف" (session 26).
_CLAIMED = re.compile(r"[ \t]+(?:(?:" + trie_regex(sorted(set(folded_words("claim_words")))) + r")[ \t]+)?(?:"
                      + trie_regex(sorted(set(folded_words("claimed_attacks"))))
                      + r")(?:[ \t]+(?:الذي|التي|الذين))?[ \t]+")
#: A verb of retaking or freeing a place (session 26) and "من" (or "من قبضة") before the group it was taken from.
_RETAKE = re.compile(r"(?<!\w)[وف]?(?:ب|ل)?(?P<v>" + trie_regex(sorted(set(folded_words("retake_verbs"))))
                     + r")(?!\w)")
_RETAKE_FROM = re.compile(r"(?<!\w)من[ \t]+(?:(?:" + trie_regex(sorted(set(folded_words("retake_from"))))
                          + r")[ \t]+)?")
_RETAKE_REACH = 90  # characters from the verb to the group it took the place from
#: The word right after a position: "بغارة" + " إسرائيلية".
_NEXT_WORD = re.compile(r"[ \t]+(?P<w>\w+)")
#: A class of groups after "من/إحدى" ("من أبرز الفصائل العراقية"), its adjectives up to the cue (session 26).
_ONE_OF = re.compile(r"(?<!\w)[وف]?(?:" + trie_regex(sorted(set(folded_words("one_of_words")))) + r")[ \t]+(?:(?:"
                     + trie_regex(sorted(set(folded_words("one_of_qualifiers")))) + r")[ \t]+)?(?:"
                     + trie_regex(sorted(set(folded_words("one_of_nouns")))) + r")(?:[ \t]+ال\w+){0,3}[ \t]*\Z")
_ONE_OF_GAP = frozenset(folded_words("one_of_gap"))
#: Cues read only after a word of advance in their sentence ("تقدمت قوات X على حساب Y"; session 25).
_ADVANCE_CUES = frozenset(folded_words("advance_cues"))
_ADVANCE = re.compile(r"(?<!\w)[وف]?(?:" + trie_regex(sorted(set(folded_words("advance_words")))) + r")(?!\w)")
#: The pronoun's group of a split ("انضمت X إلى Y ثم انشقت عنها"): named after a preposition.
_PRONOUN_TAIL_PREP = re.compile(r"(?<!\w)(?:[وف]?(?:الي|مع|في|ضمن|عن)[ \t]+|[وف]?[بل])\Z")
_SPLIT_BACK_REACH = 200
#: The weapon between an attack verb's subject and its target: "استهدف حزب الله بالصواريخ مواقع …" (session 25).
_INSTRUMENT = re.compile(r"[ \t]+[وف]?ب(?:" + trie_regex(sorted(set(folded_words("instruments")))) + r")(?:[ \t]+(?:"
                         + trie_regex(sorted(set(folded_words("instrument_qualifiers")))) + r"))?(?!\w)")
_POLITICAL = frozenset({"party", "coalition", "government"})
#: A group named as an attack's target ("تستهدف مواقع لتنظيم القاعدة في ليبيا بالاشتراك مع سلاح الجو الليبي"): the
#: enemy, not the ally, of the group after it.
_TARGET_BEFORE = re.compile(r"(?<!\w)(?:" + trie_regex(sorted(set(folded_words("targets"))))
                            + r")[ \t]+[وف]?(?:لل|ل)?\Z")
#: The states' names and capitals of `states` (not their nisbas): "السعودية", also a nisba's form, is the country.
_STATE_NAMES = frozenset(lookup_key(w) for words in section_words("states") for w in words if not w.endswith("ي"))
#: Men of a group after a verb of fighting or taking part are its fighters, not a target: "قاتل عناصر فاغنر إلى جانب
#: الجيش المالي", "وشارك عناصر الفيلق الأفريقي إلى جانب" (session 26, second wave).
_FIGHTING_MEN = re.compile(r"(?<!\w)[وف]?(?:" + "|".join(folded_words("own_members_verbs")) + r")[ \t]+(?:"
                           + "|".join(folded_words("attacker_construct")) + r")[ \t]+[وف]?(?:لل|ل)?\Z")
#: ... and men killed, wounded or deployed, a number or a quantity and "من" between: "قتل عناصر حزب الله إلى جانب جنود
#: الجيش السوري", "قتل ثلاثة من مقاتلي حزب الله إلى جانب قوات النظام" (session 27).
_BESIDE_MEN = re.compile(r"(?<!\w)[وف]?(?:" + trie_regex(sorted(set(folded_words("beside_men_verbs"))))
                         + r")[ \t]+(?:\S+[ \t]+من[ \t]+)?(?:" + "|".join(folded_words("attacker_construct"))
                         + r")[ \t]+[وف]?(?:لل|ل)?\Z")
#: A clash noun and "مع" (or "ضد") right before a group: it is the opponent, never the ally of a group named after
#: it ("خاضت اشتباكات مع الجيش الإسرائيلي في خان يونس إلى جانب كتائب القسام": the speaker's ally, not Israel's).
_OPPONENT = re.compile(r"(?<!\w)(?:[وف]?(?:ضد)|(?:اشتباكات|اشتباك|مواجهات|مواجهه|معارك|معركه|قتال|حرب|حربا)"
                       r"(?:[ \t]+\w+)?[ \t]+مع)[ \t]+\Z")


#: A verb of firing before a projectile noun ("أطلقت جماعة أنصار الله صواريخ على"; session 25, second wave), not the
#: "إطلاق" of a ceasefire ("وقف إطلاق النار على").
_FIRE_VERB = re.compile(r"(?<!\w)(?<!وقف )[وف]?(?:" + trie_regex(sorted(set(folded_words("fire_verbs")))) + r")(?!\w)")
_FIRE_REACH = 60
#: "على" or a word of direction after a projectile ("أطلق حزب الله صواريخ باتجاه مواقع للجيش الإسرائيلي", "نحو", "صوب").
_TOWARD = re.compile(r"[ \t]*(?:علي|باتجاه|تجاه|نحو|صوب)[ \t]+(?:(?:" + "|".join(folded_words("on_targets"))
                     + r")[ \t]+)?")
_FIRE_SUBJECT_GAP = frozenset(folded_words("fire_subject_gap"))
#: "بخرق الهدنة", "بانتهاك اتفاق وقف إطلاق النار": a truce the accused broke (session 30)
_BREACHED = re.compile(r"[ \t]*ب(?:" + trie_regex(sorted(set(folded_words("breach_words")))) + r")[ \t]*"
                       r"(?:(?:ال|ل|لل)?(?:اتفاق|اتفاقيه)[ \t]+)?(?:ال|ل|لل)?(?:" + _bare_nouns("truce_nouns")
                       + r")(?!\w)")
_ACCUSATIONS = frozenset(folded_words("accusations"))
_ACCUSATION = re.compile(r"(?<!\w)[وف]?(?:" + trie_regex(sorted(set(folded_words("accusations")))) + r")(?!\w)")
#: One adjective between an attack or projectile noun and "على" ("غارات جوية على", "قذائف هاون على").
_ATTACK_QUALIFIER = re.compile(r"[ \t]+(?:" + trie_regex(sorted(set(folded_words("attack_qualifiers"))
                                                                 | set(folded_words("instrument_qualifiers"))))
                               + r")(?!\w)")


#: What joins a second verb to the first verb's clause, sharing its subject ("، ثم اشتبكت مع"; session 25, second wave).
_THEN = re.compile(r"(?<!\w)(?:ثم|كما|قبل[ \t]+ان|بعد[ \t]+ان)[ \t]+\Z")
#: The verbs of the resource's verb sections: the first word of a cue that may share a subject.
_CLAUSE_VERBS = frozenset(lookup_key(w).split()[0] for section in ("verb_with", "verb_obj")
                          for words in section_words(section) for w in words)


@dataclass(slots=True)
class _Mention:
    start: int  # normalized offsets
    end: int
    id: str | None
    text: str
    nouns: frozenset[str]  # the folded nouns it was called by: head, trigger, first word


def _nisba_code(folded: str) -> str | None:
    """The country (ISO code) of a folded nisba adjective ("روسيه" → RU), as the groups stage reads it."""
    from ..groups.lexicon import state_nisba_code

    return state_nisba_code(folded)


@dataclass(slots=True)
class _End:
    """One end of a relation, in normalized offsets."""

    start: int
    end: int
    id: str | None
    text: str
    layer: str = "groups"
    via: str = "mention"


def _noun(word: str) -> str:
    word = lookup_key(word)
    return _VARIANTS.get(word, word)


def _mentions(doc: Document) -> list[_Mention]:
    out = []
    for g in doc.groups:
        if g.id is None or g.attrs.get("anaphor"):
            continue  # the groups stage's anaphors ("الميليشيا المتمردة"): this stage reads its own (`topic`)
        s, e = doc.to_normalized(g.start, g.end)
        folded = doc.folded[s:e].split()
        nouns = {_noun(folded[0])} if folded else set()
        for key in ("head", "trigger"):
            value = g.attrs.get(key)
            if isinstance(value, str) and value:
                nouns.add(_noun(value.split()[0]))
        out.append(_Mention(s, e, g.id, g.text, frozenset(nouns)))
    out.sort(key=lambda m: m.start)
    return out


def _gap_ok(gap: str, *, max_words: int = 2, extra: frozenset[str] = frozenset()) -> bool:
    """The text between a cue and a group holds only prepositions, clitics and generic heads (and the
    ``extra`` words: the targets of an attack verb)."""
    if _SENTENCE_END.search(gap):
        return False
    words = [w.strip(_STRIP) for w in gap.split()]
    words = [w for w in words if w]

    def ok(w: str) -> bool:
        return w in _GAP_WORDS or w in extra

    return len(words) <= max_words and all(ok(w) or (w[:1] in _CLITICS and ok(w[1:])) for w in words)


_CHUNK = re.compile(r"\S+")
_OPEN_QUOTES = "\"'“«("
_CLOSE_QUOTES = "\"'”»)"
_BETWEEN = re.compile(r"(?<!\w)بين(?!\w)")
_BETWEEN_GAP = 3  # words between a "between" noun and "بين"
#: The first side of "بين X من جهة و Y من جهة أخرى", up to the "و" of the second (folded: جهه).
_ONE_SIDE = re.compile(r"[^.!?؟\n؛]{0,100}?(?<!\w)من[ \t]+جهه(?!\w)[ \t،,]*(?=و)")


def _gap_end(text: str, pos: int, hi: int, max_words: int) -> int:
    """How far a gap ``text[pos:s]`` may reach and still hold at most ``max_words`` words as
    :func:`_gap_ok` counts them: any ``s`` past the returned index gives it one more (``hi`` if the
    text up to ``hi`` never does).  A cue in a long unpunctuated run then reads a few words instead of
    every entity up to the sentence's end (time quadratic in the sentence's length)."""
    n = 0
    for chunk in _CHUNK.finditer(text, pos, hi):
        word = chunk.group()
        rest = word.lstrip(_STRIP)
        if rest:
            n += 1
            if n > max_words:
                return chunk.start() + len(word) - len(rest)  # its first letter
    return hi


class _Finder:
    def __init__(self, doc: Document, lex: Lexicon, mentions: list[_Mention] | None = None) -> None:
        self.doc = doc
        self.lex = lex
        self.folded = doc.folded
        self.mentions = _mentions(doc) if mentions is None else mentions
        self.starts = [m.start for m in self.mentions]
        labelled = ((e, getattr(e, "label", None)) for e in doc.layers.get("entities") or [])
        located = [(*doc.to_normalized(e.start, e.end), e.text, label) for e, label in labelled
                   if label in ("LOC", "ORG")]
        self.entities = [(s, e, text) for s, e, text, _ in located]
        #: Their starts, when they are in text order (as the entities stage leaves them): a lookup
        #: then reads only the entities after a position, not all of a long document's.
        starts = [s for s, _, _ in self.entities]
        self.entity_starts = starts if all(a <= b for a, b in pairwise(starts)) else None
        #: Where a place and a count of the numbers layer begin → where they end (normalized; session 37).
        self.places = {s: e for s, e, _, label in located if label == "LOC"}
        self.counts = {s: e for s, e in (doc.to_normalized(n.start, n.end) for n in doc.layers.get("numbers") or [])}

    # -- the group after a position -------------------------------------------------------------
    def after(self, pos: int, hi: int, *, max_words: int = 2, extra: frozenset[str] = frozenset()) -> _End | None:
        i = bisect_left(self.starts, pos)
        if i < len(self.mentions):
            m = self.mentions[i]
            # a sentence end in the gap fails it: found first, it spares slicing a long gap
            if m.start < hi and m.start <= _gap_end(self.folded, pos, hi, max_words) \
                    and not _SENTENCE_END.search(self.folded, pos, m.start) \
                    and _gap_ok(self.folded[pos:m.start], max_words=max_words, extra=extra):
                return _End(m.start, m.end, m.id, m.text)
        window = self.folded[pos:min(hi, pos + 40)]
        lead = len(window) - len(window.lstrip(_STRIP))
        st = self.lex.state_re.match(self.folded, pos + lead, hi)
        if st is None:  # "من إيران", "من قبل إيران"
            prep = re.match(r"(?:من قبل|قبل|من|ل|الى|مع)[ \t]+", window[lead:])  # "المدعومة من" + "قبل إيران"
            if prep:
                st = self.lex.state_re.match(self.folded, pos + lead + prep.end(), hi)
        if st:
            s, e = st.span("state")
            return _End(s, e, self.lex.state_words[st.group("state")], self.doc.norm[s:e], via="state")
        ns = self.lex.nisba_re.match(self.folded, pos + lead, hi)
        if ns:
            s, e = ns.span("nisba")
            return _End(s, e, None, self.doc.norm[s:e], layer="entities")
        entities = self.entities
        first = 0 if self.entity_starts is None else bisect_left(self.entity_starts, pos)
        # past it, a gap holds two words or more: those entities fail _gap_ok
        reach = _gap_end(self.folded, pos, hi, 1)
        for k in range(first, len(entities)):
            s, e, text = entities[k]
            if self.entity_starts is not None and s > reach:
                break
            if pos <= s < hi and s <= reach and not _SENTENCE_END.search(self.folded, pos, s) \
                    and _gap_ok(self.folded[pos:s], max_words=1):
                return _End(s, e, None, text, layer="entities")
        return None

    # -- the group before a position ------------------------------------------------------------
    def before(self, pos: int, lo: int, exclude: str | None) -> _End | None:
        near = None
        i = bisect_left(self.starts, pos) - 1
        while i >= 0:
            m = self.mentions[i]
            if m.end <= pos and m.start >= lo:
                gap = self.folded[m.end:pos]
                if (len(gap) <= _MAX_BEFORE and not _SENTENCE_END.search(gap) and m.id != exclude
                        and (_BLOCKERS.isdisjoint(gap.split()) or _OWN_MEMBERS_GAP.fullmatch(gap))):
                    near = m
                break
            i -= 1
        # A noun referring back ("للميليشيا المقاتلة إلى جانب") closer to the cue than any group.
        back = self.folded[max(lo, pos - 30, near.end if near else 0):pos]
        offset = pos - len(back)
        for a in self.lex.anaphor_re.finditer(back):
            if len(back[a.end():].split()) > 1:
                continue
            topic = self.topic(_noun(a.group("noun")), exclude)
            if topic is not None:
                s, e = offset + a.start("noun"), offset + a.end()
                if back[a.start("noun") - 2:a.start("noun")] == "ال":  # "الميليشيا", not "للميليشيا"
                    s -= 2
                return _End(s, e, topic.id, self.doc.norm[s:e], via="anaphor")
        # A state named before the cue when no group is: "التي تقودها السعودية وحلفاؤها ضد الحوثيين".
        last = None
        for st in self.lex.state_search_re.finditer(back):
            last = st
        if near is None and last is not None and self.lex.state_words[last.group("state")] != exclude:
            s, e = offset + last.start("state"), offset + last.end("state")
            return _End(s, e, self.lex.state_words[last.group("state")], self.doc.norm[s:e], via="state")
        if near is None:
            return None
        return _End(near.start, near.end, near.id, near.text)

    def state_between(self, start: int, end: int, exclude: str | None) -> _End | None:
        """The last state named in ``[start, end)`` (its registry id not ``exclude``), or None."""
        last = None
        for st in self.lex.state_search_re.finditer(self.folded, start, end):
            if self.lex.state_words[st.group("state")] != exclude:
                last = st
        if last is None:
            return None
        s, e = last.span("state")
        return _End(s, e, self.lex.state_words[last.group("state")], self.doc.norm[s:e], via="state")

    def through_organs(self, pos: int, hi: int) -> _End | None:
        """The group after one or two organs at ``pos`` ("للقيادة العامة للجيش الوطني الليبي"), or None."""
        for _ in range(2):
            window = self.folded[pos:min(hi, pos + 40)]
            lead = len(window) - len(window.lstrip(_STRIP))
            m = _ORGAN.match(self.folded, pos + lead, hi)
            if m is None:
                return None
            pos = m.end()
            found = self.after(pos, hi)
            if found is not None and found.layer == "groups" and found.via == "mention":
                return found
        return None

    def state_organ(self, pos: int, hi: int) -> _End | None:
        """The forces of the state whose military organ and nisba stand at ``pos`` ("لوزارة الدفاع الروسية":
        `russian-forces`), or None (session 25, second wave)."""
        window = self.folded[pos:min(hi, pos + 40)]
        lead = len(window) - len(window.lstrip(_STRIP))
        m = _MILITARY_ORGAN.match(self.folded, pos + lead, hi)
        if m is None:
            return None
        from ..entities.gazetteer import default_gazetteer
        from ..groups.lexicon import lexicon as group_lexicon

        code = default_gazetteer().nisba.get(m.group("n"))
        if code is None:
            return None
        gid = group_lexicon().state_forces.get(code) or f"state-forces-{code.lower()}"
        s = m.start("organ")
        return _End(s, m.end(), gid, self.doc.norm[s:m.end()], via="state")

    def victims(self, key: str, cs: int, lo: int, exclude: str | None) -> _End | None:
        """The group whose members were killed or wounded in the attack whose noun starts at ``cs`` ("قتل خمسة من
        عناصر الحشد الشعبي في هجوم ل", "مقتل قيادي في تنظيم الدولة بغارة ل"), or None."""
        if key not in _WITH_B and key not in _KILLERS and not _ATTACK_IN.search(self.folded, max(lo, cs - 8), cs):
            return None
        start = self.victim_clause(cs, lo)
        i = bisect_left(self.starts, cs) - 1
        while i >= 0 and self.mentions[i].end > cs:
            i -= 1
        if i < 0 or self.mentions[i].start < start or self.mentions[i].id == exclude:
            return None
        m = self.mentions[i]
        found = _End(m.start, m.end, m.id, m.text)
        back = _SENTENCE_END.split(self.folded[max(lo, found.start - 50):found.start])[-1]  # its own sentence
        return found if _CASUALTY.search(back) else None

    def past_time(self, pos: int, hi: int) -> int:
        """``pos``, or the end of the words of a time right after it ("مساء أمس الثلاثاء"; session 27)."""
        m = _TIME.match(self.folded, pos, hi)
        return m.end() if m is not None else pos

    def past_aside(self, pos: int, hi: int) -> int:
        """``pos``, or the end of a short aside in brackets right after it: the group's short form or acronym
        ("اشتبكت قوات سوريا الديمقراطية (قسد) مع تنظيم الدولة"; session 38)."""
        m = _ASIDE.match(self.folded, pos, hi)
        return m.end() if m is not None else pos

    def past_place(self, pos: int, hi: int) -> int:
        """``pos``, or the end of a place named right after it with "ب" or "في" ("قوات المجلس العسكري بصبراتة")."""
        m = _AT_PLACE.match(self.folded, pos, hi)
        end = self.places.get(m.end()) if m is not None else None
        return end if end is not None and end <= hi else pos

    def past_count(self, pos: int, hi: int) -> int:
        """``pos``, or the end of a count right after it: a number of the numbers layer ("خمسة", "عشرات") or digits
        ("87 عنصرا من تنظيم داعش")."""
        window = self.folded[pos:min(hi, pos + 8)]
        lead = pos + len(window) - len(window.lstrip(" \t"))
        end = self.counts.get(lead)
        if end is None:
            m = _DIGITS.match(self.folded, pos, hi)
            end = m.end() if m is not None else None
        return end if end is not None and end <= hi else pos

    def victim_clause(self, cs: int, lo: int) -> int:
        """Where the clause of the attack noun at ``cs`` begins, at most :data:`_VICTIM_REACH` characters before it:
        after a sentence end, a blocker ("فيما", "حيث", "قال") or a comma that starts another clause; a comma before a
        casualty word, "في", "بينهم" goes on ("قتل خمسة من عناصر الحشد الشعبي، وأصيب عشرة آخرون، في هجوم"; session
        27)."""
        a = max(lo, cs - _VICTIM_REACH)
        for m in _SENTENCE_END.finditer(self.folded, a, cs):
            a = m.end()
        start = a
        for w in _CHUNK.finditer(self.folded, a, cs):
            word = w.group()
            bare = word.strip(_STRIP)
            if bare in _BLOCKERS or (bare[:1] in "وف" and bare[1:] in _BLOCKERS):
                start = w.end()
            elif word.rstrip()[-1:] in "،,:" and w.end() < cs and \
                    not _VICTIM_GOES_ON.match(self.folded, w.end(), cs):
                start = w.end()
        return start

    def owner(self, cs: int, lo: int, exclude: str | None) -> _End | None:
        """The group a possessive's pronoun at ``cs`` stands for: the nearest group before it in its sentence
        (another clause may stand between: "بينما حصل حليفه"), or what :meth:`before` finds nearer (a noun referring
        back: "الحركة وحليفها", a state)."""
        near = self.before(cs, lo, exclude)
        if near is not None:
            return near
        i = bisect_left(self.starts, cs) - 1
        while i >= 0:
            m = self.mentions[i]
            if m.end <= cs:
                if m.start < lo or cs - m.end > _POSSESSIVE_REACH or _SENTENCE_END.search(self.folded, m.end, cs):
                    break
                if m.id != exclude and not _OBJECT_PREP.search(self.folded, max(lo, m.start - 6), m.start):
                    return _End(m.start, m.end, m.id, m.text)
            i -= 1
        return None

    def past_participle(self, pos: int, hi: int) -> _End | None:
        """The target group of an attack verb after a participle phrase that describes its subject at ``pos`` ("هاجم
        الجيش الوطني السوري المدعوم من تركيا مواقع لقسد": the SDF), or None (session 25)."""
        lead = len(self.folded[pos:pos + 4]) - len(self.folded[pos:pos + 4].lstrip(" \t"))
        cue = self.lex.cue_re.match(self.folded, pos + lead, hi)
        if cue is None or self.lex.cues[" ".join((cue.group("j") or cue.group("f")).split())][0] != "infix":
            return None
        obj = self.through_organs(cue.end(), hi) or self.after(cue.end(), hi)
        if obj is None:
            return None
        tail = self.after(obj.end, hi, max_words=2, extra=self.lex.targets)
        return tail if tail is not None and tail.layer == "groups" and tail.id != obj.id else None

    def described(self, head: _End | None, lo: int, exclude: str | None) -> _End | None:
        """The subject of an attack named before the cue when ``head`` is the object of a participle phrase that
        describes it ("تبنت جماعة نصرة الإسلام والمسلمين، المرتبطة بتنظيم القاعدة، الهجوم على ثكنة للجيش المالي": JNIM,
        not al-Qaeda; session 25, second wave); else ``head``."""
        if head is None or head.via != "mention":
            return head
        a = max(lo, head.start - 40)
        last = None
        for cue in self.lex.cue_re.finditer(self.folded, a, head.start):
            last = cue
        if last is None:
            return head
        key = " ".join((last.group("j") or last.group("f")).split())
        # the article's ل of "لل" may stay between a joined cue and its object ("التابعة للقاعدة"; session 26)
        if self.lex.cues[key][0] != "infix" or self.folded[last.end():head.start].strip(_STRIP) not in ("", "ل"):
            return head
        organ = self.through_organs(last.end(), head.end)  # "التابعة للقيادة العامة لـX"
        if self.folded[last.end():head.start].strip(_STRIP) not in ("", "ل") and organ is None:
            return head
        subject = self.before(last.start(), lo, head.id)
        if subject is None or subject.via != "mention" or subject.id == exclude:
            return head
        return subject

    def backed_subject(self, head: _End | None, lo: int, exclude: str | None) -> _End | None:
        """The subject before a backing phrase when ``head`` is its backer ("تقدمت قوات النظام مدعومة بمقاتلي حزب الله
        على حساب فصائل المعارضة": the regime's forces, not Hezbollah; session 26); else ``head``."""
        if head is None or head.via != "mention":
            return head
        m = _BACKING_BEFORE.search(self.folded, max(lo, head.start - 40), head.start)
        if m is None:
            return head
        subject = self.before(m.start(), lo, exclude)
        if subject is None or subject.via != "mention" or subject.id == head.id:
            return head
        return subject

    def one_of(self, cs: int, lo: int, exclude: str | None) -> _End | None:
        """The group named as one of the class of groups right before the cue at ``cs`` ("وتعد حركة النجباء من أبرز
        الفصائل العراقية المدعومة من إيران": al-Nujaba; session 26), or None."""
        m = _ONE_OF.search(self.folded, max(lo, cs - 70), cs)
        if m is None:
            return None
        i = bisect_left(self.starts, m.start()) - 1
        if i < 0:
            return None
        g = self.mentions[i]
        gap = self.folded[g.end:m.start()]
        if g.end > m.start() or g.start < lo or g.id == exclude or len(gap) > 24 or _SENTENCE_END.search(gap) \
                or not all(w.strip(_STRIP) in _ONE_OF_GAP for w in gap.split() if w.strip(_STRIP)):
            return None
        return _End(g.start, g.end, g.id, g.text)

    def as_force(self, end: _End) -> _End:
        """A state named by its nisba in a battle is its forces, not its government ("قصف روسي", "غارات روسية على":
        `russian-forces`, as "بغارة إسرائيلية" gives `israeli-forces`; session 26, second wave); a state by its name
        or capital ("ضد إيران") stays the registry id that stands for it."""
        if end.via != "state":
            return end
        word = self.folded[end.start:end.end]
        code = _nisba_code(word) if word not in _STATE_NAMES else None
        if code is None:  # "التي تقودها السعودية ضد الحوثيين": the country's name (also a nisba's form) stays the state
            return end
        from ..groups.lexicon import lexicon as group_lexicon

        gid = group_lexicon().state_forces.get(code) or f"state-forces-{code.lower()}"
        return _End(end.start, end.end, gid, end.text, end.layer, end.via)

    def attack_state(self, ce: int, hi: int) -> _End | None:
        """The forces of the state whose nisba follows the attack noun ending at ``ce`` (one qualifier between allowed:
        "بغارة إسرائيلية", "في غارة جوية أمريكية"), or None (session 26)."""
        qual = _ATTACK_QUALIFIER.match(self.folded, ce, hi)
        m = _NEXT_WORD.match(self.folded, qual.end() if qual else ce, hi)
        if m is None:
            return None
        from ..groups.lexicon import lexicon as group_lexicon

        code = _nisba_code(m.group("w"))
        if code is None:
            return None
        gid = group_lexicon().state_forces.get(code) or f"state-forces-{code.lower()}"
        s, e = m.span("w")
        return _End(s, e, gid, self.doc.norm[s:e], via="state")

    def placed(self, pos: int, hi: int) -> _End | None:
        """The place after "في" right after ``pos`` ("الحوثيين في اليمن"), an entity or a state, or None (session 25,
        second wave)."""
        m = re.match(r"[ \t]+في[ \t]+", self.folded[pos:min(hi, pos + 8)])
        if m is None:
            return None
        where = self.after(pos + m.end() - 1, hi, max_words=0)
        return where if where is not None and where.layer != "groups" else None

    def shared_subject(self, key: str, before: int, cs: int, lo: int, near: _End | None,
                       exclude: str | None) -> _End | None:
        """The subject of a sentence's first verb that a second verb, the cue ``key`` at ``cs`` after "ثم", "كما",
        "قبل أن", "بعد أن" or a joined و, shares ("وانشقت هيئة تحرير الشام عن تنظيم القاعدة، ثم اشتبكت مع حركة أحرار
        الشام": HTS), when no group stands before the cue as its subject (``near`` is None, or a group after a
        preposition: al-Qaeda); else None (session 25, second wave)."""
        if key.split()[0] not in _CLAUSE_VERBS:
            return None
        joined = before < cs and self.folded[before] == "و"
        if not joined and not _THEN.search(self.folded, max(lo, before - 14), before):
            return None
        if near is not None and (near.via != "mention" or not (
                _OBJECT_PREP.search(self.folded, max(lo, near.start - 6), near.start)
                or (self.folded[near.start - 1:near.start] in ("ل", "ب") and self.folded[near.start - 2:near.start - 1]
                    in (" ", "\t")))):
            return None
        s0 = lo
        for m in _SENTENCE_END.finditer(self.folded, lo, cs):
            s0 = m.end()
        i = bisect_left(self.starts, s0)
        if i >= len(self.mentions) or self.mentions[i].start >= cs:
            return None
        first = self.mentions[i]
        words = self.folded[s0:first.start].split()
        if len(words) > 2 or first.end > cs or first.id == exclude or (near is not None and near.id == first.id) \
                or any(w in _BLOCKERS or w[1:] in _BLOCKERS for w in words):
            return None
        if words and words[-1].lstrip("وف") not in _CLAUSE_VERBS and len(words) > 1:
            return None
        return _End(first.start, first.end, first.id, first.text)

    @cached_property
    def _kinds(self) -> dict[str | None, str | None]:
        """The groups layer's kind by group id (the last group's of the id), read once per document."""
        return {g.id: g.kind for g in self.doc.groups}

    @cached_property
    def _kind_keys(self) -> dict[str | None, str]:
        """:attr:`_kinds` as lookup keys."""
        return {i: lookup_key(kind or "") for i, kind in self._kinds.items()}

    @cached_property
    def _kind_sets(self) -> dict[str | None, set[str | None]]:
        """Every kind of each group id in the groups layer, read once per document."""
        out: dict[str | None, set[str | None]] = {}
        for g in self.doc.groups:
            out.setdefault(g.id, set()).add(g.kind)
        return out

    def political(self, *ends: _End) -> bool:
        """Is each of ``ends`` a party, a coalition or a government (its kind in the groups layer)?"""
        kinds = self._kinds
        return all(kinds.get(e.id) in _POLITICAL for e in ends)

    def kinds_of(self, group_id: str | None) -> set[str | None]:
        """``{g.kind for g in self.doc.groups if g.id == group_id}``, without reading the whole layer per call."""
        return self._kind_sets.get(group_id, set())

    def conflict_dyad(self, a: _End, b: _End) -> bool:
        """Is one of ``a``, ``b`` a government or a state's force and the other an armed group that is neither (their
        kinds in the groups layer): the two sides of an armed conflict ("الحكومة اليمنية" and "جماعة الحوثي")?"""
        ka, kb = self._kind_keys.get(a.id), self._kind_keys.get(b.id)
        return (ka in _STATE_SIDES and kb in _ARMED_SIDES) or (kb in _STATE_SIDES and ka in _ARMED_SIDES)

    def split_sides(self, cs: int, lo: int) -> tuple[_End | None, _End | None]:
        """The two groups of a split whose tail is a pronoun at ``cs`` ("انضمت X إلى Y عام 2017 ثم انشقت عنها"): the
        nearest group before it in its sentence, named after a preposition, is the pronoun's; the group before that
        one, the subject, split from it.  (None, None) when the sentence does not name them so."""
        i = bisect_left(self.starts, cs) - 1
        found: list[_Mention] = []
        while i >= 0 and len(found) < 2:
            m = self.mentions[i]
            i -= 1
            if m.end > cs:
                continue
            if m.start < lo or cs - m.end > _SPLIT_BACK_REACH or _SENTENCE_END.search(self.folded, m.end, cs):
                break
            if not found:
                if not _PRONOUN_TAIL_PREP.search(self.folded, max(lo, m.start - 8), m.start):
                    break
                found.append(m)
            elif m.id != found[0].id and m.end <= found[0].start:
                found.append(m)
        if len(found) < 2:
            return None, None
        tail, head = found
        return _End(head.start, head.end, head.id, head.text), _End(tail.start, tail.end, tail.id, tail.text)

    def undone(self, cs: int, lo: int) -> bool:
        """Does a word undoing, denying or refusing an alliance or a fight stand before the cue at ``cs`` in its
        sentence?"""
        a = max(lo, cs - _UNDONE_REACH)
        for m in _SENTENCE_END.finditer(self.folded, a, cs):
            a = m.end()
        return _UNDOING.search(self.folded, a, cs) is not None

    def own_subject(self, cs: int, lo: int) -> bool:
        """Is the cue at ``cs`` an indefinite participle whose subject is the noun of a force right before it,
        outside any group ("وحدات تابعة لحكومة الوفاق"; not "وحدات حماية الشعب التابعة", "وهي قوات تابعة"), or a
        participle, definite or not, after the noun of a thing or place it describes ("مواقع تابعة لـ", "المقرات
        التابعة لـ")?"""
        a = max(lo, cs - 30)
        if self.folded.startswith("ال", cs):
            m = _OWN_THING_DEF.search(self.folded, a, cs)
        else:
            m = _OWN_SUBJECT.search(self.folded, a, cs) or _OWN_THING.search(self.folded, a, cs) \
                or _OWN_THING_WAS.search(self.folded, a, cs)
            if m is not None and m.groupdict().get("pron"):
                return False
        if m is None:
            return False
        i = bisect_left(self.starts, cs) - 1
        return i < 0 or self.mentions[i].end <= m.start()

    def anaphor_at(self, ce: int, hi: int) -> _End | None:
        """A noun referring back right after the cue ending at ``ce`` ("الجناح العسكري للحركة", the cue's joined ل
        included), standing for the first group the article called by it, or None."""
        for pos in (ce - 1, ce) if self.folded[ce - 1:ce] == "ل" else (ce,):
            while pos < hi and self.folded[pos] in " \t":
                pos += 1
            a = self.lex.anaphor_re.match(self.folded, pos, hi)
            if a is not None:
                topic = self.topic(_noun(a.group("noun")), None)
                if topic is not None:
                    s, e = a.start("noun"), a.end()
                    if self.folded[s - 2:s] == "ال":
                        s -= 2
                    return _End(s, e, topic.id, self.doc.norm[s:e], via="anaphor")
        return None

    def holding(self, cs: int, ce: int) -> _End | None:
        """The group whose name begins inside the cue ``[cs, ce)`` and goes on past it ("من أبرز فصائل الحشد الشعبي":
        the group "فصائل الحشد الشعبي"), or None."""
        i = bisect_left(self.starts, cs)
        if i < len(self.mentions) and self.mentions[i].start < ce < self.mentions[i].end:
            m = self.mentions[i]
            return _End(m.start, m.end, m.id, m.text)
        return None

    def coordinated(self, end: _End) -> _End | None:
        """The group joined to ``end`` by "و" right before it ("حماس والجهاد الإسلامي"), or None."""
        i = bisect_left(self.starts, end.start) - 1
        if i < 0:
            return None
        m = self.mentions[i]
        if m.end <= end.start and self.folded[m.end:end.start].strip(_STRIP) == "و":
            return _End(m.start, m.end, m.id, m.text)
        return None

    def topic(self, noun: str, exclude: str | None) -> _Mention | None:
        """The first group of the text called by ``noun`` (its head, trigger or first word)."""
        for m in self.mentions:
            if noun in m.nouns and m.id != exclude:
                return m
        return None

    # -- cues -----------------------------------------------------------------------------------
    def between_noun(self, pos: int, lo: int, *, pronoun: bool = False) -> tuple[str, int] | None:
        """The relation type and start of the nearest noun of a "between" phrase (``between_nouns``) that
        stands at most :data:`_BETWEEN_GAP` words before the "بين" at ``pos`` in its clause, with no
        punctuation or blocker between ("اشتباكات عنيفة اندلعت بين", "وقف إطلاق النار الهش بين")."""
        words = list(_CHUNK.finditer(self.folded, max(lo, pos - 80), pos))
        nouns = self.lex.between_nouns
        for gap in range(_BETWEEN_GAP + 1):
            if gap:
                w = words[-gap].group() if gap <= len(words) else ""
                w = w.rstrip(_CLOSE_QUOTES)  # '"التحالف المعلن" بين': a quoted phrase may end before "بين"
                if not w or w.strip(_STRIP) != w or w in _BLOCKERS or w.lstrip("وف") in _BLOCKERS:
                    return None
            for size in (3, 2, 1):  # "وقف اطلاق النار" before "النار"
                if gap + size > len(words):
                    continue
                first = words[-gap - size]
                parts = [m.group() for m in words[len(words) - gap - size:len(words) - gap]]
                lead = len(parts[0]) - len(parts[0].lstrip(_OPEN_QUOTES))  # '"التحالف المعلن بين'
                parts[0] = parts[0][lead:]
                parts[-1] = parts[-1].rstrip(_CLOSE_QUOTES)
                phrase = " ".join(parts)
                bare = phrase[1:] if phrase[:1] in "وف" and phrase[1:] in nouns else phrase
                if bare in nouns and not (gap == 0 and not pronoun and f"{bare} بين" in self.lex.cues):  # the cue's own
                    return nouns[bare], first.start() + lead + len(phrase) - len(bare)
        return None

    def and_group(self, first: _End, hi: int) -> _End | None:
        """The group joined to ``first`` by "و" right after it ("بين X و Y", "تحالف X و Y", "بين الجيش العراقي وعناصر
        من تنظيم داعش"), or None."""
        second = self.after(first.end, hi, max_words=3, extra=_FORCE_ADJECTIVES)
        gap = self.folded[first.end:second.start].split() if second is not None else []
        while gap and gap[0].strip(_STRIP) in _FORCE_ADJECTIVES:
            gap.pop(0)  # "القوات السورية النظامية ومقاتلي جبهة النصرة"
        if second is None or second.layer != "groups" or not " ".join(gap).strip(_STRIP).startswith("و"):
            # "بين قوات الدفاع الوطني مدعمة باللجان الشعبية من جهة ومقاتلي جبهة النصرة من جهة أخرى": the first
            # side's words up to "من جهة", the second after it
            side = _ONE_SIDE.match(self.folded, first.end, hi)
            second = self.after(side.end(), hi, max_words=2) if side else None
            if second is None or second.layer != "groups":
                return None
        return second

    def cues(self, lo: int, hi: int) -> Iterator[tuple[str, str, str, int, int, int]]:
        """Every cue in ``[lo, hi)``: (key, shape, type, start, end, where a negation before it would end).
        First the "between" nouns a few words before a "بين" (:meth:`between_noun`), then the cue phrases."""
        for b in _BETWEEN.finditer(self.folded, lo, hi):
            found = self.between_noun(b.start(), lo)
            if found is not None:
                kind, cs = found
                yield "", "between", kind, cs, b.end(), cs
        for b in _BETWEEN_PRONOUN.finditer(self.folded, lo, hi):
            found = self.between_noun(b.start(), lo, pronoun=True)
            if found is not None:
                kind, cs = found
                yield "", "between_back", kind, cs, b.end(), cs
        for cue in self.lex.cue_re.finditer(self.folded, lo, hi):
            key = " ".join((cue.group("j") or cue.group("f")).split())
            shape, kind = self.lex.cues[key]
            yield key, shape, kind, cue.start("j") if cue.group("j") else cue.start("f"), cue.end(), cue.start()

    def find(self, lo: int, hi: int) -> list[tuple[str, _End, _End, int, int]]:
        out = []
        objects: dict[int, _End] = {}  # the start of a fighting verb's object → its subject (session 29)
        for key, shape, kind, cs, ce, before in self.cues(lo, hi):
            if _NEGATED.search(self.folded, max(lo, before - 8), before):
                continue  # "غير متحالف مع النهضة": a relation denied
            if key in _ADVANCE_CUES and not _ADVANCE.search(self.folded, max(lo, cs - 100), cs):
                continue  # "على حساب" only after an advance: "تقدمت قوات X على حساب Y"
            if shape == "split_back":  # "انضمت X إلى Y ثم انشقت عنها", "ثم انشقت عنها حركة X"
                head = self.after(ce, hi, max_words=1)
                if head is not None and head.layer == "groups":
                    tail = self.owner(cs, lo, head.id)
                else:
                    head, tail = self.split_sides(cs, lo)
                if head is None or tail is None or tail.layer != "groups":
                    continue
            elif shape == "killer":  # "قتل قيادي في داعش برصاص عناصر من الجيش العراقي" (session 38)
                head = self.after(ce, hi, max_words=3, extra=_ATTACKER_MEMBERS | _ATTACKER_CONSTRUCT)
                if head is None or (head.layer != "groups" and head.via != "state"):
                    continue
                tail = self.victims(key, cs, lo, head.id)
                if tail is None:
                    continue
                tail = self.described(tail, lo, head.id)
                if tail is None or self.political(tail):
                    continue  # "اغتيال القيادي في الجبهة الشعبية على يد …": a party's man killed, no battle
            elif shape == "infix":
                tail = self.through_organs(ce, hi) or self.after(ce, hi) or self.holding(cs, ce)
                if (tail is None or tail.layer != "groups") and kind in ("member_of", "part_of"):
                    tail = self.state_organ(ce, hi) or tail  # "التابع لوزارة الدفاع الروسية" (session 25, second wave)
                if tail is None and kind == "fights":  # "في اشتباك مع مسلحين من كتائب القسام": its members (session 27)
                    tail = self.after(ce, hi, max_words=3, extra=_ATTACKER_MEMBERS)
                    if tail is not None and not _FROM_GROUP.search(self.folded[ce:tail.start]):
                        tail = None
                if tail is None and kind == "part_of":  # "كتائب القسام، الجناح العسكري للحركة": the noun refers back
                    tail = self.anaphor_at(ce, hi)
                if tail is None or (tail.layer != "groups" and kind != "backed_by"):
                    continue  # a country's nisba or an entity is a backer, never an enemy or an ally
                if self.own_subject(cs, lo):
                    continue
                head = self.before(cs, lo, tail.id)
                if key in _BACKING_OF and head is not None and \
                        _ACCUSATION.search(self.folded, max(lo, head.start - 40), head.start + 1):
                    # "يتهم الجيش السوداني الإمارات بدعم قوات الدعم السريع", "تتهم الحكومة العراقية تركيا بدعم حزب
                    # العمال": the accused state backs the group after the verbal noun; the accuser is backed by
                    # nobody (session 29)
                    accused = head if head.via == "state" else self.state_between(head.end, cs, tail.id)
                    if accused is None or tail.layer != "groups":
                        continue
                    head, tail = tail, accused
                if key in _ADVERBIAL_CUES and head is not None and head.via == "mention" and head.start in objects:
                    # "تقاتل قوات سوريا الديمقراطية تنظيم داعش بدعم من التحالف الدولي": the fighter is backed, not
                    # its enemy (session 29)
                    head = objects[head.start]
                if kind == "fights":  # "تقدمت قوات X مدعومة بمقاتلي Z على حساب Y": X (session 26)
                    head = self.backed_subject(head, lo, tail.id)
                    if head is not None and head.via == "mention" and \
                            _AGAINST_BEFORE.search(self.folded, max(lo, head.start - 20), head.start):
                        continue  # "الحرب ضد تنظيم الدولة ولدعم الجهود ضد إيران": its own "ضد"'s object (session 27)
                one = self.one_of(cs, lo, tail.id)
                if one is not None:  # "X من أبرز الفصائل المدعومة من إيران": X too (session 26)
                    if head is None or head.id == one.id:
                        head = one
                    elif head.start < one.start or head.start > cs:
                        head = one
                    else:
                        out.append((kind, one, tail, cs, ce))
                shared = self.shared_subject(key, before, cs, lo, head, tail.id)
                if shared is not None:  # "انشقت X عن Y، ثم اشتبكت مع Z": X (session 25, second wave)
                    head = shared
                if kind == "ally" and head is not None and head.via == "mention" and (
                        _OPPONENT.search(self.folded, max(lo, head.start - 30), head.start)
                        or ((tb := _TARGET_BEFORE.search(self.folded, max(lo, head.start - 30), head.start))
                            and not _FIGHTING_MEN.search(self.folded, max(lo, tb.start() - 16), tb.end())
                            and not _BESIDE_MEN.search(self.folded, max(lo, tb.start() - 30), tb.end()))):
                    continue  # "اشتباكات مع X … إلى جانب Y", "تستهدف مواقع لـX بالاشتراك مع Y": X is Y's enemy
            elif shape == "possessive":  # "بينما حصل حليفه حزب X", "تحالف حزبه مع X": the pronoun's group is the head
                tail = self.after(ce, hi, max_words=3, extra=_POSSESSIVE_GAP)
                if tail is None or tail.layer != "groups" or _NOT_APPOSITION.search(self.folded, ce, tail.start):
                    continue  # "السعودية وحلفائها ضد الحوثيين": the group after a preposition is no ally
                head = self.owner(cs, lo, tail.id)
            elif shape == "reverse":  # "حماس وجناحها العسكري كتائب القسام": the group after is part of the one before
                part = self.after(ce, hi)
                whole = self.before(cs, lo, part.id if part else None) if part and part.layer == "groups" else None
                if part is None or whole is None:
                    continue
                head, tail = part, whole
            elif shape == "verb_obj":  # "قصفت قوات X مواقع لـ Y" / "X قصفت مواقع Y"
                targets = self.lex.targets
                head = self.after(ce, hi, max_words=1)
                if head is None and kind == "fights":  # "قصفت المقاتلات الإسرائيلية مواقع لحزب الله": a state's arms
                    window = self.folded[ce:min(hi, ce + 40)]
                    arm = _STATE_ARM.match(self.folded, ce + len(window) - len(window.lstrip(_STRIP)), hi)
                    st = self.lex.state_re.match(self.folded, arm.end(), hi) if arm else None
                    if st is not None:
                        s, e = st.span("state")
                        head = _End(s, e, self.lex.state_words[st.group("state")], self.doc.norm[s:e], via="state")
                if head is None and kind == "fights":  # "هاجم مسلحون من حركة الشباب قاعدة …": its members
                    head = self.after(ce, hi, max_words=3, extra=_ATTACKER_MEMBERS)
                    gap = self.folded[ce:head.start].split() if head is not None else []
                    if head is not None and not (head.layer == "groups" and (
                            _FROM_GROUP.search(self.folded[ce:head.start])
                            or (gap and gap[0] in _ATTACKER_CONSTRUCT))):
                        head = None
                tail = None
                if head is not None and head.layer == "groups":
                    after_head = self.past_count(self.past_time(self.past_place(self.past_aside(head.end, hi), hi), hi),
                                                 hi)
                    tail = self.after(after_head, hi, max_words=3, extra=targets)
                    weapon = _INSTRUMENT.match(self.folded, head.end, hi) if tail is None else None
                    if weapon is not None:  # "استهدف حزب الله بالصواريخ مواقع للجيش الإسرائيلي"
                        tail = self.after(weapon.end(), hi, max_words=2, extra=targets)
                    if tail is None and kind == "fights":  # "هاجم الجيش الوطني السوري المدعوم من تركيا مواقع لـY"
                        tail = self.past_participle(head.end, hi)
                    joined = self.folded[head.end:tail.start].strip(_STRIP) if tail is not None else ""
                    if tail is not None and tail.layer == "groups" and kind == "fights" and joined.startswith("و") \
                            and _gap_ok(joined, max_words=1):
                        # "قصفت الطائرات السورية والروسية مواقع لـZ", "هاجمت قوات النظام وميليشيات حزب الله مواقع
                        # لـZ": two subjects, each fights the object after them (session 25)
                        subjects = [tail]  # "قصفت الطائرات الأمريكية والفرنسية والبريطانية مواقع لـZ": three or more
                        third = self.after(tail.end, hi, max_words=2, extra=targets)
                        while third is not None and third.layer == "groups" and len(subjects) < 6 and \
                                self.folded[subjects[-1].end:third.start].strip(_STRIP).startswith("و") and \
                                _gap_ok(self.folded[subjects[-1].end:third.start].strip(_STRIP), max_words=1):
                            subjects.append(third)
                            third = self.after(third.end, hi, max_words=2, extra=targets)
                        ids = {head.id, *(x.id for x in subjects)}
                        if third is not None and third.layer == "groups" and third.id not in ids:
                            for x in subjects:
                                if x.id != head.id:
                                    out.append((kind, x, third, cs, ce))
                            tail, joined = third, ""
                        elif len(subjects) > 1:
                            tail = None  # three subjects and no object: no relation
                    if tail is not None and (tail.layer != "groups" or joined.startswith("و")):
                        tail = None  # "قاتلت X وY": two subjects, not an object
                if key in _KILL_VERBS and (
                        head is None or tail is None or tail.layer != "groups"
                        or _KILL_VICTIMS.isdisjoint(self.folded[head.end:tail.start].split())):
                    continue  # "قتل 20 عنصرا من داعش في غارة": passive, or no members of a group killed
                if tail is None and kind == "fights" and head is not None and head.via == "state" and \
                        not self.folded[ce:head.start].strip() and _nisba_code(self.folded[head.start:head.end]):
                    # "قصف روسي على مواقع داعش": the verb's form is the noun, its nisba the attacker (session 26b)
                    qual = _ATTACK_QUALIFIER.match(self.folded, head.end, hi)
                    base = qual.end() if qual else head.end
                    on = _ON.match(self.folded, base, hi)
                    tail = self.after(on.end() - 1, hi, max_words=2) if on and on.end() - base <= 12 else None
                    if tail is not None and tail.layer != "groups":
                        tail = None
                if tail is None and head is not None and head.layer == "groups" and len(key.split()) > 1 and \
                        key.split()[0] in _ATTACK_NOUNS:
                    # "في هجوم شنته حركة الشباب على قاعدة للجيش": the target after "على", else the victims before
                    on = _ON.match(self.folded, head.end, hi)
                    tail = self.after(on.end() - 1, hi, max_words=2) if on else None
                    if tail is None or tail.layer != "groups":
                        tail = self.victims(key, cs, lo, head.id)
                    if tail is None:
                        continue
                if tail is None:  # the group after the verb is its object: the subject is before it
                    tail = self.after(self.past_count(self.past_time(ce, hi), hi), hi, max_words=3, extra=targets)
                    if tail is None or tail.layer != "groups":
                        continue
                    head = self.before(cs, lo, tail.id)
                    if kind == "backed_by" and head is not None and head.via == "mention":
                        # "تتهم الحكومة اليمنية إيران بتسليح جماعة الحوثي": the state accused between the accuser
                        # and the verb is the backer (session 29); another word accused there is none of ours
                        accused = self.state_between(head.end, cs, tail.id)
                        if accused is not None:
                            head = accused
                        elif _ACCUSATION.search(self.folded, max(lo, head.start - 20), head.start) and \
                                self.folded[head.end:cs].strip(_STRIP):
                            continue
                    shared = self.shared_subject(key, before, cs, lo, head, tail.id)
                    if shared is not None:  # "قاتلت X فصائل المعارضة قبل أن تقاتل تنظيم داعش" (session 25, second wave)
                        head = shared
                    # SVO only with the subject right before the verb: "X قصفت …", "X أنها طردت …", "X، التي بايعت …"
                    elif head is not None and (cs - head.end > 20 or _clause_break(self.folded, head.end, cs)) \
                            and not (kind == "fights" and _CLAIMED.fullmatch(self.folded, head.end, cs)):
                        continue  # "أعلن تنظيم داعش مسؤوليته عن الهجوم الذي استهدف …": the claimant (session 26)
                    elif head is not None and head.via == "mention" and \
                            not _CLAIMED.fullmatch(self.folded, head.end, cs) and \
                            (noun := _ATTACK_SUBJECT.search(self.folded, head.end, cs)) is not None:
                        # "سقط قتلى من الحشد الشعبي في قصف أمريكي استهدف مقرا لكتائب حزب الله": the attack is the
                        # verb's subject, its nisba's state the attacker, the group before it none (session 27)
                        head = self.attack_state(noun.end(), cs)
                        if head is None:
                            continue
                if kind == "backed_by" and head is not None and tail is not None:
                    head, tail = tail, head  # "تدعم إيران حزب الله": Hezbollah is backed by Iran
                    also = self.and_group(head, hi) if head.layer == "groups" else None
                    if also is None and head.layer == "groups":  # "تدعم إيران الحوثيين في اليمن وحزب الله في لبنان"
                        where = self.placed(head.end, hi)
                        also = self.and_group(where, hi) if where is not None else None
                    if also is not None and also.id not in (head.id, tail.id) and tail.via == "state":
                        out.append((kind, also, tail, cs, ce))  # "تدعم إيران جماعة الحوثي وحزب الله": both
            elif shape == "between_back":  # "اتفقت X و Y على وقف القتال بينهما": the two sides before the noun
                tail = self.before(cs, lo, None)
                head = self.coordinated(tail) if tail is not None and tail.via == "mention" else None
                if head is None or tail is None:
                    continue
                if _RECONCILE.search(self.folded, cs, ce) and self.political(head, tail):
                    continue  # "أعلنت حركة النهضة وحركة نداء تونس المصالحة بينهما": politics (session 29)
            elif shape == "between":
                head = self.after(ce, hi)
                tail = self.and_group(head, hi) if head is not None and head.layer == "groups" else None
                if head is None or tail is None:
                    continue
                if _RECONCILE.search(self.folded, cs, ce) and self.political(head, tail):
                    continue  # "المصالحة بين حزبين": politics, not belligerents (session 29)
                if kind == "ally" and _AGREEMENT_NOUN.match(self.folded, cs) and self.conflict_dyad(head, tail):
                    kind = "fights"  # "الاتفاق بين الحكومة اليمنية وجماعة الحوثي": belligerents (session 30)
            elif shape == "verb_with":  # "اشتبكت قوات X مع Y", "انضم لواء X إلى Y"
                head = self.after(ce, hi, max_words=1)
                if head is None and kind == "fights":  # "اشتبك عناصر من X مع Y": its members (session 26)
                    head = self.after(ce, hi, max_words=3, extra=_ATTACKER_MEMBERS)
                    if head is not None and not _FROM_GROUP.search(self.folded[ce:head.start]):
                        head = None
                if head is None or head.layer != "groups":
                    continue
                m = self.lex.links[kind].match(self.folded, self.past_time(self.past_aside(head.end, hi), hi), hi)
                tail = None
                if m is not None:  # "… X مع Y", "… X ارتباطها بY" (a joined link: the group right after it)
                    at = m.end() - 1 if self.folded[m.end() - 1] in " \t" else m.end()
                    tail = self.after(at, hi)
                    if kind == "member_of" and m.group().strip() == "ل":
                        # "وتتبع كتيبة X للقيادة العامة للجيش الوطني الليبي": through its organs, a group only
                        # ("وتتبع قوات الأمن لوزارة الداخلية" is none; session 29)
                        tail = self.through_organs(at, hi) or tail
                        if tail is None or tail.layer != "groups":
                            continue
                    if tail is None and kind == "fights":  # "اشتبكت X مع مقاتلين من Y": its members (session 26)
                        tail = self.after(at, hi, max_words=3, extra=_ATTACKER_MEMBERS)
                        if tail is not None and not _FROM_GROUP.search(self.folded[at:tail.start]):
                            tail = None
                agreed_before = None
                if tail is None and key in _AGREEMENT_VERBS:
                    # "أبرم الجيش السوداني اتفاقا مع قوات الدعم السريع", "وقعت الحكومة اليمنية اتفاقا مع جماعة
                    # الحوثي": the agreement before "مع" and the second side (session 29, second wave)
                    agreed = _AGREEMENT.match(self.folded, head.end, hi)
                    with_m = _AGREED_WITH.match(self.folded, agreed.end(), hi) if agreed is not None else None
                    if with_m is not None:
                        tail = self.after(with_m.end() - 1, hi)
                        if tail is not None and (tail.id == head.id or (tail.via != "mention" and (
                                head.via != "mention" or
                                self.kinds_of(head.id) == {"government"}))):
                            tail = None  # "وقعت الحكومة السورية اتفاقا مع روسيا": two states, none of ours
                        agreed_before = agreed
                if tail is None and kind == "ally":  # "تحالف حركة مجتمع السلم وجبهة التغيير": the two it joins
                    tail = self.and_group(head, hi)
                    if tail is None:
                        continue
                    if _ON_TRUCE.match(self.folded, tail.end, hi):
                        kind = "fights"  # "اتفقت X و Y على وقف القتال": a truce is between belligerents
                if key in _MERGE_VERBS and tail is not None:
                    # "اندمجت X في Z", "اندمجت X و Y في Z": each a member of Z, not allies (session 29)
                    if m is not None and m.group().split()[-1] in _MERGE_INTO:
                        kind = "member_of"
                    elif m is None and (into := _INTO.match(self.folded, tail.end, hi)) is not None:
                        whole = self.after(into.end() - 1, hi)
                        if whole is not None and whole.layer == "groups" and whole.via == "mention" and \
                                whole.id not in (head.id, tail.id):
                            out.append(("member_of", head, whole, cs, ce))
                            head, tail, kind = tail, whole, "member_of"
                if key in _AGREEMENT_VERBS:
                    # "توصلت حماس وإسرائيل إلى اتفاق لوقف إطلاق النار", "وقعت حركتا فتح وحماس على اتفاق المصالحة"
                    agreed = agreed_before
                    if agreed is None and tail is not None:
                        agreed = _AGREEMENT.match(self.folded, tail.end, hi)
                    if tail is None or agreed is None:
                        continue
                    terms = " ".join(self.folded[agreed.start():hi].split()[:_AGREEMENT_REACH + 2])
                    if agreed_before is not None:  # "اتفاقا مع حركة فتح بشأن المصالحة": its words after the side too
                        terms += " " + " ".join(self.folded[tail.end:hi].split()[:_AGREEMENT_REACH])
                    if _RECONCILE.search(terms):
                        if self.political(head, tail):
                            continue  # two parties reconciled: politics (session 29)
                        kind = "fights"
                    elif _TRUCE_WORD.search(terms) or _PRISONERS.search(terms):
                        kind = "fights"
                    elif kind == "ally" and self.conflict_dyad(head, tail):
                        kind = "fights"  # "وقعت الحكومة اليمنية وجماعة الحوثي اتفاقا": belligerents (session 30)
                if tail is None and kind == "fights":  # "تقاتل قوات الحشد الشعبي تنظيم داعش": the object without مع
                    tail = self.after(self.past_time(head.end, hi), hi, max_words=2, extra=self.lex.targets)
                    if tail is None:  # "تقاتل قوات الدعم السريع المدعومة من أبوظبي الجيش السوداني" (session 26)
                        tail = self.past_participle(head.end, hi)
                    if (tail is None or tail.layer != "groups") and key in self.lex.svo:
                        # "لا تزال حركة أحرار الشام تقاتل تنظيم داعش": the group after the verb is its object,
                        # the subject right before it
                        tail, head = head, self.before(cs, lo, head.id)
                        shared = self.shared_subject(key, before, cs, lo, head, tail.id)
                        if shared is not None:  # "قاتلت X Y قبل أن تقاتل Z" (session 25, second wave)
                            head = shared
                        elif head is None or cs - head.end > 20 or _clause_break(self.folded, head.end, cs):
                            continue
                    elif tail is None or tail.layer != "groups":
                        continue
                    elif self.folded[head.end:tail.start].strip(_STRIP).startswith("و"):
                        # "اشتبكت قوات النظام وفصائل المعارضة": each other, unless both fight a third after them
                        # ("تقاتل قوات الحشد الشعبي والجيش العراقي تنظيم داعش": each of the two fights it)
                        third = self.after(tail.end, hi, max_words=2, extra=self.lex.targets)
                        if third is not None and third.layer == "groups":
                            if third.id not in (tail.id, head.id):
                                out.append((kind, tail, third, cs, ce))
                            tail = third
                    else:  # "تقاتل جماعة نصرة الإسلام الجيش المالي ومقاتلي الفيلق الأفريقي": both objects (session 26)
                        also = self.and_group(tail, hi)
                        if also is not None and also.id not in (head.id, tail.id) and \
                                self.folded[tail.end:also.start].strip(_STRIP).startswith("و"):
                            out.append((kind, head, also, cs, ce))
            elif shape == "fire":  # "أطلقت X صواريخ على مواقع لـY", "X أطلق النار على دورية لـY" (session 25b)
                verbs = list(_FIRE_VERB.finditer(self.folded, max(lo, cs - _FIRE_REACH), cs))
                verb = verbs[-1] if verbs else None
                if verb is None or _SENTENCE_END.search(self.folded, verb.end(), cs):
                    continue
                qual = _ATTACK_QUALIFIER.match(self.folded, ce, hi)
                base = qual.end() if qual else ce
                m = _TOWARD.match(self.folded, base, hi)  # "على" (or "باتجاه") right after the noun or its qualifier
                if m is None:
                    continue
                tail = self.after(m.end() - 1, hi, max_words=2)
                if tail is None or tail.layer != "groups":
                    continue
                head = self.described(self.before(cs, lo, tail.id), lo, tail.id)
                if head is None or not (
                        head.start >= verb.end()  # "أطلقت جماعة أنصار الله صواريخ": between the verb and the noun
                        or (head.end <= verb.start() and verb.start() - head.end <= 20  # "حزب الله أطلق صواريخ"
                            and not _clause_break(self.folded, head.end, verb.start())
                            and set(self.folded[head.end:verb.start()].split()) <= _FIRE_SUBJECT_GAP)):
                    continue
                if _ACCUSATION.search(self.folded, max(lo, head.start - _FIRE_REACH), head.start) and \
                        not _SENTENCE_END.search(self.folded, max(lo, head.start - _FIRE_REACH), head.start):
                    continue  # "اتهمت إسرائيل حزب الله بإطلاق صواريخ على …": a claim
                if self.political(head, tail):
                    continue  # "أطلق حزب النهضة النار على حزب النداء": words, not a battle
            else:  # attack: "هجوم لـ X على Y"; "شن X هجوما على Y"
                head = self.after(ce, hi, max_words=1)
                lead = self.folded[ce:head.start].strip(_STRIP) if head is not None else ""
                if head is not None and head.layer == "groups" and (lead[:1] == "ل" or (
                        not lead and key in _WITH_B and head.via == "mention")):
                    # (or the attacker in construct after a noun joined to ب: "قتل قيادي في داعش بغارة التحالف
                    # الدولي"; session 38)
                    m = _ON.match(self.folded, head.end, hi)
                    tail = self.after(m.end() - 1, hi, max_words=2) if m else None
                    if tail is None or tail.layer != "groups":
                        # "قتل خمسة من عناصر الحشد الشعبي في هجوم لتنظيم داعش": the victims (also when "على" names a
                        # place: "في هجوم لجبهة النصرة على حاجز في عرسال"; session 27)
                        tail = self.victims(key, cs, lo, head.id)
                elif (state := self.attack_state(ce, hi)) is not None and \
                        (victim := self.victims(key, cs, lo, state.id)) is not None:
                    # "قتل قيادي في حزب الله بغارة إسرائيلية" (session 26); "قائد في جماعة الشباب التابعة للقاعدة في
                    # غارة أمريكية": al-Shabaab, not the al-Qaeda that describes it
                    head, tail = state, self.described(victim, lo, state.id)
                elif state is not None:  # "غارات روسية على مواقع لهيئة تحرير الشام": the nisba's state (session 26b)
                    qual = _ATTACK_QUALIFIER.match(self.folded, state.end, hi)
                    base = qual.end() if qual else state.end
                    m = _ON.match(self.folded, base, hi)
                    if m is None or m.end() - base > 12:
                        continue
                    head, tail = state, self.after(m.end() - 1, hi, max_words=2)
                else:
                    qual = _ATTACK_QUALIFIER.match(self.folded, ce, hi)  # "غارات جوية على" (session 25, second wave)
                    base = qual.end() if qual else ce
                    m = _ON.match(self.folded, base, hi)
                    if m is None or m.end() - base > 12:  # "على" right after the noun
                        continue
                    tail = self.after(m.end() - 1, hi, max_words=2)
                    head = self.described(self.before(cs, lo, tail.id), lo, tail.id) if tail else None
                if tail is not None and tail.layer != "groups":
                    continue
            if head is None or tail is None or head.id == tail.id:
                continue
            if key in _ADVANCE_CUES and self.political(head, tail):
                continue  # "تقدمت حركة النهضة على حساب حركة نداء تونس": two parties in a poll, not a battle
            truce = key.endswith(" مع") and key[:-3].removeprefix("ب").removeprefix("اتفاق ") in _TRUCE_NOUNS
            if truce and self.political(head, tail):
                continue  # "هدنة مع اتحاد الشغل": a social truce
            if kind in ("ally", "fights") and not (kind == "fights" and shape in ("between", "between_back")) \
                    and not truce and self.undone(cs, lo):
                continue  # "فك تحالفه مع", "ينفي امكانية تحالف X مع Y", "ترفض الدخول في مواجهات مع": none stated
            if kind == "fights" and head.via == "mention" and _CONTROLLED.search(self.folded, max(lo, head.start - 16),
                                                                                 head.start):
                continue  # "بلدة كانت تحت سيطرة تنظيم داعش بعد اشتباكات مع": the place's holder, not who clashed
            if shape == "infix" and head.via == "mention":  # "X و Y التابعتان لـ Z": X too
                co = self.coordinated(head)
                if co is not None and co.id not in (head.id, tail.id) and \
                        not _BETWEEN_BEFORE.search(self.folded, max(lo, co.start - 20), co.start):
                    # (not the first side of "اشتباكات بين X و Y المدعومة من تركيا": Y's backer only; session 27)
                    out.append((kind, co, tail, cs, ce))
            if head.via == "state" and (tail.via == "state" or tail.layer != "groups" or kind in _GROUP_HEADED):
                continue  # a relation between two states, or a state "member of" a group: not this layer's
            if kind == "member_of" and head.via in ("mention", "anaphor") and head.end <= cs and \
                    _JOIN_CUES.search(self.folded, cs, ce) and \
                    ((head.via == "mention" and _DEFECTORS.search(self.folded, max(lo, head.start - 24), head.start))
                     or _LEFT.search(self.folded, max(lo, head.start - 90), head.start)):
                continue  # "انشقت مجموعة من قادة الدعم السريع وانضمت إلى الجيش": the men joined, not their group
            if kind == "fights":
                if tail.via == "state" and head.via == "mention" and head.end <= cs and \
                        not self.folded[ce:tail.start].strip() and _nisba_code(self.folded[tail.start:tail.end]):
                    head, tail = tail, head  # "قتل خمسة من عناصر X في قصف روسي": the noun's state is the attacker
                head, tail = self.as_force(head), self.as_force(tail)
                if shape in ("verb_obj", "verb_with") and tail.via == "mention":
                    objects[tail.start] = head

            out.append((kind, head, tail, cs, ce))
        out.extend(self.retaken(lo, hi))
        out.extend(self.composed(lo, hi))
        out.extend(self.exposed(lo, hi))
        out.extend(self.breached(lo, hi))
        return out

    def breached(self, lo: int, hi: int) -> list[tuple[str, _End, _End, int, int]]:
        """A truce the accused broke by the accuser's word (`breach_words`, session 30): "اتهمت جماعة الحوثي التحالف
        العربي بخرق الهدنة" — a truce is between belligerents, so the accuser fights the accused."""
        out = []
        for v in _ACCUSATION.finditer(self.folded, lo, hi):
            accuser = self.after(v.end(), hi, max_words=1)
            if accuser is None or accuser.layer != "groups" or accuser.via != "mention":
                continue
            accused = self.after(accuser.end, hi, max_words=1)
            if accused is None and _BREACHED.match(self.folded, accuser.end, hi):
                # "جماعة الحوثي تتهم التحالف العربي بخرق الهدنة": the accuser right before the verb
                accused, accuser = accuser, self.before(v.start(), lo, accuser.id)
                if accuser is None or accuser.via != "mention" or v.start() - accuser.end > 20 or \
                        _clause_break(self.folded, accuser.end, v.start()):
                    continue
            if accused is None or accused.layer != "groups" or accused.id == accuser.id:
                continue
            b = _BREACHED.match(self.folded, accused.end, hi)
            if b is None or self.political(accuser, accused):
                continue
            cs = v.start() + (self.folded[v.start()] in "وف" and self.folded[v.start() + 1:v.end()] in _ACCUSATIONS)
            out.append(("fights", self.as_force(accuser), self.as_force(accused), cs, b.end()))
        return out

    def exposed(self, lo: int, hi: int) -> list[tuple[str, _End, _End, int, int]]:
        """A group exposed to an attack (`exposure_verbs`, session 27): "وتعرضت مواقع لقوات درع الوطن لقصف من جماعة
        الحوثي" (the Houthis fight the Nation Shield forces), "تعرض مقر لحزب الله لغارة إسرائيلية" (Israel's forces)."""
        out = []
        for v in _EXPOSED.finditer(self.folded, lo, hi):
            end = min(hi, v.end() + _EXPOSED_REACH)
            stop = _SENTENCE_END.search(self.folded, v.end(), end)
            noun = _EXPOSED_TO.search(self.folded, v.end(), stop.start() if stop else end)
            if noun is None:
                continue
            qual = _ATTACK_QUALIFIER.match(self.folded, noun.end(), hi)
            base = qual.end() if qual else noun.end()
            by = _BY.match(self.folded, base, hi)
            head = None
            if by is not None:
                head = self.after(by.end() - 1, hi, max_words=1)
                if head is None:  # "من قبل مسلحين من جبهة النصرة": its members
                    head = self.after(by.end() - 1, hi, max_words=3, extra=_ATTACKER_MEMBERS)
                    if head is not None and not _FROM_GROUP.search(self.folded[by.end() - 1:head.start]):
                        head = None
            else:
                head = self.attack_state(noun.end(), hi)
            if head is None or head.layer != "groups":
                continue
            i = bisect_left(self.starts, v.end())
            if i < len(self.mentions) and self.mentions[i].end <= noun.start():
                m = self.mentions[i]  # "تعرضت مواقع لقوات درع الوطن لقصف"
                tail: _End | None = _End(m.start, m.end, m.id, m.text)
            else:  # "قوات درع الوطن تعرضت لقصف", "تعرضت قوات X لقصف" (the group inside the verb's reach)
                tail = self.before(v.start(), lo, head.id)
                if tail is not None and (tail.via != "mention" or v.start() - tail.end > 20
                                         or _clause_break(self.folded, tail.end, v.start())):
                    tail = None
            if tail is None or tail.id == head.id or self.political(head, tail):
                continue
            out.append(("fights", head, tail, noun.start("n"), noun.end()))
        return out

    def retaken(self, lo: int, hi: int) -> list[tuple[str, _End, _End, int, int]]:
        """A place retaken or freed from a group (`retake_verbs`, session 26): "استعاد الجيش السوداني السيطرة على مدينة
        ود مدني من قوات الدعم السريع", "أعلن الجيش العراقي تحرير الموصل من تنظيم داعش": the taker fights the group
        after "من" (or "من قبضة/سيطرة"), within a few words of the verb in its sentence."""
        out = []
        for m in _RETAKE.finditer(self.folded, lo, hi):
            cs, ce = m.start("v"), m.end("v")
            i = bisect_left(self.starts, ce) - 1
            if i >= 0 and self.mentions[i].end > cs:
                continue  # "هيئة تحرير الشام", "حركة تحرير السودان": a name, no verb
            head = self.after(ce, hi, max_words=1)
            if head is None or head.layer != "groups":
                head = self.before(cs, lo, None)
                if head is None or head.via != "mention" or cs - head.end > 20 \
                        or _clause_break(self.folded, head.end, cs):
                    continue
                # "إن قواته بمساندة الحشد الشعبي استعادت السيطرة على تلعفر من تنظيم داعش": the army (session 29)
                head = self.backed_subject(head, lo, None) or head
            end = min(hi, ce + _RETAKE_REACH)
            stop = _SENTENCE_END.search(self.folded, ce, end)
            frm = _RETAKE_FROM.search(self.folded, head.end if head.start > ce else ce, stop.start() if stop else end)
            if frm is None:
                continue
            tail = self.after(frm.end() - 1, hi, max_words=1)
            if tail is None or tail.layer != "groups" or tail.id == head.id or self.political(head, tail):
                continue
            out.append(("fights", head, tail, cs, ce))
        return out


    def composed(self, lo: int, hi: int) -> list[tuple[str, _End, _End, int, int]]:
        """The groups a coalition is made of (`compose_verbs`, session 29): "جيش الفتح الذي يضم جبهة النصرة وحركة أحرار
        الشام": each group of the list after the verb is a member of the group right before the relative pronoun."""
        out: list[tuple[str, _End, _End, int, int]] = []
        # the mentions that start in the region (by their sorted starts: not every mention of the document per
        # region, a square term on a long document, session 33)
        for whole_m in self.mentions[bisect_left(self.starts, lo):bisect_left(self.starts, hi)]:
            if not lo <= whole_m.start < whole_m.end <= hi:
                continue
            m = _COMPOSED.match(self.folded, whole_m.end, hi) or _FORMED_AFTER.match(self.folded, whole_m.end, hi)
            if m is None and _FORMED_BEFORE.search(self.folded, max(lo, whole_m.start - 12), whole_m.start):
                m = _FROM_AFTER.match(self.folded, whole_m.end, hi)  # "وتشكلت X من …"
                if m is not None:
                    m = re.compile(r"(?P<cue>من)").match(self.folded, m.end() - 2, hi)
            if m is None and _MERGE_NOUN.search(self.folded, max(lo, whole_m.start - 20), whole_m.start):
                m = _MERGE_LIST.match(self.folded, whole_m.end, hi)  # "اندماجها في X بينها …"
            if m is None:
                continue
            whole = _End(whole_m.start, whole_m.end, whole_m.id, whole_m.text)
            if self.political(whole) and self.kinds_of(whole.id) == {"government"}:
                continue  # "الحكومة التي تضم حركة النهضة": a cabinet's parties
            part = self.after(m.end(), hi, max_words=4, extra=_COMPOSE_GAP)
            if part is not None and not set(self.folded[m.end():part.start].split()) <= _COMPOSE_GAP:
                continue  # "الذي يضم عناصر من الحشد الشعبي": its men, not the group
            while part is not None and part.layer == "groups" and part.via == "mention" and part.id != whole.id:
                out.append(("member_of", part, whole, m.start("cue"), m.end("cue")))
                nxt = self.after(part.end, hi, max_words=2)
                if nxt is None or not self.folded[part.end:nxt.start].strip(_STRIP).startswith("و"):
                    break
                part = nxt
        return out


#: The group is in a relative clause of a noun before it ("التحالف الذي تقوده السعودية ويضم الإمارات إنه قصف مواقع
#: للحوثيين"): the object or subject of the relative verb, not the attacker of the verb said after it (session 29,
#: second wave)
_SAID_THAT = re.compile(r"(?<!\w)(?:ب?ان|ب?انه|ب?انها|ب?انهم)(?!\w)")  # the clause said ends there
_IN_RELATIVE = re.compile(r"(?<!\w)(?:الذي|التي|الذين|اللذين|اللتين)[ \t]+(?:[^\s.،,؛:!?؟]+[ \t]+){1,3}\Z")


def find_relations(doc: Document) -> list[RelationSpan]:
    """The relations stated in the extraction regions of ``doc`` (its groups layer must be filled)."""
    lex = lexicon()
    mentions = _mentions(doc)
    if not mentions:
        # Every relation has a group of the layer at one end, or a noun referring back to one (found
        # among them): without a group the other ends are states, nisbas and entities, which make none.
        return []
    finder = _Finder(doc, lex, mentions)
    out: list[RelationSpan] = []
    seen: dict[tuple[str, str | None, str | None], list[tuple[int, int]]] = {}
    for region in doc.extraction_regions():
        lo, hi = doc.to_normalized(region.start, region.end)
        for kind, head, tail, cs, ce in finder.find(lo, hi):
            if kind == "fights" and head.end <= cs and _SAID_THAT.search(finder.folded, head.end, cs) and \
                    _IN_RELATIVE.search(finder.folded, max(lo, head.start - 40), head.start):
                continue  # (the relative clause's own "التي تقودها السعودية وحلفاؤها ضد الحوثيين" stays)
            s, e = doc.to_original(min(head.start, tail.start, cs), max(head.end, tail.end, ce))
            # one record per relation and evidence: "يقاتل X ضد Y" has two cues for one relation
            spans = seen.setdefault((kind, head.id, tail.id), [])
            if any(s < oe and os_ < e for os_, oe in spans):
                continue
            spans.append((s, e))
            cue_s, cue_e = doc.to_original(cs, ce)
            hs, he = doc.to_original(head.start, head.end)
            ts, te = doc.to_original(tail.start, tail.end)
            attrs: dict[str, Any] = {"head_start": hs, "head_end": he, "tail_start": ts, "tail_end": te}
            if head.via != "mention":
                attrs["head_via"] = head.via
            if tail.via != "mention":
                attrs["tail_via"] = tail.via
            out.append(RelationSpan(s, e, doc.text[s:e], type=kind, head=head.id, tail=tail.id,
                                    head_text=doc.text[hs:he], tail_text=doc.text[ts:te],
                                    cue=doc.text[cue_s:cue_e], tail_layer=tail.layer,
                                    part=region.part, attrs=attrs))
    out.sort(key=lambda r: (r.start, r.end))
    return out


def make_stage() -> Callable[[Document], Document]:
    """The relations stage (no options); it needs the groups layer."""
    lexicon()  # compile now, not on the first document

    def relations_stage(doc: Document) -> Document:
        doc.layers["relations"] = list[Span](find_relations(doc))
        return doc

    return relations_stage
