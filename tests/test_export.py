"""`dkg export` round-trips: the graph written to Neo4j and read back as RDF through the ontology mapping holds the
same triples as `to_rdf` of the same documents (the real Neo4j, loaded with the sample corpus)."""

from __future__ import annotations

import pytest
from conftest import CORPUS
from rdflib import Graph, Literal
from rdflib.namespace import RDFS
from typer.testing import CliRunner

from dkg.cli import app
from loaders.pipeline import extract_paths
from loaders.to_rdf import document_graph, document_iri
from loaders.vntext import fold


def _normal(g: Graph) -> set:
    """Triples with literals compared by value and type (2 and 2.0 as decimals are one number)."""
    return {(s, p, Literal(o.toPython(), datatype=o.datatype, lang=o.language) if isinstance(o, Literal) else o)
            for s, p, o in g}


def _owned(g: Graph, own: str) -> set:
    return {t for t in _normal(g) if str(t[0]) == own or str(t[0]).startswith(own + "/")}


@pytest.fixture(scope="module")
def extraction():
    return extract_paths([CORPUS])


@pytest.mark.parametrize("fmt", ["turtle", "jsonld", "nt"])
def test_a_documents_export_holds_what_to_rdf_says_of_it(fmt, loaded_corpus, extraction, tmp_path):
    symbols = [d.symbol for d in extraction.documents if d.symbol and d.tasks][:3]
    assert len(symbols) == 3
    for symbol in symbols:
        doc = next(d for d in extraction.documents if d.symbol == symbol)
        out = tmp_path / f"export.{fmt}"
        result = CliRunner().invoke(app, ["export", "--format", fmt, "--document", symbol, "--output", str(out)])
        assert result.exit_code == 0, result.output
        exported = Graph().parse(out, format={"turtle": "turtle", "jsonld": "json-ld", "nt": "nt"}[fmt])
        expected = document_graph(doc, extraction.file_shas)
        own = str(document_iri(doc))
        # the document and its parts: exactly the same triples, no more, no fewer
        assert _owned(exported, own) == _owned(expected, own), (symbol, _owned(expected, own) ^ _owned(exported, own))
        # the bodies, indicators and files it points to: at least what it says of them — a node other documents
        # name too keeps one of the spellings read ("… cơ sở đảng" / "… cơ sở Đảng"), the same name all the same
        labels = {(s, fold(str(o))) for s, o in exported.subject_objects(RDFS.label)}
        missing = {t for t in _normal(expected) - _normal(exported)
                   if not (t[1] == RDFS.label and (t[0], fold(str(t[2]))) in labels)}
        assert not missing, (symbol, sorted(missing)[:5])


def test_the_whole_graph_exports_and_an_unknown_document_is_a_clear_error(loaded_corpus, tmp_path):
    out = tmp_path / "all.nt"
    assert CliRunner().invoke(app, ["export", "--format", "nt", "-o", str(out)]).exit_code == 0
    g = Graph().parse(out, format="nt")
    assert len(g) > 5000 and len(set(g.subjects())) > 800
    result = CliRunner().invoke(app, ["export", "--document", "99-XX/YY"])
    assert result.exit_code == 1 and "no document with symbol" in result.output
    assert CliRunner().invoke(app, ["export", "--format", "rdfxml"]).exit_code == 1
