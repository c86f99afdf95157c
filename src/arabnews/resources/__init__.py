"""Package data for arabnews: read-only files, loaded once and cached.

Each data file notes its source and licence in an ``_about`` field (JSON) or a header comment.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


def path(name: str):
    """A ``Traversable`` for the resource file ``name`` shipped in this package."""
    return resources.files(__name__).joinpath(name)


@cache
def load_json(name: str) -> Any:
    """Parse and cache the JSON resource ``name`` (e.g. ``"normalization.json"``)."""
    with path(name).open("r", encoding="utf-8") as fh:
        return json.load(fh)


@cache
def load_text(name: str) -> str:
    """Read and cache the UTF-8 text resource ``name``."""
    return path(name).read_text(encoding="utf-8")


def cache_dir(create: bool = True):
    """The one directory arabnews may write to: ``$ARABNEWS_CACHE_DIR`` if set, else the user
    cache directory of platformdirs (e.g. ``~/.cache/arabnews``).  Package data is never written."""
    import os
    from pathlib import Path

    env = os.environ.get("ARABNEWS_CACHE_DIR")
    if env:
        directory = Path(env)
    else:
        from platformdirs import user_cache_dir

        directory = Path(user_cache_dir("arabnews", appauthor=False))
    if create:
        directory.mkdir(parents=True, exist_ok=True)
    return directory
