"""Furniture rules: which lines of a scraped page are site furniture, loaded from a resource file.

The shipped rules live in ``arabnews/resources/furniture.yaml`` (phrases and patterns, each under a
named rule with a ``role``); users add their site's with ``Pipeline(furniture=...)``.

>>> rules = load_rules()
>>> rules.match("💡 أهم المواضيع")
('section_heading', 'section')
>>> rules.match("التعليقات (1)")
('comments_heading', 'comments')
>>> rules.match("قتل 7 أشخاص في حلب") is None
True
>>> load_rules(["أخبار المحافظات"]).match("أخبار المحافظات:")
('user', 'line')
"""

from __future__ import annotations

import os
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import regex

from ..lang import ar
from ..lang.ar.serial import SERIAL
from ..lang.schema import MapOf, Record, Words
from ..text.normalize import fold, normalize

ROLES = ("line", "section", "comments")
#: Lines longer than this are never furniture (keeps matching cheap on huge lines).
MAX_LINE = 300

_MARKS = regex.compile(r"\p{Mn}++")

FurnitureSpec = str | os.PathLike | Mapping[str, Any] | Iterable[str] | None
#: The shape of ``resources/furniture.yaml`` (user rules are checked by :func:`_normalize_spec`).
_SCHEMA = Record({"rules": MapOf(str, Record({}, {"role": str, "phrases": Words, "patterns": Words}))},
                 {"words": MapOf(str, Words)})
#: ``<<name>>`` in a pattern: one of the word lists (``words`` of the resource, months, weekdays).
_PLACEHOLDER = regex.compile(r"<<(\w+)>>")


def fold_line(line: str) -> str:
    """Normalize and fold ``line`` the way rules are matched (ة→ه, أ→ا, diacritics removed…)."""
    return _MARKS.sub("", fold(normalize(line)))


def phrase_key(folded: str) -> str:
    """The key a folded line is looked up by: emoji, bullets and punctuation around it dropped,
    spaces collapsed, lower-cased (for Latin phrases)."""
    i, j = 0, len(folded)
    while i < j and _edge(folded[i]):
        i += 1
    while j > i and _edge(folded[j - 1]):
        j -= 1
    return " ".join(folded[i:j].split()).lower()


def _edge(ch: str) -> bool:
    return ch.isspace() or unicodedata.category(ch)[0] in "PSZC"


@dataclass(frozen=True)
class Rules:
    """Compiled furniture rules: one phrase table and one alternation of all patterns."""

    phrases: dict[str, tuple[str, str]]
    groups: tuple[tuple[str, str, str], ...]  # (folded pattern, rule, role) in rule order
    rules: Mapping[str, Mapping[str, Any]]
    max_phrase: int = MAX_LINE  # no line longer than this can equal a phrase (emoji and bullets included)
    quick: Any = None  # the alternation of all patterns (regex.Pattern | None): most lines fail it
    #: The same alternation with a named group per pattern, only when a pattern reads otherwise alone (a user's
    #: pattern with a flag for the whole pattern or a back-reference: see ``_NOT_ALONE``).
    pattern: Any = None
    #: Each pattern compiled alone, when a line first passes ``quick`` (most pages have no such line; the
    #: alternation with a named group per pattern, compiled at load until session 34, took a third of the
    #: stage's cost over 100 articles).
    _alone: dict[int, Any] = field(default_factory=dict, compare=False, repr=False)

    def match(self, line: str, *, folded: bool = False) -> tuple[str, str] | None:
        """``(rule, role)`` if the whole ``line`` is furniture, else None.  ``folded=True`` when the
        line is already normalized and folded (as the article stage passes it)."""
        text = line if folded else fold_line(line)
        text = text.strip()
        if not text or len(text) > MAX_LINE:
            return None
        if len(text) <= self.max_phrase:
            hit = self.phrases.get(phrase_key(text))
            if hit is not None:
                return hit
        if self.quick is None:
            return None
        try:
            if self.quick.fullmatch(text, None, None, SERIAL, timeout=0.5) is None:
                return None
            if self.pattern is not None:
                m = self.pattern.fullmatch(text, timeout=0.5)
                return None if m is None else next((rule, role) for i, (_, rule, role) in enumerate(self.groups)
                                                   if m.group(f"_r{i}") is not None)
            # the rule is that of the first pattern that matches the whole line alone, as the alternation's
            # first alternative that does
            for i, (_, rule, role) in enumerate(self.groups):
                if self._pattern(i).fullmatch(text, timeout=0.5) is not None:
                    return rule, role
        except TimeoutError:  # a user's pattern that backtracks badly must not hang the stage
            return None
        return None  # pragma: no cover - one pattern always matches

    def _pattern(self, i: int) -> Any:
        """Pattern ``i`` compiled alone (once)."""
        compiled = self._alone.get(i)
        if compiled is None:
            compiled = self._alone[i] = regex.compile(self.groups[i][0], _FLAGS)
        return compiled


