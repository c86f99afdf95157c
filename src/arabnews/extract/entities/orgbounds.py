"""Where an organisation's name ends (part of the ORG rules; :mod:`.orgs` lists them all).

- :func:`place_out_of_org` — an ORG does not end with ب + a place ("الكوكايين بنابل");
- :func:`complete_complement` — an ORG ending with "لكرة" takes "القدم", "جمعية شباب" takes
  "التحدي للبيئة";
- :func:`governed_complement` — "الهيئة الوطنية للوقاية من التعذيب": a verbal noun's preposition and object;
- :func:`coordinated_complement` — "المنظمة التونسية للأمن والمواطن": the nouns coordinated to an ORG's ل
  complement are its own;
- :func:`split_coordinated_orgs` — "شركة إيرباص وشركة بوينغ": an ORG that runs on into و + another head
  is two;
- :func:`org_stops_at_clause`, :func:`indefinite_org_out`, :func:`dual_not_org` — an ORG cut at a clause,
  an indefinite head, a dual;
- :func:`organising_participle_out`, :func:`coordinated_indefinite_out`, :func:`paired_adjective_in_org` (session
  38) — "الشركة المنظمة للحفل" is no ORG, "… والحوكمة" + "وإلحاق الهياكل" ends before و, "الصغرى" takes "والمتوسطة";
- :func:`head_before_org` — a head before an ORG ("مكتب" + "الأمم المتحدة …"): written, left out,
  since ANERcorp leaves such heads outside (-0.20 news, -0.37 ANERcorp, -0.40 tail).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache, lru_cache

from ...lang.ar import PRONOUN_SUFFIXES, fold, load
from ...lang.schema import Record, Words
from ...text.tokenize import Token
from ..groups.lexicon import Lexicon as GroupLexicon
from ..groups.lexicon import lexicon as group_lexicon
from .bio import Tag, chunk_end, chunk_list, edit_chunks, tag_set, tagged
from .gates import gate
from .gazetteer import Gazetteer, verb_forms
from .orgheads import (
    _GOVERNED_PREPOSITIONS,
    _definite,
    _is_head,
    _known_org_names,
    _lam_indefinite,
    chain_end,
)
from .rulewords import (
    ARTICLE,
    MEDIA_HEAD,
    ORG_HEAD,
    QUOTES_CLOSE,
    QUOTES_OPEN,
    has_article,
    imperfect_shape,
    in_list,
    is_predicate,
    rule_words,
    sentence_bits,
    sentence_flags,
    sentence_folds,
    stems,
    verbal_noun_shape,
)


@gate(ORG_HEAD, ("B-ORG",))
def head_before_org(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An untagged organisation head without the article right before an ORG heads it, with the
    ل complement after it ("مكتب" + "الأمم المتحدة" + "لتنسيق الشؤون الإنسانية"); not a media
    head, which ANERcorp leaves out ("قناة المحور")."""
    if not sentence_bits(toks) & ORG_HEAD or "B-ORG" not in tag_set(tags):
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


