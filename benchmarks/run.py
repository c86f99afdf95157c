"""Throughput, scaling and memory of arabnews against the anchors, side by side in one process.

    python benchmarks/run.py            # >= 5 MB of ANT news text (a few minutes)
    python benchmarks/run.py --quick    # 1 MB of the same text, under two minutes

Anchors (each run in this process on the same text as the arabnews row it is compared with):
  normalize+tokenize  camel-tools CharMapper('arclean') + dediac_ar + simple_word_tokenize;
                      pyarabic strip_tashkeel + normalize_hamza + tokenize
  dates               dateparser.search.search_dates(languages=["ar"])
  numbers             pyarabic.number.extract_number_phrases + text2number
  entities            a BERT-base token classifier with CAMeLBERT's architecture
                      (transformers BertForTokenClassification from a BertConfig, 12 layers, 768 wide,
                      30,000-word vocabulary), random weights built locally: nothing is downloaded and
                      its speed does not depend on the weights.  Its WordPiece vocabulary is trained
                      on the benchmark text itself, which gives it short sequences (an advantage).
Everything runs on one core (arabnews and the anchors are single-threaded; torch.set_num_threads(1)).
tokens/s always counts arabnews tokens of the text, so the rows of one stage are comparable.
Peak RSS per row is this process's high-water mark during that measurement (VmHWM, reset before it):
it includes the corpus, prepared Documents and every library imported so far; the +MB in brackets is
the growth over the RSS just before.  The analyze_many figure comes from a fresh process.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import math
import os
import platform
import re
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from importlib import metadata
from pathlib import Path

# nothing may download at run time: transformers and huggingface_hub must stay offline
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"

ROOT = Path(__file__).resolve().parents[1]
ANT = ROOT.parent / "shared" / "data" / "news" / "ant-v1.1.txt"
REF = dt.date(2017, 6, 1)  # ANT articles are from 2017

#: targets of the issue "Benchmarks against the anchors"
TARGET_NORM_MBS = 1.0
TARGET_VS_BERT = 20.0
TARGET_VS_DATEPARSER = 5.0
TARGET_RSS_MB = 300.0
TARGET_RSS_CORPUS_MB = 5.0


# -- corpus ----------------------------------------------------------------------------------------
def load_corpus(megabytes: float) -> list[str]:
    """The first blank-line-separated documents of ANT (> 200 characters) up to ``megabytes`` of UTF-8.

    Each document is used once: asking for more text than the corpus holds is an error, not a repeat.
    """
    if not ANT.exists():
        sys.exit(f"benchmark corpus not found: {ANT} (the shared/ folder must sit beside the repository)")
    articles: list[str] = []
    size = 0
    for art in ANT.read_text(encoding="utf-8").split("\n\n"):
        art = art.strip()
        if len(art) > 200:
            articles.append(art)
            size += len(art.encode())
            if size >= megabytes * 1e6:
                return articles
    sys.exit(f"{ANT.name} holds only {size / 1e6:.1f} MB of documents, {megabytes} MB were asked for")


def mb(texts: list[str]) -> float:
    return sum(len(t.encode()) for t in texts) / 1e6


def prefix(texts: list[str], megabytes: float) -> list[str]:
    """The first documents of ``texts`` up to ``megabytes`` (for the slow anchors)."""
    out: list[str] = []
    for t in texts:
        out.append(t)
        if mb(out) >= megabytes:
            break
    return out


# -- measuring -------------------------------------------------------------------------------------
def rss_mb(field: str = "VmRSS") -> float:
    """``VmRSS`` or ``VmHWM`` (peak) of this process in MB, from /proc (ru_maxrss where there is none)."""
    try:
        m = re.search(rf"^{field}:\s+(\d+) kB", Path("/proc/self/status").read_text(), re.M)
        if m:
            return int(m.group(1)) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def reset_peak() -> None:
    """Reset VmHWM to the current RSS (Linux >= 4.0); where that fails the peak stays the process's."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
    except OSError:
        pass


