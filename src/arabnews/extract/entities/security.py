"""Security and rescue bodies (part of the ORG rules; :mod:`.orgs` lists them all): :func:`security_units`,
:func:`police_of_place`, :func:`security_district_of_place`, :func:`security_services`.
"""

from __future__ import annotations

from collections.abc import Sequence

from ...lang.ar import fold
from ...text.tokenize import Token
from .bio import Tag, chunk_end
from .gates import gate
from .gazetteer import Gazetteer
from .orgbounds import (
    _coordinated_adjective,
)
from .orgheads import (
    _nationality_adjective,
    _takes_nationality,
)
from .rulewords import (
    SECURITY_FIRST,
    flagged,
    has_article,
    in_list,
    is_predicate,
    rule_words,
    sentence_bits,
    sentence_folds,
    stems,
)

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
