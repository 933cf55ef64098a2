"""Validation of what is in Neo4j now against the SHACL shapes; non-conformance is data.

Two engines give the same results (a differential test holds them to it):
- `cypher` (the default): the shapes compiled to Cypher (loaders/shacl_cypher.py), one query per constraint run
  in Neo4j — linear in the graph, seconds at a hundred thousand tasks;
- `pyshacl`, the reference: Neo4j is exported back to RDF through the same ontology mapping the projection uses
  (label → class, property → datatype property, relationship type → object property) and pySHACL runs the
  shapes over it — minutes at that size.
Both see nodes and relationships added by hand in the Browser.
"""

from __future__ import annotations

import gc
import json
import re
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC
from typing import NamedTuple

from neo4j import Driver, RoutingControl
from neo4j.exceptions import Neo4jError, ServiceUnavailable
from pyshacl import validate as shacl_validate
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SH

import ontology
import queries
from dkg.errors import Neo4jUnavailable, ProjectionError
from loaders.export_rdf import neo4j_to_rdf
from loaders.project import bump_data_version
from loaders.shacl_cypher import Check, compile_shapes, fill, scoped
from ontology.terms import DKG

SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}
ENGINES = ("cypher", "pyshacl")
PARALLEL_CHECKS = 4
PROVENANCE_CHUNK = 10_000  # focus nodes per provenance query, several queries at a time


class ValidationResult(NamedTuple):
    """One finding (a tuple: a hundred thousand of them are built, hashed and sorted in a large run)."""
    severity: str
    focus: str
    focus_name: str | None
    message_vi: str
    message_en: str
    path: str | None
    document: str | None
    clause: str | None
    quote: str | None
    file: str | None


@dataclass
class ValidationReport:
    conforms: bool
    node_count: int
    results: list[ValidationResult] = field(default_factory=list)
    results_graph: Graph | None = None

    def count(self, severity: str) -> int:
        return sum(r.severity == severity for r in self.results)

    def to_json(self) -> str:
        return json.dumps({
            "conforms": self.conforms, "nodes": self.node_count,
            "counts": {s: self.count(s) for s in SEVERITY_ORDER},
            "results": [r._asdict() for r in self.results],
        }, ensure_ascii=False, indent=2)

    def to_turtle(self) -> str:
        graph = self.results_graph if self.results_graph is not None else _results_graph(self.results)
        return graph.serialize(format="turtle")

    def _headline(self) -> str:
        return (f"Kiểm tra {self.node_count} nút / checked {self.node_count} nodes: "
                f"{self.count('Violation')} vi phạm (violations), {self.count('Warning')} cảnh báo (warnings).")

    def to_text(self) -> str:
        if self.node_count == 0:
            return EMPTY
        lines = [self._headline()]
        for severity in SEVERITY_ORDER:
            group = [r for r in self.results if r.severity == severity]
            if not group:
                continue
            lines.append("")
            lines.append(f"== {severity} ({len(group)}) ==")
            for r in group:
                lines.extend(_finding_lines(r, 200))
        return "\n".join(lines)

    def kinds(self) -> list[tuple[str, str, str, list[ValidationResult]]]:
        """(severity, message in Vietnamese, in English, results) per kind of finding — the message without the
        document and clause it names — most severe first, then the most frequent."""
        groups: dict[tuple[str, str, str], list[ValidationResult]] = {}
        for r in self.results:
            groups.setdefault((r.severity, _kind(r.message_vi), _kind(r.message_en)), []).append(r)
        ranked = sorted(groups.items(), key=lambda kv: (SEVERITY_ORDER[kv[0][0]], -len(kv[1]), kv[0][1]))
        return [(sev, vi, en, rs) for (sev, vi, en), rs in ranked]

    def to_summary(self, findings: int = 3) -> str:
        """A few lines for the end of a first run: counts per kind of finding, the `findings` most important ones
        (one of each of the most severe kinds first), and where the rest is."""
        if self.node_count == 0:
            return EMPTY
        lines = [self._headline()]
        kinds = self.kinds()
        for severity, vi, en, rs in kinds:
            lines.append(f"  {len(rs):>5} × {vi}" + (f" / {en}" if en and en != vi else "") + f" ({severity})")
        picked = [rs[0] for *_, rs in kinds][:findings]
        leftovers = [r for *_, rs in kinds for r in rs[1:]]
        picked += leftovers[:findings - len(picked)]
        if picked:
            lines.append(f"{len(picked)} phát hiện quan trọng nhất / the {len(picked)} most important findings:")
            for r in picked:
                lines.extend(_finding_lines(r, 120))
        if self.results:
            lines.append("Toàn bộ / all of them: `dkg validate` (or --format json), GraphQL `validation`, and the "
                         "Neo4j Browser guide (tasks without an owner).")
        return "\n".join(lines)


