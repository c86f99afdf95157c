"""Session 26: groups and relations of 2019–2026 news wording (pan-Arab: Libya, Sudan, Yemen, Syria, Iraq, Gaza, the
Great Lakes, Myanmar) and the families session 25 left.  A name that stands for its group only in a document pointing
to its country (Libya's "حكومة الوحدة الوطنية", not Tunisia's 2016 government), new registry entries (the Sudanese
government, M23, the Arakan Army), the Houthis' indefinite nisba after a member noun, drones as a state's force, the
indefinite "سورية" after a force noun; the subject before a backing phrase ("مدعومة بمقاتلي X على حساب Y"), a group
named one of a class of groups ("من أبرز الفصائل المدعومة من إيران"), an oath renewed ("بيعتها ل"), a killing of a
group's leader ("اغتال قياديا في")."""

from __future__ import annotations

import pytest

from group_cases import groups, relations

# -- a name that stands for its group only where the document points to its country --------------------------------

GNU = [
    # a Libyan place or group points to Libya
    ("وقالت حكومة الوحدة الوطنية في طرابلس إن قواتها صدت هجوما على العاصمة الليبية.",
     [("حكومة الوحدة الوطنية", "gnu")]),
    ("واتهمت حكومة الوحدة الوطنية قوات حفتر بخرق الهدنة في ليبيا.",
     [("حكومة الوحدة الوطنية", "gnu"), ("قوات حفتر", "libyan-national-army")]),
    # Tunisia's 2016 government of the same name, Palestine's: no group
    ("وقال رئيس حكومة الوحدة الوطنية يوسف الشاهد إن تونس ماضية في الإصلاحات.", []),
    ("وأكد الاتحاد العام التونسي للشغل دعمه لحكومة الوحدة الوطنية.", [("الاتحاد العام التونسي للشغل", "ugtt")]),
    ("وشكلت حركة حماس وحركة فتح حكومة الوحدة الوطنية الفلسطينية في غزة.", [("حماس", "hamas"), ("حركة فتح", "fatah")]),
    # the African Union's forces are the Somalia mission in a Somali article, elsewhere the forces their trigger finds
    ("وهاجمت حركة الشباب قاعدة لقوات الاتحاد الأفريقي في جنوب الصومال.",
     [("حركة الشباب", "al-shabaab"), ("قوات الاتحاد الأفريقي", "atmis")]),
    ("وانتشرت قوات الاتحاد الأفريقي في دارفور بالسودان.", [("قوات الاتحاد الأفريقي", "disc")]),
]


@pytest.mark.parametrize(("text", "expected"), GNU)
def test_country_names(nlp, text, expected):
    assert groups(nlp, text) == expected


# -- groups of 2019–2026 news --------------------------------------------------------------------------------------

