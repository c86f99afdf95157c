"""Session 32 (grp32): groups — a name several groups share takes the group the document names by a longer name
("حزب العمال الكردستاني" … "الجناح المسلح لحزب العمال": the PKK, not Tunisia's Workers' Party), and none of them where
the document points to none of their countries; groups of the Great Lakes, Ethiopia, Nigeria, Mozambique, Myanmar and
Colombia; a numbered unit after a noun of a place or a front ("على محور الفوج 46") is a place, no group."""

from __future__ import annotations

import pytest

from arabnews import Pipeline
from group_cases import group_ids

REF = "2024-03-10"


@pytest.fixture(scope="module")
def nlp():
    return Pipeline(["groups"])


def groups(nlp, text: str) -> list[tuple[str, str | None]]:
    """(text, id) of every group of ``text`` on :data:`REF`; offsets checked."""
    return group_ids(nlp, text, REF)


def ids(nlp, text: str) -> list[str | None]:
    return [gid for _, gid in groups(nlp, text)]


# -- a shared name and the longer name the document gives it ----------------------------------------------------------

LONGER = [
    # Rudaw: the PKK named in full, then its armed wing's parent by the shared short name
    ("قالت وزارة الدفاع التركية إن مقاتلاتها حيدت 12 مسلحا من حزب العمال الكردستاني. في المقابل، ذكر مركز الإعلام "
     "التابع لقوات الدفاع الشعبي (الجناح المسلح لحزب العمال) أن مقاتليه أسقطوا طائرة مسيرة تركية.",
     [("حزب العمال الكردستاني", "pkk"), ("قوات الدفاع الشعبي", "hpg"), ("حزب العمال", "pkk")]),
    # the short name first, the full one later in the document
    ("هاجم مسلحون من حزب العمال موقعا للجيش. وتصنف أنقرة حزب العمال الكردستاني منظمة إرهابية.",
     [("حزب العمال", "pkk"), ("حزب العمال الكردستاني", "pkk")]),
    # the Tigray front, the Polisario, Sudan's NCP, the PFLP, Algeria's GIA, Germany's SPD
    ("أعلنت الجبهة الشعبية لتحرير تيغراي انسحاب قواتها من أمهرة، وقالت الجبهة الشعبية إنها ملتزمة بالاتفاق.",
     [("الجبهة الشعبية لتحرير تيغراي", "tplf"), ("الجبهة الشعبية", "tplf")]),
    ("قالت الجبهة الشعبية لتحرير الساقية الحمراء ووادي الذهب إن مقاتليها قصفوا مواقع، واتهمت الجبهة الشعبية الرباط "
     "بخرق وقف إطلاق النار.",
     [("الجبهة الشعبية لتحرير الساقية الحمراء ووادي الذهب", "polisario"), ("الجبهة الشعبية", "polisario")]),
    ("أعلن حزب المؤتمر الوطني رفضه للاتفاق، وقال حزب المؤتمر إن الخرطوم تتعرض لضغوط.",
     [("حزب المؤتمر الوطني", "national-congress-party-sudan"), ("حزب المؤتمر", "national-congress-party-sudan")]),
    ("شاركت الجبهة الشعبية لتحرير فلسطين في المسيرة في غزة، وقالت الجبهة الشعبية إن الاحتلال يتحمل المسؤولية.",
     [("الجبهة الشعبية لتحرير فلسطين", "pflp"), ("الجبهة الشعبية", "pflp")]),
    ("نفذت الجماعة الإسلامية المسلحة مجزرة عام 1997، وقال شهود إن عناصر الجماعة الإسلامية قتلوا القرويين.",
     [("الجماعة الإسلامية المسلحة", "gia-algeria"), ("الجماعة الإسلامية", "gia-algeria")]),
    ("قال الحزب الاشتراكي الديمقراطي الألماني إن شولتس سيترشح مجددا، وأضاف الحزب الاشتراكي أن برلين تدعم أوكرانيا.",
     [("الحزب الاشتراكي الديمقراطي الألماني", "spd-germany"), ("الحزب الاشتراكي", "spd-germany")]),
]


@pytest.mark.parametrize(("text", "expected"), LONGER)
def test_a_shared_name_takes_the_longer_name_the_document_gives(nlp, text, expected):
    assert groups(nlp, text) == expected


def test_the_shared_name_lists_the_group_it_was_given(nlp):
    doc = nlp("قصفت الطائرات التركية مواقع حزب العمال الكردستاني، وقال حزب العمال إن مقاتليه صدوا الهجوم.",
              reference_date=REF)
    short = [g for g in doc.groups if g.text == "حزب العمال"]
    assert len(short) == 1 and short[0].id == "pkk"
    assert short[0].attrs["ambiguous"] == ["workers-party-tunisia", "workers-party-algeria", "wpk",
                                           "uk-labour-party", "pkk"]


