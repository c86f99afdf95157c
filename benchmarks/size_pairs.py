"""Seconds per MB of each stage for documents of two or more sizes, interleaved so that every size runs under the
same load (on a shared host, sizes timed one after the other in fresh processes measure the neighbours too).

    python benchmarks/size_pairs.py 550,5500,55000 8     # 8 rounds (fewer: one first-time cost can land in one size)

After 0.6 MB of warm-up (the news after the 5 MB document's, as run.py's scaling row), each round takes, for each size
in turn (the order reversed every other round), the next 20,000 characters of the first 5 MB of ANT, cuts them into
documents of that size and runs the default pipeline on each (``nlp(text)``, one at a time), timing every stage
in CPU seconds.  Prints one JSON line per size: s/MB of each stage and of the whole call ("ALL", make_doc included).

Session 43, host load 8-10: 550 characters 7.0-7.7 s/MB, 5,500 4.9-5.0, 55,000 4.9: every stage costs more per MB in
1 KB documents (article 4-6x, tokenizer and make_doc 2x, entities 1.4x), while callgrind counts only 3.7 % more
instructions for the same 40,000 characters as 73 documents than as 8 (1,725.8 M against 1,664.6 M; with its cache
simulation, I1 misses +21 %, D1 +11 %): the excess is time per instruction, not per-document work.
Session 44 measures that count with ``benchmarks/size_cg.py`` (one size per process, the same 40,000 characters of
ANT 0..): main e1165606 1,761.6 M instructions as 73 documents of 550 characters against 1,717.8 M as 8 of 5,500
(+2.5 %, some 0.67 M a document more); ``benchmarks/tiny_cg.py``: one one-sentence document 3.69 M.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from run import REF, load_corpus  # noqa: E402

import arabnews  # noqa: E402
from arabnews.pipeline import Pipeline  # noqa: E402

CHUNK = 20_000  # characters per size and round


def main() -> None:
    sizes = [int(s) for s in sys.argv[1].split(",")]
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 8
    pool = "\n\n".join(load_corpus(5.6))
    span = round(len(pool) * 5_000_000 / len(pool.encode()))
    nlp = arabnews.Pipeline()
    nlp(pool[span:], reference_date=REF)
    times: dict[int, dict[str, float]] = {s: {} for s in sizes}
    nbytes = dict.fromkeys(sizes, 0)
    current = [sizes[0]]
    run = Pipeline._run

    def timed(name, stage, doc):  # type: ignore[no-untyped-def]
        t0 = time.process_time()
        try:
            return run(name, stage, doc)
        finally:
            got = times[current[0]]
            got[name] = got.get(name, 0.0) + time.process_time() - t0

    Pipeline._run = staticmethod(timed)  # type: ignore[method-assign]
    step = (span - CHUNK) // (rounds * len(sizes))
    k = 0
    for r in range(rounds):
        for size in sizes if r % 2 == 0 else sizes[::-1]:
            text = pool[k * step:k * step + CHUNK]
            k += 1
            current[0] = size
            t0 = time.process_time()
            for i in range(0, len(text), size):
                nlp(text[i:i + size], reference_date=REF)
            times[size]["ALL"] = times[size].get("ALL", 0.0) + time.process_time() - t0
            nbytes[size] += len(text.encode())
    for size in sizes:
        mb = nbytes[size] / 1e6
        print(size, json.dumps({name: round(secs / mb, 3) for name, secs in times[size].items()}))


if __name__ == "__main__":
    main()
