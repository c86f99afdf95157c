"""Session 31 (ev31b): where an event was, whether it happened at all, and the same event told twice.

- A place written as the reference of a relative position is the larger place, not the event's: "الزاوية غرب العاصمة
  طرابلس", "قرية X بريف Y", "X قرب الحدود مع Y" (the place before, within the reference); an outlet's name after a
  media noun ("إذاعة الأندلس", not a town's radio) and a patron after a link ("المدعومة من إيران") are no place.
- A condition ("في حال لم تنسحب", "إذا ما تعرضت لهجوم"), acts like others never told ("هجمات مماثلة"), a tally or a
  state dated from long ago ("فككت أزيد من 210 خلايا منذ سنة 2002", "وتقاتل مجموعة فاغنر … منذ نهاية 2021") are
  no events.
- Retellings: an attack noun names the attack told with the same noun first ("هجوم … معارك … وتبنت الحركة الهجوم");
  an arrest campaign ("حملة الاعتقالات") retells the arrests, also at one of the places they were spread over; a
  retelling dated by a time of day alone ("منذ الصباح الباكر") names the event of any day; a killing named as a case
  ("قضية اغتيال الشهيد محمد البراهمي") and told again ("وكان البراهمي … قد اغتيل") is one event.
"""

from __future__ import annotations

import pytest

from event_cases import located

_evs = located


def _place(e) -> tuple[str | None, str | None]:
    loc = e.location or {}
    return loc.get("text"), (loc.get("within") or {}).get("text")


@pytest.mark.parametrize(("text", "trigger", "place", "within"), [
    # Libya (Al-Wasat): the town before "غرب العاصمة", its clause cut by the date
    ("طرابلس - بوابة الوسط: شهدت مدينة الزاوية غرب العاصمة طرابلس، مساء الأربعاء، اشتباكات مسلحة بين مجموعتين "
     "مسلحتين.", "اشتباكات", "الزاوية", "طرابلس"),
    # Yemen: "جنوب غرب" (two words), the town before
    ("في مدينة تعز جنوب غرب اليمن، قتل طفلان بقصف حوثي.", "قصف", "تعز", "اليمن"),
    # Pakistan: a province "شرقي" its country
    ("قالت الشرطة في إقليم البنجاب شرقي باكستان إن مسلحا قتل 20 شخصا في مزار ديني.", "قتل", "البنجاب", "باكستان"),
    # Iraq: a district west of a city
    ("قتل قيادي في داعش بانفجار في قضاء تلعفر غرب الموصل.", "انفجار", "تلعفر", "الموصل"),
    # Syria: a village "بريف" a province
    ("قصفت قوات النظام بلدة اللطامنة بريف حماة الشمالي.", "قصفت", "اللطامنة", "حماة"),
    # Nigeria: a state "شمال شرقي" its country
    ("قتل 12 شخصا في هجوم على قرية في ولاية بورنو شمال شرقي نيجيريا.", "هجوم", "بورنو", "نيجيريا"),
    # Sudan: a town west of the country
    ("وقعت اشتباكات عنيفة في الفاشر غرب السودان.", "اشتباكات", "الفاشر", "السودان"),
    # West Bank (WAFA): a village north of a city
    ("اعتقلت قوات الاحتلال ثلاثة شبان من بلدة بيت أمر شمال الخليل.", "اعتقلت", "بيت أمر", "الخليل"),
])
def test_relative_position_names_the_place_before(nlp, text, trigger, place, within):
    e = next(e for e in _evs(nlp, text) if e.text == trigger)
    assert _place(e) == (place, within)


@pytest.mark.parametrize(("text", "trigger", "place"), [
    # two places joined by و, neither locates the other: the nearest stays
    ("وفي النيجر وشمال مالي، اندلعت اشتباكات عنيفة بين الجيش ومسلحين.", "اشتباكات", "مالي"),
    # a place with nothing before the relative word stays the place
    ("قتل خمسة أشخاص في قصف على ريف إدلب.", "قصف", "إدلب"),
    # a town's radio keeps the town ("الصحفية بإذاعة صفاقس")
    ("تعرضت الصحفية بإذاعة صفاقس سعاد بن احمد لعملية اعتداء بالعنف أمس السبت.", "اعتداء", "صفاقس"),
])
def test_places_that_stay(nlp, text, trigger, place):
    e = next(e for e in _evs(nlp, text) if e.text == trigger)
    assert _place(e)[0] == place