EMPTY = "Cơ sở dữ liệu trống: không có gì để kiểm tra. / The database is empty: nothing to validate."


def _kind(message: str) -> str:
    """A finding's message without the trailing "(document, clause)" it names."""
    return re.sub(r"\s*\([^()]*\)\s*$", "", message or "")


def _finding_lines(r: ValidationResult, quote_chars: int) -> list[str]:
    lines = [f"- {r.message_vi}"]
    if r.message_en and r.message_en != r.message_vi:
        lines.append(f"  {r.message_en}")
    where = ", ".join(x for x in (r.document and f"văn bản {r.document}", r.clause and f"mục {r.clause}", r.file)
                      if x)
    if where:
        lines.append(f"  [{where}]")
    if r.quote:
        lines.append(f"  « {r.quote[:quote_chars]}{'…' if len(r.quote) > quote_chars else ''} »")
    return lines


def export_graph(driver: Driver, database: str) -> tuple[Graph, int]:
    """Neo4j → RDF through the ontology mapping, as the shapes see it; nodes without an iri get one from their
    element id."""
    return neo4j_to_rdf(driver, database, full=False)


def validate_graph(data: Graph, node_count: int | None = None) -> ValidationReport:
    """Run the shapes over `data`; results carry the document, clause and quote behind each focus node."""
    conforms, results_graph, _ = shacl_validate(
        data, shacl_graph=ontology.shapes(), ont_graph=None, inference="none", advanced=True, allow_warnings=True)
    results = []
    for r in results_graph.subjects(RDF.type, SH.ValidationResult):
        focus = results_graph.value(r, SH.focusNode)
        severity = str(results_graph.value(r, SH.resultSeverity)).rsplit("#", 1)[-1]
        messages = [str(m) for m in results_graph.objects(r, SH.resultMessage)]
        message = messages[0] if messages else "(no message)"
        vi, _, en = message.partition(" / ")
        path = results_graph.value(r, SH.resultPath)
        results.append(ValidationResult(severity=severity, focus=str(focus), focus_name=_value(data, focus, RDFS.label),
                                        message_vi=vi.strip(), message_en=(en or vi).strip(),
                                        path=str(path) if path else None, **_provenance(data, focus)))
    results.sort(key=_order)
    violations = any(x.severity == "Violation" for x in results)
    return ValidationReport(conforms=not violations and conforms or not violations,
                            node_count=node_count if node_count is not None else len(set(data.subjects())),
                            results=results, results_graph=results_graph)


def _value(g: Graph, s, p) -> str | None:
    v = g.value(s, p)
    return str(v) if v is not None else None


def _provenance(g: Graph, focus) -> dict:
    # with several documents or spans (hand-made nodes), the same one as the Cypher engine's choice
    docs = sorted(g.objects(focus, DKG.document), key=lambda d: ((d, RDF.type, DKG.Document) not in g,
                                                                  _value(g, d, DKG.symbol) or _value(g, d, RDFS.label) or ""))
    doc = docs[0] if docs else None
    if doc is None and (focus, RDF.type, DKG.Document) in g:
        doc = focus
    spans = sorted(g.objects(focus, DKG.derivedFrom), key=lambda s: (_value(g, s, DKG.file) or "",
                                                                     _value(g, s, DKG.quote) or ""))
    span = spans[0] if spans else None
    return {
        "document": _value(g, doc, DKG.symbol) or _value(g, doc, RDFS.label) if doc is not None else None,
        "clause": _value(g, focus, DKG.clausePath),
        "quote": _value(g, span, DKG.quote) if span is not None else None,
        "file": _value(g, span, DKG.file) if span is not None else None,
    }


def validate_database(driver: Driver, database: str, engine: str = "cypher") -> ValidationReport:
    """Validate everything in the database with `engine` ("cypher" or "pyshacl")."""
    if engine not in ENGINES:
        raise ValueError(f"unknown validation engine {engine!r}: {' or '.join(ENGINES)}")
    if engine == "cypher":
        return validate_in_neo4j(driver, database)
    data, count = export_graph(driver, database)
    if count == 0:
        return ValidationReport(conforms=True, node_count=0)
    return validate_graph(data, count)


def validate_in_neo4j(driver: Driver, database: str, scope: list[str] | None = None) -> ValidationReport:
    """Run every compiled constraint as one Cypher query; the results read like pySHACL's. With `scope`
    (document IRIs), only those documents and their parts are checked (what a load does after each batch)."""
    with _collector_paused():
        return _validate_in_neo4j(driver, database, scope)


