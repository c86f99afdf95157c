"""Session 48c (attribution): an according-to aside between commas, a source phrase set off inside its clause, a
given name before a denied rumour.

- "وأكد الوزير، حسب ما ورد في بيان الوزارة، أن …" (``aside_phrases``): an aside between commas after a verb's subject
  says where the subject's words were published; the subject speaks, the phrase's speaker is the claim's
  ``source.via`` (or the phrase the claim's ``cue.tail`` when it names the speaker's own statement: "حسب ما جاء في
  بلاغ لها"). On main the aside's speaker spoke the verb's claim ("صحيفة لوبارزيان" for "مصدر قضائي"), or the aside
  gave a source claim of the words before it ("وشدد الوزير").  Not "على لسان" (the one the subject spoke through),
  not a relay ("نقلا عن"), not an outlet's subject with the sources it relays.
- "وتعود أطوار القضية، وفق ما أفاد مصدر قضائي، الجوهرة أف أم، إلى …": a source phrase set off inside its clause with
  more of it before its closing comma (to whom it was said, the outlet that got the statement) claims the whole
  clause, not the three words before it; "…، تلقت الجوهرة أف أم نسخة منه." with no clause after it still trails.
- "نفى معتمد منوبة نزار عمري ما راج …": a given name and one more word before the rumour are the speaker.
Sentences of ANT v1.1 (their indices given) and their neighbours (other verbs, genders, phrases).
"""

from __future__ import annotations

from typing import Any

from attribution_cases import relayed_claim_tuples as _claims

ANT_195 = ('وقال مصدر قضائي لوكالة فرانس برس، بحسب ما نشرته صحيفة "لوبارزيان" الفرنسية، إن شابا يبلغ من العمر 18 سنة '
           'طعن صديقه في رقبته، بعد مشاهدة المباراة في حي شعبي في العاصمة ليبرفيل.')


def test_aside_names_the_outlet_not_the_speaker(nlp: Any) -> None:
    doc = nlp(ANT_195)
    (q,) = doc.layers["quotes"]
    assert (q.start, q.end, q.source["start"], q.source["end"]) == (76, 174, 5, 15)
    assert q.source["text"] == "مصدر قضائي" and q.source_type == "anonymous"
    assert q.source["via"] == {"start": 48, "end": 74, "text": 'صحيفة "لوبارزيان" الفرنسية', "layer": "phrase",
                               "source_type": "media"}


def test_aside_with_a_quoted_claim_and_a_document(nlp: Any) -> None:
    text = ('وكشف مصدر مسؤول في الخارجية القطرية، حسب ما نقله الموقع الرسمي للوزارة، أنه "تم تشكيل فريق للتحقيق في '
            'جريمة الاختراق لموقع وكالة الأنباء".')  # ANT 990
    assert _claims(nlp, text) == [
        ("direct", "تم تشكيل فريق للتحقيق في جريمة الاختراق لموقع وكالة الأنباء", "كشف",
         "مصدر مسؤول في الخارجية القطرية", "الموقع الرسمي للوزارة", None)]
    text = ("وأعلن المرسوم، بحسب \"فرانس برس\"، ان بين الموظفين الـ3974 المسرحين أكثر من ألف موظف في وزارة العدل وأكثر "
            "من ألف موظف في الجيش، وسرد أسماء كل الموظفين المقالين.")  # ANT 2015
    assert _claims(nlp, text) == [
        ("indirect", "ان بين الموظفين الـ3974 المسرحين أكثر من ألف موظف في وزارة العدل وأكثر من ألف موظف في الجيش، "
         "وسرد أسماء كل الموظفين المقالين", "أعلن", "المرسوم", "فرانس برس", None)]


