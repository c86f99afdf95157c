"""Events, session 38 (ev38).  A headline's act folds into its lead's twin when the lead names a town of the
headline's region (the "X :" opening of local news) or takes as many people, when the headline's place is written in
the lead before a mark ("بالمهدية،"), and when a short headline ends with "!"; "منطقة الأمن الوطني" is no place.
Victims (ضحية, ضحايا, ضحيتان) are the dead and wounded together (casualties) unless the sentence says they died.  A
country named as the doer after "التي قامت بها" is the actor (its forces), not the place; a country's nisba after a
definite noun ("قوات الأمن السعودية") is no place.  A plural people noun with its number after it ("مقتل أطفال ثلاثة")
is counted, and a dual with its number ("جنديين اثنين") spans both."""

from __future__ import annotations

from typing import Any

import pytest

from event_cases import event_dicts as _all
from event_cases import roles as _roles
from event_cases import toll as _span


# 1. a headline's arrest and its lead's: one event
@pytest.mark.parametrize(("text", "trigger", "place"), [
    # ANT 7578: the region before the colon, a town of it in the lead (session 41: "بجهة البقالطة", where the farm was
    # raided, is a LOC now, and the arrest's place rather than the unit's town "طبلبة")
    ("المنستير : إيقاف 4 أشخاص بصدد التنقيب عن الآثار في ضيعة فلاحية\n"
     "تمكنت فرقة الأبحاث والتفتيش للحرس الوطني بطبلبة إثر مداهمة ضيعة فلاحية بجهة البقالطة من إيقاف 4 من أشخاص "
     "تتراوح أعمارهم بين 30 و64 سنة من بينهم صاحب الضيعة، مُتلبّسين بالحفر والتنقيب عن الآثار.", "إيقاف", "البقالطة"),
    # ANT 7603: as many people taken ("33"), the lead's district of the national security is no place
    ("إيقاف 33 مفتشا عنهم ومحاولة سرقة معهد ثانوي في الكاف\n"
     "تمكنت الوحدات التابعة لمنطقة الأمن الوطني بتاجروين ليلة البارحة من إيقاف 33 شخصا من المفتش عنهم وحجز مواد "
     "مهربة بعد مداهمة مجموعة من النقاط السوداء، وفق ما أكده مصدر أمني لمرسل \"الجوهرة أف أم\".", "إيقاف", "تاجروين"),
    # ANT 7729: "إيقاف" in the headline, "إلقاء القبض" in the lead
    ("الكاف : إيقاف 3 أشخاص كانوا بصدد خلع مكتب بريد\n"
     "تمكن أعوان منطقة الأمن الوطني بتاجروين ليلة البارحة من إلقاء القبض على 3 شبان كانوا بصدد خلع مكتب بريد قلعة "
     "سنان من أجل السرقة، وفق ما أكده مصدر أمني بالجهة لمراسل \"الجوهرة أف أم\".", "إلقاء القبض", "قلعة سنان"),
])
def test_headline_arrest_folds_into_the_lead(text: str, trigger: str, place: str) -> None:
    arrests = [e for e in _all(text) if e["subtype"] == "arrests"]
    assert [e["text"] for e in arrests] == [trigger]
    assert arrests[0]["sentence"] == 1
    assert arrests[0]["location"]["text"] == place


def test_headline_place_named_before_a_comma_in_the_lead() -> None:
    # ANT 7650: "بالمهدية،" names the headline's place
    text = ("إيقاف مروج كوكايين في المهدية\n"
            "تمكنت فرقة الشرطة العدلية بالمهدية، أمس الثلاثاء، إثر ورود معلومات أمنية، من إيقاف شاب (27 سنة أصيل "
            "المهدية) عائد موخرا من فرنسا، بتهمة ترويج الكوكايين.")
    (e,) = [e for e in _all(text) if e["subtype"] == "arrests"]
    assert e["sentence"] == 1 and e["text"] == "إيقاف"


def test_short_headline_ending_with_an_exclamation() -> None:
    # ANT 7573
    text = ("إيقاف مدير مدرسة بتهمة اغتصاب ابنته والتسبب في حملها !\n"
            "تمكنت الوحدات الأمنية التابعة لمنطقة الحرس الوطني بجندوبة أمس من ايقاف مدير المدرسة الابتدائية بالقنارة "
            "وادي مليز من ولاية جندوبة من أجل اغتصاب ابنته البالغ عمرها 23 سنة والتّسبّب في حملها .")
    events = _all(text)
    assert [(e["text"], e["sentence"]) for e in events] == [("ايقاف", 1), ("اغتصاب", 1)]
    assert _roles(events[0]) == [("actor", "منطقة الحرس الوطني"), ("target", "مدير المدرسة")]


def test_headline_in_two_towns_of_no_shared_count_stays_apart() -> None:
    # two regions, no colon opening, different counts: two arrests
    text = ("إيقاف 5 أشخاص في سوسة\n"
            "تمكنت الوحدات الأمنية بالقصرين من إيقاف شخصين مفتش عنهما.")
    assert len([e for e in _all(text) if e["subtype"] == "arrests"]) == 2


