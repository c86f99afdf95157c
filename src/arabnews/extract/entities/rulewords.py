"""The word lists of the post-CRF correction rules (``resources/ner/rules.yaml``), folded, and how
a rule asks whether a word is one of them after its proclitics and article.

>>> words = rule_words()
>>> in_list("والمنظمة", words.org_heads), in_list("للهجرة", words.org_heads)
(True, False)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, reduce
from operator import or_
from typing import TYPE_CHECKING

from ...lang.ar import fold, fold_words, load, word_lemma_forms
from ...lang.ar.charsets import CLOSING_QUOTES, OPENING_QUOTES
from ...lang.ar.words import relative_pronouns
from ...lang.schema import Record, Words
from ...memo import WORD_MEMO_LIMIT, make_room, remember
from ...text.tokenize import Token
from .gazetteer import country_first_words, country_prefix_words, loc_head_words, shipped_place_words, town_first_words

if TYPE_CHECKING:
    from .gazetteer import Gazetteer

RULES_FILE = "ner/rules.yaml"
RULES_SCHEMA = Record({
    "org_heads": Words, "media_heads": Words, "media_names": Words, "outlet_names": Words, "predicates": Words,
    "chain_stops": Words,
    "loc_heads_plural": Words, "titles": Words, "title_adjectives": Words,
    "function_words": Words, "function_words_names": Words,
    "toponym_heads": Words, "club_heads": Words, "club_words": Words, "club_town_heads": Words,
    "club_generic_heads": Words, "club_town_heads_ambiguous": Words, "club_heads_common": Words,
    "club_town_suffixes": Words, "club_alone": Words,
    "construct_noun_names": Words, "office_nouns": Words, "not_names": Words, "oath_forms": Words,
    "people_plurals": Words,
    "billah_forms": Words, "billah_name_words": Words,
    "known_misc": Words,
    "ministry_heads": Words, "portfolio_heads": Words, "bare_org_heads": Words, "known_orgs": Words,
    "activity_org_heads": Words, "institution_activities": Words,
    "camp_heads": Words,
    "not_acronyms": Words, "eponym_titles": Words, "dam_heads": Words, "person_named_heads": Words,
    "person_named_adjectives": Words, "adjective_given_names": Words, "nisba_given_names": Words,
    "admin_heads_plural": Words,
    "area_heads_plural": Words,
    "district_adjectives": Words, "club_town_directions": Words,
    "club_common_towns": Words, "place_noun_homographs": Words, "tool_nouns": Words,
    "un_agency_heads": Words, "court_heads": Words, "court_kinds": Words, "airline_heads": Words,
    "airline_words": Words, "arab_club_names": Words,
    "match_words": Words, "flight_words": Words,
    "natural_heads": Words, "club_nisbas": Words, "council_heads": Words, "council_adjectives": Words,
    "council_complements": Words, "nationality_taking_names": Words,
    "institution_place_heads": Words, "institution_place_phrases": Words,
    "party_heads": Words, "party_adjectives": Words, "quoted_name_heads": Words, "venue_name_heads": Words,
    "national_body_heads": Words, "national_body_adjectives": Words, "national_body_states": Words,
    "national_body_qualified": Words,
    "town_heads": Words, "rank_titles": Words, "stadium_heads": Words, "work_heads": Words, "event_heads": Words,
    "not_name_phrases": Words, "country_nisbas": Words, "hashtag_heads": Words, "hashtag_prepositions": Words,
    "place_prepositions": Words,
    "security_bodies": Words,
    "security_forces": Words, "security_unit_bodies": Words, "security_unit_heads": Words,
    "security_district_heads": Words, "security_construct_bodies": Words,
    "service_heads": Words, "service_bodies": Words, "police_command_heads": Words, "company_heads": Words,
    "company_name_heads": Words, "company_trade_words": Words,
    "not_name_words": Words, "administration_heads": Words, "administration_levels": Words,
    "public_figures": Words,
    "occupations": Words, "open_media_heads": Words, "place_media_heads": Words, "theophoric_heads": Words,
    "place_person_heads": Words, "town_name_heads": Words, "site_heads": Words, "headed_town_names": Words,
    "site_name_stops": Words, "road_heads": Words, "road_adjectives": Words, "rank_qualifiers": Words,
    "strike_means": Words,
    "theophoric_named_heads": Words, "facility_heads": Words,
    "quarter_heads": Words, "quarter_adjectives": Words,
    "disease_heads": Words, "disease_names": Words, "name_enders": Words, "naming_cues": Words, "named_as_cues": Words,
    "article_given_names": Words,
    "surname_particles": Words,
    "surname_particles_second": Words, "leading_particles": Words, "sport_roles": Words,
    "sport_role_adjectives": Words, "sport_role_teams": Words, "speech_verbs": Words, "speaker_followers": Words,
    "group_kinds_orgs": Words, "group_kinds_one_word_orgs": Words, "group_org_heads": Words, "militia_heads": Words,
    "group_headless_heads": Words,
    "group_kinds_states": Words,
    "group_kinds_unit_orgs": Words,
    "leaning_adjectives": Words, "list_cues": Words, "named_after_heads": Words,
    "people_nouns": Words, "portfolio_nouns": Words, "companies": Words, "products": Words,
    "place_offices": Words, "complement_stops": Words,
    "acronym_orgs": Words, "seat_names": Words, "seat_heads": Words, "latin_name_heads": Words,
    "incident_heads": Words, "disaster_heads": Words, "city_cues": Words, "sport_words": Words,
    "trailing_function_words": Words, "locality_nouns": Words, "purpose_nouns": Words,
    "org_object_nouns": Words, "national_service_heads": Words,
    "national_service_adjectives": Words,
    "agency_words": Words, "agency_adjectives": Words, "programme_names": Words, "platforms": Words,
    "outlet_words": Words, "ambiguous_media_heads": Words, "news_words": Words,
    "dateline_stops": Words, "head_platforms": Words, "platform_heads": Words,
    "street_heads": Words, "street_name_titles": Words, "street_name_stops": Words, "platform_products": Words,
    "sea_heads": Words, "sea_names": Words, "sea_second_names": Words, "landmark_heads": Words,
    "name_end_times": Words, "clock_heads": Words, "clock_words": Words,
    "referee_cues": Words, "foreign_club_cues": Words, "confederation_acronyms": Words, "confederation_cues": Words,
    "confederation_sport_cues": Words,
    "eponym_place_heads": Words, "following_nouns": Words, "adjective_negations": Words,
    "base_heads": Words, "base_adjectives": Words, "delegation_heads": Words, "front_heads": Words,
    "province_cue_heads": Words, "delegation_name_stops": Words, "area_nouns": Words,
    "kunya_place_heads": Words, "kunya_words": Words, "model_words": Words,
    "regnal_titles": Words, "regnal_titles_feminine": Words, "regnal_ordinals": Words,
    "regnal_ordinals_feminine": Words, "regnal_names": Words,
    "rating_agencies": Words, "people_speaker_followers": Words, "speaker_clause_openers": Words,
    "speaker_offices": Words, "speaker_object_followers": Words, "club_name_words": Words,
    "saint_words": Words, "saint_place_firsts": Words, "saint_clubs": Words, "org_named_heads": Words,
    "venue_name_ends": Words, "venue_site_heads": Words, "day_part_words": Words, "facility_adjectives": Words,
    "spokesman_words": Words,
}, {"_about": str})
#: Quotes that open and close a name ("قناة «سي بي سي»", "استاد \" لوكوموتيف \"").
QUOTES_OPEN, QUOTES_CLOSE = OPENING_QUOTES, CLOSING_QUOTES
#: Organisation names built from the corpora (``scripts/build_org_names.py``), folded.
def opening_quote(toks: Sequence[Token], q: int) -> bool:
    """Is token ``q`` a quote that opens the word after it: an opening mark, written against that word
    and apart from the one before ('مجموعة "كيان"'; a straight quote closes as often: '"توماس كوك"
    والاتحاد')?"""
    quote = toks[q]
    if quote.text not in QUOTES_OPEN or q + 1 >= len(toks) or quote.end != toks[q + 1].start:
        return False
    return quote.text not in QUOTES_CLOSE or q == 0 or toks[q - 1].end < quote.start


ORG_NAMES_FILE = "ner/org_names.json"
ORG_NAMES_SCHEMA = Record({"names": Words}, {"_about": str})
#: European football clubs named by their town (session 36; :func:`.orgs.foreign_clubs`).
FOREIGN_CLUBS_FILE = "ner/foreign_clubs.yaml"
FOREIGN_CLUBS_SCHEMA = Record({"clubs": Words}, {"_about": str})
#: Football clubs named by two words or more (:func:`.clubs.whole_club_names`) and the security units' heads
#: (:func:`.security.security_unit_missions`): read here for their first words and heads, the rules' gates (session
#: 39); each file is checked whole by its rule's own schema.
CLUB_NAMES_FILE = "ner/club_names.yaml"
CLUB_NAMES_SCHEMA = Record({"clubs": Words}, {"_about": str})
UNITS_FILE = "ner/security_units.yaml"
UNIT_HEADS_SCHEMA = Record({"heads": Words}, extra=True)


@dataclass(frozen=True)
class RuleWords:
    """Folded forms of each list of ``rules.yaml`` (without the article: "منظمه", not "المنظمه")."""

    org_heads: frozenset[str]
    media_heads: frozenset[str]
    #: the media heads after which any name is a media name ("تلفزيون فارو")
    open_media_heads: frozenset[str]
    #: of those, the heads after which a place's name is the outlet's ("إذاعة قفصة")
    place_media_heads: frozenset[str]
    #: media names as tuples of folded words ("الشرق", "الاوسط")
    media_names: frozenset[tuple[str, ...]]
    #: unambiguous media names (folded word tuples), by their first folded word
    outlet_first: dict[str, tuple[tuple[str, ...], ...]]
    #: first folded word of a media name → the names starting with it, longest first
    media_first: dict[str, tuple[tuple[str, ...], ...]]
    predicates: frozenset[str]
    chain_stops: frozenset[str]
    #: weekdays and words of age that end no name ("الجمعة", "البالغة"), folded
    name_end_times: frozenset[str]
    #: words that open a clock time after a name ("الساعة", "ابتداء") and those before them ("على", "من"), folded
    clock_heads: frozenset[str]
    clock_words: frozenset[str]
    #: confederations named by an acronym that is a town too ("الكاف"), folded with the article, and the words before
    #: them that make them the body: always (``confederation_cues``: "كأس") or in a sentence about sport ("رئيس")
    confederation_acronyms: frozenset[str]
    #: the words of a fixture list's referee before a colon ("الحكم :"), without the article
    referee_cues: frozenset[str]
    #: a team's words before a foreign club named by its town ("فريقه", "تشكيلة"), without the article
    foreign_club_cues: frozenset[str]
    confederation_cues: frozenset[str]
    confederation_sport_cues: frozenset[str]
    #: the first words of ``foreign_clubs.yaml``'s clubs, folded ("نيم", "سانت"): :func:`.orgs.foreign_clubs`'s gate
    foreign_club_first_words: frozenset[str]
    #: the gates of rules whose words are read from the folded word as written (session 37, pf37b): a dam's head
    #: bare or after و, ب, ل, وب, ول (:func:`.places.dam_names`), a programme's name bare or after و, ف, ب, ل
    #: (:func:`.media.programme_names`), ب + a means of a strike (:func:`.places.place_before_strike`) and the first
    #: words of ``known_misc``'s names (:func:`.boundaries.known_misc_names`)
    dam_forms: frozenset[str]
    programme_forms: frozenset[str]
    strike_forms: frozenset[str]
    known_misc_first_words: frozenset[str]
    #: the gates of session 39 (pf39a): the first words of ``club_names.yaml``'s clubs, folded (:func:`.clubs.
    #: whole_club_names`, :func:`.clubs.split_coordinated_clubs`); the heads of ``security_units.yaml``, folded
    #: (:func:`.security.security_unit_missions`); a state's service's head as written, with the article and its
    #: proclitics (:func:`.orgheads.national_services`: ``orgheads._service_forms``)
    club_name_first_words: frozenset[str]
    #: "أف" of "أف أم" (a radio's name), folded as written: :func:`.media.media_names`'s gate with :data:`OPENER`,
    #: :data:`LATIN` ("FM") and its heads and verbs
    fm_forms: frozenset[str]
    unit_mission_heads: frozenset[str]
    service_forms: frozenset[str]
    #: the heads of a court ("محكمه") and of an airline ("الخطوط", with its article), folded: the gates of
    #: :func:`.orgheads.court_of_city` and :func:`.orgheads.airline_names`
    court_heads: frozenset[str]
    airline_heads: frozenset[str]
    #: the folded words as written that open an outlet's name (:func:`.media.outlet_names`: its first word bare, after
    #: one of :data:`NAME_CLITICS` or a pair of :data:`NAME_CLITIC_PAIRS`) or are an acronym's organisation or a seat
    #: of power (:func:`.media.acronym_orgs`: the same clitics, and ل taking the article's alef, "للهايكا"): their gates
    outlet_forms: frozenset[str]
    acronym_forms: frozenset[str]
    loc_heads_plural: frozenset[str]
    titles: frozenset[str]
    #: occupations that announce a person like a title ("الفنان"), without ending an organisation's name
    occupations: frozenset[str]
    title_adjectives: frozenset[str]
    #: folded as written (never with a proclitic: "وعلى" is not looked up)
    function_words: frozenset[str]
    #: function words that normalization makes a given name too ("على" → "علي")
    function_words_names: frozenset[str]
    #: heads that are part of a place's name ("وادي الليل", "باب المغاربة")
    toponym_heads: frozenset[str]
    toponym_heads_hamza: tuple[str, ...]  # folded heads written with a hamza on the alef ("رأس")
    #: heads of sports clubs ("النادي الصفاقسي", "الترجي الرياضي التونسي")
    club_heads: frozenset[str]
    #: words of a club's name besides a nisba ("الرياضي"), folded as written
    club_words: frozenset[str]
    #: heads of a club named after its town ("شبيبة القيروان", "بنادي حمام الأنف"); those left out of the
    #: ORG ("نادي", "فريق"), and those that need a sentence about sport ("مستقبل", "اتحاد")
    club_town_heads: frozenset[str]
    club_generic_heads: frozenset[str]
    club_town_heads_ambiguous: frozenset[str]
    club_heads_common: frozenset[str]
    #: words of a foreign club's name after its town ("سان جيرمان", "سيتي"), folded as written
    club_town_suffixes: frozenset[str]
    #: clubs named by their head alone ("الترجي"), folded as written
    club_alone: frozenset[str]
    #: given names that are ordinary nouns before a definite word ("وسام" of "وسام الشجاعة")
    construct_noun_names: frozenset[str]
    #: nouns of an office, the object the tagger runs a name into ("تولي هنري" + "منصب"), folded as written
    office_nouns: frozenset[str]
    #: words the tagger takes for a name that never are one on their own ("الكلاسيكو"), folded as written
    not_names: frozenset[str]
    #: an oath by God with its proclitic ("والله", "تالله"): an interjection, no name (filters.common_phrase)
    oath_forms: frozenset[str]
    #: "بالله" with its proclitics: the MISC "الله" after its ب, none after billah_name_words (filters.common_phrase)
    billah_forms: frozenset[str]
    billah_name_words: frozenset[str]
    #: plurals of people that open no name ("الضحايا الأبرياء"; filters.common_phrase)
    people_plurals: frozenset[str]
    #: names ANERcorp tags MISC, of two words, found with a proclitic too ("بالبيت الأبيض"; boundaries.known_misc_names)
    known_misc: frozenset[str]
    #: the organisation heads that make an ORG with a bare definite chain ("وزارة الداخلية")
    ministry_heads: frozenset[str]
    #: heads of one body whose portfolios its name coordinates ("وزارة", "هيئة": "هيئة الطرق والمواصلات")
    portfolio_heads: frozenset[str]
    bare_org_heads: frozenset[str]
    #: heads that make an ORG with an indefinite noun of their activity and its definite chain ("مركز تنمية المجتمع
    #: المدني"), and those nouns, folded as written
    activity_org_heads: frozenset[str]
    institution_activities: frozenset[str]
    #: heads of mountains, beaches and oases, left out of the place ("جبل سمامة" → "سمامة")
    natural_heads: frozenset[str]
    #: regional nisbas of club names that are also ordinary adjectives ("النجم الساحلي"), folded as written
    club_nisbas: frozenset[str]
    #: heads of councils ("مجلس") and the adjectives that make one a named body, folded as written
    council_heads: frozenset[str]
    council_adjectives: frozenset[str]
    #: the genitives of a state's chamber or cabinet after "مجلس" ("النواب", "الوزراء"), folded as written
    council_complements: frozenset[str]
    #: the two-word names of a state's own body ("الهلال الأحمر", "البنك المركزي") that take its nisba, folded
    nationality_taking_names: frozenset[str]
    #: heads that make the place right after them an institution ("جامعة" + "الكويت"), folded
    institution_place_heads: frozenset[str]
    #: heads of several words before a place (folded word tuples, "لجان مقاومة"), by their first word
    institution_place_phrases: dict[str, tuple[tuple[str, ...], ...]]
    #: a party's head and the adjectives that make it a named party ("الحزب الجمهوري"), folded
    party_heads: frozenset[str]
    party_adjectives: frozenset[str]
    national_body_heads: frozenset[str]
    national_body_adjectives: frozenset[str]
    national_body_states: frozenset[str]
    national_body_qualified: frozenset[str]
    #: heads of a body's name besides ``org_heads`` before a quoted name ("ائتلاف \"صمود\"")
    quoted_name_heads: frozenset[str]
    #: heads of venues before a quoted name that is theirs even when it holds a person's ('فندق "شهباء حلب"')
    venue_name_heads: frozenset[str]
    #: heads of towns, villages, districts and camps ("مدينة أكوده")
    town_heads: frozenset[str]
    #: heads of camps, part of the place's name ("مخيم الهول")
    camp_heads: frozenset[str]
    #: heads of places often named after a person, after which the tagger's PER is the place ("مخيم أبو شوك")
    eponym_place_heads: frozenset[str]
    #: heads of a camp or barracks whose PER is the place only when it is a kunya ("معسكر أبو شوك", not "معسكر ترامب")
    kunya_place_heads: frozenset[str]
    #: a spokesman ("الناطق", "المتحدثة"), folded as written, the article kept (session 47)
    spokesman_words: frozenset[str]
    #: first words of a kunya ("أبو", "أم"), folded
    kunya_words: frozenset[str]
    #: words of make or model before a product name, folded as written ("طراز", "ماركة")
    model_words: frozenset[str]
    #: monarchs' and popes' titles, ordinals (masculine, feminine) and names borne with an ordinal, folded as written
    #: (backoff.regnal_ordinals)
    regnal_titles: frozenset[str]
    regnal_titles_feminine: frozenset[str]
    regnal_ordinals: frozenset[str]
    regnal_ordinals_feminine: frozenset[str]
    regnal_names: frozenset[str]
    #: what follows a speaker named after a noun of people right after a verb of saying ("إن", "أنها", ":"), folded
    people_speaker_followers: frozenset[str]
    #: words before a verb of saying that open its clause as و does ("من جهته أكد", "بدورها قالت"), folded
    speaker_clause_openers: frozenset[str]
    #: a speaker's office or kin without the article, in construct after his name ("… ممثل عن", "… أرملة"), folded
    speaker_offices: frozenset[str]
    #: demonstratives that follow a speaker of two words as "أن" does ("اعتبرت ريم لمتي هذه"), folded
    speaker_object_followers: frozenset[str]
    #: words that make a name a club's ("يانغ سبورتس", "يونغ سبورت أكاديمي", "فيتا كلوب"), folded as written
    club_name_words: frozenset[str]
    #: "saint" opening a foreign place's name ("سان", "سانت", "سانتا", "ساو"), folded as written
    saint_words: frozenset[str]
    #: a word before :attr:`saint_words` that the place's name keeps ("سين" of "سين سان دوني"), folded as written
    saint_place_firsts: frozenset[str]
    #: clubs named by a saint's name that ends a longer club's ("سان جيرمان"), folded as written
    saint_clubs: frozenset[str]
    #: the hospital heads of :attr:`person_named_heads` that take the tagger's ORG after them, folded as written
    org_named_heads: frozenset[str]
    #: words that end a venue's name, its head after it ("فودافون أرينا", "… ستاديوم"), folded as written
    venue_name_ends: frozenset[str]
    #: heads of a website or an app before a venue-like name, which make it an ORG ('موقع "فون أرينا"'), folded
    venue_site_heads: frozenset[str]
    #: parts of the day that tell when before a weekday ("ليل السبت"), with و/ف/ب before them too, folded
    day_part_words: frozenset[str]
    #: adjectives of a facility after the place it is named by ("مطار سوتشي" + "الدولي"), folded
    facility_adjectives: frozenset[str]
    #: nouns of a faction or following before a leader's name, no part of the PER ("جناح عبد الواحد نور")
    following_nouns: frozenset[str]
    #: words that make an adjective after them a predicate ("غير صالح"), no name
    adjective_negations: frozenset[str]
    #: heads of military bases ("قاعدة") and the adjectives that close a base's name ("الجوية"), folded as written
    base_heads: frozenset[str]
    base_adjectives: frozenset[str]
    #: heads of a Tunisian delegation, after which any word is the town ("معتمدية الشابة")
    delegation_heads: frozenset[str]
    #: heads of a battle front ("جبهة مريس")
    front_heads: frozenset[str]
    #: heads of the province or delegation a place belongs to ("من ولاية المهدية")
    province_cue_heads: frozenset[str]
    #: nouns of a place after a delegation's head that are no town ("معتمدية المكان")
    delegation_name_stops: frozenset[str]
    #: nouns of an area before a place and the town it lies in ("منطقة طنطانة بشط مريم")
    area_nouns: frozenset[str]
    #: words in parentheses that are no acronym ("(فيديو)"), folded as written
    not_acronyms: frozenset[str]
    #: royal titles that name an organisation after a person ("جامعة الملك عبدالعزيز"), folded as written
    eponym_titles: frozenset[str]
    #: heads of dams, part of the dam's name ("سد سيدي سالم"), folded as written
    dam_heads: frozenset[str]
    #: heads of institutions named after a person ("مستشفى"), and the adjectives between head and name, folded
    person_named_heads: frozenset[str]
    person_named_adjectives: frozenset[str]
    #: given names with the article that are adjectives too ("الطيب"), folded
    adjective_given_names: frozenset[str]
    #: given names shaped as a nisba with the article ("النوري", "التيجاني"), folded
    nisba_given_names: frozenset[str]
    #: plural heads of administrative units ("ولايات", "معتمديات"), folded
    admin_heads_plural: frozenset[str]
    #: plural heads of areas ("مناطق"), folded
    area_heads_plural: frozenset[str]
    #: adjectives that make a Tunisian town's delegation ("دوز الشمالية"), folded as written
    district_adjectives: frozenset[str]
    #: direction adjectives after a club's town that are the town's ("نادي الرفاع الشرقي"), folded as written
    club_town_directions: frozenset[str]
    club_common_towns: frozenset[str]
    #: ordinary nouns that fold to a town's name ("السلط", the authorities; Jordan's Salt), folded
    place_noun_homographs: frozenset[str]
    #: tools and weapons that are no place alone ("سكين"), folded
    tool_nouns: frozenset[str]
    #: heads of a UN body's name before "الأمم المتحدة" ("مكتب", "برنامج"), folded
    un_agency_heads: frozenset[str]
    #: words of a court's kind before its city ("جنايات", "استئناف"), folded
    court_kinds: frozenset[str]
    #: words of an airline's name after "الخطوط" ("الجوية", "الملكية"), folded
    airline_words: frozenset[str]
    #: Arab clubs named by a definite ordinary word or town ("السد", "العين"), folded
    arab_club_names: frozenset[str]
    #: verbs and nouns of a match ("فاز", "تعادل"), folded
    match_words: frozenset[str]
    #: words of flights that make "الخطوط" + nisba an airline ("رحلات", "مطار"), folded
    flight_words: frozenset[str]
    #: more titles that never start a person's name ("الفريق", "الكاردينال")
    rank_titles: frozenset[str]
    #: heads of a disease's or virus's name, which is MISC ("فيروس زيكا", "متحور أوميكرون")
    disease_heads: frozenset[str]
    #: names of diseases that start with a proclitic's letter ("كورونا"): never split (decode)
    disease_names: frozenset[str]
    #: words that end a name the CRF ran on into ("وغيرهما", "المكنى"), folded whole
    name_enders: frozenset[str]
    #: words after which a person's name follows ("تدعى", "المدعو"), folded, alone and after و or ف
    naming_cues: frozenset[str]
    #: words before "باسم" that make it "by the name of" ("المعروف باسم")
    named_as_cues: frozenset[str]
    #: given names written with the article ("المنجي", "الشاذلي")
    article_given_names: frozenset[str]
    #: particles of European surnames ("فون", "دي"), and those that only follow one ("دير"), folded
    surname_particles: frozenset[str]
    surname_particles_second: frozenset[str]
    #: the particles that start a surname of their own ("دوس سانتوس", "دي ماريا"), folded
    leading_particles: frozenset[str]
    #: the roles of sport people ("اللاعب", "لاعب الوسط"), their adjectives ("السابق") and teams ("للفريق"), folded
    sport_roles: frozenset[str]
    #: the first words of ``sport_roles`` ("اللاعب", "لاعب" of "لاعب الوسط"): :func:`.persons.player_after_role`'s gate
    sport_role_first_words: frozenset[str]
    sport_role_adjectives: frozenset[str]
    sport_role_teams: frozenset[str]
    #: verbs of saying, alone and after و or ف, and what follows a speaker's name after one, folded
    speech_verbs: frozenset[str]
    speaker_followers: frozenset[str]
    #: words after a military rank that belong to it ("الفريق الركن", "الفريق أول ركن"), folded as written
    rank_qualifiers: frozenset[str]
    #: heads of stadiums, whose names are MISC ("ملعب سانتياغو برنابيو")
    stadium_heads: frozenset[str]
    #: heads of a work's title ("برنامج \"الحدث\"")
    work_heads: frozenset[str]
    #: nationality adjectives that name a country themselves ("السعودية"), folded as written
    country_nisbas: frozenset[str]
    #: words before a place in a hashtag that prose leaves out of the place besides the place heads and
    #: directions ("#قطاع_غزة" → "غزة"), folded as written
    hashtag_heads: frozenset[str]
    #: prepositions inside a hashtag: a tag with one is a phrase, no name, and a place after one is what it
    #: names ("#الحرب_على_غزة" → "غزة"), folded
    hashtag_prepositions: frozenset[str]
    #: prepositions of place before a prominent city abroad the tagger read as a person ("إلى أبيدجان")
    place_prepositions: frozenset[str]
    #: security bodies naming a unit after a place head ("إقليم الحرس الوطني"), folded as written
    security_bodies: frozenset[str]
    #: Tunisian security bodies, ORGs alone or under a unit head (``security_forces``), and those only under
    #: one (``security_unit_bodies``): folded word tuples by their first word, longest first, the second's
    #: one-word names marked by their length
    security_forces: dict[str, tuple[tuple[str, ...], ...]]
    security_unit_bodies: dict[str, tuple[tuple[str, ...], ...]]
    #: their first words (folded as written, with the article), for the word flags
    security_first_words: frozenset[str]
    #: heads of a security unit ("إقليم", "فرقة"), without the article
    security_unit_heads: frozenset[str]
    #: heads of a security district named by its town, and the indefinite bodies after them ("منطقة أمن صفاقس")
    security_district_heads: frozenset[str]
    security_construct_bodies: frozenset[str]
    #: the head of a security or intelligence service ("جهاز") and the services after it (folded word tuples by
    #: their first word, longest first: "المخابرات", "أمن الدولة")
    service_heads: frozenset[str]
    service_bodies: dict[str, tuple[tuple[str, ...], ...]]
    #: heads of a police command named by its place ("قيادة" of "قيادة شرطة حلب")
    police_command_heads: frozenset[str]
    #: heads of a company's name ("شركة", "مجموعة", "بنك"), without the article
    company_heads: frozenset[str]
    #: heads after which a company's name the tagger left untagged is its ORG ("شركة"), folded
    company_name_heads: frozenset[str]
    #: nouns of a company's trade that the corpora's common words miss ("كهرباء", "إسمنت"), folded
    company_trade_words: frozenset[str]
    #: heads of an administration's name ("المندوبية", "الإدارة"), without the article, and the adjectives of
    #: its level after them ("الجهوية", "العامة"), folded as written
    administration_heads: frozenset[str]
    administration_levels: frozenset[str]
    #: words never in a name after a title ("دون", "غداة", "كل"), folded as written
    not_name_words: frozenset[str]
    #: verbal nouns of one errand that end an organisation's name after ل ("لمواصلة", "لتلقي"), folded as
    #: written without the ل
    purpose_nouns: frozenset[str]
    #: plural nouns of people, with the article, that follow a verb's subject as its object and never continue an
    #: organisation's name after a definite word ("وزارة الصحة" + "المواطنين"), folded as written
    org_object_nouns: frozenset[str]
    #: a state's public services named by a noun with the article and the nisba ("البريد"; folded as written)
    national_service_heads: frozenset[str]
    national_service_adjectives: frozenset[str]
    #: the word after "وكالة" of a news agency ("الأنباء", "الصحافة") and the adjectives of its name
    #: ("المركزية"), folded
    agency_words: frozenset[str]
    agency_adjectives: frozenset[str]
    #: programmes named alone ("بوليتيكا"), folded
    programme_names: frozenset[str]
    #: words that make a dateline's name an outlet's ("نيوز", "تريبيون", "أونلاين"), folded
    outlet_words: frozenset[str]
    #: media heads that also open other agencies' names ("وكالة", "قناة"), folded: an outlet only with news_words
    ambiguous_media_heads: frozenset[str]
    #: words that make an agency, a channel or a journal one of news ("الأنباء", "الإخبارية"), folded
    news_words: frozenset[str]
    #: what a dateline's dash gives that is no outlet ("مراسلنا", "وكالات", "خاص"), folded
    dateline_stops: frozenset[str]
    #: platforms whose name is an ordinary word or letter too ("إكس"): ORGs only after a platform head, folded
    head_platforms: frozenset[str]
    #: the heads before those ("منصة", "تطبيق"), folded
    platform_heads: frozenset[str]
    #: heads of a festival's or fair's name ("أيام قرطاج السينمائية", "مهرجان الحمامات الدولي")
    event_heads: frozenset[str]
    #: the first words of names made with "الله" ("ضيف الله", "جاب الله"), folded as written
    theophoric_heads: frozenset[str]
    #: first words of names made with "الله" that are ordinary words too ("فضل الله"): a name only beside a name
    theophoric_named_heads: frozenset[str]
    #: town heads that head a facility ("جسر", "مطار", "ميناء"), folded: no nisba after one is its name
    facility_heads: frozenset[str]
    #: heads of a town's quarters ("حي", "حيي") and the adjectives of a new or old quarter ("الجديدة"), folded
    quarter_heads: frozenset[str]
    quarter_adjectives: frozenset[str]
    #: toponym heads whose name is a person's too ("سيدي الهاني"): a place after "ب", "في" or as a dateline
    place_person_heads: frozenset[str]
    #: first words of two-word town names after a town head ("مدينة قصر هلال", "مدينة القلعة الكبرى")
    town_name_heads: frozenset[str]
    site_heads: frozenset[str]
    headed_town_names: frozenset[str]
    site_name_stops: frozenset[str]
    road_heads: frozenset[str]
    road_adjectives: frozenset[str]
    #: what a place is struck with, after ب ("سديروت برشقة صاروخية", "حلب بغارات"), folded
    strike_means: frozenset[str]
    #: first folded word (without proclitics) of a known organisation's name (``known_orgs`` and
    #: ``org_names.json``) → its names as tuples of folded words, longest first
    org_first: dict[str, tuple[tuple[str, ...], ...]]
    #: the first words of ``org_first``, for the word flags
    org_first_words: frozenset[str]
    #: the first words of ``known_orgs`` alone (hand-written without proclitics: no word of them is a proclitic and a
    #: name, "لجان" of "لجان المقاومة"; those of ``org_names.json`` keep the corpora's: "لحزب", "والاتحاد")
    known_org_first_words: frozenset[str]
    #: first folded word of a public figure's name (``public_figures``) → the names starting with it
    figure_first: dict[str, tuple[tuple[str, ...], ...]]
    #: the first words of ``figure_first``, for the word flags
    figure_first_words: frozenset[str]
    #: phrases in which a name-like word is an ordinary word, by their first word, all folded
    #: ("فريد" → ("فريد", "من", "نوعه"); :func:`.boundaries.names_in_phrases`)
    phrase_first: dict[str, tuple[tuple[str, ...], ...]]
    #: their first words without the article (as :func:`word_flags` reads a word's lists)
    phrase_first_words: frozenset[str]
    #: the public figures named by one word ("ترامب"), folded
    figure_words: frozenset[str]
    #: nouns of people a name or a verb follows ("الشهيد", "التلميذة"); they are in ``occupations`` too
    people_nouns: frozenset[str]
    #: nouns of command in a title's portfolio, no titles themselves ("مستشار قائد الدعم السريع")
    portfolio_nouns: frozenset[str]
    #: adjectives of a politician's leaning, never a family name ("الإصلاحي"), folded as written
    leaning_adjectives: frozenset[str]
    #: the two folded words that open a list of persons ("كل من"; persons.names_joined_by_and)
    list_cues: frozenset[tuple[str, ...]]
    #: the first words of ``list_cues`` ("كل", "كلا"): with I-PER, the gate of persons.names_joined_by_and (session 47)
    list_cue_first_words: frozenset[str]
    #: heads of what is named after a king, whose ordinal stays ("جامعة محمد الخامس"; persons.ordinal_out_of_player)
    named_after_heads: frozenset[str]
    #: social platforms and messaging services ("فيسبوك", "فيس بوك"), by their first folded word without the
    #: article → their names as tuples of folded words, longest first; and those first words, for the word flags
    platforms: dict[str, tuple[tuple[str, ...], ...]]
    #: the same for the platforms and the credit rating agencies (``rating_agencies``): organisations named alone
    #: (orgs.platform_names); and their first words, for the word flags
    alone_orgs: dict[str, tuple[tuple[str, ...], ...]]
    platform_first_words: frozenset[str]
    #: seas' and oceans' heads, names and second names, folded as written ("المحيط" + "الهادي", "الأبيض" + "المتوسط")
    sea_heads: frozenset[str]
    sea_names: frozenset[str]
    sea_second_names: frozenset[str]
    #: products named after a platform ("لايف" of "فيسبوك لايف"), folded
    platform_products: frozenset[str]
    #: heads of a street's or square's name without the article ("شارع", "نهج", "ساحة"), and the titles a
    #: name after them may keep ("الشهيد"), folded as written
    street_heads: frozenset[str]
    #: heads of a monument's or landmark's name without the article ("قوس", "برج", "نصب"), as written
    landmark_heads: frozenset[str]
    street_name_titles: frozenset[str]
    street_name_stops: frozenset[str]
    #: companies and products named by one word ("سامسونغ", "آيفون"), folded
    companies: frozenset[str]
    products: frozenset[str]
    #: offices named after their place ("معتمد شربان", "والي بنزرت"), folded
    place_offices: frozenset[str]
    #: words after و that never join an organisation's ل complement ("والتي", "والحكومة"), folded as written
    complement_stops: frozenset[str]
    #: organisations named by an acronym with the article ("الهايكا", "اليونسكو"), folded as written
    acronym_orgs: frozenset[str]
    #: seats of power that stand for their government, one word with the article ("الكرملين", "الإليزيه"), folded
    seat_names: frozenset[str]
    #: the head before a seat's name that is part of it ("قصر" of "قصر الإليزيه"), folded
    seat_heads: frozenset[str]
    #: heads after which a name in Latin letters is an ORG ("شبكة CNN", "شركة Polimovie"), without the article
    latin_name_heads: frozenset[str]
    #: heads of an attack's or incident's name before its place ("هجوم كيبيك الإرهابي"), without the article
    incident_heads: frozenset[str]
    #: heads of a natural disaster named after its place ("زلزال الحوز", "فيضانات درنة"), without the article
    disaster_heads: frozenset[str]
    #: words before a city read as an organisation that make it the place ("في مانشستر"), folded as written
    city_cues: frozenset[str]
    #: words of a sentence about sport, where a city is its club ("لعب في برشلونة"), without the article
    sport_words: frozenset[str]
    #: function words trimmed from a name's end only, not after a letter's name ("المجلس أي"), folded as written
    trailing_function_words: frozenset[str]
    #: nouns of a locality before a toponym head's name that make it a place ("معتمدية سيدي علوان"), no article
    locality_nouns: frozenset[str]
    #: kinds of registry groups that are ORGs (any name; one-word names only), as the groups stage writes them
    group_kinds_orgs: frozenset[str]
    group_kinds_one_word_orgs: frozenset[str]
    #: heads that make a longer militia's or rebel faction's name an ORG (folded, session 32)
    group_org_heads: frozenset[str]
    #: heads of a militia's name (folded, session 32)
    militia_heads: frozenset[str]
    #: heads left out of a longer militia's ORG (folded, session 32)
    group_headless_heads: frozenset[str]
    #: kinds of groups that belong to a state: never ORGs
    group_kinds_states: frozenset[str]
    #: kinds of the group a registry unit belongs to (through its parents) that make the unit's name an ORG
    group_kinds_unit_orgs: frozenset[str]


def _by_first_word(names: frozenset[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """First word → the names starting with it, longest first."""
    first: dict[str, list[tuple[str, ...]]] = {}
    for name in sorted(names, key=lambda n: (-len(n), n)):
        first.setdefault(name[0], []).append(name)
    return {k: tuple(v) for k, v in first.items()}


#: A proclitic letter before a name ("لرويترز", "وفرانس"), and two of them ("وبرويترز", "ولرويترز"): the forms of
#: :attr:`RuleWords.outlet_forms` and :attr:`RuleWords.acronym_forms` (``orgbounds._CLITICS``, ``_CLITIC_PAIRS``).
NAME_CLITICS = frozenset("وفبلك")
NAME_CLITIC_PAIRS = frozenset(c + p for c in "وف" for p in "بلك")
#: The texts that open a name in quotes or brackets (``media._OPENERS``): :data:`OPENER`, a bit of a sentence's
#: :attr:`SentenceWords.bits` when a token is one.
OPENER_TEXTS = QUOTES_OPEN | {"("}
#: "أف" of a radio's "أف أم", folded (``media._FM``): the first form of :attr:`RuleWords.fm_forms`.
FM_FORMS = frozenset({"اف"})


def _acronym_forms(names: frozenset[str]) -> frozenset[str]:
    """The folded ``names`` as written in a sentence: bare, after one or two proclitics, and with the article after
    ل, which takes its alef ("للهايكا", "وللهايكا"); :func:`.media._acronym_forms`, read here for its gate."""
    out: set[str] = set()
    for form in names:
        out.update((form, *(c + form for c in NAME_CLITICS), *(p + form for p in NAME_CLITIC_PAIRS)))
        if form.startswith("ال"):
            lam = "ل" + form[1:]
            out.update((lam, *(c + lam for c in "وف")))
    return frozenset(out)


def _service_forms(heads: frozenset[str]) -> frozenset[str]:
    """The folded ``heads`` (with the article) with their proclitics: "البريد", "والبريد", "للبريد", "بالبريد",
    "وللبريد" (``orgheads._service_forms``, read here for its gate)."""
    out: set[str] = set()
    for head in heads:
        lam = "ل" + head[1:]  # ل + the article: "للبريد"
        for form in (head, "ب" + head, "ك" + head, lam):
            out.update((form, "و" + form, "ف" + form))
    return frozenset(out)


def _bare(word: str) -> str:
    word = fold(word)
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


@cache
def rule_words() -> RuleWords:
    """``rules.yaml``, loaded and folded once."""
    data = load(RULES_FILE, RULES_SCHEMA)

    def words(key: str) -> frozenset[str]:
        return frozenset(_bare(w) for w in data[key])

    def folded(key: str) -> frozenset[str]:  # folded as written, the article kept
        return frozenset(fold(w) for w in data[key])

    media = frozenset(tuple(fold(x) for x in w.split()) for w in data["media_names"])
    first = _by_first_word(media)
    orgs = [*data["known_orgs"], *load(ORG_NAMES_FILE, ORG_NAMES_SCHEMA)["names"]]
    org_first = _by_first_word(frozenset(tuple(fold(x) for x in w.split()) for w in orgs))
    figures = _by_first_word(frozenset(tuple(fold(x) for x in w.split()) for w in data["public_figures"]))
    phrases = _by_first_word(frozenset(tuple(fold(x) for x in w.split()) for w in data["not_name_phrases"]))
    forces = _by_first_word(frozenset(tuple(fold(x) for x in w.split()) for w in data["security_forces"]))
    units = _by_first_word(frozenset(tuple(fold(x) for x in w.split()) for w in data["security_unit_bodies"]))
    platforms = _by_first_word(frozenset(tuple(fold(x) for x in w.split()) for w in data["platforms"]))
    # rating agencies are named alone as platforms are (orgs.platform_names), but are no place of posting
    alone = _by_first_word(frozenset(tuple(fold(x) for x in w.split())
                                     for w in (*data["platforms"], *data["rating_agencies"])))
    first_outlets = _by_first_word(frozenset(tuple(fold(x) for x in w.split()) for w in data["outlet_names"]))
    return RuleWords(
        org_heads=words("org_heads"), media_heads=words("media_heads"), open_media_heads=words("open_media_heads"),
        place_media_heads=words("place_media_heads"),
        media_names=media, media_first=first,
        outlet_first=first_outlets,
        org_first=org_first, org_first_words=frozenset(org_first),
        known_org_first_words=frozenset(fold(w.split()[0]) for w in data["known_orgs"]),
        predicates=folded("predicates") | relative_pronouns(),
        chain_stops=folded("chain_stops"), name_end_times=folded("name_end_times"),
        clock_heads=folded("clock_heads"), clock_words=folded("clock_words"),
        referee_cues=words("referee_cues"), foreign_club_cues=words("foreign_club_cues"),
        confederation_acronyms=folded("confederation_acronyms"),
        confederation_cues=words("confederation_cues"),
        confederation_sport_cues=words("confederation_sport_cues"),
        foreign_club_first_words=frozenset(fold(name.split()[0])
                                           for name in load(FOREIGN_CLUBS_FILE, FOREIGN_CLUBS_SCHEMA)["clubs"]),
        dam_forms=frozenset(p + fold(w) for w in data["dam_heads"] for p in ("", "و", "ب", "ل", "وب", "ول")),
        programme_forms=frozenset(c + fold(w) for w in data["programme_names"] for c in ("", "و", "ف", "ب", "ل")),
        strike_forms=frozenset("ب" + fold(w) for w in data["strike_means"]),
        known_misc_first_words=frozenset(fold(w).split()[0] for w in data["known_misc"]),
        club_name_first_words=frozenset(fold(name.split()[0])
                                        for name in load(CLUB_NAMES_FILE, CLUB_NAMES_SCHEMA)["clubs"]),
        fm_forms=FM_FORMS,
        unit_mission_heads=frozenset(fold(w) for w in load(UNITS_FILE, UNIT_HEADS_SCHEMA)["heads"]),
        service_forms=_service_forms(folded("national_service_heads")),
        court_heads=folded("court_heads"), airline_heads=folded("airline_heads"),
        outlet_forms=frozenset(c + k for k in first_outlets for c in ("", *NAME_CLITICS, *NAME_CLITIC_PAIRS)),
        acronym_forms=_acronym_forms(frozenset(fold(w) for w in (*data["acronym_orgs"], *data["seat_names"]))),
        loc_heads_plural=words("loc_heads_plural"), titles=words("titles"),
        occupations=words("occupations") | words("people_nouns"),
        people_nouns=words("people_nouns"), portfolio_nouns=words("portfolio_nouns"),
        title_adjectives=words("title_adjectives"),
        function_words=folded("function_words"),
        function_words_names=folded("function_words_names"),
        toponym_heads=words("toponym_heads"), club_heads=words("club_heads"),
        toponym_heads_hamza=tuple(fold(w) for w in data["toponym_heads"] if any(c in w for c in _HAMZA_ALEFS)),
        club_words=folded("club_words"), club_town_heads=words("club_town_heads"),
        club_generic_heads=words("club_generic_heads"), club_town_heads_ambiguous=words("club_town_heads_ambiguous"),
        club_heads_common=words("club_heads_common"),
        club_town_suffixes=folded("club_town_suffixes"), club_alone=folded("club_alone"),
        construct_noun_names=words("construct_noun_names"), office_nouns=folded("office_nouns"),
        not_names=folded("not_names"), oath_forms=folded("oath_forms"), billah_forms=folded("billah_forms"),
        billah_name_words=folded("billah_name_words"), people_plurals=folded("people_plurals"),
        known_misc=folded("known_misc"),
        ministry_heads=words("ministry_heads"), portfolio_heads=words("portfolio_heads"),
        bare_org_heads=words("bare_org_heads"), camp_heads=words("camp_heads"),
        activity_org_heads=words("activity_org_heads"), institution_activities=folded("institution_activities"),
        not_acronyms=folded("not_acronyms"),
        eponym_titles=folded("eponym_titles"), dam_heads=folded("dam_heads"),
        person_named_heads=folded("person_named_heads"), person_named_adjectives=folded("person_named_adjectives"),
        adjective_given_names=folded("adjective_given_names"), nisba_given_names=folded("nisba_given_names"),
        admin_heads_plural=folded("admin_heads_plural"),
        area_heads_plural=folded("area_heads_plural"),
        district_adjectives=folded("district_adjectives"), club_town_directions=folded("club_town_directions"),
        club_common_towns=folded("club_common_towns"),
        place_noun_homographs=folded("place_noun_homographs"), tool_nouns=words("tool_nouns"),
        un_agency_heads=folded("un_agency_heads"),
        court_kinds=folded("court_kinds"), airline_words=folded("airline_words"),
        arab_club_names=folded("arab_club_names"), match_words=words("match_words"),
        flight_words=folded("flight_words"),
        natural_heads=words("natural_heads"),
        club_nisbas=folded("club_nisbas"), council_heads=words("council_heads"),
        council_adjectives=folded("council_adjectives"),
        council_complements=folded("council_complements"),
        nationality_taking_names=folded("nationality_taking_names"),
        institution_place_heads=folded("institution_place_heads"),
        institution_place_phrases=_by_first_word(
            frozenset(tuple(fold(x) for x in w.split()) for w in data["institution_place_phrases"])),
        town_heads=words("town_heads"),
        eponym_place_heads=words("eponym_place_heads"), following_nouns=words("following_nouns"),
        kunya_place_heads=words("kunya_place_heads"), kunya_words=folded("kunya_words"),
        spokesman_words=folded("spokesman_words"),
        model_words=folded("model_words"),
        regnal_titles=folded("regnal_titles"),
        regnal_titles_feminine=folded("regnal_titles_feminine"), regnal_ordinals=folded("regnal_ordinals"),
        regnal_ordinals_feminine=folded("regnal_ordinals_feminine"), regnal_names=folded("regnal_names"),
        adjective_negations=words("adjective_negations"), base_heads=words("base_heads"),
        base_adjectives=folded("base_adjectives"), delegation_heads=words("delegation_heads"),
        front_heads=words("front_heads"), province_cue_heads=words("province_cue_heads"),
        delegation_name_stops=words("delegation_name_stops"), area_nouns=words("area_nouns"),
        party_heads=words("party_heads"), party_adjectives=folded("party_adjectives"),
        national_body_heads=words("national_body_heads"),
        national_body_adjectives=folded("national_body_adjectives"),
        national_body_states=folded("national_body_states"),
        national_body_qualified=words("national_body_qualified"),
        quoted_name_heads=words("quoted_name_heads"), venue_name_heads=words("venue_name_heads"),
        rank_titles=words("rank_titles"), stadium_heads=words("stadium_heads"),
        rank_qualifiers=folded("rank_qualifiers"),
        disease_heads=words("disease_heads"), disease_names=words("disease_names"),
        name_enders=folded("name_enders"),
        naming_cues=frozenset(c + fold(w) for w in data["naming_cues"] for c in ("", "و", "ف")),
        article_given_names=folded("article_given_names"),
        named_as_cues=frozenset(c + fold(w) for w in data["named_as_cues"] for c in ("", "و", "ف")),
        surname_particles=folded("surname_particles"),
        surname_particles_second=folded("surname_particles_second"),
        leading_particles=folded("leading_particles"),
        sport_roles=folded("sport_roles"),
        sport_role_first_words=frozenset(role.split()[0] for role in folded("sport_roles")),
        sport_role_adjectives=folded("sport_role_adjectives"),
        sport_role_teams=folded("sport_role_teams"),
        speech_verbs=frozenset(c + fold(w) for w in data["speech_verbs"] for c in ("", "و", "ف")),
        speaker_followers=folded("speaker_followers"),
        people_speaker_followers=folded("people_speaker_followers"),
        speaker_clause_openers=folded("speaker_clause_openers"),
        speaker_offices=frozenset(c + fold(w) for w in data["speaker_offices"] for c in ("", "و")),
        speaker_object_followers=folded("speaker_object_followers"),
        club_name_words=folded("club_name_words"),
        saint_words=folded("saint_words"), saint_place_firsts=folded("saint_place_firsts"),
        saint_clubs=folded("saint_clubs"), org_named_heads=folded("org_named_heads"),
        venue_name_ends=folded("venue_name_ends"), venue_site_heads=folded("venue_site_heads"),
        day_part_words=frozenset(c + fold(w) for w in data["day_part_words"] for c in ("", "و", "ف", "ب")),
        facility_adjectives=folded("facility_adjectives"),
        work_heads=words("work_heads"), event_heads=words("event_heads"),
        country_nisbas=folded("country_nisbas"),
        hashtag_heads=folded("hashtag_heads"),
        hashtag_prepositions=folded("hashtag_prepositions"), place_prepositions=folded("place_prepositions"),
        security_bodies=folded("security_bodies"),
        security_forces=forces, security_unit_bodies=units,
        security_first_words=frozenset(forces) | frozenset(units) | folded("service_heads"),
        security_unit_heads=words("security_unit_heads"), security_district_heads=words("security_district_heads"),
        security_construct_bodies=folded("security_construct_bodies"), service_heads=words("service_heads"),
        service_bodies=_by_first_word(frozenset(tuple(fold(x) for x in w.split()) for w in data["service_bodies"])),
        police_command_heads=words("police_command_heads"), company_heads=words("company_heads"),
        company_name_heads=words("company_name_heads"), company_trade_words=words("company_trade_words"),
        not_name_words=folded("not_name_words"), purpose_nouns=folded("purpose_nouns"),
        org_object_nouns=folded("org_object_nouns"),
        national_service_heads=folded("national_service_heads"),
        national_service_adjectives=folded("national_service_adjectives"),
        agency_words=folded("agency_words"), agency_adjectives=folded("agency_adjectives"),
        programme_names=folded("programme_names"),
        outlet_words=folded("outlet_words"), ambiguous_media_heads=folded("ambiguous_media_heads"),
        news_words=folded("news_words"), dateline_stops=folded("dateline_stops"),
        head_platforms=folded("head_platforms"), platform_heads=folded("platform_heads"),
        administration_heads=words("administration_heads"), administration_levels=folded("administration_levels"),
        theophoric_heads=folded("theophoric_heads"), theophoric_named_heads=folded("theophoric_named_heads"),
        facility_heads=folded("facility_heads"), quarter_heads=folded("quarter_heads"),
        quarter_adjectives=folded("quarter_adjectives"),
        place_person_heads=folded("place_person_heads"),
        town_name_heads=folded("town_name_heads"),
        site_heads=words("site_heads"), headed_town_names=folded("headed_town_names"),
        site_name_stops=words("site_name_stops"), road_heads=words("road_heads"),
        road_adjectives=folded("road_adjectives"),
        strike_means=folded("strike_means"),
        figure_first=figures, figure_first_words=frozenset(figures),
        phrase_first=phrases, phrase_first_words=frozenset(_bare(w) for w in phrases),
        figure_words=frozenset(name[0] for names in figures.values() for name in names if len(name) == 1),
        leaning_adjectives=folded("leaning_adjectives"),
        list_cues=frozenset(tuple(fold(x) for x in w.split()) for w in data["list_cues"]),
        list_cue_first_words=frozenset(fold(w.split()[0]) for w in data["list_cues"]),
        named_after_heads=folded("named_after_heads"),
        platforms=platforms, alone_orgs=alone, platform_first_words=frozenset(alone),
        platform_products=folded("platform_products"),
        sea_heads=folded("sea_heads"), sea_names=folded("sea_names"), sea_second_names=folded("sea_second_names"),
        street_heads=words("street_heads"), landmark_heads=words("landmark_heads"),
        street_name_titles=folded("street_name_titles"),
        street_name_stops=folded("street_name_stops"),
        companies=folded("companies"), products=folded("products"), place_offices=folded("place_offices"),
        complement_stops=folded("complement_stops") | relative_pronouns(), acronym_orgs=folded("acronym_orgs"),
        seat_names=folded("seat_names"), seat_heads=folded("seat_heads"), latin_name_heads=words("latin_name_heads"),
        incident_heads=words("incident_heads"), disaster_heads=words("disaster_heads"),
        city_cues=folded("city_cues"), sport_words=words("sport_words"),
        trailing_function_words=folded("trailing_function_words"), locality_nouns=words("locality_nouns"),
        group_kinds_orgs=frozenset(data["group_kinds_orgs"]),
        group_kinds_one_word_orgs=frozenset(data["group_kinds_one_word_orgs"]),
        group_org_heads=folded("group_org_heads"),
        militia_heads=folded("militia_heads"),
        group_headless_heads=folded("group_headless_heads"),
        group_kinds_states=frozenset(data["group_kinds_states"]),
        group_kinds_unit_orgs=frozenset(data["group_kinds_unit_orgs"]))


def stems(word: str) -> tuple[str, ...]:
    """Folded forms of the normalized ``word`` after each proclitic split, with and without the
    article ("وبالمرصد" → "وبالمرصد", "بالمرصد", "المرصد", "مرصد"); computed once per word (the rules of a
    sentence ask again for the same words, and a word's splits cost some ten thousand instructions)."""
    hit = _stems_memo.get(word)
    return hit if hit is not None else remember(_stems_memo, word, _stems(word), _STEMS_LIMIT)


#: :func:`stems` of the words asked, at most :data:`_STEMS_LIMIT` (then :func:`~arabnews.memo.make_room`): a quarter of
#: the word memos' bound, since a word's stems are a tuple of strings (about 1.5 MB at the bound)
_STEMS_LIMIT = WORD_MEMO_LIMIT // 4
_stems_memo: dict[str, tuple[str, ...]] = {}


def _stems(word: str) -> tuple[str, ...]:
    """:func:`stems` of ``word`` (the word folded once)."""
    out: list[str] = []
    for forms in word_lemma_forms(word):
        for f in forms:
            out.append(f)
            if f.startswith("ال") and len(f) > 4:
                out.append(f[2:])
    return tuple(dict.fromkeys(out))


#: The lists of :class:`RuleWords` that :func:`in_list` answers from a word's flags, one bit each.
_LISTS = ("org_heads", "media_heads", "predicates", "chain_stops", "loc_heads_plural", "titles", "title_adjectives",
          "toponym_heads", "club_heads", "not_names", "ministry_heads", "bare_org_heads", "camp_heads", "rank_titles",
          "stadium_heads",
          "org_first_words", "natural_heads", "town_heads", "council_heads", "work_heads", "figure_first_words",
          "occupations", "disease_heads", "event_heads", "phrase_first_words", "companies", "products",
          "security_first_words", "club_town_heads", "disease_names", "platform_first_words",
          "street_heads", "sea_heads", "person_named_heads", "disaster_heads",
          # asked by in_list once per word of most sentences (place_before_province, incident_place, match_word,
          # noun_not_place, company_after_head): a bit here answers from the word's flags, not its stems each time
          "locality_nouns", "incident_heads", "match_words", "tool_nouns", "place_noun_homographs", "company_heads",
          "arab_club_names", "site_heads", "regnal_ordinals", "regnal_ordinals_feminine",
          # the candidates of institution_of_place (its heads, the first words of its phrases: the keys of
          # ``institution_place_phrases``) and the verbs of speaker_after_verb: the rules visit only those words
          "institution_place_heads", "institution_place_phrases", "speech_verbs",
          # session 36: the gates of stop_before_clock, confederation_acronyms and foreign_clubs
          "clock_heads", "confederation_acronyms", "foreign_club_first_words",
          # session 37 (pf37b): the gates of rules that ran on every sentence (:mod:`.gates`)
          "administration_heads", "latin_name_heads", "front_heads", "base_heads", "club_words", "naming_cues",
          "article_given_names", "adjective_given_names", "dam_forms", "programme_forms", "strike_forms",
          "known_misc_first_words", "outlet_forms", "acronym_forms", "party_heads", "national_body_heads",
          "court_heads", "airline_heads", "name_end_times", "model_words",
          # session 39 (pf39a)
          "club_name_first_words", "unit_mission_heads", "service_forms", "fm_forms",
          "following_nouns", "construct_noun_names", "adjective_negations",
          # session 46 (ent46): the gate of clubs.club_word_in_person
          "club_name_words",
          # session 46 (ent46b): the gate of places.saint_names
          "saint_words",
          # session 46 (pf46e): the gates of persons.particle_starts_person and persons.player_after_role, which
          # ran on each sentence with a name (467 and 382 of the benchmark's 1,306 sentences) and changed nothing
          "leading_particles", "sport_role_first_words",
          # session 46 (pf46e): the gate of places.town_district (after a place in 290 of the 1,306 sentences)
          "district_adjectives",
          # session 47 (pf47a): with I-PER, the gate of persons.names_joined_by_and (gates.when)
          "list_cue_first_words",
          # session 47 (pf47a): the gate of security.security_district_of_place (after a place in 260 of the
          # benchmark's 1,306 sentences, no change): the body the tagger read as the place
          "security_construct_bodies",
          # session 47 (ent47): the gate of boundaries.venue_name_ends
          "venue_name_ends",
          # session 47 (pf47c): the gates of persons.spokesman_not_name and places.place_named_after_person (each run
          # on every sentence with a person, 243 of the benchmark's 1,306 sentences, no change)
          "spokesman_words", "eponym_place_heads", "kunya_place_heads")
#: The bits of a word's flags (and of a sentence's) that are no list of :data:`_LISTS`, by name: see below.
_MARKS = ("predicate", "article", "future", "hashtag", "latin", "opener", "negation",
          *(f"culture:{name}" for name in ("bodies", "credit_forms", "title_marks", "dual_forms", "stage_forms",
                                           "art_forms")),
          "country_first", "town_first", "place_form", "masc_nisba", "province", "direction", "homonym_noun",
          "loc_head", "place_person_head", "dialect_first", "country_prefix")
#: The bits that come first, at positions 0 to 29 (session 45, pf45e): the lists and marks most words of news carry
#: and the rules ask most, by what the instructions of ``benchmarks/warm_stage.py entities`` counted.  CPython keeps
#: an int below 2**30 in one digit and computes ``a & b`` of two such ints on a fast path; with these bits low, most
#: words' flags, and the masks tested against them, are such ints (some 150,000 of 196,000 ``&``/``|`` over the
#: 100 articles of the benchmark, 56,000 when the bits were in the order of :data:`_LISTS`).  Only the order of the
#: bits changes: every name keeps its own bit, and what a test answers is the same.
_LOW = ("article", "predicate", "place_form", "masc_nisba", "province", "town_first", "future",
        "culture:bodies", "culture:stage_forms",
        "org_heads", "media_heads", "predicates", "chain_stops", "titles", "title_adjectives", "toponym_heads",
        "club_heads", "rank_titles", "org_first_words", "town_heads", "figure_first_words", "occupations",
        "event_heads", "phrase_first_words", "club_town_heads", "locality_nouns", "match_words", "arab_club_names",
        "site_heads", "speech_verbs")
#: Each list of :data:`_LISTS` and each mark of :data:`_MARKS` → its bit: those of :data:`_LOW` first, then the others
#: in their order.
_BIT = {name: 1 << k for k, name in enumerate((*_LOW, *(n for n in (*_LISTS, *_MARKS) if n not in _LOW)))}
_PREDICATE = _BIT["predicate"]
_ARTICLE = _BIT["article"]
#: A word shaped as a verb in the future (:func:`future_shape`): the gate of ``boundaries.future_verb_out_of_name``.
_FUTURE = _BIT["future"]
#: Bits of a sentence's :attr:`SentenceWords.bits` alone, never of a word's flags: a token of kind "hashtag", "latin";
#: a token whose text is one of :data:`OPENER_TEXTS` (session 39)
_HASHTAG, _LATIN, _OPENER = _BIT["hashtag"], _BIT["latin"], _BIT["opener"]
#: A word shaped as spoken Tunisian's negation ما…ش (:func:`negation_shape`): with ``adjective_negations``, the gate of
#: ``persons.predicate_not_person`` (session 39)
_NEGATION = _BIT["negation"]
#: Lists of ``culture.yaml`` (:func:`.culture.culture_words`, its fields by these names; ``bodies`` by their first
#: words) whose forms are bits of a word's flags too, one each ("culture:" and the name in :data:`_BIT`): the gates
#: of the culture rules, which looked at the folded words of every sentence for them (session 42)
_CULTURE_LISTS = ("bodies", "credit_forms", "title_marks", "dual_forms", "stage_forms", "art_forms")
#: A word one of whose readings is the first word of a country of several words (:func:`.gazetteer.country_first_words`:
#: "سري", "كوستا", "بوركينا"): the gate of ``places.whole_country``, which looked at every sentence's words (session 44)
_COUNTRY_FIRST = _BIT["country_first"]
#: A word one of whose readings is the first word (or words) of a town of several words
#: (:func:`.gazetteer.town_first_words`: "منزل", "بئر", "القلعه"): the words ``places.known_towns`` visits (session 44)
_TOWN_FIRST = _BIT["town_first"]
#: A word one of whose readings is a place of the shipped ``places.json``, one of its masculine nisbas with the
#: article, one of its provinces (:func:`.gazetteer.shipped_place_words`): the gates of the rules that visit a
#: sentence's places (:func:`.backoff.sentence_places`), of ``clubs.club_by_nationality`` and of
#: ``places.province_alone``, which ran on every sentence (session 45)
_PLACE_FORM, _MASC_NISBA, _PROVINCE = _BIT["place_form"], _BIT["masc_nisba"], _BIT["province"]
#: A word one of whose readings is a direction adjective of ``place_directions.yaml`` (:func:`.places.
#: direction_adjectives`: "الشرقيه", "الجنوبي"): the gate of ``places.place_direction``, which looked for one after
#: each place of 290 of the benchmark's 1,306 sentences (session 46)
_DIRECTION = _BIT["direction"]
#: A word one of whose stems is an ordinary noun or a flood's name of ``homonyms.yaml`` (:func:`.homonyms.
#: homonym_nouns`: "الجنين", "الجده"): the gate of ``homonyms.noun_not_place_name``, which asked the stems of each
#: one-word place of 268 of the benchmark's 1,306 sentences (session 46)
_HOMONYM_NOUN = _BIT["homonym_noun"]
#: A word one of whose readings is a place head of ``lexicon.yaml`` (:func:`.gazetteer.loc_head_words`: "مدينه",
#: "ولايه"; :meth:`.Gazetteer.is_loc_head` of the shipped gazetteer): the gate of the five rules of a name right after
#: a place head (``backoff.head_out_of_loc``, ``boundaries.whole_name_after_head``, …), each run on most sentences
#: with a place (240 to 260 of the benchmark's 1,306 sentences, 3 changes in all: session 47)
_LOC_HEAD = _BIT["loc_head"]
#: A word that is, as written, a head of ``place_person_heads`` after و or ف, ب or both, or none ("بسيدي", "وبئر"),
#: as :func:`.places.place_named_for_person` asks the word: its gate (session 47: it ran on each sentence with a
#: person, 245 of the benchmark's 1,306 sentences, no change); a word of ``person_words.yaml``'s ``dialect_words``
#: as written, after و or ف or none: the gate of :func:`.persons.dialect_not_person` (242, no change)
_PLACE_PERSON_HEAD, _DIALECT_FIRST = _BIT["place_person_head"], _BIT["dialect_first"]
#: A word one of whose readings is a word before a country that makes another country with it (:func:`.gazetteer.
#: country_prefix_words`: "جنوب" of "جنوب السودان"): the gate of ``boundaries.whole_multiword_place`` (session 48)
_COUNTRY_PREFIX = _BIT["country_prefix"]
#: Most words whose flags are kept (then the table makes room: see :func:`~arabnews.memo.make_room`).
_FLAGS_LIMIT = WORD_MEMO_LIMIT
_flags: dict[str, int] = {}


@cache
def _list_bits() -> dict[int, int]:
    """``id`` of each list of :func:`rule_words` → its bit (the lists live as long as the process)."""
    rw = rule_words()
    return {id(getattr(rw, name)): _BIT[name] for name in _LISTS}


@cache
def _form_bits() -> dict[str, int]:
    """Each folded form of the lists of :data:`_LISTS` → the bits of the lists it is in."""
    rw = rule_words()
    out: dict[str, int] = {}
    for name in _LISTS:
        bit = _BIT[name]
        for form in getattr(rw, name):
            out[form] = out.get(form, 0) | bit
    from .culture import culture_words  # (the culture rules read this module: imported when first asked)

    cw = culture_words()
    for name in _CULTURE_LISTS:
        bit = _BIT[f"culture:{name}"]
        for form in getattr(cw, name):
            out[form] = out.get(form, 0) | bit
    for form in country_first_words():
        out[form] = out.get(form, 0) | _COUNTRY_FIRST
    for form in town_first_words():
        out[form] = out.get(form, 0) | _TOWN_FIRST
    for form in loc_head_words():
        out[form] = out.get(form, 0) | _LOC_HEAD
    for form in country_prefix_words():
        out[form] = out.get(form, 0) | _COUNTRY_PREFIX
    for head in rule_words().place_person_heads:  # as places._place_for_person reads the word: و/ف, then ب or not
        for clitics in ("", "و", "ف", "ب", "وب", "فب"):
            out[clitics + head] = out.get(clitics + head, 0) | _PLACE_PERSON_HEAD
    from .persons import dialect_words  # (persons reads this module: imported when first asked)

    for word in dialect_words():  # as persons.dialect_not_person reads a PER's first word: و/ف or none
        for clitic in ("", "و", "ف"):
            out[clitic + word] = out.get(clitic + word, 0) | _DIALECT_FIRST
    for words, bit in zip(shipped_place_words(), (_PLACE_FORM, _MASC_NISBA, _PROVINCE), strict=True):
        for form in words:
            out[form] = out.get(form, 0) | bit
    from .places import direction_adjectives  # (places reads this module: imported when first asked)

    for form in direction_adjectives():
        out[form] = out.get(form, 0) | _DIRECTION
    from .homonyms import homonym_nouns  # (homonyms reads this module: imported when first asked)

    for form in homonym_nouns():
        out[form] = out.get(form, 0) | _HOMONYM_NOUN
    return out


def _plural_imperfect(f: str) -> bool:
    """Is the folded ``f`` (after و/ف) a verb in the imperfect, third person plural: "يطالبون",
    "ويؤكدون", "يحتجون"?  A name never has that shape, and it ends the name before it
    ("القصرين يطالبون")."""
    if f[:1] in ("و", "ف") and f[1:2] == "ي":
        f = f[1:]
    return len(f) >= 6 and f[0] == "ي" and f.endswith("ون")


def future_shape(f: str) -> bool:
    """Is the folded ``f`` shaped as ``boundaries.future_verb`` asks of a verb in the future: س, then ي, ت or ن, five
    letters at least, after و or ف or none ("سيزور", "وسيستقبل"; what the tables say of it is asked there)?"""
    if f[:1] in ("و", "ف") and f[1:2] == "س":
        f = f[1:]
    return len(f) >= 5 and f[0] == "س" and f[1] in "يتن"


def negation_shape(f: str) -> bool:
    """Is the folded ``f`` shaped as ``persons._spoken_negation`` asks of the spoken negation ما…ش at least: ما, after و
    or ف or none, and ش at its end ("مانعرفوش", "وماكانش"; what else it asks is asked there)?"""
    if f[:1] in ("و", "ف") and f[1:3] == "ما":
        f = f[1:]
    return f.startswith("ما") and f.endswith("ش")


def imperfect_shape(word: str) -> bool:
    """Is the folded ``word`` shaped as an imperfect verb, with the future سـ or not: ي, ت or ن and three
    to six letters, no ة nor feminine plural ("تحذر", "يستنكر", "ستصوت"; not "تنميه", "تحركات")?"""
    if word.startswith("س") and word[1:2] in ("ي", "ت", "ن"):
        word = word[1:]
    return word[:1] in ("ي", "ت", "ن") and 4 <= len(word) <= 7 and not word.endswith(("ه", "ات"))


def verbal_noun_shape(word: str, written: str = "") -> bool:
    """Is the folded ``word`` shaped as a verbal noun of a derived verb: إفعال, افتعال, استفعال ("امضاء",
    "اتحاد", "انتخاب", "استكمال": ا, then ا before the last letter), إفالة ("اعاده"), تفعيل, تفعلة ("تنفيذ", "تغطيه") or
    مفاعلة ("مراقبه", "مواصله"); not "قطاع", "دول", "منطقه", nor, when ``written`` (the word as written,
    without its proclitic) starts with أ or آ, a plural أفعال ("أملاك", "آمال")?"""
    n = len(word)
    if n < 4 or word.endswith("ات") or written.startswith(("أ", "آ")):
        return False
    if word[0] == "ا":  # (إفعالة of a hollow verb: "اعاده", "اقامه")
        return 5 <= n <= 7 and (word[-2] == "ا" or (n == 5 and word[2] == "ا" and word[-1] == "ه"))
    return word[0] == "ت" or (word[0] == "م" and word[2] == "ا" and word.endswith("ه") and n >= 5)


def word_flags(word: str) -> int:
    """Which lists of ``rules.yaml`` the normalized ``word`` is in after its proclitics and article,
    whether it is a predicate (:func:`is_predicate`) and carries the article (:func:`has_article`),
    as bits; computed once per word (one small int per word type, for every rule)."""
    hit = _flags.get(word)
    if hit is not None:
        return hit
    lemma = word_lemma_forms(word)
    # the forms of :func:`stems` (their order and repeats change nothing here), and a form with the article (five
    # letters at least) without it; a split that read the article has two lemma forms, "ال" + stem and the stem: the
    # first one's bare form is the second (not asked twice)
    get = _form_bits().get
    bits = 0
    for forms in lemma:
        form = forms[-1]
        bits |= get(form, 0)
        if len(form) > 4 and form.startswith("ال"):
            bits |= get(form[2:], 0)
        if len(forms) == 2:
            bits |= get(forms[0], 0) | _ARTICLE
    f = lemma[0][0]  # the unsplit word, folded
    preds = rule_words().predicates
    # the shapes below ask for ي, س or ما after و or ف or none: the first letter after it is asked first (most
    # words have none of them, and the three calls cost more than the word's lookups)
    first = f[1:2] if f[:1] in ("و", "ف") else f[:1]
    if f in preds or (len(f) >= 4 and f[0] in "وف" and f[1:] in preds) or (first == "ي" and _plural_imperfect(f)):
        bits |= _PREDICATE
    if first == "س" and future_shape(f):
        bits |= _FUTURE
    if first == "م" and negation_shape(f):
        bits |= _NEGATION
    if len(_flags) >= _FLAGS_LIMIT:
        make_room(_flags, _FLAGS_LIMIT)
    _flags[word] = bits
    return bits


#: Bits of :func:`word_flags` for the rules' pre-filters.
ORG_HEAD, MEDIA_HEAD, TITLE = _BIT["org_heads"], _BIT["media_heads"], _BIT["titles"]
TOPONYM_HEAD, CLUB_HEAD = _BIT["toponym_heads"], _BIT["club_heads"]
NOT_NAME = _BIT["not_names"]
CAMP_HEAD, STADIUM_HEAD = _BIT["camp_heads"], _BIT["stadium_heads"]
PLURAL_HEAD, ORG_FIRST = _BIT["loc_heads_plural"], _BIT["org_first_words"]
NATURAL_HEAD = _BIT["natural_heads"]
TOWN_HEAD = _BIT["town_heads"]
LOCALITY_NOUN = _BIT["locality_nouns"]
ARAB_CLUB = _BIT["arab_club_names"]
FIGURE_FIRST = _BIT["figure_first_words"]
OCCUPATION = _BIT["occupations"]
RANK_TITLE = _BIT["rank_titles"]
DISEASE_HEAD = _BIT["disease_heads"]
DISEASE_NAME = _BIT["disease_names"]
CLUB_TOWN_HEAD = _BIT["club_town_heads"]
CLOCK_HEAD = _BIT["clock_heads"]
CONFEDERATION = _BIT["confederation_acronyms"]
FOREIGN_CLUB = _BIT["foreign_club_first_words"]
WORK_HEAD = _BIT["work_heads"]
EVENT_HEAD = _BIT["event_heads"]
PHRASE_FIRST = _BIT["phrase_first_words"]
COMPANY, PRODUCT = _BIT["companies"], _BIT["products"]
PLATFORM, STREET_HEAD = _BIT["platform_first_words"], _BIT["street_heads"]
SEA_HEAD, PERSON_NAMED_HEAD = _BIT["sea_heads"], _BIT["person_named_heads"]
SITE_HEAD = _BIT["site_heads"]
REGNAL_ORDINAL = _BIT["regnal_ordinals"] | _BIT["regnal_ordinals_feminine"]
SECURITY_FIRST = _BIT["security_first_words"]
DISASTER_HEAD = _BIT["disaster_heads"]
INSTITUTION_HEAD = _BIT["institution_place_heads"]
INSTITUTION_PHRASE_FIRST = _BIT["institution_place_phrases"]
SPEECH_VERB = _BIT["speech_verbs"]
ADMINISTRATION_HEAD = _BIT["administration_heads"]
LATIN_NAME_HEAD = _BIT["latin_name_heads"]
FRONT_HEAD, BASE_HEAD = _BIT["front_heads"], _BIT["base_heads"]
CLUB_WORD, NAMING_CUE = _BIT["club_words"], _BIT["naming_cues"]
ARTICLE_GIVEN_NAME = _BIT["article_given_names"] | _BIT["adjective_given_names"]
DAM_FORM, PROGRAMME_FORM = _BIT["dam_forms"], _BIT["programme_forms"]
STRIKE_FORM, KNOWN_MISC_FIRST = _BIT["strike_forms"], _BIT["known_misc_first_words"]
OUTLET_FORM, ACRONYM_FORM = _BIT["outlet_forms"], _BIT["acronym_forms"]
COUNCIL_HEAD, PARTY_HEAD = _BIT["council_heads"], _BIT["party_heads"]
NATIONAL_BODY_HEAD = _BIT["national_body_heads"]
COURT_HEAD, AIRLINE_HEAD = _BIT["court_heads"], _BIT["airline_heads"]
INCIDENT_HEAD = _BIT["incident_heads"]
NAME_END_TIME, MODEL_WORD = _BIT["name_end_times"], _BIT["model_words"]
CLUB_NAME_FIRST, UNIT_MISSION_HEAD = _BIT["club_name_first_words"], _BIT["unit_mission_heads"]
CLUB_NAME_WORD = _BIT["club_name_words"]
SAINT_WORD = _BIT["saint_words"]
VENUE_NAME_END = _BIT["venue_name_ends"]
LEADING_PARTICLE, SPORT_ROLE_FIRST = _BIT["leading_particles"], _BIT["sport_role_first_words"]
COMPANY_HEAD, DISTRICT_ADJECTIVE = _BIT["company_heads"], _BIT["district_adjectives"]
LIST_CUE_FIRST, SECURITY_BODY = _BIT["list_cue_first_words"], _BIT["security_construct_bodies"]
TOOL_NOUN, PLACE_NOUN_HOMOGRAPH = _BIT["tool_nouns"], _BIT["place_noun_homographs"]
DIRECTION, HOMONYM_NOUN, LOC_HEAD = _DIRECTION, _HOMONYM_NOUN, _LOC_HEAD
SPOKESMAN, EPONYM_PLACE_HEAD = _BIT["spokesman_words"], _BIT["eponym_place_heads"] | _BIT["kunya_place_heads"]
PLACE_PERSON_HEAD, DIALECT_FIRST = _PLACE_PERSON_HEAD, _DIALECT_FIRST
COUNTRY_PREFIX = _COUNTRY_PREFIX
SERVICE_FORM, FM_FORM = _BIT["service_forms"], _BIT["fm_forms"]
FOLLOWING_NOUN, CONSTRUCT_NOUN_NAME = _BIT["following_nouns"], _BIT["construct_noun_names"]
ADJECTIVE_NEGATION, NEGATION_SHAPE = _BIT["adjective_negations"], _NEGATION
PREDICATE, ARTICLE, FUTURE_SHAPE, HASHTAG, LATIN, OPENER = _PREDICATE, _ARTICLE, _FUTURE, _HASHTAG, _LATIN, _OPENER
COUNTRY_FIRST, TOWN_FIRST = _COUNTRY_FIRST, _TOWN_FIRST
PLACE_FORM, MASC_NISBA, PROVINCE = _PLACE_FORM, _MASC_NISBA, _PROVINCE
CULTURE_BODY_FIRST, CREDIT_FORM, TITLE_MARK, DUAL_ORG_FORM, STAGE_PERSON_FORM, ART_FORM = (
    _BIT[f"culture:{name}"] for name in _CULTURE_LISTS)
_HAMZA_ALEFS = "أإآ"


class SentenceWords:
    """One sentence as its rules read it, made once for the sentence (the last sentence asked is kept): its
    tokens' texts, normalized forms and kinds, their :func:`word_flags` (0 for a token that is no word) and
    the flags together (with :data:`HASHTAG` and :data:`LATIN` when a token is of that kind, :data:`OPENER` when
    one opens a quote or a bracket), read in one pass; on first use, :func:`flagged`'s lists by mask, the folded
    forms, their joined text, the texts as a set and whether the sentence is about sport (for one gazetteer).

    A field is set once, whole, and not changed after (but ``masks``, a memo of lists that are never
    changed): another thread that reads the same sentence sees a field unset or complete."""

    __slots__ = ("bits", "flags", "folded_text", "folds", "kinds", "masks", "norms", "sport", "text_set", "texts",
                 "toks")

    def __init__(self, toks: Sequence[Token]) -> None:
        self.toks = toks
        self.texts = texts = [t.text for t in toks]
        self.norms = norms = [t.norm for t in toks]
        self.kinds: list[str] = [t.kind for t in toks]
        known = _flags.get  # word_flags' memo read directly; the words not in it are asked after
        maybe = [known(t.norm) if t.kind == "word" else 0 for t in toks]
        flags: list[int] = ([word_flags(norm) if f is None else f for f, norm in zip(maybe, norms, strict=True)]
                            if None in maybe else maybe)  # type: ignore[assignment]
        bits = reduce(or_, flags, 0)
        if bits & TOPONYM_HEAD:
            for i, f in enumerate(flags):
                if f & TOPONYM_HEAD and any(c in texts[i] for c in _HAMZA_ALEFS) \
                        and not fold(norms[i]).endswith(rule_words().toponym_heads_hamza):
                    flags[i] = f & ~TOPONYM_HEAD  # "وأدى" (و + أدى, performed) is no "وادي" (valley)
            bits = reduce(or_, flags, 0)
        kinds = self.kinds
        if "hashtag" in kinds:
            bits |= _HASHTAG
        if "latin" in kinds:
            bits |= _LATIN
        if not OPENER_TEXTS.isdisjoint(texts):
            bits |= _OPENER
        self.flags = flags
        self.bits = bits
        self.masks: dict[int, list[int]] = {}
        self.folds: list[str] | None = None
        self.folded_text: str | None = None
        self.text_set: frozenset[str] | None = None
        self.sport: tuple[object, bool] | None = None


#: The last sentence asked (``toks`` empty: none yet).
_current = SentenceWords(())


def sentence_words(toks: Sequence[Token]) -> SentenceWords:
    """The :class:`SentenceWords` of ``toks``: the last one made if it is of ``toks``, else a new one."""
    global _current
    cur = _current  # read once: another thread may replace it
    if cur.toks is not toks:
        cur = _current = SentenceWords(toks)
    return cur


def sentence_kinds(toks: Sequence[Token]) -> list[str]:
    """The kinds of the tokens of a sentence (shared as :func:`sentence_texts` is): "hashtag" not in
    them, a rule on hashtags returns at once."""
    cur = _current
    return (cur if cur.toks is toks else sentence_words(toks)).kinds


@cache
def all_function_words() -> frozenset[str]:
    """``function_words`` and ``function_words_names`` together (folded), built once."""
    rw = rule_words()
    return rw.function_words | rw.function_words_names


def sentence_texts(toks: Sequence[Token]) -> list[str]:
    """The texts of the tokens of a sentence: a rule that needs a quote, a bracket or a colon
    returns at once when the sentence has none (shared by the rules of a sentence as
    :func:`sentence_flags` is)."""
    cur = _current
    return (cur if cur.toks is toks else sentence_words(toks)).texts


def sentence_text_set(toks: Sequence[Token]) -> frozenset[str]:
    """:func:`sentence_texts` as a set, made once per sentence (the rules' gates on token texts)."""
    cur = _current
    if cur.toks is not toks:
        cur = sentence_words(toks)
    found = cur.text_set
    if found is None:
        found = cur.text_set = frozenset(cur.texts)
    return found


def sentence_norms(toks: Sequence[Token]) -> list[str]:
    """The normalized forms of the tokens of a sentence (shared as :func:`sentence_texts` is): a
    rule reads its per-word caches for all of them at once (``map(cache.get, norms)``)."""
    cur = _current
    return (cur if cur.toks is toks else sentence_words(toks)).norms


def sentence_folds(toks: Sequence[Token]) -> list[str]:
    """``fold(t.norm)`` of each token of a sentence, computed once for the rules of the sentence."""
    cur = _current
    if cur.toks is not toks:
        cur = sentence_words(toks)
    found = cur.folds
    if found is None:
        found = cur.folds = fold_words(cur.norms)
    return found


def sentence_folded_text(toks: Sequence[Token]) -> str:
    """:func:`sentence_folds` joined by NUL characters, once per sentence: a rule whose words are rare
    asks whether one of them is written in the sentence at all (one substring search each) before it
    visits the tokens ("سد" for a dam's head: a word is one only if the text holds it)."""
    cur = _current
    if cur.toks is not toks:
        cur = sentence_words(toks)
    found = cur.folded_text
    if found is None:
        found = cur.folded_text = "\0".join(sentence_folds(toks))
    return found


def sentence_holds_any(toks: Sequence[Token], words: Iterable[str]) -> bool:
    """Whether the sentence's folded text (:func:`sentence_folded_text`) holds one of ``words`` (folded)
    anywhere, inside a word or not: the gate of a rule whose words are rare, which visits the tokens only
    when this is true ("سد" for a dam's head)."""
    text = sentence_folded_text(toks)
    return any(word in text for word in words)


def sentence_flags(toks: Sequence[Token]) -> list[int]:
    """:func:`word_flags` of each word token of a sentence (0 for other tokens); the rules of one
    sentence share the list (the last sentence asked is remembered)."""
    cur = _current
    return (cur if cur.toks is toks else sentence_words(toks)).flags


def flagged(toks: Sequence[Token], mask: int) -> list[int]:
    """The indices of the tokens of a sentence whose :func:`word_flags` have a bit of ``mask``, in
    order (``[i for i, f in enumerate(sentence_flags(toks)) if f & mask]``), found once per sentence and
    mask: the organisation rules each look for the heads of the same sentence.  The list is shared:
    do not modify it."""
    cur = _current
    if cur.toks is not toks:
        cur = sentence_words(toks)
    found = cur.masks.get(mask)
    if found is None:
        found = cur.masks[mask] = [i for i, f in enumerate(cur.flags) if f & mask]
    return found


def sentence_bits(toks: Sequence[Token]) -> int:
    """The flags of all the words of a sentence together (a rule's pre-filter: ``sentence_bits(toks)
    & TOPONYM_HEAD`` is 0 when no word of the sentence is a toponym head), and :data:`HASHTAG`, :data:`LATIN` when a
    token of the sentence is a hashtag, a word in Latin letters."""
    cur = _current  # the sentence's rules ask some 20 times: no call when it is the last one
    return (cur if cur.toks is toks else sentence_words(toks)).bits


def is_predicate(word: str) -> bool:
    """Is the normalized ``word`` a verb or participle of ``predicates``, as written or after و/ف
    ("وقال"; "فان" is not ف + "ان")?"""
    return bool(word_flags(word) & _PREDICATE)


def in_list(word: str, table: frozenset[str]) -> bool:
    """Is the normalized ``word``, after proclitics and article, in ``table`` (folded forms)?"""
    bit = _list_bits().get(id(table))
    if bit is None:  # a list not of rule_words(): asked afresh
        return any(f in table for f in stems(word))
    return bool(word_flags(word) & bit)


def written_function_word(tok: Token) -> bool:
    """Is ``tok`` a function word that folding makes a given name, written as the function word
    ("على", not the name "علي": ``function_words_names`` written with ى)?"""
    return tok.text.endswith("ى") and fold(tok.norm) in rule_words().function_words_names


def has_article(word: str) -> bool:
    """Does the normalized ``word`` carry the article, after any proclitic ("الصحة", "للهجرة")?"""
    return bool(word_flags(word) & _ARTICLE)


def sport_sentence(toks: Sequence[Token], gaz: Gazetteer) -> bool:
    """Is the sentence about sport (:func:`_sport_sentence`)?  Asked lazily by the rules whose names are clubs in
    a sentence about sport only, answered once per sentence (and gazetteer)."""
    cur = sentence_words(toks)
    found = cur.sport
    if found is None or found[0] is not gaz:
        found = cur.sport = (gaz, _sport_sentence(toks, sentence_folds(toks), sentence_flags(toks), gaz))
    return found[1]


def _sport_sentence(toks: Sequence[Token], folds: Sequence[str], flags: Sequence[int], gaz: Gazetteer) -> bool:
    """Is the sentence about sport: a word of ``sport_words`` or ``club_words`` ("الرياضي"), two club heads that are
    no ordinary nouns of ``club_heads_common`` ("الشباب ... الشباب", "نصر ... نصر" are not two clubs),
    an Arab club's name before a nationality ("الأهلي المصري", "الفيصلي الأردني") or a score ("2 - 0")?"""
    rw = rule_words()
    n = len(toks)
    for i in flagged(toks, ARAB_CLUB):
        if i + 1 < n and folds[i] in rw.arab_club_names and folds[i + 1] in gaz.nisba:
            return True
    if not rw.club_words.isdisjoint(folds):
        return True
    if sum(1 for i, f in enumerate(flags) if f & (CLUB_HEAD | CLUB_TOWN_HEAD)
           and rw.club_heads_common.isdisjoint(stems(toks[i].norm))) >= 2:
        return True
    for i, tok in enumerate(toks):
        if tok.kind == "word" and in_list(tok.norm, rw.sport_words):
            return True
        if tok.text in ("-", "–") and 0 < i < len(toks) - 1 and toks[i - 1].text.isdigit() \
                and toks[i + 1].text.isdigit():
            return True
    return False
