"""Long documents, second wave of session 45 (pf45d, issue #18).

- The events stage's missile-test check reads only the words where a word of ``missile_tests`` or ``parade_nouns``
  starts (found in the folded text), not a list of every word of the document: it answers as the plain scan of the
  folded words did, with proclitics, numbers and punctuation between, in a short document and in a long one.
- The entities stage's second pass builds no tokens for a sentence with no entity where no word starts a name of the
  document (:func:`~arabnews.extract.entities.consistency.may_start_name`, read off the token columns): the entities
  are those of the pass that built every sentence's tokens.
"""

from __future__ import annotations

import pytest

import arabnews
from arabnews.extract.entities import backend, consistency
from arabnews.extract.events import stage
from arabnews.extract.events.vocab import FORCE_WORDS, MISSILE_TESTS, MISSILE_WORDS, PARADE_ADJECTIVES, PARADE_NOUNS
from arabnews.lang.ar import fold
from arabnews.text import tokenize

REF = "2017-06-01"
PARADE = "وتفاجأ الخبراء برؤية ستة صواريخ منها في الاستعراض العسكري."
TEST = "وقالت بيونغ يانغ إنها أجرت تجربة صاروخية جديدة ناجحة يوم الأحد، وبلغ مداه 700 كيلومتر."
FIRED = "أطلق الحوثيون صاروخا باليستيا على مدينة جازان مساء الخميس، وقتل 3 مدنيين في 12 مايو 2017."
PLAIN = ("وأضاف المتحدث أن الحكومة ستواصل العمل على تحسين الخدمات المقدمة للمواطنين في مختلف المناطق خلال الأشهر "
         "المقبلة.")


def plain_scan(doc: arabnews.Document) -> bool:
    """The check as it was: every folded word of the document listed and tested."""
    words = [fold(t.norm) for t in doc.tokens if t.kind == "word"]

    def is_word(w: str, found: frozenset[str]) -> bool:
        return w in found or (len(w) > 2 and w[0] in "وفبل" and w[1:] in found)

    for i, w in enumerate(words):
        if is_word(w, MISSILE_TESTS) and any(is_word(x, MISSILE_WORDS) for x in words[i + 1:i + 4]):
            return True
        if is_word(w, PARADE_NOUNS) and i + 1 < len(words) and is_word(words[i + 1], PARADE_ADJECTIVES):
            return True
        if is_word(w, PARADE_NOUNS) and any(is_word(x, FORCE_WORDS) for x in words[i + 1:i + 5]):
            return True
    return False


def make(text: str) -> arabnews.Document:
    return arabnews.Pipeline().make_doc(text, reference_date=REF)


@pytest.mark.parametrize(("text", "tested"), [
    (PARADE, True),
    (TEST, True),
    ("وأكدت الوكالة أن بلاده أجرت اختبارا لصاروخ جديد.", True),  # ل + missile word
    ("وحاولت كوريا الشمالية تجريب ٣ صواريخ باليستية.", True),  # a number (Arabic-Indic) between: not a word
    ("وذكرت الصحيفة أن التجربة، الصاروخية الثانية هذا العام، فشلت.", True),  # a comma between
    ("وشارك الجنود في العرض العسكري بمناسبة عيد الاستقلال.", True),
    ("واحتفلت البلاد بذكرى تأسيس الجيش بالاستعراض العسكري.", True),  # ب + parade noun
    ("وبالاستعراض العسكري احتفلت البلاد بذكرى تأسيس الجيش.", False),  # two proclitics: the check reads one
    ("واصفا عملية الإطلاق بأنها استعراض من كوريا الشمالية للقوة.", True),  # force four words after
    ("واصفا عملية الإطلاق بأنها استعراض من دولة كوريا الشمالية للقوة.", False),  # five words after: too far
    ("وزار الوزير المعرض العسكري الدولي في العاصمة.", False),  # "عرض" inside a word, after no proclitic
    ("وتعرض العسكري لإصابة خفيفة في الحادث.", False),  # "عرض" after ت, no proclitic
    ("أجرت الشركة تجربة جديدة لمنتجها، ثم أطلقت صاروخا من الحلوى.", False),  # the missile word too far
    (FIRED, False),
    (PLAIN, False),
])
def test_a_missile_test_or_parade_as_the_plain_scan(text, tested):
    doc = make(text)
    assert plain_scan(doc) is tested
    assert stage._missile_test_document(doc) is tested


@pytest.mark.parametrize(("tail", "tested"), [(TEST, True), (PARADE, True), (FIRED, False)])
def test_a_missile_test_at_the_end_of_a_long_document(tail, tested):
    text = "\n\n".join([" ".join([PLAIN, FIRED])] * (tokenize._TOKENS_KEPT // 30 + 2) + [tail])
    doc = make(text)
    assert not doc.tokens.keeps_all  # more tokens than a Tokens keeps built
    assert plain_scan(doc) is tested
    assert stage._missile_test_document(doc) is tested


NAMED = ("وقال وزير الخارجية التونسي خميس الجهيناوي إن تونس ترفض أي تدخل عسكري في ليبيا، مؤكدا دعم حكومة الوفاق "
         "الوطني برئاسة فائز السراج.")
BARE = "وأضاف أن الحل السياسي هو السبيل الوحيد لإنهاء الأزمة، داعيا جميع الأطراف إلى الحوار."
AGAIN = "وشدد السراج على ضرورة الحوار."  # the tagger leaves "السراج" untagged: it is carried


def _entities(doc: arabnews.Document) -> list[tuple[int, int, str, str]]:
    return [(e.start, e.end, e.label, e.text) for e in doc.entities]


def test_the_second_pass_skips_only_sentences_with_nothing_to_carry(monkeypatch):
    text = "\n\n".join([" ".join([NAMED, BARE, AGAIN, PLAIN])] * (backend.BATCH_TOKENS // 50))
    nlp = arabnews.Pipeline(["numbers", "dates", "groups", "entities"])
    asked: list[bool] = []
    real = consistency.may_start_name

    def counted(doc, start, end, names):  # type: ignore[no-untyped-def]
        answer = real(doc, start, end, names)
        toks = doc.tokens_between(start, end)
        # the answer of the columns is that of _name_starts over the sentence's Token objects
        assert answer is bool(consistency._name_starts(toks, ["O"] * len(toks), names.by_first.keys(),
                                                       names.endings))
        asked.append(answer)
        return answer

    monkeypatch.setattr(backend, "may_start_name", counted)
    doc = nlp(text, reference_date=REF)
    assert len(doc.tokens) > backend.BATCH_TOKENS  # the compact second pass
    skipping = _entities(doc)
    assert False in asked and True in asked  # "وأضاف أن الحل …" skipped; "وشدد السراج …" read
    monkeypatch.setattr(backend, "may_start_name", lambda *args: True)  # every sentence's tokens built again
    assert _entities(nlp(text, reference_date=REF)) == skipping
    persons = {t for _, _, label, t in skipping if label == "PER"}
    assert {"خميس الجهيناوي", "فائز السراج", "السراج"} <= persons  # "السراج" alone: carried by propagate
