"""What the attribution stage's readings share: the item a cue anchors, keyed text, spaces and commas, a verb's
lemma and gender, and the word sets more than one of its modules reads."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from ...lang.ar import lookup_key
from ...lang.ar.words import nisba_adjectives
from ...memo import remember
from ...text.clitics import ARTICLE
from .clauses import COMMAS, Tok
from .cues import Cue, Lexicon, relative_words, word_set
from .quotes import Quotation
from .sources import Source

#: Text → its :func:`lookup_key`, for the strings the stage keys again and again (a speaker's text per claim, a
#: zone's words): the normalization behind a key costs some 20 µs a call (session 34).
_KEYS: dict[str, str] = {}


def _key(text: str) -> str:
    """``lookup_key(text)``, remembered (see :data:`_KEYS`)."""
    key = _KEYS.get(text)
    return key if key is not None else remember(_KEYS, text, lookup_key(text))


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
    follows: bool = False  # a participle's verbal noun after a claim of its sentence: "…، مشددا على …" (session 46b)


#: The last speaker named: the speaker, its sentence and the gender its verb gave it ("f", "m" or None).
_Last = tuple[Source, int, str | None]

#: "The text of" a document ("وفق نص البيان"): skipped before it to the document, the speaker (``document_texts``).
_DOCUMENT_TEXTS = word_set("document_texts")

#: The marks that close a name or a quotation, left after a speaker ('وفق ما أوردته "فرانس2".').
_CLOSING_MARKS = '"»”'

_COLON_SPACES = " \t\u00a0:"

_BREAKING_LABELS = word_set("breaking_labels")

#: "The same source" (session 28b): the words before a head ("نفس المصدر", "ذات الصحيفة"), and the heads that
#: stand for any earlier speaker ("المصدر ذاته"); any other head needs an earlier speaker's phrase with that head.
_SAME_WORDS = word_set("same_source_words")


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


def _last_space_end(folded: str, start: int, end: int) -> int:
    """The end of the words of ``folded[start:end]`` (its trailing spaces dropped)."""
    return start + len(folded[start:end].rstrip())


def _detached_conj(folded: str, pos: int, lo: int) -> str:
    """The conjunction و/ف written as a word of its own right before the word at ``pos``, with the one space after
    it ("و أضاف أن …", as some Tunisian sites write it: the cue's proclitic, as in "وأضاف"); "" when there is none."""
    k = pos - 2
    if k < lo or folded[k] not in "وف" or folded[k + 1] not in " \t\u00a0":
        return ""
    return folded[k:pos] if k == lo or not folded[k - 1].isalpha() else ""


def _after_comma(folded: str, pos: int) -> bool:
    """Is the word at ``pos`` right after a comma ("…، داعيا المواطنين إلى …")?"""
    before = folded[max(0, pos - 3):pos].rstrip()
    return bool(before) and before[-1] in COMMAS


_RELATIVE_WORDS = relative_words()


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

#: Words that open a sentence and are no verb (folded): adverbs, pronouns, particles, prepositions.
_NOT_VERBS = frozenset().union(*(word_set(key) for key in ("not_subjects", "zone_cutters", "clause_openers",
                                                            "comp_blockers")))


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


#: Nouns of where something was said ("في بيان", "في تصريح له", "خلال مداخلته"), from attribution.yaml.
_SAID_IN = word_set("said_in")

#: Words of the circumstances of a statement ("على هامش", "إثر", "في رده"), from attribution.yaml: with one of them or
#: a :data:`_SAID_IN` noun after the verb, its complementizer may be as far as :data:`_FAR_GAP` words.
_CIRCUMSTANCES = word_set("circumstance_words")

_CLAUSE_OPENERS = word_set("clause_openers") | {""}  # (see :meth:`_Finder._starts_sentence`)

#: When it was said, between a relay and its "عن" ("اليوم", "يوم الاثنين"; ``time_words``).
_TIME_WORDS = word_set("time_words")

#: The source phrase "on the tongue of" (its lemma in ``source_phrases``).
_ON_BEHALF = "على لسان"
#: The lemma of the phrase "جاء في"/"ورد في" (``cues``), what a text published holds.
_PUBLISHED_IN = "جاء في"

_ANNOUNCED_EVENTS = word_set("announced_events")

_WITH_B_EVENTS = frozenset("ب" + w for w in _ANNOUNCED_EVENTS)  # "بمقتل", "باستشهاد"

#: Words after a comma that open a new clause ("…، فيما وصف …"), not the rest of the one a source phrase interrupts.
_DESCRIBED_BY = word_set("described_by")

_NEW_CLAUSE = relative_words() | word_set("new_clause_words")

#: The verbal noun of the pattern افتعال of a root whose first letter is ل ("التزام", "التزامه", "التحاقها"),
#: which starts as a definite word does.
_IFTIAL = re.compile("الت[^ا]ا[^ا](?:ه|ها|هم|هما|هن)?$")
#: Verbal nouns by their pattern, indefinite (folded): إفعال "إيقاف", استفعال "استئناف", افتعال "اعتقال", انفعال
#: "انسحاب", تفعيل "تمديد".
_MASDAR_FORM = re.compile("(?:است[^ا]{2}|ا[^ا]ت[^ا]|ان[^ا]{2}|ا[^ا]{2})ا[^ا](?:ه|ها|هم|هما|هن)?$|ت[^ا]{2}ي[^ا]$")

_ADDRESSEE_WORDS = word_set("addressee_pronouns")

_ONE_OF = word_set("one_of_words")

#: Prepositions that open a complement after a speaker's head ("السكان من العطش").
_COMPLEMENT_WORDS = word_set("complement_words")


def _nested(it: _Item, q: Quotation) -> _Item:
    """The direct claim of a quotation inside ``it``'s claim: the same cue, and the same speakers joined ("اعتبر كل من
    X و Y أنه "…"": both), relayed by the same outlet ("وكشف مصدر …، حسب ما نقله الموقع الرسمي للوزارة، أنه "…"": its
    ``via``, session 48c)."""
    return _Item(it.start, it.end, it.cue, it.pre, "direct", it.zone, quote=q, co=list(it.co), via=it.via)


def _first_space(text: str, lo: int, hi: int) -> int:
    """Where a stretch cut to ``[lo, hi)`` starts: its first space, else ``lo``."""
    cut = text.find(" ", lo, hi)
    return cut if cut != -1 else lo


def _last_space(text: str, lo: int, hi: int) -> int:
    """Where a stretch cut to ``[lo, hi)`` ends: its last space, else ``hi``."""
    cut = text.rfind(" ", lo, hi)
    return cut if cut != -1 else hi


#: The marks that open a quotation, and what may stand between a verb and the quotation it opens.
_OPENING_MARKS = frozenset({'"', "«", "“"})

#: Verbs whose عن, right before a quotation, takes the speaker's quoted words (``about_quote_verbs``: 'أعلن … عن "…"').
_ABOUT_QUOTE_VERBS = word_set("about_quote_verbs")

#: The preposition "about" a verb takes before what it reports ("أعلن عن", "تحدث عن"; ``about_words``).
_ABOUT_WORDS = word_set("about_words")
_ABOUT_FORMS = tuple(sorted(_ABOUT_WORDS))  # (the order ``_about_at`` reads them in)


def _about_at(folded: str, start: int, end: int, *, quoted: bool) -> int:
    """Where the first "عن" of its own (``about_words``) in ``folded[start:end]`` starts (with ``quoted``, one a
    quotation's opening mark follows, spaces between: returned is the mark's offset), or -1; read with ``str.find``,
    cheaper than a pattern that tests every character."""
    best = -1
    for about in _ABOUT_FORMS:
        n = len(about)
        i = folded.find(about, start, end)
        while i >= 0:
            j = i + n
            if (i == 0 or not folded[i - 1].isalnum()) and (j >= len(folded) or not folded[j].isalnum()):
                if not quoted:
                    break
                if i == 0 or folded[i - 1].isspace():
                    while j < end and folded[j] in " \t\u00a0":
                        j += 1
                    if j < end and folded[j] in _OPENING_MARKS:
                        i = j
                        break
            i = folded.find(about, i + n, end)
        if i >= 0 and (best < 0 or i < best):
            best = i
    return best

#: Most characters between such a verb and its "عن" (a speaker, a role and where it was said between).
_ABOUT_REACH = 300


#: The accusative's written ending and the accusative words with none (``accusative_endings``, ``accusative_words``).
_ACCUSATIVE_ENDINGS = tuple(sorted(word_set("accusative_endings")))
_ACCUSATIVE_WORDS = word_set("accusative_words")


def _accusative_form(word: str) -> bool:
    """Does ``word``, of more than three letters and with no article, end as an indefinite accusative ("قرارا",
    "مثالا", "تتويجا"; ``accusative_endings``)?"""
    return len(word) > 3 and word.endswith(_ACCUSATIVE_ENDINGS) and not word.startswith(ARTICLE)
