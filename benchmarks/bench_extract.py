"""Benchmark: extraction of a folder (read → furniture → header → segment → extract), no database.

Run: .venv/bin/python benchmarks/bench_extract.py [FOLDER] [--repeat 5]   (default: the sample corpus;
tests/devset/docs for the development set of real documents)

Each repeat is a fresh process pinned to one core: it loads the authority file and compiles the patterns on a
short text of its own, then reads FOLDER once — text it has never seen, as a load meets new documents (its
caches of folded lines and names are cold) — and then once more (the same texts again: warm caches). Besides
wall time it prints the process's CPU time, which other processes on the core do not inflate, and the
throughput that CPU time gives (issue 9's goal: 500 KB of text a second on one core, first reading).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
ROOT = Path(__file__).resolve().parents[1]

# a text of the genre written for this warm-up, so that the measured folder is the first real text read
_WARM_UP = ("ỦY BAN NHÂN DÂN TỈNH X\nSố: 1/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n\nKẾ HOẠCH\nThử nghiệm\n\n1. Giao Sở Tài chính chủ trì, phối hợp với "
            "Sở Nội vụ rà soát, báo cáo trước ngày 15/12/2026.\n2. Phấn đấu đến năm 2030 tỷ lệ hộ dùng nước sạch "
            "đạt 98%.\n")


def one_process(folder: Path) -> dict:
    """In this process: warm up on the invented text, then read `folder` twice; CPU and wall times."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {0})
    began = time.perf_counter()
    from loaders.extraction.extract import extract_text
    from loaders.pipeline import extract_paths
    from loaders.read import normalise

    extract_text(normalise(_WARM_UP, file="warm-up.txt"))
    start_up = time.perf_counter() - began
    out = {"start_up_s": start_up}
    for name in ("first", "again"):
        began, began_cpu = time.perf_counter(), time.process_time()
        result = extract_paths([folder])
        out[f"{name}_s"] = time.perf_counter() - began
        out[f"{name}_cpu_s"] = time.process_time() - began_cpu
    out["documents"] = len(result.documents)
    out["tasks"] = sum(len(d.tasks) for d in result.documents)
    return out


def measure(corpus: Path, repeat: int) -> dict:
    """Extraction of `corpus` in `repeat` fresh processes: medians of the first and the repeated reading."""
    runs = []
    for _ in range(repeat):
        done = subprocess.run([sys.executable, __file__, str(corpus), "--one-process"], capture_output=True,
                              text=True, check=True, cwd=ROOT)
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    size = sum(p.stat().st_size for p in corpus.glob("*.txt"))
    first_cpu = statistics.median(r["first_cpu_s"] for r in runs)
    again_cpu = statistics.median(r["again_cpu_s"] for r in runs)
    return {"files": len(list(corpus.glob("*.txt"))), "bytes": size, "documents": runs[0]["documents"],
            "tasks": runs[0]["tasks"], "start_up_s": statistics.median(r["start_up_s"] for r in runs),
            "first_s": statistics.median(r["first_s"] for r in runs), "cpu_s": first_cpu,
            "cpu_min_s": min(r["first_cpu_s"] for r in runs), "again_cpu_s": again_cpu,
            "kb_per_s": size / 1000 / first_cpu, "kb_per_s_again": size / 1000 / again_cpu, "runs": len(runs)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("folder", nargs="?", type=Path, default=CORPUS)
    parser.add_argument("--repeat", type=int, default=5, help="fresh processes (medians are reported)")
    parser.add_argument("--one-process", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    folder = args.folder.resolve()
    if args.one_process:
        print(json.dumps(one_process(folder)))
        return
    m = measure(folder, args.repeat)
    print(f"{args.folder}: {m['files']} files, {m['bytes'] / 1024:.0f} KiB, {m['documents']} documents, "
          f"{m['tasks']} tasks; medians of {m['runs']} fresh processes on one core")
    print(f"start-up (imports, authority file, patterns): {m['start_up_s']:.2f} s")
    print(f"first reading: {m['first_s']:.2f} s wall, CPU {m['cpu_s']:.2f} s (min {m['cpu_min_s']:.2f} s) → "
          f"{m['kb_per_s']:.0f} kB/s ({m['bytes'] / 1024 / m['cpu_s']:.0f} KiB/s)")
    print(f"the same texts again (warm caches): CPU {m['again_cpu_s']:.2f} s → {m['kb_per_s_again']:.0f} kB/s")


if __name__ == "__main__":
    main()
