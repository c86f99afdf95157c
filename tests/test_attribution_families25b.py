"""Attribution families of session 25, second wave: a speaker written ل + الـ after a document noun or a source
phrase ("بيان للجيش اللبناني", "وفقا للأمم المتحدة") starts past the article's ل as the groups layer writes it
("جيش اللبناني") and is the group there; a trailing source phrase whose verb's subject speaks ("… وفق ما أفادت
وكالة أنباء رويترز", no comma) ends the claim before it."""

from __future__ import annotations

import pytest

from arabnews import Pipeline
from attribution_claims import claims

LAM_ARTICLE = [
    # a group the groups layer reads past "لل": the source is that group (pan-Arab, ANT)
    ("وأوقفت وحدات الجيش ثلاثة مسلحين، بحسب بيان للجيش اللبناني.", "بحسب", "جيش اللبناني", "group"),
    ("وأفاد بيان للجيش الليبي بأن قواته سيطرت على المدينة.", "أفاد", "جيش الليبي", "group"),
    ("وقتل ثلاثة إرهابيين حسب بيان للحرس الثوري.", "حسب", "حرس الثوري", "group"),
    # an organisation: the noun without the article's ل (ANT)
    ("وأفاد تقرير للبنك الدولي أن الفقر المدقع يتراجع بشكل ثابت.", "أفاد", "بنك الدولي", "organisation"),
    ("وبلغت قوة الرجة، وفق بلاغ للمعهد الوطني للرصد الجوي، 3.9 درجة على سلم ريشتر.", "وفق",
     "معهد الوطني للرصد الجوي", "organisation"),
    ("وتضاعف حجم القروض مرتين، وفق الأرقام الرسمية للبنك المركزي التونسي، كما تفيد أرقام أخرى.", "وفق",
     "بنك المركزي التونسي", "organisation"),
    # "لل" + a document's issuer the phrase reader had taken for an adjective ("للمنظمة")
    ("وأفاد تقرير للمنظمة الدولية للهجرة أن 200 مهاجر غرقوا.", "أفاد", "منظمة الدولية للهجرة", "organisation"),
    # not the verb that published the document (ANT)
    ("وكشفت دراسة للمنظمة الدولية نشرت في مدينة بون الألمانية أن أحد الأسباب هو الفقر.", "كشفت", "منظمة الدولية",
     "organisation"),
    # (with a verb of saying before the aside the board speaks and the bank is its `via`: test_attribution48c)
    ("كما عقد المجلس، حسب بلاغ للبنك نشره الخميس، اجتماعه الدوري.", "حسب", "بنك", "organisation"),
    ("ووفقا للوكالة فقد أنجبت المرأة طفلا قبل ستة أيام.", "وفقا ل", "وكالة", "anonymous"),  # (not "وكالة فقد")
    # "وفقا لـ" before ل + الـ, a source phrase at last (pan-Arab: Reuters, AFP wording)
    ("وقتل 12 شخصا وفقا للشرطة.", "وفقا ل", "شرطة", "organisation"),
    ("ووفقا للشرطة فإن المهاجمين فروا.", "وفقا ل", "شرطة", "organisation"),
    ("ولقي 12 شخصا حتفهم وفقا للدفاع المدني السوري.", "وفقا ل", "دفاع المدني السوري", "organisation"),
    ("وقتل 12 شخصا وفقا للجنة الانتخابات.", "وفقا ل", "لجنة الانتخابات", "organisation"),
    # the noun's own ل stays: "للجنة" is ل + (ال)لجنة
    ("وقررت الحكومة ذلك حسب بيان للجنة الوطنية للانتخابات.", "حسب", "لجنة الوطنية للانتخابات", "organisation"),
    ("وقال بيان للجنة إن الاجتماع انتهى.", "قال", "لجنة", "organisation"),
    ("وقال بيان للجنة الانتخابات إن الاقتراع انتهى.", "قال", "لجنة الانتخابات", "organisation"),
]


def test_law_is_no_source(nlp: Pipeline) -> None:
    # "وفقا للقانون": what a law says is no one's claim
    assert claims(nlp, "وتم إيقافه وفقا للقانون.") == []


@pytest.mark.parametrize(("text", "cue", "speaker", "stype"), LAM_ARTICLE)
def test_speaker_after_lam_article(nlp: Pipeline, text: str, cue: str, speaker: str, stype: str) -> None:
    (claim,) = [c for c in claims(nlp, text) if c[2] == cue]
    assert claim[3:] == (speaker, stype)


