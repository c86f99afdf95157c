"""camel-tools primitives, used when the ``camel`` extra is installed.

arabnews' own normalization and tokenization never need camel-tools (they keep an offset map,
which camel-tools' char maps do not).  With the extra installed you also get:

- :func:`transliterate` — Buckwalter and other schemes through camel-tools' ``CharMapper``
  (``ar2bw``, ``bw2ar``, ``ar2safebw``, ``safebw2ar``, ``ar2xmlbw``, ``xmlbw2ar``, ``ar2hsb``, ``hsb2ar``);
- :func:`arclean` and :func:`dediac` — camel-tools' cleaning and de-diacritization, for
  comparing with their pipelines (not length-preserving: use them on strings, not for spans);
- :func:`simple_word_tokenize` — camel-tools' tokenizer, as a reference.

Without it each function raises ``ImportError`` saying how to install the extra.
"""

from __future__ import annotations

from functools import cache
from importlib.util import find_spec

INSTALL_HINT = ("camel-tools is not installed; install the extra with `pip install 'arabnews[camel]'` "
                "(it brings torch: `pip install torch --index-url https://download.pytorch.org/whl/cpu` "
                "first for a CPU-only build)")
SCHEMES = ("ar2bw", "bw2ar", "ar2safebw", "safebw2ar", "ar2xmlbw", "xmlbw2ar", "ar2hsb", "hsb2ar")


def is_available() -> bool:
    """True when camel-tools can be imported (nothing is imported by this check)."""
    return find_spec("camel_tools") is not None


def _require() -> None:
    if not is_available():
        raise ImportError(INSTALL_HINT)


@cache
def _mapper(name: str):
    _require()
    from camel_tools.utils.charmap import CharMapper

    return CharMapper.builtin_mapper(name)


def transliterate(text: str, scheme: str = "ar2bw") -> str:
    """Transliterate with a camel-tools built-in map.

    >>> transliterate("القدس") if is_available() else "Alqds"
    'Alqds'
    """
    if scheme not in SCHEMES:
        raise ValueError(f"scheme must be one of {SCHEMES}, got {scheme!r}")
    return _mapper(scheme)(text)


def arclean(text: str) -> str:
    """camel-tools' ``arclean`` char map (not length-preserving)."""
    return _mapper("arclean")(text)


def dediac(text: str) -> str:
    """camel-tools' ``dediac_ar``."""
    _require()
    from camel_tools.utils.dediac import dediac_ar

    return dediac_ar(text)


def simple_word_tokenize(text: str) -> list[str]:
    """camel-tools' ``simple_word_tokenize``."""
    _require()
    from camel_tools.tokenizers.word import simple_word_tokenize as tok

    return tok(text)