def _as_list(value: Any, what: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, Iterable) or any(not isinstance(v, str) for v in value):
        raise TypeError(f"furniture {what} must be a list of strings")
    return list(value)


def _normalize_spec(spec: Any) -> dict[str, dict[str, Any]]:
    """Turn any accepted form of user rules into ``{rule: {"role", "phrases", "patterns"}}``."""
    if spec is None:
        return {}
    if isinstance(spec, (str, os.PathLike)):
        path = Path(spec)
        if not path.is_file():
            raise FileNotFoundError(f"furniture file not found: {path}")
        raw = path.read_text(encoding="utf-8")
        data = ar.parse_text(raw, f"furniture file {str(path)!r}", json_format=path.suffix.lower() == ".json")
        return _normalize_spec(data or {})
    if isinstance(spec, Mapping):
        if "rules" in spec:
            rules = spec["rules"]
            if not isinstance(rules, Mapping):
                raise TypeError("furniture 'rules' must be a mapping of rule name to {role, phrases, patterns}")
            out = {}
            for name, body in rules.items():
                if not isinstance(body, Mapping):
                    raise TypeError(f"furniture rule {name!r} must be a mapping with phrases/patterns")
                out[str(name)] = _rule(str(name), body)
            return out
        if "phrases" in spec or "patterns" in spec:
            return {str(spec.get("rule", "user")): _rule(str(spec.get("rule", "user")), spec)}
        raise ValueError("furniture dict needs 'rules' or 'phrases'/'patterns' keys")
    if isinstance(spec, Iterable):
        return {"user": _rule("user", {"phrases": list(spec)})}
    raise TypeError(f"furniture must be a path, a dict or a list of phrases, not {type(spec).__name__}")


def _rule(name: str, body: Mapping[str, Any]) -> dict[str, Any]:
    role = body.get("role", "line")
    if role not in ROLES:
        raise ValueError(f"furniture rule {name!r}: role must be one of {ROLES}, got {role!r}")
    return {"role": role, "phrases": _as_list(body.get("phrases"), "phrases"),
            "patterns": _as_list(body.get("patterns"), "patterns")}


