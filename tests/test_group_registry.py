"""The shipped group registry is valid, and user registries extend it with clear errors."""

from __future__ import annotations

import json
from collections import Counter

import pytest
import yaml

from arabnews import Pipeline, resources
from arabnews.extract.groups import KINDS, Registry, default_registry, fold_key, load_registry
from arabnews.extract.groups.registry import _variants


@pytest.fixture(scope="module")
def raw():
    return yaml.safe_load(resources.load_text("groups.yaml"))["groups"]


def test_at_least_150_groups(raw):
    assert len(raw) >= 150
    assert len(default_registry()) == len(raw)


def test_ids_unique_and_slugs(raw):
    ids = Counter(e["id"] for e in raw)
    assert [i for i, n in ids.items() if n > 1] == []
    assert all(e["id"] == e["id"].lower() and " " not in e["id"] for e in raw)


def test_every_entry_has_arabic_names(raw):
    for e in raw:
        assert e.get("name_ar"), e["id"]
        assert any("\u0600" <= c <= "\u06ff" for c in e["name_ar"]), e["id"]
        for alias in e.get("aliases_ar", []) + e.get("abbreviations", []):
            assert any("\u0600" <= c <= "\u06ff" for c in alias), (e["id"], alias)


def test_no_alias_claimed_by_two_groups(raw):
    # issue #19: a name may be shared only when every group holding it marks it `ambiguous`
    owner: dict[str, str] = {}
    marked = {e["id"]: set().union(*(_variants(fold_key(n)) for n in e.get("ambiguous", []))) for e in raw}
    clashes = []
    shared = []
    for e in raw:
        names = {e["name_ar"], *e.get("aliases_ar", []), *e.get("abbreviations", [])}
        keys = set().union(*(_variants(fold_key(n)) for n in names))
        for key in keys:
            if key in owner and owner[key] != e["id"]:
                if key in marked[e["id"]] and key in marked[owner[key]]:
                    shared.append(key)
                else:
                    clashes.append((key, owner[key], e["id"]))
            owner.setdefault(key, e["id"])
    assert clashes == []
    assert fold_key("أنصار الشريعة") in shared  # Libya and Tunisia


def test_kinds_parents_and_context_are_known(raw):
    ids = {e["id"] for e in raw}
    for e in raw:
        assert e.get("kind") in KINDS, e["id"]
        assert e.get("parent") is None or e["parent"] in ids, e["id"]
        assert all(c in ids for c in e.get("requires_context", [])), e["id"]


def test_collectives_flagged(raw):
    collective = {e["id"] for e in raw if e.get("collective")}
    assert {"syrian-opposition-factions", "iran-backed-militias", "pro-government-auxiliaries"} <= collective


@pytest.mark.parametrize(("name", "gid"), [
    ("لواء القدس", "liwa-al-quds"), ("ميليشيا أسد", "syrian-government-forces"),
    ("قوات النظام", "syrian-government-forces"), ("الجيش العربي السوري", "syrian-government-forces"),
    ("فتح حلب", "fatah-halab"), ("فصائل المعارضة", "syrian-opposition-factions"),
    ("الميليشيات الإيرانية", "iran-backed-militias"), ("المليشيات الإيرانية", "iran-backed-militias"),
    ("قسد", "syrian-democratic-forces"), ("داعش", "isis"), ("تنظيم الدولة", "isis"),
    ("قوات النخبة", "liwa-al-quds-elite"), ("عبدالله عزام", None), ("كتائب عبدالله عزام", "abdullah-azzam-brigades"),
])
def test_lookup(name, gid):
    group = default_registry().lookup(name)
    assert (group.id if group else None) == gid


def test_parent_of_unit():
    reg = default_registry()
    assert reg["liwa-al-quds-elite"].parent == "liwa-al-quds"
    assert reg["qassam-brigades"].parent == "hamas"
    assert reg["liwa-al-quds"].allegiance


# --- user registries --------------------------------------------------------------------------
EXTRA = {"groups": [
    {"id": "liwa-al-fajr", "name_en": "Liwa al-Fajr", "name_ar": "لواء الفجر", "kind": "rebel faction",
     "country": "Syria"},
    {"id": "hamas", "aliases_ar": ["حركة المقاومة"]},
]}


def test_extend_with_mapping_list_and_files(tmp_path):
    for source in (EXTRA, EXTRA["groups"]):
        reg = load_registry(source)
        assert reg.lookup("لواء الفجر").id == "liwa-al-fajr"
        assert reg.lookup("حركة المقاومة").id == "hamas"
        assert reg.lookup("حماس").id == "hamas"  # extended, not replaced
        assert len(reg) == len(default_registry()) + 1
    yml = tmp_path / "extra.yaml"
    yml.write_text(yaml.safe_dump(EXTRA, allow_unicode=True), encoding="utf-8")
    js = tmp_path / "extra.json"
    js.write_text(json.dumps(EXTRA["groups"], ensure_ascii=False), encoding="utf-8")
    for path in (yml, str(js)):
        doc = Pipeline(["groups"], groups=path)("فجر لواء الفجر مبنى")
        assert [(g.text, g.id) for g in doc.groups] == [("لواء الفجر", "liwa-al-fajr")]
    assert default_registry().lookup("لواء الفجر") is None  # the shipped registry is untouched


def test_registry_instance_and_none():
    reg = load_registry(EXTRA)
    assert load_registry(reg) is reg
    assert load_registry(None) is default_registry()
    assert isinstance(reg, Registry)


@pytest.mark.parametrize(("entries", "message"), [
    ([{"name_ar": "لواء الفجر"}], "'id'"),
    ([{"id": "Bad Id", "name_ar": "لواء الفجر"}], "slug"),
    ([{"id": "new-group"}], "name_ar"),
    ([{"id": "new-group", "name_ar": "Fajr"}], "Arabic"),
    ([{"id": "new-group", "name_ar": "لواء الفجر", "kind": "gang"}], "kind"),
    ([{"id": "new-group", "name_ar": "لواء الفجر", "colour": "red"}], "unknown field"),
    ([{"id": "new-group", "name_ar": "لواء الفجر", "aliases_ar": [3]}], "aliases_ar"),
    ([{"id": "new-group", "name_ar": "حماس"}], "claimed by both"),
    ([{"id": "new-group", "name_ar": "لواء الفجر", "parent": "nobody"}], "unknown id"),
    ([{"id": "new-group", "name_ar": "لواء الفجر"}, {"id": "new-group", "name_ar": "لواء الفجر"}], "duplicate"),
    (["لواء الفجر"], "mapping"),
    ({"items": []}, "'groups'"),
    (42, "list"),
])
def test_bad_user_entries(entries, message):
    with pytest.raises(ValueError, match=message):
        load_registry(entries)


def test_bad_entry_named(tmp_path):
    with pytest.raises(ValueError, match="new-group"):
        load_registry([{"id": "new-group", "name_ar": "لواء الفجر", "kind": "gang"}])
    with pytest.raises(ValueError, match="not found"):
        load_registry(tmp_path / "missing.yaml")
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    with pytest.raises(ValueError, match="JSON"):
        load_registry(bad)


def test_pipeline_rejects_bad_registry():
    with pytest.raises(ValueError, match="kind"):
        Pipeline(["groups"], groups=[{"id": "x", "name_ar": "لواء الفجر", "kind": "gang"}])
