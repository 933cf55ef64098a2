"""Benchmark: `dkg validate` at 1×, 10×, 100× … the sample corpus, both engines (issue 10: ≥ 100k tasks in
≤ 10 s, cost linear in the graph).

Run (Neo4j running, `dkg neo4j start`):
    .venv/bin/python benchmarks/bench_validate.py --scale 1 10 100 400 --pyshacl-up-to 10
The graph grows by copies of the corpus under new symbols (benchmarks/bench_projection.py), written
cumulatively: copies 1..10 for 10×, then 11..100 for 100×. They are removed at the end.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from bench_projection import cleanup, make_copies

import queries
from dkg.db import open_driver
from dkg.settings import get_neo4j_settings
from loaders.pipeline import DOCUMENTS_PER_TRANSACTION, extract_paths
from loaders.project import ensure_schema, write_documents, write_reference_data
from loaders.to_rdf import document_graph, document_iri
from loaders.validate import validate_database


def grow(driver, database: str, first: int, last: int) -> None:
    """Write copies first..last of the corpus."""
    with tempfile.TemporaryDirectory() as tmp:
        make_copies(last, Path(tmp), first=first)
        extraction = extract_paths([tmp])
    docs = extraction.documents
    for start in range(0, len(docs), DOCUMENTS_PER_TRANSACTION):
        graphs = [(document_graph(d, extraction.file_shas), str(document_iri(d)))
                  for d in docs[start:start + DOCUMENTS_PER_TRANSACTION]]
        assert not any(write_documents(driver, graphs, database))


def count(driver, database: str) -> tuple[int, int]:
    records, _, _ = driver.execute_query(queries.load("node_count"), database_=database)
    return records[0]["nodes"], records[0]["tasks"]


def timed(driver, database: str, engine: str, repeat: int) -> tuple[float, int]:
    times, results = [], 0
    for _ in range(repeat):
        began = time.perf_counter()
        report = validate_database(driver, database, engine)
        times.append(time.perf_counter() - began)
        results = len(report.results)
    return statistics.median(times), results


TABLE_HEAD = "| scale | nodes | tasks | results | Cypher engine, median | pySHACL engine |\n|---|---|---|---|---|---|"


def run(scales: list[int], pyshacl_up_to: int, repeat: int, keep: bool = False, have: int = 0) -> list[dict]:
    """Validate at each scale (the graph grown cumulatively from the `have` copies already written); the copies are
    removed at the end unless `keep`."""
    settings = get_neo4j_settings()
    database = settings.database
    driver = open_driver(settings)
    ensure_schema(driver, database)
    write_reference_data(driver, database)
    rows: list[dict] = []
    print(TABLE_HEAD)
    try:
        for scale in sorted(scales):
            if scale > have:
                grow(driver, database, have + 1, scale)
                have = scale
            nodes, tasks = count(driver, database)
            cypher_s, results = timed(driver, database, "cypher", repeat)
            row = {"scale": scale, "nodes": nodes, "tasks": tasks, "results": results, "cypher_s": cypher_s}
            pyshacl = "–"
            if scale <= pyshacl_up_to:
                row["pyshacl_s"], _ = timed(driver, database, "pyshacl", 1)
                pyshacl = f"{row['pyshacl_s']:.1f} s"
            print(f"| {scale}× | {nodes} | {tasks} | {results} | {cypher_s:.2f} s | {pyshacl} |", flush=True)
            rows.append(row)
    finally:
        if not keep:
            cleanup(driver, database)
        driver.close()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--pyshacl-up-to", type=int, default=10, help="run pySHACL too up to this scale")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    run(args.scale, args.pyshacl_up_to, args.repeat)


if __name__ == "__main__":
    main()
