"""One long document's memory (session 28): the events rules that read the text before a sentence starting inside a
word read its last words only (not a list of every word before it), and the dates stage keeps the matches of a
region only while it may be read again against the document's own day."""

import random

import pytest

import arabnews
from arabnews.extract.dates import stage as dates_stage
from arabnews.extract.events import stage as ev
from event_cases import text_before_reading

PIECES = ["انفجار قوي في محطة للطاقة النووية", "انفجار داخل مصنع للإسمنت", "الانفجار", "هاجمته سمكة قرش", "هجوم مسلح",
          "أطلق مسلحون النار", "الشيخ نمر النمر", "محطة مترو", "في", "قال", "أمس", "الهجوم", "انفجار", "خزان وقود",
          "للطاقة", "مقتل رجل", "نمر", "محطة", "والله", ".", "قرش", "مسلحون", "مصنع", "وانفجار", "فمصنع"]


@pytest.mark.parametrize("seed", range(60))
def test_facts_before_every_offset_even_inside_a_word(seed):
    rng = random.Random(seed)
    # pieces glued without a space too: the part of a word before an offset is a word of the text before
    sep = [" ", " ", "  ", "\n", ""]
    text = "".join(rng.choice(PIECES) + rng.choice(sep) for _ in range(rng.randrange(5, 120)))
    folded = arabnews.Pipeline([]).make_doc(text).folded
    facts = ev._DocumentWords(folded)
    inside = 0
    for at in range(len(folded) + 1):
        inside += facts.runs_across(at)
        assert (facts.accident_before(at), facts.animal_before(at)) == text_before_reading(folded, at), (text, at)
    assert inside > 20


def test_tail_reads_the_last_words_before_an_offset_inside_a_word():
    text = "قال " * 300 + "مقتل رجل هاجمته سمكة قرش"
    facts = ev._DocumentWords(text)
    at = len(text) - 2  # inside "قرش"
    assert facts.tail(at, 3) == (len(text) - 3, ["هاجمته", "سمكة", "ق"])
    assert facts.tail(at, 1000)[1] == text[:at].split()
    assert facts.tail(5, 8) == (4, ["قال", "ق"])


def test_a_sentence_starting_inside_a_word_after_an_animal():
    # the sentence splitter starts a sentence after "." glued to the next word: the rule reads the text before it
    filler = "وقال المسؤول إن الوضع مستقر في المنطقة. " * 50
    doc = arabnews.analyze("مقتل رجل هاجمته سمكة قرش في أستراليا." + filler + "ووقع الهجوم في مكان معروف بخطورته.",
                           reference_date="2017-06-01")
    assert doc.layers["events"] == []


@pytest.mark.parametrize("kept", [dates_stage.KEPT_MATCHES, 2, 0])
def test_dates_of_regions_read_again_against_the_documents_day(monkeypatch, kept):
    # the first paragraph states the day; the second's "أمس" is read again against it (with its matches), the
    # third's dates the reference did not resolve are not
    text = "اليوم الأحد 29 نوفمبر 2015\n\nقتل 3 أشخاص أمس في حلب\n\nوصل الوفد الخميس 3 مارس 2016"
    reads = []
    real = dates_stage._find

    def spy(doc, ctx, region):
        reads.append((region[1], region[2], len(region[3]), str(ctx.ref)))
        return real(doc, ctx, region)

    monkeypatch.setattr(dates_stage, "_find", spy)
    monkeypatch.setattr(dates_stage, "KEPT_MATCHES", kept)  # past them, the second reading scans again
    doc = arabnews.analyze(text, reference_date="2017-06-01")
    assert [(d.start, d.end, d.value) for d in doc.layers["dates"]] == [
        (0, 26, "2015-11-29"), (text.index("أمس"), text.index("أمس") + 3, "2015-11-28"),
        (text.index("الخميس"), len(text), "2016-03-03")]
    assert reads == [(0, 26, 2, "2017-06-01"), (28, 50, 1, "2017-06-01"), (52, 80, 2, "2017-06-01"),
                     (28, 50, 1, "2015-11-29")]
