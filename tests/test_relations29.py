"""Session 29: relations between groups in pan-Arab wire wording (Syria, Iraq, Yemen, Libya, Sudan, Palestine).

Merging into a third group (`member_of` of each subject), an agreement reached or signed by two sides (a truce, a peace
or a reconciliation is between belligerents: `fights`; another agreement `ally`), a reconciliation noun before "بين",
the accused state as the backer after a verb of accusation ("تتهم الحكومة اليمنية إيران بتسليح جماعة الحوثي"),
an adverbial backer after a verb's object describing its subject ("تقاتل قسد تنظيم داعش بدعم من التحالف الدولي"),
a coalition's relative clause of what it is made of ("جيش الفتح الذي يضم جبهة النصرة وحركة أحرار الشام"), and cues:
"تحالفا بين", "العمود الفقري ل", "تتبع X لـY"."""

from __future__ import annotations

import pytest

from group_cases import relations

MERGE = [
    # merged into a third group: each subject a member of it; merged with the second: allies; no group: none
    ('واندمجت فصائل جبهة فتح الشام وحركة نور الدين الزنكي في هيئة تحرير الشام مطلع العام الجاري.',
     [
      ('member_of', 'jabhat-al-nusra', 'hayat-tahrir-al-sham',
       'اندمجت فصائل جبهة فتح الشام وحركة نور الدين الزنكي في هيئة تحرير الشام'),
      ('member_of', 'nour-al-din-al-zenki', 'hayat-tahrir-al-sham',
       'اندمجت فصائل جبهة فتح الشام وحركة نور الدين الزنكي في هيئة تحرير الشام'),
     ]),
    ('واندمج جيش الإسلام وفيلق الرحمن في الجبهة الوطنية للتحرير.',
     [
      ('member_of', 'jaysh-al-islam', 'national-front-for-liberation',
       'اندمج جيش الإسلام وفيلق الرحمن في الجبهة الوطنية للتحرير'),
      ('member_of', 'faylaq-al-rahman', 'national-front-for-liberation',
       'اندمج جيش الإسلام وفيلق الرحمن في الجبهة الوطنية للتحرير'),
     ]),
    ('واندمجت حركة صقور الشام في حركة أحرار الشام عام 2015.',
     [('member_of', 'suqour-al-sham', 'ahrar-al-sham', 'اندمجت حركة صقور الشام في حركة أحرار الشام')]),
    ('واندمج جيش المجاهدين وحركة حزم في الجبهة الشامية.',
     [
      ('member_of', 'jaysh-al-mujahideen', 'levant-front', 'اندمج جيش المجاهدين وحركة حزم في الجبهة الشامية'),
      ('member_of', 'harakat-hazm', 'levant-front', 'اندمج جيش المجاهدين وحركة حزم في الجبهة الشامية'),
     ]),
    ('واندمجت حركة أحرار الشام مع صقور الشام قبل عامين.',
     [('ally', 'ahrar-al-sham', 'suqour-al-sham', 'اندمجت حركة أحرار الشام مع صقور الشام')]),
    ('واندمجت الفصائل في غرفة عمليات واحدة.',
     []),
]

