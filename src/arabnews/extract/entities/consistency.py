"""One name, one label, across a document: mentions the tagger missed get the label it gave elsewhere.

A sentence-level tagger sees each mention of a name on its own; a news story names a person or a
place in full once ("جيم غيتيس", "بوب شيفلر") and then again, often with less context ("وقال
شيفلر"), and the tagger may miss the later mention.  Following Mikheev (1999) and Krishnan & Manning
(2006) — label consistency within a document — the names found anywhere in the document are looked
up again in its untagged words:

- a name found as PER, LOC or ORG tags every other untagged occurrence of the same words, proclitics
  allowed ("وحلب", "بالقاهرة"; for a person only و/ف); the majority label wins;
- the last word of a person's name of two words or more is that person when it stands alone
  ("بوب شيفلر" … "استبدل شيفلر"), unless it ends a compound or a kunya ("صلاح الدين", "أبو محمد");
- an entity that is the start of a longer name of the document, of the same label, runs on over the
  untagged words that complete it ("الهاشمي" + "الحامدي" when the document names "الهاشمي الحامدي");
- a one-word entity of another label after a verb of saying or "أن" that is the surname of a person
  named in full is that person ("وأكد بارملاي", the tagger's LOC, after "جون بارملاي");
- a name is carried only when its tags' mean probability is at least ``MIN_SCORE`` (0.5), and a
  single word only when it has three letters or more and is not a word the training
  corpora mostly show outside names (``Gazetteer.common``: "أمين", "الجيش", "كان"), so a common
  word the tagger once took for a name does not spread.

On the dev parts of ``scripts/train_ner.py`` (documents = the held-out blocks of 20 sentences) this
adds about 0.6 F1 on news and 2 on AQMAR.

>>> from arabnews import tokenize
>>> toks = [t for t in tokenize("التقى بوب شيفلر بالوزير ثم غادر شيفلر") if t.kind == "word"]
>>> tags = ["O", "B-PER", "I-PER", "O", "O", "O", "O"]
>>> names = document_names([(toks, tags)], default_gazetteer())
>>> propagate(toks, tags, names, default_gazetteer())
['O', 'B-PER', 'I-PER', 'O', 'O', 'O', 'B-PER']
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, KeysView, Sequence
from dataclasses import dataclass, field
from itertools import compress

from ...document import Document
from ...lang.ar import clitic_splits, fold, word_lemma_forms
from ...memo import make_room
from ...text.tokenize import KIND_CODES, Token, Tokens
from .backoff import ARAB_COUNTRIES
from .bio import LABELS, Label, Tag, chunk_end, chunk_list, read_chunks, tag_set
from .decode import NAME_AFTER_BA, PER_PREFIXES, entity_split
from .gazetteer import Gazetteer, default_gazetteer  # noqa: F401  (doctest)
from .rulewords import has_article, in_list, rule_words

__all__ = ["MIN_SCORE", "MIN_SINGLE", "PER_PREFIXES", "DocumentNames", "NameTally", "document_names", "name_form",
           "propagate"]

#: Particles before a clause's subject: "أن البغدادي أصيب" (a surname there is the person).
_SUBJECT_PARTICLES = frozenset({"ان", "وان", "بان", "فان"})
#: The first tags of the entities :func:`_surnames_as_persons` may make persons (every label's but PER's).
_OTHER_STARTS = tuple(f"B-{label}" for label in LABELS if label != "PER")
#: Token kinds that can start a carried name.
_NAME_KINDS = frozenset({"word", "latin", "foreign"})
#: Fewest letters of a name carried on its own.
MIN_SINGLE = 3
#: Lowest mean tag probability of a name carried to other mentions: a name the tagger (or a
#: back-off rule against the tagger) was unsure of stays where it was found.
MIN_SCORE = 0.5


@dataclass
class DocumentNames:
    """Names found in one document: their words (folded; the first as the entity starts, after
    its proclitics) → label and mean tag probability."""

    labels: dict[tuple[str, ...], Label] = field(default_factory=dict)
    scores: dict[tuple[str, ...], float] = field(default_factory=dict)
    #: first word → the names starting with it, longest first
    by_first: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    #: last words of the persons' names of two words or more ("بارملاي" of "جون بارملاي")
    surnames: set[str] = field(default_factory=set)
    #: the last two letters a folded token ends with when one of its readings starts a name
    #: (:func:`start_endings`), or None: any token may
    endings: frozenset[str] | None = None
    #: the persons' names of two words or more that a MISC of the same words elsewhere is
    #: (:func:`_misc_as_persons`): those the rules made (``made`` of :meth:`NameTally.add`) and those
    #: tagged persons, sure enough to be carried, twice or more
    sure_persons: set[tuple[str, ...]] = field(default_factory=set)
    #: folded-or-not token → whether it starts a name (:func:`_name_starts`), filled as the document's
    #: sentences are read: a word is looked at once a document, not once per sentence it is in (a long
    #: document's words outgrow the bounded memo of :func:`_forms`, and each was made again)
    start_memo: tuple[dict[str, bool], dict[str, bool]] = field(default_factory=lambda: ({}, {}), repr=False,
                                                                 compare=False)

    def __bool__(self) -> bool:
        return bool(self.labels)

    def first_words(self) -> frozenset[str]:
        return frozenset(self.by_first)


def name_form(token: Token, gaz: Gazetteer, label: Label) -> str:
    """The folded first word of an entity that starts in ``token``, as decoding cuts it
    ("بحلب" → "حلب", "بالقاهرة" → "القاهره")."""
    split = entity_split(token, gaz, label)
    return fold(split.lemma_forms[0] if split is not None else token.norm)


def _carried(word: str, gaz: Gazetteer) -> bool:
    return len(word) >= MIN_SINGLE and word not in gaz.common and word not in gaz.particles


class NameTally:
    """The names of a document counted sentence by sentence (:meth:`add`), so that a caller need not
    keep every sentence's tokens; :meth:`names` gives the :class:`DocumentNames`."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        self.counts: dict[tuple[str, ...], Counter[Label]] = {}
        self.score_sum: dict[tuple[str, ...], list[float]] = {}
        self.surnames: set[str] = set()
        self.made: set[tuple[str, ...]] = set()

    def add(self, toks: Sequence[Token], tags: Sequence[Tag], p: Sequence[float] | None = None,
            surname_p: Sequence[float] | None = None, made: Iterable[int] = ()) -> None:
        """Count the PER/LOC/ORG names of one sentence; ``p``: its tags' probabilities (or None),
        ``surname_p`` those a person's last word alone is counted with (default ``p``), and ``made`` the
        starts of the persons the rules made there."""
        made = set(made)
        gaz, counts, score_sum = self.gaz, self.counts, self.score_sum
        if surname_p is None:
            surname_p = p
        for i, j, label in read_chunks(tags):
            if label == "MISC" or toks[i].kind not in _NAME_KINDS:
                continue
            score = sum(p[i:j]) / (j - i) if p else 1.0
            if score < MIN_SCORE:
                continue
            keys: list[tuple[tuple[str, ...], Label, float]] = []
            first = name_form(toks[i], gaz, label)
            key = (first, *(fold(t.norm) for t in toks[i + 1:j]))
            if j - i > 1 or _carried(first, gaz):
                keys.append((key, label, score))
                if i in made and label == "PER":
                    self.made.add(key)
            if label == "PER" and j - i > 1 and toks[j - 1].kind in _NAME_KINDS:
                last = fold(toks[j - 1].norm)
                before = fold(toks[j - 2].norm)
                alone = sum(surname_p[i:j]) / (j - i) if surname_p else 1.0
                if (alone >= MIN_SCORE and _carried(last, gaz) and last not in gaz.compound_tails
                        and gaz.particles.get(before) not in ("kunya", "theophoric")):
                    keys.append(((last,), "PER", alone))
                    self.surnames.add(last)
            for k, lab, sc in keys:
                counts.setdefault(k, Counter())[lab] += 1
                acc = score_sum.setdefault(k, [0.0, 0])
                acc[0] += sc
                acc[1] += 1

    def names(self) -> DocumentNames:
        """The names counted so far: each with its majority label and mean score."""
        names = DocumentNames()
        for k, c in self.counts.items():
            names.labels[k] = c.most_common(1)[0][0]
            total, n = self.score_sum[k]
            names.scores[k] = total / n
            names.by_first.setdefault(k[0], []).append(k)
        for longest_first in names.by_first.values():
            longest_first.sort(key=len, reverse=True)
        names.surnames = self.surnames
        names.sure_persons = {k for k, c in self.counts.items() if len(k) > 1 and names.labels[k] == "PER"
                              and (k in self.made or c["PER"] >= 2)}
        names.endings = start_endings(names.by_first)
        return names


