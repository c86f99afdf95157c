"""Cost of one part of the dates stage's scan, warm, alone: what each part of ``warm_stage.py dates`` costs.

The documents of ANT articles 0..N-1 are built through the stages before ``dates`` (after W articles of warm-up,
as ``warm_stage.py``); their windows, start places and rule lists are made once; then PART alone runs over all of
them and, under callgrind with CG=1, only that run is counted:

    CG=1 valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/dev/null \\
        python benchmarks/dates_parts_cg.py places 100 50 2>&1 | grep Collected

PART is one of:
  context  ``reading_context`` of each document (masked numbers, outlets, counts)
  windows  ``windows.windows`` of each extraction region (anchor words and numbers, merged stretches)
  anchors  ``windows._anchors`` alone (the loop over every token of a region)
  places   ``StartPlaces.places`` of each window (the scan for rules' first words)
  to_run   ``Rules.to_run`` of each window (needed words and searches)
  starts   each rule's start pattern at each of its places (the loop of ``scan_places`` without the rule)
  scan     ``scan_places`` (start pattern, then the rule) or the rule's ``finditer``, each rule of each window
  none     nothing (the harness alone)

Session 46 (pf46c), against ``warm_stage.py dates 100 50`` = 497.5 M on main 58d1fe32: context 45.0 M, windows
51.8 M (anchors 40.6 M), places 45.3 M, to_run 39.2 M, starts 43.5 M, scan 70.2 M (the scan's parts, 207 M in
all, are some 42 % of the stage; the handlers, merges and the second reading against the document's day are the
rest).
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT.parent / "src"))

import warm_stage  # noqa: E402


def main() -> None:
    part, n, w = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    import arabnews
    from arabnews.extract.dates import places as places_module
    from arabnews.extract.dates import stage, windows
    from arabnews.extract.dates.patterns import patterns
    from arabnews.extract.dates.rules import compiled

    arts = warm_stage.ANT.read_text(encoding="utf-8").split("\n\n")
    nlp = arabnews.Pipeline()
    for a in arts[3000:3000 + w]:
        nlp(a, reference_date=warm_stage.REF)
    stages = dict(nlp._stages)
    names = nlp.names
    docs = []
    for a in arts[:n]:
        if not a.strip():
            continue
        d = nlp.make_doc(a, reference_date=warm_stage.REF)
        for name in names[:names.index("dates")]:
            d = stages[name](d)
        docs.append(d)
    p = patterns()
    rules = compiled(p)
    sp = places_module.start_places()
    wins = []
    ranges = []
    for d in docs:
        masked = stage.reading_context(d, p).text
        for region in d.extraction_regions():
            ranges.append((d, *d.token_range(region.start, region.end)))
            ns, ne = d.to_normalized(region.start, region.end)
            wins.extend((masked, ws, we) for ws, we in windows.windows(d, region, ns, ne))
    placed = [(m, ws, we, *sp.places(m, ws, we)) for m, ws, we in wins]
    chosen = [(m, ws, we, pl, rules.to_run(m[ws:we], st)) for m, ws, we, pl, st in placed]
    forms = windows.anchor_forms()

    def context() -> None:
        for d in docs:
            stage.reading_context(d, p)

    def windows_() -> None:
        for d in docs:
            for region in d.extraction_regions():
                windows.windows(d, region, *d.to_normalized(region.start, region.end))

    def anchors() -> None:
        for d, lo, hi in ranges:
            windows._anchors(d.tokens, lo, hi, d.folded, forms)

    def places() -> None:
        for m, ws, we in wins:
            sp.places(m, ws, we)

    def to_run() -> None:
        for m, ws, we, _, st in placed:
            rules.to_run(m[ws:we], st)

    def starts() -> None:
        for m, ws, we, pl, run in chosen:
            for _, _, _, start, bit in run:
                if start is not None:
                    for place, bits in pl:
                        if bits & bit and place >= ws:
                            start.match(m, place, we)

    def scan() -> None:
        for m, ws, we, pl, run in chosen:
            for pattern, _, _, start, bit in run:
                if start is None:
                    list(pattern.finditer(m, ws, we))
                else:
                    places_module.scan_places(pattern, start, bit, pl, m, ws, we)

    def none() -> None:
        pass

    parts: dict[str, Callable[[], None]] = {"context": context, "windows": windows_, "anchors": anchors,
                                            "places": places, "to_run": to_run, "starts": starts, "scan": scan,
                                            "none": none}
    run = parts[part]
    run()  # first-seen caches
    t = warm_stage.counted(run)
    gc.enable()
    print(f"{part}: {t:.3f} s CPU over {len(docs)} documents, {len(wins)} windows after {w} of warm-up")


if __name__ == "__main__":
    main()
