"""Whole-pipeline benchmark: `timeline extract` on a synthetic corpus made from seeds/.

    python -m benchmarks.pipeline [N]      (default 10,000 articles of ~1,500 characters)

Runs the real CLI in a child process pinned to one thread of polars, and reports articles per
second and the child's peak resident memory.
"""
from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .common import ROOT, synthetic_corpus


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    with tempfile.TemporaryDirectory() as work:
        corpus = Path(work) / "corpus"
        started = time.perf_counter()
        synthetic_corpus(corpus, count)
        os.sync()  # the generated files reach the disk now, not while the run is timed
        print(f"generated {count} articles in {time.perf_counter() - started:.1f} s")
        env = {**os.environ, "POLARS_MAX_THREADS": "1"}
        command = [sys.executable, "-m", "timeline", "extract", str(corpus), "--store", str(Path(work) / "store"), "--quiet"]
        started = time.perf_counter()
        result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
        elapsed = time.perf_counter() - started
        peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        if result.returncode:
            print(result.stderr)
            sys.exit(result.returncode)
        print(result.stdout.strip())
        print(f"timeline extract: {count} articles in {elapsed:.1f} s = {count / elapsed:.0f} articles/s "
              f"(one process, polars on one thread); peak memory {peak_kb / 1024:.0f} MB")


if __name__ == "__main__":
    main()
