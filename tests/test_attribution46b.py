"""Session 46, second wave (attribution): sentences of ANT v1.1 and their neighbours.

- A quotation right after the verb's own عن is the verb's words however long the speaker and role before it
  ('أعلن العقيد بلحسن الوسلاتي، الناطق الرسمي باسم وزارة الدفاع الوطني، عن "إنفجار لغم ثان …"', ANT 2649;
  ``about_quote_verbs``); تحدث, a cue only with an announced event, also with such a quotation (ANT 1827).
- A source phrase's bare speech noun and ل + a speaker: the speaker's statement ("وبحسب تصريح إعلامي للناطق الرسمي
  ومساعد وكيل الجمهورية بالمحكمة الابتدائية بتوزر، ماهر البحري، تم …"), the name with its role; not to an outlet.
- A reporting participle with a verbal noun and no أن, after its speaker's clause, is a claim of that speaker
  ("…، مشددا على ضرورة الحذر رغم أن الحدود مؤمنة …، مشيرا إلى دور المواطن …", ANT 3793; ``noun_participles``).
- "حسب رأيه" after a sentence whose verb's subject is a role, a comma and the name (ANT 2865): the name.
"""

from __future__ import annotations

from test_attribution41 import _claims  # the same reading (every span, role and antecedent checked at its offsets)


def _read(text: str) -> list[tuple[str, str, str | None, str]]:
    """(kind, cue, speaker, content) of each claim; offsets are checked by :func:`_claims`."""
    return [(d["kind"], d["cue"]["text"], (d.get("source") or {}).get("text"), d["text"]) for d in _claims(text)]


def _roles(text: str) -> list[str | None]:
    return [((d.get("source") or {}).get("role") or {}).get("text") for d in _claims(text)]


# -- 1. عن + a quotation -------------------------------------------------------------------------------------------

ANT_2649 = ("أعلن العقيد بلحسن الوسلاتي، الناطق الرسمي باسم وزارة الدفاع الوطني، عن \"إنفجار لغم ثان خلال عملية "
            "التمشيط الجارية بجبل سمامة في ولاية القصرين\".")

FEMININE_ROLE_NAME = ("وأعلنت الناطقة باسم إدارة الأمن في كيبيك كريستين كولومب للصحافيين عن \"مقتل 6 أشخاص تتراوح "
                      "أعمارهم بين 35 وسبعين عاماً\".")

KASHAFA = ("وكشفت وزيرة الصحة سميرة مرعي، في تصريح لإذاعة موزاييك أف أم على هامش زيارتها للمستشفى الجهوي بالقصرين، "
           "عن \"وجود نقص فادح في أطباء الاختصاص بالجهات\"، مضيفة أن الوزارة ستتدخل قريبا.")

TAHADDATHA = ("وتحدث الوزير، في تصريح للصحفيين على هامش الجلسة العامة، عن \"بوادر إيجابية كبيرة في المفاوضات "
              "مع النقابة\".")


def test_about_quote_long_speaker() -> None:
    assert _read(ANT_2649) == [("direct", "أعلن", "بلحسن الوسلاتي",
                                "إنفجار لغم ثان خلال عملية التمشيط الجارية بجبل سمامة في ولاية القصرين")]
    assert _roles(ANT_2649) == ["العقيد"]


def test_about_quote_feminine_role_and_name() -> None:
    assert _read(FEMININE_ROLE_NAME) == [("direct", "أعلنت", "كريستين كولومب",
                                          "مقتل 6 أشخاص تتراوح أعمارهم بين 35 وسبعين عاماً")]


def test_about_quote_kashafa_after_where_said() -> None:
    assert _read(KASHAFA) == [("direct", "كشفت", "سميرة مرعي", "وجود نقص فادح في أطباء الاختصاص بالجهات"),
                              ("indirect", "مضيفة", "سميرة مرعي", "أن الوزارة ستتدخل قريبا")]


def test_about_quote_tahaddatha() -> None:
    assert _read(TAHADDATHA) == [("direct", "تحدث", "الوزير", "بوادر إيجابية كبيرة في المفاوضات مع النقابة")]