def test_outlet_name_is_no_place(nlp):
    # Somalia (AFP): the Shabaab's radio is no place of the attack it claims, nor of the battles before
    text = ("مقديشو (الصومال) - قُتل 12 جندياً صومالياً على الأقل وأصيب 20 آخرون، صباح أمس الثلاثاء، في هجوم شنته "
            "حركة الشباب المجاهدين على قاعدة عسكرية في بلدة عيل طير بإقليم غلغدود وسط البلاد، حسبما أفاد مسؤول "
            "عسكري. وقال النقيب محمد عبدي لوكالة فرانس برس إن \"المسلحين فجروا سيارتين مفخختين عند مدخل القاعدة قبل "
            "أن يقتحموها\"، مضيفاً أن القوات الحكومية استعادت السيطرة عليها بعد معارك استمرت ثلاث ساعات. وتبنت "
            "الحركة المرتبطة بتنظيم القاعدة الهجوم في بيان نشرته إذاعة الأندلس التابعة لها، وزعمت أنها قتلت 47 "
            "جندياً.")
    evs = _evs(nlp, text)
    assert all((e.location or {}).get("text") != "الأندلس" for e in evs)
    battles = next(e for e in evs if e.text == "معارك")
    assert battles.fatalities is None  # the claim of the next sentence is the attack's
    attack = next(e for e in evs if e.text == "هجوم")
    assert attack.fatalities["value"] == 12
    assert not any(e.text == "الهجوم" for e in evs)  # the claimed attack is the one told first


def test_newspaper_country_is_no_place(nlp):
    text = "وقالت جريدة المغرب إن مسيرة احتجاجية جابت شوارع المدينة أمس."
    evs = _evs(nlp, text)
    assert evs and all((e.location or {}).get("text") != "المغرب" for e in evs)


def test_patron_is_no_place(nlp):
    text = "قتل ثلاثة مدنيين في قصف للميليشيات المدعومة من إيران على بلدة الرقة."
    e = next(e for e in _evs(nlp, text) if e.text == "قصف")
    assert _place(e)[0] == "الرقة"
    text = "قتل جنديان في هجوم شنته الجماعة الموالية لإيران."
    e = next(e for e in _evs(nlp, text) if e.text == "هجوم")
    assert (e.location or {}).get("text") != "إيران"


@pytest.mark.parametrize("text", [
    # Iraq (Shafaq): a threat on a condition
    "وكانت كتائب حزب الله قد هددت، الشهر الماضي، باستئناف عملياتها ضد القوات الأمريكية في حال لم تنسحب من العراق "
    "قبل نهاية العام الحالي.",
    # Turkey: "إلا إذا"
    "ودعا الحزب مقاتليه إلى وقف أنشطتهم في تركيا إلا إذا تعرضوا لهجوم.",
    # a drill: "في حالة وقوع هجوم"
    "أجرت الجامعة تمرينا لاختبار جاهزية الطلبة وقوات الانقاذ في حالة وقوع هجوم.",
    # Yemen (al-Masdar): attacks like it, none told
    "غير أن تنظيم القاعدة في جزيرة العرب سبق أن تبنى هجمات مماثلة في المحافظة.",
    "وتخشى السلطات من اعتداءات مشابهة لتلك التي وقعت في بلدان أخرى.",
    # Morocco (Hespress): a tally since 2002
    "وتجدر الإشارة إلى أن المصالح الأمنية المغربية فككت أزيد من 210 خلايا إرهابية منذ سنة 2002.",
    # West Bank: a tally since October
    "واعتقلت قوات الاحتلال أكثر من 7000 فلسطيني في الضفة الغربية منذ السابع من أكتوبر.",
    # Mali (AFP): a present verb of fighting since 2021
    "وتقاتل مجموعة فاغنر الروسية، التي باتت تعرف باسم الفيلق الأفريقي، إلى جانب الجيش المالي منذ نهاية 2015.",
])
def test_no_event(nlp, text):
    assert [e.text for e in _evs(nlp, text) if not e.negated] == []


@pytest.mark.parametrize(("text", "trigger"), [
    # a fact granted after "إذا كان … قد"
    ("وإذا كانت الشرطة قد اعتقلت المشتبه به أمس، فإن التحقيق لم يكتمل.", "اعتقلت"),
    # "في حالة" as a state or a case, no condition
    ("دخل الشاب في حالة هستيرية واعتدى على شقيقه بآلة حادة.", "اعتدى"),
    ("وقالت المحامية إنه في حالة عون الأمن الذي تم إيقافه أمس فإن الملف جاهز.", "إيقافه"),
    # a recent "منذ": today's arrests
    ("اعتقلت قوات الاحتلال، منذ فجر اليوم، 20 مواطنا في الخليل.", "اعتقلت"),
    # one arrested, the count is of his charges
    ("تمكن أعوان الشرطة من القبض على شخص مورط في أكثر من 24 قضية سرقة منذ سنة 2009.", "القبض على"),
    # a singular attack like another is an attack of its own
    ("قتل جنديان في هجوم مماثل استهدف دورية قرب الحدود.", "هجوم"),
    # "since" in a relative clause, and a verb of becoming
    ("وباتت قوات النظام تسيطر على 80 في المئة من الأحياء الشرقية التي كانت تحت سيطرة المعارضة منذ العام 2012.",
     "تسيطر"),
])
def test_still_an_event(nlp, text, trigger):
    assert trigger in [e.text for e in _evs(nlp, text) if not e.negated]