AGREEMENT = [
    # an agreement reached or signed by two sides: a truce, a peace or a reconciliation between belligerents (fights,
    # the second side may be a state), another agreement an alliance; "وقعت اشتباكات" is still a clash
    ('وتوصلت حركة حماس وإسرائيل إلى اتفاق لوقف إطلاق النار بوساطة مصرية.',
     [('fights', 'hamas', 'israeli-government', 'توصلت حركة حماس وإسرائيل')]),
    ('وتوصلت حماس وإسرائيل إلى هدنة إنسانية لمدة أربعة أيام.',
     [('fights', 'hamas', 'israeli-government', 'توصلت حماس وإسرائيل')]),
    ('وتوصلت إسرائيل وحزب الله إلى اتفاق لوقف إطلاق النار برعاية أمريكية.',
     [('fights', 'israeli-government', 'hezbollah', 'توصلت إسرائيل وحزب الله')]),
    ('وتوصل الجيش السوداني وقوات الدعم السريع إلى اتفاق لوقف إطلاق النار في جدة.',
     [('fights', 'sudanese-armed-forces', 'rapid-support-forces', 'توصل الجيش السوداني وقوات الدعم السريع')]),
    ('ووقعت حركتا فتح وحماس على اتفاق المصالحة في القاهرة.',
     [('fights', 'fatah', 'hamas', 'وقعت حركتا فتح وحماس')]),
    ('وتوصلت حركتا فتح وحماس إلى اتفاق مصالحة جديد في الجزائر.',
     [('fights', 'fatah', 'hamas', 'توصلت حركتا فتح وحماس')]),
    ('وأبرمت حركة فتح وحركة حماس اتفاقا للمصالحة برعاية مصرية.',
     [('fights', 'fatah', 'hamas', 'أبرمت حركة فتح وحركة حماس')]),
    ('ووقعت الحكومة السودانية وحركة العدل والمساواة اتفاق سلام في الدوحة.',
     [('fights', 'sudanese-government', 'jem', 'وقعت الحكومة السودانية وحركة العدل والمساواة')]),
    ('وتوصلت حركة النهضة وحركة نداء تونس إلى اتفاق حول تشكيل الحكومة.',
     [('ally', 'ennahda', 'nidaa-tounes', 'توصلت حركة النهضة وحركة نداء تونس')]),
    ('ووقعت حركة فتح مع حركة حماس على ورقة تفاهم في القاهرة.',
     [('ally', 'fatah', 'hamas', 'وقعت حركة فتح مع حركة حماس')]),
    ('ووقعت اشتباكات بين قوات سوريا الديمقراطية وفصائل الجيش الوطني السوري في منبج.',
     [
      ('fights', 'syrian-democratic-forces', 'syrian-national-army',
       'اشتباكات بين قوات سوريا الديمقراطية وفصائل الجيش الوطني السوري'),
     ]),
]

NOAGREEMENT = [
    # denied, negated, a state and a group with "مع" after the object, "وقع" (fell) with no agreement
    ('ونفت حركة حماس توصلها إلى اتفاق مع إسرائيل.',
     []),
    ('وقالت حركة حماس إنها لم توقع أي اتفاق مع حركة فتح.',
     []),
    ('ووقعت الحكومة السورية اتفاقا مع روسيا لتوسيع قاعدة حميميم.',
     []),
    ('ووقع الجيش السوداني وقوات الدعم السريع في خطأ استراتيجي.',
     []),
]

RECONCILE = [
    # a reconciliation noun before "بين": fights, but none between two parties (politics)
    ('ورعت القاهرة اتفاق المصالحة بين حركتي فتح وحماس عام 2017.',
     [('fights', 'fatah', 'hamas', 'اتفاق المصالحة بين حركتي فتح وحماس')]),
    ('وأعلنت حركة النهضة وحركة نداء تونس المصالحة بينهما.',
     []),
    ('ودعا الرئيس إلى المصالحة بين حركة النهضة وحركة نداء تونس.',
     []),
]

ACCUSED = [
    # the accused state backs the group after the verbal noun, never the accuser; an accused with no registry id: none
    ('واتهمت الحكومة السودانية الإمارات بتسليح قوات الدعم السريع.',
     [('backed_by', 'rapid-support-forces', 'uae-government', 'الإمارات بتسليح قوات الدعم السريع')]),
    ('وتتهم الحكومة اليمنية إيران بتسليح جماعة الحوثي.',
     [('backed_by', 'houthis', 'iranian-government', 'إيران بتسليح جماعة الحوثي')]),
    ('ويتهم الجيش السوداني الإمارات بدعم قوات الدعم السريع بالسلاح.',
     [('backed_by', 'rapid-support-forces', 'uae-government', 'الإمارات بدعم قوات الدعم السريع')]),
    ('وتتهم الحكومة العراقية تركيا بدعم حزب العمال الكردستاني.',
     [('backed_by', 'pkk', 'turkish-government', 'تركيا بدعم حزب العمال الكردستاني')]),
    ('وتتهم واشنطن إيران بتزويد الحوثيين بالصواريخ والطائرات المسيرة.',
     [('backed_by', 'houthis', 'iranian-government', 'إيران بتزويد الحوثيين')]),
    ('ويتهم التحالف العربي إيران بتزويد جماعة الحوثي بالصواريخ الباليستية.',
     [('backed_by', 'houthis', 'iranian-government', 'إيران بتزويد جماعة الحوثي')]),
    ('واتهم الجيش السوداني تشاد بتسهيل تسليح قوات الدعم السريع.',
     []),
    ('وتتهم الحكومة اليمنية الحوثيين بتلقي دعم من إيران.',
     [('backed_by', 'houthis', 'iranian-government', 'الحوثيين بتلقي دعم من إيران')]),
]

