"""The events stage's pieces of a sentence: the draft event, the words a trigger search reads, the cuts of a long
sentence, the quotations an event is told in and the facts of a sentence its rules share."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field
from functools import cached_property
from itertools import compress, pairwise
from sys import intern
from typing import Any, NamedTuple

from ...document import Document, NumberSpan, Region
from ...lang.ar import fold, lookup_key, trie_regex
from ...text.tokenize import Token, Tokens
from ..attribution.cues import lexicon as attribution_lexicon
from ..attribution.cues import word_set as attribution_words
from ..attribution.stage import QuoteSpan
from .arguments import (
    CLAUSE_PUNCT,
    Candidate,
    LayerIndex,
    Mention,
    SentenceView,
    candidates,
    casualty_mentions,
    plural_victims,
)
from .triggers import TriggerInfo
from .vocab import (
    FORCE_WORDS,
    MISSILE_TESTS,
    MISSILE_WORDS,
    NON_STATE_STEMS,
    PARADE_ADJECTIVES,
    PARADE_NOUNS,
    PLURAL_CASUALTIES,
)


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
    # (a vague count, "عدد من الجرحى", has no value: null when no other count is told; session 37)
    value = None if all(m.vague for m in mentions) else sum(m.value for m in mentions if not m.vague)
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
        return any(m.value > 0 or m.vague for m in self.mentions) or any(
            c[3] in PLURAL_CASUALTIES for c in self._cues) \
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
    # (a comprehension: session 37 measured it 0.34 % fewer instructions of the warm events stage than the chain of
    # map(intern, map(folded.__getitem__, map(slice, …))), whose bound-method wrapper builds a tuple per call)
    return [intern(folded[a:b]) for a, b in zip(compress(nspans[0::2], mask), compress(nspans[1::2], mask),
                                                strict=False)]


def _missile_test_document(doc: Document) -> bool:
    """Does the article tell of a missile test ("تجربة صاروخية", "اختبار بلاده لصاروخ جديد", "حاولت تجريب صاروخ": a
    word of ``missile_tests`` with a word of ``missile_words`` in the three words after it) or of a military parade
    ("في الاستعراض العسكري") or a show of force ("استعراض … للقوة")?
    Its missiles with no target nor casualty are tested or shown, no attack.

    Only the words where a word of ``missile_tests`` or ``parade_nouns`` starts (or one letter in, after و/ف/ب/ل)
    are read, found by :data:`_TEST_OPENERS` in the folded text: the words of the whole document were listed and
    each tested before (a 1 MB document: 91,000 strings made, a third of the events stage's extra cost per byte
    against the same text as ten documents; issue #18)."""
    tokens = doc.tokens
    if not isinstance(tokens, Tokens):
        words = [fold(t.norm) for t in tokens if t.kind == "word"]
        return any(_tells_test(words[i:i + 5]) for i in range(len(words)))
    folded, nspans, mask = doc.folded, tokens.nspans, tokens.word_mask()
    nstarts = memoryview(nspans)[0::2]
    n = len(mask)
    read: set[int] = set()
    for m in _TEST_OPENERS.finditer(folded):
        at = m.start()
        first = bisect_left(nstarts, at - 1)
        for t in (first, first + 1):
            # a word that starts here, or one letter before (its proclitic): is_word reads no other
            if t >= n or t in read or not mask[t] or nstarts[t] not in (at - 1, at):
                continue
            read.add(t)
            read_words: list[str] = []
            k = t
            while len(read_words) < 5 and 0 <= k < n:
                read_words.append(folded[nspans[2 * k]:nspans[2 * k + 1]])
                k = mask.find(1, k + 1)
            if _tells_test(read_words):
                return True
    return False


def _is_word(w: str, found: AbstractSet[str]) -> bool:
    """Is the folded word ``w`` one of ``found``, or one after و/ف/ب/ل?"""
    return w in found or (len(w) > 2 and w[0] in "وفبل" and w[1:] in found)


def _tells_test(words: Sequence[str]) -> bool:
    """Do the folded ``words`` (a word and the four after it) open with a missile test or a parade (see
    :func:`_missile_test_document`)?"""
    w = words[0]
    if _is_word(w, MISSILE_TESTS) and any(_is_word(x, MISSILE_WORDS) for x in words[1:4]):
        return True
    if _is_word(w, PARADE_NOUNS) and len(words) > 1 and _is_word(words[1], PARADE_ADJECTIVES):
        return True
    # "واصفا عملية الإطلاق بأنها استعراض من كوريا الشمالية للقوة"
    return _is_word(w, PARADE_NOUNS) and any(_is_word(x, FORCE_WORDS) for x in words[1:5])


#: Where a word of ``missile_tests`` or ``parade_nouns`` starts in a folded text (overlapping places too: a
#: lookahead): every word :func:`_tells_test` may hold at starts there or one letter before.
_TEST_OPENERS = re.compile(f"(?=(?:{trie_regex(MISSILE_TESTS | PARADE_NOUNS)}))")


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
