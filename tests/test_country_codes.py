"""The committed CLDR country table of the groups stage equals the one Babel builds now, and the groups
stage reads it without loading Babel."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from script_module import load_script

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "scripts" / "build_country_codes.py"
COMMITTED = REPO / "src" / "arabnews" / "resources" / "country_codes.json"


def test_committed_table_equals_regenerated():
    pytest.importorskip("babel")
    module = load_script(SCRIPT)
    committed = json.loads(COMMITTED.read_text(encoding="utf-8"))
    assert committed["codes"] == module.build_table()["codes"]


@pytest.mark.parametrize(("name", "code"), [("Tunisia", "TN"), ("Libya", "LY"), ("Yemen", "YE"), ("Morocco", "MA"),
                                            ("Sudan", "SD"), ("Syria", "SY"), ("Turkey", "TR"),
                                            ("Türkiye", "TR"), ("Palestine", "PS"), ("Somaliland", None)])
def test_registry_country_names(name, code):
    # CLDR's main English names are "Türkiye" and "Palestinian Territories"; the registry's "Turkey" and
    # "Palestine" are CLDR's alternates; Somaliland has no ISO code
    from arabnews.extract.groups.matcher import _country_codes

    assert _country_codes().get(name) == code


def test_every_registry_country_has_a_code():
    """A registry group's country the table lacks would never get the document's votes."""
    from arabnews.extract.groups.matcher import _country_codes
    from arabnews.extract.groups.registry import default_registry

    registry = default_registry()
    countries = {registry[gid].country for gid in registry.keys.values()} - {None}
    assert len(countries) > 30
    assert sorted(countries - _country_codes().keys()) == ["Somaliland"]


def test_turkish_votes_choose_the_akp():
    """"حزب العدالة والتنمية" is Turkey's AKP or Morocco's PJD: more Turkish places than Moroccan ones
    choose the AKP (when "Turkey" had no code, the one Moroccan vote chose the PJD)."""
    import datetime as dt

    import arabnews

    text = ("فاز حزب العدالة والتنمية في الانتخابات البلدية في إسطنبول وأنقرة، وقال مسؤول تركي إن "
            "الحزب سيحتفظ بأغلبيته في إزمير، بحسب صحفي مغربي.")
    doc = arabnews.Pipeline(["groups"])(text, reference_date=dt.date(2017, 6, 1))
    assert [g.id for g in doc.groups] == ["akp"]


def test_ambiguous_group_without_babel():
    """A name two groups share is resolved by the document's places with Babel never imported."""
    code = (
        "import sys, datetime as dt, arabnews\n"
        "doc = arabnews.Pipeline(['groups'])('اعتقلت الشرطة في سوسة عناصر من أنصار الشريعة.', "
        "reference_date=dt.date(2017, 6, 1))\n"
        "print(*[g.id for g in doc.groups], 'babel' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["ansar-al-sharia-tunisia", "False"]
