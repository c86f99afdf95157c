"""Post-CRF corrections for organisation names, on the tags of one sentence.

- :func:`extend_org_chain` — an ORG that starts with a head ("وزارة", "المرصد", "المنظمة") runs to
  the end of the genitive chain after the head ("المرصد السوري لحقوق الإنسان", "المنظمة الدولية
  للهجرة", "الرئاسة العامة لشؤون المسجد الحرام");
- :func:`org_from_head` — an untagged head starting such a chain of two words or more is an ORG;
- :func:`ministry_nationality` — "وزارة الداخلية السعودية" is one ORG (the tagger saw the country);
- :func:`council_of_state` — "مجلس النواب المصري": a state's chamber or cabinet with its nisba;
- :func:`org_takes_nationality` — "الهلال الأحمر المصري": a body each state has takes its nisba;
- :func:`institution_of_place` — "جامعة الكويت": a university and the place it is named after;
- :func:`named_council` — "المجلس" and an adjective that names a body ("المجلس الوطني التأسيسي",
  "المجلس الرئاسي") is an ORG without a ل complement;
- :func:`known_orgs` — a known organisation's name that the tagger left untagged is an ORG ("صندوق
  النقد الدولي", "محكمة العدل الدولية": ``rules.yaml``'s ``known_orgs`` and ``org_names.json``);
- :func:`org_named_after_person` — a head, a royal title and a name are one ORG ("جامعة الملك
  عبدالعزيز", "مطار الملك خالد الدولي");
- :func:`acronym_after_org` — an acronym in parentheses after an ORG is an ORG ("(سانا)", "(أوتشا)"),
  and so is the name before it when it starts with an organisation head ("وكالة الأنباء السعودية (واس)");
- :func:`media_names` — a media name after a media head, or quoted after it, is an ORG, the head
  left out as in ANERcorp ("قناة «سي بي سي»", "مراسل الجزيرة");
- :func:`club_names` — a club head and the nisbas of its town are one ORG ("النادي الصفاقسي",
  "الترجي الرياضي التونسي", and the regional "النجم الساحلي", "النادي الإفريقي"; 0 on the dev parts,
  written from ANT news);
- :func:`org_without_nationality` — a club or company ends before its nationality ("فرايبورغ
  الألماني"; micro F1 +0.15 news, +0.28 ANERcorp, +0.61 ANERcorp tail);
- :func:`place_out_of_org` — an ORG does not end with ب + a place ("الكوكايين بنابل"; 0);
- :func:`complete_complement` — an ORG ending with "لكرة" takes "القدم", "جمعية شباب" takes
  "التحدي للبيئة" (0);
- :func:`acronym_orgs` — an acronym read as a word with the article is an ORG ("الهايكا", "اليونسكو");
- :func:`governed_complement` — "الهيئة الوطنية للوقاية من التعذيب": a verbal noun's preposition and object;
- :func:`coordinated_complement` — "المنظمة التونسية للأمن والمواطن": the nouns coordinated to an ORG's ل
  complement are its own;
- :func:`split_coordinated_orgs` — "شركة إيرباص وشركة بوينغ": an ORG that runs on into و + another head
  is two;
- :func:`head_before_org` — a head before an ORG ("مكتب" + "الأمم المتحدة …"): written, left out,
  since ANERcorp leaves such heads outside (-0.20 news, -0.37 ANERcorp, -0.40 tail).

The heads and names are data (``resources/ner/rules.yaml``).

The rules live in modules by family: :mod:`.orgheads` (heads and their chains: ministries, councils,
a state's bodies, known names), :mod:`.clubs` (sport clubs), :mod:`.security` (security bodies),
:mod:`.institutions` (administrations, institutions named after a person), :mod:`.media` (companies,
media, acronyms, platforms) and :mod:`.orgbounds` (where a name ends: complements, clauses, coordination).
This module gathers their names, as the corrections and the tests import them.

>>> from arabnews import tokenize
>>> toks = tokenize("وقال المرصد السوري لحقوق الإنسان إن")
>>> tags = ["O"] * 6
>>> org_from_head(toks, tags, default_gazetteer()); tags
['O', 'B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O']
"""

