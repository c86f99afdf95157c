"""Attribution families of session 27 (second wave): a preposition with a pronoun after a verb is never its speaker
(what is written on a placard, "قال عنها المخرج", "علموا منا"); one claim of a text per speaker; words that read
a cue as no verb (a verbal noun after مهمة/مبدأ/رفض, "من بين", "أبرز هذه", "ودون أن", "تنبه" of one who realized,
"تذكر اسمها"); how one said it (ساخرا, ردا على سؤال) and to whom ("للقاضي") are no speaker."""

from __future__ import annotations

import pytest

from arabnews import Pipeline
from attribution_claims import claims

PRONOUN_PREPOSITIONS = [
    # what is written on a card or a placard: a slogan, whose source is no "عليها" (ANT)
    ('وعلقت الشابة اللبنانية على سيارتها ورقة كتبت عليها: "حمارة جديدة بالسياقة ابتعدوا عني" ليتم تداول الصورة '
     "بكثافة.",
     [("direct", "حمارة جديدة بالسياقة ابتعدوا عني", "كتبت", None, None)]),
    ('ورفع المتظاهرون لافتة كتب عليها "لا للإرهاب".', []),
    # "about her", "about it": the speaker after it (ANT)
    ("وهي صورة وفية لواقع المرأة الريفية الكادحة، والتي قال عنها المخرج في نص المسرحية إنها تعمل في صمت مطبق.",
     [("indirect", "إنها تعمل في صمت مطبق", "قال", "المخرج", "person")]),
    ("وتعطل الإضراب وفق ما أعلن عنه المنسق العام للنقابة خلال ندوة صحفية.",
     [("source", "وتعطل الإضراب وفق ما أعلن عنه المنسق العام للنقابة خلال ندوة صحفية", "وفق ما",
       "المنسق العام للنقابة", "person")]),
    # the movement revealed the document: not "عنها", and not "in a document" either (ANT)
    ("وأكدت الحركة في وثيقة سياسية جديدة كشفت عنها خلال مؤتمر صحفي في العاصمة القطرية الدوحة أنها ستنهي ارتباطها "
     "بجماعة الإخوان المسلمين.",
     [("indirect", "أنها ستنهي ارتباطها بجماعة الإخوان المسلمين", "كشفت", "الحركة", "organisation")]),
    # "from us" (ن of من and نا written once), "during it" (ANT)
    ('وقال: "ولذلك، حينما علموا منّا أنَّنا نصوم هنا لمدة 23 ساعة، قالوا إن ذلك لا يصدق".',
     [("direct", "ولذلك، حينما علموا منّا أنَّنا نصوم هنا لمدة 23 ساعة، قالوا إن ذلك لا يصدق", "قال", None, None),
      ("indirect", "أنَّنا نصوم هنا لمدة 23 ساعة، قالوا إن ذلك لا يصدق", "علموا", None, None),
      ("indirect", "إن ذلك لا يصدق", "قالوا", None, None)]),
    ('وبثت قناة "تي ار تي" التركية كلمة أردوغان التي قال خلالها "حذرت من ظهور النازية التي كانت نائمة واستيقظت '
     'اليوم".',
     [("direct", "حذرت من ظهور النازية التي كانت نائمة واستيقظت اليوم", "قال", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), PRONOUN_PREPOSITIONS)
def test_pronoun_prepositions(nlp: Pipeline, text: str, expected: list) -> None:
    assert claims(nlp, text) == expected


def test_placard_slogan(nlp: Pipeline) -> None:
    # (ANT) the slogan's source is the protesters or none, never "عليها خصوصا"
    found = claims(nlp, 'ولوح بعض المحتجين بلافتات كتبوا عليها خصوصا "لقد ضقنا ذرعا" و"الدعم لزملائنا الجرحى".')
    assert [c[:3] for c in found] == [("direct", "لقد ضقنا ذرعا", "كتبوا")]
    assert found[0][3] is None or found[0][3].startswith("المحتجين")


ONE_CLAIM_PER_SPEAKER = [
    # a verb and "حسب تعبيره" of the same speaker: one claim, the verb's (ANT)
    ("وأوضح ياسين ابراهيم خلال انعقاد المجلس الوطني لحزبه، أن مقاومة الاقتصاد الموازي لا تكون باستعمال القوة، "
     "بحسب تعبيره.",
     [("indirect", "أن مقاومة الاقتصاد الموازي لا تكون باستعمال القوة", "أوضح", "ياسين ابراهيم", "person")]),
    # two verbs of the same speaker before the same words: the nearer one (ANT)
    ("وكانت إيران تعلن سابقا عن سقوط قتلى إيرانيين في سوريا، وتقول إنهم يعملون مستشارين للقوات السورية.",
     [("indirect", "إنهم يعملون مستشارين للقوات السورية", "تقول", "إيران", "organisation")]),
    # a verb joined by و before the words (held-out ANT, reworded)
    ("ونفى مدير الأشغال الأخبار المتداولة اليوم حول غمر المياه للنفق، وبين أن النفق لم يفتح أمام حركة المرور.",
     [("indirect", "أن النفق لم يفتح أمام حركة المرور", "بين", "مدير الأشغال", "person")]),
    # the outlet relaying the sources: their claim, the outlet its via (ANT; session 32b)
    ("وقالت مصادر في مطار القاهرة الدولي إن الوحدات الأمنية أوقفت رجلا، وفق ما نقلته وكالة رويترز.",
     [("indirect", "إن الوحدات الأمنية أوقفت رجلا", "قالت", "مصادر", "anonymous")]),
]


@pytest.mark.parametrize(("text", "expected"), ONE_CLAIM_PER_SPEAKER)
def test_one_claim_per_speaker(nlp: Pipeline, text: str, expected: list) -> None:
    assert claims(nlp, text) == expected


NO_VERB = [
    # تنبه: "he realized" with no one after it; "she warns" with its subject after it (ANT)
    ("وقال زالا إنه فكر أولا في اختراع ربوت آلي ولكنه بعد ذلك تنبه إلى أن وزن ذلك الروبوت سيكون ثقيلا.",
     [("indirect", "إنه فكر أولا في اختراع ربوت آلي ولكنه بعد ذلك تنبه إلى أن وزن ذلك الروبوت سيكون ثقيلا", "قال",
       "زالا", "person")]),
    ("وتنبه الشركة، في المقابل، إلى أن ظاهرة اقتناء المكيفات تتسبب في انقطاع التيار.",
     [("indirect", "أن ظاهرة اقتناء المكيفات تتسبب في انقطاع التيار", "تنبه", "الشركة", "organisation")]),
    # a verbal noun after مهمة/مبدأ/رفض; the أن of "ودون أن" (ANT)
    ("وقرر أن طائرة بدون طيار ستكون قادرة على أداء مهمة كشف تلك الألغام عن بعد ودون أن يلحقها أي إصابات.", []),
    ("وقال الوزير إننا نريد أن نفرض مبدأ كشف الوجه حيث يكون ذلك ضروريا.",
     [("indirect", "إننا نريد أن نفرض مبدأ كشف الوجه حيث يكون ذلك ضروريا", "قال", "الوزير", "person")]),
    ("وروى احد الناجين ورفض ذكر اسمه لمراسلة وكالة تونس افريقيا للأنباء أنهم كانوا مجموعة تضم 26 شخصا.",
     [("indirect", "أنهم كانوا مجموعة تضم 26 شخصا", "روى", "احد الناجين", "person")]),
    ("وأكد الوزير أن الحكومة ماضية في الإصلاحات وبعد أن تنتهي المشاورات ستعلن عن برنامجها.",
     [("indirect", "أن الحكومة ماضية في الإصلاحات وبعد أن تنتهي المشاورات ستعلن عن برنامجها", "أكد", "الوزير",
       "person")]),
    # ... but the verb's own preposition with و: "وعلى أن" after شدد على (ANT)
    ('وشدد الوزير على أن "تونس لا يمكنها النجاح لوحدها في مكافحة الإرهاب"، وعلى أن "التصدي لهذه الظاهرة يستدعي '
     'تكثيف الجهود".',
     [("indirect", 'أن "تونس لا يمكنها النجاح لوحدها في مكافحة الإرهاب"، وعلى أن "التصدي لهذه الظاهرة يستدعي '
       'تكثيف الجهود"', "شدد", "الوزير", "person"),
      ("direct", "تونس لا يمكنها النجاح لوحدها في مكافحة الإرهاب", "شدد", "الوزير", "person"),
      ("direct", "التصدي لهذه الظاهرة يستدعي تكثيف الجهود", "شدد", "الوزير", "person")]),
    # "من بين" is "among"; بين and أبرز as verbs stay (ANT)
    ("وأكدت وزيرة الثقافة سنية مبارك التي كانت من بين الحضور في احتفالات الغريبة أن تونس بلد التحاور.",
     [("indirect", "أن تونس بلد التحاور", "أكدت", "مبارك", "person")]),
    ("لكن المذيعة أدركت أن زوجها قد يكون من بين الضحايا، فهي تعلم أنه كان على هذا الطريق.", []),
    ("وبين الوزير أن المشروع سينطلق قريبا.",
     [("indirect", "أن المشروع سينطلق قريبا", "بين", "الوزير", "person")]),
    # "أبرز هذه": the most prominent of them (ANT)
    ("وأوضح الحرشاني ان ابرز هذه المسائل تتمثل في معرفة ان كان الارهابيون قد تسللوا عبر الحدود.",
     [("indirect", "ان ابرز هذه المسائل تتمثل في معرفة ان كان الارهابيون قد تسللوا عبر الحدود", "أوضح",
       "الحرشاني", "person")]),
    ("وأبرز الوزير أن هذه المشاريع ستنطلق قريبا.",
     [("indirect", "أن هذه المشاريع ستنطلق قريبا", "أبرز", "الوزير", "person")]),
    # "did not mention her name": no claim of hers (ANT)
    ("وأشارت الصحيفة إلى أن الأميرة، التي لم تذكر اسمها، محبة للفرنسية، ولديها طفلة وتتمنى أن تستطيع اللعب مع "
     "أطفال القرية.",
     [("indirect", "أن الأميرة، التي لم تذكر اسمها، محبة للفرنسية، ولديها طفلة وتتمنى أن تستطيع اللعب مع أطفال "
       "القرية", "أشارت", "الصحيفة", "anonymous")]),
]


@pytest.mark.parametrize(("text", "expected"), NO_VERB)
def test_no_verb(nlp: Pipeline, text: str, expected: list) -> None:
    assert claims(nlp, text) == expected


NOT_SPEAKERS = [
    # how it was said (ANT)
    ('وحاول فيون تجاوز الموقف فقال ساخرا "المهم ان يكون الطحين فرنسيا".',
     [("direct", "المهم ان يكون الطحين فرنسيا", "قال", None, None)]),
    ('وقال الفنان ردا على سؤال حول العائد: "الفائدة ليست في المال".',
     [("direct", "الفائدة ليست في المال", "قال", "الفنان", "person")]),
    ("ويقول وهو يجلس في صالون شقته الصغيرة، إنه لا يريد أن يتذكر ذلك الحادث.",
     [("indirect", "إنه لا يريد أن يتذكر ذلك الحادث", "يقول", None, None)]),
    # to whom it was said (ANT)
    ("وقال مصدر لوكالة فرانس برس إن السلطات البحرينية أوضحت للقائد المسؤول عن القاعدة، أن على القطريين المغادرة.",
     [("indirect", "إن السلطات البحرينية أوضحت للقائد المسؤول عن القاعدة، أن على القطريين المغادرة", "قال", "مصدر",
       "anonymous"),
      ("indirect", "أن على القطريين المغادرة", "أوضحت", "السلطات البحرينية", "organisation")]),
    ("وذكر للقاضي أنه انتظر خارج مبنى المتجر.",
     [("indirect", "أنه انتظر خارج مبنى المتجر", "ذكر", None, None)]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_SPEAKERS)
def test_not_speakers(nlp: Pipeline, text: str, expected: list) -> None:
    assert claims(nlp, text) == expected
