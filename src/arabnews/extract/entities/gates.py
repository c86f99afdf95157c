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
    whose token texts is in ``texts`` (empty: any); or, for a gate of ``any_of`` (which then has none of
    these), a sentence that one of its alternatives opens, each a gate of bits and tags (:func:`when`)."""

    bits: int = 0
    tags: frozenset[Tag] = frozenset()
    texts: frozenset[str] = frozenset()
    #: the alternatives of a gate open when one of them is: a rule with two ways to act, each needing its own
    #: tag or word ("two LOCs side by side, or a PER after a town's first word": session 47)
    any_of: tuple[Gate, ...] = ()


_GATES: dict[Callable[..., None], Gate] = {}
R = TypeVar("R", bound=Callable[..., None])


def gate(bits: int = 0, tags: Iterable[Tag] = (), texts: Iterable[str] = (),
         any_of: Iterable[Gate] = ()) -> Callable[[R], R]:
    """Declare the :class:`Gate` of the rule it decorates (the rule is returned as it is).  The gate
    must be implied by the rule's own first test: a rule whose gate is shut changes nothing.  A gate of
    ``any_of`` (alternatives made by :func:`when`) has no bits, tags or texts of its own."""
    alternatives = tuple(any_of)
    if alternatives and (bits or tags or texts):
        raise ValueError("a gate of any_of has no bits, tags or texts of its own")
    if any(g.texts or g.any_of for g in alternatives):
        raise ValueError("an alternative of any_of is a gate of bits and tags alone")

    def mark(rule: R) -> R:
        _GATES[rule] = Gate(bits, frozenset(tags), frozenset(texts), alternatives)
        return rule
    return mark


def when(bits: int = 0, tags: Iterable[Tag] = ()) -> Gate:
    """An alternative of a gate of ``any_of`` (:func:`gate`): a sentence one of whose words is in a list of ``bits``
    (0: any) and one of whose tags is in ``tags`` (empty: any).

    >>> g = Gate(any_of=(when(tags=("B-LOC",)), when(4, ("B-PER",))))
    >>> shut(g, 4, {"B-LOC"}, frozenset()), shut(g, 4, {"B-PER"}, frozenset()), shut(g, 1, {"B-PER"}, frozenset())
    (False, False, True)
    """
    return Gate(bits, frozenset(tags))


def gate_of(rule: Callable[..., None]) -> Gate | None:
    """The gate ``rule`` declared, or None (a rule called on every sentence)."""
    return _GATES.get(rule)


def shut(g: Gate, bits: int, tags: Set[Tag], texts: Set[str]) -> bool:
    """Is ``g`` shut for a sentence whose words' bits together are ``bits``, whose tags are ``tags``
    and whose token texts are ``texts``?"""
    if g.any_of:
        return all(shut(a, bits, tags, texts) for a in g.any_of)
    return bool((g.bits and not bits & g.bits) or (g.tags and g.tags.isdisjoint(tags))
                or (g.texts and g.texts.isdisjoint(texts)))
