"""The events stage's last reads of a whole layer or of every Token per item (session 33, pf33g): the numbers at one
start and the dates over a stretch now come from the document's LayerIndex, and the missile-test check reads the
folded words off the token columns.  Each answers as the plain reading it replaced, on real sentences, and the
events of a repeated text are those of its parts."""

from __future__ import annotations

import pytest

import arabnews
from arabnews.extract.events import stage
from arabnews.extract.events.arguments import LayerIndex
from arabnews.lang.ar import fold
from arabnews.text import tokenize

REF = "2017-06-01"
DUAL = ("وقالت الشرطة إن شخصين قتلا في واقعة عنف أسري بمبنى في منطقة ميري هيل، حيث يعتقد أن رجلا هاجم امرأتين قبل أن "
        "يطعنهما ويصيبهما بجراح.")
DATED = ("أعلن الجيش السوداني، الثلاثاء، استعادة السيطرة على جسر شمبات الاستراتيجي الذي يربط بين مدينتي الخرطوم بحري "
         "وأم درمان، بعد معارك عنيفة مع قوات الدعم السريع استمرت لأكثر من 48 ساعة.")
NEUTRALISED = 'أعلنت وزارة الدفاع التركية، الأحد، "تحييد" 12 إرهابيا من تنظيم "بي كا كا/ي ب ك" شمالي سوريا والعراق.'
PARADE = "وتفاجأ الخبراء برؤية ستة صواريخ منها في الاستعراض العسكري."
TEST = "وقالت بيونغ يانغ إنها أجرت تجربة صاروخية جديدة ناجحة يوم الأحد، وبلغ مداه 700 كيلومتر."
FIRED = "أطلق الحوثيون صاروخا باليستيا على مدينة جازان مساء الخميس، وقتل 3 مدنيين في 12 مايو 2017."


def analyze(text: str) -> arabnews.Document:
    return arabnews.analyze(text, reference_date=REF)


def test_numbers_at_a_start_are_those_of_the_layer():
    doc = analyze(" ".join([DUAL, FIRED, NEUTRALISED, "قتل جنديان وأصيب شرطيان في هجوم."] * 2))
    index = LayerIndex.of(doc)
    numbers = doc.layers["numbers"]
    assert len(numbers) >= 8 and any(n.attrs.get("dual") for n in numbers)
    for at in sorted({n.start for n in numbers} | {n.end for n in numbers} | {0, 1, len(doc.text)}):
        assert index.starting_at("numbers", at) == [n for n in numbers if n.start == at]
        assert sorted(map(id, index.starting_at("numbers", at))) == sorted(id(n) for n in numbers if n.start == at)


def test_a_date_over_a_stretch_is_found_as_the_plain_reading():
    doc = analyze(" ".join([DATED, NEUTRALISED, FIRED, TEST]))
    index = LayerIndex.of(doc)
    assert len(doc.dates) >= 4
    edges = sorted({t.start for t in doc.tokens} | {t.end for t in doc.tokens})
    hits = 0
    for lo in edges:
        for hi in edges:
            if hi <= lo:
                continue
            plain = any(dt.start <= lo and hi <= dt.end for dt in doc.dates)
            assert index.covers("dates", lo, hi) is plain, (lo, hi)
            hits += plain
    assert hits > len(doc.dates)
    assert not LayerIndex.of(analyze("لا تاريخ هنا.")).covers("dates", 0, 2)


@pytest.mark.parametrize("many", [False, True])
def test_folded_words_are_the_folded_norms_of_the_word_tokens(many):
    text = " ".join([DUAL, DATED, "إنّ المُسلّحين هاجموا مدينة حماة، وأُصيب ٣ أشخاص."])
    if many:  # more tokens than a Tokens keeps built
        text = "\n\n".join([text] * (tokenize._TOKENS_KEPT // 40 + 2))
    doc = arabnews.Pipeline().make_doc(text, reference_date=REF)
    assert doc.tokens.keeps_all is not many
    words = stage._folded_words(doc)
    assert words == [fold(t.norm) for t in doc.tokens if t.kind == "word"]
    # one string per word type, as fold's were: a 5 MB document's words as distinct strings peaked 30 MB higher
    same = [k for k, w in enumerate(words) if w == "في"]
    assert len(same) >= 2 and all(words[k] is words[same[0]] for k in same)


@pytest.mark.parametrize(("text", "tested"), [
    (PARADE, True),
    (TEST, True),
    (FIRED, False),
    (DATED, False),
])
def test_a_missile_test_or_parade_in_the_document(text, tested):
    doc = arabnews.Pipeline().make_doc(text, reference_date=REF)
    assert stage._missile_test_document(doc) is tested


def _events(doc: arabnews.Document) -> list[tuple[str, str, list[tuple[str, str]]]]:
    return [(e["text"], e["subtype"], [(a["role"], a["text"]) for a in e["actors"]]) for e in doc.to_dict()["events"]]


def test_events_of_a_repeated_text_are_those_of_its_parts():
    parts = [DUAL, DATED, NEUTRALISED]
    single = [_events(analyze(p)) for p in parts]
    assert ("قتلا", "attack", [("target", "امرأتين")]) in single[0]
    assert ("استعادة السيطرة", "government regains territory", [("actor", "الجيش السوداني")]) in single[1]
    assert ("تحييد", "armed clash", [("actor", "وزارة الدفاع التركية"), ("target", "بي كا كا")]) in single[2]
    assert _events(analyze("\n\n".join(parts * 3))) == [e for _ in range(3) for p in single for e in p]
