"""The shapes compiled to Cypher give what pySHACL, the reference engine, gives: on the sample corpus and on
hand-made nodes of every kind with injected faults (the real Neo4j, both engines over the same database)."""

from __future__ import annotations

import uuid

import pytest
from rdflib import Graph

import ontology
from dkg.errors import ShapesError
from loaders.shacl_cypher import compile_graph, compile_shapes
from loaders.validate import validate_database

# hand-made nodes as a user might write them in the Browser, each breaking the shapes in its own way
FAULTS = """
MATCH (body:Body) WITH body LIMIT 1
CREATE (press:Resource:Document:PressArticle {iri: $m + '/press', name: 'Bài báo', authoritative: false})
CREATE (draft:Resource:Document:Plan {iri: $m + '/draft', name: 'Dự thảo kế hoạch', authoritative: true,
        docType: 'Văn bản', date: '2026-02-29'})
CREATE (dated:Resource:Document:Notice {iri: $m + '/dated', name: 'Thông báo', authoritative: true,
        docType: 'Thông báo', symbol: '12-TB/TU', date: date('2026-03-01')})
CREATE (copy:Resource:Document:Copy {iri: $m + '/copy', name: 'Bản sao', authoritative: true})
CREATE (span:Resource:SourceSpan {iri: $m + '/span', quote: 'Giao Sở Nội vụ chủ trì', file: 'tay.txt'})
CREATE (orphan:Resource:Task {iri: $m + '/orphan', name: 'việc không ai làm', text: 'việc không ai làm',
        clausePath: 'II.3'})
CREATE (orphan)-[:DOCUMENT]->(draft)
CREATE (bad:Resource:Task {iri: $m + '/bad', name: 'việc sai', text: 42, deadline: ['2026-13', '2027'],
        deadlineDate: '2026-02-30', ownerKind: 'maybe'})
CREATE (bad)-[:OWNER]->(body)
CREATE (bad)-[:DOCUMENT]->(draft)
CREATE (bad)-[:DOCUMENT]->(body)
CREATE (bad)-[:DERIVED_FROM]->(span)
CREATE (group:Resource:BodyGroup {iri: $m + '/group', name: 'các tỉnh ủy', coversKind: ['tinh-uy']})
CREATE (shared:Resource:Task {iri: $m + '/shared', name: 'việc giao chung', text: 'việc giao chung',
        ownerKind: 'collective', deadline: '2026-Q2', deadlineDate: '2026-06-30'})
CREATE (shared)-[:OWNER]->(group)
CREATE (shared)-[:DOCUMENT]->(dated)
CREATE (said:Resource:Task {iri: $m + '/said', name: 'việc từ báo', text: 'việc từ báo', ownerKind: 'collective'})
CREATE (said)-[:OWNER]->(body)
CREATE (said)-[:DOCUMENT]->(press)
CREATE (t1:Resource:Target {iri: $m + '/t1', name: 'chỉ tiêu trống'})
CREATE (t2:Resource:Target {iri: $m + '/t2', name: 'chỉ tiêu sai', metricText: 'Tỷ lệ che phủ rừng',
        value: 'bốn mươi', unit: '%', year: 2030})
CREATE (t2)-[:DOCUMENT]->(press)
CREATE (t3:Resource:Target {iri: $m + '/t3', name: 'chỉ tiêu hai giá trị', metricText: 'Số khu',
        value: [1, 2], unit: [], year: 2030})
CREATE (t4:Resource:Target {iri: $m + '/t4', name: 'chỉ tiêu đúng', metricText: 'Tỷ lệ', value: 26.1,
        unit: '%', year: 2030})
CREATE (t4)-[:DERIVED_FROM]->(span)
CREATE (early:Resource:ProgressReport {iri: $m + '/early', name: 'báo cáo sớm', status: 'hoan-thanh',
        asOf: '2026-02-01'})
CREATE (early)-[:REPORTS_ON]->(shared)
CREATE (loose:Resource:ProgressReport {iri: $m + '/loose', name: 'báo cáo lạc', status: 'xong'})
CREATE (fine:Resource:ProgressReport {iri: $m + '/fine', name: 'báo cáo đúng', status: 'dang-thuc-hien',
        asOf: '2026-04-01', evidence: 'https://example.org/bc-1'})
CREATE (fine)-[:REPORTS_ON]->(shared)
"""


@pytest.fixture(scope="module")
def both_reports(driver, loaded_corpus, neo4j_settings):
    marker = f"https://directive-kg.example.org/id/test/{uuid.uuid4()}"
    driver.execute_query(FAULTS, m=marker, database_=neo4j_settings.database)
    try:
        yield (marker, validate_database(driver, neo4j_settings.database, "cypher"),
               validate_database(driver, neo4j_settings.database, "pyshacl"))
    finally:
        driver.execute_query("MATCH (n) WHERE n.iri STARTS WITH $m DETACH DELETE n", m=marker,
                             database_=neo4j_settings.database)


