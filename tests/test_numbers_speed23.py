"""The numbers stage reads its nisba nouns of people counted from a small committed table
(``resources/national_nouns.json``), the entities gazetteer's ``national_nouns()`` written by
``scripts/build_national_nouns.py``: a pipeline without the entities stage no longer imports that stage nor loads
its 1.3 MB ``places.json`` (about 0.4 s of start-up), and reads the same counted nouns."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from script_module import load_script

REPO = Path(__file__).resolve().parents[1]
SCRIPT = REPO / "scripts" / "build_national_nouns.py"
COMMITTED = REPO / "src" / "arabnews" / "resources" / "national_nouns.json"


def _build_table() -> dict[str, object]:
    module = load_script(SCRIPT)
    table: dict[str, object] = module.build_table()
    return table


def test_committed_table_equals_the_gazetteers_national_nouns() -> None:
    committed = json.loads(COMMITTED.read_text(encoding="utf-8"))
    built = _build_table()
    assert committed == built
    assert list(committed["nouns"]) == list(built["nouns"])  # type: ignore[call-overload]


def test_the_lexicon_reads_the_same_nouns_as_the_gazetteer_derives() -> None:
    from arabnews.extract.entities.gazetteer import national_nouns
    from arabnews.extract.numbers.lexicon import lexicon

    nationals = lexicon().nationals
    derived = national_nouns()
    # the gazetteer's nisba nouns, and the broken plurals of number_words.yaml ("روس", "أتراك") beside them
    assert {f: c for f, c in nationals.items() if f in derived} == derived
    assert {nationals["روس"], nationals["اتراك"]} == {"RU", "TR"}
    # the masculine singular, its accusative, the plurals; not the feminine singular, not a country's name
    forms = ("تونسي", "تونسيا", "تونسيين", "مصريات")
    assert [nationals[f] for f in forms] == ["TN", "TN", "TN", "EG"]
    assert "تونسيه" not in nationals and "سوريا" not in nationals and "ليبيا" not in nationals


_NUMBERS_ONLY = """
import json, sys
import arabnews
nlp = arabnews.Pipeline(["numbers"])
out = []
for text in sys.argv[1:]:
    for n in nlp(text).numbers:
        out.append([n.start, n.end, n.text, n.unit, n.attrs.get("nationality"), n.attrs.get("unit_start"),
                    n.attrs.get("unit_end")])
loaded = sorted(m for m in sys.modules if m.startswith("arabnews.extract.entities"))
print(json.dumps({"numbers": out, "entities_modules": loaded}, ensure_ascii=False))
"""


def test_a_numbers_only_pipeline_reads_nationalities_without_the_entities_stage() -> None:
    texts = ["أسفر عن مقتل 84 شخصا من بينهم 4 تونسيين.",  # ANT
             "قائمة اسمية تضم 15 تونسيا من مخلفات الاشتباكات.",
             "كان القارب يقل 22 سوريا ويتجه إلى اليونان."]  # "سوريا" is Syria too: no nationality
    run = subprocess.run([sys.executable, "-c", _NUMBERS_ONLY, *texts], capture_output=True, text=True, check=True,
                         cwd=REPO)
    result = json.loads(run.stdout)
    assert result["entities_modules"] == []
    assert result["numbers"] == [
        [13, 15, "84", "person", None, 16, 20],
        [30, 31, "4", "person", "TN", 32, 39],
        [16, 18, "15", "person", "TN", 19, 25],
        [15, 17, "22", None, None, None, None],
    ]
    assert (texts[0][30:31], texts[0][32:39], texts[1][19:25], texts[2][15:17]) == ("4", "تونسيين", "تونسيا", "22")
