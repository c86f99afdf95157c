"""Session 47b (attribution): sentences of ANT v1.1 and their neighbours.

- A date or time of the dates layer ("أول أمس", "عشية اليوم الجمعة", "اليوم الاثنين") or a two-word manner phrase
  ("مرة أخرى", "هو الآخر"; ``manner_phrases``) between a verb and its subject is skipped: the speaker is read after
  it, or carried when nothing follows (ANT 459, 2101, held-out 6831, 7643).
- An أن right after تبيّن/اتضح/ثبت/يبدو (``own_clause_verbs``, with و ف ل) is that verb's, not an earlier cue's
  (held-out 7837, 8165; ANT 2133); not when the verb opens the speaker's own words (held-out 6752).
- After اعتبر, a non-person read as the speaker that a quotation opening with an indefinite accusative follows is the
  thing judged (ANT 653, 1391; held-out 7515): the subject before the verb, or the carried speaker, speaks.
- An organisation's head alone as a speaker ("وأضاف البنك", "واعتبرت النقابة") gains the organisation named before
  with that head as ``source.antecedent``.
"""

from __future__ import annotations

from test_attribution41 import _claims  # the same reading (every span, role and antecedent checked at its offsets)


def _read(text: str) -> list[tuple[str, str | None, str]]:
    """(cue, speaker, content) of each claim; offsets are checked by :func:`_claims`."""
    return [(d["cue"]["text"], (d.get("source") or {}).get("text"), d["text"]) for d in _claims(text)]


def _antecedents(text: str) -> list[str | None]:
    return [((d.get("source") or {}).get("antecedent") or {}).get("text") for d in _claims(text)]


# -- 1. when it was said, between the verb and its subject ----------------------------------------------------------

ANT_7643 = ("وأفاد مراسل الجوهرة أف أم بأن الأم لاحظت أول أمس ان طفلها البالغ من العمر نحو 4 اعوام قد تعرض لاعتداء "
            "بالفاحشة.")

HELD_6831 = ("قررت المحكمة الابتدائية بتونس تأجيل النظر في قضية اغتيال الشهيد شكري بلعيد إلى يوم 27 ديسمبر 2016، "
             "وفق ما صرح به عشية اليوم الجمعة سفيان السليطي، الناطق الرسمي باسم المحكمة.")

ANT_2101 = ("تحاكم السعودية 32 شخصا بتهمة التجسس لصالح إيران وفق ما ذكرته اليوم الاثنين 22 فيفري وسائل إعلام سعودية.")

SAID_BEFORE_YESTERDAY = ("وقالت وزيرة السياحة سلمى اللومي إن الموسم واعد. وقالت أول أمس إن عدد الوافدين ارتفع بنسبة "
                         "30 بالمائة.")

ANT_459 = ("وقال الباحث تيرينس كيلي إن الفطور خطير جدا. وبعد أن لاحظ ذلك، توقف عن تناول الإفطار تماما، "
           "فلاحظ مرة أخرى أن نسبة الكلوكوز في الدم تبقى مستقرة طيلة اليوم.")

HE_TOO = ("وقال وزير الصحة عبد الرؤوف الشريف إن الوضع مستقر. وأكد هو الآخر أن المستشفيات جاهزة لاستقبال الحالات.")

NAMED_RAMADAN = "وقال رمضان بن عمر إن عدد المهاجرين ارتفع هذا العام."


def test_7643_day_before_yesterday_is_when_not_who() -> None:
    assert _read(ANT_7643)[-1] == (
        "لاحظت", "الأم", "ان طفلها البالغ من العمر نحو 4 اعوام قد تعرض لاعتداء بالفاحشة")


def test_6831_time_after_source_phrase_verb() -> None:
    assert [(c, s) for c, s, _ in _read(HELD_6831)] == [("وفق ما", "سفيان السليطي")]


def test_2101_weekday_after_source_phrase_verb() -> None:
    assert [(c, s) for c, s, _ in _read(ANT_2101)] == [("وفق ما", "وسائل إعلام سعودية")]


def test_carried_past_a_date() -> None:
    assert [(c, s) for c, s, _ in _read(SAID_BEFORE_YESTERDAY)] == [("قالت", "سلمى اللومي"), ("قالت", "سلمى اللومي")]


def test_459_once_more_is_how_not_who() -> None:
    assert _read(ANT_459)[-1] == ("لاحظ", "تيرينس كيلي", "أن نسبة الكلوكوز في الدم تبقى مستقرة طيلة اليوم")


