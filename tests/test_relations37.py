"""Session 37: a group's members counted, killed or captured by another group, and a subject with its place.

- A count between an attack verb's subject and the other group's members ("واعتقلت قوات الحشد الشعبي 87 عنصرا من
  تنظيم داعش", "خمسة مسلحين", "٨٧ عنصرا", "العشرات من عناصر"): a number of the numbers layer, or digits, is skipped;
  the members' singular accusative, dual and plural are targets.
- Verbs of killing (`kill_verbs`: قتلت، قتل، يقتل…) are read only with the killer right after the verb and the killed
  counted as members of the other group: "قتل" is as often passive ("قتل 20 عنصرا من تنظيم داعش") and civilians are
  no group's.
- A place named right after the subject with ب or في ("قوات المجلس العسكري بصبراتة", "قوات الجيش الليبي في بنغازي")
  is skipped before the object.
- A written agreement or understanding between two groups ("اتفاقية", "مذكرة تفاهم", "التفاهمات" بين): `ally`, and
  between belligerents `fights`, as "اتفاق" already was.
The first three sentences are from ANT (1581, 1609); before this session none of the POSITIVE ones gave a relation.
"""

from __future__ import annotations

import pytest

from group_cases import relations

POSITIVE = [
    ('هاجمت قوات المجلس العسكري بصبراتة مساء اليوم الثلاثاء ، مقرات لتنظيم الدولة "داعش" في المدينة.',
     [('fights', 'disc-68cf6464ffa7', 'isis',
       'هاجمت قوات المجلس العسكري بصبراتة مساء اليوم الثلاثاء ، مقرات لتنظيم الدولة')]),
    ('واعتقلت قوات الحشد الشعبي87 عنصرا من تنظيم"داعش"، مسؤولين عن مجزرة السجناء.',
     [('fights', 'popular-mobilization-forces', 'isis', 'اعتقلت قوات الحشد الشعبي87 عنصرا من تنظيم"داعش')]),
    ('واعتقلت قوات الحشد الشعبي ٨٧ عنصرا من تنظيم "داعش" في الموصل.',
     [('fights', 'popular-mobilization-forces', 'isis', 'اعتقلت قوات الحشد الشعبي ٨٧ عنصرا من تنظيم "داعش')]),
    ('وقتلت القوات العراقية خمسة مسلحين من تنظيم داعش في الموصل.',
     [('fights', 'iraqi-security-forces', 'isis', 'قتلت القوات العراقية خمسة مسلحين من تنظيم داعش')]),
    ('قتلت حركة الشباب ثلاثة جنود من الجيش الصومالي في هجوم على قاعدة.',
     [('fights', 'al-shabaab', 'somali-national-army', 'قتلت حركة الشباب ثلاثة جنود من الجيش الصومالي')]),
    ('وقتل الجيش المصري 12 إرهابيا من أنصار بيت المقدس في سيناء.',
     [('fights', 'egyptian-armed-forces', 'wilayat-sinai', 'قتل الجيش المصري 12 إرهابيا من أنصار بيت المقدس')]),
    ('قتل مقاتلو حركة الشباب جنديين من الجيش الصومالي.',
     [('fights', 'al-shabaab', 'somali-national-army', 'قتل مقاتلو حركة الشباب جنديين من الجيش الصومالي')]),
    ('وأسرت قوات سوريا الديمقراطية عشرات من مقاتلي تنظيم داعش قرب الرقة.',
     [('fights', 'syrian-democratic-forces', 'isis', 'أسرت قوات سوريا الديمقراطية عشرات من مقاتلي تنظيم داعش')]),
    ('وقال إن الجيش الليبي اعتقل 12 عنصرا من تنظيم أنصار الشريعة في بنغازي.',
     [('fights', 'state-forces-ly', 'ansar-al-sharia-libya', 'الجيش الليبي اعتقل 12 عنصرا من تنظيم أنصار الشريعة')]),
    ('وقتلت وحدات حماية الشعب العشرات من عناصر تنظيم داعش.',
     [('fights', 'ypg', 'isis', 'قتلت وحدات حماية الشعب العشرات من عناصر تنظيم داعش')]),
    ('داهمت قوات الجيش الليبي في بنغازي مواقع لتنظيم داعش.',
     [('fights', 'state-forces-ly', 'isis', 'داهمت قوات الجيش الليبي في بنغازي مواقع لتنظيم داعش')]),
    ('ويقتل الحوثيون يوميا عناصر من الجيش اليمني.',
     [('fights', 'houthis', 'yemeni-government-forces', 'يقتل الحوثيون يوميا عناصر من الجيش اليمني')]),
]

AGREEMENTS = [
    ('اتفاقية بين نداء تونس والحزب الشيوعي الصيني أكدت اليوم الاثنين النائبة',  # ANT 7446
     [('ally', 'nidaa-tounes', 'chinese-communist-party', 'اتفاقية بين نداء تونس والحزب الشيوعي الصيني')]),
    ('الاتفاقية بين حركة النهضة وحركة نداء تونس',
     [('ally', 'ennahda', 'nidaa-tounes', 'الاتفاقية بين حركة النهضة وحركة نداء تونس')]),
    ('التفاهمات بين حزب الله وحركة أمل',
     [('ally', 'hezbollah', 'amal-movement', 'التفاهمات بين حزب الله وحركة أمل')]),
    ('وقعت مذكرة تفاهم بين حركة فتح وحركة حماس',
     [('ally', 'fatah', 'hamas', 'مذكرة تفاهم بين حركة فتح وحركة حماس')]),
    ('اتفاقية بين الحكومة اليمنية وجماعة الحوثي',  # belligerents
     [('fights', 'yemeni-government', 'houthis', 'اتفاقية بين الحكومة اليمنية وجماعة الحوثي')]),
]

NEGATIVE = [
    'قتل 20 عنصرا من تنظيم داعش في المعارك.',  # passive: the group is the victims'
    'قتل مسلحون من داعش وجنود من الجيش العراقي في اشتباكات.',  # passive, two groups' dead
    'قتلت حركة الشباب ثلاثة مدنيين في مقديشو.',  # civilians are no group
    'وقتل خمسة جنود من الجيش العراقي.',
    'قتل قيادي في حركة الشباب.',
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE + AGREEMENTS)
def test_members_counted_killed_or_captured(nlp, text: str, expected: list) -> None:
    assert relations(nlp, text) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_killer_no_relation(nlp, text: str) -> None:
    assert relations(nlp, text) == []
