"""Session 31: organisations of other outlets' news — the outlet a dateline's dash names ("الخرطوم - سودان تريبيون:"),
outlets and agencies of other countries, a station named by a place with the article ("إذاعة الأندلس"), X after a
platform's head ("منصة إكس"), coordination bodies (منسقية, تنسيقية) and the state bodies and UN forces the tagger cut
or missed ("القيادة العامة للقوات المسلحة", "نيابة أمن الدولة العليا", "اليونيفيل")."""

from __future__ import annotations

import pytest

from entity_cases import analyzed_entities as _entities
from entity_cases import assert_span as _span


@pytest.mark.parametrize(("text", "outlet"), [
    # the outlet between the dateline's place and the colon: Sudan, Yemen, Egypt, Libya, Iraq, Morocco, Syria
    ("الخرطوم - سودان تريبيون: اتهمت لجان مقاومة الفاشر قوات الدعم السريع بقصف مخيم زمزم.", "سودان تريبيون"),
    ("عدن - المصدر أونلاين: قتل قائد عسكري في قوات العمالقة الجنوبية.", "المصدر أونلاين"),
    ("القاهرة - المصري اليوم: قررت المحكمة حبس 14 متهما 15 يوما على ذمة التحقيقات.", "المصري اليوم"),
    ("طرابلس - بوابة الوسط: شهدت مدينة الزاوية اشتباكات مسلحة.", "بوابة الوسط"),
    ("بغداد - شفق نيوز: أعلنت خلية الإعلام الأمني مقتل أربعة إرهابيين.", "شفق نيوز"),
    ("الرباط - هسبريس: أعلنت وزارة الداخلية المغربية عن تفكيك خلية إرهابية.", "هسبريس"),
    ("دمشق - عنب بلدي: قتل ثلاثة مدنيين بقصف على ريف إدلب.", "عنب بلدي"),
    ("الرباط - هبة بريس: أعلنت المديرية العامة للأمن الوطني توقيف ثلاثة أشخاص.", "هبة بريس"),
    ("رام الله - وفا: استشهد شاب برصاص قوات الاحتلال في جنين.", "وفا"),
    ("أبوجا - بريميوم تايمز: اختطف مسلحون 20 طالبا في ولاية كادونا.", "بريميوم تايمز"),
    ("صنعاء - المشهد اليمني: شنت مقاتلات التحالف غارات على مواقع الحوثيين.", "المشهد اليمني"),
    # the country in brackets after the city; an outlet's word ("اليوم") over the tagger's place
    ("مقديشو (الصومال) - الصومال اليوم: قتل خمسة جنود في هجوم.", "الصومال اليوم"),
    # quotes around the name stay out
    ("بيروت - «النهار»: عقد مجلس الوزراء جلسة استثنائية.", "النهار"),
])
def test_outlet_after_a_datelines_dash(text, outlet):
    _span(text, outlet, "ORG")


@pytest.mark.parametrize(("text", "expected"), [
    # a reporter who signs, the paper's own reporter, the wires, an exclusive, a headline's pair of states
    ("القاهرة - محمد حسن: قررت المحكمة تأجيل القضية.", [("LOC", "القاهرة"), ("PER", "محمد حسن")]),
    ("غزة - مراسلنا: استشهد ثلاثة فلسطينيين.", [("LOC", "غزة")]),
    ("باماكو - وكالات: قتل عشرات المدنيين في وسط مالي.", [("LOC", "باماكو"), ("LOC", "مالي")]),
    ("الخرطوم - خاص: تجددت الاشتباكات في أم درمان.", [("LOC", "الخرطوم"), ("LOC", "أم درمان")]),
    ("تونس - الجزائر : الاتفاق على 100 مقعد طلابي بين البلدين", [("LOC", "تونس"), ("LOC", "الجزائر")]),
    ("باماكو - أ ف ب: أعلن الجيش مقتل ثلاثين مسلحا.", [("LOC", "باماكو")]),
])
def test_no_outlet_after_the_dash(text, expected):
    assert _entities(text) == expected


@pytest.mark.parametrize(("text", "outlet"), [
    # outlets of other countries after a head, in quotes or alone (outlet_names)
    ("ونقلت وكالة سبوتنيك عن مصدر روسي قوله إن المفاوضات مستمرة.", "سبوتنيك"),
    ("وقال مراسل شفق نيوز إن الهجوم وقع فجرا.", "شفق نيوز"),
    ("وذكر موقع هسبريس أن الحادث وقع ليلا.", "هسبريس"),
    ("ونشر موقع عنب بلدي تقريرا عن الوضع في إدلب.", "عنب بلدي"),
    ("وأفادت وكالة الأنباء الفلسطينية \"وفا\" باستشهاد شاب.", "وفا"),
    ("وذكرت \"شينخوا\" أن الطائرة هبطت بسلام.", "شينخوا"),
    ("وقال شاهد عيان لـ\"سكاي نيوز عربية\" إن السكان غادروا.", "سكاي نيوز عربية"),
    ("بحسب وكالة ريا نوفوستي الروسية.", "ريا نوفوستي"),
    ("وأوضح المصدر ذاته لـ\"بوابة الوسط\" أن الهجوم فشل.", "بوابة الوسط"),
    # a place with an outlet's word after any media head: the outlet's own name, the head out
    ("وذكرت صحيفة السودان نيوز أن الهجوم وقع ليلا.", "السودان نيوز"),
    ("وذكر موقع اليمن نيوز أن الهجوم وقع ليلا.", "اليمن نيوز"),
])
def test_outlets_of_other_countries(text, outlet):
    _span(text, outlet, "ORG")


