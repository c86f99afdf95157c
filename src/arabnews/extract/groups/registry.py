"""The registry of named groups: loading, validation, merging, and the compiled alias matcher.

A registry is a list of entries (see ``resources/groups.yaml`` for the schema).  Every Arabic name
of an entry (``name_ar``, ``aliases_ar``, ``abbreviations``) is normalized and folded the way
``Document.folded`` is, so that "تنظيم الدولة الإسلامية" and "تنظيم الدوله الاسلاميه" are one key,
and all keys are compiled once into a single regex trie.

>>> reg = default_registry()
>>> reg.lookup("قسد").id
'syrian-democratic-forces'
>>> reg.lookup("قوات سورية الديمقراطية").id
'syrian-democratic-forces'
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import regex
import yaml

from ...lang import ar
from ...lang.ar.scan import GatedPattern
from ...lang.schema import AnyOf, ListOf, Record, Words
from .lexicon import WORD_CHAR, gate_group, gated, joined_words, kinds, spelling_variants

#: The kinds an entry may have (``kinds`` in ``resources/group_triggers.yaml``).
KINDS: frozenset[str] = kinds()
_LIST_FIELDS = ("aliases_ar", "aliases_en", "abbreviations", "requires_context", "ambiguous", "short_names",
                "headed_names", "leaders_ar", "country_names")
_TEXT_FIELDS = ("name_en", "name_ar", "kind", "country", "allegiance", "parent", "active", "notes", "sources")
FIELDS: frozenset[str] = frozenset({"id", "collective", *_LIST_FIELDS, *_TEXT_FIELDS})
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_ARABIC = regex.compile(r"\p{Arabic}")
#: ``active``: "2013–2014", "2017–" (an en dash or a hyphen), or one year.
_ACTIVE = re.compile(r"(?P<first>\d{4})\s*(?:[–-]\s*(?P<last>\d{4})?)?\s*$")

#: The shape of ``resources/groups.yaml``; its entries then go through the same checks as a user's.
_SCHEMA = Record({"groups": ListOf(Record(
    {"id": str, "name_ar": str},
    {**dict.fromkeys(_TEXT_FIELDS, str), **dict.fromkeys(_LIST_FIELDS, AnyOf((str, Words))), "collective": bool},
    label="id"))})

#: The lookup key of a name: normalized, folded, single-spaced, dashes as " - " (kept under its old
#: name; it is :func:`arabnews.lang.ar.lookup_key`).
fold_key = ar.lookup_key


def _variants(key: str) -> set[str]:
    out = {key}
    words = key.split(" ")
    for i, word in enumerate(words):
        for base, alts in spelling_variants():
            if word == base:  # every other word's variants too: "الحزب الديموقراطي الأميركي" (session 29)
                out |= {" ".join([*k.split(" ")[:i], alt, *k.split(" ")[i + 1:]]) for k in list(out) for alt in alts}
    for word in joined_words():
        if word + " " in key:
            out |= {k.replace(word + " ", word) for k in list(out)}
    return out


@dataclass(frozen=True, slots=True)
class Group:
    """One registry entry.  ``keys`` are the folded Arabic forms the matcher looks for."""

    id: str
    name_ar: str
    name_en: str | None = None
    kind: str | None = None
    country: str | None = None
    allegiance: str | None = None
    parent: str | None = None
    active: str | None = None
    collective: bool = False
    notes: str | None = None
    aliases_ar: tuple[str, ...] = ()
    aliases_en: tuple[str, ...] = ()
    abbreviations: tuple[str, ...] = ()
    requires_context: tuple[str, ...] = ()
    #: where the facts of the entry come from
    sources: str | None = None
    #: Arabic names this group shares with another group that lists them too ("أنصار الشريعة" of
    #: Libya and of Tunisia): the mention goes to the group of the country the document's places and
    #: nationalities point to most (the registry's first when none does), ``attrs["ambiguous"]`` lists
    #: every candidate.
    ambiguous: tuple[str, ...] = ()
    #: Arabic names that stand for the group only in a document that also names it in full ("النهضة" of حركة
    #: النهضة, "النداء" of نداء تونس), or with a generic head before them ("حزب النهضة").
    short_names: tuple[str, ...] = ()
    #: Arabic names, among its names, that stand for the group only right after a generic head or a member
    #: noun ("حركة الشباب", "مقاتلي الشباب"), whatever else the document names: "تشغيل الشباب" is no group.
    headed_names: tuple[str, ...] = ()
    #: Arabic names of its leaders (noms de guerre with their case forms: "أبو عياض", "أبي عياض"): one named near an
    #: ambiguous name gives it to this group ("أمير تنظيم أنصار الشريعة سيف الله بن حسين" is Tunisia's).
    leaders_ar: tuple[str, ...] = ()
    #: Arabic names, among its names, that stand for the group only in a document whose countries point to its own
    #: (session 26: "حكومة الوحدة الوطنية" is Libya's GNU in a Libyan article, Tunisia's 2016 government is no group)
    #: and that no other country's nisba follows.
    country_names: tuple[str, ...] = ()
    keys: frozenset[str] = field(default=frozenset(), compare=False)
    ambiguous_keys: frozenset[str] = field(default=frozenset(), compare=False)
    short_keys: frozenset[str] = field(default=frozenset(), compare=False)
    headed_keys: frozenset[str] = field(default=frozenset(), compare=False)
    leader_keys: frozenset[str] = field(default=frozenset(), compare=False)
    country_keys: frozenset[str] = field(default=frozenset(), compare=False)

    def active_in(self, year: int) -> bool | None:
        """Was the group active in ``year`` by its ``active`` years ("2013–2014", "2017–"); None when they
        are not given.

        >>> default_registry()["nsf-tunisia"].active_in(2014), default_registry()["nsf-tunisia"].active_in(2017)
        (True, False)
        """
        m = _ACTIVE.match(self.active or "")
        if m is None:
            return None
        first, last = int(m["first"]), m["last"]
        return first <= year and (last is None or year <= int(last))

    @property
    def arabic_names(self) -> tuple[str, ...]:
        """``name_ar``, the Arabic aliases and the abbreviations, without repeats."""
        return tuple(dict.fromkeys((self.name_ar, *self.aliases_ar, *self.abbreviations)))

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "name_en": self.name_en, "name_ar": self.name_ar}
        for name in ("aliases_ar", "aliases_en", "abbreviations"):
            out[name] = list(getattr(self, name))
        for name in ("kind", "country", "allegiance", "parent", "active", "notes", "sources"):
            out[name] = getattr(self, name)
        out["collective"] = self.collective
        out["requires_context"] = list(self.requires_context)
        out["ambiguous"] = list(self.ambiguous)
        out["short_names"] = list(self.short_names)
        out["headed_names"] = list(self.headed_names)
        out["leaders_ar"] = list(self.leaders_ar)
        out["country_names"] = list(self.country_names)
        return out


def _where(entry: Any, index: int) -> str:
    if isinstance(entry, Mapping) and isinstance(entry.get("id"), str):
        return f"group entry {index} (id {entry['id']!r})"
    return f"group entry {index}"


def _check_entry(entry: Any, index: int, *, partial: bool) -> dict[str, Any]:
    """Validate one raw entry; ``partial`` entries (extending a known id) may omit name_ar."""
    where = _where(entry, index)
    if not isinstance(entry, Mapping):
        raise ValueError(f"{where}: must be a mapping, got {type(entry).__name__}")
    unknown = sorted(set(entry) - FIELDS)
    if unknown:
        raise ValueError(f"{where}: unknown field(s) {unknown}; fields are {sorted(FIELDS)}")
    gid = entry.get("id")
    if not isinstance(gid, str) or not _ID.match(gid):
        raise ValueError(f"{where}: 'id' must be a lowercase slug like 'liwa-al-quds', got {gid!r}")
    out: dict[str, Any] = {"id": gid}
    for name in _TEXT_FIELDS:
        value = entry.get(name)
        if value is None or value == "":
            continue
        if not isinstance(value, str):
            raise ValueError(f"{where}: {name!r} must be a string, got {type(value).__name__}")
        out[name] = value.strip()
    for name in _LIST_FIELDS:
        value = entry.get(name)
        if value is None:
            continue
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) and v.strip() for v in value):
            raise ValueError(f"{where}: {name!r} must be a list of non-empty strings")
        out[name] = tuple(v.strip() for v in value)
    if "collective" in entry:
        if not isinstance(entry["collective"], bool):
            raise ValueError(f"{where}: 'collective' must be true or false")
        out["collective"] = entry["collective"]
    if "name_ar" in out and not _ARABIC.search(out["name_ar"]):
        raise ValueError(f"{where}: 'name_ar' must be written in Arabic, got {out['name_ar']!r}")
    if not partial and not out.get("name_ar"):
        raise ValueError(f"{where}: 'name_ar' (the Arabic name) is required")
    for name in ("aliases_ar", "abbreviations", "leaders_ar"):
        bad = [v for v in out.get(name, ()) if not _ARABIC.search(v)]
        if bad:
            raise ValueError(f"{where}: {name!r} must be Arabic names, got {bad}")
    if out.get("kind") is not None and out["kind"] not in KINDS:
        raise ValueError(f"{where}: kind {out['kind']!r} is not one of {sorted(KINDS)}")
    return out


def _build(fields: dict[str, Any]) -> Group:
    keys: set[str] = set()
    names = dict.fromkeys((fields["name_ar"], *fields.get("aliases_ar", ()), *fields.get("abbreviations", ())))
    for name in names:
        key = fold_key(name)
        if len(key.replace(" ", "")) < 2:
            raise ValueError(f"group {fields['id']!r}: Arabic name {name!r} is too short to match safely")
        keys |= _variants(key)
    ambiguous: set[str] = set()
    for name in fields.get("ambiguous", ()):
        if name not in names:
            raise ValueError(f"group {fields['id']!r}: ambiguous name {name!r} is not one of its Arabic names")
        ambiguous |= _variants(fold_key(name))
    short, headed, country = (_subset(fields, names, field, what) for field, what in (
        ("short_names", "short name"), ("headed_names", "headed name"), ("country_names", "country name")))
    leaders = frozenset(fold_key(name) for name in fields.get("leaders_ar", ()))
    return Group(**fields, keys=frozenset(keys), ambiguous_keys=frozenset(ambiguous), short_keys=short,
                 headed_keys=headed, leader_keys=leaders, country_keys=country)


def _subset(fields: dict[str, Any], names: Iterable[str], name_field: str, what: str) -> frozenset[str]:
    """The folded keys of the names listed under ``name_field``, each one of the group's Arabic ``names``."""
    keys: set[str] = set()
    for name in fields.get(name_field, ()):
        if name not in names:
            raise ValueError(f"group {fields['id']!r}: {what} {name!r} is not one of its Arabic names")
        keys |= _variants(fold_key(name))
    return frozenset(keys)


