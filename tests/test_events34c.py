"""Events, session 34 (third wave, ev34b): protests told by nouns.  A protest move ("تحرك احتجاجي", "تحركا
احتجاجيا", "حركات احتجاجية") held or going on is a peaceful protest like a stand, a sit-in or a strike; a protest
called for ("يدعو لتحرك احتجاجي", "دعت النقابة إلى وقفة احتجاجية", "الدعوة للإضراب") is not held (negated); strikers
("المضربون") are protesters; a protest with no actor takes the protesters its sentence names in another clause
("وتواصلت الوقفة الاحتجاجية … حيث رفع المحتجون شعارات")."""

from __future__ import annotations

from typing import Any

import pytest

import arabnews

PEACEFUL = "peaceful protest"


def _all(text: str, ref: str = "2017-06-01") -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = arabnews.analyze(text, reference_date=ref).to_dict()["events"]
    return out


def _events(text: str) -> list[tuple[str, str, list[tuple[str, str]], bool]]:
    return [(e["text"], e["subtype"], [(a["role"], a["text"]) for a in e["actors"]], e["negated"])
            for e in _all(text)]


# 1. the verbs of holding and going on with a protest noun, with clitics, feminine and plural verbs: one held
# protest, its subject the actor
@pytest.mark.parametrize(("text", "expected"), [
    ('ونفذ عمال الحضائر تحركا احتجاجيا أمام مقر الولاية.',
     [("تحركا احتجاجيا", PEACEFUL, [("actor", "عمال الحضائر")], False)]),
    ('وأغلق المحتجون الطريق الرئيسية في إطار تحرك احتجاجي.',
     [("تحرك احتجاجي", PEACEFUL, [("actor", "المحتجون")], False)]),
    ('وخاض المضربون إضرابا عن العمل أمام مقر الشركة.',
     [("إضرابا", PEACEFUL, [("actor", "المضربون")], False)]),
    ('نفذ أعوان الصحة وقفة احتجاجية أمام مقر الولاية.',
     [("وقفة احتجاجية", PEACEFUL, [("actor", "أعوان الصحة")], False)]),
    ('دخل العمال في اعتصام مفتوح.',
     [("اعتصام", PEACEFUL, [("actor", "العمال")], False)]),
    ('واستمر إضراب الأطباء لليوم الخامس.',
     [("إضراب", PEACEFUL, [("actor", "الأطباء")], False)]),
])
def test_held_protest_nouns(text: str, expected: list[Any]) -> None:
    assert _events(text) == expected


def test_protest_move_offsets() -> None:
    text = 'ونفذ عمال الحضائر تحركا احتجاجيا أمام مقر الولاية.'
    (e,) = _all(text)
    assert (e["start"], e["end"]) == (18, 32)
    assert text[e["start"]:e["end"]] == "تحركا احتجاجيا"
    assert (e["actors"][0]["start"], e["actors"][0]["end"]) == (5, 17)


# 2. a protest called for is not held: the call verb or noun right before it with ل, or before "إلى" with the
# callee between
@pytest.mark.parametrize(("text", "trigger"), [
    ('المؤتمر من أجل الجمهورية يدعو لتحرك احتجاجي حول الطاقة', "تحرك احتجاجي"),
    ('يدعو الاتحاد لإضراب عام', "إضراب عام"),
    ('دعا الاتحاد إلى إضراب عام', "إضراب عام"),
    ('دعت النقابة إلى وقفة احتجاجية أمام الوزارة', "وقفة احتجاجية"),
    ('دعا الاتحاد الجهوي للشغل منخرطيه إلى إضراب عام', "إضراب عام"),
    ('وتأتي هذه الدعوة للإضراب بعد فشل المفاوضات', "إضراب"),
])
def test_called_protest_is_not_held(text: str, trigger: str) -> None:
    (e,) = _all(text)
    assert (e["text"], e["type"], e["negated"]) == (trigger, "protests", True)


