"""Session 39 (pf39a, issue #18; speed, output unchanged): gates for the session-38 rules that ran on every
sentence, each on a rulewords bit its own loop needs: security_unit_missions on its units' heads
(``security_units.yaml`` ``heads``: UNIT_MISSION_HEAD), national_services on its heads as written with their
proclitics (SERVICE_FORM), whole_club_names on the first words of ``club_names.yaml`` (CLUB_NAME_FIRST) and
split_coordinated_clubs on an ORG and the first word of a listed club (FOREIGN_CLUB, CLUB_NAME_FIRST); then
media_names on its heads and verbs, an opening quote or bracket (OPENER, a bit of the sentence alone), a Latin word
("FM") or "أف" (FM_FORM), brand_products on a company's or product's word and a PER or LOC, and two person rules on
their own words besides a PER (FOLLOWING_NOUN, CONSTRUCT_NOUN_NAME), and predicate_not_person on a negation's word
or the shape of spoken Tunisian's ما…ش (ADJECTIVE_NEGATION, NEGATION_SHAPE).  The bits' lists are the sets the rules
read, and a rule whose gate opens still does its work on real news text."""

from __future__ import annotations

import pytest

from arabnews import tokenize
from arabnews.extract.entities import clubs, media, orgheads, persons, security
from arabnews.extract.entities.gates import gate_of
from arabnews.extract.entities.gazetteer import default_gazetteer
from arabnews.extract.entities.rulewords import (
    ADJECTIVE_NEGATION,
    CLUB_NAME_FIRST,
    CONSTRUCT_NOUN_NAME,
    FM_FORM,
    FM_FORMS,
    FOLLOWING_NOUN,
    FOREIGN_CLUB,
    NEGATION_SHAPE,
    OPENER,
    OPENER_TEXTS,
    SERVICE_FORM,
    UNIT_MISSION_HEAD,
    negation_shape,
    rule_words,
    sentence_bits,
    word_flags,
)
from arabnews.lang.ar import fold
from gate_cases import gate_shuts

GATED = [security.security_unit_missions, orgheads.national_services, clubs.whole_club_names,
         clubs.split_coordinated_clubs, media.media_names, media.brand_products, persons.following_out_of_person,
         persons.noun_name_in_construct, persons.predicate_not_person]




@pytest.mark.parametrize("rule", GATED, ids=lambda r: r.__name__)
def test_each_rule_has_its_gate(rule) -> None:
    assert gate_of(rule) is not None


def test_the_bits_lists_are_the_rules_own() -> None:
    """The heads, forms and first words of the new bits are the sets the rules read."""
    rw = rule_words()
    assert rw.unit_mission_heads == security.unit_words().heads
    assert rw.service_forms == orgheads._service_forms()
    assert rw.club_name_first_words == frozenset(clubs._club_names())
    assert rw.foreign_club_first_words == frozenset(clubs._foreign_clubs())


@pytest.mark.parametrize(("word", "bit"), [
    ("الوحدة", UNIT_MISSION_HEAD), ("للوحدة", UNIT_MISSION_HEAD), ("فرقة", UNIT_MISSION_HEAD),
    ("بوحدة", UNIT_MISSION_HEAD), ("المصلحة", UNIT_MISSION_HEAD), ("الإدارة", UNIT_MISSION_HEAD),
    ("البريد", SERVICE_FORM), ("للبريد", SERVICE_FORM), ("والديوانة", SERVICE_FORM), ("بالإذاعة", SERVICE_FORM),
    ("باريس", CLUB_NAME_FIRST), ("لباريس", CLUB_NAME_FIRST), ("ريال", CLUB_NAME_FIRST), ("ديبورتيفو", CLUB_NAME_FIRST),
    ("يوفنتوس", FOREIGN_CLUB), ("أرسنال", FOREIGN_CLUB),
])
def test_word_bits(word: str, bit: int) -> None:
    assert word_flags(word) & bit


@pytest.mark.parametrize(("word", "bit"), [
    ("الوحدات", UNIT_MISSION_HEAD), ("بريد", SERVICE_FORM), ("الحكومة", SERVICE_FORM), ("مدريد", CLUB_NAME_FIRST),
])
def test_words_without_the_bit(word: str, bit: int) -> None:
    """A plural unit, a service's head without its article, another word, a club's second word."""
    assert not word_flags(word) & bit