def test_about_short_quote_is_no_claim() -> None:
    # two quoted words after عن: a term, not the speaker's words (ANT 721 'عن "بوادر إيجابية"')
    assert _read("وتحدثت الوزيرة، في تصريح لمراسل الجوهرة أف أم، عن \"بوادر إيجابية\" في المحادثات بين الطرفين.") \
        == []


def test_about_quote_other_verb_is_no_claim() -> None:
    # a quotation after عن of a verb that is no announcement: a name ('نقلا عن "…"' is the relay's own reading)
    assert _read("وسافر الوفد أمس إلى جنيف بعد أن تخلى عن \"خطة العمل المشتركة الشاملة\" نهائيا.") == []


ANT_692 = ("كشف الطبيب البيطري منجي كدوسي اصيل معتمدية الرقاب من ولاية سيدي بوزيد عن وجود مشروع نموذجي لتطوير قطيع "
           "الماعز عن طريق التهجين.")

ANT_6675 = ("أعلنت وزيرة المرأة نزيهة العبيدي خلال تظاهرة انتظمت اليوم الجمعة 16 ديسمبر 2016 لتقديم تقرير حول وضع "
            "الطفولة في تونس عن تسجيل 900 طفل مولود خارج إطار الزواج في سنة 2015.")


def test_about_event_past_long_subject() -> None:
    assert _read(ANT_692) == [("indirect", "كشف", "منجي كدوسي",
                               "وجود مشروع نموذجي لتطوير قطيع الماعز عن طريق التهجين")]
    assert _roles(ANT_692) == ["الطبيب البيطري"]
    assert _read(ANT_6675) == [("indirect", "أعلنت", "نزيهة العبيدي",
                                "تسجيل 900 طفل مولود خارج إطار الزواج في سنة 2015")]


def test_about_act_is_no_claim() -> None:
    # an act the speaker undertakes after عن, however far: no claim (as "أعلن المنظمون عن فتح باب الترشح")
    text = ("أعلن المدير الجهوي للثقافة بالمنستير محمد الهادي الجويني خلال ندوة صحفية اليوم الجمعة عن تنظيم الدورة "
            "الأولى لمهرجان الموسيقى.")
    assert _read(text) == []


def test_about_of_another_word_is_no_claim() -> None:
    # the عن of "نتج عن" (ANT 9189) or "ناجمة عن": no announcement
    text = ("و تفيد المعطيات الأولية إلى حدوث أضرار مادية طالت السيارة في حين خرج راكبوها سالمين من الحادث الذي نتج عن "
            "إنفجار إطاريين على مستوى مدينة النفيضة .")
    assert [r for r in _read(text) if r[3].startswith("إنفجار")] == []


# -- 2. "بحسب تصريح لـ + speaker" ---------------------------------------------------------------------------------

ANT_SOURCE_ROLE = ("وبحسب تصريح إعلامي للناطق الرسمي ومساعد وكيل الجمهورية بالمحكمة الابتدائية بتوزر، ماهر البحري، "
                   "تم استكمال الأبحاث في القضية وإحالة المتهمين على القضاء.")


def test_statement_of_role_and_name() -> None:
    assert _read(ANT_SOURCE_ROLE) == [("source", "بحسب", "ماهر البحري",
                                       "تم استكمال الأبحاث في القضية وإحالة المتهمين على القضاء")]
    assert _roles(ANT_SOURCE_ROLE) == ["ناطق الرسمي ومساعد وكيل الجمهورية بالمحكمة الابتدائية بتوزر"]


def test_statement_of_minister_with_name() -> None:
    text = "وحسب تصريحات لوزير الداخلية الهادي مجدوب، تم إيقاف ثلاثة عناصر تكفيرية بجهة القصرين."
    assert _read(text) == [("source", "حسب", "الهادي مجدوب", "تم إيقاف ثلاثة عناصر تكفيرية بجهة القصرين")]
    assert _roles(text) == ["وزير الداخلية"]


def test_statement_of_unnamed_source() -> None:
    assert _read("وحسب تصريح لمصدر أمني، تم حجز كمية هامة من المخدرات بمنطقة حي التضامن.") \
        == [("source", "حسب", "مصدر أمني", "تم حجز كمية هامة من المخدرات بمنطقة حي التضامن")]


