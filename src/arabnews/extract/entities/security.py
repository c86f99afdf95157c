"""Security and rescue bodies (part of the ORG rules; :mod:`.orgs` lists them all): :func:`security_units`,
:func:`police_of_place`, :func:`security_district_of_place`, :func:`security_services`,
:func:`security_unit_missions`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ...lang.ar import fold, load
from ...lang.schema import Record, Words
from ...text.tokenize import Token
from .bio import Tag, chunk_end, tag_set
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
    SECURITY_BODY,
    SECURITY_FIRST,
    UNIT_MISSION_HEAD,
    flagged,
    has_article,
    in_list,
    is_predicate,
    rule_words,
    sentence_bits,
    sentence_folded_text,
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
    if "B-LOC" not in tag_set(tags) or not sentence_bits(toks) & SECURITY_FIRST:
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


# (the bit: a word one of whose readings is a body of ``security_construct_bodies``; the rule asks the folded word)
@gate(SECURITY_BODY, ("B-LOC",))
def security_district_of_place(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """In a security district named in construct by its town, the body indefinite ("بمنطقة امن صفاقس المدينة",
    "إقليم أمن صفاقس", "منطقة امن سوسة الشمالية"; ``rules.yaml``'s ``security_district_heads``,
    ``security_construct_bodies``), the body "أمن" the tagger read as the place (or as its first word) is no
    place, and the town with its delegation is the LOC.  The unit is left untagged: as an ORG that is no group it
    became the target of "وأوقف أعوان منطقة امن سوسة الشمالية الشابين" in the events layer.  Only where the
    tagger made "أمن" a place; not a station ("مركز أمن مساكن")."""
    if "B-LOC" not in tag_set(tags):
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


#: The word lists of :func:`security_unit_missions` (``resources/ner/security_units.yaml``).
UNITS_FILE = "ner/security_units.yaml"
_UNIT_KEYS = ("heads", "not_after", "adjectives", "specialised", "actions", "action_links", "crimes", "crime_plurals",
              "crime_heads", "crime_adjectives", "trafficked", "qualified_actions", "action_adjectives",
              "coordinated_actions")
UNITS_SCHEMA = Record({key: Words for key in _UNIT_KEYS}, {"_about": str})

#: Most adjectives after a unit's head ("الفرقة" + "المركزية الأولى"), and after a crime ("الجرائم" + "الإرهابية").
MAX_UNIT_ADJECTIVES = 3
MAX_CRIME_ADJECTIVES = 2


@dataclass(frozen=True)
class UnitWords:
    """``security_units.yaml`` folded: the heads without the article, the rest as written."""

    heads: frozenset[str]
    not_after: frozenset[str]
    adjectives: frozenset[str]
    specialised: frozenset[str]
    actions: frozenset[str]
    action_links: frozenset[str]
    crimes: frozenset[str]
    crime_plurals: frozenset[str]
    crime_heads: frozenset[str]
    crime_adjectives: frozenset[str]
    trafficked: frozenset[str]
    qualified_actions: frozenset[str]
    action_adjectives: frozenset[str]
    coordinated_actions: frozenset[str]


@cache
def unit_words() -> UnitWords:
    """``security_units.yaml``, loaded and folded once."""
    data = load(UNITS_FILE, UNITS_SCHEMA)
    return UnitWords(**{key: frozenset(fold(w) for w in data[key]) for key in _UNIT_KEYS})


@gate(bits=UNIT_MISSION_HEAD)
def security_unit_missions(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A security unit named by what it fights or investigates is one ORG, with the security body after it
    written with ل: "الوحدة الوطنية للبحث في جرائم الإرهاب للحرس الوطني", "الفرقة الوطنية لمكافحة الإرهاب" +
    "بتونس", "الفرقة المختصة في البحث في قضايا الإرهاب", "الإدارة الفرعية لمكافحة الإجرام", "فرقة مكافحة
    المخدرات" + "بسوسة" (``security_units.yaml``; session 38, ANT news).  The head is singular, with the article
    and at least one adjective of the unit, or without them in construct with the mission; the place after it
    stays out.  Not the plural "الوحدات المختصة في مكافحة الإرهاب", nor "فرقة مختصة في مكافحة الإرهاب" (a unit,
    no name), nor "حكومة الوحدة الوطنية"."""
    uw = unit_words()
    text = sentence_folded_text(toks)
    if not any(head in text for head in uw.heads):
        return
    folds = sentence_folds(toks)
    n = len(toks)
    after = 0
    for h in range(n - 2):
        if h < after or toks[h].kind != "word" or not any(s in uw.heads for s in stems(toks[h].norm)):
            continue
        if h > 0 and any(s in uw.not_after for s in stems(toks[h - 1].norm)):
            continue
        end = _unit_mission_end(toks, folds, h, uw)
        if end is None:
            continue
        body = _security_body(toks, folds, end) if end < n else None
        if body is not None and body[1]:
            end = body[0]  # "… للحرس الوطني"
        if tags[h] not in ("O", "B-ORG") or any(t not in ("O", "B-ORG", "I-ORG") for t in tags[h:end]) \
                or (end < n and tags[end].startswith("I-")):
            continue
        tags[h:end] = ["B-ORG"] + ["I-ORG"] * (end - h - 1)
        after = end


