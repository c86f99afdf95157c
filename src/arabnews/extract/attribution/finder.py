"""The per-document finder: anchoring a cue's claim (verbs, source phrases, verbal nouns, accusations) and its
lookups."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import cached_property

from ...document import Document
from ...lang.ar import lookup_key
from ...text.clitics import ARTICLE, LAM, PROCLITICS, clitic_splits
from .base import (
    _ABOUT_QUOTE_VERBS,
    _ABOUT_WORDS,
    _ANNOUNCED_EVENTS,
    _BREAKING_LABELS,
    _CIRCUMSTANCES,
    _CLAUSE_OPENERS,
    _DOCUMENT_TEXTS,
    _IFTIAL,
    _MASDAR_FORM,
    _ON_BEHALF,
    _ONE_OF,
    _PUBLISHED_IN,
    _SAID_IN,
    _WITH_B_EVENTS,
    _about_at,
    _accusative_form,
    _Item,
    _Last,
    _last_space,
    _last_space_end,
    _lemma_key,
    _masdar_like,
)
from .boundaries import _domain_dot, _legal_basis, _outlet_domains_joined, _past_aside, _preposition_reading
from .clauses import COMMAS, SENTENCE_END, Tok, TokenStream, balance_quotes, trim, words
from .cues import Cue, Lexicon, word_set
from .datelines import dateline_end
from .headlines import _list_labels, _roster_lines, _surname_speaker
from .quotes import MARKS, MAX_QUOTE, Quotation
from .relays import _relayed, _relayed_by_relative
from .sources import (
    _NAME_WORDS,
    PRONOUN_PREPOSITIONS,
    SAID_IN_ADJECTIVES,
    Mentions,
    Source,
    _audience_end,
    _given_name,
    _known_addressee,
    _name_between_commas,
    _name_like,
    after_time,
    after_where_said,
    in_outlet_name,
    institution_completed,
    is_cutter,
    np_end,
    past_lam,
    run_on_bounded,
    speaker_after,
    speaker_before,
    surname_like,
)
from .spans import entity_spans
from .subjects import _described_speaker, _subject_only

#: The object of a reporting verb right after it ("تذكر اسمها", "تكشف هويته"): the verb reports nothing.
_OBJECT_WORDS = word_set("object_words")

#: Verbs of publishing after the "ما" of a source phrase ("حسب ما جاء في", "وفق ما أوردته"), from attribution.yaml.
_PUBLICATION_VERBS = word_set("publication_verbs")


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
        #: the speakers ``last`` held before the current one, oldest first (a verb whose gender the last one does not
        #: share takes the nearest of them that does: :func:`agreement._carried_to`); emptied at each part
        self.earlier: list[_Last] = []

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

    @cached_property
    def list_labels(self) -> frozenset[int]:
        """The colons of the document that label the items of a list (:func:`_list_labels`; a list runs over
        paragraphs, each a region of its own: ANT 243), read when a region with a colon first asks (session 37)."""
        return _list_labels(self.folded, 0, len(self.folded))

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
        i = bisect_right(self.sent_starts, self.doc.view.start_of(pos)) - 1
        return i if i > 0 else 0

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
        return (start if start > lo else lo), (end if end < hi else hi)

    def is_place(self, src: Source) -> bool:
        """Is the speaker a LOC entity (a headline's dateline, "سوسة : …")?  The LOC spans are read once
        per document (a long page has thousands of entities and of colons)."""
        return (src.start, src.end) in self.places

    @property
    def places(self) -> frozenset[tuple[int, int]]:
        """The folded spans of the LOC entities."""
        if self._places is None:
            doc = self.doc
            self._places = frozenset(span for e, span in entity_spans(doc) if e.label == "LOC")
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

    def _subject_first(self, tok: Tok) -> bool:
        """Is ``tok``, right after an ambiguous cue written with و/ف ("وبين", "وعلم"), where its subject starts: a
        person the tagger knows or a person's role ("وبين فاضل الطرابلسي …", "وبين والي قابس …"), which a preposition
        "between" would not take alone (session 43)?"""
        m = self.mentions.starting_in(tok.start, tok.end)
        if m is not None:
            return m.type == "person"
        return self.lex.head(tok.text) == "person"

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
        # "وبين فاضل الطرابلسي الناشط في حراك "سكر المصب" لمراسل أن": the verb بيّن, with its subject, reaches as far
        # as any cue, unless a word with و outside quotation marks joins another to the subject ("وبين الوزير
        # والنقابة خلاف …": "between"; session 43)
        subject_reach = bool(cue.ambiguous and pre and toks.has(0) and self._subject_first(toks[0]))
        if subject_reach:
            limit = self.max_gap
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
                    if subject_reach and w[0] == "و" and len(w) > 2 \
                            and not any(q.open < t.start < q.close for q in quotes_at.values()):
                        subject_reach, limit = False, 4
                    if not far and (w in _SAID_IN or w in _CIRCUMSTANCES):
                        far = not cue.ambiguous
                    if not far and cue.ambiguous and w == "في" and (idx + 1 < len(items) or toks.more()) \
                            and items[idx + 1].text in _SAID_IN:
                        # an ambiguous cue reaches as far where the words say it was a statement: "وبين المعتمد
                        # الاول حسين بوشهوة، في تصريح للجوهرة أف أم، … أن" (the verb بيّن; session 38, ANT 24094)
                        far = True
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
                                              or self._outlet_quoted(q) or _titled(toks[idx - 1].text)):
                    # the object of a ب that is not the verb's own ('أكد في اتصال هاتفي بـ "الجوهرة أف أم"',
                    # 'قال ب"دعم من تركيا" بالوقوف وراء …') or an outlet's name ('أكدت ضيفة "بوليتيكا" على
                    # "الجوهرة أف أم"'): a name, not the speaker's words (session 29b), nor a complementizer inside
                    # it the verb's ('لا ترى موجبا …، لاعتقادها بـ"أن …"' is the claim's, not ترى's), nor a title
                    # ('أحيلوا بتهمة "التعذيب …"', 'موضوعها "القتل العمد"', 'تحت شعار "…"': ``title_heads``), which a
                    # quotation after it may still be: 'قال في تدوينة بعنوان "رسالة": "…"' (session 45)
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
                    # (or right after the verb's own عن, however long its speaker and role: 'أعلن العقيد بلحسن
                    # الوسلاتي، الناطق الرسمي باسم وزارة الدفاع الوطني، عن "إنفجار لغم ثان …"'; session 46b)
                    about = idx > 1 and toks[idx - 1].text in _ABOUT_WORDS \
                        and _lemma_key(cue.lemma) in _ABOUT_QUOTE_VERBS
                    near = q.words >= self.min_quote_words and (count <= 6 or opens_clause or about)
                    if not toks.has(close_idx):
                        # a quotation that runs past the end of the verb's sentence ('مضيفا " إنها مفاجأة
                        # كبيرة.. كل يوم تصلني رسائل إعجاب"'): the verb's words when it follows the verb
                        # right away (not "تعتبر اليوم نموذجا يمكن نقله إلى ليبيا "هو نموذج …"")
                        # (or a post's words: "وكتب ظريف على حسابه على تويتر "تصريح بغيض للبيت الأبيض... الأمة
                        # الإيرانية ترفض …"", whose stops are the post's)
                        adjacent = q.words >= self.min_quote_words and not self._acronym(q) and (
                            count <= _ADJACENT_WORDS or self._posted_in(toks.items[:idx]) or about
                            or self._spoken_by(toks.items[:idx]))
                        return _Item(start, end, cue, pre, "direct", toks.items[:idx], quote=q) \
                            if adjacent or opens_clause else None
                    if (near or (q.words >= self.min_quote_words and (self._said_in(toks.items[:idx], q)
                                                                        or self._spoken_by(toks.items[:idx])))) \
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
                if prev is not None and _own_clause(zone):
                    return None  # "… ليتبيّن أنهما": the أن of a nearer verb (session 47b)
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

    def _spoken_by(self, toks: list[Tok]) -> bool:
        """Are ``toks`` (the words between a verb and a quotation) its speaker alone, with, after it, the outlet or
        press it was told to?  The quotation is then the speaker's however long the name and role: 'قالت اغاتا
        كوليكوفسكا المتحدثة باسم الشرطة لوكالة فرانس برس "لقد اعتقلنا …"', 'وقالت المتحدثة باسم الشرطة "لقد اعتقلنا
        21 شخصا، … . لقد وصلت …"' (session 47).  Only a person or a role a list knows speaks so, not a phrase no list
        knows (the verb's object: 'تعتبر اليوم نموذجا يمكن نقله "…"')."""
        folded, mentions, lex = self.folded, self.mentions, self.lex
        if not toks or not toks[0].is_word:
            return False
        found = speaker_after(toks, folded, mentions, lex, fallback=False)
        if found is None or found.type != "person":
            return False
        starts = [t.start for t in toks]
        if found.start != toks[0].start:  # the name after its role: "الناطق الرسمي باسم وزارة الداخلية ياسر مصباح"
            j = bisect_left(starts, found.start)
            while j > 0 and toks[j - 1].text in COMMAS:
                j -= 1
            role = speaker_after(toks[:j], folded, mentions, lex, fallback=False) if j else None
            if role is None or role.layer != "phrase" or role.start != toks[0].start or role.end != toks[j - 1].end:
                return False
        elif found.layer == "phrase":  # the verb's object is no more of it: "أبلغت السفيرة مجموعة صغيرة من الصحفيين"
            found = _subject_only(found, toks, lex)
            named = next((m for m in mentions.inside(found.start, found.end) if m.type == "person"), None)
            if named is not None:  # nor after its name: "أعلن حاكم ولاية ميشيغن إنريك سنايدر قرارا مماثلا"
                found = Source(found.start, named.end, found.layer, found.type)
            if any(t.start < found.end and _accusative_form(t.text) for t in toks[1:]):
                return False  # (an indefinite accusative, the object, where the tagger missed the name)
        k = bisect_left(starts, found.end)
        if found.layer == "entities" and k < len(toks):  # a name, then its role ("اغاتا كوليكوفسكا المتحدثة …")
            role = speaker_after(toks[k:], folded, mentions, lex, fallback=False)
            if role is not None and role.layer == "phrase" and role.type == "person" and role.start == toks[k].start:
                k = bisect_left(starts, role.end)
        while k < len(toks) and toks[k].text in COMMAS:
            k += 1  # (the name or role set off: "…، ياسر مصباح، للجوهرة أف أم")
        if k >= len(toks):
            return toks[-1].text not in COMMAS
        audience = _audience_end(toks, k)  # "للصحافيين", "لوسائل الإعلام"
        if audience is not None:
            return audience == len(toks)
        if not toks[k].text.startswith(LAM) or len(toks[k].text) <= 3 or not is_cutter(toks[k], lex):
            return False
        return _known_addressee(toks, k, folded, lex)[0] == len(toks)  # "لوكالة فرانس برس", "للجوهرة أف أم"

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
        if cue.lemma == _PUBLISHED_IN and not form.startswith("كما") and self._object_relative(start - len(pre)):
            return None  # "و نفت الجامعة ما ورد في بيان التلفزة …": what was published, the verb's object (ANT 8665)
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
            if zone and zone[0].text[:1] == "ل" and len(zone[0].text) > 3 and not has_verb:
                # whose statement, after ل ("وبحسب تصريح إعلامي للناطق الرسمي …، ماهر البحري، تم …", "حسب تصريح
                # لمصدر أمني"; session 46b), not to which outlet ("حسب تصريح لإذاعة …", "لمراسلنا")
                inner = past_lam(zone[0], lex)
                if lex.head(inner.text) in _OF_SPEAKER_HEADS:
                    zone = [inner, *zone[1:]]
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
            src = self._named_alone(zone, form, end, start - len(pre))
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
        src = run_on_bounded(src, zone, self.folded, self.mentions, lex)  # "وفق ما ذكره رئيس البلدية … نواة صلبة"
        if src.type in ("organisation", "media") and src.layer != "groups":
            # (its name's adjectives and where it stands end the phrase: "وفقا لمنظمة الصحة العالمية باليمن، فقد …")
            src = institution_completed(src, zone, self.folded, self.mentions, lex)
        item.source = src
        item.via = via
        item.document_text = text_of
        item.phrase_end = src.end
        item.speaks = speaks or (published and src.type == "media")  # ("بحسب ما أوردت صحيفة الشرق الأوسط")
        return item

    def _named_alone(self, zone: list[Tok], form: str, end: int, phrase_start: int) -> Source | None:
        """A person named alone after a source phrase that the tagger left unread (session 35): the surname of a
        person the document names in full ("كما تم الاتفاق، حسب الطيب، على …" with "سمير الطيب" before;
        :func:`_surname_speaker`; or a definite nisba of :func:`surname_like` that nothing else names, session 36),
        the word standing alone up to a comma or the sentence's end; or a person the
        tagger read with the phrase's ل ("ويبحث التونسي، وفقا لبن صالح، عن …": "لبن صالح", the name from after
        the ل)."""
        if form.endswith("ل") and zone[0].start == end:
            m = self.mentions.starting_in(end - 1, end)
            if m is not None and m.type == "person" and m.layer == "entities" and m.end > end:
                return Source(end, m.end, "phrase", "person")
        if len(zone) > 1 and zone[1].text not in COMMAS and zone[1].text not in SENTENCE_END:
            return None
        src = _surname_speaker(self, zone[0])
        if src is None and zone[0].is_word and zone[0].text.startswith("ال") and surname_like(zone[0].text, self.lex) \
                and zone[0].text not in _FOLLOWING and self.folded[:phrase_start].rstrip()[-1:] in COMMAS:
            # a surname alone that nothing else in the text names, the phrase between commas or at the sentence's
            # end ("…، وفق الطبوبي.", "…، حسب الجريبي، …"; not "حسب التالي", nor an adjective with no comma before
            # it: session 36)
            src = Source(zone[0].start, zone[0].end, "phrase", "person")
        return src

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

    def _object_relative(self, pos: int) -> bool:
        """Is "جاء في"/"ورد في" at ``pos`` in the object "ما ورد في X" of a verb ("ونفت الجامعة ما ورد في بيان
        التلفزة"), not a source phrase's "ما" ("حسب ما ورد في", "وفق ما جاء في")?"""
        before = self.folded[max(0, pos - 40):pos].split()
        if len(before) < 2 or before[-1] != "ما":
            return False
        prev = before[-2]
        return not (prev in self.lex.cues and self.lex.cues[prev].kind == "phrase") \
            and not (prev[:1] in "وفب" and prev[1:] in self.lex.cues and self.lex.cues[prev[1:]].kind == "phrase")

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
        before = self._word_before(start, pre)
        if _negation(before) or before in _ONE_OF:
            return None  # "ولم يوضح المصدر طبيعة الإشكال": nothing said; "أحد أبرز خبراء …": a noun
        if stance and not pre and cue.kind == "present" and toks and toks[0].is_word:
            announced = self._announced_by_subject(start, end, cue, toks, lo, hi)
            if announced is not None:
                return announced
        denial = _lemma_key(cue.lemma) in _RUMOUR_DENIALS
        if not toks or not toks[0].is_word or toks[0].text in lex.zone_cutters or not (any(
                (_masdar_like(t.text, lex) and t.text not in _EXHORTATIONS and (not stance or self._owned(t)))
                or (stance and (t.text in _ANNOUNCED_EVENTS or t.text[1:] in _ANNOUNCED_EVENTS
                                or t.text in _CLAIMED_EVENTS))
                for t in toks[1:_MASDAR_REACH])
                or (denial and any(_rumoured_at(toks, r) for r in range(1, min(len(toks), _MASDAR_REACH))))):
            return None
        src = speaker_after(toks, self.folded, self.mentions, lex, fallback=False)
        if src is None or not (src.start == toks[0].start or (
                lex.head(toks[0].text) == "person" and src.start <= toks[min(len(toks) - 1, _ROLE_WORDS)].start)
                or self._named_after_role(toks, src)):
            return None  # (the name after its role: "نقيب الصحفيين ناجي البغوري", 'رئيس كتلة "نداء تونس"، فلان،')
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
        if (j := _past_aside(toks, k + 1 if k < len(toks) and toks[k].text in COMMAS else k, lex)) > k + 1:
            # "وأعلن الجيش، حسب ما أوردته الوكالة، مقتل …": past the aside (session 48c)
            k = after_time(toks, after_where_said(toks, j, self.folded, lex), self.folded, self.mentions, lex)
        if denial:
            r = k + 1 if k < len(toks) and toks[k].text in COMMAS else k
            if src.layer == "phrase" and r < len(toks) and not _rumoured_at(toks, r):
                # the name the tagger missed between commas after the role: 'نفى رئيس كتلة "نداء تونس" بالبرلمان،
                # سفيان طوبال، ما راج …' (the role's comma, the name, its comma, the rumour)
                at = next((h for h in range(r + 2, min(len(toks), r + _NAME_WORDS + 2)) if _rumoured_at(toks, h)), None)
                named = _name_between_commas(toks, 0, at, lex) if at is not None and toks[at - 1].text in COMMAS \
                    else None
                if named is not None and named.start >= src.end and at is not None:
                    src, r = named, at
            if src.type == "person" and r < len(toks) and not _rumoured_at(toks, r):
                src, r = _name_before_rumour(toks, src, r, lex) or (src, r)
            if _rumoured_at(toks, r):  # "نفى فلان ما راج عن …": the rumour denied, from its "ما" (session 48b)
                return _Item(start, end, cue, pre, "indirect", toks[:r], content_start=toks[r].start, source=src)
        with_b = _lemma_key(cue.lemma) in _MASDAR_B_VERBS
        if _lemma_key(cue.lemma) in _MASDAR_PREP_VERBS:
            if k >= len(toks) or toks[k].text not in cue.preps:
                return None  # "كشفت وزيرة الصحة عن وجود …": the verbal noun after the verb's own preposition
            k += 1
            if k < len(toks) and not (toks[k].text in _MASDAR_PREP_NOUNS or _MASDAR_FORM.match(toks[k].text)
                                      or _IFTIAL.match(toks[k].text)):
                return None  # (a thing shown: "كشفت الشركة عن هاتفها الجديد", "كشف عن تفاصيل الخطة")
        if stance and k + 1 < len(toks) and toks[k].text in _ABOUT_WORDS and toks[k + 1].text in _ANNOUNCED_EVENTS:
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

    def considered_item(self, start: int, end: int, pre: str, cue: Cue, lo: int, hi: int) -> _Item | None:
        """The claim of a verb of judging whose object and what it is judged to be follow its named subject, with no
        أن (``object_predicate_verbs``): "اعتبر …، حفيظ حفيظ التحركات الاحتجاجية … مؤامرة تقف وراءها أطراف سياسية"
        → from "التحركات" on, by "حفيظ حفيظ"; "اعتبرت ريم لمتي هذه الاتفاقية "تتويجا …"" (session 47).  The subject
        must be a known speaker right after the verb (or its role first, then the name); the object a word of its
        own after it (and where or when it was said): not a preposition, a complementizer, a number or a name."""
        lex = self.lex
        if _negation(self._word_before(start, pre)):
            return None  # "ولم يعتبر …"
        _, s_end = self.sentence_bounds(start, lo, hi)
        toks = words(self.folded, end, min(s_end, end + 300))
        if not toks or not toks[0].is_word or toks[0].text in lex.zone_cutters:
            return None
        src = speaker_after(toks, self.folded, self.mentions, lex, fallback=False)
        if src is None or src.type not in _JUDGES or not (src.start == toks[0].start or (
                lex.head(toks[0].text) == "person" and src.start <= toks[min(len(toks) - 1, _ROLE_WORDS)].start)
                or self._named_after_role(toks, src)):
            return None
        src = _subject_only(src, toks, lex)
        whole = src
        if src.type == "organisation" and src.layer != "groups":
            whole = institution_completed(src, toks, self.folded, self.mentions, lex, _WITH_B_EVENTS)
        k = self._past_apposition(toks, next((k for k, t in enumerate(toks) if t.start >= whole.end), len(toks)), src)
        if k + 1 >= len(toks):
            return None
        obj = toks[k]
        if not obj.is_word or obj.text in lex.zone_cutters or obj.text in lex.complementizers \
                or obj.text in _PRONOUN_PREPOSITIONS or obj.text[0].isdigit() or obj.text in lex.cues \
                or obj.text in _AFFILIATIONS or self.mentions.starting_in(obj.start, obj.end):
            return None  # (an organisation's "التابعة ل…" the subject goes on with)
        if _accusative_form(obj.text):
            return None  # what it is judged, with no object: the name was the object ("واعتبر أيمن عبد النور مثالا له")
        return _Item(start, end, cue, pre, "indirect", toks[:k], content_start=obj.start, source=src)

    def exhortation_item(self, start: int, end: int, pre: str, cue: Cue, lo: int, hi: int) -> _Item | None:
        """The claim of a verb of ``noun_participles`` whose complement is a noun of exhortation, with no أن ("أكد
        النواب ضرورة تشديد العقوبة …", "وشدد كمال الدين بن حسين على ضرورة العمل …", "وأشار الوزير إلى أهمية السوق
        الإفريقية"): from the noun on, by the subject named after the verb or the one carried to it, as its participle
        says it ("…، مشددا على ضرورة الحذر"; session 47).  Only right after the verb, its subject, where and when it
        was said, and the verb's own preposition."""
        folded = self.folded
        if not any(folded.find(w, end, end + _EXHORTATION_CHARS) >= 0 for w in _EXHORTATIONS):
            return None  # (read cheaply first: no such noun near)
        lex = self.lex
        if _negation(self._word_before(start, pre)):
            return None
        _, s_end = self.sentence_bounds(start, lo, hi)
        toks = words(folded, end, min(s_end, end + 300))
        if not any(t.text in _EXHORTATIONS for t in toks[:_EXHORTATION_REACH]):
            return None
        k = 0
        src = None
        if toks and toks[0].is_word and toks[0].text not in lex.zone_cutters and toks[0].text not in cue.preps:
            src = speaker_after(toks, self.folded, self.mentions, lex, fallback=False)
            if src is None or (src.start != toks[0].start and not self._named_after_role(toks, src)):
                return None
            src = _subject_only(src, toks, lex, cue.preps)
            whole = src
            if src.type == "organisation" and src.layer != "groups":
                whole = institution_completed(src, toks, self.folded, self.mentions, lex, _WITH_B_EVENTS)
            k = next((k for k, t in enumerate(toks) if t.start >= whole.end), len(toks))
        k = self._past_apposition(toks, k, src)
        if k < len(toks) and toks[k].text in cue.preps:
            k += 1
        if k + 1 >= len(toks) or toks[k].text not in _EXHORTATIONS:
            return None
        return _Item(start, end, cue, pre, "indirect", toks[:k], content_start=toks[k].start, source=src)

    def _named_after_role(self, toks: list[Tok], src: Source) -> bool:
        """Is the speaker ``src`` a person's name set off by a comma after a long role that opens ``toks`` ("اعتبر
        الامين العام المساعد للاتحاد العام التونسي للشغل المكلف بالوظيفة العمومية، حفيظ حفيظ …")?"""
        if src.layer != "entities" or src.type != "person" or self.lex.head(toks[0].text) != "person":
            return False
        k = next((k for k, t in enumerate(toks[:_LONG_ROLE_WORDS]) if t.start >= src.start), 0)
        return k > 1 and toks[k].start == src.start and toks[k - 1].text in COMMAS \
            and all(t.is_word or t.text in MARKS for t in toks[:k - 1])  # (and a quoted name: 'كتلة "نداء تونس"')

    def _past_apposition(self, toks: list[Tok], k: int, src: Source | None) -> int:
        """The index of the first word after a verb's subject ``src`` ending at ``toks[k]`` that is no more of it: a
        person's name after its role ("الأمين العام …، حفيظ حفيظ"), its role after its name ("عدنان منصر، أمين عام
        حزب تونس الإرادة"), a programme's guest ('ضيف "بوليتيكا"'), where and when it was said, the commas between."""
        lex = self.lex
        person = src is not None and src.type == "person"
        named = person and src is not None and src.layer == "entities"
        for _ in range(4):
            j = after_where_said(toks, k, self.folded, lex)
            t = after_time(toks, j, self.folded, self.mentions, lex)
            if t > j and not (toks[j].text in COMMAS or toks[j].text in _SAID_ON or toks[j].text in _TIME_WORDS
                              or toks[j].text[0].isdigit()):
                t = j  # (not a date that is the object: "واعتبرت وزيرة المرأة سنة 2017 ستكون سنة الطفولة")
            k = t
            while k < len(toks) and toks[k].text in COMMAS:
                k += 1
            if k >= len(toks):
                return k
            if (j := _past_aside(toks, k, lex)) > k:
                k = j  # "وشدد الوزير ، وفق بلاغ صادر عن وزارة التكوين …، على ضرورة …" (session 48c)
                continue
            m = self.mentions.starting_in(toks[k].start, toks[k].end)
            if m is not None and m.type == "person" and m.layer == "entities" and person and not named:
                named = True
                k = next((n for n in range(k, len(toks)) if toks[n].start >= m.end), len(toks))
                continue
            if toks[k].text in _GUEST_WORDS and k + 1 < len(toks):
                k += 1  # 'ضيف "بوليتيكا" اليوم الخميس', 'ضيف برنامج "بوليتيكا"'
                if lex.head(toks[k].text) == "media" and k + 1 < len(toks):
                    k += 1
                if toks[k].text in MARKS:
                    k = next((n + 1 for n in range(k + 1, len(toks)) if toks[n].text in MARKS), len(toks))
                else:
                    k += 1
                continue
            if named and lex.head(toks[k].text) == "person":
                role = speaker_after(toks[k:], self.folded, self.mentions, lex, fallback=False)
                if role is None or role.layer != "phrase" or role.start != toks[k].start:
                    # (a role that names someone else: "لسعد اليعقوبي كاتب عام نقابة التعليم الثانوي تصريحات وزير
                    # التربية ناجي جلول …")
                    role = Source(toks[k].start, toks[np_end(toks, k, len(toks), _ROLE_WORDS, lex) - 1].end,
                                  "phrase", "person")
                if role.end > toks[k].start:
                    role = _subject_only(role, toks[k:], lex)  # ("… حزب تونس الإرادة مبادرة رئيس الجمهورية")
                    named = False
                    k = next((n for n in range(k, len(toks)) if toks[n].start >= role.end), len(toks))
                    continue
            return k
        return k

    def about_event_item(self, start: int, end: int, pre: str, cue: Cue, lo: int, hi: int) -> _Item | None:
        """The claim of a verb of ``stance_verbs`` or ``masdar_prep_verbs`` whose "عن" + what happened stands past a
        long subject (a role, a name, where and when it was said, an aside): "كشف الطبيب البيطري منجي كدوسي اصيل
        معتمدية الرقاب من ولاية سيدي بوزيد عن وجود مشروع نموذجي …", "أعلنت وزيرة المرأة نزيهة العبيدي خلال تظاهرة
        انتظمت اليوم … عن تسجيل 900 طفل …" (session 46b): the first "عن" of the sentence within
        :data:`_ABOUT_EVENT_WORDS` words, no cue, complementizer, colon or quotation before it, a noun of
        ``announced_events`` (of ``masdar_prep_nouns`` too for كشف) after it, and a speaker named right after the
        verb."""
        key = _lemma_key(cue.lemma)
        prep_verb = key in _MASDAR_PREP_VERBS and not _ABOUT_WORDS.isdisjoint(cue.preps)
        if key not in _STANCE_VERBS and not prep_verb:
            return None
        _, s_end = self.sentence_bounds(start, lo, hi)
        if _about_at(self.folded, end, min(s_end, end + 400), quoted=False) < 0:
            return None  # (read cheaply first: no "عن" near)
        before = self._word_before(start, pre)
        if _negation(before) or before in _ONE_OF:
            return None
        lex = self.lex
        toks = words(self.folded, end, min(s_end, end + 400))[:_ABOUT_EVENT_WORDS + 1]
        j = next((k for k, t in enumerate(toks) if t.text in _ABOUT_WORDS or t.text in SENTENCE_END or t.text in MARKS
                  or t.text == ":" or t.text in lex.cues or lex.is_comp(t.text)), None)
        if j is None or j < 2 or j + 1 >= len(toks) or toks[j].text not in _ABOUT_WORDS:
            return None
        noun = toks[j + 1].text
        if not (noun in _ANNOUNCED_EVENTS or (prep_verb and noun in _MASDAR_PREP_NOUNS)):
            return None
        gov = toks[j - 1].text.removeprefix("ال")
        if gov in _ABOUT_GOVERNORS or gov[:-1] in _ABOUT_GOVERNORS:
            return None  # the عن of a word before it: "أضرار مادية ناجمة عن إنفجار …", "بلاغ صادر عن …"
        src = speaker_after(toks[:j], self.folded, self.mentions, lex, fallback=False)
        if src is None or not (src.start == toks[0].start or (
                lex.head(toks[0].text) == "person" and src.start <= toks[min(j - 1, _ROLE_WORDS)].start)):
            return None  # (the name after its role: "الطبيب البيطري منجي كدوسي")
        return _Item(start, end, cue, pre, "indirect", toks[:j + 1], content_start=toks[j + 1].start, source=src)

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
        if _negation(self._word_before(start, pre)):
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

    def titled(self, q: Quotation) -> bool:
        """Is the word right before a quotation's opening mark a title's head ('قضية موضوعها "القتل العمد"', 'بتهمة
        "…"'; :func:`_titled`): the quotation names a charge or a work, it is not speech quoted in a claim?"""
        before = words(self.folded, max(0, q.open - 24), q.open)
        return bool(before) and before[-1].is_word and _titled(before[-1].text)

    def _word_before(self, start: int, pre: str) -> str:
        """The folded word right before the cue at ``start`` and its proclitic ``pre`` ("لم" of "ولم يوضح"), or ""."""
        before = self.folded[max(0, start - len(pre) - 6):start - len(pre)].rsplit(None, 1)
        return before[-1] if before else ""

    def cause_item(self, start: int, end: int, pre: str, cue: Cue, lo: int, hi: int) -> _Item | None:
        """The claim of a cause given with no أن (``cause_verbs``): "أرجع وزير المالية السابق،جلول عياد في تصريح
        اليوم،السبت ل"جوهرة أف أم" الصعوبات الاقتصادية الى حالة عدم الاستقرار" → "الصعوبات الاقتصادية الى حالة …", by
        the subject named right after the verb.  What is explained stands between the subject (and where and when it
        was said) and إلى with its cause, no cue nor comma between; a negated verb is no claim (session 42)."""
        lex = self.lex
        _, s_end = self.sentence_bounds(start, lo, hi)
        toks = words(self.folded, end, min(s_end, end + 400))
        if _negation(self._word_before(start, pre)):
            return None
        commas = bool(toks) and toks[0].text in COMMAS
        if commas:
            toks = toks[1:]  # a comma after the verb: "وأرجعت، علوان هذا الوضع، إلى …" (ANT 1640; session 43)
        if not toks or not toks[0].is_word or toks[0].text in lex.zone_cutters or self._document(toks[0].text):
            return None  # (a document's cause is left: "وأرجع التقرير المنشور بموقع … سبب الانفجار إلى …")
        src = None  # (a participle's speaker is its sentence's: "…، مرجعا ذلك إلى …")
        k = 0
        if cue.kind != "participle":
            # (a role before its name speaks too: "وزير المالية السابق،جلول عياد")
            src = speaker_after(toks, self.folded, self.mentions, lex, fallback=False)
            k = next((k for k, t in enumerate(toks) if t.start >= src.end), len(toks)) if src is not None else 0
            after = next((j for j in range(k, len(toks)) if toks[j].text not in COMMAS), len(toks))
            if src is None or (src.layer == "phrase" and any(t.text in _CAUSE_PREPOSITIONS for t in toks[:after + 1])):
                # a speaker phrase run over what is explained, or a name the tagger left: a definite role and its
                # nisbas ("وأرجع الوزير ارتفاع الأسعار إلى …"), or the surname of a person named before ("وأرجعت،
                # علوان هذا الوضع، إلى …" after "ليلى علوان"; session 43)
                short = self._cause_subject(toks)
                if short is not None:
                    src, k = short
            if (src is None or (src.layer == "phrase" and k < len(toks) and toks[k].text in _CAUSE_PREPOSITIONS)) \
                    and (lex.head(toks[0].text) is not None or self._document(toks[0].text)):
                return None
            if src is None or (src.layer == "phrase" and k < len(toks) and toks[k].text in _CAUSE_PREPOSITIONS):
                # what is explained, the subject left out: "وأرجع هذه التحركات الى …" (its speaker is carried; not
                # a speaker's phrase that ran over it: "وأرجع بيان صادر عن الداخلية الفرنسية سبب ترحيله إلى …")
                src, k = None, 0
        k = after_time(toks, after_where_said(toks, k, self.folded, lex), self.folded, self.mentions, lex)
        while k < len(toks) and toks[k].text in COMMAS:
            k += 1
        if k >= len(toks) or not toks[k].is_word or toks[k].text in _CAUSE_PREPOSITIONS:
            return None  # nothing explained: "أرجع إلى …"
        to = next((j for j in range(k + 1, min(len(toks), k + _MASDAR_REACH))
                   if toks[j].text in _CAUSE_PREPOSITIONS or toks[j].text in SENTENCE_END or toks[j].text in COMMAS
                   or toks[j].text in lex.cues or lex.is_comp(toks[j].text)), None)
        if to is not None and toks[to].text in COMMAS and to + 1 < len(toks) \
                and toks[to + 1].text in _CAUSE_PREPOSITIONS and (commas or (src is not None and (
                    src.layer != "phrase" or src.end <= toks[min(1, len(toks) - 1)].end))):
            # (a comma before إلى: "… علوان هذا الوضع، إلى تغير النمط الاستهلاكي", "ارجعت الوزارة هذا الانخفاض، الى";
            # not after a speaker phrase of more words that may have run over, "وأرجع المعهد تسجيل نمو …، إلى")
            to += 1
        if to is None or toks[to].text not in _CAUSE_PREPOSITIONS or not any(t.is_word for t in toks[to + 1:to + 3]):
            return None
        return _Item(start, end, cue, pre, "indirect", toks[:k], content_start=toks[k].start, source=src)

    def _cause_subject(self, toks: list[Tok]) -> tuple[Source, int] | None:
        """The subject at the start of ``toks`` after a cause verb, when the speaker phrase ran over its object or
        found none: a definite person's role and its definite nisbas ("الوزير", "الخبيرة الاقتصادية"), or the surname
        of a person the tagger named in full before it; with the index after it, or None."""
        first = toks[0].text
        if first.startswith("ال") and self.lex.head(first) == "person":
            k = 1
            while k < len(toks) and toks[k].text.startswith("ال") and toks[k].text.endswith(("ي", "يه")):
                k += 1
            if k < len(toks) and toks[k].text.startswith(("ل", "ب", "ال")):
                return None  # (the role's complement: "أرجع المندوب الجهوي للسياحة بطبرقة عوامل النمو، إلى …")
            return Source(toks[0].start, toks[k - 1].end, "phrase", "person"), k
        if any(start < toks[0].start for start in self.person_surnames.get(first, ())):
            return Source(toks[0].start, toks[0].end, "phrase", "person"), 1
        return None

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


#: Where a post is written (``posted_on``: "منصة", "تويتر", "صفحته"): with one of them (or a `said_in` noun: "تغريدة")
#: between it and its complementizer or colon, a verb of ``posting_verbs`` (كتب) is a reporting verb.
_POSTED_ON = word_set("posted_on")

_POSTING_VERBS = word_set("posting_verbs")

#: Most words between a verb of posting (نشر, دوّن) and where it was posted ("ونشر المحامي أمين سيدهم على صفحته").
_POSTED_REACH = 7

#: Words before نشر that make it a passive or a verbal noun (``not_posters``: "الذي لم يتم نشر اسمه", "بعد نشر").
_NOT_POSTERS = word_set("not_posters")

#: The forms of نقل after a source phrase's "ما" ("بحسب ما نقلته صحيفة "عكاظ" عن مصدر …", "حسبما نقلت قناة … عن").
_RELAY_FORMS = word_set("relay_forms")


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


#: Words whose own عن is no verb's: "ناجمة عن", "صادر عن", "مسؤولة عن" (``about_governors``).
_ABOUT_GOVERNORS = word_set("about_governors")

#: Most words between a verb and the "عن" of what it reports happened (see :meth:`_Finder.about_event_item`).
_ABOUT_EVENT_WORDS = 30

#: Most words of a quoted name or term ('"النضالات"', '"المقرض في الملاذ الاخير"').
_NAME_QUOTE_WORDS = 4

#: Words with ف that open the clause after a leading source phrase, as "فإن" does ("وحسب المصدر فقد …", "ووفقا لأقوال
#: المتحدث باسم الوزارة ففي حال تم …"; session 34b).
_FA_OPENERS = word_set("fa_openers")

#: Most words between a verb and a quotation that runs past the end of its sentence ("مضيفا القول "…"").
_ADJACENT_WORDS = 2

#: Fewest words of a quotation that opens with a complementizer far after its verb (see :meth:`_Finder._opens_clause`).
_CLAUSE_QUOTE_WORDS = 5

#: Fewest words of a quotation far after its verb (see :meth:`_Finder._said_in`).
_LONG_QUOTE_WORDS = 5

#: The preposition + pronoun a source phrase's verb takes before its subject ("حسب ما أفاد به", "وفق ما أكدت
#: عليه", "حسب ما أشار إليه"); "في" too, unless where it was said follows.
_VERB_COMPLEMENTS = word_set("verb_complements")

#: Object pronouns on a source phrase's verb ("حسب ما أكده", "وفق ما أوردته", "حسب ما أفادنا به مراسلنا", "وفق ما
#: أفادتنا به"): him, her, "us" of the outlet.
_OBJECT_SUFFIXES = ("ته", "تها", "ه", "ها", "وه", "تنا", "نا")

#: Words that end a reach past ``max_gap`` words (``far_stops``): a clause of its own begins.
_FAR_STOPS = word_set("far_stops")

#: Most words between a verb and its complementizer past where and when it was said ("وأضاف الوزير في تصريح لمراسل …
#: على هامش إشرافه على منتدى … بصفاقس أنه …"), when ``max_gap`` (25) is the default or less.
_FAR_GAP = 60

#: Most words between a verb joined by و and the clause it takes ("وقالت في بيان إنها").
_JOINED_REACH = 4

#: Word lists of ``attribution.yaml`` (folded): see there.
_NAME_PREPOSITIONS = word_set("name_prepositions")

_NAMING = word_set("naming_words")

#: The heads of a speaker after a source phrase's bare speech noun and ل ("حسب تصريح لوزير …"): not an outlet's.
_OF_SPEAKER_HEADS = frozenset({"person", "organisation", "anonymous"})
_TITLE_HEADS = word_set("title_heads")


_OWN_CLAUSE_VERBS = word_set("own_clause_verbs")
#: Their forms with the proclitics of :mod:`text.clitics`, no article (و ف, ب ل ك: "ليتبين", "فاتضح", "وتبين").
_OWN_CLAUSE_FORMS = frozenset(p + v for v in _OWN_CLAUSE_VERBS
                               for p in ("", *PROCLITICS) if not p.endswith(("ال", "لل")))
_PRONOUN_SUFFIXES = word_set("pronoun_suffixes")


def _own_clause(zone: list[Tok]) -> bool:
    """Is the word before a complementizer (or before the pronoun of the one it became clear to: "اتضح لهم أن") a
    verb of ``own_clause_verbs`` whose own complement it is ("ليتبيّن أنهما", "فاتضح أن"), with its و ف ل?"""
    k = len(zone) - 1
    if k > 0 and (zone[k].text in PRONOUN_PREPOSITIONS
                  or (zone[k].text[:1] == "ل" and zone[k].text[1:] in _PRONOUN_SUFFIXES)):
        k -= 1
    if k < 0 or zone[k].text not in _OWN_CLAUSE_FORMS:
        return False
    # (not the speaker's own first words: 'مضيفا " يبدو أن لوزارة التربية …"', "وقال يبدو أن …", ANT 6752)
    return any(t.is_word and t.text not in MARKS for t in zone[:k])


def _titled(word: str) -> bool:
    """Is ``word`` a noun of ``title_heads``, bare or with و ف ب ل ك but not ال ("بتهمة", "وبعنوان", "لحملة";
    not "الحملة"), after which a quotation is a title, not speech?"""
    return any(not s.article and s.stem in _TITLE_HEADS for s in clitic_splits(word))


_FOLLOWING = word_set("following_words")

_ON_BEHALF_FOLDED = lookup_key(_ON_BEHALF)

_OWN_REPORTERS = word_set("own_reporters")

#: Those whose object is an act unless it has a pronoun ("أعلن حالة الطوارئ" / "أعلن رفضه"), and the nouns of an
#: exhortation ("أكد الوزير ضرورة الإسراع …": a call, as "دعا" makes, no claim).
_STANCE_VERBS = word_set("stance_verbs")

#: A target a group claims after a headline's present verb ("الحوثيون يعلنون استهداف سفينة": session 31b).
_CLAIMED_EVENTS = word_set("claimed_events")

#: Who acted with the announcer ("بالتعاون مع …"), and the most words from it to what happened (session 32).
_JOINT_WORDS = word_set("joint_words")

_JOINT_REACH = 12

#: What a stance verb's subject decides, an act even with its pronoun ("أعلنت المحكمة حكمها"; session 32).
_ANNOUNCED_ACTS = word_set("announced_acts")

#: Most words of a headline's subject before its present verb of announcing (session 31b).
_HEADLINE_SUBJECT_WORDS = 6

_EVENT_REPORT_VERBS = word_set("event_report_verbs")

_MASDAR_B_VERBS = word_set("masdar_b_verbs")

#: Of those, the verbs whose verbal noun follows their own preposition ("كشف عن وجود", "أشار إلى تسجيل"; session 29c).
_MASDAR_PREP_VERBS = word_set("masdar_prep_verbs")

_MASDAR_PREP_NOUNS = word_set("masdar_prep_nouns")

#: The particles that negate a verb after them ("لم يوضح", "لا ينفي"), as the last word before it.
_NEGATIONS = word_set("negations")


def _negation(word: str) -> bool:
    """Is the folded ``word`` a negation (``negations``), with و/ف or not ("لم", "ولم")?"""
    return bool(word) and (word in _NEGATIONS or (word[0] in "وف" and word[1:] in _NEGATIONS))

_EXHORTATIONS = word_set("exhortation_nouns")

#: Most words after the verb where its verbal noun is looked for before its speaker is read.
_MASDAR_REACH = 14

#: The verbs that deny a rumour named by "ما" + a verb of spreading it (``rumour_denials``, ``rumour_verbs``).
_RUMOUR_DENIALS = word_set("rumour_denials")
_RUMOUR_VERBS = word_set("rumour_verbs")
#: "تم"/"يتم" before the verbal noun of spreading ("ما تم تداوله", "ما يتم ترويجه").
_DONE = word_set("rumour_done")


def _name_before_rumour(toks: list[Tok], src: Source, r: int, lex: Lexicon) -> tuple[Source, int] | None:
    """The speaker and the rumour's index when a given name and one more word stand right before a rumour, after the
    speaker ``src`` read up to ``toks[r]``: the tagger read the given name alone ("نفى معتمد منوبة نزار عمري ما راج
    …": "نزار", and "عمري" read as a verbal noun, ANT 4558) or none of it (its role only); the two words are the
    speaker (not an object of the denial: "صحة ما راج", "كل ما راج", an adverb "قطعيا"; ``rumour_objects``; session
    48c)."""
    for g in (r - 1, r):
        if g < 0 or g + 2 >= len(toks) or not _rumoured_at(toks, g + 2) or (g < r and toks[g].end != src.end) \
                or toks[g].start < src.start:
            continue
        first, second = toks[g], toks[g + 1]
        w = second.text
        if _given_name(first.text) and _name_like(second, lex) and w not in _RUMOUR_OBJECTS \
                and w.removeprefix(ARTICLE) not in _RUMOUR_OBJECTS and lex.head(w) is None \
                and not _accusative_form(w) and w not in _MANNER_WORDS and w not in _TIME_WORDS \
                and w not in lex.documents and w.removeprefix(ARTICLE) not in lex.documents:
            return Source(first.start, second.end, "phrase", "person"), g + 2
    return None


#: What a denial's object can be before its rumour ("نفى … صحة ما راج", "كل ما راج"; ``rumour_objects``).
_RUMOUR_OBJECTS = word_set("rumour_objects")
_MANNER_WORDS = word_set("manner_adverbs")


def _rumoured_at(toks: list[Tok], r: int) -> bool:
    """Does a rumour's "ما" stand at ``toks[r]``: "ما راج", "ما تداولته …", "ما تم تداوله", "ما ورد في …"?"""
    if r + 1 >= len(toks) or toks[r].text != "ما":
        return False
    w = toks[r + 1].text
    if w in _DONE:
        return r + 2 < len(toks) and toks[r + 2].text in _RUMOUR_VERBS
    return w in _RUMOUR_VERBS

#: The preposition of a cause after what a cause verb explains ("أرجع … الصعوبات إلى …"; ``cause_prepositions``).
_CAUSE_PREPOSITIONS = word_set("cause_prepositions")

#: The pronouns "her", "their" on a noun (folded "ه" is also the ة of a feminine noun: not read).
_OWN_SUFFIXES = ("ها", "هم", "هما", "هن")

#: Most words of a role before the name of the person it names ("المدير الجهوي للصحة بسوسة فلان").
_ROLE_WORDS = 6

#: The prepositions and other words that take a pronoun ("عليه", "فيها"): no object of a verb of judging.
_PRONOUN_PREPOSITIONS = word_set("pronoun_prepositions")

#: "Belonging to" after an organisation ("الغرفة الوطنية … التابعة للاتحاد"), a programme's guest ("ضيف"), when.
_AFFILIATIONS = word_set("affiliation_participles")
_GUEST_WORDS = word_set("guest_words")
_TIME_WORDS = word_set("time_words")
#: Prepositions before a date that say when a judgement was said, not what is judged (``said_on_prepositions``).
_SAID_ON = word_set("said_on_prepositions")

#: Most words of a role before its person's name and comma (see :meth:`_Finder._named_after_role`).
_LONG_ROLE_WORDS = 16

#: Most words between a verb and the noun of exhortation it takes (see :meth:`_Finder.exhortation_item`).
_EXHORTATION_REACH = 20
_EXHORTATION_CHARS = 300  # (as far as the words read after it: a filter only)

#: Who judges a thing with a verb of ``object_predicate_verbs`` (see :meth:`_Finder.considered_item`).
_JUDGES = frozenset({"person", "organisation", "group"})


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
