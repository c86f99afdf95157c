"""The ``attribution`` stage: one ``quotes`` record per attributed claim.

A claim is found from its cue:

* a reporting verb (قال, أكد, ذكر, أفاد, أشار إلى …, any conjugation, with و/ف, or the participle
  of "…، مضيفا أن") followed, within the same sentence, by its complementizer (إن/أن/أنه/بأن …):
  an ``indirect`` claim from the complementizer to the end of the clause;
* the same verbs before a colon or a quotation ("وتابع: «…»"), or right after a quotation
  ("«…»، قال المتحدث"): a ``direct`` claim, the quoted words; a quotation of three words or more
  inside an indirect claim is also reported as a ``direct`` claim of the same speaker;
* a source phrase (بحسب, وفقا لـ, نقلا عن, على لسان, كما جاء في …) with its speaker: a ``source``
  claim whose content is the clause the phrase is attached to.

The speaker is looked for after the verb ("قال المتحدث باسم الجيش إن"), before it ("الجيش قال
إن"), and otherwise carried over from the last claim ("وأضاف أن …").
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property
from itertools import pairwise
from typing import Any

from ...document import Document, EntitySpan, Span
from ...lang.ar import load as load_resource
from ...lang.ar import lookup_key
from ...lang.ar.words import nisba_adjectives
from ...memo import remember
from .clauses import (
    COMMAS,
    SENTENCE_END,
    TRAILING,
    Tok,
    TokenStream,
    balance_quotes,
    count_word_tokens,
    count_words,
    trim,
    words,
)
from .cues import RESOURCE, SCHEMA, Cue, Lexicon, lexicon, past_forms, word_set
from .datelines import dateline_end, place_signature, signs_colon
from .quotes import MARKS, MAX_QUOTE, Quotation, find_quotations
from .sources import (
    PRONOUN_PREPOSITIONS,
    SAID_IN_ADJECTIVES,
    Mentions,
    Source,
    after_relative,
    after_time,
    after_where_said,
    headed_by_preposition,
    in_outlet_name,
    institution_completed,
    is_cutter,
    issuing,
    role_person,
    speaker_after,
    speaker_before,
    surname_like,
)

#: Text → its :func:`lookup_key`, for the strings the stage keys again and again (a speaker's text per claim, a
#: zone's words): the normalization behind a key costs some 20 µs a call (session 34).
_KEYS: dict[str, str] = {}


def _key(text: str) -> str:
    """``lookup_key(text)``, remembered (see :data:`_KEYS`)."""
    key = _KEYS.get(text)
    return key if key is not None else remember(_KEYS, text, lookup_key(text))


KINDS = ("direct", "indirect", "source")
SOURCE_TYPES = ("person", "organisation", "group", "media", "anonymous")
#: The preposition and pronoun of a relative clause's verb that names its speaker ("ما صرحت به فلانة").
_RESUMPTIVE_WORDS = word_set("resumptive_words")
#: The object of a reporting verb right after it ("تذكر اسمها", "تكشف هويته"): the verb reports nothing.
_OBJECT_WORDS = word_set("object_words")
#: Verbs of publishing after the "ما" of a source phrase ("حسب ما جاء في", "وفق ما أوردته"), from attribution.yaml.
_PUBLICATION_VERBS = word_set("publication_verbs")


@dataclass(slots=True)
class QuoteSpan(Span):
    """An attributed claim: ``start``/``end``/``text`` are its content (the quoted words, or the
    إن/أن clause), ``kind`` is direct, indirect or source; ``cue`` the reporting verb or source
    phrase ``{start, end, text, lemma}``; ``source`` the speaker ``{start, end, text, layer, id?}``
    (``layer`` is "entities", "groups" or "phrase"; ``id`` is a group's id) or None, and
    ``source_type`` person, organisation, group, media or anonymous (None without a source)."""

    kind: str = "indirect"
    cue: dict[str, Any] = field(default_factory=dict)
    source: dict[str, Any] | None = None
    source_type: str | None = None


@dataclass(slots=True)
class _Item:
    """A cue with what anchors its claim, in folded offsets."""

    start: int  # the cue word, proclitic excluded
    end: int
    cue: Cue
    pre: str
    kind: str  # indirect | direct | colon | source
    zone: list[Tok]
    content_start: int = -1
    quote: Quotation | None = None
    post_posed: bool = False
    source: Source | None = None
    pronoun: bool = False
    has_verb: bool = False
    phrase_end: int = -1
    speaks: bool = False  # a source phrase's reporting verb with its subject after it ("وفق ما أفادت وكالة …")
    trails: bool = False  # the outlet's account at its sentence's end: "… حسب مراسل الجوهرة "اف ام"." (session 29)
    co: list[Source] = field(default_factory=list)  # the other speakers joined by و ("X وY أعلنتا": session 29b)
    tail: _Item | None = None  # the speaker's own tail after the claim: "…، حسب قوله" (session 29c)
    document_text: bool = False  # "وفق نص البيان": the document speaks, no speaker carried on from it (session 29c)
    via: Source | None = None  # the outlet that relays the speaker's words: "نقلت وكالة X عن مصدر …" (session 31b)


#: The last speaker named: the speaker, its sentence and the gender its verb gave it ("f", "m" or None).
_Last = tuple[Source, int, str | None]


class _Finder:
    def __init__(self, doc: Document, lex: Lexicon, *, carry_sentences: int, min_quote_words: int,
                 max_gap: int) -> None:
        self.doc = doc
        self.lex = lex
        self.folded = doc.folded
        self._mentions: Mentions | None = None
        self._places: frozenset[tuple[int, int]] | None = None
        self._roster: list[tuple[int, int]] | None = None
        self.sentences = _outlet_domains_joined(doc.text, doc.sentences)
        # Sentences are found by their original starts and mapped to folded offsets only when asked for.
        self.sent_starts = [s.start for s in self.sentences]
        self._bounds: dict[int, tuple[int, int]] = {}
        self.carry_sentences = carry_sentences
        self.min_quote_words = min_quote_words
        self.max_gap = max_gap

    @property
    def mentions(self) -> Mentions:
        """The document's groups and entities that can speak, made when a claim first looks for its
        speaker (most documents have no cue, and never do)."""
        if self._mentions is None:
            self._mentions = Mentions(self.doc, self.lex)
        return self._mentions

    @cached_property
    def person_surnames(self) -> dict[str, list[int]]:
        """The last word of each person the tagger named in two words or more (``mentions``), with the
        starts of the names it ends: "الحرشاني" → [start of "فرحات الحرشاني"].  A headline's surname
        (:func:`_surname_speaker`) is looked up here instead of going through all the document's names."""
        folded = self.folded
        out: dict[str, list[int]] = {}
        for m in self.mentions.items:
            if m.type == "person" and m.layer == "entities":
                name = folded[m.start:m.end]
                k = name.rfind(" ")
                if k >= 0:
                    out.setdefault(name[k + 1:], []).append(m.start)
        return out

    @property
    def roster(self) -> list[tuple[int, int]]:
        """The document's roster lines (:func:`_roster_lines`; each line is a region of its own), read when a
        region with a colon first asks."""
        if self._roster is None:
            self._roster = _roster_lines(self, 0, len(self.folded))
        return self._roster

    # -- sentences -------------------------------------------------------------------------
    def sentence(self, pos: int) -> int:
        """The last sentence whose folded start is at or before folded ``pos``.  A sentence's folded start
        is the first folded offset whose original start is at or after its original start, so it is at
        or before ``pos`` exactly when the sentence starts at or before ``pos``'s original start."""
        return max(0, bisect_right(self.sent_starts, self.doc.view.start_of(pos)) - 1)

    def bounds(self, i: int) -> tuple[int, int]:
        """Folded start and end of sentence ``i``."""
        found = self._bounds.get(i)
        if found is None:
            s = self.sentences[i]
            found = self._bounds[i] = self.doc.to_normalized(s.start, s.end)
        return found

    def sentence_bounds(self, pos: int, lo: int, hi: int) -> tuple[int, int]:
        if not self.sent_starts:
            return lo, hi
        i = self.sentence(pos)
        start, end = self.bounds(i)
        if end <= pos:  # between sentences
            return max(lo, end), hi
        return max(lo, start), min(hi, end)

    def is_place(self, src: Source) -> bool:
        """Is the speaker a LOC entity (a headline's dateline, "سوسة : …")?  The LOC spans are read once
        per document (a long page has thousands of entities and of colons)."""
        return (src.start, src.end) in self.places

    @property
    def places(self) -> frozenset[tuple[int, int]]:
        """The folded spans of the LOC entities."""
        if self._places is None:
            doc = self.doc
            self._places = frozenset(doc.to_normalized(e.start, e.end) for e in doc.entities
                                     if isinstance(e, EntitySpan) and e.label == "LOC")
        return self._places

    @cached_property
    def dated(self) -> list[tuple[int, int]]:
        """The folded spans of the dates layer (a date after a headline's dash is no speaker)."""
        doc = self.doc
        return [doc.to_normalized(d.start, d.end) for d in doc.dates]

    def past_dateline(self, cs: int, ce: int, lo: int) -> int:
        """``cs`` past a wire dateline that opens a claim at its line's start ("الخرطوم (أ ف ب) - قتل 14 مدنيا …،
        بحسب …": :func:`.datelines.dateline_end`)."""
        folded = self.folded
        line_start = cs == lo or not folded[folded.rfind("\n", 0, cs) + 1:cs].strip()
        return dateline_end(folded, cs, ce, line_start, self.places)

    # -- phase 1: anchors --------------------------------------------------------------------
    def anchor(self, start: int, end: int, pre: str, cue: Cue, lo: int, hi: int,
               quotes_at: dict[int, Quotation], cue_starts: set[int], next_cues: set[int],
               shared: dict[int, list[Tok]]) -> _Item | None:
        """The claim a reporting verb opens (see the module's doc), or None.  A verb joined by و/ف before
        the claim's complementizer is the claim's ("ونفت قطر الاتهامات …، وقالت إنها …"): the words up to
        it, where the subject both verbs share stands, are left in ``shared`` under its word's start."""
        lex = self.lex
        _, s_end = self.sentence_bounds(start, lo, hi)
        toks = TokenStream(self.folded, end, min(s_end, end + 800))
        items = toks.items  # (grows as ``toks`` reads on)
        limit = 4 if cue.ambiguous else self.max_gap
        if cue.ambiguous and _lemma_key(cue.lemma) in _POSTING_VERBS and self._posted(end, s_end):
            limit = self.max_gap  # "وكتب ترامب على منصة إكس أن …", "وكتب في تدوينة على فيسبوك أن …"
        stoppers = lex.anchor_stops
        count = 0
        idx = 0
        far = False  # where or when it was said is among the words: the verb reaches further (``_FAR_GAP``)
        while idx < len(items) or toks.more():
            t = items[idx]
            w = t.text
            if w not in stoppers:  # a word or mark that neither ends nor anchors the claim
                if t.is_word:
                    if t.start in cue_starts or (idx == 0 and w in _OBJECT_WORDS):
                        return None  # (its object: "الأميرة، التي لم تذكر اسمها، … وتتمنى أن …")
                    if t.start in shared and self._takes_clause(toks, idx + 1):
                        shared[t.start] = toks.items[:idx]
                        return None
                    count += 1
                    if not far and (w in _SAID_IN or w in _CIRCUMSTANCES):
                        far = not cue.ambiguous
                    if count > (max(_FAR_GAP, limit) if far else limit) or (count > limit and w in _FAR_STOPS):
                        return None
                idx += 1
                continue
            if w in SENTENCE_END:
                if w == "." and _domain_dot(self.folded, t.start):
                    idx += 1  # the period of an outlet's web name: 'في تصريح خاص لـ"العربية.نت" أن …'
                    continue
                return None
            if w == ":":
                nxt = toks[idx + 1] if toks.has(idx + 1) else None
                if cue.ambiguous and not pre and limit <= 4:  # "بين :" heads a list, not a statement
                    return None
                if nxt is not None and nxt.text in lex.complementizers:  # "وأوضح: أنه …"
                    return _Item(start, end, cue, pre, "indirect", toks.items[:idx], content_start=nxt.start)
                if nxt is not None and nxt.start in quotes_at:
                    return _Item(start, end, cue, pre, "direct", toks.items[:idx], quote=quotes_at[nxt.start])
                if nxt is not None and nxt.is_word and not (idx and toks[0].text in cue.preps):
                    # (not after the verb's own preposition: "أستراليا تحذر من عملية … قضية حفل ماريا كاري :
                    # أحكام …" runs two headlines together, the colon is the second's)
                    return _Item(start, end, cue, pre, "colon", toks.items[:idx], content_start=nxt.start)
                return None
            if w in MARKS:
                q = quotes_at.get(t.start)
                if q is not None and cue.ambiguous and not pre:
                    return None
                if q is not None and idx and (self._names_before(toks[idx - 1].text) or (
                        idx > 1 and toks[idx - 1].text in ("ب", "بـ") and toks[idx - 2].text in _NAMING)):
                    q = None  # 'في تصريح لـ "الجوهرة أف أم"', 'في برنامج "هابي دايز"': a name, not a claim
                if q is not None and idx and ((toks[idx - 1].text == "ب" and "ب" not in cue.preps)
                                              or self._outlet_quoted(q)):
                    # the object of a ب that is not the verb's own ('أكد في اتصال هاتفي بـ "الجوهرة أف أم"',
                    # 'قال ب"دعم من تركيا" بالوقوف وراء …') or an outlet's name ('أكدت ضيفة "بوليتيكا" على
                    # "الجوهرة أف أم"'): a name, not the speaker's words (session 29b), nor a complementizer inside
                    # it the verb's ('لا ترى موجبا …، لاعتقادها بـ"أن …"' is the claim's, not ترى's)
                    count += q.words
                    if count > (max(_FAR_GAP, limit) if far else limit):
                        return None
                    while toks.has(idx + 1) and toks[idx + 1].start != q.close:
                        idx += 1
                    idx += 2
                    continue
                if q is not None:
                    close_idx = idx + 1
                    while toks.has(close_idx) and toks[close_idx].start != q.close:
                        close_idx += 1
                    opens_clause = q.words >= self.min_quote_words and self._opens_clause(q, toks.items[:idx])
                    near = q.words >= self.min_quote_words and (count <= 6 or opens_clause)
                    if not toks.has(close_idx):
                        # a quotation that runs past the end of the verb's sentence ('مضيفا " إنها مفاجأة
                        # كبيرة.. كل يوم تصلني رسائل إعجاب"'): the verb's words when it follows the verb
                        # right away (not "تعتبر اليوم نموذجا يمكن نقله إلى ليبيا "هو نموذج …"")
                        # (or a post's words: "وكتب ظريف على حسابه على تويتر "تصريح بغيض للبيت الأبيض... الأمة
                        # الإيرانية ترفض …"", whose stops are the post's)
                        adjacent = q.words >= self.min_quote_words and not self._acronym(q) and (
                            count <= _ADJACENT_WORDS or self._posted_in(toks.items[:idx]))
                        return _Item(start, end, cue, pre, "direct", toks.items[:idx], quote=q) \
                            if adjacent or opens_clause else None
                    if (near or (q.words >= self.min_quote_words and self._said_in(toks.items[:idx], q))) \
                            and not self._comp_follows(toks, close_idx + 1, next_cues):
                        return _Item(start, end, cue, pre, "direct", toks.items[:idx], quote=q)
                    count += q.words
                    if count > (max(_FAR_GAP, limit) if far else limit):
                        return None
                    idx = close_idx + 1
                    continue
                idx += 1
                continue
            if w in lex.complementizers and in_outlet_name(self.folded, t):
                idx += 1  # a word of an outlet's name: "قالت شبكة سي إن إن إن …"
                continue
            if w in lex.complementizers:
                prev = toks[idx - 1].text if idx else None
                zone = toks.items[:idx]
                if cue.ambiguous and not pre and _preposition_reading(zone, lex):
                    return None
                if prev is not None and prev not in COMMAS:
                    if (prev in cue.preps or (prev[0] in "وف" and prev[1:] in cue.preps)) \
                            and not self.mentions.name_part(toks[idx - 1]):  # (and "…، وعلى أن …" after شدد على)
                        zone = toks.items[:idx - 1]
                    elif (prev in lex.comp_blockers or (prev[0] in "وف" and prev[1:] in lex.comp_blockers)) \
                            and not self.mentions.name_part(toks[idx - 1]):
                        return None  # (not the name of "وقال محمد علي إن …": see Mentions.name_part; with و/ف too:
                        # "ودون أن يلحقها أي إصابات", "وبعد أن")
                return _Item(start, end, cue, pre, "indirect", zone, content_start=t.start)
            idx += 1
        return None

    def _posted(self, end: int, s_end: int) -> bool:
        """Is a platform or a post named (``posted_on``, ``said_in``) among the words after a verb at ``end``, before
        the first complementizer or colon of its sentence and within ``max_gap`` words?"""
        for n, t in enumerate(words(self.folded, end, min(s_end, end + 400))):
            if n > self.max_gap or t.text == ":" or self.lex.is_comp(t.text):
                return False
            if t.text in _POSTED_ON or t.text in _SAID_IN:
                return True
        return False

    def posted_verb(self, start: int, end: int, s_end: int) -> bool:
        """Is a verb of posting (``posted`` in the data file: نشر, دوّن) at folded ``[start, end)`` a cue: a platform or
        a post of ``posted_on`` among the :data:`_POSTED_REACH` words after it ("ونشر المحامي أمين سيدهم على صفحته في
        فيسبوك "…""), and it neither the passive after a document nor a relative's ("بيان نشر على موقعها الرسمي أن …",
        "الذي لم يتم نشر اسمه"), nor its object a document right after it ("نشر تغريدة على صفحتها …، وجاء فيه")?"""
        before = words(self.folded, max(0, start - 30), start)
        if before and (before[-1].text in self.lex.documents or before[-1].text in _SAID_IN
                       or before[-1].text in _NOT_POSTERS):
            return False
        after = words(self.folded, end, min(s_end, end + 200))[:_POSTED_REACH]
        if after and (self._document(after[0].text) or after[0].text in _SAID_IN):
            return False  # (its object, with a pronoun too: "نشر نتائجه البنك العالمي على موقعه")
        for t in after:
            if t.text == ":" or self.lex.is_comp(t.text) or t.text in SENTENCE_END:
                return False
            if t.text in _POSTED_ON:
                return True
        return False

    def _document(self, word: str) -> bool:
        """Is ``word`` a document of ``documents``, or one with a pronoun ("نتائجه", "بيانها", "تقريره")?"""
        return word in self.lex.documents or word in self.lex.documents_with_pronouns

    def _acronym(self, q: Quotation) -> bool:
        """Is a quotation an acronym spelled with stops, all its words of one or two letters ('نقلت شبكة
        "سي.إن.إن"')?"""
        return all(len(t.text) <= 2 for t in words(self.folded, q.start, q.close) if t.is_word)

    def _opens_clause(self, q: Quotation, zone: list[Tok]) -> bool:
        """Does a quotation start with a complementizer ('وقالت اللومي لدى استقبالها سائحة بريطانية …، "ان
        الموسم السياحي …"'): the verb's claim quoted whole, however far after the verb?  Not after "بـ",
        where it is a noun's ('لاعتقادها بـ"أن رئاسة الجمهورية …"')."""
        if q.words < _CLAUSE_QUOTE_WORDS:
            return False  # 'الأميركية "ان اس ايه"': an acronym
        if zone and zone[-1].text.rstrip("ـ") == "ب":
            return False
        first = words(self.folded, q.start, min(q.close, q.start + 20))
        return bool(first) and first[0].text in self.lex.complementizers

    def _said_in(self, zone: list[Tok], q: Quotation) -> bool:
        """Is a quotation far after its verb still the verb's words: the words between name where it was
        said ("وقال بيتر رودس مساعد مدير عمليات هيئة إسعاف لندن في بيان اليوم الأحد "نقلنا 48 مصابا …"",
        "في تصريح لـ…"، "في مداخلة له …") and the quotation, of a sentence's length (:data:`_LONG_QUOTE_WORDS`
        words or more), ends its sentence?"""
        after = self.folded[q.close + 1:q.close + 4].lstrip(" \t\u00a0")
        if q.words < _LONG_QUOTE_WORDS or (after and after[0] not in SENTENCE_END):
            return False
        return any(t.text in _SAID_IN for t in zone) or self._posted_in(zone) or _described_speaker(zone)

    def _posted_in(self, zone: list[Tok]) -> bool:
        """Do the words between a verb and its quotation name where it was posted ("على حسابه على تويتر", "على
        صفحته في فيسبوك"; ``posted_on``), with no sentence's end or clause's comma between?"""
        return any(t.text in _POSTED_ON for t in zone) and not any(
            t.text in SENTENCE_END or t.text in self.lex.cues for t in zone)

    def _takes_clause(self, toks: TokenStream, idx: int) -> bool:
        """Does a complementizer, a colon or a quotation mark follow within :data:`_JOINED_REACH` words
        from ``idx`` (a verb joined by و that takes the clause itself: "وقالت إنها", "وأضافوا أن"; not
        a noun: "مدير … الإنتاج ونقل الكهرباء في تصريح … أنه")?"""
        for k in range(idx, idx + _JOINED_REACH):
            if not toks.has(k):
                return False
            w = toks[k].text
            if w in self.lex.complementizers or w == ":" or w in MARKS:
                return True
            if w in SENTENCE_END:
                return False
        return False

    def _outlet_quoted(self, q: Quotation) -> bool:
        """Is the quotation ``q`` all an outlet's name the lists know ('"الجوهرة أف أم"', '"سي إن إن"')?"""
        cs, ce = trim(self.folded, q.start, q.end)
        return ce > cs and self.lex.media(self.folded, cs, ce, whole=True) is not None

    def _names_before(self, word: str) -> bool:
        """Is ``word`` one after which a quotation is a name: a preposition ("لـ", "في", "عبر"; not
        على/عن: "شدد على "أهمية …"", "أعرب عن "…"" quote), a media head ("برنامج", "قناة") or an
        institution's head in construct ("مكتب "هيومن رايتس ووتش"", "حزب "نداء تونس"", "جمعية "…"")?"""
        head = self.lex.head(word)
        return (word in _NAME_PREPOSITIONS or head == "media" or (head == "organisation" and not word.startswith("ال"))
                or self._media_form(word))

    def _media_form(self, word: str) -> bool:
        """Is ``word`` a media head with a preposition or an "our" attached ("لمراسل "الجوهرة أف أم"",
        "مراسلنا "الجوهرة اف أم"", "مراسلتنا")?"""
        forms = []
        if len(word) > 3 and word[0] in "لب":
            forms.append("ا" + word[1:] if word[1] == "ل" else word[1:])
        if word.endswith("نا") and len(word) > 4:
            stem = word[:-2]
            forms.append(stem[:-1] + "ه" if stem.endswith("ت") else stem)
        return any(self.lex.head(f) == "media" for f in forms)

    def _comp_follows(self, toks: TokenStream, idx: int, next_cues: set[int]) -> bool:
        """Does a complementizer follow a quotation (``idx`` after it) before another cue, so that
        the quotation is not the verb's claim ("قال "الرئيس" إن …")?  (In "اعتبر النائب "أن …"
        مضيفا أن …" the second أن is the participle's.)"""
        k = idx
        while k < idx + 8 and toks.has(k):
            t = toks[k]
            if t.text in self.lex.complementizers:
                return True
            if t.text in SENTENCE_END or t.text == ":" or t.text in MARKS or t.start in next_cues:
                return False
            k += 1
        return False

    def phrase_item(self, start: int, end: int, pre: str, cue: Cue, lo: int, hi: int) -> _Item | None:
        lex = self.lex
        _, s_end = self.sentence_bounds(start, lo, hi)
        toks = words(self.folded, end, min(s_end, end + 400))
        i = 0
        has_verb = False
        form = self.folded[start:end]
        if form.endswith("ل") and toks and toks[0].start == end and toks[0].text[:1] == "ل" and len(toks[0].text) > 3:
            # "وفقا للشرطة" (ل + الـ, the article's ا dropped): read as "الشرطة", from the article's ل
            t = toks[0]
            # (a noun's own ل, "للجنة الانتخابات" = ل + لجنة, stays as written)
            toks[0] = Tok(t.start, t.end, t.text if lex.head(t.text) else "ا" + t.text)
        if i < len(toks) and toks[i].text == "ما":
            i += 1
        speaks = False  # a speech verb whose subject follows ("وفق ما أكده فلان"; not "حسبما قيل", "وفق ما جاء في")
        glued = not i and i < len(toks) and toks[i].text[:2] == "ما" and len(toks[i].text) > 4 \
            and self._verb_with_suffix(toks[i].text[2:])  # "حسب ماذكرت", "حسب ماصرح به" ("ما" written on the verb)
        published = False  # an outlet's "أوردت", "نشرت": its subject after it too
        passive = False  # "حسبما قيل": no one is carried to it
        relay = False  # "بحسب ما نقلته صحيفة "عكاظ" عن مصدر في الوزارة": the one it passes on speaks
        if form.endswith("ما") or i or glued:
            if i < len(toks) and self._verb_with_suffix(toks[i].text[2:] if glued else toks[i].text):
                speaks = self._speech_verb(toks[i].text[2:] if glued else toks[i].text)
                passive = getattr(lex.cues.get(toks[i].text[2:] if glued else toks[i].text), "kind", None) == "passive"
                relay = (toks[i].text[2:] if glued else toks[i].text) in _RELAY_FORMS
                published = (toks[i].text[2:] if glued else toks[i].text).startswith(("اورد", "نشر"))
                i += 1
                has_verb = True
                if i < len(toks) and toks[i].text in _VERB_COMPLEMENTS:
                    i += 1
                elif i + 2 < len(toks) and f"{toks[i].text} {toks[i + 1].text}" == _ON_BEHALF_FOLDED:
                    i += 2  # "حسب ما جاء على لسان المتحدث باسم الوزارة": the speaker after it
                    speaks = True
        if not toks[i:]:
            return None
        if cue.lemma == _ON_BEHALF and not form.startswith("كما") and self._reported_object(start - len(pre)):
            return None
        item = _Item(start, end, cue, pre, "source", [], has_verb=has_verb)
        speech = lex.speech_noun(toks[i].text)
        if speech is not None and speech[1]:  # "حسب قوله", "على حد تعبيرها"
            item.pronoun = True
            item.phrase_end = toks[i].end
            return item
        zone = toks[i + 1:] if speech is not None else toks[i:]
        text_of = speech is None and len(toks) > i + 1 and toks[i].text in _DOCUMENT_TEXTS \
            and self._document(toks[i + 1].text)  # "وفق نص البيان": the document speaks (session 29c)
        if text_of:
            zone = toks[i + 1:]
        if speech is not None:  # "وفق ما أكده في تصريح هاتفي للجوهرة أف أم، فلان": the statement's adjectives
            first = next((k for k, t in enumerate(zone[:2]) if t.text not in SAID_IN_ADJECTIVES), min(2, len(zone)))
            zone = zone[first:]
        # the complementizer with ف ends the phrase ("وحسب ما أفاد به مصدر أمني فإن المسلحين …"; as a cutter
        # everywhere "فان" would also end the name of "وقال الممثل فان ديزل")
        zone = zone[:next((k for k, t in enumerate(zone) if t.text[:1] == "ف" and (lex.is_comp(t.text[1:])
                                                                                 or t.text in _FA_OPENERS)), len(zone))]
        if cue.weak and not has_verb and any(t.text in _FOLLOWING for t in zone[1:3]):
            return None  # "وفق البرنامج التالي", "حسب الجدول الآتي": a list follows, no one speaks
        if cue.weak and not has_verb and zone and _legal_basis(zone):
            return None  # "وفقا للقانون عدد 26", "حسب النظام الداخلي للبرلمان": under a rule, no one speaks
        src = speaker_after(zone, self.folded, self.mentions, lex, fallback=speaks) if zone else None
        if src is None and zone and zone[0].text in _OWN_REPORTERS:
            src = self._own_reporter(zone)  # "وحسب مراسلنا بالجهة فإن …", "بحسب مراسلنا، سامي الهاني، يدرس …"
        if src is None and zone and not has_verb and speech is None:
            src = self._named_alone(zone, form, end)
        via = None
        if src is not None and relay:
            relayed = _relayed(self, zone, src)
            if relayed is not None:
                via, src = src, relayed
        elif src is not None:
            src = _relayed_by_relative(self, zone, src) or src  # "بحسب تقارير اقتبست عن مسؤولين …"
        if src is None:
            if cue.weak and not has_verb:
                return None
            if not has_verb:
                return None
            # (a passive's names no one and carries no one: "…، حسبما قيل كثيرا من قبل خبراء تغذية")
            item.has_verb = not passive
            item.phrase_end = toks[i - 1].end if i else end
            return item
        if text_of and src.layer == "phrase" and src.start == zone[0].start:
            src = Source(toks[i].start, src.end, src.layer, src.type)  # the phrase's span: "نص البيان"
        if src.type in ("organisation", "media") and src.layer != "groups":
            # (its name's adjectives and where it stands end the phrase: "وفقا لمنظمة الصحة العالمية باليمن، فقد …")
            src = institution_completed(src, zone, self.folded, self.mentions, lex)
        item.source = src
        item.via = via
        item.document_text = text_of
        item.phrase_end = src.end
        item.speaks = speaks or (published and src.type == "media")  # ("بحسب ما أوردت صحيفة الشرق الأوسط")
        return item

    def _named_alone(self, zone: list[Tok], form: str, end: int) -> Source | None:
        """A person named alone after a source phrase that the tagger left unread (session 35): the surname of a
        person the document names in full ("كما تم الاتفاق، حسب الطيب، على …" with "سمير الطيب" before;
        :func:`_surname_speaker`), the word standing alone up to a comma or the sentence's end; or a person the
        tagger read with the phrase's ل ("ويبحث التونسي، وفقا لبن صالح، عن …": "لبن صالح", the name from after
        the ل)."""
        if form.endswith("ل") and zone[0].start == end:
            m = self.mentions.starting_in(end - 1, end)
            if m is not None and m.type == "person" and m.layer == "entities" and m.end > end:
                return Source(end, m.end, "phrase", "person")
        if len(zone) > 1 and zone[1].text not in COMMAS and zone[1].text not in SENTENCE_END:
            return None
        return _surname_speaker(self, zone[0])

    def _own_reporter(self, zone: list[Tok]) -> Source:
        """The outlet's own reporter at ``zone[0]`` ("مراسلنا"), with where ("بالجهة", "بسوسة") or the name in
        apposition after a comma ("مراسلنا، سامي الهاني،"), which ends the source phrase."""
        end = 1
        if len(zone) > 2 and zone[1].text in COMMAS:
            m = self.mentions.starting_in(zone[2].start, zone[2].end)
            if m is not None and m.type == "person":
                return Source(m.start, m.end, m.layer, m.type, m.id)
        elif len(zone) > 1 and (m := self.mentions.starting_in(zone[1].start, zone[1].end)) is not None \
                and m.type == "person":
            return Source(zone[0].start, m.end, "phrase", "person")  # "بحسب مراسلتنا روضة العلاقي، افاد …"
        elif len(zone) > 1 and zone[1].is_word and zone[1].text[:1] == "ب" and len(zone[1].text) > 3 \
                and not self.lex.is_comp(zone[1].text):
            end = 2
        return Source(zone[0].start, zone[end - 1].end, "phrase", "person")

    def _reported_object(self, pos: int) -> bool:
        """Is "على لسان" at ``pos`` in the object "ما جاء/ورد على لسان X" of a verb ("واستنكرت الجمعية ما جاء على
        لسان النائبة", "ونفت الجامعة ما ورد على لسان الوزيرة عن …", "أن ما ورد على لسان رئيس الهيئة هو إساءة"):
        what X said is talked of, not told (not after a source phrase: "حسب ما جاء على لسان المتحدث")?"""
        before = self.folded[max(0, pos - 40):pos].split()
        if len(before) < 2 or before[-2] != "ما" or before[-1] not in _PUBLICATION_VERBS:
            return False
        prev = before[-3] if len(before) > 2 else ""
        return not (prev in self.lex.cues and self.lex.cues[prev].kind == "phrase") \
            and not (prev[:1] in "وف" and prev[1:] in self.lex.cues and self.lex.cues[prev[1:]].kind == "phrase")

    def masdar_item(self, start: int, end: int, pre: str, cue: Cue, lo: int, hi: int) -> _Item | None:
        """The claim of a reporting verb whose object is a verbal noun, with no أن (see ``masdar_verbs``): "أكد نقيب
        الصحفيين ناجي البغوري تعرض منزله لمحاولة سطو" → "تعرض منزله لمحاولة سطو", by "ناجي البغوري".  The subject
        must be named right after the verb (a known speaker, cut before the object: "أكدت الوزارة حرصها" →
        "الوزارة"), and the word after it (a day or a time between aside) be an indefinite noun: not a
        preposition, an addressee, where it was said, a number or a name ("نفى الوزير الأخبار", "أكد الوزير
        لوكالة …", "أعلن الوزير في بيان" are none)."""
        lex = self.lex
        _, s_end = self.sentence_bounds(start, lo, hi)
        toks = words(self.folded, end, min(s_end, end + 300))
        # (read cheaply first: the words after the verb hold a verbal noun that names no exhortation, and the verb
        # takes no preposition: "أكد على …", "وأعلن في …"; most such verbs do not, and their speakers are not read)
        stance = _lemma_key(cue.lemma) in _STANCE_VERBS
        before = self.folded[max(0, start - len(pre) - 6):start - len(pre)].rsplit(None, 1)[-1:]
        if before and (before[0] in _NEGATIONS or (before[0][:1] in "وف" and before[0][1:] in _NEGATIONS)
                       or before[0] in _ONE_OF):
            return None  # "ولم يوضح المصدر طبيعة الإشكال": nothing said; "أحد أبرز خبراء …": a noun
        if stance and not pre and cue.kind == "present" and toks and toks[0].is_word:
            announced = self._announced_by_subject(start, end, cue, toks, lo, hi)
            if announced is not None:
                return announced
        if not toks or not toks[0].is_word or toks[0].text in lex.zone_cutters or not any(
                (_masdar_like(t.text, lex) and t.text not in _EXHORTATIONS and (not stance or self._owned(t)))
                or (stance and (t.text in _ANNOUNCED_EVENTS or t.text[1:] in _ANNOUNCED_EVENTS
                                or t.text in _CLAIMED_EVENTS))
                for t in toks[1:_MASDAR_REACH]):
            return None
        src = speaker_after(toks, self.folded, self.mentions, lex, fallback=False)
        if src is None or not (src.start == toks[0].start or (
                lex.head(toks[0].text) == "person" and src.start <= toks[min(len(toks) - 1, _ROLE_WORDS)].start)):
            return None  # (the name after its role: "نقيب الصحفيين ناجي البغوري")
        src = _subject_only(src, toks, lex)
        if src.layer == "phrase":  # 'أعلنت شركة "فايسبوك" اعتزامها توظيف …': the noun with "her" ends the subject
            inside = [t for t in toks if src.start < t.start and t.end <= src.end]
            # (or a verbal noun by its pattern: "أكد المتحدث باسم شرطة هلسنكي إيقاف السائق")
            own = next((t for t in inside[1:] if (t.text.endswith(_OWN_SUFFIXES) or _MASDAR_FORM.match(t.text))
                        and _masdar_like(t.text, lex)), None)
            if own is not None:
                src = Source(src.start, _last_space_end(self.folded, src.start, own.start), src.layer, src.type)
        whole = src  # (the adjectives of its name and where it stands: "وأعلنت هيئة الانتخابات في الأردن عن …")
        if src.type in ("organisation", "media") and src.layer != "groups":
            whole = institution_completed(src, toks, self.folded, self.mentions, lex, _WITH_B_EVENTS)
        k = next((k for k, t in enumerate(toks) if t.start >= whole.end), len(toks))
        if src.type in ("organisation", "media", "group"):
            k = _past_acronym(toks, k)  # 'أفادت وكالة الأنباء الفلسطينية "وفا" باستشهاد …', "(سانا)"
        k = after_time(toks, after_where_said(toks, k, self.folded, lex), self.folded, self.mentions, lex)
        with_b = _lemma_key(cue.lemma) in _MASDAR_B_VERBS
        if _lemma_key(cue.lemma) in _MASDAR_PREP_VERBS:
            if k >= len(toks) or toks[k].text not in cue.preps:
                return None  # "كشفت وزيرة الصحة عن وجود …": the verbal noun after the verb's own preposition
            k += 1
            if k < len(toks) and not (toks[k].text in _MASDAR_PREP_NOUNS or _MASDAR_FORM.match(toks[k].text)
                                      or _IFTIAL.match(toks[k].text)):
                return None  # (a thing shown: "كشفت الشركة عن هاتفها الجديد", "كشف عن تفاصيل الخطة")
        if stance and k + 1 < len(toks) and toks[k].text == "عن" and toks[k + 1].text in _ANNOUNCED_EVENTS:
            # "أعلنت وزارة الصحة عن مقتل 4 سياح": what happened, the claim (session 30)
            return _Item(start, end, cue, pre, "indirect", toks[:k + 1], content_start=toks[k + 1].start, source=src)
        if _lemma_key(cue.lemma) in _EVENT_REPORT_VERBS:
            return None  # "أبلغ الوزير نظيره استعداده …": told, not reported (session 30b)
        if stance:
            e = _past_joint(toks, k, lex)
            if e < len(toks) and (toks[e].text in _ANNOUNCED_EVENTS or (
                    toks[e].text in _CLAIMED_EVENTS and self._for_group(src, toks[:e]))):
                # "أعلن الجيش الإسرائيلي، صباح اليوم، مقتل جنديين …", "أعلن المتحدث باسم جماعة الحوثي يحيى سريع، مساء
                # السبت، استهداف سفينة …": what happened, with no عن (session 32)
                return _Item(start, end, cue, pre, "indirect", toks[:e], content_start=toks[e].start, source=src)
        if stance and with_b and k < len(toks) and toks[k].text[:1] == "ب" and toks[k].text[1:] in _ANNOUNCED_EVENTS:
            # "وأفادت مصادر محلية بمقتل خمسة أشخاص": the noun after the verb's own ب
            return _Item(start, end, cue, pre, "indirect", toks[:k], content_start=toks[k].start + 1, source=src)
        if k >= len(toks) or not _masdar_like(toks[k].text, lex, with_b) or toks[k].text in _EXHORTATIONS \
                or self.mentions.starting_in(toks[k].start, toks[k].end) or _quoted_after(toks, k + 1):
            return None  # (a quotation right after: 'وأكد الرئيس الفرنسي المنتهية ولايته "كنا نعرف …"')
        if stance and (not self._owned(toks[k]) or any(
                toks[k].text.endswith(x) and toks[k].text[:-len(x)] in _ANNOUNCED_ACTS for x in _OWN_SUFFIXES)):
            return None  # "أعلن الجيش حالة الطوارئ": an act; "أعلن الاتحاد استعداده للحوار": a stance; "أعلنت المحكمة
            # حكمها": a decision (session 32)
        return _Item(start, end, cue, pre, "indirect", toks[:k], content_start=toks[k].start, source=src)

    def _announced_by_subject(self, start: int, end: int, cue: Cue, toks: list[Tok], lo: int,
                              hi: int) -> _Item | None:
        """A headline's subject, its present verb of ``stance_verbs`` and what happened, with no عن ("الحوثيون
        يعلنون استهداف سفينة تجارية …", "الجيش الإسرائيلي يعلن مقتل جندي …", "حماس تعلن …"): the claim from the noun of
        ``announced_events`` to the clause's end, by the subject that opens its sentence (a label "عاجل |" before it
        aside).  A target (``claimed_events``: "استهداف") is a claim only of a named group; "الجيش يعلن فتح باب
        التجنيد" (an act) is none."""
        noun = toks[0].text
        claimed = noun in _CLAIMED_EVENTS
        if noun not in _ANNOUNCED_EVENTS and not claimed:
            return None
        s_start, _ = self.sentence_bounds(start, lo, hi)
        before = words(self.folded, s_start, start)
        first = next((k for k, t in enumerate(before) if t.is_word and t.text not in _BREAKING_LABELS), None)
        if first is None or len(before) - first > _HEADLINE_SUBJECT_WORDS \
                or any(not t.is_word for t in before[first:]):
            return None
        src = speaker_before(before, self.folded, self.mentions, self.lex, sentence_start=s_start)
        if src is None or src.start != before[first].start or (claimed and src.layer != "groups"):
            return None
        return _Item(start, end, cue, "", "indirect", toks[:0], content_start=toks[0].start, source=src)

    def accusation_item(self, start: int, end: int, pre: str, cue: Cue, lo: int, hi: int) -> _Item | None:
        """The claim of an accusation with no أن (``accusation_verbs``): "اتهمت منظمة العفو الدولية القوات الحكومية
        الإثيوبية بقتل عشرات المدنيين" → "القوات الحكومية الإثيوبية بقتل عشرات المدنيين …", by the subject named right
        after the verb.  The accused must stand between the subject and ب + a verbal noun; none there is a passive
        ("واتهم الرجل بقتل زوجته"), nor is a negated verb a claim (session 32)."""
        lex = self.lex
        _, s_end = self.sentence_bounds(start, lo, hi)
        toks = words(self.folded, end, min(s_end, end + 300))
        before = self.folded[max(0, start - len(pre) - 6):start - len(pre)].rsplit(None, 1)[-1:]
        if before and (before[0] in _NEGATIONS or (before[0][:1] in "وف" and before[0][1:] in _NEGATIONS)):
            return None
        if not toks or not toks[0].is_word or toks[0].text in lex.zone_cutters:
            return None
        b = next((k for k, t in enumerate(toks[:_MASDAR_REACH]) if _accused_of(t.text, lex)), None)
        if b is None or b < 2 or any(t.text in SENTENCE_END or t.text in lex.cues for t in toks[:b]):
            return None
        src = speaker_after(toks[:b], self.folded, self.mentions, lex, fallback=False)
        if src is None or src.start != toks[0].start:
            return None
        src = _subject_only(src, toks[:b], lex)
        named = self.mentions.inside(src.start, src.end)
        if src.layer == "phrase" and len(named) > 1 and named[-1].start > named[0].end:
            # the accused named after the accuser's: "واتهمت حركة حماس إسرائيل" → "حركة حماس"
            src = Source(src.start, _last_space_end(self.folded, src.start, named[-1].start), src.layer, src.type)
        k = next((k for k, t in enumerate(toks) if t.start >= src.end), len(toks))
        k = after_time(toks, after_where_said(toks, k, self.folded, lex), self.folded, self.mentions, lex)
        while k < b and toks[k].text in COMMAS:
            k += 1
        if k >= b or not toks[k].is_word:
            return None  # no accused: "اتهمت المجموعة بإنشاء فرع" (a passive)
        after = toks[k].text
        if (after[:1] == "و" and self.mentions.starting_in(toks[k].start + 1, toks[k].start + 2) is not None) \
                or (src.layer == "phrase" and after.endswith(("ي", "يه"))):
            return None  # the accused before the verb, two after it ("قد اتهم واشنطن والرياض بالتورط"); the speaker's
            # own adjective left out of its phrase ("اتهم مسؤول ألماني، اليوم، تونس بـ…")
        return _Item(start, end, cue, pre, "indirect", toks[:k], content_start=toks[k].start, source=src)

    def _for_group(self, src: Source, zone: list[Tok]) -> bool:
        """Does the subject ``zone`` speak for a named group: the group itself, or one named in it ("المتحدث العسكري
        باسم جماعة الحوثي يحيى سريع")?  Only a group claims a target (``claimed_events``; session 32)."""
        if src.layer == "groups":
            return True
        return bool(zone) and any(m.layer == "groups" for m in self.mentions.inside(zone[0].start, zone[-1].end))

    def _owned(self, tok: Tok) -> bool:
        """Is the word at ``tok`` written with a possessive pronoun ("استعداده", "رفضها", "اعتزامهم"; not the ة of
        "حالة", which folds to ه too; nor a name of which one looks like it, "فاهم" of "فاهم بوكدوس": a noun of three
        letters at least is left before the pronoun)?"""
        start, end = self.doc.to_original(tok.start, tok.end)
        word = self.doc.text[start:end]
        suffix = next((x for x in ("هما", "ها", "هم", "هن", "ه") if word.endswith(x)), None)
        return suffix is not None and len(word) - len(suffix) >= 3

    def _speech_verb(self, word: str) -> bool:
        """Is ``word`` an active speech verb, bare or with an object pronoun ("أكده", "أفادت", "يؤكد"), whose
        subject is the speaker after it (not a passive "قيل", nor a publication verb "جاء", "ورد", "نشر")?"""
        for form in (word, *(word[: -len(x)] for x in _OBJECT_SUFFIXES if word.endswith(x))):
            cue = self.lex.cues.get(form) or self.lex.cues.get(form + "ت")
            if cue is not None and cue.kind in ("past", "present"):
                return form not in _PUBLICATION_VERBS
        return False

    def _verb_with_suffix(self, word: str) -> bool:
        lex = self.lex
        if word in lex.cues and lex.cues[word].kind != "phrase":
            return True
        for suffix in _OBJECT_SUFFIXES:
            if word.endswith(suffix) and word[: -len(suffix)] in lex.cues:
                return True
            if word.endswith(suffix) and word[: -len(suffix)] + "ت" in lex.cues:  # أوردته = أوردت + ه
                return True
        if word in _PUBLICATION_VERBS:
            return True
        return False

    # -- phase 2 -------------------------------------------------------------------------------
    def clause_end(self, start: int, lo: int, hi: int, stops: list[int], quotes: list[Quotation],
                   cue_start: int) -> int:
        _, limit = self.sentence_bounds(start, lo, hi)
        if limit - start > MAX_QUOTE:
            # a claim is no longer than a quotation: in a page without punctuation (one sentence) each
            # claim would otherwise run to the end of the text, and the claims' text grow as its square
            limit = _last_space(self.folded, start + 1, start + MAX_QUOTE)
        # a claim quoted inside a quotation ends with it (a quotation that closes after ``start``
        # opened less than MAX_QUOTE before it: only those are read)
        for q in self.quotes_opening(quotes, start - MAX_QUOTE, cue_start):
            if q.open < cue_start and start < q.close:
                limit = min(limit, q.close)
        k = bisect_right(stops, start)  # the first stop after start (stops are sorted)
        if k < len(stops) and stops[k] < limit:
            limit = stops[k]
        end = trim(self.folded, start, balance_quotes(self.folded, start, limit, hi))[1]
        if end > start and self.folded[end - 1] == '"' and self.folded.count('"', start, end) % 2 == 1:
            end = trim(self.folded, start, end - 1)[1]  # a stray closing mark: '… قواتنا المسلحة". وأفاد …'
        return end

    #: The speech-act verbs and participles of the region last asked for, with its bounds.
    _acts: tuple[int, int, list[tuple[int, int, bool]], list[int]] | None = None

    def speech_acts(self, lo: int, hi: int) -> tuple[list[tuple[int, int, bool]], list[int]]:
        """The folded spans of the speech-act verbs (``Lexicon.speech_re``) in ``[lo, hi)``, in order,
        with whether each is a present form, and the starts of their participles' words (with و/ف):
        read once per region."""
        if self._acts is None or self._acts[:2] != (lo, hi):
            verbs: list[tuple[int, int, bool]] = []
            participles: list[int] = []
            for m in self.lex.speech_re.finditer(self.folded, lo, hi):
                if m.group("present") is not None:
                    # only as a sentence's main verb: "خطاب يهدد …" is a relative clause's
                    if self._starts_sentence(m.start(), lo, hi):
                        verbs.append((*m.span("present"), True))
                elif m.group("verb") is None:
                    participles.append(m.start())
                elif m.group("verb") not in self.lex.ambiguous_acts or self._starts_sentence(m.start(), lo, hi):
                    verbs.append((*m.span("verb"), False))
            self._acts = (lo, hi, verbs, participles)
        return self._acts[2], self._acts[3]

    def _starts_sentence(self, pos: int, lo: int, hi: int) -> bool:
        """Does the word at ``pos`` start its sentence, after at most "كما", "قد", "ثم" ("وعبر الوزير
        عن …", "كما عبر …"; not "… عبر شراكة مع …")?"""
        s_start, _ = self.sentence_bounds(pos, lo, hi)
        # (the openers are short: a long run before the word is no opener, whatever the sentence's length)
        return pos - s_start <= 30 and self.folded[s_start:pos].strip(" \t\u00a0\n\"«“-–") in _CLAUSE_OPENERS

    def carried(self, last: _Last | None, pos: int) -> Source | None:
        if last is None:
            return None
        if self.sentence(pos) - last[1] > self.carry_sentences:
            return None
        return last[0]

    #: A region's quotations by the offset of their closing mark, with the list they were read from.
    _closes: tuple[list[Quotation], dict[int, list[Quotation]]] | None = None

    #: A region's quotations' opening offsets (they come sorted by it), with the list they were read from.
    _opens: tuple[list[Quotation], list[int]] | None = None

    def quotes_opening(self, quotes: list[Quotation], lo: int, hi: int) -> list[Quotation]:
        """The quotations of ``quotes`` (sorted by opening mark) that open in ``[lo, hi)``."""
        if self._opens is None or self._opens[0] is not quotes:
            self._opens = (quotes, [q.open for q in quotes])
        opens = self._opens[1]
        return quotes[bisect_left(opens, lo):bisect_left(opens, hi)]

    def closing_at(self, quotes: list[Quotation], pos: int) -> list[Quotation]:
        """The quotations of ``quotes`` whose closing mark is at ``pos``, in their order."""
        if self._closes is None or self._closes[0] is not quotes:
            index: dict[int, list[Quotation]] = {}
            for q in quotes:
                index.setdefault(q.close, []).append(q)
            self._closes = (quotes, index)
        return self._closes[1].get(pos, [])


def _preposition_reading(zone: list[Tok], lex: Lexicon) -> bool:
    """Is an ambiguous cue a preposition or noun, not a verb, by the words before its complementizer:
    a dual or oblique plural ("بين البلدين أن", "بين الجنسين، بيد أن"), which cannot be a verb's subject,
    or two words joined by و ("بين الجمعيات والأحزاب الممضية …")?"""
    ws = [t.text for t in zone if t.is_word]
    if not ws:
        return False
    if ws[0].endswith("ين") and lex.head(ws[0]) is None:
        return True
    return any(w.startswith("و") and len(w) > 2 for w in ws[1:])


def _is_stop(item: _Item, folded: str) -> bool:
    """Does this cue end the clause of a claim before it in the same sentence?"""
    if item.cue.kind == "participle" or item.pre:
        return True
    if item.kind == "source":
        # (or a speaker who says it, after "ما" with no comma: "… تونسيا وفق ما أفادت وكالة أنباء رويترز",
        # "… حسبما أفادت وكالة رويترز"; not "وفق ما ينص عليه الدستور", "حسب المعطيات المتوفرة")
        return item.pronoun or _after_comma(folded, item.start) or (item.speaks and item.source is not None) \
            or item.trails
    return False


_AS_WORD_AT = re.compile(r"[^\W\d_]+")
#: Prepositions (``governing_prepositions``): after a mid-claim tail and its comma, the outlet's own words.
_GOVERNING_PREPS = word_set("governing_prepositions")


def _mid_tail_next(f: _Finder, item: _Item, lo: int, hi: int) -> int | None:
    """Where the speaker's sentence goes on after a tail of their own ("حسب قوله", "وفق تعبيره") set inside the claim
    between commas ("… الذي يشكو، حسب توصيفه، صعوبات كبيرة، …", "…، وفق تعبيره، وتحتفظ بحقها …"), or None: such a
    tail ends no claim, it is the tail of the claim it stands in (session 34b).  Not before a preposition ("…، بحسب
    تعبيرها، من دون توضيح …": the outlet's words) nor with a comma before it and none after; the stage also leaves one
    before a cue ("…، حسب قوله، مضيفا أن …").  With no comma on either side (:func:`_bare_mid_tail_next`) it is inside
    the claim as well ("إن القطاع يشكو على حد توصيفه صعوبات كبيرة"; session 35)."""
    folded = f.folded
    if not item.pronoun:
        return None
    if not _after_comma(folded, item.start - len(item.pre)):
        return _bare_mid_tail_next(f, item, lo, hi)
    j = item.phrase_end
    while j < len(folded) and folded[j] in " \t\u00a0":
        j += 1
    if j >= len(folded) or folded[j] not in COMMAS:
        return None  # (the said-in or manner after it is the tail's own: "…، بحسب تعبيره في تصريحات لـ …")
    j += 1
    while j < len(folded) and folded[j] in " \t\u00a0":
        j += 1
    m = _AS_WORD_AT.match(folded, j)
    if m is None or m.group() in _GOVERNING_PREPS:
        return None  # (the outlet's words go on: "…، بحسب تعبيرها، من دون توضيح …", "…، وفق قوله، في حين ذكرت …")
    return j


#: Words after a tail with no comma that open a clause of the outlet's, not the speaker's words going on.
_AFTER_BARE_TAIL = frozenset(["كما", "في"])


def _bare_mid_tail_next(f: _Finder, item: _Item, lo: int, hi: int) -> int | None:
    """Where the claim goes on after a speaker's own tail ("على حد توصيفه", "حسب تعبيره", "وفق قوله") with no comma
    before or after it ("وقال إن القطاع يشكو على حد توصيفه صعوبات كبيرة في التمويل", "وتشمل هذه الاستراتيجية حسب
    قوله تحسين المنتوج", 'يمثل وفق تقديره "عائقا أساسيا"'), or None: not before a comma or the sentence's end, a
    word with و/ف or one that opens a new clause ("… حسب قولها وأوضحت", "… على حد تعبيره في إشارة إلى …", "… كما
    لم يتم"), when or where it was said, nor before what says only where, to whom or when ("… حسب قوله لوكالة
    الأنباء الرسمية.": the tail's own; session 35)."""
    folded = f.folded
    j = item.phrase_end
    while j < len(folded) and folded[j] in " \t\u00a0" + "".join(_OPENING_MARKS):
        j += 1
    m = _AS_WORD_AT.match(folded, j)
    if m is None:
        return None
    w = m.group()
    if w[:1] in "وف" or w in _NEW_CLAUSE or w in _AFTER_BARE_TAIL or w in _TIME_WORDS or f.lex.is_comp(w) \
            or w in f.lex.cues:
        return None
    if (w[:1] == "ل" and len(w) > 2) or w in _TAIL_PLACES:
        _, s_end = f.sentence_bounds(item.start, lo, hi)
        if _said_tail(f, item.phrase_end, s_end):
            return None  # (to whom or where it was said)
    return j


#: Documents that are the outlet's own account after a trailing source phrase ("… حسب بلاغ للداخلية", "… وفق نص
#: البيان"; ``outlet_documents``), with the words that may come before them ("وفق ذات البيان").
_OUTLET_DOCUMENTS = word_set("outlet_documents")
#: "The text of" a document ("وفق نص البيان"): skipped before it to the document, the speaker (``document_texts``).
_DOCUMENT_TEXTS = word_set("document_texts")
_OUTLET_DOCUMENT_PREFIXES = ("ال", "لل", "ل")
#: A reporter's head noun ("مراسلنا بالجهة", typed a person: the outlet's own).
_REPORTER_HEADS = word_set("reporter_heads")


def _outlet_trail(f: _Finder, it: _Item, quotes: list[Quotation], lo: int, hi: int) -> bool:
    """Is a source phrase with no comma before it the outlet's account of the clause it ends: its speaker an outlet
    or a reporter, or an issued document ("… فيما تتواصل الأبحاث حسب مراسل الجوهرة "اف ام".", "… حسب بلاغ
    للداخلية", "… وفق نص البيان"), followed only by where, to whom or when it was said, outside any quotation?  Then
    a claim before it ends there (not a speaker's own evidence: "… بحسب الأرقام المسجلة", "… وفق النتائج النهائية")."""
    if it.kind != "source" or it.source is None or it.pronoun:
        return False
    folded = f.folded
    cue_start = it.start - len(it.pre)
    if any(q.open < cue_start < q.close for q in quotes):
        return False  # (the speaker's own words cite it: '"… حسب ما أكدت عليه منظمة الصحة العالمية …"')
    if it.source.type != "media" and folded[it.source.start:it.source.end].split(" ", 1)[0] not in _REPORTER_HEADS:
        toks = [t.text for t in words(folded, it.end, min(it.phrase_end, it.end + 80))[:3]]
        if toks and toks[0] in _SAME_WORDS:
            toks = toks[1:]  # "وفق ذات البيان"
        if not toks:
            return False
        w = toks[0]
        if w not in _DOCUMENT_TEXTS and not any(w == d or (w.startswith(p) and w[len(p):] == d)
                                                for d in _OUTLET_DOCUMENTS for p in ("", *_OUTLET_DOCUMENT_PREFIXES)):
            return False
    _, s_end = f.sentence_bounds(it.start, lo, hi)
    return not folded[it.phrase_end:s_end].strip(TRAILING + _CLOSING_MARKS) or _said_tail(f, it.phrase_end, s_end)


#: Where a post is written (``posted_on``: "منصة", "تويتر", "صفحته"): with one of them (or a `said_in` noun: "تغريدة")
#: between it and its complementizer or colon, a verb of ``posting_verbs`` (كتب) is a reporting verb.
_POSTED_ON = word_set("posted_on")
_POSTING_VERBS = word_set("posting_verbs")
#: Most words between a verb of posting (نشر, دوّن) and where it was posted ("ونشر المحامي أمين سيدهم على صفحته").
_POSTED_REACH = 7
#: Words before نشر that make it a passive or a verbal noun (``not_posters``: "الذي لم يتم نشر اسمه", "بعد نشر").
_NOT_POSTERS = word_set("not_posters")

#: The forms of نقل after a source phrase's "ما" ("بحسب ما نقلته صحيفة "عكاظ" عن مصدر …", "حسبما نقلت قناة … عن").
_RELAY_FORMS = frozenset(["نقل", "نقلت", "نقله", "نقلته", "نقلها", "نقلتها", "نقلوه", "نقلوا"])

#: Words that open a clause of its own before a verb with a claim of its own (``contrast_links``).
_CONTRAST_LINKS = word_set("contrast_links")


def _contrast_link(folded: str, start: int) -> int | None:
    """The start of "فيما", "بينما", "في حين", "كما" … right before the verb at ``start`` ("…، فيما أكدت مصادر أخرى
    سقوط …", "في حين يتوقع صندوق النقد الدولي أن …", "وهدد بالانتحار كما أكد أنه …"): the claim before ends there;
    None when none is."""
    lo = max(0, start - 24)
    ws = [(m.start(), m.group()) for m in _WORD.finditer(folded, lo, start)]
    if not ws or ws[-1][0] + len(ws[-1][1]) == start:
        return None
    for n in (3, 2, 1):
        if len(ws) > n or (len(ws) == n and lo == 0):  # (a whole word first: not the end of "حكما")
            if " ".join(w for _, w in ws[-n:]) in _CONTRAST_LINKS:
                return ws[-n][0]
    return None


_WORD = re.compile(r"\S+")


#: Subjects that name some of the people a report before told of (``report_remainders``: "البقية", "جميعهم", "الثاني").
_REMAINDERS = word_set("report_remainders")


def _others_of_report(folded: str, end: int) -> bool:
    """Is the subject right after a verb at ``end`` some of the people the claim before told of ("أنه بالتحري معهم،
    تبين أن عنصرين منهم … وهما من غينيا، فيما صرح البقية بأن …", "كما إعترف جميعهم بأنّهم …"): the claim goes on?"""
    nxt = folded[end:end + 24].split(None, 1)
    return bool(nxt) and nxt[0] in _REMAINDERS


def _one_verb_before(f: _Finder, hits: list[tuple[int, int, str, Cue]], link: int, lo: int, hi: int) -> bool:
    """Is no reporting verb before ``link`` in its sentence, but its first, written without و/ف: the claim the link
    ends is the sentence's own, not a report inside another's ("وأكدت الوزارة أنهم … وأن 3 منهم صرّحوا بأنهم من
    السنيغال، في حين صرح إثنان …" is all the ministry's)?"""
    s_start, _ = f.sentence_bounds(link, lo, hi)
    verbs = [(s, pre) for s, _, pre, cue in hits if s_start <= s < link and cue.kind in ("past", "present")]
    # (a verb joined by و/ف is the sentence's next verb, not a report inside the first's claim: "وكشفت الشرطة أن …،
    # وأكدت أنها …، بينما ذكرت وسائل إعلام أن …")
    return not any(not pre for _, pre in verbs[1:])


#: The cue of a headline's claim: its colon ("الحرشاني : وزارة الدفاع تتجه نحو …").
_COLON_CUE = Cue(":", "phrase")
#: Most words of a headline's speaker before its colon ("وزير الخارجية الأمريكي ريكس تيلرسون").
_COLON_SPEAKER_WORDS = 6
#: Most characters of a headline's speaker before its colon (six long words).
_COLON_SPEAKER_CHARS = 160
#: Fewest words of a headline's claim after its colon ("الشاهد: لا تراجع عن الإصلاحات").
_COLON_CLAIM_WORDS = 3
_COLON_CHARS = ":："
_COLONS = re.compile(f"[{_COLON_CHARS}]")


def _has_colon(text: str, lo: int, hi: int) -> bool:
    """Is there a colon in ``text[lo:hi]`` (as ``_COLONS.search``; ``str.find`` reads a long region faster)?"""
    return any(text.find(colon, lo, hi) != -1 for colon in _COLON_CHARS)


_ARABIC_WORD = re.compile("[\u0621-\u064a]{2}")


#: The marks that open a quotation, and what may stand between a verb and the quotation it opens.
_OPENING_MARKS = frozenset('"«“')
#: The marks that close a name or a quotation, left after a speaker ('وفق ما أوردته "فرانس2".').
_CLOSING_MARKS = '"»”'
_COLON_SPACES = " \t\u00a0:"


def _open_quotations(f: _Finder, quotes: list[Quotation], hits: list[tuple[int, int, str, Cue]], lo: int,
                     hi: int) -> list[Quotation]:
    """The quotations a reporting verb opens right after it (spaces and a colon between) that no mark of the
    paragraph closes ('، قائلا "لا وجود لانتخابات سياسية وأخرى غير سياسية، وفق تعبيره.', 'وتابع "محمد الفاضل خليل
    عرفته عن قرب …'): the verb's words run to the end of the sentence, or to the next cue after a comma there
    ("، وفق تعبيره", "، مضيفا أن …"), which then gives the same words to the same speaker."""
    folded = f.folded
    paired = {q.open for q in quotes} | {q.close for q in quotes}
    cue_starts = sorted(s - len(pre or "") for s, _, pre, _ in hits)
    out: list[Quotation] = []
    for _, e, _, cue in hits:
        if cue.kind == "phrase":
            continue
        j = e
        while j < min(hi, e + 3) and folded[j] in _COLON_SPACES:
            j += 1
        if j >= hi or folded[j] not in _OPENING_MARKS or j in paired:
            continue
        _, end = f.sentence_bounds(j, lo, hi)
        for c in cue_starts[bisect_right(cue_starts, j):]:
            if c >= end:
                break
            k = c - 1
            while k > j and folded[k].isspace():
                k -= 1
            if folded[k] in COMMAS:
                end = k
                break
        cs, ce = trim(folded, j + 1, end)
        toks = words(folded, cs, ce)
        if len(toks) < f.min_quote_words or f.lex.is_comp(toks[0].text) or any(t.text in MARKS for t in toks) \
                or any(f.lex.is_comp(b.text) and a.text in COMMAS for a, b in pairwise(toks)):
            # (a claim that opens with its complementizer stays indirect: 'التي قال "إنها مفتوحة …'; a stray mark
            # before the speaker is no quotation: 'وقال "الجهاز المركزي للإحصاء في بيان صحافي، إن هناك …')
            continue
        out.append(Quotation(j, ce, sum(t.is_word for t in toks)))
    return out


def _unquoted(folded: str, cs: int, ce: int) -> tuple[int, int]:
    """``[cs, ce)`` without the quotation marks around all of it ('"نتألم لما يحدث في سوريا"', "«…»"): a quotation
    that is the whole of a headline's claim; as it is when the marks are not a pair of their own ('"تونس" هي …')."""
    if ce - cs < 3 or folded[cs] not in _OPENING_MARKS or folded[ce - 1] != _CLOSER.get(folded[cs], folded[cs]):
        return cs, ce
    if any(ch in MARKS for ch in folded[cs + 1:ce - 1]):
        return cs, ce
    return trim(folded, cs + 1, ce - 1)


_CLOSER = {"«": "»", "“": "”"}


def _colon_claims(f: _Finder, lo: int, hi: int) -> list[tuple[int, int, _Item, Source | None]]:
    """Headlines that name a speaker and a colon and no verb: "الحرشاني : وزارة الدفاع تتجه نحو …",
    "وزير الداخلية: …", "رويترز: …" are the speaker's claims (``direct``, the colon as the cue).  The
    words before the colon, from the start of the line or sentence, are all the speaker: a person,
    organisation, group or outlet (not a place: "سوسة : …" is a dateline; not a topic: "كرة اليد : …",
    "فيديو : …"; not an unnamed source alone: "المصدر : وات" credits the agency), and at least
    :data:`_COLON_CLAIM_WORDS` words follow it to the end of the line or sentence."""
    folded = f.folded
    found: list[tuple[int, int, _Item, Source | None]] = []
    roster = f.roster
    for m in _COLONS.finditer(folded, lo, hi):
        colon = m.start()
        if roster and any(a <= colon < b for a, b in roster):
            continue  # a list of who persons are, one per line ("مارين لوبان : زعيمة حزب الجبهة الوطنية")
        s_start, s_end = f.sentence_bounds(colon, lo, hi)
        # (a line break further back than a speaker's length leaves too many characters before the colon)
        line = folded.rfind("\n", max(s_start, colon - _COLON_SPEAKER_CHARS - 1), colon) + 1 or s_start
        if colon - max(s_start, line) > _COLON_SPEAKER_CHARS:
            continue  # more than a speaker's words before the colon (and a long page stays linear)
        zone = _after_label(words(folded, max(s_start, line), colon))
        if zone and signs_colon(folded, zone[0].start, colon):
            continue  # "دمشق - سانا: استشهد مدنيان …": the dateline's colon
        cut = dateline_end(folded, zone[0].start, colon, True, f.places) if zone else 0
        if zone and cut > zone[0].start:  # "الجزيرة مباشر - عاجل: المتحدث باسم … أبو عبيدة: …" (session 30)
            signed = place_signature(folded, zone[0].start, colon, f.places)
            zone = _after_label([t for t in zone if t.start >= cut])
            if signed and zone and zone[0].is_word and f.lex.head(zone[0].text) not in ("organisation", "person"):
                continue  # "الخرطوم - سودان تريبيون: اتهمت …": the outlet that signs the place's dateline
        dots = next((k for k in range(len(zone) - 1, 0, -1) if zone[k].text == "…"
                     or (zone[k].text == "." and zone[k - 1].text == ".")), None)
        if dots is not None:  # "الحوثيون يعلنون استهداف سفينة … بصاروخين.. والقيادة المركزية الأمريكية: …"
            zone = zone[dots + 1:]  # a headline's second part, its own speaker after the dots
        if dots is not None or folded[max(lo, (zone[0].start if zone else colon) - 3):colon][:3].strip() in ("..", "…"):
            zone = _unjoined(zone, f.lex)
        while zone and not zone[0].is_word and zone[0].text not in MARKS:
            zone = zone[1:]
        told_at = _outlet_at(zone)  # (the outlet it spoke to counts apart and may hold a digit: "لفرانس 24")
        if not zone or sum(t.is_word for t in zone[:told_at]) > _COLON_SPEAKER_WORDS \
                or any(t.text[0].isdigit() for t in zone[:told_at]):
            continue
        src = speaker_after(zone, folded, f.mentions, f.lex, fallback=False)
        told = src is not None and src.end < zone[-1].start and _to_outlet(f, src, zone)
        if told and src is not None:
            zone = [t for t in zone if t.end <= src.end]  # "مصدر عسكري للعربية: …": the outlet it spoke to
        elif src is not None and src.type in ("organisation", "group") and src.end < zone[-1].start \
                and (rest := [t for t in zone if t.start >= src.end])[0].text == "في" and _of_place(f, rest):
            # "وزارة الصحة في غزة: …": where it stands, written with في (session 31b; "مستشفى فرحات حشاد بسوسة : وضعوا
            # الرضيع …" names the topic, held-out 6753)
            zone = [t for t in zone if t.end <= src.end]
        if src is None and len(zone) == 1:
            src = _surname_speaker(f, zone[0])  # "الحرشاني : …" of "فرحات الحرشاني" in the article
        if src is None or src.end < zone[-1].start or (src.start > zone[0].end and not _titled_name(f, zone, src)):
            continue  # the speaker is not all of what comes before the colon (but a role before a name)
        # (one word of an unnamed source speaks when it spoke to an outlet: "مصادر لسكاي نيوز عربية: …")
        if (src.type == "anonymous" and len(zone) < 2 and not told) or zone[0].text in _HEADLINE_TOPICS:
            continue
        # an entity speaks when it is a person or an organisation by its head noun ("وزارة الفلاحة : …") or an
        # institution named alone ("الأمم المتحدة: …", "موديز: …", "اليونيسف: …"; session 33b); not a place (a
        # dateline: "سوسة : …") nor a club, festival or tournament named as the topic
        # ("النادي الصفاقسي : الهيئة تقرر …")
        if src.layer == "entities" and (f.is_place(src) or (
                src.type == "organisation" and f.lex.head(zone[0].text) not in ("organisation", "person", "media")
                and not _named_institution(zone))):
            continue
        end = folded.find("\n", colon, s_end)
        end = s_end if end == -1 else end
        cs, ce = trim(folded, colon + 1, end)
        cs, ce = _unquoted(folded, cs, ce)  # ("- الغنوشي: «…»": the words, as after a verb)
        if count_words(folded, cs, ce, _COLON_CLAIM_WORDS) < _COLON_CLAIM_WORDS or "http" in folded[cs:ce] \
                or _ARABIC_WORD.search(folded, cs, ce) is None or _labels_list(folded, cs, ce):
            continue
        first = folded[cs:ce].split(" ", 1)[0]
        if first in nisba_adjectives() or (first.endswith("ه") and first[:-1] in nisba_adjectives()):
            continue  # "طارق الزمر: مصري يقيم في قطر، …": a list of persons and who they are
        item = _Item(colon, colon + 1, _COLON_CUE, "", "colon", [])
        found.append((cs, ce, item, src))
    return found


#: The cue of a headline's trailing speaker after a dash ("ارتفاع حصيلة ضحايا الزلزال إلى 2946 قتيلا – وزارة الداخلية").
_DASH_CUE = Cue("-", "phrase")
#: A dash with a space on each side, the last of its line, and what follows it to the line's end (a period allowed).
_TRAILING_DASH = re.compile(r"[ \t\u00a0][-–—][ \t\u00a0]++([^\n\-–—:.!؟?]+?)[ \t\u00a0.]*(?=\n|$)")
#: Most characters of a headline before its trailing speaker (a body paragraph's line is no headline).
_DASH_HEADLINE_CHARS = 240


def _unjoined(zone: list[Tok], lex: Lexicon) -> list[Tok]:
    """``zone`` with the و that joins its first word to what came before left out ("والقيادة المركزية" →
    "القيادة المركزية", "ووزارة الداخلية"; not the و of "وزير")."""
    w = zone[0].text if zone and zone[0].is_word else ""
    if w.startswith("و") and len(w) > 3 and (w.startswith("وال") or (lex.head(w[1:]) and not lex.head(w))):
        first = zone[0]
        return [Tok(first.start + 1, first.end, first.text[1:]), *zone[1:]]
    return zone


@cache
def _institution_names() -> frozenset[str]:
    """The lookup keys of the institutions a headline names alone, with no head noun, that speak: ``attribution.yaml``'s
    ``headline_institutions`` ("اليونيسف", "ناسا") and the entities layer's known organisations and rating agencies
    (``ner/rules.yaml``: "الأمم المتحدة", "صندوق النقد الدولي", "موديز"), but a club among them, whose first word is
    the head of a club's or a stadium's name and no ordinary word ("الملعب التونسي", "سكك الحديد الصفاقسي"; not
    "اتحاد" nor "هلال": "الاتحاد الأوروبي", "الهلال الأحمر") or whose words hold a club's nisba or word."""
    from ..entities.rulewords import RULES_FILE, RULES_SCHEMA  # (the entities layer's resources, read as they are)

    rules = load_resource(RULES_FILE, RULES_SCHEMA)
    heads = {lookup_key(w) for w in (*rules["club_heads"], *rules["club_town_heads"], *rules["stadium_heads"])}
    heads -= {lookup_key(w) for w in rules["club_town_heads_ambiguous"]}
    club = {lookup_key(w) for w in (*rules["club_nisbas"], *rules["club_words"])}
    out = set(word_set("headline_institutions"))
    for name in (*rules["known_orgs"], *rules["rating_agencies"]):
        key = lookup_key(name)
        ws = key.split()
        if (ws[0][2:] if ws[0].startswith("ال") else ws[0]) not in heads and not club.intersection(ws):
            out.add(key)
    return frozenset(out)


def _named_institution(zone: list[Tok]) -> bool:
    """Are the words of ``zone`` (a headline's speaker, all of it) an institution named alone
    (:func:`_institution_names`: "الأمم المتحدة", "اليونيسف", "فيتش رايتينغ"; not "النادي الصفاقسي", "الفسباكو")?"""
    return len(zone) <= _COLON_SPEAKER_WORDS and " ".join(_key(t.text) for t in zone) in _institution_names()


def _of_place(f: _Finder, rest: list[Tok]) -> bool:
    """Are ``rest`` "في" or "ب" and a place the entities layer reads ("في غزة", "بولاية الخرطوم")?"""
    if not rest:
        return False
    if rest[0].text == "في":
        rest = rest[1:]
    elif rest[0].text.startswith("ب") and len(rest[0].text) > 2:
        rest = [Tok(rest[0].start + 1, rest[0].end, rest[0].text[1:]), *rest[1:]]
    else:
        return False
    return bool(rest) and any(a <= rest[0].start and rest[-1].end <= b for a, b in f.places)


def _dash_claims(f: _Finder, lo: int, hi: int) -> list[tuple[int, int, _Item, Source | None]]:
    """A headline whose speaker follows it after a dash, at its line's end ("ارتفاع حصيلة ضحايا زلزال المغرب إلى
    2946 قتيلا – وزارة الداخلية", "… - المتحدث باسم الجيش"): the headline is the speaker's claim (``source``, the
    dash as the cue).  Only a speaker that is all the words after the dash (a person or role, an institution, a
    group, an outlet, an unnamed source of two words or more), never a place or a date ("… - غزة", "… - 10 مارس");
    the headline has at least :data:`_COLON_CLAIM_WORDS` words, no sentence end, colon or quotation mark, and
    follows a line break or starts the region (session 30)."""
    folded = f.folded
    found: list[tuple[int, int, _Item, Source | None]] = []
    for m in _TRAILING_DASH.finditer(folded, lo, hi):
        dash = m.start() + 1
        line = max(lo, folded.rfind("\n", lo, dash) + 1)
        if dash - line > _DASH_HEADLINE_CHARS or any(ch in folded[line:dash] for ch in ".!؟?:\"«»“”"):
            continue
        zone = words(folded, m.start(1), m.end(1))
        if not zone or sum(t.is_word for t in zone) > _COLON_SPEAKER_WORDS or any(t.text[0].isdigit() for t in zone):
            continue
        src = speaker_after(zone, folded, f.mentions, f.lex, fallback=False)
        if src is not None and src.end < zone[-1].start and _of_place(f, [t for t in zone if t.start >= src.end]):
            zone = [t for t in zone if t.end <= src.end]  # "… — الدفاع المدني في غزة": where it is
        if src is None or src.start > zone[0].end or src.end < zone[-1].start or f.is_place(src) \
                or (src.type == "anonymous" and len(zone) < 2) or zone[0].text in _HEADLINE_TOPICS \
                or any(src.start < b and a < src.end for a, b in f.dated):
            continue
        if src.layer == "entities" and src.type == "organisation" \
                and f.lex.head(zone[0].text) not in ("organisation", "person", "media") \
                and not _named_institution(zone):
            continue  # (a club or a festival the tagger calls an organisation; not "… - الأمم المتحدة")
        head = _after_label(words(folded, line, dash))
        while head and not head[0].is_word:
            head = head[1:]
        if not head:
            continue
        cs = dateline_end(folded, head[0].start, dash, True, f.places)
        cs, ce = trim(folded, cs, dash)
        if count_words(folded, cs, ce, _COLON_CLAIM_WORDS) < _COLON_CLAIM_WORDS or _ARABIC_WORD.search(folded, cs, ce) \
                is None:
            continue
        item = _Item(dash, dash + 1, _DASH_CUE, "", "source", [], phrase_end=src.end)
        found.append((cs, ce, item, src))
    return found


#: The first words of what a roster says a person is, besides a person's head noun or a nationality ("مرشح حزب
#: الجمهوريون", "حزب "انهضي فرنسا"", from attribution.yaml), and the fewest lines of colons that make a roster.
_ROSTER_ROLES = word_set("roster_roles")
_ROSTER_LINES = 3
_LINE = re.compile(r"[^\n]+")


def _roster_lines(f: _Finder, lo: int, hi: int) -> list[tuple[int, int]]:
    """The lines of ``[lo, hi)`` that are a roster: at least :data:`_ROSTER_LINES` lines in a row with a name or
    a few words and a colon at their start, half of them or more saying after it who the one named is by a role or
    a nationality with no verb before it ("مارين لوبان : زعيمة حزب الجبهة الوطنية" ¶ "فرانسوا فيون : مرشح حزب
    الجمهوريون" ¶ …: not claims).  Spans in folded offsets."""
    folded = f.folded
    runs: list[list[tuple[int, int, bool]]] = [[]]
    for m in _LINE.finditer(folded, lo, hi):
        a, b = m.span()
        if not folded[a:b].strip():
            continue
        c = _COLONS.search(folded, a, min(b, a + _COLON_SPEAKER_CHARS))
        head = words(folded, a, c.start()) if c is not None else []
        if c is None or not any(t.is_word for t in head) or len(head) > _COLON_SPEAKER_WORDS:
            if runs[-1]:
                runs.append([])
            continue
        after = [t for t in words(folded, c.end(), min(b, c.end() + 40)) if t.is_word]
        first = after[0].text if after else ""
        bare = first[2:] if first.startswith("ال") else first
        nisba = first in nisba_adjectives() or (first.endswith("ه") and first[:-1] in nisba_adjectives())
        runs[-1].append((a, b, bool(first) and (first in _ROSTER_ROLES or f.lex.head(bare) == "person" or nisba)))
    out: list[tuple[int, int]] = []
    for run in runs:
        if len(run) >= _ROSTER_LINES and 2 * sum(r[2] for r in run) >= len(run):
            out.extend((a, b) for a, b, _ in run)
    return out


_BREAKING_LABELS = word_set("breaking_labels")
_RELATIONAL_HEADS = word_set("relational_heads")
#: Most words of the outlet a headline's speaker spoke to ("لسكاي نيوز عربية", "لوكالة رويترز", لـ"بي بي سي عربي")
_OUTLET_WORDS = 4
#: The preposition ل written apart from the outlet's name: "لـ" and "للـ" (folded without the tatweel).
_LAM_ALONE = frozenset(("ل", "لل"))


def _outlet_at(zone: list[Tok]) -> int:
    """The index in ``zone`` of the ل that may open the outlet a headline's speaker spoke to, among its last
    :data:`_OUTLET_WORDS` + 1 words ('وزير الخارجية السعودي لـ"العربية"', 'نتنياهو لـ"سي إن إن"', "لفرانس 24"):
    those words count apart from the speaker's (:func:`_to_outlet` says later whether they are an outlet);
    ``len(zone)`` when none may."""
    seen = 0
    for k in range(len(zone) - 1, 0, -1):
        if not zone[k].is_word:
            continue
        seen += 1
        if seen > _OUTLET_WORDS + 1:
            break
        if zone[k].text.startswith("ل") and not zone[k].text.startswith("لا"):
            return k
    return len(zone)


def _surname_speaker(f: _Finder, tok: Tok) -> Source | None:
    """A headline's speaker named by the surname alone, the tagger's person named in full elsewhere in the document
    ("الحرشاني : وزارة الدفاع تتجه نحو …" with "وزير الدفاع فرحات الحرشاني" in the body; "الحوثي: …" with "عبد
    الملك الحوثي"): a definite word, the last word of a PER of two words or more; None otherwise (a club, "الإفريقي :
    …", is no one's surname)."""
    word = tok.text
    if not tok.is_word or not word.startswith("ال") or len(word) < 5:
        return None
    if any(start != tok.start for start in f.person_surnames.get(word, ())):
        return Source(tok.start, tok.end, "phrase", "person")
    return None


def _to_outlet(f: _Finder, src: Source, zone: list[Tok]) -> bool:
    """Are the words after a headline's speaker the outlet it spoke to, with ل: a named outlet or a media
    head and its name ("مصدر عسكري للعربية: …", "مسؤول إسرائيلي لرويترز: …", "مصدر أمني لـ #الجزيرة: …",
    "مصدر حكومي لصحيفة الشروق: …")?  Only an unnamed source or a role speaks so (pan-Arab posts, session 26)."""
    if src.type not in ("anonymous", "person"):
        return False
    rest = [t for t in zone if t.start >= src.end and t.is_word]
    if not rest or len(rest) > _OUTLET_WORDS + 1 or not rest[0].text.startswith("ل"):
        return False
    first = rest[0].text[1:] if rest[0].text not in _LAM_ALONE else ""
    if not first:  # "لـ #الجزيرة", "ل رويترز", 'للـ"بي بي سي"': the preposition on its own
        rest = rest[1:]
        if not rest or len(rest) > _OUTLET_WORDS:
            return False
        first = rest[0].text
    if first.startswith("ل") and not first.startswith("ال"):  # "للعربية": ل + العربية
        first = "ا" + first
    if f.lex.head(first) == "media":
        return True
    name = " ".join([first, *(t.text for t in rest[1:])])
    return f.lex.media(name, 0, len(name), whole=True) is not None


def _titled_name(f: _Finder, zone: list[Tok], src: Source) -> bool:
    """Is the speaker a person's name after their role, the role all the other words before the colon
    ("الرئيس الفرنسي إيمانويل ماكرون: «…»", "النائب عماد اولاد جبريل : …")?  Not someone's relative
    ("والد مارين لوبان"), not a name after a preposition ("مساعد سابق لأسامة بن لادن") nor in construct
    with a bare head ("رئيس الهلال الأحمر": the name is what he heads)."""
    if src.layer != "entities" or src.type != "person" or f.lex.head(zone[0].text) != "person":
        return False
    if not f.folded[src.start - 1].isspace():
        return False
    before = [t for t in zone if t.end <= src.start]
    if any(_key(t.text) in _RELATIONAL_HEADS for t in before):
        return False
    return len(before) > 1 or before[0].text.startswith("ال")


def _after_label(zone: list[Tok]) -> list[Tok]:
    """``zone`` after a post's labels: hashtags, emoji and marks, and a label word set off by a mark
    ("#عاجل 🔴 الرئاسة الفلسطينية", "عاجل | وزارة الصحة", "عاجل: وزارة الصحة"); ``zone`` when none."""
    k, n = 0, len(zone)
    while k < n:
        tok = zone[k]
        if not tok.is_word:
            if tok.text in MARKS:
                break
            k += 1
            continue
        hashtag = k > 0 and zone[k - 1].text == "#" and zone[k - 1].end == tok.start
        label = _key(tok.text) in _BREAKING_LABELS or "_" in tok.text
        if k + 1 < n and (hashtag or (label and not zone[k + 1].is_word and zone[k + 1].text not in MARKS)):
            k += 1
            continue
        break
    return zone[k:] if k < n else zone


#: Most words before a second colon that make a headline's claim a labelled list.
_LABEL_WORDS = 2


def _labels_list(folded: str, cs: int, ce: int) -> bool:
    """Is a claim after a colon a labelled list, with a colon of its own after a word or two
    ("الأولمبي الباجي : الإنتدابات : حسام الطبوبي – …", "الترتيب : النقاط : …")?"""
    colon = _COLONS.search(folded, cs, ce)
    return colon is not None and count_words(folded, cs, colon.start(), _LABEL_WORDS + 1) <= _LABEL_WORDS


def find_claims(doc: Document, lex: Lexicon | None = None, *, carry_sentences: int = 3, min_quote_words: int = 3,
                max_gap: int = 25) -> list[QuoteSpan]:
    """The attributed claims of ``doc``'s extraction regions, in text order."""
    lex = lex or lexicon()
    f = _Finder(doc, lex, carry_sentences=carry_sentences, min_quote_words=min_quote_words, max_gap=max_gap)
    folded = f.folded
    out: list[QuoteSpan] = []
    last: _Last | None = None
    part = None
    part_lo = 0
    # speech verbs and acts whose subject the next region with a cue may carry, with their region's bounds (None: the
    # acts of a whole cue-less region, found only then)
    pending: list[tuple[tuple[int, int, bool] | None, int, int]] = []
    # the folded spans of the ORGs: a cue word inside one is part of its name ("شركة نقل تونس": نقل is no "reported")
    orgs = sorted(doc.to_normalized(e.start, e.end) for e in doc.entities
                  if isinstance(e, EntitySpan) and e.label == "ORG")
    org_starts = [o[0] for o in orgs]
    for region in doc.extraction_regions():
        lo, hi = doc.to_normalized(region.start, region.end)
        if region.part != part:
            part, last = region.part, None
            pending.clear()
            part_lo = lo
        hits = []
        events_items: dict[int, _Item] = {}
        for m in lex.cue_re.finditer(folded, lo, hi):
            name = "cue" if m.group("cue") is not None else "att"
            s, e = m.span(name)
            if name == "att":
                e = m.end()
                key = " ".join(folded[s:e].split())
            else:
                key = " ".join(m.group(name).split())
            cue = lex.cues.get(key)
            if cue is not None and not (key in _NAMED_FOLDED and _named(doc, s, e)) \
                    and not (cue.kind == "participle" and _role_in_construct(f, key, e)) \
                    and not (cue.kind == "participle" and not m.group("pre") and _adjective_reading(folded, s, e)) \
                    and not _in_org(orgs, org_starts, s - len(m.group("pre") or ""), e) \
                    and not (cue.kind == "past" and not m.group("pre") and _after_verbal_noun_head(folded, s)) \
                    and not (not m.group("pre") and _no_verb_reading(folded, s, e, key)) \
                    and not (cue.posted and not f.posted_verb(s - len(m.group("pre") or ""), e,
                                                              f.sentence_bounds(s, lo, hi)[1])):
                # (a verb of posting only with where it was posted: "ونشر المحامي … على صفحته "…"", not "نشرت
                # الوزارة بيانا", "دون أن")
                if cue.events_only:  # "وتحدث المرصد عن مقتل …": a cue only with its claim (session 30b)
                    reported = f.masdar_item(s, e, m.group("pre") or "", cue, lo, hi)
                    if reported is None:
                        continue
                    events_items[s] = reported
                hits.append((s, e, m.group("pre"), cue))
        colon = _colon_claims(f, lo, hi) if _has_colon(folded, lo, hi) else []
        if any(folded.find(dash, lo, hi) != -1 for dash in "-–—"):
            colon = sorted([*colon, *_dash_claims(f, lo, hi)], key=lambda c: c[0])
        if not hits:  # no cue, no claim but a headline's: the region's quotation marks need not be read
            out.extend(_span(doc, cs, ce, it, _after_lam(f, src), region.part) for cs, ce, it, src in colon)
            # a speech act's subject speaks the claims of the paragraphs after it ("دعت المحكمة العليا إلى …" ¶
            # "وأضافت أن …"): read when a later region has a cue (no speaker is indexed for a cue-less article)
            pending.append((None, lo, hi))
            continue
        for act, act_lo, act_hi in pending:
            for one in f.speech_acts(act_lo, act_hi)[0] if act is None else (act,):
                last = _named_speaker(f, one, last, act_lo, act_hi)
        pending.clear()
        quotes = find_quotations(folded, lo, hi)
        if any(folded[e:e + 3].lstrip(_COLON_SPACES)[:1] in _OPENING_MARKS for _, e, _, _ in hits):
            quotes = sorted([*quotes, *_open_quotations(f, quotes, hits, lo, hi)], key=lambda q: q.open)
        quotes_at = {q.open: q for q in quotes}
        # (not an ambiguous cue's without و/ف: "وأكد الاتفاق الموقع بين البلدين أن …" is أكد's claim)
        cue_starts = {s for s, _, pre, cue in hits if cue.kind != "phrase" and (pre or not cue.ambiguous)}
        # with a verb's word start when a conjunction is attached ("وأضاف"): after a quotation, such a
        # verb takes the complementizer that follows (not a participle: "ومقره" is "and its seat"
        # far more often than "ومقرة")
        next_cues = cue_starts | {s - len(pre) for s, _, pre, cue in hits if cue.kind in ("past", "present")}
        # the word starts of the past verbs joined by و/ف, with the words before them that a verb
        # before them left (see :meth:`_Finder.anchor`)
        shared: dict[int, list[Tok]] = {s - len(pre): [] for s, _, pre, cue in hits
                                         if cue.kind == "past" and pre and not cue.ambiguous}
        items: list[_Item] = []
        for s, e, pre, cue in hits:
            if cue.events_only:
                item = events_items.get(s)
            elif cue.kind == "phrase":
                item = f.phrase_item(s, e, pre, cue, lo, hi)
            else:
                item = f.anchor(s, e, pre, cue, lo, hi, quotes_at, cue_starts, next_cues, shared)
                if item is not None and folded[s:e] in lex.impersonal and not _names_speaker(f, item):
                    item = None  # "يذكر أن", "وقد تبين لاحقا أنه": the outlet's own background
                if item is None and not pre and cue.kind in ("past", "present"):
                    item = _post_posed(f, s, e, cue, quotes, lo, hi)
                if item is None and cue.kind in ("past", "present") and _lemma_key(cue.lemma) in _MASDAR_VERBS:
                    item = f.masdar_item(s, e, pre, cue, lo, hi)
                if item is None and cue.kind in ("past", "present") and _lemma_key(cue.lemma) in _ACCUSATION_VERBS:
                    item = f.accusation_item(s, e, pre, cue, lo, hi)
                if item is None and cue.kind == "past" and not pre:
                    item = _as_said(f, s, lo, hi)
            if item is not None:
                items.append(item)
        items = _merge_phrases(items, f)
        for it in items:
            it.trails = _outlet_trail(f, it, quotes, lo, hi)
        item_starts = {it.start for it in items}
        hit_starts = {s - len(pre) for s, _, pre, _ in hits} | set(f.speech_acts(lo, hi)[1])
        # a speaker's own tail inside the claim, not before another cue ("…، حسب توصيفه، صعوبات كبيرة …")
        mid_tails = {id(it) for it in items if it.kind == "source"
                     and (nxt := _mid_tail_next(f, it, lo, hi)) is not None and nxt not in hit_starts}
        stops = sorted([it.start - len(it.pre) for it in items if _is_stop(it, folded) and id(it) not in mid_tails]
                       + [link for it in items if not it.pre and it.kind != "source"
                          and (link := _contrast_link(folded, it.start)) is not None
                          and _one_verb_before(f, hits, link, lo, hi) and not _others_of_report(folded, it.end)]
                       + [s - len(pre) for s, _, pre, cue in hits
                          if s not in item_starts and _verb_after_comma(folded, s, pre, cue)]
                       + [s for s in f.speech_acts(lo, hi)[1] if _after_comma(folded, s)])
        # a reporting participle with no clause of its own ends the claim before it ("…، مشيرا إلى سعيهم
        # …"), not the clause a trailing source phrase is attached to ("…، معتبرا إياها تقهقرا، حسب …")
        claim_stops = sorted(stops + [s for s, e, pre, cue in hits
                                      if s not in item_starts and _participle_clause(folded, s, e, pre, cue)])
        # the end of each source phrase by the stop it makes
        phrase_ends = {it.start - len(it.pre): it.phrase_end for it in items if it.kind == "source"}
        claims: list[tuple[int, int, _Item, Source | None]] = list(colon)  # folded content span, item, source
        ends: list[int] = sorted(ce for _, ce, _, _ in colon)  # the claims' content ends, sorted
        taken_quotes = {id(it.quote) for it in items if it.quote is not None}
        # the verbs of speech acts and the speech verbs with no claim of their own, whose subjects are named
        # speakers too: "وتعهد الأسد باستعادة … وقال إن …", "انتقد الإعلامي فلان … وأوضح أن …"
        namers = sorted([(s, e, present) for s, e, present in f.speech_acts(lo, hi)[0]]
                        + [(s, e, cue.kind == "present") for s, e, pre, cue in hits
                           if s not in item_starts and cue.kind in ("past", "present") and not cue.ambiguous])
        k_named = 0
        for it in items:
            while k_named < len(namers) and namers[k_named][0] < it.start:
                last = _named_speaker(f, namers[k_named], last, lo, hi)
                k_named += 1
            src: Source | None = None
            if it.kind == "source":
                if it.source is not None:
                    src = it.source
                elif id(it) in mid_tails and (inside := next(
                        (other for cs, ce, other, _ in claims if cs < it.start < ce and other.kind != "source"),
                        None)) is not None:
                    if inside.tail is None:  # "كما أكد … الذي يشكو، حسب توصيفه، صعوبات كبيرة …": its tail
                        inside.tail = it
                    continue
                elif it.pronoun or it.has_verb:
                    src = _carried_to(f, last, it)
                    number = _pronoun_number(folded, it) if it.pronoun else None
                    if number is not None:
                        src = _of_number(f, src, it, number, lo, hi)
                    elif src is not None and it.pronoun and _many(f, src):
                        src = None  # "وقال ناشطون إن …، حسب قوله": not them
                    elif src is None and it.pronoun:
                        src = _sentence_person(f, it.start, lo, hi)
                # ("…، معتبرا إياها تقهقرا، حسب تعبيره": the speaker's words from the participle on)
                span = _source_content(f, it, lo, hi, claim_stops if it.pronoun else stops, phrase_ends, quotes,
                                       claims, mid=id(it) in mid_tails)
                if span is None:
                    if it.pronoun:  # "…، حسب قوله" after the speaker's own claim: that claim's tail
                        for earlier in _claims_before(folded, it, claims):
                            earlier.tail = it
                    continue
                cs, ce = span
            else:
                if it.source is not None:
                    src = it.source
                elif it.cue.kind != "participle":
                    if _lemma_key(it.cue.lemma) in _OATH_VERBS:  # "وأقسم المتهم بالله أنه …": not by what he swears
                        it.zone = it.zone[:next((k for k, t in enumerate(it.zone) if t.text in _OATHS), len(it.zone))]
                    src = speaker_after(it.zone, folded, f.mentions, lex)
                    if src is not None:
                        # "وأعلنت وزارة الداخلية ووزارة الدفاع أن …"
                        it.co = _joined_after(f, it.zone, src, _agreement(folded, it) in ("dual", "plural"))
                    relayed = None
                    if src is not None and _lemma_key(it.cue.lemma) in _RELAY_VERBS:
                        relayed = _relayed(f, it.zone, src)  # "نقلت وكالة X عن مصدر أمني قوله إن"
                    elif src is not None and _lemma_key(it.cue.lemma) in _LEARN_VERBS and src.type == "media":
                        relayed = _relayed(f, it.zone, src, "من")  # "علمت الجوهرة أف أم من مصدر أمني أن"
                    if relayed is not None:
                        it.via, src = src, relayed  # (the relay kept as ``via``: session 31b)
                    if src is not None and src.layer == "phrase" and src.type == "person":
                        src = _apposed_after(f, it.zone, src) or src
                    if src is not None and _guest(folded, src) and last is not None:
                        src = _guest_named(f, _carried_to(f, last, it)) or src
                if src is None and shared.get(it.start - len(it.pre)):
                    src = speaker_after(shared[it.start - len(it.pre)], folded, f.mentions, lex, fallback=False)
                no_one = False  # an impersonal reading in a relative clause: no speaker, none carried over
                impersonal = False  # an impersonal reading: no gender of its own
                if src is None and it.pre and it.cue.kind == "present" and not it.post_posed \
                        and folded[it.start:it.end] in _IMPERSONAL_READINGS:
                    impersonal = True  # "ويُرجّح أن تكون الوفاة …", "ويتوقع أن يصاب …": no one's words
                if src is None and not it.pre and it.cue.kind in ("past", "present") and not it.post_posed:
                    s_start, _ = f.sentence_bounds(it.start, lo, hi)
                    k = bisect_right(ends, it.start)  # the last claim's end at or before the cue
                    prev_end = max(ends[k - 1], s_start) if k else s_start
                    before = words(folded, max(prev_end, it.start - 200), it.start)
                    verb = folded[it.start:it.end]
                    if verb in _IMPERSONAL_READINGS:
                        # "يرجح أن", "يتوقع أن" with no subject after: "it is likely/expected", no one's words
                        # before ("رفع المخزن الذي يرجح أن يكون …", "موجات جفاف يرجح أنها …")
                        no_one = after_relative(before)
                        impersonal = True
                    elif not (it.cue.kind == "present" and folded[it.start:it.start + 1] == "ن"):
                        # (a verb in the first person has no subject before it: 'ضيف برنامج "بوليتيكا" اليوم "
                        # نعتبر أن …"' is the quoted speaker's "we")
                        src = speaker_before(before, folded, f.mentions, lex, sentence_start=s_start,
                                             agreement=_agreement(folded, it))
                        if src is not None and _agreement(folded, it) in ("dual", "plural"):
                            # "وزارة الأمن الداخلي ومديرية الاستخبارات أعلنتا أن …": both speak
                            src, it.co = _joined_before(f, before, src, s_start)
                if src is None and it.cue.kind == "past" and it.zone and it.zone[0].text in _IN_IT \
                        and not _after_relative_pronoun(folded, it.start - len(it.pre)):
                    src = _sentence_subject(f, it.start, lo, hi)  # "أصدرت الوزارة اليوم بيانا …، أكدت فيه أنه …"
                if src is None and it.cue.kind == "past" and not it.pre and _after_clause_link(folded, it.start) \
                        and (not it.zone or it.zone[0].text in it.cue.preps or it.zone[0].text in lex.zone_cutters):
                    # (not with a subject no list knows after the verb: "، حيث أكدت السلط الجهوية للمحتجين …")
                    # "وكان عماد الطرابلسي استعرض برنامج الوزارة، إذ أشار إلى أن …": the sentence's subject
                    src = _sentence_subject(f, it.start, lo, hi)
                    if src is not None and not _agrees(folded, it, src, lex):
                        src = None
                if src is None and it.cue.kind == "past" and _verb_after_comma(folded, it.start, it.pre, it.cue) \
                        and (not it.zone or it.zone[0].text in it.cue.preps or it.zone[0].text in lex.zone_cutters) \
                        and (last is None or last[1] != f.sentence(it.start)):
                    # "وتبنت الحركة … الهجوم في بيان …، وزعمت أنها قتلت 47 جندياً": the subject of the verb that opens
                    # the sentence, when no claim of the sentence came before (then it is carried)
                    src = _sentence_subject(f, it.start, lo, hi)
                    if src is not None and (not _agrees(folded, it, src, lex) or not _same_gender(f, it, lo, hi)):
                        src = None  # ("وقصف الجيش مواقع الحركة، وزعمت أنها …": the movement, not the army)
                if src is None and it.cue.kind == "participle":
                    src = _main_speaker(f, hits, item_starts, claims, it.start, lo, hi)
                    if src is None and (last is None or last[1] != f.sentence(it.start)):
                        src = _sentence_subject(f, it.start, lo, hi)  # "وزار الرئيس المستشفى، مؤكدا أن …"
                    if src is not None and src.layer == "phrase" and " " not in folded[src.start:src.end] \
                            and last is not None:
                        src = _same_one(f, _carried_to(f, last, it), src) or src  # "النائبة" alone: the one named
                if src is not None and it.cue.kind == "participle" and _guest(folded, src) and last is not None:
                    # "ووجه ضيف بوليتيكا … انتقادات …، مؤكدا أنه …": the person named before
                    src = _guest_named(f, _carried_to(f, last, it)) or src
                passive = it.cue.kind == "passive" or (it.cue.kind == "past" and _written_passive(f.doc, it)) \
                    or (impersonal and src is None and _written_passive(f.doc, it))
                if src is None and not passive and not no_one:
                    # (an impersonal reading with و takes a speaker only from a claim of its own sentence or one
                    # it is inside: "وأشار بن يحي أن … ويتوقع أن …", not "وقال العرفاوي إن …" ¶ "ويتوقع أن تستأنف
                    # الأشغال …")
                    src = (f.carried(last, it.start) if not it.pre or _near_claim(f, last, it, claims)
                           else None) if impersonal else _carried_to(f, last, it)
                    if src is not None and not _agrees(folded, it, src, lex):
                        src = None  # "وصرحا أنهما …" after "وأفادت الوزارة": another speaker
                    if src is None and not impersonal and f.carried(last, it.start) is None:
                        src = _story_subject(f, it, lo, part_lo)  # "وتحدث الوزير عن …" ¶ "وأكد في تصريح أن …"
                    if src is None and not impersonal and it.pre and _agreement(folded, it) == "plural":
                        src = _plural_carried(f, it, claims, lo, hi)  # "وقال شهود إن … بينما قالت الشرطة …" ¶ "وأضافوا"
                if passive:
                    src = None  # "قيل إن", "وأُعلن أن", "وذُكر أن": no one named, none carried over
                if _lemma_key(it.cue.lemma) in _RELAY_VERBS and it.zone \
                        and it.zone[0].text == "عن":
                    # "ونُقل عن مسؤول عسكري قوله إن …", "كما نقل عن مصادر مطلعة أن …": whose words are relayed
                    # (the relay's own subject carried or before it passes them on, as "نقلت وكالة X عن Y")
                    rest = it.zone[1:]
                    said = next((i for i, t in enumerate(rest) if lex.speech_noun(t.text) is not None), len(rest))
                    src = speaker_after(rest[:said], folded, f.mentions, lex, fallback=False) or src
                if _lemma_key(it.cue.lemma) in _ATTRIBUTE_VERBS:
                    src = _attributed(f, it.zone)  # "ونسبت الصحيفة إلى مسؤول قوله إن …": the official's words
                    if src is None:
                        continue  # "نسبت في السابق إلى كوريا الشمالية", "نسب النمو": no claim
                elif _lemma_key(it.cue.lemma) in _RELAY_VERBS and not passive:
                    # "ونقل زوار نبيه بري عنه قوله إن …": the one they visited; "ونقل عنه مقربون": the one before
                    src = _companions_relayed(f, it.zone, f.carried(last, it.start)) or src
                if it.quote is not None:
                    cs, ce = trim(folded, it.quote.start, it.quote.end)
                else:
                    cs = it.content_start
                    ce = f.clause_end(cs, lo, hi, claim_stops, quotes, it.start)
                    if it.kind == "indirect" and count_words(folded, cs, ce, 2) < 2:
                        continue
                    whole = _quoted_clause(f, quotes, cs, ce) if it.kind == "indirect" else None
                    if whole is not None and id(whole) not in taken_quotes:
                        it = _nested(it, whole)  # 'وأضاف أنه "تم التنبيه على …"': one claim, the quoted one
                        cs, ce = trim(folded, whole.start, whole.end)
                        taken_quotes.add(id(whole))
            if ce <= cs:
                continue
            if folded[it.start:it.end] in _REALIZED and (src is None or src.start < it.start):
                continue  # "ولكنه بعد ذلك تنبه إلى أن …": he realized, no one warned (one who warns follows it)
            if src is not None and _mute(f, src):
                # "كما توضح الصورة أن …", "وتشير الدلائل إلى أن …": a thing that shows, no one who says; the
                # subject of a relative clause's verb is the one before it ("وقالت الشرطة التي كشفت صور المنفذين إن")
                src = _antecedent_speaker(f, it, lo) if it.kind != "source" else None
                if src is None:
                    continue
            if src is None and it.kind == "indirect" and not it.pre and it.cue.kind == "present" \
                    and (link := _contrast_link(folded, it.start)) is not None:
                # "ويقول نواب معارضون إن العطلة غير لائقة … كما توضح أن ترودو بعيد …": a verb with no subject of
                # its own, whose speaker could not be carried, tells of a thing inside the claim before: that
                # claim goes on
                outer = next((h for h in range(len(claims) - 1, -1, -1) if claims[h][2].kind == "indirect"
                              and claims[h][2].quote is None and claims[h][0] < link
                              and not folded[claims[h][1]:link].strip(" ،,")), None)
                if outer is not None:
                    ends.remove(claims[outer][1])
                    claims[outer] = (claims[outer][0], ce, claims[outer][2], claims[outer][3])
                    insort(ends, ce)
                    continue
            # (a cue inside another claim's words is that speaker's report of someone, no new speaker for the
            # claims after it: 'قال الوزير إن تونس تتابع …' ¶ "وأكد أن …" is the minister's)
            # (data, documents and places inside a speaker's words: "وأوضح فلان أن الأرقام الرسمية تشير إلى أن …،
            # مبينا", "وقال السيسي انه طبقا لاحصاءات الجهاز …"; not a person the claim tells of: "أكدت الشرطة أنها …
            # فقد اعترف المتهم بأنه …" ¶ "حيث أكد أنه …" is the accused's; nor an outlet, nor a past verb with و/ف,
            # which starts a clause of its own: "وقالت الصحيفة "إن …"، وذكر التلفزيون الرسمي أن …، لافتا" is the
            # television's; not inside a quotation either, whose marks can pair wrongly)
            nested = src is not None and src.type not in ("person", "media") \
                and src is not (last[0] if last else None) and not (it.pre and it.cue.kind == "past") \
                and any(c[2].kind == "indirect" and c[2].quote is None and c[0] <= it.start < c[1]
                        and f.sentence(c[2].start) == f.sentence(it.start) for c in claims)
            claims.append((cs, ce, it, src))
            insort(ends, ce)
            if src is not None and not nested and not it.document_text:
                gender = _claim_gender(folded, it)
                if gender is None and last is not None and src is last[0]:
                    gender = last[2]  # carried to a plural or a colon: still the one named before
                last = (src, f.sentence(it.start), gender)
            if it.kind == "indirect":  # quotations inside an indirect claim: the same speaker's words
                for q in f.quotes_opening(quotes, cs, ce):
                    if cs <= q.open and q.close < ce and q.words > f.min_quote_words and id(q) not in taken_quotes:
                        qs, qe = trim(folded, q.start, q.end)
                        if qe > qs:
                            claims.append((qs, qe, _nested(it, q), src))
                            insort(ends, qe)
                            taken_quotes.add(id(q))
        # those after the region's last claim speak the next paragraph's ("كشفت صحيفة الخبر عن …" ¶ "وأضافت أن …")
        # (not a verb inside a claim: "… في ليبيا وإنهم نقلوا جوا إلى إيطاليا", "تصريحاته التي انتقد فيها …")
        pending.extend((act, lo, hi) for act in namers[k_named:]
                       if not any(cs <= act[0] < ce for cs, ce, _, _ in claims))
        claims.sort(key=lambda c: (c[0], c[2].start))
        seen: set[tuple[int, int, int]] = set()
        spoken: dict[tuple[int, int, tuple[int, int] | None], tuple[int, _Item]] = {}  # one claim of a text per speaker
        # the claims of a verb with a speaker, by their span: a trailing source phrase of the same words is how the
        # text came (session 32b)
        told: dict[tuple[int, int], tuple[int, _Item, Source]] = {}
        for cs, ce, it, src in claims:
            done = (cs, ce, it.start)
            if done in seen:
                continue
            seen.add(done)
            src = _after_lam(f, _whole_name(f, src))
            if src is not None and src.type in ("organisation", "media") and src.layer != "groups":
                # the adjectives of its name and where it stands ("صحيفة لوبوان الفرنسية"; session 30b)
                src = institution_completed(src, words(folded, src.end, min(len(folded), src.end + 120)), folded,
                                            f.mentions, lex, _WITH_B_EVENTS)
            teller = told.get((cs, ce))
            if teller is not None and it.kind == "source" and it.start >= ce and src is not None:
                at, v_it, v_src = teller
                if src.type == "media" and v_it.via is None and (v_src.start, v_src.end) != (src.start, src.end):
                    # "قال فلان إن …، وفق ما نقلته وكالة رويترز": the outlet relays the verb's speaker, no second claim
                    v_it.via = src
                    out[at] = _span(doc, f.past_dateline(cs, ce, lo), ce, v_it, v_src, region.part)
                    continue
                if it.document_text and v_it.tail is None:
                    # "وأكدت الوزارة أن …، وفق نص البيان": the speaker's own text, its tail
                    v_it.tail = it
                    out[at] = _span(doc, f.past_dateline(cs, ce, lo), ce, v_it, v_src, region.part)
                    continue
            spoken_key = (cs, ce, None if src is None else (src.start, src.end))
            other = spoken.get(spoken_key)
            if other is not None:
                if _said_again(other[1], it, cs):
                    out[other[0]] = _span(doc, f.past_dateline(cs, ce, lo), ce, it, src, region.part)
                    spoken[spoken_key] = (other[0], it)
                continue
            spoken[spoken_key] = (len(out), it)
            if it.kind != "source" and src is not None and it.quote is None:
                told.setdefault((cs, ce), (len(out), it, src))
            out.append(_span(doc, f.past_dateline(cs, ce, lo), ce, it, src, region.part))
    _same_sources(doc, lex, out)
    return out


#: "The same source" (session 28b): the words before a head ("نفس المصدر", "ذات الصحيفة"), and the heads that
#: stand for any earlier speaker ("المصدر ذاته"); any other head needs an earlier speaker's phrase with that head.
_SAME_WORDS = word_set("same_source_words")
_SAME_HEADS = word_set("same_source_heads")
#: Of those, the heads that take an earlier speaker with that head before any other ("المصادر ذاتها").
_SAME_HEADS_FIRST = word_set("same_source_heads_first")
#: What is found or guessed ("وفق المعلومات الأولية"): no earlier speaker "the same source" stands for.
_SAME_NOT = word_set("same_source_not")
#: The proclitics and article stripped from a word of an earlier speaker's phrase to find the head in it.
_HEAD_PREFIXES = ("وال", "بال", "لل", "ال")


def _same_head(doc: Document, lex: Lexicon, source: dict[str, Any], key: str) -> tuple[str, str | None] | None:
    """The head noun of a speaker phrase that says "the same X" ("المصدر ذاته", "مصدر ذاته" of "للمصدر ذاته",
    "المصدر الرسمي ذاته", "نفس المصدر", "ذات البلاغ"), folded and without its article, with its adjective (or None),
    or None (``key``: the phrase's lookup key)."""
    ws = key.split()
    if 2 <= len(ws) <= 3 and ws[0] in _SAME_WORDS and ws[1].startswith("ال") and len(ws[1]) > 3:
        return ws[1][2:], ws[2].removeprefix("ال") if len(ws) == 3 else None
    if 2 <= len(ws) <= 3 and ws[-1] in lex.closers:
        adjective = ws[1].removeprefix("ال") if len(ws) == 3 else None
        if ws[0].startswith("ال") and len(ws[0]) > 3:
            return ws[0][2:], adjective
        if doc.text[max(0, source["start"] - 2):source["start"]] == "لل":  # "وفقا للمصدر ذاته"
            return ws[0], adjective
    return None


def _same_sources(doc: Document, lex: Lexicon, out: list[QuoteSpan]) -> None:
    """A speaker phrase that says "the same source" ("وفقا للمصدر ذاته", "وأضاف نفس المصدر أن …") speaks for
    the speaker of an earlier claim of the same part: its ``source`` keeps the span of the phrase and gains
    ``antecedent`` (that speaker's ``{start, end, text, layer, id?}``), and ``source_type`` is the antecedent's.
    "المصدر/المصادر" stand for the last speaker named before ("المصادر" for the last whose phrase has "مصادر" if
    there is one: session 28c); another head for the last one whose phrase has
    that head, from its cue on ("البلاغ ذاته" ← "ذكر بلاغ صادر عن وزارة الداخلية"), past what is found or guessed
    ("المعلومات الأولية"); none found, the claim is left as it was."""
    # (start, part, words, speaker, type) of each speaker named
    named: list[tuple[int, str, list[str], dict[str, Any], str | None]] = []
    claims = sorted((q for q in out if q.source), key=lambda q: q.source["start"])  # type: ignore[index]
    keys = [_key(q.source["text"]) for q in claims]  # type: ignore[index]
    heads = [_same_head(doc, lex, q.source, key) for q, key in zip(claims, keys, strict=True)]  # type: ignore[arg-type]
    if all(same is None for same in heads):
        return  # (most documents: no speaker phrase to read back from, none read)
    for q, key, same in zip(claims, keys, heads, strict=True):
        source = q.source
        assert source is not None
        if same is None:
            # (the words from its cue on: "ذكر بلاغ صادر عن وزارة الداخلية" has the head of "البلاغ ذاته")
            lo = min(source["start"], q.cue.get("start", source["start"]))
            ws = [next((w[len(p):] for p in _HEAD_PREFIXES if w.startswith(p) and len(w) > len(p) + 1), w)
                  for w in lookup_key(doc.text[lo:source["end"]]).split()]
            first = key.split(" ", 1)[0]
            if first.removeprefix("ال") in _SAME_NOT:
                continue
            named.append((source["start"], q.part, ws, source, q.source_type))
            continue
        head, adjective = same  # (an adjective names it too: "المصدر النقابي ذاته" ← "مصدر نقابي")
        before = [n for n in named if n[0] < source["start"] and n[1] == q.part
                  and (adjective is None or adjective in n[2])]
        # (the head itself first: "المصادر ذاتها" is the "مصادر مقربة من المجموعة" named before "خبراء", dev 57)
        found = next((n for n in reversed(before) if head in n[2]), None) if head in _SAME_HEADS_FIRST else None
        found = found or next((n for n in reversed(before) if head in _SAME_HEADS or head in n[2]), None)
        if found is None:
            continue
        source["antecedent"] = {k: v for k, v in found[3].items() if k not in ("antecedent", "via")}
        q.source_type = found[4]
        named.append((source["start"], q.part, found[2], found[3], found[4]))


def _said_again(kept: _Item, it: _Item, cs: int) -> bool:
    """Of two claims of the same words and the same speaker ("وأوضح فلان أن …، حسب تعبيره", "وكشف فلان سر الزر وبين أن
    …", "واعتبرت الأمر … واعتبرت تصريحاتها …"), is the cue of ``it`` the one to keep instead of ``kept``'s: a verb
    rather than a source phrase, else the cue nearer the words, as a verb joined by و before them takes the words
    ("ونفى خالد الأطرش الأخبار المتداولة …، وبيّن أن النفق لم يفتح …"; not so "قال الأسد في خطاب ألقاه اليوم ونقل
    مباشرة … إن …", a passive)?  Session 27."""
    if (it.kind == "source") != (kept.kind == "source"):
        return kept.kind == "source"
    return abs(cs - it.end) < abs(cs - kept.end)


#: The words after the period of an outlet's web name ("العربية.نت", "الجزيرة.نت"), folded.
_DOMAIN_SUFFIXES = word_set("domain_suffixes")


def _domain_dot(folded: str, pos: int) -> bool:
    """Is the period at folded ``pos`` that of an outlet's web name ("العربية.نت"): a letter right before it and a
    word of `domain_suffixes` right after it?"""
    if not folded[pos - 1:pos].isalpha():
        return False
    m = _WORD.match(folded, pos + 1)
    return m is not None and m.group().strip('"\'»”') in _DOMAIN_SUFFIXES


def _outlet_domains_joined(text: str, sentences: list[Any]) -> list[Any]:
    """``sentences`` with those cut at the period of an outlet's web name joined again ('في تصريح خاص لـ"العربية.نت" أن
    …' was two sentences, and the verb lost its claim): a period between a letter and a word of `domain_suffixes`,
    with no space on either side."""
    out: list[Any] = []
    for s in sentences:
        word = _WORD.match(text, s.start) if out and out[-1].end == s.start else None
        if word is not None and text[s.start - 1:s.start] == "." and text[s.start - 2:s.start - 1].isalpha() \
                and lookup_key(word.group().strip('"\'»”')) in _DOMAIN_SUFFIXES:
            out[-1] = type(s)(out[-1].start, s.end)
        else:
            out.append(s)
    return out


#: Rules, decisions and plans a thing is done under ("وفقا للقانون", "طبقا للفصل 31", "حسب النظام الداخلي").
_LEGAL_BASES = word_set("legal_bases")
_SYSTEM = lookup_key("نظام")


def _legal_basis(zone: list[Tok]) -> bool:
    """Does ``zone`` (the words after a weak source phrase) open with a rule, a decision or a plan, not a speaker
    ("للقانون عدد 26", "لأحكام الفصل 125", "للنظام الاستثنائي"; "النظام" before a nationality is a regime, who
    speaks: "وفقا للنظام السوري")?"""
    w = zone[0].text
    w = w[2:] if w.startswith("ال") else w
    if w == _SYSTEM:
        nxt = zone[1].text if len(zone) > 1 else ""
        return not (nxt.startswith("ال") and nxt[2:] in nisba_adjectives())
    return w in _LEGAL_BASES


#: Nouns after which a verb's form is its verbal noun ("طلب عدم ذكر اسمه": "not mentioning", no "ذكر" that reports).
_NOUN_HEADS = word_set("verbal_noun_heads")


def _after_verbal_noun_head(folded: str, start: int) -> bool:
    """Is the word before ``start`` one of `verbal_noun_heads` ("عدم ذكر", "دون نشر", "ورفض ذكر اسمه"): the cue is
    a noun?"""
    before = folded[max(0, start - 12):start].split()
    return bool(before) and folded[start - 1:start] == " " and (
        before[-1] in _NOUN_HEADS or (before[-1][:1] in ("و", "ف") and before[-1][1:] in _NOUN_HEADS))


#: Cues that are also a preposition (``preposition_cues``: "من بين الضحايا") or an elative (``elative_cues``: "أبرز
#: هذه المسائل"), and the words that read them so (``preposition_cue_heads``, ``demonstratives``).
_PREPOSITION_CUES = word_set("preposition_cues")
_PREPOSITION_CUE_HEADS = word_set("preposition_cue_heads")
_ELATIVE_CUES = word_set("elative_cues")
_DEMONSTRATIVES = word_set("demonstratives")


def _no_verb_reading(folded: str, start: int, end: int, key: str) -> bool:
    """Is the cue ``key`` at folded ``[start, end)`` (no و/ف) a preposition after من ("قد يكون من بين الضحايا، فهي
    تعلم أنه …") or an elative before a demonstrative ("وأوضح أن أبرز هذه المسائل تتمثل في …")?  Session 27."""
    if key in _PREPOSITION_CUES:
        before = folded[max(0, start - 12):start].split()
        return bool(before) and folded[start - 1:start] == " " and before[-1] in _PREPOSITION_CUE_HEADS
    if key in _ELATIVE_CUES:
        after = folded[end:end + 12].split()
        return bool(after) and folded[end:end + 1] == " " and after[0] in _DEMONSTRATIVES
    return False


#: Forms of a reporting verb that are also a verb of realizing (``realized_forms``): with no speaker, no claim.
_REALIZED = word_set("realized_forms")


#: Things that show but do not speak ("الصورة", "الخريطة", "الدلائل", "المؤشرات"): no claim is theirs.
_MUTE = word_set("mute_sources")


def _mute(f: _Finder, src: Source) -> bool:
    """Is ``src`` a phrase headed by a thing that shows but does not speak ("الصورة", "بعض الصور", "الدلائل")?"""
    if src.layer != "phrase":
        return False
    for w in f.folded[src.start:src.end].split()[:2]:
        if w in f.lex.determiners:
            continue
        if w.startswith("ل") and not w.startswith("ال"):
            w = w[1:]  # the article's ل after a source phrase's ("طبقا للمؤشرات المرجعية": read from "لمؤشرات")
        return (w[2:] if w.startswith("ال") else w) in _MUTE or w in _MUTE
    return False


def _antecedent_speaker(f: _Finder, it: _Item, lo: int) -> Source | None:
    """The speaker of a verb in a relative clause right after its cue's antecedent ("وقالت الشرطة التي كشفت صور
    المنفذين إن …" → "الشرطة"), or None when the verb does not follow a relative pronoun."""
    start = it.start - len(it.pre)
    s_start, _ = f.sentence_bounds(it.start, lo, start)
    before = words(f.folded, max(s_start, start - 200), start)
    if not after_relative(before):
        return None
    src = speaker_before(before, f.folded, f.mentions, f.lex, sentence_start=s_start,
                         agreement=_agreement(f.folded, it))
    return None if src is None or _mute(f, src) else src


#: Verbs that issue or publish a document ("صدر", "نشرته", "أوردته"): no word of its issuer's name.
_PUBLISHING = word_set("issued_words") | word_set("issuing_verbs") | word_set("publication_verbs")


def _before_publishing(f: _Finder, src: Source) -> Source:
    """The speaker phrase ``src`` up to the verb that published the document it issued ("بلاغ للبنك نشره الخميس" →
    "بنك", "دراسة للمنظمة نشرت في …" → "منظمة", "بيان للهيئة صدر مساء اليوم" → "هيئة"): as reported; the phrase
    read whole still bounds its claim."""
    toks = words(f.folded, src.start, src.end)
    if len(toks) > 1 and toks[-1].text in _PUBLISHING:  # (the last word: "بيان للرئاسة نشرته وكالة …" keeps its
        end = _last_space_end(f.folded, src.start, toks[-1].start)  # publisher, "جلول جاء بالله" its name)
        return Source(src.start, end, src.layer, src.type, src.id) if end > src.start else src
    return src


def _after_lam(f: _Finder, src: Source | None) -> Source | None:
    """``src`` past the article's ل of a word written "لل" (ل + الـ: "بيان للجيش اللبناني", "تقرير للبنك
    الدولي", "وفقا للأمم المتحدة"), where the tagger and the phrase reader start one letter in ("لجيش اللبناني"):
    the group the groups layer reads there ("جيش اللبناني", typed a group), else the noun without that ل ("بنك
    الدولي"), as the groups layer writes it. Not a noun that starts with ل itself ("للجنة" → "لجنة")."""
    if src is not None and src.layer == "phrase":
        src = _before_publishing(f, src)
    if src is None or src.layer == "groups":
        return src
    folded, s = f.folded, src.start
    if s < 1 or folded[s:s + 1] != "ل" or folded[s - 1] != "ل":
        return src
    ws = s - 1
    while ws > 0 and folded[ws - 1].isalpha():
        ws -= 1
    if folded[ws:s] not in ("ل", "ول", "فل"):
        return src
    we = s
    while we < len(folded) and folded[we].isalpha():
        we += 1
    if we - s < 3 or f.lex.head("ال" + folded[s:we]) is not None:
        return src  # (the noun's own ل: "للجنة", "للواء")
    i = bisect_left(f.mentions.starts, s + 1)
    for m in f.mentions.items[i:i + 3]:
        if m.start == s + 1 and m.layer == "groups" and m.end >= src.end - 1:
            return Source(m.start, m.end, m.layer, m.type, m.id)
    return Source(s + 1, src.end, src.layer, src.type, src.id)


def _whole_name(f: _Finder, src: Source | None) -> Source | None:
    """``src`` with the rest of the name it stops inside or right before, when the entities layer has the
    name whole: "الدكتور جونخين" in "الدكتور جونخين لي" (the PER "جونخين لي"), "الناشطة الحقوقية" before "زهرة
    كوبية", "مراسلنا عبد السلام" before "السمراني" → the role and the name as one speaker, as "مدير المهرجان درة
    بوشوشة" is, typed a person. Not past a word the tagger added to the name (a time word, a complementizer or
    cue, a role or outlet: "ناجي جلول صباح", "بأن ترامب", "الطاهر بن حسين ضيف بوليتيكا"), not a name after "و"
    ("… والي قفصة وإطارات أمنية"), and not for an outlet's name the tagger calls a person."""
    if src is None or src.layer != "phrase" or src.type == "media":
        return src
    folded, lex = f.folded, f.lex
    mentions = f.mentions
    i = bisect_left(mentions.starts, src.start + 1)
    m = next((m for m in mentions.items[i:i + 4] if m.start <= src.end + 1 and m.type == "person"
              and m.layer == "entities" and src.end < m.end <= src.end + _NAME_REACH
              and not headed_by_preposition(folded, m, lex)), None)
    if m is None or (m.start < src.end and folded[m.start - 1:m.start] != " "):
        return src  # (not a name starting inside a word of the phrase)
    if m.start > src.end and (folded[src.end:m.start] != " " or folded[m.start] == "و"):
        return src
    end = src.end
    for t in words(folded, src.end, m.end):
        w = t.text
        if (w in _TIME_WORDS or w in lex.cues or lex.is_comp(w) or w in _NP_STOPS or lex.head(w)
                or (w[:1] == "ل" and (lex.head(w[1:]) or w[1:] in _SAID_IN))):
            break
        end = t.end
    if end == src.end:
        return src
    return Source(src.start, end, "phrase", "person" if src.type == "anonymous" else src.type)


def _quoted_clause(f: _Finder, quotes: list[Quotation], cs: int, ce: int) -> Quotation | None:
    """The quotation an indirect claim ``[cs, ce)`` is made of, its complementizer aside ('أنه "تم
    التنبيه على …"', 'إن "النائب ليس عامل حضائر …"', 'بأن "الحصانة لم ترفع …"'): the speaker's words quoted
    whole, one claim (not an indirect claim and the quotation inside it); None when other words come
    before or after the quotation ('أن فلسطين بقيت "شوكة في حلق …"'), or it is a short one (a name)."""
    folded = f.folded
    inside = f.quotes_opening(quotes, cs, ce)
    if not inside:
        return None
    q = inside[0]
    if q.close >= ce or q.words <= f.min_quote_words:
        return None
    before = words(folded, cs, q.open)
    if not before or before[0].text not in f.lex.complementizers or any(t.is_word for t in before[1:]):
        return None
    return None if folded[q.close + 1:ce].strip(TRAILING + "".join(MARKS)) else q


def _sentence_person(f: _Finder, pos: int, lo: int, hi: int) -> Source | None:
    """The person a "حسب قوله", "وفق تعبيره" at ``pos`` speaks for when no claim before named one: the
    first person named in its sentence, a few words in as its subject ("وصف السياسي نجيب الشابي مدينة سوسة
    بأنها …، بحسب تعبيره")."""
    s_start, _ = f.sentence_bounds(pos, lo, hi)
    person = next((m for m in f.mentions.inside(max(s_start, pos - MAX_QUOTE), pos) if m.type == "person"), None)
    if person is None or count_words(f.folded, s_start, person.start, _SUBJECT_REACH + 1) > _SUBJECT_REACH:
        return None  # (a person further in is an object: "… أحدث حرجا لوزير الوظيفة العمومية عبيد البريكي")
    return Source(person.start, person.end, person.layer, person.type, person.id)


#: Most words before the person a "حسب قوله" speaks for (the verb and the role before the subject's name).
_SUBJECT_REACH = 6


def _masdar_like(word: str, lex: Lexicon, with_b: bool = False) -> bool:
    """Can ``word`` be the verbal noun a reporting verb takes as its claim ("تعرض", "وجود", "استعداده",
    "حرصها"): a word of three letters or more, indefinite (the first term of a construct or with a pronoun),
    and none of the words that end a speaker's phrase (a preposition, a time, where or to whom it was said),
    a head noun, a cue or a complementizer?  With ``with_b``, "ب" on it is the verb's own ("أقر بإبرام صفقة")."""
    if _IFTIAL.match(word):
        return True  # "التزام", "التزامها": the verbal noun of افتعال, not the article
    if len(word) < 3 or not word.isalpha() or word.startswith(("ال", "بال", "ل", "كال", "وال")):
        return False  # (a preposition's phrase: "لمكافحة الهجرة", "لوكالة …")
    if word[0] == "ب" and (not with_b or lex.head(word[1:]) is not None or word[1:] in lex.addressees):
        return False  # "وتنفي قطر بشدة …", "بمصادر"; "أقر الحرشاني بإبرام صفقة" (with_b)
    if word[0] == "و" and (word[1:] in lex.zone_cutters or word.endswith(("يه", "ي")) or word in _DESCRIBED_BY):
        return False  # the speaker's words going on: "مصادر أمنية ورسمية", "وعلى هامش …" ("وجود", "وقوع" are nouns)
    return not (word in lex.zone_cutters or word in lex.complementizers or word in lex.comp_blockers
                or word in lex.determiners or word in lex.closers  # "أعلن سكان أحد …", "الوثيقة ذاتها"
                or word in lex.cues or word in _SAID_IN or lex.head(word) is not None or word in _NOT_VERBS
                or (word.endswith("ا") and lex.head(word[:-1]) is not None)  # "نفت الوزارة أخبارا متداولة"
                or lex.speech_noun(word) is not None or word in lex.documents or word in _ADDRESSEE_WORDS)


def _quoted_after(toks: list[Tok], k: int) -> bool:
    """Does a quotation of more than a name's words (:data:`_NAME_QUOTE_WORDS`) open at ``toks[k]`` (the verb's
    own words: 'المنتهية ولايته "كنا نعرف …"'; not 'تواصل "النضالات" والتحركات')?"""
    if k >= len(toks) or toks[k].text not in MARKS:
        return False
    close = next((c for c in range(k + 1, min(len(toks), k + _NAME_QUOTE_WORDS + 2)) if toks[c].text in MARKS), None)
    return close is None


#: The marks that open and close an outlet's short name after its full one ('"وفا"', "«سانا»", "(واع)").
_ACRONYM_MARKS = {"(": ")", "«": "»", "“": "”", '"': '"'}
#: Most words of such a name.
_ACRONYM_WORDS = 2


def _past_acronym(toks: list[Tok], k: int) -> int:
    """The index after the short name of a speaker written in marks right after it ('وكالة الأنباء الفلسطينية "وفا"',
    "وكالة الأنباء السورية (سانا)", "«واس»"): one or two words; else ``k``.  Session 30b."""
    if k >= len(toks) or toks[k].text not in _ACRONYM_MARKS:
        return k
    close = _ACRONYM_MARKS[toks[k].text]
    c = next((c for c in range(k + 1, min(len(toks), k + _ACRONYM_WORDS + 2)) if not toks[c].is_word), None)
    if c is None or c == k + 1 or toks[c].text != close:
        return k
    return c + 1


#: Most words of a quoted name or term ('"النضالات"', '"المقرض في الملاذ الاخير"').
_NAME_QUOTE_WORDS = 4


def _pronoun_number(folded: str, it: _Item) -> str | None:
    """"plural" for the pronoun of "حسب قولهم", "وفق تعبيرهن", "dual" for "على حد قولهما", None for a singular
    ("حسب قوله", "بحسب روايتها")."""
    noun = folded[it.start:it.phrase_end].rsplit(" ", 1)[-1]
    return "dual" if noun.endswith("هما") else "plural" if noun.endswith(("هم", "هن")) else None


def _of_number(f: _Finder, src: Source | None, it: _Item, number: str, lo: int, hi: int) -> Source | None:
    """The speaker of a "حسب قولهم", "على حد تعبيرهم", "حسب قولهما": for a plural, the unnamed people its
    sentence names before it ("ويندد المحتجون بالتهميش …، حسب تعبيرهم" → "المحتجون"), else the speaker
    carried over when it can be many (``src``: not one person, institution or outlet, "جمال العبادل", "وزارة
    التربية", "مصدر أمني"); for a dual only the latter."""
    if number == "plural":
        people = _sentence_people(f, it.start, lo, hi)
        if people is not None:
            return people
    return src if src is not None and _many(f, src) else None


def _many(f: _Finder, src: Source) -> bool:
    """Can ``src`` be the "they" of "حسب قولهم": unnamed people or a phrase on a plural head ("ناشطون",
    "مصادر محلية", "بعض السكان"), not a PER/ORG entity, a role, an institution, an outlet or one unnamed source
    ("مصدر أمني", "أحد السكان")?"""
    if src.layer != "phrase" or src.type != "anonymous":
        return False
    said = f.folded[src.start:src.end].split()
    if said[0] in _ONE_OF:
        return False
    head = next((w for w in said if w not in f.lex.determiners), said[0])
    bare = head[2:] if head.startswith("ال") else head
    return bare not in _SINGULAR_SOURCES and f.lex.head(head) == "anonymous"


def _sentence_people(f: _Finder, pos: int, lo: int, hi: int) -> Source | None:
    """The unnamed people a "حسب قولهم" at ``pos`` speaks for: the last phrase on a plural head of unnamed
    sources in its sentence before it ("ما اعتبرها المحتجون "تجاوزات"، على حد تعبيرهم" → "المحتجون")."""
    s_start, _ = f.sentence_bounds(pos, lo, hi)
    toks = words(f.folded, max(s_start, pos - MAX_QUOTE), pos)
    for k in range(len(toks) - 1, -1, -1):
        word = toks[k].text
        if f.lex.head(word) != "anonymous":
            continue
        src = speaker_after(toks[k:], f.folded, f.mentions, f.lex, fallback=False)
        if src is not None and src.start == toks[k].start and _many(f, src):
            # the head and its adjectives, not a complement ("ويندد المحتجون بالتهميش", "السكان من العطش")
            end = next((t.start for t in toks[k + 1:] if t.start < src.end and (
                not t.is_word or t.text in _COMPLEMENT_WORDS or t.text.startswith(("بال", "لل", "كال")))), src.end)
            return Source(src.start, _last_space_end(f.folded, src.start, end), src.layer, src.type)
    return None


def _last_space_end(folded: str, start: int, end: int) -> int:
    """The end of the words of ``folded[start:end]`` (its trailing spaces dropped)."""
    return start + len(folded[start:end].rstrip())


def _names_speaker(f: _Finder, item: _Item) -> bool:
    """Does an impersonal form ("يذكر", "تبين") have a speaker of its own before its claim ("وتبين
    الدراسة أن …"), or the one it became clear to ("وتبين للباحثين أن …", the finders: set as the
    item's source; "وتبين لهم أن …", carried over)?  An adverb or a circumstance is none ("وقد تبين
    لاحقا أنه …", "تبيّن بعد التثبت من هويته أنه …", "دون إشكال يذكر، في حين أن …")."""
    zone = [t for t in item.zone if t.is_word]
    if not zone:
        return False
    first = zone[0].text
    if first in f.lex.zone_cutters and first.startswith("ل"):
        return True  # "تبين لهم أن": the speaker before
    if first.startswith("ل") and len(first) > 3:
        # ("للباحثين" = ل + الباحثين: the span is the noun, "باحثين")
        rest, skip = ("ا" + first[1:], 2) if first.startswith("لل") else (first[1:], 1)
        src = speaker_after([Tok(zone[0].start + skip, zone[0].end, rest)], f.folded, f.mentions, f.lex,
                            fallback=False)
        if src is not None:
            item.source = src
            return True
        return False
    return speaker_after(item.zone, f.folded, f.mentions, f.lex, fallback=False) is not None


def _agrees(folded: str, it: _Item, src: Source, lex: Lexicon) -> bool:
    """Can the speaker carried over from an earlier claim be the subject of ``it``'s verb?  Not one
    person, institution or outlet (a PER or ORG entity, a place, a phrase on a singular head: "الوزير",
    "وزارة الداخلية") for a dual or plural verb ("وصرحا", "أكدوا", "يقولون": people, while "السلطات"
    take a feminine singular; "المحتجون", "عدد من العملة" may), nor an institution whose head is
    feminine ("حركة النهضة", "وزارة الداخلية") for a masculine singular verb ("واعتبر أنّ …")."""
    verb = folded[it.start:it.end]
    kind = it.cue.kind
    head = folded[src.start:src.end].split(" ", 1)[0]
    if kind == "present" and verb.startswith("ن"):
        return True  # "نؤكد": the speaker's own "we"
    if kind == "participle":
        plural = False  # (news writes "مؤكدين" after a speaker and the others of the event too)
    elif kind == "present":
        plural = verb.endswith(("ون", "ان", "وا"))
    else:
        plural = verb.endswith(("وا", "تا")) or (verb.endswith("ا") and verb != _lemma_key(it.cue.lemma))
    if plural:
        if src.layer == "entities":
            return False
        return not (src.layer == "phrase" and lex.head(head) in ("person", "organisation", "media"))
    if src.type in ("organisation", "group", "media"):
        masculine = _participle_gender(verb) == "m" if kind == "participle" else _gender(verb, kind == "present") == "m"
        return not (masculine and head.endswith("ه"))
    return True


def _same_gender(f: _Finder, it: _Item, lo: int, hi: int) -> bool:
    """Is the singular verb at ``it`` of the gender of the verb that opens its sentence ("وتبنت الحركة …، وزعمت" but
    not "وقصف الجيش …، وزعمت")?  A plural verb agrees with either (the verb before its plural subject is singular)."""
    s_start, _ = f.sentence_bounds(it.start, lo, hi)
    first = words(f.folded, s_start, min(it.start, s_start + 40))
    if not first:
        return False
    said = _gender(f.folded[it.start:it.end], False)
    opened = _gender(first[0].text[1:] if first[0].text[:1] in "وف" else first[0].text, False)
    return said is None or opened is None or said == opened


def _verb_after_comma(folded: str, start: int, pre: str, cue: Cue) -> bool:
    """Does a reporting verb that makes no claim of its own start a new clause: "، وحذرت الوزيرة
    ترامب من …" after a comma, with its conjunction, ends the claim before it."""
    if not pre or cue.ambiguous or cue.kind != "past":  # "، ويدعى" is "and is named", not a reporting verb
        return False
    return _after_comma(folded, start - len(pre))


def _participle_clause(folded: str, start: int, end: int, pre: str, cue: Cue) -> bool:
    """Does a reporting participle that makes no claim of its own start a new clause of the sentence
    ("أن الرجل كان يعاني من انخفاض …، مشدداً على أهمية توخي الحذر", "…، مشيرا إلى سعيهم لتحسين …",
    "…، مؤكدة ضرورة إقرار إصلاحات")?  After a comma, any of its forms; with no comma, the masculine
    accusative ("… للبنك معلنا عن انعقاد …") unless it follows a word in the accusative or a feminine
    noun it can describe ("عاملا معترفا به", "جريمة قتل مؤكدة") or a copula ("كان متوقعا").  With و only
    the masculine accusative after a comma ("…، ومؤكدا على عدم وجود …"; "قيادة ومتابعة" is a noun)."""
    if cue.kind != "participle":
        return False
    if pre:
        return folded[start:end].endswith("ا") and _after_comma(folded, start - len(pre))
    if _after_comma(folded, start):
        return True
    prev = folded[max(0, start - 20):start].rstrip(" \t\u00a0").rsplit(" ", 1)[-1]
    return folded[start:end].endswith("ا") and prev[-1:].isalpha() and not prev.endswith(("ا", "ه")) \
        and prev not in _COPULAS


def _after_comma(folded: str, pos: int) -> bool:
    """Is the word at ``pos`` right after a comma ("…، داعيا المواطنين إلى …")?"""
    before = folded[max(0, pos - 3):pos].rstrip()
    return bool(before) and before[-1] in COMMAS


def _main_speaker(f: _Finder, hits: list[tuple[int, int, str, Cue]], item_starts: set[int],
                  claims: list[tuple[int, int, _Item, Source | None]], pos: int, lo: int, hi: int) -> Source | None:
    """The speaker of a participle's claim named after the sentence's verb before it ("وأشار اللومي
    إلى وجود …، مؤكدا أن …", "ودعت وزارة الخارجية إلى ضبط النفس، مضيفة أن …"): the subject right
    after the nearest reporting or speech-act verb earlier in the same sentence that makes no claim
    of its own (one that does has given its speaker to the claims after it already); a verb inside
    an earlier claim is the claim's, not the sentence's."""
    s_start, _ = f.sentence_bounds(pos, lo, hi)
    s_start = max(s_start, pos - MAX_QUOTE)
    verbs = [(s, e, s in item_starts, cue.kind == "present", cue.preps)
             for s, e, _, cue in hits[bisect_left(hits, (s_start,)):bisect_left(hits, (pos,))]
             if cue.kind in ("past", "present") and not cue.ambiguous]
    acts = f.speech_acts(lo, hi)[0]
    verbs += [(s, e, False, present, _NO_PREPS)
              for s, e, present in acts[bisect_left(acts, (s_start,)):bisect_left(acts, (pos,))]]
    verbs.sort(reverse=True)
    # the nearest verb that is not inside an earlier claim, among the few nearest (a claim holds its
    # cue within the anchor's reach before it, or lies before its cue: those before the floor end sooner)
    verb_at = next((v for v in verbs[:_VERBS_BACK] if not _in_claim(claims, v[0], v[0] - MAX_QUOTE - 1000)), None)
    if verb_at is None:
        return None
    s, e, is_item, present, preps = verb_at
    if is_item:
        return None
    verb = _gender(f.folded[s:e], present)
    participle = f.folded[pos:pos + 12].split(" ", 1)[0]
    if verb is not None and _participle_gender(participle) not in (None, verb):
        return None  # "وطالب … ، مضيفة": not the same speaker
    zone = words(f.folded, e, min(pos, e + 300))
    src = speaker_after(zone, f.folded, f.mentions, f.lex, fallback=False)
    if src is None:
        return None
    src = _subject_only(src, zone, f.lex, preps)
    if _is_object(f.folded[s:e], src, zone):
        return None  # ("ودعا المواطنين إلى الهدوء، مضيفا": the object, the subject left out)
    head = f.folded[src.start:src.end].split(" ", 1)[0]
    if verb == "m" and src.type != "person" and head.endswith("ه"):
        return None  # "وطالب الوزارة برد الاعتبار له": a feminine noun after a masculine verb is its object
    return src


def _after_relative_pronoun(folded: str, start: int) -> bool:
    """Is the word before ``start`` a relative pronoun ("تصريحات الرئيس السابق التي قال فيها أن …": the antecedent's
    speaker, not the sentence's subject)?"""
    before = folded[max(0, start - 12):start].split()
    return bool(before) and before[-1] in _RELATIVE_WORDS


#: "In it" after a verb: the document its sentence's subject issued ("أصدرت الوزارة بيانا أكدت فيه أن …").
_IN_IT = frozenset(["فيه", "فيها"])
#: "While", opening a clause of its own after a source phrase's comma.
_WHILE = frozenset(["فيما", "بينما"])
_RELATIVE_WORDS = word_set("relative_pronouns")


#: Words that join a verb's clause to the sentence before it after a comma ("…، إذ أشار إلى أن", "…، حيث أكد أن").
_CLAUSE_LINKS = frozenset(lookup_key(w) for w in ("إذ", "حيث", "اذ"))


def _after_clause_link(folded: str, pos: int) -> bool:
    """Is the verb at ``pos`` right after a comma and "إذ"/"حيث" ("…، إذ أشار", "…، حيث أكد")?"""
    text = folded[max(0, pos - 20):pos].rstrip()
    word = text.rsplit(None, 1)[-1] if text else ""
    return word in _CLAUSE_LINKS and text[:-len(word)].rstrip()[-1:] in COMMAS


def _sentence_subject(f: _Finder, pos: int, lo: int, hi: int) -> Source | None:
    """The speaker of a participle's claim in a sentence whose verb says nothing ("وزار الرئيس المستشفى،
    مؤكدا أن …", "واستقبل الوزير وفدا من المحتجين، مشيرا إلى أن …"): the known speaker right after the verb
    that opens the sentence, when its gender is the participle's; not the one of a claim sentences before.
    (An institution right after a verb whose subject is left unsaid is read as its subject all the same: "وزار
    المستشفى، مؤكدا" gives "المستشفى"; news names the subject of such a sentence far more often.)"""
    s_start, _ = f.sentence_bounds(pos, lo, hi)
    toks = words(f.folded, max(s_start, pos - MAX_QUOTE), pos)
    if toks and toks[0].start == s_start:
        if len(toks) > 4 and toks[2].text in COMMAS and f"{toks[0].text} {toks[1].text}" in _CLAUSE_OPENERS:
            toks = toks[3:]  # "ومن جهته، استقبل الوزير …، مؤكدا"
        elif len(toks) > 3 and toks[1].text in COMMAS and toks[0].text in _CLAUSE_OPENERS:
            toks = toks[2:]  # "بدوره، تدخل هاتفيا المواطن التونسي فارس الشيخ …، مؤكدا أنه …"
        s_start = toks[0].start
    if len(toks) < 3 or toks[0].start != s_start or not _verb_like(toks[0].text, f.lex):
        return None
    zone = toks[1:]
    while len(zone) > 1 and zone[0].text in _MANNER:
        zone = zone[1:]  # "تدخل هاتفيا المواطن …"
    src = speaker_after(zone, f.folded, f.mentions, f.lex, fallback=False)
    # (a speaker further in is an object or a complement: "وزار المستشفى رفقة الوزير"; but a name after its role
    # is the role's: "واستقبل رئيس الحكومة يوسف الشاهد")
    reach = zone[min(3, len(zone) - 1)].start if f.lex.head(zone[0].text) is not None else zone[0].start
    if src is None or src.start > reach:
        return None
    first = toks[0].text.lstrip("وف")
    if not _role_and_name(f, src, zone):  # (a role and the name after it: "عضو المجلس البلدي فارس الشيخ")
        src = _before_object(_subject_only(src, zone, f.lex), zone, f.lex)
    if _is_object(first, src, zone):
        return None  # "ودعا المواطنين إلى الهدوء، مضيفا": the object, the subject left out
    verb = ("f" if first.endswith("ت") else "m") if toks[0].text in _KANA_FORMS else _gender(first, False)
    participle = f.folded[pos:pos + 12].split(" ", 1)[0]
    if verb is not None and _participle_gender(participle) not in (None, verb):
        return None  # "وزارت الوزيرة …، مضيفا": not the same speaker
    if verb == "m" and src.type != "person" and f.folded[src.start:src.end].split(" ", 1)[0].endswith("ه"):
        return None  # "وطالب الوزارة برد الاعتبار له، قائلا": a feminine noun after a masculine verb is its object
    return src


def _role_and_name(f: _Finder, src: Source, zone: list[Tok]) -> bool:
    """Is the subject phrase ``src`` a person's role and then the person's name, two or three words whose first
    starts a name the tagger has (a PER, or a one-word LOC it misread: "وتدخل عضو المجلس البلدي فارس الشيخ في النقاش،
    مؤكدا" — "فارس" tagged a place) and that no head, cue or "و" breaks; not a verb's object ("وزار الوزير تونس
    العاصمة", "وزار الوزير مدينة القصرين")?"""
    if src.layer != "phrase" or src.type != "person":
        return False
    inside = [t for t in zone if src.start <= t.start and t.end <= src.end and t.is_word]
    if not inside or f.lex.head(inside[0].text.lstrip("وف")) != "person":
        return False
    last_def = max((k for k, t in enumerate(inside) if t.text.startswith("ال")), default=-1)
    k = next((k for k in range(1, len(inside)) if k > 0 and inside[k - 1].text.startswith("ال")
              and not inside[k].text.startswith("ال")), None)
    if k is None or not 2 <= len(inside) - k <= 3 or last_def < k - 1:
        return False
    name = inside[k:]
    m = f.mentions.starting_in(name[0].start, name[0].end)
    if m is None or m.start != name[0].start or m.type not in ("person", "organisation") or m.layer != "entities":
        return False
    if m.place and not (m.end == name[0].end and len(name) == 2 and (
            surname_like(name[1].text, f.lex) or f.lex.head(name[1].text) == "person")):
        return False  # (a misread place only before a surname: "فارس الشيخ", not "تونس العاصمة")
    return all(t.text[:1] != "و" and t.text not in f.lex.cues and (j == len(name) - 1 or f.lex.head(t.text) is None)
               for j, t in enumerate(name))


#: How many sentences back :func:`_story_subject` reads.
_STORY_SENTENCES = 2


def _story_subject(f: _Finder, it: _Item, lo: int, part_lo: int) -> Source | None:
    """The speaker of a verb that names none, when no claim before it named one within reach: the person
    that is the subject of one of the two sentences before (no more than ``carry_sentences``), found as
    :func:`_sentence_subject` finds it ("واستعرض الوزير في كلمة ألقاها …" ¶ "وأكد أن …" → "الوزير"), of the
    verb's gender, in the same part of the article; the nearest sentence with such a subject."""
    if it.cue.kind not in ("past", "present") or not (it.pre or f._starts_sentence(it.start, lo, it.end)):
        return None
    gender = _claim_gender(f.folded, it)
    if gender is None:
        return None  # (a dual, a plural or "نؤكد": not one person named before)
    k = f.sentence(it.start)
    for i in range(k - 1, max(-1, k - 1 - min(_STORY_SENTENCES, f.carry_sentences)), -1):
        s, e = f.bounds(i)
        if s < part_lo or e <= s:
            break
        toks = words(f.folded, s, e)
        if len(toks) < 3 or not _verb_like(toks[0].text, f.lex):
            continue
        first = toks[0].text
        bare = first[1:] if first[:1] in "وف" and len(first) > 3 else first
        # (a present verb with ت is either gender's: "تحدث"; one with ي is a man's: "ويعيش المواطن")
        verb = "f" if bare.endswith("ت") else None if bare[:1] == "ت" or bare.endswith(("ا", "وا", "ون")) else "m"
        if verb != gender:
            continue
        src = _sentence_subject(f, e - 1, s, e)
        if src is not None and src.type == "person":
            return src
    return None


def _in_org(orgs: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    """Is the cue word at folded ``[s, e)`` inside an ORG of ``orgs`` (sorted folded spans, ``starts`` their starts)
    that starts before it: a word of the organisation's name ("شركة نقل تونس"), no reporting verb?"""
    i = bisect_left(starts, s) - 1
    return i >= 0 and orgs[i][1] >= e


def _role_in_construct(f: _Finder, word: str, end: int) -> bool:
    """Is the participle ``word`` a role noun in construct with a definite noun ("وأكدت كاتبة الدولة أن …": the
    secretary of state, not "writing")?"""
    return f.lex.head(word) == "person" and f.folded[end:end + 3].lstrip(" ").startswith("ال")


#: Words before a participle that make it an adjective ("معلومات غير مؤكدة"; ``adjective_markers``), and the
#: participle of أقر that is the noun "seat" before "له/لها" (``seat_forms``).
_ADJECTIVE_MARKERS = word_set("adjective_markers")
_SEAT_FORMS = word_set("seat_forms")
_NEXT_WORD = re.compile(r"[ \t\u00a0]*([^\W\d_]+)")


def _adjective_reading(folded: str, start: int, end: int) -> bool:
    """Is the reporting participle at folded ``[start, end)`` an adjective or a noun, no cue: after "غير" or a copula
    ("وأفادت معلومات غير مؤكدة أنه …", "يبدو مرجحا أنه …"), or "مقرا له" ("يتخذ من بيروت مقرا له")?"""
    prev = folded[max(0, start - 20):start].rstrip(" \t\u00a0").rsplit(" ", 1)[-1]
    if prev in _ADJECTIVE_MARKERS or prev in _COPULAS:
        return True
    if folded[start:end] in _SEAT_FORMS:
        nxt = _NEXT_WORD.match(folded, end)
        return nxt is not None and nxt.group(1) in _ADDRESSEE_WORDS
    return False


def _near_claim(f: _Finder, last: _Last | None, it: _Item, claims: list[tuple[int, int, _Item, Source | None]]) -> bool:
    """Is the last speaker's claim in the sentence of ``it``, or does one of that speaker's claims hold it?"""
    if last is None:
        return False
    return last[1] == f.sentence(it.start) or any(cs <= it.start < ce and src is last[0] for cs, ce, _, src in claims)


def _written_passive(doc: Document, it: _Item) -> bool:
    """Is a past reporting verb written as a passive, with a damma after its first letter ("وأُعلن أن …",
    "ذُكر أن …", "نُقل عن …": an active past verb has a fatha there)? Of an impersonal reading, a present
    verb, the damma is on its prefix ("ويُرجّح أن", "يُتوقَّع أن")."""
    start, end = doc.to_original(it.start, it.end)
    return doc.text[start + 1:start + 2] == _DAMMA and end > start + 2


#: The damma: after the first letter of a past verb it makes the verb passive ("أُعلن").
_DAMMA = "\u064f"


def _relayed(f: _Finder, zone: list[Tok], relay: Source, prep: str = "عن") -> Source | None:
    """The speaker whose words the subject of a verb of relaying passes on: the one after "عن" right after the
    subject ("ونقلت وكالة الأنباء العراقية عن مصدر أمني قوله إن …" → "مصدر أمني"; "ونقلت رويترز عن مسؤول أمريكي
    أن …"), or after ``prep`` ("من" of an outlet that learned it: "علمت الجوهرة أف أم، من مصدر أمني أن"), or None."""
    k = next((i for i, t in enumerate(zone) if t.start >= relay.end), None)
    while k is not None and k < len(zone) and (zone[k].text in COMMAS or zone[k].text in MARKS
                                               or zone[k].text in _TIME_WORDS):
        k += 1  # ('علمت "الجوهرة أف أم" من …', "علمت الجوهرة أف أم، من …", "نقلت الصحيفة يوم الاثنين عن …")
    if k is not None and k < len(zone) and zone[k].text == "(":
        # the outlet's abbreviation: "نقلت وكالة الأنباء الرسمية (سانا) عن مصدر عسكري قوله"
        close = next((c for c in range(k + 1, min(len(zone), k + 5)) if zone[c].text == ")"), None)
        if close is not None:
            k = close + 1
    if k is None or k >= len(zone) or zone[k].text != prep:
        return None
    rest = zone[k + 1:]
    said = next((i for i, t in enumerate(rest) if f.lex.speech_noun(t.text) is not None), len(rest))
    return speaker_after(rest[:said], f.folded, f.mentions, f.lex, fallback=False)  # (not "قوله")


#: Words with ف that open the clause after a leading source phrase, as "فإن" does ("وحسب المصدر فقد …", "ووفقا لأقوال
#: المتحدث باسم الوزارة ففي حال تم …"; session 34b).
_FA_OPENERS = frozenset({"فقد", "ففي"})
#: The lemmas of the relay phrases ("نقلا عن"), folded.
_RELAY_PHRASE_LEMMAS = word_set("relay_phrases")
#: Verbs of a relative clause after a source phrase's speaker that relay another's words ("اقتبست عن", "نقلت عن").
_RELAY_RELATIVES = word_set("relay_relatives")
#: When it was said, between a relay and its "عن" ("اليوم", "يوم الاثنين"; ``time_words``).
_TIME_WORDS = word_set("time_words")


def _relayed_by_relative(f: _Finder, zone: list[Tok], relay: Source) -> Source | None:
    """The speaker whose words a source phrase's speaker passes on in a relative clause right after it: "بحسب
    تقارير اقتبست عن مسؤولين في الشرطة" → "مسؤولين في الشرطة", "وفق وسائل إعلام نقلت عن مصادر أمنية"; None when
    no such verb and "عن" follow it."""
    k = next((i for i, t in enumerate(zone) if t.start >= relay.end), None)
    if k is None or k + 1 >= len(zone) or zone[k].text not in _RELAY_RELATIVES:
        return None
    verb = zone[k]
    return _relayed(f, zone, Source(verb.start, verb.end, "phrase", relay.type))


#: Most words before "إلى" of a verb of attributing ("ونسبت صحيفة وول ستريت جورنال إلى …") or "عنه" of a relay.
_RELAY_REACH = 8
_ILA = lookup_key("إلى")


def _attributed(f: _Finder, zone: list[Tok]) -> Source | None:
    """The one a verb of attributing gives the words to: after "إلى" within the first words after the verb, before
    "قوله/قولها" or the complementizer ("ونسبت الصحيفة إلى مسؤول في وزارة الخارجية قوله إن …" → "مسؤول في وزارة
    الخارجية", "ونسبت وكالة رويترز إلى مصادر أمنية أن …"); None when no speaker follows "إلى" or no "إلى" at all."""
    k = next((i for i, t in enumerate(zone[:_RELAY_REACH]) if t.text == _ILA), None)
    if k is None:
        return None
    rest = zone[k + 1:]
    said = next((i for i, t in enumerate(rest) if f.lex.speech_noun(t.text) is not None), len(rest))
    return speaker_after(rest[:said], f.folded, f.mentions, f.lex, fallback=False)


def _companions_relayed(f: _Finder, zone: list[Tok], carried: Source | None) -> Source | None:
    """The one whose words a relay's subject passes on "عنه/عنها": the name after the companions who relay
    ("ونقل زوار رئيس مجلس النواب نبيه بري عنه قوله إن …" → "نبيه بري"; `relay_companions`), or the one spoken of
    before when "عنه" comes first ("ونقل عنه مقربون قوله إن …"); None otherwise."""
    j = next((i for i, t in enumerate(zone[:_RELAY_REACH]) if t.text in _RELAY_PRONOUNS), None)
    if j is None:
        return None
    if j == 0:
        return carried
    head = zone[0].text
    if (head not in _RELAY_COMPANIONS and head.removeprefix("ال") not in _RELAY_COMPANIONS) or j < 2:
        return None
    persons = [m for m in f.mentions.inside(zone[1].start, zone[j].start) if m.type in ("person", "group")]
    if persons:
        m = persons[-1]
        return Source(m.start, m.end, m.layer, m.type, m.id)
    return speaker_after(zone[1:j], f.folded, f.mentions, f.lex, fallback=False)


#: Most words between a role's phrase and the comma before the name in apposition to its whole phrase.
_APPOSED_REACH = 8


def _apposed_after(f: _Finder, zone: list[Tok], src: Source) -> Source | None:
    """The PER after a comma that closes the rest of a role's phrase, cut at its preposition ("قال القيادي في حزب
    المؤتمر من أجل الجمهورية، طارق الكحلاوي إن …" → "طارق الكحلاوي", as "وزير الخارجية، خميس الجهيناوي" is); None
    when where or to whom it was said comes before the comma ("… في تصريح لمراسل الجوهرة، فلان")."""
    k = next((k for k, t in enumerate(zone) if t.start >= src.end), len(zone))
    for n, t in enumerate(zone[k:k + _APPOSED_REACH + 1], k):
        w = t.text
        if w in COMMAS:
            m = f.mentions.starting_in(t.end, t.end + 2)
            if m is None:  # (also right after a whole role: "القيادي بحركة نداء تونس، لزهر العكرمي أن")
                return _untagged_name(f, zone, n + 1)
            return Source(m.start, m.end, m.layer, m.type) if m is not None and m.type == "person" \
                and m.layer == "entities" else None
        if not t.is_word or w in _SAID_IN or w in _TIME_WORDS or f.lex.is_comp(w) or w in f.lex.cues \
                or (w[:1] == "ل" and is_cutter(t, f.lex)):
            return None
    return None


#: Pronouns, no name's first word ("، فهي تعلم أنه …").
_PRONOUN_WORDS = word_set("pronoun_words")
#: Fewest and most words of a name the tagger missed after a role's comma.
_UNTAGGED_WORDS = (2, 3)


def _untagged_name(f: _Finder, zone: list[Tok], k: int) -> Source | None:
    """The name the tagger missed after the comma that closes a role's phrase, right before the complementizer
    ("قال النائب عن الجبهة الشعبية، عمار عمروسية إن …"): two or three words, none definite first, a head, a cue,
    a stop or a word of when or where; None otherwise."""
    n = k
    while n < len(zone) and n - k <= _UNTAGGED_WORDS[1] and zone[n].is_word and not f.lex.is_comp(zone[n].text):
        w = zone[n].text
        if (n == k and w.startswith("ال")) or w[:1] == "و" or f.lex.head(w) is not None or w in f.lex.cues \
                or w in _NP_STOPS or w in _TIME_WORDS or w in f.lex.zone_cutters or w in _SAID_IN \
                or w in _PRONOUN_WORDS:
            return None
        n += 1
    if not _UNTAGGED_WORDS[0] <= n - k <= _UNTAGGED_WORDS[1] or (n < len(zone) and not f.lex.is_comp(zone[n].text)):
        return None  # (the zone ends where the claim's complementizer or colon starts)
    return Source(zone[k].start, zone[n - 1].end, "phrase", "person")


def _guest(folded: str, src: Source) -> bool:
    """Is ``src`` a programme's guest with no name ("ضيف "بوليتيكا"", "ضيفة البرنامج")?"""
    said = folded[src.start:src.end].split()
    return src.layer == "phrase" and said[0] in _GUEST_WORDS and len(said) <= 2


def _guest_named(f: _Finder, carried: Source | None) -> Source | None:
    """The person named before whom "ضيف "بوليتيكا"" speaks of again ("كشف السياسي نجيب الشابي …. وقال ضيف
    "بوليتيكا" في "الجوهرة أف أم"، إن …" → "نجيب الشابي"): the speaker carried over when a PER or a phrase with a
    name in it, else None."""
    if carried is None or carried.type != "person":
        return None
    if carried.layer == "entities" or any(m.type == "person" for m in f.mentions.inside(carried.start, carried.end)):
        return carried
    return None


def _same_one(f: _Finder, carried: Source | None, word: Source) -> Source | None:
    """The speaker named before that a one-word role of the sentence names again ("النائبة" after "النائبة سامية
    عبو" or after her name), or None when it names another role ("الرئيس" after "الوزير")."""
    if carried is None or carried.layer != "phrase":
        return carried
    return carried if f.folded[word.start:word.end] in f.folded[carried.start:carried.end].split(" ") else None


def _before_object(src: Source, zone: list[Tok], lex: Lexicon) -> Source:
    """A subject phrase cut before the object of a verb that says nothing: after the head and its genitive
    ("وزير الصحة", "رئيس الحكومة"; none after a definite head) only the words that describe them ("الرئيس
    الفرنسي", "الأمين العام", "المتحدث باسم الجيش") go on; "وزار الرئيس المستشفى" → "الرئيس"."""
    if src.layer != "phrase":
        return src
    inside = [t for t in zone if src.start <= t.start and t.end <= src.end and t.is_word]
    if len(inside) < 2:
        return src
    # (the genitive of an indefinite head; not a preposition: "كشف شقيقان من سلوفاكيا عن …")
    k = 1 if inside[0].text.startswith("ال") or inside[1].text in _MODIFIER_PREPS else 2
    while k < len(inside):
        word = inside[k].text
        if word in _MODIFIER_PREPS and k + 1 < len(inside):
            k += 2
        elif _describes_head(word, lex) or word.startswith("وال"):
            k += 1
        else:
            break
    return src if k >= len(inside) else Source(src.start, inside[k - 1].end, src.layer, src.type, src.id)


def _describes_head(word: str, lex: Lexicon) -> bool:
    """Can the definite word after a definite head describe it: a role adjective ("الأمين العام") or a definite
    nisba ("الرئيس الفرنسي", "الخارجية الأمريكية"; not "المستشفى", whose ى folds to ي)?"""
    if word in _ROLE_ADJECTIVES or word in lex.closers:
        return True
    bare = word[2:] if word.startswith("ال") else ""
    return bare in nisba_adjectives() or (bare.endswith("يه") and bare[:-1] in nisba_adjectives())


def _verb_like(word: str, lex: Lexicon) -> bool:
    """Can the first word of a sentence be its verb: a word of three letters or more after و/ف, with no article
    or preposition on it, and none of the words that open a sentence otherwise ("وفي", "كما", "هذا")?"""
    bare = word[1:] if word[:1] in "وف" and len(word) > 3 else word
    return len(bare) >= 3 and bare.isalpha() and not bare.startswith(("ال", "لل", "بال", "كال")) and \
        bare not in _NOT_VERBS and word not in _NOT_VERBS and bare not in lex.zone_cutters


_ROLE_ADJECTIVES = word_set("role_adjectives")
_KANA_FORMS = word_set("kana_forms")
#: Verbs whose subject passes on another's words, named after "عن" ("نقلت وكالة X عن مصدر أمني قوله").
_RELAY_VERBS = word_set("relay_verbs")
#: Verbs of attributing: a claim only with the one after "إلى" ("ونسبت الصحيفة إلى مسؤول قوله إن").
_ATTRIBUTE_VERBS = word_set("attribute_verbs")
#: Those who relay the words of the one named after them, "عنه" ("نقل زوار نبيه بري عنه قوله"), and its pronouns.
_RELAY_COMPANIONS = word_set("relay_companions")
_RELAY_PRONOUNS = word_set("relay_pronouns")
_LEARN_VERBS = word_set("learn_verbs")
#: Words that open a sentence and are no verb (folded): adverbs, pronouns, particles, prepositions.
_NOT_VERBS = frozenset().union(*(word_set(key) for key in ("not_subjects", "zone_cutters", "clause_openers",
                                                            "comp_blockers")))


#: The prepositions of a speech act (their complements take ب, written on the word, or إلى/على).
_NO_PREPS: frozenset[str] = frozenset()
#: The verbs before a participle that :func:`_main_speaker` reads, nearest first.
_VERBS_BACK = 4


def _in_claim(claims: list[tuple[int, int, _Item, Source | None]], at: int, floor: int) -> bool:
    """Does ``at`` lie in the content of a claim of a cue at or after ``floor`` (claims come in their
    cues' order, and a claim lies within a quotation's length or two of its cue)?"""
    for cs, ce, it, _ in reversed(claims):
        if it.start < floor:
            return False
        if cs <= at < ce:
            return True
    return False


#: The past forms of the speech verbs whose object comes before their preposition (``object_first_acts``).
_OBJECT_FIRST = frozenset(form for lemma in word_set("object_first_acts") for form in past_forms(lemma))
_OBJECT_PREPOSITIONS = frozenset(["الي", "علي"])


#: Prepositions before a name that make it a complement, not the subject of the verb before them.
_FAR_PREPOSITIONS = frozenset(["من", "في", "عن", "علي", "الي", "مع"])


def _is_object(verb: str, src: Source, zone: list[Tok]) -> bool:
    """Is ``src``, right after ``verb`` (folded, without و/ف), the object of a verb whose subject is left out
    ("واتهم إيران بإسهامها …", "ودعا المواطنين إلى الهدوء"): a verb of ``object_first_acts`` with its preposition
    right after ``src``?"""
    if verb not in _OBJECT_FIRST:
        return False
    after = next((t.text for t in zone if t.start >= src.end), "")
    return after[:1] == "ب" or after in _OBJECT_PREPOSITIONS


def _named_speaker(f: _Finder, verb: tuple[int, int, bool], last: _Last | None, lo: int, hi: int) -> _Last | None:
    """``last`` after a speech verb with no claim (``verb``: its folded span, whether present): the subject
    named right after it, when named ("وتعهد الرئيس السوري بشار الأسد بمواصلة القتال", a sentence
    later: "وقال إن …" is his), else ``last`` unchanged."""
    s, e, present = verb
    if last is not None and last[1] > f.sentence(s):
        return last
    _, s_end = f.sentence_bounds(s, lo, hi)
    zone = words(f.folded, e, min(s_end, e + 200))
    if zone and zone[0].text in PRONOUN_PREPOSITIONS and zone[0].text not in _RESUMPTIVE_WORDS:
        # a relative clause's verb: "بالاستثناءات التي أعلن عنها المكتب التنفيذي", "مركز أطلق عليه …" (not "ما صرحت
        # به القوبنطيني", whose speaker is named)
        return last
    src = speaker_after(zone, f.folded, f.mentions, f.lex)
    # (how it was said is no complement: "انتقد بشدة الأمين العام … نور الدين الطبوبي")
    between = [w for w in f.folded[e:src.start].split() if w not in _MANNER] if src is not None else []
    if len(between) > 3 and any(w[:1] == "ب" or w in _FAR_PREPOSITIONS or w[:1] in "\"«“" for w in between) \
            and not (src is not None and src.layer == "entities" and role_person(zone, f.mentions, f.lex) == src):
        return last  # a name in a complement ("وندد رئيس تيار المحبة بموقف … من ترامب"): no subject read
    if src is None or src.type == "anonymous" or (src.layer == "phrase" and (
            not f.mentions.inside(src.start, src.end) or f.folded[src.start] == "ب")):
        return last  # (a name or a group in it: "انتقد الإعلامي زياد الهاني"; not "دعا الاتفاق", "أفاد بشهادته")
    if src.layer == "entities" and f.folded[src.start - 1:src.start] in ("ب", "ل") \
            and not f.folded[src.start - 2:src.start - 1].strip():
        return last  # a place or an addressee after ب/ل ("ذلك ما أفاد به بتونس رئيس المجموعة")
    if src.layer == "phrase":  # "ورفض فريق ترامب التعليق" → "فريق ترامب"; "وصف السياسي نجيب الشابي" → the name
        named = f.mentions.inside(src.start, src.end)
        cut = _before_object(src, zone, f.lex)
        # (a person named right after the cut role: "وصف السياسي نجيب الشابي …"; not one further in the phrase)
        person = next((m for m in named if m.type == "person" and m.start > cut.end), None)
        if person is not None and not f.folded[cut.end:person.start].strip():
            src = Source(person.start, person.end, person.layer, person.type, person.id)
        else:
            src = cut
    if _is_object(f.folded[s:e], src, zone):
        return last  # "واتهم إيران بإسهامها …": the object, the subject left out
    gender = _gender(f.folded[s:e], present)
    said = set(f.folded[src.start:src.end].split())
    if last is not None and said <= set(f.folded[last[0].start:last[0].end].split()):
        return (last[0], f.sentence(s), gender or last[2])  # "وطالب خامنئي" after "علي خامنئي": the one named in full
    return (src, f.sentence(s), gender)


def _carried_to(f: _Finder, last: _Last | None, it: _Item) -> Source | None:
    """The last speaker named, carried to ``it`` when within reach and of the gender of ``it``'s verb,
    participle or pronoun: a man named by "قال" is no subject of "وأضافت", a woman named by "أكدت" none of
    "مضيفا" or "حسب قوله" ("أكد سليم الحاج مبروك أن … من جهتها أوضحت عزيزة حتيرة … أن …")."""
    src = f.carried(last, it.start)
    if src is None or last is None:
        return src
    if it.cue.kind == "participle" and f.sentence(it.start) == last[1]:
        return src  # "وقال الوزير إن …، مضيفة أن …": the حال's subject is its verb's, a slip of gender or not
    gender = _claim_gender(f.folded, it)
    return None if gender is not None and last[2] is not None and gender != last[2] else src


def _plural_carried(f: _Finder, it: _Item, claims: list[tuple[int, int, _Item, Source | None]], lo: int,
                    hi: int) -> Source | None:
    """The people a plural verb with و and no subject ("وأضافوا أن", "ويقولون إن") carries from before, when the
    last speaker is one person or body: unnamed people its sentence names before it ("وقام أطباء بإجراء فحوصات،
    وقالوا إن …"), else the last speaker within reach that can be many ("وقال شهود إن … بينما قالت الشرطة …" ¶
    "وأضافوا بأن …" → "شهود"), else unnamed people of the sentence before, when the verb opens its sentence
    ("وطالب المحتجون بحقهم في التشغيل." ¶ "وأكدوا أن …" → "المحتجون")."""
    def said(src: Source | None) -> bool:  # (people inside a claim's words are no subject: "سرق المواطنين")
        if src is None:
            return False
        if any(cs <= src.start < ce for cs, ce, _, _ in claims):
            return True
        # (nor inside a quotation: '"… مناشدة الأهالي التوافد …"')
        before = f.folded[f.sentence_bounds(src.start, lo, hi)[0]:src.start]
        return before.count('"') % 2 == 1 or before.count("«") > before.count("»")

    people = _sentence_people(f, it.start - len(it.pre), lo, hi)
    if people is not None and not said(people):
        return people
    here = f.sentence(it.start)
    for _cs, _ce, other, src in reversed(claims):
        if other.start >= it.start:
            continue
        if here - f.sentence(other.start) > f.carry_sentences:
            break
        if src is not None and _many(f, src):
            return src
    s_start, _ = f.sentence_bounds(it.start, lo, hi)
    if f.folded[s_start:it.start - len(it.pre)].strip(" \t\u00a0\"«“") or s_start <= lo:
        return None
    end = s_start
    while end > lo and f.folded[end - 1].isspace():
        end -= 1
    people = _sentence_people(f, end - 1, lo, hi) if end > lo else None
    return None if said(people) else people


def _claim_gender(folded: str, it: _Item) -> str | None:
    """The gender a claim's cue gives its speaker: that of a singular verb ("قالت", "تقول" f; "قال", "لفت"
    m) or participle ("مضيفة" f, "مضيفا" m), or of the pronoun of "حسب قولها" (f) / "حسب قوله" (m); None
    for a dual, a plural, "نؤكد", a colon or a source phrase without a pronoun."""
    form = folded[it.start:it.end]
    kind = it.cue.kind
    if kind == "participle":
        return _participle_gender(form)
    if kind == "past":
        return "m" if form == _lemma_key(it.cue.lemma) else _gender(form, False)  # ("لفت" ends as "قالت" does)
    if kind == "present":
        return None if form.startswith("ن") else _gender(form, True)
    if it.kind == "source" and it.pronoun:
        noun = folded[it.start:it.phrase_end].rsplit(" ", 1)[-1]
        return "f" if noun.endswith("ها") else None if noun.endswith(("هم", "هما", "هن")) else "m"
    return None


def _agreement(folded: str, it: _Item) -> str | None:
    """The person of a claim's verb: "m" or "f" for a singular (:func:`_claim_gender`), "plural" ("قالوا",
    "يقولون"), "dual" ("قالا", "قالتا", "يقولان"), None for "نقول" or a verb whose form does not say."""
    gender = _claim_gender(folded, it)
    if gender is not None:
        return gender
    form = folded[it.start:it.end]
    if form.startswith("ن") and it.cue.kind == "present":
        return None
    if form.endswith(("وا", "ون")):
        return "plural"
    return "dual" if form.endswith(("ا", "ان", "تا")) else None


@cache
def _lemma_key(lemma: str) -> str:
    """The folded form of a cue's lemma ("قال", "أكد" → "اكد"), folded once per lemma of the lexicon."""
    return lookup_key(lemma)


def _gender(verb: str, present: bool) -> str | None:
    """"f" or "m" for a singular 3rd person verb form (folded; "قالت", "تحدثت", "تقول" / "قال",
    "تحدث", "يقول"), None for a dual, a plural or a form that can be either ("قالا", "دعا")."""
    if verb.endswith(("وا", "ون", "ان", "تا", "ا")):
        return None
    if present:
        return "f" if verb.startswith("ت") else "m"
    return "f" if verb.endswith("ت") else "m"


def _participle_gender(word: str) -> str | None:
    """"f" for a feminine singular participle ("مضيفة", folded "مضيفه"), "m" for a masculine one
    ("مضيفا"), None for a dual or plural."""
    if word.endswith("تين"):
        return None
    if word.endswith("ه"):
        return "f"
    return "m" if word.endswith("ا") and not word.endswith("ان") else None


#: Most words between a verb and a quotation that runs past the end of its sentence ("مضيفا القول "…"").
_ADJACENT_WORDS = 2
#: Fewest words of a quotation that opens with a complementizer far after its verb (see :meth:`_Finder._opens_clause`).
_CLAUSE_QUOTE_WORDS = 5
#: Fewest words of a quotation far after its verb (see :meth:`_Finder._said_in`).
_LONG_QUOTE_WORDS = 5
#: The preposition + pronoun a source phrase's verb takes before its subject ("حسب ما أفاد به", "وفق ما أكدت
#: عليه", "حسب ما أشار إليه"); "في" too, unless where it was said follows.
_VERB_COMPLEMENTS = frozenset(["به", "بها", "بهم", "عنه", "عنها", "فيه", "في", "عليه", "عليها", "اليه", "اليها"])
#: Nouns of where something was said ("في بيان", "في تصريح له", "خلال مداخلته"), from attribution.yaml.
_SAID_IN = word_set("said_in")

#: Object pronouns on a source phrase's verb ("حسب ما أكده", "وفق ما أوردته", "حسب ما أفادنا به مراسلنا", "وفق ما
#: أفادتنا به"): him, her, "us" of the outlet.
_OBJECT_SUFFIXES = ("ته", "تها", "ه", "ها", "وه", "تنا", "نا")
#: Adverbs of how something was said (``manner_adverbs``), skipped before a subject.
_MANNER = word_set("manner_adverbs")
#: What one swears by, which ends the speaker after a verb of oath (``oath_words``, ``oath_verbs``).
_OATHS = word_set("oath_words")
_OATH_VERBS = word_set("oath_verbs")
#: Words of the circumstances of a statement ("على هامش", "إثر", "في رده"), from attribution.yaml: with one of them or
#: a :data:`_SAID_IN` noun after the verb, its complementizer may be as far as :data:`_FAR_GAP` words.
_CIRCUMSTANCES = word_set("circumstance_words")
#: Prepositions before where a statement was made ("في تصريح"، "خلال مؤتمر صحفي"، "على هامش"، "لدى استقباله"; not
#: "على إثر", which goes on with the clause: "ويعود القرار، وفق الاتحاد، على إثر الاتصال بالمنسقة …").
_SAID_AT = frozenset(lookup_key(w) for w in ("في", "خلال", "لدى", "على", "أثناء"))
#: Words that end a reach past ``max_gap`` words (``far_stops``): a clause of its own begins.
_FAR_STOPS = word_set("far_stops")
#: Most words between a verb and its complementizer past where and when it was said ("وأضاف الوزير في تصريح لمراسل …
#: على هامش إشرافه على منتدى … بصفاقس أنه …"), when ``max_gap`` (25) is the default or less.
_FAR_GAP = 60

#: Most words between a verb joined by و and the clause it takes ("وقالت في بيان إنها").
_JOINED_REACH = 4

#: A comma of any script (``COMMAS``), found in C.
_COMMA = re.compile("[" + "".join(sorted(COMMAS)) + "]")

#: The forms "is named" (``named_forms``) as written, and folded (as a cue is found).
_NAMED = frozenset(load_resource(RESOURCE, SCHEMA)["named_forms"])
_NAMED_FOLDED = word_set("named_forms")


def _named(doc: Document, s: int, e: int) -> bool:
    """Is the cue at folded ``[s, e)`` written as a form "is named" ("ويدعى", not "ويدعي")?"""
    start, end = doc.to_original(s, e)
    return doc.text[start:end] in _NAMED


#: Word lists of ``attribution.yaml`` (folded): see there.
_NAME_PREPOSITIONS = word_set("name_prepositions")
_NAMING = word_set("naming_words")
_CLAUSE_OPENERS = word_set("clause_openers") | {""}  # (see :meth:`_Finder._starts_sentence`)
_HEADLINE_TOPICS = word_set("headline_topics")
_FOLLOWING = word_set("following_words")
_TIME_WORDS = word_set("time_words")
_NP_STOPS = word_set("phrase_stops")
#: A programme's guest, named before ("وقال ضيف "بوليتيكا" إن …").
_GUEST_WORDS = frozenset(["ضيف", "ضيفة", "الضيف", "الضيفة"])
#: Most characters between a speaker phrase's end and the end of the name it stops in or before.
_NAME_REACH = 40
#: The source phrase "on the tongue of" (its lemma in ``source_phrases``).
_ON_BEHALF = "على لسان"
_ON_BEHALF_FOLDED = lookup_key(_ON_BEHALF)
_MODIFIER_PREPS = word_set("modifier_prepositions")
_COPULAS = word_set("copulas")
_COMPLEMENT_PREPS = word_set("complement_prepositions")
_IMPERSONAL_READINGS = word_set("impersonal_readings")
_OWN_REPORTERS = word_set("own_reporters")
#: The verbs whose claim can be a verbal noun with no أن (``masdar_verbs``, folded lemmas).
_MASDAR_VERBS = word_set("masdar_verbs")
#: Those whose object is an act unless it has a pronoun ("أعلن حالة الطوارئ" / "أعلن رفضه"), and the nouns of an
#: exhortation ("أكد الوزير ضرورة الإسراع …": a call, as "دعا" makes, no claim).
_STANCE_VERBS = word_set("stance_verbs")
_ANNOUNCED_EVENTS = word_set("announced_events")
#: Most words of a speaker and role before the relative clause that describes them (session 31b).
_DESCRIBED_WORDS = 6


def _described_speaker(zone: list[Tok]) -> bool:
    """Do the words between a verb and its quotation name the speaker and then describe them by a relative clause
    ('وقالت علياء عودة مديرة مؤسسة أبعاد التي أطلقت حملة لإلغاء المادة "…"', "رئيس الجمعية التي تأسست عام 2010")
    with no sentence's end, comma or cue among them?  The relative pronoun comes after at least two words and at most
    :data:`_DESCRIBED_WORDS`."""
    rel = next((k for k, t in enumerate(zone) if t.text in _RELATIVE_WORDS), None)
    if rel is None or not 2 <= rel <= _DESCRIBED_WORDS:
        return False
    return all(t.is_word or t.text in MARKS for t in zone)


#: A target a group claims after a headline's present verb ("الحوثيون يعلنون استهداف سفينة": session 31b).
_CLAIMED_EVENTS = word_set("claimed_events")
#: Who acted with the announcer ("بالتعاون مع …"), and the most words from it to what happened (session 32).
_JOINT_WORDS = word_set("joint_words")
_JOINT_REACH = 12
#: Verbs of an accusation: "اتهم X Y بـ + verbal noun" claims Y's deed (session 32).
_ACCUSATION_VERBS = word_set("accusation_verbs")
#: What a stance verb's subject decides, an act even with its pronoun ("أعلنت المحكمة حكمها"; session 32).
_ANNOUNCED_ACTS = word_set("announced_acts")
#: Most words of a headline's subject before its present verb of announcing (session 31b).
_HEADLINE_SUBJECT_WORDS = 6
_EVENT_REPORT_VERBS = word_set("event_report_verbs")
_WITH_B_EVENTS = frozenset("ب" + w for w in _ANNOUNCED_EVENTS)  # "بمقتل", "باستشهاد"
_MASDAR_B_VERBS = word_set("masdar_b_verbs")
#: Of those, the verbs whose verbal noun follows their own preposition ("كشف عن وجود", "أشار إلى تسجيل"; session 29c).
_MASDAR_PREP_VERBS = word_set("masdar_prep_verbs")
_MASDAR_PREP_NOUNS = word_set("masdar_prep_nouns")
#: The particles that negate a verb after them ("لم يوضح", "لا ينفي"), as the last word before it.
_NEGATIONS = frozenset(["لم", "لا", "لن", "ما"])
#: Words after a comma that open a new clause ("…، فيما وصف …"), not the rest of the one a source phrase interrupts.
_DESCRIBED_BY = word_set("described_by")
_NEW_CLAUSE = word_set("relative_pronouns") | frozenset(["فيما", "بينما", "حيث", "مما", "اذ", "حين"])
_EXHORTATIONS = word_set("exhortation_nouns")
#: Most words after the verb where its verbal noun is looked for before its speaker is read.
_MASDAR_REACH = 14
#: The pronouns "her", "their" on a noun (folded "ه" is also the ة of a feminine noun: not read).
_OWN_SUFFIXES = ("ها", "هم", "هما", "هن")
#: The verbal noun of the pattern افتعال of a root whose first letter is ل ("التزام", "التزامه", "التحاقها"),
#: which starts as a definite word does.
_IFTIAL = re.compile("الت[^ا]ا[^ا](?:ه|ها|هم|هما|هن)?$")
#: Verbal nouns by their pattern, indefinite (folded): إفعال "إيقاف", استفعال "استئناف", افتعال "اعتقال", انفعال
#: "انسحاب", تفعيل "تمديد".
_MASDAR_FORM = re.compile("(?:است[^ا]{2}|ا[^ا]ت[^ا]|ان[^ا]{2}|ا[^ا]{2})ا[^ا](?:ه|ها|هم|هما|هن)?$|ت[^ا]{2}ي[^ا]$")
#: Most words of a role before the name of the person it names ("المدير الجهوي للصحة بسوسة فلان").
_ROLE_WORDS = 6
_ADDRESSEE_WORDS = word_set("addressee_pronouns")
#: Heads of unnamed sources that name one ("مصدر أمني"), and the words that pick one of many ("أحد السكان").
_SINGULAR_SOURCES = word_set("singular_sources")
_ONE_OF = frozenset(["احد", "احدي"])
#: Prepositions that open a complement after a speaker's head ("السكان من العطش").
_COMPLEMENT_WORDS = frozenset(["من", "في", "عن", "الي", "علي", "مع", "لدي", "داخل", "قرب"])


def _accused_of(word: str, lex: Lexicon) -> bool:
    """Is ``word`` ب + a verbal noun, what one is accused of ("بقتل", "بارتكاب", "بالتحكم", "بالوقوف"; not "بأن", which
    an accusation with أن takes, nor ب + a head, "بمصادر")?"""
    if word[:1] != "ب" or len(word) < 4 or lex.is_comp(word):
        return False
    rest = word[3:] if word.startswith("بال") else word[1:]
    return len(rest) >= 3 and lex.head(rest) is None and _masdar_like(rest, lex)


def _past_joint(toks: list[Tok], k: int, lex: Lexicon) -> int:
    """The index of what happened after who acted with the announcer ("بالتعاون مع قوات بعثة الاتحاد الأفريقي (أتميس)
    مقتل …"), or ``k``: at most ``_JOINT_REACH`` words, none a cue, a complementizer or a sentence's end, up to a noun
    of ``announced_events`` or ``claimed_events`` (session 32)."""
    if k >= len(toks) or toks[k].text not in _JOINT_WORDS:
        return k
    for j in range(k + 1, min(len(toks), k + 1 + _JOINT_REACH)):
        w = toks[j].text
        if w in _ANNOUNCED_EVENTS or w in _CLAIMED_EVENTS:
            return j
        if w in SENTENCE_END or w in COMMAS or w in lex.cues or w in lex.complementizers:
            break
    return k


def _subject_only(src: Source, zone: list[Tok], lex: Lexicon, preps: frozenset[str] = frozenset()) -> Source:
    """A subject phrase cut before the verb's object: a definite noun ends a noun phrase unless a
    definite word, a closer or a prepositional phrase follows ("وأبرزت النائبة تشبث المرأة …" →
    "النائبة"; "اتحاد المصارف العربية", "المصدر ذاته", "المتحدث باسم الجيش" whole); the verb's own
    prepositions (``preps``) start its complement ("وحذر الوزير من خطاب …" → "الوزير")."""
    if src.layer != "phrase":
        return src
    inside = [t for t in zone if src.start <= t.start and t.end <= src.end and t.is_word]
    for a, b in pairwise(inside):
        if a.text.startswith("ال") and (b.text in _COMPLEMENT_PREPS or b.text in preps or not (
                b.text.startswith(("ال", "لل")) or b.text in lex.closers or b.text in _MODIFIER_PREPS)):
            return Source(src.start, a.end, src.layer, src.type)
    return src


def _merge_phrases(items: list[_Item], f: _Finder) -> list[_Item]:
    """A source phrase between a verb and its clause names the verb's speaker ("وأكد على لسان
    المتحدث باسمه أن …", "ذكرت وكالة رويترز نقلا عن صحيفة "فيلت" أن …": the newspaper's claim, the agency that
    relays it kept as ``via``, session 34b), but "على لسان" after the verb's own subject names those the subject
    speaks for ("واتهم طارق الحداد على لسان المحتجين أن …": his claim): it is no claim of its own."""
    out: list[_Item] = []
    verb: _Item | None = None
    phrase: _Item | None = None  # the last source phrase kept
    for it in items:
        if it.kind == "source" and phrase is not None and phrase.start < it.start < phrase.phrase_end:
            continue  # "بحسب ما جاء في بيان …": "جاء في" is inside the phrase "بحسب ما جاء في بيان …"
        if it.kind == "source" and verb is not None and verb.zone and it.source is not None \
                and verb.end <= it.start and it.phrase_end <= verb.zone[-1].end + 1 and verb.source is None:
            if it.cue.lemma != _ON_BEHALF or not any(
                    t.is_word and t.text not in _TIME_WORDS for t in verb.zone if t.end <= it.start - len(it.pre)):
                verb.source = it.source
                if _lemma_key(it.cue.lemma) in _RELAY_PHRASE_LEMMAS and it.via is None:
                    before = [t for t in verb.zone if t.end <= it.start - len(it.pre)]
                    verb.via = speaker_after(before, f.folded, f.mentions, f.lex, fallback=False) if before else None
            continue
        if it.kind != "source":
            verb = it
        else:
            phrase = it
        out.append(it)
    return out


def _nested(it: _Item, q: Quotation) -> _Item:
    return _Item(it.start, it.end, it.cue, it.pre, "direct", it.zone, quote=q)


def _first_space(text: str, lo: int, hi: int) -> int:
    """Where a stretch cut to ``[lo, hi)`` starts: its first space, else ``lo``."""
    cut = text.find(" ", lo, hi)
    return cut if cut != -1 else lo


def _last_space(text: str, lo: int, hi: int) -> int:
    """Where a stretch cut to ``[lo, hi)`` ends: its last space, else ``hi``."""
    cut = text.rfind(" ", lo, hi)
    return cut if cut != -1 else hi


_BETWEEN_POST_POSED = " \t\u00a0،,-–—"


def _post_posed(f: _Finder, s: int, e: int, cue: Cue, quotes: list[Quotation], lo: int, hi: int) -> _Item | None:
    """«…»، قال المتحدث: the quotation just before a verb with no clause of its own."""
    # Only spaces, commas and dashes may stand between: the quotation must close at the last other
    # character before the verb (not every quotation of the region is read for every cue).
    j = s - 1
    while j >= 0 and f.folded[j] in _BETWEEN_POST_POSED:
        j -= 1
    for q in f.closing_at(quotes, j):
        between = f.folded[q.close + 1:s]
        if q.close < s and not between.strip(_BETWEEN_POST_POSED) and q.words >= f.min_quote_words:
            s_start, s_end = f.sentence_bounds(e, lo, hi)
            at_start = not f.folded[min(s_start, q.open):q.open].strip(" \t\u00a0")
            if not (at_start or any(c in COMMAS for c in between)):
                continue
            zone = words(f.folded, e, min(s_end, e + 300))
            item = _Item(s, e, cue, "", "direct", zone, quote=q, post_posed=True)
            return item
    return None


#: Most tokens between the document of "جاء في" and its أن clause.
_SAID_IN_GAP = 8
_OPENING_MARKS = frozenset({'"', "«", "“"})


#: Most words between a leading source phrase's speaker and the "فإن" that opens its claim.
_FA_REACH = 16


def _sure_cue(lex: Lexicon, word: str) -> bool:
    """Is ``word`` a cue wherever it is written (not a verb of posting, a cue only where a post is named: "الدراسة
    التي أجراها باحثون … ونشروا نتائجها أمس، فإن …")?"""
    cue = lex.cues.get(word)
    return cue is not None and not cue.posted


def _claims_before(folded: str, it: _Item, claims: list[tuple[int, int, _Item, Source | None]]) -> list[_Item]:
    """The claims that end right before the source phrase ``it`` (only spaces, commas or closing marks between):
    the indirect claim and the quotation nested at its end ('مضيفا أنه "تحول حوله شبهة فساد"، حسب قوله')."""
    cue_start = it.start - len(it.pre)
    out = [other for _cs, ce, other, _ in claims
           if ce <= cue_start and not folded[ce:cue_start].strip(" \t\u00a0،,\"»”")]
    return out


def _source_content(f: _Finder, it: _Item, lo: int, hi: int, stops: list[int], phrase_ends: dict[int, int],
                    quotes: list[Quotation],
                    claims: list[tuple[int, int, _Item, Source | None]], *, mid: bool = False
                    ) -> tuple[int, int] | None:
    """The clause a source phrase is attached to.  ``mid``: a speaker's own tail inside the clause (see
    :func:`_mid_tail_next`)."""
    folded = f.folded
    cue_start = it.start - len(it.pre)
    s_start, s_end = f.sentence_bounds(it.start, lo, hi)
    before = folded[s_start:cue_start]
    if before.strip(" \t\u00a0\"«“") in ("", "و", "ف"):  # leading: "وبحسب المرصد، قتل …", "و حسب المعلومات، فإن"
        toks = words(folded, it.phrase_end, s_end)
        while toks and (toks[0].text in COMMAS or toks[0].text in ("-", "–", ":")):
            toks = toks[1:]
        if not toks:
            return None
        cs = toks[0].start
        fa = next((t for t in toks[:_FA_REACH] if (t.text[:1] == "ف" and f.lex.is_comp(t.text[1:]))
                   or _sure_cue(f.lex, t.text) or _sure_cue(f.lex, t.text[1:]) or t.text in SENTENCE_END
                   or t.text == ":"), None)  # (not past another cue, "وحسب إفادته", nor a colon)
        if fa is not None and fa.text[:1] == "ف" and f.lex.is_comp(fa.text[1:]) and it.cue.lemma != "جاء في":
            cs = fa.start  # "و حسب المعطيات التي تحصلت عليها مراسلتنا، فإن الشاب …": the claim from its فإن
        if it.cue.lemma == "جاء في":
            # "وجاء في بيان صادر عن الهيئة الإدارية المجتمعة أمس الخميس أن …", "جاء في بيان لوزارة
            # الدفاع مساء اليوم، أن …": the أن clause is what the document says (a time may come between)
            comp = next((t for t in toks[:_SAID_IN_GAP] if t.text in f.lex.complementizers), None)
            if comp is not None:
                cs = comp.start
            elif toks[0].text in _RELATIVE_WORDS:
                # "وجاء في نص البيان الذي أصدرته اليوم السبت "وحيث ثبت …"": the quotation after the relative
                # clause is what it says (session 29c)
                mark = next((t for t in toks[1:_SAID_IN_GAP] if t.text in _OPENING_MARKS), None)
                quote = next((q for q in quotes if mark is not None and q.open == mark.start
                              and q.words > f.min_quote_words), None)  # (not a name: 'وكالة الأنباء "واس"')
                if quote is not None:
                    return trim(folded, quote.open + 1, quote.close)
        return cs, f.clause_end(cs, lo, hi, [s for s in stops if s > it.phrase_end], quotes, it.start)
    stripped = before.rstrip(" \t\u00a0")
    for cs, ce, other, _ in reversed(claims):
        # right after another trailing phrase's speaker, the outlet it relays: the same clause ("…، وفق ما أوردته
        # "العربية" نقلا عن صحيفة "الصيحة" السودانية" was "…، وفق ما أوردته "العربية"" for the second)
        if other.kind == "source" and ce <= other.start - len(other.pre) <= other.phrase_end <= cue_start \
                and not folded[other.phrase_end:cue_start].strip(" \t\u00a0،,\"»”"):
            return cs, ce
    if (stripped and stripped[-1] in COMMAS) or it.pronoun:  # trailing: "…، بحسب صفحات موالية"
        for cs, ce, _other, _ in reversed(claims):
            if ce <= cue_start and not folded[ce:cue_start].strip(" \t\u00a0،,\"»”"):
                if it.pronoun:
                    return None  # "…، حسب قوله" after the speaker's own claim
                return cs, ce
        if mid and not (stripped and stripped[-1] in COMMAS):
            # "وتشمل هذه الاستراتيجية حسب قوله تحسين المنتوج وتنويعه": no comma around it, the clause around it
            # from the last stop (session 35)
            k = bisect_left(stops, cue_start)
            start = stops[k - 1] if k and s_start < stops[k - 1] else s_start
            if start not in phrase_ends and cue_start - start <= MAX_QUOTE:
                ce = f.clause_end(it.phrase_end, lo, hi, [s for s in stops if s > it.phrase_end], quotes, it.start)
                cs, ce = trim(folded, start, ce)
                return (cs, ce) if ce > cs else None
        inset = _between_commas(f, it, cue_start, s_start, s_end)
        if inset is not None:  # "وتتكون الخلية، وفق بلاغ …، من أربعة عناصر …": the clause around it
            cs, resume = inset
            ce = f.clause_end(resume, lo, hi, [s for s in stops if s > it.phrase_end], quotes, it.start)
            return trim(folded, cs, ce) if ce > cs else None
        # the clause before it: from the last stop ("…، منتقدا …، بحسب تعبيره"), or after the last
        # source phrase ("…، بحسب دراسة …، وكذلك …، بحسب دراسة …")
        k = bisect_left(stops, cue_start)
        if k and s_start < stops[k - 1]:
            s_start = stops[k - 1]
            if s_start in phrase_ends:  # the clause after the phrase's own (up to its comma)
                after = max(phrase_ends[s_start], cue_start - MAX_QUOTE)
                comma = _COMMA.search(folded, after, cue_start)
                s_start = comma.end() if comma is not None else after
        if cue_start - s_start > MAX_QUOTE:  # no longer than a quotation (see clause_end)
            s_start = _first_space(folded, cue_start - MAX_QUOTE, cue_start)
        cs, ce = trim(folded, s_start, cue_start)
        return (cs, ce) if ce > cs else None
    if it.phrase_end > cue_start and (not folded[it.phrase_end:s_end].strip(TRAILING + _CLOSING_MARKS)
                                      or _said_tail(f, it.phrase_end, s_end)
                                      or _new_clause_after(f, it.phrase_end, s_end)
                                      or _RELAY_NEXT.match(folded, it.phrase_end, s_end) is not None):
        # at the end of its sentence with no comma: "… إلى يومي 28 و29 أفريل وفق ما أكدته الكاتبة العامة", "…
        # بسبب هبوب رياح قوية وفق ما أكده مراسل الجوهرة أف أم في الجهة."; the claim it ends, when one does
        # ("وأكدت مصادر أن … حسبما أفادت وكالة رويترز": the relayed claim, as after a comma)
        for cs, ce, _other, _ in reversed(claims):
            if ce <= cue_start and not folded[ce:cue_start].strip(" \t\u00a0" + _CLOSING_MARKS) \
                    and _is_stop(it, folded):  # (or a quotation's: '… "…" وفق ذات البيان')
                return cs, ce
        cs, ce = trim(folded, max(s_start, cue_start - MAX_QUOTE), cue_start)
        return (cs, ce) if ce > cs else None
    # in the middle of a sentence: the whole sentence is the claim (or what of it lies within half a
    # quotation's length on either side of the cue)
    if s_end - s_start > MAX_QUOTE:
        half = MAX_QUOTE // 2
        if cue_start - s_start > half:
            s_start = _first_space(folded, cue_start - half, cue_start)
        if s_end - cue_start > half:
            s_end = _last_space(folded, cue_start, cue_start + half)
    cs, ce = trim(folded, s_start, s_end)
    return (cs, ce) if ce > cs else None


#: Most words after a trailing source phrase's speaker that say where, to whom or when it was said.
_TAIL_WORDS = 6
#: Where a reporter said it ("وفق ما أكده مراسلنا في الجهة", "… بالجهة").
_TAIL_PLACES = frozenset(["الجهة", "المكان", "الولاية", "بالجهة", "بالمكان", "بالولاية"])


def _said_tail(f: _Finder, start: int, end: int) -> bool:
    """Are the words from a source phrase's speaker to its sentence's end only where, to whom or when it was said
    ("وفق ما أكده مراسل الجوهرة أف أم في الجهة.", "وفق ما أكده مصدر أمني للجوهرة أف أم.", "مساء اليوم"), or
    the last word or two of a name ("حسب تقرير بثته التلفزة السويسرية العمومية ار تي اس")?  Then the phrase
    trails its clause as if a comma set it off."""
    folded = f.folded
    # The words before the first comma are never dropped below: more of them than a tail has, and it is none,
    # without reading the rest of the sentence (a page without punctuation is one sentence: session 35).
    comma = min((i for c in COMMAS if (i := folded.find(c, start, end)) >= 0), default=end)
    if count_word_tokens(folded, start, comma, _TAIL_WORDS + 1) > _TAIL_WORDS:
        return False
    every = _without_apposed_names(f, words(folded, start, end))
    c = max((k for k, t in enumerate(every) if t.text in COMMAS), default=-1)
    if c >= 0 and any(t.is_word for t in every[c + 1:]) \
            and all(t.text in _TIME_WORDS for t in every[c + 1:] if t.is_word):
        every = every[:c] + [t for t in every[c + 1:] if not t.is_word]  # (and when, after a comma: "، الخميس")
    toks = [t for t in every if t.is_word]
    if not toks:
        return len(every) <= 1  # (only a name in apposition: "حسب مصدر أمني لمراسلتنا، سامية البيولي.")
    if len(toks) > _TAIL_WORDS or any(t.text in COMMAS for t in every[:-1]):
        return False
    if any(f.lex.is_comp(t.text) or t.text in f.lex.cues or (t.text[:1] == "ف" and f.lex.is_comp(t.text[1:]))
           for t in toks):
        return False
    first = toks[0].text
    if len(toks) <= 2 and not f.lex.head(first) and first not in _NEW_CLAUSE and first[:1] != "و":
        return True  # (the end of the speaker's name)
    if f.lex.head(first) == "media" and first in _REPORTERS:
        return True  # to a reporter written without its ل ("وفق ما أفاد به مصدر أمني مراسلة الجوهرة اف ام بالجهة")
    return (first[:1] == "ل" and len(first) > 2) or first in _TAIL_PLACES or first in _TIME_WORDS \
        or (first == "في" and len(toks) > 1 and (toks[1].text in _TAIL_PLACES or toks[1].text in _SAID_IN))


#: The outlet's own source named right after a source phrase's speaker ("وفق ما أوردته قناة فرانس 24 نقلا عن مصادر
#: أمنية"): the phrase still trails the clause before it.
_RELAY_NEXT = re.compile(r"[\s\"»”،,]*" + lookup_key("نقلا عن") + r"\b")


#: "As" before a reporting verb that trails its clause ("…، كما ذكرت صحيفة "شيكاغو تريبيون".", `as_said`).
_AS_SAID = word_set("as_said")
_AS_CUE = Cue(lemma="كما", kind="phrase", weak=True)
_AS_WORD = re.compile(r"([^\W\d_]+)[ \t\u00a0]*$")


def _as_said(f: _Finder, s: int, lo: int, hi: int) -> _Item | None:
    """A past reporting verb after "كما" and a comma, with no claim of its own, whose speaker ends its sentence ("…،
    كما ذكرت النيابة الاتحادية.", "…، كما قال مديره ميغيل انخيل غالان.", "…، كما قال مسؤولون للصحيفة."): "as X
    said", a source phrase that trails the clause before it (not "…، كما أكد الوزير ضرورة …", an object follows)."""
    folded = f.folded
    m = _AS_WORD.search(folded, max(lo, s - 12), s)
    if m is None or m.group(1) not in _AS_SAID:
        return None
    k = m.start() - 1
    while k >= lo and folded[k] in " \t\u00a0":
        k -= 1
    if k < lo or folded[k] not in COMMAS:
        return None
    item = f.phrase_item(m.start(1), m.end(1), "", _AS_CUE, lo, hi)
    src = item.source if item is not None else None
    if item is None or src is None or any(ch in COMMAS for ch in folded[s:src.start]):
        return None  # (not "…، كما قال، لضرب مصداقية الاقتراع": "as he said", the words after it are no speaker)
    if src.layer == "phrase" and src.type != "media" and f.lex.head(folded[src.start:src.end].split(" ", 1)[0]) is None:
        return None  # a known speaker only, not the verb's object: "…، كما ادعت أيضا تمتعها بحصانة دبلوماسية."
    _, s_end = f.sentence_bounds(s, lo, hi)
    if folded[item.phrase_end:s_end].strip(TRAILING + _CLOSING_MARKS) and not _said_tail(f, item.phrase_end, s_end):
        return None
    return item


def _new_clause_after(f: _Finder, start: int, end: int) -> bool:
    """Does a new clause follow a source phrase's speaker (or a word or two more) after a comma ("… بحسب مصادر
    مراسلتنا، فيما فتحت النيابة العمومية تحقيقا …")?  Then the phrase trails the clause before it."""
    toks = words(f.folded, start, min(end, start + 60))
    k = next((k for k, t in enumerate(toks) if not t.is_word), len(toks))
    if k > 2 or any(t.text in f.lex.cues or f.lex.is_comp(t.text) for t in toks[:k]):
        return False  # (at most two words more of the speaker: "مصادر مراسلتنا")
    return k + 1 < len(toks) and toks[k].text in COMMAS and toks[k + 1].text in _WHILE  # (not "، التي …")


#: A reporter, to whom a source said it (no speaker after a source phrase's speaker).
_REPORTERS = frozenset(lookup_key(w) for w in ("مراسل", "مراسلة"))
#: Most words of a person's name in apposition after a comma.
_APPOSED_WORDS = 3


def _without_apposed_names(f: _Finder, toks: list[Tok]) -> list[Tok]:
    """``toks`` without the names set off by commas in them: a comma and at most :data:`_APPOSED_WORDS` words of
    a PER entity, up to the next comma, mark or sentence end ("بحسب ما أكده عم الرضيع، سمير، في تصريحات لـ …",
    "حسب مصدر أمني لمراسلة الجوهرة أف أم بجربة، سامية البيولي.")."""
    out: list[Tok] = []
    k = 0
    while k < len(toks):
        t = toks[k]
        if t.text in COMMAS and k + 1 < len(toks):
            m = f.mentions.starting_in(toks[k + 1].start, toks[k + 1].end)
            if m is not None and m.type == "person" and m.layer == "entities":
                n = k + 1
                while n < len(toks) and toks[n].is_word and toks[n].start < m.end:
                    n += 1
                if n - k - 1 <= _APPOSED_WORDS and (n >= len(toks) or not toks[n].is_word):
                    k = n + 1 if n < len(toks) and toks[n].text in COMMAS else n  # (and the comma closing it)
                    continue
        out.append(t)
        k += 1
    return out


#: Most words of the clause a source phrase set off by commas interrupts ("وتتكون الخلية، وفق …، من …").
_INSET_WORDS = 6


def _between_commas(f: _Finder, it: _Item, cue_start: int, s_start: int, s_end: int) -> tuple[int, int] | None:
    """A source phrase set off by two commas inside a clause that goes on after it ("وتتكوّن الخلية، وفق بلاغ صادر
    عن وزارة الداخلية اليوم، من أربعة عناصر …", "حيث شرعت الحكومة، حسب قوله، في تنفيذ …"): the start of that
    clause (after the comma or the sentence start before it, at most :data:`_INSET_WORDS` words before the phrase)
    and the offset after the comma that closes the phrase; None when the phrase closes no such clause (a
    trailing phrase: "…، بحسب صفحات موالية.").  The phrase must end where its speaker or pronoun ends (a day
    aside), with at least two words after its comma."""
    folded = f.folded
    opening = len(folded[s_start:cue_start].rstrip(" \t\u00a0")) + s_start - 1  # the comma before the phrase
    if opening < s_start or folded[opening] not in COMMAS or it.phrase_end <= cue_start:
        return None
    # (a comma between digits is a decimal mark: "1،1 بالمائة")
    before = [t for t in words(folded, max(s_start, opening - 200), opening)
              if t.text in COMMAS and not folded[t.end:t.end + 1].isdigit()]
    start = before[-1].end if before else s_start
    if count_words(folded, start, opening, _INSET_WORDS + 1) > _INSET_WORDS or "(" in folded[start:opening] \
            or ")" in folded[start:opening]:
        return None  # (not the end of a parenthesis: "(يوم الأحد بالتوقيت المحلي، فجر الاثنين بتوقيت تونس)، حسب …")
    toks = words(folded, it.phrase_end, min(s_end, it.phrase_end + 200))
    k = 1 if toks and issuing(toks[0].text) else 0  # (and the verb that issued it: "حسب بلاغ للشركة نشرته الثلاثاء،")
    while k < len(toks) and toks[k].text in _TIME_WORDS:
        k += 1
    if k >= len(toks) or toks[k].text not in COMMAS:
        return None
    # the clause goes on after the comma: two words, not where or when it was said ("…، لمراسلة الجوهرة أف أم")
    rest = [t for t in toks[k + 1:k + 4] if t.is_word]
    if len(rest) < 2 or rest[0].text in _TIME_WORDS or (rest[0].text[0] == "ل" and is_cutter(rest[0], f.lex)) \
            or (rest[0].text in _SAID_AT and (rest[1].text in _SAID_IN or rest[1].text == "هامش" or (
                rest[0].text != "علي" and rest[1].text in _CIRCUMSTANCES))) \
            or rest[0].text in _CLAUSE_OPENERS \
            or rest[0].text in _NEW_CLAUSE or (rest[0].text[0] in "وف" and len(rest[0].text) > 2) \
            or f.mentions.starting_in(rest[0].start, rest[0].end) is not None or f.lex.head(rest[0].text) is not None \
            or (rest[0].text.startswith("ال") and rest[0].text.endswith("ي") and rest[0].text not in _COMPLEMENT_WORDS):
        return None  # (a new clause, "…، فيما وصف …", "…، وأضاف"; the speaker's name or role, "…، ناظم بلحاج",
        # "…، عضو منظمة العفو الدولية")
    return start, toks[k].end


#: Most speakers joined by و before one verb ("X وY وZ أعلنوا").
_JOINED_MAX = 3
#: Most definite words between the tagger's name and the و that are still that speaker's ("وزارة الامن" + "الداخلي").
_JOINED_GAP = 2


def _joined_before(f: _Finder, before: list[Tok], src: Source, s_start: int) -> tuple[Source, list[Source]]:
    """The speakers joined by و before a dual or plural verb whose subject :func:`speaker_before` found as ``src``
    ("وزارة الامن الداخلي ومديرية الاستخبارات اعلنتا أن …" found "مديرية الاستخبارات"): the first of them, and
    the others in text order.  Each must be a speaker of its own that ends right before the و of the next
    (written on the word or apart); ``(src, [])`` when none is."""
    folded = f.folded
    chain = [src]
    while len(chain) < _JOINED_MAX:
        head = chain[0]
        k = head.start
        while k > 0 and folded[k - 1] == " ":
            k -= 1  # ("و مديرية" written apart)
        if k < 2 or folded[k - 1] != "و" or not folded[k - 2].isspace():
            break
        toks = [t for t in before if t.end <= k - 1]
        found = speaker_before(toks, folded, f.mentions, f.lex, sentence_start=s_start) if toks else None
        if found is None or found.end <= found.start:
            break
        gap = folded[found.end:k - 1].split()
        if gap and (len(gap) > _JOINED_GAP or not all(w.startswith("ال") and w.isalpha() for w in gap)
                    or found.type not in ("organisation", "person")):
            break
        if gap:  # the tagger's name cut before its last words: "وزارة الامن" of "وزارة الامن الداخلي"
            found = Source(found.start, found.end + len(folded[found.end:k - 1].rstrip()), "phrase", found.type)
        chain.insert(0, found)
    return chain[0], chain[1:]


def _joined_after(f: _Finder, zone: list[Tok], src: Source, many: bool) -> list[Source]:
    """The speakers joined by و to the subject ``src`` found after a verb, up to its complementizer ("وأعلنت
    وزارة الداخلية ووزارة الدفاع أن …" → ["وزارة الدفاع"]): each a speaker of its own right after the و, the last
    ending where the subject's words end (at the zone's end or a word that ends a speaker: "في بيان مشترك").  After
    a singular verb (not ``many``) two roles with no name are one person's ("وأوضح باحث في أكاديمية العلوم ورئيس
    المختبر …"): none."""
    folded = f.folded
    out: list[Source] = []
    at = src.end
    while len(out) < _JOINED_MAX - 1:
        rest = [t for t in zone if t.start >= at]
        if not rest or not rest[0].text.startswith("و"):
            break
        first = rest[0]
        if first.text == "و":
            rest = rest[1:]
        elif len(first.text) > 2:
            rest = [Tok(first.start + 1, first.end, first.text[1:]), *rest[1:]]
        else:
            break
        found = speaker_after(rest, folded, f.mentions, f.lex, fallback=False) if rest else None
        if found is None or found.start != rest[0].start:
            break
        if not many and found.type == "person" and src.type in ("person", "anonymous") \
                and src.layer == found.layer == "phrase":
            break
        after = [t for t in zone if t.start >= found.end]
        if after and not (after[0].text.startswith("و") or is_cutter(after[0], f.lex) or after[0].text in COMMAS):
            break  # (the words after are no end of a subject: not a speaker, a thing said)
        out.append(found)
        at = found.end
    left = next((t for t in zone if t.start >= at), None)
    if out and left is not None and left.text.startswith("و"):
        return []  # (a list of more than it says: not read)
    return out


def _span(doc: Document, cs: int, ce: int, it: _Item, src: Source | None, part: str) -> QuoteSpan:
    start, end = doc.to_original(cs, ce)
    cstart, cend = doc.to_original(it.start, it.end)
    cue = {"start": cstart, "end": cend, "text": doc.text[cstart:cend], "lemma": it.cue.lemma}
    source: dict[str, Any] | None = None
    stype: str | None = None
    if src is not None:
        ss, se = doc.to_original(src.start, src.end)
        source = {"start": ss, "end": se, "text": doc.text[ss:se], "layer": src.layer}
        if src.layer == "groups":
            source["id"] = src.id
        stype = src.type
        if it.co:  # the others joined by و: "وزارة الامن الداخلي ومديرية الاستخبارات اعلنتا أن …"
            source["coordinated"] = [_source_dict(doc, co) for co in it.co]
        if it.via is not None and src is not it.via:  # "نقلت وكالة الأنباء الفرنسية عن مصدر أمني أن …"
            source["via"] = _source_dict(doc, it.via)
    if it.tail is not None:  # "…، حسب قوله", "… على حد تعبيرها": the speaker's own tail after the claim
        ts, te = doc.to_original(it.tail.start, it.tail.phrase_end)
        cue["tail"] = {"start": ts, "end": te, "text": doc.text[ts:te], "lemma": it.tail.cue.lemma}
    kind = "indirect" if it.kind == "indirect" else "source" if it.kind == "source" else "direct"
    return QuoteSpan(start, end, doc.text[start:end], kind=kind, cue=cue, source=source, source_type=stype,
                     part=part)  # type: ignore[arg-type]


def _source_dict(doc: Document, src: Source) -> dict[str, Any]:
    """A speaker as ``{start, end, text, layer, id?, source_type}`` in the original text."""
    ss, se = doc.to_original(src.start, src.end)
    out: dict[str, Any] = {"start": ss, "end": se, "text": doc.text[ss:se], "layer": src.layer}
    if src.layer == "groups":
        out["id"] = src.id
    out["source_type"] = src.type
    return out


def make_stage(*, carry_sentences: int = 3, min_quote_words: int = 3,
               max_gap: int = 25) -> Callable[[Document], Document]:
    """The attribution stage.

    ``carry_sentences``: how many sentences back a speaker is carried to a claim that names none
    ("وأضاف أن …"); ``min_quote_words``: the fewest words a quotation needs to be a quoted claim
    without a colon (shorter ones are names: لواء "القدس"); ``max_gap``: the most words between a
    reporting verb and its complementizer.
    """
    for name, value in (("carry_sentences", carry_sentences), ("min_quote_words", min_quote_words),
                        ("max_gap", max_gap)):
        if not isinstance(value, int) or isinstance(value, bool) or value < 0:
            raise ValueError(f"attribution: {name} must be a non-negative integer, got {value!r}")
    lex = lexicon()

    def attribution(doc: Document) -> Document:
        doc.layers["quotes"] = find_claims(doc, lex, carry_sentences=carry_sentences,  # type: ignore[assignment]
                                           min_quote_words=min_quote_words, max_gap=max_gap)
        return doc

    return attribution