class Measure:
    """Best time over ``repeat`` runs and the peak RSS (with its growth over the start) of all of them."""

    def __init__(self, seconds: float, peak: float, grown: float) -> None:
        self.seconds, self.peak, self.grown = seconds, peak, grown


def timed(fn: Callable[[], object], repeat: int = 1) -> Measure:
    best, peak, grown = float("inf"), 0.0, 0.0
    for _ in range(repeat):
        gc.collect()
        reset_peak()
        before = rss_mb()
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
        hwm = rss_mb("VmHWM")
        peak, grown = max(peak, hwm), max(grown, hwm - before)
    return Measure(best, peak, grown)


def each(fn: Callable[[str], object], texts: list[str]) -> Callable[[], None]:
    """A run of ``fn`` over ``texts`` that drops each result (a corpus run streams, it does not hoard)."""

    def run() -> None:
        for t in texts:
            fn(t)

    return run


def stage_docs(nlp, name: str, texts: list[str]):
    """Documents of ``texts`` with every stage before ``name`` run (untimed: a stage may read them)."""
    docs = [nlp.make_doc(t, reference_date=REF) for t in texts]
    for prev, prev_stage in nlp:
        if prev == name:
            break
        docs = [prev_stage(d) for d in docs]
    return docs


def time_stage(nlp, name: str, texts: list[str], repeat: int = 1) -> Measure:
    stage = dict(iter(nlp))[name]
    best: Measure | None = None
    for _ in range(repeat):  # fresh Documents each time: a stage writes into them
        docs = stage_docs(nlp, name, texts)
        gc.freeze()  # the prepared Documents are the harness's: keep them out of the collector's scans
        m = timed(lambda docs=docs: [stage(d) for d in docs])
        gc.unfreeze()
        best = m if best is None or m.seconds < best.seconds else best
        del docs
    assert best is not None
    return best


class Table:
    def __init__(self) -> None:
        self.rows: list[dict[str, object]] = []

    def add(self, what: str, system: str, size_mb: float, m: Measure, tokens: int, ratio: str = "") -> None:
        row = {"stage": what, "system": system, "mb": size_mb, "seconds": m.seconds,
               "mb_per_s": size_mb / m.seconds, "tokens_per_s": tokens / m.seconds,
               "peak_rss_mb": m.peak, "rss_growth_mb": m.grown, "ratio": ratio}
        self.rows.append(row)
        print(f"  {what:<24} {system:<46} {self._mbs(row):>7} MB/s {row['tokens_per_s']:>10,.0f} tok/s "
              f"{self._rss(row):>12} MB  {ratio}", flush=True)

    @staticmethod
    def _mbs(row: dict) -> str:
        v = row["mb_per_s"]
        return f"{v:.2f}" if v >= 0.1 else f"{v:.4f}"

    @staticmethod
    def _rss(row: dict) -> str:
        return f"{row['peak_rss_mb']:.0f} (+{row['rss_growth_mb']:.0f})"

    def markdown(self) -> str:
        out = ["| stage | system | text MB | MB/s | tokens/s | peak RSS MB (+growth) | arabnews speed-up |",
               "| --- | --- | ---: | ---: | ---: | ---: | --- |"]
        out += [f"| {r['stage']} | {r['system']} | {r['mb']:.2f} | {self._mbs(r)} | {r['tokens_per_s']:,.0f} | "
                f"{self._rss(r)} | {r['ratio']} |" for r in self.rows]
        return "\n".join(out)


