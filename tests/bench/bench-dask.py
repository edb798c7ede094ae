#!/usr/bin/python3
# bench-dask.py: the extraction on Dask beside one process (a benchmark, not
# a test: it prints figures and never fails on a time)
#
# Copyright 2026 The Bilateral authors
# SPDX-License-Identifier: GPL-3.0-or-later
#
#   bench-dask.py BILATERAL BENCH_EXTRACT BILATERAL_DASK [N]
#
# Generates N articles (100,000 unless N or BILATERAL_BENCH_ARTICLES says
# otherwise) with bench-extract's generator, then times, each writing its
# JSONL to a file on the same disk:
#   bilateral --extract --format=jsonl DIR > one.jsonl       (one process)
#   bilateral-dask --workers=1 -o dask.jsonl DIR            (a local cluster)
#   bilateral-dask --workers=2 -o dask.jsonl DIR
# and prints each one's time, MB/s and speed as a ratio to the one process,
# from the command's start to its end (cluster start-up included), and
# whether the files are the same bytes.

import filecmp
import os
import shutil
import subprocess
import sys
import tempfile
import time


def timed(argv, stdout=None):
    start = time.monotonic()
    proc = subprocess.run(argv, stdout=stdout or subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.monotonic() - start
    if proc.returncode != 0:
        print(f"  {' '.join(argv[:3])}… exited with status {proc.returncode}: "
              f"{proc.stderr.decode(errors='replace')[-500:]}")
    return elapsed


def main(argv):
    if len(argv) < 4:
        print(f"usage: {argv[0]} BILATERAL BENCH_EXTRACT BILATERAL_DASK [N]", file=sys.stderr)
        return 2
    bilateral, bench_extract, driver = (os.path.abspath(a) for a in argv[1:4])
    n = int(argv[4]) if len(argv) > 4 else int(os.environ.get("BILATERAL_BENCH_ARTICLES", "100000"))
    tmp = tempfile.mkdtemp(prefix="bilateral-bench-dask-")
    corpus = os.path.join(tmp, "corpus")
    try:
        try:
            import distributed
            version = distributed.__version__
        except ImportError:
            print("python3-distributed is not installed: nothing to measure")
            return 0
        print(f"machine: {os.cpu_count()} cores; Dask distributed {version}")
        start = time.monotonic()
        subprocess.run([bench_extract, f"--articles={n}", f"--keep={corpus}", "--generate-only"],
                       check=True, stdout=subprocess.DEVNULL)
        size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(corpus) for f in fs)
        print(f"generated {n:,} articles, {size / 1e6:.1f} MB ({time.monotonic() - start:.1f} s)")

        one = os.path.join(tmp, "one.jsonl")
        with open(one, "wb") as out:
            t_one = timed([bilateral, "--extract", "--format=jsonl", "--no-review", corpus], stdout=out)
        print(f"one process, bilateral --extract --format=jsonl: {t_one:.1f} s, {size / 1e6 / t_one:.1f} MB/s, "
              f"{os.path.getsize(one) / 1e6:.0f} MB of JSONL")
        for workers in (1, 2):
            out = os.path.join(tmp, "dask.jsonl")
            t = timed([driver, f"--bilateral={bilateral}", f"--workers={workers}", "--quiet", f"--output={out}",
                       corpus])
            same = os.path.exists(out) and filecmp.cmp(one, out, shallow=False)
            print(f"bilateral-dask, local cluster of {workers} worker{'s' if workers > 1 else ''}: {t:.1f} s, "
                  f"{size / 1e6 / t:.1f} MB/s, {t_one / t:.2f}× the one process's speed"
                  f"{'' if same else ' (OUTPUT DIFFERS from the one process)'}")
            if os.path.exists(out):
                os.unlink(out)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