def test_he_too_is_carried() -> None:
    assert [(c, s) for c, s, _ in _read(HE_TOO)] == [("قال", "عبد الرؤوف الشريف"), ("أكد", "عبد الرؤوف الشريف")]


def test_a_name_that_is_also_a_month_speaks() -> None:
    assert [s for _, s, _ in _read(NAMED_RAMADAN)] == ["رمضان بن عمر"]


# -- 2. an أن of a nearer verb ----------------------------------------------------------------------------------------

HELD_7837 = ("وأضاف أنه عند القيام بدورية روتينية لاحظ أعوان الأمن تواجد شابين في مكان منزو ليتبيّن أنهما كانا بصدد "
             "تدخين مادة الزطلة.")

HELD_8165 = ("وأفاد مصدر أمني أن مواطنا أعلم السلطات الأمنية بوجود شخص مغمى عليه في الشارع وبتحول أعوان دورية "
             "أمن أكودة اتضح أن الشخص قد فارق الحياة اثر نوبة قلبية مفاجئة.")

CLEAR_TO_THEM = "ولاحظ الحرس وجود سيارة مشبوهة فاتضح لهم أنها مسروقة."

HELD_6752 = ("واعتبر اليعقوبي أن وزير التربية أراد التشويش على المدرسين مضيفا \" يبدو أن لوزارة التربية مشروع معد سلفا "
             "يراد تمريره تحت غطاء اللجان\".")


def test_7837_it_became_clear_is_not_noticed() -> None:
    assert [c for c, _, _ in _read(HELD_7837)] == ["أضاف"]


def test_8165_became_clear_is_not_informed() -> None:
    assert [(c, s) for c, s, _ in _read(HELD_8165)] == [("أفاد", "مصدر أمني")]


def test_clear_to_them_with_fa() -> None:
    assert _read(CLEAR_TO_THEM) == []


def test_6752_seems_opening_the_speakers_words() -> None:
    read = _read(HELD_6752)
    assert [(c, s) for c, s, _ in read] == [("اعتبر", "اليعقوبي"), ("مضيفا", "اليعقوبي")]
    assert read[1][2].endswith("لوزارة التربية مشروع معد سلفا يراد تمريره تحت غطاء اللجان")


# -- 3. the thing judged after اعتبر --------------------------------------------------------------------------------

ANT_653 = ("وأضافت وداد بوشماوي أن تونس تمكنت من تصدير ما قيمته 40 مليار دينار. واعتبرت الخطة \"منطلقا جيدا لبلورة "
           "رؤية مستقبلية في مجال التصدير\".")

ANT_1391 = ("وقال المسؤول بالبيت الأبيض إن ترامب يعتبر السلام في الشرق الأوسط \"ذا أولوية عليا\".")

HELD_7514 = "اعتبرت الجبهة الشعبية \"تسميات المعتمدين الأخيرة فضيحة سياسية للحكومة\"."


def test_653_the_plan_is_judged() -> None:
    assert _read(ANT_653)[-1][:2] == ("اعتبرت", "وداد بوشماوي")


def test_1391_subject_before_the_verb() -> None:
    assert _read(ANT_1391)[-1] == ("يعتبر", "ترامب", "ذا أولوية عليا")


def test_7514_subject_then_quoted_object_and_predicate() -> None:
    assert [s for _, s, _ in _read(HELD_7514)] == ["الجبهة الشعبية"]


# -- 4. an organisation's head alone ---------------------------------------------------------------------------------

BANK = ("وقال البنك المركزي التونسي إن نسبة التضخم ارتفعت إلى 4.8 بالمائة. وأضاف البنك أن الدينار تراجع أمام الأورو.")

UNION = ("وأكدت نقابة الصحفيين التونسيين أن حرية الصحافة مهددة. واعتبرت النقابة أن الوضع خطير.")

TWO_MINISTRIES = ("وقالت وزارة الداخلية إن الوضع مستقر. وأعلنت وزارة الصحة أن المستشفيات جاهزة. وأضافت الوزارة أن "
                  "الأدوية متوفرة.")


def test_bank_alone_is_the_central_bank() -> None:
    assert _antecedents(BANK) == [None, "البنك المركزي التونسي"]
    assert [s for _, s, _ in _read(BANK)] == ["البنك المركزي التونسي", "البنك"]


def test_union_alone_is_the_journalists_union() -> None:
    assert _antecedents(UNION) == [None, "نقابة الصحفيين التونسيين"]


def test_ministry_alone_is_the_last_named() -> None:
    assert _antecedents(TWO_MINISTRIES)[-1] == "وزارة الصحة"
