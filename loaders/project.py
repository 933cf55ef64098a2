"""Projection of the RDF graph into Neo4j, driven by the ontology.

class → label (local name), object property → relationship type (UPPER_SNAKE of the local name),
datatype property → node property (local name). rdfs:label@vi → `name` (the Browser caption),
@en → `nameEn`, skos:altLabel → `aliases` (and `aliasText` for the full-text index).
Every node also carries `:Resource` and a unique `iri`. One transaction per document.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

from neo4j import Driver, ManagedTransaction
from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

import ontology
import queries
from dkg.errors import Neo4jGone, ProjectionError
from loaders.vntext import fold
from ontology.terms import DKG, DOC_BASE

BATCH = 5000  # rows per statement


def upper_snake(name: str) -> str:
    """'reportsTo' → 'REPORTS_TO'."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).upper()


@dataclass
class Rows:
    owned: list[dict] = field(default_factory=list)
    shared: list[dict] = field(default_factory=list)
    rels: list[dict] = field(default_factory=list)


class Mapping:
    """What the ontology says each term becomes in the property graph."""

    def __init__(self, onto: Graph) -> None:
        self.classes = {c for c in onto.subjects(RDF.type, OWL.Class) if str(c).startswith(str(DKG))}
        self.object_props = {p for p in onto.subjects(RDF.type, OWL.ObjectProperty) if str(p).startswith(str(DKG))}
        self.data_props = {p for p in onto.subjects(RDF.type, OWL.DatatypeProperty) if str(p).startswith(str(DKG))}
        self.rel_type = {p: upper_snake(local(p)) for p in self.object_props}
        self.prop_key = {p: local(p) for p in self.data_props}
        self.label = {c: local(c) for c in self.classes}
        # the same keyed by plain strings: a load looks up every triple's predicate, and a plain string hashes and
        # compares in C where an rdflib term does it in Python (a third of a batch's write time at 100×)
        self.rel_type_by_iri = {str(p): t for p, t in self.rel_type.items()}
        self.prop_key_by_iri = {str(p): k for p, k in self.prop_key.items()}
        self.label_by_iri = {str(c): n for c, n in self.label.items()}


_TYPE, _LABEL, _PREF_LABEL, _ALT_LABEL, _NOTATION, _DEFINITION, _COVERS_KIND = (
    str(t) for t in (RDF.type, RDFS.label, SKOS.prefLabel, SKOS.altLabel, SKOS.notation, SKOS.definition,
                     DKG.coversKind))


def local(term: URIRef) -> str:
    return re.split(r"[#/]", str(term))[-1]


@cache
def mapping() -> Mapping:
    """The mapping of the ontology, built once per process."""
    return Mapping(ontology.ontology())


def _python(value: Literal):
    v = value.toPython()
    if isinstance(v, Decimal):
        return float(v)
    if hasattr(v, "isoformat"):
        return v.isoformat()
    if not isinstance(v, (str, int, float, bool)):
        return str(value)
    return v


_ALIAS_PROPS = ("aliases", "aliasText", "aliasKeys")  # merged by queries/merge_nodes.cypher, not overwritten