def test_statement_to_an_outlet_names_no_speaker() -> None:
    # "لإذاعة …" is to whom it was said: no source phrase with no one named
    assert _read("وحسب تصريح لإذاعة موزاييك أف أم، تم حجز كمية هامة من المخدرات بمنطقة حي التضامن.") == []


# -- 3. a participle's verbal noun ---------------------------------------------------------------------------------

ANT_3793 = ("وأضاف وزير الدفاع أن الأمن والجيش على جاهزية تامة وهي جاهزية في  نسق تصاعدي بأكثر امكانيات على مستوى "
            "التكوين والاقتناءات مشددا على ضرورة الحذر رغم أن الحدود مؤمنة بشكل تام مشيرا إلى دور المواطن المهم "
            "والتي برهن عنه خلال عملية بن قردان.")


def test_participles_split_and_claim() -> None:
    assert _read(ANT_3793) == [
        ("indirect", "أضاف", "وزير الدفاع", "أن الأمن والجيش على جاهزية تامة وهي جاهزية في  نسق تصاعدي بأكثر "
                                             "امكانيات على مستوى التكوين والاقتناءات"),
        ("indirect", "مشددا", "وزير الدفاع", "ضرورة الحذر رغم أن الحدود مؤمنة بشكل تام"),
        ("indirect", "مشيرا", "وزير الدفاع", "دور المواطن المهم والتي برهن عنه خلال عملية بن قردان"),
    ]


def test_participle_feminine_plural_and_bare() -> None:
    text = ("وقالت الوزيرة إن الوضع الصحي بالجهة مستقر، مؤكدة على ضرورة تلقيح الأطفال قبل موفى الشهر الجاري. "
            "وأفاد الأهالي أن الخنازير أصبحت تشكل خطرا، مؤكدين مشاهدة قطيع هام للخنازير بالمنطقة منذ أسبوع.")
    assert [r for r in _read(text) if r[1] in ("مؤكدة", "مؤكدين")] == [
        ("indirect", "مؤكدة", "الوزيرة", "ضرورة تلقيح الأطفال قبل موفى الشهر الجاري"),
        ("indirect", "مؤكدين", "الأهالي", "مشاهدة قطيع هام للخنازير بالمنطقة منذ أسبوع"),
    ]


def test_participle_with_thing_or_object_is_no_claim() -> None:
    text = ("وقال الوزير إن الوضع مستقر، مؤكدا ذلك في أكثر من مناسبة. وأوضح أن المصالح تدخلت، مشيرا إلى الحادثة "
            "التي جدت أمس. وأكد أن فيون تلقى بدلات فاخرة، مؤكدا تقريرا سابقا لصحيفة لو باريزيان.")
    assert [r[1] for r in _read(text)] == ["قال", "أوضح", "أكد"]


def test_participle_as_adjective_is_no_claim() -> None:
    text = "وقالت الوزارة إن السلطات فرضت قيودا مشددة على دخول المصلين إلى المسجد."
    assert [r[1] for r in _read(text)] == ["قالت"]


# -- 4. "حسب رأيه": the name apposed to the subject's role -----------------------------------------------------------

ANT_2865 = ("وصف كاتب عام النقابة الأساسية للتعليم الثانوي، لسعد اليعقوبي، الإضراب الذي يخوضه الأساتذة اليوم بالناجح "
            "بنسب عالية جدا وفقا للأرقام الأولية، وهو ما يبرز، حسب رأيه أن \"المعركة هي معركة مدرسين ضد وزير "
            "التربية\".")


def test_pronoun_tail_takes_apposed_name() -> None:
    tails = [s for _, cue, s, _ in _read(ANT_2865) if cue == "حسب"]
    assert tails == ["لسعد اليعقوبي"]


def test_pronoun_tail_no_role_no_apposed_name() -> None:
    # a delegation is no person's role: the name after its comma, eight words in, is not the subject's name
    text = ("وصف وفد النقابة الأساسية للتعليم الثانوي بالجهة، لسعد اليعقوبي، الإضراب بالناجح بنسب عالية جدا، حسب "
            "رأيه.")
    assert [s for _, cue, s, _ in _read(text) if cue == "حسب"] == [None]