def test_time_of_day_retelling_is_the_shelling(nlp):
    # Sudan Tribune: the shelling of the camp told again in a quote dated by a time of day only
    text = ("اتهمت لجان مقاومة الفاشر قوات الدعم السريع بقصف مخيم زمزم للنازحين جنوب المدينة بالمدفعية الثقيلة، يوم "
            "الجمعة، ما أسفر عن مقتل 19 مدنيا. وقال المتحدث باسم المنسقية آدم رجال إن \"القصف العشوائي استمر منذ "
            "الصباح الباكر حتى ساعات المساء\".")
    evs = _evs(nlp, text)
    assert [e.text for e in evs if "قصف" in e.text] == ["قصف"]
    # another day named is another shelling
    text = ("قصفت قوات الدعم السريع مخيم زمزم يوم الجمعة. وقال المتحدث إن القصف تجدد صباح الأحد على المخيم.")
    assert len([e for e in _evs(nlp, text) if "قصف" in e.text]) == 2


def test_arrest_campaign_retells_the_arrests(nlp):
    # WAFA: the campaign concentrated in two of the governorates the arrests were spread over
    text = ("رام الله - وفا: اعتقلت قوات الاحتلال الإسرائيلي، فجر اليوم الثلاثاء، 23 مواطنا على الأقل من محافظات "
            "الضفة الغربية. وقال نادي الأسير في بيان، إن حملة الاعتقالات تركزت في محافظتي الخليل وجنين.")
    evs = [e for e in _evs(nlp, text) if e.subtype == "arrests"]
    assert [e.text for e in evs] == ["اعتقلت"]
    # arrests at one town, then a campaign at another town: two
    text = ("اعتقلت قوات الاحتلال فجر اليوم 5 مواطنين من مدينة نابلس. وفي سياق متصل، شنت قوات الاحتلال حملة "
            "الاعتقالات في مدينة الخليل.")
    assert len([e for e in _evs(nlp, text) if e.subtype == "arrests"]) == 2


def test_case_told_again_is_one_killing(nlp):
    # Tunisia (Mosaique): the case of a killing, then the killing told with its day and place
    text = ("أصدرت الدائرة الجنائية المختصة في قضايا الإرهاب بالمحكمة الابتدائية بتونس أحكاما بالسجن في حق 12 متهما "
            "في قضية اغتيال الشهيد محمد البراهمي. وكان البراهمي، النائب عن التيار الشعبي، قد اغتيل يوم 25 جويلية "
            "2013 أمام منزله بحي الغزالة من ولاية أريانة.")
    evs = [e for e in _evs(nlp, text) if e.subtype == "attack"]
    assert len(evs) == 1
    e = evs[0]
    assert e.text == "اغتيل"
    assert e.date["value"] == "2013-07-25"
    assert _place(e)[0] == "الغزالة"
    assert ("target", "محمد البراهمي") in [(a["role"], a["text"]) for a in e.actors]
    # another victim killed after the case: two
    text = ("أجلت المحكمة النظر في قضية اغتيال الشهيد شكري بلعيد. وكان البراهمي قد اغتيل يوم 25 جويلية 2013.")
    assert len([e for e in _evs(nlp, text) if e.subtype == "attack"]) == 2


def test_result_verb_retelling_keeps_its_toll(nlp):
    # Iran (AFP style): "وأسفر القصف عن" retells the missile strike, though its sentence ends at the launch site
    text = ("أطلقت إيران مجموعة من الصواريخ البالستية على مواقع لتنظيم داعش في دير الزور شرق سوريا. وأسفر القصف عن "
            "مقتل عشرات من مسلحي التنظيم، حسب بيان للحرس الثوري الذي أوضح أن الصواريخ انطلقت من قواعد داخل إيران.")
    evs = [e for e in _evs(nlp, text) if e.type == "explosions/remote violence"]
    assert [e.text for e in evs] == ["الصواريخ"]
    assert _place(evs[0]) == ("دير الزور", "سوريا")
    assert evs[0].fatalities["value"] == 10
