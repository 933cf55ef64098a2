"""The SHACL shapes compiled to Cypher: each constraint becomes one query that returns the focus nodes breaking
it, run straight against Neo4j — no export of the graph to RDF, cost linear in the graph.

`ontology/shapes.ttl` stays the source of truth and pySHACL the reference engine (`dkg validate --engine
pyshacl`); a differential test keeps the two giving the same results. The core constraints the shapes use
(sh:minCount, sh:maxCount, sh:class, sh:datatype, sh:pattern, sh:in, sh:or of required properties) compile from
templates in `queries/validation/`; a SPARQL constraint names its Cypher twin there with `dkg:cypherQuery`.
A constraint this module does not know stops the compilation with its shape named: the engines never drift
apart in silence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, RDFS, SH, XSD

import ontology
import queries
from dkg.errors import ShapesError
from loaders.project import local, mapping
from ontology.terms import DKG

# what a shape may say besides its constraints
_SHAPE_ANNOTATIONS = {RDF.type, RDFS.label, RDFS.comment, SH.targetClass, SH.severity, SH.message, SH.property,
                      SH.sparql, SH.name, SH.description, SH.deactivated, SH["or"]}
_PROPERTY_ANNOTATIONS = {SH.path, SH.severity, SH.message, SH.name, SH.description, RDFS.label, RDFS.comment}
_DATATYPE_QUERY = {XSD.string: "property_string", XSD.date: "property_date", XSD.decimal: "property_decimal"}
_IDENTIFIER = re.compile(r"[A-Za-z][A-Za-z0-9_]*")


@dataclass(frozen=True)
class Check:
    """One compiled constraint: a query and what each of its rows means."""

    shape: str  # the shape's IRI, or "<node shape> / <path>" for a property shape
    severity: str  # Violation | Warning | Info
    message: str  # "vi / en", with {?var} placeholders for a SPARQL constraint's variables
    path: str | None
    component: str  # the SHACL constraint component, e.g. MinCountConstraintComponent
    cypher: str
    params: dict = field(default_factory=dict, hash=False, compare=False)


def _template(name: str, label: str, cls: str | None = None) -> str:
    for value in (label, cls):
        if value is not None and not _IDENTIFIER.fullmatch(value):
            raise ShapesError(f"shapes.ttl: {value!r} cannot be a Neo4j label")
    text = queries.load(f"validation/{name}").replace("__LABEL__", label)
    return text.replace("__CLASS__", cls) if cls else text


def _severity(g: Graph, node, default: str = "Violation") -> str:
    value = g.value(node, SH.severity)
    return local(value) if value is not None else default


def _message(g: Graph, node) -> str:
    messages = [str(m) for m in g.objects(node, SH.message)]
    return messages[0] if messages else "(no message)"


def _label_of(cls) -> str:
    label = mapping().label.get(cls)
    if label is None:
        raise ShapesError(f"shapes.ttl: target class {cls} is not a class of the ontology")
    return label


def _path_term(path) -> tuple[str, str]:
    """('property', key) or ('relationship', type) for a predicate path."""
    m = mapping()
    if path == RDFS.label:
        return "property", "name"
    if path in m.prop_key:
        return "property", m.prop_key[path]
    if path in m.rel_type:
        return "relationship", m.rel_type[path]
    raise ShapesError(f"shapes.ttl: path {path} is neither a datatype nor an object property of the ontology")


@cache
def compile_shapes() -> tuple[Check, ...]:
    """Every constraint of ontology/shapes.ttl as a Cypher check."""
    return tuple(compile_graph(ontology.shapes()))


def compile_graph(g: Graph) -> list[Check]:
    checks: list[Check] = []
    for shape in sorted(set(g.subjects(RDF.type, SH.NodeShape)), key=str):
        if g.value(shape, SH.deactivated) == Literal(True):
            continue
        unknown = set(g.predicates(shape)) - _SHAPE_ANNOTATIONS
        if unknown:
            raise ShapesError(f"shapes.ttl: {shape} uses {', '.join(sorted(map(str, unknown)))}, "
                              "which the Cypher engine does not compile")
        severity = _severity(g, shape)
        for cls in g.objects(shape, SH.targetClass):
            label = _label_of(cls)
            for prop in g.objects(shape, SH.property):
                checks.extend(_property_checks(g, shape, prop, label))
            for constraint in g.objects(shape, SH.sparql):
                checks.append(_sparql_check(g, shape, constraint, severity))
            for alternatives in g.objects(shape, SH["or"]):
                checks.append(_or_check(g, shape, alternatives, label, severity))
    return checks


def _property_checks(g: Graph, shape, prop, label: str) -> list[Check]:
    path = g.value(prop, SH.path)
    if not isinstance(path, URIRef):
        raise ShapesError(f"shapes.ttl: {shape} has a property shape whose path is not a single predicate")
    kind, term = _path_term(path)
    common = {"shape": f"{shape} / {path}", "severity": _severity(g, prop), "message": _message(g, prop),
              "path": str(path)}
    out = []
    lo, hi = g.value(prop, SH.minCount), g.value(prop, SH.maxCount)
    name = "property_count" if kind == "property" else "relationship_count"
    key = {"key": term} if kind == "property" else {"type": term}
    if lo is not None:
        out.append(Check(component="MinCountConstraintComponent", cypher=_template(name, label),
                         params={**key, "min": int(lo), "max": None}, **common))
    if hi is not None:
        out.append(Check(component="MaxCountConstraintComponent", cypher=_template(name, label),
                         params={**key, "min": None, "max": int(hi)}, **common))
    for cls in g.objects(prop, SH["class"]):
        if kind != "relationship":
            raise ShapesError(f"shapes.ttl: sh:class on the datatype property {path} ({shape})")
        out.append(Check(component="ClassConstraintComponent",
                         cypher=_template("relationship_class", label, _label_of(cls)), params=key, **common))
    for datatype in g.objects(prop, SH.datatype):
        if kind != "property" or datatype not in _DATATYPE_QUERY:
            raise ShapesError(f"shapes.ttl: sh:datatype {datatype} on {path} ({shape}) is not compiled")
        out.append(Check(component="DatatypeConstraintComponent",
                         cypher=_template(_DATATYPE_QUERY[datatype], label), params=key, **common))
    for pattern in g.objects(prop, SH.pattern):
        # `=~` matches the whole string; SHACL searches: let anything stand on either side
        out.append(Check(component="PatternConstraintComponent", cypher=_template("property_pattern", label),
                         params={**key, "regex": f"(?s).*(?:{pattern}).*"}, **common))
    for values in g.objects(prop, SH["in"]):
        out.append(Check(component="InConstraintComponent", cypher=_template("property_in", label),
                         params={**key, "values": [v.toPython() for v in Collection(g, values)]}, **common))
    known = _PROPERTY_ANNOTATIONS | {SH.minCount, SH.maxCount, SH["class"], SH.datatype, SH.pattern, SH["in"]}
    unknown = set(g.predicates(prop)) - known
    if unknown:
        raise ShapesError(f"shapes.ttl: the property shape on {path} ({shape}) uses "
                          f"{', '.join(sorted(map(str, unknown)))}, which the Cypher engine does not compile")
    return out


def _or_check(g: Graph, shape, alternatives, label: str, severity: str) -> Check:
    keys, types = [], []
    for alt in Collection(g, alternatives):
        path = g.value(alt, SH.path)
        if not isinstance(alt, BNode) or set(g.predicates(alt)) != {SH.path, SH.minCount} \
                or int(g.value(alt, SH.minCount)) != 1 or not isinstance(path, URIRef):
            raise ShapesError(f"shapes.ttl: {shape}: only sh:or of '[ sh:path p ; sh:minCount 1 ]' is compiled")
        kind, term = _path_term(path)
        (keys if kind == "property" else types).append(term)
    return Check(shape=str(shape), severity=severity, message=_message(g, shape), path=None,
                 component="OrConstraintComponent", cypher=_template("or_present", label),
                 params={"keys": keys, "types": types})


def _sparql_check(g: Graph, shape, constraint, shape_severity: str) -> Check:
    name = g.value(constraint, DKG.cypherQuery)
    if name is None:
        raise ShapesError(f"shapes.ttl: a SPARQL constraint of {shape} names no Cypher twin (dkg:cypherQuery)")
    return Check(shape=str(shape), severity=_severity(g, constraint, shape_severity), message=_message(g, constraint),
                 path=None, component="SPARQLConstraintComponent", cypher=queries.load(f"validation/{name}"))


@cache
def scoped(check: Check) -> str:
    """`check`'s query run only on some documents and their parts (parameter `scope`: document IRIs); built
    once per check, a load asks for it after every batch."""
    head = "\n".join(line for line in queries.load("validation/scope").splitlines() if not line.startswith("//"))
    at = check.cypher.find("MATCH (n:")
    if at < 0:
        raise ShapesError(f"the Cypher of {check.shape} does not start from `MATCH (n:…)`: it cannot be scoped")
    return check.cypher[:at] + head + "\n" + check.cypher[at:]


class _KeepUnknown(dict):
    def __missing__(self, name: str) -> str:
        return "{?" + name + "}"  # a placeholder the row has no value for stays as written


@cache
def _message_format(message: str) -> str:
    """'… ({?doc}, mục {?clause})' as a format string, '… ({doc}, mục {clause})' (other braces kept literal)."""
    escaped = message.replace("{", "{{").replace("}", "}}")
    return re.sub(r"\{\{\?(\w+)\}\}", r"{\1}", escaped)


def fill(message: str, variables: dict) -> str:
    """'… ({?doc}, mục {?clause})' with the row's values (one `format_map` a finding: a large run fills
    a hundred thousand)."""
    return _message_format(message).format_map(_KeepUnknown(variables))
