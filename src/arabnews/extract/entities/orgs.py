"""Post-CRF corrections for organisation names, on the tags of one sentence.

- :func:`extend_org_chain` — an ORG that starts with a head ("وزارة", "المرصد", "المنظمة") runs to
  the end of the genitive chain after the head ("المرصد السوري لحقوق الإنسان", "المنظمة الدولية
  للهجرة", "الرئاسة العامة لشؤون المسجد الحرام");
- :func:`org_from_head` — an untagged head starting such a chain of two words or more is an ORG;
- :func:`ministry_nationality` — "وزارة الداخلية السعودية" is one ORG (the tagger saw the country);
- :func:`council_of_state` — "مجلس النواب المصري": a state's chamber or cabinet with its nisba;
- :func:`org_takes_nationality` — "الهلال الأحمر المصري": a body each state has takes its nisba;
- :func:`institution_of_place` — "جامعة الكويت": a university and the place it is named after;
- :func:`named_council` — "المجلس" and an adjective that names a body ("المجلس الوطني التأسيسي",
  "المجلس الرئاسي") is an ORG without a ل complement;
- :func:`known_orgs` — a known organisation's name that the tagger left untagged is an ORG ("صندوق
  النقد الدولي", "محكمة العدل الدولية": ``rules.yaml``'s ``known_orgs`` and ``org_names.json``);
- :func:`org_named_after_person` — a head, a royal title and a name are one ORG ("جامعة الملك
  عبدالعزيز", "مطار الملك خالد الدولي");
- :func:`acronym_after_org` — an acronym in parentheses after an ORG is an ORG ("(سانا)", "(أوتشا)"),
  and so is the name before it when it starts with an organisation head ("وكالة الأنباء السعودية (واس)");
- :func:`media_names` — a media name after a media head, or quoted after it, is an ORG, the head
  left out as in ANERcorp ("قناة «سي بي سي»", "مراسل الجزيرة");
- :func:`club_names` — a club head and the nisbas of its town are one ORG ("النادي الصفاقسي",
  "الترجي الرياضي التونسي", and the regional "النجم الساحلي", "النادي الإفريقي"; 0 on the dev parts,
  written from ANT news);
- :func:`org_without_nationality` — a club or company ends before its nationality ("فرايبورغ
  الألماني"; micro F1 +0.15 news, +0.28 ANERcorp, +0.61 ANERcorp tail);
- :func:`place_out_of_org` — an ORG does not end with ب + a place ("الكوكايين بنابل"; 0);
- :func:`complete_complement` — an ORG ending with "لكرة" takes "القدم", "جمعية شباب" takes
  "التحدي للبيئة" (0);
- :func:`acronym_orgs` — an acronym read as a word with the article is an ORG ("الهايكا", "اليونسكو");
- :func:`governed_complement` — "الهيئة الوطنية للوقاية من التعذيب": a verbal noun's preposition and object;
- :func:`coordinated_complement` — "المنظمة التونسية للأمن والمواطن": the nouns coordinated to an ORG's ل
  complement are its own;
- :func:`split_coordinated_orgs` — "شركة إيرباص وشركة بوينغ": an ORG that runs on into و + another head
  is two;
- :func:`head_before_org` — a head before an ORG ("مكتب" + "الأمم المتحدة …"): written, left out,
  since ANERcorp leaves such heads outside (-0.20 news, -0.37 ANERcorp, -0.40 tail).

The heads and names are data (``resources/ner/rules.yaml``).

>>> from arabnews import tokenize
>>> toks = tokenize("وقال المرصد السوري لحقوق الإنسان إن")
>>> tags = ["O"] * 6
>>> org_from_head(toks, tags, default_gazetteer()); tags
['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from ...lang.ar import PRONOUN_SUFFIXES, clitic_splits, fold, load, words
from ...memo import remember
from ...text.tokenize import Token
from ..groups.lexicon import Lexicon as GroupLexicon
from ..groups.lexicon import lexicon as group_lexicon
from .backoff import ARAB_COUNTRIES, PROMINENT_POPULATION
from .bio import Tag, chunk_end, chunks, tagged
from .gates import gate
from .gazetteer import Gazetteer, default_gazetteer, verb_forms  # noqa: F401  (doctest)
from .places import eponym_name_end
from .rulewords import (
    ARAB_CLUB,
    ARTICLE,
    CLUB_HEAD,
    CLUB_TOWN_HEAD,
    COMPANY,
    CONFEDERATION,
    FOREIGN_CLUB,
    FOREIGN_CLUBS_FILE,
    FOREIGN_CLUBS_SCHEMA,
    INSTITUTION_HEAD,
    INSTITUTION_PHRASE_FIRST,
    MEDIA_HEAD,
    ORG_FIRST,
    ORG_HEAD,
    PERSON_NAMED_HEAD,
    PLATFORM,
    PREDICATE,
    PRODUCT,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    SECURITY_FIRST,
    STADIUM_HEAD,
    RuleWords,
    flagged,
    has_article,
    imperfect_shape,
    in_list,
    is_predicate,
    opening_quote,
    rule_words,
    sentence_bits,
    sentence_flags,
    sentence_folds,
    sentence_holds_any,
    sentence_kinds,
    sentence_texts,
    sport_sentence,
    stems,
    verbal_noun_shape,
)

#: Longest genitive chain after a head, in words.
MAX_CHAIN = 6


#: word → :func:`_definite`, :func:`_known_org_names`: bounded memos (plain dicts cost less memory per
#: word than ``lru_cache``'s links)
_DEFINITE: dict[str, bool] = {}
_ORG_NAMES: dict[str, dict[str, tuple[tuple[str, ...], ...]]] = {}
#: The known names of a word that starts none (one dict for all such words; read only).
_NO_NAMES: dict[str, tuple[tuple[str, ...], ...]] = {}


def _definite(word: str) -> bool:
    """"الصحة", "للهجرة" (ل + article): a definite word of a genitive chain (no conjunction)."""
    hit = _DEFINITE.get(word)
    if hit is None:
        hit = remember(_DEFINITE, word, any(s.article and s.prefix in ("ال", "لل") for s in clitic_splits(word)))
    return hit


def _lam_indefinite(word: str) -> bool:
    """"لحقوق", "لشؤون": ل + an indefinite noun, which a definite word must follow."""
    return word.startswith("ل") and not word.startswith("لل") and len(word) >= 4


def _nationality_adjective(norm: str) -> bool:
    """Is the normalized ``norm`` a country's nisba with the article, masculine or feminine ("الكويتية",
    "المصري"; the shared list of ``ar_words.yaml``)?"""
    word = fold(norm)
    if not word.startswith("ال"):
        return False
    base = word[2:-1] if word.endswith("يه") else word[2:]
    return base in words.nisba_countries()


def chain_end(toks: Sequence[Token], tags: Sequence[Tag], h: int) -> int:
    """Index after the genitive chain that follows the head ``toks[h]`` (``h + 1`` if none): definite
    words, right after the head an indefinite noun before a definite one ("جمعية شباب التحدي"),
    and once, not right after the head, ل + noun + a definite word ("لحقوق الإنسان"); never a
    person, a place the tagger found, a predicate, a particle or a word of ``chain_stops``, nor a
    title at its end ("… لكرة القدم الدكتور")."""
    rw = rule_words()
    n = len(toks)
    k = h + 1
    complement = False  # a ل complement seen: "للملكية الفكرية لعقد الاجتماع" is a purpose after it
    # a ل + noun + its definite word seen: a verbal noun with its preposition after it is the verb's object
    # ("لعمال الحضائر" + "الدخول في"; "لأطباء القطاع" + "الخاص" goes on)
    construct = False
    # a ministry, or a state's chamber or cabinet ("لمجلس الشورى السعودي" + "للمراجعة": council_of_state)
    ministry = in_list(toks[h].norm, rw.ministry_heads) or (
        h + 1 < n and toks[h + 1].kind == "word" and not has_article(toks[h].norm)
        and in_list(toks[h].norm, rw.council_heads) and fold(toks[h + 1].norm) in rw.council_complements)
    while k < n and k - h <= MAX_CHAIN:
        tok = toks[k]
        if tok.kind != "word" or tags[k].endswith(("PER", "LOC")) or is_predicate(tok.norm) \
                or fold(tok.norm) in rw.function_words or in_list(tok.norm, rw.chain_stops):
            break
        # a military rank with its qualifier announces a person ("هيئة الأركان الفريق الركن حامد رشيد")
        if in_list(tok.norm, rw.rank_titles) and k + 1 < n and toks[k + 1].kind == "word" \
                and fold(toks[k + 1].norm) in rw.rank_qualifiers:
            break
        # a ministry's nationality closes its name: "وزارة الداخلية الكويتية" + "القبض على …" (the verb's
        # object); other bodies go on ("الجمعية التونسية لعلوم الفلك", "المجلس الوزاري الإسرائيلي المصغر")
        if ministry and k > h + 1 and _nationality_adjective(toks[k - 1].norm):
            break
        if _definite(tok.norm):
            if construct and not _adjective_shape(tok.norm) and k + 1 < n and toks[k + 1].kind == "word" \
                    and fold(toks[k + 1].norm) in _GOVERNED_PREPOSITIONS:
                break  # "مجمع التنسيقيات الجهوية لعمال الحضائر" + "الدخول في إضراب": the verb's object
            if tok.norm.startswith("لل"):
                if complement:  # "المنظمة الدولية للهجرة للنظر": a second ل is a purpose
                    break
                complement = True
            k += 1
        elif (k == h + 1 and not tok.norm.startswith(("ل", "و", "ب")) and k + 1 < n and toks[k + 1].kind == "word"
              and tags[k + 1] == "O" and fold(toks[k + 1].norm).startswith("ال")
              and _definite(toks[k + 1].norm) and not in_list(toks[k + 1].norm, rw.org_heads)):
            # "جمعية شباب التحدي": a head, an indefinite noun and its definite complement (not a head of
            # its own: "بنك معطيات الهيئة العليا …" is the databank of the ORG "الهيئة …")
            k += 1
        elif (_lam_indefinite(tok.norm) and k > h + 1 and not complement and k + 1 < n
              and toks[k + 1].kind == "word" and _definite(toks[k + 1].norm)):
            complement = construct = True
            k += 2
        else:
            break
    # "الجامعة التونسية لكرة القدم الدكتور وديع الجريء": a title that ends the chain announces a person
    # ("جامعة الملك سعود" keeps its title, which a name follows)
    if k > h + 2 and toks[k - 1].kind == "word" and in_list(toks[k - 1].norm, rw.titles) \
            and not (k < n and tags[k].startswith("I-")):
        k -= 1
    return k


def _adjective_shape(norm: str) -> bool:
    """Is the normalized ``norm`` shaped as a definite adjective: a relative adjective ("الأساسية", "التونسيين") or a
    participle with its م ("المتحدة", "المستقلة"); not a verbal noun ("الدخول")?"""
    word = fold(norm)
    return word.startswith("ال") and (word.endswith(("ي", "يه", "ين", "يات")) or word.startswith("الم"))


def _is_head(tok: Token) -> bool:
    return tok.kind == "word" and in_list(tok.norm, rule_words().org_heads)


@gate(tags=("B-ORG", "I-ORG"))
def extend_org_chain(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An ORG whose first word is a head and which stops before a complement ل + article takes that
    one word ("المنظمة الدولية" + "للهجرة").  Only that: ANERcorp ends most ORGs before a trailing
    adjective ("مجلس الأمن" of "مجلس الأمن الدولي"), and a ل + indefinite word is as often a
    purpose ("البنك التجاري لتحقيق النجاح")."""
    if "B-ORG" not in tags and "I-ORG" not in tags:
        return
    rw = rule_words()
    for i, j, label in chunks(tags):
        if label != "ORG" or not _is_head(toks[i]) or j >= len(toks) or tags[j] != "O" or j - i < 2:
            continue
        tok = toks[j]
        if tok.kind == "word" and tok.norm.startswith("لل") and _definite(tok.norm) \
                and not in_list(tok.norm, rw.chain_stops):
            tags[j] = "I-ORG"


#: Most adjectives between a head and the ل complement the tagger made an ORG of ("المجلس الفرنسي" + "للديانة").
MAX_HEAD_ADJECTIVES = 3


