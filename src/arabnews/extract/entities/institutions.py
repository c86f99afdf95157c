"""Administrations and institutions named after a person (part of the ORG rules; :mod:`.orgs` lists them all).

- :func:`named_administration` — an administration's head, an adjective and its complement;
- :func:`institution_named_after_person`, :func:`institution_named_untagged` — a hospital, clinic, school
  or institute and the person it is named after;
- :func:`org_named_after_person` — a head, a royal title and a name are one ORG ("جامعة الملك
  عبدالعزيز", "مطار الملك خالد الدولي").
"""

from __future__ import annotations

from collections.abc import Sequence

from ...lang.ar import fold
from ...text.tokenize import Token
from .bio import Tag, chunk_end, chunk_list
from .gates import gate
from .gazetteer import Gazetteer, given_names
from .orgbounds import (
    _LAM_COMPLEMENT,
    _coordinate,
    _end_words,
    _ends_with_complement,
)
from .orgheads import (
    _definite,
    _has_complement,
    _is_head,
    chain_end,
)
from .places import eponym_name_end
from .rulewords import (
    ADMINISTRATION_HEAD,
    ARTICLE,
    ORG_HEAD,
    PERSON_NAMED_HEAD,
    QUOTES_CLOSE,
    TITLE,
    flagged,
    has_article,
    in_list,
    is_predicate,
    opening_quote,
    rule_words,
    sentence_bits,
    sentence_flags,
    sentence_folds,
)


@gate(bits=ADMINISTRATION_HEAD)
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


def _coordinated_head(tok: Token) -> bool:
    """"وجامعة": و and an organisation head start another name."""
    return tok.norm.startswith("و") and _is_head(tok)


def _not_named_by(tok: Token, gaz: Gazetteer) -> bool:
    """Is the first word of the tagger's ORG after a hospital's head no word of its name: a nisba ("مدرسة" +
    "سعودية"), or a word with a proclitic, a body of its own ("مستشفى" + "لرويترز", "مدرسة" + "وجامعة")?"""
    word = fold(tok.norm)
    return word[:1] in ("و", "ل", "ف") or word in gaz.nisba or (word.endswith("ه") and word[:-1] in gaz.nisba)