# -- the benchmarks --------------------------------------------------------------------------------
def bench_text_layer(texts: list[str], table: Table, n_tokens: int) -> dict[str, float]:
    """normalize+tokenize: arabnews vs camel-tools and pyarabic; returns seconds per system."""
    import arabnews

    size = mb(texts)
    secs = {}
    ours = timed(each(arabnews.tokenize, texts), repeat=2)
    secs["arabnews"] = ours.seconds
    table.add("normalize+tokenize", "arabnews normalize+tokenize", size, ours, n_tokens)
    try:
        from camel_tools.tokenizers.word import simple_word_tokenize
        from camel_tools.utils.charmap import CharMapper
        from camel_tools.utils.dediac import dediac_ar
    except ImportError:
        print("  (camel-tools not installed: anchor skipped)")
    else:
        arclean = CharMapper.builtin_mapper("arclean")
        camel = timed(each(lambda t: simple_word_tokenize(dediac_ar(arclean(t))), texts), repeat=2)
        secs["camel-tools"] = camel.seconds
        table.add("normalize+tokenize", "camel-tools arclean+dediac_ar+tokenize", size, camel, n_tokens,
                  f"{camel.seconds / ours.seconds:.2f}x")
    from pyarabic import araby

    pya = timed(each(lambda t: araby.tokenize(araby.normalize_hamza(araby.strip_tashkeel(t))), texts), repeat=2)
    secs["pyarabic"] = pya.seconds
    table.add("normalize+tokenize", "pyarabic strip_tashkeel+hamza+tokenize", size, pya, n_tokens,
              f"{pya.seconds / ours.seconds:.2f}x")
    return secs


def bench_stages(nlp, texts: list[str], table: Table, n_tokens: int) -> tuple[dict[str, float], float, float]:
    """The whole pipeline (1st and 2nd pass), then each stage alone (its inputs prepared untimed)."""
    size = mb(texts)
    system = "arabnews " + "+".join(nlp.names)
    # the first pass fills the pipeline's caches (word-level lookups); the stages below run warm
    analyse = each(lambda t: nlp(t, reference_date=REF), texts)
    cold = timed(analyse)
    table.add("whole pipeline, 1st pass", system, size, cold, n_tokens)
    total = timed(analyse)
    table.add("whole pipeline", system, size, total, n_tokens)
    m = timed(each(lambda t: nlp.make_doc(t, reference_date=REF), texts))
    table.add("stage make_doc", "arabnews (normalize+tokenize+offsets)", size, m, n_tokens)
    stages = {}
    for name in nlp.names:
        m = time_stage(nlp, name, texts)
        stages[name] = m.seconds
        table.add(f"stage {name}", "arabnews", size, m, n_tokens)
    return stages, total.seconds, cold.seconds


def bench_dates(nlp, texts: list[str], table: Table, n_tokens: int, megabytes: float) -> float | None:
    """dateparser vs the dates stage on the same prefix of the corpus; returns the speed-up."""
    try:
        from dateparser.search import search_dates
    except ImportError:
        print("  (dateparser not installed: anchor skipped)")
        return None
    base = dt.datetime.combine(REF, dt.time())
    subset = prefix(texts, megabytes)  # dateparser is slow: a prefix
    size = mb(subset)
    toks = round(n_tokens * size / mb(texts))
    ours = time_stage(nlp, "dates", subset, repeat=3)
    table.add("dates (same prefix)", "arabnews dates stage", size, ours, toks)
    search_dates("في 12 أيار 2017", languages=["ar"], settings={"RELATIVE_BASE": base})  # loads its Arabic data
    theirs = timed(each(lambda t: search_dates(t, languages=["ar"], settings={"RELATIVE_BASE": base}), subset),
                   repeat=2)
    ratio = theirs.seconds / ours.seconds
    table.add("dates (same prefix)", "dateparser search_dates(ar)", size, theirs, toks, f"{ratio:.1f}x")
    return ratio


def bench_numbers(texts: list[str], table: Table, n_tokens: int, seconds_ours: float) -> float:
    """pyarabic number phrases vs the numbers stage (row "stage numbers") on the whole corpus."""
    from pyarabic.number import extract_number_phrases, text2number

    size = mb(texts)

    def run() -> None:
        for t in texts:
            for phrase in extract_number_phrases(t):
                text2number(phrase)

    theirs = timed(run)
    ratio = theirs.seconds / seconds_ours
    table.add("numbers", "pyarabic extract_number_phrases+text2number", size, theirs, n_tokens, f"{ratio:.2f}x")
    return ratio


