"""An event told without a date of its own inherits the day its article states, not the reference day (session 41).

Texts are ANT articles (../shared/data/news/ant-v1.1.txt, articles 4800 and 1141), quoted whole."""
from __future__ import annotations

import datetime as dt

import pytest

import arabnews
from arabnews.extract.dates.document_day import record_stated_days, stated_day_at
from arabnews.extract.events import event_rows

#: ANT 4800: the article states its day ("اليوم الخميس 13 أفريل 2017"); the demand of the second sentence has no date
GAFSA = (
    "احتجاجات في قفصة\n"
    "شهدت ولاية قفصة اليوم الخميس 13 أفريل 2017، مسيرة سلمية جابت عدّة أنهج للمدينة، وصولا إلى مقر الاتحاد الجهوي "
    "للشغل.\n"
    "ويطالب المحتجون بالتنمية والتشغيل والبيئة السليمة، والانتداب الفوري في شركة الفسفاط بقفصة والمجمع الكيميائي "
    "التونسي، وإيجاد حلول جذرية لمشكل التلوث بالجهة."
)
#: ANT 1141: a weekday with "اليوم" alone states the writer's Saturday (the one before the reference Thursday)
BOUSHEHR = (
    "مقتل إيراني في هجوم سعودي\n"
    "قال المدير العام لشؤون الحدود بوزارة الداخلية الإيرانية مجید آقابابائي ان صيادا إيرانيا قتل اليوم السبت على يد "
    "قوات حرس الحدود السعودية.\n"
    "وشنت القوات السعودية هجوما على قاربين لايران في مياه الخليج والصياد الذ قتل هو من أهالي محافظة بوشهر جنوب إيران."
)
#: A plain sentence that states no day
PLAIN = "وشنت القوات السعودية هجوما على قاربين لايران في مياه الخليج."


def _events(text: str, ref: str | None = "2017-06-01") -> list[dict]:
    return arabnews.analyze(text, reference_date=ref).to_dict()["events"]


def _by_trigger(events: list[dict], trigger: str) -> dict:
    found = [e for e in events if e["text"] == trigger]
    assert len(found) == 1, [e["text"] for e in events]
    return found[0]


def test_written_day_of_the_article():
    events = _events(GAFSA)
    march = _by_trigger(events, "مسيرة سلمية")
    assert march["date"] == {"start": 33, "end": 59, "text": "اليوم الخميس 13 أفريل 2017", "value": "2017-04-13"}
    demand = _by_trigger(events, "المحتجون")
    assert GAFSA[demand["start"]:demand["end"]] == "المحتجون"
    assert demand["date"] == {"value": "2017-04-13", "inherited": True, "anchor": "DOC"}


def test_weekday_named_with_today():
    attack = _by_trigger(_events(BOUSHEHR), "هجوما")
    assert attack["date"] == {"value": "2017-05-27", "inherited": True, "anchor": "DOC"}


def test_no_stated_day_keeps_the_reference():
    attack = _by_trigger(_events(PLAIN), "هجوما")
    assert attack["date"] == {"value": "2017-06-01", "inherited": True}


def test_no_reference_no_day():
    attack = _by_trigger(_events(BOUSHEHR, None), "هجوما")
    assert attack["date"] == {"value": None, "inherited": True}


@pytest.mark.parametrize("first,second", [(GAFSA, BOUSHEHR), (BOUSHEHR, GAFSA)])
def test_pasted_articles_each_its_own_day(first, second):
    text = first + "\n\n" + second
    events = _events(text)
    cut = len(first)
    days = {("first" if e["start"] < cut else "second", e["date"]["value"]) for e in events
            if e["date"].get("anchor") == "DOC"}
    want = {GAFSA: "2017-04-13", BOUSHEHR: "2017-05-27"}
    assert days == {("first", want[first]), ("second", want[second])}


def test_stated_day_at_reads_only_its_text():
    memo: dict = {}
    text = "نص"
    record_stated_days(memo, text, [(0, dt.date(2017, 4, 13)), (100, dt.date(2017, 5, 27))])
    assert stated_day_at(memo, text, 0) == dt.date(2017, 4, 13)
    assert stated_day_at(memo, text, 99) == dt.date(2017, 4, 13)
    assert stated_day_at(memo, text, 100) == dt.date(2017, 5, 27)
    assert stated_day_at(memo, "نص آخر", 0) is None  # another document's memo
    assert stated_day_at({}, text, 0) is None  # dates did not run


def test_events_frame_row_keeps_inherited_day():
    doc = arabnews.analyze(GAFSA, reference_date="2017-06-01")
    rows = [r for r in event_rows(doc) if r["trigger"] == "المحتجون"]
    assert [(r["date"], r["date_inherited"]) for r in rows] == [("2017-04-13", True)]


def test_stated_day_that_is_the_reference_is_no_anchor():
    # as the dates layer: "anchor": "DOC" only when the document's day is not the reference day
    demand = _by_trigger(_events(GAFSA, "2017-04-13"), "المحتجون")
    assert demand["date"] == {"value": "2017-04-13", "inherited": True}


def test_reader_comment_keeps_the_reference():
    # a reader's comment is written on another day (the dates layer leaves its dates on the reference too)
    text = GAFSA + ("\n\nالتعليقات (1)\n\n    غريب\n\n    ·منذ 3 سنوات شهرين\n"
                    "    وشنت القوات السعودية هجوما على قاربين لايران في مياه الخليج.\n1\n\nالأكثر قراءة\n")
    events = _events(text)
    attack = _by_trigger(events, "هجوما")
    assert attack["part"] == "comment"
    assert attack["date"] == {"value": "2017-06-01", "inherited": True}
    assert _by_trigger(events, "المحتجون")["date"] == {"value": "2017-04-13", "inherited": True, "anchor": "DOC"}
