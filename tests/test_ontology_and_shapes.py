"""The ontology, authority file, indicator scheme and shapes: they parse, they are complete, they bite."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import OWL, RDF, RDFS, SKOS

import ontology
from dkg.errors import ShapesError
from loaders.validate import validate_graph
from ontology.terms import DKG, USED_TERMS

SHAPES_DIR = Path(__file__).parent / "shapes"


def test_every_term_the_code_uses_is_defined_in_the_ontology():
    onto = ontology.ontology()
    missing = [t for t in USED_TERMS if (t, RDF.type, None) not in onto]
    assert not missing


def test_every_own_term_has_vietnamese_and_english_labels_and_a_definition():
    onto = ontology.ontology()
    terms = {s for s in onto.subjects(RDF.type, None) if str(s).startswith(str(DKG))
             and (s, RDF.type, OWL.Ontology) not in onto}
    assert len(terms) > 80
    for t in terms:
        langs = {lit.language for lit in onto.objects(t, RDFS.label) if isinstance(lit, Literal)}
        assert {"vi", "en"} <= langs, t
        assert (t, SKOS.definition, None) in onto, t


def test_authority_file_has_levels_and_cited_successions():
    bodies = ontology.bodies()
    for body in bodies.subjects(RDF.type, DKG.Body):
        assert (body, DKG.level, None) in bodies, body
    events = list(bodies.subjects(RDF.type, DKG.SuccessionEvent))
    assert len(events) >= 20
    for event in events:
        assert (event, DKG.decidedBy, None) in bodies and (event, DKG.sourceSymbol, None) in bodies, event


def test_a_malformed_turtle_file_is_named_with_its_line(tmp_path):
    bad = tmp_path / "broken.ttl"
    bad.write_text("@prefix dkg: <https://x/> .\n\ndkg:A a dkg:B ;\n   dkg:c \"unterminated .\n", encoding="utf-8")
    with pytest.raises(ShapesError, match=r"broken\.ttl:\d+"):
        ontology.parse_turtle(bad)


def test_valid_examples_conform():
    for path in sorted((SHAPES_DIR / "valid").glob("*.ttl")):
        report = validate_graph(Graph().parse(path))
        assert report.results == [], (path.name, [r.message_en for r in report.results])


@pytest.mark.parametrize("path", sorted((SHAPES_DIR / "invalid").glob("*.ttl")), ids=lambda p: p.stem)
def test_invalid_examples_give_the_expected_result(path):
    expect = re.search(r'# expect: (\w+) "([^"]+)"', path.read_text(encoding="utf-8"))
    severity, fragment = expect.group(1), expect.group(2)
    report = validate_graph(Graph().parse(path))
    assert any(r.severity == severity and fragment in (r.message_en + r.message_vi) for r in report.results), \
        [(r.severity, r.message_en) for r in report.results]


def test_a_message_is_filled_with_the_row_values_and_keeps_what_it_has_none_for():
    from loaders.shacl_cypher import fill

    message = "Nhiệm vụ chưa có cơ quan chủ trì ({?doc}, mục {?clause}) / Task {x} has no lead body ({?doc}) {?page}"
    assert fill(message, {"doc": "12-KH/TU", "clause": 3}) == (
        "Nhiệm vụ chưa có cơ quan chủ trì (12-KH/TU, mục 3) / Task {x} has no lead body (12-KH/TU) {?page}")
    assert fill("Không có tài liệu / No document", {}) == "Không có tài liệu / No document"
