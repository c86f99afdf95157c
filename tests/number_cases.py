"""A counted noun after a number, for the family tests: the number's text, value and unit, and the unit's
offsets checked against the noun as written."""

from __future__ import annotations


def counted(nlp, sentence: str, digits: str, noun: str) -> str | None:
    """The unit of the one number of ``sentence`` (``digits`` then ``noun``, valued 37), its offsets checked."""
    (n,) = nlp(sentence).numbers
    assert (n.text, n.value) == (digits, 37)
    assert sentence[int(n.attrs["unit_start"]):int(n.attrs["unit_end"])] == noun
    return n.unit
