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


def measure(corpus: Path, repeat: int) -> dict:
    """Extraction of `corpus` on one core: cold and warm wall times, CPU time and throughput."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {0})
    began = time.perf_counter()
    first = extract_paths([corpus])  # includes loading the authority file and compiling patterns
    cold = time.perf_counter() - began
    times, cpu_times = [], []
    for _ in range(repeat):
        began, began_cpu = time.perf_counter(), time.process_time()
        extract_paths([corpus])
        times.append(time.perf_counter() - began)
        cpu_times.append(time.process_time() - began_cpu)
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, set(range(os.cpu_count() or 1)))
    size = sum(p.stat().st_size for p in corpus.glob("*.txt"))
    cpu = statistics.median(cpu_times)
    return {"files": len(list(corpus.glob("*.txt"))), "bytes": size, "documents": len(first.documents),
            "tasks": sum(len(d.tasks) for d in first.documents), "cold_s": cold, "warm_s": statistics.median(times),
            "warm_min_s": min(times), "cpu_s": cpu, "kb_per_s": size / 1000 / cpu}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    m = measure(args.folder, args.repeat)
    print(f"{args.folder}: {m['files']} files, {m['bytes'] / 1024:.0f} KiB, {m['documents']} documents, "
          f"{m['tasks']} tasks")
    print(f"cold (first run, one core): {m['cold_s']:.2f} s")
    print(f"warm median of {args.repeat}: {m['warm_s']:.2f} s (min {m['warm_min_s']:.2f} s)")
    print(f"CPU time, median of {args.repeat}: {m['cpu_s']:.2f} s → {m['kb_per_s']:.0f} kB/s "
          f"({m['bytes'] / 1024 / m['cpu_s']:.0f} KiB/s)")


if __name__ == "__main__":
    main()
