"""Session 42 (dt42): a bare month's tense from its main clause, not a relative clause inside it; a weekday after a
medium in quotes; a wire dateline as the report's day; a text that opens with the end of a report.

Sentences from ANT (lines given), shortened where marked.
"""

from __future__ import annotations

import pytest

import arabnews
from arabnews.extract.dates.document_day import article_starts


def _dates(text: str, ref: str = "2017-06-01") -> list[tuple[int, int, str, str | None, object]]:
    doc = arabnews.analyze(text, reference_date=ref)
    return [(d.start, d.end, d.text, d.value, d.attrs.get("anchor_date")) for d in doc.dates]


def _one(text: str, part: str, ref: str = "2017-06-01") -> str | None:
    found = [d[3] for d in _dates(text, ref) if d[2] == part]
    assert len(found) == 1, _dates(text, ref)
    start = text.index(part)
    assert [d[:2] for d in _dates(text, ref) if d[2] == part] == [(start, start + len(part))]
    return found[0]


# --- 1. the main clause's tense, over a relative clause between its verb and the month

@pytest.mark.parametrize(("text", "part", "ref", "value"), [
    # ANT 3188: future main verb, past relative verb: next February (was 2016-02 against 2017-01-21)
    ("وكشف أنه سيعود إلى المنطقة التي وصفها بالواعدة في شهر فيفري مع وزير التكوين المهني", "شهر فيفري",
     "2017-01-21", "2017-02"),
    ("وكشف أنه سيعود إلى المنطقة التي وصفها بالواعدة في شهر فيفري مع وزير التكوين المهني", "شهر فيفري",
     "2017-06-01", "2018-02"),
    # feminine, plural relative, other month names (Levantine, Egyptian), سوف
    ("وستزور الوزيرة الولايات التي شهدت الفيضانات في تشرين الأول", "تشرين الأول", "2017-11-15", "2018-10"),
    ("وسوف يستقبل الرئيس المستثمرين الذين زاروا البلاد في يناير", "يناير", "2017-06-01", "2018-01"),
    # a past main verb over a present relative clause: last March, not next (was 2018-03)
    ("وأعلن الوزير عن المشروع الذي يربط المدينتين في مارس", "مارس", "2017-06-01", "2017-03"),
    ("وأكدت الوزارة أن الطريق التي تربط الولايتين ستفتح في سبتمبر", "سبتمبر", "2017-06-01", "2017-09"),
    # a present main verb (no future cue) leaves the relative clause's past: ANT dev 960, this March
    ("وكانت المحكمة تراجع حكما يرفض جزئيا القرار التنفيذي الذي أصدره ترامب في 6 مارس آذار ويحظر", "6 مارس آذار",
     "2017-06-01", "2017-03-06"),
])
def test_main_clause_tense(text: str, part: str, ref: str, value: str) -> None:
    assert _one(text, part, ref) == value


# --- 3. a weekday after a medium in quotes after ل

@pytest.mark.parametrize(("text", "part", "value"), [
    # ANT 14697
    ('وتهدف هذه المفاوضات، وفق ما أكده الجربوعي لـ"وات" الاثنين، إلى الصلح بين الدولة التونسية ومنوبه', "الاثنين",
     "2017-05-29"),
    ("وأوضح المدير في تصريح ل«الشروق» الخميس أن الأشغال انطلقت", "الخميس", "2017-06-01"),
])
def test_weekday_after_a_quoted_medium(text: str, part: str, value: str) -> None:
    assert _one(text, part) == value


def test_a_quoted_name_without_lam_is_no_cue() -> None:
    # "الجمعة" after a quoted name that no ل introduces is still left (a name's day, a prayer)
    assert [d[2] for d in _dates('وزار الوفد مسجد "الرحمة" الجمعة للاطلاع على الأشغال')] == []


# --- 3. a wire dateline is the report's day