def test_lam_article_offsets_and_group_id(nlp: Pipeline) -> None:
    text = "وأفاد بيان للجيش الليبي بأن قواته سيطرت على المدينة."
    (q,) = nlp(text).layers["quotes"]
    assert q.source is not None
    assert (q.source["start"], q.source["end"]) == (13, 23)
    assert text[q.source["start"]:q.source["end"]] == q.source["text"] == "جيش الليبي"
    assert q.source["layer"] == "groups"
    assert q.source["id"] == "state-forces-ly"


def test_article_written_whole_unchanged(nlp: Pipeline) -> None:
    # written with its article, the group as always
    assert claims(nlp, "وقال الجيش اللبناني في بيان إن وحداته أوقفت ثلاثة مسلحين.") == [
        ("indirect", "إن وحداته أوقفت ثلاثة مسلحين", "قال", "الجيش اللبناني", "group")]


TRAILING_RELAY = [
    # ANT: the outlet that relays the claim trails it with no comma
    ("وأعلنت إدارة المهرجان أن الدورة ستضم 62 عملا مسرحيا بينها 18 عملا تونسيا وفق ما أفادت وكالة أنباء رويترز.",
     "أعلنت", "أن الدورة ستضم 62 عملا مسرحيا بينها 18 عملا تونسيا", "وكالة أنباء رويترز"),
    ("وأكدت مصادر أمنية لبنانية أن زوجة البغدادي اعتقلت على الحدود مع سوريا حسبما أفادت وكالة رويترز.",
     "أكدت", "أن زوجة البغدادي اعتقلت على الحدود مع سوريا", "وكالة رويترز"),
    # and when, after a comma
    ('وقال كيم إن بلاده ستضرب الأرض في حال شن الأميركيون هجوما على بلاده حسب ما نقلت صحيفة "الإندبندنت" '
     "البريطانية، الخميس.", "قال", "إن بلاده ستضرب الأرض في حال شن الأميركيون هجوما على بلاده",
     'صحيفة "الإندبندنت" البريطانية'),
    # pan-Arab wording, ذكرت / أوردت
    ("وقالت الشرطة إن المهاجمين فروا من المكان بحسب ما ذكرت وكالة الأنباء الفرنسية.", "قالت",
     "إن المهاجمين فروا من المكان", "وكالة الأنباء الفرنسية"),
    # an outlet that publishes it ("أوردت", "نشرته")
    ("وأكد المرصد أن 20 مدنيا قتلوا في الغارات بحسب ما أوردت صحيفة الشرق الأوسط.", "أكد",
     "أن 20 مدنيا قتلوا في الغارات", "صحيفة الشرق الأوسط"),
    ("وقال الباحث إن المرض ينتشر بسرعة وفق ما نشرته مجلة نيتشر العلمية.", "قال", "إن المرض ينتشر بسرعة",
     "مجلة نيتشر العلمية"),
]


@pytest.mark.parametrize(("text", "cue", "content", "relay"), TRAILING_RELAY)
def test_trailing_relay_ends_claim(nlp: Pipeline, text: str, cue: str, content: str, relay: str) -> None:
    got = claims(nlp, text)
    (claim,) = [c for c in got if c[2] == cue]
    assert claim[1] == content
    assert not [c for c in got if c[0] == "source"]  # the outlet relays the verb's claim: no second claim, its via
    (quote,) = [q for q in nlp(text).layers["quotes"] if q.cue["text"] == cue]  # (session 32b)
    assert quote.source["via"]["text"] == relay and quote.source["via"]["source_type"] == "media"


NOT_A_SPEAKER = [
    # what a law or a rule prescribes is no one's word: the claim keeps it (ANT)
    ("وأكد الوزير أن الحكومة ستصادق على قانون المالية وفق ما ينص عليه الدستور الجديد.",
     "أن الحكومة ستصادق على قانون المالية وفق ما ينص عليه الدستور الجديد"),
    ("وأوضح المسؤول أن القرعة أعيدت وفق ما تقتضيه قوانين البرنامج.",
     "أن القرعة أعيدت وفق ما تقتضيه قوانين البرنامج"),
    # what a text holds, no one's relay
    ("وأكد المسؤول أن الحكومة ستطبق الإجراءات حسب ما جاء في الاتفاق.",
     "أن الحكومة ستطبق الإجراءات حسب ما جاء في الاتفاق"),
]


