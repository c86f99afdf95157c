"""Session 45 (attribution): a quoted title is no direct quote; a trailing "…، تضيف الجمعية."; the role kept after a
source phrase's verb and across a comma and a title.

- 'بتهمة "التعذيب …"' (ANT 2852), 'قضيّة عدليّة في شأنهم موضوعها "الإشتباه …"' (ANT 6721), 'يواجه تهمة "المس من هيبة
  الإدارة"' (ANT 6541): the quotation names a charge (``title_heads``), no direct quote of the speaker.  A real quote
  after a title still is ('قال في تدوينة بعنوان "…": "…"'), and so is one after a definite subject ('أن الحملة
  "تؤكد …"', ANT 6701).
- "…، عكس تركيا التي عانت من عدة تفجيرات، تضيف الجمعية." (ANT 601): the clause before is the association's words
  (`tails._said_after`); not the verb's object after its subject ("…، أكد الوزير ضرورة الإصلاح.").
- "وفق ما أكده رئيس اللجنة، المنجي الرحوي." (ANT 2426), "حسب ما أفاد به معتمد المنيهلة، محمد الهادي الزايري" (ANT
  2764): the role after the phrase's verb; "قال المتحدث باسم الأمن الوطني، العقيد وليد حكيمة إنه" (ANT 2281): the
  role across its comma and the title.
"""

from __future__ import annotations

from typing import Any

from test_attribution41 import _claims  # the same reading (every span, role and antecedent checked at its offsets)


def _who(d: dict[str, Any]) -> tuple[str, str, str | None, str | None, str | None]:
    """(kind, cue, speaker, its role, the claim's text)."""
    src = d.get("source") or {}
    return d["kind"], d["cue"]["text"], src.get("text"), (src.get("role") or {}).get("text"), d["text"]


# -- a quoted title ------------------------------------------------------------------------------------------

ANT_2852 = ("قال جمال بركات إن عائلته ستطعن بعد غد الإثنين في القرار الصادر عن محكمة الإستئناف بنابل الخميس الماضي "
            "في القضية المتعلقة بمقتل شقيقه فيصل بركات والقاضي بإحالة 21 شخصا بتهمة \"التعذيب الصادر من موظف عمومي "
            "الناتج عنه الموت \".")

ANT_6721 = ("وأضافت الوزارة أن النيابة العموميّة أذنت لفرقة الأبحاث والتفتيش للحرس الوطني ببنعروس بالإحتفاظ بهم وبصاحب "
            "الحمّام، ومباشرة قضيّة عدليّة في شأنهم موضوعها \"الإشتباه في الإنتماء إلى تنظيم إرهابي والدّعوة إليه\".")

ANT_6541 = ("ووصف سالم بالرقدال ما تعرّض له \"بالمظلمة\"، مشيرا إلى أنه يواجه تهمة "
            "\"المس من هيبة الإدارة\".")


def test_charge_in_claim_is_no_quote() -> None:
    claims = _claims(ANT_2852)
    assert [d["kind"] for d in claims] == ["indirect"]
    assert claims[0]["text"].startswith("إن عائلته ستطعن")
    assert claims[0]["text"].endswith("الناتج عنه الموت \"")
    assert claims[0]["source"]["text"] == "جمال بركات"


def test_subject_of_case_is_no_quote() -> None:
    claims = _claims(ANT_6721)
    assert [(d["kind"], d["cue"]["text"], d["source"]["text"]) for d in claims] == [("indirect", "أضافت", "الوزارة")]
    assert claims[0]["start"] == ANT_6721.index("أن النيابة")


def test_charge_after_participle_is_no_quote() -> None:
    assert all(d["kind"] != "direct" for d in _claims(ANT_6541))


TITLE_THEN_QUOTE = ("وقال الكاتب سمير العيادي في تدوينة بعنوان \"رسالة إلى الرئيس\": "
                    "\"لن نسكت عن هذا الظلم بعد اليوم أبدا\".")


def test_quote_after_a_title_still_quotes() -> None:
    claims = _claims(TITLE_THEN_QUOTE)
    assert [_who(d)[:3] for d in claims] == [("direct", "قال", "سمير العيادي")]
    assert claims[0]["text"] == "لن نسكت عن هذا الظلم بعد اليوم أبدا"
    assert claims[0]["start"] == TITLE_THEN_QUOTE.index("لن نسكت")


ANT_6701 = ("وأوضح مدير المستشفى الجهوي بالشابة وملولش أحمد بنور أن الحملة \"تؤكد مدى تضامن مختلف مكونات "
            "المجتمع المدني بالولاية عند النكبات بغض النظر عن مجهودات السلط المحلية والمركزية\"، على حد قوله.")


def test_definite_campaign_speaking_still_quotes() -> None:
    kinds = [d["kind"] for d in _claims(ANT_6701)]
    assert "direct" in kinds  # ("الحملة" is the subject of the quoted words, not a title's head)


# -- the speaker after the words -----------------------------------------------------------------------------

ANT_601 = ("وأثنى الكثير من السياح الروس على الجو الدافئ المتوسطي لتونس، والاستجمام وسبل الراحة التي توفرها البلاد، "
           "زيادة على الاستقرار والأمن في تونس، عكس تركيا التي عانت من عدة تفجيرات، تضيف الجمعية.")