def graph_to_rows(g: Graph, owned_prefix: str | None = None, owned_iri: str | None = None) -> Rows:
    """Nodes and relationships of `g`; nodes under `owned_prefix` (or `owned_iri`) are the document's own."""
    m = mapping()
    labels: dict[str, set[str]] = defaultdict(lambda: {"Resource"})
    props: dict[str, dict] = defaultdict(dict)
    aliases: dict[str, list[str]] = defaultdict(list)
    rels = []
    for s, p, o in g:
        if not isinstance(s, URIRef):
            continue
        si, pi = str(s), str(p)
        if pi == _TYPE:
            if isinstance(o, URIRef) and (label := m.label_by_iri.get(str(o))):
                labels[si].add(label)
            continue
        if isinstance(o, Literal):
            if pi == _LABEL:
                key = "nameEn" if o.language == "en" else "name"
                props[si][key] = str(o)
            elif pi == _PREF_LABEL:
                props[si].setdefault("name", str(o)) if o.language != "en" else None
            elif pi == _ALT_LABEL:
                aliases[si].append(str(o))
            elif pi == _NOTATION:
                props[si]["notation"] = str(o)
            elif pi == _DEFINITION and o.language != "vi":
                props[si]["definition"] = str(o)
            elif pi in m.prop_key_by_iri:
                key = m.prop_key_by_iri[pi]
                if pi == _COVERS_KIND:
                    props[si].setdefault(key, []).append(str(o))
                else:
                    props[si][key] = _python(o)
            continue
        if isinstance(o, URIRef) and pi in m.rel_type_by_iri:
            rels.append({"from": si, "type": m.rel_type_by_iri[pi], "to": str(o)})
            labels[str(o)]  # make sure the target exists as a node
    rows = Rows(rels=rels)
    for node in set(labels) | set(props):
        node_props = dict(props.get(node, {}))
        node_props["iri"] = node
        named = "name" in node_props
        if not named:  # a caption for the Browser, not a label: the export to RDF leaves it out
            node_props["name"], node_props["nameFromIri"] = node.rsplit("/", 1)[-1], True
        node_props["nameKey"] = fold(node_props["name"])  # accent-insensitive matching from Cypher
        if isinstance(node_props.get("symbol"), str):
            node_props["symbolKey"] = fold(node_props["symbol"])
        if aliases.get(node):
            node_props["aliases"] = sorted(set(aliases[node]))
            node_props["aliasText"] = " | ".join(node_props["aliases"])
            node_props["aliasKeys"] = sorted({fold(a) for a in node_props["aliases"]})
        for k in ("coversKind",):
            if k in node_props:
                node_props[k] = sorted(set(node_props[k]))
        row = {"iri": node, "labels": sorted(labels[node]), "props": node_props}
        if owned_iri and (node == owned_iri or node.startswith(owned_prefix or owned_iri + "/")):
            rows.owned.append(row)
        else:
            is_doc_stub = node.startswith(str(DOC_BASE)) and "symbol" in node_props and "authoritative" not in node_props
            # on an existing node only what this graph really says is written: a node that appears here only
            # as the end of a relationship (a province, a referenced document) keeps its own name
            row["keep"] = {} if is_doc_stub else {k: v for k, v in node_props.items()
                                                  if (named or k not in ("name", "nameKey", "nameFromIri"))
                                                  and k not in _ALIAS_PROPS}
            # added to those the node has, never replaced
            row["aliases"], row["aliasKeys"] = node_props.get("aliases"), node_props.get("aliasKeys")
            rows.shared.append(row)
    return rows


def ensure_schema(driver: Driver, database: str) -> None:
    """Constraint on iri, the accent-insensitive full-text index, indexes on symbols and file names
    (idempotent)."""
    try:
        driver.execute_query(queries.load("schema_constraints"), database_=database)
        driver.execute_query(queries.load("schema_fulltext"), database_=database)
        driver.execute_query(queries.load("schema_index_symbol"), database_=database)
        driver.execute_query(queries.load("schema_index_source_file"), database_=database)
    except (Neo4jError, ServiceUnavailable) as e:
        raise ProjectionError(f"cannot create the schema in Neo4j: {e}") from e


def _write(tx: ManagedTransaction, rows: Rows, doc_iris: list[str]) -> None:
    # every document's old facts go first: no document writes under another's IRI, so for several documents
    # this is what deleting and writing them one by one gives
    if doc_iris:
        tx.run(queries.load("delete_documents_facts"), docs=doc_iris).consume()
    for batch in _batches(rows.shared):
        tx.run(queries.load("merge_nodes"), rows=batch).consume()
    for batch in _batches(rows.owned):
        tx.run(queries.load("replace_nodes"), rows=batch).consume()
    for batch in _batches(rows.rels):
        tx.run(queries.load("merge_relationships"), rows=batch).consume()


def _batches(rows: list[dict]):
    for i in range(0, len(rows), BATCH):
        yield rows[i:i + BATCH]


def _write_in_one_transaction(driver: Driver, database: str, rows: Rows, doc_iris: list[str], what: str) -> None:
    try:
        with driver.session(database=database) as session:
            session.execute_write(_write, rows, doc_iris)
    except (ServiceUnavailable, SessionExpired, OSError) as e:
        raise Neo4jGone(f"writing {what} failed: Neo4j does not answer: {e}") from e
    except Neo4jError as e:
        raise ProjectionError(f"writing {what} failed: {e}") from e


