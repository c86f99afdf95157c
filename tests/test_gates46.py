"""Session 46 (pf46a, issue #18; speed, output unchanged).

:func:`.backoff.run_rules` visits some forty steps of no word mask per sentence, each gated on tags; it tested
each with ``frozenset.isdisjoint`` against the set of the sentence's tags.  Each tag a gate needs now has a bit
(:data:`.backoff._TAG_BITS`), each step the mask of its gate's tags (:attr:`._Plan.runs`) and the sentence's tags
one mask (:func:`.backoff._tag_mask`): the test is an ``&`` of two small ints.  And
:func:`.consistency._name_starts` asks its memo misses inline again (session 45's helper call cost ~3 M
instructions on the benchmark).
"""

from __future__ import annotations

from itertools import combinations

import pytest

from arabnews import tokenize
from arabnews.extract.entities import backoff, corrections
from arabnews.extract.entities.backoff import _TAG_BITS, _plan, _tag_mask, run_rules
from arabnews.extract.entities.bio import LABELS, Tag
from arabnews.extract.entities.boundaries import person_after_place, stop_before_final_verb
from arabnews.extract.entities.consistency import _forms, _name_starts, start_endings
from arabnews.extract.entities.gates import gate, gate_of
from arabnews.extract.entities.gazetteer import Gazetteer, default_gazetteer
from arabnews.extract.entities.places import head_not_cape
from gate_cases import runs_as_alone, shuts_as_noop

PLANS = [(backoff.RULES, backoff.ON_NAMES), (corrections.RULES, corrections.ON_NAMES)]
TAGS = ["O", *(f"{bio}-{label}" for label in LABELS for bio in "BI")]


def test_each_tag_a_gate_needs_has_its_own_small_bit() -> None:
    for rules, on in PLANS:
        _plan(rules, on)
    bits = list(_TAG_BITS.values())
    assert len(set(bits)) == len(bits)
    assert all(b > 0 and b & (b - 1) == 0 and b < 1 << 30 for b in bits)
    assert {"B-PER", "I-PER", "B-LOC", "B-ORG"} <= _TAG_BITS.keys()


def test_a_tag_no_gate_needs_is_no_bit() -> None:
    assert _tag_mask(["B-NOTHING", "X"]) == 0
    assert _tag_mask(set()) == 0
    assert _tag_mask(["B-LOC", "B-LOC", "I-LOC"]) == _TAG_BITS["B-LOC"] | _TAG_BITS["I-LOC"]


@pytest.mark.parametrize(("rules", "on"), PLANS)
def test_the_masks_of_the_steps_answer_as_their_sets(rules, on) -> None:  # type: ignore[no-untyped-def]
    """For every set of up to three tags, a step's mask shares a bit with the tags' mask exactly when its set of tags
    meets the set (0: a step that needs no tag)."""
    plan = _plan(rules, on)
    assert len(plan.runs) == len(plan.steps)
    for (rule, mask, texts), (rule2, _, tags, texts2) in zip(plan.runs, plan.steps, strict=True):
        assert rule is rule2 and texts is texts2 and bool(mask) == bool(tags)
        for n in range(4):
            for present in combinations(TAGS, n):
                assert bool(mask & _tag_mask(present)) == (not tags.isdisjoint(present)), (rule.__name__, present)


calls: list[str] = []