def _keys(report) -> set[tuple]:
    return {(r.severity, r.focus, r.message_en, r.message_vi, r.path, r.document, r.clause, r.quote, r.file,
             r.focus_name) for r in report.results}


def test_both_engines_give_the_same_results_with_the_same_provenance(both_reports):
    _, cypher, pyshacl = both_reports
    assert _keys(cypher) == _keys(pyshacl)
    assert cypher.conforms == pyshacl.conforms is False
    assert cypher.node_count == pyshacl.node_count


def test_every_injected_fault_is_found(both_reports):
    marker, cypher, _ = both_reports
    got = {(r.focus.removeprefix(marker + "/"), r.severity, r.message_en.split(" (")[0].split(":")[0])
           for r in cypher.results if r.focus.startswith(marker)}
    expected = {
        ("orphan", "Violation", "Task has no owner at all"),
        ("orphan", "Violation", "Task has no source span"),
        ("bad", "Violation", "Task has no text"),  # 42 is not a string
        ("bad", "Violation", "Invalid deadline"),  # 2026-13, and two deadlines
        ("bad", "Violation", "Deadline date is not a valid date"),  # 30 February
        ("bad", "Violation", "Owner kind must be explicit, collective or none"),
        ("bad", "Violation", "Task does not belong to exactly one document"),  # two, one of them a body
        ("shared", "Warning", "Task has only collective owners, no specific lead body"),
        ("said", "Violation", "Task comes from a non-authoritative source"),
        ("said", "Warning", "Task has only collective owners, no specific lead body"),  # owner kind says so
        ("draft", "Warning", "Authoritative document Dự thảo kế hoạch lacks type"),
        ("draft", "Warning", "Authoritative document Dự thảo kế hoạch lacks issuer"),
        ("draft", "Warning", "Authoritative document Dự thảo kế hoạch lacks number and symbol"),
        ("draft", "Violation", "Document date is not a valid date"),  # 2026 is no leap year
        ("copy", "Violation", "Copy does not point to the document it copies"),
        ("t1", "Violation", "Target has neither an indicator nor metric text"),
        ("t1", "Violation", "Target has no value"),
        ("t1", "Violation", "Target has no unit"),
        ("t1", "Warning", "Target has no year"),
        ("t2", "Violation", "Target has no value"),  # 'bốn mươi' is no decimal
        ("t2", "Violation", "Target comes from a non-authoritative source"),
        ("t3", "Violation", "Target has no value"),  # two values
        ("t3", "Violation", "Target has no unit"),  # an empty list is no unit
        ("early", "Warning", "Reported done without evidence"),
        ("early", "Violation", "Progress report of 2026-02-01 is dated before its task's document of 2026-03-01"),
        ("loose", "Violation", "Status must be one of"),
        ("loose", "Violation", "Progress report has no valid as-of date"),
        ("loose", "Warning", "Progress report is not linked to a task"),
    }
    assert expected <= got, expected - got
    # a date stored as a Neo4j date is a date (what the notice lacks is its issuer); a well-formed target is fine
    assert {(s, m) for f, s, m in got if f == "dated"} == {("Warning", "Authoritative document 12-TB/TU lacks issuer")}
    assert not {f for f, s, m in got if f in ("t4", "span", "group", "fine")}
    assert ("shared", "Violation", "Task has no owner at all") not in got


def test_the_corpus_orphans_are_reported_with_their_clause_and_quote(both_reports):
    marker, cypher, _ = both_reports
    orphans = [r for r in cypher.results if r.message_en.startswith("Task has no owner") and
               not r.focus.startswith(marker)]
    assert orphans and all(r.document and r.clause and r.quote and r.file for r in orphans)


def test_every_constraint_of_the_shapes_compiles():
    checks = compile_shapes()
    shapes = ontology.shapes()
    from rdflib.namespace import SH
    assert len([c for c in checks if c.component == "SPARQLConstraintComponent"]) == \
        len(set(shapes.objects(None, SH.sparql)))
    assert {c.component for c in checks} >= {"MinCountConstraintComponent", "MaxCountConstraintComponent",
                                             "ClassConstraintComponent", "DatatypeConstraintComponent",
                                             "PatternConstraintComponent", "InConstraintComponent",
                                             "OrConstraintComponent"}


def test_a_constraint_the_cypher_engine_does_not_know_stops_the_compilation():
    g = Graph().parse(data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix dkg: <https://directive-kg.example.org/ontology#> .
        dkg:S a sh:NodeShape ; sh:targetClass dkg:Task ;
            sh:property [ sh:path dkg:text ; sh:minLength 3 ] .""", format="turtle")
    with pytest.raises(ShapesError, match="minLength"):
        compile_graph(g)
