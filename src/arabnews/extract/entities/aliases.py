"""Short forms in parentheses tied to the name before them: an acronym to its organisation
("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا)"), a nickname to its person ("محمد حمدان
دقلو (حميدتي)").  The short form gets ``attrs["long_form"]`` (the name's surface), the name
``attrs["short_form"]``, and every other mention of the short form in the document with the same
label gets ``long_form`` too ("وقالت أوتشا إن …").

>>> from arabnews.document import EntitySpan
>>> text = "قال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا) إن"
>>> a, b = text.index("مكتب"), text.index("أوتشا")
>>> ents = [EntitySpan(a, b - 2, text[a:b - 2], "ORG"), EntitySpan(b, b + 5, text[b:b + 5], "ORG")]
>>> tie_short_forms(text, ents)
>>> ents[1].attrs["long_form"], ents[0].attrs["short_form"]
('مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية', 'أوتشا')
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

import regex

from ...document import EntitySpan
from ...lang.ar.serial import SERIAL

_OPEN = regex.compile(r"\s*\(\s*")
_CLOSE = regex.compile(r"\s*\)")
#: Labels whose names have short forms in parentheses.
LABELS = frozenset({"ORG", "PER"})


def tie_short_forms(text: str, entities: Sequence[EntitySpan]) -> None:
    """Set ``long_form``/``short_form`` on ``entities`` (in text order) of ``text``, in place."""
    long_forms: dict[tuple[str, str], str] = {}
    for a, b in pairwise(entities):
        if a.label == b.label and a.label in LABELS and _OPEN.fullmatch(text, a.end, b.start, SERIAL) \
                and _CLOSE.match(text, b.end):
            b.attrs["long_form"] = a.text
            a.attrs["short_form"] = b.text
            long_forms[(b.label, b.text)] = a.text
    if long_forms:
        for ent in entities:
            found = long_forms.get((ent.label, ent.text))
            if found is not None and "long_form" not in ent.attrs:
                ent.attrs["long_form"] = found
