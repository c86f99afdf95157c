"""Session 39: the conjunction و written as a word of its own before a cue ("و أضاف أن …", as some Tunisian sites
write it) is the cue's proclitic, as in "وأضاف": it ends the claim before it and its speaker continues.

ANT 10063 had "مشيرا إلى أن المواجهة … لن تكون سهلة و أضاف أن هدفه …" read as one claim, and "أضاف" given to the
boxer named inside that claim.
"""

from __future__ import annotations

import pytest

import arabnews

REF = "2017-06-01"


def _quotes(text: str) -> list[tuple[str, str, str | None]]:
    doc = arabnews.analyze(text, reference_date=REF)
    out = []
    for q in doc.layers["quotes"]:
        assert text[q.start:q.end] == q.text
        d = q.to_dict()
        out.append(((d.get("cue") or {}).get("text"), q.text, (d.get("source") or {}).get("text")))
    return out


ANT_10063 = ("و أكد فحيمة خلال الندوة أن التحضيرات دارت على أحسن ما يرام مشيرا إلى أن المواجهة أمام الملاكم الروسي "
             "كانبولانوف لن تكون سهلة و أضاف أن هدفه هو إسعاد الجماهير التونسية ورفع الراية الوطنية عاليا.")


def test_ant_10063_detached_and_ends_the_claim() -> None:
    assert _quotes(ANT_10063) == [
        ("أكد", "أن التحضيرات دارت على أحسن ما يرام", "فحيمة"),
        ("مشيرا", "أن المواجهة أمام الملاكم الروسي كانبولانوف لن تكون سهلة", "فحيمة"),
        ("أضاف", "أن هدفه هو إسعاد الجماهير التونسية ورفع الراية الوطنية عاليا", "فحيمة"),
    ]


@pytest.mark.parametrize(("text", "expected"), [
    ("و أوضح المدرب أن الفريق جاهز و أشار إلى أن اللاعبين في حالة جيدة.",
     [("أوضح", "أن الفريق جاهز", "المدرب"), ("أشار", "أن اللاعبين في حالة جيدة", "المدرب")]),
    ("وقال الرئيس إن المفاوضات مع وزير الخارجية جون كيري فشلت، و تابع أن الحل بعيد.",
     [("قال", "إن المفاوضات مع وزير الخارجية جون كيري فشلت", "الرئيس"), ("تابع", "أن الحل بعيد", "الرئيس")]),
    ("وأكدت الوزيرة أن الموسم انطلق في موعده و أوضحت أن الوزارة وفرت كل الإمكانيات.",
     [("أكدت", "أن الموسم انطلق في موعده", "الوزيرة"), ("أوضحت", "أن الوزارة وفرت كل الإمكانيات", "الوزيرة")]),
    ("و قال الوزير إن المفاوضات فشلت.", [("قال", "إن المفاوضات فشلت", "الوزير")]),
])
def test_detached_conjunction_family(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _quotes(text) == expected


def test_joined_form_reads_the_same() -> None:
    joined = ANT_10063.replace("و أكد", "وأكد").replace("و أضاف", "وأضاف")
    assert [(c, q, s) for c, q, s in _quotes(joined)] == [(c, q, s) for c, q, s in _quotes(ANT_10063)]


# A verb joined by و shares the subject of the verb before it; the words after that verb hold its subject and its
# object. The object is no speaker ("وأعلم السلطات بارتكابه لحادث، وقال إن …", ANT 8172: the driver speaks, the
# authorities were told), and the subject stops before it ("واتهم الوزير المعارضة بالتحريض" → "الوزير").
@pytest.mark.parametrize(("text", "speaker"), [
    ("وأعلم السلطات بارتكابه لحادث، وقال إنّ الطفل هو الذي طلب منه إنزاله.", None),
    ("واتهم السلطات بارتكاب الحادث، وقال إنّ الطفل هو الذي طلب منه إنزاله.", None),
    ("وأبلغت المحكمة بقرارها، وقالت إن الملف مكتمل.", None),
    ("واتهم الوزير المعارضة بالتحريض، وقال إن الوضع صعب.", "الوزير"),
    ("وأخبر المدرب اللاعبين بالتشكيلة، وقال إن المباراة صعبة.", "المدرب"),
    ("ونفى المتحدث باسم الجيش الخبر، وقال إن الوضع صعب.", "المتحدث باسم الجيش"),
    ("ونفت قطر الاتهامات الموجهة إليها، وقالت إنها لا تدعم الإرهاب.", "قطر"),
])
def test_shared_subject_is_no_object(text: str, speaker: str | None) -> None:
    got = _quotes(text)
    assert len(got) == 1
    assert got[0][0] in ("قال", "قالت")
    assert got[0][2] == speaker


def test_one_of_with_its_genitives_genitive() -> None:
    text = "وأكد أحد سكان جرابولي سقوط القتلى وقال ان الاشتباكات اندلعت بعد خلاف في متجر."
    assert _quotes(text) == [("أكد", "سقوط القتلى", "أحد سكان جرابولي"),
                             ("قال", "ان الاشتباكات اندلعت بعد خلاف في متجر", "أحد سكان جرابولي")]
