"""Events, session 45 (ev45).  A death in a document that names a road or rail accident ("حادث مرور", "حادثة سير",
"اصطدام حافلة", "تصادم قطارين") and no word of an attack, a ramming, terror or a crime is the accident's, no attack
on civilians (ANT 8254, 1826, 7921); a place right after a word of direction with a word of travel before it is a
destination, no place of the act (ANT 2709)."""

from __future__ import annotations

import pytest

VIOLENT = ("violence against civilians", "battles", "explosions/remote violence")

# ANT 8254 (held-out): a lorry hits a motorcyclist, "لتصدمه وترديه قتيلا"
TABARKA = (
    "طبرقة : حادث مرور يودي بحياة شاب\n"
    "جد مساء اليوم الجمعة، حادث مرور بمنطقة بوترفس من معتمدية طبرقة أدى إلى وفاة شاب يبلغ من العمر نحو 35 سنة إثر "
    "اصطدام دراجته النارية بشاحنة ثقيلة.\n"
    "وحسب ما أفاد به شهود عيان مراسل الجوهرة أف أم في جندوبة، فإن الضحية كان يمتطي دراجة نارية وأثناء مجاوزته لسيارة "
    "سياحية اعترضته شاحنة ثقيلة قادمة من الاتجاه المقابل، لتصدمه وترديه قتيلا على عين المكان. وقد انقلبت الشاحنة بعد "
    "محاولة السائق تفاديه.")
# ANT 1826 (dev): two trains collide; "من بين القتلى طفلين" has no accident word in its sentence
KARACHI = (
    "قتلى في حادث تصادم بين قطارين في باكستان\n"
    "لقي 21 شخصا على الأقل مصرعهم وأصيب 45 آخرون في اصطدام قطاري ركاب يوم الخميس بمدينة كراتشي الباكستانية.\n"
    "وقالت مصادر طبية إن من بين القتلى طفلين و3 سيدات، مرجحة ارتفاع هذه الحصيلة نظرا لخطورة حالة بعض المصابين.")
# ANT 7921 (held-out): the headline "مقتل امراة … في انزلاق شاحنة" before "حادث مرور"
HAJEB = (
    'مقتل امراة واصابة 11 في انزلاق شاحنة "ستافيت"\n'
    "جدّ منذ قليل حادث مرور أليم أسفر عن مقتل إمراة على الفور فيما أصيب 11 آخرين وذلك على مستوى معتمدية حاجب العيون "
    "من ولاية القيروان.")


def _violent(doc):
    return [e for e in doc.layers["events"] if e.type in VIOLENT]


@pytest.mark.parametrize("text", [TABARKA, KARACHI, HAJEB,
                                  # the family: another vehicle and accident noun, with the article and و
                                  "مصرع كهل في انقلاب سيارته بالقصرين\nولقي كهل حتفه وقتل مرافقه في حادثة السير "
                                  "التي جدت صباح اليوم.",
                                  "وفاة شيخ في حادث مرور بجندوبة\nوقد كان الشيخ متجها إلى الجامع لأداء صلاة الصبح "
                                  "فباغتته سيارة من الخلف و أردته قتيلا على عين المكان."])
def test_road_accident_deaths_are_no_attack(nlp, text):
    doc = nlp(text, reference_date="2017-06-01")
    assert _violent(doc) == []


def test_murder_told_beside_a_road_accident_stays(nlp):
    # ANT 292 (dev): a murder charge; the defence asks for "حادث مروري" — "عمدًا،" (a crime word with its comma)
    text = ("خليجي يلقي زوجته من السيارة أثناء سيرها بسرعة كبيرة\n"
            "وكانت النيابة العامة، قد وجهت إلى المتهم تهمة القتل العمد لزوجته، وذلك لقيامه بدفع زوجته خارج السيارة "
            "ما أدى إلى وفاتها. وطالب المحامي ببراءة موكله مطالبًا بتعديل وصف القضية إلى حادث مروري وليس القتل.")
    doc = nlp(text, reference_date="2017-06-01")
    (event,) = [e for e in _violent(doc) if e.text == "القتل"]
    assert (event.start, event.end) == (text.index("القتل العمد"), text.index("القتل العمد") + 5)


def test_ramming_attack_deaths_stay(nlp):
    # a ramming word keeps the deaths an attack even with "حادث" and a vehicle
    text = ("قتيلان في حادث دهس بالقدس\n"
            "قتل شخصان بعدما صدمت شاحنة مجموعة من الجنود في القدس، وقالت الشرطة إن السائق نفذ عملية دهس.")
    doc = nlp(text, reference_date="2017-06-01")
    assert _violent(doc)