def add_loc(toks, tags: list[Tag], gaz: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    calls.append("add_loc")
    tags[-1] = "B-LOC"


def drop_all(toks, tags: list[Tag], gaz: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    calls.append("drop_all")
    tags[:] = ["O"] * len(tags)


@gate(tags=("B-LOC",))
def on_place(toks, tags: list[Tag], gaz: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    calls.append("on_place")


@gate(tags=("B-PER", "I-PER"))
def on_person(toks, tags: list[Tag], gaz: Gazetteer) -> None:  # type: ignore[no-untyped-def]
    calls.append("on_person")


@pytest.mark.parametrize(("rules", "tags", "expected"), [
    ((on_place, on_person), ["O", "O", "O"], []),
    ((on_place, on_person), ["B-PER", "I-PER", "O"], ["on_person"]),
    ((on_place, on_person), ["O", "O", "B-LOC"], ["on_place"]),
    # a tag added opens the gates after it; one removed may leave them open (the rule then changes nothing)
    ((on_person, add_loc, on_place), ["O", "O", "O"], ["add_loc", "on_place"]),
    ((on_place, add_loc, on_person, on_place), ["O", "O", "O"], ["add_loc", "on_place"]),
    ((drop_all, on_place), ["O", "O", "B-LOC"], ["drop_all", "on_place"]),
    ((on_place, drop_all, on_person, on_place), ["O", "B-PER", "B-LOC"], ["on_place", "drop_all", "on_person",
                                                                          "on_place"]),
    # the tags are looked at again when a gate would shut a rule after one ran
    ((add_loc, on_person, on_place), ["O", "O", "O"], ["add_loc", "on_place"]),
])
def test_the_rules_a_sentence_runs(rules, tags: list[Tag], expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    toks = tokenize("وصل الوفد حلب")
    calls.clear()
    run_rules(rules, toks, tags, default_gazetteer())
    assert calls == expected


@pytest.mark.parametrize(("text", "tags"), [
    # ANT 5 and 9042 (sentences of the benchmark's first articles), with the tags of a name or none
    ("وأكدت مديرة المهرجان بية ساسي أن عيد الورد باريانة في دورته الجديدة سيكون منفتحا على مختلف المناطق",
     {4: "B-PER", 5: "I-PER"}),
    ("من خلال برنامج ثري يغطي الى جانب مدينة اريانة معتمديات سكرة ورواد والتضامن والمنيهلة وقلعة الاندلس",
     {8: "B-LOC"}),
    ("تواصل إدارة النجم الرياضي الساحلي التفاوض مع اللاعب السابق للفريق فرانك كوم", {2: "B-ORG", 3: "I-ORG"}),
    ("وأكدت بعض المصادر الخاصة أن الطرفين إقتربا من إيجاد إتفاق نهائي يرضي الطرفين", {}),
])
def test_the_stage_rules_run_by_the_plan_are_the_rules_called_in_order(text: str, tags: dict[int, Tag]) -> None:
    """What the masks shut changes nothing: the stage's rules run by the plan give the tags of every rule called."""
    toks = tokenize(text)
    start = ["O"] * len(toks)
    for i, tag in tags.items():
        start[i] = tag
    gaz = default_gazetteer()
    for rules, on in PLANS:
        alone = list(start)
        for rule in rules:
            rule(toks, alone, gaz)
        assert run_rules(rules, toks, start, gaz, on) == alone


def test_name_starts_is_its_comprehension() -> None:
    """:func:`._name_starts` with its memo misses written out: the untagged words one of whose readings starts a name,
    with and without ``endings``; a second call answers from the memo."""
    toks = tokenize("واستقبل سعيد الرئيس الجديد ووزير الخارجية الفرنسي في تونس ولقي بسعيد ترحيبا")
    tags = ["O"] * len(toks)
    tags[1] = "B-PER"
    firsts = {"سعيد": 1, "تونس": 1}.keys()
    want = [i for i, t in enumerate(toks) if tags[i] == "O" and t.kind == "word"
            and not firsts.isdisjoint(_forms(t.norm, True)[1])]
    assert [toks[i].text for i in want] == ["تونس", "بسعيد"]
    for endings in (None, start_endings(firsts)):
        memo: tuple[dict[str, bool], dict[str, bool]] = ({}, {})
        assert _name_starts(toks, tags, firsts, endings, memo) == want
        assert memo[0] and _name_starts(toks, tags, firsts, endings, memo) == want


# -- the gates of tags of rules that change a name of two words or more -------------------------------------------

TWO_WORDS = [(person_after_place, ("I-LOC", "I-ORG")), (stop_before_final_verb, ("I-PER", "I-LOC", "I-ORG", "I-MISC")),
             (head_not_cape, ("I-LOC",))]


@pytest.mark.parametrize(("rule", "tags"), TWO_WORDS)
def test_a_rule_of_names_of_two_words_is_gated_on_their_i_tags(rule, tags) -> None:  # type: ignore[no-untyped-def]
    g = gate_of(rule)
    assert g is not None and g.tags == frozenset(tags) and not g.bits and not g.texts


@pytest.mark.parametrize(("rule", "text", "tags", "want"), [
    # "محافظ حضرموت مبخوت بن ماضي": a name with بن after the place is a person's
    (person_after_place, "وقال محافظ حضرموت مبخوت بن ماضي إن", ["O", "O", "B-LOC", "I-LOC", "I-LOC", "I-LOC", "O"],
     ["O", "O", "B-LOC", "B-PER", "I-PER", "I-PER", "O"]),
    (stop_before_final_verb, "وفي القيروان أشرف الوالي على", ["O", "B-LOC", "I-LOC", "O", "O"],
     ["O", "B-LOC", "O", "O", "O"]),
    (head_not_cape, "ذبح 200 رأس غنم", ["O", "O", "B-LOC", "I-LOC"], ["O", "O", "O", "O"]),
])
def test_the_rule_still_runs_on_a_name_of_two_words(rule, text: str, tags: list[Tag],  # type: ignore[no-untyped-def]
                                                   want: list[Tag]) -> None:
    runs_as_alone(rule, text, tags, want)


@pytest.mark.parametrize(("rule", "text", "tags"), [
    # one-word names: nothing to split or cut, and the gate shuts
    (person_after_place, "وقال محافظ حضرموت إن", ["O", "O", "B-LOC", "O"]),
    (person_after_place, "وأعلنت الوزارة عبدالحفيظ", ["O", "B-ORG", "O"]),
    (stop_before_final_verb, "وفي القيروان أشرف الوالي على", ["O", "B-LOC", "O", "O", "O"]),
    (head_not_cape, "ذبح 200 رأس غنم", ["O", "O", "B-LOC", "O"]),
])
def test_a_name_of_one_word_shuts_the_gate(rule, text: str, tags: list[Tag]) -> None:  # type: ignore[no-untyped-def]
    shuts_as_noop(rule, text, tags)
