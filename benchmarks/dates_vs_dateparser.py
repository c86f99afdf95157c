"""arabnews dates vs dateparser's ``search_dates(..., languages=["ar"])`` on the same sentences.

    python benchmarks/dates_vs_dateparser.py          # summary
    python benchmarks/dates_vs_dateparser.py -v       # every sentence, side by side

The sentences and gold values are the table of ``tests/test_dates.py`` (real news phrasing in the
Levantine, Egyptian, Maghrebi and Hijri month systems, relative expressions against the reference
date 2020-05-12, durations, times) and its list of non-dates, plus a few sentences with word numbers
("أربعة أعوام", "الثالث عشر من رمضان") that need the numbers stage.  The table was written with the
stage, so arabnews' score on it is a regression check, not an unbiased accuracy estimate.  For each gold expression:

* found: the system reports an expression overlapping the gold span;
* correct: one of those has the gold value.  dateparser returns a ``datetime``, so it is compared at
  the gold granularity (2016 → year, 2016-05 → month, 2020-W19 → ISO week, T03:00 → time, a Hijri
  date → its Gregorian day); values a datetime cannot express (durations P4Y, ranges 2011/2015,
  quarters, decades, PAST_REF, sets) cannot be correct for dateparser and count as found only.
* false positives: expressions reported in the sentences that hold no date.

Speed is reported twice: the dates stage alone on Documents the numbers stage has prepared (how
``benchmarks/run.py`` times a stage; the issue's "≥ 5x search_dates" target), and the whole
numbers + dates pipeline per sentence, tokenizing included (on sentences this short the per-document
set-up of normalization, tokens and the numbers stage is about half of arabnews' time).
Times are CPU seconds of this process (``time.process_time``), the best of ``--repeat`` runs over all
the sentences, after one warm-up call of each system, so that a busy machine does not decide the ratio.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "src"))

REF = dt.date(2020, 5, 12)


#: Word numbers, read by the numbers stage (the test table has none)
WORD_NUMBERS = [
    ("بعد أربعة أعوام على مقتلهم", "أربعة أعوام", "DURATION", "P4Y", None),
    ("استمرت المعارك ثلاثة أيام", "ثلاثة أيام", "DURATION", "P3D", None),
    ("قرابة أربعة أشهر", "قرابة أربعة أشهر", "DURATION", "P4M", "APPROX"),
    ("في السابع من أكتوبر 2023", "السابع من أكتوبر 2023", "DATE", "2023-10-07", None),
    ("الثالث عشر من رمضان 1444 هـ", "الثالث عشر من رمضان 1444 هـ", "DATE", "2023-04-04", None),
    ("الساعة الثالثة فجراً", "الساعة الثالثة فجراً", "TIME", "T03:00", None),
    ("في الثاني من الشهر الجاري", "الثاني من الشهر الجاري", "DATE", "2020-05-02", None),
    ("منذ خمس سنوات", "منذ خمس سنوات", "DATE", "2015", None),
    ("قبل ثلاثة أسابيع", "قبل ثلاثة أسابيع", "DATE", "2020-W17", None),
    ("في الخامس والعشرين من يناير 2011", "الخامس والعشرين من يناير 2011", "DATE", "2011-01-25", None),
]


def load_gold():
    from test_dates import NOT_DATES, TABLE

    return [row for row in TABLE if row[1] is not None] + WORD_NUMBERS, list(NOT_DATES)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def gold_span(sentence: str, span: str) -> tuple[int, int]:
    start = sentence.index(span)
    return start, start + len(span)


def datetime_matches(value: str, sentence: str, found: dt.datetime) -> bool:
    """Does dateparser's datetime express the gold ``value`` at its granularity?"""
    if len(value) == 4 and value.isdigit():
        return found.year == int(value)
    if len(value) == 7 and value[4] == "-" and value[5:].isdigit():
        return found.strftime("%Y-%m") == value
    if len(value) == 10 and value[4] == "-":
        return found.date().isoformat() == value
    if "-W" in value and len(value) == 8:
        year, week, _ = found.date().isocalendar()
        return f"{year:04d}-W{week:02d}" == value
    if value.startswith("T"):
        return found.strftime("T%H:%M") == value
    if len(value) > 10 and value[10] == "T" and value[11:].count(":") == 1:
        return found.strftime("%Y-%m-%dT%H:%M") == value
    return False  # durations, ranges, quarters, decades, PAST_REF, sets, parts of a day


def _best_of(repeat, fn):
    """The smallest CPU time of ``repeat`` runs of ``fn`` (the runs are tiny: one is noise)."""
    best = None
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        took = time.process_time() - t0
        best = took if best is None else min(best, took)
    return best


