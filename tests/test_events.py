"""The events stage: ACLED-style event records, table-driven on sentences written from real news forms."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import arabnews
from arabnews import Pipeline
from arabnews.extract.events import EVENT_TYPES, EventSpan, events_frame
from arabnews.extract.events.triggers import lexicon, noun_forms, verb_forms
from arabnews.extract.groups.matcher import discovered_id
from arabnews.lang.ar import lookup_key
from arabnews.pipeline import BUILTIN_CONTRACTS, DEFAULT_STAGES

REF = "2020-06-02"


def events(nlp, text):
    doc = nlp(text, reference_date=REF)
    return doc, doc.layers["events"]


# (sentence, trigger, type, subtype, arguments that must hold).  ``actor``/``target`` are the text of the
# first argument with that role, ``location`` the place's text, ``fatalities``/``injured`` their values,
# ``date`` the value of a date span of the sentence (absent: the reference date, inherited).
CASES = [
    ('اندلعت اشتباكات عنيفة بين الجيش ومسلحين في مدينة درنة يوم الأحد 5 مارس 2017، ما أسفر عن مقتل 4 جنود.',
     'اشتباكات', 'battles', 'armed clash',
     {'actor': 'الجيش', 'actor2': 'مسلحين', 'location': 'درنة', 'fatalities': 4, 'date': '2017-03-05'}),
    ('اشتبكت قوات الأمن مع مجموعة مسلحة في جبل الشعانبي أمس.',
     'اشتبكت', 'battles', 'armed clash', {'actor': 'قوات الأمن', 'location': 'الشعانبي', 'date': '2020-06-01'}),
    ('وتدور معارك عنيفة بين قوات النظام وفصائل المعارضة في ريف حماة الشمالي.',
     'معارك', 'battles', 'armed clash', {'actor': 'قوات النظام', 'actor2': 'فصائل المعارضة', 'location': 'حماة'}),
    ('قتل 7 أشخاص في اشتباكات بين عشائر متناحرة في محافظة البصرة.',
     'اشتباكات', 'battles', 'armed clash', {'location': 'البصرة', 'fatalities': 7}),
    ('استعادت القوات الحكومية السيطرة على مدينة سرت بعد معارك استمرت أشهرا.',
     'استعادت', 'battles', 'government regains territory', {'actor': 'القوات الحكومية', 'location': 'سرت'}),
    ('استعادت القوات الحكومية السيطرة على مدينة سرت بعد معارك استمرت أشهرا.',
     'معارك', 'battles', 'armed clash', {'actor': 'القوات الحكومية', 'location': 'سرت'}),
    ('سيطر تنظيم داعش على مدينة الرمادي في مايو 2015.',
     'سيطر', 'battles', 'non-state actor overtakes territory',
     {'actor': 'داعش', 'location': 'الرمادي', 'date': '2015-05'}),
    ('وسيطرت هيئة تحرير الشام على بلدة كفرنبل بعد اشتباكات مع الجبهة الوطنية للتحرير.',
     'سيطرت', 'battles', 'non-state actor overtakes territory', {'actor': 'هيئة تحرير الشام', 'location': 'كفرنبل'}),
    ('وسيطرت هيئة تحرير الشام على بلدة كفرنبل بعد اشتباكات مع الجبهة الوطنية للتحرير.',
     'اشتباكات', 'battles', 'armed clash',  # the side after "مع" is the other side, the subject before the first
     {'actor': 'هيئة تحرير الشام', 'target': 'الجبهة الوطنية للتحرير', 'location': 'كفرنبل'}),
    ('شنت طائرات التحالف غارات جوية على مواقع تنظيم داعش في الموصل.',
     'غارات جوية', 'explosions/remote violence', 'air/drone strike',
     {'actor': 'طائرات التحالف', 'target': 'داعش', 'location': 'الموصل'}),
    ('قصفت الطائرات الحربية الروسية مدينة إدلب أمس، ما أسفر عن مقتل 12 مدنيا وإصابة 20 آخرين.',
     'قصفت', 'explosions/remote violence', 'air/drone strike',
     {'actor': 'الطائرات الحربية الروسية', 'location': 'إدلب', 'fatalities': 12, 'injured': 20, 'date': '2020-06-01'}),
    ('قصفت اليوم الاربعاء 28 ماي 2014 طائرتان حربيتان ليبيتان قواعد لميليشيا إسلامية في بنغازي.',
     'قصفت', 'explosions/remote violence', 'air/drone strike',
     {'actor': 'طائرتان حربيتان ليبيتان', 'location': 'بنغازي', 'date': '2014-05-28'}),
    ('قتل خمسة مدنيين في غارة جوية على قرية في ريف إدلب.',
     'غارة جوية', 'explosions/remote violence', 'air/drone strike', {'location': 'إدلب', 'fatalities': 5}),
    ('استهدفت طائرة مسيرة سيارة في مدينة مأرب، ما أدى إلى مقتل ثلاثة أشخاص.',
     'استهدفت', 'explosions/remote violence', 'air/drone strike',
     {'location': 'مأرب', 'fatalities': 3, 'target': 'سيارة'}),
    ('سقطت قذائف هاون على حي باب توما في دمشق، ما أسفر عن إصابة 6 مدنيين.',
     'قذائف هاون', 'explosions/remote violence', 'shelling/artillery/missile attack',
     {'location': 'باب توما', 'injured': 6}),
    ('قصفت قوات النظام بالمدفعية الثقيلة بلدة خان شيخون.',
     'قصفت', 'explosions/remote violence', 'shelling/artillery/missile attack',
     {'actor': 'قوات النظام', 'location': 'خان شيخون'}),
    ('أطلقت حركة حماس عشرات الصواريخ على مدينة عسقلان.',
     'الصواريخ', 'explosions/remote violence', 'shelling/artillery/missile attack',
     {'actor': 'حماس', 'location': 'عسقلان'}),
    ('انفجرت عبوة ناسفة بدورية للجيش في جبل سمامة، ما أدى إلى إصابة جنديين.',
     'انفجرت', 'explosions/remote violence', 'remote explosive/landmine/IED',
     {'target': 'دورية', 'location': 'سمامة', 'injured': 2}),
    ('قتل ثلاثة عسكريين في انفجار لغم أرضي بجبل الشعانبي.',
     'انفجار', 'explosions/remote violence', 'remote explosive/landmine/IED',
     {'location': 'الشعانبي', 'fatalities': 3}),
    ('انفجرت سيارة مفخخة في سوق شعبي ببغداد، ما أسفر عن مقتل 25 شخصا وإصابة العشرات.',
     'انفجرت', 'explosions/remote violence', 'remote explosive/landmine/IED',
     {'location': 'بغداد', 'fatalities': 25, 'injured': 10}),
    ('فجر انتحاري نفسه في مسجد بمدينة القطيف، ما أسفر عن مقتل 21 شخصا.',
     'فجر', 'explosions/remote violence', 'suicide bomb',
     {'actor': 'انتحاري', 'location': 'القطيف', 'fatalities': 21}),  # (session 19: the bomber is the actor)
    ('أسفر هجوم انتحاري في كابول عن مقتل 40 شخصا.',
     'هجوم انتحاري', 'explosions/remote violence', 'suicide bomb', {'location': 'كابول', 'fatalities': 40}),
    ('ألقى مجهولون قنبلة يدوية على مركز للشرطة في مدينة الفلوجة.',
     'قنبلة يدوية', 'explosions/remote violence', 'grenade',
     {'actor': 'مجهولون', 'target': 'مركز للشرطة', 'location': 'الفلوجة'}),
    ('اتهمت المعارضة النظام بشن هجوم كيماوي على مدينة خان شيخون أسفر عن مقتل أكثر من 80 شخصا.',
     'هجوم كيماوي', 'explosions/remote violence', 'chemical weapon',
     {'actor': 'النظام', 'location': 'خان شيخون', 'fatalities': 80}),
    ('اغتال مسلحون مجهولون القيادي في حزب الجبهة الشعبية شكري بلعيد أمام منزله في تونس العاصمة.',
     'اغتال', 'violence against civilians', 'attack',
     # (session 39: the party of "القيادي في", the title its members; the assassinated one killed)
     {'actor': 'مسلحون مجهولون', 'target': 'الجبهة الشعبية', 'location': 'تونس', 'fatalities': 1}),
    ('اغتيل المعارض التونسي محمد البراهمي أمام منزله يوم 25 جويلية 2013.',
     'اغتيل', 'violence against civilians', 'attack',
     {'target': 'المعارض التونسي', 'date': '2013-07-25', 'fatalities': 1}),  # (one killed: session 39)
    ('ارتكبت قوات النظام مجزرة في بلدة الحولة راح ضحيتها أكثر من 100 مدني.',
     'ارتكبت', 'violence against civilians', 'attack',
     {'actor': 'قوات النظام', 'location': 'الحولة', 'fatalities': 100}),
    ('أعدم تنظيم داعش 12 شخصا في مدينة الرقة.',
     'أعدم', 'violence against civilians', 'attack',
     {'actor': 'داعش', 'target': '12 شخصا', 'location': 'الرقة', 'fatalities': 12}),
    ('اختطف مسلحون ثلاثة صحفيين في مدينة سرت.',
     'اختطف', 'violence against civilians', 'abduction/forced disappearance',
     {'actor': 'مسلحون', 'target': 'ثلاثة صحفيين', 'location': 'سرت'}),
    ('اختطفت جماعة مسلحة عاملين في منظمة إغاثية بمدينة بنغازي.',
     'اختطفت', 'violence against civilians', 'abduction/forced disappearance',
     {'actor': 'جماعة مسلحة', 'target': 'عاملين', 'location': 'بنغازي'}),
    ('أعلنت الشرطة عن اختطاف فتاة في مدينة القيروان.',
     'اختطاف', 'violence against civilians', 'abduction/forced disappearance',
     {'target': 'فتاة', 'location': 'القيروان'}),
    ('تعرضت امرأة للاغتصاب على يد عناصر من الميليشيات في ريف دمشق.',
     'اغتصاب', 'violence against civilians', 'sexual violence',
     {'actor': 'عناصر', 'target': 'امرأة', 'location': 'دمشق'}),
    ('تظاهر آلاف المواطنين في شارع الحبيب بورقيبة بالعاصمة للمطالبة بالتشغيل.',
     'تظاهر', 'protests', 'peaceful protest', {'actor': 'المواطنين', 'location': 'الحبيب بورقيبة'}),
    ('نظم الأهالي وقفة احتجاجية أمام مقر الولاية في سيدي بوزيد.',
     'وقفة احتجاجية', 'protests', 'peaceful protest', {'actor': 'الأهالي', 'location': 'سيدي بوزيد'}),
    ('خرجت مظاهرات في مدينة درعا تطالب بإسقاط النظام.',
     'مظاهرات', 'protests', 'peaceful protest', {'location': 'درعا'}),
    ('نفذ عمال شركة فسفاط قفصة إضرابا عاما.',
     'إضرابا', 'protests', 'peaceful protest', {'actor': 'عمال شركة'}),
    ('فرقت قوات الأمن مظاهرة في مدينة القصرين باستعمال الغاز المسيل للدموع.',
     'مظاهرة', 'protests', 'protest with intervention', {'actor': 'قوات الأمن', 'location': 'القصرين'}),
    ('قتل 3 متظاهرين برصاص قوات الأمن خلال مظاهرة في بغداد.',
     'مظاهرة', 'protests', 'excessive force against protesters',
     {'actor': 'متظاهرين', 'location': 'بغداد', 'fatalities': 3}),
    ('شهدت مدينة تطاوين احتجاجات عنيفة، حيث أحرق المحتجون العجلات المطاطية ورشقوا قوات الأمن بالحجارة.',
     'احتجاجات عنيفة', 'riots', 'violent demonstration', {'actor': 'المحتجون', 'location': 'تطاوين'}),
    ('اندلعت أعمال شغب في حي التضامن بالعاصمة ليلة السبت.',
     'أعمال شغب', 'riots', 'violent demonstration', {'location': 'التضامن', 'date': '2020-05-30TNI'}),
    ('اعتدت حشود غاضبة على رجل متهم بالسرقة في سوق المدينة.',
     'اعتدت', 'riots', 'mob violence', {'actor': 'حشود غاضبة', 'target': 'رجل'}),
    ('أعلنت الأطراف المتحاربة وقف إطلاق النار في مدينة الحديدة.',
     'وقف إطلاق النار', 'strategic developments', 'agreement', {'location': 'الحديدة'}),
    ('توصلت الحكومة والمتمردون إلى اتفاق سلام في الخرطوم.',
     'اتفاق سلام', 'strategic developments', 'agreement', {'actor': 'المتمردون', 'location': 'الخرطوم'}),
    ('اعتقلت الشرطة الفرنسية 4 أشخاص في مدينة مونبيلييه.',
     'اعتقلت', 'strategic developments', 'arrests',
     {'actor': 'الشرطة الفرنسية', 'target': '4 أشخاص', 'location': 'مونبيلييه'}),
    ('أعلنت السلطات الإيطالية عن اعتقال قيادي تونسي في تنظيم داعش.',
     'اعتقال', 'strategic developments', 'arrests', {'target': 'داعش'}),  # (members "قيادي تونسي": session 39)
    ('تمكنت الوحدات الأمنية بولاية المهدية من إيقاف شخصين من أجل الانضمام لتنظيم إرهابي.',
     'إيقاف', 'strategic developments', 'arrests',
     {'actor': 'الوحدات الأمنية', 'target': 'شخصين', 'location': 'المهدية'}),
    ('ألقت قوات الأمن القبض على 3 عناصر إرهابية في ولاية القصرين.',
     'ألقت', 'strategic developments', 'arrests', {'actor': 'قوات الأمن', 'target': '3 عناصر', 'location': 'القصرين'}),
    ('تم إيقاف 11 شخصا في ولاية صفاقس.',
     'إيقاف', 'strategic developments', 'arrests', {'target': '11 شخصا', 'location': 'صفاقس'}),
    ('أعلن فصيل جيش الإسلام انشقاق عشرات المقاتلين عنه.',
     'انشقاق', 'strategic developments', 'change to group/activity', {'actor': 'جيش الإسلام'}),
    ('أنشأت القوات التركية قاعدة عسكرية جديدة في ريف حلب.',
     'قاعدة عسكرية جديدة', 'strategic developments', 'headquarters or base established',
     {'actor': 'القوات التركية', 'location': 'حلب'}),
    ('نهب مسلحون محتويات مستودع للأدوية في مدينة سبها.',
     'نهب', 'strategic developments', 'looting/property destruction', {'actor': 'مسلحون', 'location': 'سبها'}),
    ('هدمت قوات الاحتلال منزلا في بلدة بيت أمر.',
     'هدمت', 'strategic developments', 'looting/property destruction',
     {'actor': 'قوات الاحتلال', 'location': 'بيت أمر'}),
    ('انسحبت قوات سوريا الديمقراطية من مدينة منبج.',
     'انسحبت', 'strategic developments', 'non-violent transfer of territory',
     {'actor': 'قوات سوريا الديمقراطية', 'location': 'منبج'}),
    ('تمكنت وحدات الهندسة من تفكيك عبوة ناسفة في جبل الشعانبي.',
     'تفكيك عبوة', 'strategic developments', 'disrupted weapons use',
     {'actor': 'وحدات الهندسة', 'location': 'الشعانبي'}),
    ('هاجم مسلحون دورية للجيش في سيناء، ما أسفر عن مقتل 5 جنود وإصابة 3 آخرين.',
     'هاجم', 'battles', 'armed clash',
     {'actor': 'مسلحون', 'target': 'دورية', 'location': 'سيناء', 'fatalities': 5, 'injured': 3}),
    ('شن مسلحون هجوما على حاجز للجيش في شمال سيناء.',
     'هجوما', 'battles', 'armed clash', {'actor': 'مسلحون', 'target': 'حاجز للجيش', 'location': 'سيناء'}),
    ('قتل شخصان وأصيب ثلاثة آخرون في هجوم مسلح على مقهى في بغداد.',
     'هجوم', 'violence against civilians', 'attack',
     {'target': 'مقهى', 'location': 'بغداد', 'fatalities': 2, 'injured': 3}),
    ('لقي شخصان حتفهما في قصف على مدينة غزة.',
     'قصف', 'explosions/remote violence', 'shelling/artillery/missile attack', {'location': 'غزة', 'fatalities': 2}),
    ('استشهد 3 فلسطينيين في غارة إسرائيلية على قطاع غزة.',
     'غارة', 'explosions/remote violence', 'air/drone strike',
     {'actor': 'إسرائيلية', 'location': 'غزة', 'fatalities': 3}),  # (session 19: the indefinite nisba, its actor)
    ('قتل جندي في هجوم على نقطة عسكرية في ولاية القصرين.',
     'هجوم', 'battles', 'armed clash', {'target': 'نقطة عسكرية', 'location': 'القصرين', 'fatalities': 1}),
    # a casualty noun counts the people it names: one, or two in the dual, with or without و
    ('أسفر القصف عن سقوط قتيلين وجريح في بلدة سراقب.',
     'القصف', 'explosions/remote violence', 'shelling/artillery/missile attack',
     {'location': 'سراقب', 'fatalities': 2, 'injured': 1}),
    ('قتيلان وثلاثة جرحى في إطلاق نار على مقهى في مدينة بنغازي.',
     'إطلاق نار', 'violence against civilians', 'attack',
     {'target': 'مقهى', 'location': 'بنغازي', 'fatalities': 2, 'injured': 3}),
    ('وسقط قتيل وجريحان في اشتباكات بين الجيش ومسلحين قرب مدينة سبها.',
     'اشتباكات', 'battles', 'armed clash',
     {'actor': 'الجيش', 'actor2': 'مسلحين', 'location': 'سبها', 'fatalities': 1, 'injured': 2}),
    ('أطلق الشرطي النار على المهاجم في مدينة نيس وأرداه قتيلا.',
     'أطلق', 'violence against civilians', 'attack', {'target': 'المهاجم', 'location': 'نيس', 'fatalities': 1}),
    # a person another casualty word counted is not the injured too
    ('وأسفر الهجوم على الحاجز في مدينة العريش عن مقتل شرطي وإصابة آخرين.',
     'الهجوم', 'battles', 'armed clash',
     {'target': 'الحاجز', 'location': 'العريش', 'fatalities': 1, 'injured': None}),
    ('قُتل 7 أشخاص في مدينة حلب.',
     'قُتل', 'violence against civilians', 'attack', {'target': '7 أشخاص', 'location': 'حلب', 'fatalities': 7}),
    ('قتل 10 عناصر من قوات النظام في ريف اللاذقية.',
     'قتل', 'battles', 'armed clash', {'target': 'قوات النظام', 'location': 'اللاذقية', 'fatalities': 10}),
    ('لقي 12 مدنيا مصرعهم جراء قصف مدفعي على بلدة معرة النعمان.',
     'قصف مدفعي', 'explosions/remote violence', 'shelling/artillery/missile attack',
     {'location': 'معرة النعمان', 'fatalities': 12}),
    ('سقط صاروخ على منزل في مدينة سديروت دون وقوع إصابات.',
     'صاروخ', 'explosions/remote violence', 'shelling/artillery/missile attack',
     {'target': 'منزل', 'location': 'سديروت', 'injured': 0}),
    ('انفجرت عبوة ناسفة قرب دورية للشرطة ولم يسفر الانفجار عن إصابات.',
     'انفجرت', 'explosions/remote violence', 'remote explosive/landmine/IED', {'target': 'دورية', 'injured': 0}),
    ('لم تسجل أي اشتباكات في مدينة طرابلس خلال الليلة الماضية.',
     'اشتباكات', 'battles', 'armed clash', {'location': 'طرابلس', 'negated': True, 'date': '2020-06-01TNI'}),
    ('نفت وزارة الدفاع وقوع اشتباكات على الحدود.',
     'اشتباكات', 'battles', 'armed clash', {'negated': True}),
    # who denies the event is not its actor, with و and in the present too
    ('وتنفي وزارة الداخلية وقوع اشتباكات في مدينة بنقردان.',
     'اشتباكات', 'battles', 'armed clash', {'negated': True, 'location': 'بنقردان'}),
    ('ونفى الجيش الوطني الليبي وقوع اشتباكات في مدينة سرت.',
     'اشتباكات', 'battles', 'armed clash', {'negated': True, 'location': 'سرت'}),
    ('وقالت المصادر إن الطيران الروسي قصف مستشفى في ريف إدلب.',
     'قصف', 'explosions/remote violence', 'air/drone strike',
     {'actor': 'الطيران الروسي', 'target': 'مستشفى', 'location': 'إدلب'}),
    ('وأفاد المرصد السوري بمقتل 15 عنصرا من قوات النظام في هجوم لتنظيم داعش على مواقعهم.',
     'هجوم', 'battles', 'armed clash', {'actor': 'داعش', 'target': 'مواقعهم', 'fatalities': 15}),
    ('قتل قائد عسكري في تفجير استهدف سيارته في مدينة الباب.',
     'تفجير', 'explosions/remote violence', 'remote explosive/landmine/IED', {'location': 'الباب', 'fatalities': 1}),
    ('وأسفرت الغارات عن مقتل عشرات المدنيين.',
     'الغارات', 'explosions/remote violence', 'air/drone strike', {'fatalities': 10}),
    ('تعرضت دورية للحرس الوطني لكمين في جبل المغيلة.',
     'كمين', 'battles', 'armed clash', {'target': 'دورية', 'location': 'المغيلة'}),
    ('اقتحمت قوات الاحتلال مخيم جنين.',
     'اقتحمت', 'battles', 'armed clash', {'actor': 'قوات الاحتلال', 'location': 'مخيم جنين'}),
    ('قتلت قوات الأمن مسلحا في مدينة القصرين.',
     # (session 40: the indefinite accusative after the verb's subject is its object, the target)
     'قتلت', 'battles', 'armed clash', {'actor': 'قوات الأمن', 'target': 'مسلحا', 'location': 'القصرين',
                                         'fatalities': 1}),
    ('أصيب شرطي بجروح خطيرة في هجوم بسكين على دورية أمنية.',
     'هجوم', 'battles', 'armed clash', {'target': 'دورية أمنية', 'injured': 1}),
    ('داهمت قوات الأمن منزلا واعتقلت 5 أشخاص في مدينة الموصل.',
     'اعتقلت', 'strategic developments', 'arrests', {'actor': 'قوات الأمن', 'target': '5 أشخاص', 'location': 'الموصل'}),
    ('استهدف قصف مدفعي حي الوعر في حمص، ما أدى إلى مقتل طفلين.',
     'استهدف', 'explosions/remote violence', 'shelling/artillery/missile attack',
     {'location': 'الوعر', 'fatalities': 2}),
    ('وشنت الطائرات الإسرائيلية غارات على مواقع لحركة حماس في قطاع غزة، دون وقوع إصابات.',
     'غارات', 'explosions/remote violence', 'air/drone strike',
     {'actor': 'الطائرات الإسرائيلية', 'target': 'حماس', 'location': 'قطاع غزة', 'injured': 0}),
    ('وقتل ثلاثة أشخاص وجرح خمسة في انفجار سيارة مفخخة بمدينة عفرين.',
     'انفجار', 'explosions/remote violence', 'remote explosive/landmine/IED',
     {'location': 'عفرين', 'fatalities': 3, 'injured': 5}),
    # (session 48, ev48b: the definite clash noun reads its sides as "مواجهات بين" does, the police the target)
    ('أسفرت المواجهات بين المحتجين والشرطة عن إصابة 15 شخصا.',
     'المواجهات', 'riots', 'violent demonstration', {'actor': 'المحتجين', 'target': 'الشرطة', 'injured': 15}),
    ('اختُطف صحفي فرنسي في شمال سوريا.',
     'اختُطف', 'violence against civilians', 'abduction/forced disappearance',
     {'target': 'صحفي فرنسي', 'location': 'سوريا'}),
    ('اعتُقل ناشط حقوقي في مدينة القاهرة.',
     'اعتُقل', 'strategic developments', 'arrests', {'target': 'ناشط حقوقي', 'location': 'القاهرة'}),
    ('أُصيب 3 جنود في انفجار عبوة ناسفة بدوريتهم.',
     'انفجار', 'explosions/remote violence', 'remote explosive/landmine/IED', {'injured': 3}),
    ('قتل ما لا يقل عن 30 شخصا في هجوم شنه مسلحون على قرية في ولاية بورنو.',
     'هجوم', 'violence against civilians', 'attack', {'actor': 'مسلحون', 'location': 'بورنو', 'fatalities': 30}),
    ('وأطلق مسلحون النار على حافلة تقل مدنيين، ما أسفر عن مقتل 8 منهم.',
     'أطلق', 'violence against civilians', 'attack', {'actor': 'مسلحون', 'target': 'مدنيين', 'fatalities': 8}),
    ('ويتظاهر المحتجون يوميا في ساحة التحرير.',
     'يتظاهر', 'protests', 'peaceful protest', {'actor': 'المحتجون', 'location': 'التحرير'}),
    ('أضرب عمال النظافة عن العمل احتجاجا على تأخر صرف الأجور.',
     'أضرب', 'protests', 'peaceful protest', {'actor': 'عمال النظافة'}),

]


def _check(doc, event, checks):
    actors = [a["text"] for a in event.actors if a["role"] == "actor"]
    targets = [a["text"] for a in event.actors if a["role"] == "target"]
    assert (actors[0] if actors else None) == checks.get("actor")
    # both sides of "بين X و Y" are actors (session 23b): the second is checked as "actor2"
    assert (actors[1] if len(actors) > 1 else None) == checks.get("actor2", actors[1] if len(actors) > 1 else None)
    assert (targets[0] if targets else None) == checks.get("target")
    assert (event.location or {}).get("text") == checks.get("location")
    assert (event.fatalities or {}).get("value") == checks.get("fatalities")
    assert (event.injured or {}).get("value") == checks.get("injured")
    assert event.negated is checks.get("negated", False)
    if "date" in checks:
        assert event.date["value"] == checks["date"] and "inherited" not in event.date
    else:
        assert event.date == {"value": REF, "inherited": True}
    for a in event.actors:
        assert doc.text[a["start"]:a["end"]] == a["text"]
    for part in (event.location, event.fatalities, event.injured):
        if part is not None:
            assert doc.text[part["start"]:part["end"]] == part.get("text", doc.text[part["start"]:part["end"]])


_GAP = ("the entities model retrained on 2026-12-02 (NewsFANE feature copies, c1 0.02: ANERcorp tail +4 F1) "
        "misses the place; the model before found it")
#: Table rows the shipped entities model makes wrong (strict xfail: the mark must go when fixed).
LOCATION_GAPS = {
    "وشنت الطائرات الإسرائيلية غارات على مواقع لحركة حماس في قطاع غزة، دون وقوع إصابات.":
        "'غزة' without 'قطاع': " + _GAP + "; the rule that joins the head (entities.places.whole_strip) is left "
        "out: ANERcorp tags 'غزة' alone and it cost 0.21 on the ANERcorp tail",
}


def test_location_gaps_are_table_rows():
    assert set(LOCATION_GAPS) <= {c[0] for c in CASES}


@pytest.mark.parametrize(("text", "trigger", "type_", "subtype", "checks"), CASES,
                         ids=[f"{i:02d}-{c[2].split('/')[0].split()[0]}" for i, c in enumerate(CASES)])
def test_event_table(nlp, text, trigger, type_, subtype, checks, request):
    if text in LOCATION_GAPS:
        request.node.add_marker(pytest.mark.xfail(strict=True, reason=LOCATION_GAPS[text]))
    doc, found = events(nlp, text)
    match = [e for e in found if e.text == trigger]
    assert len(match) == 1, [(e.text, e.type) for e in found]
    event = match[0]
    assert (event.type, event.subtype) == (type_, subtype)
    assert doc.text[event.start:event.end] == trigger
    assert subtype in EVENT_TYPES[type_]
    _check(doc, event, checks)


def test_the_table_covers_every_type_voice_result_clause_and_negation():
    assert len({c[0] for c in CASES}) >= 80
    assert {c[2] for c in CASES} == set(EVENT_TYPES)
    assert sum(1 for c in CASES if c[4].get("negated")) >= 2
    assert sum(1 for c in CASES if "ما أسفر عن" in c[0] or "ما أدى إلى" in c[0]) >= 8
    assert sum(1 for c in CASES if c[0].startswith(("قُتل", "اغتيل", "اختُطف", "اعتُقل", "أُصيب"))) >= 4
    assert sum(1 for c in CASES if c[4].get("injured") == 0) >= 2


NO_EVENT = [
    'سجل اللاعب هدف الفوز من هجمة مرتدة سريعة في الدقيقة 85 من المباراة.',
    'ضرب المدرب مثلا بلاعبيه في الانضباط والالتزام داخل الملعب.',
    'وقاد الترجي هجوما كاسحا على مرمى الحارس في الشوط الثاني.',
    'أطلق المهاجم قذيفة قوية سكنت شباك الفريق المنافس.',
    'ويخوض النادي الإفريقي معركة البقاء في الرابطة الأولى هذا الموسم.',
    'سيطر الفريق على المباراة طيلة الشوط الأول.',
    'احتضنت مدينة سوسة عرض الفيلم التونسي الطويل في قاعة السينما الوحيدة بالجهة.',
    'يروي الفيلم قصة مقاوم فلسطيني تم اعتقاله في سجون الاحتلال، وأدت الممثلة دور البطولة.',
    'سجلت أسعار النفط ارتفاعا ملحوظا في الأسواق العالمية اليوم.',
    'قرر البنك المركزي الترفيع في نسبة الفائدة المديرية للحد من التضخم.',
    'أعلنت وزارة الصحة تسجيل 12 إصابة جديدة بفيروس كورونا.',
    'لقي شخصان حتفهما في حادث مرور على الطريق السريعة بين تونس وسوسة.',
    'توفي شاب غرقا في شاطئ مدينة المنستير.',
    'أعلنت الحماية المدنية عن السيطرة على الحريق الذي اندلع في غابة بجهة عين دراهم.',
    'انطلقت حملة تحسيسية للتوقي من الأمراض المنقولة عبر المياه.',
    'وأكد الوزير أن الحكومة ماضية في الإصلاحات الاقتصادية رغم الصعوبات.',
    'ضرب الرئيس موعدا مع الصحفيين يوم الخميس القادم.',
    'قررت الهيئة إيقاف بث البرنامج لمدة ثلاثة أشهر.',
    'وصل المنتخب الوطني إلى العاصمة بعد تأهله إلى نهائي كأس إفريقيا.',
    'عرضت المسرحية الجديدة أمام جمهور غفير في المسرح البلدي.',
    'وافتتح المهرجان الدولي دورته الجديدة بحفل موسيقي كبير.',
    'شهدت البورصة انخفاضا طفيفا في مؤشرها الرئيسي خلال تعاملات الأسبوع.',
    'استيقظ الأهالي فجر اليوم على صوت المطر الغزير.',
    'أكدت الدراسة أن الانفجار السكاني يهدد الموارد المائية.',
    # a casualty noun counts by itself, but an accident is no event: a crash, a collapse, a flood
    'قتيل على الأقل في تحطم طائرة خفيفة قرب مطار مونستير.',
    'مقتل 4 أشخاص في انهيار مبنى قديم وسط المدينة.',
    'قتيلان في فيضان وادي مجردة بعد أمطار غزيرة.',
    'تشييع جثمان شهيد الوطن في موكب خاشع بمسقط رأسه.',
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_event(nlp, text):
    _, found = events(nlp, text)
    assert found == [], [(e.text, e.type) for e in found]


def test_no_event_list_is_long_enough():
    assert len(NO_EVENT) >= 20


# -- the seed article -------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def seed(nlp, seed_text):
    return nlp(seed_text, reference_date=REF)


def test_seed_explosion(seed):
    [event] = [e for e in seed.layers["events"] if e.date and e.date.get("value") == "2016-05"]
    assert (event.text, event.type, event.subtype) == ("تفجير", "explosions/remote violence",
                                                       "remote explosive/landmine/IED")
    assert [(a["role"], a["text"], a.get("group_id"), a["layer"]) for a in event.actors] == [
        ("actor", "لواء الفجر", discovered_id(lookup_key("لواء الفجر")), "groups"),  # a discovered group: its stable id
        ("target", "لواء القدس", "liwa-al-quds", "groups")]
    assert event.location["text"] == "جمعية الزهراء"
    assert event.location["within"]["text"] == "حلب" and event.location["within"]["geonames_id"] == 170063
    assert event.date["text"] == "أيار عام 2016"
    assert event.fatalities == {"value": 10, "approx": True, "start": 791, "end": 796, "text": "عشرات"}
    assert event.negated is False and event.reported is None


def test_seed_russian_campaign(seed):
    [event] = [e for e in seed.layers["events"] if any(a["text"] == "الاحتلال الروسي" for a in e.actors)]
    assert event.text == "حملته"
    assert event.actors[0] == {"role": "actor", "start": 1537, "end": 1552, "text": "الاحتلال الروسي",
                               "group_id": "russian-forces", "layer": "groups"}
    assert event.fatalities["value"] == 100 and event.fatalities["approx"] is True
    assert seed.text[event.fatalities["start"]:event.fatalities["end"]] == "مئات"


def test_seed_json_contract(seed):
    data = json.loads(seed.to_json())
    assert "events" in data["layers"] and data["layers"][-1] == "events"
    keys = {"start", "end", "text", "part", "type", "subtype", "actors", "location", "date", "fatalities",
            "injured", "negated", "reported", "sentence", "confidence"}
    assert data["events"] and all(set(e) == keys for e in data["events"])
    for e in data["events"]:
        assert seed.text[e["start"]:e["end"]] == e["text"]
        assert e["type"] in EVENT_TYPES and e["subtype"] in EVENT_TYPES[e["type"]]
        assert 0 < e["confidence"] <= 1
        assert isinstance(e["sentence"], int)
        s = seed.sentences[e["sentence"]]
        assert s.start <= e["start"] < s.end
    back = arabnews.Document.from_dict(data)
    assert [type(e) for e in back.layers["events"]] == [EventSpan] * len(data["events"])
    assert back.to_dict()["events"] == data["events"]


def test_only_the_selected_parts(seed_text):
    doc = Pipeline(parts=("comment",))(seed_text, reference_date=REF)
    assert [(e.text, e.part) for e in doc.layers["events"]] == [("معارك", "comment")]


# -- arguments and options ----------------------------------------------------------------------------
def test_inherited_date_without_reference(nlp):
    doc = nlp("قصفت الطائرات الحربية مدينة حلب.")
    [event] = doc.layers["events"]
    assert event.date == {"value": None, "inherited": True}


def test_reported_comes_from_the_quotes_layer():
    from arabnews import Span

    def quotes(doc):
        text = doc.text
        start = text.index("قصفت")
        doc.layers["quotes"] = [Span(start, len(text) - 1, text[start:-1],
                                     attrs={"source": {"start": 0, "end": 13, "text": "المرصد السوري",
                                                       "layer": "entities"}})]
        return doc

    nlp = Pipeline(["numbers", "dates", "groups", "entities"])
    nlp.add("quotes", quotes, requires=("tokens",), assigns=("quotes",))
    nlp.add("events", arabnews.pipeline.stage_info("events").factory())
    doc = nlp("المرصد السوري قال إن الطائرات قصفت بلدة في ريف إدلب.", reference_date=REF)
    [event] = doc.layers["events"]
    assert event.reported == {"start": 0, "end": 13, "text": "المرصد السوري", "layer": "entities"}


def test_quote_fields_are_those_of_the_quote_record(nlp, seed):
    """The events stage reads a QuoteSpan's start, end, source, kind, source type and cue off its fields: the
    values of its ``to_dict()``, the source a copy; any other item of the layer through its record."""
    from pathlib import Path

    from arabnews import Span
    from arabnews.extract.events.stage import _quote_fields

    sample = (Path(__file__).parent / "golden" / "ant_sample.txt").read_text(encoding="utf-8")
    quotes = [*seed.layers["quotes"], *nlp(sample, reference_date=REF).layers["quotes"]]
    assert len(quotes) > 5 and any(q.source for q in quotes) and any(q.source is None for q in quotes)
    for q in quotes:
        fast, record = _quote_fields(q), q.to_dict()
        assert fast == {k: record[k] for k in ("start", "end", "source", "kind", "source_type", "cue")}
        assert q.source is None or fast["source"] is not q.source
    span = Span(3, 9, "قصفت ب", attrs={"source": {"start": 0, "end": 2, "text": "هو", "layer": "phrase"}})
    assert _quote_fields(span) == span.to_dict()
    assert _quote_fields({"start": 1, "end": 4}) == {"start": 1, "end": 4}


def test_options():
    strict = Pipeline(min_confidence=0.9)
    doc = strict("وتدور معارك عنيفة بين قوات النظام وفصائل المعارضة في ريف حماة.", reference_date=REF)
    assert doc.layers["events"] == []
    bare = Pipeline(standalone_killings=False)
    assert bare("قُتل 7 أشخاص في مدينة حلب.").layers["events"] == []
    assert Pipeline()("قُتل 7 أشخاص في مدينة حلب.").layers["events"][0].fatalities["value"] == 7


def test_default_pipeline_and_contract():
    assert DEFAULT_STAGES[-1] == "events"
    assert BUILTIN_CONTRACTS["events"] == (("tokens", "numbers", "dates", "groups", "entities"), ("events",))
    with pytest.raises(arabnews.PipelineError, match="events requires"):
        Pipeline(["numbers", "dates", "groups", "events"])


def test_conjugation_families():
    forms = set(verb_forms("قتل", "قتل"))
    assert {"قتل", "قتلت", "قتلا", "قتلوا", "يقتل", "تقتل", "يقتلون", "يقتلان", "قتلوه", "قتلهم"} <= forms
    assert {"اصيب", "اصيبت", "اصيبوا", "يصاب", "يصابون"} <= set(verb_forms("أصيب", "صاب"))
    assert {"اعتدت", "اعتدوا", "يعتدي", "يعتدون"} <= set(verb_forms("اعتدى", "عتدي"))
    assert {"مظاهره", "مظاهرتين", "مظاهرتهم"} <= set(noun_forms("مظاهرة"))
    assert {"هجوم", "هجوما", "هجومين", "هجومه"} <= set(noun_forms("هجوم"))
    lex = lexicon()
    assert lex.triggers["تظاهروا"][0].type == "protests"
    assert lex.triggers["اختطفوا"][0].subtype == "abduction/forced disappearance"
    assert lex.casualties["مقتلهم"].kind == "killed" and lex.casualties["اصابتهم"].kind == "injured"


@pytest.mark.parametrize(("text", "trigger"), [
    ("وقصفت الطائرات بلدة في ريف إدلب.", "قصفت"),
    ("فاعتقلت الشرطة 4 أشخاص في مدينة صفاقس.", "اعتقلت"),
    ("وبالاشتباكات التي دارت بين الجيش ومسلحين قتل 3 جنود.", "الاشتباكات"),
    ("وللاحتجاجات التي شهدتها مدينة قفصة أسباب اجتماعية.", "احتجاجات"),  # ل + ال written لل
    ("ويعتقل الأمن الناشطين في مدينة القاهرة.", "يعتقل"),
])
def test_clitics_are_outside_the_trigger(nlp, text, trigger):
    _, found = events(nlp, text)
    assert [e.text for e in found][:1] == [trigger]


def test_events_frame(nlp):
    pd = pytest.importorskip("pandas")
    docs = [nlp(CASES[10][0], reference_date=REF, meta={"id": "a"}), nlp(NO_EVENT[0], reference_date=REF)]
    frame = events_frame(docs)
    assert isinstance(frame, pd.DataFrame) and len(frame) == 1
    row = frame.iloc[0]
    assert (row["doc_id"], row["trigger"], row["type"], row["subtype"]) == (
        "a", "قصفت", "explosions/remote violence", "air/drone strike")
    assert (row["actor"], row["location"], row["fatalities"], row["injured"]) == (
        "الطائرات الحربية الروسية", "إدلب", 12, 20)
    assert row["date"] == "2020-06-01" and not row["date_inherited"]
    assert list(arabnews.to_frame(docs, "events")["type"]) == ["explosions/remote violence"]


def test_render_shows_the_event_type(nlp):
    doc = nlp("قصفت الطائرات الحربية مدينة حلب أمس.", reference_date=REF)
    html = arabnews.render(doc)
    assert 'data-layer="events"' in html and "events: explosions/remote violence" in html


# -- robustness -------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["", "   ", "no arabic here at all.",
                                  "ألقت الشرطة\u00a0القبض\u00a0على 3 أشخاص.", "قتل" * 5000, "قصف " * 3000,
                                  "مقتل\n" * 500, "\x00\ud800قصفت", "اشتباكات " + "،" * 1000])
def test_bad_input_never_crashes(nlp, text):
    doc = nlp(text, reference_date=REF)
    for e in doc.layers.get("events", []):
        assert text[e.start:e.end] == e.text


_PIECES = ["قصفت", "الطائرات", "قوات الأمن", "مقتل", "قتل", "5", "عشرات", "مدنيين", "في", "حلب", "حي", "مدينة",
           "ما أسفر عن", "لم", "إصابة", "اعتقلت", "مظاهرة", "لواء القدس", "على يد", "عام 2016", "،", ".", "\n",
           " ", "\u064f", "\u0640", "بتفجير", "جراء", "ضد", "\u200f", "x", "\u00a0", "القبض\u00a0على",
           "غارات\tجوية", "ألقت", "فجر", "نفسه", "استعادت", "السيطرة"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=5)), max_size=30).map(" ".join))
def test_every_event_span_points_into_the_original(text):
    doc = arabnews.analyze(text, reference_date=REF)
    for e in doc.to_dict().get("events", []):
        assert text[e["start"]:e["end"]] == e["text"]
        for a in e["actors"]:
            assert text[a["start"]:a["end"]] == a["text"]
        for key in ("location", "fatalities", "injured"):
            if e[key] is not None:
                assert 0 <= e[key]["start"] <= e[key]["end"] <= len(text)
                assert text[e[key]["start"]:e[key]["end"]] == e[key]["text"]
        if e["date"].get("text"):
            assert text[e["date"]["start"]:e["date"]["end"]] == e["date"]["text"]


# -- the trigger scan tries every token the plain token loop tried -------------------------------------------
def _reference_candidates(doc, region, lex):
    """Every word token of the region where WordIndex.may_match holds (the loop the scan replaces)."""
    from arabnews.lang.ar import fold

    tokens = [t for t in doc.tokens_between(region.start, region.end) if t.kind == "word"]
    return [t.start for t in tokens
            if lex.trigger_index.may_match(fold(t.norm)) or lex.casualty_index.may_match(fold(t.norm))]


def test_trigger_scan_finds_every_candidate_token():
    from pathlib import Path

    from arabnews.extract.events.stage import EventExtractor
    from arabnews.lang.ar import fold

    lex = lexicon()
    extractor = EventExtractor(lex)
    sample = (Path(__file__).parent / "golden" / "ant_sample.txt").read_text(encoding="utf-8")
    # a Latin letter takes the Arabic mark after it ("aؕ"): the word token starts after the mark
    tricky = "a\u0615قتل 5 أشخاص وa\u0615\u0615الاشتباكات #قصف http://x.y/قصف «اعتقلت»"
    nlp = Pipeline(["article"])
    for text in (*sample.split("\n\n"), tricky):
        doc = nlp(text)
        for region in doc.extraction_regions():
            seqs = extractor._candidates(doc, region)
            found = [seq[0].start for seq in seqs]
            reference = _reference_candidates(doc, region, lex)
            assert set(reference) <= set(found) and found == sorted(found)
            for seq in seqs:  # a few more tokens may be tried: no trigger or casualty form starts there
                if seq[0].start not in reference:
                    words = [fold(t.norm) for t in seq]
                    assert lex.trigger_index.match(words, 0) is None and lex.casualty_index.match(words, 0) is None
    doc = nlp(tricky)
    assert [doc.text[s.start:s.end] for seq in extractor._candidates(doc, doc.regions[0]) for s in seq[:1]] == \
        ["قتل", "الاشتباكات", "اعتقلت"]


def test_trigger_search_reads_the_same_words_from_the_token_columns(monkeypatch) -> None:
    import arabnews.text.tokenize as tokenize_module
    from arabnews.extract.events.stage import _words

    text = "قُتل 7 أشخاص في حلبَ أمس. وقال د. أحمد: «الـ 46 عنصراً وصلوا»\nأصيب 3 مدنيين بجروح #سوريا"
    doc = Pipeline([]).make_doc(text)
    region = doc.extraction_regions()[0]
    tokens = _words(doc, region)  # an article's Token objects
    monkeypatch.setattr(tokenize_module, "_TOKENS_KEPT", 0)  # as in a document longer than is kept
    words = _words(doc, region)
    assert [(w.norm, w.nstart, w.start, w.end) for w in words] == [(t.norm, t.nstart, t.start, t.end) for t in tokens]
    assert [w.norm for w in words][:4] == ["قتل", "اشخاص", "في", "حلب"] and type(words[0]).__name__ == "_Word"


@pytest.mark.parametrize(("text", "trigger", "place"), [
    # the seed: the slogan "liberating Jerusalem" in brackets is no place of the battles
    ('وتشارك ميليشيا "لواء القدس"، الفلسطيني، (التي ترفع شعارات تحرير القدس) إلى جانب ميليشيا أسد في معظم '
     'المعارك التي تخوضها منذ عام 2012', "المعارك", None),
    ("وقالت الوزارة (ومقرها دمشق) إن اشتباكات عنيفة اندلعت في ريف حلب", "اشتباكات", "حلب"),
    # a place in the same brackets as the trigger is its place
    ("قتل خمسة مدنيين أمس (في قصف على مدينة إدلب)", "قصف", "إدلب"),
])
def test_a_place_in_an_aside_is_not_the_event_place(nlp, text, trigger, place):
    _, found = events(nlp, text)
    [event] = [e for e in found if e.text == trigger]
    assert (event.location or {}).get("text") == place


@pytest.mark.parametrize(("text", "trigger", "negated"), [
    ("نفت الشرطة أن تكون قد اعتقلت أي متظاهر", "اعتقلت", True),
    ("ونفى الجيش أنه قصف المدينة", "قصف", True),
    ("نفت وزارة الدفاع الروسية أن تكون طائراتها قد قصفت المستشفى", "قصفت", True),
    ("نفى المتحدث ذلك، وقال إن الطائرات قصفت المدينة", "قصفت", False),  # another clause asserts it
    ("اعتقلت الشرطة متظاهرين", "اعتقلت", False),
])
def test_a_denial_with_that_negates_the_event(nlp, text, trigger, negated):
    _, found = events(nlp, text)
    [event] = [e for e in found if e.text == trigger]
    assert event.negated is negated


@pytest.mark.parametrize(("text", "protest"), [
    # in Maghrebi news "تظاهرة" is as often a festival or a campaign: a protest only with a protest cue
    ("لقاء بين وزيرة الثقافة ومدير عام الألكسو حول تظاهرة صفاقس عاصمة للثقافة العربية", False),
    ("وأوضحت أن تنظيم هذه التظاهرة يهدف بالأساس إلى توعية مرضى السكري بضرورة الكشف المبكر", False),
    ("انطلاق تظاهرة الأميرة الصغيرة للمدينة العتيقة بسوسة", False),
    ("نظم المئات تظاهرة احتجاجية أمام مقر الولاية للمطالبة بالتشغيل", True),
    ("وأوضحت المواطنة أن تظاهرات كبيرة جابت شوارع الولايات الأمريكية مناهضة لهذا القرار", True),
    ("خرج الآلاف في تظاهرة ضد الحكومة في العاصمة", True),
    # the verb stays a protest without a cue
    ("تظاهر الآلاف في العاصمة أمس", True),
])
def test_tazahura_is_a_protest_only_with_a_protest_cue(text: str, protest: bool) -> None:
    events = [e for e in arabnews.analyze(text).to_dict()["events"] if "تظاهر" in e["text"]]
    assert bool(events) == protest
    assert all(e["type"] == "protests" for e in events)


def _plain_view(doc, view):
    """The sentence's words and clauses as SentenceView made them token by token (the plain path)."""
    from arabnews.extract.events.arguments import CLAUSE_PUNCT, CONNECTOR_PAIRS, CONNECTORS
    from arabnews.extract.events.triggers import word_set
    from arabnews.lang.ar import fold

    AGENT_NOUNS = word_set("agent_after_min")

    tokens = list(doc.tokens_between(view.start, view.end))
    words = [fold(t.norm) for t in tokens]
    n = len(tokens)
    opens = [False] * n
    result_clauses: set[int] = set()
    result_tokens: set[int] = set()
    for m in view.lex.result_re.pattern.finditer(doc.folded, view.nstart, view.nend):
        k = view.token_at(doc.to_original(*m.span("w"))[0])
        if k is not None:
            opens[k] = True
            result_tokens.add(k)
    for k in range(n):
        w = words[k]
        bare = w[1:] if len(w) > 2 and w[0] in "وف" else w
        agent = k > 0 and words[k - 1] == "من" and w in AGENT_NOUNS  # "من قبل": an agent marker, no clause
        if not agent and (bare in CONNECTORS or w in CONNECTORS):
            opens[k] = True
        if not agent and k + 1 < n and (bare, words[k + 1]) in CONNECTOR_PAIRS:
            opens[k] = True
        if k > 0 and tokens[k - 1].kind == "punct" and tokens[k - 1].text in CLAUSE_PUNCT:
            opens[k] = True
    clause, cid = [], 0
    for k in range(n):
        if k and opens[k]:
            cid += 1
        if k in result_tokens or (k and opens[k] is False and cid in result_clauses):
            result_clauses.add(cid)
        clause.append(cid)
    if n and 0 in result_tokens:
        result_clauses.add(0)
    return tokens, words, clause, result_clauses