ADVERBIAL = [
    # "بدعم من", "بإسناد من", "بمساندة" after a verb's object describe its subject
    ('وتقاتل قوات سوريا الديمقراطية تنظيم داعش في ريف دير الزور بدعم من التحالف الدولي.',
     [
      ('fights', 'syrian-democratic-forces', 'isis', 'تقاتل قوات سوريا الديمقراطية تنظيم داعش'),
      ('backed_by', 'syrian-democratic-forces', 'international-coalition',
       'قوات سوريا الديمقراطية تنظيم داعش في ريف دير الزور بدعم من التحالف الدولي'),
     ]),
    ('وتقاتل قوات حكومة الوفاق تنظيم داعش في سرت بإسناد من الطيران الأمريكي.',
     [
      ('fights', 'gna-forces', 'isis', 'تقاتل قوات حكومة الوفاق تنظيم داعش'),
      ('backed_by', 'gna-forces', 'us-forces', 'قوات حكومة الوفاق تنظيم داعش في سرت بإسناد من الطيران الأمريكي'),
     ]),
    ('وهاجمت قوات النظام السوري مواقع لفصائل المعارضة بمساندة الطيران الروسي.',
     [
      ('fights', 'syrian-government-forces', 'syrian-opposition-factions',
       'هاجمت قوات النظام السوري مواقع لفصائل المعارضة'),
      ('ally', 'syrian-government-forces', 'russian-forces',
       'قوات النظام السوري مواقع لفصائل المعارضة بمساندة الطيران الروسي'),
     ]),
    ('وتقاتل القوة المشتركة للحركات المسلحة قوات الدعم السريع في الفاشر بدعم من الجيش السوداني.',
     [
      ('fights', 'darfur-joint-force', 'rapid-support-forces',
       'تقاتل القوة المشتركة للحركات المسلحة قوات الدعم السريع'),
      ('backed_by', 'darfur-joint-force', 'sudanese-armed-forces',
       'القوة المشتركة للحركات المسلحة قوات الدعم السريع في الفاشر بدعم من الجيش السوداني'),
     ]),
    ('وتشن قوات سوريا الديمقراطية، بدعم من التحالف الدولي، هجوما على آخر معاقل تنظيم داعش.',
     [
      ('backed_by', 'syrian-democratic-forces', 'international-coalition',
       'قوات سوريا الديمقراطية، بدعم من التحالف الدولي'),
     ]),
    ('وقال الجيش العراقي إن قواته بمساندة الحشد الشعبي استعادت السيطرة على قضاء تلعفر من تنظيم داعش.',
     [
      ('ally', 'iraqi-security-forces', 'popular-mobilization-forces', 'الجيش العراقي إن قواته بمساندة الحشد الشعبي'),
      ('fights', 'iraqi-security-forces', 'isis',
       'الجيش العراقي إن قواته بمساندة الحشد الشعبي استعادت السيطرة على قضاء تلعفر من تنظيم داعش'),
     ]),
    ('واستعادت القوات العراقية بمساندة طيران التحالف الدولي مدينة الرمادي من تنظيم داعش.',
     [
      ('fights', 'iraqi-security-forces', 'isis',
       'استعادت القوات العراقية بمساندة طيران التحالف الدولي مدينة الرمادي من تنظيم داعش'),
      ('ally', 'iraqi-security-forces', 'international-coalition', 'القوات العراقية بمساندة طيران التحالف الدولي'),
     ]),
]