# 3. not a call: protesters who call on someone during their protest, a protest moved to
@pytest.mark.parametrize(("text", "trigger"), [
    ('دعا المحتجون الحكومة إلى التدخل خلال الوقفة الاحتجاجية', "الوقفة الاحتجاجية"),
    ('وانتقل المحتجون إلى اعتصام مفتوح أمام مقر الولاية', "اعتصام"),
])
def test_not_a_call(text: str, trigger: str) -> None:
    (e,) = _all(text)
    assert (e["text"], e["negated"]) == (trigger, False)


# 4. participants named in another clause of the sentence are the actor of a protest that has none
@pytest.mark.parametrize(("text", "expected"), [
    ('وتواصلت الوقفة الاحتجاجية إلى حدود منتصف النهار حيث رفع المحتجون شعارات.',
     [("الوقفة الاحتجاجية", PEACEFUL, [("actor", "المحتجون")], False)]),
    ('وقد تمت الوقفة الاحتجاجية أمام مقر الوزارة، وردد المحتجون شعارات تطالب بالتشغيل.',
     [("الوقفة الاحتجاجية", PEACEFUL, [("actor", "المحتجون")], False)]),
    # an oblique noun is those the protest is for or about, no actor
    ('وشهدت المدينة مسيرات احتجاجية منددة بالتدخل الأمني تجاه المعتصمين.',
     [("مسيرات احتجاجية", PEACEFUL, [], False)]),
    ('ويتواصل الاعتصام لليوم الثالث، وقد رفع المعتصمون شعارات تطالب بالتشغيل.',
     [("الاعتصام", PEACEFUL, [("actor", "المعتصمون")], False)]),
    # an actor of its own stays
    ('ونفذ الأساتذة وقفة احتجاجية، وقال أحد المحتجين إن الوزارة لم تستجب.',
     [("وقفة احتجاجية", PEACEFUL, [("actor", "الأساتذة")], False)]),
    # those the news meets are no actor
    ('وتواصل الاعتصام، والتقى الوالي ممثلين عن المعتصمين.',
     [("الاعتصام", PEACEFUL, [], False)]),
])
def test_participants_as_actor(text: str, expected: list[Any]) -> None:
    assert _events(text) == expected


def test_participants_offsets() -> None:
    text = 'وتواصلت الوقفة الاحتجاجية إلى حدود منتصف النهار حيث رفع المحتجون شعارات.'
    (e,) = _all(text)
    (a,) = e["actors"]
    assert text[a["start"]:a["end"]] == "المحتجون" == a["text"]
    assert (a["start"], a["end"]) == (56, 64)


# 5. protests counted by a number of eleven or more in digits (Western or Arabic-Indic) are a tally, no event; a
# year or a day before the noun, or a small count, is no tally
@pytest.mark.parametrize(("text", "expected"), [
    ('وبالنسبة للتحركات الاحتجاجية، أوضح أنه تم تسجيل 360 تحرك احتجاجي خلال شهر جانفي 2017 مقابل ١٠٦٢ تحرك احتجاجي'
     ' في جانفي 2016.', []),
    ('ونفذ أصحاب سيارات التاكسي صباح اليوم السبت 3 ديسمبر 2016 وقفة احتجاجية أمام مجلس نواب الشعب.',
     [("وقفة احتجاجية", False)]),
    ('نفذ عمال الشركة 3 وقفات احتجاجية أمام مقر الولاية.', [("وقفات احتجاجية", False)]),
])
def test_tally_of_protests(text: str, expected: list[Any]) -> None:
    assert [(e["text"], e["negated"]) for e in _all(text)] == expected


# 6. a headline's protest the lead tells only as called for is that one, not held
def test_headline_protest_called_in_lead() -> None:
    text = ("تحرك احتجاجي للأمنيين على خلفية ايقاف أمنيين\n\n"
            "دعت نقابة موظفي الإدارة العامة لوحدات التدخل في بلاغ لها منخرطيها وعموم الأمنيين إلى الاستعداد لتنفيذ"
            " تحرك احتجاجي وذلك على اثر ايقاف الملازم.")
    protests = [(e["start"], e["text"], e["negated"]) for e in _all(text) if e["type"] == "protests"]
    assert protests == [(148, "تحرك احتجاجي", True)]
