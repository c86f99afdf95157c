"""Events, session 44 (ev44).  A plural or dual attack noun after a demonstrative ("هذه الهجمات", "هذين التفجيرين")
names the attack told before; a headline's person noun before an imperfect act verb with an object is its doer
("شاب يقتل صديقه"); the day of a verb of managing ("تمكنت اليوم السبت … من إلقاء القبض") is its act's, not a later
clause's; a killing told after "ارتكب" in an arrest's clause is the arrested one's act of its own (ANT 8455)."""

from __future__ import annotations

import pytest

from arabnews.extract.events.folding import _act_stem

# ANT 8455 (held-out), reference 2017-01-20: the arrest on Saturday, the killing on Friday
MELLOULECH = (
    "ملولش : شاب يقتل صديقه إثر خلاف بينهما\n"
    "تمكنت اليوم السبت الوحدات الأمنية التابعة لمنطقة الحرس الوطني بمعتمدية ملولش من ولاية المهدية من إلقاء القبض "
    "على شاب يبلغ من العمر 20 سنة ارتكب جريمة بشعة تتمثل في قتل صديقه يوم أمس الجمعة.\n"
    "وتتمثل صورة الجريمة في خلاف نشب بين الهالك والجاني ما دفع الأخير إلى طعن صديقه عدة طعنات على مستوى الصدر ليفارق "
    "الحياة على عين المكان.")


def _span(text: str, part: str, after: int = 0) -> tuple[int, int]:
    start = text.index(part, after)
    return start, start + len(part)


def test_two_dates_each_act_its_own(nlp):
    doc = nlp(MELLOULECH, reference_date="2017-01-20")
    by_text = {e.text: e for e in doc.layers["events"]}
    assert sorted(by_text) == ["إلقاء القبض", "قتل"]  # the headline's "يقتل" folded into the body's killing
    arrest, killing = by_text["إلقاء القبض"], by_text["قتل"]
    body = MELLOULECH.index("\n")
    assert (arrest.date["start"], arrest.date["end"]) == _span(MELLOULECH, "اليوم السبت")
    assert arrest.date["value"] == "2017-01-21"
    at = MELLOULECH.index("في قتل صديقه", body) + 3
    assert (killing.start, killing.end) == (at, at + 3)
    assert (killing.date["start"], killing.date["end"]) == _span(MELLOULECH, "يوم أمس الجمعة")
    assert killing.date["value"] == "2017-01-20"
    roles = {(a["role"], a["text"]) for a in killing.actors}
    assert ("actor", "شاب") in roles and ("target", "صديقه") in roles
    assert killing.fatalities["value"] == 1


@pytest.mark.parametrize(("headline", "actor", "target"), [
    ("ملولش : شاب يقتل صديقه إثر خلاف بينهما", "شاب", "صديقه"),
    ("فتاة تقتل والدها بسكين في القيروان", "فتاة", "والدها"),  # feminine, kin with pronoun
    ("كهل يقتل شابا في القصرين", "كهل", "شابا"),  # the object a person noun in the accusative
])
def test_headline_subject_is_the_actor(nlp, headline, actor, target):
    text = headline + "\nوقد فتحت الوحدات الأمنية بحثا في الموضوع."
    (event,) = nlp(text, reference_date="2017-06-01").layers["events"]
    assert {(a["role"], a["text"]) for a in event.actors} == {("actor", actor), ("target", target)}
    a = next(a for a in event.actors if a["role"] == "actor")
    assert (a["start"], a["end"]) == _span(text, actor)


@pytest.mark.parametrize("headline", [
    "مواطن يقتل برصاص الجيش في سيناء",  # the passive: no object, the citizen is the victim
    "شاب يقتل في القصرين",
])
def test_headline_passive_subject_is_no_actor(nlp, headline):
    text = headline + "\nوقد فتحت الوحدات الأمنية بحثا في الموضوع."
    events = nlp(text, reference_date="2017-06-01").layers["events"]
    assert events and not any(a["role"] == "actor" and a["text"] in ("مواطن", "شاب") for e in events for a in e.actors)