@pytest.mark.parametrize(("text", "station"), [
    # a station named by a place, with the article too: the head in, as "تلفزيون دبي"
    ("وتبنت الحركة الهجوم في بيان نشرته إذاعة الأندلس التابعة لها.", "إذاعة الأندلس"),
    ("وقال تلفزيون لبنان إن الغارة أصابت منزلا.", "تلفزيون لبنان"),
    ("وأفاد تلفزيون العراق الرسمي بمقتل خمسة.", "تلفزيون العراق"),
    ("وقالت إذاعة قفصة اليوم إن الطريق مغلق.", "إذاعة قفصة"),
])
def test_station_named_by_a_place(text, station):
    _span(text, station, "ORG")


def test_today_after_a_station_stays_out_and_the_site_of_an_incident_names_nothing():
    assert _entities("وقالت إذاعة قفصة اليوم إن الطريق مغلق.") == [("ORG", "إذاعة قفصة")]
    assert _entities("وزار الوزير موقع الحادث اليوم.") == []
    assert _entities("وتفقد المحافظ موقع الانفجار في بغداد اليوم.") == [("LOC", "بغداد")]


@pytest.mark.parametrize("text", [
    "وقال في تغريدة على منصة إكس إن قواته لا تستهدف المدنيين.",
    "ونشر الجيش مقطعا عبر منصة \"إكس\" يظهر الهجوم.",
    "وقال في منشور على تطبيق إكس إن المفاوضات متعثرة.",
    "وكتب عبر حسابه في منصة إكس أن الحكومة ستستقيل.",
])
def test_x_after_a_platforms_head(text):
    _span(text, "إكس", "ORG")


def test_x_alone_is_no_platform():
    assert ("ORG", "إكس") not in _entities("وأظهرت صور الأشعة إكس كسرا في الساق.")


@pytest.mark.parametrize(("text", "body"), [
    # coordination bodies with their adjectives and ل complements
    ("وقال المتحدث باسم المنسقية العامة للنازحين واللاجئين آدم رجال إن القصف استمر.",
     "المنسقية العامة للنازحين واللاجئين"),
    ("وأعلنت التنسيقية الوطنية للدفاع عن الحريات عن تنظيم وقفة.", "التنسيقية الوطنية للدفاع عن الحريات"),
    # known state bodies of Egypt, Libya, the UAE, Iraq
    ("وفق بيانات الجهاز المركزي للتعبئة العامة والإحصاء.", "الجهاز المركزي للتعبئة العامة والإحصاء"),
    ("قررت نيابة أمن الدولة العليا حبس 14 متهما.", "نيابة أمن الدولة العليا"),
    ("ما أدى إلى مقتل شخصين، بحسب جهاز الإسعاف والطوارئ.", "جهاز الإسعاف والطوارئ"),
    ("أعلنت القيادة العامة للقوات المسلحة بقيادة المشير خليفة حفتر عن إطلاق عملية عسكرية.",
     "القيادة العامة للقوات المسلحة"),
    ("وقال الناطق باسم القيادة العامة للجيش الوطني الليبي إن قواته تقدمت.", "القيادة العامة للجيش الوطني الليبي"),
    ("وقال بيان للجهاز المركزي للمحاسبات إن المخالفات كبيرة.", "لجهاز المركزي للمحاسبات"),
    # a town's resistance committees (Sudan), the town untagged by the tagger
    ("الخرطوم - سودان تريبيون: اتهمت لجان مقاومة الفاشر قوات الدعم السريع بقصف مخيم زمزم.", "لجان مقاومة الفاشر"),
    # UN forces by their acronyms (UNIFIL, MINURSO)
    ("من جهتها، دعت قوات اليونيفيل جميع الأطراف إلى ضبط النفس.", "اليونيفيل"),
    ("وقصفت إسرائيل مواقع قرب مقر اليونيفيل في الناقورة.", "اليونيفيل"),
    ("وطالبت بعثة المينورسو بوقف التصعيد.", "المينورسو"),
])
def test_institutions_whole(text, body):
    _span(text, body, "ORG")


@pytest.mark.parametrize("text", [
    # a device, the nervous system, a team's staff, a funeral's council, the prosecution in general
    "وسرق اللصوص جهاز الهاتف الخاص بالضحية.",
    "واشترى جهاز كمبيوتر للمدرسة.",
    "وتؤثر المادة على الجهاز العصبي للإنسان بشكل مباشر.",
    "وقال رئيس الجهاز الفني للفريق إن اللاعبين جاهزون.",
    "وأقيم مجلس العزاء في منزل العائلة.",
    "وأمرت النيابة العامة بحبس المتهم.",
    "وشاركت لجان مقاومة شعبية في الحراك.",
])
def test_ordinary_nouns_are_no_bodies(text):
    assert not any(label == "ORG" for label, _ in _entities(text))