@gate(ORG_HEAD, ("B-ORG",))
def complement_takes_head(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An ORG that opens with a ل complement ("للديانة الإسلامية", whose span began after the preposition) is
    the end of a name whose head and adjectives stand untagged before it: "المجلس الفرنسي" + "للديانة
    الإسلامية", "التنسيقية الوطنية" + "للعدالة الانتقالية".  A complement opens no name; without a head before it
    the ORG stays as it is, and so does one that names a body of its own, the head before it one of its organs
    (ANERcorp: "الجمعية العمومية العادية" + "للبنك التجاري", "الجمعية العامة" + "للأمم المتحدة")."""
    for k, j, label in list(chunks(tags)):
        if label != "ORG" or k == 0 or toks[k].kind != "word" or not toks[k].norm.startswith("لل") \
                or not _definite(toks[k].norm) or _is_head(toks[k]) or _known_org_names(toks[k].norm):
            continue  # the body of another: "الجمعية العمومية" + "للبنك التجاري", "الجمعية العامة" + "للأمم المتحدة"
        h = k - 1
        while h >= 0 and k - h <= MAX_HEAD_ADJECTIVES and tags[h] == "O" and toks[h].kind == "word" \
                and not _is_head(toks[h]) and _head_adjective(toks[h], gaz):
            h -= 1
        # an indefinite head right before it is "an organisation for …" ("منظمة للدفاع عن"), no name
        if h >= 0 and tags[h] == "O" and _is_head(toks[h]) and (h < k - 1 or has_article(toks[h].norm)):
            tags[h:j] = ["B-ORG"] + ["I-ORG"] * (j - h - 1)


def _head_adjective(tok: Token, gaz: Gazetteer) -> bool:
    """Is ``tok`` a definite adjective that may stand between a head and its complement ("الفرنسي", "التونسية",
    "الوطنية", "العليا", "المستقلة"): with the article, no predicate, list word that stops a chain or place?"""
    word = fold(tok.norm)
    return word.startswith("ال") and not word.startswith("لل") and len(word) >= 5 and not is_predicate(tok.norm) \
        and word not in rule_words().chain_stops and word not in rule_words().function_words \
        and gaz.place_split(tok.norm) is None


def _has_complement(toks: Sequence[Token], i: int, end: int) -> bool:
    """Does the chain ``toks[i + 1:end]`` hold a ل complement ("للهجرة", "لحقوق الإنسان")?"""
    return any(t.norm.startswith("ل") for t in toks[i + 2:end])


@gate(ORG_HEAD)
def org_from_head(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An untagged head followed by a chain of two words or more that the tagger left untagged and
    that holds a ل complement ("المرصد السوري لحقوق الإنسان", "المنظمة الدولية للهجرة") is an ORG;
    a chain never takes in a place the tagger found ("مركز التعاون الياباني للشرق الأوسط").  Without
    a complement ("الجمعية الإسلامية الصينية", "هيئة الأوراق المالية", and also when the chain ends with a
    nationality: "وزارة الخارجية الروسية") ANERcorp leaves about half such names untagged, and the
    rule cost F1 there (-0.15 on ANERcorp dev)."""
    if not sentence_bits(toks) & ORG_HEAD:
        return
    _chains_to_orgs(toks, tags, gaz, lambda i: True,
                    lambda i, end: end - i >= 3 and all(t == "O" or t.endswith("MISC") for t in tags[i + 1:end])
                    and _has_complement(toks, i, end))


@gate(ORG_HEAD)
def bare_ministry(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An untagged "وزارة" (``rules.yaml``'s ``bare_org_heads``: also "نقابة", "اتحاد", "جمعية" …, with
    or without a proclitic, not with the article) and the definite chain after it, which the tagger left
    untagged, is an ORG even without a ل complement ("وزارة الداخلية", "لوزارة الفلاحة", "نقابة
    الصحفيين", "اتحاد الشغل").
    ANERcorp tags such names about half the time: on the tail dev parts the rule costs 0.13 micro F1
    (ANERcorp, 82.29 → 82.16) and 0.06 (news); on ANT news it covers 131 of the audit's organisation
    chains (549 → 418 uncovered of 930 cues).  Every head of :func:`org_from_head` cost 1.4."""
    if not sentence_bits(toks) & ORG_HEAD:
        return
    heads = rule_words().bare_org_heads
    _chains_to_orgs(toks, tags, gaz,
                    lambda i: in_list(toks[i].norm, heads) and not has_article(toks[i].norm),
                    lambda i, end: end - i >= 2 and all(t == "O" for t in tags[i + 1:end])
                    and _named_chain(toks[i + 1].norm, end - i))


#: Prepositions a verbal noun governs: after the chain the name goes on with its object ("مركز تنسيق التعامل" + "مع
#: الكوارث"), which the chain cannot take.
_ACTIVITY_OBJECTS = frozenset(fold(w) for w in ("مع", "على", "عن", "من", "إلى", "ضد", "بين"))


def _name_word(tok: Token, gaz: Gazetteer) -> bool:
    """Is ``tok`` a word without the article that is no ordinary word of the corpora, a name ("ناسا")?"""
    word = fold(tok.norm)
    return tok.kind == "word" and not has_article(tok.norm) and word not in gaz.common \
        and word not in rule_words().function_words


@gate(ORG_HEAD)
def activity_institution(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An untagged head of ``rules.yaml``'s ``activity_org_heads`` without the article ("مركز", "مؤسسة", "جمعية"),
    the indefinite noun of what the body does right after it (``institution_activities``: "تنمية", "دراسات",
    "رعاية") and the definite chain that follows it, all untagged, are an ORG: "مركز تنمية المجتمع المدني",
    "لمؤسسة رعاية الطفولة"; not before a name (its own: "وكالة أبحاث الفضاء الأميركية ناسا") nor before the object of
    its last noun ("مركز تنسيق التعامل مع الكوارث").  The heads :func:`bare_ministry` leaves ("مركز المدينة" is
    the town centre) name a body when that noun says what it does."""
    if not sentence_bits(toks) & ORG_HEAD:
        return
    rw = rule_words()
    _chains_to_orgs(toks, tags, gaz,
                    lambda i: in_list(toks[i].norm, rw.activity_org_heads) and not has_article(toks[i].norm)
                    and i + 1 < len(toks) and fold(toks[i + 1].norm) in rw.institution_activities,
                    lambda i, end: end - i >= 3 and all(t == "O" for t in tags[i + 1:end])
                    and (end >= len(toks) or (tags[end] == "B-LOC" and fold(toks[end].norm)[:1] == "ب")
                         or (tags[end] == "O" and fold(toks[end].norm) not in _ACTIVITY_OBJECTS
                             and not _name_word(toks[end], gaz))))


def _named_chain(first: str, size: int) -> bool:
    """Does a bare head's chain name a body by its first word: definite, not a ل complement ("منظمة
    للدفاع عن …" is "an organisation for …"), or an indefinite noun before a definite one ("جمعية
    شباب التحدي"; not "محكمة جزائرية", "an Algerian court")?"""
    if first.startswith("لل"):
        return False
    return has_article(first) or size >= 3


@gate(tags=("B-ORG",))
def ministry_nationality(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A ministry's name takes its nationality adjective, which the tagger took for a country when
    the country is named by it: "وزارة الداخلية السعودية" (not ORG + LOC "السعودية"), as "وزارة
    الخارجية المصرية"."""
    if "B-ORG" not in tags:
        return
    heads = rule_words().ministry_heads
    n = len(toks)
    for i, j, label in list(chunks(tags)):
        if label == "ORG" and j < n and tags[j] == "B-LOC" and (j + 1 == n or not tags[j + 1].startswith("I-")) \
                and in_list(toks[i].norm, heads) and toks[j].kind == "word":
            word = fold(toks[j].norm)
            if word.startswith("ال") and word.endswith("يه") and word in gaz.nisba:
                tags[j] = "I-ORG"


#: Most adjectives after "المجلس" in a council's name ("الوطني التأسيسي").
MAX_COUNCIL = 3


def _council_adjective(tok: Token) -> bool:
    """A definite adjective of a council's name: of ``council_adjectives``, or a relative adjective
    ("الليبي", "التأسيسية") that is no predicate nor chain stop."""
    if tok.kind != "word":
        return False
    word = fold(tok.norm)
    rw = rule_words()
    return word in rw.council_adjectives or (
        word.startswith("ال") and word.endswith(("ي", "يه")) and len(word) >= 6
        and not is_predicate(tok.norm) and not in_list(tok.norm, rw.chain_stops))


def named_council(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An untagged "المجلس" (``rules.yaml``'s ``council_heads``, with the article, a proclitic
    allowed) followed by an adjective of ``council_adjectives`` and the relative adjectives after it
    is an ORG without a ل complement: a named body ("المجلس الوطني التأسيسي", "المجلس الرئاسي";
    "المجلس الوطني قالت" ends at the verb, "بالمجلس الوطني التأسيسي الجلسة العامة" before the
    subject)."""
    rw = rule_words()
    _named_bodies(toks, tags, rw.council_heads, rw.council_adjectives, _council_adjective)


def council_of_state(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """"مجلس" without the article (a proclitic allowed), a genitive of ``rules.yaml``'s ``council_complements``
    and a country's masculine nisba are that state's chamber or cabinet, one ORG with its nisba ("مجلس
    النواب المصري", "لمجلس الوزراء اللبناني", "مجلس الشيوخ الأمريكي"), as NewsFANE tags them; the known
    "مجلس الأمة" the tagger or :func:`known_orgs` made an ORG takes its nisba ("مجلس الأمة الكويتي").  Not
    without the nisba ("مجلس النواب" alone ANERcorp leaves untagged), nor a feminine one ("جلسة مجلس
    الوزراء الاستثنائية" is the session's), nor a nisba a name goes on after."""
    if not sentence_bits(toks) & ORG_HEAD:
        return
    rw = rule_words()
    flags = sentence_flags(toks)
    n = len(toks)
    for i in flagged(toks, ORG_HEAD):
        if i + 2 >= n:
            break
        if flags[i] & ARTICLE or not in_list(toks[i].norm, rw.council_heads) or toks[i + 1].kind != "word" \
                or fold(toks[i + 1].norm) not in rw.council_complements or toks[i + 2].kind != "word":
            continue
        nisba = fold(toks[i + 2].norm)
        if tags[i + 2] != "O" or nisba.endswith("يه") or not _nationality_adjective(toks[i + 2].norm):
            continue
        if tags[i:i + 2] not in (["O", "O"], ["B-ORG", "I-ORG"]) or (i + 3 < n and tags[i + 3].startswith("I-")):
            continue
        tags[i:i + 3] = ["B-ORG", "I-ORG", "I-ORG"]


def org_takes_nationality(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An ORG that ends with a name of ``rules.yaml``'s ``nationality_taking_names`` (a body each state has
    one of) takes the country's masculine nisba the tagger left after it ("الهلال الأحمر" + "المصري",
    "المصرف المركزي" + "الإماراتي"); not a feminine one nor a nisba a name goes on after."""
    if "B-ORG" not in tags:
        return
    for i, j, label in list(chunks(tags)):
        if label == "ORG":
            _takes_nationality(toks, tags, i, j)


def _takes_nationality(toks: Sequence[Token], tags: list[Tag], i: int, j: int) -> None:
    """The ORG ``i``–``j`` takes the nisba after it if it ends with a name of ``nationality_taking_names``
    (:func:`org_takes_nationality`; :func:`security_units` for the civil defence, "الدفاع المدني السوري")."""
    n = len(toks)
    if j - i < 2 or j >= n or tags[j] != "O" or toks[j].kind != "word" \
            or toks[j - 2].kind != "word" or toks[j - 1].kind != "word":
        return
    if fold(toks[j].norm).endswith("يه") or not _nationality_adjective(toks[j].norm) \
            or (j + 1 < n and tags[j + 1].startswith("I-")):
        return
    last = fold(toks[j - 1].norm)
    firsts = stems(toks[j - 2].norm) if j - 2 == i else (fold(toks[j - 2].norm),)
    if any(f"{first} {last}" in rule_words().nationality_taking_names for first in firsts):
        tags[j] = "I-ORG"


@gate(bits=INSTITUTION_HEAD | INSTITUTION_PHRASE_FIRST)
def institution_of_place(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An untagged head of ``rules.yaml``'s ``institution_place_heads`` without the article (a proclitic allowed)
    right before the tagger's LOC of one or two words is one ORG with it: "جامعة الكويت", "لجامعة البحرين" (the LOC
    alone before), as "جامعة القاهرة" already was; not a place a name goes on after.  So is a head of several words
    (``institution_place_phrases``), also before a town the tagger left untagged: "لجان مقاومة الفاشر", or before
    any untagged word without the article that is no function word nor adjective, a neighbourhood no gazetteer
    holds ("لجان مقاومة أمبدة", session 32; not "لجان مقاومة شعبية", "لجان مقاومة في").

    Only the words that are a head or a phrase's first word are visited (:func:`.rulewords.flagged`: their
    bits, found once per word; most sentences have none and the rule is not called, :mod:`.gates`)."""
    rw = rule_words()
    phrases = rw.institution_place_phrases
    if "B-LOC" not in tags and _phrase_seconds().isdisjoint(sentence_folds(toks)):
        return  # (a phrase before an untagged town: its second word, "مقاومه", must be there)
    n = len(toks)
    flags = sentence_flags(toks)
    for i in flagged(toks, INSTITUTION_HEAD | INSTITUTION_PHRASE_FIRST):
        if i >= n - 1:
            break
        if tags[i] != "O" or toks[i].kind != "word" or has_article(toks[i].norm):
            continue
        # the head's words: one ("جامعة"), or a phrase ("لجان مقاومة") whose other words are untagged
        size = 1 if flags[i] & INSTITUTION_HEAD else next(
            (len(p) for f in stems(toks[i].norm) for p in phrases.get(f, ())
             if tuple(fold(t.norm) for t in toks[i + 1:i + len(p)]) == p[1:]
             and all(t == "O" for t in tags[i + 1:i + len(p)])), 0)
        if not size or i + size >= n:
            continue
        if tags[i + size] == "O" and size > 1 and toks[i + size].kind == "word" \
                and (gaz.place(fold(toks[i + size].norm)) is not None or _bare_place_word(toks[i + size], gaz)):
            e = i + size + 1  # a town the tagger left untagged after a phrase ("لجان مقاومة الفاشر", "… أمبدة")
        elif tags[i + size] == "B-LOC":
            e = chunk_end(tags, i + size)
        else:
            continue
        if e - i - size <= 2 and (e >= n or not tags[e].startswith("I-")):
            tags[i:e] = ["B-ORG"] + ["I-ORG"] * (e - i - 1)


@gate(tags=("B-MISC",))
def militia_names(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """The tagger's MISC of one or two words right after a militia's head (``rules.yaml``'s ``militia_heads``, a
    proclitic allowed), or its MISC of the head and one or two such words, is the militia's name, an ORG without the
    head: "ميليشيات وازاليندو الموالية له", "ميليشيات فانو", "زعيم ميليشيا كوداكو" (session 32).  Not a word with the
    article ("ميليشيا الأسد", "ميليشيات الحوثي": a person's or the groups layer's), a nisba, a known given name or a
    public figure ("ميليشيات حفتر")."""
    if "B-MISC" not in tags:
        return
    rw = rule_words()
    heads = rw.militia_heads

    def name_word(tok: Token) -> bool:
        word = fold(tok.norm)
        return tok.kind == "word" and not has_article(tok.norm) and word not in gaz.nisba \
            and word not in gaz.person_parts and word not in rw.figure_first_words \
            and not word.endswith(("يه", "يين", "يون"))

    for i, j, label in list(chunks(tags)):
        if label != "MISC":
            continue
        if in_list(toks[i].norm, heads) and toks[i].kind == "word" and 2 <= j - i <= 3:
            first = i + 1  # "ميليشيات فانو/MISC": the head in the tagger's name
        elif i > 0 and j - i <= 2 and toks[i - 1].kind == "word" and tags[i - 1] in ("O", "B-MISC") \
                and in_list(toks[i - 1].norm, heads):
            first = i  # the head untagged, or a MISC of its own ("ميليشيات/B-MISC وازاليندو/B-MISC")
        else:
            continue
        if not all(name_word(t) for t in toks[first:j]):
            continue
        if first == i:
            tags[i - 1] = "O"
        tags[i:j] = ["O"] * (first - i) + ["B-ORG"] + ["I-ORG"] * (j - first - 1)


@lru_cache(maxsize=1)
def _phrase_seconds() -> frozenset[str]:
    """The second words of ``institution_place_phrases`` (folded): "مقاومه"."""
    return frozenset(p[1] for ps in rule_words().institution_place_phrases.values() for p in ps if len(p) > 1)


def _bare_place_word(tok: Token, gaz: Gazetteer) -> bool:
    """Can ``tok`` be a neighbourhood's name after a phrase of :func:`institution_of_place`: a word without the
    article, no function word, nisba or indefinite adjective ("شعبية", "محلية")?"""
    word = fold(tok.norm)
    rw = rule_words()
    return not has_article(tok.norm) and len(word) > 2 and word not in rw.function_words \
        and word not in rw.not_name_words and word not in gaz.nisba and not word.endswith(("يه", "يين", "يون"))


def named_party(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An untagged "الحزب" (``rules.yaml``'s ``party_heads``, with the article, a proclitic allowed)
    followed by adjectives of ``party_adjectives`` or of nationality is an ORG, a named party ("الحزب
    الجمهوري", "للحزب الديمقراطي", "الحزب الشيوعي الصيني", "الحزب الوطني الحر"; not "الحزب الحاكم",
    nor "المنتمي" of "الحزب الديمقراطي المنتمي إليه")."""
    rw = rule_words()

    def party_adjective(tok: Token) -> bool:
        word = fold(tok.norm)
        return tok.kind == "word" and (word in rw.party_adjectives or (word.startswith("ال") and word in gaz.nisba))

    _named_bodies(toks, tags, rw.party_heads, rw.party_adjectives, party_adjective)


def national_bodies(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An untagged head of ``national_body_heads`` with the article (a proclitic allowed), one adjective of
    ``national_body_adjectives`` or none, and a country's nisba is that country's named body, an ORG: "الصندوق
    الكويتي", "للاتحاد الألماني", "الجامعة الملكية المغربية", "الديوان الرئاسي الجزائري", with its ل complement
    ("الاتحاد المصري لكرة القدم").  Not a state named
    so (``national_body_states``: "الاتحاد الروسي", "الاتحاد السوفيتي"), nor a nisba the tagger began a name
    at or that a name goes on after."""
    if not sentence_bits(toks) & ORG_HEAD:
        return
    rw = rule_words()
    flags = sentence_flags(toks)
    n = len(toks)
    for i in flagged(toks, ORG_HEAD):
        if i >= n - 1:
            break
        if tags[i] != "O" or not flags[i] & ARTICLE or not in_list(toks[i].norm, rw.national_body_heads):
            continue
        j = i + 1
        if toks[j].kind == "word" and tags[j] == "O" and fold(toks[j].norm) in rw.national_body_adjectives:
            j += 1
        if j >= n or tags[j] != "O" or toks[j].kind != "word" or fold(toks[j].norm) not in gaz.nisba:
            continue
        end = j + 1
        if end < n and tags[end].startswith("I-"):
            continue
        complement = end < n and toks[end].kind == "word" and toks[end].norm.startswith("ل") \
            and fold(toks[end].norm) not in rw.function_words
        if j == i + 1 and not complement and in_list(toks[i].norm, rw.national_body_qualified):
            continue  # "طلبة الجامعة التونسية": the Tunisian university; "الجامعة التونسية لكرة القدم" goes on
        if complement:
            # the body's ل complement goes in ("الاتحاد المصري لكرة القدم"); one read no further is left to
            # the tagger ("الاتحاد الصيني لشركات صناعة السيارات", ANERcorp one ORG)
            chain = chain_end(toks, tags, i)
            if chain <= end:
                continue
            end = chain
        nisba = fold(toks[j].norm)
        if any(f"{head} {nisba}" in rw.national_body_states for head in stems(toks[i].norm)):
            continue
        tags[i:end] = ["B-ORG"] + ["I-ORG"] * (end - i - 1)


def _named_bodies(toks: Sequence[Token], tags: list[Tag], heads: frozenset[str], firsts: frozenset[str],
                  more: Callable[[Token], bool]) -> None:
    """Tag as ORG each untagged head of ``heads`` with the article, followed by an adjective of
    ``firsts`` and the adjectives after it that ``more`` accepts (at most :data:`MAX_COUNCIL` words)."""
    if not sentence_bits(toks) & ORG_HEAD:
        return
    flags = sentence_flags(toks)
    n = len(toks)
    for i in flagged(toks, ORG_HEAD):
        if i >= n - 1:
            break
        if (tags[i] != "O" or not flags[i] & ARTICLE
                or not in_list(toks[i].norm, heads) or toks[i + 1].kind != "word"
                or fold(toks[i + 1].norm) not in firsts):
            continue
        end = i + 1
        while end < n and end - i <= MAX_COUNCIL and tags[end] == "O" and more(toks[end]):
            end += 1
        if end > i + 1 and (end >= n or not tags[end].startswith("I-")):
            tags[i:end] = ["B-ORG"] + ["I-ORG"] * (end - i - 1)


def _chains_to_orgs(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer, head: Callable[[int], bool],
                    accept: Callable[[int, int], bool]) -> None:
    """Tag as ORG each untagged organisation head ``i`` (``head(i)``) with its genitive chain up to
    :func:`chain_end` when ``accept(i, end)`` and the chain does not stop inside a name; the scan goes
    on after the chain."""
    n = len(toks)
    after = 0  # the scan goes on from here (after a chain tagged)
    for i in flagged(toks, ORG_HEAD):
        # "إجراءات أمنية محكمة رافقت …": a verb after the word is no name of it (tight, not a court)
        if i >= after and tags[i] == "O" and head(i) and not (i + 1 < n and feminine_past_verb(toks[i + 1], gaz)):
            end = chain_end(toks, tags, i)
            if accept(i, end) and (end >= n or not tags[end].startswith("I-")):
                tags[i:end] = ["B-ORG"] + ["I-ORG"] * (end - i - 1)
                after = end


def feminine_past_verb(tok: Token, gaz: Gazetteer) -> bool:
    """Is ``tok`` a verb in the past, third person feminine: ت after a masculine form the corpora
    show as an ordinary word, no name part ("رافقت", "أعلنت", "شاركت"; not "حكمت", "عزت")?"""
    if tok.kind != "word":
        return False
    word = fold(tok.norm)
    return 4 <= len(word) <= 6 and word.endswith("ت") and word[-2] != "ا" and not word.startswith("ال") \
        and word not in gaz.person_parts and word[:-1] in gaz.common


def _known_org_names(word: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Known organisation names (folded word tuples, longest first) whose first word is a reading of
    the normalized ``word`` ("لصندوق" → the names starting with "صندوق"), by their second word (a
    dict not to be changed: the memo's)."""
    hit = _ORG_NAMES.get(word)
    return hit if hit is not None else remember(_ORG_NAMES, word, _org_names_of(word))


def _org_names_of(word: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """:func:`_known_org_names` computed (:data:`_NO_NAMES` for a word that starts no name)."""
    first = rule_words().org_first
    out: list[tuple[str, ...]] = []
    for form in stems(word):
        out.extend(first.get(form, ()))
    by_second: dict[str, list[tuple[str, ...]]] = {}
    for name in sorted(dict.fromkeys(out), key=len, reverse=True):
        by_second.setdefault(name[1], []).append(name)
    return {k: tuple(v) for k, v in by_second.items()} if by_second else _NO_NAMES


@gate(ORG_FIRST)
def known_orgs(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A known organisation's name of two words or more (``rules.yaml``'s ``known_orgs``, and the
    names ANERcorp and NewsFANE tag as a whole ORG most of the time, ``org_names.json``) whose first
    word the tagger left untagged, and the others untagged or in an ORG of their own, is an ORG:
    "صندوق النقد الدولي", "لمحكمة العدل الدولية"; so is one whose first words the tagger found as a
    shorter ORG ("الهيئة الملكية" + "للجبيل وينبع", "الشركة التونسية للكهرباء" + "والغاز"): a complement
    with ل or a name with و, not an adjective, which ANERcorp leaves out ("مجلس الأمن" + "الدولي",
    "الكونغرس" + "الأمريكي"), unless it qualifies the complement the shorter ORG ends with ("المنظمة الدولية للشرطة" +
    "الجنائية", session 32); so is a word without the article ("منظمة أطباء" + "بلا حدود", session 25). A person
    the tagger found whose words are exactly such a name is the ORG ("رئيس الهلال الأحمر:")."""
    if not sentence_bits(toks) & ORG_FIRST:
        return
    flags = sentence_flags(toks)
    folds = sentence_folds(toks)
    n = len(toks)
    after = 0  # the scan goes on from here (after a name tagged)
    for i in [i for i, f in enumerate(flags[:n - 1]) if f & ORG_FIRST]:
        if i >= after and tags[i] == "B-PER":  # "رئيس الهلال الأحمر:": the tagger's person is the whole name
            end = chunk_end(tags, i)
            if any(len(name) == end - i and tuple(folds[i + 2:end]) == name[2:]
                   for name in _known_org_names(toks[i].norm).get(folds[i + 1], ())):
                tags[i:end] = ["B-ORG"] + ["I-ORG"] * (end - i - 1)
                after = end
            continue
        if i >= after and tags[i] in ("O", "B-ORG"):
            names = _known_org_names(toks[i].norm).get(folds[i + 1], ())
            found = chunk_end(tags, i) if tags[i] == "B-ORG" else i
            size = next((len(name) for name in names
                         if i + len(name) > found and tuple(folds[i + 2:i + len(name)]) == name[2:]
                         and _free(tags, found - 1 if found > i else i, i + len(name))
                         and (found == i or name[found - i][:1] in ("ل", "و")
                              or not name[found - i].startswith("ال")
                              or (found - i >= 2 and name[found - i - 1][:1] == "ل"))), 0)
            if size:
                tags[i:i + size] = ["B-ORG"] + ["I-ORG"] * (size - 1)
                after = i + size


#: The ends of a definite word that may be an adjective of a name ("العليا", "الوطنية", "الدولي"), folded.
_ADJECTIVE_ENDS = ("ي", "يه", "ه", "ا")


@gate(tags=("B-ORG",))
def known_org_ends(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An ORG that runs on from a known organisation's whole name ending in a complement with ل (``known_orgs``,
    ``org_names.json``) into a definite word that is no adjective ends with the name: the word (and its adjectives) is
    the verb's object or the next phrase's ("وأعلنت الهيئة العليا المستقلة للانتخابات النتائج" gave an ORG with
    "النتائج"); not an adjective ("… للانتخابات البلدية") nor a word with a proclitic ("بسوسة")."""
    folds = sentence_folds(toks)
    for i, j, label in list(chunks(tags)):
        if label != "ORG" or j - i < 3 or toks[i].kind != "word":
            continue
        names = _known_org_names(toks[i].norm).get(folds[i + 1], ())
        size = next((len(name) for name in names if len(name) < j - i and name[-1][:1] == "ل"
                     and tuple(folds[i + 2:i + len(name)]) == name[2:]), 0)
        k = i + size
        if not size or toks[k].kind != "word":
            continue
        word = folds[k]
        if word.startswith("ال") and not word.endswith(_ADJECTIVE_ENDS) and word not in gaz.nisba:
            # the word and the adjectives after it ("النتائج النهائية") leave the name
            tags[k:j] = ["O"] * (j - k)


#: "الأمم المتحدة", folded.
_UN = ("الامم", "المتحده")


@gate(tags=("B-ORG",))
def un_agency_names(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A UN body named by a head (``rules.yaml``'s ``un_agency_heads``), "الأمم المتحدة" and a complement or an
    adjective, of which the tagger found "الأمم المتحدة" alone, is one ORG with its head and complement: "مكتب الأمم
    المتحدة لتنسيق الشؤون الإنسانية", "برنامج الأمم المتحدة للبيئة", "هيئة الأمم المتحدة للمرأة", "برنامج الأمم المتحدة
    الإنمائي" (as ``known_orgs`` holds the best known: "صندوق الأمم المتحدة للسكان"); not without a complement
    ("بعثة الأمم المتحدة في ليبيا": the head stays out, as ANERcorp leaves it)."""
    folds = sentence_folds(toks)
    heads = rule_words().un_agency_heads
    n = len(toks)
    for a, b, label in list(chunks(tags)):
        if label != "ORG" or b - a != 2 or a == 0 or tuple(folds[a:b]) != _UN or tags[a - 1] != "O" \
                or toks[a - 1].kind != "word" or heads.isdisjoint(stems(toks[a - 1].norm)) or b >= n \
                or tags[b] != "O":
            continue
        end = chain_end(toks, tags, a - 1)
        if end > b and all(t == "O" for t in tags[b:end]):
            tags[a - 1:end] = ["B-ORG"] + ["I-ORG"] * (end - a)


@gate(ORG_FIRST)
def airline_names(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """"الخطوط", up to two words of ``airline_words`` ("الجوية", "الملكية") and a country's nisba, untagged, are an
    airline, one ORG: "الخطوط الجوية التركية", "الخطوط الملكية المغربية", "للخطوط الجوية الجزائرية", "الخطوط
    الفرنسية" (without an airline word only in a sentence about flights: ``flight_words``); not lines of other kinds
    ("الخطوط الحمراء": no nisba; "الخطوط الإسرائيلية المغذية لغزة", power lines)."""
    folds = sentence_folds(toks)
    words = rule_words().airline_words
    n = len(toks)
    for i in range(n - 1):
        if "خطوط" not in folds[i] or tags[i] != "O" or toks[i].kind != "word" or not has_article(toks[i].norm) \
                or "الخطوط" not in stems(toks[i].norm):
            continue
        k = i + 1
        while k < n and k - i <= 2 and folds[k] in words and tags[k] == "O":
            k += 1
        if k < n and toks[k].kind == "word" and tags[k] in ("O", "B-LOC", "B-MISC") \
                and _nationality_adjective(toks[k].norm) and (k + 1 >= n or not tags[k + 1].startswith("I-")) \
                and (k > i + 1 or not rule_words().flight_words.isdisjoint(folds)):
            tags[i:k + 1] = ["B-ORG"] + ["I-ORG"] * (k - i)


@gate(ORG_FIRST)
def court_of_city(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """"محكمة" without the article, one to three words of its kind (``rules.yaml``'s ``court_kinds``) and the city it
    sits in, in construct, are one ORG: "محكمة جنايات القاهرة" gave the LOC "القاهرة" alone, "محكمة جنح مستأنف
    الإسكندرية", "محكمة استئناف تونس"; a city with ب stays a place of its own ("محكمة الاستئناف بتونس")."""
    folds = sentence_folds(toks)
    kinds = rule_words().court_kinds
    n = len(toks)
    for i in range(n - 2):
        if "محكمه" not in folds[i] or toks[i].kind != "word" or "محكمه" not in stems(toks[i].norm) \
                or has_article(toks[i].norm) \
                or tags[i] not in ("O", "B-ORG"):
            continue
        k = i + 1
        while k < n and k - i <= 3 and folds[k] in kinds and tags[k] in ("O", "I-ORG"):
            k += 1
        if k == i + 1 or k >= n or toks[k].kind != "word":
            continue
        e = chunk_end(tags, k) if tags[k] == "B-LOC" else k
        if e == k:
            place = gaz.place(folds[k])
            if tags[k] != "O" or place is None or place.kind not in ("city", "town", "province") \
                    or folds[k] in gaz.common:
                continue
            e = k + 1
        if e - k <= 2 and (e >= n or not tags[e].startswith("I-")):
            tags[i:e] = ["B-ORG"] + ["I-ORG"] * (e - i - 1)


@gate(bits=ARAB_CLUB)  # a club is a word of the list: its stems hold one (the bit), as the loop and _clubs_in_match ask
def arab_clubs(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An Arab club named by a definite word that is an ordinary word or a town too (``rules.yaml``'s
    ``arab_club_names``: "السد", "العين", "الوحدة"), untagged or read as a place or person, before a country's
    masculine nisba near a word of sport (``sport_words``, ``match_words``, "أمام", "ضد") or a score, three words
    before it or after the nisba, is the club, the nisba left out
    as ANERcorp tags clubs ("فاز السد
    القطري على الدحيل", "العين الإماراتي"); not outside sport ("الشباب السعودي", the young)."""
    folds = sentence_folds(toks)
    names = rule_words().arab_club_names
    if names.isdisjoint(folds) and not any(f[:1] in ("و", "ف", "ل", "ب") and f[1:] in names for f in folds):
        return
    n, flags = len(toks), sentence_flags(toks)
    for i in flagged(toks, ARAB_CLUB):  # a club's name among the word's stems (its flags, read once per sentence)
        if i >= n - 1:
            break
        if not flags[i] & ARTICLE:
            continue
        if tags[i] not in ("O", "B-LOC", "B-PER", "B-MISC") or tags[i + 1] != "O" or toks[i + 1].kind != "word":
            continue
        nxt = folds[i + 1]
        if not (nxt.startswith("ال") and nxt.endswith("ي") and nxt in gaz.nisba
                and _nationality_adjective(toks[i + 1].norm)):
            continue
        # a match word or a score near the club: three words before it or after its nisba ("فاز السد القطري على")
        rw = rule_words()
        near = [*toks[max(0, i - 3):i], *toks[i + 2:i + 5]]
        if any(tok.text[:1].isdigit() or (tok.kind == "word" and (
                in_list(tok.norm, rw.match_words) or in_list(tok.norm, rw.sport_words)
                or fold(tok.norm) in ("امام", "ضد"))) for tok in near):
            tags[i] = "B-ORG"
    _clubs_in_match(toks, tags, folds, names, gaz)


@lru_cache(maxsize=1)
def _foreign_clubs() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The folded names of ``foreign_clubs.yaml`` by their first word, longest first ("سانت" → ("سانت", "اتيان"))."""
    names = {tuple(fold(w) for w in name.split()) for name in load(FOREIGN_CLUBS_FILE, FOREIGN_CLUBS_SCHEMA)["clubs"]}
    out: dict[str, list[tuple[str, ...]]] = {}
    for name in names:
        out.setdefault(name[0], []).append(name)
    return {first: tuple(sorted(found, key=len, reverse=True)) for first, found in out.items()}


@gate(bits=FOREIGN_CLUB)
def foreign_clubs(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A European club named by its town or a word (``ner/foreign_clubs.yaml``: "نيم", "تروا", "أورليون", "ليل"),
    untagged or read as a place, a person or a MISC of its own words, is an ORG after a team's word
    (``rules.yaml``'s ``foreign_club_cues``, a proclitic allowed: "لفريقه نيم", "تشكيلة أورليون", "لاعب نانت"); in a
    sentence about sport also before a country's masculine nisba ("ليون الفرنسي"; not "مدينة ليون الفرنسية") or after
    a match's link ("على", "أمام", "ضد", "مع") that a match word or a club comes shortly before ("فاز على نيورت").
    Elsewhere the town stays a place ("في مدينة نيس") and the word a word ("ليل", night)."""
    clubs = _foreign_clubs()
    folds = sentence_folds(toks)
    if clubs.keys().isdisjoint(folds):
        return
    rw = rule_words()
    n = len(toks)
    for i in range(1, n):
        names = clubs.get(folds[i])
        if names is None or toks[i].kind != "word" or tags[i] not in ("O", "B-LOC", "B-PER", "B-MISC"):
            continue
        size = next((len(name) for name in names if tuple(folds[i:i + len(name)]) == name), 0)
        if not size:
            continue
        e = i + size
        if tags[i] != "O" and chunk_end(tags, i) != e:
            continue  # a longer name of its own ("سانت إتيان" in a person's name)
        if any(t != "O" for t in tags[i + 1:e]) and tags[i] == "O":
            continue
        before = toks[i - 1]
        cue = before.kind == "word" and tags[i - 1] == "O" and not rw.foreign_club_cues.isdisjoint(stems(before.norm))
        if not cue:
            nisba = e < n and tags[e] == "O" and toks[e].kind == "word" and folds[e].endswith("ي") \
                and _nationality_adjective(toks[e].norm)
            link = before.kind == "word" and folds[i - 1] in _MATCH_LINKS and any(
                (tags[m] != "O" and tags[m][2:] == "ORG") or (toks[m].kind == "word" and in_list(toks[m].norm,
                                                                                              rw.match_words))
                for m in range(max(0, i - 5), i - 1))
            if not (nisba or link) or not sport_sentence(toks, gaz):
                continue
        tags[i:e] = ["B-ORG"] + ["I-ORG"] * (e - i - 1)


#: The prepositions between two sides of a match ("فاز السد على الغرافة", "تعادل الوحدة مع الجزيرة"), folded.
_MATCH_LINKS = frozenset({"علي", "مع", "امام", "ضد"})


def _clubs_in_match(toks: Sequence[Token], tags: list[Tag], folds: Sequence[str], names: frozenset[str],
                    gaz: Gazetteer) -> None:
    """The two sides of a match named alone, without their nisba: a club of ``arab_club_names`` right after a
    match word (``match_words``: "فاز السد على الغرافة") or after "على"/"مع"/"أمام"/"ضد" that follows such a
    club, an ORG or a match word ("تعادل الوحدة مع الجزيرة", "الفوز على النصر"), is the club: both sides named, or
    one in a sentence about sport (not "وفاز النصر في الانتخابات")."""
    rw = rule_words()
    n = len(toks)

    def club(i: int) -> bool:
        return 0 <= i < n and toks[i].kind == "word" and folds[i] in names \
            and tags[i] in ("O", "B-LOC", "B-PER", "B-MISC", "B-ORG") \
            and (i + 1 >= n or not tags[i + 1].startswith("I-"))

    def match_word(i: int) -> bool:
        return 0 <= i < n and toks[i].kind == "word" and tags[i] == "O" and in_list(toks[i].norm, rw.match_words)

    for i in range(1, n - 1):
        if not match_word(i - 1):
            continue
        first = club(i)
        link = i + 1 if first else i
        second = link + 1 < n and folds[link] in _MATCH_LINKS and (club(link + 1) or tags[link + 1] == "B-ORG")
        if not (first and second) and not sport_sentence(toks, gaz):
            continue  # one side alone: only in a sentence about sport ("وفاز النصر في الانتخابات")
        if first:
            tags[i] = "B-ORG"
        if second and club(link + 1):
            tags[link + 1] = "B-ORG"


#: Most words between a security unit's head and the ل of its body ("فرقة" + "الأبحاث والتفتيش" + "للحرس").
MAX_UNIT_WORDS = 3


@gate(SECURITY_FIRST)
def security_units(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A Tunisian security or rescue body the tagger left untagged is an ORG ("أعوان الحرس الوطني",
    "تدخل الحماية المدنية", "وحدات شرطة النجدة بسوسة" → "شرطة النجدة"; ``rules.yaml``'s ``security_forces``),
    and so is the unit that heads it: in construct ("إقليم الحرس الوطني بنابل" → "إقليم الحرس الوطني" and the
    LOC "نابل", "إدارة عمليات الحرس الوطني") or with ل after the unit's own definite words ("فرقة الأبحاث
    والتفتيش للحرس الوطني", "الإدارة العامة للحرس الوطني"; ``security_unit_heads``).  "الأمن الوطني",
    "الشرطة" (``security_unit_bodies``) are one only under such a head ("منطقة الأمن الوطني بالمنستير",
    "منطقة الشرطة بالمهدية"): alone they are "national security" and "the police", which ANERcorp leaves
    untagged, as it leaves the police of other countries ("الشرطة الفرنسية")."""
    if not sentence_bits(toks) & SECURITY_FIRST:
        return
    rw = rule_words()
    folds = sentence_folds(toks)
    n = len(toks)
    after = 0
    for k in flagged(toks, SECURITY_FIRST):
        if k < after or tags[k] != "O":
            continue
        match = _security_body(toks, folds, k)
        if match is None:
            continue
        end, lam, unit_only = match
        if not all(t == "O" for t in tags[k:end]) or (end < n and tags[end].startswith("I-")):
            continue
        start = _unit_head(toks, tags, folds, k, lam, rw.security_unit_heads)
        if start is None and unit_only:
            continue
        first = start if start is not None else k
        tags[first:end] = ["B-ORG"] + ["I-ORG"] * (end - first - 1)
        _coordinated_adjective(toks, tags, first, end, gaz, 2)  # "إدارة الشرطة الفنية" + "والعلمية"
        if first == k:
            _takes_nationality(toks, tags, k, end)  # "الدفاع المدني السوري" (session 32)
        after = end


#: "شرطة" folded, the head of a police named by its city or country ("شرطة دبي").
_POLICE = "شرطه"


@gate(SECURITY_FIRST, ("B-LOC",))
def police_of_place(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """The police of a city or a country named in construct is an ORG, the place its name ("شرطة دبي",
    "شرطة الإمارات", "لشرطة أبوظبي": the tagger's LOC after "شرطة" without the article), as NewsFANE tags
    a state's police, with the head of its command ("قيادة شرطة دمشق", ``police_command_heads``, session 30); not a
    police station ("مركز شرطة باب بحر"), nor the police with a nationality ("الشرطة البريطانية": ANERcorp leaves it
    untagged)."""
    if "B-LOC" not in tags or not sentence_bits(toks) & SECURITY_FIRST:
        return
    heads = rule_words().security_unit_heads
    n = len(toks)
    for k in flagged(toks, SECURITY_FIRST):
        if k + 1 >= n or tags[k] != "O" or tags[k + 1] != "B-LOC" or toks[k].kind != "word" \
                or _POLICE not in stems(toks[k].norm) or has_article(toks[k].norm):
            continue
        start = k
        if k > 0 and toks[k - 1].kind == "word" and tags[k - 1] == "O" \
                and in_list(toks[k - 1].norm, rule_words().police_command_heads) and not has_article(toks[k - 1].norm):
            start = k - 1  # "قيادة شرطة دمشق": the command of the police, one ORG
        elif k > 0 and toks[k - 1].kind == "word" and in_list(toks[k - 1].norm, heads):
            continue  # "مركز شرطة باب بحر": a station
        end = chunk_end(tags, k + 1)
        tags[start:end] = ["B-ORG"] + ["I-ORG"] * (end - start - 1)


@gate(tags=("B-LOC",))
def security_district_of_place(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """In a security district named in construct by its town, the body indefinite ("بمنطقة امن صفاقس المدينة",
    "إقليم أمن صفاقس", "منطقة امن سوسة الشمالية"; ``rules.yaml``'s ``security_district_heads``,
    ``security_construct_bodies``), the body "أمن" the tagger read as the place (or as its first word) is no
    place, and the town with its delegation is the LOC.  The unit is left untagged: as an ORG that is no group it
    became the target of "وأوقف أعوان منطقة امن سوسة الشمالية الشابين" in the events layer.  Only where the
    tagger made "أمن" a place; not a station ("مركز أمن مساكن")."""
    if "B-LOC" not in tags:
        return
    rw = rule_words()
    n = len(toks)
    for k in range(1, n - 1):
        if tags[k] != "B-LOC" or toks[k].kind != "word" or fold(toks[k].norm) not in rw.security_construct_bodies:
            continue
        h = k - 1
        if tags[h] != "O" or toks[h].kind != "word" or not in_list(toks[h].norm, rw.security_district_heads) \
                or has_article(toks[h].norm):
            continue
        if tags[k + 1] == "I-LOC":
            end = chunk_end(tags, k)  # the tagger's "أمن صفاقس"
        elif tags[k + 1] == "B-LOC":
            end = chunk_end(tags, k + 1)
        elif tags[k + 1] == "O" and toks[k + 1].kind == "word" and gaz.place(fold(toks[k + 1].norm)) is not None:
            end = k + 2
        else:
            tags[k] = "O"
            continue
        if end < n and tags[end].startswith("I-"):
            continue
        if end < n and tags[end] == "O" and toks[end].kind == "word" \
                and fold(toks[end].norm) in rw.district_adjectives:
            end += 1  # the town's delegation or old town ("صفاقس المدينة", "سوسة الشمالية"), as places.town_district
        tags[h:end] = ["O", "O", "B-LOC"] + ["I-LOC"] * (end - k - 2)


#: Most adjectives after a security service's name ("جهاز المخابرات" + "الوطني السوداني").
MAX_SERVICE_ADJECTIVES = 2


@gate(SECURITY_FIRST)
def security_services(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A state's security or intelligence service named by its head ("جهاز", ``rules.yaml`` ``service_heads``, a
    proclitic allowed, no article), the service (``service_bodies``) and its adjectives or nationality, all untagged,
    is one ORG: "جهاز المخابرات الوطني السوداني", "لجهاز الأمن الوقائي", "جهاز المخابرات العامة المصرية", "جهاز أمن
    الدولة" (a service of two words needs no adjective); so is the tagger's ORG of the service with its head and
    nationality ("المخابرات العامة" of "جهاز المخابرات العامة المصرية").  Not the bare "جهاز الأمن" ("أن جهاز الأمن
    انتقل انتقالا سلسا": the security apparatus), nor "جهاز المخابرات والجيش"."""
    if not sentence_bits(toks) & SECURITY_FIRST:
        return
    rw = rule_words()
    folds = sentence_folds(toks)
    n = len(toks)
    for k in flagged(toks, SECURITY_FIRST):
        if k + 1 >= n or tags[k] != "O" or toks[k].kind != "word" or not in_list(toks[k].norm, rw.service_heads) \
                or has_article(toks[k].norm):
            continue
        body = next((len(name) for name in rw.service_bodies.get(folds[k + 1], ())
                     if tuple(folds[k + 1:k + 1 + len(name)]) == name), 0)
        end = k + 1 + body
        if not body or any(t.kind != "word" for t in toks[k + 1:end]):
            continue
        if tags[k + 1] == "B-ORG" and chunk_end(tags, k + 1) >= end:
            end = chunk_end(tags, k + 1)  # the tagger's "المخابرات العامة" of "جهاز المخابرات العامة المصرية"
            body = end - k - 1
        elif any(t != "O" for t in tags[k + 1:end]):
            continue
        adjectives = 0
        while end < n and adjectives < MAX_SERVICE_ADJECTIVES and toks[end].kind == "word" \
                and tags[end] in ("O", "B-LOC", "B-MISC") and not (end + 1 < n and tags[end + 1].startswith("I-")) \
                and (_nationality_adjective(toks[end].norm)
                     or (tags[end] == "O" and _service_adjective(toks[end], gaz))):
            end += 1
            adjectives += 1
        if adjectives or body > 1:
            tags[k:end] = ["B-ORG"] + ["I-ORG"] * (end - k - 1)


def _service_adjective(tok: Token, gaz: Gazetteer) -> bool:
    """Is ``tok`` a definite relative adjective or participle after a service's name ("الوطني", "العامة", "الوقائي",
    "الداخلي", "المركزية", "العسكرية"), no word of ``chain_stops`` ("الأول") and no nisba of a place?"""
    word = fold(tok.norm)
    return word.startswith("ال") and word.endswith(("ي", "يه")) and len(word) >= 5 and not is_predicate(tok.norm) \
        and word not in rule_words().chain_stops and word not in rule_words().complement_stops


def _security_body(toks: Sequence[Token], folds: Sequence[str], k: int) -> tuple[int, bool, bool] | None:
    """The security body that starts at token ``k``: its end, whether ل is written on its first word
    ("للحرس الوطني"), and whether it names a body only under a unit head; None if none starts there.
    A one-word body under a head ("منطقة الشرطة") must be followed by ب + a word or punctuation."""
    rw = rule_words()
    word = folds[k]
    for conj in ("", "و", "ف"):
        if conj and not word.startswith(conj):
            continue
        rest = word[len(conj):]
        for form, lam in ((rest, False), ("ال" + rest[2:] if rest.startswith("لل") else "", True),
                          (rest[1:] if rest[:1] in ("ل", "ب") else "", rest[:1] == "ل")):
            if not form:
                continue
            for table, unit_only in ((rw.security_forces, False), (rw.security_unit_bodies, True)):
                for name in table.get(form, ()):
                    end = k + len(name)
                    if end > len(toks) or tuple(folds[k + 1:end]) != name[1:] \
                            or any(t.kind != "word" for t in toks[k + 1:end]):
                        continue
                    if unit_only and len(name) == 1 and end < len(toks) and toks[end].kind == "word" \
                            and not folds[end].startswith("ب"):
                        continue
                    return end, lam and not conj, unit_only
    return None


def _unit_head(toks: Sequence[Token], tags: Sequence[Tag], folds: Sequence[str], k: int, lam: bool,
               heads: frozenset[str]) -> int | None:
    """The start of the unit that heads the security body at ``k``: a head right before it in construct
    (or one noun between: "إدارة عمليات الحرس الوطني"), or, before a body written with ل, a head and at most
    :data:`MAX_UNIT_WORDS` untagged definite words ("فرقة الأبحاث والتفتيش" + "للحرس الوطني"); None."""
    def head(i: int) -> bool:
        return tags[i] == "O" and toks[i].kind == "word" and in_list(toks[i].norm, heads)

    if not lam:
        if k >= 1 and head(k - 1) and not has_article(toks[k - 1].norm):
            return k - 1
        if k >= 2 and head(k - 2) and not has_article(toks[k - 2].norm) and tags[k - 1] == "O" \
                and toks[k - 1].kind == "word" and not has_article(toks[k - 1].norm) \
                and folds[k - 1] not in rule_words().function_words and not is_predicate(toks[k - 1].norm):
            return k - 2
        return None
    i = k - 1
    while i >= 0 and k - i <= MAX_UNIT_WORDS + 1:
        if head(i):  # (not "مركز للشرطة", a police station: a head without the article right before ل)
            return i if i < k - 1 or has_article(toks[i].norm) else None
        word = folds[i]
        # definite words, and one ل complement of the unit's own ("الفرقة المركزية الأولى للأبحاث" + "للحرس")
        if tags[i] != "O" or toks[i].kind != "word" or not word.startswith(("ال", "وال", "لل")) \
                or is_predicate(toks[i].norm):
            return None
        i -= 1
    return None


@gate(tags=("B-PER", "B-LOC"))
def company_after_head(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """After a company's head without the article (``rules.yaml``'s ``company_heads``; a quotation mark
    between them too), the tagger's person is the company, an ORG without the head ("مجموعة شيفلر", "مؤسسة
    تيسير", "مجموعة ترامب"), and its one-word place followed by a nisba with the article or a ل complement
    is one ORG with the head ("بنك تونس العربي الدولي", "مصنع قازان للطائرات"; not "مصنع بألمانيا", "بنك
    تونس" alone)."""
    if "B-PER" not in tags and "B-LOC" not in tags:
        return
    heads = rule_words().company_heads
    folds = sentence_folds(toks)
    n = len(toks)
    for i, j, label in list(chunks(tags)):
        if label not in ("PER", "LOC") or toks[i].kind != "word":
            continue
        h = i - 1
        if h > 0 and toks[h].text in ('"', "«", "“") and label == "PER":
            h -= 1
        if h < 0 or tags[h] != "O" or toks[h].kind != "word" or has_article(toks[h].norm) \
                or not in_list(toks[h].norm, heads):
            continue
        if label == "PER":
            tags[i:j] = ["B-ORG"] + ["I-ORG"] * (j - i - 1)
            continue
        if j != i + 1 or (folds[i][:1] in ("ب", "ل", "و", "ف", "ك") and gaz.place(folds[i][1:]) is not None):
            continue
        end = j
        if end < n and tags[end] == "O" and toks[end].kind == "word" and folds[end].startswith("لل") \
                and len(folds[end]) >= 5 and not is_predicate(toks[end].norm):
            end += 1
        while end < n and end - j < 3 and tags[end] == "O" and toks[end].kind == "word" \
                and folds[end].startswith("ال") and folds[end].endswith(("ي", "يه")) and len(folds[end]) >= 5 \
                and not is_predicate(toks[end].norm):
            end += 1
        if end > j and (end >= n or not tags[end].startswith("I-")):
            tags[h:end] = ["B-ORG"] + ["I-ORG"] * (end - h - 1)


#: Most words of a company's name read after its head by :func:`company_name_after_head`.
_COMPANY_WORDS = 3


@gate(ORG_HEAD)
def company_name_after_head(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """After an untagged "شركة" without the article (``rules.yaml``'s ``company_name_heads``; a proclitic
    allowed: "لشركة", "وشركة"), the untagged words of a company's name are an ORG without the head, as
    ANERcorp tags "شركة" + "نوكيا": a known company ("شركة أبل", ``companies``) or up to three name-like
    words — no common word, nationality, place, verb, function word, feminine adjective in ة, plural in ات
    or word with the article or a proclitic on a common word, nor a noun in construct with a definite word
    that is no nisba, a trade (``company_trade_words``, a verbal noun تفعيل) or a verb with a pronoun ("شركة سيمنس",
    "لشركة جيت بلو", "بشركة أمازون"; not "شركة مختصة", "شركة إنتاج", "شركة تونسية", "شركة لتسيير", "شركة مصبرات",
    "شركة عجين الحلفاء", "شركة كهرباء", "شركة تنظيف", "شركة يملكها")."""
    if not sentence_bits(toks) & ORG_HEAD:
        return
    rw = rule_words()
    heads = rw.company_name_heads
    flags = sentence_flags(toks)
    verbs = verb_forms()
    n = len(toks)
    for h in flagged(toks, ORG_HEAD):
        if tags[h] != "O" or h + 1 >= n or flags[h] & ARTICLE or not in_list(toks[h].norm, heads):
            continue
        k = h + 1
        end = k
        while end < n and end - k < _COMPANY_WORDS and tags[end] == "O" and toks[end].kind == "word":
            tok = toks[end]
            word = fold(tok.norm)
            if flags[end] & COMPANY and end == k:
                end += 1
                break
            if word in gaz.common or word in gaz.nisba or flags[end] & (ARTICLE | PREDICATE) \
                    or word in rw.company_trade_words or _verbal_noun_tafil(word) \
                    or word.endswith(("ه", "ة", "ات", "ها", "هم")) or len(word) < 3 or word in rw.function_words \
                    or word in verbs \
                    or gaz.place(word) is not None or (end > k and word.startswith(("و", "ل"))) \
                    or (word[0] in "لبوفك" and (word[1:] in gaz.common or word[1:] in verbs)):
                break
            end += 1
        if end == k or (end < n and tags[end].startswith("I-")):
            continue
        after = fold(toks[end].norm) if end < n and toks[end].kind == "word" else ""
        if after and flags[end] & ARTICLE and not flags[k] & COMPANY and after not in gaz.nisba \
                and not after.endswith(("ي", "يه")):
            continue  # a common noun in construct: "شركة عجين الحلفاء", "شركة استطلاعات الرأي"
        tags[k:end] = ["B-ORG"] + ["I-ORG"] * (end - k - 1)


def _verbal_noun_tafil(word: str) -> bool:
    """Is the folded ``word`` a verbal noun تفعيل of five letters ("تنظيف", "تصنيع", "تسويق"; not "تويتر", "توتال")?"""
    return len(word) == 5 and word[0] == "ت" and word[3] == "ي"


@gate(ORG_HEAD, tags=("B-LOC",))
def company_of_place(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A company's head without the article (``company_heads``; a proclitic allowed), one common noun of
    its trade without article or proclitic and the tagger's one-word place without a proclitic are one
    ORG, the head in it as ANERcorp tags "شركة قطر للغاز": "شركة اتصالات تونس", "مؤسسة مطارات دبي",
    "لشركة نقل تونس" (the place alone was the LOC); not "مؤسسة في تونس", "مجمع بمدينة درنة"."""
    if "B-LOC" not in tags or not sentence_bits(toks) & ORG_HEAD:
        return
    rw = rule_words()
    flags = sentence_flags(toks)
    n = len(toks)
    for h in flagged(toks, ORG_HEAD):
        p = h + 2
        if p >= n or tags[h] != "O" or tags[h + 1] != "O" or tags[p] != "B-LOC" or flags[h] & ARTICLE \
                or (p + 1 < n and tags[p + 1].startswith("I-")) or toks[h + 1].kind != "word" \
                or toks[p].kind != "word" or not in_list(toks[h].norm, rw.company_heads):
            continue
        noun = fold(toks[h + 1].norm)
        if flags[h + 1] & (ARTICLE | PREDICATE) or noun in rw.function_words \
                or not (noun in gaz.common or noun.endswith("ات") or noun in rw.company_trade_words) \
                or (noun[0] in "بلوفك" and noun[1:] in gaz.common) \
                or noun in gaz.nisba or gaz.place(fold(toks[p].norm)) is None:
            continue
        tags[h:p + 1] = ["B-ORG", "I-ORG", "I-ORG"]


def named_administration(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An untagged administration's head with the article, an adjective of its level and a chain holding a
    ل complement is an ORG ("المندوبية الجهوية للتنمية الفلاحية" + "بالقصرين", "الإدارة العامة للديوانة",
    "القطب القضائي لمكافحة الإرهاب"; ``administration_heads``, ``administration_levels``); a place after it
    stays a place."""
    rw = rule_words()
    levels = rw.administration_levels
    folds = sentence_folds(toks)
    if levels.isdisjoint(folds):
        return
    n = len(toks)
    after = 0
    for i in range(n - 2):
        if i < after or folds[i + 1] not in levels or tags[i] != "O" or tags[i + 1] != "O" \
                or toks[i].kind != "word" or not has_article(toks[i].norm) \
                or not in_list(toks[i].norm, rw.administration_heads):
            continue
        end = chain_end(toks, tags, i)
        if end - i >= 3 and all(t == "O" for t in tags[i + 1:end]) and _has_complement(toks, i, end) \
                and (end >= n or not tags[end].startswith("I-")):
            tags[i:end] = ["B-ORG"] + ["I-ORG"] * (end - i - 1)
            complement = _ends_with_complement(toks, i, end, gaz)
            if complement:  # "الإدارة العامة للسجون" + "والإصلاح"
                _coordinate(toks, tags, end, gaz, ("ب",), constructs=complement == _LAM_COMPLEMENT)
            after = chunk_end(tags, i)


def _free(tags: Sequence[Tag], i: int, end: int) -> bool:
    """Can the words ``i + 1`` to ``end`` join the name that starts at ``i``: untagged or in names (no
    person) that start inside it, and no name going on after it?  ("المفوضية السامية للأمم المتحدة
    لشؤون اللاجئين", whose "الأمم المتحدة" the tagger found alone; "مجلس التعاون لدول الخليج العربية"
    and its LOC "الخليج")"""
    return end <= len(tags) and (end == len(tags) or not tags[end].startswith("I-")) \
        and all(t == "O" or (not t.endswith("PER") and (t[:2] == "B-" or k > i + 1))
                for k, t in enumerate(tags[i + 1:end], i + 1))


def _coordinated_head(tok: Token) -> bool:
    """"وجامعة": و and an organisation head start another name."""
    return tok.norm.startswith("و") and _is_head(tok)


@gate(tags=("B-PER",))
def institution_named_after_person(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A hospital, clinic or school head (``rules.yaml``'s ``person_named_heads``), its adjectives
    (``person_named_adjectives``: "الجامعي", "الابتدائية") and the person it is named after, whom the tagger
    read as a PER, are one ORG, as "جامعة الملك سعود" is: "مستشفى فرحات حشاد", "بالمستشفى الجامعي فرحات
    حشاد", "المدرسة الابتدائية فرحات حشّاد"."""
    rw = rule_words()
    heads, adjectives = rw.person_named_heads, rw.person_named_adjectives
    n = len(toks)
    for i, j, label in list(chunks(tags)):
        if label != "PER":
            continue
        h = i - 1
        while h >= 0 and i - h <= 3 and tags[h] == "O" and toks[h].kind == "word" and _stem(toks[h]) in adjectives:
            h -= 1
        if h < 0 or tags[h] != "O" or toks[h].kind != "word" or _stem(toks[h]) not in heads:
            continue
        # "بهذه المدرسة مهدي بن معتوق": a person after "this school"; "مدرسة تأوي 200 طفل": a verb read as a name;
        # "مديرة المستشفى ليلى الحمروني": a head with the article and no adjective is the person's workplace;
        # four words are the name and the director after it ("مستشفى فرحات حشّاد لطفي بوبكر")
        if (h == i - 1 and has_article(toks[h].norm)) \
                or (h > 0 and toks[h - 1].kind == "word" and fold(toks[h - 1].norm).lstrip("وبل") in _DEMONSTRATIVES) \
                or (j - i == 1 and fold(toks[i].norm) not in gaz.person_parts) or j - i >= 4:
            continue
        tags[h:j] = ["B-ORG"] + ["I-ORG"] * (j - h - 1)
        if j < n and tags[j].startswith("I-"):
            tags[j] = "B-" + tags[j][2:]


@gate(PERSON_NAMED_HEAD)
def institution_named_untagged(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A hospital, clinic, school or institute head (``person_named_heads``), its adjectives and the name of the
    person it is named after that the tagger left untagged (given names and one family name: "المدرسة الابتدائية
    الحبيب ثامر", "المستشفى الجامعي حبيب بورقيبة") or found in quotes ('المدرسة الإعدادية "أبو القاسم الشابي"') are
    one ORG, as :func:`institution_named_after_person` makes of the tagger's person; not a head with the article and
    no adjective, nor after a demonstrative ("بهذه المدرسة")."""
    if not sentence_bits(toks) & PERSON_NAMED_HEAD:
        return
    rw = rule_words()
    heads, adjectives = rw.person_named_heads, rw.person_named_adjectives
    flags = sentence_flags(toks)
    n = len(toks)
    for h in range(n - 1):
        if not flags[h] & PERSON_NAMED_HEAD or tags[h] != "O" or toks[h].kind != "word" or _stem(toks[h]) not in heads:
            continue
        k = h + 1
        while k < n and k - h <= 3 and tags[k] == "O" and toks[k].kind == "word" and _stem(toks[k]) in adjectives:
            k += 1
        if (k == h + 1 and has_article(toks[h].norm)) \
                or (h > 0 and toks[h - 1].kind == "word" and fold(toks[h - 1].norm).lstrip("وبل") in _DEMONSTRATIVES):
            continue
        quoted = k + 1 < n and opening_quote(toks, k)
        if quoted:
            if tags[k + 1] != "B-PER":
                continue
            e = chunk_end(tags, k + 1)
            if e >= n or toks[e].text not in QUOTES_CLOSE:
                continue
            e += 1
        elif k < n and tags[k] == "O":
            e = eponym_name_end(toks, tags, gaz, k)
            if e - k < 2 or (e < n and tags[e].startswith("I-")):
                continue
        else:
            continue
        tags[h:e] = ["B-ORG"] + ["I-ORG"] * (e - h - 1)
    _institution_cut_in_name(toks, tags, gaz)


def _institution_cut_in_name(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """The ORG of a hospital, clinic, school or institute head without the article and one given name, cut before
    the family name with the article (session 27: "بمعهد محمد" + "القصاب للجبر وتقويم الأعضاء", ANT 24559, which
    :func:`institution_named_after_person` made of the tagger's PER "محمد"), runs on over the family name, a ل
    complement with the article after it and the nouns coordinated to that (:func:`_coordinate`).  The family name
    is no ordinary word, place, nisba, title or head."""
    rw = rule_words()
    n = len(toks)
    for h, j, label in list(chunks(tags)):
        if label != "ORG" or j - h != 2 or j >= n or tags[j] != "O" or toks[h].kind != "word" \
                or toks[j].kind != "word" or _stem(toks[h]) not in rw.person_named_heads or has_article(toks[h].norm) \
                or fold(toks[h + 1].norm) not in gaz.person_parts or fold(toks[h + 1].norm) in gaz.common:
            continue
        family = fold(toks[j].norm)
        if not family.startswith("ال") or len(family) < 5 or family in gaz.common or family in gaz.nisba \
                or gaz.place(family) is not None or family[2:] in gaz.common or family in rw.function_words \
                or is_predicate(toks[j].norm) or in_list(toks[j].norm, rw.titles) \
                or in_list(toks[j].norm, rw.org_heads):
            continue
        e = j + 1
        if e < n and tags[e] == "O" and toks[e].kind == "word" and toks[e].norm.startswith("لل") \
                and _definite(toks[e].norm) and not in_list(toks[e].norm, rw.chain_stops):
            e += 1
        if e < n and tags[e].startswith("I-"):
            continue
        tags[j:e] = ["I-ORG"] * (e - j)
        if e > j + 1:
            _coordinate(toks, tags, e, gaz, ("ب",))


#: Demonstratives before a head, folded: "هذه المدرسة" is a school named before.
_DEMONSTRATIVES = frozenset({"هذه", "هذا", "ذلك", "تلك", "نفس"})


def _stem(tok: Token) -> str:
    """The folded word without ب/ل/و/ف before it ("بمستشفى" → "مستشفي", "بالمستشفى" → "المستشفي"; "للمستشفى"
    keeps its second ل: "لمستشفي")."""
    word = fold(tok.norm)
    for prefix in ("وب", "ول", "فب", "فل", "و", "ف", "ب", "ل"):
        if word.startswith(prefix) and len(word) - len(prefix) >= 4:
            rest = word[len(prefix):]
            if prefix.endswith("ل") and rest.startswith("ل"):  # "للمستشفى": ل + the article's alef dropped
                return "ا" + rest
            return rest
    return word


@gate(ORG_HEAD)
def org_named_after_person(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An organisation head, a royal title (``rules.yaml``'s ``eponym_titles``: "الملك", "الأمير") and
    the name after it are one ORG with the chain that follows: "جامعة الملك عبدالعزيز", "مطار الملك
    خالد الدولي", "مركز الملك سلمان للإغاثة" (the tagger made a PER of the name, or an ORG without
    the head)."""
    if not sentence_bits(toks) & ORG_HEAD:
        return
    rw = rule_words()
    flags = sentence_flags(toks)
    n = len(toks)
    for h in flagged(toks, ORG_HEAD):
        if h >= n - 2:
            break
        if tags[h] not in ("O", "B-ORG") or flags[h] & ARTICLE \
                or toks[h + 1].kind != "word" or fold(toks[h + 1].norm) not in rw.eponym_titles \
                or tags[h + 1] not in ("O", "B-ORG", "I-ORG", "B-PER") or toks[h + 2].kind != "word":
            continue
        k = h + 2
        if tags[k] == "O":
            word = fold(toks[k].norm)
            if not (word in gaz.person_parts or (word not in gaz.common and not has_article(toks[k].norm))):
                continue
            end = k + 1
        elif tags[k].endswith(("PER", "ORG")) and not _coordinated_head(toks[k]):  # not "وجامعة …", the next
            end = k + 1
            while end < n and tags[end].startswith("I-") and not _coordinated_head(toks[end]):
                end += 1
        else:
            continue
        if end == n or not _coordinated_head(toks[end]):
            end = max(end, chain_end(toks, tags, end - 1))
        if end < n and tags[end].startswith("I-"):  # "سعود وجامعة": the rest of the tagger's name starts anew
            tags[end] = "B-" + tags[end][2:]
        tags[h:end] = ["B-ORG"] + ["I-ORG"] * (end - h - 1)


#: Most words of a long form before an acronym in parentheses ("وكالة الأمم المتحدة لإغاثة وتشغيل
#: اللاجئين الفلسطينيين (أونروا)").
MAX_LONG_FORM = 10


@gate(texts=("(",))
def acronym_after_org(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An acronym in parentheses after an organisation's name is an ORG, and so is the name: an ORG
    the tagger found ("الوكالة العربية السورية للأنباء (سانا)"), or the words from an organisation
    head to the parenthesis ("وكالة الأنباء السعودية (واس)", "مكتب الأمم المتحدة لتنسيق الشؤون
    الإنسانية (أوتشا)"), which the acronym shows to be one name.  An acronym is one to three words,
    no place, and in Arabic script without the article ("(الأحد)" is a weekday), none of ``rules.yaml``'s
    ``not_acronyms`` ("(فيديو)") and, when the tagger found no ORG before it, no common word.  One word
    the tagger took for a place is an acronym all the same after a name that starts with a head, when
    it names no country, province or prominent city ("وكالة الأنباء الكويتية (كونا)": Kuna, Idaho;
    "(بترا)", "(جاكا)"), while "بنفيكا ( البرتغال )", "سلتيك ( اسكتلندا )" stay places."""
    if "(" not in sentence_texts(toks):
        return
    n = len(toks)
    opens = [j for j in range(1, n - 2) if toks[j].text == "("]
    if not opens:
        return
    for j in opens:
        after_org = tags[j - 1].endswith("ORG")
        end = _acronym_end(toks, tags, j, gaz, after_org) or (
            _named_by_head(toks, tags, j) and _minor_place_acronym(toks, tags, j, gaz))
        if not end:
            continue
        if after_org:
            tags[j + 1:end] = ["B-ORG"] + ["I-ORG"] * (end - j - 2)
            continue
        h = _long_form_start(toks, tags, j)
        if h is not None:
            tags[h:j] = ["B-ORG"] + ["I-ORG"] * (j - h - 1)
            tags[j + 1:end] = ["B-ORG"] + ["I-ORG"] * (end - j - 2)


def _acronym_end(toks: Sequence[Token], tags: Sequence[Tag], j: int, gaz: Gazetteer, after_org: bool) -> int:
    """Index of the ")" closing an acronym that opens at ``toks[j]`` ("("), 0 if none; after an ORG the
    tagger found, a common word may be one ("(وات)")."""
    n = len(toks)
    end = j + 1
    while end < n and end - j <= 3 and toks[end].kind in ("word", "latin", "foreign") and tags[end] == "O":
        end += 1
    if end == j + 1 or end >= n or toks[end].text != ")":
        return 0
    not_acronyms = rule_words().not_acronyms
    for t in toks[j + 1:end]:
        f = fold(t.norm)
        if gaz.place(f) is not None or f in not_acronyms \
                or (t.kind == "word" and (f.startswith("ال") or (f in gaz.common and not after_org))):
            return 0
    return end


def _named_by_head(toks: Sequence[Token], tags: Sequence[Tag], j: int) -> bool:
    """Does an organisation head start the ORG the tagger found right before ``toks[j]`` ("وكالة
    الأنباء الكويتية", not the club "بنفيكا")?"""
    if not tags[j - 1].endswith("ORG"):
        return False
    i = j - 1
    while i > 0 and tags[i].startswith("I-"):
        i -= 1
    return i < j - 1 and _is_head(toks[i])


def _minor_place_acronym(toks: Sequence[Token], tags: Sequence[Tag], j: int, gaz: Gazetteer) -> int:
    """Index of the ")" after one word in parentheses at ``toks[j]`` that the tagger took for a place
    but that names no country or prominent city and has no article (an acronym: "(كونا)"), else 0."""
    if j + 2 >= len(toks) or toks[j + 2].text != ")" or tags[j + 1] != "B-LOC" or toks[j + 1].kind != "word":
        return 0
    word = toks[j + 1].norm
    folded = fold(word)
    if has_article(word) or folded in rule_words().not_acronyms:
        return 0
    place = gaz.place(folded)  # a country, a province or a big city, even one that is also a word ("مالي")
    if place is not None and (place.kind == "country" or folded in gaz.provinces
                              or place.population >= PROMINENT_POPULATION):
        return 0
    return j + 2


def _long_form_start(toks: Sequence[Token], tags: Sequence[Tag], j: int) -> int | None:
    """The organisation head that starts the name ending before ``toks[j]``: the leftmost head followed
    by a definite word or a name within :data:`MAX_LONG_FORM` words, reading back over words that are
    no person, MISC, predicate or particle (a head with و starts the name: "وزارة الصحة ومنظمة الصحة
    العالمية")."""
    rw = rule_words()
    head = None
    k = j - 1
    while k >= 0 and j - k <= MAX_LONG_FORM:
        tok = toks[k]
        if tok.kind != "word" or tags[k].endswith(("PER", "MISC")) or is_predicate(tok.norm) \
                or fold(tok.norm) in rw.function_words:
            break
        # a head starts a name when a definite word or a name follows it ("القناة برنامج" is no name)
        if _is_head(tok) and (tags[k + 1] != "O" or _definite(toks[k + 1].norm)):
            head = k
            if tok.norm.startswith("و"):
                break
        k -= 1
    return head if head is not None and j - head >= 2 else None


def media_names(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A known media name after a media head or with ل after a verb ("مراسل الجزيرة", "وقال
    للجزيرة"), or a quoted name after a media head ("قناة «سي بي سي»"), is an ORG; the head stays
    outside.  A known media name alone in quotes is one too: "قال لـ« الشرق الأوسط »" (the paper, not
    the region), but not the title of a work ("برنامج \"الحدث\"": ``rules.yaml``'s ``work_heads``), and
    so is one in brackets after a lone ل ("في تصريح ل(وات)").
    A radio station is named with "أف أم" ("الجوهرة أف أم", "موزاييك FM")."""
    n = len(toks)
    rw = rule_words()
    texts = sentence_texts(toks)
    # a name in quotes or in brackets: read after each opening quote or bracket
    openers = [] if _OPENERS.isdisjoint(texts) else [k + 1 for k, x in enumerate(texts[:n - 2]) if x in _OPENERS]
    for k in openers:
        opener = texts[k - 1]
        # in quotes, or in brackets after a lone ل ("في تصريح ل(وات)", "لـ(وات)")
        bracket = opener == "(" and k >= 2 and toks[k - 2].text in _LONE_LAM
        if (opener in QUOTES_OPEN or bracket) and toks[k].kind == "word" \
                and not (k >= 2 and toks[k - 2].kind == "word" and in_list(toks[k - 2].norm, rw.work_heads)):
            name = _known_name_size(toks, tags, k, fold(toks[k].norm))
            closer = toks[k + name].text if name and k + name < n else ""
            if closer == ")" if bracket else closer in QUOTES_CLOSE:
                tags[k:k + name] = ["B-ORG"] + ["I-ORG"] * (name - 1)
    if not _FM_TEXTS.isdisjoint(texts) or _FM[0] in sentence_folds(toks):
        _radio_names(toks, tags)
    if not sentence_bits(toks) & (MEDIA_HEAD | PREDICATE):
        return
    flags = sentence_flags(toks)
    for h in [k for k in range(n - 1) if flags[k] & (MEDIA_HEAD | PREDICATE)]:
        if flags[h] & MEDIA_HEAD and tags[h] == "O":
            # the name after the head, or after an agency's words ("وكالة أنباء الأناضول", 'وكالة أنباء "سبوتنيك"')
            k = h + 2 if h + 2 < n and _agency_words(toks, tags, h) else h + 1
            if has_article(toks[h].norm) and fold(toks[k].norm) in gaz.nisba:
                continue  # "الصحيفة التونسية", "القناة العربية": the Tunisian paper, the Arab channel
            if toks[k].text in QUOTES_OPEN:
                if k + 1 < n:
                    _quoted_name(toks, tags, k + 1)
            elif not _known_name(toks, tags, k, fold(toks[k].norm)) and not has_article(toks[h].norm) \
                    and (in_list(toks[h].norm, rw.open_media_heads) or _outlet_word_after(toks, k, rw)):
                _unknown_name(toks, tags, k, gaz, in_list(toks[h].norm, rw.place_media_heads))
        elif flags[h] & PREDICATE and toks[h + 1].norm.startswith("لل"):  # "وقال للجزيرة"
            _known_name(toks, tags, h + 1, "ال" + fold(toks[h + 1].norm)[2:])


@gate(texts=("(", "/"))
def dateline_outlets(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A known media name (``media_names``) that a dateline or a credit gives is the outlet, an ORG whatever
    the tagger made of it ("الأناضول" is also Anatolia, "بترا" Petra): in brackets after the city, a date or a
    dash, or alone, and before a dash, a colon, a period or the sentence's end ("الرياض (واس) -", "دمشق، 12
    يناير (رويترز) -", "عمان (بترا) -", "… مراكش. (الأناضول)"); after the city and a slash, before a colon or
    a dash ("بغداد/ الأناضول:").  Not one inside a sentence ("مدينة البتراء (بترا) في الأردن"), nor the
    spelled-out letters "(أ ف ب)", "(د ب أ)", which ANERcorp leaves untagged (9 of 9) and ``media_names``
    does not hold."""
    n = len(toks)
    for k in range(1, n - 1):
        opener = toks[k - 1].text
        if opener not in ("(", "/") or toks[k].kind != "word":
            continue
        size = _known_name_size(toks, tags, k, fold(toks[k].norm), whole_per=True)
        end = k + size
        if not size or (opener == "(" and (end >= n or toks[end].text != ")")):
            continue
        after = end + 1 if opener == "(" else end
        if after < n and toks[after].text not in _DATELINE_AFTER:
            continue
        before = k - 2
        if opener == "/":
            if before < 0 or not tags[before].endswith("LOC") or after >= n:
                continue
        elif before >= 0 and not (tags[before].endswith("LOC") or toks[before].text in _DATELINE_BEFORE
                                  or toks[before].kind == "number"
                                  or (before and toks[before - 1].kind == "number")):
            continue
        if (end < n and tags[end].startswith("I-")) or tags[k].startswith("I-"):
            continue
        tags[k:end] = ["B-ORG"] + ["I-ORG"] * (size - 1)


#: Most tokens of a dateline's place before its dash ("مقديشو (الصومال) -"), and of the outlet's name after it.
_DATELINE_PLACE = 5
_DATELINE_NAME = 4
#: The dashes of a dateline.
_DASHES = frozenset({"-", "–", "—", "ـ"})


@gate(texts=(":",))
def dash_dateline_outlets(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """The name between a dateline's place and a colon is the outlet's, one ORG: "الخرطوم - سودان تريبيون:",
    "عدن - المصدر أونلاين:", "القاهرة - المصري اليوم:", "بغداد - شفق نيوز:", "مقديشو (الصومال) - …:" (quotes
    around it stay out).  The sentence opens with the place (a LOC, brackets and commas between its words), a
    dash follows and the name (four tokens at most, no verb) runs to the colon.  Not the paper's reporter or
    desk (``dateline_stops``: "غزة - مراسلنا:", "واشنطن - وكالات:"), nor a person the tagger found, a reporter
    who signs ("القاهرة - محمد حسن:"), nor a place, a headline's pair of states ("تونس - الجزائر :"), unless the
    name is a known outlet or holds an outlet's word (``outlet_words``: "تريبيون", "نيوز", "الصومال اليوم").  A
    name the tagger made a longer ORG of stays."""
    n = len(toks)
    if n < 4 or not tags[0].endswith("LOC"):
        return
    dash = next((k for k in range(1, min(n, _DATELINE_PLACE + 1)) if toks[k].text in _DASHES), None)
    if dash is None or any(t != "O" and not t.endswith("LOC") for t in tags[:dash]) \
            or any(tags[k] == "O" and toks[k].text not in ("(", ")", "،", ",") for k in range(dash)):
        return
    colon = next((k for k in range(dash + 1, min(n, dash + _DATELINE_NAME + 4)) if toks[k].text == ":"), None)
    if colon is None:
        return
    i, j = dash + 1, colon
    if j - i >= 2 and toks[i].text in QUOTES_OPEN and toks[j - 1].text in QUOTES_CLOSE:
        i, j = i + 1, j - 1
    if not 0 < j - i <= _DATELINE_NAME or tags[i].startswith("I-") or (j < n and tags[j].startswith("I-")):
        return
    rw = rule_words()
    folds = [fold(t.norm) for t in toks[i:j]]
    if any(t.kind not in ("word", "latin", "number") or (t.kind == "word" and is_predicate(t.norm))
           for t in toks[i:j]) or any(f in rw.dateline_stops for f in folds) or all(len(f) <= 2 for f in folds):
        return  # (spelled-out letters, "باماكو - أ ف ب:", ANERcorp leaves untagged as dateline_outlets does)
    known = _known_name_size(toks, tags, i, folds[0], whole_per=True) == j - i \
        or any(f in rw.outlet_words or t.text in rw.outlet_words for f, t in zip(folds, toks[i:j], strict=True))
    # a place the tagger found is a headline's pair of states ("تونس - الجزائر :"), a person a reporter's signature
    if known or not any(t.endswith(("PER", "LOC")) for t in tags[i:j]):
        tags[i:j] = ["B-ORG"] + ["I-ORG"] * (j - i - 1)


#: What stands after a dateline's outlet: a dash, a colon, a period; before it, a comma too ("القاهرة، (…)").
_DATELINE_AFTER = frozenset({"-", "–", "—", "ـ", ":", "."})
_DATELINE_BEFORE = _DATELINE_AFTER | {"،", ","}


def _agency_words(toks: Sequence[Token], tags: Sequence[Tag], h: int) -> bool:
    """Is the media head ``toks[h]`` "وكالة" (a proclitic on it, no article) followed by the untagged
    "أنباء" (``agency_words``, indefinite: "وكالة الأنباء" + a name is read by :func:`news_agency_names`)?"""
    word = toks[h + 1]
    return tags[h + 1] == "O" and word.kind == "word" and not has_article(word.norm) \
        and fold(word.norm) in rule_words().agency_words and _agency_head(toks[h])


def _agency_head(tok: Token) -> bool:
    """Is ``tok`` "وكالة" without the article, a proclitic on it or not ("لوكالة", "ووكالة")?"""
    return tok.kind == "word" and not has_article(tok.norm) \
        and any(fold(split.stem) == _AGENCY for split in clitic_splits(tok.norm) if not split.article)


#: "وكالة" folded.
_AGENCY = fold("وكالة")


@gate(bits=MEDIA_HEAD)
def news_agency_names(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """"وكالة" + "الأنباء" or "الصحافة" (``agency_words``) + a country's feminine nisba is a news agency, one
    ORG with its head, as the tagger reads most of them ("وكالة الأنباء الجزائرية"; ANERcorp "وكالة الأنباء
    المصرية"): "لوكالة الأنباء الألمانية", "وكالة الأنباء الكورية", "وكالة الصحافة الفرنسية", "وكالة الأنباء
    المركزية الكورية", "وكالة الأنباء الكورية الجنوبية" (``agency_adjectives``).  Not without a nisba ("وكالة
    الأنباء الرسمية": which one the sentence names after it), nor an indefinite "وكالة أنباء روسية" (a Russian
    agency)."""
    n = len(toks)
    rw = rule_words()
    flags = sentence_flags(toks)
    for h in range(n - 2):
        if not flags[h] & MEDIA_HEAD or not _agency_head(toks[h]):
            continue
        words = toks[h + 1]
        if words.kind != "word" or not has_article(words.norm) or fold(words.norm) not in rw.agency_words:
            continue
        end = h + 2
        while end < n and toks[end].kind == "word" and fold(toks[end].norm) in rw.agency_adjectives:
            end += 1
        nisba = end
        while end < n and end - nisba < 2 and toks[end].kind == "word" and _feminine_nisba(fold(toks[end].norm), gaz):
            end += 1
        if end > nisba:  # "الكورية الجنوبية"
            while end < n and toks[end].kind == "word" and fold(toks[end].norm) in rw.agency_adjectives:
                end += 1
        if end == nisba or any(t.endswith("PER") for t in tags[h:end]) or tags[h].startswith("I-"):
            continue
        tags[h:end] = ["B-ORG"] + ["I-ORG"] * (end - h - 1)


def programme_names(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A programme named alone (``programme_names``: "بوليتيكا", the Jawhara FM talk show) is one MISC, as after
    "برنامج", whatever the tagger called it: "في مداخلة له في بوليتيكا" (a LOC), "ل"بوليتيكا"" (an ORG); a guest's
    PER that ran on into it ends before "ضيف"/"ضيفة" ("لطفي العماري ضيف بوليتيكا"), which is no name alone."""
    names = rule_words().programme_names
    # each name is one word, bare or after one proclitic: a sentence that holds none of them has none
    if not sentence_holds_any(toks, names):
        return
    folds = sentence_folds(toks)
    n = len(toks)
    for k in range(n):
        word = folds[k]
        if toks[k].kind != "word" or not (word in names or (word[:1] in _PROGRAMME_CLITICS and word[1:] in names)):
            continue
        if k + 1 < n and tags[k + 1].startswith("I-"):
            tags[k + 1] = "B-" + tags[k + 1][2:]
        tags[k] = "B-MISC"
        if k and tags[k - 1] != "O" and folds[k - 1] in _GUEST:  # "ضيف بوليتيكا": the guest's name ends
            tags[k - 1] = "O"


#: Proclitics before a programme's name ("وبوليتيكا", "لبوليتيكا", "ببوليتيكا"); "ضيف", "ضيفة" (guest) folded.
_PROGRAMME_CLITICS = frozenset("وفبل")
_GUEST = frozenset({fold("ضيف"), fold("ضيفة")})


def _feminine_nisba(word: str, gaz: Gazetteer) -> bool:
    """Is the folded ``word`` a country's nisba with the article, feminine ("الالمانيه", "الكوريه")?"""
    return word.startswith("ال") and word.endswith("يه") and word in gaz.nisba


#: The preposition ل written apart, before a bracket ("ل(وات)", "لـ(وات)").
_LONE_LAM = frozenset({"ل", "لـ"})
#: The tokens that open a media name of :func:`media_names`: a quote, or a bracket after a lone ل.
_OPENERS = QUOTES_OPEN | {"("}
#: "أف أم", "إف إم" folded: what follows a radio station's name.
_FM = ("اف", "ام")
_FM_LEN = len(_FM[0])
#: The texts that :func:`_radio_names` reads as "FM" (a text of two letters at most whose upper case is "FM").
_FM_TEXTS = frozenset({"FM", "Fm", "fM", "fm"})


def _radio_names(toks: Sequence[Token], tags: list[Tag]) -> None:
    """The word before "أف أم" (or "FM") and the two letters are one ORG: "الجوهرة أف أم",
    "للجوهرة اف ام", "موزاييك FM", and with the letters in quotes, "الجوهرة "اف ام"" (the quotes
    go in the span)."""
    n = len(toks)
    for k in range(1, n):
        if len(toks[k].text) <= 2 and toks[k].text.upper() == "FM":  # upper() never shortens a text
            end = k + 1
        # folding keeps a word's length: a word of another length is no "اف" (read before folding it)
        elif k + 1 < n and toks[k].kind == "word" and len(toks[k].norm) == _FM_LEN \
                and (fold(toks[k].norm), fold(toks[k + 1].norm)) == _FM:
            end = k + 2
        else:
            continue
        first = k - 1
        if toks[first].text in QUOTES_OPEN and first > 0 and end < n and toks[end].text in QUOTES_CLOSE:
            first -= 1
            end += 1
        name = toks[first]
        if name.kind in ("word", "latin") and not tags[first].endswith("PER") and not is_predicate(name.norm) \
                and fold(name.norm) not in rule_words().function_words:
            tags[first:end] = ["B-ORG"] + ["I-ORG"] * (end - first - 1)


@gate(texts=QUOTES_OPEN)
def quoted_org_names(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A quoted name right after an organisation's head (``rules.yaml``'s ``org_heads`` and
    ``quoted_name_heads``) is an ORG, the head outside, as :func:`media_names` reads a channel's:
    'منظمة "أنا يقظ"', 'جمعية "نساء وذاكرة"', 'حزب "تحيا تونس"', 'لمجموعة "الإنقاذ"'.  The head has no
    article: 'الحزب "بخير"' (the party is "fine") names nothing."""
    texts = sentence_texts(toks)
    if QUOTES_OPEN.isdisjoint(texts):
        return
    rw = rule_words()
    flags = sentence_flags(toks)
    for k in [k + 1 for k, x in enumerate(texts[1:-1], start=1) if x in QUOTES_OPEN]:
        h = k - 2
        if tags[k] not in ("O", "B-LOC", "B-PER", "B-MISC") or toks[h].kind != "word":
            continue
        if toks[k].kind != "word" and (tags[h] == "I-ORG" or not opening_quote(toks, k - 1)):
            continue  # 'بمعهد الحرارية "2"': a number is the institute's
        if not opening_quote(toks, k - 1):
            # a quote apart from both words opens a name only when its first word is no particle nor verb ('منظمة
            # العفو الدولية " أن السلطات "' quotes a claim)
            if not _spaced_opening_quote(toks, texts, k - 1) or fold(toks[k].norm) in rw.function_words \
                    or is_predicate(toks[k].norm):
                continue
        elif tags[h] == "I-ORG" and (fold(toks[k].norm) in rw.function_words or is_predicate(toks[k].norm)):
            continue
        if tags[h] == "I-ORG":
            # the name of a body named by its chain before ('مركز تنمية المجتمع المدني " المغامرون من أجل التنمية "'):
            # an ORG of its own, the chain's stays
            a = h
            while a > 0 and tags[a] == "I-ORG":
                a -= 1
            if tags[a] == "B-ORG" and in_list(toks[a].norm, rw.activity_org_heads) and not flags[a] & ARTICLE \
                    and _governed(toks, a) and not _quoted_phrase(toks, k, gaz):
                _quoted_name(toks, tags, k)
            continue
        # the head untagged, or an ORG of its own that the name takes over ('حزب "تحيا تونس"'); a head
        # with the article tells of a body named before ('الحزب "بخير"', 'الوزارة "مخرج من ورطة"')
        if tags[h] not in ("O", "B-ORG") or flags[h] & ARTICLE:
            continue
        if (flags[h] & ORG_HEAD or in_list(toks[h].norm, rw.quoted_name_heads)) and not _quoted_phrase(toks, k, gaz) \
                and _quoted_name(toks, tags, k):
            tags[h] = "O"


#: Prepositions before a body's name that make it no verb's subject ("المنتمين إلى مركز …").
_HEAD_PREPOSITIONS = frozenset(fold(w) for w in ("إلى", "الى", "في", "من", "مع", "عن", "على", "لدى", "عبر"))


def _governed(toks: Sequence[Token], a: int) -> bool:
    """Is the head ``toks[a]`` governed by a preposition: one before it, or ل or ب on it ("إلى مركز", "لجمعية")?
    A quote after the name of a verb's subject is what the body said or called something ('وصفت وزارة الداخلية
    "الهجوم الإرهابي" بالجبان')."""
    word = fold(toks[a].norm)
    if word[:1] in "لب" or word[:2] in ("ول", "وب", "فل", "فب"):
        return True
    return a > 0 and fold(toks[a - 1].norm) in _HEAD_PREPOSITIONS


def _spaced_opening_quote(toks: Sequence[Token], texts: Sequence[str], q: int) -> bool:
    """Is token ``q`` a straight quote written apart from the words on both sides that opens a quotation: the
    sentence's quotes of its kind before it are even in number ('جمعية " المغامرون من أجل التنمية "')?"""
    quote = toks[q]
    if q == 0 or q + 1 >= len(toks) or toks[q - 1].end == quote.start or quote.end == toks[q + 1].start:
        return False
    return texts[:q].count(quote.text) % 2 == 0


def _quoted_phrase(toks: Sequence[Token], k: int, gaz: Gazetteer) -> bool:
    """Is what is quoted from ``k`` a phrase, no name: a preposition on its article ('الحركة "بالقاتل
    الصامت"'), or an indefinite adjective alone ('منظمة "إرهابية"': labelled terrorist)?"""
    word = fold(toks[k].norm)
    if has_article(toks[k].norm) and not word.startswith("ال"):
        return True
    return k + 1 < len(toks) and toks[k + 1].text in QUOTES_CLOSE and word.endswith(("يه", "ي")) \
        and not word.startswith("ال") and word in gaz.common


def _quoted_name(toks: Sequence[Token], tags: list[Tag], k: int) -> bool:
    """Tag as ORG the words from ``k`` to a closing quote (five at most), none of them a PER; were they?"""
    n = len(toks)
    end = k
    while end < n and end - k < 5 and toks[end].text not in QUOTES_CLOSE and toks[end].kind != "punct":
        end += 1
    if k < end < n and toks[end].text in QUOTES_CLOSE and not any(t.endswith("PER") for t in tags[k:end]):
        tags[k:end] = ["B-ORG"] + ["I-ORG"] * (end - k - 1)
        return True
    return False


def _known_name(toks: Sequence[Token], tags: list[Tag], k: int, first: str) -> bool:
    """Tag as ORG the longest media name starting at ``k`` whose first folded word is ``first`` (after
    a media head: a PER the tagger made of it too, "لوكالة فرانس برس"); was there one?"""
    m = _known_name_size(toks, tags, k, first, whole_per=True)
    if m:
        tags[k:k + m] = ["B-ORG"] + ["I-ORG"] * (m - 1)
    return bool(m)


def _outlet_word(tok: Token, rw: RuleWords) -> bool:
    """Is ``tok`` an outlet's word that ends a name (``outlet_words``: "نيوز", "24"), without the article (not the
    adjective "الإخبارية") and no time ("اليوم")?"""
    return (tok.kind == "number" and tok.text in rw.outlet_words) or (
        tok.kind == "word" and not has_article(tok.norm) and fold(tok.norm) in rw.outlet_words)


def _outlet_word_after(toks: Sequence[Token], k: int, rw: RuleWords) -> bool:
    """Is one of the two words after ``toks[k]`` an outlet's word (:func:`_outlet_word`)?  Then any media head
    names the outlet ("موقع اليمن نيوز"), not only an open one."""
    return any(_outlet_word(t, rw) for t in toks[k + 1:k + _MEDIA_WORDS])


#: Most words of a media name read after an open media head.
_MEDIA_WORDS = 3


def _unknown_name(toks: Sequence[Token], tags: list[Tag], k: int, gaz: Gazetteer, places: bool = False) -> None:
    """After an open media head without the article (``open_media_heads``; "القنوات الفضائية" is an
    adjective), the name-like words at ``k`` — no common word, adjective ("فصلية"), nationality or
    verb; a number or Latin word may follow ("فرانس 24") — are an ORG, the tagger's person there
    included ("إذاعة موزاييك", "قناة فرانس 24").  A known place after the head names the outlet only
    with ``places`` (a head of ``place_media_heads``), and then the head is in the ORG, as NewsFANE
    tags "تلفزيون دبي": "إذاعة قفصة" is the station, "قفصة" alone the town; after the other heads a
    place is left to the tagger ("قناة السويس", a canal).  The place may carry the article: "إذاعة الأندلس"."""
    n = len(toks)
    rw = rule_words()
    end = k
    named = False  # an outlet's word after the first ("اليمن" + "نيوز"): the head stays out
    ahead = _outlet_word_after(toks, k, rw)
    while end < n and end - k < _MEDIA_WORDS:
        tok = toks[end]
        word = fold(tok.norm)
        if tok.kind == "latin" or (tok.kind == "number" and end > k):
            end += 1
            continue
        # "إذاعة الأندلس"; after any head before an outlet's word ("موقع اليمن نيوز")
        place = end == k and gaz.place(word) is not None and (places or ahead)
        # "صحيفة اليمن نيوز": a name of its own, whose place is no outlet's name, and which the word ends ("وكالة
        # فرنس برس" + "بحذفها"); not "اليوم" (also today) nor an adjective ("GMA News" + "الإخبارية")
        if end > k and _outlet_word(tok, rw):
            end += 1
            named = True
            break
        if tok.kind != "word" or word in gaz.common or word in gaz.nisba or (has_article(tok.norm) and not place) \
                or (word.endswith("يه") and len(word) >= 5) or (end > k and word.startswith("و")) \
                or is_predicate(tok.norm) or word in rw.function_words or len(word) < 3 \
                or (end == k and not place and gaz.place(word) is not None):
            break
        end += 1
    if end == k or (end < n and tags[end].startswith("I-")) or (tags[k].startswith("I-")):
        return
    # the tagger's pieces of it: a place and an ORG of the outlet's word ("السودان" + "نيوز")
    if all(t == "O" or t[2:] in ("LOC", "PER") or (named and t[2:] == "ORG") for t in tags[k:end]):
        if places and not named and gaz.place(fold(toks[k].norm)) is not None:
            k -= 1  # a place's name: the head is part of the outlet's, as NewsFANE tags "تلفزيون دبي"
        tags[k:end] = ["B-ORG"] + ["I-ORG"] * (end - k - 1)


def _known_name_size(toks: Sequence[Token], tags: Sequence[Tag], k: int, first: str, whole_per: bool = False) -> int:
    """Words of the longest media name starting at ``k`` whose first folded word is ``first`` and that
    holds no PER (``whole_per``: or is exactly a PER), 0 if none."""
    if toks[k].kind != "word":
        return 0
    for name in rule_words().media_first.get(first, ()):
        m = len(name)
        if [fold(t.norm) for t in toks[k + 1:k + m]] != list(name[1:]):
            continue
        person = [t.endswith("PER") for t in tags[k:k + m]]
        if not any(person) or (whole_per and tags[k] == "B-PER" and all(person)
                               and (k + m >= len(tags) or tags[k + m] != "I-PER")):
            return m
    return 0


def is_media_name(word: str) -> bool:
    """Is the folded ``word`` a one-word media name of ``rules.yaml`` ("الجزيره"), after ل ("للجزيره")?"""
    names = rule_words().media_names
    # after ل the article loses its alif: "للجزيره", and as decoding cuts it, "لجزيره"
    return (word,) in names or (word.startswith("ل") and ("ا" + word,) in names) \
        or (word.startswith("لل") and ("ال" + word[2:],) in names)


def _town_nisba(word: str, gaz: Gazetteer) -> bool:
    """Is the folded ``word`` the nisba of a town or region with the article ("الصفاقسي" of صفاقس,
    "المنستيري" of المنستير, "الباجي" of باجة), not a country's ("التونسي")?"""
    if not word.startswith("ال") or word in gaz.nisba or word in gaz.common:  # "الدولي", "الإفريقي"
        return False
    if word.endswith("يه"):
        stem = word[2:-2]
    elif word.endswith("ي"):
        stem = word[2:-1]
    else:
        return False
    if len(stem) < 3:
        return False
    if gaz.place(stem) is not None or gaz.place("ال" + stem) is not None:
        return True
    # "الباجي" of باجة; the ة is restored only for an Arab town ("المولدي" is a given name, not مولده)
    place = gaz.place(stem + "ه") or gaz.place("ال" + stem + "ه")
    return place is not None and place.country in ARAB_COUNTRIES


@gate(CLUB_HEAD)
def club_names(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A club head with the article (``rules.yaml``'s ``club_heads``: "النادي", "الترجي", "النجم")
    and the town nisbas and ``club_words`` after it are one ORG ("النادي الصفاقسي", "الترجي الرياضي
    التونسي": after "الرياضي" a nationality belongs to the name), whether the tagger left the head
    untagged or tagged it alone; the head and "الرياضي" alone before ب + a town are a club too, the town left
    out ("الإتحاد الرياضي" + "ببن قردان"; not after a stadium's head, nor before a country: "بتونس")."""
    if not sentence_bits(toks) & CLUB_HEAD:
        return
    flags = sentence_flags(toks)
    rw = rule_words()
    n = len(toks)
    for h in range(n - 1):
        if not flags[h] & CLUB_HEAD or not flags[h] & ARTICLE or tags[h] not in ("O", "B-ORG"):
            continue
        if tags[h] == "O" and not rw.club_heads_common.isdisjoint(stems(toks[h].norm)):
            # "الشباب القيرواني" (Kairouan's youth), "الوفاق السطايفي": an ordinary noun, a club in a sentence about
            # sport only
            if not sport_sentence(toks, gaz):
                continue
        j = h + 1
        while j < n and tags[h] == "B-ORG" and tags[j] == "I-ORG":
            j += 1
        sport = any(fold(t.norm) in rw.club_words for t in toks[h + 1:j])
        k = j
        while k < n and k - h <= 4 and toks[k].kind == "word" and tags[k] == "O":
            word = fold(toks[k].norm)
            if word in rw.club_words:
                sport = True
            elif word in rw.club_nisbas:  # "النجم الساحلي", "النادي الإفريقي"
                pass
            elif word in gaz.nisba:
                if sport:
                    k += 1
                break
            elif not _town_nisba(word, gaz):
                break
            k += 1
        # "الإتحاد الرياضي" + "ببن قردان": before ب + a town the sport word makes a club, no stadium; the town
        # stays its LOC, as place_out_of_org leaves it ("نادي كرة القدم" + "بالحمامات")
        if sport and k < n and fold(toks[k - 1].norm) in rw.club_words and not in_list(toks[h].norm, rw.stadium_heads) \
                and _club_town_after_ba(toks, tags, k, gaz) > k:
            tags[h:k] = ["B-ORG"] + ["I-ORG"] * (k - h - 1)
            continue
        # "الملعب الرياضي" alone is a stadium: a sport word must be followed by a nisba
        if k > j and (k - j > 1 or fold(toks[k - 1].norm) not in rw.club_words or tags[h] == "B-ORG"):
            tags[h:k] = ["B-ORG"] + ["I-ORG"] * (k - h - 1)


def _club_town_after_ba(toks: Sequence[Token], tags: Sequence[Tag], k: int, gaz: Gazetteer) -> int:
    """Index after the town that ``toks[k]`` opens with the preposition ب, the tagger's place ("ببن" + "قردان",
    "بالمتلوي") or a town of the gazetteer it left untagged, no country ("بتونس" is the country's: "الاتحاد
    الرياضي بتونس" is no name); ``k`` when there is none."""
    tok = toks[k]
    if tok.kind != "word" or not tok.norm.startswith("ب") or len(tok.norm) < 3:
        return k
    if tags[k] == "B-LOC":
        end = chunk_end(tags, k)
    elif tags[k] == "O":
        end = k + 1
    else:
        return k
    place = gaz.place(" ".join([fold(tok.norm)[1:], *(fold(t.norm) for t in toks[k + 1:end])]))
    if (place is None and tags[k] == "O") or (place is not None and place.kind == "country"):
        return k
    return end


@gate(CLUB_HEAD)
def clubs_in_lists(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """Clubs named by a head with the article (``club_heads``) that :func:`club_names` leaves: the tagger's
    person, place or MISC made of the head and a town's nisba is the club ("الأولمبي الباجي", "الترجي
    الجرجيسي", "الملعب النابلي" read as a PER or a stadium; "الملعب" and the MISC "النابلي 8 ن 5" of a table);
    a head that names one club alone
    (``club_alone``: "الترجي") is its ORG; and an ORG that starts with a club and runs into the next club
    of a list or a table ends before its head ("النادي الإفريقي النادي البنزرتي", "النادي الصفاقسي الترجي
    الرياضي التونسي")."""
    if not sentence_bits(toks) & CLUB_HEAD:
        return
    rw = rule_words()
    flags, folds = sentence_flags(toks), sentence_folds(toks)
    n = len(toks)
    for h in range(n):
        if not flags[h] & CLUB_HEAD or not flags[h] & ARTICLE or toks[h].kind != "word":
            continue
        if not rw.club_heads_common.isdisjoint(stems(toks[h].norm)):
            # "منتدى الشباب لثقافة المواطنة" is no club that runs into the next: an ordinary noun ("الشباب", youth)
            # is a club's head in a sentence about sport only
            if not sport_sentence(toks, gaz):
                continue
        if tags[h] in ("B-PER", "B-LOC", "B-MISC"):
            e = chunk_end(tags, h)
            if e - h >= 2 and all(f in rw.club_words or f in rw.club_nisbas or _town_nisba(f, gaz)
                                  for f in folds[h + 1:e]):
                tags[h:e] = ["B-ORG"] + ["I-ORG"] * (e - h - 1)
        elif tags[h] == "O" and h + 1 < n and tags[h + 1] in ("B-PER", "B-LOC", "B-MISC") \
                and _town_nisba(folds[h + 1], gaz):
            e = chunk_end(tags, h + 1)  # "الملعب" + the MISC "النابلي 8 ن 5" of a table
            tags[h:e] = ["B-ORG", "I-ORG"] + ["O"] * (e - h - 2)
        elif tags[h] == "O" and folds[h] in rw.club_alone and (h + 1 == n or tags[h + 1] != "I-ORG"):
            e = h + 1
            while e < n and tags[e] == "O" and folds[e] in rw.club_words:
                e += 1  # "الترجي الرياضي (مباشر"
            tags[h:e] = ["B-ORG"] + ["I-ORG"] * (e - h - 1)
        elif tags[h] == "I-ORG":
            a = h - 1
            while a > 0 and tags[a] == "I-ORG":
                a -= 1
            if tags[a] == "B-ORG" and flags[a] & (CLUB_HEAD | CLUB_TOWN_HEAD) and h - a >= 2:
                tags[h] = "B-ORG"


@gate(bits=CLUB_TOWN_HEAD)
def club_of_town(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A club head without the article (``rules.yaml``'s ``club_town_heads``) right before a town or region of the
    gazetteer, no country, is the club named after it: "شبيبة القيروان", "ترجي جرجيس", "مستقبل المرسى", "اتحاد
    ساقية سيدي يوسف" are ORGs with their head, whatever the tagger made of them (a place, a person: "نجم
    المتلوي"); after "نادي" or "فريق" (``club_generic_heads``) the head stays out, as ANERcorp mostly tags it
    ("فريق باستيا", "بنادي الخور" → "الخور"), unless the tagger began the name with it, and so do the words
    after a foreign town of ``club_town_suffixes`` ("لنادي باريس سان جرمان"). A head that is an ordinary word
    before a town too (``club_town_heads_ambiguous``: "مستقبل تونس", "اتحاد المغرب العربي") only in a sentence
    about sport: a word of ``sport_words``, another club's head or a score ("2 - 0"). The tagger's person after
    a generic head that ends with a nationality is the club too ("بنادي حوريا كوناكري الغيني" → "حوريا
    كوناكري")."""
    if not sentence_bits(toks) & CLUB_TOWN_HEAD:
        return
    rw = rule_words()
    flags, folds = sentence_flags(toks), sentence_folds(toks)
    n = len(toks)
    for h in range(n - 1):
        if not flags[h] & CLUB_TOWN_HEAD or flags[h] & ARTICLE or toks[h].kind != "word":
            continue
        forms = set(stems(toks[h].norm)) & rw.club_town_heads
        if not forms:
            continue
        generic = not forms.isdisjoint(rw.club_generic_heads)
        if tags[h] == "I-ORG" and folds[h][:1] == "ل" and folds[h] not in forms:
            continue  # "الهيئة المديرة لشبيبة القيروان": the club's board
        k = h + 1
        if toks[k].kind != "word":
            continue
        # the name the tagger found, or began one word late ("حوريا" + the place "كوناكري" the gazetteer knows)
        late = generic and tags[k] == "O" and k + 2 < n and tags[k + 1] in ("B-PER", "B-LOC", "B-MISC", "B-ORG") \
            and toks[k + 1].kind == "word" and not folds[k].startswith("ال") and folds[k] not in gaz.common
        if generic and (tags[k] in ("B-PER", "B-LOC", "B-MISC") or late):
            e = chunk_end(tags, k + 1 if late else k)
            c = e - 1 if folds[e - 1] in gaz.nisba and folds[e - 1].startswith("ال") else e  # the club's end
            if c - k >= 2 and c < n and folds[c] in gaz.nisba and folds[c].startswith("ال") \
                    and (any(_club_town(f, gaz) for f in folds[k:c]) or sport_sentence(toks, gaz)):
                tags[k:e] = ["B-ORG"] + ["I-ORG"] * (c - k - 1) + ["O"] * (e - c)  # "بنادي حوريا كوناكري الغيني"
                continue
        listed = folds[k] in rw.club_common_towns  # "هلال الشابة"
        size = gaz.match_place(folds, k, (folds[k],)) or (1 if _club_town(folds[k], gaz) or listed else 0)
        for m in (3, 2):  # "نصر حسين داي", "مولودية باب الوادي": a listed district of several words
            if k + m <= n and " ".join(folds[k:k + m]) in rw.club_common_towns:
                listed, size = True, m
                break
        if size <= 1 and not listed and _club_country(folds[k], forms, toks, folds, flags, gaz):
            listed, size = True, 1  # "مولودية الجزائر": Algiers' club, in a sentence about sport
        if not size or not (listed or _club_town(" ".join(folds[k:k + size]), gaz)):
            continue
        if size == 1 and folds[k] in gaz.common and not listed:
            # a town that is an ordinary word too ("مساكن", houses): a Tunisian town, in a sentence about sport
            town = gaz.place(folds[k])
            if town is None or town.country != "TN" or not sport_sentence(toks, gaz):
                continue
        if size == 1 and (len(folds[k]) < 3 or folds[k] in gaz.particles or folds[k] == "الله" or (
                folds[k] in gaz.person_parts and not forms.isdisjoint(rw.club_town_heads_ambiguous))):
            continue  # "هلال بن مسعود", "نصر الله": a person's name ("بن" is Bonn too)
        if generic and size == 1 and folds[k] in gaz.person_parts and "B-ORG" not in (tags[h], tags[k]):
            continue  # "فريق لويس إنريكي": the coach's team
        e = k + size
        if (tags[k] == "B-ORG" and chunk_end(tags, k) >= e) or (tags[h] == "B-ORG" and chunk_end(tags, h) >= e):
            # the tagger's club already ("لنادي برشلونة", "نادي حمام الأنف"), but for a foreign club's last words
            # ("لنادي مانشستر" + "سيتي")
            end = chunk_end(tags, k if tags[k] == "B-ORG" else h)
            if not generic and tags[h] == "B-ORG" and end > e and not folds[e].startswith("ال") \
                    and folds[e] in gaz.common and folds[e] not in rw.club_town_suffixes:
                # "اتحاد الحراش" + "لحساب الجولة 18": the tagger ran the club into the ordinary words after it
                tags[e:end] = ["O"] * (end - e)
                continue
            e = end
            if not generic or e >= n or folds[e] not in rw.club_town_suffixes:
                continue
        if not forms.isdisjoint(rw.club_town_heads_ambiguous) and generic is False and not sport_sentence(toks, gaz):
            continue
        if generic:
            while e < n and e - k - size < 3 and folds[e] in rw.club_town_suffixes:
                e += 1  # "لنادي باريس سان جرمان"
        if e < n and folds[e] in rw.club_town_directions:
            e += 1  # "نادي الرفاع الشرقي": the town's direction is the club's
        s = k if generic and tags[h] != "B-ORG" else h  # "نادي حمام الأنف" the tagger began with its head
        # what the tagger's names overlapping the club were: out, or what is left of them after it
        tags[h:s] = ["O"] * (s - h)
        # a name before the head keeps its words ("أولمبيك الكاف ونادي الحمامات"), unless they are ordinary
        # words ("مقابلة مستقبل المرسى", "أمام ترجي جرجيس")
        a = h
        while a > 0 and tags[a].startswith("I-"):
            a -= 1
        if a < h and tags[a].startswith("B-") and all(f in gaz.common or f in rw.function_words for f in folds[a:h]):
            tags[a:h] = ["O"] * (h - a)
        b = e
        if b < n and tags[b].startswith("I-"):
            label, end = tags[b][2:], chunk_end(tags, b)
            if flags[b] & (CLUB_HEAD | CLUB_TOWN_HEAD):
                tags[b:end] = ["B-ORG"] + ["I-ORG"] * (end - b - 1)  # another club
            elif label == "PER" and gaz.common.isdisjoint(stems(toks[b].norm)) and folds[b] not in gaz.nisba \
                    and (folds[b].startswith("ال") or not has_article(toks[b].norm)):  # not "بالتوفيق"
                tags[b] = "B-PER"  # "لترجي جرجيس خليل شلندي": the person after the club
            else:
                tags[b:end] = ["O"] * (end - b)
        tags[s:e] = ["B-ORG"] + ["I-ORG"] * (e - s - 1)


def town_sport_club(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A town or district of the gazetteer (or ``club_common_towns``), no country nor ordinary word, right before a
    word of ``club_words`` ("الرياضي", "الرياضية") is the town's club, one ORG with it: "جندوبة الرياضية" (27 times
    in ANT 8500-10099, no name on main), "قرمبالية الرياضية", "الزهراء الرياضية", "المنزه الرياضي" (session 35).  Not
    after a head or a name ("قاعة الزهراء الرياضية", the hall; "ملعب"), nor a word the tagger made part of a longer
    name."""
    rw = rule_words()
    folds = sentence_folds(toks)
    if rw.club_words.isdisjoint(folds):
        return
    flags = sentence_flags(toks)
    n = len(toks)
    for k in range(n - 1):
        if folds[k + 1] not in rw.club_words or tags[k + 1] != "O" or toks[k].kind != "word" \
                or tags[k] not in ("O", "B-LOC") or (k + 1 < n - 1 and tags[k + 2].startswith("I-")):
            continue
        word = folds[k]
        if word[:1] == "و" and not _club_town(word, gaz) and _club_town(word[1:], gaz):
            word = word[1:]  # "والزهراء الرياضية"
        if word in gaz.common or word in gaz.person_parts \
                or not (_club_town(word, gaz) or word in rw.club_common_towns):
            continue
        if k and (tags[k - 1] != "O" or flags[k - 1] & (ORG_HEAD | CLUB_HEAD | CLUB_TOWN_HEAD | STADIUM_HEAD)
                  or _noun_before_town(toks[k - 1], folds[k - 1], flags[k - 1], gaz)):
            continue  # "قاعة الزهراء الرياضية": a head that governs the town
        tags[k:k + 2] = ["B-ORG", "I-ORG"]


def _noun_before_town(tok: Token, folded: str, bits: int, gaz: Gazetteer) -> bool:
    """Is ``tok`` an ordinary noun without the article that governs the name after it ("قاعة", "مدينة"): no particle,
    verb or predicate ("وفازت"), nor a word that folds to a given name ("على" as "علي")?"""
    if tok.kind != "word" or folded not in gaz.common or folded.startswith("ال") or folded in gaz.particles \
            or folded in rule_words().function_words or folded in gaz.person_parts or bits & PREDICATE:
        return False
    verbs = verb_forms()
    return not any(form in verbs for form in stems(tok.norm))


def _club_town(key: str, gaz: Gazetteer) -> bool:
    """Is the folded ``key`` a town or region of the gazetteer or of ``provinces.yaml`` (with the article or
    without: "المتلوي"), no country?"""
    place = gaz.place(key)
    if place is None and key.startswith("ال"):
        place = gaz.place(key[2:])
    return (place is not None and place.kind != "country") or key in gaz.towns


def _club_country(word: str, forms: set[str], toks: Sequence[Token], folds: Sequence[str], flags: Sequence[int],
                  gaz: Gazetteer) -> bool:
    """Is the folded ``word`` a country's name that names a club after a head that is no ordinary word nor a
    generic one (``forms``: "مولودية الجزائر", Algiers' Mouloudia; not "شباب تونس", "فريق الجزائر"), in a sentence
    about sport?"""
    rw = rule_words()
    if not forms.isdisjoint(rw.club_town_heads_ambiguous) or not forms.isdisjoint(rw.club_generic_heads):
        return False
    place = gaz.place(word)
    return place is not None and place.kind == "country" and sport_sentence(toks, gaz)


@gate(tags=("B-ORG", "I-ORG"))
def org_without_nationality(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An ORG whose last word is a nationality after a word without the article ends before it
    ("فرايبورغ الألماني", "ليل الفرنسي"): a club or company and its country, as ANERcorp tags them;
    "وزارة الخارجية الروسية", "الحزب الشيوعي الصيني" keep theirs."""
    if "B-ORG" not in tags and "I-ORG" not in tags:
        return
    for i, j, label in chunks(tags):
        if label != "ORG" or j - i < 2 or toks[j - 1].kind != "word" or toks[j - 2].kind != "word":
            continue
        if fold(toks[j - 1].norm) in gaz.nisba and not has_article(toks[j - 2].norm) \
                and not in_list(toks[j - 2].norm, rule_words().org_heads):
            tags[j - 1] = "O"


def club_by_nationality(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A city followed by a masculine nationality adjective is a club, the adjective left out as
    ANERcorp tags it ("هامبورغ الألماني", "موناكو الفرنسي", "اندرلخت البلجيكي"): a city is feminine
    in Arabic, so a masculine adjective agrees with the club ("النادي") the name stands for.  The
    city is the tagger's LOC of one or two words, or an untagged GeoNames city that is no ordinary
    word; never a country ("فرنسا")."""
    folds = sentence_folds(toks)
    nisba = gaz.nisba
    if nisba.keys().isdisjoint(folds):  # no nationality adjective
        return
    # the words that are one (the others pass): a club's name is read back from each
    for j in [j for j, word in enumerate(folds) if word in nisba]:
        tok = toks[j]
        if not j or tags[j] != "O" or tok.kind != "word" or not tok.norm.endswith("ي"):
            continue
        word = folds[j]
        if not (word.startswith("ال") and word.endswith("ي") and word in gaz.nisba):
            continue
        i = j - 1
        while i > 0 and tags[i].startswith("I-") and j - i < 2:
            i -= 1
        if tags[i] == "B-LOC" and j - i <= 2:
            name = " ".join(folds[i:j])
        elif tags[i] == "O" and i == j - 1 and toks[i].kind == "word":
            name = fold(toks[i].norm)
            if name in gaz.common or name in rule_words().function_words or len(name) < 3:
                continue
        else:
            continue
        if has_article(toks[i].norm):  # "القطر الليبي": a noun with the article and its adjective
            continue
        place = gaz.place(name)
        if (place is None and tags[i] == "O") or (place is not None and place.kind != "city"):
            continue
        tags[i:j] = ["B-ORG"] + ["I-ORG"] * (j - i - 1)


@gate(ORG_HEAD, ("B-ORG",))
def head_before_org(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An untagged organisation head without the article right before an ORG heads it, with the
    ل complement after it ("مكتب" + "الأمم المتحدة" + "لتنسيق الشؤون الإنسانية"); not a media
    head, which ANERcorp leaves out ("قناة المحور")."""
    if not sentence_bits(toks) & ORG_HEAD or "B-ORG" not in tags:
        return
    flags = sentence_flags(toks)
    n = len(toks)
    for h in range(n - 1):
        if (tags[h] != "O" or tags[h + 1] != "B-ORG" or not flags[h] & ORG_HEAD or flags[h] & (ARTICLE | MEDIA_HEAD)):
            continue
        j = h + 2
        while j < n and tags[j] == "I-ORG":
            j += 1
        # the chain as if it ran on from the ORG's last-but-one word, so "لتنسيق" may open it
        end = max(j, chain_end(toks, tags, j - 2))
        if not any(t.norm.startswith("ل") for t in toks[j:end]):
            end = j
        tags[h:end] = ["B-ORG"] + ["I-ORG"] * (end - h - 1)


def _place_after_preposition(word: str, gaz: Gazetteer) -> bool:
    """Is the normalized ``word`` ب or ل + a known place as written ("بنابل", "بالحمامات")?"""
    split = gaz.place_split(word)
    # "برس" of "فرانس برس" is no ب + "رس"
    if split is None or not split.prefix or len(split.stem) < 3 or fold(word) in gaz.entity_words:
        return False
    prefix = split.prefix[:-2] if split.article and not split.prefix.endswith("لل") else split.prefix
    form = fold(split.lemma_forms[0])  # "لسنة", "لكرة": a place that is also an ordinary word is not taken
    return bool(prefix) and prefix[-1] in "بل" and gaz.place(form) is not None and form not in gaz.common


@gate(tags=("B-ORG", "I-ORG"))
def place_out_of_org(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An ORG whose last word is ب or ل + a known place ends before it, and the place is a LOC
    ("الكوكايين بنابل", "نادي كرة القدم بالحمامات"); what remains stays an ORG only if it starts
    with an organisation head, and is more than that head alone without the article ("لحارس مدرسة بأكودة":
    a school, no name)."""
    if "B-ORG" not in tags and "I-ORG" not in tags:
        return
    rw = rule_words()
    for i, j, label in list(chunks(tags)):
        if label != "ORG" or j - i < 2 or toks[j - 1].kind != "word" \
                or not _place_after_preposition(toks[j - 1].norm, gaz):
            continue
        tags[j - 1] = "B-LOC"
        if not (in_list(toks[i].norm, rw.org_heads) or in_list(toks[i].norm, rw.club_heads)) \
                or (j - i == 2 and toks[i].kind == "word" and not has_article(toks[i].norm)
                    and in_list(toks[i].norm, rw.org_heads)):
            tags[i:j - 1] = ["O"] * (j - 1 - i)


@gate(tags=("B-ORG", "I-ORG"))
def complete_complement(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An ORG that starts with a head and ends with ل + an indefinite noun takes the definite word
    that completes it ("الاتحاد الدولي لكرة" + "القدم", "المرصد السوري لحقوق" + "الإنسان"; not "الريال
    لنيل" + "اللقب"); a head and an indefinite noun take the rest of their genitive chain
    ("جمعية شباب" + "التحدي للبيئة")."""
    if "B-ORG" not in tags and "I-ORG" not in tags:
        return
    rw = rule_words()
    n = len(toks)
    for i, j, label in list(chunks(tags)):
        if label != "ORG" or j - i < 2 or j >= n or tags[j] != "O" or toks[j].kind != "word":
            continue
        last, nxt = toks[j - 1], toks[j]
        if (last.kind == "word" and _is_head(toks[i]) and _lam_indefinite(last.norm) and fold(nxt.norm).startswith("ال")
                and not is_predicate(nxt.norm) and not in_list(nxt.norm, rw.chain_stops)
                and fold(nxt.norm) not in rw.function_words):
            tags[j] = "I-ORG"
        elif (j - i == 2 and _is_head(toks[i]) and not has_article(last.norm)
              and fold(nxt.norm) not in gaz.nisba):  # not "جامعة ريكو" + "اليابانية"
            # "جمعية شباب" + "التحدي للبيئة": the tagger stopped inside the genitive chain
            end = chain_end(toks, tags, i)
            if end > j:
                tags[j:end] = ["I-ORG"] * (end - j)


#: Most nouns coordinated into an organisation's ل complement ("للتربية والعلوم والثقافة"), and most
#: adjectives after each ("والصيد البحري").
MAX_COORDINATED, MAX_COORDINATED_ADJECTIVES = 3, 2
#: Words after a single coordinated word that show it is no part of the name but a participle with its
#: complement ("والصادرة عن", "والمنبثقة عن"), folded.
_PARTICIPLE_COMPLEMENTS = frozenset({"عن", "من"})


@gate(ORG_HEAD, ("B-ORG",))
def coordinated_complement(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An ORG that opens with a head and ends with its ل complement (and its adjectives) takes the definite
    nouns or adjectives coordinated to it, with their adjectives: "المنظمة التونسية للأمن" + "والمواطن" (or "و
    المواطن"), "الاتحاد الجهوي للفلاحة" + "والصيد البحري", "منظمة الأمم المتحدة للتربية" + "والعلوم والثقافة",
    "الهيئة العليا المستقلة للاتصال السمعي" + "والبصري"; so does a ministry or an authority named by one
    portfolio ("وزارة الصناعة" + "والتجارة", "هيئة الطرق" + "والمواصلات": ``portfolio_heads``, session 30).  Not another
    body ("والاتحاد الدولي", "والمنظمات", "والحكومة",
    "وزارة الداخلية" + "والجيش"), a relative ("والتي") or a participle ("والصادرة عن")."""
    if "B-ORG" not in tags or not sentence_bits(toks) & ORG_HEAD:
        return
    n = len(toks)
    for i, j, label in list(chunks(tags)):
        if label != "ORG" or j - i < 2 or j >= n or not _is_head(toks[i]) or toks[j - 1].kind != "word" \
                or not _definite(toks[j - 1].norm):
            continue
        complement = _ends_with_complement(toks, i, j, gaz)
        if not (complement or (_one_body(toks[i]) and _portfolio(toks, i + 1, j, gaz))):
            _coordinated_adjective(toks, tags, i, j, gaz)
            continue
        # after a ministry's portfolios no ل complement follows: ل + a word there is a verbal noun's object
        _coordinate(toks, tags, j, gaz, ("ب",) if complement else ("ب", "ل"), ministry=not complement,
                    constructs=complement != _COMPLETED_COMPLEMENT)


def _coordinate(toks: Sequence[Token], tags: list[Tag], j: int, gaz: Gazetteer, prepositions: tuple[str, ...], *,
                ministry: bool = False, constructs: bool = True) -> None:
    """Extend the ORG that ends at ``j`` over the nouns coordinated to its complement, with their adjectives
    (:func:`coordinated_complement`); after a ``ministry``'s portfolio one noun before "عن" is a portfolio
    too unless it is a participle ("وزارة الشؤون المحلية والبيئة عن"; elsewhere "والامتناع عن" is none).
    Without ``constructs`` only definite nouns are coordinated, no noun in construct nor one that governs a
    pronoun: after "لقوات الأمن الداخلي", "وإحياء الذكرى" is the next object of the sentence's noun, after
    "لخدمة المواطنين", "والدفاع عنهم" goes on the purpose."""
    n = len(toks)
    end, k = j, j
    for _ in range(MAX_COORDINATED):
        size = _coordinated_size(toks, tags, k, gaz)
        if not size or (_governs(toks, k + size, gaz, prepositions) and not _nisba_after_and(toks[k + size - 1])) \
                or (not constructs and ((size == 2 and toks[k].text != "و") or _governed_pronoun(toks, k + size))):
            break
        k += size
        adjectives = 0
        while (k < n and adjectives < MAX_COORDINATED_ADJECTIVES and tags[k] == "O"
               and _complement_adjective(toks[k], gaz)):
            k += 1
            adjectives += 1
        end = k
    if end == j + 1 and end < n and toks[end].kind == "word" and fold(toks[end].norm) in _PARTICIPLE_COMPLEMENTS \
            and (not ministry or _participle_shape(fold(toks[j].norm)[3:])):
        return  # one participle and its complement: "والصادرة عن", "والمنبثقة عن"; not "والبيئة" + "عن تعيين"
    tags[j:end] = ["I-ORG"] * (end - j)


#: Prepositions a verbal noun governs, folded, which a pronoun may end ("عنهم", "عليها", "منه").
_GOVERNING_PREPOSITIONS = ("عن", "علي", "من", "في", "الي")


def _governed_pronoun(toks: Sequence[Token], k: int) -> bool:
    """Is ``toks[k]`` a preposition with a pronoun, governed by the verbal noun before it ("والدفاع" + "عنهم":
    "لخدمة المواطنين والدفاع عنهم" is a purpose, no name's complement)?"""
    if k >= len(toks) or toks[k].kind != "word":
        return False
    word = fold(toks[k].norm)
    return any(word.startswith(p) and word[len(p):] in PRONOUN_SUFFIXES for p in _GOVERNING_PREPOSITIONS)


def _coordinated_adjective(toks: Sequence[Token], tags: list[Tag], i: int, j: int, gaz: Gazetteer,
                           least: int = 3) -> None:
    """An ORG of a head and a genitive chain that ends with a relative adjective takes one adjective of the
    same gender coordinated to it ("إدارة الشرطة الفنية" + "والعلمية"); not after a ministry's portfolio
    ("وزارة الداخلية" + "والخارجية" are two), nor after a head and one adjective (``least`` words at least: "الترجي
    الرياضي" + "والإفريقي" are two clubs; a security body's two words take one: "الشرطة الفنية والعلمية")."""
    if j - i < least or _one_ministry(toks[i]) or j >= len(toks) or tags[j] != "O" or toks[j].kind != "word":
        return
    last, nxt = fold(toks[j - 1].norm), fold(toks[j].norm)
    if not (_complement_adjective(toks[j - 1], gaz) and nxt.startswith("وال") and _nisba_after_and(toks[j])) \
            or last.endswith("يه") != nxt.endswith("يه") or nxt[1:] in rule_words().complement_stops \
            or nxt[1:] in gaz.nisba or nxt[3:] in gaz.nisba or (j + 1 < len(toks) and tags[j + 1].startswith("I-")):
        return
    tags[j] = "I-ORG"


def _nisba_after_and(tok: Token) -> bool:
    """Is ``tok`` a relative adjective with the article, after و or not ("والعلمية" of "للمخابر الجنائية
    والعلمية")? An adjective governs no object: ب after it starts no complement of its own ("بإدارة")."""
    word = fold(tok.norm)
    if word.startswith("و"):
        word = word[1:]
    return word.startswith("ال") and word.endswith(("ي", "يه")) and len(word) >= 6


def _participle_shape(stem: str) -> bool:
    """Has the folded ``stem`` (after و + the article) the shape of a participle: مفعول, منفعل, متفعل … with its م
    ("منبثقة", "متفرعة") or فاعلة ("صادرة")?"""
    return stem.startswith("م") or (len(stem) == 5 and stem[1] == "ا")


#: What :func:`_ends_with_complement` finds at an ORG's end: ل + a definite noun ("للأمن"), or the definite word
#: that completes a ل + indefinite noun or a verbal noun's preposition ("لوكالات الأسفار", "عن حقوق الإنسان").
_LAM_COMPLEMENT, _COMPLETED_COMPLEMENT = 1, 2


def _ends_with_complement(toks: Sequence[Token], i: int, j: int, gaz: Gazetteer) -> int:
    """Does the ORG ``toks[i:j]`` end with its ل complement ("للأمن"), or with one and its adjectives ("للاتصال
    السمعي", to which "والبصري" is coordinated): :data:`_LAM_COMPLEMENT`; or with the definite word that
    completes a ل + indefinite noun ("لوكالات الأسفار", to which "والسياحة" is coordinated; "لأبحاث الحج" +
    "والعمرة") or the object of a verbal noun's preposition ("للدفاع عن حقوق الإنسان" + "والحريات"):
    :data:`_COMPLETED_COMPLEMENT`; else 0."""
    m = j - 1
    while m > i and toks[m].kind == "word":
        if toks[m].norm.startswith("لل") and _definite(toks[m].norm):
            return _LAM_COMPLEMENT
        if _completes_complement(toks, i, m):
            return _COMPLETED_COMPLEMENT
        if m <= i + 1 or not _complement_adjective(toks[m], gaz):
            return 0
        m -= 1
    return 0


def _completes_complement(toks: Sequence[Token], i: int, m: int) -> bool:
    """Is ``toks[m]`` a definite word in construct with an indefinite noun that is ل's ("لوكالات الأسفار",
    "لمكافحة الفساد") or the object of a preposition a verbal noun governs ("للدفاع عن حقوق الإنسان"), all
    inside the ORG that starts at ``i``?"""
    if m - 1 <= i + 1 or not has_article(toks[m].norm) or toks[m - 1].kind != "word" \
            or has_article(toks[m - 1].norm) or toks[m - 1].norm.startswith("و"):
        return False
    if _lam_indefinite(toks[m - 1].norm):
        return True
    return m - 3 > i and toks[m - 2].kind == "word" and fold(toks[m - 2].norm) in _NAME_PREPOSITIONS \
        and toks[m - 3].kind == "word" and toks[m - 3].norm.startswith("لل")


#: Prepositions a name's verbal noun governs inside the name ("للوقاية من", "للتأمين على", "للدفاع عن"),
#: folded ("على" folds to "علي"); not في, which a place or a time follows ("للإحصاء في السعودية").
_NAME_PREPOSITIONS = frozenset({"علي", "من", "عن"})


@gate(ORG_HEAD, ("B-ORG",))
def governed_complement(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An ORG that opens with a head and ends with ل + a definite verbal noun takes the preposition that noun
    governs and its object: "الهيئة الوطنية للوقاية" + "من التعذيب", "الصندوق الوطني للتأمين" + "على المرض",
    "الهيئة الوقتية للإشراف" + "على", "الجمعية المغربية للدفاع" + "عن حقوق الإنسان".  Not a noun that is no
    verbal noun ("للشغل", "للأنباء", "للاجئين"), nor في ("المعهد الوطني للإحصاء في")."""
    if "B-ORG" not in tags or not sentence_bits(toks) & ORG_HEAD:
        return
    n = len(toks)
    for i, j, label in list(chunks(tags)):
        if label != "ORG" or j - i < 2 or j + 1 >= n or not _is_head(toks[i]) or toks[j - 1].kind != "word" \
                or not (toks[j - 1].norm.startswith("لل") and _definite(toks[j - 1].norm)):
            continue
        if tags[j] != "O" or tags[j + 1] != "O" or toks[j].kind != "word" or toks[j + 1].kind != "word" \
                or fold(toks[j].norm) not in _NAME_PREPOSITIONS or not _governing_noun(toks[j - 1]):
            continue
        end = j + 2 if has_article(toks[j + 1].norm) else _construct_end(toks, tags, j + 1)
        if end > j + 1 and toks[end - 1].kind == "word" and has_article(toks[end - 1].norm) \
                and not is_predicate(toks[end - 1].norm) and fold(toks[end - 1].norm) not in rule_words().chain_stops:
            tags[j:end] = ["I-ORG"] * (end - j)


def _governing_noun(tok: Token) -> bool:
    """Is ``tok`` لل + a verbal noun that governs a preposition: of a derived verb ("للتأمين", "للإشراف",
    "لمكافحة": :func:`.rulewords.verbal_noun_shape`), فعالة ("للوقاية", "للحماية") or فعال ("للدفاع")?"""
    stem = fold(tok.norm)[2:]  # after لل
    written = tok.text[2:]
    if stem.startswith("ت") and len(stem) == 5 and stem[2] == "ا":
        return False  # تفاعل governs none: "البنك التونسي للتضامن" + "من معلوم التسجيل" (exempted from)
    return verbal_noun_shape(stem, written) or (len(stem) == 5 and stem.endswith("ايه")) \
        or (len(stem) == 4 and stem[2] == "ا")


def _construct_end(toks: Sequence[Token], tags: Sequence[Tag], k: int) -> int:
    """Index after an indefinite noun at ``k`` and the definite word it is in construct with ("حقوق الإنسان"),
    or ``k`` when there is none; both untagged."""
    if k + 1 < len(toks) and tags[k + 1] == "O" and toks[k + 1].kind == "word" and has_article(toks[k + 1].norm) \
            and not has_article(toks[k].norm) and fold(toks[k].norm) not in rule_words().function_words:
        return k + 2
    return k


def _portfolio(toks: Sequence[Token], k: int, j: int, gaz: Gazetteer) -> bool:
    """Is ``toks[k:j]`` a ministry's first portfolio: one definite noun ("الصناعة"), a definite noun and its
    adjective ("الشؤون المحلية", "التعليم العالي", "الوظيفة العمومية"; not a country's: "الداخلية التونسية"),
    or a noun in construct with a definite one ("أملاك الدولة")?"""
    if j - k == 1:
        return True
    if j - k != 2 or toks[k].kind != "word" or toks[k + 1].kind != "word" or not _definite(toks[k + 1].norm):
        return False
    if not _definite(toks[k].norm):  # "أملاك الدولة"
        return fold(toks[k].norm) not in rule_words().function_words
    return _complement_adjective(toks[k + 1], gaz) and fold(toks[k + 1].norm)[2:] not in gaz.nisba


def _one_ministry(tok: Token) -> bool:
    """Is ``tok`` the head of one ministry, whose portfolios are coordinated in its name ("وزارة الفلاحة والموارد
    المائية والصيد البحري", "وزارة الصناعة والتجارة"; not the dual "وزارتي الداخلية والدفاع", two ministries)?"""
    return in_list(tok.norm, rule_words().ministry_heads) and not fold(tok.norm).endswith("تي")


def _one_body(tok: Token) -> bool:
    """Is ``tok`` the head of one body whose portfolios are coordinated in its name (``rules.yaml``
    ``portfolio_heads``: "وزارة الصناعة والتجارة", "هيئة الطرق والمواصلات"; not a dual "وزارتي", "هيئتي")?"""
    return in_list(tok.norm, rule_words().portfolio_heads) and not fold(tok.norm).endswith("تي")


def _coordinated_size(toks: Sequence[Token], tags: Sequence[Tag], k: int, gaz: Gazetteer) -> int:
    """How many tokens from ``toks[k]`` make و + a coordinated noun (:func:`_coordinated_noun`): 1 ("والمواطن"),
    2 when the conjunction is written apart ("و المواطن"), 0 for none; untagged."""
    n = len(toks)
    if k >= n or tags[k] != "O" or toks[k].kind != "word":
        return 0
    if toks[k].text == "و":
        nxt = k + 1
        ok = nxt < n and tags[nxt] == "O" and toks[nxt].kind == "word" and _coordinated_noun("و" + toks[nxt].norm, gaz)
        return 2 if ok else 0
    if _coordinated_noun(toks[k].norm, gaz):
        return 1
    return 2 if _coordinated_construct(toks, tags, k, gaz) else 0


def _coordinated_construct(toks: Sequence[Token], tags: Sequence[Tag], k: int, gaz: Gazetteer) -> bool:
    """Is ``toks[k]`` و + an ordinary noun without the article in construct with the definite word after it, both
    untagged: "معهد محمد القصاب للجبر" + "وتقويم الأعضاء", "المركز الوطني للطب" + "وعلوم الرياضة", "وزارة الأسرة"
    + "وشؤون المرأة"?  Not a word whose و is its own ("وسط", "وفد", "وزير"), a verb ("وقال", "ويعمل"), a function
    word, a title ("ومديرة الوحدة") or another head ("ومنظمة الأعراف", a club's: "هيئة شؤون الأسرى والمحررين" +
    "ونادي الأسير", session 30), nor before a place, a person's name or a nisba."""
    n = len(toks)
    if k + 1 >= n or tags[k + 1] != "O" or toks[k + 1].kind != "word" \
            or (k + 2 < n and tags[k + 2].startswith("I-")):
        return False
    word, nxt = fold(toks[k].norm), toks[k + 1]
    bare = word[1:]
    rw = rule_words()
    if not word.startswith("و") or word.startswith("وال") or len(bare) < 3 or bare[0] == "ي" \
            or bare not in gaz.common or word in gaz.common or bare in rw.function_words \
            or bare in rw.complement_stops or "ال" + bare in rw.complement_stops or bare in rw.chain_stops \
            or bare in verb_forms() \
            or is_predicate(toks[k].norm) or in_list(toks[k].norm, rw.org_heads) or in_list(toks[k].norm, rw.titles) \
            or in_list(toks[k].norm, rw.club_heads) or bare in gaz.person_parts:
        return False
    after = fold(nxt.norm)
    return nxt.norm.startswith("ال") and after not in gaz.nisba and after not in gaz.person_parts \
        and gaz.place_split(nxt.norm) is None and not gaz.is_loc_head(nxt.norm) and not in_list(nxt.norm, rw.titles) \
        and not in_list(nxt.norm, rw.org_heads) and after[2:] not in rw.function_words


def _coordinated_noun(norm: str, gaz: Gazetteer) -> bool:
    """Is the normalized ``norm`` و + a definite noun that may be coordinated into a ل complement ("والمواطن",
    "والعلوم"; not "والتي", "والحكومة", another head "والاتحاد" or its plural "والمنظمات", a title, a predicate,
    a feminine participle فاعلة ("والصادرة"), nor a verbal noun افتعال, whose ال is no article ("والتقاط")?"""
    word = fold(norm)
    rw = rule_words()
    if not word.startswith("وال") or len(word) < 6 or is_predicate(norm) or in_list(norm, rw.org_heads) \
            or in_list(norm, rw.titles):  # "والمدير العام"
        return False
    bare = word[1:]
    if bare in rw.complement_stops or bare in rw.function_words or bare in rw.chain_stops:
        return False
    stem = bare[2:]
    if stem.endswith("ات") and stem[:-2] + "ه" in rw.org_heads:  # "والمنظمات", "والجمعيات"
        return False
    if bare.startswith("الت") and bare in gaz.common and stem not in gaz.common:
        return False  # "والتقاط": و + a verbal noun افتعال, no article
    return not (len(stem) == 5 and stem[1] == "ا" and stem.endswith("ه"))  # "الصادرة", "الحاكمة"


def _governs(toks: Sequence[Token], k: int, gaz: Gazetteer, prepositions: tuple[str, ...]) -> bool:
    """Is ``toks[k]`` one of ``prepositions`` (ب, ل) + a word that is no place nor a place's head, the object
    of the verbal noun before it ("والقيام" + "بأعمال", "والتحضير" + "للمؤتمر"; not "والحرف" + "بقابس",
    "والمعادن" + "بالسعودية", "والفلك" + "بمدينة", where the name ends before its place)?"""
    if k >= len(toks) or toks[k].kind != "word":
        return False
    norm = toks[k].norm
    return (norm.startswith(prepositions) and gaz.place_split(norm) is None and not gaz.is_loc_head(norm)
            and fold(norm)[1:] not in gaz.nisba)  # "بالسعودية"


def _complement_adjective(tok: Token, gaz: Gazetteer) -> bool:
    """Is ``tok`` a definite relative adjective after a coordinated noun ("البحري", "الاجتماعية",
    "التقليدية", "العامين") or a feminine participle of a derived verb ("المتجددة", "المستدامة"), no ordinal,
    time word nor predicate?"""
    if tok.kind != "word":
        return False
    word = fold(tok.norm)
    participle = word.startswith(("المت", "المست")) and word.endswith("ه")  # "المتجددة", "المستدامة"
    return (word.startswith("ال") and (word.endswith(("ي", "يه", "ين")) or participle) and len(word) >= 6
            and not is_predicate(tok.norm) and word not in rule_words().chain_stops
            and word not in rule_words().complement_stops)


def outlet_names(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A media name that is nothing else (``rules.yaml``'s ``outlet_names``: "فرانس برس", "رويترز",
    "نيويورك تايمز"), with or without a proclitic, is an ORG wherever it is written, also when the
    tagger made a person or nothing of it ("بحسب ما نقلت فرانس برس", "وأضاف لفرانس برس"); not inside
    a longer name the tagger found ("وكالة فرانس برس" as one ORG stays)."""
    first = rule_words().outlet_first
    folds = sentence_folds(toks)
    if _outlet_forms().isdisjoint(folds):
        return
    n = len(toks)
    for k, f in enumerate(folds):
        names = first.get(f) or (first.get(f[1:]) if f[:1] in _CLITICS else None) or (
            first.get(f[2:]) if f[:2] in _CLITIC_PAIRS else None)
        if not names or toks[k].kind != "word":
            continue
        for name in names:
            m = len(name)
            if list(folds[k + 1:k + m]) != list(name[1:]):
                continue
            inside = (tags[k].startswith("I-") or (k + m < n and tags[k + m].startswith("I-")))
            if not inside and all(t == "O" or t.endswith(("PER", "MISC")) for t in tags[k:k + m]):
                tags[k:k + m] = ["B-ORG"] + ["I-ORG"] * (m - 1)
            break


def acronym_orgs(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An organisation named by an acronym with the article (``rules.yaml``'s ``acronym_orgs``), with or
    without a proclitic, is an ORG: untagged, or tagged alone as a person, a place or a MISC ("وأشارت
    الهايكا", "مطلوب لدى الانتربول", "في اليونسكو"), or at the end of a name the tagger ran on into from
    an ordinary word ("مدير عام الألكسو": the ORG "الألكسو"; "قرار اليونسكو نهاية": "اليونسكو").  Inside an
    ORG it stays ("منظمة اليونسكو").  So is a seat of power that stands for its government (``seat_names``:
    "الكرملين", "الإليزيه", "البنتاغون"), with its head before it (``seat_heads``: "بقصر الإليزيه")."""
    folds = sentence_folds(toks)
    if _acronym_forms().isdisjoint(folds):
        return
    forms, seats = _acronym_forms(), _seat_forms()
    for k, word in enumerate(folds):
        if word not in forms or toks[k].kind != "word" or tags[k].endswith("ORG"):
            continue
        if tags[k] != "O":
            i, j = _chunk_around(tags, k)
            if any(x != k and (folds[x] not in gaz.common or folds[x] in gaz.person_parts) for x in range(i, j)):
                continue  # a longer name of its own
            tags[i:j] = ["O"] * (j - i)
        tags[k] = "B-ORG"
        if word in seats and k > 0 and tags[k - 1] == "O" and toks[k - 1].kind == "word" \
                and not rule_words().seat_heads.isdisjoint(stems(toks[k - 1].norm)):
            tags[k - 1:k + 1] = ["B-ORG", "I-ORG"]


@gate(bits=CONFEDERATION)
def confederation_acronyms(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A sports confederation named by an acronym that is a town too (``rules.yaml``'s ``confederation_acronyms``:
    "الكاف", CAF, and Le Kef) is an ORG, not the town, right after a cup's or a competition's word
    (``confederation_cues``, a proclitic allowed: "كأس الكاف", "لكأس الكاف", "مسابقة الكاف"), after an office or a
    vote about it in a sentence about sport (``confederation_sport_cues``: "رئيس الكاف", "انتخابات الكاف"), or quoted
    or in brackets right after an ORG ('الاتحاد الإفريقي لكرة القدم "الكاف"').  Elsewhere it is the town ("ولاية
    الكاف", "بالكاف", "لاعب اولمبيك الكاف")."""
    rw = rule_words()
    folds = sentence_folds(toks)
    if rw.confederation_acronyms.isdisjoint(folds):
        return
    for k, word in enumerate(folds):
        if k == 0 or word not in rw.confederation_acronyms or tags[k] not in ("O", "B-LOC") \
                or (k + 1 < len(toks) and tags[k + 1].startswith("I-")):
            continue
        before = toks[k - 1]
        if before.kind == "word" and tags[k - 1] == "O":
            cue = stems(before.norm)
            if rw.confederation_cues.isdisjoint(cue) and (
                    rw.confederation_sport_cues.isdisjoint(cue) or not sport_sentence(toks, gaz)):
                continue
        elif not (k >= 2 and (before.text in QUOTES_OPEN or before.text == "(") and tags[k - 2][2:] == "ORG"):
            continue
        tags[k] = "B-ORG"


#: Most tokens of a name in Latin letters after its head ("Four Seasons Hotels and Resorts").
_LATIN_NAME_TOKENS = 6
#: Marks inside a Latin name, touching the words on both sides ("Phys.org", "mid-day", "AT&T").
_LATIN_JOINERS = frozenset({".", "-", "&", "'"})


def latin_name_after_head(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A name in Latin letters right after an untagged head without the article (``rules.yaml``'s
    ``latin_name_heads``; a proclitic allowed, the name in quotes too) is an ORG, the head left out: "لشبكة CNN",
    "شركة Polimovie", "موقع Phys.org", "قناة France 3" (a number after a Latin word), "فريق OurMine"; not "موقع" after
    "في" or with ب, a place ("في موقع Engare Sero", where footprints were found).  The name is
    untagged, or the tagger's name starts on it and stops inside it ("France" of "France 3"); one the tagger began on
    the head stays ("منظمة ICSS", "بنك ATB")."""
    kinds = sentence_kinds(toks)
    if "latin" not in kinds:
        return
    folds = sentence_folds(toks)
    heads = rule_words().latin_name_heads
    n = len(toks)
    for h in range(n - 1):
        if kinds[h] != "word" or tags[h] != "O" or has_article(toks[h].norm) or heads.isdisjoint(stems(toks[h].norm)):
            continue
        if "موقع" in stems(toks[h].norm) and (toks[h].norm.startswith(("ب", "وب")) or (h > 0 and folds[h - 1] == "في")):
            continue  # "في موقع Engare Sero": a site, the place where
        k = h + 1
        if kinds[k] != "latin" and toks[k].text in ('"', "«", "“") and k + 1 < n:
            k += 1
        if kinds[k] != "latin":
            continue
        e = k + 1
        while e < n and e - k < _LATIN_NAME_TOKENS:
            if kinds[e] == "latin" or (kinds[e] == "number" and kinds[e - 1] == "latin"):
                e += 1  # another word, or a number after a word ("France 3")
            elif toks[e].text in _LATIN_JOINERS and e + 1 < n and kinds[e + 1] == "latin" \
                    and toks[e + 1].start == toks[e].end and (toks[e].start == toks[e - 1].end or toks[e].text == "-"):
                e += 2  # "Phys.org", "mid-day", "DALY -PHARMA"
            else:
                break
        inside = tags[k:e]
        if all(t == "O" for t in inside) or (inside[0].startswith("B-") and (e >= n or not tags[e].startswith("I-"))):
            tags[k:e] = ["B-ORG"] + ["I-ORG"] * (e - k - 1)


def _chunk_around(tags: Sequence[Tag], k: int) -> tuple[int, int]:
    """The bounds of the name whose tag ``tags[k]`` is (not "O")."""
    i = k
    while i > 0 and tags[i].startswith("I-"):
        i -= 1
    return i, chunk_end(tags, i)


@lru_cache(maxsize=1)
def _acronym_forms() -> frozenset[str]:
    """The folded forms of ``acronym_orgs`` as written in a sentence: with the article, after one or two
    proclitics ("والهايكا", "بالناتو"), and after ل, which takes the article's alef ("للهايكا", "وللهايكا"); a form
    without the article after one or two proclitics ("ليونيسف", "وليونيسف")."""
    out: set[str] = set()
    for form in rule_words().acronym_orgs | rule_words().seat_names:
        if not form.startswith("ال"):  # written without the article ("يونيسف", "ليونيسف", "وبإيكواس")
            out.update((form, *(c + form for c in _CLITICS), *(p + form for p in _CLITIC_PAIRS)))
            continue
        lam = "ل" + form[1:]
        out.update((form, lam, *(c + form for c in _CLITICS), *(p + form for p in _CLITIC_PAIRS),
                    *(c + lam for c in "وف")))
    return frozenset(out)


@lru_cache(maxsize=1)
def _seat_forms() -> frozenset[str]:
    """The forms of :func:`_acronym_forms` that are seats of power (``seat_names``: "الإليزيه", "بالكرملين")."""
    seats = rule_words().seat_names
    return frozenset(f for f in _acronym_forms() if any(f.endswith(s[1:]) for s in seats))


@gate(ORG_HEAD, ("B-ORG",))
def indefinite_org_out(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An ORG that is only a head without the article and indefinite feminine nisbas after it names no body: "منظمة
    إغاثية دولية" (a relief organisation), "شركة صينية", "منظمة غير حكومية", as ANERcorp leaves such phrases
    untagged (12 of 12); not a name ("شركة سوني", "منظمة العفو الدولية")."""
    if "B-ORG" not in tags or not sentence_bits(toks) & ORG_HEAD:
        return
    folds = sentence_folds(toks)
    n = len(toks)
    for i, j, label in list(chunks(tags)):
        if label != "ORG" or j - i < 2 or not _is_head(toks[i]) or has_article(toks[i].norm):
            continue
        if folds[j - 1] == "غير" and j < n and tags[j] == "O" and toks[j].kind == "word" \
                and folds[j].endswith("يه") and not folds[j].startswith("ال"):
            j += 1  # "منظمة غير" + "حكومية"
        if not folds[j - 1].endswith("يه"):
            continue
        if all(t.kind == "word" and not folds[k].startswith("ال") and gaz.place_split(t.norm) is None
               and (folds[k] == "غير" or (folds[k].endswith("يه") and len(folds[k]) >= 5))
               for k, t in enumerate(toks[i + 1:j], i + 1)):
            tags[i:j] = ["O"] * (j - i)


@gate(tags=("B-ORG",))
def dual_not_org(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An ORG that is a name and a noun's dual too (the groups lexicon's ``dual_noun_names``: "طالبان", two
    students) is the dual, no ORG, where the groups stage reads the noun (:func:`_dual_next`): before a dual
    nisba ("أسرى محررون وطالبان جامعيان", "طالبان فلسطينيان"; the tagger's ORG may hold it), a word of
    ``dual_noun_next`` ("طالبان آخران") or a place of study ("طالبان بجامعة لافال", "طالبان في كلية الطب");
    "طالبان باكستان", "قالت طالبان" stay.  (After a plural of people, "صحفيين وطالبان", the groups stage still
    finds the group.)"""
    lex = group_lexicon()
    n = len(toks)
    for i in [i for i in tagged(tags, "B-ORG", 0, n) if toks[i].kind == "word"
              and any(f in lex.dual_noun_names for f in stems(toks[i].norm))]:
        j = chunk_end(tags, i)
        if (j == i + 2 and _dual_next(toks, i + 1, lex)) or (j == i + 1 and j < n and _dual_next(toks, j, lex)):
            tags[i:j] = ["O"] * (j - i)


def _dual_next(toks: Sequence[Token], k: int, lex: GroupLexicon) -> bool:
    """Does ``toks[k]`` make the dual name before it the common noun (as :func:`..groups.matcher._dual_noun`
    reads it): an indefinite dual nisba ("جامعيان", "تونسيين"), a word of ``dual_noun_next`` ("آخران"), or a
    place of study after ب or في ("بجامعة", "في كلية")?"""
    tok = toks[k]
    if tok.kind != "word":
        return False
    w = fold(tok.norm)
    if w in lex.dual_noun_next or (len(w) >= 5 and not w.startswith("ال") and w.endswith(("يان", "يين"))):
        return True
    if w == "في":
        return k + 1 < len(toks) and fold(toks[k + 1].norm) in lex.study_places
    return w[:1] == "ب" and w[1:] in lex.study_places


#: A proclitic letter before a name ("لرويترز", "وفرانس").
_CLITICS = frozenset("وفبلك")
#: Two proclitic letters before a name ("وبرويترز" is rare, "ولرويترز" too, but written).
_CLITIC_PAIRS = frozenset(c + p for c in "وف" for p in "بلك")


@lru_cache(maxsize=1)
def _outlet_forms() -> frozenset[str]:
    """The first word of every outlet name as :func:`outlet_names` reads it: bare, after one letter,
    or after a pair of proclitics (one set test per sentence)."""
    first = rule_words().outlet_first
    return frozenset(w for k in first for w in (k, *(c + k for c in _CLITICS), *(p + k for p in _CLITIC_PAIRS)))


def _conjoined_head(folded: str) -> bool:
    """Is the folded word و + an organisation head, with or without the article ("وشركه", "والحزب",
    "ووزاره"; not "وزاره" itself, a head that starts with و)?"""
    if not folded.startswith("و") or len(folded) < 4:
        return False
    rest = folded[1:]
    heads = rule_words().org_heads
    return rest in heads or (rest.startswith("ال") and rest[2:] in heads)


@gate(ORG_HEAD, ("I-ORG",))
def split_coordinated_orgs(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An ORG that opens with a head and runs on into و + another head is two organisations ("شركة
    إيرباص وشركة بوينغ", "جامعة الدول العربية ومنظمة التعاون الإسلامي", "الحزب الجمهوري والحزب
    الديمقراطي"); a name coordinated without a second head stays whole ("وزارة التجارة والصناعة")."""
    if "I-ORG" not in tags or not sentence_bits(toks) & ORG_HEAD:
        return
    flags, folds = sentence_flags(toks), sentence_folds(toks)
    for i, j, label in chunks(tags):
        if label != "ORG" or j - i < 3 or not flags[i] & ORG_HEAD:
            continue
        for k in range(i + 2, j):
            if flags[k] & ORG_HEAD and toks[k].kind == "word" and _conjoined_head(folds[k]):
                tags[k] = "B-ORG"


@gate(tags=("B-ORG",))
def org_stops_at_clause(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """Cut an organisation where its name cannot go on: after a definite word, at a word without the
    article that is an imperfect verb ("منظمة الصحة تحذر", "حزب المؤتمر يستنكر", "الجبهة الشعبية
    ستصوت"), an ordinary word ("منظمة الالكسو قصد", "البنك المركزي يصدر") or ل/ب + a demonstrative
    ("رئاسة الحكومة لهذه"); and after a head in construct with a definite common noun, at ل + an
    indefinite noun, a purpose ("وزارة الصحة لمراقبة المسابح", "رئاسة الحكومة لإمضاء الاتفاق"; a name
    keeps its complement after an adjective: "الهيئة الوطنية لمكافحة الفساد").  Any name ends at ل + a
    verbal noun of one errand (``purpose_nouns``: "مركز الأمن لمواصلة الأبحاث", "المستشفى الجهوي لاستكمال
    الإجراءات") or at ل + a definite verbal noun with "مع" + a pronoun after it ("للتحقيق معه")."""
    if "B-ORG" not in tags:
        return
    for i, j, label in chunks(tags):
        if label != "ORG" or j - i < 2 or _quoted(toks, i, j):
            continue
        for k in range(i + 1, j):
            if _errand(toks, k):
                tags[k:j] = ["O"] * (j - k)
                break
        else:
            _stop_at_clause(toks, tags, gaz, i, j)


#: "مع" with a pronoun, folded ("للتحقيق معه").
_WITH_PRONOUN = frozenset({"معه", "معها", "معهم", "معهما", "معهن"})


def _errand(toks: Sequence[Token], k: int) -> bool:
    """Is ``toks[k]`` ل + a verbal noun of one errand ("لمواصلة", "لتلقي", "للاستماع"; ``purpose_nouns``),
    or ل + a definite verbal noun followed by "مع" + a pronoun ("للتحقيق معه", "للتحري معهم")?"""
    tok = toks[k]
    if tok.kind != "word" or not tok.norm.startswith("ل"):
        return False
    word = fold(tok.norm)[1:]
    if word.startswith("ل"):
        word = "ا" + word
    if word in rule_words().purpose_nouns:
        return True
    return word.startswith("ال") and k + 1 < len(toks) and fold(toks[k + 1].norm) in _WITH_PRONOUN \
        and verbal_noun_shape(word[2:])


def _stop_at_clause(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer, i: int, j: int) -> None:
    """:func:`org_stops_at_clause` on the ORG ``toks[i:j]`` once no errand cut it."""
    for k in range(i + 1, j):
        if toks[k].kind != "word" or toks[k - 1].kind != "word" or not has_article(toks[k - 1].norm) \
                or fold(toks[k - 1].norm) in rule_words().eponym_titles:  # "مؤسسة الشيخ عيد آل ثاني"
            continue
        if _not_name_after_definite(toks[k].norm, gaz) or _purpose_after_construct(toks, i, k, gaz):
            tags[k:j] = ["O"] * (j - k)
            break


def _quoted(toks: Sequence[Token], i: int, j: int) -> bool:
    """Is the name ``toks[i:j]`` quoted, or a quote inside it: a quoted name may be a sentence
    ('منظمة "الشباب يقرر"')?"""
    return any(t.text in QUOTES_OPEN or t.text in QUOTES_CLOSE for t in toks[max(i - 1, 0):j])


def _not_name_after_definite(norm: str, gaz: Gazetteer) -> bool:
    """Is the normalized ``norm``, after a definite word of a name, no continuation of it: an imperfect
    verb ("تحذر", "يستنكر", "ستصوت"), an ordinary word the corpora know ("قصد", "يصدر"), or ل/ب + a
    demonstrative ("لهذه")?  Never a word with the article, nor a name the tables know ("تايمز" of
    "الصنداي تايمز", "نيوز")."""
    word = fold(norm)
    if has_article(norm) or word in gaz.entity_words or word in gaz.person_parts:
        return False
    if word[:1] in ("ل", "ب") and word[1:] in rule_words().function_words:
        return True
    if word in gaz.common:
        return not word.startswith(("و", "ل", "ب"))  # "لحقوق", "وحقوق": a complement or a second name
    return imperfect_shape(word) and gaz.place_split(norm) is None


#: Prepositions a verbal noun governs ("للحفاظ على", "للحد من", "للبحث في"), folded ("على" folds to "علي").
_GOVERNED_PREPOSITIONS = frozenset({"علي", "من", "في", "عن", "الي"})


def _purpose_after_construct(toks: Sequence[Token], i: int, k: int, gaz: Gazetteer) -> bool:
    """Is ``toks[k]`` ل + an indefinite verbal noun after a name ``toks[i:k]`` made of a head without the
    article and definite common nouns ("وزارة الصحة" + "لمراقبة", "مجلس نواب الشعب" + "لإعادة"; not
    "صندوق تنمية القدرة التنافسية" + "لقطاع السياحة", nor the head of another body: "مكتب المؤتمر الوطني"
    + "لاتحاد الشغل")?  Or ل + a definite noun that governs a preposition ("وزارة الشؤون الدينية" + "للحفاظ
    على"; a name's complement with the article after an adjective stays: "الهيئة الوطنية للوقاية من التعذيب")?"""
    norm = toks[k].norm
    if not norm.startswith("ل") or has_article(toks[i].norm) or _is_head(toks[k]):
        return False
    if has_article(norm):
        if not (norm.startswith("لل") and k + 1 < len(toks) and fold(toks[k + 1].norm) in _GOVERNED_PREPOSITIONS):
            return False
    elif not verbal_noun_shape(fold(norm)[1:], toks[k].text[1:]):
        return False
    chain = [fold(t.norm) for t in toks[i + 1:k] if has_article(t.norm)]
    if not chain or not all(w in gaz.common and w not in gaz.entity_words for w in chain):
        return False
    # a known name goes on ("مجلس التعاون لدول الخليج العربية")
    folds = [fold(t.norm) for t in toks[i:k + 1]]
    names = _known_org_names(toks[i].norm).get(folds[1], ()) if len(folds) > 1 else ()
    return not any(len(name) > k - i and name[1:k - i + 1] == tuple(folds[1:]) for name in names)


@gate(COMPANY | PRODUCT, ("B-PER", "B-MISC", "B-LOC"))
def brands_not_persons(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A person or MISC name made of a company's name (``rules.yaml``'s ``companies``) is the company,
    an ORG ("سامسونغ تعلن", "شركة \"هواوي\""); a person or place named by a product, with its maker or
    not, is none ("هواتف آيفون", "مثل سامسونغ غالاكسي", "هواتف الأندرويد")."""
    if not sentence_bits(toks) & (COMPANY | PRODUCT):
        return
    flags = sentence_flags(toks)
    for i, j, label in list(chunks(tags)):
        if label not in ("PER", "MISC", "LOC") or not flags[i] & (COMPANY | PRODUCT):
            continue
        if not all(f & (COMPANY | PRODUCT) for f in flags[i:j]) \
                and " ".join(fold(t.norm) for t in toks[i:j]) not in rule_words().companies:  # "رولز رويس"
            continue
        if any(f & PRODUCT for f in flags[i:j]):
            if label != "MISC":
                tags[i:j] = ["O"] * (j - i)
        elif label != "LOC" and (label == "PER" or j - i == 1):
            tags[i:j] = ["B-ORG"] + ["I-ORG"] * (j - i - 1)


@gate(texts=("إكس", "اكس", "أكس"))
def platform_after_head(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A platform whose name is also a letter or a word (``head_platforms``: "إكس", X) is an ORG after a
    platform's head (``platform_heads``: "منصة", "تطبيق", "موقع", a proclitic allowed), bare or quoted, the head
    outside as :func:`platform_names` leaves "موقع « غوغل »": "في تغريدة على منصة إكس" (the tagger's PER),
    'عبر منصة "إكس"' (its MISC).  Not "إكس" alone ("أشعة إكس", the letter)."""
    rw = rule_words()
    n = len(toks)
    for k in range(1, n):
        if toks[k].kind != "word" or fold(toks[k].norm) not in rw.head_platforms:
            continue
        quoted = toks[k - 1].text in QUOTES_OPEN and k + 1 < n and toks[k + 1].text in QUOTES_CLOSE
        h = k - 2 if quoted else k - 1
        if h < 0 or toks[h].kind != "word" or not in_list(toks[h].norm, rw.platform_heads) or tags[h] != "O":
            continue
        if (k + 1 < n and tags[k + 1].startswith("I-")) or tags[k].startswith("I-"):
            continue
        tags[k] = "B-ORG"


def _platform_size(toks: Sequence[Token], folds: Sequence[str], i: int) -> int:
    """How many words of ``toks`` from ``i`` are a platform's or a rating agency's name (``rules.yaml``'s
    ``platforms``, ``rating_agencies``), 0 if none: the first word with its proclitics and article ("بالفيسبوك"),
    the others as written ("فيس" + "بوك")."""
    table = rule_words().alone_orgs
    names = next((table[f] for f in stems(toks[i].norm) if f in table), ())
    return next((len(name) for name in names if tuple(folds[i + 1:i + len(name)]) == name[1:]), 0)


@gate(PLATFORM)
def platform_names(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A social platform or messaging service named alone (``rules.yaml``'s ``platforms``: "على فيسبوك", "عبر
    تويتر", "على الفايسبوك", "فيس بوك") is an ORG, as ANERcorp tags "جوجل": untagged, or tagged as a name of
    its own of another label (a MISC, a LOC "يوتيوب"); a person the tagger began on it ends after it ("لمؤسس
    الفايسبوك مارك زوكربيرغ" → the ORG and the PER).  A name it is part of stays ("شركة فيسبوك"), and so does a
    product named after it (``platform_products``: "فيسبوك لايف", "غوغل إيرث").  So is a credit rating agency
    (``rating_agencies``: "فيتش رايتنغ", "ستاندرد آند بورز", "موديز"; session 33)."""
    if not sentence_bits(toks) & PLATFORM:
        return
    folds = sentence_folds(toks)
    n = len(toks)
    for i in [i for i, f in enumerate(sentence_flags(toks)) if f & PLATFORM]:
        size = _platform_size(toks, folds, i)
        if not size:
            continue
        k = i + size
        if k < n and folds[k] in rule_words().platform_products:
            continue  # "فيسبوك لايف": a product of the platform
        tag = tags[i]
        if tag == "O":
            if all(t == "O" for t in tags[i + 1:k]) and (k >= n or not tags[k].startswith("I-")):
                tags[i:k] = ["B-ORG"] + ["I-ORG"] * (size - 1)
        elif tag.startswith("B-") and tag != "B-ORG":
            end = chunk_end(tags, i)
            if end == k or (end < k and all(t == "O" for t in tags[end:k])
                            and (k >= n or not tags[k].startswith("I-"))):  # "ستاندرد" + "آند بورز"
                tags[i:k] = ["B-ORG"] + ["I-ORG"] * (size - 1)
            elif end > k and tag == "B-PER":
                tags[i:k + 1] = ["B-ORG"] + ["I-ORG"] * (size - 1) + ["B-PER"]