def start_endings(firsts: Iterable[str]) -> frozenset[str] | None:
    """The last two letters of the folded tokens that can start a name whose first word is one of
    ``firsts``, or None when a first word is too short to tell.

    A reading of a token (:func:`_forms`) is the folded token after a proclitic, or "ال" + that after
    a proclitic that took the article in ("للمدينة" → "المدينه"): either way the token ends as the
    first word does without its article, so only a token ending with those letters is looked up.

    >>> sorted(start_endings(["القاهره", "حلب"]))
    ['ره', 'لب']
    """
    cores = [f[2:] if f.startswith("ال") else f for f in firsts]
    if any(len(core) < 2 for core in cores):
        return None
    return frozenset(core[-2:] for core in cores)


def document_names(sequences: Iterable[tuple[Sequence[Token], Sequence[Tag]]], gaz: Gazetteer,
                   probs: Iterable[Sequence[float] | None] | None = None) -> DocumentNames:
    """The PER/LOC/ORG names tagged in a document's ``(tokens, tags)`` sequences; ``probs`` (one list
    per sequence, or None) gives each name the mean probability of its tags."""
    tally = NameTally(gaz)
    probs_iter = iter(probs) if probs is not None else None
    for toks, tags in sequences:
        tally.add(toks, tags, next(probs_iter, None) if probs_iter is not None else None)
    return tally.names()