@contextmanager
def _collector_paused():
    """A large run builds a few hundred thousand objects that live until it ends, none of them in a cycle; Python's
    cyclic collector would walk them again and again (5–10 % of a run at 100k tasks)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _validate_in_neo4j(driver: Driver, database: str, scope: list[str] | None) -> ValidationReport:
    try:
        [count_record], _, _ = driver.execute_query(queries.load("node_count"), routing_=RoutingControl.READ,
                                                    database_=database)
        if count_record["nodes"] == 0:
            return ValidationReport(conforms=True, node_count=0)

        def run(check: Check) -> list[tuple[Check, str, dict]]:
            cypher, params = (check.cypher, check.params) if scope is None else (scoped(check),
                                                                                 {**check.params, "scope": scope})
            records, _, _ = driver.execute_query(cypher, params, routing_=RoutingControl.READ, database_=database)
            return [(check, f["id"], f["vars"] or {}) for f in records[0]["found"]]

        def provenance(ids: list[str]) -> list[dict]:
            records, _, _ = driver.execute_query(queries.load("validation_provenance"), ids=ids,
                                                 routing_=RoutingControl.READ, database_=database)
            return records[0]["origins"]

        # each query answers with one record holding a list (fast to fetch); a few at a time keep Neo4j's cores
        # busy while this process reads the answers
        with ThreadPoolExecutor(max_workers=PARALLEL_CHECKS) as pool:
            found = [row for rows in pool.map(run, compile_shapes()) for row in rows]  # (check, elementId, vars)
            ids = sorted({element_id for _, element_id, _ in found})
            chunks = [ids[i:i + PROVENANCE_CHUNK] for i in range(0, len(ids), PROVENANCE_CHUNK)]
            origin = {o["id"]: o for origins in pool.map(provenance, chunks) for o in origins}
    except (ServiceUnavailable, OSError) as e:
        raise Neo4jUnavailable(f"Neo4j does not answer: {e}") from e
    except Neo4jError as e:
        raise Neo4jUnavailable(f"Neo4j refused a validation query: {e}") from e
    split: dict[str, tuple[str, str]] = {}  # a message without variables is split once, not once per finding
    unique: dict[ValidationResult, None] = {}  # a focus broken twice the same way is one result, as in pySHACL
    for check, element_id, variables in found:
        o = origin[element_id]
        if variables:
            vi, en = _split(fill(check.message, variables))
        else:
            if check.message not in split:
                split[check.message] = _split(check.message)
            vi, en = split[check.message]
        unique[ValidationResult(check.severity, o["focus"], o["name"], vi, en, check.path, o["document"],
                                o["clause"], o["quote"], o["file"])] = None
    results = sorted(unique, key=_order)
    return ValidationReport(conforms=not any(r.severity == "Violation" for r in results),
                            node_count=count_record["nodes"], results=results)  # its RDF only when asked for


def _split(message: str) -> tuple[str, str]:
    """'Vietnamese / English' → both halves (the Vietnamese twice when there is no English)."""
    vi, _, en = message.partition(" / ")
    return vi.strip(), (en or vi).strip()


def _order(r: ValidationResult) -> tuple:
    return (SEVERITY_ORDER.get(r.severity, 9), r.document or "", r.clause or "", r.focus, r.message_en, r.path or "")


def _results_graph(results: list[ValidationResult]) -> Graph:
    """A SHACL validation report of `results`, for `--format turtle`."""
    g = Graph()
    g.bind("sh", SH)
    report = BNode()
    g.add((report, RDF.type, SH.ValidationReport))
    g.add((report, SH.conforms, Literal(not any(r.severity == "Violation" for r in results))))
    for r in results:
        node = BNode()
        g.add((report, SH.result, node))
        g.add((node, RDF.type, SH.ValidationResult))
        g.add((node, SH.focusNode, URIRef(r.focus)))
        g.add((node, SH.resultSeverity, SH[r.severity]))
        g.add((node, SH.resultMessage, Literal(f"{r.message_vi} / {r.message_en}", lang="vi")))
        if r.path:
            g.add((node, SH.resultPath, URIRef(r.path)))
    return g


def save_run(driver: Driver, database: str, report: ValidationReport) -> None:
    """Keep the latest run in Neo4j, where the API's `validation` query reads it."""
    from datetime import datetime

    results = json.dumps([r._asdict() for r in report.results], ensure_ascii=False)
    try:
        driver.execute_query(queries.load("validation_save"), at=datetime.now(UTC).isoformat(timespec="seconds"),
                             nodes=report.node_count, violations=report.count("Violation"),
                             warnings=report.count("Warning"), results=results, database_=database)
        bump_data_version(driver, database)  # the API answers anew
    except (ServiceUnavailable, OSError, Neo4jError, ProjectionError) as e:
        raise Neo4jUnavailable(f"cannot store the validation run: {e}") from e
