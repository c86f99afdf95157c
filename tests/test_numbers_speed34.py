"""Session 34 (speed, output unchanged): the regnal-ordinal pattern, searched back over 60 characters, runs only
when the word before the ordinal may end a regnal name (``_regnal_may_end``): a test every match passes."""

from __future__ import annotations

import pytest

from arabnews.extract.numbers import _regnal_may_end, parse_numbers
from arabnews.extract.numbers.lexicon import lexicon
from arabnews.lang.ar import fold
from arabnews.lang.ar.charsets import HSPACE
from arabnews.text.normalize import normalize

_TEXTS = [
    "وحكم رمسيس الثاني مصر ستين عاما.", "وخلفه الملك عبد الله الثاني على العرش", "زار الملك عبدالله الثاني عمان",
    "الملك  عبد   الحميد الثاني", "وفلويس الرابع عشر", "لويس، الرابع عشر", "البابا تواضروس الثاني بابا الإسكندرية",
    "شارع محمد الخامس بالرباط", "الملك المغربي الحسن الثاني", "الإمبراطور الياباني أكيهيتو الأول",
    "السلطان العثماني سليم الأول", "البابا بنديكتوس السادس عشر", "الملكة إليزابيث الثانية",
    "الملك في الثاني من الشهر", "احتلت تونس المرتبة الثانية عربيا", "في دورته الثالثة", "للمرة الثانية",
    "الملك عبد الى الثاني", "البطريرك مار إغناطيوس أفرام الثاني", "ﻓﻲ ﻋﻬﺪ ﻟﻮﻳﺲ اﻟﺜﺎﻧﻲ", "الخديوي إسماعيل الأول",
    "قال الملك\u00a0سلمان\u2009الأول", "1- الاول\n2- الثاني", "(جورج) الخامس", "محمدٌ الخامس", "ملك ـ محمد الثالث",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_every_regnal_match_passes_the_word_test(text: str) -> None:
    lex = lexicon()
    folded = fold(normalize(text))
    for end in range(1, len(folded) + 1):
        if folded[end - 1] in HSPACE and lex.regnal_re.search(folded, max(0, end - 60), end) is not None:
            assert _regnal_may_end(folded, end), (text, folded[:end])


@pytest.mark.parametrize("text, names", [
    ("وحكم رمسيس الثاني مصر ستين عاما.", False), ("الملك عبد الله الثاني", False), ("لويس، الرابع عشر", False),
    ("البابا تواضروس الثاني", False), ("الملك المغربي الحسن الثاني", False),
    ("احتلت تونس المرتبة الثانية عربيا", True), ("في دورته الثالثة", True), ("للمرة الثانية", True),
])
def test_regnal_ordinal_or_a_number(text: str, names: bool) -> None:
    assert any(m.kind == "ordinal" for m in parse_numbers(text)) is names


def test_the_word_test_refuses_an_ordinal_after_its_noun() -> None:
    for text in ("المرتبة الثانية", "اليوم الثالث", "للمرة الاولي", "في الدورة الرابعة", "خلال الاسبوع الثاني"):
        folded = fold(normalize(text))
        assert not _regnal_may_end(folded, folded.rindex(" ") + 1), text


def test_the_texts_hold_regnal_matches() -> None:
    lex = lexicon()
    hits = sum(any(lex.regnal_re.search(f, max(0, e - 60), e) for e in range(1, len(f) + 1))
               for f in (fold(normalize(t)) for t in _TEXTS))
    assert hits >= 15
