"""Schemas for the package's data files, checked once when a file is loaded.

A schema is built from Python types and four combinators, and :func:`check` raises a
:class:`~arabnews.errors.ResourceError` that names the file and the entry at fault:

>>> schema = Record({"triggers": MapOf(str, str)}, {"heads": ListOf(str)})
>>> check({"triggers": {"لواء": "brigade"}, "heads": ["حركة"]}, schema, "group_triggers.yaml")
>>> check({"triggers": {}, "haeds": []}, schema, "group_triggers.yaml")
Traceback (most recent call last):
...
arabnews.errors.ResourceError: group_triggers.yaml: unknown key 'haeds' (expected one of: heads, triggers)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Union

from ..errors import ResourceError

Spec = Union[type, tuple[type, ...], "Record", "ListOf", "MapOf", "AnyOf"]


@dataclass(frozen=True)
class Record:
    """A mapping with ``required`` and ``optional`` keys, each with its spec; other keys are errors
    unless ``extra`` is true.  ``label`` names the field that identifies an entry in messages."""

    required: Mapping[str, Any]
    optional: Mapping[str, Any] = field(default_factory=dict)
    extra: bool = False
    label: str = "id"


@dataclass(frozen=True)
class ListOf:
    """A list (or tuple) whose items all match ``item``."""

    item: Any


@dataclass(frozen=True)
class MapOf:
    """A mapping whose keys match ``key`` and values match ``value``."""

    key: Any
    value: Any


@dataclass(frozen=True)
class AnyOf:
    """A value matching at least one of ``options``."""

    options: tuple[Any, ...]


#: A list of words: the most common shape of a lexicon entry.
Words = ListOf(str)


def _describe(spec: Any) -> str:
    if isinstance(spec, type):
        return {str: "text", int: "an integer", float: "a number", bool: "true/false", dict: "a mapping",
                list: "a list", type(None): "empty"}.get(spec, spec.__name__)
    if isinstance(spec, tuple):
        return " or ".join(_describe(s) for s in spec)
    if isinstance(spec, Record):
        return "a mapping"
    if isinstance(spec, ListOf):
        return f"a list of {_describe(spec.item)}"
    if isinstance(spec, MapOf):
        return "a mapping"
    if isinstance(spec, AnyOf):
        return " or ".join(_describe(s) for s in spec.options)
    return repr(spec)


def _type_ok(value: Any, spec: type | tuple[type, ...]) -> bool:
    types = spec if isinstance(spec, tuple) else (spec,)
    if isinstance(value, bool) and bool not in types:
        return False  # YAML "yes" is not a number
    if float in types and isinstance(value, int) and not isinstance(value, bool):
        return True
    return isinstance(value, types)


def _errors(value: Any, spec: Any, where: str) -> list[str]:
    if isinstance(spec, (type, tuple)):
        return [] if _type_ok(value, spec) else [f"{where}: expected {_describe(spec)}, got {value!r:.60}"]
    if isinstance(spec, AnyOf):
        if any(not _errors(value, option, where) for option in spec.options):
            return []
        return [f"{where}: expected {_describe(spec)}, got {value!r:.60}"]
    if isinstance(spec, ListOf):
        if not isinstance(value, (list, tuple)):
            return [f"{where}: expected {_describe(spec)}, got {type(value).__name__}"]
        out: list[str] = []
        for i, item in enumerate(value):
            name = f"{where}[{i}]"
            if isinstance(spec.item, Record) and isinstance(item, Mapping) and spec.item.label in item:
                name += f" ({spec.item.label} {item[spec.item.label]!r})"
            out += _errors(item, spec.item, name)
        return out
    if isinstance(spec, MapOf):
        if not isinstance(value, Mapping):
            return [f"{where}: expected a mapping, got {type(value).__name__}"]
        out = []
        for k, v in value.items():
            out += _errors(k, spec.key, f"{where}: key {k!r}")
            out += _errors(v, spec.value, f"{where}.{k}")
        return out
    if isinstance(spec, Record):
        if not isinstance(value, Mapping):
            return [f"{where}: expected a mapping, got {type(value).__name__}"]
        out = []
        known = {**spec.required, **spec.optional}
        for k in value:
            if k not in known and not spec.extra and k != "_about":
                out.append(f"{where}: unknown key {k!r} (expected one of: {', '.join(sorted(known))})")
        for k in spec.required:
            if k not in value:
                out.append(f"{where}: missing field {k!r}")
        for k, v in value.items():
            if k in known:
                out += _errors(v, known[k], f"{where}.{k}")
        return out
    raise TypeError(f"not a schema: {spec!r}")


def check(data: Any, spec: Any, name: str) -> None:
    """Raise :class:`ResourceError` naming ``name`` and the entry if ``data`` does not match ``spec``."""
    problems = _errors(data, spec, name)
    if problems:
        more = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise ResourceError(problems[0].replace(f"{name}.", f"{name}: ", 1) + more)