class Registry:
    """A validated set of groups, with a folded-alias index and a compiled matcher.

    Raises ``ValueError`` when ids repeat, a name is claimed by two groups, or a ``parent`` /
    ``requires_context`` id is unknown.
    """

    def __init__(self, groups: Iterable[Group]) -> None:
        self._groups: dict[str, Group] = {}
        self._by_key: dict[str, str] = {}
        self._ambiguous: dict[str, tuple[str, ...]] = {}
        for group in groups:
            if group.id in self._groups:
                raise ValueError(f"duplicate group id {group.id!r}")
            self._groups[group.id] = group
            for key in group.keys:
                other = self._by_key.get(key)
                if other is not None and other != group.id:
                    if key in group.ambiguous_keys and key in self._groups[other].ambiguous_keys:
                        self._ambiguous[key] = (*self._ambiguous.get(key, (other,)), group.id)
                        continue
                    raise ValueError(f"Arabic name {key!r} is claimed by both {other!r} and {group.id!r}"
                                     " (list it under `ambiguous` in both to allow it)")
                self._by_key[key] = group.id
        for group in self._groups.values():
            for ref in (group.parent, *group.requires_context):
                if ref is not None and ref not in self._groups:
                    raise ValueError(f"group {group.id!r} refers to unknown id {ref!r}")
        self._matcher: re.Pattern[str] | None = None
        self._gated: GatedPattern | None = None

    # -- construction ----------------------------------------------------------------------------
    @classmethod
    def from_entries(cls, entries: Iterable[Any], *, base: Registry | None = None) -> Registry:
        """Build from raw mappings; with ``base``, entries extend it (same id: fields override,
        alias lists are added to)."""
        if isinstance(entries, (str, bytes)) or not isinstance(entries, Iterable):
            raise ValueError("groups must be a list of group entries")
        merged: dict[str, dict[str, Any]] = {}
        if base is not None:
            merged = {g.id: _group_fields(g) for g in base}
        seen: set[str] = set()
        for index, entry in enumerate(entries):
            partial = isinstance(entry, Mapping) and entry.get("id") in merged
            fields = _check_entry(entry, index, partial=partial)
            if fields["id"] in seen:
                raise ValueError(f"{_where(entry, index)}: duplicate id")
            seen.add(fields["id"])
            if partial:
                old = merged[fields["id"]]
                for name, value in fields.items():
                    if name in _LIST_FIELDS:
                        old[name] = tuple(dict.fromkeys((*old.get(name, ()), *value)))
                    else:
                        old[name] = value
            else:
                merged[fields["id"]] = fields
        return cls(_build(f) for f in merged.values())

    # -- access ----------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._groups)

    def __iter__(self) -> Iterator[Group]:
        return iter(self._groups.values())

    def __contains__(self, gid: object) -> bool:
        return gid in self._groups

    def __getitem__(self, gid: str) -> Group:
        return self._groups[gid]

    def get(self, gid: str) -> Group | None:
        return self._groups.get(gid)

    def lookup(self, name: str) -> Group | None:
        """The group one of whose Arabic names is ``name`` (any spelling variant), or None."""
        gid = self._by_key.get(fold_key(name))
        return None if gid is None else self._groups[gid]

    def group_of_key(self, key: str) -> Group:
        return self._groups[self._by_key[key]]

    def candidates(self, key: str) -> tuple[str, ...]:
        """Every group id an ambiguous folded name may stand for (empty for an unambiguous one)."""
        return self._ambiguous.get(key, ())

    @property
    def keys(self) -> Mapping[str, str]:
        """Folded Arabic name → id."""
        return self._by_key

    # -- matching --------------------------------------------------------------------------------
    @property
    def matcher(self) -> re.Pattern[str]:
        """One compiled pattern for every name (built on first use).

        Groups: ``pre`` proclitics, ``name`` the name; for names with the article written after
        the preposition lam ("للحشد الشعبي"), ``pre2`` ("لل") and ``name2`` (the name without "ال").
        """
        if self._matcher is None:
            self._matcher = _compile(self._by_key)
        return self._matcher

    @property
    def gated_matcher(self) -> GatedPattern:
        """:attr:`matcher`, tried only at the runs of letters that a proclitic and the first word of a name (or
        "لل" and a name's first word without its article) can be: the same matches, without trying the pattern at
        every character of a region (sessions 42-43).  The shipped registry's strings join the stage's other gates
        (:func:`~.lexicon.gate_group`, one read of a region's runs for all); a user's registry, loaded per stage,
        reads them alone (the shared group would keep every registry it ever met)."""
        if self._gated is None:
            keys = [k.replace(" - ", "-") for k in self._by_key]
            artless = [k[2:] for k in keys if k.startswith("ال") and len(k) > 3]
            group = gate_group() if self is default_registry() else None
            self._gated = gated(self.matcher, ar.PROCLITIC, keys, group, also=((ar.LIL, artless),))
        return self._gated