# ANT 30247 (shortened): its "10 ديسمبر الجاري" and "اليوم الأحد" are the dateline's December (was the 25th)
DATELINE = ("عدد من نواب كتلة الحرة يقدمون استقالاتهم من الكتلة ومن حركة مشروع تونس\n"
            "تونس 11 ديسمبر 2016 (وات) - أكد بيان صادر بتاريخ 10 ديسمبر الجاري انسحاب النائب مصطفى بن احمد من كتلة"
            " الحرة.\nوأوضح النائب أحمد بن مصطفى، في تصريح، اليوم الأحد، لوكالة تونس افريقيا للانباء، أن الاستقالة"
            " نهائية.")


def test_dateline_anchors_its_report() -> None:
    found = {d[2]: (d[3], d[4]) for d in _dates(DATELINE)}
    assert found["11 ديسمبر 2016"] == ("2016-12-11", None)
    assert found["10 ديسمبر الجاري"] == ("2016-12-10", "2016-12-11")
    assert found["اليوم الأحد"] == ("2016-12-11", "2016-12-11")


@pytest.mark.parametrize("line", [
    "القاهرة 3 مارس 2017 - أ ش أ - أعلنت الوزارة اليوم عن إجراءات جديدة لدعم المصدرين في البلاد.",
    "الرياض، 3 مارس 2017 (واس) - أعلنت الوزارة اليوم عن إجراءات جديدة لدعم المصدرين في البلاد.",
])
def test_dateline_other_agencies(line: str) -> None:
    found = {d[2]: (d[3], d[4]) for d in _dates("عنوان الخبر هنا\n" + line)}
    assert found["اليوم"] == ("2017-03-03", "2017-03-03")


def test_no_agency_no_dateline() -> None:
    # a date that opens a line with no agency after it (a fixture list) states no day
    text = "عنوان الخبر هنا\nتونس 3 مارس 2017 موعد انطلاق الدورة الجديدة وأعلنت الوزارة اليوم عن القائمة."
    found = {d[2]: (d[3], d[4]) for d in _dates(text)}
    assert found["اليوم"] == ("2017-06-01", None)


# --- 2. a text that opens with the end of a report (ANT 3188–3193, shortened)

TAIL = ('وأشار في تصريح لمراسلة "الجوهرة اف أم" إلى امكانية استثمار شركة "بيجو" لصناعة السيارات الفرنسية في مدنين،'
        " وكشف أنه سيزور المنطقة في شهر فيفري مع وزير التكوين المهني بحسب المصدر ذاته.")
HEADED = ("جلول عياد : بإمكاننا تدارك الوضع الاقتصادي الصعب بعد الانتخابات\n"
          'أرجع وزير المالية السابق،جلول عياد في تصريح اليوم،السبت ل"جوهرة أف أم" الصعوبات الاقتصادية الى حالة عدم'
          " الاستقرار السياسي.")


def test_a_report_tail_is_an_article() -> None:
    text = TAIL + "\n\n" + HEADED
    assert article_starts(text) == [0, len(TAIL) + 2]
    found = {d[2]: (d[3], d[4]) for d in _dates(text, "2017-01-20")}
    # the later report's Saturday does not anchor the earlier one's February
    assert found["شهر فيفري"] == ("2017-02", None)
    assert found["اليوم،السبت"] == ("2017-01-21", "2017-01-21")


@pytest.mark.parametrize(("text", "starts"), [
    # a short first line (a title) above a headed block: still one article
    ("عنوان الخبر\n\nعنوان آخر\nفقرة ثانية من ست كلمات وأكثر.", [0]),
    # a first block of one sentence of five words: a lead, not a report's end
    ("فقرة قصيرة من خمس كلمات.\n\nعنوان آخر\nفقرة ثانية من ست كلمات وأكثر.", [0]),
    ("فقرة أولى من ست كلمات وأكثر هنا.\n\nعنوان آخر\nفقرة ثانية من ست كلمات وأكثر.", [0, 34]),
])
def test_report_tail_starts(text: str, starts: list[int]) -> None:
    assert article_starts(text) == starts