def _forms(norm: str, is_word: bool) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The readings of a normalized token, itself and after each proclitic: their prefixes, and
    their folded forms in the same order (a word's, from a bounded memo)."""
    if not is_word:
        return ("",), (fold(norm),)
    hit = _FORMS.get(norm)
    if hit is None:
        if len(_FORMS) >= _FORMS_LIMIT:
            make_room(_FORMS, _FORMS_LIMIT)
        prefixes = tuple(s.prefix for s in clitic_splits(norm))
        lemma = word_lemma_forms(norm)
        # a word of one reading without the article: its forms are the lemma memo's tuple (one tuple kept)
        forms = lemma[0] if len(lemma) == 1 and len(lemma[0]) == 1 else tuple(forms[0] for forms in lemma)
        hit = _FORMS[norm] = (_PREFIXES.setdefault(prefixes, prefixes), forms)
    return hit


#: Each tuple of a word's prefixes, once (a few dozen: ``("",)``, ``("", "و")``, …), shared by the words
_PREFIXES: dict[tuple[str, ...], tuple[str, ...]] = {}


#: word → :func:`_forms`; a plain dict costs less memory per entry than ``lru_cache``'s links
_FORMS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
_FORMS_LIMIT = 20_000  # ~300 bytes an entry: a bound on analyze_many's memory


def _name_starts(toks: Sequence[Token], tags: Sequence[Tag], firsts: KeysView[str],
                 endings: frozenset[str] | None = None,
                 memo: tuple[dict[str, bool], dict[str, bool]] | None = None) -> list[int]:
    """The untagged tokens one of whose readings (:func:`_forms`) is in ``firsts``:
    ``[i for i, t in enumerate(toks) if tags[i] == "O" and t.kind in _NAME_KINDS and not
    firsts.isdisjoint(_forms(t.norm, t.kind == "word")[1])]``; with ``endings`` (:func:`start_endings`
    of ``firsts``) only the tokens whose folded form ends with one of them (the others' forms are not
    made: most words of a long text are new to the memo).  ``memo`` (the words', the other tokens'),
    kept for one ``firsts`` and ``endings``, holds each token's answer once read."""
    words, others = memo if memo is not None else ({}, {})
    starts = []
    for i, t in enumerate(toks):
        if tags[i] != "O":
            continue
        kind = t.kind
        if kind == "word":
            table = words
        elif kind in _NAME_KINDS:
            table = others
        else:
            continue
        norm = t.norm
        hit = table.get(norm)
        if hit is None:  # (:func:`_starts_name`, written out: asked of each new word of a sentence with a name)
            hit = table[norm] = (endings is None or fold(norm)[-2:] in endings) and not firsts.isdisjoint(
                _forms(norm, kind == "word")[1])
        if hit:
            starts.append(i)
    return starts


def _starts_name(norm: str, is_word: bool, firsts: KeysView[str], endings: frozenset[str] | None) -> bool:
    """Does one of the readings of the token ``norm`` start a name (see :func:`_name_starts`)?"""
    return (endings is None or fold(norm)[-2:] in endings) and not firsts.isdisjoint(_forms(norm, is_word)[1])


#: Per token kind code of the compact tokens: 1 for a kind a name may start at (``_NAME_KINDS``), else 0.
_NAME_KIND_CODES = {code for kind, code in KIND_CODES.items() if kind in _NAME_KINDS}
_NAME_KIND_MASK = bytes(int(k in _NAME_KIND_CODES) for k in range(256))


def may_start_name(doc: Document, start: int, end: int, names: DocumentNames) -> bool:
    """Could :func:`propagate` tag anything in the untagged tokens of ``doc`` between original ``start`` and ``end``:
    does one of them start a name of ``names`` (:func:`_name_starts` of all of them not empty)?  Read off the compact
    token columns with no Token built (a long document's second pass of the entities stage built each sentence's
    tokens again only to find that most sentences with no entity have no name to carry; issue #18)."""
    if not names:
        return False
    tokens = doc.tokens
    if not isinstance(tokens, Tokens):
        toks = doc.tokens_between(start, end)
        return bool(_name_starts(toks, ["O"] * len(toks), names.by_first.keys(), names.endings, names.start_memo))
    lo, hi = doc.token_range(start, end)
    codes = tokens.kind_codes[lo:hi]
    mask = codes.translate(_NAME_KIND_MASK)
    nspans, norm = tokens.nspans, doc.norm
    norms = map(norm.__getitem__, map(slice, compress(nspans[2 * lo:2 * hi:2], mask),
                                      compress(nspans[2 * lo + 1:2 * hi:2], mask)))
    firsts, endings = names.by_first.keys(), names.endings
    words, others = names.start_memo
    word = KIND_CODES["word"]
    for text, code in zip(norms, compress(codes, mask), strict=True):
        table = words if code == word else others
        hit = table.get(text)
        if hit is None:
            hit = table[text] = _starts_name(text, code == word, firsts, endings)
        if hit:
            return True
    return False


def propagate(toks: Sequence[Token], tags: Sequence[Tag], names: DocumentNames, gaz: Gazetteer,
              probs: list[float] | None = None) -> list[Tag]:
    """``tags`` with the document's names tagged where the tagger left them out.  A run of untagged
    words is tagged only when it is a whole name: not followed by an I- tag, and not next to an
    entity of the same label.  ``probs`` (if given)
    is updated in place with the name's score at the positions tagged here."""
    tags = list(tags)
    if not names:
        return tags
    n = len(toks)
    folded: list[str | None] = [None] * n

    def word(k: int) -> str:
        w = folded[k]
        if w is None:
            w = folded[k] = fold(toks[k].norm)
        return w

    by_first = names.by_first
    # the untagged tokens one of whose readings starts a name (tags after ``pos`` are not changed
    # before the loop reaches them, so they can be read here)
    starts = _name_starts(toks, tags, by_first.keys(), names.endings, names.start_memo)
    pos = 0
    for i in starts:
        if i < pos:
            continue
        hit = None
        for prefix, form in zip(*_forms(toks[i].norm, toks[i].kind == "word"), strict=True):
            for key in names.by_first.get(form, ()):
                size = len(key)
                label = names.labels[key]
                # a person after و ف, or after ب when the name has two words at least ("بيوسف الشاهد")
                if label == "PER" and prefix and prefix not in PER_PREFIXES and (
                        size < 2 or prefix not in NAME_AFTER_BA):
                    continue
                # next to an entity of the same label, the name may be part of it ("أحمد سعيد")
                if i + size > n or (i + size < n and tags[i + size].startswith("I-")) or (
                        i > 0 and tags[i - 1][2:] == label) or (i + size < n and tags[i + size][2:] == label):
                    continue
                if any(tags[k] != "O" or word(k) != key[k - i] for k in range(i + 1, i + size)):
                    continue
                if hit is None or size > len(hit):
                    hit = key
                break
        if hit is None:
            continue
        label = names.labels[hit]
        for k in range(i, i + len(hit)):
            tags[k] = ("B-" if k == i else "I-") + label
            if probs is not None:
                probs[k] = names.scores[hit]
        pos = i + len(hit)
    _complete_names(toks, tags, names, word)
    _misc_as_persons(toks, tags, names, word, probs)
    _surnames_as_persons(toks, tags, names, gaz, word)
    _given_names_as_persons(toks, tags, names, gaz, word)
    return tags


def _misc_as_persons(toks: Sequence[Token], tags: list[Tag], names: DocumentNames, word: Callable[[int], str],
                     probs: list[float] | None) -> None:
    """A MISC of two words or more that is, word for word, a person's name the rules made elsewhere in the document
    is that person: 'وعملت "جين بارك"، قبل فوزها' (the tagger's MISC, a quoted name) after 'وأكدت "جين بارك"
    الفائزة … أن' (a quoted name after a verb of saying, made a person against the tagger's MISC); so is one the
    tagger itself tagged a person twice or more ('"مارين لوبان" سليلة …' in a headline).  Not a person the tagger
    named once: a MISC of his words may be a work named after him (the film "الحبيب بورقيبة")."""
    if not names.sure_persons or "B-MISC" not in tag_set(tags):
        return
    for i, j, label in chunk_list(tags):
        if label != "MISC" or j - i < 2 or toks[i].kind not in _NAME_KINDS:
            continue
        rest = tuple(word(k) for k in range(i + 1, j))
        for prefix, form in zip(*_forms(toks[i].norm, toks[i].kind == "word"), strict=True):
            key = (form, *rest)
            if key in names.sure_persons and (not prefix or prefix in PER_PREFIXES or prefix in NAME_AFTER_BA):
                tags[i:j] = ["B-PER"] + ["I-PER"] * (j - i - 1)
                if probs is not None:
                    probs[i:j] = [names.scores[key]] * (j - i)
                break


def _given_names_as_persons(toks: Sequence[Token], tags: list[Tag], names: DocumentNames, gaz: Gazetteer,
                            word: Callable[[int], str]) -> None:
    """A one-word place or organisation that is, as written, no place and no ordinary word, a given name or a
    place only after a proclitic, and that starts the name of a person the document names in full, is that
    person: "باراك" (the tagger's LOC, read as ب + "اراك", Arak in Iran) where the document names "باراك أوباما";
    before the rest of that name, tagged a person on its own, it joins it ("باراك[LOC] أوباما[PER]" in a headline →
    one PER)."""
    if not any(map(tags.__contains__, _OTHER_STARTS)):
        return
    n = len(toks)
    for i in range(n):
        tag = tags[i]
        if tag not in ("B-LOC", "B-ORG") or (i + 1 < n and tags[i + 1].startswith("I-")) or toks[i].kind != "word":
            continue  # not a MISC: a work's title named after its star ("برنامج رامز تحت الأرض")
        w = word(i)
        persons = [key for key in names.by_first.get(w, ()) if len(key) > 1 and names.labels[key] == "PER"]
        if not persons or len(w) < MIN_SINGLE or w in gaz.common or w in gaz.particles or w in gaz.nisba \
                or gaz.place(w) is not None:
            continue
        # a given name, or a place only after a proclitic cut off the name ("باراك" → ب + "اراك"); not the state
        # "هيسن" or a company the tagger also began a person's name with
        if w not in gaz.person_parts and not (tag == "B-LOC" and _foreign_city_after_clitic(toks[i].norm, gaz)):
            continue
        tags[i] = "B-PER"
        if i + 1 < n and tags[i + 1] == "B-PER":
            end = chunk_end(tags, i + 1)
            if any(key[1:] == tuple(word(k) for k in range(i + 1, end)) for key in persons):
                tags[i + 1:end] = ["I-PER"] * (end - i - 1)


def _foreign_city_after_clitic(norm: str, gaz: Gazetteer) -> bool:
    """Is the normalized ``norm`` a proclitic + a city outside the Arab countries, the article not after the
    proclitic ("باراك" → ب + "اراك", Arak in Iran; not "بنابل", "بالمنستير": a person's name the tagger ran a
    Tunisian town into is its error, no name to carry)?"""
    split = gaz.place_split(norm)
    if split is None or split.article:
        return False
    place = gaz.place(fold(split.lemma_forms[0]))
    return place is not None and place.kind == "city" and place.country not in ARAB_COUNTRIES


def _surnames_as_persons(toks: Sequence[Token], tags: list[Tag], names: DocumentNames, gaz: Gazetteer,
                         word: Callable[[int], str]) -> None:
    """A one-word entity of another label right after a verb of saying (``speech_verbs``, an opening
    quote between them) or "أن"/"إن", that is the surname of a person the document names in full, is
    that person: "وأكد بارملاي" after "جون بارملاي" (the tagger's LOC), "وقال "سانسون"", "أن البغدادي
    أصيب"; so is a one-word ORG right after a company's head ("شركة ديمورا" after "ألفريد ديمورا").  Not a
    known place or ordinary word, nor a word elsewhere ("في إقليم شينجيانغ")."""
    if not names.surnames or not any(map(tags.__contains__, _OTHER_STARTS)):
        return
    verbs = rule_words().speech_verbs
    n = len(toks)
    for i in range(1, n):
        tag = tags[i]
        if tag == "O" or not tag.startswith("B-") or tag == "B-PER" or (i + 1 < n and tags[i + 1].startswith("I-")):
            continue
        w = word(i)
        if w not in names.surnames or w in gaz.places or w in gaz.common:
            continue
        k = i - 1 if toks[i - 1].kind == "word" or i < 2 else i - 2  # "وقال "سانسون"": past the quote
        if toks[k].kind == "word" and tags[k] == "O" and (
                word(k) in verbs or word(k) in _SUBJECT_PARTICLES
                # "شركة ديمورا" after "ألفريد ديمورا": the company named by its owner is the owner, as
                # ANERcorp tags it (orgs.company_after_head made it the company)
                or (tag == "B-ORG" and k == i - 1 and in_list(toks[k].norm, rule_words().company_heads)
                    and not has_article(toks[k].norm))):
            tags[i] = "B-PER"


def _complete_names(toks: Sequence[Token], tags: list[Tag], names: DocumentNames,
                    word: Callable[[int], str]) -> None:
    """Extend in place each entity that is the start of a longer name of the document, of the same label,
    over the untagged words that complete it: "قال الصحبي إن الهاشمي[PER] الحامدي لم يغادر" in a
    document that also names "الهاشمي الحامدي"."""
    n = len(toks)
    for i, j, label in chunk_list(tags):
        if label == "MISC" or j >= n or tags[j] != "O" or toks[i].kind not in _NAME_KINDS:
            continue
        size = j - i
        best: tuple[str, ...] | None = None
        for form in _forms(toks[i].norm, toks[i].kind == "word")[1]:
            for key in names.by_first.get(form, ()):
                if len(key) <= size or names.labels[key] != label or j + len(key) - size > n:
                    continue
                if all(word(k) == key[k - i] for k in range(i + 1, j)) and all(
                        tags[k] == "O" and word(k) == key[k - i] for k in range(j, i + len(key))):
                    if best is None or len(key) > len(best):
                        best = key
                    break
        if best is not None:
            end = i + len(best)
            if end < n and tags[end].startswith("I-"):
                continue
            tags[j:end] = ["I-" + label] * (end - j)
