"""The ontology, authority file, indicator scheme and shapes (Turtle), loaded with errors naming file and line."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from rdflib import Graph

from dkg.errors import ShapesError

ONTOLOGY_DIR = Path(__file__).parent
ONTOLOGY = ONTOLOGY_DIR / "dkg.ttl"
BODIES = ONTOLOGY_DIR / "bodies.ttl"
INDICATORS = ONTOLOGY_DIR / "indicators.ttl"
SHAPES = ONTOLOGY_DIR / "shapes.ttl"


def parse_turtle(path: Path) -> Graph:
    """Parse one Turtle file; ShapesError names the file and, when rdflib tells it, the line."""
    graph = Graph()
    try:
        graph.parse(path, format="turtle")
    except FileNotFoundError as e:
        raise ShapesError(f"{path}: file not found") from e
    except Exception as e:  # rdflib raises BadSyntax and a few others; all mean a broken file
        line = getattr(e, "lines", None)
        where = f"{path}:{line + 1}" if isinstance(line, int) else str(path)
        raise ShapesError(f"{where}: not valid Turtle: {_first_line(e)}") from e
    return graph


def _first_line(e: Exception) -> str:
    text = str(e).strip().splitlines()
    return text[0] if text else type(e).__name__


@cache
def ontology() -> Graph:
    return parse_turtle(ONTOLOGY)


@cache
def bodies() -> Graph:
    return parse_turtle(BODIES)


@cache
def indicators() -> Graph:
    return parse_turtle(INDICATORS)


@cache
def shapes() -> Graph:
    return parse_turtle(SHAPES)


def reference_data() -> Graph:
    """Authority file and indicator scheme together: what `dkg load` writes before any document."""
    graph = Graph()
    graph += bodies()
    graph += indicators()
    return graph
