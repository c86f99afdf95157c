"""Document consistency in the entities stage: a name found once is tagged at its other mentions,
and the back-off rules that were too eager on news text (article heads, common words)."""

from __future__ import annotations

import pytest

from arabnews import Pipeline, tokenize
from arabnews.document import Document
from arabnews.extract.entities import gazetteer_backoff
from arabnews.extract.entities.consistency import NameTally, document_names, propagate
from arabnews.extract.entities.gazetteer import default_gazetteer

NLP = Pipeline(["numbers", "dates", "groups", "entities"])
GAZ = default_gazetteer()


def _words(text: str):
    return [t for t in Document(text).tokens if t.kind in ("word", "latin")]


def _carry(text: str, tags: list[str], probs: list[float] | None = None) -> list[str]:
    toks = _words(text)
    assert len(toks) == len(tags), [t.text for t in toks]
    names = document_names([(toks, tags)], GAZ, None if probs is None else [probs])
    return propagate(toks, tags, names, GAZ)


def test_a_later_mention_of_a_surname_is_the_person():
    doc = NLP("اجتمع رئيس الوزراء العراقي مصطفى الكاظمي مع قادة الأحزاب. وشدد الكاظمي على ضرورة إجراء الانتخابات.")
    pers = [(e.text, e.start) for e in doc.entities if e.label == "PER"]
    second = doc.text.rindex("الكاظمي")
    assert pers == [("مصطفى الكاظمي", doc.text.index("مصطفى")), ("الكاظمي", second)]
    assert all(doc.text[e.start:e.end] == e.text for e in doc.entities)


def test_whole_names_are_carried_with_their_label():
    tags = _carry("قالت منظمة الصحة العالمية إن خبراء منظمة الصحة العالمية وصلوا",
                  ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O", "O"])
    assert tags == ["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O"]


def test_a_name_is_carried_across_proclitics_and_the_span_starts_after_them():
    text = "قصفت الطائرات مدينة سراقب أمس، وعاد الهدوء إلى سراقب ثم قصفت بسراقب مبنى"
    toks = _words(text)
    tags = ["O"] * len(toks)
    tags[3] = "B-LOC"
    carried = _carry(text, tags)
    assert [toks[i].text for i, t in enumerate(carried) if t == "B-LOC"] == ["سراقب", "سراقب", "بسراقب"]
    # in the stage, the span of the carried "بسراقب" starts after ب
    from arabnews.extract.entities import decode_tags

    doc = Document(text)
    names = document_names([(toks, tags)], GAZ)
    spans = decode_tags(doc, toks, carried, None, "body", GAZ, "crf", names.first_words())
    assert [s.text for s in spans] == ["سراقب", "سراقب", "سراقب"]
    assert doc.text[spans[-1].start - 1] == "ب"


def test_a_person_is_not_read_into_a_preposition():
    # "بسعيد" is ب + سعيد at best, and a person's name takes only a conjunction
    tags = _carry("قال عمر سعيدان إن وسعيدان ذهب بسعيدان", ["O", "B-PER", "I-PER", "O", "O", "O", "O"])
    assert tags == ["O", "B-PER", "I-PER", "O", "B-PER", "O", "O"]


def test_common_words_compound_tails_and_kunyas_are_not_carried():
    # "الدين" ends "صلاح الدين" and "محمد" ends the kunya "أبو محمد": alone they are not the person
    assert _carry("قال صلاح الدين إن رجال الدين", ["O", "B-PER", "I-PER", "O", "O", "O"])[4:] == ["O", "O"]
    assert _carry("قال أبو محمد إن محمد", ["O", "B-PER", "I-PER", "O", "O"])[4] == "O"
    # "الجيش" is mostly an ordinary word in the training corpora
    assert "الجيش" in GAZ.common
    assert _carry("أعلن الجيش أن الجيش تقدم", ["O", "B-ORG", "O", "O", "O"]) == ["O", "B-ORG", "O", "O", "O"]


def test_unsure_names_are_not_carried():
    text = "قال كبيلي إن كبيلي"
    assert _carry(text, ["O", "B-PER", "O", "O"], [1.0, 0.3, 1.0, 1.0]) == ["O", "B-PER", "O", "O"]
    assert _carry(text, ["O", "B-PER", "O", "O"], [1.0, 0.9, 1.0, 1.0]) == ["O", "B-PER", "O", "B-PER"]


def test_the_majority_label_wins_and_tagged_words_are_kept():
    text = "زار عمان ثم عمان ثم عمان ثم عمان"
    tags = _carry(text, ["O", "B-LOC", "O", "B-LOC", "O", "B-PER", "O", "O"])
    assert tags == ["O", "B-LOC", "O", "B-LOC", "O", "B-PER", "O", "B-LOC"]


def test_a_name_next_to_an_entity_of_its_label_is_left_alone():
    # "أحمد سعيد": carrying "سعيد" would cut the person in two
    tags = _carry("قال محمد سعيد إن أحمد سعيد", ["O", "B-PER", "I-PER", "O", "B-PER", "O"])
    assert tags[5] == "O"


def test_nothing_to_carry():
    toks = _words("قال إن")
    assert propagate(toks, ["O", "O"], document_names([(toks, ["O", "O"])], GAZ), GAZ) == ["O", "O"]
    assert propagate([], [], document_names([], GAZ), GAZ) == []


# -- back-off rules that were too eager ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "tags", "expected"), [
    # a head with the article is part of the name ...
    ("عبرت السفينة البحر الأحمر", ["O", "O", "B-LOC", "I-LOC"], ["O", "O", "B-LOC", "I-LOC"]),
    ("زار المدينة المنورة", ["O", "B-LOC", "I-LOC"], ["O", "B-LOC", "I-LOC"]),
    # ... unless a place follows it; a bare head never is (ANERcorp's convention)
    ("وصل إلى العاصمة دمشق", ["O", "O", "B-LOC", "I-LOC"], ["O", "O", "O", "B-LOC"]),
    ("قصفت ريف إدلب", ["O", "B-LOC", "I-LOC"], ["O", "O", "B-LOC"]),
    # a definite adjective belongs to the place, an indefinite one does not
    ("قسمت الجزيرة العربية", ["O", "B-LOC", "I-LOC"], ["O", "B-LOC", "I-LOC"]),
    ("الوضع في اليمن كارثي", ["O", "O", "B-LOC", "I-LOC"], ["O", "O", "B-LOC", "O"]),
])
def test_backoff_keeps_names_whole(text, tags, expected):
    toks = _words(text)
    assert gazetteer_backoff(toks, tags, GAZ) == expected


