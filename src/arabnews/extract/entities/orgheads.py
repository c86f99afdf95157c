"""Organisation names found from their heads (part of the ORG rules; :mod:`.orgs` lists them all).

- :func:`extend_org_chain` — an ORG that starts with a head ("وزارة", "المرصد", "المنظمة") runs to
  the end of the genitive chain after the head ("المرصد السوري لحقوق الإنسان", "المنظمة الدولية
  للهجرة", "الرئاسة العامة لشؤون المسجد الحرام");
- :func:`org_from_head` — an untagged head starting such a chain of two words or more is an ORG;
- :func:`bare_ministry`, :func:`activity_institution` — an untagged "وزارة" or activity's head and its chain;
- :func:`ministry_nationality` — "وزارة الداخلية السعودية" is one ORG (the tagger saw the country);
- :func:`council_of_state` — "مجلس النواب المصري": a state's chamber or cabinet with its nisba;
- :func:`org_takes_nationality` — "الهلال الأحمر المصري": a body each state has takes its nisba;
- :func:`institution_of_place` — "جامعة الكويت": a university and the place it is named after;
- :func:`named_council` — "المجلس" and an adjective that names a body ("المجلس الوطني التأسيسي",
  "المجلس الرئاسي") is an ORG without a ل complement;
- :func:`militia_names`, :func:`named_party`, :func:`national_bodies` — militias, parties, a state's bodies;
- :func:`known_orgs`, :func:`known_org_ends` — a known organisation's name that the tagger left untagged is
  an ORG ("صندوق النقد الدولي", "محكمة العدل الدولية": ``rules.yaml``'s ``known_orgs`` and ``org_names.json``);
- :func:`un_agency_names`, :func:`airline_names`, :func:`court_of_city` — UN bodies, airlines, courts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from ...lang.ar import clitic_splits, fold, words
from ...memo import remember
from ...text.tokenize import Token
from .bio import Tag, chunk_end, chunk_list, chunks, tag_set
from .gates import gate
from .gazetteer import Gazetteer
from .rulewords import (
    AIRLINE_HEAD,
    ARTICLE,
    COUNCIL_HEAD,
    COURT_HEAD,
    INSTITUTION_HEAD,
    INSTITUTION_PHRASE_FIRST,
    NATIONAL_BODY_HEAD,
    ORG_FIRST,
    ORG_HEAD,
    PARTY_HEAD,
    SERVICE_FORM,
    flagged,
    has_article,
    in_list,
    is_predicate,
    rule_words,
    sentence_bits,
    sentence_flags,
    sentence_folds,
    stems,
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


@gate(tags=("I-ORG",))  # an ORG of 2+ words
def extend_org_chain(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An ORG whose first word is a head and which stops before a complement ل + article takes that
    one word ("المنظمة الدولية" + "للهجرة").  Only that: ANERcorp ends most ORGs before a trailing
    adjective ("مجلس الأمن" of "مجلس الأمن الدولي"), and a ل + indefinite word is as often a
    purpose ("البنك التجاري لتحقيق النجاح")."""
    if "B-ORG" not in tag_set(tags) and "I-ORG" not in tag_set(tags):
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
    (ANERcorp: "الجمعية العمومية العادية" + "للبنك التجاري", "الجمعية العامة" + "للأمم المتحدة").
    A ministry's portfolio names no body alone: an ORG that opens with the article right after an untagged "وزارة"
    (``ministry_heads``, with or without a proclitic) takes it in ("الناطق الرسمي باسم وزارة" + "الدفاع الوطني،",
    ANT 2285, 2429, 2939 …); after the other heads the ORG may be a body of its own ("هيئة" + "النادي الإفريقي",
    the club's board; "جامعة" + "الأزهر")."""
    ministries = rule_words().ministry_heads
    for k, j, label in chunk_list(tags):
        if label == "ORG" and k > 0 and tags[k - 1] == "O" and toks[k - 1].kind == "word" \
                and in_list(toks[k - 1].norm, ministries) and not has_article(toks[k - 1].norm) \
                and toks[k].kind == "word" and has_article(toks[k].norm) and not toks[k].norm.startswith("لل"):
            tags[k - 1:j] = ["B-ORG"] + ["I-ORG"] * (j - k)
            continue
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
    if "B-ORG" not in tag_set(tags):
        return
    heads = rule_words().ministry_heads
    n = len(toks)
    for i, j, label in chunk_list(tags):
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


@gate(bits=COUNCIL_HEAD)
def named_council(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An untagged "المجلس" (``rules.yaml``'s ``council_heads``, with the article, a proclitic
    allowed) followed by an adjective of ``council_adjectives`` and the relative adjectives after it
    is an ORG without a ل complement: a named body ("المجلس الوطني التأسيسي", "المجلس الرئاسي";
    "المجلس الوطني قالت" ends at the verb, "بالمجلس الوطني التأسيسي الجلسة العامة" before the
    subject)."""
    rw = rule_words()
    _named_bodies(toks, tags, rw.council_heads, rw.council_adjectives, _council_adjective)


@gate(bits=COUNCIL_HEAD)
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


@gate(tags=("B-ORG",))
def org_takes_nationality(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An ORG that ends with a name of ``rules.yaml``'s ``nationality_taking_names`` (a body each state has
    one of) takes the country's masculine nisba the tagger left after it ("الهلال الأحمر" + "المصري",
    "المصرف المركزي" + "الإماراتي"); not a feminine one nor a nisba a name goes on after."""
    if "B-ORG" not in tag_set(tags):
        return
    for i, j, label in chunk_list(tags):
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
    if "B-LOC" not in tag_set(tags) and _phrase_seconds().isdisjoint(sentence_folds(toks)):
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
    if "B-MISC" not in tag_set(tags):
        return
    rw = rule_words()
    heads = rw.militia_heads

    def name_word(tok: Token) -> bool:
        word = fold(tok.norm)
        return tok.kind == "word" and not has_article(tok.norm) and word not in gaz.nisba \
            and word not in gaz.person_parts and word not in rw.figure_first_words \
            and not word.endswith(("يه", "يين", "يون"))

    for i, j, label in chunk_list(tags):
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


@gate(bits=PARTY_HEAD)
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


@gate(bits=NATIONAL_BODY_HEAD)
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


@lru_cache(maxsize=1)
def _service_forms() -> frozenset[str]:
    """The folded forms of ``national_service_heads`` with their proclitics: "البريد", "والبريد", "للبريد",
    "بالبريد", "وللبريد"."""
    out: set[str] = set()
    for head in rule_words().national_service_heads:
        lam = "ل" + head[1:]  # ل + the article: "للبريد"
        for form in (head, "ب" + head, "ك" + head, lam):
            out.update((form, "و" + form, "ف" + form))
    return frozenset(out)


@gate(bits=SERVICE_FORM)
def national_services(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An untagged noun of ``national_service_heads`` with the article (a proclitic allowed) and a country's
    nisba right after it, untagged too and no name going on after it, is that state's service, an ORG: "البريد
    التونسي", "للبريد التونسي", "الديوانة التونسية", "الإذاعة الجزائرية", with an adjective of
    ``national_service_adjectives`` after the nisba ("الإذاعة الإسرائيلية العامة"); not "البريد الإلكتروني", nor
    "التلفزيون المصري", which the corpora leave untagged."""
    folds = sentence_folds(toks)
    forms = _service_forms()
    n = len(toks)
    for i in range(n - 1):
        if folds[i] not in forms or tags[i] != "O" or tags[i + 1] != "O" or toks[i + 1].kind != "word" \
                or folds[i + 1] not in gaz.nisba or (i + 2 < n and tags[i + 2].startswith("I-")):
            continue
        end = i + 2
        if end < n and tags[end] == "O" and folds[end] in rule_words().national_service_adjectives \
                and not (end + 1 < n and tags[end + 1].startswith("I-")):
            end += 1  # "الإذاعة الإسرائيلية العامة"
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


@gate(tags=("I-ORG",))  # an ORG of 3+ words
def known_org_ends(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An ORG that runs on from a known organisation's whole name ending in a complement with ل (``known_orgs``,
    ``org_names.json``) into a definite word that is no adjective ends with the name: the word (and its adjectives) is
    the verb's object or the next phrase's ("وأعلنت الهيئة العليا المستقلة للانتخابات النتائج" gave an ORG with
    "النتائج"); not an adjective ("… للانتخابات البلدية") nor a word with a proclitic ("بسوسة")."""
    folds = sentence_folds(toks)
    for i, j, label in chunk_list(tags):
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
    for a, b, label in chunk_list(tags):
        if label != "ORG" or b - a != 2 or a == 0 or tuple(folds[a:b]) != _UN or tags[a - 1] != "O" \
                or toks[a - 1].kind != "word" or heads.isdisjoint(stems(toks[a - 1].norm)) or b >= n \
                or tags[b] != "O":
            continue
        end = chain_end(toks, tags, a - 1)
        if end > b and all(t == "O" for t in tags[b:end]):
            tags[a - 1:end] = ["B-ORG"] + ["I-ORG"] * (end - a)


@gate(AIRLINE_HEAD)
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


@gate(COURT_HEAD)
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


def _free(tags: Sequence[Tag], i: int, end: int) -> bool:
    """Can the words ``i + 1`` to ``end`` join the name that starts at ``i``: untagged or in names (no
    person) that start inside it, and no name going on after it?  ("المفوضية السامية للأمم المتحدة
    لشؤون اللاجئين", whose "الأمم المتحدة" the tagger found alone; "مجلس التعاون لدول الخليج العربية"
    and its LOC "الخليج")"""
    return end <= len(tags) and (end == len(tags) or not tags[end].startswith("I-")) \
        and all(t == "O" or (not t.endswith("PER") and (t[:2] == "B-" or k > i + 1))
                for k, t in enumerate(tags[i + 1:end], i + 1))


#: Prepositions a verbal noun governs ("للحفاظ على", "للحد من", "للبحث في"), folded ("على" folds to "علي").
_GOVERNED_PREPOSITIONS = frozenset({"علي", "من", "في", "عن", "الي"})