def test_unit_gate_opens_on_its_head() -> None:
    """ANT 2482's family: "الفرقة الوطنية لمكافحة الإرهاب" opens the gate and is one ORG (offsets 16-46); a sentence
    without a unit's head shuts it."""
    gaz = default_gazetteer()
    toks = tokenize("وأحيل الملف على الفرقة الوطنية لمكافحة الإرهاب بتونس")
    tags = ["O"] * len(toks)
    assert not gate_shuts(security.security_unit_missions, toks, tags)
    security.security_unit_missions(toks, tags, gaz)
    k = [t.text for t in toks].index("الفرقة")
    assert tags[k:k + 4] == ["B-ORG", "I-ORG", "I-ORG", "I-ORG"] and (toks[k].start, toks[k + 3].end) == (16, 46)
    plain = tokenize("وتم إيقاف شخصين بتهمة الإرهاب")
    assert gate_shuts(security.security_unit_missions, plain, ["O"] * len(plain))


def test_service_gate_opens_on_its_head() -> None:
    """ANT 883: "للبريد التونسي" opens national_services (the ORG without its ل); "البريد الإلكتروني" opens it and
    stays untagged; a sentence without a service's head shuts it."""
    gaz = default_gazetteer()
    toks = tokenize("وأكد الرئيس المدير العام للبريد التونسي أن الخدمات تحسنت")
    tags = ["O"] * len(toks)
    assert not gate_shuts(orgheads.national_services, toks, tags)
    orgheads.national_services(toks, tags, gaz)
    k = [t.text for t in toks].index("للبريد")
    assert tags[k:k + 2] == ["B-ORG", "I-ORG"] and (toks[k].start, toks[k + 1].end) == (25, 39)
    mail = tokenize("وأرسل الملف عبر البريد الإلكتروني")
    tags = ["O"] * len(mail)
    assert not gate_shuts(orgheads.national_services, mail, tags)
    orgheads.national_services(mail, tags, gaz)
    assert tags == ["O"] * len(mail)
    plain = tokenize("وقالت الشرطة الفرنسية إن المهاجم قتل")
    assert gate_shuts(orgheads.national_services, plain, ["O"] * len(plain))


def test_club_gates() -> None:
    """ANT 9374: "لباريس سان جيرمان" opens whole_club_names, which makes the three words one ORG (offsets 22-38);
    split_coordinated_clubs opens only with an ORG as well; "وصل الرئيس إلى مدريد" shuts both."""
    gaz = default_gazetteer()
    toks = tokenize("انتصار تاريخي و عريض لباريس سان جيرمان على برشلونة")
    tags = ["O"] * len(toks)
    assert not gate_shuts(clubs.whole_club_names, toks, tags)
    assert gate_shuts(clubs.split_coordinated_clubs, toks, tags)  # no ORG yet
    clubs.whole_club_names(toks, tags, gaz)
    k = [t.text for t in toks].index("لباريس")
    assert tags[k:k + 3] == ["B-ORG", "I-ORG", "I-ORG"] and (toks[k].start, toks[k + 2].end) == (21, 38)
    assert not gate_shuts(clubs.split_coordinated_clubs, toks, tags)
    pair = tokenize("بينما خرج أرسنال ونابولي")
    tags = ["O", "O", "B-ORG", "I-ORG"]
    assert not gate_shuts(clubs.split_coordinated_clubs, pair, tags)
    clubs.split_coordinated_clubs(pair, tags, gaz)
    assert tags == ["O", "O", "B-ORG", "B-ORG"] and (pair[3].start, pair[3].end) == (17, 24)
    plain = tokenize("وصل الرئيس إلى مدريد")
    assert gate_shuts(clubs.whole_club_names, plain, ["O"] * len(plain))
    assert gate_shuts(clubs.split_coordinated_clubs, plain, ["O", "O", "O", "B-ORG"])