def write_document(driver: Driver, g: Graph, doc_iri: str, database: str) -> Rows:
    """Replace one document's facts in one transaction: all of it is written, or none."""
    rows = graph_to_rows(g, owned_prefix=doc_iri + "/", owned_iri=doc_iri)
    _write_in_one_transaction(driver, database, rows, [doc_iri], doc_iri)
    return rows


def write_documents(driver: Driver, graphs: list[tuple[Graph, str]], database: str) -> list[ProjectionError | None]:
    """Replace the facts of several documents (graph, document IRI), as `write_document` one after another
    would, in one transaction: a commit per batch, not per document, is what makes a large load fast. When the
    batch fails it is written again one document at a time, so each document is still whole or absent and the
    error names the one that failed. Returns one entry per document: None when written, else its error."""
    each = [graph_to_rows(g, owned_prefix=iri + "/", owned_iri=iri) for g, iri in graphs]
    batch = Rows(owned=[r for rows in each for r in rows.owned], shared=[r for rows in each for r in rows.shared],
                 rels=[r for rows in each for r in rows.rels])
    try:
        with driver.session(database=database) as session:
            session.execute_write(_write, batch, [iri for _, iri in graphs])
        return [None] * len(graphs)
    except (ServiceUnavailable, SessionExpired, OSError) as e:  # no point trying each: Neo4j is not answering
        return [Neo4jGone(f"writing {iri} failed: Neo4j does not answer: {e}") for _, iri in graphs]
    except Neo4jError:
        pass  # written again one by one below: each document whole or absent, and the error names it
    errors: list[ProjectionError | None] = []
    for rows, (_, iri) in zip(each, graphs, strict=True):
        try:
            _write_in_one_transaction(driver, database, rows, [iri], iri)
            errors.append(None)
        except ProjectionError as e:
            errors.append(e)
    return errors


def add_sources(driver: Driver, graphs: list[tuple[Graph, str]], database: str) -> list[ProjectionError | None]:
    """Add sources to documents the graph already holds (graph of their spans, document IRI); their facts are
    left as they are. A transaction per document (few documents take this way: those read again from a
    second file), so each is given its sources or not at all."""
    rows = [graph_to_rows(g) for g, _ in graphs]
    errors: list[ProjectionError | None] = []
    for each, (_, iri) in zip(rows, graphs, strict=True):
        try:
            _write_in_one_transaction(driver, database, each, [], f"the sources of {iri}")
            errors.append(None)
        except ProjectionError as e:
            errors.append(e)
    return errors


def bump_data_version(driver: Driver, database: str) -> None:
    """Say the data changed: the API's cached answers of the older version are not served again."""
    try:
        driver.execute_query(queries.load("data_version_bump"), database_=database)
    except (Neo4jError, ServiceUnavailable, OSError) as e:
        raise ProjectionError(f"cannot record the new data version: {e}") from e


def relink_progress_reports(driver: Driver, database: str) -> int:
    """Progress reports live outside the documents' IRIs (a re-load keeps them); link each again to its task."""
    try:
        records, _, _ = driver.execute_query(queries.load("progress_reports_relink"), database_=database)
    except (Neo4jError, ServiceUnavailable) as e:
        raise ProjectionError(f"linking progress reports to their tasks again failed: {e}") from e
    return records[0]["relinked"]


def prune_unused(driver: Driver, database: str) -> int:
    """Remove text-derived bodies, posts, groups, people and stubs nothing refers to any more."""
    total = 0
    try:
        for _ in range(3):  # a pruned post can leave its body unused
            records, _, _ = driver.execute_query(queries.load("prune_unused_bodies"), database_=database)
            pruned = records[0]["pruned"]
            total += pruned
            if not pruned:
                break
    except (Neo4jError, ServiceUnavailable) as e:
        raise ProjectionError(f"pruning unused nodes failed: {e}") from e
    return total


def write_reference_data(driver: Driver, database: str) -> Rows:
    """The authority file and the indicator scheme, in one transaction."""
    g = ontology.reference_data()
    rows = graph_to_rows(g)
    for row in rows.shared:
        row["props"]["fromAuthority"] = True  # never pruned as a stray
        row["keep"] = {k: v for k, v in row["props"].items() if k not in _ALIAS_PROPS}  # its values win
        row["aliases"], row["aliasKeys"] = row["props"].get("aliases"), row["props"].get("aliasKeys")
    _write_in_one_transaction(driver, database, rows, [], "the authority file")
    return rows
