"""The one folding function and the one lookup key of arabnews.

Every lexicon, gazetteer and registry is matched against folded text, and folds its own entries
with the same function, so that "أيار" written in a data file matches "ايار" in a page.
"""

from __future__ import annotations

import re

_FOLD = str.maketrans({"ة": "ه", "ى": "ي", "ؤ": "و", "ئ": "ي", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"})
_SPACES = re.compile(r"\s+")
_DASH = re.compile(r"\s*[-–—]\s*")


def fold(text: str) -> str:
    """Length-preserving folding for lexicon matching (ة→ه, ى→ي, ؤ→و, ئ→ي, أإآٱ→ا).

    Because it maps one character to one character, offsets into ``fold(s)`` are offsets into ``s``.

    >>> fold("مدينة حماة")
    'مدينه حماه'
    """
    return text.translate(_FOLD)


def lookup_key(text: str) -> str:
    """The lookup key of a lexicon entry or of matched text: normalized (default options), folded,
    stripped, runs of white space as one space and dashes as " - ".

    >>> lookup_key("تنظيم  الدولة الإسلامية")
    'تنظيم الدوله الاسلاميه'
    >>> lookup_key(" أَيّار ")
    'ايار'
    """
    from ...text.normalize import normalize  # the text layer imports this module

    key = fold(normalize(text))
    if "-" in key or "–" in key or "—" in key:
        key = _DASH.sub(" - ", key)
    return _SPACES.sub(" ", key).strip()