# 2. victims are casualties, not fatalities
@pytest.mark.parametrize(("text", "span", "value", "approx"), [
    ("وأسفر الهجوم عن سقوط عشرات الضحايا في مدينة طنطا.", "عشرات", 10, True),
    ("وأدى الانفجار إلى سقوط عدد من الضحايا في بغداد.", "عدد من الضحايا", None, True),
    ("وخلف الهجوم الارهابي على النزل 38 ضحية في سوسة.", "38", 38, False),
    ("سقط ضحيتان في هجوم مسلح على حافلة في المنيا.", "ضحيتان", 2, False),
])
def test_victims_are_casualties(text: str, span: str, value: Any, approx: bool) -> None:
    (e,) = _all(text)
    assert e["fatalities"] is None and e["injured"] is None
    assert e["casualties"] == _span(text, span, value, approx)


@pytest.mark.parametrize(("text", "span", "value"), [
    # ANT 2137: "راح ضحيته" says they died
    ("وقع تفجير انتحاري في مانشستر راح ضحيته 22 شخصا بينهم أطفال.", "22", 22),
    # "ذهب ضحيتها"
    ("وأسفر الهجوم الإرهابي على دورية للحرس الوطني بسيدي علي بن عون الذي ذهب ضحيته 6 أعوان عن حالة استنفار.", "6",
     6),
    # the wounded counted apart: the victims are the dead
    ("وخلف الهجوم الارهابي على النزل 38 ضحية و39 جريحا في سوسة.", "38", 38),
])
def test_victims_who_died(text: str, span: str, value: int) -> None:
    e = next(e for e in _all(text) if e["fatalities"])
    assert e["fatalities"] == _span(text, span, value, False)
    assert "casualties" not in e


def test_the_victim_named_is_no_count() -> None:
    # ANT 7751
    text = "وقال مراسل الجوهرة إن المتهم اعتدى بالعنف على الضحية داخل منزلها بسوسة."
    (e,) = _all(text)
    assert e["fatalities"] is None and "casualties" not in e


# 3. a state as the doer, not the place; a nisba is no place
def test_state_doer_after_perpetration_verb() -> None:
    # ANT 7283
    text = ("واصلت الأحزاب السياسية في تونس، إدانتها \"العدوان الأمريكي على سوريا\"، على إثر العملية العسكرية التي "
            "قامت بها الولايات المتحدة الأمريكية، فجر أمس الجمعة، على قاعدة الشعيرات في مدينة حمص السورية والتي أدت "
            "إلى سقوط عدد كبير من الضحايا.")
    (e,) = _all(text)
    assert e["text"] == "العملية العسكرية"
    start = text.index("الولايات المتحدة الأمريكية")
    assert e["actors"] == [{"role": "actor", "start": start, "end": start + len("الولايات المتحدة الأمريكية"),
                            "text": "الولايات المتحدة الأمريكية", "group_id": "us-forces", "layer": "entities"}]
    assert e["location"]["text"] == "حمص"
    assert e["fatalities"] is None
    assert e["casualties"] == _span(text, "عدد كبير من الضحايا", None, True)


def test_nisba_of_a_force_is_no_place() -> None:
    text = "تمكنت الشرطة السعودية من القبض على مواطن حاول إحراق نفسه."
    e = next(e for e in _all(text) if e["subtype"] == "arrests")
    assert e["location"] is None


def test_country_named_in_full_is_a_place() -> None:
    text = "وأعلنت الرياض أن قوات التحالف قصفت مواقع في المملكة العربية السعودية."
    (e,) = _all(text)
    assert e["location"]["text"] == "المملكة العربية السعودية"


# 4. counts after the noun
@pytest.mark.parametrize(("text", "field", "span", "value"), [
    ("أسفر الانفجار عن مقتل أطفال ثلاثة في كركوك.", "fatalities", "أطفال ثلاثة", 3),
    ("وقع انفجار في كركوك أسفر عن مقتل أطفال ثلاثة.", "fatalities", "أطفال ثلاثة", 3),
    ("قتل جنديين اثنين في هجوم مسلح على دورية في سيناء.", "fatalities", "جنديين اثنين", 2),
    ("قتل جنديين في هجوم مسلح على دورية في سيناء.", "fatalities", "جنديين", 2),
    ("قتل ثلاثة جنود في هجوم مسلح على دورية في سيناء.", "fatalities", "ثلاثة", 3),
    ("قتل ٣ جنود في هجوم مسلح على دورية في سيناء.", "fatalities", "٣", 3),
    ("أصيبت سيدتين في انفجار عبوة ناسفة في بغداد.", "injured", "سيدتين", 2),
    ("أسفر الهجوم عن مقتل جنود ثلاثة وإصابة مدنيين اثنين في بغداد.", "injured", "مدنيين اثنين", 2),
])
def test_counts_of_people(text: str, field: str, span: str, value: int) -> None:
    (e,) = _all(text)
    assert e[field] == _span(text, span, value, False)


def test_counted_noun_after_a_passive_killing_is_no_actor() -> None:
    text = "قتل جنود ثلاثة في هجوم مسلح على دورية في سيناء."
    (e,) = _all(text)
    assert _roles(e) == [("target", "دورية")]
    assert e["fatalities"] == _span(text, "جنود ثلاثة", 3, False)


def test_killer_after_bi_aydi() -> None:
    text = "قتل خمسة من مقاتلي حزب الله بأيدي عناصر جبهة النصرة في القلمون."
    (e,) = _all(text)
    assert (e["type"], e["subtype"]) == ("battles", "armed clash")
    assert [(a["role"], a["text"], a.get("group_id")) for a in e["actors"]] == [
        ("actor", "جبهة النصرة", "jabhat-al-nusra"), ("target", "حزب الله", "hezbollah")]
    assert e["fatalities"] == _span(text, "خمسة", 5, False)