def test_aside_of_a_statement_issued_by_another(nlp: Any) -> None:
    text = ("وأوضح الأطرش، بحسب بلاغ نشرته اليوم وزارة التجهيز، أن الأمطار التي هطلت بكميات كبيرة في وقت قصير لم تكن "
            "لتحول دون أن تشتغل منظومة تصريف مياه الأمطار بطريقة جيدة.")  # held-out 6219
    assert _claims(nlp, text) == [
        ("indirect", "أن الأمطار التي هطلت بكميات كبيرة في وقت قصير لم تكن لتحول دون أن تشتغل منظومة تصريف مياه "
         "الأمطار بطريقة جيدة", "أوضح", "الأطرش", "وزارة التجهيز", None)]
    text = "وأكدت الوزيرة، وفق ما ورد في بلاغ لوزارة المرأة، أنها ستتابع ملف العنف ضد المرأة عن كثب."
    assert _claims(nlp, text) == [  # (feminine; "ما ورد في" inside the phrase gives no claim of its own)
        ("indirect", "أنها ستتابع ملف العنف ضد المرأة عن كثب", "أكدت", "الوزيرة", "وزارة المرأة", None)]


def test_aside_before_an_exhortation_and_a_verbal_noun(nlp: Any) -> None:
    text = ("وشدد الوزير ، وفق بلاغ صادر عن وزارة التكوين تلقت جوهرة أف أم نسخة منه، على ضرورة مزيد التنسيق مع مصالح "
            "السفارة لتنفيذ برنامج توظيف 9000 تونسي سنويا في فرنسا.")  # ANT 2628
    assert _claims(nlp, text) == [
        ("indirect", "ضرورة مزيد التنسيق مع مصالح السفارة لتنفيذ برنامج توظيف 9000 تونسي سنويا في فرنسا", "شدد",
         "الوزير", "وزارة التكوين", None)]
    text = ("وتؤكد تونس، وفق بيان أصدرته وزارة الشؤون الخارجية اليوم الثلاثاء، تضامنها الكامل مع دولة الامارات العربية "
            "المتحدة الشقيقة.")  # held-out 7455
    assert _claims(nlp, text) == [
        ("indirect", "تضامنها الكامل مع دولة الامارات العربية المتحدة الشقيقة", "تؤكد", "تونس",
         "وزارة الشؤون الخارجية", None)]
    text = "وأعلن الجيش الإسرائيلي، حسب ما أوردته وكالة الأنباء الفرنسية، مقتل جنديين في اشتباك مع مسلحين."
    assert _claims(nlp, text) == [
        ("indirect", "مقتل جنديين في اشتباك مع مسلحين", "أعلن", "الجيش الإسرائيلي", "وكالة الأنباء الفرنسية", None)]


def test_aside_via_after_the_lam_of_the_article(nlp: Any) -> None:
    # "للبنك" (ل + البنك): the via is "بنك", as a speaker's span is read (ANT 884; on main the bank spoke a source
    # claim, test_attribution_families25b)
    text = "كما اقر المجلس، حسب بلاغ للبنك نشره الخميس، وضع إطار تنظيمي جديد."
    (q,) = nlp(text).layers["quotes"]
    assert (q.kind, q.text, q.source["text"]) == ("indirect", "وضع إطار تنظيمي جديد", "المجلس")
    assert q.source["via"] == {"start": 27, "end": 30, "text": "بنك", "layer": "phrase", "source_type": "organisation"}


def test_aside_naming_the_speakers_own_statement_is_its_tail(nlp: Any) -> None:
    text = "ونفت الوزارة، حسب ما جاء في بلاغ لها، ما راج حول إغلاق المعبر الحدودي برأس جدير."
    assert _claims(nlp, text) == [
        ("indirect", "ما راج حول إغلاق المعبر الحدودي برأس جدير", "نفت", "الوزارة", None, "حسب ما جاء في بلاغ")]