def run_arabnews(rows, negatives, repeat=5):
    import arabnews

    nlp = arabnews.Pipeline(["numbers", "dates"])  # the dates stage requires the numbers stage
    nlp(rows[0][0], reference_date=REF)  # warm-up: lexicons and patterns are built at first use
    found = correct = 0
    details = []
    t0 = time.process_time()
    for sentence, span, _type, value, _mod in rows:
        doc = nlp(sentence, reference_date=REF)
        gold = gold_span(sentence, span)
        hits = [d for d in doc.dates if overlaps((d.start, d.end), gold)]
        ok = any(d.value == value for d in hits)
        found += bool(hits)
        correct += ok
        details.append([(d.text, d.value) for d in hits])
    false_pos = sum(len(nlp(s, reference_date=REF).dates) for s in negatives)
    del t0
    texts = [r[0] for r in rows] + list(negatives)
    seconds = _best_of(repeat, lambda: [nlp(s, reference_date=REF) for s in texts])
    return found, correct, false_pos, seconds, details


def time_dates_stage(texts, repeat=5):
    """CPU seconds of the dates stage alone on Documents the earlier stages (numbers) have prepared,
    as ``benchmarks/run.py`` times each stage: the best of ``repeat`` runs."""
    import arabnews
    from arabnews.extract.dates import extract_dates

    before = arabnews.Pipeline(["numbers"])
    best = None
    for _ in range(repeat):
        docs = [before(s, reference_date=REF) for s in texts]  # fresh: the stage edits doc.numbers
        t0 = time.process_time()
        for doc in docs:
            extract_dates(doc)
        took = time.process_time() - t0
        best = took if best is None else min(best, took)
    return best


def run_dateparser(rows, negatives, repeat=5):
    t_import = time.process_time()
    from dateparser.search import search_dates

    t_import = time.process_time() - t_import
    settings = {"RELATIVE_BASE": dt.datetime(REF.year, REF.month, REF.day), "PREFER_DATES_FROM": "past"}
    search_dates(rows[0][0], languages=["ar"], settings=settings)  # warm-up, as for arabnews
    found = correct = 0
    details = []
    t0 = time.process_time()
    for sentence, span, _type, value, _mod in rows:
        results = search_dates(sentence, languages=["ar"], settings=settings) or []
        gold = gold_span(sentence, span)
        hits = []
        for text, when in results:
            pos = sentence.find(text)
            if pos >= 0 and overlaps((pos, pos + len(text)), gold):
                hits.append((text, when))
        ok = any(datetime_matches(value, sentence, when) for _, when in hits)
        found += bool(hits)
        correct += ok
        details.append([(text, when.isoformat()) for text, when in hits])
    false_pos = sum(len(search_dates(s, languages=["ar"], settings=settings) or []) for s in negatives)
    del t0
    texts = [r[0] for r in rows] + list(negatives)
    seconds = _best_of(repeat, lambda: [search_dates(s, languages=["ar"], settings=settings) for s in texts])
    return found, correct, false_pos, seconds, details, t_import


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="print every sentence side by side")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs of each system (the best counts)")
    args = parser.parse_args(argv)
    rows, negatives = load_gold()
    a_found, a_correct, a_fp, a_time, a_details = run_arabnews(rows, negatives, args.repeat)
    d_found, d_correct, d_fp, d_time, d_details, d_import = run_dateparser(rows, negatives, args.repeat)
    if args.verbose:
        for (sentence, span, _t, value, _m), a, d in zip(rows, a_details, d_details, strict=True):
            print(f"{sentence}\n  gold      {span!r} → {value}\n  arabnews  {a}\n  dateparser {d}")
    n = len(rows)
    print(f"{n} gold expressions, {len(negatives)} sentences without a date, reference date {REF}")
    print(f"{'system':<12}{'found':>8}{'correct':>9}{'false+':>8}{'seconds':>9}")
    print(f"{'arabnews':<12}{a_found:>8}{a_correct:>9}{a_fp:>8}{a_time:>9.2f}")
    print(f"{'dateparser':<12}{d_found:>8}{d_correct:>9}{d_fp:>8}{d_time:>9.2f}   (+{d_import:.1f}s import)")
    print(f"recall of correct values: arabnews {a_correct / n:.0%}, dateparser {d_correct / n:.0%}")
    stage = time_dates_stage([r[0] for r in rows] + list(negatives), args.repeat)
    print(f"speed (CPU seconds, same sentences): the dates stage {stage:.3f}s, {d_time / stage:.1f}x dateparser's "
          f"search_dates; the whole numbers + dates pipeline (tokenizing included) {d_time / a_time:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
