"""Tests on the words around a trigger that the events stage's gates and role readers share, and the facts of a
whole document's words (an accident, an animal told before)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from datetime import date
from functools import cache, cached_property
from itertools import islice

from ...document import Document
from ...lang.ar import fold, trie_regex
from .arguments import CONNECTORS, VIOLENT_TYPES, SentenceView
from .sentences import Draft
from .triggers import word_set
from .vocab import (
    _FAR_CALL_REACH,
    ANIMAL_NAME_OPENERS,
    ATTACK_EVIDENCE,
    ATTACKING_ANIMALS,
    BLAST_LEXEMES,
    CALL_CUES,
    CHARGE_CUES,
    CHARGE_OPENERS,
    COLLISION_NOUNS,
    CRIME_EVIDENCE,
    DEPOTS,
    DIRECT_FILLERS,
    EXPLOSIONS,
    GENERIC_ATTACKS,
    INDUSTRIAL_SITES,
    MUNITIONS,
    PLANT_WORDS,
    RAMMING_WORDS,
    RELATIVES,
    ROAD_ACCIDENT_HEADS,
    ROAD_ACCIDENT_KINDS,
    ROAD_VEHICLES,
    SIMILAR_ATTACK,
    STATIONS,
    TARGETING,
    TERRITORY_QUANTIFIERS,
)


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
#: How far back a charge opener ("من أجل") reaches through such a list, for a violent act only (session 41: "من أجل
#: القتل العمد واغتصاب قاصر"; not a purpose's list, "من اجل دعم جهود تنظيم داعش في عمليات التفخيخ ونصب الكمائن").
CHARGE_OPENER_REACH = 4


def _charge_listed(view: SentenceView, k: int, violent: bool = False) -> bool:
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
        if violent and k - i <= CHARGE_OPENER_REACH and (
                view.is_word(i, CHARGE_OPENERS) or (i > 0 and f"{words[i - 1]} {w}" in CHARGE_OPENERS)):
            return True  # "القبض على شخصين من أجل القتل العمد واغتصاب قاصر" (session 41)
    return False


def charged_act(view: SentenceView, k: int, *, openers_only: bool = False) -> bool:
    """Is the killing or wounding word at token ``k`` the act of a legal charge: a charge word (`charge_cues`:
    "بتهمة قتل", "تهم القتل العمد", "المتهم بقتل") or a charge opener (`charge_openers`: "من أجل قتل شخص", "بشبهة
    القتل", "والشروع بقتل 5 آخرين") right before it in its clause, only `direct_fillers` between (session 41)?"""
    words, clause = view.words, view.clause_of(k)
    j = k - 1
    while j >= 0 and view.clause_of(j) == clause and words[j] in DIRECT_FILLERS:
        j -= 1
    if j < 0 or view.clause_of(j) != clause or view.tokens[j].kind != "word":
        return False
    if (view.is_word(j, CHARGE_CUES) and not openers_only) or view.is_word(j, CHARGE_OPENERS):
        return True
    return j > 0 and view.clause_of(j - 1) == clause and f"{words[j - 1]} {words[j]}" in CHARGE_OPENERS


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
        # Each fact is read by a pattern of its words (``_in_pattern``) that ``re`` searches for in C: a Python loop
        # over every word of a 5 MB document took 1.0 s (session 40).  No list of the words is made (see ``tail``).
        attack = _in_pattern(ATTACK_EVIDENCE).search(folded)
        armed = _in_pattern(ARMED_EVIDENCE).search(folded)
        self.first_attack = attack.start() if attack else none
        self.first_armed = armed.start() if armed else none
        self.first_animal = next((m.start() for m in _in_pattern(ATTACKING_ANIMALS).finditer(folded)
                                  if not _in(_word_before(folded, m.start()), ANIMAL_NAME_OPENERS)), none)
        accident = none
        for m in _in_pattern(BLAST_LEXEMES).finditer(folded):
            # the blast and the eight words after it (a plant is read at most seven words after it: ``_plant_after``)
            window = list(islice(_NON_SPACE.finditer(folded, m.start()), 9))
            fewest = _fewest_for_plant([w.group() for w in window], 1)
            if fewest:
                accident = min(accident, window[fewest - 1].end())
        self.first_accident = accident

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
#: An accident noun and its kind (the kind may be glued to the next word: "حادث مرورعلى"), or a collision noun and
#: a vehicle, each with و/ف/ب/ل and ال read (`road_accident_heads`, `road_accident_kinds`, `collision_nouns`,
#: `road_vehicles`).
_ROAD_ACCIDENT = re.compile(
    rf"(?<!\w)[وفبل]?(?:ال)?(?:{trie_regex(ROAD_ACCIDENT_HEADS)})\s+(?:ال)?(?:{trie_regex(ROAD_ACCIDENT_KINDS)})"
    rf"|(?<!\w)[وفبل]?(?:ال)?(?:{trie_regex(COLLISION_NOUNS)})\s+(?:ال)?(?:{trie_regex(ROAD_VEHICLES)})(?!\w)")
#: A word of an attack, a ramming, terror or a crime (`attack_evidence`, `ramming_words`, `crime_evidence`, also
#: after و/ف/ب/ل), punctuation glued to it or not ("عمدًا،"): the deaths of the document are no accident's.
_NO_ACCIDENT = re.compile(rf"(?<!\w)[وفبل]?{trie_regex(ATTACK_EVIDENCE | RAMMING_WORDS | CRIME_EVIDENCE)}(?!\w)")


@cache
def _in_pattern(words: frozenset[str]) -> re.Pattern[str]:
    """The words of ``folded.split()`` for which ``_in(word, words)`` holds: one of ``words``, or one after و/ف/ب/ل
    (every word of the lists has two letters or more, so a word with a proclitic has more than two)."""
    assert all(len(w) > 1 and not any(ch.isspace() for ch in w) for w in words)
    return re.compile(rf"(?<!\S)[وفبل]?{trie_regex(words)}(?!\S)")


def _word_before(text: str, at: int) -> str:
    """The word of ``text.split()`` before the one that starts at ``at`` ("" for the first)."""
    end = at
    while end and text[end - 1].isspace():
        end -= 1
    start = end
    while start and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


class _TextBefore:
    """One document's :class:`_DocumentWords`, made by :meth:`EventExtractor.__call__` and computed when a sentence
    first asks (most documents tell of no blast nor animal attack that needs them)."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc

    @cached_property
    def words(self) -> _DocumentWords:
        return _DocumentWords(self.doc.folded)

    @cached_property
    def road_accident(self) -> bool:
        """Does the document name a road or rail accident ("حادث مرور", "حادثة سير", "اصطدام حافلة بشاحنة", "تصادم
        قطارين") and no word of an attack, a ramming or terror (`attack_evidence`, `ramming_words`)?  Its deaths
        with no trigger of their own are then the accident's ("اعترضته شاحنة ثقيلة … لتصدمه وترديه قتيلا", "من بين
        القتلى طفلين"; session 45).  Read once per document, when a sentence first has such a death."""
        folded = self.doc.folded
        return _ROAD_ACCIDENT.search(folded) is not None and _NO_ACCIDENT.search(folded) is None


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


#: The relative pronouns (the shared list of ar_words.yaml; session 41: a list of its own here before).
_RELATIVE_PRONOUNS = RELATIVES
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