def test_sentence_view_is_the_token_by_token_reading(nlp, seed):
    """SentenceView slices its folded words from the token columns, reads only the words that may open a
    clause, and counts clauses without a loop when no result cue is there: the words, clauses and result
    clauses of the token-by-token reading, on the sample and seed articles and on connector sentences."""
    from pathlib import Path

    from arabnews.extract.events.arguments import SentenceView

    sample = (Path(__file__).parent / "golden" / "ant_sample.txt").read_text(encoding="utf-8").splitlines()
    extra = ["قصفت الطائرات حلب، ما أسفر عن مقتل 5 وإصابة 3، فيما اشتبكت القوات في حين انسحب المسلحون.",
             "وأسفر القصف عن دمار؛ بعد أن قتل 3 وقبل أن يصل الجيش: ثم انفجرت عبوة بينما كان الناس في وقت الذروة.",
             "أسفر الهجوم عن مقتل جندي", "فبينما كانت القوات تتقدم، وإذ بالانفجار يقع، إلا أن أحدا لم يصب",
             "،،", "وفيما"]
    docs = [seed] + [nlp(t, reference_date=REF) for t in sample + extra if t.strip()]
    lex = lexicon()
    read = with_results = opened = 0
    for doc in docs:
        for i, s in enumerate(doc.sentences):
            view = SentenceView(doc, i, s.start, s.end, lex)
            tokens, words, clause, result_clauses = _plain_view(doc, view)
            assert view.tokens == tokens and view.words == words
            assert view.clause == clause and view.result_clauses == result_clauses
            read += 1
            with_results += bool(result_clauses)
            opened += bool(clause and clause[-1])
    assert read > 100 and with_results >= 3 and opened > 30


