"""Benchmark: extraction of a folder (read → furniture → header → segment → extract), no database.

Run: .venv/bin/python benchmarks/bench_extract.py [FOLDER] [--repeat 5]   (default: the sample corpus;
tests/devset/docs for the development set of real documents)
Pinned to one core when available (the quality bar is 'under 2 s on one core'). The machine is shared, so
besides wall time it prints the process's CPU time, which other processes on the core do not inflate, and
the throughput that CPU time gives (issue 9's goal: 500 KB of text a second on one core).
"""

from __future__ import annotations

import argparse
import os
import statistics
import time
from pathlib import Path

from loaders.pipeline import extract_paths

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    corpus = args.folder
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {0})
    began = time.perf_counter()
    first = extract_paths([corpus])  # includes loading the authority file and compiling patterns
    cold = time.perf_counter() - began
    times, cpu_times = [], []
    for _ in range(args.repeat):
        began, began_cpu = time.perf_counter(), time.process_time()
        extract_paths([corpus])
        times.append(time.perf_counter() - began)
        cpu_times.append(time.process_time() - began_cpu)
    tasks = sum(len(d.tasks) for d in first.documents)
    size = sum(p.stat().st_size for p in corpus.glob("*.txt"))
    print(f"{corpus}: {len(list(corpus.glob('*.txt')))} files, {size / 1024:.0f} KiB, "
          f"{len(first.documents)} documents, {tasks} tasks")
    print(f"cold (first run, one core): {cold:.2f} s")
    print(f"warm median of {args.repeat}: {statistics.median(times):.2f} s (min {min(times):.2f} s)")
    cpu = statistics.median(cpu_times)
    print(f"CPU time, median of {args.repeat}: {cpu:.2f} s → {size / 1000 / cpu:.0f} kB/s ({size / 1024 / cpu:.0f} KiB/s)")


if __name__ == "__main__":
    main()
