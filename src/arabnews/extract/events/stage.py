"""The ``events`` stage: one ACLED-style record per event mentioned in the article.

A trigger (a verb or verbal noun of ``resources/event_triggers.yaml``) gives the type and sub-event
type; its sentence gives the arguments (:mod:`.arguments`).  Killing words make an event of their own
only when nothing else in their clause is one ("قُتل 5 أشخاص في حلب"); after a result cue ("ما أسفر
عن مقتل …") they are the casualties of the event before them.

Session 37 split the stage into modules with one job each: :mod:`.vocab` (its word lists), :mod:`.sentences`
(the draft event and a sentence's pieces), :mod:`.clues` (word tests the rules share), :mod:`.gating` (whether a
trigger tells an event), :mod:`.roles` (an event's actors, targets and victims, and its retyping), :mod:`.folding`
(one act told twice); this module reads a document and its sentences.  The names imported ``as`` themselves are
re-exported for the code and tests that read them from here.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections.abc import Callable, Sequence
from itertools import compress
from typing import Any

from ...document import Document, Region, Span
from ...lang.ar import clitic_splits, fold, fold_words
from ...lang.ar.scan import PrefixedWords, prefix_strings
from ...text.tokenize import Token, Tokens
from ..numbers.lexicon import lexicon as number_lexicon
from .arguments import (
    VIOLENT_TYPES,
    LayerIndex,
    SentenceView,
    agent_marker,
    doc_places,
    kin_object,
    negated,
    plural_victim_after,
    pronoun_victims,
    since_started,
    stems,
)
from .arguments import person_object as person_object
from .clues import ARMED_EVIDENCE as ARMED_EVIDENCE
from .clues import DONE_REACH, _conditional, _generic, _means_of, _plural_feminine, _subject_strikes, _TextBefore
from .clues import _DocumentWords as _DocumentWords
from .clues import _in as _in
from .clues import _plant_after as _plant_after
from .folding import _RESTATING, _case_told, _merge_anaphors, _recalled_doers, _told_done
from .gating import burnt_alive, scuffle_sides, to_death, undertaken_act
from .headlines import fold_headline, headline_sentence
from .roles import RoleReader, headline_doer, headline_object
from .rumours import denied_rumour, rumour_at
from .sentences import MAX_SENTENCE_TOKENS as MAX_SENTENCE_TOKENS
from .sentences import (
    Draft,
    _count,
    _definite_reading,
    _missile_test_document,
    _participle_clause_source,
    _Quotes,
    _reading_pieces,
    _relay_phrase,
    _same_line,
    _SentenceFacts,
    _tally_count,
    _Word,
    _words,
)
from .sentences import _cuts as _cuts
from .sentences import _folded_words as _folded_words
from .sentences import _quote_fields as _quote_fields
from .states import (
    addressee_not_actor,
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
from .triggers import CasualtyInfo, Lexicon, TriggerInfo, WordFacts, lexicon
from .vocab import (
    _ARREST_NOUNS,
    _COUNT_CATEGORIES,
    _PROTEST_TYPES,
    _WEAPON_LOOKAHEAD,
    ABSTRACT_THREATS,
    AMONG_WORDS,
    ANAPHORIC_NOUNS,
    ANAPHORIC_PLURALS,
    ANOTHER_ATTACK,
    ASSASSINATIONS,
    CASE_NOUNS,
    CLAIM_VERBS,
    CLASH,
    COMMITTED_VERBS,
    DEED_VERBS,
    DEMAND_VERBS,
    DEMONSTRATIVES,
    DISRUPTED,
    DONE_CUES,
    DRILL_NOUNS,
    ELIMINATIONS,
    EVENT_ADJECTIVES,
    EXPLOSIONS,
    GEAR_NOUNS,
    HALT_NOUNS,
    HARM_BUT_KILLING,
    INJURING_DOERS,
    KILLING_MANNERS,
    KILLINGS,
    LOOTING,
    MANNER_REACH,
    MARCHES,
    MILITARY_OPERATIONS,
    NEUTRALISING,
    OBJECT_PRONOUNS,
    OPERATION_LAUNCHES,
    POLICE_STEMS,
    POLITICAL_SENSES,
    PROJECTILES,
    PRONOUN_ARREST_CUES,
    PROTEST_ADVERBS,
    PROTESTER_STEMS,
    PURSUIT_WORDS,
    RAMMING_WORDS,
    RELATIVES,
    RENEWAL_WORDS,
    RESPONSIBILITY,
    RESTATED_ARRESTS,
    RESTATED_KILLINGS,
    RESTATED_NOUNS,
    RIOT_WEAPONS,
    ROBBERY_LEXEMES,
    SCUFFLES,
    SEIZING,
    SEIZURES,
    SHOOTINGS,
    SIMILAR_ATTACK,
    STATE_STEMS,
    STOPPAGES,
    STORMINGS,
    STRIKE_STEMS,
    SUICIDE,
    SUSPENDED_FROM,
    TAKEDOWNS,
    TAKEN_PRONOUNS,
    TARGETING,
    TARGETING_NOUNS,
    TERRITORY_LEXEMES,
    TIME_NOUNS,
    TRAPS,
    UNARMED_GROUP_KINDS,
    UNARMED_GROUPS,
    UNDERTAKEN_ACTS,
    UNDERTAKING_VERBS,
    UNMANNED,
    VERBAL_ATTACKS,
    VIOLENT_ONLY,
    WARRANT_NOUNS,
    WEAPON_LEXEMES,
)
from .vocab import ANIMAL_NAME_OPENERS as ANIMAL_NAME_OPENERS
from .vocab import ATTACK_EVIDENCE as ATTACK_EVIDENCE
from .vocab import ATTACKING_ANIMALS as ATTACKING_ANIMALS
from .vocab import BLAST_LEXEMES as BLAST_LEXEMES


def _after_letters(text: str, s: int, e: int, n: int) -> int:
    """The offset in ``text[s:e]`` after its first ``n`` letters and the marks on them ("وبِطعن", 2 → "طعن")."""
    while s < e and n:
        s += 1
        n -= 1
        while s < e and unicodedata.category(text[s]) == "Mn":
            s += 1
    return s


#: How many folded characters before an act with ب its verb of doing may start (its subject between: a few words).
_DEED_LOOKBEHIND = 80


def _deed_before(folded: str, at: int) -> bool:
    """Is a verb of doing (``deed_verbs``: "قام", "وقامت") among the words of ``folded`` in the few characters
    before ``at`` (a cheap look before a sentence with no trigger is read)?"""
    return any(w in DEED_VERBS or (w[:1] in "وف" and w[1:] in DEED_VERBS)
               for w in folded[max(0, at - _DEED_LOOKBEHIND):at].split())


def _deed_act(word: str) -> bool:
    """Is the folded ``word`` a verbal noun of harm with ب ("بسلب", "وبالطعن"): the act of a verb of doing before it
    ("قامت عصابة بسلب تاجر"; session 46)?"""
    rest = word[2:] if word.startswith("وب") else word[1:] if word.startswith("ب") else ""
    return rest.removeprefix("ال") in UNDERTAKEN_ACTS

#: Punctuation stuck to a word of the folded text (stripped before a word list is read).
_WORD_PUNCT = ".,،؛;:!?؟\"'()«»"


class EventExtractor(RoleReader):
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
        # (and the past verbs of harm whose subject and kin object make a crime on kin: see _kin_harm; session 41)
        self._may = PrefixedWords(prefixes, {*lex.trigger_index.forms, *lex.casualty_index.forms, *UNDERTAKING_VERBS,
                                             *HARM_BUT_KILLING, *UNDERTAKEN_ACTS})
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
        longest = self._longest
        every = doc.tokens
        if isinstance(every, Tokens) and not every.keeps_all:
            # a long document's: the words' columns picked in C, a word built (as :func:`~.sentences._words` does)
            # only for the few windows that may hold a form, not for each of the region's words (session 40)
            lo, hi = doc.token_range(region.start, region.end)
            mask = every.word_mask(lo, hi)
            spans, nspans = every.spans, every.nspans
            nstarts = list(compress(nspans[2 * lo:2 * hi:2], mask))
            norms = list(map(doc.norm.__getitem__, map(slice, nstarts, compress(nspans[2 * lo + 1:2 * hi:2], mask))))
            at = self._starts.positions(norms)
            if not at:
                return []
            starts = list(compress(spans[2 * lo:2 * hi:2], mask))
            ends = list(compress(spans[2 * lo + 1:2 * hi:2], mask))
            return [[_Word(norms[k], nstarts[k], starts[k], ends[k]) for k in range(i, min(i + longest, len(norms)))]
                    for i in at]
        tokens = _words(doc, region)
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
        # (a word's punctuation off: "لقي شاب حتفه خنقا." ended its sentence; session 47)
        words = [w.strip(_WORD_PUNCT) for w in doc.folded[ne:ne + _WEAPON_LOOKAHEAD].split()[:5]]
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
                if first in UNDERTAKING_VERBS or (first[:1] in "وف" and first[1:] in UNDERTAKING_VERBS) or (
                        (first in HARM_BUT_KILLING or (first[:1] in "وف" and first[1:] in HARM_BUT_KILLING))
                        and len(words) > 2
                        and kin_object(words[2])) or (_deed_act(first) and _deed_before(doc.folded, token.nstart)):
                    # (a verb of harm only with a kin object after its subject: "طعن شاب شقيقه", see _kin_harm; an
                    # act with ب, which a verb of doing may name: "قامت عصابة بسلب تاجر", see _undertaken)
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
        undertaken: set[int] = set()  # ids of acts told after أقدم/عمد/قام ("أقدم مواطن على الاعتداء"): their doer
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
                reported, colon = None, False
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
                    # "وزارة الخارجية : … في هجوم كندا": who speaks, no actor (not of a protest: "نقابة التعليم :
                    # إضراب يوم …" is often the union's own; session 43)
                    colon = (q.get("cue") or {}).get("text", "").strip() == ":" and draft.type not in _PROTEST_TYPES
                    addressee_not_actor(doc.text, draft, q)
                else:
                    in_sentence = quotes.fields(start, draft.start)
                    reported = _participle_clause_source(doc.text, in_sentence, start, draft.start)
                source_not_actor(view, draft, reported, colon=colon)
                state_not_place(draft)
                out.append(EventSpan(draft.start, draft.end, doc.text[draft.start:draft.end],
                                     type=draft.type, subtype=draft.subtype, actors=draft.actors,
                                     location=draft.location, date=draft.date, fatalities=killed, injured=injured,
                                     negated=draft.negated, reported=reported, sentence=i,
                                     confidence=confidence, part=doc.part_at(draft.start) or "body"))  # type: ignore[arg-type]
                if mixed:  # "سقوط العشرات بين قتيل وجريح": the dead and wounded not told apart (session 36)
                    out[-1].attrs["casualties"] = mixed
                rumour = rumour_at(view, draft)
                if rumour is not None:  # "أنباء عن مقتل البغدادي": told as news going round (session 40)
                    out[-1].attrs["uncertain"] = True
                    if denied_rumour(view, rumour):  # "نافيا الأخبار التي راجت حول تفكيك خلية"
                        out[-1].negated = True
                # ("وقبل هذا الاعتداء": "this anaphor", the attack told last whatever its place and day; session 43)
                kinds.append(("this anaphor" if view.is_word(draft.k - 1, DEMONSTRATIVES) else "anaphor")
                             if self._anaphor(view, draft) else "this anaphor" if self._these_attacks(view, draft)
                             else self._restated(view, draft) or ("standalone" if draft.standalone else ""))
                if draft.unasserted == "other" and draft.type in _PROTEST_TYPES:
                    called.add(id(out[-1]))
                if draft.unasserted in ("charged", "planned"):
                    claimed.append((len(out) - 1, draft.unasserted, self._done_after(view, draft)))
                if draft.named_doer:
                    doers.append(len(out) - 1)
                if draft.undertaken is not None:
                    undertaken.add(id(out[-1]))
        if claimed:
            _told_done(out, claimed, headline_sentence(doc))
        merged = _merge_anaphors(out, kinds, doc.text, undertaken) if set(kinds) & _RESTATING else out
        if any((e.date or {}).get("recalled") and not (e.date or {}).get("value") for e in merged):
            merged = _case_told(merged, doc.text)
        recalled = _recalled_doers(out, doers, headline_sentence(doc)) if doers else set()
        final = fold_headline(merged, doc, called)
        return [e for e in final if id(e) not in recalled] if recalled else final

    @staticmethod
    def _untold_attack(view: SentenceView, drafts: list[Draft], k: int, c: int) -> bool:
        """Is the killing word at token ``k``, in the result clause ``c``, the toll of an attack its sentence names
        before it with no trigger ("العملية الإرهابية التي جدت يوم 19 ديسمبر في سوق عيد الميلاد ببرلين، وأدت الى مقتل
        12 شخصا"): no event before it in the sentence, and a word of an attack (`attack_evidence`) in a clause before
        (session 41)?  Its killing is then the attack's event."""
        if c == 0 or any(d.k < k for d in drafts):
            return False
        return any(view.clause_of(j) < c and (view.is_word(j, ATTACK_EVIDENCE) or (
            view.words[j].startswith("ال") and view.words[j][2:] in ATTACK_EVIDENCE)) for j in range(k))

    @staticmethod
    def _done_after(view: SentenceView, d: Draft) -> bool:
        """Does a word of the act's clause after it tell it was done ("المتهمين بقتل الشهيد", "بقتل زوجته … ما أدى
        إلى وفاتها", "لجريمة القتل")?"""
        return any(view.is_word(j, DONE_CUES) for j in range(d.kj, min(len(view.words), d.kj + DONE_REACH)))

    @staticmethod
    def _anaphor(view: SentenceView, d: Draft) -> bool:
        """Is the trigger of ``d`` a definite attack noun that names an attack told before ("الهجوم",
        "بالتفجير", "للاعتداء"), not another one ("الهجوم الثاني", "الهجوم الآخر"), or an undertaken act with its
        victim's pronoun ("قام بطعنها")?"""
        if d.info is None and d.undertaken is not None and not d.negated:
            # "قام بطعنها بسكّين" after "أقدم شابّ … على قتل زوجته طعنا" (ANT 8389): an act whose victim is a pronoun
            # retells the one told before (session 46)
            act = undertaken_act(d.text_folded)
            return act is not None and not d.text_folded.endswith(act)
        if d.info is None or d.info.pos != "noun" or d.info.lexeme not in ANAPHORIC_NOUNS or d.negated:
            return False
        if not any(s.article and s.stem == d.info.lexeme for s in clitic_splits(d.text_folded)):
            return False  # indefinite ("هجوم"), dual or with a pronoun ("الهجومين", "هجومه"): another attack
        return not (d.kj < len(view.words) and view.words[d.kj] in ANOTHER_ATTACK)

    @staticmethod
    def _these_attacks(view: SentenceView, d: Draft) -> bool:
        """Is the trigger of ``d`` a definite plural or dual attack noun after a demonstrative ("وتأتي هذه
        الهجمات", "إثر هذه الاعتداءات", "هذين التفجيرين"; session 44): the attacks told before, not new ones?"""
        if d.info is None or d.info.pos != "noun" or d.type not in VIOLENT_TYPES or d.negated or \
                not view.is_word(d.k - 1, DEMONSTRATIVES):
            return False
        first = d.text_folded.split()[0]
        return any(s.article and s.stem in ANAPHORIC_PLURALS for s in clitic_splits(first)) and not (
            d.kj < len(view.words) and view.words[d.kj] in ANOTHER_ATTACK)

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
        if d.standalone and any(m.cue != d.k and not m.explicit and pronoun_victims(view.words[m.cue], result=True)
                                for m in d.killed):
            # "أصيب الشاب … بطعنتي سكين مما أدى إلى مقتله" after "مقتل شاب بولندي طعنا بسكين" (ANT 1238): the
            # victim's pronoun retells the killing told before (session 47)
            return "pronoun"
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

    @staticmethod
    def _manner_of_death(view: SentenceView, hit: Any, cues: list[Any]) -> bool:
        """Is the one-word trigger ``hit`` a manner accusative of a killing (`killing_manners`: "ذبحا", "خنقا") with a
        death or killing word a few words before it ("مقتل شاب ذبحا", "لقي شاب حتفه خنقا"; session 47, ev47b): the
        death's manner, neither a dual verb nor an act of its own?"""
        s, e, _ = hit
        k, kj = view.span_tokens(s, e)
        if kj != k + 1 or view.words[k] not in KILLING_MANNERS:
            return False
        return any(info.kind == "killed" and k - MANNER_REACH <= (view.token_at(cs) or -1) < k
                   for cs, _, info, _ in cues)

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
        if cues:
            hits = [h for h in hits if not self._manner_of_death(view, h, cues)]
        family = [h for h in hits if all(i.family for i in h[2])]  # protesters, gathering verbs: read last
        if family:
            hits = [h for h in hits if not all(i.family for i in h[2])]
        taken = [(h[0], h[1]) for h in hits]
        # (an assassination verb is its own casualty word: "اغتيل قيادي في حركة حماس" kills one, session 39)
        cue_list = [(s, e, info.kind, w) for s, e, info, w in cues
                    if free(s, e) and (info.lexeme in ASSASSINATIONS or not any(a < e and s < b for a, b in taken))
                    and not self._unit_word(view, s)]
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
            if view.tokens[kj - 1].text.endswith("ة"):
                # "حوادث قاتلة", "رحلة قاتلة": a word written with ta marbuta is no verb with its object pronoun
                # ("قاتله"), whatever the folding makes of it
                infos = tuple(i for i in infos if i.pos != "verb")
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
            if info.headline and not info.weak and (headline_doer(view, k) is None or not headline_object(view, kj)) \
                    and to_death(view, info.lexeme, kj) is None:
                continue  # "يطعن في قرار إقالته": a bare stabbing or robbery verb outside a subject-first headline
            if fold(info.lexeme) in SCUFFLES and not scuffle_sides(view, kj):
                continue  # "مناوشات بين اللاعب و إداريين", "الصدامات" told before: no riot (session 48, ev48b)
            if info.weak and not armed(info, k, kj) and not self._shooting_at(view, k, kj) and \
                    burnt_alive(view, info.lexeme, kj) is None and to_death(view, info.lexeme, kj) is None and \
                    not (info.headline and headline_doer(view, k) is not None and headline_object(view, kj)) and \
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
            if (info.subtype == "arrests" or info.lexeme in KILLINGS) and \
                    self._animals_taken(view, kj, info.pos == "verb"):
                continue  # "القبض على 3 كلاب سائبة", "وقتلوا 20 كلبا": animals, no one arrested or killed (s. 42)
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
            if info.lexeme in TARGETING and info.pos == "verb" and _threat_told(view, k):
                continue  # "الخطر الإرهابي الذي يستهدف مؤسسات الدولة": a threat, no act (session 45)
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
            # (a party is no armed side of a sport's "مواجهة": "ديبورتيفو ألفيس" read as the FIS; it still holds a
            # protest, session 39)
            if facts.domain and not ((groups if info.type in _PROTEST_TYPES else armed_groups and not only_parties)
                                     or facts.casualties) and not self._protest_anyway(view, info, s, e) \
                    and not self._named_blast(view, layers, info, kj):
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
            if info.subtype == "arrests" and (view.is_word(k - 1, WARRANT_NOUNS) or (
                    view.words[k - 1:k] == ["القاء"] and view.is_word(k - 2, WARRANT_NOUNS))):
                continue  # "أصدر القضاء مذكرة اعتقال بحق شخص": a warrant, no arrest made (session 39)
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
        for verb, k, _act in self._undertaken(view, drafts):
            # "عمد ثلاثة أشخاص، إلى قتل جارهم", "أقدم شابان على طعن شاب": the verbal noun is the act (a robbery is
            # typed a looting once its victim is read: see _retype)
            s, e = view.tokens[k].start, view.tokens[k].end
            if view.words[k - 1] not in ("علي", "الي"):  # "بسلب": the act after its ب ("قامت عصابة بسلب تاجر")
                s = _after_letters(view.doc.text, s, e, 2 if view.words[k].startswith("وب") else 1)
            drafts.append(Draft(s, e, k, k + 1, "violence against civilians", "attack", None, undertaken=verb,
                                text_folded=view.words[k]))
        for d in drafts:
            if d.undertaken is None and d.info is not None and d.info.pos == "noun" and d.type in VIOLENT_TYPES:
                d.undertaken = self._undertaking_of(view, d.k)  # "أقدم مواطن على الاعتداء على قابلة" (session 42)
        for k, lemma in [*self._taken_harm(view, drafts, facts.cands), *self._kin_harm(view, drafts)]:
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
            busy = {view.clause_of(d.k) for d in drafts if d.subtype != "arrests"}
            arrests = [d.k for d in drafts if d.subtype == "arrests"]
            # (an arrest told after the killing with no و busies its clause only for a killing with no weapon: "مقتل
            # شاب طعنا بسكين خلال شجار … بينه وبين أربعة مهاجرين اعتقلتهم السلطات" tells of both, ANT 1238; s. 47)
            arrested = {view.clause_of(d.k) for d in drafts if d.subtype == "arrests" and not (
                d.info is not None and d.info.pos == "verb" and view.tokens[d.k].text.startswith("و"))}
            acts = {view.clause_of(d.k) for d in drafts if d.subtype != "arrests"}
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
                # (not "القبض على شاب … ارتكب جريمة تتمثل في قتل صديقه": the one arrested did it, told as done, an
                # event of its own; session 44)
                held = [a for a in arrests if a < k and view.clause_of(a) == c]
                committed = bool(held) and c not in acts and any(
                    view.is_word(j, COMMITTED_VERBS) for j in range(max(held) + 1, k))
                if held and not committed:
                    continue
                if ((c in busy or (c in arrested and not weapon)) and not committed) or (
                        c in view.result_clauses and not self._untold_attack(view, drafts, k, c)) or \
                        negated(view, k) or self._hypothetical(view, k) or \
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
                if not weapon and before.road_accident:
                    continue  # "حادث مرور … اعترضته شاحنة ثقيلة … لتصدمه وترديه قتيلا": the accident's dead (s. 45)
                cause = self._died_in(view, kj, drafts)
                if cause is not None:
                    died_in.append((k, cause))
                    continue  # "مقتل 4 سيّاح … إثر انفجار حافلة": the blast's dead, no killing of its own
                busy.add(c)
                acts.add(c)
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
            self._robbery_type(view, d)
            self._burnt_alive_type(view, d)
            self._force_against_protesters(d, cands, kinds)
            self._forces_arrest(view, d)
            self._clash_sides(view, layers, d, cands)
            self._crowd_actor(view, layers, d)
            self._participants_actor(view, d, cands)
        drafts = _scuffle_into_protest(drafts)
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
                         and (o.negated == d.negated or ((anaphora or d.text_folded in PROTEST_ADVERBS)
                                                          and o.unasserted != "charged"))
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
                # (not an act of another kind joined by و in a list of them: "قام القاتل باختطاف الطفل ياسين والاعتداء
                # عليه جنسيا", ANT 8011; session 48)
                listed = view.tokens[d.k].text.startswith("وال")
                same = next((o for o in reversed(out) if not o.negated and (o.type == d.type or (
                    _generic(o) and _generic(d))) and not (listed and o.subtype != d.subtype)), None)
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


def _scuffle_into_protest(drafts: list[Draft]) -> list[Draft]:
    """A skirmish (`scuffles`) in a sentence that tells a protest or riot is that one event, its sides joined to it:
    the police skirmishing with the crowd make a peaceful protest or one with intervention a riot ("شهدت مناوشات بين
    الأمن وعدد من المحتجين خلال مظاهرة", ANT 2635; "دارت صدامات … كانوا يحتجون بعنف", 1238; session 48, ev48b)."""
    scuffles = [d for d in drafts if d.info is not None and fold(d.info.lexeme) in SCUFFLES and not d.negated]
    if not scuffles:
        return drafts
    out = list(drafts)
    for d in scuffles:
        # (not a strike over the skirmish: "الاضراب الذي دخل فيه أعوان الصحة" after "المناوشات … بين عدد من
        # المسعفين … وأعوان الحراسة", held-out 6113)
        protest = next((o for o in out if o.type in _PROTEST_TYPES and o not in scuffles and not o.negated
                        and not any(stem in (o.text_folded or "") for stem in STRIKE_STEMS)), None)
        if protest is None:
            continue
        out.remove(d)
        starts = {a["start"] for a in protest.actors}
        sides = [a for a in d.actors if a["start"] not in starts
                 and not any(x["start"] <= a["start"] < x["end"] for x in protest.actors)]
        for a in sides:  # the police the crowd skirmished with are the riot's other side ("مناوشات مع قوات الأمن")
            if any(stem in fold(a["text"]) for stem in POLICE_STEMS):
                a["role"] = "target"
        protest.actors += sides
        protest.killed += [m for m in d.killed if m not in protest.killed]
        protest.injured += [m for m in d.injured if m not in protest.injured]
        protest.location = protest.location or d.location
        if protest.type == "protests" and protest.subtype != "excessive force against protesters":
            protest.type, protest.subtype = "riots", "violent demonstration"
    return out


def _threat_told(view: SentenceView, k: int) -> bool:
    """Is the verb at token ``k`` an imperfect ("يستهدف", "تستهدف") right after a relative pronoun whose antecedent,
    at most one adjective before it, is an abstract threat (`abstract_threats`: "الخطر الإرهابي الذي يستهدف مؤسسات
    الدولة", ANT 7113): a habitual aim, no act?"""
    if k < 2 or view.words[k][:1] not in ("ي", "ت") or view.words[k - 1] not in RELATIVES:
        return False
    for j in (k - 2, k - 3):
        if j < 0 or view.tokens[j].kind != "word":
            return False
        w = view.words[j]
        if (w[2:] if w.startswith("ال") else w) in ABSTRACT_THREATS:
            return True
    return False


def make_stage(*, min_confidence: float = 0.0, standalone_killings: bool = True) -> Callable[[Document], Document]:
    """The events stage.  ``min_confidence`` drops events below it; ``standalone_killings=False`` keeps
    only events with a trigger of their own (no event from a bare "قُتل 5 أشخاص")."""
    extractor = EventExtractor(lexicon(), min_confidence=min_confidence, standalone_killings=standalone_killings)

    def events_stage(doc: Document) -> Document:
        spans: list[Span] = list(extractor(doc))
        doc.layers["events"] = spans
        return doc

    return events_stage