def test_aside_guards(nlp: Any) -> None:
    # "على لسان": the one the union spoke through speaks, as before (ANT 3103)
    text = ("كما أشار الاتحاد، وفق ما ورد على لسان الأمين العام المساعد للاتحاد العام التونسي للشغل سامي الطاهري في "
            "تصريح لمراسلة الجوهرة اف ام، إلى أنه كان من الضروري تقييم عمل وزارات أخرى وتغير وزرائها.")
    assert [c for c in _claims(nlp, text) if c[0] == "indirect"] == [
        ("indirect", "أنه كان من الضروري تقييم عمل وزارات أخرى وتغير وزرائها", "أشار", "سامي الطاهري", None, None)]
    # a relay: the newspaper speaks, the agency relays it (ANT 1283)
    text = ('ذكرت وكالة رويترز للأنباء، نقلا عن صحيفة "فيلت ام زونتاج" الألمانية، اليوم الأحد، أن وزارة الداخلية '
            'الألمانية تريد منع المهاجرين من الوصول إلى ساحل أوروبا.')
    assert _claims(nlp, text) == [
        ("indirect", "أن وزارة الداخلية الألمانية تريد منع المهاجرين من الوصول إلى ساحل أوروبا", "ذكرت",
         'صحيفة "فيلت ام زونتاج" الألمانية', "وكالة رويترز للأنباء", None)]
    # an outlet's subject and the sources it relays: the sources speak, as before
    text = "وأفادت وكالة الأنباء الرسمية، حسب مصادر مطلعة، أن الحكومة ستعلن قرارها غدا."
    assert _claims(nlp, text) == [("indirect", "أن الحكومة ستعلن قرارها غدا", "أفادت", "مصادر مطلعة", None, None)]


def test_source_phrase_inside_its_clause_claims_the_clause(nlp: Any) -> None:
    text = ("وتعود أطوار القضية، وفق ما أفاد مصدر قضائي، الجوهرة أف أم، إلى ليلة 14 فيفري 2012 لما عمد شخصان، إلى قتل "
            "جارهما.")  # held-out 8012
    doc = nlp(text)
    (q,) = doc.layers["quotes"]
    assert (q.kind, q.start, q.end, q.text, q.source["text"]) == (
        "source", 0, 111, "وتعود أطوار القضية، وفق ما أفاد مصدر قضائي، الجوهرة أف أم، إلى ليلة 14 فيفري 2012 لما عمد "
        "شخصان، إلى قتل جارهما", "مصدر قضائي")
    text = ("وتمثّلت الجريمة، وفق ما صرّح به مصدر أمني لمراسل الجوهرة اف ام بالجهة،  في تعرض الضحية إلى هجوم من طرف شاب "
            "يعاني من اضطرابات نفسية.")  # held-out 7713
    assert _claims(nlp, text) == [
        ("source", "وتمثّلت الجريمة، وفق ما صرّح به مصدر أمني لمراسل الجوهرة اف ام بالجهة،  في تعرض الضحية إلى هجوم من "
         "طرف شاب يعاني من اضطرابات نفسية", "وفق ما", "مصدر أمني", None, None)]
    text = ("وتعتبر هذه النسبة، وفق بلاغ لرئاسة الحكومة تلقت الجوهرة اف ام نسخة منه، أعلى نسبة نمو اقتصادي تسجلها تونس "
            "منذ سنة 2011.")  # ANT 774
    assert _claims(nlp, text) == [
        ("source", text[:-1], "وفق", "رئاسة الحكومة", None, None)]


