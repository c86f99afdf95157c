"""Rewrite the stored full JSON that ``tests/test_golden.py`` compares the pipeline's output with.

    python scripts/update_golden.py

Run it only after a change that is *meant* to change results (a retrained model, a new rule), and
read ``git diff tests/golden`` before committing: speed work must leave these files untouched.
The inputs are the seed article (``examples/article.txt``) and ``tests/golden/ant_sample.txt``
(20 articles of the ANT corpus v1.1, Apache 2.0, one per line).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

GOLDEN = ROOT / "tests" / "golden"
SEED_REF = "2020-06-02"
ANT_REF = "2017-01-20"


def golden_documents() -> list[dict]:
    """The full ``to_dict()`` of the seed, then of every sample article, with fixed reference dates."""
    import arabnews

    nlp = arabnews.Pipeline()
    seed = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")
    out = [nlp(seed, reference_date=SEED_REF).to_dict()]
    for line in (GOLDEN / "ant_sample.txt").read_text(encoding="utf-8").splitlines():
        out.append(nlp(line, reference_date=ANT_REF).to_dict())
    return out


def dumps(doc: dict) -> str:
    return json.dumps(doc, ensure_ascii=False, sort_keys=True)


def main() -> None:
    docs = golden_documents()
    (GOLDEN / "seed.json").write_text(json.dumps(docs[0], ensure_ascii=False, sort_keys=True, indent=1) + "\n",
                                      encoding="utf-8")
    (GOLDEN / "ant_sample.jsonl").write_text("".join(dumps(d) + "\n" for d in docs[1:]), encoding="utf-8")
    print(f"wrote {len(docs)} documents to {GOLDEN}")


if __name__ == "__main__":
    main()