def test_body_person_before_verb_unchanged(nlp):
    """Not in a body sentence: a person noun before a verb there is read as before."""
    text = "تونس : حادثة في القصرين\nوقال المصدر إن شاب يقتل صديقه كل يوم في الحي."
    events = nlp(text, reference_date="2017-06-01").layers["events"]
    assert not any(a["role"] == "actor" and a["text"] == "شاب" for e in events for a in e.actors)


# ANT 7137 (held-out): "هذه الهجمات الإرهابية" restates the attacks of the sentence before
BEN_GUERDANE = (
    "أدان مجلس الأمن الدولي، بشدة، الهجمات الإرهابية التي استهدفت، الإثنين الماضي، منشات أمنية وعسكرية بمعتمدية بن "
    "قردان من ولاية مدنين وأسفرت عن استشهاد مدنيين وأعوان من قوات الأمن والجيش وإصابة آخرين.\n"
    "واعتبر مجلس الأمن في بيان له اليوم الأربعاء، أن هذه الهجمات الإرهابية غير مبررة.")


@pytest.mark.parametrize(("second", "noun"), [
    ("واعتبر مجلس الأمن في بيان له اليوم الأربعاء، أن هذه الهجمات الإرهابية غير مبررة.", "هذه الهجمات"),
    ("وقالت الوزارة إن منفذي هذين التفجيرين ينتمون إلى تنظيم داعش.", "هذين التفجيرين"),  # the dual
    ("ودعا المجلس إلى إحالة منفذي تلك الاعتداءات على العدالة.", "تلك الاعتداءات"),
])
def test_plural_demonstrative_is_the_attack_told(nlp, second, noun):
    text = BEN_GUERDANE.split("\n")[0] + "\n" + second
    events = [e for e in nlp(text, reference_date="2017-06-01").layers["events"]
              if e.type in ("violence against civilians", "explosions/remote violence", "battles")]
    assert [(e.start, e.end) for e in events] == [_span(text, "الهجمات")]
    assert events[0].date["text"] == "الإثنين الماضي"


def test_plural_without_demonstrative_stays(nlp):
    """A bare plural ("الهجمات") may be other attacks: not folded by the demonstrative rule."""
    text = BEN_GUERDANE.split("\n")[0] + "\nوقتل 20 شخصا في الهجمات التي شنها مسلحون على قرية في نيجيريا يوم الأحد."
    events = nlp(text, reference_date="2017-06-01").layers["events"]
    assert [(e.start, e.end, e.date["text"]) for e in events] == [
        (*_span(text, "الهجمات"), "الإثنين الماضي"), (*_span(text, "الهجمات", text.index("\n")), "يوم الأحد")]


@pytest.mark.parametrize(("a", "b"), [
    ("العمليات العسكرية", "عمليات عسكرية"),
    ("الهجوم الإرهابي", "هجوم إرهابي"),
])
def test_act_stem_drops_adjective_article(a, b):
    assert _act_stem(a) == _act_stem(b)


@pytest.mark.parametrize(("text", "day"), [
    # ANT 8272 (held-out): the arrest on Thursday, the attempted robbery on Monday night
    ("تمكنت وحدات الشرطة بتوزر أمس الخميس، من إيقاف شخصين حاولا سرقة فرع أحد البنوك بمدينة توزر ليلة الاثنين "
     "المنقضي.", "أمس الخميس"),
    # the verb of undertaking and its على (after ANT 7690): the burning's night, not the day the car was bought
    ("أقدم مجهولون ليلة الأحد الماضي بمدينة جمال من ولاية المنستير على إحراق سيارة عون أمن كان قد اشتراها يوم 12 "
     "ماي.", "ليلة الأحد الماضي"),
])
def test_main_clause_day_is_the_act_s(nlp, text, day):
    (event,) = [e for e in nlp(text, reference_date="2017-06-02").layers["events"]
                if e.text in ("إيقاف", "إحراق")]
    assert (event.date["start"], event.date["end"]) == _span(text, day)


# ANT 5018: a court that heard the attack ("نظرت في الاعتداء") recalls it; the judge's day is not the attack's
SOUSSE = (
    "تنطلق يوم الجمعة 28 أفريل 2017 المحاكمة المتعلقة بالهجوم الإرهابي الذي استهدف نزل امبريال مرحبا في سوسة في "
    "صيف 2015، بحسب ما أفاد به الناطق الرسمي باسم المحكمة الابتدائية بتونس. وكانت محكمة العدل الملكية بلندن قد "
    "نظرت في الاعتداء وبعد اسابيع من الاستماع قال القاضي نيكولاس لورين سميث في خلاصاته نهاية شهر فيفري الماضي إن "
    "\"الشرطة التونسية تصرفت بشكل كارثي\".")