def test_media_gate() -> None:
    """media_names opens on a media head, a verb of saying, a quote or bracket (OPENER), a Latin word ("FM") or "أف";
    the opener texts and "أف" are media's own.  "وقال للجزيرة" opens it and tags "لجزيرة" (the ORG after its ل); a
    sentence of none of them shuts it."""
    gaz = default_gazetteer()
    assert OPENER_TEXTS == media._OPENERS and FM_FORMS == {media._FM[0]} and rule_words().fm_forms == FM_FORMS
    assert [t.kind for t in tokenize("موزاييك FM")] == ["word", "latin"]
    assert sentence_bits(tokenize("قال «الشرق الأوسط»")) & OPENER and sentence_bits(tokenize("ل(وات)")) & OPENER
    assert not sentence_bits(tokenize("قال الشرق الأوسط")) & OPENER
    assert word_flags("أف") & FM_FORM and word_flags("اف") & FM_FORM
    toks = tokenize("وقال للجزيرة إن الوضع صعب")
    tags = ["O"] * len(toks)
    assert not gate_shuts(media.media_names, toks, tags)
    media.media_names(toks, tags, gaz)
    assert tags[1] == "B-ORG" and (toks[1].start, toks[1].end) == (5, 12)
    radio = tokenize("الجوهرة أف أم")
    tags = ["O"] * len(radio)
    assert not gate_shuts(media.media_names, radio, tags)
    media.media_names(radio, tags, gaz)
    assert tags == ["B-ORG", "I-ORG", "I-ORG"] and (radio[0].start, radio[2].end) == (0, 13)
    plain = tokenize("ارتفعت أسعار النفط في الأسواق العالمية")
    assert gate_shuts(media.media_names, plain, ["O"] * len(plain))


def test_brand_and_person_gates() -> None:
    """brand_products needs a company's or a product's word and a PER or LOC; following_out_of_person a noun of a
    following (FOLLOWING_NOUN) and noun_name_in_construct a given name that is a noun (CONSTRUCT_NOUN_NAME), each
    with a PER."""
    gaz = default_gazetteer()
    assert word_flags("جناح") & FOLLOWING_NOUN and word_flags("لأنصار") & FOLLOWING_NOUN
    assert word_flags("بوسام") & CONSTRUCT_NOUN_NAME and not word_flags("الشجاعة") & CONSTRUCT_NOUN_NAME
    toks = tokenize("أتباع فتح الله غولن")
    tags = ["B-PER", "I-PER", "I-PER", "I-PER"]
    assert not gate_shuts(persons.following_out_of_person, toks, tags)
    persons.following_out_of_person(toks, tags, gaz)
    assert tags == ["O", "B-PER", "I-PER", "I-PER"] and (toks[1].start, toks[3].end) == (6, 19)
    assert gate_shuts(persons.following_out_of_person, tokenize("قال محمد علي"), ["O", "B-PER", "I-PER"])
    medal = tokenize("وحصل على وسام الشجاعة")
    tags = ["O", "O", "B-PER", "I-PER"]
    assert not gate_shuts(persons.noun_name_in_construct, medal, tags)
    persons.noun_name_in_construct(medal, tags, gaz)
    assert tags == ["O"] * 4
    assert gate_shuts(persons.noun_name_in_construct, tokenize("قال محمد علي"), ["O", "B-PER", "I-PER"])
    brand = tokenize("وأشارت سامسونج في بيان")
    tags = ["O", "B-LOC", "O", "O"]
    assert not gate_shuts(media.brand_products, brand, tags)
    media.brand_products(brand, tags, gaz)
    assert tags == ["O", "B-ORG", "O", "O"] and (brand[1].start, brand[1].end) == (7, 14)
    assert gate_shuts(media.brand_products, brand, ["O", "B-ORG", "O", "O"])


@pytest.mark.parametrize("word", ["مانعرفوش", "وماكانش", "ماهيش", "مالوش", "ماتتداواش"])
def test_negation_shape_holds_every_spoken_negation(word: str) -> None:
    """The shape bit is implied by persons._spoken_negation (ما…ش, after و/ف), so predicate_not_person's gate opens."""
    assert persons._spoken_negation(fold(word)) and negation_shape(fold(word)) and word_flags(word) & NEGATION_SHAPE


def test_predicate_gate() -> None:
    """"غير صالح للاستهلاك": the negation opens predicate_not_person, which takes the PER "صالح" out; a PER with no
    negation shuts it."""
    gaz = default_gazetteer()
    assert word_flags("غير") & ADJECTIVE_NEGATION and not word_flags("صالح") & (ADJECTIVE_NEGATION | NEGATION_SHAPE)
    toks = tokenize("المنتوج غير صالح للاستهلاك")
    tags = ["O", "O", "B-PER", "O"]
    assert not gate_shuts(persons.predicate_not_person, toks, tags)
    persons.predicate_not_person(toks, tags, gaz)
    assert tags == ["O"] * 4
    assert gate_shuts(persons.predicate_not_person, tokenize("قال محمد علي"), ["O", "B-PER", "I-PER"])
