"""Session 45 (issue #18, memory): the attribution stage's entity offsets are sorted arrays, not sets.

``_entity_starts`` (every entity's folded start) and the ends of ``_entity_index`` were frozensets: a 1 MB document's
were 512 + 256 KiB of hash table at the stage's peak, for a few look-ups per speaker.  They are now ``array("q")``
sorted, tested by ``_holds`` (bisect); a PER end's starts are a tuple.  The readings are the same: the role phrase
that ends with an entity ("عمدة لندن") or holds one ("ببن عروس") is read as before.
"""

from __future__ import annotations

from array import array

import arabnews
from arabnews.extract.attribution.spans import entity_spans
from arabnews.extract.attribution.stage import _entity_index, _entity_starts, _holds

REF = "2017-06-01"


def test_holds_is_membership_in_a_sorted_array() -> None:
    offsets = array("q", [3, 8, 21, 400])
    assert [x for x in range(-2, 405) if _holds(offsets, x)] == [3, 8, 21, 400]
    assert not _holds(array("q"), 0)


def test_entity_offsets_are_sorted_arrays_of_the_entities() -> None:
    # ANT 1705 and 608: a person's name after its role, a place inside a role
    text = ("وقال عمدة لندن صادق خان إن المدينة لن تخاف. وأفاد كاتب الدولة للتجارة، فيصل الحفيان، بأن الأسعار "
            "ستنخفض في بن عروس وصفاقس.")
    doc = arabnews.analyze(text, reference_date=REF)
    spans = [(e, span) for e, span in entity_spans(doc)]
    assert len(spans) >= 4
    starts = _entity_starts(doc)
    persons, ends = _entity_index(doc)
    assert isinstance(starts, array) and isinstance(ends, array)
    assert list(starts) == sorted({s for _, (s, _) in spans})
    assert list(ends) == sorted({t for _, (_, t) in spans})
    assert {t: list(v) for t, v in persons.items()} == {
        t: [s for e, (s, u) in spans if e.label == "PER" and u == t] for _, (_, t) in spans
        if any(e.label == "PER" and u == t for e, (_, u) in spans)}
    assert all(isinstance(v, tuple) for v in persons.values())
    assert "صادق خان" in [doc.folded[s:t] for t, v in persons.items() for s in v]


def test_roles_read_through_the_arrays() -> None:
    text = "وقال عمدة لندن صادق خان إن المدينة لن تخاف من الإرهاب."
    (q,) = arabnews.analyze(text, reference_date=REF).layers["quotes"]
    src = q.to_dict()["source"]
    assert (src["text"], src["role"]["text"]) == ("صادق خان", "عمدة لندن")
    text = ("أقدم صباح اليوم كهل على إضرام النار في جسده، وفق ما أفاد به مساعد وكيل الجمهورية بالمحكمة الابتدائية ببن "
            "عروس.")
    (q,) = arabnews.analyze(text, reference_date=REF).layers["quotes"]
    src = q.to_dict()["source"]
    assert src["text"] == "مساعد وكيل الجمهورية بالمحكمة الابتدائية ببن عروس" and "role" not in src
