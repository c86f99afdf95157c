"""Attribution differences between two full-JSON dumps (``/work/lead/s13/jdump.py``), claim by claim.

    python scripts/qdiff.py A.jsonl B.jsonl [CATEGORY ...]

Claims are paired by their cue's start and kind; each change is printed with its category:

* ``shorter`` / ``longer``: the same claim, its content ending earlier / later (``GONE`` is what it lost);
* ``speaker``: the same content, another speaker;
* ``moved``: the same cue, another content start;
* ``merged-into-direct``: an indirect claim gone while a direct claim of the same cue stays
  ('أنه "…"' counted once);
* ``removed`` / ``added``: a claim with no counterpart.

A count per category ends the output; give categories to print only those.  The flat-span
``ediff.py`` cannot pair claims (a claim is a content, a cue and a speaker).
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from typing import Any


def _key(q: dict[str, Any]) -> tuple:
    return q["cue"]["start"], q["start"], q["end"], q["kind"], json.dumps(q["source"], sort_keys=True)


def _speaker(q: dict[str, Any]) -> str | None:
    return (q["source"] or {}).get("text")


def _context(text: str, q: dict[str, Any]) -> str:
    return repr(text[max(0, q["cue"]["start"] - 80):q["end"] + 30])


def compare(a: dict[str, Any], b: dict[str, Any], n: int) -> list[tuple[str, str]]:
    """The changes from document ``a`` to ``b`` (the same text), as (category, report) pairs."""
    text = a["text"]
    old = {_key(q): q for q in a["quotes"]}
    new = {_key(q): q for q in b["quotes"]}
    gone = sorted((old[k] for k in old.keys() - new.keys()), key=lambda q: q["start"])
    came = [new[k] for k in new.keys() - old.keys()]
    by_cue: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for q in came:
        by_cue[q["cue"]["start"]].append(q)
    used: set[int] = set()
    out = []
    for q in gone:
        head = f"{n} {q['kind']} cue={q['cue']['text']}"
        match = next((x for x in by_cue.get(q["cue"]["start"], []) if id(x) not in used and x["kind"] == q["kind"]),
                     None)
        if match is None:
            direct = any(x["cue"]["start"] == q["cue"]["start"] and x["kind"] == "direct" for x in b["quotes"])
            category = "merged-into-direct" if q["kind"] == "indirect" and direct else "removed"
            out.append((category, f"{head} src={_speaker(q)} | {q['text'][:200]}\n   ctx: {_context(text, q)}"))
            continue
        used.add(id(match))
        if match["start"] == q["start"] and match["end"] != q["end"]:
            category = "shorter" if match["end"] < q["end"] else "longer"
        elif _speaker(match) != _speaker(q):
            category = "speaker"
        else:
            category = "moved"
        report = (f"{head} src {_speaker(q)} -> {_speaker(match)}\n   OLD: {q['text'][:200]}\n"
                  f"   NEW: {match['text'][:200]}")
        if category == "shorter":
            report += f"\n   GONE: {text[match['end']:q['end']][:200]!r}"
        out.append((category, report + f"\n   ctx: {_context(text, q)}"))
    for q in came:
        if id(q) not in used:
            out.append(("added", f"{n} {q['kind']} cue={q['cue']['text']} src={_speaker(q)} | {q['text'][:200]}\n"
                                 f"   ctx: {_context(text, q)}"))
    return out


def main(argv: list[str]) -> None:
    wanted = set(argv[3:])
    counts: Counter[str] = Counter()
    with open(argv[1], encoding="utf-8") as fa, open(argv[2], encoding="utf-8") as fb:
        for n, (la, lb) in enumerate(zip(fa, fb, strict=True)):
            if la == lb:
                continue
            for category, report in compare(json.loads(la), json.loads(lb), n):
                counts[category] += 1
                if not wanted or category in wanted:
                    print(f"[{category}] {report}")
    print(dict(counts.most_common()))


if __name__ == "__main__":
    main(sys.argv)