@pytest.mark.parametrize(("text", "content"), NOT_A_SPEAKER)
def test_prescribed_stays_in_claim(nlp: Pipeline, text: str, content: str) -> None:
    (claim,) = [c for c in claims(nlp, text) if c[0] == "indirect"]
    assert claim[1] == content


PLURAL_CARRIED = [
    # the last speaker that can be many, past one body's claim (ANT, Reuters wording)
    ("وقال شهود إن رجلين دخلا مطعما في منطقة بورو ماركت وطعنا شخصين بالداخل بينما قالت الشرطة إنها تستجيب لحوادث "
     "بوسط العاصمة البريطانية. وأضافوا بأن الرجلين طعنا نادلة في عنقها.", "أضافوا", "شهود"),
    ("وأكد علماء تابعون لأكاديمية العلوم أن الأرض تتعرض لعاصفة مغناطيسية. وقال المتحدث باسم الأكاديمية: \"تلك "
     "العاصفة غير خطيرة\". وأوضحوا أن آثار العاصفة بدأت بالانحسار.", "أوضحوا", "علماء تابعون"),
    # unnamed people of its own sentence (ANT)
    ("وقام أطباء بإجراء فحوصات للعروسين، وقالوا إنهما لن يكونا قادرين على العيش معا.", "قالوا", "أطباء"),
    # the people opening the sentence before (ANT)
    ("وطالب المحتجون في تصريح لمراسل الجوهرة اف ام بالجهة، بحقهم في التشغيل والانتداب. وأكدوا أن النظر في وضعية "
     "المعطلين عن العمل يجب أن يكون من أولويات الحكومة.", "أكدوا", "المحتجون"),
    ("قدم الباحثون، من جامعة لينشوبينغ، نتائج دراستهم الاثنين في مجلة علمية. وأكدوا أنهم حسّنوا هذا النظام بشكل "
     "جذري.", "أكدوا", "الباحثون"),
]


@pytest.mark.parametrize(("text", "cue", "speaker"), PLURAL_CARRIED)
def test_plural_verb_carries_people(nlp: Pipeline, text: str, cue: str, speaker: str) -> None:
    (claim,) = [c for c in claims(nlp, text) if c[2] == cue]
    assert claim[3:] == (speaker, "anonymous")


def test_singular_verb_keeps_last_speaker(nlp: Pipeline) -> None:
    # a singular verb carries the last speaker as before, not the people of an earlier claim
    got = claims(nlp, "وقال شهود إن رجلين دخلا مطعما. وقالت الشرطة إنها تستجيب للحادث. وأضافت أن الوضع تحت "
                      "السيطرة.")
    assert [c[3] for c in got] == ["شهود", "الشرطة", "الشرطة"]


def test_plural_verb_no_people_before(nlp: Pipeline) -> None:
    # no people in reach: the plural verb is given none of the institution's (an addressee in ب is no subject)
    got = claims(nlp, "والتقى الوزير بالمحتجين في مقر الوزارة. وأكدوا أن مطالبهم مشروعة.")
    assert [c[2:4] for c in got] == [("أكدوا", None)]


def test_plural_verb_not_people_in_quotation(nlp: Pipeline) -> None:
    # people named inside a quotation of the sentence before are no subject of "وأشاروا" (ANT)
    got = claims(nlp, 'ووحسب شهود عيان أيضا فإن "حملات بمكبرات الصوت طافت شوارع المدينة، مناشدة الأهالي التوافد '
                      'على المساجد للتبرع بدمائهم". وأشاروا إلى أن المستشفيات شهدت إقبالا من المواطنين.')
    (claim,) = [c for c in got if c[2] == "أشاروا"]
    assert claim[3] != "الأهالي"


def test_issued_verb_still_bounds_claim(nlp: Pipeline) -> None:
    # the phrase read whole ("بيان للهيئة صدر مساء اليوم الاثنين") still trails its claim; the speaker is the body (ANT)
    got = claims(nlp, "وحمّلت الهيئة كل من يتعامل معه المسؤولية وفق ما جاء في بيان للهيئة صدر مساء اليوم الاثنين.")
    assert got == [("source", "وحمّلت الهيئة كل من يتعامل معه المسؤولية", "وفق ما", "هيئة", "organisation")]
