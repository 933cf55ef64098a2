"""Neo4j → RDF through the ontology mapping, the inverse of the projection (loaders/project.py): label → class,
property → datatype property (typed by its range), relationship type → object property.

Two uses: pySHACL validates the graph as it is (`full=False`: what the shapes look at), and `dkg export` writes
it for other RDF tools (`full=True`: also the English labels, aliases, notations and definitions the projection
keeps as properties), the whole graph or one document with what it points to.
"""

from __future__ import annotations

from decimal import Decimal

from neo4j import Driver, RoutingControl
from neo4j.exceptions import Neo4jError, ServiceUnavailable
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS, XSD

import ontology
import queries
from dkg.errors import Neo4jUnavailable
from loaders.project import mapping
from loaders.vntext import fold
from ontology.terms import DKG, ID, PROV

FORMATS = {"turtle": "turtle", "ttl": "turtle", "jsonld": "json-ld", "json-ld": "json-ld", "nt": "nt",
           "ntriples": "nt"}
# what the projection keeps as plain properties, and the RDF they came from (full export only)
_ANNOTATIONS = {"nameEn": (RDFS.label, "en"), "notation": (SKOS.notation, None), "definition": (SKOS.definition, "en")}


def neo4j_to_rdf(driver: Driver, database: str, symbol: str | None = None, full: bool = True) -> tuple[Graph, int]:
    """(the graph, how many nodes it came from); `symbol`: only that document, its parts and what they point to."""
    m = mapping()
    class_of = {v: k for k, v in m.label.items()}
    pred_of_rel = {v: k for k, v in m.rel_type.items()}
    pred_of_prop = {v: k for k, v in m.prop_key.items()}
    ranges = {p: ontology.ontology().value(p, RDFS.range) for p in m.data_props}
    if symbol:
        node_query, rel_query = queries.load("export_document_nodes"), queries.load("export_document_relationships")
    else:
        node_query, rel_query = queries.load("export_nodes"), queries.load("export_relationships")
    params = {"symbolKey": fold(symbol)} if symbol else {}
    try:
        nodes, _, _ = driver.execute_query(node_query, params, routing_=RoutingControl.READ, database_=database)
        rels, _, _ = driver.execute_query(rel_query, params, routing_=RoutingControl.READ, database_=database)
    except (ServiceUnavailable, OSError) as e:
        raise Neo4jUnavailable(f"Neo4j does not answer: {e}") from e
    except Neo4jError as e:
        raise Neo4jUnavailable(f"Neo4j refused the export query: {e}") from e
    g = Graph()
    if full:
        g.bind("dkg", DKG)
        g.bind("id", ID)
        g.bind("prov", PROV)
        g.bind("skos", SKOS)
    iri_of: dict[str, URIRef] = {}
    for rec in nodes:
        props = rec["props"]
        node = URIRef(props.get("iri") or f"urn:neo4j:{rec['id']}")
        iri_of[rec["id"]] = node
        for label in rec["labels"]:
            if label in class_of:
                g.add((node, RDF.type, class_of[label]))
        for key, value in props.items():
            if key == "name":
                # the projection captions a node without a label by its IRI's last segment: that is no label
                if not (full and props.get("nameFromIri")):
                    g.add((node, RDFS.label, Literal(value, lang="vi")))
                continue
            if full and key in _ANNOTATIONS:
                pred, lang = _ANNOTATIONS[key]
                g.add((node, pred, Literal(value, lang=lang)))
                continue
            if full and key == "aliases":
                for alias in value:
                    g.add((node, SKOS.altLabel, Literal(alias, lang="vi")))
                continue
            pred = pred_of_prop.get(key)
            if pred is None:
                continue
            for v in value if isinstance(value, list) else [value]:
                g.add((node, pred, typed_literal(v, ranges.get(pred), full)))
    for rec in rels:
        pred = pred_of_rel.get(rec["type"])
        if pred is not None and rec["from"] in iri_of and rec["to"] in iri_of:
            g.add((iri_of[rec["from"]], pred, iri_of[rec["to"]]))
    return g, len(nodes)


def typed_literal(value, range_, full: bool = False) -> Literal:
    """A stored value as the literal the ontology's range says (a decimal stored as a float reads back as the
    decimal it was: 2.0 → "2", 26.1 → "26.1")."""
    if range_ == XSD.decimal and isinstance(value, float) and full:
        return Literal(Decimal(str(int(value))) if value.is_integer() else Decimal(repr(value)), datatype=XSD.decimal)
    if range_ in (XSD.date, XSD.gYear, XSD.decimal) and not isinstance(value, bool):
        return Literal(str(value), datatype=range_)
    return Literal(value)


def serialise(g: Graph, fmt: str) -> str:
    """The graph as Turtle, JSON-LD or N-Triples (`fmt` as `dkg export --format` takes it)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}: use one of turtle, jsonld, nt")
    return g.serialize(format=FORMATS[fmt])