def bench_bert(nlp, texts: list[str], table: Table, n_tokens: int, megabytes: float,
               cold_seconds: float) -> float | None:
    """A BERT-base token classifier vs the whole pipeline on the same prefix; returns the speed-up."""
    subset = prefix(texts, megabytes)  # BERT-base on one CPU core is slow: a prefix
    size = mb(subset)
    toks = round(n_tokens * size / mb(texts))
    ours = timed(each(lambda t: nlp(t, reference_date=REF), subset), repeat=3)  # before torch is imported
    system = "arabnews " + "+".join(nlp.names)
    table.add("whole pipeline (prefix)", system, size, ours, toks)
    ent = time_stage(nlp, "entities", subset, repeat=3) if "entities" in nlp else None
    if ent is not None:
        table.add("entities (prefix)", "arabnews entities stage", size, ent, toks)
    try:
        import torch
        from tokenizers import BertWordPieceTokenizer
        from transformers import BertConfig, BertForTokenClassification, BertTokenizerFast
    except ImportError:
        print("  (torch/transformers not installed: BERT anchor skipped)")
        return None
    torch.set_num_threads(1)
    torch.manual_seed(0)
    wordpiece = BertWordPieceTokenizer(lowercase=False, strip_accents=False)
    wordpiece.train_from_iterator(texts, vocab_size=30000, show_progress=False)
    tok = BertTokenizerFast(tokenizer_object=wordpiece._tokenizer, unk_token="[UNK]", sep_token="[SEP]",
                            pad_token="[PAD]", cls_token="[CLS]", mask_token="[MASK]")
    # CAMeLBERT: bert-base (BertConfig's defaults: 12 layers, hidden 768, 12 heads, 512 positions),
    # a 30,000 WordPiece vocabulary; 9 BIO labels (PER/LOC/ORG/MISC) as in its NER fine-tunings
    model = BertForTokenClassification(BertConfig(vocab_size=30000, num_labels=9)).eval()
    with torch.inference_mode():
        model(**tok("حلب", return_tensors="pt"))  # warm-up call
    pieces = 0

    def run() -> None:
        nonlocal pieces
        pieces = 0
        with torch.inference_mode():
            for t in subset:  # one document a batch of 512-piece windows
                enc = tok(t, truncation=True, max_length=512, return_overflowing_tokens=True, stride=0,
                          padding=True, return_tensors="pt")
                enc.pop("overflow_to_sample_mapping", None)
                pieces += int(enc["attention_mask"].sum())
                model(**enc).logits.argmax(-1)

    theirs = timed(run)
    ratio = theirs.seconds / ours.seconds
    # against the 1st pass over the whole corpus too (cold caches), scaled to the prefix's size
    cold = theirs.seconds / (cold_seconds * size / mb(texts))
    extra = f"; entities stage {theirs.seconds / ent.seconds:.0f}x" if ent is not None else ""
    table.add("entities (prefix)", "BERT-base token classifier (random wts)", size, theirs, toks,
              f"whole pipeline {ratio:.0f}x (1st pass {cold:.0f}x){extra}")
    print(f"  (BERT: {pieces:,} WordPiece pieces for {toks:,} arabnews tokens; random weights, built from a "
          "BertConfig without any download: its speed does not depend on the weights)")
    return ratio


def bench_scaling(nlp) -> tuple[list[tuple[str, int, float]], float]:
    """Whole-pipeline time for one document of 1 KB ... 1 MB (consecutive distinct ANT documents)."""
    pool = "\n\n".join(load_corpus(1.05))
    rows = []
    for label, size in [("1 KB", 1_000), ("10 KB", 10_000), ("100 KB", 100_000), ("1 MB", 1_000_000)]:
        text = pool[: round(len(pool) * size / len(pool.encode()))]
        nbytes = len(text.encode())
        reps = max(1, 300_000 // size)
        secs = timed(lambda text=text, reps=reps: [nlp(text, reference_date=REF) for _ in range(reps)]).seconds / reps
        rows.append((label, nbytes, secs))
        print(f"  {label:>6} ({nbytes:>9,} bytes): {secs * 1000:9.1f} ms = {secs / (nbytes / 1e6):6.3f} s/MB",
              flush=True)
    # least-squares slope of log(time) on log(size): 1.0 is linear, 2.0 quadratic
    xs, ys = [math.log(n) for _, n, _ in rows], [math.log(s) for _, _, s in rows]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)
    return rows, slope


