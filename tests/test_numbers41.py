"""Session 41: numbers families read on real news (ANT v1.1).

- a list of set points with a comma typed without a space between two pairs ("(24/26, 19/25,17/25)", ANT 8659) is
  two scores, no decimal "25,17"; hyphenated set scores after a count of sets in their sentence ("بمجموعتين
  متتاليتين بواقع 6-2 و6-2", ANT 8888; "تفاصيلهما 6-2 . 6-2 .", dots between the sets, ANT 9128) are scores;
- a single digit after a Tunisian court's, prosecutor's, electoral district's or school's head and its town
  ("المحكمة الابتدائية بتونس 1", "دائرة نابل 2", "معهد حمام سوسة 2") numbers the seat, no count;
- a billion with no unit after a money cue in a Tunisian document ("حجز قطعة أثرية بقيمة نصف مليار", ANT 8526) is a
  billion millimes (unit millime, ``unit_implied``); not without a Tunisian place, nor with another dinar's country.
"""

from __future__ import annotations

import pytest

from arabnews import Pipeline

NLP = Pipeline(["numbers"])
INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PLAIN = str.maketrans("", "")


def _numbers(text: str) -> list[dict]:
    out = NLP(text, reference_date="2017-06-01").to_dict()["numbers"]
    for n in out:
        assert text[n["start"]:n["end"]] == n["text"]
    return out


def _scores(text: str) -> list[tuple[str, int, float, float]]:
    return [(n["text"], n["start"], n["first"], n["second"]) for n in _numbers(text) if n["kind"] == "score"]


# -- set points --------------------------------------------------------------------------------------------------

ANT_8659 = ("تمكن النادي الرياضي التونسي من الفوز على النجم الساحلي بنتيجة 3 أشواط دون رد تفاصيلها "
            "(24/26, 19/25,17/25) في إطار مباراة اياب نهائي البطولة الوطنية للكرة الطائرة")


