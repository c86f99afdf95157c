"""The events stage's per-document facts (``clues._DocumentWords``: where the first attack, armed or animal word starts
and where the first blast that is an industrial accident ends) read from the distinct words of a document (session 40):
the same four offsets as the word-by-word pass they replaced, kept here as the reference."""

import random
import re
from pathlib import Path

import pytest

import arabnews
from arabnews.extract.events import clues
from arabnews.extract.events import stage as ev

_NON_SPACE = re.compile(r"\S+")
ANT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news" / "ant-v1.1.txt"

PIECES = ["انفجار قوي في محطة للطاقة النووية", "انفجار داخل مصنع للإسمنت", "الانفجار", "هاجمته سمكة قرش", "هجوم مسلح",
          "أطلق مسلحون النار", "الشيخ نمر النمر", "محطة مترو", "في", "قال", "أمس", "الهجوم", "انفجار", "خزان وقود",
          "للطاقة", "مقتل رجل", "نمر", "محطة", "والله", ".", "وانفجار", "مستودع للذخيرة", "مخزن", "أسلحة", "بالانفجار",
          "فهجوم", "قرش", "\n", "\t", "\u00a0", "انفجار\u00a0في", "لقي", "شخص", "مصرعه", "كلب", "الأسد"]


def reference(folded: str) -> tuple[int, int, int, int]:
    """The four facts as the word-by-word pass of sessions 27-39 computed them."""
    none = len(folded) + 1
    attack = armed = animal = accident = none
    window: list[str] = []
    ends: list[int] = []
    blasts: list[int] = []
    previous = None

    def accident_end(b: int) -> int:
        m = clues._fewest_for_plant(window, b + 1)
        return ends[m - 1] if m else none

    for m in _NON_SPACE.finditer(folded):
        w, start = m.group(), m.start()
        if attack == none and clues._in(w, clues.ATTACK_EVIDENCE):
            attack = start
        if armed == none and clues._in(w, clues.ARMED_EVIDENCE):
            armed = start
        if animal == none and clues._in(w, clues.ATTACKING_ANIMALS) \
                and not (previous is not None and clues._in(previous, clues.ANIMAL_NAME_OPENERS)):
            animal = start
        previous = w
        if clues._in(w, clues.BLAST_LEXEMES):
            blasts.append(len(window))
        window.append(w)
        ends.append(m.end())
        if len(window) > 8:
            if blasts and blasts[0] == 0:
                accident = min(accident, accident_end(0))
                blasts.pop(0)
            del window[0], ends[0]
            if blasts:
                blasts = [b - 1 for b in blasts]
    for b in blasts:
        accident = min(accident, accident_end(b))
    return attack, armed, animal, accident


def facts(folded: str) -> tuple[int, int, int, int]:
    f = ev._DocumentWords(folded)
    return f.first_attack, f.first_armed, f.first_animal, f.first_accident


@pytest.mark.parametrize("seed", range(300))
def test_the_facts_of_random_texts_are_those_of_the_word_by_word_pass(seed):
    rng = random.Random(seed)
    text = rng.choice(["", " ", "\n"]) + " ".join(rng.choice(PIECES) for _ in range(rng.randrange(0, 80)))
    folded = arabnews.Pipeline([]).make_doc(text).folded if text.strip() else text
    assert facts(folded) == reference(folded), text


def test_known_offsets():
    folded = arabnews.Pipeline([]).make_doc("قال إن انفجار قوي وقع في محطة للطاقة ثم نمر النمر وهاجمته سمكة قرش").folded
    # ("نمر" after "ثم" is the first animal; "النمر" after "نمر" follows a name's opener)
    assert facts(folded) == reference(folded) == (len(folded) + 1, len(folded) + 1, folded.index("نمر"),
                             folded.index("للطاقه") + len("للطاقه"))
    assert facts("") == (1, 1, 1, 1)


@pytest.mark.skipif(not ANT.exists(), reason="the ANT corpus is not here")
@pytest.mark.parametrize("start", range(0, 12000, 1500))
def test_the_facts_of_ant_stretches_are_those_of_the_word_by_word_pass(start):
    arts = ANT.read_text(encoding="utf-8").split("\n\n")[start:start + 300]
    nlp = arabnews.Pipeline([])
    for k in range(0, len(arts), 30):  # each article alone, and thirty of them as one document
        folded = nlp.make_doc(arts[k]).folded if arts[k].strip() else arts[k]
        assert facts(folded) == reference(folded)
        joined = nlp.make_doc("\n\n".join(arts[k:k + 30])).folded
        assert facts(joined) == reference(joined)


@pytest.mark.skipif(not ANT.exists(), reason="the ANT corpus is not here")
def test_a_long_documents_candidates_are_the_words_of_its_regions():
    """A document longer than the compact tokens keep the Token objects of: the windows where a trigger or casualty
    form may start, built from the token columns for those windows only, are those of ``sentences._words``."""
    from arabnews.extract.events.sentences import _words

    text = ANT.read_text(encoding="utf-8")[:600_000]
    nlp = arabnews.Pipeline()
    doc = nlp.make_doc(text, reference_date="2017-06-01")
    doc = dict(nlp._stages)["article"](doc)
    assert not doc.tokens.keeps_all
    extractor = ev.EventExtractor(ev.lexicon())
    n = 0
    for region in doc.extraction_regions():
        tokens = _words(doc, region)
        expected = [tokens[i:i + extractor._longest] for i in extractor._starts.positions([t.norm for t in tokens])]
        got = extractor._candidates(doc, region)
        assert [list(w) for w in got] == [list(w) for w in expected]
        n += len(got)
    assert n > 1000

