"""Session 36: the numbers stage's per-document memos live on the Document (``Document.memo``), not in module
globals holding "the last text" (``numbers._SIDES_TOLD``, ``outlets._memo`` until session 35); output unchanged."""

from __future__ import annotations

import pickle

import arabnews
from arabnews.extract import numbers
from arabnews.extract.numbers import outlets
from arabnews.lang.ar import fold
from arabnews.memo import of_text
from arabnews.text.normalize import normalize

REF = "2017-06-01"


def test_no_last_text_globals() -> None:
    assert not hasattr(numbers, "_SIDES_TOLD")
    assert not hasattr(outlets, "_memo")


def test_memo_on_the_document() -> None:
    text = ("فاز الترجي على النجم بهدفين دون رد.\n"
            "وقالت صحيفة اليوم السابع إن 12 شخصا أصيبوا، بحسب قناة 218 الليبية.")
    doc = arabnews.analyze(text, reference_date=REF)
    # (and the day each article states, kept by the dates stage for events: session 41)
    assert set(doc.memo) == {"numbers.sides_told", "outlets.starts", "dates.stated_days"}
    assert doc.memo["dates.stated_days"] == (doc.text, [])  # no article of this text states its day
    folded, told = doc.memo["numbers.sides_told"]
    assert folded is doc.folded and told is True
    assert [(n.text, n.kind, n.value) for n in doc.numbers] == [("هدفين دون رد", "score", 2), ("12", "cardinal", 12)]
    assert "memo" not in doc.to_dict()
    again = pickle.loads(pickle.dumps(doc))
    assert again.memo == {} and [n.text for n in again.numbers] == ["هدفين دون رد", "12"]


def test_two_documents_do_not_share_answers() -> None:
    # a text with a goal word, then one without: each reads its own text (the global held one answer for both)
    first = arabnews.analyze("انتهت المباراة بفوز الفريق بهدف دون رد.", reference_date=REF)
    second = arabnews.analyze("وصل 3 أشخاص دون رد من السلطات.", reference_date=REF)
    assert [(n.text, n.kind) for n in first.numbers] == [("هدف دون رد", "score")]
    assert first.memo["numbers.sides_told"][1] is True
    assert [(n.text, n.kind, n.unit) for n in second.numbers] == [("3", "cardinal", "person")]


def test_outlet_starts_kept_for_the_dates_stage() -> None:
    doc = arabnews.analyze("نقلت صحيفة المصري اليوم أن الحكومة قررت اليوم الأحد رفع الأسعار.", reference_date=REF)
    folded, starts = doc.memo["outlets.starts"]
    assert folded is doc.folded and starts == outlets._starts(doc.folded)
    assert [(d.text, d.value) for d in doc.dates] == [("اليوم الأحد", "2017-05-28")]


def test_of_text_reads_again_for_another_text() -> None:
    memo: dict = {}
    a, b = fold(normalize("صحيفة اليوم السابع")), fold(normalize("قناة 218 الليبية"))
    assert of_text(memo, "k", a, lambda: 1) == 1
    assert of_text(memo, "k", b, lambda: 2) == 2
    assert of_text(memo, "k", b, lambda: 3) == 2
    assert of_text(None, "k", b, lambda: 4) == 4


def _numbers(text: str) -> list[tuple[str, object, str | None]]:
    return [(n.text, n.value, n.unit) for n in arabnews.analyze(text, reference_date=REF).numbers]


def test_a_dot_between_thousands_before_a_count() -> None:
    # ANT 9730 "(3.132 صوت)", 6740 "185.653 مسافر", 1912 "16.808 شخصا": counts, not decimals
    assert _numbers("حصل خلاله المحيرصي على 72 % من الأصوت ( 3.132 صوت )") == [
        ("72 %", 72, "percent"), ("3.132", 3132, "vote")]
    assert _numbers("ليمر من 185.653 مسافر إلى 172.536 مسافرا.") == [
        ("185.653", 185653, "passenger"), ("172.536", 172536, "passenger")]
    doc = arabnews.analyze("أن حوالي 16.808 شخصا سجلوا على القائمات", reference_date=REF)
    [n] = doc.numbers
    assert (n.start, n.end, n.text, n.value, n.unit) == (3, 15, "حوالي 16.808", 16808, "person")
    # ANT 1957: "500.000" read 500
    assert _numbers("أعلنت السلطات الجزائرية تجنيد نحو 500.000 عون لتأطير أكثر من 65.000 مركز") == [
        ("نحو 500.000", 500000, "agent"), ("أكثر من 65.000", 65000, "centre")]


def test_decimals_that_stay_decimals() -> None:
    # ANT 9130: a gymnast's score; money in dinars with millimes; two decimals; a leading zero
    assert _numbers("أنهى المسابقة برصيد 14.200 نقطة.") == [("14.200", 14.2, "point")]
    assert _numbers("بلغ الثمن 15.500 دينار.") == [("15.500", 15.5, "dinar")]
    assert _numbers("تم تسجيل ٢٫٣٥ مخالفة.") == [("٢٫٣٥", 2.35, "violation")]  # (two decimals: a decimal)
    assert _numbers("تم تسجيل ٢٫٣٥٠ مخالفة.") == [("٢٫٣٥٠", 2350, "violation")]  # (every script alike)
    assert _numbers("ارتفع المؤشر بـ 0.250 نقطة.")[0][1] == 0.25