@pytest.mark.parametrize("verb", ["نظرت", "تنظر"])
def test_court_hearing_recalls_the_attack(nlp, verb):
    text = SOUSSE.replace("نظرت", verb)
    events = nlp(text, reference_date="2017-06-01").layers["events"]
    assert [(e.start, e.end, e.date.get("value")) for e in events] == [(*_span(text, "الهجوم"), "2015-SU")]


@pytest.mark.parametrize(("sentence", "target"), [
    # ANT 2174 (dev): the night club's quoted name is an entity since session 44; it is pulled down, not the doer
    ('أعطت السلطات التركية الإذن لعمال لبدء العمل في هدم ملهى "رينا" الليلي في إسطنبول.', "رينا"),
    ('وطالب الأهالي بوقف هدم منزل "الحاج علي" في المدينة القديمة.', None),
])
def test_a_looted_or_demolished_property_is_no_actor(nlp, sentence, target):
    doc = nlp(sentence)
    event = next(e for e in doc.layers["events"] if e.subtype == "looting/property destruction")
    assert event.text.startswith("هدم")  # ("هدم منزل" is one trigger)
    roles = {(a["role"], a["text"]) for a in event.actors}
    assert not any(role == "actor" and text in ("رينا", "الحاج علي") for role, text in roles)
    if target is not None:
        assert ("target", target) in roles
        start = sentence.index(target)
        assert any((a["start"], a["end"]) == (start, start + len(target)) for a in event.actors)


# ANT (reference 2017-01-20): the suspect's origin after "أصيل" is no place of the arrest; the family: feminine,
# plural, one or two place heads between, none
@pytest.mark.parametrize(("sentence", "place"), [
    ("تمكنت فرقة الأبحاث والتفتيش للحرس الوطني بطبلبة أمس، بعد كمين محكم، من إلقاء القبض على عنصر تكفيري أصيل "
     "منطقة بني حسان من ولاية المنستير.", "طبلبة"),
    # the larger place the origin lies in, or another origin joined by و, is an origin too
    ("تمكنت مساء أمس وحدة أمنية بالقصرين ، من إلقاء القبض على عنصر إرهابي أصيل منطقة حاجب العيون من ولاية "
     "القيروان.", "القصرين"),
    ("تمكنت وحدات الديوانة بمنطقة التوي من القبض على شاب تونسي أصيل منطقة رأس الجبل بولاية بنزرت.", "التوي"),
    ("تمكن أعوان الأمن بسوسة من إيقاف 3 شبان أصيلي سيدي علي بن عون من ولاية سيدي بوزيد.", "سوسة"),
    ("ألقت وحدات الأمن القبض على فتاة أصيلة منطقة حي التضامن في مدينة أريانة.", "أريانة"),
    ("أوقفت الشرطة شابين أصيلي القصرين في سوسة.", "سوسة"),
])
def test_a_persons_origin_is_no_place_of_the_act(nlp, sentence, place):
    doc = nlp(sentence, reference_date="2017-01-20")
    arrest = next(e for e in doc.layers["events"] if e.subtype == "arrests")
    start = sentence.rindex(place)
    assert (arrest.location["start"], arrest.location["end"], arrest.location["text"]) == (
        start, start + len(place), place)


def test_origins_joined_by_wa_leave_no_place(nlp):
    doc = nlp("تم إيقاف 15 شخصا، أصيلي مدنين وجرجيس ومنزل تميم و المكنين، بحوزتهم عملة أجنبية.",
              reference_date="2017-01-20")
    arrest = next(e for e in doc.layers["events"] if e.subtype == "arrests")
    assert arrest.location is None


def test_a_place_without_a_word_of_origin_stays_the_act_s(nlp):
    doc = nlp("أوقفت الشرطة شابا في منطقة بني حسان أمس.", reference_date="2017-01-20")
    arrest = next(e for e in doc.layers["events"] if e.subtype == "arrests")
    assert arrest.location["text"] == "بني حسان"