@gate(PERSON_NAMED_HEAD, tags=("B-PER", "B-ORG", "B-LOC"))
def institution_named_after_person(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A hospital, clinic or school head (``rules.yaml``'s ``person_named_heads``), its adjectives
    (``person_named_adjectives``: "الجامعي", "الابتدائية") and the person it is named after, whom the tagger read as
    a PER, are one ORG, as "جامعة الملك سعود" is: "مستشفى فرحات حشاد", "بالمستشفى الجامعي فرحات حشاد", "المدرسة
    الابتدائية فرحات حشّاد". So are a hospital's head (``org_named_heads``; ANERcorp leaves a school's out: "مدرسة"
    + "بوداي") and an ORG of three words at most the tagger began after it, a name it took for the body (session 46:
    "مستشفى" + "نابل", "مستشفى" + "شارل نيكول", "مستشفى" + "سيدي بوزيد"; ANT 7638, 2633, 8339), unless it opens with
    a nisba or a proclitic (:func:`_not_named_by`).  So is the town a hospital is named by, which the tagger read as
    the LOC right after the head (session 47: "مستشفى برمنغهام", "بمستشفى بوفيشة", "مستشفى العريش العسكري", "مستشفى
    بئر علي بن خليفة"; NewsFANE tags "مستشفى الملك فيصل" whole), but not a place after a preposition ("مستشفى بتندوف",
    NewsFANE: O + the town; :func:`_place_after_clitic`).  An adjective of the hospital's right after the name
    ("العسكري", "الجامعي") is in the ORG."""
    rw = rule_words()
    heads, adjectives = rw.person_named_heads, rw.person_named_adjectives
    n = len(toks)
    for i, j, label in chunk_list(tags):
        if label == "LOC":
            if j - i > 4 or _place_after_clitic(toks[i:j], gaz):
                continue
        elif label != "PER" and (label != "ORG" or j - i > 3 or _not_named_by(toks[i], gaz)):
            continue
        h = i - 1
        while h >= 0 and i - h <= 3 and tags[h] == "O" and toks[h].kind == "word" and _stem(toks[h]) in adjectives:
            h -= 1
        if h < 0 or tags[h] != "O" or toks[h].kind != "word" or _stem(toks[h]) not in heads \
                or (label != "PER" and _stem(toks[h]) not in rw.org_named_heads):
            continue
        # "بهذه المدرسة مهدي بن معتوق": a person after "this school"; "مدرسة تأوي 200 طفل": a verb read as a name;
        # "مديرة المستشفى ليلى الحمروني": a head with the article and no adjective is the person's workplace;
        # four words are the name and the director after it ("مستشفى فرحات حشّاد لطفي بوبكر")
        if (h == i - 1 and has_article(toks[h].norm)) \
                or (h > 0 and toks[h - 1].kind == "word" and fold(toks[h - 1].norm).lstrip("وبل") in _DEMONSTRATIVES) \
                or (j - i == 1 and label == "PER" and fold(toks[i].norm) not in gaz.person_parts):
            continue
        if j - i >= 4 and label != "LOC":
            k = _director_start(toks, tags, h, i, j, gaz) if label == "PER" else None
            if k is None:
                continue
            tags[k:j] = ["B-PER"] + ["I-PER"] * (j - k - 1)  # "مستشفى شارل نيكول" + "هشام عوينة"
            j = k
        # a word of time the tagger ran the person on into stays out ("مستشفى شارل نيكول" + "أساسا"; session 39)
        while j - i > 1 and toks[j - 1].kind == "word" and fold(toks[j - 1].norm) in _end_words()[0]:
            j -= 1
            tags[j] = "O"
        if label == "LOC" and j < n and tags[j] == "O" and toks[j].kind == "word" and _stem(toks[j]) in adjectives:
            j += 1
        tags[h:j] = ["B-ORG"] + ["I-ORG"] * (j - h - 1)
        if j < n and tags[j].startswith("I-"):
            tags[j] = "B-" + tags[j][2:]


#: Most words between an office ("مدير", "رئيس") and the hospital's head it governs ("رئيس قسم الأمراض الصدرية
#: والحساسية بمستشفى").
_OFFICE_REACH = 6


def _director_start(toks: Sequence[Token], tags: Sequence[Tag], h: int, i: int, j: int, gaz: Gazetteer) -> int | None:
    """Where the director's name starts in the tagger's PER ``toks[i:j]`` of four or five words after a hospital's head
    ``toks[h]`` that an office governs a few words before ("مدير مستشفى فرحات حشّاد لطفي بوبكر", "رئيس قسم الأمراض
    الصدرية والحساسية بمستشفى شارل نيكول هشام عوينة"): the eponym and the director are two names of two words at least,
    and the director's begins with a given name (``given_names.yaml`` or the corpora's name parts, no ordinary word)
    that follows no patronym's particle ("بن", "أبو": the eponym's own chain); None when there is none."""
    if j - i > 5 or not any(toks[m].kind == "word" and flags & TITLE
                            for m, flags in zip(range(max(0, h - _OFFICE_REACH), h),
                                                sentence_flags(toks)[max(0, h - _OFFICE_REACH):h], strict=True)):
        return None
    folds = sentence_folds(toks)
    given = given_names()
    for k in range(i + 2, j - 1):
        word = folds[k]
        if toks[k].kind != "word" or word in gaz.particles or folds[k - 1] in gaz.particles or word in gaz.common \
                or not (word in given or word in gaz.person_parts) or has_article(toks[k].norm):
            continue
        return k
    return None


def _place_after_clitic(name: Sequence[Token], gaz: Gazetteer) -> bool:
    """Does the LOC after a hospital's head open with a preposition or و on a place, not the town the hospital is
    named by ("بتندوف", "وتونس", "بسيدي بوزيد", "بالقلعة الكبرى", "بالمتلوي"; but "برلين", "بوفيشة", "بئر علي بن
    خليفة" are places whole)?"""
    words = [fold(tok.norm) for tok in name]
    first = words[0]
    if first[:1] not in ("ب", "ل", "و", "ف") or gaz.place(" ".join(words)) is not None:
        return False
    rest = first[1:]
    return gaz.place(" ".join([rest, *words[1:]])) is not None \
        or (rest.startswith("ال") and gaz.place(" ".join([rest[2:], *words[1:]])) is not None)  # "بالمتلوي"


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
    for h, j, label in chunk_list(tags):
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
