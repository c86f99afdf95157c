"""Groups, session 19: an ambiguous name given by the document's date and by a nisba after it; names of the
Sahel, Lake Chad, Somalia, Afghanistan–Pakistan, Egypt, the Maghreb, Yemen, Iraq–Syria and Sudan."""

from __future__ import annotations

import datetime as dt

import pytest

from arabnews import Pipeline


@pytest.fixture(scope="module")
def nlp():
    return Pipeline(["numbers", "dates", "groups"])


def _groups(nlp, text: str, ref: dt.date | None = dt.date(2017, 6, 1)) -> list[tuple[str, str | None]]:
    doc = nlp(text, reference_date=ref)
    for g in doc.groups:
        assert text[g.start:g.end] == g.text
    return [(g.text, g.id) for g in doc.groups]


# -- an ambiguous name whose groups were active in different years: the document's year decides
DATED = [
    # ANT, February 2014: the day the document states is its year (the 2013 front, not the 2017 one)
    ("عصام الشابي يستنكر عدم دعوة الجمهوري لإجتماع جبهة الإنقاذ المنعقد اليوم السبت 15 فيفري 2014 بتونس.",
     dt.date(2017, 6, 1), [("جبهة الإنقاذ", "nsf-tunisia")]),
    # no stated day: the reference date's year
    ("قال حمة الهمامي إن جبهة الإنقاذ ستركز على الإعداد للانتخابات في تونس", dt.date(2014, 2, 15),
     [("جبهة الإنقاذ", "nsf-tunisia")]),
    # neighbours: a 2017 document keeps the 2017 front; Egypt's places still give Egypt's front in 2013
    ("قال حمة الهمامي إن جبهة الإنقاذ ستركز على الإعداد للانتخابات في تونس", dt.date(2017, 6, 1),
     [("جبهة الإنقاذ", "salvation-front-tunisia")]),
    ("دعت جبهة الإنقاذ إلى التظاهر في القاهرة والإسكندرية", dt.date(2013, 6, 20), [("جبهة الإنقاذ", "nsf-egypt")]),
    # no date at all: the registry's first of the country
    ("قال حمة الهمامي إن جبهة الإنقاذ ستركز على الإعداد للانتخابات في تونس", None,
     [("جبهة الإنقاذ", "salvation-front-tunisia")]),
]


@pytest.mark.parametrize(("text", "ref", "expected"), DATED)
def test_ambiguous_name_by_the_documents_year(nlp, text, ref, expected):
    assert _groups(nlp, text, ref) == expected


def test_active_in():
    from arabnews.extract.groups import default_registry

    reg = default_registry()
    assert reg["nsf-tunisia"].active_in(2013) and reg["nsf-tunisia"].active_in(2014)
    assert reg["nsf-tunisia"].active_in(2015) is False and reg["salvation-front-tunisia"].active_in(2016) is False
    assert reg["salvation-front-tunisia"].active_in(2030)
    assert reg["akp"].active_in(2017) is None  # no years given: never excluded


# -- a country's nisba right after an ambiguous name decides before the document's places
NISBA = [
    # ANT: Abu Iyadh killed near Benghazi, the Libyan places outnumber the Tunisian nisba
    ("نفى مصدر عسكري في بنغازي الليبية مقتل أمير تنظيم أنصار الشريعة التونسي سيف الله بن حسين في قنفودة غرب "
     "بنغازي", [("تنظيم أنصار الشريعة التونسي", "ansar-al-sharia-tunisia")]),
    ("أعلن تنظيم أنصار الشريعة الليبي حل نفسه في بنغازي", [("تنظيم أنصار الشريعة الليبي", "ansar-al-sharia-libya")]),
    # neighbour: no nisba, the Libyan places decide
    ("نفى مصدر عسكري في بنغازي مقتل أمير تنظيم أنصار الشريعة في قنفودة غرب بنغازي",
     [("تنظيم أنصار الشريعة", "ansar-al-sharia-libya")]),
]


@pytest.mark.parametrize(("text", "expected"), NISBA)
def test_ambiguous_name_by_the_nisba_after_it(nlp, text, expected):
    assert _groups(nlp, text) == expected
