"""Where the CPU of ``analyze_many(n_process=2)`` goes, by CPU time (the wall clock of a shared host is noise).

    python benchmarks/parallel_parts.py            # 1 MB of ANT (run.py --quick's size), 2 rounds
    python benchmarks/parallel_parts.py 0.5 3      # 0.5 MB, 3 rounds

The default pipeline first runs over the articles once (its per-word memos warm, as for run.py's best-of runs); then,
in turn, each round runs the same articles three ways: in this process (``analyze_many``), through a pool of one
worker and through a pool of two (``corpus._parallel``, what ``n_process`` > 1 runs).  For each way it prints this
process's CPU seconds, the workers' (user and system, with their minor page faults: the copy-on-write copies of the
parent's pages a forked worker writes to), and, from inside the workers, the seconds of ``_run_many``, of pickling
the batches and of ``_init_worker``, with the pickled bytes.  Two free cores would give the two-worker pool
``2 * in-process / (parent + workers)`` of one process; what that loses is read off the rows:

- parent: unpickling the batches (``_load_batch``) and the executor's threads, on a core the workers need;
- pool of 1 - in-process: what a worker costs that the same work in one process does not (pickling, page copies);
- pool of 2 - pool of 1: two workers at once (the caches and memory they share, more page copies).

Session 43, 0.5 MB of ANT, host load 10-12 (other processes), CPU seconds: in-process 1.80-1.99; one worker 1.86-2.02
(+ parent 0.06); two workers 2.00-2.06 together (+ parent 0.06-0.07), their system time 0.12-0.13 s for 23,700 page
faults (one worker: 0.06-0.09 s, 13,600) against 0.01-0.03 s in one process; batches pickled in 1.3 % of the workers'
time (6.2 MB for 1 MB of text) and unpickled in 0.9 % of it by the parent.
"""

from __future__ import annotations

import json
import os
import pickle
import resource
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from run import REF, load_corpus  # noqa: E402

import arabnews  # noqa: E402
from arabnews import corpus  # noqa: E402

#: Where the workers write what they measured (one line per batch), read back after each pool.
LOG = Path(tempfile.gettempdir()) / f"arabnews_parallel_parts_{os.getpid()}"


def _log(row: dict) -> None:
    with open(f"{LOG}.{os.getpid()}", "a", encoding="utf-8") as f:
        f.write(json.dumps(row) + "\n")


def _run_batch(batch: list, on_error: str, timeout: float | None) -> bytes:
    """``corpus._run_batch``, timed in the worker (installed before the pool forks)."""
    t0 = time.process_time()
    docs = corpus._run_many(corpus._worker_pipeline, batch, on_error, timeout)  # type: ignore[arg-type]
    t1 = time.process_time()
    data = pickle.dumps(docs, protocol=pickle.HIGHEST_PROTOCOL)
    _log({"run": t1 - t0, "dumps": time.process_time() - t1, "bytes": len(data)})
    return data


_init = corpus._init_worker


def _init_worker(*args: object) -> None:
    t0 = time.process_time()
    _init(*args)  # type: ignore[arg-type]
    _log({"init": time.process_time() - t0})


def _workers() -> dict[str, float]:
    """The workers' rows of the last pool, summed (and the files removed)."""
    out = {"run": 0.0, "dumps": 0.0, "init": 0.0, "bytes": 0.0}
    for path in LOG.parent.glob(LOG.name + ".*"):
        for line in path.read_text(encoding="utf-8").splitlines():
            for key, value in json.loads(line).items():
                out[key] += value
        path.unlink()
    return out


def main() -> None:
    megabytes = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 2
    texts = load_corpus(megabytes)
    sum(1 for _ in arabnews.analyze_many(texts, reference_date=REF, progress=False))  # memos warm
    parent = arabnews.default_pipeline()
    corpus._run_batch = _run_batch  # type: ignore[assignment]
    corpus._init_worker = _init_worker  # type: ignore[assignment]
    print(f"{len(texts)} articles, {sum(len(t.encode()) for t in texts) / 1e6:.2f} MB; CPU seconds")
    for r in range(rounds):
        for way in ("in-process", "pool of 1", "pool of 2"):
            load = os.getloadavg()[0]
            s0, c0 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
            if way == "in-process":
                n = sum(1 for _ in arabnews.analyze_many(texts, reference_date=REF, progress=False))
            else:
                items = ((t, {}, REF) for t in texts)
                n = sum(1 for _ in corpus._parallel(items, int(way[-1]), 32, "keep", None, None, {}, parent))
            s1, c1 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
            assert n == len(texts)
            w = _workers()
            own = s1.ru_utime + s1.ru_stime - s0.ru_utime - s0.ru_stime
            kids_user, kids_sys = c1.ru_utime - c0.ru_utime, c1.ru_stime - c0.ru_stime
            line = (f"round {r + 1} {way:<10} this process {own:6.2f} (sys {s1.ru_stime - s0.ru_stime:.3f}, "
                    f"{s1.ru_minflt - s0.ru_minflt:>6} faults)")
            if way != "in-process":
                line += (f"; workers {kids_user + kids_sys:5.2f} (sys {kids_sys:.3f}, "
                         f"{c1.ru_minflt - c0.ru_minflt:>6} faults): run {w['run']:.2f}, pickle {w['dumps']:.3f}, "
                         f"init {w['init']:.3f}, {w['bytes'] / 1e6:.1f} MB pickled")
            print(line + f"; load {load:.1f}", flush=True)


if __name__ == "__main__":
    main()