CUES = [
    # an accusative alliance noun, a coalition's backbone, the verb of "التابع ل" before its subject (a group only)
    ('وقالت مصادر إن تحالفا بين حركة أحرار الشام وجبهة النصرة سيطر على مدينة جسر الشغور.',
     [('ally', 'ahrar-al-sham', 'jabhat-al-nusra', 'تحالفا بين حركة أحرار الشام وجبهة النصرة')]),
    ('وتعتبر وحدات حماية الشعب الكردية العمود الفقري لقوات سوريا الديمقراطية.',
     [
      ('member_of', 'ypg', 'syrian-democratic-forces',
       'وحدات حماية الشعب الكردية العمود الفقري لقوات سوريا الديمقراطية'),
     ]),
    ('وتتبع كتيبة طارق بن زياد للجيش الوطني الليبي.',
     [('member_of', 'tariq-bin-ziyad-brigade', 'libyan-national-army', 'تتبع كتيبة طارق بن زياد للجيش الوطني الليبي')]),
    ('وتتبع كتيبة سبل السلام للقيادة العامة للجيش الوطني الليبي.',
     [
      ('member_of', 'subul-al-salam-brigade', 'libyan-national-army',
       'تتبع كتيبة سبل السلام للقيادة العامة للجيش الوطني الليبي'),
     ]),
    ('وانضم لواء المعتصم لهيئة تحرير الشام.',
     [('member_of', 'mutasim-division', 'hayat-tahrir-al-sham', 'انضم لواء المعتصم لهيئة تحرير الشام')]),
    ('وكانت حركة نور الدين الزنكي تنضوي ضمن الجبهة الشامية قبل أن تنشق عنها.',
     [('member_of', 'nour-al-din-al-zenki', 'levant-front', 'حركة نور الدين الزنكي تنضوي ضمن الجبهة الشامية'),
      ('split_from', 'nour-al-din-al-zenki', 'levant-front',
       'حركة نور الدين الزنكي تنضوي ضمن الجبهة الشامية قبل أن تنشق عنها')]),
    ('وتتبع قوات الأمن التونسية لوزارة الداخلية.',
     []),
]

NONE = [
    # two groups side by side with no relation; a relation denied or refused
    ('والتقى وفد من حركة حماس بوفد من حركة الجهاد الإسلامي في القاهرة.',
     []),
    ('وشارك ممثلون عن حركة فتح وحركة حماس في الاجتماع.',
     []),
    ('ونفى حزب الله أي صلة بجماعة الحوثي.',
     []),
    ('ونفت حركة حماس أي علاقة لها بتنظيم داعش في سيناء.',
     []),
    ('وقال المتحدث باسم حماس إن الحركة ترفض التحالف مع حركة فتح في الانتخابات.',
     []),
]

COMPOSE = [
    # a coalition and what it is made of: each group of the list a member of it; not a count, not its men, not a cabinet
    ('وسيطر جيش الفتح الذي يضم جبهة النصرة وحركة أحرار الشام على مدينة إدلب.',
     [('member_of', 'jabhat-al-nusra', 'jaysh-al-fatah', 'جيش الفتح الذي يضم جبهة النصرة'),
      ('member_of', 'ahrar-al-sham', 'jaysh-al-fatah', 'جيش الفتح الذي يضم جبهة النصرة وحركة أحرار الشام')]),
    ('وتسيطر هيئة تحرير الشام التي تضم فصائل أبرزها جبهة فتح الشام على معظم إدلب.',
     [('member_of', 'jabhat-al-nusra', 'hayat-tahrir-al-sham',
       'هيئة تحرير الشام التي تضم فصائل أبرزها جبهة فتح الشام')]),
    ('وتقاتل قوات سوريا الديمقراطية التي تضم وحدات حماية الشعب الكردية ومقاتلين عربا تنظيم داعش.',
     [('member_of', 'ypg', 'syrian-democratic-forces',
       'قوات سوريا الديمقراطية التي تضم وحدات حماية الشعب الكردية')]),
    ('وأعلنت الجبهة الشعبية التي تضم 11 حزبا رفضها للقانون.',
     []),
    ('وشكلت الحكومة التي تضم حركة النهضة وحركة نداء تونس لجنة.',
     []),
    ('وهاجم تنظيم داعش مواقع للجيش العراقي الذي يضم عناصر من الحشد الشعبي.',
     [('fights', 'isis', 'iraqi-security-forces', 'هاجم تنظيم داعش مواقع للجيش العراقي')]),
]


@pytest.mark.parametrize(("text", "expected"), MERGE + AGREEMENT + NOAGREEMENT + RECONCILE + ACCUSED + ADVERBIAL
                         + CUES + COMPOSE + NONE)
def test_relations29(nlp, text: str, expected: list) -> None:
    assert relations(nlp, text) == expected
