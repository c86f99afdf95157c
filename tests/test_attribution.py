"""The attribution stage (the ``quotes`` layer): table-driven sentences in the forms of real news
(ANT v1.1, Syrian and Tunisian outlets), sentences with no attribution, the seed article, the record
shape, the corpus helper and robustness."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import arabnews
from arabnews import Document
from arabnews.extract.attribution import QuoteSpan, lexicon, make_stage, sources_frame
from arabnews.extract.attribution.cues import participle_forms, past_forms, present_forms
from arabnews.pipeline import DEFAULT_STAGES, stage_info

# (sentence, [(kind, content, cue, lemma, source, source_type), ...]) in text order.
CLAIMS = [
    ('وأوضح ذات المصدر: أنه سيتم تجديد كامل المعدات.',
     [('indirect', 'أنه سيتم تجديد كامل المعدات', 'أوضح', 'أوضح', 'ذات المصدر', 'anonymous')]),
    ('وقال المتحدث باسم الجيش إن القصف استهدف مواقع المسلحين.',
     [('indirect', 'إن القصف استهدف مواقع المسلحين', 'قال', 'قال', 'المتحدث باسم الجيش', 'person')]),
    ('الجيش قال إن القصف استهدف مواقع المسلحين.',
     [('indirect', 'إن القصف استهدف مواقع المسلحين', 'قال', 'قال', 'الجيش', 'organisation')]),
    ('وذكرت صفحات موالية أن الميليشيا تستعد لتشييع جثامين عناصرها.',
     [('indirect', 'أن الميليشيا تستعد لتشييع جثامين عناصرها', 'ذكرت', 'ذكر', 'صفحات موالية', 'anonymous')]),
    ('وأفادت مصادر محلية بأن الاشتباكات تجددت في ريف حلب.',
     [('indirect', 'بأن الاشتباكات تجددت في ريف حلب', 'أفادت', 'أفاد', 'مصادر محلية', 'anonymous')]),
    ('وقال ناشطون إن الطيران الحربي قصف القرية.',
     [('indirect', 'إن الطيران الحربي قصف القرية', 'قال', 'قال', 'ناشطون', 'anonymous')]),
    ('وأكد المرصد السوري لحقوق الإنسان أن 12 مدنيا قتلوا في القصف.',
     [('indirect', 'أن 12 مدنيا قتلوا في القصف', 'أكد', 'أكد', 'المرصد السوري لحقوق الإنسان', 'organisation')]),
    ('وأشار الوزير إلى أن الحكومة تتابع الوضع عن كثب.',
     [('indirect', 'أن الحكومة تتابع الوضع عن كثب', 'أشار', 'أشار', 'الوزير', 'person')]),
    ('وحذر الخبراء من أن الأزمة قد تتفاقم.',
     [('indirect', 'أن الأزمة قد تتفاقم', 'حذر', 'حذر', 'الخبراء', 'anonymous')]),
    ('ونفت وزارة الداخلية أن تكون قواتها قد أطلقت النار على المتظاهرين.',
     [('indirect', 'أن تكون قواتها قد أطلقت النار على المتظاهرين', 'نفت', 'نفى', 'وزارة الداخلية', 'organisation')]),
    ('وأعلنت هيئة تحرير الشام أن مقاتليها سيطروا على التلة.',
     [('indirect', 'أن مقاتليها سيطروا على التلة', 'أعلنت', 'أعلن', 'هيئة تحرير الشام', 'group')]),
    ('وقالت وكالة رويترز إن المفاوضات توقفت.',
     [('indirect', 'إن المفاوضات توقفت', 'قالت', 'قال', 'وكالة رويترز', 'media')]),
    ('وقال رئيس الحكومة يوسف الشاهد إنه متمسك بوثيقة قرطاج.',
     [('indirect', 'إنه متمسك بوثيقة قرطاج', 'قال', 'قال', 'يوسف الشاهد', 'person')]),
    ('وأوضح المدير الجهوي للصحة أن المستشفى استقبل 7 مصابين.',
     [('indirect', 'أن المستشفى استقبل 7 مصابين', 'أوضح', 'أوضح', 'المدير الجهوي للصحة', 'person')]),
    ('وأضاف أن الجرحى نقلوا إلى المستشفى.',
     [('indirect', 'أن الجرحى نقلوا إلى المستشفى', 'أضاف', 'أضاف', None, None)]),
    ('وقال الوزير إن الحكومة ستواصل الإصلاحات. وأضاف أن الوضع تحت السيطرة.',
     [('indirect', 'إن الحكومة ستواصل الإصلاحات', 'قال', 'قال', 'الوزير', 'person'),
      ('indirect', 'أن الوضع تحت السيطرة', 'أضاف', 'أضاف', 'الوزير', 'person')]),
    ('وبحسب المرصد السوري، قتل 5 مدنيين في غارة جوية.',
     [('source', 'قتل 5 مدنيين في غارة جوية', 'بحسب', 'حسب', 'المرصد السوري', 'organisation')]),
    ('قتل 5 مدنيين في غارة جوية، بحسب مصادر محلية.',
     [('source', 'قتل 5 مدنيين في غارة جوية', 'بحسب', 'حسب', 'مصادر محلية', 'anonymous')]),
    ('وفقاً لوزارة الصحة، بلغ عدد الإصابات 200 حالة.',
     [('source', 'بلغ عدد الإصابات 200 حالة', 'وفقاً ل', 'وفقا ل', 'وزارة الصحة', 'organisation')]),
    ('وقتل ثلاثة أشخاص في الانفجار، نقلاً عن وكالة الأناضول.',
     [('source', 'وقتل ثلاثة أشخاص في الانفجار', 'نقلاً عن', 'نقلا عن', 'وكالة الأناضول', 'media')]),
    ('وقالت المتحدثة: "لن نتراجع عن قرارنا أبدا".',
     [('direct', 'لن نتراجع عن قرارنا أبدا', 'قالت', 'قال', 'المتحدثة', 'person')]),
    ('وتابع "نحن مستعدون للحوار مع الجميع دون شروط".',
     [('direct', 'نحن مستعدون للحوار مع الجميع دون شروط', 'تابع', 'تابع', None, None)]),
    ('وقال الرئيس إن "الحرب لن تنتهي قبل تحرير كامل الأراضي".',
     [('direct', 'الحرب لن تنتهي قبل تحرير كامل الأراضي', 'قال', 'قال', 'الرئيس', 'person')]),
    ('ويقول السكان إن المياه انقطعت منذ أسبوع.',
     [('indirect', 'إن المياه انقطعت منذ أسبوع', 'يقول', 'قال', 'السكان', 'anonymous')]),
    ('وتقول المنظمة إن آلاف الأطفال يعانون من سوء التغذية.',
     [('indirect', 'إن آلاف الأطفال يعانون من سوء التغذية', 'تقول', 'قال', 'المنظمة', 'organisation')]),
    ('ويؤكد مسؤولون أن المفاوضات ستستأنف قريبا.',
     [('indirect', 'أن المفاوضات ستستأنف قريبا', 'يؤكد', 'أكد', 'مسؤولون', 'anonymous')]),
    ('واتهمت المعارضة الحكومة بأنها تعرقل الحل السياسي.',
     [('indirect', 'بأنها تعرقل الحل السياسي', 'اتهمت', 'اتهم', 'المعارضة', 'organisation')]),
    ('ولفت المصدر إلى أن التحقيقات ما زالت جارية.',
     [('indirect', 'أن التحقيقات ما زالت جارية', 'لفت', 'لفت', 'المصدر', 'anonymous')]),
    ('وكشفت صحيفة الصباح أن الوزير سيقدم استقالته.',
     [('indirect', 'أن الوزير سيقدم استقالته', 'كشفت', 'كشف', 'صحيفة الصباح', 'media')]),
    ('واعتبر المحلل السياسي أن الانتخابات ستكون حاسمة.',
     [('indirect', 'أن الانتخابات ستكون حاسمة', 'اعتبر', 'اعتبر', 'المحلل السياسي', 'person')]),
    ('ورأى الباحث أن الأزمة الاقتصادية ستطول.',
     [('indirect', 'أن الأزمة الاقتصادية ستطول', 'رأى', 'رأى', 'الباحث', 'person')]),
    ('وزعم التنظيم أن مقاتليه قتلوا عشرات الجنود.',
     [('indirect', 'أن مقاتليه قتلوا عشرات الجنود', 'زعم', 'زعم', 'التنظيم', 'organisation')]),
    ('وادعت الصفحة أن القوات انسحبت من المدينة.',
     [('indirect', 'أن القوات انسحبت من المدينة', 'ادعت', 'ادعى', 'الصفحة', 'anonymous')]),
    # the one whose words the agency passes on speaks (session 19; as "نقلا عن" names them)
    ('ونقلت وكالة الأنباء الرسمية عن مصدر أمني أن المهاجم اعتقل.',
     [('indirect', 'أن المهاجم اعتقل', 'نقلت', 'نقل', 'مصدر أمني', 'anonymous')]),
    ('وصرح الناطق الرسمي باسم الحرس الوطني بأن الوحدات حجزت كمية من البضائع.',
     [('indirect', 'بأن الوحدات حجزت كمية من البضائع', 'صرح', 'صرح', 'الناطق الرسمي باسم الحرس الوطني', 'person')]),
    ('وشدد الرئيس على أن تونس لن تتخلى عن التزاماتها.',
     [('indirect', 'أن تونس لن تتخلى عن التزاماتها', 'شدد', 'شدد', 'الرئيس', 'person')]),
    ('وأردف قائلا إن الشعب سيقرر مصيره.',
     [('indirect', 'إن الشعب سيقرر مصيره', 'قائلا', 'قال', None, None)]),
    ('وبيّن الطبيب أن حالة المصابين مستقرة.',
     [('indirect', 'أن حالة المصابين مستقرة', 'بيّن', 'بين', 'الطبيب', 'person')]),
    ('وقال مسؤول أمني إن الهجوم نفذه انتحاري.',
     [('indirect', 'إن الهجوم نفذه انتحاري', 'قال', 'قال', 'مسؤول أمني', 'anonymous')]),
    ('وقال شهود عيان إن الانفجار هز المنطقة.',
     [('indirect', 'إن الانفجار هز المنطقة', 'قال', 'قال', 'شهود عيان', 'anonymous')]),
    ('وأفادت وسائل إعلام محلية بأن الحريق اندلع في الطابق الثاني.',
     [('indirect', 'بأن الحريق اندلع في الطابق الثاني', 'أفادت', 'أفاد', 'وسائل إعلام محلية', 'anonymous')]),
    ('حسبما أفاد مصدر عسكري، فإن القوات تقدمت نحو المدينة.',
     [('source', 'فإن القوات تقدمت نحو المدينة', 'حسبما', 'حسب', 'مصدر عسكري', 'anonymous')]),
    ('وتم إيقاف المشتبه به، حسب ما أكده الناطق باسم وزارة الداخلية.',
     [('source', 'وتم إيقاف المشتبه به', 'حسب', 'حسب', 'الناطق باسم وزارة الداخلية', 'person')]),
    ('وقال في تصريح لمراسل الجوهرة أف أم إن الأشغال ستنطلق قريبا.',
     [('indirect', 'إن الأشغال ستنطلق قريبا', 'قال', 'قال', None, None)]),
    ('وأفاد المكلف بالإعلام بوزارة الداخلية، وليد الوقيني، أنه تم العثور على عون أمن مقتولا.',
     [('indirect', 'أنه تم العثور على عون أمن مقتولا', 'أفاد', 'أفاد', 'وليد الوقيني', 'person')]),
    ('وقالت مصادر مطلعة لـ"الجزيرة" إن الاتفاق بات وشيكا.',
     [('indirect', 'إن الاتفاق بات وشيكا', 'قالت', 'قال', 'مصادر مطلعة', 'anonymous')]),
    ('وأعلن الجيش الإسرائيلي أن صاروخا أطلق من غزة.',
     [('indirect', 'أن صاروخا أطلق من غزة', 'أعلن', 'أعلن', 'الجيش الإسرائيلي', 'group')]),
    ('وأكد الوزير أن الحكومة تتفهم مطالب الأهالي، مضيفا أن الحوار هو الحل.',
     [('indirect', 'أن الحكومة تتفهم مطالب الأهالي', 'أكد', 'أكد', 'الوزير', 'person'),
      ('indirect', 'أن الحوار هو الحل', 'مضيفا', 'أضاف', 'الوزير', 'person')]),
    ('وقال إن الوضع صعب، مشيرا إلى أن المساعدات لم تصل بعد.',
     [('indirect', 'إن الوضع صعب', 'قال', 'قال', None, None),
      ('indirect', 'أن المساعدات لم تصل بعد', 'مشيرا', 'أشار', None, None)]),
    ('وجاء في بيان لوزارة الخارجية أن السفير استدعي للتشاور.',
     [('source', 'أن السفير استدعي للتشاور', 'جاء في', 'جاء في', 'وزارة الخارجية', 'organisation')]),
    ('وقال حزب الله في بيان إن مقاتليه استهدفوا دبابة.',
     [('indirect', 'إن مقاتليه استهدفوا دبابة', 'قال', 'قال', 'حزب الله', 'group')]),
    ('وذكرت قوات سوريا الديمقراطية أن عناصرها صدوا هجوما.',
     [('indirect', 'أن عناصرها صدوا هجوما', 'ذكرت', 'ذكر', 'قوات سوريا الديمقراطية', 'group')]),
    ('وتعمد ميليشيا أسد على زج عناصر الميليشيا في الصفوف الأولى، بحسب صفحات موالية كشفت عن تلك الخسائر.',
     [('source', 'وتعمد ميليشيا أسد على زج عناصر الميليشيا في الصفوف الأولى', 'بحسب', 'حسب', 'صفحات موالية', 'anonymous')]),  # noqa: E501
    ('وقالت الوزيرة: نحن ملتزمون بتنفيذ البرنامج.',
     [('direct', 'نحن ملتزمون بتنفيذ البرنامج', 'قالت', 'قال', 'الوزيرة', 'person')]),
    ('قال الأسد: "صرح مندوبنا أننا نؤيد المبادرات الروسية بالكامل".',
     [('direct', 'صرح مندوبنا أننا نؤيد المبادرات الروسية بالكامل', 'قال', 'قال', 'الأسد', 'person'),
      ('indirect', 'أننا نؤيد المبادرات الروسية بالكامل', 'صرح', 'صرح', 'مندوبنا', 'person')]),
    ('وأكد على لسان المتحدث باسمه أن الحزب سيشارك في الانتخابات.',
     [('indirect', 'أن الحزب سيشارك في الانتخابات', 'أكد', 'أكد', 'المتحدث باسمه', 'person')]),
    ('ولا يزال الوضع متوترا في المدينة، على حد تعبير أحد السكان.',
     [('source', 'ولا يزال الوضع متوترا في المدينة', 'على حد', 'على حد', 'أحد السكان', 'anonymous')]),
    ('وقيل إن الرئيس سيزور المنطقة الأسبوع المقبل.',
     [('indirect', 'إن الرئيس سيزور المنطقة الأسبوع المقبل', 'قيل', 'قيل', None, None)]),
    ('وأفيد أن القافلة وصلت إلى المدينة.',
     [('indirect', 'أن القافلة وصلت إلى المدينة', 'أفيد', 'أفيد', None, None)]),
    ('وتواصلت الاشتباكات في المدينة. «سنرد على أي اعتداء بكل قوة»، قال المتحدث باسم الجيش.',
     [('direct', 'سنرد على أي اعتداء بكل قوة', 'قال', 'قال', 'المتحدث باسم الجيش', 'person')]),
    ('وطبقا لمصادر أمنية، فإن المشتبه به سلم نفسه.',
     [('source', 'فإن المشتبه به سلم نفسه', 'طبقا ل', 'وفقا ل', 'مصادر أمنية', 'anonymous')]),
    ('استنادا إلى معطيات وزارة الصحة، فإن عدد الوفيات ارتفع إلى 20.',
     [('source', 'فإن عدد الوفيات ارتفع إلى 20', 'استنادا إلى', 'استنادا إلى', 'وزارة الصحة', 'organisation')]),
    ('كما جاء في بلاغ صادر عن رئاسة الحكومة أن الوزير أعفي من مهامه.',
     [('source', 'أن الوزير أعفي من مهامه', 'كما جاء في', 'جاء في', 'رئاسة الحكومة', 'organisation')]),
    ('وقالوا إن الشرطة استخدمت الغاز المسيل للدموع.',
     [('indirect', 'إن الشرطة استخدمت الغاز المسيل للدموع', 'قالوا', 'قال', None, None)]),
    ('وأكدوا أن الاحتجاجات ستتواصل.',
     [('indirect', 'أن الاحتجاجات ستتواصل', 'أكدوا', 'أكد', None, None)]),
    ('وتؤكد المنظمة أن الوضع الإنساني كارثي.',
     [('indirect', 'أن الوضع الإنساني كارثي', 'تؤكد', 'أكد', 'المنظمة', 'organisation')]),
    ('ويقولون إن الأسعار ارتفعت بشكل كبير.',
     [('indirect', 'إن الأسعار ارتفعت بشكل كبير', 'يقولون', 'قال', None, None)]),
    ('وأفادت وكالة تونس إفريقيا للأنباء بأن الرحلات ألغيت.',
     [('indirect', 'بأن الرحلات ألغيت', 'أفادت', 'أفاد', 'وكالة تونس إفريقيا للأنباء', 'media')]),
    ('وذكر التلفزيون الرسمي أن الرئيس وصل إلى العاصمة.',
     [('indirect', 'أن الرئيس وصل إلى العاصمة', 'ذكر', 'ذكر', 'التلفزيون الرسمي', 'media')]),
    ('وقالت وزيرة الصحة إن اللقاح سيصل الأسبوع المقبل.',
     [('indirect', 'إن اللقاح سيصل الأسبوع المقبل', 'قالت', 'قال', 'وزيرة الصحة', 'person')]),
    ('ونفى الجيش أن يكون قد استهدف مدنيين.',
     [('indirect', 'أن يكون قد استهدف مدنيين', 'نفى', 'نفى', 'الجيش', 'organisation')]),
    ('وأعلن تنظيم الدولة الإسلامية أنه نفذ الهجوم.',
     [('indirect', 'أنه نفذ الهجوم', 'أعلن', 'أعلن', 'تنظيم الدولة الإسلامية', 'group')]),
    ('وقال مسؤول كبير في الإدارة إن الاتفاق لم يكتمل بعد.',
     # (where the unnamed source works is part of it, session 23)
     [('indirect', 'إن الاتفاق لم يكتمل بعد', 'قال', 'قال', 'مسؤول كبير في الإدارة', 'anonymous')]),
    ('وأشارت الوزيرة إلى أن الوزارة ستتعهد بالتسريع في إنجاز المشاريع.',
     [('indirect', 'أن الوزارة ستتعهد بالتسريع في إنجاز المشاريع', 'أشارت', 'أشار', 'الوزيرة', 'person')]),
    ('وقالت الشرطة إنها اعتقلت قائد السيارة، بحسب ما أوردته وكالة الأنباء الرسمية.',
     [('indirect', 'إنها اعتقلت قائد السيارة', 'قالت', 'قال', 'الشرطة', 'organisation')]),  # the agency: its via (32b)
    ('وأوضح الحاجي، ضيف برنامج "بوليتيكا"، أن التعليمات لا تطبق في الواقع.',
     [('indirect', 'أن التعليمات لا تطبق في الواقع', 'أوضح', 'أوضح', 'الحاجي', 'person')]),
    ('وقال رئيس الجمهورية في كلمة ألقاها اليوم إن الحوار سيشمل الجميع.',
     [('indirect', 'إن الحوار سيشمل الجميع', 'قال', 'قال', 'رئيس الجمهورية', 'person')]),
    ('وقال أحد السكان إن القصف استمر طوال الليل.',
     [('indirect', 'إن القصف استمر طوال الليل', 'قال', 'قال', 'أحد السكان', 'anonymous')]),
    ('وقال الغنوشي إن الأزمة الليبية تمثل التحدي الأمني الأكبر، مضيفا أنه "إذا لم يتم إطفاء الحريق الليبي بشكل سريع فإن كل المنطقة معرضة للخطر".',  # noqa: E501
     [('indirect', 'إن الأزمة الليبية تمثل التحدي الأمني الأكبر', 'قال', 'قال', 'الغنوشي', 'person'),
      ('direct', 'إذا لم يتم إطفاء الحريق الليبي بشكل سريع فإن كل المنطقة معرضة للخطر', 'مضيفا', 'أضاف', 'الغنوشي', 'person')]),  # noqa: E501
    ('وقال المصدر إن الرئيس سيزور المنطقة. وأضاف أن الزيارة ستدوم يومين. وتابع أن الوفد سيضم وزراء.',
     [('indirect', 'إن الرئيس سيزور المنطقة', 'قال', 'قال', 'المصدر', 'anonymous'),
      ('indirect', 'أن الزيارة ستدوم يومين', 'أضاف', 'أضاف', 'المصدر', 'anonymous'),
      ('indirect', 'أن الوفد سيضم وزراء', 'تابع', 'تابع', 'المصدر', 'anonymous')]),
    ('وقال الأسد: "صرح مندوبنا أننا نؤيد المبادرات".',
     [('direct', 'صرح مندوبنا أننا نؤيد المبادرات', 'قال', 'قال', 'الأسد', 'person'),
      ('indirect', 'أننا نؤيد المبادرات', 'صرح', 'صرح', 'مندوبنا', 'person')]),
    # A participle's speaker is the subject of the sentence's verb before it, even a verb that makes
    # no claim ("حذرت …، مشددة على أن", "ودعت …، مضيفة أن"); not an object after a verb of the
    # other gender ("وطالب الوزارة …، قائلا"). A reporting verb after "، و" ends the claim before
    # it; a quotation followed by another cue is the first verb's claim (ANT v1.1 forms).
    ('حذرت وزيرة الدفاع الألمانية الولايات المتحدة من أي خطاب يهدد تماسك الاتحاد الأوروبي، مشددة على '
     'أن اللحمة الأوروبية لصالح واشنطن.',
     [
      ('indirect', 'أن اللحمة الأوروبية لصالح واشنطن', 'مشددة', 'شدد', 'وزيرة الدفاع الألمانية', 'person'),
     ]),
    ('وأشار الوزير إلى وجود 43 مؤسسة برتغالية في تونس، مؤكدا أن التبادل التجاري بلغ 340 مليون دينار.',
     [  # (session 29c: the verbal noun after إلى is the verb's own claim, test_attribution_families29c.py)
      ('indirect', 'وجود 43 مؤسسة برتغالية في تونس', 'أشار', 'أشار', 'الوزير', 'person'),
      ('indirect', 'أن التبادل التجاري بلغ 340 مليون دينار', 'مؤكدا', 'أكد', 'الوزير', 'person'),
     ]),
    ('ونفى المتحدث باسم الجيش وجود أي خطر على المدنيين، موضحا أن القصف استهدف مواقع المسلحين.',
     [  # (session 21: the verbal noun after نفى is the verb's own claim, test_attribution_families21.py)
      ('indirect', 'وجود أي خطر على المدنيين', 'نفى', 'نفى', 'المتحدث باسم الجيش', 'person'),
      ('indirect', 'أن القصف استهدف مواقع المسلحين', 'موضحا', 'أوضح', 'المتحدث باسم الجيش', 'person'),
     ]),
    ('وطالبت النقابة بعقد مجلس وزاري للنظر في مطالب العمال، معتبرة أن الحكومة تتجاهل الملف.',
     [
      ('indirect', 'أن الحكومة تتجاهل الملف', 'معتبرة', 'اعتبر', 'النقابة', 'organisation'),
     ]),
    ('ودعت وزارة الخارجية إلى ضبط النفس، مضيفة أن الحوار هو السبيل الوحيد.',
     [
      ('indirect', 'أن الحوار هو السبيل الوحيد', 'مضيفة', 'أضاف', 'وزارة الخارجية', 'organisation'),
     ]),
    # a speech act in the present tense ("ويدعو …، مشددا", "وتطالب …، مؤكدة"); the other gender is not its subject
    ('ويدعو الرئيس الحكومة إلى الإسراع في الإصلاحات، مشددا على أن الوقت ينفد.',
     [
      ('indirect', 'أن الوقت ينفد', 'مشددا', 'شدد', 'الرئيس', 'person'),
     ]),
    ('وتطالب النقابة بعقد مجلس وزاري، معتبرة أن الحكومة تتجاهل الملف.',
     [
      ('indirect', 'أن الحكومة تتجاهل الملف', 'معتبرة', 'اعتبر', 'النقابة', 'organisation'),
     ]),
    ('ويرحب الحزب بالقرار، مشيرا إلى أنه خطوة إيجابية.',
     [
      ('indirect', 'أنه خطوة إيجابية', 'مشيرا', 'أشار', 'الحزب', 'organisation'),
     ]),
    # a present verb in a relative clause is not the sentence's ("خطاب يطالب"); the verb's own
    # preposition starts its complement ("وحذر الوزير من …": the speaker is الوزير)
    ('وحذر الوزير من خطاب يطالب بالانفصال، مشددا على أن الوحدة خط أحمر.',
     [
      ('indirect', 'أن الوحدة خط أحمر', 'مشددا', 'شدد', 'الوزير', 'person'),
     ]),
    ('وكشف الوزير عن خطة جديدة، مشيرا إلى أنها ستنفذ قريبا.',
     [
      ('indirect', 'أنها ستنفذ قريبا', 'مشيرا', 'أشار', 'الوزير', 'person'),
     ]),
    ('وتندد الحكومة بالاعتقالات، مؤكدة أنها تعسفية.',
     [
      ('indirect', 'أنها تعسفية', 'مؤكدة', 'أكد', 'الحكومة', 'organisation'),
     ]),
    ('وأبرزت النائبة تشبث المرأة التونسية بحريتها، مبينة أن مكاسب المرأة قد تدعمت.',
     [  # (session 21: the verbal noun after أبرز is the verb's own claim)
      ('indirect', 'تشبث المرأة التونسية بحريتها', 'أبرزت', 'أبرز', 'النائبة', 'person'),
      ('indirect', 'أن مكاسب المرأة قد تدعمت', 'مبينة', 'بين', 'النائبة', 'person'),
     ]),
    ('وقال المسؤول إن الهجوم استهدف مواقع الجيش، وحذرت الوزيرة من تحويل الحرب إلى صراع طائفي.',
     [
      ('indirect', 'إن الهجوم استهدف مواقع الجيش', 'قال', 'قال', 'المسؤول', 'anonymous'),
     ]),
    ('وذكر مواطنون أن ثلاثة أشخاص أصيبوا نتيجة سقوط الحائط، وأعربوا عن غضبهم من عدم تدخل السلطات.',
     [
      ('indirect', 'أن ثلاثة أشخاص أصيبوا نتيجة سقوط الحائط', 'ذكر', 'ذكر', 'مواطنون', 'anonymous'),
     ]),
    ('وأكد الوزير أن الحكومة ماضية في الإصلاح، واعتبر ذلك ضرورة وطنية.',
     [
      ('indirect', 'أن الحكومة ماضية في الإصلاح', 'أكد', 'أكد', 'الوزير', 'person'),
     ]),
    ('وقال الوزير "نحن لن نتراجع عن هذا القرار أبدا" وأضاف أن الحكومة ماضية في الإصلاح.',
     [
      ('direct', 'نحن لن نتراجع عن هذا القرار أبدا', 'قال', 'قال', 'الوزير', 'person'),
      ('indirect', 'أن الحكومة ماضية في الإصلاح', 'أضاف', 'أضاف', 'الوزير', 'person'),
     ]),
    ('وقال الوزير "نحن لن نتراجع عن هذا القرار أبدا"، مضيفا أن الحكومة ماضية في الإصلاح.',
     [
      ('direct', 'نحن لن نتراجع عن هذا القرار أبدا', 'قال', 'قال', 'الوزير', 'person'),
      ('indirect', 'أن الحكومة ماضية في الإصلاح', 'مضيفا', 'أضاف', 'الوزير', 'person'),
     ]),
    ('وقالت الوزيرة "نحن لن نتراجع عن هذا القرار أبدا" فيما أكدت أن الحكومة ماضية في الإصلاح.',
     [
      ('direct', 'نحن لن نتراجع عن هذا القرار أبدا', 'قالت', 'قال', 'الوزيرة', 'person'),
      ('indirect', 'أن الحكومة ماضية في الإصلاح', 'أكدت', 'أكد', 'الوزيرة', 'person'),
     ]),
    ('ومن جانبه اعتبر النائب "أن تاريخ 14 جانفي ذكرى جميلة التف عليها نظام قديم" مضيفا أن مطالب الشعب '
     'لم تتحقق.',
     [
      ('direct', 'أن تاريخ 14 جانفي ذكرى جميلة التف عليها نظام قديم', 'اعتبر', 'اعتبر', 'النائب', 'person'),
      ('indirect', 'أن مطالب الشعب لم تتحقق', 'مضيفا', 'أضاف', 'النائب', 'person'),
     ]),
    ('وفتحت النيابة تحقيقا بناء على ما صرحت به النائبة حول "تداول معطيات خطيرة في اجتماع سابق للحزب".',
     [
      ('direct', 'تداول معطيات خطيرة في اجتماع سابق للحزب', 'صرحت', 'صرح', 'النائبة', 'person'),
     ]),
    ('وطالب الوزارة برد الاعتبار له، قائلا إن هناك قوانين تتبع.',
     [
      ('indirect', 'إن هناك قوانين تتبع', 'قائلا', 'قال', None, None),
     ]),
    ('وتحدث عادل اللطيفي عن غياب الإسلاميين في الانتخابات، مشيرا إلى أنه لا وجود لأي طرف إسلامي قادر '
     'على المنافسة.',
     [
      ('indirect', 'أنه لا وجود لأي طرف إسلامي قادر على المنافسة', 'مشيرا', 'أشار', 'عادل اللطيفي', 'person'),
     ]),
    ('وندد المرصد السوري لحقوق الإنسان بالقصف، مؤكدا أن 12 مدنيا قتلوا.',
     [
      ('indirect', 'أن 12 مدنيا قتلوا', 'مؤكدا', 'أكد', 'المرصد السوري لحقوق الإنسان', 'organisation'),
     ]),
    ('فرحبت الحكومة بالقرار، معتبرة أنه خطوة في الاتجاه الصحيح.',
     [
      ('indirect', 'أنه خطوة في الاتجاه الصحيح', 'معتبرة', 'اعتبر', 'الحكومة', 'organisation'),
     ]),
    ('واستنكر النواب القرار، مؤكدين أنهم سيطعنون فيه.',
     [
      ('indirect', 'أنهم سيطعنون فيه', 'مؤكدين', 'أكد', 'النواب', 'anonymous'),
     ]),
    # A speech act's participle after a comma starts a clause of its own ("…، داعيا الحكومة إلى …"); a
    # trailing source phrase then takes the clause after the last stop or source phrase; a role's
    # definite adjective stays in the speaker ("الكاتب العام", not before a time word: "العام الماضي").  What a
    # call's participle calls for is a claim of that speaker's since session 48 (``call_participles``).
    ('وقال رئيس النقابة إنهم سيواصلون النضال إلى حين الاستجابة إلى مطالبهم، داعيا الحكومة إلى فتح باب '
     'الحوار.',
     [
      ('indirect', 'إنهم سيواصلون النضال إلى حين الاستجابة إلى مطالبهم', 'قال', 'قال', 'رئيس النقابة', 'person'),
      ('indirect', 'فتح باب الحوار', 'داعيا', 'دعا', 'رئيس النقابة', 'person'),
     ]),
    ('وأكد الوزير أن الاستعدادات انطلقت منذ أشهر، مثمنا دور الجيش الوطني في تأمين الامتحانات.',
     [
      ('indirect', 'أن الاستعدادات انطلقت منذ أشهر', 'أكد', 'أكد', 'الوزير', 'person'),
     ]),
    ('وأضافت أن الوضع تحت السيطرة، منددة بالحملة التي تستهدف الوزارة.',
     [
      ('indirect', 'أن الوضع تحت السيطرة', 'أضافت', 'أضاف', None, None),
     ]),
    ('وقال الأمين العام إن الحكومة فشلت في إدارة الأزمة، منتقدا المحاصصة الحزبية، بحسب تعبيره.',
     [
      ('indirect', 'إن الحكومة فشلت في إدارة الأزمة', 'قال', 'قال', 'الأمين العام', 'person'),
      ('source', 'منتقدا المحاصصة الحزبية', 'بحسب', 'حسب', 'الأمين العام', 'person'),
     ]),
    ('يسبب استهلاك المياه الفوارة أمراض القلب، بحسب دراسة أمريكية أجريت في الخمسينات، وكذلك هشاشة '
     'العظام، بحسب دراسة فرنسية.',
     [
      ('source', 'يسبب استهلاك المياه الفوارة أمراض القلب', 'بحسب', 'حسب', 'دراسة أمريكية', 'anonymous'),
      ('source', 'وكذلك هشاشة العظام', 'بحسب', 'حسب', 'دراسة فرنسية', 'anonymous'),
     ]),
    ('وقال الكاتب العام للنقابة الجهوية إن الإضراب ناجح.',
     [
      ('indirect', 'إن الإضراب ناجح', 'قال', 'قال', 'الكاتب العام للنقابة الجهوية', 'person'),
     ]),
    ('وقال الوزير العام الماضي إن التحقيق مستمر.',
     [
      ('indirect', 'إن التحقيق مستمر', 'قال', 'قال', 'الوزير', 'person'),
     ]),
    # An ambiguous cue (بين) before a dual or oblique plural, or before two words joined by و, is the
    # preposition: no claim of its own, and no stop for the verb before it.
    ('وأكد الاتفاق الموقع بين البلدين أن دعم العودة الطوعية يندرج في إطار التعاون.',
     [
      ('indirect', 'أن دعم العودة الطوعية يندرج في إطار التعاون', 'أكد', 'أكد', 'الاتفاق الموقع', 'person'),
     ]),
    # The bare form of an ambiguous speech act counts at its sentence's start only ("عبر" "via"); a
    # quotation after "لـ"/"في"/a media head is a name, not a claim; "علما أن" is the outlet's aside.
    ('عبرت حركة النهضة عن استنكارها الشديد لتصريح الوزير، معتبرة أن هذه التصريحات غير مسؤولة.',
     [
      ('indirect', 'أن هذه التصريحات غير مسؤولة', 'معتبرة', 'اعتبر', 'حركة النهضة', 'group'),
     ]),
    ('ومن جهته عبر الوزير عن ارتياحه، مؤكدا أن الوضع مستقر.',
     [
      ('indirect', 'أن الوضع مستقر', 'مؤكدا', 'أكد', 'الوزير', 'person'),
     ]),
    ('وأفاد في تصريح لـ "الجوهرة أف أم" في برنامج "هابي دايز" صباح اليوم، أنه تقدم بمشروع لطرح الفوائض.',
     [
      ('indirect', 'أنه تقدم بمشروع لطرح الفوائض', 'أفاد', 'أفاد', None, None),
     ]),
]

NO_CLAIM = [
    'وأذن والي الجهة بفتح تحقيق، علما وأنه قد يتم غلق المعهد إن ثبت ذلك.',
    'وأطلق الوزير البرنامج عبر شراكة مع البنك الدولي، مشيرا إلى أهميته.',
    'وجرت المفاوضات بين الجمعيات والأحزاب الممضية على البيان أن تتواصل الاحتجاجات.',
    'وتتسع الفجوة بين الجنسين، بيد أن النساء يتحملن العبء الأكبر.',
    'وتتوزع المعاليم بين : 20 دينارا للسيارات و30 دينارا للشاحنات.',
    'وأعربت الوزارة عن أسفها لما حدث.',
    'يذكر أن المدينة شهدت احتجاجات مماثلة العام الماضي.',
    'وتجدر الإشارة إلى أن المهرجان ينظم سنويا.',
    'وصل الوفد إلى المدينة بعد أن تم فتح الطريق.',
    'وشارك في الفيلم عدد من الممثلين من بينهم لطيفة القفصي.',
    'ويجب أن تلتزم الأطراف بوقف إطلاق النار.',
    'ونشر "لواء الفجر" تسجيلا مصورا على معرفاته الرسمية.',
    'وتمكنت الوحدات الأمنية من حجز كمية من المخدرات.',
    'ويتراوح عدد المشاركين بين 18 و 24 مشاركا.',
    # ('وأكد الوزير ضرورة الإسراع في إنجاز المشاريع.' is a claim since session 47: test_attribution_families21)
    'وأعلن الجيش حالة الطوارئ في البلاد.',
    'وتتوزع الأمطار حسب المناطق بين 10 و30 مليمترا.',
    'وكان فصيل "لواء الفجر" أعلن تفجير مبان سكنية في حي جمعية الزهراء.',
    'وبين الطرفين خلافات عميقة حول الملف.',
    'وتبين أن المتهم كان يحمل جواز سفر مزورا.',
    'ويعتبر معظم عناصر الميليشيا من الفلسطينيين الموالين للنظام.',
    'وتعمل الحكومة على إصلاح المنظومة التربوية.',
    'وعاد الهدوء إلى المدينة بعد أن انسحبت القوات.',
]


def _claims(doc: Document) -> list[tuple]:
    out = []
    for q in doc.layers["quotes"]:
        src = q.source
        out.append((q.kind, q.text, q.cue["text"], q.cue["lemma"], src["text"] if src else None, q.source_type))
    return out


def _check_offsets(doc: Document) -> None:
    for q in doc.layers.get("quotes", []):  # an empty text runs no stage
        assert isinstance(q, QuoteSpan)
        assert doc.text[q.start:q.end] == q.text
        assert doc.text[q.cue["start"]:q.cue["end"]] == q.cue["text"]
        if q.source is not None:
            assert doc.text[q.source["start"]:q.source["end"]] == q.source["text"]
            assert q.source["layer"] in ("entities", "groups", "phrase")
            assert q.source_type in ("person", "organisation", "group", "media", "anonymous")
        else:
            assert q.source_type is None
        assert q.kind in ("direct", "indirect", "source")


def test_table_is_large_enough():
    assert len(CLAIMS) + len(NO_CLAIM) >= 60 and len(NO_CLAIM) >= 10


@pytest.mark.parametrize(("sentence", "expected"), CLAIMS, ids=[f"claim{i}" for i in range(len(CLAIMS))])
def test_claims(sentence, expected):
    doc = arabnews.analyze(sentence)
    assert _claims(doc) == expected
    _check_offsets(doc)
    for q, (_, content, *_rest) in zip(doc.layers["quotes"], expected, strict=True):
        assert q.start == sentence.index(content)  # each content is unique in its sentence


@pytest.mark.parametrize("sentence", NO_CLAIM, ids=[f"none{i}" for i in range(len(NO_CLAIM))])
def test_no_claim(sentence):
    assert arabnews.analyze(sentence).layers["quotes"] == []


def test_every_issue_cue_and_source_type_is_covered():
    lemmas = {lemma for _, rows in CLAIMS for _, _, _, lemma, _, _ in rows}
    for lemma in ("قال", "أكد", "أعلن", "ذكر", "أفاد", "أوضح", "أشار", "نفى", "اتهم", "حذر", "أضاف", "تابع",
                  "لفت", "كشف", "اعتبر", "رأى", "زعم", "ادعى", "نقل", "صرح", "شدد", "بين", "حسب", "وفقا ل",
                  "نقلا عن", "جاء في", "استنادا إلى", "على حد"):
        assert lemma in lemmas, lemma
    types = {t for _, rows in CLAIMS for *_, t in rows}
    assert types >= {"person", "organisation", "group", "media", "anonymous", None}
    kinds = {k for _, rows in CLAIMS for k, *_ in rows}
    assert kinds == {"direct", "indirect", "source"}


# -- the seed article ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seed_doc(seed_text):
    return arabnews.analyze(seed_text, reference_date="2020-06-02")


def test_seed_must_show(seed_doc):
    quotes = [q.to_dict() for q in seed_doc.layers["quotes"]]
    assert quotes == [
        {"start": 419, "end": 615, "text": seed_doc.text[419:615], "part": "body", "kind": "indirect",
         "cue": {"start": 348, "end": 352, "text": "ذكرت", "lemma": "ذكر"},
         "source": {"start": 353, "end": 365, "text": "صحفات موالية", "layer": "phrase"},
         "source_type": "anonymous"},
        {"start": 2206, "end": 2384, "text": seed_doc.text[2206:2384], "part": "body", "kind": "source",
         "cue": {"start": 2386, "end": 2390, "text": "بحسب", "lemma": "حسب"},
         "source": {"start": 2391, "end": 2403, "text": "صحفات موالية", "layer": "phrase"},
         "source_type": "anonymous"},
    ]
    first, second = seed_doc.layers["quotes"]
    assert first.text.startswith('أن "لواء القدس" تستعد لتشييع') and first.text.endswith("على الأراضي السورية")
    assert second.text.startswith("وتعمد ميليشيا أسد") and second.text.endswith("وخاصة في دير الزور")


def test_seed_round_trip(seed_doc):
    data = json.loads(seed_doc.to_json())
    assert [q["source"]["text"] for q in data["quotes"]] == ["صحفات موالية", "صحفات موالية"]
    assert "quotes" in data["layers"]
    back = Document.from_dict(data)
    assert back.layers["quotes"] == seed_doc.layers["quotes"]
    assert all(isinstance(q, QuoteSpan) for q in back.layers["quotes"])


# -- forms generated from the data file ----------------------------------------------------------

def test_generated_forms():
    assert past_forms("اكد") == ["اكد", "اكدت", "اكدوا", "اكدا", "اكدتا"]
    assert present_forms("وكد")[:3] == ["يوكد", "توكد", "يوكدون"]
    assert participle_forms("مشيرا") == ["مشيرا", "مشيره", "مشيرين", "مشيران", "مشيرتين"]
    lex = lexicon()
    assert lex.cue("أكدت").lemma == "أكد"
    assert lex.cue("يرى").lemma == "رأى" and lex.cue("ادعوا").lemma == "ادعى"


@pytest.mark.parametrize("form", ["قالت", "قالوا", "قالا", "يقول", "تقولان", "يقولون", "أكدت", "يؤكدون", "تؤكد",
                                  "نفت", "نفوا", "ينفي", "رأت", "يرى", "ترى", "ادعت", "فقال", "وأفادت", "يوضح",
                                  "أوضحتا", "يشيرون", "كشفوا", "يعتبر", "اعتبرت"])
def test_each_conjugation_is_a_cue(form):
    doc = arabnews.analyze(f"{form} المصادر أن الوضع مستقر.")
    [q] = doc.layers["quotes"]
    assert (q.text, q.source["text"], q.source_type) == ("أن الوضع مستقر", "المصادر", "anonymous")
    assert q.cue["text"] == form.removeprefix("ف").removeprefix("و")


@pytest.mark.parametrize("form", ["مضيفا", "مضيفة", "مشيرا إلى", "مؤكدين", "موضحة", "لافتا إلى", "معتبرا"])
def test_participles_continue_the_speaker(form):
    doc = arabnews.analyze(f"وقال الوزير إن الوضع مستقر، {form} أن الحكومة تتابع الملف.")
    first, second = doc.layers["quotes"]
    assert first.text == "إن الوضع مستقر"
    assert (second.text, second.source["text"]) == ("أن الحكومة تتابع الملف", "الوزير")


# -- carry-over and speaker position --------------------------------------------------------------

def test_carry_over_stops_after_carry_sentences():
    text = ("وقال الوزير إن الحكومة ستواصل الإصلاحات. وتراجعت الأسعار. وارتفع الإنتاج. "
            "وتحسن الطقس. وتواصلت الأشغال. وأضاف أن الوضع تحت السيطرة.")
    quotes = arabnews.analyze(text).layers["quotes"]
    assert [q.source["text"] if q.source else None for q in quotes] == ["الوزير", None]


def test_carry_sentences_option():
    text = "وقال الوزير إن الحكومة ستواصل الإصلاحات. وتراجعت الأسعار. وأضاف أن الوضع تحت السيطرة."
    near = make_stage(carry_sentences=2)(arabnews.Document(text)).layers["quotes"]
    far = make_stage(carry_sentences=0)(arabnews.Document(text)).layers["quotes"]
    assert near[1].source["text"] == "الوزير" and far[1].source is None


def test_bad_options():
    with pytest.raises(ValueError, match="max_gap"):
        make_stage(max_gap=-1)
    with pytest.raises(ValueError, match="carry_sentences"):
        make_stage(carry_sentences="3")


# -- the pipeline ----------------------------------------------------------------------------------

def test_contract_and_default_order():
    info = stage_info("attribution")
    assert info.requires == ("tokens", "entities", "groups") and info.assigns == ("quotes",)
    assert DEFAULT_STAGES.index("attribution") > DEFAULT_STAGES.index("entities")
    with pytest.raises(arabnews.PipelineError, match="attribution requires"):
        arabnews.Pipeline(["attribution"])


def test_only_extraction_regions():
    page = "عنوان الخبر\n\nوقال الوزير إن الحكومة ستواصل الإصلاحات.\n\nالأكثر قراءة\n"
    doc = arabnews.analyze(page)
    assert all(doc.part_at(q.start) == q.part for q in doc.layers["quotes"])
    nlp = arabnews.Pipeline(parts=("title",))
    assert nlp(page).layers["quotes"] == []


# -- corpus helper ---------------------------------------------------------------------------------

def test_sources_frame(seed_doc):
    pytest.importorskip("pandas")
    other = arabnews.analyze("وقال ناشطون إن الطيران قصف القرية. وقال ناشطون: \"القصف مستمر منذ الصباح\".")
    frame = sources_frame([seed_doc, other])
    rows = {r["source"]: r for r in frame.to_dict("records")}
    assert rows["صحفات مواليه"]["indirect"] == 1 and rows["صحفات مواليه"]["source_phrase"] == 1
    assert rows["صحفات مواليه"]["claims"] == 2 and rows["صحفات مواليه"]["documents"] == 1
    assert rows["ناشطون"]["direct"] == 1 and rows["ناشطون"]["indirect"] == 1
    assert list(frame["claims"]) == sorted(frame["claims"], reverse=True)
    assert sources_frame([]).empty


# -- robustness ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["", "   ", "hello world. He said that it works.", "قال", "«", '"قال إن"',
                                  "وقال إن" * 5000, "قال: " + "«" * 300, "بحسب، ، ، أن"])
def test_bad_input_never_crashes(text):
    doc = arabnews.analyze(text)
    _check_offsets(doc)


_WORDS = ["قال", "وقال", "إن", "أن", "أنه", "المتحدث", "باسم", "الجيش", "مصادر", "محلية", "بحسب", "وفقاً", "لـ",
          "مضيفا", "«", "»", '"', "،", ".", ":", "\n", "حلب", "وزارة", "الداخلية", "وأضاف", "نقلاً", "عن", "أَنَّ",
          "ـ", "\u200f", "😀", "x"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_WORDS), max_size=40).map(" ".join))
def test_offsets_on_random_text(text):
    _check_offsets(arabnews.analyze(text))


# -- the lazy token stream gives the tokens of words() exactly ------------------------------------------------
def _stream_all(text: str, lo: int, hi: int, step: int) -> list:
    from arabnews.extract.attribution.clauses import TokenStream

    s = TokenStream(text, lo, hi, step=step)
    i = 0
    while s.has(i):
        i += 1
    return s.items


def test_token_stream_is_words_on_real_news_cut_anywhere():
    from pathlib import Path

    from arabnews.extract.attribution.clauses import _TOKEN, Tok, count_words, words
    from arabnews.lang.ar import fold

    text = fold(arabnews.normalize((Path(__file__).parent / "golden" / "ant_sample.txt").read_text(encoding="utf-8")))
    text += " 3.5 و12,000 http://x.y/ab-cd «نص» " + "ا" * 300  # decimals cut between chunks, one long run
    for lo in range(0, len(text), 211):
        hi = min(len(text), lo + 900)
        expected = words(text, lo, hi)
        plain = [Tok(*m.span(), m.group()) for m in _TOKEN.finditer(text, lo, hi)]  # words() makes them in C
        assert expected == plain and all(type(t) is Tok for t in expected)
        for step in (1, 2, 3, 7, 40):
            assert _stream_all(text, lo, hi, step) == expected
        assert count_words(text, lo, hi, 2) == min(len(expected), 2)


@given(st.text(alphabet="قال 3.5,٫«»\"، :ب", max_size=60), st.integers(1, 9))
@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
def test_token_stream_is_words_on_any_text(text: str, step: int):
    from arabnews.extract.attribution.clauses import words

    assert _stream_all(text, 0, len(text), step) == words(text, 0, len(text))


def _simple_chars() -> str:
    from arabnews.lang.ar.scan import SIMPLE_RANGES

    return "".join(chr(c) for first, last in SIMPLE_RANGES for c in range(first, last + 1))


def test_fast_token_pattern_finds_the_regex_tokens_among_every_simple_character():
    """The standard library's pattern that words() reads a stretch of news characters with gives the
    tokens of ``_TOKEN`` (the regex module's): every character of its ranges, alone, doubled, after a
    letter and a digit, and between digits (decimals)."""
    import regex

    from arabnews.extract.attribution.clauses import _FAST_TOKEN, _TOKEN, words
    from arabnews.extract.attribution.quotes import _FAST_WORD, _WORD
    from arabnews.lang.ar.scan import _NOT_SIMPLE

    chars = _simple_chars()
    assert _NOT_SIMPLE.search(chars) is None and _NOT_SIMPLE.search("é𝟙") is not None  # (é: U+00E9)
    for text in (chars, "".join(c + c for c in chars), "".join("ب" + c + "3" + c + "5" for c in chars)):
        spans = [m.span() for m in _TOKEN.finditer(text)]
        assert [m.span() for m in _FAST_TOKEN.finditer(text)] == spans
        assert [(t.start, t.end) for t in words(text, 0, len(text))] == spans
        assert _FAST_WORD.findall(text) == _WORD.findall(text)  # a quotation's words
    assert isinstance(_TOKEN, regex.Pattern) and isinstance(_WORD, regex.Pattern)


@given(st.text(alphabet=st.sampled_from("قال3٣.,٫ _\t\n\u00a0«»“”،؛؟!-–ءa\u064b\u0670\u06f1é"), max_size=40),
       st.integers(0, 5), st.integers(0, 5))
@settings(max_examples=300)
def test_words_are_the_regex_tokens_of_any_stretch(text: str, lo: int, cut: int):
    """words() gives ``_TOKEN``'s tokens of any stretch, with a character outside the fast ranges ("é")
    or not (Arabic-Indic digits, tanween, the dagger alef, no-break spaces, quotation marks)."""
    from arabnews.extract.attribution.clauses import _TOKEN, count_words, words

    hi = max(lo, len(text) - cut)
    spans = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text, lo, hi)]
    assert [tuple(t) for t in words(text, lo, hi)] == spans
    assert count_words(text, lo, hi, 3) == min(len(spans), 3)


def test_cue_less_articles_skip_their_quotations_and_speakers_with_the_same_claims(monkeypatch):
    """The speakers (groups, entities) are indexed only when a claim looks for one, and a region without
    a cue is not read for quotation marks: on the 20 sample articles the claims are those found with the
    speakers indexed up front, and a cue-less article with a quotation has no claim and indexes no speaker."""
    from pathlib import Path

    from arabnews import Pipeline
    from arabnews.extract.attribution import finder as attribution_finder
    from arabnews.extract.attribution import stage as attribution_stage
    from arabnews.extract.attribution.sources import Mentions

    lines = (Path(__file__).parent / "golden" / "ant_sample.txt").read_text(encoding="utf-8").splitlines()
    nlp = Pipeline([n for n in DEFAULT_STAGES if n not in ("attribution", "events")])
    docs = [nlp(t, reference_date="2017-01-20") for t in lines if t.strip()]
    built: list[int] = []

    class Counted(Mentions):
        def __init__(self, *args, **kwargs):
            built.append(1)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(attribution_finder, "Mentions", Counted)
    fast = [attribution_stage.find_claims(d) for d in docs]
    cue_less = Pipeline([])("أعلنت وزارة الصحة «خطة» جديدة لمكافحة الوباء في تونس.")
    before = len(built)
    assert attribution_stage.find_claims(cue_less) == [] and len(built) == before

    plain_init = attribution_stage._Finder.__init__

    def eager(self, doc, lex, **kw):  # the plain path: speakers indexed up front
        plain_init(self, doc, lex, **kw)
        self._mentions = Mentions(doc, lex)

    monkeypatch.setattr(attribution_stage._Finder, "__init__", eager)
    plain = [attribution_stage.find_claims(d) for d in docs]
    assert [[q.to_dict() for q in c] for c in fast] == [[q.to_dict() for q in c] for c in plain]
    assert sum(map(len, fast)) > 20 and len(built) < len(docs)


# -- headlines: a speaker, a colon and no verb (ANT v1.1 headline forms) --------------------------
@pytest.mark.parametrize(("text", "expected"), [
    ("وزير الداخلية : الوضع الأمني في تحسن واتخذنا كافة الاحتياطات",
     ("direct", "الوضع الأمني في تحسن واتخذنا كافة الاحتياطات", ":", ":", "وزير الداخلية", "person")),
    ("وزارة الفلاحة: قريبا انطلاق مشروعي سدي القلعة الكبرى والسعيدة",
     ("direct", "قريبا انطلاق مشروعي سدي القلعة الكبرى والسعيدة", ":", ":", "وزارة الفلاحة", "organisation")),
    ("رئيس الوزراء العراقي : القضاء على \"داعش\" يحتاج 3 أشهر فقط",
     ("direct", "القضاء على \"داعش\" يحتاج 3 أشهر فقط", ":", ":", "رئيس الوزراء العراقي", "person")),
    ("شفيق صرصار : سأواصل مهامي إلى غاية 24 جويلية",
     ("direct", "سأواصل مهامي إلى غاية 24 جويلية", ":", ":", "شفيق صرصار", "person")),
    ("مصدر أمني: القبض على عنصرين إرهابيين في جبل الشعانبي",
     ("direct", "القبض على عنصرين إرهابيين في جبل الشعانبي", ":", ":", "مصدر أمني", "anonymous")),
    ("وكالة رويترز: مقتل 5 أشخاص في انفجار ببغداد",
     ("direct", "مقتل 5 أشخاص في انفجار ببغداد", ":", ":", "وكالة رويترز", "media")),
])
def test_headline_speaker_and_colon_is_a_claim(text, expected):
    doc = arabnews.analyze(text)
    _check_offsets(doc)
    assert _claims(doc) == [expected]


@pytest.mark.parametrize("text", [
    "سوسة : وفاة شاب في حادث مرور بالطريق السريعة",  # a dateline
    "كرة اليد : الترجي يفوز على النجم الساحلي",  # a topic
    "المجموعة الأولى : الأهلي المصري - الفيصلي الأردني - نصر حسين داي",  # a section
    "المصدر : وكالة تونس إفريقيا للأنباء",  # a credit
    "وزير الداخلية : 12",  # too short
    "طارق الزمر: مصري يقيم في قطر، لعب دورا في اغتيال الرئيس",  # who a person is, in a list
    "النادي الصفاقسي : الهيئة تقرر مواصلة العمل مع المدرب",  # a club as the topic
])
def test_headline_colon_without_a_speaker_is_no_claim(text):
    assert _claims(arabnews.analyze(text)) == []


def test_colon_after_a_verb_keeps_the_verb_as_cue():
    doc = arabnews.analyze("وقال الوزير: الوضع مستقر في كامل البلاد.")
    assert _claims(doc) == [("direct", "الوضع مستقر في كامل البلاد", "قال", "قال", "الوزير", "person")]


@given(st.lists(st.sampled_from(["رويترز", "وكالة", "الانباء", "وات", "فرانس", "برس", "الجوهرة", "اف", "ام", " ",
                                 "«", "»", '"', "و", "ل", "é", "𝟙", "\u064b", "ـ", "3"]), max_size=8),
       st.integers(0, 3), st.integers(0, 3))
@settings(max_examples=300)
@example(["رويترز", "é"], 0, 0)  # a letter outside the news characters after the name
def test_media_names_read_with_the_re_twin_are_the_regex_ones(parts: list[str], lo: int, cut: int):
    """``Lexicon.media`` (``re`` where the stretch holds news characters only) matches as ``media_re``."""
    from arabnews.lang.ar import fold

    lex = lexicon()
    text = fold("".join(parts))
    hi = max(lo, len(text) - cut)
    for whole in (False, True):
        got = lex.media(text, lo, hi, whole=whole)
        want = (lex.media_re.fullmatch if whole else lex.media_re.match)(text, lo, hi)
        assert (got and (got.span(), got.groupdict())) == (want and (want.span(), want.groupdict()))