MEMORY_CODE = """
import json, re, sys
from pathlib import Path
sys.path.insert(0, {bench!r})
from run import load_corpus, mb
import arabnews

def rss(field):  # /proc, not ru_maxrss: that one keeps the parent's peak across fork+exec
    return int(re.search(field + r":\\s+(\\d+) kB", Path("/proc/self/status").read_text()).group(1)) / 1024

texts = load_corpus({megabytes})
arabnews.analyze("حلب")  # the default pipeline and its resources, loaded
base = rss("VmRSS")
n = sum(1 for _ in arabnews.analyze_many(texts, progress=False))
print(json.dumps({{"peak": rss("VmHWM"), "base": base, "docs": n, "mb": mb(texts)}}))
"""


def measure_memory(megabytes: float) -> dict[str, float]:
    """Peak RSS of a fresh process running analyze_many over ``megabytes`` of the corpus."""
    code = MEMORY_CODE.format(bench=str(ROOT / "benchmarks"), megabytes=megabytes)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    return json.loads(out.strip().splitlines()[-1])


# -- report ----------------------------------------------------------------------------------------
def machine() -> str:
    cpu = "?"
    ram = 0.0
    try:
        cpu = re.search(r"^model name\s*:\s*(.+)$", Path("/proc/cpuinfo").read_text(), re.M).group(1).strip()
        ram = int(re.search(r"^MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text(), re.M).group(1)) / 1024**2
    except (OSError, AttributeError):
        cpu = platform.processor() or platform.machine()
    versions = []
    for dist in ("arabnews", "camel_tools", "PyArabic", "dateparser", "torch", "transformers"):
        try:
            versions.append(f"{dist} {metadata.version(dist)}")
        except metadata.PackageNotFoundError:
            pass
    return (f"{os.cpu_count()} cores ({cpu}), {ram:.0f} GB RAM, {platform.system()} {platform.machine()}, "
            f"Python {platform.python_version()}; {', '.join(versions)}")


def cpu_seconds() -> tuple[float, float]:
    """(busy CPU seconds of the whole machine, CPU seconds of this process and its children)."""
    t = os.times()
    own = t.user + t.system + t.children_user + t.children_system
    try:
        fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return float("nan"), own
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)  # idle + iowait
    return (sum(fields[:8]) - idle) / os.sysconf("SC_CLK_TCK"), own


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="1 MB corpus, smaller anchor prefixes")
    parser.add_argument("--megabytes", type=float, help="corpus size (default 5, or 1 with --quick)")
    parser.add_argument("--memory-megabytes", type=float, default=TARGET_RSS_CORPUS_MB,
                        help="text for the analyze_many memory run (default 5: the target's size)")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args()
    size = args.megabytes or (1.0 if args.quick else 5.0)
    dates_mb, bert_mb = (0.1, 0.03) if args.quick else (0.25, 0.06)

    import arabnews

    started = time.perf_counter()
    busy0, own0 = cpu_seconds()
    texts = load_corpus(size)
    n_tokens = sum(len(arabnews.tokenize(t)) for t in texts)
    load = os.getloadavg()
    print(f"arabnews {arabnews.__version__}: {machine()}")
    print(f"corpus: ANT v1.1 news, first {len(texts):,} documents, {mb(texts):.2f} MB, {n_tokens:,} arabnews tokens; "
          f"one core; load average at start {load[0]:.2f}")
    t0 = time.perf_counter()
    nlp = arabnews.Pipeline()
    nlp("حلب", reference_date=REF)  # load resources and models before timing
    print(f"  pipeline load: {time.perf_counter() - t0:.2f} s; stages: {', '.join(nlp.names)}")
    table = Table()
    print(f"\n  {'stage':<24} {'system':<46} {'MB/s':>12} {'tokens/s':>16} {'peak RSS (+growth)':>18}")
    text_secs = bench_text_layer(texts, table, n_tokens)
    stage_secs, total, cold = bench_stages(nlp, texts, table, n_tokens)
    dates_ratio = bench_dates(nlp, texts, table, n_tokens, dates_mb) if "dates" in nlp else None
    if "numbers" in stage_secs:
        bench_numbers(texts, table, n_tokens, stage_secs["numbers"])
    bert_ratio = bench_bert(nlp, texts, table, n_tokens, bert_mb, cold)

    print("\nscaling (whole pipeline, one document of consecutive ANT documents):")
    scaling, slope = bench_scaling(nlp)
    per_mb = [s / (n / 1e6) for _, n, s in scaling]
    spread = max(per_mb) / min(per_mb)
    linear = 0.9 <= slope <= 1.1 and spread < 1.5
    print(f"  linear: {'yes' if linear else 'NO'} (time ~ size^{slope:.2f}; s/MB within {spread:.2f}x "
          f"from 1 KB to 1 MB)")

    mem = measure_memory(args.memory_megabytes)
    print(f"\npeak RSS of a fresh process running arabnews.analyze_many over {mem['mb']:.2f} MB "
          f"({mem['docs']:,} documents): {mem['peak']:.0f} MB (RSS before the loop, pipeline loaded: "
          f"{mem['base']:.0f} MB); target < {TARGET_RSS_MB:.0f} MB")

    size_mb = mb(texts)
    norm_mbs = size_mb / text_secs["arabnews"]
    print("\ntargets:")
    camel = text_secs.get("camel-tools")
    vs_camel = f", {camel / text_secs['arabnews']:.2f}x camel-tools" if camel else ", camel-tools not run"
    norm_ok = norm_mbs >= TARGET_NORM_MBS and (camel is None or camel >= text_secs["arabnews"])
    print(f"  normalize+tokenize >= {TARGET_NORM_MBS:.0f} MB/s and not slower than camel-tools: "
          f"{norm_mbs:.2f} MB/s{vs_camel} -> {verdict(norm_ok)}")
    if bert_ratio is not None:
        print(f"  whole pipeline >= {TARGET_VS_BERT:.0f}x the BERT-base token classifier: {bert_ratio:.0f}x "
              f"-> {verdict(bert_ratio >= TARGET_VS_BERT)}")
    if dates_ratio is not None:
        print(f"  dates >= {TARGET_VS_DATEPARSER:.0f}x dateparser: {dates_ratio:.1f}x "
              f"-> {verdict(dates_ratio >= TARGET_VS_DATEPARSER)}")
    rss_note = "" if mem["mb"] >= TARGET_RSS_CORPUS_MB else f" (over {mem['mb']:.2f} MB only, not the target's 5 MB)"
    print(f"  analyze_many peak RSS over 5 MB < {TARGET_RSS_MB:.0f} MB: {mem['peak']:.0f} MB{rss_note} "
          f"-> {verdict(mem['peak'] < TARGET_RSS_MB)}")
    print(f"  (no target) whole pipeline: {size_mb / total:.2f} MB/s ({size_mb / cold:.2f} MB/s on the 1st pass); "
          f"scaling linear: {'yes' if linear else 'no'}")

    wall = time.perf_counter() - started
    busy1, own1 = cpu_seconds()
    others = max(0.0, (busy1 - busy0) - (own1 - own0)) / wall
    print(f"\n(wall time {wall:.0f} s; other processes kept {others:.2f} of the {os.cpu_count()} cores busy on "
          "average during the run: the closer to 1, the noisier the timings)\n")
    print(table.markdown())
    if args.json:
        args.json.write_text(json.dumps({"machine": machine(), "rows": table.rows, "scaling": scaling,
                                         "scaling_exponent": slope, "memory": mem}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