def test_the_shared_name_where_nothing_decides_is_still_the_first_listed(nlp):
    # (the PKK is listed last among the Workers' parties: a document that points nowhere keeps Tunisia's, as before)
    assert groups(nlp, "وأكد حزب العمال رفضه للقرار.") == [("حزب العمال", "workers-party-tunisia")]


SHARED_BY_COUNTRY = [
    # the country the document points to still decides a name it does not give in full
    ("قال حمة الهمامي الناطق باسم الجبهة الشعبية إن حزب العمال يرفض مشروع قانون المالية في تونس.",
     [("الجبهة الشعبية", "popular-front-tunisia"), ("حزب العمال", "workers-party-tunisia")]),
    ("أكد حزب العمال في بيان بصفاقس رفضه للزيادة في الأسعار.", [("حزب العمال", "workers-party-tunisia")]),
    ("فاز حزب العمال في الانتخابات البريطانية وأصبح ستارمر رئيسا للوزراء في لندن.",
     [("حزب العمال", "uk-labour-party")]),
    ("قصفت المقاتلات التركية مواقع لمسلحي حزب العمال في جبال قنديل وهاكورك على الحدود التركية.",
     [("المقاتلات التركية", "turkish-forces"), ("حزب العمال", "pkk")]),
    ("اشتبكت قوات الدفاع الشعبي مع الجيش في ولاية شان بميانمار.", [("قوات الدفاع الشعبي", "pdf-myanmar")]),
    ("اشتبكت قوات الدفاع الشعبي مع الجيش السوداني في كردفان.",
     [("قوات الدفاع الشعبي", "popular-defence-forces-sudan"), ("الجيش السوداني", "sudanese-armed-forces")]),
    # a group of no country (the global coalition) may be anywhere: the name stays
    ("اشتبكت قوات التحالف مع مسلحي داعش قرب الرقة في سوريا.",
     [("قوات التحالف", "international-coalition"), ("داعش", "isis")]),
]


@pytest.mark.parametrize(("text", "expected"), SHARED_BY_COUNTRY)
def test_a_shared_name_by_the_documents_country(nlp, text, expected):
    assert groups(nlp, text) == expected


def test_a_shared_name_of_no_country_the_document_points_to_is_no_registry_group(nlp):
    # an Iraqi article: none of the Workers' parties (Tunisia, Algeria, Korea, UK, the PKK of Turkey) is of Iraq
    found = groups(nlp, "قصفت طائرات مسيرة مواقع لمسلحي حزب العمال في سنجار شمالي العراق.")
    assert [t for t, _ in found] == ["حزب العمال"]
    assert found[0][1].startswith("disc-")
    # an Austrian article: its Socialists are none of Tunisia's or France's (ANT 1492, Tunisia's before)
    found = groups(nlp, "دعا حزب الشعب المحافظ في النمسا إلى تمرير القانون بالتوافق مع الحزب الاشتراكي الحاكم "
                        "في فيينا.")
    assert found[-1][0] == "الحزب الاشتراكي" and found[-1][1].startswith("disc-")
    # an armed group acts abroad: the PIJ in Lebanon is still the PIJ (no Egyptian or Palestinian place)
    assert groups(nlp, "وقال أبو عماد الرفاعي من جماعة الجهاد في لبنان إنه تم التطرق إلى عدة أفكار.") == [
        ("جماعة الجهاد", "palestinian-islamic-jihad")]


# -- groups of the Great Lakes, Ethiopia, Nigeria, Mozambique, Myanmar, Colombia ---------------------------------------

