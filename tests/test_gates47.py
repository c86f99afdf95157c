"""Session 47 (pf47a, issue #18; speed, output unchanged): a gate of alternatives, and gates of the I- tags.

A gate (:mod:`.gates`) was one test: a word of its bits, a tag of its tags, a text of its texts.  A rule with two ways
to act, each needing its own tag or word, could only be gated on what both share: :func:`.places.whole_listed_town`
(two LOCs side by side, or a PER after the first word of a listed town) ran on every sentence with a B-LOC or a
B-PER (393 of the benchmark's 1,306 sentences, no change), :func:`.persons.names_joined_by_and` (a PER of two words
or more, or a PER after a list's cue "كل من") on every sentence with a B-PER (245, no change).  A gate of ``any_of``
(:func:`.gates.when`) is open when one of its alternatives is; :func:`.backoff.run_rules` gives such a step, for a
sentence, the tags of the alternatives its words open (the words' bits do not change while the rules run), kept per
plan, so that the loop over the steps tests it as a gate of tags (288 and 214 runs).

Rules that change only a name of two words or more (a chunk of ``j - i >= 2``, which holds an I- tag) are gated on
the I- tag of their label, not on the B- tag: a LOC of several words is rare (:func:`.backoff.trim_after_places`
263 → 18 runs, :func:`.places.split_joined_countries` 268 → 21), an ORG of several words less so (151 → 126).  A
sentence whose names are all of one word opens none of them.  And :func:`.security.security_district_of_place`
(260 runs, no change) asks a word of ``security_construct_bodies`` ("أمن", "حرس"), now a bit of the word flags (1 run),
and five rules of a name right after a place head ("ريف إدلب", "مدينة تركية") ask :meth:`.Gazetteer.is_loc_head` of a
word: the place heads of ``lexicon.yaml`` are the mark ``LOC_HEAD`` (240–260 → 76–84 runs each).  Two rules after a
person ask a word of their own: :func:`.persons.adjective_family_name` one of ``adjective_given_names`` (a bit
already: 243 → 17 runs), :func:`.persons.nickname_in_parens` a "(" (a gate of texts: 242 → 21).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import arabnews
from arabnews import tokenize
from arabnews.extract.entities import backoff, corrections
from arabnews.extract.entities.backoff import (
    _plan,
    adjective_after_head,
    head_out_of_loc,
    name_after_bare_head,
    run_rules,
)
from arabnews.extract.entities.bio import Tag
from arabnews.extract.entities.boundaries import (
    adjective_after_place_head,
    stop_before_time_word,
    whole_name_after_head,
)
from arabnews.extract.entities.clubs import org_without_nationality, split_coordinated_clubs
from arabnews.extract.entities.gates import Gate, gate, gate_of, shut, when
from arabnews.extract.entities.gazetteer import default_gazetteer
from arabnews.extract.entities.orgbounds import (
    complete_complement,
    coordinated_complement,
    coordinated_indefinite_out,
    governed_complement,
    indefinite_org_out,
    org_stops_at_clause,
    place_out_of_org,
)
from arabnews.extract.entities.orgheads import extend_org_chain, known_org_ends
from arabnews.extract.entities.persons import (
    adjective_family_name,
    adjective_out_of_person,
    following_out_of_person,
    given_name_before_patronym,
    names_joined_by_and,
    nickname_in_parens,
    noun_after_family_name,
    office_of_place,
    person_after_known_org,
    person_after_member_org,
    person_after_org,
    place_after_person,
    place_before_person,
    position_out_of_person,
    split_at_preposition,
    title_out_of_person,
)
from arabnews.extract.entities.places import split_joined_countries, whole_listed_town
from arabnews.extract.entities.rulewords import (
    ARTICLE_GIVEN_NAME,
    CAMP_HEAD,
    LIST_CUE_FIRST,
    LOC_HEAD,
    SECURITY_BODY,
    TITLE,
    TOWN_FIRST,
    rule_words,
    sentence_bits,
    word_flags,
)
from arabnews.extract.entities.security import security_district_of_place
from arabnews.lang.ar import clitic_splits, fold
from gate_cases import every_rule, gate_shuts, runs_as_alone, shuts_as_noop

ANT = Path(__file__).resolve().parents[2] / "shared" / "data" / "news" / "ant-v1.1.txt"
needs_ant = pytest.mark.skipif(not ANT.exists(), reason="ANT corpus not available")


# -- the gate of alternatives ------------------------------------------------------------------------------------------

def test_a_gate_of_alternatives_is_open_when_one_is() -> None:
    g = Gate(any_of=(when(tags=("B-LOC",)), when(TITLE, ("B-PER",))))
    assert not shut(g, 0, {"O", "B-LOC"}, frozenset())
    assert not shut(g, TITLE, {"O", "B-PER"}, frozenset())
    assert shut(g, 0, {"O", "B-PER"}, frozenset())  # a person, no title
    assert shut(g, TITLE, {"O", "B-ORG"}, frozenset())  # a title, no person nor place
    assert not shut(Gate(any_of=(when(TITLE),)), TITLE, {"O"}, frozenset())  # an alternative of no tags


def test_a_gate_of_alternatives_has_nothing_else() -> None:
    with pytest.raises(ValueError, match="any_of"):
        gate(bits=TITLE, any_of=(when(tags=("B-LOC",)),))
    with pytest.raises(ValueError, match="any_of"):
        gate(any_of=(Gate(texts=frozenset({"("})),))


calls: list[str] = []


def add_loc(toks: Any, tags: list[Tag], gaz: Any) -> None:
    calls.append("add_loc")
    tags[-1] = "B-LOC"


@gate(any_of=(when(tags=("B-LOC",)), when(TITLE, ("B-PER",))))
def loc_or_titled_person(toks: Any, tags: list[Tag], gaz: Any) -> None:
    calls.append("either")


@gate(any_of=(when(TITLE), when(tags=("B-ORG",))))
def title_or_org(toks: Any, tags: list[Tag], gaz: Any) -> None:
    calls.append("title_or_org")


@pytest.mark.parametrize(("text", "tags", "expected"), [
    ("قال الرئيس محمد", ["O", "O", "B-PER"], ["either", "title_or_org"]),  # a title and a person
    ("قال محمد", ["O", "B-PER"], []),  # a person without a title
    ("قال الرئيس", ["O", "O"], ["title_or_org"]),  # a title, no name: the alternative of no tags
    ("في تونس", ["O", "B-LOC"], ["either"]),
    ("في أرامكو", ["O", "B-ORG"], ["title_or_org"]),
])
def test_run_rules_calls_a_rule_of_alternatives_when_one_opens(text: str, tags: list[Tag], expected: list[str]) -> None:
    calls.clear()
    toks = tokenize(text)
    run_rules((loc_or_titled_person, title_or_org), toks, tags, default_gazetteer())
    assert calls == expected
    assert [g for g in ("either", "title_or_org") if g in calls] == [
        name for name, rule in (("either", loc_or_titled_person), ("title_or_org", title_or_org))
        if not gate_shuts(rule, toks, tags)]


def test_a_tag_an_earlier_rule_adds_opens_the_alternative() -> None:
    calls.clear()
    run_rules((loc_or_titled_person, add_loc, loc_or_titled_person), tokenize("وصل إلى تونس"), ["O"] * 3,
              default_gazetteer())
    assert calls == ["add_loc", "either"]


@gate(any_of=(when(TITLE), when(CAMP_HEAD, ("B-LOC",))))
def title_or_camp(toks: Any, tags: list[Tag], gaz: Any) -> None:
    calls.append("title_or_camp")


def test_a_rule_whose_alternatives_all_need_words_is_not_called_without_them() -> None:
    calls.clear()
    gaz = default_gazetteer()
    run_rules((title_or_camp,), tokenize("في تونس"), ["O", "B-LOC"], gaz)  # the tag, not the word
    run_rules((title_or_camp,), tokenize("في مخيم"), ["O", "O"], gaz)  # the word, not the tag
    assert calls == []
    run_rules((title_or_camp,), tokenize("في مخيم الهول"), ["O", "O", "B-LOC"], gaz)
    run_rules((title_or_camp,), tokenize("قال الرئيس"), ["O", "O"], gaz)
    assert calls == ["title_or_camp", "title_or_camp"]


def test_the_steps_of_a_sentence_are_kept_by_the_bits_its_words_open() -> None:
    rules = (loc_or_titled_person, title_or_org, title_or_camp)
    none: frozenset[Any] = frozenset()  # (the plan is kept for these rules and this set: run_rules is given it)
    plan = _plan(rules, none)
    assert plan.choice_bits == TITLE | CAMP_HEAD and [k for k, _ in plan.choices] == [0, 1, 2]
    gaz = default_gazetteer()
    run_rules(rules, tokenize("قال الرئيس"), ["O", "O"], gaz, none)
    kept = plan.chosen[TITLE]
    run_rules(rules, tokenize("وصل الوزير"), ["O", "O"], gaz, none)
    assert plan.chosen[TITLE] is kept  # made once
    assert kept[1][1] == kept[2][1] == 0  # opened by the title whatever the tags
    run_rules(rules, tokenize("وصل محمد"), ["O", "B-PER"], gaz, none)
    assert plan.chosen[0][2][2] == backoff._NO_TEXTS  # title_or_camp: no alternative open
    assert plan.runs[2][2] == frozenset()  # (the plan's own steps unchanged)


# -- whole_listed_town and names_joined_by_and ------------------------------------------------------------------------

def test_the_two_rules_are_gated_on_their_alternatives() -> None:
    assert gate_of(whole_listed_town) == Gate(any_of=(when(tags=("B-LOC",)), when(TOWN_FIRST, ("B-PER",))))
    assert gate_of(names_joined_by_and) == Gate(any_of=(when(tags=("I-PER",)), when(LIST_CUE_FIRST, ("B-PER",))))
    assert rule_words().list_cue_first_words == {w for w, _ in rule_words().list_cues} >= {"كل", "كلا"}


@pytest.mark.parametrize(("rule", "text", "tags", "want"), [
    # ANT 1129: two LOCs side by side
    (whole_listed_town, "في هجوم في مدينة غازي عنتاب التركية", ["O", "O", "O", "O", "B-LOC", "B-LOC", "O"],
     ["O", "O", "O", "O", "B-LOC", "I-LOC", "O"]),
    # the rule's docstring: a town's first word with ب and the person the tagger read after it
    (whole_listed_town, "وقع الحادث بمنزل عبد الرحمان أمس", ["O", "O", "O", "B-PER", "I-PER", "O"],
     ["O", "O", "B-LOC", "I-LOC", "I-LOC", "O"]),
    # ANT 115: a person of two words or more
    (names_joined_by_and, "أنيسة داود ومراد غرسلي يشاركون", ["B-PER", "I-PER", "I-PER", "I-PER", "O"],
     ["B-PER", "I-PER", "B-PER", "I-PER", "O"]),
    # ANT 9403: a person of one word after a list's cue, "كل من" and "كلا من"
    (names_joined_by_and, "سجل كل من روبن وليفاندوفسكي وألكانتارا بثنائية", ["O", "O", "O", "B-PER", "O", "O", "O"],
     ["O", "O", "O", "B-PER", "B-PER", "B-PER", "O"]),
    (names_joined_by_and, "سجل كلا من روبن وليفاندوفسكي وألكانتارا بثنائية", ["O", "O", "O", "B-PER", "O", "O", "O"],
     ["O", "O", "O", "B-PER", "B-PER", "B-PER", "O"]),
    # a district of security named by its town
    (security_district_of_place, "أوقف أعوان منطقة امن سوسة الشمالية الشابين",
     ["O", "O", "O", "B-LOC", "I-LOC", "O", "O"], ["O", "O", "O", "O", "B-LOC", "I-LOC", "O"]),
])
def test_each_alternative_still_runs_the_rule(rule, text: str, tags: list[Tag], want: list[Tag]) -> None:  # type: ignore[no-untyped-def]
    runs_as_alone(rule, text, tags, want)


@pytest.mark.parametrize(("rule", "text", "tags"), [
    (whole_listed_town, "قال محمد الغنوشي إن", ["O", "B-PER", "I-PER", "O"]),  # a person, no town's first word
    (names_joined_by_and, "سجل روبن وليفاندوفسكي وألكانتارا بثنائية", ["O", "B-PER", "O", "O", "O"]),  # no cue
    (security_district_of_place, "أوقف أعوان منطقة سوسة الشمالية الشابين", ["O", "O", "O", "B-LOC", "O", "O"]),
])
def test_without_an_alternative_the_gate_shuts(rule, text: str, tags: list[Tag]) -> None:  # type: ignore[no-untyped-def]
    shuts_as_noop(rule, text, tags)


@needs_ant
def test_on_ant_every_word_a_gate_reads_has_its_bit() -> None:
    """Over the words of ANT 0–999: a word one of whose readings (the rule's ``clitic_splits`` of the folded word) is
    the first word of a town of several words has TOWN_FIRST (whole_listed_town's test of a PER after a town); a word
    whose folded form is a list cue's first word has LIST_CUE_FIRST, one that is a body of
    ``security_construct_bodies`` SECURITY_BODY (the rules ask the folded word as written); a word that is a place
    head by :meth:`.Gazetteer.is_loc_head` has LOC_HEAD."""
    gaz = default_gazetteer()
    firsts = {town.split(" ")[0] for town in gaz.towns if " " in town}
    cues, bodies = rule_words().list_cue_first_words, rule_words().security_construct_bodies
    seen: set[str] = set()
    met = [0, 0, 0, 0]
    for art in ANT.read_text(encoding="utf-8").split("\n\n")[:1000]:
        for tok in tokenize(art):
            if tok.kind != "word" or tok.norm in seen:
                continue
            seen.add(tok.norm)
            f, flags = fold(tok.norm), word_flags(tok.norm)
            if any(r in firsts for split in clitic_splits(f) for r in split.lemma_forms):
                met[0] += 1
                assert flags & TOWN_FIRST, tok.norm
            if f in cues:
                met[1] += 1
                assert flags & LIST_CUE_FIRST, tok.norm
            if f in bodies:
                met[2] += 1
                assert flags & SECURITY_BODY, tok.norm
            if gaz.is_loc_head(tok.norm):
                met[3] += 1
                assert flags & LOC_HEAD, tok.norm
    assert all(met), met


# -- the gates of the I- tags ----------------------------------------------------------------------------------------

#: the rules that change only a name of two words or more, and the label of those names
SEVERAL_WORDS: list[tuple[Any, str]] = [
    (trim, "LOC") for trim in (backoff.trim_after_places, split_joined_countries)
] + [
    (rule, "PER") for rule in (split_at_preposition, place_after_person, adjective_out_of_person,
                               position_out_of_person, noun_after_family_name, place_before_person, office_of_place,
                               given_name_before_patronym, title_out_of_person, following_out_of_person)
] + [
    (rule, "ORG") for rule in (known_org_ends, person_after_org, person_after_member_org, person_after_known_org,
                               place_out_of_org, complete_complement, coordinated_complement, governed_complement,
                               indefinite_org_out, org_stops_at_clause, split_coordinated_clubs,
                               org_without_nationality, extend_org_chain, coordinated_indefinite_out)
]


@pytest.mark.parametrize(("rule", "label"), SEVERAL_WORDS)
def test_a_rule_of_names_of_several_words_is_gated_on_the_i_tag(rule, label: str) -> None:  # type: ignore[no-untyped-def]
    g = gate_of(rule)
    assert g is not None and g.tags == {f"I-{label}"}


def test_a_name_that_ends_in_a_time_word_is_one_of_several_words() -> None:
    g = gate_of(stop_before_time_word)
    assert g is not None and g.tags == {"I-LOC", "I-ORG", "I-MISC", "I-PER"}


#: a sentence with a name of each label of one word (and the words some of the rules look for)
ONE_WORD = ("قال رئيس حركة النهضة الغنوشي لراشد في تونس الأردن وجيبوتي للهجرة وزارة للانتخابات النتائج الجمعة",
            ["O", "O", "O", "B-ORG", "B-PER", "B-PER", "O", "B-LOC", "B-LOC", "O", "O", "B-ORG", "O", "O", "O"])


@pytest.mark.parametrize(("rule", "label"), [*SEVERAL_WORDS, (stop_before_time_word, "")])
def test_names_of_one_word_shut_the_gate(rule, label: str) -> None:  # type: ignore[no-untyped-def]
    shuts_as_noop(rule, *ONE_WORD)


# -- the rules after a place head -------------------------------------------------------------------------------------

AFTER_HEAD = [(head_out_of_loc, {"B-LOC"}), (adjective_after_head, {"B-LOC"}), (name_after_bare_head, {"B-ORG"}),
              (whole_name_after_head, {"B-LOC", "I-LOC"}), (adjective_after_place_head, {"B-LOC"})]


@pytest.mark.parametrize(("rule", "tags"), AFTER_HEAD)
def test_a_rule_after_a_place_head_is_gated_on_the_mark(rule, tags: set[str]) -> None:  # type: ignore[no-untyped-def]
    assert gate_of(rule) == Gate(LOC_HEAD, frozenset(tags))


@pytest.mark.parametrize(("rule", "text", "tags", "want"), [
    (head_out_of_loc, "قصف ريف إدلب أمس", ["O", "B-LOC", "I-LOC", "O"], ["O", "O", "B-LOC", "O"]),
    (name_after_bare_head, "في حي جمعية الزهراء", ["O", "O", "B-ORG", "I-ORG"], ["O", "O", "B-LOC", "I-LOC"]),
    (adjective_after_place_head, "في مدينة تركية", ["O", "O", "B-LOC"], ["O", "O", "O"]),
])
def test_a_rule_after_a_place_head_still_runs(rule, text: str, tags: list[Tag], want: list[Tag]) -> None:  # type: ignore[no-untyped-def]
    runs_as_alone(rule, text, tags, want)


@pytest.mark.parametrize(("rule", "text", "tags"), [
    *((rule, "وصل الوفد إلى تونس أمس", ["O", "O", "O", "B-LOC", "O"]) for rule, tags in AFTER_HEAD if "B-LOC" in tags),
    (name_after_bare_head, "قالت جمعية الزهراء", ["O", "B-ORG", "I-ORG"]),
])
def test_without_a_place_head_the_gate_shuts(rule, text: str, tags: list[Tag]) -> None:  # type: ignore[no-untyped-def]
    shuts_as_noop(rule, text, tags)


# -- two rules after a person ----------------------------------------------------------------------------------------

def test_two_rules_after_a_person_are_gated_on_their_word() -> None:
    assert gate_of(adjective_family_name) == Gate(ARTICLE_GIVEN_NAME, frozenset({"B-PER"}))
    assert gate_of(nickname_in_parens) == Gate(tags=frozenset({"B-PER"}), texts=frozenset({"("}))


@pytest.mark.parametrize(("rule", "text", "tags", "want"), [
    (adjective_family_name, "قال منير الصادق إن", ["O", "B-PER", "O", "O"], ["O", "B-PER", "I-PER", "O"]),
    (nickname_in_parens, "قال محمد علي ( كلاي ) إن", ["O", "B-PER", "I-PER", "O", "O", "O", "O"],
     ["O", "B-PER", "I-PER", "O", "B-PER", "O", "O"]),
])
def test_a_rule_after_a_person_still_runs(rule, text: str, tags: list[Tag], want: list[Tag]) -> None:  # type: ignore[no-untyped-def]
    runs_as_alone(rule, text, tags, want)


@pytest.mark.parametrize(("rule", "text", "tags"), [
    (adjective_family_name, "قال منير إن", ["O", "B-PER", "O"]),
    (nickname_in_parens, "قال محمد علي كلاي إن", ["O", "B-PER", "I-PER", "O", "O"]),
])
def test_without_its_word_the_gate_of_a_rule_after_a_person_shuts(rule, text: str, tags: list[Tag]) -> None:  # type: ignore[no-untyped-def]
    shuts_as_noop(rule, text, tags)


@needs_ant
@pytest.mark.parametrize("index", [195, 985, 115, 828, 429, 30, 108, 10, 268, 959, 82, 1219, 66, 363, 5, 750, 617,
                                   337])
def test_ant_articles_analysed_with_every_rule_called_are_the_same(index: int, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """ANT articles where a rule gated here changes a name (with its gate always shut, the entities differ):
    adjective_after_head (195), whole_listed_town (985), names_joined_by_and (115), split_joined_countries
    (828), trim_after_places (429), adjective_out_of_person (30), complete_complement (108),
    coordinated_complement (10), governed_complement (268), indefinite_org_out (959), noun_after_family_name (82),
    office_of_place (1219), org_stops_at_clause and person_after_member_org (66), org_without_nationality (363),
    place_after_person (5), place_before_person (750), place_out_of_org (617), split_at_preposition (337).  The
    entities of the pipeline, whose plans shut the gates, are those of the pipeline calling every back-off and
    correction rule in order."""
    art = ANT.read_text(encoding="utf-8").split("\n\n")[index]
    nlp = arabnews.Pipeline()
    gated = nlp(art, reference_date="2017-06-01").to_dict()["entities"]
    monkeypatch.setattr(backoff, "run_rules", every_rule)
    monkeypatch.setattr(corrections, "run_rules", every_rule)
    called = nlp(art, reference_date="2017-06-01").to_dict()["entities"]
    assert called == gated and gated


def test_the_words_bits_of_a_sentence_are_read_once_for_the_alternatives() -> None:
    """The key the steps of alternatives are chosen by is the sentence's bits that the plan's gates ask."""
    plan = _plan(corrections.RULES, corrections.ON_NAMES)
    assert plan.choice_bits == TOWN_FIRST | LIST_CUE_FIRST
    toks = tokenize("سجل كل من روبن بمنزل تميم")
    assert sentence_bits(toks) & plan.choice_bits == TOWN_FIRST | LIST_CUE_FIRST