@pytest.mark.parametrize("digits", [PLAIN, INDIC])
def test_comma_between_set_points(digits: dict) -> None:
    text = ANT_8659.translate(digits)
    got = _scores(text)
    pairs = [p.translate(digits) for p in ("24/26", "19/25", "17/25")]
    assert got[1:] == [(p, text.index(p), int(p[:2].translate({ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")})),
                        int(p[3:].translate({ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")})))
                       for p in pairs]
    assert not [n for n in _numbers(text) if n["kind"] == "cardinal"]


def test_arabic_comma_between_set_points() -> None:
    text = "فاز الفريق بثلاثة أشواط دون رد تفاصيلها (٢٥/٢٢، ٢٥/١٩،٢٥/١٧)"
    assert [(t, f, s) for t, _, f, s in _scores(text)[1:]] == [("٢٥/٢٢", 25, 22), ("٢٥/١٩", 25, 19),
                                                               ("٢٥/١٧", 25, 17)]


@pytest.mark.parametrize(("text", "value"), [
    ("ارتفعت النسبة إلى 3,5 بالمائة", 3.5),  # a decimal comma stays one
    ("سجلت الشركة 1/2,5 مليون", 2500000),  # no pair after it: a decimal
])
def test_decimal_comma_kept(text: str, value: float) -> None:
    assert value in [n["value"] for n in _numbers(text)]


ANT_8888 = ("بعد الهزيمة أمام الروسية ايكاترينا مكاروفا , المصنفة 40 عالميا ,بمجموعتين متتاليتين بواقع 6-2 و6-2 اليوم "
            "الأحد. .")
ANT_9128 = "فازت على البلجيكية يانينا ويكماير , المصنفة 81 عالميا , بمجموعتين لصفر تفاصيلهما 6-2 . 6-2 ."


@pytest.mark.parametrize("digits", [PLAIN, INDIC])
def test_tennis_sets_after_a_count_of_sets(digits: dict) -> None:
    for text in (ANT_8888, ANT_9128):
        text = text.translate(digits)
        got = [(t, s, f, g) for t, s, f, g in _scores(text) if f == 6]
        first = text.index("6-2".translate(digits))
        second = text.index("6-2".translate(digits), first + 3)
        assert got == [("6-2".translate(digits), first, 6, 2), ("6-2".translate(digits), second, 6, 2)]


def test_dual_details_cue() -> None:
    text = "هزمتها بمجموعتين دون رد تفاصيلهما 2-6 و 7-5 ."
    assert [(t, f, s) for t, _, f, s in _scores(text)[1:]] == [("2-6", 2, 6), ("7-5", 7, 5)]


@pytest.mark.parametrize("text", [
    "وقسم المتطوعون إلى مجموعات 10-15 شخصا",  # a unit after the pair: a range
    "شارك في مجموعتين 3-4 مرات",
    "بمجموعتين دون رد. وارتفعت الأسعار 6-8 دنانير",  # another sentence
])
def test_no_score_with_a_unit_or_another_sentence(text: str) -> None:
    assert not [n for n in _numbers(text) if n["kind"] == "score" and "-" in n["text"]]


# -- numbered seats ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "kept"), [
    ("قضت المحكمة الابتدائية بتونس 2 بتاريخ 6 فيفري 2017 على المتهم", ["6", "2017"]),
    ("مفتش عنه لفائدة المحكمة الإبتدائيّة بتونس 1 من أجل الإنتماء", []),
    ("قررت الدائرة الجنائية بالمحكمة الابتدائية سوسة 1 اليوم الاستجابة", []),
    ("وأذنت النيابة العمومية سوسة 2 بالاحتفاظ بهما", []),
    ("أن قاضي التحقيق بالمكتب الثالث بالمحكمة الابتدائية بصفاقس ٢ أصدر بطاقة إيداع", ["الثالث"]),
    ("دعا النائب بمجلس نواب الشعب عن دائرة فرنسا 1 مروان فلفال", []),
    ("رياض المؤخر عن قائمة آفاق دائرة تونس 2 واياد الدهماني", []),
    ("أكد رئيس الهيئة الفرعية للانتخابات نابل 2 في تصريح", []),
    ("قال الأستاذ بمعهد حمام سوسة 2، خالد الأندلسي", []),
    ("تعطل الدروس بالمعهد الثانوي 2 بسبيطلة", []),
])
def test_numbered_seat_is_no_count(text: str, kept: list[str]) -> None:
    assert [n["text"] for n in _numbers(text)] == kept


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("الأطراف ذات العلاقة بعملية الحرق بالمعهد الذي يمسح 3 هكتارات", "3", 3, "ha"),
    ("وقضت المحكمة الابتدائية بسجن 3 متهمين", "3", 3, "suspect"),
    ("أصدر مركز أمن قصيبة بسوسة 3 مناشير تفتيش", "3", 3, "warrant"),
    ("قضت المحكمة الابتدائية بتونس 5 آلاف دينار خطية", "5 آلاف", 5000, "dinar"),
])
def test_count_after_a_seat_head_stays(text: str, span: str, value: int, unit: str) -> None:
    got = [n for n in _numbers(text) if n["text"] == span]
    assert len(got) == 1 and got[0]["value"] == value and got[0]["unit"] == unit
    assert got[0]["start"] == text.index(span)


# -- Tunisian billions -------------------------------------------------------------------------------------------

ANT_8526 = ("سليانة : حجز قطعة أثرية بقيمة نصف مليار\nتمكن اعوان الحرس الوطني بمعتمدية قعفور، من ولاية سليانة مساء "
            "اليوم الخميس، من حجز قطعة اثرية.")


def _billion(text: str, span: str) -> dict:
    got = [n for n in _numbers(text) if n["text"] == span]
    assert len(got) == 1
    assert got[0]["start"] == text.index(span)
    return got[0]


def test_half_a_billion_millimes() -> None:
    n = _billion(ANT_8526, "نصف مليار")
    assert (n["value"], n["unit"], n["quantity"], n["unit_implied"]) == (500000000, "millime", "money", True)


@pytest.mark.parametrize(("text", "span", "value"), [
    ("وزير البيئة بسوسة: وضعت للمشروع ميزانية تقدر ب100 مليار مؤكدا", "100 مليار", 100000000000),
    ("حجز كوكايين بالمنستير بقيمة ٢٢ مليار", "٢٢ مليار", 22000000000),
    ("رصد اعتمادات بقيمة 7 مليارات للبلديات في تونس", "7 مليارات", 7000000000),
    ("قال إن خسائر القطاع الفلاحي في القيروان قدرت بأكثر من 456 مليار", "أكثر من 456 مليار", 456000000000),
])
def test_tunisian_billions(text: str, span: str, value: int) -> None:
    n = _billion(text, span)
    assert (n["value"], n["unit"], n.get("unit_implied")) == (value, "millime", True)


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("حجز قطعة أثرية بقيمة نصف مليار", "نصف مليار", None),  # no Tunisian place named
    ("في سوسة: رصد اعتمادات بقيمة 3 مليارات دينار", "3 مليارات", "dinar"),  # a currency written
    ("في صفاقس وطرابلس الليبية: صفقة بقيمة 5 مليارات", "5 مليارات", None),  # Libya's dinar too
    ("قال في تونس إن الشركة باعت 340 مليون دولار مقابل 1.94 مليار", "1.94 مليار", None),  # no money cue
    ("بلغ عدد سكان الأرض في تونس وغيرها نحو 7 مليارات نسمة", "نحو 7 مليارات", "person"),
])
def test_no_implied_millimes(text: str, span: str, unit: str | None) -> None:
    n = _billion(text, span)
    assert n["unit"] == unit and "unit_implied" not in n


# -- roads and the national channel ------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "kept"), [
    ("يشمل تهيئة الطريق المحلية 580 بمنوبة والطريق الجهوية 51 بولاية بنزرت", []),
    ("تهيئة الطريق الوطنية 13 بولاية القصرين والمحلية 888 بولاية سيدي بوزيد", []),
    ("ضباب كثيف يحجب الرؤية بالطريق السيارة 1 الحمامات - مساكن", []),
    ("تهيئة الطريق الجهوية ٥١ بولاية بنزرت", []),
    ("منقولة مباشرة على القناة الوطنية 1 الساعة 16:00", ["16", "00"]),
    ("الاولمبي الباجي - نادي حمام الانف (مباشر على الوطنية 2)", []),
])
def test_road_and_channel_numbers(text: str, kept: list[str]) -> None:
    assert [n["text"] for n in _numbers(text) if n["kind"] != "score"] == kept


@pytest.mark.parametrize(("text", "span", "value", "unit"), [
    ("بلغ طول الطريق الجهوية 5 كلم", "5", 5, "km"),
    ("قطع محتجون الطريق الوطنية 3 أشخاص", "3", 3, "person"),
    ("تراجعت العملة الوطنية 2 بالمائة", "2", 2, "percent"),
    ("فازت القائمة الوطنية 13 مقعدا", "13", 13, "seat"),  # no road told: a count
])
def test_count_after_a_road_class_stays(text: str, span: str, value: int, unit: str) -> None:
    got = [n for n in _numbers(text) if n["text"] == span]
    assert len(got) == 1 and (got[0]["value"], got[0]["unit"]) == (value, unit)
    assert got[0]["start"] == text.index(span)
