"""A stage written outside arabnews, as a user would: it finds who speaks after a reporting verb and
adds its own ``speakers`` layer.  Used by test_structure.py and by the CLI through ``--code``."""

from __future__ import annotations

from dataclasses import dataclass

import regex

import arabnews
from arabnews import Document, Span

# "قال فلان", "وقال فلان", "أكد فلان": the word after the verb is the speaker.
_SPEAKER = regex.compile(r"(?<!\p{L})[وف]?(?:قال|اكد|ذكر)[^\S\n]+(?P<who>\p{Arabic}+)")


@dataclass(slots=True)
class SpeakerSpan(Span):
    """Who speaks: ``verb`` is the reporting verb as normalized."""

    verb: str = ""


def make_speakers():
    def speakers(doc: Document) -> Document:
        found = []
        for m in _SPEAKER.finditer(doc.folded):
            start, end = doc.to_original(*m.span("who"))
            verb = doc.folded[m.start():m.start("who")].strip()
            found.append(SpeakerSpan(start, end, doc.text[start:end], verb=verb, part=doc.part_at(start) or "body"))
        doc.layers["speakers"] = found
        return doc

    return speakers


arabnews.register_layer("speakers", SpeakerSpan)
arabnews.register_stage("speakers", make_speakers, requires=("tokens",), assigns=("speakers",))
