"""Benchmark: projection into Neo4j at 1×, 10× and 100× the corpus (duplicated under new symbols), against the
write limit measured in the same run (the same rows, plain batched UNWIND … MERGE).

Run (Neo4j running, `make run` or `dkg neo4j start`):
    .venv/bin/python benchmarks/bench_projection.py --scale 1 10 100
    .venv/bin/python benchmarks/bench_projection.py --scale 10 --rdflib-neo4j   # needs rdflib-neo4j installed
The documents it writes are removed again at the end (their symbols end in "X<copy>").
"""

from __future__ import annotations

import argparse
import re
import tempfile
import time
from pathlib import Path

import queries
from dkg.db import open_driver
from dkg.settings import get_neo4j_settings
from loaders.pipeline import DOCUMENTS_PER_TRANSACTION, extract_paths
from loaders.project import (
    ensure_schema,
    graph_to_rows,
    write_document,
    write_documents,
    write_reference_data,
)
from loaders.to_rdf import document_graph, document_iri, documents_to_rdf

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
RAW_BATCH = 10_000
SYMBOL = re.compile(r"(?<![\d/])(\d{1,5}\s*(?:[-‐–]\s*|\s+)[A-ZĐ][A-Za-zĐđ]{0,5}\s*/\s*[A-ZĐ][A-ZĐ0-9]*)")


def make_copies(scale: int, folder: Path, first: int = 1) -> None:
    """Copies `first`..`scale` of every corpus file; copy k's symbols end in 'X<k>' (69-KL/TW → 69-KL/TWX7)."""
    for k in range(first, scale + 1):
        for path in CORPUS.glob("*.txt"):
            text = path.read_text(encoding="utf-8")
            text = SYMBOL.sub(lambda m, k=k: f"{m.group(1)}X{k}", text)
            (folder / f"{k:03d}_{path.name}").write_text(text, encoding="utf-8")


def cleanup(driver, database: str) -> None:
    with driver.session(database=database) as session:  # CALL … IN TRANSACTIONS needs an auto-commit query
        session.run(queries.load("bench_cleanup")).consume()
    driver.execute_query(queries.load("drop_rdflib_neo4j_constraint"), database_=database)


def run_own(scale: int, driver, database: str) -> dict:
    """The loader's writes (documents in batches, each replacing its old facts) against the write limit in the
    same run: the same rows with a plain batched UNWIND … MERGE, 10 000 rows a statement."""
    with tempfile.TemporaryDirectory() as tmp:
        make_copies(scale, Path(tmp))
        began = time.perf_counter()
        extraction = extract_paths([tmp])
        extract_s = time.perf_counter() - began
    ensure_schema(driver, database)
    write_reference_data(driver, database)
    began = time.perf_counter()
    graphs = [(document_graph(doc, extraction.file_shas), str(document_iri(doc))) for doc in extraction.documents]
    rdf_s = time.perf_counter() - began
    docs = len(graphs)
    began = time.perf_counter()
    for start in range(0, docs, DOCUMENTS_PER_TRANSACTION):
        assert not any(write_documents(driver, graphs[start:start + DOCUMENTS_PER_TRANSACTION], database))
    batched_s = time.perf_counter() - began
    cleanup(driver, database)
    began = time.perf_counter()
    for g, iri in graphs:
        write_document(driver, g, iri, database)
    single_s = time.perf_counter() - began
    cleanup(driver, database)
    rows = [graph_to_rows(g, owned_prefix=iri + "/", owned_iri=iri) for g, iri in graphs]
    nodes = [r for x in rows for r in x.shared + x.owned]
    rels = [r for x in rows for r in x.rels]
    began = time.perf_counter()
    for i in range(0, len(nodes), RAW_BATCH):
        driver.execute_query(queries.load("bench_raw_nodes"), rows=nodes[i:i + RAW_BATCH], database_=database)
    for i in range(0, len(rels), RAW_BATCH):
        driver.execute_query(queries.load("bench_raw_relationships"), rows=rels[i:i + RAW_BATCH], database_=database)
    raw_s = time.perf_counter() - began
    print(f"| {scale}× | {docs} | {len(nodes)} / {len(rels)} | {extract_s:.1f} s | {rdf_s:.1f} s | "
          f"{docs / batched_s:.0f} docs/s ({batched_s:.1f} s) | {docs / single_s:.0f} docs/s | "
          f"{docs / raw_s:.0f} docs/s ({raw_s:.1f} s) | {raw_s / batched_s:.0%} |", flush=True)
    return {"scale": scale, "documents": docs, "tasks": sum(len(d.tasks) for d in extraction.documents),
            "extract_s": extract_s, "rdf_s": rdf_s, "load_s": batched_s,
            "one_by_one_s": single_s, "raw_s": raw_s}


def run_rdflib_neo4j(scale: int, settings, database: str) -> None:
    from rdflib import Graph
    from rdflib_neo4j import HANDLE_VOCAB_URI_STRATEGY, Neo4jStore, Neo4jStoreConfig

    with tempfile.TemporaryDirectory() as tmp:
        make_copies(scale, Path(tmp))
        extraction = extract_paths([tmp])
        graph = documents_to_rdf(extraction.documents, extraction.file_shas)
    driver = open_driver(settings)
    driver.execute_query(queries.load("bench_rdflib_neo4j_constraint"), database_=database)
    driver.close()
    config = Neo4jStoreConfig(auth_data={"uri": settings.bolt_uri, "database": database, "user": settings.user,
                                         "pwd": settings.password.get_secret_value()},
                              handle_vocab_uri_strategy=HANDLE_VOCAB_URI_STRATEGY.IGNORE, batching=True)
    began = time.perf_counter()
    store_graph = Graph(store=Neo4jStore(config=config))
    for triple in graph:
        store_graph.add(triple)
    store_graph.close(True)
    took = time.perf_counter() - began
    print(f"{scale:>4}× | {len(extraction.documents):>5} docs | rdflib-neo4j {took:6.2f} s "
          f"({len(graph)} triples, one bulk load: no per-document transaction, no replacement)")


TABLE_HEAD = ("| scale | documents | node / relationship rows | extract | to RDF | load (batches) | load (one by one) "
              "| plain UNWIND … MERGE | load / limit |\n|---|---|---|---|---|---|---|---|---|")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--rdflib-neo4j", action="store_true", help="also time rdflib-neo4j's Neo4jStore")
    args = parser.parse_args()
    settings = get_neo4j_settings()
    driver = open_driver(settings)
    print(TABLE_HEAD)
    try:
        for scale in args.scale:
            run_own(scale, driver, settings.database)
            cleanup(driver, settings.database)
            if args.rdflib_neo4j:
                run_rdflib_neo4j(scale, settings, settings.database)
                cleanup(driver, settings.database)
    finally:
        cleanup(driver, settings.database)
        driver.close()


if __name__ == "__main__":
    main()
