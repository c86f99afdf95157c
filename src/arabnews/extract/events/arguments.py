"""Arguments of an event, read from one sentence: clauses, actors and targets, location, date,
casualties (fatalities, injured) and negation.

Every argument points to a span of another layer when there is one (``groups``, ``entities``,
``dates``, ``numbers``); a descriptive actor ("عناصر ملثمة") is a span of the text (layer ``"text"``).
The sentence is seen as tokens (``SentenceView``); positions are token indices, offsets are original.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cache
from itertools import accumulate, compress, count, islice
from typing import Any

import regex

from ...document import DateSpan, Document, EntitySpan, GroupSpan, NumberSpan, Span
from ...lang.ar import clitic_splits, fold, lookup_key
from ...lang.ar.words import nisba_countries, relative_pronouns
from ...text.tokenize import Tokens
from ..attribution.cues import lexicon as claim_lexicon
from ..attribution.cues import past_forms, present_forms
from ..dates.document_day import DOCUMENT_ANCHOR, STATING_PARTS, stated_day_at
from ..entities.rulewords import rule_words
from ..numbers.lexicon import counted_classes
from ..numbers.lexicon import lexicon as number_lexicon
from .dateline import across_border, dateline_credit, in_dateline
from .triggers import PRONOUNS, Lexicon, WordFacts, word_set, word_table

# The word lists are in resources/event_triggers.yaml (folded at load); the names stay for importers.
#: The nouns of an agent marker after "من" ("من قبل"), no clause connector there.
#: Words after "من" whose candidate is the agent of a passive ("من طرف", "من قبل").
AGENT_AFTER_MIN = word_set("agent_after_min")
#: Words that open a new clause (folded, without و/ف).
CONNECTORS = word_set("clause_connectors")
#: Two-word connectors: (first, second).
CONNECTOR_PAIRS = frozenset(tuple(pair.split(" ", 1)) for pair in word_set("clause_connector_pairs"))
#: Punctuation that ends a clause.
CLAUSE_PUNCT = frozenset("،,;؛:")
#: The words a clause may open at (a connector or a pair's first word), for a first look at a sentence.
_OPENING = CONNECTORS | {first for first, _ in CONNECTOR_PAIRS}
#: The word forms that may open a clause: those words, and with و/ف attached (of three letters or more:
#: a shorter one is read as written).
_OPENING_FORMS = _OPENING | {c + w for c in "وف" for w in _OPENING if len(w) > 1}
#: Words before a group that make it an attribute, not the subject ("التابع لفصائل المعارضة").
ATTRIBUTIVE = word_set("attributive")
#: Links of a named client group to its patron ("جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم القاعدة"; not of
#: its men: "الإرهابيين المنتمين إلى تنظيم داعش" are the group's).
ATTRIBUTIVE_LINKS = word_set("attributive_links")
#: Words opening a subject's suspected affiliation before the killing verb's count ("قتل مسلحون يشتبه في انتمائهم …").
AFFILIATION_OPENERS = word_set("affiliation_openers")
#: Verbs of killing, wounding or kidnapping whose subject may be a counted perpetrator noun (session 34).
COUNTED_DOER_VERBS = word_set("counted_doer_verbs")
#: Means, not actors, when written with ب: "قصفت قوات النظام بالمدفعية".
INSTRUMENTS = word_set("instruments")
#: Fillers between a casualty word and its number ("مقتل ما لا يقل عن 10").
FILLERS = word_set("casualty_fillers")
#: A preposition of the act right after a casualty word, before its attack noun (``casualty_in_act``, session 43).
_CASUALTY_IN_ACT = word_set("casualty_in_act")
#: Attack nouns (``anaphoric_nouns``) after it: "واستشهد في الهجوم عون أمن".
_ATTACK_NOUNS = word_set("anaphoric_nouns")
APPROX_WORDS = word_set("approx_words")
#: Words of the counted victims that make them armed ("جنود", "عناصر"), matched inside the words.
ARMED_VICTIMS = word_set("armed_victims")
#: Death nouns whose attached pronoun is the victims ("مقتله", "مقتلهما").
DEATH_NOUNS = word_set("death_nouns")
#: Death nouns that count their pronoun only after a result verb (`result_death_nouns`, `result_death_cues`:
#: "مما أدى إلى وفاته"; session 47).
RESULT_DEATH_NOUNS = word_set("result_death_nouns")
RESULT_DEATH_CUES = word_set("result_death_cues")
#: Casualty nouns whose final ه is feminine, not a pronoun ("إصابة").
FEMININE_CASUALTY_NOUNS = tuple(sorted(word_set("feminine_casualty_nouns")))
#: Casualty nouns that count the people they name: one indefinite, two in the dual ("قتيلين").
COUNT_NOUNS = word_set("casualty_count_nouns")
#: One armed doer, indefinite, before a count of his victims (`lone_doers`: "وأصاب مسلح 5 أشخاص"; session 36).
LONE_DOERS = word_set("lone_doers")
#: The dead and the wounded of a count told "between" both (`mixed_casualty_killed`, `mixed_casualty_injured`).
_MIXED_KILLED = word_set("mixed_casualty_killed")
_MIXED_INJURED = word_set("mixed_casualty_injured")
#: "One of" and the plurals of people it counts one victim of (session 37: "مقتل أحد قادتها").
ONE_OF = word_set("one_of_words")
_ONE_OF_PEOPLE = word_set("one_of_people")
#: "عدد (كبير) من": a count of casualties with no number (session 37).
_VAGUE_NOUNS = word_set("vague_count_nouns")
_VAGUE_ADJECTIVES = word_set("vague_count_adjectives")
#: Attributive words that also count two words before the group ("التابع لـ X").
ATTRIBUTIVE_FAR = word_set("attributive_far")
#: Units of the numbers stage that count people.
PEOPLE_UNITS = counted_classes().people
ARMED_UNITS = counted_classes().armed
#: Heads before a LOC and how specific the place they name is (higher is more specific).
PLACE_HEADS: dict[str, int] = word_table("place_heads")
#: The heads of a town or smaller (rank 3 and up), whose following words are a place name.
_TOWN_HEADS = frozenset(h for h, rank in PLACE_HEADS.items() if rank >= 3)
#: A sentence of at least this many tokens, with two colons and no prose punctuation, is a run of headlines.
ROUNDUP_TOKENS = 30
_PROSE_MARKS = frozenset("،,.؟?؛;")

#: The proclitics the readers below take off a word: the conjunctions, and with them ب and ل (the shared
#: segmentation of :func:`arabnews.lang.ar.clitic_splits`, not a hand-written strip).
CONJUNCTIONS = frozenset({"و", "ف"})
CONJ_BI_LI = CONJUNCTIONS | {c + p for c in ("", "و", "ف") for p in "بل"}
#: The event types of armed violence (a state's forces may be their actor; their nouns retell a killing).
VIOLENT_TYPES = frozenset({"battles", "explosions/remote violence", "violence against civilians"})



def count_start(text: str, num: Any) -> int:
    """Where a count of people starts: at its noun when the noun comes right before the number ("المتهمين
    الخمسة", "متظاهرين اثنين"), else at the number (a toll's noun told apart from it, the numbers stage's unit
    still: "يرتفع عدد الأمريكيين الذين تعتقلهم بيونجيانج إلى أربعة")."""
    us = num.attrs.get("unit_start")
    if us is None or int(us) >= num.start:
        return int(num.start)
    return int(us) if not text[int(num.attrs.get("unit_end", us)):num.start].strip() else int(num.start)


def counted_doers(view: SentenceView, numbers: Sequence[NumberSpan]) -> set[int]:
    """Starts of the counts right after a verb of killing, wounding or kidnapping whose counted noun is an armed
    doer's (`actor_nouns`) and that a second count of people follows, after only the noun's agreeing plural
    adjectives: the doers' count, the second the victims' ("وقتل أربعة انتحاريين بريطانيين اسلاميين 52 شخصا",
    "واختطف أربعة مسلحين ملثمين ثلاثة مهندسين"; not "قتل ثلاثة مسلحين و5 جنود", session 34)."""
    out: set[int] = set()
    for n in numbers:
        us = n.attrs.get("unit_start")
        if us is None or int(us) < n.end or n.unit not in PEOPLE_UNITS:
            continue
        ku = view.token_at(int(us))
        if ku is not None and view.words[ku] in view.lex.armed and killing_subject(view, numbers, ku):
            out.add(n.start)
    return out


def killing_subject(view: SentenceView, numbers: Sequence[NumberSpan], k: int) -> bool:
    """Is the word at token ``k`` (an armed doer's noun, maybe counted) the subject of a verb of killing, wounding or
    kidnapping right before it (or before its count) with a count of people after it and its agreeing plural
    adjectives ("وقتل انتحاريان 5 أشخاص", "قتل أربعة انتحاريين بريطانيين 52 شخصا"; session 34)?"""
    v = k - 1
    if v >= 1 and view.tokens[v].kind == "word" and view.words[v] in view.lex.armed \
            and view.words[v].endswith(("ين", "ون")):
        v -= 1  # an adjective of the doers' noun: "وقتل 3 مهاجمين انتحاريين ١٢ مدنيا"
    if v >= 0 and any(view.token_at(n.start) == v and view.token_at(n.end - 1) == v for n in numbers):
        v -= 1
    if v < 0 or view.tokens[v].kind != "word" or not any(w in COUNTED_DOER_VERBS for w in stems(view.words[v])):
        return False
    if view.words[k] in LONE_DOERS:
        # one doer and his indefinite adjectives ("وأصاب مسلح 5 أشخاص", "قتل مسلح مجهول 3 أشخاص"; session 36)
        j = k + 1
        while j < len(view.tokens) and j - k <= 2 and view.tokens[j].kind == "word" \
                and not view.words[j].startswith(("ال", "و")) \
                and (view.words[j] in LONE_DOERS or view.words[j].endswith(("ي", "يه"))) \
                and not any(m.start <= view.tokens[j].start < m.end for m in numbers):
            j += 1
        return j < len(view.tokens) and any(view.token_at(m.start) == j and m.unit in PEOPLE_UNITS
                                            and m.unit is not None for m in numbers)
    if not view.words[k].endswith(("ون", "ين", "ان")):
        return False
    j = k + 1
    while j < len(view.tokens) and j - k <= 3 and view.tokens[j].kind == "word" \
            and view.words[j].endswith(("ين", "ون", "ان")) and not view.words[j].startswith("و") \
            and not any(m.start <= view.tokens[j].start < m.end for m in numbers):
        j += 1
    return j < len(view.tokens) and any(view.token_at(m.start) == j and m.unit in PEOPLE_UNITS
                                        and m.unit is not None for m in numbers)


def stems(word: str, prefixes: AbstractSet[str] = CONJUNCTIONS) -> list[str]:
    """The folded ``word`` and what is left of it after each proclitic of ``prefixes`` it may start with, as
    :func:`~arabnews.lang.ar.clitic_splits` reads it ("وتعرض" → "وتعرض", "تعرض"; "وبتعرضه" with ``CONJ_BI_LI`` →
    "وبتعرضه", "بتعرضه", "تعرضه")."""
    return [s.stem for s in clitic_splits(word) if not s.prefix or s.prefix in prefixes]
#: Date values that are not a date of the event.
_VAGUE_DATES = ("PAST_REF", "FUTURE_REF", "PRESENT_REF")


@dataclass(slots=True)
class Candidate:
    """A possible actor or target: a group, an ORG/PER entity or a descriptive noun phrase."""

    start: int
    end: int
    text: str
    layer: str
    ti: int  # first token
    tj: int  # token after the last
    klass: str  # group, entity, armed, civilian, people
    group_id: str | None = None
    attributive: bool = False
    instrument: bool = False  # "بالمدفعية": written with ب, a means, never the actor
    oblique: bool = False  # written with ب ("بدورية"): never the subject
    head: int = -1  # original start of a group's head ("ميليشيا" of "ميليشيا لواء القدس")
    #: the members the text names before the group ("عناصر" of "عناصر من حركة الشباب"): start, end, text
    members: tuple[int, int, str] | None = None
    #: an official named by a title and the place or body after it ("محافظ صلاح الدين"; see ``official_titles``)
    official: bool = False

    def as_actor(self, role: str) -> dict[str, Any]:
        out: dict[str, Any] = {"role": role, "start": self.start, "end": self.end, "text": self.text}
        if self.layer == "groups":
            out["group_id"] = self.group_id
        out["layer"] = self.layer
        if self.members is not None:
            out["members"] = {"start": self.members[0], "end": self.members[1], "text": self.members[2]}
        return out


@dataclass(slots=True)
class Mention:
    """A count of killed or injured people in the sentence."""

    kind: str  # killed or injured, or both ("12 بين قتيل وجريح": the dead and wounded together, session 36)
    value: int | float
    approx: bool
    start: int
    end: int
    cue: int  # token index of the casualty word (or of the number)
    explicit: bool = True  # a written count (not the 1 of "مقتل جندي")
    armed: bool = False  # the victims are soldiers or fighters
    vague: bool = False  # "عدد من الجرحى": casualties with no number (value 0 here, null in the JSON; session 37)


@dataclass
class LayerIndex:
    """The spans of the layers an event points to, sorted by start, for one Document."""

    groups: list[GroupSpan]
    entities: list[EntitySpan]
    dates: list[DateSpan]
    numbers: list[NumberSpan]
    starts: dict[str, list[int]] = field(default_factory=dict)
    #: start → the first span of the document's numbers layer (in the layer's order) that begins there, built at
    #: first need (:meth:`number_at`)
    first_numbers: dict[int, NumberSpan] | None = None
    #: name → the furthest end of the layer's first k spans by start, per k (:meth:`covers`), built at first need
    reach: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def of(cls, doc: Document) -> LayerIndex:
        def srt(spans: Sequence[Span]) -> list[Any]:
            return sorted(spans, key=lambda s: (s.start, -s.end))

        idx = cls(srt(doc.layers.get("groups", [])), srt(doc.layers.get("entities", [])),
                  srt(doc.layers.get("dates", [])), srt(doc.layers.get("numbers", [])))
        for name in ("groups", "entities", "dates", "numbers"):
            idx.starts[name] = [s.start for s in getattr(idx, name)]
        return idx

    def number_at(self, doc: Document, start: int) -> NumberSpan | None:
        """``next((n for n in doc.numbers if n.start == start), None)`` for the document the index was made of,
        without reading the whole layer per call (a square term on a long document, session 33)."""
        if self.first_numbers is None:
            self.first_numbers = {}
            for n in doc.numbers:
                self.first_numbers.setdefault(n.start, n)
        return self.first_numbers.get(start)

    def starting_at(self, name: str, start: int) -> list[Any]:
        """The spans of layer ``name`` that begin at ``start`` (``[s for s in layer if s.start == start]``, as a set:
        in the index's order), by two bisections instead of a read of the whole layer."""
        starts = self.starts[name]
        return getattr(self, name)[bisect_left(starts, start):bisect_right(starts, start)]

    def covers(self, name: str, lo: int, hi: int) -> bool:
        """Does a span of layer ``name`` run over ``lo``–``hi`` (``any(s.start <= lo and hi <= s.end for s in
        layer)``)?  Of the spans that start at or before ``lo`` (a prefix of the index), the furthest end is read
        from a running maximum built once: no read of the whole layer per call (session 33)."""
        reach = self.reach.get(name)
        if reach is None:
            reach = self.reach[name] = list(accumulate((s.end for s in getattr(self, name)), max))
        k = bisect_right(self.starts[name], lo)
        return k > 0 and reach[k - 1] >= hi

    def within(self, name: str, start: int, end: int) -> list[Any]:
        spans = getattr(self, name)
        starts = self.starts[name]
        i, j = bisect_left(starts, start), bisect_left(starts, end)
        return [s for s in spans[i:j] if s.end <= end]


class SentenceView:
    """One sentence as tokens: folded words, clauses (``clause[k]``), result clauses, token lookup."""

    def __init__(self, doc: Document, index: int, start: int, end: int, lex: Lexicon) -> None:
        self.doc, self.index, self.start, self.end, self.lex = doc, index, start, end, lex
        tokens = doc.tokens
        if isinstance(tokens, Tokens):
            # the folded words are the folded text at the tokens' normalized spans (folding maps one
            # character to one): sliced from the token columns, no fold() call per word
            lo, hi = doc.token_range(start, end)
            self.tokens = tokens[lo:hi]
            nspans, folded = tokens.nspans, doc.folded
            ends = nspans[2 * lo + 1:2 * hi:2]
            self.words = [folded[a:b] for a, b in zip(nspans[2 * lo:2 * hi:2], ends, strict=True)]
        else:
            self.tokens = doc.tokens_between(start, end)
            self.words = [fold(t.norm) for t in self.tokens]
        self.starts = [t.start for t in self.tokens]
        self.nstart, self.nend = doc.to_normalized(start, end)
        #: The sentence's places, read for its first event: (layers, doc names, places).
        self.places: tuple[LayerIndex, dict[str, Any], list[Place]] | None = None
        #: the sentence's bracketed stretches (see :func:`_brackets`), read at its first event
        self.brackets: list[tuple[int, int]] | None = None
        #: the tokens that are reporting or speech-act verbs (see :func:`speaker`), read at its first event
        self.speech: dict[int, bool] | None = None
        #: the tokens a number starts at, set by the events stage when it reads the sentence (session 32)
        self.counts: frozenset[int] = frozenset()
        #: the document's layer index, set by the events stage when it reads the sentence (session 33: the rules
        #: that ask of one span of a layer read it there, not the whole layer; None: they read the layer)
        self.layers: LayerIndex | None = None

    #: The clauses (read when first asked for: most sentences with a trigger word are ruled out before):
    #: each token's clause, the result clauses, each clause's first and last token, whether the sentence is
    #: a run of headlines, and the tokens' texts as written.
    clause: list[int]
    result_clauses: set[int]
    clause_bounds: list[tuple[int, int]]
    roundup: bool
    texts: list[str]

    def __getattr__(self, name: str) -> Any:
        if name in _CLAUSE_FIELDS:
            self._read_clauses()
            return self.__dict__[name]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    def _read_clauses(self) -> None:
        doc, lex, words, tokens = self.doc, self.lex, self.words, self.tokens
        n = len(tokens)
        opens = [False] * n
        self.result_clauses = set()
        result_tokens: set[int] = set()
        for m in lex.result_re.finditer(doc.folded, self.nstart, self.nend):
            k = self.token_at(doc.to_original(*m.span("w"))[0])
            if k is not None:
                # "، ما أسفر" and "وأسفر": the cue opens a clause; a bare "أسفر" inside a clause too
                opens[k] = True
                result_tokens.add(k)
        # only the words that are a connector or a pair's first word, with or without و/ف, are read
        for k in compress(count(), map(_OPENING_FORMS.__contains__, words)):
            w = words[k]
            if k and words[k - 1] == "من" and w in AGENT_AFTER_MIN:
                continue  # "من قبل": the agent marker, no clause
            bare = w[1:] if len(w) > 2 and w[0] in "وف" else w
            if bare in CONNECTORS or w in CONNECTORS:
                opens[k] = True
            if k + 1 < n and (bare, words[k + 1]) in CONNECTOR_PAIRS:
                opens[k] = True
        self.texts = texts = [t.text for t in tokens]
        for k in compress(count(1), map(CLAUSE_PUNCT.__contains__, texts)):  # the token after the mark
            if k < n and tokens[k - 1].kind == "punct":
                opens[k] = True
        # a run of headlines written without punctuation ("أبرز الأخبار": "يوسف الشاهد يترأس وفدا … وفاة
        # امرأة أصيبت في انفجار لغم بجبل السلوم وزارة الدفاع تحذّر …"): long, with colons between a
        # headline's parts and no comma or full stop; its words are no clause of one event
        self.roundup = n >= ROUNDUP_TOKENS and texts.count(":") >= 2 and _headline_run(tokens)
        if not result_tokens:  # no result clause: a clause is the number of openings so far
            self.clause = list(accumulate(opens[1:], initial=0)) if n else []
        else:
            self.clause = []
            cid = 0
            for k in range(n):
                if k and opens[k]:
                    cid += 1
                if k in result_tokens or (k and opens[k] is False and cid in self.result_clauses):
                    self.result_clauses.add(cid)
                self.clause.append(cid)
            if n and 0 in result_tokens:
                self.result_clauses.add(0)
        # (clause ids rise by one along the sentence: each is one run)
        self.clause_bounds = _clause_bounds(opens)

    # -- positions -----------------------------------------------------------------------------
    def token_at(self, offset: int) -> int | None:
        """Index of the token containing original ``offset`` (or the token before it)."""
        if not self.tokens:
            return None
        k = bisect_right(self.starts, offset) - 1
        return max(k, 0)

    def span_tokens(self, start: int, end: int) -> tuple[int, int]:
        ti = self.token_at(start) or 0
        tj = (self.token_at(max(end - 1, start)) or 0) + 1
        return ti, tj

    def clause_of(self, k: int) -> int:
        return self.clause[k] if 0 <= k < len(self.clause) else -1

    def clause_range(self, cid: int) -> tuple[int, int]:
        """Original offsets of clause ``cid`` (IndexError if the sentence has no such clause)."""
        if cid < 0:
            raise IndexError(f"no clause {cid}")
        first, last = self.clause_bounds[cid]
        return self.tokens[first].start, self.tokens[last].end

    def clause_tokens(self, cid: int) -> range:
        """The tokens of clause ``cid`` (empty if the sentence has no such clause)."""
        if not 0 <= cid < len(self.clause_bounds):
            return range(0)
        first, last = self.clause_bounds[cid]
        return range(first, last + 1)

    def is_word(self, k: int, words: AbstractSet[str]) -> bool:
        if not 0 <= k < len(self.words):
            return False
        w = self.words[k]
        return w in words or (len(w) > 2 and w[0] in "وفبل" and w[1:] in words)

    def matches(self, pattern: Any, start: int | None = None, end: int | None = None) -> list[tuple[int, int, str]]:
        """Matches of a lexicon regex in the sentence (or in original ``[start, end)``): (start, end, folded)."""
        if start is None or end is None:
            ns, ne = self.nstart, self.nend
        else:
            ns, ne = self.doc.to_normalized(start, end)
        found = pattern.finditer(self.doc.folded, ns, ne)
        out = []
        for m in found:
            s, e = self.doc.to_original(*m.span("w"))
            out.append((s, e, m.group("w")))
        return out


_CLAUSE_FIELDS = frozenset({"clause", "result_clauses", "clause_bounds", "roundup", "texts"})


def _headline_run(tokens: Sequence[Any]) -> bool:
    """Do the punctuation marks of a long sentence make it a run of headlines: two colons or more and no
    comma, full stop or question mark but maybe at its end?"""
    marks = [t.text for t in tokens if t.kind == "punct"]
    return marks.count(":") >= 2 and not any(m in _PROSE_MARKS for m in marks[:-1])


def _clause_bounds(opens: list[bool]) -> list[tuple[int, int]]:
    """The first and last token of each clause, when a clause starts at the first token and at every
    later one that ``opens`` one (``[False, False, True]`` → ``[(0, 1), (2, 2)]``), found in C."""
    if not opens:
        return []
    firsts = [0, *compress(count(1), islice(opens, 1, None))]
    return list(zip(firsts, [*(f - 1 for f in firsts[1:]), len(opens) - 1], strict=True))


# -- actors ------------------------------------------------------------------------------------
def _landmark_place(view: SentenceView, e: EntitySpan, locs: Sequence[EntitySpan]) -> bool:
    """Is the landmark ``e`` written as the place of the event: after "في" or an attached ب, or joined by و to a
    place before it ("وفي تمنراست وبرج باجي مختار وجانت، أوقفت مفارز للجيش")?  A place is never a side (session
    30)."""
    k = view.token_at(e.start)
    if k is None:
        return False
    text = view.doc.text
    if view.tokens[k].start < e.start and text[view.tokens[k].start:e.start] in ("ب", "وب", "و"):
        if text[view.tokens[k].start:e.start] != "و":
            return True
        return any(0 <= e.start - 1 - o.end <= 1 for o in locs if o is not e)
    return k > 0 and view.words[k - 1] in ("في", "وفي")


def _landmark(e: EntitySpan) -> bool:
    """Is the place ``e`` a landmark named with its head ("جسر ريالتو", "برج إيفل"; ``landmark_heads`` of the
    entities' rules), no town: a thing an attack hits, a candidate as the ORG the tagger made of its name before
    session 29."""
    head, space, _ = e.text.partition(" ")
    # (a town named so is a known place with its GeoNames id: "برج العامري")
    return bool(space) and fold(head) in rule_words().landmark_heads and "geonames_id" not in e.attrs


def candidates(view: SentenceView, layers: LayerIndex, skip: list[tuple[int, int]],
               adjectives: list[tuple[int, int]] | None = None, verbs: AbstractSet[int] = frozenset()
               ) -> list[Candidate]:
    """Groups, ORG/PER entities and descriptive noun phrases of the sentence, in text order.

    ``skip`` are spans (triggers, casualty words) a descriptive phrase must not overlap.  The actor nouns
    that are adjectives of the word before them ("الهجوم الإرهابي") are no candidates; their spans are
    added to ``adjectives`` (they still say the sentence is about armed violence).  ``verbs`` are the ends
    of the skipped spans that are verbs only: the word after a verb is its subject ("فجر انتحاري نفسه").
    """
    doc, lex = view.doc, view.lex
    out: list[Candidate] = []
    taken: list[tuple[int, int]] = list(skip)
    for g in layers.within("groups", view.start, view.end):
        ti, tj = view.span_tokens(g.start, g.end)
        head = int(g.attrs.get("head_start", g.start))
        out.append(Candidate(g.start, g.end, g.text, "groups", ti, tj, "group", g.id, head=head))
        taken.append((int(g.attrs.get("head_start", g.start)), g.end))
    locs_all = [e for e in layers.within("entities", view.start, view.end) if e.label == "LOC"]
    for e in layers.within("entities", view.start, view.end):
        if (e.label in ("ORG", "PER")
                or (e.label == "LOC" and _landmark(e) and not _landmark_place(view, e, locs_all))) \
                and not any(a < e.end and e.start < b for a, b in taken) \
                and not (e.label == "PER" and _place_named(view, e)) \
                and not e.attrs.get("platform") and not e.attrs.get("media"):
            ti, tj = view.span_tokens(e.start, e.end)
            out.append(Candidate(e.start, e.end, e.text, "entities", ti, tj, _entity_class(view, e)))
            taken.append((e.start, e.end))
    locs = [(e.start, e.end) for e in layers.within("entities", view.start, view.end) if e.label == "LOC"]
    # the counted noun of a number ("3 جنود") is a count, not an actor
    numbers = layers.within("numbers", view.start, view.end)
    # (not a noun before its number: "إرهابيين اثنين" are the actor, the number their adjective)
    # ... unless the number counts a passive's agents: "قتل شاب على يد 3 مهاجمين" (the noun is the actor)
    # (protesters stay words of their own, the crowd of their protest: "قتل 3 متظاهرين برصاص قوات الأمن")
    doers = counted_doers(view, numbers)
    units = [(int(n.attrs["unit_start"]), int(n.attrs["unit_end"])) for n in numbers
             if "unit_start" in n.attrs and int(n.attrs["unit_start"]) >= n.end and n.unit != "protester"
             and not agent_marker(view, (view.token_at(n.start) or 0) - 1) and n.start not in doers]
    trigger_ends = {b for a, b in skip} - set(verbs)
    named_ends = {c.end for c in out} | {b for _, b in locs}  # "هجوم لندن الإرهابي": the attack's adjective
    # a phrase stops at a date ("مجموعة مسلحة اليوم") as at a place or a count
    dates = [(d.start, d.end) for d in layers.within("dates", view.start, view.end)]
    # (and a definite noun after "لل" right after an event noun, its owner, read with its article: "غارة جوية
    # للتحالف", "غارات للتحالف الدولي"; not after a thing hit, "حاجز للجيش", which object_site reads whole)
    owned = [(s, e, "ال" + w) for s, e, w in view.matches(lex.actor_ll_re)
             if (k := view.token_at(s)) is not None and k > 0 and view.tokens[k - 1].end in trigger_ends]
    found = [(s, e, w) for s, e, w in sorted([*view.matches(lex.actor_re), *owned])
             if not any(a < e and s < b for a, b in taken + locs + units)]
    for s, e, word in found:
        if any(a < e and s < b for a, b in taken):
            continue  # an adjective already in the phrase before ("مسلحون مجهولون")
        ti, tj = view.span_tokens(s, e)
        if _describes_previous(view, ti, word, trigger_ends, named_ends) and not (
                word in LONE_DOERS and killing_subject(view, numbers, ti)):  # "وأصاب مسلح 5 أشخاص" (session 36)
            if adjectives is not None:
                adjectives.append((s, e))
            continue  # "هجوم مسلح", "الهجوم الإرهابي", "داعش الإرهابي": an adjective, not a participant
        end = e
        # (a head written with its genitive, "قوات الأمن", "أعوان الأمن", is definite as "الجيش" is: session 35)
        definite = word.startswith("ال") or word.split()[-1].startswith("ال")
        last = word
        k = tj
        construct = False  # the indefinite word after the head is its genitive ("قائد وحدة"), a construct chain
        # the phrase goes on with a genitive ("قوات الأمن") and agreeing adjectives ("عناصر ملثمة", "مسلحون مجهولون")
        while k < len(view.tokens) and k - tj < 3 and view.tokens[k].kind == "word":
            w = view.words[k]
            t = view.tokens[k]
            if any(a < t.end and t.start < b for a, b in taken + locs + units + dates) or w in FILLERS or len(w) < 3 \
                    or w in _RELATIVES or w in _REFLEXIVES \
                    or (w in _BROKEN_INTO and word not in lex.civilian and word not in lex.people) \
                    or w.startswith(("لل", "بال", "وال", "كال", "فال")) \
                    or any(n.start <= t.start < n.end for n in numbers):
                break
            if any(w.endswith(p) and w[:-len(p)] in _PREPOSITIONS for p in _OBJECT_PRONOUNS):
                break  # "بعد اعتداء مواطن عليه": a preposition with its pronoun, no adjective (session 42)
            if w[:1] in "بل" and k + 1 < len(view.tokens) and any(
                    a < view.tokens[k + 1].end and view.tokens[k + 1].start < b for a, b in locs):
                break  # "أقدم مواطن بولاية سليانة": where he is from, no genitive (session 42)
            if w.startswith("ال"):
                if w in _NOT_GENITIVES and not (construct and k == tj + 1):
                    break
                if definite and w[2:] in _OBJECT_NOUNS:
                    # a place or a thing after a definite phrase is the verb's object, no adjective of it: "طوقت
                    # قوات الأمن الحي وألقت القبض", "حاصر الجيش المدينة" (session 35)
                    break
                if construct and k == tj + 1:
                    definite = True  # "قائد وحدة الصواريخ": the chain's last genitive (session 30)
                elif not definite and (k > tj or last.endswith(("ون", "ين"))):
                    break  # a genitive follows the head only ("قوات الأمن"), never a sound plural
                elif definite and not _agrees(last, w):
                    break
            elif not definite and k == tj and w.endswith("ات") and _genitive_of(last, w) \
                    and k + 1 < len(view.tokens) and view.words[k + 1].startswith("ال") \
                    and not _indefinite_adjective(last, w):
                construct = True  # "أفراد خدمات الأمن": a plural genitive with its own genitive (session 30)
            elif not definite and k == tj and last in LONE_DOERS and w in LONE_DOERS:
                pass  # one doer's indefinite adjective: "وقتل مسلح مجهول ثلاثة أشخاص" (session 36)
            elif last.endswith("ا") and not last.endswith(("يا", "ها")) and w.endswith("يا") \
                    and _indefinite_adjective(last, w[:-1]):
                pass  # the accusative nisba after an accusative noun: "إن قناصا حوثيا قتل" (session 31)
            elif definite or last.split()[-1].startswith("ال") or not w.endswith(("ه", "ون", "ين", "ي", "يه", "تان")) \
                    or not _agrees(last, w) \
                    or not (_indefinite_adjective(last, w) or (k == tj and _genitive_of(last, w))):
                # "قصفت طائرتان قاعدة عسكرية": the object, not an adjective of the subject; nor an indefinite word
                # after a definite genitive ("وقتلت قوات الأمن إرهابيين من تنظيم داعش"; session 33)
                break
            else:
                construct = k == tj and not _indefinite_adjective(last, w) and t.text.endswith("ة")
            end = t.end
            last = w
            k += 1
        if k == tj and k < len(view.tokens) and view.tokens[k].kind == "latin":
            # "طائرات F-16 العراقية": the aircraft's model and its nisba are the phrase's (session 30)
            j = k
            while j < min(k + 4, len(view.tokens)) and (view.tokens[j].kind in ("latin", "number") or (
                    view.tokens[j].text == "-" and view.tokens[j].start == view.tokens[j - 1].end)):
                j += 1
            if j < len(view.tokens) and view.words[j].startswith("ال") and view.words[j].endswith(("يه", "ي")) \
                    and view.tokens[j].start == view.tokens[j - 1].end + 1:
                j += 1
            end, k = view.tokens[j - 1].end, j
        if fold(last) in _MEMBER_LINKS and k < len(view.tokens) and k == view.span_tokens(s, end)[1]:
            # "قوات تابعة لحكومة الوحدة الوطنية" with no group read after: the phrase keeps its ل complement
            # (a group read there is the actor in the members' place, see _members_of_groups; session 29)
            j, cut = k, False
            while j < len(view.tokens) and j - k < 4 and view.tokens[j].kind == "word" and (
                    (j == k and view.words[j][:1] == "ل" and len(view.words[j]) > 3)
                    or (j > k and view.words[j].startswith("ال") and view.words[j] not in _NOT_GENITIVES)):
                t = view.tokens[j]
                if any(a < t.end and t.start < b for a, b in taken + locs + units + dates):
                    cut = True
                    break
                j += 1
            # not a head cut from its name ("الوحدات الأمنية التابعة لمنطقة أريانة": no "… لمنطقة")
            if j == k + 1 and j < len(view.tokens) and any(
                    a < view.tokens[j].end and view.tokens[j].start < b for a, b in taken + locs):
                cut = True  # the name after the ل word is read apart (a place, a group)
            if j > k and not (cut and j == k + 1):
                end, k = view.tokens[j - 1].end, j
        class_word = word
        if word in _STAFF and tj < len(view.tokens):
            if end == e and any(a == view.tokens[tj].start for a, _ in taken):
                continue  # "وقفة احتجاجية لأعوان الديوانة": the group names them
            noun = next((m for m in found if m[0] == view.tokens[tj].start), None)
            if noun is not None:  # "ألقى أعوان الشرطة القبض": the staff of the noun after, of its class
                class_word = noun[2]
                if end < noun[1]:
                    end, k = noun[1], view.span_tokens(noun[0], noun[1])[1]
            elif end == e and not word.startswith("ال"):
                # the staff of a service named by a construct ("أعوان أقسام الحالة المدنية", "أعوان بطاحات جربة"):
                # an indefinite noun, then its definite genitives and adjectives
                k = tj
                while k < len(view.tokens) and k - tj < 4 and view.tokens[k].kind == "word":
                    w, t = view.words[k], view.tokens[k]
                    if any(a < t.end and t.start < b for a, b in taken + units + dates) or w in FILLERS \
                            or w in _RELATIVES or w in _PREPOSITIONS or _verb_shape(w) or len(w) < 3 \
                            or (k > tj and not w.startswith("ال")) or (k == tj and w[:1] in "وفبلك"):
                        break
                    end = t.end
                    k += 1
        klass = "civilian" if class_word in lex.civilian else "people" if class_word in lex.people else "armed"
        out.append(Candidate(s, end, doc.text[s:end], "text", ti, k, klass))
        taken.append((s, end))
    out = _officials(view, layers, out)
    for c in out:
        before = (view.token_at(c.head) if c.head >= 0 else c.ti) or 0
        before = before - 1 if view.tokens[before].start >= (c.head if c.head >= 0 else c.start) else before
        attached = c.start > 0 and doc.text[c.start - 1] == "ل" and \
            (c.start < 2 or not doc.text[c.start - 2].isalpha() or doc.text[c.start - 2] in "وف")
        c.oblique = c.start > 0 and doc.text[c.start - 1] == "ب"
        c.instrument = c.start > 0 and doc.text[c.start - 1] == "ب" and c.layer == "text" and \
            fold(c.text.split()[0]) in INSTRUMENTS
        c.attributive = attached or view.is_word(before, ATTRIBUTIVE) or view.is_word(before - 1, ATTRIBUTIVE_FAR) \
            or _patron(view, out, c, before)
    out = _members_of_groups(view, layers, out)
    out = [c for c in out if not _dateline_credit(doc.text, c.start, c.end)]
    # (nor an agency after the dateline's place: "غزة/ الأناضول - قتل فلسطيني"; session 30)
    out = [c for c in out if not dateline_credit(view, layers, c.end)]
    out.sort(key=lambda c: c.start)
    return out


def _patron(view: SentenceView, out: list[Candidate], c: Candidate, before: int) -> bool:
    """Is ``c`` the patron a named group before it is linked to ("جماعة نصرة الإسلام والمسلمين المرتبطة بتنظيم
    القاعدة", "فصائل المعارضة المدعومة من تركيا"): a link word right before it (or before its preposition), a
    group or ORG ending right before the link (session 30, second wave)."""
    link = before - 1 if view.tokens[before].start < c.start or view.words[before] in ("من", "الي", "ل") else before
    if link < 1 or not view.is_word(link, ATTRIBUTIVE_LINKS):
        return False
    return any(o.tj == link and o.layer in ("groups", "entities") and o.klass != "civilian" for o in out)


def _dateline_credit(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` alone in brackets with a dash after them, a wire dateline's agency ("دمشق، 12 يناير
    (رويترز) - قال التلفزيون …")?  It tells the news, it is no side of it (session 29, second wave)."""
    before = text[max(0, start - 3):start].rstrip()
    after = text[end:end + 8].lstrip()
    return before.endswith("(") and after.startswith(")") and after[1:].lstrip()[:1] in ("-", "–", "—", "ـ")


#: Titles of officials (folded phrases; `official_titles`), by their first word.
_OFFICIAL_TITLES: dict[str, list[list[str]]] = {}
for _title in sorted(word_set("official_titles"), key=lambda t: -len(t.split())):
    _OFFICIAL_TITLES.setdefault(_title.split()[0], []).append(_title.split())


def official_title(view: SentenceView, k: int) -> tuple[int, int] | None:
    """(offset where the title's surface starts, token after it) of an official's title at token ``k``
    ("محافظ", "لوالي", "رئيس بلدية"), or None."""
    words = view.words
    w = words[k]
    for skip, bare in ((0, w), (1, w[1:] if w[:1] in "ولب" and len(w) > 3 else "")):
        for title in _OFFICIAL_TITLES.get(bare, ()):
            if words[k + 1:k + len(title)] == title[1:]:
                return view.tokens[k].start + skip, k + len(title)
    return None


def _titled(view: SentenceView, start: int) -> bool:
    """Does an official's title end right before the place starting at ``start`` ("والي قفصة")?"""
    k = view.token_at(start)
    if k is None or view.tokens[k].start != start:
        return False
    return any(k - n >= 0 and (t := official_title(view, k - n)) is not None and t[1] == k for n in (1, 2, 3))


def _officials(view: SentenceView, layers: LayerIndex, out: list[Candidate]) -> list[Candidate]:
    """An official's title and the place or body right after it, with a name in apposition, are one person
    (`official_titles`: "نجا محافظ صلاح الدين من محاولة اغتيال", "اغتال مسلحون رئيس بلدية الزاوية", "قتل محافظ
    عدن جعفر محمد سعد"): a candidate of its own in the place of the candidates it covers."""
    words = view.words
    if not any(w in _OFFICIAL_TITLES or w[1:] in _OFFICIAL_TITLES for w in words):
        return out
    named = [(e.start, e.end, e.label) for e in layers.within("entities", view.start, view.end)
             if e.label in ("LOC", "ORG", "PER")]
    named += [(c.start, c.end, "cand") for c in out if c.layer != "entities"]
    doc = view.doc
    for k in range(len(words) - 1):
        title = official_title(view, k)
        if title is None:
            continue
        start, j = title
        if j >= len(words) or any(a <= view.tokens[k].start < b for a, b, _ in named):
            continue  # (a title inside a name is the name's)
        after = view.tokens[j].start
        thing = next(((a, b, label) for a, b, label in named if a == after), None)
        if thing is None:
            # a place or body no layer names: one word ("رئيس بلدية الزاوية"), an indefinite one with its genitive
            # ("مدير مكتب قناة الجزيرة")
            w = words[j]
            if view.tokens[j].kind != "word" or len(w) < 3 or w in _PREPOSITIONS or w in _RELATIVES or \
                    w in FILLERS or w.startswith(("بال", "لل", "وال", "كال", "فال")) or _verb_shape(w):
                continue
            end, nxt = view.tokens[j].end, j + 1
            if not w.startswith("ال") and nxt < len(words) and view.tokens[nxt].kind == "word":
                genitive = next((b for a, b, _ in named if a == view.tokens[nxt].start), None)
                if genitive is not None or words[nxt].startswith("ال"):
                    end = genitive or view.tokens[nxt].end
            thing = (after, end, "text")
        end = thing[1]
        nxt = view.span_tokens(thing[0], thing[1])[1]
        if nxt < len(words):  # "محافظ عدن جعفر محمد سعد": the name after
            name = next((b for a, b, label in named if label == "PER" and a == view.tokens[nxt].start), None)
            end = name or end
        ti, tj = view.span_tokens(start, end)
        out = [c for c in out if not (c.start < end and start < c.end)]
        out.append(Candidate(start, end, doc.text[start:end], "text", ti, tj, "entity", official=True))
    out.sort(key=lambda c: c.start)
    return out


#: Words between armed men and the group they belong to (folded; `member_links`): "عناصر تابعة لتنظيم داعش",
#: "مسلحون موالون للحكومة" (the group written with ل); `member_verbs` are followed by إلى/على or ل: "مسلحون
#: ينتمون إلى جماعة بوكو حرام", "عناصر محسوبة على تنظيم القاعدة".
_MEMBER_LINKS = word_set("member_links")
_MEMBER_VERBS = word_set("member_verbs")


#: Detachments named with their force written with ل after them (`detachment_heads`, folded).
_DETACHMENTS = word_set("detachment_heads")


def _members_of_groups(view: SentenceView, layers: LayerIndex, out: list[Candidate]) -> list[Candidate]:
    """Armed men the text names as members of a group are that group ("هاجم عناصر من حركة الشباب قاعدة",
    "عناصر تابعة لتنظيم داعش", "مسلحون ينتمون إلى جماعة بوكو حرام"): the group's candidate takes the members'
    place (their token and their role-reading), and keeps their phrase as its ``members``."""
    orgs = {(e.start, e.end) for e in layers.within("entities", view.start, view.end) if e.label == "ORG"}
    # a group by the token of its head ("تنظيم" of "تنظيم داعش")
    named = {(view.token_at(c.head) if c.head >= 0 else c.ti): c for c in out
             if c.layer == "groups" or (c.layer == "entities" and (c.start, c.end) in orgs)}
    if not named:
        return out
    doc, n = view.doc, len(view.tokens)

    def group_at(k: int, written_with_l: bool) -> Candidate | None:
        g = named.get(k)
        at = -1 if g is None else g.head if g.head >= 0 else g.start
        t0 = view.tokens[k].start
        if g is None or not written_with_l:
            return g if at == t0 else None
        # "لتنظيم داعش"; "للجيش السوري" read without its article ("جيش السوري"), not "لإدارة العامة" (a ل kept)
        return g if (at == t0 + 1 and doc.text[t0] == "ل" and doc.text[at] != "ل") \
            or (at == t0 + 2 and doc.text[t0:at] == "لل") else None

    merged: dict[int, Candidate] = {}  # the members' first token → the group read in their place
    groups: set[int] = set()  # the groups read so (their ids)
    for c in out:
        if c.layer != "text" or c.klass != "armed" or c.tj >= n:
            continue
        k, last = c.tj, fold(c.text.split()[-1])
        w = view.words[k]
        if last in _MEMBER_LINKS:  # "عناصر تابعة" read as one phrase: the group right after, with ل
            g = group_at(k, True)
        elif w == "من":
            g = group_at(k + 1, False)
        elif w in _MEMBER_LINKS:
            g = group_at(k + 1, True)
        elif last in _DETACHMENTS and w[:1] == "ل":
            g = group_at(k, True)  # "مفارز للجيش الوطني الشعبي": the army's detachments (session 30)
        elif w in _MEMBER_VERBS:
            g = group_at(k + 1, True) or (group_at(k + 2, False) if k + 1 < n and view.words[k + 1] in ("الي", "علي")
                                          else None)
        elif w in AFFILIATION_OPENERS and w not in _MEMBER_VERBS:
            # "مسلحين يشتبه في انتمائهم لجماعة نصرة الإسلام والمسلمين … قتلوا": the suspected group, its men as
            # members (session 32)
            g = None
            for j in range(k + 1, min(k + 5, n)):
                if view.tokens[j].kind != "word":
                    break
                g = group_at(j, True) or (group_at(j, False) if view.words[j - 1] in ("الي", "في", "من") else None)
                if g is not None:
                    break
        elif c.tj - c.ti == 1 and not c.text.startswith("ال") and view.tokens[k].start == view.tokens[k - 1].end + 1 \
                and c.start == view.tokens[c.ti].start and not view.words[c.ti].startswith(("ل", "ب")):
            # (not a noun after ل or ب, a genitive or an object: "استهدفوا تجمعا لجنود الجيش الإسرائيلي")
            # the group right after one indefinite armed noun: its genitive or its nisba ("هاجم عناصر داعش حاجزا",
            # "وقتل مسلحون حوثيون ثلاثة جنود", "مقاتلو الشباب"); not after a definite one, whose object it may be
            # ("استهدفت المدفعية داعش"; session 31)
            g = group_at(k, False)
        elif c.tj - c.ti == 1 and c.text.startswith("ال") and view.tokens[k].start == view.tokens[k - 1].end + 1 \
                and view.tokens[k].kind == "word" and w.startswith("ال") and last.endswith("ون") and w.endswith("يون"):
            # a definite plural armed noun and the group's nisba, both nominative (the subject): "أطلقها المسلحون
            # الحوثيون", "قصف المتمردون الحوثيون"; not "هاجم المسلحون الحوثيين" (the object) (merged session 32)
            g = group_at(k, False)
            g = g if g is not None and g.tj == k + 1 else None
        else:
            continue
        if g is None or id(g) in groups:
            continue
        groups.add(id(g))
        merged[c.ti] = Candidate(g.start, g.end, g.text, g.layer, c.ti, g.tj, g.klass, g.group_id,
                                 attributive=c.attributive, instrument=c.instrument, oblique=c.oblique,
                                 members=(c.start, c.end, c.text))
    if not merged:
        return out
    return [merged.get(c.ti, c) if c.layer == "text" else c for c in out if id(c) not in groups]


_ADJECTIVAL = word_set("trigger_adjectives")
#: Kin nouns, a person with a possessive pronoun (`kin_nouns`, folded).
_KIN_NOUNS = word_set("kin_nouns")
#: The killing words a name right after is the victim of (verbal nouns and verbs; not "الشهيد", "القتيل", titles).
#: (Not the active "اغتال", whose name after it is the killer; nor the noun "اغتيال", which names a recalled case far
#: more often than it reports a death: "قضية اغتيال شكري بلعيد", "ملف اغتيال", "المتورطين في اغتيال".)
_NAMED_DEATH_LEXEMES = frozenset({"مقتل", "قتل", "استشهاد", "استشهد", "اغتيل", "مصرع"})
#: Killing verbs whose subject is always the victim, unlike "قتل" which may be active (session 40).
_VICTIM_SUBJECT_VERBS = frozenset({"استشهد", "اغتيل"})
#: What tells how a person died after the killing verb and the name (`death_causes`: "في", "إثر", "جراء").
_DEATH_CAUSES = word_set("death_causes")
#: Staff nouns that give way to the group or name right after them ("أعوان الديوانة").
_STAFF = word_set("staff_heads")
_PREPOSITIONS = word_set("prepositions")
#: Words that say where, written where an object could be ("إطلاق نار أمام مركز للشرطة"; folded, session 32).
_LOCATIVES = word_set("locative_words")
_RELATIVES = relative_pronouns()
_REFLEXIVES = word_set("reflexives")


def _place_named(view: SentenceView, e: EntitySpan) -> bool:
    """Is the PER entity ``e`` a place the gazetteer knows, written after a place head ("في محافظة صلاح الدين",
    "بمدينة سيدي بوزيد")?  A province or a town named as a person is never an actor nor a target."""
    if _head_rank(view, e.start) is None:
        return False
    from ..entities.gazetteer import default_gazetteer  # (the entities stage has loaded it; read lazily)
    return default_gazetteer().place(lookup_key(e.text)) is not None


def agent_marker(view: SentenceView, k: int) -> bool:
    """Is token ``k`` the last word of a passive's agent marker ("على يد", "على أيدي", "من قبل", "من طرف", "من
    جانب")?"""
    if not 1 <= k < len(view.words):
        return False
    w, prev = view.words[k], view.words[k - 1]
    return (w in ("يد", "ايدي") and prev in ("علي", "وعلي")) or (w in AGENT_AFTER_MIN and prev == "من")


def _done_by_subject(view: SentenceView, k0: int) -> bool:
    """Is the casualty word at token ``k0`` the object of على/إلى after the doers' verb ("أقدم شخصان على قتل
    جارهما", "عمد ثلاثة أشخاص إلى قتل"), so that a count before it counts the doers? Not after a verb of suffering,
    whose subject is the victim ("تعرض شخصان إلى الطعن")."""
    if k0 < 1 or view.words[k0 - 1] not in ("علي", "الي"):
        return False
    return not any(b.startswith(_SUFFER) for j in range(max(0, k0 - 5), k0 - 1) for b in stems(view.words[j]))


def _definite(word: str) -> bool:
    """Is the folded word definite by its article, after a proclitic or not ("الهجوم", "بالهجوم", "للهجوم")?"""
    return word.startswith(("ال", "لل")) or (word[:1] in "وفبلك" and word[1:3] == "ال")


def _entity_class(view: SentenceView, e: EntitySpan) -> str:
    """"armed" for an ORG entity whose first actor's noun is an armed one (a security body the entities layer
    names: "الشرطة البلدية", "فرقة الأبحاث والتفتيش للحرس الوطني"), as the same words read as a descriptive
    phrase are; else "entity"."""
    if e.label != "ORG":
        return "entity"
    lex = view.lex
    for _, _, word in view.matches(lex.actor_re, e.start, e.end):  # its first actor's noun ("فرقة الحرس الوطني")
        return "entity" if word in lex.civilian or word in lex.people else "armed"
    return "entity"


def _describes_previous(view: SentenceView, ti: int, word: str, trigger_ends: AbstractSet[int],
                        named_ends: AbstractSet[int]) -> bool:
    """Is the actor noun ``word`` at token ``ti`` a nisba adjective of the word before it rather than a
    participant: right after a trigger or casualty word ("هجوم مسلح", "التفجير الإرهابي", "تفجيرين
    إرهابيين", "وصفت الهجوم بالإرهابي"), or, definite, right after a name or another definite word it
    agrees with ("تنظيم داعش الإرهابي", "العملية الانتحارية")?  Not a genitive: "هجوم مسلحين" (an attack of
    gunmen), "هوية الانتحاري" (the bomber's identity), "قتلت الشرطة الإرهابي" (no agreement)."""
    bare = word[2:] if word.startswith("ال") else word
    if bare not in _ADJECTIVAL or ti == 0:
        return False
    if ti > 1 and view.tokens[ti - 1].text in _QUOTE_MARKS and word.startswith("ال") and \
            view.tokens[ti - 1].start in named_ends:
        return True  # 'تنظيم "داعش" الإرهابي': the closing quote of the name
    prev = view.tokens[ti - 1]
    if prev.kind != "word" or view.words[ti - 1] in _PREPOSITIONS:
        return False  # "القبض على الإرهابي": the object of the trigger's preposition
    if prev.end in trigger_ends:
        return _adjective_agrees(view.words[ti - 1], bare)
    if not word.startswith("ال"):
        return False
    if prev.end in named_ends:
        return True
    return _definite(view.words[ti - 1]) and _adjective_agrees(view.words[ti - 1], bare)


def _adjective_agrees(noun: str, adjective: str) -> bool:
    """Can ``adjective`` (folded, without the article) describe ``noun`` (folded)?  A plural or dual
    adjective a plural or dual noun; a feminine one a feminine or broken plural noun; a masculine
    singular one a masculine singular noun."""
    if adjective.endswith(("ين", "ون", "ان")):
        return noun.endswith(("ين", "ون", "ان"))
    if adjective.endswith("ه"):
        return not noun.endswith(("ين", "ون"))
    return not noun.endswith(("ه", "ات", "ين", "ون", "ان"))


#: Homes, shops, banks … a storming breaks into (`break_in_sites`): the object after its subject, never its genitive
#: ("اقتحم لصوص صيدلية", "اقتحمت قوات الأمن المنزل"; session 26, second wave), of an armed noun only (not
#: "عمال المصنع").
_BROKEN_INTO = word_set("break_in_sites")
#: Nouns of the things an event hits (sites, places, vehicles; folded): never an adjective of the actor before them.
_OBJECT_NOUNS = word_set("target_sites") | word_set("territory_nouns") | word_set("object_nouns")
#: The heads of a thing hit (:func:`object_site`): sites and things, not towns or regions, which are the event's place.
_HIT_NOUNS = (word_set("target_sites") | word_set("object_nouns")) - word_set("place_towns")
#: Adjectives of a weapon: "سيارة مفخخة" is what explodes, not what is hit.
_WEAPON_ADJECTIVES = tuple(sorted(word_set("weapon_adjectives")))
#: Imperfect verbs of derived forms ("ينتمي", "تنتمي", "يستهدف"), not nisbas, though they end with ي.
_VERB_OPENINGS = ("ين", "يت", "يس", "تن", "تت", "تس")


def _indefinite_adjective(noun: str, word: str) -> bool:
    """Has the indefinite folded ``word`` after the noun ``noun`` the shape of an adjective of it: a nisba
    ("عسكرية", "إرهابيون"), a participle ("مسلحة", "مجهولون", "ملثمين"), a فاعل or فعيل ("غاضبون", "تابعة",
    "خطيرين"), in the dual after a dual ("طائرتان حربيتان")?  Not a noun of what is hit ("طائرتان قاعدة",
    "مجموعة مسلحة دورية"), a dual noun's object, an imperfect verb ("عنصر ينتمي", "محتجون يضرمون"), a word with a
    pronoun or a preposition ("رجل ابنته", "شخص بحوزته")."""
    if word in _OBJECT_NOUNS:
        return False
    if noun.endswith(("تان", "تين")) and not word.endswith(("تان", "تين")):
        return False
    if word.endswith(("يه", "يون", "يين", "يان", "يتان", "يتين")) or (
            word.endswith("ي") and not word.startswith(_VERB_OPENINGS)):
        return True
    stem = word[:-2] if word.endswith(("ون", "ين")) else word[:-1] if word.endswith("ه") else word
    return len(stem) >= 3 and (stem[0] == "م" or stem[1] == "ا" or (len(stem) == 4 and stem[2] == "ي"))


#: Definite words after an indefinite actor noun that are the verb's object, no genitive ("عناصر إرهابية النار").
_NOT_GENITIVES = word_set("not_genitives")


def _object_head(word: str) -> bool:
    """Is the folded ``word`` a noun of a thing hit, with or without the article, in the accusative or not
    ("قاعدة", "حاجزا", "المستشفى", "مواقع")?"""
    bare = word[2:] if word.startswith("ال") else word
    if bare.endswith("ا") and len(bare) > 3 and bare[:-1] in _HIT_NOUNS:
        bare = bare[:-1]
    return bare in _HIT_NOUNS or (not word.startswith("ال") and _possessed(bare) in _HIT_NOUNS)


def hit_noun_at(view: SentenceView, k: int) -> bool:
    """Is the word at token ``k`` a noun of a thing hit (:func:`_object_head`), or one whose first letters are those
    of the article ("آلية", folded "اليه"; "آليات"), as a whole word (not "إليه", "to him", folded alike)?"""
    w = view.words[k]
    return _object_head(w) or (w in _HIT_NOUNS and w.startswith("ال")
                               and not view.tokens[k].text.startswith(("إ", "وإ", "فإ")))


def _possessed(word: str) -> str:
    """The folded noun of ``word`` without its possessive pronoun ("دوريتهم" → "دوريه", "مواقعهم" → "مواقع",
    "قاعدتها" → "قاعده"); "" when it has none."""
    for suffix in _POSSESSIVES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[:-len(suffix)]
            return stem[:-1] + "ه" if stem.endswith("ت") else stem
    return ""


#: Possessive pronouns after a thing hit ("استهدف دوريتهم", "قصفوا مواقعهم"), longest first; not "ه", a folded ة.
_POSSESSIVES = ("هما", "هم", "ها", "نا")


def _person_head(view: SentenceView, word: str, *, plural: bool = True) -> bool:
    """Is the folded ``word`` a noun of a person, with or without the article, the accusative or the feminine
    ("شابا", "طالبة", "المتهم", "عون", "أجنبي", "منحرف")?"""
    lex = view.lex
    bare = word[2:] if word.startswith("ال") else word
    for form in (bare, bare[:-1] if bare.endswith(("ا", "ه")) and len(bare) > 3 else bare):
        if form in lex.persons or form in lex.arrest_objects or form in _VICTIM_HEADS:
            return True
    if not word.startswith("ال") and kin_with_pronoun(word):
        return True  # "قتل زوجته", "ذبح والده" (session 40)
    # the sound masculine plural of a head ("مطلوبين", "مجرمين", "مروجين"; session 30)
    return plural and bare.endswith("ين") and len(bare) > 4 and bare[:-2] in _VICTIM_HEADS


def bare_kin(word: str) -> bool:
    """Is the folded ``word`` a kin noun with no pronoun, singular or dual ("أب", "والد", "شقيقان"; session 45)?"""
    return word in _KIN_NOUNS or (word.endswith(("ان", "ين")) and word[:-2] in _KIN_NOUNS)


def kin_with_pronoun(word: str) -> bool:
    """Is the folded ``word`` a kin noun with its possessive pronoun, one person ("زوجته", "والده", "شقيقها",
    "جارهما"; its ة written ت; session 40)?  Not the bare noun ("زوج": who did it, "أقدم زوج على قتل زوجته")."""
    for p in ("هما", "هم", "ها", "ه"):
        if word.endswith(p) and len(word) - len(p) >= 2:
            stem = word[:-len(p)]
            stem = stem[:-1] + "ه" if stem.endswith("ت") else stem
            if stem in _KIN_NOUNS:
                return True
    return False


def kin_dual_with_pronoun(word: str) -> bool:
    """Is the folded ``word`` the dual of a kin noun with its possessive pronoun, two people ("والديه", "ابنتيها",
    "شقيقيه"; the dual's ن dropped before the pronoun; session 40, ev40b)?"""
    for p in ("هما", "هم", "ها", "ه"):
        if word.endswith(p) and len(word) - len(p) >= 4 and word[:-len(p)].endswith("ي"):
            stem = word[:-len(p) - 1]
            if stem in _KIN_NOUNS or (stem.endswith("ت") and stem[:-1] + "ه" in _KIN_NOUNS):
                return True
    return False


def kin_object(word: str) -> bool:
    """Is the folded ``word`` a kin noun with its possessive pronoun, one person or two ("زوجته", "والديه"; see
    :func:`kin_with_pronoun`, :func:`kin_dual_with_pronoun`)?"""
    return kin_with_pronoun(word) or kin_dual_with_pronoun(word)


#: Animals by their bare noun (`animal_nouns`, folded; session 42).
_ANIMAL_NOUNS = word_set("animal_nouns")


def animal_noun(word: str) -> bool:
    """Is the folded ``word`` an animal (`animal_nouns`) with و ف ب ل and the article before it, the accusative, the
    dual or the feminine's sound plural after it ("كلبا", "والكلاب", "الكلبين", "قطتين", "بقرات"; session 42)?"""
    for s in clitic_splits(word):
        if s.prefix.removesuffix("ال") not in _ANIMAL_PREFIXES:
            continue
        stem = s.stem
        forms = [stem]
        if stem.endswith("ا") and len(stem) > 3:
            forms.append(stem[:-1])  # "كلبا"
        for end in ("ين", "ان", "ات"):
            if stem.endswith(end) and len(stem) > 4:
                base = stem[:-2]
                forms += [base, base[:-1] + "ه"] if base.endswith("ت") else [base, base + "ه"]  # "قطتين", "بقرات"
        if any(f in _ANIMAL_NOUNS for f in forms):
            return True
    return False


_ANIMAL_PREFIXES = frozenset({"", "ل"}) | CONJ_BI_LI


def animals_counted(view: SentenceView, n: NumberSpan) -> bool:
    """Does the number ``n`` count animals, the word after it one ("وقتلوا 20 كلبا", "3 كلاب سائبة"; session 42)?"""
    last = view.token_at(n.end - 1)
    return last is not None and last + 1 < len(view.words) and view.tokens[last + 1].kind == "word" \
        and animal_noun(view.words[last + 1])


def person_word(view: SentenceView, word: str) -> bool:
    """Is the folded ``word`` a noun of a person (see :func:`_person_head`)?"""
    return _person_head(view, word)


def person_object(view: SentenceView, k: int, end: int, taken: Sequence[Candidate],
                  numbers: Sequence[NumberSpan], *, accusative: bool = False) -> Candidate | None:
    """The person an arrest or an attack takes written at token ``k`` (before token ``end``) when no candidate
    names them: "القبض على عون حرس", "إيقاف أجنبي", "اعتدى على طالبة", with adjectives and genitive as
    :func:`object_site` reads them (layer ``"text"``, class ``"people"``); ``numbers`` are the numbers layer's spans
    of the sentence (``LayerIndex.within``: not the document's, whose scan per call grew with its square);
    ``accusative``: the word is a verb's object after its subject, where an indefinite accusative of a doer's noun is
    a person ("مسلحا"), no adjective of the event."""
    if 0 <= k < min(end, len(view.words)) - 1 and view.tokens[k + 1].kind == "word" and any(
            n.kind == "cardinal" and n.unit is None and view.token_at(n.start) == k and view.token_at(n.end - 1) == k
            for n in numbers) and _person_head(view, view.words[k + 1]):
        # a count before a head the numbers layer gives no unit ("أوقف الأمن ثلاثة مطلوبين"; session 30)
        site = object_site(view, k + 1, end, taken, person=True)
        if site is not None:
            site.start, site.ti = view.tokens[k].start, k
            site.text = view.doc.text[site.start:site.end]
        return site
    if not 0 <= k < min(end, len(view.words)) or view.tokens[k].kind != "word":
        return None
    # (a dual the numbers layer counts is read there: "إيقاف تلميذين")
    counted = any(view.token_at(n.start) == k for n in numbers)
    if not _person_head(view, view.words[k], plural=not counted):
        return None
    word = view.words[k]
    if (word[2:] if word.startswith("ال") else word) in _ADJECTIVAL and not (
            accusative and word.endswith("ا") and not word.startswith("ال")):
        # "الاعتداءات الإرهابية", "هجوم مسلح": the event's adjective; not the indefinite accusative after a verb's
        # subject, its object ("قتلت قوات الأمن مسلحا", "قتل الجيش إرهابيا"; session 40)
        return None
    return object_site(view, k, end, taken, person=True)


def object_site(view: SentenceView, k: int, end: int, taken: Sequence[Candidate], *,
                person: bool = False) -> Candidate | None:
    """The thing an attack hits written at token ``k`` (before token ``end``): a site, a building, a vehicle, a
    town ("قصفت طائرتان قاعدة عسكرية", "هاجم مسلحون حاجزا أمنيا", "أطلقوا النار على حافلة", "قصف الطيران
    مدينة دوما"), with its adjectives and its genitive, as a descriptive target (layer ``"text"``); None when the
    word there is no such noun or is part of a candidate."""
    if not 0 <= k < min(end, len(view.words)) or view.tokens[k].kind != "word" or \
            not (person or hit_noun_at(view, k)) or view.words[k] in _LOCATIVES or view.tokens[k].text == "أمام":
        return None  # (not "إطلاق نار أمام مركز للشرطة": where it happened, session 32; "امام جامع" is an imam)
    t = view.tokens[k]
    if any(c.start < t.end and t.start < c.end for c in taken):
        return None
    if not person and k + 2 < min(end, len(view.words)) and view.words[k + 1] in FAMILY_OWNERS \
            and view.tokens[k + 2].kind == "word":
        # "استهدف منزلا لعائلة أبو عودة", "قصف منزل عائلة الحسني": the family's home, whole (session 31)
        name = next((c for c in taken if c.ti == k + 2 and c.tj <= end), None)
        j = name.tj if name is not None else k + 3
        return Candidate(t.start, view.tokens[j - 1].end, view.doc.text[t.start:view.tokens[j - 1].end], "text",
                         k, j, "site")
    if not person and any(c.ti in (k + 1, k + 2) and c.klass in ("group", "entity") for c in taken):
        return None  # "غارات على مواقع داعش", "موقعا لحماس": the group owns the site, it is the target named
    if k + 1 < len(view.words) and view.words[k + 1].startswith(_WEAPON_ADJECTIVES):
        return None  # "انفجرت سيارة مفخخة": the weapon
    last, j = view.words[k], k + 1
    definite = last.startswith("ال")
    # an accusative head ("حاجزا", "رجلا") takes no genitive: only an accusative adjective ("أمنيا", "مسنا")
    accusative = not definite and last.endswith("ا") and not last.endswith(("يا", "ها"))
    if person:
        name = next((c for c in taken if k + 1 < c.ti <= k + 3 and c.klass in ("group", "entity")
                     and not c.oblique and not c.attributive), None)
        if name is not None and any(view.tokens[i].kind == "word" and _verb_shape(view.words[i])
                                    for i in range(k + 1, name.ti)):
            name = None  # "مهندسا يعمل لدى منظمة إغاثية": the name is in a clause about the person (session 30)
        if name is not None and all((view.tokens[i].kind == "word" and not (
                view.words[i][:1] in "لب" and not view.words[i].startswith(("ال", "لدي"))))
                or view.tokens[i].text in _QUOTE_MARKS for i in range(k + 1, name.ti)):
            if any(view.words[i] in _PREPOSITIONS or view.words[i].startswith("لدي") or view.words[i] in _SUBJECT_STOPS
                   or view.tokens[i].kind != "word" for i in range(k + 1, name.ti)):
                # "اعتقال المطلوب لديها دونالد بيو", 'مقتل التونسي المكنى "أبو الحسن التونسي"': the name
                return name
            s, e = t.start, name.end  # "اختطاف الطفلة جنا محمد السيد": the person and the name
            return Candidate(s, e, view.doc.text[s:e], "text", k, name.tj, "people")
    while j < min(end, len(view.words)) and j - k <= 2 and view.tokens[j].kind == "word":
        w = view.words[j]
        if accusative and not w.endswith("ا") and not w.startswith("لل"):
            break  # "أوقف الأمن رجلا ارتبط", "شابا يبلغ" (not "مركزا للشرطة")
        if _verb_shape(w) or (w.endswith("ت") and not w.endswith("ات")):
            break  # "رجلا يدعى", "مسنة احتفلت": a clause after an indefinite noun
        named = next((c for c in taken if c.ti == j and c.klass in ("group", "entity")), None)
        if named is not None:
            if j == k + 1 and not named.oblique and not named.attributive:
                j = named.tj  # 'مراسلة الجوهرة "اف ام"': the person's body, whole
            break
        if w.startswith("لل") and not definite:
            j += 1  # "حاجز للجيش", "مركز للشرطة": its owner closes the phrase
            break
        if w.startswith(("لل", "بال", "وال", "فال", "كال")) or w in _PREPOSITIONS or w in _RELATIVES or len(w) < 3 \
                or w in FILLERS or w in _PLACE_STOP or w in _SUBJECT_STOPS or (w[:1] in "لب" and not w.startswith("ال")
                                                               and _nisba_base(w) not in nisba_countries()):
            break  # "حافلة قرب الحدود", "سيارة أجرة كان يستقلها", "سيارة لنقل الأموال"
        if w[:1] in "وف" and (w[1:] in view.lex.casualties or w[1:] in view.lex.triggers):
            break  # "مقتل شرطي وإصابة اثنين آخرين": the next casualty or event, no adjective (session 29)
        if w[:1] in "وف" and w.endswith(("هما", "هم", "ها")):
            break  # "إيقاف طبيبين وإيداعهما بالسجن": a next act on them, no adjective (session 30)
        if person and not definite and j == k + 1 and view.tokens[j].text.endswith(("ات", "ة")) \
                and not w.startswith("ال") \
                and j + 1 < min(end, len(view.words)) and view.words[j + 1].startswith("ال") \
                and view.tokens[j + 1].kind == "word" and (_genitive_of(last, w) or w in _PERSON_GENITIVES) \
                and not _indefinite_adjective(last, w) \
                and view.words[j + 1] not in _PREPOSITIONS:
            j += 2  # "على أفراد خدمات الأمن": a construct chain, whole (session 30)
            break
        if w.startswith("ال"):
            if not definite and j > k + 1:
                break  # "مدينة دوما الشرقية" ends at a second definite word after an indefinite head
        elif definite or not (w.endswith("يا") or _indefinite_adjective(last, w)
                              or (j == k + 1 and w[:1] != "و" and (not person or w in _PERSON_GENITIVES))):
            break
        if w.startswith("ال") and definite and not _agrees(last, w):
            break
        last = w
        j += 1
    s, e = t.start, view.tokens[j - 1].end
    return Candidate(s, e, view.doc.text[s:e], "text", k, j, "people" if person else "site")


#: A family owning a site hit, with or without ل (`family_owners`, folded): "منزلا لعائلة أبو عودة".
FAMILY_OWNERS = word_set("family_owners")
#: Indefinite genitives of a person noun ("عون حرس", "أفراد عصابة"): the body the person belongs to (folded).
_PERSON_GENITIVES = word_set("person_genitives")
#: Person nouns an arrest or an attack takes, besides the persons and arrest objects of the lexicon (folded).
_VICTIM_HEADS = word_set("victim_heads")
#: The stems of the protester nouns (folded): one or two protesters are counted as persons ("قتل متظاهران").
_PROTESTER_STEMS = word_set("protester_stems")
#: Words of a quantity before "من" and the people counted ("عدد من أعوان الأمن") (folded).
_QUANTITY_HEADS = word_set("quantity_heads")
#: The words that end the subject of a verb of suffering before its event ("تعرضت فرقاطة سعودية أثناء قيامها …").
_SUBJECT_STOPS = word_set("suffer_subject_stops")


#: Parts of a place (`place_parts`): a suffering subject starting with one is no target.
_PLACE_PARTS = word_set("place_parts")


def suffer_subject(view: SentenceView, j: int, end: int, taken: Sequence[Candidate]) -> Candidate | None:
    """The subject written after the verb of suffering (or its verbal noun) at token ``j``, before token ``end``
    (the event it suffered): "تعرض منزل الصحفي إلى هجوم" → "منزل الصحفي", "تعرض موكب يضم …" → "موكب", "وقع مواطن
    ضحية اعتداء" → "مواطن"; at most four words, up to a preposition, a verb, a time word or a mark.  A candidate
    (a group, an entity, an actor noun) that starts there is taken whole."""
    for c in taken:
        # 'تعرضت نجمة "تلفزيون الواقع" كيم كاردشيان إلى هجوم': the name after a title
        if c.klass in ("entity", "group") and not c.attributive and j + 1 < c.ti <= j + 6 and c.tj <= end and all(
                (view.tokens[i].kind == "word" and view.words[i] not in _PREPOSITIONS
                 and view.words[i] not in _SUBJECT_STOPS) or view.tokens[i].text in _QUOTE_MARKS
                for i in range(j + 1, c.ti)):
            return c
    if view.words[j + 1:j + 2] and view.words[j + 1] in _PLACE_PARTS:
        return None  # "تعرضت أطراف بلدتي الناقورة وعلما الشعب لقصف": where it fell, no target (session 31)
    k = j + 1
    while k < end and k - j <= 4 and view.tokens[k].kind == "word":
        w = view.words[k]
        if w in _PREPOSITIONS or w in _SUBJECT_STOPS or w in _RELATIVES or (k > j + 1 and (
                _verb_shape(w) or w[:1] in "لب")):
            break
        if k == j + 1 and w.startswith(("ل", "ب")) and not w.startswith("ال"):
            break
        k += 1
    if k == j + 1:
        return None
    if k == j + 2 and view.words[j + 1] in _QUANTITY_HEADS and view.words[k:k + 1] == ["من"]:
        # "تعرّض عدد من أعوان الأمن إلى الاعتداء": the people counted
        whole = next((c for c in taken if c.ti == k + 1 and c.tj <= end), None)
        if whole is not None:
            s = view.tokens[j + 1].start
            return Candidate(s, whole.end, view.doc.text[s:whole.end], "text", j + 1, whole.tj, "people")
    for c in taken:
        if c.ti == j + 1:
            return c if c.tj >= k else Candidate(c.start, view.tokens[k - 1].end,
                                                  view.doc.text[c.start:view.tokens[k - 1].end], "text", c.ti, k,
                                                  "people")
    s, e = view.tokens[j + 1].start, view.tokens[k - 1].end
    return Candidate(s, e, view.doc.text[s:e], "text", j + 1, k, "people")


def _genitive_of(noun: str, word: str) -> bool:
    """Can the indefinite folded ``word`` be the genitive right after the actor noun ``noun`` ("عمال شركة")?  Not
    after a dual or a sound plural, which lose their ن before one ("طائرتان قاعدة": the object), not a thing hit, an
    imperfect verb or a word with a preposition."""
    return not (noun.endswith(("ان", "ون", "ين")) or word in _OBJECT_NOUNS or _verb_shape(word)
                or (word[:1] in "بل" and not word[1:2] == "ا"))


def _nisba_base(word: str) -> str:
    """The masculine singular of a folded nisba ("ليبيه" → "ليبي", "ليبيين" → "ليبي"), else the word."""
    for suffix in ("يون", "يين"):
        if word.endswith(suffix):
            return word[: -len(suffix)] + "ي"
    return word[:-1] if word.endswith("يه") else word


def _verb_shape(word: str) -> bool:
    """Does the folded indefinite ``word`` look like an imperfect verb rather than a genitive noun ("حافلة تقل",
    "منزلا يقع"; not "حاجز تفتيش")?"""
    return word[:1] == "ي" or (word[:1] == "ت" and (len(word) <= 4 or word.startswith(_VERB_OPENINGS)))


def _agrees(noun: str, adjective: str) -> bool:
    """A sound plural takes a sound plural adjective; a feminine noun a feminine one; a masculine nisba no
    feminine word ("فجر انتحاري شاحنة ملغومة": the truck is the object); else anything (a broken plural takes a
    feminine adjective: "عناصر ملثمة")."""
    if noun.endswith(("ون", "ين")):
        return adjective.endswith(("ون", "ين"))
    if noun.endswith("ه"):
        return adjective.endswith("ه")
    return not (noun.endswith("ي") and adjective.endswith("ه"))


# -- casualties --------------------------------------------------------------------------------
def casualty_mentions(view: SentenceView, layers: LayerIndex, cues: list[tuple[int, int, str, str]],
                      cands: Sequence[Candidate] = ()) -> list[Mention]:
    """Counts of killed and injured people: a casualty word with the number after (or before) it,
    a number whose counted noun is قتلى/جرحى, a singular or dual person noun (1, 2), a negated
    casualty word (0: "لم يسفر عن إصابات").  ``cues`` are (start, end, kind, folded word)."""
    numbers = [n for n in layers.within("numbers", view.start, view.end)
               if isinstance(n.value, (int, float)) and n.kind in ("cardinal", "approximate")
               and not n.attrs.get("is_year_like")]
    used: set[int] = set()
    totals: set[int] = set()  # ids of the tolls that total the story's dead ("ليرتفع عدد القتلى إلى 30")
    out: list[Mention] = []
    lex = view.lex

    def number_at(k: int) -> NumberSpan | None:
        for n in numbers:
            if id(n) not in used and view.token_at(n.start) == k:
                return n
        return None

    in_actor = {k for c in cands for k in range(c.ti, c.tj)}
    in_actor.update(_states_after_verbs(view, layers, cues))  # "قتلت إسرائيل فلسطينيا" (session 39)
    counted: set[int] = set()  # tokens of the person nouns a casualty word counted after it

    names: list[Span] = []
    named: set[str] = set()  # the folded names a casualty word counted (session 40)

    def actor_adjective(k: int) -> bool:
        # a terror adjective right after an actor describes it; not an accusative after a subject that is none, the
        # verb's object ("وقتل الجيش إرهابيا", session 40)
        w = view.words[k]
        return k - 1 in in_actor and w in _TERROR_ADJECTIVES and not (
            w.endswith("يا") and not w.startswith("ال") and not view.words[k - 1].endswith("ا"))

    def sentence_names() -> list[Span]:  # the sentence's PER, read for the first plural-or-dual noun
        if not names:
            names.extend(e for e in layers.within("entities", view.start, view.end) if e.label == "PER")
        return names

    def named_victims(k: int, word: str) -> tuple[int, int] | None:
        """One person named right after a casualty word (two joined by "و"), and the end of the names: the noun's
        genitive ("مقتل أبو عياض", "مقتل سفيان الشورابي ونذير القطاري"); after a verb, which may be active ("قتل محمد
        زوجته"), only with the cause, the weapon or the agent after the name ("قتل محمد علي برصاص مسلحين",
        "استشهد محمد الجعبري في قصف"; session 40)."""
        if view.tokens[k].kind != "word" or not any(
                fold(c.lexeme) in _NAMED_DEATH_LEXEMES for w in stems(word, CONJUNCTIONS)
                if (c := lex.casualties.get(w)) is not None):
            return None  # not "الشهيد شكري بلعيد", "عائلات الشهداء": a title, no death told
        start = view.tokens[k].start
        first = next((e for e in sentence_names() if e.start == start), None)
        if first is None or any(fold(first.text) in n or n in fold(first.text) for n in named):
            return None  # (a name told dead again in the sentence is one death: "مقتل بلعيد … مقتل شكري بلعيد")
        count, end = 1, first.end
        j = view.span_tokens(first.start, first.end)[1]
        if j < len(view.tokens) and view.tokens[j].text.startswith("و"):
            at = view.tokens[j].start + 1 if view.tokens[j].text != "و" else \
                view.tokens[j + 1].start if j + 1 < len(view.tokens) else -1
            second = next((e for e in sentence_names() if e.start == at), None)
            if second is not None:
                count, end = 2, second.end
                j = view.span_tokens(second.start, second.end)[1]
        if any(c.pos == "verb" and fold(c.lexeme) not in _VICTIM_SUBJECT_VERBS
               for w in stems(word, CONJUNCTIONS) if (c := lex.casualties.get(w)) is not None):
            w = view.words[j] if j < len(view.words) and view.tokens[j].kind == "word" else ""
            nxt = view.words[j + 1] if j + 1 < len(view.words) else ""
            if not ((w.startswith("ب") and len(w) > 3) or w in _DEATH_CAUSES
                    or (w == "علي" and nxt in ("يد", "ايدي")) or (w == "من" and nxt in AGENT_AFTER_MIN)):
                return None
        return count, end

    def person_count(k: int, ahead: bool = True) -> int | None:
        if not 0 <= k < len(view.words) or view.tokens[k].kind != "word":
            return None
        if (k > 0 and view.tokens[k - 1].kind == "number") or any(view.token_at(n.start) == k - 1 for n in numbers):
            return None  # the counted noun of a number
        w = view.words[k]
        if actor_adjective(k):
            return None  # "قتلهم عناصر تنظيم داعش الإرهابي": the group's adjective, no one killed (session 31)
        base = w[2:] if w.startswith("ال") else w
        if base in lex.persons or base.rstrip("ا") in lex.persons:
            return 1
        if ahead and base == w and kin_with_pronoun(w):
            # "قتل زوجته", "ذبح والده وشقيقه" (session 40; only after the word: "اختطاف شقيقه وهدده بقتله" is a threat)
            return 1
        if ahead and base == w and kin_dual_with_pronoun(w):
            return 2  # "قتلت سيدة ابنتيها", "قتل شاب والديه" (session 40, ev40b)
        for suffix in ("ان", "ين", "تان", "تين"):
            if base.endswith(suffix):
                stem = base[: -len(suffix)]
                if stem in lex.persons or stem + "ه" in lex.persons:
                    return 2 if suffix != "ين" or dual_after(view, k, stem, sentence_names()) else None
        # a protester or two ("قتل متظاهر", "قتل متظاهران برصاص مسلحين"; not "المتظاهرين", a plural)
        if base.rstrip("ا") in _PROTESTER_STEMS or (base.endswith("ه") and base[:-1] in _PROTESTER_STEMS):
            return 1
        return 2 if base.endswith(("ان", "تان")) and base[:-2].removesuffix("ت") in _PROTESTER_STEMS else None

    out.extend(_mixed_counts(view, numbers, used))
    for n in numbers:  # "4 قتلى و10 جرحى"
        if id(n) in used:
            continue
        if n.unit in ("killed", "wounded"):
            used.add(id(n))
            if int(n.attrs.get("unit_end", n.end)) < n.start and \
                    "منذ" in view.doc.text[int(n.attrs["unit_end"]):n.start].split():
                continue  # a running total since a day: "ليرتفع عدد قتلاه منذ بدء الهجوم البري … إلى 165" (session 31)
            if count_start(view.doc.text, n) == n.start and int(n.attrs.get("unit_start", n.end)) < n.start:
                totals.add(id(n))  # a toll told apart from its noun: "ليرتفع عدد القتلى إلى 30" (a total, see below)
            end = max(n.end, int(n.attrs.get("unit_end", n.end)))  # a noun may come before: "موقوفين اثنين"
            out.append(Mention("killed" if n.unit == "killed" else "injured", n.value or 0,
                               n.kind == "approximate", n.start, end, view.token_at(n.start) or 0))
    for start, end, kind, word in cues:
        k0 = view.token_at(start) or 0
        k1 = (view.token_at(end - 1) or 0) + 1
        if any(m.start <= start < m.end for m in out):
            continue
        if kind == "killed" and near_miss(view, k0):
            continue  # "حادثة كادت أن تودي بحياة طفلة": no one died of it
        # negated: "لم يسفر عن إصابات", "دون وقوع إصابات" (not "لم تبال بجرحى الهجوم", "لم يكن ينوي قتل صديقه")
        if _negated_count(view, k0) and view.clause_of(k0 - 1) == view.clause_of(k0):
            out.append(Mention(kind, 0, False, start, end, k0))
            continue
        approx = False
        found: Mention | None = None
        k = k1
        # (an actor's words between do not count: "قتل مسلحون يشتبه في انتمائهم لتنظيم … 12 مدنيا", session 32)
        while k < len(view.tokens) and k - k1 - sum(1 for j in range(k1, k) if j in in_actor) <= 4:
            n = number_at(k)
            if n is not None and k == k1 and "unit_start" in n.attrs and int(n.attrs["unit_start"]) >= n.end \
                    and view.token_at(int(n.attrs["unit_start"])) in in_actor \
                    and n.start in counted_doers(view, numbers):
                k += 1  # the doers' count: "وقتل أربعة انتحاريين … 52 شخصا" (session 34)
                continue
            if n is not None:
                if (n.unit is None or n.unit in PEOPLE_UNITS) and not animals_counted(view, n):
                    used.add(id(n))
                    found = Mention(kind, n.value or 0, approx or n.kind == "approximate", n.start, n.end, k0)
                break
            t = view.tokens[k]
            n = next((n for n in numbers if id(n) not in used and n.attrs.get("unit_start") == t.start
                      and n.start > t.start and n.unit in PEOPLE_UNITS), None)
            if n is not None:  # "وإصابة تونسيين اثنين": the noun and the number after it, counted once
                used.add(id(n))
                found = Mention(kind, n.value or 0, approx or n.kind == "approximate", t.start, n.end, k0)
                break
            n = _count_after_noun(view, k, number_at) if k == k1 else None
            if n is not None:  # "مقتل أطفال ثلاثة", "إصابة جنود خمسة": the plural noun and its number after it
                used.add(id(n))
                found = Mention(kind, n.value or 0, approx or n.kind == "approximate", t.start, n.end, k0)
                break
            if k == k1 and k + 1 < len(view.words) and _other_casualty(view, k, kind, cues) and \
                    (vague := _vague_after(view, k + 1)) is not None:  # "مقتل وإصابة عدد من المواطنين" (session 37)
                found = Mention("both", 0, True, start, view.tokens[vague].end, k0, explicit=False, vague=True)
                break
            vague = _vague_after(view, k) if k == k1 else None
            if vague is not None:  # "إصابة عدد من المواطنين", "مقتل عدد كبير من المدنيين" (session 37)
                found = Mention(kind, 0, True, t.start, view.tokens[vague].end, k0, explicit=False, vague=True)
                break
            one = _one_of(view, k) if k == k1 else None
            if one is not None:  # "مقتل أحد قادتها", "وإصابة أحد رجال الأمن", "استشهاد إحدى النساء" (session 37)
                found = Mention(kind, 1, False, t.start, view.tokens[one].end, k0, explicit=False)
                counted.add(one)
                break
            victims = named_victims(k, word) if k == k1 else None
            if victims is not None:  # "مقتل أبو عياض", "استشهد محمد الجعبري برصاص الاحتلال" (session 40)
                found = Mention(kind, victims[0], False, t.start, victims[1], k0, explicit=False)
                named.add(fold(view.doc.text[t.start:victims[1]]))
                break
            count = person_count(k)
            if count is not None and k == k1 and k + 1 < len(view.words) and not kin_with_pronoun(view.words[k]) \
                    and kin_object(view.words[k + 1]) and any(
                        c.pos == "verb" for w in stems(view.words[k0], CONJUNCTIONS)
                        if (c := lex.casualties.get(w)) is not None):
                k += 1  # "قتل رجل زوجته", "قتل شاب والديه": the verb's subject; its object, the kin, is counted
                continue  # (session 40, ev40b)
            if count is not None and k == k1 and k in in_actor and view.words[k] in lex.armed \
                    and killing_subject(view, numbers, k):
                count = None  # the doers in the dual: "وقتل مسلحان 5 أشخاص" (session 34)
            if count is not None:
                end, explicit = t.end, False
                if count == 2 and (two := number_at(k + 1)) is not None and two.value == 2 and \
                        view.token_at(two.end - 1) == k + 1:
                    used.add(id(two))  # "جنديين اثنين", "امرأتين اثنتين": the dual and its number, one count
                    end, explicit = two.end, True
                more = k + 1
                while kin_object(view.words[k]) and more < len(view.words) and view.tokens[more].kind == "word" \
                        and view.words[more].startswith("و") and kin_object(view.words[more][1:]):
                    # "ذبح والده وشقيقه": 2, "قتل زوجته وابنيه": 3 — each kin joined by و (session 42)
                    count += 1 if kin_with_pronoun(view.words[more][1:]) else 2
                    end = view.tokens[more].end
                    counted.add(more)
                    more += 1
                found = Mention(kind, count, False, t.start, end, k0, explicit=explicit)
                counted.add(k)
                break
            if k == k1 and view.words[k] in _CASUALTY_IN_ACT and k + 2 < len(view.words) and \
                    view.words[k + 1].startswith("ال") and view.words[k + 1][2:] in _ATTACK_NOUNS and \
                    not view.words[k + 2].startswith("ال"):
                k += 2  # "واستشهد في الهجوم عون أمن": the act they died in, then who (session 43; not its adjective,
                continue  # "اللذين قتلا في الهجوم الإرهابي الذي جد")
            if view.words[k] in FILLERS or (view.tokens[k].kind == "punct" and view.tokens[k].text in "()«»\"") \
                    or k in in_actor or actor_adjective(k):
                approx = approx or view.words[k] in APPROX_WORDS
                k += 1
                continue
            if k > k1 and k - 1 in in_actor and view.words[k] in AFFILIATION_OPENERS:
                # "قتل مسلحون يشتبه في انتمائهم لتنظيم الدولة الإسلامية في الصحراء الكبرى 12 مدنيا" (session 30)
                j = next((j for j in range(k + 1, min(k + 13, len(view.tokens)))
                          if view.tokens[j].kind != "word" or number_at(j) is not None), None)
                n = number_at(j) if j is not None else None
                if n is not None and n.unit in PEOPLE_UNITS and n.unit is not None:
                    used.add(id(n))
                    found = Mention(kind, n.value or 0, n.kind == "approximate", n.start, n.end, k0)
            break
        if found is None:  # "سقوط قتيلين وجريح", "أرداه قتيلا": the noun counts
            count = _count_noun(view.words[k0]) if k0 < len(view.words) else 0
            # not after a number ("12 قتيلا", "لتبلغ12 قتيلا", "حوالي قتيلين") nor in "بين قتيل وجريح" (among the
            # dead and wounded); a dual noun before is its own count, no number of this one ("قتيلين وجريح")
            if count and any(view.tokens[j].kind == "number" or view.words[j] == "بين" or view.words[j] in APPROX_WORDS
                             or any(view.token_at(n.start) == j and not n.attrs.get("dual") for n in numbers)
                             for j in range(max(0, k0 - 3), k0)):
                count = 0
            if count:
                found = Mention(kind, count, False, start, end, k0, explicit=False)
        if found is None and (v := _vague_before(view, k0)) is not None:
            # "سقوط عدد من الضحايا", "خلفت عددا من القتلى والجرحى", "عدد من الضحايا بين قتلى وجرحى" (session 37)
            after = mixed_pair(view, k0 + 1) if k0 + 1 < len(view.words) else None
            if after is None and k0 + 1 < len(view.words) and _other_plural(view, k0 + 1, kind):
                after = k0 + 2
            found = Mention("both" if after is not None else kind, 0, True, view.tokens[v].start,
                            view.tokens[after - 1].end if after is not None else end, k0, explicit=False, vague=True)
        if found is None and not _done_by_subject(view, k0):  # "لقي شخصان حتفهما", "5 أشخاص قتلوا"
            # a qualifier after the count ("31 شخصا على الأقل قتلوا", "12 شخصا تقريبا لقوا حتفهم", session 29)
            last, approx = k0 - 1, False
            if last >= 1 and view.words[last] == "الاقل" and view.words[last - 1] == "علي":
                last, approx = last - 2, True
            elif last >= 0 and view.words[last] == "تقريبا":
                last, approx = last - 1, True
            # the body the counted belong to between them and the verb ("خمسة جنود من القوات الحكومية قتلوا",
            # session 30): "من" and up to three words, all but the first definite, before a plural verb or its
            # noun ("قتلوا", "لقي 4 عناصر من الشرطة المصرية حتفهم"), no relative clause ("من الأشخاص الذين قتلوا")
            of = next((j for j in range(last, max(-1, last - 4), -1) if view.words[j] == "من"), None)
            if of is not None and of < last and word.endswith(("وا", "هم")) and all(
                    view.tokens[j].kind == "word" and (j == of + 1 or view.words[j].startswith("ال"))
                    and view.words[j] not in _RELATIVES for j in range(of + 1, last + 1)):
                last = of - 1
            for k in range(last, max(-1, last - 3), -1):
                n = number_at(k)
                if n is not None and id(n) in used and last < k0 - 1:
                    break  # counted by the word before ("وإصابة تونسيين اثنين على الأقل بإصابات خطيرة")
                if n is not None and n.unit in PEOPLE_UNITS:
                    used.add(id(n))
                    found = Mention(kind, n.value or 0, approx or n.kind == "approximate", n.start, n.end, k0)
                    break
            for k in range(last, max(-1, last - 2), -1):
                # not a person another casualty word counted: "مقتل شخص وإصابة جريح"; nor a definite adjective of
                # the word before ("بالسطو المسلح وقتل مدنيين", '"داعش" الإرهابي، بقتل'; session 33)
                count = person_count(k, ahead=False) if found is None and k not in counted \
                    and not _adjective_after(view, k) \
                    and not any(
                    m.start <= view.tokens[k].start < m.end for m in out) else None
                if count is not None:
                    t = view.tokens[k]
                    found = Mention(kind, count, False, t.start, t.end, k0, explicit=False)
                    break
        if found is None and not word.endswith(FEMININE_CASUALTY_NOUNS):
            # (after a result verb, not a victim another killing word of the sentence counted before: "قتل زوجته
            # عمدا … ما أدى إلى وفاتها" is one dead, ANT 292; session 47)
            by_pronoun = pronoun_victims(word) or (pronoun_victims(word, result=True) if any(
                view.is_word(j, RESULT_DEATH_CUES) for j in range(max(0, k0 - 3), k0)) and not any(
                m.kind == kind and m.value for m in out) else 0)
            if by_pronoun:
                found = Mention(kind, by_pronoun, False, start, end, k0, explicit=False)
        if found is not None:
            if not found.vague:
                _add_companions(view, found, number_at, used)
            if found.value:
                _add_joined_persons(view, found, numbers, counted)
            out.append(found)
    for m in out:
        unit = next((n for n in numbers if n.start == m.start), None)
        if unit is not None:
            m.armed = unit.unit in ARMED_UNITS
        else:
            w = fold(view.doc.text[m.start:m.end])
            m.armed = any(a in w for a in ARMED_VICTIMS)
    out = _victims_told(view, out, cues)
    out.sort(key=lambda m: m.start)
    if totals:
        # a total counts the dead told before it in the sentence, it adds none: "قتل 5 مدنيين …، ليرتفع عدد القتلى
        # إلى 30" is 5 (the total alone is the count: "وارتفع عدد القتلى إلى 30"; session 31, num31's tolls)
        starts = {n.start for n in numbers if id(n) in totals}
        told = {m.kind for m in out if m.start not in starts}
        out = [m for m in out if not (m.start in starts and m.kind in told)]
    return out


def _states_after_verbs(view: SentenceView, layers: LayerIndex, cues: Sequence[tuple[int, int, str, str]]) -> set[int]:
    """The tokens of a country named right after a feminine past casualty verb, its subject ("قتلت إسرائيل
    فلسطينيا", "اغتالت إسرائيل قياديا في حركة حماس"): the count is read past it as past an actor (session 39)."""
    out: set[int] = set()
    for _start, end, _kind, word in cues:
        if not word.endswith("ت"):
            continue
        k = view.token_at(end - 1)
        if k is None or k + 1 >= len(view.tokens):
            continue
        at = view.tokens[k + 1].start
        for e in layers.starting_at("entities", at):
            if e.label != "LOC":
                continue
            from ..entities.gazetteer import default_gazetteer  # (loaded by the entities stage; read lazily)
            place = default_gazetteer().place(lookup_key(e.text))
            if place is not None and place.kind == "country":
                a, b = view.span_tokens(e.start, e.end)
                out.update(range(a, b))
    return out


_OBJECT_SUFFIXES = ("هما", "هم", "ها", "نا", "ه")


def _count_after_noun(view: SentenceView, k: int, number_at: Any) -> NumberSpan | None:
    """The number right after the plural people noun at token ``k`` that counts it, written after it as an
    adjective ("مقتل أطفال ثلاثة", "جنود ثلاثة"; the numbers stage reads only "اثنين" so): a cardinal of 3 or more
    with no unit of its own; else None (session 38)."""
    if k + 1 >= len(view.tokens) or view.tokens[k].kind != "word":
        return None
    unit = number_lexicon().counted.get(lookup_key(view.tokens[k].text))
    if unit is None or unit not in PEOPLE_UNITS:
        return None
    n = number_at(k + 1)
    if n is None or n.unit is not None or n.kind != "cardinal" or not isinstance(n.value, int) or n.value < 3 \
            or view.token_at(n.end - 1) != k + 1 or n.attrs.get("form") != "words":
        return None
    return n

#: The victim nouns (``victim_casualty_nouns``: "ضحية", "ضحايا", "ضحيتين") and the verbs before them that say the
#: victims died (``victim_death_verbs``: "راح ضحيته", "ذهب ضحيتها"; session 38).
_VICTIM_NOUNS = word_set("victim_casualty_nouns")
_VICTIM_DEATH_VERBS = word_set("victim_death_verbs")


def _victim_noun(word: str) -> str | None:
    """The folded ``word`` as a victim noun without its clitics ("والضحايا" → "ضحايا", "ضحيتها" → "ضحيه",
    "ضحيتين" → "ضحيتين"), with "ال" when it has the article; None for another word."""
    for prefix in ("وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل", ""):
        if not word.startswith(prefix):
            continue
        rest = word[len(prefix):]
        article = "ال" if prefix.endswith(("ال", "لل")) else ""
        if rest in _VICTIM_NOUNS:
            return article + rest
        for suffix in ("هما", "هم", "ها", "ه"):
            if rest.endswith(suffix) and not article:
                stem = rest[: -len(suffix)]
                stem = stem[:-1] + "ه" if stem.endswith("ت") else stem
                if stem in _VICTIM_NOUNS:
                    return stem
    return None


def _victims_told(view: SentenceView, out: list[Mention], cues: Sequence[tuple[int, int, str, str]]) -> list[Mention]:
    """Victims are the dead and the wounded, not the dead alone (session 38): a count of "ضحية"/"ضحايا" ("سقوط عشرات
    الضحايا", "خلف الهجوم 38 ضحية", "سقوط عدد من الضحايا") is a count of both, unless the sentence says they died
    ("راح ضحيته 22 شخصا", "ذهب ضحيتها 6 ضباط"), counts the wounded apart ("38 ضحية و39 جريحا", "تقليص عدد الضحايا إلى
    3 أشخاص فضلا عن أربعين جريحا") or names them dead ("ضحايا قتلى").  "الضحية" alone, the victim the story names, is
    no count."""
    if not any(m.kind == "killed" for m in out):
        return out
    killed_cues = {view.token_at(start) for start, _, kind, word in cues
                   if kind == "killed" and _victim_noun(word) is None}
    wounded = any(m.kind == "injured" and m.value for m in out)
    kept: list[Mention] = []
    for m in out:
        noun = _victim_noun(view.words[m.cue]) if m.kind == "killed" and 0 <= m.cue < len(view.words) else None
        if noun is None:
            kept.append(m)
            continue
        if noun == "الضحيه" and not m.explicit and m.value == 1:
            continue  # "أجبر المتهم الضحية على …": the victim named before, no count
        before = view.words[m.cue - 1] if m.cue > 0 else ""
        died = before in _VICTIM_DEATH_VERBS or (before[:1] in "وف" and before[1:] in _VICTIM_DEATH_VERBS)
        named_dead = any(j in killed_cues for j in range(m.cue + 1, m.cue + 4))
        if not (died or wounded or named_dead):
            m.kind = "both"
        kept.append(m)
    return kept


def _vague_after(view: SentenceView, k: int) -> int | None:
    """The last token of a vague count of people starting at token ``k``, after a casualty word: "عدد من
    المواطنين", "عدد كبير من المدنيين", "عدد آخر", "عدد منهم" (`vague_count_nouns`, `vague_count_adjectives`); else
    None (session 37)."""
    words, n = view.words, len(view.words)
    if view.words[k] not in _VAGUE_NOUNS or view.tokens[k].kind != "word":
        return None
    j = k + 1
    while j < n and words[j] in _VAGUE_ADJECTIVES and view.clause_of(j) == view.clause_of(k):
        j += 1
    if j < n and view.clause_of(j) == view.clause_of(k) and words[j] in ("منهم", "منهن", "منهما"):
        return j
    if j + 1 < n and words[j] == "من" and view.tokens[j + 1].kind == "word" and \
            view.clause_of(j + 1) == view.clause_of(k) and (
            _person_head(view, words[j + 1]) or _people_noun(view, words[j + 1])):
        return j + 1
    return j - 1 if j > k + 1 and words[j - 1] in ("اخر", "اخرا") else None


def _vague_before(view: SentenceView, k0: int) -> int | None:
    """The token of "عدد" when the casualty word at token ``k0`` is counted by it: "عدد من الجرحى", "عددا كبيرا من
    الضحايا" (session 37); else None."""
    words = view.words
    j = k0 - 1
    if j < 1 or words[j] != "من":
        return None
    j -= 1
    while j > 0 and words[j] in _VAGUE_ADJECTIVES and j >= k0 - 4:
        j -= 1
    return j if words[j] in _VAGUE_NOUNS and view.tokens[j].kind == "word" else None


def _other_plural(view: SentenceView, k: int, kind: str) -> bool:
    """Is token ``k`` the plural noun of the other casualties joined by "و" ("القتلى والجرحى", "الجرحى والقتلى"; not
    "الجرحى ومقتل منفذ العملية", a death of its own)?"""
    w = view.words[k]
    if not w.startswith("و") or view.tokens[k].kind != "word":
        return False
    w = w[3:] if w.startswith("وال") else w[1:]
    return w in (_MIXED_INJURED if kind == "killed" else _MIXED_KILLED)


def _other_casualty(view: SentenceView, k: int, kind: str, cues: Sequence[tuple[int, int, str, str]]) -> bool:
    """Is token ``k`` a casualty word of the other kind joined by "و" ("القتلى والجرحى", "الجرحى والقتلى")?"""
    return view.words[k].startswith("و") and view.tokens[k].kind == "word" and any(
        view.token_at(s) == k and c != kind and view.token_at(e - 1) == k for s, e, c, _ in cues)


def _one_of(view: SentenceView, k: int) -> int | None:
    """The token of the people noun after "أحد"/"إحدى" at token ``k`` in its clause, one victim of a casualty word
    before them ("مقتل أحد قادتها", "إصابة أحد أعوان الحرس", "استشهاد أحد الجنود", "وفاة إحدى الطالبات"): a noun
    the numbers count as people (its construct in ي: "أحد موظفي المصرف"), a person noun, or one of `one_of_people`
    (with the article or a pronoun); else None (session 37)."""
    j = k + 1
    if view.words[k] not in ONE_OF or j >= len(view.words) or view.tokens[j].kind != "word" \
            or view.clause_of(j) != view.clause_of(k):
        return None
    w = view.words[j]
    return j if _people_noun(view, w) else None


def _people_noun(view: SentenceView, w: str) -> bool:
    """Is the folded ``w`` a plural (or a noun) of people: a counted noun of people of the numbers (its construct in
    ي: "موظفي"), a person noun, or one of `one_of_people`, with the article or a pronoun (session 37)?"""
    forms = [w[2:] if w.startswith("ال") else w]
    if not w.startswith("ال"):
        forms += [w[:-len(x)] for x in _OBJECT_SUFFIXES if w.endswith(x) and len(w) - len(x) > 2]
        forms = [f[:-1] + "ه" if f != forms[0] and f.endswith("ت") else f for f in forms]
        forms += [f + "ن" for f in forms if f.endswith("ي")]
    counted = _counted_nouns()
    return any(counted.get(f) in PEOPLE_UNITS or f in _ONE_OF_PEOPLE for f in forms) or \
        _person_head(view, w, plural=False)


@cache
def _counted_nouns() -> dict[str, str]:
    """The numbers' counted nouns (folded form → unit key)."""
    return number_lexicon().counted


def mixed_pair(view: SentenceView, k: int) -> int | None:
    """The token after "بين قتيل وجريح" when token ``k`` is its "بين" (the dead and the wounded in either order:
    "بين قتلى وجرحى", "بين شهيد وجريح", "بين جريح وقتيل"), else None."""
    if k + 2 >= len(view.words) or view.words[k] != "بين" or \
            any(view.tokens[j].kind != "word" for j in (k + 1, k + 2)):
        return None
    a, b = view.words[k + 1], view.words[k + 2]
    if not b.startswith("و"):
        return None
    b = b[1:]
    if (a in _MIXED_KILLED and b in _MIXED_INJURED) or (a in _MIXED_INJURED and b in _MIXED_KILLED):
        return k + 3
    return None


def _mixed_counts(view: SentenceView, numbers: Sequence[NumberSpan], used: set[int]) -> list[Mention]:
    """Counts of the dead and wounded together (session 36): a number of people right before "بين قتيل وجريح"
    or "ما بين …" ("سقوط العشرات بين قتيل وجريح", "خلف الحادث 12 بين قتيل وجريح", "25 شخصا بين قتلى وجرحى",
    "عشرات الضحايا بين قتيل وجريح"): one Mention of kind "both" from the number to the second noun, its number
    marked ``used`` (it counts no dead of its own)."""
    out: list[Mention] = []
    for k, w in enumerate(view.words):
        if w != "بين":
            continue
        after = mixed_pair(view, k)
        if after is None:
            continue
        b = k - 1 if k >= 1 and view.words[k - 1] == "ما" else k
        if b < 1:
            continue
        n = next((n for n in numbers if id(n) not in used and (n.unit is None or n.unit in PEOPLE_UNITS)
                  and view.token_at(max(n.end, int(n.attrs.get("unit_end", n.end))) - 1) == b - 1), None)
        if n is None:
            continue
        used.add(id(n))
        out.append(Mention("both", n.value or 0, n.kind == "approximate", n.start, view.tokens[after - 1].end,
                           view.token_at(n.start) or 0))
    return out


#: "الإرهابي" and its forms (`terror_adjectives`): after an actor, its adjective.
_TERROR_ADJECTIVES = word_set("terror_adjectives")
#: A person's companions, guards or kin with his pronoun (`companion_nouns`, folded).
_COMPANIONS = word_set("companion_nouns")


def _add_companions(view: SentenceView, found: Mention, number_at: Any, used: set[int]) -> None:
    """Add to the count ``found`` the companions joined to its persons by "و" a few words after them in the same
    clause: a number, "من" and a companion noun with a pronoun ("قتل قائد عسكري في قوات العمالقة الجنوبية وثلاثة
    من مرافقيه": 1 + 3; "مقتل قيادي في حركة الشباب واثنين من حراسه"; session 31); the count's span reaches them."""
    k0 = view.token_at(found.end - 1)
    if k0 is None:
        return
    n = len(view.tokens)
    for j in range(k0 + 1, min(k0 + 8, n - 2)):
        t = view.tokens[j]
        if view.clause_of(j) != view.clause_of(k0) or (t.kind == "punct" and t.text not in "()"):
            return
        joined = view.doc.text[t.start:t.start + 1] == "و" or (view.tokens[j - 1].text == "و"
                                                              and view.tokens[j - 1].end == t.start)  # "و4"
        num = number_at(j) if joined else None
        if num is None:
            continue
        last = j + 2 if view.words[j + 2] in _COMPANIONS else j + 3 if (
            j + 3 < n and view.words[j + 2] == "افراد" and view.words[j + 3].startswith(("اسرت", "عايلت"))) else None
        if view.words[j + 1] == "من" and last is not None and isinstance(num.value, (int, float)):
            used.add(id(num))  # ("وخمسة من أفراد عائلته")
            found.value += num.value
            found.end = view.tokens[last].end
            found.explicit = True
        return


#: Words between a counted person and one more joined by "و": a rank ("ضابط برتبة رائد وجندي"; `joined_person_ranks`).
_RANK_WORDS = word_set("joined_person_ranks")


def _add_joined_persons(view: SentenceView, found: Mention, numbers: Sequence[NumberSpan], counted: set[int]) -> None:
    """Add to the count ``found`` the persons named one by one after it, joined by "و" in the same clause: a
    singular or dual person noun right after it or after its nisba adjective or rank ("أعلن الجيش الإسرائيلي مقتل
    ضابط برتبة رائد وجندي": 2, "مقتل ضابطين وجندي": 3, "مقتل جندي تركي ومدني سوري": 2, "مقتل 3 جنود وضابط": 4;
    session 31), or kin with its pronoun ("قتل رجل وزوجته": 2, "مقتل الجندي وشقيقه": 2; session 41).  Not a plural
    ("وجنود": how many is not told), nor a person after another word ("مقتل جندي وإصابة مدني")."""
    k = view.token_at(found.end - 1)
    if k is None:
        return
    n = len(view.tokens)
    unit = next((x for x in numbers if x.start == found.start and x.end == found.end), None)
    if unit is not None and found.value > 10:
        return  # "أكثر من 20 مليون جندي ومواطن سوفيتي": a singular counted noun and another, one count
    if unit is not None and k + 1 < n and unit.attrs.get("unit_start") == view.tokens[k + 1].start:
        k += 1  # "مقتل 3 جنود وضابط": the number's noun
    rank = False
    for j in range(k + 1, min(k + 5, n)):
        t = view.tokens[j]
        if t.kind != "word" or view.clause_of(j) != view.clause_of(k):
            return
        w = view.words[j]
        if w.startswith("و") and len(w) > 3:
            if j in counted:
                return
            bare = w[1:].removeprefix("ال")
            persons = view.lex.persons
            count = 1 if bare in persons or bare.rstrip("ا") in persons else 2 if any(
                bare.endswith(x) and (bare[:-len(x)] in persons or bare[:-len(x)] + "ه" in persons)
                and (x != "ين" or dual_after(view, j, bare[:-2])) for x in ("ين", "ان", "تان", "تين")) else None
            if count is None and bare == w[1:]:
                # kin with its pronoun ("قتل رجل وزوجته": 2, "مقتل امرأة وطفليها": 3; session 41)
                count = 1 if kin_with_pronoun(bare) else 2 if kin_dual_with_pronoun(bare) else None
            if count is None:
                return
            counted.add(j)
            found.value += count
            found.end = t.end
            return
        if w in _RANK_WORDS:
            rank = True
            continue
        bare = w[2:] if w.startswith("ال") else w
        if rank or (bare.endswith(("ي", "يه", "يا")) and bare.rstrip("اه") not in view.lex.persons):
            rank = False  # the rank's name ("برتبة رائد"), a nisba ("جندي تركي")
            continue
        return


#: Person nouns whose sound plural in ين is spelled like their oblique dual ("مسلحين"), and the words after one that
#: make it a dual (session 33; see :func:`dual_after`).
_SOUND_PLURAL_PERSONS = word_set("sound_plural_persons")
_DUAL_SIGNS = word_set("dual_signs")
_NOT_DUAL_VERBS = word_set("not_dual_verbs")


def dual_after(view: SentenceView, k: int, stem: str, names: Sequence[Span] = ()) -> bool:
    """Is the person noun at token ``k``, the folded ``stem`` + ين, a dual?  Always when its plural is broken
    ("جنديين", "طفلين", "شخصين": جنود, أطفال, أشخاص); when its sound plural is spelled alike ("مسلحين",
    "المدنيين", "إرهابيين"; `sound_plural_persons`), only with a sign of the dual after it and its adjectives in ين:
    a dual relative, pronoun or "كانا" ("الشرطيين اللذين"), an imperfect verb in ان ("يستقلان"), a perfect verb
    in ا ("مقتل إرهابيين اتخذا منزلا"; not an adverb: "مقتل مدنيين أيضا"), two names joined by و (``names``,
    the sentence's PER: "مقتل الصحفيين التونسيين سفيان الشورابي ونذير القطاري"); or its vowels ("مقتل مسلحيْن").
    """
    if stem not in _SOUND_PLURAL_PERSONS:
        return True
    vowelled = view.tokens[k].text.replace("\u0651", "")  # (a shadda on the nisba's ي: "مدنيَّيْن")
    if vowelled.endswith(("\u064e\u064a\u0646", "\u064a\u0652\u0646", "\u064e\u064a\u0652\u0646")):
        return True  # its vowels tell: مسلحَين, مسلحيْن (the plural is مسلحِين)
    definite = _definite(view.words[k])
    for j in range(k + 1, min(k + 4, len(view.tokens))):
        if view.tokens[j].kind != "word" or view.clause_of(j) != view.clause_of(k):
            return False
        w = view.words[j]
        if w in _DUAL_SIGNS:
            return True
        if w.endswith("ين") and w.startswith("ال") == definite:
            continue  # its adjective, dual or plural alike ("مسلحين ملثمين", "الشرطيين الفرنسيين اللذين")
        if names and _two_names(view, j, names):
            return True
        if w in _NOT_DUAL_VERBS or w.startswith("ال"):
            return False
        return (w.endswith("ان") and w[:1] in ("ي", "ت") and len(w) >= 5) or (w.endswith("ا") and 4 <= len(w) <= 6)
    return False


def _adjective_after(view: SentenceView, k: int) -> bool:
    """Is the word at token ``k`` definite after a closing quote or a definite noun with a proclitic that it agrees
    with, so its adjective ("بالسطو المسلح", '"داعش" الإرهابي'; not the object of "أدانت المحكمة المتهم")?"""
    w = view.words[k]
    if k < 1 or not w.startswith("ال"):
        return False
    before, word = view.tokens[k - 1], view.words[k - 1]
    if before.text in _QUOTE_CLOSERS:
        return True
    noun = word[2:] if word.startswith("لل") else word[3:] if word[:1] in "وفبلك" and word[1:3] == "ال" else None
    return before.kind == "word" and noun is not None and len(noun) > 2 and _adjective_agrees(noun, w[2:])


#: Quotation marks that close a name ('"داعش" الإرهابي').
_QUOTE_CLOSERS = frozenset({'"', "»", "”"})


def plural_victims(view: SentenceView, cues: Sequence[tuple[int, int, str, str]]) -> bool:
    """Does a casualty word of ``cues`` have right after it a person noun of `sound_plural_persons` in its plural
    ("مقتل مسلحين", "إصابة مواطنين بجروح", "بقتل الصحفيين"): casualties, uncounted (as "قتلى وجرحى")?"""
    for _, end, _, _ in cues:
        k = view.token_at(end - 1)
        if k is not None and plural_victim_after(view, k) and not _negated_count(view, k):
            return True  # (not "لا ضحايا تونسيين في هجوم لندن")
    return False


def plural_victim_after(view: SentenceView, k: int, reach: int = 1) -> bool:
    """Is one of the ``reach`` words after token ``k`` (in its clause) a person noun of `sound_plural_persons` in
    its plural ("مسلحين", "الصحفيين"; not a dual: :func:`dual_after`); ``reach`` 3 for a verb's object after its
    subject ("وقتلت قوات الجيش مسلحين")?"""
    for j in range(k + 1, min(k + 1 + reach, len(view.words))):
        if view.tokens[j].kind != "word" or view.clause_of(j) != view.clause_of(k):
            return False
        w = view.words[j]
        base = w[2:] if w.startswith("ال") else w
        if base.endswith("ين") and base[:-2] in _SOUND_PLURAL_PERSONS:
            return not dual_after(view, j, base[:-2])
        if w == "من" or w.startswith("و"):
            return False  # a partitive or another act between ("لقتل المزيد من الفلسطينيين", "والقتل واحتضان")
    return False


def _two_names(view: SentenceView, j: int, names: Sequence[Span]) -> bool:
    """Do two names and no more start at token ``j``, joined by "و" ("سفيان الشورابي ونذير القطاري")?  The second
    may be untagged: a word with "و" after the first that is no noun of the story ("ونذير"; not "وإصابة",
    "وشقيقه", "والجرحى", "وجندي")."""
    first = next((e for e in names if e.start == view.tokens[j].start), None)
    if first is None:
        return False
    second = next((e for e in names if e.start > first.end and view.doc.text[first.end:e.start].strip() == "و"), None)
    if second is not None:
        return not any(e.start > second.end and view.doc.text[second.end:e.start].strip() in ("و", "،", ",")
                       for e in names)
    k = bisect_left(view.starts, first.end)
    if k >= len(view.tokens) or view.tokens[k].kind != "word":
        return False
    w = view.words[k]
    bare = w[1:]
    return (w.startswith("و") and len(bare) >= 3 and not bare.startswith("ال") and not bare.endswith(("ه", "ها", "هم"))
            and bare not in view.lex.persons and bare not in COUNT_NOUNS and bare not in DEATH_NOUNS
            and view.clause_of(k) == view.clause_of(j))


_NEARLY = word_set("nearly_verbs")
_ATTEMPTS = word_set("attempt_nouns")


def near_miss(view: SentenceView, k: int) -> str | None:
    """Is the killing or casualty word at token ``k`` a life nearly taken: ``"nearly"`` after a form of "كاد" with
    at most "أن" between ("كادت أن تودي بحياة طفلة", "كاد يقتل"), ``"attempt"`` right after an attempt noun
    ("محاولة قتل", "لمحاولة اغتيال"); else None."""
    j = k - 1
    if j >= 0 and view.words[j] == "ان":
        j -= 1
    if view.is_word(j, _NEARLY):  # ("أن" opens a clause: the two words are read side by side)
        return "nearly"
    if view.is_word(k - 1, _ATTEMPTS):
        return "attempt"
    # an attempt verb and its subject before ("حاولت وحدة من الموساد اغتيال خالد مشعل"), a plot right before a killing
    # word with ل ("تدبير مخطط لاغتيال زعيم"; session 40)
    if any(s in _ATTEMPTED_ACTS for s in stems(view.words[k], CONJ_BI_LI)) and any(
            view.is_word(j, _ATTEMPT_VERBS) for j in range(max(0, k - 5), k) if view.clause_of(j) == view.clause_of(k)):
        return "attempt"
    if view.words[k].startswith("ل") and view.is_word(k - 1, _PLOT_NOUNS):
        return "attempt"
    return None


#: Attempt verbs and plot nouns before a killing word (`attempt_verbs`, `plot_nouns`, folded; session 40).
_ATTEMPT_VERBS = word_set("attempt_verbs")
_PLOT_NOUNS = word_set("plot_nouns")
_ATTEMPTED_ACTS = word_set("attempted_acts")


#: The words between a negation and a casualty word that keep the negation on the count.
_NEGATED_COUNT_LINKS = word_set("negated_count_links")


def _negated_count(view: SentenceView, k0: int) -> bool:
    """Does a negation a few words before the casualty word at token ``k0`` say there were none: with
    nothing between them but a result or occurrence verb and its particles ("لم يسفر عن إصابات", "دون وقوع
    أي خسائر بشرية", "لم تقع إصابات", "تنفي خبر وفاة")?  Not the negation of another verb ("لم تبال
    بجرحى الهجوم", "لا تؤمن بالعنف وقتل الأبرياء", "من دون طيار … بعد إصابتها")."""
    lex = view.lex
    neg = next((j for j in range(k0 - 1, max(-1, k0 - 6), -1) if view.is_word(j, lex.negation)), None)
    if neg is None:
        return False
    for j in range(neg + 1, k0):
        w = view.words[j]
        if view.tokens[j].kind == "word" and (w in _NEGATED_COUNT_LINKS or w[1:] in _NEGATED_COUNT_LINKS):
            continue
        if j > neg + 1 and view.words[j - 1] in _RESULT_VERBS:
            continue  # the result verb's subject: "لم يسفر الانفجار عن إصابات"
        return False
    return True


def _count_noun(word: str) -> int:
    """How many people the folded casualty word ``word`` counts by itself: 1 for an indefinite count
    noun ("قتيل", "جريحا", "وجريح"), 2 for its dual ("قتيلان", "جريحين"), else 0 (also with the
    article: "القتيل" is the one the story named)."""
    if word[:1] in ("و", "ف") and word not in COUNT_NOUNS:
        word = word[1:]
    if word in COUNT_NOUNS or (word.endswith("ا") and word[:-1] in COUNT_NOUNS):
        return 1
    if word.endswith(("ان", "ين")) and word[:-2] in COUNT_NOUNS:
        return 2
    if word.endswith(("تان", "تين")) and word[:-3] + "ه" in _VICTIM_NOUNS:
        return 2  # "سقط ضحيتان": two victims (dead or wounded, :func:`_victims_told`; session 38)
    return 0


# -- location and date -------------------------------------------------------------------------
#: Words that end a place name found after a head ("حي الميدان بمدينة …", "قرية X في …").
_PLACE_STOP = word_set("place_stops")
_NON_NAMES = word_set("place_non_names")


@dataclass(slots=True)
class Place:
    start: int
    end: int
    text: str
    rank: int
    geonames_id: Any = None
    layer: str = "entities"

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"start": self.start, "end": self.end, "text": self.text}
        if self.geonames_id is not None:
            out["geonames_id"] = self.geonames_id
        out["layer"] = self.layer
        return out


def _head_rank(view: SentenceView, start: int) -> int | None:
    """The rank of the place head written before original offset ``start``: "حي X", "بمدينة X"."""
    k = view.token_at(start)
    if k is None:
        return None
    if view.tokens[k].start == start:
        if k == 0:
            return None
        head = view.words[k - 1]
    else:  # the head is on the same token ("بمدينة" then the name?) — no: a proclitic only
        return None
    for h in (head, head[1:], head[2:]):
        if h in PLACE_HEADS:
            return PLACE_HEADS[h]
    return None


def _places(view: SentenceView, layers: LayerIndex, names: dict[str, Any]) -> list[Place]:
    """The places of the sentence (the same for each of its events: read once per sentence and
    layers; the caller only reads them)."""
    known = view.places
    if known is not None and known[0] is layers and known[1] is names:
        return known[2]
    places = _read_places(view, layers, names)
    view.places = (layers, names, places)
    return places


def _read_places(view: SentenceView, layers: LayerIndex, names: dict[str, Any]) -> list[Place]:
    places: list[Place] = []
    origins: list[tuple[int, int]] = []  # the origins of people: no place, nor read again by name
    native_ends: set[int] = set()  # the ends of the places after a word of origin ("أصيل منطقة حاجب العيون")
    groups = [(int(g.attrs.get("head_start", g.start)), g.end) for g in layers.within("groups", view.start, view.end)]
    for e in layers.within("entities", view.start, view.end):
        if e.label == "PER" and (head := _head_rank(view, e.start)) is not None and _place_named(view, e):
            # "في محافظة صلاح الدين" tagged PER: the place its head names (no coordinates: a town may share the name)
            places.append(Place(e.start, e.end, e.text, head, None, "text"))
            continue
        if e.label != "LOC" or len(e.text) < 3:
            continue
        geo = e.attrs.get("geonames_id")
        head = _head_rank(view, e.start)
        if head is not None and geo is None and _adjective_entity(view, e):
            continue  # "على حي جديد" tagged LOC
        if head is None and _patron_place(view, e.start):
            origins.append((e.start, e.end))
            continue  # "الميليشيا الحوثية المدعومة من إيران": who backs them, not where (session 31)
        if head is None and "lat" not in e.attrs and _media_name(view, e.start):
            origins.append((e.start, e.end))
            continue  # "في بيان نشرته إذاعة الأندلس": an outlet's name, not where (session 31; not a town's radio,
            # "الصحفية بإذاعة صفاقس": often where it was)
        if head is None and view.is_word((view.token_at(e.start) or 0) - 1, _BENEFICIARY_WORDS):
            origins.append((e.start, e.end))
            continue  # "أدينوا بالتجسس لصالح إسرائيل": for whom, not where
        if head is None and _destination(view, e):
            origins.append((e.start, e.end))
            continue  # "كانوا متجهين نحو ايطاليا": where they were going, not where (session 45)
        if head is None and across_border(view, view.token_at(e.start) or 0):
            origins.append((e.start, e.end))
            continue  # "أوقفت مفرزة للجيش مهربين عبر الحدود مع المغرب": the neighbour, not where (session 30)
        if head is None and _nisba_of_noun(view, e):
            origins.append((e.start, e.end))
            continue  # "قوات الأمن السعودية ألقت", "الضربة الأمريكية": whose, not where (session 38)
        if head is None and _origin_of_people(view, e, country=geo is not None and "lat" not in e.attrs):
            origins.append((e.start, e.end))
            continue  # "مقتل 4 سيّاح من كوريا الجنوبية", "33 سائحا كوريّا": where they come from
        if _native_place(view, e, native_ends):
            origins.append((e.start, e.end))
            native_ends.add(e.end)
            continue  # "عنصر تكفيري أصيل منطقة بني حسان من ولاية المنستير": where the person comes from (session 44)
        rank = head or (1 if geo is not None and "lat" not in e.attrs else 2)
        places.append(Place(e.start, e.end, e.text, rank, geo))
    taken = [(p.start, p.end) for p in places] + groups + origins
    # a place the NER found elsewhere in the article ("جمعية الزهراء" tagged once, written again here)
    for key in _names_in(view, names):
        geo = names[key]
        pos = view.doc.folded.find(key, view.nstart, view.nend)
        while pos >= 0:
            s, e = view.doc.to_original(pos, pos + len(key))
            before = view.doc.folded[pos - 1] if pos > 0 else " "
            after = view.doc.folded[pos + len(key)] if pos + len(key) < len(view.doc.folded) else " "
            clitic = before in "وبل" and (pos < 2 or not view.doc.folded[pos - 2].isalpha())
            word_ok = (not before.isalpha() or clitic) \
                and not after.isalpha()
            head = _head_rank(view, s)
            if word_ok and not any(a < e and s < b for a, b in taken) and \
                    not (head is not None and _no_name_after_head(key)):
                places.append(Place(s, e, view.doc.text[s:e], head or 2, geo, "text"))
                taken.append((s, e))
            pos = view.doc.folded.find(key, pos + len(key), view.nend)
    # a head and the words after it: "في حي الميدان", "قرية كفرنبل"
    # (not a head with the article: "الشرطة البلدية منتصر …" is an adjective before a name, not a
    # head before its place's name, which makes it definite: "بلدية قليبية")
    heads = _TOWN_HEADS
    for k in _TOWN_HEAD_WORDS.positions(view.words[:-1]):
        w = view.words[k]
        bare = w if w in heads else w[1:] if w[1:] in heads else w[2:]
        if _no_name_after_head(view.words[k + 1]):
            continue
        j = k + 1
        while j < len(view.tokens) and j - k <= 2 and view.tokens[j].kind == "word" and \
                view.words[j] not in _PLACE_STOP and len(view.words[j]) > 1 and \
                not (j > k + 1 and view.words[j].startswith(("بال", "لل", "وال", "فال"))) and \
                not (j > k + 1 and view.words[j][:1] in "بل" and view.words[j][1:3] == "مد") and \
                not (j > k + 1 and any(f in _RELATIVE_WORDS or f in PLACE_HEADS for f in _bare(view.words[j])[1:])):
            t = view.tokens[j]
            if any(a < t.end and t.start < b for a, b in taken):
                break
            j += 1
        if j > k + 1:
            s, e = view.tokens[k + 1].start, view.tokens[j - 1].end
            places.append(Place(s, e, view.doc.text[s:e], PLACE_HEADS[bare], None, "text"))
            taken.append((s, e))
    return places


#: Media nouns before an outlet's name (``media_names_before``: "إذاعة الأندلس", "وكالة سبأ").
_MEDIA_NAMES_BEFORE = word_set("media_names_before")
#: Words that place a town relative to another (``place_relative_words``: "غرب", "قرب", "بريف", "جنوب شرق").
_RELATIVE_WORDS = word_set("place_relative_words")
#: Heads between a relative word and its reference place (``place_reference_heads``: "غرب العاصمة طرابلس").
_REFERENCE_HEADS = word_set("place_reference_heads")


def pronoun_victims(word: str, suffixes: tuple[str, ...] = ("هما", "ها", "ه"), *, result: bool = False) -> int:
    """How many victims the folded death noun ``word`` counts by its attached pronoun (`death_nouns`: "مقتله" 1,
    "مقتلهما" 2; after a result verb, ``result``, also `result_death_nouns`: "أدى إلى وفاتها" 1, the ة written ت
    before the pronoun; session 47); 0 when it is none."""
    for suffix in suffixes:
        if word.endswith(suffix):
            stem = word[:-len(suffix)]
            if stem.endswith("ت"):
                stem = stem[:-1] + "ه"
            counts = stem in DEATH_NOUNS or (result and stem in RESULT_DEATH_NOUNS)
            return (2 if suffix == "هما" else 1) if counts else 0
    return 0


def _bare(word: str) -> tuple[str, ...]:
    """The folded word and its form without a ب proclitic ("بريف" → "ريف"); not after و ("الشرق الأوسط وشمال
    أفريقيا", "في وسط وشمال مالي": two places joined, neither locates the other)."""
    return (word, word[1:]) if word[:1] == "ب" else (word,)


#: Definite words before a country's nisba that make it part of the country's name ("المملكة العربية السعودية").
_NAME_BEFORE_NISBA = frozenset({"المملكه", "العربيه", "الجمهوريه", "الولايات", "المتحده"})


def _nisba_of_noun(view: SentenceView, e: Any) -> bool:
    """Is the LOC entity ``e`` one word, a country's definite nisba adjective right after a definite noun ("قوات
    الأمن السعودية", "الشرطة السعودية", "الضربة الأمريكية", "الحدود القطرية السعودية"): the nationality of a
    force or an act, not the place of the event (session 38)?"""
    k = view.token_at(e.start)
    if k is None or k < 1 or view.tokens[k].end != e.end or view.tokens[k - 1].kind != "word":
        return False
    word, before = view.words[k], view.words[k - 1]
    if not word.startswith("ال") or not before.startswith("ال") or before in _NAME_BEFORE_NISBA:
        return False
    stem = word[2:]
    return any(form in nisba_countries() for form in (stem[:-1] if stem.endswith("ه") else stem, stem))


def _media_name(view: SentenceView, start: int) -> bool:
    """Is the name at original offset ``start`` written right after a media noun ("إذاعة الأندلس", "لصحيفة
    الشرق الأوسط"): an outlet's name, no place?"""
    k = view.token_at(start)
    if k is None or k < 1 or view.starts[k] != start or view.tokens[k - 1].kind != "word":
        return False
    w = view.words[k - 1]
    return any(f in _MEDIA_NAMES_BEFORE for f in (w, w[1:], w[2:] if w[:2] in ("وب", "ول", "فب") else w))


def _patron_place(view: SentenceView, start: int) -> bool:
    """Is the name at original offset ``start`` a patron's, after a link word ("المدعومة من إيران", "الموالية
    لإيران", "المرتبطة بتركيا")?"""
    k = view.token_at(start)
    if k is None or k < 1:
        return False
    j = k - 1
    if view.starts[k] == start and view.words[j] in ("من", "الي", "ل", "ب") and j > 0:
        j -= 1
    return view.is_word(j, ATTRIBUTIVE_LINKS)


def _reference_end(view: SentenceView, start: int) -> int | None:
    """The token that ends the place a place at ``start`` locates, when that place is written as the reference of a
    relative position: "الزاوية غرب العاصمة طرابلس", "بلدة كفرنبل بريف إدلب", "X، قرب الحدود مع تركيا" (the token
    before "غرب"/"بريف"/"قرب", a comma skipped), else None."""
    k = view.token_at(start)
    if k is None or view.starts[k] != start:
        return None
    j = k - 1
    while j >= 0 and k - j <= 2 and view.tokens[j].kind == "word" and view.words[j] in _REFERENCE_HEADS:
        j -= 1
    if j < 1 or view.tokens[j].kind != "word":
        return None
    if view.tokens[j - 1].kind == "word" and f"{view.words[j - 1]} {view.words[j]}" in _RELATIVE_WORDS:
        j -= 1
    elif not any(f in _RELATIVE_WORDS for f in _bare(view.words[j])):
        return None
    j -= 1
    if j >= 0 and view.words[j] in _RELATIVE_PREPOSITIONS:
        j -= 1  # "X في ضواحي Y", "X على أطراف Y"
    if j >= 0 and view.tokens[j].text in "،,":
        j -= 1
    return j if j >= 0 and view.tokens[j].kind == "word" else None


_RELATIVE_PREPOSITIONS = frozenset({"في", "علي", "الي"})


def _located(view: SentenceView, p: Place, places: Sequence[Place]) -> Place:
    """The place ``p`` locates when it is the reference of a relative position ("الزاوية غرب العاصمة طرابلس":
    الزاوية, with طرابلس as its ``within``), else ``p``; the chain is followed ("X قرب Y غرب Z")."""
    for _ in range(3):
        j = _reference_end(view, p.start)
        if j is None:
            return p
        end = view.tokens[j].end
        x = next((q for q in places if q.end == end and q.start < p.start), None)
        if x is None:
            return p
        p = x
    return p


#: Words of whose benefit (`beneficiary_words`): the country after them is none of the event's places.
_BENEFICIARY_WORDS = word_set("beneficiary_words")
#: A destination (`destination_words`, `destination_fillers`, `travel_words`; see :func:`_destination`).
_DESTINATION_WORDS = word_set("destination_words")
_DESTINATION_FILLERS = word_set("destination_fillers")
_TRAVEL_WORDS = word_set("travel_words")
#: How many words before the word of direction a word of travel may stand ("اجتياز للحدود خلسة نحو ايطاليا").
_TRAVEL_REACH = 4


def _destination(view: SentenceView, e: EntitySpan) -> bool:
    """Is the LOC ``e`` where people were going: right after a word of direction ("نحو", "باتجاه", "في اتجاه"; a
    coast between: "نحو السواحل الإيطالية") with a word of travel at most :data:`_TRAVEL_REACH` words before it
    in its clause ("كانوا متجهين نحو ايطاليا", "اجتياز للحدود خلسة نحو ايطاليا"; session 45)?  A missile fired
    "باتجاه مدينة" has no word of travel: its aim stays the place."""
    k = view.token_at(e.start)
    if k is None or view.starts[k] != e.start or k < 2:
        return False
    j = k - 1
    if view.is_word(j, _DESTINATION_FILLERS):
        j -= 1
    if not view.is_word(j, _DESTINATION_WORDS):
        return False
    clause = view.clause_of(j)
    return any(view.clause_of(i) == clause and view.is_word(i, _TRAVEL_WORDS)
               for i in range(j - 1, max(-1, j - 1 - _TRAVEL_REACH), -1))


#: The last words of a security unit's name (`unit_seat_words`): a place glued to ب after one is the unit's seat.
_UNIT_SEAT_WORDS = word_set("unit_seat_words")
#: Words between the trigger and a place after it that make the place none of the act's (`act_place_stops`).
_ACT_PLACE_STOPS = word_set("act_place_stops")
#: How many words before an act's place its "في" may stand ("في أحد أحواز مدينة القلعة الكبرى").
_ACT_PLACE_REACH = 4
#: How many words after its trigger the act's place may stand (ANT 7710: 18).
_ACT_PLACE_SPAN = 24


def _unit_seat(view: SentenceView, p: Place) -> bool:
    """Is the place ``p`` the seat of a security unit: glued to ب right after the last word of the unit's name
    ("للحرس الوطني بسوسة", "منطقة الأمن الوطني بالمنستير"; session 45)?"""
    k = view.token_at(p.start)
    return k is not None and k >= 1 and view.tokens[k].text.startswith("ب") and view.starts[k] + 1 == p.start \
        and view.is_word(k - 1, _UNIT_SEAT_WORDS)


def _act_place(view: SentenceView, p: Place, trigger: int) -> bool:
    """Is the place ``p`` after the trigger (at offset ``trigger``) told as where the act was: glued to ب or at most
    :data:`_ACT_PLACE_REACH` words after "في", at most :data:`_ACT_PLACE_SPAN` words after the trigger with no word
    of `act_place_stops` between, and no unit's seat ("… القبض على عنصر خطير، … في أحد أحواز مدينة القلعة
    الكبرى"; not "… مراسل الجوهرة أف أم في بنزرت")?"""
    k = view.token_at(p.start)
    t = view.token_at(trigger)
    if k is None or t is None or p.start <= trigger or k - t > _ACT_PLACE_SPAN or _unit_seat(view, p) or \
            any(view.is_word(j, _ACT_PLACE_STOPS) for j in range(t + 1, k)):
        return False
    if view.tokens[k].text.startswith("ب") and view.starts[k] + 1 == p.start:
        return True
    for j in range(k - 1, max(-1, k - 1 - _ACT_PLACE_REACH), -1):
        if view.tokens[j].kind != "word":
            return False
        if view.words[j] == "في" or (view.words[j][:1] == "ب" and view.words[j][1:] in PLACE_HEADS):
            return True  # "في أحد أحواز مدينة القلعة الكبرى", "بمدينة حفوز"
    return False


#: People named with their origin: the country after "من" right after them is none of the event's places.
ORIGIN_PEOPLE = word_set("origin_people")


def _origin_of_people(view: SentenceView, e: EntitySpan, *, country: bool) -> bool:
    """Is the LOC ``e`` the origin of people written before it: a ``country`` after "من" right after a noun of
    people ("4 سيّاح من كوريا الجنوبية", "عمال من بنغلاديش"), one word right after a people noun in the
    accusative ("33 سائحا كوريّا": a nisba adjective), or a nisba in the accusative after "among them" and a
    number ("بينهم 30 بريطانيا", session 43)?"""
    k = view.token_at(e.start)
    if k is None or view.starts[k] != e.start or k < 1:
        return False

    def people(j: int) -> bool:
        return j >= 0 and view.tokens[j].kind == "word" and (
            view.words[j] in ORIGIN_PEOPLE or _person_head(view, view.words[j]))

    if view.words[k - 1] == "من":
        return country and people(k - 2)
    w = view.words[k - 1]
    if " " not in e.text and view.tokens[k - 1].kind == "number" and k >= 2 and view.is_word(k - 2, _AMONG_COUNTED):
        # "قتل فيه 38 شخصا بينهم 30 بريطانيا": how many of them are British (a nisba in the accusative), not where
        word = view.words[k]
        return word.endswith("ا") and word[:-1] in nisba_countries()
    return " " not in e.text and w.endswith("ا") and not w.startswith("ال") and people(k - 1)


#: Words of a person's origin (``native_words``: "أصيل", "أصيلة", "أصيلي" …).
_NATIVE_WORDS = word_set("native_words")


def _native_place(view: SentenceView, e: EntitySpan, native_ends: AbstractSet[int]) -> bool:
    """Is the LOC ``e`` a person's origin: right after a word of origin, or after one and place heads ("عنصر
    تكفيري أصيل منطقة بني حسان", "شاب أصيل ولاية القصرين", "فتاة أصيلة منطقة حي التضامن"), or the place that
    origin lies in or is joined to (ending one of ``native_ends``: "أصيل منطقة حاجب العيون من ولاية القيروان",
    "أصيلي معتمدية صيادة التابعة لولاية المنستير", "أصيلي مدنين وجرجيس"; session 44)?"""
    k = view.token_at(e.start)
    if k is None:
        return False
    if view.starts[k] != e.start:  # "وجرجيس": joined by و to the place before
        return view.doc.text[view.starts[k]:e.start] == "و" and k > 0 and view.tokens[k - 1].end in native_ends
    j = k - 1
    while j >= k - 2 and j >= 0 and _bare_head(view.words[j]):
        j -= 1
    if j >= 0 and view.words[j] in _WITHIN_WORDS and j < k - 1:  # "من ولاية", "التابعة لولاية" (a head between)
        return j > 0 and view.tokens[j - 1].end in native_ends
    if j < k - 1 and view.words[j + 1][:1] in "بل" and j >= 0 and view.tokens[j].end in native_ends:
        return True  # "أصيل منطقة رأس الجبل بولاية بنزرت"
    return view.is_word(j, _NATIVE_WORDS)


#: Words that put a place inside a larger one after it ("من ولاية", "التابعة لولاية").
_WITHIN_WORDS = frozenset({"من", "التابعه", "التابع"})


def _bare_head(word: str) -> bool:
    """Is the folded ``word`` a place head, bare or with ب/ل ("ولاية", "بولاية", "لولاية")?"""
    return word in PLACE_HEADS or (word[:1] in "بل" and word[1:] in PLACE_HEADS)


#: "among them" before a number of people of a country (``among_counted``: "بينهم 30 بريطانيا").
_AMONG_COUNTED = word_set("among_counted")


def _adjective_entity(view: SentenceView, e: EntitySpan) -> bool:
    """Is the entity one word that is no place name after a head (:func:`_no_name_after_head`)?"""
    k = view.token_at(e.start)
    return k is not None and view.tokens[k].end == e.end and _no_name_after_head(view.words[k])


def _no_name_after_head(word: str) -> bool:
    """Is the folded word after a place head no place name: an adjective of the head or the event whose site
    it is (``place_non_names``: "قرية جديدة", "منطقة سكنية", "بمنطقة الحادث"), a country's nisba without the
    article ("مدينة أمريكية", "قرية سورية"; not "قرية الجديدة")?"""
    if word in _NON_NAMES:
        return True
    return not word.startswith("ال") and (word[:-1] if word.endswith("يه") else word) in nisba_countries()


#: The words that are a town head (:data:`_TOWN_HEADS`) after a letter or two ("بحي", "وبقرية"; not the article).
_TOWN_HEAD_WORDS = WordFacts(lambda forms: (w for w in forms if w in _TOWN_HEADS or w[1:] in _TOWN_HEADS
                                             or (w[2:] in _TOWN_HEADS and w[:2] not in ("ال", "لل"))))


class PlaceNames(dict[str, Any]):
    """Folded place names → GeoNames id, with the names by the letters they open with (see
    :func:`_names_in`), made when first asked for."""

    index: dict[str, list[tuple[int, str]]] | None = None


#: Letters (``str.isalpha``: the Unicode categories L*), as the word test of :func:`_read_places` reads them.
_LETTERS = regex.compile(r"\p{L}+")
#: A document with more names than this reads, in each sentence, only the names that can be there.
_FEW_NAMES = 16


def _names_in(view: SentenceView, names: dict[str, Any]) -> list[str] | dict[str, Any]:
    """The names of ``names`` that :func:`_read_places` can find in the sentence, in ``names``' order.

    A name is found at a word's start or after a proclitic و/ب/ل, and it ends at a word's end; so the
    run of letters at the start of the name is a run of letters of the sentence, whole or after that
    proclitic.  Looking the sentence's runs up, instead of searching the sentence for every name of
    the article, keeps a long document's cost linear (a 1 MB page has thousands of names).  A
    superset: a name looked up whose run is there is still searched for as before."""
    if len(names) <= _FEW_NAMES or not isinstance(names, PlaceNames):
        return names
    index = names.index
    if index is None:
        index = names.index = {}
        for k, key in enumerate(names):
            m = _LETTERS.match(key)
            index.setdefault(m.group() if m is not None else "", []).append((k, key))
    found: list[tuple[int, str]] = index.get("", []).copy()
    for m in _LETTERS.finditer(view.doc.folded, max(0, view.nstart - 1), view.nend):
        run = m.group()
        found += index.get(run, ())
        if run[0] in "وبل":
            found += index.get(run[1:], ())
    return [key for _, key in sorted(set(found))]


def doc_places(doc: Document, layers: LayerIndex) -> dict[str, Any]:
    """Folded names of the article's LOC entities (3 letters or more) → their GeoNames id."""
    out = PlaceNames()
    for e in layers.entities:
        if e.label == "LOC" and len(e.text) >= 3:
            key = fold(doc.norm[slice(*doc.to_normalized(e.start, e.end))])
            if key and (key not in out or out[key] is None):
                out[key] = e.attrs.get("geonames_id")
    return out


_NO_NAMES: dict[str, Any] = {}


def location(view: SentenceView, layers: LayerIndex, trigger: int, clause: tuple[int, int],
             names: dict[str, Any] | None = None, *, verb: bool = False) -> dict[str, Any] | None:
    """The most specific place of the trigger's clause (else the nearest LOC of the sentence outside
    brackets that do not hold the trigger), with the larger place it is in (``within``) when the
    clause names one: "حي جمعية الزهراء بمدينة حلب".  A country right after a ``verb`` trigger is its subject,
    no place ("اغتالت إسرائيل القيادي …"); a dateline's place is one only when the sentence names no other."""
    # a place in brackets that do not hold the trigger is an aside ("(التي ترفع شعارات تحرير القدس)")
    if view.brackets is None:
        view.brackets = _brackets(view)
    brackets = view.brackets
    aside = _bracket_of(brackets, trigger)
    # one empty dict for every call without names: _places keeps its reading for the same names
    places = [p for p in _places(view, layers, names or _NO_NAMES) if _bracket_of(brackets, p.start) in (None, aside)]
    if not places:
        return None
    # the dateline's place is where the story was filed: the event's only when the sentence names no other
    # ("رام الله - اقتحمت قوات الاحتلال، فجر اليوم الاثنين، مدينة جنين"; session 30)
    places = [p for p in places if not in_dateline(view, p.start, p.end)] or places
    out = _place_of(view, trigger, clause, places, verb)
    if out is not None and len(places) > 1 and any(p.start == out["start"] and p.start < trigger
                                                   and _unit_seat(view, p) for p in places) and \
            any(_act_place(view, p, trigger) for p in places):
        # "ألقى أعوان فرقة الأبحاث العدلية للحرس الوطني بسوسة، …، القبض على عنصر خطير، … في أحد أحواز مدينة القلعة
        # الكبرى" (ANT 7710): the unit's seat yields to where the act was (session 45)
        out = _place_of(view, trigger, clause, [p for p in places if not (p.start < trigger and _unit_seat(view, p))],
                        verb)
    return out


def _place_of(view: SentenceView, trigger: int, clause: tuple[int, int], places: list[Place],
              verb: bool) -> dict[str, Any] | None:
    """The place :func:`location` gives the trigger among ``places`` (see there)."""
    if verb and (k := view.token_at(trigger)) is not None and k + 1 < len(view.tokens) and \
            not view.is_word(k - 1, _SUBJECT_BEFORE_VERB) and k + 2 < len(view.tokens) and \
            view.tokens[k + 2].kind in ("word", "number") and view.clause_of(k + 2) == view.clause_of(k):
        # (not the object of a verb whose subject is a pronoun before it, nor a country alone after it: "أعلنت
        # الولايات المتحدة أنها قصفت سوريا")
        subject = view.tokens[k + 1].start
        places = [p for p in places if not (p.start == subject and p.rank == 1 and p.layer == "entities")]
        if not places:
            return None
    inside = [p for p in places if clause[0] <= p.start and p.end <= clause[1]]
    if inside:
        # (the province of an official is the event's place only when the clause names no other: "اعتدى محتجون على
        # والي قفصة خلال زيارته إلى المتلوي")
        ranked = sorted(inside, key=lambda p: (_titled(view, p.start), -p.rank,
                                               p.layer != "entities" and p.geonames_id is None,
                                               p.start < trigger, abs(p.start - trigger)))
        best = ranked[0]
        if (there := _located(view, best, places)) is not best:
            return _with_reference(there, best)
        out = best.to_dict()
        larger = [p for p in ranked[1:] if p.text != best.text and _located(view, p, places) is best] or \
            [p for p in ranked[1:] if p.rank < best.rank and p.text != best.text]
        if larger:
            out["within"] = larger[0].to_dict()
        return out
    entities = [p for p in places if p.layer == "entities"] or places
    before = [p for p in entities if p.end <= trigger]
    best = before[-1] if before else entities[0]
    if len(before) > 1 and (town := _contained(view, before[-2], best)) is not None:
        # "في بلدة مراوي بإقليم أمهرة …، في أعقاب اشتباكات": the town, within its region (merged session 32)
        return town
    if (there := _located(view, best, places)) is not best:
        return _with_reference(there, best)  # "شهدت مدينة الزاوية غرب العاصمة طرابلس، مساء الأربعاء، اشتباكات"
    return best.to_dict()


def _contained(view: SentenceView, town: Place, region: Place) -> dict[str, Any] | None:
    """``town`` with ``region`` as its ``within`` when the region's head and name follow the town right after a
    preposition ("مراوي بإقليم أمهرة", "غوما في إقليم شمال كيفو"), the region's head of a lower rank; else None."""
    i, j = view.token_at(town.end - 1), view.token_at(region.start)
    if i is None or j is None or not 1 <= j - i - 1 <= 2 or town.text == region.text:
        return None
    rank = _head_rank(view, region.start)
    own = _head_rank(view, town.start)
    first = view.words[i + 1]
    if rank is None or (own is not None and own <= rank) or not (first == "في" or first.startswith("ب")):
        return None
    out = town.to_dict()
    out["within"] = region.to_dict()
    return out


def _with_reference(place: Place, reference: Place) -> dict[str, Any]:
    """``place`` with the place it was located by as its ``within`` (session 31)."""
    out = place.to_dict()
    out["within"] = reference.to_dict()
    return out


_PARENS = frozenset("()")
#: Words before a verb that hold its subject, so that a country after the verb is its object (``subject_before_verb``).
_SUBJECT_BEFORE_VERB = word_set("subject_before_verb")


def _brackets(view: SentenceView) -> list[tuple[int, int]]:
    """The sentence's bracketed stretches as original ``(open, close)`` offsets, inner ones after the
    outer (a bracket never closed runs to the sentence's end)."""
    stack: list[int] = []
    out: list[tuple[int, int]] = []
    texts, starts = view.texts, view.starts
    for k in compress(count(), map(_PARENS.__contains__, texts)):
        if texts[k] == "(":
            stack.append(starts[k])
        elif stack:
            out.append((stack.pop(), starts[k]))
    out.extend((start, view.end) for start in stack)
    return sorted(out)


def _bracket_of(brackets: list[tuple[int, int]], pos: int) -> int | None:
    """Offset of the "(" of the innermost bracket of ``brackets`` open at ``pos``, or None."""
    inner = [start for start, end in brackets if start < pos <= end]
    return inner[-1] if inner else None


def event_date(view: SentenceView, layers: LayerIndex, trigger: int, clause: tuple[int, int], *,
               within: bool = False, others: AbstractSet[int] = frozenset(), point: bool = False,
               similar: AbstractSet[int] = frozenset()) -> dict[str, Any]:
    """A DATE of the clause (else of the sentence, unless ``within``), nearest the trigger, that is no other
    clause's (see :func:`_foreign_date`; ``others`` are the tokens of the sentence's other triggers; a ``point`` act,
    an arrest, has no span "since" a day after it); else the day the article states as its own (``anchor`` "DOC"), else
    the reference date, inherited.  A date after the trigger
    of another attack told as "similar" (``similar``: "بعد هجوم مماثل الشهر الماضي") is that attack's; and the
    similar attack takes no date told before it with another trigger between (session 26)."""
    dates = [d for d in layers.within("dates", view.start, view.end)
             if d.type in ("DATE", "TIME") and d.value and not str(d.value).startswith(_VAGUE_DATES)
             and not d.attrs.get("birth")]  # a year of birth ("شاب من مواليد 1992 كان قد قتل") dates no act
    # the day a statement was issued is not the act's, unless the sentence has no other ("حسب بلاغ صدر اليوم
    # الثلاثاء 14 مارس 2017 … القبض على": the act was on that day or before it, nearer than the reference day)
    dates = [d for d in dates if not _statement_day(view, d.start)] or dates
    if dates:  # a date inside a group's name is none ("حركة 23 مارس": M23, session 32)
        names = [(g.start, g.end) for g in layers.within("groups", view.start, view.end)]
        dates = [d for d in dates if not any(a <= d.start and d.end <= b for a, b in names)]
    k = view.token_at(trigger)
    if k is not None:  # a date of another clause's act ("القبض على منحرف فار من السجن منذ سنة 2011")
        dates = [d for d in dates if not _foreign_date(view, k, d, others, point)]
        if similar:
            dates = [d for d in dates if not _similar_date(view, k, d, others, similar)]
    if k is not None and len(dates) > 1:
        main = _enabled_dates(view, k, dates, others)
        if main:  # "تمكنت اليوم السبت الوحدات الأمنية … من إلقاء القبض على شاب … قتل صديقه يوم أمس الجمعة"
            dates = main
    inside = [d for d in dates if clause[0] <= d.start and d.end <= clause[1]]
    pool = inside if within else inside or dates
    if pool:
        best = min(pool, key=lambda d: abs(d.start - trigger))
        return {"start": best.start, "end": best.end, "text": best.text, "value": best.value}
    # the day the article states as its own ("شهدت ولاية قفصة اليوم الخميس 13 أفريل 2017 مسيرة … ويطالب المحتجون"),
    # as the dates stage found it, before the reference day (session 41); marked as the dates layer marks a date the
    # document's day resolved, when it is not the reference day
    ref = view.doc.reference_date
    stated = stated_day_at(view.doc.memo, view.doc.text, trigger)
    if stated is not None and stated != ref and view.doc.part_at(trigger) in STATING_PARTS:  # a comment: another day
        return {"value": stated.isoformat(), "inherited": True, "anchor": DOCUMENT_ANCHOR}
    return {"value": ref.isoformat() if ref else None, "inherited": True}


#: Verbs of managing ("تمكنت", "نجحت"; `enable_verbs`) whose "من" and verbal noun tell the act they managed.
_ENABLE_VERBS = word_set("enable_verbs")
#: And the verbs of undertaking with على/إلى ("أقدم", "عمد") and of doing with ب ("قام"), as theirs (session 44).
_UNDERTAKING_VERBS = word_set("undertaking_verbs")
_DEED_VERBS = word_set("deed_verbs")
#: How many words before an act's "من" its verb of managing may stand ("تمكنت اليوم السبت الوحدات الأمنية التابعة
#: لمنطقة الحرس الوطني بمعتمدية ملولش من ولاية المهدية من إلقاء القبض": 15).
_ENABLED_REACH = 24


def _enabled_dates(view: SentenceView, k: int, dates: Sequence[DateSpan], others: AbstractSet[int]) -> list[DateSpan]:
    """The dates between a verb of managing and the "من" right before the act at token ``k`` (or a verb of
    undertaking and its على/إلى, a verb of doing and the act's ب: "قام … بـ") ("تمكنت اليوم السبت
    الوحدات الأمنية … من إلقاء القبض على شاب … ارتكب جريمة تتمثل في قتل صديقه يوم أمس الجمعة", ANT 8455; session
    44): the main clause's day is the act's, not the nearer day of a clause after it; none when another trigger
    stands between the verb and the act (``others``)."""
    if k < 2:
        return []
    if view.words[k - 1] == "من":
        verbs, stop = _ENABLE_VERBS, k - 1
    elif view.words[k - 1] in ("علي", "الي"):  # "أقدم مجهولون ليلة الأحد على السطو"
        verbs, stop = _UNDERTAKING_VERBS, k - 1
    elif view.words[k].startswith(("ب", "وب")):  # "قامت عصابة مساء الجمعة بسرقة …"
        verbs, stop = _DEED_VERBS, k
    else:
        return []
    for j in range(stop - 1, max(-1, stop - 1 - _ENABLED_REACH), -1):
        if j in others:
            return []
        if view.tokens[j].kind != "word":
            if view.tokens[j].text not in ("،", ",", "(", ")"):
                return []
            continue
        if any(w in verbs for w in stems(view.words[j])):
            return [d for d in dates if (dk := view.token_at(d.start)) is not None and j < dk < stop]
    return []


#: Words between a trigger and a date after it that make a "since" date another thing's: an object ("احتجاجا على
#: منعه من التدريس منذ سنة 2005") or a predicate of its own ("وهو يعمل بالشرطة منذ 15 عاما").
_SINCE_OTHER = word_set("since_other")
#: Nouns of a beginning after "منذ" (`since_start_nouns`): "منذ بدء الهجوم البري في 27 أكتوبر" dates a campaign.
_SINCE_START = word_set("since_start_nouns")


def since_started(view: SentenceView, k: int) -> bool:
    """Is the trigger at token ``k`` a campaign named after "منذ" and a noun of beginning ("منذ بدء الهجوم البري في
    27 أكتوبر"): its date is when it began, not the day of the act it is merged into?"""
    return k >= 2 and view.is_word(k - 1, _SINCE_START) and view.words[k - 2] in ("منذ", "ومنذ")


def _since_start(view: SentenceView, k: int, dk: int) -> bool:
    """Is the date at token ``dk`` the start of a campaign told after "منذ" and a noun of beginning at most five
    words before it ("ليرتفع عدد قتلاه منذ بدء الهجوم البري في 27 أكتوبر الماضي", "منذ اندلاع الحرب في 15 أبريل"),
    the trigger at token ``k`` not between them (then the date is its own start: "منذ بدء الهجوم في …")?"""
    for s in range(dk - 1, max(-1, dk - 7), -1):
        if view.tokens[s].kind != "word":
            return False
        if view.words[s] in ("منذ", "ومنذ"):  # (its campaign named between: not "منذ مطلع العام", a span)
            return dk - s >= 3 and view.is_word(s + 1, _SINCE_START) and not s < k < dk
    return False
#: Verbs after a relative pronoun that make its antecedent the act itself ("… في برلين التي وقعت يوم 19").
_EVENT_RELATIVE_VERBS = word_set("event_relative_verbs")
#: How many words may lie between a trigger and a relative pronoun whose antecedent is the trigger's phrase
#: ("هجوم لندن الذي وقع في 22 مارس", "التفجير الانتحاري الذي استهدف الأحد").
RELATIVE_REACH = 4


def _relative(view: SentenceView, j: int) -> bool:
    w = view.words[j]
    return w in _RELATIVES or (len(w) > 4 and w[0] == "و" and w[1:] in _RELATIVES)


def _act_relative(view: SentenceView, j: int) -> bool:
    """Does the relative pronoun at token ``j`` open a clause that tells its antecedent is an act: a verb of
    `event_relative_verbs` right after it, or after "كان"/"كانت" (and "قد") ("الهجوم الذي كان قد استهدف")?"""
    i = j + 1
    if i < len(view.words) and view.words[i] in _BE_VERBS:
        i += 2 if i + 1 < len(view.words) and view.words[i + 1] == "قد" else 1
        return view.is_word(i, _EVENT_RELATIVE_VERBS) and view.words[i] not in _BE_VERBS
    return view.is_word(i, _EVENT_RELATIVE_VERBS)


#: "كان"/"كانت" after a relative pronoun: the verb after them tells what the antecedent is.
_BE_VERBS = frozenset({"كان", "كانت"})


def _foreign_date(view: SentenceView, k: int, d: DateSpan, others: AbstractSet[int], point: bool = False) -> bool:
    """Is date ``d`` another clause's than the trigger at token ``k``: inside a relative clause whose antecedent is
    another event (a trigger of ``others`` between: "ألقت القبض على عدد من الأشخاص … بتفجيرات باريس التي وقعت
    الجمعة") or not the trigger's phrase but a thing after a preposition or further on, unless the clause tells an
    act ("ألقت القبض على المصري الذي … عاد له بصره … بالأمس"; not "… في برلين التي وقعت يوم 19"), before the
    relative pronoun of the trigger's own clause ("أخلت الشرطة مساء الثلاثاء سبيل الرجل الذي تم إلقاء القبض عليه";
    not a result clause: "والذي أسفر عن … اعتقال"), or a "since" of another thing ("القبض على منحرف خطير فار من
    السجن منذ سنة 2011", "وهي المرة الأولى منذ 30 عاما")?"""
    dk = view.token_at(d.start)
    if dk is None or dk == k:
        return False
    if _since_start(view, k, dk):
        return True
    if dk > k:
        since = view.words[dk] in ("منذ", "ومنذ")
        for j in range(k + 1, dk):
            if _relative(view, j):
                words = [i for i in range(k + 1, j) if view.tokens[i].kind == "word"]  # not the quotes of a name
                # another event between, not one joined by و ("الإحتجاجات والإعتصامات التي تعيش على وقعها …")
                if view.clause_of(j) == view.clause_of(dk) and (any(
                        i in others and view.words[i][:1] != "و" for i in words) or (
                        not view.is_word(j + 1, _EVENT_RELATIVE_VERBS) and (
                            len(words) > RELATIVE_REACH or any(view.words[i] in _PREPOSITIONS for i in words)))):
                    return True
                # another act told in the relative clause before the date, the antecedent a thing ("هدم ملهى رينا
                # الذي كان تعرض لهجوم … ليلة رأس السنة": the attack's night, not the demolition's; session 45)
                if view.clause_of(j) == view.clause_of(dk) and not _act_relative(view, j) and any(
                        i in others for i in range(j + 1, dk)):
                    return True
                break
        if not since:
            return False
        # a span since a day ("منذ سنة 2011") is a state's; a span back from today ("منذ يومين", "two days ago" in
        # much news) may date the act, unless another predicate tells it ("وهي المرة الأولى منذ 30 عاما")
        span = d.attrs.get("relation") == "since"
        if span and point:  # an arrest is no state: "القبض على شخص مورّط في أكثر من 24 قضية سرقة منذ سنة 2009"
            return True
        return any(
            view.is_word(i, _SINCE_OTHER) and (span or view.words[i] not in _PREPOSITIONS) for i in range(k + 1, dk))
    for j in range(k - 1, max(dk, k - RELATIVE_REACH - 1), -1):
        if view.tokens[j].kind != "word" or j in others:
            return False
        if _relative(view, j):  # not a result clause ("والذي أسفر عن … اعتقال")
            return view.clause_of(k) not in view.result_clauses
    return False


def _similar_date(view: SentenceView, k: int, d: DateSpan, others: AbstractSet[int], similar: AbstractSet[int]) -> bool:
    """Is date ``d`` not the trigger at token ``k``'s for a "similar" attack's sake: after a similar attack's
    trigger that stands after ``k`` ("قتل جنديان في الهجوم الذي يأتي بعد هجوم مماثل الشهر الماضي"), or, for the
    similar attack itself, before it with another trigger between ("هجوم انتحاري … اليوم الأحد، بعد هجوم مماثل")?"""
    dk = view.token_at(d.start)
    if dk is None:
        return False
    if k in similar:
        return dk < k and any(dk < o < k for o in others)
    return any(k < s_ < dk for s_ in similar)


#: Statement nouns and their verbs of issue: a date right after them is the statement's ("في بلاغ صدر اليوم").
_STATEMENT_NOUNS = word_set("issued_statements")
_PUBLISH_VERBS = word_set("publish_verbs")


def _statement_day(view: SentenceView, start: int) -> bool:
    """Is the date at offset ``start`` the day a statement was issued: right after a verb of issue (a comma may
    come between) that follows a statement noun, one word (a medium, "عنه") or none between ("في بيان نشر اليوم
    السبت", "في بيان نشرته، امس الاربعاء", "في بلاغ صادر عنها اليوم")?"""
    k = view.token_at(start)
    if k is None:
        return False
    j = k - 1
    if j >= 0 and view.tokens[j].kind != "word" and view.tokens[j].text in ("،", ","):
        j -= 1
    for v in (j, j - 1):  # "صادر عنها اليوم": the agent between
        if v < 1 or not any(w in _PUBLISH_VERBS for w in stems(view.words[v])):
            continue
        if v == j - 1 and view.tokens[j].kind != "word":
            continue
        if any(w in _STATEMENT_NOUNS for n in (v - 1, v - 2) if n >= 0 for w in stems(view.words[n])):
            return True
    return False


#: The words before a date that make it another day than the recalled act's: the day a trial is put off to
#: ("أجلت المحكمة النظر في قضية اغتيال بلعيد إلى يوم 14 مارس").
_TO_DAY = frozenset({"الي", "حتي", "لجلسه", "لموعد"})
#: How many words after a recalled act its own date may be ("لاغتيال الشهيد شكري بلعيد الذي اغتيل يوم 6 فيفري").
RECALLED_REACH = 14


def recalled_date(view: SentenceView, layers: LayerIndex, kj: int, clause: tuple[int, int]) -> dict[str, Any]:
    """The date of an old act named by its anniversary, trial or case (the trigger ending at token ``kj``): a DATE of
    its own phrase after it, in its clause and within a few words, that is no day counted from the writer's ("اليوم",
    "أمس", "الاثنين الماضي": the day of the anniversary or the trial) unless a relative clause of the act tells it
    ("ملف الاعتداء الذي تعرضت له الجمعة منطقة ليون"), nor the day a trial is put off to; else
    ``{"value": None, "recalled": True}``: the sentence's day is not the act's."""
    if kj < len(view.tokens):
        lo, hi = view.tokens[kj].start, view.tokens[min(len(view.tokens), kj + RECALLED_REACH) - 1].end
        for d in layers.within("dates", lo, min(hi, clause[1])):
            if d.type not in ("DATE", "TIME") or not d.value or str(d.value).startswith(_VAGUE_DATES):
                continue
            k = view.token_at(d.start)
            if k is None or view.is_word(k - 1, _TO_DAY):
                continue
            if d.attrs.get("anchor") and not str(d.attrs.get("offset", "")).endswith("Y") and \
                    not any(view.words[i] in _RELATIVES for i in range(kj, k)):
                continue  # "اليوم", "أمس": the anniversary's day (not "الاعتداء الذي تعرضت له الجمعة")
            return {"start": d.start, "end": d.end, "text": d.text, "value": d.value}
    return {"value": None, "recalled": True}


#: Verbs of denial: "نفت الوزارة وقوع اشتباكات".
_DENIAL = word_set("denial")
#: Result verbs: "لم يسفر الانفجار عن إصابات" negates the casualties only.
_RESULT_VERBS = word_set("negated_result_verbs")
#: Nouns of occurrence a denial governs ("نفت الوزارة وقوع اشتباكات").
_OCCURRENCE = word_set("occurrence_nouns")


def denier(view: SentenceView, ti: int) -> bool:
    """Does the candidate starting at token ``ti`` follow a verb of denial, whose subject it is ("نفت
    وزارة الدفاع وقوع اشتباكات", "وينفي الجيش")?  Who denies an event is not its actor."""
    return view.is_word(ti - 1, _DENIAL)


def negated(view: SentenceView, k: int, *, noun: bool = False) -> bool:
    """A negation just before the trigger ("لم تسجل أي اشتباكات", "لم يقصف"), or a denial of its
    occurrence ("نفت الوزارة وقوع اشتباكات", "نفت الشرطة أن تكون قد اعتقلت أي متظاهر"), or, for a
    ``noun`` trigger, a denial whose object it is, after the subject ("نفى وزير الداخلية الهادي مجدوب
    اعتداء أعوان الأمن على طلبة الحقوق").  "لم يسفر الانفجار عن إصابات" negates the casualties only."""
    lex = view.lex
    for j in range(max(0, k - 3), k):
        if view.clause_of(j) == view.clause_of(k) and view.is_word(j, lex.negation):
            if j == k - 3 and view.words[k - 1] not in ("اي", "ايه"):
                continue
            if any(view.words[i] in _RESULT_VERBS for i in range(j + 1, k)):
                continue
            return True
    if k > 0 and view.words[k - 1] in _OCCURRENCE:
        return any(view.is_word(j, _DENIAL) for j in range(max(0, k - 6), k - 1))
    if noun and _denied_object(view, k):
        return True
    # a denial with أن: "نفت الشرطة أن تكون قد اعتقلت أي متظاهر", "ونفى الجيش أنه قصف المدينة"
    # (the subject between the verb and أن: at most three words, no punctuation; أن, إن with their
    # pronouns and ب as the attribution stage reads them)
    claims = claim_lexicon()
    for j in range(max(0, k - 8), k - 1):
        if view.is_word(j, _DENIAL):
            that = next((a for a in range(j + 1, min(j + 5, k)) if claims.is_comp(view.words[a])), None)
            return that is not None and all(view.tokens[i].kind == "word" for i in range(j + 1, that)) \
                and all(view.clause_of(i) == view.clause_of(k) for i in range(that + 1, k))
    return False



#: How many words the subject of a denial may have before the event noun it denies ("نفى وزير الداخلية الهادي
#: مجدوب اعتداء …").
DENIED_REACH = 6


def _denied_object(view: SentenceView, k: int) -> bool:
    """Is the noun trigger at token ``k`` the object of a verb of denial a few words before it, with only its
    subject's words between (no preposition, complementizer or punctuation: "نفى الوزير تورطه في الاعتداء"
    denies his part, not the assault)?"""
    claims = claim_lexicon()
    for j in range(k - 2, max(-1, k - DENIED_REACH - 2), -1):
        if view.is_word(j, _DENIAL):
            return all(view.tokens[i].kind == "word" and view.words[i] not in _PREPOSITIONS
                       and not claims.is_comp(view.words[i]) and view.words[i] not in _RELATIVES
                       and view.words[i] not in ("ما", "خبر") for i in range(j + 1, k))
    return False


# -- speakers ----------------------------------------------------------------------------------
#: Words before a candidate that make it a medium the news was told to, never an actor ("في تصريح لمراسل
#: جوهرة أف أم", "بحسب وكالة …").
_MEDIA_BEFORE = word_set("media_before")
#: Statements to the media: "X في تصريح لـ …" tells of the event.
_STATEMENTS = word_set("statement_nouns")
_PASSIVE_AUX = word_set("passive_auxiliaries")
#: Words between a speaker and the event that make the speaker its actor ("أعلن التنظيم مسؤوليته عن الهجوم").
_RESPONSIBILITY = word_set("responsibility")
#: Complementizers with a pronoun of the speaker before its own deed ("أعلن الجيش أنه استهدف …").
_SELF_REPORT = word_set("self_report")
#: The speaker's own fighters with its pronoun after a bare "أن" (`own_fighters`, `self_complementizers`).
_OWN_FIGHTERS = word_set("own_fighters")
_SELF_COMPLEMENTIZERS = word_set("self_complementizers")
#: Verbs of managing (`enable_verbs`): "إن مقاتليها تمكنوا من تفجير دبابة" tells of the fighters' deed (session 31).
_ENABLE = word_set("enable_verbs")


#: Verbs between the speaker's own fighters and a noun trigger of their deed ("أن مقاتلاته شنت غارات", session 32).
_OWN_DEED_VERBS = word_set("own_deed_verbs")


def own_fighters_before(view: SentenceView, trigger: int) -> bool:
    """Is the verb trigger at token ``trigger`` told of the speaker's own fighters right before it, after a bare
    complementizer ("أعلن حزب الله أن مجاهديه استهدفوا …", "قالت كتائب القسام إن مقاتليها فجروا …", "قال الجيش
    إن قواته اعتقلت …"; session 31)?  Not before a casualty verb, as often a passive ("أكد الجيش أن جنوده قتلوا
    في الاشتباك": they were killed)."""
    k = trigger - 1 - int(view.words[trigger - 1:trigger] == ["قد"])
    k -= int(k >= 0 and view.tokens[k].text in _QUOTE_MARKS)  # 'إن مقاتلاتها "حيدت" 12 مسلحا' (session 32)
    if k >= 2 and view.words[k] in ("من", "في") and view.words[k - 1] in _ENABLE:
        k -= 2  # "قالت كتائب القسام إن مقاتليها تمكنوا من تفجير دبابة": a masdar after a verb of managing
    elif k >= 2 and view.words[k] in _OWN_DEED_VERBS and not view.words[trigger].startswith("ال"):
        k -= 1  # "أن مقاتلاته شنت غارات", "إن قواتها دمرت طائرات مسيرة": the noun of their deed (session 32)
    elif k >= 3 and k in view.counts and view.words[k - 1] in _OWN_DEED_VERBS and \
            not view.words[trigger].startswith("ال"):
        k -= 2  # "إن قواتها دمرت أربع طائرات مسيرة", "أن طائراته شنت 20 غارة": its count between (session 32)
    j = k  # "إن طائراته الحربية قصفت …": its adjectives between (session 32)
    while j > max(k - 2, 1) and view.words[j].startswith("ال") and view.words[j] not in _OWN_FIGHTERS:
        j -= 1
    k = j if view.words[j] in _OWN_FIGHTERS else k
    # (a casualty verb only with its count right after: "إن قواتها قتلت 20 مسلحا"; "أن جنوده قتلوا في الاشتباك"
    # were killed)
    return k >= 1 and view.words[k] in _OWN_FIGHTERS and view.words[k - 1] in _SELF_COMPLEMENTIZERS \
        and (view.words[trigger] not in view.lex.casualties or trigger + 1 in view.counts)
#: Heads between a reporting verb and its quoted subject ('وذكرت شبكة "أن تي في"', session 32).
_QUOTED_HEADS = word_set("quoted_speaker_heads") | word_set("media_names_before") | word_set("media_before")
#: Verbs of naming spelt as verbs of claiming ('ويدعى "أبو براء العراقي"': no speaker, session 32).
_NAMING = word_set("naming_verbs")
#: Verbs of condemning the attribution stage leaves out (their forms are also nouns there: "تدين").
CONDEMN_VERBS = word_set("condemn_verbs")
#: Nouns of condemning: who is written before one right before the event condemns it (see :func:`speaker`).
_CONDEMN_NOUNS = word_set("condemn_nouns")
_COMMENT_WORDS = word_set("comment_words")
#: Verbs of announcing: before a protest, who announces it organizes it ("أعلن الاتحاد عن تنفيذ إضراب عام").
_ANNOUNCE = word_set("announce_verbs")
#: Verbal nouns of doing: after a reporting verb, their genitive is the doer ("تؤكد ارتكاب الموساد الجريمة").
_DEED_NOUNS = word_set("deed_nouns")
#: The prepositions of a victim ("الاعتداء على مراسلة الجوهرة"), unlike those of a statement ("في تصريح لمراسل").
_AGAINST = word_set("target_cues") | {"علي"}
#: Verbs of suffering (word beginnings): "بعد تعرضه للاعتداء" (the suffer_verbs of the retyping rules).
_SUFFER = tuple(sorted(word_set("suffer_verbs")))
_SPEECH_KINDS = ("past", "present", "participle")
_QUOTE_MARKS = frozenset('"«»“”\'')
#: The speech acts of the attribution stage that are deeds when an event follows ("أطلق الجيش عملية عسكرية").
_ACTION_ACTS = frozenset(form for lemma, stem in word_table("action_speech_acts").items()
                         for form in (*past_forms(lemma), *present_forms(stem)))

#: Verbs of accusing and of blaming (`accusation_acts`, `blame_acts`, conjugated; session 27): their subject is no
#: actor of the event they lay on another.
_ACCUSE = frozenset(form for lemma, stem in word_table("accusation_acts").items()
                    for form in (*past_forms(lemma), *present_forms(stem)))
_BLAME = frozenset(form for lemma, stem in word_table("blame_acts").items()
                   for form in (*past_forms(lemma), *present_forms(stem)))
_OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما")
#: How many words an accusation verb may stand before the event it lays on its object.
_ACCUSE_REACH = 12


def _accuser(view: SentenceView, c: Candidate, trigger: int) -> bool:
    """Is candidate ``c`` the subject of a verb of accusing or blaming before the event at token ``trigger``, whose
    object is another and whose "ب…" or "مسؤولية" names the event ("وكان الحرس الثوري الإيراني قد اتهم واشنطن
    والرياض بالتورط في الاعتداءات", "واتهمت وزارة الداخلية حركة حسم بالتورط في التفجير", "وحملت الحركة وزارة
    الداخلية مسؤولية الاعتداء")?  The subject right after the verb or right before it ("قد" between); not the one
    right before the ب (the unvowelled passive: "اتُّهم حزب الله بتنفيذ الهجوم" names the accused)."""
    if c.ti >= trigger:
        return False
    lo = max(0, c.ti - 3)
    for v in range(lo, min(c.tj + 2, trigger)):
        forms = set(stems(view.words[v]))
        # "اتهمها الجيش بتنفيذ": the object is the pronoun on the verb
        held = {f[:-len(p)] for f in forms for p in _OBJECT_PRONOUNS if f.endswith(p)}
        pronoun = not forms & (_ACCUSE | _BLAME) and bool(held & (_ACCUSE | _BLAME))
        forms |= held
        accuse, blame = bool(forms & _ACCUSE), bool(forms & _BLAME)
        if not (accuse or blame) or trigger - v > _ACCUSE_REACH:
            continue
        if v < c.ti:
            # (not after a relative pronoun, the verb's subject: "مشروع القرار الذي يحمل السلطات في دمشق المسؤولية")
            subject = c.ti == v + 1 and not (v > 0 and view.words[v - 1] in _RELATIVES)
        else:
            subject = v == c.tj or (v == c.tj + 1 and view.words[c.tj] == "قد")
        if not subject:
            continue
        start = max(v, c.tj - 1) + 1  # the first word after the verb and its subject
        if any(view.tokens[j].kind != "word" and view.tokens[j].text not in "،," for j in range(v + 1, trigger)):
            continue
        for j in range(start, trigger + 1):
            w = view.words[j]
            cue = w in _RESPONSIBILITY if blame else (
                w in _RESPONSIBILITY or (view.tokens[j].text.startswith(("ب", "وب")) and len(w) > 3))
            if cue:
                if j > start or pronoun:
                    return True
                break
    return False


def _speech_tokens(view: SentenceView) -> dict[int, bool]:
    """The tokens of the sentence that are reporting verbs ("قال", "أكد", "أضاف", "مؤكدا") or speech acts
    ("ندد", "دعا", "أدان"), as the attribution stage lists them: token → is it a reporting verb (not a
    speech act)."""
    claims = claim_lexicon()
    speech = _speech_forms()
    out: dict[int, bool] = dict.fromkeys(compress(count(), map(speech.__contains__, view.words)), True)
    for m in claims.speech_re.finditer(view.doc.folded, view.nstart, view.nend):
        if any(w in _ACTION_ACTS for w in stems(m.group())):
            continue
        at = view.token_at(view.doc.to_original(m.start(), m.end())[0])
        if at is not None:
            out.setdefault(at, False)
    return out


@cache
def _speech_forms() -> frozenset[str]:
    """The folded words :func:`_speech_tokens` takes for a reporting verb or a condemnation, with و/ف
    attached or not: the cues of the attribution lexicon that are verbs or participles (not an ambiguous
    one, not a verb of posting, not an act done rather than said) and the verbs of condemnation."""
    cues = claim_lexicon().cues
    said = {form for form, cue in cues.items()
            if cue.kind in _SPEECH_KINDS and not cue.ambiguous and not cue.posted
            and form not in _ACTION_ACTS} | CONDEMN_VERBS | word_set("documenting_verbs")
    # (not نشر, "deployed", a cue only where a post is named; who documents a toll reports it, session 32)
    return frozenset(said | {c + form for c in "وف" for form in said})


def _suffered_by_subject(word: str) -> bool:
    """Is the folded ``word`` a verbal noun of suffering with a pronoun that refers back ("تعرضه", "لتعرضها"),
    not one whose sufferer follows ("تعرض الزواري لعملية اغتيال")?"""
    return any(bare.startswith(_SUFFER) and bare.endswith(PRONOUNS) for bare in stems(word, CONJ_BI_LI))


def _states(view: SentenceView, c: Candidate, trigger: int) -> bool:
    """Does candidate ``c``, before the event at token ``trigger``, make a statement to the media ("وقال الهمامي
    في تصريح لمراسل …، إن …"), and not of its own deed ("… في تصريح لـ"وات" إنها اعتقلت …")?"""
    j = c.tj
    if c.layer == "entities" and c.klass == "entity":
        # the body a speaker speaks for, its place and the speaker's name between ("مساعد وكيل الجمهورية
        # بالمحكمة الابتدائية بالمنستير رشدي بن رمضان في تصريح")
        while j < min(c.tj + 5, trigger - 2) and view.tokens[j].kind == "word" \
                and view.words[j] not in ("في", "خلال"):
            j += 1
    if not (j + 1 < trigger and view.words[j] in ("في", "خلال") and view.words[j + 1] in _STATEMENTS):
        return False
    # "أنه تم إيقاف …": impersonal, no deed of the speaker
    return not any(view.words[i] in _RESPONSIBILITY or (view.words[i] in _SELF_REPORT
                                                        and not view.is_word(i + 1, _PASSIVE_AUX))
                   for i in range(max(j, trigger - 4), trigger))


#: How many words a speaker's title may have between the reporting verb and the name ("وأكّد رئيس الغرفة الوطنية
#: لتجار الأقمشة والملابس الجاهزة محسن بن ساسي أن …").
TITLE_REACH = 12


#: The most words of a medium told between a speaker's name and "أن" ("لمراسل الجوهرة أف أم").
MEDIUM_REACH = 7


def _told_medium(view: SentenceView, j: int) -> int:
    """The token after the medium told at token ``j`` ("لمراسل الجوهرة "اف ام" أن …", "لوكالة تونس إفريقيا
    للأنباء أن …"): ``j`` itself when none is written there; the medium ends at a complementizer within
    :data:`MEDIUM_REACH` words."""
    if j >= len(view.words) or view.words[j][1:] not in _MEDIA_BEFORE or view.words[j][:1] != "ل":
        return j
    claims = claim_lexicon()
    for k in range(j + 1, min(len(view.words), j + MEDIUM_REACH + 1)):
        if claims.is_comp(view.words[k]):
            return k
        if view.tokens[k].kind == "punct" and view.tokens[k].text not in _QUOTE_MARKS:
            return j
    return j


def _titled_speaker(view: SentenceView, c: Candidate, trigger: int) -> bool:
    """Is candidate ``c`` the name at the end of a reporting verb's subject, with its title between them and a
    complementizer right after it (or after the medium told: "لمراسل الجوهرة أف أم أن"), the event in the
    reported clause ("وأكّد رئيس الغرفة الوطنية لتجار الأقمشة والملابس الجاهزة محسن بن ساسي أن التجار سيدخلون في
    إضراب")?"""
    if view.speech is None:
        view.speech = _speech_tokens(view)
    claims = claim_lexicon()
    j = _told_medium(view, c.tj + 1 if c.tj < len(view.words) and view.tokens[c.tj].text in "،," else c.tj)
    if not (j < trigger and claims.is_comp(view.words[j])):
        return False
    verb = next((k for k in range(c.ti - 1, max(-1, c.ti - TITLE_REACH), -1) if view.speech.get(k)), None)
    # a title of more than three words (a shorter distance is read by speaker(), with its exceptions: "أعلنت
    # وزارة الدفاع أنه تم إلقاء القبض": who announces an arrest made it)
    if verb is None or verb >= c.ti - 3 or any(view.tokens[i].kind != "word" and view.tokens[i].text not in "،,"
                           for i in range(verb + 1, c.ti)):
        return False
    # "وأكد الناطق باسم الشرطة فلان أنها اعتقلت …": its own deed
    return not any(view.words[i] in _RESPONSIBILITY or (view.words[i] in _SELF_REPORT
                                                        and not view.is_word(i + 1, _PASSIVE_AUX))
                   for i in range(max(j, trigger - 4), trigger))


def _in_speaker_title(view: SentenceView, c: Candidate, verb: int, trigger: int) -> bool:
    """Is candidate ``c``, far after a speech verb ``verb`` and after a name right after it, in that speaker's
    title, the complementizer within four words after it and before ``trigger``, no deed of the speaker's own
    told between ("قائدة عمليات الشرطة في لندن إن 22 شخصا قتلوا"; not "إنها اعتقلت")?"""
    if c.ti - verb > TITLE_REACH or not speech_verb_name(view, verb + 1):
        return False
    claims = claim_lexicon()
    comp = next((j for j in range(c.tj, min(c.tj + 5, trigger, len(view.words)))
                 if view.tokens[j].kind != "word" or claims.is_comp(view.words[j])), None)
    if comp is None or view.tokens[comp].kind != "word" or view.words[comp].endswith(("ها", "هم", "ه", "نا")):
        return False
    return not any(view.words[j] in _RESPONSIBILITY or view.words[j] in _SELF_REPORT for j in range(comp, trigger))


def _apposed_speaker(view: SentenceView, c: Candidate, trigger: int) -> bool:
    """Is candidate ``c`` in the subject of a reporting verb written as a title, a comma and a name (PER) in
    apposition, or that name, the event after it ("اعتبر الامين العام المساعد للاتحاد العام التونسي للشغل المكلف
    بالوظيفة العمومية، حفيظ حفيظ التحركات الاحتجاجية … مؤامرة", ANT 7289: he comments on the protests, no doer
    of them; session 47)?  The title has words only, at most :data:`TITLE_REACH`; not a deed the speaker tells as
    his own ("أنها اعتقلت") nor one claimed."""
    if view.speech is None:
        view.speech = _speech_tokens(view)
    verb = next((k for k in range(c.ti - 1, max(-1, c.ti - TITLE_REACH - 2), -1) if view.speech.get(k)), None)
    if verb is None:
        return False
    comma = next((j for j in range(verb + 1, min(trigger, verb + TITLE_REACH + 2))
                  if view.tokens[j].kind != "word"), None)
    if comma is None or comma == verb + 1 or view.tokens[comma].text not in "،," \
            or not speech_verb_name(view, comma + 1):
        return False
    claims = claim_lexicon()
    if any(claims.is_comp(view.words[j]) for j in range(verb + 1, comma)):
        return False  # "أكدت مصادر … أن زعيم الدولة الإسلامية، أبو بكر البغدادي أصيب": the reported clause's subject
    name = next((e for e in view.layers.starting_at("entities", view.tokens[comma + 1].start) if e.label == "PER"),
                None) if view.layers is not None else None
    end = name.end if name is not None else view.tokens[comma + 1].end
    if not (verb < c.ti and c.end <= end and end <= view.tokens[trigger].start):
        return False
    return not any(view.words[i] in _RESPONSIBILITY or view.words[i] in _SELF_REPORT for i in range(c.tj, trigger))


def speech_verb_name(view: SentenceView, k: int) -> bool:
    """Does a person's name (PER) start at token ``k``?"""
    if not 0 <= k < len(view.tokens):
        return False
    start = view.tokens[k].start
    if view.layers is not None:  # the document's entities by start: no read of the whole layer per call
        return view.start <= start < view.end and any(e.label == "PER"
                                                       for e in view.layers.starting_at("entities", start))
    return any(e.label == "PER" and e.start == start for e in view.doc.entities
               if view.start <= e.start < view.end)


#: Impersonal verbs of decision after "أنه": a protest decided, not the speaker's own deed ("أنه تقرّر الدخول في
#: إضراب") (folded).
_DECIDED = frozenset({"تقرر", "يتقرر", "قرر", "تقررت"})
#: Stems of the state's forces and ministries (folded): who reports an arrest in the passive made it.
_STATE_BODY_STEMS = tuple(sorted(word_set("police_stems") | word_set("state_stems")))


def speaker(view: SentenceView, c: Candidate, trigger: int, *, protest: bool = False,
            announced: bool = False) -> bool:
    """Is candidate ``c`` who tells of the event at token ``trigger`` rather than a participant: the subject
    of a reporting or speech-act verb a few words before it ("وقالت الشرطة إن اللصوص أطلقوا النار", "ندد
    السفير … بعملية الاغتيال", "أكد المرصد مقتل 90 مدنيا"), or the medium told ("في تصريح لمراسل …")?
    Not one who claims it ("أعلن التنظيم مسؤوليته عن الهجوم"), nor, for a protest (``protest``), one who
    calls for it or threatens it ("جمعية القضاة تدعو إلى إضراب عام"): a speech act, not a report; nor, for
    a deed its doer announces (``announced``: arrests), one who announces it ("أعلنت الشرطة اعتقال 3
    أشخاص": ACLED codes the state's forces), though one who calls for an inquiry into it is still a
    speaker ("نقابة الصحفيين تدعو إلى فتح تحقيق في إيقاف الصحفي")."""
    if view.speech is None:
        view.speech = _speech_tokens(view)
    k = c.ti - 1
    while k > 0 and (view.tokens[k].text in _QUOTE_MARKS or view.tokens[k].text == "("
                     or view.words[k] in ("ل", "لـ", "ب")):
        k -= 1  # 'في تصريح لـ "الجوهرة أف أم"', "في تصريح ل (وات)"
    if k >= 0 and (view.words[k] in _MEDIA_BEFORE or view.words[k][1:] in _MEDIA_BEFORE) \
            and not (k > 0 and view.words[k - 1] in _AGAINST):  # "الاعتداء على مراسلة الجوهرة": the victim
        return True
    if _states(view, c, trigger) or _titled_speaker(view, c, trigger) or _accuser(view, c, trigger) \
            or _apposed_speaker(view, c, trigger):
        return True
    if c.tj <= trigger and any(view.is_word(j, _CONDEMN_NOUNS) for j in range(max(c.tj, trigger - 2), trigger)):
        return True  # 'ترامب "تحدث الى بوتين لإدانة الهجوم"': who condemns it
    if c.tj <= trigger and any(view.is_word(j, _COMMENT_WORDS) for j in range(max(c.tj, trigger - 3), trigger)):
        return True  # 'قال القيادي علي العريض معلقا على مسيرة "مانيش مسامح"': who comments on it (session 30)
    # the subject right after the verb, or a name in apposition to it ("ندد السفير الفلسطيني، هائل الفاهوم،"),
    # or right before it, the event after it ("منظمة التعاون الإسلامي تدين الهجوم")
    speech = view.speech
    if protest or announced:  # a protest's caller or announcer, a deed's announcer, is in it
        speech = {k: v for k, v in speech.items()
                  if (v or not protest) and not any(w in _ANNOUNCE for w in stems(view.words[k]))}
    # a name in brackets after the subject ("ووثق "الدفاع المدني السوري" (الخوذ البيضاء) مقتل"): its quotes and
    # brackets are no words
    bracketed = 0 < c.ti and view.tokens[c.ti - 1].text == "(" and c.tj < len(view.tokens) \
        and view.tokens[c.tj].text == ")"
    verb = next((k for k in range(c.ti - 1, max(-1, c.ti - (10 if bracketed else 7)), -1) if k in speech), None)
    if verb is None:
        # before its verb, a subject tells of the event only with a report or a condemnation ("منظمة التعاون
        # الإسلامي تدين الهجوم"), not another speech act ("الشرميطي يهدد بالمغادرة بعد تعرضه للاعتداء")
        after = c.tj + 1 if view.words[c.tj:c.tj + 1] == ["قد"] else c.tj
        if after not in speech or after >= trigger:
            return False
        # "الشرميطي يهدد بالمغادرة بعد تعرضه للاعتداء": the subject suffered the event it speaks of
        return not any(view.words[j] in _SELF_REPORT or view.words[j] in _RESPONSIBILITY
                       or _suffered_by_subject(view.words[j]) for j in range(after, trigger))
    if any(view.tokens[j].kind != "word" and view.tokens[j].text not in "،," and not (
            j == c.ti - 1 and view.tokens[j].text in _QUOTE_MARKS and view.words[verb] not in _NAMING
            and speech[verb] and (j == verb + 1 or (j == verb + 2 and view.words[verb + 1] in _QUOTED_HEADS)))
            and not (bracketed and (j == c.ti - 1 or view.tokens[j].text in _QUOTE_MARKS))
            for j in range(verb + 1, c.ti)):
        # (nor the subject's name in brackets after it: 'ووثق الدفاع المدني السوري (الخوذ البيضاء) مقتل 23 مدنيا')
        # (its name in quotes right after the verb or its head: 'ووثق "الدفاع المدني السوري" مقتل 23 مدنيا', 'وذكرت
        # شبكة "أن تي في" أن'; not a word's further on: 'من ابرز خبراء التفخيخ لدى "داعش"', nor after a speech act's
        # noun: 'أعلنت اعتراف "دواعش" بقتل الصحفيين', session 32)
        return False
    if verb < c.ti - 3 and all(view.tokens[j].kind == "word" for j in range(verb + 1, c.ti)):
        # a noun in a named speaker's title, the complementizer a few words after it and the event after that ("وقالت
        # جين كونورز قائدة عمليات الشرطة في لندن إن 22 شخصا قتلوا": the police are no doer; session 34)
        return _in_speaker_title(view, c, verb, trigger)
    if verb <= trigger < c.ti:
        return False  # the trigger is the verb's own word ("أطلقت الشرطة النار")
    claims = claim_lexicon()
    if any(claims.is_comp(view.words[j]) or view.words[j] in _DEED_NOUNS for j in range(verb + 1, c.ti)):
        return False  # "يذكر أن القنطار …", "تؤكد ارتكاب الموساد جريمة الاغتيال": the subject of a deed
    lo, hi = sorted((c.tj, trigger))
    if any(view.words[j] in _RESPONSIBILITY for j in range(lo, hi)):
        return False
    # "وأعلنت الشرطة أنها اعتقلت …", "أكدت الشرطة أنها قامت باعتقال …": the speaker tells of its own deed; not, for a
    # protest, of one decided or done by others ("وأضاف الحزري أنه تقرّر الدخول في إضراب": who tells of the strike),
    # nor, for an arrest told in the passive, one that is no body of the state's forces ("وأوردت وكالة الأنباء
    # السورية أنه تم إلقاء القبض": the source, kept as ``reported``; "أكدت وزارة الداخلية … أنه تم إيقاف" stays)
    passive_report = announced and not any(stem in fold(c.text) for stem in _STATE_BODY_STEMS)
    if c.tj <= trigger and own_fighters_before(view, trigger):
        return False  # "أعلن حزب الله أن مجاهديه استهدفوا …": its own fighters' deed (session 31)
    return not (c.tj <= trigger and any(view.words[j] in _SELF_REPORT and not (
        protest and view.is_word(j + 1, _PASSIVE_AUX | _DECIDED)) and not (
        passive_report and view.is_word(j + 1, _PASSIVE_AUX)) for j in range(c.tj, trigger) if trigger - j <= 4))
