"""Session 46 (attribution): sentences of ANT v1.1 and their neighbours.

- An untagged name, then a role a preposition cuts short: the name speaks, not "name + role word" ("أكد وائل
  المجدوب ممثل عن أطباء الأسنان …", ANT 5165), the feminine and other cue verbs alike; not "أم" of a misspelt outlet
  ('للجوهرة "اف ام أن', ANT 2467).
- "حسب تعبيره" after a sentence whose subject is a role, its organisation and a name, then the object's apposition
  between commas (ANT 7181): the subject, not the object.
- A present cue and its speaker set off by commas inside the clause they report ("وبناء عليه، يضيف نص البلاغ،
  قررت …", ANT 2913); a phrase inset before فإن claims from فإن on; not inside a cue's claim before it (ANT 2264).
"""

from __future__ import annotations

from test_attribution41 import _claims  # the same reading (every span, role and antecedent checked at its offsets)


def _read(text: str) -> list[tuple[str, str, str | None, str]]:
    """(kind, cue, speaker, content) of each claim; offsets are checked by :func:`_claims`."""
    return [(d["kind"], d["cue"]["text"], (d.get("source") or {}).get("text"), d["text"]) for d in _claims(text)]


# -- 1. an untagged name, then its role ------------------------------------------------------------------------

ANT_5165 = ("من جهته أكد وائل المجدوب ممثل عن أطباء الأسنان والصيادلة الإستشفائيين الجامعيين بالقيروان أن حالة من "
            "الإحباط باتت تسيطر على الأطباء بسبب هذا الوضع.")

FEMININE = ("وأوضحت سلمى الحمروني ممثلة عن الجمعية بالقيروان أن حالة من الإحباط باتت تسيطر على الأطباء بسبب هذا "
            "الوضع.")

ANT_2467 = ("وكان مصدر من شركة الخطوط التونسية قد أكد للجوهرة \"اف ام أن الأمتعة عادت على متن الطائرة من العربية "
            "السعودية.")


def test_untagged_name_then_role() -> None:
    assert _read(ANT_5165)[0][:3] == ("indirect", "أكد", "وائل المجدوب")


def test_untagged_name_then_role_feminine() -> None:
    assert _read(FEMININE)[0][:3] == ("indirect", "أوضحت", "سلمى الحمروني")


def test_relational_word_is_no_role() -> None:
    speakers = [s for _, cue, s, _ in _read(ANT_2467) if cue == "أكد"]
    assert speakers != ["اف"]


# -- 2. "حسب تعبيره": the sentence's subject, not the object in apposition ---------------------------------------

ANT_7181 = ("حمّل القيادي في حركة نداء تونس خميس قسيلة، المدير التنفيذي للحركة، حافظ قائد السبسي، مسؤولية الازمة "
            "القيادية التي تمر بها الحركة، مطالبا بضرورة تنحيه بعد أن تسبب في وضع النداء في \"حالة موت سريري\" حسب "
            "تعبيره.")


def test_pronoun_tail_speaks_for_the_subject() -> None:
    tails = [(s, content) for kind, cue, s, content in _read(ANT_7181) if cue == "حسب"]
    assert tails == [("خميس قسيلة", "مطالبا بضرورة تنحيه بعد أن تسبب في وضع النداء في \"حالة موت سريري\"")]


# -- 3. an aside between commas ----------------------------------------------------------------------------------

ANT_2913 = ("وبناء عليه، يضيف نص البلاغ، قررت وكالة الجمهورية لدى المحكمة الابتدائية بتونس فتح بحث تحقيقي ضد كل من "
            "سيكشف عنه البحث.")

FA_ASIDE = ("وبالتالي، وتطابقا مع رأي مجلس نواب الشعب، يقول البلاغ، فإنّ حصر إنجاز المساكن بواسطة الباعثين العقاريين "
            "لن يمكّن من تحقيق الهدف الكمّي.")

FA_PHRASE = "وبالتالي، وحسب البلاغ، فإن حصر إنجاز المساكن بواسطة الباعثين العقاريين لا يمثل حلا."