def _group_fields(group: Group) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for name in ("id", *_TEXT_FIELDS, *_LIST_FIELDS, "collective"):
        value = getattr(group, name)
        if value not in (None, (), False):
            out[name] = value
    return out


# ---------------------------------------------------------------------------------------------------
# The regex trie
def _compile(keys: Iterable[str]) -> re.Pattern[str]:
    # " - " in a key stands for a dash with optional spaces around it.
    keys = [k.replace(" - ", "-") for k in keys]
    plain = ar.trie_regex(keys)
    artless = [k[2:] for k in keys if k.startswith("ال") and len(k) > 3]
    art = ar.trie_regex(artless)
    # A name ends before anything but a letter, and one that ends with a digit ("اللواء 106") before
    # anything but a digit: a number glued to a name by a bad scrape ("قوات الحشد الشعبي87") does not hide it.
    pattern = (
        rf"(?<!{WORD_CHAR})"
        rf"(?:(?P<pre>{ar.PROCLITIC})(?P<name>{plain})|(?P<pre2>{ar.LIL})(?P<name2>{art}))"
        r"(?![^\W\d])(?!(?<=\d)\d)"
    )
    return re.compile(pattern)


# ---------------------------------------------------------------------------------------------------
# Loading
def _read_source(source: str | os.PathLike[str]) -> Any:
    path = Path(source)
    if not path.is_file():
        raise ValueError(f"groups registry file not found: {str(path)!r}")
    text = path.read_text(encoding="utf-8")
    if path.suffix.lower() == ".json":
        try:
            return json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(f"groups registry {str(path)!r} is not valid JSON: {exc}") from None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ValueError(f"groups registry {str(path)!r} is not valid YAML: {exc}") from None