def test_trailing_present_verb_names_speaker() -> None:
    claims = _claims(ANT_601)
    assert [_who(d)[:4] for d in claims] == [("source", "تضيف", "الجمعية", None)]
    assert claims[0]["start"] == 0
    assert claims[0]["end"] == ANT_601.index("، تضيف")
    assert claims[0]["source"]["start"] == ANT_601.index("الجمعية")


TRAILING_PAST = ("وأكد أن الحكومة ستواصل دعم الفلاحين الصغار. "
                 "والوضع الأمني في المنطقة مستقر تماما ولا خوف على السياح، قال المصدر ذاته.")


def test_trailing_past_verb_names_speaker() -> None:
    claims = _claims(TRAILING_PAST)
    last = claims[-1]
    assert _who(last)[:3] == ("source", "قال", "المصدر ذاته")
    assert last["text"] == "والوضع الأمني في المنطقة مستقر تماما ولا خوف على السياح"


def test_verb_with_object_is_no_trailing_speaker() -> None:
    # no claim of the words before it; its own exhortation is one since session 47
    assert [_who(c) for c in _claims("وشهدت الجلسة نقاشا حادا بين النواب، أكد الوزير ضرورة الإصلاح.")] == [
        ("indirect", "أكد", "الوزير", None, "ضرورة الإصلاح")]


def test_short_opening_is_no_claim() -> None:
    assert _claims("وفي هذا الإطار، أكد الوزير.") == []


# -- the role kept -------------------------------------------------------------------------------------------

ANT_2426 = ("قررت لجنة المالية والتخطيط والتنمية بمجلس نواب الشعب الطعن في القانون المتعلق بالسكن الأول وإحالة الملف "
            "على الهيئة الوطنية لمكافحة الفساد بسبب \"وجود شبهات فساد تحوم حوله\"، وفق ما أكده رئيس اللجنة، المنجي "
            "الرحوي.")

ANT_2764 = ("قامت عناصر من الحرس الوطني، بمنطقتي التضامن والمنيهلة، من ولاية أريانة، مساء الخميس، بتفريق مجموعات من "
            "الشبان حاولوا القيام بعمليات تخريب وسرقة على مستوى نهج 105 بالتضامن، حسب ما أفاد به معتمد المنيهلة، محمد "
            "الهادي الزايري لوكالة تونس افريقيا للانباء.")

ANT_2281 = ("قال المتحدث باسم الأمن الوطني، العقيد وليد حكيمة إنه تم تسجيل 276 اعتداء على أعوان الأمن أثناء مباشرتهم "
            "لعملهم خلال سنة 2016 مقابل 241 اعتداء سنة 2015.")


def test_role_after_phrase_verb() -> None:
    claims = _claims(ANT_2426)
    src = claims[-1]["source"]
    assert (src["text"], src["role"]["text"]) == ("المنجي الرحوي", "رئيس اللجنة")
    assert src["role"]["start"] == ANT_2426.index("رئيس اللجنة")


def test_role_after_phrase_verb_and_complement() -> None:
    src = _claims(ANT_2764)[-1]["source"]
    assert (src["text"], src["role"]["text"]) == ("محمد الهادي الزايري", "معتمد المنيهلة")


def test_role_across_comma_and_title() -> None:
    claims = _claims(ANT_2281)
    src = claims[0]["source"]
    assert (src["text"], src["role"]["text"]) == ("وليد حكيمة", "المتحدث باسم الأمن الوطني، العقيد")
    assert src["role"]["start"] == ANT_2281.index("المتحدث")


def test_title_after_comma_only() -> None:
    from arabnews.extract.attribution.cues import lexicon, lookup_key
    from arabnews.extract.attribution.stage import _titled_role

    def titled(role: str) -> bool:
        return _titled_role([lookup_key(w) for w in role.split()], lexicon())

    assert titled("المتحدث باسم الأمن الوطني، العقيد")
    assert titled("مديرة إدارة الصيدلة والدواء، الدكتورة")
    assert not titled("المتحدث باسم الأمن، في تصريح، العقيد")  # (two commas: an aside)
    assert not titled("رئيس الجمعية، في تصريح")  # (no title after the comma)
    assert not titled("المتحدث باسم الأمن الوطني العقيد")  # (no comma: the role as it was)


ANT_2939 = ("قال الناطق الرسمي باسم وزارة الدفاع الوطني، العقيد بلحسن الوسلاتي في تصريح لوكالة تونس افريقيا للأنباء، "
            "إنه سينتظم خلال الفترة القادمة في تونس، تمرين عسكري متعدد الأطراف.")


def test_name_after_role_comma_and_title() -> None:
    src = _claims(ANT_2939)[0]["source"]
    assert (src["text"], src["role"]["text"]) == ("بلحسن الوسلاتي", "الناطق الرسمي باسم وزارة الدفاع الوطني، العقيد")
    assert src["start"] == ANT_2939.index("بلحسن")


def test_no_name_after_role_comma() -> None:
    text = "وقال مدير الوقاية من الأخطار المهنية بالصندوق الوطني للتأمين على المرض، إنه تم تسجيل 63 حادثا قاتلا."
    src = _claims(text)[0]["source"]
    assert src["text"] == "مدير الوقاية من الأخطار المهنية بالصندوق الوطني للتأمين على المرض"
    assert "role" not in src
