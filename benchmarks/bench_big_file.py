"""Benchmark: the cost of one large file, to show it grows linearly with the size (issue 11).

Run: .venv/bin/python benchmarks/bench_big_file.py [--sizes 2 6 19] [--source corpus/001_d0d5ecd0f3562ced.txt]
Builds files of about the given sizes (MB) by repeating a corpus file (the same letters over and over, so each
copy is segmented, read and merged into the same works), runs `dkg extract` on each in a fresh process and
prints wall time, time per MB and the peak resident memory. The reader refuses files over 20 MiB, which bounds both.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def measure(path: Path) -> tuple[float, float]:
    """Wall seconds and peak resident MB of `dkg extract path` in a child process."""
    began = time.perf_counter()
    subprocess.run([sys.executable, "-m", "dkg.cli", "extract", str(path)], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    took = time.perf_counter() - began
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the largest child so far
    return took, peak_kb / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=float, nargs="+", default=[2, 6, 19])
    parser.add_argument("--source", type=Path, default=ROOT / "corpus" / "001_d0d5ecd0f3562ced.txt")
    args = parser.parse_args()
    text = args.source.read_text(encoding="utf-8")
    print("| size | copies | wall s | s per MB | peak RSS MB |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for size in sorted(args.sizes):  # increasing, so the children's peak is this run's
            copies = int(size * 1e6 // len(text.encode())) + 1
            path = Path(tmp) / f"big_{size:g}.txt"
            path.write_text("\n\n".join([text] * copies), encoding="utf-8")
            mb = path.stat().st_size / 1e6
            took, peak = measure(path)
            print(f"| {mb:.1f} MB | {copies} | {took:.1f} | {took / mb:.2f} | {peak:.0f} |", flush=True)


if __name__ == "__main__":
    main()
