"""A counted noun after a number, for the family tests: the number's text, value and unit, and the unit's
offsets checked against the noun as written."""

from __future__ import annotations

from functools import cache

from arabnews import Pipeline


def counted(nlp, sentence: str, digits: str, noun: str) -> str | None:
    """The unit of the one number of ``sentence`` (``digits`` then ``noun``, valued 37), its offsets checked."""
    (n,) = nlp(sentence).numbers
    assert (n.text, n.value) == (digits, 37)
    assert sentence[int(n.attrs["unit_start"]):int(n.attrs["unit_end"])] == noun
    return n.unit


def only(nlp, text: str, number: str):
    """The one number of ``text`` written ``number``, its offsets checked."""
    hits = [n for n in nlp(text).numbers if n.text == number]
    assert len(hits) == 1, [(n.text, n.unit) for n in nlp(text).numbers]
    n = hits[0]
    assert text[n.start:n.end] == number
    return n


def unit_surface(text: str, n) -> str:
    """The unit of number ``n`` as written in ``text``, its offsets checked against its ``unit_text``."""
    surface = text[int(n.attrs["unit_start"]):int(n.attrs["unit_end"])]
    assert surface == n.attrs["unit_text"]
    return surface


@cache
def _numbers_dates() -> Pipeline:
    return Pipeline(["numbers", "dates"])


def numbers_and_dates(text: str) -> tuple[list[dict], list[dict]]:
    """The numbers and dates of ``text`` as JSON (reference date 2017-06-01; a pipeline of the two layers only, made
    once), each span checked against the text."""
    doc = _numbers_dates()(text, reference_date="2017-06-01").to_dict()
    for span in doc["numbers"] + doc["dates"]:
        assert text[span["start"]:span["end"]] == span["text"]
    return doc["numbers"], doc["dates"]


def scores(nlp, text: str) -> list[tuple[str, int, int, str | None]]:
    """The score spans of ``text`` as (surface, first, second, unit), each checked against its offsets and its
    value (the first side)."""
    out = []
    for n in nlp(text).numbers:
        if n.kind == "score":
            assert text[n.start:n.end] == n.text
            assert n.value == n.attrs["first"]
            out.append((n.text, n.attrs["first"], n.attrs["second"], n.unit))
    return out