ADDED = [
    ("سيطر متمردو حركة 23 مارس (إم 23) المدعومة من رواندا على مدينة روبايا.",
     [("حركة 23 مارس", "m23"), ("إم 23", "m23")]),
    ("قاتل متمردو إم 23 الجيش الكونغولي قرب غوما.", [("إم 23", "m23"), ("الجيش الكونغولي", "state-forces-cd")]),
    ("دخل المتمردون المدينة بعد انسحاب الجيش الكونغولي ومقاتلي ميليشيات وازاليندو الموالية له.",
     [("الجيش الكونغولي", "state-forces-cd"), ("ميليشيات وازاليندو", "wazalendo")]),
    ("هاجم مقاتلو وازاليندو مواقع للمتمردين في شمال كيفو.", [("وازاليندو", "wazalendo")]),
    ("قتل عشرة مدنيين في هجوم نسبته السلطات إلى القوات الديمقراطية المتحالفة المرتبطة بتنظيم الدولة.",
     [("القوات الديمقراطية المتحالفة", "adf"), ("تنظيم الدولة", "isis")]),
    ("هاجمت ميليشيا كوديكو مخيما للنازحين في إقليم إيتوري.", [("ميليشيا كوديكو", "codeco")]),
    ("اشتبك الجيش الإثيوبي مع ميليشيا فانو في إقليم أمهرة.",
     [("الجيش الإثيوبي", "ethiopian-army"), ("ميليشيا فانو", "fano-militia")]),
    ("أعلن جيش تحرير أورومو مسؤوليته، فيما نددت جبهة تحرير أورومو بالهجوم.",
     [("جيش تحرير أورومو", "ola-ethiopia"), ("جبهة تحرير أورومو", "olf-ethiopia")]),
    ("قتل مسلحو تنظيم الدولة في غرب أفريقيا (إيسواب) جنودا نيجيريين.",
     [("تنظيم الدولة في غرب أفريقيا", "iswap"), ("إيسواب", "iswap")]),
    ("هاجمت جماعة باكو حرام قرية في ولاية بورنو.", [("باكو حرام", "boko-haram")]),
    ("تبنى تنظيم الدولة في موزمبيق الهجوم على بلدة في كابو ديلغادو.", [("تنظيم الدولة في موزمبيق", "is-mozambique")]),
    ("قال جيش استقلال كاتشين إنه سيطر على بلدة حدودية.", [("جيش استقلال كاتشين", "kia-myanmar")]),
    ("أعلن تحالف الإخوة الثلاثة سيطرته على لاشيو.", [("تحالف الإخوة الثلاثة", "three-brotherhood-alliance")]),
    ("قالت القوات المسلحة الثورية الكولومبية (فارك) إنها ستسلم أسلحتها.",
     [("القوات المسلحة الثورية الكولومبية", "farc"), ("فارك", "farc")]),
    ("هاجم مسلحون من جيش التحرير الوطني الكولومبي قاعدة عسكرية.",
     [("جيش التحرير الوطني الكولومبي", "eln-colombia")]),
    ("قال جيش التحرير الوطني في بيان إن عناصره هاجموا قاعدة عسكرية في كولومبيا.",
     [("جيش التحرير الوطني", "eln-colombia")]),
]


@pytest.mark.parametrize(("text", "expected"), ADDED)
def test_groups_added(nlp, text, expected):
    assert groups(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "أنجبت أم 23 طفلا في مستشفى الولادة.",  # "أم" folds as "إم": the bare "إم 23" needs M23's context
    "وقعت الحادثة في الطريق رقم إم 23 قرب لندن.",
])
def test_the_bare_m23_needs_its_context(nlp, text):
    assert groups(nlp, text) == []


def test_algerias_liberation_army_is_not_colombias(nlp):
    found = groups(nlp, "احتفلت الجزائر بذكرى تأسيس جيش التحرير الوطني.")
    assert [t for t, _ in found] == ["جيش التحرير الوطني"] and found[0][1] != "eln-colombia"


# -- a numbered unit after a noun of a place or a front ---------------------------------------------------------------

PLACES = [
    "قتل عنصران إثر استهداف قوات النظام نقطة عسكرية على محور الفوج 46 غربي حلب.",
    "قصفت قوات النظام محيط الفوج 46 بالمدفعية.",
    "سيطرت الفصائل على ثكنة الفوج 137 في حلب.",
    "استهدفت طائرات مسيرة قاعدة اللواء 80 قرب مطار حلب.",
    "وقعت اشتباكات عنيفة بمحور الفرقة 17 شمال الرقة.",
    "انسحب المسلحون من مقر الفرقة 17 في الرقة.",
    "تقدمت القوات على محاور الكتيبة 155 جنوب طرابلس.",
    "اقتحم المحتجون معسكر اللواء 35 في عدن.",
]


@pytest.mark.parametrize("text", PLACES)
def test_a_unit_after_a_place_noun_is_a_place(nlp, text):
    found = groups(nlp, text)
    assert not any(t.startswith(("الفوج", "اللواء", "الفرقة", "الكتيبة")) for t, _ in found), found


@pytest.mark.parametrize(("text", "span"), [
    ("قتل ضابط من اللواء 93 في هجوم.", "اللواء 93"),
    ("شارك مقاتلو الكتيبة 155 مشاة في المعارك.", "الكتيبة 155 مشاة"),
    ("أعلن قائد الفرقة 17 أن قواته تقدمت.", "الفرقة 17"),
    ("وصلت تعزيزات من الفوج 46 إلى الجبهة.", "الفوج 46"),
    # a base of the unit (ل: its owner) names the unit
    ("استهدف القصف مقرا للواء 93 في الرقة.", "لواء 93"),
    ("سقطت قذيفة قرب قاعدة للفرقة 17.", "فرقة 17"),
])
def test_a_unit_elsewhere_is_still_a_group(nlp, text, span):
    assert span in [t for t, _ in groups(nlp, text)]


