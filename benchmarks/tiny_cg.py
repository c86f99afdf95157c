"""Instruction count of the per-document set-up: the whole pipeline on one short text, N times (issue #18).

    CG=1 valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/dev/null \\
        python benchmarks/tiny_cg.py 200 2>&1 | grep Collected

After W ANT articles of warm-up (3000 onwards, W=50), the default pipeline analyses ``nlp(TEXT)`` N times (TEXT: a
one-sentence news text with a speech verb, a title and a date unless given as the second argument); with CG=1 only
that part is counted.  Count / N is what one short document costs beyond its words: the fixed cost that makes 1 KB
documents dearer per MB than 10 KB ones (benchmarks/size_cg.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from warm_stage import ANT, REF, ROOT, counted

TEXT = "وقال وزير الخارجية إن الحكومة ستعمل على تحسين الأوضاع يوم الأحد."


def main() -> None:
    n = int(sys.argv[1])
    text = sys.argv[2] if len(sys.argv) > 2 else TEXT
    sys.path.insert(0, str(ROOT / "src"))
    import arabnews

    arts = ANT.read_text(encoding="utf-8").split("\n\n")
    nlp = arabnews.Pipeline()
    for a in arts[3000:3050]:
        nlp(a, reference_date=REF)
    for _ in range(5):
        nlp(text, reference_date=REF)

    def run() -> None:
        for _ in range(n):
            nlp(text, reference_date=REF)

    t = counted(run)
    print(f"{n} documents of {len(text)} characters: {t:.2f} s CPU")


if __name__ == "__main__":
    main()
