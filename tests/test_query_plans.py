"""Every query in queries/ is checked with EXPLAIN on the real Neo4j: a lookup must be served by an index, so a
new query that scans every node of a label (or every node) fails here unless it says why it must."""

from __future__ import annotations

import re

import pytest

import queries

SCANS = ("AllNodesScan", "NodeByLabelScan", "DirectedAllRelationshipsScan", "UndirectedAllRelationshipsScan")
# queries that look at every node of a label on purpose, and why
SCANS_ON_PURPOSE = {
    "export_nodes": "every node: the graph exported for the pySHACL engine",
    "export_relationships": "every relationship: the graph exported for the pySHACL engine",
    "node_count": "the size of the graph (Neo4j's count store answers it)",
    "bench_cleanup": "benchmarks only: what they wrote, found by IRI pattern",
    "bodies_search": "a substring of a name or alias (CONTAINS): no index serves it; bounded by the bodies",
    "body_names": "every body's name, for the API's autocompletion; bounded by the bodies",
    "responsibilities": "a body by name prefix or one of its aliases (a list: no index serves it); bounded by the "
                        "bodies, the tasks are reached by relationships",
    "corpus_summary": "counts over every source file",
    "guide_examples": "the Browser guide's examples: the body, document and indicator most referred to, and counts",
    "body_tasks_graph": "a body by name prefix (as responsibilities): bounded by the bodies",
    "orphan_tasks": "every task is checked for an owner (as validation does)",
    "documents_list": "a page of the list of documents",
    "tasks_list": "a page of the list of tasks",
    "targets_list": "a page of the list of targets",
    "indicators_list": "a page of the list of indicators",
    "prune_unused_bodies": "finds what nothing refers to: every candidate is looked at",
    "validation_latest": "the latest of a handful of validation runs",
    "progress_reports_relink": "every progress report is checked for its link to a task (after a load): the "
                               "reports only, not the graph",
    "source_files_unused": "every source file is checked for a span still pointing to it (after a deletion)",
}


def _operators(plan: dict) -> list[str]:
    out = [plan["operatorType"].split("@")[0]]
    for child in plan.get("children", []):
        out.extend(_operators(child))
    return out


def _plan(driver, database: str, cypher: str) -> list[str]:
    params = {name: None for name in re.findall(r"\$([A-Za-z_]\w*)", cypher)}
    _, summary, _ = driver.execute_query("EXPLAIN " + cypher, params, database_=database)
    return _operators(summary.plan)


@pytest.mark.parametrize("name", queries.available())
def test_a_lookup_is_served_by_an_index(name, driver, loaded_corpus, neo4j_settings):
    operators = _plan(driver, neo4j_settings.database, queries.load(name))
    scans = [op for op in operators if op in SCANS]
    if name in SCANS_ON_PURPOSE:
        return
    assert not scans, f"queries/{name}.cypher scans ({', '.join(scans)}): use an index, or say in " \
                      f"SCANS_ON_PURPOSE why it must look at every node"


def test_the_reasons_given_are_for_queries_that_still_scan(driver, loaded_corpus, neo4j_settings):
    # a query that became index-backed loses its excuse, so a later regression is caught again
    for name in SCANS_ON_PURPOSE:
        operators = _plan(driver, neo4j_settings.database, queries.load(name))
        assert any(op in SCANS for op in operators), f"{name} no longer scans: remove it from SCANS_ON_PURPOSE"


def test_a_document_is_found_by_its_symbol_through_the_index(driver, loaded_corpus, neo4j_settings):
    operators = _plan(driver, neo4j_settings.database, queries.load("document_by_symbol"))
    assert "NodeIndexSeek" in operators
