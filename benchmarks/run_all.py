"""`make bench`: every benchmark in one run, each figure set against the limit measured in the same run or the
goal issue 10 names, printed as one table and written into BENCHMARKS.md (between the `make bench` markers).

Run (Neo4j running): .venv/bin/python benchmarks/run_all.py [--scale 1 10 100] [--seconds 30] [--validate-at 400]
The synthetic corpus is the sample corpus copied under new symbols (bench_projection.make_copies), grown
cumulatively: validation at each scale, the API at the smallest and the largest, then (`--validate-at`, 400× by
default, ≈ 106k tasks) grown further for one more validation; the copies are removed at the end.
Benchmarks, not tests: nothing here fails on a time.
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

import bench_api
import bench_extract
import bench_projection
import bench_validate

from dkg.db import open_driver
from dkg.settings import get_neo4j_settings

ROOT = Path(__file__).resolve().parents[1]
START, END = "<!-- make bench: start -->", "<!-- make bench: end -->"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, nargs="+", default=[1, 10, 100])  # the API at the smallest and largest
    parser.add_argument("--seconds", type=int, default=30, help="how long wrk runs")
    parser.add_argument("--validate-at", type=int, default=400,
                        help="after the API, grow the graph to this scale and validate it (400× ≈ 106k tasks; "
                             "≈ 10 min to grow; 0 to skip)")
    parser.add_argument("--no-write", action="store_true", help="print only, leave BENCHMARKS.md alone")
    args = parser.parse_args()
    top = max(args.scale)
    settings = get_neo4j_settings()

    # first, while this process is small: a child's peak memory counts what it inherited before it started
    print(f"== `dkg load` of {top}× the corpus, end to end (read, extract, write, check), in its own process")
    with tempfile.TemporaryDirectory() as tmp:
        bench_projection.make_copies(top, Path(tmp))
        began = time.perf_counter()
        subprocess.run([str(ROOT / ".venv" / "bin" / "dkg"), "load", tmp], cwd=ROOT, capture_output=True)
        load_cli_s = time.perf_counter() - began
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"{load_cli_s:.0f} s, peak {peak_mb:.0f} MB resident")
    driver = open_driver(settings)
    bench_projection.cleanup(driver, settings.database)
    driver.close()

    print("== extraction (development set, one core)")
    extraction = bench_extract.measure(ROOT / "tests" / "devset" / "docs", 5)
    print(f"{extraction['kb_per_s']:.0f} kB/s")

    print(f"== loading at {top}× against a plain batched UNWIND … MERGE of the same rows")
    driver = open_driver(settings)
    print(bench_projection.TABLE_HEAD)
    load = bench_projection.run_own(top, driver, settings.database)
    bench_projection.cleanup(driver, settings.database)
    driver.close()

    print("== validation")
    smallest = min(args.scale)
    validation = bench_validate.run([smallest], pyshacl_up_to=smallest, repeat=3, keep=True)
    try:
        # the API on the smallest graph too: the goal holds on the sample corpus and at 100×
        print(f"== API at {smallest}× (acceptance query)")
        api_small = asyncio.run(bench_api.main_async(200, 1, 10))
        validation += bench_validate.run([s for s in args.scale if s > smallest], pyshacl_up_to=smallest, repeat=3,
                                         keep=True, have=smallest)
        print(f"== API at {top}× (acceptance query)")
        api = asyncio.run(bench_api.main_async(400, 1, args.seconds))
        if args.validate_at > top:
            print(f"== validation at {args.validate_at}× (the graph grown from {top}×)")
            validation += bench_validate.run([args.validate_at], pyshacl_up_to=0, repeat=3, keep=True, have=top)
    finally:
        driver = open_driver(settings)
        bench_projection.cleanup(driver, settings.database)
        driver.close()

    big = validation[-1]
    per_100k = big["cypher_s"] * 100_000 / max(big["tasks"], 1)
    one_api, one_driver = api[(1, "GraphQL over HTTP")], api[(1, "Cypher via driver")]
    wrk = api.get("wrk")
    rows = [
        ("extraction, development set, first reading, one core", f"{extraction['kb_per_s']:.0f} kB/s", "goal 500 kB/s",
         f"{extraction['kb_per_s'] / 500:.2f}"),
        (f"loading {load['documents']} documents ({top}×), writes", f"{load['documents'] / load['load_s']:.0f} docs/s",
         f"plain UNWIND … MERGE {load['documents'] / load['raw_s']:.0f} docs/s (goal ≥ 50 %)",
         f"{load['raw_s'] / load['load_s']:.2f}"),
        (f"`dkg load` of {top}×, end to end (read, extract, write, check each batch)",
         f"{load['documents'] / load_cli_s:.1f} docs/s ({load_cli_s:.0f} s)", "", ""),
        (f"peak memory of that `dkg load` ({top}×, {load['tasks']} tasks)", f"{peak_mb:.0f} MB",
         "goal ≤ 1 500 MB at ~100k tasks, not growing with the corpus",
         f"{peak_mb / 1500:.2f} (documents wait on disk; see the notes below)"),
        (f"validation, {big['tasks']} tasks ({big['scale']}×)", f"{big['cypher_s']:.2f} s",
         f"goal ≤ 10 s at 100k tasks (≈ {per_100k:.1f} s at this rate)", f"{per_100k / 10:.2f}"),
        (f"the acceptance query's Cypher at {top}×, Neo4j's own time, p50", f"{api['in_neo4j_p50_ms']:.1f} ms",
         f"goal ≤ 20 ms (through the driver, round trips included: {one_driver['p50_ms']:.1f} ms)",
         f"{api['in_neo4j_p50_ms'] / 20:.2f}"),
        (f"API p50 at {top}×, 1 client (acceptance query)", f"{one_api['p50_ms']:.1f} ms",
         f"same Cypher via the driver {one_driver['p50_ms']:.1f} ms (goal ≤ 1.5×)",
         f"{one_api['p50_ms'] / one_driver['p50_ms']:.2f}"),
    ]
    if wrk:
        rows += [(f"API at {top}×, 32 clients, wrk (after 10 s from cold)", f"{wrk['rps']:.0f} req/s, p99 {wrk['p99_ms']:.1f} ms, "
                  f"{wrk['failed']} failed", "goal ≥ 500 req/s, p99 < 50 ms, 0 errors",
                  f"{wrk['rps'] / 500:.2f} (p99 {50 / wrk['p99_ms']:.2f})")]
        cold = api["wrk_cold"]
        rows += [(f"API at {top}×, 32 clients, wrk, the first 10 s from cold", f"{cold['rps']:.0f} req/s, p99 "
                  f"{cold['p99_ms']:.1f} ms, {cold['failed']} failed", "", "")]
    small = api_small.get("wrk")
    if small:
        rows += [(f"API at {smallest}×, 32 clients, wrk 10 s (after 10 s from cold)",
                  f"{small['rps']:.0f} req/s, p99 {small['p99_ms']:.1f} ms, {small['failed']} failed",
                  "goal ≥ 500 req/s, p99 < 50 ms, 0 errors", f"{small['rps'] / 500:.2f} (p99 {50 / small['p99_ms']:.2f})")]
    table = ["| figure | measured | limit or goal | ratio |", "|---|---|---|---|"]
    table += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    text = "\n".join(table)
    print("\n" + text)
    if not args.no_write:
        write(text, args.scale)


def write(table: str, scales: list[int]) -> None:
    path = ROOT / "BENCHMARKS.md"
    doc = path.read_text(encoding="utf-8")
    block = (f"{START}\nLast `make bench` ({date.today().isoformat()}, scales {', '.join(f'{s}×' for s in scales)}; "
             f"ratio = measured / limit or goal, higher is better except for times and memory):\n\n{table}\n{END}")
    if START in doc and END in doc:
        doc = doc[:doc.index(START)] + block + doc[doc.index(END) + len(END):]
    else:
        doc = doc.rstrip("\n") + "\n\n## `make bench`\n\n" + block + "\n"
    path.write_text(doc, encoding="utf-8")
    print(f"written to {path}", file=sys.stderr)


if __name__ == "__main__":
    main()
