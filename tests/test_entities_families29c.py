"""Session 29, third wave: organisations of other countries' wire news.

- A state's chamber or cabinet named by "مجلس", a genitive of ``council_complements`` and the country's masculine
  nisba is one ORG with the nisba ("مجلس النواب المصري", "لمجلس الشورى السعودي"; NewsFANE tags "مجلس الشيوخ
  الامريكي" whole); without the nisba it stays untagged, as ANERcorp leaves "مجلس النواب" (tried: -0.05 news,
  -0.09 ANERcorp tail micro F1), and a ل purpose after the nisba is out of it.
- A body each state has one of ("الهلال الأحمر", "المصرف المركزي") takes the country's masculine nisba after it.
- "جامعة" without the article before the tagger's LOC is a university named after the place ("جامعة الكويت").
"""

from __future__ import annotations

import pytest

from arabnews import tokenize
from arabnews.extract.entities import default_gazetteer
from arabnews.extract.entities.orgs import council_of_state, org_takes_nationality
from entity_cases import entities


@pytest.mark.parametrize(("sentence", "expected"), [
    ("وافق مجلس النواب المصري على مشروع القانون.", [("مجلس النواب المصري", "ORG")]),
    ("أكد مجلس الوزراء اللبناني التزامه بالإصلاحات.", [("مجلس الوزراء اللبناني", "ORG")]),
    ("صوت مجلس الشيوخ الأمريكي لصالح القرار.", [("مجلس الشيوخ الأمريكي", "ORG")]),
    ("رفض مجلس الأمة الكويتي استجواب الوزير.", [("مجلس الأمة الكويتي", "ORG")]),
    ("وصادق مجلس المستشارين المغربي على النص.", [("مجلس المستشارين المغربي", "ORG")]),
    ("وقال مجلس الأعيان الأردني إنه سيناقش القانون.", [("مجلس الأعيان الأردني", "ORG")]),
    ("ناقش مجلس العموم البريطاني الاتفاق.", [("مجلس العموم البريطاني", "ORG")]),
    # a proclitic on the head, and a ل purpose after the nisba that is no part of the name
    ("وأحال القانون لمجلس الشورى السعودي للمراجعة.", [("مجلس الشورى السعودي", "ORG")]),
    ("وأحال القانون إلى مجلس النواب المصري لمناقشته.", [("مجلس النواب المصري", "ORG")]),
    # without a nisba ANERcorp leaves the council untagged; the feminine adjective is the session's
    ("وافق مجلس النواب على الموازنة.", []),
    ("وقررت جلسة مجلس الوزراء الاستثنائية تمديد الطوارئ.", []),
    # the Red Crescent and the central bank of a state take its nisba
    ("وأعلن الهلال الأحمر المصري إرسال قافلة مساعدات.", [("الهلال الأحمر المصري", "ORG")]),
    ("وقالت جمعية الهلال الأحمر الفلسطيني إن المسعفين أصيبوا.", [("جمعية الهلال الأحمر الفلسطيني", "ORG")]),
    ("وأعلن المصرف المركزي الإماراتي خفض الفائدة.", [("المصرف المركزي الإماراتي", "ORG")]),
    ("وأعلن المصرف المركزي الروسي رفع الفائدة.", [("المصرف المركزي الروسي", "ORG")]),
    # a university named after the place the tagger read alone (ANT dev: "بجامعة كاليفورنيا", "وجامعة البحرين")
    ("وقالت جامعة الكويت إنها ستعلق الدراسة.", [("جامعة الكويت", "ORG")]),
    ("وتخرج في جامعة البحرين.", [("جامعة البحرين", "ORG")]),
    ("وقال أستاذ بجامعة لندن الذي شارك في البحث", [("جامعة لندن", "ORG")]),
    ("ودرس في جامعة تونس المنار.", [("جامعة تونس المنار", "ORG")]),
    # the federation with the article, and the market, keep ANERcorp's reading
    ("وأغلق سوق دبي المالي على ارتفاع.", [("دبي", "LOC")]),
    # a given name after the central bank is its governor, not a nisba
    ("وقال محافظ البنك المركزي الشاذلي العياري إن", [("البنك المركزي", "ORG"), ("الشاذلي العياري", "PER")]),
])
def test_state_bodies_with_nisba(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert entities(sentence) == expected


def _tags(sentence: str, tags: list[str]) -> tuple[list, list[str]]:
    toks = [t for t in tokenize(sentence)]
    assert len(toks) == len(tags), [t.text for t in toks]
    return toks, list(tags)


def test_council_of_state_alone() -> None:
    gaz = default_gazetteer()
    toks, tags = _tags("وافق مجلس النواب العراقي على", ["O"] * 5)
    council_of_state(toks, tags, gaz)
    assert tags == ["O", "B-ORG", "I-ORG", "I-ORG", "O"]
    # a feminine nisba is not the council's; the article makes no construct head
    toks, tags = _tags("جلسة مجلس الوزراء العراقية", ["O"] * 4)
    council_of_state(toks, tags, gaz)
    assert tags == ["O"] * 4
    toks, tags = _tags("المجلس الوزاري العراقي", ["O"] * 3)
    council_of_state(toks, tags, gaz)
    assert tags == ["O"] * 3


def test_org_takes_nationality_alone() -> None:
    gaz = default_gazetteer()
    toks, tags = _tags("أعلن الهلال الأحمر السوري", ["O", "B-ORG", "I-ORG", "O"])
    org_takes_nationality(toks, tags, gaz)
    assert tags == ["O", "B-ORG", "I-ORG", "I-ORG"]
    # a name not of the list keeps its end ("البنك الأهلي" + nisba is left to the tagger and known_orgs)
    toks, tags = _tags("أعلن البنك التجاري القطري", ["O", "B-ORG", "I-ORG", "O"])
    org_takes_nationality(toks, tags, gaz)
    assert tags == ["O", "B-ORG", "I-ORG", "O"]