@pytest.mark.parametrize(("text", "tags"), [
    ("وصل الوفد إلى حلب وكان في استقباله", ["O", "O", "O", "B-LOC", "O", "O", "O"]),  # "كان" is Caen
    ("طائرة من طراز بوينغ", ["O", "O", "O", "O"]),  # "طراز" is Taraz
])
def test_backoff_does_not_take_common_words_for_places(text, tags):
    assert gazetteer_backoff(_words(text), tags, GAZ) == tags


def test_two_prominent_places_joined_by_waw_vouch_for_each_other():
    toks = _words("وشهدت اللاذقية وطرطوس احتجاجات نادرة")
    assert gazetteer_backoff(toks, ["O"] * 5, GAZ) == ["O", "B-LOC", "B-LOC", "O", "O"]
    # a prominent place next to a common word that is also a town is not enough
    toks = _words("زار حلب وكان الطقس باردا")
    assert gazetteer_backoff(toks, ["O"] * 5, GAZ) == ["O"] * 5


def test_a_name_after_a_bare_place_head_is_a_place():
    # the CRF reads "جمعية" as an organisation's head; after "حي" the whole name is a district
    toks = _words("اشتباكات في حي جمعية الزهراء بحلب")
    assert gazetteer_backoff(toks, ["O", "O", "O", "B-ORG", "I-ORG", "B-LOC"], GAZ) == [
        "O", "O", "O", "B-LOC", "I-LOC", "B-LOC"]
    # a head with the article is a noun of the sentence, not part of a name: left alone
    toks = _words("وزارت المخيم جمعية الهلال")
    assert gazetteer_backoff(toks, ["O", "O", "B-ORG", "I-ORG"], GAZ) == ["O", "O", "B-ORG", "I-ORG"]