from __future__ import annotations

from .clubs import (
    arab_clubs,
    club_after_club_dash,
    club_by_nationality,
    club_names,
    club_of_town,
    club_word_in_person,
    clubs_before_country,
    clubs_in_fixtures,
    clubs_in_lists,
    foreign_clubs,
    org_without_nationality,
    split_coordinated_clubs,
    town_sport_club,
    whole_club_names,
)
from .gazetteer import default_gazetteer  # noqa: F401  (doctest)
from .institutions import (
    institution_named_after_person,
    institution_named_untagged,
    named_administration,
    org_named_after_person,
)
from .media import (
    _acronym_forms,
    acronym_after_org,
    acronym_orgs,
    brand_products,
    brands_not_persons,
    company_after_head,
    company_name_after_head,
    company_of_place,
    confederation_acronyms,
    dash_dateline_outlets,
    dateline_outlets,
    is_media_name,
    latin_name_after_head,
    media_names,
    news_agency_names,
    outlet_names,
    platform_after_head,
    platform_names,
    programme_names,
    quoted_org_names,
)
from .orgbounds import (
    complete_complement,
    coordinated_complement,
    coordinated_indefinite_out,
    dual_not_org,
    governed_complement,
    head_before_org,
    indefinite_org_out,
    org_stops_at_clause,
    organising_participle_out,
    paired_adjective_in_org,
    place_out_of_org,
    split_coordinated_orgs,
)
from .orgheads import (
    _chains_to_orgs,
    _known_org_names,
    activity_institution,
    airline_names,
    bare_ministry,
    chain_end,
    complement_takes_head,
    council_of_state,
    court_of_city,
    extend_org_chain,
    feminine_past_verb,
    institution_of_place,
    known_org_ends,
    known_orgs,
    militia_names,
    ministry_nationality,
    named_council,
    named_party,
    national_bodies,
    national_services,
    org_from_head,
    org_takes_nationality,
    un_agency_names,
)
from .security import (
    police_of_place,
    security_district_of_place,
    security_services,
    security_unit_missions,
    security_units,
)

__all__ = [
    "_acronym_forms",
    "_chains_to_orgs",
    "_known_org_names",
    "acronym_after_org",
    "acronym_orgs",
    "activity_institution",
    "airline_names",
    "arab_clubs",
    "bare_ministry",
    "brand_products",
    "brands_not_persons",
    "chain_end",
    "club_after_club_dash",
    "club_by_nationality",
    "club_names",
    "club_of_town",
    "club_word_in_person",
    "clubs_before_country",
    "clubs_in_fixtures",
    "clubs_in_lists",
    "company_after_head",
    "company_name_after_head",
    "company_of_place",
    "complement_takes_head",
    "complete_complement",
    "confederation_acronyms",
    "coordinated_complement",
    "coordinated_indefinite_out",
    "council_of_state",
    "court_of_city",
    "dash_dateline_outlets",
    "dateline_outlets",
    "dual_not_org",
    "extend_org_chain",
    "feminine_past_verb",
    "foreign_clubs",
    "governed_complement",
    "head_before_org",
    "indefinite_org_out",
    "institution_named_after_person",
    "institution_named_untagged",
    "institution_of_place",
    "is_media_name",
    "known_org_ends",
    "known_orgs",
    "latin_name_after_head",
    "media_names",
    "militia_names",
    "ministry_nationality",
    "named_administration",
    "named_council",
    "named_party",
    "national_bodies",
    "national_services",
    "news_agency_names",
    "org_from_head",
    "org_named_after_person",
    "org_stops_at_clause",
    "org_takes_nationality",
    "org_without_nationality",
    "organising_participle_out",
    "outlet_names",
    "paired_adjective_in_org",
    "place_out_of_org",
    "platform_after_head",
    "platform_names",
    "police_of_place",
    "programme_names",
    "quoted_org_names",
    "security_district_of_place",
    "security_services",
    "security_unit_missions",
    "security_units",
    "split_coordinated_clubs",
    "split_coordinated_orgs",
    "town_sport_club",
    "un_agency_names",
    "whole_club_names",
]
