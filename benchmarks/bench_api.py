"""Benchmark: the README's acceptance query over HTTP against the same Cypher straight through the driver.

Run (Neo4j running and the corpus loaded): .venv/bin/python benchmarks/bench_api.py [--requests 400]
Starts the API itself (uvicorn, one worker) on a free local port; every loop is bounded by a request count.
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import subprocess
import sys
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
              followSuccessors=True, documentTypes=None, dueBefore=None)


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


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))] * 1000


async def main_async(requests: int, workers: int) -> None:
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "dkg.cli", "serve", "--port", str(port),
                               "--workers", str(workers)], cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
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

            async def via_driver() -> None:
                records, _, _ = await driver.execute_query(cypher, parameters_=PARAMS, database_="neo4j")
                if not records:
                    raise RuntimeError("no rows")

            await run_level(via_api, 4, 40)  # warm-up
            await run_level(via_driver, 4, 40)
            print("| clients | path | p50 ms | p99 ms | req/s | errors |")
            print("|---|---|---|---|---|---|")
            for clients in (1, 8, 32):
                for name, call in (("GraphQL over HTTP", via_api), ("Cypher via driver", via_driver)):
                    lat, took, errors = await run_level(call, clients, requests)
                    print(f"| {clients} | {name} | {pct(lat, 50):.1f} | {pct(lat, 99):.1f} | "
                          f"{len(lat) / took:.0f} | {errors} |")
            await driver.close()
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=400, help="requests per level and path")
    parser.add_argument("--workers", type=int, default=1, help="API worker processes")
    args = parser.parse_args()
    print(f"API workers: {args.workers}")
    asyncio.run(main_async(args.requests, args.workers))


if __name__ == "__main__":
    main()
