"""Anchors of the entities layer for scripts/audit.py: capitalised-like cues where a name probably is.

Arabic has no capitals; these contexts announce a name instead.  Families:

- ``title_name``: a title ("الرئيس", "المبعوث الأممي", "الدكتور") followed by a name-like word (no
  article, not a particle or a verb of ``rules.yaml``, not "باسم" of "الناطق باسم", not ب/ل on an
  ordinary word: "الأمين العام لاتحاد الشغل"); the anchor is that word;
- ``org_chain``: an organisation head ("وزارة", "المرصد", "والمنظمة") followed by a genitive
  chain of definite words ("وزارة الصحة", "المرصد السوري لحقوق الإنسان"); the anchor is the chain;
- ``place_head``: "مخيم/حي/بلدة/مدينة/قرية" + a name ("مخيم الهول", "بلدة سراقب"); the anchor is the name.

An anchor is covered by an entity or a named group (the groups stage reports "حزب الله").  Matched on
``doc.folded`` after optional proclitics; offsets are original.  Word lists come from the entities
stage's ``rules.yaml`` (titles, title adjectives, organisation heads, particles, predicates), read
from this checkout by path, so the audit also runs on an older arabnews (``PYTHONPATH``) for a
before/after count.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from types import SimpleNamespace

import regex
import yaml

from arabnews.lang.ar import PROCLITIC, fold, lookup_key, trie_regex

LAYER = "entities"
COVERED_BY = ("entities", "groups")

_W = r"[\p{L}\p{M}]+"
_B = r"(?<![\p{L}\p{M}\d])"
_E = r"(?![\p{L}\p{M}])"
_PLACE_HEADS = ["مخيم", "حي", "بلدة", "مدينة", "قرية"]
#: Words after a title that are no name: "الناطق باسم الحكومة" is "the spokesman in the name of".
_NOT_NAMES = frozenset({"باسم"})


RULES_YAML = Path(__file__).resolve().parents[2] / "src" / "arabnews" / "resources" / "ner" / "rules.yaml"


@cache
def rule_words() -> SimpleNamespace:
    """The lists of ``rules.yaml`` the anchors use, folded."""
    data = yaml.safe_load(RULES_YAML.read_text(encoding="utf-8"))
    return SimpleNamespace(**{k: frozenset(fold(w) for w in v) for k, v in data.items() if isinstance(v, list)})


def is_predicate(word: str) -> bool:
    preds = rule_words().predicates
    return word in preds or (len(word) >= 4 and word[0] in "وف" and word[1:] in preds)


@cache
def _common() -> frozenset[str]:
    from arabnews.extract.entities import default_gazetteer

    return default_gazetteer().common


def _preposition(word: str) -> bool:
    """"للاتحاد", "بالغاء", "لاتحاد": ب or ل on an ordinary word or on the article, after a title
    ("الأمين العام لاتحاد الشغل", "القرار القاضي بإلغاء"), is no name."""
    if word[0] not in "بل" or len(word) < 4:
        return False
    rest = word[1:]
    return rest.startswith(("ال", "ل")) or rest in _common()


def _alt(words) -> str:
    return "(?:" + trie_regex({lookup_key(w) for w in words}, space=r"\s+") + ")"


def _patterns() -> tuple[regex.Pattern, regex.Pattern, regex.Pattern]:
    rw = rule_words()
    title = regex.compile(
        rf"{_B}(?:{PROCLITIC}){_alt(rw.titles)}(?:\s+{_alt(rw.title_adjectives)})*\s+\K(?P<w>{_W}){_E}")
    heads = rw.org_heads | {"ال" + w for w in rw.org_heads}
    org = regex.compile(
        rf"{_B}(?:{PROCLITIC})\K{_alt(heads)}(?P<chain>(?:\s+(?:ال|لل){_W})+){_E}")
    place = regex.compile(rf"{_B}(?:{PROCLITIC})\K{_alt(_PLACE_HEADS)}\s+(?P<w>(?:ال)?{_W}){_E}")
    return title, org, place


def find_anchors(doc) -> list[tuple[int, int, str]]:
    """(start, end, family) of every anchor in ``doc``'s text, original offsets."""
    folded = doc.folded
    rw = rule_words()
    title, org, place = _patterns()
    out: list[tuple[int, int, str]] = []

    def add(ns: int, ne: int, family: str) -> None:
        start, end = doc.to_original(ns, ne)
        out.append((start, end, family))

    def plain(word: str) -> bool:
        return word not in rw.function_words and word not in rw.function_words_names and not is_predicate(word)

    for m in title.finditer(folded):
        w = m["w"]
        if not w.startswith("ال") and len(w) >= 3 and plain(w) and w not in _NOT_NAMES and not _preposition(w):
            add(m.start("w"), m.end("w"), "title_name")
    for m in org.finditer(folded):
        words = m["chain"].split()
        keep = 0
        for w in words:
            if not plain(w):
                break
            keep += 1
        if keep:
            end = m.start("chain") + len(m["chain"]) - len(m["chain"].lstrip())
            for w in words[:keep]:
                end = folded.index(w, end) + len(w)
            add(m.start(), end, "org_chain")
    for m in place.finditer(folded):
        if plain(m["w"]) and len(m["w"]) >= 3:
            add(m.start("w"), m.end("w"), "place_head")
    return out
