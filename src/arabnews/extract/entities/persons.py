"""Post-CRF corrections for persons, on the tags of one sentence.

- :func:`name_after_title` — after a title ("المبعوث", "الرئيس", "الدكتور") and its adjectives
  ("الأممي", "السابق"), name-like words are a person, joined to a PER the tagger found after them
  ("المبعوث الأممي غير بيدرسون": the tagger knows neither word).

>>> from arabnews import tokenize
>>> toks = tokenize("وصل المبعوث الأممي غير بيدرسون إلى جنيف")
>>> tags = ["O", "O", "O", "O", "O", "O", "B-LOC"]
>>> name_after_title(toks, tags, default_gazetteer()); tags
['O', 'O', 'O', 'B-PER', 'I-PER', 'O', 'B-LOC']
"""

from __future__ import annotations

from collections.abc import Sequence

from ...lang.ar import fold
from ...text.tokenize import Token
from .bio import Tag
from .gazetteer import Gazetteer, default_gazetteer  # noqa: F401  (doctest)
from .rulewords import ARTICLE, TITLE, has_article, in_list, rule_words, sentence_flags

#: Most words of a name taken after a title.
MAX_NAME = 3


def _name_like(tok: Token, gaz: Gazetteer) -> bool:
    """A word that can be part of a person's name after a title: a known name part, or a word the
    corpora do not show as a common word and that has no article."""
    rw = rule_words()
    if tok.kind not in ("word", "foreign"):
        return False
    word = fold(tok.norm)
    if (word in rw.function_words or in_list(tok.norm, rw.predicates) or in_list(tok.norm, rw.titles)
            or in_list(tok.norm, rw.org_heads) or gaz.is_loc_head(tok.norm) or word in gaz.places):
        return False
    if word[0] == "س" and word[1:] in gaz.common:  # "سيلتقي": a future verb
        return False
    if word[0] == "ل" and (word[1:] in gaz.particles or word[1:] in gaz.person_parts):  # "لبن علي": "of Ben Ali"
        return False
    return word in gaz.person_parts or (word not in gaz.common and not has_article(tok.norm) and len(word) >= 3)


def name_after_title(toks: Sequence[Token], tags: list[Tag], gaz: Gazetteer) -> None:
    """Untagged name-like words after a title (and its adjectives) are a person; two at least, or
    one followed by the tagger's PER, which they join."""
    rw = rule_words()
    n = len(toks)
    flags = sentence_flags(toks)
    for t in [k for k in range(n - 2) if flags[k] & TITLE and flags[k] & ARTICLE]:
        if tags[t] != "O":
            continue
        k = t + 1
        while k < n and tags[k] == "O" and toks[k].kind == "word" and in_list(toks[k].norm, rw.title_adjectives):
            k += 1
        start = k
        while k < n and k - start < MAX_NAME and tags[k] == "O" and _name_like(toks[k], gaz):
            k += 1
        taken = k - start
        if taken >= 2 or (taken == 1 and k < n and tags[k] == "B-PER"):
            tags[start:k] = ["B-PER"] + ["I-PER"] * (taken - 1)
            if k < n and tags[k] == "B-PER":
                tags[k] = "I-PER"
