"""Who speaks: the speaker of a reporting verb or source phrase.

A speaker is, in this order of preference,

* a mention another stage found: a named group (``doc.groups``, with its id), a PER or ORG entity
  (``doc.entities``; an ORG that is an outlet is ``media``, a place speaking for its government,
  "وقالت موسكو", is an organisation);
* a named outlet ("رويترز", "وكالة الأنباء الرسمية "وات"", "الجوهرة أف أم");
* a phrase built on a head noun of ``attribution.yaml``: a role ("المتحدث باسم الجيش", person; a
  PER in apposition, "وزير الخارجية، خميس الجهيناوي", is preferred), an institution ("وزارة
  الداخلية", organisation), an outlet ("صحيفة الصباح", media) or an unnamed source ("مصادر
  محلية", "صفحات موالية", "ناشطون", "مسؤول أمني": anonymous).

All offsets are offsets of ``doc.folded``; the stage maps them to the original text.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from itertools import accumulate

from ...document import DateSpan, Document, EntitySpan, GroupSpan
from ...lang.ar import ALI, writes_alif_maqsura
from ...lang.ar.serial import SERIAL
from ...lang.ar.words import nisba_adjectives, nisba_plurals
from ...text.clitics import ARTICLE, LAM, LAM_ARTICLE
from .clauses import COMMAS, SENTENCE_END, Tok
from .cues import Lexicon, SourceType, relative_words, word_set
from .quotes import MARKS
from .spans import entity_spans

# The word lists are in resources/attribution.yaml (folded at load); the names stay for importers.
#: Words between a subject and its verb ("الجيش قد قال", "وكان الفصيل أعلن").
_FILLERS = word_set("subject_fillers")
#: Words that end a speaker phrase.
_NP_STOPS = word_set("phrase_stops")
_ADJ_ENDINGS = ("ي", "ه", "ين", "ون", "ات", "ان")
#: Words that join a head to the rest of its phrase ("شهود عيان", "وسائل الإعلام").
_HEAD_COMPLEMENTS = word_set("head_complements")
_PP_PREPS = word_set("phrase_preps")
#: Adjectives that leave a role unnamed ("مسؤول كبير").
_UNNAMED = word_set("unnamed_adjectives")
#: The second word of a two-word unnamed adjective ("رفيع المستوى").
_UNNAMED_COMPLEMENTS = word_set("unnamed_complements")
#: The negator of adjectives: "غير" + an adjective is one more ("معلومات غير مؤكدة", "مصادر غير رسمية").
_ADJECTIVE_MARKERS = word_set("adjective_markers")
#: Institutions named with a media head ("وكالة الجمهورية": the prosecution), organisations.
_NOT_OUTLETS = word_set("not_outlets")
#: Prepositions of where an unnamed source works ("مسؤول في وزارة الخارجية").
_AFFILIATION_PREPS = word_set("affiliation_preps")
_AFFILIATION_PARTICIPLES = word_set("affiliation_participles")
#: Prepositions of a role's complement that cut its words ("كاتب الدولة لدى وزير النقل", "النائب عن …").
_ROLE_PREPS = word_set("role_complement_preps")
_ABOUT = word_set("about_words")
#: Roles whose "عن" names whom they represent ("النائب عن الجبهة الشعبية").
_DEPUTIES = word_set("deputy_heads")
#: When a statement was made, written between a verb and its speaker ("وقال اليوم الثلاثاء وزير …").
_TIME = word_set("time_words")
_ROLE_ADJECTIVES = word_set("role_adjectives")
_RESUMPTIVE = word_set("resumptive_words")
#: The object of a reporting verb right after it ("ذكر اسمه", "تكشف هويته"), never its subject.
_OBJECT_WORDS = word_set("object_words")
#: A preposition with a pronoun ("عنها", "عليها", "منا", "اليه"), from ``pronoun_prepositions`` and ``pronoun_suffixes``
#: (not ي and ني: "بي بي سي", "مني"; one ن of من/عن + نا: "منا", "عنا"): after a verb, never its speaker.
PRONOUN_PREPOSITIONS = frozenset((prep[:-1] if prep[-1] == suffix[0] else prep) + suffix
                                 for prep in word_set("pronoun_prepositions")
                                 for suffix in word_set("pronoun_suffixes") if suffix not in ("ي", "ني"))
#: "Issued (by)" after a document ("بلاغ صادر عن رئاسة الحكومة").
_ISSUED = word_set("issued_words")
#: "Published it" after a document ("نشرة خاصة نشرها المعهد").
_ISSUING = word_set("issuing_verbs")
#: Heads of a person named by a relation to another ("زوجة وليد زروق"): the name after them is the other's.
_RELATIONAL = word_set("relational_heads")
_ADJECTIVE_MEDIA = word_set("adjective_media_heads")
_HELD_BY = word_set("held_by_prepositions")
_NAMED_OFFICIALS = word_set("named_officials")
_ADDRESSEE_PRONOUNS = word_set("addressee_pronouns")
#: Nouns of where something was said ("في تصريح", "في بيان"), and their adjectives ("هاتفي").
_SAID_IN = word_set("said_in")
SAID_IN_ADJECTIVES = word_set("said_in_adjectives")
#: "And he/she is" after a speaker's name ("أكدت علياء وهي تونسية …").
_DESCRIBED_BY = word_set("described_by")
#: Prepositions a speaker phrase does not end with.
_DANGLING = word_set("dangling_prepositions")
#: Prepositions whose object before a verb is not its subject ("علماء آثار من النمسا زعموا").
_GOVERNING = word_set("governing_prepositions")
#: Nouns of an aside after "من" that ends a speaker's words ("من جهة أخرى", "من خلال تدوينة").
_ASIDE_NOUNS = word_set("aside_nouns")
#: Words of the circumstances of a statement ("على هامش", "إثر", "خلال زيارته"): an aside between commas may open
#: with one (:func:`_past_comma_aside`).
_CIRCUMSTANCES = word_set("circumstance_words")
#: The forms of كان that open a sentence whose subject comes before its verb ("وكان الفصيل قد أعلن").
_KANA = word_set("kana_forms")
#: The relative pronouns (with و: "والذي"): a verb right after one has its antecedent for subject.
_RELATIVES = relative_words()
#: Words at a sentence's start that are no subject (adverbs, conjunctions, pronouns: "هكذا قال", "لذلك أكد").
_NOT_SUBJECTS = word_set("not_subjects")
_CONNECTIVES = word_set("clause_connectives")
#: Pronouns, reflexives and demonstratives that alone are no speaker ("نفسها", "هو", "هذا").
_PRONOUN_SPEAKERS = word_set("pronoun_speakers")
#: A demonstrative after a definite word or a name opens the verb's object, not the speaker's genitive ("ونفت الحكومة
#: الإثيوبية هذه الاتهامات"; "رئيس هذه اللجنة", "المتحدث باسم هذه الجماعة" keep it).  Session 32.
_DEMONSTRATIVES = word_set("demonstratives")
#: Unnamed heads that take the definite noun after them as their genitive ("مسؤولو الأمن", "مسؤولي مخابرات"; the
#: broken plurals since session 36: "قادة الجيش", which may also stand alone: "قادة").
_CONSTRUCT_HEADS = word_set("construct_heads")
#: Institutions named by a noun that heads no phrase of ``heads``: an unknown speaker on one is an organisation
#: ("أفاد البريد التونسي", "أوضحت الناقلة الوطنية", "نفت الغرفة"; session 37).
_INSTITUTIONS = word_set("institution_nouns")
#: Broken plurals of people a verb tells or calls ("دعت المندوبية الأولياء إلى …"; session 37).
_PEOPLE_OBJECTS = word_set("people_objects")
#: Most words of a date between a document's "issued" and its issuer.
_DATE_WORDS = 6
#: Most words of a name the tagger missed before the role in apposition to it ("عزيزة حتيرة المديرة العامة").
_NAME_WORDS = 3
#: The words that end an outlet's name ("أف أم", "FM"), each split into its folded, lower-cased words, longest first.
_OUTLET_SUFFIXES = tuple(sorted({tuple(w.lower().split()) for w in word_set("outlet_suffixes")}, key=len, reverse=True))
#: Most words of an outlet's name before its suffix ("لإذاعة ديوان أف أم", "لموزاييك أف أم").
_OUTLET_WORDS = 3
#: Most words of an addressee whose name no list knows, closed by a comma ("لوكالة تونس إفريقيا للأنباء، فلان").
_ADDRESSEE_WORDS = 6


@dataclass(slots=True)
class Mention:
    """A span of another layer that can be a speaker, in folded offsets."""

    start: int
    end: int
    layer: str
    type: SourceType
    id: str | None = None
    place: bool = False  # a LOC entity (speaking for its government: "وقالت موسكو")


@dataclass(slots=True)
class Source:
    """A speaker found in the text, in folded offsets; ``layer`` is "entities", "groups" or
    "phrase"; ``id`` is the group id (groups only)."""

    start: int
    end: int
    layer: str
    type: SourceType
    id: str | None = None
    #: the role said before a named speaker joined to another ("وزير التربية" of "أكد كل من وزير الصحة فلان ووزير
    #: التربية فلان أن …"; folded start and end), written as its ``role`` (session 41)
    role: tuple[int, int] | None = None


class Mentions:
    """The groups and entities of a document that can speak, by position in folded offsets."""

    def __init__(self, doc: Document, lex: Lexicon) -> None:
        folded = doc.folded
        items: list[tuple[int, int, int, Mention]] = []
        for g in doc.groups:
            if not isinstance(g, GroupSpan):
                continue
            s, e = doc.to_normalized(g.start, g.end)
            items.append((s, 0, -e, Mention(s, e, "groups", "group", g.id)))
        for ent, (s, e) in entity_spans(doc):
            if ent.attrs.get("platform"):
                continue  # (a platform is where a claim was posted: "قال … على الفايسبوك")
            kind: SourceType | None
            if ent.label == "PER":
                kind = "person"
            elif ent.label == "LOC":
                kind = "organisation"
            elif _is_media(folded, s, e, lex):
                kind = "media"
            else:
                kind = "organisation" if ent.label == "ORG" else None
            if kind is not None:
                items.append((s, 1 if ent.label != "LOC" else 2, -e,
                              Mention(s, e, "entities", kind, place=ent.label == "LOC")))
        items.sort(key=lambda t: t[:3])
        self.items = [t[3] for t in items]
        self.starts = [m.start for m in self.items]
        self.name_parts = _name_parts(doc)
        # the parts of a period the dates layer read ("مطلع اكتوبر", "أواخر الشهر الماضي"): a time between a verb and
        # its speaker, not the adjective "مطلع" of "مصدر مطلع" (folded start → end; session 29)
        # (a date of a month, week or year: not "مطلع مساء اليوم" of "مصدر مطلع مساء اليوم", a time of day)
        self.periods = {s: e for s, e in (doc.to_normalized(d.start, d.end) for d in doc.dates
                                          if isinstance(d, DateSpan) and d.mod and d.type == "DATE")
                        if len(words := folded[s:e].split()) > 1 and words[1] not in _TIME}
        # every date or time of the dates layer, folded start → end: when a statement was made, between its speaker
        # and what it says ("وأعلن الجيش، في وقت متأخر من مساء الجمعة، مقتل …"; session 32b)
        self.times = dict(doc.to_normalized(d.start, d.end) for d in doc.dates if isinstance(d, DateSpan))

    def name_part(self, tok: Tok) -> bool:
        """Is ``tok`` a word of a name that folds as a preposition ("علي" of "محمد علي", folded as "على")?"""
        return tok.start in self.name_parts

    def starting_in(self, start: int, end: int) -> Mention | None:
        """The first mention starting in ``[start, end)`` (a group before an entity)."""
        i = bisect_left(self.starts, start)
        if i < len(self.items) and self.items[i].start < end:
            return self.items[i]
        return None

    def inside(self, start: int, end: int) -> list[Mention]:
        """Mentions lying within ``[start, end)``."""
        i = bisect_left(self.starts, start)
        out = []
        while i < len(self.items) and self.items[i].start < end:
            if self.items[i].end <= end:
                out.append(self.items[i])
            i += 1
        return out


#: The given name "علي" as written: it folds as the preposition "على" (ى → ي).
#: (The word first and the letter before it read in a look-behind after it, as ``lang.ar.folding``'s "على": a pattern
#: that starts with its letters is searched for them, one that starts with a look-behind is tried at every
#: character of the document: session 34.)
_ALI = re.compile(ALI + r"(?![^\W\d_])(?<=(?<![^\W\d_])" + ALI + ")")


#: "علي" right before "إن"/"إنه"/"إنها"… as written: never the preposition (على + أن, not إن).
_ALI_BEFORE_INNA = re.compile(ALI + r"(?=[ \t]+إن(?:ه|ها|هم|هما|نا|ني)?(?![^\W\d_]))(?<=(?<![^\W\d_])" + ALI + ")")


#: "Ali" written either way: "علي", or "على" (after "بن" only) in a text that writes every final ي as ى.
_ALI_EITHER = re.compile(r"عل[يى](?![^\W\d_])(?<=(?<![^\W\d_])عل[يى])")


def _name_parts(doc: Document) -> frozenset[int]:
    """The folded starts of the words written "علي" in a document that writes the preposition "على" with ى:
    there "علي" is the name ("وأكد محمد علي أن …", "وأوضح فرج علي أن …"), not the preposition the folded text
    reads ("أكد على أن …").  In any document, also the "علي"/"على" inside a PER entity of two words or more
    ("وأفاد العقيد خميس بن علي أن …" in a short text that writes no "على" nor "إلى"
    to show how it spells them, "وقال علي العريض إن …"), and "على" after "بن" ("خميس بن على" where final ي is
    written ى): a preposition does not begin or end a name the tagger drew (session 29)."""
    text = doc.text
    out = {doc.to_normalized(m.start(), m.end())[0] for m in _ALI.finditer(text)} \
        if writes_alif_maqsura(text) else set()
    # "علي" before "إن" (written with its hamza below) is the name in any document: the preposition takes "أن"
    # ("وقال محمد علي إن …", "وقال علي إن …"; "أكد على أن …" stays the preposition where the text does not tell)
    out |= {doc.to_normalized(m.start(), m.end())[0] for m in _ALI_BEFORE_INNA.finditer(text)}
    pers = [(e.start, e.end) for e in doc.entities if isinstance(e, EntitySpan) and e.label == "PER"]
    if pers:
        # the names longer than the word, by start, with the furthest end of those that start at or before each:
        # a name holds the word if one starting before it ends after it (a lookup per word, not a read of every
        # name of the document: a square term on a long document, session 33)
        longer = sorted((s, e) for s, e in pers if e - s > len(ALI) + 1)
        starts = [s for s, _ in longer]
        furthest = list(accumulate((e for _, e in longer), max))
        for m in _ALI_EITHER.finditer(text):
            if m.group() != ALI and text[max(0, m.start() - 4):m.start()] not in (" بن ", "ابن ") \
                    and text[max(0, m.start() - 3):m.start()] != "بن ":
                continue  # ("على" as written only after بن: the tagger stretches "ألفة يوسف على" over the preposition)
            k = bisect_right(starts, m.start())
            if k and furthest[k - 1] >= m.end():
                out.add(doc.to_normalized(m.start(), m.end())[0])
    return frozenset(out)


def _is_media(folded: str, start: int, end: int, lex: Lexicon) -> bool:
    """Is the entity at folded ``[start, end)`` an outlet: a media name, or a media head first ("صحيفة …")?"""
    return lex.media(folded, start, end, whole=True) is not None or (
        lex.head(folded[start:end].split(" ", 1)[0]) == "media" and not _not_outlet(folded[start:end].split()))


def _not_outlet(ws: list[str]) -> bool:
    """Is a phrase with a media head an institution of ``not_outlets`` ("وكالة الجمهورية", "وكالة الجمهورية بالمحكمة
    الابتدائية بسوسة"), not an outlet whose name runs on ("وكالة الجمهورية الإسلامية الإيرانية للأنباء")?"""
    return " ".join(ws[:2]) in _NOT_OUTLETS and (len(ws) == 2 or ws[2][:1] in "بل")


def _strip_conj(word: str) -> str:
    return word[1:] if len(word) > 3 and word[0] in "وف" else word


def is_cutter(tok: Tok, lex: Lexicon) -> bool:
    """Does ``tok`` end a speaker phrase after a verb (where, when, to whom it was said)?"""
    w = tok.text
    if w in lex.zone_cutters or w in lex.complementizers or w == ":":
        return True
    if w in SENTENCE_END:
        return True
    if len(w) > 2 and w[0] == "ل":  # "لمراسل الجوهرة", "لوكالة …", "للجوهرة"
        rest = w[1:]
        if rest.startswith("ل"):
            rest = "ا" + rest
        if lex.head(rest) == "media" or rest in lex.addressees or lex.media(rest, 0, len(rest), whole=True) is not None:
            return True
    return False


def _is_adj(tok: Tok, definite: bool, lex: Lexicon) -> bool:
    w = tok.text
    if not tok.is_word or len(w) < 3 or w[0] == "و" or w in lex.zone_cutters or w in lex.complementizers:
        return False
    if w in lex.cues or w in _NP_STOPS or w in lex.comp_blockers or lex.head(w) == "media" or w in _DEMONSTRATIVES:
        return False  # (not a demonstrative, the object's: "ونفى مصدر أمني هذه المعلومات"; not an outlet's head:
        # "مصدر أمني مراسلة الجوهرة" writes لمراسلة without its ل)
    if not definite and w in nisba_plurals():
        return True  # a broken plural: "قال مسؤولون أتراك", "خبراء ألمان" (session 33)
    if w.startswith("ال") != definite and not (not definite and _folded_alif_lam(w)):
        return False
    if w[0] in "بل" and (lex.head(w[1:]) or w[1:] in lex.documents  # "لوزارة", "بمصادر"
                         or (w[1] == "ل" and (lex.head("ا" + w[1:]) or lex.head("ال" + w[1:])))):
        return False  # (and ل + الـ: "للمنظمة", "للجنة")
    return w.endswith(_ADJ_ENDINGS)


def _folded_alif_lam(word: str) -> bool:
    """Is ``word`` an indefinite nisba whose أل/إل folds as the article ("ألماني" → "الماني", "ألمانية")?  It is an
    adjective of an indefinite head: "قال مسؤول ألماني" (session 32b)."""
    return word in nisba_adjectives() or (word.endswith("يه") and word[:-1] in nisba_adjectives())


def issuing(word: str) -> bool:
    """Is ``word`` a verb that issues a document, with its pronoun (``issuing_verbs``: "نشره", and the feminine
    "نشرته", "أصدرتها")?  It ends the issuer's phrase before it: "بيان صادر عن الرئاسة نشرته وكالة الأنباء …"."""
    if word in _ISSUING:
        return True
    for suffix in ("ه", "ها"):
        if word.endswith("ت" + suffix) and word[:-len(suffix) - 1] + suffix in _ISSUING:
            return True
    return False


def _np_end(toks: list[Tok], i: int, cut: int, max_words: int, lex: Lexicon, *, allow_conj: bool = True) -> int:
    """Index after the last token of the phrase starting at ``toks[i]``."""
    j, count, last = i, 0, i
    while j < cut:
        t = toks[j]
        if t.text in MARKS:
            close = next((k for k in range(j + 1, cut) if toks[k].text in MARKS), None)
            if close is None or close - j > 6:
                break
            j = close + 1
            last = j
            continue
        if not t.is_word or count >= max_words:
            break
        w = t.text
        if w in _NP_STOPS or (w in lex.cues and not (count == 0 and lex.head(w))) or w in lex.complementizers \
                or (count and issuing(w)) \
                or (count and w in _MANNER and not (j + 1 < cut and toks[j + 1].text.startswith("ال"))):
            break  # (a head that is also a participle starts its phrase: "كاتبة الدولة"; "الفنان ردا على سؤال", not
            # "الخاص بقوة الأمم المتحدة")
        if count and not allow_conj and w[0] == "و":
            break
        prev = toks[j - 1].text if j > i else ""
        if count and w in _DEMONSTRATIVES and (prev.startswith("ال") or toks[j - 1].text in MARKS):
            break  # the object: "ونفت الحكومة الإثيوبية هذه الاتهامات" (not "رئيس هذه اللجنة")
        if count and _people_object(prev, w, lex):
            break  # the object: "واتهمت الشرطة المتظاهرين بأنهم …" (session 32b)
        if count and _object_at(toks, i, j, lex):
            break  # "دعت الوزارة الأولياء إلى …", "أكدت الوزارة للمواطنين أن …" (session 37)
        if count and prev.startswith("ال") and w.startswith("ال") and not (
                w.endswith(("ي", "يه", "ين", "يون")) or w.startswith("الم")) and not (
                w in _ROLE_ADJECTIVES and (j + 1 >= cut or toks[j + 1].text not in _TIME)):
            break  # "المعارضة الحكومة": two definite nouns are no idafa ("الأمين العام": an adjective)
        count += 1
        j += 1
        last = j
    return last


def np_end(toks: list[Tok], i: int, cut: int, max_words: int, lex: Lexicon) -> int:
    """Index after the last token of the phrase starting at ``toks[i]`` (see :func:`_np_end`)."""
    return _np_end(toks, i, cut, max_words, lex)


def _people_object(prev: str, w: str, lex: Lexicon) -> bool:
    """Is the definite plural (or dual) ``w`` of ين/ون the object after the singular ``prev``, not its adjective?
    A masculine plural cannot agree with an institution ("واتهمت الشرطة المتظاهرين", "اتهم الجيش المسلحين"), a
    singular role ("وحذر الوزير المواطنين") or a singular adjective ("اتهمت الحكومة السورية المعارضين");
    after a plural it may ("الصحفيين التونسيين", "البحارة المحتجزين")."""
    if not (w.startswith("ال") and w.endswith(("ين", "ون")) and len(w) > 6 and prev.startswith("ال")):
        return False
    bare = prev[2:]
    if not bare or lex.head(bare) in ("organisation", "person"):
        return True
    return prev.endswith(("ي", "يه")) and not prev.endswith(("يي", "ييه")) and len(bare) > 3


def _people_plural(word: str) -> bool:
    """Is the bare ``word`` (no article) people in the plural: a sound masculine plural or one of ``people_objects``?"""
    return word in _PEOPLE_OBJECTS or (word.endswith(("ين", "ون")) and len(word) > 5)


def _object_at(toks: list[Tok], i: int, k: int, lex: Lexicon) -> bool:
    """Do people the verb tells or calls begin at ``toks[k]``, inside the phrase of an institution or a role that starts
    at ``toks[i]`` ("دعت وزارة الصحة المواطنين إلى …", "ودعت المندوبية الجهوية للتربية الأولياء إلى …", "وأكدت
    الوزارة للمواطنين أن …")?  A definite plural of people after a definite singular that ends in ة cannot be its
    adjective, nor its genitive ("الصحة المواطنين"; not "نقابة الأساتذة المتعاقدين": a plural before); a broken plural
    of people after a head or a singular adjective is as :func:`_people_object` reads a sound one; "لل" + people
    right after the definite head is whom it was told.  Session 37."""
    if k <= i:
        return False
    head = toks[i].text
    kind = lex.head(head) or lex.head(_strip_conj(head)) or ("organisation" if _institution_word(head, lex) else None)
    if kind not in ("organisation", "person"):
        return False
    head = head if lex.head(head) is not None else _strip_conj(head)
    w, prev = toks[k].text, toks[k - 1].text
    if w.startswith("لل") and k == i + 1 and head.startswith("ال"):
        return _people_plural(w[2:])
    if not w.startswith("ال") or not _people_plural(w[2:]):
        return False
    if not prev.startswith(("ال", "لل")):
        return False
    bare = prev[2:]
    if bare in _PEOPLE_OBJECTS or bare in _CONSTRUCT_HEADS or lex.head(bare) == "anonymous":
        return False
    if prev.endswith("ه") and len(bare) > 2 and kind == "organisation":
        return True  # (not after a role, whose genitive may be people: "شقيق أحد البحارة المحتجزين")
    if w[2:] not in _PEOPLE_OBJECTS:
        return False  # (a sound plural after another word is :func:`_people_object`'s to read)
    return lex.head(bare) in ("organisation", "person") or _institution_word(bare, lex) or (
        prev.endswith(("ي", "يه")) and not prev.endswith(("يي", "ييه")) and len(bare) > 3)


def _institution_word(word: str, lex: Lexicon) -> bool:
    """Is ``word`` (with or without و/ف and the article) an institution that heads no phrase of ``heads``
    (``institution_nouns``: "البريد", "الناقلة", "الديوان", "الغرفة"), or the dual or plural of an organisation's
    head ("الوزارتان", "وزارتا", "الشركتان", "الجمعيات")?  Session 37."""
    # (with و/ف or without: "والبريد", "وزارتا", "وحدة")
    return any(w in _INSTITUTIONS or any(
        w.endswith(suffix) and len(w) - len(suffix) >= 3 and lex.head(w[:-len(suffix)] + "ه") == "organisation"
        for suffix in ("تان", "تين", "تا", "ات")) for w in {_strip_article(word), _strip_article(_strip_conj(word))})


def _anon_end(toks: list[Tok], i: int, cut: int, lex: Lexicon, mentions: Mentions | None = None) -> int:
    """Index after an unnamed source: head, adjectives, a short place or affiliation.  With ``mentions`` (a
    person or unnamed head, not a document), where it works too, past ``cut`` (:func:`_affiliation_end`)."""
    definite = toks[i].text.startswith("ال") or toks[i].text.startswith(("وال", "فال")) \
        or (toks[i].text.endswith("نا") and lex.head(toks[i].text) is not None)  # ("مصدرنا الرسمي": ours, definite)
    j = i + 1
    if not definite and j < cut and toks[j].text in lex.addressees and toks[j].text.endswith("نا"):
        j += 1  # whose sources: "بحسب مصادر مراسلتنا", "وقالت مصادر مراسلنا" (the outlet's reporter's)
    while j < cut and (toks[j].text in _HEAD_COMPLEMENTS or toks[j].text in lex.closers):
        j += 1
    if not definite and j == i + 1 and j + 1 < cut and toks[j].text in _DEMONSTRATIVES \
            and toks[j + 1].text.startswith("ال"):
        return j + 2  # an indefinite head's genitive: "وقال رواد هذه الشبكات إن …" (session 32)
    if j == i + 1 and j < cut and toks[i].text in _CONSTRUCT_HEADS:
        # a plural in construct takes its genitive ("وقال مسؤولو العمران والتخطيط إن …", "ذكر مسؤولو السي آي ايه";
        # session 34b): a name the tagger read whole, else a definite noun and one more joined by و
        m = mentions.starting_in(toks[j].start, toks[j].start + 1) if mentions is not None else None
        if m is not None:
            while j < cut and toks[j].start < m.end:
                j += 1
            return j
        if toks[j].text.startswith("ال"):
            j += 1
            if j < cut and toks[j].text.startswith("وال"):
                j += 1
            definite = True  # the genitive's adjectives follow it: "أحد أعوان الحرس البحري" (session 36)
    while j < cut:
        if (_is_adj(toks[j], definite, lex) or toks[j].text in _UNNAMED) \
                and not (mentions is not None and toks[j].text[:1] in "بل"
                         and mentions.starting_in(toks[j].start + 1, toks[j].start + 2) is not None):
            j += 1  # (not an organisation after ب: "مصدر أمني مسؤول بمنطقة الأمن")
            if j < cut and toks[j].text in _UNNAMED_COMPLEMENTS and toks[j - 1].text in _UNNAMED:
                j += 1  # "مصدر أمني رفيع المستوى"
        elif j + 1 < cut and toks[j].text in _ADJECTIVE_MARKERS and toks[j + 1].is_word \
                and (_is_adj(toks[j + 1], definite, lex) or toks[j + 1].text in _UNNAMED
                     or toks[j + 1].text in lex.cues):
            j += 2  # "معلومات غير مؤكدة", "مصادر غير رسمية" (session 29)
        else:
            break
    while j < cut and toks[j].text in lex.closers:
        j += 1
    if mentions is not None and not definite:
        aff = _affiliation_end(toks, j, mentions, lex)
        if aff > j:
            return aff
    # "مصادر من الديوانة التونسية", "مصادر أمنية بالجهة", "مصادر مقربة من الحكومة"
    if j < cut and toks[j].text in _PP_PREPS and j + 1 < cut and toks[j + 1].text.startswith("ال"):
        j += 2
        if j < cut and _is_adj(toks[j], True, lex):
            j += 1
    elif j < cut and toks[j].text.startswith(("بال", "لل")) and len(toks[j].text) > 4:
        j += 1
    return j


_FROM = "من"


def _affiliation_end(toks: list[Tok], j: int, mentions: Mentions, lex: Lexicon) -> int:
    """Index after where an unnamed source at ``toks[:j]`` works: "في/من/لدى/داخل" or "ب"/"بال" and an
    organisation, an ORG entity or an organisation's head noun ("مسؤول في وزارة الخارجية", "مصدر في الشرطة
    الهندية", "مسؤول بوزارة الصحة المصرية", "مصادر مقربة من تنظيم داعش"), up to the next word that ends a speaker
    (when, where or to whom it was said: "أمس", "في تصريح", "لوكالة …"); ``j`` when none follows."""
    if j >= len(toks) or not toks[j].is_word:
        return j
    w = toks[j].text
    if w in _AFFILIATION_PREPS:
        k = j + 1
        if k >= len(toks) or not toks[k].is_word:
            return j
        obj, obj_start = toks[k].text, toks[k].start
    elif w[0] == "ب" and len(w) > 4:  # "بوزارة", "بالشرطة"
        k = j
        obj, obj_start = w[1:], toks[j].start + 1
    elif w in _AFFILIATION_PARTICIPLES and j + 1 < len(toks) and toks[j + 1].text[:1] == "ل" \
            and len(toks[j + 1].text) > 4:  # "تابع لمنطقة الشرطة", "التابع للحرس الوطني"
        k = j + 1
        obj = toks[k].text[1:] if not toks[k].text.startswith("لل") else "ا" + toks[k].text[1:]
        obj_start = toks[k].start + 1
    else:
        return j
    bare = obj[2:] if obj.startswith("ال") else obj
    m = mentions.starting_in(obj_start, obj_start + 1)
    org = m is not None and m.layer in ("entities", "groups") and m.type in ("organisation", "group") \
        and not m.place
    if not org and lex.head(obj) != "organisation" and lex.head(bare) != "organisation" \
            and not (w == _FROM and lex.head(bare) == "media"):
        return j  # (an outlet after "من" only: "صحافيون من وكالة فرانس برس"; "في صحيفة X" is where it was said)
    if obj in _SAID_IN or bare in _SAID_IN or obj in _ASIDE_NOUNS:
        return j
    stop = next((n for n in range(k + 1, len(toks)) if is_cutter(toks[n], lex) or _outlet_addressee(toks, n)
                 or not toks[n].is_word), len(toks))
    end = _np_end(toks, k, stop, 6, lex, allow_conj=False)
    definite = next((n for n in range(k, end) if _definite(toks[n].text) or (n == k and _definite(obj))), None)
    if definite is not None:  # a construct ends with its first definite word; only definite adjectives follow it
        end = next((n for n in range(definite + 1, end) if not toks[n].text.startswith("ال")), end)
    if m is not None and org:
        while end < stop and toks[end].start < m.end:
            end += 1  # the whole ORG entity ("مكتب الادعاء العام", "قوات حماية الشعب الكردية")
    return _of_genitive_end(toks, end, stop) if end > k else j


#: Words after "لل" that are no genitive of an institution's name ("للمرة الأولى", "لليوم الثاني"), attribution.yaml.
_NOT_GENITIVE = word_set("not_institution_genitives")


def _of_genitive_end(toks: list[Tok], end: int, stop: int) -> int:
    """``end``, or the index after the genitive written "لل" that goes on an institution's definite name ending at
    ``toks[end - 1]`` and its definite adjectives ("في القيادة العامة للقوات المسلحة", "في المديرية العامة للأمن
    الوطني"); not a time ("للمرة الأولى") nor the press it was said to (:func:`_audience_end`)."""
    if not (end < stop and _definite(toks[end - 1].text)):
        return end
    w = toks[end].text
    if not (w.startswith("لل") and len(w) > 4) or w in _NOT_GENITIVE or _audience_end(toks, end) is not None:
        return end
    end += 1
    while end < stop and toks[end].text.startswith("ال") and toks[end].text not in _TIME and len(toks[end].text) > 4:
        end += 1
    return end


def _after_quoted_name(toks: list[Tok], i: int, j: int) -> int:
    """``j``, or the end of an outlet's quoted name and the definite adjectives right after it when ``toks[i:j]``
    goes on past them ('موقع صحيفة "mid-day" الهندية' of '… الهندية يظهر المصرية إيمان …', 'قناة "إيه بى سى نيوز"'
    of '… فقد فشل محرك الطائرة فور …')."""
    close = max((k for k in range(i + 1, j) if toks[k].text in MARKS), default=None)
    if close is None or not any(toks[k].text in MARKS for k in range(i, close)):
        return j
    k = close + 1
    while k < j and toks[k].text.startswith("ال"):
        k += 1
    return k


def _definite(word: str) -> bool:
    return word.startswith(("ال", "لل"))


def _phrase(toks: list[Tok], i: int, j: int, kind: SourceType) -> Source | None:
    """The phrase ``toks[i:j]``, without a preposition left dangling at its end ("وقالت شقيقتها شيماء من خلال
    تدوينة …" → "شقيقتها شيماء", "وأوضح المعهد من جهة أخرى، أن …" → "المعهد")."""
    while j - 1 > i and toks[j - 1].text in _DANGLING:
        j -= 1
    if j <= i:
        return None
    return Source(toks[i].start, toks[j - 1].end, "phrase", kind)


def _of(m: Mention) -> Source:
    return Source(m.start, m.end, m.layer, m.type, m.id)


#: Adverbs of how something was said, between a verb and its subject (``manner_adverbs``).
_MANNER = word_set("manner_adverbs")


def speaker_after(toks: list[Tok], folded: str, mentions: Mentions, lex: Lexicon, *,
                  fallback: bool = True) -> Source | None:
    """The speaker at the start of ``toks`` (the words after a reporting verb or source phrase).

    With ``fallback``, a short phrase with no known head right after a verb is taken too
    ("وأضاف السمراني أن")."""
    i = 0
    while i < len(toks) and toks[i].text in _RESUMPTIVE:  # "قالت فيه", "كشف فيها بالقول"
        i += 1
    if i < len(toks) and toks[i].text in PRONOUN_PREPOSITIONS and toks[i].text not in _ADDRESSEE_PRONOUNS:
        i += 1  # "قال عنها المخرج إن …"; not "عليها" of "لافتات كتبوا عليها خصوصا "…"", nor "منا" of "علموا منا أن"
        fallback = False
    while i < len(toks):
        t = toks[i]
        if not (t.text in ("،", ",") or t.text in _TIME or t.text in _MANNER or t.start in mentions.periods):
            if t.start in mentions.times:
                if not _said_when(t, mentions):
                    break  # (a name the tagger reads there: "وقال رمضان بن عمر")
            elif not (t.text in _MANNER_FIRST and _manner_phrase(toks, i)):
                break
        if toks[i].start in mentions.periods or toks[i].start in mentions.times:
            # "اعلنتا مطلع اكتوبر ان …", "قالت أول أمس إن …", "وأكد صباح اليوم أن …": when, not who
            end = mentions.periods.get(toks[i].start) or mentions.times[toks[i].start]
            while i + 1 < len(toks) and toks[i + 1].end <= end:
                i += 1
        elif toks[i].text in _MANNER_FIRST and _manner_phrase(toks, i):
            i += 1  # "فلاحظ مرة أخرى أن …", "وأكد هو الآخر أن …" (session 47b)
        i += 1  # (and how it was said: "انتقد بشدة الأمين العام …", "وأكد مجددا وزير الصحة أن")
        if toks[i - 1].text in COMMAS and i < len(toks):
            i = _past_comma_aside(toks, i, lex)  # "وأوضح، من جهته، الوزير أن …"
    said = _after_said_in(toks, i)
    if said > i:  # "وفق ما أكده في تصريح لجوهرة أف أم اليوم، فلان": only with an addressee and a comma or a day
        after, named = _addressee_end(toks, said, folded, lex)
        if after > said and (toks[after - 1].text in COMMAS or toks[after - 1].text in _TIME) \
                and not _reporter_named(toks, said, after, mentions, lex):
            i = after
            fallback = fallback and named
    i, named = _addressee_end(toks, i, folded, lex)
    fallback = fallback and named
    if i > 0 and toks[i - 1].text in _ADDRESSEE_PRONOUNS:
        fallback = False  # "قالت لنا بفخر إن …": a known speaker only
        if i < len(toks) and toks[i].text in _RESUMPTIVE:
            i += 1  # "يعترف له فيها أنه …"
    if i + 2 < len(toks) and toks[i].text in _EACH and toks[i + 1].text in _EACH_OF:
        i += 2  # "أكد كل من الكاتب العام … أحمد ابراهيم، والأستاذ … أن": the first of those named speaks (session 40)
    lead = i
    while i < len(toks) and toks[i].text in lex.determiners:
        i += 1
    if i + 1 < len(toks) and toks[i].text in ("عدد",) and toks[i + 1].text == "من":
        i += 2
    elif i + 1 < len(toks) and (toks[i].text in _COUNT_WORDS or toks[i].text.isdigit()) \
            and lex.head(toks[i + 1].text) == "anonymous":
        i += 1  # counted: "عن ثلاثة مصادر مطلعة", "قال 3 مسؤولين" (read from the number)
    found = _speaker_at(toks, i, folded, mentions, lex, fallback)
    if found is not None and found.layer == "entities" and found.type == "person":
        found = _surname_after(found, toks, mentions, lex) or found  # "شفيق حجي" of the tagger's "شفيق" (session 37)
    if found is not None and found.layer == "phrase" \
            and all(w in _PRONOUN_SPEAKERS for w in folded[found.start:found.end].split()):
        return None  # "رأت نفسها في المنام", "يشير هذا إلى أن": a pronoun alone is no one's name
    if found is not None and found.layer == "phrase":
        found = _name_completed(found, folded, mentions)
        later = _done_before_doer(toks, found, folded, lex)
        if later is not None:  # "وقد أقر هذا المنع عمدة المدينة …": the thing done, then who did it (session 41)
            return speaker_after(toks[later:], folded, mentions, lex, fallback=fallback)
    if found is not None and found.layer == "phrase" and i > lead and found.start == toks[i].start:
        found.start = toks[lead].start  # "أحد السكان", "ذات المصدر"
    return found


_MANNER_PHRASES = word_set("manner_phrases")
#: Their first words: read first, before the two words are joined.
_MANNER_FIRST = frozenset(p.split()[0] for p in _MANNER_PHRASES)


def _manner_phrase(toks: list[Tok], i: int) -> bool:
    """Do ``toks[i]`` and the next word make a phrase of :data:`_MANNER_PHRASES` ("مرة أخرى", "هو الآخر")?"""
    return i + 1 < len(toks) and f"{toks[i].text} {toks[i + 1].text}" in _MANNER_PHRASES


def _said_when(tok: Tok, mentions: Mentions) -> bool:
    """Does a date or time of the dates layer start at ``tok`` ("أول أمس", "صباح اليوم", "يوم الأحد الماضي"), no
    person's name of the tagger there ("قال رمضان …")? Between a verb and its subject it says when, not who
    (session 47b)."""
    m = mentions.starting_in(tok.start, tok.end)
    return m is None or m.type != "person"


#: Most words of an aside set off by commas between a verb and its subject.
_COMMA_ASIDE_WORDS = 8


def _past_comma_aside(toks: list[Tok], i: int, lex: Lexicon) -> int:
    """The index after an aside that a comma before ``toks[i]`` opens and another closes before the subject ("وأوضح، من
    جهته، الوزير أن …", "وقالت، بدورها، الناشطة …", "وأضاف، في تصريح لمراسلنا، المدير الجهوي أن …"): words of at most
    :data:`_COMMA_ASIDE_WORDS` opening with a preposition, a filler of the subject ("بدوره"), an adverb of manner or
    a word of where it was said, then a comma and a word; ``i`` when no such aside is there."""
    w = toks[i].text
    if not (w in _GOVERNING or w in _FILLERS or w in _MANNER or w in _ASIDE_NOUNS or w in _CIRCUMSTANCES):
        return i
    for k in range(i + 1, min(len(toks) - 1, i + _COMMA_ASIDE_WORDS + 1)):
        t = toks[k]
        if t.text in COMMAS:
            return k + 1 if toks[k + 1].is_word else i
        if (not t.is_word and t.text not in MARKS) or t.text in lex.cues or lex.is_comp(t.text) \
                or lex.head(t.text) == "person" or lex.head(_strip_article(t.text)) == "person":
            return i  # (a name after a role of the aside is the role's: "لدى اشرافه على موكب تنصيب والي الجهة
            # الجديد، عادل الورغي، أن")
    return i


def _done_before_doer(toks: list[Tok], found: Source, folded: str, lex: Lexicon) -> int | None:
    """The index in ``toks`` of a person's head noun right after a speaker phrase of a demonstrative and a noun no
    list heads ("هذا المنع" of "أقر هذا المنع عمدة المدينة": the verb's object, then its subject), else None."""
    said = folded[found.start:found.end].split()
    if len(said) != 2 or said[0] not in _DEMONSTRATIVES or lex.head(said[1]) is not None \
            or lex.head(_strip_article(said[1])) is not None:
        return None
    j = next((k for k, t in enumerate(toks) if t.start >= found.end), None)
    if j is None or not toks[j].is_word:
        return None
    w = toks[j].text
    return j if "person" in (lex.head(w), lex.head(_strip_article(w))) else None


#: "Each of" ("كل من X و Y", "both X and Y") after a reporting verb (``each_words``, ``each_of_words``).
_EACH = word_set("each_words")
_EACH_OF = word_set("each_of_words")

#: The head of a place before its name ("في محافظة الحديدة"), after an institution.
_PLACE_HEADS = word_set("place_heads")
#: Most adjectives read after an institution's name (:func:`institution_completed`).
_TRAILING_ADJECTIVES = 2


def _trailing_adjective(tok: Tok, nxt: Tok | None, mentions: Mentions, lex: Lexicon) -> bool:
    """Is ``tok`` a definite adjective of the institution's name before it: a role adjective ("العام", "العليا") or a
    nisba ("الرسمية", "الفرنسية", "الوطني"), not a relative pronoun, a time word nor the start of a name, and not
    "العام" of "العام الماضي" (a time word after it)?"""
    w = tok.text
    if not tok.is_word or not w.startswith("ال") or w in _NP_STOPS or w in _TIME or w in lex.cues \
            or lex.head(w) is not None or (nxt is not None and nxt.text in _TIME):
        return False
    if mentions.starting_in(tok.start, tok.end) is not None:
        return False
    return w in _ROLE_ADJECTIVES or (w.endswith(("ي", "يه")) and len(w) >= 6 and not w.startswith("الذ"))


def institution_completed(found: Source, toks: list[Tok], folded: str, mentions: Mentions, lex: Lexicon,
                          followers: frozenset[str] = frozenset()) -> Source:
    """An institution or outlet the speaker phrase or the tagger cut before the adjectives of its name ("مديرية الأمن"
    of "مديرية الأمن العام", "وكالة الأنباء التركية" of "… الرسمية", "صحيفة لوبوان" of "… الفرنسية"), and an
    institution with the place it stands in, a LOC the entities layer has after "في" or "ب", when the speaker's words
    end there ("وزارة الصحة الفلسطينية في غزة", "السفارة الأمريكية في الدوحة، اليوم …", "منظمة الصحة العالمية
    باليمن"; not a reporter's place: "مراسل الجوهرة أف أم في القيروان" is an outlet's); ``followers`` are more words
    that may follow the place (a verb's verbal noun with its ب: "وأفادت مديرية الصحة في الحديدة بمقتل …").
    Session 30b."""
    own = mentions.starting_in(found.start, found.start + 1)
    if own is not None and own.place and own.end == found.end:
        return found  # (a place speaking for its government: "وقالت موسكو")
    k = next((k for k, t in enumerate(toks) if t.start >= found.end), len(toks))
    end, n = found.end, 0
    while k < len(toks) and n < _TRAILING_ADJECTIVES and folded[end:toks[k].start] == " " \
            and _trailing_adjective(toks[k], toks[k + 1] if k + 1 < len(toks) else None, mentions, lex):
        end = toks[k].end
        k += 1
        n += 1
    if found.type == "organisation" and k < len(toks) and folded[end:toks[k].start] == " ":
        w = toks[k]
        place: Mention | None = None
        if w.text == "في" and k + 1 < len(toks):
            place = mentions.starting_in(toks[k + 1].start, toks[k + 1].start + 1)
            if place is None and k + 2 < len(toks) and toks[k + 1].text in _PLACE_HEADS:
                place = mentions.starting_in(toks[k + 2].start, toks[k + 2].start + 1)  # "في محافظة الحديدة"
        elif w.text[:1] == "ب" and len(w.text) > 3:
            place = mentions.starting_in(w.start + 1, w.start + 2)
        if place is not None and place.place:
            j = next((j for j in range(k, len(toks)) if toks[j].end >= place.end), len(toks))
            if j < len(toks) and toks[j].end == place.end and (
                    j + 1 >= len(toks) or not toks[j + 1].is_word or toks[j + 1].text in lex.zone_cutters
                    or lex.is_comp(toks[j + 1].text) or toks[j + 1].text in _TIME or toks[j + 1].text in followers):
                end = place.end
    if end == found.end:
        return found
    return Source(found.start, end, "phrase", found.type, found.id)


#: Most words of an organisation's name past where a speaker phrase stopped inside it.
_NAME_REST_WORDS = 4


def _name_completed(found: Source, folded: str, mentions: Mentions) -> Source:
    """``found``, run on to the end of the organisation's or outlet's name it stops inside ("شبكة هيئة" of "شبكة هيئة
    الإذاعة البريطانية", "رئيس هيئة شؤون" of "رئيس هيئة شؤون الأسرى", "مسؤول من وزارة" of "… وزارة الداخلية"):
    a name that starts in it and ends past it, with no punctuation and at most :data:`_NAME_REST_WORDS` words
    after it; not a person's name, whose end the tagger draws too far ("ناجي جلول صباح"), nor over the people a
    verb tells or calls, which the tagger's name of the speaker ran over ("وزارة الصحة المواطنين": session 37).
    Session 28c."""
    i = bisect_left(mentions.starts, found.start)
    while i < len(mentions.items) and mentions.items[i].start < found.end:
        m = mentions.items[i]
        i += 1
        rest = folded[found.end:m.end]
        if m.end > found.end and m.type in ("organisation", "media", "group") and not m.place \
                and rest[:1].isspace() and not any(c in rest for c in "،,.:؛;\"«»“”()") \
                and len(rest.split()) <= _NAME_REST_WORDS and not (
                    m.start == found.start and (nxt := rest.split()[0]).startswith("ال") and _people_plural(nxt[2:])):
            return Source(found.start, m.end, found.layer, found.type, found.id)
    return found


#: The outlets' names with a complementizer among their words ("سي إن إن", "إن بي سي"), as a pattern.  (Each name
#: first and the character before it read in a look-behind after it: the names' first letters are searched for, not
#: a look-behind tried at every character: session 34.)
_COMP_NAMES = re.compile("|".join(
    rf"{re.escape(name)}(?![^\s\"»”).،,])(?<=(?<![^\s\"«“(]){re.escape(name)})"
    for name in sorted(word_set("media_names"), key=len, reverse=True)
    if any(w in word_set("complementizers") for w in name.split())))


def in_outlet_name(folded: str, tok: Tok) -> bool:
    """Is the complementizer ``tok`` a word of an outlet's name ("قالت شبكة سي إن إن إن …", 'قناة "إن بي سي"')?"""
    return any(m.start() <= tok.start and tok.end <= m.end()
               for m in _COMP_NAMES.finditer(folded, max(0, tok.start - 12), tok.end + 12))


def _outlet_word(folded: str, tok: Tok, lex: Lexicon) -> bool:
    """Is ``tok`` a complementizer in an outlet's name (:func:`in_outlet_name`)?"""
    return lex.is_comp(tok.text) and in_outlet_name(folded, tok)


#: A reporter's head noun (``reporter_heads``): "مراسل", "مراسلتنا", "الموفد".
_REPORTERS = word_set("reporter_heads")


def _named_reporter(toks: list[Tok], i: int, folded: str, mentions: Mentions, lex: Lexicon) -> Source | None:
    """The name of the reporter at ``toks[i]`` written after the outlet and where the reporter is ("مراسلنا
    بالعاصمة ماهر الصغير، بأن", 'مراسلة "الجوهرة أف أم" ريم قيدوز', "مراسل الجزيرة في غزة وائل الدحدوح إن"): a PER
    entity, or two or three words the tagger missed that a comma or the end of ``toks`` (the complementizer) closes;
    None when no outlet nor place comes first, or no name after them."""
    if i >= len(toks) or _strip_conj(toks[i].text) not in _REPORTERS:
        return None
    n = len(toks)
    k = i + 1
    before = k
    close = next((c for c in range(k + 1, min(n, k + 6)) if toks[c].text in MARKS), None) \
        if k < n and toks[k].text in MARKS else None
    if close is not None:  # the outlet quoted: 'مراسل "الجوهرة أف أم"'
        k = _suffix_end(toks, close + 1)
    elif k < n and (media := lex.media(folded, toks[k].start, toks[-1].end)) is not None:
        # (a mark that opens the name and is never closed is read past: 'مراسل "الجوهرة أف أم، بقفصة، فلان،')
        while k < n and toks[k].start < media.end():
            k += 1
        if k < n and toks[k].text in MARKS:  # the rest of its name quoted: 'الجوهرة "اف ام"'
            close = next((c for c in range(k + 1, min(n, k + 4)) if toks[c].text in MARKS), None)
            k = close + 1 if close is not None else k
        k = _suffix_end(toks, k)
    elif k < n and (m := mentions.starting_in(toks[k].start, toks[k].end)) is not None and m.type == "media":
        while k < n and toks[k].start < m.end:
            k += 1
    while k < n and toks[k].text in COMMAS:
        k += 1
    place = None
    if k < n and toks[k].is_word and toks[k].text[:1] == "ب" and len(toks[k].text) > 3 \
            and not lex.is_comp(toks[k].text) and toks[k].text not in lex.cues:  # "بالعاصمة", "بسوسة", "بتونس العاصمة"
        place = mentions.starting_in(toks[k].start + 1, toks[k].start + 2)
        k += 1
        while place is not None and k < n and toks[k].start < place.end:
            k += 1
    elif k + 1 < n and toks[k].text == "في" and toks[k + 1].is_word:  # "في غزة", "في الجهة"
        place = mentions.starting_in(toks[k + 1].start, toks[k + 1].end)
        k += 2
        while place is not None and k < n and toks[k].start < place.end:
            k += 1
    if k == before or k >= n:
        return None
    if k + 1 < n and toks[k].is_word and toks[k + 1].text in COMMAS and place is not None \
            and _definite(toks[k].text):
        k += 1  # the rest of the place's name: "بتونس العاصمة، ماهر الصغير،"
    while k < n and toks[k].text in COMMAS:
        k += 1
    if k >= n:
        return None
    m = mentions.starting_in(toks[k].start, toks[k].end)
    if m is not None and m.type == "person" and m.start == toks[k].start:
        return _name_only(m, toks, k, lex)
    j = k
    while j < n and j - k < _NAME_WORDS and toks[j].is_word and _name_like(toks[j], lex) \
            and lex.head(toks[j].text) is None and toks[j].text not in _SAID_IN and toks[j].text[:1] != "و" \
            and not (j == k and _definite(toks[j].text)):
        j += 1
    if j - k >= 2 and (j == n or toks[j].text in COMMAS or toks[j].text in SENTENCE_END):
        return Source(toks[k].start, toks[j - 1].end, "phrase", "person")
    return None


def _speaker_at(toks: list[Tok], i: int, folded: str, mentions: Mentions, lex: Lexicon,
                fallback: bool) -> Source | None:
    reporter = _named_reporter(toks, i, folded, mentions, lex)
    if reporter is not None:
        return reporter
    cut = next((k for k in range(i, len(toks)) if (is_cutter(toks[k], lex) and not mentions.name_part(toks[k])
                                                   and not _outlet_word(folded, toks[k], lex)
                                                   and not _name_starts(toks, k, mentions))
                or _aside_at(toks, k) or _outlet_addressee(toks, k) or _media_addressee(toks, k, i, folded, lex)
                or (k > i and toks[k].start in mentions.periods)  # "وأعلنت الوزارة مطلع الأسبوع أن …"
                or (k > i and toks[k].text.startswith("لل") and toks[k].text[2:] in _ADDRESSEE_TITLES)),  # "للسيد شي"
               len(toks))
    if i >= cut:
        return None
    first = toks[i]
    probe_end = toks[i + 1].end if first.text in MARKS and i + 1 < cut else first.end
    m = mentions.starting_in(first.start, probe_end)
    if m is not None and not (m.start > first.start and first.text not in MARKS and lex.head(first.text)):
        if m.layer == "entities" and (m.type in ("media", "organisation") or m.start == first.start) and not m.place \
                and (media := lex.media(folded, first.start, toks[cut - 1].end)) is not None \
                and media.end("name") > m.end:
            # ("سكاي نيوز" of "سكاي نيوز عربية"; the person "فرانس" the tagger reads in "فرانس 2", "فرانس24")
            return Source(media.start("name"), media.end("name"), "phrase", "media")
        if m.layer == "entities" and m.type == "organisation" and m.start == first.start:
            told = next((k for k in range(i + 1, cut) if toks[k].end <= m.end and _object_at(toks, i, k, lex)), None)
            if told is not None:  # the tagger's ORG ran over the verb's object: "دعت وزارة الصحة المواطنين إلى …"
                return Source(m.start, toks[told - 1].end, "phrase", "organisation")
        return _name_continued(m, toks, cut, mentions, lex) or _of(m)  # (not "كالة الأناضول" in "وكالة الأناضول")
    media = lex.media(folded, first.start, toks[cut - 1].end)
    if media is not None:
        return Source(media.start("name"), media.end("name"), "phrase", "media")
    word = first.text
    head = lex.head(word) or lex.head(_strip_conj(word))
    if head == "person":
        relational = _strip_conj(word) in _RELATIONAL
        named = _role_named(toks, i, cut, folded, mentions, lex, relational)
        if named is not None:
            return named
        j = _np_end(toks, i, cut, 7, lex)
        missed: int | None = None  # (computed when needed: the anonymous role below does not read it)
        if not relational and (org_named := _name_after_org(toks, i, mentions, lex)) is not None:
            missed = _missed_name_end(toks, i, j, cut, lex)
            if toks[missed - 1].end < org_named.end:
                # (a name the role's words hold already stays with them: "المتحدث … الجيش المالي فلان"; not one
                # they stop inside at their length: "القيادي المستقيل من حركة نداء تونس لزهر" of "… لزهر العكرمي")
                return org_named
        nxt = toks[i + 1] if i + 1 < cut else None
        if not word.startswith("ال") and (nxt is None or not nxt.is_word or nxt.text in lex.zone_cutters
                                         or (_is_adj(nxt, False, lex) and nxt.text.endswith(("ي", "يه"))
                                             and lex.head(nxt.text) != "organisation")
                                         or nxt.text in _UNNAMED):  # "مسؤول أمني", "ضابط في الجيش"
            # (an institution's head in يه is its genitive, no nisba: "رئيس جمعية "…"", "رئيس بلدية …"; session 43)
            return _phrase(toks, i, _anon_end(toks, i, cut, lex, mentions), "anonymous")
        if missed is None:
            missed = _missed_name_end(toks, i, j, cut, lex)
        return _phrase(toks, i, missed, "person")
    if head == "organisation":
        j = _np_end(toks, i, cut, 6, lex)
        accused = next((k for k in range(i + 2, j) if _people_object("ال", toks[k].text, lex)
                        and any(m.end == toks[k - 1].end for m in mentions.inside(toks[i].start, toks[k - 1].end))),
                       None)  # the object after the name: "واتهمت حركة حماس المستوطنين بأنهم …" (session 32b)
        return _phrase(toks, i, accused if accused is not None else j, "organisation")
    if head == "media":
        nxt = toks[i + 1] if i + 1 < cut else None
        if _strip_conj(word) in _ADJECTIVE_MEDIA and (nxt is None or not _is_adj(nxt, False, lex)):
            return None  # "بحسب إعلام تلقت الجوهرة نسخة منه": a notice ("الإعلام العبري" has its article)
        if nxt is None or (not word.startswith("ال") and _is_adj(nxt, False, lex)
                           and lex.media_re.match(folded, nxt.start) is None
                           and mentions.starting_in(nxt.start, nxt.start + 1) is None) or nxt.text in lex.closers:
            # (not a name the tagger has: "صحيفة لوبوان"; session 30b)
            # (an outlet the lists know is no adjective: 'مراسل جوهرة "اف ام" بالجهة')
            return _phrase(toks, i, _anon_end(toks, i, cut, lex), "anonymous")
        j = _np_end(toks, i, cut, 5, lex)
        # (past a cutter that is a word of its name: "قناة روسيا اليوم", "موقع اليوم السابع")
        named = lex.media(folded, nxt.start, toks[-1].end)
        if named is None and i + 2 < cut and nxt.is_word and lex.head(nxt.text) is not None:
            named = lex.media(folded, toks[i + 2].start, toks[-1].end)  # "وكالة أنباء روسيا اليوم", "موقع قناة …"
        if named is not None:  # the outlet the lists know, whole: "صحيفة الشرق الأوسط", "شبكة سي إن إن"
            j = max(j, next((k for k in range(i + 1, len(toks)) if toks[k].start >= named.end()), len(toks)))
        if j < cut and toks[j].is_word:  # (run on into the clause: no cutter ended it)
            j = _after_quoted_name(toks, i, j)
        if _not_outlet([t.text for t in toks[i:j]]):
            return _phrase(toks, i, j, "organisation")  # "وكالة الجمهورية": the prosecution
        return _phrase(toks, i, j, "media")
    if head == "anonymous" and not _issued_document(toks, i, cut, lex):
        end = _anon_end(toks, i, cut, lex, mentions)
        if _strip_article(_strip_conj(word)) in _NAMED_OFFICIALS and i + 1 < len(toks) \
                and toks[i + 1].text not in COMMAS and not (
                end < len(toks) and (m := mentions.starting_in(toks[end].start, toks[end].end)) is not None
                and m.type == "person"):
            # an official who is then named: "المسؤول عن الملف في وزارة الخارجية الروسية بافل بويشينكو",
            # "مسؤولة السياسة الخارجية في الاتحاد الأوروبي فيديريكا موغيريني" → the name, a person (a name right
            # after the role's words is read with them, as after any role: "المسؤول الإعلامي أحمد النجار")
            # (not "وحسب المسؤول، أبلغ وزير الخارجية السابق، جون كيري، …": a clause after the bare role; nor a name
            # past the object of a speech act, "وجدد المسؤول النقابي انتقاده لوزير التربية ناجي جلول")
            named = _role_named(toks, i, cut, folded, mentions, lex, False) \
                or _name_after_org(toks, i, mentions, lex)  # "المسؤول في حركة حماس فوزي برهوم" (session 38)
            if named is not None and _role_words_to(toks, i, named.start, mentions, lex):
                return named
        if end == i + 1 < cut and not word.startswith("ال") and toks[end].is_word \
                and (outlet := lex.media(folded, toks[end].start, toks[cut - 1].end)) is not None \
                and outlet.start("name") == toks[end].start:
            # the outlet's own sources: "وأفادت مصادر الجزيرة بأن …", "ووفقا لمصادر الجزيرة، فإن …"
            while end < cut and toks[end].start < outlet.end("name"):
                end += 1
        return _phrase(toks, i, end, "anonymous")
    if word in lex.documents:
        # "بلاغ صادر عن رئاسة الحكومة", "بيان لوزارة الداخلية", "توقعات المعهد الوطني للرصد الجوي"
        k = i + 1
        while k < cut and _is_adj(toks[k], word.startswith("ال"), lex) and toks[k].text not in _ISSUED:
            k += 1
        if k < cut and (toks[k].text in _ISSUED or toks[k].text in _ISSUING
                        or toks[k].text.endswith(("تها", "ته", "تهم"))):  # "حصيلة قدمتها الشرطة"
            k += 1
            # (a date before the issuer: "بيان صادر اليوم الأربعاء عن …", "بلاغ صدر اليوم الثلاثاء 14 مارس 2017 عن")
            # (and the commas around the date: "بلاغ صادر، اليوم الثلاثاء، عن وزارة الداخلية")
            by = next((j for j in range(k, min(len(toks), k + _DATE_WORDS + 3)) if toks[j].text in ("عن", "من")
                       or (toks[j].text in COMMAS and not (j + 1 < len(toks) and (
                           toks[j + 1].text in _TIME or toks[j + 1].text in ("عن", "من"))))
                       or (not toks[j].is_word and toks[j].text not in COMMAS)
                       or lex.head(toks[j].text) is not None), None)
            if by is not None and by > k and toks[by].text in ("عن", "من"):
                k = by
            while k < len(toks) and (toks[k].text in _TIME or toks[k].text.isdigit()):
                k += 1  # "بيان صادر السبت للنقابة"
        rest = toks[k:]
        if rest and rest[0].text in ("عن", "من"):
            rest = rest[1:]
        if rest and rest[0].text.startswith("ل") and len(rest[0].text) > 3:
            rest = [past_lam(rest[0], lex), *rest[1:]]
        issuer = speaker_after(rest, folded, mentions, lex, fallback=False) if rest else None
        if issuer is not None and issuer.start >= toks[i].end:
            return issuer
        return _phrase(toks, i, _anon_end(toks, i, cut, lex), "anonymous")
    if fallback and word[0].isalpha() and word not in lex.cues and word not in lex.comp_blockers \
            and word not in _FILLERS and lex.speech_noun(word) is None \
            and not (word[0] == "ل" and lex.head(word[1:])) and not word.startswith("لل") \
            and word not in _DESCRIBED_BY and word not in _OBJECT_WORDS:
        # (not "أورد فيها قوله: …", "أكده لمبعوث …"; nor to whom, "وذكر للقاضي أنه …", nor what was said of whom,
        # "ويقول وهو يجلس في صالون شقته إنه …", nor its object, "ورفض ذكر اسمه")
        # "وأضاف السمراني", "وأفاد المتهم"; an institution no head names: "أفاد البريد التونسي" (session 37)
        kind: SourceType = "organisation" if _institution_word(word, lex) else "person"
        if word.startswith("ال") and i + 1 < cut and (m := mentions.starting_in(toks[i + 1].start, toks[i + 1].end)) \
                is not None and m.type == "person" and m.start == toks[i + 1].start and m.end == toks[cut - 1].end:
            # an occupation before a name that runs to the complementizer, however long ("وأكد الطالب سيدي محمد
            # ولد أحمد أن": the whole, as "الناشط خضر دوملي"; session 31, the name no longer holds its occupation)
            return _phrase(toks, i, cut, kind)
        named = _name_after_role_words(toks, i, cut, folded, mentions, lex)
        if named is not None:
            return named
        j = _np_end(toks, i, cut, 3, lex, allow_conj=False)
        if j - i > 2 and (role := _role_after_name(toks, i, cut, lex)) is not None and i + 1 < role < j \
                and len(toks[role].text) > 2:  # (not "أم" of a misspelt outlet: 'للجوهرة "اف ام أن')
            # an untagged name of two words or more, then a role that a preposition cuts short ("أكد وائل المجدوب
            # ممثل عن أطباء الأسنان أن …", ANT 5165): the name, not the role's first word with it; not one word and
            # an adjective a role's noun spells ("أفادت ورقة إعلامية", ANT 6602; session 46)
            return _phrase(toks, i, role, kind)
        if j - i <= 3 and (cut - i <= 4 or (j < cut and (toks[j].text in COMMAS or toks[j].text in _DESCRIBED_BY))):
            return _phrase(toks, i, j, kind)
        at = next((k for k in range(i + 2, min(i + 4, cut)) if _at_institution(toks[k], lex)), None)
        if at is not None and not word.startswith("ال") and all(toks[k].is_word for k in range(i, at)):
            return _phrase(toks, i, at, kind)
        role = _role_after_name(toks, i, cut, lex)
        if role is not None:
            return _phrase(toks, i, role, kind)
    return None


def past_lam(tok: Tok, lex: Lexicon) -> Tok:
    """``tok`` read past its ل of "of" ("بيان لوزارة الداخلية" → "وزارة"): from the article's ل when it had one
    ("للناطق" → "الناطق"), as written when the noun's own ل follows ("للجنة" = ل + لجنة)."""
    inner = tok.text[1:]
    return Tok(tok.start + 1, tok.end, inner if not inner.startswith("ل") or lex.head(inner) else "ا" + inner)


#: Most words of a role no head noun of the data file opens, before the name of its speaker.
_ROLE_NAME_REACH = 7
#: Most words of a short speaker phrase read before a comma (the fallback of :func:`_speaker_at`).
_SHORT_SPEAKER_WORDS = 3


def _given_name(word: str) -> bool:
    """Is ``word`` a given name of the entities' gazetteer?"""
    from ..entities.gazetteer import default_gazetteer  # (the entities stage has loaded it; read lazily)
    return word in default_gazetteer().person_parts


#: The pronoun suffixes of a role's first word ("ناطقها", "مراسلنا"; "ه" is also ة folded, read apart).
_ROLE_PRONOUNS = ("ها", "هم", "هما", "نا")


def _name_after_role_words(toks: list[Tok], i: int, cut: int, folded: str, mentions: Mentions,
                           lex: Lexicon) -> Source | None:
    """The speaker phrase of a PER the tagger found after words no head noun opens, up to where the speaker's words
    end ("وقالت أخصائية التغذية ماري جين ديتروير إن", "وأكدت لاعبة المنتخب الوطني للجيدو هناء المرغني في تصريح",
    "و أكد المنتدب الجديد للفريق أسامة الدراجي أنه", "كشفت سيدة الولايات المتحدة الأولى السابقة، ميشيل أوباما،"):
    the role and the name (the stage keeps the name and the role when the role opens with a definite word), or a
    given name the tagger left out before the surname it found ("وقال، جيسي ويلر، …" of the PER "ويلر"). The role
    opens with a definite word or a construct ("أخصائية التغذية") and its words are a role's noun phrase
    (:func:`_role_words_to`); the name ends the speaker's words, or a comma or a role after it does. None otherwise."""
    if i + 1 >= cut or not toks[i + 1].is_word:
        return None
    first = toks[i]
    m = mentions.starting_in(toks[i + 1].start, toks[i + 1].end)
    if m is not None and m.type == "person" and m.layer == "entities" and m.start == toks[i + 1].start \
            and not _definite(first.text) and first.text[:1] not in "وفبل" and _name_like(first, lex) \
            and lex.head(first.text) is None:
        e = _after_mention(toks, i + 1, m.end)
        if e >= cut or toks[e].text in COMMAS:  # a given name the tagger left out: "جيسي" of "جيسي ويلر،"
            return Source(first.start, m.end, "phrase", "person")
    if not (_definite(first.text) or _definite(toks[i + 1].text)) or first.text.endswith("ات") \
            or first.text in lex.documents or lex.speech_noun(first.text) is not None:
        return None  # (the verb's object, things: "كما نفى الاتهامات الموجهة للحكم الألماني أيتكين بأنه …")
    for k in range(i + 1, min(cut, i + _ROLE_NAME_REACH + 1)):
        m = mentions.starting_in(toks[k].start, toks[k].end)
        if m is None or m.start != toks[k].start or m.type != "person":
            continue
        if _on_behalf_at(folded, m.start) or headed_by_preposition(folded, m, lex) \
                or _spoken_to(toks, i, m.start, lex) or not _role_words_to(toks, i, m.start, mentions, lex) \
                or any(t.text in _NP_STOPS or t.text in _KANA or t.text in lex.cues for t in toks[i:k]):
            return None  # (not a clause: "ولم تكشف عدسة الكاميرا النقطة التي كان ينظر إليها بيل كلينتون")
        if k - 1 > i and lex.head(_strip_article(toks[k - 1].text)) == "person":
            return None  # a title and its name are a genitive: "وأعلن مطار الملك عبدالعزيز، في جدة، …"
        comma = next((h for h in range(i + 1, k) if toks[h].text in COMMAS), None)
        if comma is not None and comma - i <= _SHORT_SPEAKER_WORDS:
            return None  # a short speaker and a name in apposition: "بحسب ما أكده عم الرضيع، سمير، في …"
        if not _definite(first.text) and _given_name(first.text):
            return None  # a name the tagger cut: "أكد سليم الحاج مبروك أن" (the fallback reads it whole)
        e = _after_mention(toks, k, m.end)
        if e < cut and toks[e].text not in COMMAS and lex.head(toks[e].text) != "person":
            return None
        if not (_definite(first.text) or first.text.endswith(_ROLE_PRONOUNS)
                or (first.text.endswith("ه") and lex.head(first.text[:-1]) == "person")):
            return _of(m)  # the name: a role of an indefinite construct is not kept ("أخصائية التغذية")
        # (a role with a pronoun is: "وفق ما ورد على لسان ناطقها الرسمي حمّة الهمّامي")
        return _phrase(toks, i, e, "person")
    return None


def _after_mention(toks: list[Tok], k: int, end: int) -> int:
    """The index of the first token from ``toks[k]`` on that starts at or after ``end``."""
    while k < len(toks) and toks[k].start < end:
        k += 1
    return k


def _issued_document(toks: list[Tok], i: int, cut: int, lex: Lexicon) -> bool:
    """Is ``toks[i]`` a document that is also an unnamed head ("تقارير", "معلومات") followed, past its adjectives, by a
    word of its issuing ("وفقا لتقارير صدرت عن المنظمة الدولية للشرطة الجنائية", "تقارير إعلامية صادرة عن …")?  Its
    issuer speaks, as for "بيان صادر عن …" (session 32)."""
    word = toks[i].text
    if word not in lex.documents:
        return False
    k = i + 1
    while k < cut and _is_adj(toks[k], word.startswith("ال"), lex) and toks[k].text not in _ISSUED:
        k += 1  # (not "صادرة", which folds to an adjective's ending)
    return k < cut and toks[k].text in _ISSUED


#: Most words of a name the tagger missed after a role ("آدم رجال").
_MISSED_NAME_WORDS = 3


def _missed_name_end(toks: list[Tok], i: int, j: int, cut: int, lex: Lexicon) -> int:
    """``j`` past a name the tagger missed between a role's definite words and what ends the speaker (the
    complementizer, a colon, a quotation, where or to whom it was said): "وقال المتحدث باسم المنسقية العامة للنازحين
    واللاجئين آدم رجال إن …" (the role's words stop at the phrase's length before "رجال").  The name is one to three
    indefinite words that are no time, adverb ("مجددا"), cue or head noun, right before the cut."""
    if not i < j < cut <= len(toks) or j - i < 2:
        return j
    d = max((k for k in range(i + 1, cut) if _definite(_strip_conj(toks[k].text))), default=None)
    if d is None or d >= j or not 1 <= cut - d - 1 <= _MISSED_NAME_WORDS:
        return j
    for t in toks[d + 1:cut]:
        w = t.text
        if not _name_like(t, lex) or w.endswith(("ا", "اً", "ه", "ها", "هم")) or lex.head(w) or lex.head(w[1:]) \
                or w in lex.documents or w[1:] in lex.documents or w in _ROLE_PREPS or w in _ON_BEHALF:
            return j
    return cut


def _name_starts(toks: list[Tok], k: int, mentions: Mentions) -> bool:
    """Is the time word ``toks[k]`` the first of a person's name of more words, none of them a time word ("وقال
    وزير الخارجية الشيخ صباح خالد الحمد الصباح في تصريح …": no "morning")?"""
    if toks[k].text not in _TIME:
        return False
    m = mentions.starting_in(toks[k].start, toks[k].end)
    return m is not None and m.type == "person" and m.start == toks[k].start and m.end > toks[k].end \
        and k + 1 < len(toks) and toks[k + 1].text not in _TIME and toks[k + 1].start < m.end


def _role_named(toks: list[Tok], i: int, cut: int, folded: str, mentions: Mentions, lex: Lexicon,
                relational: bool) -> Source | None:
    """The person a role at ``toks[i]`` names: a PER among its words up to ``cut`` (not after "باسم", not a
    role's genitive "لحزب …", not the genitive of a relation "زوجة وليد زروق"), or one in apposition after
    them (between commas, past the complement's preposition, after where the role is); None otherwise."""
    for p in mentions.inside(toks[i].start, toks[cut - 1].end):
        if p.type == "person" and not _on_behalf_at(folded, p.start) \
                and not headed_by_preposition(folded, p, lex) and not _spoken_to(toks, i, p.start, lex) \
                and not (relational and i + 1 < cut and p.start == toks[i + 1].start):
            return _of(p)  # (not the genitive of "زوجة وليد زروق", "محامي المتهم فلان")
    apposed = _apposed_person(toks, i, folded, mentions)
    if apposed is not None and not relational and (named := _name_after_org(toks, i, mentions, lex)) is not None \
            and named.end <= apposed.start:
        # the role's own name after its organisation, before the commas of the object's: "حمّل القيادي في حركة
        # نداء تونس خميس قسيلة، المدير التنفيذي للحركة، حافظ قائد السبسي، مسؤولية …" (ANT 7181; session 46)
        return named
    return apposed or (
        None if relational else _name_between_commas(toks, i, cut, lex)
        or _person_past_cut(toks, i, cut, mentions, lex) or _name_after_place(toks, i, mentions, lex))


def _spoken_to(toks: list[Tok], i: int, pos: int, lex: Lexicon) -> bool:
    """Is the name at folded ``pos`` after the role at ``toks[i]`` the one spoken to: right after ل + the article and a
    title or a person's head ("أوضح الرئيس للسيد شي أن …", "قال المدير للوزير فلان"; session 42)?"""
    k = bisect_left([t.start for t in toks], pos, i + 1)
    if k <= i + 1 or k > len(toks):
        return False
    w = toks[k - 1].text
    return w.startswith("لل") and (w[2:] in _ADDRESSEE_TITLES or lex.head(w[2:]) == "person")


_ADDRESSEE_TITLES = word_set("addressee_titles")


def _role_words_to(toks: list[Tok], i: int, pos: int, mentions: Mentions, lex: Lexicon) -> bool:
    """Are the words between the role at ``toks[i]`` and the name at folded ``pos`` the role's own noun phrase
    (adjectives, head nouns, a construct, prepositions of its complement, names of organisations and places, commas
    around an apposed name), not a verb's object ("انتقاده لوزير التربية …") or where and when it was said?"""
    k = i + 1
    while k < len(toks) and toks[k].start < pos:
        t = toks[k]
        m = mentions.starting_in(t.start, t.end)
        if m is not None and m.type != "person" and m.start == t.start:
            while k < len(toks) and toks[k].start < m.end:
                k += 1
            continue
        w = t.text
        # (a construct's first terms: "قسم خدمات العملاء"; not a noun before ل: "انتقاده لوزير التربية")
        nxt = toks[k + 1].text if k + 1 < len(toks) else ""
        if nxt and toks[k + 1].is_word and not _definite(nxt) and nxt[:1] not in "لب" and k + 2 < len(toks):
            nxt = toks[k + 2].text
        if w in COMMAS or w in _ROLE_PREPS or w == "و":
            k += 1
            continue
        if not t.is_word or w in lex.cues or w in _TIME or w in _SAID_IN or w in lex.addressees:
            return False
        if not (_definite(w) or w.startswith(("بال", "وال")) or lex.head(w) or lex.head(w[1:]) or _definite(nxt)
                or (k + 1 < len(toks) and (g := mentions.starting_in(toks[k + 1].start, toks[k + 1].end)) is not None
                    and g.type != "person")):
            return False
        k += 1
    return True


def headed_by_preposition(folded: str, m: Mention, lex: Lexicon) -> bool:
    """Does the tagger's name ``m`` start with ل/ب and a head noun ("لحزب حراك" of "الأمين العام لحزب حراك تونس"):
    the genitive of a role, no name?"""
    first = folded[m.start:m.end].split(" ", 1)[0]
    return first[:1] in "لب" and len(first) > 3 and lex.head(first[1:]) is not None


def _at_institution(tok: Tok, lex: Lexicon) -> bool:
    """Is ``tok`` "ب" + an organisation's head, where a person named before it works ("وفق ما ذكره سامي
    الدبوني بإدارة الصيد البحري")?"""
    return tok.text[:1] == "ب" and lex.head(tok.text[1:]) == "organisation"


def _aside_at(toks: list[Tok], k: int) -> bool:
    """Does an aside start at ``toks[k]``: "من" before "جهة", "ناحية", "خلال" … ("وأوضح المعهد من جهة أخرى، أن
    …", "وأكدت قناة "نسمة" من خلال ما نشرته …")?"""
    return toks[k].text == "من" and k + 1 < len(toks) and toks[k + 1].text in _ASIDE_NOUNS


def _name_continued(m: Mention, toks: list[Tok], cut: int, mentions: Mentions, lex: Lexicon) -> Source | None:
    """A person's name that the tagger cut before "علي" written as the name ("وأكد محمد علي أن …" where the
    entity is "محمد"; "وقال محمد علي العروي إن …"): the mention and the words after it up to the end of the
    speaker's words (``cut``), the first of them "علي" (:meth:`Mentions.name_part`) and at most
    :data:`_NAME_WORDS` in all; None when the mention is no person or the words go on otherwise."""
    if m.type != "person":
        return None
    k = next((k for k in range(cut) if toks[k].start >= m.end), cut)
    if k >= cut or not mentions.name_part(toks[k]) or cut - k > _NAME_WORDS:
        return None
    if any(not t.is_word or t.text in _NP_STOPS or t.text in lex.cues or lex.head(t.text) is not None
           for t in toks[k + 1:cut]):
        return None
    return Source(m.start, toks[cut - 1].end, "phrase", "person")


#: The endings of a noun with a possessive pronoun, and the first letters of a verb in the present of the derived forms
#: (يتوعد، ينفي، يستنكر), that no surname after a given name has (session 37).
_NOUN_PRONOUNS = ("ته", "تها", "تهم", "تهما")
_PRESENT_STEMS = ("يت", "ين", "يس", "تت", "تن", "تس")


def _surname_after(found: Source, toks: list[Tok], mentions: Mentions, lex: Lexicon) -> Source | None:
    """A person's name the tagger cut before its last word, which ends the speaker's words ("أفاد المدير العام …
    شفيق حجي اليوم الجمعة أن …", "قال النائب … بشير الخليفي، إن …", "أكد المدير الجهوي للتجارة بنابل فوزي طالب أن
    …", where the entity is "شفيق", "بشير", "فوزي"): a mention of one or two words that starts with a given name
    (no article), then one word that can be a name (no head, cue, speech noun, time, adverb in ا, nationality or
    other mention), then the end of the speaker's words: a comma, a cutter (where, when, to whom) or the
    complementizer.  None otherwise.  Session 37."""
    k = next((k for k in range(len(toks)) if toks[k].start >= found.end), len(toks))
    inside = [t for t in toks[:k] if t.start >= found.start]
    if k >= len(toks) or not 1 <= len(inside) <= 2 or inside[0].text.startswith("ال") or not all(
            t.is_word for t in inside):
        return None
    tok = toks[k]
    nxt = toks[k + 1].text if k + 1 < len(toks) else ""
    # (not before a preposition of a verb's complement: "ترامب أثنى على …", "ماكرون غريمته على هجومها", "دونالد
    # ترامب موافقته على …"; where and to whom it was said may follow: "في تصريح", "لمراسلنا")
    if nxt and not (nxt in COMMAS or nxt in _TIME or nxt == ":" or nxt == "في"
                    or (nxt.startswith("ل") and is_cutter(toks[k + 1], lex))):
        return None
    w = tok.text
    bare = w[2:] if w.startswith("ال") else w
    if w.endswith(_NOUN_PRONOUNS) or w.startswith(_PRESENT_STEMS) or (w.startswith("الم") and not w.endswith("ي")):
        # a noun with its pronoun ("غريمته"), a verb in the present ("أولاند يتوعد :"), a role after the name
        # ("عماد العباسي المشرف"; not a surname in ي: "محمد المكني")
        return None
    if not _name_like(tok, lex) or w.endswith("ا") or w[0] in "وف" or lex.head(w) is not None \
            or lex.head(bare) is not None or lex.speech_noun(bare) is not None or w in _MANNER \
            or bare in nisba_adjectives() or w in nisba_adjectives() or w in lex.documents \
            or mentions.starting_in(tok.start, tok.end) is not None:
        return None
    return Source(found.start, tok.end, "phrase", "person")


def _role_after_name(toks: list[Tok], i: int, cut: int, lex: Lexicon) -> int | None:
    """The index of a role in apposition after a name the tagger missed ("أوضحت عزيزة حتيرة المديرة العامة
    لمركز النهوض بالصادرات أن …", "قال زهير ميلاد رئيس الجمعية إن …"): a person head after one to
    :data:`_NAME_WORDS` words that are neither definite first nor heads, stops or cues; None when there is none."""
    if toks[i].text.startswith("ال"):
        # "أكد الاجتماع الوزير …": a definite noun is no given name; but a surname alone takes an indefinite role
        # in apposition ("وقال الرحوي ضيف برنامج "بوليتيكا" إن …", "وأكد العماري عضو الهيئة أن …": a definite
        # noun is never the first term of a construct)
        nxt = toks[i + 1] if i + 1 < cut else None
        if nxt is not None and nxt.is_word and not nxt.text.startswith("ال") and lex.head(nxt.text) == "person" \
                and surname_like(toks[i].text, lex):
            return i + 1
        return None
    for k in range(i + 1, min(cut, i + _NAME_WORDS + 1)):
        t = toks[k]
        if not t.is_word:
            return None
        if lex.head(t.text) == "person":
            # (a one-word name takes a role in construct, "كاهية مدير وحدة …"; "مدينة الملك عبد العزيز"
            # is a place, not a name and a definite role)
            return k if k - i > 1 or not t.text.startswith("ال") else None
        if lex.head(t.text) is not None or t.text in _NP_STOPS or t.text in lex.cues or t.text[0] == "و":
            return None
    return None


def surname_like(word: str, lex: Lexicon) -> bool:
    """Can the definite ``word`` be a surname alone ("الرحوي", "البحيري", "العماري"): a nisba form in ي, not a
    head, a document, a time word or a nationality or other adjective the package lists ("الأمريكي")?"""
    return len(word) > 4 and word.endswith("ي") and lex.head(word) is None and word not in lex.documents \
        and word not in _TIME and word not in _NOT_SUBJECTS and word[2:] not in nisba_adjectives()


def _after_addressee(toks: list[Tok], i: int, folded: str, lex: Lexicon) -> int:
    """The index after an addressee written between a verb and its subject (see :func:`_addressee_end`)."""
    return _addressee_end(toks, i, folded, lex)[0]


def _addressee_end(toks: list[Tok], i: int, folded: str, lex: Lexicon) -> tuple[int, bool]:
    """The index after an addressee written between a verb and its subject ("وفق ما أكدته لجوهرة أف أم
    الكاتبة العامة …", "وأكد لمراسل الجوهرة أف أم مصدر أمني …"): "ل" with an outlet or a media head and
    the outlet's name, an outlet's name quoted after "لـ" ('وفق ما أكده لـ"الصباح نيوز" الناطق …'), or a name
    no list knows before "أف أم" ("لديوان أف أم"); ``i`` itself when there is none.  With it, whether the
    outlet is one the lists name (after another only a speaker they know is read: 'أكد في تصريح سابق لـ"وات"،
    إصابة 4 عسكريين' names no one)."""
    if i < len(toks) and toks[i].text in _ADDRESSEE_PRONOUNS:
        return i + 1, True  # "وقال له الوزير إن …"
    if i >= len(toks):
        return i, True
    j: int | None
    named = False
    audience = _audience_end(toks, i)
    if audience is not None:  # "كما أوضح للصحافة حينها وزير الداخلية", "وقال لوسائل الإعلام مسؤول أمني إن …"
        j = audience
        while j < len(toks) and toks[j].text in _TIME:
            j += 1
        if j < len(toks) and toks[j].text.startswith("بال"):
            j += 1  # (and the occasion before a comma: "في تصريح لوسائل الإعلام بالمناسبة، سعي حكومته …")
        while j < len(toks) and toks[j].text in COMMAS:
            j += 1
        return (j, True) if j < len(toks) and toks[j].is_word else (i, True)
    if toks[i].text in ("ل", "لل"):
        # 'لـ"الصباح نيوز"', 'للـ"بي بي سي"', "لـ(وات)": the outlet quoted after "لـ" written apart
        close = _closing_mark(toks, i + 1)
        j = None if close is None else _suffix_end(toks, close + 1)
    elif not toks[i].text.startswith("ل") or len(toks[i].text) <= 3:
        j = None
    elif not is_cutter(toks[i], lex):
        j = _outlet_addressee(toks, i) or None  # "لصبرة أف أم", "لديوان اف ام": an outlet no list knows
    else:
        j, named = _known_addressee(toks, i, folded, lex)
    if j is None:
        return i, True
    while j < len(toks) and _nisba(toks[j].text):
        j += 1  # the outlet's adjectives: 'لـ "بي بي سي" البريطانية'
    while j < len(toks) and (toks[j].text in MARKS or toks[j].text in COMMAS or toks[j].text in _TIME):
        j += 1  # (the speaker after a comma or a day: "أكده للجوهرة أف أم اليوم، الناطق الرسمي …")
    if j < len(toks) and toks[j].text.startswith("بال"):
        j += 1
    elif j + 2 < len(toks) and toks[j].text == "في" and toks[j + 1].is_word and toks[j + 2].text in COMMAS:
        j += 3  # where the reporter is, and the speaker after its comma ("لمراسل الجوهرة أف أم في المهدية، المدير …")
    return (j, named) if j < len(toks) and toks[j].is_word else (i, True)


#: The press as a whole, addressed with ل ("للصحافة", "لوسائل الإعلام"), from attribution.yaml.
_AUDIENCE = word_set("audience_addressees")


def _audience_end(toks: list[Tok], i: int) -> int | None:
    """The index after the press addressed at ``toks[i]`` ("للصحافيين", "لوسائل الإعلام"), or None."""
    w = toks[i].text
    if not w.startswith(LAM) or len(w) < 4:
        return None
    bare = ARTICLE + w[len(LAM_ARTICLE):] if w.startswith(LAM_ARTICLE) else w[len(LAM):]  # (ل + ال is written "لل")
    if i + 1 < len(toks) and f"{bare} {toks[i + 1].text}" in _AUDIENCE:
        return i + 2
    return i + 1 if bare in _AUDIENCE else None


def _nisba(word: str) -> bool:
    """Is ``word`` a definite nisba adjective ("البريطانية", "التونسي")?"""
    bare = word[2:] if word.startswith("ال") else ""
    return bare in nisba_adjectives() or (bare.endswith("يه") and bare[:-1] in nisba_adjectives())


def _known_addressee(toks: list[Tok], i: int, folded: str, lex: Lexicon) -> tuple[int | None, bool]:
    """The index after the addressee at ``toks[i]``, "ل" + an outlet, a media head or an addressee noun (see
    :func:`is_cutter`), and the outlet's name: a name of the lists, quoted, before "أف أم" or closed by a comma
    ("لوكالة تونس إفريقيا للأنباء، …"); None when its end is unknown.  With it, whether the lists name the outlet."""
    name = lex.media_re.match(folded, toks[i].start + 1, None, SERIAL)
    end = name.end() if name is not None else toks[i].end
    j = i + 1
    while j < len(toks) and toks[j].start < end:
        j += 1
    if name is None:  # "لمراسل" + the outlet ("الجوهرة أف أم", "(وات)", "لقناة "دبليو دى ار"") and where ("بالجهة")
        nxt = lex.media_re.match(folded, toks[j].start, None, SERIAL) if j < len(toks) else None
        while nxt is not None and j < len(toks) and toks[j].start < nxt.end():
            j += 1
        if nxt is None:
            close = _closing_mark(toks, j)
            if close is not None:  # (a name in parentheses, "لمراسل (وات)", is no name the lists know)
                return _suffix_end(toks, close + 1), toks[j].text in MARKS
            # "لإذاعة شمس أف أم", "لوكالة تونس إفريقيا للأنباء، فلان"; else ("لوكالة الأنباء الفرنسية …") an
            # addressee of unknown length, no subject read after it
            return _outlet_addressee(toks, i) or _closed_by_comma(toks, j, lex), False
    else:  # the rest of the outlet's name quoted: 'لجوهرة "اف ام"', 'للجوهرة "اف ام"'
        close = _closing_mark(toks, j)
        if close is not None:
            j = close + 1
    return _suffix_end(toks, j), True  # ("لموزاييك أف أم": the list knows "موزاييك")


def _suffix_end(toks: list[Tok], j: int) -> int:
    """The index after the suffix of an outlet's name at ``toks[j]`` ("أف أم", "FM"), or ``j``."""
    for suffix in _OUTLET_SUFFIXES:
        n = len(suffix)
        if j + n <= len(toks) and all(toks[j + k].text.lower() == suffix[k] for k in range(n)):
            return j + n
    return j


def _media_addressee(toks: list[Tok], k: int, i: int, folded: str, lex: Lexicon) -> bool:
    """Is ``toks[k]`` (after the speaker's first word ``toks[i]``) an outlet the lists know, written with "ل"
    ("وقال مصدر دبلوماسي لبي بي سي عربي إن …": to whom it was said, no word of the speaker)?"""
    if k <= i or not toks[k].text.startswith("ل"):
        return False
    m = lex.media(folded, toks[k].start, min(len(folded), toks[k].start + 40))
    return m is not None and m.group("pre") == "ل"


def _outlet_addressee(toks: list[Tok], i: int) -> int:
    """The index after an outlet named with "ل" at ``toks[i]`` and ended by an outlet suffix within
    :data:`_OUTLET_WORDS` words ("لديوان أف أم", "لصبرة FM", "لإذاعة شمس أف أم"), or 0."""
    if not (toks[i].text.startswith("ل") and len(toks[i].text) > 2):
        return 0
    for k in range(i + 1, min(len(toks), i + _OUTLET_WORDS + 1)):
        end = _suffix_end(toks, k)
        if end > k:
            return end
        if not toks[k].is_word or toks[k].text[0] == "ل":
            return 0  # (not a name's "لله" before "للجوهرة أف أم": "المنتصر لله بربيرو للجوهرة أف أم")
    return 0


def _closed_by_comma(toks: list[Tok], j: int, lex: Lexicon) -> int | None:
    """The index of the comma that closes an outlet's name of at most :data:`_ADDRESSEE_WORDS` words from
    ``toks[j]`` ("لوكالة تونس إفريقيا للأنباء، الناطق الرسمي …"), or None (not words that go on as a clause:
    "للصحيفة الأمريكية دخوله إلى أفغانستان، …")."""
    for k in range(j, min(len(toks), j + _ADDRESSEE_WORDS + 1)):
        if toks[k].text in COMMAS:
            return k if k > j else None
        if not toks[k].is_word or is_cutter(toks[k], lex) or toks[k].text in lex.cues or toks[k].text in _DANGLING:
            return None
    return None


def after_where_said(toks: list[Tok], i: int, folded: str, lex: Lexicon) -> int:
    """The index after when, where and to whom a statement was made, written after its speaker ("ونفى الوزير
    اليوم في تصريح لإذاعة موزاييك وجود …", "وأكدت النقابة في بيان لها رفضها …"), or ``i``."""
    j = i
    while True:
        k = j
        while k < len(toks) and (toks[k].text in _TIME or toks[k].text in COMMAS):
            k += 1
        k = _after_addressee(toks, _after_said_in(toks, k), folded, lex)
        if k < len(toks) and toks[k].text in _ISSUED:  # "في بيان صادر عن وزارة الشؤون الخارجية، …"
            comma = next((c for c in range(k + 1, min(len(toks), k + 9)) if toks[c].text in COMMAS), None)
            k = comma + 1 if comma is not None else k
        if k == j:
            return j
        j = k


def _reporter_named(toks: list[Tok], said: int, after: int, mentions: Mentions, lex: Lexicon) -> bool:
    """Is the PER after the comma that closes a reporter addressee ("في تصريح لمراسلة "الجوهرة اف أم"، روضة
    العلاقي، على هامش …") the reporter's name set off by commas, not the speaker?"""
    w = toks[said].text
    if not (w[:1] == "ل" and w[1:] in lex.addressees and lex.head(w[1:]) == "media") or after >= len(toks):
        return False
    m = mentions.starting_in(toks[after].start, toks[after].end)
    if m is not None and m.type == "person":
        k = next((k for k in range(after, len(toks)) if toks[k].start >= m.end), len(toks))
        return k < len(toks) and toks[k].text in COMMAS
    # a name the tagger missed: two or three words, none a head, a cue or a stop, then a comma
    end = next((k for k in range(after, min(len(toks), after + _NAME_WORDS + 1)) if not toks[k].is_word), None)
    if end is None:
        return False
    k = end
    return 2 <= k - after <= _NAME_WORDS and toks[k].text in COMMAS and not any(
        lex.head(t.text) is not None or t.text in lex.cues or t.text in _NP_STOPS for t in toks[after:k]) \
        and not toks[after].text.startswith("ال")


def after_time(toks: list[Tok], i: int, folded: str, mentions: Mentions, lex: Lexicon) -> int:
    """The index after when a statement was made as the dates layer reads it, set off by commas or after "في",
    between a speaker and its verbal noun ("وأعلن الجيش، في وقت متأخر من مساء الجمعة، مقتل …", "أعلنت الشرطة، ظهر
    الجمعة، اعتقال …"), and after where it was said (:func:`after_where_said`), or ``i`` (session 32b)."""
    j = i
    while True:
        k = j
        while k < len(toks) and toks[k].text in COMMAS:
            k += 1
        if k + 1 < len(toks) and toks[k].text == "في" and toks[k + 1].start in mentions.times:
            k += 1
        end = mentions.times.get(toks[k].start) if k < len(toks) else None
        if end is None:
            return j
        k = next((n for n in range(k, len(toks)) if toks[n].start >= end), len(toks))
        j = after_where_said(toks, k, folded, lex)


def _after_said_in(toks: list[Tok], i: int) -> int:
    """The index after where something was said, written between a verb and its speaker ("وفق ما أكده في
    تصريح هاتفي لجوهرة أف أم، فلان"; ``said_in`` nouns with their adjectives and "له"), or ``i``."""
    if not (i + 1 < len(toks) and toks[i].text == "في" and toks[i + 1].text in _SAID_IN):
        return i
    j = i + 2
    while j < min(len(toks), i + 4) and (toks[j].text in _ADDRESSEE_PRONOUNS or toks[j].text in SAID_IN_ADJECTIVES):
        j += 1
    return j


def _closing_mark(toks: list[Tok], j: int) -> int | None:
    """The index of the mark closing a short quotation or parenthesis opened at ``toks[j]`` (a name), or None."""
    if j < len(toks) and toks[j].text in MARKS:
        return next((k for k in range(j + 1, min(len(toks), j + 7)) if toks[k].text in MARKS), None)
    if j < len(toks) and toks[j].text == "(":
        return next((k for k in range(j + 1, min(len(toks), j + 7)) if toks[k].text == ")"), None)
    return None


#: Most words between a role and the PER after its complement ("كاتب الدولة لدى وزير النقل هشام بن أحمد").
_ROLE_REACH = 10


def _person_past_cut(toks: list[Tok], i: int, cut: int, mentions: Mentions, lex: Lexicon) -> Source | None:
    """The PER a role's complement runs into past a preposition that cut the speaker's words ("قال كاتب الدولة لدى
    وزير النقل هشام بن أحمد إن …", "قال السفير البريطاني لدى الأمم المتحدة ماثيو رايكروفت إن …", "أكد الخبير في
    الاقتصاد محمد الصادق جبنون …", "كشف وزير العلاقة مع الهيئات الدستورية مهدي بن غربية عن …"): the words
    between are a noun phrase only (definite words, head nouns, other mentions, a construct's first term, the
    prepositions of `role_complement_preps` and و), never when, where or to whom it was said; None otherwise."""
    if cut >= len(toks) or toks[cut].text not in _ROLE_PREPS:
        return None
    k = i + 1
    while k < min(len(toks), i + _ROLE_REACH + 1):
        t = toks[k]
        m = mentions.starting_in(t.start, t.end)
        if m is not None and m.type == "person" and m.layer == "entities" and k > cut:
            prev = toks[k - 1].text
            if lex.head(prev) is not None and not _definite(prev):
                return None  # a genitive: "وزير البيئة في حكومة يوسف الشاهد"
            return _name_only(m, toks, k, lex)
        named = _missed_before_name(toks, k, mentions, lex) if k > cut and k + 1 < len(toks) else None
        if named is not None:
            # a word the tagger missed right before the name: where the role is after "في" ("المتحدثة باسم الادعاء
            # الاتحادي في كالسروه فراوكه كولر"), else the given name ("وزيرة الثقافة والمحافظة على التراث سنية مبارك")
            name = _name_only(named, toks, k + 1, lex)
            if toks[k - 1].text != "في":
                name.start, name.layer = t.start, "phrase"
            return name
        if m is not None:  # an organisation or a place of the complement ("لدى الأمم المتحدة", "في اليمن")
            while k < len(toks) and toks[k].start < m.end:
                k += 1
            continue
        w = t.text
        if w in _ROLE_PREPS or w == "و" or (w in _ON_BEHALF and k + 1 < len(toks) and toks[k + 1].is_word):
            if w in _ABOUT and (k != cut or (_strip_article(toks[i].text) not in _DEPUTIES
                                             and _strip_article(_strip_conj(toks[i].text)) not in _NAMED_OFFICIALS)):
                return None  # "عن" only of a deputy ("النائب عن حركة النهضة"; not "قال الوزير عن الرئيس فلان")
                # or of the one in charge ("المسؤول عن الملف في وزارة الخارجية فلان")
            k += 1
            continue
        if not t.is_word or w in lex.cues or lex.is_comp(w) or w in _TIME or w in _SAID_IN or w in _NP_STOPS \
                or w in lex.zone_cutters or (w[:1] == "ل" and is_cutter(t, lex)):
            return None
        nxt = toks[k + 1].text if k + 1 < len(toks) else ""
        if not (w in _ROLE_PREPS or w == "و" or _definite(w) or w.startswith(("بال", "وال")) or lex.head(w)
                or lex.head(w[1:]) or _definite(nxt)
                or (k + 1 < len(toks) and (g := mentions.starting_in(toks[k + 1].start, toks[k + 1].end)) is not None
                    and g.place)):  # a construct on a place's name: "في إقليم كردستان العراق فلان"
            return None  # (an indefinite word that is no construct's first term: "في لقاء مع الرئيس فلان")
        k += 1
    return None


#: "On behalf of", a role's modifier before the body it speaks for ("المتحدث باسم هيئة سلامة الطيران المدني في
#: أستراليا بيتر جيبسون").
_ON_BEHALF = word_set("on_behalf_words")


def _on_behalf_at(folded: str, pos: int) -> bool:
    """Does the text at folded ``pos`` open with "on behalf of" (the tagger's PER "باسم الجيش المالي سليمان
    ديمبيلي")?"""
    return any(folded.startswith(w, pos) for w in _ON_BEHALF)


def _missed_before_name(toks: list[Tok], k: int, mentions: Mentions, lex: Lexicon) -> Mention | None:
    """The PER the tagger found right after ``toks[k]``, one name-like word no list knows (in a role's complement,
    :func:`_person_past_cut`), or None."""
    t = toks[k]  # (a place after "في" may begin as ك/ب + ال would: "في كالسروه")
    prev = toks[k - 1].text
    if not (prev == "في" or (_definite(prev) and mentions.starting_in(toks[k - 1].start, toks[k - 1].end) is None)):
        return None  # a given name after the role's own definite words only ("على التراث سنية مبارك")
    if not _name_like(t, lex, strict=prev != "في") or _definite(t.text) or t.text[:1] in "وفبل" \
            or lex.head(t.text) is not None or t.text in _SAID_IN or t.text in lex.addressees \
            or t.text in lex.documents:
        return None
    if mentions.starting_in(t.start, t.end) is not None:
        return None
    m = mentions.starting_in(toks[k + 1].start, toks[k + 1].end)
    if m is not None and m.type == "person" and m.layer == "entities" and m.start == toks[k + 1].start:
        return m
    return None


def _name_after_place(toks: list[Tok], i: int, mentions: Mentions, lex: Lexicon) -> Source | None:
    """A name the tagger missed after a role's complement and where the role is, right before the complementizer
    ("وأكد المتحدث باسم وزارة الصحة في غزة أشرف القدرة أن …"): two or three name-like words, the first not definite,
    after a place the entities layer has, after "في" or written with "ب"; the words before it a noun phrase (no
    comma, cue, time or statement); None otherwise."""
    n = len(toks)
    for k in range(n - 2, max(i + 1, n - 4) - 1, -1):
        prev = toks[k - 1]
        place = mentions.starting_in(prev.start, prev.end)
        if place is None or not place.place or place.end != prev.end:
            continue
        h = next((h for h in range(k - 1, i, -1) if toks[h].start <= place.start), i)
        if not (toks[h].text == "في" or toks[h - 1].text == "في" or toks[h].text[:1] == "ب"):
            continue
        name = toks[k:]
        if _definite(name[0].text) or any(not _name_like(t, lex) or lex.head(t.text) is not None or t.text in _SAID_IN
                                          or t.text[:1] == "و" or (t.text[:1] == "ل" and is_cutter(t, lex))
                                          for t in name):
            return None
        if any(not t.is_word or t.text in lex.cues or t.text in _TIME or t.text in _SAID_IN for t in toks[i + 1:h]):
            return None
        return Source(name[0].start, name[-1].end, "phrase", "person")
    return None


#: The most words of a name the tagger missed after a role's organisation, and the fewest ("زهير المغزاوي").
_ORG_NAME_WORDS = (2, 3)


def _name_after_org(toks: list[Tok], i: int, mentions: Mentions, lex: Lexicon) -> Source | None:
    """A name the tagger missed after the organisation of a role's complement, where the speaker's words end ("وقال
    النائب عن حركة الشعب زهير المغزاوي إن …", "وقالت القيادية في حركة النهضة يمينة الزغلامي: …", "الأمين العام لحركة
    الشعب زهير المغزاوي في تصريح …"): two or three name-like words (:func:`_missed_org_name`) right after an ORG
    entity, a group or an outlet (past a closing quotation mark or a comma), then the end of the words, a comma or
    where, when or to whom it was said; the words from the role to the organisation its noun phrase
    (:func:`_role_words_to`), and "عن" only of a deputy or an official ("قال الوزير عن حركة الشعب …": about it).
    None otherwise.  Session 38."""
    n = len(toks)
    for m in mentions.inside(toks[i].end, toks[-1].end):
        if m.type not in ("organisation", "group", "media") or m.place:
            continue
        s = next((k for k in range(i + 1, n) if toks[k].start >= m.end), n)
        if s < n and toks[s].text in MARKS and toks[s - 1].end <= m.end:
            s += 1  # 'في قناة "فرانس 24" توفيق مجيد'
        if s < n and toks[s].text in COMMAS:
            s += 1  # "النائب عن حركة الشعب، زهير المغزاوي إن"
        if s >= n:
            continue
        p = mentions.starting_in(toks[s].start, toks[s].end)
        if p is not None and (p.type != "person" or p.start != toks[s].start):
            continue
        if p is not None:  # the tagger's name after a quoted outlet: 'الإعلامي في قناة "فرانس 24" توفيق مجيد'
            e = next((k for k in range(s, n) if toks[k].start >= p.end), n)
        else:
            e = s
            while e < n and e - s < max(_ORG_NAME_WORDS) and not _name_ends(toks, e, mentions, lex):
                e += 1
        if (e < n and not _name_ends(toks, e, mentions, lex)) or (p is None and (
                e - s not in _ORG_NAME_WORDS or not _missed_org_name(toks[s:e], mentions, lex))):
            continue
        first = next((toks[k].text for k in range(i + 1, s) if toks[k].text in _ROLE_PREPS), None)
        role = _strip_article(_strip_conj(toks[i].text))
        if first in _ABOUT and role not in _DEPUTIES and role not in _NAMED_OFFICIALS:
            return None  # (not "قال الوزير عن حركة الشعب …": what the minister said of it)
        pos = m.start
        opening = next((k for k in range(s - 1, i, -1) if toks[k].end <= m.start), None)
        if opening is not None and toks[opening].text in MARKS:
            pos = toks[opening].start  # (the outlet's name quoted)
        if not _role_words_to(toks, i, pos, mentions, lex):
            return None
        return _of(p) if p is not None else Source(toks[s].start, toks[e - 1].end, "phrase", "person")
    return None


def _name_ends(toks: list[Tok], k: int, mentions: Mentions, lex: Lexicon) -> bool:
    """Does ``toks[k]`` end the words of a speaker's name: a comma, a cutter (where, when, to whom it was said:
    "في تصريح", "لموزاييك", "اليوم"), a time word or date, an outlet addressed, a mark?"""
    t = toks[k]
    return not t.is_word or t.text in COMMAS or is_cutter(t, lex) or t.text in _TIME or t.start in mentions.times \
        or _outlet_addressee(toks, k) > 0


def _missed_org_name(name: list[Tok], mentions: Mentions, lex: Lexicon) -> bool:
    """Are ``name``'s words a person's name the tagger missed (:func:`_name_after_org`): no other mention, head,
    document, statement, time, adverb in ا, nationality or function word; the first no definite word nor one
    with ب/ل unless a given name ("لزهر", "بلقاسم"; not "بمدينة"); a particle
    ("بن", "أبو", "عبد") inside only; and, by the entities' gazetteer, a given name first, or no word more often
    outside names than in them ("وجود خلافات", "ضرورة الإسراع": the verb's object), or a common word before a
    family name in ي no corpus word is ("يمينة الزغلامي")?"""
    from ..entities.gazetteer import default_gazetteer  # (the entities stage has loaded it; read lazily)
    gaz = default_gazetteer()
    for k, t in enumerate(name):
        w = t.text
        if w in gaz.particles:
            if k == len(name) - 1 or (k == 0 and gaz.particles[w] not in ("kunya", "theophoric")):
                return False  # (a particle inside the name: "محمد بن سالم", "سامي أبو زهري"; first "عبد", "أبو")
            continue
        bare = _strip_conj(w)
        # (a given name that heads a phrase too, before no definite word: "أمين بوعزيزي", not "رئيس الكتلة")
        given = k == 0 and w in gaz.person_parts and not _definite(name[1].text)
        if not _name_like(t, lex) or mentions.starting_in(t.start, t.end) is not None or (not given and (
                lex.head(w) is not None or lex.head(bare) is not None or lex.head(_strip_article(w)) is not None)) \
                or (w[:1] in "بل" and lex.head(w[1:]) is not None) or w in lex.documents or w in _SAID_IN \
                or w in lex.addressees or w in _MANNER or lex.speech_noun(_strip_article(w)) is not None \
                or (w.endswith(("ا", "اً")) and len(w) > 3) or w.endswith(_NOUN_PRONOUNS + ("هم", "هما")) \
                or w in nisba_adjectives() or _strip_article(w) in nisba_adjectives() \
                or (k == 0 and (_definite(w) or (w[:1] in "بل" and w not in gaz.person_parts))):
            return False
    words = [t.text for t in name]
    if words[0] in gaz.person_parts:
        return True
    common = [w in gaz.common and w not in gaz.person_parts for w in words]
    if not any(common):
        return True
    last = words[-1]
    return common == [True] + [False] * (len(words) - 1) and _definite(last) and surname_like(last, lex)


def role_person(toks: list[Tok], mentions: Mentions, lex: Lexicon) -> Source | None:
    """The PER after a role's complement at the start of ``toks``, set off by a comma (:func:`_apposed_person`) or
    not (:func:`_person_past_cut`), or None."""
    i = 0
    while i < len(toks) and toks[i].text in lex.determiners:
        i += 1
    if i >= len(toks) or lex.head(toks[i].text) != "person" or _strip_conj(toks[i].text) in _RELATIONAL:
        return None
    cut = next((k for k in range(i, len(toks)) if is_cutter(toks[k], lex)), len(toks))
    return _apposed_person(toks, i, "", mentions) or _person_past_cut(toks, i, cut, mentions, lex)


def role_missed_name(toks: list[Tok], mentions: Mentions, lex: Lexicon) -> Source | None:
    """The name the tagger missed after the organisation of a role at the start of ``toks`` (a person head or an
    official, not a relation: :func:`_name_after_org`), or None.  Session 38."""
    i = 0
    while i < len(toks) and toks[i].text in lex.determiners:
        i += 1
    if i >= len(toks) or _strip_conj(toks[i].text) in _RELATIONAL:
        return None
    word = toks[i].text
    if (lex.head(word) or lex.head(_strip_conj(word))) != "person" \
            and _strip_article(_strip_conj(word)) not in _NAMED_OFFICIALS:
        return None
    return _name_after_org(toks, i, mentions, lex)


def _name_only(m: Mention, toks: list[Tok], k: int, lex: Lexicon) -> Source:
    """The PER ``m`` (starting at ``toks[k]``) without the words the tagger added to it: a time word, a cue or
    complementizer, a head noun ("غازي معلى ضيف بوليتيكا" → "غازي معلى")."""
    end = m.end
    for t in toks[k + 1:]:
        if t.start >= m.end:
            break
        w = t.text
        if w in _TIME or w in lex.cues or lex.is_comp(w) or w in _NP_STOPS or lex.head(w) is not None:
            end = toks[toks.index(t) - 1].end
            break
    return Source(m.start, end, m.layer, m.type, m.id)


def _strip_article(word: str) -> str:
    return word[2:] if word.startswith("ال") else word


def _name_between_commas(toks: list[Tok], i: int, cut: int, lex: Lexicon) -> Source | None:
    """A name the tagger missed, set off by commas between a role from ``toks[i]`` and the clause at ``cut``
    ("وأكد المدير الجهوي للصحة,رياض المؤخر، أن …"): two to :data:`_NAME_WORDS` name-like words, the first
    not definite, after a role of at most :data:`_COMMA_ROLE_WORDS` words; None otherwise ("، اليوم الثلاثاء،")."""
    if cut - 1 <= i:
        return None
    if toks[cut - 1].text not in COMMAS:
        # a comma glued to both words is a space the page lost: "أرجع وزير المالية السابق،جلول عياد في تصريح …"
        # (session 42); the name then ends where the speaker's words do
        k = next((h for h in range(i + 1, min(cut - 1, i + _COMMA_ROLE_WORDS + 1)) if toks[h].text in COMMAS), None)
        if k is None or toks[k].start != toks[k - 1].end or toks[k].end != toks[k + 1].start:
            return None
        cut += 1
    k = next((h for h in range(i + 1, min(cut - 1, i + _COMMA_ROLE_WORDS + 1)) if toks[h].text in COMMAS), None)
    if k is None or not 2 <= cut - 2 - k <= _NAME_WORDS:
        return None
    name = toks[k + 1:cut - 1]
    if name[0].text.startswith(("ال", "و", "ف")) or any(
            not _name_like(t, lex) or lex.head(t.text) is not None or lex.head(_strip_conj(t.text)) is not None
            or t.text in lex.addressees for t in name):
        return None
    return Source(name[0].start, name[-1].end, "phrase", "person")


#: Most words of a role before a comma and the name in apposition to it.
_COMMA_ROLE_WORDS = 7


def _apposed_person(toks: list[Tok], i: int, folded: str, mentions: Mentions) -> Source | None:
    """A person named between commas after a role and its modifier ("النائب عن حزب صوت الفلاحين،
    فيصل التبيني، إن …"): the first PER right after a comma of the words up to the clause."""
    for k in range(i + 1, len(toks) - 1):
        if toks[k].text in SENTENCE_END or toks[k].text == ":":
            return None
        if toks[k].text in COMMAS:
            m = mentions.starting_in(toks[k + 1].start, toks[k + 1].end)
            if m is not None and m.type == "person":
                return _of(m)
    return None


def speaker_before(toks: list[Tok], folded: str, mentions: Mentions, lex: Lexicon, *,
                   sentence_start: int = -1, agreement: str | None = None) -> Source | None:
    """The subject written before its verb ("الجيش قال إن"): ``toks`` are the words before it,
    ``sentence_start`` the start of their sentence (a name the tagger missed is read there only) and
    ``agreement`` the verb's person ("m" or "f" for a singular, "dual" or "plural"; None if unknown)."""
    j = len(toks)
    reach = 5  # how far back the head of a phrase may stand
    while j > 0 and toks[j - 1].text in _FILLERS:
        j -= 1
    if j > 0 and (toks[j - 1].text in _CONNECTIVES or _strip_conj(toks[j - 1].text) in _CONNECTIVES):
        return None  # "… ولذلك يعتبر أن": a new clause, its subject dropped (session 48b)
    if j > 0 and toks[j - 1].text in _RELATIVES:
        return _antecedent(toks, j - 1, folded, mentions, lex, agreement)
    aside = _relative_aside(toks, j)
    if aside is not None:  # "وكان وزير الخارجية خميس الجهيناوي، الذي يزور الجزائر، قد صرح": the one before it
        return speaker_before(toks[:aside], folded, mentions, lex, sentence_start=sentence_start,
                              agreement=agreement)
    if j > 1 and toks[j - 1].text in COMMAS and (toks[j - 2].is_word or toks[j - 2].text in MARKS):
        found = _apposed_before(toks, j - 1, folded, mentions, lex)
        if found is not None or _kana_at(toks, j - 1, folded, sentence_start) is None:
            return found
        j -= 1  # "وكانت وزارة الطاقة، قد أكدت أن …": the subject of كان … قد, closed by a comma
        # (its head may stand further back: 'وكان المتحدث باسم "الجيش الوطني الليبي"، أعلن أن')
        reach = _KANA_WORDS + 2
    k = j
    # Back to a comma, a complementizer or another cue, at most 8 words.
    while k > 0 and j - k < 8:
        w = toks[k - 1].text
        if w in COMMAS or w in SENTENCE_END or w == ":" or w in lex.complementizers or w in lex.cues:
            break
        k -= 1
    if k >= j:
        return None
    # a relative clause between the subject of كان and its verb is none of it ("وكانت الوزيرة سلمى اللومي التي
    # تزور الجزائر قد صرحت"): the words before its pronoun
    rel = next((r for r in range(j - 2, k, -1) if toks[r].text in _RELATIVES), None)
    if rel is not None and _kana_at(toks, rel, folded, sentence_start) is not None:
        j = rel  # (only after كان: "الاعترافات التي أدلى بها المتهم حيث أكد" is the accused's)
    dropped = j - k > 1 and _document_object(toks[j - 1].text, lex)
    if dropped:
        j -= 1  # "وأصدرت الوزارة بيانا قالت فيه": the document is the object of the verb before
    best = None
    governed: list[Mention] = []
    for m in mentions.inside(toks[k].start, toks[j - 1].end):
        if _governed(toks, k, m, lex):
            governed.append(m)
        elif best is None or m.end > best.end or (m.end == best.end and m.start < best.start):
            best = m
    if best is not None:
        return _of(best)
    behalf = next((h for h in range(k + 1, j) if toks[h].text in _ON_BEHALF), None)
    if behalf is not None:
        reach = max(reach, j - behalf + 3)  # the role before whom it speaks for: 'المتحدث باسم "الجيش الوطني الليبي"'
    for h in range(max(k, j - reach), j):  # the leftmost head: "المتحدث باسم الجيش قال"
        if any(m.start <= toks[h].start < m.end for m in governed):
            continue  # (not "أم" of 'في اتصال بالجوهرة "اف ام" أكد')
        word = toks[h].text
        head = lex.head(word) or lex.head(_strip_conj(word))
        if head is None:
            continue
        if h > k and toks[h - 1].text in _HELD_BY and (_definite(word) or (
                h + 1 < j and _definite(toks[h + 1].text))):
            # a preposition's definite complement: "كان المهاجم معروفا لدى أجهزة المخابرات قالت …" (session 31); an
            # indefinite one is described by the verb, its subject ("اتصالا من مواطن أفاد فيه أن …")
            continue
        if agreement == "m" and not dropped and word.endswith("ه") and not _strip_conj(word).startswith("ال"):
            # an indefinite feminine noun a masculine verb describes, not its subject: "بدأ … حملة عسكرية يقول إنها …"
            # (not the other way round: a broken plural takes a feminine verb, "مصادر قالت", "صحف إسرائيلية قالت")
            continue
        if h > k and word.startswith("ال") and word.endswith("ي") and toks[h - 1].text.startswith("ال") \
                and lex.head(toks[h - 1].text) is None:
            continue  # a nisba after a definite noun is its adjective: "الأداء الإعلامي لكنه استدرك"
        kind: SourceType = head
        if head == "media" and h + 1 < j and _is_adj(toks[h + 1], word.startswith("ال"), lex):
            kind = "anonymous"
        start = toks[h].start + (1 if lex.head(word) is None else 0)
        return Source(start, toks[_phrase_stop(toks, h, j, lex) - 1].end, "phrase", kind)
    named = _apposed_name(toks, k, j, lex)
    if named is not None:
        return named
    if agreement == "plural" and (people := _counted_people(toks, k, j, lex)) is not None:
        return people
    for h in range(max(k, j - 5), j):  # a document speaks for no one named: "لكن البيان قال إن"
        word = toks[h].text
        if word in lex.documents or _strip_conj(word) in lex.documents:
            start = toks[h].start + (0 if word in lex.documents else 1)
            return Source(start, toks[_phrase_stop(toks, h, j, lex) - 1].end, "phrase", "anonymous")
    return _bare_subject(toks, j, folded, lex, sentence_start)


def _relative_aside(toks: list[Tok], j: int) -> int | None:
    """The index of the comma that opens a relative clause set off by commas right before a verb at ``toks[j]``
    ("…، الذي يزور الجزائر حاليا، قد صرح": fillers aside, the clause of at most :data:`_ASIDE_WORDS` words), or
    None."""
    if j < 4 or toks[j - 1].text not in COMMAS:
        return None
    for h in range(j - 3, max(0, j - 2 - _ASIDE_WORDS), -1):
        w = toks[h].text
        if w in SENTENCE_END or w == ":":
            return None
        if w in COMMAS:
            return h if h > 0 and toks[h + 1].text in _RELATIVES and toks[h - 1].is_word else None
    return None


#: Most words of a relative clause set off by commas between a subject and its verb.
_ASIDE_WORDS = 12


def _counted_people(toks: list[Tok], k: int, j: int, lex: Lexicon) -> Source | None:
    """Unnamed people right before a plural verb, indefinite: counted ("بين 2433 مدخنا قالوا إنهم …", "ثلاثة
    جنود قالوا"), or a sound plural ("مزارعون يقولون إن …"); not a definite noun (the object of a verb before:
    "التقى الوزير المحتجين قالوا") nor a function word."""
    if j <= k:
        return None
    noun = toks[j - 1]
    bare = _strip_conj(noun.text)
    if not _name_like(noun, lex) or bare.startswith("ال"):
        return None
    digits = j - 2 >= k and toks[j - 2].text.isdigit()
    counted = digits or (j - 2 >= k and _strip_conj(toks[j - 2].text) in _COUNT_WORDS)
    plural = bare.endswith(("ون", "ين"))
    if not (plural or (counted and (not digits or bare.endswith("ا")))):
        return None  # (after digits people are counted in the accusative: not "قدره 9500 دينار اعترفوا")
    first = toks[j - 2] if counted else noun
    start = first.start + len(first.text) - len(_strip_conj(first.text))
    return Source(start, noun.end, "phrase", "anonymous")


#: Number words that count people before an indefinite noun ("ثلاثة جنود قالوا").
_COUNT_WORDS = word_set("people_counts")



def _governed(toks: list[Tok], k: int, m: Mention, lex: Lexicon) -> bool:
    """Is the mention ``m`` among the words ``toks[k:]`` before a verb a preposition's object or a place in
    construct after a head noun, not the verb's subject: after a preposition, written apart or on the word
    ("الهجرة غير الشرعية في طرابلس"، "علماء آثار من النمسا"، "السلطات بالكونغو"، "المعارض لبشار الأسد"; not the
    issuer of "بلاغ صادر عن وزارة الفلاحة", nor after "مع": "مقابلة مع الباجي قايد السبسي كشف فيها …"), or a
    place after a head ("وكانت شرطة لندن قد أعلنت": the police
    speak; not a name after its head: "تنظيم داعش", "صحيفة الشروق")?"""
    i = bisect_left([t.start for t in toks], m.start, k)  # the first word at or after the mention's start
    if i > k and toks[i - 1].end > m.start:
        # the mention starts inside a word: governed by a preposition written on it ("بالكونغو", "لبشار")
        tok = toks[i - 1]
        return any(c in "بلك" for c in tok.text[:m.start - tok.start])
    if i == k:
        return False
    prev = toks[i - 1].text
    if prev in _GOVERNING:
        return not (i - 1 > k and toks[i - 2].text in _ISSUED)
    if prev in MARKS and i - 1 > k:
        prev = toks[i - 2].text
    if prev in _ON_BEHALF:
        return True  # whom a spokesman speaks for: "الناطق الرسمي باسم وزارة الداخلية قال" is the spokesman's
    return m.place and lex.head(prev) is not None and not prev.startswith("ال")


def after_relative(toks: list[Tok]) -> bool:
    """Do ``toks`` end with a relative pronoun, fillers aside ("… المخزن الذي", "… والذي قد")?"""
    j = len(toks)
    while j > 0 and toks[j - 1].text in _FILLERS:
        j -= 1
    return j > 0 and toks[j - 1].text in _RELATIVES


def _antecedent(toks: list[Tok], rel: int, folded: str, mentions: Mentions, lex: Lexicon,
                agreement: str | None) -> Source | None:
    """The subject of a verb in a relative clause (the pronoun at ``toks[rel]``): the antecedent right before
    the pronoun (a comma or a closing mark between), when the verb agrees with the pronoun ("الوزير الذي قال
    إن …", "صحيفة دايلي ميل، التي كشفت أن …", "الأولياء الذين اعتبروا أن …"); the longest speaker phrase that
    ends there, of at most :data:`_ANTECEDENT_WORDS` words.  None (the speaker named before is carried over)
    when the verb does not agree (the antecedent is its object: "حركة النهضة التي قال إنها تغيرت …", "سوريا
    التي أكد أنها …"), when no speaker ends right before the pronoun ("الملف الدقيق، الذي أكد أنه …"), when it
    is a place or an addressee ("في بنغازي الذي أضاف", "لمراسل الجوهرة أف أم، الذي أكد"), the genitive of a
    head ("هيئة الدفاع ضد قاضي التحقيق 13 والذي قال") or a feminine phrase
    before الذي ("… تلقى رسالة منه قبيل تنفيذ الهجوم والذي أكد …"), unless a person the tagger knows stands
    further back."""
    j = rel
    while j > 0 and (toks[j - 1].text in COMMAS or toks[j - 1].text in MARKS):
        j -= 1
    if j == 0:
        return None
    found = _agreeing_antecedent(toks, rel, j, folded, mentions, lex) \
        if _relative_agrees(toks[rel].text, agreement) else None
    if found is None:
        # a person the tagger knows, further back than the antecedent, is the sentence's subject ("الطالب
        # محمد اكرم الخزري يواصل اضراب الجوع الذي قال إنه …", "… نجيب عيّاد عن جديد الدورة القادمة للمهرجان التي
        # قال إنها …")
        found = speaker_before(toks[:rel], folded, mentions, lex)
        if found is None or found.layer != "entities" or found.type != "person" or found.end >= toks[j - 1].end:
            return None
    return found


def _agreeing_antecedent(toks: list[Tok], rel: int, j: int, folded: str, mentions: Mentions,
                         lex: Lexicon) -> Source | None:
    """The speaker phrase that ends at ``toks[j - 1]``, right before the relative pronoun ``toks[rel]`` (see
    :func:`_antecedent`), or None."""
    best = None
    for s in range(j - 1, max(-1, j - _ANTECEDENT_WORDS - 1), -1):
        found = speaker_before(toks[s:j], folded, mentions, lex)
        if found is not None and found.end == toks[j - 1].end:
            best = found
    if best is not None:
        at = bisect_left([t.start for t in toks], best.start)
        prev = toks[at - 1].text if at else ""
        if prev == "في" or (prev.startswith("ل") and is_cutter(toks[at - 1], lex)):
            return None  # a place or an addressee: "في بنغازي الذي", "لمراسل الجوهرة أف أم، الذي"
        if best.layer == "phrase" and lex.head(prev) is not None and not prev.startswith("ال"):
            return None  # the genitive of a head: "الطعون التي قدمتها هيئة الدفاع ضد قاضي التحقيق 13 والذي"
    if best is not None and best.layer == "phrase" and _strip_conj(toks[rel].text) == "الذي" \
            and folded[best.start:best.end].split(" ", 1)[0].endswith("ه"):
        return None
    return best


#: Most words of the antecedent of a relative pronoun ("أمين فرع جمعية الهلال الأحمر في بنغازي الذي …").
_ANTECEDENT_WORDS = 6


def _relative_agrees(rel: str, agreement: str | None) -> bool:
    """Does a verb of ``agreement`` ("m", "f", "dual", "plural") agree with the relative pronoun before it:
    الذي a masculine singular ("قال", "يقول"), التي a feminine singular ("قالت", "تقول"; a plural of things
    too), الذين a plural ("قالوا", "يقولون"), اللذان … a dual ("قالا", "يقولان")?  Yes when unknown."""
    if agreement is None:
        return True
    rel = _strip_conj(rel)
    if rel == "الذين":
        return agreement == "plural"
    if rel.startswith(("اللذ", "اللت")):
        return agreement == "dual"
    return agreement == ("f" if rel == "التي" else "m")


def _bare_subject(toks: list[Tok], j: int, folded: str, lex: Lexicon, sentence_start: int) -> Source | None:
    """A subject no other stage or word list knows, before its verb at ``toks[j]`` (fillers aside): the words
    between a sentence's كان and its verb ("وكان بالضياف قد أكد أنه …", "وكانت ماي قد أعلنت …", "وكان رياض
    جعيدان قال …"; at most :data:`_KANA_WORDS` before قد, :data:`_BARE_WORDS` without: not "وكان منفذ الهجوم
    قاد شاحنة يرجح أنها …"), or one or two words that start the sentence ("برينا قالت لـ "بي بي سي" إنها …",
    "الهمامي نفى أن …"; not an adverb: "هكذا قال", "لذلك أكد").  A person, or an organisation for a definite
    noun and its nisba ("القضاء البلجيكي")."""
    h = _kana_at(toks, j, folded, sentence_start)
    if h is not None and j - h - 1 > _BARE_WORDS and not _QAD & {t.text for t in toks[j:]}:
        h = None
    if h is not None:
        start = h + 1
    elif 0 < j <= _BARE_WORDS and _at_sentence_start(toks[0], folded, sentence_start):
        start = 0
    else:
        return None
    words = toks[start:j]
    if not all(_name_like(t, lex, strict=h is None) for t in words) or (h is None and words[0].text[0] in "وف"):
        return None
    kind: SourceType = "person"
    if len(words) > 1 and words[0].text.startswith("ال") and words[-1].text.startswith("ال") \
            and words[-1].text.endswith("ي"):
        kind = "organisation"  # "القضاء البلجيكي", "البريد التونسي" (not "التونسي البطل")
    return Source(words[0].start, words[-1].end, "phrase", kind)


#: Most words of a subject between كان and its verb ("وكان رئيس الوزراء الليبي السابق قد …" is read by its head).
_KANA_WORDS = 7
#: Most words of a name the tagger missed that starts a sentence before its verb ("برينا قالت").
_BARE_WORDS = 2
#: "قد" between a subject and its verb ("وكان بالضياف قد أكد").
_QAD = word_set("qad_words")


def _kana_at(toks: list[Tok], j: int, folded: str, sentence_start: int) -> int | None:
    """The index of the كان that opens the sentence of the verb at ``toks[j]`` (fillers aside) with one to
    :data:`_KANA_WORDS` words between ("وكانت وزارة الطاقة، قد أكدت", "وكان بالضياف قد أكد"), or None."""
    for h in range(max(0, j - _KANA_WORDS - 1), j - 1):
        if toks[h].text in _KANA and _at_sentence_start(toks[h], folded, sentence_start):
            return h
    return None


def _at_sentence_start(tok: Tok, folded: str, sentence_start: int) -> bool:
    """Does ``tok`` start its sentence (only spaces, quotation marks or a dash before it)?"""
    return 0 <= sentence_start <= tok.start and not folded[sentence_start:tok.start].strip(" \t\u00a0\"«“-–—")


def _name_like(tok: Tok, lex: Lexicon, *, strict: bool = True) -> bool:
    """Can ``tok`` be a word of a subject's name: a word of three letters or more that is no function word,
    adverb, time, preposition or cue of the word lists ("هكذا", "لذلك", "أمس", "وفي"); when ``strict`` (no كان
    before), not one with a preposition and an article either ("بالتحري", "للسلطات"; after كان it is a name:
    "وكان بالضياف قد أكد")?"""
    w = tok.text
    if not tok.is_word or len(w) < 3 or not w[0].isalpha():
        return False
    bare = _strip_conj(w)
    return not (bare in _NOT_SUBJECTS or w in _NOT_SUBJECTS or w in lex.cues or bare in lex.cues
                or w in lex.zone_cutters or bare in lex.zone_cutters or w in lex.comp_blockers or w in _FILLERS
                or w in _NP_STOPS or w in _TIME or w in lex.determiners or w in lex.complementizers
                or (strict and bare.startswith(("بال", "لل", "كال"))))


def _apposed_before(toks: list[Tok], j: int, folded: str, mentions: Mentions, lex: Lexicon) -> Source | None:
    """The name in apposition that a comma closes before a verb ("وزير الدفاع الأسبق، دالي الجازي، كان أعلن
    أن …"): the words between the two commas (``toks[:j]`` ends before the second), when they are a PER
    entity whole or a name the tagger missed after a role; None otherwise (what ends with a comma before
    the verb is often the end of a longer phrase, "رئيس المؤتمر … المنعقد بسوسة، كان أعلن")."""
    k = j
    while k > 0 and j - k < _NAME_WORDS + 1 and toks[k - 1].text not in COMMAS:
        k -= 1
    if k == j or k == 0:
        return None
    person = next((m for m in mentions.inside(toks[k].start, toks[j - 1].end)
                   if m.type == "person" and m.start == toks[k].start and m.end == toks[j - 1].end), None)
    if person is not None:
        return _of(person)
    return _apposed_name(toks, k, j, lex)


def _apposed_name(toks: list[Tok], k: int, j: int, lex: Lexicon) -> Source | None:
    """A name the tagger missed between a comma after a role and the verb ("وكان الناطق الرسمي باسم
    المحكمة الابتدائية في تونس، سفيان السليطي قد أكد …"): ``toks[k:j]``, one to :data:`_NAME_WORDS` words,
    no heads, the first not definite, after a comma that follows a person head phrase (at most 8 words back)."""
    if k == 0 or toks[k - 1].text not in COMMAS or not 0 < j - k <= _NAME_WORDS:
        return None
    if toks[k].text.startswith(("ال", "و", "ف", "لكن")) or any(
            not t.is_word or lex.head(t.text) is not None or t.text in _NP_STOPS for t in toks[k:j]):
        return None  # (a given name first: "سفيان السليطي", not "الوزارة", "ولكنه")
    for h in range(k - 2, max(-1, k - 10), -1):
        w = toks[h].text
        if w in COMMAS or w in SENTENCE_END or w == ":" or w in lex.complementizers or w in lex.cues:
            return None
        if lex.head(w) == "person" or lex.head(_strip_conj(w)) == "person":
            return Source(toks[k].start, toks[j - 1].end, "phrase", "person")
    return None


def _phrase_stop(toks: list[Tok], h: int, j: int, lex: Lexicon) -> int:
    """Where a subject phrase from ``toks[h]`` ends before its verb at ``j``: at a relative pronoun or
    another phrase stop, or a quotation mark ("الدراسة التي تقول", "الدراسات غالبا ما تنقل", "في البيان
    "يرجح"), or where the statement was made, whose noun the verb describes ("وأكدت الحركة في وثيقة سياسية جديدة
    كشفت عنها …": the movement).  Session 27."""
    e = h + 1
    while e < j:
        if toks[e].text in _NP_STOPS:
            return e
        if toks[e].text in lex.zone_cutters and e + 1 < j and (
                toks[e + 1].text in _SAID_IN or toks[e + 1].text in lex.documents):
            return e
        if toks[e].text in MARKS:
            close = next((c for c in range(e + 1, j) if toks[c].text in MARKS), None)
            if toks[e - 1].text not in _ON_BEHALF or close is None:
                return e
            e = close  # whom a spokesman speaks for, quoted: 'المتحدث باسم "الجيش الوطني الليبي"'
        e += 1
    return j


def _document_object(word: str, lex: Lexicon) -> bool:
    """Is ``word`` an indefinite document in the accusative ("بيانا", "بلاغا", "تقريرا")?"""
    return word.endswith("ا") and word[:-1] in lex.documents


#: Most words of a name the tagger left out after a definite role word, at the end of a source phrase ("حسب المدير
#: الجهوي فلان الفلاني"): longer, or with a word no name has, it is the clause the phrase ran into.
_RUN_ON_NAME_WORDS = 3


def _clause_verb(tok: Tok, lex: Lexicon) -> bool:
    """Is ``tok`` a finite verb that no speaker's phrase holds: a verb of the entities' verb list (with و/ف: "وتلقت"),
    a form of كان, a particle of negation ("لم", "لن") or a pronoun ("هما"), and no name part ("صادق", "طالب")?"""
    from ..entities.gazetteer import default_gazetteer, verb_forms  # (the entities stage has loaded them)
    w = tok.text
    bare = _strip_conj(w)
    if w in _NEGATIONS or w in _KANA or bare in _KANA:
        return True
    verbs = verb_forms()
    return (w in verbs or bare in verbs) and w not in default_gazetteer().person_parts and w not in lex.cues


#: Particles of negation that open a verb's clause, and the pronouns that open a nominal one ("حسب الموقع هما …").
_NEGATIONS = word_set("run_on_openers")
#: Roles in apposition that read as verbs ("النقيب آمر فصيل …"): no cut there.
_APPOSED_ROLES = word_set("apposed_roles")


def run_on_bounded(src: Source, zone: list[Tok], folded: str, mentions: Mentions, lex: Lexicon) -> Source:
    """``src`` cut where a source phrase's speaker runs on into the clause it is the source of, with no comma after
    it ("وأشارت إلى أن السوق حسب وزير السياحة سجلت السوق الأوروبية نموا", "بحسب الوزارة وتلقت الجوهرة نسخة منه",
    "وفق الوزارة تهيئة 315.5 كلم من الطرقات"): at a finite verb, a form of كان or a negation after its first word
    (not after a relative pronoun, nor a word of a name the tagger found), or at an indefinite word right after a
    definite one when the words from there are no short name (more than :data:`_RUN_ON_NAME_WORDS`, or a word no
    name has: a number, a preposition, a pronoun).  The phrase keeps the words before the cut."""
    if src.layer != "phrase":
        return src
    ks = [k for k, t in enumerate(zone) if t.start >= src.start and t.end <= src.end]
    if len(ks) < 2:
        return src
    first, last = ks[0], ks[-1]
    cut: int | None = None
    for k in range(first + 1, last + 1):
        t = zone[k]
        if not t.is_word or mentions.name_part(t) or lex.head(t.text) or lex.head(_strip_conj(t.text)) \
                or t.text in _APPOSED_ROLES:
            continue  # (a role in apposition: "بحسب النقيب آمر فصيل للحراسة …")
        if (outlet := lex.media(folded, zone[k - 1].start, src.end)) is not None and outlet.end("name") > t.start:
            continue  # (an outlet's name: "مبعوث الجوهرة أف أم")
        prev = zone[k - 1].text
        if _clause_verb(t, lex) and prev not in _RELATIVES:
            cut = k
            break
        if src.type != "media" and _indefinite_after_definite(zone, k, last, mentions, lex):
            cut = k
            break
    if cut is None and src.type != "media" and last - first >= 3 and last + 1 < len(zone) \
            and _feminine_pair(zone[last], zone[last + 1]) \
            and not mentions.name_part(zone[last]) and not mentions.name_part(zone[last + 1]):
        cut = last  # an indefinite noun and its adjective open the clause: "… ربحي وجيه دولة نواة صلبة لمشاركة …"
    if cut is None:
        return src
    end = cut
    while end > first and zone[end - 1].text in COMMAS:
        end -= 1
    if end <= first:
        return src
    return Source(src.start, zone[end - 1].end, src.layer, src.type)


def _feminine_pair(noun: Tok, adj: Tok) -> bool:
    """Are ``noun`` and ``adj`` an indefinite feminine noun and its adjective ("نواة صلبة", folded "نواه صلبه")?"""
    return noun.is_word and adj.is_word and len(noun.text) >= 3 and len(adj.text) >= 4 \
        and noun.text.endswith("ه") and adj.text.endswith("ه") and not noun.text.startswith("ال") \
        and not adj.text.startswith("ال") and noun.text[:1] not in "وفبلك" and adj.text[:1] not in "وفبلك"


#: Words that make an indefinite adjective of the word after them ("الحكومة غير المعترف بها").
_ADJECTIVE_MARKERS = word_set("adjective_markers")


def _indefinite_after_definite(zone: list[Tok], k: int, last: int, mentions: Mentions, lex: Lexicon) -> bool:
    """Is ``zone[k]`` a bare indefinite word right after a definite one (no name part either) that opens no short
    name to the phrase's end ``zone[last]``: more than :data:`_RUN_ON_NAME_WORDS` words, or one no name has (a
    number, a preposition): "الوزارة تهيئة 315.5 كلم من الطرقات", "الوزير تشغيل فرد من كل عائلة"?  Not a
    conjunct or a genitive with its preposition ("ورئيس", "لوزارة")."""
    prev, w = zone[k - 1], zone[k].text
    if not (prev.text.startswith("ال") and len(prev.text) > 3 and _name_like(prev, lex)) or mentions.name_part(prev):
        return False
    if w.startswith("ال") or w[:1] in "وفبلك" or w in _ADJECTIVE_MARKERS:
        return False
    return last - k + 1 > _RUN_ON_NAME_WORDS \
        or not all(_name_like(x, lex) and not x.text[:1].isdigit() for x in zone[k:last + 1])