def test_places_are_read_once_per_sentence_as_the_plain_reading(nlp, seed):
    """A sentence's places are read for its first event and kept: a second read is the same list, equal
    to a fresh reading; the town heads are found as the plain first-of (w, w[1:], w[2:]) rule has them."""
    from pathlib import Path

    from arabnews.extract.events.arguments import (
        _TOWN_HEADS,
        PLACE_HEADS,
        LayerIndex,
        SentenceView,
        _places,
        _read_places,
        doc_places,
    )

    sample = (Path(__file__).parent / "golden" / "ant_sample.txt").read_text(encoding="utf-8").splitlines()
    extra = ["قصفت الطائرات حي الميدان بمدينة حلب وقرية كفرنبل في ريف إدلب", "وفي بلدة معرة النعمان وبحي الشعار"]
    lex = lexicon()
    found = heads = 0
    for doc in [seed] + [nlp(t, reference_date=REF) for t in sample + extra if t.strip()]:
        layers = LayerIndex.of(doc)
        names = doc_places(doc, layers)
        for i, s in enumerate(doc.sentences):
            view = SentenceView(doc, i, s.start, s.end, lex)
            first = _places(view, layers, names)
            assert _places(view, layers, names) is first and first == _read_places(view, layers, names)
            assert _places(view, layers, {}) == _read_places(view, layers, {})  # other names: read again
            found += len(first)
            for w in view.words:
                plain = next((h for h in (w, w[1:], w[2:]) if h in PLACE_HEADS and PLACE_HEADS[h] >= 3), None)
                fast = (w if w in _TOWN_HEADS else w[1:] if w[1:] in _TOWN_HEADS else w[2:]) \
                    if w in _TOWN_HEADS or w[1:] in _TOWN_HEADS or w[2:] in _TOWN_HEADS else None
                assert fast == plain
                heads += plain is not None
    assert found > 50 and heads > 10