NEW_GROUPS = [
    ("وقالت الحكومة السودانية إن قوات الدعم السريع قصفت مخيم زمزم للنازحين قرب الفاشر.",
     [("الحكومة السودانية", "sudanese-government"), ("قوات الدعم السريع", "rapid-support-forces")]),
    ("وأعلنت حكومة بورتسودان رفضها للهدنة.", [("حكومة بورتسودان", "sudanese-government")]),
    ("وقال جيش أراكان إنه سيطر على مقر قيادة الجيش في ولاية راخين غربي ميانمار.", [("جيش أراكان", "arakan-army")]),
    # the Congolese army by its nisba (session 26, second wave)
    ("واشتبك مقاتلو حركة إم 23 مع الجيش الكونغولي قرب مدينة بوكافو.",
     [("حركة إم 23", "m23"), ("الجيش الكونغولي", "disc")]),
    ("وقالت قوات البرهان إنها استعادت القصر الجمهوري في الخرطوم.", [("قوات البرهان", "sudanese-armed-forces")]),
    ("وقالت قوات الأمن العام السورية إنها اعتقلت مسلحين في جبلة.",
     [("قوات الأمن العام السورية", "syrian-general-security")]),
    ("وقالت تنسيقية المقاومة العراقية إنها ستواصل عملياتها.",
     [("تنسيقية المقاومة العراقية", "iraqi-resistance-coordination")]),
    # the Houthis' indefinite nisba right after a member noun; alone it describes ("هجمات حوثية"), names no group
    ("واعتقلت القوات الحكومية عناصر حوثية في تعز.", [("حوثية", "houthis")]),
    ("واشتبك الجيش مع مقاتلين حوثيين في مأرب.", [("حوثيين", "houthis")]),
    ("وصدت القوات هجمات حوثية على مأرب.", []),
    # a leader of the group names it (session 31: a group's own nisba after a noun of its men or leaders)
    ("وقتل قيادي حوثي في غارة.", [("حوثي", "houthis")]),
    # drones of a state; marches are not
    ("وقصفت المسيرات الإسرائيلية سيارة في جنوب لبنان.", [("المسيرات الإسرائيلية", "israeli-forces")]),
    ("وخرجت المسيرات التونسية في شوارع العاصمة.", []),
    ("وقصفت الطائرات بدون طيار الأمريكية مواقع لتنظيم القاعدة.",
     [("الطائرات بدون طيار الأمريكية", "us-forces"), ("تنظيم القاعدة", "al-qaeda")]),
    # an engineer of drones (ANT): a trade
    ("وتناول التقرير عملية اغتيال مهندس الطائرات بدون طيار التونسي محمد الزواري في صفاقس.", []),
    # the indefinite "سورية" after a force noun is Syria's force; not the opposition's, the SDF's or the country
    ("وتقدمت قوات سورية في ريف إدلب.", [("قوات سورية", "syrian-government-forces")]),
    ("ووصلت قوات سورية وروسية إلى المدينة.", [("قوات سورية", "syrian-government-forces"), ("روسية", "russian-forces")]),
    ("وقالت مصادر إن قوات سورية معارضة مدعومة من تركيا دخلت تل أبيض.", []),
    ("وقالت قوات سورية الديمقراطية إنها صدت الهجوم.", [("قوات سورية الديمقراطية", "syrian-democratic-forces")]),
    ("وقال الوزير إن سورية ستشارك في القمة.", []),
    ("وانتشرت قوات من سورية في المنطقة.", []),
]


@pytest.mark.parametrize(("text", "expected"), NEW_GROUPS)
def test_new_groups(nlp, text, expected):
    assert groups(nlp, text) == expected


# -- relations --------------------------------------------------------------------------------------------------------