def _unit_mission_end(toks: Sequence[Token], folds: Sequence[str], h: int, uw: UnitWords) -> int | None:
    """The end of the unit and its mission whose head is at ``h``, or None."""
    n = len(toks)
    j = h + 1
    if not has_article(toks[h].norm):  # "فرقة مكافحة الإرهاب": the mission in construct
        return _mission_end(toks, folds, j, folds[j], uw) if toks[j].kind == "word" else None
    while j < n and j - h <= MAX_UNIT_ADJECTIVES and toks[j].kind == "word" and folds[j] in uw.adjectives:
        j += 1
    if j == h + 1 or j >= n - 1 or toks[j].kind != "word":
        return None
    word = folds[j]
    if folds[j - 1] in uw.specialised:
        if word in uw.action_links and toks[j + 1].kind == "word":  # "المختصة في البحث"
            return _mission_end(toks, folds, j + 1, folds[j + 1], uw)
        if word.startswith("ب"):  # "المختصة بمكافحة"
            return _mission_end(toks, folds, j, word[1:], uw)
    if word.startswith("لل"):
        return _mission_end(toks, folds, j, "ال" + word[2:], uw)
    if word.startswith("ل"):
        return _mission_end(toks, folds, j, word[1:], uw)
    return None


def _mission_end(toks: Sequence[Token], folds: Sequence[str], i: int, word: str, uw: UnitWords) -> int | None:
    """The end of the mission whose first word is token ``i``, read as ``word`` (its preposition off): an action and
    its crime ("مكافحة الإرهاب", "البحث في جرائم الإرهاب"), a crime ("القضايا الإجرامية") or a noun and its
    adjectives ("المراقبة الصحية والاقتصادية"); None."""
    if word in uw.qualified_actions:
        end = i + 1
        while end < len(toks) and end - i <= MAX_CRIME_ADJECTIVES and toks[end].kind == "word" \
                and (folds[end] in uw.action_adjectives
                     or (folds[end][:1] == "و" and (folds[end][1:] in uw.coordinated_actions
                                                    or (end > i + 1 and folds[end][1:] in uw.action_adjectives)))):
            end += 1
        if end > i + 1:
            return end
    if word in uw.actions:
        j = i + 1
        if j < len(toks) and folds[j] in uw.action_links:
            j += 1
        if j >= len(toks) or toks[j].kind != "word":
            return None
        return _crime_end(toks, folds, j, folds[j], uw)
    return _crime_end(toks, folds, i, word, uw)


def _crime_end(toks: Sequence[Token], folds: Sequence[str], i: int, word: str, uw: UnitWords) -> int | None:
    """The end of the crime whose first word is token ``i`` (read as ``word``) with its adjectives and one crime
    coordinated to it ("الإرهاب والجريمة المنظمة"); None."""
    n = len(toks)

    def word_at(k: int) -> str | None:
        return folds[k] if k < n and toks[k].kind == "word" else None

    if word in uw.crime_heads:  # "جرائم الإرهاب"
        following = word_at(i + 1)
        if following is None or following not in uw.crimes or following in uw.crime_plurals:
            return None
        end = i + 2
    elif word in uw.crimes:
        end = i + 1
        if word == fold("الاتجار"):
            if word_at(end) not in uw.trafficked:
                return None
            end += 1
    else:
        return None
    adjectives = 0
    while adjectives < MAX_CRIME_ADJECTIVES and word_at(end) in uw.crime_adjectives:
        end += 1
        adjectives += 1
    if word in uw.crime_plurals and not adjectives:
        return None
    following = word_at(end)
    if following is not None and following.startswith("و") and following[1:] not in uw.crime_plurals \
            and (following[1:] in uw.crimes or following[1:] in uw.crime_heads):
        more = _crime_end(toks, folds, end, following[1:], uw)
        if more is not None:
            end = more
    return end