def test_a_long_documents_places_read_only_the_names_that_can_be_there(nlp):
    """With many names, a sentence searches only the article's names whose opening letters are a run
    of its letters (whole or after و/ب/ل): the places are those of searching every name, and names
    written with a proclitic, a hyphen or digits are found as before."""
    from pathlib import Path

    from arabnews.extract.events.arguments import (
        _FEW_NAMES,
        LayerIndex,
        PlaceNames,
        SentenceView,
        _read_places,
        doc_places,
    )

    sample = (Path(__file__).parent / "golden" / "ant_sample.txt").read_text(encoding="utf-8").splitlines()
    extra = "قصف الطيران وبحلب ولدير-الزور وبـ2020 مدينة 6 أكتوبر ثم حلب. وقتل 3 في 6 أكتوبر وبحمص ولمدينة إدلب."
    doc = nlp("\n\n".join([*sample, extra]), reference_date=REF)
    layers = LayerIndex.of(doc)
    names = doc_places(doc, layers)
    names.update({"دير-الزور": None, "6 اكتوبر": None, "2020": None})  # a hyphen, a digit first, digits only
    assert isinstance(names, PlaceNames) and len(names) > 2 * _FEW_NAMES
    plain = dict(names)  # not a PlaceNames: every name is searched
    lex = lexicon()
    found = 0
    for i, s in enumerate(doc.sentences):
        view = SentenceView(doc, i, s.start, s.end, lex)
        fast = _read_places(view, layers, names)
        assert fast == _read_places(view, layers, plain)
        found += sum(p.layer == "text" for p in fast)
    assert found >= 5


@pytest.mark.parametrize(("text", "trigger", "place"), [
    # a place head with the article is an adjective ("الشرطة البلدية"), not the head of a place's name
    ("وأكد الناطق الرسمي باسم موظفي الشرطة البلدية منتصر بربيرو مداهمة مستودع للمواد الغذائية صباح اليوم.",
     "مداهمة", None),
    ("ونفذت قوات الأمن مداهمات في المدينة العتيقة وسط العاصمة.", "مداهمات", None),
    ("نفذ أعوان الشرطة البلدية حملة مداهمة في بلدية قليبية صباح اليوم.", "مداهمة", "قليبية"),
    ("وقتل شاب برصاص مجهولين في حي الزهور بمدينة القصرين.", "قتل", "الزهور"),
])
def test_a_definite_head_names_no_place(nlp, text, trigger, place):
    _, found = events(nlp, text)
    match = [e for e in found if e.text == trigger]
    assert len(match) == 1, [(e.text, e.type) for e in found]
    loc = match[0].location
    assert (loc["text"] if loc else None) == place