def test_a_name_cut_short_is_completed_from_the_documents_longer_name():
    # ANT: "قال الصحبي إن الهاشمي الحامدي لم يغادر": the tagger stopped after "الهاشمي"
    tags = _carry("قال الهاشمي الحامدي إن الحكومة فاشلة وأكد أن الهاشمي الحامدي لم يعتزل",
                  ["O", "B-PER", "I-PER", "O", "O", "O", "O", "O", "B-PER", "O", "O", "O"])
    assert tags == ["O", "B-PER", "I-PER", "O", "O", "O", "O", "O", "B-PER", "I-PER", "O", "O"]


def test_a_name_is_not_completed_into_a_tagged_word_or_across_labels():
    text = "قال الهاشمي الحامدي إن الهاشمي الحامدي غادر"
    # the next word tagged otherwise: left as it is
    assert _carry(text, ["O", "B-PER", "I-PER", "O", "B-PER", "B-LOC", "O"]) == \
        ["O", "B-PER", "I-PER", "O", "B-PER", "B-LOC", "O"]
    # a LOC that is the start of the person's name does not run on into it (the surname alone is
    # carried as the person, as before)
    assert _carry(text, ["O", "B-PER", "I-PER", "O", "B-LOC", "O", "O"]) == \
        ["O", "B-PER", "I-PER", "O", "B-LOC", "B-PER", "O"]


def test_a_cut_name_in_an_ant_article_is_whole_through_the_stage():
    text = ("دعا حزب تيار المحبة إلى حكومة كفاءات برئاسة محمد الهاشمي الحامدي. وبخصوص عودة الهاشمي الحامدي، "
            "قال الصحبي إن الهاشمي الحامدي لم يغادر الساحة السياسية أصلا.")
    doc = NLP(text)
    pers = [e.text for e in doc.entities if e.label == "PER"]
    assert "الهاشمي" not in pers
    assert pers.count("الهاشمي الحامدي") == 2


def test_a_surname_the_tagger_called_a_place_after_a_verb_of_saying_is_the_person():
    # ANT: "وأكد بارملاي" after "جون بارملاي": the tagger's LOC
    tags = _carry("قال جون بارملاي إن البنك يدعم المشروع وأكد بارملاي أنه يزور البلاد",
                  ["O", "B-PER", "I-PER", "O", "O", "O", "O", "O", "B-LOC", "O", "O", "O"])
    assert tags[8] == "B-PER"


def test_a_surname_elsewhere_or_a_known_place_keeps_its_label():
    text = "قال جون بارملاي إن البنك يدعم المشروع في بارملاي"
    tags = _carry(text, ["O", "B-PER", "I-PER", "O", "O", "O", "O", "O", "B-LOC"])
    assert tags[8] == "B-LOC"  # no verb of saying before it
    text = "قال علي تونس إن البنك يدعم المشروع وأكد تونس ذلك"  # a known place, though a surname here
    tags = _carry(text, ["O", "B-PER", "I-PER", "O", "O", "O", "O", "O", "B-LOC", "O"])
    assert tags[8] == "B-LOC"


def test_a_name_the_rules_found_is_carried_whole() -> None:
    # ANT: the rules find "كمال الحجام" after "وبين"; the first mention, without a cue, is the same man
    text = ("أفاد كمال الحجام مدير عام المرحلة الابتدائية بوزارة التربية أن الاختبارات ستكون موحدة. "
            "وبين كمال الحجام أنه تم تحديد كافة المحاور.")
    spans = [(e.start, e.text) for e in Pipeline()(text).entities if e.label == "PER"]
    assert spans == [(5, "كمال الحجام"), (text.rindex("كمال"), "كمال الحجام")]


def test_the_last_word_of_a_name_the_rules_found_is_not_carried_alone() -> None:
    # a rule-made name spreads whole; its last word alone keeps the tagger's own confidence
    gaz = default_gazetteer()
    tally = NameTally(gaz)
    toks = tokenize("وبين كمال الحجام أنه")
    tally.add(toks, ["O", "B-PER", "I-PER", "O"], [1.0, 0.5, 0.5, 1.0], [1.0, 0.1, 0.1, 1.0])
    names = tally.names()
    assert ("كمال", "الحجام") in names.labels and ("الحجام",) not in names.labels