# ANT 2709 (dev): an attempt to sail to Italy foiled off Tabalba
TABALBA = (
    "طبلبة : احباط محاولة إبحار خلسة\n"
    "و قد تم إيقاف 10 أشخاص أصيلي معتمدية صيادة التابعة لولاية المنستير تتراوح أعمارهم بين 20 و 40 سنة  كانوا على متن "
    "زورق صغير مجهز بمحرك و قد كانوا متجهين نحو ايطاليا .")


@pytest.mark.parametrize("text", [
    TABALBA,
    "تم إيقاف 12 شخصا حاولوا اجتياز الحدود خلسة باتجاه إيطاليا.",
    "ألقت الوحدات الأمنية القبض على 7 شبان كانوا يعتزمون الإبحار في اتجاه السواحل الإيطالية.",
    "تم القبض على 5 مهاجرين أبحروا من الشاطئ ليلا نحو مالطا.",
])
def test_destination_is_no_place(nlp, text):
    doc = nlp(text, reference_date="2017-06-01")
    arrests = [e for e in doc.layers["events"] if e.subtype == "arrests"]
    assert arrests
    for e in arrests:
        assert e.location is None or e.location["text"] not in ("ايطاليا", "إيطاليا", "مالطا")


def test_aim_of_a_missile_stays_the_place(nlp):
    text = "أطلقت الميليشيا الحوثية صاروخا باليستيا باتجاه مدينة جازان ما أدى إلى مقتل شخصين."
    (event,) = nlp(text, reference_date="2017-06-01").layers["events"]
    assert (event.location["start"], event.location["end"]) == (text.index("جازان"), text.index("جازان") + 5)


# ANT 2174 (dev): the night of the attack told in the relative clause is not the demolition's
RAINA = ('أعطت السلطات التركية الإذن لعمال لبدء العمل في هدم ملهى "رينا" الليلي في إسطنبول، الذي كان تعرض لهجوم شنه '
         "مسلح من تنظيم داعش ليلة رأس السنة، مستهدفا المحتفلين فيه.")


@pytest.mark.parametrize("text", [
    RAINA,
    "بدأت السلطات هدم ملهى رينا في إسطنبول الذي كان تعرض لهجوم ليلة رأس السنة.",
    "بدأت السلطات هدم المقهى بالقيروان الذي تعرض لاعتداء يوم الأحد الماضي.",
])
def test_relative_clause_date_is_its_own_act(nlp, text):
    doc = nlp(text, reference_date="2017-06-01")
    by_type = {e.subtype: e for e in doc.layers["events"]}
    demolition = by_type["looting/property destruction"]
    assert demolition.date.get("inherited") is True
    (attack,) = [e for e in doc.layers["events"] if e.type in VIOLENT]
    assert "inherited" not in attack.date and attack.date["value"] in ("2016-12-31", "2017-05-28")


def test_relative_clause_of_the_act_keeps_its_date(nlp):
    # the antecedent is the act itself ("التفجير الذي كان استهدف"): the day after it is the blast's
    text = "أدانت الحكومة التفجير الذي كان استهدف سوقا شعبيا وأسفر عن مقتل 5 أشخاص يوم الأحد."
    (event,) = nlp(text, reference_date="2017-06-01").layers["events"]
    assert (event.date["start"], event.date["end"]) == (text.index("يوم الأحد"), text.index("يوم الأحد") + 9)
    assert event.date["value"] == "2017-05-28"


@pytest.mark.parametrize("text", [
    # ANT 7690 (held-out): "توقفوا بالقرب من سيارة الأمني" — they stopped near the officer's car
    "فإن عددا من الأشخاص كانوا على متن سيارة، توقفوا بالقرب من سيارة الأمني وقاموا بسكب مادة البنزين عليها.",
    "وتوقفت الشاحنة أمام مركز الأمن قبل أن يغادر السائق.",
])
def test_stopped_is_no_arrest(nlp, text):
    doc = nlp(text, reference_date="2017-06-01")
    assert [e for e in doc.layers["events"] if e.subtype == "arrests"] == []


def test_arrest_verb_with_person_object_stays(nlp):
    text = "أوقفت الوحدات الأمنية شابين في القيروان."
    (event,) = nlp(text, reference_date="2017-06-01").layers["events"]
    assert event.subtype == "arrests" and (event.start, event.end) == (0, 5)