@gate(tags=("I-ORG",))  # a ORG of 2+ words
def place_out_of_org(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An ORG whose last word is ب or ل + a known place ends before it, and the place is a LOC
    ("الكوكايين بنابل", "نادي كرة القدم بالحمامات"); what remains stays an ORG only if it starts
    with an organisation head, and is more than that head alone without the article ("لحارس مدرسة بأكودة":
    a school, no name)."""
    if "B-ORG" not in tag_set(tags) and "I-ORG" not in tag_set(tags):
        return
    rw = rule_words()
    for i, j, label in chunk_list(tags):
        if label != "ORG" or j - i < 2 or toks[j - 1].kind != "word" \
                or not _place_after_preposition(toks[j - 1].norm, gaz):
            continue
        tags[j - 1] = "B-LOC"
        if not (in_list(toks[i].norm, rw.org_heads) or in_list(toks[i].norm, rw.club_heads)) \
                or (j - i == 2 and toks[i].kind == "word" and not has_article(toks[i].norm)
                    and in_list(toks[i].norm, rw.org_heads)):
            tags[i:j - 1] = ["O"] * (j - 1 - i)


@gate(tags=("I-ORG",))  # a ORG of 2+ words
def complete_complement(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An ORG that starts with a head and ends with ل + an indefinite noun takes the definite word
    that completes it ("الاتحاد الدولي لكرة" + "القدم", "المرصد السوري لحقوق" + "الإنسان"; not "الريال
    لنيل" + "اللقب"); a head and an indefinite noun take the rest of their genitive chain
    ("جمعية شباب" + "التحدي للبيئة")."""
    if "B-ORG" not in tag_set(tags) and "I-ORG" not in tag_set(tags):
        return
    rw = rule_words()
    n = len(toks)
    for i, j, label in chunk_list(tags):
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


@gate(ORG_HEAD, ("I-ORG",))  # a ORG of 2+ words
def coordinated_complement(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An ORG that opens with a head and ends with its ل complement (and its adjectives) takes the definite
    nouns or adjectives coordinated to it, with their adjectives: "المنظمة التونسية للأمن" + "والمواطن" (or "و
    المواطن"), "الاتحاد الجهوي للفلاحة" + "والصيد البحري", "منظمة الأمم المتحدة للتربية" + "والعلوم والثقافة",
    "الهيئة العليا المستقلة للاتصال السمعي" + "والبصري"; so does a ministry or an authority named by one
    portfolio ("وزارة الصناعة" + "والتجارة", "هيئة الطرق" + "والمواصلات": ``portfolio_heads``, session 30).  Not another
    body ("والاتحاد الدولي", "والمنظمات", "والحكومة",
    "وزارة الداخلية" + "والجيش"), a relative ("والتي") or a participle ("والصادرة عن")."""
    if "B-ORG" not in tag_set(tags) or not sentence_bits(toks) & ORG_HEAD:
        return
    n = len(toks)
    for i, j, label in chunk_list(tags):
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


@gate(ORG_HEAD, ("I-ORG",))  # a ORG of 2+ words
def governed_complement(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An ORG that opens with a head and ends with ل + a definite verbal noun takes the preposition that noun
    governs and its object: "الهيئة الوطنية للوقاية" + "من التعذيب", "الصندوق الوطني للتأمين" + "على المرض",
    "الهيئة الوقتية للإشراف" + "على", "الجمعية المغربية للدفاع" + "عن حقوق الإنسان".  Not a noun that is no
    verbal noun ("للشغل", "للأنباء", "للاجئين"), nor في ("المعهد الوطني للإحصاء في")."""
    if "B-ORG" not in tag_set(tags) or not sentence_bits(toks) & ORG_HEAD:
        return
    n = len(toks)
    for i, j, label in chunk_list(tags):
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


@gate(ORG_HEAD, ("I-ORG",))  # a ORG of 2+ words
def indefinite_org_out(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An ORG that is only a head without the article and indefinite feminine nisbas after it names no body: "منظمة
    إغاثية دولية" (a relief organisation), "شركة صينية", "منظمة غير حكومية", as ANERcorp leaves such phrases
    untagged (12 of 12); not a name ("شركة سوني", "منظمة العفو الدولية")."""
    if "B-ORG" not in tag_set(tags) or not sentence_bits(toks) & ORG_HEAD:
        return
    folds = sentence_folds(toks)
    n = len(toks)
    for i, j, label in chunk_list(tags):
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
    if "I-ORG" not in tag_set(tags) or not sentence_bits(toks) & ORG_HEAD:
        return
    flags, folds = sentence_flags(toks), sentence_folds(toks)
    for i, j, label in edit_chunks(tags):
        if label != "ORG" or j - i < 3 or not flags[i] & ORG_HEAD:
            continue
        for k in range(i + 2, j):
            if flags[k] & ORG_HEAD and toks[k].kind == "word" and _conjoined_head(folds[k]):
                tags[k] = "B-ORG"


@gate(tags=("I-ORG",))  # a ORG of 2+ words
def org_stops_at_clause(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """Cut an organisation where its name cannot go on: after a definite word, at a word without the
    article that is an imperfect verb ("منظمة الصحة تحذر", "حزب المؤتمر يستنكر", "الجبهة الشعبية
    ستصوت"), an ordinary word ("منظمة الالكسو قصد", "البنك المركزي يصدر") or ل/ب + a demonstrative
    ("رئاسة الحكومة لهذه"); and after a head in construct with a definite common noun, at ل + an
    indefinite noun, a purpose ("وزارة الصحة لمراقبة المسابح", "رئاسة الحكومة لإمضاء الاتفاق"; a name
    keeps its complement after an adjective: "الهيئة الوطنية لمكافحة الفساد").  Any name ends at ل + a
    verbal noun of one errand (``purpose_nouns``: "مركز الأمن لمواصلة الأبحاث", "المستشفى الجهوي لاستكمال
    الإجراءات") or at ل + a definite verbal noun with "مع" + a pronoun after it ("للتحقيق معه").
    After a definite word it ends before a plural noun of people, the verb's object ("ودعت وزارة الصحة
    المواطنين"; ``org_object_nouns``)."""
    if "B-ORG" not in tag_set(tags):
        return
    for i, j, label in edit_chunks(tags):
        if label != "ORG" or j - i < 2 or _quoted(toks, i, j):
            continue
        for k in range(i + 1, j):
            if _errand(toks, k) or _no_name_end(toks, i, k):
                tags[k:j] = ["O"] * (j - k)
                break
        else:
            _stop_at_clause(toks, tags, gaz, i, j)


def _no_name_end(toks: Sequence[Token], i: int, k: int) -> bool:
    """Does the ORG that starts at ``i`` end before ``toks[k]`` (session 39, ``org_bounds.yaml``): a word of time or
    count that tells when, no part of a name ("الاتحاد الانقليزي" + "للمرة 13", "وزارة الشؤون الخارجية" + "للسنة",
    "مستشفى شارل نيكول" + "أساسا"; ``time_after_org``); or, after a definite word and two words of the name at least, a
    participle that qualifies the whole body ("الجامعة التونسية للكرة الحديدية" + "الحائزة على", "حزب التجمع" +
    "المنحل", "المرصد السوري لحقوق الإنسان" + "المعارض"; ``qualifying_participles``), a noun of an event the body holds
    ("… للكرة الحديدية" + "الدورة الوطنية"; ``event_nouns``) or a definite verbal noun of a derived verb, not
    shaped as an adjective, which no definite word governs: the object of the verb the body is the subject of ("قررت
    وزارة المالية" + "الترفيع", "اتحاد الشغل" + "التأكيد على", "الهيئة الوطنية للمحامين" + "الدخول")?"""
    tok = toks[k]
    if tok.kind != "word":
        return False
    word = fold(tok.norm)
    times, participles, events = _end_words()
    if word in times:
        return True
    prev = toks[k - 1]
    if k - i < 2 or prev.kind != "word" or not has_article(prev.norm) or not word.startswith("ال"):
        return False
    if word in participles or word in events:
        return True
    # a relative adjective after the verbal noun: a name whose ل was left out ("النقابة العامة" + "التعليم الثانوي")
    return _object_verbal_noun(word, tok.text) and not (k + 1 < len(toks) and _nisba_after_and(toks[k + 1])
                                                        and not fold(toks[k + 1].norm).startswith("و"))


def _object_verbal_noun(word: str, written: str) -> bool:
    """Is the folded ``word`` (with the article, as written in ``written``) a verbal noun of a derived verb with
    the article, shaped تفعيل, تفاعل, إفعال, افتعال, انفعال or استفعال ("الترفيع", "التفاوض", "الإضراب", "الاقتطاع"),
    no adjective ("التونسية", "الاتحادية", "المستقلة") nor a plural ("التجهيزات", "الأحرار")?"""
    stem = word[2:]
    # written with أ or آ after the article: a plural أفعال ("الأحرار", "الأسعار"), no إفعال
    if len(stem) < 5 or stem.endswith(("ي", "يه", "ين", "يون", "ات", "ه")) or not written.startswith("ال") \
            or written[2:3] in ("أ", "آ"):
        return False
    if stem[0] == "ت":  # تفعيل, تفاعل, تفعّل
        return len(stem) == 5 and (stem[3] == "ي" or stem[2] == "ا" or stem[1] != "ا")
    return stem[0] == "ا" and stem[-2] == "ا" and 5 <= len(stem) <= 7


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
        if _not_name_after_definite(toks[k].norm, gaz) or _purpose_after_construct(toks, i, k, gaz) \
                or _object_after_definite(toks, k):
            tags[k:j] = ["O"] * (j - k)
            break


def _object_after_definite(toks: Sequence[Token], k: int) -> bool:
    """Is ``toks[k]`` (after a definite word of a name) a plural noun of people with the article that is the
    object of the verb before the name (``org_object_nouns``: "وزارة الصحة" + "المواطنين", "المندوبية الجهوية
    للفلاحة" + "الفلاحين"), not the definite word before it a plural whose adjective it may be ("المواطنين")?"""
    word = fold(toks[k].norm)
    objects = rule_words().org_object_nouns
    return word in objects and fold(toks[k - 1].norm) not in objects


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


#: The word lists of the session-38 boundary rules (``resources/ner/org_bounds.yaml``).
BOUNDS_FILE = "ner/org_bounds.yaml"
BOUNDS_SCHEMA = Record({"organising_participles": Words, "paired_adjectives": Words, "time_after_org": Words,
                        "qualifying_participles": Words, "event_nouns": Words}, {"_about": str})


@cache
def _bound_words() -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """The organising participles (folded) and the paired adjectives: the first's fold → the rest's folds."""
    data = load(BOUNDS_FILE, BOUNDS_SCHEMA)
    pairs = {}
    for phrase in data["paired_adjectives"]:
        words = [fold(w) for w in phrase.split()]
        pairs[words[0]] = tuple(words[1:])
    return frozenset(fold(w) for w in data["organising_participles"]), pairs


@cache
def _end_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """The words before which an ORG ends (:func:`_no_name_end`), folded: times, qualifying participles, events."""
    data = load(BOUNDS_FILE, BOUNDS_SCHEMA)
    return tuple(frozenset(fold(w) for w in data[key])  # type: ignore[return-value]
                 for key in ("time_after_org", "qualifying_participles", "event_nouns"))


@gate(tags=("B-ORG",))
def organising_participle_out(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A participle of organising after a definite noun is its adjective, no organisation: "الشركة" + "المنظمة
    للحفل" was an ORG, and so was "الهيئة المنظمة للمهرجان" (the organising body, with the ل of its object);
    ``org_bounds.yaml``'s ``organising_participles``.  Not "المنظمة" after a verb or a noun in construct ("أكدت
    المنظمة", "رئيس المنظمة")."""
    participles = _bound_words()[0]
    folds = sentence_folds(toks)
    n = len(toks)
    for i, j, label in chunk_list(tags):
        if label != "ORG":
            continue
        if folds[i] in participles and i > 0 and tags[i - 1] == "O" and toks[i - 1].kind == "word" \
                and has_article(toks[i - 1].norm) and folds[i - 1].startswith(("ال", "وال")) \
                and (j - i == 1 or folds[i + 1].startswith("ل")):
            tags[i:j] = ["O"] * (j - i)  # "الشركة" + "المنظمة للحفل"
        elif j - i >= 3 and folds[i + 1] in participles and folds[i].startswith(("ال", "وال", "بال", "لل")) \
                and i + 2 < n and folds[i + 2].startswith("ل"):
            tags[i:j] = ["O"] * (j - i)  # "الهيئة المنظمة للمهرجان"


@gate(tags=("I-ORG",))  # an ORG of 3+ words
def coordinated_indefinite_out(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An organisation's name does not end with و + a noun without the article that a definite word follows in
    construct or a pronoun: that noun starts a clause of its own ("حذف وزارة الوظيفة العمومية والحوكمة" + "وإلحاق
    الهياكل": was the ORG "… والحوكمة وإلحاق"; "وإلحاق مصالحها")."""
    folds = sentence_folds(toks)
    n = len(toks)
    for i, j, label in chunk_list(tags):
        if label != "ORG" or j - i < 3 or j >= n:
            continue
        last = toks[j - 1]
        # the article as written: "وإلحاق" is folded "والحاق", no article
        if last.kind == "word" and folds[j - 1].startswith("و") and not last.text[1:].startswith("ال") \
                and len(folds[j - 1]) >= 4 and not _is_head(last) \
                and tags[j] == "O" and toks[j].kind == "word" \
                and (folds[j].startswith("ال") or folds[j].endswith(("ها", "هم", "هما", "هن"))) \
                and folds[j - 2].startswith(("ال", "وال")):
            tags[j - 1] = "O"


@gate(tags=("B-ORG",))
def paired_adjective_in_org(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An organisation that ends with the first of two paired adjectives takes the second ("بنك تمويل المؤسسات
    الصغرى" + "والمتوسطة"; ``org_bounds.yaml``'s ``paired_adjectives``)."""
    pairs = _bound_words()[1]
    folds = sentence_folds(toks)
    n = len(toks)
    for _, j, label in chunk_list(tags):
        if label != "ORG" or folds[j - 1] not in pairs:
            continue
        rest = pairs[folds[j - 1]]
        end = j + len(rest)
        if end <= n and tuple(folds[j:end]) == rest and all(t == "O" for t in tags[j:end]) \
                and all(t.kind == "word" for t in toks[j:end]) and (end >= n or not tags[end].startswith("I-")):
            tags[j:end] = ["I-ORG"] * (end - j)
