"""Benchmark: the README's acceptance query over HTTP against the same Cypher straight through the driver.

Run (Neo4j running and the corpus loaded): .venv/bin/python benchmarks/bench_api.py [--requests 400] [--seconds 30]
Starts the API itself (uvicorn, one worker) on a free local port; every httpx loop is bounded by a request count.
Then `wrk`, a compiled load generator (so the client's own cost is not counted as the API's), runs 32 connections
for `--seconds` against the API; the benchmark installs it from Debian's packages when it may (root), else says how.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

import queries
from dkg.db import open_async_driver
from dkg.settings import get_neo4j_settings
from loaders.vntext import fold

ROOT = Path(__file__).resolve().parents[1]
ACCEPTANCE = """{ responsibilities(body: "Ban Tuyên giáo") {
    edges { node { role matchedVia
      body { name level }
      task { text clause deadline ownerKind }
      document { symbol type date } } } } }"""
PARAMS = dict(bodyKey=fold("Ban Tuyên giáo"), roles=["OWNER"], includeGroups=True, includeSubBodies=True,
              followSuccessors=True, documentTypes=None, dueBefore=None, overdueAsOf=None, skip=0,
              limit=50)  # the API's first page


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def run_level(call, clients: int, total: int) -> tuple[list[float], float, int]:
    latencies: list[float] = []
    errors = 0
    remaining = total

    async def worker() -> None:
        nonlocal remaining, errors
        while remaining > 0:
            remaining -= 1
            began = time.perf_counter()
            try:
                await call()
            except Exception:  # counted, reported; the benchmark must finish
                errors += 1
            latencies.append(time.perf_counter() - began)

    began = time.perf_counter()
    await asyncio.gather(*(worker() for _ in range(clients)))
    return latencies, time.perf_counter() - began, errors


WRK_SCRIPT = """wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = {body}
"""


def wrk_available() -> bool:
    if shutil.which("wrk"):
        return True
    if hasattr(os, "geteuid") and os.geteuid() == 0 and shutil.which("apt-get"):
        subprocess.run(["apt-get", "install", "-y", "-q", "wrk"], capture_output=True,
                       env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"})
    return bool(shutil.which("wrk"))


def run_wrk(url: str, connections: int, seconds: int) -> dict:
    """One wrk run on the acceptance query: p50 and p99 (ms), req/s, failed responses and socket errors."""
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as f:
        f.write(WRK_SCRIPT.format(body=json.dumps(json.dumps({"query": ACCEPTANCE}))))
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", f.name,
                          url + "/graphql"], capture_output=True, text=True, timeout=seconds + 60).stdout
    os.unlink(f.name)

    def ms(label: str) -> float:
        m = re.search(rf"^\s*{label}%\s+([\d.]+)(us|ms|s)\b", out, re.MULTILINE)
        return float(m.group(1)) * {"us": 0.001, "ms": 1, "s": 1000}[m.group(2)] if m else float("nan")
    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    failed = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = re.search(r"Socket errors:.*", out)
    return {"p50_ms": ms("50"), "p99_ms": ms("99"), "rps": float(rate.group(1)) if rate else float("nan"),
            "failed": int(failed.group(1)) if failed else 0, "socket_errors": errors.group(0) if errors else ""}


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] * 1000


async def main_async(requests: int, workers: int, seconds: int) -> dict:
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "dkg.cli", "serve", "--port", str(port),
                               "--workers", str(workers)], cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    out: dict = {}
    try:
        async with httpx.AsyncClient(timeout=30, limits=httpx.Limits(max_connections=64)) as client:
            for _ in range(100):
                try:
                    if (await client.get(url + "/healthz")).status_code == 200:
                        break
                except httpx.TransportError:
                    await asyncio.sleep(0.2)

            async def via_api() -> None:
                resp = await client.post(url + "/graphql", json={"query": ACCEPTANCE})
                body = resp.json()
                if resp.status_code != 200 or "errors" in body or not body["data"]["responsibilities"]["edges"]:
                    raise RuntimeError(resp.text[:200])

            driver = await open_async_driver(get_neo4j_settings())
            cypher = queries.load("responsibilities")

            in_neo4j_ms: list[float] = []  # the server's own time: planning lookup, running, streaming the rows

            async def via_driver() -> None:
                records, summary, _ = await driver.execute_query(cypher, parameters_=PARAMS, database_="neo4j")
                if not records:
                    raise RuntimeError("no rows")
                in_neo4j_ms.append(summary.result_available_after + summary.result_consumed_after)

            await run_level(via_api, 4, 40)  # warm-up
            await run_level(via_driver, 4, 40)
            in_neo4j_ms.clear()
            print("| clients | path | p50 ms | p99 ms | req/s | errors |")
            print("|---|---|---|---|---|---|")
            for clients in (1, 8, 32):
                for name, call in (("GraphQL over HTTP", via_api), ("Cypher via driver", via_driver)):
                    lat, took, errors = await run_level(call, clients, requests)
                    print(f"| {clients} | {name} | {pct(lat, 50):.1f} | {pct(lat, 99):.1f} | "
                          f"{len(lat) / took:.0f} | {errors} |")
                    out[(clients, name)] = {"p50_ms": pct(lat, 50), "p99_ms": pct(lat, 99), "rps": len(lat) / took,
                                            "errors": errors}
                    if clients == 1 and name == "Cypher via driver":
                        out["in_neo4j_p50_ms"] = pct([ms / 1000 for ms in in_neo4j_ms], 50)
                        print(f"| 1 | the same Cypher, Neo4j's own time | {out['in_neo4j_p50_ms']:.1f} | "
                              f"{pct([ms / 1000 for ms in in_neo4j_ms], 99):.1f} | | |")
                    in_neo4j_ms.clear()
            await driver.close()
        if wrk_available():
            # a first run from cold (32 misses at once, then the server settling) is reported apart from the
            # steady state the goal is about
            cold = out["wrk_cold"] = run_wrk(url, 32, 10)
            print(f"| 32 | GraphQL over HTTP, wrk 10 s from cold | {cold['p50_ms']:.1f} | {cold['p99_ms']:.1f} | "
                  f"{cold['rps']:.0f} | {cold['failed']} {cold['socket_errors']} |", flush=True)
            w = out["wrk"] = run_wrk(url, 32, seconds)
            print(f"| 32 | GraphQL over HTTP, wrk {seconds} s | {w['p50_ms']:.1f} | {w['p99_ms']:.1f} | "
                  f"{w['rps']:.0f} | {w['failed']} {w['socket_errors']} |", flush=True)
        else:
            print("wrk is not installed (Debian: apt-get install wrk): the compiled load generator was skipped")
    finally:
        server.terminate()
        server.wait(timeout=30)
    return out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=400, help="requests per level and path")
    parser.add_argument("--workers", type=int, default=1, help="API worker processes")
    parser.add_argument("--seconds", type=int, default=30, help="how long wrk runs")
    args = parser.parse_args()
    print(f"API workers: {args.workers}")
    asyncio.run(main_async(args.requests, args.workers, args.seconds))


if __name__ == "__main__":
    main()