RELATIONS = [
    # the subject before a backing phrase advances at the expense of the enemy, not its backer
    ("وتقدمت قوات النظام مدعومة بمقاتلي حزب الله على حساب فصائل المعارضة في ريف حلب الجنوبي.",
     [("backed_by", "syrian-government-forces", "hezbollah", "قوات النظام مدعومة بمقاتلي حزب الله"),
      ("fights", "syrian-government-forces", "syrian-opposition-factions",
       "قوات النظام مدعومة بمقاتلي حزب الله على حساب فصائل المعارضة")]),
    ("وسيطرت قوات الجيش السوداني، مدعومة بمقاتلي القوة المشتركة لحركات الكفاح المسلح، على مواقع جديدة على حساب قوات"
     " الدعم السريع.",
     [("backed_by", "sudanese-armed-forces", "darfur-joint-force",
       "قوات الجيش السوداني، مدعومة بمقاتلي القوة المشتركة لحركات الكفاح المسلح"),
      ("fights", "sudanese-armed-forces", "rapid-support-forces",
       "قوات الجيش السوداني، مدعومة بمقاتلي القوة المشتركة لحركات الكفاح المسلح، على مواقع جديدة على حساب قوات"
       " الدعم السريع")]),
    ("وتقدمت قوات الجيش الليبي بدعم من سلاح الجو المصري على حساب تنظيم داعش في سرت.",
     [("backed_by", "state-forces-ly", "egyptian-armed-forces", "قوات الجيش الليبي بدعم من سلاح الجو المصري"),
      ("fights", "state-forces-ly", "isis", "قوات الجيش الليبي بدعم من سلاح الجو المصري على حساب تنظيم داعش")]),
    # a group named one of a class of groups that a cue describes
    ("وتعد حركة النجباء من أبرز الفصائل العراقية المدعومة من إيران.",
     [("backed_by", "harakat-al-nujaba", "iranian-government",
       "حركة النجباء من أبرز الفصائل العراقية المدعومة من إيران"),
      ("backed_by", "iraqi-armed-factions", "iranian-government", "الفصائل العراقية المدعومة من إيران")]),
    ("وكتائب حزب الله هي إحدى الجماعات المسلحة الموالية لإيران في العراق.",
     [("backed_by", "kataib-hezbollah", "iranian-government",
       "كتائب حزب الله هي إحدى الجماعات المسلحة الموالية لإيران")]),
    ("وتعد حركة النهضة من أكبر الأحزاب المتحالفة مع نداء تونس.",
     [("ally", "ennahda", "nidaa-tounes", "حركة النهضة من أكبر الأحزاب المتحالفة مع نداء تونس")]),
    # an oath renewed; a group's leader killed
    ("وجددت حركة الشباب المجاهدين بيعتها لتنظيم القاعدة.",
     [("member_of", "al-shabaab", "al-qaeda", "حركة الشباب المجاهدين بيعتها لتنظيم القاعدة")]),
    ("وقال الجيش الإسرائيلي إنه اغتال قياديا في كتائب القسام.",
     [("fights", "israeli-forces", "qassam-brigades", "الجيش الإسرائيلي إنه اغتال قياديا في كتائب القسام")]),
    # new names in relations
    ("وتحالفت هيئة تحرير الشام مع فصائل الجيش الوطني في معركة ردع العدوان.",
     [("ally", "hayat-tahrir-al-sham", "syrian-national-army", "تحالفت هيئة تحرير الشام مع فصائل الجيش الوطني")]),
    ("وقصفت المسيرات التركية مواقع لقوات سوريا الديمقراطية في ريف الحسكة.",
     [("fights", "turkish-forces", "syrian-democratic-forces", "قصفت المسيرات التركية مواقع لقوات سوريا الديمقراطية")]),
    ("وقصفت طائرات حربية سورية مواقع لفصائل المعارضة في ريف إدلب الجنوبي.",
     [("fights", "syrian-government-forces", "syrian-opposition-factions",
       "قصفت طائرات حربية سورية مواقع لفصائل المعارضة")]),
    # a backer after "من قبل"; a verb's object after a participle phrase describing its subject
    ("وقالت جماعة الحوثي المدعومة من قبل إيران إنها هاجمت سفينة.",
     [("backed_by", "houthis", "iranian-government", "جماعة الحوثي المدعومة من قبل إيران")]),
    ("وتقاتل قوات الدعم السريع المدعومة من أبوظبي الجيش السوداني.",
     [("fights", "rapid-support-forces", "sudanese-armed-forces",
       "تقاتل قوات الدعم السريع المدعومة من أبوظبي الجيش السوداني"),
      ("backed_by", "rapid-support-forces", "uae-government", "قوات الدعم السريع المدعومة من أبوظبي")]),
    # a group's members killed in an attack of a state named by its nisba; not civilians, not a "terrorist" attack
    ("وقتل قيادي في حزب الله بغارة إسرائيلية على جنوب لبنان.",
     [("fights", "israeli-forces", "hezbollah", "حزب الله بغارة إسرائيلية")]),
    ("وقتل خمسة من عناصر تنظيم داعش في غارة جوية أمريكية قرب الموصل.",
     [("fights", "us-forces", "isis", "داعش في غارة جوية أمريكية")]),
    ("وقتل عشرة مدنيين في غارة إسرائيلية على غزة.", []),
    # ANT: the victims' group before a participle that describes it
    ("وأكد البنتاغون مقتل قائد كبير في جماعة الشباب التابعة للقاعدة في غارة أمريكية في الصومال.",
     [("member_of", "al-shabaab", "al-qaeda", "الشباب التابعة للقاعدة"),
      ("fights", "us-forces", "al-shabaab", "الشباب التابعة للقاعدة في غارة أمريكية")]),
    ("وأصيب عنصران من الأمن التونسي في هجوم إرهابي.", []),
    # a place retaken or freed from a group
    ("وأعلن الجيش السوداني استعادة السيطرة على مدينة ود مدني من قوات الدعم السريع.",
     [("fights", "sudanese-armed-forces", "rapid-support-forces",
       "الجيش السوداني استعادة السيطرة على مدينة ود مدني من قوات الدعم السريع")]),
    ("وأعلن الجيش العراقي تحرير مدينة الموصل من قبضة تنظيم داعش.",
     [("fights", "iraqi-security-forces", "isis", "الجيش العراقي تحرير مدينة الموصل من قبضة تنظيم داعش")]),
    ("وقالت قوات الدعم السريع إنها استعادت مدينة بارا من الجيش السوداني.",
     [("fights", "rapid-support-forces", "sudanese-armed-forces",
       "قوات الدعم السريع إنها استعادت مدينة بارا من الجيش السوداني")]),
    # not two parties, not a name holding the verb's word
    ("واستعادت حركة النهضة ثقة ناخبيها من حزب نداء تونس.", []),
    ("وانسحبت قوات جبهة تحرير أزواد من مواقع الجيش المالي.", []),
    # two objects of a verb of fighting
    ("وتقاتل جماعة نصرة الإسلام والمسلمين الجيش المالي ومقاتلي الفيلق الأفريقي الروسي في وسط مالي.",
     [("fights", "jnim", "malian-armed-forces", "تقاتل جماعة نصرة الإسلام والمسلمين الجيش المالي"),
      ("fights", "jnim", "africa-corps",
       "تقاتل جماعة نصرة الإسلام والمسلمين الجيش المالي ومقاتلي الفيلق الأفريقي الروسي")]),
    # a clash of a group's members; a claim of an attack on the target's post
    ("واشتبك مسلحون من حركة الشباب مع قوات الجيش الصومالي.",
     [("fights", "al-shabaab", "somali-national-army", "اشتبك مسلحون من حركة الشباب مع قوات الجيش الصومالي")]),
    ("واشتبكت عناصر من هيئة تحرير الشام مع مقاتلين من الحزب الإسلامي التركستاني في ريف إدلب.",
     [("fights", "hayat-tahrir-al-sham", "turkistan-islamic-party",
       "اشتبكت عناصر من هيئة تحرير الشام مع مقاتلين من الحزب الإسلامي التركستاني")]),
    ("وأعلن تنظيم داعش مسؤوليته عن الهجوم الذي استهدف موقعا للحشد الشعبي.",
     [("fights", "isis", "popular-mobilization-forces", "داعش مسؤوليته عن الهجوم الذي استهدف موقعا للحشد الشعبي")]),
    ("وتبنى تنظيم الدولة الإسلامية تفجيرا استهدف حاجزا للجيش العراقي.",
     [("fights", "isis", "iraqi-security-forces", "تنظيم الدولة الإسلامية تفجيرا استهدف حاجزا للجيش العراقي")]),
    # negatives: the class holds no group before it; a party's words on an attack; a claim and a second clause
    ("وانسحب المقاتلون من الفصائل المدعومة من تركيا.", []),
    ("وقالت حركة النهضة إن الهجوم الذي استهدف مقر الحزب الجمهوري مدان.", []),
    ("وأعلن تنظيم داعش مسؤوليته عن الهجوم، وقال إن مقاتليه استهدفوا مقرا للشرطة.", []),
]


@pytest.mark.parametrize(("text", "expected"), RELATIONS)
def test_relations(nlp, text, expected):
    assert relations(nlp, text) == expected


def test_country_names_are_its_names():
    from arabnews.extract.groups.registry import Registry

    with pytest.raises(ValueError, match="country name"):
        Registry.from_entries([{"id": "a", "name_ar": "حكومة الإنقاذ الوطني", "country_names": ["حكومة الوفاق"]}])
    reg = Registry.from_entries([{"id": "a", "name_ar": "حكومة الإنقاذ الوطني", "country": "Libya",
                                  "country_names": ["حكومة الإنقاذ الوطني"]}])
    assert reg["a"].to_dict()["country_names"] == ["حكومة الإنقاذ الوطني"]
