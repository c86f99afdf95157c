"""What a post-CRF rule needs in a sentence before it can change a tag: its gate.

Most rules of :mod:`.backoff` and :mod:`.corrections` start by returning when the sentence lacks what
they work on: a word of one of their lists ("مخيم" for :func:`.boundaries.whole_camp`), a tag of
theirs (a "B-PER" for the person rules), a token text ("(" before an acronym).  A rule declares that
test with :func:`gate`, and :func:`.backoff.run_rules` answers it from what it knows of the sentence
(its words' list bits once, the tags present once per change) without calling the rule: of some 60
rules, a sentence opens a dozen.  The rule keeps its own test, so called alone it is unchanged.

>>> from arabnews.extract.entities.backoff import head_out_of_loc
>>> gate_of(head_out_of_loc).tags
frozenset({'B-LOC'})
>>> shut(gate_of(head_out_of_loc), 0, {"O", "B-PER", "I-PER"}, frozenset())
True
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Set
from dataclasses import dataclass
from typing import TypeVar

from .bio import LABELS, Tag

#: Every tag of a name ("B-PER", "I-LOC", …): a rule gated on them needs a name in the sentence.
NAME_TAGS: frozenset[Tag] = frozenset(f"{bio}-{label}" for label in LABELS for bio in "BI")


@dataclass(frozen=True)
class Gate:
    """The sentence a rule can change: one of whose words is in a list of ``bits`` (the bits of
    :func:`.rulewords.word_flags`; 0: any), one of whose tags is in ``tags`` (empty: any) and one of
    whose token texts is in ``texts`` (empty: any)."""

    bits: int = 0
    tags: frozenset[Tag] = frozenset()
    texts: frozenset[str] = frozenset()


_GATES: dict[Callable[..., None], Gate] = {}
R = TypeVar("R", bound=Callable[..., None])


def gate(bits: int = 0, tags: Iterable[Tag] = (), texts: Iterable[str] = ()) -> Callable[[R], R]:
    """Declare the :class:`Gate` of the rule it decorates (the rule is returned as it is).  The gate
    must be implied by the rule's own first test: a rule whose gate is shut changes nothing."""
    def mark(rule: R) -> R:
        _GATES[rule] = Gate(bits, frozenset(tags), frozenset(texts))
        return rule
    return mark


def gate_of(rule: Callable[..., None]) -> Gate | None:
    """The gate ``rule`` declared, or None (a rule called on every sentence)."""
    return _GATES.get(rule)


def shut(g: Gate, bits: int, tags: Set[Tag], texts: Set[str]) -> bool:
    """Is ``g`` shut for a sentence whose words' bits together are ``bits``, whose tags are ``tags``
    and whose token texts are ``texts``?"""
    return bool((g.bits and not bits & g.bits) or (g.tags and g.tags.isdisjoint(tags))
                or (g.texts and g.texts.isdisjoint(texts)))
