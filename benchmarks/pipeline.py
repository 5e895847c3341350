"""Whole-pipeline benchmark: `timeline extract` on a synthetic corpus made from seeds/.

    python -m benchmarks.pipeline [N] [RUNS]   (default 10,000 articles of ~1,500 characters, 3 runs)

Runs the real CLI in a child process pinned to one thread of polars, RUNS times, and reports each
run's articles per second and the child's peak resident memory, then their median (a shared host
moves a single run by a tenth either way); then, on a machine with several cores, one run with
`--jobs` set to the number of cores (wall-clock, for comparison: the per-core figure is the first).
It says first whether the hot modules run compiled (`timeline compile`, which `make` runs) or as
plain Python (TIMELINE_PURE_PYTHON=1 asks for it).
"""
from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .common import ROOT, synthetic_corpus


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    with tempfile.TemporaryDirectory() as work:
        corpus = Path(work) / "corpus"
        started = time.perf_counter()
        synthetic_corpus(corpus, count)
        os.sync()  # the generated files reach the disk now, not while the run is timed
        print(f"generated {count} articles in {time.perf_counter() - started:.1f} s")
        modules = subprocess.run([sys.executable, "-m", "timeline", "compile", "--status"], cwd=ROOT,
                                 capture_output=True, text=True).stdout.strip()
        print(f"modules: {modules}")
        times = []
        for run in range(1, runs + 1):
            elapsed, peak_mb, output = extract(corpus, Path(work) / f"store-{run}")
            if run == 1:
                print(output)
            times.append(elapsed)
            print(f"timeline extract, run {run}: {count} articles in {elapsed:.1f} s = {count / elapsed:.0f} articles/s")
        elapsed = statistics.median(times)
        print(f"timeline extract: {count} articles in {elapsed:.1f} s = {count / elapsed:.0f} articles/s "
              f"(median of {runs} runs, one process, polars on one thread); peak memory {peak_mb:.0f} MB")
        cores = os.cpu_count() or 1
        if cores > 1:  # wall-clock with a worker per core: what a user with this machine gets
            elapsed, peak_mb, _ = extract(corpus, Path(work) / "store-jobs", "--jobs", str(cores))
            print(f"timeline extract --jobs {cores}: {count} articles in {elapsed:.1f} s = {count / elapsed:.0f} articles/s "
                  f"wall-clock on {cores} cores; peak memory of the largest process {peak_mb:.0f} MB")


def extract(corpus: Path, store: Path, *options: str) -> tuple[float, float, str]:
    """(seconds, peak resident MB of the largest child so far, output) of one `timeline extract`."""
    env = {**os.environ, "POLARS_MAX_THREADS": "1"}
    command = [sys.executable, "-m", "timeline", "extract", str(corpus), "--store", str(store), "--quiet", *options]
    started = time.perf_counter()
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if result.returncode:
        print(result.stderr)
        sys.exit(result.returncode)
    return elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, result.stdout.strip()


if __name__ == "__main__":
    main()