def _entries(data: Any, what: str) -> list[Any]:
    if isinstance(data, Mapping):
        if "groups" not in data:
            raise ValueError(f"{what} must be a list of groups or a mapping with a 'groups' list")
        data = data["groups"]
    if data is None:
        return []
    if not isinstance(data, (list, tuple)):
        raise ValueError(f"{what} must be a list of group entries, got {type(data).__name__}")
    return list(data)


@cache
def default_registry() -> Registry:
    """The registry shipped with arabnews (``resources/groups.yaml``), loaded once."""
    return Registry.from_entries(_entries(ar.load("groups.yaml", _SCHEMA), "groups.yaml"))


def load_registry(groups: Any = None) -> Registry:
    """The shipped registry extended by ``groups``: None, a ``Registry``, a path to a YAML/JSON
    file, a list of entries, or a mapping ``{"groups": [...]}``.  Entries whose id is already
    known extend that group (their fields override, their aliases are added).
    """
    if groups is None:
        return default_registry()
    if isinstance(groups, Registry):
        return groups
    if isinstance(groups, (str, os.PathLike)):
        entries = _entries(_read_source(groups), f"groups registry {str(groups)!r}")
    else:
        entries = _entries(groups, "groups")
    if not entries:
        return default_registry()
    return Registry.from_entries(entries, base=default_registry())
