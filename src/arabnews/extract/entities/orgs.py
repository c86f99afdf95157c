"""Post-CRF corrections for organisation names, on the tags of one sentence.

- :func:`extend_org_chain` — an ORG that starts with a head ("وزارة", "المرصد", "المنظمة") runs to
  the end of the genitive chain after the head ("المرصد السوري لحقوق الإنسان", "المنظمة الدولية
  للهجرة", "الرئاسة العامة لشؤون المسجد الحرام");
- :func:`org_from_head` — an untagged head starting such a chain of two words or more is an ORG;
- :func:`acronym_after_org` — an acronym in parentheses after an ORG is an ORG ("(سانا)", "(أوتشا)");
- :func:`media_names` — a media name after a media head, or quoted after it, is an ORG, the head
  left out as in ANERcorp ("قناة «سي بي سي»", "مراسل الجزيرة").

The heads and names are data (``resources/ner/rules.yaml``).

>>> from arabnews import tokenize
>>> toks = tokenize("وقال المرصد السوري لحقوق الإنسان إن")
>>> tags = ["O"] * 6
>>> org_from_head(toks, tags, default_gazetteer()); tags
['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from ...lang.ar import clitic_splits, fold
from ...text.tokenize import Token
from .bio import Tag, chunks
from .gazetteer import Gazetteer, default_gazetteer  # noqa: F401  (doctest)
from .rulewords import MEDIA_HEAD, ORG_HEAD, PREDICATE, in_list, is_predicate, rule_words, sentence_flags

#: Longest genitive chain after a head, in words.
MAX_CHAIN = 6
_QUOTES_OPEN = frozenset('«"“')
_QUOTES_CLOSE = frozenset('»"”')


@lru_cache(maxsize=50_000)
def _definite(word: str) -> bool:
    """"الصحة", "للهجرة" (ل + article): a definite word of a genitive chain (no conjunction)."""
    return any(s.article and s.prefix in ("ال", "لل") for s in clitic_splits(word))


def _lam_indefinite(word: str) -> bool:
    """"لحقوق", "لشؤون": ل + an indefinite noun, which a definite word must follow."""
    return word.startswith("ل") and not word.startswith("لل") and len(word) >= 4


def chain_end(toks: Sequence[Token], tags: Sequence[Tag], h: int) -> int:
    """Index after the genitive chain that follows the head ``toks[h]`` (``h + 1`` if none): definite
    words, and once, not right after the head, ل + noun + a definite word ("لحقوق الإنسان"); never
    a person, a place the tagger found, a predicate, a particle or a word of ``chain_stops``."""
    rw = rule_words()
    n = len(toks)
    k = h + 1
    complement = False  # a ل complement seen: "للملكية الفكرية لعقد الاجتماع" is a purpose after it
    while k < n and k - h <= MAX_CHAIN:
        tok = toks[k]
        if tok.kind != "word" or tags[k].endswith(("PER", "LOC")) or is_predicate(tok.norm) \
                or fold(tok.norm) in rw.function_words or in_list(tok.norm, rw.chain_stops):
            break
        if _definite(tok.norm):
            if tok.norm.startswith("لل"):
                if complement:  # "المنظمة الدولية للهجرة للنظر": a second ل is a purpose
                    break
                complement = True
            k += 1
        elif (_lam_indefinite(tok.norm) and k > h + 1 and not complement and k + 1 < n
              and toks[k + 1].kind == "word" and _definite(toks[k + 1].norm)):
            complement = True
            k += 2
        else:
            break
    return k


def _is_head(tok: Token) -> bool:
    return tok.kind == "word" and in_list(tok.norm, rule_words().org_heads)


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


def _has_complement(toks: Sequence[Token], i: int, end: int) -> bool:
    """Does the chain ``toks[i + 1:end]`` hold a ل complement ("للهجرة", "لحقوق الإنسان")?"""
    return any(t.norm.startswith("ل") for t in toks[i + 2:end])


def org_from_head(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """An untagged head followed by a chain of two words or more that the tagger left untagged and
    that holds a ل complement ("المرصد السوري لحقوق الإنسان", "المنظمة الدولية للهجرة") is an ORG;
    a chain never takes in a place the tagger found ("مركز التعاون الياباني للشرق الأوسط").  Without
    a complement ("الجمعية الإسلامية الصينية", "هيئة الأوراق المالية", and also when the chain ends with a
    nationality: "وزارة الخارجية الروسية") ANERcorp leaves about half such names untagged, and the
    rule cost F1 there (-0.15 on ANERcorp dev)."""
    flags = sentence_flags(toks)
    if not any(f & ORG_HEAD for f in flags):
        return
    n = len(toks)
    i = 0
    while i < n:
        if tags[i] == "O" and flags[i] & ORG_HEAD:
            end = chain_end(toks, tags, i)
            if end - i >= 3 and all(t == "O" or t.endswith("MISC") for t in tags[i + 1:end]) \
                    and _has_complement(toks, i, end) \
                    and (end >= n or not tags[end].startswith("I-")):
                tags[i:end] = ["B-ORG"] + ["I-ORG"] * (end - i - 1)
                i = end
                continue
        i += 1


def acronym_after_org(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """"الوكالة العربية السورية للأنباء (سانا)": the word in parentheses after an ORG is an ORG."""
    if "B-ORG" not in tags and "I-ORG" not in tags:
        return
    n = len(toks)
    for _, j, label in chunks(tags):
        if label != "ORG" or j >= n or toks[j].text != "(":
            continue
        end = j + 1
        while end < n and end - j <= 3 and toks[end].kind in ("word", "latin", "foreign") and tags[end] == "O":
            end += 1
        if end > j + 1 and end < n and toks[end].text == ")" and \
                not any(gaz.place(fold(t.norm)) is not None for t in toks[j + 1:end]):
            tags[j + 1:end] = ["B-ORG"] + ["I-ORG"] * (end - j - 2)


def media_names(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """A known media name after a media head or with ل after a verb ("مراسل الجزيرة", "وقال
    للجزيرة"), or a quoted name after a media head ("قناة «سي بي سي»"), is an ORG; the head stays
    outside."""
    flags = sentence_flags(toks)
    n = len(toks)
    for h in [k for k in range(n - 1) if flags[k] & (MEDIA_HEAD | PREDICATE)]:
        if flags[h] & MEDIA_HEAD and tags[h] == "O":
            if toks[h + 1].text in _QUOTES_OPEN:
                _quoted_name(toks, tags, h + 2)
            else:
                _known_name(toks, tags, h + 1, fold(toks[h + 1].norm))
        elif flags[h] & PREDICATE and toks[h + 1].norm.startswith("لل"):  # "وقال للجزيرة"
            _known_name(toks, tags, h + 1, "ال" + fold(toks[h + 1].norm)[2:])


def _quoted_name(toks: Sequence[Token], tags: list[Tag], k: int) -> None:
    """Tag as ORG the words from ``k`` to a closing quote (five at most), none of them a PER."""
    n = len(toks)
    end = k
    while end < n and end - k < 5 and toks[end].text not in _QUOTES_CLOSE and toks[end].kind != "punct":
        end += 1
    if k < end < n and toks[end].text in _QUOTES_CLOSE and not any(t.endswith("PER") for t in tags[k:end]):
        tags[k:end] = ["B-ORG"] + ["I-ORG"] * (end - k - 1)


def _known_name(toks: Sequence[Token], tags: list[Tag], k: int, first: str) -> None:
    """Tag as ORG the longest media name starting at ``k`` whose first folded word is ``first``."""
    if toks[k].kind != "word" or tags[k].endswith("PER"):
        return
    for name in rule_words().media_first.get(first, ()):
        m = len(name)
        if [fold(t.norm) for t in toks[k + 1:k + m]] == list(name[1:]) \
                and not any(t.endswith("PER") for t in tags[k + 1:k + m]):
            tags[k:k + m] = ["B-ORG"] + ["I-ORG"] * (m - 1)
            return


def is_media_name(word: str) -> bool:
    """Is the folded ``word`` a one-word media name of ``rules.yaml`` ("الجزيره"), after ل ("للجزيره")?"""
    names = rule_words().media_names
    # after ل the article loses its alif: "للجزيره", and as decoding cuts it, "لجزيره"
    return (word,) in names or (word.startswith("ل") and ("ا" + word,) in names) \
        or (word.startswith("لل") and ("ال" + word[2:],) in names)