def _merge(base: dict[str, dict[str, Any]], extra: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    out = {name: {"role": r["role"], "phrases": list(r["phrases"]), "patterns": list(r["patterns"])}
           for name, r in base.items()}
    for name, rule in extra.items():
        if name in out:
            out[name]["phrases"] += rule["phrases"]
            out[name]["patterns"] += rule["patterns"]
        else:
            out[name] = rule
    return out


#: The flags the patterns are read with.
_FLAGS = regex.V0 | regex.IGNORECASE
#: What makes a pattern read otherwise alone than in the alternation of all: a flag for the whole pattern
#: ("(?s)"), a back-reference by number or name (the numbers of the groups of the patterns before it).
_NOT_ALONE = regex.compile(r"\(\?[a-zA-Z]+\)|\\[1-9g]|\(\?P[=>]|\(\?&")


def _compile(rules: dict[str, dict[str, Any]], checked: frozenset[str] = frozenset()) -> Rules:
    """The rules compiled; each pattern not in ``checked`` (the shipped ones, which a test compiles one by one) is
    compiled alone first, so that a bad one is named."""
    phrases: dict[str, tuple[str, str]] = {}
    groups: list[tuple[str, str, str]] = []
    plain: list[str] = []
    for name, rule in rules.items():
        for phrase in rule["phrases"]:
            key = phrase_key(fold_line(phrase))
            if key:
                phrases.setdefault(key, (name, rule["role"]))
        for pattern in rule["patterns"]:
            folded = _expand(fold_line(pattern), name)
            if folded not in checked:
                try:
                    regex.compile(folded)
                except regex.error as exc:
                    raise ValueError(f"furniture rule {name!r}: bad pattern {pattern!r}: {exc}") from None
            plain.append(f"(?:{folded})")
            groups.append((folded, name, rule["role"]))
    quick = regex.compile("|".join(plain), _FLAGS) if plain else None
    grouped = None
    if any(_NOT_ALONE.search(p) for p, _, _ in groups):
        grouped = regex.compile("|".join(f"(?P<_r{i}>{p})" for i, (p, _, _) in enumerate(groups)), _FLAGS)
    longest = max(map(len, phrases), default=0)
    return Rules(phrases, tuple(groups), rules, min(MAX_LINE, longest + 24), quick, grouped)


def _expand(pattern: str, rule: str) -> str:
    """``pattern`` with every ``<<name>>`` replaced by the alternation of that word list."""
    if "<<" not in pattern:
        return pattern
    lists = _word_lists()

    def one(m: Any) -> str:
        name = m.group(1)
        if name not in lists:
            raise ValueError(f"furniture rule {rule!r}: unknown word list <<{name}>> (known: {sorted(lists)})")
        return lists[name]

    return _PLACEHOLDER.sub(one, pattern)


@cache
def _word_lists() -> dict[str, str]:
    """The word lists patterns may name, each as a folded trie alternation."""
    from ..extract.dates.months import lexicon  # the dates stage's month and weekday names

    lex = lexicon()
    words: dict[str, list[str]] = {name: [fold_line(w).lower() for w in ws]
                                   for name, ws in (ar.load("furniture.yaml", _SCHEMA).get("words") or {}).items()}
    words["month"] = list(lex.months)
    words["weekday"] = list(lex.weekdays)
    return {name: ar.trie_regex(sorted({w for w in ws if w})) for name, ws in words.items()}


@cache
def word_list(name: str) -> frozenset[str]:
    """The words of the resource's list ``name``, folded as lines are (``fold_line``)."""
    words = (ar.load("furniture.yaml", _SCHEMA).get("words") or {}).get(name) or []
    return frozenset(fold_line(w).lower() for w in words)


@cache
def _shipped() -> dict[str, dict[str, Any]]:
    return _normalize_spec({"rules": ar.load("furniture.yaml", _SCHEMA)["rules"]})


@cache
def _shipped_patterns() -> frozenset[str]:
    """The shipped patterns, folded and expanded (tests/test_article.py compiles each alone)."""
    return frozenset(_expand(fold_line(p), name) for name, rule in _shipped().items() for p in rule["patterns"])


@cache
def _shipped_rules() -> Rules:
    return _compile(_shipped(), _shipped_patterns())


def load_rules(furniture: FurnitureSpec = None) -> Rules:
    """The shipped furniture rules, merged with ``furniture`` (a path to a YAML/JSON file, a dict
    of the resource's shape or ``{"phrases": [...], "patterns": [...], "role": ...}``, or a list of
    phrases).  Raises ``ValueError``/``TypeError`` for malformed rules, naming the rule."""
    if furniture is None:
        return _shipped_rules()
    return _compile(_merge(_shipped(), _normalize_spec(furniture)), _shipped_patterns())