ANT_2264 = ("وأوضح البلاغ أنه خلافا لما تبادر لدى البعض، فإنّ عدد المساكن الشّاغرة بلغ حوالي 1000 مسكن، وبالتالي، "
            "وتطابقا مع رأي مجلس نواب الشعب، يقول البلاغ، فإنّ حصر إنجاز المساكن لن يمكّن من تحقيق الهدف.")


def test_aside_inside_its_clause() -> None:
    assert _read(ANT_2913) == [("source", "يضيف", "نص البلاغ", ANT_2913[:-1])]


def test_aside_before_fa_inna() -> None:
    assert _read(FA_ASIDE) == [("source", "يقول", "البلاغ", FA_ASIDE[FA_ASIDE.index("فإنّ"):-1])]


def test_phrase_inset_before_fa_inna() -> None:
    assert _read(FA_PHRASE) == [("source", "حسب", "البلاغ", FA_PHRASE[FA_PHRASE.index("فإن"):-1])]


def test_aside_inside_an_earlier_claim_is_none() -> None:
    assert [cue for _, cue, _, _ in _read(ANT_2264)] == ["أوضح"]


def test_past_cue_between_commas_is_no_aside() -> None:
    # "ومن جانبه، قال فلان، الأمين العام …": a past verb names its speaker and his role, no aside
    text = "وفي هذا الإطار، أكد الوزير، خلال زيارته للجهة، ضرورة الإصلاح."
    assert _read(text) == []


def test_trailing_document_speaks() -> None:
    text = "والوضع في المستشفيات صعب جدا في هذه الفترة، يضيف البيان."
    assert _read(text) == [("source", "يضيف", "البيان", "والوضع في المستشفيات صعب جدا في هذه الفترة")]


# -- 5. an untitled name the tagger left out, between commas after a role ------------------------------------------

ANT_2707 = ("قال كاتب عام نقابة التعليم الأساسي، المستوري القمودي، اليوم الخميس إن ولاية منوبة شهدت أكبر عدد "
            "للاعتداءات بالعنف التي تعرض إليها رجال التعليم. ورجح القمودي أن يكون هذا العمل ممنهجا.")

NOT_AGAIN = ("قال كاتب عام نقابة التعليم الأساسي، المستوري القمودي، اليوم الخميس إن ولاية منوبة شهدت أكبر عدد "
             "للاعتداءات بالعنف التي تعرض إليها رجال التعليم.")


def test_untitled_name_between_commas() -> None:
    claims = _claims(ANT_2707)
    first = claims[0]
    assert (first["source"]["text"], first["source"]["role"]["text"]) == ("المستوري القمودي",
                                                                          "كاتب عام نقابة التعليم الأساسي")
    assert first["source"]["start"] == ANT_2707.index("المستوري")


def test_untitled_pair_is_a_name_only_when_written_again() -> None:
    assert _read(NOT_AGAIN)[0][2] == "كاتب عام نقابة التعليم الأساسي"


ANT_2343 = ("من جانبها قالت نادية فنينة مستشارة بوزارة الصحة مكلفة بملف الأدوية إنهم بصدد دراسة عديد الأوامر "
            "التشريعية.")


def test_untagged_name_then_adviser() -> None:
    assert _read(ANT_2343)[0][:3] == ("indirect", "قالت", "نادية فنينة")


ANT_6602 = ("وأفادت ورقة إعلامية وزعت بالمناسبة أنه يمكن للمدخنين الراغبين في الإقلاع، الاشتراك مجانا في هذا "
            "البرنامج.")


def test_one_word_and_adjective_is_no_name_and_role() -> None:
    assert _read(ANT_6602)[0][2] != "ورقة"


ASIDES = [
    ("والوضع في الجهة، يضيف محدثنا، صعب جدا بسبب نقص التجهيزات.", "يضيف", "محدثنا"),
    ("وتعاني المستشفيات الجهوية، تقول الوزارة، من نقص فادح في الأطباء المختصين.", "تقول", "الوزارة"),
    ("وتعاني المستشفيات الجهوية، تقول وزيرة الصحة سميرة مرعي، من نقص فادح في الأطباء المختصين.", "تقول",
     "سميرة مرعي"),
]


def test_asides_of_other_verbs_and_speakers() -> None:
    for text, cue, speaker in ASIDES:
        assert _read(text) == [("source", cue, speaker, text[:-1])], text