# -- air defences a spokesman's army names without a nisba ------------------------------------------------------------

AIR_DEFENCES = [
    ('قال الناطق باسم الجيش السوداني العميد نبيل عبد الله إن الدفاعات الأرضية "أسقطت 9 مسيرات انتحارية".',
     [("الجيش السوداني", "sudanese-armed-forces"), ("الدفاعات الأرضية", "sudanese-armed-forces")]),
    ("أعلن الجيش الأردني أن الدفاعات الجوية اعترضت صاروخا في أجواء المملكة.",
     [("الجيش الأردني", "jordanian-armed-forces"), ("الدفاعات الجوية", "jordanian-armed-forces")]),
    ("وقال المتحدث باسم القوات المسلحة السودانية إن المضادات الأرضية تصدت لمسيرات الدعم السريع.",
     [("القوات المسلحة السودانية", "sudanese-armed-forces"), ("المضادات الأرضية", "sudanese-armed-forces"),
      ("الدعم السريع", "rapid-support-forces")]),
    ("وأكد الجيش الباكستاني أن الدفاع الجوي أسقط طائرة مسيرة هندية.",
     [("الجيش الباكستاني", "pakistan-army"), ("الدفاع الجوي", "pakistan-army")]),
    # not: no state force speaks, the force is no speaker, another group or a sentence between, a nisba after
    ("قال المتحدث باسم الحوثيين يحيى سريع إن الدفاعات الجوية أسقطت طائرة أمريكية.", [("الحوثيين", "houthis")]),
    ("قصفت الطائرات الإسرائيلية مواقع في دمشق، وتصدت الدفاعات الجوية للصواريخ.",
     [("الطائرات الإسرائيلية", "israeli-forces")]),
    ("قال الجيش الإسرائيلي إن الدفاعات الجوية السورية أطلقت صاروخا.",
     [("الجيش الإسرائيلي", "israeli-forces"), ("الدفاعات الجوية السورية", "syrian-government-forces")]),
    ("قال الجيش السوداني إن قوات الدعم السريع قصفت المدينة وإن الدفاعات الأرضية تصدت لها.",
     [("الجيش السوداني", "sudanese-armed-forces"), ("قوات الدعم السريع", "rapid-support-forces")]),
    ("أعلن الجيش الأردني إحباط عملية تهريب. وقال مصدر إن الدفاعات الجوية في حالة تأهب.",
     [("الجيش الأردني", "jordanian-armed-forces")]),
]


@pytest.mark.parametrize(("text", "expected"), AIR_DEFENCES)
def test_air_defences_of_the_army_that_speaks(nlp, text, expected):
    assert groups(nlp, text) == expected


def test_air_defences_are_an_anaphor_of_the_force(nlp):
    doc = nlp("أعلن الجيش الأردني أن الدفاعات الجوية اعترضت صاروخا.", reference_date=REF)
    g = doc.groups[1]
    assert (g.text, g.start, g.end, g.attrs.get("anaphor")) == ("الدفاعات الجوية", 22, 37, True)


def test_a_force_by_its_nisba_speaks_too(nlp):
    assert groups(nlp, "وقال الجيش الكونغولي إن الدفاعات الجوية أسقطت مسيرة للمتمردين.") == [
        ("الجيش الكونغولي", "state-forces-cd"), ("الدفاعات الجوية", "state-forces-cd")]


def test_unit_with_its_arm_after_a_place_noun_stays_a_unit(nlp) -> None:
    """"مقر الفرقة 22 مشاة": a unit named with its arm is a living one (its headquarters is hit), unlike "محور
    الفوج 46" (a front named after a unit) — merged session 32."""
    text = "استهدفت طائرة مسيرة تابعة للدعم السريع مقر الفرقة 22 مشاة في بابنوسة."
    groups = [(g.text, g.id.startswith("disc-")) for g in nlp(text, reference_date=REF).groups]
    assert groups == [("دعم السريع", False), ("الفرقة 22 مشاة", True)]
    assert text.index("الفرقة 22 مشاة") == nlp(text, reference_date=REF).groups[1].start
    front = nlp("قصفت قوات النظام نقطة على محور الفوج 46 غربي حلب.", reference_date=REF)
    assert [g.text for g in front.groups] == ["قوات النظام"]
