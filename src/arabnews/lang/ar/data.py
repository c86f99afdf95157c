"""The one loader of the package's YAML/JSON data files: parsed once, schema-checked at load.

>>> from arabnews.lang.schema import Record, Words
>>> data = load("group_triggers.yaml", Record({"triggers": dict}, extra=True))
>>> data["triggers"]["لواء"]
'brigade'
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

import yaml

from ... import resources
from ...errors import ResourceError
from ..schema import check

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def _parse(name: str) -> Any:
    # read, not resources.load_text: its cache would keep every file's text beside the parsed data
    # (places.json's alone is 2 MB as a str)
    text = resources.path(name).read_text(encoding="utf-8")
    try:
        if name.endswith(".json"):
            return json.loads(text)
        return _shared(yaml.load(text, Loader=_LOADER), {})
    except (ValueError, yaml.YAMLError) as exc:
        raise ResourceError(f"{name}: not valid {'JSON' if name.endswith('.json') else 'YAML'}: {exc}") from None


def _shared(data: Any, seen: dict[str, str]) -> Any:
    """``data`` (parsed YAML: dicts, lists, scalars) with one string object per distinct text: the
    parser makes a new one for every occurrence (a word listed under many keys; some 1 MB of the
    loaded pipeline's cached files)."""
    if isinstance(data, str):
        return seen.setdefault(data, data)
    if isinstance(data, list):
        return [_shared(v, seen) for v in data]
    if isinstance(data, dict):
        return {_shared(k, seen): _shared(v, seen) for k, v in data.items()}
    return data


def parse_text(text: str, name: str, *, json_format: bool = False) -> Any:
    """Parse a user's YAML/JSON ``text`` (``name`` is used in messages)."""
    try:
        return json.loads(text) if json_format else yaml.load(text, Loader=_LOADER)
    except (ValueError, yaml.YAMLError) as exc:
        raise ResourceError(f"{name}: not valid {'JSON' if json_format else 'YAML'}: {exc}") from None


_checked: set[tuple[str, int]] = set()


def load_uncached(name: str, schema: Any = None) -> Any:
    """:func:`load` for a large table its caller converts and keeps in its own form (``places.json``: 20,000
    rows): parsed and checked each time it is called, and not kept here, so that the raw rows do not stay in
    memory beside the converted ones."""
    data = _parse.__wrapped__(name)
    if schema is not None:
        check(data, schema, name)
    return data


def load(name: str, schema: Any = None) -> Any:
    """The parsed resource ``name`` (a path under ``arabnews/resources``), checked against ``schema``.

    The file is read and parsed once; callers share the result and must not modify it.
    A malformed file raises :class:`~arabnews.errors.ResourceError` naming the file and the entry.
    """
    data = _parse(name)
    if schema is not None and (name, id(schema)) not in _checked:
        check(data, schema, name)
        _checked.add((name, id(schema)))
    return data