def test_source_phrase_inside_its_clause_guards(nlp: Any) -> None:
    # the outlet that got the statement after the phrase's comma, the sentence ending: the phrase trails (ANT 702)
    text = ("وسيشهد هذا الخط رحلتين في الأسبوع من أجل تنشيط اللقاءات بين رجال الأعمال الليبيين والتونسيين، والنهوض "
            "بالسياحة الاستشفائية بالجهة، وفقا لبيان صادر اليوم الأربعاء عن المندوبية الجهوية للسياحة بجربة جرجيس، "
            "تلقت الجوهرة أف أم نسخة منه.")
    assert _claims(nlp, text) == [
        ("source", "وسيشهد هذا الخط رحلتين في الأسبوع من أجل تنشيط اللقاءات بين رجال الأعمال الليبيين والتونسيين، "
         "والنهوض بالسياحة الاستشفائية بالجهة", "وفقا ل", "المندوبية الجهوية للسياحة", None, None)]
    # the same outlet before a comma and the clause going on: the clause around it, as on main (ANT 658)
    text = ("ويعزى هذا التراجع، بحسب بلاغ صادر عن وزارة الفلاحة، تلقت الجوهرة أف أم نسخة منه اليوم الثلاثاء 14 مارس "
            "2017، إلى الارتفاع الهام في قيمة الواردات الغذائية.")
    assert _claims(nlp, text) == [("source", text[:-1], "بحسب", "وزارة الفلاحة", None, None)]
    # a semicolon ends the phrase's clause (ANT 445)
    text = "وكذلك علاقتها بكثافة نسبة المعادن بالعظام، بحسب دراسة فرامنغهام لهشاشة العظام؛ بسبب وجود الكافيين."
    assert [c[1] for c in _claims(nlp, text)] == ["وكذلك علاقتها بكثافة نسبة المعادن بالعظام"]


def test_given_name_and_one_word_before_a_rumour(nlp: Any) -> None:
    text = ("نفى معتمد منوبة نزار عمري ما راج بعدد من المواقع الاعلامية ومواقع التواصل الاجتماعي من اخبار وصفها "
            "بالكاذبة، حول تورطه في قضية تحرش بمواطنة بالجهة.")  # ANT 4558: the tagger reads "نزار" only
    doc = nlp(text)
    (q,) = doc.layers["quotes"]
    assert (q.start, q.end, q.source["start"], q.source["end"], q.source["text"]) == (26, 146, 16, 25, "نزار عمري")
    assert q.text.startswith("ما راج بعدد")


def test_rumour_objects_are_no_name(nlp: Any) -> None:
    # guard: "صحة"/"كل" after a given name is what is denied, no word of the speaker's name
    for text in ("نفى الوالي سامي صحة ما راج حول استقالته من الحكومة.", "نفى الوزير كمال كل ما راج حول استقالته."):
        claims = _claims(nlp, text)
        assert claims and all(c[3] not in ("سامي صحة", "كمال كل") and not c[1].startswith("ما راج") for c in claims)


def test_aside_and_inset_guards_found_in_ant_3000_5999(nlp: Any) -> None:
    # data that tell are no speaker: the phrase's speaker speaks, as on main (ANT 3486)
    text = "وتفيد المعطيات المتوفرة حول العملية، حسب ما أبرزه مصدر امني، انه تم فتح تحقيق في الغرض."
    assert _claims(nlp, text) == [("indirect", "انه تم فتح تحقيق في الغرض", "تفيد", "مصدر امني", None, None)]
    # an untagged name after the phrase's comma ends the sentence: the phrase trails its clause (ANT 5652)
    text = ("أنقذت وحدات من الجيش الوطني مجموعة من المهاجرين بعد أن أصاب مركبهم عطب منعهم من الالتحاق بالسواحل "
            "الإيطالية، وفق ما أفاد به رئيس فرع الهلال الأحمر التونسي بمدنين ، منجي سليم.")
    assert [c[1] for c in _claims(nlp, text)] == [
        "أنقذت وحدات من الجيش الوطني مجموعة من المهاجرين بعد أن أصاب مركبهم عطب منعهم من الالتحاق بالسواحل الإيطالية"]
    # "دون" ("without", also the posting verb دوّن) goes on with the clause around the phrase (ANT 3487)
    text = ('في هذه الأثناء يقيم الطفل (م إ) في "خربة" بالقرب من استعجالي مستشفى سهلول، فراشه الأرض وغطاؤه السماء، '
            'بحسب مصدرنا الأمني، دون رعاية أو رقيب وفي حالة تشرد مؤلمة.')
    assert [c[1] for c in _claims(nlp, text)] == [
        "فراشه الأرض وغطاؤه السماء، بحسب مصدرنا الأمني، دون رعاية أو رقيب وفي حالة تشرد مؤلمة"]
