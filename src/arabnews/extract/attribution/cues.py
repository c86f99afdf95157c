"""The cue lexicon of the attribution stage: reporting verbs in all their forms, source phrases,
complementizers and speaker heads, read from ``resources/attribution.yaml`` once.

Verbs are listed once by lemma with their present stem and participle; the forms news uses are
generated here (past and present, masculine and feminine, singular, dual and plural, the حال
participle), each allowed a و/ف proclitic by the cue pattern:

>>> lex = lexicon()
>>> [lex.cue(f).lemma for f in ("قالت", "يقولون", "اكدوا", "تؤكد", "مضيفه", "نفت", "ينفون")]
['قال', 'قال', 'أكد', 'أكد', 'أضاف', 'نفى', 'نفى']
>>> lex.cue("مشيرا").kind, lex.cue("مشيرا").preps
('participle', frozenset({'الي'}))
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property
from typing import Any, Literal

import regex

from ...lang.ar import load as load_resource
from ...lang.ar import lookup_key, trie_regex
from ...lang.ar.scan import GatedPattern, GateGroup, simple_stretch, simple_twin
from ...lang.ar.words import relative_pronouns
from ...lang.schema import MapOf, Record, Words
from .clauses import SENTENCE_END
from .quotes import MARKS

RESOURCE = "attribution.yaml"

CueKind = Literal["past", "present", "participle", "passive", "phrase"]
SourceType = Literal["person", "organisation", "group", "media", "anonymous"]

_VERB = Record({}, {"present": (str, type(None)), "participle": str, "preps": Words, "carry": bool,
                    "ambiguous": bool, "posted": bool, "events_only": bool})
_PHRASE = Record({"forms": Words}, {"weak": bool})
_CALL = Record({"lemma": str, "preps": Words}, {})
SCHEMA = Record(
    {"verbs": MapOf(str, _VERB), "passive": Words, "impersonal": Words, "not_cues": Words, "complementizers": Words,
     "pronoun_suffixes": Words, "comp_blockers": Words, "source_phrases": MapOf(str, _PHRASE),
     "speech_nouns": Words, "genitive_speech_nouns": Words, "documents": Words,
     "heads": Record({"person": Words, "organisation": Words, "media": Words, "anonymous": Words}),
     "media_names": Words, "zone_cutters": Words, "addressees": Words, "determiners": Words,
     "closers": Words, "speech_acts": Words, "speech_acts_ambiguous": Words, "speech_act_participles": Words,
     "speech_acts_present": Words, "object_first_acts": Words,
     # word lists of the speaker finder (sources.py) and of the stage (stage.py)
     "subject_fillers": Words, "phrase_stops": Words, "head_complements": Words, "phrase_preps": Words,
     "unnamed_adjectives": Words, "unnamed_complements": Words, "affiliation_preps": Words,
     "affiliation_participles": Words, "role_complement_preps": Words, "deputy_heads": Words,
     "role_adjectives": Words, "time_words": Words, "not_institution_genitives": Words, "issued_words": Words,
     "issuing_verbs": Words,
     "publication_verbs": Words, "name_prepositions": Words, "naming_words": Words, "title_heads": Words,
     "clause_openers": Words,
     "modifier_prepositions": Words, "complement_prepositions": Words, "resumptive_words": Words,
     "pronoun_prepositions": Words,
     "headline_topics": Words, "headline_facilities": Words, "headline_first_person": Words,
     "breaking_labels": Words, "named_forms": Words, "following_words": Words,
     "relational_heads": Words, "adjective_media_heads": Words, "held_by_prepositions": Words,
     "named_officials": Words, "mute_sources": Words, "legal_bases": Words, "verbal_noun_heads": Words,
     "realized_forms": Words, "preposition_cues": Words,
     "preposition_cue_heads": Words, "elative_cues": Words, "demonstratives": Words, "object_words": Words,
     "domain_suffixes": Words, "headline_institutions": Words,
     "addressee_pronouns": Words, "said_in": Words, "said_in_adjectives": Words, "described_by": Words,
     "copulas": Words, "kana_forms": Words, "run_on_openers": Words, "apposed_roles": Words, "not_subjects": Words,
     "clause_connectives": Words,
     "impersonal_readings": Words, "own_reporters": Words, "dangling_prepositions": Words, "aside_nouns": Words,
     "governing_prepositions": Words, "people_counts": Words, "relay_verbs": Words,
     "attribute_verbs": Words, "relay_companions": Words, "relay_pronouns": Words,
     "outlet_suffixes": Words, "singular_sources": Words, "masdar_verbs": Words,
     "rumour_denials": Words, "rumour_verbs": Words, "rumour_done": Words, "rumour_objects": Words,
     "stance_verbs": Words, "event_report_verbs": Words, "place_heads": Words, "announced_events": Words,
     "claimed_events": Words, "joint_words": Words, "accusation_verbs": Words, "announced_acts": Words,
     "cause_verbs": Words, "cause_prepositions": Words,
     "exhortation_nouns": Words, "masdar_b_verbs": Words,
     "pronoun_words": Words,
     "circumstance_words": Words, "oath_words": Words, "oath_verbs": Words,
     "manner_adverbs": Words, "manner_phrases": Words, "own_clause_verbs": Words, "far_stops": Words,
     "learn_verbs": Words, "reporter_heads": Words, "contrast_links": Words,
     "posting_verbs": Words, "as_said": Words, "posted_on": Words, "not_posters": Words, "report_remainders": Words,
     "same_source_words": Words, "same_source_heads": Words, "same_source_heads_first": Words,
     "same_source_not": Words, "relay_phrases": Words, "aside_phrases": Words,
     "aside_own_texts": Words, "construct_heads": Words, "pronoun_speakers": Words,
     "outlet_documents": Words, "document_texts": Words, "masdar_prep_verbs": Words, "masdar_prep_nouns": Words,
     "adjective_markers": Words, "seat_forms": Words,
     "not_outlets": Words,
     "audience_addressees": Words, "roster_roles": Words, "relay_relatives": Words,
     # the modules' word sets (session 36)
     "new_clause_words": Words, "one_of_words": Words, "complement_words": Words, "while_words": Words,
     "clause_links": Words, "said_at": Words, "relay_forms": Words, "fa_openers": Words, "verb_complements": Words,
     "negations": Words, "about_words": Words, "on_behalf_words": Words, "qad_words": Words, "in_it_pronouns": Words,
     "object_prepositions": Words, "far_prepositions": Words, "guest_words": Words, "after_bare_tail": Words,
     "tail_places": Words, "tail_reporters": Words, "lam_alone": Words,
     # session 37
     "institution_nouns": Words, "people_objects": Words,
     # session 41
     "each_words": Words, "each_of_words": Words, "addressee_titles": Words,
     # session 43
     "role_anaphors": Words, "role_anaphors_titled": Words, "state_words": Words,
     # session 46b
     "about_quote_verbs": Words, "noun_participles": Words, "about_governors": Words,
     # session 47
     "object_predicate_verbs": Words,
     # session 48
     "accusative_endings": Words, "accusative_words": Words, "said_on_prepositions": Words,
     "call_participles": MapOf(str, _CALL), "context_phrases": Words, "passive_predicates": Words,
     "generic_anaphors": Words},
    {"_about": dict},
)

@dataclass(frozen=True, slots=True)
class Cue:
    """What a written cue form is: its ``lemma`` (as written in the data file), ``kind``, the
    prepositions the verb takes before أن, and whether it continues the last speaker."""

    lemma: str
    kind: CueKind
    preps: frozenset[str] = frozenset()
    carry: bool = False
    ambiguous: bool = False
    weak: bool = False
    posted: bool = False  # a verb of posting (نشر, دوّن): a cue only with a platform or a post named after it
    events_only: bool = False  # a cue only with "عن" + an announced event ("تحدث المرصد عن مقتل …"; session 30b)
    calls_only: bool = False  # a call's participle: a cue only with what it calls for ("…، داعيا إلى …"; session 48)


#: The lists of ``attribution.yaml`` that hold the relative pronouns too, read from the one shared list
#: (``ar_words.yaml`` ``relative_pronouns``) rather than repeated there (session 41).
_WITH_RELATIVES = frozenset({"phrase_stops", "not_subjects"})


def word_set(key: str) -> frozenset[str]:
    """The folded words of the list ``key`` of ``attribution.yaml`` (read and checked once), with the shared relative
    pronouns for ``phrase_stops`` and ``not_subjects``."""
    words = frozenset(lookup_key(w) for w in load_resource(RESOURCE, SCHEMA)[key])
    return words | relative_pronouns() if key in _WITH_RELATIVES else words


@cache
def relative_words() -> frozenset[str]:
    """The folded relative pronouns (the shared list of ``ar_words.yaml``), bare and with و ("والذي")."""
    bare = relative_pronouns()
    return bare | frozenset("و" + w for w in bare)


def past_forms(lemma: str) -> list[str]:
    """3rd person past forms of a folded lemma: masculine/feminine, singular/dual/plural.

    >>> past_forms("قال")
    ['قال', 'قالت', 'قالوا', 'قالا', 'قالتا']
    >>> past_forms("نفي")
    ['نفي', 'نفت', 'نفوا', 'نفيا', 'نفتا']
    """
    if lemma.endswith(("ي", "ا")) and len(lemma) >= 3:  # نفى, رأى, ادعى, روى (folded ى → ي)
        base = lemma[:-1]
        return [lemma, base + "ت", base + "وا", base + "يا", base + "تا"]
    return [lemma, lemma + "ت", lemma + "وا", lemma + "ا", lemma + "تا"]


def present_forms(stem: str) -> list[str]:
    """3rd person present forms (indicative, subjunctive/jussive plural) of a folded present stem.

    >>> present_forms("قول")
    ['يقول', 'تقول', 'يقولون', 'يقولان', 'تقولان', 'يقولوا', 'نقول']
    >>> present_forms("نفي")[:3]
    ['ينفي', 'تنفي', 'ينفون']
    """
    plural = stem[:-1] if stem.endswith("ي") else stem
    return ["ي" + stem, "ت" + stem, "ي" + plural + "ون", "ي" + stem + "ان", "ت" + stem + "ان", "ي" + plural + "وا",
            "ن" + stem]


def participle_forms(accusative: str) -> list[str]:
    """The حال participle: masculine, feminine, plural and dual, from the masculine accusative.

    >>> participle_forms("مضيفا")
    ['مضيفا', 'مضيفه', 'مضيفين', 'مضيفان', 'مضيفتين']
    """
    base = accusative[:-1] if accusative.endswith("ا") else accusative
    return [base + "ا", base + "ه", base + "ين", base + "ان", base + "تين"]


@dataclass(frozen=True)
class Lexicon:
    """Every word list of the stage, folded, with the compiled cue and media patterns."""

    cues: dict[str, Cue]
    cue_re: GatedPattern  # tried only where a cue word stands (see lang.ar.scan)
    impersonal: frozenset[str]
    complementizers: frozenset[str]
    comp_blockers: frozenset[str]
    speech_nouns: frozenset[str]
    #: nouns of speech whose speaker is a genitive only ("بحسب اعترافات الجاني"; not "حسب اعترافاته": his own)
    genitive_speech_nouns: frozenset[str]
    pronoun_suffixes: tuple[str, ...]
    documents: frozenset[str]
    heads: dict[str, SourceType]
    media_re: regex.Pattern[str]
    zone_cutters: frozenset[str]
    addressees: frozenset[str]
    determiners: frozenset[str]
    closers: frozenset[str]
    speech_re: GatedPattern  # the speech-act verbs (``speech_acts``, groups "verb" and "present") and their participles
    ambiguous_acts: frozenset[str]  # the bare forms that count at a sentence's start only

    @cached_property
    def media_simple(self) -> re.Pattern[str] | None:
        """``media_re`` for news characters only (:func:`~arabnews.lang.ar.scan.simple_twin`), compiled when
        first needed."""
        return simple_twin(self.media_re)

    @cached_property
    def documents_with_pronouns(self) -> frozenset[str]:
        """The documents with a pronoun suffix ("نتائجه", "بيانها", "تقريره"; a stem of three letters or more), with
        ة written ت before it ("رسالتها" of "رساله"): a set lookup per word instead of a slice per suffix (session
        34)."""
        suffixes = [s for s in self.pronoun_suffixes if s]
        stems = {d for d in self.documents if len(d) > 2}
        stems |= {d[:-1] + "ت" for d in stems if d.endswith("ه")}
        return frozenset(stem + suffix for stem in stems for suffix in suffixes)

    def media(self, text: str, pos: int, endpos: int, *, whole: bool = False) -> Any:
        """``media_re.match(text, pos, endpos)`` (``fullmatch`` when ``whole``), read with its ``re`` twin
        where ``text[pos:endpos]`` is made of news characters (the pattern reads no further).

        >>> m = lexicon().media("قالت رويترز ان", 5, 14)
        >>> m.group("name"), lexicon().media("رويترز", 0, 6, whole=True) is not None
        ('رويترز', True)
        """
        pattern: Any = self.media_re
        if self.media_simple is not None and simple_stretch(text, pos, endpos):
            pattern = self.media_simple
        return pattern.fullmatch(text, pos, endpos) if whole else pattern.match(text, pos, endpos)

    @cached_property
    def anchor_stops(self) -> frozenset[str]:
        """The tokens the words after a reporting verb stop at: a sentence end, a colon, a quotation
        mark or a complementizer (every other token is a word or mark of the speaker's zone)."""
        return SENTENCE_END | {":"} | MARKS | self.complementizers

    def cue(self, form: str) -> Cue:
        """The cue of a written form (proclitic removed), ``KeyError`` if it is none."""
        return self.cues[" ".join(lookup_key(form).split())]

    def head(self, word: str) -> SourceType | None:
        """The source type a head noun gives ("المتحدث" → person), with or without ال."""
        return self.heads.get(word)

    def is_comp(self, word: str) -> bool:
        return word in self.complementizers

    def speech_noun(self, word: str) -> tuple[str, bool] | None:
        """``(noun, has_pronoun)`` for "قوله", "تعبيرها", "قول"; None for other words."""
        if word in self.speech_nouns or word in self.genitive_speech_nouns:
            return word, False
        for suffix in self.pronoun_suffixes:
            if word.endswith(suffix):
                stem = word[: -len(suffix)]
                if stem.endswith("ت") and stem[:-1] + "ه" in self.speech_nouns:  # روايتها = رواية + ها
                    return stem[:-1] + "ه", True
                if stem in self.speech_nouns:
                    return stem, True
        return None


def _with_article(words: list[str]) -> set[str]:
    out: set[str] = set()
    for w in words:
        k = lookup_key(w)
        out.add(k)
        if not k.startswith("ال"):
            out.add("ال" + k)
    return out


def _transpositions(word: str) -> set[str]:
    """The misspellings of ``word`` with two adjacent letters swapped ("صحفات" for "صفحات")."""
    out = set()
    for i in range(len(word) - 1):
        if word[i] != word[i + 1]:
            out.add(word[:i] + word[i + 1] + word[i] + word[i + 2:])
    return out


@cache
def lexicon() -> Lexicon:
    """Load ``attribution.yaml``, generate the verb forms and compile the patterns (once)."""
    data = load_resource(RESOURCE, SCHEMA)
    cues: dict[str, Cue] = {}
    for lemma, entry in data["verbs"].items():
        preps = frozenset(lookup_key(p) for p in entry.get("preps", ()))
        carry = bool(entry.get("carry", False))
        ambiguous = bool(entry.get("ambiguous", False))
        posted = bool(entry.get("posted", False))
        events_only = bool(entry.get("events_only", False))
        for form in past_forms(lookup_key(lemma)):
            cues.setdefault(form, Cue(lemma, "past", preps, carry, ambiguous and form == lookup_key(lemma),
                                      posted=posted, events_only=events_only))
        if entry.get("present"):
            for form in present_forms(lookup_key(entry["present"])):
                cues.setdefault(form, Cue(lemma, "present", preps, carry, posted=posted, events_only=events_only))
        if entry.get("participle"):
            for form in participle_forms(lookup_key(entry["participle"])):
                cues.setdefault(form, Cue(lemma, "participle", preps, carry))
    for participle, entry in data["call_participles"].items():
        preps = frozenset(lookup_key(p) for p in entry["preps"])
        for form in participle_forms(lookup_key(participle)):
            cues.setdefault(form, Cue(entry["lemma"], "participle", preps, calls_only=True))
    for word in data["passive"]:
        cues.setdefault(lookup_key(word), Cue(word, "passive"))
    for lemma, entry in data["source_phrases"].items():
        for form in entry["forms"]:
            cues.setdefault(lookup_key(form), Cue(lemma, "phrase", weak=bool(entry.get("weak", False))))
    for word in data["not_cues"]:
        cues.pop(lookup_key(word), None)
    attached = [f for f in cues if f.endswith(" ل")]
    words = [f for f in cues if not f.endswith(" ل")]
    letter = r"[\p{L}\p{M}]"
    # the cue and speech-act patterns read a region together: one gate reads its words for both
    gates = GateGroup(letter)
    stems = [f[:-2] for f in attached]
    cue_re = GatedPattern(regex.compile(
        rf"(?<!{letter})(?P<pre>[وف]?)(?:(?P<cue>{trie_regex(words)})(?!{letter})"
        rf"|(?P<att>{trie_regex(stems)})[ \t\u00a0]+ل)"), "[وف]?", [*words, *stems], letter, group=gates)

    comps: set[str] = set()
    suffixes = [lookup_key(s) for s in data["pronoun_suffixes"]]
    for c in data["complementizers"]:
        k = lookup_key(c)
        for s in ["", *suffixes]:
            comps.add(k + s)
            comps.add("ب" + k + s)

    heads: dict[str, SourceType] = {}
    for kind in ("person", "organisation", "media", "anonymous"):
        for word in _with_article(data["heads"][kind]):
            heads.setdefault(word, kind)
    # Head nouns of unnamed sources are often mistyped in hurried news ("صحفات موالية"): accept
    # a swap of two adjacent letters in the longer ones when the result is no other head.
    for word, kind in list(heads.items()):
        if kind == "anonymous" and len(word) >= 5:
            for typo in _transpositions(word):
                heads.setdefault(typo, kind)

    media = trie_regex(lookup_key(w) for w in data["media_names"])
    media_re = regex.compile(rf"(?P<pre>[وفبل]?)[\"«“]?(?P<name>{media})"
                             rf"[\"»”]?(?![\p{{L}}\p{{M}}])")
    ambiguous_acts = [lookup_key(lemma) for lemma in data["speech_acts_ambiguous"]]
    acts = [form for lemma in [*map(lookup_key, data["speech_acts"]), *ambiguous_acts] for form in past_forms(lemma)]
    act_participles = [form for word in data["speech_act_participles"] for form in participle_forms(lookup_key(word))]
    # (not the 1st person plural: "نطالب" is the writer's, "ندعو" no third party's)
    present_acts = [form for stem in data["speech_acts_present"] for form in present_forms(lookup_key(stem))
                    if form[0] != "ن"]
    speech_re = GatedPattern(regex.compile(
        rf"(?<!{letter})[وف]?(?:(?P<verb>{trie_regex(acts)})|(?P<present>{trie_regex(present_acts)})"
        rf"|(?P<participle>{trie_regex(act_participles)}))(?!{letter})"), "[وف]?",
        [*acts, *present_acts, *act_participles], letter, group=gates)
    return Lexicon(
        cues=cues,
        cue_re=cue_re,
        impersonal=frozenset(lookup_key(w) for w in data["impersonal"]),
        complementizers=frozenset(comps),
        comp_blockers=frozenset(lookup_key(w) for w in data["comp_blockers"]),
        speech_nouns=frozenset(lookup_key(w) for w in data["speech_nouns"]),
        genitive_speech_nouns=frozenset(lookup_key(w) for w in data["genitive_speech_nouns"]),
        pronoun_suffixes=tuple(sorted(suffixes, key=len, reverse=True)),
        documents=frozenset(_with_article(data["documents"])),
        heads=heads,
        media_re=media_re,
        zone_cutters=frozenset(lookup_key(w) for w in data["zone_cutters"]),
        addressees=frozenset(_with_article(data["addressees"])),
        determiners=frozenset(lookup_key(w) for w in data["determiners"]),
        closers=frozenset(lookup_key(w) for w in data["closers"]),
        speech_re=speech_re,
        ambiguous_acts=frozenset(ambiguous_acts),
    )
